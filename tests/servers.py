"""Real servers for the tests of tacitus's scale-out (issue 16), each started on 127.0.0.1 in a
temporary folder on free ports and stopped when its `with` block ends, even when the test fails
or is interrupted. Each raises Unavailable, with the reason, where its programs are not
installed, so that a test can skip (exit 77) and say why."""
import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time


class Unavailable(Exception):
    """The server cannot run here (not installed); the message says what is missing."""


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _stop(pid_file, name, timeout=20):
    """SIGTERM to the daemon whose pid is in pid_file, SIGKILL after `timeout` seconds."""
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
            _stop(pid_file, name)
