"""The Python module against the tacitus binary: the same stories give the same events, the
same database the same rows. Run by ctest (test `python`) with PYTHONPATH at the built module
and TACITUS_BINARY, TACITUS_SOURCE_DIR set."""

import datetime
import json
import os
import pathlib
import subprocess
import tempfile
import threading
import unittest

import tacitus

BINARY = os.environ["TACITUS_BINARY"]
SOURCE_DIR = pathlib.Path(os.environ["TACITUS_SOURCE_DIR"])
DATA_DIR = str(SOURCE_DIR / "data")
EXAMPLE = SOURCE_DIR / "examples" / "putin-xi-beijing.txt"


def example_story():
    """The example as (id, date, text): a dated file, ' date YYYY-MM-DD text...'."""
    words = EXAMPLE.read_text(encoding="utf-8").split(None, 2)
    assert words[0] == "date", words[:2]
    return EXAMPLE.stem, words[1], words[2]


def paragraph_stories():
    """The example's paragraphs as stories of their own, dated a day apart."""
    story_id, date, text = example_story()
    day = datetime.date.fromisoformat(date)
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return [(f"{story_id}-{i}", (day + datetime.timedelta(days=i)).isoformat(), p)
            for i, p in enumerate(paragraphs)]


def run_cli(*args, stdin=None):
    result = subprocess.run([BINARY, *args], input=stdin, capture_output=True, text=True,
                            check=True)
    return [json.loads(line) for line in result.stdout.splitlines()]


def cli_events(stories):
    lines = "".join(json.dumps({"id": i, "date": d, "text": t}) + "\n" for i, d, t in stories)
    return run_cli("code", "--dict", DATA_DIR, "-q", "--input-format", "jsonl", "-",
                   stdin=lines)


class PipelineTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.pipeline = tacitus.Pipeline(DATA_DIR)

    def test_code_gives_the_cli_events(self):
        story_id, date, text = example_story()
        expected = cli_events([(story_id, date, text)])
        self.assertGreaterEqual(len(expected), 4)  # the README's four events at least
        self.assertEqual(self.pipeline.code(text, date, id=story_id), expected)

    def test_event_fields_have_json_types(self):
        story_id, date, text = example_story()
        meeting = self.pipeline.code(text, date, id=story_id)[0]
        self.assertEqual(meeting["story"], story_id)
        self.assertEqual((meeting["source"], meeting["target"], meeting["code"]),
                         ("RUSGOV", "CHNGOV", "040"))
        self.assertEqual(meeting["date"], "2023-11-07")  # "yesterday"
        self.assertIsInstance(meeting["quad_class"], int)
        self.assertIsInstance(meeting["goldstein"], float)
        self.assertEqual(meeting["place"], "Beijing")
        self.assertEqual(text.encode()[meeting["verb_begin"]:meeting["verb_end"]], b"met")
        self.assertEqual(text[meeting["verb_char_begin"]:meeting["verb_char_end"]], "met")

    def test_date_may_be_a_date_object_and_id_defaults_to_empty(self):
        _, date, text = example_story()
        by_object = self.pipeline.code(text, datetime.date.fromisoformat(date))
        self.assertEqual(by_object, self.pipeline.code(text, date, id=None))
        self.assertEqual({e["story"] for e in by_object}, {""})

    def test_code_many_gives_the_cli_events_in_input_order(self):
        stories = paragraph_stories()
        expected = cli_events(stories)
        self.assertGreater(len({e["story"] for e in expected}), 2)
        self.assertEqual(self.pipeline.code_many(stories, threads=1), expected)
        self.assertEqual(self.pipeline.code_many(iter(stories), threads=2), expected)

    def test_code_many_over_several_batches(self):
        paragraphs = paragraph_stories()
        copies = 1100 // len(paragraphs) + 1  # more stories than a batch holds (1024 a thread)
        stories = [(f"{i}-{copy}", d, t) for copy in range(copies) for i, d, t in paragraphs]
        self.assertEqual(self.pipeline.code_many(stories, threads=1), cli_events(stories))

    def test_code_many_takes_dicts(self):
        stories = paragraph_stories()
        dicts = [{"id": i, "date": d, "text": t, "source": "example"} for i, d, t in stories]
        self.assertEqual(self.pipeline.code_many(dicts, threads=2), cli_events(stories))

    def test_python_threads_may_share_a_pipeline(self):
        story_id, date, text = example_story()
        expected = self.pipeline.code(text, date, id=story_id)
        results = [None] * 4

        def code(slot):
            results[slot] = self.pipeline.code(text, date, id=story_id)

        threads = [threading.Thread(target=code, args=(i,)) for i in range(len(results))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(results, [expected] * len(results))

    def test_bad_date_raises_value_error_naming_it(self):
        with self.assertRaisesRegex(ValueError, "YYYY-MM-DD, got '2023-02-30'"):
            self.pipeline.code("Putin met Xi.", "2023-02-30")
        with self.assertRaisesRegex(ValueError, r"story 1 \(b\): date .*'yesterday'"):
            self.pipeline.code_many([("a", "2023-11-08", "Putin met Xi."),
                                     ("b", "yesterday", "Putin met Xi.")])

    def test_malformed_story_raises_value_error(self):
        with self.assertRaisesRegex(ValueError, "story 0: must be"):
            self.pipeline.code_many([("a", "2023-11-08")])
        with self.assertRaisesRegex(ValueError, "story 0: no 'text'"):
            self.pipeline.code_many([{"id": "a", "date": "2023-11-08"}])

    def test_missing_data_dir_raises_file_not_found(self):
        with self.assertRaisesRegex(FileNotFoundError, "no-such-dir"):
            tacitus.Pipeline("/no-such-dir")

    def test_default_data_dir_is_the_source_trees(self):
        if os.environ.get("TACITUS_DATA"):
            self.skipTest("TACITUS_DATA is set")
        module = pathlib.Path(tacitus.__file__).resolve()
        if module.parents[2] != SOURCE_DIR.resolve():
            self.skipTest("the build directory is not inside the source tree")
        self.assertEqual(pathlib.Path(tacitus.Pipeline().data_dir), SOURCE_DIR / "data")


class StoreTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.work = tempfile.TemporaryDirectory()
        cls.db = os.path.join(cls.work.name, "events.db")
        subprocess.run([BINARY, "ingest", "--db", cls.db, "--dict", DATA_DIR, "-q",
                        str(EXAMPLE)], check=True, capture_output=True)
        cls.store = tacitus.Store(cls.db)

    @classmethod
    def tearDownClass(cls):
        cls.work.cleanup()

    def cli_rows(self, *filters):
        return run_cli("query", "--db", self.db, "--format", "jsonl", *filters)

    def test_query_gives_the_cli_rows(self):
        expected = self.cli_rows()
        self.assertGreaterEqual(len(expected), 4)
        self.assertEqual(self.store.query(), expected)

    def test_filters_are_the_cli_options(self):
        for kwargs, options in [
            ({"source": "RUS"}, ["--source", "RUS"]),
            ({"actor": "CHN", "code": "04"}, ["--actor", "CHN", "--code", "04"]),
            ({"from": "2023-11-01", "to": "2023-11-30"}, ["--from", "2023-11-01",
                                                          "--to", "2023-11-30"]),
            ({"text": '"arrest warrant"', "quad_class": 4}, ["--text", '"arrest warrant"',
                                                             "--quad-class", "4"]),
            ({"limit": 1}, ["--limit", "1"]),
            ({"source": "CHN", "target": "RUSGOV", "both_directions": True},
             ["--source", "CHN", "--target", "RUSGOV", "--both-directions"]),
            ({"code": "173,061"}, ["--code", "173,061"]),
        ]:
            with self.subTest(kwargs=kwargs):
                rows = self.store.query(**kwargs)
                self.assertEqual(rows, self.cli_rows(*options))
                self.assertGreater(len(rows), 0)
                self.assertLess(len(rows), len(self.store.query()))
        self.assertEqual(self.store.query(from_=datetime.date(2023, 11, 1)),
                         self.cli_rows("--from", "2023-11-01"))

    def test_unknown_filter_raises_type_error(self):
        with self.assertRaisesRegex(TypeError, "unknown filter 'sauce'"):
            self.store.query(sauce="RUS")

    def test_bad_filter_date_raises_value_error(self):
        with self.assertRaisesRegex(ValueError, "from must be YYYY-MM-DD"):
            self.store.query(**{"from": "Nov 2023"})

    def test_missing_database_raises_file_not_found(self):
        with self.assertRaises(FileNotFoundError):
            tacitus.Store(os.path.join(self.work.name, "missing.db"))

    def test_not_a_store_raises_tacitus_error(self):
        path = os.path.join(self.work.name, "not-a-store.db")
        pathlib.Path(path).write_text("not SQLite\n" * 100)
        with self.assertRaisesRegex(tacitus.Error, "not-a-store.db"):
            tacitus.Store(path)

    def test_to_pandas_has_the_rows(self):
        try:
            import pandas  # noqa: F401
        except ImportError:
            self.skipTest("pandas is not installed")
        rows = self.store.query(source="RUS")
        frame = self.store.to_pandas(source="RUS")
        self.assertEqual(len(frame), len(rows))
        self.assertEqual(list(frame["code"]), [row["code"] for row in rows])
        self.assertIsInstance(frame["code"].iloc[0], str)  # "040" stays "040"
        beijing = frame[frame["place"] == "Beijing"]
        self.assertFalse(beijing.empty)
        self.assertEqual(set(beijing["country"]), {"CHN"})


if __name__ == "__main__":
    unittest.main()
