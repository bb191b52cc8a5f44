"""Documents: a capitalized 'Quyết định' announced or handed over with no number, named by its act ('chỉ định',
'công nhận', 'kiện toàn', 'thành lập': decision_act rows of document_types.tsv) and the act's object, after an
owner and 'về (việc)' too; the name runs over a term or a listed title after a comma and ends at a clause's
punctuation, a decision_end word or another comma. In lower case, at a sentence's start, with no lead, or with an
act it does not list ('phê duyệt': what it approves is a document of its own) it names none. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import decision_names

_ACTS = ("chỉ định", "chuẩn y", "công nhận", "kiện toàn", "phê duyệt", "thành lập")


def decisions(extractor, text: str) -> list[str | None]:
    return decision_names(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act after the type word, led by an announcing word; the name ends before what follows the object
        ("Hội nghị đã công bố Quyết định chỉ định Ban Chấp hành Chi hội Cựu chiến binh thôn Nậm Sài khóa II, "
         "nhiệm kỳ 2027 – 2032 gồm 9 hội viên.",
         ["Quyết định chỉ định Ban Chấp hành Chi hội Cựu chiến binh thôn Nậm Sài khóa II, nhiệm kỳ 2027 – 2032"]),
        ("Lãnh đạo huyện trao Quyết định công nhận Ban Chỉ huy Đội dân phòng tổ 4 nhiệm kỳ 2026 - 2028 cho các "
         "thành viên.",
         ["Quyết định công nhận Ban Chỉ huy Đội dân phòng tổ 4 nhiệm kỳ 2026 - 2028"]),
        ("Tại buổi lễ, đồng chí Bí thư trao Quyết định kiện toàn Ban Thanh tra nhân dân xã Tà Chải; các thành viên "
         "ra mắt.",
         ["Quyết định kiện toàn Ban Thanh tra nhân dân xã Tà Chải"]),
        # a list after a colon or a semicolon; titles listed after a comma and 'và' stay in the object
        ("Cuộc họp nghe đọc ba văn bản: Quyết định chỉ định Trưởng ban, Phó Trưởng ban và Ủy viên Ban Tuyên giáo "
         "khu; Quyết định kiện toàn Tổ công tác số hóa; Quyết định thành lập Câu lạc bộ Thơ ca bản Mường.",
         ["Quyết định chỉ định Trưởng ban, Phó Trưởng ban và Ủy viên Ban Tuyên giáo khu",
          "Quyết định kiện toàn Tổ công tác số hóa", "Quyết định thành lập Câu lạc bộ Thơ ca bản Mường"]),
        # an owner and 'về' / 'về việc' before the act; 'với' ends it
        ("Buổi gặp mặt có phần công bố Quyết định của Huyện ủy về chỉ định Bí thư Chi bộ trường Tiểu học số 2 với sự có mặt "
         "của nhiều giáo viên.",
         ["Quyết định của Huyện ủy về chỉ định Bí thư Chi bộ trường Tiểu học số 2"]),
        ("Chủ tịch phường trao Quyết định về việc thành lập Tổ bảo vệ an ninh trật tự khu phố 8, đồng thời tặng "
         "quà các tổ viên.",
         ["Quyết định về việc thành lập Tổ bảo vệ an ninh trật tự khu phố 8"]),
        # an administrative unit listed after a comma goes on; a quoted name is kept whole
        ("Hội nghị nghe đọc Quyết định thành lập nhóm “Tổ liên gia an toàn, sạch đẹp” tại các thôn, bản.",
         ["Quyết định thành lập nhóm “Tổ liên gia an toàn, sạch đẹp”"]),
        ("Sở đã trao Quyết định chỉ định Chủ tịch Hội Khuyến học các xã, phường sau sắp xếp.",
         ["Quyết định chỉ định Chủ tịch Hội Khuyến học các xã, phường sau sắp xếp"]),
        # 'đối với' stays in the object
        ("Ông giám đốc ký Quyết định công nhận kết quả học tập đối với học viên lớp bồi dưỡng khóa 3.",
         ["Quyết định công nhận kết quả học tập đối với học viên lớp bồi dưỡng khóa 3"]),
    ],
)
def test_announced_decision_named_by_its_act(extractor, text, expected) -> None:
    assert decisions(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'chuẩn y' is an act too
        ("Đại hội nghe công bố Quyết định chuẩn y Ban Chấp hành Công đoàn cơ sở trường Phổ thông dân tộc nội trú "
         "huyện, nhiệm kỳ 2028 - 2033.",
         ["Quyết định chuẩn y Ban Chấp hành Công đoàn cơ sở trường Phổ thông dân tộc nội trú huyện, nhiệm kỳ 2028 - 2033"]),
        ("Thay mặt Ban Thường vụ, đồng chí Phó Bí thư trao Quyết định chuẩn y kết quả bầu Bí thư Chi bộ thôn Sín Chải "
         "cho đồng chí Lù Văn Páo.",
         ["Quyết định chuẩn y kết quả bầu Bí thư Chi bộ thôn Sín Chải"]),
        # a title or a unit word after a comma opens a new clause: the name ends at the comma
        ("Ngay khi công bố Quyết định chỉ định Ban Vận động thành lập Hội Doanh nhân trẻ, Phó Chủ tịch UBND huyện Lò "
         "Thị Hoa giao nhiệm vụ cho ban.",
         ["Quyết định chỉ định Ban Vận động thành lập Hội Doanh nhân trẻ"]),
        ("Vừa trao Quyết định thành lập Câu lạc bộ Dưỡng sinh tổ 11, Bí thư Chi bộ Hoàng Văn Tùng tặng hoa các hội "
         "viên.",
         ["Quyết định thành lập Câu lạc bộ Dưỡng sinh tổ 11"]),
        ("Sau khi đọc Quyết định kiện toàn Tổ tự quản đường làng bản Phìn Ngan, xã còn trao tặng hai chiếc loa "
         "tuyên truyền.",
         ["Quyết định kiện toàn Tổ tự quản đường làng bản Phìn Ngan"]),
        ("Kết thúc phần công bố Quyết định thành lập Đội văn nghệ bản Nà Lốc, Chánh Văn phòng Huyện ủy phát biểu "
         "động viên.",
         ["Quyết định thành lập Đội văn nghệ bản Nà Lốc"]),
        # a list of titles goes on, but not into a title before a person's name
        ("Chi bộ nghe đọc Quyết định chỉ định Bí thư, Phó Bí thư Chi bộ Trường Tiểu học Cốc San nhiệm kỳ 2027 - 2030.",
         ["Quyết định chỉ định Bí thư, Phó Bí thư Chi bộ Trường Tiểu học Cốc San nhiệm kỳ 2027 - 2030"]),
        ("Ngay khi buổi lễ đọc Quyết định chỉ định Chủ tịch Hội Người cao tuổi bản Tà Phìn, Phó Chủ tịch UBND xã Vàng "
         "Thị Dung liền lên trao hoa.",
         ["Quyết định chỉ định Chủ tịch Hội Người cao tuổi bản Tà Phìn"]),
        # two decisions joined by 'và': two documents
        ("Hội nghị đã công bố Quyết định thành lập Chi bộ Trạm Y tế xã và Quyết định chỉ định Chi ủy lâm thời của "
         "chi bộ.",
         ["Quyết định chỉ định Chi ủy lâm thời của chi bộ", "Quyết định thành lập Chi bộ Trạm Y tế xã"]),
        ("Buổi lễ công bố Quyết định chỉ định Ban Chấp hành Đoàn xã, nhiệm kỳ 2027-2032 và Quyết định chỉ định "
         "Bí thư Đoàn xã.",
         ["Quyết định chỉ định Ban Chấp hành Đoàn xã, nhiệm kỳ 2027-2032", "Quyết định chỉ định Bí thư Đoàn xã"]),
        # a pair over a comma ('phòng, chống', 'thi đua, khen thưởng') is one name
        ("Chủ tịch xã trao Quyết định kiện toàn Hội đồng Thi đua, Khen thưởng xã cho các thành viên mới.",
         ["Quyết định kiện toàn Hội đồng Thi đua, Khen thưởng xã"]),
        ("Huyện công bố Quyết định thành lập Ban Chỉ huy phòng, chống lụt bão khu vực hồ Thác Bà ngày 4/8.",
         ["Quyết định thành lập Ban Chỉ huy phòng, chống lụt bão khu vực hồ Thác Bà"]),
        # 'sau khi' and a time of day end the name, whole
        ("Đồng chí Chủ tịch xã trao Quyết định công nhận Tổ hợp tác nuôi ong bản Khuổi Vài sau khi nghiệm thu mô hình.",
         ["Quyết định công nhận Tổ hợp tác nuôi ong bản Khuổi Vài"]),
        ("Phường vừa long trọng đọc Quyết định thành lập Tổ dân phố số 14 trong sáng nay.",
         ["Quyết định thành lập Tổ dân phố số 14"]),
        ("UBND xã trao Quyết định kiện toàn Tổ an ninh cơ sở thôn Làng Mới chiều nay.",
         ["Quyết định kiện toàn Tổ an ninh cơ sở thôn Làng Mới"]),
        # a list of units' names stays whole
        ("Tỉnh trao Quyết định thành lập Ban Quản lý rừng phòng hộ các xã Nậm Xé, Dần Thàng và Minh Lương.",
         ["Quyết định thành lập Ban Quản lý rừng phòng hộ các xã Nậm Xé, Dần Thàng và Minh Lương"]),
        ("Huyện trao Quyết định thành lập Cụm thi đua xã Bản Hồ, xã Tả Van và xã Lao Chải cho các địa phương.",
         ["Quyết định thành lập Cụm thi đua xã Bản Hồ, xã Tả Van và xã Lao Chải"]),
    ],
)
def test_announced_decision_ends_at_its_object(extractor, text, expected) -> None:
    assert decisions(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # 'quyết định' as a verb or a common noun
        "Hội đồng quản trị quyết định đầu tư thêm hai dây chuyền chế biến chè.",
        "Ủy ban đã ra quyết định chỉ định thầu gói thiết kế cầu treo bản Cốc.",
        "Các quyết định của UBND huyện về công nhận làng văn hóa được niêm yết ở nhà văn hóa.",
        "Người dân chờ quyết định công nhận hộ thoát nghèo của xã trong tháng tới.",
        # lower case even after an announcing verb: the ledger leaves it unnamed
        "Chủ tịch xã trao quyết định chỉ định Tổ trưởng Tổ dân vận thôn Lùng Vai.",
        # a sentence's start with no lead: the verb 'decide'
        "Quyết định chỉ định Ban Chấp hành lâm thời là việc cần làm ngay.",
        # another word before it: the verb
        "Thường trực Đảng ủy Quyết định chỉ định Ban Chấp hành Chi bộ thôn Cốc Ly.",
        # no object after the act
        "Lãnh đạo xã trao Quyết định công nhận cho bốn gia đình tiêu biểu.",
        # a predicate after it with no verb before: the decision as a clause's subject
        "Theo ông Tuấn, Quyết định kiện toàn Ban Chỉ đạo được dư luận đồng tình.",
        # 'phê duyệt' names no decision here (the approved plan is the document)
        "Tỉnh đã công bố Quyết định phê duyệt phương án di dời dân vùng sạt lở bản Mý.",
        # a number after the type word is read by the numbered rules
        "Tỉnh ủy trao Quyết định số 1530-QĐ/TU chỉ định Phó Bí thư Đảng ủy xã.",
    ],
)
def test_no_decision_named(extractor, text) -> None:
    assert not [d for d in decisions(extractor, text) if d and any(act in d for act in _ACTS)]
