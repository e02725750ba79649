"""Analysing many articles fast: batched parsing, every core of one machine, or a Dask cluster.

    analyze_batch(analyzer, articles)     parse with `nlp.pipe`, then the stages; one result per article
    make_runner(workers=, cluster=, options=)
        .map(items)                       (item, result) per input item, in input order
    ingest(conn, items, runner, ...)      `corpus.ingest` with the analysis done by the runner

A result is an `Analysis` or the exception that article raised. Runners:

    InProcess   one process, `nlp.pipe` batches (what `--workers 1` and small inputs use)
    Pool        a process pool: the model loaded once per worker (the pool's initializer), batches of
                articles in, pickled analyses out; a worker that dies is replaced and its batches run again
    cluster.DaskRunner (newsgraph.cluster)   the same over a Dask scheduler, analyses back as JSON

Whatever runs the analysis, one writer (the caller's process) stores the results, in input order, so
`newsgraph ingest` deduplicates, resumes and merges events exactly as in one process.
"""

from __future__ import annotations

import os
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from . import actors
from .errors import NewsgraphError
from .model import Analysis, Article

PARSE_BATCH = 32  # texts per nlp.pipe call (spaCy's own default for the CNN pipelines)
# at most this many characters per nlp.pipe call: the parse's peak memory grows with the batch, some
# 3.5 kB per character parsed at once (thinc's arrays for the batch), freed when the batch is parsed
# (200 PolNeAR texts, --workers 2: 60,000 gave 402 MB per worker, 30,000 gave 314, at the same speed;
# 20,000, as the Dask analysis process had already, about 45 MB less than 30,000; its parse CPU was the
# same within the noise on 64 bench texts but 4.6% more on 96 whole articles, a trade of speed for memory:
# docs/scale.md, Where a worker's memory goes). The analyses do not depend on the batch
# (tests/test_parse_batches.py).
PARSE_CHARS = 20_000
TASK_BATCH = 16  # articles per task sent to a worker process or a Dask worker
MIN_PARALLEL = 8  # fewer articles than this are analysed in-process: starting workers costs more


def window(workers: int) -> int:
    """Tasks in flight for `workers`: results are taken in input order, so a slow task at the head
    lets the others run ahead by this many before a worker waits (memory: a few tasks' analyses)."""
    return 4 * workers + 2


def cores() -> int:
    """CPU cores this process may use (the affinity mask, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


# ---------------------------------------------------------------------------------------------
# One process: batched parsing


def _parses(article: Article) -> bool:
    """Whether the batch parses this article: English (or unknown language) and short enough that
    `nlp.parse` takes it in one piece; a longer text is left to `Analyzer.analyze`, which parses it
    in paragraph chunks exactly as one process does."""
    from . import nlp

    return article.language in (None, "en") and len(article.text) <= nlp.CHUNK_CHARS


def _budgeted(texts: list[str], size: int, chars: int) -> Iterator[list[str]]:
    """Consecutive groups of at most `size` texts and (unless one text is longer) `chars` characters."""
    group: list[str] = []
    n = 0
    for t in texts:
        if group and (len(group) >= size or n + len(t) > chars):
            yield group
            group, n = [], 0
        group.append(t)
        n += len(t)
    if group:
        yield group


def parse_many(nlp, texts: list[str], batch_size: int = PARSE_BATCH, chars: int = PARSE_CHARS) -> list[Any]:
    """Docs for `texts` in order, from `nlp.pipe`; a text the batch cannot parse gets its exception."""
    out: list[Any] = []
    for group in _budgeted(texts, batch_size, chars):
        out.extend(_parse_group(nlp, group))
    return out


def _parse_group(nlp, texts: list[str]) -> list[Any]:
    from .nlp import whole_batches

    try:
        return list(nlp.pipe(texts, batch_size=len(texts), component_cfg=whole_batches(len(texts))))
    except Exception:  # noqa: BLE001 - find the text at fault: parse each alone
        out: list[Any] = []
        for t in texts:
            try:
                out.append(nlp(t))
            except Exception as e:  # noqa: BLE001
                out.append(e)
        return out


def analyze_batch(analyzer, articles: list[Article], batch_size: int = PARSE_BATCH,
                  chars: int = PARSE_CHARS) -> list[Analysis | BaseException]:
    """`analyzer.analyze` of each article, the parses done together by `nlp.pipe`.

    The result for an article that fails is its exception (one article never ends the batch).
    """
    todo = [i for i, a in enumerate(articles) if _parses(a)]
    texts = [actors.readable(articles[i].text) for i in todo]  # what the pipeline parses (all-capitals title-cased)
    docs: dict[int, Any] = dict(zip(todo, parse_many(analyzer.nlp, texts, batch_size, chars)))
    out: list[Analysis | BaseException] = []
    for i, article in enumerate(articles):
        doc = docs.get(i)
        if isinstance(doc, BaseException):
            out.append(doc)
            continue
        try:
            out.append(analyzer.analyze(article, doc=doc))
        except Exception as e:  # noqa: BLE001 - one article's failure must not end the batch
            out.append(e)
    return out


# ---------------------------------------------------------------------------------------------
# Failures that travel between processes


class RemoteFailure(NewsgraphError):
    """An article's analysis failed in a worker; the message is what one process would report."""


def failure_reason(e: BaseException) -> str:
    """The reason `corpus.ingest` records for an article whose analysis raised `e`."""
    if isinstance(e, NewsgraphError):
        return str(e)
    tb = traceback.extract_tb(e.__traceback__)
    where = f" (at {os.path.basename(tb[-1].filename)}:{tb[-1].lineno})" if tb else ""
    return f"internal error {type(e).__name__}: {e}{where}"


def _portable(result: Analysis | BaseException) -> Analysis | RemoteFailure:
    return result if isinstance(result, Analysis) else RemoteFailure(failure_reason(result))


# ---------------------------------------------------------------------------------------------
# Runners


def _groups(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Consecutive items with at most `size` articles each (other items ride along in place)."""
    group: list[Any] = []
    n = 0
    for item in items:
        group.append(item)
        if isinstance(item, Article):
            n += 1
            if n >= size:
                yield group
                group, n = [], 0
    if group:
        yield group


def _zip_back(group: list[Any], results: list[Any]) -> Iterator[tuple[Any, Any]]:
    it = iter(results)
    for item in group:
        yield (item, next(it)) if isinstance(item, Article) else (item, None)


class InProcess:
    """Analysis in this process: `nlp.pipe` batches of PARSE_BATCH articles."""

    workers = 1

    def __init__(self, options=None, analyzer=None) -> None:
        self.options = options
        self._analyzer = analyzer

    @property
    def analyzer(self):
        if self._analyzer is None:
            from .pipeline import Analyzer

            self._analyzer = Analyzer(self.options)
        return self._analyzer

    def map(self, items: Iterable[Any]) -> Iterator[tuple[Any, Analysis | BaseException | None]]:
        for group in _groups(items, PARSE_BATCH):
            arts = [x for x in group if isinstance(x, Article)]
            yield from _zip_back(group, analyze_batch(self.analyzer, arts) if arts else [])

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# A worker process's analyzer: made once by the pool's initializer, used by every task it runs.
_WORKER_ANALYZER = None
_WORKER_ERROR: NewsgraphError | None = None  # the model or a user file could not be loaded


def _exit_with_parent(parent: int) -> None:
    """End this worker when the process that started it is gone (killed with -9, say): a forked
    worker holds its own copy of the task pipe, so it would otherwise wait on it for ever.
    On Linux, forked by the parent's main thread: the kernel kills it when that thread ends
    (prctl PR_SET_PDEATHSIG, which follows the forking thread, not the process). Else a thread
    watches: a process with a second thread parses ~15% slower (nlp.one_thread)."""
    if _IMPORTED_IN == parent and threading.current_thread() is _MAIN_THREAD and _parent_death_signal():
        if os.getppid() != parent:  # gone before the signal was asked for
            os._exit(1)
        return

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="newsgraph-parent-watch", daemon=True).start()


# The process that imported this module and its main thread. A forked worker has the parent's copy
# (not so a spawned one) and runs in a copy of the thread that forked it: the same Thread object as
# in the parent, so `threading.current_thread() is _MAIN_THREAD` there tells whether the parent's
# main thread forked it (a worker of a worker forked by another thread is told no: it watches)
_IMPORTED_IN = os.getpid()
_MAIN_THREAD = threading.main_thread()


def _parent_death_signal() -> bool:
    """SIGKILL for this process when the thread that forked it ends (Linux); whether it was set."""
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes
        import signal

        return ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL), 0, 0, 0) == 0  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return False


def _init_worker(options, parent: int | None = None) -> None:
    global _WORKER_ANALYZER, _WORKER_ERROR, _WORKER_SETTLED
    from .nlp import settle
    from .pipeline import Analyzer

    if parent is not None:
        _exit_with_parent(parent)
    try:
        _WORKER_ANALYZER = Analyzer(options)
        settle()  # the worker analyses until it ends: the model is not walked by each collection
        _WORKER_SETTLED = False  # and again after its first task
    except NewsgraphError as e:  # reported by the first task, so the user sees it as one line
        _WORKER_ERROR = NewsgraphError(str(e)) if type(e).__init__ is not NewsgraphError.__init__ else e
    except Exception as e:  # noqa: BLE001 - a broken install: say so once rather than lose every article
        _WORKER_ERROR = NewsgraphError(f"a worker process could not load the analyzer: {type(e).__name__}: {e}")


def _analyze_task(articles: list[Article]) -> list[Analysis | RemoteFailure]:
    if _WORKER_ERROR is not None:
        raise _WORKER_ERROR
    if _WORKER_ANALYZER is None:  # a pool without the initializer (not ours): load here, once
        _init_worker(None)
        return _analyze_task(articles)
    out = [_portable(r) for r in analyze_batch(_WORKER_ANALYZER, articles)]
    if not _WORKER_SETTLED:  # the tables loaded on first use (cities, cues) are loaded now
        _settle_worker()
    return out


_WORKER_SETTLED = True  # nothing to do until _init_worker has loaded an analyzer and settled once


def _settle_worker() -> None:
    global _WORKER_SETTLED
    from .nlp import settle

    _WORKER_SETTLED = True
    settle()


class WorkerLost(RemoteFailure):
    pass


LOST = "the worker process analysing this article died (killed, or out of memory) twice; it was not analysed"


class _Ordered:
    """Tasks in flight, at most `window`, results handed back in submission order.

    `submit(articles)` starts a task and returns a future-like object with `.result()`; `lost(e)`
    tells whether an exception from `.result()` means the worker died (then the task runs again:
    once whole, then article by article, and an article that kills its worker twice is failed).
    """

    def __init__(self, submit: Callable[[list[Article]], Any], lost: Callable[[BaseException], bool],
                 window: int, restart: Callable[[], None] | None = None) -> None:
        self.submit, self.lost, self.window, self.restart = submit, lost, window, restart

    def map(self, items: Iterable[Any], size: int) -> Iterator[tuple[Any, Any]]:
        pending: deque = deque()
        for group in _groups(items, size):
            arts = [x for x in group if isinstance(x, Article)]
            pending.append((group, arts, self.submit(arts) if arts else None))
            while len(pending) >= self.window:
                yield from self._finish(pending)
        while pending:
            yield from self._finish(pending)

    def _finish(self, pending: deque) -> Iterator[tuple[Any, Any]]:
        group, arts, fut = pending.popleft()
        results = self._result(arts, fut, pending, tries=1) if arts else []
        yield from _zip_back(group, results)

    def _result(self, arts: list[Article], fut, pending: deque, tries: int) -> list[Any]:
        try:
            return list(fut.result())
        except BaseException as e:
            if not self.lost(e):
                raise
        # the worker died: replace it, send again every task that was in flight with it
        if self.restart:
            self.restart()
            for i, (g, a, f) in enumerate(pending):
                if a:
                    pending[i] = (g, a, self.submit(a))
        if tries >= 2 and len(arts) == 1:
            return [WorkerLost(LOST)]
        if tries >= 2:  # one of these articles may be the killer: each alone
            return [self._result([a], self.submit([a]), pending, tries)[0] for a in arts]
        return self._result(arts, self.submit(arts), pending, tries + 1)


class _Failed:
    """A task that could not be sent: its `.result()` raises why, like a future's would."""

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def result(self):
        raise self.error


class Pool:
    """A process pool on this machine, `workers` processes, the model loaded once in each."""

    def __init__(self, workers: int, options=None, task_batch: int = TASK_BATCH) -> None:
        self.workers = workers
        self.options = options
        self.task_batch = task_batch
        self._pool = None

    def _start(self) -> None:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        # fork (Python 3.11's default on Linux): a worker starts in milliseconds, and a caller's script
        # without `if __name__ == "__main__":` is not run again in each worker as spawn/forkserver would
        ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
        self._pool = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init_worker,
                                         initargs=(self.options, os.getpid()))

    def _restart(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._start()

    def _submit(self, arts: list[Article]):
        from concurrent.futures.process import BrokenProcessPool

        if self._pool is None:
            self._start()
        try:
            return self._pool.submit(_analyze_task, arts)
        except BrokenProcessPool as e:  # a worker died since the last task went out: handled as
            return _Failed(e)  # that task's failure, so the pool is replaced and every task sent again

    @staticmethod
    def _lost(e: BaseException) -> bool:
        from concurrent.futures.process import BrokenProcessPool

        return isinstance(e, BrokenProcessPool)

    def map(self, items: Iterable[Any]) -> Iterator[tuple[Any, Any]]:
        ordered = _Ordered(self._submit, self._lost, window=window(self.workers), restart=self._restart)
        yield from ordered.map(items, self.task_batch)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Auto:
    """`Pool` when there are at least `min_parallel` articles, else `InProcess` (no workers to start).

    Reads ahead up to `min_parallel` items to decide, so `newsgraph analyze one.md` starts as fast
    as one process does.
    """

    def __init__(self, workers: int, options=None, min_parallel: int | None = None) -> None:
        self.workers = workers
        self.options = options
        self.min_parallel = MIN_PARALLEL if min_parallel is None else min_parallel
        self.runner: InProcess | Pool | None = None

    def map(self, items: Iterable[Any]) -> Iterator[tuple[Any, Any]]:
        it = iter(items)
        head: list[Any] = []
        n = 0
        for item in it:
            head.append(item)
            n += isinstance(item, Article)
            if n >= self.min_parallel:
                break
        else:  # the input ended: few articles
            self.runner = InProcess(self.options)
            yield from self.runner.map(head)
            return
        self.runner = Pool(self.workers, self.options)
        yield from self.runner.map(_chain(head, it))

    def close(self) -> None:
        if self.runner is not None:
            self.runner.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class End:
    """Marks the end of one input name in a stream of items (for a progress bar per input)."""

    __slots__ = ("name",)

    def __init__(self, name: Any) -> None:
        self.name = name


def with_ends(names: Iterable[Any], read: Callable[[Any], Iterable[Any]]) -> Iterator[Any]:
    """Every item `read(name)` gives, name after name, each name followed by its `End`."""
    for name in names:
        yield from read(name)
        yield End(name)


def _chain(head: list[Any], rest: Iterator[Any]) -> Iterator[Any]:
    yield from head
    yield from rest


def make_runner(workers: int | None = None, cluster: str | None = None, options=None):
    """The runner the command line asks for: `--cluster` (Dask), else `--workers` (default: the cores)."""
    if cluster:
        try:
            from .cluster import DaskRunner
        except ImportError:
            raise NewsgraphError("--cluster needs Dask: pip install 'dask[distributed]' (the cluster extra)") from None

        return DaskRunner(cluster, options)
    workers = cores() if workers is None else workers
    if workers < 1:
        raise NewsgraphError(f"--workers must be at least 1, not {workers}")
    return InProcess(options) if workers == 1 else Auto(workers, options)


def add_options(parser) -> None:
    """`--workers N` and `--cluster local|tcp://HOST:PORT` for a command that analyses articles."""
    parser.add_argument("--workers", "-j", type=int, default=None, metavar="N",
                        help=f"worker processes, each with its own model (default: the cores, {cores()} here; "
                             f"1: no workers); fewer than {MIN_PARALLEL} articles are analysed in-process")
    parser.add_argument("--cluster", metavar="ADDRESS",
                        help="analyse on Dask: 'local' starts a LocalCluster sized to the cores, "
                             "tcp://HOST:PORT uses a running scheduler (see docs/scale.md)")


# ---------------------------------------------------------------------------------------------
# The corpus: many analysers, one writer


def ingest(conn, items: Iterable[Any], runner, **kwargs):
    """`corpus.ingest` with the analyses made by `runner`; this process alone writes the corpus.

    Articles already in the corpus (same content hash) are not sent to the workers at all; the
    rest go out in order and `corpus.ingest` takes their results in the same order, so what is
    stored, skipped, linked as a near-copy or recorded as a failure is what one process stores.
    """
    import sqlite3

    from .corpus import dedup, ingest as store_ingest

    def known(article: Article) -> bool:
        try:
            return conn.execute("SELECT 1 FROM articles WHERE content_hash = ?",
                                (dedup.content_hash(article.text),)).fetchone() is not None
        except sqlite3.Error:
            return False  # corpus.ingest reports it

    skip: set[int] = set()  # id() of articles the corpus already has: not analysed

    def outgoing() -> Iterator[Any]:
        for item in items:
            if isinstance(item, Article) and known(item):
                skip.add(id(item))
                yield _Skip(item)
            else:
                yield item

    results = runner.map(outgoing())
    done: dict[int, Any] = {}

    def incoming() -> Iterator[Any]:
        for item, result in results:
            if isinstance(item, _Skip):
                yield item.article
                continue
            if isinstance(item, Article):
                done[id(item)] = result
            yield item

    def analyze(article: Article) -> Analysis:
        result = done.pop(id(article))
        if isinstance(result, BaseException):
            raise result
        return result

    feed = incoming()
    try:
        return store_ingest(conn, _dropping(feed, done), analyze, **kwargs)
    finally:
        feed.close()


class _Skip:
    """An article the corpus already holds, passed around the workers to the writer."""

    __slots__ = ("article",)

    def __init__(self, article: Article) -> None:
        self.article = article


def _dropping(feed: Iterator[Any], done: dict[int, Any]) -> Iterator[Any]:
    """The feed; a result `corpus.ingest` did not take (a copy within the batch) is dropped."""
    for item in feed:
        yield item
        if isinstance(item, Article):
            done.pop(id(item), None)


# ---------------------------------------------------------------------------------------------
# Analyses as JSON (the inverse of Analysis.to_json), for results that cross machines


def analysis_from_json(d: dict[str, Any]) -> Analysis:
    import datetime as dt

    from . import model as m

    def span(x):
        return m.Span(x["start"], x["end"], x["text"]) if x else None

    def date(x):
        return dt.date.fromisoformat(x) if x else None

    a = d["article"]
    article = m.Article(text=a["text"], id=a["id"], title=a["title"], authors=list(a["authors"]),
                        published=date(a["published"]), publisher=a["publisher"], url=a["url"],
                        domain=a["domain"], language=a["language"], tags=list(a["tags"]),
                        boilerplate=list(a["boilerplate"]), source_path=a["source_path"],
                        input_format=a["input_format"])
    actors = [m.Actor(id=x["id"], name=x["name"], kind=x["kind"], country=x["country"], roles=list(x["roles"]),
                      aliases=list(x["aliases"]),
                      mentions=[m.Mention(span(mm), mm["rule"]) for mm in x["mentions"]], rule=x["rule"])
              for x in d["actors"]]
    statements = [m.Statement(id=x["id"], speaker=x["speaker"],
                              content=[span(c) for c in (x["content"] if isinstance(x["content"], list) else [x["content"]])],
                              kind=x["kind"], speaker_text=span(x["speaker_text"]), cue=span(x["cue"]),
                              date=date(x["date"]), rule=x["rule"], channel=x["channel"],
                              base_rule=x.get("base_rule", ""), adjustments=list(x.get("adjustments", [])))
                  for x in d["statements"]]
    events = [m.Event(id=x["id"], type=x["type"], evidence=span(x["evidence"]), rule=x["rule"],
                      source=list(x["source"]), target=list(x["target"]), mode=x["mode"], context=list(x["context"]),
                      date=date(x["date"]), date_precision=x["date_precision"], location=x["location"],
                      negated=x["negated"], modality=x["modality"], trigger=span(x["trigger"]),
                      statement=x["statement"], source_text=[span(s) for s in x["source_text"]],
                      target_text=[span(s) for s in x["target_text"]],
                      coordinates=tuple(x["coordinates"]) if x["coordinates"] else None,
                      base_rule=x.get("base_rule", ""), adjustments=list(x.get("adjustments", [])))
              for x in d["events"]]
    stances = [m.Stance(holder=x["holder"], topic=x["topic"], polarity=x["polarity"],
                        evidence=[span(s) for s in x["evidence"]], rule=x["rule"],
                        topic_mentions=[span(s) for s in x["topic_mentions"]])
               for x in d["stances"]]
    signals = [m.Signal(kind=x["kind"], text=x["text"], rule=x["rule"], start=x["start"], end=x["end"],
                        target=x["target"], quoted=x["quoted"], speaker=x["speaker"])
               for x in d["signals"]]
    s = d["source"]
    r = s["reliability"]
    src = m.Source(name=s["name"], domain=s["domain"], rule=s["rule"],
                   reliability=m.Reliability(label=r["label"], basis=r["basis"], factual=r["factual"], bias=r["bias"],
                                               score=r.get("score")))
    return Analysis(article=article, actors=actors, statements=statements, events=events, stances=stances,
                    signals=signals, source=src, notes=list(d["notes"]))
