#!/usr/bin/env python3
"""A backfill split over a real Slurm job array (issue 16): a cluster of this machine alone
(tests/servers.py), then scripts/tacitus-array.sbatch submitted as a 4-task array of
`tacitus code`. Each task codes the shard --shard gives it; together the tasks code every story
of the corpus exactly once, and their events are those of one run over the whole corpus.

    slurm_test.py TACITUS SOURCE_DIR

Exits 77 (ctest's skip), saying why, where Slurm is not installed."""
import json
import os
import subprocess
import sys
import tempfile

from serve_testing import check, checks_failed, checks_summary
from servers import Unavailable, slurm_cluster

TASKS = 4

# Stories with events (each names two countries and an act), in ids a feed would give.
ACTS = ["{a} condemned {b} on {day}.", "{a} and {b} signed a trade agreement.",
        "{a} accused {b} of violating the ceasefire.", "The president of {a} met the prime "
        "minister of {b} in the capital.", "{a} expelled two diplomats of {b}."]
COUNTRIES = ["Russia", "China", "France", "Germany", "Japan", "India", "Brazil", "Kenya",
             "Egypt", "Turkey", "Iran", "Mexico"]


def write_corpus(path, stories=120):
    with open(path, "w") as f:
        for i in range(stories):
            a, b = COUNTRIES[i % len(COUNTRIES)], COUNTRIES[(i * 7 + 3) % len(COUNTRIES)]
            if a == b:
                b = COUNTRIES[(i + 1) % len(COUNTRIES)]
            text = ACTS[i % len(ACTS)].format(a=a, b=b, day="Monday")
            f.write(json.dumps({"id": "wire-2024-%05d" % i, "date": "2024-03-%02d" % (i % 28 + 1),
                                "text": text}) + "\n")
        f.write("{not a story\n")  # reported once, by the task whose shard holds its line


def main():
    tacitus, source = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    script = os.path.join(source, "scripts", "tacitus-array.sbatch")
    data = os.path.join(source, "data")
    with tempfile.TemporaryDirectory(prefix="tacitus-slurm-") as folder:
        os.chmod(folder, 0o755)
        corpus = os.path.join(folder, "corpus.jsonl")
        write_corpus(corpus)
        try:
            with slurm_cluster(os.path.join(folder, "slurm")) as env:
                env = dict(env, TACITUS=tacitus)
                submitted = subprocess.run(
                    ["sbatch", "--wait", "--array=0-%d" % (TASKS - 1), "--chdir", folder,
                     "--output", os.path.join(folder, "events-%a.jsonl"),
                     "--error", os.path.join(folder, "events-%a.log"),
                     script, "code", "--dict", data, corpus],
                    env=env, capture_output=True, text=True, timeout=600)
        except Unavailable as reason:
            print("SKIP:", reason)
            return 77
        print(submitted.stdout.strip(), submitted.stderr.strip())
        whole = subprocess.run([tacitus, "code", "--dict", data, corpus],
                               capture_output=True, text=True)
        check("one run over the corpus reports the bad line and exits 2",
              whole.returncode == 2 and whole.stderr.count("malformed JSON") == 1)
        check("sbatch --wait reports the array's worst exit (the task with the bad line: 2)",
              submitted.returncode != 0)
        shards, logs = [], ""
        for task in range(TASKS):
            with open(os.path.join(folder, "events-%d.jsonl" % task)) as f:
                shards.append(f.read().splitlines())
            with open(os.path.join(folder, "events-%d.log" % task)) as f:
                logs += f.read()
        if not all(shards):
            print("the tasks' logs:\n" + logs)
        check("the bad line is reported once over the four tasks",
              logs.count("malformed JSON") == 1)
        check("every task coded stories", all(len(lines) > 0 for lines in shards))
        stories = [{json.loads(line)["story"] for line in lines} for lines in shards]
        check("no story is coded by two tasks",
              sum(len(s) for s in stories) == len(set().union(*stories)))
        union = sorted(line for lines in shards for line in lines)
        check("the tasks' events together are one run's, line for line",
              union == sorted(whole.stdout.splitlines()) and len(union) > 100)

    print(checks_summary())
    return 1 if checks_failed() else 0


if __name__ == "__main__":
    sys.exit(main())
