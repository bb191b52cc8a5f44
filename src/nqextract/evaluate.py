"""Evaluation against gold annotations (../shared/eval/GOLD_FORMAT.md).

Set precision/recall/F1 per field, micro-averaged over the articles of a gold folder:
persons by name; positions by (name, title, body) with a null gold body matched by title alone, a
``status`` "former"/"acting" read as the title prefix "nguyên"/"quyền" (gold writes former offices as
"nguyên X", with or without ``status``); bodies by canonical name; documents by (type, number); dates
by normalized value (ranges are not dates); tasks matched by assignee (containment allowed) and action
token Jaccard >= 0.5, with deadline accuracy over matched tasks; cleaning as the share of ``keep``
sentences present and of ``noise`` lines absent.

Body names (of ``bodies`` and of positions) compare with the separators " - " and "," equal ("Ban
Chính sách, chiến lược Trung ương" = "Ban Chính sách - chiến lược Trung ương"), and a predicted body
that is gold's body with its place resolved ("Sở Tư pháp tỉnh Nam Định" for gold "Sở Tư pháp") counts
where gold names no place.

``nqextract eval GOLD_DIR`` prints the table.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, Field

from . import resources
from .gold_articles import corpus_dir, corpus_record, gold_pairs, gold_record  # noqa: F401 (re-exported)
from .models import Article, CleanArticle
from .textnorm import fold

FIELDS = ("persons", "positions", "bodies", "documents", "dates", "tasks")
_TOKEN = re.compile(r"\w+", re.UNICODE)


class FieldScore(BaseModel):
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: FieldScore) -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold


class Ratio(BaseModel):
    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 1.0

    def add(self, other: Ratio) -> None:
        self.hits += other.hits
        self.total += other.total


class Scores(BaseModel):
    fields: dict[str, FieldScore] = Field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    deadline: Ratio = Field(default_factory=Ratio)
    keep: Ratio = Field(default_factory=Ratio)
    noise_absent: Ratio = Field(default_factory=Ratio)
    articles: int = 0
    # position_changes: scored only over articles whose gold has the key (see score_changes)
    changes: FieldScore = Field(default_factory=FieldScore)
    effective: Ratio = Field(default_factory=Ratio)
    changes_articles: int = 0

    def add(self, other: Scores) -> None:
        for f in FIELDS:
            self.fields[f].add(other.fields[f])
        self.deadline.add(other.deadline)
        self.keep.add(other.keep)
        self.noise_absent.add(other.noise_absent)
        self.articles += other.articles
        self.changes.add(other.changes)
        self.effective.add(other.effective)
        self.changes_articles += other.changes_articles

    def as_dict(self) -> dict:
        out: dict = {"articles": self.articles}
        for f, s in self.fields.items():
            out[f] = {
                "precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                "tp": s.tp, "predicted": s.predicted, "gold": s.gold,
            }
        out["deadline_accuracy"] = round(self.deadline.value, 4)
        out["cleaning_keep"] = round(self.keep.value, 4)
        out["cleaning_noise_leaked"] = round(1 - self.noise_absent.value, 4)
        if self.changes_articles:
            c = self.changes
            out["position_changes"] = {
                "precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4),
                "tp": c.tp, "predicted": c.predicted, "gold": c.gold, "articles": self.changes_articles,
            }
            out["effective_accuracy"] = round(self.effective.value, 4)
        return out


# --------------------------------------------------------------------------- keys


def _key(s: str | None) -> str | None:
    return fold(s) if s else None


_SEPARATOR = re.compile(r"\s*(?:,|;|\s[-–—]\s)\s*")
_STATUS_PREFIX = {"former": "nguyên", "acting": "quyền"}
_PLACE_LEVELS = ("tỉnh", "thành phố", "tp", "tp.", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn")


def _body_key(s: str | None) -> str | None:
    """A body name with its separators (" - ", ",") made one."""
    return " ".join(_SEPARATOR.sub(" , ", fold(s)).split()) if s else None


def _title_key(title: str, status: str | None) -> str | None:
    """The title as gold writes it: "nguyên X" for a former office, "quyền X" for an acting one."""
    key = _key(title)
    prefix = _STATUS_PREFIX.get(status or "")
    if key and prefix and not key.startswith(prefix + " "):
        key = f"{prefix} {key}"
    return key


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    names = {row["name"] for row in resources.load_tsv("body_places.tsv")}
    names |= {row["display"] for row in resources.load_tsv("body_places.tsv") if row.get("display")}
    names |= {v for row in resources.load_tsv("body_places.tsv") for v in (row.get("variants") or "").split("|") if v}
    names |= set(resources.load_lines("person_places.txt"))
    return frozenset(filter(None, (_body_key(n) for n in names)))


def place_resolved(pred: str | None, gold: str | None) -> bool:
    """``pred`` is ``gold`` with a place added ("sở tư pháp tỉnh nam định" for "sở tư pháp")."""
    if not pred or not gold or not pred.startswith(gold + " "):
        return False
    rest = pred[len(gold) + 1 :]
    for level in _PLACE_LEVELS:
        if rest.startswith(level + " ") and len(rest) > len(level) + 1:
            return True
    return rest in _places()


def _number_key(s: str | None) -> str | None:
    return re.sub(r"\s+", "", fold(s)) if s else None


def document_key(type_: str | None, number: str | None, name: str | None = None) -> tuple:
    """(type, number) of a document; a document printed without a number is keyed by its name.

    Gold sets write such a document two ways: its name in ``number`` (the dev set), or ``number`` null
    with the name in ``name``/``subject`` (the ledger). Both read as the name, without a leading type
    word ("Luật Đất đai" and "Đất đai" under type Luật are one key).
    """
    t = _key(type_)
    ref = number or name
    if not ref:
        return (t, None)
    k = re.sub(r"[\"'“”‘’«»]", "", fold(ref)).strip()  # quotes around a title are not part of it
    if t and k.startswith(t + " ") and not re.match(r"(?:số\s*)?\d", k[len(t) + 1 :]):
        k = k[len(t) + 1 :]
    return (t, _number_key(k))


def _set_score(pred: Iterable, gold: Iterable) -> FieldScore:
    p, g = set(pred) - {None}, set(gold) - {None}
    return FieldScore(tp=len(p & g), predicted=len(p), gold=len(g))


def _body_score(pred: Iterable[str | None], gold: Iterable[str | None]) -> FieldScore:
    """Set score of body names; a predicted name with the place resolved matches gold's placeless one."""
    p, g = set(pred) - {None}, set(gold) - {None}
    exact = p & g
    left = sorted(p - exact)
    tp = len(exact)
    for gb in sorted(g - exact):
        cand = next((pb for pb in left if place_resolved(pb, gb) and pb not in g), None)
        if cand is not None:
            left.remove(cand)
            tp += 1
    return FieldScore(tp=tp, predicted=len(p), gold=len(g))


def _tokens(s: str) -> set[str]:
    return set(_TOKEN.findall(fold(s)))


def jaccard(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    return len(ta & tb) / len(ta | tb) if ta | tb else 0.0


@lru_cache(maxsize=1)
def _head_abbreviations() -> tuple[tuple[re.Pattern, str], ...]:
    """Head and word abbreviations (public bodies' words too) and legal forms of body names (UBND, HĐND, CSGT, BHYT,
    TNHH), longest first, as whole words."""
    kinds = ("head", "word", "public_word", "form")
    rows = [r for r in resources.load_tsv("abbreviations.tsv") if r.get("kind") in kinds]
    seen: dict[str, str] = {}
    for r in sorted(rows, key=lambda r: -len(r["abbr"])):
        seen.setdefault(r["abbr"], r["expansion"])
    return tuple((re.compile(rf"(?<!\w){re.escape(a)}(?!\w)"), e) for a, e in seen.items())


def expand_abbreviations(s: str) -> str:
    """``s`` with body-name abbreviations spelled out ("UBND tỉnh X" -> "Ủy ban nhân dân tỉnh X")."""
    for pattern, expansion in _head_abbreviations():
        s = pattern.sub(expansion, s)
    return s


def _assignee_match(pred: str | None, gold: str | None) -> bool:
    """Assignees match when one contains the other, abbreviations spelled out ("UBND" = "Ủy ban nhân dân");
    a missing assignee matches nothing."""
    if not pred or not gold:
        return False
    p, g = fold(pred), fold(gold)
    if p and g and (p == g or p in g or g in p):
        return True
    p, g = fold(expand_abbreviations(pred)), fold(expand_abbreviations(gold))
    return bool(p and g) and (p == g or p in g or g in p)


# --------------------------------------------------------------------------- scoring


def score_article(article: Article, gold: dict) -> Scores:
    sc = Scores(articles=1)
    sc.fields["persons"] = _set_score((_key(p.name) for p in article.persons),
                                      (_key(p["name"]) for p in gold.get("persons", [])))

    pred_pos = {(_key(p.name), _title_key(pos.title, pos.status), _body_key(pos.body))
                for p in article.persons for pos in p.positions}
    gold_pos = {(_key(p["name"]), _title_key(pos["title"], pos.get("status")), _body_key(pos.get("body")))
                for p in gold.get("persons", []) for pos in p.get("positions", [])}
    unmatched = set(pred_pos)
    tp = 0
    # exact triples first, then bodies with their place resolved, then null-body gold triples by (name, title)
    rest = []
    for g in sorted(gold_pos, key=lambda t: t[2] is None):
        if g in unmatched:
            unmatched.discard(g)
            tp += 1
        else:
            rest.append(g)
    for g in rest:
        cand = next((p for p in sorted(unmatched, key=str)
                     if p[:2] == g[:2] and (g[2] is None or place_resolved(p[2], g[2]))), None)
        if cand is not None:
            unmatched.discard(cand)
            tp += 1
    sc.fields["positions"] = FieldScore(tp=tp, predicted=len(pred_pos), gold=len(gold_pos))

    sc.fields["bodies"] = _body_score((_body_key(b.name) for b in article.bodies),
                                      (_body_key(b) for b in gold.get("bodies", [])))
    sc.fields["documents"] = _set_score(
        (document_key(d.type, d.number) for d in article.documents),
        (document_key(d["type"], d.get("number"), d.get("name") or d.get("subject"))
         for d in gold.get("documents", [])),
    )
    sc.fields["dates"] = _set_score((d.value for d in article.dates if d.granularity != "range"),
                                    gold.get("dates", []))

    gold_tasks = list(gold.get("tasks", []))
    used: set[int] = set()
    tp = 0
    for t in article.tasks:
        best, best_j = None, 0.5
        for i, g in enumerate(gold_tasks):
            if i in used or not _assignee_match(t.assignee, g["assignee"]):
                continue
            j = jaccard(t.action, g["action"])
            if j >= best_j:
                best, best_j = i, j
        if best is not None:
            used.add(best)
            tp += 1
            sc.deadline.total += 1
            sc.deadline.hits += int((t.deadline or None) == (gold_tasks[best].get("deadline") or None))
    sc.fields["tasks"] = FieldScore(tp=tp, predicted=len(article.tasks), gold=len(gold_tasks))

    if "position_changes" in gold:
        score_changes(sc, article, gold["position_changes"])

    text = " ".join(article.text.split())
    lines = {_strip_bullet(ln) for ln in article.text.splitlines()}
    for k in gold.get("keep", []):
        sc.keep.total += 1
        sc.keep.hits += int(" ".join(k.split()) in text)
    for n in gold.get("noise", []):
        sc.noise_absent.total += 1
        n_norm = " ".join(n.split())
        present = (n_norm in text) if len(n_norm) >= 20 else (_strip_bullet(n) in lines)
        sc.noise_absent.hits += int(not present)
    return sc


_CHANGE_TITLE_PREFIX = re.compile(r"^(?:nguyên|cựu|quyền|tân)\s+")


def _change_key(person: str | None, change: str | None, title: str | None, body: str | None) -> tuple:
    t = _key(title)
    return (_key(person), change, _CHANGE_TITLE_PREFIX.sub("", t) if t else None, _body_key(body))


def score_changes(sc: Scores, article: Article, gold: list[dict]) -> None:
    """position_changes matched on (person, change, title, body), titles without "nguyên"/"quyền"
    prefixes, bodies compared as positions' are (separators made one, a place resolved counts), a null
    gold body (or title) matched by the rest; effective-date accuracy over matches."""
    pred = [(_change_key(c.person, c.change, c.title, c.body), c.effective) for c in article.position_changes]
    golds = [(_change_key(g.get("person"), g.get("change"), g.get("title"), g.get("body")), g.get("effective"))
             for g in gold]
    used: set[int] = set()
    tp = 0
    for gk, g_eff in sorted(golds, key=lambda g: (g[0][3] is None, g[0][2] is None)):
        best = None
        for i, (pk, _) in enumerate(pred):
            if i in used or pk[:2] != gk[:2]:
                continue
            if (gk[2] is None or pk[2] == gk[2]) and (gk[3] is None or pk[3] == gk[3]
                                                      or place_resolved(pk[3], gk[3])):
                best = i
                if pk == gk:
                    break
        if best is not None:
            used.add(best)
            tp += 1
            sc.effective.total += 1
            sc.effective.hits += int((pred[best][1] or None) == (g_eff or None))
    sc.changes = FieldScore(tp=tp, predicted=len(pred), gold=len(golds))
    sc.changes_articles = 1


def _strip_bullet(line: str) -> str:
    return line.strip().lstrip("•·-*– ").strip()


def score_dir(gold_dir: Path | str, extractor=None) -> tuple[Scores, dict[str, Scores]]:
    """Extract every gold article of ``gold_dir`` and score it: (total, per article)."""
    from .clean import clean_text
    from .pipeline import Extractor

    extractor = extractor or Extractor()
    total = Scores()
    per: dict[str, Scores] = {}
    pairs = gold_pairs(Path(gold_dir))
    if not pairs:
        raise FileNotFoundError(f"no gold articles (*.json beside *.txt, or pointing at a corpus record, page or feed item) in {gold_dir}")
    for path, gold in pairs:
        published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
        if path.suffix == ".json":
            article = extractor.process(gold_record(gold))
        else:
            clean: CleanArticle = clean_text(path.read_text(encoding="utf-8"), source=str(path), published=published)
            article = extractor.extract_clean(clean)
        s = score_article(article, gold)
        per[path.name] = s
        total.add(s)
    return total, per


def format_table(total: Scores, per: dict[str, Scores] | None = None) -> str:
    rows = [f"{'field':<12} {'P':>6} {'R':>6} {'F1':>6}   tp/pred/gold"]
    for f, s in total.fields.items():
        rows.append(f"{f:<12} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   {s.tp}/{s.predicted}/{s.gold}")
    rows.append(f"{'deadline acc':<12} {total.deadline.value:6.3f}   over {total.deadline.total} matched tasks")
    rows.append(f"{'cleaning':<12} keep {total.keep.value:.3f}  noise leaked {1 - total.noise_absent.value:.3f}")
    if total.changes_articles:
        c = total.changes
        rows.append(f"{'changes':<12} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}   {c.tp}/{c.predicted}/{c.gold}"
                    f"   over {total.changes_articles} articles; effective acc {total.effective.value:.3f}"
                    f" over {total.effective.total} matched")
    if per:
        rows.append("")
        rows.append("per article F1: " + " ".join(f[:3] for f in FIELDS))
        for name, s in per.items():
            rows.append(f"  {name:<28} " + " ".join(f"{s.fields[f].f1:.2f}" for f in FIELDS))
    return "\n".join(rows)
