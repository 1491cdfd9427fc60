"""Run one command and report its wall time and the peak RSS of its largest process.

    python -m bench.measure -- CMD ARGS...   ->   {"seconds": 12.3, "peak_rss_mb": 812.0, "returncode": 0}

Each measurement runs in its own ``bench.measure`` process, so ``RUSAGE_CHILDREN`` holds
only that command's processes (the peak of the largest one, e.g. the flow process, not
the sum with Prefect's server subprocess).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time


def main() -> int:
    argv = sys.argv[1:]
    if argv and argv[0] == "--":
        argv = argv[1:]
    began = time.perf_counter()
    proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    seconds = time.perf_counter() - began
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = {
        "seconds": round(seconds, 3),
        "peak_rss_mb": round(peak_kb / 1024, 1),
        "returncode": proc.returncode,
    }
    if proc.returncode not in (0, 3):
        result["stderr_tail"] = proc.stderr[-2000:]
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
