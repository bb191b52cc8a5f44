"""The nightly batch against a real HTTP server on 127.0.0.1 serving real feeds and pages from ../shared."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from conftest import SHARED, need_shared
from crawl_server import Site, rewrite_feed
from nqextract.crawl.config import CrawlConfigError, CrawlSettings, FeedSpec, load_feeds
from nqextract.crawl.dedupe import distance, page_text, simhash
from nqextract.crawl.feeds import FeedError, parse_feed
from nqextract.crawl.fetch import Fetcher, FetchFailure, HostGate
from nqextract.crawl.runner import Batch
from nqextract.crawl.urls import canonical_url
from nqextract.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
RSS = SHARED / "rss"
HTML = SHARED / "html"

GOOD = {  # path on the test server -> the real page it serves (an article)
    "/a/baochinhphu_article_meth04": "baochinhphu_article_meth04",
    "/a/dantri_article_meth04": "dantri_article_meth04",
    "/gz/tuoitre_article_meth04": "tuoitre_article_meth04",
    "/flaky/plo_chinh_tri_vpeopleonatank": "plo_chinh_tri_vpeopleonatank",
    "/moved": "vnexpress_thegioi_pm_cop28_NODIACRITICS_rambothanh",
    "/a/vnexpress_suckhoe_2025-10-22_fundus": "vnexpress_suckhoe_2025-10-22_fundus",
}
FETCH_FAILURES = {  # path -> reason recorded
    "/slow": "timeout", "/missing": "http_404", "/loop/a": "redirect_loop", "/bomb": "too_large",
    "/oversized": "too_large", "/endless": "too_large", "/private/page": "robots", "/report.pdf": "not_html",
}
LISTING = ["/list/dantri_list_meth04", "/list/vnexpress_list_meth04"]
MIRROR = "/mirror/dantri_article_meth04"


def crawl_settings(tmp: Path, **over: object) -> dict[str, object]:
    return {
        "archive_dir": str(tmp / "raw"), "log_file": str(tmp / "logs" / "crawl.log"), "workers": 4,
        "per_host_concurrency": 4, "per_host_delay": 0.0, "connect_timeout": 2.0, "read_timeout": 1.0,
        "total_timeout": 5.0, "retries": 1, "backoff": 0.05, "max_bytes": 1_000_000, "max_attempts": 2,
    } | over


def toml_value(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(v)


def serve_feeds(site: Site, tmp: Path, only: tuple[str, ...] = (), **over: object) -> Path:
    """Real feeds with their items pointed at the server's pages; returns the feeds.toml."""
    a = [(site.url(p), f"vne-{i}") for i, p in enumerate(
        ["/a/baochinhphu_article_meth04", "/a/dantri_article_meth04", "/gz/tuoitre_article_meth04",
         "/flaky/plo_chinh_tri_vpeopleonatank", "/moved", *FETCH_FAILURES])]
    a.append((site.url("/a/dantri_article_meth04?view=amp"), "vne-1"))  # same GUID as an earlier item
    a.append(("ftp://127.0.0.1/x.html", "vne-ftp"))  # a scheme the crawler refuses
    site.feeds["vnexpress.xml"] = rewrite_feed(
        (RSS / "vnexpress_tin-moi-nhat_2017-04-19_javascript0704b6.xml").read_bytes(), a)
    site.feeds["baochinhphu.xml"] = rewrite_feed(
        (RSS / "baochinhphu_kinh-te_rss_2026-09-05_first20items_TRANSCRIBED.xml").read_bytes(),
        [(site.url("/a/vnexpress_suckhoe_2025-10-22_fundus"), None), (site.url(MIRROR), None),
         (site.url("/gz/tuoitre_article_meth04?utm_source=rss&utm_medium=feed"), None)])  # same canonical URL
    site.feeds["nhandan.xml"] = rewrite_feed(
        (RSS / "trimmed_ninhphu321" / "nhandan.rss").read_bytes(), [(site.url(p), None) for p in LISTING])
    real = (RSS / "vnexpress_tin-moi-nhat_2017-07-26_string1407.xml").read_bytes()
    site.feeds["broken.xml"] = real[: real.index(b"<item>") + 60]  # cut off mid-item: invalid XML
    feeds = [("vnexpress", "vnexpress.xml", "vnexpress"), ("baochinhphu", "baochinhphu.xml", "baochinhphu"),
             ("nhandan", "nhandan.xml", "nhandan"), ("broken", "broken.xml", "vnexpress"),
             ("gone", "gone.xml", "vov")]
    lines = ["[crawl]"] + [f"{k} = {toml_value(v)}" for k, v in crawl_settings(tmp, **over).items()]
    for name, path, outlet in feeds:
        if only and name not in only:
            continue
        lines += ["", "[[feeds]]", f'name = "{name}"', f'url = "{site.url("/feeds/" + path)}"', f'outlet = "{outlet}"']
    path = tmp / "feeds.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def make_batch(feeds_toml: Path, db: Path, **kw: object) -> tuple[Batch, list[FeedSpec]]:
    fl = load_feeds(feeds_toml)
    return Batch(fl.crawl, Settings(db=db, workers=1), quiet=True, **kw), fl.feeds


def items(db: Path) -> dict[str, dict]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        cur = con.execute("SELECT * FROM crawl_items ORDER BY seq")
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    finally:
        con.close()
    return {_path(r["url"]): r for r in rows}


def _path(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def query(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def outcome(db: Path) -> dict[str, tuple]:
    """What a run leaves, independent of timing: item -> (state, reason, duplicate_of path, archive file)."""
    rows = items(db)
    by_id = {r["item_id"]: p for p, r in rows.items()}
    return {p: (r["state"], r["reason"], by_id.get(r["duplicate_of"]), r["archive_path"]) for p, r in rows.items()}


def not_article(name: str) -> bool:
    """Whether the project's cleaner rejects this page (the crawler must record what the cleaner says)."""
    from nqextract.clean import clean_html
    from nqextract.errors import CleanError

    try:
        clean_html((HTML / "listing" / f"{name}.html").read_text(encoding="utf-8"))
    except CleanError:
        return True
    return False


@pytest.fixture
def site():
    need_shared(HTML)
    s = Site(SHARED).start()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    """One uninterrupted nightly run over the test feeds (shared by the tests that only read it)."""
    need_shared(HTML)
    need_shared(RSS)
    tmp = tmp_path_factory.mktemp("baseline")
    s = Site(SHARED).start()
    try:
        feeds_toml = serve_feeds(s, tmp)
        batch, feeds = make_batch(feeds_toml, tmp / "db.duckdb")
        report = batch.run("nightly", feeds=feeds, feeds_file=feeds_toml, ingest=True)
        yield {"tmp": tmp, "site": s, "feeds": feeds_toml, "db": tmp / "db.duckdb", "report": report,
               "hits": dict(s.hits)}
    finally:
        s.stop()


# --------------------------------------------------------------------------- units


def test_every_shared_feed_parses_with_dates():
    need_shared(RSS)
    spec = FeedSpec(name="t", url="https://example.org/rss", outlet="t")
    files = sorted(p for p in RSS.rglob("*") if p.is_file())
    assert len(files) >= 10
    for path in files:
        parsed = parse_feed(path.read_bytes(), spec)
        assert parsed.items, path.name
        for item in parsed.items:
            assert item.url.startswith("http") and item.canonical.startswith("https://")
            assert item.published is not None, (path.name, item.url)
    bcp = parse_feed((RSS / "baochinhphu_kinh-te_rss_2026-09-05_first20items_TRANSCRIBED.xml").read_bytes(), spec)
    assert bcp.items[0].published == dt.date(2026, 9, 5)  # "9/5/2026 1:30:00 PM": month/day/year
    vtv = parse_feed((RSS / "trimmed_ninhphu321" / "vtv.rss").read_bytes(), spec)
    assert vtv.items[0].published == dt.date(2026, 9, 14)  # "Mon, 14 Sep 2026 19:46:22 +07"


def test_feed_filters_and_invalid_feeds():
    need_shared(RSS)
    xml = (RSS / "vnexpress_tin-moi-nhat_2017-04-19_javascript0704b6.xml").read_bytes()
    only = FeedSpec(name="t", url="https://vnexpress.net/rss", outlet="t", url_contains=["/thoi-su/"])
    kept = parse_feed(xml, only).items
    assert kept and all("/thoi-su/" in i.url for i in kept)
    with pytest.raises(FeedError, match="invalid feed XML"):
        parse_feed(xml[: xml.index(b"<item>") + 60], only)
    with pytest.raises(FeedError, match="not an RSS/Atom"):
        parse_feed((HTML / "listing" / "dantri_list_meth04.html").read_bytes(), only)
    with pytest.raises(FeedError, match="empty"):
        parse_feed(b"  ", only)


def test_canonical_url_is_the_dedupe_key():
    assert canonical_url("http://www.Nhandan.vn:80/a-b-post1.html?utm_source=rss&zarsrc=1#top") == \
        "https://nhandan.vn/a-b-post1.html"
    assert canonical_url("https://vnexpress.net/x/?b=2&a=1") == "https://vnexpress.net/x?a=1&b=2"
    assert canonical_url("https://vnexpress.net/x?view=amp") != canonical_url("https://vnexpress.net/x")


def test_simhash_links_the_same_story_only():
    need_shared(HTML)
    texts = {p.stem: page_text(p.read_text(encoding="utf-8")) for p in sorted(HTML.glob("*.html"))}
    base = texts["dantri_article_meth04"]
    edited = base.replace("\n", "\nẢnh: TTXVN\n", 1) + "\nTheo Dân trí\n"
    assert distance(simhash(base), simhash(edited)) <= 3
    others = [simhash(t) for k, t in texts.items() if k != "dantri_article_meth04"]
    assert min(distance(simhash(base), o) for o in others) > 10
    assert simhash("quá ngắn") is None


def test_feed_list_errors_name_the_file(tmp_path):
    bad = tmp_path / "feeds.toml"
    bad.write_text('[[feeds]]\nname = "x"\nurl = "https://a"\noutlet = "Bad Outlet"\n', encoding="utf-8")
    with pytest.raises(CrawlConfigError, match=r"feeds.toml: feeds.0.outlet"):
        load_feeds(bad)
    bad.write_text("[[feeds]\n", encoding="utf-8")
    with pytest.raises(CrawlConfigError, match="not valid TOML"):
        load_feeds(bad)
    with pytest.raises(CrawlConfigError, match="not found"):
        load_feeds(tmp_path / "none.toml")
    shipped = load_feeds(ROOT / "pipelines" / "feeds.toml")
    assert len(shipped.feeds) >= 6 and all(f.url.startswith("https://") for f in shipped.feeds)


class _Clock:
    """A clock that moves only when the code under test sleeps (no wall-clock window in the test)."""

    def __init__(self) -> None:
        self.now, self.sleeps = 100.0, []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.now += seconds


def test_host_gate_spaces_requests_to_one_host():
    clock = _Clock()
    gate = HostGate(concurrency=1, delay=0.3, clock=clock.time, sleep=clock.sleep)
    starts = []
    for _ in range(3):
        sem = gate.enter("example.org")
        starts.append(clock.now)
        sem.release()
    assert [round(s - starts[0], 6) for s in starts] == [0.0, 0.3, 0.6]
    slept = list(clock.sleeps)
    gate.enter("example.net").release()
    assert clock.sleeps == slept  # another host is not held back by example.org's spacing
    gate.set_delay("example.net", 2.0)  # robots.txt Crawl-delay raises that host's spacing only
    for _ in range(2):
        gate.enter("example.net").release()
    assert clock.sleeps[-1] == 2.0


def test_fetcher_limits(site, tmp_path):
    crawl = CrawlSettings(**crawl_settings(tmp_path))
    with Fetcher(crawl, "test") as f:
        res = f.get(site.url("/gz/baochinhphu_article_meth04"))
        assert res.body == (HTML / "baochinhphu_article_meth04.html").read_bytes()  # gzip decoded
        assert f.get(site.url("/moved")).final_url.endswith("/a/vnexpress_thegioi_pm_cop28_NODIACRITICS_rambothanh")
        for path, reason in FETCH_FAILURES.items():
            if path == "/report.pdf":
                continue  # a content check of the batch, not of the fetcher
            with pytest.raises(FetchFailure) as exc:
                f.get(site.url(path))
            assert exc.value.reason == reason, (path, exc.value.message)
        with pytest.raises(FetchFailure, match="only http/https"):
            f.get("file:///etc/passwd")
        with socket.socket() as sock:  # a port nobody listens on: robots.txt unreadable
            sock.bind(("127.0.0.1", 0))
            closed = sock.getsockname()[1]
        with pytest.raises(FetchFailure) as exc:
            f.get(f"http://127.0.0.1:{closed}/page")
        assert exc.value.reason == "robots_unavailable" and exc.value.transient
    assert site.hits["/missing"] == 1  # 4xx: never retried
    assert site.hits["/slow"] == 2  # timeout: retried once (retries = 1)
    assert site.hits["/private/page"] == 0  # robots.txt respected
    assert all(a.startswith("nqextract/test") for a in site.agents)


# --------------------------------------------------------------------------- the batch


def test_nightly_ingests_each_good_article_once_and_records_every_failure(baseline):
    db, report, hits = baseline["db"], baseline["report"], baseline["hits"]
    rows = items(db)
    for path in GOOD:
        assert rows[path]["state"] == "ingested", (path, rows[path]["reason"], rows[path]["message"])
    for path, reason in FETCH_FAILURES.items():
        assert (rows[path]["state"], rows[path]["error_stage"], rows[path]["reason"]) == ("failed", "fetch", reason)
        assert rows[path]["message"]
    assert rows[MIRROR]["state"] == "duplicate"
    assert rows[MIRROR]["duplicate_of"] == rows["/a/dantri_article_meth04"]["item_id"]
    for path in LISTING:
        name = path.rsplit("/", 1)[1]
        expected = ("failed", "clean") if not_article(name) else ("ingested", None)
        assert (rows[path]["state"], rows[path]["error_stage"]) == expected, rows[path]["message"]
    # known by GUID / by canonical URL: never recorded twice, never fetched
    assert "/a/dantri_article_meth04?view=amp" not in rows
    assert "/gz/tuoitre_article_meth04?utm_source=rss&utm_medium=feed" not in rows
    assert hits.get("/gz/tuoitre_article_meth04") == 1 and hits.get("/a/dantri_article_meth04") == 1
    assert hits.get("/flaky/plo_chinh_tri_vpeopleonatank") == 2  # 500, then 200
    assert hits.get("/private/page") is None
    c = report.counters
    assert (c["feeds_read"], c["feeds_failed"]) == (3, 2)
    assert c["items_new"] == len(GOOD) + len(FETCH_FAILURES) + len(LISTING) + 1
    assert c["fetched"] == len(GOOD) + len(LISTING) + 1 and c["failed"] == len(FETCH_FAILURES)
    assert c["duplicates"] == 1
    ingested = sum(1 for r in rows.values() if r["state"] == "ingested")
    assert c["ingested"] == ingested
    # the store holds each ingested article once; every failure has a reason in the events
    (articles,) = query(db, "SELECT count(*) FROM articles")[0]
    assert articles == ingested
    reasons = {r[0] for r in query(db, f"SELECT reason FROM crawl_events WHERE run_id = '{report.run_id}'")}
    assert {"bad_feed", "http_404", "bad_item", *FETCH_FAILURES.values()} <= reasons
    feeds = dict(query(db, "SELECT feed, last_error FROM crawl_feeds"))
    assert feeds["broken"].startswith("bad_feed: invalid feed XML") and feeds["gone"].startswith("http_404")
    run = query(db, f"SELECT status, finished IS NOT NULL, items_new, ingested FROM crawl_runs "
                    f"WHERE run_id = '{report.run_id}'")[0]
    assert run == ("ok", True, c["items_new"], ingested)
    # the archive: one gzip page + sidecar per fetched item, nothing else
    raw = baseline["tmp"] / "raw"
    archived = sorted(p.relative_to(raw).as_posix() for p in raw.rglob("*.html.gz"))
    assert archived == sorted(r["archive_path"] for r in rows.values() if r["archive_path"])
    assert len(archived) == c["fetched"] and len(list(raw.rglob("*.meta.json"))) == len(archived)
    # the sidecar speaks the sources' language: `nqextract ingest` on the archive gives the same article
    from nqextract.sources import read_file

    row = rows["/moved"]
    (raw_article,) = list(read_file(raw / row["archive_path"]))
    assert raw_article.url == row["final_url"] and raw_article.url.endswith("NODIACRITICS_rambothanh")
    assert (raw_article.site, raw_article.title, raw_article.published) == (row["outlet"], row["title"],
                                                                             row["published"])
    stored = query(db, f"SELECT count(*) FROM articles WHERE url = '{row['final_url']}'")
    assert stored == [(1,)]
    log = (baseline["tmp"] / "logs" / "crawl.log").read_text(encoding="utf-8")
    assert report.run_id in log and "redirect_loop" in log


def copy_of(baseline: dict, tmp: Path) -> tuple[Batch, list[FeedSpec], Path]:
    """A batch over a copy of the baseline's database and archive, reading the baseline's (live) server."""
    work = tmp / "copy"
    shutil.copytree(baseline["tmp"], work)
    fl = load_feeds(baseline["feeds"])
    crawl = fl.crawl.model_copy(update={"archive_dir": work / "raw", "log_file": work / "logs" / "crawl.log"})
    return Batch(crawl, Settings(db=work / "db.duckdb", workers=1), quiet=True), fl.feeds, work


def test_second_run_fetches_nothing_new(baseline, tmp_path):
    batch, feeds, work = copy_of(baseline, tmp_path)
    site = baseline["site"]
    before_hits = dict(site.hits)
    before = outcome(work / "db.duckdb")
    report = batch.run("nightly", feeds=feeds, feeds_file=baseline["feeds"], ingest=True)
    c = report.counters
    assert c.get("items_new", 0) == 0 and c.get("fetched", 0) == 0 and c.get("ingested", 0) == 0
    assert c.get("duplicates", 0) == 0 and c["feeds_unchanged"] == 3  # conditional GET: 304
    again = {p for p, n in site.hits.items() if n != before_hits.get(p)}
    assert again - {"/robots.txt"} <= {"/slow", *(f"/feeds/{n}" for n in site.feeds), "/feeds/gone.xml"}
    assert site.hits["/slow"] == before_hits["/slow"] + 2  # the transient failure tried again (max_attempts 2)
    assert outcome(work / "db.duckdb") == before
    n_articles = query(work / "db.duckdb", "SELECT count(*) FROM articles")[0][0]
    assert n_articles == query(baseline["db"], "SELECT count(*) FROM articles")[0][0]
    assert query(work / "db.duckdb", "SELECT attempts FROM crawl_items WHERE url LIKE '%/slow'") == [(2,)]


def _crawl_subprocess(feeds_toml: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "nqextract", "crawl", "--feeds", str(feeds_toml),
                             "--db", str(db), "--quiet"], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)


@pytest.mark.slow
def test_killed_run_resumes_to_the_same_state(site, tmp_path):
    """crawl killed (SIGKILL, mid-fetch) then run again == one uninterrupted crawl; nightly ingests after
    either the same way (ingest reads only item states), as the baseline test shows."""
    (tmp_path / "once").mkdir()
    once_toml = serve_feeds(site, tmp_path / "once")
    batch, feeds = make_batch(once_toml, tmp_path / "once" / "db.duckdb")
    batch.run("crawl", feeds=feeds, feeds_file=once_toml)
    expected = outcome(tmp_path / "once" / "db.duckdb")
    site.reset()
    # slow the crawl down (one request at a time, spaced) so that the kill lands in the middle of it
    feeds_toml = serve_feeds(site, tmp_path, per_host_concurrency=1, per_host_delay=0.1, workers=1)
    db = tmp_path / "db.duckdb"
    proc = _crawl_subprocess(feeds_toml, db)
    deadline = time.monotonic() + 600  # a guard against a hang, not a time window: it waits for the event
    while site.article_hits() < 4 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    killed = items(db)
    assert any(r["state"] == "seen" for r in killed.values()), "the kill came too late to test a resume"
    batch, feeds = make_batch(feeds_toml, db)
    report = batch.run("crawl", feeds=feeds, feeds_file=feeds_toml)
    assert report.status == "ok"
    assert outcome(db) == expected  # states, reasons, near-duplicate links, archive files
    for path in GOOD:  # fetched once over both runs (twice if the kill landed during that very fetch)
        assert site.hits[path] <= (3 if path.startswith("/flaky/") else 2)
    statuses = [r[0] for r in query(db, "SELECT status FROM crawl_runs ORDER BY started")]
    assert statuses == ["interrupted", "ok"]
    archived = sorted(p.relative_to(tmp_path / "raw").as_posix() for p in (tmp_path / "raw").rglob("*.html.gz"))
    assert archived == sorted(v[3] for v in expected.values() if v[3])  # no orphan
    assert not list((tmp_path / "raw").rglob("*.tmp"))


def test_reprocess_from_the_archive(baseline, tmp_path):
    batch, _feeds, work = copy_of(baseline, tmp_path)
    crawl = batch.crawl
    before = query(work / "db.duckdb", "SELECT id, extractor_version FROM articles ORDER BY id")
    report = batch.run("reprocess")
    after = query(work / "db.duckdb", "SELECT id, extractor_version FROM articles ORDER BY id")
    assert after == before and all(v for _, v in after)  # replaced, not duplicated; version on every article
    ingested = sum(1 for r in items(work / "db.duckdb").values() if r["state"] == "ingested")
    assert report.counters["ingested"] == ingested
    run = query(work / "db.duckdb", f"SELECT extractor_version FROM crawl_runs WHERE run_id = '{report.run_id}'")
    assert run[0][0]
    # the database lost: reprocess rebuilds the state from the archive alone (here: a story and its mirror)
    rows = items(work / "db.duckdb")
    pair = ("/a/dantri_article_meth04", MIRROR)
    keep = {rows[p]["archive_path"] for p in pair}
    kept_by_batch = {rows[p]["item_id"]: rows[p]["state"] for p in pair}
    for html_path in (work / "raw").rglob("*.html.gz"):
        if html_path.relative_to(work / "raw").as_posix() not in keep:
            html_path.unlink()
    fresh = tmp_path / "fresh.duckdb"
    report = Batch(crawl, Settings(db=fresh, workers=1), quiet=True).run("reprocess", since=dt.date(2000, 1, 1))
    assert report.counters["ingested"] == 1 and report.counters["duplicates"] == 1
    assert query(fresh, "SELECT count(*) FROM articles") == [(1,)]
    assert query(fresh, "SELECT state, count(*) FROM crawl_items GROUP BY ALL ORDER BY 1") == \
        [("duplicate", 1), ("ingested", 1)]
    # the same one of the two is kept as by the batch: first-seen order (from the sidecars), not path order
    assert dict(query(fresh, "SELECT item_id, state FROM crawl_items")) == kept_by_batch


def test_reprocess_adopts_archive_entries_in_first_seen_order(baseline, tmp_path):
    """Two copies of one story whose archive paths sort the other way round than they were first seen."""
    import json

    batch, _feeds, work = copy_of(baseline, tmp_path)
    rows = items(work / "db.duckdb")
    first, second = rows["/a/dantri_article_meth04"], rows[MIRROR]
    assert first["seq"] < second["seq"] and first["state"] == "ingested" and second["state"] == "duplicate"
    raw = work / "raw"
    for html_path in raw.rglob("*.html.gz"):
        if html_path.relative_to(raw).as_posix() not in (first["archive_path"], second["archive_path"]):
            html_path.unlink()
    # move the first-seen copy under an outlet folder that sorts after the other's
    old = raw / first["archive_path"]
    new_dir = old.parent.parent / "zz_outlet"
    new_dir.mkdir()
    for f in (old, old.with_name(old.name.replace(".html.gz", ".meta.json"))):
        f.rename(new_dir / f.name)
    meta = json.loads((new_dir / old.name.replace(".html.gz", ".meta.json")).read_text(encoding="utf-8"))
    assert "first_seen" in meta and "seq" in meta  # the sidecar records the first-seen order
    fresh = tmp_path / "fresh.duckdb"
    Batch(batch.crawl, Settings(db=fresh, workers=1), quiet=True).run("reprocess", since=dt.date(2000, 1, 1))
    assert dict(query(fresh, "SELECT item_id, state FROM crawl_items")) == {
        first["item_id"]: "ingested", second["item_id"]: "duplicate"}


@pytest.mark.slow
def test_readers_never_fail_while_the_batch_writes(site, tmp_path):
    from nqextract.db import Database

    feeds_toml = serve_feeds(site, tmp_path, only=("baochinhphu", "nhandan"))
    db = tmp_path / "db.duckdb"
    Database(db)  # the file exists before the reader starts
    stop = tmp_path / "stop"
    reader = subprocess.Popen([sys.executable, "-c", READER, str(db), str(stop)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        batch, feeds = make_batch(feeds_toml, db)
        batch.run("nightly", feeds=feeds, feeds_file=feeds_toml, ingest=True)
    finally:
        stop.touch()
        out, err = reader.communicate(timeout=60)
    assert reader.returncode == 0, err
    queries, failures = map(int, out.split())
    assert queries > 0 and failures == 0


READER = """
import sys, pathlib, time
from nqextract.db import Database
db, stop = Database(sys.argv[1], read_only=True, lock_timeout=30), pathlib.Path(sys.argv[2])
n = failed = 0
while not stop.exists():
    try:
        db.query("SELECT count(*) FROM articles")
        db.query("SELECT state, count(*) FROM crawl_items GROUP BY state")
        n += 1
        time.sleep(0.02)
    except Exception as exc:
        failed += 1
        print(exc, file=sys.stderr)
print(n, failed)
"""


def test_cli_usage_errors(tmp_path):
    from typer.testing import CliRunner

    from nqextract.cli import app

    runner = CliRunner()
    res = runner.invoke(app, ["crawl", "--feeds", str(tmp_path / "none.toml"), "--db", str(tmp_path / "d")])
    assert res.exit_code == 2 and "feed list not found" in res.output
    res = runner.invoke(app, ["nightly", "--since", "yesterday", "--db", str(tmp_path / "d")])
    assert res.exit_code == 2


def test_cli_crawl_since_and_log_lines(site, tmp_path):
    from typer.testing import CliRunner

    from nqextract.cli import app

    feeds_toml = serve_feeds(site, tmp_path, only=("nhandan",))
    db = tmp_path / "db.duckdb"
    runner = CliRunner()
    res = runner.invoke(app, ["crawl", "--feeds", str(feeds_toml), "--db", str(db), "--since", "2030-01-01"])
    assert res.exit_code == 0, res.output
    assert "items 0 seen" in res.output  # every item published before --since
    assert " INFO crawl-" in res.output  # not a terminal: plain log lines, no progress bars
    res = runner.invoke(app, ["crawl", "--feeds", str(feeds_toml), "--db", str(db), "--since", "2026-09-01",
                              "--quiet"])
    assert res.exit_code == 0 and res.output == ""
    assert query(db, "SELECT state, count(*) FROM crawl_items GROUP BY ALL") == [("ready", 2)]
    assert query(db, "SELECT count(*), count(finished) FROM crawl_runs WHERE status = 'ok'") == [(2, 2)]


def test_one_batch_at_a_time(tmp_path):
    from typer.testing import CliRunner

    from nqextract.cli import app
    from nqextract.crawl.runner import BatchBusy, batch_lock

    crawl = CrawlSettings(**crawl_settings(tmp_path))
    with batch_lock(crawl.archive_dir):
        with pytest.raises(BatchBusy, match="another batch is running"):
            Batch(crawl, Settings(db=tmp_path / "db.duckdb"), quiet=True).run("reprocess")
        res = CliRunner().invoke(app, ["reprocess", "--db", str(tmp_path / "db.duckdb"),
                                       "--archive", str(crawl.archive_dir), "--quiet"])
        assert res.exit_code == 3 and "another batch is running" in res.output


def _count(db: Path, sql: str) -> int:
    """A reader's query during a run (the store's read-only, lock-retrying path)."""
    from nqextract.db import Database

    if not db.exists():
        return 0
    try:
        return Database(db, read_only=True, lock_timeout=0.2).query(sql)[1][0][0]
    except Exception:  # tables not created yet
        return 0


@pytest.mark.slow
def test_nightly_killed_during_ingest_resumes_without_duplicates(site, tmp_path):
    # ingest_batch = 1: each article's outcome is committed at once, so the kill can land between two
    feeds_toml = serve_feeds(site, tmp_path, only=("baochinhphu", "nhandan"), ingest_batch=1)
    db = tmp_path / "db.duckdb"
    proc = subprocess.Popen([sys.executable, "-m", "nqextract", "nightly", "--feeds", str(feeds_toml),
                             "--db", str(db), "--workers", "1", "--quiet"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 600  # a guard against a hang, not a time window: it waits for the event
    while proc.poll() is None and time.monotonic() < deadline:
        if _count(db, "SELECT count(*) FROM crawl_items WHERE state = 'ingested'") >= 1:
            break
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode() if proc.stderr else ""
    assert _count(db, "SELECT count(*) FROM crawl_items WHERE state = 'ready'") >= 1, "killed too late"
    batch, feeds = make_batch(feeds_toml, db)
    report = batch.run("nightly", feeds=feeds, feeds_file=feeds_toml, ingest=True)
    assert report.status == "ok" and report.counters.get("fetched", 0) == 0
    rows = items(db)
    for path in ("/a/vnexpress_suckhoe_2025-10-22_fundus", MIRROR, "/gz/tuoitre_article_meth04?utm_source=rss"
                 "&utm_medium=feed"):  # the mirror's original is not in these feeds: here it is the story
        assert rows[path]["state"] == "ingested", rows[path]
    for path in LISTING:
        assert rows[path]["state"] == ("failed" if not_article(path.rsplit("/", 1)[1]) else "ingested")
    ((n, urls),) = query(db, "SELECT count(*), count(DISTINCT url) FROM articles")
    assert n == urls == sum(1 for r in rows.values() if r["state"] == "ingested")  # each article once


def test_sigterm_records_the_run_as_interrupted(site, tmp_path):
    feeds_toml = serve_feeds(site, tmp_path, only=("vnexpress",), per_host_concurrency=1, per_host_delay=0.2,
                             workers=1)
    db = tmp_path / "db.duckdb"
    proc = _crawl_subprocess(feeds_toml, db)
    deadline = time.monotonic() + 600  # a guard against a hang, not a time window: it waits for the event
    while site.article_hits() < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=600)
    assert proc.returncode == 130, err
    assert b"interrupted" in err
    ((status, message, finished),) = query(db, "SELECT status, message, finished FROM crawl_runs")
    assert status == "interrupted" and "SIGTERM" in message and finished is not None
