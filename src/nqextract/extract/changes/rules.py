"""position_changes, the rules: the vocabulary of ``position_changes.tsv``, compiled once per component."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from ...textnorm import fold

DEFAULT_RULES = "position_changes.tsv"
BODY_HEADS = "person_body_heads.txt"  # shared with the persons component
HONORIFICS = "person_honorifics.tsv"  # shared with the persons component: its rows flagged shared_post
KINDS = ("cue", "ignore", "form", "passive", "stop", "post", "link", "since", "term", "unreal", "lead",
         "dateline", "proposal", "earlier", "born", "member", "board", "committee", "list", "hold", "not_hold", "pick",
         "pick_office", "descriptor", "post_slot", "descriptor_break",
         "negation", "relative",
         "destination", "source", "receive", "split", "split_lead",
         "validity", "legislature", "seat", "seat_lead", "form_lead", "named", "minister", "field",
         "status", "gap", "this_place")


def phrase_regex(phrases: list[str], after: str = "") -> re.Pattern[str] | None:
    """The folded phrases as whole words (then ``after``), longest first; spaces match any run."""
    if not phrases:
        return None
    alts = sorted({fold(p) for p in phrases}, key=lambda a: (-len(a), a))  # ties in a fixed order
    body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alts)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w){after}")


@dataclass(frozen=True)
class CueRule:
    phrase: str
    kind: str  # cue | ignore | form
    change: str
    voice: str
    discipline: str | None
    title: str | None = None  # the post a cue prints inside it ("thôi làm nhiệm vụ đại biểu Quốc hội")
    body: str | None = None


class ChangeRules:
    """The vocabulary of one rules file, compiled once per component."""

    def __init__(self, rows: list[dict[str, str]], body_heads: list[str] | None = None,
                 co_honorifics: list[str] | None = None, honorifics: list[str] | None = None,
                 place_anaphor: re.Pattern[str] | None = None) -> None:
        words: dict[str, list[str]] = {k: [] for k in KINDS}
        self.cues: dict[str, CueRule] = {}
        # body names canonicalized by the bodies rules of the same folder (set by the component)
        self.canonical_body: Callable[[str], str | None] | None = None
        # the bodies rules' countries (" Mỹ", group 1) and the home country (set by the component)
        self.countries: re.Pattern[str] | None = None
        self.home_country = ""
        # a levelled title's printed form -> (title, shared head), folded ("trưởng công an" -> ("trưởng", "công an")),
        # and the levels of its local units, longest first (titles.tsv flag levelled, person_context.tsv
        # levelled_level; set by the component)
        self.levelled: dict[str, tuple[str, str]] = {}
        self.levelled_levels: list[str] = []
        for row in rows:
            kind, phrase = row.get("kind", ""), row.get("phrase", "")
            if kind not in KINDS or not phrase:
                raise ValueError(f"position_changes rules: bad row {row!r} (kind one of {', '.join(KINDS)})")
            words[kind].append(phrase)
            if kind in ("cue", "ignore", "form", "hold", "split", "pick"):
                # a split cue is a cue once its lead and person are found before it
                self.cues[fold(phrase) if kind != "split" else f"split:{fold(phrase)}"] = CueRule(
                    phrase, "cue" if kind == "split" else kind, row.get("change", ""), row.get("voice", ""),
                    row.get("discipline") or None, row.get("title") or None, row.get("body") or None)
        self.words = words
        # a minister's title -> the head word of his ministry ("bộ trưởng" -> "Bộ"), folded
        self.ministers = {fold(r["phrase"]): r.get("body") or "" for r in rows if r.get("kind") == "minister"}
        self.body_heads = body_heads or []
        self.co_honorifics = co_honorifics or []  # "ông", "bà": before the second of two names sharing a post
        self.honorifics = honorifics or []  # every honorific and rank of person_honorifics.tsv
        # the passive words flagged "agent" in the voice column: a person named after one decides the cue
        self.agents = [r["phrase"] for r in rows if r.get("kind") == "passive" and r.get("voice") == "agent"]
        self.agent_words = frozenset(fold(w) for w in self.agents)
        # the words of a relative clause about the person before it, by their role in the voice column
        self.relative = [(r["phrase"], r.get("voice", "")) for r in rows if r.get("kind") == "relative"]
        self.cue_rx = phrase_regex(words["cue"] + words["ignore"] + words["form"] + words["hold"] + words["pick"])
        self.passive = {fold(w) for w in words["passive"]}
        # picks ("chọn"): cues only with the post they name, kept only with its title and body
        self.picks = {fold(w) for w in words["pick"]}
        # the offices a pick names by their title alone ("cố vấn an ninh quốc gia")
        self.pick_offices = {fold(w) for w in words["pick_office"]}
        # the words naming the seat a cue's own post word leaves, the title right after them ("từ chức vị trí X")
        self.post_slots = {fold(w) for w in words["post_slot"]}
        # the words tying a descriptor to someone else ("cố vấn của ông B"): no descriptor of the person after them
        self.descriptor_breaks = {fold(w) for w in words["descriptor_break"]}
        # every word of a passive phrase: a title chain before a decider never steps back over one
        self.passive_words = frozenset(w for phrase in self.passive for w in phrase.split())
        self.party_board = words["board"][0] if words["board"] else ""
        self.committee_levels = {fold(r["phrase"]): r.get("level", "") for r in rows if r.get("kind") == "committee"}
        # the status words printed before a post, by their role in the voice column: former ("nguyên", "cựu"),
        # acting ("quyền"), new ("tân")
        self.status = {role: tuple(fold(r["phrase"]) for r in rows if r.get("kind") == "status"
                                   and r.get("voice") == role) for role in ("former", "acting", "new")}
        # the words that may stand in a gap the change stages read, by the gap's role in the voice column, in file order
        self.gaps = [(r["phrase"], r.get("voice", "")) for r in rows if r.get("kind") in ("gap", "this_place")]
        # the bodies rules' word pointing back at a place of a level ("[huyện] này", handed in by the component)
        self.place_anaphor = place_anaphor

    @property
    def place_anaphor(self) -> re.Pattern[str] | None:
        return self._place_anaphor

    @place_anaphor.setter
    def place_anaphor(self, rx: re.Pattern[str] | None) -> None:
        """Set anew, it drops the pattern compiled with the one before: ``this_place_rx`` never keeps a stale one."""
        self._place_anaphor = rx
        self.__dict__.pop("this_place_rx", None)

    # the regexes below are read only once a cue is found: each is compiled on its first read

    def compile_all(self) -> None:
        """Compile every regex below now (a parent process before it forks its workers)."""
        for name, attr in vars(type(self)).items():
            if isinstance(attr, cached_property):
                getattr(self, name)

    @cached_property
    def field_rx(self) -> re.Pattern[str] | None:
        """A ministry's field printed after a minister's title (group 1), "thứ N" and "của" aside, then
        whitespace before a country; read on the folded text."""
        if not self.words["field"]:
            return None
        fields = sorted({fold(f) for f in self.words["field"]}, key=lambda f: (-len(f), f))
        alts = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in fields)
        return re.compile(rf"\s+({alts})(?:\s+(?:{self._gap('field_ordinal')})\s+\d+)?"
                          rf"(?:\s+(?:{self._gap('field_of')}))?(?=\s)")

    @cached_property
    def field_end_rx(self) -> re.Pattern[str] | None:
        """A ministry's field printed after a minister's title (group 1), whatever follows it; on the folded text."""
        if not self.words["field"]:
            return None
        fields = sorted({fold(f) for f in self.words["field"]}, key=lambda f: (-len(f), f))
        return re.compile(r"\s+(" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in fields) + r")(?!\w)")

    def gap_words(self, role: str) -> tuple[str, ...]:
        """The gap rows of one role, in file order."""
        return tuple(p for p, r in self.gaps if r == role)

    def _gap(self, role: str) -> str:
        """The gap rows of one role as an alternation of the words as printed (one never matching without any)."""
        words = self.gap_words(role)
        return "|".join(re.escape(w).replace(r"\ ", " ") for w in words) if words else "(?!)"

    @cached_property
    def let_by_rx(self) -> re.Pattern[str]:
        """Who let a subject go, between him and his cue ("ông A được Bộ Công an cho nghỉ hưu", "Đồng chí được
        Đảng, Nhà nước cho nghỉ hưu"): roles let_tense, let_passive, let_cause; matched whole."""
        return re.compile(rf"(?:\s*,[^,;.:\n]{{1,120}},)?\s*(?:(?:{self._gap('let_tense')})\s+)?"
                          rf"(?:{self._gap('let_passive')})\s+[^.;:\n]{{1,60}}?\s+(?:{self._gap('let_cause')})\s+")

    @cached_property
    def clause_lead_rx(self) -> re.Pattern[str]:
        """What opens a clause before its passive cue in a career told in one sentence ("...; sau đó được bổ
        nhiệm ..."): roles clause_link, clause_tense, clause_passive; matched whole."""
        return re.compile(rf"[\s,;]*(?:(?:{self._gap('clause_link')})\s+)*(?:(?:{self._gap('clause_tense')})\s+)?"
                          rf"(?:{self._gap('clause_passive')})?\s*$")

    @cached_property
    def subject_lead_rx(self) -> re.Pattern[str]:
        """What may open a sentence before the person it opens with: quotes, a dash, a subject_honorific."""
        return re.compile(rf"[\s\"'“”-]*(?:(?:{self._gap('subject_honorific')})\s+)?$")

    @cached_property
    def by_person_rx(self) -> re.Pattern[str]:
        """A subject's words up to the passive word before the decider: an appositive's opener, a by_relative word
        ("người") and by_adverb words ("ông A - người vừa được ...")."""
        return re.compile(rf"[\s,]*(?:[-–]\s*|,\s*)?(?:(?:{self._gap('by_relative')})\s+)?"
                          rf"(?:(?:{self._gap('by_adverb')})\s+)*")

    @cached_property
    def decision_gap_rx(self) -> re.Pattern[str]:
        """The decision words between a decider and the cue ("ký quyết định bổ nhiệm"): role decision."""
        return re.compile(rf"[\s,]*(?:(?:{self._gap('decision')})\s*,?\s*)*$")

    @cached_property
    def date_lead_rx(self) -> re.Pattern[str]:
        """The words between a date and the cue it leads ("tháng 8/2021 được bổ nhiệm"): role date_lead."""
        return re.compile(rf"[\s,]*(?:(?:{self._gap('date_lead')})\s+)*$")

    @cached_property
    def date_opener_rx(self) -> re.Pattern[str]:
        """A date opening its clause: the start or a comma, then date_opener words ("..., sau đó tháng 3")."""
        return re.compile(rf"(?:^|[,;])\s*(?:(?:{self._gap('date_opener')})\s+)*$")

    @cached_property
    def status_rx(self) -> re.Pattern[str] | None:
        """A former or acting status word right before a post, matched at the end of the text before it."""
        words = sorted(set(self.status["former"] + self.status["acting"]), key=lambda a: (-len(a), a))
        alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
        return re.compile(rf"(?:{alts})\s+$", re.IGNORECASE) if words else None

    @cached_property
    def new_rx(self) -> re.Pattern[str] | None:
        """A new-holder status word ("tân") right before a post, matched at the end of the text before it."""
        return phrase_regex(list(self.status["new"]), after=r"\s+$")

    @cached_property
    def not_hold_rx(self) -> re.Pattern[str] | None:
        return phrase_regex(self.words["not_hold"])

    @cached_property
    def stop_rx(self) -> re.Pattern[str] | None:
        return phrase_regex(self.words["stop"])

    @cached_property
    def post_rx(self) -> re.Pattern[str] | None:
        return phrase_regex(self.words["post"])

    @cached_property
    def negation_rx(self) -> re.Pattern[str] | None:
        """A negation right before a cue, a passive word aside ("không chọn ông A làm X", "chưa được bổ nhiệm"):
        matched at the end of the text before the cue."""
        neg = phrase_regex(self.words["negation"])
        if neg is None:
            return None
        passive = phrase_regex(self.words["passive"])
        between = rf"(?:\s+(?:{passive.pattern}))?" if passive is not None else ""
        return re.compile(rf"{neg.pattern}{between}\s*$")

    @cached_property
    def relative_rx(self) -> re.Pattern[str] | None:
        """The relative clause about the person before it up to its cue, the decider at most a few words, no
        punctuation: the head word after a comma or a dash, past an appositive and its joiner and a copula, then
        a passive word flagged agent ("ông A - người được ông B chọn", "bà C, người đã được Thủ tướng bổ nhiệm",
        "ông D - dân biểu bang X và là người được Tổng thống đắc cử E chọn")."""
        role = {r: [p for p, v in self.relative if v == r] for r in ("head", "join", "copula")}
        head, agent = phrase_regex(role["head"]), phrase_regex(self.agents)
        if head is None or agent is None:
            return None
        join, copula = phrase_regex(role["join"]), phrase_regex(role["copula"])
        appositive = rf"(?:[^,;:()\-–]{{1,60}}?\s+{join.pattern}\s+)?" if join is not None else ""
        cop = rf"(?:{copula.pattern}\s+)?" if copula is not None else ""
        return re.compile(rf"\s*(?:,|[-–])\s*{appositive}{cop}{head.pattern}\s+{agent.pattern}\s+"
                          rf"[^,;:.()\-–\"“”]{{1,60}}?\s*")

    @cached_property
    def link_rx(self) -> re.Pattern[str] | None:
        return phrase_regex(self.words["link"])

    @cached_property
    def lead_rx(self) -> re.Pattern[str] | None:
        return phrase_regex(self.words["lead"])

    @cached_property
    def descriptor_rx(self) -> re.Pattern[str] | None:
        """A descriptor's head opening the words between a cue and its person ("chính trị gia", "luật sư")."""
        return phrase_regex(self.words["descriptor"])

    @cached_property
    def descriptor_break_rx(self) -> re.Pattern[str] | None:
        """The words tying a descriptor to someone else ("của", "với"), and the honorifics (one right before
        the person aside): "chọn cố vấn lâu năm của ông B làm X" describes no B."""
        return phrase_regex(self.words["descriptor_break"] + self.honorifics)

    @cached_property
    def link_lead_rx(self) -> re.Pattern[str] | None:
        """The link words and the leads ("ông", ranks): what may stand between a decider and the person
        after it ("Thủ tướng quyết định cho ông A thôi giữ chức ...")."""
        return phrase_regex(self.words["link"] + self.words["lead"])

    @cached_property
    def since_rx(self) -> re.Pattern[str] | None:
        return phrase_regex(self.words["since"])

    @cached_property
    def term_rx(self) -> re.Pattern[str] | None:
        return phrase_regex(self.words["term"])

    @cached_property
    def unreal_rx(self) -> re.Pattern[str] | None:
        return phrase_regex(self.words["unreal"])

    @cached_property
    def question_compounds(self) -> frozenset[str]:
        """The first syllables that make a question's word a noun's second ("số liệu", "tài liệu"), folded."""
        return frozenset(fold(w) for w in self.gap_words("question_compound"))

    @cached_property
    def question_rx(self) -> re.Pattern[str] | None:
        """A question's word and the word asking it, a few words after it ("liệu ông A có"), on the folded text."""
        words, asks = phrase_regex(self.gap_words("question")), phrase_regex(self.gap_words("question_ask"))
        if words is None or asks is None:
            return None
        return re.compile(rf"{words.pattern}(?:\s+\S+){{0,6}}?\s+{asks.pattern}")

    @cached_property
    def dateline_rx(self) -> re.Pattern[str] | None:
        return phrase_regex(self.words["dateline"])

    @cached_property
    def proposal_rx(self) -> re.Pattern[str] | None:
        return phrase_regex(self.words["proposal"])

    @cached_property
    def validity_rx(self) -> re.Pattern[str] | None:
        """The opening of a sentence that dates the decision reported next to it ("Thời hạn bổ nhiệm 5 năm
        kể từ ngày ...", "Quyết định có hiệu lực từ ngày ...")."""
        return phrase_regex(self.words["validity"])

    @cached_property
    def legislature_rx(self) -> re.Pattern[str] | None:
        """A legislature's term: its word and roman number ("khóa XV")."""
        return phrase_regex(self.words["legislature"], after=r"\s+[ivxlc]+(?!\w)")

    @cached_property
    def split_rx(self) -> re.Pattern[str] | None:
        """The second half of a cue split by its person ("giao ông A | quyền Cục trưởng ...")."""
        return phrase_regex(self.words["split"])

    @cached_property
    def split_lead_rx(self) -> re.Pattern[str] | None:
        """The first half of a split cue ("giao", "phân công"), matched at the end of the text before the
        person (honorifics and ranks aside)."""
        return phrase_regex(self.words["split_lead"], after=r"\s*$")

    @cached_property
    def receive_rx(self) -> re.Pattern[str] | None:
        """Words between a subject and the cue that make the decision the subject's ("ông A nhận quyết
        định bổ nhiệm giữ chức X"): matched at the end of the text before the cue."""
        return phrase_regex(self.words["receive"], after=r"\s*$")

    @cached_property
    def source_rx(self) -> re.Pattern[str] | None:
        """Words right before an unreal word that make it the proposal a decision followed ("theo đề
        xuất", "xét đề nghị"): matched at the end of the text before it."""
        return phrase_regex(self.words["source"], after=r"\s*$")

    @cached_property
    def form_lead_rx(self) -> re.Pattern[str] | None:
        """The words that introduce a discipline form ("bằng hình thức", "với hình thức"), matched at the end of
        the text before the form: a form so introduced after the person a "kỷ luật" concerns is that cue's."""
        return phrase_regex(self.words["form_lead"], after=r"\s*$")

    @cached_property
    def named_rx(self) -> re.Pattern[str] | None:
        """A word naming who takes the post printed after the cue ("... 2 Phó Chủ tịch UBND tỉnh là ông A và
        ông B"), then the honorifics and ranks before the person: matched at the end of the text before him."""
        words = phrase_regex(self.words["named"])
        if words is None:
            return None
        leads = self.lead_rx
        lead = rf"(?:\s+(?:{leads.pattern}))*" if leads is not None else ""
        return re.compile(rf"{words.pattern}{lead}\s*$")

    @cached_property
    def to_post_rx(self) -> dict[str, re.Pattern[str]]:
        """Per change, what stands between the boards a cue names and the post printed after them ("tham gia Ban
        Chấp hành, Ban Thường vụ và giữ chức ...", "thôi tham gia ..., thôi giữ chức vụ ..."): a comma or "và",
        then a post or hold word or a cue of the same change; matched at the end of the last board."""
        out: dict[str, re.Pattern[str]] = {}
        for change in sorted({r.change for r in self.cues.values() if r.kind == "cue" and r.change}):
            same = [r.phrase for k, r in self.cues.items() if r.change == change and r.kind == "cue"
                    and not k.startswith("split:")]
            words = phrase_regex(self.words["post"] + self.words["hold"] + same)
            if words is not None:
                out[change] = re.compile(rf"[\s,]*(?:(?:{self._gap('conjunction')})\s+)?(?:(?:{words.pattern})\s+)?")
        return out

    @cached_property
    def destination_rx(self) -> re.Pattern[str] | None:
        """A move's destination words ("đến nhận công tác tại"): the body after them is where a transfer
        sends the person, with no title."""
        return phrase_regex(self.words["destination"])

    @cached_property
    def earlier_rx(self) -> re.Pattern[str] | None:
        return phrase_regex(self.words["earlier"])

    @cached_property
    def born_rx(self) -> re.Pattern[str] | None:
        return phrase_regex(self.words["born"])

    # memberships: "tham gia" + boards ("Ban Chấp hành", "Ban Thường vụ") + a party committee, whose
    # level names the Đảng bộ of the first board ("Ban Chấp hành Đảng bộ tỉnh ...")
    @cached_property
    def member_rx(self) -> re.Pattern[str] | None:
        return phrase_regex(self.words["member"])

    @cached_property
    def board_rx(self) -> re.Pattern[str] | None:
        return phrase_regex(self.words["board"])

    @cached_property
    def seat_rx(self) -> re.Pattern[str] | None:
        """The seat_lead word then a board elected into ("vào Bộ Chính trị"); group ``board`` the board."""
        lead, board = phrase_regex(self.words["seat_lead"]), phrase_regex(self.words["seat"])
        if lead is None or board is None:
            return None
        return re.compile(rf"{lead.pattern}\s+(?P<board>{board.pattern})")

    @cached_property
    def committee_rx(self) -> re.Pattern[str] | None:
        return phrase_regex(self.words["committee"])

    @cached_property
    def list_rx(self) -> re.Pattern[str] | None:
        """A list marker, always followed by a colon ("gồm:", "như sau:")."""
        return phrase_regex(self.words["list"], after=r"\s*:")

    @cached_property
    def body_head_rx(self) -> re.Pattern[str] | None:
        """First words of body names ("Đài", "Bệnh viện"), printed capitalized: a body the bodies component
        did not mark, right after the title of a post ("phó giám đốc Đài Phát thanh và Truyền hình X")."""
        heads = sorted(sorted({h for h in self.body_heads if h[:1].isupper()}), key=len, reverse=True)
        return re.compile(
            "(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in heads) + r")(?!\w)") if heads else None

    @cached_property
    def co_persons_rx(self) -> re.Pattern[str]:
        """What stands between two persons sharing a post: a comma or "và", then maybe an honorific ("bổ
        nhiệm ông A và bà B giữ chức X"); matched whole."""
        words = "|".join(re.escape(fold(h)).replace(r"\ ", " ") for h in self.co_honorifics)
        honorific = rf"(?:(?:{words})\s+)?" if words else ""
        return re.compile(rf"{self.listed_rx.pattern}{honorific}$")

    @cached_property
    def listed_rx(self) -> re.Pattern[str]:
        """A comma or a conjunction ("và") or both between two listed items; matched whole."""
        conj = self._gap("conjunction")
        return re.compile(rf"\s*(?:,|{conj}|,\s*(?:{conj}))\s*")

    @cached_property
    def joined_rx(self) -> re.Pattern[str]:
        """A comma, a dash or a conjunction after a country: another country joined after it ("Mỹ và Nhật")."""
        return re.compile(rf"\s*(?:,|-|–|(?:{self._gap('conjunction')})(?!\w))")

    @cached_property
    def item_lead_rx(self) -> re.Pattern[str]:
        """What may open a list item before its person: a semicolon, a conjunction; at the end of the text."""
        return re.compile(rf"[\s;]*(?:(?:{self._gap('conjunction')})\s+)?$")

    @cached_property
    def post_lead_rx(self) -> re.Pattern[str]:
        """What may stand between a cue and the post word or the move after it: a comma, a conjunction."""
        return re.compile(rf"[\s,]*(?:(?:{self._gap('conjunction')})\s+)?")

    @cached_property
    def move_rx(self) -> re.Pattern[str]:
        """A move right after a cue ("đến nhận công tác", "về"): role move."""
        return re.compile(rf"(?:{self._gap('move')})(?!\w)")

    @cached_property
    def joiner_rx(self) -> re.Pattern[str]:
        """A space, a comma or a conjunction: what alone may stand between two cues sharing their persons."""
        return re.compile(rf"[\s,]|(?<!\w)(?:{self._gap('conjunction')})(?!\w)")

    @cached_property
    def joined_end_rx(self) -> re.Pattern[str]:
        """A comma or a conjunction ending the text between two cues ("nghỉ hưu và thôi giữ chức")."""
        return re.compile(rf"(?:,|(?<!\w)(?:{self._gap('conjunction')}))\s*$")

    @cached_property
    def charge_gap_rx(self) -> re.Pattern[str]:
        """The words between a charge cue and the body it gives ("giao phụ trách, điều hành UBND huyện X"): role
        charge; matched whole."""
        return re.compile(rf"[\s,]*(?:(?:{self._gap('charge')})[\s,]*)*")

    @cached_property
    def concurrent_rx(self) -> re.Pattern[str]:
        """"kiêm" and its words before a concurrent post ("..., đồng thời kiêm nhiệm chức vụ X"): roles
        concurrent_adverb, concurrent, concurrent_post (any run of spaces inside the last two's phrases); at the end of the
        text."""
        def spaced(role: str) -> str:
            words = self.gap_words(role)
            return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) if words else "(?!)"
        return re.compile(rf"(?:,\s*|\s+)(?:(?:{self._gap('concurrent_adverb')})\s+)?(?:{spaced('concurrent')})"
                          rf"(?:\s+(?:{spaced('concurrent_post')}))?\s+$")

    @cached_property
    def this_place_rx(self) -> re.Pattern[str] | None:
        """A local government's head and level then the bodies rules' anaphor ("chủ tịch UBND huyện này"): this_place
        rows by role head and level, groups 1 and 2; on the printed text, in any case."""
        if self.place_anaphor is None:
            return None
        return re.compile(rf"\s+({self._gap('head')})\s+({self._gap('level')}){self.place_anaphor.pattern}",
                          re.IGNORECASE)

    @cached_property
    def agent_rx(self) -> re.Pattern[str] | None:
        """A passive word introducing the decider of the cue ("được", "bị": "ông A được ông B bổ nhiệm"), then
        maybe an honorific: matched at the end of the text before the decider and his title chain."""
        honorifics = "|".join(re.escape(a).replace(r"\ ", r"\s+")
                              for a in sorted({fold(h) for h in self.honorifics}, key=lambda a: (-len(a), a)))
        honorific = rf"(?:(?:{honorifics})\s+)?" if honorifics else ""
        return phrase_regex(self.agents, after=rf"\s+{honorific}$")

    @cached_property
    def glue_rx(self) -> re.Pattern[str] | None:
        """Every word that may stand between a cue and its person (or a person and its cue)."""
        w = self.words
        return phrase_regex(w["link"] + w["post"] + w["passive"] + w["lead"])
