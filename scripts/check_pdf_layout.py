#!/usr/bin/env python3
"""Checks a rendered briefing PDF as a reader sees it on paper (used by check-html.sh, check-docx.sh, check-latex.sh).

    check_pdf_layout.py PDF [--json VIEW.json ...] [--skip TEXT] [--sections-from BRIEFING.html]

1. No page is wider than A4 landscape, and no word of any page lies outside its page (pdftotext -bbox-layout): a table
   that runs off the paper, or a word that runs off it, fails.
2. With --json: every word of every cell of those views (as the run's JSON gives them) is visible in the PDF's
   text (pdftotext -layout), but for the cells whose text contains --skip (the hostile token itself, which wraps
   anywhere). A word broken at hyphenation points across lines counts as visible when its parts are there.
   This is what shows that a 5 000-character token left every other cell's text readable: not overprinted, not
   pushed off the page.
3. With --sections-from: no page is more than half empty but the last page of a section. A page's filled height is
   how far down its body text reaches (pdftotext -bbox-layout), between the running header (the top line every
   page repeats) and the page number ("3 / 14", the bottom line); a page is the last of a section when the next
   page's first body line is a section heading (an <h2> of the HTML that was printed, set a quarter larger than the
   document's usual line), and the document's last page always is. A chart alone on a page, or a page left
   two-thirds empty behind a row pushed to the next page, fails.
   Prints one line with the page count and each page's filled share.
Exits 1 with one line per problem.
"""
import json
import re
from html.parser import HTMLParser
import subprocess
import sys
from xml.etree import ElementTree

A4_LONG = 842.5  # points, with rounding room


def run(arguments):
    """The command's output, without soft hyphens: Chromium keeps every one of the HTML's soft hyphens in the PDF's
    text, where a line does not break at it as well, and a word read with them would be read as pieces."""
    return subprocess.run(arguments, capture_output=True, text=True, check=True).stdout.replace("\xad", "")


XHTML = "{http://www.w3.org/1999/xhtml}"


def bbox_pages(pdf):
    """The PDF's pages as pdftotext -bbox-layout reads them: XHTML <page width= height=> elements holding
    <word xMin= yMin= xMax= yMax=> elements (inside blocks and lines)."""
    html = re.sub(r"<!DOCTYPE[^>]*>", "", run(["pdftotext", "-bbox-layout", pdf, "-"]))
    return ElementTree.fromstring(html).findall(f".//{XHTML}page")


def page_problems(pdf, pages):
    problems = []
    if not pages:
        return [f"{pdf}: no pages"]
    for number, page in enumerate(pages, 1):
        width, height = float(page.get("width")), float(page.get("height"))
        if max(width, height) > A4_LONG or min(width, height) > 596:
            problems.append(f"{pdf}: page {number} is {width:.0f} x {height:.0f} pt, larger than A4")
        for word in page.iter(f"{XHTML}word"):
            x_max, y_max = float(word.get("xMax")), float(word.get("yMax"))
            x_min, y_min = float(word.get("xMin")), float(word.get("yMin"))
            if x_min < -0.5 or y_min < -0.5 or x_max > width + 0.5 or y_max > height + 0.5:
                problems.append(f"{pdf}: page {number}: {word.text!r} lies outside the page "
                                f"(x {x_min:.0f}–{x_max:.0f} of {width:.0f})")
                break
    return problems


class HeadingParser(HTMLParser):
    """The text of every <h2> of an HTML page: the section headings a printed page can start with."""

    def __init__(self):
        super().__init__()
        self.headings, self.current = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "h2":
            self.current = ""

    def handle_endtag(self, tag):
        if tag == "h2" and self.current is not None:
            self.headings.append(" ".join(self.current.split()))
            self.current = None

    def handle_data(self, data):
        if self.current is not None:
            self.current += data


def page_lines(bbox):
    """Each page's height and its lines of text, top to bottom, as (yMin, yMax, text): words whose tops lie within
    2 pt of each other form a line, read left to right. Words set upright (a chart's column headings, rotated a
    quarter turn) are not lines of text: their boxes are tall and narrow, and would make every line of their page look
    small beside them."""
    def upright(word):
        width = float(word.get("xMax")) - float(word.get("xMin"))
        height = float(word.get("yMax")) - float(word.get("yMin"))
        return height > 20 and height > 2 * width

    pages = []
    for page in bbox:
        boxes = sorted((float(w.get("yMin")), float(w.get("xMin")), float(w.get("yMax")), w.text or "")
                       for w in page.iter(f"{XHTML}word") if not upright(w))
        lines = []
        for y_min, x_min, y_max, text in boxes:
            if lines and y_min - lines[-1][0] <= 2:
                lines[-1][1].append((x_min, text))
                lines[-1][2] = max(lines[-1][2], y_max)
            else:
                lines.append([y_min, [(x_min, text)], y_max])
        pages.append((float(page.get("height")),
                      [(y_min, y_max, " ".join(t for _, t in sorted(words))) for y_min, words, y_max in lines]))
    return pages


def fill_problems(pdf, bbox, html_path):
    """Pages more than half empty that are not the last of a section (see the module's help, 3.)."""
    parser = HeadingParser()
    with open(html_path, encoding="utf-8") as handle:
        parser.feed(handle.read())
    headings = [h for h in parser.headings if h]
    pages = page_lines(bbox)
    # The running header: the top line, the same on every page; the page number: the bottom line, "N / M".
    header = pages[0][1][0][2] if len(pages) > 1 and pages[0][1] else None
    if any(not lines or lines[0][2] != header for _, lines in pages):
        header = None
    number_line = re.compile(r"^\d+ / \d+$")
    bodies = []
    for height, lines in pages:
        top, bottom = 0.0, height
        if header is not None:
            top, lines = lines[0][1], lines[1:]
        if lines and number_line.match(lines[-1][2]):
            bottom, lines = lines[-1][0], lines[:-1]
        lines = [(y_min, y_max, " ".join(text.split())) for y_min, y_max, text in lines]
        bodies.append((top, bottom, lines))
    # The document's usual line: a page that is mostly a chart, set larger than the tables, has a usual line of its own.
    sizes = sorted(y_max - y_min for _, _, lines in bodies for y_min, y_max, _ in lines)
    median = sizes[len(sizes) // 2] if sizes else 0.0

    def is_heading(line):
        # A section heading's text, set clearly larger than the document's usual line (a wrapped heading: its start).
        y_min, y_max, text = line
        return (y_max - y_min >= 1.25 * median
                and any(h.startswith(text) or text.startswith(h) for h in headings if text))

    fills, firsts = [], []
    for index, (top, bottom, lines) in enumerate(bodies):
        kept = list(lines)
        if index + 1 < len(bodies):
            # Header rows of a table whose first row went to the next page, which repeats them at its top, and a
            # heading with nothing of its section under it, fill nothing.
            following = [text for _, _, text in bodies[index + 1][2]]
            repeated = next((k for k in range(min(len(kept), len(following)), 0, -1)
                             if [text for _, _, text in kept[-k:]] == following[:k]), 0)
            kept = kept[:len(kept) - repeated]
            while kept and is_heading(kept[-1]):
                kept.pop()
        reach = max((y_max for _, y_max, _ in kept), default=top)
        fills.append((reach - top) / (bottom - top) if bottom > top else 0.0)
        firsts.append(is_heading(lines[0]) if lines else False)

    print(f"{pdf}: {len(pages)} pages, filled " + " ".join(f"{round(100 * f)}%" for f in fills))
    problems = []
    for index, fill in enumerate(fills):
        last_of_section = index == len(fills) - 1 or firsts[index + 1]
        if fill < 0.5 and not last_of_section:
            start = bodies[index + 1][2][0][2] if bodies[index + 1][2] else ""
            problems.append(f"{pdf}: page {index + 1} of {len(fills)} is {round(100 * (1 - fill))}% empty, and "
                            f"page {index + 2} does not start a section (it starts {start[:60]!r})")
    return problems


def words(text):
    """The words of a text: letters and digits, split at anything else (spaces, no-break spaces, punctuation)."""
    return [w for w in re.split(r"[^\w]+", text) if len(w) >= 3]


def segmented(word, pieces, parts):
    """Whether `word` is the concatenation of at most `parts` shown pieces (a word broken over lines: at hyphenation
    points, or where a browser without hyphenation patterns breaks a word longer than its column)."""
    if word in pieces:
        return True
    if parts <= 1:
        return False
    return any(word[:i] in pieces and segmented(word[i:], pieces, parts - 1) for i in range(1, len(word)))


def visibility_problems(pdf, json_paths, skip):
    text = run(["pdftotext", "-layout", pdf, "-"])
    shown = set(words(text))
    # Fragments of words broken at a line end ("Digitalise-" + "ringsforum"), and the pieces of a token broken
    # anywhere, as they appear: a word is visible when it is shown whole or as two shown pieces.
    pieces = set(re.findall(r"\w+", text))
    missing = []
    for path in json_paths:
        with open(path, encoding="utf-8") as handle:
            view = json.load(handle)
        for row in view["rows"]:
            for cell in row["cells"]:
                entries = [e["text"] + " " + (e.get("qualifier") or "") for e in cell["entries"]]
                if skip and any(skip in entry for entry in entries):
                    continue
                for word in words(" ".join(entries)):
                    if word in shown:
                        continue
                    if segmented(word, pieces, 4):
                        continue
                    missing.append(f"{view['view']}: {row['id']}: {word!r}")
    return [f"{pdf}: {len(missing)} words of other cells not visible, such as {missing[:5]}"] if missing else []


def main():
    arguments = sys.argv[1:]
    if not arguments:
        print(__doc__)
        return 2
    pdf = arguments.pop(0)
    json_paths, skip, sections_from = [], None, None
    while arguments:
        option = arguments.pop(0)
        if option == "--json":
            while arguments and not arguments[0].startswith("--"):
                json_paths.append(arguments.pop(0))
        elif option == "--skip":
            skip = arguments.pop(0)
        elif option == "--sections-from":
            sections_from = arguments.pop(0)
        else:
            print(f"unknown option {option}")
            return 2
    bbox = bbox_pages(pdf)
    problems = page_problems(pdf, bbox)
    if json_paths:
        problems += visibility_problems(pdf, json_paths, skip)
    if sections_from:
        problems += fill_problems(pdf, bbox, sections_from)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
