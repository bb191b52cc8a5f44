"""The ``nq_tasks`` spaCy component: stateless, its rules handed in through the factory config.

``rules_dir`` (a folder holding a ``task_verbs.tsv`` that replaces the packaged one) is read once,
when the pipeline is built; each Doc gets its own :class:`~.scan.TaskScan`, so one component may
serve several threads.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...models import Task
from ...nlp import doc_text
from .deadlines import fallback_dates
from .rules import Rules, load_rules
from .scan import TaskScan
from .sentence import sentence
from .words import facts, lower_text

_LINE = re.compile(r"[^\n]+")


class TaskRecognizer:
    def __init__(self, nlp: Language, name: str = "nq_tasks", rules: Rules | None = None) -> None:
        self.name = name
        self.rules = rules if rules is not None else load_rules()

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[Task]:
        """The tasks of the Doc, sentence by sentence within each non-blank line (paragraph)."""
        dates = facts(doc, "dates")
        if not dates:
            published = doc._.published
            dates = fallback_dates(lower_text(doc_text(doc)), published.year if published else None)
        sc = TaskScan(doc, self.rules, dates)
        state = sc.state
        sentences = [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
        tasks: list[Task] = []
        starts = [s for s, _ in sentences]
        for para, line in enumerate(m for m in _LINE.finditer(sc.text) if m.group(0).strip()):
            # the sentences starting inside this line (bisect: linear in the number of lines)
            for s, e in sentences[bisect_left(starts, line.start()):bisect_left(starts, line.end())]:
                tasks.extend(sentence(sc, s, min(e, line.end()), para, state))
                state.sent += 1
        return tasks

    def set_annotations(self, doc: Doc, matches: list[Task]) -> Doc:
        # a directive printed twice (lead repeated in the body) is one task
        seen: set[tuple[str, str]] = set()
        unique = []
        for t in matches:
            key = (" ".join(lower_text(t.assignee).split()), " ".join(re.findall(r"\w+", lower_text(t.action))))
            if key not in seen:
                seen.add(key)
                unique.append(t)
        matches = unique
        doc._.tasks = matches
        spans: list[Span] = []
        for t in matches:
            span = doc.char_span(t.start, t.end, label="TASK", kb_id=t.assignee, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["tasks"] = spans
        return doc


@Language.factory("nq_tasks", default_config={"rules_dir": None})
def make_tasks(nlp: Language, name: str, rules_dir: str | None) -> TaskRecognizer:
    return TaskRecognizer(nlp, name, load_rules(rules_dir))
