#!/bin/sh
# Rebuilds Tandem's bundled dictionary (dict/data/cedict.u8) from a
# CC-CEDICT release: scripts/refresh-cedict.sh PATH/cedict_ts.u8 (plain or
# .gz). The header (licence, date, entry count) is kept first; the entries
# are sorted by their simplified headword, byte order, so that the program
# finds them sorted when it loads. The text is kept as it is, not gzipped:
# the program parses it in place, in half the time of inflating it. Update dict/data/README.md and
# BundledDate in dict/dict.go with the date printed at the end.
set -eu
src=${1:?usage: scripts/refresh-cedict.sh PATH/cedict_ts.u8}
out=$(dirname "$0")/../dict/data/cedict.u8
case $src in
*.gz) read_src() { gzip -dc "$src"; } ;;
*) read_src() { cat "$src"; } ;;
esac
read_src | grep -q '^#! format=ts' || { echo "$src: not a CC-CEDICT file (no '#! format=ts' line)" >&2; exit 1; }
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
{
	read_src | tr -d '\r' | grep '^#'
	read_src | tr -d '\r' | grep -v '^#' | grep -v '^$' | LC_ALL=C sort -s -t ' ' -k2,2
} >"$tmp"
chmod 644 "$tmp"
mv "$tmp" "$out"
trap - EXIT
echo "wrote $out: $(grep -vc '^#' "$out") entries, $(sed -n 's/^#! date=//p' "$out")"
