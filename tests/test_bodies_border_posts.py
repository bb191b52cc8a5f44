"""Bodies: a border guard post ("Đồn Biên phòng X"), its name the place or the border gate it guards, printed
capitalized right after the head, at most three words, ended by the first lower-case word and before any word that
opens a body, a title, an honorific, a place level, a province or country, a date or a sentence; the head is always
spelled "Đồn Biên phòng"; the head alone, in lower case or before lower-case words ("đồn biên phòng", "Đồn Biên
phòng trên đảo X") names no post."""

from __future__ import annotations

from conftest import body_names


def test_a_post_named_by_its_place() -> None:
    assert body_names("Hôm qua, Đồn Biên phòng Khe Vân đã giúp bà con dọn dẹp.") == ["Đồn Biên phòng Khe Vân"]
    assert body_names("Chiến sĩ Đồn Biên phòng Pha Lũng (Hà Giang) tuần tra biên giới.") == [
        "Đồn Biên phòng Pha Lũng"]
    assert body_names("Đồn Biên phòng Mỹ Đà cho biết đã tìm thấy tàu.") == ["Đồn Biên phòng Mỹ Đà"]


def test_the_head_is_spelled_one_way() -> None:
    assert body_names("Đồn biên phòng Khe Vân đã giúp bà con dọn dẹp.") == ["Đồn Biên phòng Khe Vân"]
    assert body_names("Đồn biên phòng Cửa khẩu quốc tế Na Thượng vừa bắt giữ hai đối tượng.") == [
        "Đồn Biên phòng Cửa khẩu quốc tế Na Thượng"]


def test_a_post_named_by_its_border_gate() -> None:
    assert body_names("Đồn Biên phòng cửa khẩu quốc tế Tà Vãng phối hợp kiểm tra chiếc xe.") == [
        "Đồn Biên phòng cửa khẩu quốc tế Tà Vãng"]
    assert body_names("Đồn Biên phòng cửa khẩu Bến Lạch tiếp nhận hồ sơ.") == ["Đồn Biên phòng cửa khẩu Bến Lạch"]


def test_the_name_ends_with_its_place() -> None:
    assert body_names("Đồn biên phòng Khe Vân thông tin lúc 21h tối qua có người gặp nạn.") == [
        "Đồn Biên phòng Khe Vân"]
    assert body_names("Tại hiện trường, Đồn Biên phòng Pha Lũng lực lượng chức năng đã có mặt.") == [
        "Đồn Biên phòng Pha Lũng"]
    assert body_names("Đồn Biên phòng Cảng Hòn Vọng kiểm tra thủ tục tàu.") == ["Đồn Biên phòng Cảng Hòn Vọng"]
    assert body_names("Đồn Biên phòng Sơn Vỹ cán bộ chiến sĩ trực sẵn sàng.") == ["Đồn Biên phòng Sơn Vỹ"]
    assert body_names("Đồn Biên phòng Tân Lạc tàu cá mắc cạn được kéo vào bờ.") == ["Đồn Biên phòng Tân Lạc"]
    assert body_names("Đồn Biên phòng Đông Hà xã Đông Hà phối hợp tuần tra.") == ["Đồn Biên phòng Đông Hà"]


def test_posts_listed_after_one_head() -> None:
    # each listed post is a body of its own (as two posts printed each with the head are two)
    assert body_names("Đồn Biên phòng Khe Vân, Pha Lũng và Mỹ Đà đồng loạt ra quân.") == [
        "Đồn Biên phòng Khe Vân", "Đồn Biên phòng Pha Lũng", "Đồn Biên phòng Mỹ Đà"]
    assert body_names("Đồn Biên phòng Khe Vân và Đồn Biên phòng Pha Lũng phối hợp.") == [
        "Đồn Biên phòng Khe Vân", "Đồn Biên phòng Pha Lũng"]


def test_the_head_alone_names_no_post() -> None:
    assert body_names("Cán bộ đồn biên phòng đã có mặt.") == []
    assert body_names("Đồn Biên phòng đã có mặt sau 10 phút.") == []
    assert body_names("Đồn Biên phòng đóng quân trên địa bàn xã Khe Vân từ năm 1998.") == []
    assert body_names("Đồn Biên phòng trên đảo Hòn Vọng luôn sẵn sàng.") == []
    assert "Đồn Biên phòng" not in " ".join(body_names("Bộ đội Biên phòng tỉnh Quảng Trị tuần tra."))


def test_a_person_named_with_the_post_is_no_part_of_it() -> None:
    assert body_names("Thiếu tá Lê Văn Hòa, Đồn trưởng, cho biết đã cứu được ngư dân.") == []
    assert body_names("Thiếu tá Lê Văn Hòa, Đồn trưởng Đồn Biên phòng Khe Vân cho biết.") == [
        "Đồn Biên phòng Khe Vân"]
    assert body_names("Đồn Biên phòng Khe Vân Trần Văn Lực cho biết.") == ["Đồn Biên phòng Khe Vân"]
    assert body_names("Đồn Biên phòng Khe Vân và Công an huyện Phú Mẫn kiểm tra.") == [
        "Đồn Biên phòng Khe Vân", "Công an huyện Phú Mẫn"]


def test_the_place_stops_before_a_body() -> None:
    assert body_names("Đồn Biên phòng Na Vỹ Bộ Quốc phòng khen thưởng.") == ["Đồn Biên phòng Na Vỹ", "Bộ Quốc phòng"]
    assert body_names("Đồn Biên phòng Na Vỹ UBND xã Tam Lư phối hợp.") == [
        "Đồn Biên phòng Na Vỹ", "Ủy ban nhân dân xã Tam Lư"]
    assert body_names("Đồn Biên phòng Na Vỹ Công an xã Tam Lư phối hợp.") == [
        "Đồn Biên phòng Na Vỹ", "Công an xã Tam Lư"]
    assert body_names("Đồn Biên phòng Na Vỹ Đồn Biên phòng Tam Lư cùng tuần tra.")[0] == "Đồn Biên phòng Na Vỹ"
    assert body_names("Đồn Biên phòng Na Vỹ BĐBP Hà Giang tuần tra.")[0] == "Đồn Biên phòng Na Vỹ"


def test_the_place_stops_before_a_title_or_a_person() -> None:
    assert body_names("Đồn Biên phòng Na Vỹ Thượng tướng Lê Đức Hạo đến thăm.") == ["Đồn Biên phòng Na Vỹ"]
    assert body_names("Đồn Biên phòng Na Vỹ Bí thư Đảng ủy xã dự.")[0] == "Đồn Biên phòng Na Vỹ"
    assert body_names("Đồn Biên phòng Na Vỹ Chủ tịch xã dự.")[0] == "Đồn Biên phòng Na Vỹ"
    assert body_names("Đồn Biên phòng Lũng Pả Nguyễn Văn Ân cho biết.") == ["Đồn Biên phòng Lũng Pả"]


def test_the_place_stops_before_a_date_or_a_sentence_word() -> None:
    for rest in ("Hôm qua đã ra quân.", "Trong năm đã bắt 3 vụ.", "Sau đó đã bàn giao.", "Theo đó sẽ tuần tra.",
                 "Ngày 3-2 đã ra quân.", "2 năm qua đã giúp dân."):
        assert body_names(f"Đồn Biên phòng Na Vỹ {rest}") == ["Đồn Biên phòng Na Vỹ"], rest


def test_the_place_stops_before_a_place() -> None:
    assert body_names("Đồn Biên phòng Na Vỹ Tỉnh Thanh Hóa tuần tra.") == ["Đồn Biên phòng Na Vỹ"]
    assert body_names("Đồn Biên phòng Na Vỹ Xã Tam Lư tuần tra.") == ["Đồn Biên phòng Na Vỹ"]
    assert body_names("Đồn Biên phòng Na Vỹ Việt Nam và Lào tuần tra chung.") == ["Đồn Biên phòng Na Vỹ"]
    assert body_names("Đồn Biên phòng Na Vỹ Lào phối hợp.") == ["Đồn Biên phòng Na Vỹ"]


def test_two_places_run_on_keep_the_first() -> None:
    assert body_names("Đồn Biên phòng Hòa Vỹ Triệu Lâm tuần tra.") == ["Đồn Biên phòng Hòa Vỹ"]


def test_a_level_word_is_no_post() -> None:
    assert body_names("Đồn Biên phòng Tỉnh Quảng Trị đã tổ chức.") == []


def test_a_headline_in_title_case_names_none() -> None:
    assert body_names("Đồn Biên Phòng Cầu Vỹ Bắt Giữ Đối Tượng Vận Chuyển Ma Túy") == []


def test_list_items_that_are_no_posts() -> None:
    for item in ("Ông Lò Văn Pọm trao quà.", "Nhân dân xã Tam Lư dọn dẹp.", "Lào tuần tra chung.",
                 "Tiểu đoàn 3 tuần tra.", "Người dân xã Tam Lư dọn dẹp.", "Già làng Lò Văn Pọm dự.",
                 "BĐBP Hà Giang tuần tra."):
        assert body_names(f"Đồn Biên phòng Na Vỹ và {item}")[0] == "Đồn Biên phòng Na Vỹ", item
        assert not any(n.startswith("Đồn Biên phòng") for n in body_names(f"Đồn Biên phòng Na Vỹ và {item}")[1:]), item


def test_listed_posts_named_like_a_head() -> None:
    # "Trung" opens "Trung tâm", but "Trung Lư" is no head: whole head names are tested, not first words
    assert body_names("Đồn Biên phòng Na Vỹ, Tam Lư và Trung Lư (Thanh Hóa) ra quân.") == [
        "Đồn Biên phòng Na Vỹ", "Đồn Biên phòng Tam Lư", "Đồn Biên phòng Trung Lư"]


def test_the_stop_data_comes_from_the_rules_folder(tmp_path) -> None:
    # the titles and honorifics that end a post's place are read with the bodies' rules, from their rules folder
    import shutil
    from importlib import resources as package_files

    from nqextract.extract.bodies import find_bodies
    from nqextract.extract.body_rules import load_rules

    data = tmp_path / "data"
    with package_files.as_file(package_files.files("nqextract") / "data") as packaged:
        shutil.copytree(packaged, data)
    for name in ("titles.tsv", "person_honorifics.tsv"):
        lines = (data / name).read_text(encoding="utf-8").splitlines(keepends=True)
        (data / name).write_text("".join(x for x in lines if "Thượng tướng" not in x), encoding="utf-8")
    text = "Đồn Biên phòng Na Vỹ Thượng tướng Lê Đức Hạo đến thăm."
    assert "thượng tướng" not in load_rules(data).name_words.posts.stops.phrases
    assert "thượng tướng" in load_rules().name_words.posts.stops.phrases
    assert [m.name for m in find_bodies(text, rules=load_rules(data))] == ["Đồn Biên phòng Na Vỹ Thượng"]
    assert body_names(text) == ["Đồn Biên phòng Na Vỹ"]  # the packaged rules are untouched
