"""Add to gold bodies the news outlet an article prints as the interlocutor of a cue when the gold omits it.

GOLD_FORMAT asks for every named organization; an outlet a source speaks to is one ("Trao đổi với Tuổi Trẻ Online,
ông ... cho biết", "xác nhận với PV VietNamNet"). The ledger's gold lists that outlet in most articles printing it
after such a cue (CUES: "trao đổi với" 38 of 47 ledger articles); the others are annotation gaps. This tool reads only
the gold files and the articles' text, never the extractor or its data. After a cue (a press word, PRESS_WORDS, maybe
between: "trao đổi với PV Dân trí") it reads the printed name as the longest name the given gold writes (any case,
without its "Báo") that opens there; an article lists it when one of its gold body names is so printed there ("Báo
Tuổi Trẻ" for "Tuổi Trẻ Online" too). A printing is an outlet's when some article prints it after a press word or the
gold writes it with a press head (PRESS_HEADS: "Báo Đất Việt"). Where an article omits such a printing the tool adds
the name the articles listing that printing write when that form is settled, written by SETTLED (80%) of them at least
("Tuổi Trẻ Online" 22 of 24, "Báo Tuổi Trẻ" 7 of 7, "VietNamNet" 2 of 2); a printing without a settled form ("Dân
trí": "Báo Dân trí" 3, "Dân trí" 2) is reported, never added. It reports each addition with the cue's words and
each printing's share; with --write it appends the name to the file's "bodies", every other byte as it was.

    python tools/gold_interlocutor_outlets.py GOLD_DIR...           # report, exit 1 if any
    python tools/gold_interlocutor_outlets.py --write GOLD_DIR...   # add them to the gold files
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

CUES = ("trao đổi với", "xác nhận với")
PRESS_WORDS = ("phóng viên", "PV", "báo", "tờ")
PRESS_HEADS = ("báo ", "tạp chí ", "hãng tin ", "hãng thông tấn ", "đài ")
SETTLED = 0.8  # the least share of the listing articles writing one form for it to be added
_CUE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in CUES) + r")[ \t\u00a0]+(?:(?P<press>"
                  + "|".join(re.escape(w) for w in PRESS_WORDS) + r")[ \t\u00a0]+)?", re.I)


@dataclass(frozen=True)
class Printing:
    """One outlet's name printed after a cue in an article: the folded printing, whether a press word stood before
    it, the article's gold names printed there, and the cue's words as printed (for the report)."""

    key: str
    pressed: bool
    listed: tuple[str, ...]
    context: str


def _key(text: str) -> str:
    from nqextract.textnorm import fold

    return " ".join(fold(text).split())


def forms(name: str) -> set[str]:
    """The folded forms a gold name may be printed in: itself, and without its "Báo" ("Báo Tuổi Trẻ": "tuổi trẻ")."""
    key = _key(name)
    return {key, key[4:]} if key.startswith("báo ") and len(key) > 4 else {key}


def _opens(window: str, form: str) -> bool:
    """``form`` is printed whole at the start of the folded ``window``."""
    return window.startswith(form) and not window[len(form) : len(form) + 1].isalnum()


def printings(text: str, names: list[str], known: set[str]) -> list[Printing]:
    """The outlets' printings after a cue in ``text``: the longest of the ``known`` folded forms printed right after
    the cue (and its press word), capitalized; ``names`` are the article's gold names."""
    out = []
    for m in _CUE.finditer(text):
        if not text[m.end() : m.end() + 1].isupper():
            continue
        window = _key(text[m.end() : m.end() + 100])
        opening = [f for f in known if _opens(window, f)]
        if not opening:
            continue
        listed = tuple(sorted({n for n in names if any(_opens(window, f) for f in forms(n))}))
        out.append(Printing(max(opening, key=len), m.group("press") is not None, listed,
                            " ".join(text[m.start() : m.end() + 40].split())))
    return out


def _outlet(key: str, seen: list[Printing]) -> bool:
    """A printing is an outlet's: printed after a press word, or written by the gold with a press head."""
    return any(p.pressed for p in seen) or any(_key(n).startswith(PRESS_HEADS) for p in seen for n in p.listed)


def settled(votes: Counter[str]) -> str | None:
    """The name most articles write, if at least SETTLED of them write it (the gold's form for that printing is
    settled)."""
    top = votes.most_common(1)
    return top[0][0] if top and top[0][1] / sum(votes.values()) >= SETTLED else None


def additions(articles: list[tuple[Path, dict, str]]) -> tuple[dict[Path, list[tuple[str, str]]], dict[str, Counter]]:
    """(path -> [(name to add, the cue's words)], printing -> the names listing articles write) for the articles
    (path, gold, text)."""
    from gold_legal_forms import gold_names

    known = {f for _, gold, _ in articles for n in gold_names(gold) for f in forms(n)}
    found: dict[Path, list[Printing]] = {}
    by_key: dict[str, list[Printing]] = defaultdict(list)
    for path, gold, text in articles:
        found[path] = printings(text, gold_names(gold), known)
        for p in found[path]:
            by_key[p.key].append(p)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for seen in found.values():
        for key in {p.key for p in seen}:
            listed = {n for p in seen if p.key == key for n in p.listed}
            if listed:
                votes[key][max(listed, key=lambda n: (len(_key(n)), n))] += 1
    out: dict[Path, list[tuple[str, str]]] = {}
    for path, seen in found.items():
        for key in dict.fromkeys(p.key for p in seen):
            same = [p for p in seen if p.key == key]
            if any(p.listed for p in same) or not _outlet(key, by_key[key]):
                continue
            name = settled(votes[key])
            if name is None:
                print(f"{path}: {key!r} after a cue, no settled form ({dict(votes[key])}): left alone", file=sys.stderr)
            elif name not in [n for n, _ in out.get(path, [])]:
                out.setdefault(path, []).append((name, same[0].context))
    return out, votes


def appended(raw: str, names: list[str]) -> str:
    """The gold file's text with ``names`` appended to its "bodies" array, laid out as its items are, every other byte
    kept."""
    m = re.search(r'"bodies"\s*:\s*\[', raw)
    if m is None:
        raise ValueError("no bodies array")
    i, depth, in_str = m.end(), 1, False
    while depth:
        c = raw[i]
        if in_str:
            if c == "\\":
                i += 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
        elif c in "[{":
            depth += 1
        elif c in "]}":
            depth -= 1
        i += 1
    close = i - 1
    inside = raw[m.end() : close]
    items = [json.dumps(n, ensure_ascii=False) for n in names]
    if inside.strip():
        lead = re.match(r"\s*", inside).group(0)
        tail = len(inside) - len(inside.rstrip())
        new = inside.rstrip() + "".join("," + lead + item for item in items) + inside[len(inside) - tail :]
    else:
        outer = re.search(r"[ \t]*$", raw[: m.start()]).group(0)
        new = "".join(("\n" + outer + " " if not k else ",\n" + outer + " ") + item for k, item in enumerate(items)) \
            + "\n" + outer
    out = raw[: m.end()] + new + raw[close:]
    before, after = json.loads(raw), json.loads(out)
    assert after["bodies"] == before["bodies"] + names and {k: v for k, v in after.items() if k != "bodies"} == {
        k: v for k, v in before.items() if k != "bodies"}
    return out


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from gold_year_ranges import article_text

    from nqextract.evaluate import gold_pairs

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_dirs", nargs="+", type=Path)
    ap.add_argument("--write", action="store_true", help="append the omitted outlets to the gold files' bodies")
    args = ap.parse_args(argv)
    articles = [(path, gold, article_text(path, gold)) for d in args.gold_dirs for path, gold in gold_pairs(d)]
    adds, votes = additions(articles)
    for key, counts in sorted(votes.items()):
        print(f"{key!r}: listed as {dict(counts)}", file=sys.stderr)
    for path, named in adds.items():
        js = path.with_suffix(".json")
        print(f"{js}: + " + "; ".join(f"{n!r} («{c}»)" for n, c in named))
        if args.write:
            js.write_text(appended(js.read_text(encoding="utf-8"), [n for n, _ in named]), encoding="utf-8")
    count = sum(map(len, adds.values()))
    print(f"{count} omitted interlocutor outlet(s){' added' if args.write and count else ''}", file=sys.stderr)
    return 1 if count and not args.write else 0


if __name__ == "__main__":
    sys.exit(main())
