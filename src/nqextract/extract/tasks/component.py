"""The ``nq_tasks`` spaCy component: stateless, its rules handed in through the factory config.

``rules_dir`` (a folder holding a ``task_verbs.tsv`` that replaces the packaged one) is read once,
when the pipeline is built; each Doc gets its own :class:`~.scan.TaskScan`, so one component may
serve several threads.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc

from ...models import Task
from ..dates import fallback_dates
from ..view import set_spans, view
from .coassignees import dashed_name, distribute, listed_bodies, repeated_title
from .collectives import collective_items, mixed_items
from .full_names import defined_body, defined_short_form, spelled_out
from .jointly import verb_words
from .name_tails import city_spelled, tail_to_action
from .parties import named_parties
from .rules import LIST_MARKER, MIN_ACTION_WORDS, Rules, load_rules
from .runons import runs_on, without_aside
from .scan import TaskScan
from .sentence import sentence
from .words import lower_text


class TaskRecognizer:
    def __init__(self, nlp: Language, name: str = "nq_tasks", rules: Rules | None = None) -> None:
        self.name = name
        self.rules = rules if rules is not None else load_rules()

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[Task]:
        """The tasks of the Doc, sentence by sentence within each non-blank line (paragraph)."""
        v = view(doc)
        dates = v.facts("dates")
        if not dates:
            published = doc._.published
            dates = fallback_dates(v.low, published.year if published else None)
        sc = TaskScan(doc, self.rules, dates)
        state = sc.state
        sentences, starts = v.sentences, v.sentence_starts
        tasks: list[Task] = []
        for para, (line_start, line_end) in enumerate(v.lines):
            # the sentences starting inside this line (bisect: linear in the number of lines)
            for s, e in sentences[bisect_left(starts, line_start):bisect_left(starts, line_end)]:
                if marker_only(v.text[s:min(e, line_end)]):
                    continue  # "1." split off its item: the item follows the lead's sentence, as a dash item does
                tasks.extend(sentence(sc, s, min(e, line_end), para, state))
                state.sent += 1
        # "Ban Thanh tra tổng hợp" (a credit line), "... cùng giải quyết": one bare verb without a deadline
        # tells no task ("khởi công trong năm 2025" does)
        tasks = [full_name(back_reference(t, sc.bodies, sc.text, self.rules), sc) for t in tasks
                 if (t.deadline or verb_words(self.rules, t.action) >= MIN_ACTION_WORDS)
                 and not runs_on(self.rules, t.assignee)]
        # "Đỗ Thị B (kế toán trưởng Công ty X)": the name without its described aside
        tasks = [t if (name := without_aside(t.assignee)) == t.assignee else t.model_copy(update={"assignee": name})
                 for t in tasks]
        # "Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh X ...", "Bộ Tài chính, Ngân hàng Nhà nước Việt Nam và Bộ Công an
        # ...": a task for each assignee the phrase stands for
        tasks = [t if name == t.assignee else t.model_copy(update={"assignee": name})
                 for t in tasks for name in self.assignees(t, sc)]
        # "yêu cầu Đảng bộ TP.Hà Nội kiến tạo | một ...": the name's mention ends the assignee (``name_tails``)
        return [u for t in tasks for u in self.name_ended(t, sc)]

    def name_ended(self, t: Task, sc: TaskScan) -> list[Task]:
        """``t`` cut after the name; a list the cut leaves ("Bộ A, Bộ B và Bộ C | trực tiếp ...") a task each."""
        r = self.rules
        ended = tail_to_action(t, sc.printed_bodies, sc.persons, sc.text, r.name_tail_openers, r.name_tail_adverbs)
        if ended is t:
            return [t]
        named = [ended if name == ended.assignee else ended.model_copy(update={"assignee": name})
                 for name in self.assignees(ended, sc)]
        return [city_spelled(u, sc.printed_bodies, sc.text, r.city_shorts) for u in named]

    def assignees(self, t: Task, sc: TaskScan) -> list[str]:
        names = distribute(t.assignee, self.rules.places)
        if names != [t.assignee]:
            return names
        at = sc.text.find(t.assignee, t.start, t.end) if t.assignee else -1
        if titled := repeated_title(t.assignee, at, sc.text, sc.bodies, self.rules.places):
            return titled  # "bộ trưởng Bộ Y tế, bộ trưởng Bộ Công an ...": each office
        names = body_list(t, sc.bodies, sc.text, self.rules)
        if names != [t.assignee]:
            return names
        # "kêu gọi Israel và Hezbollah ...", "chỉ đạo Trần Văn A, Lê Thị B ...": each named party
        at = sc.text.find(t.assignee, t.start, t.end) if t.assignee else -1
        if (parties := named_parties(t.assignee, at, sc.text, sc.bodies + sc.persons, self.rules.party_places,
                                     self.rules.party_joins)):
            return parties
        r = self.rules
        return collective_items(t.assignee, r.places.plurals, r.list_bare, r.places.joint_heads,
                                r.list_heads, r.list_shared_tail, r.list_bare_modified) \
            or mixed_items(t.assignee, r.places.plurals, r.list_bare, r.places.joint_heads, r.list_heads,
                           r.list_shared_tail, r.list_bare_modified) or names

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
        set_spans(doc, "tasks", "TASK", ((t.start, t.end, t.assignee) for t in matches))
        return doc


def marker_only(sentence_text: str) -> bool:
    """A "sentence" that is only a list item's marker ("1.", "b)", "II."), which the sentence splitter cut off
    the item it numbers."""
    mark = sentence_text.strip()
    return len(mark) >= 2 and mark[-1] in ".)" and bool(LIST_MARKER.match(mark[:-1]))


def full_name(t: Task, sc: TaskScan) -> Task:
    """An assignee printed wholly in abbreviations, named in full (a body's name, the words the article
    defined the abbreviation by, or the body it printed the abbreviation after), a body's name printing a
    city short ("Cảnh sát PCCC TP HCM"), or with a dash for "và"."""
    named = spelled_out(t, sc.bodies, sc.text)
    if named is t:
        named = defined_short_form(t, sc.text, sc.rules.short_form_determiners)
    if named is t:
        named = defined_body(t, sc.bodies, sc.text)
    if named is t:
        named = city_spelled(t, sc.printed_bodies, sc.text, sc.rules.city_shorts)
    return named if named is not t else _dashed_body(t, sc)


def _dashed_body(t: Task, sc: TaskScan) -> Task:
    """An assignee printed as exactly one body's mention with a dash for "và" ("Sở Tài nguyên - Môi trường")
    is named by that body's full name (:func:`.coassignees.dashed_name`)."""
    name = t.assignee
    at = sc.text.find(name, t.start, t.end) if name and " - " in name else -1
    full = next((f.kb for f in sc.bodies if at >= 0 and f.start == at and f.end == at + len(name)), None)
    named = dashed_name(name, full or "")
    return t if named == name else t.model_copy(update={"assignee": named})


def body_list(t: Task, bodies: list, text: str, rules: Rules) -> list[str]:
    """The bodies a listed assignee names, where the task's sentence prints it, or for a duty that goes on
    with an earlier task's assignee ("đề nghị Chính phủ, các cơ quan ... . Nâng cao ...") where it was
    last printed before the duty (else the assignee)."""
    at = text.find(t.assignee, t.start, t.end) if t.assignee else -1
    if at < 0 and t.assignee:
        at = text.rfind(t.assignee, 0, t.start)
    return (at >= 0 and listed_bodies(t.assignee, at, text, bodies, rules.places)) or [t.assignee]


def back_reference(t: Task, bodies: list, text: str, rules: Rules) -> Task:
    """"đề nghị nhà trường ...": a generic noun standing for the body the article named before it
    ("Trường Đại học X"); the nearest such body, as printed, is the assignee, else the noun stays."""
    heads = rules.back_reference.get(" ".join(lower_text(t.assignee).split()))
    if not heads:
        return t
    at = lower_text(text).find(lower_text(t.assignee), t.start)  # where the noun is printed
    at = t.start if at < 0 else at
    named = [f for f in bodies if f.end <= at
             and any(lower_text(f.kb).startswith(h + " ") for h in heads)]
    if not named:
        return t
    f = max(named, key=lambda f: f.end)
    return t.model_copy(update={"assignee": text[f.start:f.end]})


@Language.factory("nq_tasks", default_config={"rules_dir": None})
def make_tasks(nlp: Language, name: str, rules_dir: str | None) -> TaskRecognizer:
    return TaskRecognizer(nlp, name, load_rules(rules_dir))
