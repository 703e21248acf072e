"""Anchored matching: spaCy's Matcher run around the words a pattern must hold finds exactly what
it finds over the whole Doc."""

from __future__ import annotations

import math

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher

from extractor.anchored import Anchor, AnchoredMatcher, anchors_of, repetitions
from extractor.cues import load_cues
from extractor.gazetteer import gazetteer
from extractor.language import LanguageData

NLP = spacy.blank("id")


def project_patterns() -> list[list[dict]]:
    """Every token pattern the project's cue and region-count files give."""
    data = LanguageData.load()
    cue_patterns = [p for _, p in load_cues(data) if not isinstance(p, str)]
    return cue_patterns + [record["pattern"] for record in gazetteer(data).counts]


PATTERNS = project_patterns()


def pattern_words(patterns: list[list[dict]]) -> list[str]:
    """The words the patterns name (and a few they do not), to write texts where they match."""
    words = {"x", "10", ",", ".", "dan", "sudah", "2024"}
    for pattern in patterns:
        for spec in pattern:
            for value in spec.values():
                if isinstance(value, str):
                    words.add(value)
                elif isinstance(value, dict):
                    for listed in value.values():
                        if isinstance(listed, list):
                            words.update(listed)
    return sorted(words)


WORDS = pattern_words(PATTERNS)


@pytest.mark.parametrize(
    "op, expected",
    [
        pytest.param(None, (1, 1), id="once"),
        pytest.param("?", (0, 1), id="optional"),
        pytest.param("*", (0, math.inf), id="any"),
        pytest.param("+", (1, math.inf), id="one-or-more"),
        pytest.param("{0,4}", (0, 4), id="range"),
        pytest.param("{3}", (3, 3), id="exact"),
        pytest.param("{,2}", (0, 2), id="at-most"),
        pytest.param("{2,}", (2, math.inf), id="at-least"),
    ],
)
def test_repetitions_read_spacy_operators(op, expected):
    assert repetitions(op) == expected


def test_an_unknown_operator_is_named():
    with pytest.raises(ValueError, match="'{x}'"):
        repetitions("{x}")


@pytest.mark.parametrize(
    "pattern, expected",
    [
        pytest.param(
            [{"LOWER": "yang"}, {"LOWER": "belum"}, {"IS_PUNCT": True}],
            Anchor(frozenset({"yang"}), 0, 3),
            id="first-word",
        ),
        pytest.param(
            [{"LIKE_NUM": True}, {"LOWER": {"IN": ["Daerah", "wilayah"]}}],
            Anchor(frozenset({"daerah", "wilayah"}), 1, 1),
            id="listed-word-after-a-number",
        ),
        pytest.param(
            [{"LOWER": "peserta", "OP": "?"}, {"IS_ALPHA": True, "OP": "{0,2}"}, {"LOWER": "untuk"}],
            Anchor(frozenset({"untuk"}), 3, 1),
            id="optional-words-before",
        ),
        pytest.param(
            [{"LOWER": {"NOT_IN": ["a"]}}, {"LOWER": "b", "OP": "!"}, {"IS_ALPHA": True}],
            None,
            id="no-required-word",
        ),
        pytest.param([{"LOWER": "a"}, {"IS_ALPHA": True, "OP": "+"}], None, id="unbounded"),
    ],
)
def test_the_first_anchor_is_the_first_required_word(pattern, expected):
    assert (anchors_of(pattern) or [None])[0] == expected


def test_every_required_word_is_an_anchor():
    anchors = anchors_of([{"LOWER": "yang"}, {"IS_ALPHA": True, "OP": "?"}, {"LOWER": "belum"}])
    assert anchors == [Anchor(frozenset({"yang"}), 0, 3), Anchor(frozenset({"belum"}), 2, 1)]


def test_a_pattern_with_a_common_first_word_matches_as_over_the_whole_doc():
    whole, anchored = whole_and_anchored([[{"LOWER": "yang"}, {"LOWER": "belum"}]])
    doc = NLP("yang sudah , yang lain , yang belum , yang mana")
    assert sorted(anchored(doc)) == sorted(whole(doc))
    assert len(anchored(doc)) == 1


def whole_and_anchored(patterns: list[list[dict]]) -> tuple[Matcher, AnchoredMatcher]:
    whole, anchored = Matcher(NLP.vocab), AnchoredMatcher(NLP.vocab)
    for i, pattern in enumerate(patterns):
        whole.add(str(i), [pattern])
        anchored.add(str(i), pattern)
    return whole, anchored


WHOLE, ANCHORED = whole_and_anchored(PATTERNS)


FILLERS = ["x", "10", "dua", ",", ".", "Dan"]


@st.composite
def pattern_texts(draw, pattern: list[dict]) -> list[str]:
    """Words that often satisfy ``pattern``: its named words where it names them, else fillers,
    each repeated as its operator allows (at most three times)."""
    words = []
    for spec in pattern:
        least, most = repetitions(spec.get("OP"))
        for _ in range(draw(st.integers(least, int(min(most, 3))))):
            lower = spec.get("LOWER")
            named = [lower] if isinstance(lower, str) else (lower or {}).get("IN")
            words.append(draw(st.sampled_from(named or FILLERS)))
    return words


TEXTS = st.lists(
    st.one_of(st.sampled_from(WORDS).map(lambda w: [w]), *[pattern_texts(p) for p in PATTERNS]),
    max_size=12,
).map(lambda parts: [word for part in parts for word in part])


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_the_project_patterns_match_as_over_the_whole_doc(words):
    doc = spacy.tokens.Doc(NLP.vocab, words=words)
    assert sorted(ANCHORED(doc)) == sorted(WHOLE(doc))


def test_matches_come_in_text_order_and_cover_unanchored_patterns():
    whole, anchored = whole_and_anchored(
        [[{"LOWER": "belum"}, {"IS_PUNCT": True}], [{"IS_DIGIT": True}, {"IS_ALPHA": True, "OP": "*"}]]
    )
    doc = NLP("10 peserta yang belum , lalu 20 belum .")
    found = anchored(doc)
    assert sorted(found) == sorted(whole(doc))
    assert [(start, end) for _, start, end in found] == sorted((start, end) for _, start, end in found)
    assert tuple(doc[s:e].text for k, s, e in found if NLP.vocab.strings[k] == "0") == ("belum ,", "belum .")
