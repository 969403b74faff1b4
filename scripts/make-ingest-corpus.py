#!/usr/bin/env python3
"""Repeat a story corpus into a large JSON Lines input for tacitus ingest benchmarks and tests.

  scripts/make-ingest-corpus.py INPUT --copies N [--shift-days D] > corpus.jsonl

INPUT is PETRARCH XML (<Sentence date="YYYYMMDD" id="..."><Text>...</Text></Sentence>) or a
dated story (" date 2023-11-08 Text..."). Each copy gets ids made unique ("ID~c17") and its
dates moved D days later than the previous copy's (default 1), so copies code to distinct
events rather than folding into the same ones.
"""
import argparse
import datetime
import json
import os
import re
import sys
import xml.etree.ElementTree as ElementTree


def read_stories(path):
    with open(path, encoding="utf-8") as handle:
        content = handle.read()
    if path.endswith(".xml"):
        for sentence in ElementTree.fromstring(content).iter("Sentence"):
            text = sentence.findtext("Text", "").strip()
            if not text:  # PETRARCH's test records carry no text: nothing to ingest
                continue
            date = datetime.datetime.strptime(sentence.get("date"), "%Y%m%d").date()
            yield sentence.get("id"), date, " ".join(text.split()), sentence.get("source")
        return
    match = re.match(r"\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.*)", content, re.S)
    if not match:
        sys.exit(f"{path}: neither PETRARCH XML nor a dated story")
    stem = os.path.splitext(os.path.basename(path))[0]
    yield stem, datetime.date.fromisoformat(match.group(1)), match.group(2).strip(), None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("--copies", type=int, required=True)
    parser.add_argument("--shift-days", type=int, default=1)
    args = parser.parse_args()
    stories = list(read_stories(args.input))
    out = sys.stdout
    for copy in range(args.copies):
        shift = datetime.timedelta(days=copy * args.shift_days)
        for story_id, date, text, source in stories:
            record = {"id": f"{story_id}~c{copy}", "date": (date + shift).isoformat(), "text": text}
            if source:
                record["source"] = source
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
