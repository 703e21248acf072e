"""Fetch: polite HTTP for the scraper, one page at a time.

``Client.get(url)`` returns the bytes of one HTML page, or raises ``FetchError`` with a one-line
reason. Politeness and safety are the client's job, so every caller gets them:

- only http and https, and only public addresses: a host that resolves to a private, loopback,
  link-local or reserved address is refused, on the first request and on every redirect, unless
  ``Settings.allow_private`` (``--allow-private``);
- robots.txt honoured (protego; read once per site and cached; a missing robots.txt allows
  everything, an unreachable one forbids, as RFC 9309 says), on every redirect hop too;
- one request per ``request_delay`` seconds per host, or the site's Crawl-delay when longer;
- retries by urllib3's ``Retry`` on the requests adapter: 408, 429 and 5xx answers, timeouts and
  dropped connections, with its exponential backoff, honouring ``Retry-After`` up to a cap;
- ``request_timeout`` (``--timeout``) bounds connecting, each wait for data, and reading a whole
  body: a server that drips a byte now and then is cut off once that much time has passed;
- bodies read in bounded chunks and cut off at ``max_page_bytes``; a User-Agent naming the tool.

Pages are kept in an on-disk requests-cache store (SQLite at ``http_cache``) so a re-run does not
fetch them again; ``cache_refresh`` (``--refresh``) fetches every page again, ``cache_max_age``
(``--max-age``) drops what the cache holds from longer ago. The cache is used as a store, not
through ``CachedSession``: a cached session reads the whole body before the caller sees it, which
defeats the size limit and the deadline.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import urljoin, urlsplit

import requests
import requests_cache
from protego import Protego
from requests.adapters import HTTPAdapter
from urllib3.exceptions import ConnectTimeoutError, HTTPError, ReadTimeoutError
from urllib3.util.retry import Retry

from . import __version__
from .settings import Settings

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
BACKOFF_FACTOR = 1.0
"""urllib3's backoff: the first retry at once, the n-th after ``BACKOFF_FACTOR * 2 ** (n - 1)``
seconds."""
MAX_WAIT_SECONDS = 60.0
"""The longest a retry waits, whatever ``Retry-After`` asks, and the longest Crawl-delay obeyed."""
MAX_REDIRECTS = 5
ROBOTS_MAX_AGE = 24 * 3600
"""robots.txt changes rarely; re-read it once a day."""
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)
"""Feeds and sitemaps are fetched too: a URL given as input may be one (``scrape/feeds.py``)."""
CHUNK_BYTES = 64 * 1024


class FetchError(Exception):
    """A page that could not be fetched; the message is a one-line reason."""


@dataclass(frozen=True)
class Page:
    """One fetched HTML page: its final URL after redirects, body, and header charset."""

    url: str
    content: bytes
    charset: str | None = None
    from_cache: bool = False


@dataclass
class _Robots:
    rules: Protego | None
    """``None`` allows everything (no robots.txt)."""
    refusal: str = "disallowed by robots.txt"


class _Retry(Retry):
    """urllib3's retry policy, waiting through the client's ``sleep``: what is retried, how often,
    the backoff and ``Retry-After`` (capped at ``retry_after_max``) stay urllib3's; only the
    waiting is injectable, so tests can see the waits without waiting."""

    pause: Callable[[float], None] = time.sleep

    def new(self, **changes) -> _Retry:
        retry = super().new(**changes)
        retry.pause = self.pause
        return retry

    def sleep(self, response=None) -> None:
        retry_after = self.get_retry_after(response) if response is not None else None
        if retry_after is None or not self.respect_retry_after_header:
            retry_after = self.get_backoff_time()
        self.pause(retry_after)


def user_agent(settings: Settings) -> str:
    """The User-Agent header: the tool's name and version, and what it does.

    >>> user_agent(Settings()).startswith("extractor/")
    True
    """
    return settings.user_agent.format(version=__version__)


def check_scheme(url: str) -> None:
    """Raise ``FetchError`` unless ``url`` is an http or https URL with a host."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"not an http(s) URL (scheme {parts.scheme or 'missing'!r})")
    if not parts.hostname:
        raise FetchError("URL has no host")


def is_public(address: str) -> bool:
    """Whether an IP address is on the public internet (not private, loopback, link-local,
    shared or reserved).

    >>> [is_public(a) for a in ("93.184.216.34", "127.0.0.1", "10.1.2.3", "169.254.169.254", "::1")]
    [True, False, False, False, False]
    """
    return ipaddress.ip_address(address.split("%")[0]).is_global


def check_address(url: str) -> None:
    """Raise ``FetchError`` when the host of ``url`` resolves to an address that is not public.

    A host that does not resolve passes: the request itself then fails with its own reason.
    """
    host = urlsplit(url).hostname or ""
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)}
    except (socket.gaierror, UnicodeError):
        return
    private = sorted(address for address in addresses if not is_public(address))
    if private:
        raise FetchError(f"{host} is a private address ({private[0]}); use --allow-private to fetch it")


class Client:
    """A polite HTTP client: addresses, robots.txt, per-host delay, retries, deadline, size limit,
    on-disk cache.

    ``sleep`` and ``clock`` are injectable so tests can check waits without waiting.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.settings = settings
        self.user_agent = user_agent(settings)
        self.session = requests.Session()
        self.session.headers.update(
            {
                "User-Agent": self.user_agent,
                "Accept": "text/html,application/xhtml+xml;q=0.9,application/rss+xml,application/xml;q=0.8,"
                "*/*;q=0.5",
            }
        )
        retry = _Retry(
            total=settings.max_retries,
            status_forcelist=RETRY_STATUSES,
            allowed_methods=frozenset({"GET"}),
            backoff_factor=BACKOFF_FACTOR,
            backoff_max=MAX_WAIT_SECONDS,
            retry_after_max=MAX_WAIT_SECONDS,
            raise_on_status=False,  # the last answer is kept, to say which status it was
        )
        retry.pause = sleep
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.cache = requests_cache.SQLiteCache(settings.http_cache) if settings.http_cache else None
        if self.cache is not None and settings.cache_max_age is not None:
            # requests-cache's own expiry: what the cache holds from longer ago is dropped, so it
            # is fetched again (--max-age).
            self.cache.delete(older_than=timedelta(seconds=settings.cache_max_age))
        self._sleep = sleep
        self._clock = clock
        self._robots: dict[str, _Robots] = {}
        self._crawl_delays: dict[str, float] = {}
        self._last_request: dict[str, float] = {}

    def get(self, url: str, max_age: float | None = None) -> Page:
        """The HTML page at ``url``, from the cache when it holds one (no older than ``max_age``
        seconds when given), else from the network. Raises ``FetchError``."""
        self._check_hop(url)
        key = self._cache_key(url)
        cached = None if self.settings.cache_refresh else self._cached(key, max_age)
        if cached is not None:
            log.debug("%s: from the cache", url)
            return _page(cached, from_cache=True)
        response = self._follow_redirects(url)
        if self.cache is not None:
            self.cache.save_response(response, key)
        return _page(response)

    def _check_hop(self, url: str, robots_txt: bool = False) -> None:
        """Every URL the client is about to request: scheme, address, and but for robots.txt
        itself, robots.txt."""
        check_scheme(url)
        if not self.settings.allow_private:
            check_address(url)
        if robots_txt:
            return
        robots = self._robots_for(url)
        if robots.rules is not None and not robots.rules.can_fetch(url, self.user_agent):
            raise FetchError(robots.refusal)

    # -- robots.txt

    def _robots_for(self, url: str) -> _Robots:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        return self._robots[origin]

    def _read_robots(self, origin: str) -> _Robots:
        """The robots rules of a site: a 4xx answer means none; 5xx or no answer means keep out."""
        url = f"{origin}/robots.txt"
        key = self._cache_key(url)
        response = self._cached(key, ROBOTS_MAX_AGE)
        if response is None:
            try:
                response = self._follow_redirects(url, robots_txt=True)
            except FetchError as err:
                log.info("%s: %s; treating the site as off limits", url, err)
                return _Robots(_KEEP_OUT, f"robots.txt unreachable ({err})")
            if self.cache is not None:
                self.cache.save_response(response, key)
        if response.status_code >= 400:
            return _Robots(None)
        rules = Protego.parse(response.content.decode("utf-8", "replace"))
        delay = rules.crawl_delay(self.user_agent)
        if delay:
            self._crawl_delays[urlsplit(origin).netloc] = min(float(delay), MAX_WAIT_SECONDS)
        return _Robots(rules)

    # -- the cache

    def _cache_key(self, url: str) -> str | None:
        if self.cache is None:
            return None
        return self.cache.create_key(requests.Request("GET", url).prepare())

    def _cached(self, key: str | None, max_age: float | None = None):
        """The stored response, unless it is older than ``max_age`` seconds. Ages are checked
        here rather than stored as expiry times, so each caller decides how old is too old."""
        if self.cache is None or key is None:
            return None
        cached = self.cache.get_response(key)
        if cached is None:
            return None
        if max_age is not None and (datetime.now(timezone.utc) - cached.created_at).total_seconds() > max_age:
            return None
        return cached

    # -- the network

    def _follow_redirects(self, url: str, robots_txt: bool = False) -> requests.Response:
        """The final response for ``url``, redirects followed hop by hop, each hop checked as the
        first one was (requests would follow them unchecked)."""
        history: list[requests.Response] = []
        for _ in range(MAX_REDIRECTS + 1):
            response = self._request(url, robots_txt)
            if not response.is_redirect:
                response.history = history
                return response
            response.close()
            history.append(response)
            url = urljoin(url, response.headers["Location"])
            self._check_hop(url, robots_txt)
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")

    def _request(self, url: str, robots_txt: bool = False) -> requests.Response:
        """One GET, retried by urllib3, with its body read. A 4xx answer raises ``FetchError``,
        except for ``robots_txt``, whose 4xx means "no rules"."""
        self._wait_turn(url)
        attempts = self.settings.max_retries + 1
        try:
            response = self.session.get(
                url, stream=True, allow_redirects=False, timeout=self.settings.request_timeout
            )
        except requests.RequestException as err:
            raise FetchError(f"{_failure(err)} (after {attempts} attempts)") from None
        status = f"HTTP {response.status_code} {response.reason or ''}".strip()
        if response.status_code in RETRY_STATUSES:
            response.close()
            raise FetchError(f"{status} (after {attempts} attempts)")
        if response.is_redirect:
            response.close()
            return response
        if response.status_code >= 400 and not robots_txt:
            response.close()
            raise FetchError(status)
        if not robots_txt:
            _check_html_type(response)
        _read_body(response, self.settings.max_page_bytes, self.settings.request_timeout)
        if not robots_txt:
            _check_markup(response)
        return response

    def _wait_turn(self, url: str) -> None:
        """Sleep until this host's delay has passed since the last request to it."""
        host = urlsplit(url).netloc
        delay = max(self.settings.request_delay, self._crawl_delays.get(host, 0.0))
        last = self._last_request.get(host)
        if last is not None and delay > 0:
            wait = last + delay - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last_request[host] = self._clock()


_KEEP_OUT = Protego.parse("User-agent: *\nDisallow: /")


def _failure(err: requests.RequestException) -> str:
    """A one-line reason for a request that failed after its retries."""
    reason = getattr(err.args[0], "reason", None) if err.args else None
    if isinstance(err, requests.Timeout) or isinstance(reason, (ReadTimeoutError, ConnectTimeoutError)):
        return "timed out"
    return f"connection failed: {_first_line(reason or err)}"


def _check_html_type(response: requests.Response) -> None:
    """Raise unless the Content-Type, when there is one, is HTML (so a PDF is never downloaded)."""
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if content_type and content_type not in HTML_TYPES + FEED_TYPES:
        response.close()
        raise FetchError(f"not an HTML page ({content_type})")


def _check_markup(response: requests.Response) -> None:
    """Raise when a response without a Content-Type does not even start like markup."""
    if not response.headers.get("Content-Type") and not response.content.lstrip(
        b"\xef\xbb\xbf \t\r\n"
    ).startswith(b"<"):
        raise FetchError("not an HTML page (no content type, no markup)")


def _read_body(response: requests.Response, limit: int, seconds: float) -> None:
    """Read the body into ``response``, stopping once it passes ``limit`` bytes or ``seconds``.

    ``read1`` returns whatever has arrived, so the clock is looked at after every few bytes of a
    server that drips them; a plain ``read`` would wait for a whole chunk first.
    """
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        response.close()
        raise FetchError(f"page larger than {limit} bytes ({declared} declared)")
    deadline = time.monotonic() + seconds
    chunks: list[bytes] = []
    size = 0
    try:
        while chunk := response.raw.read1(CHUNK_BYTES, decode_content=True):
            size += len(chunk)
            if size > limit:
                raise FetchError(f"page larger than {limit} bytes")
            if time.monotonic() > deadline:
                raise FetchError(f"timed out: the page took longer than {seconds:g} s to read")
            chunks.append(chunk)
    except (ReadTimeoutError, TimeoutError):
        raise FetchError(f"timed out: no data for {seconds:g} s while reading the page") from None
    except (HTTPError, OSError) as err:
        raise FetchError(f"connection broke while reading: {_first_line(err)}") from None
    finally:
        response.close()
    # What requests itself does when it reads a body, so the response (and its cached copy) has it.
    response._content = b"".join(chunks)
    response._content_consumed = True


def _page(response, from_cache: bool = False) -> Page:
    return Page(response.url, response.content, _header_charset(response), from_cache)


def _header_charset(response) -> str | None:
    """The charset named in the Content-Type header, if any (not requests' ISO-8859-1 default)."""
    content_type = response.headers.get("Content-Type", "")
    for param in content_type.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _first_line(err: object) -> str:
    text = str(err)
    return text.splitlines()[0][:200] if text else type(err).__name__
