"""Fetch: polite HTTP for the scraper, one page at a time.

``Client.get(url)`` returns the bytes of one HTML page, or raises ``FetchError`` with a one-line
reason. Politeness is the client's job, so every caller gets it: only http and https; robots.txt
honoured (protego; read once per site and cached; a missing robots.txt allows everything, an
unreachable one forbids, as RFC 9309 says); one request per ``request_delay`` seconds per host (or
the site's Crawl-delay when longer); retries with exponential backoff on 429, 5xx, timeouts and
dropped connections, honouring ``Retry-After`` up to a cap; bodies streamed and cut off at
``max_page_bytes``; a User-Agent naming the tool. Pages are kept in an on-disk requests-cache
store (SQLite at ``http_cache``) so a re-run does not fetch them again.

The cache is used as a store, not through ``CachedSession``: a cached session reads the whole body
before the caller sees it, which defeats the size limit, and it follows redirects without asking
robots.txt about the target. Here every hop is checked and the body is read in bounded chunks.
"""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import requests
import requests_cache
from protego import Protego

from . import __version__
from .settings import Settings

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
BACKOFF_SECONDS = 1.0
"""The first retry waits this long, each next one twice as long."""
MAX_WAIT_SECONDS = 60.0
"""The longest a retry waits, whatever ``Retry-After`` asks, and the longest Crawl-delay obeyed."""
MAX_REDIRECTS = 5
ROBOTS_MAX_AGE = 24 * 3600
"""robots.txt changes rarely; re-read it once a day."""
HTML_TYPES = ("text/html", "application/xhtml+xml")
CHUNK_BYTES = 64 * 1024


class FetchError(Exception):
    """A page that could not be fetched; the message is a one-line reason."""


class _Retryable(Exception):
    """A failure worth another try: 429, 5xx, a timeout, a dropped connection."""

    def __init__(self, reason: str, wait: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


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


class Client:
    """A polite HTTP client: robots.txt, per-host delay, retries, size limit, on-disk cache.

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
            {"User-Agent": self.user_agent, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"}
        )
        self.cache = requests_cache.SQLiteCache(settings.http_cache) if settings.http_cache else None
        self._sleep = sleep
        self._clock = clock
        self._robots: dict[str, _Robots] = {}
        self._crawl_delays: dict[str, float] = {}
        self._last_request: dict[str, float] = {}

    def get(self, url: str, max_age: float | None = None) -> Page:
        """The HTML page at ``url``, from the cache when it holds one (no older than ``max_age``
        seconds when given), else from the network. Raises ``FetchError``."""
        check_scheme(url)
        self._check_robots(url)
        key = self._cache_key(url)
        cached = self._cached(key, max_age)
        if cached is not None:
            log.debug("%s: from the cache", url)
            return _page(cached, from_cache=True)
        response = self._follow_redirects(url)
        if self.cache is not None:
            self.cache.save_response(response, key)
        return _page(response)

    # -- robots.txt

    def _check_robots(self, url: str) -> None:
        robots = self._robots_for(url)
        if robots.rules is not None and not robots.rules.can_fetch(url, self.user_agent):
            raise FetchError(robots.refusal)

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
                response = self._request(url, robots_txt=True)
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

    def _follow_redirects(self, url: str) -> requests.Response:
        """The final response for ``url``; every hop is scheme- and robots-checked."""
        history: list[requests.Response] = []
        for _ in range(MAX_REDIRECTS + 1):
            response = self._request(url)
            if not response.is_redirect:
                response.history = history
                return response
            response.close()
            history.append(response)
            url = urljoin(url, response.headers["Location"])
            check_scheme(url)
            self._check_robots(url)
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")

    def _request(self, url: str, robots_txt: bool = False) -> requests.Response:
        """One GET with its body read, retried with backoff on 429/5xx, timeouts and broken
        connections. A 4xx answer raises ``FetchError``, except for ``robots_txt``, which also
        follows redirects (pages do that hop by hop in ``_follow_redirects``)."""
        attempts = self.settings.max_retries + 1
        for attempt in range(attempts):
            self._wait_turn(url)
            try:
                return self._attempt(url, robots_txt)
            except _Retryable as retry:
                if attempt == attempts - 1:
                    raise FetchError(f"{retry.reason} (after {attempts} attempts)") from None
                self._back_off(attempt, url, retry.reason, retry.wait)
        raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises

    def _attempt(self, url: str, robots_txt: bool) -> requests.Response:
        try:
            response = self.session.get(
                url, stream=True, allow_redirects=robots_txt, timeout=self.settings.request_timeout
            )
        except requests.Timeout:
            raise _Retryable("timed out") from None
        except requests.ConnectionError as err:
            raise _Retryable(f"connection failed: {_first_line(err)}") from None
        status = f"HTTP {response.status_code} {response.reason or ''}".strip()
        if response.status_code in RETRY_STATUSES:
            response.close()
            raise _Retryable(status, _retry_after(response))
        if response.is_redirect:
            response.close()
            return response
        if response.status_code >= 400 and not robots_txt:
            response.close()
            raise FetchError(status)
        if not robots_txt:
            _check_html_type(response)
        _read_body(response, self.settings.max_page_bytes, self._deadline())
        if not robots_txt:
            _check_markup(response)
        return response

    def _back_off(self, attempt: int, url: str, reason: str, retry_after: float | None = None) -> None:
        wait = retry_after if retry_after is not None else BACKOFF_SECONDS * 2**attempt
        wait = min(max(wait, 0.0), MAX_WAIT_SECONDS)
        log.info("%s: %s; retrying in %.1f s", url, reason, wait)
        self._sleep(wait)

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

    def _deadline(self) -> float:
        """When reading a body must be done: a server dripping bytes counts as a timeout. Real
        time, not the injected clock, which only paces requests."""
        return time.monotonic() + 3 * self.settings.request_timeout


_KEEP_OUT = Protego.parse("User-agent: *\nDisallow: /")


def _check_html_type(response: requests.Response) -> None:
    """Raise unless the Content-Type, when there is one, is HTML (so a PDF is never downloaded)."""
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if content_type and content_type not in HTML_TYPES:
        response.close()
        raise FetchError(f"not an HTML page ({content_type})")


def _check_markup(response: requests.Response) -> None:
    """Raise when a response without a Content-Type does not even start like markup."""
    if not response.headers.get("Content-Type") and not response.content.lstrip(
        b"\xef\xbb\xbf \t\r\n"
    ).startswith(b"<"):
        raise FetchError("not an HTML page (no content type, no markup)")


def _read_body(response: requests.Response, limit: int, deadline: float) -> None:
    """Read the body in chunks into ``response``, stopping once it passes ``limit`` bytes."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        response.close()
        raise FetchError(f"page larger than {limit} bytes ({declared} declared)")
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_content(CHUNK_BYTES):
            size += len(chunk)
            if size > limit:
                raise FetchError(f"page larger than {limit} bytes")
            if time.monotonic() > deadline:
                raise _Retryable("timed out reading the page")
            chunks.append(chunk)
    except requests.RequestException as err:
        raise _Retryable(f"connection broke while reading: {_first_line(err)}") from None
    finally:
        response.close()
    body = b"".join(chunks)
    # What requests itself does when it reads a body, so the response (and its cached copy) has it.
    response._content = body
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


def _retry_after(response: requests.Response) -> float | None:
    """Seconds the server asks to wait: ``Retry-After`` as seconds or as an HTTP date.

    >>> r = requests.Response(); r.headers["Retry-After"] = "7"; _retry_after(r)
    7.0
    """
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return (when - datetime.now(timezone.utc)).total_seconds()


def _first_line(err: Exception) -> str:
    return str(err).splitlines()[0][:200] if str(err) else type(err).__name__
