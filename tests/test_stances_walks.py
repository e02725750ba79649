"""Walks up the parse end at the root: spaCy makes a new Token object at each access, so a walk that stops
on `tok.head is tok` never stops (speed11: one PolNeAR train article never returned from the stances stage)."""

import threading

from newsgraph.stances import topics


def _returns(f, *args, seconds: float = 10.0):
    out = []
    t = threading.Thread(target=lambda: out.append(f(*args)), daemon=True)
    t.start()
    t.join(seconds)
    assert out, f"{f.__name__} did not return in {seconds} s"
    return out[0]


def test_asked_to_ends_at_a_root_that_is_no_verb(nlp):
    doc = nlp("Her plan for the northern border.")  # a headline with no verb: the noun is the root
    plan = next(t for t in doc if t.lower_ == "plan")
    assert plan.head.i == plan.i
    assert _returns(topics._asked_to, plan) is False


def test_asked_to_still_reads_a_request(nlp):
    doc = nlp("The minister urged Kenya to reconsider its decision.")
    decision = next(t for t in doc if t.lower_ == "decision")
    assert topics._asked_to(decision) is True
