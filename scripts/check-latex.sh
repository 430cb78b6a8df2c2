#!/usr/bin/env bash
# Compiles the LaTeX outputs with the real pdflatex.
#
# 1. Installs TeX Live from Debian's packages when pdflatex or a needed package is missing: the smallest set
#    that has booktabs, longtable, geometry, babel's norsk and danish, and Latin Modern Type 1 fonts for T1
#    (texlive-latex-base texlive-latex-recommended texlive-lang-european lmodern; about 210 MB installed,
#    about 70 s with apt-get update; texlive-latex-extra and cm-super are not needed), plus poppler-utils for
#    pdftotext and pdftoppm.
# 2. Builds the tool and runs `nordic-compare run --format latex,latex-fragment` over the shipped configuration
#    in en, nb and da.
# 3. Compiles each briefing.tex twice (longtable settles its columns on the second pass) with
#    `pdflatex -interaction=nonstopmode -halt-on-error`, and a small paper that \inputs every fragment; fails on
#    any error or on a glyph missing from the font, and checks that the PDF text has the section titles and the
#    sources heading.
# 4. Reads each briefing's PDF and the paper's as paper (scripts/check_pdf_layout.py): no page larger than A4, no
#    word outside its page, and in the briefing every cell's words (from the run's JSON) visible; the same for the
#    briefing of a copy of the shipped project whose Danish chair is one 5 000-character token
#    (scripts/lib/hostile_project.sh). The portrait paper that \inputs the fragments is checked for pages and
#    words outside the page too.
# 5. Renders page 1 of each briefing to PNG (pdftoppm -r 60) for a look by eye: set LATEX_CHECK_KEEP=DIR to
#    keep the outputs, PDFs and PNGs in DIR.
# 6. Runs the pdflatex compile tests of the Swift suite (hostile strings, every settable character), which a plain
#    `swift test` skips: here NORDIC_COMPARE_PDFLATEX=1 turns them on, and the check fails if they skip or fail.
#
# Exits non-zero with a message on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-latex: FAIL: $*" >&2; exit 1; }
. scripts/lib/hostile_project.sh
seconds() { date +%s; }

started=$(seconds)
packages=(texlive-latex-base texlive-latex-recommended texlive-lang-european lmodern poppler-utils)
missing=0
for tool in pdflatex kpsewhich pdftotext pdftoppm; do command -v "$tool" >/dev/null 2>&1 || missing=1; done
if [ "$missing" = 0 ]; then
    for file in booktabs.sty longtable.sty array.sty geometry.sty babel.sty norsk.ldf danish.ldf lmodern.sty t1lmr.fd ts1lmr.fd; do
        kpsewhich "$file" >/dev/null 2>&1 || { missing=1; break; }
    done
fi
if [ "$missing" = 1 ]; then
    echo "check-latex: installing ${packages[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 "${packages[@]}" >/dev/null \
        || fail "apt-get install ${packages[*]} failed"
fi
installed=$(seconds)
echo "check-latex: TeX Live ready ($((installed - started)) s; $(pdflatex --version | head -1))"

work=${LATEX_CHECK_KEEP:-}
if [ -z "$work" ]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"

swift build >"$work/build.log" 2>&1 || { tail -40 "$work/build.log" >&2; fail "swift build failed"; }
tool=.build/debug/nordic-compare

# pdflatex twice in a folder; on failure print the errors and the lines around them.
compile() {
    local folder=$1 main=$2 pass
    for pass in 1 2; do
        if ! (cd "$folder" && pdflatex -interaction=nonstopmode -halt-on-error "$main" >/dev/null 2>&1); then
            grep -A6 '^!' "$folder/${main%.tex}.log" | head -30 >&2 || true
            fail "pdflatex pass $pass on $folder/$main failed"
        fi
    done
    if grep -q 'Missing character' "$folder/${main%.tex}.log"; then
        grep 'Missing character' "$folder/${main%.tex}.log" | head -5 >&2
        fail "$folder/$main uses a glyph the font does not have"
    fi
}

declare -A babel=([en]=english [nb]=norsk [da]=danish)
declare -A sources=([en]=Sources [nb]=Kilder [da]=Kilder)
declare -A overview=([en]=Overview [nb]=Oversikt [da]=Oversigt)
for lang in en nb da; do
    out="$work/$lang"
    rm -rf "$out"
    "$tool" run --format latex,latex-fragment,json --lang "$lang" --output "$out" >"$work/run-$lang.log" 2>&1 \
        || { cat "$work/run-$lang.log" >&2; fail "nordic-compare run --format latex,latex-fragment,json --lang $lang failed"; }
    [ -f "$out/briefing.tex" ] || fail "$out/briefing.tex was not written"
    fragments=()
    for file in "$out"/*.tex; do
        name=$(basename "$file")
        [ "$name" = briefing.tex ] || fragments+=("$name")
    done
    [ "${#fragments[@]}" -gt 0 ] || fail "no fragments written for $lang"

    compile "$out" briefing.tex
    text=$(pdftotext -layout "$out/briefing.pdf" -)
    grep -q "${overview[$lang]}" <<<"$text" || fail "$lang: the PDF has no section '${overview[$lang]}'"
    grep -q "${sources[$lang]}" <<<"$text" || fail "$lang: the PDF has no '${sources[$lang]}' heading"
    pages=$(pdfinfo "$out/briefing.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')

    {
        echo '\documentclass{article}'
        echo '\usepackage[T1]{fontenc}'
        echo '\usepackage[utf8]{inputenc}'
        echo '\usepackage{lmodern}'
        echo "\\usepackage[${babel[$lang]}]{babel}"
        echo '\usepackage{array,booktabs,longtable}'
        echo '\begin{document}'
        for fragment in "${fragments[@]}"; do
            echo "\\section{${fragment%.tex}}"
            echo "\\input{$fragment}"
        done
        echo '\end{document}'
    } > "$out/paper.tex"
    compile "$out" paper.tex

    mapfile -t jsons < <(sed -n 's/^wrote \(.*\.json\)$/\1/p' "$work/run-$lang.log" | grep -v -e '/key-findings\.json$' -e '/run-manifest\.json$')
    python3 scripts/check_pdf_layout.py "$out/briefing.pdf" --json "${jsons[@]}" || fail "$lang: briefing.pdf fails as paper"
    python3 scripts/check_pdf_layout.py "$out/paper.pdf" || fail "$lang: the paper with the fragments fails as paper"
    # Fragments fit a portrait text block: no line of a table or source list more than 8 pt past it (a wide table is
    # cut into slices of four columns; the few lines over by less are a bold date or a word babel cannot hyphenate).
    overfull=$(grep -a -o 'Overfull \\hbox ([0-9.]*pt too wide)' "$out/paper.log" | sed 's/.*(\([0-9.]*\)pt.*/\1/' || true)
    too_wide=$(awk '$1 > 8' <<<"$overfull" | grep -c . || true)
    [ "$too_wide" -eq 0 ] || fail "$lang: $too_wide lines of the fragments run more than 8 pt past a portrait text block"

    pdftoppm -png -r 60 -f 1 -l 1 "$out/briefing.pdf" "$out/briefing-page"
    echo "check-latex: $lang: briefing.pdf ($pages pages) and a paper with ${#fragments[@]} fragments compile;" \
        "$(grep -c . <<<"$overfull" || true) overfull lines in the paper, none over 8 pt"
done
hostile="$work/hostile"
make_hostile_project "$hostile"
"$tool" run --config "$hostile/config/nordic-compare.yaml" --format latex,json --output "$hostile/out" \
    >"$work/run-hostile.log" 2>&1 || { cat "$work/run-hostile.log" >&2; fail "the run with a 5 000-character token failed"; }
compile "$hostile/out" briefing.tex
mapfile -t jsons < <(sed -n 's/^wrote \(.*\.json\)$/\1/p' "$work/run-hostile.log" | grep -v -e '/key-findings\.json$' -e '/run-manifest\.json$')
python3 scripts/check_pdf_layout.py "$hostile/out/briefing.pdf" --json "${jsons[@]}" --skip "$hostile_skip" \
    || fail "a 5 000-character token hides or pushes other cells off the page"
echo "check-latex: a 5 000-character token wraps in its column: every other cell's text is on the page"
compiled=$(seconds)

# The hostile strings and every settable character, through pdflatex (a plain `swift test` skips these tests; here
# they must run).
log="$work/swift-test.log"
NORDIC_COMPARE_PDFLATEX=1 swift test --filter 'LaTeXCompileTests' >"$log" 2>&1 \
    || { tail -40 "$log" >&2; fail "the pdflatex-gated tests failed"; }
if grep -qi 'skipped' "$log"; then
    grep -i 'skipped' "$log" >&2
    fail "the pdflatex-gated tests skipped although pdflatex is installed"
fi
grep -q 'Test "The hostile strings compile as a standalone document" passed' "$log" \
    || { tail -20 "$log" >&2; fail "the pdflatex-gated tests did not run"; }
finished=$(seconds)

[ -n "${LATEX_CHECK_KEEP:-}" ] && echo "check-latex: outputs, PDFs and page-1 PNGs kept in $work"
echo "check-latex: OK (install $((installed - started)) s, compile $((compiled - installed)) s, gated tests $((finished - compiled)) s)"
