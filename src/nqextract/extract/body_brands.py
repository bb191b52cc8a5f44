"""The bodies' rules about a company printed with its lines of business in lower case before its brand
("Công ty cổ phần Đầu tư phát triển hạ tầng Thủ Đức", "Tổng công ty cấp nước Sài Gòn"): the heads such a name
follows (brand_line_head rows of body_patterns.tsv) and the lines of business the tagger reads as verbs
(business_line rows: "sản xuất", "phát triển", "vận tải")."""

from __future__ import annotations

from dataclasses import dataclass

from ..textnorm import fold
from .body_phrases import key


@dataclass(frozen=True)
class BrandLines:
    heads: tuple[str, ...] = ()  # folded heads, longest first ("công ty", "tổng công ty")
    lines: frozenset[str] = frozenset()  # lower-cased, tone-canonical phrases ("phát triển", "xuất nhập khẩu")
    longest: int = 0  # the words of the longest line

    def head_of(self, head: str) -> bool:
        """``head`` (a proper head as matched, "Công ty TNHH") opens with one of these heads."""
        h = fold(head)
        return any(h == x or h.startswith(x + " ") for x in self.heads)


def compile_brand_lines(by_kind: dict[str, list[tuple[str, str]]]) -> BrandLines:
    heads = sorted({fold(f) for f, _ in by_kind["brand_line_head"]}, key=len, reverse=True)
    lines = frozenset(" ".join(key(f).split()) for f, _ in by_kind["business_line"])
    return BrandLines(tuple(heads), lines, max((len(x.split()) for x in lines), default=0))
