"""Bodies: a foreign news outlet of the gazetteer (bodies.tsv press and brand rows) printed after a descriptor, in
either case, is named by its own name, the descriptor a common noun ("Hãng tin Reuters", "Đài Fox News" -> Reuters,
Fox News); a Vietnamese paper whose name holds "Báo" keeps it, and a descriptor alone or a report "của" an outlet
names nothing more. Outlets the ledger's world news cites with a descriptor ("Báo The Times", "Đài CCTV News",
"Hãng tin Nournews") are named by their own name too; "The Times", a common Latin phrase (flag `described`), only after
a descriptor: a song's title, a photo credit or a longer name opening with it names none (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names


@pytest.mark.parametrize("text, outlet", [
    ("Hãng tin Reuters ngày 4-2 dẫn nguồn tin giấu tên nói rằng hai bên sắp ký thỏa thuận.", "Reuters"),
    ("Theo Hãng tin Bloomberg, quỹ đầu tư Tarnwell đã rút vốn khỏi dự án cảng biển.", "Bloomberg"),
    ("Hãng thông tấn Yonhap cho biết đoàn đại biểu Karsovia đã tới Seoul hôm qua.", "Yonhap"),
    ("Theo Đài Fox News, thống đốc bang Velmont đã ký sắc lệnh khẩn cấp.", "Fox News"),
    ("Đài CNN dẫn lời thị trưởng Orlen Bask cho biết thành phố đã sơ tán 200 hộ dân.", "CNN"),
    ("Theo Báo New York Times, ủy ban điều tra sẽ công bố báo cáo vào tuần tới.", "New York Times"),
    ("Tờ Wall Street Journal cho biết hãng Norvale sẽ cắt giảm 300 nhân viên.", "Wall Street Journal"),
])
def test_an_outlet_after_its_capitalized_descriptor_is_named_by_its_own_name(text, outlet):
    names = tagged_body_names(text)
    assert outlet in names
    assert not [n for n in names if n.endswith(" " + outlet)]


def test_every_mention_of_the_outlet_is_the_same_body():
    text = ("Theo Hãng tin AFP, cuộc bầu cử ở Karsovia diễn ra yên bình. "
            "Một cử tri nói với AFP rằng ông hài lòng với kết quả.")
    assert body_names(text) == ["AFP", "AFP"]
    assert tagged_body_names(text) == ["AFP", "AFP"]


@pytest.mark.parametrize("text, body", [
    ("Báo Nhân Dân đăng bài xã luận về công tác cán bộ.", "Báo Nhân Dân"),
    ("Theo báo Hà Nội mới, nhiều tuyến phố sẽ được cải tạo trong năm tới.", "Báo Hà Nội mới"),
])
def test_a_vietnamese_paper_keeps_its_name(text, body):
    assert tagged_body_names(text) == [body]


@pytest.mark.parametrize("text", [
    "Theo báo cáo của Reuters, giá dầu thô đã tăng 2% trong phiên giao dịch.",
    "Hãng tin cho biết thêm rằng cuộc họp sẽ kéo dài hai ngày.",
    "Đài truyền hình địa phương phát sóng trực tiếp lễ khánh thành cây cầu.",
    "Ông Talvin Reuters, một nhà sưu tầm, đã hiến tặng bộ tem cho bảo tàng.",
])
def test_a_report_a_descriptor_alone_or_a_person_names_no_descriptor(text):
    names = tagged_body_names(text)
    assert not [n for n in names if " " in n and n.split()[-1] in ("Reuters", "tin", "hình")]
    assert all(n == "Reuters" for n in names) or names == []


@pytest.mark.parametrize("text, outlet", [
    ("Báo The Times (Anh) dẫn một nguồn tin giấu tên cho biết đội bóng sẽ đổi chủ.", "The Times"),
    ("Theo Đài CCTV News, tàu hàng đã cập cảng Thanh Đảo sáng thứ ba.", "CCTV News"),
    ("Sáng 3-5, trang CCTV News đưa tin hai bên đã nối lại đàm phán thương mại.", "CCTV News"),
    ("Hãng tin Nournews ngày 14-3 đưa tin Tehran đã gửi phản hồi qua bên trung gian.", "Nournews"),
])
def test_an_outlet_cited_with_a_descriptor_is_named_by_its_own_name(text, outlet):
    names = tagged_body_names(text)
    assert outlet in names
    assert not any(n != outlet and n.endswith(" " + outlet) for n in names)


@pytest.mark.parametrize("text, absent", [
    ("Hiện trường vụ cháy nhà kho ở ngoại ô London. Ảnh: The Times", "The Times"),
    ("Theo tờ The Times of India, ông Raj Kumar đã tới New Delhi hôm qua.", "The Times"),
    ("Ca sĩ Mira Dalen mở màn đêm nhạc bằng bài The Times Are Turning của nhóm Velmont.", "The Times"),
    ("Ông Peter Hale kể rằng ông đọc The Times mỗi sáng trước khi tới Bộ Ngoại giao.", "The Times"),
])
def test_no_outlet_of_a_credit_a_song_or_a_longer_name(text, absent):
    assert absent not in tagged_body_names(text)
