"""Framing signals, seventh round (issue 11): classes found on unseen pages, tested on invented sentences."""

from __future__ import annotations

import pytest

from conftest import analyze_text


def _signals(analyzer, text):
    return [(s.kind, s.text) for s in analyze_text(analyzer, text).signals]


# One claim the statements stage reads twice ("sources told X" as an unattributed cue and "sources" as a
# vague speaker) is one vague_attribution signal, not also an unattributed_claim over the same words.
@pytest.mark.parametrize("text,part", [
    ("Wheat prices rose after sources told the agency that Canada would cut its exports.", "sources told"),
    ("The mayor quit on Friday, according to sources who know the family.", "according to sources"),
])
def test_claim_read_twice_is_one_vague_signal(analyzer, text, part):
    signals = _signals(analyzer, text)
    vague = [t for k, t in signals if k == "vague_attribution" and part in t]
    assert vague, signals
    assert not [t for k, t in signals if k == "unattributed_claim" and part in t], signals


# A guess at what unnamed people may think or say cites nobody.
@pytest.mark.parametrize("text", [
    "People will begin to think the mayor must be hiding something.",
    "The delay helps me understand why people might question the results.",
    "Some people might think that the protesters are fighting against good policies.",
])
def test_guess_at_what_people_think_is_not_vague(analyzer, text):
    signals = _signals(analyzer, text)
    assert not [t for k, t in signals if k == "vague_attribution"], signals


@pytest.mark.parametrize("text,part", [  # guard: a vague source that does speak stays
    ("Some residents said the water was unsafe to drink.", "Some residents said"),
    ("Officials said the bridge would reopen in May.", "Officials said"),
    ("Critics will say the plan costs too much.", "Critics will say"),
])
def test_vague_sources_that_speak_stay(analyzer, text, part):
    signals = _signals(analyzer, text)
    assert [t for k, t in signals if k == "vague_attribution" and part in t], signals


# A capitalised loaded word inside a person's name is the name ("Helen Slaughter", "Mark Savage").
@pytest.mark.parametrize("text", [
    "The letter was signed by the novelist Helen Slaughter and forty other writers.",
    "Signatories included Mark Savage, a historian, and Jane Brutal of the institute.",
])
def test_loaded_word_in_a_persons_name(analyzer, text):
    signals = _signals(analyzer, text)
    assert not [t for k, t in signals if k in ("loaded_language", "name_calling")], signals


def test_loaded_word_as_a_word_stays(analyzer):  # guard
    signals = _signals(analyzer, "The novelist Helen Gray described a brutal campaign of slaughter.")
    flagged = {t.lower() for k, t in signals if k == "loaded_language"}
    assert {"brutal", "slaughter"} <= flagged, signals


# "Nazi" in a text about Hitler's party describes it; pinned on people today it is a label, plural too.
def test_nazi_in_a_text_about_the_nazis(analyzer):
    signals = _signals(analyzer, "The Nazi leader was sentenced to five years for treason after Hitler's coup failed.")
    assert not [t for k, t in signals if k == "name_calling"], signals


def test_nazis_pinned_on_rivals(analyzer):
    signals = _signals(analyzer, "The senator called his rivals Nazis and thugs.")
    assert ("name_calling", "Nazis") in signals, signals


# "supposedly", "purportedly" cast doubt in the writer's voice and name no source: loaded, not vague.
@pytest.mark.parametrize("text,word", [
    ("Supposedly secret files were leaked by his staff, the columnist wrote.", "Supposedly"),
    ("The purportedly independent panel was chosen by the minister.", "purportedly"),
])
def test_doubt_words_are_loaded_not_vague(analyzer, text, word):
    signals = _signals(analyzer, text)
    assert ("loaded_language", word) in signals, signals
    assert not [t for k, t in signals if k in ("vague_attribution", "unattributed_claim")], signals


def test_reportedly_stays_vague(analyzer):  # guard
    signals = _signals(analyzer, "He reportedly told friends the interview was a success.")
    assert [t for k, t in signals if k == "vague_attribution" and "reportedly" in t], signals


# Unnamed staff and party people as sources, before or after the verb, and "according to a person ...".
@pytest.mark.parametrize("text,part", [
    ('"The governor misled everyone," said one party operative in the county.', "one party operative"),
    ("The deal collapsed late on Friday, a Democratic strategist said.", "a Democratic strategist said"),
    ("The minister left before the vote, one staffer told reporters.", "one staffer told"),
    ("The two women met at a dinner in March, according to a person at the dinner.", "according to a person"),
    # reports nobody is named for, received by the one writing
    ("The agency has received reports that the border crossing was closed again.", "received reports that"),
    ("We received reports of shelling near the airport overnight.", "received reports of"),
    # a portrayal with no one named who portrays
    ("He rejected what has been portrayed as a secret channel to the rebels.", "portrayed as"),
    ("The envoy's role has been characterised as a purely private one.", "characterised as"),
])
def test_seventh_round_vague_sources(analyzer, text, part):
    signals = _signals(analyzer, text)
    assert [t for k, t in signals if k == "vague_attribution" and part in t], signals


@pytest.mark.parametrize("text", [  # guards
    '"We will win," said a senior aide, Tom Reed, on Monday.',
    "He told a lawmaker that the vote would fail.",
    "He said an official had leaked the memo.",
    "According to a statement from the ministry, the talks will resume.",
    "The film portrayed him as a hero.",
    "In the altarpiece the saint was depicted as a penitent.",  # a work of art shows it
    "The wall was painted as part of the renovation.",
])
def test_seventh_round_named_or_listening_not_vague(analyzer, text):
    signals = _signals(analyzer, text)
    assert not [t for k, t in signals if k == "vague_attribution"], signals


# Labels and evaluative words of opinion pages (loaded.tsv, source "curated"), with their neutral uses.
@pytest.mark.parametrize("text,kind,word", [
    ("The senator is a demagogue and a liar, the columnist wrote.", "name_calling", "demagogue"),
    ("The senator is a demagogue and a liar, the columnist wrote.", "name_calling", "liar"),
    ("The billionaire pedophile hosted parties on his island.", "name_calling", "pedophile"),
    ("The mayor's pampered aides run a nefarious scheme.", "loaded_language", "pampered"),
    ("The mayor's pampered aides run a nefarious scheme.", "loaded_language", "nefarious"),
    ("The government's repressive laws silenced the press.", "loaded_language", "repressive"),
    ("The ruling party's petulant leader ignored the court.", "loaded_language", "petulant"),
    ("The sordid affair ended his career.", "loaded_language", "sordid"),
    ("The police brutality shocked the village.", "loaded_language", "brutality"),
    ("The prosecutor is coddling criminals, the letter said.", "loaded_language", "coddling"),
    ("The column mocked the minister's dishonesty and obfuscation.", "loaded_language", "dishonesty"),
])
def test_seventh_round_loaded_words(analyzer, text, kind, word):
    signals = _signals(analyzer, text)
    assert (kind, word) in signals, signals


@pytest.mark.parametrize("text", [  # guards: the technical and reported uses
    "Police used an incendiary device to clear the building.",
    "Thousands marched against police brutality in the capital.",
])
def test_seventh_round_neutral_uses(analyzer, text):
    signals = _signals(analyzer, text)
    assert not [t for k, t in signals if k in ("loaded_language", "name_calling")], signals


# "we cannot" with a verb of knowing or telling is no call ("we cannot say when", in wire quotes); with a
# verb of doing it stays one.
@pytest.mark.parametrize("text", [
    "If the data are this poor, we cannot claim to know the real numbers.",
    "We cannot say when the bridge will reopen, the engineer said.",
])
def test_we_cannot_know_is_no_call(analyzer, text):
    signals = _signals(analyzer, text)
    assert not [t for k, t in signals if k == "call_to_action"], signals


@pytest.mark.parametrize("text", [  # guards
    "We cannot allow this injustice to continue.",
    "We must stand together against hate.",
])
def test_we_cannot_allow_is_a_call(analyzer, text):
    signals = _signals(analyzer, text)
    assert [t for k, t in signals if k == "call_to_action"], signals


# Site calls in a body: send or submit your letters and tips, registration now open.
@pytest.mark.parametrize("text", [
    "Submit your letter to the editor via this form.",
    "Send us your news tips by email.",
    "Registration for the summit is now open and can be completed online.",
])
def test_seventh_round_site_calls(analyzer, text):
    signals = _signals(analyzer, text)
    assert [t for k, t in signals if k == "call_to_action"], signals


@pytest.mark.parametrize("text", [  # guards
    "He submitted his letter of resignation on Monday.",
    "The agency said registration of new voters is open until May.",
])
def test_seventh_round_reported_acts_are_no_calls(analyzer, text):
    signals = _signals(analyzer, text)
    assert not [t for k, t in signals if k == "call_to_action"], signals


# A label the outlet reports someone else pinning ("X branded the protesters terrorists") is that one's
# word: still flagged, with quoted set and the labeller as speaker; the outlet's own use is not.
@pytest.mark.parametrize("text,word,speaker", [
    ("Beijing branded the protesters terrorists.", "terrorists", "China"),
    ("Moscow calls the Kyiv government a fascist junta.", "junta", "Russia"),
    ("The government labelled the strikers as traitors.", "traitors", None),
    ("Lots of media see the protesters as criminals.", "criminals", None),
])
def test_reported_label_is_the_labellers(analyzer, text, word, speaker):
    analysis = analyze_text(analyzer, text)
    names = {a.id: a.name for a in analysis.actors}
    sig = next(s for s in analysis.signals if s.text == word)
    assert sig.quoted is True
    if speaker:
        assert speaker in names.get(sig.speaker, ""), (sig, names)


@pytest.mark.parametrize("text,word", [  # guards: the outlet's own label
    ("I call them criminals.", "criminals"),
    ("The army said it killed ten terrorists.", "terrorists"),
    ("They called the terrorists on Monday.", "terrorists"),
])
def test_own_label_is_not_reported(analyzer, text, word):
    sig = next(s for s in analyze_text(analyzer, text).signals if s.text == word)
    assert sig.quoted is False


# Neutral uses seen on unseen pages: "illegal" of a regulated act or thing (not of people: "illegal
# immigrants" stays, as the AP Stylebook asks), a regulatory "regime", historical "Nazi" nouns, biology's
# invaders, the evil eye.
@pytest.mark.parametrize("text", [
    "The new rule makes it illegal to sell the drug online.",
    "Farmers grew crops with illegal pesticides, the report found.",
    "Police broke up an illegal party attended by 200 students.",
    "The man was charged with illegal sexual activity with a minor.",
    "The country left the EU's standards regime last year.",
    "Historians studied the Nazi regime and its archives.",
    "The museum shows Nazi crimes in occupied Poland.",
    "White cells help repel the body's invaders.",
    "Camphor is burned to protect against the evil eye.",
])
def test_seventh_round_neutral_senses(analyzer, text):
    signals = _signals(analyzer, text)
    assert not [t for k, t in signals if k in ("loaded_language", "name_calling")], signals


@pytest.mark.parametrize("text,word", [  # guards
    ("These 150 men were illegal immigrants, a columnist wrote.", "illegal"),
    ("The invaders burned the villages, the governor said.", "invaders"),
    ("Protesters shouted that the police were behaving like Nazis.", "Nazis"),
])
def test_seventh_round_loaded_senses_stay(analyzer, text, word):
    signals = _signals(analyzer, text)
    assert [t for k, t in signals if k in ("loaded_language", "name_calling") and t == word], signals


# Unnamed people the text describes, not cites: a vague signal needs a verb of saying, believing, fearing,
# warning or naming ("people identify as", "people ... will still know", "many of us have noticed" are none).
@pytest.mark.parametrize("text", [
    "Some 370 million people worldwide identify as Indigenous.",
    "People who upload photos will still know how many people liked them.",
    "Many of us have noticed that good ideas come in the shower.",
])
def test_people_described_are_not_sources(analyzer, text):
    signals = _signals(analyzer, text)
    assert not [t for k, t in signals if k == "vague_attribution"], signals


@pytest.mark.parametrize("text,part", [  # guards: cited
    ("Many people view the new tax as a betrayal.", "Many people view"),
    ("Others fear that the vote could hurt the party.", "Others fear"),
    ("Some have called the plan a surrender.", "Some have called"),
    ("Experts are warning that the halls are too full to be safe.", "Experts are warning"),
])
def test_unnamed_people_cited_stay_vague(analyzer, text, part):
    signals = _signals(analyzer, text)
    assert [t for k, t in signals if k == "vague_attribution" and part in t], signals


# "X officials said": the capitalised words are in the same sentence, not the end of the one before.
def test_officials_of_a_name_not_across_sentences(analyzer):
    signals = _signals(analyzer, "Workers were seen digging trenches on Hart Island.\n\nOfficials say burials are rising.")
    assert not [t for k, t in signals if k == "vague_attribution" and "Island" in t], signals
    assert [t for k, t in signals if k == "vague_attribution" and "Officials say" in t], signals


@pytest.mark.parametrize("text", [  # guards
    "U.S. officials said the ship was seized.",
    "PG&E officials said the power would return.",
])
def test_officials_of_a_name_stay(analyzer, text):
    signals = _signals(analyzer, text)
    assert [t for k, t in signals if k == "vague_attribution" and "officials said" in t], signals


# Unnamed groups of a kind as sources: "rights groups said", "aid groups warned".
@pytest.mark.parametrize("text,part", [
    ("Rights groups said dozens of protesters were detained overnight.", "Rights groups said"),
    ("Education advocacy groups estimated that a 9% increase was needed.", "advocacy groups estimated"),
    ("Aid groups warned that the camp would run out of water.", "Aid groups warned"),
])
def test_unnamed_groups_are_vague(analyzer, text, part):
    signals = _signals(analyzer, text)
    assert [t for k, t in signals if k == "vague_attribution" and part in t], signals


@pytest.mark.parametrize("text", [  # guards: groups named before, or that act
    "The two groups said they would merge next year.",
    "Armed groups attacked the convoy on Tuesday.",
    "Amnesty International and other rights groups said the law was vague.",
])
def test_named_or_acting_groups_not_vague(analyzer, text):
    signals = _signals(analyzer, text)
    assert not [t for k, t in signals if k == "vague_attribution"], signals


# Unnamed members of a trade as sources: "Economists said", "Doctors at the hospital said", "Traders said";
# "the researchers" (named before) are not.
@pytest.mark.parametrize("text,part", [
    ("Economists said the rate cut came too late.", "Economists said"),
    ("Doctors at the hospital said the boy died of his wounds.", "Doctors at the hospital said"),
    ("Traders said the market was calm.", "Traders said"),
])
def test_unnamed_trade_members_are_vague(analyzer, text, part):
    signals = _signals(analyzer, text)
    assert [t for k, t in signals if k == "vague_attribution" and part in t], signals


def test_the_researchers_named_before_not_vague(analyzer):  # guard
    signals = _signals(analyzer, "The researchers said their results need to be confirmed.")
    assert not [t for k, t in signals if k == "vague_attribution"], signals


def test_repression_is_loaded(analyzer):
    signals = _signals(analyzer, "The increasing repression under the president has silenced critics.")
    assert ("loaded_language", "repression") in signals, signals


@pytest.mark.parametrize("text", [  # guards: "the doctors" / "the scientists" refer back to ones named
    "A group of doctors wrote to the agency. The doctors warned that migrants are at risk of illness.",
    "The team studied the forest. The scientists estimated that a quarter of it was intact.",
])
def test_the_trade_members_named_before_not_vague(analyzer, text):
    signals = _signals(analyzer, text)
    assert not [t for k, t in signals if k == "vague_attribution"], signals
