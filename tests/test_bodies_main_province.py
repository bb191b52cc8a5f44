"""Bodies: a department printed without its place in an article whose bodies are mostly one province's (a
merger's news naming the provinces merged away, another province's body once) is that province's
(constructed sentences)."""

from __future__ import annotations

from conftest import body_names

_HCM = "Thành phố Hồ Chí Minh"


def test_a_department_takes_the_province_most_of_the_bodies_are_of():
    text = ("UBND TPHCM họp bàn đề án. Sở Ngoại vụ tỉnh Bình Dương chuyển về Sở Ngoại vụ TPHCM. Thành ủy TPHCM "
            "thống nhất; HĐND TPHCM sẽ thông qua. Trung tâm dịch vụ chuyển về Sở Giáo dục và Đào tạo.")
    assert f"Sở Giáo dục và Đào tạo {_HCM}" in body_names(text)
    assert "Sở Ngoại vụ tỉnh Bình Dương" in body_names(text)


def test_a_province_merged_away_does_not_count_against_the_main_one():
    text = ("Theo Sở NN&MT, việc UBND TPHCM (cũ) ban hành bảng giá đất, UBND tỉnh Bình Dương (cũ) và UBND tỉnh "
            "Bà Rịa - Vũng Tàu ban hành bảng giá đất là thuộc thẩm quyền của UBND TPHCM. Do đó, Sở NN&MT kiến nghị "
            "UBND TPHCM tiếp tục áp dụng; Sở NN&MT sẽ trình UBND TPHCM ban hành bảng giá mới.")
    assert f"Sở Nông nghiệp và Môi trường {_HCM}" in body_names(text)


def test_no_main_province_when_two_provinces_share_the_bodies():
    text = ("UBND tỉnh Nghệ An và UBND tỉnh Hà Tĩnh ký kết hợp tác. Thành ủy Vinh và Tỉnh ủy Hà Tĩnh dự lễ. "
            "UBND tỉnh Nghệ An giao Sở Xây dựng chủ trì.")
    assert not any(n.startswith("Sở Xây dựng") for n in body_names(text))
