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
from collections.abc import Iterator

from spacy.attrs import IDX, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from .doctext import kept

_KEY = "extractor.span_index"
_TOKENS_KEY = "extractor.token_starts"
_WORDS_KEY = "extractor.word_positions"
_LOWERS_KEY = "extractor.lowers"


def spans_in(doc: Doc, group: str, start: int, end: int, limit: int | None = None) -> list[Span]:
    """The spans of ``doc.spans[group]`` that start at token ``start`` or later and before
    ``end``, in order of their start (only the first ``limit``, when given)."""
    spans, starts = _index(doc, group)
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    return spans[first : last if limit is None else min(last, first + limit)]


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


def outward(doc: Doc, group: str, figure: Span, start: int, end: int) -> Iterator[tuple[int, int, Span]]:
    """The spans of ``group`` starting among tokens ``start`` to ``end`` (a sentence), nearest
    to ``figure`` first (``nearest_first``), each with its least distance and its place in the
    group's order.

    >>> import spacy
    >>> doc = spacy.blank("id")("Pada 2024 ada 100 peserta dan 2025 ada 200 peserta .")
    >>> doc.spans["times"] = [Span(doc, 1, 2), Span(doc, 6, 7)]
    >>> [(least, s.text) for least, _, s in outward(doc, "times", doc[8:9], 0, len(doc))]
    [(1, '2025'), (6, '2024')]
    """
    spans, starts = _index(doc, group)
    for least, i in nearest_first(starts, figure, start, end, _longest(doc, group)):
        yield least, i, spans[i]


def nearest_first(
    starts: list[int], figure: Span, start: int, end: int, longest: int, inside: bool = True
) -> Iterator[tuple[int, int]]:
    """The indexes of ``starts`` (the starts of spans, in order, none longer than ``longest``)
    that lie among tokens ``start`` to ``end``, nearest to ``figure`` first, each with the fewest
    tokens that can stand between the figure and its span or any span yielded after it (a span
    before the figure may be long). ``inside``: whether spans starting inside the figure are
    read too. A reader that stops once nothing further can win stays linear in a crowded
    sentence.

    >>> import spacy
    >>> doc = spacy.blank("id")("a b c d e f g")
    >>> list(nearest_first([0, 2, 4, 6], doc[3:4], 0, 7, 1))
    [(0, 2), (0, 1), (2, 3), (2, 0)]
    """
    right = bisect_left(starts, max(figure.start if inside else figure.end, start))
    right_end = bisect_left(starts, end)
    left, left_end = bisect_left(starts, min(figure.start, end)) - 1, bisect_left(starts, start)
    while right < right_end or left >= left_end:
        after = max(0, starts[right] - figure.end) if right < right_end else None
        before = max(0, figure.start - starts[left] - longest) if left >= left_end else None
        if before is None or (after is not None and after <= before):
            yield after, right
            right += 1
        else:
            yield before, left
            left -= 1


def _longest(doc: Doc, group: str) -> int:
    spans, _ = _index(doc, group)
    return kept(doc, (_KEY, group, "longest", len(spans)), lambda: max((len(s) for s in spans), default=0))


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
        where, ids = lower_positions(doc), _ids(words)
        # Walk the smaller side: ``where.keys() & ids`` would copy every word of the Doc.
        hits = [w for w in ids if w in where] if len(ids) < len(where) else [w for w in where if w in ids]
        found = doc.user_data[key] = (len(doc), sorted(i for word in hits for i in where[word]))
    return found[1]


_IDS: dict[frozenset[str], frozenset[int]] = {}
_IDS_KEPT = 1000


def _ids(words: frozenset[str]) -> frozenset[int]:
    """spaCy's string ids of ``words``, computed once per word set (a few sets, asked per Doc)."""
    ids = _IDS.get(words)
    if ids is None:
        if len(_IDS) >= _IDS_KEPT:
            _IDS.clear()
        ids = _IDS[words] = frozenset(get_string_id(w) for w in words)
    return ids


def lower_positions(doc: Doc) -> dict[int, list[int]]:
    """Where each lower-case form stands in the Doc, read once from spaCy's token array."""
    found = doc.user_data.get(_LOWERS_KEY)
    if found is None or found[0] != len(doc):
        where: dict[int, list[int]] = {}
        for i, lower in enumerate(doc.to_array(LOWER).tolist()):
            where.setdefault(lower, []).append(i)
        found = doc.user_data[_LOWERS_KEY] = (len(doc), where)
    return found[1]


def words_in(doc: Doc, words: frozenset[str], start: int, end: int) -> list[int]:
    """The positions of ``words`` among tokens ``start`` to ``end``."""
    positions = word_positions(doc, words)
    return positions[bisect_left(positions, start) : bisect_left(positions, end)]


def any_word_in(doc: Doc, words: frozenset[str], start: int, end: int) -> bool:
    """Whether one of ``words`` stands among tokens ``start`` to ``end``: found by bisection, not
    by copying every position between (a sentence of thousands of commas asks it per figure).

    >>> import spacy
    >>> doc = spacy.blank("id")("10 orang , 20 orang , 30 orang")
    >>> any_word_in(doc, frozenset({","}), 0, 3), any_word_in(doc, frozenset({","}), 3, 5)
    (True, False)
    """
    positions = word_positions(doc, words)
    i = bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


def first_word_in(doc: Doc, words: frozenset[str], start: int, end: int) -> int | None:
    """The first position of ``words`` among tokens ``start`` to ``end``, or ``None``."""
    positions = word_positions(doc, words)
    i = bisect_left(positions, start)
    return positions[i] if i < len(positions) and positions[i] < end else None


def last_word_in(doc: Doc, words: frozenset[str], start: int, end: int) -> int | None:
    """The last position of ``words`` among tokens ``start`` to ``end``, or ``None``."""
    positions = word_positions(doc, words)
    i = bisect_left(positions, end) - 1
    return positions[i] if i >= 0 and positions[i] >= start else None


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
