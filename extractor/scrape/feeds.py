"""Feeds and sitemaps: the article URLs an RSS or Atom feed, or an XML sitemap, lists.

A URL given as input may be a feed or a sitemap rather than a page. ``kind`` tells by the
document's root element (``rss``, ``feed``, ``rdf:RDF``; ``urlset``, ``sitemapindex``);
``feed_links`` and ``sitemap_links`` read it with trafilatura's parsers, keep the links of the
site's own host or registered domain (``same_site``), and courlan normalises and filters them,
as for a listing page (``listing.py``). Fetching stays ``fetch.py``'s: polite, and never to a private address.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import courlan
from courlan.filters import extension_filter
from trafilatura.feeds import FeedParameters, find_links
from trafilatura.sitemaps import DETECT_SITEMAP_LINK, SitemapObject

FEED_ROOTS = frozenset({"rss", "feed", "rdf:rdf", "rdf"})
SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})
_ROOT = re.compile(rb"<(?![?!])(?:[\w.-]+:)?([\w.-]+)|<(rdf:RDF)", re.IGNORECASE)


def kind(content: bytes) -> str | None:
    """``feed``, ``sitemap`` or ``None`` (a page), by the document's first element.

    >>> kind(b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>')
    'feed'
    >>> kind(b'<?xml version="1.0"?>\\n<!-- x --><urlset xmlns="http://www.sitemaps.org/"/>')
    'sitemap'
    >>> kind(b"<!doctype html><html><body>Berita</body></html>") is None
    True
    """
    head = content[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    head = re.sub(rb"<!--.*?-->", b"", head, flags=re.DOTALL)
    match = _ROOT.search(head)
    if match is None:
        return None
    root = (match.group(2) or match.group(1)).decode("ascii", "replace").lower()
    if root in FEED_ROOTS:
        return "feed"
    return "sitemap" if root in SITEMAP_ROOTS else None


def feed_links(text: str, url: str) -> list[str]:
    """The article links of an RSS, Atom or JSON feed at ``url``, in feed order: those of the
    feed's own site."""
    params = FeedParameters(baseurl=_base(url), domain=urlsplit(url).netloc, reference=url)
    links = (urljoin(url, link) for link in find_links(text.strip(), params))
    # A feed's own <link> is the site's home page, no article.
    return cleaned([link for link in links if link != url and same_site(link, url) and not _home(link)])


def _home(url: str) -> bool:
    return urlsplit(url).path in ("", "/")


class _Sitemap(SitemapObject):
    """trafilatura's sitemap reader, keeping the links of the sitemap's own site (its own test
    knows no site on a bare IP address, as a local server is) and leaving cleaning to
    ``cleaned``."""

    def handle_link(self, link: str) -> None:
        link = urljoin(self.current_url, link.strip())
        if link == self.current_url or not same_site(link, self.current_url):
            return
        (self.sitemap_urls if DETECT_SITEMAP_LINK.search(link) else self.urls).append(link)


def sitemap_links(text: str, url: str) -> tuple[list[str], list[str]]:
    """The page links and the nested sitemaps of a sitemap at ``url``, in sitemap order."""
    sitemap = _Sitemap(_base(url), urlsplit(url).netloc, [url])
    sitemap.current_url, sitemap.content = url, text
    sitemap.process()
    return cleaned(sitemap.urls), list(dict.fromkeys(sitemap.sitemap_urls))


def same_site(link: str, url: str) -> bool:
    """Whether ``link`` is on the site of ``url``: the same host, or the same registered domain.

    >>> same_site("https://www.kaltimtoday.co/a", "https://kaltimtoday.co/feed")
    True
    >>> same_site("https://other.example/a", "http://127.0.0.1:8000/feed")
    False
    """
    if urlsplit(link).netloc == urlsplit(url).netloc:
        return True
    domain = courlan.extract_domain(link, fast=True)
    return domain is not None and domain == courlan.extract_domain(url, fast=True)


def cleaned(links: list[str]) -> list[str]:
    """The links normalised by courlan (no tracking parameters, no fragment), without files and
    pages no crawler should open, de-duplicated, in order."""
    found = []
    for link in links:
        try:
            link = courlan.normalize_url(link, strict=True)
        except ValueError:
            continue
        if extension_filter(urlsplit(link).path) and not courlan.is_not_crawlable(link):
            found.append(link)
    return list(dict.fromkeys(found))


def _base(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
