"""Names after an expert's descriptor (constructed sentences): "nhà phân tích", "nhà kinh tế" before a name, and
a field or grade word between "chuyên gia" / "nhà khoa học" and the name ("chuyên gia an ninh A", "chuyên gia
cao cấp B", "nhà khoa học hạt nhân C"), foreign names included; places, bodies, groups and firms after them none
(a known body or outlet, one word alone, a name ending with a firm word), a name after the firm the expert's."""

from __future__ import annotations

from conftest import person_names


def test_an_analyst_before_a_foreign_name(pipeline):
    text = "Nhà phân tích Marco Bellandi, cựu quan chức NATO, nhận định các tranh cãi này năm nào cũng có."
    assert person_names(pipeline, text) == {"Marco Bellandi"}


def test_an_analyst_with_initials_in_the_name(pipeline):
    text = "Nhà phân tích Owen T. Haskell từ Viện Chính sách Bắc Hải đánh giá mục tiêu này là tín hiệu tốt."
    assert "Owen T. Haskell" in person_names(pipeline, text)


def test_an_economist_inside_a_sentence(pipeline):
    text = '"Đây là lựa chọn thận trọng" - nhà kinh tế Dana Whitfield tại Công ty Tư vấn Northgate nhận định.'
    assert "Dana Whitfield" in person_names(pipeline, text)


def test_an_analyst_before_a_vietnamese_name(pipeline):
    assert person_names(pipeline, "Nhà phân tích Lê Hoàng Quân cho biết giá vàng sẽ còn tăng.") == {"Lê Hoàng Quân"}


def test_a_field_between_an_expert_and_the_name(pipeline):
    text = "Chuyên gia an ninh Kevin Ostrander bình luận trong một báo cáo của viện nghiên cứu."
    assert person_names(pipeline, text) == {"Kevin Ostrander"}


def test_a_grade_between_an_expert_and_the_name(pipeline):
    text = "Tương tự, chuyên gia cao cấp Helen Marsh cho rằng vẫn còn khoảng cách đáng kể."
    assert person_names(pipeline, text) == {"Helen Marsh"}


def test_a_nuclear_scientist(pipeline):
    text = "Vụ nổ năm 2012 khiến nhà khoa học hạt nhân Reza Farhadi thiệt mạng."
    assert person_names(pipeline, text) == {"Reza Farhadi"}


def test_descriptors_with_no_name_after_them_read_no_person(pipeline):
    assert person_names(pipeline, "Các nhà phân tích Phố Wall đã theo dõi chặt chẽ diễn biến này.") == set()
    assert person_names(pipeline, "Các nhà kinh tế Việt Nam lo ngại lạm phát tăng.") == set()
    assert person_names(pipeline, "Chuyên gia an ninh mạng cảnh báo về các vụ lừa đảo.") == set()
    assert person_names(pipeline, "Chuyên gia an ninh Mỹ cho rằng đây là rủi ro lớn.") == set()
    assert person_names(pipeline, "Nhiều nhà khoa học hạt nhân Iran đã thiệt mạng.") == set()
    assert person_names(pipeline, "Các nhà phân tích tại Hà Nội cho rằng thị trường sẽ tăng.") == set()


def test_a_body_or_a_place_after_the_descriptor_is_no_person(pipeline):
    assert person_names(pipeline, "Chuyên gia an ninh Bộ Công an đã vào cuộc xác minh.") == set()
    assert person_names(pipeline, "Nhà phân tích Ngân hàng Thế giới dự báo tăng trưởng 6%.") == set()
    assert person_names(pipeline, "Nhà kinh tế Trường Đại học Kinh tế quốc dân nhận định như vậy.") == set()


def test_a_street_or_a_school_named_after_a_person_stays_no_person(pipeline):
    text = "Chuyên gia cao cấp của Trường THPT Trần Phú trên đường Nguyễn Huệ cho biết như vậy."
    assert person_names(pipeline, text) == set()


def test_an_outlet_after_the_descriptor_is_the_outlets_body(pipeline):
    doc = pipeline("Nhà phân tích Reuters nhận định giá dầu sẽ còn tăng.", disable=["nq_tasks", "nq_meetings"])
    assert {p.name for p in doc._.persons} == set()
    assert [b.name for b in doc._.bodies] == ["Reuters"]


def test_a_firm_named_like_a_person_after_the_descriptor_is_no_person(pipeline):
    assert person_names(pipeline, "Nhà phân tích Goldman Sachs dự báo tăng trưởng sẽ chậm lại.") == set()
    assert person_names(pipeline, "Nhà phân tích Morgan Stanley cho biết thị trường sẽ biến động.") == set()
    assert person_names(pipeline, "Chuyên gia an ninh Check Point cảnh báo về một mã độc mới.") == set()


def test_one_word_after_the_descriptor_is_a_firm_or_a_school(pipeline):
    assert person_names(pipeline, "Nhà phân tích Nomura nhận định đồng yên sẽ yếu đi.") == set()
    assert person_names(pipeline, "Nhà kinh tế Harvard cho rằng chính sách này là sai lầm.") == set()
    assert person_names(pipeline, "Chuyên gia an ninh mạng Kaspersky cảnh báo về mã độc tống tiền.") == set()


def test_a_name_ending_with_a_firm_word_is_no_person(pipeline):
    assert person_names(pipeline, "Nhà phân tích Bloomberg Intelligence cho rằng lãi suất sẽ giảm.") == set()
    assert person_names(pipeline, "Nhà phân tích Moody's Analytics cho rằng rủi ro vẫn còn cao.") == set()
    assert person_names(pipeline, "Nhà phân tích Fitch Ratings đánh giá triển vọng ở mức ổn định.") == set()
    assert person_names(pipeline, "Nhà kinh tế Oxford Economics dự báo lạm phát sẽ giảm.") == set()
    assert person_names(pipeline, "Chuyên gia an ninh Palo Alto Networks phát hiện một lỗ hổng.") == set()


def test_the_name_after_a_firm_is_the_experts(pipeline):
    assert person_names(pipeline, "Nhà kinh tế ING Tim Condon nhận định đồng tiền sẽ yếu đi.") == {"Tim Condon"}
    text = "Nhà kinh tế Oxford Economics Gareth Lowry nhận định xuất khẩu sẽ phục hồi."
    assert person_names(pipeline, text) == {"Gareth Lowry"}
    text = "Chuyên gia an ninh Palo Alto Networks Kevin Ostrander cho biết đã vá lỗi."
    assert person_names(pipeline, text) == {"Kevin Ostrander"}
    assert person_names(pipeline, "Nhà phân tích Reuters Tom Walsh cho biết như vậy.") == {"Tom Walsh"}


def test_a_surname_a_known_firm_also_prints_is_a_person(pipeline):
    assert person_names(pipeline, "Nhà kinh tế Paul Sachs cho rằng như vậy.") == {"Paul Sachs"}
    assert person_names(pipeline, "Nhà phân tích Ellen Stanley nhận định thị trường sẽ hồi phục.") == {"Ellen Stanley"}
