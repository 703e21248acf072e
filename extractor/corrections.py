"""Correction notices: an editor's note at the foot of an article that a figure printed above
was wrong, and what the right one is ("Ralat: Pada berita ini sebelumnya tertulis 17.500
orang. Angka yang benar adalah 15.700 orang.").

This module owns reading them: which paragraphs are notices, and in each, which figure was
printed wrongly and which figure is right, paired in order by kind of unit. A speaker who takes
a figure back in the body ("ia meralat angka tersebut. 'Yang benar 2.100 nelayan'") makes a
notice of one pair too, the right figure's sentence. Its words are data
(``patterns/facts/corrections.csv``). ``facts`` gives the right figure the fact the wrong one
made in the body (its region, year and metric) and takes the wrong one back; where the body was
already mended and prints the right figure, the notice makes no fact at all, and where it prints
neither, the right figure takes the fact the wrong one makes in the notice's own words.
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
    by: str = "the correction notice"
    """Who corrects: an editor's notice, or a speaker in the body ("the speaker")."""


def _words(data: LanguageData) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The opening of a notice, the words that give the right figure, the words a speaker
    takes a figure back with, and the words that deny a figure after the right one, as patterns."""
    return data.derived("corrections.words", _build_words)


def _build_words(data: LanguageData) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    rows = data.table("facts/corrections.csv")

    def phrases(role: str) -> str:
        return "|".join(re.escape(r["phrase"]) for r in rows if r["role"] == role)

    opens = re.compile(
        rf"\W*(?:(?:{phrases('opens')})\b[^:\n]{{0,{OPENING_CHARS}}}:|(?:{phrases('opens_sentence')})\b)",
        re.IGNORECASE,
    )
    right = re.compile(rf"\b(?:{phrases('right')})\b", re.IGNORECASE)
    retracts = re.compile(rf"\b(?:{phrases('retracts')})\b", re.IGNORECASE)
    denied = re.compile(rf"\b(?:{phrases('denied')})\b", re.IGNORECASE)
    return opens, right, retracts, denied


def notices(doc: Doc) -> tuple[Notice, ...]:
    """The correction notices of a Doc that state a right figure, in text order (found once per
    Doc).

    >>> from extractor import pipeline
    >>> doc = pipeline.build()("Pemkab menanggung iuran 17.500 pekerja.\\n\\nRalat: Sebelumnya "
    ...     "tertulis 17.500 orang. Angka yang benar adalah 15.700 orang.")
    >>> [(c.wrong.text, c.right.text) for n in notices(doc) for c in n.corrections]
    [('17.500', '15.700')]
    """
    return kept(
        doc, "corrections.notices", lambda: tuple(sorted([*_read(doc), *_spoken(doc)], key=lambda n: n.start))
    )


def _read(doc: Doc):
    opens, right, _, denied = _words(language.of(doc))
    text = doc_text(doc)
    for start, end in doc_paragraphs(doc):
        if not opens.match(text, start):
            continue
        first, last = spanindex.token_at(doc, start), spanindex.token_at(doc, end)
        wrong: list[Span] = []
        rights: list[Span] = []
        for figure in spanindex.spans_in(doc, numbers.SPAN_KEY, first, last):
            sentence = figure.sent
            said = right.search(text, sentence.start_char, figure.start_char)
            # "seharusnya 2.400 orang, bukan 4.200 orang": the figure denied after the right one
            if said is None or denied.search(text, said.end(), figure.start_char):
                wrong.append(figure)
            else:
                rights.append(figure)
        pairs: list[Correction] = []
        for figure in rights:
            match = next((w for w in wrong if _kind(w) == _kind(figure)), None)
            if match is not None:
                wrong.remove(match)
                pairs.append(Correction(match, figure))
        if pairs:
            yield Notice(start, end, tuple(pairs))


RIGHT_WITHIN = 2
"""In how many sentences after the one that takes a figure back the right figure may stand."""
WRONG_WITHIN = 2
"""In how many sentences before the one that takes a figure back the figure taken back may stand."""


def _spoken(doc: Doc):
    """A speaker taking a figure back in the body: the first figure after a "right" phrase in
    the sentences after a word of retraction, and the latest figure of its kind before that
    word ("sempat menyebut 1.200 orang. ... ia meralat angka tersebut. 'Yang benar 2.100
    nelayan,' katanya"). The right figure's sentence is a notice of that one pair."""
    _, right, retracts, _ = _words(language.of(doc))
    text = doc_text(doc)
    for found in retracts.finditer(text):
        at = spanindex.token_at(doc, found.start())
        figure = _right_after(doc, right, at, found.end())
        if figure is None:
            continue
        first = doc[at].sent
        for _ in range(WRONG_WITHIN):
            first = _next_sentence(first, -1) or first
        earlier = spanindex.spans_in(doc, numbers.SPAN_KEY, first.start, at)
        wrong = next((q for q in reversed(earlier) if q.end <= at and _kind(q) == _kind(figure)), None)
        if wrong is not None:
            sentence = figure.sent
            yield Notice(
                sentence.start_char, sentence.end_char, (Correction(wrong, figure),), by="the speaker"
            )


def _right_after(doc: Doc, right: re.Pattern, at: int, after_char: int) -> Span | None:
    """The first figure after a "right" phrase in the sentence of token ``at`` (after character
    ``after_char``) or in the few sentences after it."""
    text = doc_text(doc)
    sentence = doc[at].sent
    for _ in range(RIGHT_WITHIN + 1):
        said = right.search(text, max(sentence.start_char, after_char), sentence.end_char)
        if said is not None:
            figures = spanindex.spans_in(doc, numbers.SPAN_KEY, sentence.start, sentence.end)
            return next((q for q in figures if q.start_char >= said.end()), None)
        sentence = _next_sentence(sentence, 1)
        if sentence is None:
            return None
    return None


def _next_sentence(sentence: Span, step: int) -> Span | None:
    """The sentence of words after (``step`` 1) or before (-1) this one, past the breaks between
    paragraphs; ``None`` at either end of the text."""
    doc = sentence.doc
    while True:
        at = sentence.end if step > 0 else sentence.start - 1
        if not 0 <= at < len(doc):
            return None
        sentence = doc[at].sent
        if sentence.text.strip():
            return sentence


def _kind(figure: Span) -> str:
    """Money, a rate or a count: what a right figure must be to stand for a wrong one."""
    unit = extension(figure, "quantity").unit
    return unit if unit in ("IDR", "percent") else "count"


def in_notice(doc: Doc, char: int) -> Notice | None:
    """The correction notice holding character ``char``, if any."""
    return next((n for n in notices(doc) if n.start <= char < n.end), None)
