"""Bodies: a head printed with the acronym a body of that head defined in parentheses ("Cục Phát thanh, Truyền
hình và Thông tin điện tử (PTTH&TTĐT) ... Cục PTTH&TTĐT ...") is that body, one name (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize(("text", "full", "short"), [
    ("Cục Quản lý Thị trường và Dịch vụ số (QLTT&DVS) vừa xử phạt ba doanh nghiệp. "
     "Theo Cục QLTT&DVS, các doanh nghiệp này đã vi phạm quy định quảng cáo.",
     "Cục Quản lý Thị trường và Dịch vụ số", "Cục QLTT&DVS"),
    ("Ngân hàng thương mại cổ phần Phú Hòa (PHB) công bố kết quả kinh doanh quý III. "
     "Năm nay Ngân hàng PHB đặt mục tiêu lợi nhuận 500 tỉ đồng.",
     "Ngân hàng thương mại cổ phần Phú Hòa", "Ngân hàng PHB"),
    ("Một lãnh đạo Tập đoàn Khoáng sản Miền Đông (KSMĐ) cho biết sản lượng tăng 10%. "
     "Tập đoàn KSMĐ sẽ mở thêm hai mỏ mới trong năm tới.",
     "Tập đoàn Khoáng sản Miền Đông", "Tập đoàn KSMĐ"),
    ("Công ty cổ phần Vận tải Sông Lam (VT-SL) đã ký hợp đồng mới. "
     "Đại diện Công ty VT-SL cho biết đơn hàng kéo dài ba năm.",
     "Công ty cổ phần Vận tải Sông Lam", "Công ty VT-SL"),
])
def test_head_and_defined_acronym_is_the_body(text: str, full: str, short: str) -> None:
    names = extracted_body_names(text)
    assert full in names
    assert short not in names


@pytest.mark.parametrize(("text", "kept"), [
    # the head printed before the acronym is not the defining body's head: another body
    ("Tổ chức Y tế Thế giới (WHO) khuyến cáo tiêm chủng. Văn phòng WHO tại Hà Nội đã tổ chức hội thảo.",
     "Tổ chức Y tế Thế giới"),
    ("Liên đoàn Bóng đá Châu Á (AFC) công bố lịch thi đấu. Chủ tịch Liên đoàn Bóng đá Việt Nam "
     "Trần Văn Bình cho biết đội tuyển đã sẵn sàng.", "Liên đoàn Bóng đá châu Á"),  # the gazetteer's spelling
    ("Công ty cổ phần Thép Miền Trung (TMT) báo lãi. Ngân hàng Đông Hải cho Công ty Thép Miền Trung vay vốn.",
     "Ngân hàng Đông Hải"),
    ("Cảnh sát bắt giữ nghi phạm tại trụ sở Công ty Gạch Đồng Tâm (GĐT). Bộ Công an cho biết vụ việc đang "
     "được điều tra.", "Bộ Công an"),
    ("Trung tâm Dự báo khí tượng thủy văn quốc gia (NCHMF) cho biết mưa lớn sẽ kéo dài. "
     "Bộ Tài nguyên và Môi trường yêu cầu các địa phương chủ động ứng phó.", "Bộ Tài nguyên và Môi trường"),
])
def test_near_misses_keep_their_bodies(text: str, kept: str) -> None:
    names = extracted_body_names(text)
    assert kept in names


def test_other_head_with_the_acronym_is_not_renamed() -> None:
    text = ("Quỹ Phát triển Nông thôn (PTNT) cấp vốn cho hợp tác xã. "
            "Ngân hàng PTNT cũng tham gia chương trình cho vay.")
    names = extracted_body_names(text)
    assert "Quỹ Phát triển Nông thôn" in names
    assert "Ngân hàng PTNT" in names


def test_an_acronym_two_bodies_define_is_no_ones() -> None:
    """Two companies defining one acronym: the head and the acronym later name neither (was: the first)."""
    text = ("Công ty cổ phần Than Hòa Lâm (THL) ký hợp đồng với Công ty TNHH Thương mại Hoàng Linh (THL). "
            "Đại diện Công ty THL cho biết hợp đồng có giá trị 20 tỉ đồng.")
    assert extracted_body_names(text) == [
        "Công ty cổ phần Than Hòa Lâm", "Công ty TNHH Thương mại Hoàng Linh", "Công ty THL"]


def test_the_acronym_matches_whatever_its_case_when_printed_again() -> None:
    """'(CIMTA)' defined, then 'Công ty Cimta': the same body (names are compared folded elsewhere too)."""
    text = ("Công ty cổ phần Xây lắp Cơ khí Miền Tây (CIMTA) trúng thầu dự án. "
            "Theo Công ty Cimta, công trình sẽ hoàn thành trong năm tới.")
    names = extracted_body_names(text)
    assert "Công ty cổ phần Xây lắp Cơ khí Miền Tây" in names
    assert "Công ty Cimta" not in names


def test_a_long_capital_run_in_brackets_is_no_acronym_and_ends() -> None:
    """A bracket of many capitals and a lower-case word defines nothing (and is read in linear time)."""
    text = "Bộ Công an (ABCDEFGHIJKLMNOPQRSTUV z) cho biết. Bộ ABCDEFGH đã họp."
    assert "Bộ Công an" in extracted_body_names(text)
