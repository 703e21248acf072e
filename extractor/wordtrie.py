"""Word lists as regular expressions: the words laid out as a tree of their letters.

Most of the cost of scanning a text with a regular expression is trying it at every word; a
list of alternatives compares each word with every entry in turn, a tree rejects it after its
first letters. ``numbers.py`` and ``timeexpressions.py`` build their word lists this way.
"""

from __future__ import annotations

import re


def alternation(phrases, boundary: bool = True) -> str:
    r"""A regex matching any of the literal phrases, longest first; a space matches any run of
    spaces. With ``boundary``, a phrase ending in a letter or digit must end a word.

    The phrases are laid out as a trie (``s(?:e(?:ribu|juta)|atu)``): the scanner tries this at
    every word of an article, and a trie rejects a word after its first letters instead of
    comparing it with every phrase in turn.

    >>> alternation(["jun", "juni", "jul"])
    '(?:ju(?:l(?!\\w)|n(?:i(?!\\w)|(?!\\w))))'
    """
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in " ".join(phrase.lower().split()):
            node = node.setdefault(char, {})
        node[""] = boundary and phrase[-1].isalnum()
    if not trie:
        return "(?!)"

    def branch(node: dict) -> str:
        children = [
            (r"\s+" if char == " " else re.escape(char)) + branch(child)
            for char, child in sorted(node.items())
            if char
        ]
        if "" in node:  # a whole phrase ends here; longer ones (the children) go first
            children.append(r"(?!\w)" if node[""] else "")
        if len(children) == 1:
            return children[0]
        return "(?:" + "|".join(children) + ")"

    return "(?:" + branch(trie) + ")"
