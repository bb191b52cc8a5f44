"""persons: the rules of titles.tsv, one per printed form (a title, its default body and how it is read)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ...textnorm import canonical_tones, fold, nfc
from .. import resources


@dataclass(frozen=True)
class TitleRule:
    title: str
    shared_head: str  # "Ban" in "Trưởng Ban Chỉ đạo": the title's last word(s) begin the body
    needs_body: bool
    many: bool = False  # many hold it at once ("Ủy viên", deputies)
    default_body: str = ""  # the body the title names when none is printed ("Thủ tướng" -> Chính phủ)
    place_body: bool = False  # default_body is a local body that takes the article's place ("Tỉnh ủy viên")
    place_head: str = ""  # "Thanh tra" in "Chánh Thanh tra tỉnh X": the title's last word(s) head a place's body
    head_of_body: bool = False  # the shared head heads the body before another body's name too
    abroad_body: str = ""  # the body with a country printed before the name ("{country}", "Vương quốc {country}")
    article_ministry: bool = False  # printed bare, the office is of the ministry the article is about
    unnamed_ministry: bool = False  # printed bare: the one ministry the article prints after it with no holder
    staff: bool = False  # a rank-and-file job ("giáo viên"): without its body no title at all, not even a span
    abroad_default: bool = False  # printed bare for a foreign name: default_body of the article's one foreign country
    field: str = ""  # the lower-case field read into the title after its printed form ("vận hành"; fields.py)
    # a periphrasis of a head ("người đứng đầu") or a member's word ("thành viên", of organ_heads' bodies only): an
    # office only set off after a name by ", ", " - " or " (", its body closing the aside (chains._apposed_office)
    apposed: bool = False
    article_body: bool = False  # printed bare: the one body of default_body's kind the article names ("thẩm phán")
    abroad_only: bool = False  # an office only with a foreign country printed right after it ("lãnh đạo tối cao Iran")
    # the printed form, the title when the body is no "<shared_head> <level> <Place>" of a levelled_level (local_units.py)
    levelled: str = ""
    organ_heads: tuple[str, ...] = ()  # folded heads its body must open with ("hội đồng": "Thành viên"); () = any
    # never read on the last syllable of a word the tagger read whole ("đồng đội | phó đội trưởng": no "Đội phó")
    whole_word: bool = False
    # an aide's title ending with his principal's: a name printed right after it is the principal's ("trợ lý
    # Tổng thống Mỹ Donald Trump" = Tổng thống Mỹ), the aide's office only before a name set off or after his own
    aide: bool = False
    # an abbreviation of titles.tsv's place_body rows ("TUV"): the later rows' default bodies, tried in order after
    # default_body for the article's place; with none of them placed it is no office at all
    abbreviation: bool = False
    place_bodies: tuple[str, ...] = ()

    def takes_body(self, body: str) -> bool:
        """``body`` opens with one of ``organ_heads`` as whole words (any body when none are listed)."""
        key = fold(body)
        return not self.organ_heads or any(key == h or key.startswith(h + " ") for h in self.organ_heads)

    @property
    def shared(self) -> bool:
        return bool(self.shared_head)


def title_rules(rules_dir: resources.RulesDir = None) -> dict[str, TitleRule]:
    """titles.tsv's rows by folded printed form. A row flagged abbreviation ("TUV") names in its title column the
    printed forms it abbreviates ("Tỉnh ủy viên|Thành ủy viên", rows flagged place_body): it reads as the first of
    them, trying their default bodies in order for the article's place, and is no office where none is placed."""
    rules: dict[str, TitleRule] = {}
    abbreviations = []
    for row in resources.load_tsv("titles.tsv", rules_dir):
        flags = set((row.get("flags") or "").split(","))
        if "abbreviation" in flags:
            abbreviations.append(row)
            continue
        variant = canonical_tones(row["variant"])
        head = nfc(row.get("shared_head") or "")
        before_place = "head_before_place" in flags
        rules[fold(variant)] = TitleRule(
            title=nfc(row["title"]),
            shared_head="" if before_place else head,
            place_head=head if before_place else "",
            needs_body="needs_body" in flags,
            many="many" in flags or fold(row["title"]).startswith("phó "),
            default_body=nfc(row.get("default_body") or ""),
            place_body="place_body" in flags,
            staff="staff" in flags,
            abroad_body=nfc(row.get("abroad_body") or ""),
            head_of_body="head_of_body" in flags,
            article_ministry="article_ministry" in flags,
            unnamed_ministry=bool(flags & {"article_ministry", "unnamed_ministry"}),
            abroad_default="abroad_default" in flags,
            apposed="apposed" in flags,
            abroad_only="abroad_only" in flags,
            article_body="article_body" in flags,
            whole_word="whole_word" in flags,
            aide="aide" in flags,
            organ_heads=tuple(fold(canonical_tones(h)) for h in (row.get("organ_heads") or "").split("|") if h.strip()),
            levelled=nfc(variant) if "levelled" in flags else "",
        )
    for row in abbreviations:
        full = [rules[fold(canonical_tones(t))] for t in row["title"].split("|")]
        rules[fold(canonical_tones(row["variant"]))] = replace(
            full[0], abbreviation=True, place_bodies=tuple(r.default_body for r in full[1:]))
    return rules
