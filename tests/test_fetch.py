"""URLs are fetched politely from a local server: robots.txt, retries, size limit, cache, listings.

Every request goes to a ``ThreadingHTTPServer`` on 127.0.0.1 started by the ``site`` fixture,
which serves the fixture pages and scripted answers and counts the requests per path.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections import Counter
from dataclasses import replace
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import __version__, fetch, sources
from extractor.cli import cli
from extractor.records import Article, SourceError
from extractor.scrape import Fetcher
from extractor.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures" / "html"
HTML = "text/html; charset=utf-8"
PASER = "/berita/2025/12/01/paser-8450"
KUTIM = "/berita/2025/03/05/kutim-15-ribu"
MAKASSAR = "/berita/2025/03/03/makassar-32-ribu"
# The windows-1252 page without its <meta> charset: only the HTTP header names the encoding.
LATIN1 = (
    (FIXTURES / "latin1-meta.html")
    .read_bytes()
    .replace(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', b"")
)


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


class Site:
    """The local web site: ``routes`` maps a path to ``answer(hit) -> (status, headers, body)``,
    where ``hit`` counts the requests to that path so far (1 for the first)."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []
        self.lock = threading.Lock()
        self.routes = {
            "/robots.txt": lambda hit: (
                200,
                {"Content-Type": "text/plain"},
                b"User-agent: *\nDisallow: /private/\n",
            ),
            PASER: _page(fixture("kaltimtoday-jsonld.html")),
            KUTIM: _page(fixture("tribun-meta.html")),
            MAKASSAR: _page(fixture("detik-plain.html")),
            "/private/rahasia": _page(fixture("kaltimtoday-jsonld.html")),
            "/tag/bpjs": lambda hit: (200, {"Content-Type": HTML}, self.listing()),
            "/flaky-429": _first(429, {"Retry-After": "0"}, then=_page(fixture("antara-meta.html"))),
            "/flaky-500": _first(500, {}, then=_page(fixture("antara-meta.html"))),
            "/always-503": lambda hit: (503, {}, b"sibuk"),
            "/slow-once": self.slow_once,
            "/big": lambda hit: (
                200,
                {"Content-Type": HTML},
                b"<html><body>" + b"<p>13.289 peserta</p>" * 20_000,
            ),
            "/big-declared": lambda hit: (200, {"Content-Type": HTML, "Content-Length": "10000000"}, b""),
            "/laporan.pdf": lambda hit: (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4"),
            "/moved": lambda hit: (301, {"Location": PASER}, b""),
            "/moved-private": lambda hit: (302, {"Location": "/private/rahasia"}, b""),
            "/windows-1252": lambda hit: (200, {"Content-Type": "text/html; charset=windows-1252"}, LATIN1),
            "/utf8-undeclared": lambda hit: (
                200,
                {"Content-Type": "text/html"},
                fixture("utf8-undeclared.html"),
            ),
            "/empty": _page(fixture("no-article.html")),
            "/drip": lambda hit: (200, {"Content-Type": HTML}, _drip()),
            "/to-intranet": lambda hit: (302, {"Location": "http://10.255.255.1/admin"}, b""),
        }
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self.handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def listing(self) -> bytes:
        host = f"127.0.0.1:{self.server.server_address[1]}".encode()
        return fixture("listing.html").replace(b"HOST", host)

    def slow_once(self, hit: int):
        if hit == 1:
            time.sleep(1.5)
        return _page(fixture("antara-meta.html"))(hit)

    def handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                with site.lock:
                    site.hits[path] += 1
                    site.agents.append(self.headers.get("User-Agent", ""))
                    hit = site.hits[path]
                route = site.routes.get(path, lambda hit: (404, {"Content-Type": HTML}, b"<h1>404</h1>"))
                status, headers, body = route(hit)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                # The client may stop reading (the size limit and the deadline at work).
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    for piece in [body] if isinstance(body, bytes) else body:
                        self.wfile.write(piece)
                        self.wfile.flush()

            def log_message(self, *args) -> None:
                pass

        return Handler


def _page(body: bytes):
    return lambda hit: (200, {"Content-Type": HTML}, body)


def _drip(seconds: float = 0.2, most: int = 300):
    """A body sent a byte at a time, a pause between bytes (a minute in all, as a safety net)."""
    yield b"<html><body><p>"
    for _ in range(most):
        time.sleep(seconds)
        yield b"x"


def _first(status: int, headers: dict[str, str], then):
    """An answer that fails once with ``status``, then answers as ``then``."""
    return lambda hit: (status, headers, b"") if hit == 1 else then(hit)


@pytest.fixture
def site():
    server = Site()
    server.thread.start()
    yield server
    server.server.shutdown()
    server.server.server_close()


@pytest.fixture
def settings(tmp_path) -> Settings:
    # The site is on 127.0.0.1: every test here allows private addresses but the one that refuses them.
    return Settings(
        request_delay=0,
        http_cache=str(tmp_path / "http_cache"),
        max_retries=2,
        request_timeout=5,
        allow_private=True,
    )


@pytest.fixture
def sleeps() -> list[float]:
    return []


def fetcher(settings: Settings, sleeps: list[float] | None = None, **changes) -> Fetcher:
    settings = replace(settings, **changes)
    record = sleeps.append if sleeps is not None else (lambda seconds: None)
    return Fetcher(settings, client=fetch.Client(settings, sleep=record))


def only(items) -> Article | SourceError:
    items = list(items)
    assert len(items) == 1, items
    return items[0]


# -- one page


def test_article_over_http_with_its_metadata(site, settings):
    article = only(fetcher(settings).articles(site.url(PASER)))
    assert isinstance(article, Article)
    assert article.id == site.url(PASER)
    assert article.url == "https://kaltimtoday.co/pemkab-paser-lindungi-8450-pekerja-rentan"
    assert article.title == "Pemkab Paser Lindungi 8.450 Pekerja Rentan lewat BPJS Ketenagakerjaan"
    assert (article.published, article.author, article.outlet) == (
        date(2025, 12, 1),
        "Nurul Hidayah",
        "Kaltim Today",
    )
    assert "8.450 pekerja rentan" in article.text and "Harga TBS" not in article.text


def test_user_agent_names_the_tool(site, settings):
    only(fetcher(settings).articles(site.url(PASER)))
    assert site.agents and all(
        agent.startswith(f"extractor/{__version__} (") and "robots.txt" in agent for agent in site.agents
    )


def test_redirect_is_followed_and_the_id_stays_the_url_given(site, settings):
    article = only(fetcher(settings).articles(site.url("/moved")))
    assert isinstance(article, Article)
    assert article.id == site.url("/moved")
    assert site.hits[PASER] == 1


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP 404"),
        ("/laporan.pdf", "not an HTML page (application/pdf)"),
        ("/big-declared", "larger than"),
        ("/empty", "no article text found"),
    ],
)
def test_failure_is_a_source_error_with_the_url(site, settings, path, reason):
    error = only(fetcher(settings).articles(site.url(path)))
    assert isinstance(error, SourceError)
    assert error.source == site.url(path)
    assert reason in error.message and "\n" not in error.message


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/berita.html", "file:///etc/passwd", "http:///berita"])
def test_only_http_and_https(settings, url):
    error = only(fetcher(settings).articles(url))
    assert isinstance(error, SourceError) and error.source == url
    assert "http" in error.message or "host" in error.message


def test_oversize_page_is_cut_off_while_streaming(site, settings):
    error = only(fetcher(settings, max_page_bytes=100_000).articles(site.url("/big")))
    assert isinstance(error, SourceError)
    assert "larger than 100000 bytes" in error.message


def test_header_charset_is_used_and_requests_default_is_not(site, settings):
    assert b"charset" not in LATIN1
    latin = only(fetcher(settings).articles(site.url("/windows-1252")))
    assert "ahli waris André Pereira" in latin.text and "“Almarhum" in latin.text
    undeclared = only(fetcher(settings).articles(site.url("/utf8-undeclared")))
    assert "Petani — Kopi" in undeclared.title and "Café" in undeclared.text


def test_a_dripping_server_is_cut_off_at_the_timeout(site, settings):
    """A byte every 0.2 s never trips a 1 s wait for data; the deadline for the whole page does."""
    error = only(fetcher(settings, request_timeout=1).articles(site.url("/drip")))
    assert isinstance(error, SourceError)
    assert "timed out: the page took longer than 1 s to read" in error.message


def test_cli_timeout_reaches_the_fetcher(site, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    args = [site.url("/drip"), "--db", str(tmp_path / "facts.db"), "--delay", "0", "--allow-private"]
    result = CliRunner().invoke(cli, [*args, "--timeout", "1"])
    assert result.exit_code == 1
    assert "took longer than 1 s" in result.stderr


# -- addresses


@pytest.mark.parametrize(
    ("host", "public"),
    [
        ("93.184.216.34", True),
        ("localhost", False),
        ("127.0.0.1", False),
        ("[::1]", False),
        ("10.0.0.5", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("0.0.0.0", False),
    ],
)
def test_hosts_on_private_addresses_are_refused(host, public):
    url = f"http://{host}/berita"
    if public:
        fetch.check_address(url)
    else:
        with pytest.raises(fetch.FetchError, match="private address.*--allow-private"):
            fetch.check_address(url)


def test_a_private_url_is_refused_before_any_request(site, settings):
    error = only(fetcher(settings, allow_private=False).articles(site.url(PASER)))
    assert isinstance(error, SourceError) and "--allow-private" in error.message
    assert sum(site.hits.values()) == 0


def test_cli_refuses_private_urls_unless_allowed(site, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    args = [site.url(PASER), "--db", str(tmp_path / "facts.db"), "--delay", "0", "--format", "jsonl"]
    refused = CliRunner().invoke(cli, args)
    assert refused.exit_code == 1 and "private address" in refused.stderr
    allowed = CliRunner().invoke(cli, [*args, "--allow-private"])
    assert allowed.exit_code == 0 and "8.450" in allowed.stdout


def test_a_redirect_from_a_public_host_to_a_private_one_is_refused(site, settings, monkeypatch):
    # The local site stands in for a public one; the intranet address it redirects to must not be
    # requested at all (it would time out, not be refused).
    monkeypatch.setattr(fetch, "is_public", lambda address: address == "127.0.0.1")
    error = only(fetcher(settings, allow_private=False).articles(site.url("/to-intranet")))
    assert isinstance(error, SourceError)
    assert "10.255.255.1 is a private address" in error.message
    assert site.hits["/to-intranet"] == 1


def test_a_robots_txt_redirecting_to_a_private_host_keeps_the_crawler_out(site, settings, monkeypatch):
    monkeypatch.setattr(fetch, "is_public", lambda address: address == "127.0.0.1")
    site.routes["/robots.txt"] = lambda hit: (302, {"Location": "http://10.255.255.1/robots.txt"}, b"")
    error = only(fetcher(settings, allow_private=False).articles(site.url(PASER)))
    assert isinstance(error, SourceError)
    assert "robots.txt unreachable (10.255.255.1 is a private address" in error.message
    assert site.hits[PASER] == 0


# -- robots.txt


def test_a_redirected_robots_txt_is_followed(site, settings):
    site.routes["/robots.txt"] = lambda hit: (301, {"Location": "/aturan/robots.txt"}, b"")
    site.routes["/aturan/robots.txt"] = lambda hit: (
        200,
        {"Content-Type": "text/plain"},
        b"User-agent: *\nDisallow: /berita/\n",
    )
    error = only(fetcher(settings).articles(site.url(PASER)))
    assert isinstance(error, SourceError) and "robots.txt" in error.message
    assert site.hits[PASER] == 0


def test_robots_disallowed_path_is_never_requested(site, settings):
    error = only(fetcher(settings).articles(site.url("/private/rahasia")))
    assert isinstance(error, SourceError)
    assert "robots.txt" in error.message
    assert site.hits["/private/rahasia"] == 0


def test_redirect_into_a_disallowed_path_is_not_followed(site, settings):
    error = only(fetcher(settings).articles(site.url("/moved-private")))
    assert isinstance(error, SourceError) and "robots.txt" in error.message
    assert site.hits["/private/rahasia"] == 0


def test_robots_is_read_once_per_site(site, settings):
    client = fetcher(settings)
    for path in (PASER, KUTIM, MAKASSAR):
        only(client.articles(site.url(path)))
    assert site.hits["/robots.txt"] == 1


def test_missing_robots_allows_everything(site, settings):
    del site.routes["/robots.txt"]
    article = only(fetcher(settings).articles(site.url("/private/rahasia")))
    assert isinstance(article, Article)
    assert site.hits["/robots.txt"] == 1


def test_unreachable_robots_keeps_the_crawler_out(site, settings, sleeps):
    site.routes["/robots.txt"] = lambda hit: (503, {}, b"")
    error = only(fetcher(settings, sleeps).articles(site.url(PASER)))
    assert isinstance(error, SourceError) and "robots.txt unreachable" in error.message
    assert site.hits[PASER] == 0


# -- retries and delays


def test_429_is_retried_after_retry_after(site, settings, sleeps):
    article = only(fetcher(settings, sleeps).articles(site.url("/flaky-429")))
    assert isinstance(article, Article) and "214.560" in article.text
    assert site.hits["/flaky-429"] == 2
    assert sleeps == [0.0]


def backoff(retry: int) -> float:
    """urllib3's wait before the n-th retry: none before the first, then doubling."""
    return 0.0 if retry == 1 else fetch.BACKOFF_FACTOR * 2 ** (retry - 1)


def test_500_is_retried_with_backoff(site, settings, sleeps):
    article = only(fetcher(settings, sleeps).articles(site.url("/flaky-500")))
    assert isinstance(article, Article)
    assert site.hits["/flaky-500"] == 2
    assert sleeps == [backoff(1)]


def test_retries_run_out_with_exponential_backoff(site, settings, sleeps):
    error = only(fetcher(settings, sleeps, max_retries=3).articles(site.url("/always-503")))
    assert isinstance(error, SourceError)
    assert "HTTP 503" in error.message and "4 attempts" in error.message
    assert site.hits["/always-503"] == 4
    assert sleeps == [backoff(1), backoff(2), backoff(3)] == [0.0, 2.0, 4.0]


def test_retry_after_is_capped(site, settings, sleeps):
    site.routes["/flaky-429"] = _first(429, {"Retry-After": "86400"}, then=_page(fixture("antara-meta.html")))
    only(fetcher(settings, sleeps).articles(site.url("/flaky-429")))
    assert sleeps == [fetch.MAX_WAIT_SECONDS]


def test_timeout_is_retried(site, settings, sleeps):
    article = only(fetcher(settings, sleeps, request_timeout=0.5).articles(site.url("/slow-once")))
    assert isinstance(article, Article)
    assert site.hits["/slow-once"] == 2
    assert sleeps == [backoff(1)]


def test_requests_to_one_host_are_spaced_by_the_delay(site, settings):
    now = [0.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    slow = replace(settings, request_delay=1.5)
    client = Fetcher(slow, client=fetch.Client(slow, sleep=sleep, clock=lambda: now[0]))
    only(client.articles(site.url(PASER)))
    only(client.articles(site.url(KUTIM)))
    # robots.txt, then two pages: each request after the first waits out the delay.
    assert waits == [1.5, 1.5]


# -- the cache


def test_a_rerun_is_served_from_the_cache(site, settings):
    first = only(fetcher(settings).articles(site.url(PASER)))
    second = only(fetcher(settings).articles(site.url(PASER)))
    assert isinstance(second, Article) and second.text == first.text and second.title == first.title
    assert site.hits[PASER] == 1
    assert site.hits["/robots.txt"] == 1
    assert list(Path(settings.http_cache).parent.glob("http_cache*"))


def test_cached_page_keeps_its_final_url_and_charset(site, settings):
    client = fetch.Client(settings)
    fresh = client.get(site.url("/windows-1252"))
    cached = fetch.Client(settings).get(site.url("/windows-1252"))
    assert (fresh.from_cache, cached.from_cache) == (False, True)
    assert cached.content == fresh.content and cached.charset == "windows-1252"
    fetch.Client(settings).get(site.url("/moved"))
    moved = fetch.Client(settings).get(site.url("/moved"))
    assert moved.from_cache and moved.url == site.url(PASER)
    assert site.hits["/moved"] == 1


def test_a_listing_is_cached_for_a_while_only(site, settings):
    for _ in range(2):
        fetch.Client(settings).get(site.url("/tag/bpjs"), max_age=3600)
    assert site.hits["/tag/bpjs"] == 1
    for _ in range(2):
        fetch.Client(settings).get(site.url("/tag/bpjs"), max_age=0)
    assert site.hits["/tag/bpjs"] == 3


def test_failures_are_not_cached(site, settings, sleeps):
    only(fetcher(settings, sleeps).articles(site.url("/always-503")))
    only(fetcher(settings, sleeps).articles(site.url("/always-503")))
    assert site.hits["/always-503"] == 6


# -- listing pages


def test_listing_leads_to_its_article_links_in_page_order(site, settings):
    items = list(fetcher(settings, follow=r"/berita/\d{4}/").articles(site.url("/tag/bpjs")))
    assert [item.id for item in items] == [site.url(PASER), site.url(KUTIM), site.url(MAKASSAR)]
    assert all(isinstance(item, Article) for item in items)
    assert [item.published for item in items] == [date(2025, 12, 1), date(2025, 3, 5), date(2025, 3, 3)]
    assert (site.hits[PASER], site.hits[KUTIM], site.hits[MAKASSAR]) == (1, 1, 1)
    assert site.hits["/kategori/paser"] == 0 and site.hits["/tag/bpjs"] == 1


def test_listing_stops_at_max_pages(site, settings):
    items = list(fetcher(settings, follow=r"/berita/", max_pages=2).articles(site.url("/tag/bpjs")))
    assert [item.id for item in items] == [site.url(PASER), site.url(KUTIM)]
    assert site.hits[MAKASSAR] == 0


def test_a_failed_article_of_a_listing_does_not_stop_the_others(site, settings):
    site.routes[KUTIM] = lambda hit: (404, {}, b"")
    items = list(fetcher(settings, follow=r"/berita/").articles(site.url("/tag/bpjs")))
    assert [type(item).__name__ for item in items] == ["Article", "SourceError", "Article"]
    assert items[1].source == site.url(KUTIM)


@pytest.mark.parametrize(
    ("pattern", "reason"), [(r"/video/", "no links matching"), (r"/berita/(", "bad follow pattern")]
)
def test_listing_without_matching_links_or_with_a_bad_pattern(site, settings, pattern, reason):
    error = only(fetcher(settings, follow=pattern).articles(site.url("/tag/bpjs")))
    assert isinstance(error, SourceError) and reason in error.message


# -- the batch goes on


def test_batch_goes_on_after_a_failed_url(site, settings):
    urls = [site.url("/missing"), site.url(PASER), site.url("/private/rahasia"), site.url(KUTIM)]
    items = list(sources.read_articles(urls, fetcher=fetcher(settings)))
    assert [type(item).__name__ for item in items] == ["SourceError", "Article", "SourceError", "Article"]


def test_cli_reports_the_failed_url_and_prints_the_others_facts(site, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the CLI keeps its HTTP cache in the working directory
    good, bad = site.url(PASER), site.url("/missing")
    args = [good, bad, "--db", str(tmp_path / "facts.db"), "--format", "jsonl", "--delay", "0"]
    result = CliRunner().invoke(cli, [*args, "--allow-private"])
    assert result.exit_code == 1, result.output
    facts = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert facts and {fact["article"] for fact in facts} == {good}
    assert any(fact["quote"] == "8.450" for fact in facts)
    assert f"{bad}: HTTP 404" in result.stderr


def test_articles_never_raises(settings):
    class Broken:
        def get(self, url, max_age=None):
            raise RuntimeError("disk full")

    error = only(Fetcher(settings, client=Broken()).articles("http://127.0.0.1:9/berita"))
    assert isinstance(error, SourceError) and "disk full" in error.message


def test_no_cache_is_opened_until_a_url_is_read(tmp_path):
    Fetcher(Settings(http_cache=str(tmp_path / "http_cache")))
    assert not list(tmp_path.iterdir())
