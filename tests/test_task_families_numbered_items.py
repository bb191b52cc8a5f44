"""Task family of duties numbered line by line after a cue whose one assignee closes with a colon
("Bộ trưởng yêu cầu Cục X:" / "1. Tăng cường ..." / "2. Xử lý ..."): the sentence splitter cuts a digit
marker ("1.") off its item; the marker alone is no sentence of the passage, so the items follow the lead
the way dash items do and each is a task of that assignee.

Near misses from ordinary news of other topics: numbered lines after a lead with no cue (a league table,
the steps of a procedure, a company's results, a weather forecast, an investigation's findings)."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, expected", [
    ("Bộ trưởng yêu cầu Cục Đường bộ Việt Nam:\n1. Tăng cường kiểm tra tải trọng xe.\n"
     "2. Xử lý nghiêm các trường hợp vi phạm.",
     {("Cục Đường bộ Việt Nam", "Tăng cường kiểm tra tải trọng xe"),
      ("Cục Đường bộ Việt Nam", "Xử lý nghiêm các trường hợp vi phạm")}),
    ("Bộ trưởng yêu cầu Cục Đường bộ Việt Nam thực hiện các nhiệm vụ sau:\n1. Tăng cường kiểm tra tải "
     "trọng xe.\n2. Xử lý nghiêm các trường hợp vi phạm.",
     {("Cục Đường bộ Việt Nam", "Tăng cường kiểm tra tải trọng xe"),
      ("Cục Đường bộ Việt Nam", "Xử lý nghiêm các trường hợp vi phạm")}),
    ("Giám đốc Sở Giáo dục và Đào tạo đề nghị các trường trung học phổ thông:\n1. Rà soát toàn bộ hệ thống "
     "phòng cháy trong ký túc xá.\n2. Tăng cường quản lý học sinh nội trú.",
     {("các trường trung học phổ thông", "Rà soát toàn bộ hệ thống phòng cháy trong ký túc xá"),
      ("các trường trung học phổ thông", "Tăng cường quản lý học sinh nội trú")}),
    ("Chủ tịch UBND tỉnh yêu cầu Sở Nông nghiệp và Môi trường:\n1. Khẩn trương kiểm tra các hồ chứa nước "
     "xung yếu.\n2. Chuẩn bị phương án sơ tán dân trước mùa mưa bão.\n3. Tổ chức diễn tập ứng phó thiên tai.",
     {("Sở Nông nghiệp và Môi trường", "Khẩn trương kiểm tra các hồ chứa nước xung yếu"),
      ("Sở Nông nghiệp và Môi trường", "Chuẩn bị phương án sơ tán dân trước mùa mưa bão"),
      ("Sở Nông nghiệp và Môi trường", "Tổ chức diễn tập ứng phó thiên tai")}),
])
def test_numbered_duties_of_one_assignee(run, text, expected):
    assert expected <= pairs(run(text)), pairs(run(text))


@pytest.mark.parametrize("text", [
    "Bảng xếp hạng sau vòng 5 như sau:\n1. Đội Sông Lam 13 điểm.\n2. Đội Bến Thành 10 điểm.",
    "Ông Minh cho biết quy trình gồm các bước:\n1. Đăng ký tài khoản trên cổng dịch vụ công.\n"
    "2. Nộp hồ sơ trực tuyến và chờ kết quả.",
    "Công ty Hòa Bình công bố kết quả kinh doanh quý III:\n1. Doanh thu đạt 30.000 tỉ đồng.\n"
    "2. Lợi nhuận tăng 20% so với cùng kỳ.",
    "Dự báo thời tiết ngày mai:\n1. Bắc Bộ có mưa rào và dông rải rác.\n2. Nam Bộ nắng nóng gay gắt.",
    "Cơ quan điều tra xác định:\n1. Nguyễn Văn Tâm là người chủ mưu.\n2. Trần Văn Bình giúp sức tiêu thụ tài sản.",
])
def test_no_numbered_duties(run, text):
    assert run(text) == []
