"""Bodies: a province's disease control centre printed without its place, or with a bare level word, in an article
about one province is that province's centre, as a department is ("Trung tâm Kiểm soát bệnh tật tỉnh" after Sở Y tế
tỉnh X); printed with its place it is named with it; a class of centres ("các Trung tâm ...") and an article naming
several provinces give none (constructed sentences)."""

from __future__ import annotations

from conftest import extracted_body_names


def test_bare_level_word_takes_the_articles_province() -> None:
    text = ("Sở Y tế tỉnh Kon Tum đã gửi công văn xuống từng huyện. Trung tâm Kiểm soát bệnh tật tỉnh được giao lấy mẫu "
            "xét nghiệm tại các điểm trường.")
    assert "Trung tâm Kiểm soát bệnh tật tỉnh Kon Tum" in extracted_body_names(text)


def test_centre_printed_alone_takes_the_articles_city() -> None:
    text = ("Ủy ban nhân dân TP.HCM yêu cầu các quận rà soát ổ dịch. Trung tâm Kiểm soát bệnh tật sẽ phun hóa chất "
            "diệt muỗi trong tuần tới.")
    assert "Trung tâm Kiểm soát bệnh tật Thành phố Hồ Chí Minh" in extracted_body_names(text)


def test_centre_printed_with_its_place() -> None:
    text = "Trung tâm Kiểm soát bệnh tật tỉnh Gia Lai cho biết tuần qua có thêm bốn ca mắc."
    assert "Trung tâm Kiểm soát bệnh tật tỉnh Gia Lai" in extracted_body_names(text)


def test_a_class_of_centres_names_none() -> None:
    names = extracted_body_names("Bộ Y tế muốn các Trung tâm Kiểm soát bệnh tật theo dõi sát ca bệnh.")
    assert not any(n.startswith("Trung tâm Kiểm soát bệnh tật") for n in names)


def test_several_provinces_give_the_bare_centre_no_place() -> None:
    text = ("Sở Y tế tỉnh Kon Tum và Sở Y tế tỉnh Gia Lai cùng họp. Trung tâm Kiểm soát bệnh tật báo cáo số ca "
            "mắc mới.")
    names = extracted_body_names(text)
    assert not any(n.startswith("Trung tâm Kiểm soát bệnh tật") for n in names)
