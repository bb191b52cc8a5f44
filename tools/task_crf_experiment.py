"""Does a learned tagger of tasks generalize past the rules? A leave-batches-out experiment.

    python tools/task_crf_experiment.py [--folds 5] [--threshold 0.5 ...] [--carry 3] [--stack] [--residual]
                                        [--cache FILE]

1. Every ledger article (``tests/gold/ledger/*/*.json``, its text read from ../shared or
   ``$NQEXTRACT_SHARED``) goes through the pipeline once; the Doc's syllables, POS tags, earlier facts
   and the rule-based tasks are kept (``--cache FILE`` pickles them for the next run; it holds
   publisher text, so keep it outside the repository).
2. Each gold task is aligned to the syllables of its article: the action as printed (the exact
   syllable sequence, else the best window of about its length with token Jaccard >= 0.6), the
   assignee in the action's sentence (as printed, with a head abbreviation of ``abbreviations.tsv``,
   or a prefix of at least 60% of its words: the scorer accepts a contained assignee), nearest before
   the action, else after it. A sentence's syllables get BIO tags A (assignee) and T (action).
3. Features per syllable: its lower case and shape, its neighbours' (two each side) with their POS,
   word bigrams, the POS of the tagged word holding it and whether it opens that word, position in
   the sentence, the earlier facts holding it (bodies, persons, titles, dates, documents, NER), the
   ``task_verbs.tsv`` phrases starting or going on at it and its neighbours (by kind), whether a cue
   came before it in the sentence, and of the sentence whether it opens a line, a list item, what
   ended the sentence before it and whether that one held a cue. ``--stack`` adds the rule tasks'
   assignee and action spans as features; ``--residual`` labels only the gold tasks the rules miss.
4. Batches are dealt round-robin (sorted by name) into ``--folds`` folds. Per fold an
   ``underthesea_core.CRFTrainer`` (L-BFGS, L2 0.01, 100 iterations) learns from the other folds'
   batches and tags the held-out ones: a syllable is in a span when its marginal P(not O) >=
   ``--threshold``; an action span of 2+ syllables is a task, its assignee the nearest A span before
   it in its sentence, else after it, else the last assignee within ``--carry`` sentences.
5. Scored with :func:`nqextract.evaluate.score_article` (assignee containment, action Jaccard >= 0.5):
   (a) rules alone, (b) learned alone, (c) rules plus the learned tasks whose action overlaps no rule
   task's action; F1/P/R per fold and pooled over the held-out batches.

The rules were developed on these batches, so (a) is their fit, not their first look; (b) and (c)
never saw a held-out batch. underthesea_core's trainer is not bit-reproducible (its marginals move by up
to about 0.02 between two runs on the same data), so figures move by a few tasks between runs.

Result on build 71c3c11 (37 batches, 424 articles, 1218 gold tasks; 5 folds; pooled F1 (P / R) over the
held-out batches):

| run | (a) rules | (b) learned | (c) rules + learned |
|---|---|---|---|
| threshold 0.5 | 0.561 (0.790 / 0.435) | 0.263 (0.444 / 0.187) | 0.541 (0.653 / 0.462) |
| threshold 0.7 | 0.561 | 0.214 (0.472 / 0.139) | 0.552 (0.713 / 0.451) |
| ``--stack``, 0.5 | 0.561 | 0.409 (0.674 / 0.294) | 0.549 (0.718 / 0.445) |
| ``--stack --carry 0``, 0.5 | 0.561 | 0.381 (0.765 / 0.254) | 0.559 (0.755 / 0.444) |
| ``--stack --residual``, 0.5 | 0.561 | 0.047 (0.344 / 0.025) | 0.558 (0.755 / 0.443) |

(c) never beats (a): the learned tasks where the rules found none are right about one time in five
(9 to 33 more matches for 43 to 191 more predictions), under the 0.28 it takes to raise F1 at all (0.45
for +0.03); so no learned component ships. The learned tagger alone (0.26 held out) is about where the
rules' own first looks of new batches stood (0.29 to 0.47 pooled, 0.0 on the latest).
"""

from __future__ import annotations

import argparse
import math
import os
import pickle
import re
import sys
import time
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FACT_KEYS = ("bodies", "persons", "titles", "dates", "documents")
CUE_KINDS = {"cue", "cue_verb", "cue_request", "cue_punct", "cue_modal", "cue_body", "cue_prescribe", "cue_court"}
LIST_MARK = re.compile(r"^\s*(?:[-–+•*]|\d{1,2}[.)]|[a-zđ][.)])")
EDGE = set(",;:.!?-–—()“”\"'«»")
MIN_ACTION_SYLLABLES = 2
ASSIGNEE_PREFIX_SHARE = 0.6
FUZZY_JACCARD = 0.6


# --------------------------------------------------------------------------- 1. the articles


def ledger_articles() -> list[dict]:
    """Every ledger article through the pipeline: what the features, the alignment and the scores read."""
    from nqextract import clean as cleaning
    from nqextract.assemble import to_article
    from nqextract.evaluate import corpus_record, gold_pairs
    from nqextract.extract.view import view
    from nqextract.pipeline import Extractor

    extractor = Extractor()
    out = []
    for batch in sorted(p for p in (ROOT / "tests/gold/ledger").iterdir() if p.is_dir()):
        for path, gold in gold_pairs(batch):
            clean = cleaning.clean(corpus_record(gold), extractor.settings)
            doc = extractor.nlp.make_doc(clean.text)
            doc._.published = clean.published or extractor.settings.published
            for _name, component in extractor.nlp.pipeline:
                doc = component(doc)
            article = to_article(doc, clean)
            v = view(doc)
            out.append({"batch": batch.name, "file": path.name, "text": article.text, "sentences": v.sentences,
                        "lines": v.lines, "tokens": v.tokens,
                        "spans": {k: [(s.start_char, s.end_char, s.label_) for s in doc.spans[k]] for k in doc.spans},
                        "rule_tasks": [t.model_dump() for t in article.tasks], "gold_tasks": gold.get("tasks", [])})
        print(f"{batch.name}: {len(out)} articles read", file=sys.stderr)
    return out


def rule_spans(d: dict) -> list[tuple[int, int, str]]:
    """Character spans of the rule tasks' actions (T) and assignees (A)."""
    out, text = [], d["text"]
    for t in d["rule_tasks"]:
        i = text.find(t["action"], t["start"], t["end"] + 1)
        i = text.find(t["action"]) if i < 0 else i
        if i >= 0:
            out.append((i, i + len(t["action"]), "T"))
        j = text.rfind(t["assignee"], t["start"], i if i >= 0 else t["end"])
        if j >= 0:
            out.append((j, j + len(t["assignee"]), "A"))
    return out


# --------------------------------------------------------------------------- 3. features


@dataclass
class Sent:
    start: int
    end: int
    spans: list[tuple[int, int]]  # the syllables' character spans
    feats: list[list[str]] = field(default_factory=list)


def _shape(w: str) -> str:
    if not w[0].isalnum():
        return "P"
    if w.isdigit():
        return "D"
    if w.isupper() and len(w) > 1:
        return "U"
    return "T" if w[0].isupper() else "M" if any(c.isdigit() for c in w) else "l"


def _mark(spans, prefix: str, starts: list[int], out: dict[int, list[str]]) -> None:
    """B/I marks of the syllables inside each (start, end, label) span."""
    for s, e, lab in spans:
        i, first = bisect_right(starts, s - 1), True
        while i < len(starts) and starts[i] < e:
            out.setdefault(i, []).append(f"{prefix}{lab}{'B' if first else 'I'}")
            first, i = False, i + 1


def sentences(d: dict, rules, stack: bool = False) -> list[Sent]:
    """The article's sentences with the features of their syllables."""
    from nqextract.extract.tasks import lower_text
    from nqextract.extract.view import SYLLABLES

    text = d["text"]
    low = lower_text(text)
    spans = [m.span() for m in SYLLABLES.finditer(text)]
    starts = [s for s, _ in spans]
    word: dict[int, tuple[str, str]] = {}  # syllable -> (POS, opens its tagged word)
    for idx, ttext, tag in d["tokens"]:
        i, first = bisect_right(starts, idx - 1), True
        while i < len(starts) and starts[i] < idx + len(ttext):
            word[i] = (tag or "_", "B" if first else "I")
            first, i = False, i + 1
    marks: dict[int, list[str]] = {}
    for key in FACT_KEYS:
        _mark([(s, e, key[:3]) for s, e, _l in d["spans"].get(key, ())], "F", starts, marks)
    _mark(d["spans"].get("ner", ()), "N", starts, marks)
    if stack:
        _mark(rule_spans(d), "R", starts, marks)
    line_starts = [s for s, _ in d["lines"]]
    out: list[Sent] = []
    prev_last, prev_cue, prev_para = "BOD", False, -1
    for s, e in d["sentences"]:
        idx = list(range(bisect_right(starts, s - 1), bisect_right(starts, e - 1)))
        if not idx:
            continue
        lows = [low[spans[i][0]:spans[i][1]] for i in idx]
        hits: dict[int, list[str]] = {}
        cues = []
        for kind, a, b in rules.matcher.find(lows):
            for k in range(a, b):
                hits.setdefault(k, []).append(f"K{kind}{'B' if k == a else 'I'}")
            if kind in CUE_KINDS:
                cues.append(a)
        para = bisect_right(line_starts, s) - 1
        opens_line = para >= 0 and line_starts[para] == s
        whole = ["ls" if opens_line else "ns", "pl=" + (prev_last if para == prev_para or opens_line else "BOD")]
        whole += ["listmark"] if opens_line and LIST_MARK.match(text[s:s + 4]) else []
        whole += ["prevcue"] if prev_cue else []
        first_cue = min(cues) if cues else None
        n = len(idx)
        feats = []
        for k, i in enumerate(idx):
            w = text[spans[i][0]:spans[i][1]]
            tag, opens = word.get(i, ("_", "B"))
            f = ["b", "w=" + lows[k], "s=" + _shape(w), "t=" + tag, "tb=" + opens + tag,
                 "p=" + (str(k) if k < 4 else "m" if k < 12 else "f"), "e=" + (str(n - k) if n - k < 3 else "x")]
            f += whole
            for dk in (-2, -1, 1, 2):
                j = k + dk
                if 0 <= j < n:
                    f += [f"w{dk}=" + lows[j], f"t{dk}=" + word.get(idx[j], ("_", "B"))[0]]
                else:
                    f.append(f"w{dk}=" + ("BOS" if j < 0 else "EOS"))
            if k > 0:
                f.append("w-1|w=" + lows[k - 1] + "|" + lows[k])
            if k + 1 < n:
                f.append("w|w+1=" + lows[k] + "|" + lows[k + 1])
            f += marks.get(i, ())
            f += hits.get(k, ())
            f += [f"{dk}{m}" for dk in (-1, 1) for m in hits.get(k + dk, ())]
            if first_cue is not None:
                f.append("cue<" if first_cue < k else "cue=" if first_cue == k else "cue>")
            feats.append(f)
        out.append(Sent(s, e, [spans[i] for i in idx], feats))
        prev_last = lows[-1] if not lows[-1][0].isalnum() else "W"
        prev_cue, prev_para = bool(cues), para
    return out


# --------------------------------------------------------------------------- 2. alignment


def syllables(s: str) -> list[str]:
    from nqextract.extract.tasks import lower_text
    from nqextract.extract.view import SYLLABLES

    return [m.group(0) for m in SYLLABLES.finditer(lower_text(s))]


def _find(seq: list[str], sub: list[str]) -> list[int]:
    m = len(sub)
    return [i for i in range(len(seq) - m + 1) if seq[i] == sub[0] and seq[i:i + m] == sub] if m else []


def _fuzzy(seq: list[str], sub: list[str]) -> tuple[int, int, float] | None:
    """The best window starting at one of ``sub``'s first two words, of about its length (Jaccard >= 0.6)."""
    target = {w for w in sub if w[0].isalnum()}
    best = None
    for i, w in enumerate(seq):
        if w not in sub[:2]:
            continue
        for n in range(max(1, int(len(sub) * 0.75)), int(len(sub) * 1.25) + 2):
            if i + n > len(seq):
                break
            win = {x for x in seq[i:i + n] if x[0].isalnum()}
            j = len(win & target) / len(win | target) if win | target else 0.0
            if j >= FUZZY_JACCARD and (best is None or j > best[2]):
                best = (i, i + n, j)
    return best


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[tuple[str, str], ...]:
    from nqextract import resources

    return tuple((r["abbr"].lower(), " ".join(syllables(r["expansion"]))) for r in resources.load_tsv("abbreviations.tsv")
                 if r.get("kind") in ("head", "word"))


def assignee_forms(assignee: str) -> list[list[str]]:
    """The ways an assignee may be printed: whole, a head abbreviated, a long enough prefix."""
    from nqextract.evaluate import expand_abbreviations

    full = syllables(assignee)
    out = [full, syllables(expand_abbreviations(assignee))]
    joined = " ".join(full)
    out += [joined.replace(exp, abbr).split() for abbr, exp in _abbreviations() if exp and exp in joined]
    out += [full[:k] for k in range(len(full) - 1, max(2, math.ceil(ASSIGNEE_PREFIX_SHARE * len(full))) - 1, -1)]
    return [f for f in out if f]


def labels(sents: list[Sent], text: str, gold_tasks: list[dict], stats: dict) -> list[list[str]]:
    """BIO tags (A, T) of each sentence's syllables for the gold tasks."""
    from nqextract.extract.tasks import lower_text

    low = lower_text(text)
    lows = [[low[a:b] for a, b in s.spans] for s in sents]
    tags = [["O"] * len(s.spans) for s in sents]
    placed = []
    for g in gold_tasks:
        act = syllables(g["action"])
        hits = [(k, i, i + len(act)) for k, seq in enumerate(lows) for i in _find(seq, act)]
        if not hits:
            near = [(k, *f) for k, seq in enumerate(lows) if (f := _fuzzy(seq, act))]
            hits = [max(near, key=lambda x: x[3])[:3]] if near else []
        stats["action placed" if hits else "action not found"] += 1
        placed += [(k, a, b, g) for k, a, b in hits]
    for k, a, b, _g in placed:
        if all(x == "O" for x in tags[k][a:b]):
            tags[k][a:b] = ["B-T"] + ["I-T"] * (b - a - 1)
    for k, a, b, g in placed:
        found = None
        for form in assignee_forms(g.get("assignee") or ""):
            before = _find(lows[k][:a], form)
            after = [i for i in _find(lows[k], form) if i >= b]
            if before or after:
                i = before[-1] if before else after[0]
                found = (i, i + len(form))
                break
        stats["assignee placed" if found else "assignee not in the sentence"] += 1
        if found and all(x == "O" for x in tags[k][found[0]:found[1]]):
            tags[k][found[0]:found[1]] = ["B-A"] + ["I-A"] * (found[1] - found[0] - 1)
    return tags


# --------------------------------------------------------------------------- 4. tags -> tasks


def spans_of(tags: list[str]) -> list[tuple[str, int, int]]:
    out: list[list] = []
    for i, t in enumerate(tags):
        if t == "O":
            continue
        bi, kind = t.split("-")
        if bi == "B" or not out or out[-1][0] != kind or out[-1][2] != i:
            out.append([kind, i, i + 1])
        else:
            out[-1][2] = i + 1
    return [tuple(x) for x in out]


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a] in EDGE or text[a].isspace()):
        a += 1
    while b > a and (text[b - 1] in EDGE or text[b - 1].isspace()):
        b -= 1
    return a, b


def tasks_of(sents: list[Sent], tags: list[list[str]], text: str, carry: int) -> list[tuple[str, str, int, int]]:
    """(assignee, action, action start, action end) of each action span."""
    out = []
    last = None  # (assignee, sentence)

    def printed(s: Sent, x: tuple[int, int]) -> str:
        a, b = _trim(text, s.spans[x[0]][0], s.spans[x[1] - 1][1])
        return text[a:b]

    for k, (s, tg) in enumerate(zip(sents, tags, strict=True)):
        found = spans_of(tg)
        assignees = [(a, b) for t, a, b in found if t == "A"]
        for t, a, b in found:
            if t != "T" or b - a < MIN_ACTION_SYLLABLES:
                continue
            before = [x for x in assignees if x[1] <= a]
            after = [x for x in assignees if x[0] >= b]
            x = before[-1] if before else after[0] if after else None
            if x is not None:
                who = printed(s, x)
            elif last and k - last[1] <= carry:
                who = last[0]
            else:
                continue
            ca, cb = _trim(text, s.spans[a][0], s.spans[b - 1][1])
            out.append((who, text[ca:cb], ca, cb))
            last = (who, k)
        if assignees:
            last = (printed(s, assignees[-1]), k)
    return out


def posterior_tags(tagger, sent: Sent, threshold: float) -> list[str]:
    """Each syllable's most likely span tag where P(not O) >= threshold, else O."""
    names = tagger.labels()
    o = names.index("O")
    out = []
    for m in tagger.marginals(sent.feats):
        best = max((x for x in range(len(names)) if x != o), key=lambda x: m[x])
        out.append(names[best] if 1 - m[o] >= threshold else "O")
    return out


# --------------------------------------------------------------------------- 5. scores


def score(d: dict, tasks: list[tuple[str, str]]) -> tuple[int, int, int]:
    """(tp, predicted, gold) of the tasks by the project's own scorer."""
    from nqextract.evaluate import score_article
    from nqextract.models import Article, Task

    article = Article(id=d["file"], text="", tasks=[Task(assignee=a, action=b, start=0, end=0) for a, b in tasks])
    s = score_article(article, {"tasks": d["gold_tasks"]}).fields["tasks"]
    return s.tp, s.predicted, s.gold


def prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def missed(d: dict) -> list[dict]:
    """The gold tasks no rule task matches."""
    rule = [(t["assignee"], t["action"]) for t in d["rule_tasks"]]
    return [g for g in d["gold_tasks"] if not score({**d, "gold_tasks": [g]}, rule)[0]]


def run(docs: list[dict], folds: int, thresholds: list[float], carry: int, stack: bool, residual: bool) -> dict:
    import underthesea_core as uc

    from nqextract.extract.tasks import load_rules

    rules = load_rules()
    stats: dict[str, int] = defaultdict(int)
    data = []
    for d in docs:
        sents = sentences(d, rules, stack)
        data.append((sents, labels(sents, d["text"], missed(d) if residual else d["gold_tasks"], stats)))
    print("alignment:", dict(stats), file=sys.stderr)
    batches = sorted({d["batch"] for d in docs})
    fold_of = {b: i % folds for i, b in enumerate(batches)}
    res: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    for f in range(folds):
        xs, ys = [], []
        for d, (sents, tags) in zip(docs, data, strict=True):
            if fold_of[d["batch"]] != f:
                xs += [s.feats for s in sents]
                ys += tags
        t0 = time.perf_counter()
        model = uc.CRFTrainer(loss_function="lbfgs", l2_penalty=0.01, max_iterations=100, verbose=0).train(xs, ys)
        tagger = uc.CRFTagger.from_model(model)
        print(f"fold {f}: trained on {len(xs)} sentences in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        for d, (sents, _tags) in zip(docs, data, strict=True):
            if fold_of[d["batch"]] != f:
                continue
            rule = [(t["assignee"], t["action"]) for t in d["rule_tasks"]]
            ruled = [(s, e) for s, e, t in rule_spans(d) if t == "T"]
            _add(res["(a) rules"][f], score(d, rule))
            for th in thresholds:
                learned = tasks_of(sents, [posterior_tags(tagger, s, th) for s in sents], d["text"], carry)
                extra = [t for t in learned if not any(t[2] < e and s < t[3] for s, e in ruled)]
                _add(res[f"(b) learned @{th}"][f], score(d, [t[:2] for t in learned]))
                _add(res[f"(c) rules + learned @{th}"][f], score(d, rule + [t[:2] for t in extra]))
    return res


def _add(acc: list[int], counts: tuple[int, int, int]) -> None:
    for i, x in enumerate(counts):
        acc[i] += x


def table(res: dict, folds: int) -> str:
    rows = ["| | pooled F1 (P / R) | tp / predicted / gold | " + " | ".join(f"fold {f}" for f in range(folds)) + " |",
            "|---|---|---|" + "---|" * folds]
    for name, per in res.items():
        tot = [sum(per[f][i] for f in per) for i in range(3)]
        f1, p, r = prf(*tot)
        cells = [f"{prf(*per[f])[0]:.3f} ({prf(*per[f])[1]:.3f} / {prf(*per[f])[2]:.3f})" for f in range(folds)]
        rows.append(f"| {name} | **{f1:.3f}** ({p:.3f} / {r:.3f}) | {tot[0]} / {tot[1]} / {tot[2]} | "
                    + " | ".join(cells) + " |")
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--threshold", type=float, nargs="+", default=[0.5])
    ap.add_argument("--carry", type=int, default=3, help="sentences an assignee carries over to a task naming none")
    ap.add_argument("--stack", action="store_true", help="the rule tasks' spans as features too")
    ap.add_argument("--residual", action="store_true", help="learn only the gold tasks the rules miss")
    ap.add_argument("--cache", type=Path, help="pickle of the extracted articles (publisher text: keep it outside the repo)")
    a = ap.parse_args()
    shared = Path(os.environ.get("NQEXTRACT_SHARED") or ROOT / ".." / "shared")
    os.environ.setdefault("NQEXTRACT_CORPUS", str(shared / "corpus"))
    if a.cache and a.cache.exists():
        docs = pickle.loads(a.cache.read_bytes())
    else:
        docs = ledger_articles()
        if a.cache:
            a.cache.write_bytes(pickle.dumps(docs))
    print(table(run(docs, a.folds, a.threshold, a.carry, a.stack, a.residual), a.folds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
