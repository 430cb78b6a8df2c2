#!/usr/bin/env bash
# Installs nordic-compare from this clone: builds it, then puts under PREFIX
#   bin/nordic-compare                                        the tool
#   share/man/man1/nordic-compare.1                           its manual page (docs/nordic-compare.1)
#   share/bash-completion/completions/nordic-compare          bash completion
#   share/zsh/site-functions/_nordic-compare                  zsh completion
#   share/fish/vendor_completions.d/nordic-compare.fish       fish completion
#
# Usage: scripts/install.sh [--prefix DIR] [--configuration release|debug]
#   --prefix DIR        where to install (default: ~/.local; /usr/local needs root)
#   --configuration C   the build to install (default: release; CI installs the debug build it has already made)
#
# Each file is written beside its target under a temporary name and renamed into place, so an install that fails
# leaves the previous one whole. The tool links to the Swift runtime of the toolchain that built it.
set -euo pipefail
cd "$(dirname "$0")/.."

prefix="${HOME:-}/.local"
configuration=release
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || { echo "install: --prefix needs a folder" >&2; exit 64; }; prefix="$2"; shift 2 ;;
        --prefix=*) prefix="${1#--prefix=}"; shift ;;
        --configuration) [ $# -ge 2 ] || { echo "install: --configuration needs release or debug" >&2; exit 64; }
                         configuration="$2"; shift 2 ;;
        --configuration=*) configuration="${1#--configuration=}"; shift ;;
        -h|--help) sed -n "2,15p" "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install: unknown argument '$1'; see scripts/install.sh --help" >&2; exit 64 ;;
    esac
done
case "$configuration" in release|debug) ;; *) echo "install: --configuration is release or debug, not '$configuration'" >&2; exit 64 ;; esac
[ -n "$prefix" ] || { echo "install: no prefix (HOME is not set); pass --prefix DIR" >&2; exit 64; }

echo "install: building nordic-compare ($configuration)"
swift build -c "$configuration" --product nordic-compare
built="$(swift build -c "$configuration" --show-bin-path)/nordic-compare"
[ -x "$built" ] || { echo "install: the build did not produce $built" >&2; exit 1; }

# put SOURCE TARGET MODE: writes SOURCE (a file, or - for standard input) to TARGET through a temporary file.
put() {
    local target="$2" mode="$3" temporary
    mkdir -p "$(dirname "$target")"
    temporary="$(mktemp "$(dirname "$target")/.nordic-compare-install.XXXXXX")"
    if [ "$1" = - ]; then cat >"$temporary"; else cat "$1" >"$temporary"; fi
    chmod "$mode" "$temporary"
    mv -f "$temporary" "$target"
    echo "installed $target"
}

put "$built" "$prefix/bin/nordic-compare" 755
put docs/nordic-compare.1 "$prefix/share/man/man1/nordic-compare.1" 644
"$built" --generate-completion-script bash | put - "$prefix/share/bash-completion/completions/nordic-compare" 644
"$built" --generate-completion-script zsh | put - "$prefix/share/zsh/site-functions/_nordic-compare" 644
"$built" --generate-completion-script fish | put - "$prefix/share/fish/vendor_completions.d/nordic-compare.fish" 644

case ":${PATH:-}:" in
    *":$prefix/bin:"*) ;;
    *) echo "install: $prefix/bin is not on your PATH; add it, for example: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
