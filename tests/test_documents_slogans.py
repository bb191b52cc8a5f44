"""Documents: a quoted title right after a lower-case 'chương trình' or 'chiến lược' (flag ``slogan``) names a
campaign, a show or a slogan, no document; a scheme named by its quoted title ('đề án "..."'), a capitalized
'Chương trình "..."' and a programme named without quotes still are. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import document_pairs


@pytest.mark.parametrize(
    "text",
    [
        'Nổi bật là các hoạt động của chương trình "Bữa cơm yêu thương", mô hình "Tủ sách nhân ái" trong lực lượng '
        "Công an tỉnh.",
        'Thứ trưởng ghi nhận nỗ lực của các thầy cô trong chương trình "Thắp sáng ước mơ" năm nay.',
        "Thành phố coi doanh nghiệp nhỏ là đối tác quan trọng trong chiến lược “xanh hóa chuỗi cung ứng”.",
        "Đoàn thanh niên tỉnh tiếp tục thực hiện chương trình “Áo ấm mùa đông” tại các xã vùng cao.",
        "Hội Nông dân triển khai chiến lược “mỗi xã một sản phẩm sạch” trong năm 2025.",
    ],
)
def test_a_quoted_title_after_a_slogan_word_names_no_document(extractor, text) -> None:
    assert document_pairs(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Tỉnh đang triển khai đề án "Phát triển du lịch cộng đồng vùng cao giai đoạn 2025-2030" với nhiều kết quả.',
         ("Đề án", "Đề án Phát triển du lịch cộng đồng vùng cao giai đoạn 2025-2030")),
        ("Bộ đang triển khai Chương trình “Sức khỏe học đường” trên cả nước.",
         ("Chương trình", "Chương trình Sức khỏe học đường")),
        ("UBND tỉnh ban hành Chương trình phát triển du lịch cộng đồng giai đoạn 2025-2030.",
         ("Chương trình", "Chương trình phát triển du lịch cộng đồng giai đoạn 2025-2030")),
        ("Bộ đã trình Chiến lược phát triển ngành dệt may đến năm 2035 vào tháng trước.",
         ("Chiến lược", "Chiến lược phát triển ngành dệt may đến năm 2035")),
    ],
)
def test_schemes_and_unquoted_programmes_still_named(extractor, text, expected) -> None:
    assert expected in document_pairs(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an issuing verb before the lower-case type word
        ('Thủ tướng đã phê duyệt chương trình "Mỗi làng một nghề sạch" cho các tỉnh miền núi.',
         ("Chương trình", "Chương trình Mỗi làng một nghề sạch")),
        ('UBND tỉnh ban hành chương trình "Chuyển đổi số nông thôn" nhằm thúc đẩy kinh tế số.',
         ("Chương trình", "Chương trình Chuyển đổi số nông thôn")),
        ('Chính phủ phê duyệt chiến lược "Phát triển kinh tế biển xanh".',
         ("Chiến lược", "Chiến lược Phát triển kinh tế biển xanh")),
        # a plan's marks after the title: its acronym, a period, a horizon
        ('Tỉnh tiếp tục triển khai chương trình "Mỗi làng một nghề sạch" (MLNS) tại các huyện.',
         ("Chương trình", "Chương trình Mỗi làng một nghề sạch")),
        ('Các xã tiếp tục triển khai chương trình "Nông thôn số" giai đoạn 2021-2025 với nhiều kết quả.',
         ("Chương trình", "Chương trình Nông thôn số")),
        ('Ngành tiếp tục thực hiện chiến lược "Xanh hóa giao thông" đến năm 2030.',
         ("Chiến lược", "Chiến lược Xanh hóa giao thông")),
    ],
)
def test_an_issued_or_marked_quoted_programme_still_named(extractor, text, expected) -> None:
    assert expected in document_pairs(extractor, text)
