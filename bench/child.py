"""One child process, measured: the benchmarks' shared way to time a command.

Wall and CPU seconds (user + system) and peak RSS come from ``os.wait4`` for
that very process, so nothing else the benchmark did counts. The child has
this checkout first on PYTHONPATH, so it measures this code, not an installed copy.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure(argv: list[str], core: str | None = "0", ok: tuple[int, ...] = (0,)) -> dict:
    """Run ``argv`` (pinned to ``core`` with taskset where there is one); wall, cpu, rss_mib, stdout, stderr.

    An exit code outside ``ok`` stops the benchmark with the child's error output.
    """
    if core is not None and shutil.which("taskset"):
        argv = ["taskset", "-c", core, *argv]
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(argv, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if code not in ok:
        raise SystemExit(f"{' '.join(argv)} failed ({code}):\n{stderr[-2000:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mib": usage.ru_maxrss / 1024,
            "stdout": stdout, "stderr": stderr.strip()}
