"""Pydantic records: the one definition of every shape that crosses a stage boundary.

The output contract (``nqextract extract --format json``, ``nqextract.extract()``) is
:class:`Article`. Field names follow ../shared/eval/GOLD_FORMAT.md and are stable: analysts and
evaluation scripts depend on them.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Granularity = Literal["day", "month", "quarter", "year", "range"]
PositionStatus = Literal["current", "former", "acting"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- inputs


class RawArticle(Record):
    """One article as read by :mod:`nqextract.sources`, before cleaning.

    Exactly one of ``html`` and ``text`` is set.
    """

    source: str = Field(description="where it was read: a path, 'path:line' for JSONL, or a URL")
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    html: str | None = None
    text: str | None = None
    site: str | None = None


class CleanArticle(Record):
    """The output of :mod:`nqextract.clean`: the article text the offsets index, plus metadata."""

    source: str
    text: str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    site: str | None = None
    removed: list[str] = Field(default_factory=list, description="lines dropped as page chrome")


# --------------------------------------------------------------------------- facts


class Mention(Record):
    """A stretch of the cleaned article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str
    sentence: int | None = Field(default=None, description="index into Article.sentences")


class Position(Record):
    title: str
    body: str | None = None
    status: PositionStatus = Field(
        default="current",
        description='"current"; "former" for an office printed "nguyên"/"cựu"; "acting" for "quyền"',
    )


class Person(Record):
    name: str
    positions: list[Position] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class Body(Record):
    name: str = Field(description="canonical full name")
    aliases: list[str] = Field(default_factory=list, description="other forms printed in the article")
    mentions: list[Mention] = Field(default_factory=list)


class Document(Record):
    type: str = Field(description="Nghị quyết, Quy định, Kết luận, Chỉ thị, Luật, Nghị định, Đề án, ...")
    number: str | None = Field(default=None, description="canonical số hiệu, else short number or name")
    issuer: str | None = None
    date: str | None = None
    mentions: list[Mention] = Field(default_factory=list)


class DateExpr(Record):
    text: str
    value: str = Field(description="YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY; ranges as 'A/B'")
    granularity: Granularity
    start: int
    end: int
    sentence: int | None = None


class Task(Record):
    assigner: str | None = None
    assignee: str
    action: str
    deadline: str | None = None
    start: int
    end: int
    sentence: int | None = None
    document: str | None = Field(default=None, description="number of the document the task implements")


class Meeting(Record):
    name: str
    body: str | None = None
    chair: str | None = None
    date: str | None = None
    place: str | None = None
    attendees: list[str] = Field(default_factory=list)
    start: int
    end: int
    sentence: int | None = None


ChangeKind = Literal["elected", "approved", "appointed", "reappointed", "acting", "transferred", "dismissed",
                     "removed", "resigned", "retired", "disciplined", "nominated"]
DisciplineForm = Literal["khiển trách", "cảnh cáo", "cách chức", "khai trừ", "buộc thôi việc"]


class PositionChange(Record):
    """A change of office the article reports: who, what change, which post, decided by whom, when."""

    person: str
    change: ChangeKind
    title: str | None = Field(default=None, description="the post concerned (the NEW post for transferred)")
    body: str | None = None
    decided_by: str | None = Field(default=None, description="the body or office that decided")
    document: str | None = Field(default=None, description="the decision as printed, when named")
    effective: str | None = Field(default=None, description="normalized date the change takes effect")
    start: str | None = Field(default=None, description="term start ('nhiệm kỳ 2021-2026' -> '2021')")
    end: str | None = Field(default=None, description="term end")
    discipline: DisciplineForm | None = None
    span_start: int = Field(description="character span of the cue in Article.text")
    span_end: int
    sentence: int | None = None


class Sentence(Record):
    start: int
    end: int


class Article(Record):
    """Every fact extracted from one article, with provenance (character spans into ``text``)."""

    id: str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    site: str | None = None
    source: str | None = None
    text: str
    extractor_version: str = ""
    sentences: list[Sentence] = Field(default_factory=list)
    persons: list[Person] = Field(default_factory=list)
    bodies: list[Body] = Field(default_factory=list)
    documents: list[Document] = Field(default_factory=list)
    dates: list[DateExpr] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    meetings: list[Meeting] = Field(default_factory=list)
    position_changes: list[PositionChange] = Field(default_factory=list)


class IngestError(Record):
    """An input that could not be turned into an :class:`Article`."""

    source: str
    line: int | None = None
    stage: Literal["read", "clean", "nlp", "extract", "store"]
    error: str
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.stage} error: {self.message}"
