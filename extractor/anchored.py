"""Token patterns matched only where they can match: spaCy's ``Matcher`` run on the few windows
around the words a pattern must contain, not over the whole Doc.

spaCy's ``Matcher`` tries every pattern at every token. A cue pattern always holds a word from a
short list at a bounded distance from its start (``yang belum ,``: "belum" one token in), so
the tokens that can start a match are those near one of its words, found in the Doc's word index
(``spanindex.word_positions``). Each pattern is matched on the merged windows around its words;
a pattern with no such word, or of unbounded length, is matched on the whole Doc. The matches
are exactly the ``Matcher``'s on the whole Doc, in order of start, end and pattern.

>>> import spacy
>>> nlp = spacy.blank("id")
>>> matcher = AnchoredMatcher(nlp.vocab)
>>> matcher.add("still", [{"LOWER": "yang"}, {"LOWER": "belum"}, {"IS_PUNCT": True}])
>>> doc = nlp("ada 10 yang sudah , dan 20 yang belum .")
>>> [(doc.vocab.strings[key], doc[start:end].text) for key, start, end in matcher(doc)]
[('still', 'yang belum .')]
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .spanindex import word_positions

_REPEAT = re.compile(r"^\{(\d*)(?:(,)(\d*))?\}$")


def repetitions(op: str | None) -> tuple[int, float]:
    """The least and most times a token spec with operator ``op`` matches.

    >>> repetitions(None), repetitions("?"), repetitions("+"), repetitions("{0,3}"), repetitions("{2}")
    ((1, 1), (0, 1), (1, inf), (0, 3), (2, 2))
    >>> repetitions("!"), repetitions("{,2}"), repetitions("{1,}")
    ((1, 1), (0, 2), (1, inf))
    """
    if op in (None, "!", "1"):
        return 1, 1
    if op == "?":
        return 0, 1
    if op == "*":
        return 0, math.inf
    if op == "+":
        return 1, math.inf
    found = _REPEAT.match(op)
    if found is None:
        raise ValueError(f"unknown token pattern operator {op!r}")
    least, comma, most = found.groups()
    low = int(least or 0)
    if not comma:
        return low, low
    return low, int(most) if most else math.inf


def _words(spec: dict) -> frozenset[str] | None:
    """The lower-case words a token spec requires, when it names them (``LOWER`` or its ``IN``)."""
    lower = spec.get("LOWER")
    if isinstance(lower, str):
        return frozenset({lower})
    if isinstance(lower, dict) and set(lower) == {"IN"}:
        return frozenset(word.lower() for word in lower["IN"])
    return None


@dataclass(frozen=True)
class Anchor:
    """A word a pattern must hold, and how far from it a match can start and end."""

    words: frozenset[str]
    before: int
    """The most tokens a match holds before the word."""
    after: int
    """The most tokens a match holds from the word on (the word included)."""


def anchors_of(pattern: list[dict]) -> list[Anchor]:
    """Every word of ``pattern`` a match must hold, each with how far from it the match can
    start and end; none when the pattern is of unbounded length (it is then matched on the
    whole Doc).

    >>> [sorted(a.words) for a in anchors_of([{"LOWER": "yang"}, {"IS_ALPHA": True}, {"LOWER": "belum"}])]
    [['yang'], ['belum']]
    >>> anchor = anchors_of([{"LOWER": "x", "OP": "?"}, {"IS_ALPHA": True}, {"LOWER": {"IN": ["a", "b"]}}])[0]
    >>> sorted(anchor.words), anchor.before, anchor.after
    (['a', 'b'], 2, 1)
    >>> anchors_of([{"LOWER": "a"}, {"IS_ALPHA": True, "OP": "*"}])
    []
    """
    spans = [repetitions(spec.get("OP")) for spec in pattern]
    if math.isinf(sum(most for _, most in spans)):
        return []
    found = []
    for i, spec in enumerate(pattern):
        least, _ = spans[i]
        words = _words(spec)
        if least >= 1 and words is not None and spec.get("OP") != "!":
            before = int(sum(most for _, most in spans[:i]))
            found.append(Anchor(words, before, int(sum(most for _, most in spans[i:]))))
    return found


class AnchoredMatcher:
    """A ``Matcher`` of token patterns, each matched around the words it must hold."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.whole = Matcher(vocab)
        self.anchored: list[tuple[Matcher, list[Anchor]]] = []
        self.order: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self.order)

    def add(self, key: str, pattern: list[dict]) -> None:
        """Add ``pattern`` under ``key`` (one pattern per key)."""
        self.order[get_string_id(key)] = len(self.order)
        anchors = anchors_of(pattern)
        if not anchors:
            self.whole.add(key, [pattern])
            return
        matcher = Matcher(self.vocab)
        matcher.add(key, [pattern])
        self.anchored.append((matcher, anchors))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The matches ``(key, start, end)`` on ``doc``, as ``Matcher`` finds them on the whole
        Doc, in order of start, end and the order the patterns were added."""
        found = list(self.whole(doc)) if len(self.whole) else []
        for matcher, anchors in self.anchored:
            # Around the word of the pattern this Doc holds least often ("belum", not "yang"):
            # every match holds each of them, so any one finds them all.
            anchor = min(anchors, key=lambda a: len(word_positions(doc, a.words)))
            for start, end in _windows(word_positions(doc, anchor.words), anchor, len(doc)):
                found.extend((key, start + s, start + e) for key, s, e in matcher(doc[start:end]))
        return sorted(found, key=lambda m: (m[1], m[2], self.order[m[0]]))


def _windows(positions: list[int], anchor: Anchor, length: int) -> list[tuple[int, int]]:
    """The stretches around ``positions`` where a match holding the anchor can lie, merged where
    they overlap.

    >>> _windows([3, 4, 20], Anchor(frozenset(), 2, 3), 22)
    [(1, 7), (18, 22)]
    """
    merged: list[tuple[int, int]] = []
    for i in positions:
        start, end = max(0, i - anchor.before), min(length, i + anchor.after)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
