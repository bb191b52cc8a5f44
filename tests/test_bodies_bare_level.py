"""A proper name ending with a bare level word ("... Thành phố", "... Tỉnh") names the body of the article's
province of that level; a lower-case word after the level word ends the name (constructed sentences)."""

import pytest

from conftest import body_names


@pytest.mark.parametrize("text, body", [
    ("UBND TP.HCM giao Ban Quản lý Phát triển đô thị Thành phố khẩn trương hoàn tất.",
     "Ban Quản lý Phát triển đô thị Thành phố Hồ Chí Minh"),
    ("UBND TP.HCM giao Ban Dân tộc Thành phố phối hợp.", "Ban Dân tộc Thành phố Hồ Chí Minh"),
    ("UBND tỉnh Nghệ An giao Ban Quản lý dự án Tỉnh thực hiện.", "Ban Quản lý dự án tỉnh Nghệ An"),
])
def test_a_bare_level_takes_the_articles_province(text, body):
    assert body in body_names(text)


@pytest.mark.parametrize("text, body", [
    ("Ban Quản lý dự án đô thị Thành phố khẩn trương hoàn tất.", "Ban Quản lý dự án đô thị"),
    ("Ban Quản lý đường sắt đô thị TP cho biết.", "Ban Quản lý đường sắt đô thị"),
    ("UBND tỉnh Nghệ An và UBND tỉnh Hà Tĩnh giao Ban Quản lý dự án Thành phố làm.", "Ban Quản lý dự án"),
])
def test_without_a_province_of_that_level_the_level_word_is_dropped(text, body):
    assert body in body_names(text)
