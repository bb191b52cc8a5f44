"""One identity per person across articles (store stage).

``persons.person_id`` is the name key (lower case, one tone placement: "Hoà"/"Hòa" are one key). Two
different people may share it. This module splits a name key into identities, conservatively, from
what the articles say of each person: the bodies of their positions, reduced to a *place* (the lowest
administrative unit a local body names: "Ủy ban nhân dân xã Tân An" -> "xã tân an"; central party and
state bodies -> "trung ương"; any other body -> itself). Printings of one name key that share a place
are one person (union-find over the articles). A title printed without its body gives the body the
title names (``titles.tsv``'s default_body: "Thủ tướng" -> Chính phủ -> "trung ương"). Printings with no
such evidence: of a distinctive name, they join the only identity of their name when there is one (and
stay together, unresolved, when there are several); of a common name (a frequent family name and a common
middle name: ``identity_common_names.tsv``, ``person_middle_names.txt``: "Nguyễn Văn Thắng" the farmer, the
doctor and the company deputy director), each stays alone.

Identity ids are deterministic functions of the stored facts (never of ingest order): the name key when
the name has one identity, else ``name key#place`` with the identity's smallest place (``name key#?`` for
the unresolved printings of a distinctive name, ``name key#ARTICLE_ID`` for a lone printing of a common
name). Re-ingesting or reprocessing the same articles gives the same ids.

An analyst corrects the result with an overrides file (tab-separated, ``#`` comments)::

    action  id                       target
    merge   nguyễn văn a#xã tân an   nguyễn văn a#trung ương     # these are one person
    split   ARTICLE_ID:Nguyễn Văn A  nguyễn văn a#khác           # this printing is someone else
    same    nguyễn văn a             nguyễn văn ă                # two name keys, one person (misprint)

applied on every write (ingest, reprocess). Recomputed per name key after each write for the name keys
the written articles touch.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import duckdb

from . import resources
from .textnorm import fold, folded_spelled_out


@cache
def _common_parts() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    rows = resources.load_tsv("identity_common_names.tsv")
    return (frozenset(fold(r["value"]) for r in rows if r["part"] == "surname"),
            frozenset(fold(x) for x in resources.load_lines("person_middle_names.txt")),
            frozenset(fold(r["value"]) for r in rows if r["part"] == "middle"))


def is_common_name(name_key: str) -> bool:
    """A frequent family name + a common middle name ("nguyễn văn thắng", "nguyễn thị kim ngân"), or any
    family name + a very frequent middle name ("lương văn huân")."""
    parts = name_key.split()
    surnames, middles, very_common = _common_parts()
    return len(parts) >= 3 and (parts[1] in very_common or (parts[0] in surnames and parts[1] in middles))


@cache
def _title_bodies() -> dict[str, str]:
    out = {fold(r["title"]): r["default_body"] for r in resources.load_tsv("titles.tsv") if r.get("default_body")}
    out.update({fold(t): "Trung ương" for t in resources.load_lines("identity_central_titles.txt")})
    return out


@cache
def _printed_forms() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The legal forms a firm's name keeps as printed (abbreviations.tsv, kind ``form``), folded -> spelled out."""
    return tuple((re.compile(rf"(?<!\w){re.escape(fold(r['abbr']))}(?!\w)"), fold(r["expansion"]))
                 for r in resources.load_tsv("abbreviations.tsv") if r.get("kind") == "form")


_ASSEMBLY_MEMBER = re.compile(r"^((?:ủy ban|hội đồng) .+) của quốc hội$")


@cache
def _assembly_members() -> frozenset[str]:
    """The National Assembly's committees (and its Council of Ethnicities), folded, bare: the state bodies of
    ``bodies.tsv`` printed "<committee> của Quốc hội"."""
    forms = (f for r in resources.load_tsv("bodies.tsv") if r.get("kind") == "state"
             for f in [r["name"], *(r.get("variants") or "").split("|")])
    return frozenset(m[1] for f in forms if f.strip() and (m := _ASSEMBLY_MEMBER.match(fold(f))))


def body_identity_key(name: str) -> str:
    """A body's name folded, its legal form spelled out: "Công ty TNHH X" in one article and "Công ty trách nhiệm hữu
    hạn X" in another are one body; a committee of the National Assembly printed with it or bare is one body ("Ủy ban
    Tư pháp của Quốc hội", "Ủy ban Tư pháp"; not "... của Quốc hội Hàn Quốc")."""
    key = folded_spelled_out(name, _printed_forms())
    return m[1] if (m := _ASSEMBLY_MEMBER.match(key)) else key


def evidence_of(title: str | None, body: str | None) -> str | None:
    """The place a position gives: its body's, or (no body printed) the body its title names."""
    if body:
        return place_of(body)
    if title and (default := _title_bodies().get(fold(title))):
        return place_of(default)
    return None

_COMMITTEE = re.compile(r"^(?:ban thường vụ |ban chấp hành đảng bộ )?(tỉnh|thành|huyện|quận|thị) ủy\s+(.+)$")
_COMMITTEE_UNIT = {"tỉnh": "tỉnh", "thành": "thành phố", "huyện": "huyện", "quận": "quận", "thị": "thị xã"}
# "xã hội" ending a name or before "của", "và", "chủ nghĩa" or a unit ("Bảo hiểm xã hội tỉnh X") is no commune "hội"
_NOT_COMMUNE = r"(?! hội(?:$|,| của | và | chủ nghĩa| (?:xã|phường|huyện|quận|thị|thành phố|tỉnh) ))"
_UNIT = re.compile(
    r"(?<!\w)(xã" + _NOT_COMMUNE + r"|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|tỉnh)\s+(.+?)(?=,|\s+(?:xã|phường|thị trấn|huyện|"
    r"quận|thị xã|thành phố|tỉnh)\s|$)")
_CENTRAL = re.compile(
    r"^(bộ |vụ |cục |tổng cục |ban .*trung ương|.*trung ương đảng|quốc hội|chính phủ|bộ chính trị|ban bí thư|văn phòng chủ tịch nước|"
    r"ủy ban thường vụ quốc hội|tòa án nhân dân tối cao|"
    r"viện kiểm sát nhân dân tối cao|kiểm toán nhà nước|ngân hàng nhà nước|mặt trận tổ quốc việt nam|"
    r"ủy ban trung ương mặt trận|thanh tra chính phủ|văn phòng chính phủ|văn phòng quốc hội|đảng ủy chính phủ|"
    r"đảng ủy quốc hội|ủy ban kiểm tra trung ương|đoàn đại biểu quốc hội$|trung ương$)")


def place_of(body: str | None) -> str | None:
    """The evidence a position's body gives about who holds it: a place, "trung ương", or the body."""
    if not body:
        return None
    key = body_identity_key(body)
    if key in _assembly_members():  # "Ủy ban Xã hội (của Quốc hội)": no commune "hội"
        return "trung ương"
    if m := _COMMITTEE.match(key):  # "Tỉnh ủy Hà Tĩnh" is the party committee of "tỉnh hà tĩnh"
        unit, place = _COMMITTEE_UNIT[m[1]], m[2].strip()
        place = re.sub(r"^thành phố\s+", "", place)
        return f"{unit} {place}"
    if m := _UNIT.search(key):
        return f"{m[1]} {m[2].strip()}"
    if _CENTRAL.match(key):
        return "trung ương"
    return key


@dataclass
class Overrides:
    merge: dict[str, str] = field(default_factory=dict)  # identity -> identity
    split: dict[tuple[str, str], str] = field(default_factory=dict)  # (article_id, name key) -> identity
    same: dict[str, str] = field(default_factory=dict)  # name key -> name key

    @classmethod
    def read(cls, path: Path | None) -> Overrides:
        out = cls()
        if path is None or not Path(path).is_file():
            return out
        lines = [ln.split(" #", 1)[0] for ln in Path(path).read_text(encoding="utf-8").splitlines()
                 if ln.strip() and not ln.lstrip().startswith("#")]
        for n, row in enumerate(csv.reader(lines, delimiter="\t"), 1):
            row = [c.strip() for c in row]
            if row and row[0] == "action":
                continue
            if len(row) < 3 or row[0] not in ("merge", "split", "same"):
                from .errors import StoreError

                raise StoreError(f"{path}: row {n}: expected 'merge|split|same<TAB>id<TAB>target', got {row!r}")
            action, a, b = row[:3]
            if action == "merge":
                out.merge[fold(a)] = fold(b)
            elif action == "same":
                out.same[fold(a)] = fold(b)
            else:
                aid, _, name = a.partition(":")
                out.split[(aid, fold(name))] = fold(b)
        return out

    def name_key(self, key: str) -> str:
        seen = set()
        while key in self.same and key not in seen:
            seen.add(key)
            key = self.same[key]
        return key

    def identity(self, ident: str) -> str:
        seen = set()
        while ident in self.merge and ident not in seen:
            seen.add(ident)
            ident = self.merge[ident]
        return ident


_GENERIC_BODY_WORDS = frozenset(
    "công ty cổ phần tnhh trách nhiệm hữu hạn một thành viên tổng ngân hàng văn phòng sở ban ủy hội đồng "
    "trung tâm bệnh viện trường đại học viện phòng cục chi nhánh tập đoàn nhà nước việt nam quốc gia".split())


def _nestable(place: str) -> bool:
    """A place that is a body's own name (no administrative unit, not central) and says enough to tell
    an office: at least three words, one of them not a generic body word ("công ty cổ phần" is none)."""
    words = place.split()
    return (place != "trung ương" and _UNIT.match(place) is None and len(words) >= 3
            and any(w not in _GENERIC_BODY_WORDS for w in words))


def resolve_group(name_key: str, occurrences: dict[tuple[str, int], set[str]]) -> dict[tuple[str, int], tuple[str, str]]:
    """(article_id, person_idx) -> (identity_id, evidence) for the printings of one name key."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for places in occurrences.values():
        ps = sorted(places)
        for p in ps:
            find(p)
        for p in ps[1:]:
            a, b = find(ps[0]), find(p)
            if a != b:
                parent[max(a, b)] = min(a, b)
    bodies = sorted(p for p in parent if _nestable(p))
    for short in bodies:  # "ủy ban an toàn giao thông quốc gia" in "văn phòng ủy ban an toàn ...": one office
        for long in bodies:
            if short != long and f" {short} " in f" {long} ":
                a, b = find(short), find(long)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    clusters: dict[str, list[str]] = defaultdict(list)
    for p in parent:
        clusters[find(p)].append(p)
    common = is_common_name(name_key)
    bare = sorted(occ for occ, places in occurrences.items() if not places)
    joins = not common and len(clusters) == 1
    n_ids = len(clusters) + (0 if joins or not bare else (len(bare) if common else 1))
    out = {}
    for occ, places in occurrences.items():
        if places:
            members = sorted(clusters[find(next(iter(places)))])
            ident = name_key if n_ids == 1 else f"{name_key}#{members[0]}"
            out[occ] = (ident, "; ".join(members))
        elif joins:
            members = sorted(next(iter(clusters.values())))
            out[occ] = (name_key if n_ids == 1 else f"{name_key}#{members[0]}",
                        "no position; the only identity of a distinctive name")
        elif common:
            out[occ] = (name_key if n_ids == 1 else f"{name_key}#{occ[0]}", "no position; common name, kept alone")
        else:
            out[occ] = (name_key if n_ids == 1 else f"{name_key}#?", "no position; namesakes exist, unresolved")
    return out


def resolve(con: duckdb.DuckDBPyConnection, name_keys: Iterable[str] | None, overrides: Overrides) -> int:
    """Recompute ``person_identities`` for these name keys (all when None). Returns rows written."""
    if name_keys is None:
        con.execute("DELETE FROM person_identities")
        where, params = "", []
    else:
        keys = sorted({k for k in name_keys if k})
        keys = sorted(set(keys) | {overrides.name_key(k) for k in keys}
                      | {k for k, v in overrides.same.items() if v in keys})
        if not keys:
            return 0
        con.execute("DELETE FROM person_identities WHERE person_id IN (SELECT unnest(?::VARCHAR[]))", [keys])
        same_keys = [k for k, v in overrides.same.items() if v in keys or k in keys]
        keys = sorted(set(keys) | set(same_keys))
        where, params = "WHERE ap.person_id IN (SELECT unnest(?::VARCHAR[]))", [keys]
    rows = con.execute(f"""
        SELECT ap.article_id, ap.idx, ap.person_id, list([po.title, po.body]) FILTER (WHERE po.title IS NOT NULL)
        FROM article_persons ap
        LEFT JOIN positions po ON po.article_id = ap.article_id AND po.person_idx = ap.idx
        {where}
        GROUP BY ALL
    """, params).fetchall()
    groups: dict[str, dict[tuple[str, int], set[str]]] = defaultdict(dict)
    split_rows = []
    for aid, idx, pid, bodies in rows:
        forced = overrides.split.get((aid, pid))
        if forced:
            split_rows.append((aid, idx, pid, forced, "override: split"))
            continue
        groups[overrides.name_key(pid)][(aid, idx)] = {p for t, b in bodies or [] if (p := evidence_of(t, b))}
    out = []
    pid_of = {(aid, idx): pid for aid, idx, pid, _ in rows}
    for key in sorted(groups):
        for (aid, idx), (ident, evidence) in resolve_group(key, groups[key]).items():
            final = overrides.identity(ident)
            if final != ident:
                evidence = f"override: merged {ident}"
            out.append((aid, idx, pid_of[(aid, idx)], final, evidence))
    out += split_rows
    if out:
        insert_rows(con, "person_identities", out, ("string", "int32", "string", "string", "string"))
    return len(out)


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[tuple], types: Sequence[str]) -> None:
    """``rows`` into every column of ``table``, in order, as one INSERT of an Arrow table whose columns
    have the Arrow ``types`` ("string", "int32"; DuckDB casts them to the table's columns as it would the
    parameters of ``INSERT INTO table VALUES (?, ...)``): ``executemany`` runs one statement per row."""
    import pyarrow as pa

    columns = [pa.array(values, pa.type_for_alias(kind)) for values, kind in zip(zip(*rows), types, strict=True)]
    con.register("_inserted_rows", pa.table(columns, names=[f"c{i}" for i in range(len(columns))]))
    try:
        con.execute(f"INSERT INTO {table} SELECT * FROM _inserted_rows")
    finally:
        con.unregister("_inserted_rows")
