"""`ActorTable`: the actors of one article and the way later stages find them by position."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from ..model import Actor, Mention


class ActorTable:
    """Actors with an index from character offsets to the actor a mention names."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        self.actors: list[Actor] = list(actors)
        self.by_id = {a.id: a for a in self.actors}
        pairs = sorted(((m, a) for a in self.actors for m in a.mentions), key=lambda p: p[0].span.start)
        self._starts = [m.span.start for m, _ in pairs]
        self._pairs = pairs
        self.headline: str | None = None  # the article's title, for the state a bare "the army" means
        self.home: str | None = None  # the outlet's country (alpha-3), the same rule's last tie-break

    def new_id(self) -> str:
        """The next free actor id ("a<N>")."""
        used = set(self.by_id)
        n = len(self.actors) + 1
        while f"a{n}" in used:
            n += 1
        return f"a{n}"

    def with_actors(self, new: Iterable[Actor]) -> "ActorTable":
        """A table with these actors added (speakers the statements stage named): the pipeline
        makes it, so the table each stage reads is never changed under it."""
        new = [a for a in new if a.id not in self.by_id]
        if not new:
            return self
        table = ActorTable([*self.actors, *new])
        table.headline, table.home = self.headline, self.home
        return table

    def copy(self) -> "ActorTable":
        table = ActorTable(self.actors)
        table.headline, table.home = self.headline, self.home
        return table

    def _index(self, actor: Actor, mention: Mention) -> None:
        """Index a mention of a stage's own new actor in a stage's private copy of the table."""
        if actor.id not in self.by_id:
            self.actors.append(actor)
            self.by_id[actor.id] = actor
        actor.mentions.append(mention)
        i = bisect.bisect_right(self._starts, mention.span.start)
        self._starts.insert(i, mention.span.start)
        self._pairs.insert(i, (mention, actor))

    def mentions_in(self, start: int, end: int) -> list[tuple[Mention, Actor]]:
        """Mentions overlapping [start, end), in text order."""
        i = bisect.bisect_left(self._starts, start - 200)  # a mention is never longer than 200 chars
        out = []
        pairs = self._pairs
        for k in range(i, len(pairs)):  # (no copy of the rest of the list per call)
            m, a = pairs[k]
            if m.span.start >= end:
                break
            if m.span.end > start:
                out.append((m, a))
        return out

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor whose mention best covers [start, end): the longest overlapping mention."""
        found = self.mentions_in(start, end)
        if not found:
            return None
        # of mentions that cover the whole stretch, the innermost ("Russia" in "Russia's foreign ministry")
        def key(p):
            m = p[0].span
            covers = m.start <= start and end <= m.end
            return min(end, m.end) - max(start, m.start), covers, (m.start - m.end) if covers else 0, -m.start

        return max(found, key=key)[1]

    def actor_of_token(self, token) -> Actor | None:  # token: spacy.tokens.Token
        return self.actor_at(token.idx, token.idx + len(token.text))

    def countries(self) -> dict[str, list[Actor]]:
        """ISO alpha-3 code -> the actors of that country (the country itself first)."""
        out: dict[str, list[Actor]] = {}
        for a in sorted(self.actors, key=lambda a: a.kind != "country"):
            if a.country:
                out.setdefault(a.country, []).append(a)
        return out

    def country_actor(self, code: str) -> Actor | None:
        """The actor that is the country `code` itself, when the text names or implies it."""
        return next((a for a in self.actors if a.kind == "country" and a.country == code), None)

    def __iter__(self):
        return iter(self.actors)

    def __len__(self) -> int:
        return len(self.actors)
