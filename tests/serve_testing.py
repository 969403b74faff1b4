"""What the tests of `tacitus serve` share: a server started on 127.0.0.1 on a free port
(--port 0, the port read from its first line), stopped with SIGTERM when the test is done and
killed if it does not stop, so that no server outlives its test even when the test fails; and
named checks, counted."""
import re
import signal
import subprocess


class Server:
    def __init__(self, tacitus, args):
        self.command = [tacitus, "serve", "--bind", "127.0.0.1", "--port", "0", *args]
        self.process = None
        self.port = None
        self.base = None
        self.returncode = None

    def __enter__(self):
        self.process = subprocess.Popen(self.command, stdout=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        found = re.search(r"listening on http://127\.0\.0\.1:(\d+)/", line)
        if not found:
            self.process.kill()
            self.process.wait()
            raise RuntimeError("tacitus serve did not start: %r (exit %s)"
                               % (line, self.process.returncode))
        self.port = int(found.group(1))
        self.base = "http://127.0.0.1:%d" % self.port
        return self

    def stop(self):
        """SIGTERM, then the exit status in self.returncode (killed after 30 s)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.returncode = self.process.returncode

    def __exit__(self, *exc):
        self.stop()
        self.process.stdout.close()
        return False


_passes = 0
_failures = 0


def check(name, condition):
    """Counts a check; prints FAIL and its name when `condition` is false."""
    global _passes, _failures
    if condition:
        _passes += 1
    else:
        _failures += 1
        print("FAIL:", name)


def checks_failed():
    return _failures > 0


def checks_summary():
    return "%d passed, %d failed" % (_passes, _failures)
