"""Bodies: a local body's title followed by the holder's given name alone ("Chủ tịch HĐND thành phố Lệ ghi nhận",
the article having named "Nguyễn Thị Lệ") names no place "Lệ"; an unknown place no person's name ends with is
still a place."""

from __future__ import annotations

from conftest import body_names


def test_a_holders_given_name_is_no_place() -> None:
    names = body_names("Chủ tịch HĐND TP. Hồ Chí Minh Nguyễn Thị Lệ phát biểu. Chủ tịch HĐND thành phố Lệ ghi nhận "
                       "sự tham gia của các đại biểu.")
    assert "Hội đồng nhân dân thành phố Lệ" not in names
    assert body_names("Ông Lê Văn Hưng dự họp. Sau đó UBND xã Hưng đã báo cáo.") == []


def test_an_unknown_place_is_still_a_place() -> None:
    assert body_names("Ông Trần Văn Hùng làm việc với UBND xã Phước Hưng.") == ["Ủy ban nhân dân xã Phước Hưng"]
    assert body_names("Ông Trần Văn Hùng làm việc với UBND xã Hùng Sơn.") == ["Ủy ban nhân dân xã Hùng Sơn"]


def test_a_person_named_only_after_the_place_leaves_it_a_place() -> None:
    assert body_names("UBND thành phố Vinh họp với ông Nguyễn Văn Vinh.") == ["Ủy ban nhân dân thành phố Vinh"]
    assert body_names("Đoàn công tác làm việc với UBND xã Hưng. Ông Lê Văn Hưng báo cáo.") == ["Ủy ban nhân dân xã Hưng"]
