"""Analysts during a run: what the snapshot design (``flows/snapshot.py``) gives and costs.

For each size: a first ``salary-etl run`` of the generated corpus, then a
``--full-refresh`` run of it (every document re-extracted, every row rewritten: the
heaviest run there is). During both, a reader process opens the warehouse read-only and
runs a query every 100 ms, as an analyst's tool would, and samples the disk the warehouse
folder takes. Reported: polls, refusals, the slowest and median open-and-query, whether
every answer was a committed run, the copy each run made (``etl_runs.snapshot_*``) and the
folder's peak size against the warehouse's.

    python -m bench.readers [--sizes 100000,1000000] [--runs first,noop,refresh]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import duckdb

from bench.run import BIN, OUT, bench_env, corpus, fresh

POLLER = textwrap.dedent(
    """
    import json, os, sys, time
    from pathlib import Path
    import duckdb

    warehouse, stop, out = Path(sys.argv[1]), Path(sys.argv[2]), open(sys.argv[3], "w")
    query = "select (select count(*) from etl_runs), (select count(*) from documents)"
    while not stop.exists():
        disk = sum(p.stat().st_size for p in warehouse.parent.iterdir() if p.is_file())
        row = {"disk": disk}
        if warehouse.exists():
            began = time.perf_counter()
            try:
                con = duckdb.connect(str(warehouse), read_only=True)
                try:
                    row["state"] = list(con.execute(query).fetchone())
                finally:
                    con.close()
            except Exception as exc:
                row["error"] = f"{type(exc).__name__}: {exc}"
            row["seconds"] = time.perf_counter() - began
        out.write(json.dumps(row) + "\\n")
        out.flush()
        time.sleep(0.1)
    """
)


def polled_run(warehouse: Path, args: list[str], env: dict[str, str]) -> dict[str, Any]:
    """One ``salary-etl run`` with a polling reader beside it."""
    script, polls, stop = OUT / "poll.py", OUT / "polls.jsonl", OUT / "poll.stop"
    script.write_text(POLLER, encoding="utf-8")
    stop.unlink(missing_ok=True)
    reader = subprocess.Popen([sys.executable, str(script), str(warehouse), str(stop), str(polls)])
    began = time.perf_counter()
    try:
        proc = subprocess.run(
            [str(BIN / "salary-etl"), "run", *args, "--warehouse", str(warehouse)],
            capture_output=True, text=True, env=env, check=False,
        )  # fmt: skip
        seconds = time.perf_counter() - began
        time.sleep(0.5)
    finally:
        stop.write_text("", encoding="utf-8")
        reader.wait(timeout=60)
    if proc.returncode not in (0, 3):
        raise RuntimeError(proc.stderr[-2000:])
    rows = [json.loads(line) for line in polls.read_text(encoding="utf-8").splitlines()]
    answered = [r for r in rows if "seconds" in r]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        found = con.execute(
            "select snapshot_bytes, snapshot_seconds, documents_seen from etl_runs order by started_at desc limit 1"
        ).fetchone()
    assert found is not None
    states = [tuple(r["state"]) for r in answered if "state" in r]
    return {
        "run_seconds": round(seconds, 1),
        "documents": int(found[2]),
        "polls": len(answered),
        "refused": sum("error" in r for r in answered),
        "errors": sorted({r["error"] for r in answered if "error" in r})[:3],
        "states_seen": sorted(set(states)),
        "slowest_poll_s": round(max((r["seconds"] for r in answered), default=0.0), 3),
        "median_poll_s": round(statistics.median(r["seconds"] for r in answered), 3) if answered else None,
        "snapshot_mb": round(int(found[0]) / 1e6, 1),
        "snapshot_s": round(float(found[1]), 2),
        "snapshot_share": round(float(found[1]) / seconds, 3),
        "warehouse_mb": round(warehouse.stat().st_size / 1e6, 1),
        "peak_folder_mb": round(max(r["disk"] for r in rows) / 1e6, 1),
    }


def _kept(folder: Path) -> Path:
    warehouse = folder / "salaries.duckdb"
    if not warehouse.exists():
        raise SystemExit(f"no warehouse at {warehouse}: run with --runs first,... once")
    return warehouse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="100000")
    parser.add_argument(
        "--runs",
        default="first,refresh",
        help="which runs, in order: first (into a new warehouse), noop (nothing changed), refresh "
        "(--full-refresh); without first, the warehouse of an earlier call is reused",
    )
    args = parser.parse_args(argv)
    env = bench_env()
    results = []
    for n in (int(s) for s in args.sizes.split(",")):
        raw, _ = corpus(n)
        kinds = args.runs.split(",")
        warehouse = (fresh if "first" in kinds else _kept)(OUT / f"wh-readers-{n}")
        for kind in kinds:
            extra = ["--full-refresh"] if kind == "refresh" else []
            print(f"[{n:,} documents] {kind} with a reader polling every 100 ms", flush=True)
            result = {"size": n, "run": kind, **polled_run(warehouse, ["--raw", str(raw), *extra], env)}
            print(json.dumps(result), flush=True)
            results.append(result)
    (OUT / "readers.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print("\n| documents | run | run s | polls | refused | slowest poll s | median poll s | warehouse MB "
          "| copied MB | copy s | copy / run | peak folder MB |")  # fmt: skip
    print("|---|---|" + "---:|" * 10)
    for r in results:
        print(
            f"| {r['size']:,} | {r['run']} | {r['run_seconds']} | {r['polls']} | {r['refused']} "
            f"| {r['slowest_poll_s']} | {r['median_poll_s']} | {r['warehouse_mb']:,} | {r['snapshot_mb']:,} "
            f"| {r['snapshot_s']} | {r['snapshot_share']:.1%} | {r['peak_folder_mb']:,} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
