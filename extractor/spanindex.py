"""Span lookups by position: the spans of a Doc's span group (figures, times, region mentions)
that start inside a stretch of tokens, found by bisection in an index built once per group.

Every figure asks about its own sentence ("the times of my sentence", "does my sentence name a
region?"); scanning the whole group each time would make reading an article quadratic in its
length. The index is rebuilt only when the group changes size (a component added spans).

>>> import spacy
>>> from spacy.tokens import Span
>>> doc = spacy.blank("id")("Pada 2024 ada 100 peserta dan 2025 ada 200 peserta .")
>>> doc.spans["times"] = [Span(doc, 6, 7), Span(doc, 1, 2)]
>>> [s.text for s in spans_in(doc, "times", 0, 5)], [s.text for s in spans_in(doc, "times", 5, 12)]
(['2024'], ['2025'])
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.attrs import IDX
from spacy.tokens import Doc, Span

_KEY = "extractor.span_index"
_TOKENS_KEY = "extractor.token_starts"
_WORDS_KEY = "extractor.word_positions"


def spans_in(doc: Doc, group: str, start: int, end: int) -> list[Span]:
    """The spans of ``doc.spans[group]`` that start at token ``start`` or later and before
    ``end``, in order of their start."""
    spans, starts = _index(doc, group)
    return spans[bisect_left(starts, start) : bisect_left(starts, end)]


def spans_within(span: Span, group: str) -> list[Span]:
    """The spans of ``group`` that start inside ``span`` (a sentence, a clause)."""
    return spans_in(span.doc, group, span.start, span.end)


def spans_ending_in(doc: Doc, group: str, start: int, end: int) -> list[Span]:
    """The spans of ``doc.spans[group]`` that end at token ``start`` or later and before ``end``
    (their ``end``, one past their last token), in order of their end.

    >>> import spacy
    >>> doc = spacy.blank("id")("Ada 100 peserta , 200 orang")
    >>> doc.spans["figures"] = [Span(doc, 1, 2), Span(doc, 4, 5)]
    >>> [s.text for s in spans_ending_in(doc, "figures", 2, 3)], spans_ending_in(doc, "figures", 3, 5)
    (['100'], [])
    """
    spans, ends = _index(doc, group, by_end=True)
    return spans[bisect_left(ends, start) : bisect_left(ends, end)]


def first_in(doc: Doc, group: str, start: int, end: int) -> Span | None:
    """The first span of ``doc.spans[group]`` that starts at token ``start`` or later and before
    ``end``, or ``None``: one bisection, no list."""
    spans, starts = _index(doc, group)
    i = bisect_left(starts, start)
    return spans[i] if i < len(spans) and starts[i] < end else None


def starts_at(doc: Doc, group: str, i: int) -> bool:
    """Whether a span of ``group`` starts at token ``i``."""
    return bool(spans_in(doc, group, i, i + 1))


def word_positions(doc: Doc, words: frozenset[str]) -> list[int]:
    """The tokens whose lower-case form is one of ``words``, in order: found in one pass per Doc
    and kept, so that asking "which of these words stand before the figure?" for every figure
    of a long sentence looks up, not scans.

    >>> import spacy
    >>> doc = spacy.blank("id")("Jika ada 10 peserta , maka jika 20")
    >>> word_positions(doc, frozenset({"jika"})), words_in(doc, frozenset({"maka"}), 0, 4)
    ([0, 6], [])
    """
    key = (_WORDS_KEY, words)
    found = doc.user_data.get(key)
    if found is None or found[0] != len(doc):
        found = doc.user_data[key] = (len(doc), [t.i for t in doc if t.lower_ in words])
    return found[1]


def words_in(doc: Doc, words: frozenset[str], start: int, end: int) -> list[int]:
    """The positions of ``words`` among tokens ``start`` to ``end``."""
    positions = word_positions(doc, words)
    return positions[bisect_left(positions, start) : bisect_left(positions, end)]


def token_at(doc: Doc, char: int) -> int:
    """The index of the token that holds character offset ``char``, or the first after it.

    >>> import spacy
    >>> doc = spacy.blank("id")("Ada 100 peserta")
    >>> token_at(doc, 0), token_at(doc, 5), token_at(doc, 99)
    (0, 1, 3)
    """
    starts = doc.user_data.get(_TOKENS_KEY)
    if starts is None or len(starts) != len(doc):
        # Read from spaCy's token array: no Token object made per token.
        starts = doc.user_data[_TOKENS_KEY] = doc.to_array(IDX).tolist()
    i = bisect_left(starts, char)
    if i < len(doc) and starts[i] == char:
        return i
    if i > 0 and char < starts[i - 1] + len(doc[i - 1]):
        return i - 1
    return i


def _index(doc: Doc, group: str, by_end: bool = False) -> tuple[list[Span], list[int]]:
    current = doc.spans.get(group, [])
    indexes = doc.user_data.setdefault(_KEY, {})
    key = (group, "end") if by_end else group
    found = indexes.get(key)
    if found is None or len(found[0]) != len(current):
        if by_end:
            spans = sorted(current, key=lambda s: (s.end, s.start))
            found = indexes[key] = (spans, [s.end for s in spans])
        else:
            spans = sorted(current, key=lambda s: (s.start, s.end))
            found = indexes[key] = (spans, [s.start for s in spans])
    return found
