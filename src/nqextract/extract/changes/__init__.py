"""position_changes: appointments, elections, dismissals, transfers, retirements and discipline.

A change is a cue phrase (``position_changes.tsv``: "bổ nhiệm", "được bầu", "miễn nhiệm", "thi hành kỷ
luật", "nghỉ hưu", ...) plus the persons it concerns, found among the persons the ``nq_persons``
component marked (``doc.spans["persons"]``). The post, the decider, the decision, the date come from
what the earlier components found in the same sentence: titles (``doc.spans["titles"]``, with the
persons' positions for their bodies), bodies (``doc.spans["bodies"]``), documents and dates. Nothing
is parsed again here.

Which persons a cue concerns (in one sentence, between this cue and the next):

* active cues ("bổ nhiệm", "bầu", "miễn nhiệm", "kỷ luật"): the persons after the cue, up to a stop
  word ("thay ông B"); else the person before it when a passive word ("được", "bị") precedes the cue;
* subject cues ("nghỉ hưu", "từ chức"): the person before the cue; else the one after "đối với".

Adjacent cues joined by a comma or "và" are one change, named by the first ("điều động, bổ nhiệm" is
a transfer); a discipline form after "kỷ luật" ("bằng hình thức cảnh cáo") is that cue's discipline.

The package is split by phase; each phase is a module of functions over one
:class:`~.scan.ChangeScan` (all per-document state), so the component itself is stateless:

* ``rules``     the vocabulary (``position_changes.tsv``), compiled once per component
* ``scan``      the per-document scan object: text, key text, spans read from the Doc, datelines
* ``cues``      the cue phrases of a sentence, joined into changes
* ``people``    which persons a cue concerns
* ``posts``     the title and body of the post concerned
* ``decider``   the body or office that decided, the document cited
* ``when``      the effective date and the term
* ``results``   a conference's results listed one item to a line after a cue ending on a colon
* ``component`` the spaCy factory ``nq_changes``
"""

from __future__ import annotations

from .component import PositionChangeRecognizer, make_changes, scan_changes
from .rules import DEFAULT_RULES, ChangeRules, CueRule
from .scan import ChangeScan, Cue, PersonRef, SpanRef

__all__ = [
    "DEFAULT_RULES",
    "ChangeRules",
    "ChangeScan",
    "Cue",
    "CueRule",
    "PersonRef",
    "PositionChangeRecognizer",
    "SpanRef",
    "make_changes",
    "scan_changes",
]
