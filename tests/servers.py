"""Real servers for the tests (and benchmarks) that need one: each started on 127.0.0.1 on free
ports in a temporary folder, and stopped when its `with` block ends, even when the test fails (an
atexit hook kills a server a dying test did not stop). A server whose programs are not installed
raises Unavailable, saying why, which a test turns into a skip (exit 77 for ctest).

    with servers.postgres() as pg:       # PostgreSQL, as the user nobody when we are root
        run(["tacitus", "ingest", "--db", pg.uri, ...]); pg.restart()
    with servers.redis() as server:      # redis-server --appendonly yes
        server.command("XLEN", "stories"); server.restart()
    with servers.slurm_cluster(folder) as env:   # slurmctld + slurmd, auth/none
        subprocess.run(["sbatch", ...], env=env)
"""
import atexit
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
    """The server's programs are not installed here: the test is to be skipped."""


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


def _stop(process, sig=signal.SIGTERM, timeout=30):
    """`sig` (SIGTERM), then SIGKILL after `timeout` seconds; the exit status."""
    if process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process in _running:
        _running.remove(process)
    return process.returncode


def _stop_daemon(pid_file, name, timeout=20):
    """SIGTERM to a daemon that forked away (its pid in pid_file), SIGKILL after `timeout` s."""
    try:
        with open(pid_file) as f:
            pid = int(f.read().strip())
    except (OSError, ValueError):
        return
    try:
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            os.kill(pid, 0)
            time.sleep(0.1)
        print("%s did not stop on SIGTERM; killed" % name)
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


# ---------------------------------------------------------------------------- PostgreSQL

def _unprivileged():
    """preexec_fn and uid for a server that refuses root: the user nobody when we are root,
    else (None, None): ourselves."""
    if os.geteuid() != 0:
        return None, None
    nobody = pwd.getpwnam("nobody")

    def drop():
        os.setgid(nobody.pw_gid)
        os.setuid(nobody.pw_uid)

    return drop, nobody.pw_uid


class PostgresServer:
    """A PostgreSQL cluster of our own (initdb in `folder`, user `tacitus`, trust on loopback):
    its URI, databases made on demand, a stop and a restart on the same port and data."""

    def __init__(self, folder, bin_dir, durable):
        self.folder = folder
        self.bin_dir = bin_dir
        self.durable = durable
        self.port = free_port()
        self.uri = self.database_uri("tacitus")
        self.process = None
        self.drop, uid = _unprivileged()
        if uid is not None:
            os.chown(folder, uid, -1)
        with open(self.log_path, "ab") as log:
            subprocess.run([os.path.join(bin_dir, "initdb"), "-D", folder + "/data",
                            "-U", "tacitus", "--auth=trust", "-E", "UTF8", "--locale=C",
                            "--no-sync"], stdout=log, stderr=log, preexec_fn=self.drop,
                           check=True)

    @property
    def log_path(self):
        return os.path.join(self.folder, "log")

    def database_uri(self, name):
        return "postgresql://tacitus@127.0.0.1:%d/%s" % (self.port, name)

    def start(self):
        """Starts the server and waits until it takes connections (at most 30 s)."""
        settings = [] if self.durable else ["-c", "fsync=off", "-c", "synchronous_commit=off",
                                            "-c", "full_page_writes=off"]
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [os.path.join(self.bin_dir, "postgres"), "-D", self.folder + "/data",
                 "-h", "127.0.0.1", "-p", str(self.port), "-k", self.folder, *settings],
                stdout=log, stderr=log, preexec_fn=self.drop)
        _running.append(self.process)
        deadline = time.monotonic() + 30
        while self.psql("SELECT 1", database="postgres").returncode != 0:
            if self.process.poll() is not None or time.monotonic() > deadline:
                with open(self.log_path) as log:
                    raise RuntimeError("postgres did not start:\n" + log.read()[-3000:])
            time.sleep(0.05)

    def stop(self):
        """A fast shutdown (SIGINT): open sessions are cut, committed work is kept."""
        return _stop(self.process, signal.SIGINT)

    def restart(self):
        self.stop()
        self.start()

    def psql(self, sql, database="tacitus"):
        """Runs `sql` with psql; the CompletedProcess (stdout: unaligned rows)."""
        return subprocess.run([os.path.join(self.bin_dir, "psql"), "-X", "-A", "-t", "-q",
                               "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(self.port),
                               "-U", "tacitus", "-d", database, "-c", sql],
                              capture_output=True, text=True)

    def create_database(self, name):
        """An empty database `name`; its URI."""
        made = self.psql('CREATE DATABASE "%s"' % name, database="postgres")
        if made.returncode != 0:
            raise RuntimeError("CREATE DATABASE %s: %s" % (name, made.stderr))
        return self.database_uri(name)


@contextlib.contextmanager
def postgres(durable=False):
    """A PostgreSQL server with an empty database `tacitus` (its URI: .uri). Without `durable`,
    fsync and synchronous commit are off, as tests want; a benchmark asks for durable. Runs as
    the user nobody when we are root (PostgreSQL refuses root). Unavailable where PostgreSQL
    is not installed."""
    initdbs = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                     key=lambda path: int(path.split("/")[4]))
    if not initdbs:
        raise Unavailable("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; "
                          "Debian package postgresql)")
    folder = tempfile.mkdtemp(prefix="tacitus-pg-")
    server = None
    try:
        server = PostgresServer(folder, os.path.dirname(initdbs[-1]), durable)
        server.start()
        server.create_database("tacitus")
        yield server
    finally:
        if server is not None and server.process is not None:
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)


# ---------------------------------------------------------------------------- Redis

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


# ---------------------------------------------------------------------------- Slurm

def _cannot_start(message):
    """Slurm's daemons failed: a failure as root (where they run), else Unavailable (they may
    need root here)."""
    if os.getuid() == 0:
        raise RuntimeError(message)
    raise Unavailable("Slurm's daemons cannot start as a user other than root here: " + message)


SLURM_PROGRAMS = ("slurmctld", "slurmd", "sbatch", "sinfo")


@contextlib.contextmanager
def slurm_cluster(folder, cpus=2):
    """A Slurm cluster of this machine alone: slurmctld and slurmd on 127.0.0.1, free ports,
    no authentication daemon (auth/none), state, spool and logs under `folder`. Yields the
    environment to run Slurm's commands with (SLURM_CONF set). Raises Unavailable where Slurm is
    not installed or, run by a user other than root, its daemons cannot start here."""
    missing = [p for p in SLURM_PROGRAMS if shutil.which(p, path=os.environ["PATH"] + ":/usr/sbin") is None]
    if missing:
        raise Unavailable("Slurm is not installed (no %s; Debian: slurm-wlm)" % ", ".join(missing))
    user = pwd.getpwuid(os.getuid()).pw_name
    for sub in ("state", "spool", "log"):
        os.makedirs(os.path.join(folder, sub), exist_ok=True)
    conf = os.path.join(folder, "slurm.conf")
    with open(conf, "w") as f:
        f.write("""ClusterName=tacitus-test
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort={ctld_port}
SlurmdPort={d_port}
AuthType=auth/none
CredType=cred/none
SlurmUser={user}
SlurmdUser={user}
StateSaveLocation={folder}/state
SlurmdSpoolDir={folder}/spool
SlurmctldPidFile={folder}/slurmctld.pid
SlurmdPidFile={folder}/slurmd.pid
SlurmctldLogFile={folder}/log/slurmctld.log
SlurmdLogFile={folder}/log/slurmd.log
ProctrackType=proctrack/pgid
TaskPlugin=task/none
MpiDefault=none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
NodeName=localhost NodeAddr=127.0.0.1 CPUs={cpus} State=UNKNOWN
PartitionName=test Nodes=localhost Default=YES MaxTime=INFINITE State=UP
""".format(ctld_port=free_port(), d_port=free_port(), user=user, folder=folder, cpus=cpus))
    env = dict(os.environ, SLURM_CONF=conf, PATH=os.environ["PATH"] + ":/usr/sbin")
    started = []
    try:
        for daemon, args in (("slurmctld", ["-c"]), ("slurmd", ["-N", "localhost"])):
            result = subprocess.run([daemon, *args, "-f", conf], env=env,
                                    capture_output=True, text=True)
            if result.returncode != 0:
                _cannot_start("%s did not start: %s" % (daemon, result.stderr.strip()))
            started.append((os.path.join(folder, daemon + ".pid"), daemon))
        deadline = time.monotonic() + 30
        while True:
            state = subprocess.run(["sinfo", "-h", "-o", "%T"], env=env,
                                   capture_output=True, text=True).stdout.strip()
            if state == "idle":
                break
            if time.monotonic() > deadline:
                logs = ""
                for log in ("slurmctld.log", "slurmd.log"):
                    with open(os.path.join(folder, "log", log)) as f:
                        logs += "".join(f.readlines()[-5:])
                _cannot_start("the node is %r, not idle, after 30 s:\n%s" % (state, logs))
            time.sleep(0.3)
        yield env
    finally:
        for pid_file, name in reversed(started):
            _stop_daemon(pid_file, name)
