"""An article's facts for people: plain text (``nqextract show ID``) and a standalone HTML page.

The HTML page (``nqextract show ID --format html``) is the one an analyst sends a colleague: a legend of
the colours, the headline once, then the article text with every fact marked where it is printed
(person names, positions, bodies, documents, dates; assigned tasks underlined, with who, what and the
deadline on hover), followed by one table per kind of fact. Character offsets come from the stored
mentions. A person is badged only where their name is printed: a title standing alone ("Thủ tướng") is
marked as a position, a form of address ("Đồng chí") as a reference to the person, and a name inside a
place named after the person ("Bảo tàng Hồ Chí Minh", list in ``data/named_after.txt``) is not marked.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from .models import Article
from .terminal import printable
from .textnorm import fold

# label -> (colour, legend text)
LEGEND = {
    "PERSON": ("#f4c27a", "a person, where their name is printed"),
    "POSITION": ("#fbe3a1", "a position (title) a person holds in this article"),
    "REF": ("#fdf3dc", "a title or form of address standing for a person named elsewhere (hover: who)"),
    "BODY": ("#9cc9f5", "a body: ministry, committee, party organ, province ..."),
    "DOCUMENT": ("#b7e4a4", "a document: resolution, decree, plan, law ..."),
    "DATE": ("#e3b5f0", "a date or period"),
}
TASK_COLOR = "#c0392b"
LABEL_COLORS = {label: color for label, (color, _) in LEGEND.items()}


def _or_dash(value: object) -> str:
    return "—" if value in (None, "", []) else str(value)


def _position_text(title: str, body: str | None) -> str:
    return f"{title} {body}" if body else title


def document_label(type_: str, number: str | None) -> str:
    """"Nghị quyết 57-NQ/TW"; a document known by its name rather than a number ("Kế hoạch phát triển
    kinh tế - xã hội", stored with the type as its first words) is printed once, not "Kế hoạch Kế hoạch ..."."""
    if not number:
        return type_
    if fold(number).startswith(fold(type_)):
        return number
    return f"{type_} {number}"


# --------------------------------------------------------------------------- text


def render_text(article: Article) -> str:
    """The article's metadata and every fact, one per line, grouped by kind (control characters of the
    web text written out, :func:`~nqextract.terminal.printable`)."""
    lines: list[str] = []
    lines.append(article.title or "(no title)")
    meta = [f"id {article.id}", f"published {_or_dash(article.published)}"]
    if article.url:
        meta.append(article.url)
    elif article.source:
        meta.append(article.source)
    lines.append("  ".join(meta))
    lines.append(f"{len(article.text)} characters, {len(article.sentences)} sentences, "
                 f"extractor {article.extractor_version or '?'}")

    def section(name: str, items: Sequence[str]) -> None:
        lines.append("")
        lines.append(f"{name} ({len(items)})")
        lines.extend(f"  {item}" for item in items) if items else lines.append("  —")

    section("Persons", [
        p.name + (": " + "; ".join(_position_text(q.title, q.body) for q in p.positions) if p.positions else "")
        + f"  [{len(p.mentions)}×]"
        for p in article.persons
    ])
    section("Bodies", [
        b.name + (f" (also: {', '.join(b.aliases)})" if b.aliases else "") + f"  [{len(b.mentions)}×]"
        for b in article.bodies
    ])
    section("Documents", [
        document_label(d.type, d.number)
        + (f" — {', '.join(x for x in (d.issuer, d.date) if x)}" if d.issuer or d.date else "")
        for d in article.documents
    ])
    section("Dates", [f"{d.value} ({d.granularity}) «{d.text}»" for d in article.dates])
    section("Tasks", [
        f"{t.assigner or '?'} → {t.assignee}: {t.action}"
        + (f"  [deadline {t.deadline}]" if t.deadline else "")
        + (f"  [implements {t.document}]" if t.document else "")
        for t in article.tasks
    ])
    section("Meetings", [
        m.name + "".join(f"; {k} {v}" for k, v in (("body", m.body), ("chair", m.chair), ("date", m.date),
                                                    ("place", m.place)) if v)
        + (f"; attendees: {', '.join(m.attendees)}" if m.attendees else "")
        for m in article.meetings
    ])
    return printable("\n".join(lines) + "\n")


# --------------------------------------------------------------------------- html


@lru_cache(maxsize=1)
def _named_after() -> re.Pattern[str]:
    words = [line.strip() for line in (Path(__file__).parent / "data" / "named_after.txt").read_text(
        encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    heads = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=\W))(?:{heads})\s+(?:(?:Chủ\s+tịch|Bác|Đại\s+tướng|Cố|Anh\s+hùng)\s+)?$",
                      re.IGNORECASE)


def _names_person(mention: str, name: str) -> bool:
    """Whether a mention prints (part of) the person's name, not only a title or form of address."""
    said, full = fold(mention), fold(name)
    if full in said:
        return True
    given = full.split()[-1:]  # "ông Chính", "Thủ tướng Chính"; not "Thủ tướng Chính phủ"
    return bool(given) and said.split()[-1:] == given


def _title_pattern(title: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, title.split())) + r"(?!\w)", re.IGNORECASE)


def highlight_spans(article: Article) -> list[dict[str, object]]:
    """Non-overlapping labelled character spans (start, end, label, and ``note`` for the hover text):
    longer mentions win over nested ones; positions fill in where no other fact is marked."""
    text = article.text
    labelled: list[tuple[int, int, str, str]] = []
    titles: dict[str, set[str]] = {}
    for p in article.persons:
        for q in p.positions:
            titles.setdefault(q.title, set()).add(p.name)
        held = {fold(q.title) for q in p.positions}
        for m in p.mentions:
            if _names_person(m.text, p.name):
                if not _named_after().search(text[max(0, m.start - 40):m.start]):
                    labelled.append((m.start, m.end, "PERSON", p.name))
            elif fold(m.text) in held or any(fold(m.text).startswith(t) for t in held):
                labelled.append((m.start, m.end, "POSITION", f"{m.text}: {p.name}"))
            else:
                labelled.append((m.start, m.end, "REF", p.name))
    for b in article.bodies:
        labelled += [(m.start, m.end, "BODY", b.name) for m in b.mentions]
    for d in article.documents:
        labelled += [(m.start, m.end, "DOCUMENT", document_label(d.type, d.number)) for m in d.mentions]
    for x in article.dates:
        labelled.append((x.start, x.end, "DATE", x.value))
    labelled.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    chosen: list[tuple[int, int, str, str]] = []
    last_end = -1
    for start, end, label, note in labelled:
        if start >= last_end and end > start:
            chosen.append((start, end, label, note))
            last_end = end
    # the titles of the article's positions, where they are printed and nothing else is marked
    taken = [(s, e) for s, e, _, _ in chosen]
    for title in sorted(titles, key=len, reverse=True):
        for m in _title_pattern(title).finditer(text):
            start, end = m.span()
            for s, e in taken:
                if s <= start < e:
                    start = end  # inside another fact
                elif start < s < end:  # "Trưởng Ban| Ban Kinh tế": the body's first word is shared
                    end = len(text[:s].rstrip()) if len(text[:s].rstrip()) > start else start
            if end > start:
                chosen.append((start, end, "POSITION", f"{title}: {', '.join(sorted(titles[title]))}"))
                taken.append((start, end))
    chosen.sort()
    return [{"start": s, "end": e, "label": label, "note": note} for s, e, label, note in chosen]


def _task_spans(article: Article) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    last_end = -1
    for t in sorted(article.tasks, key=lambda t: (t.start, -t.end)):
        if t.start >= last_end and t.end > t.start:
            note = f"task: {t.assigner or '?'} → {t.assignee}: {t.action}"
            if t.deadline:
                note += f" (deadline {t.deadline})"
            spans.append((t.start, t.end, note))
            last_end = t.end
    return spans


def _marked(text: str, a: int, b: int, spans: Sequence[dict[str, object]]) -> str:
    """HTML of text[a:b] with the fact spans inside it (clipped at a and b) marked."""
    out: list[str] = []
    pos = a
    for span in spans:
        s, e = max(int(span["start"]), a), min(int(span["end"]), b)  # type: ignore[call-overload]
        if e <= s:
            continue
        out.append(html.escape(text[pos:s]))
        label = str(span["label"]).lower()
        badge = (f'<span class="badge">{span["label"]}</span>'
                 if s == span["start"] and span["label"] not in ("REF",) else "")
        out.append(f'<mark class="fact {label}" data-label="{span["label"]}" title="{html.escape(str(span["note"]))}">'
                   f"{html.escape(text[s:e])}{badge}</mark>")
        pos = e
    out.append(html.escape(text[pos:b]))
    return "".join(out)


def _marked_with_tasks(article: Article, a: int, b: int, spans: Sequence[dict[str, object]]) -> str:
    text = article.text
    out: list[str] = []
    pos = a
    for s, e, note in _task_spans(article):
        s, e = max(s, a), min(e, b)
        if e <= s:
            continue
        out.append(_marked(text, pos, s, spans))
        out.append(f'<span class="task" title="{html.escape(note)}">{_marked(text, s, e, spans)}</span>')
        pos = e
    out.append(_marked(text, pos, b, spans))
    return "".join(out)


def _headline_end(article: Article) -> int:
    """Where the headline ends when the text starts with it (the cleaner keeps it as the first line)."""
    title = (article.title or "").strip()
    if not title:
        return 0
    first = article.text.split("\n", 1)[0]
    return len(first) if fold(first) == fold(title) else 0


def _legend() -> str:
    keys = "".join(
        f'<li><mark class="fact {label.lower()}" data-label="{label}">{label}</mark> {html.escape(text)}</li>'
        for label, (_, text) in LEGEND.items()
    )
    keys += ('<li><span class="task">task</span> an assigned task (hover: who assigns what to whom, by when)'
             "</li>")
    return f'<section class="legend" aria-label="legend"><h2>Legend</h2><ul>{keys}</ul></section>'


def _table(caption: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    rows = list(rows)
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(_or_dash(v))}</td>" for v in row) + "</tr>" for row in rows
    ) or f'<tr><td colspan="{len(header)}">—</td></tr>'
    return f"<h2>{html.escape(caption)} ({len(rows)})</h2>\n<table>{'<tr>' + head + '</tr>'}{body}</table>\n"


def _css() -> str:
    colours = "\n".join(f".fact.{label.lower()} {{ background: {color}; }}" for label, color in LABEL_COLORS.items())
    return f"""
body {{ font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.6; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }}
th, td {{ border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }}
th {{ background: #f3f3f3; }}
.meta {{ color: #555; }}
.text {{ white-space: pre-wrap; }}
mark.fact {{ padding: 0 .2em; border-radius: .25em; color: inherit; }}
mark.fact.ref {{ outline: 1px dashed #c89b3c; }}
.badge {{ font-size: .6em; font-weight: bold; margin-left: .3em; vertical-align: middle; opacity: .7; }}
.task {{ border-bottom: 2px solid {TASK_COLOR}; }}
.legend ul {{ list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; font-size: .9em; }}
.legend h2 {{ font-size: 1rem; margin-bottom: .3rem; }}
{colours}
"""


def render_html(article: Article) -> str:
    """A standalone HTML page: a legend, the headline, the text with its facts marked, tables of facts."""
    spans = highlight_spans(article)
    title = article.title or article.id
    cut = _headline_end(article)
    headline = _marked_with_tasks(article, 0, cut, spans) if cut else html.escape(title)
    body_start = cut
    while body_start < len(article.text) and article.text[body_start] == "\n":
        body_start += 1
    meta = " · ".join(html.escape(str(x)) for x in (article.site, article.published, article.url or article.source,
                                                    f"id {article.id}") if x)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="vi"><head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title><style>{_css()}</style></head><body>",
        f"<h1>{headline}</h1>",
        f'<p class="meta">{meta}</p>',
        _legend(),
        f'<article class="text">{_marked_with_tasks(article, body_start, len(article.text), spans)}</article>',
        _table("Persons", ["name", "positions", "mentions"], (
            (p.name, "; ".join(_position_text(q.title, q.body) for q in p.positions), len(p.mentions))
            for p in article.persons)),
        _table("Bodies", ["name", "aliases", "mentions"], (
            (b.name, ", ".join(b.aliases), len(b.mentions)) for b in article.bodies)),
        _table("Documents", ["document", "issuer", "date"], (
            (document_label(d.type, d.number), d.issuer, d.date) for d in article.documents)),
        _table("Dates", ["text", "value", "granularity"], (
            (d.text, d.value, d.granularity) for d in article.dates)),
        _table("Tasks", ["assigner", "assignee", "action", "deadline", "document", "sentence"], (
            (t.assigner, t.assignee, t.action, t.deadline, t.document, _sentence_text(article, t.sentence))
            for t in article.tasks)),
        _table("Meetings", ["name", "body", "chair", "date", "place", "attendees"], (
            (m.name, m.body, m.chair, m.date, m.place, ", ".join(m.attendees)) for m in article.meetings)),
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _sentence_text(article: Article, index: int | None) -> str | None:
    if index is None or not 0 <= index < len(article.sentences):
        return None
    s = article.sentences[index]
    return article.text[s.start:s.end].strip()
