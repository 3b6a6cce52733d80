#!/usr/bin/env bash
# RefMend's refmend-cli against bibutils on the same gen_corpus files, in one run:
#   tests/benchmarks/compare.sh [RECORDS...]        (default: 10000 100000)
# For each size: the RIS file read from the page cache (cat: the disk's share), bibutils'
# ris2xml (RIS to MODS XML) and ris2xml | xml2bib (RIS to BibTeX), and refmend-cli converting
# the same file to EndNote XML (RefMend's XML format: it writes no MODS) and to BibTeX.
# Prints a Markdown table (seconds, MB/s of the input, peak RSS, RSS / file size, time
# ratio against bibutils) for docs/benchmarks.md.
# Environment: REFMEND_BENCH_DIR (where the corpora are made and kept; default a temporary
# folder), REFMEND_PIPE_MAX (the largest size the ris2xml | xml2bib pipe runs at; default
# 100000: it takes about 8 minutes at 100,000 records, so over an hour at 1,000,000), REFMEND_CLI (default build/release/app/refmend-cli, built with the release preset
# when missing), REFMEND_SHARED_DIR (default ../shared).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
shared=${REFMEND_SHARED_DIR:-$root/../shared}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000)
pipe_max=${REFMEND_PIPE_MAX:-100000}

log() { printf '==> %s\n' "$*" >&2; }

# bibutils and GNU time (for peak RSS), from Debian.
missing=()
command -v ris2xml >/dev/null || missing+=(bibutils)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cli=${REFMEND_CLI:-$root/build/release/app/refmend-cli}
if [ ! -x "$cli" ]; then
    log "building refmend-cli (release preset)"
    (cd "$root" && cmake --preset release >/dev/null && cmake --build build/release --target refmend-cli >/dev/null)
fi

dir=${REFMEND_BENCH_DIR:-}
if [ -z "$dir" ]; then
    dir=$(mktemp -d)
    trap 'rm -rf "$dir"' EXIT
fi
out=$(mktemp -d)
trap 'rm -rf "$out"; [ -z "${REFMEND_BENCH_DIR:-}" ] && rm -rf "$dir"' EXIT

# Runs "$@" under GNU time; prints "seconds peak_kB".
measure() {
    local stats
    stats=$(mktemp)
    /usr/bin/time -f '%e %M' -o "$stats" "$@" >/dev/null 2>&1 || {
        echo "failed: $*" >&2
        rm -f "$stats"
        echo "nan 0"
        return
    }
    cat "$stats"
    rm -f "$stats"
}

row() {   # name seconds peak_kB bytes baseline_seconds
    awk -v name="$1" -v s="$2" -v kb="$3" -v bytes="$4" -v base="$5" 'BEGIN {
        mb = bytes / 1048576
        rate = (s > 0) ? sprintf("%.0f", mb / s) : "-"
        rss = (kb > 0) ? sprintf("%.0f MB (%.1fx)", kb / 1024, kb * 1024 / bytes) : "-"
        ratio = (base > 0 && s > 0) ? sprintf("%.1fx faster", base / s) : ""
        printf "| %s | %.2f | %s | %s | %s |\n", name, s, rate, rss, ratio
    }'
}

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg) at the start; $(ris2xml --version 2>&1 | head -n 1)."
for n in "${sizes[@]}"; do
    ris=$dir/corpus-$n.ris
    if [ ! -f "$ris" ]; then
        log "generating $n records"
        python3 "$shared/bench/gen_corpus.py" --records "$n" --out "$dir" >/dev/null
    fi
    bytes=$(stat -L -c %s "$ris")
    log "$n records ($((bytes / 1048576)) MB)"
    cat "$ris" >/dev/null   # into the page cache
    read -r cat_s cat_kb < <(measure cat "$ris")
    read -r mods_s mods_kb < <(measure sh -c "ris2xml '$ris' > '$out/bibutils.xml'")
    bib_s=0 bib_kb=0
    if [ "$n" -le "$pipe_max" ]; then
        read -r bib_s bib_kb < <(measure sh -c "ris2xml '$ris' | xml2bib > '$out/bibutils.bib'")
    fi
    read -r rx_s rx_kb < <(measure "$cli" convert "$ris" "$out/refmend.xml" --to endnote-xml)
    read -r rb_s rb_kb < <(measure "$cli" convert "$ris" "$out/refmend.bib" --to bibtex)
    echo
    echo "**$n records**, RIS $(awk -v b="$bytes" 'BEGIN {printf "%.1f MB", b / 1048576}')"
    echo
    echo "| run | seconds | MB/s | peak RSS (x file) | against bibutils |"
    echo "| --- | ---: | ---: | ---: | --- |"
    row "cat (page cache)" "$cat_s" "$cat_kb" "$bytes" 0
    row "bibutils ris2xml (RIS to MODS)" "$mods_s" "$mods_kb" "$bytes" 0
    row "refmend-cli RIS to EndNote XML" "$rx_s" "$rx_kb" "$bytes" "$mods_s"
    if [ "$n" -le "$pipe_max" ]; then
        row "bibutils ris2xml \\| xml2bib (RIS to BibTeX)" "$bib_s" "$bib_kb" "$bytes" 0
    else
        echo "| bibutils ris2xml \\| xml2bib (RIS to BibTeX) | not run (over REFMEND_PIPE_MAX=$pipe_max records) | | | |"
    fi
    row "refmend-cli RIS to BibTeX" "$rb_s" "$rb_kb" "$bytes" "$bib_s"
    rm -f "$out"/*
done
echo
echo "GNU time gives whole seconds to two decimals and the peak RSS of the largest process"
echo "(for a pipe, of the larger of its two); MB/s is the RIS input's size over the time."
