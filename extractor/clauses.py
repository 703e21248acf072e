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

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from . import language, spanindex
from .doctext import kept
from .language import LanguageData

_POSITIONS_KEY = "extractor.clause_breaks"
_CLAUSES_KEY = "extractor.clauses"


ASIDE_MOST = 4
"""The most tokens in a bracketed aside that ends no clause ("(BPU)", "(Disnaker Lahat)")."""


COMMA = frozenset({","})
SENTENCE_STOPS = frozenset({".", "!", "?", "\n", "\n\n"})


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
    to_comma: frozenset[str] = frozenset()
    """Tokens that open a clause ending at the next comma (``Meski ... meningkat, capaian``)."""

    def at(self, doc: Doc, i: int) -> bool:
        """Whether token ``i`` starts a new clause."""
        word = doc[i].lower_
        if word in self.always or word in self.to_comma:
            return True
        after_comma = i > 0 and doc[i - 1].text == ","
        return after_comma and (word in self.after_comma or self._opened_before(doc, i - 1))

    def _opened_before(self, doc: Doc, comma: int) -> bool:
        """Whether a ``to_comma`` word opens the stretch of its sentence that ``comma`` ends."""
        for j in range(comma - 1, -1, -1):
            word = doc[j].lower_
            if word == "," or word in SENTENCE_STOPS:
                return False
            if word in self.to_comma:
                return True
        return False

    def between(self, doc: Doc, start: int, end: int) -> int:
        """How many clause breaks stand among the tokens ``start`` to ``end``."""
        found = self.positions(doc)
        return bisect_left(found, end) - bisect_left(found, start)

    def positions(self, doc: Doc) -> list[int]:
        """The tokens that start a new clause (``at``), in order: found in one pass per Doc and
        kept, so that every figure's clause is looked up, not walked to (``clause_of``)."""
        key = (_POSITIONS_KEY, id(self))
        found = doc.user_data.get(key)
        if found is None or found[0] != len(doc):
            # Looked up in the Doc's index of words (no Token object per token).
            commas = set(spanindex.word_positions(doc, COMMA))
            breaks = set(spanindex.word_positions(doc, self.always))
            breaks.update(i for i in spanindex.word_positions(doc, self.after_comma) if i - 1 in commas)
            breaks.update(self._closed_at_comma(doc, sorted(commas)))
            found = doc.user_data[key] = (len(doc), sorted(breaks))
        return found[1]

    def _closed_at_comma(self, doc: Doc, commas: list[int]) -> list[int]:
        """Where clauses opened by a ``to_comma`` word start and end: the word, and the token
        after its sentence's next comma."""
        found = []
        stops = spanindex.word_positions(doc, SENTENCE_STOPS)
        for i in spanindex.word_positions(doc, self.to_comma):
            found.append(i)
            j = bisect_right(commas, i)
            if (
                j < len(commas)
                and commas[j] + 1 < len(doc)
                and bisect_left(stops, i) == bisect_left(stops, commas[j])
            ):
                found.append(commas[j] + 1)
        return found

    def punctuated(self, doc: Doc, start: int, end: int) -> bool:
        """Whether any of the ``marks`` stands among the tokens ``start`` to ``end``. A short
        aside in brackets ("peserta bukan penerima upah (BPU) di OKI") is none: it names what
        stands before it and ends nothing."""
        i = start
        while i < end:
            text = doc[i].text
            if text == "(":
                reach = range(i + 1, min(end, i + ASIDE_MOST + 2))
                close = next((j for j in reach if doc[j].text == ")"), None)
                if close is not None and not any(t.text in self.marks for t in doc[i + 1 : close]):
                    i = close + 1
                    continue
            if text in self.marks:
                return True
            i += 1
        return False


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
        frozenset(r["token"] for r in rows if r["kind"] == "to_comma"),
    )


def clause_of(span: Span) -> tuple[int, int]:
    """Token bounds of the clause of ``span`` inside its sentence (kept: every figure asks for
    its clause several times)."""
    return kept(span.doc, (_CLAUSES_KEY, span.start, span.end), lambda: _clause_bounds(span))


def _clause_bounds(span: Span) -> tuple[int, int]:
    doc, sentence = span.doc, span.sent
    found = clause_breaks(doc).positions(doc)
    # The last break at or before the span, after the sentence's first token ...
    before = bisect_right(found, span.start) - 1
    start = found[before] if before >= 0 and found[before] > sentence.start else sentence.start
    # ... and the first at or after its end, before the sentence's end.
    after = bisect_left(found, span.end)
    end = found[after] if after < len(found) and found[after] < sentence.end else max(span.end, sentence.end)
    return start, end
