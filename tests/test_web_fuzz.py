"""A bounded fuzz run of the API from its own OpenAPI spec (schemathesis): no request gets a 500.

Every operation of /openapi.json gets a few generated requests (hypothesis, derandomised, so a
run is repeatable) against a real server on loopback.
"""

from __future__ import annotations

import os
import time

import pytest

from web_helpers import build_corpus, serve

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

pytestmark = pytest.mark.timeout(900)
EXAMPLES = int(os.environ.get("NEWSGRAPH_FUZZ_EXAMPLES", "10"))  # per operation; raise it for a longer hunt
BUDGET_S = int(os.environ.get("NEWSGRAPH_FUZZ_SECONDS", "300"))  # the whole run


def test_api_fuzz_finds_no_server_error(tmp_path):
    db = build_corpus(tmp_path / "fuzz")
    started = time.monotonic()
    failures: list[str] = []
    ran = 0
    with serve(db) as base:
        schema = schemathesis.openapi.from_url(base + "/openapi.json")
        operations = [op.ok() for op in schema.get_all_operations()]
        assert len(operations) >= 15
        for op in operations:
            assert time.monotonic() - started < BUDGET_S, f"fuzz run over its {BUDGET_S}s budget after {ran} operations"

            @given(case=op.as_strategy())
            @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                      suppress_health_check=list(HealthCheck))
            def run(case):
                case.call_and_validate(checks=[not_a_server_error], timeout=60)

            try:
                run()
            except Exception as e:  # noqa: BLE001 - collect every operation's failure, then report them all
                failures.append(f"{op.method.upper()} {op.path}: {str(e)[:600]}")
            ran += 1
    assert not failures, "\n".join(failures)
    assert ran == len(operations)
