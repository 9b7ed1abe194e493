#!/bin/sh
# Installs the system packages Tandem needs, where it can.
#   scripts/deps.sh build    C compiler and the OpenGL/X11 headers Fyne links against;
#                            poppler's pdftotext, which reads PDFs
#   scripts/deps.sh desktop  Xvfb, xdotool and ImageMagick for screenshots and end-to-end tests
#   scripts/deps.sh bench    ripgrep and Python (SQLite FTS5), the peers of make bench
#   scripts/deps.sh browser  Chromium and a CJK font, to check the HTML export in a real browser
#   scripts/deps.sh ime      fcitx5 with pinyin and a D-Bus session, to type Chinese in the window
#   scripts/deps.sh windows  MinGW-w64 and Wine, to build tandem.exe and run its tests
# On Debian and Ubuntu it installs what is missing with apt-get (through sudo
# when not root); elsewhere it names what to install and stops.
set -eu

build_pkgs="gcc poppler-utils libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev"
desktop_pkgs="xvfb xauth xdotool imagemagick"
bench_pkgs="ripgrep python3"
browser_pkgs="chromium fonts-droid-fallback"
ime_pkgs="fcitx5 fcitx5-chinese-addons dbus-x11"
windows_pkgs="gcc-mingw-w64-x86-64 wine64 zip"

case "${1:-build}" in
build) want=$build_pkgs ;;
desktop) want=$desktop_pkgs ;;
bench) want=$bench_pkgs ;;
browser) want=$browser_pkgs ;;
ime) want=$ime_pkgs ;;
windows) want=$windows_pkgs ;;
*) echo "usage: $0 build|desktop|bench|browser|ime|windows" >&2; exit 2 ;;
esac

if ! command -v go >/dev/null 2>&1; then
	echo "Go is not installed: install Go 1.25 or newer (https://go.dev/doc/install), then run make again." >&2
	exit 1
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
	# Not Debian or Ubuntu: check what can be checked, and say what is needed.
	if [ "$1" = build ] && command -v cc >/dev/null 2>&1 && command -v pkg-config >/dev/null 2>&1 &&
		pkg-config --exists gl x11 xcursor xrandr xinerama xi xxf86vm 2>/dev/null; then
		exit 0
	fi
	cat >&2 <<MSG
This system has no apt-get, so Tandem cannot install what it needs by itself.
Install the equivalent of these Debian packages, then run make again:
  $want
For example, on Fedora:  sudo dnf install gcc mesa-libGL-devel libX11-devel libXcursor-devel libXrandr-devel libXinerama-devel libXi-devel libXxf86vm-devel
On Arch Linux:           sudo pacman -S gcc mesa libx11 libxcursor libxrandr libxinerama libxi libxxf86vm
On macOS:                xcode-select --install
MSG
	[ "$1" = build ] && [ "$(uname)" = Darwin ] && exit 0
	exit 1
fi

missing=""
for p in $want; do
	status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	case "$status" in *"install ok installed"*) ;; *) missing="$missing $p" ;; esac
done
[ -z "$missing" ] && exit 0

echo "Installing system packages:$missing"
if [ "$(id -u)" -eq 0 ]; then
	sudo=""
elif command -v sudo >/dev/null 2>&1; then
	sudo="sudo"
else
	echo "Not root and no sudo: install them as root with: apt-get install$missing" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# fcitx5's recommends bring a desktop's worth of packages the test needs none of.
lean=""
[ "${1:-build}" = ime ] && lean="--no-install-recommends"
# shellcheck disable=SC2086 # the list is meant to split into words
$sudo apt-get install -y -qq $lean $missing
