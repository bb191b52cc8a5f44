"""nqextract's benchmark (`make bench`): throughput, scaling, memory, linearity, pathological inputs.

One run on this machine measures, on real articles (the five dev articles + articles of
../shared/corpus/*.jsonl, read from there, never copied into the repository):

  baseline     underthesea ``ner()`` called on each sentence (what a new user would do)
  one_process  nqextract's full pipeline (clean + nlp + extract + DuckDB store), ``--workers 1``
  n_processes  the same with N worker processes (default: every core)
  linearity    the N-process pipeline on a 10x smaller and on the full corpus
  pathological 200 KB of text, a 5,000-word sentence, 50,000 short lines: seconds each
  dask         (when the dask extra is installed) a LocalCluster of N workers, and whether its
               DuckDB content equals the local engine's
  accuracy     ``nqextract eval`` on ../shared/eval/dev (no stage is skipped to get the speed)
  prepare      (first of all) the state of an installed nqextract, what its install step prepares:
               the package's bytecode compiled, as pip does at install (a source checkout run with
               PYTHONDONTWRITEBYTECODE set would compile every module again in every process), and
               the opcodes of the rules' regexes recorded (``python -m nqextract.prepare``)
  mixes        (first) several article mixes, each timed against the peer (``ner()`` per sentence) on
               the same articles in the same run, so that no single mix decides: random corpus sample,
               short news (Tuổi Trẻ "Thời sự", 2-9 k characters), the longest documents; then 2
               processes vs 1 on the 60-article short-news batch, cold (each run loads the models) and
               with a warm pool (a `nqextract serve --workers 2` the bench starts, its start-up timed on
               its own; 3 runs of each, every one a new process), `nqextract extract` of one short text
               (wall, a new process each time) and the peak memory of each worker

Each measurement runs in a fresh subprocess, so model loading and peak memory are its own. Peak
memory per process is the high-water mark (VmHWM) of the main process and of each worker.
Writes bench/results.json (and prints a summary); bench/work/ holds the corpus and DuckDB files.

    python bench/bench.py [--articles 500] [--baseline-articles 100] [--workers N] [--quick] [--mixes-only]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import subprocess
import sys
import threading
import time
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
WORK = ROOT / "bench" / "work"
RESULTS = ROOT / "bench" / "results.json"
TARGETS = {"one_process_vs_baseline": 3.0, "n_vs_one_process": 1.7, "peak_mb_per_process": 1024,
           "linearity_time_ratio_for_10x": 11.0,
           # the mixes section: every mix, the peer measured in the same run on the same articles
           "mix_vs_baseline": 4.0, "two_vs_one_process_small_batch": 1.8, "extract_short_wall_seconds": 0.6,
           "peak_mb_per_worker": 400}
MIX_SIZES = {"random": 150, "short_news": 60, "long": 20}  # --quick: a quarter (short_news keeps 60)
SHORT_TEXT = "Chiều 4/3, Tổng Bí thư Tô Lâm chủ trì cuộc họp của Bộ Chính trị về công tác cán bộ.\n"


# --------------------------------------------------------------------------- corpus


def build_corpus(n_articles: int | None, path: Path) -> dict:
    """The dev articles, then corpus articles taken in turn from each JSONL file (variety of outlets)."""
    dev = sorted((SHARED / "eval" / "dev").glob("*.txt"))
    files = sorted((SHARED / "corpus").glob("*.jsonl"))
    if not dev or not files:
        sys.exit(f"bench: {SHARED}/eval/dev and {SHARED}/corpus are needed (the shared material is absent)")
    records = []
    for txt in dev:
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        records.append({"url": f"dev:{txt.name}", "published": gold.get("published"),
                        "text": txt.read_text(encoding="utf-8")})
    streams = [f.open(encoding="utf-8") for f in files]
    while streams and (n_articles is None or len(records) < n_articles + len(dev)):
        for fh in list(streams):
            line = fh.readline()
            if not line:
                streams.remove(fh)
                continue
            rec = json.loads(line)
            if (rec.get("text") or "").strip():
                records.append({k: rec.get(k) for k in ("url", "title", "published", "sapo", "text", "source")})
            if n_articles is not None and len(records) >= n_articles + len(dev):
                break
    for fh in streams:
        fh.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    chars = sum(len(r["text"]) + len(r.get("sapo") or "") for r in records)
    return {"path": str(path.relative_to(ROOT)), "articles": len(records), "chars": chars}


def _corpus_records() -> list[tuple[str, dict]]:
    out = []
    for f in sorted((SHARED / "corpus").glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if (rec.get("text") or "").strip():
                    out.append((f.name, {k: rec.get(k) for k in ("url", "title", "published", "sapo", "text",
                                                                 "source", "category")}))
    return out


def _chars(rec: dict) -> int:
    return len(rec.get("text") or "") + len(rec.get("sapo") or "")


def build_mix(kind: str, n: int, path: Path, seed: int = 11) -> dict:
    """One article mix of ../shared/corpus, written as JSONL for the child processes.

    random      n articles drawn at random (fixed seed) from every corpus file
    short_news  the first n Tuổi Trẻ "Thời sự" articles of 2-9 k characters
    long        the n longest articles of the corpus
    """
    records = _corpus_records()
    if kind == "random":
        chosen = [r for _, r in random.Random(seed).sample(records, min(n, len(records)))]
    elif kind == "short_news":
        chosen = [r for f, r in records if f.startswith("tuoitre") and r.get("category") == "Thời sự"
                  and 2000 <= _chars(r) <= 9000][:n]
    elif kind == "long":
        chosen = sorted((r for _, r in records), key=_chars, reverse=True)[:n]
    else:
        raise ValueError(kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for rec in chosen:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return {"mix": kind, "path": str(path.relative_to(ROOT)), "articles": len(chosen),
            "chars": sum(_chars(r) for r in chosen)}


def measure_extract_short(runs: int = 5) -> dict:
    """Wall time of `nqextract extract FILE` on a one-sentence text, as a user runs it (a new process
    each time): cold (the process loads everything itself) and warm (a `nqextract serve` of the same
    code is running, started before the runs and stopped after them)."""
    import tempfile

    path = WORK / "short.txt"
    path.write_text(SHORT_TEXT, encoding="utf-8")
    cmd = [sys.executable, "-m", "nqextract", "extract", str(path)]

    def timed(env: dict) -> dict:
        walls = []
        for _ in range(runs):
            t0 = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=120, env=env)
            walls.append(time.perf_counter() - t0)
            if proc.returncode != 0:
                return {"error": proc.stderr.strip().splitlines()[-1:]}
        walls.sort()
        return {"runs": runs, "min_seconds": round(walls[0], 3), "median_seconds": round(walls[len(walls) // 2], 3)}

    out = {"chars": len(SHORT_TEXT), "cold": timed({**os.environ, "NQEXTRACT_NO_WARM": "1"})}
    with tempfile.TemporaryDirectory(prefix="nqw") as folder:
        env = {**os.environ, "NQEXTRACT_WARM_DIR": folder}
        env.pop("NQEXTRACT_NO_WARM", None)
        server = subprocess.Popen([sys.executable, "-m", "nqextract", "serve", "--idle", "120"], cwd=ROOT, env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            server.stderr.readline()  # printed once the server accepts requests
            subprocess.run(cmd, capture_output=True, cwd=ROOT, timeout=120, env=env)  # warm-up
            out["warm"] = timed(env)
        finally:
            server.terminate()
            server.wait(30)
    out["median_seconds"] = out["warm"].get("median_seconds")
    return out


def measure_warm_pool(path: str, kind: str, runs: int = 3) -> dict:
    """2 vs 1 processes with a warm pool: a `nqextract serve --workers 2` started here (its start-up,
    loading the models and forking the workers, timed on its own), then ``runs`` ingests of the mix
    with ``--workers 1`` and ``--workers 2`` each, alternated, every one a new process as a user runs
    it; the ratio of the medians. The server is stopped after the runs."""
    import tempfile

    out: dict = {"runs": runs}
    with tempfile.TemporaryDirectory(prefix="nqp") as folder:
        env = {**os.environ, "NQEXTRACT_WARM_DIR": folder}
        env.pop("NQEXTRACT_NO_WARM", None)
        t0 = time.perf_counter()
        server = subprocess.Popen([sys.executable, "-m", "nqextract", "serve", "--workers", "2", "--idle", "600"],
                                  cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            line = server.stderr.readline()  # printed once the server accepts requests
            out["server_start_seconds"] = round(time.perf_counter() - t0, 3)
            if "warm workers" not in line:
                return {**out, "error": f"the server did not start: {line.strip()}"}
            # the rest of the server's stderr is read as it comes, so a talkative server never blocks on a full pipe
            threading.Thread(target=lambda: deque(server.stderr, maxlen=0), daemon=True).start()
            walls: dict[int, list[float]] = {1: [], 2: []}
            process_walls: dict[int, list[float]] = {1: [], 2: []}
            for _ in range(runs):
                for workers in (1, 2):
                    r = run_child("pipeline", 3600, env=env, corpus=path, workers=workers, warm=True,
                                  db=str(WORK / f"mix_{kind}_warm_{workers}.duckdb"))
                    if "error" in r or not r.get("served"):
                        return {**out, "error": r.get("error") or "the pool did not answer (cold run)"}
                    walls[workers].append(r["seconds"])
                    process_walls[workers].append(r["process_wall_seconds"])
        finally:
            server.terminate()
            server.wait(60)
    for workers in (1, 2):
        out[f"workers_{workers}_seconds"] = walls[workers]
        out[f"workers_{workers}_process_wall_seconds"] = process_walls[workers]
        out[f"workers_{workers}_median_seconds"] = sorted(walls[workers])[runs // 2]
    out["two_vs_one_process"] = _ratio(out["workers_1_median_seconds"], out["workers_2_median_seconds"])
    out["same_content_as_cold"] = same_content(str(WORK / f"mix_{kind}_1.duckdb"),
                                               str(WORK / f"mix_{kind}_warm_2.duckdb"))["equal"]
    return out


# --------------------------------------------------------------------------- memory


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(d))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        for c in children.get(p, []):
            out.append(c)
            todo.append(c)
    return out


def _hwm_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


class MemoryWatch:
    """Samples the peak RSS of this process and of every descendant (worker) while a run goes on."""

    def __init__(self, interval: float = 0.25) -> None:
        self.interval = interval
        self.peaks: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        me = os.getpid()
        for pid in [me, *_descendants(me)]:
            mb = _hwm_mb(pid)
            if mb is not None:
                self.peaks[pid] = max(self.peaks.get(pid, 0.0), mb)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def __enter__(self) -> MemoryWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._sample()
        self._stop.set()
        self._thread.join()

    def report(self) -> dict:
        me = os.getpid()
        others = [v for p, v in self.peaks.items() if p != me]
        return {"main_mb": round(self.peaks.get(me, 0.0), 1),
                "max_worker_mb": round(max(others), 1) if others else None,
                "processes": len(self.peaks)}


# --------------------------------------------------------------------------- measurements (child side)


def _read_corpus(path: str, limit: int | None = None) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh]
    return recs[:limit] if limit else recs


def measure_baseline(corpus: str, limit: int) -> dict:
    """underthesea's ner() per sentence, sentences from sent_tokenize per line, as a new user would."""
    from underthesea import ner, sent_tokenize

    ner("Xin chào Việt Nam.")  # load the models before the clock starts
    recs = _read_corpus(corpus, limit)
    texts = [((r.get("sapo") or "") + "\n" + r["text"]).strip() for r in recs]
    with MemoryWatch() as mem:
        t0 = time.perf_counter()
        sentences = 0
        for text in texts:
            for line in text.split("\n"):
                for sent in sent_tokenize(line):
                    if sent.strip():
                        ner(sent)
                        sentences += 1
        seconds = time.perf_counter() - t0
    chars = sum(len(t) for t in texts)
    return {"articles": len(texts), "chars": chars, "sentences": sentences, "seconds": round(seconds, 3),
            "chars_per_s": round(chars / seconds, 1), "articles_per_s": round(len(texts) / seconds, 3),
            "memory": mem.report()}


def measure_pipeline(corpus: str, workers: int, db: str, limit: int | None = None, engine: str = "local",
                     warm: bool = False) -> dict:
    """The whole pipeline as `nqextract ingest` runs it: read, clean, nlp, extract, store in DuckDB.
    ``warm``: as `nqextract ingest` runs it when a `nqextract serve --workers N` of the same code is
    running (the bench starts one: see measure_warm_pool); ``served`` says whether it answered."""
    from nqextract.db import Database
    from nqextract.ingest import ingest, local_extractor
    from nqextract.settings import Settings
    from nqextract.sources import record_to_raw

    Path(db).unlink(missing_ok=True)
    recs = _read_corpus(corpus, limit)
    raws = [record_to_raw(r, f"{corpus}:{i + 1}") for i, r in enumerate(recs)]
    chars = sum(len(r.text or r.html or "") for r in raws)
    settings = Settings(workers=workers)

    class TimedDatabase(Database):
        store_seconds = 0.0

        def write_tables(self, tables):  # every write of a run goes through here
            t = time.perf_counter()
            try:
                return super().write_tables(tables)
            finally:
                TimedDatabase.store_seconds += time.perf_counter() - t

    database = TimedDatabase(db)
    stages: dict[str, float] = {}
    with MemoryWatch() as mem:
        t0 = time.perf_counter()
        if engine == "dask":
            from distributed import LocalCluster

            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                              dashboard_address=None, silence_logs=40) as cluster:
                started = time.perf_counter()  # as for the local engine: loading the models is on the clock
                report = ingest(raws, settings, db=database, engine="dask", scheduler=cluster.scheduler_address)
                seconds = time.perf_counter() - started
            startup = started - t0
        else:  # the clock includes loading the models, in this process or in each worker
            started = time.perf_counter()
            report = ingest(raws, settings, db=database, freeze_loaded=True, warm=warm)  # as the command line runs it
            seconds = time.perf_counter() - started
            startup = 0.0
            if workers == 1 and not warm:
                extractor = local_extractor(settings)
                stages = {k: round(v, 3) for k, v in sorted(extractor.timings.items(), key=lambda kv: -kv[1])}
    stages["store"] = round(TimedDatabase.store_seconds, 3)
    return {"engine": engine, "workers": workers, "articles": len(raws), "ingested": report.ingested,
            "failed": report.failed, "chars": chars, "seconds": round(seconds, 3),
            "cluster_start_seconds": round(startup, 3), "chars_per_s": round(chars / seconds, 1),
            "articles_per_s": round(len(raws) / seconds, 3), "stage_seconds": stages, "memory": mem.report(),
            "db": db, "served": "nqextract.pipeline" not in sys.modules}  # no model loaded in this process


def pathological_inputs() -> dict[str, str]:
    parts, size = [], 0  # distinct real paragraphs (the cleaner drops repeated lines as chrome)
    with open(sorted((SHARED / "corpus").glob("*.jsonl"))[0], encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("text") or ""
            parts.append(text)
            size += len(text) + 1
            if size > 200_000:
                break
    big = "\n".join(parts)
    words = "Thủ tướng yêu cầu các bộ ngành địa phương khẩn trương hoàn thành nhiệm vụ được giao".split()
    long_sentence = " ".join(words[i % len(words)] for i in range(5000)) + "."
    short_lines = "\n".join(f"Dòng {i}." for i in range(50_000))
    return {"200KB_text": big[:200_000], "5000_word_sentence": long_sentence, "50000_short_lines": short_lines}


def measure_pathological() -> dict:
    from nqextract.models import RawArticle
    from nqextract.pipeline import Extractor

    extractor = Extractor()
    extractor.process(RawArticle(source="warm", text="Chiều 4/3, Tổng Bí thư Tô Lâm chủ trì cuộc họp."))
    out = {}
    for name, text in pathological_inputs().items():
        t0 = time.perf_counter()
        try:
            art = extractor.process(RawArticle(source=name, text=text, published=dt.date(2025, 3, 4)))
            status = f"ok: {len(art.sentences)} sentences, {len(art.persons)} persons, {len(art.tasks)} tasks"
        except Exception as exc:  # recorded: a clear error is an acceptable outcome, a hang is not
            status = f"{type(exc).__name__}: {str(exc)[:200]}"
        seconds = time.perf_counter() - t0
        out[name] = {"chars": len(text), "lines": text.count("\n") + 1, "seconds": round(seconds, 3),
                     "chars_per_s": round(len(text) / seconds, 1), "result": status}
    return out


def measure_accuracy() -> dict:
    from nqextract.evaluate import score_dir

    total, _ = score_dir(SHARED / "eval" / "dev")
    return {f: round(s.f1, 3) for f, s in total.fields.items()} | {"deadline_acc": round(total.deadline.value, 3)}


def same_content(db_a: str, db_b: str) -> dict:
    import duckdb

    from nqextract.db import SCHEMAS

    volatile = {"run_id", "ingested_at", "source"}
    a, b = duckdb.connect(db_a, read_only=True), duckdb.connect(db_b, read_only=True)
    diff = []
    rows = 0
    for table, schema in SCHEMAS.items():
        cols = ", ".join(f'"{c}"' for c in schema.names if c not in volatile)
        ra = sorted(a.execute(f"SELECT {cols} FROM {table}").fetchall(), key=repr)
        rb = sorted(b.execute(f"SELECT {cols} FROM {table}").fetchall(), key=repr)
        rows += len(ra)
        if ra != rb:
            diff.append(table)
    return {"equal": not diff, "tables_differing": diff, "rows_compared": rows}


def prepare() -> dict:
    """What an installed nqextract has, so that every run measures that state and not whichever run
    came first: what the install step prepares (``python -m nqextract.prepare``): the package's bytecode
    (pip compiles it at install; a source checkout run with PYTHONDONTWRITEBYTECODE set would compile
    every module in every process) and the opcodes of the rules' regexes."""
    from nqextract.prepare import prepare as install_step

    return install_step()


CHILD = {"baseline": measure_baseline, "pipeline": measure_pipeline, "pathological": measure_pathological,
         "accuracy": measure_accuracy, "same_content": same_content, "prepare": prepare}


# --------------------------------------------------------------------------- orchestration (parent side)


def run_child(kind: str, timeout: float, env: dict | None = None, **kwargs) -> dict:
    """One measurement in a fresh interpreter; its JSON result, or the error it ended with."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--kwargs", json.dumps(kwargs)]
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env)
    except subprocess.TimeoutExpired:
        return {"error": f"did not finish within {timeout:g}s"}
    wall = round(time.perf_counter() - t0, 3)
    if proc.returncode != 0:
        return {"error": f"exit {proc.returncode}: {proc.stderr.strip().splitlines()[-1:] or ''}", "wall": wall}
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["process_wall_seconds"] = wall
    return result


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a and b else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=500, help="corpus articles besides the 5 dev articles")
    ap.add_argument("--baseline-articles", type=int, default=100, help="articles the (slow) baseline runs on")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="N for the N-process runs")
    ap.add_argument("--quick", action="store_true", help="small sizes, no linearity or dask: a smoke run")
    ap.add_argument("--no-linearity", action="store_true")
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--mixes-only", action="store_true",
                    help="only the mixes section (each mix vs the peer, 2 vs 1 processes, extract, memory)")
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--kwargs", default="{}", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(CHILD[args.child](**json.loads(args.kwargs)), ensure_ascii=False))
        return 0
    if args.quick:
        args.articles, args.baseline_articles, args.no_linearity, args.no_dask = 40, 10, True, True

    def say(msg: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)

    WORK.mkdir(parents=True, exist_ok=True)
    res: dict = {"date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "machine": {
        "cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()]}, "targets": TARGETS}
    res["prepared"] = run_child("prepare", 600)
    say(f"prepared: {res['prepared']}")
    res["mixes"] = run_mixes(args, say)
    if args.mixes_only:
        return finish(args, res, say)
    corpus = build_corpus(args.articles, WORK / "corpus.jsonl")
    say(f"corpus: {corpus['articles']} articles, {corpus['chars']:,} characters")
    res["corpus"] = corpus
    cpath = str(WORK / "corpus.jsonl")

    say(f"baseline: underthesea ner() per sentence on {args.baseline_articles} articles")
    res["baseline"] = run_child("baseline", 3600, corpus=cpath, limit=args.baseline_articles)
    say(f"  {res['baseline']}")
    say("one process: full pipeline, --workers 1")
    res["one_process"] = run_child("pipeline", 3600, corpus=cpath, workers=1, db=str(WORK / "one.duckdb"))
    say(f"  {res['one_process']}")
    say(f"{args.workers} processes: full pipeline, --workers {args.workers}")
    res["n_processes"] = run_child("pipeline", 3600, corpus=cpath, workers=args.workers,
                                   db=str(WORK / "n.duckdb"))
    say(f"  {res['n_processes']}")
    res["local_engines_same_content"] = same_content(str(WORK / "one.duckdb"), str(WORK / "n.duckdb")) \
        if "error" not in res["one_process"] and "error" not in res["n_processes"] else None

    if not args.no_linearity:
        full = build_corpus(None, WORK / "corpus_full.jsonl")
        small_n = max(1, full["articles"] // 10)
        say(f"linearity: {small_n} vs {full['articles']} articles, --workers {args.workers}")
        small = run_child("pipeline", 3600, corpus=str(WORK / "corpus_full.jsonl"), workers=args.workers,
                          db=str(WORK / "lin_small.duckdb"), limit=small_n)
        large = run_child("pipeline", 7200, corpus=str(WORK / "corpus_full.jsonl"), workers=args.workers,
                          db=str(WORK / "lin_large.duckdb"))
        res["linearity"] = {
            "small": {k: small.get(k) for k in ("articles", "chars", "seconds", "chars_per_s")},
            "large": {k: large.get(k) for k in ("articles", "chars", "seconds", "chars_per_s")},
            "size_ratio_articles": _ratio(large.get("articles"), small.get("articles")),
            "size_ratio_chars": _ratio(large.get("chars"), small.get("chars")),
            "time_ratio": _ratio(large.get("seconds"), small.get("seconds")),
            "seconds_per_char_ratio": _ratio(small.get("chars_per_s"), large.get("chars_per_s")),
        }
        say(f"  {res['linearity']}")

    say("pathological inputs")
    res["pathological"] = run_child("pathological", 1800)
    say(f"  {res['pathological']}")

    if not args.no_dask:
        try:
            import distributed  # noqa: F401

            say(f"dask: LocalCluster of {args.workers} workers on 127.0.0.1")
            res["dask"] = run_child("pipeline", 3600, corpus=cpath, workers=args.workers,
                                    db=str(WORK / "dask.duckdb"), engine="dask")
            if "error" not in res["dask"] and "error" not in res["n_processes"]:
                res["dask"]["same_content_as_local"] = same_content(str(WORK / "n.duckdb"), str(WORK / "dask.duckdb"))
            say(f"  {res['dask']}")
        except ImportError:
            res["dask"] = {"skipped": "the dask extra is not installed"}

    say("accuracy: nqextract eval ../shared/eval/dev")
    res["accuracy_dev_f1"] = run_child("accuracy", 600)
    say(f"  {res['accuracy_dev_f1']}")

    base, one, many = (res[k].get("chars_per_s") for k in ("baseline", "one_process", "n_processes"))
    peaks = [m for k in ("one_process", "n_processes") for m in
             (res[k].get("memory", {}).get("main_mb"), res[k].get("memory", {}).get("max_worker_mb")) if m]
    res["summary"] = {
        "baseline_chars_per_s": base, "one_process_chars_per_s": one, "n_processes_chars_per_s": many,
        "one_process_vs_baseline": _ratio(one, base), "n_vs_one_process": _ratio(many, one),
        "peak_mb_per_process": max(peaks) if peaks else None,
        "linearity_time_ratio_for_10x": res.get("linearity", {}).get("time_ratio"),
        "pathological_max_seconds": max((v["seconds"] for v in res["pathological"].values()
                                         if isinstance(v, dict) and "seconds" in v), default=None),
        "dask_same_content": res.get("dask", {}).get("same_content_as_local", {}).get("equal"),
    }
    s = res["summary"]
    checks = {
        "one_process_vs_baseline": (s["one_process_vs_baseline"] or 0) >= TARGETS["one_process_vs_baseline"],
        "n_vs_one_process": (s["n_vs_one_process"] or 0) >= TARGETS["n_vs_one_process"],
        "peak_mb_per_process": (s["peak_mb_per_process"] or 1e9) <= TARGETS["peak_mb_per_process"],
    }
    if s["linearity_time_ratio_for_10x"] is not None:
        checks["linearity_time_ratio_for_10x"] = s["linearity_time_ratio_for_10x"] <= \
            TARGETS["linearity_time_ratio_for_10x"]
    res["targets_met"] = checks
    say(f"summary: {json.dumps(s, ensure_ascii=False)}")
    return finish(args, res, say)


def run_mixes(args: argparse.Namespace, say) -> dict:
    """Each mix: the peer (ner() per sentence) and the pipeline in one process, on the same articles;
    then 2 processes vs 1 on the 60-article short-news batch, `nqextract extract` of one short text,
    and the peak memory of each worker."""
    out: dict = {}
    for kind, n in MIX_SIZES.items():
        if args.quick and kind != "short_news":
            n = max(5, n // 4)
        mix = build_mix(kind, n, WORK / f"mix_{kind}.jsonl")
        path = str(ROOT / mix["path"])
        say(f"mix {kind}: {mix['articles']} articles, {mix['chars']:,} characters: peer, then 1 process")
        base = run_child("baseline", 3600, corpus=path, limit=0)
        one = run_child("pipeline", 3600, corpus=path, workers=1, db=str(WORK / f"mix_{kind}_1.duckdb"))
        mix.update(baseline_chars_per_s=base.get("chars_per_s"), one_process_chars_per_s=one.get("chars_per_s"),
                   baseline_seconds=base.get("seconds"), one_process_seconds=one.get("seconds"),
                   ratio=_ratio(base.get("seconds"), one.get("seconds")),  # same articles: time ratio
                   one_process_stage_seconds=one.get("stage_seconds"),
                   one_process_peak_mb=one.get("memory", {}).get("main_mb"))
        for name, r in (("baseline", base), ("one_process", one)):
            if "error" in r:
                mix[f"{name}_error"] = r["error"]
        if kind == "short_news":
            say(f"mix {kind}: 2 processes")
            two = run_child("pipeline", 3600, corpus=path, workers=2, db=str(WORK / f"mix_{kind}_2.duckdb"))
            mix.update(two_process_chars_per_s=two.get("chars_per_s"), two_process_seconds=two.get("seconds"),
                       two_vs_one_process=_ratio(two.get("chars_per_s"), one.get("chars_per_s")),
                       two_process_memory=two.get("memory"))
            if "error" not in one and "error" not in two:
                mix["two_vs_one_same_content"] = same_content(str(WORK / f"mix_{kind}_1.duckdb"),
                                                              str(WORK / f"mix_{kind}_2.duckdb"))["equal"]
            say(f"mix {kind}: 2 processes vs 1 with a warm pool (`nqextract serve --workers 2`), 3 runs each")
            mix["warm_pool"] = measure_warm_pool(path, kind)
            say(f"  warm pool: {mix['warm_pool']}")
        say(f"  {json.dumps({k: v for k, v in mix.items() if not isinstance(v, dict)}, ensure_ascii=False)}")
        out[kind] = mix
    say("nqextract extract of one short text (a new process each time; cold, then with `nqextract serve` running)")
    out["extract_short"] = measure_extract_short()
    say(f"  {out['extract_short']}")
    worker_mb = [m for m in [(out["short_news"].get("two_process_memory") or {}).get("max_worker_mb"),
                             *(out[k].get("one_process_peak_mb") for k in MIX_SIZES)] if m]
    out["summary"] = {
        **{f"{k}_vs_baseline": out[k].get("ratio") for k in MIX_SIZES},
        # cold: each run loads the models itself (before the fork), as without a server; warm: a running
        # `nqextract serve --workers 2` extracts (its start-up, paid once, in warm_pool_server_start_seconds)
        "two_vs_one_process_small_batch_cold": out["short_news"].get("two_vs_one_process"),
        "two_vs_one_process_small_batch": out["short_news"].get("warm_pool", {}).get("two_vs_one_process"),
        "warm_pool_server_start_seconds": out["short_news"].get("warm_pool", {}).get("server_start_seconds"),
        "extract_short_wall_seconds": out["extract_short"].get("median_seconds"),
        "extract_short_cold_wall_seconds": out["extract_short"].get("cold", {}).get("median_seconds"),
        "peak_mb_per_worker": max(worker_mb) if worker_mb else None,
    }
    s = out["summary"]
    out["targets_met"] = {
        **{f"{k}_vs_baseline": (s[f"{k}_vs_baseline"] or 0) >= TARGETS["mix_vs_baseline"] for k in MIX_SIZES},
        "two_vs_one_process_small_batch": (s["two_vs_one_process_small_batch"] or 0)
        >= TARGETS["two_vs_one_process_small_batch"],
        "extract_short_wall_seconds": (s["extract_short_wall_seconds"] or 1e9) <= TARGETS["extract_short_wall_seconds"],
        "peak_mb_per_worker": (s["peak_mb_per_worker"] or 1e9) <= TARGETS["peak_mb_per_worker"],
    }
    say(f"mixes: {json.dumps(s, ensure_ascii=False)}")
    say(f"mixes, targets met: {out['targets_met']}")
    return out


def finish(args: argparse.Namespace, res: dict, say) -> int:
    # other work on the machine slows the peer and the pipeline alike only if it stays the same: say how busy it was
    res["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if "targets_met" in res:
        say(f"targets met: {res['targets_met']}")
    say(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
