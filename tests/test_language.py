"""Language data: bundled files, an override directory that replaces or extends them, one shared
instance per directory, and the data a Doc was made with."""

from __future__ import annotations

import pickle
from datetime import date

import pytest

from extractor import language, pipeline
from extractor.language import LanguageData, PatternsError, bundled_dir
from tests.conftest import run_text

KUKARTA = "Pemkab Kutaikarta menambah 13.289 peserta baru BPJS Ketenagakerjaan pada 2025.\n"
ALIAS_HEADER = "alias,code,name,needs\n"
ALIAS_ROW = "Kutaikarta,64.02,Kabupaten Kutai Kartanegara,\n"


def write(directory, name: str, text: str) -> None:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def extended(tmp_path_factory) -> LanguageData:
    """Data whose override directory adds one region alias (its pipeline is built once)."""
    directory = tmp_path_factory.mktemp("extended")
    write(directory, "region_aliases.extra.csv", ALIAS_HEADER + ALIAS_ROW)
    return LanguageData.load(directory)


def facts_of(data: LanguageData, text: str) -> list[tuple]:
    outcome = run_text(pipeline.load(data), text, date(2025, 12, 1))
    return [(f.region, f.metric, f.value, f.year) for f in outcome.facts]


# --- files -----------------------------------------------------------------------------------


def test_bundled_data_reads_the_bundled_files():
    data = LanguageData.load()
    assert data.directory is None
    assert data.path("regions.csv") == bundled_dir() / "regions.csv"
    assert "kab." in data.lines("abbreviations.txt")


def test_an_override_file_replaces_the_bundled_one_and_the_others_fall_back(tmp_path):
    write(tmp_path, "title_words.txt", "# only these\ndan\n")
    data = LanguageData.load(tmp_path)
    assert data.lines("title_words.txt") == ("dan",)
    assert data.path("title_words.txt") == tmp_path.resolve() / "title_words.txt"
    assert data.path("regions.csv") == bundled_dir() / "regions.csv"
    assert data.table("regions.csv") == LanguageData.load().table("regions.csv")


def test_an_extra_file_adds_its_rows_after_the_file_it_extends(tmp_path):
    bundled = LanguageData.load()
    write(tmp_path, "abbreviations.extra.txt", "# more\ndsn.\n")
    write(tmp_path, "region_aliases.extra.csv", ALIAS_HEADER + ALIAS_ROW)
    write(tmp_path, "facts/cues.extra.jsonl", '{"label": "stock", "phrase": "anggota aktif"}\n')
    data = LanguageData.load(tmp_path)
    assert data.lines("abbreviations.txt") == (*bundled.lines("abbreviations.txt"), "dsn.")
    assert data.table("region_aliases.csv")[:-1] == bundled.table("region_aliases.csv")
    assert data.table("region_aliases.csv")[-1] == {
        "alias": "Kutaikarta",
        "code": "64.02",
        "name": "Kabupaten Kutai Kartanegara",
        "needs": "",
    }
    assert data.jsonl("facts/cues.jsonl") == (
        *bundled.jsonl("facts/cues.jsonl"),
        {"label": "stock", "phrase": "anggota aktif"},
    )


def test_an_extra_file_extends_an_override_file_too(tmp_path):
    write(tmp_path, "title_words.txt", "dan\n")
    write(tmp_path, "title_words.extra.txt", "atau\n")
    assert LanguageData.load(tmp_path).lines("title_words.txt") == ("dan", "atau")


def test_an_extra_table_needs_the_columns_of_the_file_it_extends(tmp_path):
    write(tmp_path, "region_aliases.extra.csv", "alias,code\nKutaikarta,64.02\n")
    with pytest.raises(PatternsError, match="region_aliases.extra.csv: columns alias,code differ"):
        LanguageData.load(tmp_path).table("region_aliases.csv")


def test_malformed_and_missing_files_are_patterns_errors(tmp_path):
    write(tmp_path, "debris.extra.jsonl", '{"name": "x"\n')
    data = LanguageData.load(tmp_path)
    with pytest.raises(PatternsError, match=r"debris.extra.jsonl:1: not JSON"):
        data.jsonl("debris.jsonl")
    with pytest.raises(PatternsError, match="no_such.txt: no such patterns file"):
        data.lines("no_such.txt")
    with pytest.raises(PatternsError, match="not a directory"):
        LanguageData.load(tmp_path / "nope")


# --- one instance per directory ----------------------------------------------------------------


def test_load_shares_one_instance_per_directory(tmp_path):
    data = LanguageData.load(tmp_path)
    assert LanguageData.load(str(tmp_path)) is data
    assert LanguageData.load(tmp_path / "." / "") is data
    assert LanguageData.load() is LanguageData.load(None) is not data


def test_pickling_loads_the_instance_of_the_same_directory(tmp_path):
    data = LanguageData.load(tmp_path)
    assert pickle.loads(pickle.dumps(data)) is data
    assert pickle.loads(pickle.dumps(LanguageData.load())) is LanguageData.load()
    assert len(pickle.dumps(LanguageData.load())) < 200


def test_derived_structures_are_built_once_per_instance(tmp_path):
    built = []

    def build(data: LanguageData) -> frozenset[str]:
        built.append(data)
        return frozenset(data.lines("title_words.txt"))

    data = LanguageData.load(tmp_path)
    assert data.derived("test.words", build) is data.derived("test.words", build)
    assert built == [data]


def test_the_fingerprint_follows_the_files_in_use(tmp_path):
    bundled = LanguageData.load().fingerprint
    assert len(bundled) == 16 and int(bundled, 16) >= 0
    assert LanguageData(tmp_path).fingerprint == bundled  # an empty override changes nothing
    write(tmp_path, "title_words.extra.txt", "atau\n")
    extended = LanguageData(tmp_path).fingerprint
    write(tmp_path, "title_words.extra.txt", "serta\n")
    assert len({bundled, extended, LanguageData(tmp_path).fingerprint}) == 3


# --- through the pipeline ----------------------------------------------------------------------


def test_a_doc_carries_the_data_it_was_made_with(nlp, extended):
    assert language.of(pipeline.load(extended)("Kota Bogor 13.289 peserta.")) is extended
    assert language.of(nlp("Kota Bogor 13.289 peserta.")) is LanguageData.load()
    assert language.of(nlp.make_doc("no component saw this")) is LanguageData.load()


def test_the_components_are_configured_with_the_directory(extended):
    nlp = pipeline.load(extended)
    assert nlp.get_pipe_config("regions")["patterns"] == str(extended.directory)
    assert pipeline.load() is pipeline.load(LanguageData.load()) is not nlp


def test_an_extra_alias_resolves_to_its_region_through_the_pipeline(extended):
    assert facts_of(LanguageData.load(), KUKARTA) == []
    expected = ("Kabupaten Kutai Kartanegara", "participants_new", 13289, 2025)
    assert facts_of(extended, KUKARTA) == [expected]
    # Extended, not replaced: the bundled aliases still resolve.
    assert facts_of(extended, KUKARTA.replace("Kutaikarta", "Kukar")) == [expected]


def test_an_override_file_replaces_the_bundled_rules_through_the_pipeline(tmp_path):
    write(tmp_path, "region_aliases.csv", ALIAS_HEADER + ALIAS_ROW)
    expected = ("Kabupaten Kutai Kartanegara", "participants_new", 13289, 2025)
    data = LanguageData.load(tmp_path)
    assert facts_of(data, KUKARTA) == [expected]
    # Replaced: the bundled alias Kukar is gone.
    assert facts_of(data, KUKARTA.replace("Kutaikarta", "Kukar")) == []
