#!/usr/bin/env bash
# Checks the install the README gives (scripts/install.sh --prefix DIR) as a new user would use it: installs from
# this clone (CI's is a fresh one) into a temporary prefix, then, with only that prefix's bin/ added to PATH, runs
# the bare command from the plugins folder (it must find the project above it), from a folder outside any project
# (it must find nothing and say how to go on), and loads the installed bash completion.
#
# CI installs the debug build, which the tests and the other checks build anyway, so that this check costs no
# build of its own; the README's install builds in release, the same source with optimisation.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-install: FAILED: $*" >&2; exit 1; }
say() { echo "check-install: $*"; }

scratch="$(mktemp -d -t check-install-XXXXXX)"
trap 'rm -rf "$scratch"' EXIT
prefix="$scratch/prefix"
clone="$(pwd)"

bash scripts/install.sh --prefix "$prefix" --configuration "${CHECK_INSTALL_CONFIGURATION:-debug}" \
    >"$scratch/install.log" 2>&1 || { cat "$scratch/install.log" >&2; fail "scripts/install.sh failed"; }
for file in bin/nordic-compare share/man/man1/nordic-compare.1 share/bash-completion/completions/nordic-compare \
            share/zsh/site-functions/_nordic-compare share/fish/vendor_completions.d/nordic-compare.fish; do
    [ -s "$prefix/$file" ] || fail "$prefix/$file was not installed"
done
[ -x "$prefix/bin/nordic-compare" ] || fail "$prefix/bin/nordic-compare is not executable"

# Only the prefix and the system's folders on PATH: no build folder, no toolchain's bin.
export PATH="$prefix/bin:/usr/local/bin:/usr/bin:/bin"
[ "$(command -v nordic-compare)" = "$prefix/bin/nordic-compare" ] || fail "nordic-compare is not found on PATH"
nordic-compare --version >/dev/null || fail "nordic-compare --version failed"

out=$(cd "$clone/plugins" && nordic-compare list plugins 2>"$scratch/err") || { cat "$scratch/err" >&2; fail "cd plugins && nordic-compare list plugins failed"; }
[ "$(printf '%s\n' "$out" | cut -f1 | head -n 1)" = norway ] || fail "list plugins printed: $out"
grep -q "^note: using $clone/config/nordic-compare.yaml" "$scratch/err" || fail "no note of the configuration used: $(cat "$scratch/err")"
say "cd plugins && nordic-compare list plugins: $(printf '%s\n' "$out" | cut -f1 | tr '\n' ' ')"

mkdir -p "$scratch/elsewhere"
set +e
(cd "$scratch/elsewhere" && nordic-compare list) >/dev/null 2>"$scratch/err"
status=$?
set -e
[ "$status" -eq 64 ] || fail "outside any project, nordic-compare list exited $status, not 64"
grep -q "nordic-compare new project DIR" "$scratch/err" || fail "outside any project, the message does not say how to go on: $(cat "$scratch/err")"
say "outside any project: exit 64, $(cut -c1-60 "$scratch/err")…"

views=$(cd "$clone" && bash -c "source '$prefix/share/bash-completion/completions/nordic-compare'
    COMP_WORDS=(nordic-compare print --view ''); COMP_CWORD=3; COMP_LINE='nordic-compare print --view '; COMP_POINT=\${#COMP_LINE}
    _nordic-compare nordic-compare '' --view; printf '%s ' \"\${COMPREPLY[@]}\"")
case "$views" in *overview*) ;; *) fail "the installed bash completion offered no view ids: '$views'" ;; esac
say "bash completion of --view: $views"
say "installed and checked in $prefix"
