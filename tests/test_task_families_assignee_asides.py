"""Task family of an assignee printed with a described aside in brackets right after its name: a role, a
description or a scope opening in lower case ("Bị can A (kế toán trưởng Công ty X) được ông B giao ...",
"yêu cầu UBND huyện Y (chủ đầu tư dự án) ..."). The assignee is the name before the aside, as the ledger
gold writes every such assignee.

Near misses: an aside opening with a capital stays, an acronym ("(EVN)") or the parent body ("(Bộ Công
an)"), as the gold keeps them or the full-name stage reads them."""

from __future__ import annotations

import pytest

from nqextract.extract.tasks.runons import without_aside


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Bị can Lê Thị Hoa (thủ quỹ của Công ty An Bình) được Trần Văn Tú giao theo dõi mọi khoản chi tiêu "
     "của công ty.", "Lê Thị Hoa", "theo dõi mọi khoản chi tiêu của công ty"),
    ("UBND tỉnh yêu cầu UBND huyện Tân Phú (chủ đầu tư dự án) sớm bổ sung chứng từ thanh toán cho nhà "
     "thầu.", "UBND huyện Tân Phú", "sớm bổ sung chứng từ thanh toán cho nhà thầu"),
])
def test_the_described_aside_is_left_out(run, text, assignee, action):
    assert (assignee, action) in {(t.assignee, t.action) for t in run(text)}


@pytest.mark.parametrize("text, assignee", [
    ("Thủ tướng giao Tập đoàn Điện lực Việt Nam (EVN) bảo đảm cung ứng đủ điện cho mùa khô năm nay.",
     "Tập đoàn Điện lực Việt Nam (EVN)"),
    ("Bộ trưởng yêu cầu Cục Cảnh sát giao thông (Bộ Công an) tăng cường tuần tra trên các tuyến cao tốc.",
     "Cục Cảnh sát giao thông (Bộ Công an)"),
    ("Giám đốc Sở giao Công an huyện Định Quán (Đồng Nai) xác minh toàn bộ nguồn gốc số gỗ bị thu giữ.",
     "Công an huyện Định Quán (Đồng Nai)"),
    ("Phó Thủ tướng yêu cầu Tổng công ty Cảng hàng không Việt Nam (Ủy ban Quản lý vốn nhà nước) khẩn trương "
     "lập phương án mở rộng nhà ga.",
     "Tổng công ty Cảng hàng không Việt Nam (Ủy ban Quản lý vốn nhà nước)"),
    ("Thường trực Tỉnh ủy yêu cầu Ban Thường vụ Thị ủy (Đảng bộ thị xã Ninh Hòa) tổ chức kiểm điểm các cá "
     "nhân có liên quan.",
     "Ban Thường vụ Thị ủy (Đảng bộ thị xã Ninh Hòa)"),
])
def test_a_capitalized_aside_stays(run, text, assignee):
    assert assignee in {t.assignee for t in run(text)}


@pytest.mark.parametrize("assignee, expected", [
    ("Đỗ Văn Bình (phó giám đốc", "Đỗ Văn Bình"),  # an aside the sentence cut short
    ("tỉnh Hòa Bình (kể cả các huyện mới sáp nhập)", "tỉnh Hòa Bình"),
    ("các ngân hàng (NHTM) và chi nhánh của ngân hàng", "các ngân hàng (NHTM) và chi nhánh của ngân hàng"),
    ("UBND (cấp xã) và UBND (cấp huyện)", "UBND (cấp xã) và UBND (cấp huyện)"),
    ("Bộ Tài chính", "Bộ Tài chính"),
    # a capital with a Vietnamese mark opens a parent body, a place or a school: the aside stays
    ("Công an huyện Định Quán (Đồng Nai)", "Công an huyện Định Quán (Đồng Nai)"),
    ("Tổng công ty Cảng hàng không (Ủy ban Quản lý vốn nhà nước)",
     "Tổng công ty Cảng hàng không (Ủy ban Quản lý vốn nhà nước)"),
    ("Trường Chính trị tỉnh (Ương Bí)", "Trường Chính trị tỉnh (Ương Bí)"),
    ("Chi cục Thủy sản (Ơn Thắng)", "Chi cục Thủy sản (Ơn Thắng)"),
    ("Ban Quản lý rừng phòng hộ (Ăn Thượng)", "Ban Quản lý rừng phòng hộ (Ăn Thượng)"),
    ("Công ty Thủy lợi (Ấp Bắc)", "Công ty Thủy lợi (Ấp Bắc)"),
    ("Viện Kiểm sát quân sự (Đại học Kỹ thuật)", "Viện Kiểm sát quân sự (Đại học Kỹ thuật)"),
    ("Ban Thường vụ Thị ủy (Đảng bộ thị xã Ninh Hòa)", "Ban Thường vụ Thị ủy (Đảng bộ thị xã Ninh Hòa)"),
    # the same marks in lower case open a description: left out
    ("Trần Thị Hạnh (ủy viên hội đồng quản trị)", "Trần Thị Hạnh"),
    ("Sở Xây dựng (đơn vị thẩm định)", "Sở Xây dựng"),
    ("Phạm Văn Lộc (ủy quyền của giám đốc", "Phạm Văn Lộc"),
])
def test_without_aside(assignee, expected):
    assert without_aside(assignee) == expected
