#!/usr/bin/env bash
# Benchmark of `partnercheck items`: generates 1k, 10k and 100k answers
# files into a temporary folder (examples/gen_portfolio.rs), then times
# `items` over each, with 1 thread and with the default (all cores), best of
# three runs, and prints files/second and peak memory (maximum resident set
# size).
#
#   benches/items.sh              # 1k, 10k, 100k files
#   benches/items.sh 10000        # other sizes
#
# Needs GNU time (/usr/bin/time). Timing is not a test: run it by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)

cargo build --release --quiet --bin partnercheck --example gen_portfolio
bin=target/release/partnercheck
gen=target/release/examples/gen_portfolio
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '%8s %8s %10s %12s %10s\n' files threads seconds files/s peak_MiB
for n in "${sizes[@]}"; do
    dir="$work/$n"
    "$gen" "$dir" "$n" 2>/dev/null
    # Warm the page cache, as a second run by a user would find it.
    "$bin" items "$dir" --format json >/dev/null 2>&1
    for threads in 1 default; do
        env=()
        [ "$threads" = default ] || env=(PARTNERCHECK_THREADS="$threads")
        best=""
        rss=0
        for _ in 1 2 3; do
            out=$(env "${env[@]}" /usr/bin/time -f '%e %M' "$bin" items "$dir" --format json 2>&1 >/dev/null | tail -1)
            secs=${out% *}
            kib=${out#* }
            if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; fi
            [ "$kib" -gt "$rss" ] && rss=$kib
        done
        label=$threads
        [ "$threads" = default ] && label=$(nproc)
        awk -v n="$n" -v t="$label" -v s="$best" -v k="$rss" 'BEGIN {
            rate = (s > 0) ? sprintf("%.0f", n / s) : "inf";
            printf "%8d %8s %10.3f %12s %10.1f\n", n, t, s, rate, k / 1024 }'
    done
    rm -rf "$dir"
done
