"""Bodies: the football federations printed by their acronyms ("Chủ tịch FIFA", "Phó Chủ tịch VFF") name their
bodies; an acronym the article defines after its own name for the body ("Liên đoàn Bóng đá thế giới (FIFA)") names it
so, never the table's expansion too."""

from __future__ import annotations

import pytest

from conftest import body_names

FIFA = "Liên đoàn Bóng đá Quốc tế"
VFF = "Liên đoàn Bóng đá Việt Nam"


@pytest.mark.parametrize("text, body", [
    ("Chủ tịch FIFA đã gặp các nhà tài trợ trước lễ bốc thăm.", FIFA),
    ("Liên đoàn bóng đá châu lục kháng cáo quyết định của FIFA lên cơ quan trọng tài.", FIFA),
    ("Sau trận đấu, Phó Chủ tịch VFF xuống sân động viên các cầu thủ.", VFF),
    ("Ban huấn luyện đã gửi báo cáo lên VFF vào tuần trước.", VFF),
])
def test_a_federation_printed_by_its_acronym_is_named(text: str, body: str) -> None:
    assert body in body_names(text)


def test_an_acronym_defined_by_the_article_names_its_own_name() -> None:
    text = ("Người phát ngôn Liên đoàn Bóng đá thế giới (FIFA) nói sẽ xem xét lại lịch thi đấu. "
            "Trước đó, FIFA đã nhận nhiều ý kiến phản đối.")
    assert set(body_names(text)) == {"Liên đoàn Bóng đá thế giới"}


def test_a_defined_acronym_of_the_same_name_is_one_body() -> None:
    text = "Tổ chức Y tế thế giới (WHO) nhận định dịch đã giảm. WHO khuyến cáo các nước tiếp tục theo dõi."
    assert set(body_names(text)) == {"Tổ chức Y tế Thế giới"}


@pytest.mark.parametrize("text", [
    "Mã sản phẩm FIFA2026 được in trên áo.",
    "Trò chơi điện tử FIFAMobile có nhiều người chơi.",
    "Anh đăng ký tài khoản vff.vn để mua vé.",
    "Câu lạc bộ giành vé dự giải FIFA Club World Cup năm sau.",  # a tournament's name
    "Đội bóng thắng trận mở màn FIFA World Cup bằng một bàn.",
])
def test_codes_holding_the_letters_name_nothing(text: str) -> None:
    assert body_names(text) == []


@pytest.mark.parametrize("text", [
    "Các tuyển thủ hội quân trước đợt FIFA Day cuối tháng này.",
    "Thái Lan lần thứ tám vô địch giải AFF năm ngoái.",
    "Đội trẻ của tỉnh là nhà vô địch VFF Cup mùa trước.",
    "Lứa cầu thủ này từng vào vòng chung kết AFC U23 Asian Cup.",
    "Cô là thủ môn dự FIFA Women's World Cup đầu tiên của đội nhà.",
    "Lễ bốc thăm AFF U23 Championship diễn ra tại Jakarta.",
    "Nhiều thanh niên mê trò chơi FIFA Online đến mức bỏ học.",
    "Vé máy bay sang Mỹ xem FIFA 2026 tăng giá mạnh.",
    "Đội tuyển nữ chuẩn bị cho ASEAN Football Championship.",
    "Câu lạc bộ vào tứ kết UEFA Champions League lần đầu.",
])
def test_a_federation_naming_its_event_is_no_body(text: str) -> None:
    assert body_names(text) == []


@pytest.mark.parametrize("text, body", [
    ("Chủ tịch UEFA cảnh báo các câu lạc bộ về nợ.", "Liên đoàn Bóng đá châu Âu"),
    ("AFC vừa phạt liên đoàn bóng đá một nước thành viên.", "Liên đoàn Bóng đá châu Á"),
    ("Tổng Thư ký AFF sang làm việc với ban tổ chức.", "Liên đoàn Bóng đá Đông Nam Á"),
    ("Đội tuyển chờ AFF công bố lịch thi đấu năm 2027.", "Liên đoàn Bóng đá Đông Nam Á"),  # a year later, no event
    ("Các cầu thủ đã được VFF triệu tập trong năm 2025.", "Liên đoàn Bóng đá Việt Nam"),
])
def test_the_other_federations_acting_are_named(text: str, body: str) -> None:
    assert body in body_names(text)


def test_a_name_that_is_another_acronyms_expansion_defines_nothing() -> None:
    text = "Liên đoàn Bóng đá Đông Nam Á (AFC) gửi công văn cho các thành viên. AFC chưa trả lời."
    names = body_names(text)
    assert names[-1] == "Liên đoàn Bóng đá châu Á"  # the table's expansion stands for AFC printed bare
    assert set(names[:-1]) == {"Liên đoàn Bóng đá Đông Nam Á"}  # the bracket a misprint of the name before it


def test_a_misprinted_bracket_is_one_body() -> None:
    text = "Liên đoàn Bóng đá Đông Nam Á (AFC) dời ngày họp sang tháng sau."
    assert set(body_names(text)) == {"Liên đoàn Bóng đá Đông Nam Á"}


def test_a_name_holding_an_abbreviation_keeps_the_expansion() -> None:
    text = "Quỹ Nhi đồng LHQ (UNICEF) tặng sách cho học sinh vùng lũ. Sau đó UNICEF tiếp tục hỗ trợ."
    assert set(body_names(text)) == {"Quỹ Nhi đồng Liên hợp quốc"}


def test_a_name_shorter_than_the_expansion_keeps_the_expansion() -> None:
    text = "Liên đoàn Bóng đá (VFF) treo giò hai cầu thủ. Trước đó VFF đã nhắc nhở đội bóng."
    assert set(body_names(text)) == {VFF}


def test_a_full_other_spelling_still_defines_the_acronym() -> None:
    text = "Liên đoàn Bóng đá châu lục Á (AFC) họp trực tuyến. AFC thông qua điều lệ mới."
    assert set(body_names(text)) == {"Liên đoàn Bóng đá châu lục Á"}
