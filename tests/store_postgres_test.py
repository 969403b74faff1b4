#!/usr/bin/env python3
"""The PostgreSQL store end to end: `tacitus ingest --db postgresql://...` then query, top,
series and export give what the same commands give with an SQLite file; ingesting again adds
nothing; two ingests at once into one PostgreSQL store, of inputs that report the same events,
give the store one ingest of both gives; recode takes the URI; a server that is not there is an
error naming the URI without its password. The server is a real one (tests/servers.py); the test
is skipped (exit 77) where PostgreSQL is not installed.

    tests/store_postgres_test.py path/to/tacitus path/to/repo
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import servers  # noqa: E402

tacitus, repo = sys.argv[1], sys.argv[2]
os.environ["TACITUS_DATA"] = os.path.join(repo, "data")
passes = failures = 0


def check(name, condition, detail=""):
    global passes, failures
    if condition:
        passes += 1
    else:
        failures += 1
        print("FAIL: %s %s" % (name, detail))


def run(*args, expect=0):
    done = subprocess.run([tacitus, *args], capture_output=True, text=True)
    check("exit %d: tacitus %s" % (expect, " ".join(args)), done.returncode == expect,
          done.stderr[-2000:])
    return done


# Stories that report the same events in other words, other days and other wires.
SENTENCES = [
    "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing.",
    "Ukraine protested against Russia.",
    "Western powers criticized China over its support for Russia.",
    "The International Criminal Court issued an arrest warrant for Putin.",
    "Iran rejected the demands of the United States.",
    "Israeli troops attacked Hamas in Gaza.",
    "Germany agreed to send tanks to Ukraine.",
    "China praised Pakistan for its cooperation.",
]


def story(number):
    text = " ".join(SENTENCES[(number + k) % len(SENTENCES)] for k in range(3))
    return {"id": "s%03d" % number, "date": "2023-11-%02d" % (1 + number % 12),
            "source": "wire%d" % (number % 3), "title": "Story %d" % number, "text": text}


def write(path, numbers):
    with open(path, "w") as out:
        for number in numbers:
            out.write(json.dumps(story(number)) + "\n")


def views(db):
    """What the read commands print for `db`, each as one string; export sorted."""
    shown = {}
    shown["query"] = run("query", "--db", db, "--format", "tsv").stdout
    shown["query text"] = run("query", "--db", db, "--text", '"arrest warrant"',
                              "--format", "jsonl").stdout
    shown["query story text"] = run("query", "--db", db, "--story-text", "tanks Ukraine",
                                    "--format", "csv").stdout
    shown["query filters"] = run("query", "--db", db, "--actor", "RUS,UKR", "--root", "11,14",
                                 "--from", "2023-11-03", "--format", "csv").stdout
    shown["top"] = run("top", "--db", db, "--by", "dyad", "-n", "10").stdout
    shown["series"] = run("series", "--db", db, "--source", "RUS", "--by", "week").stdout
    for name in ("gdelt", "plover"):
        shown["export " + name] = "".join(sorted(
            run("export", "--db", db, "--format", name).stdout.splitlines(True)))
    return shown


def compare(what, expected, actual):
    for key in expected:
        check("%s: %s the same" % (what, key), expected[key] == actual[key],
              "\n--- sqlite\n%s\n--- postgresql\n%s" % (expected[key][:1500],
                                                         actual[key][:1500]))


def main():
    work = tempfile.mkdtemp(prefix="tacitus-pg-cli-")
    try:
        with servers.postgres() as server:
            uri = server.uri
            example = os.path.join(repo, "examples", "putin-xi-beijing.txt")
            first, second, both = (os.path.join(work, n) for n in ("1.jsonl", "2.jsonl", "b.jsonl"))
            write(first, range(0, 40))
            write(second, range(25, 60))  # 15 stories in both
            write(both, range(0, 60))
            sqlite = os.path.join(work, "events.db")
            for db in (sqlite, uri):
                run("ingest", "--db", db, example)
                run("ingest", "--db", db, both)
            expected = views(sqlite)
            check("the corpus gives events", expected["query"].count("\n") > 20,
                  expected["query"][:500])
            check("the text filter finds the warrant", '"code":"17' in expected["query text"],
                  expected["query text"])
            compare("one ingest", expected, views(uri))
            run("ingest", "--db", uri, both)
            compare("ingest again", expected, views(uri))
            run("recode", "--db", uri)  # every story coded by these dictionaries already

            # Two ingests at once into a new store of the same server.
            shared = server.create_database("shared")
            run("ingest", "--db", shared, example)
            ingests = [subprocess.Popen([tacitus, "ingest", "--db", shared, "--batch", "3",
                                         "--threads", "1", path], stderr=subprocess.PIPE,
                                        text=True) for path in (first, second)]
            for ingest in ingests:
                _, err = ingest.communicate()
                check("a concurrent ingest exits 0", ingest.returncode == 0, err)
            compare("two ingests at once", expected, views(shared))

            # No server there: an error naming the location, without the password.
            port = servers.free_port()
            gone = run("query", "--db", "postgresql://tacitus:s3cret@127.0.0.1:%d/x" % port,
                       expect=1)
            check("a missing server is named", "postgresql://tacitus@127.0.0.1:%d/x: " % port
                  in gone.stderr, gone.stderr)
            check("the password is not printed", "s3cret" not in gone.stderr, gone.stderr)
    except servers.Unavailable as why:
        print("store_postgres: skipped: %s" % why)
        return 77
    finally:
        subprocess.run(["rm", "-rf", work])
    print("%d passed, %d failed" % (passes, failures))
    return 1 if failures else 0


sys.exit(main())
