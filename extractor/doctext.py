"""Doc text: a Doc's text, computed once.

spaCy rebuilds ``doc.text`` from every token on each access; components that look at the text
around each figure would pay that once per figure. The text of a Doc never changes, so it is
kept in ``doc.user_data`` after the first call.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "extractor.text"


def doc_text(doc: Doc) -> str:
    """The Doc's text (the same string as ``doc.text``), computed on first use only."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
