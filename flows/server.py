"""The local Prefect server that ``salary-etl`` starts on first use and reuses.

A Prefect flow run needs a Prefect API. Without ``PREFECT_API_URL`` Prefect starts a
temporary server inside every process (5-10 s per ad-hoc run here). Instead, like a build
tool's daemon, the first ``salary-etl run`` starts a local server in the background
(loopback only, ``prefect server start`` under a small supervisor: ``python -m
flows.server``) and later runs attach to it (~0.1 s). The supervisor stops the server
after ``SALARY_ETL_SERVER_IDLE_MINUTES`` without a run, and at ``salary-etl server stop``.
``SALARY_ETL_PREFECT_SERVER=temporary`` keeps Prefect's per-process server; a
``PREFECT_API_URL`` given by the user (a ``make server``, Prefect Cloud) always wins.

Files, all in ``PREFECT_HOME`` (the server's database lives there too):

- ``salary-etl-server.json``: the supervisor's pid, the port, the start time;
- ``salary-etl-server.lock``: taken exclusively to check, start or retire the server;
- ``salary-etl-server.busy``: every run using the server holds a shared lock on it (the
  kernel drops it when the run ends, however it ends); the supervisor retires the server
  only when it can lock it exclusively and its last use is older than the idle time;
- ``salary-etl-server.log``: the server's output.

This module imports nothing heavy: the CLI attaches before it imports Prefect, so the
server starts while Prefect and pandera are imported.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

STATE, LOCK, BUSY, LOG = (
    "salary-etl-server.json",
    "salary-etl-server.lock",
    "salary-etl-server.busy",
    "salary-etl-server.log",
)
STARTUP_TIMEOUT_SECONDS = 90.0
"""A first start creates the database (~10 s here, more on a busy machine)."""

SPAWNED: set[int] = set()
"""Supervisors this process started: not among the children a Ctrl-C stops."""

_held: list[IO[bytes]] = []  # the shared lock on BUSY, held until the process ends


class ServerStartError(RuntimeError):
    """The background server did not come up; the message names its log."""


def prefect_home() -> Path:
    """Prefect's home folder, as Prefect resolves it (``PREFECT_HOME``, default ~/.prefect)."""
    return Path(os.environ.get("PREFECT_HOME") or "~/.prefect").expanduser()


def configured_api_url() -> str | None:
    """A Prefect API the user configured outside the environment: in the active profile of
    ``PREFECT_HOME/profiles.toml`` (what ``prefect cloud login`` or ``prefect config set``
    write) or in ``prefect.toml`` of the working folder (``[api] url``). Such a server is
    used, never replaced by the background one."""
    import tomllib  # noqa: PLC0415

    with contextlib.suppress(OSError, ValueError, AttributeError, TypeError):
        data = tomllib.loads((prefect_home() / "profiles.toml").read_text(encoding="utf-8"))
        active = os.environ.get("PREFECT_PROFILE") or data.get("active") or "ephemeral"
        url = data.get("profiles", {}).get(active, {}).get("PREFECT_API_URL")
        if url:
            return str(url)
    with contextlib.suppress(OSError, ValueError, AttributeError, TypeError):
        url = tomllib.loads(Path("prefect.toml").read_text(encoding="utf-8")).get("api", {}).get("url")
        if url:
            return str(url)
    return None


@dataclass(frozen=True)
class Server:
    pid: int  # the supervisor's
    port: int
    started_at: float
    started_now: bool = False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def healthy(self, timeout: float = 1.0) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/health", timeout=timeout) as response:
                return bool(response.status == 200)
        except (OSError, ValueError):
            return False

    def wait_ready(self, home: Path, timeout: float = STARTUP_TIMEOUT_SECONDS) -> None:
        """Block until the server answers; ``ServerStartError`` if it died or took too long."""
        deadline = time.monotonic() + timeout
        while not self.healthy(timeout=0.5):
            if not _is_supervisor(self.pid):
                raise ServerStartError(f"the local Prefect server stopped while starting; see {home / LOG}")
            if time.monotonic() > deadline:
                raise ServerStartError(
                    f"the local Prefect server did not answer within {timeout:.0f} s; see {home / LOG}"
                )
            time.sleep(0.1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie child of ours counts as gone
    with contextlib.suppress(OSError):
        if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
            return False
    return True


def _is_supervisor(pid: int) -> bool:
    """``pid`` is alive and is a supervisor (not a process that got a dead one's pid)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return _alive(pid) and b"flows.server" in cmdline


def read_state(home: Path) -> Server | None:

    try:
        data = json.loads((home / STATE).read_text())
        return Server(int(data["pid"]), int(data["port"]), float(data["started_at"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


@contextlib.contextmanager
def _locked(home: Path, name: str, mode: int) -> Iterator[IO[bytes]]:
    with (home / name).open("ab") as handle:
        fcntl.flock(handle, mode)
        try:
            yield handle
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def attach(idle_minutes: float, home: Path | None = None) -> Server:
    """The running background server, or a new one being started (``started_now``; call
    ``wait_ready`` before using it). Marks this process as using it until it exits."""
    home = home or prefect_home()
    home.mkdir(parents=True, exist_ok=True)
    with _locked(home, LOCK, fcntl.LOCK_EX):
        server = read_state(home)
        if server is None or not _is_supervisor(server.pid):
            server = _start(home, idle_minutes)  # else: up, or starting for another run

        busy = (home / BUSY).open("ab")
        fcntl.flock(busy, fcntl.LOCK_SH)
        os.utime(home / BUSY)
        _held.append(busy)
    return server


def _start(home: Path, idle_minutes: float) -> Server:
    port = _free_port()
    # Not the run's own settings (its API URL, its quiet console), and modules from the
    # installation only: the user's folder may hold packages named flows or prefect.
    env = {
        k: v for k, v in os.environ.items() if k != "PREFECT_API_URL" and not k.startswith("PREFECT_LOGGING_")
    }
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    env["PREFECT_HOME"] = str(home)
    env["PYTHONSAFEPATH"] = "1"
    with (home / LOG).open("ab") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "flows.server", str(port), str(idle_minutes * 60)],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=home,
            start_new_session=True,  # not in the terminal's process group: Ctrl-C is not for it
        )
    SPAWNED.add(proc.pid)
    server = Server(proc.pid, port, time.time(), started_now=True)
    _write_state(home, server)
    return server


def _write_state(home: Path, server: Server) -> None:
    tmp = home / f"{STATE}.tmp"
    tmp.write_text(json.dumps({"pid": server.pid, "port": server.port, "started_at": server.started_at}))
    os.replace(tmp, home / STATE)


def stop(home: Path | None = None, locked: bool = False, timeout: float = 20.0) -> Server | None:
    """Stop the background server of ``home`` (if any) and wait for it; returns what was stopped."""
    home = home or prefect_home()
    if not (home / STATE).exists():
        return None
    with contextlib.ExitStack() as stack:
        if not locked:
            stack.enter_context(_locked(home, LOCK, fcntl.LOCK_EX))
        server = read_state(home)
        with contextlib.suppress(OSError):
            (home / STATE).unlink()
        if server is None or not _is_supervisor(server.pid):  # gone (a reboot): its pid may be another's
            return None
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(server.pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while _alive(server.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(server.pid, os.WNOHANG)  # reap it if it was our child
        return server


def idle_seconds(home: Path) -> float | None:
    """Seconds since the last run attached, or None while a run uses the server."""
    with (home / BUSY).open("ab") as busy:
        try:
            fcntl.flock(busy, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return None
        fcntl.flock(busy, fcntl.LOCK_UN)
    return time.time() - (home / BUSY).stat().st_mtime


# --- the supervisor: python -m flows.server PORT IDLE_SECONDS -------------------------------


def supervise(port: int, idle: float) -> int:
    """Run ``prefect server start`` on ``port``; stop it after ``idle`` seconds without a run,
    on SIGTERM/SIGINT, when the state file no longer names this process (``server stop``, or
    PREFECT_HOME removed) or when the server exits."""
    home = prefect_home()
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        stdin=subprocess.DEVNULL,
        preexec_fn=_die_with_parent,  # noqa: PLW1509 (prctl only; no threads in the supervisor yet)
    )
    stopping: list[int] = []
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda signum, frame: stopping.append(signum))
    tick = max(0.2, min(2.0, idle / 5))
    (home / BUSY).touch()
    try:
        while not stopping and server.poll() is None:
            time.sleep(tick)
            state = read_state(home)
            if state is None or state.pid != os.getpid():
                break
            if idle_seconds(home) is None:  # a run is using it: idle counts from its end
                os.utime(home / BUSY)
            elif _retire_if_idle(home, idle):
                break
    finally:
        if server.poll() is None:
            server.terminate()
            try:
                server.wait(15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        state = read_state(home)
        if state is not None and state.pid == os.getpid():
            with contextlib.suppress(OSError):
                (home / STATE).unlink()
    return 0


def _die_with_parent() -> None:
    """In the Prefect server's process: get SIGTERM when the supervisor dies (even by
    SIGKILL), so no server outlives it."""
    with contextlib.suppress(OSError, AttributeError):
        import ctypes  # noqa: PLC0415

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _retire_if_idle(home: Path, idle: float) -> bool:
    """Idle for ``idle`` seconds and nobody attaching: forget the state (new runs start a new
    server) and say so; the caller stops the server."""
    with (home / LOCK).open("ab") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False  # a run is attaching right now
        try:
            waited = idle_seconds(home)
            if waited is None or waited < idle:
                return False
            with contextlib.suppress(OSError):
                (home / STATE).unlink()
            print(f"salary-etl: no run for {waited:.0f} s, stopping the Prefect server", flush=True)
            return True
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def describe(home: Path | None = None) -> dict[str, Any] | None:
    """What ``salary-etl server status`` shows; None when no background server runs."""
    home = home or prefect_home()
    server = read_state(home)
    if server is None or not _is_supervisor(server.pid):
        return None
    idle = idle_seconds(home)
    return {
        "url": server.url,
        "pid": server.pid,
        "up_seconds": time.time() - server.started_at,
        "idle_seconds": idle,
        "healthy": server.healthy(),
        "log": str(home / LOG),
    }


if __name__ == "__main__":
    sys.exit(supervise(int(sys.argv[1]), float(sys.argv[2])))
