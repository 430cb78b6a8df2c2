#!/usr/bin/env bash
# Checks the Excel workbook (--format xlsx) with real readers, over the shipped configuration, in en, nb and da:
#  1. `nordic-compare run --format json,datapackage,xlsx` writes the views' JSON, the data package and briefing.xlsx
#     in one run; openpyxl opens the workbook and reads back EVERY cell, compared with the view JSON (view sheets and
#     the sources sheet) and with the data package's CSV files (data sheets); no cell is a formula, every header row
#     is frozen, and æ, ø and å are there (scripts/check_xlsx.py);
#  2. two runs give byte-identical files;
#  3. LibreOffice Calc converts every sheet of each workbook to CSV without error, and every exported cell is the one
#     openpyxl read. If LibreOffice cannot be installed, this part is skipped with a message.
# Installs what is missing: openpyxl (pip), libreoffice-calc (apt, --no-install-recommends).
# Outputs stay in .build/check-xlsx/. Exits non-zero with a message on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-xlsx: FAILED: $*" >&2; exit 1; }
say() { echo "check-xlsx: $*"; }
started=$(date +%s)
. scripts/lib/readers.sh

# --- openpyxl ----------------------------------------------------------------------------------------------
ensure_python_module openpyxl openpyxl
say "reader: openpyxl $(python3 -c 'import openpyxl; print(openpyxl.__version__)')"

ensure_libreoffice_calc

# --- build, run and check ------------------------------------------------------------------------------------
out=".build/check-xlsx"
mkdir -p .build
swift build --product nordic-compare >"$out.build.log" 2>&1 || { cat "$out.build.log" >&2; fail "swift build failed"; }
tool="$(swift build --show-bin-path)/nordic-compare"
rm -rf "$out"
mkdir -p "$out"
# Every sheet exported (the last token, -1), values rather than their display (token 9 false), as UTF-8 CSV.
export_filter="csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
for lang in en nb da; do
    "$tool" run --format json,datapackage,xlsx --lang "$lang" --output "$out/$lang" >"$out/$lang.log" 2>"$out/$lang.err" \
        || { cat "$out/$lang.err" >&2; fail "nordic-compare run --format json,datapackage,xlsx --lang $lang failed"; }
    [ -s "$out/$lang/briefing.xlsx" ] || fail "$out/$lang/briefing.xlsx is missing or empty"
    # The view JSON files in the order the run wrote them, which is the order of the view sheets.
    mapfile -t jsons < <(sed -n 's/^wrote \(.*\.json\)$/\1/p' "$out/$lang.log" | grep -v -e '/data/datapackage\.json$' -e '/key-findings\.json$' -e '/run-manifest\.json$')
    [ "${#jsons[@]}" -gt 0 ] || fail "the $lang run wrote no view JSON files"
    options=()
    if [ "$calc" -eq 1 ]; then
        converted="$out/$lang-libreoffice"
        mkdir -p "$converted"
        timeout 300 soffice -env:UserInstallation="file://$PWD/$out/profile" --headless --convert-to "$export_filter" \
            --outdir "$converted" "$out/$lang/briefing.xlsx" >"$converted.log" 2>&1 \
            || { cat "$converted.log" >&2; fail "LibreOffice Calc could not convert the $lang workbook"; }
        if grep -qi "error" "$converted.log"; then cat "$converted.log" >&2; fail "LibreOffice Calc reported an error for $lang"; fi
        options+=(--libreoffice "$converted")
    fi
    python3 scripts/check_xlsx.py --lang "$lang" --xlsx "$out/$lang/briefing.xlsx" --data "$out/$lang/data" \
        "${options[@]}" "${jsons[@]}" || fail "the $lang workbook differs from its JSON and data package (see above)"

    "$tool" run --format xlsx --lang "$lang" --output "$out/$lang-again" >/dev/null 2>&1 || fail "second $lang run failed"
    cmp -s "$out/$lang/briefing.xlsx" "$out/$lang-again/briefing.xlsx" \
        || fail "two $lang runs gave different bytes: the workbook is not deterministic"
done
say "all checks passed in $(( $(date +%s) - started ))s: en, nb, da$([ "$calc" -eq 1 ] && echo ", with LibreOffice Calc" || echo "; LibreOffice part SKIPPED"); outputs in $out/"
