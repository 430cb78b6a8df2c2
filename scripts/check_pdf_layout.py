#!/usr/bin/env python3
"""Checks a rendered briefing PDF as a reader sees it on paper (used by check-html.sh, check-docx.sh, check-latex.sh).

    check_pdf_layout.py PDF [--json VIEW.json ...] [--skip TEXT]

1. No page is wider than A4 landscape, and no word of any page lies outside its page (pdftotext -bbox): a table
   that runs off the paper, or a word that runs off it, fails.
2. With --json: every word of every cell of those views (as the run's JSON gives them) is visible in the PDF's
   text (pdftotext -layout), but for the cells whose text contains --skip (the hostile token itself, which wraps
   anywhere). A word broken at hyphenation points across lines counts as visible when its parts are there.
   This is what shows that a 5 000-character token left every other cell's text readable: not overprinted, not
   pushed off the page.
Exits 1 with one line per problem.
"""
import json
import re
import subprocess
import sys
from xml.etree import ElementTree

A4_LONG = 842.5  # points, with rounding room


def run(arguments):
    return subprocess.run(arguments, capture_output=True, text=True, check=True).stdout


def page_problems(pdf):
    problems = []
    html = run(["pdftotext", "-bbox", pdf, "-"])
    # pdftotext -bbox writes XHTML: <page width= height=> with <word xMin= yMin= xMax= yMax=>.
    html = re.sub(r"<!DOCTYPE[^>]*>", "", html)
    root = ElementTree.fromstring(html)
    namespace = {"x": "http://www.w3.org/1999/xhtml"}
    pages = root.findall(".//x:page", namespace)
    if not pages:
        return [f"{pdf}: no pages"]
    for number, page in enumerate(pages, 1):
        width, height = float(page.get("width")), float(page.get("height"))
        if max(width, height) > A4_LONG or min(width, height) > 596:
            problems.append(f"{pdf}: page {number} is {width:.0f} x {height:.0f} pt, larger than A4")
        for word in page.findall("x:word", namespace):
            x_max, y_max = float(word.get("xMax")), float(word.get("yMax"))
            x_min, y_min = float(word.get("xMin")), float(word.get("yMin"))
            if x_min < -0.5 or y_min < -0.5 or x_max > width + 0.5 or y_max > height + 0.5:
                problems.append(f"{pdf}: page {number}: {word.text!r} lies outside the page "
                                f"(x {x_min:.0f}–{x_max:.0f} of {width:.0f})")
                break
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
    json_paths, skip = [], None
    while arguments:
        option = arguments.pop(0)
        if option == "--json":
            while arguments and not arguments[0].startswith("--"):
                json_paths.append(arguments.pop(0))
        elif option == "--skip":
            skip = arguments.pop(0)
        else:
            print(f"unknown option {option}")
            return 2
    problems = page_problems(pdf)
    if json_paths:
        problems += visibility_problems(pdf, json_paths, skip)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
