"""Metrics read outward from each figure give what reading every cue of the sentence gives.

``metrics.evidence`` and ``metrics.modality`` stop reading a sentence's cues once none further
from the figure could win (a crowded sentence stays linear). Here they are checked against the
plain reading, written out below as it was before: every cue of the sentence weighed, the
strongest kept (the first among equals), on sentences made of figures and cue words in any
order. Then crowded sentences, whose every figure must still find its own noun or plan.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor import api, language, metrics, numbers
from extractor.clauses import clause_breaks, clause_of
from extractor.cues import cues_in
from extractor.records import Article
from extractor.sharewords import share_words

WORDS = [
    "1.200", "35", "12,5", "persen", "peserta", "pekerja", "orang", "target", "ditargetkan", "akan",
    "bakal", "tahun", "depan", "dari", "sebanyak", "baru", "hanya", "naik", "meningkat", "bertambah",
    "menjadi", "hingga", "sampai", "total", "seluruhnya", "terlindungi", "tercover", "kepesertaan",
    "tambahan", "pendaftaran", "sebelumnya", "semula", "dibanding", "angkatan", "kerja", "potensi",
    "penduduk", "bekerja", "belum", "terdaftar", "tertinggal", "gap", "yang", ",", ";", "dan", "atau",
    "sementara", "namun", "sedangkan", "(", ")", "Rp", "2", "juta", "santunan", "sebesar", "klaim",
    "kasus", "iuran", "perusahaan", "berstatus", "sudah", "setelah", "4.500", "tersebut", "sisanya",
    "ada", "berpenduduk", "sekitar", "Juli", "mendatang", "Agustus", "2025",
]  # fmt: skip


def plain_evidence(span, sentence, distance_from_end=False, unit=None):
    """Every cue of ``sentence`` weighed for ``span``: the reading the outward walk must equal."""
    clause_start, clause_end = clause_of(span)
    money = span._.quantity.unit == "IDR"
    figures = numbers.figures_of(span.sent)
    later = [q for q in figures if q.start >= span.end]
    best, headed = {}, {}
    for cue_span, cue in cues_in(sentence):
        if span.start <= cue_span.start < span.end or plain_earlier_figures_noun(cue_span, span):
            continue
        if not cue.applies_to(unit):
            continue
        if cue.label in metrics.FIRST_FIGURE_ONLY and any(
            cue_span.end <= q.start and q.end <= span.start for q in figures
        ):
            continue
        if cue.label == "of_target" and any(cue_span.end <= q.start < clause_end for q in later):
            continue
        if distance_from_end:
            same, distance = False, sentence.end - cue_span.end
        else:
            same = clause_start <= cue_span.start and cue_span.end <= clause_end
            distance = metrics.token_distance(cue_span, span)
            names_whole = (
                span._.quantity.unit != "IDR"
                and cue_span.start > span.end
                and later
                and later[-1].start >= cue_span.end
                and any(t.lower_ == "dari" for t in span.doc[span.end : cue_span.start + 1])
            )
            if cue.label in metrics.BASE_LABELS and (
                names_whole
                or (cue.label in metrics.CONTEXT_WHOLES and plain_whole_left_unsaid(span, cue_span))
                or metrics._names_the_rates_whole(span, cue_span)
            ):
                continue
            if cue.label in metrics.CONTEXT_WHOLES and metrics._narrowed_to_the_covered(span, cue_span):
                continue
            compares = share_words(language.of(span.doc))["compares"]
            if cue_span.start >= span.end and any(
                t.lower_ in compares for t in span.doc[span.end : cue_span.start]
            ):
                continue
            if (
                cue_span.start >= span.end
                and not plain_its_own(cue_span, span, later)
                and any(plain_takes(q, cue_span, span, distance) for q in later)
            ):
                continue
        score = cue.weight * (metrics.SAME_CLAUSE if same else metrics.OTHER_CLAUSE)
        score /= 1 + distance / metrics.DECAY_TOKENS
        if (
            distance == 0
            and (cue_span.start >= span.end or money)
            and cue.weight >= metrics.HEAD_NOUN_MIN_WEIGHT
        ):
            score *= metrics.HEAD_NOUN_BONUS
        into = best
        if (
            cue.label in metrics.CONTEXT_WHOLES
            and not distance_from_end
            and plain_heads(cue_span, span, figures)
        ):
            into = headed
        if score > (into[cue.label].score if cue.label in into else 0.0):
            into[cue.label] = metrics.Evidence(
                cue.label, score, cue_span.text, same, distance, before=cue_span.end <= span.start
            )
    if not any(label in metrics.BASE_LABELS for label in best):
        best = {**headed, **best}
    return best


def plain_its_own(cue, figure, later):
    """A word in the relative clause right after the figure's noun ("2.140 petani yang
    terdaftar"), or in the figure's own clause while the next figure after it stands in a later
    one, is the figure's whatever figure follows."""
    between = figure.doc[figure.end : cue.start]
    relative = (
        0 < len(between) <= 4
        and between[-1].lower_ == "yang"
        and not any(t.is_punct for t in between)
        and not any(figure.end <= q.start < cue.start for q in numbers.figures_of(figure.sent))
    )
    following = [q for q in later if q.start > cue.start]
    own = clause_of(figure)
    in_own_clause = (
        bool(following)
        and not any(q.start < cue.start for q in later)
        and own[0] <= cue.start
        and cue.end <= own[1]
        and clause_of(following[0])[0] >= own[1]
    )
    return relative or in_own_clause


def plain_heads(cue, figure, figures):
    """A figure stands right after the cue (qualifiers between), before ``figure``."""
    if cue.end > figure.start:
        return False
    limit = min(cue.end + metrics.HEADS_WITHIN + 1, figure.start)
    headed = [q for q in figures if cue.end <= q.start < limit]
    return bool(headed) and headed[0].end <= figure.start


def plain_opens_later(figure, cue):
    """A word after a comma or "dan" that follows the figure, with a later figure after it and
    no comma or semicolon between, opens that figure's clause."""
    doc = figure.doc
    joins = share_words(language.of(doc))["joins"]
    if not any(t.text == "," or t.lower_ in joins for t in doc[figure.end : cue.start]):
        return False
    opened = [q for q in numbers.figures_of(figure.sent) if q.start >= cue.end]
    return bool(opened) and not any(t.text in (",", ";") for t in doc[cue.end : opened[0].start])


def plain_whole_left_unsaid(figure, cue):
    doc = figure.doc
    if cue.end > figure.start:
        return False
    commas = [t.i for t in doc[cue.end : figure.start] if t.text == ","]
    opening = [t.i for t in doc[max(figure.sent.start, cue.start - 3) : cue.start + 1] if t.lower_ == "dari"]
    if not commas or not opening:
        return False
    return not any(opening[-1] <= q.start < commas[0] for q in numbers.figures_of(figure.sent))


def plain_takes(other, cue, figure, distance):
    if other.start > cue.start:
        in_its_clause = clause_of(figure)[1] <= cue.start and clause_of(other)[0] <= cue.start
        return (
            metrics.token_distance(cue, other) < distance or in_its_clause or plain_opens_later(figure, cue)
        )
    if other.end > cue.start:
        return False
    if metrics._restates(figure, other) or metrics._no_people(other):
        return False
    return not metrics._whole_of(figure, other) or metrics.token_distance(cue, other) == 0


def plain_earlier_figures_noun(cue, figure):
    doc = figure.doc
    if cue.end > figure.start:
        return False
    after = cue.start
    while after > 0 and doc[after - 1].is_space:
        after -= 1
    if not any(q.end == after for q in numbers.figures_of(figure.sent)):
        return False
    between = doc[cue.end : figure.start]
    return any(t.text in (",", ";") for t in between) or bool(
        clause_breaks(doc).between(doc, between.start, between.end)
    )


def plain_modality(span):
    """Every cue of modality of the figure's clause weighed: the reading the walk must equal."""
    doc = span.doc
    unit = span._.quantity.unit
    clause_start, clause_end = clause_of(span)
    later = [q for q in numbers.figures_of(span.sent) if q.start >= span.end]
    done = share_words(language.of(doc))["done"]
    nearest = None
    for cue_span, cue in cues_in(doc[clause_start:clause_end]):
        if cue.label not in metrics.MODALITY or cue_span.end > clause_end or not cue.applies_to(unit):
            continue
        if span.start <= cue_span.start < span.end:
            continue
        naming = share_words(language.of(doc))["names_value"]
        named = [t for t in doc[max(0, span.start - 2) : span.start] if not t.is_punct]
        if plain_earlier_figures_noun(cue_span, span) and not (
            cue.label == "of_target" and named and named[-1].lower_ in naming
        ):
            continue  # an earlier figure's noun, unless it names the target given after "yakni"
        after = cue_span.start >= span.end
        if after and cue.label in metrics.LEADING_ONLY:
            continue
        compares = share_words(language.of(doc))["compares"]
        if after and any(t.lower_ in compares for t in doc[span.end : cue_span.start]):
            continue  # a word after a comparison names what the figure is set against
        if (
            after
            and cue.label == "change"
            and any(t.lower_ in compares for t in doc[cue_span.end : min(cue_span.end + 2, span.sent.end)])
        ):
            continue  # "meningkat dibanding tahun lalu": growth against a level, not an amount
        skip = share_words(language.of(doc))["skip"]
        if (
            not after
            and cue.label == "new"
            and [t.lower_ for t in doc[cue_span.end : span.start] if t.lower_ not in skip] == ["dari"]
        ):
            continue  # "tambahan dari 9.400": what was added to
        if cue.label != "target" and any(
            t.start <= cue_span.start and cue_span.end <= t.end for t in doc.spans["times"]
        ):
            continue  # a word of a time expression ("Januari hingga Agustus 2025"), unless it plans
        if (
            after
            and cue.label == "target"
            and any(t.text == "," for t in doc[span.end : cue_span.start])
            and any(t.lower_ in done for t in doc[clause_start : span.start])
        ):
            continue
        if (
            not after
            and cue.label == "of_target"
            and any(cue_span.end <= q.start < span.start for q in numbers.figures_of(span.sent))
        ):
            continue  # "dari target 93.848 orang atau 23,8 persen": the words head the target
        # A relative clause sets a reached level apart as a comma does ("target yang sudah 1.200").
        relative = share_words(language.of(doc))["relative"]
        commas = [t.i for t in doc[cue_span.end : span.start] if t.text == "," or t.lower_ in relative]
        if (
            not after
            and cue.label in metrics.PLANS
            and commas
            and any(t.lower_ in done for t in doc[commas[-1] : span.start])
        ):
            continue  # "Dari target 6.500 ..., sudah 5.912": reached
        joins = share_words(language.of(doc))["joins"]
        if (
            after
            and cue.label in metrics.PLANS
            and any(t.text == "," or t.lower_ in joins for t in doc[span.end : cue_span.start])
        ):
            opened = [q for q in later if q.start >= cue_span.end]
            if opened and not any(t.text in (",", ";") for t in doc[cue_span.end : opened[0].start]):
                continue
        distance = metrics.token_distance(cue_span, span)
        if after and any(
            metrics.token_distance(cue_span, q) < distance for q in later if q.start > cue_span.start
        ):
            continue
        if after and any(q.end <= cue_span.start for q in later):
            continue
        label = "target" if cue.label == "of_target" else cue.label
        rank = (metrics._modal_rank(label, distance), distance, -cue.weight)
        if nearest is None or rank < (
            metrics._modal_rank(nearest.label, nearest.distance),
            nearest.distance,
            -nearest.score,
        ):
            nearest = metrics.Evidence(label, cue.weight, cue_span.text, True, distance)
    if nearest is None and not metrics._clause_has_cues(span, clause_start, clause_end):
        nearest = metrics._plan_of_the_sentence(span, clause_start)
    return nearest


def annotated(nlp, text):
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "facts":
            break
        doc = component(doc)
    return doc


@given(st.lists(st.sampled_from(WORDS), min_size=3, max_size=60))
@example(["1.200", "dari", "4.500", "orang", "tercover"])
@example(["1.200", "dan", "peserta", "persen", "1.200"])  # a word after "dan" opens the next figure's clause
@example(["1.200", "dan", "target", "persen", "1.200"])  # a plan after "dan" too
@example(["target", ",", "sudah", "1.200"])  # a plan, then a comma and a word of completion
@example(["target", "yang", "sudah", "1.200"])  # a plan, then a relative clause of completion
@example(
    ["dari", "potensi", "yang", "ada", ",", "sebanyak", "1.200", "pekerja", "tercover"]
)  # a whole takes only its own noun
@example(["35", "persen", ",", "1.200", ",", "akan", "4.500", "target"])  # a plan far off, a figure between
@example(["sebelumnya", "1.200", "peserta", "naik", "menjadi", "4.500", "orang", "tahun", "depan"])
@example(
    ["pekerja", "berpenduduk", "sekitar", "4.500", "orang", "mencapai", "1.200", "orang"]
)  # a noun heads the first
@settings(max_examples=400, deadline=None)
def test_the_outward_reading_equals_the_plain_one(nlp, words):
    doc = annotated(nlp, "Pemkab Kukar " + " ".join(words) + " .")
    for span in doc.spans[numbers.SPAN_KEY]:
        for unit in (None, span._.quantity.unit, "person"):
            assert metrics._evidence_in(span, span.sent, False, unit) == plain_evidence(
                span, span.sent, False, unit
            )
            assert metrics._evidence_in(span, span.sent, True, unit) == plain_evidence(
                span, span.sent, True, unit
            )
        assert metrics.modality(span) == plain_modality(span)


CROWDED = 300


@pytest.mark.parametrize(
    "write, metric",
    [
        pytest.param(lambda i: f"{1000 + i:,} peserta".replace(",", "."), "participants", id="counts"),
        pytest.param(
            lambda i: f"target {1000 + i:,} peserta".replace(",", "."), "participants_target", id="plans"
        ),
        pytest.param(lambda i: f"{i + 1} ribu pekerja", "participants", id="rounded"),
    ],
)
def test_every_figure_of_a_crowded_sentence_keeps_its_own_reading(write, metric):
    figures = ", ".join(write(i) for i in range(CROWDED))
    text = f"Pemkab Kukar Dorong BPJS Ketenagakerjaan\n\nPemkab Kukar mendaftarkan {figures} pada 2025.\n"
    [outcome] = api.extract_articles([Article(id="crowded", text=text)], published="2025-12-01")
    assert len(outcome.facts) == CROWDED
    assert {f.metric for f in outcome.facts} == {metric}
    assert {f.year for f in outcome.facts} == {2025}
