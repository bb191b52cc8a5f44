"""The gold pass adding an outlet printed after an interlocutor cue that the gold omits
(tools/gold_interlocutor_outlets.py), on constructed articles."""

import importlib.util
import json
import sys
from pathlib import Path

_TOOLS = Path(__file__).resolve().parents[1] / "tools"
sys.path.insert(0, str(_TOOLS))  # the tool reads the gold's names with gold_legal_forms
_spec = importlib.util.spec_from_file_location("gold_interlocutor_outlets", _TOOLS / "gold_interlocutor_outlets.py")
tool = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = tool  # its dataclass looks its module up
_spec.loader.exec_module(tool)


def _article(name: str, text: str, bodies: list[str]) -> tuple[Path, dict, str]:
    return Path(f"{name}.json"), {"bodies": bodies}, text


_LISTING = [
    _article("a", "Khi trao đổi với Ngày Mới Online, ông Hà Minh Tâm nói đường sẽ thông vào tháng tới.",
             ["Sở Giao thông vận tải tỉnh Hòa Xuân", "Ngày Mới Online"]),
    _article("b", "Bà Lò Thị Hiền đã trao đổi với phóng viên Ngày Mới Online về giá phân bón.", ["Ngày Mới Online"]),
    _article("h", "Trao đổi với Ngày Mới Online sáng nay, ông Vi Văn Sơn cho biết cầu treo đã sửa xong.",
             ["Ngày Mới Online"]),
    _article("g", "Phường sẽ lắp thêm đèn, bà Mạc Thị Yến nói khi trao đổi với Ngày Mới Online.", ["Ngày Mới Online"]),
    _article("c", "Một cán bộ xã nói đê đã được gia cố khi trao đổi với Ngày Mới Online chiều qua.", ["Báo Ngày Mới"]),
    _article("d", "Chợ sẽ dời đi, ông Kha Văn Lộc trao đổi với Ngày Mới.", ["Báo Ngày Mới"]),
]


def test_an_omitted_outlet_is_added_in_the_form_the_gold_has_settled_on():
    omitting = _article("e", "Lãnh đạo phường hứa sẽ xử lý dứt điểm khi trao đổi với Ngày Mới Online.",
                        ["Ủy ban nhân dân phường Hòa Xuân"])
    paper = _article("f", "Trưởng thôn đã xác nhận với Ngày Mới là nước đã rút.", [])
    adds, votes = tool.additions([*_LISTING, omitting, paper])
    assert votes["ngày mới online"] == {"Ngày Mới Online": 4, "Báo Ngày Mới": 1}  # 4 of 5: settled
    assert votes["ngày mới"] == {"Báo Ngày Mới": 1}
    assert [n for n, _ in adds[Path("e.json")]] == ["Ngày Mới Online"]
    assert [n for n, _ in adds[Path("f.json")]] == ["Báo Ngày Mới"]
    assert set(adds) == {Path("e.json"), Path("f.json")}  # the articles listing it (in either form) are left alone


def test_no_outlet_added_when_the_gold_writes_it_in_no_settled_form():
    # 3 of 5 articles write "Báo Sông Hồng", 2 write "Sông Hồng": a majority, yet no settled form
    arts = [_article(k, f"Trao đổi với PV Sông Hồng, {who} cho biết đường đã thông.", [name])
            for k, who, name in [("a", "ông Lộc", "Báo Sông Hồng"), ("b", "bà Hiền", "Báo Sông Hồng"),
                                 ("c", "ông Tâm", "Báo Sông Hồng"), ("d", "bà Yến", "Sông Hồng"),
                                 ("e", "ông Sơn", "Sông Hồng")]]
    omitting = _article("f", "Trao đổi với PV Sông Hồng, trưởng thôn nói nước đã rút.", [])
    adds, votes = tool.additions([*arts, omitting])
    assert votes["sông hồng"] == {"Báo Sông Hồng": 3, "Sông Hồng": 2}
    assert adds == {}
    assert tool.settled(votes["sông hồng"]) is None
    assert tool.settled(tool.Counter({"Sông Hồng Net": 8, "Báo Sông Hồng": 2})) == "Sông Hồng Net"  # 80%: settled
    assert tool.settled(tool.Counter({"Sông Hồng Net": 7, "Báo Sông Hồng": 2})) is None  # 78%


def test_no_outlet_without_a_press_word_or_head_nor_with_two_forms_alike():
    # a body the gold names elsewhere printed after the cue is no outlet ("trao đổi với Bộ trưởng", a country)
    arts = [_article("a", "Ông Phạm Hữu Lộc trao đổi với Đoàn Hòa Xuân về lịch họp.", ["Đoàn Hòa Xuân"]),
            _article("b", "Bộ trưởng đã trao đổi với Đoàn Hòa Xuân qua điện thoại.", [])]
    assert tool.additions(arts)[0] == {}
    # two forms written equally often: none added
    arts = [_article("a", "Trao đổi với PV Sông Hồng, ông Lộc cho biết cầu đã xong.", ["Báo Sông Hồng"]),
            _article("b", "Trao đổi với PV Sông Hồng, bà Hiền xác nhận tin trên.", ["Sông Hồng"]),
            _article("c", "Trao đổi với PV Sông Hồng, ông Tâm nói chưa rõ.", [])]
    assert tool.additions(arts)[0] == {}


def test_the_name_is_appended_to_bodies_every_other_byte_kept():
    gold = {"doc": "x", "persons": [], "bodies": ["Sở Y tế tỉnh Hòa Xuân"], "dates": ["2024"]}
    raw = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    out = tool.appended(raw, ["Ngày Mới Online"])
    assert json.loads(out)["bodies"] == ["Sở Y tế tỉnh Hòa Xuân", "Ngày Mới Online"]
    assert out == json.dumps({**gold, "bodies": ["Sở Y tế tỉnh Hòa Xuân", "Ngày Mới Online"]},
                             ensure_ascii=False, indent=1) + "\n"
    empty = json.dumps({"doc": "x", "bodies": []}, ensure_ascii=False, indent=1)
    assert json.loads(tool.appended(empty, ["Sông Hồng Net"]))["bodies"] == ["Sông Hồng Net"]
