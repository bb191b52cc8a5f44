"""A foreign leader's office printed with its country, the holder set off after it by a comma (an aside closed
by a comma, a dash or a bracket; "của" maybe before the country), and a supreme leader printed "lãnh đạo tối
cao" with his country: the office is that country's (constructed sentences, invented names)."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ngoại trưởng Qatar, ông Faisal bin Hamad al-Nuaimi, tuyên bố lên án vụ tấn công.",
     "Faisal bin Hamad al-Nuaimi", ("Ngoại trưởng", "Bộ Ngoại giao Qatar", "current")),
    ("Ngoại trưởng Iran, ông Hossein Rostami, đang có chuyến công du châu Âu.",
     "Hossein Rostami", ("Ngoại trưởng", "Bộ Ngoại giao Iran", "current")),
    ("Tổng thống Brazil, ông Carlos Henrique Duarte, phát biểu tại hội nghị.",
     "Carlos Henrique Duarte", ("Tổng thống", "Brazil", "current")),
    ("Giá dầu tăng mạnh sau khi Tổng thống Nga, ông Ivan Petrov, ký lệnh cấm xuất khẩu.",
     "Ivan Petrov", ("Tổng thống", "Nga", "current")),
    ("Ngoại trưởng Mỹ, John Carter, cho biết Washington sẽ tham gia.",
     "John Carter", ("Ngoại trưởng", "Bộ Ngoại giao Mỹ", "current")),
    ("Thủ tướng của Israel, ông Avi Ben-Ari, đã đến Washington.",
     "Avi Ben-Ari", ("Thủ tướng", "Chính phủ Israel", "current")),
    ("Không có dấu hiệu cho thấy lãnh tụ tối cao của Iran, Đại giáo chủ Ayatollah Reza Tahmasebi, ra lệnh đó.",
     "Reza Tahmasebi", ("Lãnh tụ tối cao", "Iran", "current")),
])
def test_holder_set_off_after_the_country_holds_its_office(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Lãnh đạo tối cao Iran Reza Tahmasebi không xuất hiện tại lễ tang.",
     "Reza Tahmasebi", ("Lãnh đạo tối cao", "Iran", "current")),
    ("Ông Trump bác bỏ tuyên bố của lãnh đạo tối cao Iran, ông Ayatollah Reza Tahmasebi, về cuộc chiến.",
     "Reza Tahmasebi", ("Lãnh đạo tối cao", "Iran", "current")),
    ("Từ một boongke, nhà lãnh đạo tối cao của Iran, Đại giáo chủ Reza Tahmasebi, đã ra lệnh đáp trả.",
     "Reza Tahmasebi", ("Lãnh đạo tối cao", "Iran", "current")),
])
def test_supreme_leader_printed_lanh_dao_with_his_country(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name"), [
    # world news: the name after the comma is the subject of the next clause, the aside not closed
    ("Sau khi gặp Tổng thống Pháp, ông Donald Brown cho biết sẽ áp thuế thép.", "Donald Brown"),
    ("Sau cuộc hội đàm với Tổng thống Indonesia, ông Martin Cole cho biết bão sẽ đổ bộ.", "Martin Cole"),
    # a Vietnamese name set off after a foreign minister: an official of her own, not the minister
    ("Tiếp Ngoại trưởng Nhật Bản, bà Lê Thị Hoa, vụ trưởng Vụ Đông Bắc Á, cho biết hai bên nhất trí.", "Lê Thị Hoa"),
    # sport, business, crime, culture: a country and a set-off name, no leader's title
    ("Đội tuyển Thái Lan, ông Somchai Wong, huấn luyện viên trưởng, nói rằng đội đã chơi tốt.", "Somchai Wong"),
    ("Tập đoàn điện tử Hàn Quốc, ông Kim Jae-won, giám đốc khu vực, cho biết doanh thu tăng.", "Kim Jae-won"),
    ("Cảnh sát Australia, ông John Miller, cho biết nghi phạm đã bị bắt.", "John Miller"),
    ("Nhạc sĩ người Pháp, ông Pierre Dubois, biểu diễn tại Hà Nội tối qua.", "Pierre Dubois"),
    # a leader's title and his country, then a set-off name that is not the leader's: a clause between them,
    # another punctuation mark, a bodyguard's or a kin noun before the title
    ("Đội tuyển Thái Lan được Thủ tướng Thái Lan tiếp đón, ông Somchai Wong, huấn luyện viên trưởng, nói rằng đội "
     "đã chơi tốt.", "Somchai Wong"),
    ("Tập đoàn điện tử được Tổng thống Hàn Quốc khen ngợi; ông Kim Jae-won, giám đốc khu vực, cho biết doanh thu tăng.",
     "Kim Jae-won"),
    ("Vệ sĩ của Thủ tướng Australia, ông John Miller, cho biết nghi phạm đã bị bắt.", "John Miller"),
    ("Con trai Tổng thống Pháp, ông Pierre Dubois, biểu diễn tại Hà Nội tối qua.", "Pierre Dubois"),
])
def test_no_country_office_for_a_name_not_set_off_as_its_holder(pipeline, text, name):
    found = positions(pipeline, text).get(name, set())
    assert not any(body and any(c in body for c in ("Pháp", "Indonesia", "Nhật Bản", "Thái Lan", "Hàn Quốc", "Australia"))
                   for _title, body, _status in found)


@pytest.mark.parametrize(("text", "name"), [
    ("Ông Lee Min-ho, lãnh đạo tối cao của tập đoàn Samsong, vừa đến Hà Nội.", "Lee Min-ho"),
    ("Hội đồng lãnh đạo tối cao Libya, ông Ahmed Salem, tuyên bố ngừng bắn.", "Ahmed Salem"),
    ("Ban lãnh đạo tối cao của câu lạc bộ Sông Lam quyết định sa thải huấn luyện viên Trần Văn Bình.", "Trần Văn Bình"),
])
def test_lanh_dao_toi_cao_without_a_country_or_inside_a_body_is_no_office(pipeline, text, name):
    assert not any(title == "Lãnh đạo tối cao" for title, _b, _s in positions(pipeline, text).get(name, set()))


@pytest.mark.parametrize("text", [
    "Đại hội đại biểu toàn quốc là cơ quan lãnh đạo tối cao của Đảng.",
    "Các nhà lãnh đạo tối cao của hai nước Lào và Campuchia đã gặp nhau tại thủ đô.",
])
def test_lanh_dao_toi_cao_without_a_name_names_no_one(pipeline, text):
    assert positions(pipeline, text) == {}


@pytest.mark.parametrize(("text", "name"), [
    ("Trợ lý Tổng thống Nga, ông Yuri Ivanov, cho biết cuộc gặp sẽ diễn ra.", "Yuri Ivanov"),
    ("Vợ của Tổng thống Pháp, bà Marie Dupont, dự lễ khai mạc triển lãm.", "Marie Dupont"),
    ("Người phát ngôn của Tổng thống Nga, ông Pavel Smirnov, cho biết điện đàm đã diễn ra.", "Pavel Smirnov"),
    ("Đối thủ của Tổng thống Mỹ, ông John Walker, tuyên bố tranh cử.", "John Walker"),
    ("Cố vấn an ninh quốc gia của Tổng thống Mỹ, ông Mike Stone, cho biết Washington sẽ đáp trả.", "Mike Stone"),
    ("Phát ngôn viên của Ngoại trưởng Mỹ, ông Tom Reed, cho biết chuyến thăm bị hoãn.", "Tom Reed"),
    ("Đặc phái viên của Tổng thống Mỹ, ông Steve Hall, đến Moscow hôm qua.", "Steve Hall"),
    ("Mẹ của Tổng thống Pháp, bà Anne Morel, qua đời ở tuổi 90.", "Anne Morel"),
    ("Bộ trưởng Quốc phòng của Tổng thống Mỹ, ông Peter Hale, cho biết quân đội đã sẵn sàng.", "Peter Hale"),
    ("Cố vấn Tổng thống Ukraine, ông Mykola Bondar, cho biết đàm phán bế tắc.", "Mykola Bondar"),
    ("Người phát ngôn Tổng thống Ukraine, ông Serhiy Koval, cho biết Kiev chưa nhận được đề xuất.", "Serhiy Koval"),
    ("Phu nhân Tổng thống Pháp, bà Claire Martin, thăm một trường học ở Hà Nội.", "Claire Martin"),
])
def test_a_name_set_off_after_an_aide_or_a_relative_of_the_leader_is_not_the_leader(pipeline, text, name):
    found = positions(pipeline, text).get(name, set())
    assert not any(title in ("Tổng thống", "Ngoại trưởng") for title, _b, _s in found)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Chính quyền của Tổng thống Mỹ, ông John Carter, đã áp thuế với thép nhập khẩu.",
     "John Carter", ("Tổng thống", "Mỹ", "current")),
    ("Bức thư của Tổng thống Mỹ, ông John Carter, được gửi tới Quốc hội.",
     "John Carter", ("Tổng thống", "Mỹ", "current")),
    ("Ông Trump bác bỏ tuyên bố của lãnh đạo tối cao Iran, ông Reza Tahmasebi, về cuộc chiến.",
     "Reza Tahmasebi", ("Lãnh đạo tối cao", "Iran", "current")),
])
def test_a_thing_of_the_leader_before_his_title_keeps_the_set_off_name_his(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a person noun counted as many, or a group's noun, before the title: the set-off name stays the leader's
    ("Hàng nghìn người ủng hộ cựu Tổng thống Chile, ông Mateo Rivas, đã xuống đường.",
     "Mateo Rivas", ("Tổng thống", "Chile", "former")),
    ("Các luật sư của cựu Tổng thống Peru, ông Diego Salas, đã đề nghị hoãn phiên tòa.",
     "Diego Salas", ("Tổng thống", "Peru", "former")),
    ("Những cố vấn của Tổng thống Pháp, ông Louis Garnier, đã tới Berlin.",
     "Louis Garnier", ("Tổng thống", "Pháp", "current")),
    ("Nhiều trợ lý của Tổng thống Mỹ, ông Brian Cole, đã từ chức.",
     "Brian Cole", ("Tổng thống", "Mỹ", "current")),
    ("12 luật sư của cựu Tổng thống Argentina, ông Pablo Ruiz, rút khỏi vụ án.",
     "Pablo Ruiz", ("Tổng thống", "Argentina", "former")),
    ("Các đồng minh của Tổng thống Mỹ, ông Brian Cole, tại Quốc hội phản đối.",
     "Brian Cole", ("Tổng thống", "Mỹ", "current")),
    ("Người thân của cố Tổng thống Chile, ông Mateo Rivas, đã tới dự lễ.",
     "Mateo Rivas", ("Tổng thống", "Chile", "former")),
    ("Một nhà phê bình của Tổng thống Pháp, ông Louis Garnier, đã lên tiếng.",
     "Louis Garnier", ("Tổng thống", "Pháp", "current")),
    # a leader's title and his country right before another's: no person noun of the second
    ("Tổng thống Mỹ Tổng thống Pháp, ông Louis Garnier, phát biểu trước báo giới.",
     "Louis Garnier", ("Tổng thống", "Pháp", "current")),
])
def test_a_group_before_the_leaders_title_leaves_him_his_office(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name"), [
    # one aide or relative, not counted as many: still not the leader
    ("Luật sư của cựu Tổng thống Peru, ông Diego Salas, đề nghị hoãn phiên tòa.", "Diego Salas"),
    ("Một cố vấn của Tổng thống Pháp, ông Louis Garnier, đã tới Berlin.", "Louis Garnier"),
    ("Cố vấn Tổng thống Mỹ, ông Brian Cole, đã từ chức.", "Brian Cole"),
])
def test_one_aide_before_the_leaders_title_still_takes_the_name(pipeline, text, name):
    found = positions(pipeline, text).get(name, set())
    assert not any(title == "Tổng thống" for title, _b, _s in found)
