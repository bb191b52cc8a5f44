"""Text cleaning: chrome stripping for an article given as text.

A scraped article's text is NFC-normalized and split into lines; whole lines of page chrome are
dropped (a kept line is never rewritten, but for a caption naming a person, kept without its photo
credit: :mod:`nqextract.clean.captions`), by general rules kept as data files in ``nqextract/data``:

- ``chrome_patterns.tsv``: video-player residue, timestamps, photo credits (``Ảnh: ...``),
  ``... ảnh 1`` photo references, comment counters, source-tagged leads;
- ``chrome_labels.txt``: share/app/player widget labels (``Zalo``, ``Back to top``);
- ``chrome_boundaries.txt``: widget headings that end the body (``Đọc nhiều nhất``);
- ``chrome_captions.tsv``: how a standalone photo caption opens and closes.

Structure and position rules sit on top: a lone short name line is a byline; a second
source-tagged lead (``(Ngày Nay) - ...``) or a repeated title line starts the related-news
teasers at the end; ``./.`` ends an official article; line 1 is the headline, a caption or the lead.
HTML pages go through :mod:`nqextract.clean.html` first, which ends in these same rules.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import CleanError
from ..lazy import ftfy_is_bad
from ..models import CleanArticle
from ..resources import RulesDir, load_lines, load_tsv
from ..textnorm import fold, nfc
from .captions import (
    PersonCaptionRules,
    caption_sized,
    ends_with_action,
    keep_person_captions,
    starts_with_any,
)

_FINAL_PUNCT = re.compile(r"[.!?…:;\"”’»)\]]\s*$")
_BULLET = re.compile(r"^[\s•·●○▪■◦►▶*+>\-–—]+")
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_NAME_WORD = re.compile(r"^[A-ZÀ-ỸĐ][a-zà-ỹđ]{0,7}$|^[A-ZÀ-ỸĐ]{1,8}$", re.UNICODE)
_BYLINE_JOINERS = {"-", "–", "/", ",", "và", "&"}


def _strip_bullet(line: str) -> str:
    return _BULLET.sub("", line).strip()


def _label_key(line: str) -> str:
    return fold(_strip_bullet(line).rstrip(":：").strip())


# --------------------------------------------------------------------------- rules (data files)


@dataclass(frozen=True)
class ChromeRules:
    labels: frozenset[str]
    boundaries: frozenset[str]
    patterns: tuple[tuple[str, str, re.Pattern[str]], ...]  # (kind, action, regex)
    caption_subjects: tuple[str, ...]
    person_captions: PersonCaptionRules
    caption_actions: tuple[str, ...]
    prune_xpaths: tuple[str, ...]
    sapo_class: re.Pattern[str]

    @classmethod
    def load(cls, rules_dir: RulesDir = None) -> ChromeRules:
        """The chrome rules of the packaged data files, or of ``rules_dir`` where it holds them (built once)."""
        return _chrome_rules(Path(rules_dir) if rules_dir else None)

    @classmethod
    def build(cls, rules_dir: Path | None) -> ChromeRules:
        patterns = tuple(
            (row["kind"], row["action"], re.compile(row["pattern"]))
            for row in load_tsv("chrome_patterns.tsv", rules_dir)
        )
        captions = load_tsv("chrome_captions.tsv", rules_dir)
        html = load_tsv("chrome_html.tsv", rules_dir)
        sapo = [row["value"] for row in html if row["kind"] == "sapo"]
        return cls(
            labels=frozenset(fold(x) for x in load_lines("chrome_labels.txt", rules_dir)),
            boundaries=frozenset(fold(x) for x in load_lines("chrome_boundaries.txt", rules_dir)),
            patterns=patterns,
            caption_subjects=tuple(
                sorted((fold(r["text"]) for r in captions if r["kind"] in ("subject", "person")), key=len, reverse=True)
            ),
            person_captions=PersonCaptionRules.build(captions, rules_dir),
            caption_actions=tuple(
                sorted((fold(r["text"]) for r in captions if r["kind"] == "action"), key=len, reverse=True)
            ),
            prune_xpaths=tuple(row["value"] for row in html if row["kind"] == "prune"),
            sapo_class=re.compile("|".join(sapo) or r"(?!)", re.IGNORECASE),
        )

    def match(self, line: str) -> tuple[str, str] | None:
        """(kind, action) of the first pattern matching the line (with or without bullets), else None."""
        bare, raw = _strip_bullet(line), line.strip()
        for kind, action, rx in self.patterns:
            if rx.search(bare) or raw != bare and rx.search(raw):
                return kind, action
        return None

    def is_label(self, line: str) -> bool:
        return _label_key(line) in self.labels

    def is_boundary(self, line: str) -> bool:
        key = _label_key(line)
        if key in self.boundaries:
            return True
        words = key.split()
        # "Đọc nhiều trong Kinh doanh": a boundary heading followed by a section name
        return len(words) <= 8 and any(key.startswith(b + " trong ") for b in self.boundaries)


@lru_cache(maxsize=8)
def _chrome_rules(rules_dir: Path | None) -> ChromeRules:
    return ChromeRules.build(rules_dir)


# --------------------------------------------------------------------------- line shapes


def _words(line: str) -> list[str]:
    return line.split()


def _is_unpunctuated(line: str) -> bool:
    """A title-like line: no sentence-final punctuation."""
    return not _FINAL_PUNCT.search(line)


def _is_short_title_like(line: str, max_words: int = 40) -> bool:
    return _is_unpunctuated(line) and 0 < len(_words(line)) <= max_words


def _is_byline(line: str) -> bool:
    """A lone short name line ('Trà Vũ', 'NGUYỄN HÀ', 'Minh Anh - Hoàng Hà', 'Theo Lan Anh')."""
    bare = _strip_bullet(line)
    if bare.startswith("(") and bare.endswith(")"):
        bare = bare[1:-1]
    bare = re.sub(r"\s*\([^()]{1,30}\)$", "", bare)  # 'Trà Vũ (TTXVN)'
    if not bare or _FINAL_PUNCT.search(bare):
        return False
    words = re.split(r"[\s/]+", bare)  # 'NGỌC ANH/VOV'

    if words and words[0] == "Theo":
        words = words[1:]
    names = [w for w in words if w not in _BYLINE_JOINERS]
    return 2 <= len(names) <= 6 and all(_NAME_WORD.match(w) for w in names)


# --------------------------------------------------------------------------- text cleaning


@dataclass
class _Line:
    text: str
    drop: bool = False
    reason: str = ""


# an article's opening source tag ("VTV.vn - ", "(Dân trí) - ", "TTXVN - "): printed again right after a
# sentence of the body, it opens a related-news teaser glued to the body's last line
_OPENING_TAG = re.compile(r"^(\([^()\n]{2,30}\)|[A-ZĐ][A-Za-zĐđ0-9]*(?:\.[A-Za-z]{2,4})+|[A-ZĐ]{2,8})[ \t]*[-–—]+[ \t]*(?=\S)")


def _split_glued_teasers(lines: list[_Line]) -> list[_Line]:
    """Cut the body at a repetition of its opening source tag glued after a sentence: the rest of
    the article (teasers "VTV.vn - Với tư cách ..., VTV.vn- Đó là lời khẳng định ...") is chrome."""
    first = next((ln.text for ln in lines if ln.text), "")
    m = _OPENING_TAG.match(first)
    if m is None:
        return lines
    again = re.compile(r"(?<=[.!?…\"”»])[ \t]*" + re.escape(m.group(1)) + r"[ \t]*[-–—]")
    out: list[_Line] = []
    for k, ln in enumerate(lines):
        hit = again.search(ln.text, m.end() if not out and ln.text == first else 0)
        if hit is None:
            out.append(ln)
            continue
        out.append(_Line(ln.text[: hit.start()].rstrip()))
        out.append(_Line(ln.text[hit.start() :].strip(), True, "teaser"))
        out.extend(_Line(x.text, True, "teaser") for x in lines[k + 1 :] if x.text)
        return out
    return out


def _content_share_before(lines: list[_Line], i: int) -> float:
    total = sum(len(x.text) for x in lines) or 1
    return sum(len(x.text) for x in lines[:i]) / total


class TextCleaner:
    """Drops whole lines of page chrome from a scraped article's text."""

    def __init__(self, rules: ChromeRules | None = None) -> None:
        self.rules = rules or ChromeRules.load()

    # -- caption shape
    def is_caption(self, line: str, *, first: bool = False) -> bool:
        if not line[:1].isupper() or not _is_short_title_like(line) or ":" in line or "?" in line:
            return False
        key = fold(line)
        if not starts_with_any(key, self.rules.caption_subjects):
            return False
        if first:
            return ends_with_action(key, self.rules.caption_actions)
        return True

    def clean_lines(
        self, raw_lines: list[str], *, html: bool = False, preface: int = 0, title: str | None = None
    ) -> tuple[list[str], list[str], str | None]:
        """(kept lines, removed lines, headline or None). HTML mode: the first ``preface`` lines
        (headline and sapo taken from the page structure) are kept as they are."""
        lines = _split_glued_teasers([_Line(x.strip()) for x in raw_lines])
        content = [i for i, x in enumerate(lines) if x.text]
        if not content:
            return [], [], None
        self._mark_patterns(lines)
        self._mark_end(lines, content)
        self._mark_teasers(lines, content)
        headline = self._mark_first_line(lines, content, title)
        self._mark_captions_and_bylines(lines, content)
        keep_person_captions(lines, self.rules.person_captions)
        for i in content[:preface]:
            lines[i].drop, lines[i].reason = False, "preface"
        if html:
            self._mark_before_lead(lines, content[preface:])
        kept = [x.text for x in lines if not x.drop]
        removed = [x.text for x in lines if x.drop and x.text]
        return kept, removed, headline

    def _mark_patterns(self, lines: list[_Line]) -> None:
        for ln in lines:
            if not ln.text:
                continue
            hit = self.rules.match(ln.text)
            if hit and hit[1] == "drop" and len(_words(ln.text)) <= 80 and (hit[0] not in ("credit", "caption") or caption_sized(ln.text)):
                ln.drop, ln.reason = True, hit[0]
            elif self.rules.is_label(ln.text):
                ln.drop, ln.reason = True, "label"

    def _drop_from(self, lines: list[_Line], start: int, reason: str) -> None:
        for ln in lines[start:]:
            if ln.text and not ln.drop:
                ln.drop, ln.reason = True, reason

    def _mark_end(self, lines: list[_Line], content: list[int]) -> None:
        """Widget boundaries ('Bình luận: 0', 'Đọc nhiều nhất') and './.' end the body."""
        for i in content:
            ln = lines[i]
            hit = self.rules.match(ln.text)
            is_end = (hit is not None and hit[1] == "end") or self.rules.is_boundary(ln.text)
            if is_end:
                if _content_share_before(lines, i) >= 0.4:
                    self._drop_from(lines, i, "after-boundary")
                    return
                # an in-body box: its heading and the teaser titles under it
                ln.drop, ln.reason = True, "box"
                for j in content[content.index(i) + 1:]:
                    text = lines[j].text
                    if len(_words(text)) > 30 or re.search(r"[.:;]\s*$", text):
                        break
                    lines[j].drop, lines[j].reason = True, "box"
                continue
            if ln.text.endswith("./.") and _content_share_before(lines, i + 1) >= 0.5:
                self._drop_from(lines, i + 1, "after-end-mark")
                return

    @staticmethod
    def _is_doubled_title(lines: list[_Line], content: list[int], pos: int) -> bool:
        return (pos + 1 < len(content) and _is_short_title_like(lines[content[pos]].text, 30)
                and fold(lines[content[pos]].text) == fold(lines[content[pos + 1]].text))

    def _mark_teasers(self, lines: list[_Line], content: list[int]) -> None:
        """Related-news teasers after the body: a second source-tagged lead, or a title line
        printed twice in a row (headline + image alt), with the title lines above it."""
        seen_lead = False
        body_seen = False
        for pos, i in enumerate(content):
            ln = lines[i]
            if ln.drop and ln.reason == "after-boundary":
                return
            hit = self.rules.match(ln.text)
            is_lead = hit is not None and hit[1] == "lead" and len(_words(ln.text)) >= 8
            start = None
            if is_lead and (seen_lead or body_seen and pos > 2):
                start = pos
            elif self._is_doubled_title(lines, content, pos) and _content_share_before(lines, i) >= 0.5:
                # a teaser list repeats the pattern (title twice, then its lead); a caption printed
                # twice in the body does not
                after = content[pos + 2] if pos + 2 < len(content) else None
                lead_follows = after is not None and (self.rules.match(lines[after].text) or ("", ""))[1] == "lead"
                doubles = sum(self._is_doubled_title(lines, content, p) for p in range(pos, len(content)))
                if lead_follows or doubles >= 2:
                    start = pos + 1
            if start is not None:
                first_title = start
                while first_title > 0 and _is_short_title_like(lines[content[first_title - 1]].text, 30):
                    first_title -= 1
                if first_title < start or not is_lead:  # a teaser lead sits under its title line
                    self._drop_from(lines, content[first_title], "teaser")
                    return
            seen_lead = seen_lead or is_lead
            if not is_lead and not ln.drop and len(_words(ln.text)) >= 15 and not _is_unpunctuated(ln.text):
                body_seen = True

    def _mark_first_line(self, lines: list[_Line], content: list[int], title: str | None) -> str | None:
        """Line 1 is the headline (kept), a photo caption (dropped) or the lead (kept). A caption-shaped
        line 1 is still the headline when it is the given title or a blank line sets it apart. A section
        label above the headline ('Thời sự') and a byline just under it are dropped."""
        live = [i for i in content if not lines[i].drop]
        if not live:
            return None
        if (len(live) > 1 and len(_words(lines[live[0]].text)) <= 3 and _is_unpunctuated(lines[live[0]].text)
                and _is_short_title_like(lines[live[1]].text) and len(_words(lines[live[1]].text)) > 3
                and not (title and fold(title) == fold(lines[live[0]].text))):
            lines[live[0]].drop, lines[live[0]].reason = True, "section-label"
            live = live[1:]
        first = live[0]
        ln = lines[first]
        set_apart = first + 1 < len(lines) and not lines[first + 1].text
        is_title = title is not None and fold(title) == fold(ln.text)
        if not is_title and not set_apart and self.is_caption(ln.text, first=True):
            ln.drop, ln.reason = True, "caption"
            return None
        if not _is_short_title_like(ln.text) or _is_byline(ln.text):
            return None
        ln.reason = "headline"
        for i in live[1:3]:
            if _is_byline(lines[i].text):
                lines[i].drop, lines[i].reason = True, "byline"
            elif not lines[i].drop:
                break
        return ln.text

    def _mark_captions_and_bylines(self, lines: list[_Line], content: list[int]) -> None:
        """Standalone captions anywhere; bylines in the tail (no body paragraph after them).
        A line followed by one opening in lower case is a hard-wrapped paragraph: left alone."""
        body_after = False
        for pos in range(len(content) - 1, -1, -1):
            ln = lines[content[pos]]
            if ln.drop or ln.reason == "headline":
                continue
            nxt = lines[content[pos + 1]].text if pos + 1 < len(content) else ""
            wrapped = nxt[:1].islower()
            if not wrapped and not body_after and _is_byline(ln.text):
                ln.drop, ln.reason = True, "byline"
            elif not wrapped and self.is_caption(ln.text):
                ln.drop, ln.reason = True, "caption"
            elif len(_words(ln.text)) >= 15:
                body_after = True

    def _mark_before_lead(self, lines: list[_Line], content: list[int]) -> None:
        """HTML: short lines trafilatura puts above the lead (app banners, site names) are chrome."""
        for i in content:
            ln = lines[i]
            if ln.drop or ln.reason == "headline":
                continue
            if not _is_short_title_like(ln.text, 12):
                return
            ln.drop, ln.reason = True, "before-lead"


# A line break with spaces beside it, inside a paragraph: text copied from HTML source wrapped at a
# fixed width ("... đầu tư vào sản \nxuất nông nghiệp", "Thủ\n tướng").
_WRAP_BREAK = re.compile(r"(?<=\S)([ \t\u00a0]*)\n([ \t\u00a0]*)(?=\S)")
_SENTENCE_END = ".!?…:;\"”)»"
HARD_WRAP_MIN = 3  # so many such breaks before an article counts as hard-wrapped


def _unwrap(text: str) -> str:
    """Join the lines of a hard-wrapped article back into paragraphs.

    An article is hard-wrapped when at least ``HARD_WRAP_MIN`` of its line breaks have spaces beside
    them, or fall mid-sentence (a word, then a line starting in lower case). There every line break
    becomes a space unless it follows the end of a sentence and the next line starts a new one
    (not in lower case). Elsewhere the text is left as it is.
    """
    def mid_sentence(m: re.Match[str]) -> bool:
        before, after = text[m.start() - 1], text[m.end()]
        return (before.isalnum() or before == ",") and after.isalnum() and bool(
            m.group(1) or m.group(2) or after.islower())

    if sum(1 for m in _WRAP_BREAK.finditer(text) if mid_sentence(m)) < HARD_WRAP_MIN:
        return text

    def join(m: re.Match[str]) -> str:
        before, after = text[m.start() - 1], text[m.end()]
        if not (after.isalnum() or after in "\"“(«") or (before in _SENTENCE_END and not after.islower()):
            return m.group(0)  # a list item, or a sentence ending where the next one starts
        return " "

    return _WRAP_BREAK.sub(join, text)


# "... chủ trì Phiên họp.Tham dự có ...": a scraper that dropped the paragraph break glued two sentences
_GLUED = re.compile(r"(?<=\w\w)\.(?=\w\w)")


def _unglue(text: str) -> str:
    """A space after a period glued between a lower-case word and a capitalized one."""
    def space(m: re.Match[str]) -> str:
        i, j = m.start(), m.end()
        if text[i - 1].islower() and text[i - 2].islower() and text[j].isupper() and text[j + 1].islower():
            return ". "
        return "."

    return _GLUED.sub(space, text)


# "... gây ô nhiễm môi trườngPhó Thủ tướng A vừa giao ...": a scraper dropped the break after a heading
_WORD = re.compile(r"\w+")
_SPACES = re.compile(r" {2,}")


def _unglue_headings(text: str) -> str:
    """A sentence break where a word turns from lower to upper case right after a Vietnamese syllable
    ("trườngPhó", "đồngUBND"), as for a glued period; a name in plain letters ("VinFast", "iPhone", "MoU")
    stays whole. The line stays one: which lines are the article's is decided as before."""
    def split(m: re.Match[str]) -> str:
        w, parts, start = m.group(0), [], 0
        if w.islower() or w.isupper() or w.istitle():
            return w  # no lower-case letter followed by a capital: most words, checked in C
        for i in range(len(w) - 1):
            if w[i].islower() and w[i + 1].isupper() and any(ord(c) > 127 for c in w[start : i + 1]):
                parts.append(w[start : i + 1])
                start = i + 1
        return ". ".join([*parts, w[start:]]) if parts else w

    return _WORD.sub(split, text)


def split_lines(text: str) -> list[str]:
    text = INVISIBLE.sub("", nfc(text)).replace("\r\n", "\n").replace("\r", "\n")
    text = _unglue_headings(_unglue(_unwrap(text)))
    # "lãnh tụ Cuba Fidel Castro Ruz,  nguyên Bí thư ...": a doubled space is one
    return [_SPACES.sub(" ", ln.replace("\u00a0", " ").replace("\t", " ")).strip() for ln in text.split("\n")]


def join_lines(lines: list[str]) -> str:
    text = "\n".join(lines).strip()
    return re.sub(r"\n{3,}", "\n\n", text) + "\n"


def check_text(text: str, source: str) -> str:
    """One rule for every input, text or HTML: a NUL character is binary data (CleanError); text that
    is UTF-8 decoded as windows-1252 ("Thá»§ tÆ°á»›ng") is repaired with ftfy, or refused when ftfy
    cannot make it Vietnamese again. Good text is returned as it is."""
    nul = text.find("\x00")
    if nul >= 0:
        raise CleanError(f"{source}: binary data, not article text: a NUL character at offset {nul}")
    is_bad = ftfy_is_bad()
    if not is_bad(text):
        return text
    import ftfy

    fixed = ftfy.fix_encoding(text)
    words = fixed.split()
    bad = [w for w in words if is_bad(w)]
    if len(bad) > max(3, len(words) // 50):  # a stray odd sequence is left alone; a mis-decoded text is not
        sample = bad[0]
        raise CleanError(f"{source}: mis-decoded text (mojibake such as {sample[:30]!r}) that could not be "
                         "repaired: decode the source as UTF-8")
    return fixed


def clean_text(
    text: str,
    *,
    source: str = "<text>",
    url: str | None = None,
    title: str | None = None,
    published: dt.date | None = None,
    site: str | None = None,
    rules: ChromeRules | None = None,
) -> CleanArticle:
    """A scraped article's text with the page chrome lines dropped (``rules``: the packaged ones by default)."""
    if text is None or not isinstance(text, str):
        raise CleanError(f"{source}: no article text (got {type(text).__name__})")
    if not text.strip():
        raise CleanError(f"{source}: empty article: the text is blank")
    text = check_text(text, source)
    kept, removed, headline = TextCleaner(rules).clean_lines(split_lines(text), title=title)
    if not any(kept):
        raise CleanError(f"{source}: no article text left after removing page chrome ({len(removed)} lines)")
    return CleanArticle(
        source=source, text=join_lines(kept), url=url, title=title or headline,
        published=published, site=site, removed=removed,
    )


__all__ = ["ChromeRules", "TextCleaner", "check_text", "clean_text", "join_lines", "split_lines"]
