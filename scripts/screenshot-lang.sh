#!/bin/sh
# Takes two screenshots of the real app under Xvfb in one locale, with its
# own temporary library: the File menu open over an article, and the
# Import a Path or URL dialog (in a second run of the window).
#   scripts/screenshot-lang.sh BINARY LOCALE MENU.png DIALOG.png
# e.g. scripts/screenshot-lang.sh bin/tandem zh_TW.UTF-8 a.png b.png.
# LANGUAGE is unset, so LOCALE (as LANG and LC_ALL) alone decides the
# language, as on a desktop set up in that locale.
set -eu
bin=$(realpath "$1")
locale=$2
menu=$(realpath -m "$3")
dialog=$(realpath -m "$4")
seeds="$(dirname "$0")/../internal/acceptance/testdata/seeds"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache" XDG_CONFIG_HOME="$tmp/config"
"$bin" import "$seeds" >/dev/null

cat >"$tmp/session.sh" <<SESSION
#!/bin/sh
set -eu
unset LANGUAGE
export LANG=$locale LC_ALL=$locale
# start opens the window and waits until its list shows.
start() {
	rm -f "$tmp/probe.json"
	TANDEM_E2E_PROBE="$tmp/probe.json" "$bin" 2>>"$tmp/app.log" &
	app=\$!
	win=\$(timeout 60 xdotool search --sync --pid \$app | head -n 1)
	xdotool windowmove "\$win" 0 0
	for i in \$(seq 100); do [ -s "$tmp/probe.json" ] && break; sleep 0.1; done
	sleep 3
}
start
# The oldest article is the lowest row of the list; then the menu bar's
# first title, File.
row=\$(grep -o '"center":\[[0-9]*,[0-9]*\]' "$tmp/probe.json" | tr -dc '0-9,\n' | sort -t, -k2 -n | tail -n 1)
xdotool mousemove \${row%,*} \${row#*,} click 1
sleep 2
xdotool mousemove 30 13 click 1
sleep 1
import -window root "$menu"
kill \$app; wait \$app || true
# Ctrl+L, File > Import a Path or URL…: a dialog with a title, a field, its
# label and placeholder, and two buttons.
start
xdotool key ctrl+l
sleep 3
import -window root "$dialog"
kill \$app; wait \$app || true
SESSION
chmod +x "$tmp/session.sh"
xvfb-run -a -s "-screen 0 1280x820x24" "$tmp/session.sh"
echo "wrote $menu $dialog"
