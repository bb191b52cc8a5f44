"""Bodies: a news outlet named by its capitalized head ("Báo", "Tạp chí", "Nhật báo") and its name is a body
wherever the text names it ("Báo Quân đội nhân dân", "Tạp chí Tổ chức nhà nước và Lao động"); in a photo credit
or a source tag ("Ảnh: Báo X", "(Nguồn: Báo X)") it is none, as the outlets of the gazetteer."""

from __future__ import annotations

from conftest import body_names


def test_an_outlet_named_by_its_head_is_a_body() -> None:
    assert body_names("Ông A, Tổng Biên tập Báo Quân đội nhân dân, phát biểu.") == ["Báo Quân đội nhân dân"]
    assert body_names("Lễ ký kết giữa Báo Thế giới và Việt Nam với đối tác diễn ra tại Hà Nội.")[:1] == [
        "Báo Thế giới và Việt Nam"]
    assert body_names("Đại diện Báo Dân trí, Tạp chí Tổ chức nhà nước và Lao động tham dự.") == [
        "Báo Dân trí", "Tạp chí Tổ chức nhà nước và Lao động"]
    assert body_names("Các cơ quan báo chí như Nhật báo Quảng Tây (Trung Quốc) tham dự.") == ["Nhật báo Quảng Tây"]


def test_a_foreign_outlet_ends_before_its_country() -> None:
    assert body_names("Năm nay, báo đã ký thỏa thuận với Báo Zougla của Hy Lạp.") == ["Báo Zougla"]


def test_an_outlet_in_a_credit_or_source_tag_is_none() -> None:
    assert body_names("Trưng bày gốm Phù Lãng. (Nguồn: Báo Văn Hóa) Theo đề án, tỉnh sẽ đầu tư.") == []
    assert body_names("Người dân xếp hàng. Ảnh: Báo Quân đội nhân dân") == []


def test_a_report_is_no_outlet() -> None:
    assert body_names("Báo cáo của Bộ Y tế cho thấy số ca mắc giảm.") == ["Bộ Y tế"]
