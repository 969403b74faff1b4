#!/usr/bin/env python3
"""`tacitus serve` as a client meets it: the real server on 127.0.0.1, a free port, the example
ingested into a store in a temporary folder. Every endpoint over HTTP, bad input, the bounds
(body size, methods), the security headers, CORS only when asked, and a clean stop on SIGTERM.

    tests/serve_test.py path/to/tacitus path/to/repo
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request

from serve_testing import Server, check, checks_failed, checks_summary


def call(base, path, body=None, method=None, headers=None):
    """(status, headers, body bytes) of one request; HTTP errors are answers too."""
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def call_json(base, path, **kwargs):
    status, headers, body = call(base, path, **kwargs)
    return status, json.loads(body)


def main():
    tacitus, repo = sys.argv[1], sys.argv[2]
    os.environ["TACITUS_DATA"] = os.path.join(repo, "data")
    example = os.path.join(repo, "examples", "putin-xi-beijing.txt")
    with tempfile.TemporaryDirectory() as work:
        db = os.path.join(work, "events.db")
        subprocess.run([tacitus, "ingest", "--db", db, example], check=True)

        with Server(tacitus, ["--db", db, "--threads", "2", "--max-body", "100000"]) as server:
            base = server.base
            status, headers, page = call(base, "/")
            check("the page is served", status == 200 and b"<title>tacitus</title>" in page)
            csp = headers.get("Content-Security-Policy", "")
            check("a CSP allows only the server's own script", "script-src 'self'" in csp
                  and "unsafe-inline" not in csp and "default-src 'none'" in csp)
            check("nosniff", headers.get("X-Content-Type-Options") == "nosniff")
            check("no CORS unless asked", headers.get("Access-Control-Allow-Origin") is None)
            check("the page has no inline script", b"<script>" not in page
                  and b"<script src=\"/app.js\"" in page)
            status, headers, script = call(base, "/app.js")
            check("the script is served as JavaScript",
                  status == 200 and headers.get("Content-Type", "").startswith("text/javascript"))
            check("an unknown file is a 404", call(base, "/secret.txt")[0] == 404)

            status, health = call_json(base, "/api/health")
            check("health", status == 200 and health["store"]["stories"] == 1)

            # The dated format: " date YYYY-MM-DD", then the text.
            text = re.sub(r"^\s*date \d{4}-\d\d-\d\d\s*", "",
                          open(example, encoding="utf-8").read())
            status, coded = call_json(base, "/api/code",
                                      body={"text": text, "date": "2023-11-08"})
            dyads = {(e["source"], e["target"], e["code"]) for e in coded.get("events", [])}
            check("POST /api/code codes the example",
                  status == 200 and ("RUSGOV", "CHNGOV", "040") in dyads)
            meeting = next(e for e in coded["events"] if e["code"] == "040")
            points = list(text)
            check("its spans slice the text by code points",
                  "".join(points[meeting["verb_char_begin"]:meeting["verb_char_end"]]) == "met")

            status, error = call_json(base, "/api/code", body=b"{", method="POST")
            check("malformed JSON is a 400 naming the body",
                  status == 400 and error["field"] == "body")
            status, error = call_json(base, "/api/code", body={"text": "x" * 200000,
                                                                "date": "2023-11-08"})
            check("a body over --max-body is a 413", status == 413 and error["field"] == "body")
            status, error = call_json(base, "/api/code")
            check("GET /api/code is a 405", status == 405 and "error" in error)

            status, page1 = call_json(base, "/api/events?limit=5")
            check("a page of events with a cursor",
                  status == 200 and len(page1["events"]) == 5 and page1["next"])
            status, page2 = call_json(base, "/api/events?limit=5&cursor=" + page1["next"])
            ids = [e["id"] for e in page1["events"] + page2["events"]]
            check("the next page follows it", status == 200 and len(set(ids)) == len(ids))
            status, rus = call_json(base, "/api/events?" + urllib.parse.urlencode(
                {"source": "RUS", "target": "CHN", "both_directions": "1", "code": "04"}))
            check("filters", status == 200 and len(rus["events"]) >= 2)
            status, error = call_json(base, "/api/events?quad_class=9")
            check("a bad filter is a 400 naming it", status == 400 and error["field"] == "quad_class")
            status, none = call_json(base, "/api/events?" + urllib.parse.urlencode(
                {"actor": "RUS' OR '1'='1"}))
            check("SQL in a filter is a value", status == 200 and none["events"] == [])

            event_id = rus["events"][0]["id"]
            check("event ids are strings (63 bits do not fit a JavaScript number)",
                  isinstance(event_id, str) and int(event_id) > 0)
            status, event = call_json(base, "/api/events/" + event_id)
            check("an event with its mentions", status == 200 and event["mentions"]
                  and event["mentions"][0]["story"] == "putin-xi-beijing")
            check("an unknown event is a 404", call(base, "/api/events/1")[0] == 404)
            status, story = call_json(base, "/api/stories/putin-xi-beijing")
            check("a story", status == 200 and story["text"].startswith("Russian President"))
            status, series = call_json(base, "/api/series?source=RUS&target=CHN&both_directions=1")
            check("a series", status == 200 and series["points"])
            status, headers, svg = call(base, "/api/series?source=RUS&format=svg")
            check("a series chart as SVG", status == 200 and b"<svg" in svg
                  and headers.get("Content-Type") == "image/svg+xml")
            status, top = call_json(base, "/api/top?by=dyad&n=3")
            check("top", status == 200 and len(top["rows"]) == 3)
            check("a bad top is a 400", call(base, "/api/top?by=colour")[0] == 400)

            server.stop()
            check("SIGTERM stops it with exit 0", server.returncode == 0)

        with Server(tacitus, ["--cors", "https://example.org"]) as server:
            status, headers, _ = call(server.base, "/api/health")
            check("--cors names the origin",
                  headers.get("Access-Control-Allow-Origin") == "https://example.org")
            status, error = call_json(server.base, "/api/events")
            check("without --db the store's endpoints say so", status == 404 and "no store" in error["error"])
            taken = server.port
            clash = subprocess.run([tacitus, "serve", "--port", str(taken)],
                                   capture_output=True, text=True, timeout=60)
            check("a port in use is an error, exit 1",
                  clash.returncode == 1 and "cannot listen" in clash.stderr)

        missing = subprocess.run([tacitus, "serve", "--db", os.path.join(work, "none.db"),
                                  "--port", "0"], capture_output=True, text=True, timeout=60)
        check("a missing store is an error, exit 1", missing.returncode == 1)

    print("serve_test: " + checks_summary())
    return 1 if checks_failed() else 0


if __name__ == "__main__":
    sys.exit(main())
