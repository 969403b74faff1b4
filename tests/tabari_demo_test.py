#!/usr/bin/env python3
"""Codes TABARI's demo (TABARI.Demo.text with TABARI.Demo.project's dictionaries, peer data read
in place) and compares each record with the events its own comment says it should give.

A record's comment lists `{ SOURCE / TARGET / CODE }` lines: the events expected. `{---}`,
`{###}` (discarded) and `{+++}` (complex) expect none. A line written `-{ ... }` is an event
only in another coding mode or after editing the dictionaries (the comment says which), so a
record whose lines are all of that kind is not scored. Ours are matched as a multiset of
(source, target, code) per record; the date is not compared (TABARI dates an event on its story,
tacitus on the day the text names).

Prints each record that differs, then the counts; fails below the floor file's
"events N" (expected events coded) and "silent N" (records expecting none that give none),
whose figures only go up. Exit 77 (skipped) where ../shared/peer/tabari is absent.

    tests/tabari_demo_test.py TACITUS SHARED_DIR FLOOR_FILE DATA_DIR
"""
import collections
import os
import re
import subprocess
import sys

tacitus, shared, floor_file, data = sys.argv[1:5]
peer = os.path.join(shared, "peer", "tabari")
project = os.path.join(peer, "TABARI.Demo.project")
text = os.path.join(peer, "TABARI.Demo.text")
if not (os.path.isfile(project) and os.path.isfile(text)):
    print(f"skipped: {peer} has no TABARI demo")
    sys.exit(77)

RECORD_HEADER = re.compile(r"^(\d{6})[ *](\S+)")
EXPECTED_EVENT = re.compile(r"(-?)\{\s*([^{}/]+?)\s*/\s*([^{}/]+?)\s*/\s*([^{}/]+?)\s*\}")
NO_EVENT = re.compile(r"\{\s*(---|###|\+\+\+)\s*\}")


def expectations(path):
    """Per record id: a Counter of expected (source, target, code), or None when unscored."""
    records, current, lines = {}, None, []

    def close():
        if current is None:
            return
        body = "\n".join(lines)
        wanted = collections.Counter()
        other_mode = False
        for dash, source, target, code in EXPECTED_EVENT.findall(body):
            if dash:
                other_mode = True
            else:
                wanted[(source, target, code)] += 1
        if wanted or NO_EVENT.search(body):
            records[current] = wanted
        elif other_mode:
            records[current] = None

    with open(path, encoding="latin-1") as demo:
        for line in demo:
            header = RECORD_HEADER.match(line)
            if header:
                close()
                current, lines = header.group(2), []
            else:
                lines.append(line)
    close()
    return records


expected = expectations(text)
run = subprocess.run([tacitus, "code", "-q", "--dict", data, "--tabari-project", project,
                      "--format", "tsv", text], capture_output=True, text=True)
if run.returncode not in (0, 2):
    print(f"tacitus code failed ({run.returncode}): {run.stderr}")
    sys.exit(1)
ours = collections.defaultdict(collections.Counter)
for row in run.stdout.splitlines()[1:]:
    field = row.split("\t")
    ours[field[0]][(field[5], field[6], field[7])] += 1

events_wanted = events_found = silent_wanted = silent_kept = 0
for record, wanted in expected.items():
    if wanted is None:
        continue
    got = ours.get(record, collections.Counter())
    if wanted:
        events_wanted += sum(wanted.values())
        events_found += sum((wanted & got).values())
    else:
        silent_wanted += 1
        silent_kept += not got
    if got != wanted:
        def show(events):
            return " ".join("/".join(e) for e in sorted(events.elements())) or "none"
        print(f"{record}: expected {show(wanted)}; coded {show(got)}")

print(f"expected events coded {events_found} of {events_wanted}; "
      f"records expecting none left silent {silent_kept} of {silent_wanted}")
floor = dict(line.split() for line in open(floor_file) if line.strip())
if events_wanted < 50 or silent_wanted < 5:
    print("the demo's comments were not read: fewer expectations than the demo holds")
    sys.exit(1)
if events_found < int(floor["events"]) or silent_kept < int(floor["silent"]):
    print(f"below the floor: events {floor['events']}, silent {floor['silent']}")
    sys.exit(1)
