"""Run newsgraph on hostile input in a child process with a memory cap and a time limit.

Every hostile case must end with a clear message or a correct result within `TIME_S` seconds
and `MEMORY_MB` of resident memory. The child's address space is capped (RLIMIT_AS) a little
above that, so a bomb that gets through fails the test instead of taking the machine down.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

TIME_S = 60
MEMORY_MB = 1024  # the promise: at most 1 GB resident per case
ADDRESS_SPACE_MB = 1536  # hard cap on the child's address space (RLIMIT_AS)
REPO = Path(__file__).resolve().parents[2]

_CHILD = """
import resource, sys
cap = int(sys.argv[1]) * 2**20
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
code = 99
try:
    if sys.argv[2] == "-c":
        exec(sys.argv[3])
        code = 0
    else:
        from newsgraph.cli import main
        code = main(sys.argv[2:])
finally:
    sys.stderr.write(f"\\n@maxrss_kb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n")
    sys.stderr.flush()
sys.exit(code)
"""


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str  # without the harness' own line
    maxrss_mb: float

    def ok_limits(self) -> None:
        assert self.maxrss_mb <= MEMORY_MB, f"used {self.maxrss_mb:.0f} MB, over {MEMORY_MB} MB\n{self.stderr[-2000:]}"
        assert "Traceback" not in self.stderr, self.stderr[-3000:]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def _run(argv: list[str], cwd: Path, stdin: bytes | None, timeout: float) -> Result:
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(ADDRESS_SPACE_MB), *argv], cwd=cwd, input=stdin,
                          capture_output=True, timeout=timeout, env=_env())
    err = proc.stderr.decode("utf-8", "replace")
    rss = 0.0
    if "@maxrss_kb=" in err:
        err, _, tail = err.rpartition("\n@maxrss_kb=")
        rss = int(tail.strip()) / 1024
    return Result(proc.returncode, proc.stdout.decode("utf-8", "replace"), err, rss)


def cli(*args: str, cwd: Path, stdin: bytes | None = None, timeout: float = TIME_S) -> Result:
    """`newsgraph ARGS` under the caps."""
    return _run([str(a) for a in args], cwd, stdin, timeout)


def python(code: str, cwd: Path, timeout: float = TIME_S) -> Result:
    """Python code (using newsgraph) under the caps; what it prints is the result."""
    return _run(["-c", code], cwd, None, timeout)
