"""position_changes, a minister's ministry: the body of a minister's post printed with a ministry's field and no
body ("làm bộ trưởng tư pháp Mỹ"; "làm bộ trưởng nông nghiệp" with "Bộ Nông nghiệp Mỹ" named in the article)."""

from __future__ import annotations

from ...textnorm import fold
from .scan import ChangeScan, SpanRef


def ministry(scan: ChangeScan, title: SpanRef) -> str | None:
    """"làm bộ trưởng tư pháp Mỹ", "bộ trưởng tài chính thứ 79 của Mỹ": a minister's title, a ministry's field (in
    any case) and a foreign country printed after it name that country's ministry ("Bộ Tư pháp Mỹ"); with the
    home country after it, none; with no country after it, the ministry of that field the article names for the
    minister's country (``_named``)."""
    rules = scan.rules
    head = rules.ministers.get(fold(title.label))
    if not head or rules.field_rx is None or rules.countries is None:
        return None
    m = rules.field_rx.match(scan.key, title.end)
    if m is None or (c := rules.countries.match(scan.text, m.end())) is None:
        return _named(scan, head, title)
    country = c.group(1)
    if fold(country) == fold(rules.home_country or ""):
        return None
    if (j := rules.joined_rx.match(scan.text, c.end())) is not None and rules.countries.match(scan.text, j.end()):
        return None  # "bộ trưởng tài chính của Mỹ và Nhật": several ministries, none named here
    field = " ".join(scan.text[m.start(1):m.end(1)].split())
    return f"{head} {field[:1].upper()}{field[1:]} {country}"


def _named(scan: ChangeScan, head: str, title: SpanRef) -> str | None:
    """"làm bộ trưởng tư pháp" with no country after it (the field ending its clause maybe): a body the article
    names whose printed span opens with the ministry's head and that field, capitalized ("Bộ Giáo dục và Đào tạo"
    for "bộ trưởng giáo dục"), of the minister's country: printed with that country after it for a foreign
    minister ("Bộ Tư pháp Mỹ"), bare or with the home country for a home one; none when the minister's country
    is unknown or when several such bodies remain (the longest of names one of which extends another)."""
    rules = scan.rules
    f = rules.field_end_rx.match(scan.key, title.end) if rules.field_end_rx is not None else None
    own = _minister_country(scan, title)
    if f is None or own is None:
        return None
    field = " ".join(f.group(1).split())
    home = fold(rules.home_country or "")
    named: set[str] = set()
    for b in scan.bodies:
        printed = scan.text[b.start:b.end]
        rest = " ".join(fold(printed[len(head):]).split())
        if not printed.startswith(f"{head} ") or not printed[len(head) + 1:][:1].isupper() \
                or not (rest == field or rest.startswith(f"{field} ")):
            continue  # another body, another field's ministry ("Bộ Tài chính" for "bộ trưởng tư pháp")
        country = _printed_country(scan, b)
        if fold(country or home) != own:
            continue  # another country's ministry ("Bộ Ngoại giao Việt Nam" for a minister of the US)
        named.add(b.label if not country or fold(country) == home or fold(b.label).endswith(fold(country))
                  else f"{b.label} {country}")
    longest = {n for n in named if not any(o.startswith(f"{n} ") for o in named)}
    return longest.pop() if len(longest) == 1 else None


def _printed_country(scan: ChangeScan, body: SpanRef) -> str | None:
    """The country ending a body's printed span or printed right after it ("Bộ Tài chính Mỹ")."""
    rx = scan.rules.countries
    if rx is None:
        return None
    end = next((m for m in rx.finditer(scan.text, body.start, body.end) if m.end() == body.end), None)
    after = rx.match(scan.text, body.end)
    return (end or after).group(1) if end or after else None


def _minister_country(scan: ChangeScan, title: SpanRef) -> str | None:
    """The country of the minister a title names (folded): the one country his sentence prints ("Thủ tướng Anh bổ
    nhiệm ông A làm bộ trưởng tài chính"), else the article's only foreign country, else the home country with no
    foreign one printed; none when several are printed."""
    home = fold(scan.rules.home_country or "")
    lo, hi = next(((a, b) for a, b in scan.sentences if a <= title.start < b), (0, len(scan.text)))
    said = _countries(scan, lo, hi)
    if said:
        return said.pop() if len(said) == 1 else None
    abroad = _countries(scan, 0, len(scan.text)) - {home}
    if not abroad:
        return home
    return abroad.pop() if len(abroad) == 1 else None


def _countries(scan: ChangeScan, a: int, b: int) -> set[str]:
    """The countries printed in text[a:b] outside the persons' names (folded)."""
    rx = scan.rules.countries
    if rx is None:
        return set()
    return {fold(m.group(1)) for m in rx.finditer(scan.text, a, b)
            if not any(p.start <= m.start(1) < p.end for p in scan.persons)}
