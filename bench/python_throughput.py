#!/usr/bin/env python3
"""The Python module's coding throughput against the binary's, on the same stories.

  PYTHONPATH=build/python python3 bench/python_throughput.py CORPUS.jsonl \\
      [--binary build/tacitus] [--repeat 1] [--runs 3] [--threads 1 2]

CORPUS is JSON Lines stories ({"id","date","text"}), repeated --repeat times (ids made unique).
For each thread count, --runs times in turn: `tacitus code --threads N` on the corpus written
to a file, output to /dev/null, less the median time of the binary on one short story (start-up
and loading the dictionaries); and Pipeline.code_many(stories, threads=N) on the stories
already in a list (the pipeline loaded once before), its events turned into dicts; and the
coding time `tacitus bench --threads N` measures inside the binary (no start-up, no output).
Prints the median of each in stories and megabytes (of text) per second, and checks that the
binary and the module gave the same number of events.
"""
import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import tempfile
import time

import tacitus


def cpu_seconds():
    """CPU time of this process and of its waited-for children, all threads: on a loaded
    machine a steadier measure than wall time."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(function):
    """(wall seconds, CPU seconds, result) of function()."""
    start, start_cpu = time.perf_counter(), cpu_seconds()
    result = function()
    return time.perf_counter() - start, cpu_seconds() - start_cpu, result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--binary", default="build/tacitus")
    parser.add_argument("--dict", default=None, help="dictionary directory (default: found)")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()

    with open(args.corpus, encoding="utf-8") as f:
        originals = [json.loads(line) for line in f if line.strip()]
    stories = [(f"{s['id']}-{copy}", s["date"], s["text"])
               for copy in range(args.repeat) for s in originals]
    megabytes = sum(len(text.encode()) for _, _, text in stories) / 1e6

    pipeline = tacitus.Pipeline(args.dict)
    dict_options = ["--dict", pipeline.data_dir, "-q"]
    with tempfile.TemporaryDirectory() as work:
        corpus = os.path.join(work, "corpus.jsonl")
        with open(corpus, "w", encoding="utf-8") as f:
            for story_id, date, text in stories:
                f.write(json.dumps({"id": story_id, "date": date, "text": text}) + "\n")
        one = os.path.join(work, "one.jsonl")
        with open(one, "w", encoding="utf-8") as f:
            f.write(json.dumps({"id": "one", "date": "2022-02-24",
                                "text": "Russian troops attacked Ukraine."}) + "\n")

        def cli(path, threads):
            result = subprocess.run(
                [args.binary, "code", "--threads", str(threads), *dict_options, path],
                stdout=subprocess.PIPE, check=True)
            return result.stdout.count(b"\n")

        def bench(threads):
            result = subprocess.run(
                [args.binary, "bench", "--threads", str(threads), *dict_options, corpus],
                stdout=subprocess.PIPE, check=True, text=True)
            line = re.search(rf"^{threads} threads?: .* in ([0-9.]+) s", result.stdout, re.M)
            return float(line.group(1))

        start_ups = [timed(lambda: cli(one, 1)) for _ in range(args.runs)]
        start_up = statistics.median(wall for wall, _, _ in start_ups)
        start_up_cpu = statistics.median(cpu for _, cpu, _ in start_ups)
        print(f"{len(stories)} stories, {megabytes:.2f} MB of text; binary start-up "
              f"{start_up:.2f} s, {start_up_cpu:.2f} s CPU (subtracted)")
        for threads in args.threads:
            cli_times, module_times, bench_times, cli_cpu, module_cpu = [], [], [], [], []
            for _ in range(args.runs):
                seconds, cpu, cli_events = timed(lambda: cli(corpus, threads))
                cli_times.append(seconds - start_up)
                cli_cpu.append(cpu - start_up_cpu)
                seconds, cpu, events = timed(
                    lambda: pipeline.code_many(stories, threads=threads))
                module_times.append(seconds)
                module_cpu.append(cpu)
                bench_times.append(bench(threads))
                if len(events) != cli_events:
                    raise SystemExit(f"events differ: binary {cli_events}, module {len(events)}")
            for name, times in (("code", cli_times), ("bench", bench_times),
                                ("module", module_times)):
                median = statistics.median(times)
                print(f"threads {threads} {name:6}: {median:6.2f} s  "
                      f"{len(stories) / median:7.1f} stories/s  {megabytes / median:5.2f} MB/s  "
                      f"({len(events)} events; runs {', '.join(f'{t:.2f}' for t in times)})")
            for name, times in (("code", cli_cpu), ("module", module_cpu)):
                median = statistics.median(times)
                print(f"threads {threads} {name:6}: {median:6.2f} s CPU  "
                      f"{megabytes / median:5.2f} MB per CPU second")


if __name__ == "__main__":
    main()
