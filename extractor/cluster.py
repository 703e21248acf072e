"""Cluster: articles extracted on a Dask cluster (``extract run --scheduler ...``).

The articles are read where the command runs (files, JSON Lines shards, URLs: their ids are
settled there, as in any run), cut into partitions of ``batch_size`` articles and sent to the
cluster's workers, a few partitions per worker at a time so memory stays bounded however large
the archive. A worker prepares and annotates a partition as ``api.extract_articles`` does, with a
pipeline it builds once (``pipeline.load`` keeps it for the life of the worker process), and
sends back plain outcomes, or with ``parquet`` writes the partition's articles and facts as
Parquet files itself (``parquet.py``) and sends back only what the run prints. Outcomes are
gathered in input order, so the output and the stored rows are those of a local run.

``scheduler`` is a scheduler's address (``tcp://HOST:8786``) or ``local``: a ``LocalCluster`` of
worker processes on this machine, one per core. Workers need the extractor installed, the same
version (its rules travel by directory name: ``--patterns`` must name a directory the workers
can read).
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date

from . import parquet, pipeline
from .language import LanguageData
from .pipeline import Outcome
from .prepare import prepare_all
from .records import Article, SourceError
from .store import refusal

Item = Article | SourceError

PARTITIONS_IN_FLIGHT = 3
"""Partitions sent per worker ahead of the one being gathered."""


class ClusterError(Exception):
    """The scheduler cannot be reached, or a worker failed."""


class Cluster:
    """A Dask client on ``scheduler`` (``local`` starts a ``LocalCluster`` of ``workers``
    processes), started on first use and closed by ``close``; ``annotate`` may be called many
    times (once per run of changed articles) and numbers partitions across calls."""

    def __init__(
        self,
        scheduler: str,
        data: LanguageData,
        published: date | None = None,
        batch_size: int = 32,
        *,
        parquet_dir: str | None = None,
        workers: int | None = None,
    ) -> None:
        self.scheduler = scheduler
        self.data = data
        self.published = published
        self.batch_size = max(1, batch_size)
        self.parquet_dir = parquet_dir
        self.workers = workers
        self._client = None
        self._local = None
        self._partitions = itertools.count()
        if parquet_dir is not None:
            parquet.clear(parquet_dir)

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def annotate(self, items: Iterable[Item]) -> Iterator[Outcome]:
        """One outcome per item, in input order."""
        client = self._started()
        capacity = max(1, len(client.scheduler_info().get("workers", {}))) * PARTITIONS_IN_FLIGHT
        directory = self.parquet_dir
        pending: deque = deque()
        partitions = _partitions(items, self.batch_size)

        def submit(partition: list[Item]) -> None:
            index = next(self._partitions)
            pending.append(
                client.submit(
                    extract_partition,
                    partition,
                    self.data,
                    self.published,
                    self.batch_size,
                    directory,
                    index,
                    pure=False,
                )
            )

        for partition in itertools.islice(partitions, capacity):
            submit(partition)
        while pending:
            try:
                outcomes = pending.popleft().result()
            except Exception as err:  # a worker died, or the function raised on it
                raise ClusterError(f"{self.scheduler}: a partition failed: {err}") from err
            following = next(partitions, None)
            if following is not None:
                submit(following)
            yield from outcomes

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._local is not None:
            self._local.close()
            self._local = None

    def _started(self):
        if self._client is None:
            # Imported here: only a run with --scheduler pays for Dask.
            from distributed import Client, LocalCluster

            try:
                if self.scheduler == "local":
                    self._local = LocalCluster(
                        n_workers=self.workers, threads_per_worker=1, processes=True, dashboard_address=None
                    )
                    self._client = Client(self._local)
                else:
                    self._client = Client(self.scheduler, timeout="30s")
            except (OSError, TimeoutError, ValueError) as err:
                self.close()
                raise ClusterError(f"{self.scheduler}: cannot reach the Dask scheduler ({err})") from None
        return self._client


def _partitions(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while partition := list(itertools.islice(iterator, size)):
        yield partition


def extract_partition(
    partition: list[Item],
    data: LanguageData,
    published: date | None,
    batch_size: int,
    parquet_dir: str | None,
    index: int,
) -> list[Outcome]:
    """On a worker: the partition prepared and annotated (the pipeline built once per worker
    process). Decisions stay on the worker; with ``parquet_dir`` the partition's articles and
    facts are written there as part ``index``."""
    nlp = pipeline.load(data)
    outcomes = list(pipeline.annotate(prepare_all(partition, data, published), nlp, batch_size))
    for outcome in outcomes:
        outcome.decisions = None
    if parquet_dir is not None:
        # What a local run would store: no article left without text, no fact SQLite cannot hold
        # (``api`` says why, on the command's side), so ``extract load`` gives the same rows.
        stored = [
            (o.article, [f for f in o.facts or [] if refusal(f) is None])
            for o in outcomes
            if o.article is not None and o.article.text.strip()
        ]
        parquet.write_partition(parquet_dir, index, stored, data.fingerprint)
    return outcomes
