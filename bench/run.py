"""The benchmark behind ``make bench``: salary-etl against a naive baseline and the floor.

For each corpus size, in one run on the same generated corpus (``bench/generate.py``):

- **startup**: ``salary-etl run`` on a one-document input (imports, attaching to the
  background Prefect server): the fixed cost, taken off the full run for the ratios;
  ``bench/startup.py`` then gives every start-up path on the seeds and the Ctrl-C stop time;
- **full**: ``salary-etl run`` into a new warehouse (process wall time, peak RSS);
- **no-op**: the same run again, nothing changed;
- **naive**: ``bench/naive.py``, a hand-written loop (Python ``re``, pandas, one INSERT per
  record), which extracts less;
- **floor**: ``bench/floor.py``, reading every file once plus one Polars regex;
- **snapshot**: what the no-op run paid for analysts' snapshots (``flows/snapshot.py``):
  the copy of the published warehouse, from ``etl_runs.snapshot_seconds``.

Ratios are computed within one run: the machine is shared and noisy, seconds alone are not
comparable between runs. Up to 100k documents the salary-etl measurements (start-up, full,
no-op) are repeated ``--repeat`` times, interleaved, and the fastest of each counts (the
peak RSS is the largest any reached): a neighbour's burst then spoils one attempt, not the
ratio. Results go to stdout and ``bench/out/results.{json,md}``.

    python -m bench.run [--sizes 10000,100000,1000000] [--naive-max 100000] [--repeat 2]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb

from bench.generate import write_corpus

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
BIN = Path(sys.executable).parent


def bench_env() -> dict[str, str]:
    """The environment benchmark runs get: their own Prefect home, quiet logs (creates ``OUT``)."""
    OUT.mkdir(parents=True, exist_ok=True)
    return {
        **os.environ,
        "PREFECT_HOME": str(OUT / "prefect-home"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
    }


def measure(*cmd: str | Path, env: dict[str, str]) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "bench.measure", "--", *map(str, cmd)],
        capture_output=True, text=True, env=env, cwd=ROOT, check=True,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    if result["returncode"] not in (0, 3):
        raise RuntimeError(f"{cmd} failed: {result.get('stderr_tail')}")
    return result


def corpus(n: int) -> tuple[Path, float]:
    """The generated corpus of ``n`` articles (written once, reused), and its size in MB."""
    path = OUT / f"corpus-{n}"
    done = path / ".complete"
    if not done.exists():
        shutil.rmtree(path, ignore_errors=True)
        megabytes = write_corpus(path, n) / 1e6
        done.write_text(str(megabytes), encoding="utf-8")
    return path, float(done.read_text(encoding="utf-8"))


def fresh(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path / "salaries.duckdb"


def best(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The fastest of repeated measurements, with the largest peak RSS any of them reached."""
    fastest = min(runs, key=lambda m: m["seconds"])
    return {**fastest, "peak_rss_mb": max(m["peak_rss_mb"] for m in runs)}


def bench_size(n: int, naive_max: int, repeat: int, env: dict[str, str]) -> dict[str, Any]:
    raw, megabytes = corpus(n)
    one, _ = corpus(1)
    salary_etl = BIN / "salary-etl"
    print(f"[{n:,} documents, {megabytes:,.0f} MB] warming the page cache", flush=True)
    measure(sys.executable, "-m", "bench.floor", raw, env=env)
    row: dict[str, Any] = {"documents": n, "megabytes": megabytes, "repeat": repeat}
    startups, fulls, noops = [], [], []
    for attempt in range(1, repeat + 1):  # interleaved, so a noisy minute hits one of each kind
        print(f"  start-up, full run, no-op rerun ({attempt}/{repeat})", flush=True)
        startups.append(
            measure(salary_etl, "run", "--raw", one, "--warehouse", fresh(OUT / "wh-one"), env=env)
        )
        warehouse = fresh(OUT / f"wh-{n}")
        fulls.append(measure(salary_etl, "run", "--raw", raw, "--warehouse", warehouse, env=env))
        noops.append(measure(salary_etl, "run", "--raw", raw, "--warehouse", warehouse, env=env))
    row["startup"], row["full"], row["noop"] = (best(runs) for runs in (startups, fulls, noops))
    if n <= naive_max:
        print("  naive baseline", flush=True)
        row["naive"] = measure(sys.executable, "-m", "bench.naive", raw, fresh(OUT / f"naive-{n}"), env=env)
    print("  floor", flush=True)
    row["floor"] = measure(sys.executable, "-m", "bench.floor", raw, env=env)
    net = row["full"]["seconds"] - row["startup"]["seconds"]
    row["net_seconds"] = round(net, 2)
    row["docs_per_s"] = round(n / net)
    row["mb_per_s"] = round(megabytes / net, 1)
    row["vs_floor"] = round(net / row["floor"]["seconds"], 2)
    if "naive" in row:
        row["naive_speedup"] = round(row["naive"]["seconds"] / net, 2)
    row["noop_share"] = round(row["noop"]["seconds"] / row["full"]["seconds"], 3)
    row["noop_share_net"] = round((row["noop"]["seconds"] - row["startup"]["seconds"]) / net, 3)
    row["snapshot"] = snapshot_cost(warehouse, row)
    shutil.rmtree(OUT / f"wh-{n}", ignore_errors=True)
    shutil.rmtree(OUT / f"naive-{n}", ignore_errors=True)
    return row


def snapshot_cost(warehouse: Path, row: dict[str, Any]) -> dict[str, float]:
    """What keeping analysts unblocked cost the last (no-op) run: the copy of the published
    warehouse it made before writing (``etl_runs.snapshot_*``), as a share of that run and
    of the full run, and the disk a run needs beside the warehouse while it runs."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        found = con.execute(
            "select snapshot_bytes, snapshot_seconds from etl_runs order by started_at desc limit 1"
        ).fetchone()
    assert found is not None
    copied_mb, seconds = found[0] / 1e6, float(found[1])
    return {
        "warehouse_mb": round(warehouse.stat().st_size / 1e6, 1),
        "copied_mb": round(copied_mb, 1),
        "copy_seconds": round(seconds, 2),
        "share_of_noop": round(seconds / row["noop"]["seconds"], 3),
        "share_of_full": round(seconds / row["full"]["seconds"], 3),
    }


def table(rows: list[dict[str, Any]]) -> str:
    head = (
        "| documents | MB | full run s | start-up s | net s | docs/s | MB/s | peak RSS MB | no-op s | no-op / full "
        "| no-op / full (net) | naive s | naive / net | floor s | net / floor |"
    )
    lines = [head, "|" + "---:|" * 15]
    for r in rows:
        naive = r.get("naive", {}).get("seconds", "–")
        lines.append(
            f"| {r['documents']:,} | {r['megabytes']:,.0f} | {r['full']['seconds']:.1f} | {r['startup']['seconds']:.1f} "
            f"| {r['net_seconds']:.1f} | {r['docs_per_s']:,} | {r['mb_per_s']} | {r['full']['peak_rss_mb']:,.0f} "
            f"| {r['noop']['seconds']:.1f} | {r['noop_share']:.1%} | {r['noop_share_net']:.1%} | {naive} "
            f"| {r.get('naive_speedup', '–')}× | {r['floor']['seconds']:.1f} | {r['vs_floor']}× |"
        )
    lines += [
        "",
        "Snapshot per run (analysts' sessions never block a run: it copies the published warehouse, "
        "writes the copy, swaps it in):",
        "",
        "| documents | warehouse MB | copied MB | copy s | copy / no-op run | copy / full run |",
        "|" + "---:|" * 6,
    ]
    for r in rows:
        s = r["snapshot"]
        lines.append(
            f"| {r['documents']:,} | {s['warehouse_mb']:,.1f} | {s['copied_mb']:,.1f} | {s['copy_seconds']:.2f} "
            f"| {s['share_of_noop']:.1%} | {s['share_of_full']:.1%} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument(
        "--naive-max", type=int, default=100_000, help="largest size the naive baseline runs on"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=2,
        help="salary-etl runs (start-up, full, no-op) per size up to 100k; the fastest counts",
    )
    args = parser.parse_args(argv)
    env = bench_env()
    rows = [
        bench_size(int(n), args.naive_max, args.repeat if int(n) <= 100_000 else 1, env)
        for n in args.sizes.split(",")
    ]
    text = table(rows)
    from bench import startup  # noqa: PLC0415 (it imports this module)

    text += "\n\n" + startup.table(startup.figures(repeat=3))
    print(text)
    (OUT / "results.json").write_text(json.dumps(rows, indent=2), encoding="utf-8")
    (OUT / "results.md").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
