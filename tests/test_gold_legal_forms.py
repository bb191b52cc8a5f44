"""The gold check for a firm's legal form spelled out where the article prints "TNHH" (tools/gold_legal_forms.py)."""

import importlib.util
import json
from pathlib import Path

_spec = importlib.util.spec_from_file_location("gold_legal_forms",
                                               Path(__file__).resolve().parents[1] / "tools" / "gold_legal_forms.py")
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)


def _gold(name: str) -> dict:
    return {
        "bodies": [name, "Sở Tài chính tỉnh Hòa Xuân"],
        "persons": [{"name": "Trần Văn Khải", "positions": [{"title": "Giám đốc", "body": name}]}],
        "tasks": [{"assigner": "UBND tỉnh Hòa Xuân", "assignee": name, "action": "nộp thuế"}],
        "position_changes": [{"person": "Trần Văn Khải", "body": name, "decided_by": None}],
    }


def test_a_name_printed_only_with_tnhh_is_reported_in_every_field():
    text = "Ông Trần Văn Khải, Giám đốc Công ty TNHH Sông Mây Xanh, cho biết công ty đã nộp đủ thuế."
    gold = _gold("Công ty trách nhiệm hữu hạn Sông Mây Xanh")
    assert tool.spelled_out_names(text, gold) == {
        "Công ty trách nhiệm hữu hạn Sông Mây Xanh": "Công ty TNHH Sông Mây Xanh"}
    assert sum(n == "Công ty trách nhiệm hữu hạn Sông Mây Xanh" for n in tool.gold_names(gold)) == 4


def test_the_gold_capitalization_of_the_rest_is_kept():
    text = "Theo Công ty Luật TNHH Bình Minh Đỏ, hợp đồng đã hết hạn."
    gold = {"bodies": ["Công ty Luật Trách nhiệm Hữu hạn Bình Minh Đỏ"]}
    assert tool.spelled_out_names(text, gold) == {
        "Công ty Luật Trách nhiệm Hữu hạn Bình Minh Đỏ": "Công ty Luật TNHH Bình Minh Đỏ"}
    # a lower-case line of business in the gold stays lower case; the text may capitalize it differently
    text = "Công ty TNHH Thương Mại Hải Đăng bị xử phạt."
    gold = {"bodies": ["Công ty trách nhiệm hữu hạn thương mại Hải Đăng"]}
    assert tool.spelled_out_names(text, gold) == {
        "Công ty trách nhiệm hữu hạn thương mại Hải Đăng": "Công ty TNHH thương mại Hải Đăng"}


def test_mtv_printed_is_read_spelled_out_as_the_extractor_does():
    text = "Công ty TNHH MTV Cao su Đồi Thông (tỉnh Hòa Xuân) vừa kỷ luật hai cán bộ."
    gold = {"bodies": ["Công ty trách nhiệm hữu hạn một thành viên Cao su Đồi Thông"]}
    assert tool.spelled_out_names(text, gold) == {
        "Công ty trách nhiệm hữu hạn một thành viên Cao su Đồi Thông":
            "Công ty TNHH một thành viên Cao su Đồi Thông"}


def test_a_name_printed_spelled_out_once_is_left_alone():
    text = ("Công ty trách nhiệm hữu hạn Sông Mây Xanh (gọi tắt là Công ty TNHH Sông Mây Xanh) được thành lập"
            " năm 2010.")
    assert tool.spelled_out_names(text, _gold("Công ty trách nhiệm hữu hạn Sông Mây Xanh")) == {}
    # printed spelled out in other capitals or spacing: still printed so
    text = "CÔNG TY TRÁCH NHIỆM  HỮU HẠN SÔNG MÂY XANH thông báo tuyển dụng."
    assert tool.spelled_out_names(text, _gold("Công ty trách nhiệm hữu hạn Sông Mây Xanh")) == {}


def test_names_not_printed_either_way_or_already_printed_are_left_alone():
    text = "Công ty TNHH Hải Đăng và Tập đoàn Phú Lâm ký kết hợp tác."
    gold = {"bodies": ["Công ty trách nhiệm hữu hạn Sao Khuê", "Công ty TNHH Hải Đăng", "Tập đoàn Phú Lâm"]}
    assert tool.spelled_out_names(text, gold) == {}


def test_renamed_rewrites_whole_strings_only_and_keeps_every_other_byte():
    old, new = "Công ty trách nhiệm hữu hạn Sông Mây Xanh", "Công ty TNHH Sông Mây Xanh"
    raw = ('{\n  "bodies": [\n    "' + old + '",\n    "' + old + ' chi nhánh Hòa Xuân"\n  ],\n'
           '  "tasks": [{"assigner": "' + old + '", "action": "báo cáo về ' + old + '"}]\n}\n')
    out = tool.renamed(raw, {old: new})
    assert out == raw.replace('"' + old + '"', '"' + new + '"')
    data = json.loads(out)
    assert data["bodies"] == [new, old + " chi nhánh Hòa Xuân"]
    assert data["tasks"][0] == {"assigner": new, "action": "báo cáo về " + old}
    escaped = json.dumps({"bodies": [old]})  # a file written with \\u escapes
    assert json.loads(tool.renamed(escaped, {old: new})) == {"bodies": [new]}
