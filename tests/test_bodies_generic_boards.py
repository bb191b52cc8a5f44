"""Bodies: boards every organization has ("Ban Lãnh đạo", "Ban Giám đốc", "Ban Điều hành", "Ban Giám hiệu")
printed alone name no one body; the organization printed after one is still a body."""

from __future__ import annotations

from conftest import body_names


def test_a_generic_board_alone_is_no_body() -> None:
    assert body_names("Điều này chứng minh năng lực điều hành của Ban Lãnh đạo ngân hàng.") == []
    assert body_names("Ban Giám đốc đã họp với người lao động.") == []
    assert body_names("Ban Điều hành cho biết sẽ công bố kế hoạch.") == []
    assert body_names("Ban Giám hiệu nhà trường đã xin lỗi phụ huynh.") == []


def test_the_organization_after_a_generic_board_is_a_body() -> None:
    assert body_names("Ban Lãnh đạo Công ty Điện lực Hà Nội đã họp.") == ["Công ty Điện lực Hà Nội"]
    assert body_names("Ban Giám đốc Bệnh viện Bạch Mai đã họp.") == ["Bệnh viện Bạch Mai"]
