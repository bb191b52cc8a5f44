"""The gold check for body names holding a word in another spelling than the project's (tools/gold_body_spellings.py,
body_spellings.tsv): reported in every field that names a body and rewritten there only, byte for byte."""

import importlib.util
import json
from pathlib import Path

_tools = Path(__file__).resolve().parents[1] / "tools"
_spec = importlib.util.spec_from_file_location("gold_body_spellings", _tools / "gold_body_spellings.py")
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)  # loaded on its own: no other tool on the path


def _gold() -> dict:
    return {
        "bodies": ["Liên Hiệp Quốc", "Văn phòng Liên Hiệp Quốc tại Kelora", "Bộ Ngoại giao",
                   "Liên hiệp Quốc tế Bảo vệ Chim Kelora"],
        "persons": [{"name": "Trần Văn Khải", "keep": "Liên Hiệp Quốc",
                     "positions": [{"title": "Đại sứ", "body": "Văn phòng Liên Hiệp Quốc tại Kelora"}]}],
        "documents": [{"type": "Hiến chương", "number": None, "name": "Hiến chương Liên Hiệp Quốc",
                       "issuer": "Liên Hiệp Quốc"}],
        "tasks": [{"assigner": "Liên Hiệp Quốc", "assignee": "các nước thành viên", "action": "gửi báo cáo"}],
        "position_changes": [{"person": "Trần Văn Khải", "body": "Liên Hiệp Quốc", "decided_by": "Liên Hiệp Quốc"}],
        "noise": ["Liên Hiệp Quốc"],
        "notes": "Liên Hiệp Quốc",
    }


def test_names_in_the_other_spelling_are_reported():
    assert tool.respelled_names(_gold()) == {
        "Liên Hiệp Quốc": "Liên hợp quốc",
        "Văn phòng Liên Hiệp Quốc tại Kelora": "Văn phòng Liên hợp quốc tại Kelora",
    }


def test_rewritten_touches_body_fields_only_and_keeps_every_other_byte():
    gold = _gold()
    raw = json.dumps(gold, ensure_ascii=False, indent=1)
    new = tool.rewritten(raw, tool.respelled_names(gold))
    out = json.loads(new)
    assert out["bodies"][:2] == ["Liên hợp quốc", "Văn phòng Liên hợp quốc tại Kelora"]
    assert out["bodies"][3] == "Liên hiệp Quốc tế Bảo vệ Chim Kelora"
    assert out["persons"][0]["positions"][0]["body"] == "Văn phòng Liên hợp quốc tại Kelora"
    assert out["documents"][0]["issuer"] == "Liên hợp quốc"
    assert out["tasks"][0]["assigner"] == "Liên hợp quốc"
    assert out["position_changes"][0]["body"] == out["position_changes"][0]["decided_by"] == "Liên hợp quốc"
    # a document's name, a person's other field, noise and notes keep their words
    assert out["documents"][0]["name"] == "Hiến chương Liên Hiệp Quốc"
    assert out["persons"][0]["keep"] == out["noise"][0] == out["notes"] == "Liên Hiệp Quốc"
    assert new.replace("Liên hợp quốc", "Liên Hiệp Quốc") == raw  # nothing else moved, not even a space


def test_write_rewrites_the_gold_file(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text("Bài báo.", encoding="utf-8")  # the gold pairs a text with its annotation
    path = folder / "a.json"
    raw = json.dumps(_gold(), ensure_ascii=False, indent=2)
    path.write_text(raw, encoding="utf-8")
    assert tool.main([str(folder)]) == 1
    assert path.read_text(encoding="utf-8") == raw  # a report changes nothing
    assert tool.main(["--write", str(folder)]) == 0
    assert json.loads(path.read_text(encoding="utf-8"))["tasks"][0]["assigner"] == "Liên hợp quốc"
    assert tool.main([str(folder)]) == 0
