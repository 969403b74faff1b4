#!/usr/bin/env python3
"""Builds the benchmark corpora (JSON Lines stories) under bench/corpus/ from the texts here.

  scripts/make-bench-corpus.py [--shared ../shared] [--megabytes 100] [--gigaword-copies 2000]

- bench/corpus/mixed.jsonl: the example story, the <Text> of GigaWord.sample.PETR.xml and of
  the PETRARCH validation records, repeated (ids made unique per copy) to at least --megabytes.
- bench/corpus/gigaword.jsonl: the non-empty <Text>s of GigaWord.sample.PETR.xml alone,
  repeated --gigaword-copies times: the workload of the peers' published figures.
Without ../shared/peer (or its files), the corpora are built from the example alone.
"""
import argparse
import json
import os
import re
import xml.etree.ElementTree as ET

REPO = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def petrarch_texts(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    texts = []
    for record in re.findall(r"<Sentence\b.*?</Sentence>", re.sub(r"<!--.*?-->", "", raw, flags=re.S), re.S):
        try:
            node = ET.fromstring(record)
        except ET.ParseError:
            continue
        text = (node.findtext("Text") or "").strip()
        date = node.get("date", "")
        if text and len(date) == 8:
            texts.append((f"{date[:4]}-{date[4:6]}-{date[6:]}", " ".join(text.split())))
    return texts


def write(path, texts, copies=None, megabytes=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    written = 0
    copy = 0
    with open(path, "w", encoding="utf-8") as out:
        while (copies is not None and copy < copies) or (megabytes is not None and written < megabytes << 20):
            for i, (date, text) in enumerate(texts):
                line = json.dumps({"id": f"c{copy}-{i}", "date": date, "text": text}) + "\n"
                out.write(line)
                written += len(line.encode("utf-8"))
            copy += 1
    print(f"{path}: {copy} copies of {len(texts)} stories, {written / (1 << 20):.1f} MB")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.path.join(REPO, "..", "shared"))
    parser.add_argument("--megabytes", type=int, default=100)
    parser.add_argument("--gigaword-copies", type=int, default=2000)
    args = parser.parse_args()

    with open(os.path.join(REPO, "examples", "putin-xi-beijing.txt"), encoding="utf-8") as f:
        example = f.read().strip()
    date, text = example[len("date "):len("date ") + 10], example[len("date ") + 10:].strip()
    peer = os.path.join(args.shared, "peer")
    gigaword = petrarch_texts(os.path.join(peer, "petrarch2", "GigaWord.sample.PETR.xml"))
    records = petrarch_texts(os.path.join(peer, "petrarch1-validation", "PETR.UnitTest.records.xml"))
    mixed = [(date, text)] + gigaword + records
    write(os.path.join(REPO, "bench", "corpus", "mixed.jsonl"), mixed, megabytes=args.megabytes)
    write(os.path.join(REPO, "bench", "corpus", "gigaword.jsonl"), gigaword or [(date, text)],
          copies=args.gigaword_copies)


if __name__ == "__main__":
    main()
