"""Region mentions: every name of a region in a text, what it names and in what role.

The spaCy component ``regions`` finds the gazetteer's names (``gazetteer.py``), run-together and
misspelt ones too, the governments without a name (Pemkab, kota ini), and counts of regions
("empat daerah"). It decides which region a name several regions share is, the role of each
mention (the kinds are listed in ``regions.py``), which names are read together, and
``extension(doc, "main_region")``: the region the article is about, the most named one, the title and lead
counting most, the dateline little. It leaves on the Doc what attribution (``regions.py``) reads:
the spans, and a ``Layout`` indexing them with the figures.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.attrs import IDX, IS_ALPHA, LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import language, numbers, tables
from .anchored import AnchoredMatcher
from .doctext import doc_text, extension
from .gazetteer import JAKARTA, NATIONAL, Actor, Candidate, Region, bare_name, gazetteer
from .language import LanguageData
from .layout import DATELINE, article_layout, list_items, on_a_menu_line, source_credits
from .regions import (
    ATTRIBUTING,
    GROUP_KEY,
    NAMED,
    NAMING,
    ONE_REGION_OFFICES_KEY,
    SEVERAL_KEY,
    SPAN_KEY,
    Layout,
    set_off_as_compared,
)
from .sentences import sentence_start_of
from .spelling import NearIndex

# How much a mention counts towards the region the article is about, by where it stands: the
# title and lead say what the article is about, a dateline only where it was written.
ZONE_WEIGHTS = {"title": 4.0, "header": 0.5, "lead": 2.0, "body": 1.0}
KIND_BONUS = {"actor": 1.0, "explicit": 0.5}
FIRST_IN_TITLE_BONUS = 1.0
DATELINE_WEIGHT = 1.0
OFFICE_WEIGHT = 0.5
"""A province's own BPJS office counts half as much as naming the province."""
SQUASHED_MIN_LETTERS = 8
"""A name run together this long is compared with the gazetteer's names without spaces."""
SQUASHED_TYPO_MIN_LETTERS = 10
"""A name of two words this long or longer is also recognised with one typing error."""
# A bare name several regions share, when nothing in the text decides: the province (Jambi,
# Bengkulu), else the city (Bogor: the town that gave both their name). A dateline names a town.
SQUASHED_SEEN_KEPT = 100_000
"""How many runs of letters ``RegionMarker`` remembers the near names of; emptied when full."""
DEFAULT_LEVEL_ORDER = ("province", "city", "regency")
DATELINE_LEVEL_ORDER = ("city", "regency", "province")
NEAR = 6
"""Most words between two names read together (Kota Bogor, Kabupaten Bogor, dan ...)."""


@dataclass
class _Mention:
    """A region mention while the component decides what it names."""

    start: int
    end: int
    kind: str
    candidates: tuple[Region, ...]
    fixed: bool
    """Named by its own form or level word, not decided from the rest of the text."""
    level: str | None = None
    region: Region | None = None
    duplicate: bool = False
    together: tuple[Region, ...] | None = None
    after_named: bool = False
    """A deictic that only a region of its level named before resolves (``Actor.after_named``)."""
    country: bool = False
    """A national mention naming the country as a place ("di Indonesia", "negeri ini"), not a
    national figure compared with ("rata-rata nasional")."""
    neighbour: bool = False
    """Named as a neighbour, set off by commas ("Tetangga kami, Kabupaten X, ..."): a government
    without a name after it (Pemkab, Bupati) is still the story's region's."""
    pointing: bool = False
    """A deictic that points back at the region named before ("kabupaten itu"), a neighbour too."""
    capital: bool = False
    """A province's government word after "ibu kota" ("ibu kota provinsi ini"): its seat of
    government, the city, not the province."""
    row_label: bool = False
    """Named as the label of a table's row: one of the table's regions, not the one the text
    goes on about ("Pemkab", "kabupaten itu" after the table are still the story's)."""
    pointing_far: bool = False
    """A deictic that points back with a word of distance ("kota itu", "daerah tersebut"), not at
    the story's own place ("kabupaten ini", "pemkab setempat")."""


@Language.factory("regions", default_config={"patterns": None})
def make_regions(nlp: Language, name: str, patterns: str | None) -> RegionMarker:
    return RegionMarker(nlp, LanguageData.load(patterns))


class RegionMarker:
    """spaCy component: region mentions into ``doc.spans["regions"]``, and the main region.

    The matchers are built once, from the gazetteer of ``data``.
    """

    def __init__(self, nlp: Language, data: LanguageData | None = None):
        self.data = data or LanguageData.load()
        self.gazetteer = gazetteer(self.data)
        self.words = self.gazetteer.context
        self.forms: dict[str, tuple[str, object]] = {}
        self.official: set[str] = set()
        """Token keys of the official names (the other names are aliases)."""
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        for form, candidates in self.gazetteer.names.items():
            self._add_form(nlp, "name", form, candidates)
        for phrase, kind in self.gazetteer.phrases.items():
            self._add_form(nlp, "phrase", phrase, kind)
        # Names of two words or more, spaces dropped: what run-together and misspelt names are
        # compared with (a symmetric-deletion index finds those one edit away).
        self.squashed: dict[str, tuple[Candidate, ...]] = {}
        for form, candidates in self.gazetteer.names.items():
            letters = "".join(form.split())
            if " " in form and letters.isalpha() and len(letters) >= SQUASHED_MIN_LETTERS:
                self.squashed[letters] = self.squashed.get(letters, ()) + candidates
        self.level_words = {word for phrase in self.gazetteer.actors for word in phrase.split()}
        self.squashed_typos = NearIndex(w for w in self.squashed if len(w) >= SQUASHED_TYPO_MIN_LETTERS)
        self.squashed_seen: dict[str, tuple[Candidate, ...]] = {}
        """The names runs of letters were found to spell (or none), remembered across Docs."""
        self.roles = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.actors: dict[str, Actor] = {}
        for phrase, actor in self.gazetteer.actors.items():
            doc = nlp.make_doc(phrase)
            self.actors[_key(doc)] = actor
            # "di kabupaten" only ever stands alone: kept apart, so that no name's prefix is it.
            self.roles.add("after_named" if actor.after_named else "actor", [doc])
        self.roles.add("office", [nlp.make_doc(phrase) for phrase in self.gazetteer.offices])
        for role, words in self.words.items():
            self.roles.add(role, [nlp.make_doc(word) for word in words])
        # A count of regions ends in one of a few nouns (daerah, provinsi, ...): its patterns are
        # matched only around them, not over the whole text.
        self.counts = AnchoredMatcher(nlp.vocab)
        self.count_keeps: dict[str, str | None] = {}
        for record in self.gazetteer.counts:
            self.counts.add(record["name"], record["pattern"])
            self.count_keeps[record["name"]] = record.get("keeps")

    def _misspelt(self, doc: Doc, found: dict[tuple[int, int], tuple]) -> dict[tuple[int, int], tuple]:
        """Names written run together or with one typing error ("Tanjungjabung Timur",
        "BangkaTengah", "Bone Boalngo"): runs of one to three capitalised words whose letters,
        spaces dropped, spell a name of two words or more, exactly or (for two words or more
        written) one edit away. A run may swallow a shorter name it starts with ("Bone")."""
        extra = {}
        # Read once from spaCy's token array, not through a Token object per token and run.
        text, strings = doc_text(doc), doc.vocab.strings
        rows = doc.to_array([IDX, IS_ALPHA, LOWER]).tolist()
        lowers = [
            strings[lower] if alpha and text[idx : idx + 1].isupper() else None for idx, alpha, lower in rows
        ]
        for i, lower in enumerate(lowers):
            if lower is None or lower in self.level_words:
                continue  # "Kota Batu" is no typing error for "Kotabaru"
            for width in (3, 2, 1):
                run = lowers[i : i + width]
                if len(run) < width or None in run or (i, i + width) in found:
                    continue
                candidates = self._squashed_name("".join(run), typo=width > 1)
                if candidates:
                    extra[(i, i + width)] = ("name", candidates)
                    break
        return extra

    def _squashed_name(self, letters: str, typo: bool) -> tuple[Candidate, ...]:
        if len(letters) < SQUASHED_MIN_LETTERS:
            return ()
        exact = self.squashed.get(letters)
        if exact or not typo or len(letters) < SQUASHED_TYPO_MIN_LETTERS:
            return exact or ()
        # Runs of capitalised words (people, places, offices) repeat from article to article;
        # a search for the names one typing error away is worth doing once per run.
        if letters not in self.squashed_seen:
            if len(self.squashed_seen) >= SQUASHED_SEEN_KEPT:
                self.squashed_seen.clear()
            near = self.squashed_typos.near(letters)
            self.squashed_seen[letters] = self.squashed[near.pop()] if len(near) == 1 else ()
        return self.squashed_seen[letters]

    def _add_form(self, nlp: Language, label: str, form: str, info) -> None:
        doc = nlp.make_doc(form)
        key = _key(doc)
        known = self.forms.get(key)
        if label == "name" and known is not None and known[0] == "name":
            info = (*known[1], *info)  # two spellings that tokenise alike
        self.forms[key] = (label, info)
        self.names.add(label, [doc])
        if form in self.gazetteer.official:
            self.official.add(key)

    def __call__(self, doc: Doc) -> Doc:
        language.attach(doc, self.data)
        text = doc_text(doc)  # the article's text as given, not rebuilt from the tokens
        layout = Layout(
            *article_layout(text, self.words["weekday"]), words=self.words, list_items=list_items(text)
        )
        roles = _RoleIndex(doc, self.roles)
        datelines = _dateline_places(doc, text, layout)
        credits = source_credits(text, self.words["credit"])
        mentions, groups = [], []
        found = {(span.start, span.end): self.forms[_key(span)] for span in self.names(doc, as_spans=True)}
        found.update(self._misspelt(doc, found))
        blocked_to = -1
        for span in filter_spans([Span(doc, start, end) for start, end in found]):
            label, info = found[(span.start, span.end)]
            if (
                roles.ends_with("blocker", span.start) is not None
                or _inside_a_company_name(doc, span.start, roles)
                or span.start == blocked_to
                or (
                    len(span) == 1
                    and span.start == blocked_to + 1
                    and doc[blocked_to].lower_ in JOINING_NAMES
                )
            ):
                # "Bank Riau Kepri": every name of the bank's is its name; "Sungai Batang Merangin
                # dan Batang Tembesi": a bare name joined to it names one more of the same.
                blocked_to = span.end
                continue
            if roles.starts_with("after", span.end):
                continue
            if any(start <= span.start_char < end for start, end in credits):
                continue  # "(Humas Pemprov Jabar/Golali.id)": who wrote it, not what it is about
            if _in_a_speaker_label(text, span.start_char, span.end_char):
                continue  # "KALTARA KINI: Berapa peserta ...?": the interviewer, not the subject
            if label == "name":
                mention = self._mention(doc, span, info, roles, datelines)
                if mention is not None:
                    mentions.append(mention)
            elif info in ("national", "country"):
                mentions.append(
                    _Mention(span.start, span.end, "national", (NATIONAL,), True, country=info == "country")
                )
            elif info == "several" and span.text[:1].isupper():
                groups.append(Span(doc, span.start, span.end, label="several"))
        mentions.extend(
            m
            for m in self._deictics(doc, mentions, roles)
            if not any(start <= doc[m.start].idx < end for start, end in credits)
        )
        mentions.sort(key=lambda m: m.start)
        for m in mentions:
            m.row_label = tables.in_a_row_label(doc, doc[m.start].idx)
        counts = self._counts(doc)
        alone = {g.start: self._only_one_region(doc, g, mentions) for g in counts}
        counted = [g for g in counts if alone[g.start] is None]
        ranked = [g for g in counted if _a_rankings_field(doc, g, self.words["ranks"])]
        groups.extend(g for g in counted if g not in ranked)
        self._resolve(doc, mentions)
        doc.user_data[ONE_REGION_OFFICES_KEY] = {m.region for m in alone.values() if m and m.region}
        connectors = self.words["connector"]
        _mark_qualifiers(doc, mentions)
        _mark_appositions(doc, mentions, self.words["describes"])
        _mark_places_of_groups(
            doc, mentions, [*groups, *(Span(doc, g.start, g.end, label="several") for g in ranked)]
        )
        _extend_offices(doc, mentions, connectors)
        _mark_together(doc, mentions, connectors)
        _compared_together(doc, mentions, connectors)
        doc._.main_region = _main_region(doc, mentions, layout, self._seated(doc, datelines))
        if (
            extension(doc, "main_region") is not None
            and _about_several(doc, mentions, groups, layout)
            and not self._seat_named_again(doc, datelines, layout)
        ):
            # "Lebih dari separuh pekerja di Kalimantan belum terlindungi ...": a story whose lead
            # is about several regions together gives its unplaced figures to none of them.
            doc._.main_region = None
            doc.user_data[SEVERAL_KEY] = True
        _resolve_deictics(doc, mentions, extension(doc, "main_region"), self.gazetteer.by_code)
        for m in mentions:
            if m.capital and m.region is not None:
                # "ibu kota provinsi yang cakupannya sudah 58,2 persen": the province's seat.
                m.region = next(iter(self._capitals([m.region])), None)
        spans = [_span(doc, m) for m in mentions if m.region is not None]
        groups.sort(key=lambda g: g.start)
        doc.spans[SPAN_KEY] = spans
        doc.spans[GROUP_KEY] = groups
        anchors = sorted(
            [s for s in spans if extension(s, "mention") in ATTRIBUTING] + groups,
            key=lambda a: a.start,
        )
        figures = sorted(doc.spans.get(numbers.SPAN_KEY, []), key=lambda q: q.start)
        doc._.region_layout = replace(
            layout,
            anchors=tuple(anchors),
            anchor_starts=tuple(a.start for a in anchors),
            figures=tuple(figures),
            figure_starts=tuple(q.start for q in figures),
        )
        return doc

    # --- one mention -----------------------------------------------------------------------

    def _mention(
        self, doc: Doc, span: Span, candidates: tuple[Candidate, ...], roles: _RoleIndex, datelines
    ) -> _Mention | None:
        """The mention a matched name makes, or None when it names no region here."""
        start, actor = self._prefix(doc, span.start, roles)
        kind = "bare" if _key(span) in self.official else "alias"
        if actor is not None:
            kind = "explicit" if actor.kind == "level" else "actor"
            if actor.kind == "level" and roles.ends_with("comparison", start) is not None:
                kind = "comparison"  # "dibanding Kabupaten Lahat", "di luar Kota Batam"
            elif actor.kind == "level" and roles.ends_with("example", start) is not None:
                kind = "example"  # "daerah seperti Kabupaten Bone Bolango": not what follows is about
            elif actor.kind == "level" and roles.ends_with("serves", start) is not None:
                kind = "office"  # "kantornya, yang juga melayani Kabupaten Serdang Bedagai"
        elif not span.text[:1].isupper():
            return None  # a common word (medan, palu, batang), not a place name
        elif self._a_persons_name(doc, span):
            return None
        elif (office := roles.ends_with("office", span.start)) is not None:
            start = office
            kind = "source" if self._speaks(doc, office, span.end, roles) else "office"
        elif roles.ends_with("comparison", span.start) is not None:
            kind = "comparison"
        elif roles.ends_with("example", start) is not None:
            kind = "example"
        elif roles.ends_with("serves", start) is not None:
            kind = "office"
        elif any(span.start >= s and span.end <= e for s, e in datelines):
            kind = "dateline"
        level = actor.level if actor else None
        found = [
            self.gazetteer.by_code[c.code]
            for c in candidates
            if c.needs is None or (actor is not None and c.needs in ("prefix", level))
        ]
        if level:
            found = [r for r in found if r.level == level] or found
        if found and roles.ends_with("capital", start) is not None:
            # "angkatan kerja di ibu kota Provinsi Riau itu": the province's seat, not the province
            found, level = self._capitals(found), None
        if not found:
            return None
        if kind in ("bare", "alias", "explicit", "actor") and _named_as_an_example(doc, span.end, roles):
            kind = "example"  # "Pemkab Banyuwangi, misalnya, menanggung ...": one case of many
        if kind in ("bare", "alias", "explicit") and _where_a_word_is_used(doc, start, span.end, roles):
            kind = "qualifier"  # "dana desa, yang di Sumatera Barat disebut dana nagari": a usage
        if kind in ("bare", "alias", "explicit") and self._is_venue(doc, start, span.end, roles):
            kind = "venue"
        twin = self._twin_before(doc, start, candidates, level, roles) if kind == "explicit" else None
        together = (twin, found[0]) if twin is not None and len(found) == 1 else None
        neighbour = set_off_as_compared(doc, start, span.end, self.words["neighbour"], frozenset())
        return _Mention(
            start,
            span.end,
            kind,
            tuple(found),
            len(found) == 1,
            level,
            together=together,
            neighbour=neighbour,
        )

    def _twin_before(
        self, doc: Doc, start: int, candidates: tuple[Candidate, ...], level: str | None, roles: _RoleIndex
    ) -> Region | None:
        """``Kota dan Kabupaten Serang``: the level word of the other level joined before a name's
        level word names the city and the regency of that name together."""
        at = _skip_spaces_back(doc, start)
        if at < 2 or doc[at - 1].lower_ not in TWINS_JOINED:
            return None
        phrase = roles.phrase_before("actor", _skip_spaces_back(doc, at - 1))
        other = self.actors.get(_key(doc[phrase[0] : phrase[1]])) if phrase is not None else None
        if other is None or other.kind != "level" or other.level == level:
            return None
        twins = (self.gazetteer.by_code[c.code] for c in candidates)
        return next((region for region in twins if region.level == other.level), None)

    def _capitals(self, provinces: list[Region]) -> list[Region]:
        """The cities (else regencies) named as the provinces' seats of government; none for a
        seat that is no region's name (Tanjung Selor)."""
        capitals = []
        for province in provinces:
            seat = self.gazetteer.seated_in.get(province.code, "")
            named = [
                self.gazetteer.by_code[c.code] for c in self.gazetteer.names.get(seat, ()) if c.needs is None
            ]
            named = [r for r in named if r.province_code == province.code and r.level != "province"]
            capitals.extend([r for r in named if r.level == "city"] or named)
        return capitals

    def _prefix(self, doc: Doc, start: int, roles: _RoleIndex) -> tuple[int, Actor | None]:
        """Where a level word or government before the name starts, and which it is; its
        abbreviation in brackets may stand between (Pemerintah Kota (Pemkot) Pekalongan)."""
        at = _skip_spaces_back(doc, start)
        if at > 1 and doc[at - 1].text == ")":
            opening = next((i for i in range(at - 2, max(at - 6, -1), -1) if doc[i].text == "("), None)
            if opening is not None:
                at = opening
        phrase = roles.phrase_before("actor", at)
        if phrase is None:
            return start, None
        return phrase[0], self.actors.get(_key(doc[phrase[0] : phrase[1]]))

    def _speaks(self, doc: Doc, office_start: int, end: int, roles: _RoleIndex) -> bool:
        """An office that is only quoted: its head (Kepala Cabang X, Nama, ...), or the source
        of data (menurut data BPJS Ketenagakerjaan Cabang X)."""
        at = office_start
        while (earlier := roles.ends_with("office", at)) is not None:
            at = earlier
        if roles.ends_with("speaker", at) is not None:
            return True
        following = doc[end : end + 2]
        return len(following) == 2 and following[0].text == "," and following[1].text[:1].isupper()

    def _is_venue(self, doc: Doc, start: int, end: int, roles: _RoleIndex) -> bool:
        """Where something was said or held: "ujarnya di X", "X, Senin (..)", "di X pekan lalu"."""
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in self.words["weekday"]:
            # "di Menara Jamsostek, Jakarta Selatan, Kamis (16/10)": where and when it was held.
            return True
        before = _skip_spaces_back(doc, start)
        if before == 0 or doc[before - 1].lower_ != "di":
            return False
        if roles.ends_with("speech", before - 1) is not None:
            return True
        # "Budi di Palembang menyebut ...", "di Palembang, Rabu, mengatakan": where Budi spoke.
        following = [t for t in doc[end : end + 5] if not t.is_space and t.text != ","]
        if any(" ".join(t.lower_ for t in following[:n]) in self.words["event_time"] for n in (1, 2, 3)):
            return True  # "rapat kerja di Jakarta pekan lalu": where a meeting was held
        following = [t for t in following if t.lower_ not in self.words["weekday"]]
        return bool(following) and following[0].lower_ in self.words["speech_after"]

    def _deictics(self, doc: Doc, mentions: list[_Mention], roles: _RoleIndex) -> list[_Mention]:
        """A government without a name (Pemkab menargetkan, kota ini): a mention of the text's
        own region of that level, resolved once the named ones are known."""
        named = {i for m in mentions for i in range(m.start, m.end)}
        found = []
        for start, end in sorted([*roles.spans("actor"), *roles.spans("after_named")]):
            actor = self.actors.get(_key(doc[start:end]))
            if actor is None or not actor.alone or any(i in named for i in range(start, end)):
                continue
            following = doc[end] if end < len(doc) else None
            if (
                actor.after_named
                and following is not None
                and (
                    following.text[:1].isupper()
                    or (following.lower_ in TWINS_JOINED and doc[end + 1 : end + 2].text[:1].isupper())
                    or following.lower_ in self.words["deixis"]
                )
            ):
                # "di Kota Blitar", "Di Kota dan Kabupaten Cirebon" name them; "di kota ini" is "kota ini"
                continue
            if following is not None and following.text.startswith("/"):
                continue  # "meminta pemerintah kabupaten/kota ikut menganggarkan": all of them, not one
            capital = roles.ends_with("capital", start) is not None
            if capital and actor.level != "province":
                continue  # "ibu kota kabupaten": a town, no region of the list
            if start > 0 and (doc[start - 1].like_num or doc[start - 1].lower_ in self.words["counting"]):
                continue  # "di dua provinsi tersebut": a count of regions, not one
            if roles.ends_with("comparison", start) is not None:
                continue  # "penyumbang peserta terbanyak di provinsi itu": it only places a ranking
            # "kabupaten itu", "pemkab setempat" point back; "Pemkab" alone is the story's own
            pointing = doc[end - 1].lower_ in self.words["deixis"] or (
                following is not None and following.lower_ in self.words["local"]
            )
            found.append(
                _Mention(
                    start,
                    end,
                    "deictic",
                    (),
                    False,
                    actor.level,
                    after_named=actor.after_named,
                    pointing=pointing,
                    pointing_far=doc[end - 1].lower_ in self.words["distal"],
                    capital=capital,
                )
            )
        taken = {i for m in found for i in range(m.start, m.end)} | named
        for start, end in roles.spans("capital"):
            if start > 0 and doc[start - 1].text == ",":
                continue  # "Kota Banjarbaru, ibu kota provinsi, ...": describes the city named
            at = end
            while at < len(doc) and doc[at].is_space:
                at += 1
            following = doc[at + 1] if at + 1 < len(doc) else None
            if (
                at < len(doc)
                and doc[at].lower_ == "provinsi"
                and at not in taken
                and not (following is not None and following.text[:1].isupper())
            ):
                # "Ia mencontohkan ibu kota provinsi yang cakupannya sudah 58,2 persen": the seat
                # of the province the text is about.
                found.append(_Mention(at, at + 1, "deictic", (), False, "province", capital=True))
        return found

    def _counts(self, doc: Doc) -> list[Span]:
        """Counts of regions ("empat daerah", "dua provinsi", "wilayah kerja"), labelled
        ``province_wide`` when a province may keep the figure, else ``several``."""
        found = []
        for key, start, end in self.counts(doc):
            keeps = self.count_keeps[doc.vocab.strings[key]]
            label = {"province": "province_wide", "nation": "national"}.get(keeps, "several")
            found.append(Span(doc, start, end, label=label))
        return filter_spans(found)

    def _only_one_region(self, doc: Doc, group: Span, mentions: list[_Mention]) -> _Mention | None:
        """``Cabang Praya, yang wilayah kerjanya hanya Kabupaten Lombok Tengah``, ``wilayah kerja
        kantornya hanya meliputi Kabupaten Klaten``: a branch's area said to be one region only is
        no group of regions (a word may stand on either side of "hanya")."""
        words = [t.i for t in doc[group.end : group.end + ONLY_REACH + 2] if not t.is_space]
        only = next((i for i in words[: ONLY_REACH + 1] if doc[i].lower_ in self.words["only"]), None)
        if only is not None:
            named = (m for m in mentions if only < m.start <= only + ONLY_REACH + 1 and m.kind in NAMED)
            return next(named, None)
        # "yang wilayah kerjanya meliputi Kabupaten Bekasi, sepanjang ...": the area it covers is
        # that region alone when no other is listed with it ("meliputi Kotim dan Seruyan").
        covers = next((i for i in words[: ONLY_REACH + 1] if doc[i].lower_ in self.words["covers"]), None)
        if covers is None:
            return None
        first = next((m for m in mentions if covers < m.start <= covers + 2 and m.kind in NAMED), None)
        if first is None or any(first.end < m.start <= first.end + LISTED_WITHIN for m in mentions):
            return None
        return first

    def _a_persons_name(self, doc: Doc, span: Span) -> bool:
        """An acronym written as a name, before another name: "Kepala Cabang Sukabumi Oki Widya"
        is a person, not OKI (Ogan Komering Ilir)."""
        if _key(span) not in self.gazetteer.acronyms or span.text.isupper() or span.end >= len(doc):
            return False
        after = doc[span.end]
        return after.is_alpha and after.is_title and after.lower_ not in self.gazetteer.names

    def _seated(self, doc: Doc, datelines) -> Region | None:
        """The regency or city seated in the dateline's town (TANJUNG REDEB → Berau)."""
        for start, end in reversed(datelines):
            codes = self.gazetteer.seats.get(doc[start:end].text.lower(), ())
            if codes:
                return _by_level([self.gazetteer.by_code[c] for c in codes], DATELINE_LEVEL_ORDER)
        return None

    def _seat_named_again(self, doc: Doc, datelines, layout: Layout) -> bool:
        """Whether the title or lead places something in the dateline's town again ("di Manna"),
        and the town is the seat of a regency or city ("MANNA - Sebanyak 3.150 pekerja rentan di
        Manna ..."): the story is about that place, whatever regional office's territory it names
        too. A town in an office's name ("Cabang Purwokerto") does not place anything."""
        for start, end in datelines:
            town = doc[start:end].text.lower()
            if not self.gazetteer.seats.get(town):
                continue
            lead_end = max(layout.lead_end, layout.title_end)
            again = re.finditer(rf"\bdi {re.escape(town)}\b", doc_text(doc)[:lead_end].lower())
            if any(not doc[start].idx <= m.start() < doc[end - 1].idx + len(doc[end - 1]) for m in again):
                return True
        return False

    def _resolve(self, doc: Doc, mentions: list[_Mention]) -> None:
        """A name several regions share takes the one the text decides: the same name with a
        level word or government (the latest before, else the next), else the level of the
        text's governments (a bare name in a Pemkab-led story is the regency), else the
        province the text is in, else the default order."""
        for m in mentions:
            if m.fixed:
                m.region = m.candidates[0]
        evidence = [m for m in mentions if m.fixed and m.kind in NAMING]
        # A region named as one of a list ("Kota Jambi 51,3 persen, Muaro Jambi 35,8 persen, ...")
        # is one of many: a bare name after it goes on with one named on its own.
        on_its_own = _outside_lists(doc, evidence)
        levels = Counter(m.level for m in mentions if m.kind == "deictic")
        provinces = Counter(m.region.province_code for m in evidence if m.region.province_code)
        for m in mentions:
            if m.region is not None or not m.candidates:
                continue
            if m.kind == "dateline":
                m.region = _by_level(m.candidates, DATELINE_LEVEL_ORDER)
                continue
            m.region = (
                _named_nearby(m, on_its_own)
                or _named_nearby(m, evidence)
                or _best(m.candidates, lambda r: levels[r.level])
                or _best(m.candidates, lambda r: provinces[r.province_code])
                or _by_level(m.candidates, DEFAULT_LEVEL_ORDER)
            )


class _RoleIndex:
    """The context phrases of one Doc by the token they end or start at (the longest one)."""

    def __init__(self, doc: Doc, matcher: PhraseMatcher):
        self.by_end: dict[tuple[str, int], tuple[int, int]] = {}
        self.by_start: set[tuple[str, int]] = set()
        self.found: dict[str, list[tuple[int, int]]] = {}
        for match_id, start, end in matcher(doc):
            role = doc.vocab.strings[match_id]
            self.by_start.add((role, start))
            self.found.setdefault(role, []).append((start, end))
            # A phrase also ends before the word after the spaces that follow it (a no-break
            # space is a token of its own).
            after = end
            while True:
                if start < self.by_end.get((role, after), (after, after))[0]:
                    self.by_end[(role, after)] = (start, end)
                if after >= len(doc) or not doc[after].is_space or "\n" in doc[after].text:
                    break
                after += 1

    def ends_with(self, role: str, end: int) -> int | None:
        """Start of the longest phrase of this role that ends right before token ``end``."""
        found = self.by_end.get((role, end))
        return found[0] if found else None

    def phrase_before(self, role: str, end: int) -> tuple[int, int] | None:
        """Start and end of the longest phrase of this role right before token ``end``."""
        return self.by_end.get((role, end))

    def starts_with(self, role: str, start: int) -> bool:
        return (role, start) in self.by_start

    def spans(self, role: str) -> list[tuple[int, int]]:
        """Every phrase of this role, the longest where they overlap."""
        kept, last_end = [], -1
        for start, end in sorted(self.found.get(role, []), key=lambda se: (se[0], -se[1])):
            if start >= last_end:
                kept.append((start, end))
                last_end = end
        return kept


def _capitalised(token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


ONLY_REACH = 1
"""How many words may stand between a branch's area and "hanya", and between "hanya" and the one
region ("wilayah kerja kantornya hanya meliputi Kabupaten Klaten")."""
LISTED_WITHIN = 3
"""How near after a region another must stand to be listed with it ("Kotim dan Seruyan")."""


def _key(tokens) -> str:
    return " ".join(token.lower_ for token in tokens)


def _span(doc: Doc, mention: _Mention) -> Span:
    span = Span(doc, mention.start, mention.end, label=mention.kind)
    span._.region = mention.region
    span._.mention = mention.kind
    span._.region_list = mention.together
    return span


def _by_level(regions, order: tuple[str, ...]) -> Region:
    return min(regions, key=lambda r: order.index(r.level))


def _best(regions, score) -> Region | None:
    """The one region that scores highest, if one does."""
    scored = sorted(((score(r), r) for r in regions), key=lambda sr: -sr[0])
    if scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][1]
    return None


LISTED_REGIONS = 3
"""How many regions a sentence names for one of them to be named as one of a list."""


def _outside_lists(doc: Doc, evidence: list[_Mention]) -> list[_Mention]:
    """The mentions of ``evidence`` not in a sentence naming ``LISTED_REGIONS`` regions or more."""
    sentence_at = {id(m): sentence_start_of(doc, m.start) for m in evidence}
    by_sentence: dict[int, set[Region]] = {}
    for m in evidence:
        by_sentence.setdefault(sentence_at[id(m)], set()).add(m.region)
    return [m for m in evidence if len(by_sentence[sentence_at[id(m)]]) < LISTED_REGIONS]


def _named_nearby(mention: _Mention, evidence: list[_Mention]) -> Region | None:
    """A candidate the text names unambiguously: the latest time before, else the next."""
    before = [e.region for e in evidence if e.end <= mention.start and e.region in mention.candidates]
    if before:
        return before[-1]
    return next(
        (e.region for e in evidence if e.start >= mention.end and e.region in mention.candidates), None
    )


def _between(doc: Doc, first: _Mention, second: _Mention) -> list[str] | None:
    """The words between two mentions near each other; None when they stand apart."""
    if second.start - first.end > NEAR:
        return None
    return [t.text.lower() for t in doc[first.end : second.start] if not t.is_space]


def _skip_spaces_back(doc: Doc, index: int) -> int:
    while index > 0 and doc[index - 1].is_space and "\n" not in doc[index - 1].text:
        index -= 1
    return index


def _mark_qualifiers(doc: Doc, mentions: list[_Mention]) -> None:
    """The province after its own regency or city says where that one lies (Kabupaten Sikka,
    Nusa Tenggara Timur); an abbreviation in brackets repeats the name before it."""
    for previous, mention in pairwise(mentions):
        if previous.region is None or mention.region is None:
            continue
        between = _between(doc, previous, mention)
        if not between:
            continue
        if between == ["("] and mention.region == previous.region:
            mention.duplicate = True
            if previous.kind == "qualifier":
                # "Kabupaten Gunungkidul, Daerah Istimewa Yogyakarta (DIY)": the bracket too
                mention.kind = "qualifier"
        elif (
            _places_in_its_province(between)
            and mention.kind in NAMING | {"comparison"}
            and mention.region.level == "province"
            and previous.region.level in ("regency", "city")
            and previous.region.province_code == mention.region.code
        ):
            mention.kind = "qualifier"


def _named_as_an_example(doc: Doc, end: int, roles: _RoleIndex) -> bool:
    """Whether a word saying it is an example follows a name, after a comma or not
    ("Pemkab Banyuwangi, misalnya, ...")."""
    after = end + 1 if end < len(doc) and doc[end].text == "," else end
    return roles.starts_with("example_after", after)


def _where_a_word_is_used(doc: Doc, start: int, end: int, roles: _RoleIndex) -> bool:
    """``yang di Sumatera Barat disebut dana nagari``: a region named only as where a word is used."""
    return start > 0 and doc[start - 1].lower_ == "di" and roles.starts_with("term_after", end)


COMPANY_NAME_WORDS = 3
"""How many capitalised words a company's name may take before a region's name inside it."""


def _inside_a_company_name(doc: Doc, start: int, roles: _RoleIndex) -> bool:
    """``PT Semen Padang``, ``PT Sinar Maros Sejahtera``: a region's name among the capitalised
    words after a company's legal form names the company, not the region."""
    for i in range(start - 1, max(-1, start - 1 - COMPANY_NAME_WORDS), -1):
        word = doc[i]
        if roles.starts_with("company", i):
            return True
        if roles.starts_with("office", i):
            return False  # "PT Jamsostek Kanwil I Sumatera Utara": an office of the programme's own
        if word.is_punct or word.is_space or not word.text[:1].isupper():
            return False
    return False


APPOSITION_WORDS = 10
"""How many words an apposition describing a region may take ("kabupaten yang mengelilingi Sibolga")."""


def _mark_appositions(doc: Doc, mentions: list[_Mention], describing: frozenset[str]) -> None:
    """``Tapanuli Tengah, kabupaten yang mengelilingi Sibolga, pada 2024 mencatat ...``: a region
    named inside an apposition that describes the region before it (between commas, opening with
    a common noun such as "kabupaten", "tetangga") only places that one, as a qualifier does."""
    for i, head in enumerate(mentions):
        if (
            head.kind not in NAMED
            or head.region is None
            or head.end + 1 >= len(doc)
            or doc[head.end].text != ","
        ):
            continue
        opened = head.end + 1
        if not doc[opened].is_lower or (i + 1 < len(mentions) and mentions[i + 1].start == opened):
            continue  # "Kota Bogor, Kabupaten Bogor dan Depok": a list, not an apposition
        words = " ".join(t.lower_ for t in doc[opened : opened + 2])
        if not any(words == w or words.startswith(w + " ") for w in describing):
            continue
        reach = doc[opened : min(len(doc), opened + APPOSITION_WORDS)]
        close = next((t.i for t in reach if t.text in (",", ".", ";", ":") or t.is_sent_start), None)
        if close is None or doc[close].text != ",":
            continue
        for mention in itertools.islice(mentions, i + 1, None):
            if mention.start >= close:
                break
            if mention.region is not None and mention.kind in NAMING:
                mention.kind = "qualifier"  # a region compared with stays one ("tetangga Medan")


GROUP_TAIL = frozenset({"/", "kota", "dan"})
"""Words that may end a count of regions after its noun ("delapan kabupaten/kota")."""


def _mark_places_of_groups(doc: Doc, mentions: list[_Mention], groups: list[Span]) -> None:
    """``Cabang Ternate melayani delapan kabupaten/kota di Maluku Utara dengan total 412 klaim``:
    the province after regions counted together that belong to no one only says where they are."""
    starts = {m.start: m for m in mentions}
    for group in groups:
        if group.label_ != "several":
            continue
        i = group.end
        while i < len(doc) and doc[i].lower_ in GROUP_TAIL:
            i += 1
        place = starts.get(i + 1) if i < len(doc) and doc[i].lower_ == "di" else None
        if (
            place is not None
            and place.region is not None
            and place.region.level == "province"
            and place.kind in NAMING
        ):
            place.kind = "qualifier"


RANK_WORDS_BEFORE = 4
"""How many words before "dari" a rank may stand ("peringkat ke - 3 dari")."""


def _a_rankings_field(doc: Doc, group: Span, ranks: frozenset[str]) -> bool:
    """``Kota Batu menempati peringkat ke-3 dari 38 kabupaten/kota di Jatim dengan UCJ 57,9
    persen``, ``tertinggi di antara sembilan kabupaten/kota di Bali``: regions counted as the
    field a region is ranked in, which owns no figure."""
    before = group.start - 1
    if before > 0 and doc[before].lower_ == "antara" and doc[before - 1].lower_ == "di":
        before -= 1
    elif before < 0 or doc[before].lower_ not in ("dari", "diantara"):
        return False
    start = max(doc[before].sent.start, before - RANK_WORDS_BEFORE)
    return any(t.lower_ in ranks for t in doc[start:before])


PROVINCE_PLACING = frozenset({",", "(", ")", "di", "provinsi", "prov.", "tetangga"})
"""The words that may stand between a regency and its own province placing it: "Kabupaten Sikka,
NTT", "Kabupaten Lebak di Banten", "Bangka Barat di provinsi tetangga, Bangka Belitung"."""


def _places_in_its_province(between: list[str]) -> bool:
    """Whether the words between a regency and a province only place the one in the other."""
    return set(between) <= PROVINCE_PLACING and bool(set(between) & {",", "(", "di"})


def _extend_offices(doc: Doc, mentions: list[_Mention], connectors: frozenset[str]) -> None:
    """A name joined to an office's name belongs to the office (Kanwil Jateng-DIY), and a
    region joined to one the office also serves is served too ("yang juga melayani Kabupaten
    Melawi dan Kabupaten Kapuas Hulu": an office made of a name with its level word)."""
    for previous, mention in pairwise(mentions):
        between = _between(doc, previous, mention)
        joined = previous.kind in ("office", "source") and between and set(between) <= connectors
        served = previous.kind == "office" and previous.level is not None and mention.kind == "explicit"
        if joined and (mention.kind in ("bare", "alias") or served):
            mention.kind = previous.kind


JOINING_NAMES = frozenset({"dan", "serta"})
"""The words that join a bare name to a blocked one ("Sungai Batang Merangin dan Batang Tembesi")."""
TWINS_JOINED = frozenset({"dan", "serta", "&", "/"})
"""The words between the level words of a city and a regency of one name ("Kota dan Kabupaten X")."""
COMPARED_TOGETHER = frozenset({"dan", "serta", "maupun"})
"""The words that join a name to a region compared with, as compared with too."""


def _compared_together(doc: Doc, mentions: list[_Mention], connectors: frozenset[str]) -> None:
    """``tidak termasuk Tual dan Malra``, ``dibanding Kota A dan Kabupaten B``: a name joined
    to a region compared with by "dan" is compared with too."""
    for before, mention in itertools.pairwise(mentions):
        if before.kind != "comparison" or mention.kind not in ("bare", "alias", "explicit"):
            continue
        between = [t for t in doc[before.end : mention.start] if not t.is_space]
        if (
            between
            and len(between) <= 2
            and any(t.lower_ in COMPARED_TOGETHER for t in between)
            and all(t.lower_ in connectors and t.text not in "()" for t in between)
        ):
            # Not after a comma alone ("Berbeda dengan Medan, Kabupaten Deli Serdang justru ..."
            # opens the clause of the region it is about), nor a name in brackets after it
            # ("Kabupaten Sumbawa Barat (KSB) mencatat ..."), which names the same region again.
            mention.kind = "comparison"


def _mark_together(doc: Doc, mentions: list[_Mention], connectors: frozenset[str]) -> None:
    """Names joined by "dan", commas or a dash are read together (Jateng dan DIY): each gets
    the regions of its list when it names more than one."""
    listed = [m for m in mentions if m.kind in NAMED and m.region]
    chains: list[list[_Mention]] = []
    for mention in listed:
        if chains:
            between = _between(doc, chains[-1][-1], mention)
            if between and set(between) <= connectors and chains[-1][-1].end <= mention.start:
                chains[-1].append(mention)
                continue
        chains.append([mention])
    for chain in chains:
        if (
            len(chain) > 1
            and chain[0].region.level == "province"
            and all(m.region.province_code == chain[0].region.code for m in chain[1:])
            and (len(chain) > 2 or _between(doc, chain[0], chain[1]) == [","])
        ):
            # "Di Kalimantan Tengah, Kabupaten A, B dan C ...", "... di Papua Barat Daya, Kota
            # Sorong menyumbang ...": the province places the list, or the one region after it.
            chain = chain[1:]
        regions = tuple(dict.fromkeys(m.region for m in chain))
        if len(regions) > 1:
            for mention in chain:
                mention.together = regions


SPEAKER_LABEL_MAX_CHARS = 40
"""How long a speaker's label before its colon may be."""


def _in_a_speaker_label(text: str, start: int, end: int) -> bool:
    """Whether a name stands in a label in capitals that opens a line of a transcript, before
    its colon, with more words than the name, and that opens another line too ("KALTARA KINI:"
    in an outlet's interview): a speaker, not a place spoken of.

    >>> text = "KALTARA KINI: Berapa pesertanya?\\nBUDI: 8.430.\\nKALTARA KINI: Targetnya?"
    >>> _in_a_speaker_label(text, 0, 7), _in_a_speaker_label("KALTARA: UCJ naik.", 0, 7)
    (True, False)
    """
    line_start = text.rfind("\n", 0, start) + 1
    colon = text.find(":", end, line_start + SPEAKER_LABEL_MAX_CHARS)
    if colon < 0 or "\n" in text[end:colon]:
        return False
    label = text[line_start:colon].strip()
    if label.upper() != label or len(label.split()) <= len(text[start:end].split()):
        return False
    return text.count(f"\n{label}:") + text.startswith(f"{label}:") >= 2


def _main_region(doc: Doc, mentions: list[_Mention], layout: Layout, seated: Region | None) -> Region | None:
    """The region the article is about: the most named one, the title and lead counting most;
    a dateline counts little, offices, venues and comparisons not at all."""
    scores: Counter[Region] = Counter()
    first_seen: dict[Region, int] = {}
    title_first = True
    text = doc_text(doc)
    menu_lines: dict[int, bool] = {}  # by the line's start: a paragraph names many regions
    # Lines above the title's (a masthead, "ANTARA Sumbar") name the outlet, not the story.
    title_start = text.rfind("\n", 0, max(layout.title_end - 1, 0)) + 1
    for m in mentions:
        if m.region is None or m.duplicate:
            continue
        char = doc[m.start].idx
        line = text.rfind("\n", 0, char) + 1
        if line not in menu_lines:
            menu_lines[line] = on_a_menu_line(text, char)
        if menu_lines[line]:
            continue  # a menu or breadcrumb ("Beranda > Kepri > Ekonomi") names a desk, not the story
        if m.kind == "dateline":
            scores[m.region] += DATELINE_WEIGHT
        elif m.kind in NAMED:
            zone = "header" if char < title_start else _zone(char, layout)
            weight = ZONE_WEIGHTS[zone] + KIND_BONUS.get(m.kind, 0.0)
            if zone == "title" and title_first:
                weight += FIRST_IN_TITLE_BONUS
                title_first = False
            scores[m.region] += weight
        elif m.kind in ("office", "source") and m.region.level == "province" and _regional(doc, m):
            # "Kanwil BPJS Ketenagakerjaan Jatim", "Kantor Wilayah Jawa Timur": the regional
            # office of one province speaks of that province (a branch named after a province
            # may tell of one heir in one regency).
            scores[m.region] += ZONE_WEIGHTS[_zone(doc[m.start].idx, layout)] * OFFICE_WEIGHT
        else:
            continue
        first_seen.setdefault(m.region, m.start)
    if seated is not None:
        scores[seated] += DATELINE_WEIGHT
        first_seen.setdefault(seated, len(doc))
    if not scores:
        # No region is named for what it is, only offices, venues or nothing at all: a story
        # whose every place is Jakarta, or that names none (a minister, the head office), is the
        # nation's; one about a branch stays tied to no single region.
        # A claim to check (``assume_topic``) is no story: without a region it names none.
        if doc._.get("assume_topic") or any(m.kind == "deictic" for m in mentions):
            return None
        local = [m for m in mentions if m.region is not None and m.region is not NATIONAL]
        in_jakarta = all(JAKARTA in (m.region.code, m.region.province_code) for m in local)
        return NATIONAL if in_jakarta else None
    if _speaks_from_jakarta(mentions, layout, doc) or _opens_on_the_nation(mentions, layout, doc, seated):
        return NATIONAL
    return max(scores, key=lambda r: (scores[r], -first_seen[r]))


def _opens_on_the_nation(mentions: list[_Mention], layout: Layout, doc: Doc, seated: Region | None) -> bool:
    """An op-ed or feature with no dateline whose title and lead name no region but the country as
    a place ("pekerja di negeri ini", "di Indonesia"), and which speaks of the nation before it
    names any region: it is about the nation, and a regency it takes as an example later ("Ambil
    contoh Kabupaten Wonosobo") only places its own figures."""
    if seated is not None or any(m.kind == "dateline" for m in mentions):
        return False
    first = next((m for m in mentions if m.region is not None and m.kind in NAMING), None)
    if first is None or first.kind != "national":
        return False
    opening = [m for m in mentions if _zone(doc[m.start].idx, layout) in ("title", "lead")]
    return any(m.country for m in opening) and not any(m.kind in NAMED | {"deictic"} for m in opening)


def _about_several(doc: Doc, mentions: list[_Mention], groups: list[Span], layout: Layout) -> bool:
    """Whether the title and lead speak of several regions together (an island, a regional
    office's territory) and name no single region but in a dateline."""

    def in_lead(char: int) -> bool:
        return _zone(char, layout) in ("title", "lead")

    if not any(g.label_ == "several" and in_lead(g.start_char) for g in groups):
        return False
    return not any(m.kind in NAMING and m.region is not None and in_lead(doc[m.start].idx) for m in mentions)


def _regional(doc: Doc, mention: _Mention) -> bool:
    """Whether an office mention names a regional office (Kanwil, Kantor Wilayah), not a branch."""
    words = {t.lower_ for t in doc[mention.start : mention.end]}
    return bool(words & {"wilayah", "kanwil"}) and "cabang" not in words


def _speaks_from_jakarta(mentions: list[_Mention], layout: Layout, doc: Doc) -> bool:
    """A story datelined Jakarta whose title and lead name no region: national institutions
    (BPJS Ketenagakerjaan, the ministry) speak from Jakarta, so its figures are the nation's."""
    datelines = [m for m in mentions if m.kind == "dateline" and m.region is not None]
    if not datelines or any(m.region.province_code != JAKARTA for m in datelines):
        return False
    named = [
        m
        for m in mentions
        if m.kind in NAMED | {"deictic"} and _zone(doc[m.start].idx, layout) in ("title", "lead")
    ]
    if not named:
        return True
    # "Peserta aktif tembus 44,21 juta, DKI Jakarta teratas" over a lead that speaks of the nation
    # and names no region: the title's Jakarta is the top of a national ranking.
    lead_national = any(m.kind == "national" and _zone(doc[m.start].idx, layout) == "lead" for m in mentions)
    return lead_national and all(
        _zone(doc[m.start].idx, layout) == "title" and m.region is not None and m.region.code == JAKARTA
        for m in named
    )


def _twins_of_the_story(same_level: list[Region], named: list[Region], main: Region | None) -> list[Region]:
    """The regions of ``same_level`` that share the story's name, when the text names both twins
    (Kota and Kabupaten Solok); the names are compared as a set, so that a long text stays linear
    in what it names."""
    if main is None:
        return []
    name = bare_name(main.name)
    levels = {region.level for region in set(named) if bare_name(region.name) == name}
    if len(levels) < 2:
        return []
    return [r for r in same_level if bare_name(r.name) == name]


def _zone(char: int, layout: Layout) -> str:
    if char < layout.title_end:
        return "title"
    if char < layout.lead_start:
        return "header"
    if char < layout.lead_end:
        return "lead"
    return "body"


def _resolve_deictics(
    doc: Doc, mentions: list[_Mention], main: Region | None, by_code: dict[str, Region]
) -> None:
    """Pemkab, Wali Kota, provinsi ini: the latest region of that level the text named before (by
    its name, or in a BPJS office's name), else the article's region if it has that level; a
    province also as the one the latest region lies in. Regions named only in a list read
    together ("melayani Kabupaten Bantaeng, Sinjai dan Kepulauan Selayar") give way to one named
    on its own: "Bupati" after such a list is still the story's regent."""
    named: list[Region] = []
    alone: list[Region] = []  # named on their own, not in a list read together
    alone_at: list[int] = []  # their indexes into named
    neighbours: set[int] = set()  # indexes into named
    compared: list[tuple[int, _Mention]] = []  # (how many were named before it, the mention)
    for m in mentions:
        if m.kind == "comparison" and m.region is not None:
            compared.append((len(named), m))
        # A branch's name counts too: "Kepala BPJS Ketenagakerjaan Sidoarjo menyebut jumlah pekerja
        # di kabupaten itu ..."
        served = m.kind == "office" and m.level is not None  # "juga melayani Kota Banjar, ...": an area
        # A branch named after a neighbour of the story's region of its level only says who
        # speaks: "Kepala BPJS Ketenagakerjaan Cabang Klungkung ... di kabupaten tersebut" in a
        # story of Karangasem is Karangasem.
        speaker_only = (
            m.kind in ("office", "source")
            and main is not None
            and m.region is not None
            and m.region != main
            and m.region.level == main.level
        )
        if m.kind in NAMED | {"office", "source"} and m.region is not None and not (served or speaker_only):
            if m.neighbour:
                neighbours.add(len(named))
            named.append(m.region)
            if m.together is None and not m.row_label:
                alone.append(m.region)
                alone_at.append(len(named) - 1)
        if m.kind != "deictic":
            continue
        if neighbours and not m.pointing:
            # "Tetangga kami, Kabupaten Cirebon, sudah 41 persen. Pemkab menargetkan ...": our Pemkab
            # Left out by place, not by name: the same region named elsewhere (a menu line) counts.
            named_here = [r for i, r in enumerate(named) if i not in neighbours]
            alone_here = [r for r, i in zip(alone, alone_at, strict=True) if i not in neighbours]
        else:
            named_here, alone_here = named, alone
        same_level = [r for r in named_here if r.level == m.level]
        latest_compared = next((c for c in reversed(compared) if c[1].region.level == m.level), None)
        if (
            m.pointing_far
            and latest_compared is not None
            and latest_compared[0] == len(named)
            and doc[latest_compared[1].start].sent.start < doc[m.start].sent.start
        ):
            # "Bandingkan dengan Kota Manado yang UCJ-nya 41,9%. Kota itu juga menanggung ...":
            # "that city" in the next sentence, with no region named since, is the one compared.
            m.region = latest_compared[1].region
            continue
        # Twins only where both are named: "di kabupaten" in a story of Kabupaten Banyumas alone
        # is the latest regency named, not the story's own by its name.
        twins = _twins_of_the_story(same_level, named_here, main) if m.after_named else []
        if twins:
            m.region = twins[-1]  # "di kota" in a story of Kabupaten and Kota Solok: Kota Solok
        elif same_level:
            m.region = ([r for r in alone_here if r.level == m.level] or same_level)[-1]
        elif m.after_named:
            continue
        elif m.level == "province" and (named_here or main):
            latest = named_here[-1] if named_here else main
            m.region = by_code.get(latest.province_code) if latest.province_code else None
        elif main is not None and main.level == m.level:
            m.region = main


def _dateline_places(doc: Doc, text: str, layout: Layout) -> list[tuple[int, int]]:
    """Token ranges of the places in datelines (``BOGOR –``, ``Makassar, 13 Mar 2025``) between
    the title and the end of the lead."""
    places = []
    for match in DATELINE.finditer(text, layout.title_end, max(layout.lead_end, layout.title_end)):
        if match.group("place").lower() in layout.words["weekday"]:
            continue  # "Kamis, 14 Maret 2024" dates the article and places nothing
        span = doc.char_span(match.start("place"), match.end("place"), alignment_mode="expand")
        if span is not None:
            places.append((span.start, span.end))
    return places
