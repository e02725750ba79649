"""The whole path from an Article to an Analysis, in one place.

    article ─ parse (spaCy) ─ actors (+ groups that act) ─ statements ─ events ─ stances ─ framing ─ source ─▶ Analysis

Each stage is a plain function of the parse and what earlier stages found; `Analyzer` loads
the model and the user's data files once and runs the stages for each article. This is the only
path data takes between stages: no stage changes what an earlier one returned, and what a stage
adds for later ones (the statements stage's speakers) goes through here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import actors, events, framing, limits, nlp, source, stances, statements
from .actors import groups
from .model import Analysis, Article


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    actors_file: Path | None = None  # --actors: user dictionary of actors (YAML)
    ratings_file: Path | None = None  # --ratings: user outlet ratings (CSV/TSV)
    time_limit: float | None = None  # --time-limit: seconds per article, None or 0 for none (limits.py)


class Analyzer:
    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        self.nlp = nlp.load()
        self.dictionary = actors.load_dictionary(self.options.actors_file)
        self.ratings = source.load_ratings(self.options.ratings_file)

    def analyze(self, article: Article, doc=None) -> Analysis:
        """The analysis of one article; `doc` is its parse when the caller has it (parallel.analyze_batch).
        Past the time budget it raises limits.TooSlow (where a timer can run: a process's main thread)."""
        with limits.time_budget(self.options.time_limit, f"the analysis of {len(article.text or ''):,} characters"):
            return self._analyze(article, doc)

    def _analyze(self, article: Article, doc) -> Analysis:
        found_source = source.identify(article, self.ratings)
        if article.language not in (None, "en"):
            note = (f"language {article.language!r}: newsgraph reads English only, so only metadata "
                    "and the source are given for this article")
            return Analysis(article=article, source=found_source, notes=[note])
        text = actors.readable(article.text)  # all-capitals text is parsed title-cased (same offsets), once
        if doc is None or (text is not article.text and nlp.text_of(doc) != text):
            doc = nlp.parse(self.nlp, text)  # long texts in paragraph chunks: linear, no max_length
        with nlp.sentence_index(doc):  # token.sent and span.sent looked up, not walked (speed only)
            table = actors.extract(doc, article, self.dictionary)
            table = table.with_actors(groups.find(doc, text, table))  # groups named by a common noun that act
            said, speakers = statements.extract(doc, article, table)
            table = table.with_actors(speakers)  # speakers the actors stage did not name; read-only from here
            happened = events.extract(doc, article, table, said)
            positions = stances.extract(doc, article, table, said, happened)
            signals = framing.extract(doc, article, table, said, positions)
        return Analysis(article=article, actors=list(table), statements=said, events=happened,
                        stances=positions, signals=signals, source=found_source)
