"""bodies: named Party, State and mass organizations, with canonical full names.

Sources of a mention, all driven by data files in ``src/nqextract/data``, one module per phase:

- :mod:`.gazetteer`: ``bodies.tsv`` (named bodies and their printed variants, old and new ministry
  names), ``abbreviations.tsv`` (UBND, HĐND, MTTQ, BCH TW, ...: case-sensitive whole words),
  ``ministry_title`` ("Bộ trưởng Công an" -> "Bộ Công an") and ministries listed after "các Bộ"; bodies a
  title names ("Ủy viên Trung ương Đảng" -> Ban Chấp hành Trung ương Đảng, "Thủ tướng Hungary" -> Chính phủ
  Hungary, "đại biểu X (Đồng Nai)" -> Đoàn đại biểu Quốc hội tỉnh Đồng Nai); a chamber printed alone in an
  article about one foreign country ("Chủ tịch Hạ viện" -> Hạ viện Malaysia);
- :mod:`.places`: ``body_places.tsv`` + ``body_patterns.tsv`` ``local_head``/``party_local_head``: local
  bodies ("UBND tỉnh Nghệ An" -> "Ủy ban nhân dân tỉnh Nghệ An", "Thành ủy TP.HCM");
- :mod:`.topics`: ``topic_head``: long names ended by the clause structure ("Ban Chỉ đạo Trung ương về
  phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (Ban Chỉ đạo) đã tổ chức ...");
- :mod:`.proper`: ``proper_head``: proper names after a head ("Cục Cảnh sát giao thông"); a place spelled like
  a person's name goes on with it (``name_place``: "Bệnh viện Bạch Mai", "Nhà nổi Hồ Tây"); lower-case words the
  tagger reads as verbs go on when the unit's parent closes them (``parent_word``: "Viện Nghiên cứu quản lý rừng
  trực thuộc Tổng cục X", or the parent in parentheses);
- :mod:`.organs`: ``organ_head``: a foreign state organ named at length with its country printed last ("Lực lượng
  Vệ binh Cách mạng Hồi giáo Iran", "Văn phòng tổng thống Hàn Quốc");
- :mod:`.forces`: ``force_head``: a foreign armed force printed in lower case with its country, opening a clause
  ("Sáng 3-5, quân đội Đài Loan tổ chức ..." -> "Quân đội Đài Loan");
- :mod:`.posted`: ``posted_head``: a mission or a force named with the place it is posted to before the acronym it
  defines ("Phái bộ X tại khu vực Y (ABC)");
- :mod:`.aliases`: definitions "<name> (<short form>)", the head printed with the acronym so defined
  ("Cục PTTH&TTĐT"), and bare heads ("Ủy ban", "Ban Chỉ đạo") resolved in the article;
- :mod:`.composites`: ``prefix``: a head glued to a body ("Đảng ủy" + "Quốc hội", "Thường trực" + "Ban
  Chỉ đạo"), or a branch's head (``branch_head``: "Hội Phụ nữ" + "Công an tỉnh X"), prefixes listed before one
  body ("Ban Chấp hành, Ban Thường vụ Tỉnh ủy X"), a unit printed before its body ("Vụ Thị trường trong nước Bộ
  Công Thương", a police unit's code maybe between: "Phòng Cảnh sát hình sự (PC02) Công an TP.HCM"); an
  investigating agency's police or ministry is a mention too ("Cơ quan Cảnh sát điều tra Công an tỉnh Hà Nam"),
  also set apart from it by a comma or a dash ("Cơ quan cảnh sát điều tra - Bộ Công an");
- :mod:`.aliases` also folds a name printed without its place or legal form into the full one.
- :mod:`.initials`: a name ending with a withheld name's initials keeps their dot ("Công ty TNHH T. (TP.HCM)");
- :mod:`.shared_heads`: ``shared_head``: one head shared by a list of names printed after it once ("các bệnh viện A, B"
  -> Bệnh viện A, Bệnh viện B);
- :mod:`.bare_parents`: a prefix glued to a bare head that points back ("Công đoàn Bộ" -> "Công đoàn Bộ Nội vụ").
- :mod:`.members`: a state body's member printed with its parent ("Ủy ban Xã hội của Quốc hội"): the parent named
  too, the member's bare mentions in the article named as it prints the member with its parent.

:mod:`.find` runs the phases over one :class:`~.scan.Text` (the per-document scan object), a unit's field printed
in lower case before its parent read capitalized first (``lower_unit``: "Phòng cảnh sát kinh tế Công an tỉnh X"),
the unit kept only when named with that parent;
:mod:`.component` is the spaCy component. A body printed inside another body's name ("Quốc hội" in
"Đảng ủy Quốc hội") or ending a law's title ("Luật Tổ chức Chính phủ", ``law_before``) is not a mention of
its own; a body inside a person's title ("Ủy viên Bộ Chính trị") is.
"""

from __future__ import annotations

from .component import BodyRecognizer, make_bodies
from .find import canonical_body, find_bodies
from .records import to_records
from .scan import LABEL, UNNAMED, BodyMatch

__all__ = [
    "LABEL",
    "UNNAMED",
    "BodyMatch",
    "BodyRecognizer",
    "canonical_body",
    "find_bodies",
    "make_bodies",
    "to_records",
]
