"""Bad input through the real command line: one clear line per bad input naming it and the
reason, the rest of the batch still analysed, the exit code saying whether anything failed,
and never a traceback."""

from __future__ import annotations

import gzip
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from ingest_helpers import make_warc

DATA = Path(__file__).parent / "data" / "ingest"

GOOD_MD = """# Ferry service to the islands resumes after storm

By [Jonas Berg](#)

The ferry service to the outer islands resumed on Thursday after a storm kept boats in port for three days, the operator said.

Harbour master Ingrid Solheim said the first crossing left at seven in the morning with about two hundred passengers and a lorry carrying fuel for the island's power station.
"""
TEXT = ("Café owners protest new tax\n\nThe owners of the cafés on the main square said on Monday that the "
        "new tax would force them to close. “We cannot pay this,” one owner said.\n")


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsgraph", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=600)


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """Every kind of bad input beside good ones, analysed in one run of `newsgraph analyze`."""
    d = tmp_path_factory.mktemp("batch")
    (d / "good.md").write_text(GOOD_MD, encoding="utf-8")
    (d / "cp1252.txt").write_bytes(TEXT.encode("cp1252"))
    (d / "latin1.txt").write_bytes(TEXT.replace("“", '"').replace("”", '"').encode("latin-1"))
    (d / "broken-utf8.txt").write_bytes(TEXT.encode("utf-8").replace(b"Monday", b"Mon\xffday"))
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.md").write_text("  \n\n \t\n")
    rng = random.Random(7)
    (d / "blob.bin").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    (d / "scan.html").write_bytes(b"%PDF-1.4\n" + bytes(rng.randrange(256) for _ in range(4096)))
    (d / "login.html").write_text("<html><head><title>Sign in</title></head><body><nav><a href='/'>Home</a>"
                                  "</nav><form><input name='user'><button>Sign in</button></form></body></html>")
    (d / "wire.jsonl").write_bytes((DATA / "wire.jsonl").read_bytes())
    make_warc(d / "crawl.warc.gz", [
        ("https://www.coastal-ledger.example/strike", "text/html", (DATA / "harbour-strike.html").read_bytes(), "200 OK"),
        ("https://www.coastal-ledger.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64), "200 OK"),
    ])
    (d / "broken.txt.gz").write_bytes(b"\x1f\x8b\x08\x00" + b"not really gzip" * 10)
    (d / "notes.md.gz").write_bytes(gzip.compress(GOOD_MD.replace("Ferry", "Bus").encode()))
    (d / "empty-dir").mkdir()
    with open(d / "huge.txt", "wb") as fh:  # 50 MB of text: too big to be one article
        line = b"The council met again and talked at length about the budget for next year.\n"
        fh.write(line * (50 * 2**20 // len(line) + 1))
    inputs = ["good.md", "cp1252.txt", "latin1.txt", "broken-utf8.txt", "empty.txt", "blank.md", "blob.bin",
              "scan.html", "login.html", "wire.jsonl", "crawl.warc.gz", "broken.txt.gz", "notes.md.gz",
              "empty-dir", "huge.txt", "missing.md"]
    result = _cli("analyze", *inputs, "--format", "json", "-o", "out", cwd=d)
    return d, result


# (input as named in the message, what the reason must say)
FAILURES = [
    ("missing.md", "no such file or directory"),
    ("empty.txt", "file is empty"),
    ("blank.md", "file is empty"),
    ("blob.bin", "binary file, not text"),
    ("scan.html", "binary file, not text"),
    ("login.html", "HTML holds no article"),
    ("wire.jsonl line 2", "not valid JSON"),
    ("wire.jsonl#4", "no `text` or `html` field"),
    ("crawl.warc.gz#3", "is image/png, not HTML"),
    ("broken.txt.gz", "not a valid gzip file"),
    ("empty-dir", "directory holds no article files"),
    ("huge.txt", "over the 20 MB limit"),
]
ANALYSED = ["good", "cp1252", "latin1", "broken-utf8", "wire-1", "wire-3", "crawl-2", "notes"]


def _skipped_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("newsgraph: skipped ")]


@pytest.mark.parametrize("name, reason", FAILURES, ids=[f[0] for f in FAILURES])
def test_each_bad_input_gets_one_line_naming_it_and_the_reason(batch, name, reason):
    _, result = batch
    lines = [line for line in _skipped_lines(result.stderr) if line.startswith(f"newsgraph: skipped {name}: ")]
    assert len(lines) == 1, result.stderr
    assert reason in lines[0]


def test_nothing_else_is_reported_and_no_traceback(batch):
    _, result = batch
    assert "Traceback" not in result.stderr
    assert len(_skipped_lines(result.stderr)) == len(FAILURES), result.stderr
    assert f"newsgraph: {len(ANALYSED)} analysed, {len(FAILURES)} failed" in result.stderr


def test_rest_of_batch_still_goes_through(batch):
    d, _ = batch
    assert sorted(p.stem for p in (d / "out").glob("*.json")) == sorted(ANALYSED)


def test_exit_code_says_something_failed(batch):
    assert batch[1].returncode == 1


@pytest.mark.parametrize("name, must_read", [
    ("cp1252", "“We cannot pay this,” one owner said."),
    ("latin1", "the cafés on the main square"),
    ("broken-utf8", "the cafés on the main square"),
])
def test_other_encodings_are_read(batch, name, must_read):
    d, _ = batch
    article = json.loads((d / "out" / f"{name}.json").read_text(encoding="utf-8"))["article"]
    assert must_read in article["text"]
    assert article["title"] == "Café owners protest new tax"


def test_all_good_batch_exits_zero(tmp_path):
    (tmp_path / "good.md").write_text(GOOD_MD, encoding="utf-8")
    result = _cli("analyze", "good.md", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "skipped" not in result.stderr
    assert json.loads(result.stdout)["article"]["title"] == "Ferry service to the islands resumes after storm"


def test_only_bad_input_exits_nonzero_with_one_line(tmp_path):
    result = _cli("analyze", "nowhere.md", cwd=tmp_path)
    assert result.returncode == 1
    assert _skipped_lines(result.stderr) == ["newsgraph: skipped nowhere.md: no such file or directory"]
    assert "Traceback" not in result.stderr and result.stdout.strip() in ("", "[]")
