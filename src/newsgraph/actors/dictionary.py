"""User dictionaries of actors (`--actors FILE`): PETRARCH-style entries that add or override.

    actors:                       # or a bare list of entries
      - name: Khalifa Haftar      # canonical name (required)
        aliases: [Hifter, Field Marshal Haftar]
        kind: person              # person | organization | country | location | facility | group
        country: LBY              # ISO 3166-1 alpha-3 (alpha-2 and country names are read too)
        roles: [commander of the Libyan National Army]
        valid_from: 2014-05-16    # the entry applies to articles published in [valid_from, valid_until]
        valid_until: null

An actor the text names by one of an entry's names or aliases takes the entry's name, kind,
country and roles; an entry the model missed is found by its names in the text and added.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError
from .names import fold

KINDS = ("person", "organization", "country", "location", "facility", "group")


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    kind: str | None = None
    country: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return True
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_until is None or day <= self.valid_until)


@dataclass(slots=True)
class Dictionary:
    entries: list[Entry] = field(default_factory=list)

    def lookup(self, name: str, day: dt.date | None = None) -> Entry | None:
        """The last entry (later entries override earlier ones) that has `name` among its names."""
        key = fold(name)
        for e in reversed(self.entries):
            if e.valid_on(day) and any(fold(n) == key for n in e.names()):
                return e
        return None


def _date(value, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(f"[A002] {where}: date {value!r} is not a real date written YYYY-MM-DD; write it as e.g. 2020-01-13") from None


def _country(value, where: str) -> str | None:
    if value in (None, ""):
        return None
    from . import lexicon

    v = str(value).strip()
    if len(v) == 3 and v.upper() in lexicon.countries():
        return v.upper()
    if len(v) == 2:
        import pycountry

        c = pycountry.countries.get(alpha_2=v.upper())
        if c:
            return c.alpha_3
    code = lexicon.country_of_name(v)
    if code:
        return code
    raise ConfigError(f"[A003] {where}: country {value!r} is unknown; give an ISO 3166-1 alpha-3 code such as TUR")


def _strings(value, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return tuple(str(v) for v in value)
    raise ConfigError(f"[A004] {where}: {key} must be a list of strings")


def parse(data, source: str = "dictionary", lines: list[int] | None = None) -> Dictionary:
    """Entries from loaded YAML; `lines` (the line of each entry) make messages point at the file."""
    if isinstance(data, dict):
        data = data.get("actors")
    if data is None:
        return Dictionary()
    if not isinstance(data, list):
        raise ConfigError(f"[A001] {source}: expected a list of actors (or a mapping with an 'actors' list)")
    out = []
    for i, item in enumerate(data, 1):
        line = lines[i - 1] if lines and i <= len(lines) else None
        where = f"{source}, line {line} (entry {i})" if line else f"{source}, entry {i}"
        if not isinstance(item, dict) or not str(item.get("name") or "").strip():
            raise ConfigError(f"[A005] {where}: each actor needs at least a 'name'")
        kind = item.get("kind")
        if kind is not None and kind not in KINDS:
            raise ConfigError(f"[A006] {where}: kind {kind!r} is not one of {', '.join(KINDS)}")
        out.append(Entry(name=str(item["name"]).strip(), kind=kind, country=_country(item.get("country"), where),
                         aliases=_strings(item.get("aliases"), where, "aliases"),
                         roles=_strings(item.get("roles"), where, "roles"),
                         valid_from=_date(item.get("valid_from"), where), valid_until=_date(item.get("valid_until"), where)))
    return Dictionary(out)


MAX_FILE_BYTES = 20 * 1024 * 1024  # a dictionary of a few hundred thousand actors; more is a mistake


def _loader():
    """yaml's SafeLoader that refuses aliases (no alias bomb can expand) and keeps dates as text
    (so an impossible date is our message, not a crash)."""
    import yaml

    class Loader(yaml.SafeLoader):
        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise ConfigError(f"line {event.start_mark.line + 1}: YAML aliases (*{event.anchor}) are not allowed "
                                  "in an actors dictionary; write the values out")
            return super().compose_node(parent, index)

    Loader.yaml_implicit_resolvers = {
        ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return Loader


def _entry_lines(node) -> list[int]:
    """The line of each entry: the top-level list, or the list under `actors:`."""
    import yaml

    if isinstance(node, yaml.MappingNode):
        node = next((v for k, v in node.value if getattr(k, "value", None) == "actors"), None)
    if isinstance(node, yaml.SequenceNode):
        return [item.start_mark.line + 1 for item in node.value]
    return []


def load(path) -> Dictionary | None:
    if path is None:
        return None
    import yaml

    p = Path(path)
    try:
        if p.is_dir():
            raise ConfigError(f"[A007] actors dictionary {p} is a directory; give the YAML file")
        with open(p, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ConfigError(f"[A007] actors dictionary {p} not found; check the --actors path") from None
    except OSError as e:
        raise ConfigError(f"[A007] actors dictionary {p} cannot be read ({e.strerror or e})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise ConfigError(f"[A009] actors dictionary {p} is over {MAX_FILE_BYTES // 2**20} MB; is it the right file?")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        raise ConfigError(f"[A008] actors dictionary {p}, line {line}: not UTF-8 text (byte 0x{raw[e.start]:02x}); "
                          "is it a YAML file? save it as UTF-8") from None
    loader = _loader()(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except ConfigError as e:
        raise ConfigError(f"[A010] actors dictionary {p}, {e}") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
        where = f", line {mark.line + 1}" if mark else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise ConfigError(f"[A008] actors dictionary {p}{where}: not valid YAML ({problem}); fix the file") from None
    except (ValueError, TypeError, RecursionError) as e:
        raise ConfigError(f"[A008] actors dictionary {p}: not readable YAML ({type(e).__name__}: {e})") from None
    finally:
        loader.dispose()
    return parse(data, str(p), _entry_lines(node) if data is not None else None)
