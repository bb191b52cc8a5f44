"""Bodies: city departments and land offices with their place (printed with it, or implied by an article
about one province)."""

from __future__ import annotations

from conftest import body_names


def test_planning_department_with_its_city() -> None:
    assert body_names("Sở Quy hoạch và Kiến trúc TP.HCM vừa có báo cáo.") == [
        "Sở Quy hoạch và Kiến trúc Thành phố Hồ Chí Minh"]
    assert body_names("Sở Quy hoạch - Kiến trúc Hà Nội công bố đồ án.") == ["Sở Quy hoạch và Kiến trúc thành phố Hà Nội"]


def test_department_printed_with_an_ampersand() -> None:
    assert body_names("Đoàn công tác làm việc với Sở Kế hoạch & Đầu tư TP HCM.") == [
        "Sở Kế hoạch và Đầu tư Thành phố Hồ Chí Minh"]
    assert body_names("Sở Tài nguyên & Môi trường tỉnh Nghệ An kiểm tra.") == ["Sở Tài nguyên và Môi trường tỉnh Nghệ An"]


def test_departments_without_place_in_an_article_about_one_city() -> None:
    text = ("Trung tâm Nghiên cứu thuộc Sở Quy hoạch và Kiến trúc TP.HCM vừa có báo cáo. UBND TP cũng phối hợp "
            "với Sở Quy hoạch và Kiến trúc, Sở Xây dựng đề xuất chính sách.")
    assert body_names(text) == ["Sở Quy hoạch và Kiến trúc Thành phố Hồ Chí Minh", "Ủy ban nhân dân Thành phố Hồ Chí Minh",
                           "Sở Quy hoạch và Kiến trúc Thành phố Hồ Chí Minh", "Sở Xây dựng Thành phố Hồ Chí Minh"]


def test_land_offices_take_the_place_printed_or_implied() -> None:
    text = ("UBND thành phố Đà Nẵng đề nghị Thuế thành phố Đà Nẵng, Trung tâm Phát triển quỹ đất, "
            "Văn phòng Đăng ký đất đai tiếp tục áp dụng bảng giá đất.")
    assert body_names(text) == ["Ủy ban nhân dân thành phố Đà Nẵng", "Thuế thành phố Đà Nẵng",
                           "Trung tâm Phát triển quỹ đất thành phố Đà Nẵng", "Văn phòng Đăng ký đất đai thành phố Đà Nẵng"]
    assert body_names("Đất do Trung tâm Phát triển quỹ đất TPHCM quản lý.") == [
        "Trung tâm Phát triển quỹ đất Thành phố Hồ Chí Minh"]


def test_land_office_without_a_province_names_no_body() -> None:
    assert body_names("Trung tâm Phát triển quỹ đất các địa phương cần rà soát.") == []
    assert body_names("Văn phòng Đăng ký đất đai sẽ cấp giấy chứng nhận.") == []


def test_tax_word_alone_is_no_body() -> None:
    assert body_names("Thuế thu nhập cá nhân sẽ giảm.") == []


def test_tax_office_inside_a_department_name_is_that_department() -> None:
    assert body_names("Chi cục Thuế quận Tây Hồ đã chốt số liệu.") == ["Chi cục Thuế quận Tây Hồ"]
    assert body_names("Cục Thuế TP.HCM cho biết.") == ["Cục Thuế Thành phố Hồ Chí Minh"]
