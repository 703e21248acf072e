"""Text: a page's main text without its chrome, and its visible lines.

Page chrome (``patterns/scrape/remove.txt``: sidebars, related-news and "Baca Juga" boxes, share
bars, captions, comment forms) is cut out with beautifulsoup4, then trafilatura finds the main
content; when it finds none, the article-body container (``body.txt``) is read instead. Text
debris that carries no markup ("Baca juga:" lines inside the body, ``(adv/one)`` tags) is left to
``clean.py``, through ``prepare.py``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import trafilatura
from bs4 import BeautifulSoup, NavigableString, Tag

from .rules import Rules
from .sites import comparable

log = logging.getLogger(__name__)


def remove_chrome(soup: BeautifulSoup, rules: Rules) -> None:
    """Cut the page chrome out of ``soup``; never an element holding a headline or the article
    body (a ``<div class="main has-sidebar">`` wrapping the article stays, its sidebar goes).
    Whole elements (``aside``, ``nav``, ``script``) go first, which leaves the selector pass
    far less to walk."""
    for element in soup.find_all(rules.remove_tags):
        if not element.decomposed and element.name not in ("html", "head", "body") and not element.find("h1"):
            element.decompose()
    keep: set[int] = set()
    for element in [*soup.find_all("h1"), body_container(soup, rules)]:
        if element is not None:
            keep.add(id(element))
            keep.update(id(parent) for parent in element.parents)
    for element in list(rules.remove.select(soup)):
        if element.decomposed or id(element) in keep or element.name in ("html", "head", "body"):
            continue
        element.decompose()


_BODY_MIN_CHARS = 200
"""A body container with less text than this is a teaser or an empty template slot."""


def body_container(soup: BeautifulSoup, rules: Rules) -> Tag | None:
    """The first element matching the body selectors (most specific first) with real text."""
    for element in rules.body.select(soup):
        if len(element.get_text(" ", strip=True)) >= _BODY_MIN_CHARS:
            return element
    return None


_BLOCK_TAGS = {"p", "head", "item", "quote", "code"}


def body_paragraphs(markup: str, soup: BeautifulSoup, rules: Rules, title: str | None = None) -> list[str]:
    """The paragraphs of the main text of a page without its chrome (``markup``, as ``soup``):
    trafilatura's, else the body container's; not the headline."""
    paragraphs = _trafilatura_paragraphs(markup)
    if not paragraphs:
        log.debug("trafilatura found no main text; reading the body container")
        paragraphs = _container_paragraphs(soup, rules)
    if title:
        # trafilatura sometimes keeps the headline; it is the article's first line already.
        paragraphs = [paragraph for paragraph in paragraphs if comparable(paragraph) != comparable(title)]
    return paragraphs


def _trafilatura_paragraphs(markup: str) -> list[str]:
    document = trafilatura.bare_extraction(
        markup,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    body = getattr(document, "body", None)
    return list(_xml_blocks(body)) if body is not None else []


def _xml_blocks(container) -> Iterator[str]:
    """Paragraph texts of the elements in trafilatura's output: a list is one paragraph of items,
    a table one paragraph of rows with cells joined by `` | ``, two line breaks in a row end a
    paragraph (``<br><br>`` bodies); text between elements (a tail) is a paragraph of its own."""
    yield from _paragraphs_of(container.text or "")
    for child in container:
        if child.tag in ("quote", "div") and any(c.tag in _BLOCK_TAGS | {"list", "table"} for c in child):
            yield from _xml_blocks(child)
        elif child.tag == "list":
            items = [squash(_xml_text(item)) for item in child.findall("item")]
            yield from _paragraphs_of("\n".join(items))
        elif child.tag == "table":
            yield from _paragraphs_of("\n".join(_table_rows(child)))
        else:
            yield from _paragraphs_of(_xml_text(child))
        yield from _paragraphs_of(child.tail or "")


def _table_rows(table) -> Iterator[str]:
    for row in table.iter("row"):
        cells = [cell for cell in (squash(_xml_text(cell)) for cell in row.findall("cell")) if cell]
        if cells:
            yield " | ".join(cells)


def _xml_text(element) -> str:
    """The text of an element with ``<lb/>`` as a line break."""
    for lb in element.iter("lb"):
        lb.tail = "\n" + (lb.tail or "")
    return "".join(element.itertext())


def _paragraphs_of(text: str) -> list[str]:
    """Paragraphs of a text whose blank lines separate paragraphs; spaces collapsed."""
    paragraphs = (squash_lines(block) for block in re.split(r"\n[ \t\u00a0]*\n", text))
    return [paragraph for paragraph in paragraphs if paragraph]


def _container_paragraphs(soup: BeautifulSoup, rules: Rules) -> list[str]:
    """The lines of the first article-body container with text, one paragraph each."""
    for container in rules.body.select(soup):
        lines = [line for line in block_text(container).split("\n") if len(line.split()) >= 3]
        if lines:
            return lines
    return []


_BLOCK_ELEMENTS = frozenset(
    {"p", "div", "li", "ul", "ol", "tr", "table", "section", "article", "header", "blockquote", "figure"}
    | {"dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6"}
)
"""Elements that start a new line of visible text."""


_END_OF_BLOCK = object()


def block_text(element: Tag) -> str:
    """The visible text of ``element``, one line per block (a ``<br>`` breaks a line too).
    Walked with a stack, not recursion: broken pages can nest deeper than Python recurses."""
    parts: list[str] = []
    stack: list = list(reversed(element.contents))
    while stack:
        node = stack.pop()
        if node is _END_OF_BLOCK:
            parts.append("\n")
        elif isinstance(node, Tag):
            if node.name == "br":
                parts.append("\n")
                continue
            if node.name in _BLOCK_ELEMENTS:
                parts.append("\n")
                stack.append(_END_OF_BLOCK)
            stack.extend(reversed(node.contents))
        elif type(node) is NavigableString:  # not comments, doctypes or script text
            parts.append(str(node))
    return squash_lines("".join(parts))


def visible_lines(soup: BeautifulSoup) -> list[str]:
    """The page's visible text (chrome already cut), one line per block."""
    root = soup.body or soup
    return [line for line in block_text(root).split("\n") if line]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def squash_lines(text: str) -> str:
    """Spaces collapsed within lines, blank lines dropped."""
    lines = (re.sub(r"[ \t\r\f\v\u00a0\u200b]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
