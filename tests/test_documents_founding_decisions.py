"""Documents: a capitalized 'Quyết định' whose subject opens with a founding action and a capitalized name ('Quyết
định thành lập Hội đồng ...') names that decision with no issuing verb before it, away from a sentence's start
(founding_subject rows of document_types.tsv); it ends before 'và' and a lower-case item listed after it. At a
sentence's start, in lower case, or without a capitalized name it is the verb 'decide' or no name; before a predicate
it is the decision to found, no document. Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import decision_names


def decisions(extractor, text: str) -> list[str | None]:
    return decision_names(extractor, text, dt.date(2024, 11, 20))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Theo Quyết định thành lập Ban Quản lý cảng cá, ban có bốn phòng chuyên môn.",
         ["Quyết định thành lập Ban Quản lý cảng cá"]),
        ("Buổi lễ giới thiệu Nghị quyết về sắp xếp xã, Quyết định thành lập Ban Chỉ huy quân sự xã và danh sách cán bộ.",
         ["Quyết định thành lập Ban Chỉ huy quân sự xã"]),
        ("Văn phòng giới thiệu Quyết định thành lập Tổ công tác đặc biệt năm 2030 cùng danh sách thành viên.",
         ["Quyết định thành lập Tổ công tác đặc biệt năm 2030"]),
        # a day after the name is none of it (a year is, as after an issuing verb); a number after 'số' is; 'phòng,
        # chống' goes on
        ("Căn cứ Quyết định thành lập Ban Kinh tế và Xã hội Thành ủy ngày 3-4-2026, ban đã họp phiên đầu.",
         ["Quyết định thành lập Ban Kinh tế và Xã hội Thành ủy"]),
        ("Theo Quyết định thành lập Khu kinh tế Cửa khẩu Tây Bắc năm 2009, khu rộng 500 ha.",
         ["Quyết định thành lập Khu kinh tế Cửa khẩu Tây Bắc năm 2009"]),
        ("Chủ tịch xã trao Quyết định thành lập Chi hội số 12 cho các hội viên.",
         ["Quyết định thành lập Chi hội số 12"]),
        ("Theo Quyết định thành lập Ban Chỉ huy phòng, chống lụt bão, ban gồm 11 người.",
         ["Quyết định thành lập Ban Chỉ huy phòng, chống lụt bão"]),
        ("Căn cứ Quyết định thành lập Trung tâm Bảo tồn và Phát huy di sản, trung tâm sắp xếp lại các phòng.",
         ["Quyết định thành lập Trung tâm Bảo tồn và Phát huy di sản"]),
        # the verb 'decide', or no founded name
        ("Quyết định thành lập Ban chỉ đạo được ký vào đầu tháng.", []),
        ("Ủy ban nhân dân huyện quyết định thành lập Tổ kiểm tra liên ngành về an toàn thực phẩm.", []),
        ("Lãnh đạo tỉnh trao Quyết định thành lập cho ba đơn vị mới.", []),
        # after an adverb, a body or a title, or in a clause of its own, it is the verb 'decide' or no document
        ("UBND thị xã đã Quyết định thành lập Tổ kiểm tra an toàn thực phẩm.", []),
        ("Bộ trưởng Quyết định thành lập Hội đồng Đánh giá sáng kiến cấp bộ.", []),
        ("Hội đồng nhân dân huyện sẽ Quyết định thành lập Quỹ Bảo trợ nghề gốm.", []),
        ("Thiếu vốn khiến Quyết định thành lập Trường Tiểu học Sao Mai chậm thực hiện nhiều tháng.", []),
        ("Theo bà Lan, Quyết định thành lập Tổ công tác đặc biệt đã được nhiều cán bộ hoan nghênh.", []),
        ("Giám đốc sở đọc Quyết định điều động ông Trần Văn Bình về phòng tổ chức.", []),
    ],
)
def test_founding_decision_named_without_verb(extractor, text, expected) -> None:
    assert decisions(extractor, text) == expected
