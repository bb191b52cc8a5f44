"""persons: named persons, the positions the article gives them, and title-only mentions.

How a name is found (rules and word lists are data files, see :class:`PersonRules`):

* after a position chain ("Thủ tướng Chính phủ Phạm Minh Chính", "Tổng thống Nga Vladimir Putin")
  or an honorific ("đồng chí", "ông", "GS.TS", "Đại tướng");
* before an appositive position chain ("Phạm Minh Chính, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ");
* in lists introduced by a plural honorific ("các đồng chí Ủy viên Bộ Chính trị: A, Chủ tịch Quốc hội;
  B, ..."), the group's positions going to every member;
* with no context, as 3-4 capitalized syllables made of a known surname and a common middle name.

A Vietnamese name is 2-4 capitalized syllables starting with a known surname; a foreign name
(only after a title or a strong honorific) is 1-4 capitalized words without Vietnamese diacritics.
Every later printing of a found name is a mention; so are title-only references ("Tổng Bí thư nhấn
mạnh", "đồng chí Trưởng Ban") resolved to the person holding that title, and "Đồng chí"/"Ông" alone
resolved to the person last mentioned. A position is (canonical title, body): the body printed
right after the title (from ``doc.spans["bodies"]``, with a fallback for bodies it did not mark).

The package is split by phase; each phase is a module of functions over one
:class:`~.scan.ArticleScan` (all per-document state), so the component itself is stateless:

* ``rules``     the word lists (data files), loaded once per component
* ``scan``      the per-article scan object: text, word index, spans read from the Doc
* ``titles``    titles printed in the text and the body each names
* ``chains``    chains of positions, their context, where their name starts
* ``names``     reading a name forward or backward from a position
* ``finding``   finding the persons: after chains and honorifics, lists, appositives, bare names
* ``positions`` the positions each person holds (``groups``: a counted title before the list of its holders)
* ``memberships`` organs of a party committee named after a cue ("tham gia Ban Chấp hành, Ban Thường vụ ...")
* ``careers``   a career told as dated appointments: the ones a later appointment superseded are former
* ``timeline``  the career lines of a biography ("Tháng 8/1950 - 3/1955: Đồng chí làm X"): the subject's offices
* ``mentions``  every mention: names, short names, title-only references, pronouns
* ``component`` the spaCy factory ``nq_persons``
"""

from __future__ import annotations

from .component import PersonRecognizer, make_persons, scan_article
from .records import Chain, ChainItem, NameMention, PersonMatches, TitleHit
from .rules import PersonRules, TitleRule

__all__ = [
    "Chain",
    "ChainItem",
    "NameMention",
    "PersonMatches",
    "PersonRecognizer",
    "PersonRules",
    "TitleHit",
    "TitleRule",
    "make_persons",
    "scan_article",
]
