#!/bin/sh
# Takes a screenshot of the real app under Xvfb, with its own temporary
# library: scripts/screenshot.sh BINARY OUT.png [FILES...]
# The files (default: the sample article in internal/acceptance/testdata/seeds)
# are imported first and the oldest one is opened, so the picture shows an
# imported article, not the welcome.
# Where the rows are comes from the window's layout probe (app/probe.go).
set -eu
bin=$(realpath "$1")
out=$(realpath -m "$2")
shift 2
[ $# -gt 0 ] || set -- "$(dirname "$0")/../internal/acceptance/testdata/seeds"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache" XDG_CONFIG_HOME="$tmp/config"
"$bin" import "$@" >/dev/null

cat >"$tmp/session.sh" <<SESSION
#!/bin/sh
set -eu
TANDEM_E2E_PROBE="$tmp/probe.json" "$bin" 2>"$tmp/app.log" &
app=\$!
win=\$(timeout 60 xdotool search --sync --pid \$app | head -n 1)
xdotool windowmove "\$win" 0 0
for i in \$(seq 100); do [ -s "$tmp/probe.json" ] && break; sleep 0.1; done
sleep 1
# The oldest article is the lowest row of the list.
row=\$(grep -o '"center":\[[0-9]*,[0-9]*\]' "$tmp/probe.json" | tr -dc '0-9,\n' | sort -t, -k2 -n | tail -n 1)
xdotool mousemove \${row%,*} \${row#*,} click 1
sleep 3
import -window root "$out"
kill \$app; wait \$app || true
SESSION
chmod +x "$tmp/session.sh"
xvfb-run -a -s "-screen 0 1280x820x24" "$tmp/session.sh"
echo "wrote $out"
