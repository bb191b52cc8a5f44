"""HTML -> article text + metadata.

trafilatura (default settings, comments off) runs on the page with related-news boxes, captions and
bylines pruned (``chrome_html.tsv``), then fixes: the sapo (lead paragraph printed above the body) and
body subheadings that trafilatura drops are put back, the headline is the first line, and the text
rules of :mod:`nqextract.clean.text` run on the result. Title, date and canonical URL come from the
page metadata (JSON-LD, ``og:``/``article:`` meta tags, trafilatura's metadata); ``site`` is the
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

from ..errors import CleanError
from ..models import CleanArticle
from ..textnorm import fold, nfc
from .text import INVISIBLE, ChromeRules, TextCleaner, check_text, join_lines, split_lines

VIETNAM_TZ = dt.timezone(dt.timedelta(hours=7))
MAX_HTML_DEPTH = 2048  # libxml2's nesting limit with huge_tree

_ARTICLE_TYPES = {
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "blogposting", "liveblogposting", "backgroundnewsarticle", "reviewnewsarticle", "report",
}


def _norm_space(text: str) -> str:
    return " ".join(INVISIBLE.sub("", nfc(text)).replace("\u00a0", " ").split())


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
        key = fold(h)
        if any(key == fold(d) or key in fold(d) or fold(d) in key for d in declared):
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
    """Title, date, canonical URL and site (the domain of the canonical URL) from JSON-LD, meta tags and
    trafilatura."""
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

    try:  # no extensive search: a date printed in the body (a deadline) is not the article's date
        tm = trafilatura.extract_metadata(tree, extensive=False)
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
    desc_key = fold(desc)[:60]
    title_key = fold(meta.title or "")
    matching: list[str] = []
    classed: list[str] = []
    after_h1 = not title_key
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("a", "meta", "script", "style", "html", "body"):
            continue
        if el.tag == "h1" and title_key and fold(_norm_space(el.text_content())) == title_key:
            after_h1 = True
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not rules.sapo_class.search(attrs):
            continue
        if any(a.tag == "a" for a in el.iterancestors()) or (body is not None and el is body):
            continue
        text = _norm_space(el.text_content())
        if not 30 <= len(text) <= 1500:
            continue
        if desc_key and desc_key[:40] in fold(text):
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
            if 30 <= len(text) <= 1500 and desc_key[:40] in fold(text) and len(text) <= 1.5 * len(desc) + 40:
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
    keys = [fold(x) for x in lines]
    out = list(lines)
    inserted = 0
    pending: list[str] = []
    for text, is_heading in _body_items(block):
        key = fold(text)
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
        block_text = fold(_norm_space(block.element.text_content()))
        long_lines = [ln for ln in text_lines if len(ln) >= 60]
        inside = sum(fold(ln)[:60] in block_text for ln in long_lines)
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
    words = {w for w in re.findall(r"\w+", fold(candidate)) if len(w) > 1}
    if not words:
        return False
    text = set(re.findall(r"\w+", fold(" ".join(lines))))
    return len(words & text) >= share * len(words)


def clean_html(
    html: str,
    *,
    source: str = "<html>",
    url: str | None = None,
    title: str | None = None,
    published: dt.date | None = None,
    site: str | None = None,
    rules: ChromeRules | None = None,
) -> CleanArticle:
    """Article text and metadata from one HTML page; CleanError for non-article pages (``rules``: the
    packaged chrome rules by default)."""
    import lxml.html
    import trafilatura
    from lxml.etree import ParserError

    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    if not isinstance(html, str) or not html.strip():
        raise CleanError(f"{source}: empty HTML document")
    if "<" not in html:
        raise CleanError(f"{source}: not HTML (no tags); pass it as text")
    html = check_text(html, source)
    parser = lxml.html.HTMLParser(huge_tree=True)  # nesting up to 2048 levels (libxml2's default stops at 256)
    try:
        tree = lxml.html.fromstring(nfc(html), parser=parser)
    except (ParserError, ValueError) as exc:
        raise CleanError(f"{source}: unparseable HTML: {exc}") from exc
    too_deep = next((e.message for e in parser.error_log if "Excessive depth" in e.message), None)
    if too_deep:
        raise CleanError(f"{source}: HTML nested deeper than the parser's limit of {MAX_HTML_DEPTH} elements "
                         "(the elements below it are lost): not a page this cleaner reads")

    rules = rules or ChromeRules.load()
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
    lines = [ln for ln in split_lines(extracted) if ln]
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
    if headline and fold(lines[0]) != fold(headline):
        preface.append(headline)
    if sapo and not any(fold(sapo)[:80] in fold(x) for x in lines):
        # a meta description that is not about the body is the site's blurb, not a sapo
        if not sapo_from_meta or _shares_vocabulary(sapo, lines):
            preface.append(sapo)
    kept, removed, _ = TextCleaner(rules).clean_lines(preface + lines, html=True, preface=len(preface))
    if not any(kept):
        raise CleanError(f"{source}: no article text left after removing page chrome")
    return CleanArticle(
        source=source,
        text=join_lines(kept),
        url=url or meta.url,
        title=headline,
        published=published or meta.published,
        site=site or meta.site,
        removed=removed,
    )


__all__ = ["PageMeta", "clean_html", "find_body_block", "page_metadata"]
