"""The pronoun sets, in one place (coreference, speakers, event sources and stance holders use them)."""

from __future__ import annotations

PERSON = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
THING = frozenset({"it", "its", "itself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})  # organisations, countries, groups, people
FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
FIRST = FIRST_SINGULAR | FIRST_PLURAL
PERSONAL = PERSON | THING | PLURAL | FIRST
RELATIVE = frozenset({"who", "that", "which", "whom"})
GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
          "she": "f", "her": "f", "hers": "f", "herself": "f"}


def is_pronoun(word: str) -> bool:
    return word.lower() in PERSONAL


def is_first_person(word: str) -> bool:
    return word.lower() in FIRST


def fits(pronoun: str, actor) -> bool:
    """Whether `pronoun` may stand for `actor`: he/she (and I) for people, it for the rest,
    they and we for anyone."""
    p = pronoun.lower()
    if p in PERSON or p in FIRST_SINGULAR:
        return actor.kind == "person"
    if p in THING:
        return actor.kind != "person"
    return True
