"""The bodies' rules about a foreign news outlet printed by its Latin name alone ("nói với Reuters"): the words
before it that make it a person's name (an honorific of person_honorifics.tsv or a title of titles.tsv: "ông
Bloomberg", "thị trưởng Bloomberg") or a thing named like it (bare_outlet_not_after rows of body_patterns.tsv:
"xét nghiệm AFP", "vệ tinh Sputnik"; value: the outlets it holds for, "|"-separated, empty for every one)."""

from __future__ import annotations

import re
from collections import defaultdict

from ..textnorm import canonical_tones
from . import resources
from .body_phrases import phrase_regex


def before(forms: list[str]) -> re.Pattern[str] | None:
    """The printed forms, longest first, as one pattern on the lower-cased text ending right before a word."""
    alts = sorted({phrase_regex(canonical_tones(f), macros=False) for f in forms if f.strip()}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")[ \t]+$") if alts else None


def compile_outlet_guards(patterns: list[dict[str, str]], honorifics: str | None, titles: str | None
                          ) -> tuple[re.Pattern[str] | None, dict[str, re.Pattern[str]]]:
    """(the person words before an outlet's name, outlet -> the thing words before it; "" for every outlet)."""
    leads = [r["honorific"] for r in resources.parse_tsv(honorifics)] if honorifics else []
    leads += [r["variant"] for r in resources.parse_tsv(titles)] if titles else []
    outlets: dict[str, list[str]] = defaultdict(list)
    for r in patterns:
        if r["kind"] == "bare_outlet_not_after":
            for name in (r.get("value") or "").split("|"):
                outlets[name.strip()].append(r["form"])
    return before(leads), {name: rx for name, forms in outlets.items() if (rx := before(forms))}


OUTLET_CUE_KINDS = frozenset({"outlet_cue", "outlet_brand"})


def compile_outlet_cues(patterns: list[dict[str, str]]
                        ) -> tuple[re.Pattern[str] | None, tuple[tuple[str, str], ...]]:
    """(the cues before a Vietnamese outlet's brand on the lower-cased text, a cue's own word after it optional
    ("nói với phóng viên"); the brands as printed, tone-canonical, case kept, longest first, with the name each
    stands for)."""
    cues = [r["form"] for r in patterns if r["kind"] == "outlet_cue" and r.get("value") != "between"]
    words = [r["form"] for r in patterns if r["kind"] == "outlet_cue" and r.get("value") in ("word", "between")]
    brands = sorted(((canonical_tones(r["form"]), r.get("value") or r["form"]) for r in patterns
                     if r["kind"] == "outlet_brand"), key=lambda b: -len(b[0]))

    def alts(forms: list[str]) -> str:
        return "|".join(sorted({phrase_regex(canonical_tones(f).lower(), macros=False) for f in forms},
                               key=len, reverse=True))
    if not cues or not brands:
        return None, tuple(brands)
    between = r"(?:(?:" + alts(words) + r")[ \t]+)?" if words else ""
    return re.compile(r"(?<!\w)(?:" + alts(cues) + r")[ \t]+" + between), tuple(brands)
