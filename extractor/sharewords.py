"""Share words: the small function words the rules of metrics, dates and facts read by role.

``patterns/facts/share_words.csv`` gives each word a role (``skip`` may stand between "dari"
and a whole, ``recipient`` introduces who was paid, ``relative`` opens a relative clause, ...;
the file's comments say what each role is for). The table is read once per ``LanguageData``
and shared, so that no module writes such words in Python and any module may read them
without importing the rules of another.
"""

from __future__ import annotations

from .language import LanguageData


def share_words(data: LanguageData) -> dict[str, frozenset[str]]:
    """Role → its words (``patterns/facts/share_words.csv``), every role named here present.

    >>> words = share_words(LanguageData.load())
    >>> "yang" in words["relative"], "sama" in words["not_a_clause"]
    (True, True)
    """
    return data.derived("sharewords.share_words", _build_share_words)


def _build_share_words(data: LanguageData) -> dict[str, frozenset[str]]:
    roles: dict[str, set[str]] = {
        "skip": set(),
        "recipient": set(),
        "exists": set(),
        "part": set(),
        "allocates": set(),
        "done": set(),
        "realised": set(),
        "opens_a_place": set(),
        "one_of": set(),
        "claimed": set(),
        "points_back": set(),
        "figure_noun": set(),
        "restates": set(),
        "per_period": set(),
        "per_person": set(),
        "employer": set(),
        "public": set(),
        "still": set(),
        "per_unit": set(),
        "numbering": set(),
        "estimator": set(),
        "misspoke": set(),
        "names_value": set(),
        "its_value": set(),
        "they": set(),
        "times": set(),
        "wage": set(),
        "other_programme": set(),
        "remaining": set(),
        "purse": set(),
        "purse_part": set(),
        "purse_whole": set(),
        "negates": set(),
        "links": set(),
        "instead": set(),
        "enrolled": set(),
        "portion": set(),
        "of_them": set(),
        "region_kind": set(),
        "indefinite": set(),
        "joins": set(),
        "besides": set(),
        "residents": set(),
        "revises": set(),
        "written_before": set(),
        "relative": set(),
        "not_a_clause": set(),
        "present": set(),
        "adjunct": set(),
        "ought": set(),
        "allotted_to": set(),
        "proposes": set(),
        "reply": set(),
        "surveyed": set(),
        "emphasis": set(),
        "compares": set(),
        "than_before": set(),
        "all_workers": set(),
        "rest": set(),
        "goes_on_from": set(),
        "heirs": set(),
    }
    for row in data.table("facts/share_words.csv"):
        roles[row["role"]].add(row["word"])
    return {role: frozenset(words) for role, words in roles.items()}
