"""The gold check for years printed only as endpoints of a range of years (tools/gold_year_ranges.py)."""

import importlib.util
import json
from pathlib import Path

_spec = importlib.util.spec_from_file_location("gold_year_ranges",
                                               Path(__file__).resolve().parents[1] / "tools" / "gold_year_ranges.py")
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)


def test_range_endpoints_of_periods_and_terms():
    years = {"2021", "2026", "2030", "2025"}
    assert tool.range_only_years("Đại hội nhiệm kỳ 2021-2026 và giai đoạn 2026 – 2030.", years) == ["2021", "2026", "2030"]
    assert tool.range_only_years("Kỷ niệm 60 năm thành lập (1965-2025).", {"1965", "2025"}) == ["1965", "2025"]


def test_a_year_printed_on_its_own_is_kept():
    text = "Kế hoạch giai đoạn 2021-2025; đến năm 2025 hoàn thành."
    assert tool.range_only_years(text, {"2021", "2025"}) == ["2021"]


def test_from_to_phrases_keep_their_years():
    assert tool.range_only_years("Từ năm 2018 - 2023, các đối tượng đã lợi dụng.", {"2018", "2023"}) == []
    assert tool.range_only_years("Trong thời gian từ 2018 - 2020, ông gửi đơn.", {"2018", "2020"}) == []


def test_numbers_and_full_dates_are_no_bare_year():
    text = "Luật số 47/2024/QH15 áp dụng cho giai đoạn 2024-2030, từ ngày 1/1/2024."
    assert tool.range_only_years(text, {"2024", "2030"}) == ["2024", "2030"]


def test_without_dates_keeps_every_other_byte():
    raw = '{\n  "doc": "x",\n  "dates": [\n    "2021",\n    "2025-06-27",\n    "2026"\n  ],\n  "tasks": []\n}\n'
    out = tool.without_dates(raw, {"2021", "2026"})
    assert out == '{\n  "doc": "x",\n  "dates": [\n    "2025-06-27"\n  ],\n  "tasks": []\n}\n'
    inline = '{"dates": ["2021", "2025"], "persons": []}'
    assert json.loads(tool.without_dates(inline, {"2021"})) == {"dates": ["2025"], "persons": []}
    assert json.loads(tool.without_dates(inline, {"2021", "2025"})) == {"dates": [], "persons": []}
