#!/usr/bin/env bash
# Checks the Word briefing (--format docx) with real readers, over the shipped configuration, in en, nb and da:
#  1. python-docx opens each briefing.docx and reads back every table cell, both header rows (marked as repeated),
#     the headings, sources and legends, compared with the JSON the same run wrote (scripts/check_docx.py);
#  2. two runs give byte-identical files;
#  3. LibreOffice converts each file to PDF (A4 landscape, not empty), and pdftoppm renders page 1 to PNG for a
#     person to look at. If LibreOffice cannot be installed, this part is skipped with a message. LibreOffice gets
#     what a reader's Word has: Carlito (metrically Calibri) and the en-GB, Danish and Norwegian hyphenation
#     patterns, so that it lays the pages out and breaks words as Word would;
#  4. scripts/check_pdf_layout.py reads each PDF as paper: no page larger than A4, no word outside its page, every
#     cell's words (from the run's JSON) visible; and the same for a copy of the shipped project whose Danish
#     chair is one 5 000-character token (scripts/lib/hostile_project.sh).
# Installs what is missing: python-docx (pip), libreoffice-writer and poppler-utils (apt, --no-install-recommends).
# Outputs stay in .build/check-docx/ (PDFs and PNGs included). Exits non-zero with a message on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-docx: FAILED: $*" >&2; exit 1; }
say() { echo "check-docx: $*"; }
. scripts/lib/readers.sh
. scripts/lib/hostile_project.sh
started=$(date +%s)
SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
apt_updated=0
apt_install() {
    export DEBIAN_FRONTEND=noninteractive
    if [ "$apt_updated" -eq 0 ]; then $SUDO apt-get update -qq && apt_updated=1 || return 1; fi
    $SUDO apt-get install -y -qq --no-install-recommends "$@"
}

# --- python-docx --------------------------------------------------------------------------------------------
if ! python3 -c "import docx" >/dev/null 2>&1; then
    t=$(date +%s)
    say "installing python-docx from PyPI"
    python3 -m pip install --quiet python-docx || fail "could not install python-docx (pip install python-docx)"
    say "python-docx installed in $(( $(date +%s) - t ))s"
fi

# --- build and render ---------------------------------------------------------------------------------------
out=".build/check-docx"
mkdir -p .build
swift build --product nordic-compare >"$out.build.log" 2>&1 || { cat "$out.build.log" >&2; fail "swift build failed"; }
tool="$(swift build --show-bin-path)/nordic-compare"
rm -rf "$out"
mkdir -p "$out"
for lang in en nb da; do
    "$tool" run --format json,docx --lang "$lang" --output "$out/$lang" >"$out/$lang.log" 2>"$out/$lang.err" \
        || { cat "$out/$lang.err" >&2; fail "nordic-compare run --format json,docx --lang $lang failed"; }
    [ -s "$out/$lang/briefing.docx" ] || fail "$out/$lang/briefing.docx is missing or empty"
    # The JSON files in the order the run wrote them, which is the order of the tables in the briefing.
    mapfile -t jsons < <(sed -n 's/^wrote \(.*\.json\)$/\1/p' "$out/$lang.log" | grep -v -e '/key-findings\.json$' -e '/run-manifest\.json$')
    [ "${#jsons[@]}" -gt 0 ] || fail "the $lang run wrote no JSON files"
    python3 scripts/check_docx.py --lang "$lang" --docx "$out/$lang/briefing.docx" "${jsons[@]}" \
        || fail "python-docx read-back of the $lang briefing differs from its JSON (see above)"

    "$tool" run --format docx --lang "$lang" --output "$out/$lang-again" >/dev/null 2>&1 \
        || fail "second $lang run failed"
    cmp -s "$out/$lang/briefing.docx" "$out/$lang-again/briefing.docx" \
        || fail "two $lang runs gave different bytes: the DOCX output is not deterministic"
done
say "python-docx read-back and byte-identical reruns passed in $(( $(date +%s) - started ))s"

# --- LibreOffice --------------------------------------------------------------------------------------------
if ! command -v soffice >/dev/null 2>&1; then
    t=$(date +%s)
    say "soffice not found; installing libreoffice-writer (--no-install-recommends, about 90 MB download)"
    if ! apt_install libreoffice-writer; then
        say "SKIPPED the LibreOffice part: libreoffice-writer could not be installed (no apt access?)"
        say "done in $(( $(date +%s) - started ))s (python-docx part only)"
        exit 0
    fi
    say "libreoffice-writer installed in $(( $(date +%s) - t ))s"
fi
if ! command -v pdftoppm >/dev/null 2>&1 || ! command -v pdfinfo >/dev/null 2>&1; then
    apt_install poppler-utils || fail "could not install poppler-utils (pdftoppm, pdfinfo)"
fi

ensure_apt_packages fonts-crosextra-carlito hyphen-en-gb hyphen-da hyphen-no \
    || say "LibreOffice lays the pages out without Carlito or the hyphenation patterns"

t=$(date +%s)
profile="$(pwd)/$out/lo-profile"
for lang in en nb da; do
    pdfdir="$out/pdf-$lang"
    mkdir -p "$pdfdir"
    timeout 300 soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$pdfdir" \
        "$out/$lang/briefing.docx" >"$pdfdir/soffice.log" 2>&1 \
        || { cat "$pdfdir/soffice.log" >&2; fail "LibreOffice could not convert the $lang briefing to PDF"; }
    pdf="$pdfdir/briefing.pdf"
    [ -s "$pdf" ] || { cat "$pdfdir/soffice.log" >&2; fail "LibreOffice wrote no PDF (or an empty one) for $lang"; }
    info=$(pdfinfo "$pdf") || fail "pdfinfo cannot read $pdf"
    pages=$(sed -n 's/^Pages: *//p' <<<"$info")
    size=$(sed -n 's/^Page size: *//p' <<<"$info")
    [ "${pages:-0}" -ge 1 ] || fail "$pdf has no pages"
    # "841.89 x 595.304 pts (A4)": wider than high means landscape.
    awk '{ exit !($1 > $3 && $1 > 830 && $1 < 850) }' <<<"$size" || fail "$pdf is not A4 landscape: $size"
    pdftoppm -png -r 60 -f 1 -l 1 "$pdf" "$pdfdir/page" || fail "pdftoppm could not render page 1 of $pdf"
    png=$(ls "$pdfdir"/page-*1.png 2>/dev/null | head -n 1)
    [ -s "$png" ] || fail "pdftoppm wrote no PNG for $lang"
    mapfile -t jsons < <(sed -n 's/^wrote \(.*\.json\)$/\1/p' "$out/$lang.log" | grep -v -e '/key-findings\.json$' -e '/run-manifest\.json$')
    python3 scripts/check_pdf_layout.py "$pdf" --json "${jsons[@]}" || fail "the $lang briefing fails as paper"
    say "$lang: $pages pages, $size, every cell's text on the paper; page 1 as $png"
done
make_hostile_project "$out/hostile"
"$tool" run --config "$out/hostile/config/nordic-compare.yaml" --format json,docx --output "$out/hostile/out" \
    >"$out/hostile.log" 2>&1 || { cat "$out/hostile.log" >&2; fail "the run with a 5 000-character token failed"; }
mapfile -t jsons < <(sed -n 's/^wrote \(.*\.json\)$/\1/p' "$out/hostile.log" | grep -v -e '/key-findings\.json$' -e '/run-manifest\.json$')
timeout 300 soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out/hostile" \
    "$out/hostile/out/briefing.docx" >"$out/hostile/soffice.log" 2>&1 \
    || { cat "$out/hostile/soffice.log" >&2; fail "LibreOffice could not convert the hostile briefing to PDF"; }
python3 scripts/check_pdf_layout.py "$out/hostile/briefing.pdf" --json "${jsons[@]}" --skip "$hostile_skip" \
    || fail "a 5 000-character token hides or pushes other cells off the page"
say "a 5 000-character token wraps in its column: every other cell's text is on the page"
say "LibreOffice conversion passed in $(( $(date +%s) - t ))s"
say "all DOCX checks passed in $(( $(date +%s) - started ))s; outputs in $out/"
