"""Persons: the shapes of names in world news: an Arabic article joined by a hyphen to the family name
("al-", after "bin"/"ibn" and a father's name), a style printed before the name (Sheikh, Ayatollah: an
honorific, no part of it), a Gaelic family name with an inner capital ("McK-", "MacL-"), and a generational
suffix with its full stop ("Jr."). All names are invented."""

from __future__ import annotations

import pytest

from conftest import person_names

# ------------------------------------------------------------------ an Arabic article ends the name


@pytest.mark.parametrize("text, name", [
    ("Người phát ngôn Bộ Ngoại giao Zarqan, ông Karim al-Nasser, cho biết hai bên sẽ gặp lại.", "Karim al-Nasser"),
    ("Theo Thiếu tướng Fadil Omran al-Dabbagh, Phó Tổng tham mưu trưởng, lực lượng đã sẵn sàng.",
     "Fadil Omran al-Dabbagh"),
    ("Bộ trưởng Tài chính Hamad bin Khalid al-Sabah đã ký thỏa thuận tại Hà Nội.", "Hamad bin Khalid al-Sabah"),
    ("Ngoại trưởng Zarqan, ông Yusuf ibn Tariq el-Masri, tuyên bố ủng hộ đề xuất.", "Yusuf ibn Tariq el-Masri"),
])
def test_arabic_article_ends_the_name(pipeline, text, name):
    assert name in person_names(pipeline, text)


def test_lower_case_word_after_a_name_is_no_particle(pipeline):
    # "tại", "đã": lower-case words after the name that are no particles; "al-" not followed by a name
    found = person_names(pipeline, "Bộ trưởng Tài chính Karim Nasser tại Doha đã ký thỏa thuận.")
    assert "Karim Nasser" in found and not any("tại" in n for n in found)
    found = person_names(pipeline, "Ông Karim Haddad al-qaeda phát biểu.")
    assert not any("al-" in n for n in found)


# ------------------------------------------------------------------ a style before the name is an honorific


@pytest.mark.parametrize("text, name", [
    ("Quốc vương Zarqan, Sheikh Tamir bin Rashid al-Hamdan, đã điện đàm với Tổng thống.", "Tamir bin Rashid al-Hamdan"),
    ("Thủ tướng Sheikh Faisal bin Omar al-Qudsi của Zarqan đã làm trung gian.", "Faisal bin Omar al-Qudsi"),
    ("Lãnh đạo tối cao, ông Ayatollah Reza Tavakkoli, ra tuyên bố.", "Reza Tavakkoli"),
    ("Bà Sheikha Noura Haddad dự lễ khai mạc.", "Noura Haddad"),
])
def test_sheikh_and_ayatollah_are_no_part_of_the_name(pipeline, text, name):
    found = person_names(pipeline, text)
    assert name in found
    assert not any(n.startswith(("Sheikh", "Ayatollah")) for n in found)


# ------------------------------------------------------------------ Mc / Mac names with an inner capital


@pytest.mark.parametrize("text, name", [
    ("Tổng thống đề cử bà Julia McKenzie vào vị trí Bộ trưởng Giáo dục.", "Julia McKenzie"),
    ("Ông Duncan MacLeod, giám đốc điều hành công ty, cho biết.", "Duncan MacLeod"),
    ("Thượng nghị sĩ Brian McAllister phát biểu tại hội nghị.", "Brian McAllister"),
])
def test_gaelic_inner_capital(pipeline, text, name):
    assert name in person_names(pipeline, text)


def test_mc_in_a_brand_is_no_name(pipeline):
    found = person_names(pipeline, "Chuỗi McBurgerz mở thêm cửa hàng tại Hà Nội, khách hàng xếp hàng dài.")
    assert not any("McBurgerz" in n for n in found)
    found = person_names(pipeline, "Ông Trần Văn Lâm làm việc cho MCFood và MCG từ năm 2010.")
    assert not any("MCFood" in n or "MCG" in n for n in found)


# ------------------------------------------------------------------ a generational suffix keeps its full stop


@pytest.mark.parametrize("text, name", [
    ("Ông Robert Quill Jr., con trai cả của tỷ phú, cho biết.", "Robert Quill Jr."),
    ("Vị hôn thê của ông Robert Quill Jr. là bà Anna Pell.", "Robert Quill Jr."),
    ("Ông Harold Benton Sr. phát biểu tại buổi lễ.", "Harold Benton Sr."),
])
def test_generational_suffix_keeps_its_stop(pipeline, text, name):
    assert name in person_names(pipeline, text)


def test_a_name_ending_a_sentence_keeps_no_stop(pipeline):
    found = person_names(pipeline, "Phát biểu tại lễ là ông Robert Quill. Sau đó ông rời đi.")
    assert "Robert Quill" in found and "Robert Quill." not in found


# ------------------------------------------------------------------ "Sheikh" before a name with no particle is part of it


@pytest.mark.parametrize("text, name", [
    ("Thủ tướng Bangladesh Sheikh Rokeya đã từ chức.", "Sheikh Rokeya"),
    ("Ông Sheikh Mahbub Karim phát biểu tại hội thảo.", "Sheikh Mahbub Karim"),
    ("Cựu Thủ tướng Pakistan Sheikh Anwarul Qadir cho biết.", "Sheikh Anwarul Qadir"),
])
def test_sheikh_before_a_name_without_particle_is_part_of_it(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize("text, name", [
    ("Thủ tướng Sheikh Faisal al-Qudsi đã làm trung gian.", "Faisal al-Qudsi"),
    ("Ông Sheikh Nasir bin Hamad dự lễ khai mạc.", "Nasir bin Hamad"),
    ("Bộ trưởng Sheikh Tariq ibn Saleh phát biểu.", "Tariq ibn Saleh"),
])
def test_sheikh_before_a_name_with_a_particle_stays_a_style(pipeline, text, name):
    found = person_names(pipeline, text)
    assert name in found and not any(n.startswith("Sheikh") for n in found)
