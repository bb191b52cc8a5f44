"""A title's body printed after "của" (constructed sentences): right after the title ("Phó Giám đốc của Sở Y tế Hà
Nội") or after the name the title introduces ("người phát ngôn Ngô Khiêm của Bộ Quốc phòng Trung Quốc"), the body
the bodies component marks there is the title's; a lower-case noun after "của", or a title with a body or a
default body of its own, keep theirs."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Ông Nguyễn Văn An, Phó Giám đốc của Sở Y tế Hà Nội, khẳng định như vậy.",
     "Nguyễn Văn An", ("Phó Giám đốc", "Sở Y tế thành phố Hà Nội", "current")),
    ("Người phát ngôn Ngô Khiêm của Bộ Quốc phòng Trung Quốc xác nhận tin.",
     "Ngô Khiêm", ("Người phát ngôn", "Bộ Quốc phòng Trung Quốc", "current")),
    ("Ông Josep Borrell, Người phát ngôn của Liên minh châu Âu, kêu gọi các nước tuân thủ.",
     "Josep Borrell", ("Người phát ngôn", "Liên minh châu Âu", "current")),
])
def test_the_body_after_cua_is_the_titles(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Ông Nguyễn Văn An, Giám đốc của công ty, khẳng định như vậy.", "Nguyễn Văn An", ("Giám đốc", None, "current")),
    ("Ông Lê Văn Bình, Giám đốc Sở Tư pháp tỉnh Nghệ An của nhiệm kỳ trước, cho biết.",
     "Lê Văn Bình", ("Giám đốc", "Sở Tư pháp tỉnh Nghệ An", "current")),
    ("Thủ tướng Phạm Minh Chính của Việt Nam phát biểu.", "Phạm Minh Chính", ("Thủ tướng", "Chính phủ", "current")),
])
def test_guard_no_body_a_body_of_its_own_or_a_default(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}
