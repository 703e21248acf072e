"""Workers: articles prepared and annotated in worker processes, every core busy (``--jobs N``).

spaCy's own ``nlp.pipe(n_process=N)`` cannot serve here: it sends Docs between processes, and
the extractor's Docs carry Python objects in their extensions (quantities, cues, the article).
Instead each worker process builds the pipeline once (``pipeline.load``) and takes chunks of raw
articles; it prepares and annotates them as ``api.extract_articles`` does and sends back plain,
picklable ``Outcome``s (articles, facts, decisions, errors). The process that reads the input
and writes the store is the one that hands out the chunks and gathers the outcomes, in input
order, so the store has one writer and the output is the same, line for line, as with one job.

On Linux the workers are forked from a process that has built the pipeline already, so they
start at once and share its memory until they write to it; elsewhere they are spawned and
build their own.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date

from . import pipeline
from .language import LanguageData
from .pipeline import Outcome
from .prepare import prepare_all
from .records import Article, SourceError

Item = Article | SourceError

CHUNKS_IN_FLIGHT = 3
"""Chunks handed out per worker ahead of the one being gathered: enough to keep every worker
busy, few enough that memory stays bounded whatever the input's length."""


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class Workers:
    """A pool of ``jobs`` worker processes, each with its own pipeline for ``data``, started on
    first use (a run whose articles are all unchanged starts none) and stopped by ``close``.

    ``annotate`` may be called many times (``incremental.py`` calls it once per run of changed
    articles); the workers stay up in between.
    """

    def __init__(
        self, jobs: int, data: LanguageData, published: date | None = None, batch_size: int = 32
    ) -> None:
        if jobs < 1:
            raise ValueError(f"jobs must be at least 1, not {jobs}")
        self.jobs = jobs
        self.data = data
        self.published = published
        self.chunk_size = max(1, batch_size)
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def annotate(self, items: Iterable[Item]) -> Iterator[Outcome]:
        """One outcome per item, in input order, as each chunk comes back."""
        pool = self._started()
        pending: deque[Future] = deque()
        chunks = _chunks(items, self.chunk_size)
        for chunk in itertools.islice(chunks, self.jobs * CHUNKS_IN_FLIGHT):
            pending.append(pool.submit(_annotate_chunk, chunk))
        while pending:
            outcomes = pending.popleft().result()
            following = next(chunks, None)
            if following is not None:
                pending.append(pool.submit(_annotate_chunk, following))
            yield from outcomes

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _started(self) -> ProcessPoolExecutor:
        if self._pool is None:
            if "fork" in multiprocessing.get_all_start_methods():
                # Forked workers inherit the pipeline built here: built once, started at once.
                pipeline.load(self.data)
                context = multiprocessing.get_context("fork")
            else:
                context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs,
                mp_context=context,
                initializer=_start_worker,
                initargs=(self.data, self.published, self.chunk_size),
            )
        return self._pool


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


# --- In the worker process -------------------------------------------------------------------

_worker: dict = {}

PARENT_CHECK_SECONDS = 0.5
"""How often a worker looks whether the process that started it still runs."""


def _start_worker(data: LanguageData, published: date | None, batch_size: int) -> None:
    """Build (or, forked, find) the pipeline once for the life of the worker, and end the worker
    when the process that started it is gone."""
    # A run killed with SIGKILL cannot stop its pool, and a forked worker waiting for work would
    # wait forever (its siblings hold the pipe open): the worker watches for its parent instead.
    parent = os.getppid()
    threading.Thread(target=_exit_with, args=(parent,), daemon=True, name="parent-watch").start()
    # What the worker has now lives as long as it does: kept out of the garbage collector's
    # walks, a forked worker does not copy the pages it shares with its parent just to walk them.
    gc.freeze()
    _worker.update(nlp=pipeline.load(data), data=data, published=published, batch_size=batch_size)


def _exit_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _annotate_chunk(chunk: list[Item]) -> list[Outcome]:
    prepared = prepare_all(chunk, _worker["data"], _worker["published"])
    return list(pipeline.annotate(prepared, _worker["nlp"], _worker["batch_size"]))
