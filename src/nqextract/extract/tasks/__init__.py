"""tasks: assignments ("Tổng Bí thư yêu cầu X làm Y trước ngày Z") as :class:`~nqextract.models.Task`.

Rules on the Doc, cues and word classes in ``data/task_verbs.tsv``. A task is found in two ways:

* a *cue*: a speaker (PERSON/TITLE/BODY span, NER person or a printed title) followed by a directive
  verb (``yêu cầu``, ``đề nghị``, ``giao`` ...; ``nhấn mạnh,`` / ``chỉ đạo:`` only with punctuation),
  then an assignee noun phrase and an action;
* a *subject directive* inside a directive passage (the paragraph of a cue and the next one): a
  sentence opening with an agent noun phrase and a modal (``cần``, ``phải``) or a directive verb
  (``Bộ trưởng Bộ Tài chính chỉ đạo ...``).

The package by phase:

* :mod:`.words` the syllables the rules read, :mod:`.rules` the phrases (spaCy ``PhraseMatcher``) and
  limits, :mod:`.scan` the per-document state;
* :mod:`.speakers` who speaks a cue, :mod:`.assignees` the assignee and where its action starts (:mod:`.authority`:
  the competent authority a cue addresses, "đề nghị cấp có thẩm quyền | kỷ luật ..."),
  :mod:`.actions` where the action ends and the task records (:mod:`.circumstance`: a clause of the
  speaker's own time, "khi ông đang thăm ...", ends it), :mod:`.deadlines` the deadline;
* :mod:`.sentence` one sentence phase by phase, :mod:`.cues` its cues with their speakers and
  directives, :mod:`.forms` the cue-less sentence forms (passive, lead, quote, follow-ups),
  :mod:`.quotes` a quote of several sentences whose speaker follows it,
  :mod:`.duties` duties listed per assignee after a cue ("1. Bộ Y tế: ..."), :mod:`.lead_items` dash
  items under a lead of one assignee ending with a colon ("..., trong đó lưu ý: | - Rà soát ..."),
  :mod:`.carried` a speaker's cue naming no assignee right after its task ("Bộ trưởng cũng đề nghị ..."),
  :mod:`.announced` duties a speaker announces by their number, then lists one an ordinal ("Thủ tướng nhấn
  mạnh 6 nhóm nhiệm vụ ... | Thứ nhất, ..."),
  :mod:`.role_askers` the subject that may ask people named by their role ("Lực lượng kiểm lâm yêu cầu
  lái xe ..."), :mod:`.role_objects` their noun phrase with its qualifier ("chủ cơ sở kinh doanh karaoke |
  dừng ..."),
  :mod:`.addressed` a document sent to a body for it to act ("có công văn gửi Công an tỉnh kiểm tra ..."),
  :mod:`.sanctions` the remedies of an administrative fine ("xử phạt Công ty A ..., buộc tiêu hủy ..."),
  :mod:`.fined` those of a party fined as the subject ("Công ty A bị phạt ... và buộc thu hồi ...");
* :mod:`.coassignees` one task per assignee where a printed list shares a head or a place;
* :mod:`.listed_nouns` a list item that is also a verb ("các cơ quan, tổ chức, các doanh nghiệp ...");
* :mod:`.collectives` one task per item of a list of collectives ("các phòng ban và 8 phường liên quan");
* :mod:`.parties` one task per named party of a list ("kêu gọi Israel và Hezbollah ngừng bắn");
* :mod:`.component` the ``nq_tasks`` factory.
"""

from __future__ import annotations

from ..dates import fallback_dates
from .component import TaskRecognizer, make_tasks
from .rules import Rules, load_rules
from .words import Fact, Word, Words, facts, lower_text, words_of

__all__ = ["Fact", "Rules", "TaskRecognizer", "Word", "Words", "facts", "fallback_dates", "load_rules",
           "lower_text", "make_tasks", "words_of"]
