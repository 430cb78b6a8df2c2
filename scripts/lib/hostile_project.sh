# Shared by the check scripts (sourced): a copy of the shipped project in which one cell of the overview holds a
# single 5 000-character token without a space (the chair of the Danish partnership), to show that such a value
# wraps inside its column in every paper format and leaves every other cell's text visible.

# The token, and the text scripts/check_pdf_layout.py skips (the token's cell itself).
hostile_token="$(printf 'Hostile%.0s' $(seq 1 715))"
hostile_token="${hostile_token:0:5000}"
hostile_skip="HostileHostile"

# make_hostile_project DIR: the shipped config/ and plugins/ copied to DIR, with the token as that chair.
make_hostile_project() {
    local dir=$1
    rm -rf "$dir"
    mkdir -p "$dir"
    cp -R config plugins "$dir/"
    local file="$dir/plugins/denmark/initiatives/digitalisation-partnership.yaml"
    grep -q 'value: Jim Hagemann Snabe' "$file" || fail "the hostile project expects the Danish chair in $file"
    sed -i "s/value: Jim Hagemann Snabe/value: $hostile_token/" "$file"
}
