"""Readers on hostile input: one bad record costs that record only (named by file and line),
a damaged archive keeps what came before the damage, what is unpacked is bounded, and what is
not a regular file is never read for ever. Each case runs under the caps of `capped`."""

from __future__ import annotations

import json
import os
import threading

import pytest

from bombs import PAGE, STORY, good_records, gz_truncated, jsonl_gz_bomb, repeated, warc_gz, warc_record
from capped import cli, python

READ = """
from newsgraph.ingest import read_inputs
from newsgraph.model import Article
for item in read_inputs({paths!r}):
    if isinstance(item, Article):
        print("ARTICLE", item.source_path, item.id)
    else:
        print("ERROR", str(item))
"""


def _read(paths, cwd, timeout=60):
    r = python(READ.format(paths=[str(p) for p in paths]), cwd=cwd, timeout=timeout)
    r.ok_limits()
    assert r.returncode == 0, r.stderr
    articles = [line.split(" ", 2)[1:] for line in r.stdout.splitlines() if line.startswith("ARTICLE ")]
    errors = [line[6:] for line in r.stdout.splitlines() if line.startswith("ERROR ")]
    for e in errors:
        assert "newsgraph bug" not in e, e
    return articles, errors


def test_bad_jsonl_records_cost_one_record_each(tmp_path):
    good = {"text": STORY}
    lines = [
        json.dumps(dict(good, id="g1")),
        json.dumps(dict(good, id="b2", authors=5)),
        json.dumps(dict(good, id="b3", tags=7)),
        '{"text": "x", "n": ' + "9" * 5000 + "}",
        "[" * 100_000 + "]" * 100_000,
        json.dumps(dict(good, id="b6", authors=[{"name": ["nested"]}])),
        "42",
        json.dumps(dict(good, id="g8", title=5, publisher={"name": 3}, url=7, published=["x"])),
        json.dumps(dict(good, id="g9")),
    ]
    (tmp_path / "bad.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, errors = _read(["bad.jsonl"], tmp_path)
    assert [a[1] for a in articles] == ["g1", "g8", "g9"]
    assert len(errors) == 6
    for n, e in zip((2, 3, 4, 5, 6, 7), errors):
        assert e.startswith(f"bad.jsonl#{n}") or e.startswith(f"bad.jsonl line {n}"), e
    assert "`authors` is a number" in errors[0] and "`tags` is a number" in errors[1]
    assert "too many digits" in errors[2]


def test_jsonl_gz_bomb_is_bounded_and_the_next_record_read(tmp_path):
    jsonl_gz_bomb(tmp_path / "bomb.jsonl.gz", 300 * 2**20)
    articles, errors = _read(["bomb.jsonl.gz"], tmp_path)
    assert [a[1] for a in articles] == ["after-the-bomb"]
    assert len(errors) == 1 and "bomb.jsonl.gz#1" in errors[0] and "over the 20 MB limit" in errors[0]


def test_warc_gz_with_a_huge_record_is_bounded(tmp_path):
    big = warc_record("https://news.example/big", 200 * 2**20, repeated(b"<p>" + b"a" * 65533, 200 * 2**20))
    warc_gz(tmp_path / "bomb.warc.gz", [big, *good_records(1)])
    articles, errors = _read(["bomb.warc.gz"], tmp_path)
    assert len(articles) == 1
    assert len(errors) == 1 and "bomb.warc.gz#1" in errors[0] and "over the 20 MB limit" in errors[0]


def test_truncated_warc_gz_keeps_the_records_before_the_damage(tmp_path):
    whole = warc_gz(tmp_path / "whole.warc.gz", good_records(20)).read_bytes()
    gz_truncated(tmp_path / "cut.warc.gz", whole, 0.66)
    articles, errors = _read(["cut.warc.gz"], tmp_path)
    assert 10 <= len(articles) < 20
    assert errors[-1].startswith("cut.warc.gz:") and "truncated or corrupt" in errors[-1]
    assert f"the {len(articles)} articles before the damage were read" in errors[-1]


def test_warc_record_without_uri_and_huge_length_is_a_clear_message(tmp_path):
    rec = warc_record(None, len(PAGE), [PAGE], content_length="9" * 30)
    (tmp_path / "odd.warc").write_bytes(b"".join(rec))
    articles, errors = _read(["odd.warc"], tmp_path)
    assert articles == [] and len(errors) == 1 and errors[0].startswith("odd.warc:")


def test_fifo_in_a_directory_is_skipped_not_waited_for(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.md").write_text(f"# Talks stall\n\n{STORY}\n", encoding="utf-8")
    os.mkfifo(d / "b.md")
    articles, errors = _read([d], tmp_path, timeout=30)
    assert len(articles) == 1
    assert errors == [f"{d / 'b.md'}: is a FIFO (named pipe), not a regular file; skipped"]


def test_device_is_refused(tmp_path):
    articles, errors = _read(["/dev/zero", "/dev/urandom"], tmp_path, timeout=30)
    assert articles == []
    assert errors == ["/dev/zero: is a character device, not a file", "/dev/urandom: is a character device, not a file"]


def test_endless_stdin_is_bounded(tmp_path):
    """`analyze -` reading from an endless pipe stops at the article limit with a message."""
    code = ("import subprocess, sys\n"
            "from newsgraph.ingest import read_inputs\n"
            "p = subprocess.Popen(['yes', 'The envoy said the talks had stalled.'], stdout=subprocess.PIPE)\n"
            "sys.stdin = open(p.stdout.fileno(), 'r', closefd=False)\n"
            "print([str(x) for x in read_inputs(['-'])])\n"
            "p.kill()\n")
    r = python(code, cwd=tmp_path, timeout=60)
    r.ok_limits()
    assert "over the 20 MB limit for one article" in r.stdout, r.stdout + r.stderr


def test_explicit_fifo_is_read_bounded(tmp_path):
    """A FIFO named on the command line (process substitution) is read, within the article limit."""
    fifo = tmp_path / "story.md"
    os.mkfifo(fifo)

    def feed():
        with open(fifo, "w", encoding="utf-8") as fh:
            fh.write(f"# Talks stall\n\n{STORY}\n")

    t = threading.Thread(target=feed, daemon=True)
    t.start()
    articles, errors = _read([fifo], tmp_path, timeout=30)
    t.join(5)
    assert len(articles) == 1 and errors == []


@pytest.mark.parametrize("name", ["story.md.gz", "story.txt.gz"])
def test_truncated_gzip_article_is_reported(tmp_path, name):
    import gzip

    data = gzip.compress(f"# Talks stall\n\n{STORY}\n".encode() * 200)
    (tmp_path / name).write_bytes(data[: len(data) // 2])
    articles, errors = _read([name], tmp_path)
    assert articles == [] and len(errors) == 1 and "not a valid gzip file" in errors[0]


def test_analyze_cli_on_a_directory_with_a_fifo_finishes(tmp_path):
    (tmp_path / "a.md").write_text(f"# Talks stall\n\n{STORY}\n", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    r = cli("analyze", ".", "-f", "jsonl", "-q", cwd=tmp_path, timeout=60)
    r.ok_limits()
    assert r.returncode == 1 and "pipe.txt: is a FIFO" in r.stderr
    assert len(r.stdout.splitlines()) == 1


def test_truncated_jsonl_gz_keeps_the_complete_lines(tmp_path):
    import gzip

    lines = "".join(json.dumps({"text": f"{STORY} Item {i}.", "id": str(i)}) + "\n" for i in range(200))
    data = gzip.compress(lines.encode())
    gz_truncated(tmp_path / "cut.jsonl.gz", data, 0.5)
    articles, errors = _read(["cut.jsonl.gz"], tmp_path)
    assert 50 < len(articles) < 200 and [a[1] for a in articles] == [str(i) for i in range(len(articles))]
    assert len(errors) == 1 and "truncated or corrupt" in errors[0] and "lines before the damage" in errors[0]


@pytest.mark.parametrize("depth", [300, 5000])
def test_deeply_nested_page_is_still_read(tmp_path, depth):
    body = "".join(f"<p>{STORY} Paragraph {i}.</p>" for i in range(4))
    page = ("<html><head><title>Deep</title></head><body>" + "<div>" * depth + f"<article><h1>Deep</h1>{body}"
            "</article>" + "</div>" * depth + "</body></html>")
    (tmp_path / "deep.html").write_text(page, encoding="utf-8")
    articles, errors = _read(["deep.html"], tmp_path)
    assert len(articles) == 1 and errors == []


def test_truncated_plain_warc_says_so(tmp_path):
    import gzip

    whole = gzip.decompress(warc_gz(tmp_path / "whole.warc.gz", good_records(20)).read_bytes())
    (tmp_path / "cut.warc").write_bytes(whole[: int(len(whole) * 0.66)])
    articles, errors = _read(["cut.warc"], tmp_path)
    assert 10 <= len(articles) < 20
    assert len(errors) == 1 and "truncated" in errors[0] and f"the {len(articles)} articles before it" in errors[0]
    (tmp_path / "ok.warc").write_bytes(whole + b"\r\n\r\n")
    articles, errors = _read(["ok.warc"], tmp_path)
    assert len(articles) == 20 and errors == []


def test_a_broken_url_or_a_lone_surrogate_keeps_the_record(tmp_path):
    """Neither is an article's fault: the record is read, without a domain / with U+FFFD."""
    lines = [
        json.dumps({"id": "u1", "text": STORY, "url": "http://["}),
        '{"id": "s2", "text": "The army said \\ud800 the truce holds. ' + STORY + '", "title": "Lone \\udc00"}',
    ]
    (tmp_path / "odd.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, errors = _read(["odd.jsonl"], tmp_path)
    assert [a[1] for a in articles] == ["u1", "s2"] and errors == []
    from newsgraph.ingest import read_inputs
    from newsgraph.model import Article

    article = next(a for a in read_inputs([str(tmp_path / "odd.jsonl")]) if isinstance(a, Article) and a.id == "s2")
    assert "\ufffd" in article.text and article.title == "Lone \ufffd"
    article.text.encode("utf-8")  # storable
