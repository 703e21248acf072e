"""Encoding: the bytes of a page into text."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_WESTERN_SINGLE_BYTE = {"cp1252", "iso8859-1", "ascii", "latin-1"}
_LIKELY_LEGACY = ["cp1252", "iso8859_15", "utf_16"]
"""What an undeclared non-UTF-8 Indonesian page is written in. Asked first, because with a few
accented letters among ASCII, charset-normalizer finds Baltic and DOS code pages just as likely."""


_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def decode_html(raw: bytes, declared: str | None = None) -> str:
    """The text of an HTML page: by its byte-order mark, else the charset the HTTP header
    (``declared``) or the page's ``<meta>`` names, else UTF-8, else what charset-normalizer finds.

    A page declared Latin-1 or windows-1252 whose bytes are valid UTF-8 is UTF-8: the mislabel is
    common, and Latin-1 text is almost never valid UTF-8 by accident.

    >>> decode_html("Rp 42 juta “santunan”".encode("cp1252"), "iso-8859-1")
    'Rp 42 juta “santunan”'
    >>> decode_html("<p>Kaltim — 13.289</p>".encode())
    '<p>Kaltim — 13.289</p>'
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom) :].decode(encoding, "replace")
    meta = _META_CHARSET.search(raw[:4096])
    for name in (declared, meta.group(1).decode("ascii", "ignore") if meta else None):
        encoding = _codec(name)
        if encoding is None:
            continue
        if encoding in _WESTERN_SINGLE_BYTE and not raw.isascii():
            utf8 = _strict(raw, "utf-8")
            if utf8 is not None:
                return utf8
        text = _strict(raw, encoding)
        if text is not None:
            return text
    text = _strict(raw, "utf-8")
    if text is not None:
        return text
    best = from_bytes(raw, cp_isolation=_LIKELY_LEGACY).best() or from_bytes(raw).best()
    return str(best) if best is not None else raw.decode("cp1252", "replace")


def _codec(name: str | None) -> str | None:
    """The Python codec for a declared charset; Latin-1 and ASCII mean windows-1252, as browsers read them."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip()).name
    except LookupError:
        return None
    return "cp1252" if codec in _WESTERN_SINGLE_BYTE else codec


def _strict(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
