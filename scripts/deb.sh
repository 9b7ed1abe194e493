#!/bin/sh
# Builds a Debian package of Tandem with dpkg-deb alone.
#   scripts/deb.sh BINARY OUTDIR
# The package installs BINARY as /usr/bin/tandem, the icon under
# /usr/share/icons/hicolor and a desktop entry in /usr/share/applications,
# and writes OUTDIR/tandem_VERSION_ARCH.deb. The version is FyneApp.toml's,
# with the commit after a plus sign when there is one.
set -eu
bin=$1
out=$2
cd "$(dirname "$0")/.."

id=$(sed -n 's/^ *ID *= *"\(.*\)"/\1/p' FyneApp.toml)
version=$(sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
comment=$(sed -n 's/^ *Comment *= *"\(.*\)"/\1/p' FyneApp.toml)
commit=$(git rev-parse --short HEAD 2>/dev/null || true)
[ -n "$commit" ] && version="$version+git.$commit"
arch=$(dpkg --print-architecture)
[ -n "$id" ] && [ -n "$version" ] || { echo "deb.sh: no ID or Version in FyneApp.toml" >&2; exit 1; }
[ -x "$bin" ] || { echo "deb.sh: $bin is not an executable; run make build first" >&2; exit 1; }

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
chmod 0755 "$root" # mktemp's 0700 would become the package's /
install -D -m 0755 "$bin" "$root/usr/bin/tandem"
# The icon is 512 pixels square; the window's tandem:// handler looks for it
# under this name (app/links.go).
install -D -m 0644 assets/Icon.png "$root/usr/share/icons/hicolor/512x512/apps/$id.png"
install -D -m 0644 assets/LICENSE-DroidSansFallback.txt "$root/usr/share/doc/tandem/LICENSE-DroidSansFallback.txt"
install -d "$root/usr/share/applications" "$root/DEBIAN"
cat >"$root/usr/share/applications/$id.desktop" <<ENTRY
[Desktop Entry]
Type=Application
Name=Tandem
GenericName=Bilingual reader
Comment=$comment
Exec=tandem
Icon=$id
Terminal=false
Categories=Office;Education;
Keywords=bilingual;Chinese;translation;annotation;reader;
ENTRY
size=$(du -sk "$root/usr" | cut -f1)
cat >"$root/DEBIAN/control" <<CONTROL
Package: tandem
Version: $version
Architecture: $arch
Maintainer: Tandem developers <tandem@localhost>
Installed-Size: $size
Depends: libc6, libgl1, libx11-6, libxcursor1, libxrandr2, libxinerama1, libxi6, libxxf86vm1
Recommends: poppler-utils, git
Section: text
Priority: optional
Description: reads Chinese and English commentary side by side
 Tandem shows the Chinese and English versions of an article side by side,
 sentence against sentence, with highlights, tags, notes and one search box
 across both languages. The library is kept in plain files the reader owns.
CONTROL
mkdir -p "$out"
deb="$out/tandem_${version}_$arch.deb"
dpkg-deb --root-owner-group --build "$root" "$deb" >/dev/null
echo "$deb"
