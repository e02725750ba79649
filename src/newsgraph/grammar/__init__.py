"""The grammar the stages share: who does what in a clause, which actor a phrase names, whether
a clause is negated, and the pronoun sets.

    agent.py      the agent of a clause (active subject, passive by-agent, raising and reporting frames)
    resolve.py    the one phrase-to-actor resolver (names, role nouns and pronouns through the actor table)
    negation.py   negation and modality of a clause
    pronouns.py   the pronoun sets and the agreement of a pronoun with an actor
    cues.py       the one cue lexicon of saying, believing and intending (data/cues.tsv)

Statements, events and stances call these and keep no copy of their own, so a fix to who did
something lands in every stage at once.
"""

from .agent import agent, inverted_subject, passive_subject
from .negation import auxes, negated, refused
from .resolve import head_words, phrase, resolve, speaker_for

__all__ = ["agent", "inverted_subject", "passive_subject", "auxes", "negated", "refused", "head_words", "phrase", "resolve", "speaker_for"]
