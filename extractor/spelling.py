"""Spelling: words one typing error apart, found without comparing every pair.

Journalists misspell and run words together ("manargetkan", "kepeseraan", "Bone Boalngo").
A ``NearIndex`` holds the words they may have meant; looking a word up returns those one edit
away (a letter added, dropped, changed, or two neighbours swapped). It is a symmetric-deletion
index: every word is stored under itself and its one-letter-shorter forms, so a look-up costs a
few dictionary reads, however many words the index holds.
"""

from __future__ import annotations

from collections.abc import Iterable

LOOKUPS_KEPT = 100_000
"""The most look-ups a ``NearIndex`` remembers; it forgets them all at once when full, so memory
stays bounded on any stream of articles."""


def deletions(word: str) -> set[str]:
    """The word and every word one letter shorter: two words within one edit share one of these.

    >>> sorted(deletions("abc"))
    ['ab', 'abc', 'ac', 'bc']
    """
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def one_edit(a: str, b: str) -> bool:
    """Whether two different words are one insertion, deletion, substitution or swap apart.

    >>> one_edit("manargetkan", "menargetkan"), one_edit("kepeseraan", "kepesertaan")
    (True, True)
    >>> one_edit("boneboalngo", "bonebolango"), one_edit("tercatat", "terdapat")
    (True, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        swapped = (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
        return len(diff) == 1 or swapped
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


LETTERS = "abcdefghijklmnopqrstuvwxyz"


def one_edit_forms(word: str) -> set[str]:
    """Every lower-case word one typing error from ``word`` (the word itself left out): for the
    few words short lists are matched on by a set, where an index would be one more mechanism.

    >>> "keluruhan" in one_edit_forms("kelurahan"), "kelurahan" in one_edit_forms("kelurahan")
    (True, False)
    >>> all(one_edit(form, "desa") for form in one_edit_forms("desa"))
    True
    """
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    forms = {a + b[1:] for a, b in splits if b}
    forms |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    forms |= {a + c + b[1:] for a, b in splits if b for c in LETTERS}
    forms |= {a + c + b for a, b in splits for c in LETTERS}
    return forms - {word}


class NearIndex:
    """Words to be found by a misspelling of them.

    >>> index = NearIndex(["menargetkan", "terdaftar"])
    >>> index.near("manargetkan"), index.near("terdaftar"), index.near("tercatat")
    ({'menargetkan'}, set(), set())
    """

    def __init__(self, words: Iterable[str]):
        self._by_deletion: dict[str, list[str]] = {}
        for word in words:
            for variant in deletions(word):
                self._by_deletion.setdefault(variant, []).append(word)
        self._looked_up: dict[str, frozenset[str]] = {}

    def near(self, word: str) -> set[str]:
        """The indexed words one edit away from ``word`` (not ``word`` itself)."""
        found = self._looked_up.get(word)
        if found is None:
            # News repeats its words: a look-up is remembered (up to LOOKUPS_KEPT words).
            candidates = (w for variant in deletions(word) for w in self._by_deletion.get(variant, ()))
            found = frozenset(w for w in candidates if one_edit(word, w))
            if len(self._looked_up) >= LOOKUPS_KEPT:
                self._looked_up.clear()
            self._looked_up[word] = found
        return set(found)  # the caller's own set: it may change it
