"""The one cue lexicon: words that introduce what someone said, wrote, believes or intends
(data/cues.tsv). The statements stage finds attributions with it; the events stage reads it to
know which verbs report speech rather than name a happening."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..errors import ConfigError


@dataclass(frozen=True, slots=True)
class Cues:
    speech_verbs: frozenset[str]  # a quotation next to them is their content
    belief_verbs: frozenset[str]  # need a that-clause
    light: dict[str, frozenset[str]]  # verb lemma -> predicate lemmas ("make" -> {"clear", "plain"})
    nouns: frozenset[str]
    object_verbs: frozenset[str] = frozenset()  # their object is the content when nothing else is
    intent_verbs: frozenset[str] = frozenset()  # their to-infinitive is the content
    preps: tuple[tuple[str, ...], ...] = field(default=())  # ("according", "to")
    rest_verbs: frozenset[str] = frozenset()  # plain saying: the rest of the sentence when no clause is parsed
    object_preps: frozenset[str] = frozenset()  # prepositions whose phrase is an object cue's content
    topic_verbs: frozenset[str] = frozenset()  # 'speak', 'talk': only their topic phrase is content
    topic_preps: frozenset[str] = frozenset()  # 'about', 'of', 'on': the prepositions of a topic
    act_verbs: frozenset[str] = frozenset()  # 'welcome', 'pledge', 'urge': their object is an act, not a claim

    def is_verb(self, lemma: str) -> bool:
        return (lemma in self.speech_verbs or lemma in self.belief_verbs or lemma in self.object_verbs
                or lemma in self.intent_verbs)


def data_rows(name: str, ncols: int) -> list[list[str]]:
    text = resources.files("newsgraph.data").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != ncols:
            raise ConfigError(f"[S001] newsgraph/data/{name} line {n}: expected {ncols} tab-separated columns, "
                              f"found {len(cols)}; fix the line")
        rows.append(cols)
    return rows


_STRENGTHS = ("speech", "belief", "intent", "object")


@lru_cache(maxsize=1)
def cues() -> Cues:
    speech, belief, nouns, preps, objects, intents = set(), set(), set(), [], set(), set()
    rest, obj_preps, topic_verbs, topic_preps, acts = set(), set(), set(), set(), set()
    light: dict[str, set[str]] = {}
    for cue, kind, strength in data_rows("cues.tsv", 3):
        if (kind == "verb") != (strength in _STRENGTHS):
            raise ConfigError(f"[S006] newsgraph/data/cues.tsv: strength {strength!r} of {cue!r} ({kind}): a verb "
                              f"row needs one of {', '.join(_STRENGTHS)}, other rows '-'")
        if kind == "verb" and strength == "object":
            objects.add(cue)
        elif kind == "verb" and strength == "intent":
            intents.add(cue)
        elif kind == "verb":
            (speech if strength == "speech" else belief).add(cue)
        elif kind == "light":
            verb, pred = cue.split(" ", 1)
            light.setdefault(verb, set()).add(pred)
        elif kind == "noun":
            nouns.add(cue)
        elif kind == "prep":
            preps.append(tuple(cue.split()))
        elif kind == "rest":
            rest.add(cue)
        elif kind == "objprep":
            obj_preps.add(cue)
        elif kind == "topic":
            topic_verbs.add(cue)
        elif kind == "topicprep":
            topic_preps.add(cue)
        elif kind == "act":
            acts.add(cue)
        else:
            raise ConfigError(f"[S002] newsgraph/data/cues.tsv: unknown cue kind {kind!r} for {cue!r}; "
                              "use verb, light, noun, prep, rest, objprep, topic, topicprep or act")
    return Cues(frozenset(speech), frozenset(belief - speech), {k: frozenset(v) for k, v in light.items()},
                frozenset(nouns), frozenset(objects), frozenset(intents), tuple(preps),
                frozenset(rest), frozenset(obj_preps), frozenset(topic_verbs), frozenset(topic_preps),
                frozenset(acts))


