#!/usr/bin/env bash
# Checks the plugin files and the JSON output against the JSON Schemas in schema/ with a real validator,
# check-jsonschema, the way an editor's YAML language server and a user's pipeline read them.
#
#   1. every plugins/*/plugin.yaml must pass schema/plugin-manifest.schema.json, and every
#      plugins/*/initiatives/*.yaml must pass schema/initiative.schema.json;
#   2. every fixture in Tests/SchemaFixtures/ (a shipped-like initiative file with exactly one mistake: an unknown
#      key, a wrong type, a missing key, a value outside a closed list) must be rejected, with a schema
#      validation error rather than a failure to run;
#   3. every schema in schema/ must pass the JSON Schema meta-schema; every JSON file the tool writes for the
#      shipped plugins must pass schema/view.schema.json: each view of `run --format json` and `show ID --format
#      json` for each shipped initiative, in en, nb and da; and a view file with one key added must be rejected;
#      every findings file (`findings --format json`, with and without `--against`, en, nb, da) must pass
#      schema/findings.schema.json; every run's run-manifest.json must pass schema/run-manifest.schema.json.
#
# The plugin-file schemas are kept up to date by the tests (GeneratedFilesTests): regenerate them with
# `swift run nordic-compare schema`. The view and findings schemas are written by hand and held to the writers by the
# tests (ViewSchemaTests, FindingsSchemaTests). Installs check-jsonschema (pip) when it is missing. Exits non-zero with a message on any
# failure.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-schema: FAILED: $*" >&2; exit 1; }
say() { echo "check-schema: $*"; }

# --- what the check needs ------------------------------------------------------------------------------------
if ! command -v check-jsonschema >/dev/null 2>&1; then
    say "installing check-jsonschema (pip)"
    python3 -m pip install --quiet check-jsonschema || fail "could not install check-jsonschema (pip install check-jsonschema)"
    hash -r
fi
command -v check-jsonschema >/dev/null 2>&1 || fail "check-jsonschema is installed but not on PATH"
say "validator: $(check-jsonschema --version)"

manifest_schema=schema/plugin-manifest.schema.json
initiative_schema=schema/initiative.schema.json
for schema in "$manifest_schema" "$initiative_schema"; do
    [ -s "$schema" ] || fail "$schema is missing; run 'swift run nordic-compare schema'"
done

# --- 1. the shipped plugins pass -----------------------------------------------------------------------------
shopt -s nullglob
manifests=(plugins/*/plugin.yaml)
initiatives=(plugins/*/initiatives/*.yaml)
fixtures=(Tests/SchemaFixtures/*.yaml)
[ "${#manifests[@]}" -gt 0 ] || fail "no plugins/*/plugin.yaml found"
[ "${#initiatives[@]}" -gt 0 ] || fail "no plugins/*/initiatives/*.yaml found"
[ "${#fixtures[@]}" -ge 4 ] || fail "expected at least 4 fixtures in Tests/SchemaFixtures, found ${#fixtures[@]}"

check-jsonschema --schemafile "$manifest_schema" "${manifests[@]}" \
    || fail "a shipped plugin.yaml does not pass $manifest_schema (see above)"
say "${#manifests[@]} manifests pass $manifest_schema"
check-jsonschema --schemafile "$initiative_schema" "${initiatives[@]}" \
    || fail "a shipped initiative file does not pass $initiative_schema (see above)"
say "${#initiatives[@]} initiative files pass $initiative_schema"

# --- 2. each fixture is rejected, for a schema reason ----------------------------------------------------------
for fixture in "${fixtures[@]}"; do
    status=0
    output="$(check-jsonschema --schemafile "$initiative_schema" "$fixture" 2>&1)" || status=$?
    [ "$status" -ne 0 ] || fail "$fixture was accepted by $initiative_schema; it must be rejected"
    grep -q "Schema validation errors were encountered" <<<"$output" \
        || fail "$fixture failed for a reason other than the schema (exit $status):"$'\n'"$output"
    say "rejected as expected: $fixture: $(grep -m1 "$fixture::" <<<"$output" | sed 's/^ *//' | cut -c1-160)"
done

# --- 3. the schemas are valid, and every JSON the tool writes passes the view schema ----------------------------
view_schema=schema/view.schema.json
[ -s "$view_schema" ] || fail "$view_schema is missing"
check-jsonschema --check-metaschema schema/*.schema.json || fail "a schema in schema/ is not a valid JSON Schema"
say "schema/*.schema.json pass the JSON Schema meta-schema"

swift build >/dev/null || fail "swift build failed"
tool="$(swift build --show-bin-path)/nordic-compare"
out=".build/check-schema"
rm -rf "$out"
mkdir -p "$out"
mapfile -t ids < <("$tool" list initiatives 2>/dev/null | cut -f1)
[ "${#ids[@]}" -gt 0 ] || fail "nordic-compare list initiatives listed none"
outputs=()
key_findings=()
for lang in en nb da; do
    "$tool" run --format json --lang "$lang" --output "$out/$lang" >"$out/$lang.log" 2>"$out/$lang.err" \
        || { cat "$out/$lang.err" >&2; fail "nordic-compare run --format json --lang $lang failed"; }
    views=()
    for file in "$out/$lang"/*.json; do
        # The key findings a briefing opens with are findings, checked against the findings schema below; the run's
        # manifest has a schema of its own.
        case "$(basename "$file")" in
            key-findings.json) key_findings+=("$file") ;;
            run-manifest.json) ;;
            *) views+=("$file") ;;
        esac
    done
    [ "${#views[@]}" -ge 5 ] || fail "the $lang run wrote ${#views[@]} JSON files, expected one per view"
    mkdir -p "$out/$lang-show"
    for id in "${ids[@]}"; do
        "$tool" show "$id" --format json --lang "$lang" >"$out/$lang-show/$id.json" 2>>"$out/$lang.err" \
            || { cat "$out/$lang.err" >&2; fail "nordic-compare show $id --format json --lang $lang failed"; }
    done
    outputs+=("${views[@]}" "$out/$lang-show"/*.json)
done
check-jsonschema --schemafile "$view_schema" "${outputs[@]}" \
    || fail "a JSON file the tool wrote does not pass $view_schema (see above)"
say "${#outputs[@]} JSON outputs (every view and every initiative's show, en, nb, da) pass $view_schema"

# The findings JSON (nordic-compare findings --format json) against schema/findings.schema.json, in every language, with
# and without a second group.
findings_schema=schema/findings.schema.json
[ -s "$findings_schema" ] || fail "$findings_schema is missing"
findings=()
for lang in en nb da; do
    "$tool" findings --format json --lang "$lang" >"$out/findings-$lang.json" 2>>"$out/$lang.err" \
        || { cat "$out/$lang.err" >&2; fail "nordic-compare findings --format json --lang $lang failed"; }
    "$tool" findings --format json --lang "$lang" --select jurisdiction=DK --against jurisdiction=NO \
        --against kind=strategy >"$out/findings-against-$lang.json" 2>>"$out/$lang.err" \
        || { cat "$out/$lang.err" >&2; fail "nordic-compare findings --against --lang $lang failed"; }
    findings+=("$out/findings-$lang.json" "$out/findings-against-$lang.json")
done
findings+=("${key_findings[@]}")
check-jsonschema --schemafile "$findings_schema" "${findings[@]}" \
    || fail "a findings file does not pass $findings_schema (see above)"
say "${#findings[@]} findings outputs (en, nb, da; with and without --against; a run's key findings) pass $findings_schema"

# The run manifest each run wrote beside its outputs, with and without --as-of.
manifest_schema_file=schema/run-manifest.schema.json
[ -s "$manifest_schema_file" ] || fail "$manifest_schema_file is missing"
"$tool" run --format json,csv --as-of 2021-12-31 --output "$out/as-of" >"$out/as-of.log" 2>"$out/as-of.err" \
    || { cat "$out/as-of.err" >&2; fail "nordic-compare run --as-of 2021-12-31 failed"; }
run_manifests=("$out"/en/run-manifest.json "$out"/nb/run-manifest.json "$out"/da/run-manifest.json "$out"/as-of/run-manifest.json)
check-jsonschema --schemafile "$manifest_schema_file" "${run_manifests[@]}" \
    || fail "a run manifest does not pass $manifest_schema_file (see above)"
say "${#run_manifests[@]} run manifests pass $manifest_schema_file"

# A key the schema does not declare must be rejected, so a writer that adds one cannot pass unnoticed.
python3 - "$out/en/governance.json" "$out/extra-key.json" <<'PY' || fail "could not write the extra-key sample"
import json, sys
view = json.load(open(sys.argv[1], encoding="utf-8"))
view["rows"][0]["cells"][0]["entries"][0]["extra"] = "not declared"
json.dump(view, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
status=0
output="$(check-jsonschema --schemafile "$view_schema" "$out/extra-key.json" 2>&1)" || status=$?
[ "$status" -ne 0 ] && grep -q "Schema validation errors were encountered" <<<"$output" \
    || fail "a view file with an undeclared key was not rejected by $view_schema (exit $status):"$'\n'"$output"
say "rejected as expected: a view file with an undeclared key"

say "ok: ${#manifests[@]} manifests and ${#initiatives[@]} initiative files pass; ${#fixtures[@]} fixtures rejected;" \
    "${#outputs[@]} JSON outputs pass the view schema; ${#findings[@]} findings outputs pass the findings schema;" \
    "${#run_manifests[@]} run manifests pass the run-manifest schema"
