"""Bodies and positions: a local organ printed with a bare level word below a province's ("UBND xã", "Công an
phường", "Đảng ủy xã") takes the one place of that level the article names (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names, positions


@pytest.mark.parametrize("text, body", [
    ("Chiều qua, xã Tân Hòa tổng kết mùa vụ. Chủ tịch UBND xã nêu ba việc cần làm.", "Ủy ban nhân dân xã Tân Hòa"),
    ("Xã Đông Lâm đón bằng công nhận. Sau đó Đảng ủy xã giao nhiệm vụ mới.", "Đảng ủy xã Đông Lâm"),
    ("Người dân xã Mường Khương góp ý. Công an xã đã tiếp nhận ngay.", "Công an xã Mường Khương"),
    ("Năm nay xã Hòa Bình trồng thêm rừng. Hội Nông dân xã vận động các hộ tham gia.", "Hội Nông dân xã Hòa Bình"),
    ("Tại phường Bến Thủy, Công an phường mở đợt cao điểm.", "Công an phường Bến Thủy"),
    ("Phường Tân Định sửa đường. Ủy ban MTTQ Việt Nam phường giám sát thi công.",
     "Ủy ban Mặt trận Tổ quốc Việt Nam phường Tân Định"),
    ("Huyện Phù Cát mở hội chợ. UBND huyện giao phòng chuyên môn chuẩn bị.", "Ủy ban nhân dân huyện Phù Cát"),
    ("Thị trấn Ngô Đồng lát vỉa hè. HĐND thị trấn giám sát chất lượng.", "Hội đồng nhân dân thị trấn Ngô Đồng"),
    ("Xã Yên Sơn họp dân. Ban Thường vụ Đảng ủy xã thống nhất chủ trương.", "Ban Thường vụ Đảng ủy xã Yên Sơn"),
    ("Xã Yên Sơn họp dân. Thường trực HĐND xã thống nhất chủ trương.", "Thường trực Hội đồng nhân dân xã Yên Sơn"),
    # a former commune merged away is no second place
    ("Xã Long Phú (cũ) nay thuộc xã Tân Phú. Chủ tịch UBND xã đến kiểm tra.", "Ủy ban nhân dân xã Tân Phú"),
    # two communes named: the one its sentence names before it
    ("Xã An Lạc giúp xã Bình Minh. Tại xã Bình Minh, Chủ tịch UBND xã tiếp đoàn.", "Ủy ban nhân dân xã Bình Minh"),
])
def test_a_bare_level_word_takes_the_one_place_of_that_level(text, body):
    assert body in body_names(text)


@pytest.mark.parametrize("text", [
    # two communes, none in the sentence before the organ
    "Xã An Lạc và xã Bình Minh cùng làm đường. Chủ tịch UBND xã phát biểu.",
    # communes in general
    "Tỉnh Quảng Trị có 78 xã. UBND các xã rà soát hộ nghèo. Xã Cam Thủy về đích sớm.",
    "Xã Cam Thủy về đích sớm. UBND cấp xã phải báo cáo hằng tháng.",
    "Xã Cam Thủy về đích sớm. UBND xã, phường phải báo cáo hằng tháng.",
    # a place printed after it that reads like a person's name is its own
    "Xã Cam Thủy về đích sớm. Chủ tịch UBND xã Nguyễn Văn Cừ đến dự.",
    # "thị xã" and "hợp tác xã" name no commune
    "Thị xã Sa Pa đón khách. Chủ tịch UBND xã nói chuyện với du khách.",
    "Hợp tác xã Thành Công bán lúa. Chủ tịch UBND xã khen ngợi.",
    # the level in general, in the sentence before it
    "Xã Cam Thủy về đích sớm. Riêng các xã vùng cao, UBND xã phải báo cáo hằng tuần.",
])
def test_no_place_for_a_class_or_several_places(text):
    assert not any(n.startswith("Ủy ban nhân dân xã ") for n in body_names(text))


def test_a_commune_organ_never_takes_the_province():
    names = body_names("Tỉnh Lào Cai có nhiều mô hình hay. Công an xã tuần tra ban đêm.")
    assert not any(n.startswith("Công an xã") or n.endswith("tỉnh Lào Cai") and n.startswith("Công an") for n in names)


def test_a_province_organ_in_a_commune_story_keeps_the_province():
    names = body_names("Tỉnh Lào Cai khen xã Phú Nhuận, năm thứ ba Lào Cai khen xã này. Chủ tịch UBND tỉnh trao bằng khen.")
    assert "Ủy ban nhân dân tỉnh Lào Cai" in names
    assert "Ủy ban nhân dân xã Phú Nhuận" not in names


def test_positions_take_the_commune(pipeline):
    got = positions(pipeline, "Sáng 9/4, xã Tân Hòa tổng kết mùa vụ. Ông Lê Văn Bình, Bí thư Đảng ủy xã, Chủ tịch "
                              "HĐND xã chủ trì. Bà Trần Thị Hoa, Phó Chủ tịch UBND xã, báo cáo.")
    assert ("Bí thư", "Đảng ủy xã Tân Hòa", "current") in got["Lê Văn Bình"]
    assert ("Chủ tịch", "Hội đồng nhân dân xã Tân Hòa", "current") in got["Lê Văn Bình"]
    assert ("Phó Chủ tịch", "Ủy ban nhân dân xã Tân Hòa", "current") in got["Trần Thị Hoa"]


def test_a_bare_party_committee_before_its_unit_takes_the_one_unit_named(pipeline):
    got = positions(pipeline, "Dự lễ có ông Võ Minh Tâm, Phó Bí thư Thường trực Đảng ủy, và bà Đỗ Thu Hà, Ủy viên Ban "
                              "Thường vụ Đảng ủy. Cuối buổi, Đảng ủy xã Quang Trung giao chỉ tiêu cho từng thôn.")
    assert ("Phó Bí thư Thường trực", "Đảng ủy xã Quang Trung", "current") in got["Võ Minh Tâm"]
    assert ("Ủy viên", "Ban Thường vụ Đảng ủy xã Quang Trung", "current") in got["Đỗ Thu Hà"]


def test_a_bare_party_committee_with_two_units_named_stays_bare(pipeline):
    got = positions(pipeline, "Dự lễ có ông Võ Minh Tâm, Phó Bí thư Thường trực Đảng ủy. Sau đó, Đảng ủy xã Quang "
                              "Trung và Đảng ủy xã Yên Lạc ký quy chế phối hợp.")
    assert ("Phó Bí thư Thường trực", "Đảng ủy", "current") in got["Võ Minh Tâm"]


def test_a_bare_party_committee_of_a_guest_takes_no_ministry(pipeline):
    got = positions(pipeline, "Bộ trưởng Bộ Công Thương tiếp ông Lý Quốc Minh, Bí thư Đảng ủy, Chủ nhiệm Ủy ban Cải cách "
                              "của đối tác. Đảng ủy Bộ Công Thương đã ký biên bản hợp tác.")
    assert not any(body == "Đảng ủy Bộ Công Thương" for _t, body, _s in got.get("Lý Quốc Minh", set()))


@pytest.mark.parametrize("text, body", [
    ("Xã Tân Hòa họp dân. Ban Thường vụ Đảng ủy thống nhất chủ trương. Đảng ủy xã Tân Hòa giao việc cho các thôn.",
     "Ban Thường vụ Đảng ủy xã Tân Hòa"),
    ("Thường trực Đảng ủy nghe báo cáo. Sau đó Đảng ủy phường Hạ Long ban hành kế hoạch.",
     "Thường trực Đảng ủy phường Hạ Long"),
])
def test_a_bare_committee_organ_takes_the_one_unit_named(text, body):
    assert body in body_names(text)


def test_a_bare_committee_organ_with_two_units_stays_bare():
    names = body_names("Ban Thường vụ Đảng ủy thống nhất. Đảng ủy xã Tân Hòa và Đảng ủy xã Yên Lạc giao việc.")
    assert not any(n.startswith("Ban Thường vụ Đảng ủy") for n in names)


def test_a_bare_committee_takes_the_committee_of_the_one_unit_named():
    names = body_names("Ông Hà Văn Sơn, Bí thư Đảng ủy, báo tin vui: Đại hội Đảng bộ xã Tân Hòa lần thứ I đã bế mạc.")
    assert "Đảng ủy xã Tân Hòa" in names


@pytest.mark.parametrize("text, place", [
    # a lower-case word after the level points at another commune (body_patterns.tsv level_stop)
    ("Xã Tân Hòa đón đoàn khách. UBND xã bạn mang theo 50 suất quà.", "xã Tân Hòa"),
    ("Người dân xã Yên Lạc báo tin. Công an xã lân cận cùng truy tìm kẻ trộm.", "xã Yên Lạc"),
    ("Xã Mường Khương trồng thêm rừng và cùng UBND xã giáp ranh tuần tra.", "xã Mường Khương"),
    ("Xã Phú Nhuận tiếp Chủ tịch UBND xã kết nghĩa ở bên kia biên giới.", "xã Phú Nhuận"),
    ("Phường Bến Thủy nhắc người thuê trọ đến UBND phường nơi cư trú khai báo.", "phường Bến Thủy"),
    ("Xã Đông Lâm góp tiền giúp UBND xã khác dựng lớp học.", "xã Đông Lâm"),
    ("Xã Đông Lâm có 9 thôn. UBND xã hoặc phường cấp giấy xác nhận.", "xã Đông Lâm"),
    # a general rule for every commune (level_general_opener, level_general_after)
    ("Xã Cao Sơn nhận 12 đơn. Theo Luật Đất đai, Chủ tịch UBND xã phải tổ chức hòa giải.", "xã Cao Sơn"),
    ("Xã Cao Sơn nhận 12 đơn. Theo quy định mới, UBND xã phải trả lời trong 30 ngày.", "xã Cao Sơn"),
    ("Xã Cao Sơn nhận 12 đơn. Chủ tịch UBND xã có thẩm quyền phạt tới 5 triệu đồng.", "xã Cao Sơn"),
    # the commune is named only after the organ: a province's rule for every commune
    ("Tỉnh Hà Giang yêu cầu Chủ tịch UBND xã chịu trách nhiệm giữ rừng. Năm ngoái, xã Lũng Cú trồng mới 40 ha.",
     "xã Lũng Cú"),
])
def test_no_commune_for_another_place_or_a_general_rule(text, place):
    assert not any(n.endswith(" " + place) and n != place for n in body_names(text))


def test_a_bare_modal_keeps_the_commune():
    assert "Ủy ban nhân dân xã Cao Sơn" in body_names("Xã Cao Sơn nhận 12 đơn. Chủ tịch UBND xã phải trả lời từng hộ.")


def test_a_foreign_twin_communes_chairman_takes_no_commune(pipeline):
    got = positions(pipeline, "Xã Tân Hòa đón ông Bun Thoong, Chủ tịch UBND xã kết nghĩa của nước bạn, sang thăm.")
    assert not any(body.endswith("xã Tân Hòa") for _t, body, _s in got.get("Bun Thoong", set()))


def test_a_bare_party_committee_with_a_second_unit_no_body_read_stays_bare(pipeline):
    got = positions(pipeline, "Ông Võ Minh Tâm, Phó Bí thư Thường trực Đảng ủy, lên phát biểu. Sau đó, Đảng ủy phường "
                              "Hòa Bình và Đảng ủy Công an thành phố ký quy chế phối hợp.")
    assert not any(body.endswith("phường Hòa Bình") for _t, body, _s in got.get("Võ Minh Tâm", set()))
    names = body_names("Thường trực Đảng ủy nghe báo cáo. Đảng ủy phường Hạ Long và Đảng ủy Công an thị xã ký kết.")
    assert "Thường trực Đảng ủy phường Hạ Long" not in names
