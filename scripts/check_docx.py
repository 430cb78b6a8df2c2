#!/usr/bin/env python3
"""Reads a Word briefing written by `nordic-compare run --format docx` back with python-docx and compares it
with the JSON files the same run wrote.

Usage: check_docx.py --lang LANG --docx briefing.docx overview.json themes.json ...   (JSON files in view order)

Checks: the file opens; the page is A4 landscape; the default language is the run's; there is one table per
JSON file; both header rows are marked as repeated (w:tblHeader); the first header row holds the row heading
(merged down) and each jurisdiction spanning its columns (w:gridSpan), the second each initiative's heading;
EVERY body cell reads back as the text the renderer promises for its entries (one paragraph per entry,
"text (qualifier) [1, 2]", a disputed cell ending in "sources disagree" in the table's language, "—" for a cell
without entries); the heading before each table is its title; the sources list after it has one entry per
footnote with title, publisher, date, language, identifier, locator, URL, archived copy, date read and any
confidence below high; the legend
follows. Exits 1 on any mismatch.
"""

import argparse
import json
import sys

import docx
from docx.oxml.ns import qn
from docx.shared import Twips
from docx.table import _Cell

from readback_text import entry_text, visible  # beside this script

DISAGREE = {"en": "sources disagree", "nb": "kildene er uenige", "no": "kildene er uenige",
            "nn": "kjeldene er usamde", "da": "kilderne er uenige"}
SOURCES = {"en": "Sources", "nb": "Kilder", "no": "Kilder", "da": "Kilder", "nn": "Kjelder"}
ACCESSED = {"en": "accessed", "nb": "lest", "no": "lest", "nn": "lest", "da": "læst"}
ARCHIVED_COPY = {"en": "archived copy", "nb": "arkivert kopi", "no": "arkivert kopi", "nn": "arkivert kopi",
                 "da": "arkiveret kopi"}
CONFIDENCE_LABEL = {"en": "confidence", "nb": "pålitelighet", "da": "pålidelighed"}
CONFIDENCE_WORDS = {
    "en": {"medium-high": "medium-high", "medium": "medium", "low": "low"},
    "nb": {"medium-high": "middels høy", "medium": "middels", "low": "lav"},
    "da": {"medium-high": "mellemhøj", "medium": "middel", "low": "lav"},
}
LANGUAGE_TAGS = {"en": "en-GB", "nb": "nb-NO", "da": "da-DK", "nn": "nn-NO"}


def base(language):
    return language.lower().replace("_", "-").split("-")[0]


def expected_cell(cell, language):
    entries = cell["entries"]
    if not entries:
        return "—"
    paragraphs = []
    for entry in entries:
        paragraphs.append(visible(entry_text(entry)))
    if cell["state"] == "disputed":
        paragraphs.append(DISAGREE.get(base(language), "sources disagree"))
    return "\n".join(paragraphs)


def expected_source(footnote, language):
    source = footnote["source"]
    text = "[%d]\t%s" % (footnote["number"], source["title"])
    details = [d for d in (source["publisher"], source["published"] or "") if d]
    if details:
        text += " — " + ", ".join(details)
    if source["language"]:
        text += " (" + source["language"] + ")"
    if source.get("identifier"):
        text += ", " + source["identifier"]
    if footnote["locator"]:
        text += "; " + footnote["locator"]
    if source["url"]:
        text += "; " + source["url"]
    if source.get("archived"):
        text += "; " + ARCHIVED_COPY.get(base(language), "archived copy") + ": " + source["archived"]
    if source.get("accessed"):
        text += "; " + ACCESSED.get(base(language), "accessed") + " " + source["accessed"]
    confidence = source.get("confidence")
    if confidence and confidence != "high":
        words = "nb" if base(language) in ("nb", "no", "nn") else base(language)
        words = words if words in CONFIDENCE_WORDS else "en"
        text += "; " + CONFIDENCE_LABEL[words] + ": " + CONFIDENCE_WORDS[words][confidence]
    return visible(text)


def groups_of(columns):
    """Consecutive columns of one jurisdiction, as (label, count)."""
    groups = []
    for column in columns:
        key = (column["jurisdiction"], column["jurisdictionLabel"])
        if groups and groups[-1][0] == key:
            groups[-1][1] += 1
        else:
            groups.append([key, 1])
    return [(key[1], count) for key, count in groups]


class Checker:
    def __init__(self, name):
        self.name = name
        self.problems = []
        self.cells = 0

    def expect(self, actual, expected, what):
        if actual != expected:
            self.problems.append("%s: %s reads back as %r, expected %r" % (self.name, what, actual[:80], expected[:80]))

    def check_table(self, index, table, view):
        where = "table %d (%s)" % (index + 1, view["view"])
        rows = table._tbl.tr_lst
        columns = view["columns"]
        if len(rows) != 2 + len(view["rows"]):
            self.problems.append("%s: %s has %d rows, expected %d" % (self.name, where, len(rows), 2 + len(view["rows"])))
            return
        for number in (0, 1):
            trPr = rows[number].trPr
            if trPr is None or trPr.find(qn("w:tblHeader")) is None:
                self.problems.append("%s: %s header row %d is not marked as repeated" % (self.name, where, number + 1))
        for number in range(2, len(rows)):
            trPr = rows[number].trPr
            if trPr is not None and trPr.find(qn("w:tblHeader")) is not None:
                self.problems.append("%s: %s body row %d is marked as a header row" % (self.name, where, number - 1))

        def text(tc):
            return _Cell(tc, table).text

        first = rows[0].tc_lst
        groups = groups_of(columns)
        if len(first) != 1 + len(groups):
            self.problems.append("%s: %s first header row has %d cells, expected %d" % (self.name, where, len(first), 1 + len(groups)))
        else:
            self.expect(text(first[0]), visible(view["rowHeading"]), where + " row heading")
            if first[0].vMerge != "restart":
                self.problems.append("%s: %s row heading is not merged down" % (self.name, where))
            for tc, (label, count) in zip(first[1:], groups):
                self.expect(text(tc), visible(label), where + " jurisdiction")
                if tc.grid_span != count:
                    self.problems.append("%s: %s jurisdiction %r spans %d columns, expected %d" % (self.name, where, label, tc.grid_span, count))
        second = rows[1].tc_lst
        if len(second) != 1 + len(columns):
            self.problems.append("%s: %s second header row has %d cells, expected %d" % (self.name, where, len(second), 1 + len(columns)))
        else:
            if second[0].vMerge != "continue":
                self.problems.append("%s: %s second header row does not continue the row heading" % (self.name, where))
            for tc, column in zip(second[1:], columns):
                self.expect(text(tc), visible(column["heading"]), where + " initiative heading")
        for tr, row in zip(rows[2:], view["rows"]):
            tcs = tr.tc_lst
            if len(tcs) != 1 + len(row["cells"]):
                self.problems.append("%s: %s row %r has %d cells, expected %d" % (self.name, where, row["id"], len(tcs), 1 + len(row["cells"])))
                continue
            self.expect(text(tcs[0]), visible(row["label"]), "%s row %r label" % (where, row["id"]))
            for number, (tc, cell) in enumerate(zip(tcs[1:], row["cells"])):
                self.expect(text(tc), expected_cell(cell, view["language"]),
                            "%s row %r column %d (%s)" % (where, row["id"], number + 1, columns[number]["initiative"]))
                self.cells += 1

    def check_around(self, index, blocks, view):
        """The heading before the table, the sources and legend after it."""
        where = "table %d (%s)" % (index + 1, view["view"])
        heading, after = blocks
        if heading is None or heading.style.style_id != "Heading1":
            self.problems.append("%s: %s has no heading before it" % (self.name, where))
        else:
            self.expect(heading.text, visible(view["title"]), where + " heading")
        sources = [p for p in after if p.style.style_id == "SourceEntry"]
        headings = [p for p in after if p.style.style_id == "Heading2"]
        if view["footnotes"]:
            if not headings:
                self.problems.append("%s: %s has no sources heading" % (self.name, where))
            else:
                self.expect(headings[0].text, SOURCES.get(base(view["language"]), "Sources"), where + " sources heading")
        if len(sources) != len(view["footnotes"]):
            self.problems.append("%s: %s lists %d sources, expected %d" % (self.name, where, len(sources), len(view["footnotes"])))
        for paragraph, footnote in zip(sources, view["footnotes"]):
            self.expect(paragraph.text, expected_source(footnote, view["language"]), "%s source [%d]" % (where, footnote["number"]))
        legends = [p for p in after if p.style.style_id == "Legend"]
        if view["legend"].strip():
            self.expect(legends[0].text if legends else "", visible(view["legend"]), where + " legend")


def blocks_around_tables(document):
    """For each table: the last paragraph before it, and the paragraphs up to the next table."""
    result = []
    last = None
    current = None
    for block in document.iter_inner_content():
        if isinstance(block, docx.table.Table):
            current = [last, []]
            result.append(current)
        else:
            last = block
            if current is not None:
                current[1].append(block)
    return [(heading, after) for heading, after in result]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", required=True)
    parser.add_argument("--docx", required=True)
    parser.add_argument("json", nargs="+")
    arguments = parser.parse_args()

    checker = Checker(arguments.docx)
    try:
        document = docx.Document(arguments.docx)
    except Exception as error:  # python-docx raises several kinds for a broken package
        print("check_docx: python-docx cannot open %s: %s" % (arguments.docx, error))
        return 1
    views = []
    for path in arguments.json:
        with open(path, encoding="utf-8") as handle:
            views.append(json.load(handle))

    section = document.sections[-1]
    if section.orientation != docx.enum.section.WD_ORIENT.LANDSCAPE \
            or section.page_width != Twips(16838) or section.page_height != Twips(11906):
        checker.problems.append("%s: the page is not A4 landscape" % arguments.docx)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(".//" + qn("w:lang")) if defaults is not None else None
    expected_tag = LANGUAGE_TAGS.get(arguments.lang, arguments.lang)
    if lang is None or lang.get(qn("w:val")) != expected_tag:
        checker.problems.append("%s: the default language is not %s" % (arguments.docx, expected_tag))

    tables = document.tables
    if len(tables) != len(views):
        checker.problems.append("%s: %d tables, expected %d (one per view)" % (arguments.docx, len(tables), len(views)))
    for index, (table, view) in enumerate(zip(tables, views)):
        checker.check_table(index, table, view)
    for index, (blocks, view) in enumerate(zip(blocks_around_tables(document), views)):
        checker.check_around(index, blocks, view)

    for problem in checker.problems[:40]:
        print("check_docx: " + problem)
    if checker.problems:
        print("check_docx: %d problem(s) in %s" % (len(checker.problems), arguments.docx))
        return 1
    print("check_docx: %s (%s): %d tables, %d body cells and all headers, sources and legends read back as expected"
          % (arguments.docx, arguments.lang, len(tables), checker.cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
