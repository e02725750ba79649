"""One-sidedness: whose voices an article quotes, by side.

A side is the organisation or country a speaker is tied to ("the LNA spokesperson"), else the speaker.
The article is flagged when every attributed statement comes from one side while the stances show
actors on another side of the initiative who are never quoted.
"""

from __future__ import annotations

from collections import Counter

from ..actors import ActorTable
from ..model import Article, Signal, Stance, Statement

MIN_STATEMENTS = 3  # two quotes are too few to call a pattern


def extract(doc, article: Article, actors: ActorTable, statements: list[Statement],
            positions: list[Stance]) -> list[Signal]:
    """`positions`: the stances the pipeline made (the stances stage is not run again here)."""
    from ..stances import ties  # stances has no framing import: no cycle

    attributed = [s for s in statements if s.speaker and s.kind != "unattributed"]
    if len(attributed) < MIN_STATEMENTS or not positions:
        return []  # no stance: no side left unheard (and no walk of the parse for ties)
    side_of: dict[str, str] = {}
    for tie in ties.find(doc, actors):
        side_of.setdefault(tie.person, tie.org)
    voiced = Counter(side_of.get(s.speaker, s.speaker) for s in attributed)
    if len(voiced) != 1:
        return []
    side = next(iter(voiced))
    side_polarity = {p.polarity for p in positions if side_of.get(p.holder, p.holder) == side}
    unheard = [p for p in positions if side_of.get(p.holder, p.holder) != side and p.polarity not in side_polarity]
    if not unheard:
        return []
    name = lambda aid: actors.by_id[aid].name if aid in actors.by_id else aid  # noqa: E731
    speakers = Counter(name(s.speaker) for s in attributed)
    heard = ", ".join(f"{n} {c}" for n, c in speakers.most_common())
    others = ", ".join(dict.fromkeys(f"{name(p.holder)} ({p.polarity})" for p in unheard))
    text = (f"all {len(attributed)} attributed statements come from one side, {name(side)} ({heard}); "
            f"not quoted: {others}")
    return [Signal(kind="one_sided_sourcing", text=text, rule="framing:balance:one-side", target=side)]
