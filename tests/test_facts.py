"""Facts: which quantities become facts, with which metric, and why the others do not.

Each case is one realistic sentence (or two) run through the whole pipeline.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractor.facts import Decision, DecisionsSoFar
from extractor.records import Fact
from tests.conftest import run_text

PUBLISHED = date(2025, 6, 2)
LEAD = "Pemkab Berau memperluas perlindungan BPJS Ketenagakerjaan bagi pekerja rentan.\n\n"


def decisions(nlp, body: str, published=PUBLISHED):
    return run_text(nlp, LEAD + body, published).decisions


def decision_for(nlp, body: str, quote: str, published=PUBLISHED):
    found = [d for d in decisions(nlp, body, published) if d.quote == quote]
    assert found, f"{quote!r} was not read as a quantity"
    return found[0]


@pytest.mark.parametrize(
    "body, quote, metric",
    [
        pytest.param(
            "Hingga akhir 2024 baru 11.872 pekerja rentan yang terdaftar.",
            "11.872",
            "participants",
            id="stock-terdaftar",
        ),
        pytest.param(
            "Pemkab menanggung iuran 9.150 pekerja rentan tahun ini.",
            "9.150",
            "participants",
            id="stock-iuran-ditanggung",
        ),
        pytest.param(
            "Ada 17.800 buruh sawit yang iurannya dibayar melalui DBH Sawit.",
            "17.800",
            "participants",
            id="stock-premium-paid",
        ),
        pytest.param(
            "Upaya itu dipertegas dengan penambahan 13.289 peserta baru pada akhir 2025.",
            "13.289",
            "participants_new",
            id="new-penambahan",
        ),
        pytest.param(
            "Tahun ini kembali bertambah 13.289 orang.", "13.289", "participants_new", id="new-bertambah"
        ),
        pytest.param(
            "Jumlahnya bertambah menjadi 8.900 orang.", "8.900", "participants", id="result-menjadi"
        ),
        pytest.param(
            "Cakupan meningkat drastis hingga mencapai 85 ribu jiwa.",
            "85 ribu",
            "participants",
            id="result-hingga-mencapai",
        ),
        pytest.param(
            "Pemkot menanggung 3.150 pekerja rentan, naik dari 2.400 orang pada 2024.",
            "2.400",
            "participants",
            id="from-naik-dari",
        ),
        pytest.param(
            "Pemkab menargetkan 20 ribu pekerja rentan terlindungi tahun ini.",
            "20 ribu",
            "participants_target",
            id="target-menargetkan",
        ),
        pytest.param(
            "Tahun ini targetnya 10 ribu pekerja rentan terlindungi.",
            "10 ribu",
            "participants_target",
            id="target-nya",
        ),
        pytest.param(
            "Pemkab menanggung iuran 9.200 pekerja pada 2025 dan menargetkan 12 ribu tahun depan.",
            "9.200",
            "participants",
            id="target-belongs-to-the-later-figure",
        ),
        pytest.param(
            "Pemkab menanggung iuran 9.200 pekerja pada 2025 dan menargetkan 12 ribu tahun depan.",
            "12 ribu",
            "participants_target",
            id="target-before-time-phrase",
        ),
        pytest.param(
            "Kuota itu akan dinaikkan menjadi 5.000 orang pada 2026.",
            "5.000",
            "participants_target",
            id="target-and-future-year",
        ),
        pytest.param(
            "Diperkirakan masih ada 780 ribu pekerja rentan yang belum terlindungi.",
            "780 ribu",
            "uncovered",
            id="uncovered",
        ),
        pytest.param(
            "Jumlah angkatan kerja di Berau sekitar 1,5 juta orang.",
            "1,5 juta",
            "workforce",
            id="workforce-angkatan-kerja",
        ),
        pytest.param(
            "Dari sekitar 163 ribu penduduk bekerja, baru 29.470 orang yang terlindungi.",
            "163 ribu",
            "workforce",
            id="workforce-denominator",
        ),
        pytest.param(
            "Dari sekitar 163 ribu penduduk bekerja, baru 29.470 orang yang terlindungi.",
            "29.470",
            "participants",
            id="share-after-denominator",
        ),
        pytest.param(
            "Kota ini berpenduduk kurang lebih 414 ribu jiwa.", "414 ribu", "population", id="population"
        ),
        pytest.param(
            "Hingga kini, hampir 135 kasus peserta telah menerima manfaat.",
            "135",
            "claims_count",
            id="claims-kasus",
        ),
        pytest.param(
            "BPJS Ketenagakerjaan membayarkan klaim bagi 27 peserta pekerja rentan asal Berau.",
            "27",
            "claims_count",
            id="claims-beneficiaries",
        ),
        pytest.param(
            "Ahli waris menerima santunan kematian Rp 42 juta.",
            "Rp 42 juta",
            "benefit_amount",
            id="benefit-santunan",
        ),
        pytest.param(
            "Sebanyak 58 anak peserta menerima beasiswa dengan total Rp 312 juta.",
            "Rp 312 juta",
            "claims_paid",
            id="paid-total-beside-a-count",
        ),
        pytest.param(
            "BPJS Ketenagakerjaan menyerahkan santunan Rp 96 juta kepada empat ahli waris nelayan.",
            "Rp 96 juta",
            "claims_paid",
            id="paid-a-sum-handed-to-several-heirs",
        ),
        pytest.param(
            "Santunan kematian Rp 150 juta bagi ahli waris tiga buruh tani diserahkan di kantor bupati.",
            "Rp 150 juta",
            "claims_paid",
            id="paid-a-sum-for-the-heirs-of-several-workers",
        ),
        pytest.param(
            "BPJS Ketenagakerjaan menyerahkan santunan masing-masing Rp 70 juta kepada empat ahli waris.",
            "Rp 70 juta",
            "benefit_amount",
            id="benefit-each-of-several-heirs",
        ),
        pytest.param(
            "Total klaim pada triwulan pertama 2025 mencapai Rp 11,2 miliar.",
            "Rp 11,2 miliar",
            "claims_paid",
            id="paid-total-klaim",
        ),
        pytest.param(
            "Iuran dibayarkan sebesar Rp 16.800 per orang per bulan.",
            "Rp 16.800",
            "contribution",
            id="contribution-despite-dibayarkan",
        ),
        pytest.param(
            "Anggaran untuk membayar iuran mereka mencapai Rp 8,34 miliar.",
            "Rp 8,34 miliar",
            "budget",
            id="budget-despite-iuran",
        ),
        pytest.param(
            "Iuran yang dibayarkan Pemkab Berau untuk pekerja rentan mencapai Rp 356 juta.",
            "Rp 356 juta",
            "budget",
            id="budget-premiums-paid-in-total",
        ),
        pytest.param(
            "Bagi pekerja rentan yang iurannya ditanggung Pemkab, santunan kematian yang dibayarkan "
            "mencapai Rp 3,1 miliar bagi 74 ahli waris.",
            "Rp 3,1 miliar",
            "claims_paid",
            id="paid-benefits-nearer-than-the-premiums",
        ),
        pytest.param(
            "Capaian UCJ Berau per Januari 2025 berada di angka 31,4 persen.",
            "31,4 persen",
            "coverage_pct",
            id="coverage",
        ),
        pytest.param(
            "Target UCJ Berau tahun ini sebesar 52 persen.",
            "52 persen",
            "coverage_target_pct",
            id="coverage-target",
        ),
        pytest.param(
            "BPJS Ketenagakerjaan membayar klaim JHT senilai Rp 187,4 miliar kepada 9.860 peserta di Berau.",
            "9.860",
            "claims_count",
            id="claim-recipients",
        ),
        pytest.param(
            "Tahun lalu ada 17 peserta yang meninggal, ahli warisnya sudah terima santunan Rp42 juta.",
            "17",
            "claims_count",
            id="deceased-participants",
        ),
        pytest.param(
            "Berau sendiri mencatat cakupan 61,4 persen dari sekitar 72 ribu pekerja.",
            "72 ribu",
            "workforce",
            id="whole-after-a-rate",
        ),
        pytest.param(
            "Baru 5.430 pekerja (sekitar 40 persen) dari total 13.500 pekerja informal yang terlindungi.",
            "5.430",
            "participants",
            id="part-before-dari-total",
        ),
        pytest.param(
            "Baru 5.430 pekerja (sekitar 40 persen) dari total 13.500 pekerja informal yang terlindungi.",
            "13.500",
            "workforce",
            id="whole-after-dari-total",
        ),
        pytest.param(
            "Jumlah penduduk Berau yang bekerja sekitar 136.800 orang.",
            "136.800",
            "workforce",
            id="penduduk-bekerja",
        ),
        pytest.param(
            "Jumlah tersebut naik signifikan dari 1.950 petani pada tahun lalu.",
            "1.950",
            "participants",
            id="from-with-an-adverb",
        ),
        pytest.param("Di Berau ada ± 9.500 nelayan.", "9.500", "workforce", id="worker-group-count"),
        pytest.param(
            "Sudah 4.862 aparatur kampung yang kami daftarkan per akhir Maret.",
            "4.862",
            "participants",
            id="kami-daftarkan",
        ),
        pytest.param(
            "Pemkab Berau menyiapkan Rp 1,3 M untuk 6.450 pekerja rentan tahun ini.",
            "6.450",
            "participants_target",
            id="people-a-budget-is-for",
        ),
        pytest.param(
            "Pemkab mengalokasikan Rp 1,5 miliar untuk iuran 7.440 pekerja rentan yang sudah terdaftar sejak "
            "Januari. Jumlah itu bertambah 2.240 orang dibanding tahun lalu, ketika pemkab menanggung 5.200.",
            "2.240",
            "participants_new",
            id="a-rise-and-its-start-are-no-parts",
        ),
        pytest.param(
            "Peserta aktif di Berau 58.200 orang, sedangkan tenaga kerjanya lebih dari 120 ribu orang.",
            "120 ribu",
            "workforce",
            id="a-places-own-workers-as-the-subject",
        ),
        pytest.param(
            "PT Sawit Jaya tahun ini mendaftarkan 300 tenaga kerjanya ke BPJS Ketenagakerjaan.",
            "300",
            "participants",
            id="a-companys-workers-registered",
        ),
        pytest.param(
            "Ia memperkirakan UCJ kabupaten itu bisa naik ke kisaran 30 persen pada akhir tahun.",
            "30 persen",
            "coverage_target_pct",
            id="a-rise-that-could-come",
        ),
        pytest.param(
            "Hingga November 2025 tercatat 55.890 pekerja yang sudah menjadi peserta aktif, dari 262.400 "
            "pekerja di Berau.",
            "262.400",
            "workforce",
            id="the-whole-after-a-count-dated-by-hingga",
        ),
        pytest.param(
            "Dalam dokumen RPJMD, target cakupan dinaikkan bertahap setiap tahun sebagai berikut:\n\n"
            "- 2025: 24 persen\n- 2026: 31 persen\n",
            "24 persen",
            "coverage_target_pct",
            id="a-list-of-yearly-targets-this-years-too",
        ),
        pytest.param(
            "Per Oktober, peserta aktif tercatat 39.870 orang, turun 1.200 peserta dibanding akhir 2024 yang "
            "masih 41.070 orang.",
            "41.070",
            "participants",
            id="where-a-count-fell-from",
        ),
        pytest.param(
            "Wartawan: Pak Bupati, awal tahun Pemkab menargetkan 20 ribu pekerja rentan terdaftar. Sampai "
            "sekarang realisasinya berapa?\n\nBupati: Per akhir September sudah 17.845 orang.",
            "17.845",
            "participants",
            id="an-answer-to-a-question-closing-its-paragraph",
        ),
        pytest.param(
            "Dari verifikasi awal, terdapat 41.300 pekerja informal di Berau yang layak dibantu iurannya.",
            "41.300",
            "workforce",
            id="workers-eligible-for-help",
        ),
        pytest.param(
            "Beasiswa diberikan bagi dua anak, dengan total maksimal Rp 174 juta per anak sampai lulus.",
            "Rp 174 juta",
            "benefit_amount",
            id="a-ceiling-per-child",
        ),
        pytest.param(
            "Tahun lalu saja, 23 nelayan peserta di Kabupaten Berau mengalami kecelakaan kerja.",
            "23",
            "claims_count",
            id="workers-who-had-an-accident",
        ),
        pytest.param(
            "Pemkab menargetkan 12 ribu pekerja rentan terlindungi sepanjang 2025.\n\nKepala Disnaker "
            "mengatakan realisasi tahun lalu sebanyak 9.120 pekerja rentan, terdiri atas nelayan dan petani.",
            "9.120",
            "participants",
            id="the-people-a-programme-came-to-cover",
        ),
        pytest.param(
            "Tiap 3 bulan, Disnaker mendata 200 pekerja rentan yang sudah terdaftar.",
            "200",
            "participants",
            id="a-count-after-a-period-of-tiap",
        ),
        pytest.param(
            "Kami optimistis capaian UCJ Berau tahun ini tembus 25 persen.",
            "25 persen",
            "coverage_target_pct",
            id="forecast-rate",
        ),
        pytest.param(
            "Menurut Disnaker, jumlah buruh tani yang akan dilindungi pada 2026 kira-kira 6 ribu orang.",
            "6 ribu",
            "participants_target",
            id="a-whole-narrowed-to-those-to-be-covered",
        ),
        pytest.param(
            "Rapat pada 2025 itu dihadiri wakil dari 38 kabupaten/kota. Dari seluruh peserta aktif di "
            "provinsi ini, 9.100 di antaranya pekerja bukan penerima upah.",
            "9.100",
            "participants",
            id="a-part-of-a-whole-named-in-words",
        ),
        pytest.param(
            "Pemprov mengalokasikan kuota 8.000 pekerja rentan bagi empat kabupaten pada 2026. "
            "Kabupaten ini mendapat jatah 2.700 di antaranya.",
            "2.700",
            "participants_target",
            id="a-part-of-the-whole-not-of-a-smaller-count",
        ),
        pytest.param(
            "Sepanjang 2025, sebanyak 31 anak peserta di kabupaten itu menerima beasiswa dengan nilai "
            "total Rp 96 juta.",
            "31",
            "claims_count",
            id="a-figure-keeps-its-verb-from-the-amount-after-dengan",
        ),
        pytest.param(
            "Pemprov menyiapkan kuota 9.000 pekerja rentan pada 2026 untuk tiga kabupaten.\n\n"
            "Pembagiannya, Kabupaten Garut 4.000 orang, Kabupaten Ciamis 3.000 dan Kabupaten Kuningan 2.000.",
            "3.000",
            "participants_target",
            id="how-a-quota-is-shared-out-gives-its-parts",
        ),
        pytest.param(
            "Pemkab memasang target cakupan 45 persen pada 2026, sementara saat ini baru 31 persen.",
            "31 persen",
            "coverage_pct",
            id="a-clause-telling-how-things-stand-after-a-plan",
        ),
        pytest.param(
            "Pada 2025 dinas menyerahkan santunan JKM kepada 12 ahli waris nelayan dari Kecamatan "
            "Kusan Hilir.",
            "12",
            "claims_count",
            id="heirs-from-a-district-are-the-regions-claims",
        ),
        pytest.param(
            "Sepanjang 2025 ada 38 kasus kecelakaan kerja di kabupaten itu. Paling banyak di pabrik. "
            "Dua di antaranya kasus kematian.",
            "Dua",
            "claims_count",
            id="a-part-in-words-named-as-cases-after-di-antaranya",
        ),
        pytest.param(
            "Pada 2025 peserta di kabupaten itu 9.000 orang. Sebanyak 2.100 di antaranya pekerja bukan "
            "penerima upah.",
            "2.100",
            "participants",
            id="a-part-named-as-workers-counts-what-its-whole-does",
        ),
        pytest.param(
            "Sepanjang 2025 jumlahnya terus naik. Pada Januari tercatat 41.200 peserta, Februari 41.560, "
            "Maret 41.977, dan April 42.318.",
            "41.977",
            "participants",
            id="a-series-by-month-continues-its-first-figure",
        ),
        pytest.param(
            "Pada 2025 dinas juga menyerahkan beasiswa kepada delapan anak peserta di kabupaten itu.",
            "delapan",
            "claims_count",
            id="more-children-than-one-claim-pays-for-counted-in-words",
        ),
        pytest.param(
            "Tahun ini 88 desa membayar iuran dari dana desa, dengan total 2.140 warga yang didaftarkan "
            "sebagai peserta baru.",
            "2.140",
            "participants_new",
            id="a-total-of-those-enrolled-as-new",
        ),
        pytest.param(
            "Dari 5.000 buruh tani yang didata pada 2025, baru 3.100 yang sudah terdaftar.",
            "3.100",
            "participants",
            id="a-part-of-workers-opened-with-dari",
        ),
        pytest.param(
            "Jumlah guru honorer peserta BPJS Ketenagakerjaan di kabupaten itu pada 2025 sebanyak 820 orang.",
            "820",
            "participants",
            id="a-whole-narrowed-by-the-word-of-participants-after-it",
        ),
        pytest.param(
            "Dibanding tahun lalu, jumlah petani peserta di kabupaten itu bertambah 640 orang.",
            "640",
            "participants_new",
            id="a-noun-of-participants-right-after-the-whole-narrows-it",
        ),
        pytest.param(
            "Potensi kepesertaan pekerja di kabupaten itu pada 2025 mencapai 61 ribu orang.",
            "61 ribu",
            "workforce",
            id="the-potential-of-enrolment-is-the-whole",
        ),
        pytest.param(
            "Pada 2025 sasaran dinas adalah nelayan dan petani yang kepesertaannya masih di bawah 12 persen.",
            "12 persen",
            "coverage_pct",
            id="a-level-that-still-stands-after-a-plan",
        ),
        pytest.param(
            "Cakupan kepesertaan di kabupaten itu 27,5 persen.\n\nDinas juga mendata 3.100 buruh tani yang "
            "belum terlindungi. Sasaran tahun depan 33 persen.",
            "33 persen",
            "coverage_target_pct",
            id="a-rate-after-a-count-of-the-uncovered-is-no-share-of-them",
        ),
        pytest.param(
            "Tahun depan jumlah nelayan yang untuk didaftarkan mencapai 2.400 orang.",
            "2.400",
            "participants_target",
            id="a-whole-narrowed-to-those-to-be-enrolled",
        ),
        pytest.param(
            "Di Berau, pekerja informal yang sudah terlindungi baru 14 persen dari jumlah pekerja.",
            "14 persen",
            "coverage_pct",
            id="a-group-enrolled-as-a-share-of-all-workers",
        ),
        pytest.param(
            "Kadisnaker menyebut 2.310 kader posyandu dan PKK serta 1.940 guru honorer kini terdaftar.",
            "2.310",
            "participants",
            id="the-first-of-two-joined-counts-shares-the-word-after-the-second",
        ),
        pytest.param(
            "Pemkab menanggung 9.420 nelayan. Angka itu masih kecil dibanding total 61 ribu pekerja "
            "sektor perikanan di Berau.",
            "61 ribu",
            "workforce",
            id="the-workers-a-count-is-compared-with",
        ),
        pytest.param(
            "Pemprov memberi penghargaan kepada Kabupaten Berau yang menambah 6.420 peserta baru.",
            "6.420",
            "participants_new",
            id="new-participants-beside-a-word-of-another-kind",
        ),
        pytest.param(
            "Ahli waris almarhum Tono (39), operator mesin di pabrik pakan, menerima santunan JKK "
            "meninggal dunia sebesar Rp 201,6 juta atau 48 kali upah yang dilaporkan.",
            "Rp 201,6 juta",
            "benefit_amount",
            id="a-benefit-restated-as-a-multiple-of-the-wage-after-it",
        ),
        pytest.param(
            "Dari pagu itu, Rp 900 juta untuk pelatihan di BLK dan Rp 1,1 miliar untuk membayar iuran "
            "BPJS Ketenagakerjaan 5.400 pekerja rentan.",
            "Rp 1,1 miliar",
            "budget",
            id="money-to-pay-the-premiums-after-it",
        ),
    ],
)
def test_metric_of_a_figure(nlp, body, quote, metric):
    decision = decision_for(nlp, body, quote)
    assert decision.fact is not None, decision.reason
    assert decision.fact.metric == metric, decision.reason


@pytest.mark.parametrize(
    "body, quote, reason",
    [
        pytest.param(
            "Peserta aktif minimal tiga bulan berhak atas santunan.",
            "tiga",
            "duration",
            id="condition-duration",
        ),
        pytest.param("Beasiswa diberikan untuk dua anak peserta.", "dua", "condition", id="children"),
        pytest.param(
            "Pada 2025 dinas menyerahkan beasiswa untuk dua anak peserta.",
            "dua",
            "condition",
            id="the-two-children-of-one-claim",
        ),
        pytest.param(
            "Setiap desa diminta menganggarkan iuran bagi minimal 30 warganya.",
            "30",
            "condition",
            id="minimum-per-unit",
        ),
        pytest.param("Pendataan dilakukan di 13 kecamatan.", "13", "districts", id="count-admin"),
        pytest.param(
            "Sebanyak 1.250 perusahaan sudah mendaftarkan pekerjanya.",
            "1.250",
            "companies",
            id="company-count",
        ),
        pytest.param("Nelayan melaut hingga 12 mil dari pantai.", "12", "distance", id="measure"),
        pytest.param("Santunan itu setara 48 kali upah.", "48", "multiplier", id="multiplier"),
        pytest.param(
            "Pertumbuhan peserta mencapai 12 persen dibanding tahun lalu.",
            "12 persen",
            "another kind",
            id="growth-percent",
        ),
        pytest.param(
            "Realisasi itu setara 83 persen dari target.", "83 persen", "another kind", id="share-of-target"
        ),
        pytest.param(
            "Cakupan BPJS Kesehatan di Berau sudah 98 persen.",
            "98 persen",
            "another kind",
            id="health-insurance-rate",
        ),
        pytest.param(
            "Sebanyak 60 persen warga bekerja di perkebunan.",
            "60 persen",
            "not a coverage rate",
            id="other-percent",
        ),
        pytest.param("UMK Berau tahun ini Rp 3,8 juta.", "Rp 3,8 juta", "another kind", id="wage"),
        pytest.param(
            "Berau menyumbang sekitar 12 persen dari total peserta aktif nasional.",
            "12 persen",
            "another kind",
            id="share-of-national",
        ),
        pytest.param("Mayoritas nelayan memakai perahu di bawah 5 GT.", "5", "boat size", id="gross-tonnage"),
        pytest.param(
            "Pemprov menargetkan 20 ribu pekerja terlindungi. Kota itu berada di ketinggian 1.600 mdpl.",
            "1.600",
            "height",
            id="height-above-sea-level",
        ),
        pytest.param(
            "Ratusan pekerja menuntut kenaikan upah. Sekitar 450 buruh pabrik sepatu menggelar aksi di depan "
            "kantor bupati.",
            "450",
            "counted for something else",
            id="protesters-are-no-workforce",
        ),
        pytest.param(
            "Penenun bisa menyelesaikan dua lembar kain per bulan. Harga selembar kain tenun berkisar antara "
            "Rp2 juta hingga Rp4 juta.",
            "Rp2 juta hingga Rp4 juta",
            "an amount of another kind",
            id="a-price-of-goods",
        ),
        pytest.param(
            "Pemkab Lahat menanggung iuran 500 pekerja rentan. Sementara itu PT Sawit Lahat Makmur "
            "menyalurkan dana tanggung jawab sosial senilai Rp 75 juta.",
            "Rp 75 juta",
            "money a company gives",
            id="a-companys-social-fund",
        ),
        pytest.param(
            "Pemangkasan dilakukan karena total RAPBD 2026 turun menjadi Rp1,2 triliun akibat berkurangnya "
            "dana transfer dari pusat.",
            "Rp1,2 triliun",
            "whole purse",
            id="a-whole-draft-budget",
        ),
        pytest.param(
            "Pemkab Lahat menargetkan peserta aktif mencapai 60 ribu orang pada akhir tahun. Dengan capaian "
            "saat ini, target itu sudah terpenuhi 88 persen.",
            "88 persen",
            "another kind",
            id="how-much-of-a-target-is-met",
        ),
        pytest.param(
            "Disnaker mencatat 145 aduan pekerja yang tidak lolos karena perusahaannya menunggak iuran.",
            "145",
            "complaints",
            id="a-count-of-complaints",
        ),
        pytest.param(
            'Pekerja yang belum terlindungi di Kabupaten Lahat tercatat 48.730 orang. "Masih ada sekitar '
            '50 ribu orang yang belum terlindungi," ujarnya.',
            "50 ribu",
            "repeats '48.730'",
            id="a-hedged-restatement-of-an-exact-count",
        ),
        pytest.param(
            "Wali nagari itu mengatakan nagarinya mendaftarkan 85 petani bawang dengan anggaran Rp17 juta.",
            "85",
            "counts a village",
            id="a-village-pointed-at-after-a-verb-of-saying",
        ),
        pytest.param(
            "Setiap nagari diminta mendaftarkan minimal 25 warga. Ada nagari yang bahkan sudah mendaftarkan "
            "lebih dari 100 orang.",
            "100",
            "counts a village",
            id="one-village-among-many",
        ),
        pytest.param(
            "Dewan Pengupahan Kabupaten Lahat yang beranggotakan 21 orang mengusulkan kenaikan itu.",
            "21",
            "counted for something else",
            id="members-of-a-board",
        ),
        pytest.param(
            "Rapat evaluasi jaminan sosial pekerja rentan itu dihadiri 42 kepala desa.",
            "42",
            "counted for something else",
            id="people-attending-a-meeting",
        ),
        pytest.param(
            "Ongkos tiket naik menjadi Rp 150 ribu.", "Rp 150 ribu", "no benefit", id="unrelated-money"
        ),
        pytest.param("Rombongan tiba bersama 40 orang warga.", "40", "no cue", id="people-without-a-cue"),
        pytest.param(
            "Pemkab melindungi 23.415 pekerja. Angka itu naik 18 persen dibanding tahun lalu.",
            "18 persen",
            "growth",
            id="growth-after-a-verb",
        ),
        pytest.param(
            "Dinas merinci sebaran peserta per kecamatan sebagai berikut:\n\n- Merapi Barat: 640 orang\n"
            "- Pseksu: 310 orang\n- Total Kabupaten Lahat: 950 orang\n",
            "310",
            "an item of a list by 'per kecamatan'",
            id="an-item-of-a-list-by-district",
        ),
        pytest.param(
            "Untuk iuran pekerja rentan, Pemprov menanggung 40 persen iuran, kabupaten/kota 60 persen"
            " sisanya.",
            "60 persen",
            "a percentage of another kind ('menanggung')",
            id="a-cost-shared-after-a-cost-shared",
        ),
        pytest.param(
            "Ketiga korban, yang berusia 38, 45 dan 52 tahun, tewas saat perahu mereka terbalik.",
            "45",
            "a duration or age",
            id="ages-listed-before-their-noun",
        ),
        pytest.param(
            "Bupati memaparkan program itu di hadapan sekitar 300 pekerja rentan.",
            "300",
            "counted for something else",
            id="an-audience",
        ),
        pytest.param(
            "Per Oktober, peserta aktif tercatat 39.870 orang, turun 1.200 peserta dibanding akhir 2024 yang "
            "masih 41.070 orang.",
            "1.200",
            "counted for something else",
            id="people-a-count-fell-by",
        ),
        pytest.param(
            "Angkatan kerja kami 780 ribu orang, jadi tiap satu persen itu hampir delapan ribu pekerja.",
            "delapan ribu",
            "a rate per unit",
            id="the-figure-per-unit-of-a-rate",
        ),
        pytest.param(
            "Angkatan kerja kami 780 ribu orang, jadi tiap satu persen itu hampir delapan ribu pekerja.",
            "satu persen",
            "a rate per unit",
            id="the-unit-of-a-rate",
        ),
        pytest.param(
            "Iuran bagi semua buruh tani itu hanya Rp 900 juta setahun, tak sampai 1 persen belanja daerah.",
            "1 persen",
            "a percentage of another kind",
            id="a-share-of-the-regions-spending",
        ),
        pytest.param(
            "Menurut Sakernas, tingkat partisipasi angkatan kerja kabupaten itu 68,4 persen.",
            "68,4 persen",
            "a percentage of another kind",
            id="a-labour-force-participation-rate",
        ),
        pytest.param(
            "Kepala dinas mengatakan, Desa Sukamaju menjadi desa percontohan tingkat nasional pada 2025. "
            '"Sekitar 70 persen nelayannya sudah terlindungi," ujarnya.',
            "70 persen",
            "counts a village or district",
            id="a-rate-pointed-back-to-the-village-before",
        ),
        pytest.param(
            "Realisasi kepesertaan pekerja rentan tahun ini baru 11.250 orang dari target 15.000 orang, "
            "atau 75 persen.",
            "75 persen",
            "as a share of the target",
            id="a-count-over-the-target-before-it-restated-as-a-share",
        ),
        pytest.param(
            "Pada 2025 tercatat 640 nelayan dari Kecamatan Kusan Hilir sudah terdaftar.",
            "640",
            "counts a village or district",
            id="participants-from-a-district-are-its-own",
        ),
        pytest.param(
            "Dari 140 perusahaan yang beroperasi di kabupaten itu, baru 96 yang mendaftarkan semua "
            "karyawannya.",
            "96",
            "a count of companies",
            id="a-part-of-companies-opened-with-dari",
        ),
        pytest.param(
            "Dinas Tenaga Kerja memaparkan pagu belanjanya tahun ini sebesar Rp 7,4 miliar. Isinya "
            "antara lain pelatihan kerja Rp 1,6 miliar, bursa kerja Rp 300 juta, dan iuran BPJS "
            "Ketenagakerjaan pekerja rentan Rp 4,2 miliar.",
            "Rp 7,4 miliar",
            "some for other purposes",
            id="a-department-total-its-parts-spend-on-other-things",
        ),
        pytest.param(
            "Pemprov menargetkan UCJ 40 persen pada 2026. Untuk mencapainya, kabupaten diminta "
            "mengalokasikan minimal 15 persen dari kebutuhan iuran pekerja rentan.",
            "15 persen",
            "another kind",
            id="a-share-of-the-premiums-needed",
        ),
        pytest.param(
            '"Satu kasus kecelakaan saja sudah terlalu berat bagi keluarga pekerja," kata Kadisnaker.',
            "Satu",
            "emphasis",
            id="one-said-for-emphasis",
        ),
        pytest.param(
            "Dari 45 petani yang kami wawancarai di dua desa, hanya 6 orang yang tahu program JKK.",
            "45",
            "a survey's sample",
            id="the-people-a-survey-asked",
        ),
        pytest.param(
            "Survei kampus itu melibatkan 312 responden pekerja informal di Berau.",
            "312",
            "another kind",
            id="respondents-counted",
        ),
        pytest.param(
            "Di Berau, pekerja sektor informal mencapai 58 persen dari jumlah pekerja di kabupaten itu.",
            "58 persen",
            "the share of the workers who are",
            id="a-group-as-a-share-of-all-workers",
        ),
        pytest.param(
            "Dari pagu itu, Rp 2,9 miliar untuk belanja pegawai, sisanya untuk iuran BPJS "
            "Ketenagakerjaan pekerja rentan.",
            "Rp 2,9 miliar",
            "another",
            id="staff-spending-is-no-premium-budget",
        ),
    ],
)
def test_what_is_not_a_fact(nlp, body, quote, reason):
    decision = decision_for(nlp, body, quote)
    assert decision.fact is None, f"made a fact: {decision.fact}"
    assert reason in decision.reason


@pytest.mark.parametrize(
    "body, quote",
    [
        ("Jumlah peserta pekerja rentan tahun ini mencapai 12.400", "12.400"),
        ("Klaim yang dibayarkan tahun ini mencapai Rp 9,1 miliar untuk 48.", "48"),
    ],
    ids=["nothing-after", "a-group-separator-after"],
)
def test_a_figure_cut_off_at_the_end_of_a_truncated_text(nlp, body, quote):
    decision = decision_for(nlp, body, quote)
    assert decision.fact is None and "cut off" in decision.reason


@pytest.mark.parametrize(
    "ending, fact",
    [("juga turut di", False), ("juga terdaftar.", True)],
    ids=["cut-before-its-verb", "complete"],
)
def test_a_sentence_cut_off_at_the_end_carries_no_words_from_the_one_before(nlp, ending, fact):
    body = f"Pada 2025 sebanyak 4.100 orang sudah menjadi peserta. Bahkan sekitar 310 atlet daerah {ending}"
    decision = decision_for(nlp, body, "310")
    assert (decision.fact is not None) == fact, decision.reason


def test_a_grouped_figure_ending_the_last_sentence_is_whole(nlp):
    decision = decision_for(nlp, "Jumlah peserta pekerja rentan tahun ini mencapai 12.400.", "12.400")
    assert decision.fact is not None, decision.reason


def test_a_headline_figure_the_body_repeats_is_one_fact(nlp):
    text = (
        "Pemkab Berau Lindungi 11.872 Pekerja Rentan\n\n"
        "Pemkab Berau mencatat hingga akhir 2024 sebanyak 11.872 pekerja rentan yang iurannya ditanggung "
        "pemerintah daerah, terutama nelayan, petani sawit swadaya dan buruh bongkar muat di pesisir.\n"
    )
    facts = run_text(nlp, text, PUBLISHED).facts
    assert [(f.value, f.year, f.start > 50) for f in facts] == [(11872, 2024, True)]


def test_a_headline_figure_under_a_ticker_is_the_bodys(nlp):
    text = (
        "BREAKING NEWS ▸ Kapal Tongkang Kandas di Perairan Manggar Pagi Tadi ▸ Harga Lada Putih Turun "
        "Lagi di Pasar Pagi ▸ Jadwal Kapal Belitung ke Jakarta Berubah\n\n"
        "Berau Kejar Target UCJ 45 Persen\n\n"
        "TANJUNG REDEB - Pemkab Berau memasang target capaian Universal Coverage Jamsostek pada 2026 "
        "sebesar 45 persen, sementara saat ini baru 31 persen.\n"
    )
    facts = run_text(nlp, text, PUBLISHED).facts
    assert [(f.value, f.year) for f in facts if f.metric == "coverage_target_pct"] == [(45, 2026)]


@pytest.mark.parametrize(
    "second, year",
    [
        pytest.param("Ada pula usulan iuran bagi 1.800 guru ngaji sebesar Rp 360 juta.", 2026, id="proposed"),
        pytest.param(
            "Bupati menargetkan 1.800 guru ngaji terdaftar, seiring penambahan anggaran dari Rp 360 juta.",
            2025,
            id="a-target-aimed-at-leaves-the-budget-now",
        ),
    ],
)
def test_a_budget_proposed_in_a_debate_on_next_years_draft_is_for_that_year(nlp, second, year):
    body = (
        "Banggar DPRD Berau membahas rancangan APBD 2026 bersama TAPD, Senin. Dinas mengusulkan iuran "
        "BPJS Ketenagakerjaan pekerja rentan dinaikkan. " + second
    )
    decision = decision_for(nlp, body, "Rp 360 juta", published=date(2025, 11, 10))
    assert decision.fact is not None, decision.reason
    assert (decision.fact.metric, decision.fact.year) == ("budget", year)


def test_claims_report_items_with_a_dash_between_cases_and_money(nlp):
    body = (
        "BPJS Ketenagakerjaan Cabang Berau membayar klaim sepanjang semester I 2025.\n"
        "Rincian klaim per program:\n"
        "JHT : 845 kasus – Rp 9.120.500.000\n"
        "JKM : 23 kasus - Rp 966.000.000\n"
    )
    facts = {f.quote: f.metric for f in run_text(nlp, LEAD + body, PUBLISHED).facts}
    assert facts["Rp 9.120.500.000"] == "claims_paid"
    assert facts["Rp 966.000.000"] == "claims_paid"


INTERVIEW = (
    "Wawancara\n\n"
    "Berapa pekerja di Berau yang sudah terlindungi BPJS Ketenagakerjaan?\n\n"
    "Per Mei ini 61.200 orang terdaftar aktif, dari angkatan kerja sekitar 140 ribu.\n\n"
    "Jadi masih ada kira-kira 75 ribu yang belum terlindungi?\n\n"
    "Lebih. Sekitar 78.800 orang.\n\n"
    "Pemkab ikut menanggung iuran pekerja rentan?\n\n"
    "Ya. Tahun ini 9.500 pekerja rentan, dari APBD.\n"
)


def test_an_answer_after_a_yes_or_a_more_counts_what_the_question_asked(nlp):
    facts = {f.quote: f.metric for f in run_text(nlp, INTERVIEW, PUBLISHED).facts}
    assert facts.get("78.800") == "uncovered"
    assert facts.get("9.500") == "participants"


def test_a_figure_the_interviewer_guesses_and_the_answer_puts_right_is_no_fact(nlp):
    decision = next(d for d in run_text(nlp, INTERVIEW, PUBLISHED).decisions if d.quote == "75 ribu")
    assert decision.fact is None
    assert "78.800" in decision.reason


def test_each_line_of_a_list_of_allocations_is_what_its_own_purpose_says(nlp):
    body = (
        "TAPD memaparkan pos belanja sosial, yakni Rp 8 miliar untuk insentif guru ngaji, Rp 30 miliar "
        "untuk iuran PBI JKN BPJS Kesehatan, Rp 2,6 miliar untuk iuran BPJS Ketenagakerjaan pekerja "
        "rentan, dan Rp 1,4 miliar untuk seragam sekolah."
    )
    made = {d.quote: d.fact.metric if d.fact else None for d in decisions(nlp, body)}
    expected = {"Rp 8 miliar": None, "Rp 30 miliar": None, "Rp 2,6 miliar": "budget", "Rp 1,4 miliar": None}
    assert made == expected


def test_the_lines_of_a_draft_under_debate_are_for_the_year_it_is_drafted_for(nlp):
    text = (
        "Banggar Bahas Iuran Pekerja Rentan\n\n"
        "LEBAK – Banggar DPRD Kabupaten Lebak membahas Rancangan APBD 2026 bersama TAPD, Senin.\n\n"
        "Dalam paparannya, TAPD menyebut Rp 2,6 miliar untuk iuran BPJS Ketenagakerjaan 13.000 pekerja "
        "rentan. Saat ini 9.800 pekerja rentan sudah ditanggung pemkab.\n"
    )
    facts = {f.quote: (f.metric, f.year) for f in run_text(nlp, text, date(2025, 11, 10)).facts}
    assert facts["Rp 2,6 miliar"] == ("budget", 2026)
    assert facts["13.000"] == ("participants_target", 2026)
    assert facts["9.800"] == ("participants", 2025)


def test_a_figure_on_a_ticker_of_other_stories_is_no_fact(nlp):
    text = (
        "TERKINI » Pasar Murah Digelar di 9 Kecamatan » Pemkab Siapkan 14 Beasiswa Atlet Naik Kelas\n\n"
        "Iuran Pekerja Rentan Jadi Sorotan Dewan\n\n"
        "MUARA ENIM - Pemkab Muara Enim menanggung iuran BPJS Ketenagakerjaan bagi 3.940 pekerja rentan "
        "sepanjang tahun ini, kata kepala dinas kepada wartawan di kantornya.\n"
    )
    decisions = run_text(nlp, text, PUBLISHED).decisions
    on_the_ticker = [d for d in decisions if d.quote in ("9", "14")]
    assert on_the_ticker and all(d.fact is None for d in on_the_ticker)
    assert all("ticker" in d.reason for d in on_the_ticker)
    assert [f.value for f in run_text(nlp, text, PUBLISHED).facts] == [3940]


def test_a_hedged_headline_figure_read_as_another_metric_is_the_bodys(nlp):
    text = (
        "Santunan Hampir Rp450 Juta bagi Ahli Waris Pekerja di Lahat\n\n"
        "Pemkab Lahat bersama BPJS Ketenagakerjaan menyerahkan santunan kepada ahli waris sembilan peserta "
        "pada 2025. Total manfaat yang diserahkan Rp448,2 juta.\n"
    )
    assert [f.value for f in run_text(nlp, text, PUBLISHED).facts if f.unit == "IDR"] == [448200000]


def test_a_rounded_restatement_is_not_a_second_fact(nlp):
    text = (
        "14 Ribu Lebih Pekerja Rentan Berau Terlindungi\n\n"
        "Pemkab Berau mencatat 14.880 pekerja rentan terdaftar sebagai peserta BPJS Ketenagakerjaan pada "
        "2025, sebagian besar nelayan dan petani sawit di kampung-kampung pesisir Berau.\n"
    )
    assert [f.value for f in run_text(nlp, text, PUBLISHED).facts] == [14880]


@pytest.mark.parametrize(
    "body, values",
    [
        pytest.param(
            "Hingga Maret 2025 tercatat 52.618 pekerja rentan di Lahat terdaftar sebagai peserta. "
            "Angka 52.000 peserta itu masih jauh dari harapan Pemkab Lahat.",
            [52618],
            id="zeros-truncate-the-exact-figure",
        ),
        pytest.param(
            "Hingga Maret 2025 tercatat 52.618 pekerja rentan di Lahat terdaftar sebagai peserta. "
            "Pemkab Lahat menargetkan 53.000 peserta pada 2025.",
            [52618, 53000],
            id="a-target-is-no-restatement",
        ),
        pytest.param(
            "Pada 2025 Pemkab Lahat mendaftarkan 1.400 pekerja rentan sebagai peserta. "
            "Sebanyak 1.000 peserta adalah petani, 300 peserta nelayan dan 100 peserta pedagang.",
            [1400, 1000, 300, 100],
            id="a-part-far-from-the-whole",
        ),
        pytest.param(
            "Pemkab Lahat menyiapkan kuota 4.000 orang bagi nelayan pada 2026. Pada tahun yang sama, "
            "Pemkab Lahat menargetkan 4.150 pekerja rentan terdaftar.",
            [4000, 4150],
            id="zeros-before-the-exact-figure-are-another-count",
        ),
    ],
)
def test_a_count_written_with_zeros_restates_a_close_exact_count_of_its_metric(nlp, body, values):
    assert [f.value for f in run_text(nlp, LEAD + body, PUBLISHED).facts] == values


def test_different_figures_of_different_years_are_both_kept(nlp):
    body = "Cakupan mencapai 100 ribu jiwa pada 2024. Pemkab merencanakan 115 ribu jiwa pada 2025."
    assert sorted(f.value for f in run_text(nlp, LEAD + body, date(2024, 8, 17)).facts) == [100000, 115000]


def test_programme_and_detail_come_from_the_sentence(nlp):
    fact = decision_for(nlp, "Ahli waris berhak atas santunan JKM sebesar Rp42.000.000.", "Rp42.000.000").fact
    assert (fact.program, fact.detail) == ("JKM", "santunan jkm")
    both = decision_for(nlp, "Pemkab melindungi 9.000 nelayan lewat program JKK dan JKM.", "9.000").fact
    assert (both.program, both.detail) == (None, "nelayan")


def test_confidence_is_lower_when_the_region_is_only_the_articles(nlp):
    named = decision_for(nlp, "Pemkab Berau melindungi 9.000 nelayan.", "9.000").fact
    fallback = decision_for(nlp, "Program itu melindungi 9.000 nelayan.", "9.000").fact
    assert 0 < fallback.confidence < named.confidence <= 1


def test_percentages_listing_regions_continue_a_coverage_rate(nlp):
    body = (
        "Kota Madiun mencatat capaian UCJ tertinggi, yakni 61,4 persen.\n\n"
        "Kabupaten Madiun berada di posisi berikutnya dengan 38,9 persen."
    )
    facts = {f.value: f.metric for f in run_text(nlp, LEAD + body, PUBLISHED).facts}
    assert facts == {61.4: "coverage_pct", 38.9: "coverage_pct"}


def test_masing_masing_gives_the_figure_to_each_region(nlp):
    body = "Kabupaten Kutai Barat dan Mahakam Ulu masing-masing menargetkan 5.000 peserta baru pada 2026."
    facts = run_text(nlp, LEAD + body, PUBLISHED).facts
    assert sorted((f.region, f.metric, f.value) for f in facts) == [
        ("Kabupaten Kutai Barat", "participants_target", 5000),
        ("Kabupaten Mahakam Ulu", "participants_target", 5000),
    ]
    assert len({f.id for f in facts}) == 2


def test_money_cue_inside_a_longer_people_cue_still_counts(nlp):
    body = "Tiga ahli waris peserta di Berau menerima santunan kematian masing-masing Rp 42 juta."
    facts = {f.quote: f.metric for f in run_text(nlp, LEAD + body, PUBLISHED).facts}
    assert facts == {"Tiga": "claims_count", "Rp 42 juta": "benefit_amount"}


def test_a_standard_benefit_after_a_branch_wide_sentence_is_the_articles(nlp):
    body = (
        "BPJS Ketenagakerjaan Cabang Tanjung Redeb membayar santunan kepada 120 ahli waris di Berau dan "
        "Kutai Timur dengan total Rp 5 miliar. Peserta juga bisa mendapat beasiswa hingga Rp 174 juta."
    )
    facts = {f.quote: (f.region, f.metric) for f in run_text(nlp, LEAD + body, PUBLISHED).facts}
    assert facts == {"Rp 174 juta": ("Kabupaten Berau", "benefit_amount")}


def test_list_markers_are_not_figures_and_listed_rates_are_coverage(nlp):
    body = (
        "Capaian UCJ Jawa Timur per September 2025 mencapai 42,7 persen.\n\n"
        "Berikut daerah dengan capaian tertinggi:\n1. Kota Surabaya: 61,3 persen\n2. Kota Malang: 55,8 persen"
    )
    facts = [(f.quote, f.region, f.metric) for f in run_text(nlp, body, date(2025, 11, 7)).facts]
    assert facts == [
        ("42,7 persen", "Provinsi Jawa Timur", "coverage_pct"),
        ("61,3 persen", "Kota Surabaya", "coverage_pct"),
        ("55,8 persen", "Kota Malang", "coverage_pct"),
    ]


def test_a_standing_premium_is_not_dated_by_the_plan_before_it(nlp):
    body = (
        "Pemkab Berau menargetkan 25 ribu peserta tahun depan. Iuran BPU paling rendah Rp 16.800 per bulan "
        "untuk dua program."
    )
    facts = {f.quote: (f.metric, f.year) for f in run_text(nlp, LEAD + body, PUBLISHED).facts}
    assert facts == {"25 ribu": ("participants_target", 2026), "Rp 16.800": ("contribution", 2025)}


def test_a_sum_of_premiums_is_a_budget_of_the_plans_year(nlp):
    body = (
        "Kepala Disnaker menjelaskan, usulan tambahan peserta untuk tahun depan sudah dihitung.\n\n"
        "\u201cIurannya Rp 16.800 sebulan, dikali 12 bulan untuk 2.000 nelayan, "
        "jadi total Rp 403,2 juta,\u201d ujarnya."
    )
    facts = {f.quote: (f.metric, f.year) for f in run_text(nlp, LEAD + body, PUBLISHED).facts}
    assert facts == {
        "Rp 16.800": ("contribution", 2025),  # the premium as it stands
        "2.000": ("participants_target", 2026),
        "Rp 403,2 juta": ("budget", 2026),  # premiums summed, no claims paid
    }


def test_a_quotation_turning_to_how_things_stand_keeps_to_now(nlp):
    body = (
        "Bupati berjanji menambah kuota pekerja rentan pada tahun depan.\n\n"
        "\u201cCakupan kita masih rendah. Di sini ada sekitar 90 ribu pekerja,\u201d katanya."
    )
    facts = {f.quote: (f.metric, f.year) for f in run_text(nlp, LEAD + body, PUBLISHED).facts}
    assert facts["90 ribu"] == ("workforce", 2025)


@pytest.mark.parametrize(
    "body, quote, metric",
    [
        pytest.param(
            "Pemkab Berau mencatat 14.320 pekerja rentan terdaftar tahun ini.\n\n"
            "Kepala Disnaker mengatakan, dari jumlah itu, 3.870 orang merupakan pengemudi ojol.",
            "3.870",
            "participants",
            id="part-of-the-figure-before",
        ),
        pytest.param(
            "DPRD Berau menyetujui anggaran Rp 1,8 miliar untuk iuran pekerja rentan tahun ini.\n\n"
            '"Kami minta tahun depan dinaikkan menjadi Rp 2,4 miliar," kata Ketua Komisi.',
            "Rp 2,4 miliar",
            "budget",
            id="money-a-change-leads-to",
        ),
        pytest.param(
            "Capaian UCJ Berau 21,4 persen. Kabupaten itu ditargetkan naik ke 28 persen akhir tahun ini. "
            "Tahun lalu angkanya 17,9 persen.",
            "17,9 persen",
            "coverage_pct",
            id="a-past-rate-after-a-target",
        ),
    ],
)
def test_a_figure_without_a_cue_continues_the_one_before(nlp, body, quote, metric):
    decision = decision_for(nlp, body, quote)
    assert decision.fact is not None and decision.fact.metric == metric, decision.reason
    assert "continues" in decision.reason


NATIONAL_THEN = {
    "too large for a regency": (
        "Sementara itu, pekerja rentan yang terlindungi baru sekitar 9,2 juta orang.",
        "9,2 juta",
        "Indonesia",
    ),
    "a claims bill too large for a regency": (
        "Sementara klaim yang dibayarkan sepanjang 2024 sebesar Rp 58,3 triliun.",
        "Rp 58,3 triliun",
        "Indonesia",
    ),
    "small enough for the story's regency": (
        "Sementara itu, iuran 12.000 pekerja rentan ditanggung pemkab.",
        "12.000",
        "Kabupaten Berau",
    ),
}


@pytest.mark.parametrize(("after", "quote", "region"), NATIONAL_THEN.values(), ids=NATIONAL_THEN)
def test_a_figure_too_large_for_the_story_after_a_national_one_is_the_nations(nlp, after, quote, region):
    body = (
        f"Secara nasional, peserta aktif BPJS Ketenagakerjaan per Juni 2025 mencapai 45 juta orang. {after}"
    )
    decision = decision_for(nlp, body, quote)
    assert decision.fact is not None and decision.fact.region == region, decision.reason


def test_a_part_of_a_count_of_companies_pointed_back_to_counts_companies(nlp):
    body = 'Pemkab menanggung iuran 12.000 petani.\n\n"Dari 96 perusahaan itu, 61 sudah melunasi," ujarnya.'
    decision = decision_for(nlp, body, "61")
    assert decision.fact is None, decision.reason


def test_people_without_a_cue_or_a_pointer_back_are_no_fact(nlp):
    body = "Pemkab Berau mencatat 14.320 pekerja rentan terdaftar.\n\nRombongan 40 orang tiba di bandara."
    assert decision_for(nlp, body, "40").fact is None


@pytest.mark.parametrize(
    "body, quote",
    [
        pytest.param(
            "Data BPJS Kesehatan, Universal Health Coverage (UHC) Berau mencapai 98,6 persen.",
            "98,6 persen",
            id="health-uhc",
        ),
        pytest.param("Mereka bekerja dengan honor Rp 1,2 juta per bulan.", "Rp 1,2 juta", id="honorarium"),
        pytest.param("Kami siapkan kuota pelatihan untuk 400 orang tahun ini.", "400", id="training-quota"),
        pytest.param("Pemilik sekitar 600 kapal wisata wajib mendaftarkan awaknya.", "600", id="boats"),
    ],
)
def test_more_non_facts(nlp, body, quote):
    decision = decision_for(nlp, body, quote)
    assert decision.fact is None, f"made a fact: {decision.fact}"


def test_a_quota_governs_the_enumeration_after_sedangkan(nlp):
    body = (
        "Kabupaten Jayawijaya mendapat kuota 3.500 orang, sedangkan Kabupaten Yalimo dan Kabupaten Nduga "
        "masing-masing 1.200 orang."
    )
    facts = sorted((f.region, f.metric, f.value) for f in run_text(nlp, LEAD + body, PUBLISHED).facts)
    assert facts == [
        ("Kabupaten Jayawijaya", "participants_target", 3500),
        ("Kabupaten Nduga", "participants_target", 1200),
        ("Kabupaten Yalimo", "participants_target", 1200),
    ]


def test_a_flat_rate_after_a_comparison_region_is_the_articles(nlp):
    body = (
        "Capaian Kalimantan Timur secara provinsi sudah 54 persen.\n\n"
        "Jika meninggal dunia, ahli waris menerima santunan Rp42 juta."
    )
    fact = decision_for(nlp, body, "Rp42 juta").fact
    assert (fact.region, fact.metric) == ("Kabupaten Berau", "benefit_amount")


def test_a_flat_rate_in_a_sentence_naming_the_story_region_is_the_articles(nlp):
    body = (
        "Klaim peserta di Kabupaten Paser mencapai Rp 16,1 miliar.\n\n"
        "Santunan JKM sebesar Rp42 juta diserahkan kepada ahli waris, pedagang di Kelurahan Sungai "
        "Bedungun, Kabupaten Berau."
    )
    fact = decision_for(nlp, body, "Rp42 juta").fact
    assert (fact.region, fact.metric) == ("Kabupaten Berau", "benefit_amount")


def test_a_national_comparison_does_not_carry_to_the_next_sentence(nlp):
    body = "Capaian UCJ Berau masih di bawah rata-rata nasional 41,72 persen. Target tahun ini 45 persen."
    facts = {f.quote: f.region for f in run_text(nlp, LEAD + body, PUBLISHED).facts}
    assert facts == {"41,72 persen": "Indonesia", "45 persen": "Kabupaten Berau"}


def test_figures_of_other_subjects_in_an_article_about_something_else_are_no_facts(nlp):
    text = (
        "Dana Desa Gunungkidul 2025 Turun Rp 9 Miliar\n\n"
        "WONOSARI – Pagu dana desa untuk 144 kalurahan di Kabupaten Gunungkidul tahun 2025 sebesar Rp 139,6 "
        "miliar, turun sekitar Rp 9 miliar dibanding tahun lalu, kata Kepala Dinas Pemberdayaan "
        "Masyarakat.\n\n"
        "Sasaran tahun ini adalah 2.430 balita berisiko stunting.\n\n"
        "Selain itu, kalurahan diminta menganggarkan iuran BPJS Ketenagakerjaan bagi perangkatnya. Tahun ini "
        "sudah 1.620 perangkat kalurahan yang terdaftar.\n"
    )
    facts = [(f.quote, f.metric) for f in run_text(nlp, text, date(2025, 2, 11)).facts]
    assert facts == [("1.620", "participants")]


def test_a_budget_in_an_article_about_the_programme_needs_a_tie_to_it(nlp):
    body = (
        "Pemkab Berau menanggung iuran 11.872 pekerja rentan tahun ini.\n\n"
        "Bupati juga meresmikan jembatan di Kecamatan Sambaliung.\n\n"
        "Untuk jembatan itu, anggaran yang disiapkan dalam APBD 2025 mencapai Rp 5 miliar.\n\n"
        "Anggaran iuran untuk pekerja rentan dialokasikan sebesar Rp 3,36 miliar."
    )
    facts = {f.quote: f.metric for f in run_text(nlp, LEAD + body, PUBLISHED).facts}
    assert facts == {"11.872": "participants", "Rp 3,36 miliar": "budget"}


@pytest.mark.parametrize(
    "body, quote",
    [
        pytest.param(
            "Sosialisasi BPJS Ketenagakerjaan itu diikuti 150 peserta dari 40 desa.", "150", id="event"
        ),
        pytest.param(
            "BPBD mencatat 11.482 warga mengungsi di 46 titik pengungsian.", "11.482", id="evacuees"
        ),
        pytest.param("Di Berau, 6.270 pekerja terkena PHK sepanjang 2025.", "6.270", id="laid-off"),
        pytest.param(
            "Dua pekerja pabrik terseret arus di Kecamatan Sambaliung.", "Dua", id="workers-in-an-accident"
        ),
        pytest.param(
            "Baru 112 dari 301 desa di Berau yang mendaftarkan perangkatnya.",
            "112",
            id="villages-of-villages",
        ),
        pytest.param(
            "Angka prevalensi stunting turun menjadi 19,4 persen.", "19,4 persen", id="stunting-rate"
        ),
    ],
)
def test_people_and_rates_counted_for_something_else(nlp, body, quote):
    decision = decision_for(nlp, body, quote)
    assert decision.fact is None, f"made a fact: {decision.fact}"


def test_a_headline_figure_takes_the_bodys_decision(nlp):
    text = (
        "BPJS Ketenagakerjaan Tanjung Redeb Bayar Klaim Rp 412 Miliar\n\n"
        "Sepanjang 2024, BPJS Ketenagakerjaan Cabang Tanjung Redeb membayar klaim Rp 412 miliar kepada "
        "peserta "
        "di tiga kabupaten yang menjadi wilayah kerjanya, yakni Berau, Kutai Timur dan Bontang.\n"
    )
    outcome = run_text(nlp, text, date(2025, 1, 10))
    assert outcome.facts == []
    assert outcome.decisions[0].reason == "repeats a figure of the body that is no fact"


def test_what_follows_a_sentence_about_several_regions_is_theirs(nlp):
    body = (
        "Kantor cabang menangani 1.214 kasus JKK di tiga kabupaten. Dari jumlah itu, 38 kasus berakhir "
        "dengan "
        "kematian."
    )
    assert [f.quote for f in run_text(nlp, LEAD + body, PUBLISHED).facts] == []


def test_rows_of_a_table_take_the_year_of_its_lead_in(nlp):
    body = (
        "Berikut rincian klaim yang dibayarkan kepada peserta di Kabupaten Berau sepanjang 2024:\n\n"
        "Program | Jumlah Kasus | Nilai Klaim\nJaminan Hari Tua (JHT) | 3.412 | Rp 61,3 miliar\n"
        "Jaminan Kematian (JKM) | 98 | Rp 4,12 miliar\n"
    )
    facts = sorted((f.quote, f.metric, f.year) for f in run_text(nlp, LEAD + body, date(2025, 1, 10)).facts)
    assert facts == [
        ("3.412", "claims_count", 2024),
        ("98", "claims_count", 2024),
        ("Rp 4,12 miliar", "claims_paid", 2024),
        ("Rp 61,3 miliar", "claims_paid", 2024),
    ]


def test_long_bulleted_items_take_the_year_of_their_lead_in(nlp):
    body = (
        "Pokok-pokok capaian 2024 yang disampaikan dalam rapat:\n\n"
        "• Cakupan tertinggi dicatat Kota Jambi dengan 46,7 persen, disusul Kabupaten Tanjung Jabung "
        "Barat 37,9 persen dan Kabupaten Muaro Jambi 31,2 persen.\n"
        "• Cakupan terendah ada di Kabupaten Kerinci, yakni 12,6 persen, sedikit di bawah Kabupaten "
        "Merangin yang mencatat 14,1 persen.\n"
    )
    facts = run_text(nlp, LEAD + body, date(2025, 2, 14)).facts
    assert {(f.region, f.year) for f in facts if f.metric == "coverage_pct"} == {
        ("Kota Jambi", 2024),
        ("Kabupaten Tanjung Jabung Barat", 2024),
        ("Kabupaten Muaro Jambi", 2024),
        ("Kabupaten Kerinci", 2024),
        ("Kabupaten Merangin", 2024),
    }


@pytest.mark.parametrize(
    ("announced", "metric"),
    [
        (
            "Disnaker memaparkan jumlah peserta aktif per kecamatan. Tiga terbesar sebagai berikut:",
            "participants",
        ),
        ("Disnaker memaparkan data per kecamatan. Tiga kecamatan terbesar sebagai berikut:", None),
        ("Disnaker memaparkan jumlah peserta aktif.\n\nTiga kecamatan terbesar sebagai berikut:", None),
    ],
    ids=["said-in-the-sentence-before", "said-nowhere", "said-in-the-paragraph-before"],
)
def test_a_lead_in_that_only_announces_its_list_counts_what_the_sentence_before_says(nlp, announced, metric):
    body = f"{announced}\n\nTanjung Redeb 9.480 atau 41,3 persen\nGunung Tabur 5.120 atau 38,6 persen\n"
    decision = decision_for(nlp, body, "9.480")
    assert (decision.fact.metric if decision.fact else None) == metric, decision.reason


def test_items_of_a_list_continue_the_figure_their_lead_in_points_back_to(nlp):
    body = (
        "Pemkab Berau mendaftarkan 15.000 pekerja rentan ke program BPJS Ketenagakerjaan tahun ini.\n\n"
        "Para pekerja tersebut terdiri atas:\n\n6.200 pedagang kaki lima;\n\n4.800 pengemudi ojek; serta\n\n"
        "4.000 buruh bangunan.\n"
    )
    facts = [(f.quote, f.metric) for f in run_text(nlp, LEAD + body, PUBLISHED).facts]
    assert facts == [
        ("15.000", "participants"),
        ("6.200", "participants"),
        ("4.800", "participants"),
        ("4.000", "participants"),
    ]


def _decision(quote: str, start: int, metric: str | None, value: int = 0) -> Decision:
    fact = None
    if metric is not None:
        fact = Fact(
            "Kabupaten Berau", "regency", "64.05", 2025, None, metric, value, None, "person", "exact",
            None, None, "a", "s", start, start + len(quote), quote,
        )  # fmt: skip
    return Decision(quote, start, start + len(quote), "s", fact, "read" if fact else "set aside")


def test_the_decisions_so_far_are_looked_up_by_what_later_figures_ask():
    taken = DecisionsSoFar()
    taken.extend([_decision("60 persen", 0, "participants_target", 60), _decision("24", 20, None)])
    taken.append(_decision("60", 40, "participants_target", 60))
    taken.append(_decision("500", 60, "participants", 500))
    assert len(taken) == 4
    assert taken.latest_fact["participants_target", Decimal("60.0")].start == 40
    assert ("participants", Decimal(60)) not in taken.latest_fact
    assert [d.start for d in taken.facts_of["participants_target"]] == [0, 40]
    assert taken.quoted["24"] == (taken[1], True)
    taken.append(_decision("24", 80, "participants", 24))
    assert taken.quoted["24"] == (taken[-1], False), "once one made a fact, the figure is not set aside"


def test_a_hard_wrapped_text_starts_its_body_at_its_first_wrapped_line(nlp):
    text = (
        "DISKOMINFO LAHAT – Pemerintah Kabupaten Lahat kembali menunjukkan\n"
        "kepedulian kepada pekerja rentan. Bupati menyerahkan\n"
        "santunan kematian kepada tiga keluarga pekerja yang ditinggalkan pada 2025.\n"
        "Dalam sambutannya, bupati berharap agar tiga keluarga itu tetap tabah dan anak-anak mereka "
        "bisa melanjutkan sekolah seperti biasa hingga lulus nanti.\n"
    )
    facts = {f.quote: f.metric for f in run_text(nlp, text, PUBLISHED).facts}
    assert facts == {"tiga": "claims_count"}


def test_every_place_below_a_regency_counted_is_no_fact():
    """The place words whose figures are below any region (``below_regency.txt``) are counts of
    places after a figure too (``counted.csv``): "di 18 kapanewon" counts districts."""
    from extractor.counted import counted_nouns
    from extractor.language import LanguageData

    data = LanguageData.load()
    nouns = counted_nouns(data)
    missing = [w for w in data.lines("facts/below_regency.txt") if nouns.get(w, ("",))[0] != "reject"]
    assert not missing
