"""Analysis on a Dask cluster: `--cluster local` or `--cluster tcp://HOST:PORT` (docs/scale.md).

Every Dask worker starts an analysis process of one thread (_alone.py: a worker's own threads would
slow spaCy's parse by ~15%), which loads the spaCy model and the user's files once (a worker plugin
at start, also for a worker that joins later; a worker inside the client's process, inproc://,
analyses in place with a cached loader); articles go out in batches of `TASK_BATCH`, the
analyses come back as JSON text, and the process that asked, alone, turns them back into
`Analysis` records and writes them, in input order. A worker that dies mid-run is replaced by
Dask and its batches run again elsewhere; a batch that kills workers `allowed-failures` times is
sent again article by article, and an article that still kills its worker is recorded as failed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from typing import Any

from distributed import WorkerPlugin

from . import parallel
from .errors import NewsgraphError
from .model import Analysis, Article

# `--cluster local`: a few processes on one machine running tasks of seconds each, with no
# dashboard. Dask's defaults suit many short tasks watched live: an event-loop tick every 20 ms,
# memory checked every 100 ms, the system every 500 ms, a profiler thread sampling every worker's
# stack every 10 ms. Idle, they cost a 2-core machine a seventh of a core (0.04 CPU-s a second
# per worker, 0.07 in the client), taken from the analysis; with these, 0.008 and 0.02. The nanny's MALLOC_TRIM_THRESHOLD_ (give
# memory back to the system at once) is left out: spaCy allocates and frees a lot per article.
LOCAL_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.nanny.pre-spawn-environ": {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1},
}

# Per worker process: the analyzer for each Options seen (normally one), loaded once.
_ANALYZERS: dict[Any, Any] = {}
# Per worker process of its own (not inproc://): its analysis processes for each Options, started
# by the plugin; the worker hands them the articles and never loads the model itself (_alone.py)
_ALONE: dict[Any, Any] = {}


def analyzer_for(options) -> Any:
    """The cached analyzer of this worker process for `options` (loaded on first use)."""
    found = _ANALYZERS.get(options)
    if found is None:
        from .pipeline import Analyzer

        found = _ANALYZERS[options] = Analyzer(options)
    return found


class ModelPlugin(WorkerPlugin):
    """Worker plugin: load the model when a worker starts, not when its first batch arrives.

    A worker in a process of its own (`own`) starts its analysis process (_alone.py: one thread,
    the model loaded there, the worker never loads it); one in the client's process (inproc://)
    loads the analyzer in place."""

    name = "newsgraph-model"

    def __init__(self, options, own: bool = False) -> None:
        self.options = options
        self.own = own

    def setup(self, worker) -> None:
        if self.own and os.name == "posix":  # (the pipes are passed to it by number)
            if self.options not in _ALONE:  # set up again when the client registers it: kept
                from . import _alone

                _ALONE[self.options] = _alone.Pool(self.options)
            _ALONE[self.options].start()
            return
        try:
            analyzer_for(self.options)
        except NewsgraphError:
            return  # the first task reports it, as one line

    def teardown(self, worker) -> None:
        pass  # the analysis processes end with the worker (their pipe reads end of file)


def analyze_task(articles: list[Article], options) -> list[str]:
    """Runs on a Dask worker: one JSON text per article, an analysis or {"failed": reason}."""
    from . import _alone

    pool = _ALONE.get(options)
    if pool is not None:
        return pool.analyze(articles)
    try:
        analyzer = analyzer_for(options)
    except NewsgraphError as e:
        raise NewsgraphError(str(e)) from None
    return _alone.to_json_texts(analyzer, articles)


def analysis_pids() -> list[int]:
    """The process ids of this worker's analysis processes (client.run: the bench, the tests)."""
    return [pid for pool in _ALONE.values() for pid in pool.pids()]


def from_json_texts(texts: list[str]) -> list[Analysis | parallel.RemoteFailure]:
    out: list[Analysis | parallel.RemoteFailure] = []
    for t in texts:
        d = json.loads(t)
        out.append(parallel.RemoteFailure(d["failed"]) if "failed" in d else parallel.analysis_from_json(d))
    return out


class _Decoded:
    """A Dask future whose result is decoded from JSON on `.result()`."""

    def __init__(self, future) -> None:
        self.future = future

    def result(self) -> list[Any]:
        return from_json_texts(self.future.result())


class DaskRunner:
    """The runner for `--cluster`: a LocalCluster sized to the cores, or a running scheduler."""

    def __init__(self, address: str, options=None, workers: int | None = None,
                 task_batch: int = parallel.TASK_BATCH) -> None:
        self.address = address
        self.options = options
        self.n_workers = workers
        self.task_batch = task_batch
        self.client = None
        self._local = None

    def start(self):
        if self.client is not None:
            return self.client
        from dask.distributed import Client, LocalCluster
        if self.address == "local":
            import dask

            # one single-threaded process per core: spaCy and the stages hold the GIL. Each worker
            # loads the model as it starts (the plugin given to the workers themselves), so both
            # load at once, while the cluster is still coming up.
            with dask.config.set(LOCAL_CONFIG):
                self._local = LocalCluster(n_workers=self.n_workers or parallel.cores(), threads_per_worker=1,
                                           processes=True, dashboard_address=None,
                                           plugins={ModelPlugin(self.options, own=True)})
            self.client = Client(self._local)
        elif self.address.startswith(("tcp://", "tls://", "ucx://", "inproc://")):
            try:
                self.client = Client(self.address, timeout="30s")
            except OSError as e:
                raise NewsgraphError(f"cannot reach the Dask scheduler at {self.address}: {e}") from None
        else:
            raise NewsgraphError(f"--cluster takes 'local' or a scheduler address such as tcp://HOST:8786, not {self.address!r}")
        # workers in processes of their own (not inproc://, which runs them in this process)
        own = not self.address.startswith("inproc://")
        self.client.register_plugin(ModelPlugin(self.options, own=own), name=ModelPlugin.name)
        return self.client

    @property
    def threads(self) -> int:
        return max(1, sum(self.start().nthreads().values()))

    def _submit(self, arts: list[Article]) -> _Decoded:
        return _Decoded(self.start().submit(analyze_task, arts, self.options, pure=False))

    @staticmethod
    def _lost(e: BaseException) -> bool:
        from distributed.scheduler import KilledWorker

        return isinstance(e, KilledWorker)

    def map(self, items: Iterable[Any]) -> Iterator[tuple[Any, Any]]:
        ordered = parallel._Ordered(self._submit, self._lost, window=parallel.window(self.threads))
        yield from ordered.map(items, self.task_batch)

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        if self._local is not None:
            self._local.close()
            self._local = None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
