#!/usr/bin/env bash
# Checks the data package (--format datapackage) of the shipped plugins with the Frictionless reference
# implementation, as a data team would before loading it:
#   1. `frictionless validate` reads data/datapackage.json and every CSV it lists, and checks the descriptor against
#      the Data Package v2 profiles, every row against its Table Schema (types, required values, allowed values,
#      date patterns), every primary key for uniqueness and every foreign key for a row it refers to; any error
#      fails the check;
#   2. Python's csv module (strict) and pandas read every CSV with one field count throughout and the header's
#      shape, as docs/data.md tells pandas users to read them;
#   3. two runs give byte-identical files (no timestamp unless --timestamp is asked for).
# Installs frictionless and pandas (pip) when they are missing. Outputs stay in .build/check-datapackage/. Exits non-zero with a
# message on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-datapackage: FAILED: $*" >&2; exit 1; }
say() { echo "check-datapackage: $*"; }
. scripts/lib/readers.sh

# --- what the check needs ------------------------------------------------------------------------------------
if ! command -v frictionless >/dev/null 2>&1; then
    say "installing frictionless (pip)"
    python3 -m pip install --quiet frictionless || fail "could not install frictionless (pip install frictionless)"
    hash -r
fi
command -v frictionless >/dev/null 2>&1 || fail "frictionless is installed but not on PATH"
ensure_python_module pandas pandas
say "validator: frictionless $(frictionless --version 2>/dev/null | tail -n 1)"

# --- build and write ------------------------------------------------------------------------------------------
out=".build/check-datapackage"
mkdir -p .build
swift build --product nordic-compare >"$out.build.log" 2>&1 || { cat "$out.build.log" >&2; fail "swift build failed"; }
tool="$(swift build --show-bin-path)/nordic-compare"
rm -rf "$out"
mkdir -p "$out"
"$tool" run --format datapackage --output "$out/first" >"$out/first.log" 2>"$out/first.err" \
    || { cat "$out/first.err" >&2; fail "nordic-compare run --format datapackage failed"; }
descriptor="$out/first/data/datapackage.json"
[ -s "$descriptor" ] || fail "$descriptor is missing or empty"

# --- 1. the reference implementation accepts it ----------------------------------------------------------------
status=0
frictionless validate --json "$descriptor" >"$out/report.json" 2>"$out/report.err" || status=$?
python3 - "$out/report.json" <<'PY' || fail "frictionless validate found errors in $descriptor (report: $out/report.json)"
import json, sys
report = json.load(open(sys.argv[1]))
tasks = report.get("tasks", [])
problems = [e for e in report.get("errors", [])] + [e for t in tasks for e in t.get("errors", [])]
for error in problems[:40]:
    print("  " + error.get("type", "?") + ": " + error.get("message", ""), file=sys.stderr)
rows = sum(t.get("stats", {}).get("rows", 0) or 0 for t in tasks)
print(f"check-datapackage: {len(tasks)} resources, {rows} rows, {len(problems)} errors")
if not report.get("valid") or problems or not tasks:
    sys.exit(1)
PY
[ "$status" -eq 0 ] || fail "frictionless validate exited with $status (see $out/report.json and $out/report.err)"

# --- 2. strict csv and pandas read every table ------------------------------------------------------------------
python3 - "$out/first/data" <<'PY' || fail "a CSV of the data package does not read back in shape (see above)"
import csv, json, os, sys
import pandas as pd
folder = sys.argv[1]
package = json.load(open(os.path.join(folder, "datapackage.json"), encoding="utf-8"))
for resource in package["resources"]:
    path = os.path.join(folder, resource["path"])
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        sys.exit(f"{path} starts with a byte-order mark")
    with open(path, newline="", encoding="utf-8") as handle:
        records = list(csv.reader(handle, strict=True))
    names = [field["name"] for field in resource["schema"]["fields"]]
    if records[0] != names:
        sys.exit(f"{path}: header {records[0]} is not the schema's fields {names}")
    widths = {len(record) for record in records}
    if widths != {len(names)}:
        sys.exit(f"{path}: field counts {sorted(widths)}, expected {len(names)} throughout")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    if frame.shape != (len(records) - 1, len(names)):
        sys.exit(f"{path}: pandas reads {frame.shape}, expected {(len(records) - 1, len(names))}")
    print(f"check-datapackage: {resource['path']}: {len(records) - 1} rows of {len(names)} fields (csv strict, pandas)")
PY

# --- 3. reruns give the same bytes ------------------------------------------------------------------------------
"$tool" run --format datapackage --output "$out/again" >/dev/null 2>&1 || fail "second run failed"
diff -r "$out/first/data" "$out/again/data" >/dev/null \
    || fail "two runs gave different bytes: the data package is not deterministic"
say "ok: frictionless validate passed on $(ls "$out/first/data" | wc -l) files; reruns are byte-identical"
