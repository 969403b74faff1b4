"""Real servers for whole-program tests, each started in a temporary folder on 127.0.0.1 and a
free port, and stopped (and its folder removed) when its `with` block ends, failed or not:

    with servers.postgres() as uri:        # postgresql://tacitus@127.0.0.1:PORT/tacitus
        run(["tacitus", "ingest", "--db", uri, ...])

Each raises servers.Unavailable, saying why, where its binaries are not installed; a test then
skips. When run as root, PostgreSQL (which refuses root) runs as the user nobody."""
import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time


class Unavailable(Exception):
    """The server's binaries are not installed here."""


def free_port():
    """A port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_user():
    """preexec_fn and uid of the user a server runs as: nobody when we are root, else us."""
    if os.geteuid() != 0:
        return None, None
    nobody = pwd.getpwnam("nobody")

    def drop():
        os.setgid(nobody.pw_gid)
        os.setuid(nobody.pw_uid)

    return drop, nobody.pw_uid


def _stop(process, sig):
    if process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _postgres_bin():
    """The bin folder of the newest PostgreSQL installed."""
    initdbs = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                     key=lambda path: int(path.split("/")[4]))
    if not initdbs:
        raise Unavailable("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)")
    return os.path.dirname(initdbs[-1])


def postgres_database(uri, name):
    """Creates the empty database `name` on the server of `uri` (from postgres()); its URI."""
    server = uri.rsplit("/", 1)[0]
    host, port = server.rsplit("@", 1)[1].split(":")
    subprocess.run([os.path.join(_postgres_bin(), "createdb"), "-h", host, "-p", port,
                    "-U", "tacitus", name], check=True)
    return server + "/" + name


@contextlib.contextmanager
def postgres():
    """A PostgreSQL server with an empty database `tacitus`; yields its URI."""
    bin_dir = _postgres_bin()
    folder = tempfile.mkdtemp(prefix="tacitus-pg-")
    drop, uid = _as_user()
    process = None
    try:
        if uid is not None:
            os.chown(folder, uid, -1)
        log_path = os.path.join(folder, "log")
        with open(log_path, "ab") as log:
            subprocess.run([os.path.join(bin_dir, "initdb"), "-D", folder + "/data",
                            "-U", "tacitus", "--auth=trust", "-E", "UTF8", "--locale=C",
                            "--no-sync"], stdout=log, stderr=log, preexec_fn=drop, check=True)
            port = free_port()
            process = subprocess.Popen(
                [os.path.join(bin_dir, "postgres"), "-D", folder + "/data", "-h", "127.0.0.1",
                 "-p", str(port), "-k", folder, "-c", "fsync=off",
                 "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
                stdout=log, stderr=log, preexec_fn=drop)
        # Ready when it takes a connection (createdb tries once).
        for _ in range(600):
            if process.poll() is not None:
                break
            made = subprocess.run([os.path.join(bin_dir, "createdb"), "-h", "127.0.0.1",
                                   "-p", str(port), "-U", "tacitus", "tacitus"],
                                  capture_output=True)
            if made.returncode == 0:
                break
            time.sleep(0.05)
        else:
            raise RuntimeError("postgres did not take connections")
        if process.poll() is not None:
            with open(log_path) as log:
                raise RuntimeError("postgres did not start: " + log.read())
        yield "postgresql://tacitus@127.0.0.1:%d/tacitus" % port
    finally:
        if process is not None:
            _stop(process, signal.SIGINT)  # fast shutdown
        shutil.rmtree(folder, ignore_errors=True)
