"""Sentences: boundaries for Indonesian news text without a trained parser.

A sentence ends at a full stop, question or exclamation mark (and any closing quote or bracket
after it), and at every line break: headlines, datelines and captions carry no full stop.
Abbreviations such as ``Kab.``, ``Prov.``, ``Rp.``, ``H.`` and ``dr.`` (``patterns/
abbreviations.txt``) are made single tokens first, so they never end a sentence.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from . import language
from .language import LanguageData

_TERMINALS = {".", "!", "?", "…", "...", "!?", "?!"}
_CLOSERS = {'"', "”", "’", "'", ")", "]", "»"}


def add_abbreviations(nlp: Language, data: LanguageData) -> None:
    """Make every abbreviation of the patterns file one token, in its usual capitalisations."""
    for abbreviation in data.lines("abbreviations.txt"):
        forms = {abbreviation, abbreviation.capitalize(), abbreviation.upper(), abbreviation.title()}
        for form in forms:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


@Language.factory("id_sentences", default_config={"patterns": None})
def make_sentences(nlp: Language, name: str, patterns: str | None) -> SentenceSplitter:
    data = LanguageData.load(patterns)
    add_abbreviations(nlp, data)
    return SentenceSplitter(data)


class SentenceSplitter:
    """spaCy component: sets ``is_sent_start`` on every token."""

    def __init__(self, data: LanguageData | None = None):
        self.data = data or LanguageData.load()

    def __call__(self, doc: Doc) -> Doc:
        language.attach(doc, self.data)
        starts_next = True
        for i, token in enumerate(doc):
            token.is_sent_start = starts_next
            if token.is_space and "\n" in token.text:
                starts_next = True
            elif (
                token.text in _TERMINALS or token.text in _CLOSERS and i > 0 and doc[i - 1].text in _TERMINALS
            ):
                starts_next = _next_starts_sentence(doc, i)
            elif starts_next and token.is_space:
                starts_next = True
            else:
                starts_next = False
        return doc


def _next_starts_sentence(doc: Doc, i: int) -> bool:
    """After a terminal mark, a new sentence starts unless a closer, comma or lower-case word
    follows (``... dst. dan``, ``," kata Eka``)."""
    following = doc[i + 1] if i + 1 < len(doc) else None
    if following is None:
        return True
    if following.text in _CLOSERS or following.text in {",", ";", ":"} or following.text in _TERMINALS:
        return False
    return not following.text[:1].islower()
