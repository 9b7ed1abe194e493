#!/bin/sh
# Installs a Tandem .deb into an empty folder root with dpkg, checks the
# files it puts there, runs `tandem help` from it, and removes it again.
#   scripts/test-deb.sh PACKAGE.deb
# dpkg --root keeps its own database in that folder, so nothing touches the
# system's; the libraries Tandem links against are the system's, hence
# --force-depends.
set -eu
deb=$1
cd "$(dirname "$0")/.."
id=$(sed -n 's/^ *ID *= *"\(.*\)"/\1/p' FyneApp.toml)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
fail() { echo "test-deb: $*" >&2; exit 1; }
[ -f "$deb" ] || fail "$deb: no such package; run make deb first"

mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
: >"$root/var/lib/dpkg/status"
out=$(dpkg --root="$root" --force-depends --force-script-chrootless --force-not-root -i "$deb" 2>&1) ||
	fail "dpkg -i failed: $out"
dpkg --root="$root" -s tandem | grep -q '^Status: install ok installed' || fail "dpkg does not list tandem as installed"

for f in usr/bin/tandem "usr/share/icons/hicolor/512x512/apps/$id.png" "usr/share/applications/$id.desktop"; do
	[ -s "$root/$f" ] || fail "/$f is missing or empty"
	dpkg --root="$root" -S "/$f" >/dev/null || fail "dpkg does not own /$f"
done
[ -x "$root/usr/bin/tandem" ] || fail "/usr/bin/tandem is not executable"
listing=$(dpkg-deb -c "$deb")
printf "%s\n" "$listing" | head -1 | grep -q '^drwxr-xr-x root/root .* \./$' || fail "the package's / is not drwxr-xr-x root/root"
[ "$(od -An -tx1 -N8 "$root/usr/share/icons/hicolor/512x512/apps/$id.png" | tr -d ' ')" = 89504e470d0a1a0a ] ||
	fail "the icon is not a PNG"
entry="$root/usr/share/applications/$id.desktop"
head -1 "$entry" | grep -qx '\[Desktop Entry\]' || fail "$id.desktop does not start with [Desktop Entry]"
grep -qx 'Exec=tandem' "$entry" || fail "$id.desktop does not run tandem"
grep -qx "Icon=$id" "$entry" || fail "$id.desktop does not name the installed icon"
if command -v desktop-file-validate >/dev/null 2>&1; then
	desktop-file-validate "$entry" || fail "$id.desktop does not validate"
fi

# tandem help from the installed binary, with a home of its own.
home="$root/home"
mkdir -p "$home"
out=$(HOME="$home" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" XDG_CONFIG_HOME="$home/config" \
	"$root/usr/bin/tandem" help 2>&1) || fail "tandem help failed: $out"
printf "%s\n" "$out" | grep -q 'import' || fail "tandem help does not list the import command: $out"

dpkg --root="$root" --force-script-chrootless --force-not-root -r tandem >/dev/null
for f in usr/bin/tandem "usr/share/applications/$id.desktop"; do
	[ ! -e "$root/$f" ] || fail "/$f is still there after removing the package"
done
echo "test-deb: $(basename "$deb") installs /usr/bin/tandem, its icon and desktop entry, runs tandem help, and removes cleanly"
