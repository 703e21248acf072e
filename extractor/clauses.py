"""Clauses: where one clause ends and another starts inside a sentence.

A word around a figure says more about it when it stands in the figure's own clause: in
"capaian Kota Bogor 55,32 persen, sementara Kabupaten Bogor baru 36 %" the second rate is the
regency's, and in "Tahun lalu ... 14rb pekerja, namun tahun ini turun menjadi 9.600" the first
figure is last year's. The break words are data (``patterns/clause_breaks.csv``); a comma
alone is no break, since enumerations ("4.600 orang, disusul Mappi 2.100 orang") share one
predicate.

A region named after a figure places it only within a narrower stretch, which any punctuation
that ends a clause closes, a comma included (``ClauseBreaks.punctuated``; ``regions.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from . import language
from .language import LanguageData


@dataclass(frozen=True)
class ClauseBreaks:
    """The clause breaks of one ``LanguageData``: the tokens of ``patterns/clause_breaks.csv``."""

    always: frozenset[str]
    """Tokens that always start a new clause (``namun``, ``;``)."""
    after_comma: frozenset[str]
    """Tokens that start a new clause right after a comma (``, kata``, ``, dari``)."""
    marks: frozenset[str]
    """Punctuation that ends the stretch after a figure a region may still place it in: the
    ``mark`` rows (a comma, colon, bracket or dash) and the punctuation among the breaks."""

    def at(self, doc: Doc, i: int) -> bool:
        """Whether token ``i`` starts a new clause."""
        word = doc[i].lower_
        return word in self.always or (word in self.after_comma and i > 0 and doc[i - 1].text == ",")

    def between(self, doc: Doc, start: int, end: int) -> int:
        """How many clause breaks stand among the tokens ``start`` to ``end``."""
        return sum(1 for i in range(start, end) if self.at(doc, i))

    def punctuated(self, doc: Doc, start: int, end: int) -> bool:
        """Whether any of the ``marks`` stands among the tokens ``start`` to ``end``."""
        return any(t.text in self.marks for t in doc[start:end])


def clause_breaks(doc: Doc) -> ClauseBreaks:
    """The clause breaks of the language data ``doc`` was made with."""
    return language.of(doc).derived("clauses.breaks", _build_breaks)


def _build_breaks(data: LanguageData) -> ClauseBreaks:
    rows = data.table("clause_breaks.csv")
    always = frozenset(r["token"] for r in rows if r["kind"] == "break")
    punctuation = {token for token in always if not any(c.isalnum() for c in token)}
    return ClauseBreaks(
        always,
        frozenset(r["token"] for r in rows if r["kind"] == "after_comma"),
        frozenset(r["token"] for r in rows if r["kind"] == "mark") | punctuation,
    )


def clause_of(span: Span) -> tuple[int, int]:
    """Token bounds of the clause of ``span`` inside its sentence."""
    doc, sentence = span.doc, span.sent
    breaks = clause_breaks(doc)
    start = span.start
    while start > sentence.start and not breaks.at(doc, start):
        start -= 1
    end = span.end
    while end < sentence.end and not breaks.at(doc, end):
        end += 1
    return start, end
