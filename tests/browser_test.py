#!/usr/bin/env python3
"""The page of `tacitus serve` in a real browser: Debian's chromium, headless, driven through
the DevTools protocol (python3-websocket), against the real server on 127.0.0.1 with the
example ingested. Pastes the example story and checks that the RUS<->CHN meeting is listed and
marked in the text, opens its explanation; posts a story full of markup and checks the page
holds it as text; filters the store by RUS and checks the table, the series chart and the
mentions; checks a phone-wide window does not scroll sideways. Screenshots go to OUT_DIR.

    tests/browser_test.py path/to/tacitus path/to/repo OUT_DIR

Exits 77 (ctest's skip), saying why, where chromium or python3-websocket is absent.
"""
import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

try:
    import websocket  # python3-websocket
except ImportError:
    websocket = None

from serve_testing import Server, check, checks_failed, checks_summary


class Browser:
    """chromium --headless with its DevTools endpoint on a free port, and one page to drive."""

    def __init__(self, chromium, profile):
        self.process = subprocess.Popen(
            [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-extensions", "--remote-debugging-address=127.0.0.1",
             "--remote-debugging-port=0", "--user-data-dir=" + profile,
             "--window-size=1280,900", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        endpoint = None
        deadline = time.time() + 60
        while time.time() < deadline and endpoint is None:
            line = self.process.stderr.readline()
            if not line and self.process.poll() is not None:
                break
            found = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/", line)
            if found:
                endpoint = int(found.group(1))
        if endpoint is None:
            self.close()
            raise RuntimeError("chromium did not start its DevTools endpoint")
        with urllib.request.urlopen("http://127.0.0.1:%d/json/list" % endpoint) as response:
            pages = [t for t in json.load(response) if t["type"] == "page"]
        self.socket = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=60)
        self.next_id = 0

    def send(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError("%s: %s" % (method, message["error"]))
                return message["result"]

    def eval(self, expression):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError("%s: %s" % (expression, result["exceptionDetails"]))
        return result["result"].get("value")

    def wait_for(self, expression, seconds=30):
        """Polls `expression` until it is truthy; its last value either way."""
        deadline = time.time() + seconds
        while True:
            value = self.eval(expression)
            if value or time.time() > deadline:
                return value
            time.sleep(0.1)

    def screenshot(self, path):
        data = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        with open(path, "wb") as out:
            out.write(base64.b64decode(data["data"]))

    def close(self):
        if getattr(self, "socket", None):
            self.socket.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process.stderr.close()


def set_field(selector, value):
    return ("(() => { const f = document.querySelector(%s); f.value = %s;"
            " f.dispatchEvent(new Event('input')); return true; })()"
            % (json.dumps(selector), json.dumps(value)))


def main():
    tacitus, repo, out_dir = sys.argv[1], sys.argv[2], sys.argv[3]
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None or websocket is None:
        print("browser_test: skipped: needs chromium and python3-websocket "
              "(scripts/setup.sh installs them)")
        return 77
    os.makedirs(out_dir, exist_ok=True)
    os.environ["TACITUS_DATA"] = os.path.join(repo, "data")
    example = os.path.join(repo, "examples", "putin-xi-beijing.txt")
    text = re.sub(r"^\s*date \d{4}-\d\d-\d\d\s*", "", open(example, encoding="utf-8").read())
    with tempfile.TemporaryDirectory() as work:
        db = os.path.join(work, "events.db")
        subprocess.run([tacitus, "ingest", "--db", db, example], check=True)
        with Server(tacitus, ["--db", db]) as server:
            browser = Browser(chromium, os.path.join(work, "profile"))
            try:
                browser.send("Page.enable")
                browser.send("Page.navigate", url=server.base + "/")
                check("the page loads its script",
                      browser.wait_for("document.readyState === 'complete' && "
                                       "!!document.getElementById('story-date').value"))

                # Code a story.
                browser.eval(set_field("#story-text", text))
                browser.eval(set_field("#story-date", "2023-11-08"))
                browser.eval("document.querySelector('#code-form button').click()")
                listed = browser.wait_for(
                    "Array.from(document.querySelectorAll('#coded-events li'))"
                    ".map(li => li.textContent).join('\\n')")
                check("the RUS-CHN meeting is listed", "RUSGOV → CHNGOV  040" in (listed or ""))
                check("its verb is marked in the text", browser.eval(
                    "Array.from(document.querySelectorAll('#coded-text mark.verb'))"
                    ".some(m => m.textContent === 'met')"))
                browser.eval("Array.from(document.querySelectorAll('#coded-events li'))"
                             ".find(li => li.textContent.includes('CHNGOV  040')).click()")
                detail = browser.wait_for("document.getElementById('event-detail').textContent")
                check("its explanation names the pattern and the dictionary lines",
                      "meet +T" in (detail or "") and "data/verbs/04-consult.txt" in detail)
                check("the event's words are highlighted",
                      browser.eval("document.querySelectorAll('#coded-text mark.selected')"
                                   ".length") >= 3)
                browser.screenshot(os.path.join(out_dir, "serve-code.png"))

                # Markup in a story is text, never markup.
                hostile = ('<script>window.pwned = 1</script><img src=x onerror="window.pwned=2">'
                           ' &lt;b&gt; Putin met Xi in Beijing. <b>bold</b>')
                browser.eval(set_field("#story-text", hostile))
                browser.eval("document.querySelector('#code-form button').click()")
                browser.wait_for("document.getElementById('coded-text').textContent"
                                 ".includes('onerror')")
                check("a story's markup stays text", browser.eval(
                    "document.getElementById('coded-text').textContent.includes('<script>') && "
                    "document.querySelectorAll('#coded-text script, #coded-text img, "
                    "#coded-text b').length === 0 && window.pwned === undefined"))

                # Explore the store.
                browser.eval("document.getElementById('tab-store').click()")
                browser.eval(set_field("#filter-form [name=source]", "RUS"))
                browser.eval("document.querySelector('#filter-form button').click()")
                check("the table lists RUS's events, and only them", browser.wait_for(
                    "(() => { const sources = Array.from(document.querySelectorAll("
                    "'#event-table tbody tr td:nth-child(2)')).map(td => td.textContent);"
                    " return sources.length > 0 && sources.every(s => s.startsWith('RUS')); })()"))
                check("the series chart is drawn", browser.wait_for(
                    "document.getElementById('series-chart').complete && "
                    "document.getElementById('series-chart').naturalWidth > 0"))
                check("the top actors are listed", browser.wait_for(
                    "document.getElementById('tops').textContent.includes('RUSGOV')"))
                browser.eval("document.querySelector('#event-table tbody tr').click()")
                check("an event opens its mentions, marked", browser.wait_for(
                    "document.querySelectorAll('#mentions mark').length > 0"))
                browser.screenshot(os.path.join(out_dir, "serve-store.png"))

                # A phone's width: no sideways scrolling.
                browser.send("Emulation.setDeviceMetricsOverride", width=390, height=844,
                             deviceScaleFactor=2, mobile=True)
                browser.eval("document.getElementById('tab-code').click()")
                check("a phone-wide page does not scroll sideways", browser.wait_for(
                    "document.documentElement.scrollWidth <= 390"))
                browser.screenshot(os.path.join(out_dir, "serve-phone.png"))
            finally:
                browser.close()
    print("browser_test: %s (screenshots in %s)" % (checks_summary(), out_dir))
    return 1 if checks_failed() else 0


if __name__ == "__main__":
    sys.exit(main())
