"""Clean: strip page debris from plain-text articles before extraction.

Saved or copied pages carry text that is not the article: "Baca Juga" teasers, related-news
lists, share bars, comment forms, advertorial tags, photo captions. Figures in them are not the
article's facts. The rules are data (``patterns/debris.jsonl``); the cleaned text is what gets
stored and what fact offsets point into.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import patterns


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern
    drop: str


@lru_cache(maxsize=8)
def _rules(patterns_dir: str | None = None) -> tuple[_Rule, ...]:
    rules = []
    for record in patterns.jsonl(patterns_dir, "debris.jsonl"):
        if record["drop"] not in ("line", "block", "rest", "inline"):
            raise patterns.PatternsError(f"debris.jsonl: {record['name']}: unknown drop {record['drop']!r}")
        rules.append(_Rule(record["name"], re.compile(record["pattern"], re.IGNORECASE), record["drop"]))
    return tuple(rules)


# No-break and thin spaces from web pages become plain spaces (one character for one), so that
# multi-word names and cues ("Kutai\u00a0Kartanegara") match.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})
_LIST_ITEM = re.compile(r"^\s*(?:[-•*▪►»]|\d+[.)])\s+")


def _is_list_line(line: str) -> bool:
    """A line of a related-news list: a bullet item, or a short headline without a full stop."""
    stripped = line.strip()
    if not stripped or _LIST_ITEM.match(stripped):
        return True
    return len(stripped.split()) <= 16 and not stripped.endswith((".", '"', "”"))


def clean_text(text: str, patterns_dir: str | None = None) -> str:
    """The article text without page debris; paragraphs and body lines stay as they were.

    >>> clean_text("Isi 13.289 peserta.\\n\\nBaca Juga: Harga 5 ribu\\n\\nLanjut.\\n")
    'Isi 13.289 peserta.\\n\\nLanjut.\\n'
    >>> clean_text("Isi.\\n\\nBerita Lainnya\\n- Satu 9.000 Nelayan\\n- Dua\\n")
    'Isi.\\n'
    >>> clean_text("Capaian naik.(Adv/one).")
    'Capaian naik.\\n'
    """
    rules = _rules(patterns_dir)
    text = text.translate(_SPACES).replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    kept: list[str] = []
    skipping_block = False
    for line in lines:
        if skipping_block:
            if _is_list_line(line):
                continue
            skipping_block = False
        rule = next((r for r in rules if r.drop != "inline" and r.pattern.match(line.strip())), None)
        if rule is None:
            for inline in (r for r in rules if r.drop == "inline"):
                line = inline.pattern.sub("", line)
            kept.append(line.rstrip() if line.strip() == "" else line)
            continue
        if rule.drop == "rest":
            break
        if rule.drop == "block":
            skipping_block = True
    return _tidy("\n".join(kept))


def _tidy(text: str) -> str:
    """Collapse the blank lines left behind by dropped lines, and end with one newline."""
    text = re.sub(r"[ \t\u00a0]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n") + "\n" if text.strip() else ""
