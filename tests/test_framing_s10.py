"""Framing signals, ninth round (signals9, session 10, issue 11): devices of the writer's own voice
that no word list catches (scare quotes, rhetorical questions) and verbs that judge what they report
("lied", "boasted", "admitted"). Classes from a review of 29 unseen pages (ordering salt
"s10-signals9"); every sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import analyze_text


def _signals(analyzer, text):
    return [(s.kind, s.text, s.rule) for s in analyze_text(analyzer, text).signals]


def _of_rule(signals, part):
    return [t for _, t, r in signals if part in r]


# Scare quotes: quotation marks round a word or two of the writer's own prose, citing nobody.
@pytest.mark.parametrize("text,quoted", [
    ('The governor offered a "compromise" that gave the unions nothing at all.', '"compromise"'),
    ("The ministry's paper-thin \u201creport\u201d on the floods was put together in an afternoon.",
     "\u201creport\u201d"),
    ('Critics of the "reform" want it to cut pensions by a third for most workers.', '"reform"'),
    ('The junta began a "transition" that has now lasted six years.', '"transition"'),
])
def test_scare_quotes_in_the_writers_voice(analyzer, text, quoted):
    signals = _signals(analyzer, text)
    assert quoted in _of_rule(signals, "scare-quotes"), signals
    assert [k for k, t, r in signals if "scare-quotes" in r] == ["loaded_language"]


@pytest.mark.parametrize("text", [  # someone's words, a name, a title, a word for a word
    'The ministry said the talks were "constructive" and would resume on Monday.',
    'The rebels described the offer as "insulting" and walked out of the talks.',
    '"Enough," the mayor told reporters after the vote on the new budget.',
    'Protesters marched behind "free the prisoners" banners through the capital.',
    'The senator joined the "Gang of Eight" that drafted the immigration bill.',
    'Officials banned the word "strike" from the union\'s posters.',
    'The opposition leader, as one rival put it, was "a spent force" by the spring.',
    'The party\'s campaign is run by a "VIP" team in the capital this year.',
    'The base lies inside a 55-kilometre "buffer zone" along the highway.',  # a term of two words
    'Hundreds of the files were later upgraded to "secret" by the agency.',  # a grade
    'Voters in "blue" districts turned out in large numbers on Tuesday.',  # a political side
])
def test_quotations_of_others_are_not_scare_quotes(analyzer, text):
    assert not _of_rule(_signals(analyzer, text), "scare-quotes")


def test_a_list_after_a_colon_is_someones_words(analyzer):
    text = ("Refugee policy divides the candidates in the state.\n\nThe aid worker argued that:\n\n"
            "l The camps here are \"entirely different\" from those in Europe.\n\n"
            "l Most families \"never arrive\" in the capital.")
    assert not _of_rule(_signals(analyzer, text), "scare-quotes")


# Rhetorical questions: a question the writer puts in the run of an argument.
@pytest.mark.parametrize("text,question", [
    ("The council voted for the stadium on Tuesday. But who will pay for it when the money runs out? "
     "Nobody at the town hall seems to know.", "But who will pay for it when the money runs out?"),
    ("The general has broken every promise he made. Why would anyone believe his word on the truce now?",
     "Why would anyone believe his word on the truce now?"),
    ("So what is a broken window compared to the quiet violence of closing every clinic in the valley?",
     "So what is a broken window compared to the quiet violence of closing every clinic in the valley?"),
])
def test_rhetorical_questions(analyzer, text, question):
    signals = _signals(analyzer, text)
    assert [(k, t) for k, t, r in signals if "rhetorical" in r] == [("rhetorical_question", question)], signals


@pytest.mark.parametrize("text", [
    # inside a quotation: the speaker's question
    'The farmer shook his head. "Who will buy our wheat if the border stays closed all winter?" he asked.',
    # a sub-heading standing as its own paragraph, and one of under five words
    "The vote is due on Friday.\n\nWhat happens next?\n\nThe bill goes to the senate. Why? The rules say so.",
    # a lead-in to a call to action
    "The council met on Monday. Want more updates from the council meeting? Sign up for our newsletter.",
    # an interview's question
    "The minister spoke to us on Monday.\n\nQ: Will the government raise the fuel tax again next year?",
    # a block quotation after a colon
    "The author is blunt about it. As she writes:\n\nWill voters ever forgive a party that broke its promises?",
])
def test_questions_that_are_not_the_writers(analyzer, text):
    assert not _of_rule(_signals(analyzer, text), "rhetorical")


# "lie" as a verb of deceit.
@pytest.mark.parametrize("text,word", [
    ("The minister lied to parliament about the arms deal.", "lied"),
    ("After lying that he had never met the contractor, the mayor changed his story.", "lying"),
    ("This is a government that lies as easily as it breathes.", "lies"),
])
def test_lie_as_a_verb_of_deceit(analyzer, text, word):
    assert word in _of_rule(_signals(analyzer, text), ":lie:")


@pytest.mark.parametrize("text", [
    "The problem lies in the budget, the auditors found.",
    "The village lies five kilometres from the border.",
    "Hard times lie ahead for the fishing towns of the coast.",
    "Wounded soldiers were lying on the road when the convoy arrived.",
    "The victims were laid to rest on Sunday.",
])
def test_lie_of_place_is_not_loaded(analyzer, text):
    assert not _of_rule(_signals(analyzer, text), ":lie:")


# Verbs of speech that judge what they report: boast, brag, gloat, admit.
@pytest.mark.parametrize("text,word", [
    ("The governor boasted of his record on jobs at the rally.", "boasted"),
    ("The mayor boasted that crime had fallen by half.", "boasted"),
    ("The senator bragged about the deal to a crowd of donors.", "bragged"),
    ("The minister admitted that the figures were wrong.", "admitted"),
    ("He later admitted making the remarks to a reporter.", "admitted"),
    ("The contractor admitted to falsifying the safety reports.", "admitted"),
])
def test_judging_verbs_of_speech(analyzer, text, word):
    signals = _signals(analyzer, text)
    assert [t for k, t, r in signals if k == "loaded_language" and t == word], signals


@pytest.mark.parametrize("text", [
    "The city boasts a new museum and two large parks.",
    "Two soldiers were admitted to hospital with burns.",
    "Thousands of refugees admitted to the country last year found work.",
    "The club will admit new members in the spring.",
    "Nobody will admit what the plan costs.",
])
def test_neutral_senses_of_boast_and_admit(analyzer, text):
    signals = _signals(analyzer, text)
    assert not [t for k, t, r in signals if any(f":{w}:" in r for w in ("boast", "admit"))], signals
