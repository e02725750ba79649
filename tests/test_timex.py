"""Time expressions resolved against the published date."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph import timex

PUB = dt.date(2020, 1, 13)  # a Monday


@pytest.mark.parametrize("text, date, precision", [
    ("On January 9, the army said", "2020-01-09", "day"),
    ("In December the talks failed", "2019-12-01", "month"),
    ("on Friday the envoy met them", "2020-01-10", "day"),
    ("It began in 2019 already", "2019-01-01", "year"),
    ("signed on 3 March 2021 in Doha", "2021-03-03", "day"),
    ("signed on March 3, 2021 in Doha", "2021-03-03", "day"),
    ("The strike yesterday killed four", "2020-01-12", "day"),
    ("published 2019-11-30 by the ministry", "2019-11-30", "day"),
])
def test_resolves(text, date, precision):
    ref = timex.first_date(text, PUB)
    assert ref is not None and ref.date.isoformat() == date and ref.precision == precision
    assert text[ref.start:ref.end] == ref.text


@pytest.mark.parametrize("text", [
    "Days earlier, the rebels had withdrawn.",
    "The army may 5 times have tried.",
    "No time is given here.",
    "On 31 February 2020 nothing happened.",
])
def test_no_date_rather_than_a_guess(text):
    assert timex.first_date(text, PUB) is None


def test_relative_dates_need_a_published_date():
    assert timex.first_date("on Friday the envoy met them", None) is None
    assert timex.first_date("On January 9 the envoy met them", None) is None


def test_prefilter_passes_over_only_texts_without_a_time(monkeypatch):
    """timex._ANY skips a text with no digit, month, weekday or 'today': the same answers as
    running every pattern, on sentences with and without times."""
    import datetime as dt
    import re

    from newsgraph import timex

    texts = ["Talks resumed on Monday.", "He left in May 2019, and again on 5 June.", "Nothing here at all.",
             "YESTERDAY the envoy spoke; this morning he did not.", "They may go.", "In 1999 the war began.",
             "Tonight, Sept. 12th", "since Dec", "the 3rd of March", "It was said today"]
    pub = dt.date(2020, 3, 4)
    got = [[(r.start, r.end, r.date, r.rule) for r in timex.find(t, pub, s, e)]
           for t in texts for s, e in ((0, None), (3, len(t) - 2))]
    monkeypatch.setattr(timex, "_ANY", re.compile(""))  # no prefilter: every pattern runs
    assert got == [[(r.start, r.end, r.date, r.rule) for r in timex.find(t, pub, s, e)]
                   for t in texts for s, e in ((0, None), (3, len(t) - 2))]
    assert sum(map(bool, got)) >= 10
