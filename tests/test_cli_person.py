"""The CLI as a person meets it: help texts, one option convention, messages, table output, progress,
the HTML page (checked in a real headless browser), start-up imports, the licence statement."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import metadata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT, SAMPLE
from nqextract.cli import app
from nqextract.db import Database
from nqextract.models import Article, Body, DateExpr, Document, Mention, Person, Position, Sentence, Task

VN_TEXT = "Chiều 4/3/2025, Tổng Bí thư Tô Lâm chủ trì cuộc họp của Bộ Chính trị về Nghị quyết số 57-NQ/TW.\n"
COMMANDS = ("ingest", "extract", "query", "summary", "show", "export", "eval", "crawl", "nightly", "reprocess")
runner = CliRunner()


def invoke(*args: object, input: str | bytes | None = None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("person") / "sample.duckdb"
    result = invoke("ingest", SAMPLE, "--db", path, "-w", "1")
    assert result.exit_code == 0, result.output
    return path


# --------------------------------------------------------------------------- help texts


def help_of(command: str) -> str:
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_help_keeps_bracketed_text_and_shows_no_type_labels():
    assert "[default: one per core]" in help_of("ingest")
    crawl = help_of("crawl")
    assert "[crawl] settings" in crawl and "[[feeds]]" in crawl and "[crawl] archive_dir" in crawl
    for command in COMMANDS:
        text = help_of(command)
        noise = re.findall(r"<(?:bool|str|path|int|float|list\[[^\]]*\]|[a-z]+ range|[a-z|]+)>", text)
        assert noise == [], (command, noise)
    main = runner.invoke(app, ["--help"], env={"COLUMNS": "200"}).stdout
    assert "<bool>" not in main and all(c in main for c in COMMANDS)


def test_one_option_convention():
    """--format/-f for the output format, --output/-o for an output path, -w for workers, --progress and
    --quiet on every long-running command, --db FILE everywhere there is a store."""
    helps = {c: help_of(c) for c in COMMANDS}
    for command in ("ingest", "extract", "query", "show", "export", "eval"):
        assert "-f, --format" in helps[command], command
    for command in ("ingest", "show"):
        assert "-o, --output" in helps[command], command
    for command in ("ingest", "extract", "nightly", "reprocess"):
        assert "-w, --workers N" in helps[command], command
    for command in ("ingest", "crawl", "nightly", "reprocess"):
        assert "--progress / --no-progress" in helps[command] and "-q, --quiet" in helps[command], command
    for command in ("ingest", "query", "summary", "show", "export", "crawl", "nightly", "reprocess"):
        assert "--db FILE" in helps[command], command


def test_records_default_to_json_lines_when_stdout_is_not_a_terminal(sample_db):
    """extract and query print records the same way: a table on a terminal, JSON lines into a pipe."""
    rows = invoke("query", "SELECT id FROM articles ORDER BY id", "--db", sample_db)
    assert rows.exit_code == 0, rows.output
    assert [json.loads(line)["id"] for line in rows.stdout.splitlines()] == sorted(
        r[0] for r in Database(sample_db, read_only=True).query("SELECT id FROM articles")[1])
    art = invoke("extract", "-", input=json.dumps({"text": VN_TEXT}) + "\n")
    assert art.exit_code == 0, art.output
    assert Article.model_validate_json(art.stdout).persons[0].name == "Tô Lâm"


def test_old_spelling_ingest_output_parquet_dir(tmp_path):
    (tmp_path / "a.txt").write_text(VN_TEXT, encoding="utf-8")
    old = invoke("ingest", tmp_path / "a.txt", "--output", "parquet", tmp_path / "old", "-w", "1")
    assert old.exit_code == 0, old.output
    new = invoke("ingest", tmp_path / "a.txt", "--format", "parquet", "-o", tmp_path / "new", "-w", "1")
    assert new.exit_code == 0, new.output
    tables = lambda d: sorted(p.relative_to(d).parts[0] for p in d.rglob("*.parquet"))  # noqa: E731
    assert tables(tmp_path / "old") == tables(tmp_path / "new") and "articles" in tables(tmp_path / "old")
    assert f"into {tmp_path / 'old'}" in old.stdout
    mixed = invoke("ingest", tmp_path / "a.txt", "-o", tmp_path / "x")  # a folder without --format parquet
    assert mixed.exit_code == 2 and "--format parquet" not in mixed.stdout and "--db" in mixed.output


def test_old_spelling_show_html_file(sample_db, tmp_path):
    (article_id,), = Database(sample_db, read_only=True).query("SELECT min(id) FROM articles")[1]
    old = invoke("show", article_id, "--db", sample_db, "--html", tmp_path / "old.html")
    assert old.exit_code == 0, old.output
    assert old.stdout.startswith(invoke("show", article_id, "--db", sample_db).stdout)  # the text, as before
    new = invoke("show", article_id, "--db", sample_db, "--format", "html", "-o", tmp_path / "new.html")
    assert new.exit_code == 0 and new.stdout == ""
    assert (tmp_path / "old.html").read_text(encoding="utf-8") == (tmp_path / "new.html").read_text(encoding="utf-8")
    assert invoke("show", article_id, "--db", sample_db, "-f", "html").stdout.startswith("<!DOCTYPE html>")


# --------------------------------------------------------------------------- messages


@pytest.mark.parametrize("args, option", [
    (["ingest", "data/raw", "--published", "04/03/2025"], "--published"),
    (["extract", "data/raw", "--published", "yesterday"], "--published"),
    (["nightly", "--since", "2025-13-01"], "--since"),
])
def test_a_bad_date_names_its_option(args, option):
    result = invoke(*args)
    assert result.exit_code == 2
    assert f"Invalid value for '{option}'" in result.output and "YYYY-MM-DD" in result.output


def test_plain_text_on_stdin_says_stdin_takes_jsonl():
    result = invoke("extract", "-", input="Chiều 4/3, Thủ tướng chủ trì phiên họp.\nDòng thứ hai.\n")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr  # one message, not one per line of text
    assert "JSONL" in lines[0] and "one JSON object per line" in lines[0]
    example = re.search(r"\{\"text\": .*?\}", lines[0])
    assert example and json.loads(example.group().replace("...", ""))  # the example is valid JSON


def test_a_folder_of_unsupported_files_names_what_was_skipped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("report.pdf", "minutes.docx", "notes.meta.json"):
        (folder / name).write_bytes(b"%PDF-1.4 not an article")
    for command in (["ingest", folder, "--db", tmp_path / "x.duckdb", "-w", "1"], ["extract", folder]):
        result = invoke(*command)
        assert result.exit_code == 1
        message = result.stderr
        assert "no input articles found" in message
        assert "skipped 2 files" in message and "report.pdf" in message and "minutes.docx" in message
        assert ".pdf" in message and ".docx" in message and ".txt" in message  # what it reads instead
        assert "notes.meta.json" not in message  # a sidecar is not an article file


# --------------------------------------------------------------------------- tables and progress


def test_query_table_into_a_pipe_is_aligned_from_the_content(sample_db):
    sql = "SELECT id, title, published FROM articles ORDER BY id"
    result = invoke("query", sql, "--db", sample_db, "--format", "table")
    assert result.exit_code == 0, result.output
    _, rows = Database(sample_db, read_only=True).query(sql)
    lines = result.stdout.splitlines()
    assert len(lines) == len(rows) + 3  # header, rule, one line per row (no wrapped cells), "N rows"
    header, rule, body, count = lines[0], lines[1], lines[2:-1], lines[-1]
    assert count == f"{len(rows)} rows" and set(rule) <= {"-", " "}
    starts = [m.start() for m in re.finditer(r"\S+", rule)]
    assert [m.start() for m in re.finditer(r"\S+", header)] == starts
    for (aid, title, published), line in zip(rows, body):
        assert line[starts[0]:].startswith(aid)
        assert line[starts[1]:].startswith(title or "")  # every title whole, on its line
        assert line[starts[2]:].startswith(str(published) if published else "")


def test_query_table_shows_control_characters_harmlessly(tmp_path):
    db = Database(tmp_path / "c.duckdb")
    db.write_articles([Article(id="c1", text="x", title="A\x1b]0;pwned\x07B\nC")])
    result = invoke("query", "SELECT title FROM articles", "--db", tmp_path / "c.duckdb", "-f", "table")
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "A\\x1b]0;pwned\\x07B C" in result.stdout


def test_ingest_progress_bar_shows_total_and_time_left(tmp_path):
    """On a terminal (a real pseudo-terminal) the bar counts inputs against the total known up front."""
    pty = pytest.importorskip("pty")
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(VN_TEXT.replace("4/3", f"{i + 1}/3"), encoding="utf-8")
    (folder / "feed.jsonl").write_text("".join(json.dumps({"text": VN_TEXT, "url": f"https://x.vn/{i}"}) + "\n"
                                               for i in range(2)), encoding="utf-8")
    main, child = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "nqextract", "ingest", str(folder), "--db",
                             str(tmp_path / "p.duckdb"), "-w", "1"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=child, env={**env(), "COLUMNS": "160", "TERM": "xterm"})
    os.close(child)
    seen = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(timeout=600)
    os.close(main)
    assert proc.returncode == 0, seen.decode(errors="replace")
    screen = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", seen.decode(errors="replace"))
    assert re.search(r"\b[0-5]/5\b", screen), screen  # done / total (3 files + 2 JSONL lines)
    assert "ETA" in screen and re.search(r"ETA\s+(-:--:--|\d+:\d\d:\d\d)", screen), screen


# --------------------------------------------------------------------------- the HTML page, in a browser


def museum_article() -> Article:
    title = "Thủ tướng Phạm Minh Chính thăm Bảo tàng Hồ Chí Minh"
    text = (f"{title}\n"
            "Sáng 5/3/2025, Thủ tướng Phạm Minh Chính đến thăm Bảo tàng Hồ Chí Minh.\n"
            "Thủ tướng yêu cầu Bộ Văn hóa, Thể thao và Du lịch hoàn thành Kế hoạch phát triển bảo tàng trước "
            "ngày 30/6/2025.\n")

    def m(needle: str, nth: int = 0) -> Mention:
        start = -1
        for _ in range(nth + 1):
            start = text.index(needle, start + 1)
        return Mention(start=start, end=start + len(needle), text=needle)

    task_start = text.index("Bộ Văn hóa")
    task_end = text.index("30/6/2025") + len("30/6/2025")
    lines = [0, len(title) + 1, text.index("Thủ tướng yêu cầu")]
    return Article(
        id="museum1", url="https://baochinhphu.vn/a.htm", site="baochinhphu.vn", title=title, text=text,
        sentences=[Sentence(start=a, end=b) for a, b in zip(lines, [*lines[1:], len(text)])],
        persons=[
            Person(name="Phạm Minh Chính", positions=[Position(title="Thủ tướng", body="Chính phủ")],
                   mentions=[m("Phạm Minh Chính"), m("Phạm Minh Chính", 1), m("Thủ tướng", 2)]),
            # the extractor's mistake this page must not repeat: a museum's name badged as a person
            Person(name="Hồ Chí Minh", mentions=[m("Hồ Chí Minh"), m("Hồ Chí Minh", 1)]),
        ],
        bodies=[Body(name="Bộ Văn hóa, Thể thao và Du lịch", mentions=[m("Bộ Văn hóa, Thể thao và Du lịch")])],
        documents=[Document(type="Kế hoạch", number="Kế hoạch phát triển bảo tàng",
                            mentions=[m("Kế hoạch phát triển bảo tàng")])],
        dates=[DateExpr(text="5/3/2025", value="2025-03-05", granularity="day", start=m("5/3/2025").start,
                        end=m("5/3/2025").end),
               DateExpr(text="30/6/2025", value="2025-06-30", granularity="day", start=m("30/6/2025").start,
                        end=m("30/6/2025").end)],
        tasks=[Task(assigner="Phạm Minh Chính", assignee="Bộ Văn hóa, Thể thao và Du lịch",
                    action="hoàn thành Kế hoạch phát triển bảo tàng", deadline="2025-06-30", start=task_start,
                    end=task_end, sentence=2)],
    )


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    pytest.skip("no headless browser: install Debian's chromium (apt-get install chromium) to check the page")


def browse(page: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """The page as a real browser renders it (headless chromium, no network, a throw-away profile)."""
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             "--window-size=1200,1600", *extra, page.as_uri()],
            capture_output=True, text=True, timeout=120)


def rendered(page: Path) -> str:
    result = browse(page, "--dump-dom")
    assert result.returncode == 0 and "<html" in result.stdout, result.stderr[-2000:]
    return result.stdout


def marks(dom: str) -> list[tuple[str, str]]:
    """(label, text) of every fact marked in the rendered article text."""
    article = dom[dom.index('<article class="text">'):dom.index("</article>")]
    return [(label, re.sub(r"<span class=\"badge\">.*?</span>", "", inner))
            for label, inner in re.findall(r'<mark class="fact [a-z]+" data-label="([A-Z]+)"[^>]*>(.*?)</mark>',
                                           article)]


def test_show_html_is_a_page_to_send_a_colleague(tmp_path):
    from nqextract.render import render_html

    page = tmp_path / "museum.html"
    page.write_text(render_html(museum_article()), encoding="utf-8")
    dom = rendered(page)
    legend = dom[dom.index('<section class="legend"'):dom.index("</section>")]
    for label in ("PERSON", "POSITION", "BODY", "DOCUMENT", "DATE"):
        assert f'data-label="{label}"' in legend, label  # every colour explained
    assert 'class="task"' in legend
    body = dom[dom.index('<article class="text">'):dom.index("</article>")]
    assert "Thủ tướng Phạm Minh Chính thăm" not in body  # the headline once, above, not again as line one
    found = marks(dom)
    assert ("PERSON", "Phạm Minh Chính") in found
    assert ("POSITION", "Thủ tướng") in found and ("PERSON", "Thủ tướng") not in found  # a title alone
    assert not [t for label, t in found if label == "PERSON" and "Hồ Chí Minh" in t]  # the museum
    assert ("BODY", "Bộ Văn hóa, Thể thao và Du lịch") in found and ("DATE", "30/6/2025") in found
    task = re.search(r'<span class="task" title="([^"]*)">', body)
    assert task and "Bộ Văn hóa, Thể thao và Du lịch" in task.group(1) and "2025-06-30" in task.group(1)
    headline = re.search(r"<h1>(.*?)</h1>", dom, re.S).group(1)
    assert 'data-label="POSITION"' in headline and 'data-label="PERSON"' in headline  # marked, not repeated
    shot = tmp_path / "museum.png"
    result = browse(page, f"--screenshot={shot}")
    assert result.returncode == 0 and shot.stat().st_size > 10_000, result.stderr[-2000:]


def test_show_html_of_a_sample_article_in_the_browser(sample_db, tmp_path):
    db = Database(sample_db, read_only=True)
    (article_id, title), = db.query("SELECT id, title FROM articles WHERE title LIKE 'Thủ tướng%'")[1]
    page = tmp_path / "a.html"
    assert invoke("show", article_id, "--db", sample_db, "-f", "html", "-o", page).exit_code == 0
    dom = rendered(page)
    body = dom[dom.index('<article class="text">'):dom.index("</article>")]
    assert title not in re.sub(r"<[^>]+>", "", body)[:len(title) + 20]  # not repeated as the first line
    found = marks(dom)
    assert {"PERSON", "POSITION", "BODY", "DATE"} <= {label for label, _ in found}
    people = {p.name for p in db.article(article_id).persons}
    for label, text in found:
        if label == "PERSON":  # a person badge only where a name is printed
            assert any(name.split()[-1] in text for name in people), text


# --------------------------------------------------------------------------- start-up


@pytest.mark.parametrize("args", [["--help"], ["query", "--help"], ["query", "SELECT count(*) FROM articles"]])
def test_help_and_query_do_not_load_the_models(args, sample_db):
    code = ("import sys\nfrom nqextract.cli import app\n"
            "try:\n    app(sys.argv[1:], prog_name='nqextract')\nexcept SystemExit as exc:\n    code = exc.code\n"
            "print('LOADED', sorted(m for m in ('spacy', 'underthesea', 'trafilatura', 'nqextract.pipeline') "
            "if m in sys.modules), code)")
    if args[0] == "query" and args[1] != "--help":
        args = [*args, "--db", str(sample_db)]
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT,
                            env=env(), timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] in ("LOADED [] 0", "LOADED [] None"), result.stdout[-500:]


def test_the_python_api_still_loads_the_models_when_asked():
    code = ("import sys, nqextract\nassert 'spacy' not in sys.modules\n"
            "art = nqextract.extract('Chiều 4/3/2025, Tổng Bí thư Tô Lâm chủ trì cuộc họp.', published='2025-03-04')\n"
            "from nqextract.extract import build_pipeline\n"
            "print(art.persons[0].name, callable(nqextract.extract), nqextract.Extractor.__name__)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env(),
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["Tô", "Lâm", "True", "Extractor"]


# --------------------------------------------------------------------------- licence


def test_the_licence_statement_matches_the_dependencies():
    """The README says why the project has its licence, and what it says of underthesea is true of the
    installed version (Apache-2.0 since 9.3; it was GPL-3.0 when the project chose GPL)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## License"):]
    info = metadata("underthesea")
    licence = info.get("License-Expression") or info.get("License") or ""
    assert licence and licence in section, (licence, section)
    assert "which is GPL" not in section
    project = re.search(r'^license = "([^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M)
    assert project and project.group(1) in section and "because" in section.lower()
