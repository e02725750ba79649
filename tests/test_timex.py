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
