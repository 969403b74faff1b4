#!/bin/sh
# Codes TABARI's GigaWord sample (peer data, read in place) with TABARI's production project and
# counts how many of TABARI's own 43 events (tabari-gigaword-events.txt) tacitus gives: the same
# (story, source, target, code), the same dyad and CAMEO root, the same dyad; each event of
# ours matched once. Fails if a count is below tests/tabari_agreement_floor.txt
# ("exact N", "root N", "dyad N"), whose figures only go up.
# Usage: tabari_agreement_test.sh TACITUS SHARED_DIR FLOOR_FILE DATA_DIR
tacitus=$1
peer=$2/peer/tabari
floor=$3
data=$4
if [ ! -f "$peer/TABARI.production.project" ] || [ ! -f "$peer/tabari-gigaword-events.txt" ]; then
  echo "skipped: $peer is absent"
  exit 77
fi
events=$(mktemp) || exit 1
trap 'rm -f "$events"' EXIT INT TERM
"$tacitus" code -q --dict "$data" --tabari-project "$peer/TABARI.production.project" \
  --format tsv "$peer/tabari-gigaword-input.txt" > "$events" 2>/dev/null || exit 1
# TABARI's lines: YYMMDD source target code id; ours (TSV): story ... source target code.
awk -F '\t' -v floor="$floor" '
  FNR == 1 { file++ }
  file == 1 { split($0, f, " "); wanted[f[1]] = f[2]; next }
  file == 2 { n++; ref_id[n] = $5; ref_src[n] = $2; ref_tgt[n] = $3; ref_code[n] = $4; next }
  file == 3 && FNR > 1 {
    exact[$1 SUBSEP $6 SUBSEP $7 SUBSEP $8]++
    root[$1 SUBSEP $6 SUBSEP $7 SUBSEP substr($8, 1, 2)]++
    dyad[$1 SUBSEP $6 SUBSEP $7]++
    ours++
  }
  END {
    for (i = 1; i <= n; i++) {
      k = ref_id[i] SUBSEP ref_src[i] SUBSEP ref_tgt[i]
      if (exact[k SUBSEP ref_code[i]]-- > 0) e++
      if (root[k SUBSEP substr(ref_code[i], 1, 2)]-- > 0) r++
      if (dyad[k]-- > 0) d++
    }
    printf "TABARI events %d, ours %d: exact %d, same dyad and root %d, same dyad %d\n",
           n, ours, e, r, d
    if (n != 43) { print "expected TABARI 43 events"; exit 1 }
    if (e < wanted["exact"] || r < wanted["root"] || d < wanted["dyad"]) {
      printf "below the floor: exact %d, root %d, dyad %d\n", wanted["exact"], wanted["root"],
             wanted["dyad"]
      exit 1
    }
  }' "$floor" "$peer/tabari-gigaword-events.txt" "$events"
