"""Page: the bytes of an HTML page into an article."""

from __future__ import annotations

import logging
import re

from bs4 import BeautifulSoup, Comment

from ..language import LanguageData
from ..records import Article, SourceError
from .byline import above_headline, line_index, near_headline
from .encoding import decode_html
from .metadata import author_of, headline_element, outlet_of, published_of, title_of
from .rules import Rules, rules_of
from .sites import site_names
from .structured import as_list, jsonld_objects, machine_dates, meta_values
from .text import body_paragraphs, remove_chrome, visible_lines

log = logging.getLogger(__name__)


def article_from_html(
    raw: bytes,
    source_id: str,
    url: str | None = None,
    *,
    charset: str | None = None,
    data: LanguageData | None = None,
) -> Article | SourceError:
    """The article of one HTML page, or a ``SourceError`` when it has no article text.

    ``url`` is where the page came from (a saved page may name its own); ``charset`` the one the
    HTTP header declared; ``data`` the language data whose ``scrape/`` rules read it (bundled
    when ``None``). A page that breaks the parsers is an error too, so a batch goes on.
    """
    rules = rules_of(data)
    try:
        return _article(raw, source_id, url, charset, rules)
    except Exception as err:
        log.debug("%s: cannot read the page", source_id, exc_info=True)
        return SourceError(source_id, f"cannot read the page: {type(err).__name__}: {err}")


def _article(
    raw: bytes, source_id: str, url: str | None, charset: str | None, rules: Rules
) -> Article | SourceError:
    soup = BeautifulSoup(decode_html(raw, charset), "lxml")
    page_url = canonical_url(soup) or url or _saved_from_url(soup)
    jsonld = jsonld_objects(soup, rules, page_url)  # before the chrome, scripts and all, is cut
    remove_chrome(soup, rules)
    markup = str(soup)
    meta = meta_values(soup)
    outlet = outlet_of(jsonld, meta, soup, page_url, rules)
    h1 = headline_element(soup, outlet, rules)
    title = title_of(soup, jsonld, meta, h1, outlet, page_url, rules)
    paragraphs = body_paragraphs(markup, soup, rules, title)
    if not paragraphs:
        return SourceError(source_id, "no article text found")
    lines = visible_lines(soup)
    start = line_index(lines, title, h1)
    near_top = (near_headline(lines, start, paragraphs), above_headline(h1))
    published, published_source = published_of(machine_dates(jsonld, soup, rules), near_top, (page_url, url))
    sites = site_names(outlet, page_url)
    return Article(
        id=source_id,
        text=article_text(title, paragraphs),
        url=page_url or url,
        title=title,
        author=author_of(jsonld, meta, markup, lines, start, sites, rules),
        outlet=outlet,
        published=published,
        published_source=published_source,
        needs_cleaning=True,
    )


def article_text(title: str | None, paragraphs: list[str]) -> str:
    """The headline line, a blank line, then the paragraphs separated by blank lines.

    >>> article_text("Judul", ["Satu.", "Dua.\\nTiga."])
    'Judul\\n\\nSatu.\\n\\nDua.\\nTiga.\\n'
    """
    blocks = ([title] if title else []) + paragraphs
    return "\n\n".join(blocks) + "\n"


def canonical_url(soup: BeautifulSoup) -> str | None:
    """The page's own absolute http(s) URL: ``<link rel=canonical>``, else ``og:url``."""
    link = soup.find("link", rel=lambda rel: rel and "canonical" in [r.lower() for r in as_list(rel)])
    candidates = [link.get("href") if link else None]
    og = soup.find("meta", attrs={"property": re.compile(r"^og:url$", re.IGNORECASE)})
    candidates.append(og.get("content") if og else None)
    for candidate in candidates:
        if isinstance(candidate, str) and candidate.strip().startswith(("http://", "https://")):
            return candidate.strip()
    return None


_SAVED_FROM = re.compile(
    r"(?:saved from url=\(\d+\)|^\s*url:\s*)(https?://\S+)", re.IGNORECASE | re.MULTILINE
)


def _saved_from_url(soup: BeautifulSoup) -> str | None:
    """The URL a browser (``saved from url=``) or SingleFile (``url:``) wrote into a saved page."""
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment), limit=5):
        match = _SAVED_FROM.search(comment)
        if match:
            return match.group(1)
    return None
