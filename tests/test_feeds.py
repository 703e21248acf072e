"""URLs that are feeds or sitemaps give the articles they list; --refresh and --max-age decide
what the HTTP cache may answer; explain reads a URL. All against a local HTTP server."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from extractor import api
from extractor.records import Article, SourceError
from extractor.scrape import feeds
from tests.test_fetch import HTML, KUTIM, MAKASSAR, PASER, Site, fetcher

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>BPJS</title><link>{base}/</link>
<item><title>Paser</title><link>{base}{paser}?utm_source=rss</link></item>
<item><title>Kutim</title><link>{base}{kutim}</link></item>
<item><title>Laporan</title><link>{base}/laporan.pdf</link></item>
<item><title>Elsewhere</title><link>https://other.example/berita/2025/01/01/x</link></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>BPJS</title>
<entry><title>Makassar</title><link href="{base}{makassar}"/></entry>
</feed>"""
SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{base}{paser}</loc></url><url><loc>{base}{makassar}</loc></url>
</urlset>"""
SITEMAP_INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{base}/sitemap-news.xml</loc></sitemap>
</sitemapindex>"""


@pytest.fixture
def site():
    server = Site()
    base = server.url("")
    paths = {"paser": PASER, "kutim": KUTIM, "makassar": MAKASSAR}
    for path, body, kind in (
        ("/feed", RSS, "application/rss+xml"),
        ("/atom.xml", ATOM, "application/atom+xml"),
        ("/sitemap-news.xml", SITEMAP, "application/xml"),
        ("/sitemap.xml", SITEMAP_INDEX, "text/xml"),
    ):
        content = body.format(base=base, **paths).encode("utf-8")
        server.routes[path] = lambda hit, content=content, kind=kind: (200, {"Content-Type": kind}, content)
    server.thread.start()
    yield server
    server.server.shutdown()
    server.server.server_close()


@pytest.fixture
def settings(tmp_path):
    return api.Settings(
        request_delay=0,
        http_cache=str(tmp_path / "http_cache"),
        max_retries=0,
        request_timeout=5,
        allow_private=True,
    )


KINDS = [
    ("RSS", b'<?xml version="1.0"?><rss version="2.0"/>', "feed"),
    ("Atom", b'<feed xmlns="http://www.w3.org/2005/Atom"/>', "feed"),
    ("RDF", b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"/>', "feed"),
    ("sitemap", b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>', "sitemap"),
    ("sitemap index", b"\xef\xbb\xbf<?xml version='1.0'?><sitemapindex/>", "sitemap"),
    ("HTML page", b"<!DOCTYPE html><html><body><p>13.289 peserta</p></body></html>", None),
]


@pytest.mark.parametrize(("content", "expected"), [k[1:] for k in KINDS], ids=[k[0] for k in KINDS])
def test_a_document_is_told_by_its_root_element(content, expected):
    assert feeds.kind(content) == expected


INPUTS = [
    # (id, path, the articles' paths, in order)
    ("RSS feed: tracking parameters, files and other sites left out", "/feed", [PASER, KUTIM]),
    ("Atom feed", "/atom.xml", [MAKASSAR]),
    ("sitemap", "/sitemap-news.xml", [PASER, MAKASSAR]),
    ("sitemap index: its sitemaps read in turn", "/sitemap.xml", [PASER, MAKASSAR]),
]


@pytest.mark.parametrize(("path", "expected"), [i[1:] for i in INPUTS], ids=[i[0] for i in INPUTS])
def test_a_feed_or_sitemap_url_gives_the_articles_it_lists(site, settings, path, expected):
    found = list(fetcher(settings).articles(site.url(path)))
    assert all(isinstance(item, Article) for item in found), found
    assert [item.id for item in found] == [site.url(p) for p in expected]
    assert all(item.text.strip() for item in found)


def test_follow_filters_the_links_of_a_feed(site, settings):
    found = list(fetcher(settings, follow="kutim").articles(site.url("/feed")))
    assert [item.id for item in found] == [site.url(KUTIM)]


def test_max_pages_bounds_a_feed(site, settings):
    found = list(fetcher(settings, max_pages=1).articles(site.url("/feed")))
    assert [item.id for item in found] == [site.url(PASER)]


def test_a_feed_with_no_articles_is_one_error(site, settings):
    site.routes["/empty-feed"] = lambda hit: (
        200,
        {"Content-Type": "application/rss+xml"},
        b"<rss><channel/></rss>",
    )
    [error] = list(fetcher(settings).articles(site.url("/empty-feed")))
    assert isinstance(error, SourceError) and "no article links found" in str(error)


def test_run_stores_the_articles_of_a_feed(site, settings, tmp_path):
    db = tmp_path / "f.db"
    outcomes = list(api.run([site.url("/feed")], replace(settings, db_path=str(db))))
    assert [o.article.id for o in outcomes] == [site.url(PASER), site.url(KUTIM)]
    assert api.count_articles([site.url("/feed")]) is None  # unknown until the feed is read


def test_the_cache_answers_a_second_read_and_refresh_fetches_again(site, settings):
    url = site.url(PASER)
    list(fetcher(settings).articles(url))
    list(fetcher(settings).articles(url))
    assert site.hits[PASER] == 1
    list(fetcher(settings, cache_refresh=True).articles(url))
    assert site.hits[PASER] == 2
    list(fetcher(settings).articles(url))
    assert site.hits[PASER] == 2  # the refreshed copy is cached


def test_max_age_fetches_again_what_is_older(site, settings):
    url = site.url(PASER)
    list(fetcher(settings).articles(url))
    list(fetcher(settings, cache_max_age=3600).articles(url))
    assert site.hits[PASER] == 1  # an hour old at most: still good
    time.sleep(0.05)  # the cached copy is now older than the 0.01 seconds allowed below
    list(fetcher(settings, cache_max_age=0.01).articles(url))
    assert site.hits[PASER] == 2


def test_explain_reads_a_url(site, settings):
    records = api.explain_article(site.url(PASER), settings=settings)
    assert ("8.450", "fact") in {(r["quote"], r["verdict"]) for r in records}
    assert {r["article"] for r in records} == {site.url(PASER)}


def test_a_page_that_is_neither_html_nor_a_feed_is_still_refused(site, settings):
    [error] = list(fetcher(settings).articles(site.url("/laporan.pdf")))
    assert isinstance(error, SourceError) and "not an HTML page (application/pdf)" in str(error)
    assert HTML.startswith("text/html")
