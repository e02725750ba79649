"""Speed-only rewrites of rule helpers give what the plain code gives."""

from __future__ import annotations

import random

from newsgraph.actors import lexicon, stage


def _shouting_plain(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 20 and sum(c.isupper() for c in letters) / len(letters) > 0.8


def test_shouting_counts_letters_and_capitals_as_the_characters_tests_do():
    rnd = random.Random(7)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij 0123,.;'\n-éÉßǅⒶΣσ“”İıﬁ"  # titlecase, So uppercase, ligature
    texts = ["", "RECEP TAYYIP ERDOGAN SAID ON MONDAY", "Recep Tayyip Erdogan said on Monday", "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ ok"]
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60))) for _ in range(5000)]
    assert sum(map(_shouting_plain, texts)) > 50  # both answers occur
    for text in texts:
        assert stage._shouting(text) == _shouting_plain(text), text


def test_role_at_gives_the_same_when_it_remembers_a_word():
    for words in (["Mr", "Smith"], ["President", "Obama"], ["foreign", "minister", "Lavrov"], ["the"], ["Ministers"]):
        first = lexicon.role_at(words)
        assert lexicon.role_at(words) == first  # the second time from the kept words
    assert lexicon.role_at(["president"]) is not None and lexicon.role_at(["zzzq"]) is None


def test_starts_no_role_is_only_true_for_words_role_at_turned_down():
    assert lexicon.role_at(["Qwxzz", "said"]) is None and lexicon.starts_no_role("Qwxzz")
    assert lexicon.role_at(["President", "Obama"]) is not None and not lexicon.starts_no_role("President")
    assert not lexicon.starts_no_role("a word never asked about")


def test_timex_any_in_equals_the_window_search():
    """timex._any_in (the whole text's _ANY matches, found once) says what _ANY.search of the window says,
    also for windows cut inside a match ("Mon|day", "this |morning"), texts changed between calls, and texts
    with characters that fold to ASCII or digits that are not ASCII."""
    import random

    from newsgraph import timex

    rng = random.Random(4)
    pieces = ["Mon", "day", "Monday", "this ", "morning", "1", "May", "Ma", "y", " ", "x", "TODAY", "tonight",
              "Dec", "ec", "\n", "Sunday", "yester", "é", "Thursday", "AFTERNOON", "this afternoon", "Yesterday",
              "22", "Jan", "Ja"]
    odd = ["\u0130", "\u017f", "\u212a", "\u0663", "THIS MORNING"]  # folds to ASCII, an Arabic-Indic digit
    for n in range(3000):  # every other text may hold one of them (the lower-cased search is not used)
        choices = pieces + [odd[n % len(odd)]] if n % 2 else pieces
        text = "".join(rng.choice(choices) for _ in range(rng.randint(0, 40)))
        for _ in range(20):
            a = rng.randint(0, len(text))
            b = rng.randint(a, len(text))
            assert timex._any_in(text, a, b) == bool(timex._ANY.search(text[a:b])), (text, a, b)
