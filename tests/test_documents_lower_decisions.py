"""Documents: a lower-case 'quyết định' right after an announcing lead ('công bố', 'các' maybe between: the
decision_lower_lead rows of document_types.tsv), named by its act ('bổ nhiệm', a decision_lower_act row, or a
decision_act row: 'chỉ định', 'công nhận', 'thành lập' ...) and the act's object, the name ending where a capitalized
announced decision's does. After any other word ('trao', 'ký', 'chờ', 'theo'), with an act it does not list ('phê
duyệt', 'sắp xếp', 'đầu tư'), or with a comma before its act, it names none; nor does one whose object holds no
capitalized word ('bổ nhiệm viên chức'), one a plan or a denial leads ('sẽ công bố', 'chưa kịp công bố'), one a
numbered decision of its type follows in its sentence, or one a list of persons goes on after. Issued, signed,
taken or handed over ('ra', 'ban hành', 'ký', 'trao'), or announced by its owner and matter with no act, it names
none either: such decisions are named too seldom to name them. A time or clause word
('từ', 'trong', 'vì', 'khi'; not 'sau', 'trước': 'các xã sau sáp nhập') ends the object. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import decision_names


def decisions(extractor, text: str) -> list[str | None]:
    return decision_names(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an appointment announced at a ceremony: the name runs to the sentence's end
        ("Nhân dịp kỷ niệm ngày truyền thống, Bộ chỉ huy quân sự tỉnh vừa long trọng công bố quyết định bổ nhiệm trung tá Lục Văn "
         "Khải làm Chỉ huy trưởng Ban chỉ huy quân sự phường Đông Hải.",
         ["Quyết định bổ nhiệm trung tá Lục Văn Khải làm Chỉ huy trưởng Ban chỉ huy quân sự phường Đông Hải"]),
        # a comma ends it before the next clause
        ("Thay mặt hội đồng trường, phó chủ tịch hội đồng đọc và công bố quyết định bổ nhiệm phó giáo sư Ninh Thị "
         "Thoa giữ chức Hiệu trưởng, rồi các khoa lên chúc mừng bà.",
         ["Quyết định bổ nhiệm phó giáo sư Ninh Thị Thoa giữ chức Hiệu trưởng"]),
        # 'các' between the lead and the type word; a clause word ('khi') ends it
        ("Hợp tác xã chè Tân Cương vừa công bố các quyết định thành lập Tổ hợp tác nuôi ong Bản Phiệt khi tổng kết vụ "
         "xuân.",
         ["Quyết định thành lập Tổ hợp tác nuôi ong Bản Phiệt"]),
        # time and clause words end the object: 'từ', 'trong', 'vì'
        ("Công ty xổ số kiến thiết tỉnh hôm nay công bố quyết định bổ nhiệm bà Khổng Thị Mơ làm Kế toán trưởng từ ngày 15-3.",
         ["Quyết định bổ nhiệm bà Khổng Thị Mơ làm Kế toán trưởng"]),
        ("Ban quản lý cảng cá công bố quyết định bổ nhiệm ông Giáp Văn Cừ phụ trách Phòng Kỹ thuật từ quý sau.",
         ["Quyết định bổ nhiệm ông Giáp Văn Cừ phụ trách Phòng Kỹ thuật"]),
        ("Trung tâm văn hóa tỉnh công bố quyết định bổ nhiệm ông Mạc Đình Tú làm Phó Giám đốc trong cuộc họp giao "
         "ban.",
         ["Quyết định bổ nhiệm ông Mạc Đình Tú làm Phó Giám đốc"]),
        ("Trường cao đẳng nghề công bố quyết định bổ nhiệm ông Ông Văn Lễ làm Trưởng phòng đào tạo vì ông có nhiều "
         "năm giảng dạy.",
         ["Quyết định bổ nhiệm ông Ông Văn Lễ làm Trưởng phòng đào tạo"]),
        ("Vị giám đốc kể: “Hồi ấy chúng tôi công bố quyết định bổ nhiệm chị Tạ Thu Hà làm Trưởng trạm trong mấy tháng "
         "thử việc”.",
         ["Quyết định bổ nhiệm chị Tạ Thu Hà làm Trưởng trạm"]),
        # 'sau' is no end: 'sau sáp nhập' belongs to the object
        ("Hội Cựu chiến binh tỉnh công bố quyết định công nhận Ban Chấp hành lâm thời Hội Cựu chiến binh xã Tà Xùa "
         "sau sáp nhập.",
         ["Quyết định công nhận Ban Chấp hành lâm thời Hội Cựu chiến binh xã Tà Xùa sau sáp nhập"]),
        # a numbered decision printed after it in the sentence names it: no second one
        ("Sáng 4-5, huyện công bố quyết định bổ nhiệm ông Đàm Văn Phú làm Trưởng Phòng Nội vụ (Quyết định số "
         "88/QĐ-UBND ngày 2-5-2026).",
         ["88/QĐ-UBND"]),
        # a quoted name inside the object stays whole
        ("Tối qua, Đoàn Thanh niên phường Kim Sơn còn công bố quyết định thành lập Đội hình tình nguyện "
         "“Ánh sáng phố cổ”; các đoàn viên ra mắt.",
         ["Quyết định thành lập Đội hình tình nguyện “Ánh sáng phố cổ”"]),
        ("Hội Nông dân huyện đã công bố quyết định công nhận Chi hội trưởng chi hội ấp Rạch Sậy.",
         ["Quyết định công nhận Chi hội trưởng chi hội ấp Rạch Sậy"]),
    ],
)
def test_lower_case_announced_decisions(extractor, text: str, expected: list[str]) -> None:
    assert decisions(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another lead: a handing-over or a signing is no announcement of a named decision
        "Giám đốc Sở Nội vụ trao tận tay quyết định bổ nhiệm kỹ sư Vũ Đình Lực làm phó giám đốc trung tâm.",
        "Phó chủ tịch tỉnh đã ký quyết định phê duyệt dự toán nạo vét hai gói thầu nạo vét kênh.",
        # the common noun or the verb
        "Theo quyết định của cấp trên, đơn vị phải bàn giao kho hàng trong tháng 6.",
        "Nhiều cán bộ vẫn đang chờ quyết định bổ nhiệm của cấp có thẩm quyền.",
        "Hội đồng thành viên doanh nghiệp đã công bố quyết định đầu tư một nhà máy sấy nông sản mới.",
        # an act the lower-case form does not list
        "Ban giám đốc mới công bố quyết định sắp xếp lại các phòng chuyên môn từ tháng sau.",
        "Ngân hàng thương mại công bố quyết định phê duyệt khoản vay cho hợp tác xã.",
        # a comma between the type word and the act, a student's project
        "Bộ trưởng công bố quyết định, bổ nhiệm thượng tá Lò Văn Sinh giữ chức giám đốc.",
        "Sinh viên năm cuối công bố đề án tốt nghiệp về nhà ở giá rẻ trước hội đồng chấm.",
        # no object before the end
        "Lãnh đạo sở hứa tháng tới công bố quyết định bổ nhiệm.",
        # no named object: an appointment of staff in general
        "Thanh tra tỉnh nhận xét huyện đã công bố quyết định bổ nhiệm viên chức đúng trình tự.",
        "Sau sáp nhập, các xã lần lượt công bố các quyết định bổ nhiệm trưởng, phó các phòng chuyên môn.",
        # a plan or a denial: no decision named yet
        "Dự kiến cuối tháng, hội đồng sẽ công bố quyết định bổ nhiệm ông Phùng Văn Hải làm Phó Giám đốc.",
        "Đến hôm qua, sở vẫn chưa kịp công bố quyết định bổ nhiệm bà Lã Thị Vân làm Chánh Văn phòng.",
        # a list of persons: whose decision is unsaid
        "Ủy ban công bố quyết định bổ nhiệm ông Cù Văn Tư làm Trưởng ban và bà Âu Thị Lành làm Phó Trưởng ban.",
        "Chiều qua, viện công bố các quyết định bổ nhiệm ông Thân Văn Cát và ông Lạc Văn Hòa.",
        "Tổng cục công bố quyết định bổ nhiệm ông Kiều Văn An làm Cục trưởng; bà Bế Thị Mai làm Phó Cục trưởng.",
        # issued, handed over or taken, not announced: the gold lists such a decision by name too seldom
        "Điều tra viên huyện Mường Khương hôm qua ra quyết định khởi tố một vụ buôn gỗ lậu ở bản Sín Chải.",
        "Thị xã Sông Cầu ban hành quyết định xử phạt xưởng gỗ Ngọc Lâm vì xả nước thải ra suối.",
        "Lãnh đạo tỉnh Hòa Bình đã ký quyết định công nhận Làng nghề mây tre Phú Vinh đạt chuẩn.",
        "Hiệu trưởng trao quyết định bổ nhiệm cho thầy Đinh Công Lực làm Trưởng khoa Cơ khí.",
        # announced by its owner and matter, no act: unnamed in some articles, left out in others
        "Chiều qua, tại hội trường lớn, Bộ Tư lệnh công bố các quyết định của Tư lệnh quân khu về nhân sự.",
        # the verb, a common noun or a plural
        "Tổ ứng phó lũ của xã đã ra quyết định kịp thời để sơ tán các hộ ven sông.",
        "Phụ huynh ủng hộ quyết định đúng đắn của huyện về việc giữ lại điểm trường lẻ.",
        "Các quyết định ấy của Đảng ủy xã được phổ biến tới từng chi bộ.",
    ],
)
def test_lower_case_decisions_not_named(extractor, text: str) -> None:
    assert decisions(extractor, text) == []
