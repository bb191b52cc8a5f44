"""position_changes, the rules: the vocabulary of ``position_changes.tsv``, compiled once per component."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ...textnorm import fold

DEFAULT_RULES = "position_changes.tsv"
BODY_HEADS = "person_body_heads.txt"  # shared with the persons component
KINDS = ("cue", "ignore", "form", "passive", "stop", "post", "link", "since", "term", "unreal", "lead",
         "dateline", "proposal", "earlier", "born", "member", "board", "committee", "list", "hold", "not_hold")


def phrase_regex(phrases: list[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    alts = sorted({fold(p) for p in phrases}, key=len, reverse=True)
    body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alts)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


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

    def __init__(self, rows: list[dict[str, str]], body_heads: list[str] | None = None) -> None:
        words: dict[str, list[str]] = {k: [] for k in KINDS}
        self.cues: dict[str, CueRule] = {}
        # body names canonicalized by the bodies rules of the same folder (set by the component)
        self.canonical_body: Callable[[str], str | None] | None = None
        for row in rows:
            kind, phrase = row.get("kind", ""), row.get("phrase", "")
            if kind not in KINDS or not phrase:
                raise ValueError(f"position_changes rules: bad row {row!r} (kind one of {', '.join(KINDS)})")
            words[kind].append(phrase)
            if kind in ("cue", "ignore", "form", "hold"):
                self.cues[fold(phrase)] = CueRule(phrase, kind, row.get("change", ""), row.get("voice", ""),
                                                  row.get("discipline") or None, row.get("title") or None,
                                                  row.get("body") or None)
        self.cue_rx = phrase_regex(words["cue"] + words["ignore"] + words["form"] + words["hold"])
        self.not_hold_rx = phrase_regex(words["not_hold"])
        self.passive = {fold(w) for w in words["passive"]}
        self.stop_rx = phrase_regex(words["stop"])
        self.post_rx = phrase_regex(words["post"])
        self.link_rx = phrase_regex(words["link"])
        self.since_rx = phrase_regex(words["since"])
        self.term_rx = phrase_regex(words["term"])
        self.unreal_rx = phrase_regex(words["unreal"])
        self.dateline_rx = phrase_regex(words["dateline"])
        self.proposal_rx = phrase_regex(words["proposal"])
        self.earlier_rx = phrase_regex(words["earlier"])
        self.born_rx = phrase_regex(words["born"])
        # memberships: "tham gia" + boards ("Ban Chấp hành", "Ban Thường vụ") + a party committee, whose
        # level names the Đảng bộ of the first board ("Ban Chấp hành Đảng bộ tỉnh ...")
        self.member_rx = phrase_regex(words["member"])
        self.board_rx = phrase_regex(words["board"])
        self.committee_rx = phrase_regex(words["committee"])
        # a list marker, always followed by a colon ("gồm:", "như sau:")
        lists = phrase_regex(words["list"])
        self.list_rx = re.compile(lists.pattern + r"\s*:") if lists is not None else None
        self.party_board = words["board"][0] if words["board"] else ""
        self.committee_levels = {fold(r["phrase"]): r.get("level", "") for r in rows if r.get("kind") == "committee"}
        # first words of body names ("Đài", "Bệnh viện"), printed capitalized: a body the bodies component
        # did not mark, right after the title of a post ("phó giám đốc Đài Phát thanh và Truyền hình X")
        heads = sorted({h for h in (body_heads or []) if h[:1].isupper()}, key=len, reverse=True)
        self.body_head_rx = re.compile(
            "(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in heads) + r")(?!\w)") if heads else None
        # every word that may stand between a cue and its person (or a person and its cue)
        self.glue_rx = phrase_regex(words["link"] + words["post"] + words["passive"] + words["lead"])
