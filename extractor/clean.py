"""Clean: strip page debris from plain-text articles before extraction.

Saved or copied pages carry text that is not the article: "Baca Juga" teasers, related-news
lists, share bars, comment forms, advertorial tags, photo captions. Figures in them are not the
article's facts. The rules are data (``patterns/debris.jsonl``); the cleaned text is what gets
stored and what fact offsets point into.

Before the rules, ``without_controls`` takes out what is no text at all: terminal escape
sequences (``ESC[0m`` would otherwise leave a figure "0") and the other C0 and C1 control
characters; carriage returns, form feeds and NEL become newlines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .language import LanguageData, PatternsError


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern
    drop: str


def _build_rules(data: LanguageData) -> tuple[_Rule, ...]:
    rules = []
    for record in data.jsonl("debris.jsonl"):
        if record["drop"] not in ("line", "block", "rest", "inline", "teaser"):
            raise PatternsError(f"debris.jsonl: {record['name']}: unknown drop {record['drop']!r}")
        rules.append(_Rule(record["name"], re.compile(record["pattern"], re.IGNORECASE), record["drop"]))
    return tuple(rules)


# No-break and thin spaces from web pages become plain spaces (one character for one), so that
# multi-word names and cues ("Kutai\u00a0Kartanegara") match.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})
_DIGIT_GROUP_SPACE = re.compile(r"(?<=\d)[\u202f\u2009\u2007](?=\d{3}(?!\d))")
"""A narrow, thin or figure space between digit groups ("198\u2009700"): a thousands separator,
written as Indonesian writes it ("198.700") before the other spaces become plain ones."""
_CELL_SEPARATORS = re.compile(r"[|;\t]")
_SPACED_GROUPS_CELL = re.compile(
    r"(?:^|(?<=[|;\t]))[ ]*\d{1,3}(?:[ \u00a0]\d{3})+[ ]*(?=[|;\t]|$)", re.MULTILINE
)
"""A table cell that is one figure with its digit groups spaced ("| 142 300 |"): a cell holds one
value, so the spaces are thousands separators there, while in running text "12 300" may as well
be two figures."""


def _spaced_groups_joined(text: str) -> str:
    r"""The text with the spaced digit groups of its table cells joined by dots, as Indonesian
    writes them; a line is a table row when it has two cell separators or more.

    >>> _spaced_groups_joined("Kota Tegal | 142 300 | 71\u00a0880 | 50,5 %\nAda 12 300 orang; lagi")
    'Kota Tegal | 142.300 | 71.880 | 50,5 %\nAda 12 300 orang; lagi'
    """
    if not _CELL_SEPARATORS.search(text):
        return text
    return "\n".join(
        _SPACED_GROUPS_CELL.sub(lambda m: re.sub(r"(?<=\d)[ \u00a0](?=\d)", ".", m.group()), line)
        if len(_CELL_SEPARATORS.findall(line)) >= 2
        else line
        for line in text.split("\n")
    )


_LIST_ITEM = re.compile(r"^\s*(?:[-•*▪►»›▸]|\d+[.)])\s+")


# Terminal escape sequences: ESC [ ... final (CSI: colours, cursor moves) or the 8-bit CSI; ESC ]
# ... BEL or ESC \ (OSC: titles, links) when it ends on its line; ESC and one more character.
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)|\x1b[ -/]*[0-~]"
)
_LINE_BREAK = re.compile(r"\r\n?|[\x0b\x0c\x85]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def without_controls(text: str) -> str:
    r"""The text without terminal escape sequences and control characters (but newline and tab);
    line breaks written another way (CR, CR LF, VT, FF, NEL) become newlines.

    >>> without_controls("\x1b[31mPeserta\x1b[0m 13.289\x07\r\nBaru\x0cLagi\x00")
    'Peserta 13.289\nBaru\nLagi'
    >>> without_controls("\x1b]8;;http://x\x07tautan\x1b]8;;\x07 dan \x9b2Jteks\ttab \x1b(B.")
    'tautan dan teks\ttab .'
    >>> without_controls("\x1b]judul tanpa akhir\n13.289 peserta")
    'judul tanpa akhir\n13.289 peserta'
    """
    text = _ESCAPE_SEQUENCE.sub("", text)
    return _CONTROL.sub("", _LINE_BREAK.sub("\n", text))


def _is_list_line(line: str) -> bool:
    """A line of a related-news list: a bullet item, or a short headline without a full stop."""
    stripped = line.strip()
    if not stripped or _LIST_ITEM.match(stripped):
        return True
    return len(stripped.split()) <= 16 and not stripped.endswith((".", '"', "”"))


def clean_text(text: str, data: LanguageData | None = None) -> str:
    """The article text without page debris; paragraphs and body lines stay as they were.

    >>> clean_text("Isi 13.289 peserta.\\n\\nBaca Juga: Harga 5 ribu\\n\\nLanjut.\\n")
    'Isi 13.289 peserta.\\n\\nLanjut.\\n'
    >>> clean_text("Isi.\\n\\nBerita Lainnya\\n- Satu 9.000 Nelayan\\n- Dua\\n")
    'Isi.\\n'
    >>> clean_text("Capaian naik.(Adv/one).")
    'Capaian naik.\\n'
    """
    data = data or LanguageData.load()
    rules = data.derived("clean.rules", _build_rules)
    teasers = [r for r in rules if r.drop == "teaser"]
    title_words = data.derived("clean.title_words", lambda d: frozenset(d.lines("title_words.txt")))
    text = (
        _spaced_groups_joined(_DIGIT_GROUP_SPACE.sub(".", text))
        .translate(_SPACES)
        .replace("\r\n", "\n")
        .replace("\r", "\n")
    )
    lines = text.split("\n")
    kept: list[str] = []
    skipping_block = False
    for line in lines:
        rule = next((r for r in rules if r.drop != "inline" and r.pattern.match(line.strip())), None)
        if rule is not None and rule.drop == "rest":
            break  # "Komentar (1)" right under a teaser's block ends the article all the same
        if skipping_block:
            if _is_list_line(line):
                continue
            skipping_block = False
        if rule is None:
            for teaser in teasers:
                line = _without_teasers(line, teaser.pattern, title_words)
            for inline in (r for r in rules if r.drop == "inline"):
                line = inline.pattern.sub("", line)
            kept.append(line.rstrip() if line.strip() == "" else line)
            continue
        if rule.drop == "rest":
            break
        if rule.drop == "teaser" and (body := _body_after_teaser(line.strip(), rule.pattern, title_words)):
            kept.append(body)  # "Baca Juga: Harga TBS Turun Pada bulan yang sama, Pemkab ...": its text stays
            continue
        if rule.drop in ("block", "teaser"):
            skipping_block = True
    return _tidy("\n".join(kept))


def _without_teasers(line: str, teaser: re.Pattern, title_words: frozenset[str]) -> str:
    """The line without the teasers inside it ("... kecil. Baca juga: 1.250 Honorer Kukar Terima
    SK PPPK Berdasarkan data P3KE, ...": the headline goes, the next sentence stays).
    """
    position = 0
    while (match := teaser.search(line, position)) is not None:
        if not line[: match.start()].strip():
            # At the start of the line the line rule (a whole teaser block) has it.
            position = match.end()
            continue
        rest = line[match.end() :]
        if match.group(0).startswith("("):
            close = rest.find(")")
            end = match.end() + close + 1 if close >= 0 else len(line)
        else:
            end = match.end() + _headline_length(rest, title_words)
        line = (line[: match.start()].rstrip() + " " + line[end:].lstrip()).rstrip()
        position = match.start()
    return line


BODY_AFTER_TEASER_WORDS = 6
"""How many words a sentence glued after a teaser's headline must have to be kept as text."""


def _body_after_teaser(line: str, teaser: re.Pattern, title_words: frozenset[str]) -> str:
    r"""The article's sentence glued after a teaser that opens a line, once its headline (in title
    case) is gone; empty when the line is the teaser alone.

    >>> import re
    >>> teaser = re.compile(r"baca juga\s*:?", re.IGNORECASE)
    >>> line = "Baca Juga: Harga Sawit Turun Pada bulan yang sama, pemkab menanggung iuran buruh."
    >>> _body_after_teaser(line, teaser, frozenset())
    'Pada bulan yang sama, pemkab menanggung iuran buruh.'
    >>> _body_after_teaser("Baca Juga: Pemkab Paser Lindungi 9.000 Nelayan", teaser, frozenset())
    ''
    """
    match = teaser.match(line)
    if match is None or match.group(0).startswith("("):
        return ""
    rest = line[match.end() :]
    body = rest[_headline_length(rest, title_words) :].strip()
    return body if len(body.split()) >= BODY_AFTER_TEASER_WORDS and body.endswith((".", '"', "”")) else ""


def _headline_length(rest: str, title_words: frozenset[str]) -> int:
    """How much of ``rest`` is a teaser's headline: title-case words up to the capitalised word
    that starts the next sentence; all of it when the headline is not in title case."""
    words = list(re.finditer(r"\S+", rest))
    for i, word in enumerate(words):
        text = word.group(0)
        if text[0].isupper() or text[0].isdigit() or text.lower() in title_words:
            continue
        # The first lower-case word: the capitalised word before it starts the next sentence,
        # provided enough of a title-case headline stands before that.
        if i >= 3 and words[i - 1].group(0)[0].isupper():
            return words[i - 1].start()
        return len(rest)
    return len(rest)


def _tidy(text: str) -> str:
    """Collapse the blank lines left behind by dropped lines, and end with one newline."""
    text = re.sub(r"[ \t\u00a0]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n") + "\n" if text.strip() else ""
