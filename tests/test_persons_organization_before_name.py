"""An organization printed between a title or honorific and a foreign name (constructed sentences): the
organization's words, printed on their own elsewhere in the article at least twice and more often than with
the name's next word ("phía Hamas lại", "The Colombo Times là"), are no part of the name; a first name
printed alone once, or only after an honorific or a title, stays in it."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "name", "org"), [
    ("Tòa án ra lệnh bắt giữ lãnh đạo Hezbollah Hassan Nasrallah với nhiều cáo buộc. Tuy nhiên, phía Hezbollah lại bác bỏ "
     "quyết định, và các tay súng Hezbollah vẫn nổ súng.", "Hassan Nasrallah", "Hezbollah"),
    ("Bộ trưởng chúc mừng Tổng Biên tập The Jakarta Post Andreas Harsono. The Jakarta Post là báo tiếng Anh. "
     "Độc giả của The Jakarta Post tăng nhanh.",
     "Andreas Harsono", "Jakarta Post"),
    ("Chủ tịch Samsung Lee Jae Yong đến Hà Nội. Sau đó Samsung cho biết sẽ mở rộng nhà "
     "máy, nơi Samsung đã đầu tư nhiều năm.",
     "Lee Jae Yong", "Samsung"),
])
def test_an_organization_printed_alone_elsewhere_is_no_part_of_the_name(pipeline, text, name, org):
    names = person_names(pipeline, text)
    assert name in names and not any(org in n for n in names)


@pytest.mark.parametrize(("text", "name"), [
    ("Tổng thống Luis Rodolfo Abinader Corona đón đoàn. Ông Luis phát biểu sau đó.", "Luis Rodolfo Abinader Corona"),
    ("Nhà lãnh đạo Kim Jong Un thị sát nhà máy. Chủ tịch Kim nói.", "Kim Jong Un"),
    # an organization the gazetteer does not know, printed alone only once: no telling, the run stays one name
    ("Lãnh đạo Zorvat Hassan Nasrallah phát biểu. Tuy nhiên, phía Zorvat lại bác bỏ.", "Zorvat Hassan Nasrallah"),
    # the first name printed alone once beside many full mentions
    ("Lãnh tụ Cuba Fidel Castro Ruz từ trần. Nhà lãnh đạo Fidel Castro là bạn lớn. Công lao của lãnh tụ Cuba Fidel "
     "đối với phong trào là to lớn. Sau đó Fidel đã thăm Việt Nam.", "Fidel Castro Ruz"),
])
def test_a_first_name_printed_after_an_honorific_or_never_alone_stays(pipeline, text, name):
    assert name in person_names(pipeline, text)
