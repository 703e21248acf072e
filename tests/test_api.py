"""The library API: extracting texts and records, reading and running inputs, checking claims;
and the one-way layout of the modules under it."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

import extractor
from extractor import api
from extractor.identity import Identity
from extractor.records import Article, SourceError

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "extractor"
CORPUS = REPO / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
KUKAR_FILE = CORPUS / "kukar-kaltimtoday-2025-12-01.txt"
KUKAR = "Kabupaten Kutai Kartanegara"
CLAIM = "Pada 2025 Kukar menambah 13.289 peserta baru BPJS Ketenagakerjaan"
TEXT = "Pemkab Kukar menambah 13.289 peserta baru BPJS Ketenagakerjaan pada 2025."
RELATIVE = "Pemkab Berau mencatat 11.872 pekerja rentan terlindungi BPJS Ketenagakerjaan tahun lalu."


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> str:
    """The check fixtures, stored through ``api.run``."""
    path = str(tmp_path_factory.mktemp("api") / "facts.db")
    outcomes = list(api.run([str(FIXTURES / "check")], api.Settings(db_path=path)))
    assert outcomes and all(o.error is None for o in outcomes)
    return path


# --- extract_text ----------------------------------------------------------------------------


def test_extract_text_gives_the_facts_of_a_text():
    [fact] = api.extract_text(TEXT, published="2025-12-01")
    assert isinstance(fact, api.Fact)
    assert (fact.region, fact.year, fact.metric, fact.value, fact.unit) == (
        KUKAR,
        2025,
        "participants_new",
        13289,
        "person",
    )
    assert (fact.article, TEXT[fact.start : fact.end]) == ("text", "13.289")


@pytest.mark.parametrize(
    "published", ["2024-05-01", date(2024, 5, 1), datetime(2024, 5, 1, 9, 30), "2024-05-01T09:30:00+07:00"]
)
def test_extract_text_resolves_relative_years_against_the_date_given(published):
    assert [f.year for f in api.extract_text(RELATIVE, published)] == [2023]


def test_extract_text_dates_an_undated_text_from_its_url():
    [fact] = api.extract_text(RELATIVE, url="https://x.id/berita/2022/03/09/berau", article_id="berau")
    assert (fact.year, fact.article) == (2021, "berau")


def test_extract_text_cleans_the_text_and_points_offsets_into_the_clean_one():
    text = "Baca Juga: Harga 5 ribu\n\n" + TEXT + "\n\nBaca Juga: Kukar menambah 9.000 peserta baru\n"
    [fact] = api.extract_text(text, published="2025-12-01")
    assert (fact.value, fact.start) == (13289, TEXT.index("13.289"))


def test_extract_text_rejects_a_date_that_is_not_iso():
    with pytest.raises(ValueError):
        api.extract_text(TEXT, published="1 Desember 2025")


def test_extract_text_reports_a_pipeline_failure(monkeypatch):
    def broken(self, doc):
        raise RuntimeError("rule broke")

    monkeypatch.setattr("extractor.facts.FactBuilder.__call__", broken)
    with pytest.raises(api.ExtractionError, match="text: failed in facts: rule broke"):
        api.extract_text(TEXT, published="2025-12-01")


# --- extract_articles and read ----------------------------------------------------------------


def test_extract_articles_takes_articles_records_and_errors_in_order():
    records = [
        {"id": "a", "text": TEXT, "published": "2025-12-01", "title": "Judul"},
        SourceError("b.txt", "not a text file (binary content)"),
        Article(id="c", text=RELATIVE, published=date(2024, 5, 1)),
        {"text": TEXT},
        {"id": "e", "text": 5},
    ]
    outcomes = list(api.extract_articles(records))
    assert [o.article.id if o.article else str(o.error) for o in outcomes] == [
        "a",
        "b.txt: not a text file (binary content)",
        "c",
        "records:4",
        'records:5: record has no "text" string',
    ]
    assert outcomes[0].article.title == "Judul"
    assert [f.value for f in outcomes[0].facts] == [13289]
    assert [(f.value, f.year) for f in outcomes[2].facts] == [(11872, 2023)]


def test_extract_articles_published_replaces_every_date():
    [outcome] = api.extract_articles(
        [{"id": "x", "text": RELATIVE, "published": "2024-05-01"}], published="2020-01-01"
    )
    assert (outcome.article.published_source, [f.year for f in outcome.facts]) == ("option", [2019])


def test_extract_articles_refuses_what_is_no_record():
    with pytest.raises(TypeError, match="record 1: expected an Article, a SourceError or a dict, not str"):
        list(api.extract_articles([TEXT]))


def test_read_gives_raw_articles_and_errors(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT + "\n\nBaca Juga: Lain\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    article, error = api.read([str(tmp_path)])
    assert (article.id, article.needs_cleaning, article.published) == (str(tmp_path / "a.txt"), True, None)
    assert "Baca Juga" in article.text
    assert isinstance(error, SourceError) and error.source == str(tmp_path / "b.txt")


def test_read_refuses_a_missing_path_before_reading_anything(tmp_path):
    with pytest.raises(api.InputError, match="nope.txt: no such file or directory"):
        api.read([str(KUKAR_FILE), str(tmp_path / "nope.txt")])


def test_read_refuses_a_follow_pattern_that_is_no_regex():
    with pytest.raises(api.InputError, match=r"--follow '\(': not a regular expression"):
        api.read([str(KUKAR_FILE)], settings=api.Settings(follow="("))


# --- run, explain -----------------------------------------------------------------------------


def test_run_stores_what_it_yields(tmp_path):
    db = tmp_path / "facts.db"
    outcomes = list(api.run([str(KUKAR_FILE)], api.Settings(db_path=str(db)), published="2025-12-01"))
    [outcome] = outcomes
    stored = list(api.Store(db, create=False).export())
    assert stored == [fact.to_dict() for fact in outcome.facts] and stored
    assert outcome.article.id == Identity.under().of_path(KUKAR_FILE)
    assert api.Store(db).db["articles"].get(outcome.article.id)["published"] == "2025-12-01"


def test_run_opens_the_database_when_it_starts(tmp_path):
    outcomes = api.run([str(KUKAR_FILE)], api.Settings(db_path=str(tmp_path / "no" / "such" / "dir.db")))
    with pytest.raises(api.StoreError, match="not a usable SQLite database"):
        next(outcomes)


def test_explain_article_gives_every_number_with_its_decision():
    records = api.explain_article(str(KUKAR_FILE))
    facts = [r for r in records if r["verdict"] == "fact"]
    assert {"quote": "13.289", "metric": "participants_new", "region": KUKAR, "year": 2025}.items() <= facts[
        0
    ].items()
    assert all(r["reason"] for r in records)
    assert [r["start"] for r in records] == sorted(r["start"] for r in records)


def test_explain_article_reports_an_unreadable_article():
    with pytest.raises(api.ExtractionError, match="no-article.html: no article text found"):
        api.explain_article(str(FIXTURES / "html" / "no-article.html"))


# --- checking ---------------------------------------------------------------------------------


def test_check_claim_takes_a_path_or_a_store(db_path):
    by_path = api.check_claim(CLAIM, db_path)
    by_store = api.check_claim(CLAIM, api.Store(db_path))
    assert by_path.to_dict() == by_store.to_dict()
    assert by_path.verdict == "supported"
    assert any(e.quote == "13.289" and e.agrees for e in by_path.evidence)


def test_check_claims_gives_one_verdict_per_claim_in_order(db_path):
    claims = [CLAIM, "Cakupan BPJS Ketenagakerjaan Kota Semarang 2025 sebesar 50 persen", "tidak ada angka"]
    assert [r.verdict for r in api.check_claims(claims, db_path)] == [
        "supported",
        "contradicted",
        "no_figure",
    ]


def test_check_claim_needs_an_existing_database(tmp_path):
    with pytest.raises(api.CheckError, match="no such database"):
        api.check_claim(CLAIM, tmp_path / "nope.db")
    assert not (tmp_path / "nope.db").exists()


def test_find_conflicts_lists_the_stored_sources_that_disagree(db_path):
    conflicts = api.find_conflicts(db_path)
    assert ("Kota Samarinda", 2025, "participants") in {(c.region, c.year, c.metric) for c in conflicts}


# --- the package -------------------------------------------------------------------------------


def test_the_package_exports_the_api_by_name():
    assert extractor.__all__ == api.__all__
    for name in extractor.__all__:
        assert getattr(extractor, name) is getattr(api, name)
    with pytest.raises(AttributeError):
        extractor.no_such_name  # noqa: B018


def test_importing_the_package_and_the_command_line_leaves_spacy_unloaded():
    code = (
        "import sys, extractor, extractor.cli; "
        "print(sorted(m for m in ('spacy', 'extractor.api', 'sqlite_utils') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert json.loads(result.stdout.replace("'", '"')) == []


def test_reading_files_alone_leaves_the_scraper_unloaded(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Sebanyak 1.200 pekerja di Kota Samarinda terdaftar.", encoding="utf-8")
    code = (
        "import sys; from extractor import api; "
        f"items = list(api.read([{str(article)!r}])); "
        "print(len(items), 'extractor.scrape' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.split() == ["1", "False"]


# --- one way through -----------------------------------------------------------------------------

# Which modules a module may not import, directly or inside a function: reading knows nothing of
# preparing, annotating or storing; annotating nothing of reading or storing.
FORBIDDEN = {
    "sources": {"clean", "prepare", "pipeline", "store", "api"},
    "scrape": {"clean", "prepare", "pipeline", "store", "api", "sources"},
    "fetch": {"clean", "prepare", "pipeline", "store", "api", "sources", "scrape"},
    "identity": {"clean", "prepare", "pipeline", "store", "api", "sources", "scrape", "fetch"},
    "prepare": {"sources", "scrape", "fetch", "pipeline", "store", "api"},
    "pipeline": {"sources", "scrape", "fetch", "prepare", "store", "api", "check", "explain"},
    "store": {"sources", "scrape", "fetch", "prepare", "pipeline", "api"},
}


def modules() -> dict[str, list[Path]]:
    """The package's modules and their files; a subpackage (``check/``) counts as one module."""
    found = {path.stem: [path] for path in PACKAGE.glob("*.py") if path.stem != "__init__"}
    for folder in PACKAGE.iterdir():
        if (folder / "__init__.py").exists():
            found[folder.name] = sorted(folder.glob("*.py"))
    return found


def imports() -> dict[str, set[str]]:
    """Module → the package modules it imports, at the top or inside functions."""
    known = modules()
    graph = {}
    for name, paths in sorted(known.items()):
        found = set()
        for path in paths:
            level = 1 if path.parent == PACKAGE else 2  # "from .x" at the top, "from ..x" in a subpackage
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.level == level:
                    names = [node.module] if node.module else [alias.name for alias in node.names]
                    found.update(n.split(".")[0] for n in names if n.split(".")[0] in known)
        graph[name] = found - {name}
    return graph


def test_no_module_imports_one_that_imports_it_back():
    graph = imports()

    def reaches(start: str, target: str, seen: set[str]) -> bool:
        return any(n == target or (n not in seen and reaches(n, target, seen | {n})) for n in graph[start])

    assert [m for m in graph if reaches(m, m, {m})] == []


def test_articles_flow_one_way():
    graph = imports()
    assert {m: sorted(graph[m] & banned) for m, banned in FORBIDDEN.items() if graph[m] & banned} == {}


def test_every_module_imports_in_a_fresh_interpreter():
    """Each module imported first, with no other module of the package loaded before it."""
    code = (
        "import importlib, sys\n"
        "for name in sys.argv[1:]:\n"
        "    for key in [k for k in sys.modules if k == 'extractor' or k.startswith('extractor.')]:\n"
        "        del sys.modules[key]\n"
        "    importlib.import_module('extractor.' + name)\n"
    )
    names = [
        ".".join(path.relative_to(PACKAGE).with_suffix("").parts).removesuffix(".__init__")
        for paths in modules().values()
        for path in paths
    ]
    result = subprocess.run([sys.executable, "-c", code, *names], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
