#!/usr/bin/env python3
"""Reads an Excel workbook written by `nordic-compare run --format xlsx` back with openpyxl and compares every cell
with what the same run wrote as JSON (the views) and as the data package (the data tables).

Usage: check_xlsx.py --lang LANG --xlsx briefing.xlsx --data DIR/data [--libreoffice CSVDIR] view.json ...
(the JSON files in view order; CSVDIR holds LibreOffice Calc's export of every sheet, briefing-<sheet>.csv)

Checks: the file opens; no cell is a formula and no sheet part holds an <f> element; the sheets are the views, then
the sources of the views, then one per data package resource named as it; every sheet's header row is frozen and
its column widths are set; EVERY view cell reads back as its entries one per line ("text (qualifier) [1, 2]", then
"sources disagree" in the table's language when disputed), empty without entries; every source row reads back as
its footnote; every data cell reads back as the data package's CSV field: an empty field as an empty cell, an
integer or number field of at most 15 significant digits as a number of that value, any other field as the same
text; some cells hold æ, ø or å. With --libreoffice, every sheet LibreOffice Calc exported must hold the same cells.
Exits 1 on any mismatch.
"""

import argparse
import csv
import json
import os
import re
import sys
import zipfile

import openpyxl

from readback_text import column_heading, entry_text, visible  # beside this script

DISAGREE = {"en": "sources disagree", "nb": "kildene er uenige", "da": "kilderne er uenige"}
SOURCES_SHEET = {"en": "Sources of the views", "nb": "Kilder til tabellene", "da": "Kilder til tabellerne"}
FOOTNOTE_HEADER = ["view", "note", "title", "publisher", "published", "language", "locator", "url", "accessed",
                   "archived", "identifier"]


def expected_cell(cell, language):
    entries = cell["entries"]
    if not entries:
        return None
    lines = []
    for entry in entries:
        lines.append(entry_text(entry))
    if cell["state"] == "disputed":
        lines.append(DISAGREE.get(language, "sources disagree"))
    return visible("\n".join(lines))


def significant_digits(field):
    return len(field.lstrip("-").replace(".", "").lstrip("0"))


def expected_data(field, kind):
    """What a data package field reads back as: None, a number, or text."""
    if field == "":
        return None
    if kind in ("integer", "number") and re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", field) and significant_digits(field) <= 15:
        return int(field) if kind == "integer" or "." not in field else float(field)
    return visible(field)


class Checker:
    def __init__(self, name):
        self.name = name
        self.problems = []
        self.cells = 0

    def expect(self, sheet, row, column, actual, expected):
        self.cells += 1
        same = actual == expected and type(actual) is type(expected) if isinstance(expected, str) or expected is None \
            else isinstance(actual, (int, float)) and not isinstance(actual, bool) and actual == expected
        if not same:
            where = "%s!%s%d" % (sheet, openpyxl.utils.get_column_letter(column), row)
            self.problems.append("%s: %s reads back as %r, expected %r" % (self.name, where, str(actual)[:80] if actual is not None else None,
                                                                          str(expected)[:80] if expected is not None else None))

    def check_rows(self, ws, rows):
        """`rows` is the whole sheet as expected (lists of values), header first; nothing may follow it."""
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                self.expect(ws.title, r, c, ws.cell(row=r, column=c).value, value)
        width = max((len(row) for row in rows), default=0)
        if ws.max_row > len(rows) and any(ws.cell(row=r, column=c).value is not None
                                          for r in range(len(rows) + 1, ws.max_row + 1) for c in range(1, width + 1)):
            self.problems.append("%s: %s has rows after the last expected one" % (self.name, ws.title))
        if ws.max_column > width:
            self.problems.append("%s: %s has %d columns, expected %d" % (self.name, ws.title, ws.max_column, width))


def view_rows(view):
    header = [visible(view["rowHeading"])]
    header += [visible(column_heading(column)) for column in view["columns"]]
    rows = [header]
    for row in view["rows"]:
        rows.append([visible(row["label"])] + [expected_cell(cell, view["language"]) for cell in row["cells"]])
    return rows


def sources_rows(views):
    rows = [FOOTNOTE_HEADER]
    for view in views:
        for footnote in view["footnotes"]:
            source = footnote["source"]
            values = [source["title"], source["publisher"], source["published"], source["language"], footnote["locator"],
                      source["url"], source.get("accessed"), source.get("archived"), source.get("identifier")]
            rows.append([visible(view["view"]), footnote["number"]] + [visible(v) if v else None for v in values])
    return rows


def data_rows(resource, folder):
    kinds = [field["type"] for field in resource["schema"]["fields"]]
    with open(os.path.join(folder, resource["path"]), encoding="utf-8", newline="") as handle:
        records = list(csv.reader(handle, strict=True))
    rows = [records[0]]
    for record in records[1:]:
        rows.append([expected_data(field, kind) for field, kind in zip(record, kinds)])
    return rows


def libreoffice_value(value):
    """A cell as LibreOffice's CSV export writes it (numbers as plain digits)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", required=True)
    parser.add_argument("--xlsx", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--libreoffice")
    parser.add_argument("json", nargs="+")
    arguments = parser.parse_args()
    checker = Checker(arguments.xlsx)

    with zipfile.ZipFile(arguments.xlsx) as package:
        for name in package.namelist():
            if name.startswith("xl/worksheets/") and re.search(rb"<f[ >/]", package.read(name)):
                checker.problems.append("%s: %s holds a formula element" % (arguments.xlsx, name))
    try:
        workbook = openpyxl.load_workbook(arguments.xlsx)
    except Exception as error:  # openpyxl raises several kinds for a broken package
        print("check_xlsx: openpyxl cannot open %s: %s" % (arguments.xlsx, error))
        return 1
    views = []
    for path in arguments.json:
        with open(path, encoding="utf-8") as handle:
            views.append(json.load(handle))
    with open(os.path.join(arguments.data, "datapackage.json"), encoding="utf-8") as handle:
        resources = json.load(handle)["resources"]

    expected = [(None, view_rows(view), "B2") for view in views]
    expected.append((SOURCES_SHEET.get(arguments.lang, SOURCES_SHEET["en"]), sources_rows(views), "A2"))
    expected += [(resource["name"], data_rows(resource, arguments.data), "A2") for resource in resources]
    if len(workbook.worksheets) != len(expected):
        checker.problems.append("%s: %d sheets, expected %d" % (arguments.xlsx, len(workbook.worksheets), len(expected)))
    for ws, (name, rows, frozen) in zip(workbook.worksheets, expected):
        if name is not None and ws.title != name:
            checker.problems.append("%s: sheet %r, expected %r" % (arguments.xlsx, ws.title, name))
        if ws.freeze_panes != frozen:
            checker.problems.append("%s: sheet %r frozen at %r, expected %r" % (arguments.xlsx, ws.title, ws.freeze_panes, frozen))
        if not ws.column_dimensions["A"].customWidth:
            checker.problems.append("%s: sheet %r sets no column width" % (arguments.xlsx, ws.title))
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    checker.problems.append("%s: %s!%s is a formula" % (arguments.xlsx, ws.title, cell.coordinate))
        checker.check_rows(ws, rows)

    # Norwegian and Danish letters must survive: the shipped plugins give them in every language.
    nordic = sum(1 for ws in workbook.worksheets for row in ws.iter_rows(values_only=True) for value in row
                 if isinstance(value, str) and any(letter in value for letter in "æøåÆØÅ"))
    if nordic == 0:
        checker.problems.append("%s: no cell holds æ, ø or å" % arguments.xlsx)

    lo_sheets = 0
    if arguments.libreoffice:
        stem = os.path.splitext(os.path.basename(arguments.xlsx))[0]
        for ws in workbook.worksheets:
            path = os.path.join(arguments.libreoffice, "%s-%s.csv" % (stem, ws.title))
            if not os.path.exists(path):
                checker.problems.append("LibreOffice: no export of sheet %r (%s)" % (ws.title, path))
                continue
            with open(path, encoding="utf-8", newline="") as handle:
                records = list(csv.reader(handle, strict=True))
            lo_sheets += 1
            for r, row in enumerate(ws.iter_rows(values_only=True)):
                got = records[r] if r < len(records) else []
                for c, value in enumerate(row):
                    actual = got[c] if c < len(got) else ""
                    if actual != libreoffice_value(value):
                        checker.problems.append("LibreOffice: %s!%s%d reads %r, openpyxl %r" % (
                            ws.title, openpyxl.utils.get_column_letter(c + 1), r + 1, actual[:60], libreoffice_value(value)[:60]))

    for problem in checker.problems[:40]:
        print("check_xlsx: " + problem)
    if checker.problems:
        print("check_xlsx: %d problem(s) in %s" % (len(checker.problems), arguments.xlsx))
        return 1
    print("check_xlsx: %s (%s): %d sheets, %d cells (%d with æ, ø or å) read back as the JSON and the data package%s" % (
        arguments.xlsx, arguments.lang, len(workbook.worksheets), checker.cells, nordic,
        ", and as LibreOffice Calc exported %d sheets" % lo_sheets if arguments.libreoffice else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
