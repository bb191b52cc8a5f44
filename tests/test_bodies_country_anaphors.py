"""Bodies: a state body printed with "nước này" ("this country") after it is the body of the topic country printed
before it in its paragraph, named as printed, not Vietnam's; a country word in a person's or a place's name is none
(constructed sentences, invented names)."""

from __future__ import annotations

import pytest

from conftest import body_names, extracted_body_names, positions


def test_parliament_of_the_country_named_before() -> None:
    text = "Hãng tin Darya của Iran hôm 14/2 cho hay Quốc hội nước này đã bỏ phiếu tán thành dự luật về năng lượng."
    assert "Quốc hội Iran" in body_names(text)
    assert "Quốc hội" not in body_names(text)


def test_ministry_of_the_country_named_in_the_sentence_before() -> None:
    text = ("Cựu bộ trưởng Phạm Quý Lâm của Philippines đang bị điều tra. Bộ Tư pháp nước này cho rằng ông có "
            "thể bị truy tố trong tháng tới.")
    assert "Bộ Tư pháp Philippines" in body_names(text)


def test_owner_word_before_the_anaphor() -> None:
    text = ("Truyền thông Kuwait đưa tin quyết định cuối cùng về dự án cảng thuộc về Hội đồng Phát triển Quốc gia "
            "của nước này.")
    assert "Hội đồng Phát triển Quốc gia Kuwait" in extracted_body_names(text)


def test_government_in_lower_case() -> None:
    text = "Một nguồn tin ở Nhật Bản cho biết hôm 3/9, chính phủ nước này đã phê duyệt gói hỗ trợ cho ngư dân vùng ven biển."
    assert body_names(text) == ["Chính phủ Nhật Bản"]


def test_the_last_country_printed_is_the_one_pointed_at() -> None:
    text = ("Đoàn công tác đã rời Lào hôm qua. Trong chuyến thăm Campuchia sáng nay, đoàn được thông báo "
            "Bộ Ngoại giao nước này sẽ mở văn phòng mới.")
    assert "Bộ Ngoại giao Campuchia" in body_names(text)


def test_vietnam_printed_last_keeps_the_body_as_read() -> None:
    text = ("Kinh tế Việt Nam được dự báo tăng trưởng ổn định trong năm tới. Chính phủ nước này đặt mục tiêu cao "
            "hơn cho xuất khẩu.")
    assert body_names(text) == ["Chính phủ"]


def test_no_country_before_keeps_the_body_as_read() -> None:
    assert body_names("Theo Bộ Tài chính nước này, nguồn thu từ thuế tiêu thụ đã tăng mạnh.") == ["Bộ Tài chính"]


def test_a_body_named_with_its_country_is_not_renamed() -> None:
    text = "Đoàn khách từ Hàn Quốc đã thăm Bộ Quốc phòng Mỹ, nhưng giới chức nước này vẫn chưa bình luận."
    assert "Bộ Quốc phòng Mỹ" in body_names(text)


def test_an_armed_force_and_a_lower_case_ministry_are_no_such_body() -> None:
    text = "Sau khi Hàn Quốc phát hiện khinh khí cầu, quân đội nước này và bộ ngoại giao nước này đều lên tiếng."
    assert body_names(text) == []


def test_a_person_before_the_anaphor_is_no_body() -> None:
    text = "Phát biểu tại Ottawa, Canada, ông Marco Delvaux nước này sẽ không thay đổi lập trường."
    assert body_names(text) == []


@pytest.mark.parametrize("text", [
    "Ông Trần Quang Đức, phóng viên thường trú ở châu Âu, nhận định Chính phủ nước này sẽ họp vào tuần tới.",
    "Theo phóng viên Nguyễn Hữu Anh, Chính phủ nước này đã thông qua gói hỗ trợ mới cho nông dân.",
    "Bà Lê Thị Mỹ vừa trở về sau chuyến công tác dài ngày. Quốc hội nước này sẽ bỏ phiếu vào tháng sau.",
    "Hàng hóa được thông quan qua cửa khẩu phía bắc tỉnh Lào Cai. Bộ Thương mại nước này đã có văn bản mới.",
    "Trận giao hữu diễn ra tối qua tại khu Mỹ Đình. Quốc hội nước này đã thông qua nghị quyết mới.",
    "Nông dân huyện Nga Sơn đang thu hoạch cói. Chính phủ nước này chưa lên tiếng về giá xuất khẩu.",
    "Theo bài viết trên báo Pháp Luật số ra sáng nay, Bộ Tư pháp nước này đã đề xuất sửa luật.",
])
def test_a_country_word_in_a_name_is_no_country(text: str) -> None:
    names = body_names(text)
    assert not any(n.endswith((" Đức", " Anh", " Mỹ", " Lào", " Nga", " Pháp")) for n in names), names


def test_the_subject_country_of_the_sentence_before_is_pointed_at() -> None:
    text = ("Mỹ tuyên bố sẽ áp thuế mới với thép nhập khẩu từ Trung Quốc. Bộ Thương mại nước này cho biết mức thuế "
            "sẽ được công bố trong tuần.")
    assert "Bộ Thương mại Mỹ" in body_names(text)
    text = "Philippines phản đối hành động của Trung Quốc ở bãi cạn. Bộ Ngoại giao nước này đã triệu đại sứ."
    assert "Bộ Ngoại giao Philippines" in body_names(text)


def test_a_country_opening_the_text_counts() -> None:
    assert body_names("Ý tuyên bố tăng ngân sách quốc phòng. Bộ Quốc phòng nước này sẽ công bố kế hoạch.") == [
        "Bộ Quốc phòng Ý"]


def test_a_country_of_another_paragraph_is_not_pointed_at() -> None:
    text = "Đoàn đại biểu Hà Lan đã rời đi hôm qua.\nTheo Bộ Tài chính nước này, nguồn thu từ thuế đã tăng mạnh."
    assert body_names(text) == ["Bộ Tài chính"]


def test_the_body_is_named_as_printed() -> None:
    text = "Pakistan đang khủng hoảng chính trị. Tòa án Tối cao nước này hôm qua bác đơn của cựu thủ tướng."
    assert body_names(text) == ["Tòa án Tối cao Pakistan"]
    text = "Giới đầu tư Mỹ tỏ ra lo ngại. Ủy ban Chứng khoán nước này đã mở cuộc điều tra vụ việc."
    assert "Ủy ban Chứng khoán Mỹ" in body_names(text)


def test_a_country_on_the_next_line_names_no_body() -> None:
    for text in ("Ông trao đổi trong cuộc họp với Bộ Tài chính\nÝ nghĩa của chính sách này rất lớn.",
                 "Đơn vị được Bộ Nội vụ biểu dương\nÝ chính của buổi lễ là tri ân.",
                 "Ca sĩ được Bộ Văn hóa khen tặng\nÝ Nhi nhận giải nhất ở hạng mục ca khúc."):
        assert not any(n.endswith(" Ý") for n in body_names(text)), body_names(text)


def test_the_persons_country_of_the_article_is_as_before(pipeline) -> None:
    """The countries only the bodies read (body_country rows) leave the persons' one country of an article as it
    was: "Ukraina" does not make an article about Hà Lan one of two countries."""
    text = "Thủ tướng Rob Vermeulen cho biết Hà Lan sẽ tăng viện trợ quân sự cho Ukraina trong năm tới."
    assert ("Thủ tướng", "Chính phủ Hà Lan") in {(t, b) for t, b, _ in positions(pipeline, text)["Rob Vermeulen"]}


def test_in_the_body_s_own_sentence_the_country_nearest_it_is_pointed_at() -> None:
    text = "Đây là lần đầu một lãnh đạo Việt Nam sang thăm chính thức Canada, do Bộ Thương mại nước này mời."
    assert "Bộ Thương mại Canada" in body_names(text)
