"""Incremental runs: an article stored as it is now is not extracted again.

An article is unchanged when the database holds it with the same cleaned text (``sha256``), the
same date, title, URL, author and outlet, extracted by the same version of the extractor with the
same rules and word lists (``LanguageData.fingerprint``): the pipeline would make the facts that
are stored, so the stored ones are its facts. ``--force`` (``Settings.force``) extracts every
article again.

Whether an article is unchanged is known once it is prepared (cleaned and dated: the stored text
is the cleaned one), so an article stored under its id is prepared here first; preparing again,
inside ``extract_articles``, changes nothing. An article whose id is not stored is changed
whatever its text, and is prepared where it is extracted (in a worker process, with ``--jobs``).
Runs of changed articles go through the pipeline together, so the order of the outcomes is the
order of the inputs.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from datetime import date

from . import __version__
from .language import LanguageData
from .pipeline import Outcome
from .prepare import prepare
from .records import Article, SourceError
from .store import Store

Extract = Callable[[Iterable[Article | SourceError]], Iterator[Outcome]]


def extract_changed(
    items: Iterable[Article | SourceError],
    store: Store,
    extract: Extract,
    data: LanguageData,
    published: date | None = None,
) -> Iterator[Outcome]:
    """One outcome per item, in order: ``extract``-ed, or for an article ``store`` holds as it
    is, its stored facts (``Outcome.unchanged``)."""
    fingerprint = data.fingerprint

    def kept(item: Article | SourceError) -> bool:
        if not isinstance(item, Article) or not _stored(item.id, store):
            return False  # new: prepared where it is extracted (a worker, with --jobs)
        return is_unchanged(prepare(item, data, published), store, fingerprint)

    for unchanged, group in itertools.groupby(items, key=kept):
        if unchanged:
            for article in group:
                yield Outcome(article=article, facts=store.article_facts(article.id), unchanged=True)
        else:
            yield from extract(group)


def _stored(article_id: str, store: Store) -> bool:
    return store.db.execute("select 1 from articles where id = ?", [article_id]).fetchone() is not None


def is_unchanged(item: Article | SourceError, store: Store, fingerprint: str) -> bool:
    """Whether ``store`` holds the prepared article as it is, extracted by this version of the
    extractor with the rules of ``fingerprint``."""
    if not isinstance(item, Article):
        return False
    rows = list(store.db.query("select * from articles where id = ?", [item.id]))
    if not rows:
        return False
    stored = rows[0]
    now = {
        "sha256": item.sha256,
        "published": item.published.isoformat() if item.published else None,
        "title": item.title,
        "url": item.url,
        "author": item.author,
        "outlet": item.outlet,
        "extractor_version": __version__,
        "patterns_fingerprint": fingerprint,
    }
    return all(stored.get(name) == value for name, value in now.items())
