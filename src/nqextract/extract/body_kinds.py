"""The kinds of rows body_patterns.tsv and abbreviations.tsv may hold: a row of another kind is a data error."""

from __future__ import annotations

from .body_checks import CHECK_KINDS
from .body_joined import JOINED_KINDS
from .body_organs import ORGAN_KINDS
from .body_outlets import FIRM_KINDS, OUTLET_CUE_KINDS
from .body_seats import SEAT_KINDS
from .body_words import WORD_KINDS

PATTERN_KINDS = {
    "local_head", "party_local_head", "level", "prefix", "standing_title_before", "standing_inner_title",
    "topic_head", "proper_head", "qualifier", "topic_stop", "topic_keep", "topic_capital_ok", "anaphor_head",
    "ministry_title", "credit_before", "outlet_source_opener", "outlet_source_line_not",
    "venue_before", "class_before", "not_followed_by", "country", "body_country",
    "implicit_place_head", "generic_before", "generic_after", "national_suffix", "owner_suffix", "province_party_head", "lower_local_head",
    "member_title", "member_body", "government_title", "mission_title", "mission_head", "unit_head", "legal_form", "level_local_head", "party_organization", "party_name", "school_level",
    "foreign_chamber", "member_parent", "state_member_parent", "inner_kept", "name_place", "name_field", "lower_prefix", "central_prefix", "secretary_title",
    "secretary_head_title", "secretary_unit_not", "law_before", "sentence_opener",
    "system_after", "shared_place_head", "outlet_opener", "outlet_word", "outlet_verb", "head_rank", "tail_verb", "conjunction",
    "field_local_head", "generic_board", "plenum_word", "foreign_minister_title", "not_field", "country_owner", "unit_title", "republic",
    "republic_noun", "republic_not_before", "state_form", "deputy_title", "deputy_context", "deputy_paren_word", "deputy_paren_level",
    "home_country", "abroad_word", "comma_pair", "acronym_clause_word", "news_credit", "region_word", "head_title",
    "district_unit", "district_level", "generic_level", "not_place_before", "hold_verb", "name_run", "brand_line_head", "firm_partners",
    "business_line", "project_word", "plural_word", "parent_word", "foreign_outlet_word", "foreign_outlet_not_after", "group_cue", "group_pair_opener",
    "group_pair_context", "bare_outlet_not_after", "lower_unit", "coordinated_after", "party_partner", "bare_party", "bare_party_not_after", "bare_party_lead", "bare_party_foreign_after", "member_unit", "public_head", "public_name_not",
    "country_anaphor", "anaphor_state_head",
} | JOINED_KINDS | ORGAN_KINDS | SEAT_KINDS | OUTLET_CUE_KINDS | FIRM_KINDS | CHECK_KINDS | WORD_KINDS
ABBREVIATION_KINDS = {"name", "head", "word", "public_word", "form"}
