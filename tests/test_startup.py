"""What makes `newsgraph analyze one.md` start quicker changes nothing else: spaCy imported without
its command line still offers `spacy.info` and `spacy.cli`; the pipeline's tokenizer, loaded without
spaCy's default one first, is byte for byte the package's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = str(Path(__file__).resolve().parent.parent / "src")

PROBE = """
import sys
from newsgraph._spacy_start import import_spacy
spacy = import_spacy()
print("cli imported:", "spacy.cli" in sys.modules)
print("stand-in left:", "spacy.cli.info" in sys.modules and not hasattr(sys.modules["spacy.cli.info"], "info_cli"))
print("info:", spacy.info()["spacy_version"] == spacy.__version__)
print("cli:", callable(spacy.cli.download))
from spacy.cli.info import info_cli
print("info_cli:", callable(info_cli))
"""


def _probe(**env: str) -> list[str]:
    environ = {**os.environ, "PYTHONPATH": SRC, **env}
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=environ, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()


def test_spacy_imported_without_its_cli_still_offers_it():
    assert _probe(NEWSGRAPH_SPACY_CLI="0") == [
        "cli imported: False", "stand-in left: False", "info: True", "cli: True", "info_cli: True"]


def test_spacy_cli_imported_as_usual_when_asked():
    assert _probe(NEWSGRAPH_SPACY_CLI="1")[0] == "cli imported: True"


def test_the_model_is_loaded_without_spacy_cli_and_spacy_imported_first_is_left_alone():
    code = ("import sys\nfrom newsgraph import nlp\nnlp.load()\nprint('spacy.cli' in sys.modules)")
    environ = {**os.environ, "PYTHONPATH": SRC, "NEWSGRAPH_SPACY_CLI": "0"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environ, timeout=120)
    assert out.stdout.split() == ["False"], out.stderr
    code = ("import sys, spacy\nfrom newsgraph._spacy_start import import_spacy\n"
            "print(import_spacy() is spacy, 'spacy.cli' in sys.modules, spacy.info is sys.modules['spacy.cli.info'].info)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environ, timeout=120)
    assert out.stdout.split() == ["True", "True", "True"], out.stderr


def test_tokenizer_and_config_are_the_packages():
    import spacy

    from newsgraph import nlp

    ours = nlp.load.__wrapped__()  # a fresh one: the shared pipeline's vocabulary grows with every text parsed
    theirs = spacy.load(nlp.MODEL, exclude=["senter"])
    assert ours.tokenizer.to_bytes() == theirs.tokenizer.to_bytes()
    assert set(ours.vocab.strings) == set(theirs.vocab.strings)
    assert ours.config == theirs.config
    text = "Don't stop: the U.S.-led talks (e-mail info@un.org, https://un.org/a?b=1) resumed at 9am."
    assert [t.text_with_ws for t in ours(text)] == [t.text_with_ws for t in theirs(text)]


def test_own_command_line_ends_with_the_collector_frozen_a_callers_argv_not(capsys):
    import gc

    from newsgraph import cli

    assert cli.main([]) == 2  # no command: help, in this (test) process
    assert gc.get_freeze_count() == 0
    code = "import gc, sys\nsys.argv = ['newsgraph']\nfrom newsgraph.cli import main\nrc = main()\nprint(rc, gc.get_freeze_count() > 0)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": SRC}, timeout=120)
    assert out.stdout.split()[-2:] == ["2", "True"], out.stderr


def test_model_frozen_out_of_the_collector_only_in_the_commands_own_process():
    import gc

    from newsgraph import nlp

    nlp.load()
    assert not nlp.OWN_PROCESS and gc.get_freeze_count() == 0  # a library caller's process: as it was
    code = ("import gc\nfrom newsgraph import nlp\nnlp.OWN_PROCESS = True\nbefore = gc.get_threshold()\n"
            "n = nlp.load()\nprint(gc.get_threshold() == before, gc.get_freeze_count() > 100_000, len(n('It works.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": SRC}, timeout=120)
    assert out.stdout.split() == ["True", "True", "3"], out.stderr
