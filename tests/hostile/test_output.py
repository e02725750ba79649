"""Output never destroys anything: not an input, a device, a FIFO, a link's target; a file
appears only when complete; `-o -` is standard output; every refusal is one line, exit 1."""

from __future__ import annotations

import errno
import json
import os
import stat

import pytest

from capped import cli

STORY = "Talks stall\n\nThe envoy said on Monday that the talks had stalled over the exchange of prisoners.\n"


@pytest.fixture()
def inputs(tmp_path):
    (tmp_path / "a.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.md").write_text(STORY.replace("Monday", "Tuesday"), encoding="utf-8")
    return tmp_path


def _same(path, text):
    assert path.read_text(encoding="utf-8") == text


def test_output_onto_its_own_input_is_refused(inputs):
    r = cli("analyze", "a.md", "-f", "md", "-o", "a.md", cwd=inputs)
    assert r.returncode == 1 and "is one of the inputs" in r.stderr and "a.md" in r.stderr
    _same(inputs / "a.md", STORY)
    r.ok_limits()


def test_output_folder_holding_the_inputs_never_overwrites_them(inputs):
    r = cli("analyze", "a.md", "b.md", "-f", "md", "-o", ".", cwd=inputs)
    assert r.returncode == 1 and r.stderr.count("is one of the inputs") == 2
    _same(inputs / "a.md", STORY)
    _same(inputs / "b.md", STORY.replace("Monday", "Tuesday"))


def test_hard_link_to_an_input_is_recognised(inputs):
    os.link(inputs / "a.md", inputs / "alias.md")
    r = cli("analyze", "a.md", "-f", "md", "-o", "alias.md", cwd=inputs)
    assert r.returncode == 1 and "is one of the inputs" in r.stderr
    _same(inputs / "a.md", STORY)


def test_one_report_file_for_two_inputs_is_refused_not_made_a_folder(inputs):
    r = cli("analyze", "a.md", "b.md", "-f", "html", "-o", "two.html", cwd=inputs)
    assert r.returncode == 1 and "give a directory" in r.stderr and "two.html" in r.stderr
    assert not (inputs / "two.html").exists()


def test_two_inputs_into_one_jsonl_file(inputs):
    r = cli("analyze", "a.md", "b.md", "-f", "jsonl", "-o", "all.jsonl", "-q", cwd=inputs)
    assert r.returncode == 0, r.stderr
    assert len((inputs / "all.jsonl").read_text().splitlines()) == 2


@pytest.mark.parametrize("target,what", [("/dev/null", "character device"), ("fifo", "FIFO")])
def test_device_or_fifo_is_never_replaced(inputs, target, what):
    if target == "fifo":
        os.mkfifo(inputs / "fifo")
    r = cli("analyze", "a.md", "-o", target, cwd=inputs)
    assert r.returncode == 1 and what in r.stderr
    path = inputs / target if target == "fifo" else target
    mode = os.lstat(path).st_mode
    assert stat.S_ISFIFO(mode) if target == "fifo" else stat.S_ISCHR(mode)


def test_symbolic_link_is_not_written_through(inputs, tmp_path_factory):
    outside = tmp_path_factory.mktemp("outside") / "precious.txt"
    outside.write_text("keep me")
    (inputs / "link.json").symlink_to(outside)
    r = cli("analyze", "a.md", "-o", "link.json", cwd=inputs)
    assert r.returncode == 1 and "symbolic link" in r.stderr
    assert outside.read_text() == "keep me" and (inputs / "link.json").is_symlink()


def test_dash_is_standard_output(inputs):
    r = cli("analyze", "a.md", "-f", "json", "-o", "-", cwd=inputs)
    assert r.returncode == 0, r.stderr
    assert "envoy" in json.loads(r.stdout)["article"]["text"]
    assert not (inputs / "-").exists()


def test_missing_folder_named_and_nothing_written(inputs):
    r = cli("analyze", "a.md", "-o", "nowhere/out.json", cwd=inputs)
    assert r.returncode == 1 and "nowhere" in r.stderr and "does not exist" in r.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_is_a_clear_error(inputs):
    ro = inputs / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        r = cli("analyze", "a.md", "-o", "ro/out.json", cwd=inputs)
        assert r.returncode == 1 and "ro/out.json" in r.stderr and "permission denied" in r.stderr
        assert list(ro.iterdir()) == []
    finally:
        ro.chmod(0o755)


def test_full_disk_leaves_the_old_file_and_no_part_file(tmp_path, monkeypatch):
    """ENOSPC in the middle of writing: the old output stays whole, no temporary file remains."""
    from newsgraph import output
    from newsgraph.errors import OutputError

    target = tmp_path / "out.json"
    target.write_text("old content")

    with pytest.raises(OutputError, match="disk is full"):
        with output.atomic(str(target)) as fh:
            fh.write("new")
            raise OSError(errno.ENOSPC, "No space left on device")
    assert target.read_text() == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_file_size_limit_mid_write_leaves_no_truncated_file(inputs):
    """A real short write (RLIMIT_FSIZE, as a full disk would do): exit 1, no file at all."""
    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))\n"
        "from newsgraph.cli import main\n"
        "code = main(['analyze', 'a.md', '-f', 'json', '-o', 'out.json'])\n"
        "print('EXIT', code)\n"
    )
    from capped import python

    r = python(code, cwd=inputs)
    assert "EXIT 1" in r.stdout, r.stderr
    assert "out.json" in r.stderr and "cannot write" in r.stderr
    assert sorted(p.name for p in inputs.iterdir()) == ["a.md", "b.md"]


def test_export_refuses_the_database_and_devices(tmp_path):
    from newsgraph.cli import main

    db = tmp_path / "c.db"
    assert main(["ingest", "--db", str(db), "-q"]) == 0
    assert main(["export", "--db", str(db), "-f", "csv", "-o", str(db)]) == 1
    assert main(["export", "--db", str(db), "-o", "/dev/null", "-f", "csv"]) == 1
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_export_to_standard_output(tmp_path, capfd):
    from newsgraph.cli import main

    db = tmp_path / "c.db"
    assert main(["ingest", "--db", str(db), "-q"]) == 0
    assert main(["export", "--db", str(db), "-t", "actors", "-f", "csv", "-o", "-"]) == 0
    assert capfd.readouterr().out.startswith("actor_id,name,kind")
    assert not (tmp_path / "-").exists()
