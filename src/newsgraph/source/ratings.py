"""The outlet ratings table: the shipped `data/ratings.csv` plus the user's `--ratings FILE`.

Two file shapes are read: newsgraph's own columns (domain, name, aliases, factual, bias, category, rater,
rated) and the News-Media-Reliability corpus columns (source_url, source_url_normalized, ref, fact, bias),
so a user can pass a table compiled by others unchanged.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import ConfigError
from ..model import Reliability

# The rater's factual-reporting scale folded onto the analysis labels. "mostly factual" sits between
# high and mixed on Media Bias/Fact Check's scale; it is folded into high because the rater still
# counts such outlets as generally reliable.
LABELS = {
    "very high": "high", "high": "high", "mostly factual": "high", "mostly": "high",
    "mixed": "mixed", "low": "low", "very low": "very low",
}


@dataclass(frozen=True, slots=True)
class Rating:
    domain: str | None
    name: str | None
    factual: str
    bias: str | None = None
    category: str | None = None
    rater: str | None = None
    rated: str | None = None
    aliases: tuple[str, ...] = ()
    origin: str = "shipped"  # "shipped" or the user file's name

    @property
    def label(self) -> str:
        return LABELS.get(self.factual, "unknown")

    def reliability(self) -> Reliability:
        who = self.rater or "unnamed rater"
        when = f", {self.rated}" if self.rated else ""
        what = f"factual reporting {self.factual}"
        if self.category:
            what += f", category {self.category}"
        where = "" if self.origin == "shipped" else f" (from {self.origin})"
        return Reliability(label=self.label, basis=f"{who}{when}: {what}{where}",  # type: ignore[arg-type]
                           factual=self.factual, bias=self.bias or None)


def norm_name(name: str) -> str:
    """A name folded for lookup: accents, case, punctuation, a leading 'the' ignored."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def norm_domain(value: str | None) -> str | None:
    if not value:
        return None
    v = value.strip().lower()
    v = re.sub(r"^[a-z]+://", "", v).split("/")[0].split(":")[0]
    v = v.removeprefix("www.")
    return v or None


class RatingsTable:
    """Ratings by domain (a subdomain finds its parent) and by outlet name or alias."""

    def __init__(self, ratings: list[Rating] | None = None) -> None:
        self.by_domain: dict[str, Rating] = {}
        self.by_name: dict[str, Rating] = {}
        for r in ratings or []:
            self.add(r)

    def add(self, r: Rating) -> None:
        # Later rows win: a user file corrects the shipped table.
        if r.domain:
            self.by_domain[r.domain] = r
        for n in (r.name, *r.aliases):
            if n and norm_name(n):
                self.by_name[norm_name(n)] = r

    def for_domain(self, domain: str | None) -> Rating | None:
        d = norm_domain(domain)
        while d and "." in d:
            if d in self.by_domain:
                return self.by_domain[d]
            d = d.split(".", 1)[1]
        return None

    def for_name(self, name: str | None) -> Rating | None:
        return self.by_name.get(norm_name(name)) if name else None

    def __len__(self) -> int:
        return len({id(r) for r in self.by_domain.values()} | {id(r) for r in self.by_name.values()})


def _rows(text: str, origin: str) -> list[dict[str, str]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        return []
    delimiter = "\t" if "\t" in lines[0] else ","
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    fields = {f.strip().lower() for f in reader.fieldnames or []}
    if not ({"domain", "factual"} <= fields or {"source_url", "fact"} <= fields):
        raise ConfigError(
            f"[R001] {origin}: a ratings file needs the columns domain,name,factual,bias,rater,rated "
            "(or source_url,source_url_normalized,ref,fact,bias as in News-Media-Reliability); "
            f"found {sorted(fields)}")
    return [{(k or "").strip().lower(): (v or "").strip() for k, v in row.items()} for row in reader]


def parse(text: str, origin: str) -> list[Rating]:
    out = []
    for i, row in enumerate(_rows(text, origin), start=2):
        factual = (row.get("factual") or row.get("fact") or "").lower()
        if factual not in LABELS:
            raise ConfigError(f"[R002] {origin}, row {i}: factual label {factual!r} is not one of "
                              f"{', '.join(LABELS)}; fix the row or remove it")
        if "source_url" in row:  # News-Media-Reliability shape: the rater is named by the ref URL
            domain = norm_domain(row.get("source_url"))
            ref = row.get("ref") or ""
            rater = "Media Bias/Fact Check" if "mediabiasfactcheck" in ref else (ref or None)
            out.append(Rating(domain=domain, name=None, factual=factual, bias=row.get("bias") or None,
                              rater=rater, rated=row.get("rated") or None, origin=origin))
            continue
        aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
        out.append(Rating(domain=norm_domain(row.get("domain")), name=row.get("name") or None, factual=factual,
                          bias=row.get("bias") or None, category=row.get("category") or None,
                          rater=row.get("rater") or None, rated=row.get("rated") or None,
                          aliases=aliases, origin=origin))
    return out


def shipped() -> list[Rating]:
    text = resources.files("newsgraph.data").joinpath("ratings.csv").read_text(encoding="utf-8")
    return parse(text, "shipped")


def load(path: str | Path | None = None) -> RatingsTable:
    table = RatingsTable(shipped())
    if path is not None:
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8-sig")
        except OSError as e:
            raise ConfigError(f"[R003] cannot read the ratings file {p}: {e.strerror}; "
                              "check the --ratings path") from None
        for r in parse(text, str(p)):
            table.add(r)
    return table
