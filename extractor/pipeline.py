"""Pipeline: the spaCy pipeline, and prepared articles annotated into outcomes.

The third stage of read → prepare → annotate → store. ``build`` makes ``spacy.blank("id")``
and adds the components named in ``settings.PIPELINE``, each configured with the directory of
the language data (``language.py``); ``load`` keeps one pipeline per ``LanguageData``.
``annotate`` runs prepared articles (``prepare.py``) through ``nlp.pipe`` in batches, so memory
stays flat however many articles come in, and yields one ``Outcome`` per input: the article
with its facts and decisions, or an error. A read error passes through in its place; an
article that fails inside the pipeline becomes an error and the rest go on. Reading and storing
are not this module's: ``api.run`` composes the stages.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# Importing the modules registers their spaCy factories.
from . import cues, dates, doctext, facts, numbers, regionmentions, sentences, startup, tokenizer  # noqa: F401
from .doctext import extension
from .language import LanguageData
from .records import Article, Fact, SourceError
from .settings import MAX_TEXT_CHARS, PIPELINE, Settings

log = logging.getLogger(__name__)

if not Doc.has_extension("article"):
    Doc.set_extension("article", default=None)


@dataclass
class Outcome:
    """The result for one input: an article with its facts, or an error; and warnings about
    an article that was stored all the same (a figure too large to store, most facts lost)."""

    article: Article | None = None
    facts: list[Fact] | None = None
    decisions: list[facts.Decision] | None = None
    error: SourceError | None = None
    warnings: list[str] = field(default_factory=list)
    unchanged: bool = False
    """The article is stored as it is and was not extracted again: its ``facts`` are the stored
    ones and it has no ``decisions`` (``incremental.py``)."""


def build(data: LanguageData | None = None) -> Language:
    """``spacy.blank("id")`` with the extractor's components, built from their names.

    Each component reads ``data`` (the bundled language data when ``None``): the pipeline's
    config names its directory, so a pipeline rebuilt from that config reads the same data.
    The tokenizer is spaCy's Indonesian one with its hyphenated exceptions added as texts need
    them (``tokenizer.py``: building them all takes seconds); ``load`` keeps one pipeline per
    ``LanguageData`` for the life of the process.
    """
    directory = None if data is None or data.directory is None else str(data.directory)
    nlp = spacy.blank("id", config=tokenizer.CONFIG)
    nlp.max_length = MAX_TEXT_CHARS
    for name in PIPELINE:
        nlp.add_pipe(name, config={"patterns": directory})
    return nlp


def load(data: LanguageData | None = None) -> Language:
    """The pipeline for ``data`` (the bundled language data when ``None``), built once per process."""
    return _load(data if data is not None else LanguageData.load())


@lru_cache(maxsize=4)
def _load(data: LanguageData) -> Language:
    with startup.collector_paused():
        return build(data)


def too_long(article: Article, limit: int) -> SourceError:
    """The error for a text longer than the pipeline takes.

    >>> str(too_long(Article(id="a.txt", text="x" * 1_200_000), 1_000_000))
    'a.txt: text too long: 1,200,000 characters (the limit is 1,000,000); not read'
    """
    return SourceError(
        article.id, f"text too long: {len(article.text):,} characters (the limit is {limit:,}); not read"
    )


def annotate(
    items: Iterable[Article | SourceError],
    nlp: Language,
    batch_size: int = Settings.batch_size,
) -> Iterator[Outcome]:
    """Run every prepared article through the pipeline, yielding one outcome per input, in order.

    Errors from reading are passed through as they come; an article whose processing raises,
    or whose text is longer than ``nlp.max_length`` (``settings.MAX_TEXT_CHARS``), is turned
    into an error outcome. An article that was not prepared (still ``needs_cleaning``) is a
    mistake of the caller, and a ``ValueError``: its facts would point into page debris.

    Each batch runs inside spaCy's ``nlp.memory_zone()``: the strings and lexemes its texts
    added to the vocabulary are dropped once its outcomes (plain records, which hold no Doc)
    are out, so memory stays flat over any number of distinct articles.
    """
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, max(1, batch_size))):
        # Exceptions the batch needs are added before the zone, whose strings die with it.
        tokenizer.prepare(nlp, (item.text for item in batch if isinstance(item, Article)))
        with _memory_zone(nlp):
            yield from _annotate(batch, nlp, batch_size)


def _memory_zone(nlp: Language):
    zone = getattr(nlp, "memory_zone", None)  # spaCy 3.8 and later
    return zone() if zone is not None else contextlib.nullcontext()


def _annotate(items: list[Article | SourceError], nlp: Language, batch_size: int) -> Iterator[Outcome]:
    pending: deque[Outcome] = deque()

    def docs() -> Iterator[Doc]:
        for item in items:
            if isinstance(item, SourceError):
                pending.append(Outcome(error=item))
                continue
            if item.needs_cleaning:
                raise ValueError(f"{item.id}: not prepared (run it through prepare.prepare first)")
            if len(item.text) > nlp.max_length:
                pending.append(Outcome(error=too_long(item, nlp.max_length)))
                continue
            doc = nlp.make_doc(item.text)
            doctext.remember(doc, item.text)  # the text as it is, never rebuilt from the tokens
            doc._.article = item
            doc._.article_id = item.id
            doc._.published = item.published
            yield doc

    def on_error(name, component, failed_docs, error) -> None:
        for doc in failed_docs:
            log.debug("%s failed in %s", extension(doc, "article_id"), name, exc_info=error)
            pending.append(
                Outcome(error=SourceError(extension(doc, "article_id"), f"failed in {name}: {error}"))
            )

    nlp.set_error_handler(on_error)
    for doc in nlp.pipe(docs(), batch_size=batch_size):
        while pending:
            yield pending.popleft()
        yield Outcome(
            article=extension(doc, "article"),
            facts=extension(doc, "facts"),
            decisions=extension(doc, "decisions"),
        )
    while pending:
        yield pending.popleft()
