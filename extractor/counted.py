"""Counted: what a figure counts, read from the noun right after it.

"978.400 peserta" counts people, "310 kasus" cases, "58 anak" children, "26.570 perusahaan"
companies (never a coverage fact). The nouns and their kinds are data
(``patterns/facts/counted.csv``); a classifier ("dua orang anak") defers to the noun after it,
and two words decide where the first alone cannot ("penerima upah" vs "penerima manfaat").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from . import language, spanindex
from .doctext import extension, kept, paragraph_of
from .language import LanguageData
from .sharewords import share_words
from .timeexpressions import SPAN_KEY as TIMES


def counted_nouns(data: LanguageData) -> dict[str, tuple[str, str]]:
    """Noun after a figure → (kind, reason): ``person``, ``case`` or ``reject``."""
    return data.derived("facts.counted_nouns", _build_counted_nouns)


def _build_counted_nouns(data: LanguageData) -> dict[str, tuple[str, str]]:
    return {row["word"]: (row["kind"], row["reason"]) for row in data.table("facts/counted.csv")}


def counted_kind(span: Span) -> tuple[str | None, str]:
    """What the noun right after a figure says it counts: ``person``, ``worker``, ``case``,
    ``child`` or ``reject`` (with the reason), or ``None``. A classifier ("dua orang anak") defers to the noun
    after it; words saying when ("12 ribu tahun depan") say nothing of what."""
    # Kept per Doc (the figures around one ask for it too), read again once times are found.
    doc = span.doc
    key = (_KEY, span.start, span.end, len(doc.spans.get(TIMES, ())))
    return kept(doc, key, lambda: _counted_kind(span))


_KEY = "extractor.counted_kind"


def _counted_kind(span: Span) -> tuple[str | None, str]:
    counted = counted_nouns(language.of(span.doc))
    # The noun stands in the figure's paragraph: the line after a table row or a list item
    # ("Kota Pontianak | 142.380" then "Kabupaten Kubu Raya | ...") starts something else.
    paragraph = paragraph_of(span.doc, span.start_char)
    following = [
        t
        for t in span.doc[span.end : span.end + 4]
        if not t.is_space and paragraph_of(span.doc, t.idx) == paragraph
    ]
    if following and following[0].text in {"(", "-"}:
        following = following[1:]
    # "1 juta lebih pekerja rentan": the qualifier the figure was read with, then the noun.
    quantity = extension(span, "quantity")
    qualifier = quantity.qualifier_text.lower().split() if quantity is not None else []
    if qualifier and [t.lower_ for t in following[: len(qualifier)]] == qualifier:
        following = following[len(qualifier) :]
    if not following or _starts_time_expression(following[0]) or following[0].text in CELL_SEPARATORS:
        return None, ""  # "| 58,4 | 62,1 |": the next cell is no noun of this one
    if len(following) > 2 and following[0].lower_ == "dari" and following[1].like_num:
        following = following[2:]  # "112 dari 301 desa": what both count is the noun after them
    elif (part := _part_of_them(span, following)) is not None:
        # "Dua di antaranya kasus kematian": a part of cases, named after the words; a part named
        # by people ("2.100 di antaranya pekerja bukan penerima upah") counts what its whole does.
        after = counted.get(part.lower_, (None, ""))
        return after if after[0] in ("case", "reject") else (None, "")
    if len(following) > 1 and following[0].lower_ in _LISTED_WITH and following[1].like_num:
        # "berusia 38, 45 dan 52 tahun": the numbers of a list share the noun after the last.
        return _last_of_the_list(span)
    if len(following) > 1:
        # Two words decide where the first alone cannot: "penerima upah" is a membership segment,
        # "penerima manfaat" a beneficiary.
        pair = counted.get(f"{following[0].lower_} {following[1].lower_}")
        if pair is not None:
            return pair
    kind, reason = counted.get(following[0].lower_.rstrip("/-"), (None, ""))
    if kind == "classifier":
        after = counted.get(following[1].lower_, (None, "")) if len(following) > 1 else (None, "")
        return after if after[0] in ("person", "worker", "case", "child") else ("person", "")
    return kind, reason


def _part_of_them(span: Span, following: list[Token]) -> Token | None:
    """The word after the words that make a count a part of the figure before ("di antaranya",
    share words of role ``of_them``), when they follow the count."""
    words = [t.lower_ for t in following]
    for phrase in share_words(language.of(span.doc))["of_them"]:
        n = len(phrase.split())
        if len(following) > n and words[:n] == phrase.split():
            return following[n]
    return None


_LISTED_WITH = frozenset({",", "dan", "serta", "atau"})
CELL_SEPARATORS = frozenset({"|", "\t"})
"""What ends a table cell: the words after it are the next cell's."""
LIST_MOST = 8
"""How many numbers a list sharing one noun may run to."""


def _last_of_the_list(span: Span) -> tuple[str | None, str]:
    """What the last number of the list the figure opens counts ("38, 45 dan 52 tahun")."""
    doc, i = span.doc, span.end
    for _ in range(LIST_MOST):
        if i + 1 < len(doc) and doc[i].lower_ in _LISTED_WITH and doc[i + 1].like_num:
            i += 2
        else:
            break
    return counted_kind(doc[i - 1 : i])


def label_kind(doc: Doc, label: str) -> tuple[str | None, str]:
    """What a table row's label says its figures count: the kind of its first word that
    counts something ("Perusahaan terdaftar" companies, "Jumlah kasus klaim" cases), or ``None``."""
    counted = counted_nouns(language.of(doc))
    for word in re.findall(r"\w+", label.lower()):
        kind, reason = counted.get(word, (None, ""))
        if kind not in (None, "classifier"):
            return kind, reason
    return None, ""


def _starts_time_expression(token) -> bool:
    return spanindex.starts_at(token.doc, TIMES, token.i)
