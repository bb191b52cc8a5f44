"""Bodies: a police unit named at length before its local force or the ministry, its field running in nouns, a few
field verbs, "về", "và" and commas ("Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, môi trường
Công an tỉnh X"), or with its local force in parentheses ("Phòng Cảnh sát hình sự (Công an tỉnh X)"), is the unit
named with its force; a clause verb, a preposition, a person's name or another unit's head in the run names no such
unit (constructed sentences and invented places; body_patterns.tsv unit_field_*)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names, tagged_body_spans


@pytest.mark.parametrize("text, body", [
    ("Ngày 5-3, Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Bình Lâm đã bắt giữ hai đối tượng.",
     "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Bình Lâm"),
    ("Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, môi trường Công an tỉnh Hòa Lâm cho biết"
     " đã khởi tố vụ án.",
     "Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, môi trường Công an tỉnh Hòa Lâm"),
    ("Phòng An ninh mạng và phòng, chống tội phạm công nghệ cao Công an tỉnh Tân Lâm đã phát hiện vụ việc.",
     "Phòng An ninh mạng và phòng, chống tội phạm công nghệ cao Công an tỉnh Tân Lâm"),
    ("Sáng nay, Phòng cảnh sát điều tra tội phạm về ma túy Công an tỉnh Bình Lâm bàn giao nghi phạm.",
     "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Bình Lâm"),
    ("Phòng Quản lý xuất nhập cảnh, Công an tỉnh Hòa Lâm đã trục xuất hai người nước ngoài.",
     "Phòng Quản lý xuất nhập cảnh Công an tỉnh Hòa Lâm"),
    ("Cùng ngày, Phòng Cảnh sát hình sự (Công an tỉnh Bình Lâm) phối hợp với công an xã điều tra.",
     "Phòng Cảnh sát hình sự Công an tỉnh Bình Lâm"),
    ("Phòng an ninh mạng và phòng, chống tội phạm công nghệ cao (Công an tỉnh Tân Lâm) cho biết vừa phối hợp.",
     "Phòng An ninh mạng và phòng, chống tội phạm công nghệ cao Công an tỉnh Tân Lâm"),
])
def test_a_police_unit_at_length_is_named_with_its_force(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text, force", [
    ("Phòng Cảnh sát hình sự (Công an tỉnh Bình Lâm) phối hợp với công an xã điều tra.", "Công an tỉnh Bình Lâm"),
    ("Phòng Quản lý xuất nhập cảnh, Công an tỉnh Hòa Lâm đã trục xuất hai người.", "Công an tỉnh Hòa Lâm"),
])
def test_the_force_set_apart_is_named_on_its_own_too(text, force):
    assert force in tagged_body_names(text)


@pytest.mark.parametrize("text, bodies", [
    ("Phòng Cảnh sát hình sự phối hợp Công an huyện Tân Lộc điều tra vụ trộm.",
     ["Phòng Cảnh sát hình sự", "Công an huyện Tân Lộc"]),
    ("Phòng Cảnh sát kinh tế của Công an tỉnh Long Lâm đã vào cuộc xác minh.",
     ["Phòng Cảnh sát kinh tế", "Công an tỉnh Long Lâm"]),
    ("Phòng Cảnh sát hình sự Nguyễn Văn Hùng cho biết Công an tỉnh đang xác minh.", ["Phòng Cảnh sát hình sự"]),
    ("Phòng cảnh sát điều tra tội phạm về môi trường đã báo cáo Công an tỉnh Bình Lâm.", ["Công an tỉnh Bình Lâm"]),
    ("Cục Cảnh sát giao thông và Phòng Cảnh sát giao thông Công an tỉnh Bình Lâm ra quân.",
     ["Cục Cảnh sát giao thông", "Phòng Cảnh sát giao thông Công an tỉnh Bình Lâm", "Công an tỉnh Bình Lâm"]),
    ("Phòng cảnh sát điều tra tội phạm về môi trường, Công an tỉnh Hòa Lâm vừa phá đường dây.",
     ["Công an tỉnh Hòa Lâm"]),
])
def test_no_unit_at_length_across_a_clause_a_name_or_a_list(text, bodies):
    assert tagged_body_names(text) == bodies


@pytest.mark.parametrize("text, bodies", [
    ("Theo Phòng Cảnh sát giao thông, lực lượng Công an tỉnh Quảng Lâm sẽ ra quân.",
     ["Phòng Cảnh sát giao thông", "Công an tỉnh Quảng Lâm"]),
    ("Theo Phòng Cảnh sát giao thông, đại diện Công an huyện Tân Lộc cho biết.",
     ["Phòng Cảnh sát giao thông", "Công an huyện Tân Lộc"]),
    ("Theo Phòng Cảnh sát giao thông, nhiều đơn vị Công an tỉnh Bình Lâm đã ra quân.",
     ["Phòng Cảnh sát giao thông", "Công an tỉnh Bình Lâm"]),
    ("Theo Phòng Cảnh sát giao thông, cán bộ Công an tỉnh Bình Lâm đã ra quân.",
     ["Phòng Cảnh sát giao thông", "Công an tỉnh Bình Lâm"]),
    ("Cục Quản lý thị trường, lực lượng Công an tỉnh Lạng Lâm đã kiểm tra.",
     ["Cục Quản lý thị trường", "Công an tỉnh Lạng Lâm"]),
    ("Phòng Cảnh sát hình sự, Cảnh sát kinh tế Công an tỉnh Nghệ Lâm đã vào cuộc.",
     ["Phòng Cảnh sát hình sự", "Công an tỉnh Nghệ Lâm"]),
    ("Phòng Cảnh sát kinh tế và Đội Cảnh sát kinh tế Công an huyện Tân Lộc đã vào cuộc.",
     ["Phòng Cảnh sát kinh tế", "Đội Cảnh sát kinh tế Công an huyện Tân Lộc", "Công an huyện Tân Lộc"]),  # the team
    # is named with its force, which is named on its own too
])
def test_a_comma_or_va_before_another_body_ends_the_field(text, bodies):
    # a comma or "và" stands in a field only before a field verb or in a list of crimes after "về"
    assert tagged_body_names(text) == bodies


def test_a_unit_dropped_unjoined_gives_back_every_body_it_overlapped():
    assert tagged_body_names("Cục An ninh mạng và Văn phòng Bộ Công an đã họp.") == [
        "Cục An ninh mạng", "Văn phòng Bộ Công an"]


@pytest.mark.parametrize("text, bodies", [
    ("Các Phòng nghiệp vụ Công an tỉnh Hà Lâm đã họp.", ["Công an tỉnh Hà Lâm"]),
    ("Những Phòng nghiệp vụ Công an tỉnh Hà Lâm đã họp.", ["Công an tỉnh Hà Lâm"]),
    ("Phòng y tế câu lạc bộ Công an tỉnh Hà Lâm đã khám.", ["Công an tỉnh Hà Lâm"]),
])
def test_no_unit_after_a_plural_nor_with_a_lower_case_field_not_the_polices(text, bodies):
    assert tagged_body_names(text) == bodies


@pytest.mark.parametrize("text, bodies", [
    ("Theo Trưởng Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Hà Lâm, vụ án đã rõ.",
     ["Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Hà Lâm", "Công an tỉnh Hà Lâm"]),
    ("Đại tá Nguyễn Văn Hùng Trưởng Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Hà Lâm cho biết.",
     ["Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Hà Lâm", "Công an tỉnh Hà Lâm"]),
])
def test_a_unit_right_after_its_heads_title_is_read_whole(text, bodies):
    assert tagged_body_names(text) == bodies


def test_the_unit_with_its_force_in_parentheses_takes_the_closing_one():
    spans = tagged_body_spans("Cùng ngày, Phòng Cảnh sát hình sự (Công an TP Đà Lâm) cho biết đã bắt.")
    assert spans == ["Phòng Cảnh sát hình sự (Công an TP Đà Lâm)", "Công an TP Đà Lâm"]


def test_a_unit_of_the_ministry_after_a_comma_stays_alone():
    # "Cục X, Bộ Công an": the ledger's gold names the unit alone as often as with the ministry
    names = tagged_body_names("Cục Phòng chống tội phạm về ma túy, Bộ Công an cho biết đã triệt phá đường dây.")
    assert "Bộ Công an" in names
    assert not any(n.startswith("Cục Phòng chống tội phạm về ma túy") and n.endswith("Bộ Công an") for n in names)


def test_a_list_of_bodies_of_different_places_in_parentheses_is_not_joined():
    names = tagged_body_names("Sở Tư pháp (Hà Nội) và Phòng Tư pháp (UBND quận Hoàn Kiếm) đã họp bàn.")
    assert not any(n.startswith("Phòng Tư pháp ") for n in names)


@pytest.mark.parametrize("text, body", [
    ("Đại diện Phòng Cảnh sát Phòng cháy chữa cháy và Cứu nạn cứu hộ Công an tỉnh Hòa Lâm cho biết đã dập lửa.",
     "Phòng Cảnh sát Phòng cháy chữa cháy và Cứu nạn cứu hộ Công an tỉnh Hòa Lâm"),
    ("Ngày 3-4, Phòng Cảnh sát phòng cháy chữa cháy Công an tỉnh Bình Lâm đã kiểm tra.",
     "Phòng Cảnh sát phòng cháy chữa cháy Công an tỉnh Bình Lâm"),
])
def test_a_unit_whose_field_holds_phong_chay_is_read_whole(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text, force", [
    ("Đại diện Phòng Cảnh sát Phòng cháy chữa cháy và Cứu nạn cứu hộ Công an tỉnh Hòa Lâm cho biết.",
     "Phòng Cảnh sát Phòng cháy chữa cháy và Cứu nạn cứu hộ Công an tỉnh Hòa Lâm"),
    ("Phó Trưởng phòng Cảnh sát Phòng cháy chữa cháy và Cứu nạn cứu hộ Công an tỉnh Hòa Lâm cho biết.",
     "Công an tỉnh Hòa Lâm"),
    ("Đội Cảnh sát Phòng cháy chữa cháy và Cứu nạn cứu hộ Công an huyện Tân Lộc đã có mặt.",
     "Đội Cảnh sát Phòng cháy chữa cháy và Cứu nạn cứu hộ Công an huyện Tân Lộc"),  # the team, named with its force
    ("Lực lượng Phòng cháy chữa cháy Công an tỉnh Hòa Lâm đã có mặt.", "Công an tỉnh Hòa Lâm"),
    ("Hôm qua, Cảnh sát Phòng cháy chữa cháy Công an tỉnh Hòa Lâm đã có mặt.", "Công an tỉnh Hòa Lâm"),
])
def test_a_head_inside_a_longer_name_starts_no_unit(text, force):
    names = tagged_body_names(text)
    assert force in names
    assert not any(n.startswith(("Phòng Cháy", "Phòng cháy")) for n in names)
    assert "Phòng Cảnh sát" not in names


@pytest.mark.parametrize("text, cut", [
    ("Hồ sơ do Phòng Cảnh sát hình sự điều tra vụ án Công an tỉnh Bình Lâm chuyển đến.", "Phòng Cảnh sát hình sự"),
    ("Phòng Cảnh sát điều tra tội phạm về ma túy điều tra Công an tỉnh Bình Lâm cho biết.", None),
    ("Cục An ninh kinh tế điều tra Bộ Công an cho biết đã xác minh.", "Cục An ninh kinh tế"),
    ("Phòng Cảnh sát kinh tế kinh doanh Công an tỉnh Bình Lâm cho biết.", "Phòng Cảnh sát kinh tế"),
])
def test_a_field_verb_out_of_its_place_ends_the_field(text, cut):
    names = tagged_body_names(text)
    assert not any(n.endswith(("Công an tỉnh Bình Lâm", "Bộ Công an")) and " điều tra vụ" in n
                   or "ma túy điều tra" in n or "điều tra Bộ" in n or "kinh tế kinh doanh" in n for n in names)
    if cut:
        assert cut in names


def test_a_unit_at_length_with_no_force_named_after_it_is_not_emitted():
    names = tagged_body_names("Theo Cục Cảnh sát giao thông quản lý phương tiện Công an các địa phương phải kiểm tra.")
    assert "Cục Cảnh sát giao thông quản lý phương tiện" not in names
    assert "Cục Cảnh sát giao thông" in names


@pytest.mark.parametrize("text, unit", [
    ("Phòng Văn hóa và Thông tin (Công an huyện Tân Lộc) đã họp bàn.", "Phòng Văn hóa và Thông tin"),
    ("Phòng Tư pháp (Công an tỉnh Bình Lâm) đã họp bàn.", "Phòng Tư pháp"),
])
def test_only_a_police_unit_takes_its_force_in_parentheses(text, unit):
    names = tagged_body_names(text)
    assert unit in names
    assert not any(n.startswith(unit + " Công an") for n in names)
