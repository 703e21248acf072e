"""Listing: URLs into articles, one per URL or the ones a listing page, a feed or a sitemap links to."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import courlan
from bs4 import BeautifulSoup
from courlan.filters import extension_filter

from .. import fetch
from ..records import Article, SourceError
from ..settings import Settings
from . import feeds
from .encoding import decode_html
from .page import article_from_html

log = logging.getLogger(__name__)


LISTING_MAX_AGE = 3600.0
"""A listing page, feed or sitemap is re-read after an hour (new articles appear); article pages
stay cached."""
MAX_SITEMAPS = 10
"""The most sitemaps of a sitemap index read for one input."""


class Fetcher:
    """URLs into articles, politely (see ``fetch.Client``): one article per URL, or with
    ``settings.follow``, the articles a listing page links to, up to ``settings.max_pages``.

    The HTTP client is made on first use, so a run over files alone opens no cache.
    """

    def __init__(self, settings: Settings | None = None, client: fetch.Client | None = None):
        self.settings = settings or Settings()
        self._client = client

    @property
    def client(self) -> fetch.Client:
        if self._client is None:
            self._client = fetch.Client(self.settings)
        return self._client

    def articles(self, url: str) -> Iterator[Article | SourceError]:
        """The article at ``url`` (or the articles it lists); every failure a ``SourceError``."""
        try:
            if self.settings.follow:
                yield from self._listed_articles(url, self.settings.follow)
            else:
                yield from self._page_articles(url)
        except Exception as err:  # one bad page must not end the batch
            log.debug("%s: unexpected error", url, exc_info=True)
            yield SourceError(url, f"unexpected error: {type(err).__name__}: {err}")

    def article(self, url: str) -> Article | SourceError:
        """The article of one page; its id is ``url`` as given."""
        try:
            page = self.client.get(url)
        except fetch.FetchError as err:
            return SourceError(url, str(err))
        return article_from_html(
            page.content,
            source_id=url,
            url=page.url,
            charset=page.charset,
            data=self.settings.language,
        )

    def _page_articles(self, url: str) -> Iterator[Article | SourceError]:
        """The article of the page at ``url`` or, when it is a feed or a sitemap, the articles
        it lists (up to ``settings.max_pages``)."""
        try:
            page = self.client.get(url)
            if page.from_cache and feeds.kind(page.content):
                page = self.client.get(url, max_age=LISTING_MAX_AGE)  # a feed has new items
        except fetch.FetchError as err:
            yield SourceError(url, str(err))
            return
        if feeds.kind(page.content) is None:
            yield article_from_html(
                page.content, source_id=url, url=page.url, charset=page.charset, data=self.settings.language
            )
            return
        yield from self._follow(url, self._feed_links(page, None))

    def _feed_links(self, page: fetch.Page, pattern: re.Pattern | None) -> list[str]:
        """The article links of a feed or sitemap page (a sitemap index's sitemaps read in turn,
        up to ``MAX_SITEMAPS``), those matching ``pattern`` when given, at most ``max_pages``."""
        text = decode_html(page.content, page.charset)
        if feeds.kind(page.content) == "feed":
            links = feeds.feed_links(text, page.url)
        else:
            links, nested = feeds.sitemap_links(text, page.url)
            for sitemap in nested[:MAX_SITEMAPS]:
                if len(links) >= self.settings.max_pages and pattern is None:
                    break
                try:
                    inner = self.client.get(sitemap, max_age=LISTING_MAX_AGE)
                except fetch.FetchError as err:
                    log.info("%s: %s", sitemap, err)
                    continue
                links += feeds.sitemap_links(decode_html(inner.content, inner.charset), inner.url)[0]
        if pattern is not None:
            links = [link for link in links if pattern.search(link)]
        return list(dict.fromkeys(links))[: self.settings.max_pages]

    def _follow(self, url: str, links: list[str]) -> Iterator[Article | SourceError]:
        if not links:
            yield SourceError(url, "no article links found")
            return
        log.info("%s: following %d link(s)", url, len(links))
        for link in links:
            yield self.article(link)

    def _listed_articles(self, url: str, follow: str) -> Iterator[Article | SourceError]:
        try:
            pattern = re.compile(follow)
        except re.error as err:
            yield SourceError(url, f"bad follow pattern {follow!r}: {err}")
            return
        try:
            page = self.client.get(url, max_age=LISTING_MAX_AGE)
        except fetch.FetchError as err:
            yield SourceError(url, str(err))
            return
        if feeds.kind(page.content):
            yield from self._follow(url, self._feed_links(page, pattern))
            return
        links = links_matching(page.content, page.url, pattern, page.charset)
        links = [link for link in links if link not in (url, page.url)][: self.settings.max_pages]
        if not links:
            yield SourceError(url, f"no links matching {follow!r}")
            return
        log.info("%s: following %d link(s)", url, len(links))
        for link in links:
            yield self.article(link)


def links_matching(raw: bytes, base_url: str, pattern: re.Pattern, charset: str | None = None) -> list[str]:
    """The article links of a listing page whose URL matches ``pattern``, de-duplicated, in page
    order: absolute http(s) URLs as courlan normalises them (no fragment, no tracking parameters
    such as ``utm_source``, host in lower case), without links to files (``.pdf``, ``.jpg``) or
    to pages no crawler should open (login, contact).

    >>> page = b'<a href="/b/1?utm_source=fb#top">1</a> <a href="/b/1">1</a> <a href="/b/2.pdf">2</a>'
    >>> links_matching(page, "https://Portal.example/tag/bpjs", re.compile("/b/"))
    ['https://portal.example/b/1']
    """
    soup = BeautifulSoup(decode_html(raw, charset), "lxml")
    base = soup.find("base", href=True)
    base_url = urljoin(base_url, base["href"]) if base else base_url
    links = (link for link in _article_links(soup, base_url) if pattern.search(link))
    return list(dict.fromkeys(links))


def _article_links(soup: BeautifulSoup, base_url: str) -> Iterator[str]:
    for anchor in soup.find_all("a", href=True):
        link = urljoin(base_url, anchor["href"].strip())
        if not link.startswith(("http://", "https://")):
            continue  # mailto:, javascript:, tel:
        try:
            link = courlan.normalize_url(link, strict=True)
        except ValueError:  # a host no URL parser accepts
            continue
        if extension_filter(urlsplit(link).path) and not courlan.is_not_crawlable(link):
            yield link
