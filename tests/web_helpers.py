"""Helpers of the web tests: a corpus built in the test, and `newsgraph serve` on a free loopback port."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "ceasefire-talks.md"

# Payloads that would run if any page rendered article fields as HTML. Each sets window.__xss.
XSS_TITLE = 'Talks <script>window.__xss="title"</script><img src=x onerror="window.__xss=\'title-img\'">'
XSS_AUTHOR = '<img src=x onerror="window.__xss=\'author\'">'
XSS_RECORD = {
    "title": XSS_TITLE,
    "authors": [XSS_AUTHOR],
    "url": "javascript:window.__xss='url'",
    "publisher": '<svg onload="window.__xss=\'publisher\'">',
    "published": "2024-03-05",
    "text": (
        'The foreign minister of Norway said "<script>window.__xss=\'quote\'</script> we will not '
        '<img src=x onerror="window.__xss=\'quote-img\'"> accept the plan" on Tuesday in Oslo.\n\n'
        "The army of Sweden attacked <a href=\"javascript:window.__xss='link'\">the border post</a> on Monday, "
        "officials said. The government of Norway condemned the attack and called for talks.\n\n"
        "Critics claimed the <b onmouseover=\"window.__xss='bold'\">ceasefire</b> was a disaster."
    ),
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def env() -> dict:
    e = dict(os.environ)
    e["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT), e.get("PYTHONPATH", "")])
    return e


def newsgraph(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    r = subprocess.run([sys.executable, "-m", "newsgraph", *args], capture_output=True, text=True, env=env(), timeout=300)
    if check and r.returncode != 0:
        raise AssertionError(f"newsgraph {' '.join(args)} failed: {r.stderr}")
    return r


def build_corpus(folder: Path) -> Path:
    """The founding example and the hostile article, ingested into folder/corpus.db."""
    folder.mkdir(parents=True, exist_ok=True)
    xss = folder / "hostile.json"
    xss.write_text(json.dumps(XSS_RECORD), encoding="utf-8")
    db = folder / "corpus.db"
    newsgraph("ingest", str(EXAMPLE), str(xss), "--db", str(db), "--quiet")
    return db


@contextlib.contextmanager
def serve(db: Path, *extra: str, host: str = "127.0.0.1", token_env: str | None = None):
    """`newsgraph serve` as a real process on a free port; yields its base URL; stopped afterwards."""
    port = free_port()
    e = env()
    if token_env:
        e["NEWSGRAPH_TOKEN"] = token_env
    proc = subprocess.Popen([sys.executable, "-m", "newsgraph", "serve", "--db", str(db), "--host", host,
                             "--port", str(port), *extra], env=e, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://{host}:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise AssertionError(f"server exited: {proc.stdout.read()}")
            try:
                with socket.create_connection((host, port), timeout=0.5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise AssertionError("server did not start in 60 s") from None
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout:
            proc.stdout.close()


def get(url: str, *, headers: dict | None = None, data: bytes | None = None, method: str | None = None):
    """(status, headers, body bytes) of one request; HTTP errors are answers, not exceptions."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()
