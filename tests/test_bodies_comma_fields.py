"""A unit's name joining two fields with a comma, the second often in lower case ("Viện Chiến lược, Chính sách
tài nguyên và môi trường", "Trường Đào tạo, bồi dưỡng cán bộ ..."): one name over the comma (comma_pair rows);
a comma before anything else still ends the name (constructed sentences)."""

import pytest

from conftest import body_names, extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Bộ có bốn viện (Viện Chiến lược, Chính sách công thương; Viện Nghiên cứu Thương mại).",
     "Viện Chiến lược, Chính sách công thương"),
    ("Bộ sẽ thành lập Trường Đào tạo, bồi dưỡng cán bộ tài chính trực thuộc Bộ.",
     "Trường Đào tạo, bồi dưỡng cán bộ tài chính"),
    ("Ông Lê Văn Tám là phó trưởng Ban Thi đua, Khen thưởng Trung ương.", "Ban Thi đua, Khen thưởng Trung ương"),
    ("Cục Kiểm tra, giám sát thị trường đã vào cuộc.", "Cục Kiểm tra, giám sát thị trường"),
    ("Vụ Kế hoạch, Tài chính chủ trì soạn thảo.", "Vụ Kế hoạch, Tài chính"),
])
def test_two_fields_joined_by_a_comma_are_one_name(text, body):
    assert body in body_names(text)
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text, body", [
    ("Viện Chiến lược, Bộ Tài chính và Bộ Công Thương cùng dự họp.", "Viện Chiến lược"),
    ("Đại diện Cục Kiểm tra, ông Nguyễn Văn An, cho biết.", "Cục Kiểm tra"),
    ("Trường Đào tạo, bồi dưỡng là nơi học tập của cán bộ.", "Trường Đào tạo, bồi dưỡng"),
])
def test_a_comma_before_anything_else_ends_the_name(text, body):
    found = body_names(text)
    assert found[0] == body
