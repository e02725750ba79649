"""The command line's process keeps to one thread (nlp.one_thread): a second one, even asleep, costs
spaCy's parser and entity recognizer a fifth more CPU (benchmarks/threads.py). Library callers'
processes are left as they are, and a user's own OpenBLAS setting is kept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = str(Path(__file__).resolve().parent.parent / "src")

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="counts threads in /proc (Linux)")

# the command line's start (cli.main with the process's own argv), then what `analyze` runs: numpy,
# spaCy, the model, a parse and the rule stages; then the threads of the process
PROBE = """
import os, sys
sys.argv = ["newsgraph"]
from newsgraph import cli
cli.main()
from newsgraph.model import Article
from newsgraph.pipeline import Analyzer
a = Analyzer().analyze(Article(text="Protesters marched in Cairo on Monday, police said.", id="t", language="en"))
print(len(os.listdir("/proc/self/task")), os.environ.get("OPENBLAS_NUM_THREADS"))
"""


def _run(env: dict[str, str]) -> list[str]:
    environ = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    environ.update(PYTHONPATH=SRC, **env)
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=environ, timeout=180)
    assert out.returncode in (0, 2), out.stderr  # 2: no command given, help printed
    return out.stdout.split()[-2:]


def test_the_command_lines_process_analyses_in_one_thread():
    assert _run({}) == ["1", "1"]


def test_a_users_own_blas_setting_is_kept():
    assert _run({"OPENBLAS_NUM_THREADS": "2"})[1] == "2"


def test_a_library_callers_process_is_left_as_it_is(monkeypatch):
    import numpy  # noqa: F401 - imported: too late to ask anything of OpenBLAS

    from newsgraph import nlp

    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    assert nlp.one_thread() is False
    assert "OPENBLAS_NUM_THREADS" not in os.environ


POOL = """
import os
from newsgraph import nlp
nlp.one_thread()
from newsgraph import parallel
from newsgraph.model import Article
arts = [Article(text=f"Police in city {i} said on Monday that the road would reopen.", id=str(i), language="en")
        for i in range(3)]
pool = parallel.Pool(1)
results = [r for _, r in pool.map(arts)]
assert all(not isinstance(r, BaseException) for r in results), results
print(*[len(os.listdir(f"/proc/{pid}/task")) for pid in pool._pool._processes])
pool.close()
"""


def test_a_pool_worker_analyses_in_one_thread():
    """The worker is forked by the main thread: the kernel ends it with its parent (PR_SET_PDEATHSIG;
    test_corpus_cli's killed ingest checks that no worker outlives it), no watching thread."""
    environ = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    environ["PYTHONPATH"] = SRC
    out = subprocess.run([sys.executable, "-c", POOL], capture_output=True, text=True, env=environ, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["1"]
