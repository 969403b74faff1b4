#!/usr/bin/env python3
"""Compares tacitus's events on PETRARCH-2's GigaWord sample with PETRARCH-2's own output.

  scripts/compare-with-petrarch2.py [--tacitus build/tacitus] [--shared ../shared]
      [-- extra tacitus code options]

Runs `tacitus code` on the raw <Text> of GigaWord.sample.PETR.xml and counts how many of
PETRARCH-2's events (petrarch2-gigaword-events.txt: date, source, target, code, ..., id)
tacitus also codes: exactly (same story, source, target, code), at the same root (first two
digits), and for the same dyad with any code; and in how many of the stories where PETRARCH-2
reports issues tacitus's events report them too. Prints the figures and each PETRARCH-2 event
tacitus missed, with what tacitus coded for that story.
"""
import argparse
import collections
import json
import os
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tacitus", default="build/tacitus")
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    parser.add_argument("extra", nargs="*", help="more options for tacitus code")
    args = parser.parse_args()

    peer = os.path.join(args.shared, "peer", "petrarch2")
    sample = os.path.join(peer, "GigaWord.sample.PETR.xml")
    expected_file = os.path.join(peer, "petrarch2-gigaword-events.txt")
    if not os.path.exists(sample):
        sys.exit(f"no peer data at {peer}")

    run = subprocess.run([args.tacitus, "code", "--input-format", "petrarch", *args.extra, sample],
                         capture_output=True, text=True)
    if run.returncode not in (0, 2):
        sys.exit(run.stderr)
    ours = collections.defaultdict(list)
    our_issues = collections.defaultdict(set)  # story -> issue codes of its events
    for line in run.stdout.splitlines():
        event = json.loads(line)
        ours[event["story"]].append((event["source"], event["target"], event["code"]))
        our_issues[event["story"]].update(i["code"] for i in event.get("issues", []))

    expected = []
    expected_issues = collections.defaultdict(set)
    with open(expected_file, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 6:
                expected.append((fields[5], fields[1], fields[2], fields[3]))
                for issue in filter(None, fields[4].split(";")):
                    expected_issues[fields[5]].add(issue.split(",")[0])

    exact = root = dyad = 0
    missed = []
    for story, source, target, code in expected:
        got = ours.get(story, [])
        if (source, target, code) in got:
            exact += 1
        if any(s == source and t == target and c[:2] == code[:2] for s, t, c in got):
            root += 1
        if any(s == source and t == target for s, t, _ in got):
            dyad += 1
        else:
            missed.append((story, source, target, code, got))

    stories = {e[0] for e in expected}
    total_ours = sum(len(v) for v in ours.values())
    ours_in_stories = sum(len(ours.get(s, [])) for s in stories)
    print(f"PETRARCH-2 events: {len(expected)} in {len(stories)} stories")
    print(f"tacitus events: {total_ours} in {len(ours)} stories "
          f"({ours_in_stories} in the stories PETRARCH-2 coded)")
    print(f"same story, source, target and code: {exact} of {len(expected)}")
    print(f"same story, dyad and root:           {root} of {len(expected)}")
    print(f"same story and dyad, any code:       {dyad} of {len(expected)}")
    issue_stories = sorted(expected_issues)
    found = sum(expected_issues[s] <= our_issues[s] for s in issue_stories)
    print(f"stories with PETRARCH-2 issues whose issues tacitus also gives: "
          f"{found} of {len(issue_stories)}")
    for story, source, target, code, got in missed:
        print(f"  missed {story}: {source} {target} {code}; tacitus: "
              + (", ".join(" ".join(e) for e in got) or "nothing"))


if __name__ == "__main__":
    main()
