"""Documents: international documents titled by their subject or parties, and listed by a few lower-case words.
Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import document_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hai bên đã ra Tuyên bố chung về tăng cường quan hệ Đối tác toàn diện Việt Nam - Chile. Hai bên khẳng định.",
         [("Tuyên bố chung", "Tuyên bố chung về tăng cường quan hệ Đối tác toàn diện Việt Nam - Chile")]),
        ("Hai Bộ trưởng đã ký Hiệp định về miễn thị thực cho người mang hộ chiếu phổ thông, có hiệu lực sau 60 ngày.",
         [("Hiệp định", "Hiệp định về miễn thị thực cho người mang hộ chiếu phổ thông")]),
        ("Hai nước cam kết thực hiện Công ước về quyền trẻ em, đồng thời thúc đẩy hợp tác giáo dục.",
         [("Công ước", "Công ước về quyền trẻ em")]),
        # the bracketed abbreviation closes the title; "tạo điều kiện" is the predicate after it
        ("Các bên cần thực hiện Tuyên bố về ứng xử của các bên ở Biển Đông (DOC) một cách đầy đủ.",
         [("Tuyên bố", "Tuyên bố về ứng xử của các bên ở Biển Đông")]),
        ("Lãnh đạo hai nước chứng kiến lễ ký Hiệp định về hợp tác lao động tạo điều kiện cho người lao động hai nước.",
         [("Hiệp định", "Hiệp định về hợp tác lao động")]),
        # "và" before another accord ends the first one's title; a 'về việc' title runs to the clause end
        ("Hai bên trao Bản ghi nhớ về việc thành lập Tiểu ban hợp tác nông nghiệp và thủy sản giữa hai nước và "
         "Bản ghi nhớ hợp tác giữa Trường Đại học Huế và Đại học Kasetsart. Sau đó hai bên họp báo.",
         [("Bản ghi nhớ", "Bản ghi nhớ về việc thành lập Tiểu ban hợp tác nông nghiệp và thủy sản giữa hai nước"),
          ("Bản ghi nhớ", "Bản ghi nhớ hợp tác giữa Trường Đại học Huế và Đại học Kasetsart")]),
        ("Tại buổi làm việc, hai cơ quan ký Biên bản ghi nhớ hợp tác giữa Thông tấn xã Việt Nam và Hãng thông tấn Lào.",
         [("Biên bản ghi nhớ", "Biên bản ghi nhớ hợp tác giữa Thông tấn xã Việt Nam và Hãng thông tấn Lào")]),
    ],
)
def test_an_accord_is_named_by_its_subject_or_parties(extractor, text, expected) -> None:
    assert document_pairs(extractor, text) == expected


def test_accords_of_a_list_are_named_by_their_lower_case_words(extractor) -> None:
    text = ("Hai nước sẽ đàm phán 3 hiệp định gồm: Hiệp định thương mại tự do; Hiệp định khuyến khích và bảo hộ đầu "
            "tư; Hiệp định về hợp tác văn hóa, giáo dục, du lịch và Hiệp định về dẫn độ.")
    assert document_pairs(extractor, text) == [
        ("Hiệp định", "Hiệp định thương mại tự do"),
        ("Hiệp định", "Hiệp định khuyến khích và bảo hộ đầu tư"),
        ("Hiệp định", "Hiệp định về hợp tác văn hóa, giáo dục, du lịch"),
        ("Hiệp định", "Hiệp định về dẫn độ"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # "Tuyên bố" opening a sentence is the verb; lower-case "tuyên bố" too
        "Tuyên bố về việc này, người phát ngôn cho biết sẽ tiếp tục theo dõi.",
        "Ông A tuyên bố về việc rút khỏi cuộc đua vào tuần tới.",
        # a lone lower-case item with no accord of its kind after it is no list
        "Doanh nghiệp tận dụng Hiệp định thương mại tự do, nhưng còn nhiều khó khăn.",
        # a clause after the type word: no title
        "Hiệp định này có hiệu lực từ năm 2020, theo Bộ Công Thương.",
        "Các Hiệp định về thương mại đã được ký kết trong nhiệm kỳ.",
    ],
)
def test_no_accord_without_a_title(extractor, text) -> None:
    assert document_pairs(extractor, text) == []
