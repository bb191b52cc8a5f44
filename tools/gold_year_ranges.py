"""Check gold `dates` against the dev gold's convention for ranges of years.

The dev gold (../shared/eval/dev) does not list the years of a period printed as a dash-joined range
("nhiệm kỳ 2026-2031", "giai đoạn năm 2021-2025", "(1965-2025)") as dates of their own; the corpus and
blind gold agree. A from-to phrase ("từ năm 2018 - 2023") keeps its years. This tool reports every gold
year that the article prints only as an endpoint of such a range (reading only the gold and the article,
never the extractor), and with --write removes it.

    python tools/gold_year_ranges.py GOLD_DIR...           # report, exit 1 if any
    python tools/gold_year_ranges.py --write GOLD_DIR...   # remove them from the gold files
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

RANGE = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?![\d/])")
YEAR = re.compile(r"(?<![\d/.,])((?:19|20)\d{2})(?!\d)")
FROM = re.compile(r"\b[Tt]ừ\s+(?:năm\s+)?$")


def article_text(path: Path, gold: dict) -> str:
    from nqextract.evaluate import gold_record

    if path.suffix == ".txt":
        text = path.read_text(encoding="utf-8")
    else:
        raw = gold_record(gold)
        if raw.html:  # a page: the text the cleaning stage keeps (never the extractor's output)
            from nqextract.clean import clean_html

            raw = clean_html(raw.html, source=raw.source)
        text = ((raw.title or "") + "\n" + (raw.text or "")) if raw.title else (raw.text or "")
    return unicodedata.normalize("NFC", text)


def range_only_years(text: str, years: set[str]) -> list[str]:
    """The years of ``years`` that ``text`` prints only as endpoints of a range of years."""
    spans, ends = [], set()
    for m in RANGE.finditer(text):
        spans.append((m.start(), m.end()))
        if not FROM.search(text[max(0, m.start() - 12):m.start()]):
            ends.update(m.groups())

    def printed_alone(y: str) -> bool:
        for m in YEAR.finditer(text):
            if m.group(1) != y or any(a <= m.start() < b for a, b in spans):
                continue
            if text[m.end():m.end() + 1] == "/" or text[m.start() - 1:m.start()] == "/":
                continue  # inside a number or a full date: no bare year of its own
            return True
        return False

    return sorted(y for y in ends & years if not printed_alone(y))


def without_dates(raw: str, drop: set[str]) -> str:
    """The gold file's text with ``drop`` left out of its "dates" list, every other byte as it was."""
    m = re.search(r'("dates"\s*:\s*\[)(.*?)(\s*\])', raw, re.S)
    inner = m.group(2)
    items = [i for i in re.findall(r'"(?:[^"\\]|\\.)*"', inner) if json.loads(i) not in drop]
    if "\n" in inner:
        indent = re.match(r"\s*", inner).group(0)
        body = (indent + ("," + indent).join(items)) if items else ""
    else:
        body = (", " if ", " in inner else ",").join(items)
    return raw[:m.start(2)] + body + raw[m.end(2):]


def main(argv: list[str] | None = None) -> int:
    from nqextract.evaluate import gold_pairs

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_dirs", nargs="+", type=Path)
    ap.add_argument("--write", action="store_true", help="remove the years from the gold files")
    args = ap.parse_args(argv)
    found = 0
    for gold_dir in args.gold_dirs:
        for path, gold in gold_pairs(gold_dir):
            drop = range_only_years(article_text(path, gold), set(gold.get("dates") or []))
            if not drop:
                continue
            found += len(drop)
            js = path.with_suffix(".json")
            print(f"{js}: {', '.join(drop)}")
            if args.write:
                js.write_text(without_dates(js.read_text(encoding="utf-8"), set(drop)), encoding="utf-8")
    print(f"{found} range-only year(s){' removed' if args.write and found else ''}", file=sys.stderr)
    return 1 if found and not args.write else 0


if __name__ == "__main__":
    sys.exit(main())
