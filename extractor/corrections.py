"""Correction notices: an editor's note at the foot of an article that a figure printed above
was wrong, and what the right one is ("Ralat: Pada berita ini sebelumnya tertulis 17.500
orang. Angka yang benar adalah 15.700 orang.").

This module owns reading them: which paragraphs are notices, and in each, which figure was
printed wrongly and which figure is right, paired in order by kind of unit. Its words are data
(``patterns/facts/corrections.csv``). ``facts`` gives the right figure the fact the wrong one
made in the body (its region, year and metric) and takes the wrong one back; where the body was
already mended and no longer prints the wrong figure, the notice makes no fact at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from . import language, numbers, spanindex
from .doctext import doc_paragraphs, doc_text, extension, kept
from .language import LanguageData

OPENING_CHARS = 60
"""How far after a notice's opening word its colon may stand ("Pembaruan, Jumat (17/3/2023) pukul
09.10 WIB:")."""


@dataclass(frozen=True)
class Correction:
    """One figure a notice says was printed wrongly, and the right one it gives for it."""

    wrong: Span
    right: Span


@dataclass(frozen=True)
class Notice:
    """One correction notice that states a right figure: where it stands (characters) and the
    figures it pairs."""

    start: int
    end: int
    corrections: tuple[Correction, ...]


def _words(data: LanguageData) -> tuple[re.Pattern, re.Pattern]:
    """The opening of a notice and the words that give the right figure, as patterns."""
    return data.derived("corrections.words", _build_words)


def _build_words(data: LanguageData) -> tuple[re.Pattern, re.Pattern]:
    rows = data.table("facts/corrections.csv")

    def phrases(role: str) -> str:
        return "|".join(re.escape(r["phrase"]) for r in rows if r["role"] == role)

    opens = re.compile(rf"\W*(?:{phrases('opens')})\b[^:\n]{{0,{OPENING_CHARS}}}:", re.IGNORECASE)
    right = re.compile(rf"\b(?:{phrases('right')})\b", re.IGNORECASE)
    return opens, right


def notices(doc: Doc) -> tuple[Notice, ...]:
    """The correction notices of a Doc that state a right figure, in text order (found once per
    Doc).

    >>> from extractor import pipeline
    >>> doc = pipeline.build()("Pemkab menanggung iuran 17.500 pekerja.\\n\\nRalat: Sebelumnya "
    ...     "tertulis 17.500 orang. Angka yang benar adalah 15.700 orang.")
    >>> [(c.wrong.text, c.right.text) for n in notices(doc) for c in n.corrections]
    [('17.500', '15.700')]
    """
    return kept(doc, "corrections.notices", lambda: tuple(_read(doc)))


def _read(doc: Doc):
    opens, right = _words(language.of(doc))
    text = doc_text(doc)
    for start, end in doc_paragraphs(doc):
        if not opens.match(text, start):
            continue
        first, last = spanindex.token_at(doc, start), spanindex.token_at(doc, end)
        wrong: list[Span] = []
        pairs: list[Correction] = []
        for figure in spanindex.spans_in(doc, numbers.SPAN_KEY, first, last):
            sentence = figure.sent
            if right.search(text, sentence.start_char, figure.start_char) is None:
                wrong.append(figure)
                continue
            kind = _kind(figure)
            match = next((w for w in wrong if _kind(w) == kind), None)
            if match is not None:
                wrong.remove(match)
                pairs.append(Correction(match, figure))
        if pairs:
            yield Notice(start, end, tuple(pairs))


def _kind(figure: Span) -> str:
    """Money, a rate or a count: what a right figure must be to stand for a wrong one."""
    unit = extension(figure, "quantity").unit
    return unit if unit in ("IDR", "percent") else "count"


def in_notice(doc: Doc, char: int) -> Notice | None:
    """The correction notice holding character ``char``, if any."""
    return next((n for n in notices(doc) if n.start <= char < n.end), None)
