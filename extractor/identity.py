"""Identity: which article an input is, so that reading it again, however it is spelled, finds
the same stored article instead of adding a second one.

The id of an article is:

- for a URL: the URL normalised (``url_id``): scheme and host in lower case, no default port, no
  fragment, no ``utm_*``/``fbclid``/``gclid`` parameters, no trailing slash; ``HTTPS://X.id/a/``
  and ``https://x.id/a#top`` are one article;
- for a file (text, saved page or JSON Lines file): its path (``Identity.of_path``), resolved
  (absolute, symbolic links followed) and written relative to the root when it lies under it,
  else absolute. The root is the working directory unless ``--id-root`` names another, so
  ``corpus/a.txt``, ``./corpus/a.txt`` and ``/home/me/corpus/a.txt`` are one article;
- for standard input: ``stdin:`` and the first 16 hex digits of the text's SHA-256
  (``Identity.of_stdin``), unless ``--id`` gives one: the same text is the same article, and two
  different texts piped in one after the other are two;
- for a JSON Lines record: its own ``"id"`` (the publisher's), else its ``"url"`` normalised,
  else the file's id and the line number (``archive/export.jsonl:12``).

Databases written before this rule keep rows under the old spellings (``./corpus/a.txt``, an
absolute path, ``-`` for standard input, a URL as typed). ``Identity.current`` says which id
today's rule gives such a row, so storing the article again replaces the old row instead of
doubling it (``api.run`` does this). Relative paths stored from another working directory
cannot be told apart from record ids, and stay as they are.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import SplitResult, urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
TRACKING_PARAMETER = re.compile(r"(?:utm_[^=]*|fbclid|gclid)(?:=|$)", re.IGNORECASE)
STDIN_PREFIX = "stdin:"
LEGACY_STDIN_ID = "-"
"""The id every standard-input article had before this rule."""


def is_url(source: str) -> bool:
    """Whether an input is an http(s) URL (any case of the scheme)."""
    return re.match(r"https?://", source, re.IGNORECASE) is not None


def url_id(url: str) -> str:
    """The id of a URL: the same page however the URL is written.

    >>> url_id("HTTPS://Kaltimtoday.CO:443/berita/2025/kukar/?utm_source=fb&id=7#komentar")
    'https://kaltimtoday.co/berita/2025/kukar?id=7'
    >>> url_id("http://x.id"), url_id("http://x.id:8080/a/"), url_id("https://x.id/a?fbclid=1")
    ('http://x.id/', 'http://x.id:8080/a', 'https://x.id/a')
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    path = parts.path.rstrip("/") or "/"
    query = "&".join(p for p in parts.query.split("&") if p and not TRACKING_PARAMETER.match(p))
    return urlunsplit((scheme, _netloc(parts, scheme), path, query, ""))


def _netloc(parts: SplitResult, scheme: str) -> str:
    """Host (lower case, no user name or password) and port, unless it is the default one."""
    host = (parts.hostname or "").lower()
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:  # a port that is no number: the host part as written
        return parts.netloc.rpartition("@")[2].lower()
    return host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"


@dataclass(frozen=True)
class Identity:
    """The ids of the articles of one run: paths are written relative to ``root``, and the
    standard-input article gets ``stdin_id`` when one is given."""

    root: Path = field(default_factory=lambda: Path.cwd().resolve())
    stdin_id: str | None = None

    @classmethod
    def under(cls, root: str | Path | None = None, stdin_id: str | None = None) -> Identity:
        """The identity of a run whose paths are relative to ``root`` (the working directory
        when ``None``)."""
        return cls(Path(root or ".").resolve(), stdin_id)

    def of_path(self, path: str | Path) -> str:
        """The id of a file: resolved, relative to the root when under it, with ``/``.

        >>> identity = Identity(Path("/data"))
        >>> identity.of_path("/data/corpus/../corpus/a.txt"), identity.of_path("/elsewhere/b.txt")
        ('corpus/a.txt', '/elsewhere/b.txt')
        """
        resolved = Path(path).resolve()
        try:
            return resolved.relative_to(self.root).as_posix()
        except ValueError:
            return resolved.as_posix()

    def of_stdin(self, text: str) -> str:
        """The id of the standard-input article: the one given, else its text's hash.

        >>> Identity(Path("/")).of_stdin("Isi."), Identity(Path("/"), "kukar-1").of_stdin("Isi.")
        ('stdin:54024fe9b7279140', 'kukar-1')
        """
        if self.stdin_id:
            return self.stdin_id
        return STDIN_PREFIX + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    def current(self, stored_id: str) -> str | None:
        """The id today's rule gives the article stored under ``stored_id``, when that is another
        one: an older spelling of a path or URL. ``None`` when the id is already today's or
        cannot be told (a relative name like ``corpus/a.txt`` or a record id like ``art-1``).
        A relative path is read from the working directory, as the older run read it.
        The standard-input articles of old (``-``) are matched by their text, not here.

        >>> identity = Identity()  # the working directory is the root
        >>> spellings = ("./corpus/a.txt", str(Path.cwd() / "corpus/a.txt"), "corpus/a.txt")
        >>> [identity.current(i) for i in spellings]
        ['corpus/a.txt', 'corpus/a.txt', None]
        >>> identity.current("https://X.id/a/"), identity.current("https://x.id/a"), identity.current("art-1")
        ('https://x.id/a', None, None)
        """
        if is_url(stored_id):
            today = url_id(stored_id)
        elif _spelled_canonically(stored_id) or stored_id == LEGACY_STDIN_ID:
            return None
        else:
            today = self.of_path(stored_id)
        return today if today != stored_id else None


def _spelled_canonically(path: str) -> bool:
    """Whether a stored relative id is already written as today's rule writes one (no ``.`` or
    ``..`` part, no doubled or trailing slash): if it is a path at all, it is today's id."""
    return not os.path.isabs(path) and path == Path(path).as_posix() and ".." not in Path(path).parts
