"""Real servers for the tests that need one, started on 127.0.0.1 on a free port in a temporary
folder and stopped when the test is done, even when it fails (a context manager, and an atexit
hook for a test that dies before leaving it). A server whose program is not installed raises
Unavailable, which the test turns into a skip (exit 77 for ctest).

    with servers.redis() as server:      # redis-server --appendonly yes
        server.command("XLEN", "stories")
        server.restart()                 # SHUTDOWN (the AOF written), then started again
"""
import atexit
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time


class Unavailable(Exception):
    """The server's program is not installed: the test is to be skipped."""


_running = []  # processes to kill if the test exits without stopping them


@atexit.register
def _kill_leftovers():
    for process in _running:
        if process.poll() is None:
            process.kill()
            process.wait()


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _stop(process, timeout=30):
    """SIGTERM, then SIGKILL after `timeout` seconds; the exit status."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process in _running:
        _running.remove(process)
    return process.returncode


class RedisError(Exception):
    """An error reply of the server."""


class RedisServer:
    """A redis-server of our own: its port, its URI, a client of its protocol, a restart."""

    def __init__(self, folder, port, program):
        self.folder = folder
        self.port = port
        self.uri = "redis://127.0.0.1:%d" % port
        self.program = program
        self.process = None

    def start(self, deadline_seconds=30):
        log = open(os.path.join(self.folder, "redis.log"), "a")
        self.process = subprocess.Popen(
            [self.program, "--bind", "127.0.0.1", "--port", str(self.port), "--dir", self.folder,
             "--appendonly", "yes", "--save", "", "--daemonize", "no", "--protected-mode", "no"],
            stdout=log, stderr=subprocess.STDOUT)
        log.close()
        _running.append(self.process)
        deadline = time.monotonic() + deadline_seconds
        while True:
            try:
                if self.command("PING") == "PONG":
                    return
            except (OSError, RedisError):
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                with open(os.path.join(self.folder, "redis.log")) as text:
                    raise RuntimeError("redis-server did not start:\n" + text.read())
            time.sleep(0.05)

    def stop(self):
        """SHUTDOWN as an operator would (SIGTERM): the append-only file is written first."""
        return _stop(self.process)

    def restart(self):
        self.stop()
        self.start()

    def command(self, *args):
        """One command on a connection of its own; the reply as Python values (bytes for
        bulk strings, str for status replies, int, None, lists). An error reply raises."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=30) as connection:
            request = b"*%d\r\n" % len(args)
            for arg in args:
                data = arg if isinstance(arg, bytes) else str(arg).encode()
                request += b"$%d\r\n%s\r\n" % (len(data), data)
            connection.sendall(request)
            reader = connection.makefile("rb")
            return _read_reply(reader)


def _read_reply(reader):
    line = reader.readline()
    if not line:
        raise OSError("redis closed the connection")
    kind, rest = line[:1], line[1:-2]
    if kind == b"+":
        return rest.decode()
    if kind == b"-":
        raise RedisError(rest.decode())
    if kind == b":":
        return int(rest)
    if kind == b"$":
        length = int(rest)
        if length < 0:
            return None
        data = reader.read(length + 2)
        return data[:-2]
    if kind == b"*":
        count = int(rest)
        return None if count < 0 else [_read_reply(reader) for _ in range(count)]
    raise OSError("unexpected reply from redis: %r" % line)


@contextlib.contextmanager
def redis():
    """A RedisServer running with an append-only file in a temporary folder; Unavailable where
    redis-server is not installed."""
    program = shutil.which("redis-server")
    if program is None:
        raise Unavailable("redis-server is not installed (Debian package redis-server)")
    with tempfile.TemporaryDirectory(prefix="tacitus-redis-") as folder:
        server = RedisServer(folder, free_port(), program)
        server.start()
        try:
            yield server
        finally:
            server.stop()
