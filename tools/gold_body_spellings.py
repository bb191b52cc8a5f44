"""Rewrite gold body names holding a word printed in another spelling to the spelling the project names it with.

One body, one name: the press prints some words of body names two ways ("Liên Hiệp Quốc" and "Liên hợp quốc");
body_spellings.tsv lists each printed spelling and the one the extractor writes, wherever in a name it stands
("Văn phòng Liên Hiệp Quốc ở Geneva" -> "Văn phòng Liên hợp quốc ở Geneva"). This tool reads only the gold and
that data file, never the extractor's output. It reports every gold name so written in a field naming a body
(BODY_FIELDS: bodies[], persons[].positions[].body, documents[].issuer, tasks[].assignee/assigner,
position_changes[].body/decided_by), per gold folder; with --write it rewrites those fields only, never a
document's name, a title, a note or any other string, every other byte of the file as it was.

    python tools/gold_body_spellings.py GOLD_DIR...           # report, exit 1 if any
    python tools/gold_body_spellings.py --write GOLD_DIR...   # rewrite them in the gold files
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import cache
from pathlib import Path

# the paths of the gold's body-name strings: "*" any list item
BODY_FIELDS = (
    ("bodies", "*"),
    ("persons", "*", "positions", "*", "body"),
    ("documents", "*", "issuer"),
    ("tasks", "*", "assignee"),
    ("tasks", "*", "assigner"),
    ("position_changes", "*", "body"),
    ("position_changes", "*", "decided_by"),
)


@cache
def _spellings():
    """The compiled table of body_spellings.tsv (the packaged file, or the rules folder's)."""
    from nqextract import resources
    from nqextract.extract.body_spellings import spelling_table

    return spelling_table(resources.load_tsv("body_spellings.tsv"))


def _is_body_field(path: tuple) -> bool:
    return any(len(path) == len(f) and all(p == "*" and isinstance(k, int) or p == k for p, k in zip(f, path))
               for f in BODY_FIELDS)


def body_names(gold: dict) -> list[str]:
    """Every string of ``gold`` in a body-name field (BODY_FIELDS), in order."""
    out: list[str] = []

    def walk(node: object, path: tuple) -> None:
        if isinstance(node, str):
            if _is_body_field(path):
                out.append(node)
        elif isinstance(node, dict):
            for k, v in node.items():
                walk(v, (*path, k))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, (*path, i))

    walk(gold, ())
    return out


def respelled_names(gold: dict) -> dict[str, str]:
    """Gold name -> the name in the listed spelling, for each body name that holds a printed spelling."""
    from nqextract.extract.body_spellings import respelled

    return {n: new for n in body_names(gold) if (new := respelled(n, _spellings())) != n}


def rewritten(raw: str, names: dict[str, str]) -> str:
    """The gold file's JSON text with each body-name string that is a key of ``names`` rewritten, every other
    byte kept: the text is scanned token by token, keeping the path of every string."""
    decoder = json.JSONDecoder()
    out: list[str] = []
    stack: list[list] = []  # per open container: [kind, key or index, expecting_key]
    pos = last = 0
    while pos < len(raw):
        ch = raw[pos]
        if ch in "{[":
            stack.append(["{", None, True] if ch == "{" else ["[", 0, False])
            pos += 1
        elif ch in "}]":
            stack.pop()
            pos += 1
        elif ch == ",":
            if stack and stack[-1][0] == "[":
                stack[-1][1] += 1
            elif stack:
                stack[-1][2] = True
            pos += 1
        elif ch == ":":
            stack[-1][2] = False
            pos += 1
        elif ch == '"':
            value, end = decoder.raw_decode(raw, pos)
            if stack and stack[-1][0] == "{" and stack[-1][2]:
                stack[-1][1] = value  # a key
            elif value in names and _is_body_field(tuple(s[1] for s in stack)):
                token = raw[pos:end]
                out += [raw[last:pos], json.dumps(names[value], ensure_ascii=token.isascii())]
                last = end
            pos = end
        else:
            pos += 1
    return "".join(out) + raw[last:]


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from gold_legal_forms import rename_batches

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_dirs", nargs="+", type=Path)
    ap.add_argument("--write", action="store_true", help="rewrite the names in the listed spelling")
    args = ap.parse_args(argv)
    found = rename_batches(args.gold_dirs, lambda path, gold: respelled_names(gold), body_names, rewritten, args.write)
    print(f"{found} name(s) in another spelling{' rewritten' if args.write and found else ''}", file=sys.stderr)
    return 1 if found and not args.write else 0


if __name__ == "__main__":
    sys.exit(main())
