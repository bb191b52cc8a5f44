"""Names printed as items of a list of places (constructed sentences): a district, a ward or a street named
after a person, listed with a known place, after a place word or with its segment in brackets, is no person;
lists of people, with or without their provinces in brackets, keep every name."""

from __future__ import annotations

from conftest import person_names


def test_a_district_named_after_a_person_after_another_district(pipeline):
    text = "Hồ chứa sẽ cấp nước cho 9.000 hộ dân ở huyện Cái Nước, Trần Văn Thời, đồng thời trữ nước chữa cháy."
    assert person_names(pipeline, text) == set()


def test_wards_listed_with_known_places(pipeline):
    text = "Phòng phụ trách các phường thuộc TP.HCM, gồm: Hiệp Bình, Thủ Đức, Linh Xuân, Tăng Nhơn Phú, Long Bình."
    assert person_names(pipeline, text) == set()


def test_streets_with_a_segment_in_brackets(pipeline):
    text = ("Giá cao nhất áp dụng tại các tuyến phố như: Hàng Ngang, Lê Thái Tổ, Lý Thường Kiệt, "
            "Trần Hưng Đạo (đoạn Hàng Bài - Lê Duẩn).")
    assert person_names(pipeline, text) == set()


def test_a_street_after_a_place_word_then_more_streets(pipeline):
    text = "Lực lượng chức năng phân luồng tại đường Nguyễn Huệ, Lê Lợi, Đồng Khởi vào tối nay."
    assert person_names(pipeline, text) == set()


def test_a_list_of_defendants_keeps_every_name(pipeline):
    text = "Các bị cáo Nguyễn Văn Hùng, Trần Văn Bình, Lê Thị Mai bị tuyên phạt tù."
    assert person_names(pipeline, text) == {"Nguyễn Văn Hùng", "Trần Văn Bình", "Lê Thị Mai"}


def test_deputies_with_their_provinces_in_brackets_keep_their_names(pipeline):
    text = "Các đại biểu Nguyễn Văn An (Hà Nội), Trần Thị Bình (Nghệ An), Lê Văn Cường (Thanh Hóa) phát biểu."
    assert person_names(pipeline, text) == {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"}


def test_a_person_named_after_a_place_in_the_same_sentence_stays(pipeline):
    text = "Tại Hà Nội, Nguyễn Văn Tài (35 tuổi) bị bắt giữ khi đang vận chuyển hàng lậu."
    assert person_names(pipeline, text) == {"Nguyễn Văn Tài"}


def test_a_school_or_a_street_named_after_a_person_is_no_person(pipeline):
    text = "Học sinh Trường THPT Trần Phú trên đường Nguyễn Huệ, quận 1 tham gia ngày hội."
    assert person_names(pipeline, text) == set()


def test_a_person_after_the_scene_of_a_crime_stays(pipeline):
    text = "Tại xã Tân Mỹ, Trần Văn Bảo, 25 tuổi, điều khiển xe máy tông vào người đi bộ."
    assert person_names(pipeline, text) == {"Trần Văn Bảo"}
    text = "Tại xã Tân Mỹ, Nguyễn Văn Tấn (35 tuổi), Lê Văn Hòa (40 tuổi) bị bắt quả tang."
    assert person_names(pipeline, text) == {"Nguyễn Văn Tấn", "Lê Văn Hòa"}
    text = "Trên đường Lê Lợi, phường Bến Thành, Phạm Văn Khải, trú tại quận 3, bị bắt giữ."
    assert person_names(pipeline, text) == {"Phạm Văn Khải"}
