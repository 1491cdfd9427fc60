"""Start-up figures of ``salary-etl run`` on the five seed texts, and the Ctrl-C stop time.

Each path is measured ``--repeat`` times (process wall time, ``bench/measure.py``); the
fastest counts, the slowest is shown too (the machine is shared):

- **background, warm**: the local Prefect server ``salary-etl`` keeps (flows/server.py) is up;
- **background, cold**: no server runs (``salary-etl server stop`` before each run), its
  database exists: the run starts the server while it imports Prefect;
- **background, first use**: a new ``PREFECT_HOME`` (the server creates its database);
- **temporary**: ``SALARY_ETL_PREFECT_SERVER=temporary``, Prefect's server inside the run;
- **running server**: ``PREFECT_API_URL`` of a ``prefect server start`` (how deployments run);
- **Ctrl-C**: SIGINT to the process group of a run busy with 10,000 documents, until it exits.

    python -m bench.startup [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

from bench.run import BIN, OUT, bench_env, corpus, fresh, measure
from flows.settings import PROJECT_ROOT

SEEDS = PROJECT_ROOT / "raw"
SALARY_ETL = BIN / "salary-etl"


def seeds_run(env: dict[str, str]) -> float:
    result = measure(SALARY_ETL, "run", "--raw", SEEDS, "--warehouse", fresh(OUT / "wh-seeds"), env=env)
    return float(result["seconds"])


def stop_background(env: dict[str, str]) -> None:
    subprocess.run([str(SALARY_ETL), "server", "stop"], env=env, capture_output=True, check=True)


def running_server(env: dict[str, str]) -> tuple[subprocess.Popen[bytes], dict[str, str]]:
    with socket.socket() as probe:  # a free loopback port
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    api = {**env, "PREFECT_API_URL": f"http://127.0.0.1:{port}/api"}
    server = subprocess.Popen(
        [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=api, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(240):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2):
                return server, api
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise RuntimeError("prefect server start did not answer within 2 minutes")


def ctrl_c_seconds(env: dict[str, str]) -> float:
    """SIGINT to a run's process group while it extracts 10,000 documents: seconds to exit."""
    raw, _ = corpus(10_000)
    warehouse = fresh(OUT / "wh-ctrl-c")
    proc = subprocess.Popen(
        [str(SALARY_ETL), "run", "--raw", str(raw), "--warehouse", str(warehouse)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    staging = warehouse.parent / f"{warehouse.name}.next"
    deadline = time.monotonic() + 120
    while not staging.exists():  # the run is writing: well into its work
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"the run never got going: {proc.communicate()[1]!r}")
        time.sleep(0.05)
    time.sleep(1.0)
    began = time.perf_counter()
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    seconds = time.perf_counter() - began

    if proc.returncode != 130:
        raise RuntimeError(f"Ctrl-C gave exit {proc.returncode}: {stderr!r}")

    return seconds


def figures(repeat: int) -> dict[str, Any]:
    env = bench_env()
    home = Path(env["PREFECT_HOME"])
    paths: dict[str, list[float]] = {}
    print("start-up: background server, warm and cold", flush=True)
    seeds_run(env)  # the server is up, its database exists
    paths["background, warm"] = [seeds_run(env) for _ in range(repeat)]
    paths["background, cold"] = []
    for _ in range(repeat):
        stop_background(env)
        paths["background, cold"].append(seeds_run(env))
    print("start-up: background server, first use (new PREFECT_HOME)", flush=True)
    paths["background, first use"] = []
    for attempt in range(repeat):
        new_home = OUT / f"prefect-home-new-{attempt}"
        shutil.rmtree(new_home, ignore_errors=True)
        new = {**env, "PREFECT_HOME": str(new_home)}
        paths["background, first use"].append(seeds_run(new))
        stop_background(new)
        shutil.rmtree(new_home, ignore_errors=True)
    print("start-up: Prefect's temporary server", flush=True)
    temporary = {**env, "SALARY_ETL_PREFECT_SERVER": "temporary"}
    paths["temporary server"] = [seeds_run(temporary) for _ in range(repeat)]
    print("start-up: a running prefect server start", flush=True)
    server, api = running_server(env)
    try:
        paths["running server (PREFECT_API_URL)"] = [seeds_run(api) for _ in range(repeat)]
    finally:
        server.terminate()
        server.wait(timeout=30)
    print("Ctrl-C stop time", flush=True)
    seeds_run(env)  # background server up again
    stops = [ctrl_c_seconds(env) for _ in range(repeat)]
    stop_background(env)
    assert home.is_dir()
    return {
        "repeat": repeat,
        "startup": {k: {"best": min(v), "worst": max(v), "all": v} for k, v in paths.items()},
        "ctrl_c": {"best": min(stops), "worst": max(stops), "all": stops},
    }


def table(result: dict[str, Any]) -> str:
    lines = [
        f"Start-up: `salary-etl run` on the five seeds, best and worst of {result['repeat']} "
        "(process wall time)",
        "",
        "| path | best s | worst s |",
        "|---|---:|---:|",
    ]
    for path, f in result["startup"].items():
        lines.append(f"| {path} | {f['best']:.2f} | {f['worst']:.2f} |")
    c = result["ctrl_c"]
    lines += ["", f"Ctrl-C during a 10,000-document run: exit 130 after {c['best']:.2f}-{c['worst']:.2f} s."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    result = figures(args.repeat)
    text = table(result)
    print(text)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "startup.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    (OUT / "startup.md").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
