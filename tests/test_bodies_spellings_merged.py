"""Two printed spellings of one body respelled to one name make one body record (aliases and mentions joined)."""

from nqextract.extract.spellings import merged_bodies
from nqextract.models import Body, Mention


def _body(name: str, alias: str, start: int) -> Body:
    return Body(
        name=name, aliases=[alias], mentions=[Mention(start=start, end=start + len(alias), text=alias)]
    )


def test_same_name_after_respelling_is_one_body() -> None:
    name = "Văn phòng Liên hợp quốc ở Thành Đô"
    bodies = [
        _body(name, "Văn phòng Liên Hiệp Quốc ở Thành Đô", 40),
        _body("Bộ Ngoại giao", "Bộ Ngoại giao", 10),
        _body(name, "Văn phòng Liên hợp quốc ở Thành Đô", 5),
    ]
    out = merged_bodies(bodies)
    assert [b.name for b in out] == [name, "Bộ Ngoại giao"]
    assert out[0].aliases == ["Văn phòng Liên Hiệp Quốc ở Thành Đô", "Văn phòng Liên hợp quốc ở Thành Đô"]
    assert [m.start for m in out[0].mentions] == [5, 40]


def test_different_names_stay_apart() -> None:
    bodies = [_body("Quỹ Nhi đồng Liên hợp quốc", "UNICEF", 3), _body("Liên hợp quốc", "LHQ", 30)]
    assert [b.name for b in merged_bodies(bodies)] == ["Quỹ Nhi đồng Liên hợp quốc", "Liên hợp quốc"]
