#!/usr/bin/env bash
# Checks the shipped plugins against the generated JSON Schemas (schema/*.schema.json) with a real validator,
# check-jsonschema, the way an editor's YAML language server reads them.
#
#   1. every plugins/*/plugin.yaml must pass schema/plugin-manifest.schema.json, and every
#      plugins/*/initiatives/*.yaml must pass schema/initiative.schema.json;
#   2. every fixture in Tests/SchemaFixtures/ (a shipped-like initiative file with exactly one mistake: an unknown
#      key, a wrong type, a missing key, a value outside a closed list) must be rejected, with a schema
#      validation error rather than a failure to run.
#
# The schemas themselves are kept up to date by the tests (JSONSchemaTests): regenerate them with
# `swift run nordic-compare schema`. Installs check-jsonschema (pip) when it is missing. Exits non-zero with a
# message on any failure.
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
say "ok: ${#manifests[@]} manifests and ${#initiatives[@]} initiative files pass; ${#fixtures[@]} fixtures rejected"
