"""Politeness: one request at a time per host, and at least `delay` seconds between them."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class HostGate:
    """`with gate.turn(host):` waits for the host's turn; the delay counts from the end of the
    previous request, so a slow server is never hit harder than a fast one."""

    def __init__(self, delay: float = 1.0, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.delay = delay
        self._clock = clock
        self._sleep = sleep
        self._locks: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}
        self._extra: dict[str, float] = {}  # a host's own Crawl-delay, when longer than ours
        self._guard = threading.Lock()

    def set_delay(self, host: str, seconds: float) -> None:
        self._extra[host] = seconds

    def delay_for(self, host: str) -> float:
        return max(self.delay, self._extra.get(host, 0.0))

    def turn(self, host: str) -> _Turn:
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        return _Turn(self, host, lock)


class _Turn:
    def __init__(self, gate: HostGate, host: str, lock: threading.Lock) -> None:
        self.gate, self.host, self.lock = gate, host, lock

    def __enter__(self) -> None:
        self.lock.acquire()
        last = self.gate._last.get(self.host)
        if last is not None:
            wait = last + self.gate.delay_for(self.host) - self.gate._clock()
            if wait > 0:
                self.gate._sleep(wait)

    def __exit__(self, *exc) -> None:
        self.gate._last[self.host] = self.gate._clock()
        self.lock.release()
