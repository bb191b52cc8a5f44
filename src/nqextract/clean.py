"""Article text from a scraped page: chrome stripping for text input, HTML -> text + metadata.

Text input (a scraped article saved as text) is NFC-normalized and split into lines; whole lines
of page chrome are dropped (a kept line is never rewritten), by general rules kept as data files
in ``nqextract/data``:

- ``chrome_patterns.tsv``: video-player residue, timestamps, photo credits (``Ảnh: ...``),
  ``... ảnh 1`` photo references, comment counters, source-tagged leads;
- ``chrome_labels.txt``: share/app/player widget labels (``Zalo``, ``Back to top``);
- ``chrome_boundaries.txt``: widget headings that end the body (``Đọc nhiều nhất``);
- ``chrome_captions.tsv``: how a standalone photo caption opens and closes.

Structure and position rules sit on top: a lone short name line is a byline; a second
source-tagged lead (``(Ngày Nay) - ...``) or a repeated title line starts the related-news
teasers at the end; ``./.`` ends an official article; line 1 is the headline, a caption or the lead.

HTML input: trafilatura (default settings, comments off) on the page with related-news boxes,
captions and bylines pruned (``chrome_html.tsv``), then fixes: the sapo (lead paragraph printed
above the body) and body subheadings that trafilatura drops are put back, the headline is the
first line, and the text rules above run on the result. Title, date and canonical URL come from
the page metadata (JSON-LD, ``og:``/``article:`` meta tags, trafilatura's metadata); ``site`` is the
outlet's domain, taken from the article's URL (not the display name of ``og:site_name``).
A page without an article body (home or listing page) raises :class:`CleanError`.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import json
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .errors import CleanError
from .extract.resources import load_lines, load_tsv
from .models import CleanArticle, RawArticle
from .textnorm import canonical_tones, nfc

VIETNAM_TZ = dt.timezone(dt.timedelta(hours=7))
_FINAL_PUNCT = re.compile(r"[.!?…:;\"”’»)\]]\s*$")
_BULLET = re.compile(r"^[\s•·●○▪■◦►▶*+>\-–—]+")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_NAME_WORD = re.compile(r"^[A-ZÀ-ỸĐ][a-zà-ỹđ]{0,7}$|^[A-ZÀ-ỸĐ]{1,8}$", re.UNICODE)
_BYLINE_JOINERS = {"-", "–", "/", ",", "và", "&"}


def _fold(text: str) -> str:
    """Comparison key for labels: NFC, one tone placement, lower case, single spaces."""
    return " ".join(canonical_tones(text).lower().split())


def _strip_bullet(line: str) -> str:
    return _BULLET.sub("", line).strip()


def _label_key(line: str) -> str:
    return _fold(_strip_bullet(line).rstrip(":：").strip())


# --------------------------------------------------------------------------- rules (data files)


@dataclass(frozen=True)
class ChromeRules:
    labels: frozenset[str]
    boundaries: frozenset[str]
    patterns: tuple[tuple[str, str, re.Pattern[str]], ...]  # (kind, action, regex)
    caption_subjects: tuple[str, ...]
    caption_actions: tuple[str, ...]
    prune_xpaths: tuple[str, ...]
    sapo_class: re.Pattern[str]

    @classmethod
    def load(cls) -> ChromeRules:
        patterns = tuple(
            (row["kind"], row["action"], re.compile(row["pattern"])) for row in load_tsv("chrome_patterns.tsv")
        )
        captions = load_tsv("chrome_captions.tsv")
        html = load_tsv("chrome_html.tsv")
        sapo = [row["value"] for row in html if row["kind"] == "sapo"]
        return cls(
            labels=frozenset(_fold(x) for x in load_lines("chrome_labels.txt")),
            boundaries=frozenset(_fold(x) for x in load_lines("chrome_boundaries.txt")),
            patterns=patterns,
            caption_subjects=tuple(
                sorted((_fold(r["text"]) for r in captions if r["kind"] == "subject"), key=len, reverse=True)
            ),
            caption_actions=tuple(
                sorted((_fold(r["text"]) for r in captions if r["kind"] == "action"), key=len, reverse=True)
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


def _caption_sized(line: str) -> bool:
    """A caption with its credit: at most two sentences and 60 words before 'Ảnh:'."""
    head = re.split(r"[\s_(\-–]*\b(?:Ảnh|ảnh|Nguồn|Photo|Video|Clip|Đồ họa|Đồ hoạ|Infographic)[^:]{0,20}:", line)[0]
    return len(_words(head)) <= 60 and len(re.findall(r"[.!?…](?:\s|$)", head)) <= 2


def _starts_with_any(key: str, prefixes: tuple[str, ...]) -> bool:
    return any(key == p or key.startswith(p + " ") for p in prefixes)


def _ends_with_action(key: str, actions: tuple[str, ...]) -> bool:
    """The line closes with a caption verb phrase, optionally followed by 'tại/với/cùng ...'."""
    head = re.split(r"\s(?:tại|với|cùng|trong|ở)\s", key, maxsplit=1)[0]
    return any(head == a or head.endswith(" " + a) for a in actions)


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
        key = _fold(line)
        if not _starts_with_any(key, self.rules.caption_subjects):
            return False
        if first:
            return _ends_with_action(key, self.rules.caption_actions)
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
            if hit and hit[1] == "drop" and len(_words(ln.text)) <= 80 and (hit[0] not in ("credit", "caption") or _caption_sized(ln.text)):
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
                and _fold(lines[content[pos]].text) == _fold(lines[content[pos + 1]].text))

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
                and not (title and _fold(title) == _fold(lines[live[0]].text))):
            lines[live[0]].drop, lines[live[0]].reason = True, "section-label"
            live = live[1:]
        first = live[0]
        ln = lines[first]
        set_apart = first + 1 < len(lines) and not lines[first + 1].text
        is_title = title is not None and _fold(title) == _fold(ln.text)
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


def _split_lines(text: str) -> list[str]:
    text = _INVISIBLE.sub("", nfc(text)).replace("\r\n", "\n").replace("\r", "\n")
    text = _unglue(_unwrap(text))
    return [ln.replace("\u00a0", " ").replace("\t", " ").strip() for ln in text.split("\n")]


def _join(lines: list[str]) -> str:
    text = "\n".join(lines).strip()
    return re.sub(r"\n{3,}", "\n\n", text) + "\n"


def clean_text(
    text: str,
    *,
    source: str = "<text>",
    url: str | None = None,
    title: str | None = None,
    published: dt.date | None = None,
    site: str | None = None,
) -> CleanArticle:
    """A scraped article's text with the page chrome lines dropped."""
    if text is None or not isinstance(text, str):
        raise CleanError(f"{source}: no article text (got {type(text).__name__})")
    if not text.strip():
        raise CleanError(f"{source}: empty article: the text is blank")
    kept, removed, headline = TextCleaner().clean_lines(_split_lines(text), title=title)
    if not any(kept):
        raise CleanError(f"{source}: no article text left after removing page chrome ({len(removed)} lines)")
    return CleanArticle(
        source=source, text=_join(kept), url=url, title=title or headline,
        published=published, site=site, removed=removed,
    )


# --------------------------------------------------------------------------- HTML


_ARTICLE_TYPES = {
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "blogposting", "liveblogposting", "backgroundnewsarticle", "reviewnewsarticle", "report",
}


def _norm_space(text: str) -> str:
    return " ".join(_INVISIBLE.sub("", nfc(text)).replace("\u00a0", " ").split())


def _json_ld_objects(tree) -> list[dict]:
    out: list[dict] = []

    def walk(node) -> None:
        if isinstance(node, list):
            for x in node:
                walk(x)
        elif isinstance(node, dict):
            out.append(node)
            if "@graph" in node:
                walk(node["@graph"])

    for script in tree.xpath('//script[contains(@type, "ld+json")]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            walk(json.loads(raw, strict=False))
        except ValueError:
            continue
    return out


def _types(obj: dict) -> set[str]:
    t = obj.get("@type")
    return {str(x).lower() for x in (t if isinstance(t, list) else [t]) if x}


def _meta(tree, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            for el in tree.xpath(f'//meta[@{attr}="{name}"]'):
                value = (el.get("content") or "").strip()
                if value:
                    return _norm_space(value)
    return None


def _parse_date(value) -> dt.date | None:
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?[^+\-Z]*(Z|[+-]\d{2}:?\d{2})?)?", value)
    if not m:
        m2 = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})", value)
        if m2:
            try:
                return dt.date(int(m2.group(3)), int(m2.group(2)), int(m2.group(1)))
            except ValueError:
                return None
        return None
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    if m.group(4) and m.group(7):
        tz = m.group(7)
        offset = dt.timedelta(0) if tz == "Z" else dt.timedelta(
            hours=int(tz[1:3]), minutes=int(tz[-2:])) * (1 if tz[0] == "+" else -1)
        moment = dt.datetime(day.year, day.month, day.day, int(m.group(4)), int(m.group(5)),
                             tzinfo=dt.timezone(offset))
        return moment.astimezone(VIETNAM_TZ).date()
    return day


def _unescape(text: str) -> str:
    """Entities, even double-escaped ones ('&amp;#7871;'), decoded; NFC, single spaces."""
    for _ in range(3):
        decoded = html_lib.unescape(text)
        if decoded == text:
            break
        text = decoded
    return _norm_space(text)


def _page_title(tree, art: dict) -> str | None:
    """The visible headline: the h1 agreeing with the declared headline, else the declared one."""
    declared = [_unescape(x) for x in (art.get("headline"), _meta(tree, "og:title"), _meta(tree, "twitter:title"))
                if isinstance(x, str) and x.strip()]
    h1s = [_norm_space(e.text_content()) for e in tree.xpath("//h1")]
    h1s = [h for h in h1s if len(h.split()) >= 3]
    for h in h1s:
        key = _fold(h)
        if any(key == _fold(d) or key in _fold(d) or _fold(d) in key for d in declared):
            return h
    if declared:
        return declared[0]
    return h1s[0] if h1s else None


@dataclass
class PageMeta:
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    site: str | None = None
    description: str | None = None
    is_article: bool = False  # the page declares itself an article (JSON-LD / article: meta)
    page_type: str | None = None  # og:type


def page_metadata(tree) -> PageMeta:
    """Title, date, canonical URL and site (the domain of the canonical URL) from JSON-LD, meta tags and trafilatura."""
    import trafilatura

    objs = _json_ld_objects(tree)
    articles = [o for o in objs if _types(o) & _ARTICLE_TYPES]
    art = articles[0] if len(articles) == 1 else {}
    meta = PageMeta()
    meta.is_article = bool(art) or _meta(tree, "article:published_time") is not None or bool(
        tree.xpath('//*[@itemprop="articleBody"]'))

    meta.page_type = (_meta(tree, "og:type") or "").lower() or None
    meta.title = _page_title(tree, art)

    for value in (art.get("datePublished"), _meta(tree, "article:published_time"), _meta(tree, "datePublished"),
                  _meta(tree, "pubdate"), _meta(tree, "publishdate"), _meta(tree, "dc.date.issued"),
                  _meta(tree, "date")):
        meta.published = _parse_date(value)
        if meta.published:
            break

    canon = tree.xpath('//link[@rel="canonical"]/@href')
    meta.url = (canon[0].strip() if canon else None) or _meta(tree, "og:url")

    description = _meta(tree, "og:description", "description")
    meta.description = _unescape(description) if description else None

    try:
        tm = trafilatura.extract_metadata(tree)
    except Exception:  # metadata is best effort; the page's own tags come first
        tm = None
    if tm is not None:
        meta.title = meta.title or (_unescape(tm.title) if tm.title else None)
        meta.url = meta.url or tm.url
        meta.published = meta.published or _parse_date(tm.date)
    meta.site = site_domain(meta.url)  # the outlet's domain, not its display name ("TUOI TRE ONLINE")
    return meta


def site_domain(url: str | None) -> str | None:
    """The outlet's domain of an article URL: ``https://www.tuoitre.vn/a.htm`` -> ``tuoitre.vn``."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return None
    return host.lower().removeprefix("www.") or None


_BLOCK_TAGS = {"p", "div", "h2", "h3", "h4", "blockquote", "li", "section"}
_HEADING_TAGS = {"h2", "h3", "h4", "h5"}


@dataclass
class BodyBlock:
    element: object | None
    paragraphs: int
    chars: int
    headline_links: int = 0  # paragraphs holding a link with a headline-length text (teaser items)


def _own_paragraph(el) -> str | None:
    """The text of a leaf text block (no block children), or None."""
    if not isinstance(el.tag, str) or el.tag not in _BLOCK_TAGS:
        return None
    if any(isinstance(c.tag, str) and c.tag in ("p", "div", "ul", "ol", "table", "section", "figure") for c in el):
        return None
    return _norm_space(el.text_content())


def find_body_block(tree) -> BodyBlock:
    """The element holding the longest run of real paragraphs (not links) among its children."""
    best = BodyBlock(None, 0, 0)
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        count = chars = teasers = 0
        for child in el:
            text = _own_paragraph(child)
            if not text or len(text) < 60:
                continue
            links = [len(_norm_space(a.text_content())) for a in child.iter("a")]
            if sum(links) > 0.5 * len(text):
                continue
            count += 1
            chars += len(text)
            teasers += any(n >= 25 for n in links)
        if (count, chars) > (best.paragraphs, best.chars):
            best = BodyBlock(el, count, chars, teasers)
    return best


_PRUNABLE_TAGS = {
    "div", "section", "aside", "nav", "header", "footer", "ul", "ol", "li", "table", "figure", "figcaption",
    "p", "h2", "h3", "h4", "h5", "h6", "article", "form", "iframe",
}


def _prune(tree, rules: ChromeRules, keep) -> int:
    """Remove chrome blocks that do not contain the article body; returns how many. Inline
    elements (a keyword link classed 'cms-relate' around a name) and blocks inside a paragraph
    are never removed: that would cut words out of a sentence."""
    protected = set()
    if keep is not None:
        protected = {id(a) for a in keep.iterancestors()} | {id(keep)}
    removed = 0
    for xp in rules.prune_xpaths:
        for el in tree.xpath(xp):
            if id(el) in protected or el.getparent() is None or el.tag not in _PRUNABLE_TAGS:
                continue
            if el.tag != "figcaption" and any(a.tag == "p" for a in el.iterancestors()):
                continue
            el.drop_tree()
            removed += 1
    return removed


def _in_teaser(el) -> bool:
    """The element sits in a teaser item: its parent or grandparent links a headline elsewhere."""
    for anc in list(el.iterancestors())[:2]:
        if any(len(_norm_space(a.text_content())) >= 25 for a in anc.iter("a")):
            return True
    return False


def _find_sapo(tree, meta: PageMeta, rules: ChromeRules, body) -> tuple[str | None, bool]:
    """(lead paragraph, taken from the meta description only): an element classed as sapo/lead
    (the one printing the meta description first, else the first after the headline that is not a
    teaser of another article), one printing the meta description, else the meta description."""
    desc = meta.description or ""
    suffix = re.match(r"^(.*[.!?…])\s+[-–|]\s+[^.!?]{2,40}$", desc)  # '... - VnExpress'
    if suffix:
        desc = suffix.group(1)
    desc_key = _fold(desc)[:60]
    title_key = _fold(meta.title or "")
    matching: list[str] = []
    classed: list[str] = []
    after_h1 = not title_key
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("a", "meta", "script", "style", "html", "body"):
            continue
        if el.tag == "h1" and title_key and _fold(_norm_space(el.text_content())) == title_key:
            after_h1 = True
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not rules.sapo_class.search(attrs):
            continue
        if any(a.tag == "a" for a in el.iterancestors()) or (body is not None and el is body):
            continue
        text = _norm_space(el.text_content())
        if not 30 <= len(text) <= 1500:
            continue
        if desc_key and desc_key[:40] in _fold(text):
            matching.append(text)
        elif ("sapo" in attrs.lower() or "chapeau" in attrs.lower()) and after_h1 and not _in_teaser(el):
            classed.append(text)
    if matching or classed:
        return (matching or classed)[0], False
    if desc_key:
        for el in tree.xpath("//p|//h2|//div|//span|//strong|//b"):
            if len(el) > 3:
                continue
            text = _norm_space(el.text_content())
            if 30 <= len(text) <= 1500 and desc_key[:40] in _fold(text) and len(text) <= 1.5 * len(desc) + 40:
                return text, False
    if len(desc) >= 40 and len(desc.split()) >= 8:
        return desc, True
    return None, False


def _body_items(block) -> list[tuple[str, bool]]:
    """(text, is_heading) of the text blocks inside the body element, in reading order."""
    items: list[tuple[str, bool]] = []
    if block is None:
        return items
    for el in block.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in _HEADING_TAGS:
            text = _norm_space(el.text_content())
            linked = sum(len(_norm_space(a.text_content())) for a in el.iter("a"))
            if text and linked < 0.5 * len(text):  # a linked heading is a teaser of another article
                items.append((text, True))
            continue
        if any(isinstance(a.tag, str) and a.tag in _HEADING_TAGS for a in el.iterancestors()):
            continue
        text = _own_paragraph(el) if el.tag in ("p", "div") else None
        if text:
            bold = " ".join(b.text_content() for b in el if isinstance(b.tag, str) and b.tag in ("b", "strong"))
            items.append((text, _norm_space(bold) == text))
    return items


def _restore_headings(lines: list[str], block) -> list[str]:
    """Put back subheadings of the body that trafilatura dropped, before the paragraph they head."""
    keys = [_fold(x) for x in lines]
    out = list(lines)
    inserted = 0
    pending: list[str] = []
    for text, is_heading in _body_items(block):
        key = _fold(text)
        found = next((i for i, k in enumerate(keys) if k == key or (len(key) >= 40 and key[:80] in k)), None)
        if found is None:
            if is_heading and len(text.split()) <= 40:
                pending.append(text)
            continue
        if pending:
            pos = found + inserted
            for h in pending:
                out.insert(pos, h)
                pos += 1
                inserted += 1
            pending = []
    return out


def _looks_like_listing(block: BodyBlock, text_lines: list[str], meta: PageMeta) -> str | None:
    """Why the page is not an article, or None when it is one."""
    if block.element is not None and block.paragraphs >= 3 and block.headline_links >= 0.5 * block.paragraphs:
        return (f"the longest run of paragraphs is a list of teasers ({block.headline_links} of "
                f"{block.paragraphs} hold a headline link to another page)")
    has_body = block.element is not None and block.paragraphs >= 2 and block.chars >= 400
    if has_body:
        block_text = _fold(_norm_space(block.element.text_content()))
        long_lines = [ln for ln in text_lines if len(ln) >= 60]
        inside = sum(_fold(ln)[:60] in block_text for ln in long_lines)
        if long_lines and inside < 0.5 * len(long_lines):
            return (f"the extracted text is not the page's body block "
                    f"({inside} of {len(long_lines)} paragraphs in it): teasers of other articles")
    if meta.is_article:
        # declared an article: a body printed without <p> blocks (text split by <br>) is fine too
        text_chars = sum(len(ln) for ln in text_lines)
        if has_body or text_chars >= 500:
            return None
        return f"declared an article but holds no body text ({text_chars} characters extracted)"
    if not has_body:
        return f"no article body (longest run of paragraphs: {block.paragraphs}, {block.chars} characters)"
    if block.paragraphs < 4 or block.chars < 1200 or meta.page_type == "website":
        return (f"no article metadata (og:type {meta.page_type or 'absent'}) and no long body "
                f"({block.paragraphs} paragraphs, {block.chars} characters)")
    return None


def _shares_vocabulary(candidate: str, lines: list[str], share: float = 0.4) -> bool:
    """Most syllables of the candidate occur in the article (a sapo summarizes its body)."""
    words = {w for w in re.findall(r"\w+", _fold(candidate)) if len(w) > 1}
    if not words:
        return False
    text = set(re.findall(r"\w+", _fold(" ".join(lines))))
    return len(words & text) >= share * len(words)


def clean_html(
    html: str,
    *,
    source: str = "<html>",
    url: str | None = None,
    title: str | None = None,
    published: dt.date | None = None,
    site: str | None = None,
) -> CleanArticle:
    """Article text and metadata from one HTML page; CleanError for non-article pages."""
    import lxml.html
    import trafilatura
    from lxml.etree import ParserError

    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    if not isinstance(html, str) or not html.strip():
        raise CleanError(f"{source}: empty HTML document")
    if "<" not in html:
        raise CleanError(f"{source}: not HTML (no tags); pass it as text")
    try:
        tree = lxml.html.fromstring(nfc(html))
    except (ParserError, ValueError) as exc:
        raise CleanError(f"{source}: unparseable HTML: {exc}") from exc

    rules = ChromeRules.load()
    meta = page_metadata(tree)
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    block = find_body_block(tree)
    sapo, sapo_from_meta = _find_sapo(tree, meta, rules, block.element)
    _prune(tree, rules, block.element)
    block = find_body_block(tree)
    if not meta.is_article:  # cheap structural verdict before running trafilatura
        why = _looks_like_listing(block, [], meta)
        if why:
            raise CleanError(f"{source}: not an article: {why}")

    extracted = trafilatura.extract(tree, include_comments=False) or ""
    lines = [ln for ln in _split_lines(extracted) if ln]
    if not lines and block.element is not None:  # trafilatura found nothing: the body block's paragraphs
        lines = [t for t, _ in _body_items(block.element)]
    why = _looks_like_listing(block, lines, meta)
    if why:
        raise CleanError(f"{source}: not an article: {why}")
    if not lines:
        raise CleanError(f"{source}: no article text found in the HTML")
    lines = _restore_headings(lines, block.element)

    headline = title or meta.title
    preface = []
    if headline and _fold(lines[0]) != _fold(headline):
        preface.append(headline)
    if sapo and not any(_fold(sapo)[:80] in _fold(x) for x in lines):
        # a meta description that is not about the body is the site's blurb, not a sapo
        if not sapo_from_meta or _shares_vocabulary(sapo, lines):
            preface.append(sapo)
    kept, removed, _ = TextCleaner(rules).clean_lines(preface + lines, html=True, preface=len(preface))
    if not any(kept):
        raise CleanError(f"{source}: no article text left after removing page chrome")
    return CleanArticle(
        source=source,
        text=_join(kept),
        url=url or meta.url,
        title=headline,
        published=published or meta.published,
        site=site or meta.site,
        removed=removed,
    )


def clean(raw: RawArticle) -> CleanArticle:
    """Text and metadata of one article; ``site`` is the domain of its URL when it has one (else the
    ``site`` the input gave)."""
    meta = dict(source=raw.source, url=raw.url, title=raw.title, published=raw.published, site=raw.site)
    article = clean_html(raw.html, **meta) if raw.html is not None else clean_text(raw.text or "", **meta)
    domain = site_domain(article.url)
    return article.model_copy(update={"site": domain}) if domain and domain != article.site else article


__all__ = ["ChromeRules", "TextCleaner", "clean", "clean_html", "clean_text", "find_body_block", "page_metadata",
           "site_domain"]
