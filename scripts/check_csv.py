#!/usr/bin/env python3
"""Reads every CSV file of a `nordic-compare run --format csv,json` output folder as a data team would, and checks
its shape against the JSON of the same run (see scripts/check-csv.sh).

For each view (one `<view>.json`):
  - `<view>.csv` and `<view>-sources.csv` exist, are UTF-8 without a byte-order mark, and Python's `csv` module in
    strict mode reads every record with the same number of fields;
  - the table's header is the row heading and `Jurisdiction: Initiative` per column, one record per row of the view
    with its label first (`--columns N`: every table has N columns of initiatives);
  - the sources file's header is the documented one, with one record per footnote: its number and title;
  - `pandas.read_csv` reads both files with default arguments to the same shape, and with `dtype=str` to the same
    cells; in the sources file it types the `note` column as integers;
  - with `--libreoffice DIR`: the files LibreOffice Calc wrote after importing each CSV as the README says
    (UTF-8, comma) hold exactly the same cells.

Exits 1 with every problem listed, 0 when all is well.
"""
import argparse
import csv
import json
import sys
from pathlib import Path

import pandas

from readback_text import column_heading  # beside this script

SOURCES_HEADER = ["note", "title", "publisher", "published", "language", "locator", "url", "accessed", "archived",
                  "identifier"]


def read_strict(path: Path, problems: list) -> list:
    """The records of a CSV file read by the csv module in strict mode, or [] with the problem noted."""
    if not path.is_file():
        problems.append(f"{path}: missing")
        return []
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{path}: starts with a byte-order mark")
    try:
        with path.open(newline="", encoding="utf-8", errors="strict") as handle:
            return list(csv.reader(handle, strict=True))
    except (csv.Error, UnicodeDecodeError) as error:
        problems.append(f"{path}: Python's csv module (strict) fails: {error}")
        return []


def check_widths(path: Path, records: list, width: int, count: int, problems: list) -> None:
    widths = sorted({len(record) for record in records})
    if widths != [width]:
        problems.append(f"{path}: field counts {widths}, expected {width} in every record")
    if len(records) != count:
        problems.append(f"{path}: {len(records)} records, expected {count}")


def check_pandas(path: Path, records: list, problems: list) -> None:
    """pandas reads the file with default arguments to the same shape, and as text to the same cells."""
    if not records:
        return
    try:
        typed = pandas.read_csv(path)
        text = pandas.read_csv(path, dtype=str, keep_default_na=False)
    except Exception as error:  # pandas raises several types (ParserError, UnicodeDecodeError, ...)
        problems.append(f"{path}: pandas.read_csv fails: {error}")
        return
    shape = (len(records) - 1, len(records[0]))
    for name, frame in (("default", typed), ("dtype=str", text)):
        if frame.shape != shape:
            problems.append(f"{path}: pandas ({name}) reads shape {frame.shape}, expected {shape}")
    if len(set(records[0])) == len(records[0]) and list(text.columns) != records[0]:
        problems.append(f"{path}: pandas reads the header as {list(text.columns)[:4]}…")
    if text.values.tolist() != records[1:]:
        problems.append(f"{path}: pandas (dtype=str) reads other cells than the csv module")


def check_libreoffice(original: Path, converted: Path, records: list, problems: list) -> None:
    if not converted.is_file():
        problems.append(f"{converted}: LibreOffice wrote no file for {original.name}")
        return
    with converted.open(newline="", encoding="utf-8") as handle:
        cells = list(csv.reader(handle, strict=True))
    if cells != records:
        first = next(((r, c, a, b) for r, (ra, rb) in enumerate(zip(records, cells))
                      for c, (a, b) in enumerate(zip(ra, rb)) if a != b), None)
        problems.append(f"{original}: LibreOffice Calc imports other cells (first difference at record, field, "
                        f"expected, got: {first}; {len(cells)} records for {len(records)})")


def check_view(folder: Path, view: str, columns: int, libreoffice: Path, problems: list) -> int:
    with (folder / f"{view}.json").open(encoding="utf-8") as handle:
        table = json.load(handle)
    width = len(table["columns"]) + 1
    if columns is not None and width != columns + 1:
        problems.append(f"{view}.json: {width - 1} columns, expected {columns}")

    path = folder / f"{view}.csv"
    records = read_strict(path, problems)
    check_widths(path, records, width, len(table["rows"]) + 1, problems)
    header = [table["rowHeading"]] + [column_heading(c) for c in table["columns"]]
    if records and records[0] != header:
        problems.append(f"{path}: header {records[0][:3]}…, expected {header[:3]}…")
    labels = [record[0] for record in records[1:] if record]
    if labels != [row["label"] for row in table["rows"]]:
        problems.append(f"{path}: row labels {labels}, expected the view's {[row['label'] for row in table['rows']]}")
    check_pandas(path, records, problems)
    if libreoffice:
        check_libreoffice(path, libreoffice / path.name, records, problems)

    path = folder / f"{view}-sources.csv"
    sources = read_strict(path, problems)
    check_widths(path, sources, len(SOURCES_HEADER), len(table["footnotes"]) + 1, problems)
    if sources and sources[0] != SOURCES_HEADER:
        problems.append(f"{path}: header {sources[0]}, expected {SOURCES_HEADER}")
    expected = [[str(f["number"]), f["source"]["title"]] for f in table["footnotes"]]
    if [record[:2] for record in sources[1:]] != expected:
        problems.append(f"{path}: numbers and titles differ from the footnotes of {view}.json")
    check_pandas(path, sources, problems)
    if sources[1:]:
        notes = pandas.read_csv(path)["note"]
        if str(notes.dtype) != "int64" or notes.tolist() != [f["number"] for f in table["footnotes"]]:
            problems.append(f"{path}: pandas reads the note column as {notes.dtype} {notes.tolist()[:5]}…")
    if libreoffice:
        check_libreoffice(path, libreoffice / path.name, sources, problems)
    return len(records) + len(sources)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="the output folder of a run with --format csv,json")
    parser.add_argument("--columns", type=int, help="the number of initiatives every table must have")
    parser.add_argument("--jurisdiction-views", default="",
                        help="comma-separated views whose columns are jurisdictions, not initiatives (an indicator "
                             "view): --columns does not apply to them")
    parser.add_argument("--libreoffice", type=Path, help="the folder of LibreOffice's conversions of the CSV files")
    args = parser.parse_args()

    problems: list = []
    # The key findings a run's briefing opens with are JSON of their own, not a view, and have no CSV.
    key_findings = "key-findings"
    # Nor are the run's manifest and the snapshot of its inputs (docs/run-manifest.md).
    run_files = {"run-manifest.json", "run-inputs.tar"}
    views = sorted(path.stem for path in args.folder.glob("*.json")
                   if path.stem != key_findings and path.name not in run_files)
    if not views:
        problems.append(f"{args.folder}: no JSON files")
    expected = sorted([name for view in views for name in (f"{view}.csv", f"{view}-sources.csv", f"{view}.json")]
                      + ([f"{key_findings}.json"] if (args.folder / f"{key_findings}.json").exists() else []))
    present = sorted(path.name for path in args.folder.iterdir() if path.is_file() and path.name not in run_files)
    if present != expected:
        problems.append(f"{args.folder}: files {present}, expected {expected}")
    by_jurisdiction = set(filter(None, args.jurisdiction_views.split(",")))
    records = sum(check_view(args.folder, view, None if view in by_jurisdiction else args.columns, args.libreoffice,
                             problems) for view in views)

    if problems:
        for problem in problems:
            print(f"check-csv: {problem}", file=sys.stderr)
        return 1
    checked = "csv module, pandas" + (" and LibreOffice Calc" if args.libreoffice else "")
    print(f"check-csv: {args.folder}: {len(views)} views, {2 * len(views)} CSV files, {records} records read alike "
          f"by the {checked}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
