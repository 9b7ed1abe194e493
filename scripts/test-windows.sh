#!/bin/sh
# Runs Tandem's Windows build under Wine: the tests of the packages that need
# neither cgo nor Fyne, then a smoke run of tandem.exe.
#   scripts/test-windows.sh SEEDS_FOLDER [TANDEM.EXE]
# Without TANDEM.EXE the smoke run builds one without the window (-tags
# nogui: the same main package and commands, no Fyne, no cgo), in seconds
# where the full cross-build (make windows) takes a quarter of an hour cold.
# Everything Wine writes goes to a throwaway prefix in a temporary folder.
#
# Two gaps of Debian 12's Wine 8.0 are bridged for the test run only, never
# in what is shipped:
#  - It has no ProcessPrng, which Go's runtime loads from System32's
#    bcryptprimitives.dll at start; scripts/wine/bcryptprimitives.c is a
#    stand-in over RtlGenRandom, built here with MinGW-w64 into the prefix.
#  - Its NtSetInformationFile does not know FileDispositionInformationEx and
#    answers STATUS_NOT_IMPLEMENTED, which Go's os.RemoveAll (and so every
#    t.TempDir) does not take as "unsupported", where Windows 10 and newer
#    have it. The test binaries are built with an overlay of Go's own
#    internal/syscall/windows/at_windows.go that takes that status as
#    unsupported too, so RemoveAll falls back as it does on older Windows.
set -eu
seeds=$(cd "$1" && pwd)
exe=${2:+$(cd "$(dirname "$2")" && pwd)/$(basename "$2")}
cd "$(dirname "$0")/.."
go=${GO:-go}
packages="./article/ ./annotation/ ./dict/ ./lexicon/ ./index/ ./library/ ./cli/ ./export/ ./gitsync/ ./quantity/ ./webfetch/ ./internal/locale/ ./internal/atomicfile/"

for tool in wine wineboot wineserver x86_64-w64-mingw32-gcc; do
	command -v "$tool" >/dev/null 2>&1 || { echo "test-windows: $tool is missing: run scripts/deps.sh windows" >&2; exit 1; }
done

work=$(mktemp -d)
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
cleanup() {
	wineserver -k 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT
unset DISPLAY # no window: Wine's own dialogs have nowhere to go

echo "test-windows: a Wine prefix in $WINEPREFIX"
wineboot -i >/dev/null 2>&1
wineserver -w
x86_64-w64-mingw32-gcc -shared -s -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
	scripts/wine/bcryptprimitives.c scripts/wine/bcryptprimitives.def

src="$($go env GOROOT)/src/internal/syscall/windows/at_windows.go"
patched="$work/at_windows.go"
sed 's|^\t\tSTATUS_NOT_SUPPORTED: .*$|\t\tSTATUS_NOT_SUPPORTED, NTStatus(0xC0000002): // STATUS_NOT_IMPLEMENTED: Wine 8|' "$src" >"$patched"
if cmp -s "$src" "$patched"; then
	echo "test-windows: $src has changed; the Wine overlay no longer applies, update scripts/test-windows.sh" >&2
	exit 1
fi
printf '{"Replace":{"%s":"%s"}}\n' "$src" "$patched" >"$work/overlay.json"

echo "test-windows: go test $packages under Wine"
GOOS=windows GOARCH=amd64 CGO_ENABLED=0 $go test -overlay "$work/overlay.json" -exec wine -count=1 -timeout 45m $packages

if [ -z "$exe" ]; then
	exe="$work/tandem.exe"
	echo "test-windows: building $exe without the window (-tags nogui)"
	GOOS=windows GOARCH=amd64 CGO_ENABLED=0 $go build -overlay "$work/overlay.json" -tags nogui -o "$exe" .
fi

# The smoke run: tandem.exe, in a home of its own (adrg/xdg reads
# the XDG variables on Windows too), on a folder with a Chinese name.
echo "test-windows: $exe import, list --json, search"
home="$work/用户"
mkdir -p "$home"
win() { winepath -w "$1" 2>/dev/null; }
export XDG_DATA_HOME="$(win "$home/data")" XDG_CACHE_HOME="$(win "$home/cache")" XDG_CONFIG_HOME="$(win "$home/config")"
cp -r "$seeds" "$work/样本"
seed_id=2026-02-05-fb404c39 # the sample article's ID, as the tests know it
run() {
	status=0
	wine "$exe" "$@" >"$work/out" 2>&1 || status=$?
	tr -d '\r' <"$work/out"
	return $status
}
fail() { echo "test-windows: $*" >&2; exit 1; }
out=$(run import "$(win "$work/样本")") || fail "tandem.exe import failed: $out"
printf "%s\n" "$out"
printf "%s\n" "$out" | grep -q "$seed_id" || fail "tandem.exe import did not import the sample article $seed_id"
list=$(run list --json) || fail "tandem.exe list --json failed: $list"
count=$(printf '%s' "$list" | grep -o '"id":' | wc -l)
[ "$count" -ge 2 ] || fail "tandem.exe list --json lists $count articles, want the welcome article and the sample: $list"
echo "tandem.exe list --json: $count articles"
hits=$(run search 约束力) || fail "tandem.exe search failed: $hits"
printf "%s\n" "$hits"
printf "%s\n" "$hits" | grep -q "^$seed_id " || fail "tandem.exe search 约束力 did not find the sample article $seed_id"
echo "test-windows: all passed"
