"""The analysis process of a Dask worker: one thread, the model loaded once (cluster.py).

A Dask worker process always has several threads (its event loop, the thread that runs tasks, a
few more of Dask's and Tornado's), and a Linux process that has ever had a second thread parses
about 15% slower: glibc's single-thread lock fast path is gone, and spaCy's parser and entity
recognizer take the GIL several hundred times per word (nlp.one_thread, benchmarks/threads.py). So
a worker started by `cluster.DaskRunner` does not analyse itself: it starts this module once, as a
process of its own, and hands it each task's articles. The process is a new interpreter started by
`subprocess` (fork and exec at once), not a bare fork of the worker: a fork of a process with
threads copies locks that the other threads may hold at that moment (the event loop's, logging's,
malloc's), and glibc keeps such a child on its multi-threaded paths for good; an exec'd process has
none of that, loads the model itself, and stays single-threaded (the worker itself never imports
spaCy, so the model is in memory once).

    python -m newsgraph._alone READ_FD WRITE_FD

Messages, pickled (multiprocessing.connection) over two pipes that only the worker and this process
hold:
    worker -> here: ("load", Options) once, then ("analyze", [Article, ...]) per task
    here -> worker: ("ready", None) or ("error", message) after the load; per task ("done", [JSON
                    text per article: its analysis or {"failed": reason}]) or ("error", message)
This process ends when the worker closes its end (or dies: the pipe reads end of file, or the
answer cannot be written), after the task in hand at most. When this process dies mid-task (an
article that crashes the parser, the kernel's out-of-memory killer), the worker ends itself, so
that Dask sees a worker die as it would have without this process: the worker is replaced and the
task runs again elsewhere, split into single articles if it kills workers again (parallel._Ordered).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from .errors import NewsgraphError


# ---------------------------------------------------------------------------------------------
# In the worker: the process, started once, asked in turn


class Alone:
    """One analysis process of this worker (see the module's docstring)."""

    def __init__(self, options) -> None:
        from multiprocessing.connection import Connection

        down_r, down_w = os.pipe()  # worker -> analysis process
        up_r, up_w = os.pipe()  # analysis process -> worker
        package_root = str(Path(__file__).resolve().parent.parent)  # this very newsgraph, not another install
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
        try:
            # os.pipe's ends are not inherited (PEP 446); pass_fds gives this process its two alone,
            # so no other child of the worker keeps them open and an end of file means the other died
            self.process = subprocess.Popen([sys.executable, "-m", "newsgraph._alone", str(down_r), str(up_w)],
                                            pass_fds=(down_r, up_w), stdin=subprocess.DEVNULL, env=env)
        finally:
            os.close(down_r)
            os.close(up_w)
        self._send = Connection(down_w, readable=False)
        self._recv = Connection(up_r, writable=False)
        self._send.send(("load", options))
        self._loaded: str | None = None  # "" once ready, else the load's error message

    @property
    def pid(self) -> int:
        return self.process.pid

    def _answer(self) -> tuple[str, Any]:
        try:
            return self._recv.recv()
        except (EOFError, OSError):
            _died(self.process)
            raise  # not reached

    def analyze(self, articles: list) -> list[str]:
        """One JSON text per article, as cluster.analyze_task returns them."""
        if self._loaded is None:
            kind, message = self._answer()
            self._loaded = (message or "the analysis process could not load the analyzer") if kind == "error" else ""
        if self._loaded:
            raise NewsgraphError(self._loaded)
        try:
            self._send.send(("analyze", articles))
        except OSError:
            _died(self.process)
        kind, payload = self._answer()
        if kind == "error":
            raise NewsgraphError(payload)
        return payload

    def close(self) -> None:
        """End the process (it reads end of file) and wait for it a little."""
        for c in (self._send, self._recv):
            try:
                c.close()
            except OSError:
                pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _died(process: subprocess.Popen) -> None:
    """The analysis process is gone mid-task: end this worker, as the analysis dying in it would
    have (Dask replaces the worker and sends its tasks elsewhere)."""
    try:
        code = process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        code = "killed"
    print(f"newsgraph: the analysis process {process.pid} of this worker ended ({code}); ending the worker",
          file=sys.stderr, flush=True)
    os._exit(1)


class Pool:
    """The analysis processes of one worker: one per task running at once (a worker with one
    thread, as `--cluster local` and docs/scale.md start them, has one)."""

    def __init__(self, options) -> None:
        self.options = options
        self._idle: list[Alone] = []
        self._all: list[Alone] = []
        self._lock = threading.Lock()

    def start(self) -> None:
        """Start one process now (the worker plugin: the model loads while the cluster comes up)."""
        with self._lock:
            if not self._all:
                a = Alone(self.options)
                self._all.append(a)
                self._idle.append(a)

    def analyze(self, articles: list) -> list[str]:
        with self._lock:
            if self._idle:
                a = self._idle.pop()
            else:
                a = Alone(self.options)
                self._all.append(a)
        try:
            return a.analyze(articles)
        finally:
            with self._lock:
                self._idle.append(a)

    def pids(self) -> list[int]:
        with self._lock:
            return [a.pid for a in self._all]

    def close(self) -> None:
        with self._lock:
            alones, self._all, self._idle = self._all, [], []
        for a in alones:
            a.close()


# ---------------------------------------------------------------------------------------------
# The analysis process


# Characters per nlp.pipe call in the analysis process: parallel.PARSE_CHARS's value, written here
# because the Dask worker imports this module and must not import parallel (actors, spaCy). 128 bench
# texts, one process each, alternating: peak RSS 374 MB at 30,000, 339-342 at 20,000 (338-341 at
# 15,000), CPU the same within the noise (14.48/14.87 s against 14.61/14.69). The analyses do not
# depend on the batch (tests/test_parse_batches.py).
PARSE_CHARS = 20_000


def to_json_texts(analyzer, articles: list, chars: int | None = None) -> list[str]:
    from . import parallel
    from .model import Analysis

    out = []
    for r in parallel.analyze_batch(analyzer, articles, chars=parallel.PARSE_CHARS if chars is None else chars):
        doc = r.to_json() if isinstance(r, Analysis) else {"failed": parallel.failure_reason(r)}
        out.append(json.dumps(doc, ensure_ascii=False))
    return out


def main(argv: list[str]) -> int:
    import signal

    from . import nlp

    # Ctrl-C reaches the whole process group: the worker decides, and this process ends with it
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    nlp.one_thread()  # before numpy: no BLAS thread pool
    nlp.OWN_PROCESS = True  # this process analyses until it ends: see nlp.load
    from multiprocessing.connection import Connection

    recv = Connection(int(argv[0]), writable=False)
    send = Connection(int(argv[1]), readable=False)
    try:
        kind, options = recv.recv()
        assert kind == "load", kind
        try:
            from .pipeline import Analyzer

            analyzer = Analyzer(options)
        except NewsgraphError as e:
            send.send(("error", str(e)))
            return 1
        except Exception as e:  # noqa: BLE001 - a broken install: say so once rather than lose every article
            send.send(("error", f"a worker could not load the analyzer: {type(e).__name__}: {e}"))
            return 1
        nlp.settle()  # the model is not walked by each collection
        send.send(("ready", None))
        settled = False
        while True:
            kind, articles = recv.recv()
            try:
                out = to_json_texts(analyzer, articles, PARSE_CHARS)
            except Exception as e:  # noqa: BLE001 - reported as the task's error, as in the worker
                from .parallel import failure_reason

                send.send(("error", failure_reason(e)))
                continue
            send.send(("done", out))
            if not settled:  # the tables loaded on first use (cities, cues) are frozen too
                settled = True
                nlp.settle()
    except (EOFError, BrokenPipeError, ConnectionResetError):
        return 0  # the worker closed its end or is gone


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
