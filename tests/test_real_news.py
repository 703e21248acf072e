"""Real news: the forms regional outlets write in, as constructed sentences (never copied).

One table per pattern of issue 15 (whose figure, when, what it counts, whether it is a fact,
numbers); each case is run through the whole pipeline as an article about the programme.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import run_text

PUBLISHED = date(2025, 6, 2)
LEAD = "Pemkab Lahat memperluas perlindungan BPJS Ketenagakerjaan bagi pekerja rentan.\n\n"


def decision_for(nlp, body: str, quote: str, published=PUBLISHED, lead: str = LEAD):
    found = [d for d in run_text(nlp, lead + body, published).decisions if d.quote == quote]
    assert found, f"{quote!r} was not read as a quantity"
    return found[0]


def metric_of(nlp, body: str, quote: str, **kwargs) -> str | None:
    decision = decision_for(nlp, body, quote, **kwargs)
    return decision.fact.metric if decision.fact else None


# --- What it counts ------------------------------------------------------------------------------

WHAT_IT_COUNTS = [
    (
        "a-level-reached-in-a-relative-clause-after-a-plan-is-a-rate",
        "Pemprov berupaya mengejar ketertinggalan cakupan yang per Februari baru mencapai 24,9 persen.",
        "24,9 persen",
        "coverage_pct",
    ),
    (
        "people-not-yet-in-are-uncovered",
        "Betul, lebih dari separuh. Sekitar 312 ribu orang belum masuk. Sebagian besar pekerja informal.",
        "312 ribu",
        "uncovered",
    ),
    (
        "bare-cells-under-year-columns-below-a-caption-with-a-percent-sign-are-rates",
        "Tabel di bawah merangkum capaian lima daerah.\n\nCakupan UCJ (%)\n\n| Kabupaten/Kota | 2023 | 2024*"
        " |\n|---|---|---|\n| Kota Denpasar | 57,1 | 60,9 |\n| Kabupaten Badung | 59,8 | 63,2 |\n\n"
        "Sumber: BPJS.",
        "60,9",
        "coverage_pct",
    ),
    (
        "new-workers-enrolled-by-companies-are-new-participants",
        "Sepanjang tahun, perusahaan mendaftarkan 41.200 pekerja baru sebagai peserta, namun banyak yang"
        " nonaktif.",
        "41.200",
        "participants_new",
    ),
    (
        "informal-workers-only-reaching-a-figure-are-participants-not-new-ones",
        "Peserta dari pekerja informal baru mencapai 212 ribu orang.",
        "212 ribu",
        "participants",
    ),
    (
        "money-beside-a-column-of-cases-in-a-table-row-is-what-they-were-paid",
        "Tabel 2. Santunan yang dibayarkan kepada pekerja rentan\n\nDaerah | Tahun | Kasus | Nilai santunan\n"
        "Kabupaten Lahat | 2024 | 19 | Rp820 juta\nKabupaten Muara Enim | 2024 | 23 | Rp966 juta\n\n"
        "Sumber: BPJS.",
        "Rp820 juta",
        "claims_paid",
    ),
    (
        "the-total-of-a-benefit-paid-to-heirs-counted-the-sentence-before-is-paid-out",
        "Tahun ini empat nelayan kita meninggal di laut. Hari ini ahli warisnya menerima santunan"
        " masing-masing Rp42 juta, sehingga totalnya Rp168 juta.",
        "Rp168 juta",
        "claims_paid",
    ),
    (
        "the-word-of-the-rest-elsewhere-in-the-clause",
        '"UCJ Lahat saat ini 33,4 persen. Dengan tambahan pekerja rentan lainnya, kami optimistis bisa '
        'tembus 40 persen pada akhir tahun ini," katanya.',
        "40 persen",
        "coverage_target_pct",
    ),
    (
        "a-rate-restated-as-almost-half",
        "Kalau dihitung cakupannya?\n\nKota Lahat sudah 49,3 persen, hampir separuh pekerja.",
        "49,3 persen",
        "coverage_pct",
    ),
    (
        "a-signed-percentage-is-a-change",
        "Perubahan cakupan dibanding Agustus 2024:\n\nKota Lahat +2,4 pct\nKabupaten Lahat +3,1 pct\n",
        "2,4 pct",
        None,
    ),
    (
        "a-share-of-survey-respondents-is-no-coverage-rate",
        "Survei terhadap 400 perajin di Lahat menunjukkan 71 persen responden tidak tahu bahwa pekerja "
        "mandiri boleh mendaftar sendiri.",
        "71 persen",
        None,
    ),
    (
        "a-percentage-of-the-budget-is-no-coverage-rate",
        "Cakupan UCJ Lahat baru 18,9 persen.\n\nIuran JKK dan JKM bagi pekerja rentan di Lahat cukup Rp"
        " 16.800 per bulan. Kalikan saja dengan 15 ribu pekerja di Lahat: kurang lebih Rp 3 miliar setahun,"
        " tidak sampai dua persen dari belanja daerah.",
        "dua persen",
        None,
    ),
    (
        "workers-in-the-poverty-data-are-the-workforce-not-new-participants",
        "Di kota ini ada sekitar 12 ribu pekerja informal yang masuk data P3KE.",
        "12 ribu",
        "workforce",
    ),
    (
        "the-next-item-of-a-list-of-workers-said-to-exist-is-the-workforce-too",
        "Disnaker mencatat lebih dari 1.800 penambang emas rakyat, nelayan 2.940, petani tambak 860. Dari"
        " kelompok itu, yang sudah terlindungi hampir 1.200 orang.",
        "860",
        "workforce",
    ),
    (
        "the-number-an-addition-brings-them-to-is-a-stock",
        "Menutup tahun, pemkab menambah 900 peserta pekerja rentan sehingga jumlahnya kini 4.700 orang.",
        "4.700",
        "participants",
    ),
    (
        "people-covered-before-a-comma-and-a-whole-keep-their-word-of-coverage",
        "Kepala cabang menyebut lebih dari 38 ribu pekerja di Lebong sudah terlindungi, dari sekitar 142"
        " ribu pekerja.",
        "38 ribu",
        "participants",
    ),
    (
        "the-whole-after-a-comma-and-dari-behind-the-people-covered-is-the-workforce",
        "Kepala cabang menyebut lebih dari 38 ribu pekerja di Lebong sudah terlindungi, dari sekitar 142"
        " ribu pekerja.",
        "142 ribu",
        "workforce",
    ),
    (
        "an-answer-to-a-question-about-the-target-gives-the-target",
        "Berapa target UCJ akhir tahun ini?\n\nAkhir tahun ini kami di 31 persen.",
        "31 persen",
        "coverage_target_pct",
    ),
    (
        "money-proposed-for-people-next-year-is-a-budget",
        "Untuk 2026, TAPD mengusulkan Rp2,4 miliar untuk 12.000 pekerja rentan.",
        "Rp2,4 miliar",
        "budget",
    ),
    (
        "the-total-spending-of-a-budget-is-a-whole-purse",
        "Porsi iuran pekerja rentan itu hanya 0,2 persen dari total belanja APBD 2025 yang sekitar Rp2,1"
        " triliun.",
        "Rp2,1 triliun",
        None,
    ),
    (
        "heirs-paid-each-an-amount-after-a-comma-are-counted",
        "Longsor di tambang rakyat menewaskan sejumlah pekerja. BPJS Ketenagakerjaan membayar santunan"
        " kepada empat ahli waris, masing-masing Rp42 juta, karena para korban terdaftar sebagai peserta.",
        "empat",
        "claims_count",
    ),
    (
        "the-second-part-of-a-whole-that-opens-its-sentence-is-a-part-too",
        "Peserta aktif di Kabupaten Lahat mencapai 41.300 orang.\n\nDari 41.300 peserta di Lahat, kelompok"
        " penerima upah berjumlah 29.100 orang dan bukan penerima upah 12.200 orang.",
        "12.200",
        "participants",
    ),
    (
        "an-answer-counts-what-the-question-before-it-asks",
        "Berapa capaian UCJ Kabupaten Lahat sekarang, Pak?\n\nAkhir tahun lalu kami di 24,6 persen.",
        "24,6 persen",
        "coverage_pct",
    ),
    (
        "a-word-in-the-relative-clause-of-the-first-of-an-elliptical-list-is-its-own",
        "Saat ini baru 1.870 petani kopi yang terdaftar, peternak 940, dan perajin 310.",
        "1.870",
        "participants",
    ),
    (
        "money-of-each-region-named-in-brackets-is-no-ones-benefit",
        "Dana untuk pekerja rentan di APBD 2025 masing-masing Rp2,15 miliar (Lahat) dan Rp1,4 miliar (Kota"
        " Pagar Alam).",
        "Rp2,15 miliar",
        "budget",
    ),
    (
        "almost-a-round-figure-below-an-exact-one-is-no-restatement-of-it",
        "Pekerja yang belum terlindungi tercatat 51.200 orang. Di kecamatan pesisir saja hampir 50 ribu "
        "orang belum terlindungi.",
        "50 ribu",
        "uncovered",
    ),
    (
        "the-value-of-claims-counted-with-a-qualifier-is-claims-paid",
        "BPJS Ketenagakerjaan mencatat 27 klaim Jaminan Kematian dari peserta pekerja rentan sepanjang tahun "
        "ini, dengan nilai hampir Rp1,1 miliar.",
        "Rp1,1 miliar",
        "claims_paid",
    ),
    (
        "money-a-draft-budget-accommodates-is-a-budget",
        "Disnaker mengusulkan anggaran iuran untuk 6.000 pekerja. Namun, dalam rancangan TAPD, pos tersebut "
        "hanya diakomodasi Rp900 juta, atau cukup untuk 4.000 orang.",
        "Rp900 juta",
        "budget",
    ),
    (
        "a-total-row-under-a-column-of-this-years-enrolled-beside-next-years-quota",
        "Berikut sebaran pekerja rentan yang ditanggung pemkab dan usulan kuota tahun depan:\n\n"
        "Kecamatan | Terdaftar 2025 | Usulan Kuota 2026\nMerapi Barat | 1.240 | 1.500\n"
        "Total Kab. Lahat | 7.400 | 9.000\n\nSumber: Disnaker Lahat",
        "7.400",
        "participants",
    ),
    (
        "a-quota-already-running-counts-participants",
        "Di Kabupaten Lahat, kuota 4.500 pekerja rentan sudah berjalan sejak Maret.",
        "4.500",
        "participants",
    ),
    (
        "a-quota-raised-and-all-active-counts-participants",
        "Sejak Januari lalu kuotanya sudah kami naikkan menjadi 12 ribu, dan semuanya sudah aktif.",
        "12 ribu",
        "participants",
    ),
    (
        "a-quota-with-another-figure-filled-after-it-stays-a-target",
        "Kuota tahun ini 9.000 pekerja rentan, 4.100 di antaranya sudah aktif.",
        "9.000",
        "participants_target",
    ),
    (
        "a-workforce-in-words-counts-the-workers",
        "Dari sekitar setengah juta angkatan kerja di kabupaten itu, 140.000 orang sudah terdaftar.",
        "setengah juta",
        "workforce",
    ),
    (
        "money-added-through-a-purse-named-with-its-abbreviation-is-a-budget",
        "Melalui APBD Perubahan (APBD-P) 2025 yang disahkan bulan lalu, pemkab menambah Rp310 juta.",
        "Rp310 juta",
        "budget",
    ),
    (
        "workers-to-be-enrolled-from-a-month-still-to-come-are-planned",
        "Pemkab menyiapkan Rp1,5 miliar untuk mendaftarkan 8.200 pekerja rentan mulai Agustus mendatang.",
        "8.200",
        "participants_target",
    ),
    (
        "a-place-with-a-whole-purse",
        "Tetapi untuk kabupaten dengan APBD sekitar Rp2,9 triliun, lajunya terlalu lambat.",
        "Rp2,9 triliun",
        None,
    ),
    (
        "an-amount-reckoned-from-a-supposed-count-without-maka",
        "Seandainya separuh saja pengemudi ojek daring, katakanlah 12 ribu orang, didaftarkan dengan iuran "
        "Rp16.800 per bulan, pemkab hanya perlu sekitar Rp2,4 miliar setahun.",
        "Rp2,4 miliar",
        None,
    ),
    (
        "a-premium-inside-a-supposition-stays-a-fact",
        "Seandainya separuh saja pengemudi ojek daring, katakanlah 12 ribu orang, didaftarkan dengan iuran "
        "Rp16.800 per bulan, pemkab hanya perlu sekitar Rp2,4 miliar setahun.",
        "Rp16.800",
        "contribution",
    ),
    (
        "a-few-in-a-few-in-words-is-a-proportion",
        "Artinya, sekitar dua dari tiga pekerja di Lahat sudah menjadi peserta aktif BPJS Ketenagakerjaan.",
        "dua",
        None,
    ),
    (
        "a-count-of-ports",
        "Pemkab akan mendaftarkan buruh bongkar muat di 12 pelabuhan kecil ke BPJS Ketenagakerjaan.",
        "12",
        None,
    ),
    (
        "a-share-of-the-workers-by-sector-after-a-rate",
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Lahat tercatat 37,6 persen. Sekitar 60 persen pekerja "
        "Lahat bekerja di sektor perkebunan karet.",
        "60 persen",
        None,
    ),
    (
        "a-round-quota-after-a-count-reached-is-no-restatement",
        "Yang sudah terdaftar sebagai peserta BPJS Ketenagakerjaan baru 3.875 orang.\n\nTahun ini kuota "
        "iuran yang ditanggung dinaikkan menjadi 4 ribu nelayan.",
        "4 ribu",
        "participants_target",
    ),
    # Generic head nouns say nothing: the coverage or shortfall words of the clause decide.
    (
        "tenaga-kerja-covered",
        "Perlindungan sudah menjangkau sekitar 41.800 tenaga kerja di Lahat.",
        "41.800",
        "participants",
    ),
    (
        "tenaga-kerja-not-yet",
        "Masih terdapat 12.400 tenaga kerja yang belum terdaftar di Lahat.",
        "12.400",
        "uncovered",
    ),
    (
        "tenaga-kerja-aktif",
        "Posisi akhir tahun lalu 60.210 tenaga kerja aktif di Lahat.",
        "60.210",
        "participants",
    ),
    # "belum" before any affixed form of an enrolment verb, a gap, additions still needed.
    ("belum-mendaftar", "Ada 8.100 pekerja honorer di Lahat yang belum mendaftar.", "8.100", "uncovered"),
    (
        "belum-tercatat",
        "Sebanyak 5.600 nelayan di Lahat belum tercatat sebagai peserta.",
        "5.600",
        "uncovered",
    ),
    (
        "belum-mendapatkan-jaminan",
        "Masih ada 9.900 pekerja di Lahat yang belum mendapatkan jaminan sosial.",
        "9.900",
        "uncovered",
    ),
    ("gap", "Dengan begitu masih ada gap sebesar 23.400 pekerja di Lahat.", "23.400", "uncovered"),
    ("selisih", "Artinya ada selisih sekitar 31 ribu pekerja di Lahat.", "31 ribu", "uncovered"),
    (
        "still-needed-for-the-target",
        "Lahat masih perlu tambahan 7.300 peserta untuk mencapai target.",
        "7.300",
        "uncovered",
    ),
    (
        "outside-the-system",
        "Diperkirakan 44.000 pekerja di Lahat masih berada di luar sistem jaminan sosial.",
        "44.000",
        "uncovered",
    ),
    # The whole a rate is taken of, whatever it is called (a potential, the target pool, semesta).
    ("dari-potensi", "Lahat mencatat 9.840 peserta dari potensi 21.300 pekerja.", "21.300", "workforce"),
    (
        "dari-potensi-part",
        "Lahat mencatat 9.840 peserta dari potensi 21.300 pekerja.",
        "9.840",
        "participants",
    ),
    (
        "total-sasaran",
        "Cakupan Lahat 28 persen, atau 9.840 peserta dari total sasaran 35.140 pekerja.",
        "35.140",
        "workforce",
    ),
    (
        "semesta",
        "Jumlah yang terlindungi 9.840 pekerja dari semesta sebesar 35.140 pekerja.",
        "35.140",
        "workforce",
    ),
    ("potensinya", "Padahal potensinya mencapai 35.140 orang di Lahat.", "35.140", "workforce"),
    # Words that say an amount speak of money, not of people.
    ("sebesar-is-no-claim", "Peserta aktif di Lahat sebesar 61.200 orang.", "61.200", "participants"),
    (
        "dengan-total-is-no-claim",
        "Lahat mencatat 61.200 peserta dengan total 310 perusahaan.",
        "61.200",
        "participants",
    ),
    # Segment names hold "upah" without speaking of wages.
    (
        "segment-names",
        "Peserta Lahat terdiri atas 40.100 pekerja penerima upah dan 9.700 pekerja bukan "
        "penerima upah yang terdaftar.",
        "40.100",
        "participants",
    ),
    # A premium paid for people is no claim.
    (
        "premium-payment",
        "Pemkab membiayai pembayaran iuran 3.250 pekerja rentan di Lahat.",
        "3.250",
        "participants",
    ),
    # "menambahkan," reports speech; "menambahkan N" adds people.
    (
        "menambahkan-speech",
        "Kepala Dinas menambahkan, sudah 2.100 pekerja rentan di Lahat terlindungi.",
        "2.100",
        "participants",
    ),
    (
        "menambahkan-adds",
        "Tahun ini Pemkab Lahat menambahkan 2.100 pekerja rentan sebagai peserta.",
        "2.100",
        "participants_new",
    ),
    # "X dari target Y": X is reached, Y the target; a bare share of a target is no rate.
    (
        "reached-of-target",
        "Peserta aktif Lahat tercatat 52.300 orang dari target 60.000 orang.",
        "52.300",
        "participants",
    ),
    (
        "target-of-reached",
        "Peserta aktif Lahat tercatat 52.300 orang dari target 60.000 orang.",
        "60.000",
        "participants_target",
    ),
    (
        "rate-of-target-rate",
        "UCJ Lahat tercatat 31,5 persen dari target 38 persen tahun ini.",
        "31,5 persen",
        "coverage_pct",
    ),
    ("share-of-a-target", "Realisasi kepesertaan Lahat baru 83 persen dari target.", "83 persen", None),
    # A share still missing is no coverage rate.
    (
        "uncovered-share",
        "Artinya 64 persen pekerja di Lahat belum terlindungi BPJS Ketenagakerjaan.",
        "64 persen",
        None,
    ),
    # Joining the ranks vs being in them; leaving; companies; benefits paid out.
    (
        "masuk-dalam-peserta",
        "Ada 1,2 juta tenaga kerja yang masuk dalam peserta aktif di Lahat.",
        "1,2 juta",
        "participants",
    ),
    (
        "yang-masuk",
        "Tahun ini untuk yang masuk ada sekitar 21.300 orang di Lahat.",
        "21.300",
        "participants_new",
    ),
    (
        "leaving-is-no-fact",
        "Sebanyak 12 ribu orang keluar dari kepesertaan BPJS Ketenagakerjaan di Lahat.",
        "12 ribu",
        None,
    ),
    ("companies-counted-before", "Di Lahat jumlah perusahaan ada 2.100 badan usaha.", "2.100", None),
    (
        "terbayarkan",
        "Jaminan yang sudah terbayarkan untuk JHT ada 4.300 orang di Lahat.",
        "4.300",
        "claims_count",
    ),
    # Verbs by stem and affix, and long words with one typing error.
    (
        "stem-mengcover",
        "Sejak tahun lalu Pemkab Lahat mengcover 6.500 petani karet.",
        "6.500",
        "participants",
    ),
    (
        "stem-membidik",
        "Pemkab Lahat membidik 25.000 pekerja mandiri tahun depan.",
        "25.000",
        "participants_target",
    ),
    (
        "typo-manargetkan",
        "Disnaker Lahat manargetkan cakupan BPJS Ketenagakerjaan 35 persen.",
        "35 persen",
        "coverage_target_pct",
    ),
    # Money paid for several cases is a sum paid out; a standard benefit for two children is not.
    (
        "money-for-cases",
        "Di Kabupaten Lahat, BPJS Ketenagakerjaan membayar JHT Rp6,4 miliar untuk 412 kasus.",
        "Rp6,4 miliar",
        "claims_paid",
    ),
    (
        "standard-benefit-for-two-children",
        "Ahli waris berhak atas beasiswa maksimal Rp174 juta untuk dua anak.",
        "Rp174 juta",
        "benefit_amount",
    ),
    (
        "cases-before-the-amount",
        "Di Kabupaten Lahat, klaim JKP sebanyak 180 kasus sebesar Rp289,7 juta.",
        "Rp289,7 juta",
        "claims_paid",
    ),
    (
        "several-recipients",
        "Pemkab Lahat menyerahkan santunan senilai total Rp1,1 miliar kepada ahli waris dan peserta aktif.",
        "Rp1,1 miliar",
        "claims_paid",
    ),
    (
        "one-named-heir",
        "Santunan di Lahat diberikan kepada ahli waris almarhum Budi, dengan total nilai Rp105 juta.",
        "Rp105 juta",
        "benefit_amount",
    ),
    (
        "potensi-ucj",
        "Kabupaten Lahat memiliki target potensi UCJ sebanyak 42.131 pekerja.",
        "42.131",
        "workforce",
    ),
    # The whole a rate is taken of, as a count; the share left over is no rate.
    (
        "dari-total-pekerja-count",
        "Capaian Lahat 44 persen dari total pekerja formal yang sebanyak 61.300 orang.",
        "61.300",
        "workforce",
    ),
    ("the-rest", "Pihaknya masih mengejar 56 persen lainnya di Lahat.", "56 persen", None),
    # A rate past 100 is printed as reported when its clause speaks of coverage, otherwise it is
    # growth or another share; a discount is never a rate.
    (
        "coverage-over-100",
        "Tingkat cakupan kepesertaan pekerja formal Lahat tercatat 108 persen dari potensi.",
        "108 persen",
        "coverage_pct",
    ),
    ("growth-over-100", "Jumlah klaim di Lahat naik 140 persen dibanding tahun lalu.", "140 persen", None),
    ("a-discount", "Peserta baru di Lahat mendapat potongan iuran 50 persen.", "50 persen", None),
    # Service points are no people.
    ("service-points", "Kini sudah ada 48 gerai layanan BPJS Ketenagakerjaan di Lahat.", "48", None),
    # A batch of registrations is new participants.
    (
        "a-first-batch",
        "Pada gelombang pertama, Pemkab Lahat mendaftarkan 2.750 pekerja rentan.",
        "2.750",
        "participants_new",
    ),
    # Help that makes people participants is no benefit paid to them.
    (
        "help-to-become-participants",
        "Dinas Sosial menyalurkan bantuan untuk 640 pekerja rentan menjadi peserta BPJS Ketenagakerjaan.",
        "640",
        "participants",
    ),
    (
        "paid-to-people-then-participants",
        "BPJS Ketenagakerjaan menyalurkan santunan Rp150 juta kepada 12 nelayan, jumlah peserta dari "
        "sektor ini masih kecil.",
        "12",
        "claims_count",
    ),
    # By how much a rate grows is no rate; the rate a change reaches is.
    (
        "growth-of-a-rate",
        "Cakupan Lahat 30 persen. Kami berharap akhir tahun terjadi kenaikan cakupan 2-3 persen.",
        "2-3 persen",
        None,
    ),
    # "Persentase" of the programme's segments is its coverage rate; of a growth, no rate.
    (
        "a-percentage-of-all-segments",
        "Menurut persentase seluruh segmen, Lahat baru berada di angka 27,5 persen.",
        "27,5 persen",
        "coverage_pct",
    ),
    (
        "a-percentage-of-growth",
        "Persentase kenaikan peserta di Lahat sebesar 12 persen.",
        "12 persen",
        None,
    ),
    (
        "a-share-of-the-total-number-of-workers",
        "Penerima program untuk pekerja informal hanya 2,4 persen dari total jumlah pekerja di Lahat.",
        "2,4 persen",
        "coverage_pct",
    ),
    # "-nya" points a percentage back to the count before it: of participants, a share of them.
    (
        "a-share-of-participants",
        "Peserta BPU di Lahat tercatat 52 ribu orang, namun pekerja rentan baru 15 persennya.",
        "15 persennya",
        None,
    ),
    (
        "a-share-of-the-workforce",
        "Jumlah pekerja di Lahat 80 ribu orang dan baru 25 persennya yang terdaftar.",
        "25 persennya",
        "coverage_pct",
    ),
    # An amount for each village is an allocation per unit, not the region's budget.
    (
        "an-amount-per-village",
        "Pemkab Lahat menyiapkan anggaran Rp75 juta per desa untuk iuran pekerja rentan.",
        "Rp75 juta",
        None,
    ),
    (
        "an-amount-each-village-receives",
        "Setiap desa di Lahat menerima bantuan Rp250 juta per tahun, sebagian untuk iuran BPJS "
        "Ketenagakerjaan.",
        "Rp250 juta",
        None,
    ),
    (
        "each-villages-premium-per-person",
        "Setiap desa di Lahat menyisihkan Rp16.800 per orang per bulan untuk iuran BPJS Ketenagakerjaan "
        "perangkatnya.",
        "Rp16.800",
        "contribution",
    ),
    (
        "a-premium-in-each-stage",
        "Setiap tahap di Lahat mencakup 2.000 pekerja dengan iuran Rp16.800 per peserta.",
        "Rp16.800",
        "contribution",
    ),
    (
        "workshops",
        "Peserta BPJS Ketenagakerjaan di Lahat mendapat diskon servis di 12 bengkel mitra.",
        "12",
        None,
    ),
    (
        "a-budget-in-the-quote-after-the-premiums",
        "Iuran Rp16.800 per orang per bulan dibayar lewat APBD Perubahan 2021.\n\n"
        '"Untuk 2022, Pemkab Lahat sudah mengalokasikan Rp512 juta agar perlindungan berlanjut," katanya.',
        "Rp512 juta",
        "budget",
    ),
    (
        "a-part-of-a-count-of-companies",
        "Dari 230 perusahaan yang terdaftar di Lahat, 41 di antaranya bergerak di sektor tambang.",
        "41",
        None,
    ),
    (
        "a-part-of-a-count-of-participants",
        "Peserta aktif di Lahat mencapai 36.200 orang, dan 9.100 di antaranya pekerja informal.",
        "9.100",
        "participants",
    ),
    (
        "benefits-paid-on-the-cases-beside",
        "Sepanjang semester I, BPJS Ketenagakerjaan membayar 284 kasus JKK di Lahat dengan manfaat "
        "Rp 3,91 miliar.",
        "Rp 3,91 miliar",
        "claims_paid",
    ),
    (
        "a-rate-as-a-percentage-verb",
        "Pekerja ojol di Lahat yang terdaftar 9.100 orang. Kalau dipersentasekan baru 33 persen.",
        "33 persen",
        "coverage_pct",
    ),
    (
        "drivers-in-a-region-who-had-accidents",
        "Sepanjang Januari hingga Mei terdapat 17 pengemudi ojol di Kabupaten Lahat yang mengalami "
        "kecelakaan kerja.",
        "17",
        "claims_count",
    ),
    (
        "teaching-is-no-chasing-a-target",
        "Dinas Pendidikan Lahat mendata 2.350 guru honorer yang mengajar di sekolah swasta.",
        "2.350",
        None,
    ),
    (
        "a-budget-by-aceh-s-name-for-the-apbd",
        "Pada 2024 Pemkab Aceh Besar melindungi 4.120 pekerja rentan dengan APBK sebesar Rp830 juta.",
        "Rp830 juta",
        "budget",
    ),
    (
        "a-plan-by-the-bare-kan-verb",
        "Untuk 2025, Pemkab Lahat rencanakan cakupan BPJS Ketenagakerjaan naik menjadi 38 persen.",
        "38 persen",
        "coverage_target_pct",
    ),
    (
        "realised-after-a-plan",
        "Tahun ini Lahat menargetkan 42 ribu peserta dan alhamdulillah terealisasi 43.850 peserta.",
        "43.850",
        "participants",
    ),
    (
        "the-planning-agency-is-no-plan",
        "Menurut Badan Perencanaan Pembangunan Daerah, cakupan BPJS Ketenagakerjaan Lahat baru 27 persen.",
        "27 persen",
        "coverage_pct",
    ),
    (
        "the-size-of-the-whole-apbd",
        "Alokasi iuran BPJS itu kecil jika dibandingkan total APBD Perubahan Lahat 2024 yang mencapai "
        "Rp2,86 triliun.",
        "Rp2,86 triliun",
        None,
    ),
    (
        "the-whole-village-fund",
        "Pekerja rentan Lahat dilindungi APBD. Sementara itu, Dana Desa yang diterima Lahat tahun ini "
        "sebesar Rp176 miliar untuk 260 desa.",
        "Rp176 miliar",
        None,
    ),
    (
        "a-line-prepared-in-the-apbd",
        "Anggaran iuran BPJS Ketenagakerjaan yang disiapkan dalam APBD Lahat 2025 mencapai Rp 3,2 miliar.",
        "Rp 3,2 miliar",
        "budget",
    ),
    (
        "an-honorarium-per-month",
        "Honor marbot di Lahat sebesar Rp 250 ribu per bulan dibayar terpisah dari iuran BPJS.",
        "Rp 250 ribu",
        None,
    ),
    (
        "a-premium-per-month-after-wages",
        "Pekerja Lahat dengan upah minimum cukup membayar iuran Rp 16.800 per bulan.",
        "Rp 16.800",
        "contribution",
    ),
    (
        "a-benefit-without-rp",
        "Kalau ada musibah, ahli waris pekerja Lahat dapat santunan kematian 42 jt dari BPJS.",
        "42 jt",
        "benefit_amount",
    ),
    (
        "a-price-per-kilogram",
        "Harga karet di Lahat Rp 12 ribu per kilogram, cukup untuk membayar iuran BPJS Ketenagakerjaan.",
        "Rp 12 ribu",
        None,
    ),
    (
        "cash-aid-of-another-programme",
        "Selain itu, nelayan Lahat masih menerima BLT BBM Rp 150 ribu per bulan.",
        "Rp 150 ribu",
        None,
    ),
    (
        "health-insurance-claims",
        "Sementara itu, BPJS Kesehatan Cabang Lahat membayar klaim layanan rumah sakit Rp 215 miliar.",
        "Rp 215 miliar",
        None,
    ),
    (
        "both-programmes-named",
        "BPJS Ketenagakerjaan dan BPJS Kesehatan Lahat mencatat 9.000 peserta aktif Jamsostek.",
        "9.000",
        "participants",
    ),
    (
        "an-index-is-no-count-of-people",
        "Di Lahat, Indeks Pembangunan Manusia naik menjadi 71,36 pada 2024.",
        "71,36",
        None,
    ),
    (
        "one-worker-as-an-example",
        "Iurannya Rp 16.800 per orang per bulan. Kalau dihitung setahun, satu pekerja di Lahat butuh "
        "Rp 201.600.",
        "satu",
        None,
    ),
    (
        "one-worker-who-died-is-a-case",
        "Tahun ini satu pekerja rentan di Lahat meninggal dunia dan ahli warisnya menerima santunan.",
        "satu",
        "claims_count",
    ),
    (
        "orphans-given-charity",
        "Peringatan HUT BPJS Ketenagakerjaan di Lahat ditutup dengan santunan kepada 35 anak yatim.",
        "35",
        None,
    ),
    (
        "prize-money",
        "Dalam lomba lari BPJS Ketenagakerjaan di Lahat, juara pertama putra dan putri masing-masing "
        "membawa pulang uang pembinaan Rp 3 juta.",
        "Rp 3 juta",
        None,
    ),
    (
        "guests-at-an-event",
        "Penandatanganan MoU BPJS Ketenagakerjaan di Lahat dihadiri sekitar 140 undangan.",
        "140",
        None,
    ),
    (
        "people-still-to-reach",
        "Tahun ini Lahat menargetkan 12 ribu pekerja informal terdaftar. Jadi tinggal 4.210 lagi yang "
        "harus kami kejar.",
        "4.210",
        "uncovered",
    ),
    (
        "more-people-to-add",
        "Pemkab Lahat akan menambah 500 peserta BPJS Ketenagakerjaan lagi.",
        "500",
        "participants_target",
    ),
    (
        "miners-said-to-exist-after-a-rate",
        "Cakupan pekerja informal Lahat baru 12 persen. Padahal di Lahat ada sekitar 9 ribu penambang "
        "rakyat yang bekerja dengan risiko tinggi.",
        "9 ribu",
        "workforce",
    ),
    (
        "workers-numbered-by-berjumlah",
        "Data P3KE 2023 mencatat pekerja informal di sektor perikanan di Lahat berjumlah 41.380 orang.",
        "41.380",
        "workforce",
    ),
    (
        "participants-numbered-by-berjumlah",
        "Peserta BPJS Ketenagakerjaan dari kalangan nelayan di Lahat berjumlah 2.380 orang.",
        "2.380",
        "participants",
    ),
    (
        "a-rate-of-a-target-count",
        "Jumlah peserta di Lahat sekitar 58 persen dari target 31.000 peserta tahun ini.",
        "58 persen",
        None,
    ),
    (
        "a-rate-beside-a-target-rate",
        "Per Juni, capaian UCJ Lahat tercatat 36,4 persen dari target 42,5 persen.",
        "36,4 persen",
        "coverage_pct",
    ),
    (
        "an-addition-after-a-plan-stated-further-back",
        "Angka itu 63 persen dari target 30.000 peserta tahun ini.\n\nKepala Disnaker Lahat menyebut "
        "pandemi memperlambat pendaftaran.\n\nSepanjang tahun ini masih ada penambahan 2.140 peserta baru.",
        "2.140",
        "participants_new",
    ),
    (
        "a-part-named-after-termasuk",
        "Peserta aktif di Lahat kini sebanyak 21.460 orang, termasuk perangkat desa yang baru didaftarkan.",
        "21.460",
        "participants",
    ),
    (
        "an-amount-per-person-is-a-premium",
        "Pemkab Lahat membayar iuran Rp16.800 per orang bagi pekerja rentan.",
        "Rp16.800",
        "contribution",
    ),
    # Money a company gives is no public budget; a government's money for companies' workers is.
    (
        "money-a-company-gives",
        "Dana yang disiapkan perusahaan tambang itu sebesar Rp24.000.000 untuk melindungi 500 pekerja.",
        "Rp24.000.000",
        None,
    ),
    (
        "public-money-for-companies-workers",
        "Pemkab Lahat mengalokasikan Rp3 miliar dari APBD untuk iuran pekerja perusahaan kecil.",
        "Rp3 miliar",
        "budget",
    ),
    # A share still to go is no rate; representatives handed cards stand for others.
    (
        "a-share-still-to-go",
        "Capaian Lahat sudah 47 persen, artinya tugas kami tahun ini sekitar 13 persen lagi.",
        "13 persen",
        None,
    ),
    (
        "representatives-at-a-handover",
        "Kartu diserahkan secara simbolis kepada 25 perwakilan nelayan Lahat yang kini terlindungi.",
        "25",
        None,
    ),
    # A share of employers is no share of workers covered; workers of companies are workers.
    (
        "a-share-of-companies-after",
        "Di Lahat, 72 persen perusahaan sudah mendaftarkan karyawannya.",
        "72 persen",
        None,
    ),
    (
        "a-share-of-companies-as-subject",
        "Di Lahat, perusahaan skala menengah sekitar 64 persen sudah terdaftar.",
        "64 persen",
        None,
    ),
    (
        "workers-of-companies",
        "Cakupan pekerja perusahaan swasta di Lahat mencapai 58 persen.",
        "58 persen",
        "coverage_pct",
    ),
    (
        "a-company-reporting-its-workers",
        "Perusahaan itu mencatat 93 persen pekerjanya di Lahat sudah terdaftar.",
        "93 persen",
        "coverage_pct",
    ),
    # A rate measured against an earlier time is a change, whatever the verb; a level with a
    # baseline and the level it reaches are levels.
    (
        "a-rate-against-the-year-before",
        "Tiap daerah wajib meningkatkan cakupan minimal 15 persen dari tahun sebelumnya, kata dia.",
        "15 persen",
        None,
    ),
    (
        "a-rate-higher-than-a-year",
        "Cakupan Lahat kini 6 persen lebih tinggi dibandingkan 2023.",
        "6 persen",
        None,
    ),
    (
        "two-levels-compared",
        "Cakupan Lahat tahun ini 44 persen dibanding tahun lalu yang baru 31 persen.",
        "44 persen",
        "coverage_pct",
    ),
    (
        "a-level-a-change-starts-from",
        "Cakupan Lahat bergerak dari 30 persen dari tahun 2023 menjadi 35 persen tahun ini.",
        "30 persen",
        "coverage_pct",
    ),
    (
        "a-level-over-a-period",
        "Cakupan Lahat tercatat 41 persen dari Januari hingga Juni 2025.",
        "41 persen",
        "coverage_pct",
    ),
    (
        "a-rate-a-change-reaches",
        "Cakupan Lahat 30 persen. Tahun ini kami akan naikkan cakupannya jadi 45 persen.",
        "45 persen",
        "coverage_target_pct",
    ),
    (
        "a-rate-it-could-become",
        "Cakupan Lahat 30 persen. Mudah-mudahan dari 30 persen bisa jadi 33 persen.",
        "33 persen",
        "coverage_target_pct",
    ),
    # Premiums paid in total are what a purse spent, not claims paid out; a wage or recovered
    # arrears are neither.
    (
        "premiums-paid-in-total",
        "Iuran BPJS Ketenagakerjaan yang dibayarkan Pemkab Lahat tahun ini sebesar Rp412 juta.",
        "Rp412 juta",
        "budget",
    ),
    (
        "a-wage-per-month",
        "Upah minimum Lahat sekitar Rp3,6 juta per bulan, naik dari sebelumnya Rp3,4 juta per bulan.",
        "Rp3,4 juta",
        None,
    ),
    (
        "recovered-arrears",
        "Sepanjang tahun ini pemulihan iuran BPJS Ketenagakerjaan dari perusahaan di Lahat mencapai "
        "Rp1,1 miliar.",
        "Rp1,1 miliar",
        None,
    ),
    # The noun right after an earlier figure is that figure's; "yang belum" alone is a shortfall.
    (
        "the-whole-s-noun-is-not-the-part-s",
        "Dari 48 ribu sasaran di Lahat, sudah 31 ribu orang yang masuk kepesertaan.",
        "31 ribu",
        "participants",
    ),
    (
        "those-not-yet",
        "Dari 48 ribu sasaran di Lahat, sudah 31 ribu orang yang masuk kepesertaan. Masih 17 ribu yang "
        "belum.",
        "17 ribu",
        "uncovered",
    ),
    # A gap before a target: the gap is the first figure's; the target is the second.
    (
        "a-gap-then-the-target",
        "Cakupan Lahat baru 61 persen, masih tertinggal 19 persen dari target nasional sebesar 80 persen.",
        "80 persen",
        "coverage_target_pct",
    ),
    (
        "the-gap",
        "Cakupan Lahat baru 61 persen, masih tertinggal 19 persen dari target nasional sebesar 80 persen.",
        "19 persen",
        None,
    ),
    (
        "behind-in-a-comparison",
        "Cakupan BPJS Ketenagakerjaan di Kabupaten Lahat baru 28 persen, jauh tertinggal dibandingkan "
        "sektor formal.",
        "28 persen",
        "coverage_pct",
    ),
    # People money is set aside for, and an addition planned soon, are targets.
    (
        "people-a-budget-is-set-aside-for",
        "Pemkab Lahat sudah mengalokasikan anggaran APBD 2025 untuk sebanyak 4 ribu pekerja rentan.",
        "4 ribu",
        "participants_target",
    ),
    (
        "an-addition-soon",
        "Dalam waktu dekat, di APBD perubahan ada penambahan perlindungan 5.000 pekerja di Lahat.",
        "5.000",
        "participants_target",
    ),
    # A quota for each village is no count of the region.
    (
        "a-quota-per-village",
        "Masing-masing desa di Lahat mendapat kuota 25 pekerja rentan yang iurannya dibayar APBDes.",
        "25",
        None,
    ),
    # A rate aimed at after a coverage rate is the target even without a coverage word of its own.
    (
        "target-rate-after-a-rate",
        "Cakupan UCJ Lahat tahun ini 31 persen. Tahun depan kami pasang target 40 persen.",
        "40 persen",
        "coverage_target_pct",
    ),
    # A village or district named in the figure's clause owns its counts and rates (R4); villages
    # counted, not named, do not; money paid there stays the region's.
    (
        "a-named-village-counts",
        "Di Desa Sukamakmur, 320 warga sudah terdaftar BPJS Ketenagakerjaan.",
        "320",
        None,
    ),
    (
        "a-rate-in-a-named-subdistrict",
        "Cakupan kepesertaan tertinggi tercatat 64 persen di Kelurahan Talang Jawa.",
        "64 persen",
        None,
    ),
    (
        "people-whose-premiums-are-paid-are-no-claims",
        "Dana itu akan dipakai membayar iuran program Jaminan Kecelakaan Kerja dan Jaminan Kematian "
        "bagi 4.300 tukang becak di Lahat.",
        "4.300",
        "participants_target",
    ),
    (
        "a-claim-paid-to-people-is-still-a-claim",
        "BPJS Ketenagakerjaan membayar klaim Jaminan Kematian bagi 43 ahli waris pekerja di Lahat.",
        "43",
        "claims_count",
    ),
    (
        "a-whole-of-participants-a-part-is-taken-from",
        "Dari sekitar 58 ribu peserta BPJS Ketenagakerjaan di Lahat, lebih dari 20 ribu bekerja di tambang.",
        "58 ribu",
        "participants",
    ),
    (
        "an-heir-receives-an-amount",
        "Dari Kabupaten Lahat, Sumarni menerima Rp 85,2 juta karena suaminya meninggal akibat "
        "kecelakaan kerja.",
        "Rp 85,2 juta",
        "benefit_amount",
    ),
    (
        "the-total-of-a-budget-named-after-it",
        "Mereka didaftarkan dalam program JKK dan JKM BPJS Ketenagakerjaan. Untuk setahun, Pemkab Lahat "
        "menyiapkan anggaran dengan total Rp412.776.000 dalam APBD 2025.",
        "Rp412.776.000",
        "budget",
    ),
    (
        "a-benefits-ceiling-is-a-benefit",
        "BPJS Ketenagakerjaan juga menyediakan beasiswa bagi dua anak peserta dengan total nilai "
        "maksimal Rp174 juta.",
        "Rp174 juta",
        "benefit_amount",
    ),
    (
        "our-village-counts",
        '"Di kelurahan kami ada 42 tukang parkir, semuanya sudah terdaftar," kata lurah.',
        "42",
        None,
    ),
    (
        "its-village-counts",
        "Desanya juga mendaftarkan 18 guru ngaji ke BPJS Ketenagakerjaan.",
        "18",
        None,
    ),
    (
        "villages-of-the-regency-are-no-village-pointed-at",
        "Perangkat desanya sudah terdaftar semua. Pemkab Lahat mendaftarkan 4.812 perangkat desa.",
        "4.812",
        "participants",
    ),
    (
        "a-sum-of-a-villages-counts",
        "Kepala Desa Karangrejo mendaftarkan 14 guru ngaji dan 9 marbot. Semua dibayar dari dana desa, "
        "totalnya 23 orang yang terdaftar BPJS Ketenagakerjaan.",
        "23",
        None,
    ),
    (
        "a-share-of-the-participants",
        "Peserta BPJS Ketenagakerjaan di Grobogan 98.000 orang. Sekitar 64 persen peserta merupakan "
        "pekerja penerima upah.",
        "64 persen",
        None,
    ),
    (
        "the-workers-of-a-regency-described-by-its-population",
        "Jumlah pekerja di kabupaten berpenduduk sekitar 2,1 juta jiwa itu mencapai 940 ribu orang, "
        "tetapi peserta BPJS Ketenagakerjaan baru 310 ribu.",
        "940 ribu",
        "workforce",
    ),
    (
        "premiums-a-purse-bears",
        "Pemkab Paser mendaftarkan 8.400 buruh sawit ke BPJS Ketenagakerjaan. Iuran mereka ditanggung APBD "
        "2025 senilai Rp 1,69 miliar.",
        "Rp 1,69 miliar",
        "budget",
    ),
    (
        "a-group-most-of-whom-are-uncovered",
        "Dinas mencatat lebih dari 9 ribu petambak di Maros, sebagian besar belum terdaftar BPJS "
        "Ketenagakerjaan.",
        "9 ribu",
        "workforce",
    ),
    (
        "a-number-in-words-a-relative-clause-describes",
        "Sepanjang 2024 belasan nelayan Maros meninggal saat melaut. Hanya dua yang ahli warisnya menerima "
        "santunan BPJS Ketenagakerjaan.",
        "dua",
        "claims_count",
    ),
    (
        "a-number-in-words-of-things-a-relative-clause-describes",
        "BPJS Ketenagakerjaan Cabang Maros punya dua yang menjadi prioritas tahun ini: nelayan dan petani.",
        "dua",
        None,
    ),
    (
        "another-programmes-recipients",
        "Cakupan BPJS Ketenagakerjaan di Kendari naik. Sepanjang tahun lalu, 2.400 warga Kendari menerima "
        "Kartu Prakerja dan sebagian di antaranya kini bekerja di sektor jasa.",
        "2.400",
        None,
    ),
    (
        "a-premium-after-another-programmes-in-the-clause-before",
        "Iuran PBI JKN yang dibayar Pemkot sebesar Rp 42.000 per jiwa per bulan, sedangkan iuran BPJS "
        "Ketenagakerjaan untuk pekerja rentan hanya Rp 16.800 per bulan.",
        "Rp 16.800",
        "contribution",
    ),
    (
        "hingga-of-a-period-is-no-result",
        "Sejak Januari hingga Agustus 2025, sebanyak 3.600 buruh tani tembakau di Jember telah didaftarkan "
        "sebagai peserta baru BPJS Ketenagakerjaan.",
        "3.600",
        "participants_new",
    ),
    # Deaths and accidents of people who were not insured: nothing was claimed for them.
    (
        "deaths-uninsured-said-next",
        "Tahun lalu, tiga buruh bangunan di Sleman meninggal dunia karena kecelakaan kerja. Karena belum "
        "terdaftar BPJS Ketenagakerjaan, keluarga mereka tidak menerima santunan.",
        "tiga",
        None,
    ),
    (
        "deaths-uninsured-said-after",
        "Sepanjang 2024 ada 4 pemulung di Kota Bekasi yang meninggal dan tak mendapat santunan BPJS "
        "Ketenagakerjaan.",
        "4",
        None,
    ),
    (
        "deaths-insured-beside-uninsured-people-in-general",
        "Tahun lalu, tiga buruh bangunan di Sleman meninggal dunia karena kecelakaan kerja dan ahli waris "
        "mereka menerima santunan BPJS Ketenagakerjaan. Pekerja yang belum terdaftar diimbau "
        "segera mendaftar.",
        "tiga",
        "claims_count",
    ),
    # A whole named in an opening "dari ...," with no figure of its own is not what follows counts.
    (
        "a-whole-left-unsaid",
        "Dari potensi yang ada, sebanyak 30 ribu pekerja rentan di Lahat sudah dicover BPJS Ketenagakerjaan.",
        "30 ribu",
        "participants",
    ),
    # Fields of work counted are no people.
    (
        "fields-of-work",
        "Di Lahat kurang lebih ada 19 bidang pekerja rentan yang mendapat jaminan sosial BPJS "
        "Ketenagakerjaan.",
        "19",
        None,
    ),
    # A plan word after a comma opens the clause of the figure that follows it.
    (
        "a-plan-after-a-comma-is-the-next-figures",
        "Capaian kepesertaan BPJS Ketenagakerjaan di Lahat hingga Juni baru 32 persen, dengan target "
        "nasional bagi Lahat mencapai 62 persen pada tahun ini.",
        "32 persen",
        "coverage_pct",
    ),
    (
        "the-figure-after-the-plan-word-is-planned",
        "Capaian kepesertaan BPJS Ketenagakerjaan di Lahat hingga Juni baru 32 persen, dengan target "
        "nasional bagi Lahat mencapai 62 persen pada tahun ini.",
        "62 persen",
        "coverage_target_pct",
    ),
    # A rate pointing back at a count of the uncovered is their share, no coverage rate; one
    # pointing back at the covered, or after a connective ("Sementara itu"), is.
    (
        "share-of-the-uncovered",
        "Sebanyak 61.200 pekerja di Lahat belum terdaftar BPJS Ketenagakerjaan. Jumlah tersebut "
        "mencapai 58 persen dari total pekerja di Lahat.",
        "58 persen",
        None,
    ),
    (
        "share-of-the-covered",
        "Sebanyak 44.300 pekerja di Lahat sudah terdaftar BPJS Ketenagakerjaan. Jumlah tersebut "
        "mencapai 42 persen dari total pekerja di Lahat.",
        "42 persen",
        "coverage_pct",
    ),
    (
        "a-connective-points-at-no-figure",
        "Sebanyak 61.200 pekerja di Lahat belum terdaftar BPJS Ketenagakerjaan. Sementara itu, "
        "cakupan kepesertaan di Lahat baru 42 persen.",
        "42 persen",
        "coverage_pct",
    ),
    (
        "a-misspelled-subdistrict",
        "Di Keluruhan Sukamaju, 320 warga sudah terdaftar BPJS Ketenagakerjaan.",
        "320",
        None,
    ),
    (
        "villages-counted-not-named",
        "Program ini menjangkau 4.200 pekerja rentan di 35 desa di Lahat.",
        "4.200",
        "participants",
    ),
    (
        "money-paid-in-a-village",
        "Santunan kematian Rp42 juta diserahkan kepada ahli waris di Desa Tanjung Sakti.",
        "Rp42 juta",
        "benefit_amount",
    ),
    # A condition is imagined, not reported; an example ("misalnya") and a reckoning ("jika
    # dibandingkan") are real; a benefit promised on a condition is the standard amount.
    (
        "an-imagined-case",
        "Seandainya 10 pekerja mengalami kecelakaan kerja, semua biaya ditanggung BPJS Ketenagakerjaan.",
        "10",
        None,
    ),
    (
        "a-condition",
        "Jika 5.000 nelayan terdaftar, cakupan kepesertaan Lahat naik menjadi 40 persen.",
        "5.000",
        None,
    ),
    (
        "a-real-example",
        "Kabupaten Lahat, misalnya, tahun ini melindungi 23.400 pekerja rentan lewat APBD.",
        "23.400",
        "participants",
    ),
    (
        "a-reckoning",
        "Jika dibandingkan tahun lalu, peserta di Lahat bertambah 3.200 orang.",
        "3.200",
        "participants_new",
    ),
    # A price written without "Rp" is still money; people added per month are not.
    (
        "a-premium-without-rp",
        "Pekerja mandiri di Lahat cukup membayar iurannya mulai 16.800 sebulan.",
        "16.800",
        "contribution",
    ),
    (
        "people-per-month",
        "Kepesertaan BPJS Ketenagakerjaan di Lahat bertambah 500 peserta per bulan.",
        "500",
        "participants_new",
    ),
    # The total of a budget is the budget, though people are counted beside it.
    (
        "a-budgets-total",
        "Untuk melindungi 1.500 marbot, Pemkab Lahat menyiapkan anggaran dengan total Rp302.400.000.",
        "Rp302.400.000",
        "budget",
    ),
    # A whole of poor residents is the population; of residents of working age, the workforce.
    (
        "a-whole-of-poor-residents",
        "Dari total 412.000 masyarakat miskin di Lahat, baru 31.000 yang terdaftar BPJS Ketenagakerjaan.",
        "412.000",
        "population",
    ),
    (
        "a-whole-of-working-age-residents",
        "Dari total 412.000 penduduk usia kerja di Lahat, baru 31 persen yang terlindungi.",
        "412.000",
        "workforce",
    ),
    (
        "residents-of-the-labour-force",
        "Dari total 412.000 penduduk angkatan kerja di Lahat, UCJ baru mencapai 31 persen.",
        "412.000",
        "workforce",
    ),
    # Social security obtained is coverage; a standard benefit paid to one named heir is his due.
    (
        "people-who-get-social-security",
        "Jumlah pekerja rentan di Lahat yang dapat jaminan sosial tercatat sebanyak 6.204 orang.",
        "6.204",
        "participants",
    ),
    (
        "one-heirs-due-named-after",
        "Bupati menyerahkan santunan sebesar Rp 85.000.000 di rumah keluarga almarhum Darman di Lahat.",
        "Rp 85.000.000",
        "benefit_amount",
    ),
    (
        "as-for-is-no-condition",
        "Kalau tahun lalu, peserta BPJS Ketenagakerjaan di Lahat tercatat 52.300 orang.",
        "52.300",
        "participants",
    ),
    (
        "if-then-is-a-condition",
        "Kalau 20 desa ikut, maka sudah 4.000 pekerja di Lahat yang terlindungi.",
        "4.000",
        None,
    ),
    # Ranks, people laid off and returns on money are no coverage figures.
    ("the-best-n", "Kabupaten Lahat masuk 10 besar kepesertaan BPJS Ketenagakerjaan.", "10", None),
    ("laid-off", "Disnaker Lahat mencatat 16 pekerja PHK sepanjang tahun ini.", "16", None),
    (
        "a-return-on-funds",
        "Dana peserta BPJS Ketenagakerjaan memberi imbal hasil 5,6 persen, di atas bunga deposito.",
        "5,6 persen",
        None,
    ),
    # The words naming the whole a share is taken from are the whole's.
    (
        "a-share-and-its-whole",
        "Di Lahat, kepesertaan BPJS Ketenagakerjaan dari kalangan bukan penerima upah (BPU) sejauh ini "
        "baru menyentuh 21.300 pekerja atau kira-kira 18,5 persen dari total jumlah pekerja informal "
        "yang mencapai 115.100 orang.",
        "21.300",
        "participants",
    ),
    # A comparison's baseline was reached, though the sentence states a target.
    (
        "a-baseline-beside-a-target",
        "Tahun ini target kami cakupan BPJS Ketenagakerjaan di Lahat mencapai 35% dibandingkan tahun "
        "sebelumnya yang hanya sekitar 21%.",
        "21%",
        "coverage_pct",
    ),
    # What was reached before a plan stays reached; a time to come plans; a plan after a later
    # figure is that figure's.
    (
        "reached-before-a-plan",
        "Setelah menjangkau 9.400 pekerja rentan di Lahat, kami akan terus menyisir pekerja lain agar "
        "terdaftar BPJS Ketenagakerjaan.",
        "9.400",
        "participants",
    ),
    (
        "a-time-to-come-plans",
        "Tahun depan kita tambah 6.000 lagi pekerja rentan di Lahat sebagai peserta BPJS Ketenagakerjaan.",
        "6.000",
        "participants_target",
    ),
    (
        "a-plan-after-a-later-figure",
        "Pemkab Lahat menanggung iuran 7.300 pekerja rentan pada 2025 dan menargetkan 10 ribu tahun depan.",
        "7.300",
        "participants",
    ),
    # A small sum for each person, in a story about the programme, is its premium.
    (
        "a-premium-per-person",
        "Cukup Rp16.800 per orang, warga Lahat sudah bisa melindungi marbot lewat BPJS Ketenagakerjaan.",
        "Rp16.800",
        "contribution",
    ),
    # A count restating a rate counts what the rate covers, not the rate's whole; people a purse
    # pays for are enrolled; people right after a claim are its beneficiaries.
    (
        "a-count-restating-a-rate",
        "Peserta BPJS Ketenagakerjaan di Lahat hingga kini masih minim, hanya 23% dari jumlah pekerja atau "
        "sekitar 41.000 jiwa.",
        "41.000",
        "participants",
    ),
    (
        "paid-for-by-the-budget",
        "Di Lahat ada 12.000 orang tenaga kerja yang dibayarkan dengan APBD.",
        "12.000",
        "participants",
    ),
    (
        "people-a-claim-was-paid-to",
        "Tahun lalu BPJS Ketenagakerjaan Lahat membayarkan klaim sebanyak 1.310 peserta.",
        "1.310",
        "claims_count",
    ),
    (
        "a-status-is-a-segment",
        "Jumlah peserta aktif BPJS Ketenagakerjaan di Lahat berstatus penerima upah mencapai 38.400 orang.",
        "38.400",
        "participants",
    ),
    # By how much a whole grew, awards handed out, loans and a whole regional budget are no facts;
    # an example made up on the spot is imagined.
    (
        "a-whole-that-grew",
        "BPS mencatat penduduk bekerja di Lahat mencapai 210,4 ribu orang, naik 4,3 ribu dibandingkan "
        "tahun lalu, sementara peserta BPJS Ketenagakerjaan 61 ribu.",
        "4,3 ribu",
        None,
    ),
    (
        "award-winners",
        "BPJS Ketenagakerjaan menyerahkan penghargaan Paritrana Award kepada 18 penerima di Lahat.",
        "18",
        None,
    ),
    (
        "a-loan",
        "Pemkab Lahat juga menyalurkan manfaat BPJS Ketenagakerjaan berupa pinjaman renovasi rumah "
        "senilai Rp150 juta.",
        "Rp150 juta",
        None,
    ),
    (
        "the-whole-regional-budget",
        "APBD kita hanya Rp 1,2 triliun, tapi iuran BPJS Ketenagakerjaan pekerja rentan Lahat tetap dibayar.",
        "Rp 1,2 triliun",
        None,
    ),
    (
        "an-example-made-up",
        "Banyak perusahaan di Lahat hanya mendaftarkan sebagian pekerjanya ke BPJS Ketenagakerjaan. "
        "Misalnya ada 100 orang, perusahaan hanya daftar 20 orang saja.",
        "20",
        None,
    ),
    # Designated, offered or added to a plan, people are planned (R3).
    (
        "designated-to-be-protected",
        "Bupati Lahat telah menetapkan 2.150 marbot untuk dilindungi melalui APBD.",
        "2.150",
        "participants_target",
    ),
    (
        "offered",
        "Satu perusahaan di Lahat bersedia memberikan perlindungan BPJS Ketenagakerjaan kepada 800 petani.",
        "800",
        "participants_target",
    ),
    (
        "an-addition-to-a-plan",
        "Pemkab Lahat mengalokasikan anggaran untuk sebanyak 5 ribu pekerja rentan. Ditambah 2 ribu jiwa "
        "dari Pemprov.",
        "2 ribu",
        "participants_target",
    ),
    (
        "a-benefit-on-a-condition",
        "Jika peserta meninggal dunia, ahli waris menerima santunan kematian Rp42 juta.",
        "Rp42 juta",
        "benefit_amount",
    ),
    (
        "a-bare-stem",
        "Tahun ini kami baru bisa tanggung sekitar 6.400 orang di Lahat.",
        "6.400",
        "participants",
    ),
    (
        "responsibility-is-no-coverage",
        "Pemkab Lahat bertanggung jawab atas 2.300 warga yang terdampak banjir.",
        "2.300",
        None,
    ),
    (
        "workers-numbered",
        "Menurut dia, pekerja di Lahat jumlahnya 52 ribuan orang.",
        "52 ribuan",
        "workforce",
    ),
    (
        "a-premium-linked-by-sebesar",
        "Iuran untuk program JKK dan JKM selama masa penempatan dua tahun sebesar Rp 370.000 per "
        "pekerja migran.",
        "Rp 370.000",
        "contribution",
    ),
    (
        "a-benefit-linked-by-sebesar",
        "Ahli waris menerima santunan kematian sebesar Rp 42 juta.",
        "Rp 42 juta",
        "benefit_amount",
    ),
    (
        "migrant-workers-who-died",
        "Tahun lalu, lima PMI asal Lahat meninggal dunia di Malaysia dan ahli warisnya menerima santunan.",
        "lima",
        "claims_count",
    ),
    (
        "six-of-ten",
        "Artinya enam dari sepuluh PMI asal Lahat berangkat tanpa perlindungan.",
        "enam",
        None,
    ),
    (
        "of-ten",
        "Artinya enam dari sepuluh PMI asal Lahat berangkat tanpa perlindungan.",
        "sepuluh",
        None,
    ),
    (
        "a-count-of-a-thousand",
        "Dari 1.000 PMI asal Lahat, 312 orang sudah terdaftar sebagai peserta.",
        "312",
        "participants",
    ),
    # A group of workers stated at a bound ("tak kurang dari") is said to exist: the workforce.
    (
        "a-group-of-workers-at-least",
        "Tak kurang dari 9 ribu pengemudi ojol beroperasi di Lahat.",
        "9 ribu",
        "workforce",
    ),
    # "satu dari tiga" is one in three, a proportion; communities are no people.
    (
        "one-in-three",
        "Sebelum gerakan itu, hanya satu dari tiga pengemudi ojol di Lahat yang punya perlindungan.",
        "tiga",
        None,
    ),
    (
        "a-count-of-communities",
        "Saat ini sudah ada 40 komunitas ojol yang ikut mendaftarkan anggotanya.",
        "40",
        None,
    ),
    # People who had an accident at work are claims, even with no "yang" before the verb.
    (
        "had-an-accident",
        "Sepanjang tahun lalu, 12 pengemudi ojol di Lahat mengalami kecelakaan kerja.",
        "12",
        "claims_count",
    ),
    # A number in words pointing back ("di antaranya") counts what the figure before counted.
    (
        "a-part-in-words-of-the-claims-before",
        "BPJS Ketenagakerjaan mencatat 14 klaim dari petugas ad hoc Lahat. Sepuluh di antaranya klaim "
        "perawatan akibat kecelakaan lalu lintas.",
        "Sepuluh",
        "claims_count",
    ),
    (
        "officers-who-died",
        "Selama tahapan pilkada, empat petugas KPPS di Lahat meninggal dunia saat bertugas.",
        "empat",
        "claims_count",
    ),
    (
        "polling-stations",
        "Lahat punya 1.412 TPS, dan semua anggota KPPS didaftarkan ke BPJS Ketenagakerjaan.",
        "1.412",
        None,
    ),
    # "bertambah lebih dari N" is an addition of more than N, not a change from N.
    (
        "grew-by-more-than",
        "Jadi peserta BPJS Ketenagakerjaan di Lahat sudah bertambah lebih dari 1.700 dalam tiga tahun.",
        "1.700",
        "participants_new",
    ),
    # A bound in a clause describing regions by their kind, not their name, is a condition.
    (
        "a-bound-on-regions-described",
        "Kami minta kabupaten yang UCJ-nya di bawah 25 persen menambah kuota pekerja rentan di APBD "
        "Perubahan.",
        "25 persen",
        None,
    ),
    # A region brought in with an indefinite article is no region the text names: a supposition
    (
        "a-region-not-named",
        "Ambil contoh sebuah kabupaten di pesisir dengan 8 ribu petani rumput laut: mendaftarkan mereka "
        "ke BPJS Ketenagakerjaan hanya butuh sebagian kecil APBD.",
        "8 ribu",
        None,
    ),
    # An amount following ("maka") from a condition that supposes a figure is worked out, not reported
    (
        "an-amount-reckoned-from-a-supposed-count",
        "Bila tahun ini ada 15 buruh tani peserta BPJS Ketenagakerjaan yang meninggal, maka santunan "
        "yang cair paling sedikit Rp 630 juta.",
        "Rp 630 juta",
        None,
    ),
    (
        "a-condition-supposing-no-figure-states-the-rule",
        "Bila buruh tani peserta BPJS Ketenagakerjaan meninggal, maka ahli warisnya menerima santunan "
        "Rp 42 juta.",
        "Rp 42 juta",
        "benefit_amount",
    ),
    # A bare price before "/bln" (the informal "per bulan") is money, its "Rp" left out
    (
        "a-bare-price-per-month-abbreviated",
        "Di brosur BPJS Ketenagakerjaan tertulis iuran bulanan hanya 16,8rb/bln.",
        "16,8rb",
        "contribution",
    ),
    # A parallel item, with the same noun and word after it, counts what the first item counts
    (
        "a-parallel-item-repeating-the-noun",
        "Sepanjang semester ini, BPJS Ketenagakerjaan membayar klaim kepada ahli waris 12 peserta di "
        "Merapi dan delapan peserta di Kikim.",
        "delapan",
        "claims_count",
    ),
    # A sentence opening "Di Desa X, ..." is about that village throughout, however far its figure
    (
        "a-sentence-opening-in-a-village",
        "Di Desa Karangrejo, Kecamatan Bumiaji, yang banyak warganya merantau, sedikitnya 420 orang "
        "bekerja di Malaysia tanpa perlindungan BPJS Ketenagakerjaan.",
        "420",
        None,
    ),
    # People leaving in a period are a flow of travellers, not the workforce
    (
        "workers-who-left",
        "Sepanjang tahun lalu, 2.150 PMI asal Lahat diberangkatkan ke Malaysia dan Taiwan, kata Kepala "
        "Disnaker soal perlindungan BPJS Ketenagakerjaan.",
        "2.150",
        None,
    ),
    # A count restating a share of the figure before ("atau sekitar") is a part of it, not a group
    (
        "a-count-restating-a-share-of-the-whole-before",
        "Secara nasional ada 520 ribu PMI terdaftar sebagai peserta BPJS Ketenagakerjaan. Sumatera "
        "Selatan menyumbang 4 persen di antaranya, atau sekitar 21 ribu PMI.",
        "21 ribu",
        "participants",
    ),
    # "Jumlah <workers> ... N orang": the group numbered; "hampir semuanya belum ..." a portion uncovered
    (
        "a-group-headed-by-jumlah-mostly-uncovered",
        '"Jumlah penyadap karet saja kl. 2.400 orang, hampir semuanya belum ikut BPJS Ketenagakerjaan," '
        "katanya.",
        "2.400",
        "workforce",
    ),
    # Households of a social-aid programme (keluarga penerima manfaat) are no heirs paid
    (
        "households-of-a-social-aid-programme",
        "Warga penerima PKH, yang di Lahat berjumlah 7.230 keluarga penerima manfaat, didahulukan dalam "
        "pendaftaran BPJS Ketenagakerjaan.",
        "7.230",
        None,
    ),
    # "Dari N pada 2023, naik menjadi M": where a change started, no whole the next figure is part of
    (
        "a-series-starting-from-a-figure",
        "Pekerja rentan yang iurannya ditanggung Pemkab Lahat terus bertambah. Dari 8.300 orang pada 2023, "
        "naik menjadi 9.900 pada 2024.",
        "8.300",
        "participants",
    ),
    # "Rp 1,2 M." ends its sentence: the words of the next one are not the amount's
    (
        "a-sentence-ending-in-an-abbreviated-scale",
        "Santunan kematian BPJS Ketenagakerjaan bagi 31 ahli waris di Lahat disalurkan dengan total Rp1,3 M. "
        "Masing-masing ahli waris menerima Rp42 juta.",
        "Rp1,3 M",
        "claims_paid",
    ),
    # A concessive clause ends at its comma: its rise is not the rate's
    (
        "a-concessive-clause-before-a-rate",
        "Meski jumlah peserta BPJS Ketenagakerjaan meningkat, capaian UCJ Lahat per Juni 2025 baru 29,4 "
        "persen.",
        "29,4 persen",
        "coverage_pct",
    ),
    # "peserta BPU baru": new participants of a segment
    (
        "new-participants-of-a-segment",
        "Sepanjang Januari–Juni 2025 tercatat 1.430 peserta BPU baru BPJS Ketenagakerjaan di Lahat.",
        "1.430",
        "participants_new",
    ),
    # The staff one employer has is that company's figure, no region's
    (
        "an-employers-own-staff",
        "Haji Darmawan, yang mempekerjakan 64 nelayan di kapalnya, sudah mendaftarkan mereka semua ke BPJS "
        "Ketenagakerjaan.",
        "64",
        None,
    ),
    # "Selain BPJS Ketenagakerjaan, ...": the rest of the sentence is about another programme
    (
        "besides-the-programme-another-programme",
        "Selain BPJS Ketenagakerjaan, petani di Lahat juga diajak ikut asuransi nelayan dan tani dengan "
        "premi Rp 36 ribu per tahun.",
        "Rp 36 ribu",
        None,
    ),
    # The residents of a region stay a population figure in another programme's sentence
    (
        "residents-in-another-programmes-sentence",
        "Kepesertaan JKN BPJS Kesehatan di Lahat sudah 97 persen dari sekitar 430 ribu penduduk.",
        "430 ribu",
        "population",
    ),
    # A word after a comparison ("jauh di bawah jumlah pekerja") names what the figure is set against
    (
        "a-word-after-a-comparison",
        "Peserta BPJS Ketenagakerjaan dari kalangan BPU di Lahat sekitar 21 ribu orang, jauh di bawah "
        "jumlah pekerja informal yang mencapai ratusan ribu.",
        "21 ribu",
        "participants",
    ),
    # A sentence whose subject is a village is that village's
    (
        "a-village-as-the-subject",
        "Kalurahan Sidorejo menjadi contoh, dengan 187 warga perajin yang sudah terdaftar di BPJS "
        "Ketenagakerjaan.",
        "187",
        None,
    ),
    # Civil servants in Taspen are another scheme's members
    (
        "members-of-another-scheme",
        "Di Lahat, ASN peserta Taspen tercatat 6.420 orang, sedangkan pekerja rentan diurus Disnaker.",
        "6.420",
        None,
    ),
    # A share of one company's employees is its compliance, no region's rate
    (
        "a-share-of-a-companys-employees",
        "PT Lahat Batubara mengklaim 93 persen karyawannya sudah terdaftar di BPJS Ketenagakerjaan.",
        "93 persen",
        None,
    ),
    # A target after a comparison ("di bawah target") is what the rate is set against
    (
        "a-rate-below-its-target",
        "Capaian UCJ BPJS Ketenagakerjaan di Lahat tahun lalu 31,2 persen di bawah target yang dipasang "
        "Pemkab.",
        "31,2 persen",
        "coverage_pct",
    ),
    # "mengingat realisasi ...": a new clause, what was realised, whatever target came before
    (
        "a-realisation-after-a-target",
        "Target UCJ itu berat mengingat realisasi BPJS Ketenagakerjaan di Lahat tahun lalu baru 31,2 persen.",
        "31,2 persen",
        "coverage_pct",
    ),
    # "turun menjadi X orang dari Y orang": Y is where the count changed from, not a whole
    (
        "a-count-a-change-started-from",
        "Peserta aktif BPJS Ketenagakerjaan di Lahat turun menjadi 41.720 orang dari 43.300 orang pada "
        "Desember 2024.",
        "43.300",
        "participants",
    ),
    # A rate that fell by so much is a change, no rate
    (
        "a-fall-of-a-rate",
        "Peserta BPJS Ketenagakerjaan di Lahat turun menjadi 41.720 orang, atau turun 3,7 persen.",
        "3,7 persen",
        None,
    ),
    # Work accidents are cases; "di antaranya" after them counts them, past an amount in between
    (
        "accidents-are-cases",
        "Sepanjang 2025, BPJS Ketenagakerjaan mencatat 22 kecelakaan kerja yang menimpa nelayan peserta di "
        "Lahat, dengan total klaim JKK Rp 1,4 miliar. Dua di antaranya meninggal dunia.",
        "22",
        "claims_count",
    ),
    (
        "a-part-of-cases-past-an-amount",
        "Sepanjang 2025, BPJS Ketenagakerjaan mencatat 22 kecelakaan kerja yang menimpa nelayan peserta di "
        "Lahat, dengan total klaim JKK Rp 1,4 miliar. Dua di antaranya meninggal dunia.",
        "Dua",
        "claims_count",
    ),
    # People whose premiums a government pays are enrolled, "oleh" or not
    (
        "premiums-paid-by-a-government",
        "Secara nasional, pekerja rentan yang iurannya dibayarkan pemerintah daerah tercatat 7,9 juta orang "
        "dalam program BPJS Ketenagakerjaan.",
        "7,9 juta",
        "participants",
    ),
    # "jangan sampai satu kecelakaan ...": a case feared, not counted
    (
        "a-case-feared",
        '"Jangan sampai satu kecelakaan membuat keluarga nelayan jatuh miskin," kata Kepala Disnaker '
        "Lahat soal BPJS Ketenagakerjaan.",
        "satu",
        None,
    ),
    # "di kelurahan itu" after a count: the village named before
    (
        "the-village-pointed-back-to",
        "Pendataan BPJS Ketenagakerjaan terakhir mencatat 410 nelayan di kelurahan itu belum memiliki kartu "
        "peserta.",
        "410",
        None,
    ),
    # A part of a group of workers whose premiums are paid is enrolled, as the group is
    (
        "a-part-of-a-group-of-workers-enrolled",
        "Pemkab Lahat tahun ini menanggung iuran BPJS Ketenagakerjaan 9.500 pekerja rentan dengan "
        "anggaran Rp 1,9 miliar. Dari jumlah itu, 1.200 di antaranya guru ngaji dan 800 marbot.",
        "1.200",
        "participants",
    ),
    # A count of none is a condition of places, no figure of coverage
    (
        "a-count-of-none",
        "Belasan desa di Lahat masih nol peserta BPJS Ketenagakerjaan dari sektor informal.",
        "nol",
        None,
    ),
    # "perusahaan itu karyawannya N orang": one employer's staff
    (
        "an-employers-employees",
        "Satu perusahaan batu bara di Lahat saja karyawannya 6.200 orang, dan semuanya sudah terdaftar di "
        "BPJS Ketenagakerjaan.",
        "6.200",
        None,
    ),
    # ber- before a stem starting with r drops its r: "berencana" is the plan word "rencana"
    (
        "plans-to-cover",
        "Pemkab Belitung berencana menanggung iuran BPJS Ketenagakerjaan 800 nelayan lewat APBD Perubahan.",
        "800",
        "participants_target",
    ),
    # A group of which none (or almost none) is enrolled: the group, or the people uncovered
    (
        "a-group-almost-none-of-which-is-enrolled",
        "Pengrajin songket di sini, yang kami perkirakan 3.000 orang, hampir tidak ada yang terdaftar.",
        "3.000",
        "workforce",
    ),
    (
        "a-group-none-of-which-is-enrolled",
        "Sebanyak 450 pemulung di TPA Lahat tidak ada yang terdaftar sebagai peserta.",
        "450",
        "uncovered",
    ),
    (
        "a-group-estimated",
        "Nelayan di Lahat diperkirakan 1.800 orang.",
        "1.800",
        "workforce",
    ),
    # Schools, organisations and places of worship are no people
    (
        "schools-the-people-come-from",
        "Pemkot tahun ini menanggung iuran 900 pesilat dari 12 perguruan silat di Lahat.",
        "12",
        None,
    ),
    (
        "mosques-whose-caretakers-are-covered",
        "Iuran BPJS Ketenagakerjaan marbot dari 140 masjid di Lahat ditanggung Pemkab.",
        "140",
        None,
    ),
    # A share worked out of the participants is no coverage rate; a rate of the workforce is
    (
        "a-segments-share-of-the-participants",
        "Total peserta aktif BPJS Ketenagakerjaan di Lahat sebanyak 52.000 orang. Dari jumlah tersebut, "
        "peserta BPU mencapai 31.200 orang (60 persen), sedangkan peserta PU 20.800 orang (40 persen).",
        "60 persen",
        None,
    ),
    (
        "a-rate-of-the-workforce-in-brackets",
        "Total peserta aktif BPJS Ketenagakerjaan di Lahat sebanyak 52.000 orang (26 persen dari "
        "angkatan kerja).",
        "26 persen",
        "coverage_pct",
    ),
    # A share of the premiums each government bears is no coverage rate
    (
        "the-provinces-share-of-the-premiums",
        "Dalam skema itu, provinsi menanggung 30 persen iuran, sedangkan kabupaten menanggung 70 persen "
        "sisanya.",
        "30 persen",
        None,
    ),
    (
        "the-regencys-share-of-the-premiums",
        "Dalam skema itu, provinsi menanggung 30 persen iuran, sedangkan kabupaten menanggung 70 persen "
        "sisanya.",
        "70 persen",
        None,
    ),
    (
        "a-rate-beside-the-premiums-paid",
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Lahat sudah 41 persen, dan iuran pekerja rentan "
        "ditanggung APBD.",
        "41 persen",
        "coverage_pct",
    ),
    # People whose premiums stopped (inactive) are not covered
    (
        "inactive-participants",
        "Sebanyak 2.400 pekerja di Lahat kini berstatus peserta nonaktif dan tidak terlindungi karena "
        "perusahaannya menunggak iuran.",
        "2.400",
        "uncovered",
    ),
    (
        "people-not-protected",
        "Sebanyak 1.100 buruh harian di Lahat tidak terlindungi BPJS Ketenagakerjaan.",
        "1.100",
        "uncovered",
    ),
    (
        "letters-of-attorney",
        "Sepanjang 2024, kejaksaan menerbitkan 54 surat kuasa khusus untuk menagih iuran BPJS "
        "Ketenagakerjaan di Lahat.",
        "54",
        None,
    ),
    # People whose status is active are participants
    (
        "people-whose-status-is-active",
        "Menurut BPJS Ketenagakerjaan, pekerja rentan Lahat yang sudah berstatus aktif baru 4.300 orang.",
        "4.300",
        "participants",
    ),
    # Council members at a hearing count nobody's coverage
    (
        "council-members-present",
        "Rapat yang dihadiri tujuh dari sembilan anggota komisi itu membahas kepesertaan BPJS "
        "Ketenagakerjaan.",
        "tujuh",
        None,
    ),
    (
        "council-members-in-all",
        "Rapat yang dihadiri tujuh dari sembilan anggota komisi itu membahas kepesertaan BPJS "
        "Ketenagakerjaan.",
        "sembilan",
        None,
    ),
    # A part of the workforce named after it is no workforce; one person of a group is no share
    (
        "a-part-of-the-workforce-named-after-it",
        "Jumlah peserta aktif di Lahat tercatat 52.300 orang dari total pekerja sekitar 160 ribu orang.",
        "52.300",
        "participants",
    ),
    (
        "the-group-one-person-belongs-to",
        "Rudi adalah satu dari 1.900 nelayan di Lahat yang iurannya ditanggung Pemkab Lahat.",
        "1.900",
        "participants",
    ),
    # Another programme's target (the wage subsidy) is no target of this one
    (
        "the-wage-subsidys-target",
        "Secara nasional, BSU ditargetkan menjangkau 12 juta pekerja.",
        "12 juta",
        None,
    ),
    # A level compared with last year's is no addition; an addition to a figure leaves it a level
    (
        "a-level-that-grew-against-last-year",
        "Pemkab Lahat menanggung iuran 6.200 pekerja rentan pada 2025, meningkat dibanding tahun lalu yang "
        "hanya 4.100 orang.",
        "6.200",
        "participants",
    ),
    (
        "what-an-addition-was-added-to",
        "Penerima kartu hari ini merupakan tambahan dari 8.300 pekerja rentan yang iurannya telah "
        "ditanggung Pemkab Lahat.",
        "8.300",
        "participants",
    ),
    # A sum paid to many heirs, or a total value, is what was paid out
    (
        "a-sum-paid-to-the-heirs-counted",
        "Sepanjang 2025 BPJS Ketenagakerjaan membayarkan klaim JKM kepada 28 ahli waris pekerja rentan di "
        "Lahat dengan nilai Rp 1,2 miliar.",
        "Rp 1,2 miliar",
        "claims_paid",
    ),
    (
        "a-sum-handed-to-the-heirs-counted",
        "Santunan jaminan kematian telah diserahkan kepada 30 ahli waris pekerja rentan di Lahat dengan "
        "nilai Rp 1,26 miliar.",
        "Rp 1,26 miliar",
        "claims_paid",
    ),
    (
        "each-heirs-benefit",
        "Santunan jaminan kematian telah diserahkan kepada 3 ahli waris pekerja rentan di Lahat, "
        "masing-masing Rp 42 juta.",
        "Rp 42 juta",
        "benefit_amount",
    ),
    (
        "the-total-handed-over",
        'Santunan diserahkan kepada lima ahli waris di Lahat. "Total yang kami serahkan hari ini Rp 310,5 '
        'juta," kata Kepala BPJS Ketenagakerjaan Lahat.',
        "Rp 310,5 juta",
        "claims_paid",
    ),
    (
        "an-average-paid-per-participant",
        "Rata-rata saldo JHT yang dicairkan di Lahat sepanjang 2025 sekitar Rp 15 juta per peserta.",
        "Rp 15 juta",
        "benefit_amount",
    ),
    (
        "a-sum-paid-to-participants",
        "Sepanjang 2025 BPJS Ketenagakerjaan Lahat mencairkan klaim JHT Rp 12 miliar kepada 800 peserta.",
        "Rp 12 miliar",
        "claims_paid",
    ),
    (
        "a-total-value-of-benefits",
        "Sepanjang 2025 sebanyak 40 anak peserta di Lahat menerima beasiswa dengan nilai keseluruhan "
        "Rp 310 juta.",
        "Rp 310 juta",
        "claims_paid",
    ),
    (
        "one-heirs-benefit-stays-a-benefit",
        "BPJS Ketenagakerjaan menyerahkan santunan kematian kepada ahli waris almarhum Rudi sebesar Rp 42 "
        "juta.",
        "Rp 42 juta",
        "benefit_amount",
    ),
    (
        "a-group-named-in-the-sentence-before-numbered",
        "Tantangan terbesar adalah penambang emas rakyat di sepanjang sungai. Jumlahnya diperkirakan "
        "12–15 ribu orang.",
        "12–15 ribu",
        "workforce",
    ),
    # Enrolment measured against the workforce is a coverage rate
    (
        "a-rate-against-the-workforce",
        "Peserta aktif di Lahat 41.000 orang. Kalau dibandingkan dengan jumlah angkatan kerja, itu baru "
        "22 persen.",
        "22 persen",
        "coverage_pct",
    ),
    (
        "a-rate-in-relation-to-the-workforce",
        "Peserta aktif di Lahat 41.000 orang, atau 22 persen terhadap angkatan kerja.",
        "22 persen",
        "coverage_pct",
    ),
    # A word after a comma, in the clause of the next figure, is that figure's, however near
    (
        "a-word-opening-the-next-figures-clause",
        "Dinas Tenaga Kerja Alor memperkirakan buruh tani di sana 2.000 orang, dengan peserta BPJS "
        "Ketenagakerjaan dari kelompok itu 300 orang.",
        "2.000",
        None,
    ),
    (
        "the-next-figure-of-that-clause",
        "Dinas Tenaga Kerja Alor memperkirakan buruh tani di sana 2.000 orang, dengan peserta BPJS "
        "Ketenagakerjaan dari kelompok itu 300 orang.",
        "300",
        "participants",
    ),
    # Lagging behind with no object introduces the figures after it; a shortfall is its object
    (
        "lagging-behind-introduces-a-list-of-rates",
        "UCJ Kabupaten Lahat pada akhir 2025 tercatat 45 persen. Dua daerah tetangganya masih tertinggal: "
        "Kabupaten Empat Lawang 31,2 persen dan Kota Pagar Alam 40,1 persen.",
        "31,2 persen",
        "coverage_pct",
    ),
    (
        "a-shortfall-is-what-lagging-behind-takes",
        "UCJ Kabupaten Lahat pada akhir 2025 masih tertinggal 14 persen dari target provinsi.",
        "14 persen",
        None,
    ),
    # "Capaian tersebut" points back to the rate reached, not to a count of the uncovered
    (
        "the-achievement-pointed-back-to-is-a-rate",
        "Capaian UCJ Lahat: 41,5%\nBelum terlindungi: 52.300 orang\n\nCapaian tersebut naik 2,1 poin "
        "dibanding akhir 2024 yang tercatat 39,4%.",
        "39,4%",
        "coverage_pct",
    ),
    (
        "the-number-pointed-back-to-is-the-uncovered",
        "Sebanyak 52.300 pekerja di Lahat belum terdaftar BPJS Ketenagakerjaan. Jumlah tersebut mencapai "
        "58 persen dari total pekerja.",
        "58 persen",
        None,
    ),
    # A word after a comma that follows the figure, with a later figure after it and no comma
    # between, opens that figure's clause
    (
        "a-word-after-a-comma-is-the-next-figures",
        "Kalau dibandingkan angkatan kerja Lahat yang kurang lebih 95 ribu, capaian UCJ kita baru "
        "19,7 persen.",
        "95 ribu",
        "workforce",
    ),
    # "perkiraan kami N": an estimate numbers the group of workers named before it
    (
        "our-estimate-numbers-the-workers-named-before",
        "Lalu penambang pasir di sekitar sungai, itu perkiraan kami dua sampai tiga ribu orang.",
        "dua sampai tiga ribu",
        "workforce",
    ),
    # "tertinggal dari X" compares with X; it names no shortfall
    (
        "lagging-behind-a-region-compares",
        "UCJ Kabupaten Lahat baru 23,7 persen, tertinggal dari Kota Pagar Alam (31,5 persen).",
        "31,5 persen",
        "coverage_pct",
    ),
    # "ada" numbers the group of workers named before it
    (
        "there-are-n-workers-of-the-group-named-before",
        "Nelayan dan petani kopi kita saja ada 60-an ribu orang.",
        "60-an ribu",
        "workforce",
    ),
    # A speaker corrects a figure at once: the first is taken back
    (
        "a-figure-a-speaker-corrects-at-once",
        '"Usulan kami tahun depan untuk 22 ribu... maaf, koreksi, 21 ribu pekerja rentan," katanya.',
        "22 ribu",
        None,
    ),
    (
        "the-figure-a-speaker-corrects-to",
        '"Usulan kami tahun depan untuk 22 ribu... maaf, koreksi, 21 ribu pekerja rentan," katanya.',
        "21 ribu",
        "participants_target",
    ),
    # A benefit stated as a multiple of the wage, and the sum a naming word brings after it
    (
        "the-sum-of-a-benefit-stated-as-a-multiple-of-the-wage",
        "Ahli warisnya berhak atas santunan sebesar 48 kali upah yang dilaporkan, yakni Rp 96 juta.",
        "Rp 96 juta",
        "benefit_amount",
    ),
    (
        "the-sum-in-the-sentence-after-the-multiple",
        "Ahli warisnya menerima santunan kematian sebesar 48 kali upah. Dengan upah yang dilaporkan "
        "Rp3 juta, "
        "nilainya Rp144 juta.",
        "Rp144 juta",
        "benefit_amount",
    ),
    (
        "the-wage-the-multiple-is-of",
        "Ahli warisnya menerima santunan kematian sebesar 48 kali upah. Dengan upah yang dilaporkan "
        "Rp3 juta, "
        "nilainya Rp144 juta.",
        "Rp3 juta",
        None,
    ),
    # "anak buah kapal" (a ship's crew) are workers, not children
    (
        "a-ships-crew-are-workers",
        "Ia adalah satu dari lebih dari 2.300 anak buah kapal ikan di Kabupaten Lahat.",
        "2.300",
        "workforce",
    ),
    # Arrears are why participants went inactive, not what they count; the status is the figure's
    (
        "inactive-because-of-arrears",
        "Pada 2024 jumlah peserta nonaktif akibat tunggakan di Lahat sempat mencapai 9.100 orang.",
        "9.100",
        "uncovered",
    ),
    (
        "workers-with-inactive-status-before-a-count-of-companies",
        "Data BPJS Ketenagakerjaan menunjukkan 2.950 pekerja di Kabupaten Lahat berstatus nonaktif per "
        "April 2025 karena 41 perusahaan menunggak iuran.",
        "2.950",
        "uncovered",
    ),
    # A table's column headed by a noun of things that are never coverage counts no people
    (
        "a-column-of-villages",
        "Rekap kepesertaan perangkat desa BPJS Ketenagakerjaan:\nKabupaten\tDesa\tPeserta\tIuran/tahun\n"
        "Lahat\t340\t12.816\tRp2,58 miliar\nMuara Enim\t326\t7.500\tRp1,51 miliar\n"
        "Jumlah\t666\t20.316\tRp4,09 miliar",
        "340",
        None,
    ),
    (
        "a-column-of-participants-beside-it",
        "Rekap kepesertaan perangkat desa BPJS Ketenagakerjaan:\nKabupaten\tDesa\tPeserta\tIuran/tahun\n"
        "Lahat\t340\t12.816\tRp2,58 miliar\nMuara Enim\t326\t7.500\tRp1,51 miliar\n"
        "Jumlah\t666\t20.316\tRp4,09 miliar",
        "12.816",
        "participants",
    ),
    # "jauh dari jumlah penduduk bekerja": what the figure falls far short of, not what it counts
    (
        "far-from-the-working-population",
        "Peserta aktif BPJS Ketenagakerjaan di Lahat pada pertengahan 2025 sekitar 63 ribu orang, jauh dari "
        "jumlah penduduk bekerja.",
        "63 ribu",
        "participants",
    ),
    # "Jumlah mereka" numbers the workers the sentence before named
    (
        "their-number-is-the-workers-named-before",
        "Nasib petani kopi tak jauh berbeda. Jumlah mereka di Lahat hampir 60 ribu orang, dan sebagian "
        "besar tanpa perlindungan apa pun.",
        "60 ribu",
        "workforce",
    ),
    # "nilainya" gives the value of the cases counted before it in its sentence
    (
        "the-value-of-the-claims-counted-before",
        "Sepanjang 2025 kami sudah membayar 58 klaim JKM untuk peserta dari Lahat, nilainya Rp2,44 miliar.",
        "Rp2,44 miliar",
        "claims_paid",
    ),
    (
        "the-value-of-one-benefit",
        "Ahli waris almarhum menerima santunan kematian, nilainya Rp42 juta.",
        "Rp42 juta",
        "benefit_amount",
    ),
    # Workers of several districts of the regency are the regency's; of one district, the district's
    (
        "workers-in-several-districts",
        "Pemkab Lahat mendaftarkan 5.000 petani kopi di Kecamatan Kikim, Pseksu, dan Gumay Talang.",
        "5.000",
        "participants",
    ),
    (
        "workers-in-one-district",
        "Pemkab Lahat mendaftarkan 500 petani kopi di Kecamatan Kikim sebagai peserta.",
        "500",
        None,
    ),
    # The latest rate over the target named after a percentage: the share of the target reached
    (
        "a-share-of-the-target-reached",
        "UCJ Kabupaten Lahat pada akhir 2024 tercatat 36,3 persen. Kepala Cabang menyebut capaian itu baru "
        "sekitar 66 persen dari target UCJ tahun ini, yakni 55 persen.",
        "66 persen",
        None,
    ),
    (
        "the-target-named-with-yakni",
        "UCJ Kabupaten Lahat pada akhir 2024 tercatat 36,3 persen. Kepala Cabang menyebut capaian itu baru "
        "sekitar 66 persen dari target UCJ tahun ini, yakni 55 persen.",
        "55 persen",
        "coverage_target_pct",
    ),
    (
        "a-rate-reached-against-its-target",
        "UCJ Kabupaten Lahat pada akhir 2024 tercatat 36,3 persen dari target 45,6 persen.",
        "36,3 persen",
        "coverage_pct",
    ),
    # A bare number under a hundred ending its clause after a rate is a rate, its sign left out
    (
        "a-rate-with-its-sign-left-out",
        '"UCJ Kabupaten Empat Lawang sudah 44,1 persen, kita masih di bawah 30," ujarnya.',
        "30",
        None,
    ),
    (
        "a-count-with-its-noun-after-a-rate",
        "UCJ Kabupaten Lahat sudah 44,1 persen, dan ada 30 peserta baru bulan ini.",
        "30",
        "participants_new",
    ),
    # What each received, times how many, is the sum paid out
    (
        "a-total-that-is-the-benefit-times-the-heirs",
        "Tahun lalu ada 12 ahli waris pekerja rentan di Lahat yang menerima santunan kematian, masing-masing "
        "Rp 42 juta. Jadi totalnya Rp 504 juta yang kembali ke masyarakat.",
        "Rp 504 juta",
        "claims_paid",
    ),
    (
        "a-total-that-is-not-the-benefit-times-the-heirs",
        "Tahun lalu ada 12 ahli waris pekerja rentan di Lahat yang menerima santunan kematian, masing-masing "
        "Rp 42 juta. Beasiswa pendidikan bagi anaknya bisa mencapai total Rp 174 juta.",
        "Rp 174 juta",
        "benefit_amount",
    ),
    # "menambahkan" is also a verb of saying
    (
        "a-verb-of-saying-adds-nothing",
        "Rahmat menambahkan capaian UCJ Lahat pada akhir 2024 tercatat 47,2 persen.",
        "47,2 persen",
        "coverage_pct",
    ),
    (
        "a-verb-of-saying-before-a-general-remark-adds-nothing",
        "Kepala cabang, Rahmat, menambahkan secara umum capaian UCJ Lahat baru 47,2 persen.",
        "47,2 persen",
        "coverage_pct",
    ),
    (
        "a-verb-of-saying-before-a-government-adds-nothing",
        "Ia menambahkan Pemkab Lahat tahun ini menanggung iuran 5.174 pekerja rentan.",
        "5.174",
        "participants",
    ),
    (
        "where-a-rate-started-after-the-points-it-rose",
        "Capaian UCJ Lahat naik 3,1 poin dari 27,4 persen pada Juni 2024.",
        "27,4 persen",
        "coverage_pct",
    ),
    (
        "how-many-of-a-group-of-workers-there-are",
        '"Ojol di Kabupaten Kaur jumlahnya kurang lebih 6.400 orang, tapi yang punya BPJS Ketenagakerjaan '
        'tidak sampai 900," kata Rudi.',
        "6.400",
        "workforce",
    ),
    (
        "how-many-participants-there-are",
        "Peserta di Kabupaten Kaur jumlahnya sekitar 6.400 orang.",
        "6.400",
        "participants",
    ),
    (
        "the-programmes-name-with-a-rate",
        "Jaminan sosial ketenagakerjaan di Lahat secara umum baru 27 persen.",
        "27 persen",
        "coverage_pct",
    ),
    (
        "the-programmes-premium-as-a-share-of-wages",
        "Iuran jaminan sosial ketenagakerjaan bagi pekerja di Lahat sebesar 0,54 persen dari upah.",
        "0,54 persen",
        None,
    ),
    (
        "a-scholarship-sum-for-more-children-than-one-claim",
        "Pada 2025 BPJS Ketenagakerjaan Lahat menyerahkan beasiswa untuk lima anak peserta senilai "
        "Rp96 juta.",
        "Rp96 juta",
        "claims_paid",
    ),
    (
        "a-count-with-lebih-before-its-noun",
        "Saat ini Pemkab Lahat menanggung iuran 1 juta lebih pekerja rentan melalui APBD.",
        "1 juta",
        "participants",
    ),
    (
        "adding-workers-is-a-change",
        "Pemkab Lahat menambahkan 5.174 pekerja rentan sebagai peserta BPJS Ketenagakerjaan.",
        "5.174",
        "participants_new",
    ),
    # Benefits paid to heirs counted before the amount are a sum paid out, unless to each
    (
        "benefits-paid-to-heirs-counted-before-the-amount",
        "Sepanjang tahun lalu BPJS Ketenagakerjaan membayarkan santunan kematian kepada 16 ahli waris "
        "pekerja rentan di Lahat dengan nilai Rp672 juta.",
        "Rp672 juta",
        "claims_paid",
    ),
    (
        "benefits-paid-to-each-of-heirs-counted-before",
        "Dua ahli waris pekerja rentan di Lahat masing-masing menerima santunan kematian Rp 42 juta.",
        "Rp 42 juta",
        "benefit_amount",
    ),
    # Benefits paid to people counted in words beside are a sum paid out
    (
        "a-total-paid-to-heirs-counted-in-words",
        "Tahun lalu ada tujuh ahli waris nelayan yang menerima santunan kematian, totalnya Rp294 juta.",
        "Rp294 juta",
        "claims_paid",
    ),
    (
        "one-heirs-benefit-beside-a-count-of-programmes-in-words",
        "Ahli waris almarhum menerima santunan dari dua program, yakni santunan kematian Rp42 juta.",
        "Rp42 juta",
        "benefit_amount",
    ),
    # Items listed right under a whole they add up to count what it counts
    (
        "items-listed-under-the-whole-they-add-up-to",
        "Peserta aktif Kabupaten Lahat: 58.200 orang\n  - Penerima upah: 41.300\n"
        "  - Bukan penerima upah: 15.100\n  - Jasa konstruksi: 1.800",
        "15.100",
        "participants",
    ),
    (
        "items-listed-under-a-whole-they-do-not-add-up-to",
        "Peserta aktif Kabupaten Lahat: 58.200 orang\n  - Penerima upah: 41.300\n"
        "  - Bukan penerima upah: 12.100\n  - Jasa konstruksi: 1.800",
        "12.100",
        None,
    ),
    # A row of a claims report: "N kasus / Rp X" is the sum paid on those cases
    (
        "an-amount-after-cases-and-a-slash",
        "Klaim BPJS Ketenagakerjaan Lahat 2025 (kasus / nilai manfaat):\n"
        "- Jaminan Hari Tua (JHT): 3.412 kasus / Rp61,2 miliar\n"
        "- Jaminan Kecelakaan Kerja (JKK): 904 kasus / Rp8,6 miliar",
        "Rp8,6 miliar",
        "claims_paid",
    ),
    # A count of workers restated as a share under 100 in words of enrolment is the part enrolled;
    # a "dari target" heads the target after it, not the rate restating what was reached.
    (
        "workforce-count-restated-as-a-share",
        "Sebanyak 310 badan usaha mendaftarkan pekerjanya, dengan jumlah tenaga kerja 8. 512 orang"
        " atau 38 persen.",
        "8. 512",
        "participants",
    ),
    (
        "workforce-whole-of-a-share",
        "Baru 4.100 pekerja terdaftar sebagai peserta dari total angkatan kerja 12.800 orang (32 persen).",
        "12.800",
        "workforce",
    ),
    (
        "workforce-share-of-residents",
        "Pekerja yang terdaftar bertambah, sementara jumlah tenaga kerja 52.000 orang atau 40 persen"
        " dari jumlah penduduk.",
        "52.000",
        "workforce",
    ),
    (
        "the-total-item-of-a-list-by-district-is-the-regencys",
        "Dinas merinci sebaran peserta per kecamatan sebagai berikut:\n\n- Merapi Barat: 640 orang\n"
        "- Pseksu: 310 orang\n- Total Kabupaten Lahat: 950 orang\n",
        "950",
        "participants",
    ),
    (
        "money-after-the-cases-of-an-item-and-a-bar",
        "Rincian santunan semester ini:\n- JKK: 87 kasus | Rp 1,1 M\n- JKM: 39 kasus | Rp1,64 M\n",
        "Rp1,64 M",
        "claims_paid",
    ),
    (
        "items-under-a-heading-in-capitals",
        "KEPESERTAAN\n- Peserta aktif: 64.300 orang\n- Penerima upah (PU): 41.870\n"
        "- Bukan penerima upah (BPU): 19.210\n- Jasa konstruksi: 3.220\n",
        "19.210",
        "participants",
    ),
    (
        "a-part-of-the-whole-named-again",
        "Menurut Kepala Dinas, jumlah pekerja yang ditanggung 6.200 orang per Mei 2025.\n\nDari 6.200"
        " peserta itu, 2.870 orang adalah nelayan tradisional. Sisanya petani dan buruh harian.",
        "2.870",
        "participants",
    ),
    (
        "the-participants-whose-heirs-were-paid",
        "Sepanjang semester I, ahli waris dari 17 peserta asal Lahat telah menerima santunan"
        " Jaminan Kematian.",
        "17",
        "claims_count",
    ),
    (
        "a-campaign-promise-is-a-target",
        "Calon bupati nomor urut 1 berjanji mendaftarkan 30 ribu pekerja rentan ke BPJS Ketenagakerjaan"
        " jika terpilih.",
        "30 ribu",
        "participants_target",
    ),
    (
        "a-month-column-takes-the-word-of-modality-of-its-lead-in",
        "Berikut rincian peserta BPU baru per bulan (orang):\n\nWilayah | Jan | Feb | Mar\n"
        "Kabupaten Lahat | 412 | 388 | 1.056\nKota Pagar Alam | 212 | 198 | 356\n",
        "388",
        "participants_new",
    ),
    (
        "a-cumulative-column-counts-participants",  # a guard
        "Dinas merinci perkembangan pendaftaran per bulan sebagai berikut:\n\n"
        "Bulan | Peserta baru | Kumulatif\nJuni | 1.250 | 1.250\nJuli | 2.340 | 3.590\n"
        "Agustus | 1.980 | 5.570\n",
        "3.590",
        "participants",
    ),
    (
        "a-rate-after-the-count-a-regency-pays-for",
        "Terdapat sekitar 11 ribu nelayan di Lahat. Tahun ini Pemkab menanggung iuran 4.200 nelayan, atau"
        " baru 38,2 persen dari jumlah tersebut.",
        "38,2 persen",
        "coverage_pct",
    ),
    (
        "workers-of-their-own-after-the-residents",
        "Kota berpenduduk sekitar 210 ribu jiwa itu memiliki kurang lebih 95 ribu pekerja.",
        "95 ribu",
        "workforce",
    ),
    (
        "another-group-even-larger",
        "Masih ada 3.100 nelayan tradisional di Lahat yang belum terlindungi. Jumlah nelayan pesisir"
        " bahkan lebih banyak, sekitar 4.800 orang.",
        "4.800",
        "uncovered",
    ),
    (
        "everyone-much-larger-guard",
        "Pemkab Lahat tahun ini menanggung iuran 4.200 pekerja rentan. Padahal jumlah pekerja di Lahat"
        " jauh lebih besar, sekitar 190 ribu orang.",
        "190 ribu",
        "workforce",
    ),
    # Past the paragraphs that name the programme, a budget is tied to it by its own sentence:
    # enrolling people there does; enrolment in the sentence before does too, unless the budget
    # names another purpose of its own ("Anggaran pelatihan").
    (
        "a-budget-in-a-sentence-enrolling-people",
        "Harga karet di Lahat turun sepekan terakhir.\n\nPasar kalangan tetap ramai.\n\n"
        "Pemkab akan mendaftarkan 1.500 petani karet lewat APBD Perubahan dengan pagu Rp310 juta.",
        "Rp310 juta",
        "budget",
    ),
    (
        "a-budget-after-a-sentence-enrolling-people",
        "Harga karet di Lahat turun sepekan terakhir.\n\nPasar kalangan tetap ramai.\n\n"
        "Tahun ini 1.500 calon pekerja migran dilatih dan didaftarkan sebelum berangkat. Anggaran "
        "pelatihan disiapkan Rp900 juta.",
        "Rp900 juta",
        None,
    ),
    (
        "a-budget-beside-a-plan-to-enrol-more",
        "Harga karet di Lahat turun sepekan terakhir.\n\nPasar kalangan tetap ramai.\n\n"
        "Untuk 2026 desa diminta memperluas kepesertaan kepada ketua RT. Sasarannya 900 orang, dengan "
        "anggaran dalam APBDes sekitar Rp180 juta.",
        "Rp180 juta",
        "budget",
    ),
    (
        "money-for-workers-added-in-the-revised-budget",
        "Pada APBD-P 2025, Pemkab Lahat menambah Rp420 juta untuk 6.250 pekerja rentan tambahan.",
        "Rp420 juta",
        "budget",
    ),
    (
        "money-its-budget-put-into-the-purse",
        "Pemkab Lahat menanggung iuran 4.300 pekerja rentan. Anggarannya sudah masuk APBD murni, "
        "Rp 1,37 miliar.",
        "Rp 1,37 miliar",
        "budget",
    ),
    (
        "a-level-before-dan-and-a-plan-to-raise-it",
        "Cakupan di Lahat saat ini 38,2 persen dan ditargetkan naik menjadi 45 persen pada akhir tahun.",
        "38,2 persen",
        "coverage_pct",
    ),
    (
        "two-counts-one-plan-joined-by-dan",
        "Pemkab Lahat menargetkan 5.000 pekerja rentan dan 2.000 nelayan terdaftar tahun ini.",
        "2.000",
        "participants_target",
    ),
    (
        "a-large-count-in-words-is-read-by-its-cues",
        '"Pekerja di Lahat kira-kira 160 ribu, yang terdaftar sekitar delapan puluh empat ribu," katanya.',
        "delapan puluh empat ribu",
        "participants",
    ),
    (
        "workers-counted-in-answer-to-a-question-of-the-uncovered",
        "Berapa yang masih belum terlindungi di Lahat?\n\nMasih ada sekitar 85 ribu pekerja. "
        "Mayoritas petani.",
        "85 ribu",
        "uncovered",
    ),
    (
        "workers-said-to-exist-are-the-workforce",
        "Di Lahat masih ada sekitar 85 ribu pekerja informal. Mayoritas petani.",
        "85 ribu",
        "workforce",
    ),
    (
        "the-standard-death-benefit-to-several-heirs-is-each-ones",
        "Bupati menyerahkan santunan Jaminan Kematian Rp42 juta kepada enam ahli waris di Lahat.",
        "Rp42 juta",
        "benefit_amount",
    ),
    (
        "another-sum-to-several-heirs-is-paid-out",
        "BPJS Ketenagakerjaan membayar klaim Rp252 juta kepada enam ahli waris di Lahat.",
        "Rp252 juta",
        "claims_paid",
    ),
    (
        "participants-children-receiving-scholarships",
        "Tahun ini sudah ada 14 anak peserta di Lahat yang menerima beasiswa.",
        "14",
        "claims_count",
    ),
    (
        "a-year-said-in-words",
        "Iuran mereka dibayar dari APBD Lahat tahun dua ribu dua puluh lima untuk pekerja rentan.",
        "dua ribu dua puluh lima",
        None,
    ),
    (
        "a-number-in-words-inside-a-name",
        "Di Kota Sejuta Angkot, sebutan warga untuk Lahat, banyak sopir belum terdaftar.",
        "Sejuta",
        None,
    ),
    (
        "what-a-planned-addition-comes-to-is-planned",
        "Tahun ini kami usulkan tambah 2.500 orang, sehingga totalnya sekitar 6.800 peserta.",
        "6.800",
        "participants_target",
    ),
    (
        "what-an-addition-made-came-to-is-reached",
        "Tahun lalu Pemkab Lahat menambah 2.500 peserta, sehingga totalnya menjadi 6.800 orang.",
        "6.800",
        "participants",
    ),
    (
        "heirs-after-each-ones-benefit-in-words",
        "Bulan lalu Pemkab Lahat menyerahkan santunan kematian masing-masing Rp 42 juta kepada empat "
        "ahli waris.",
        "empat",
        "claims_count",
    ),
    (
        "a-minimum-for-each-village-in-words",
        "Setiap desa di Lahat wajib mendaftarkan minimal lima pekerja rentan.",
        "lima",
        None,
    ),
    (
        "additions-restating-a-target-are-planned",
        "Bupati memasang target cakupan 38 persen pada akhir tahun ini, atau tambahan sekitar 9.500 peserta.",
        "9.500",
        "participants_target",
    ),
    (
        "additions-restating-a-growth-are-new",
        "Peserta di Lahat naik 12 persen sepanjang tahun ini, atau tambahan sekitar 1.900 peserta.",
        "1.900",
        "participants_new",
    ),
    (
        "a-target-after-a-share-restated-with-setara",
        "Peserta di Lahat per Mei 2025 tercatat 63.800 orang. Realisasi itu setara 87 persen dari target "
        "Pemkab tahun ini sebesar 73.300 peserta.",
        "73.300",
        "participants_target",
    ),
    # The rate after the target is the coverage rate, unless it works out as the count over the
    # target (then it is the share of the target reached: tests/test_facts.py).
    (
        "rate-after-dari-target-figure",
        "Kepesertaan hingga Mei 2025 baru 7.000 orang dari target 20.000 orang atau sebesar 23,8 persen.",
        "23,8 persen",
        "coverage_pct",
    ),
]


@pytest.mark.parametrize(
    "body, quote, metric", [c[1:] for c in WHAT_IT_COUNTS], ids=[c[0] for c in WHAT_IT_COUNTS]
)
def test_what_a_figure_counts(nlp, body, quote, metric):
    assert metric_of(nlp, body, quote) == metric


SERIES = [
    # Items that point back to the figure before take its metric, even when that figure was for
    # several regions together.
    (
        "items-of-a-region-sum",
        "Tiga kabupaten di Sumatera Selatan kini menanggung iuran BPJS Ketenagakerjaan 9.300 pekerja "
        "rentan. Tiga kabupaten yang dimaksud yaitu Lahat sebanyak 4.100 pekerja, Muara Enim 3.200 "
        "pekerja dan Empat Lawang 2.000 pekerja.",
        "3.200",
        ("Kabupaten Muara Enim", "participants"),
    ),
    (
        "a-parallel-item-after-sedangkan",
        "Di Kabupaten Lahat, JHT yang sudah terbayarkan ada 4.300 orang. Sedangkan JKK ada 210 orang.",
        "210",
        ("Kabupaten Lahat", "claims_count"),
    ),
    (
        "spread-over-regions",
        "Potensi pekerja rentan di Sumatera Selatan mencapai 90.000 orang. Jumlah itu tersebar di "
        "Lahat 21.000 orang, Muara Enim 30.000 orang dan Empat Lawang 39.000 orang.",
        "30.000",
        ("Kabupaten Muara Enim", "workforce"),
    ),
    (
        "a-speaker-title-is-no-region",
        "BPJS Ketenagakerjaan mencatat 12.400 pekerja di Kota Lubuklinggau telah menjadi peserta. "
        "Perwakilan BPJS Ketenagakerjaan Sumatera Selatan Budi di Palembang menyebut peserta itu "
        "terdiri dari 8.300 penerima upah dan 4.100 bukan penerima upah.",
        "8.300",
        ("Kota Lubuk Linggau", "participants"),
    ),
    (
        "split-by-region-in-an-answer",
        "Kantor BPJS Ketenagakerjaan Bima melayani dua daerah. Hingga Juni, peserta aktif di wilayah kerja "
        "kami 80.400 orang. Itu gabungan Kabupaten Bima dan "
        "Kota Bima. Kalau dipisah, Kabupaten Bima 51.200 orang dan Kota Bima 29.200 orang.",
        "29.200",
        ("Kota Bima", "participants"),
    ),
    (
        "the-most-of-them-from-a-region",
        "Kantor BPJS Ketenagakerjaan Bima melayani dua daerah. Ada 5.100 peserta baru di Kabupaten Bima "
        "dan Kota Bima sejak Januari. Paling banyak dari "
        "Kota Bima, sekitar 3.000 orang.",
        "3.000",
        ("Kota Bima", "participants_new"),
    ),
    (
        "where-a-rate-rose-from",
        "Cakupan BPJS Ketenagakerjaan Kabupaten Bima kini 34,6 persen.\n\nPeserta aktif per akhir September "
        'baru 81.200 orang.\n\n"Triwulan ini kami naik dari 32,9 persen di semester I menjadi 34,6 persen," '
        "kata Kepala Disnaker.",
        "32,9 persen",
        ("Kabupaten Bima", "coverage_pct"),
    ),
    (
        "a-later-target-dated-ahead",
        "Cakupan BPJS Ketenagakerjaan Kabupaten Bima kini 31 persen. Kabupaten Bima kami dorong ke 38 persen "
        "pada Desember nanti. Untuk 2027, minimal 45 persen.",
        "45 persen",
        ("Kabupaten Bima", "coverage_target_pct"),
    ),
]


@pytest.mark.parametrize("body, quote, expected", [c[1:] for c in SERIES], ids=[c[0] for c in SERIES])
def test_a_series_continues_what_its_lead_counted(nlp, body, quote, expected):
    decision = decision_for(nlp, body, quote, lead="")
    assert decision.fact is not None, decision.reason
    assert (decision.fact.region, decision.fact.metric) == expected


# --- Whose figure --------------------------------------------------------------------------------

WHOSE = [
    (
        "parts-of-a-whole-an-office-breaks-down-are-of-its-region",
        "Jamsostek di Kabupaten Lahat\n\nPeserta BPJS Ketenagakerjaan di Kabupaten Lahat per Agustus "
        "tercatat 28.400 orang.\n\nKepala Bidang Kepesertaan BPJS Ketenagakerjaan Cabang Muara Enim "
        "Hendra di Muara Enim, Senin, mengatakan angka tersebut terdiri atas 20.100 peserta penerima upah "
        "dan 8.300 peserta bukan penerima upah.",
        "8.300",
        "Kabupaten Lahat",
    ),
    (
        "a-government-alone-after-a-list-of-regions-is-the-storys",
        "Jamsostek di Kabupaten Lahat\n\nPemkab Lahat menanggung iuran 4.000 pekerja rentan. Program serupa"
        " berjalan di Muara Enim, Empat Lawang dan Ogan Ilir. Pada kesempatan itu, Bupati juga menyerahkan"
        " santunan kepada tiga ahli waris peserta.",
        "tiga",
        "Kabupaten Lahat",
    ),
    (
        "a-list-item-naming-its-purse-still-counts-what-its-heading-says",
        "Jamsostek di Sumatera Selatan\n\nPEKERJA RENTAN DITANGGUNG PEMERINTAH DAERAH\n"
        "• Pemkab Lahat: 4.100 orang (APBD 2025)\n• Pemkab Muara Enim: 2.600 orang\n",
        "4.100",
        "Kabupaten Lahat",
    ),
    (
        "a-row-of-a-table-pasted-with-semicolons",
        "Jamsostek di Sumatera Selatan\n\nBerikut rekap yang diterima redaksi:\n\n"
        "Kabupaten;Angkatan Kerja;Peserta Aktif;UCJ (%)\nLahat;71.540;13.020;18,2\n"
        "Muara Enim;82.300;21.070;25,6\nJumlah;153.840;34.090;22,2\n",
        "21.070",
        "Kabupaten Muara Enim",
    ),
    (
        "a-branchs-whole-service-area-is-no-one-region",
        "Jamsostek di Kabupaten Lahat\n\nPemkab Lahat menanggung iuran 4.000 pekerja rentan. Kalau seluruh"
        " wilayah layanan, kantor cabang membayar klaim JHT sekitar 9 ribu kasus tahun lalu.",
        "9 ribu",
        None,
    ),
    (
        "the-total-row-of-a-table-of-regions-is-none-of-them",
        "Jamsostek di Kabupaten Lahat\n\nBPJS Ketenagakerjaan Cabang Lahat merilis data peserta aktif:\n\n"
        "Wilayah            Des 2024    Jun 2025\n"
        "Kabupaten Lahat      61.200      63.950\n"
        "Kota Pagar Alam      18.400      19.020\n"
        "Total Cabang         79.600      82.970\n",
        "82.970",
        None,
    ),
    (
        "a-row-of-a-table-of-regions-is-its-own",
        "Jamsostek di Kabupaten Lahat\n\nBPJS Ketenagakerjaan Cabang Lahat merilis data peserta aktif:\n\n"
        "Wilayah            Des 2024    Jun 2025\n"
        "Kabupaten Lahat      61.200      63.950\n"
        "Kota Pagar Alam      18.400      19.020\n"
        "Total Cabang         79.600      82.970\n",
        "19.020",
        "Kota Pagar Alam",
    ),
    (
        "a-province-named-only-as-where-a-word-is-used-places-nothing",
        "Jamsostek di Kabupaten Agam\n\nNagari-nagari di Kabupaten Agam ikut membiayai iuran. Melalui dana "
        "desa, yang di Sumatera Barat disebut dana nagari, sebanyak 2.140 pekerja rentan telah terdaftar.",
        "2.140",
        "Kabupaten Agam",
    ),
    (
        "a-branch-serving-regions-counted-in-a-province-gives-its-figure-to-none",
        "Jamsostek di Kabupaten Lahat\n\nPemkab Lahat menanggung iuran 4.000 pekerja rentan. Cabang Lahat "
        "sendiri melayani lima kabupaten/kota di Sumatera Selatan dengan total 318 klaim JKM pada periode "
        "yang sama.",
        "318",
        None,
    ),
    (
        "di-kabupaten-after-twins-named-is-the-regency",
        "Jamsostek Madiun\n\nPeserta aktif di Kota Madiun dan Kabupaten Madiun masing-masing 60.120 orang "
        "dan 125.300 orang. Dengan angkatan kerja 98.000 orang di kota dan sekitar 412 ribu orang di "
        "kabupaten, capaian UCJ keduanya masing-masing 61,2 persen dan 30,4 persen.",
        "412 ribu",
        "Kabupaten Madiun",
    ),
    (
        "figures-after-masing-masing-follow-regions-named-one-by-one",
        "Jamsostek Madiun\n\nPeserta aktif di Kota Madiun dan Kabupaten Madiun masing-masing 60.120 orang "
        "dan 125.300 orang. Dengan angkatan kerja 98.000 orang di kota dan sekitar 412 ribu orang di "
        "kabupaten, capaian UCJ keduanya masing-masing 61,2 persen dan 30,4 persen.",
        "61,2 persen",
        "Kota Madiun",
    ),
    (
        "di-kota-in-a-twins-story-is-the-twin-city-not-another",
        "Jamsostek Solok\n\nPeserta dari Kota Solok dan Kabupaten Solok dilayani kantor cabang yang sama. "
        "Pekerja yang merantau ke Kota Padang tidak dihitung. Yang di kabupaten 46.920 peserta, di kota "
        "17.850 peserta.",
        "17.850",
        "Kota Solok",
    ),
    (
        "a-region-named-as-an-example-is-not-what-an-op-ed-is-about",
        "Opini: Pekerja Informal\n\nSecara nasional, cakupan kepesertaan baru 29 persen. Pemkab Jember, "
        "misalnya, pada 2024 menanggung iuran 20.000 pekerja rentan. Bila peserta meninggal, ahli warisnya "
        "berhak atas santunan Rp42 juta.",
        "Rp42 juta",
        "Indonesia",
    ),
    (
        "a-region-named-as-an-example-keeps-its-own-figure",
        "Opini: Pekerja Informal\n\nSecara nasional, cakupan kepesertaan baru 29 persen. Pemkab Jember, "
        "misalnya, pada 2024 menanggung iuran 20.000 pekerja rentan.",
        "20.000",
        "Kabupaten Jember",
    ),
    (
        "a-region-inside-a-company-name-names-the-company",
        "Jamsostek di Kabupaten Agam\n\nDi Kabupaten Agam, PT Sumber Padang Lestari mendaftarkan 1.250 "
        "pekerja kebun sebagai peserta BPJS Ketenagakerjaan.",
        "1.250",
        "Kabupaten Agam",
    ),
    (
        "a-regency-placed-in-its-province-with-di-keeps-its-figure",
        "Jamsostek di Jawa Tengah\n\nSebagai perbandingan, Kabupaten Blora di Jawa Tengah baru mencatat UCJ "
        "21,3 persen.",
        "21,3 persen",
        "Kabupaten Blora",
    ),
    (
        "a-regency-placed-in-a-neighbouring-province-keeps-its-figure",
        "Jamsostek di Jambi\n\nPemprov Jambi menargetkan UCJ 50 persen. Sebagai perbandingan, Kabupaten "
        "Musi Rawas di provinsi tetangga, Sumatera Selatan, mencatat UCJ 28,4 persen.",
        "28,4 persen",
        "Kabupaten Musi Rawas",
    ),
    (
        "a-region-inside-an-apposition-only-describes-the-region-before-it",
        "Jamsostek di Sumatera Barat\n\nKabupaten Padang Pariaman, kabupaten yang mengapit Kota Pariaman, "
        "pada 2024 mencatat UCJ 26,1 persen.",
        "26,1 persen",
        "Kabupaten Padang Pariaman",
    ),
    (
        "a-region-a-speaker-compares-with-is-not-what-the-next-sentence-is-about",
        "DPRD Kabupaten Bantul membahas perlindungan pekerja rentan.\n\nKetua komisi membandingkan dengan "
        "Sleman yang tahun ini menanggung iuran 12.000 pekerja. Komisi meminta kuota 2026 dinaikkan menjadi "
        "15 ribu orang.",
        "15 ribu",
        "Kabupaten Bantul",
    ),
    (
        "a-regencys-epithet-names-it-beside-its-twin-city",
        "Jamsostek Bogor Raya\n\nUCJ Kota Bogor 48 persen. Di Bumi Tegar Beriman, peserta aktif tercatat "
        "640.200 orang.",
        "640.200",
        "Kabupaten Bogor",
    ),
    (
        "an-outlet-named-after-a-province-in-a-speaker-label-is-no-subject",
        "Wawancara dengan Kadisnaker Lahat\n\nSUMSEL KINI: Berapa peserta BPJS Ketenagakerjaan di Lahat "
        "sekarang?\n\nBUDI SANTOSO: Sekarang peserta aktif kita 8.430 orang.\n\nSUMSEL KINI: Berapa "
        "persen dari seluruh pekerja?\n\nBUDI SANTOSO: UCJ kita 31,2 persen.",
        "31,2 persen",
        "Kabupaten Lahat",
    ),
    (
        "a-city-described-as-the-centre-of-a-province-keeps-its-figure",
        "Jamsostek di Banten\n\nKota Cilegon sebagai pusat industri di Banten mencatat 95 ribu peserta aktif "
        "BPJS Ketenagakerjaan per Juni 2025.",
        "95 ribu",
        "Kota Cilegon",
    ),
    (
        "a-sea-named-after-an-island-is-no-region",
        "Nelayan Buru\n\nTahun lalu ahli waris dua nelayan asal Kabupaten Buru yang hilang di Laut Seram "
        "masing-masing menerima santunan BPJS Ketenagakerjaan Rp42 juta.",
        "Rp42 juta",
        "Kabupaten Buru",
    ),
    (
        "an-offices-area-in-brackets-is-no-subject-of-the-next-list",
        "Santunan di Lahat\n\nHadir dalam acara:\n- Bupati Lahat, Budi Santoso\n- Kepala BPJS "
        "Ketenagakerjaan Cabang Tanjung Enim, Andi (wilayah kerja Kabupaten Lahat, Muara Enim dan PALI)"
        "\n\nData kegiatan:\n- Pekerja rentan yang iurannya ditanggung APBD: 7.500 orang",
        "7.500",
        "Kabupaten Lahat",
    ),
    (
        "a-bounded-count-of-two-regions-is-their-sum",
        "Iuran di Madiun\n\nPemkot Madiun dan Pemkab Ngawi tahun ini menanggung iuran BPJS Ketenagakerjaan "
        "bagi lebih dari 18 ribu pekerja rentan di wilayah masing-masing.",
        "18 ribu",
        None,
    ),
    (
        "a-neighbour-compared-keeps-its-own-rate",
        "Cakupan Jamsostek di Lahat\n\nCakupan BPJS Ketenagakerjaan ojol di Lahat baru 37 persen. Ini jauh "
        "lebih rendah dibanding Kota Prabumulih yang sudah menyentuh 44 persen.",
        "44 persen",
        "Kota Prabumulih",
    ),
    (
        "an-amount-paid-to-people-of-a-branch-area",
        "Klaim di Lahat\n\nBPJS Ketenagakerjaan Cabang Tanjung Enim sepanjang 2024 membayarkan klaim "
        "Rp 96,4 miliar kepada 8.870 peserta di wilayah kerjanya, yang meliputi Kabupaten Lahat dan "
        "Kabupaten Muara Enim.",
        "Rp 96,4 miliar",
        None,
    ),
    (
        "a-national-figure-pointed-back-to",
        "Pemkab Lahat Kejar Cakupan Jamsostek\n\nSecara nasional cakupan kepesertaan BPJS Ketenagakerjaan "
        "pada 2023 baru 37,2 persen. "
        "Pemerintah pusat menargetkan angka tersebut naik menjadi 44 persen pada 2025.",
        "44 persen",
        "Indonesia",
    ),
    (
        "a-national-comparison-then-the-story-region",
        "Pemkab Lahat Kejar Cakupan Jamsostek\n\nCakupan BPJS Ketenagakerjaan Lahat di bawah rata-rata "
        "nasional 37,2 persen. Pemkab "
        "menargetkan 44 persen pada 2025.",
        "44 persen",
        "Kabupaten Lahat",
    ),
    (
        "a-region-after-a-bracketed-aside",
        "Pemprov Sumsel Lindungi Pekerja\n\nSepanjang 2024 tercatat 52 klaim kematian dari peserta bukan "
        "penerima upah (BPU) di Lahat.",
        "52",
        "Kabupaten Lahat",
    ),
    (
        "a-government-that-gives-is-not-what-follows",
        "Pemkab Lahat Lindungi Pekerja Rentan\n\nPemkab Lahat mengalokasikan APBD untuk 6 ribu pekerja "
        "rentan agar menjadi peserta BPJS Ketenagakerjaan.\n\nDitambah 2 ribu jiwa dari Pemprov Sumsel. "
        "Jadi totalnya 8.000 jiwa.",
        "8.000",
        "Kabupaten Lahat",
    ),
    (
        "a-bank-named-after-two-provinces-is-no-place",
        "Pemprov Jambi mendorong perusahaan di Jambi membantu pekerja rentan. Seperti yang dilakukan "
        "Bank Riau Kepri terhadap 20.000 pekerja rentan BPJS Ketenagakerjaan di wilayah itu.",
        "20.000",
        "Provinsi Jambi",
    ),
    (
        "that-regency-after-a-branch-named-for-it",
        "Kepala BPJS Ketenagakerjaan Pangkep menyebut jumlah pekerja di kabupaten itu 182 ribu orang.",
        "182 ribu",
        "Kabupaten Pangkajene dan Kepulauan",
    ),
    (
        "the-capital-of-that-province",
        "Yang paling disorot adalah Kota Medan. Capaian UCJ ibu kota provinsi itu baru 24,1 persen.",
        "24,1 persen",
        "Kota Medan",
    ),
    (
        "a-place-joined-after-opens-the-next-item",
        "Data BPJS Ketenagakerjaan: pekerja di Kabupaten Lahat yang belum mendaftar sebanyak 8.100 orang "
        "dan di Kota Pagar Alam yang belum terdaftar 1.200 orang.",
        "8.100",
        "Kabupaten Lahat",
    ),
    (
        "the-storys-own-branch",
        "PANGKEP - BPJS Ketenagakerjaan Cabang Pangkep sudah membayarkan jaminan kepada 2.140 orang "
        "sepanjang 2024.",
        "2.140",
        "Kabupaten Pangkajene dan Kepulauan",
    ),
    (
        "a-national-story-copied-without-its-headline",
        "JAKARTA, WARTAKITA.id - Direktur Utama BPJS Ketenagakerjaan menyebut peserta aktif hingga "
        "akhir Mei mencapai 41,2 juta orang. Target tahun ini 45 juta peserta.",
        "41,2 juta",
        "Indonesia",
    ),
    (
        "no-region-named-at-all",
        "Menteri Ketenagakerjaan mengatakan jumlah peserta aktif BPJS Ketenagakerjaan yang membayar "
        "iuran bulan lalu mencapai 38,5 juta orang.",
        "38,5 juta",
        "Indonesia",
    ),
    (
        "a-source-credit-names-no-subject",
        "Direktur Utama BPJS Ketenagakerjaan menyebut peserta aktif akhir tahun ini 36 juta orang.\n"
        "(Humas Pemprov Sulsel/Beritaku.id)",
        "36 juta",
        "Indonesia",
    ),
    (
        "every-province-is-the-nation",
        "Direktur BPJS Ketenagakerjaan menyebut 1,4 juta pekerja rentan yang iurannya dibayar pemda di "
        "38 provinsi sudah terdaftar.",
        "1,4 juta",
        "Indonesia",
    ),
    (
        "too-many-for-any-province",
        "Kepala Kanwil BPJS Ketenagakerjaan Sumbagsel Andi mengatakan di Palembang, Kabupaten Lahat "
        "menyumbang banyak peserta baru. Pihaknya ikut mengejar target melindungi 70 juta pekerja pada "
        "2029.",
        "70 juta",
        "Indonesia",
    ),
    (
        "a-province-office-and-a-city-dateline",
        "SURABAYA | warta.co – Kantor Wilayah BPJS Ketenagakerjaan Jawa Timur mencatat peserta aktif "
        "hingga akhir Oktober sebanyak 3,9 juta orang, kata Kepala Kanwil.",
        "3,9 juta",
        "Provinsi Jawa Timur",
    ),
    (
        "a-name-run-together",
        "Pemkab menanggung iuran BPJS Ketenagakerjaan 3.100 nelayan di TanjungJabung Timur.",
        "3.100",
        "Kabupaten Tanjung Jabung Timur",
    ),
    (
        "a-name-with-a-typing-error",
        "Cakupan BPJS Ketenagakerjaan Kabupaten Bone Boalngo sudah di atas 60 persen.",
        "60 persen",
        "Kabupaten Bone Bolango",
    ),
    (
        "a-dateline-without-spaces",
        "BISNIS.COM, MEDAN—Kanwil BPJS Ketenagakerjaan Sumatera Utara menargetkan 560.000 peserta dari "
        "total 1,6 juta pekerja di provinsi itu.",
        "560.000",
        "Provinsi Sumatera Utara",
    ),
    (
        "an-agency-dateline-names-no-subject",
        "Ambon (ANTARA) - Pemerintah Provinsi Maluku mendaftarkan 4.200 nelayan menjadi peserta BPJS "
        "Ketenagakerjaan.",
        "4.200",
        "Provinsi Maluku",
    ),
    (
        "a-sum-over-the-regions-listed-before",
        "Santunan BPJS Ketenagakerjaan di Sumatera Selatan\n\nDari Kabupaten Lahat, ahli waris pekerja "
        "menerima santunan Rp 42 juta.\n\nDari Kabupaten Muara Enim, ahli waris nelayan menerima santunan "
        "Rp 85 juta.\n\nTotal santunan yang diserahkan hari itu Rp 127 juta.",
        "Rp 127 juta",
        None,
    ),
    (
        "not-the-province-it-was-split-from",
        "Jamsostek di Papua Selatan\n\nProvinsi Papua Selatan, yang dimekarkan dari Provinsi Papua pada "
        "2022, mencatat cakupan BPJS Ketenagakerjaan 19,4 persen.",
        "19,4 persen",
        "Provinsi Papua Selatan",
    ),
    (
        "not-the-capital-it-is-seated-in",
        "Jamsostek di Sulawesi Barat\n\nProvinsi Sulawesi Barat yang beribu kota di Mamuju mencatat "
        "cakupan BPJS Ketenagakerjaan 27,2 persen.",
        "27,2 persen",
        "Provinsi Sulawesi Barat",
    ),
    (
        "a-province-then-one-of-its-cities",
        "Jamsostek di Maluku Utara\n\nDari sepuluh kabupaten dan kota di Maluku Utara, Kota Ternate "
        "mencatat peserta BPJS Ketenagakerjaan terbanyak, yakni 41.380 orang.",
        "41.380",
        "Kota Ternate",
    ),
    (
        "a-neighbour-a-region-borders",
        "Cakupan BPJS Ketenagakerjaan Kota Cilegon 64 persen. Sebagai pembanding, Kabupaten Serang yang "
        "bertetangga dengan Cilegon mencatat cakupan 33,1 persen.",
        "33,1 persen",
        "Kabupaten Serang",
    ),
    (
        "a-relative-clause-with-a-comma-after-a-region-compared-with",
        "Cakupan BPJS Ketenagakerjaan Kota Pontianak lebih maju dibanding Kabupaten Kubu Raya yang "
        "mengelilinginya, yang cakupannya baru 31,5 persen.",
        "31,5 persen",
        "Kabupaten Kubu Raya",
    ),
    (
        "regions-left-out-together",
        "Kantor Cabang Tual melayani Kota Tual, Kabupaten Maluku Tenggara, dan Kabupaten Kepulauan Aru. "
        "Khusus Aru, tidak termasuk Tual dan Malra, peserta aktif BPJS Ketenagakerjaan 7.915 orang.",
        "7.915",
        "Kabupaten Kepulauan Aru",
    ),
    # A sentence that names a branch serving several regions, then places its figure in one of
    # them, spoke of that one: the next sentence's part of it is that region's.
    (
        "a-part-after-a-branchs-region",
        "Kabupaten Sikka\n\nMAUMERE – Kepala BPJS Ketenagakerjaan Cabang Maumere, yang wilayah kerjanya "
        "meliputi Sikka, Ende, dan Flores Timur, menyebut peserta aktif di Sikka per Mei 2025 tercatat "
        "9.870 orang. Kurang lebih 2.100 di antaranya pekerja bukan penerima upah.",
        "2.100",
        "Kabupaten Sikka",
    ),
    # "masing-masing" gives a list's figures in order up to the end of its clause; a region
    # named after "karena" (or another clause break) is not where the figure's workers are.
    (
        "a-list-of-each-ends-with-its-clause",
        "Hingga Juni 2025, pekerja rentan yang terdaftar BPJS Ketenagakerjaan di Kabupaten Alor, Lembata, "
        "dan Rote Ndao masing-masing 3.100 orang, 2.400 orang, dan 1.900 orang, sedangkan Sabu Raijua "
        "baru 800 orang.",
        "2.400",
        "Kabupaten Lembata",
    ),
    (
        "a-group-after-because",
        "Cakupan BPJS Ketenagakerjaan di Alor masih 18 persen karena banyak warganya merantau ke "
        "Malaysia dan Kalimantan.",
        "18 persen",
        "Kabupaten Alor",
    ),
    # A clause "yang" opens right after "pertama di X" (no comma) describes what is first in X.
    (
        "the-first-in-a-province-that",
        "Pemkot Metro ingin menjadi kota pertama di Lampung yang cakupan BPJS Ketenagakerjaannya di atas "
        "50 persen pada 2027.",
        "50 persen",
        "Kota Metro",
    ),
    # A region ranked within another only places it; a relative clause after it gives it its own.
    (
        "a-province-a-regency-is-ranked-in",
        "Hingga Juni 2025, cakupan BPJS Ketenagakerjaan Kabupaten Grobogan, kabupaten terluas di "
        "Jawa Tengah itu, mencapai 29,4 persen.",
        "29,4 persen",
        "Kabupaten Grobogan",
    ),
    (
        "ranked-highest-in-a-province",
        "Cakupan BPJS Ketenagakerjaan Kota Cilegon kini 64 persen, tertinggi di Banten.",
        "64 persen",
        "Kota Cilegon",
    ),
    (
        "a-relative-clause-after-a-province-compared-with",
        "Cakupan BPJS Ketenagakerjaan Kabupaten Grobogan baru 29 persen, terendah di Jawa Tengah, yang "
        "rata-rata cakupannya pada Juni 2025 sebesar 44 persen.",
        "44 persen",
        "Provinsi Jawa Tengah",
    ),
    # "ibu kota Provinsi X": the city seated there, not the province
    (
        "the-capital-of-a-province",
        "Kota Jambi menambah peserta BPJS Ketenagakerjaan. Menurut dia, angkatan kerja di ibu kota "
        "Provinsi Jambi itu sekitar 310 ribu orang.",
        "310 ribu",
        "Kota Jambi",
    ),
    # The government paying for the people counted, named after them, is their region
    (
        "the-government-paying-for-the-people-counted",
        'Kota Lubuklinggau menambah kuota. "Kabupaten Musi Rawas di posisi kedua," ujarnya. Santunan '
        "dibayarkan kepada 17 ahli waris pekerja rentan yang iurannya ditanggung Pemkot Lubuklinggau.",
        "17",
        "Kota Lubuk Linggau",
    ),
    # "paling sedikit di X": a ranking within X only places the region ranked
    (
        "a-region-ranked-within-a-province",
        "Kabupaten Tana Tidung, kabupaten dengan penduduk paling sedikit di Kalimantan Utara, mencatat "
        "7.900 peserta BPJS Ketenagakerjaan.",
        "7.900",
        "Kabupaten Tana Tidung",
    ),
    # The province paying a premium named after it ("dibayarkan Pemprov") is the premium's region
    (
        "a-premium-paid-by-the-province",
        "Kota Administrasi Jakarta Utara mencatat banyak nelayan. Iuran Rp 16.800 per orang per bulan "
        "untuk BPJS Ketenagakerjaan dibayarkan Pemprov melalui APBD.",
        "Rp 16.800",
        "Provinsi Daerah Khusus Ibukota Jakarta",
    ),
    # A region a place was split from, or was part of, only places it
    (
        "the-regency-a-new-one-was-split-from",
        "Cakupan di Lampung\n\nSebagai pembanding, Kabupaten Tulang Bawang Barat (Tubaba) yang merupakan "
        "daerah pemekaran Tuba sudah mencapai 31 persen UCJ BPJS Ketenagakerjaan.",
        "31 persen",
        "Kabupaten Tulang Bawang Barat",
    ),
    (
        "the-region-a-regency-was-part-of",
        "Cakupan di Pesisir Barat\n\nPada 2012, ketika Pesisir Barat masih bagian dari Kabupaten Lampung "
        "Barat, cakupan BPJS Ketenagakerjaan di sana baru 9,5 persen.",
        "9,5 persen",
        "Kabupaten Pesisir Barat",
    ),
    # A region a figure is below or above is compared with: its own figure only is its
    (
        "a-plan-after-a-region-below-which-the-story-stands",
        "Cakupan di Belitung Timur\n\nPemkab Belitung Timur (Beltim) mendaftarkan 4.000 nelayan sebagai "
        "peserta BPJS Ketenagakerjaan. UCJ Beltim kini sekitar 40 persen, di bawah Kabupaten Belitung yang "
        "45 persen, dan tahun depan Pemkab menargetkan tambahan 1.500 pekerja.",
        "1.500",
        "Kabupaten Belitung Timur",
    ),
    (
        "the-rate-of-the-region-below-which-the-story-stands",
        "Cakupan di Belitung Timur\n\nPemkab Belitung Timur (Beltim) mendaftarkan 4.000 nelayan sebagai "
        "peserta BPJS Ketenagakerjaan. UCJ Beltim kini sekitar 40 persen, di bawah Kabupaten Belitung yang "
        "45 persen, dan tahun depan Pemkab menargetkan tambahan 1.500 pekerja.",
        "45 persen",
        "Kabupaten Belitung",
    ),
    (
        "a-neighbour-in-apposition-keeps-its-rate",
        "Cakupan di Mempawah\n\nUCJ BPJS Ketenagakerjaan Kabupaten Mempawah 35 persen, masih di bawah Kota "
        "Pontianak, tetangganya, yang sudah mencapai 58 persen.",
        "58 persen",
        "Kota Pontianak",
    ),
    # A region after a count and its value places both
    (
        "a-region-after-a-count-and-its-value",
        "Klaim di Gorontalo\n\nBPJS Ketenagakerjaan Cabang Gorontalo melayani Kota Gorontalo dan Kabupaten "
        "Gorontalo.\n\nSepanjang Mei 2025, BPJS Ketenagakerjaan membayarkan 980 klaim senilai Rp 12,1 "
        "miliar kepada peserta di Provinsi Gorontalo.",
        "980",
        "Provinsi Gorontalo",
    ),
    # A named region described as one in a province: the province only places it
    (
        "a-named-region-described-as-one-in-a-province",
        "Kabupaten Lingga, salah satu daerah di Kepulauan Riau, sudah mendaftarkan 6.300 nelayan ke BPJS "
        "Ketenagakerjaan.",
        "6.300",
        "Kabupaten Lingga",
    ),
    # A table row of several regencies counted ("Lainnya (8 kab.)") is no single region's
    (
        "a-table-row-of-the-other-regencies",
        "UCJ di Sumatera Selatan\n\nDaerah | Peserta | Angkatan kerja | UCJ (%)\n"
        "Kab. Lahat | 41.000 | 180.000 | 22,78\nLainnya (8 kab.) | 189.460 | 781.950 | 24,23",
        "189.460",
        None,
    ),
    # An office that also serves another region: its figures are no single region's
    (
        "an-office-that-also-serves-another-region",
        "Klaim di Lahat\n\nKepala Cabang Lahat mengatakan kantornya, yang juga melayani "
        "Kabupaten Empat Lawang, "
        "sepanjang 2024 membayarkan klaim BPJS Ketenagakerjaan sebesar Rp41,2 miliar untuk 5.130 kasus.",
        "Rp41,2 miliar",
        None,
    ),
    # "Kota dan Kabupaten X" names the city and the regency of that name together
    (
        "the-city-and-the-regency-of-one-name",
        "Peserta di Bogor\n\nBPJS Ketenagakerjaan Cabang Bogor melayani Kota dan Kabupaten Bogor "
        "dengan total "
        "341.206 peserta aktif.",
        "341.206",
        None,
    ),
    # A branch whose area covers one region and part of another serves several
    (
        "a-branch-serving-a-region-and-part-of-another",
        "Klaim JHT di Lahat\n\nBPJS Ketenagakerjaan Cabang Lahat, yang wilayah kerjanya meliputi Lahat dan "
        "sebagian Muara Enim, membayarkan klaim JHT sebanyak 4.120 kasus senilai Rp97,3 miliar.",
        "Rp97,3 miliar",
        None,
    ),
    # An average measured against places its own figure, but the next sentence is not about it
    (
        "the-sentence-after-a-provinces-average-is-the-storys-again",
        "Jamsostek di Lahat\n\nCapaian UCJ BPJS Ketenagakerjaan Kabupaten Lahat saat ini sekitar 19 persen. "
        "Angka itu masih jauh di bawah rata-rata Provinsi Sumatera Selatan yang mencapai 38,5 persen. "
        "Tahun depan target kami UCJ 25 persen.",
        "25 persen",
        "Kabupaten Lahat",
    ),
    (
        "a-provinces-average-keeps-its-own-figure",
        "Jamsostek di Lahat\n\nCapaian UCJ BPJS Ketenagakerjaan Kabupaten Lahat saat ini sekitar 19 persen. "
        "Angka itu masih jauh di bawah rata-rata Provinsi Sumatera Selatan yang mencapai 38,5 persen. "
        "Tahun depan target kami UCJ 25 persen.",
        "38,5 persen",
        "Provinsi Sumatera Selatan",
    ),
    # An item of a list broken down by region is no sibling item's: it looks back to the lead-in
    (
        "an-item-of-a-breakdown-by-region-after-a-branch-lead-in",
        "Kinerja Cabang Lahat\n\nBPJS Ketenagakerjaan Cabang Lahat melayani Kabupaten Lahat, "
        "Kota Pagar Alam dan Kabupaten Empat Lawang.\n\nCapaian per Juni 2025:\n\n"
        "• Kabupaten Lahat: 41.000 peserta aktif.\n"
        "• Kota Pagar Alam: 18.500 peserta aktif.\n• Klaim yang dibayarkan mencapai Rp 31,5 miliar.",
        "Rp 31,5 miliar",
        None,
    ),
    (
        "an-item-of-a-breakdown-by-region-after-a-provinces-lead-in",
        "Jamsostek di Sumsel\n\nCapaian BPJS Ketenagakerjaan di Provinsi Sumatera Selatan per Juni 2025:\n"
        "• Kabupaten Lahat: 41.000 peserta aktif.\n• Kota Prabumulih: 22.000 peserta aktif.\n"
        "• Klaim yang dibayarkan mencapai Rp 31,5 miliar.",
        "Rp 31,5 miliar",
        "Provinsi Sumatera Selatan",
    ),
    (
        "an-item-after-items-of-one-region",
        "Jamsostek di Lahat\n\nCapaian per Juni 2025:\n• Kabupaten Lahat: 41.000 peserta aktif.\n"
        "• Peserta baru di Kabupaten Lahat bertambah 2.100 orang.\n"
        "• Klaim yang dibayarkan mencapai Rp 31,5 miliar.",
        "Rp 31,5 miliar",
        "Kabupaten Lahat",
    ),
    (
        "a-part-of-an-offices-count-that-comes-from-a-named-regency-is-the-regencys",
        "Klaim Jamsostek\n\nBPJS Ketenagakerjaan Cabang Palopo, yang melayani Kota Palopo, Luwu dan Luwu "
        "Utara, tahun lalu membayar santunan kematian kepada 150 ahli waris. Dari jumlah itu, 61 ahli waris "
        "berasal dari Kabupaten Luwu Utara.",
        "61",
        "Kabupaten Luwu Utara",
    ),
    (
        "a-neighbour-set-off-by-commas-owns-its-own-figure",
        "Jamsostek di Kabupaten Garut\n\nPer Mei 2025 cakupan di kabupaten ini mencapai 35,2 persen. Tetangga"
        " di utara, Kabupaten Sumedang, baru 30,1 persen. Hingga akhir Mei, pekerja rentan yang iurannya"
        " ditanggung APBD mencapai 9.310 orang.",
        "30,1 persen",
        "Kabupaten Sumedang",
    ),
    (
        "a-region-in-brackets-after-a-figure-is-its-own",
        "Jamsostek di Sumatera Selatan\n\nDana untuk pekerja rentan di APBD 2025 masing-masing Rp2,15 miliar"
        " (Kota Pagar Alam) dan Rp1,4 miliar (Lahat).",
        "Rp1,4 miliar",
        "Kabupaten Lahat",
    ),
    (
        "what-heirs-counted-beside-were-paid-is-where-the-sentence-before-places-them",
        "Jamsostek di Provinsi Jambi\n\nPemprov Jambi menanggung iuran 12.000 pekerja rentan. Longsor di"
        " tambang rakyat di Kabupaten Bungo menewaskan empat pekerja. BPJS Ketenagakerjaan membayar santunan"
        " kepada empat ahli waris, masing-masing Rp42 juta.",
        "Rp42 juta",
        "Kabupaten Bungo",
    ),
    (
        "a-figure-under-a-heading-under-a-regions-name-heading-is-that-regions",
        "INFOGRAFIS: Jamsostek di Dua Kabupaten\n\nData per 30 Juni 2025 dari BPJS Ketenagakerjaan di dua"
        " kabupaten bertetangga.\n\nKABUPATEN LEBONG\n\nPESERTA AKTIF\n21.406 orang\n\nANGGARAN IURAN"
        " 2025\nRp1,15 M\n\nKABUPATEN KEPAHIANG\n\nPESERTA AKTIF\n18.930 orang\n\nANGGARAN IURAN 2025\n"
        "Rp0,98 M\n\nSUMBER: BPJS Ketenagakerjaan (diolah)\n",
        "Rp0,98 M",
        "Kabupaten Kepahiang",
    ),
    (
        "an-op-ed-opening-on-the-country-is-the-nations-past-the-regency-it-takes-as-an-example",
        "OPINI\n\nPerlindungan yang Belum Merata\n\nOleh: Penulis Tamu\n\nBagi jutaan pekerja di negeri ini,"
        " kecelakaan kerja masih berarti jatuh miskin. Jaminan sosial belum sampai ke ladang dan laut.\n\n"
        "Secara nasional, peserta aktif BPJS Ketenagakerjaan tercatat 43 juta orang.\n\nAmbil contoh"
        " Kabupaten Kepahiang. Pemkab Kepahiang menanggung 3.100 pekerja rentan.\n\nPadahal iurannya hanya"
        " Rp16.800 per bulan.",
        "Rp16.800",
        "Indonesia",
    ),
    (
        "a-premium-paid-by-a-named-government-is-its-regions",
        "Kisah Penenun\n\nSatu helai kain dijual kepada pemesan dari Padang dan Jakarta. Iuran BPJS"
        " Ketenagakerjaan Rp16.800 per bulan dibayar oleh Pemkab Tanah Datar.",
        "Rp16.800",
        "Kabupaten Tanah Datar",
    ),
    (
        "claims-of-an-office-that-also-serves-two-regencies-named-with-their-level-are-no-ones",
        "Jamsostek di Kabupaten Sintang\n\nKantor Cabang BPJS Ketenagakerjaan Sintang, yang juga melayani"
        " Kabupaten Melawi dan Kabupaten Kapuas Hulu, mencatat 188 klaim Jaminan Kecelakaan Kerja.",
        "188",
        None,
    ),
    (
        "a-radio-briefs-place-before-a-colon-is-its-dateline",
        "KABAR DAERAH\n\nRibuan Pekerja Rentan Terlindungi\n\nSangatta: Sebanyak 2.140 pekerja rentan di"
        " daerah ini kini terlindungi sebagai peserta BPJS Ketenagakerjaan, kata kepala dinas.",
        "2.140",
        "Kabupaten Kutai Timur",
    ),
    (
        "after-a-meeting-with-the-provinces-government-the-story-is-its-regencys-again",
        "Cakupan Jamsostek Kepulauan Meranti Naik\n\nPemerintah Kabupaten Kepulauan Meranti mencatat 23.415"
        ' pekerja terlindungi BPJS Ketenagakerjaan. "Kami terus mendata," kata Rusli usai rapat dengan'
        " Pemerintah Provinsi Riau.\n\nPada Juli lalu terdapat tambahan 3.870 pekerja rentan yang iurannya"
        " ditanggung APBD Perubahan.",
        "3.870",
        "Kabupaten Kepulauan Meranti",
    ),
    (
        "a-neighbour-compared-owns-every-figure-of-its-unbroken-relative-clause",
        "Jamsostek di Kabupaten Bima\n\nPeserta di Kabupaten Bima mencapai 38.275 orang. Angka itu masih"
        " jauh di bawah Kota Bima yang cakupannya 31,2 persen dengan 27.115 peserta.",
        "27.115",
        "Kota Bima",
    ),
    (
        "a-branch-whose-area-is-one-regency-only-speaks-of-that-regency",
        "Jamsostek di Kabupaten Jember\n\nKepala BPJS Ketenagakerjaan Cabang Jember, yang wilayah kerjanya"
        " hanya Kabupaten Jember, memaparkan peserta aktif 61.200 orang. Angka itu setara cakupan 19,4"
        " persen dari angkatan kerja.",
        "19,4 persen",
        "Kabupaten Jember",
    ),
    (
        "money-for-the-families-from-a-named-region-is-that-regions",
        "Jamsostek di Kabupaten Kupang\n\nTotal santunan yang diserahkan hari ini Rp 378 juta, dengan Rp 252"
        " juta di antaranya untuk keluarga dari Kota Kupang.",
        "Rp 252 juta",
        "Kota Kupang",
    ),
    (
        "an-amount-paid-to-cases-in-a-region-named-after-them-is-that-regions",
        "Jamsostek di Papua\n\nDi Kabupaten Mamberamo Raya, peserta baru 1.140 orang. Sepanjang 2024, BPJS"
        " Ketenagakerjaan membayar klaim Rp 305 miliar kepada 20.120 kasus di Provinsi Papua.",
        "Rp 305 miliar",
        "Provinsi Papua",
    ),
    (
        "claims-of-an-office-for-members-from-one-regency-are-that-regencys",
        "Jamsostek di Kabupaten Kapuas\n\nSepanjang 2025, Kantor Cabang Palangka Raya yang juga membawahi"
        " Kabupaten Pulang Pisau mencatat 24 klaim JKM untuk peserta dari Kabupaten Kapuas.",
        "24",
        "Kabupaten Kapuas",
    ),
    (
        "after-a-neighbour-set-off-by-commas-the-story-is-its-own-regions-again",
        "Jamsostek di Kabupaten Garut\n\nPer Mei 2025 cakupan di kabupaten ini mencapai 35,2 persen. Tetangga"
        " di utara, Kabupaten Sumedang, baru 30,1 persen. Hingga akhir Mei, pekerja rentan yang iurannya"
        " ditanggung APBD mencapai 9.310 orang.",
        "9.310",
        "Kabupaten Garut",
    ),
]


def test_a_bounded_rate_of_regions_listed_holds_for_each(nlp):
    text = "Cakupan BPJS Ketenagakerjaan di Kota Madiun dan Kabupaten Ngawi masih di bawah 30 persen."
    facts = [d.fact for d in run_text(nlp, text, PUBLISHED).decisions if d.fact]
    assert [(f.region, f.metric) for f in facts] == [
        ("Kota Madiun", "coverage_pct"),
        ("Kabupaten Ngawi", "coverage_pct"),
    ]


COUNTED_BACK = [
    (
        "the-two-governments-of-the-lead-after-a-sentence-about-one-of-them",
        "Sinjai dan Bantaeng Tanggung Iuran Pekerja Rentan\n\nPemkab Sinjai dan Pemkab Bantaeng mulai tahun"
        " ini menanggung iuran BPJS Ketenagakerjaan pekerja rentan.\n\nBupati menyebut Sinjai masih"
        " didominasi petani. Kedua pemkab sama-sama membayar Rp16.800 per orang per bulan untuk dua"
        " program, JKK dan JKM.",
        "Rp16.800",
        ["Kabupaten Sinjai", "Kabupaten Bantaeng"],
    ),
    (
        "three-regencies-counted-back-past-a-sentence-naming-three-provinces",
        "Tiga Kabupaten Kejar Cakupan Jamsostek\n\nRedaksi merangkum data Kabupaten Kapuas Hulu (Kalimantan"
        " Barat), Kabupaten Murung Raya (Kalimantan Tengah) dan Kabupaten Paser (Kalimantan Timur).\n\n"
        "Sebagai pembanding, UCJ Kalbar 25,1 persen, Kalteng 31,4 persen dan Kaltim 44,0 persen. Iuran yang"
        " dibayar pemkab untuk pekerja rentan di ketiga kabupaten sama, Rp16.800 per orang per bulan.",
        "Rp16.800",
        ["Kabupaten Kapuas Hulu", "Kabupaten Murung Raya", "Kabupaten Paser"],
    ),
]


COUNTED_BACK.append(
    (
        "a-rate-for-workers-in-both-regencies-counted-after-it",
        "Jamsostek di Aceh\n\nSepanjang tahun lalu, Kabupaten Nagan Raya dan Kabupaten Aceh Jaya menambah"
        " peserta baru BPJS Ketenagakerjaan.\n\nIuran Rp16.800 per orang per bulan bagi pekerja rentan di"
        " kedua kabupaten dibayar dari APBK.",
        "Rp16.800",
        ["Kabupaten Nagan Raya", "Kabupaten Aceh Jaya"],
    )
)


@pytest.mark.parametrize(
    "body, quote, expected", [c[1:] for c in COUNTED_BACK], ids=[c[0] for c in COUNTED_BACK]
)
def test_regions_counted_back_each_have_the_figure(nlp, body, quote, expected):
    facts = run_text(nlp, body, PUBLISHED).facts
    assert sorted(f.region for f in facts if f.quote == quote) == sorted(expected)


@pytest.mark.parametrize("body, quote, region", [c[1:] for c in WHOSE], ids=[c[0] for c in WHOSE])
def test_whose_figure(nlp, body, quote, region):
    decision = decision_for(nlp, body, quote, lead="")
    if region is None:
        assert decision.fact is None and "no single region" in decision.reason, decision
        return
    assert decision.fact is not None, decision.reason
    assert decision.fact.region == region


@pytest.mark.parametrize("count, region", [("14", "Provinsi Kalimantan Barat"), ("lima", None)])
def test_a_count_of_every_regency_and_city_of_the_storys_province_is_the_province(nlp, count, region):
    body = (
        "Pemprov Kalimantan Barat memperluas perlindungan BPJS Ketenagakerjaan.\n\n"
        f"Pekerja rentan yang iurannya ditanggung APBD Provinsi: 9.200 orang di {count} kabupaten/kota."
    )
    decision = decision_for(nlp, body, "9.200", lead="")
    assert (decision.fact.region if decision.fact else None) == region, decision.reason


def test_a_branch_serving_several_named_regions_gives_its_figures_to_none(nlp):
    body = (
        "BPJS Ketenagakerjaan Cabang Pangkep sudah membayarkan jaminan kepada 2.140 orang sepanjang 2024. "
        "Kantor cabang ini melayani Kabupaten Pangkep, Kabupaten Barru dan Kota Parepare."
    )
    decision = decision_for(nlp, body, "2.140", lead="")
    assert decision.fact is None


def test_a_bound_a_list_shares_is_each_regions(nlp):
    body = (
        "Di Sumatera Selatan, Kabupaten Lahat, Muara Enim dan Empat Lawang tercatat memiliki cakupan "
        "BPJS Ketenagakerjaan di bawah 30 persen."
    )
    facts = run_text(nlp, body, PUBLISHED).facts
    assert {(f.region, f.qualifier) for f in facts if f.quote == "30 persen"} == {
        ("Kabupaten Lahat", "less_than"),
        ("Kabupaten Muara Enim", "less_than"),
        ("Kabupaten Empat Lawang", "less_than"),
    }


def test_each_figure_of_a_sentence_goes_to_the_regions_named_before_it(nlp):
    text = (
        "Cakupan BPJS Ketenagakerjaan di Provinsi Jambi mencapai 39 persen.\n"
        "Beberapa kabupaten, seperti Kerinci dan Tebo, memiliki tingkat cakupan lebih rendah. "
        "Masing-masing 21,5 persen dan 30,1 persen."
    )
    facts = {f.quote: f for f in run_text(nlp, text, PUBLISHED).facts}
    assert facts["21,5 persen"].region == "Kabupaten Kerinci"
    assert facts["30,1 persen"].region == "Kabupaten Tebo"


def test_a_year_before_a_regency_is_no_count_of_regencies(nlp):
    text = (
        "Dinas Sosial Kabupaten Lahat memakai APBD 2025 Kabupaten Lahat untuk iuran pekerja rentan.\n"
        "Selain itu, pekerja kebun yang terlindungi tercatat mencapai 1.450 orang."
    )
    facts = {f.quote: f for f in run_text(nlp, text, PUBLISHED).facts}
    assert facts["1.450"].region == "Kabupaten Lahat"


def test_parts_that_add_up_to_a_whole_count_what_it_counts_when_it_does(nlp):
    text = (
        "Direktur BPJS Ketenagakerjaan menyebut peserta aktif secara nasional akhir tahun ini 41 juta "
        "pekerja. Sementara akhir tahun lalu tercatat 37,2 juta.\n"
        "Dari jumlah tersebut, sebanyak 27 juta pekerja formal, 9,5 juta pekerja informal dan 4,4 juta "
        "pekerja jasa konstruksi."
    )
    facts = {f.quote: f for f in run_text(nlp, text, date(2024, 12, 20)).facts}
    assert (facts["41 juta"].metric, facts["41 juta"].year) == ("participants", 2024)
    for part in ("27 juta", "9,5 juta", "4,4 juta"):
        assert (facts[part].metric, facts[part].year) == ("participants", 2024), part


def test_parts_of_a_count_of_cases_are_cases(nlp):
    text = (
        "Ledakan di pabrik smelter Lahat menelan korban. Hingga kini tim mencatat 48 orang korban "
        "sebagai peserta aktif BPJS Ketenagakerjaan. Dari jumlah tersebut, 14 orang dinyatakan "
        "meninggal dunia, 19 orang mengalami luka berat, dan 15 orang mengalami luka ringan."
    )
    facts = {f.quote: f for f in run_text(nlp, LEAD + text, PUBLISHED).facts}
    assert [facts[q].metric for q in ("48", "14", "19", "15")] == ["claims_count"] * 4


def test_a_national_phrase_makes_a_story_the_nations(nlp):
    text = "Pekerja yang terlindungi BPJS Ketenagakerjaan di seluruh Tanah Air mencapai 43,5 juta orang."
    facts = {f.quote: f for f in run_text(nlp, text, PUBLISHED).facts}
    assert facts["43,5 juta"].region == "Indonesia"


def test_a_story_with_a_local_government_is_not_the_nations(nlp):
    decision = decision_for(nlp, "Pemkab menambah 1.200 peserta baru BPJS Ketenagakerjaan.", "1.200", lead="")
    assert decision.fact is None


# --- When ----------------------------------------------------------------------------------------

WHEN = [
    (
        "the-most-a-benefit-pays-is-todays-rule",
        "Jamsostek di Kabupaten Lahat\n\nSuaminya meninggal saat bekerja pada Agustus tahun lalu. "
        "Kedua anaknya berhak atas beasiswa pendidikan hingga Rp 174 juta sampai perguruan tinggi.",
        "Rp 174 juta",
        2025,
    ),
    (
        "an-answer-is-of-the-time-its-question-asks-about",
        "Jamsostek di Kabupaten Lahat\n\nTahun ini APBD menanggung 2.500 pekerja rentan, anggarannya Rp504"
        " juta.\n\nUntuk tahun depan?\n\nKami usulkan naik jadi 5.000 orang, dengan anggaran sekitar Rp1"
        " miliar.",
        "Rp1 miliar",
        2026,
    ),
    (
        "a-paragraph-pointing-back-at-a-proposal-shares-its-plans-year",
        "Jamsostek di Kabupaten Lahat\n\nUntuk 2026, TAPD mengusulkan Rp2,1 miliar bagi pekerja rentan.\n\n"
        "Angka itu dinilai terlalu kecil. Komisi IV meminta anggaran dinaikkan menjadi Rp2,9 miliar.",
        "Rp2,9 miliar",
        2026,
    ),
    (
        "a-paragraph-on-the-same-data-shares-its-year-end",
        "Jamsostek di Sumatera Selatan\n\nPer akhir 2024, cakupan UCJ provinsi ini baru 33,9 persen.\n\n"
        "Data yang sama memperlihatkan jurang antardaerah. Kota Lubuklinggau sudah 45,2 persen.",
        "45,2 persen",
        2024,
    ),
    (
        "a-clause-with-a-time-of-its-own-takes-no-time-from-the-clause-after-it",
        "Jamsostek di Kabupaten Lahat\n\nTahun lalu UCJ kami 24,6 persen, tahun ini target kami 30 persen.",
        "24,6 persen",
        2024,
    ),
    (
        "a-plan-with-no-time-of-its-own-after-a-sentence-about-last-year-is-from-now-on",
        "Jamsostek di Kabupaten Lahat\n\nTahun lalu pemkab sudah melindungi 1.900 ketua RT. Dengan tambahan"
        " guru ngaji, jumlah pekerja rentan yang dilindungi akan menjadi 4.300 orang.",
        "4.300",
        2025,
    ),
    (
        "a-caption-without-a-number-dates-its-rows-by-its-cut-off",
        "Jamsostek di Kalimantan\n\nRedaksi merangkum data dari dua kabupaten.\n\n"
        "Tabel: Kepesertaan per 31 Desember 2024 dan kuota APBD 2025\n"
        "Kabupaten | Peserta aktif | Kuota APBD 2025\nKapuas Hulu | 12.410 | 2.500\n"
        "Murung Raya | 8.115 | 1.800\n",
        "8.115",
        2024,
    ),
    (
        "a-tables-caption-dates-its-rows",
        "Jamsostek di Sumatera Selatan\n\nDinas merilis rekapitulasi capaian kabupaten prioritas.\n\n"
        "Tabel 1. Capaian UCJ per 31 Desember 2024 dan alokasi APBD 2025\n"
        "Kabupaten | Peserta Aktif | Alokasi APBD 2025 (Rp)\nLahat | 13.020 | 1.008.000.000\n"
        "Muara Enim | 21.070 | 604.800.000\nEmpat Lawang | 4.490 | 403.200.000\n",
        "21.070",
        2024,
    ),
    (
        "a-row-is-no-part-of-a-cell-of-the-row-above-that-it-happens-to-add-up-to",
        "Jamsostek di Sumatera Selatan\n\nDinas merilis rekapitulasi capaian kabupaten prioritas.\n\n"
        "Tabel 1. Capaian UCJ per 31 Desember 2024 dan alokasi APBD 2025\n"
        "Kabupaten | Peserta Aktif | Alokasi APBD 2025 (Rp)\nLahat | 13.020 | 1.008.000.000\n"
        "Muara Enim | 21.070 | 604.800.000\nEmpat Lawang | 4.490 | 403.200.000\n",
        "4.490",
        2024,
    ),
    (
        "a-figure-described-in-a-relative-clause-after-the-baseline-is-the-baselines",
        "Jamsostek Lahat\n\nJumlah peserta aktif Kabupaten Lahat per akhir Mei 2025 mencapai 31.400 orang. "
        "Angka itu tumbuh 12 persen dibanding periode yang sama tahun lalu, yang tercatat 28.030 orang.",
        "28.030",
        2024,
    ),
    (
        "a-year-in-one-list-item-does-not-date-the-next",
        "Data Jamsostek Lahat\n\nRingkasan data BPJS Ketenagakerjaan Lahat:\n• Peserta aktif: 58.904 orang\n"
        "• Klaim JKK 2022: 96 kasus\n• Naik 4.310 peserta dibanding tahun lalu\n\nSumber: BPJS.",
        "4.310",
        2025,
    ),
    (
        "a-plans-year-after-a-later-figure-is-the-plans",
        "Iuran di Lahat\n\nPemkab Lahat menanggung 1.750 pekerja rentan dan menargetkan 3 ribu orang "
        "terlindungi pada 2027.",
        "1.750",
        2025,
    ),
    # A date of an event ending a paragraph (a death, with no figure) dates nothing after it.
    (
        "an-event-date-does-not-date-the-next-paragraph",
        "Nelayan Lahat\n\nSeptember lalu seorang nelayan Lahat tenggelam saat melaut.\n\nDinas Perikanan "
        "Lahat mencatat 6.200 nelayan, dan yang sudah terdaftar di BPJS Ketenagakerjaan baru 1.940 orang.",
        "1.940",
        2025,
    ),
    # A baseline opening the sentence dates where the change started, not the change; one the
    # sentence goes on to describe ("dibanding tahun lalu, ketika ...") dates what it describes
    (
        "a-change-since-a-baseline-opening-the-sentence",
        "Data Jamsostek Lahat\n\nPer akhir Mei 2025 peserta aktif di Lahat tercatat 41.200 orang.\n\n"
        "Dibanding Desember 2024, jumlah peserta BPJS Ketenagakerjaan bertambah 1.350 orang.",
        "1.350",
        2025,
    ),
    (
        "a-baseline-the-sentence-goes-on-to-describe",
        "Data Jamsostek Lahat\n\nTahun ini Pemkab Lahat menanggung iuran 6.000 pekerja rentan. Jumlah itu "
        "naik dibanding tahun lalu, ketika Pemkab baru menanggung 4.200 pekerja.",
        "4.200",
        2024,
    ),
    # A sentence opening by pointing back at the figures of an earlier paragraph takes their year
    (
        "pointing-back-at-earlier-claims",
        "Klaim di Lahat\n\nSepanjang 2024 BPJS Ketenagakerjaan Lahat membayar 410 klaim JKK dan JKM "
        "senilai Rp 9,1 miliar.\n\nDari klaim JKK dan JKM tersebut, 35 anak peserta juga menerima "
        "beasiswa pendidikan.",
        "35",
        2024,
    ),
    # "tahun pertama" with no year a programme started is a first year of school, no time
    (
        "a-first-year-of-nothing-dated",
        "Anak salah satu ahli waris peserta BPJS Ketenagakerjaan di Lahat juga menerima beasiswa senilai "
        "Rp 12 juta untuk tahun pertama.",
        "Rp 12 juta",
        2025,
    ),
    # "naik ... dibanding tahun lalu menjadi N": N is now, the baseline's time is the change's start
    (
        "the-result-of-a-change-against-last-year",
        "Peserta aktif BPJS Ketenagakerjaan di Lahat naik 9 persen dibanding tahun lalu menjadi 27.340 "
        "orang.",
        "27.340",
        2025,
    ),
    # The time of the figure a change started from dates no sentence after it
    (
        "a-starting-points-time-is-no-later-sentences",
        "Peserta aktif BPJS Ketenagakerjaan di Lahat per Oktober 2025 turun menjadi 41.720 orang dari "
        "43.300 orang pada Desember 2024. UCJ Lahat masih 38,4 persen.",
        "38,4 persen",
        2025,
    ),
    # "Saat itu" after a year a change is measured from is that year
    (
        "then-after-a-baseline-year",
        "Peserta BPJS Ketenagakerjaan di Lahat kini 31 ribu, jauh meningkat dibanding 2018, ketika "
        "programnya baru dimulai. Saat itu peserta di Lahat hanya 9.100 orang.",
        "9.100",
        2018,
    ),
    # Cases that happen to add up to an earlier count of people are no breakdown of it.
    (
        "cases-are-no-part-of-people",
        "Pemkab Lahat Lindungi Pekerja\n\nPeserta BPJS Ketenagakerjaan di Lahat kini sekitar 1.000 orang. "
        "Sepanjang 2024, BPJS Ketenagakerjaan membayar 600 klaim JKM di Lahat. Klaim JKK tercatat 400 kasus.",
        "400",
        2024,
    ),
    # A figure in the clause that opens a sentence sets the scene for the clause after it and
    # shares its past time (a future one stays the plan's: see the 2027 case below).
    (
        "a-setting-shares-the-past-time-of-its-sentence",
        "Dengan angkatan kerja sekitar 86 ribu orang, cakupan BPJS Ketenagakerjaan di Kabupaten Lahat pada "
        "akhir tahun lalu mencapai 31,7 persen.",
        "86 ribu",
        2024,
    ),
    # "dari posisi akhir 2024" after a change is its baseline, which dates nothing after it: a
    # part pointing back keeps the time of the figure it is part of.
    (
        "a-change-from-a-position-is-no-time-of-the-next",
        "Peserta BPU BPJS Ketenagakerjaan di Lahat per Mei 2025 tercatat 9.640 orang, naik 12,5 persen "
        "dari posisi akhir 2024. Dari jumlah itu, pengemudi ojol sekitar 1.560 orang.",
        "1.560",
        2025,
    ),
    (
        "a-year-a-figure-equals-is-no-time-of-the-next",
        "Pemkab Lahat Lindungi Pekerja\n\nPemkab Lahat tahun ini melindungi 22.500 pekerja rentan BPJS "
        "Ketenagakerjaan, sama dengan tahun lalu. Anggaran iuran pekerja rentan Lahat stagnan di "
        "Rp 4,5 miliar.",
        "Rp 4,5 miliar",
        PUBLISHED.year,
    ),
    (
        "data-dated-after-the-list",
        "Pemkot Lubuklinggau mencatat 2.300 aparat non-ASN telah terdaftar BPJS Ketenagakerjaan.\n"
        "Rinciannya Dinas Pendidikan 1.200 aparat dan Dinas Kesehatan 1.100 aparat.\n"
        "Ini adalah data peserta per Desember 2023, kata Kepala Cabang.",
        "1.200",
        2023,
    ),
    (
        "a-comparison-baseline-dates-nothing-before-it",
        "Iuran BPJS Ketenagakerjaan bagi ojek di Kota Lubuklinggau Rp16.800 per bulan.\n"
        "Angka itu naik dari 22,7 persen pada akhir 2023.",
        "Rp16.800",
        2025,
    ),
    (
        "a-time-after-a-comma-opens-the-next-figure",
        "Yang menjadi peserta BPJS Ketenagakerjaan di Kota Lubuklinggau masih 31 persen, sampai dengan 2027 "
        "kami berupaya mencapai 60 persen.",
        "31 persen",
        2025,
    ),
    (
        "a-time-right-after-another-figure-is-that-ones",
        "Dalam RPJPD Kota Lubuklinggau, cakupan BPJS Ketenagakerjaan dipatok 45 persen di tahun 2027, "
        "lalu 85 persen di tahun 2045.",
        "85 persen",
        2045,
    ),
    (
        "a-time-of-the-whole-dates-the-whole",
        "Peserta BPJS Ketenagakerjaan sektor informal di Kota Lubuklinggau baru 21.300 pekerja atau 18,5 "
        "persen dari total pekerja informal yang tercatat di BPS pada 2023 sebanyak 115.100 orang.",
        "18,5 persen",
        2025,
    ),
    (
        "the-rest-is-another-clause",
        "Di Kota Lubuklinggau, sebanyak 4 ribu nelayan telah terdaftar BPJS Ketenagakerjaan pada tahap "
        "pertama, sisanya akan menyusul tahun depan.",
        "4 ribu",
        2025,
    ),
    (
        "a-plan-is-for-the-year-plans-were-set-for",
        "Pemkab Lahat akan menanggung iuran BPJS Ketenagakerjaan guru honorer mulai tahun 2027.\n\n"
        "Sosialisasi itu bertema Lahat Terlindungi 2025.\n\n"
        "Bupati mengatakan program ini akan melindungi 3.400 guru honorer.",
        "3.400",
        2027,
    ),
    (
        "what-a-condition-promises-is-the-rule-now",
        'Tahun lalu, tiga petani di Lahat tewas tersambar petir saat bekerja di sawah. "Jika sudah '
        'terdaftar BPJS Ketenagakerjaan, keluarganya bisa menerima santunan kematian Rp 42 juta," '
        "kata Bupati.",
        "Rp 42 juta",
        2025,
    ),
    (
        "a-rate-plan-is-for-the-year-plans-were-set-for",
        "Pemkab Lahat akan menanggung iuran BPJS Ketenagakerjaan guru honorer mulai tahun 2027.\n\n"
        "Bupati menargetkan cakupan UCJ Lahat naik menjadi 45 persen.",
        "45 persen",
        2027,
    ),
    (
        "a-shortfall-is-counted-now-not-in-the-targets-year",
        "Cakupan BPJS Ketenagakerjaan di Lahat baru 31 persen. Masih kurang sekitar 12 ribu pekerja lagi "
        "untuk mencapai target 2028.",
        "12 ribu",
        2025,
    ),
    (
        "a-year-before-the-sentence-is-no-targets-year",
        "Capaian itu masih jauh dari target.\n\nSepanjang 2024, peserta BPJS Ketenagakerjaan di Lahat "
        "bertambah 3.120 orang.",
        "3.120",
        2024,
    ),
    (
        "a-plan-with-no-year-set-is-for-now",
        "Sosialisasi BPJS Ketenagakerjaan di Lahat bertema Lahat Terlindungi 2025.\n\n"
        "Bupati mengatakan program ini akan melindungi 3.400 guru honorer.",
        "3.400",
        2025,
    ),
    (
        "the-same-period-after-a-baseline-of-last-year",
        "Klaim BPJS Ketenagakerjaan di Kabupaten Grobogan semester I 2025 Rp 12 miliar, naik 9 persen dari "
        "periode yang sama tahun lalu sebesar Rp 11 miliar. Rata-rata cakupan Jawa Tengah pada periode yang "
        "sama 44 persen.",
        "44 persen",
        2025,
    ),
    (
        "the-same-period-is-never-a-plans-year",
        "Cakupan BPJS Ketenagakerjaan Kabupaten Bima per September 2025 mencapai 34 persen. Tahun depan, "
        "Pemkab menargetkan cakupan menembus 40 persen. Sementara itu, Kota Bima mencatat cakupan 29 "
        "persen pada periode yang sama.",
        "29 persen",
        2025,
    ),
    (
        "a-time-after-a-later-figure-set-apart-by-a-comma",
        "Cakupan BPJS Ketenagakerjaan Provinsi Bengkulu kini 36 persen. Dengan angkatan kerja sekitar 980 "
        "ribu orang, target itu berarti kira-kira 490 ribu pekerja harus terdaftar pada 2027.",
        "980 ribu",
        2025,
    ),
    (
        "a-time-after-two-figures-joined-by-dan",
        "BPJS Ketenagakerjaan Cabang Bengkulu mencatat 5.000 peserta baru dan 300 klaim di Kota Bengkulu "
        "pada 2024.",
        "5.000",
        2024,
    ),
    (
        "only-so-far-under-a-plans-year-carried",
        "Pemkab Bima menyiapkan Rp 2,5 miliar dalam APBD 2026 untuk iuran BPJS Ketenagakerjaan 12.500 "
        'petani. "Cakupan kami baru 16,2 persen," katanya.',
        "16,2 persen",
        2025,
    ),
    (
        "a-month-of-last-year",
        "Provinsi Sulawesi Tengah mencatat 286.700 peserta aktif BPJS Ketenagakerjaan, naik dari 251.300 "
        "peserta pada Juli tahun lalu.",
        "251.300",
        2024,
    ),
    (
        "a-count-after-a-plan-is-of-its-own-time",
        "Pemkab Lahat akan menanggung iuran BPJS Ketenagakerjaan guru honorer mulai tahun 2027.\n\n"
        "Saat ini sudah 3.400 guru honorer terdaftar sebagai peserta BPJS Ketenagakerjaan.",
        "3.400",
        2025,
    ),
]


@pytest.mark.parametrize("body, quote, year", [c[1:] for c in WHEN], ids=[c[0] for c in WHEN])
def test_when(nlp, body, quote, year):
    decision = decision_for(nlp, body, quote, lead="")
    assert decision.fact is not None, decision.reason
    assert decision.fact.year == year


FEATURE = (
    "Kisah Sari, Istri Petambak di Lahat\n\nSari menatap tambak yang kini sepi. Suaminya meninggal saat "
    "bekerja pada Maret lalu.\n\nSejak itu ia membesarkan dua anak seorang diri.\n\nSuaminya terdaftar "
    "sebagai peserta BPJS Ketenagakerjaan, sehingga Sari menerima santunan.\n\nPetugas BPJS "
    "Ketenagakerjaan datang ke rumahnya membawa santunan JKM.\n\nKepala BPJS Ketenagakerjaan Cabang "
    "Lahat berharap petambak lain ikut mendaftar.\n\nSari kini berjualan kue di pasar.\n\nIa berharap "
    "anak-anaknya bisa terus sekolah.\n\nMenurut Dinas Perikanan, iuran 1.900 petambak di Lahat kini "
    "ditanggung Pemkab Lahat."
)


def test_a_feature_that_comes_to_the_programme_later_is_about_it(nlp):
    decision = decision_for(nlp, FEATURE, "1.900", lead="")
    assert decision.fact is not None and decision.fact.metric == "participants", decision.reason


def test_a_story_that_names_the_programme_once_far_away_is_not_about_it(nlp):
    once = FEATURE.replace("Petugas BPJS Ketenagakerjaan datang", "Petugas datang").replace(
        "Kepala BPJS Ketenagakerjaan Cabang Lahat", "Kepala dinas"
    )
    decision = decision_for(nlp, once, "1.900", lead="")
    assert decision.fact is None and "not about" in decision.reason


def test_a_headline_rounding_the_provinces_figure_under_a_bare_name_repeats_it(nlp):
    text = (
        "Data Jamsostek Bengkulu Mei 2025: Peserta Aktif 402 Ribu, Kota Bengkulu Tertinggi\n\n"
        "BPJS Ketenagakerjaan merilis data kepesertaan per 31 Mei 2025. Peserta aktif di Provinsi "
        "Bengkulu tercatat 402.310 orang. Kota Bengkulu mencatat 88.120 peserta aktif."
    )
    facts = [f for f in run_text(nlp, text, PUBLISHED).facts if f.metric == "participants"]
    assert sorted((f.region, f.value) for f in facts) == [
        ("Kota Bengkulu", 88120),
        ("Provinsi Bengkulu", 402310),
    ]


REVIEW = (
    "UCJ Sumsel Naik Sepanjang 2024, Lahat Teratas\n\n"
    "PALEMBANG – Capaian UCJ BPJS Ketenagakerjaan Provinsi Sumatera Selatan per 31 Desember 2024 "
    "mencapai 38,2 persen.\n\nLahat Tertinggi\n\nKabupaten Lahat mencatat UCJ 52,4 persen. Peserta "
    "aktif di Lahat mencapai 61.870 orang.\n\nIuran pekerja rentan Rp 16.800 per bulan."
)


@pytest.mark.parametrize(
    "published, quote, year",
    [
        (date(2025, 1, 20), "52,4 persen", 2024),
        (date(2025, 1, 20), "61.870", 2024),
        (date(2025, 1, 20), "Rp 16.800", 2025),  # a premium stated as a rule is today's
        (date(2025, 5, 20), "61.870", 2025),  # in May, a lead of December dates only its paragraph
    ],
    ids=["a-rate-in-a-later-section", "a-count-in-a-later-section", "a-standing-premium", "not-a-review"],
)
def test_a_review_of_last_year_published_early_in_the_next_dates_its_figures(nlp, published, quote, year):
    facts = {f.quote: f for f in run_text(nlp, REVIEW, published).facts}
    assert facts[quote].year == year


REVIEW_BY_MONTH = (
    "Kepesertaan Jamsostek Lahat Sepanjang 2024\n\n"
    "LAHAT – Peserta aktif BPJS Ketenagakerjaan di Kabupaten Lahat per 31 Desember 2024 tercatat "
    "61.870 orang.\n\nCapaian UCJ Lahat pada semester I 2024 baru 31,5 persen, lalu naik menjadi "
    "36,1 persen di akhir tahun. Penambahan peserta paling sedikit terjadi pada Maret, hanya 218 "
    "peserta baru. Pada Januari lalu, BPJS Ketenagakerjaan membayar santunan Rp 42 juta kepada ahli "
    "waris seorang petani."
)


@pytest.mark.parametrize(
    "quote, year",
    [("36,1 persen", 2024), ("218", 2024), ("Rp 42 juta", 2025)],
    ids=["the-end-of-the-year-reviewed", "a-month-ahead-of-publication", "a-month-already-past"],
)
def test_a_review_published_in_february_reads_its_bare_months_in_the_year_reviewed(nlp, quote, year):
    facts = {f.quote: f for f in run_text(nlp, REVIEW_BY_MONTH, date(2025, 2, 10)).facts}
    assert facts[quote].year == year


def test_a_story_about_several_regions_gives_unplaced_figures_to_none(nlp):
    text = (
        "WARTA.CO, Banjarmasin – Lebih dari separuh pekerja di Kalimantan belum terlindungi BPJS "
        "Ketenagakerjaan.\nKepesertaan di Kalimantan Barat tercatat 27,4 persen dan Kalimantan Timur 58,5 "
        "persen.\nSepanjang tahun ini klaim yang dibayarkan mencapai Rp 1,2 triliun."
    )
    facts = {f.quote: f for f in run_text(nlp, text, PUBLISHED).facts}
    assert facts["27,4 persen"].region == "Provinsi Kalimantan Barat"
    assert "Rp 1,2 triliun" not in facts


def test_an_example_and_a_ranking_are_not_what_follows_them(nlp):
    text = (
        "Cakupan BPJS Ketenagakerjaan Provinsi Lampung 24,5 persen. Capaian tertinggi ada di Kota Metro, "
        "disusul Kabupaten Lampung Selatan. Daerah pemekaran seperti Pesisir Barat masih terkendala data.\n"
        "Untuk pekerja non-ASN, capaian perlindungan sudah 78,3 persen."
    )
    facts = {f.quote: f for f in run_text(nlp, text, PUBLISHED).facts}
    assert facts["78,3 persen"].region == "Provinsi Lampung"


def test_a_target_restated_without_a_year_is_the_target_set_before(nlp):
    body = (
        "Dalam RPJMD, cakupan BPJS Ketenagakerjaan Lahat ditargetkan 55 persen pada 2029.\n\n"
        '"Tanpa dukungan desa, target 55 persen sulit tercapai," kata Bupati.'
    )
    facts = run_text(nlp, LEAD + body, PUBLISHED).facts
    targets = [(f.metric, f.year) for f in facts if f.value == 55]
    assert targets == [("coverage_target_pct", 2029)]


def test_a_figure_restated_without_a_time_keeps_the_time_it_was_stated_with(nlp):
    body = (
        "Pada tahun 2023, terdapat 21.480 tenaga kerja di Kota Lubuklinggau, dan baru 9.310 orang "
        "yang terdaftar BPJS Ketenagakerjaan.\n\n"
        "Ia menambahkan, dari 21.480 tenaga kerja itu, 9.310 orang sudah terdaftar sebagai peserta."
    )
    outcome = run_text(nlp, body, PUBLISHED)
    restated = [d for d in outcome.decisions if d.quote == "9.310"]
    assert len(restated) == 2
    assert {d.fact.year for d in restated if d.fact is not None} == {2023}


def test_a_shortfall_is_no_restatement_of_the_pool_it_is_part_of(nlp):
    body = (
        "Jumlah pekerja di Lahat diperkirakan 1,7 juta orang. Dari data itu, masih ada lebih dari satu "
        "juta pekerja di Lahat yang belum terlindungi BPJS Ketenagakerjaan."
    )
    outcome = run_text(nlp, LEAD + body, PUBLISHED)
    facts = {(f.quote, f.metric) for f in outcome.facts}
    assert ("1,7 juta", "workforce") in facts
    assert ("satu juta", "uncovered") in facts


def test_a_figure_pointing_back_to_one_set_aside_is_set_aside_too(nlp):
    body = (
        "BPJS Ketenagakerjaan menyerahkan penghargaan Paritrana Award tingkat Kabupaten Lahat kepada 18 "
        "penerima. Sebanyak 18 penerima tersebut terdiri dari perusahaan dan pemerintah desa."
    )
    decisions = [d for d in run_text(nlp, LEAD + body, PUBLISHED).decisions if d.quote == "18"]
    assert len(decisions) == 2
    assert all(d.fact is None for d in decisions)
    assert "points back" in decisions[1].reason


def test_a_region_left_out_does_not_own_the_figure(nlp):
    body = (
        "Kepesertaan BPJS Ketenagakerjaan di Provinsi Sumatera Selatan di luar Kota Palembang hingga akhir "
        "Juni masih belum mencapai 40 persen dari jumlah pekerja."
    )
    decision = decision_for(nlp, body, "40 persen", lead="")
    assert decision.fact is not None and decision.fact.region == "Provinsi Sumatera Selatan"


def test_a_count_split_by_type_of_place_keeps_its_parts(nlp):
    body = (
        "Total peserta BPJS Ketenagakerjaan dari APBD Kabupaten Lahat terdiri dari:\n"
        "- 4.120 Ketua RT (3.300 desa, 820 kelurahan)\n"
        "- 1.015 Ketua RW (790 desa, 225 kelurahan)"
    )
    facts = {f.quote: f.metric for f in run_text(nlp, LEAD + body, PUBLISHED).facts}
    assert facts.get("3.300") == "participants"
    assert facts.get("225") == "participants"


def test_two_items_of_one_sentence_are_no_restatement_of_each_other(nlp):
    body = (
        "Kepala BPJS Ketenagakerjaan Lahat menyebut jumlah pekerja di kabupaten itu 2,3 juta orang; "
        "1,3 juta di sektor formal dan 1 juta di sektor informal."
    )
    facts = {f.quote for f in run_text(nlp, body, PUBLISHED).facts}
    assert {"2,3 juta", "1,3 juta", "1 juta"} <= facts


def test_a_paragraph_printed_twice_gives_its_facts_once(nlp):
    """Copied pages repeat a paragraph, and the copy may pick up another time than the first."""
    paragraph = (
        '"Dari potensi pekerja bukan penerima upah di Lahat sebanyak 120 ribu orang, baru tercatat '
        '8.500 orang menjadi peserta," kata Kepala Cabang BPJS Ketenagakerjaan Lahat. Sementara target '
        "peserta pekerja informal pada tahun 2027 di Lahat mencapai 20.000 orang."
    )
    text = f"Pekerja Informal Lahat Minim\n{paragraph}\nPekerja informal minim\n{paragraph}\n"
    facts = run_text(nlp, text, None).facts
    assert sorted(f.quote for f in facts if f.quote in ("120 ribu", "8.500")) == ["120 ribu", "8.500"]


def test_a_month_away_in_an_undated_text_stays_in_the_year_the_text_gives(nlp):
    # Only a year is known ("APBD Tahun Anggaran 2023"): "bulan depan" cannot cross into 2024.
    body = (
        "Pemkab Lahat Daftarkan Pekerja Rentan\n\nSebanyak 700 pekerja rentan di Lahat akan didaftarkan "
        "sebagai peserta BPJS Ketenagakerjaan mulai bulan depan. Iurannya dibiayai APBD Tahun Anggaran 2023."
    )
    decision = decision_for(nlp, body, "700", published=None, lead="")
    assert decision.fact is not None and decision.fact.year == 2023


@pytest.mark.parametrize(
    "between, year",
    [
        pytest.param("", 2024, id="the-next-paragraph-keeps-the-data-date"),
        pytest.param("Acara itu dihadiri para camat.\n\n", 2025, id="not-past-a-paragraph-between"),
    ],
)
def test_a_status_date_carries_into_the_next_paragraph_only(nlp, between, year):
    body = (
        "Pemkab Lahat Catat Kepesertaan\n\nCakupan BPJS Ketenagakerjaan di Lahat per Desember 2024 "
        "mencapai 41 persen, naik dibanding akhir 2023.\n\n" + between + "Dari 90 ribu pekerja di Lahat, "
        "sebanyak 36.900 orang sudah terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    decision = decision_for(nlp, body, "36.900", published=date(2025, 2, 7), lead="")
    assert decision.fact is not None and decision.fact.year == year


def test_a_count_pointing_back_restates_the_count_it_rounds(nlp):
    body = (
        "Pemkab Lahat melindungi 12.140 pekerja rentan lewat APBD. Setiap desa mendapat kuota 65 orang."
        "\n\nSekitar 12 ribu pekerja itu tersebar di 17 kecamatan."
    )
    decision = decision_for(nlp, body, "12 ribu")
    assert decision.fact is None and "repeats '12.140'" in decision.reason


def test_a_baseline_year_is_no_reference_for_an_undated_text(nlp):
    body = (
        "Pemkab Lahat Perluas Jamsostek\n\nSaat ini peserta aktif BPJS Ketenagakerjaan di Lahat 41.000 "
        "orang, naik dibanding 2023 lalu yang masih 35.000 orang."
    )
    decision = decision_for(nlp, body, "41.000", published=None, lead="")
    assert decision.fact is not None and decision.fact.year is None


def test_parts_and_their_sums_take_the_time_of_the_whole_they_break_down(nlp):
    body = (
        "Klaim di Lahat\n\nBPJS Ketenagakerjaan membayarkan manfaat Rp96,2 miliar kepada peserta di Lahat "
        "sepanjang 2023 dari 6.100 kasus klaim.\n\nRinciannya, klaim JHT 5.400 kasus senilai Rp80,1 miliar; "
        "JKK 520 kasus senilai Rp9,6 miliar; serta JKM 180 kasus senilai Rp6,5 miliar."
    )
    years = {
        q: decision_for(nlp, body, q, published=date(2024, 2, 7), lead="").fact.year
        for q in ("520", "Rp9,6 miliar")
    }
    assert years == {"520": 2023, "Rp9,6 miliar": 2023}


LISTED_PARTS = (
    "Klaim di Lahat\n\nBPJS Ketenagakerjaan membayarkan manfaat Rp50 miliar dari 3.000 kasus klaim "
    "kepada peserta di Lahat sepanjang 2024.\n\nRinciannya dipaparkan Senin (20/1/2025) sebagai berikut:\n\n"
    "- JHT: 2.000 kasus, Rp40 miliar\n- JKK: 600 kasus, Rp6 miliar\n- JKM: 400 kasus, Rp4 miliar\n"
)


@pytest.mark.parametrize(
    "body, quotes, year",
    [
        pytest.param(LISTED_PARTS, ("600", "Rp6 miliar"), 2024, id="items-adding-up-to-the-whole"),
        pytest.param(
            LISTED_PARTS.replace("3.000 kasus", "9.000 kasus"), ("600",), 2025, id="items-of-no-earlier-whole"
        ),
    ],
)
def test_items_of_a_list_adding_up_to_a_whole_take_its_time_not_the_lead_ins_day(nlp, body, quotes, year):
    facts = {q: decision_for(nlp, body, q, published=date(2025, 1, 21), lead="").fact for q in quotes}
    assert {q: (f.year, f.metric) for q, f in facts.items()} == {
        q: (year, "claims_count" if q == "600" else "claims_paid") for q in quotes
    }


@pytest.mark.parametrize(
    "share, metric",
    [
        pytest.param(
            "65 persen di antaranya bekerja di kebun sawit", None, id="a-share-of-the-workers-counted"
        ),
        pytest.param("Kabupaten Lahat 31 persen", "coverage_pct", id="the-next-rate-of-a-list"),
    ],
)
def test_a_share_of_a_group_counted_before_it_continues_no_rate(nlp, share, metric):
    body = (
        "Cakupan BPJS Ketenagakerjaan Kabupaten Muara Enim baru 24 persen. Jumlah pekerja di Lahat "
        f"sekitar 80 ribu orang, dan {share}."
    )
    assert metric_of(nlp, body, share.split(" persen")[0].split()[-1] + " persen") == metric


@pytest.mark.parametrize(
    "comparison, expected",
    [
        pytest.param(
            "naik dibanding akhir 2024 yang masih 31,5 persen",
            (2024, "coverage_pct"),
            id="the-level-a-rise-started-from",
        ),
        pytest.param("naik 3,5 persen dibanding akhir 2024", None, id="the-rise-itself"),
    ],
)
def test_the_rate_at_a_baseline_is_that_times_rate(nlp, comparison, expected):
    body = f"Cakupan BPJS Ketenagakerjaan Kabupaten Lahat kini 35 persen. Angka itu {comparison}."
    quote = [w for w in comparison.split() if "," in w][0] + " persen"
    decision = decision_for(nlp, body, quote, published=date(2025, 11, 10), lead="")
    assert ((decision.fact.year, decision.fact.metric) if decision.fact else None) == expected


@pytest.mark.parametrize(
    "body, quote, expected",
    [
        pytest.param(
            "Dari target 7.000 nelayan yang ditetapkan untuk 2025, hingga Oktober sudah 6.100 nelayan Lahat "
            "yang terdaftar sebagai peserta BPJS Ketenagakerjaan.",
            "6.100",
            (2025, "participants"),
            id="reached-after-a-plan-and-a-comma",
        ),
        pytest.param(
            "Untuk tahun depan, sasaran peserta BPJS Ketenagakerjaan Lahat dinaikkan menjadi 9.000 nelayan. "
            "Lahat tak mau kalah dari Muara Enim yang sudah mendaftarkan 7.400 nelayan.",
            "7.400",
            (2025, "participants"),
            id="done-under-a-plans-year-carried",
        ),
        pytest.param(
            "Untuk tahun depan, sasaran peserta BPJS Ketenagakerjaan Lahat dinaikkan menjadi 9.000 nelayan. "
            "Selain itu Lahat akan mendaftarkan 7.400 pekebun.",
            "7.400",
            (2026, "participants_target"),
            id="a-plan-carried-still-dates-what-is-not-done",
        ),
        pytest.param(
            "Pemkab Lahat mendaftarkan 2.300 nelayan dengan perahu di bawah 5 gross ton ke BPJS "
            "Ketenagakerjaan.",
            "5",
            None,
            id="a-boat-size",
        ),
    ],
)
def test_what_is_reached_is_of_now(nlp, body, quote, expected):
    decision = decision_for(nlp, body, quote, published=date(2025, 12, 4), lead="")
    assert ((decision.fact.year, decision.fact.metric) if decision.fact else None) == expected


def test_a_figure_taken_back_is_no_fact_wherever_it_stands(nlp):
    body = (
        "Di DPRD disebut 9 ribu pekerja rentan Lahat sudah ditanggung iuran BPJS Ketenagakerjaan.\n\n"
        "Kepala Disnaker meluruskan. Bukan 9 ribu, melainkan 7.350 peserta yang iurannya dibayar APBD."
    )
    outcome = run_text(nlp, body, date(2025, 3, 7))
    assert [(f.region, f.metric, f.value) for f in outcome.facts] == [
        ("Kabupaten Lahat", "participants", 7350)
    ]
    reasons = [d.reason for d in outcome.decisions if d.quote == "9 ribu"]
    assert reasons[0] == "taken back by the text ('Bukan 9 ribu, melainkan 7.350')"  # said before it


def test_a_figure_revised_later_in_the_text_is_no_fact(nlp):
    body = (
        "Kepala Disnaker Lahat menyebut iuran 6.400 pekerja rentan ditanggung APBD untuk BPJS "
        "Ketenagakerjaan. Setelah dicocokkan, angka itu direvisi menjadi 6.120 orang."
    )
    outcome = run_text(nlp, body, date(2025, 3, 7))
    assert [(f.metric, f.value) for f in outcome.facts] == [("participants", 6120)]
    reasons = [d.reason for d in outcome.decisions if d.quote == "6.400"]
    assert reasons[0] == "taken back by the text ('direvisi menjadi 6.120')"


def test_a_plans_year_does_not_date_what_is_done_after_it_in_an_undated_text(nlp):
    body = (
        "Pemkab Lahat menargetkan UCJ mencapai 45 persen pada 2027. Secara nasional, nelayan yang "
        "terdaftar sebagai peserta BPJS Ketenagakerjaan sudah lebih dari 900 ribu orang."
    )
    facts = {f.quote: f for f in run_text(nlp, body, None).facts}
    assert (facts["45 persen"].year, facts["900 ribu"].year) == (2027, None)


def test_a_headline_count_with_two_zeros_restates_the_exact_one(nlp):
    body = (
        "Klaim JKP di Lahat Tembus 2.100 Kasus\n\nSelasa, 2 Desember 2025 09:05 WIB\n\n"
        "LAHAT – Gelombang PHK di perkebunan membuat klaim JKP melonjak. BPJS Ketenagakerjaan mencatat, "
        "sepanjang Januari s.d. Oktober 2025 terdapat 2.126 klaim JKP dari pekerja di Lahat."
    )
    outcome = run_text(nlp, body, date(2025, 12, 2))
    assert [(f.quote, f.metric) for f in outcome.facts] == [("2.126", "claims_count")]


def test_a_question_of_an_interview_opens_an_answer_about_the_storys_region(nlp):
    body = (
        "Wawancara Kepala Disnaker Lahat\n\nLAHAT – Kami mewawancarai Kepala Dinas Tenaga Kerja Kabupaten "
        "Lahat tentang perlindungan BPJS Ketenagakerjaan bagi pekerja rentan di daerahnya.\n\n"
        "Berapa cakupannya?\n\nCakupan Lahat 31 persen. Yang 40 persen itu capaian Kota Pagar Alam.\n\n"
        "Manfaatnya sudah dirasakan?\n\nSudah. Sepanjang 2024 ada 19 ahli waris yang menerima santunan "
        "kematian."
    )
    decision = decision_for(nlp, body, "19", lead="")
    assert (decision.fact.region, decision.fact.metric) == ("Kabupaten Lahat", "claims_count")


def test_parts_after_their_whole_named_again_count_what_it_counts(nlp):
    body = (
        "Pemkab Lahat menanggung iuran BPJS Ketenagakerjaan 21.400 pekerja rentan tahun ini. Dari 21.400 "
        "peserta tersebut, 9.400 orang merupakan petani, 7.000 nelayan, serta 5.000 buruh harian lepas. Di "
        "Lahat ada 42.400 pekerja rentan, jadi masih sekitar 21 ribu lagi yang belum terlindungi."
    )
    facts = {d.quote: d.fact for d in run_text(nlp, LEAD + body, PUBLISHED).decisions if d.fact}
    assert {q: facts[q].metric if q in facts else None for q in ("9.400", "7.000", "5.000", "21 ribu")} == {
        "9.400": "participants",
        "7.000": "participants",
        "5.000": "participants",
        "21 ribu": "uncovered",  # no rounded restatement of the 21.400 covered
    }


CLAIMS_2024 = (
    "Sepanjang 2024, BPJS Ketenagakerjaan Cabang Lahat membayar klaim Rp 48,5 miliar untuk 1.531 kasus "
    "di Kabupaten Lahat.\n\nKepala cabang merinci pembayaran itu dalam rapat, Kamis (6/2/2025).\n\n"
    "JHT Rp 40,1 miliar untuk 1.204 kasus, JKK Rp 5,2 miliar untuk 301 kasus, dan JKM Rp 2,4 miliar "
    "untuk 26 kasus.\n\nSelain itu JP dibayarkan Rp {jp} miliar."
)


@pytest.mark.parametrize(
    "jp, cases, quote, year",
    [
        pytest.param("0,8", "26", "Rp 0,8 miliar", 2024, id="amounts-adding-up-over-paragraphs"),
        pytest.param("0,8", "26", "301", 2024, id="cases-adding-up-exactly"),
        pytest.param("1,3", "26", "Rp 1,3 miliar", 2025, id="amounts-off-by-more-than-their-rounding"),
        pytest.param("0,8", "27", "301", 2025, id="exact-cases-off-by-one"),
    ],
)
def test_a_breakdown_adding_up_to_an_earlier_whole_takes_its_time(nlp, jp, cases, quote, year):
    body = CLAIMS_2024.format(jp=jp).replace("untuk 26 kasus", f"untuk {cases} kasus")
    decision = decision_for(nlp, body, quote, published=date(2025, 2, 7), lead="")
    assert decision.fact is not None, decision.reason
    assert (decision.fact.metric, decision.fact.year) == (
        "claims_count" if quote == "301" else "claims_paid",
        year,
    )


def test_an_amount_at_a_comparisons_baseline_is_the_earlier_amount_of_what_changed(nlp):
    body = (
        "Klaim BPJS Ketenagakerjaan yang dibayarkan di Kabupaten Lahat tahun ini Rp 52 miliar. "
        "Nilai itu tumbuh 8 persen dibanding 2024 yang sebesar Rp 48,1 miliar."
    )
    decision = decision_for(nlp, body, "Rp 48,1 miliar", lead="")
    assert decision.fact is not None, decision.reason
    assert (decision.fact.metric, decision.fact.year) == ("claims_paid", 2024)


@pytest.mark.parametrize(
    "body, quote, regions",
    [
        pytest.param(
            "Cakupan BPJS Ketenagakerjaan Kabupaten Klaten 41 persen dan Kabupaten Sragen 38 persen. Jumlah "
            "pekerja di kedua kabupaten itu diperkirakan 590 ribu dan 484 ribu.",
            "484 ribu",
            ["Kabupaten Sragen"],
            id="figures-in-order-for-the-regions-counted-back",
        ),
        pytest.param(
            "Cakupan BPJS Ketenagakerjaan Kabupaten Klaten 41 persen.\n\nKecelakaan kerja di Kabupaten "
            "Sragen tercatat 418 kasus, lebih tinggi dari Klaten yang 356 kasus.\n\nKedua kabupaten "
            "sama-sama menargetkan cakupan 45 persen pada akhir 2026.",
            "45 persen",
            ["Kabupaten Klaten", "Kabupaten Sragen"],
            id="one-figure-both-share-after-a-paragraph-break",
        ),
        pytest.param(
            "Peserta aktif BPJS Ketenagakerjaan di dua provinsi itu, yakni Provinsi Gorontalo dan Provinsi "
            "Maluku, masing-masing 104.260 dan 142.900 orang. Sementara capaian cakupan keduanya "
            "masing-masing 27,1 persen dan 24,8 persen.",
            "24,8 persen",
            ["Provinsi Maluku"],
            id="each-said-after-the-subject",
        ),
        pytest.param(
            "Menurut Disnakertrans DIY, cakupan BPJS Ketenagakerjaan Kabupaten Gunungkidul 27,4 persen, "
            "sedangkan Kulon Progo 33,9 persen. Kedua pemkab menargetkan menambah masing-masing 2.000 "
            "pekerja rentan.",
            "2.000",
            ["Kabupaten Gunungkidul", "Kabupaten Kulon Progo"],
            id="the-province-that-only-places-them-is-not-counted",
        ),
        pytest.param(
            "Kanwil BPJS Ketenagakerjaan Sulawesi Maluku mencatat total 1,26 juta peserta aktif di seluruh "
            "provinsi di Sulawesi, Maluku, dan Maluku Utara.",
            "1,26 juta",
            [],
            id="every-province-of-an-area-is-not-the-nation",
        ),
    ],
)
def test_regions_counted_back_take_the_figures_of_their_sentence(nlp, body, quote, regions):
    outcome = run_text(nlp, body, PUBLISHED)
    assert sorted(f.region for f in outcome.facts if f.quote == quote) == regions


def test_a_whole_broken_down_twice_dates_both_breakdowns(nlp):
    body = (
        "INFOGRAFIS: BPJS Ketenagakerjaan di Bengkulu\n\nPROVINSI BENGKULU SEPANJANG 2024\nPeserta aktif: "
        "96.420 orang\n- Penerima upah: 71.380 orang\n- Bukan penerima upah: 25.040 peserta\n\nPEMBANDING "
        "2023\nPeserta aktif: 82.305 orang\n\nPER KABUPATEN (peserta aktif)\nKabupaten Kaur: 58.910 orang\n"
        "Kabupaten Lebong: 37.510 peserta\n\nSumber: BPJS Ketenagakerjaan.\n"
    )
    facts = {f.quote: f for f in run_text(nlp, body, date(2025, 2, 6)).facts}
    assert (facts["37.510"].region, facts["37.510"].year) == ("Kabupaten Lebong", 2024)
    assert facts["25.040"].year == 2024


def test_a_story_led_by_another_programme_counts_only_its_passages_on_this_one(nlp):
    text = (
        "Lahat Kejar UHC, Peserta JKN Aktif Baru 80 Persen\n\n"
        "Pemkab Lahat mencatat UHC 97 persen dalam program JKN.\n\n"
        "Dari jumlah penduduk, 41.000 jiwa iurannya ditanggung APBD kabupaten.\n\n"
        "Untuk peserta yang ditanggung daerah, kami bayar iuran Rp42.000 per orang per bulan.\n\n"
        "Kepesertaan BPJS Ketenagakerjaan di Lahat baru 9.800 orang.\n\n"
        "Iuran Jamsostek pekerja rentan sebesar Rp16.800 ditanggung APBD.\n\n"
        "UCJ Lahat tercatat 12 persen."
    )
    facts = [d.fact for d in run_text(nlp, text, PUBLISHED).decisions if d.fact]
    assert [(f.quote, f.metric) for f in facts] == [
        ("9.800", "participants"),
        ("Rp16.800", "contribution"),
        ("12 persen", "coverage_pct"),
    ]


def test_an_infographics_sections_keep_their_own_times_and_plans(nlp):
    text = (
        "INFOGRAFIS: Jamsostek di Sumatera Selatan 2024\n\nBerikut ringkasan kepesertaan BPJS "
        "Ketenagakerjaan di Sumatera Selatan sepanjang tahun lalu yang dihimpun dari kantor cabang dan BPS, "
        "dengan data per Desember 2024.\n\nSUMSEL SEPANJANG 2024\n\n"
        "Peserta aktif BPJS Ketenagakerjaan (per Desember 2024): 36.250 orang\nCapaian UCJ: 32,3%\n\n"
        "PEMBANDING 2023\nPeserta aktif (Desember 2023): 32.305\nCapaian UCJ: 28,4%\n\n"
        "PER KABUPATEN (peserta aktif | UCJ)\nLahat: 18.910 | 41,2%\nMuara Enim: 17.340 | 33,8%\n\n"
        "TARGET 2025\nUCJ provinsi: 38%\nPekerja rentan ditanggung Pemprov: 8.000 orang\n"
        "Anggaran iuran (APBD Provinsi): Rp 1,61 M\n\nSumber: BPJS Ketenagakerjaan; diolah.\n"
    )
    facts = {d.fact.quote: d.fact for d in run_text(nlp, text, date(2025, 2, 6)).decisions if d.fact}
    assert (facts["41,2%"].region, facts["41,2%"].year) == ("Kabupaten Lahat", 2024)
    assert facts["28,4%"].year == 2023
    # A heading in capitals with a word of plan makes the lines under it plans, of the story's region.
    assert [(facts[q].region, facts[q].year, facts[q].metric) for q in ("38%", "8.000", "Rp 1,61 M")] == [
        ("Provinsi Sumatera Selatan", 2025, "coverage_target_pct"),
        ("Provinsi Sumatera Selatan", 2025, "participants_target"),
        ("Provinsi Sumatera Selatan", 2025, "budget"),
    ]


def test_a_year_column_tables_row_labels_give_the_unit_of_their_cells(nlp):
    text = (
        "Tiga Tahun Jamsostek di Lahat\n\nLAHAT - Kepesertaan BPJS Ketenagakerjaan di Kabupaten Lahat terus "
        "naik dalam tiga tahun terakhir, dan klaim yang dibayarkan ikut naik, menurut data cabang.\n\n"
        "Indikator (Lahat)        | 2022    | 2023    | 2024\n"
        "Peserta aktif (orang)    | 48.210  | 51.775  | 56.430\n"
        "Nilai klaim (Rp miliar)  | 11,6    | 13,2    | 15,9\n"
        "UCJ (%)                  | 26,1    | 28,7    | 31,3\n"
        "Sumber: BPJS Ketenagakerjaan, diolah\n\nPemkab menargetkan kenaikan tahun ini."
    )
    facts = {d.fact.quote: d.fact for d in run_text(nlp, text, date(2025, 1, 21)).decisions if d.fact}
    assert (facts["13,2"].metric, facts["13,2"].value, facts["13,2"].year) == ("claims_paid", 13.2e9, 2023)
    assert (facts["31,3"].metric, facts["31,3"].value, facts["31,3"].year) == ("coverage_pct", 31.3, 2024)
