"""Tokenizer: spaCy's Indonesian tokenizer, its exceptions added when a text first needs them.

``spacy.blank("id")`` builds a tokenizer holding 16,000 exceptions, almost all of them
hyphenated words ("anak-anak", "sebaik-baiknya"); adding them takes seconds, most of the time a
one-claim ``extract check`` spends. This tokenizer starts with the few others and adds a
hyphenated exception the first time a text holds it, before the text is split, so every text
is split exactly as by spaCy's own (an exception applies only where its string stands in the
text). Added exceptions stay, so a long run ends up paying at most what spaCy pays at start.

Inside ``nlp.memory_zone()`` nothing may be added (the strings would be freed with the zone):
``pipeline.annotate`` calls ``prepare`` for a whole batch before it enters the zone.

Inside a zone spaCy caches nothing either, so every word of every text would be split by the
prefix, suffix and infix expressions again. ``prepare`` therefore also keeps the words that come
back: a chunk of text between spaces seen a second time is tokenized once outside the zone, so
its lexemes stay and spaCy's cache answers for it from then on (at most as many as that cache
holds, so memory stays bounded over any number of articles).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy import util
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

CHUNKS_KEPT = 100_000
"""The most stretches around a hyphen remembered as looked at; forgotten all at once when full."""
KEEP_AFTER = 2
"""How many times a chunk of text between spaces is seen before it is kept in spaCy's cache."""
COUNTED_MOST = 100_000
"""The most chunks counted while they wait to come back; forgotten all at once when full."""


def is_lazy(string: str) -> bool:
    """Whether an exception waits for a text that needs it: hyphenated words, which are nearly
    all of them.

    >>> is_lazy("anak-anak"), is_lazy("a.n."), is_lazy("Dr. rer-nat")
    (True, False, False)
    """
    return "-" in string and " " not in string


class LazyExceptionsTokenizer(Tokenizer):
    """spaCy's ``Tokenizer``, with its hyphenated exceptions added when a text first holds them."""

    def __init__(self, vocab, rules=None, *args, **kwargs):
        rules = dict(rules or {})
        self.waiting = {string: tokens for string, tokens in rules.items() if is_lazy(string)}
        self.longest = max(map(len, self.waiting), default=0)
        self.looked_at: set[tuple[str, int]] = set()
        self.seen: Counter[str] = Counter()
        self.kept: set[str] = set()
        self.cached: set[str] = set()
        """The kept chunks in spaCy's cache now: adding an exception empties it."""
        eager = {string: tokens for string, tokens in rules.items() if string not in self.waiting}
        super().__init__(vocab, eager, *args, **kwargs)

    def __reduce__(self):
        # spaCy's pickles rebuild from the exceptions added so far; the waiting ones go too.
        _, args, *rest = super().__reduce__()
        return (self.__class__, (args[0], {**self.waiting, **args[1]}, *args[2:]), *rest)

    def __call__(self, text: str) -> Doc:
        if not self.vocab.in_memory_zone:
            self.prepare([text])
        return super().__call__(text)

    def prepare(self, texts: Iterable[str]) -> int:
        """Add the waiting exceptions the texts hold, and keep the chunks that came back in
        spaCy's cache; how many exceptions were added."""
        added = 0
        chunks: Counter[str] = Counter()
        for text in texts:
            for string in self._held_in(text):
                self.add_special_case(string, self.waiting.pop(string))
                self.cached.clear()  # spaCy empties its cache for every exception added
                added += 1
            chunks.update(text.split())
        self._keep_returning(chunks)
        return added

    def _keep_returning(self, chunks: Counter[str]) -> None:
        """Tokenize, outside any memory zone, the chunks seen ``KEEP_AFTER`` times while spaCy's
        cache has room, and the kept ones the cache lost: their lexemes stay and the cache holds
        their tokens."""
        if self.vocab.in_memory_zone:
            return
        if len(self.seen) >= COUNTED_MOST:
            self.seen.clear()
        for chunk in chunks:
            if chunk in self.kept:
                if chunk not in self.cached:
                    self._cache_chunk(chunk)
                continue
            if len(self.kept) >= self.max_cache_size:
                continue
            self.seen[chunk] += 1
            if self.seen[chunk] >= KEEP_AFTER:
                del self.seen[chunk]
                self.kept.add(chunk)
                self._cache_chunk(chunk)

    def _cache_chunk(self, chunk: str) -> None:
        super().__call__(chunk)
        self.cached.add(chunk)

    def _held_in(self, text: str) -> list[str]:
        """The waiting exceptions that stand in the text, each once, white space left out:
        spaCy matches an exception's pieces across spaces too ("anak - anak"), so one that
        stands there only with spaces between its pieces still changes how the text is split."""
        squeezed = "".join(text.split())
        found: dict[str, None] = {}
        for hyphen in (i for i, c in enumerate(squeezed) if c == "-"):
            around = squeezed[max(0, hyphen - self.longest + 1) : hyphen + self.longest]
            at = min(hyphen, self.longest - 1)  # the hyphen's place in ``around``
            if (around, at) in self.looked_at:
                continue
            if len(self.looked_at) >= CHUNKS_KEPT:
                self.looked_at.clear()
            self.looked_at.add((around, at))
            for start in range(at + 1):
                for end in range(at + 1, min(len(around), start + self.longest) + 1):
                    if around[start:end] in self.waiting:
                        found[around[start:end]] = None
        return list(found)


INFIXES = (r"(?<=[\w%]);(?=[\w(])",)
"""Splits spaCy's Indonesian rules leave out: a semicolon between two words or figures, as rows
pasted from a spreadsheet have them ("Rote Ndao;71.540;13.020;18,2")."""


@registry.tokenizers("extractor.LazyExceptionsTokenizer.v1")
def create_tokenizer():
    """The factory spaCy's config names: the language's own tokenizer settings, lazy exceptions."""

    def make(nlp: Language) -> LazyExceptionsTokenizer:
        defaults = nlp.Defaults
        return LazyExceptionsTokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=util.compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
            suffix_search=util.compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None,
            infix_finditer=util.compile_infix_regex([*(defaults.infixes or ()), *INFIXES]).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return make


CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "extractor.LazyExceptionsTokenizer.v1"}}}
"""The config that makes ``spacy.blank("id", config=CONFIG)`` use this tokenizer."""


def prepare(nlp: Language, texts: Iterable[str]) -> None:
    """Add the exceptions ``texts`` need to the pipeline's tokenizer, when it waits with them
    (call it outside any memory zone, before the texts are tokenized inside one)."""
    if isinstance(nlp.tokenizer, LazyExceptionsTokenizer):
        nlp.tokenizer.prepare(texts)
