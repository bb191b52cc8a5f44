"""A capitalized run opening with the English article "The" (constructed sentences) names a publication or
an organization ("The Colombo Times", "The Straits Times"), never a person."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "org"), [
    ("Ông Mohammed Rasoodeen, Tổng Biên tập The Colombo Times vui mừng trước cột mốc.", "The Colombo Times"),
    ("Phát biểu với Tổng biên tập The Straits Times, ông Lý nói thêm.", "The Straits Times"),
    ("Theo Giám đốc The Asia Foundation, chương trình sẽ mở rộng.", "The Asia Foundation"),
])
def test_a_run_opening_with_the_is_no_person(pipeline, text, org):
    names = person_names(pipeline, text)
    assert not any(n.startswith("The ") for n in names)
    assert org not in names


def test_a_name_after_such_a_run_still_counts_when_set_off(pipeline):
    assert "Mohammed Rasoodeen" in person_names(
        pipeline, "Ông Mohammed Rasoodeen, Tổng Biên tập The Colombo Times vui mừng trước cột mốc.")
