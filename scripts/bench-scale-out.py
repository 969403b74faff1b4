#!/usr/bin/env python3
"""Throughput of tacitus on the engines of a cluster, on this machine (issue 16): stories/s
stored into PostgreSQL by 1, 2 and 4 `tacitus worker` processes (each --threads 1) reading a
Redis stream that `tacitus enqueue` filled, against `tacitus ingest --threads 1` into SQLite,
with the CPU each part took (workers, PostgreSQL, Redis) to say where the time goes.

    scripts/bench-scale-out.py [--tacitus build/tacitus] [--workers 1,2,4] [--stories N]
                               [--repeat 3] CORPUS

Each run is repeated (the runs of every setup in turn, so that a busy moment of the machine
falls on all of them) and the table gives each setup's median run by wall time.

PostgreSQL runs durable (fsync and synchronous commit on), Redis with its append-only file, as
in production. A benchmark, not a test: run it on a quiet machine and read ratios."""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
import servers  # noqa: E402

CLOCK = os.sysconf("SC_CLK_TCK")


def _stat(pid):
    """The fields of /proc/PID/stat after the command name (state, ppid, ...)."""
    with open("/proc/%s/stat" % pid) as f:
        return f.read().rsplit(")", 1)[1].split()


def process_cpu(pid):
    """CPU seconds of process `pid`, of the children it has reaped (PostgreSQL's backends that
    ended) and of those still running (its background writers)."""
    seconds = sum(int(v) for v in _stat(pid)[11:15]) / CLOCK
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = _stat(entry)
            except OSError:
                continue
            if int(fields[1]) == pid:
                seconds += (int(fields[11]) + int(fields[12])) / CLOCK
    return seconds


def redis_cpu(redis):
    info = redis.command("INFO", "cpu").decode()
    values = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    return float(values["used_cpu_user"]) + float(values["used_cpu_sys"])


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(command):
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.exit("%s: exit %d\n%s" % (" ".join(command), done.returncode, done.stderr[-2000:]))


def sqlite_baseline(tacitus, corpus, folder):
    before = children_cpu()
    start = time.monotonic()
    run([tacitus, "ingest", "--threads", "1", "--db", os.path.join(folder, "baseline.db"), corpus])
    return time.monotonic() - start, children_cpu() - before


def workers_run(tacitus, corpus, stories, count, pg, redis, name):
    stream, group = "stories-" + name, "coders"
    start = time.monotonic()
    run([tacitus, "enqueue", "--redis", redis.uri, "--stream", stream,
         "--max-length", str(stories + 1), corpus])
    enqueue_seconds = time.monotonic() - start
    db = pg.create_database("bench-" + name)
    pg_before, redis_before, cpu_before = process_cpu(pg.process.pid), redis_cpu(redis), children_cpu()
    start = time.monotonic()
    workers = [subprocess.Popen([tacitus, "worker", "--redis", redis.uri, "--stream", stream,
                                 "--group", group, "--db", db, "--threads", "1",
                                 "--consumer", "w%d" % i, "--exit-when-empty"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
               for i in range(count)]
    for worker in workers:
        _, errors = worker.communicate()
        if worker.returncode != 0:
            sys.exit("worker: exit %d\n%s" % (worker.returncode, errors[-2000:]))
    seconds = time.monotonic() - start
    stored = pg.psql("SELECT count(*) FROM stories", database="bench-" + name).stdout.strip()
    return {"enqueue": enqueue_seconds, "seconds": seconds, "stored": stored,
            "workers_cpu": children_cpu() - cpu_before,
            "postgres_cpu": process_cpu(pg.process.pid) - pg_before,
            "redis_cpu": redis_cpu(redis) - redis_before}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--tacitus", default="build/tacitus")
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--stories", type=int, default=0, help="the first N stories (0: all)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each setup")
    args = parser.parse_args()
    tacitus = os.path.abspath(args.tacitus)
    with tempfile.TemporaryDirectory(prefix="tacitus-bench-") as folder:
        corpus = args.corpus
        if args.stories:
            corpus = os.path.join(folder, "corpus.jsonl")
            with open(args.corpus) as source, open(corpus, "w") as out:
                for number, line in enumerate(source):
                    if number == args.stories:
                        break
                    out.write(line)
        with open(corpus) as f:
            stories = sum(1 for line in f if line.strip())
        print("%d stories, %.1f MB" % (stories, os.path.getsize(corpus) / 1e6))
        print("| run | wall s | stories/s | vs SQLite ingest | CPU s: tacitus | PostgreSQL | Redis |")
        print("|---|---|---|---|---|---|---|")
        counts = [int(n) for n in args.workers.split(",")]
        runs = {"sqlite": []}
        runs.update({count: [] for count in counts})
        with servers.postgres(durable=True) as pg, servers.redis() as redis:
            for attempt in range(args.repeat):
                if attempt:
                    os.remove(os.path.join(folder, "baseline.db"))
                runs["sqlite"].append(sqlite_baseline(tacitus, corpus, folder))
                for count in counts:
                    runs[count].append(workers_run(tacitus, corpus, stories, count, pg, redis,
                                                   "%d-%d" % (count, attempt)))
        wall, cpu = median(runs["sqlite"], key=lambda run: run[0])
        print("| `ingest --threads 1` into SQLite | %.1f | %.0f | 1.00 | %.1f | – | – |"
              % (wall, stories / wall, cpu))
        for count in counts:
            r = median(runs[count], key=lambda run: run["seconds"])
            print("| %d worker%s into PostgreSQL (enqueue %.1f s; %s stored) | %.1f | %.0f | "
                  "%.2f | %.1f | %.1f | %.1f |"
                  % (count, "s" if count > 1 else "", r["enqueue"], r["stored"], r["seconds"],
                     stories / r["seconds"], wall / r["seconds"], r["workers_cpu"],
                     r["postgres_cpu"], r["redis_cpu"]))
        print("walls: " + "; ".join(
            "%s: %s" % (setup, " ".join("%.1f" % (run[0] if setup == "sqlite" else run["seconds"])
                                        for run in setup_runs))
            for setup, setup_runs in runs.items()))


def median(runs, key):
    """The run in the middle by `key` (the upper middle of an even number)."""
    return sorted(runs, key=key)[len(runs) // 2]

if __name__ == "__main__":
    main()
