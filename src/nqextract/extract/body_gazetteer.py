"""The bodies' rules about named bodies: the gazetteer of ``bodies.tsv`` (every printed variant of a body's name, the
ministries' fields, the brands, forces, press and mass organizations it flags) and the abbreviations of
``abbreviations.tsv`` (names, heads, words and the legal forms kept as printed)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..textnorm import canonical_tones, fold
from . import phrases
from .body_phrases import alternation, norm_key, phrase_regex
from .phrases import bounded

if TYPE_CHECKING:
    from .body_rules import BodyRules

_LIST_SEPARATOR = re.compile(re.escape(r"\s*[-–—]\s*") + "|" + re.escape(r"\s*,\s*"))
_ANY_SEPARATOR = r"\s*[-–—,]\s*"


def compile_member_parents(rules: BodyRules, bodies: list[dict[str, str]], parents: list[str]) -> None:
    """The parents a state body's member is printed with, only those ``parents`` lists (``body_patterns.tsv`` kind
    ``state_member_parent``: "Quốc hội"): a form "<a state body's form> của <a listed state body>" ("Ủy ban Xã hội của Quốc
    hội", "Ủy ban Kinh tế của Quốc hội") gives its folded " của <parent>" -> the parent."""
    state = [row for row in bodies if row.get("kind") == "state"]
    names = {canonical_tones(row["name"]) for row in state if fold(row["name"]) in {fold(p) for p in parents}}
    forms = {fold(f) for row in state for f in [row["name"], *row.get("variants", "").split("|")] if f.strip()}
    for form in sorted(forms):
        member, sep, parent = form.rpartition(" của ")
        if sep and member in forms and (name := next((n for n in names if fold(n) == parent), None)):
            rules.member_parents[f" của {parent}"] = name


def compile_gazetteer(rules: BodyRules, bodies: list[dict[str, str]], abbreviations: list[dict[str, str]]) -> None:
    variants: list[tuple[str, str, bool]] = []
    for row in bodies:
        name = canonical_tones(row["name"])
        forms = [name] + [v for v in row.get("variants", "").split("|") if v.strip()]
        flags = set(row.get("flags", "").split())
        if "seat" in flags:  # a building's name: a body only where it acts (body_seats), never looked up
            rules.seats.names += [(f, name) for f in forms]
            continue
        if "described" in flags:  # an outlet named by its own name only after a descriptor ("Báo The Times"): never
            rules.lookup.update((norm_key(f), name) for f in forms)  # looked up alone ("hát bài The Times ...")
            rules.press.add(name)
            rules.brands.add(name)
            continue
        variants += [(f, name, "term" in flags) for f in forms]
        for f in forms:
            rules.lookup[norm_key(f)] = name
        if "press" in flags:
            rules.press.add(name)
        if "brand" in flags:
            rules.brands.add(name)
        if "home" in flags:
            rules.home_only.add(name)
        if row.get("kind") == "force":
            rules.forces.add(name)
        if row.get("kind") == "movement":
            rules.movements.add(name)
        if row.get("kind") in ("front", "mass"):
            rules.organizations.add(name)
        if "ministry" in flags:
            domains = [f[len("Bộ "):] for f in forms if f.startswith("Bộ ")]
            rules.ministries.append((name, phrases.guarded(bounded(f"(?:{alternation(domains)})"))))
    # longest variants first: at one position the longest printed name wins
    parts = []
    for i, (form, name, term) in enumerate(sorted(variants, key=lambda v: len(v[0]), reverse=True)):
        rules.gazetteer_groups[f"g{i}"] = (name, term)
        # a list inside a name is printed with commas or dashes alike ("Ủy ban Văn hóa - Giáo dục, Thanh niên")
        parts.append(f"(?P<g{i}>{_LIST_SEPARATOR.sub(lambda _m: _ANY_SEPARATOR, phrase_regex(form))})")
    rules.gazetteer = phrases.BranchIndex(parts, bounded)  # tried at a position: only the variants starting with its letter
    # the gazetteer is tried only where one of its first words starts (a fast pre-filter)
    firsts = {phrase_regex(f.split()[0]) for f, _, _ in variants}
    # (ties in a fixed order: the same pattern text in every process, so the compiled-rules cache finds it)
    starts = sorted(firsts, key=lambda f: (-len(f), f))
    rules.gazetteer_starts = re.compile(bounded("(?:" + "|".join(starts) + ")"))
    for row in abbreviations:
        abbr, expansion, kind = row["abbr"], canonical_tones(row["expansion"]), row["kind"]
        if kind == "name":
            rx = re.escape(canonical_tones(abbr)).replace(r"\ ", r"\s+")
            # not inside document numbers ("37/2004/QH", "NQ-QH15") or credits ("Ảnh: X/TTXVN")
            # its first word, printed as is, must be in a text for the regex to match there (a fast pre-filter)
            literal = canonical_tones(abbr).split()[0]
            # compiled where its first word is first met (abbreviation_regex): most texts print few of them
            rules.abbreviations.append((phrases.literal_led_pattern(rf"(?<![\w&/-]){rx}(?![\w&/-])"), expansion, literal))
            rules.lookup[norm_key(abbr)] = expansion
        elif kind == "head":
            rules.head_abbr.append((abbr, expansion))
        elif kind == "word":
            rules.word_abbr[abbr] = expansion
        elif kind == "public_word":
            rules.public_word_abbr[abbr] = expansion
        elif kind == "form":
            rules.printed_forms.append((re.compile(rf"(?<!\w){re.escape(fold(abbr))}(?!\w)"), fold(expansion)))
