"""Doc text: a Doc's text and its paragraphs, computed once; any value kept per Doc (``kept``);
extension values read fast (``extension``).

spaCy rebuilds ``doc.text`` from every token on each access; components that look at the text
around each figure would pay that once per figure. The text of a Doc never changes, so it is
kept in ``doc.user_data`` after the first call (or given by the pipeline, which has the
article's text: ``remember``), and so are its paragraphs.

Real texts mark paragraphs in two ways: most copied pages put each paragraph on one line,
others leave a blank line between paragraphs and may wrap lines inside them. A paragraph is
therefore a line, joined with the next when it stops mid-sentence (no closing punctuation, and
the next line goes on in lower case).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Hashable
from typing import TypeVar

from spacy.tokens import Doc, Span
from spacy.tokens.underscore import Underscore

T = TypeVar("T")
_KEY = "extractor.text"
_PARAGRAPHS_KEY = "extractor.paragraphs"
_LINE = re.compile(r"[^\n]+")
_CLOSED = (".", "!", "?", ":", ";", '"', "”", "’", "'", ")", "…")


def doc_text(doc: Doc) -> str:
    """The Doc's text (the same string as ``doc.text``), computed on first use only."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def kept(doc: Doc, key: Hashable, build: Callable[[], T]) -> T:
    """A value computed once per Doc and kept in ``doc.user_data`` under ``key``, which names
    everything it depends on (a sentence's bounds, the number of spans it was read from).

    >>> import spacy
    >>> doc = spacy.blank("id")("Ada 100 peserta")
    >>> kept(doc, ("example", 0), lambda: len(doc)), kept(doc, ("example", 0), lambda: -1)
    (3, 3)
    """
    store = doc.user_data
    if key not in store:
        store[key] = build()
    return store[key]


_UNSET = object()


def extension(obj: Doc | Span, name: str):
    """``obj._.<name>`` for an extension with a default value, read where spaCy keeps it (the
    Doc's ``user_data``, under the key its ``Underscore`` uses) without the ``Underscore`` object
    spaCy makes on every ``._`` access: 0.2 µs a read instead of 2.4, and the components read
    some 350 values per article. ``tests/test_doctext.py`` holds it to what ``obj._`` gives.

    >>> import spacy
    >>> doc = spacy.blank("id")("Ada 100 peserta")
    >>> Span.set_extension("example", default=None, force=True)
    >>> doc[1:2]._.example = 100
    >>> extension(doc[1:2], "example"), extension(doc[0:2], "example")
    (100, None)
    """
    if isinstance(obj, Doc):
        found = obj.user_data.get(("._.", name, None, None), _UNSET)
        return Underscore.doc_extensions[name][0] if found is _UNSET else found
    found = obj.doc.user_data.get(("._.", name, obj.start_char, obj.end_char), _UNSET)
    return Underscore.span_extensions[name][0] if found is _UNSET else found


def span_text(span) -> str:
    """A span's text (the same string as ``span.text``), cut from the Doc's text rather than
    joined from its tokens: a sentence of thousands of tokens is quoted by each of its figures."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def remember(doc: Doc, text: str) -> None:
    """Give the Doc its text as it was made from (``nlp.make_doc(text)``), so that no stage
    rebuilds it from the tokens at all."""
    doc.user_data[_KEY] = text


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of a text's paragraphs.

    >>> text = "Judul Berita\\nSatu kalimat.\\nKalimat yang\\nterpotong di sini.\\n\\nLagi."
    >>> [text[s:e] for s, e in paragraphs(text)]
    ['Judul Berita', 'Satu kalimat.', 'Kalimat yang\\nterpotong di sini.', 'Lagi.']
    """
    found: list[tuple[int, int]] = []
    joinable = False
    for match in _LINE.finditer(text):
        line = match.group(0)
        if not line.strip():
            joinable = False
            continue
        start, end = match.start() + len(line) - len(line.lstrip()), match.start() + len(line.rstrip())
        if joinable and found and text[found[-1][1] : start].count("\n") == 1 and line.lstrip()[:1].islower():
            found[-1] = (found[-1][0], end)
        else:
            found.append((start, end))
        joinable = not line.rstrip().endswith(_CLOSED)
    return found


def doc_paragraphs(doc: Doc) -> list[tuple[int, int]]:
    """The paragraphs of a Doc's text (``paragraphs``), computed on first use only."""
    return _indexed(doc)[0]


def paragraph_of(doc: Doc, char: int) -> int:
    """The index of the paragraph a character offset stands in (or the one before it)."""
    return max(bisect_right(_indexed(doc)[1], char) - 1, 0)


def _indexed(doc: Doc) -> tuple[list[tuple[int, int]], list[int]]:
    found = doc.user_data.get(_PARAGRAPHS_KEY)
    if found is None:
        spans = paragraphs(doc_text(doc))
        found = doc.user_data[_PARAGRAPHS_KEY] = (spans, [s for s, _ in spans])
    return found
