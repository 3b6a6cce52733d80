#!/usr/bin/env bash
# Opens FILE in refmend under Xvfb with the latency probe on, as a user would: waits for the
# table, types a search one key every 150 ms, clears it, clicks the Title header, types the
# search again in the sorted table, quits.
# Prints how long the file took to open, the peak RSS and the probe's log (every GUI-thread stall of
# 50 ms or more, then the longest per activity). Screenshots go to OUT-*.png.
#   tests/benchmarks/gui_probe.sh [REFMEND] FILE [OUT]
# REFMEND defaults to build/release/app/refmend. Needs xvfb, xdotool and ImageMagick's
# import (installed when missing).
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [ $# -ge 2 ] && [ -x "$1" ]; then
    refmend=$1
    shift
else
    refmend=$root/build/release/app/refmend
fi
file=${1:?usage: gui_probe.sh [REFMEND] FILE [OUT]}
out=${2:-/tmp/refmend-probe}

if [ -z "${GUI_PROBE_INNER:-}" ]; then
    missing=()
    command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
    command -v xdotool >/dev/null || missing+=(xdotool)
    command -v import >/dev/null || missing+=(imagemagick)
    if [ ${#missing[@]} -gt 0 ]; then
        sudo=""
        [ "$(id -u)" -ne 0 ] && sudo=sudo
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
    GUI_PROBE_INNER=1 exec xvfb-run -a -s '-screen 0 1600x1000x24' "$0" "$refmend" "$file" "$out"
fi

# A settings and data home of its own: no recovery offers, no remembered window state.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share
log=$home/latency.log
name=$(basename "$file")

REFMEND_LATENCY_PROBE="$log" "$refmend" "$file" 2>/dev/null &
pid=$!
start=$(date +%s.%N)
sleep 2.5
import -window root "$out-loading.png"
for _ in $(seq 1 3000); do
    if xdotool search --name "^$name" >/dev/null 2>&1 && ! xdotool search --name "^Opening" >/dev/null 2>&1; then
        break
    fi
    sleep 0.1
done
echo "table shown $(echo "$(date +%s.%N) - $start" | bc) s after the start"
sleep 1
import -window root "$out-loaded.png"
window=$(xdotool search --name "^$name" | head -n 1)
xdotool windowfocus "$window" 2>/dev/null
xdotool key --window "$window" ctrl+f
sleep 0.3
xdotool type --delay 150 "macedo"
sleep 3
import -window root "$out-filtered.png"
xdotool key --window "$window" ctrl+a BackSpace
sleep 3
xdotool mousemove 400 107 click 1    # the Title header (below the repair bar gen_corpus files get)
sleep 8   # a million rows are ranked on a worker for some 4 s
import -window root "$out-sorted.png"
# The same search in the sorted table: the rows it shows are sorted again.
xdotool key --window "$window" ctrl+f
sleep 0.3
xdotool type --delay 150 "macedo"
sleep 4
import -window root "$out-sorted-filtered.png"
# The whole process's peak memory, GUI included, against the file's size.
awk -v bytes="$(stat -L -c %s "$file")" '/VmHWM/ {
    printf "peak RSS %.0f MB, %.1fx the file\n", $2 / 1024, $2 * 1024 / bytes }' "/proc/$pid/status"
xdotool key --window "$window" ctrl+q
sleep 2
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
cat "$log"
