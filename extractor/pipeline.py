"""Pipeline: the spaCy pipeline built from component names, and articles streamed through it.

``build`` makes ``spacy.blank("id")`` and adds the components named in ``settings.PIPELINE``,
each configured with the directory of the language data (``language.py``). ``extract`` cleans
each article, finds its publication date when none was given, and runs the articles through
``nlp.pipe`` in batches, so memory stays flat however many articles come in. An article that
fails inside the pipeline is reported and skipped; the rest go on.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# Importing the modules registers their spaCy factories.
from . import clean, cues, dates, facts, numbers, regions, sentences  # noqa: F401
from .language import LanguageData
from .records import Article, Fact, SourceError
from .settings import PIPELINE, Settings

log = logging.getLogger(__name__)

if not Doc.has_extension("article"):
    Doc.set_extension("article", default=None)


@dataclass
class Outcome:
    """The result for one input: an article with its facts, or an error."""

    article: Article | None = None
    facts: list[Fact] | None = None
    decisions: list[facts.Decision] | None = None
    error: SourceError | None = None


def build(data: LanguageData | None = None) -> Language:
    """``spacy.blank("id")`` with the extractor's components, built from their names.

    Each component reads ``data`` (the bundled language data when ``None``): the pipeline's
    config names its directory, so a pipeline rebuilt from that config reads the same data.
    Building costs seconds (spaCy's Indonesian tokenizer exceptions alone take most of it);
    ``load`` keeps one pipeline per ``LanguageData`` for the life of the process.
    """
    directory = None if data is None or data.directory is None else str(data.directory)
    nlp = spacy.blank("id")
    for name in PIPELINE:
        nlp.add_pipe(name, config={"patterns": directory})
    return nlp


def load(data: LanguageData | None = None) -> Language:
    """The pipeline for ``data`` (the bundled language data when ``None``), built once per process."""
    return _load(data if data is not None else LanguageData.load())


@lru_cache(maxsize=4)
def _load(data: LanguageData) -> Language:
    return build(data)


def prepare(article: Article, data: LanguageData | None = None) -> Article:
    """Clean the text of a plain-text article and date it from its text when no date was given."""
    if article.needs_cleaning:
        article.text = clean.clean_text(article.text, data)
        article.needs_cleaning = False
    if article.published is None:
        article.published = dates.published_from_text(article.text, data)
        article.published_source = "text" if article.published else None
    if article.published is None:
        article.published = dates.published_from_url(article.url)
        article.published_source = "url" if article.published else None
    return article


def extract(
    items: Iterable[Article | SourceError],
    nlp: Language,
    settings: Settings | None = None,
) -> Iterator[Outcome]:
    """Run every article through the pipeline, yielding one outcome per input, errors included.

    Errors from reading are passed through as they come; an article whose processing raises is
    turned into an error outcome.
    """
    settings = settings or Settings()
    data = settings.language
    pending: deque[Outcome] = deque()

    def docs() -> Iterator[Doc]:
        for item in items:
            if isinstance(item, SourceError):
                pending.append(Outcome(error=item))
                continue
            article = prepare(item, data)
            doc = nlp.make_doc(article.text)
            doc._.article = article
            doc._.article_id = article.id
            doc._.published = article.published
            yield doc

    def on_error(name, component, failed_docs, error) -> None:
        for doc in failed_docs:
            log.debug("%s failed in %s", doc._.article_id, name, exc_info=error)
            pending.append(Outcome(error=SourceError(doc._.article_id, f"failed in {name}: {error}")))

    nlp.set_error_handler(on_error)
    for doc in nlp.pipe(docs(), batch_size=settings.batch_size):
        while pending:
            yield pending.popleft()
        yield Outcome(article=doc._.article, facts=doc._.facts, decisions=doc._.decisions)
    while pending:
        yield pending.popleft()


def run(
    sources: Iterable[str],
    settings: Settings | None = None,
    published: date | None = None,
    fetcher=None,
) -> Iterator[Outcome]:
    """The main job: read the inputs, extract their facts and store them, one outcome each.

    Each article is stored as soon as it is done, in its own transaction; an article that
    fails leaves what is stored untouched.
    """
    from .sources import read_articles
    from .store import Store

    settings = settings or Settings()
    store = Store(settings.db_path)
    nlp = load(settings.language)
    for outcome in extract(read_articles(sources, published, fetcher, settings.language), nlp, settings):
        if outcome.article is not None:
            store.save(outcome.article, outcome.facts or [])
        yield outcome
