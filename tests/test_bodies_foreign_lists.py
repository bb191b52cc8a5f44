"""Bodies of foreign relations: one mission head before a list of countries and one host names a mission of
each country ("đại sứ quán Cuba, Trung Quốc và Nicaragua tại Cộng hòa Dominica"); a foreign state body or a
minister's field followed by "của <country>" is that country's body ("Bộ Tài chính của Anh", "Bộ trưởng Tài
chính của Qatar"); countries of every continent end a body's name."""

from __future__ import annotations

from conftest import body_names


def test_a_mission_of_each_listed_country() -> None:
    assert body_names("Dự lễ có các vị đại sứ, đại biện của đại sứ quán Cuba, Trung Quốc, El Salvador và Nicaragua "
                      "tại Cộng hòa Dominica cùng đông đảo người dân.") == [
        "Đại sứ quán Cuba tại Cộng hòa Dominica", "Đại sứ quán Trung Quốc tại Cộng hòa Dominica",
        "Đại sứ quán El Salvador tại Cộng hòa Dominica", "Đại sứ quán Nicaragua tại Cộng hòa Dominica"]
    assert body_names("Đại sứ quán Nhật Bản và Hàn Quốc tại Việt Nam tổ chức hội thảo.") == [
        "Đại sứ quán Nhật Bản tại Việt Nam", "Đại sứ quán Hàn Quốc tại Việt Nam"]


def test_a_list_without_a_host_names_no_mission_of_the_later_countries() -> None:
    assert body_names("Đại sứ quán Nhật Bản, Hàn Quốc đã gửi thư chúc mừng.") == ["Đại sứ quán Nhật Bản"]


def test_a_state_body_of_a_country_after_cua() -> None:
    assert body_names("Mới đây Bộ Tài chính của Anh cũng đã tái khẳng định cam kết.") == ["Bộ Tài chính Anh"]
    assert body_names("Quốc hội của Lào đã thông qua luật.") == ["Quốc hội Lào"]
    assert body_names("Ông Ali Al-Kuwari, Bộ trưởng Tài chính của Qatar, phát biểu.") == ["Bộ Tài chính Qatar"]


def test_no_country_after_cua_leaves_the_body() -> None:
    assert body_names("Đề án của Bộ Tài chính của Việt Nam được thông qua.") == ["Bộ Tài chính"]
    assert body_names("Bộ Ngoại giao của hai nước đã trao đổi.") == ["Bộ Ngoại giao"]


def test_countries_of_every_continent_end_a_name() -> None:
    assert body_names("Bộ Ngoại giao Bồ Đào Nha cho biết.") == ["Bộ Ngoại giao Bồ Đào Nha"]
    assert body_names("Quốc hội Slovenia đã phê chuẩn hiệp định.") == ["Quốc hội Slovenia"]


def test_a_head_inside_a_countrys_name_is_no_body() -> None:
    assert body_names("Các hãng như hãng CNA (Đài Loan, Trung Quốc) tham dự.") == []
    assert body_names("Đài Loan tuyên bố tăng cường phòng thủ.") == []
    assert body_names("Đài Phát thanh và Truyền hình tỉnh Nghệ An đưa tin.") == [
        "Đài Phát thanh và Truyền hình tỉnh Nghệ An"]
