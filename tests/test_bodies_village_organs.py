"""Bodies: the organs of a village or a residential group printed with their unit ("Chi bộ thôn X", "Ban Công tác
Mặt trận tổ dân phố 23", "Chi hội Phụ nữ ấp Y"): one body, the unit's number or name kept whole, the unit word as
printed but "tổ dân phố" spelled "Tổ dân phố"; a chain after a comma shares the unit ("Bí thư Chi bộ, Trưởng ban Công
tác Mặt trận tổ dân phố 23");
a unit named as a place only, a class of units, or a unit word before a lower-case word names none."""

from __future__ import annotations

from conftest import body_names, positions


def test_an_organ_of_each_unit_word() -> None:
    assert body_names("Sáng nay, Chi bộ thôn Khuổi Mò tổ chức lễ kết nạp hai đảng viên.") == ["Chi bộ thôn Khuổi Mò"]
    assert body_names("Chi bộ bản Pá Hốc vừa hoàn thành đại hội nhiệm kỳ mới.") == ["Chi bộ bản Pá Hốc"]
    assert body_names("Chi đoàn làng Kon Trang góp công sửa đường.") == ["Chi đoàn làng Kon Trang"]
    assert body_names("Chi hội Phụ nữ ấp Tân Quới trao sinh kế cho ba hội viên.") == ["Chi hội Phụ nữ ấp Tân Quới"]
    assert body_names("Chi hội Cựu chiến binh buôn Ea Sô thăm hỏi gia đình chính sách.") == [
        "Chi hội Cựu chiến binh buôn Ea Sô"]
    assert body_names("Chi bộ khu phố 4 triển khai nghị quyết của cấp ủy.") == ["Chi bộ khu phố 4"]
    assert body_names("Chi hội Nông dân khu dân cư Đồng Xoài nhận giấy khen.") == [
        "Chi hội Nông dân khu dân cư Đồng Xoài"]
    assert body_names("Chi bộ Tổ 9 đã rà soát danh sách hộ nghèo.") == ["Chi bộ Tổ 9"]


def test_numbers_and_names_kept_whole() -> None:
    assert body_names("Ban Công tác Mặt trận thôn 12 họp bàn cách làm mới.") == ["Ban Công tác Mặt trận thôn 12"]
    assert body_names("Chi bộ tổ dân phố số 31 biểu dương đảng viên tiêu biểu.") == ["Chi bộ Tổ dân phố số 31"]
    assert body_names("Chi đoàn thôn Phiêng Lằn Mới ra quân trồng cây.") == ["Chi đoàn thôn Phiêng Lằn Mới"]


def test_the_residential_group_spelled_one_way() -> None:
    assert body_names("Ban Công tác Mặt trận tổ dân phố 8 vận động các hộ hiến đất.") == [
        "Ban Công tác Mặt trận Tổ dân phố 8"]
    assert body_names("Ban Công tác Mặt trận Tổ dân phố 8 vận động các hộ hiến đất.") == [
        "Ban Công tác Mặt trận Tổ dân phố 8"]
    assert body_names("Chi bộ tổ dân phố Đông Ngạc kiện toàn cấp ủy.") == ["Chi bộ Tổ dân phố Đông Ngạc"]


def test_a_chain_shares_its_unit() -> None:
    assert body_names("Ông Trần Văn Khải, Bí thư Chi bộ, Trưởng ban Công tác Mặt trận tổ dân phố 23 nói rằng mọi hộ "
                      "đều ủng hộ.") == ["Chi bộ Tổ dân phố 23", "Ban Công tác Mặt trận Tổ dân phố 23"]
    assert body_names("Theo Bí thư Chi bộ, Trưởng thôn Nậm Khắt, việc làm đường đã xong.") == [
        "Chi bộ thôn Nậm Khắt"]


def test_a_chain_gives_each_title_its_organ(pipeline) -> None:
    assert positions(pipeline, "Ông Trần Văn Khải, Bí thư Chi bộ, Trưởng ban Công tác Mặt trận tổ dân phố 23 nói "
                               "rằng mọi hộ đều ủng hộ.") == {"Trần Văn Khải": {
        ("Bí thư", "Chi bộ Tổ dân phố 23", "current"),
        ("Trưởng ban", "Ban Công tác Mặt trận Tổ dân phố 23", "current")}}
    assert positions(pipeline, "Bà Lò Thị Hiền, Bí thư Chi bộ bản Huổi Lực, cho biết bà con rất phấn khởi.") == {
        "Lò Thị Hiền": {("Bí thư", "Chi bộ bản Huổi Lực", "current")}}


def test_a_name_running_on_into_a_person() -> None:
    assert body_names("Bí thư Chi bộ, Trưởng thôn Đồng Tâm Hà Văn Lực kể lại buổi họp dân.") == [
        "Chi bộ thôn Đồng Tâm"]
    assert body_names("Bí thư Chi bộ thôn Vực Nguyễn Văn Khoa đọc báo cáo chính trị.") == ["Chi bộ thôn Vực"]
    assert body_names("Trưởng ban Công tác Mặt trận thôn Gò Nguyễn Thị Liên trao quà cho hộ khó khăn.") == [
        "Ban Công tác Mặt trận thôn Gò"]
    assert body_names("Bí thư Chi bộ ấp Phú Lợi Trần Quang Vinh nói về con đường mới.") == ["Chi bộ ấp Phú Lợi"]


def test_a_person_after_a_one_word_unit_keeps_the_post(pipeline) -> None:
    assert positions(pipeline, "Bí thư Chi bộ thôn Vực Nguyễn Văn Khoa đọc báo cáo chính trị.") == {
        "Nguyễn Văn Khoa": {("Bí thư", "Chi bộ thôn Vực", "current")}}


def test_a_long_name_kept_whole() -> None:
    assert body_names("Chi bộ khu phố Long Bình Tân A kết nạp một đảng viên trẻ.") == [
        "Chi bộ khu phố Long Bình Tân A"]
    assert body_names("Bí thư Chi bộ khu phố Long Bình Tân A Lê Hữu Phước phát biểu khai mạc.") == [
        "Chi bộ khu phố Long Bình Tân A"]


def test_a_number_after_a_name_kept() -> None:
    assert body_names("Chi bộ Tổ dân phố Hòa Bình 2 kết nạp đảng viên mới.") == ["Chi bộ Tổ dân phố Hòa Bình 2"]
    assert body_names("Chi hội Phụ nữ thôn Đông Xá 3 ra mắt mô hình mới.") == ["Chi hội Phụ nữ thôn Đông Xá 3"]


def test_a_count_is_no_unit_number() -> None:
    assert body_names("Chi đoàn thôn 2 lần được Huyện đoàn tặng giấy khen.") == []
    assert body_names("Chi hội Nông dân bản 15 hộ đã thoát nghèo.") == []
    assert body_names("Chi bộ thôn Đông Xá 3 năm liền đạt trong sạch vững mạnh.") == ["Chi bộ thôn Đông Xá"]
    assert body_names("Chi đoàn thôn 2 ra quân dọn vệ sinh.") == ["Chi đoàn thôn 2"]


def test_the_unit_word_keeps_its_printed_capital() -> None:
    assert body_names("Chi bộ Thôn Hạ tổ chức đại hội điểm.") == ["Chi bộ Thôn Hạ"]
    assert body_names("Chi bộ thôn Hạ tổ chức đại hội điểm.") == ["Chi bộ thôn Hạ"]
    assert body_names("Chi hội Phụ nữ Ấp 3 trao vốn cho hội viên.") == ["Chi hội Phụ nữ Ấp 3"]


def test_a_commune_front_after_a_village_organ_leaves_the_chain_with_its_person(pipeline) -> None:
    got = positions(pipeline, "Ông Trần Minh Đức, Bí thư Chi bộ Tổ dân phố 5, Trưởng ban Công tác Mặt trận phường "
                              "Yên Hòa, dự buổi lễ.")
    assert set(got) == {"Trần Minh Đức"}
    assert ("Bí thư", "Chi bộ Tổ dân phố 5", "current") in got["Trần Minh Đức"]
    got = positions(pipeline, "Bà Lê Thu Hằng, Bí thư Chi bộ thôn Tân Hòa, Trưởng ban Công tác Mặt trận xã Yên Hòa, "
                              "phát biểu.")
    assert set(got) == {"Lê Thu Hằng"}
    assert ("Bí thư", "Chi bộ thôn Tân Hòa", "current") in got["Lê Thu Hằng"]


def test_near_misses_name_no_organ() -> None:
    assert body_names("Tại thôn Khuổi Mò, bà con đã góp ngày công làm đường.") == []
    assert body_names("Người dân tổ dân phố 6 đồng tình với phương án bồi thường.") == []
    assert body_names("Các thôn, bản trên địa bàn đều đã hoàn thành kế hoạch.") == []
    assert body_names("Cán bộ thôn bản được tập huấn kỹ năng tuyên truyền.") == []
    assert body_names("Chi hội Phụ nữ thôn đều có tổ tự quản.") == []
    assert body_names("Các Chi bộ thôn đều đã kiện toàn cấp ủy.") == []
    assert body_names("Chi bộ thôn, bản phải họp định kỳ hằng tháng.") == []
    assert body_names("các chi bộ thôn Khuổi Mò và Nà Lầu được khen.") == []
