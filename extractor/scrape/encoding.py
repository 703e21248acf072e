"""Encoding: the bytes of a page into text, as a browser would read them.

beautifulsoup4's encoding detector does the finding: a byte-order mark first, then the charset
the HTTP header names, then the one the page's ``<meta>`` names. Two rules of browsers (WHATWG
Encoding) come on top: a Latin-1 or ASCII label means windows-1252, and a UTF-16 or UTF-32 label
on bytes that hold no NUL, which an ASCII ``<meta>`` tag never could be, is no UTF-16 at all.

Undeclared, UTF-8 and windows-1252 pages, nearly every Indonesian page, are read as UTF-8 with
any byte that is no UTF-8 read as windows-1252: a page of one encoding comes out whole, and a
UTF-8 page with one stray windows-1252 byte keeps all its other characters. Other declared
encodings go to ``UnicodeDammit``, which falls back to detection when the bytes disagree.
"""

from __future__ import annotations

import codecs

from bs4.dammit import EncodingDetector, UnicodeDammit

_WINDOWS_1252 = "cp1252"
_READ_AS_WINDOWS_1252 = {"cp1252", "iso8859-1", "latin-1", "ascii"}
_ERRORS = "windows-1252-bytes"


def _windows_1252_bytes(error: UnicodeDecodeError) -> tuple[str, int]:
    """The bytes UTF-8 could not decode, decoded as windows-1252 (the five bytes it leaves
    undefined as Latin-1, as browsers do)."""
    bad = error.object[error.start : error.end]
    return "".join(_windows_1252_char(byte) for byte in bad), error.end


def _windows_1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode(_WINDOWS_1252)
    except UnicodeDecodeError:
        return chr(byte)


codecs.register_error(_ERRORS, _windows_1252_bytes)


def decode_html(raw: bytes, declared: str | None = None) -> str:
    """The text of an HTML page; ``declared`` is the charset the HTTP header names.

    >>> decode_html("Rp 42 juta “santunan”".encode("cp1252"), "iso-8859-1")
    'Rp 42 juta “santunan”'
    >>> decode_html("<p>Kaltim — 13.289</p>".encode())
    '<p>Kaltim — 13.289</p>'
    >>> decode_html("<p>André — “13.289”</p>".encode() + b" \\x93ok\\x94")
    '<p>André — “13.289”</p> “ok”'
    >>> decode_html(b'<meta charset="utf-16"><p>Kaltim 13.289</p>')
    '<meta charset="utf-16"><p>Kaltim 13.289</p>'
    """
    body, by_mark = EncodingDetector.strip_byte_order_mark(raw)
    if by_mark:
        return body.decode(by_mark, "replace")
    encoding = _browser_encoding(declared, raw) or _browser_encoding(
        EncodingDetector.find_declared_encoding(raw, is_html=True), raw
    )
    if encoding in (None, "utf-8", _WINDOWS_1252):
        return raw.decode("utf-8", errors=_ERRORS)
    text = UnicodeDammit(raw, known_definite_encodings=[encoding], is_html=True).unicode_markup
    return text if text is not None else raw.decode("utf-8", errors=_ERRORS)


def _browser_encoding(label: str | None, raw: bytes) -> str | None:
    """The Python codec a browser would use for a charset label, or ``None`` for a label that
    names no encoding or cannot be true of ``raw``.

    >>> [_browser_encoding(label, b"<p>abc</p>") for label in ("ISO-8859-1", "utf-16", "x", "GBK")]
    ['cp1252', None, None, 'gbk']
    """
    if not label:
        return None
    try:
        codec = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    if codec in _READ_AS_WINDOWS_1252:
        return _WINDOWS_1252
    if codec.startswith(("utf-16", "utf-32")) and b"\x00" not in raw[:1024]:
        return None
    return codec
