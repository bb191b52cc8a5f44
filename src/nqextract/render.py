"""An article's facts for people: plain text (``nqextract show ID``) and a standalone HTML page.

The HTML page highlights every person, body, document and date mention in the article text with
spaCy's displacy (``style="ent"``, ``manual=True``, character offsets from the stored mentions),
followed by one table per kind of fact.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from spacy import displacy

from .models import Article, Mention
from .terminal import printable

LABEL_COLORS = {
    "PERSON": "#f4c27a",
    "BODY": "#9cc9f5",
    "DOCUMENT": "#b7e4a4",
    "DATE": "#e3b5f0",
}


def _or_dash(value: object) -> str:
    return "—" if value in (None, "", []) else str(value)


def _position_text(title: str, body: str | None) -> str:
    return f"{title} {body}" if body else title


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
        f"{d.type} {d.number or ''}".strip()
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


def highlight_spans(article: Article) -> list[dict[str, object]]:
    """Non-overlapping labelled character spans for displacy: longer mentions win over nested ones."""
    labelled: list[tuple[Mention, str, str]] = []
    for p in article.persons:
        labelled += [(m, "PERSON", p.name) for m in p.mentions]
    for b in article.bodies:
        labelled += [(m, "BODY", b.name) for m in b.mentions]
    for d in article.documents:
        key = f"{d.type} {d.number or ''}".strip()
        labelled += [(m, "DOCUMENT", key) for m in d.mentions]
    for x in article.dates:
        labelled.append((Mention(start=x.start, end=x.end, text=x.text), "DATE", x.value))
    labelled.sort(key=lambda t: (t[0].start, -(t[0].end - t[0].start)))
    chosen: list[dict[str, object]] = []
    last_end = -1
    for m, label, _kb in labelled:
        if m.start >= last_end and m.end > m.start:
            chosen.append({"start": m.start, "end": m.end, "label": label})
            last_end = m.end
    return chosen


def _table(caption: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    rows = list(rows)
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(_or_dash(v))}</td>" for v in row) + "</tr>" for row in rows
    ) or f'<tr><td colspan="{len(header)}">—</td></tr>'
    return f"<h2>{html.escape(caption)} ({len(rows)})</h2>\n<table><tr>{head}</tr>{body}</table>\n"


_CSS = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
.meta { color: #555; }
"""


def render_html(article: Article) -> str:
    """A standalone HTML page: the text with facts highlighted (displacy) and tables of facts."""
    marked = displacy.render(
        {"text": article.text, "ents": highlight_spans(article), "title": None},
        style="ent", manual=True, page=False, jupyter=False,
        options={"colors": LABEL_COLORS, "ents": list(LABEL_COLORS)},
    )
    title = article.title or article.id
    meta = " · ".join(html.escape(str(x)) for x in (article.id, article.published, article.url or article.source)
                      if x)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="vi"><head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f'<p class="meta">{meta}</p>',
        marked,
        _table("Persons", ["name", "positions", "mentions"], (
            (p.name, "; ".join(_position_text(q.title, q.body) for q in p.positions), len(p.mentions))
            for p in article.persons)),
        _table("Bodies", ["name", "aliases", "mentions"], (
            (b.name, ", ".join(b.aliases), len(b.mentions)) for b in article.bodies)),
        _table("Documents", ["type", "number", "issuer", "date"], (
            (d.type, d.number, d.issuer, d.date) for d in article.documents)),
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
