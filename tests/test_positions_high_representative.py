"""The EU's foreign-policy chief's office as printed, "đại diện cấp cao", with the body after "của" ("Miquel Serrat
Fontelles, đại diện cấp cao của EU": Đại diện cấp cao of the Liên minh châu Âu) (constructed sentences); the words
printed with no name ("cử đại diện cấp cao tham dự") name no one."""

from __future__ import annotations

from conftest import person_names, positions


def test_the_high_representative_of_the_eu(pipeline):
    text = "Ông Miquel Serrat Vidal, đại diện cấp cao của EU, kêu gọi các nước tuân thủ."
    assert positions(pipeline, text)["Miquel Serrat Vidal"] == {
        ("Đại diện cấp cao", "Liên minh châu Âu", "current")}


def test_a_high_level_delegate_with_no_name_is_no_one(pipeline):
    assert person_names(pipeline, "Việt Nam sẽ cử đại diện cấp cao tham dự hội nghị.") == set()
