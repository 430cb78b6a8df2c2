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
