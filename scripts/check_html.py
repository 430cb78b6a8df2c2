#!/usr/bin/env python3
"""Checks an HTML briefing as Chromium rendered it (the python part of scripts/check-html.sh).

  check_html.py page --lang en --html briefing.html --dom dom.html --png shot.png --netlog net.json \
      --url file:///…/briefing.html --pdf briefing.pdf overview.json themes.json …
  check_html.py netlog-selftest --netlog net.json --page file:///…/loads-things.html

`page` fails (exit 1, one line per problem) when the file could load anything (static scan), when the rendered
DOM has no tables or its tables differ from the JSON of the same run (titles, headings, row labels, row and cell
counts, cell states and texts), when the screenshot is blank, when the NetLog shows a request the page made, or
when the PDF is not A4 landscape. The screenshot is cropped to the page's content in place.
`netlog-selftest` fails unless the NetLog of a page that does load things shows those requests.
"""
import argparse
import json
import re
import subprocess
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def norm(text):
    """Whitespace (including no-break spaces and line breaks) collapsed to single spaces, trimmed; soft hyphens (the
    tables' hyphenation points, which the reader never sees unless a line breaks there) left out."""
    return re.sub(r"\s+", " ", text.replace("\xad", "")).strip()


# --- static scan --------------------------------------------------------------------------------------------

class StaticScan(HTMLParser):
    """Collects every attribute that could make a browser fetch something, and the style sheets."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.styles = []
        self.in_style = False
        self.csp = None
        self.lang = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html":
            self.lang = attributes.get("lang")
        if tag in ("script", "link", "iframe", "img", "object", "embed", "base", "frame", "audio", "video",
                   "source", "image", "use", "foreignobject", "feimage"):
            self.problems.append(f"<{tag}> element in the file")
        if tag == "meta" and (attributes.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp = attributes.get("content") or ""
        if tag == "meta" and (attributes.get("http-equiv") or "").lower() == "refresh":
            self.problems.append("<meta http-equiv=refresh> in the file")
        for name, value in attrs:
            value = value or ""
            if name in ("src", "srcset", "data", "poster", "background", "action", "formaction", "xlink:href",
                        "ping", "manifest", "style") and not (name == "style" and "url(" not in value.lower()):
                self.problems.append(f"<{tag} {name}=…> could load {value[:60]!r}")
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…> event handler")
            if name == "href" and not (value.startswith("#") or (tag == "a" and re.match(r"https?://", value))):
                self.problems.append(f"<{tag} href={value[:60]!r}> is neither a fragment nor a web link on <a>")
        if tag == "style":
            self.in_style = True

    def handle_endtag(self, tag):
        if tag == "style":
            self.in_style = False

    def handle_data(self, data):
        if self.in_style:
            self.styles.append(data)


def static_problems(path, lang):
    text = open(path, encoding="utf-8").read()
    problems = []
    if not text.startswith("<!DOCTYPE html>\n"):
        problems.append("the file does not start with <!DOCTYPE html>")
    for pattern in (r"<script", r"<link", r"@import", r"url\(", r"<[^>]*\ssrc\s*="):
        if re.search(pattern, text, re.IGNORECASE):
            problems.append(f"the file contains {pattern!r}")
    scan = StaticScan()
    scan.feed(text)
    problems += scan.problems
    css = "".join(scan.styles).lower()
    for word in ("url(", "@import", "@font-face", "image-set("):
        if word in css:
            problems.append(f"the style sheet contains {word}")
    if scan.csp is None or "default-src 'none'" not in scan.csp:
        problems.append("no Content-Security-Policy with default-src 'none'")
    if scan.lang != lang:
        problems.append(f"<html lang={scan.lang!r}>, expected {lang!r}")
    return problems


# --- the rendered DOM ---------------------------------------------------------------------------------------

class Tables(HTMLParser):
    """The comparison tables of a page: caption, header rows, body rows (cells with tag, class and text), and
    the heading of the section each is in."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables = []
        self.section_heading = None
        self.in_h2 = False
        self.h2_text = ""
        self.table = None
        self.part = None
        self.row = None
        self.cell = None
        self.in_caption = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if tag == "h2":
            self.in_h2, self.h2_text = True, ""
        elif tag == "table" and "comparison" in classes:
            self.table = {"heading": self.section_heading, "caption": "", "head": [], "body": []}
        elif self.table is not None:
            if tag == "caption":
                self.in_caption = True
            elif tag in ("thead", "tbody"):
                self.part = tag
            elif tag == "tr":
                self.row = []
            elif tag in ("th", "td") and self.row is not None:
                self.cell = {"tag": tag, "classes": classes, "text": "",
                             "colspan": int(attributes.get("colspan") or 1), "scope": attributes.get("scope")}
            elif tag == "br" and self.cell is not None:
                self.cell["text"] += "\n"

    def handle_endtag(self, tag):
        if tag == "h2" and self.in_h2:
            self.in_h2 = False
            self.section_heading = norm(self.h2_text)
        elif self.table is None:
            return
        elif tag == "caption":
            self.in_caption = False
        elif tag in ("th", "td") and self.cell is not None:
            self.row.append(self.cell)
            self.cell = None
        elif tag == "tr" and self.row is not None:
            (self.table["head"] if self.part == "thead" else self.table["body"]).append(self.row)
            self.row = None
        elif tag == "table":
            self.tables.append(self.table)
            self.table = None

    def handle_data(self, data):
        if self.in_h2:
            self.h2_text += data
        if self.table is not None and self.in_caption:
            self.table["caption"] += data
        elif self.cell is not None:
            self.cell["text"] += data


def table_problems(dom_path, json_paths):
    parser = Tables()
    parser.feed(open(dom_path, encoding="utf-8").read())
    tables = parser.tables
    views = [json.load(open(path, encoding="utf-8")) for path in json_paths]
    if not tables:
        return ["the rendered DOM has no <table class=\"comparison\">: the page is blank"]
    problems = []
    if len(tables) != len(views):
        problems.append(f"{len(tables)} tables in the page, {len(views)} views in the JSON")
    for table, view in zip(tables, views):
        name = view["view"]
        title = norm(view["title"])
        if table["heading"] != title or norm(table["caption"]) != title:
            problems.append(f"{name}: heading {table['heading']!r} / caption {norm(table['caption'])!r}, expected {title!r}")
        columns = view["columns"]
        if len(table["head"]) != 2:
            problems.append(f"{name}: {len(table['head'])} header rows, expected 2")
        else:
            groups, headings = table["head"]
            spans = [cell["colspan"] for cell in groups if cell["scope"] == "colgroup"]
            if sum(spans) != len(columns):
                problems.append(f"{name}: jurisdiction headers span {sum(spans)} columns, expected {len(columns)}")
            labels = []
            for column in columns:
                if not labels or labels[-1] != column["jurisdictionLabel"]:
                    labels.append(column["jurisdictionLabel"])
            got = [norm(cell["text"]) for cell in groups if cell["scope"] == "colgroup"]
            if got != [norm(label) for label in labels]:
                problems.append(f"{name}: jurisdiction headers {got}, expected {labels}")
            got = [norm(cell["text"]) for cell in headings]
            if got != [norm(column["heading"]) for column in columns]:
                problems.append(f"{name}: initiative headings {got}, expected {[c['heading'] for c in columns]}")
        rows = view["rows"]
        if len(table["body"]) != len(rows):
            problems.append(f"{name}: {len(table['body'])} body rows, expected {len(rows)}")
        for number, (cells, row) in enumerate(zip(table["body"], rows), start=1):
            heads = [cell for cell in cells if cell["tag"] == "th"]
            data = [cell for cell in cells if cell["tag"] == "td"]
            if len(heads) != 1 or cells[0]["tag"] != "th" or cells[0]["scope"] != "row":
                problems.append(f"{name} row {number}: expected one <th scope=row> first, got {[c['tag'] for c in cells]}")
            elif norm(heads[0]["text"]) != norm(row["label"]):
                problems.append(f"{name} row {number}: label {norm(heads[0]['text'])!r}, expected {row['label']!r}")
            if len(data) != len(columns) or len(row["cells"]) != len(columns):
                problems.append(f"{name} row {number}: {len(data)} cells, expected {len(columns)}")
                continue
            for index, (cell, expected) in enumerate(zip(data, row["cells"]), start=1):
                where = f"{name} row {number} cell {index}"
                if expected["state"] not in cell["classes"]:
                    problems.append(f"{where}: classes {cell['classes']}, expected state {expected['state']}")
                text = norm(cell["text"])
                for entry in expected["entries"]:
                    for part in (entry["text"], entry.get("qualifier") or ""):
                        if norm(part) not in text:
                            problems.append(f"{where}: {norm(part)[:50]!r} missing from {text[:80]!r}")
                if not expected["entries"] and text != "—":
                    problems.append(f"{where}: an empty cell shows {text!r}, expected '—'")
    return problems


# --- screenshot, NetLog, PDF ---------------------------------------------------------------------------------

def screenshot_problems(path):
    from PIL import Image, ImageChops
    image = Image.open(path).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 20)
    distinct = len(colours) if colours is not None else 1 << 20
    if distinct < 32:
        return [f"the screenshot {path} has {distinct} colours: the page is blank"]
    background = Image.new("RGB", image.size, image.getpixel((image.width - 1, image.height - 1)))
    box = ImageChops.difference(image, background).getbbox()
    if box is None or box[3] - box[1] < 800:
        return [f"the screenshot {path} has almost no content"]
    if box[3] >= image.height - 2:
        print(f"check-html: note: the page may be longer than the screenshot {path}")
    image.crop((0, 0, image.width, min(image.height, box[3] + 24))).save(path, optimize=True)
    return []


def page_requests(netlog_path, page_url):
    """The URLs the page asked for (requests whose initiator or isolation key is the page's file:// site),
    other than the page itself; the browser's own traffic ('not an origin') is left out."""
    log = json.load(open(netlog_path, encoding="utf-8"))
    requests = set()
    for event in log.get("events", []):
        params = event.get("params") or {}
        url = params.get("url")
        if not isinstance(url, str) or url == page_url:
            continue
        initiator = params.get("initiator")
        isolation = str(params.get("network_isolation_key", ""))
        if initiator in ("null", "file://") or "file://" in isolation or url.startswith("file:") \
                or (initiator is not None and initiator != "not an origin"):
            requests.add(url)
    return sorted(requests)


def pdf_problems(path):
    try:
        info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        return [f"pdfinfo could not read {path}: {error}"]
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    pages = re.search(r"Pages:\s+(\d+)", info)
    problems = []
    if not size or abs(float(size.group(1)) - 841.9) > 2 or abs(float(size.group(2)) - 595.3) > 2:
        problems.append(f"the PDF page is not A4 landscape: {size.group(0) if size else 'no size'}")
    if not pages or int(pages.group(1)) < 2:
        problems.append(f"the PDF has {pages.group(1) if pages else 'no'} pages, expected several")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    page = commands.add_parser("page")
    for option in ("--lang", "--html", "--dom", "--png", "--netlog", "--url", "--pdf"):
        page.add_argument(option, required=True)
    page.add_argument("json", nargs="+")
    selftest = commands.add_parser("netlog-selftest")
    selftest.add_argument("--netlog", required=True)
    selftest.add_argument("--page", required=True)
    args = parser.parse_args()

    if args.command == "netlog-selftest":
        found = page_requests(args.netlog, args.page)
        if not any("example.org" in url for url in found) or not any("example.invalid" in url for url in found):
            print(f"check-html: the NetLog of a page that loads two things shows {found}", file=sys.stderr)
            return 1
        return 0

    problems = static_problems(args.html, args.lang)
    problems += table_problems(args.dom, args.json)
    problems += screenshot_problems(args.png)
    problems += [f"the page requested {url}" for url in page_requests(args.netlog, args.url)]
    problems += pdf_problems(args.pdf)
    for problem in problems:
        print(f"check-html: {args.lang}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
