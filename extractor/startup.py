"""Start-up: what a process does once, importing the library and building the pipeline, done
with Python's cyclic garbage collector paused.

Both make only objects that live as long as the process (modules, spaCy's registries, the
pipeline's tables and matchers), so a collection while they are made finds no garbage; it only
walks them, again and again as they grow. Pausing it takes about a fifth off ``extract check``
(``bench/bench_quickstart.py``). The collector runs as before once start-up is over.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused inside, and as it was after.

    >>> with collector_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
