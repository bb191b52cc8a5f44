"""Bodies: a team of a district's, a ward's or a town's police ("Đội Cảnh sát hình sự Công an huyện X", "Đội cảnh sát
giao thông trật tự Công an huyện X", "Đội Cảnh sát điều tra tội phạm về trật tự - xã hội Công an huyện X", abbreviated
"Đội CSĐT tội phạm về TTXH Công an quận X") is the team named with its force, the field spelled out; a clause verb,
a preposition, a joining word or a team of another kind names no such team: a sports or an arts team before a force
leaves the force alone ("Đội Bóng đá Công an X"), and a numbered team takes no other body after it ("Đội Công binh số
3 Bộ Quốc phòng": two) (constructed sentences and invented places; body_patterns.tsv unit_head, lower_unit and
unit_field_head rows for "Đội")."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import positions, tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Đội Cảnh sát hình sự Công an huyện Tân Lộc đã bắt giữ hai nghi phạm.",
     "Đội Cảnh sát hình sự Công an huyện Tân Lộc"),
    ("Sáng 12-3, Đội cảnh sát giao thông trật tự Công an huyện Mường Lâm làm nhiệm vụ tại ngã tư.",
     "Đội Cảnh sát giao thông trật tự Công an huyện Mường Lâm"),
    ("Đội Cảnh sát điều tra tội phạm về trật tự - xã hội Công an huyện Bình Lâm thông báo cho gia đình.",
     "Đội Cảnh sát điều tra tội phạm về trật tự - xã hội Công an huyện Bình Lâm"),
    ("Các đơn vị nghiệp vụ Công an quận 5 và Đội CSĐT tội phạm về TTXH Công an quận 5 đã có mặt.",
     "Đội Cảnh sát điều tra tội phạm về trật tự xã hội Công an quận 5"),
    ("Ngay sau đó, Đội CSĐT tội phạm về ma túy Công an thị xã Hòa Lâm đã vào cuộc.",
     "Đội Cảnh sát điều tra tội phạm về ma túy Công an thị xã Hòa Lâm"),
    ("Anh Trần Văn Lâm, Đội trưởng Đội Cảnh sát kinh tế Công an thị xã Sơn Lâm, cho biết.",
     "Đội Cảnh sát kinh tế Công an thị xã Sơn Lâm"),
])
def test_a_police_team_is_named_with_its_force(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text, absent", [
    ("Đội Cảnh sát hình sự phối hợp Công an huyện Tân Lộc bắt giữ nghi phạm.", "Đội Cảnh sát hình sự Công an huyện"),
    ("Đội Cảnh sát giao thông cùng Công an xã Tân Phú tuần tra.", "Đội Cảnh sát giao thông Công an xã"),
    ("Đội Cảnh sát hình sự của Công an huyện Tân Lộc đã vào cuộc.", "Đội Cảnh sát hình sự Công an huyện"),
    ("Đội bóng đá Công an Hà Nội thắng 2-0 trên sân nhà.", "Đội bóng đá"),
    ("Đội Quản lý thị trường số 5 phối hợp Công an huyện Thường Lâm kiểm tra.", "Đội Quản lý thị trường số 5 Công an"),
    ("Đội Cảnh sát điều tra tội phạm về trật tự - Công an huyện Bình Lâm cho biết.", "Đội Cảnh sát điều tra tội phạm"),
])
def test_no_team_across_a_clause_a_joining_word_or_another_kind(text, absent):
    assert not any(b.startswith(absent) for b in tagged_body_names(text))


@pytest.mark.parametrize("text, absent, force", [
    ("Đội Bóng chuyền nữ Công an TP.HCM giành ngôi á quân giải vô địch.", "Đội Bóng chuyền",
     "Công an Thành phố Hồ Chí Minh"),
    ("Đội Bóng đá Công an Hà Nội thắng 2-0 trên sân nhà.", "Đội Bóng đá", "Công an thành phố Hà Nội"),
    ("Anh Lâm, Đội trưởng Đội Văn nghệ Công an huyện Tân Lộc, cho biết.", "Đội Văn nghệ",
     "Công an huyện Tân Lộc"),
    ("Đội Thể thao Công an nhân dân giành ba huy chương vàng.", "Đội Thể thao", "Công an nhân dân"),
])
def test_a_team_of_another_kind_leaves_the_force_alone(text, absent, force):
    bodies = tagged_body_names(text)
    assert force in bodies and not any(b.startswith(absent) for b in bodies)


@pytest.mark.parametrize("text, bodies", [
    ("Đội Công binh số 3 Bộ Quốc phòng đã rà phá bom mìn tại xã Tân Lộc.", ["Đội Công binh số 3", "Bộ Quốc phòng"]),
    ("Đội Kiểm lâm cơ động số 2 Chi cục Kiểm lâm tỉnh Hòa Bình tuần tra rừng.", ["Đội Kiểm lâm cơ động số 2"]),
])
def test_a_numbered_team_takes_no_body_but_a_police_force(text, bodies):
    names = tagged_body_names(text)
    assert all(b in names for b in bodies) and not any(n.startswith(bodies[0] + " ") for n in names)


def test_a_team_of_another_kind_takes_no_leaders_position(pipeline):
    held = positions(pipeline, "Ông Nguyễn Văn Hòa, Đội trưởng Đội Văn nghệ Công an huyện Tân Lộc, cho biết đội sẽ "
                               "biểu diễn.")
    assert not any(body and body.startswith("Đội Văn nghệ") for _, body, _ in held.get("Nguyễn Văn Hòa", set()))


def test_a_teams_parent_names_no_other_units_bare_form(extractor):
    from nqextract.models import CleanArticle

    text = ("Lãnh đạo Phòng CSGT Công an tỉnh Hòa Bình cho biết lực lượng đã ra quân.\n"
            "Theo Phòng CSGT Hòa Bình, từ ngày 15-9 các tổ tuần tra xử lý xe ba gác.\n"
            "Các tuyến đường tỉnh do Phòng CSGT quản lý được kiểm tra hằng ngày.")
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 6, 1)))
    assert "Phòng Cảnh sát giao thông" not in {b.name for b in article.bodies}
