"""Claim checking: rounding and agreement, verdicts with evidence, conflicting sources, the CLI.

The database is built once from the articles in ``tests/fixtures/check/``: Kukar's new
participants in 2024 and 2025 (2025 told twice, exactly and rounded), two sources that disagree
on Samarinda's 2025 participants, Kota Semarang's coverage rate, Jawa Tengah's participants.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from extractor import api, check, pipeline
from extractor.check import Figure, agrees, bounds, rounding_step
from extractor.cli import cli
from extractor.settings import Settings
from extractor.store import Store

FIXTURES = Path(__file__).parent / "fixtures" / "check"
KUKAR = "Kabupaten Kutai Kartanegara"
SAMARINDA = "Kota Samarinda"


# --- Rounding and agreement ------------------------------------------------------------------

STEPS = [
    ("13.289", "1"),
    ("13 ribu", "1000"),
    ("13,3 ribu", "100"),
    ("14rb", "1000"),
    ("13.000", "1000"),
    ("10.000", "1000"),
    ("1,5 juta", "100000"),
    ("1,48 Juta", "10000"),
    ("1.480.000", "10000"),
    ("36 persen", "1"),
    ("36,4 persen", "0.1"),
    ("40 %", "1"),
    ("Rp 42 juta", "1000000"),
    ("Rp 1,5 miliar", "100000000"),
    ("Rp 16.800", "100"),
    ("44.259 ribu", "1"),
    ("dua belas ribu", "1000"),
    ("400–500 ribu", "10000"),
]


@pytest.mark.parametrize(("quote", "step"), STEPS, ids=[q for q, _ in STEPS])
def test_rounding_step_is_what_the_last_written_digit_is_worth(quote, step):
    assert rounding_step(quote) == Decimal(step)


def figure(quote: str, value, qualifier: str | None = "exact", value_max=None) -> Figure:
    return Figure.of({"quote": quote, "value": value, "value_max": value_max, "qualifier": qualifier})


AGREEMENT = [
    # (id, claim, stored, agrees)
    ("13 ribu ~ 13.289", figure("13 ribu", 13000), figure("13.289", 13289), True),
    ("13,3 ribu ~ 13.289", figure("13,3 ribu", 13300), figure("13.289", 13289), True),
    ("13,2 ribu !~ 13.289", figure("13,2 ribu", 13200), figure("13.289", 13289), False),
    ("14 ribu !~ 13.289", figure("14 ribu", 14000), figure("13.289", 13289), False),
    ("13.288 !~ 13.289", figure("13.288", 13288), figure("13.289", 13289), False),
    ("13.290 ~ 13.289: a trailing zero rounds", figure("13.290", 13290), figure("13.289", 13289), True),
    ("13.000 ~ 13.289", figure("13.000", 13000), figure("13.289", 13289), True),
    ("10.000 !~ 14.880", figure("10.000", 10000), figure("14.880", 14880), False),
    ("36 persen ~ 36,4", figure("36 persen", 36), figure("36,4 persen", 36.4), True),
    ("37 persen !~ 36,4", figure("37 persen", 37), figure("36,4 persen", 36.4), False),
    ("1,5 juta ~ 1.480.000", figure("1,5 juta", 1500000), figure("1.480.000", 1480000), True),
    ("2 juta !~ 1.480.000", figure("2 juta", 2000000), figure("1.480.000", 1480000), False),
    ("sekitar 13 ribu ~ 13.900", figure("13 ribu", 13000, "approx"), figure("13.900", 13900), True),
    ("sekitar 13 ribu !~ 15.000", figure("13 ribu", 13000, "approx"), figure("15.000", 15000), False),
    ("lebih dari 13 ribu ~ 13.289", figure("13 ribu", 13000, "more_than"), figure("13.289", 13289), True),
    ("lebih dari 13 ribu !~ 12.800", figure("13 ribu", 13000, "more_than"), figure("12.800", 12800), False),
    ("lebih dari 10 ribu !~ 20.000", figure("10 ribu", 10000, "more_than"), figure("20.000", 20000), False),
    ("hampir 14 ribu ~ 13.289", figure("14 ribu", 14000, "almost"), figure("13.289", 13289), True),
    ("hampir 14 ribu !~ 14.600", figure("14 ribu", 14000, "almost"), figure("14.600", 14600), False),
    ("kurang dari 14 ribu ~ 13.289", figure("14 ribu", 14000, "less_than"), figure("13.289", 13289), True),
    ("450 ribu in 400–500 ribu", figure("450 ribu", 450000), figure("400–500 ribu", 4e5, None, 5e5), True),
    ("600 ribu !in 400–500 ribu", figure("600 ribu", 600000), figure("400–500 ribu", 4e5, None, 5e5), False),
    ("6 !~ lima: touching is no agreement", figure("6", 6), figure("lima", 5), False),
    ("13 ribu !~ 14 ribu", figure("13 ribu", 13000), figure("14 ribu", 14000), False),
    ("Rp 42 juta ~ Rp42.000.000", figure("Rp 42 juta", 42000000), figure("Rp42.000.000", 42000000), True),
]


@pytest.mark.parametrize(
    ("claim", "stored", "expected"), [a[1:] for a in AGREEMENT], ids=[a[0] for a in AGREEMENT]
)
def test_agreement_allows_the_claims_own_rounding_and_qualifier(claim, stored, expected):
    assert agrees(claim, stored) is expected
    assert agrees(stored, claim) is expected  # symmetric: the same test finds conflicts


def test_bounds_of_a_qualified_figure_lie_on_the_side_the_qualifier_says():
    more_low, more_high = bounds(Decimal(13000), None, "more_than", Decimal(1000))
    almost_low, almost_high = bounds(Decimal(14000), None, "almost", Decimal(1000))
    assert more_low == 13000 and more_high > 13000
    assert almost_high == 14000 and almost_low < 14000


def round_to_significant(n: int, k: int) -> int:
    unit = 10 ** max(len(str(n)) - k, 0)
    return (n + unit // 2) // unit * unit


def indonesian(n: int, scaled: bool) -> str:
    """``n`` written as Indonesian news writes it: grouped digits (13.000) or with a scale word
    and a decimal comma (13 ribu, 1,48 juta)."""
    if scaled:
        for word, exponent in (("miliar", 9), ("juta", 6), ("ribu", 3)):
            if n >= 10**exponent:
                digits = format((Decimal(n) / 10**exponent).normalize(), "f").replace(".", ",")
                return f"{digits} {word}"
    return f"{n:,}".replace(",", ".")


@given(st.integers(min_value=1, max_value=10**11), st.integers(min_value=2, max_value=6), st.booleans())
def test_an_integer_rounded_to_k_significant_digits_is_consistent_with_it(n, k, scaled):
    rounded = round_to_significant(n, k)
    written = indonesian(rounded, scaled)
    assert agrees(figure(written, rounded), figure(f"{n:,}".replace(",", "."), n)), written


@given(
    st.integers(min_value=1, max_value=10**9),
    st.integers(min_value=1, max_value=10**9),
    st.sampled_from(sorted(check.QUALIFIER_MARGINS)),
)
def test_agreement_is_symmetric_and_reflexive(a, b, qualifier):
    first, second = figure(str(a), a, qualifier), figure(str(b), b)
    assert agrees(first, second) == agrees(second, first)
    assert agrees(first, first)


# --- The database of fixture articles ---------------------------------------------------------


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("check") / "facts.db")
    outcomes = list(api.run([str(FIXTURES)], Settings(db_path=path)))
    assert all(o.error is None for o in outcomes), [str(o.error) for o in outcomes if o.error]
    return path


@pytest.fixture(scope="module")
def store(db_path) -> Store:
    return Store(db_path)


def checked(store, nlp, claim: str, year: int | None = None) -> check.ClaimResult:
    return next(check.check_claims([claim], store, year=year, nlp=nlp))


STORED = [
    # (region, year, metric, value, article file): what the tests below rely on the extractor storing
    (KUKAR, 2025, "participants_new", 13289, "kukar-2025-tribun.txt"),
    (KUKAR, 2025, "participants_new", 13000, "kukar-2025-rounded.txt"),
    (KUKAR, 2024, "participants_new", 9870, "kukar-2024-antara.txt"),
    (SAMARINDA, 2025, "participants", 52340, "samarinda-2025-kaltimpost.txt"),
    (SAMARINDA, 2025, "participants", 48100, "samarinda-2025-sapos.txt"),
    ("Kota Semarang", 2025, "coverage_pct", 36.4, "semarang-2025-suara.txt"),
    ("Provinsi Jawa Tengah", 2024, "participants", 1480000, "jateng-2024-jatengpos.txt"),
]


@pytest.mark.parametrize("expected", STORED, ids=[f"{s[0]} {s[1]} {s[2]} {s[3]}" for s in STORED])
def test_precondition_the_extractor_stores_the_fixture_facts(store, expected):
    region, year, metric, value, article = expected
    rows = check.facts_for(store, [region], year, metric)
    assert any(row["value"] == value and row["article"].endswith(article) for row in rows), rows


VERDICTS = [
    # (id, claim, verdict, conflicting)
    ("supported", "Pada 2025 Kukar menambah 13.289 peserta baru", "supported", False),
    ("rounded-supported", "Pada 2025 Kukar menambah 13 ribu peserta baru", "supported", False),
    (
        "qualified-supported",
        "Pemkab Kukar menambah lebih dari 13 ribu peserta baru pada 2025",
        "supported",
        False,
    ),
    ("percent-rounded", "Cakupan Jamsostek Kota Semarang pada 2025 sebesar 36 persen", "supported", False),
    ("million-rounded", "Sebanyak 1,5 juta pekerja di Jawa Tengah terlindungi pada 2024", "supported", False),
    ("contradicted", "Pada 2025 Kukar menambah 15 ribu peserta baru", "contradicted", False),
    (
        "pct-contradicted",
        "Cakupan Jamsostek Kota Semarang pada 2025 sebesar 45 persen",
        "contradicted",
        False,
    ),
    ("not-found-year", "Pada 2023 Kukar menambah 8.000 peserta baru", "not_found", False),
    ("not-found-region", "Pada 2025 Pemkab Berau menambah 5.000 peserta baru", "not_found", False),
    ("conflicting-supported", "Pada 2025, 52.340 pekerja rentan Kota Samarinda terdaftar", "supported", True),
    (
        "conflicting-contradicted",
        "Pada 2025, 70 ribu pekerja rentan Kota Samarinda terdaftar",
        "contradicted",
        True,
    ),
    ("no-year", "Kukar menambah 13.289 peserta baru", "incomplete", False),
    ("no-figure", "BPJS Ketenagakerjaan melindungi pekerja rentan di Kukar", "no_figure", False),
    ("no-coverage-figure", "Kabupaten Kutai Kartanegara memiliki 20 kecamatan", "no_figure", False),
]
CASES = {case[0]: case[1] for case in VERDICTS}


@pytest.mark.parametrize(
    ("claim", "verdict", "conflicting"), [v[1:] for v in VERDICTS], ids=[v[0] for v in VERDICTS]
)
def test_verdict(store, nlp, claim, verdict, conflicting):
    result = checked(store, nlp, claim)
    assert (result.verdict, result.conflicting) == (verdict, conflicting), check.format_result(result)


def test_supported_evidence_points_at_the_source(store, db_path, nlp):
    result = checked(store, nlp, CASES["rounded-supported"])
    exact = next(e for e in result.evidence if e.article.endswith("kukar-2025-tribun.txt"))
    text = Store(db_path).db["articles"].get(exact.article)["text"]
    assert exact.agrees is True
    assert text[exact.start : exact.end] == exact.quote == "13.289"
    assert exact.quote in exact.sentence and exact.sentence in text
    assert exact.published == "2026-01-05"
    assert (exact.region, exact.year, exact.metric) == (KUKAR, 2025, "participants_new")


def test_contradicted_shows_the_stored_figures(store, nlp):
    result = checked(store, nlp, CASES["pct-contradicted"])
    assert [(e.value, e.agrees) for e in result.evidence] == [(36.4, False)]


def test_a_vague_source_does_not_back_a_claim_a_precise_source_contradicts(store, nlp):
    result = checked(store, nlp, CASES["contradicted"])
    by_article = {Path(e.article).name: e.agrees for e in result.evidence}
    assert by_article == {"kukar-2025-rounded.txt": True, "kukar-2025-tribun.txt": False}
    assert result.verdict == "contradicted"


def test_not_found_says_what_is_known_in_other_years(store, nlp):
    result = checked(store, nlp, CASES["not-found-year"])
    assert result.evidence == []
    assert {e.year for e in result.nearby} == {2024, 2025}
    assert result.nearby[0].year == 2024  # the nearest year first
    assert all(e.why.startswith("another year") for e in result.nearby)


def test_not_found_for_a_region_with_nothing_stored_says_so(store, nlp):
    result = checked(store, nlp, CASES["not-found-region"])
    assert result.parsed.region == "Kabupaten Berau"
    assert result.notes == ["nothing is stored for Kabupaten Berau"]


def test_not_found_shows_a_related_metric_that_agrees(store, nlp):
    result = checked(store, nlp, "Pada 2025 sebanyak 13.289 pekerja rentan di Kukar terdaftar")
    assert result.parsed.metric == "participants", check.format_result(result)
    assert result.verdict == "not_found"
    related = [e for e in result.nearby if e.why == "related metric (participants_new)"]
    assert any(e.agrees and e.value == 13289 for e in related)


def test_claim_without_a_year_asks_for_one_and_lists_the_years_stored(store, nlp):
    result = checked(store, nlp, CASES["no-year"])
    assert result.error == "no year: add one or use --year"
    assert result.parsed.missing == ["year"]
    assert {(e.year, e.agrees) for e in result.nearby} >= {(2025, True), (2024, False)}


def test_year_option_fills_a_missing_year(store, nlp):
    result = checked(store, nlp, CASES["no-year"], year=2025)
    assert (result.verdict, result.parsed.year, result.parsed.year_from) == ("supported", 2025, "option")


def test_year_option_does_not_override_the_claims_own_year(store, nlp):
    result = checked(store, nlp, "Pada 2024 Kukar menambah 9.870 peserta baru", year=2025)
    assert (result.verdict, result.parsed.year, result.parsed.year_from) == ("supported", 2024, "claim")


def test_claim_without_a_region_says_so_and_finds_the_figure_elsewhere(store, nlp):
    result = checked(store, nlp, "Pada 2025 ada 13.289 peserta baru")
    assert result.verdict == "incomplete"
    assert "no region named" in result.error
    assert any(e.region == KUKAR and e.value == 13289 for e in result.nearby)


def test_a_bare_shared_name_is_checked_against_every_region_of_that_name(store, nlp):
    result = checked(store, nlp, "Cakupan Jamsostek Semarang pada 2025 sebesar 36 persen")
    assert set(result.parsed.regions()) == {"Kabupaten Semarang", "Kota Semarang"}
    assert result.verdict == "supported"
    assert [e.region for e in result.evidence] == ["Kota Semarang"]


def test_an_explicit_kota_is_not_widened_to_the_kabupaten(store, nlp):
    result = checked(store, nlp, "Cakupan Jamsostek Kabupaten Semarang pada 2025 sebesar 36 persen")
    assert result.parsed.region_alternatives == []
    assert result.verdict == "not_found"
    assert [(e.region, e.why) for e in result.nearby] == [("Kota Semarang", "same name (Kota Semarang)")]


def test_a_national_claim_is_about_indonesia(nlp):
    parsed, _ = check.parse_claim("Cakupan BPJS Ketenagakerjaan nasional pada 2025 sebesar 36,9 persen", nlp)
    assert (parsed.region, parsed.year, parsed.metric, parsed.value) == (
        "Indonesia",
        2025,
        "coverage_pct",
        36.9,
    )


def test_claim_without_a_figure_is_a_clear_message(store, nlp):
    result = checked(store, nlp, CASES["no-figure"])
    assert (result.parsed, result.error) == (None, "no figure in the claim")
    assert "no figure" in check.format_result(result)


def test_results_come_in_input_order(store, nlp):
    claims = [
        CASES["not-found-year"],
        CASES["supported"],
        "tanpa angka",
    ]
    results = list(check.check_claims(claims, store, nlp=nlp))
    assert [r.claim for r in results] == claims
    assert [r.verdict for r in results] == ["not_found", "supported", "no_figure"]


def test_a_claim_that_breaks_the_pipeline_is_reported_and_the_rest_checked(store, nlp, monkeypatch):
    parse = check.parse_claim

    def breaking(claim, *args):
        if "rusak" in claim:
            raise ValueError("component broke")
        return parse(claim, *args)

    monkeypatch.setattr(check.verdicts, "parse_claim", breaking)
    results = list(check.check_claims(["rusak 5 peserta", CASES["supported"]], store, nlp=nlp))
    assert [(r.verdict, r.error) for r in results] == [
        ("error", "the claim could not be read: component broke"),
        ("supported", None),
    ]


def test_to_dict_is_json_with_claim_verdict_parsed_and_evidence(store, nlp):
    result = checked(store, nlp, CASES["rounded-supported"])
    record = json.loads(json.dumps(result.to_dict()))
    assert {"claim", "verdict", "parsed", "evidence", "conflicting"} <= set(record)
    assert record["parsed"]["value"] == 13000 and record["parsed"]["metric"] == "participants_new"
    assert {"article", "url", "title", "published", "sentence", "quote", "start", "end"} <= set(
        record["evidence"][0]
    )


def test_human_output_has_a_verdict_line_and_one_line_per_evidence(store, nlp):
    result = checked(store, nlp, CASES["conflicting-supported"])
    lines = check.format_result(result).splitlines()
    assert lines[0] == f"supported (conflicting sources): {CASES['conflicting-supported']}"
    evidence = [line for line in lines if line.startswith(("  ✓", "  ✗"))]
    assert len(evidence) == 2
    assert "samarinda-2025-kaltimpost.txt (2025-12-10): «52.340» — " in evidence[0]


# --- Conflicts --------------------------------------------------------------------------------


def test_find_conflicts_lists_sources_that_disagree_beyond_rounding(store):
    conflicts = check.find_conflicts(store)
    assert [(c.region, c.year, c.metric) for c in conflicts] == [(SAMARINDA, 2025, "participants")]
    (record,) = conflicts[0].records()
    assert {record["value_a"], record["value_b"]} == {52340, 48100}
    assert {Path(record["article_a"]).name, Path(record["article_b"]).name} == {
        "samarinda-2025-kaltimpost.txt",
        "samarinda-2025-sapos.txt",
    }


def row(article: str, value, quote: str, **fields) -> dict:
    """A stored fact row as ``Store.facts`` yields it, for Samarinda's 2025 participants."""
    base = {"region": SAMARINDA, "year": 2025, "metric": "participants", "value_max": None}
    base |= {"qualifier": "exact", "program": None, "detail": None, "as_of": None}
    return base | {"article": article, "value": value, "quote": quote} | fields


PAIRS = [
    # (id, first, second, disagree)
    ("different articles disagree", row("a", 52340, "52.340"), row("b", 48100, "48.100"), True),
    ("one article is no conflict", row("a", 52340, "52.340"), row("a", 48100, "48.100"), False),
    ("rounding agrees", row("a", 52340, "52.340"), row("b", 52000, "52 ribu"), False),
    ("a subgroup is no total", row("a", 52340, "52.340"), row("b", 500, "500", detail="nelayan"), False),
    (
        "pekerja rentan is the total",
        row("a", 52340, "52.340", detail="pekerja rentan"),
        row("b", 48100, "48.100"),
        True,
    ),
    ("another programme", row("a", 52340, "52.340", program="JKK"), row("b", 48100, "48.100"), False),
    (
        "different months are points in time",
        row("a", 48100, "48.100", as_of="2025-06"),
        row("b", 52340, "52.340", as_of="2025-11"),
        False,
    ),
    (
        "a month and a day in it",
        row("a", 48100, "48.100", as_of="2025-06"),
        row("b", 52340, "52.340", as_of="2025-06-30"),
        True,
    ),
]


@pytest.mark.parametrize(("first", "second", "disagree"), [p[1:] for p in PAIRS], ids=[p[0] for p in PAIRS])
def test_disagreeing_pairs(first, second, disagree):
    assert check.disagreeing_pairs([first, second]) == ([(0, 1)] if disagree else [])


def test_a_rounded_restatement_in_another_article_is_no_conflict(store):
    rows = list(store.facts("facts.region = ? and facts.year = 2025", [KUKAR]))
    assert len({row["article"] for row in rows}) == 2
    assert check.disagreeing_pairs(rows) == []


# --- Command line -----------------------------------------------------------------------------


@pytest.fixture
def built_once(monkeypatch, nlp):
    """The session's pipeline for the commands, which would otherwise each build their own."""
    monkeypatch.setattr(pipeline, "build", lambda data=None: nlp)


def test_cli_check_prints_a_human_verdict(db_path, built_once):
    claim = CASES["rounded-supported"]
    result = CliRunner().invoke(cli, ["check", claim, "--db", db_path])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"supported: {claim}\n")
    assert "«13.289»" in result.output


def test_cli_check_json_lines_from_stdin_in_input_order_with_year(db_path, built_once):
    claims = [
        CASES["no-year"],
        "",
        "Kukar menambah 20 ribu peserta baru",
        "tidak ada angka di sini",
    ]
    result = CliRunner().invoke(
        cli,
        ["check", "--db", db_path, "--nl", "--fail-on", "none", "--file", "-", "--year", "2025"],
        input="\n".join(claims) + "\n",
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["claim"], r["verdict"]) for r in records] == [
        (claims[0], "supported"),
        (claims[2], "contradicted"),
        (claims[3], "no_figure"),
    ]
    assert records[0]["parsed"]["year"] == 2025


def test_cli_check_without_a_database_fails_in_one_line_and_creates_none(tmp_path):
    missing = tmp_path / "none.db"
    result = CliRunner().invoke(cli, ["check", "Pada 2025 Kukar 13.289 peserta", "--db", str(missing)])
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1 and "none.db" in result.output
    assert not missing.exists()


def test_cli_check_without_claims_is_a_usage_error(db_path):
    result = CliRunner().invoke(cli, ["check", "--db", db_path])
    assert result.exit_code == 2


@pytest.mark.parametrize("fmt", ["table", "jsonl"])
def test_cli_conflicts(db_path, fmt):
    result = CliRunner().invoke(cli, ["conflicts", "--db", db_path, "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "jsonl":
        (record,) = [json.loads(line) for line in result.output.splitlines()]
        assert (record["region"], record["year"], record["metric"]) == (SAMARINDA, 2025, "participants")
    else:
        assert SAMARINDA in result.output and "48.100" in result.output


def test_cli_conflicts_without_a_database_fails(tmp_path):
    result = CliRunner().invoke(cli, ["conflicts", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "none.db" in result.output
