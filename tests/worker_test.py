#!/usr/bin/env python3
"""`tacitus enqueue` and `tacitus worker` against a real redis-server (tests/servers.py): a
corpus enqueued and coded by several workers into one store must equal one plain `tacitus
ingest` of it (sorted `tacitus export` rows), with nothing left pending, also when

  - a worker is killed (-9) right after reading a batch, while coding it, and after committing
    it but before acknowledging it (the test hook TACITUS_WORKER_STOP_AT stops it there);
  - the enqueue waits on a full stream (--max-length) while the workers drain it;
  - Redis is restarted mid-run (append-only file on);
  - the store is out of reach mid-run (the workers retry the batch);

and malformed entries, refused stories and entries delivered too often go to the dead-letter
stream with their reason while the rest is stored; SIGTERM in the middle of a batch finishes
it, acknowledges it and exits 0.

    tests/worker_test.py path/to/tacitus path/to/repo

The corpus: the sentences of tests/*_examples.txt, three to a story, and the news development
articles under ../shared/news-dev when present.

The store is a parameter (TACITUS_TEST_STORE): "sqlite" (the default) makes store files in the
test's folder, and its outage holds SQLite's write lock; "postgres" makes a database per run on
a PostgreSQL server of the test's own (servers.py), and its outage stops the server and starts
it again. Skipped (77) without redis-server, or without PostgreSQL for "postgres".
"""
import contextlib
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

import servers
from serve_testing import check, checks_failed, checks_summary

SKIP = 77
STREAM_BOUND = 40  # --max-length of the back-pressure run


class SqliteStores:
    """Store locations for the runs: one SQLite file each."""

    def __init__(self, folder):
        self.folder = folder

    def new(self, name):
        return os.path.join(self.folder, name + ".db")

    @contextlib.contextmanager
    def outage(self, location):
        """The store refuses writes while inside: SQLite's write lock is held (the workers
        wait their busy timeout, then fail the batch and retry)."""
        connection = sqlite3.connect(location, isolation_level=None, timeout=60)
        connection.execute("BEGIN EXCLUSIVE")
        try:
            yield
        finally:
            connection.execute("ROLLBACK")
            connection.close()


class PostgresStores:
    """Store locations for the runs: one database each on a PostgreSQL server of the test's
    own (tests/servers.py); its outage stops the server and starts it again."""

    def __init__(self, server):
        self.server = server
        self.made = 0

    def new(self, name):
        self.made += 1
        return self.server.create_database("%s-%d" % (name, self.made))

    @contextlib.contextmanager
    def outage(self, location):
        self.server.stop()
        try:
            yield
        finally:
            self.server.start()



class Run:
    """Processes of one test run, each with its stderr collected as it comes; every one still
    running is killed when the run ends, even on failure."""

    def __init__(self, tacitus):
        self.tacitus = tacitus
        self.processes = []

    def start(self, args, env=None):
        process = subprocess.Popen([self.tacitus, *args], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, text=True,
                                   env=dict(os.environ, **(env or {})))
        process.lines = []
        process.reader = threading.Thread(target=_collect, args=(process,), daemon=True)
        process.reader.start()
        self.processes.append(process)
        return process

    def finish(self, process, timeout=120):
        """Waits for `process`; its exit status (killed, -9, after `timeout` seconds)."""
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.reader.join()
        return process.returncode

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for process in self.processes:
            if process.poll() is None:
                process.kill()
            process.wait()
        return False


def _collect(process):
    for line in process.stderr:
        process.lines.append(line)


def stderr_of(process):
    return "".join(process.lines)


def stopped(process):
    """Whether `process` is stopped (SIGSTOP): the hook says so on stderr just before it raises
    SIGSTOP, and a SIGCONT sent in between would be lost."""
    try:
        with open("/proc/%d/stat" % process.pid) as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] in ("T", "t")
    except OSError:
        return False


def wait_until(condition, timeout=120):
    """Polls `condition` until true; whether it came true within `timeout` seconds (a bound on
    the test's length, not an expectation about speed)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def write_corpus(repo, path):
    """Stories of three example sentences each (and the news-dev articles where present), as
    JSON Lines; the number of stories."""
    sentences = []
    for name in ("coding_examples.txt", "cooperation_examples.txt", "verb_family_examples.txt"):
        with open(os.path.join(repo, "tests", name), encoding="utf-8") as lines:
            sentences += [line.split("\t")[0] for line in lines
                          if "\t" in line and not line.startswith("#")]
    stories = []
    for i in range(0, len(sentences), 3):
        day = 1 + (i // 3) % 28
        stories.append({"id": "ex-%04d" % (i // 3), "date": "2024-%02d-%02d" % (1 + i % 12, day),
                        "text": " ".join(sentences[i:i + 3])})
    articles = os.path.join(repo, "..", "shared", "news-dev", "articles.jsonl")
    if os.path.exists(articles):
        with open(articles, encoding="utf-8") as lines:
            stories += [json.loads(line) for line in lines if line.strip()]
    else:
        print("note: %s is absent; the corpus is the example sentences alone" % articles)
    with open(path, "w", encoding="utf-8") as out:
        for story in stories:
            out.write(json.dumps(story) + "\n")
    return len(stories)


class Fixture:
    def __init__(self, tacitus, repo, redis, stores, work):
        self.tacitus = tacitus
        self.redis = redis
        self.stores = stores
        self.work = work
        self.corpus = os.path.join(work, "corpus.jsonl")
        self.total = write_corpus(repo, self.corpus)
        self.reference = self.ingest_export(self.corpus, "reference")
        self.streams = 0

    def ingest_export(self, corpus, name):
        """The sorted export of one plain ingest of `corpus`."""
        db = self.stores.new(name)
        subprocess.run([self.tacitus, "ingest", "--db", db, corpus], check=True)
        return self.export(db)

    def export(self, db):
        rows = subprocess.run([self.tacitus, "export", "--db", db, "--format", "gdelt"],
                              check=True, capture_output=True, text=True).stdout
        return sorted(rows.splitlines())

    def new_stream(self):
        self.streams += 1
        return "stories-%d" % self.streams

    def enqueue(self, stream, *inputs, extra=()):
        return subprocess.run([self.tacitus, "enqueue", "--redis", self.redis.uri, "--stream",
                               stream, *extra, *inputs], capture_output=True, text=True)

    def worker_args(self, stream, db, *extra, threads=2):
        return ["worker", "--redis", self.redis.uri, "--stream", stream, "--group", "coders",
                "--db", db, "--threads", str(threads), *extra]

    def pending(self, stream):
        return self.redis.command("XPENDING", stream, "coders")[0]

    def length(self, stream):
        return self.redis.command("XLEN", stream)

    def drained(self, stream):
        return self.length(stream) == 0 and self.pending(stream) == 0

    def consumers(self, stream):
        return len(self.redis.command("XINFO", "CONSUMERS", stream, "coders"))

    def dead_letters(self, stream):
        """The dead letters of `stream` as dicts of str."""
        entries = self.redis.command("XRANGE", stream + "-dead", "-", "+")
        letters = []
        for _, fields in entries:
            pairs = [item.decode() for item in fields]
            letters.append(dict(zip(pairs[0::2], pairs[1::2])))
        return letters


def test_workers_equal_one_ingest(f, tacitus):
    """Three workers on one store, and the enqueue bounded, waiting on them."""
    stream, db = f.new_stream(), f.stores.new("three-workers")
    with Run(tacitus) as run:
        workers = [run.start(f.worker_args(stream, db, "--batch", "15", threads=1))
                   for _ in range(3)]
        enqueue = run.start(["enqueue", "--redis", f.redis.uri, "--stream", stream,
                             "--max-length", str(STREAM_BOUND), f.corpus])
        longest = 0
        while enqueue.poll() is None:
            longest = max(longest, f.length(stream))
            time.sleep(0.01)
        check("enqueue exits 0", run.finish(enqueue) == 0)
        check("the stream never held more than --max-length (%d <= %d)"
              % (longest, STREAM_BOUND), longest <= STREAM_BOUND)
        check("the stream was full at times (the bound did hold the enqueue back)",
              longest >= STREAM_BOUND - 15)
        check("the workers drain the stream", wait_until(lambda: f.drained(stream)))
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        statuses = [run.finish(worker) for worker in workers]
        check("SIGTERM: each worker exits 0 %s" % statuses, statuses == [0, 0, 0])
        check("workers that stop cleanly leave the group", f.consumers(stream) == 0)
        if statuses != [0, 0, 0]:
            print("".join(stderr_of(worker) for worker in workers))
    check("three workers store what one ingest stores", f.export(db) == f.reference)


def test_kill_at(f, tacitus, point):
    """A worker killed (-9) at `point` of its first batch; two others finish."""
    stream, db = f.new_stream(), f.stores.new("killed-at-" + point)
    check("enqueue exits 0", f.enqueue(stream, f.corpus).returncode == 0)
    with Run(tacitus) as run:
        # 100 stories: two chunks for the coding threads, so that at "coding" the first is
        # coded and the second may still be in the coding threads.
        doomed = run.start(f.worker_args(stream, db, "--batch", "100"),
                           env={"TACITUS_WORKER_STOP_AT": point})
        reached = wait_until(lambda: "stopping at " + point in stderr_of(doomed))
        check("the worker reaches %s" % point, reached)
        doomed.kill()
        run.finish(doomed)
        check("killed at %s, its batch is pending" % point, f.pending(stream) > 0)
        others = [run.start(f.worker_args(stream, db, "--batch", "30", "--claim-after", "1",
                                          "--exit-when-empty")) for _ in range(2)]
        statuses = [run.finish(worker) for worker in others]
        check("killed at %s: the others exit 0 %s" % (point, statuses), statuses == [0, 0])
        unchanged = sum(int(n) for worker in others
                        for n in re.findall(r"(\d+) unchanged", stderr_of(worker)))
        # Stored before the kill, the batch is found stored by whoever claims it. (More may be:
        # a batch that takes longer than --claim-after is claimed and done twice.)
        if point == "committed":
            check("killed after commit: its 100 stories found stored (%d)" % unchanged,
                  unchanged >= 100)
    check("killed at %s: nothing pending, nothing left" % point, f.drained(stream))
    check("killed at %s: the store equals one ingest" % point, f.export(db) == f.reference)
    check("killed at %s: no dead letters" % point, f.dead_letters(stream) == [])
    check("killed at %s: only the killed worker is left in the group" % point,
          f.consumers(stream) == 1)


def test_redis_restart(f, tacitus):
    """Redis restarted while the enqueue waits on a full stream and two workers code."""
    stream, db = f.new_stream(), f.stores.new("redis-restart")
    with Run(tacitus) as run:
        workers = [run.start(f.worker_args(stream, db, "--batch", "10")) for _ in range(2)]
        enqueue = run.start(["enqueue", "--redis", f.redis.uri, "--stream", stream,
                             "--max-length", str(STREAM_BOUND), f.corpus])

        def entries_read():
            if not f.redis.command("EXISTS", stream):
                return 0
            groups = f.redis.command("XINFO", "GROUPS", stream)
            fields = dict(zip(groups[0][0::2], groups[0][1::2])) if groups else {}
            return fields.get(b"entries-read") or 0

        mid_run = wait_until(lambda: entries_read() >= 60)
        check("the run is under way before the restart", mid_run and enqueue.poll() is None)
        f.redis.restart()
        check("after the restart, the enqueue exits 0", run.finish(enqueue) == 0)
        check("the workers drain the stream", wait_until(lambda: f.drained(stream)))
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        statuses = [run.finish(worker) for worker in workers]
        check("the workers exit 0 after the restart %s" % statuses, statuses == [0, 0])
        if statuses != [0, 0]:
            print("".join(stderr_of(worker) for worker in workers + [enqueue]))
        check("the workers met the restart and retried",
              any("retrying" in stderr_of(worker) for worker in workers))
    check("Redis restarted: the store equals one ingest", f.export(db) == f.reference)


def test_store_outage(f, tacitus):
    """The store out of reach in the middle of a run (SQLite: its write lock held; PostgreSQL:
    the server stopped, then started again): the worker retries its batch, then finishes."""
    stream, db = f.new_stream(), f.stores.new("store-outage")
    check("enqueue exits 0", f.enqueue(stream, f.corpus).returncode == 0)
    with Run(tacitus) as run:
        # Stopped by the hook after its first commit, with the store open: the outage comes
        # between two of its batches.
        first = run.start(f.worker_args(stream, db, "--batch", "20", "--claim-after", "30",
                                        "--exit-when-empty"),
                          env={"TACITUS_WORKER_STOP_AT": "committed"})
        check("the worker commits a batch",
              wait_until(lambda: "stopping at committed" in stderr_of(first) and stopped(first)))
        with f.stores.outage(db):
            first.send_signal(signal.SIGCONT)
            check("the worker meets the outage and retries",
                  wait_until(lambda: "retrying" in stderr_of(first)))
        second = run.start(f.worker_args(stream, db, "--batch", "20", "--claim-after", "30",
                                         "--exit-when-empty"))
        statuses = [run.finish(worker) for worker in (first, second)]
        check("after the outage the workers exit 0 %s" % statuses, statuses == [0, 0])
    check("store outage: nothing pending, nothing left", f.drained(stream))
    check("store outage: the store equals one ingest", f.export(db) == f.reference)


def test_dead_letters(f, tacitus):
    """Malformed entries, a story the store refuses, and an entry delivered too often go to the
    dead-letter stream with their reason; the rest is stored."""
    stream, db = f.new_stream(), f.stores.new("dead-letters")
    good = os.path.join(f.work, "good.jsonl")
    with open(f.corpus) as lines, open(good, "w") as out:
        out.writelines(lines.readlines()[:30])
    # A bad line among good ones: reported as every reader reports it, the rest enqueued.
    mixed = os.path.join(f.work, "mixed.jsonl")
    with open(good) as lines, open(mixed, "w") as out:
        kept = lines.readlines()
        out.writelines(kept[:10] + ['{"id": "no-date", "text": "Hi."}\n'] + kept[10:])
    enqueued = f.enqueue(stream, mixed)
    check("enqueue of a bad story exits 2", enqueued.returncode == 2)
    check("the bad story is reported as FILE:LINE: story ID: reason",
          mixed + ":11: story no-date: missing \"date\"" in enqueued.stderr)
    check("the rest is enqueued", f.length(stream) == 30)
    f.redis.command("XADD", stream, "*", "story", "{not json", "from", "hand:1")
    f.redis.command("XADD", stream, "*", "text", "a field but no story")
    f.redis.command("XADD", stream, "*", "story",
                    '{"id": "tab\\tid", "date": "2024-01-02", "text": "Iran criticized Israel."}')
    # The first story, delivered to a consumer that never acknowledges it: claimed after a
    # second, its second delivery is one more than --max-deliveries 1 allows.
    f.redis.command("XGROUP", "CREATE", stream, "coders", "0", "MKSTREAM")
    f.redis.command("XREADGROUP", "GROUP", "coders", "ghost", "COUNT", "1", "STREAMS", stream,
                    ">")
    with Run(tacitus) as run:
        worker = run.start(f.worker_args(stream, db, "--claim-after", "1", "--max-deliveries",
                                         "1", "--exit-when-empty"))
        status = run.finish(worker)
    check("a worker that dead-lettered entries exits 2", status == 2)
    letters = f.dead_letters(stream)
    reasons = sorted(letter["reason"] for letter in letters)
    check("4 dead letters: one delivered too often, 3 malformed or refused (%d)" % len(letters),
          len(letters) == 4)
    check("malformed JSON is dead-lettered with its reason",
          any("not a story" in r and "malformed JSON" in r for r in reasons))
    check("an entry without a story field is dead-lettered",
          any('no "story" field' in r for r in reasons))
    check("a story the store refuses is dead-lettered",
          any(r.startswith("refused:") and "control character" in r for r in reasons))
    check("an entry delivered too often is dead-lettered",
          sum("delivered 2 times, more than --max-deliveries 1" in r for r in reasons) == 1)
    malformed = next(letter for letter in letters if letter.get("story") == "{not json")
    check("a dead letter keeps the entry's fields, stream and id",
          malformed.get("from") == "hand:1" and malformed.get("stream") == stream
          and "-" in malformed.get("entry", ""))
    check("dead letters: nothing pending, nothing left", f.drained(stream))
    rest = os.path.join(f.work, "good-but-first.jsonl")
    with open(good) as lines, open(rest, "w") as out:
        out.writelines(lines.readlines()[1:])
    same = subprocess.run([tacitus, *f.worker_args(stream, db, "--dead-letter", stream)],
                          capture_output=True, text=True)
    check("--dead-letter the same as --stream is refused, exit 1",
          same.returncode == 1 and "--dead-letter must be another stream" in same.stderr)
    check("the rest is stored as one ingest stores it",
          f.export(db) == f.ingest_export(rest, "good-but-first"))


def test_usage_errors(f, tacitus):
    """What cannot run is said at once, exit 1."""
    for command in ("enqueue", "worker"):
        args = [tacitus, command, "--redis", "http://127.0.0.1", "--stream", "s"]
        if command == "worker":
            args += ["--group", "g", "--db", f.stores.new("unused")]
        else:
            args.append(f.corpus)
        refused = subprocess.run(args, capture_output=True, text=True)
        check("%s: a malformed Redis URI is refused, exit 1" % command,
              refused.returncode == 1 and "malformed Redis URI 'http://127.0.0.1'" in refused.stderr)
    nobody = "redis://127.0.0.1:%d" % servers.free_port()
    refused = subprocess.run([tacitus, "enqueue", "--redis", nobody, "--stream", "s", f.corpus],
                             capture_output=True, text=True)
    check("enqueue: no server at the start is an error, exit 1",
          refused.returncode == 1 and "cannot connect" in refused.stderr)


def test_sigterm_mid_batch(f, tacitus):
    """SIGTERM while a batch is being coded: the batch is finished, acknowledged, exit 0."""
    stream, db = f.new_stream(), f.stores.new("sigterm")
    check("enqueue exits 0", f.enqueue(stream, f.corpus).returncode == 0)
    with Run(tacitus) as run:
        worker = run.start(f.worker_args(stream, db, "--batch", "50"),
                           env={"TACITUS_WORKER_STOP_AT": "coding"})
        check("the worker reaches coding",
              wait_until(lambda: "stopping at coding" in stderr_of(worker) and stopped(worker)))
        worker.send_signal(signal.SIGTERM)
        worker.send_signal(signal.SIGCONT)
        check("SIGTERM mid-batch: exit 0", run.finish(worker) == 0)
    check("SIGTERM mid-batch: the batch acknowledged, nothing pending", f.pending(stream) == 0)
    check("SIGTERM mid-batch: the rest left for others", f.length(stream) == f.total - 50)
    first = os.path.join(f.work, "first-50.jsonl")
    with open(f.corpus) as lines, open(first, "w") as out:
        out.writelines(lines.readlines()[:50])
    check("SIGTERM mid-batch: the batch stored whole",
          f.export(db) == f.ingest_export(first, "first-50"))


def main():
    tacitus, repo = os.path.abspath(sys.argv[1]), sys.argv[2]
    os.environ["TACITUS_DATA"] = os.path.join(repo, "data")
    kind = os.environ.get("TACITUS_TEST_STORE", "sqlite")
    if kind not in ("sqlite", "postgres"):
        print("TACITUS_TEST_STORE=%s: no such kind of store (sqlite, postgres)" % kind)
        return 1
    try:
        with contextlib.ExitStack() as stack:
            work = stack.enter_context(tempfile.TemporaryDirectory(prefix="tacitus-worker-"))
            redis = stack.enter_context(servers.redis())
            if kind == "postgres":
                stores = PostgresStores(stack.enter_context(servers.postgres()))
            else:
                stores = SqliteStores(work)
            f = Fixture(tacitus, repo, redis, stores, work)
            check("the reference ingest has events", len(f.reference) > 50)
            test_workers_equal_one_ingest(f, tacitus)
            for point in ("read", "coding", "committed"):
                test_kill_at(f, tacitus, point)
            test_redis_restart(f, tacitus)
            test_store_outage(f, tacitus)
            test_dead_letters(f, tacitus)
            test_sigterm_mid_batch(f, tacitus)
            test_usage_errors(f, tacitus)
    except servers.Unavailable as why:
        print("SKIP:", why)
        return SKIP
    print(checks_summary())
    return 1 if checks_failed() else 0


if __name__ == "__main__":
    sys.exit(main())
