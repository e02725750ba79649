"""Speaker lines ("Name: words"): a label before a colon that names no person or organisation is no
speaker (issue 11: code identifiers, numbered labels, common words the article writes in small letters,
a letter's salutation), while transcript turns and headline speakers stay speakers.

Every text here is invented for the test; none comes from a gold set or the founding example.
"""

from __future__ import annotations

import pytest

from conftest import analyze_text


def _speaker_line_speakers(an) -> list[str | None]:
    names = {a.id: a.name for a in an.actors}
    return [names.get(s.speaker) for s in an.statements if "speaker-line" in s.rule]


@pytest.mark.parametrize("text", [
    # identifiers of code
    "Running the loop again fails.\nKeyError: the key 'id' is missing from the record.",
    "Two errors came up.\nIndexError: list index out of range on the second run.",
    "The file sets two options.\nDisabledByDefault: true for every rule we ship in this release.",
    # numbered labels
    "Two routes are open.\nRoute A: through the valley, four hours on foot.\nRoute B: over the pass, six hours.",
    "Three plans were tabled.\nPlan C: the town council pays for the bridge alone.",
    # common words the article also writes in small letters
    "You need three things for the cake.\nBrown Sugar: any brown sugar works, light or dark.\n"
    "Almond Milk: use unsweetened almond milk if you can.",
    # a letter's salutation names the one written to, not the writer
    "Readers wrote in this week.\nDear Margot Hale: My neighbour keeps parking across my drive.",
])
def test_line_labels_are_no_speakers(analyzer, text):
    an = analyze_text(analyzer, text)
    assert _speaker_line_speakers(an) == []


@pytest.mark.parametrize("text, speaker", [
    ("The interview was recorded on Monday.\nAnchor: Good evening and welcome to the programme.", "Anchor"),
    ("Senator Dana McCoy spoke after the vote.\nMcCoy: We will not give up on this bill.", "McCoy"),
    ("Pedro Alvarez, the union's leader, met workers.\nAlvarez: The strike goes on until the pay rises.",
     "Alvarez"),
])
def test_speakers_of_lines_stay(analyzer, text, speaker):
    an = analyze_text(analyzer, text)
    assert any(s is not None and speaker in s for s in _speaker_line_speakers(an))
