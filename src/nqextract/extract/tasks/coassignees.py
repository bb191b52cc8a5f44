"""Several assignees for one action, written once: a task per assignee where the printed phrase
distributes a shared part over a list (the way an analyst, and the gold, write them):

* a head over several places: "Ủy ban nhân dân các tỉnh, thành phố Đà Nẵng, Quảng Ngãi" (a colon may
  close the level words: "UBND các tỉnh, thành phố: Hà Nội, Hưng Yên") -> "Ủy ban nhân dân thành phố Đà
  Nẵng", "Ủy ban nhân dân tỉnh Quảng Ngãi" (the level of each place from ``body_places.tsv``);
* offices sharing the place printed after the last one: "Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh
  Quảng Ngãi" -> "Bí thư Tỉnh ủy Quảng Ngãi", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi";
* numbered units: "các ban quản lý dự án: 6, 85" -> "Ban quản lý dự án 6", "Ban quản lý dự án 85";
* offices of several levels addressed together: "Bộ trưởng, Thủ trưởng các cơ quan ngang bộ, cơ quan thuộc
  Chính phủ và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương" -> the ministers' part and
  "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương" (split before each office opened by a
  ``joint_split`` title);
* central bodies addressed together, then local governments: "các bộ, cơ quan ngang bộ và UBND cấp tỉnh" ->
  "các bộ, cơ quan ngang bộ", "UBND cấp tỉnh";
* a list of named bodies: "Bộ Tài chính, Ngân hàng Nhà nước Việt Nam và Bộ Công an" -> each body
  (:func:`listed_bodies`; the ledger gold writes one task per body);
* one title printed before each office: "bộ trưởng Bộ Y tế, bộ trưởng Bộ Công an" -> "Bộ trưởng Bộ Y tế",
  "Bộ trưởng Bộ Công an" (:func:`repeated_title`, a ``repeat_title``).

A list of bare offices ("Tỉnh ủy, Thành ủy") or of collective nouns ("các bộ, ngành, địa phương") stays
one assignee.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .words import lower_text

NEVER = re.compile("(?!)")


@dataclass
class Places:
    """Province-level places: folded name or variant -> (canonical name, level word)."""

    by_name: dict[str, tuple[str, str]] = field(default_factory=dict)
    local_heads: list[str] = field(default_factory=list)  # bodies of a province's level ("sở", "tỉnh ủy")
    list_heads: list[str] = field(default_factory=list)  # heads of a body name an assignee list may hold unrecognized
    joint_heads: list[str] = field(default_factory=list)  # titles opening a list of offices ("bộ trưởng", "chủ tịch")
    joint_splits: list[str] = field(default_factory=list)  # titles that open the next office of such a list
    repeat_titles: list[str] = field(default_factory=list)  # titles printed again before each office of a list
    collective_heads: list[str] = field(default_factory=list)  # agent heads of a "các <head> ..." list item
    central_collectives: tuple[str, ...] = ()  # "các bộ": central bodies addressed together, before local ones
    local_governments: tuple[str, ...] = ()  # "ủy ban nhân dân", "chính quyền địa phương": the local ones
    place_counts: tuple[str, ...] = ()  # count words before the level word of a list of places ("hai tỉnh")
    plurals: tuple[str, ...] = ()  # plural determiners opening a numbered or collective item ("các", "những")
    list_levels: tuple[str, ...] = ()  # level words of a local unit printed bare in a list ("huyện Đồng Phú")
    conjunctions: tuple[str, ...] = ()  # "và": joins the items of a list (conjunction rows)
    # a province-level place's level word and its other printed forms ("thành phố", "Thành phố"; province_level)
    levels: tuple[tuple[str, tuple[str, ...]], ...] = ()
    place_committees: tuple[str, ...] = ()  # "tỉnh ủy": a party committee its place follows with no level word
    # the patterns the rows above compile to (:meth:`compile`)
    list_sep: re.Pattern[str] = NEVER
    conj_sep: re.Pattern[str] = NEVER
    item_sep: re.Pattern[str] = NEVER
    place_after_level: re.Pattern[str] = NEVER
    level_place: re.Pattern[str] = NEVER
    level_run: re.Pattern[str] = NEVER
    level_pair: re.Pattern[str] = NEVER
    numbered: re.Pattern[str] = NEVER

    def compile(self) -> None:
        """Compile the patterns of the list words (once, after loading)."""
        conj = "|".join(map(re.escape, self.conjunctions)) or "(?!)"
        low = "|".join(re.escape(level) for level, _forms in self.levels) or "(?!)"
        printed = "|".join(re.escape(f) for level, forms in self.levels for f in (level, *forms)) or "(?!)"
        self.list_sep = re.compile(rf",\s+|\s+(?:{conj})\s+")
        self.conj_sep = re.compile(rf"(\s+(?:{conj})\s+)")  # kept by a split
        self.item_sep = re.compile(rf",\s*(?:(?:{conj})\s+)?|\s+(?:{conj})\s+")
        self.place_after_level = re.compile(rf"(?:^|\s)(?:{printed}|TP\.?)\s+[A-ZÀ-ỸĐ]")
        self.level_place = re.compile(rf"\s({printed})\s+(.+)$")
        # "các ban quản lý dự án: 6, 85": a plural determiner, a head and its numbers
        det = "|".join(map(re.escape, self.plurals)) or "(?!)"
        self.numbered = re.compile(r"^(?:" + det + r")\s+(?P<head>[^:,\d]+?)\s*:?\s+(?P<items>\d+(?:(?:,\s+|\s+(?:"
                                   + conj + r")\s+)\d+)+)$")
        # the level words before a list of places, after a plural, a number or a place_count word: " các tỉnh,
        # thành phố "; a colon may close them ("UBND các tỉnh, thành phố: Hà Nội, Hưng Yên")
        count = "".join("|" + re.escape(c) for c in self.place_counts)
        self.level_run = re.compile(r"\s(?:(?:" + det + r"|\d+" + count + r")\s+)?(?:(?:" + low + r")(?:,\s+|\s*:\s+|\s+))+")
        # a plural and two level words joined by a comma, one name's words ("[các tỉnh], [thành phố] trực thuộc
        # Trung ương"): groups 1 and 2 on either side of the comma
        spaced = "|".join(re.escape(level).replace(r"\ ", r"\s+") for level, _forms in self.levels) or "(?!)"
        self.level_pair = re.compile(rf"((?:{det})\s+(?:{spaced})),(\s+(?:{spaced}))")

    def is_local(self, office: str) -> bool:
        """The office belongs to a province-level body, so it can share a printed place."""
        low = f" {lower_text(office)} "
        return any(f" {head} " in low for head in self.local_heads)

    def add(self, name: str, level: str, variants: list[str]) -> None:
        for n in [name, *variants]:
            if n.strip():
                self.by_name[lower_text(" ".join(n.split()))] = (name, level.lower())

    def get(self, printed: str) -> tuple[str, str] | None:
        return self.by_name.get(lower_text(" ".join(printed.split())))


def distribute(assignee: str, places: Places) -> list[str]:
    """The assignees a printed assignee phrase stands for (itself alone when it distributes nothing)."""
    text = " ".join(assignee.split())
    return _numbered(text, places) or _over_places(text, places) or _shared_place(text, places) \
        or _joint_offices(text, places) or _central_and_local(text, places) or [assignee]


def _numbered(text: str, places: Places) -> list[str]:
    """"các ban quản lý dự án: 6, 85": a plural determiner, a head and its numbers."""
    m = places.numbered.match(text)
    if not m:
        return []
    head = m.group("head")
    head = head[:1].upper() + head[1:]
    return [f"{head} {n}" for n in places.list_sep.split(m.group("items"))]


def _over_places(text: str, places: Places) -> list[str]:
    """"<head> (các) tỉnh, thành phố P1, P2 (và P3)": one assignee per known place; a count before the level
    ("UBND 2 tỉnh Quảng Trị và Thừa Thiên Huế", "hai tỉnh": place_count rows) is left out like "các"."""
    low = lower_text(text)
    for m in places.level_run.finditer(low):
        head, rest = text[:m.start()], text[m.end():]
        items = places.list_sep.split(rest)
        found = [places.get(p) for p in items]
        if len(items) >= 2 and head.strip() and all(found):
            return [f"{head} {level} {name}" for name, level in found]  # type: ignore[misc]
    return []


def _shared_place(text: str, places: Places) -> list[str]:
    """"<office>, <office> tỉnh P": the earlier offices take the place of the last one."""
    items = re.split(r",\s+", text)
    # "..., Bộ Tài chính và UBND tỉnh X": "và" before a local body's name joins one more item
    # ("Sở Tài nguyên và Môi trường tỉnh X" is one name: "Môi trường ..." names no local body)
    pieces = places.conj_sep.split(items[-1])  # the parts and the conjunctions between them
    while len(pieces) > 1 and places.is_local(pieces[-1]):
        items[-1:] = ["".join(pieces[:-2]), pieces[-1]]
        pieces = pieces[:-2]
    if len(items) < 2 or not all(x[:1].isupper() and places.is_local(x) for x in items):
        return []
    m = places.level_place.search(items[-1])
    found = places.get(m.group(2)) if m else None
    if m is None or found is None:
        return []
    for x in items[:-1]:
        if places.place_after_level.search(x) or any(places.get(w) for w in _tails(x)):
            return []  # an earlier office has its own place: a plain list
    out = []
    for x in items[:-1]:
        if lower_text(x).endswith(places.place_committees):
            out.append(f"{x} {m.group(2)}")
        else:
            out.append(f"{x} {m.group(1)} {m.group(2)}")
    return out + [items[-1]]


def _joint_offices(text: str, places: Places) -> list[str]:
    """"<title> ..., <title> ... và Chủ tịch ...": a phrase opening with a title (``joint_head``) split before
    each later office opened by a capitalized ``joint_split`` title ("Chủ tịch"); the commas inside an
    office ("Thủ trưởng các cơ quan ngang bộ, cơ quan thuộc Chính phủ") stay."""
    low = lower_text(text)
    if not any(low.startswith(h) and not low[len(h):len(h) + 1].isalnum() for h in places.joint_heads):
        return []
    heads = "|".join(re.escape(h[:1].upper() + h[1:]) for h in places.joint_splits)
    if not heads:
        return []
    items = [x.strip() for x in re.split(rf"(?:{places.list_sep.pattern})(?=(?:{heads})\s)", text)]
    return items if len(items) >= 2 and all(items) else []


def repeated_title(assignee: str, at: int, text: str, bodies: list, places: Places) -> list[str]:
    """"bộ trưởng Bộ Y tế, bộ trưởng Bộ Công an và bộ trưởng Bộ Quốc phòng", "Giám đốc Bệnh viện A và giám đốc
    Bệnh viện B": the ``repeat_title`` the phrase (printed at ``text[at:]``) opens with, printed again (in either
    case) before each later office, each office after it a body the bodies stage read whole, ending its item (no
    person's name after it, "Bí thư Tỉnh ủy, Bí thư Đảng ủy Quân sự tỉnh Lê Văn A", no word run on): one office
    each, its title capitalized (a plain list of full offices, no part shared: :func:`distribute` leaves it whole;
    none when it is no such list)."""
    low = lower_text(assignee)
    title = next((h for h in sorted(places.repeat_titles, key=len, reverse=True) if low.startswith(h + " ")), None)
    if title is None or at < 0:
        return []
    cuts = [m.span() for m in re.finditer(rf"(?:,\s+|\s+và\s+)(?={re.escape(title)}\s)", assignee, flags=re.IGNORECASE)]
    spans = [(a, b) for a, b in zip([0] + [e for _, e in cuts], [s for s, _ in cuts] + [len(assignee)])]
    if len(spans) < 2:
        return []
    out = []
    for a, b in spans:
        item = assignee[a:b].strip()
        m = re.match(rf"{re.escape(title)}\s+", item, re.IGNORECASE)
        office = at + a + (m.end() if m else 0)
        if not m or not item[m.end():][:1].isupper() \
                or not any(f.start == office and f.end == at + b for f in bodies):
            return []
        out.append(item[:1].upper() + item[1:])
    return out


def _central_and_local(text: str, places: Places) -> list[str]:
    """"các bộ, cơ quan ngang bộ và UBND cấp tỉnh", "các Bộ, cơ quan ngang Bộ, chính quyền địa phương các tỉnh":
    central bodies addressed together (opening with a ``central_collective``), then local governments (a
    ``local_government`` item after a comma or "và"): one assignee each part, the commas inside each kept."""
    low = lower_text(text)
    if not any(low.startswith(c + " ") or low.startswith(c + ",") for c in places.central_collectives):
        return []
    for m in places.list_sep.finditer(text):
        rest = lower_text(text[m.end():])
        if any(rest.startswith(g + " ") for g in places.local_governments):
            head, tail = text[:m.start()].strip(), text[m.end():].strip()
            return [head, tail] if head and tail else []
    return []


def _tails(text: str) -> list[str]:
    words = text.split()
    return [" ".join(words[k:]) for k in range(1, len(words))]


# a generic collective item that may stand in a list of named bodies ("Công an thành phố, đơn vị liên quan")
_GENERIC_ITEM = re.compile(r"(?:các\s+)?(?:cơ quan|đơn vị|địa phương)(?:\s+(?:có\s+)?liên quan)?")


def _collective(item: str, places: Places) -> bool:
    """A collective noun phrase "các / những <agent head> ..." ("các cơ quan báo chí", "các đoàn thể nhân dân",
    "các Ủy ban của Quốc hội"): several bodies of one kind, listed beside named ones."""
    low = " ".join(lower_text(item).split()) + " "
    for det in places.plurals:
        if low.startswith(det + " "):
            rest = low[len(det) + 1:]
            return any(rest.startswith(h + " ") for h in places.collective_heads)
    return False


def _local_unit(item: str, places: Places) -> bool:
    """"huyện Đồng Phú", "quận 3": a level word (``list_level``) and a capitalized place name or a number."""
    words = item.split()
    for level in places.list_levels:
        n = len(level.split())
        if lower_text(" ".join(words[:n])) == level and len(words) > n and words[0].islower() \
                and all(w[:1].isupper() or w.isdigit() for w in words[n:]):
            return True
    return False


def dashed_name(printed: str, name: str) -> str:
    """"Sở Tài nguyên - Môi trường" (a dash for "và") is named by the body's full name ("Sở Tài nguyên và Môi
    trường tỉnh Đồng Nai"), the one the ledger gold writes; any other printed name stays as printed."""
    if " - " not in printed or not name:
        return printed
    return name if lower_text(printed.replace(" - ", " và ")) in lower_text(name) else printed


def listed_bodies(assignee: str, at: int, text: str, bodies: list, places: Places) -> list[str]:
    """"Bộ Tài chính, Ngân hàng Nhà nước Việt Nam, Bộ Công an và Ủy ban nhân dân các tỉnh, ...": a list of
    named bodies printed at ``at`` (each one a body span, commas inside a name kept), one assignee each.

    Every item must be a body named in full ("Bộ Công an", "Chính phủ"; never a bare "Tỉnh ủy"), a
    generic "(các) cơ quan / đơn vị / địa phương (liên quan)", a collective "các <list_collective head> ..."
    ("các cơ quan báo chí", "các đoàn thể nhân dân") or a local unit printed by its level ("huyện Đồng Phú");
    at least one named and two in all. Anything else in
    the phrase (a title, "các ban của Đảng", "các đồng chí ...") keeps it whole.
    """
    end = at + len(assignee)
    if text[at:end] != assignee:
        return []
    inside = sorted((f for f in bodies if at <= f.start and f.end <= end), key=lambda f: (f.start, -f.end))
    names: list[str] = []
    masked, cursor = [], at
    for f in inside:
        if f.start < cursor:
            continue  # inside a longer name
        masked.append(text[cursor:f.start] + f"\x00{len(names)}\x00")
        names.append(dashed_name(text[f.start:f.end], f.kb))
        cursor = f.end
    masked.append(text[cursor:end])
    items: list[str] = []
    # "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương" is one name
    joined = places.level_pair.sub("\\1\x01\\2", "".join(masked).strip())
    for item in places.item_sep.split(joined):
        item = item.replace("\x01", ",")
        m = re.fullmatch(r"\x00(\d+)\x00", item)
        if m:
            items.append(names[int(m.group(1))])
        elif _GENERIC_ITEM.fullmatch(item):
            items.append(item)
            continue
        elif _collective(spelled := re.sub(r"\x00(\d+)\x00", lambda n: names[int(n.group(1))], item), places):
            items.append(spelled)  # "Hội đồng Dân tộc và các Ủy ban của Quốc hội": a collective beside the named
            continue
        elif "\x00" not in item and any((lower_text(item) + " ").startswith(h + " ") for h in places.list_heads):
            items.append(item)  # "Thuế thành phố Đà Nẵng": a body the earlier stage did not name
        elif "\x00" not in item and _local_unit(item, places):
            items.append(item)  # "Sở X, Công an tỉnh và huyện Đồng Phú": a local unit printed by its level
            continue
        else:
            return []
        if not items[-1][:1].isupper():
            return []
        if lower_text(" ".join(items[-1].split())) in places.local_heads:
            return []  # "Tỉnh ủy, Thành ủy": offices of no named place
    return items if len(items) >= 2 and any(x[:1].isupper() for x in items) else []
