"""Bodies: a body named by its head and a number ("Ban Chỉ đạo 751", "Tổ công tác 970") ends with the number;
the lower-case words after it are the sentence's, not a topic of the name (constructed sentences)."""

from __future__ import annotations

from conftest import body_names


def test_a_numbered_steering_committee_ends_with_its_number():
    assert body_names("Kết quả rà soát báo cáo về Ban chỉ đạo 751 trước ngày 15 tháng 8 năm 2025.") == ["Ban Chỉ đạo 751"]
    assert body_names("Đề cương giải pháp của Ban chỉ đạo 751 đưa ra nhiều nhóm giải pháp.") == ["Ban Chỉ đạo 751"]
    assert "Ban Chỉ đạo 138" in body_names("Ủy ban Kinh tế đề nghị Ban chỉ đạo 138 tăng cường kiểm tra.")
    assert body_names("Tổ công tác 970 đã làm việc với tỉnh.") == ["Tổ công tác 970"]


def test_a_qualifier_after_the_number_and_a_topic_after_ve_stay():
    assert body_names("Văn phòng Ban chỉ đạo 389 quốc gia đã báo cáo.") == ["Văn phòng Ban Chỉ đạo 389 quốc gia"]
    assert body_names("Ban Chỉ đạo 389 quốc gia chỉ đạo các địa phương.") == ["Ban Chỉ đạo 389 quốc gia"]
