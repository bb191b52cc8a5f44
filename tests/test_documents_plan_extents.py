"""Documents: how far a plan's name runs past a word that else ends it: the list of places a scheme
rearranges after 'gồm', a phrase such as 'do Nhà nước quản lý' inside the name, and a draft regulation
printed in lower case ('dự thảo quy chế tuyển sinh ...'). Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import document_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thành ủy trình dự thảo Đề án hợp nhất hai đơn vị hành chính cấp tỉnh gồm tỉnh Hà Giang và tỉnh Tuyên Quang.",
         [("Đề án", "Đề án hợp nhất hai đơn vị hành chính cấp tỉnh gồm tỉnh Hà Giang và tỉnh Tuyên Quang")]),
        ("Tỉnh ủy thông qua Đề án sắp xếp, hợp nhất ba đơn vị hành chính cấp tỉnh gồm TP.HCM, tỉnh Long An và tỉnh "
         "Bà Rịa - Vũng Tàu; sau đó trình Trung ương.",
         [("Đề án", "Đề án sắp xếp, hợp nhất ba đơn vị hành chính cấp tỉnh gồm TP.HCM, tỉnh Long An và tỉnh "
           "Bà Rịa - Vũng Tàu")]),
        ("Huyện đã xây dựng Đề án sáp nhập các xã gồm xã An Bình, xã Tân Hòa và thị trấn Phú Lộc.",
         [("Đề án", "Đề án sáp nhập các xã gồm xã An Bình, xã Tân Hòa và thị trấn Phú Lộc")]),
    ],
)
def test_a_scheme_keeps_the_list_of_places_it_rearranges(extractor, text, expected) -> None:
    assert document_pairs(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no places after 'gồm': the name ends before it
        ("Tỉnh xây dựng Đề án phát triển du lịch gồm nhiều nội dung quan trọng.",
         [("Đề án", "Đề án phát triển du lịch")]),
        # one place only
        ("Tỉnh xây dựng Đề án phát triển du lịch gồm Hà Nội.", [("Đề án", "Đề án phát triển du lịch")]),
        # the list does not end the clause: a purpose goes on after it
        ("Tỉnh đã trình Đề án sáp nhập các xã gồm xã An Bình, xã Tân Hòa và thị trấn Phú Lộc để Ủy ban xem xét.",
         [("Đề án", "Đề án sáp nhập các xã")]),
    ],
)
def test_gom_without_a_closing_list_of_places_still_ends_the_name(extractor, text, expected) -> None:
    assert document_pairs(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ Xây dựng xây dựng Đề án thí điểm trung tâm giao dịch quyền sử dụng đất do Nhà nước quản lý, trình Chính "
         "phủ trong tháng 10.",
         [("Đề án", "Đề án thí điểm trung tâm giao dịch quyền sử dụng đất do Nhà nước quản lý")]),
        ("Bộ Xây dựng triển khai Đề án quản lý nhà ở do Nhà nước sở hữu giai đoạn 2021-2025 trên cả nước.",
         [("Đề án", "Đề án quản lý nhà ở do Nhà nước sở hữu giai đoạn 2021-2025")]),
        # 'do' and another body: the drafter, no part of the name
        ("Bộ đang hoàn thiện Đề án phát triển nhà ở xã hội do Bộ Xây dựng chủ trì soạn thảo.",
         [("Đề án", "Đề án phát triển nhà ở xã hội")]),
    ],
)
def test_a_state_managed_phrase_stays_inside_the_name(extractor, text, expected) -> None:
    assert document_pairs(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Báo chí phản ánh nhiều ý kiến về dự thảo quy chế tuyển sinh trung học cơ sở và trung học phổ thông.",
         [("Quy chế", "Quy chế tuyển sinh trung học cơ sở và trung học phổ thông")]),
        ("Bộ công bố dự thảo quy chế tuyển sinh trung học phổ thông chuyên để lấy ý kiến rộng rãi.",
         [("Quy chế", "Quy chế tuyển sinh trung học phổ thông chuyên")]),
        # the verb of proposing ends the name
        ("Dự thảo quy chế tuyển sinh đại học đề xuất bỏ xét tuyển sớm.",
         [("Quy chế", "Quy chế tuyển sinh đại học")]),
        # a lower-case regulation without the draft word, or a draft named by no subject, names none
        ("Trường ban hành quy chế tuyển sinh riêng cho năm học mới.", []),
        ("Bộ đang hoàn thiện dự thảo quy chế này để trình Bộ trưởng.", []),
    ],
)
def test_a_draft_regulation_printed_in_lower_case_is_named(extractor, text, expected) -> None:
    assert document_pairs(extractor, text) == expected
