"""A year after a plan's type word or level, and a campaign's slogan after a plan's name, on constructed
sentences: "chương trình 2018" (a programme's edition year is no number), "phê duyệt quy hoạch chi tiết
năm 2011" (a plan's level alone before the year it was approved names no plan), "Kế hoạch triển khai
Phong trào thi đua “...”" (the campaign's quoted slogan belongs to the plan's name)."""

from __future__ import annotations

import pytest

from conftest import document_pairs as pairs

# --------------------------------------------------------------------------- a year is no short number


@pytest.mark.parametrize(
    "text",
    [
        "Năm nay có gần 1,14 triệu thí sinh theo chương trình 2018 và 25.000 theo chương trình 2006.",
        "Lần đầu tiên kỳ thi tổ chức cho hai chương trình 2006 và 2018 cùng lúc.",
        "Học sinh lớp 12 học theo chương trình 2018 từ năm học này.",
        "Giáo viên được tập huấn đề án 2025 của trường về ngoại ngữ.",
    ],
)
def test_a_year_after_a_type_word_is_no_number(extractor, text) -> None:
    assert pairs(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ đã ban hành Chỉ thị số 2018 về phòng chống dịch.", [("Chỉ thị", "2018")]),
        ("Theo Quyết định số 2015/QĐ-UBND, tỉnh giao đất cho hộ dân.", [("Quyết định", "2015/QĐ-UBND")]),
        ("Thực hiện Nghị quyết 18 của Trung ương, bộ sắp xếp lại bộ máy.", [("Nghị quyết", "18")]),
        ("Theo Quyết định 1325 của Thủ tướng, vùng có 6 tỉnh.", [("Quyết định", "1325")]),
    ],
)
def test_a_number_after_so_or_not_a_year_still_names_one(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


# --------------------------------------------------------------------------- a plan's level alone before a year


@pytest.mark.parametrize(
    "text",
    [
        "Khu vực cảng đã được Bộ Giao thông vận tải phê duyệt quy hoạch chi tiết năm 2011. Thế nhưng dự án vẫn treo.",
        "Huyện đã lập quy hoạch phân khu năm 2019 nhưng chưa công bố.",
        "Thị trấn được phê duyệt quy hoạch chung năm 2015, đến nay vẫn chưa điều chỉnh.",
    ],
)
def test_a_plan_level_alone_before_a_year_names_no_plan(extractor, text) -> None:
    assert pairs(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UBND tỉnh đã phê duyệt Quy hoạch chi tiết năm 2011 của cảng Đông Hồi.", "Quy hoạch chi tiết năm 2011"),
        ("Tỉnh điều chỉnh quy hoạch chung thị trấn Chư Sê đến năm 2030.", "quy hoạch chung thị trấn Chư Sê đến năm 2030"),
    ],
)
def test_a_capital_or_more_words_still_name_a_plan(extractor, text, expected) -> None:
    found = pairs(extractor, text)
    assert len(found) == 1 and found[0][0] == "Quy hoạch"
    assert found[0][1].lower().startswith(expected.lower()[: len("quy hoạch chung")])


# --------------------------------------------------------------------------- a campaign named by its slogan


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thực hiện Kế hoạch triển khai Phong trào thi đua “Chung tay xóa nhà tạm, nhà dột nát trên phạm vi cả "
         "nước trong năm 2025” của Thủ tướng Chính phủ, đơn vị đã khánh thành căn nhà mới.",
         ("Kế hoạch", "Kế hoạch triển khai Phong trào thi đua “Chung tay xóa nhà tạm, nhà dột nát trên phạm vi cả "
          "nước trong năm 2025”")),
        ("Huyện ban hành Kế hoạch thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”, giao các xã thực hiện.",
         ("Kế hoạch", "Kế hoạch thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”")),
        ("Tỉnh triển khai Kế hoạch hưởng ứng phong trào “Cả nước chung tay vì người nghèo”, huy động 20 tỷ đồng.",
         ("Kế hoạch", "Kế hoạch hưởng ứng phong trào “Cả nước chung tay vì người nghèo”")),
    ],
)
def test_a_campaign_slogan_belongs_to_the_plan_name(extractor, text, expected) -> None:
    assert expected in pairs(extractor, text)


def test_a_slogan_after_a_plain_name_stays_out(extractor) -> None:
    found = pairs(extractor, "Xã triển khai Kế hoạch phát triển du lịch “Về miền di sản” của huyện.")
    assert all("Về miền di sản" not in name for _, name in found)
