#!/usr/bin/env python3
"""The event formats loaded as an analyst loads them.

    tests/event_formats_test.py TACITUS SOURCE_DIR

Codes a story whose text has characters of more than one byte with `tacitus code --format
jsonl|csv|tsv`, loads each with Python's json and csv modules and checks that the three have
the same columns and values, that the values have the types the README gives, and that the
character offsets cut the coded words out of the text as Python slices it. Where pandas is
installed (scripts/setup.sh installs python3-pandas), loads the CSV and the GDELT export
(`tacitus ingest` then `tacitus export --format gdelt`) into DataFrames with the dtypes the
README documents; without pandas that half is skipped with a message.
"""

import csv
import io
import json
import os
import subprocess
import sys
import tempfile

TACITUS, SOURCE_DIR = sys.argv[1], sys.argv[2]
DATA = os.path.join(SOURCE_DIR, "data")

TEXT = ("Russia’s president, Vladimir Putin, met Xi Jinping in Beijing yesterday.\n\n"
        "Putin’s government criticized Japan last month.")
STORY = json.dumps({"id": "s1", "date": "2023-11-08", "text": TEXT}, ensure_ascii=False)

INTEGER_COLUMNS = {"sentence", "quad_class"} | {
    f"{role}_{end}" for role in ("source", "verb", "target", "date", "place")
    for end in ("begin", "end", "char_begin", "char_end")}
DECIMAL_COLUMNS = {"goldstein", "lat", "lon"}
PLACE_COLUMNS = {"place", "country", "admin1", "lat", "lon"}  # null without a place
LIST_COLUMNS = {"matched", "issues"}

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def run(*args, stdin=None):
    result = subprocess.run([TACITUS, *args], input=stdin, capture_output=True, text=True,
                            env=dict(os.environ, TACITUS_DATA=DATA))
    if result.returncode != 0:
        sys.exit(f"FAIL: tacitus {' '.join(args)} exited {result.returncode}: {result.stderr}")
    return result.stdout


def code(output_format):
    return run("code", "--dict", DATA, "--input-format", "jsonl", "--format", output_format, "-",
               stdin=STORY + "\n")


def field_text(value):
    """A JSON value as CSV and TSV write it."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(f"{v['code']},{v['count']}" if isinstance(v, dict) else v for v in value)
    if isinstance(value, float):
        return repr(value)
    return str(value)


events = [json.loads(line) for line in code("jsonl").splitlines()]
check(len(events) >= 2, f"expected at least 2 events, got {len(events)}")
columns = list(events[0]) if events else []
csv_rows = list(csv.reader(io.StringIO(code("csv"))))
tsv_rows = [line.split("\t") for line in code("tsv").splitlines()]
check(csv_rows[0] == columns, f"CSV header {csv_rows[0]} is not the JSON keys {columns}")
check(tsv_rows[0] == columns, f"TSV header {tsv_rows[0]} is not the JSON keys {columns}")
check(len(csv_rows) == len(events) + 1 and len(tsv_rows) == len(events) + 1,
      "CSV, TSV and JSON Lines have different numbers of events")

for n, event in enumerate(events):
    where = f"event {n} ({event.get('code')})"
    check(list(event) == columns, f"{where}: keys differ from the first event's")
    for column, value in event.items():
        placeless = event["place"] is None and column in PLACE_COLUMNS
        if column in INTEGER_COLUMNS:
            check(type(value) is int, f"{where}: {column} is {value!r}, not an integer")
        elif column in DECIMAL_COLUMNS and not placeless:
            check(type(value) is float or (column != "goldstein" and value is None),
                  f"{where}: {column} is {value!r}, not a decimal")
        elif column in LIST_COLUMNS:
            check(type(value) is list, f"{where}: {column} is {value!r}, not a list")
        elif not placeless:
            check(type(value) is str, f"{where}: {column} is {value!r}, not a string")
        for name, rows in (("CSV", csv_rows), ("TSV", tsv_rows)):
            if n + 1 < len(rows):
                got = rows[n + 1][columns.index(column)]
                check(got == field_text(value), f"{where}: {name} {column} is {got!r}, "
                      f"JSON {value!r}")
    check(event["code"].isdigit() and len(event["code"]) >= 3, f"{where}: code {event['code']!r}")
    check(event["code_label"] != "", f"{where}: no code_label")
    check(event["date_precision"] in ("day", "month", "year"), f"{where}: date_precision")
    # Offsets in code points slice the text as Python does; byte offsets slice its UTF-8.
    for role in ("source", "target"):
        words = event[f"{role}_text"]
        by_chars = TEXT[event[f"{role}_char_begin"]:event[f"{role}_char_end"]]
        by_bytes = TEXT.encode()[event[f"{role}_begin"]:event[f"{role}_end"]].decode()
        check(by_chars == words == by_bytes,
              f"{where}: {role}_text {words!r}, by chars {by_chars!r}, by bytes {by_bytes!r}")
    check(event["source_text"] in event["sentence_text"], f"{where}: source not in sentence")

# "Russia’s president, Vladimir Putin, met " is 40 code points and 42 bytes (’ is three).
meeting = [e for e in events if e["target_text"] == "Xi Jinping"]
check(bool(meeting), "no event with target_text 'Xi Jinping'")
for e in meeting:
    check(e["target_char_begin"] == 40 and e["target_begin"] == 42,
          f"Xi at chars {e['target_char_begin']}, bytes {e['target_begin']}: want 40, 42")
    check(e["date"] == "2023-11-07" and e["date_text"] == "yesterday", f"meeting date {e['date']}")
    check(e["place"] == "Beijing" and isinstance(e["lat"], float), f"meeting place {e['place']}")
    check(e["code_label"].startswith("Consult"), f"040's label {e['code_label']!r}")
month = [e for e in events if e["date_precision"] == "month"]
check(any(e["date"] == "2023-10" for e in month), "'last month' did not give 2023-10")

# pandas, with the dtypes the README documents.
frame = gdelt = None
try:
    import pandas as pd
except ImportError:
    pd = None
    print("event_formats_test: pandas is not installed (scripts/setup.sh installs "
          "python3-pandas); the DataFrame half is skipped")

if pd is not None:
    # The README's block, run as it stands on this story's CSV and GDELT export.
    readme = open(os.path.join(SOURCE_DIR, "README.md"), encoding="utf-8").read()
    blocks = [b.split("```")[0] for b in readme.split("```python\n")[1:]]
    block = next((b for b in blocks if "GDELT_DTYPES" in b), None)
    check(block is not None, "README has no python block with GDELT_DTYPES")
    with tempfile.TemporaryDirectory() as work:
        db = os.path.join(work, "t.db")
        stories = os.path.join(work, "s.jsonl")
        with open(stories, "w", encoding="utf-8") as out:
            out.write(STORY + "\n")
        run("ingest", "--dict", DATA, "--db", db, stories)
        with open(os.path.join(work, "events.tsv"), "w", encoding="utf-8") as out:
            out.write(run("export", "--dict", DATA, "--db", db, "--format", "gdelt", "--header"))
        with open(os.path.join(work, "events.csv"), "w", encoding="utf-8") as out:
            out.write(code("csv"))
        names = {}
        here = os.getcwd()
        os.chdir(work)
        try:
            exec(block or "", names)
        finally:
            os.chdir(here)
    frame, gdelt = names.get("events"), names.get("gdelt")
    check(frame is not None and gdelt is not None, "the README block made no events or gdelt")

if pd is not None and frame is not None:
    check(list(frame.columns) == columns, "DataFrame columns differ")
    check(set(frame["code"]) == {e["code"] for e in events},
          f"codes in pandas {sorted(set(frame['code']))}")
    check(str(frame["quad_class"].dtype) == "int64", f"quad_class {frame['quad_class'].dtype}")
    check(str(frame["source_char_begin"].dtype) == "int64", "source_char_begin not int64")
    check(str(frame["lat"].dtype) == "float64", f"lat {frame['lat'].dtype}")
    check(str(frame["goldstein"].dtype) == "float64", f"goldstein {frame['goldstein'].dtype}")
    check(frame["date"].tolist() == [e["date"] for e in events], "dates changed in pandas")

if pd is not None and gdelt is not None:
    check(len(gdelt.columns) == 61, f"GDELT export has {len(gdelt.columns)} columns")
    check(len(gdelt) >= 2, f"GDELT export has {len(gdelt)} events")
    check(str(gdelt["SQLDATE"].dtype) == "Int64", f"SQLDATE {gdelt['SQLDATE'].dtype}")
    check(str(gdelt["ActionGeo_Lat"].dtype) == "float64", "ActionGeo_Lat not float64")
    check(all(len(c) >= 3 for c in gdelt["EventCode"]), "EventCode lost its leading zero")
    placed = gdelt[gdelt["ActionGeo_Type"] > 0]
    check(len(placed) > 0, "no GDELT event has a place")
    check(set(placed["ActionGeo_CountryCode"]) == {"CH"},
          f"ActionGeo_CountryCode {set(placed['ActionGeo_CountryCode'])}: Beijing is CH in FIPS")
    check((gdelt["SQLDATE"] // 10000 == gdelt["Year"]).all(), "SQLDATE and Year disagree")
    check(((gdelt["FractionDate"] >= gdelt["Year"]) &
           (gdelt["FractionDate"] < gdelt["Year"] + 1)).all(), "FractionDate out of its year")
    # "last month": October 2023, the middle of the month in FractionDate.
    check(any(abs(f - (2023 + (273 + 15.5) / 365)) < 1e-4 for f in gdelt["FractionDate"]),
          f"no mid-October FractionDate in {list(gdelt['FractionDate'])}")

if failures:
    print("FAIL:\n  " + "\n  ".join(failures))
    sys.exit(1)
print(f"event_formats_test: {len(events)} events in JSON Lines, CSV and TSV agree")
