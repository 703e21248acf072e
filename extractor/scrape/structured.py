"""Structured data: what a page writes for machines, gathered once for ``metadata``.

- JSON-LD objects, ``@graph`` and lists flattened, read leniently and one script at a time (a
  page's broken ad script must not cost it its article object), the article object naming the
  page first (``patterns/scrape/jsonld_types.txt``);
- ``<meta>`` values by name, property or itemprop, and other elements' ``itemprop``, read after
  the chrome is cut so the microdata of a related-news box does not count;
- the page's machine-readable dates as one small document for htmldate (``machine_dates``).
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from .rules import Rules
from .text import squash

log = logging.getLogger(__name__)


# -- JSON-LD


def jsonld_objects(soup: BeautifulSoup, rules: Rules, url: str | None = None) -> list[dict]:
    """Every JSON-LD object of the page: the article objects first, the one naming ``url`` first
    among them, then the others (a WebPage may carry the date alone); else in page order."""
    objects: list[dict] = []
    for script in soup.find_all("script", type=re.compile(r"ld\+json", re.IGNORECASE)):
        objects.extend(_flatten(_loads(script.string or script.get_text())))

    def rank(obj: dict) -> tuple[bool, bool]:
        own = [obj.get("url"), obj.get("@id"), obj.get("mainEntityOfPage")]
        own = [o.get("@id") if isinstance(o, dict) else o for o in own]
        names_page = bool(url) and any(isinstance(o, str) and _same_page(o, url) for o in own)
        return (not types(obj) & rules.article_types, not names_page)

    return sorted(objects, key=rank)


def _loads(text: str):
    """JSON-LD as sites write it: sometimes inside an HTML comment, with raw newlines in strings
    or with trailing commas."""
    text = text.strip().removeprefix("<!--").removesuffix("-->").strip()
    for attempt in (text, re.sub(r",\s*([}\]])", r"\1", re.sub(r"[\x00-\x1f]+", " ", text))):
        try:
            return json.loads(attempt)
        except json.JSONDecodeError:
            continue
    log.debug("unreadable JSON-LD skipped")
    return None


def _flatten(data) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        yield from _flatten(data.get("@graph"))
        if isinstance(data.get("mainEntity"), dict):
            yield from _flatten(data["mainEntity"])


def types(obj: dict) -> set[str]:
    """The lower-cased ``@type`` names of a JSON-LD object (``https://schema.org/`` cut off)."""
    return {str(t).lower().rsplit("/", 1)[-1] for t in as_list(obj.get("@type"))}


def _same_page(a: str, b: str) -> bool:
    """Same page, ignoring scheme, ``www.``, a trailing slash, query and fragment."""

    def norm(u: str) -> str:
        parts = urlsplit(u.strip())
        return (parts.netloc.lower().removeprefix("www.") + parts.path.rstrip("/")).lower()

    return norm(a) == norm(b)


def as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


# -- meta tags and microdata


def meta_values(soup: BeautifulSoup) -> dict[str, list[str]]:
    """Values of ``<meta>`` tags by lower-cased name/property/itemprop, and of other elements'
    ``itemprop`` (content=, datetime= or text), in page order."""
    values: dict[str, list[str]] = {}
    for element in soup.find_all(lambda tag: tag.name == "meta" or tag.has_attr("itemprop")):
        if element.name == "meta":
            keys = " ".join(str(element.get(a) or "") for a in ("name", "property", "itemprop"))
            value = element.get("content")
        else:
            keys = str(element.get("itemprop"))
            value = element.get("content") or element.get("datetime") or element.get_text(" ", strip=True)
        if not isinstance(value, str) or not value.strip():
            continue
        for key in keys.lower().split():
            values.setdefault(key, []).append(squash(value))
    return values


def meta_field(meta: dict[str, list[str]], field: str, rules: Rules) -> Iterator[str]:
    """The values of the meta names ``patterns/scrape/meta.csv`` gives ``field``, in its order."""
    for name in rules.meta.get(field, ()):
        yield from meta.get(name, ())


# -- dates for machines

_DATE_KEY = re.compile(r"date|time|publish|created|issued", re.IGNORECASE)
_CHANGE_KEY = re.compile(r"modif|updat|last|expir", re.IGNORECASE)


def machine_dates(jsonld: Iterable[dict], soup: BeautifulSoup, rules: Rules) -> str:
    """A small HTML document of the page's machine-readable publication dates, most trusted first,
    for htmldate to parse and choose from (it takes the first valid meta date, then microdata,
    ``<abbr title>`` and ``<time>``):

    1. the ``datePublished`` of the JSON-LD objects, the page's article first;
    2. the page's date meta tags, in page order; the names of Indonesian CMSs that htmldate does
       not know (``meta.csv``, field ``published``) renamed to one it does;
    3. its ``<time>`` and ``<abbr>`` elements and its microdata publication dates.

    Left out: modification dates, which htmldate falls back to when it finds no publication date,
    and everything else the page shows, so that htmldate's guesses from visible text never come
    before the dateline the page prints by its headline.

    >>> from extractor.scrape.rules import rules_of
    >>> page = BeautifulSoup(
    ...     '<meta name="content_PublishedDate" content="2025-02-05 10:15:32">'
    ...     '<meta property="article:modified_time" content="2025-02-06"><time datetime="2025-02-05">',
    ...     "lxml",
    ... )
    >>> print(machine_dates([{"datePublished": "2025-02-04"}], page, rules_of()))
    <html><head><meta name="datepublished" content="2025-02-04"/><meta name="date"
    content="2025-02-05 10:15:32"/></head><body><time datetime="2025-02-05"></time></body></html>
    """
    head = [
        _meta("name", "datepublished", value) for obj in jsonld for value in as_list(obj.get("datePublished"))
    ]
    indonesian = set(rules.meta.get("published", ()))
    for element in soup.find_all("meta", content=True):
        attributes = {
            a: str(element.get(a)) for a in ("name", "property", "itemprop", "http-equiv") if element.get(a)
        }
        keys = " ".join(attributes.values())
        if not _DATE_KEY.search(keys) or _CHANGE_KEY.search(keys):
            continue
        if indonesian & set(keys.lower().split()):
            attributes = {"name": "date"}
        head.append(_meta(*next(iter(attributes.items())), element["content"]))
    body = [
        str(element)
        for element in soup.find_all(lambda tag: tag.name in ("time", "abbr") or _published_itemprop(tag))
        if not _CHANGE_KEY.search(str(element.get("itemprop") or ""))
    ]
    return f"<html><head>{''.join(head)}</head><body>{''.join(body)}</body></html>"


def _meta(attribute: str, key: str, value: object) -> str:
    return f'<meta {attribute}="{html.escape(key)}" content="{html.escape(_timestamp_as_iso(str(value)))}"/>'


def _timestamp_as_iso(value: str) -> str:
    """A Unix timestamp, in seconds or milliseconds as some CMSs write it, as the ISO time htmldate
    reads; any other value as it is.

    >>> _timestamp_as_iso("1740971700"), _timestamp_as_iso("1740971700000"), _timestamp_as_iso("2025-03-03")
    ('2025-03-03T03:15:00+00:00', '2025-03-03T03:15:00+00:00', '2025-03-03')
    """
    value = value.strip()
    if value.isdigit() and len(value) in (10, 13):
        return datetime.fromtimestamp(int(value[:10]), timezone.utc).isoformat()
    return value


def _published_itemprop(tag) -> bool:
    return tag.name != "meta" and bool(_DATE_KEY.search(str(tag.get("itemprop") or "")))
