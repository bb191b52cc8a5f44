"""persons: the intermediate records the phases hand each other."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...models import Position
from .rules import TitleRule


@dataclass(frozen=True)
class TitleHit:
    start: int
    end: int
    rule: TitleRule


@dataclass
class ChainItem:
    hit: TitleHit
    body: str | None
    end: int  # end of the title or of its body
    status: str = "current"  # "former" after "nguyên"/"cựu", "acting" after "quyền"


@dataclass
class Chain:
    items: list[ChainItem]
    start: int
    end: int
    plural: bool = False
    predicative: bool = False  # "làm Trưởng ban": not a reference to a person by title
    former: bool = False  # "nguyên Thủ tướng": kept with status "former", never a reference by title
    target: int | None = None  # where the name this chain introduces would start
    lead: int = -1  # where the chain's text starts: its first title, or a status word before it ("nguyên")

    def __post_init__(self) -> None:
        if self.lead < 0:
            self.lead = self.start

    @property
    def positions(self) -> list[Position]:
        # a committee member's glued title ("Tỉnh ủy viên") whose place nothing names states no position
        return [Position(title=i.hit.rule.title, body=i.body, status=i.status) for i in self.items
                if i.body is not None or not i.hit.rule.place_body]


@dataclass
class NameMention:
    start: int
    end: int
    name: str  # canonical name of the person
    kind: str = "name"  # name | short | title | pronoun
    positions: list[Position] = field(default_factory=list)


@dataclass
class PersonMatches:
    mentions: list[NameMention]
    titles: list[TitleHit]
    positions: dict[str, list[Position]]
    names: list[str]  # canonical names, in order of first mention
