"""Faster, exactly equivalent stand-ins for two rule components of the spaCy model (issue 14).

The model's `attribute_ruler` runs a spaCy Matcher over every Doc to find its 179 token patterns
(tag → part of speech and morphology, a few lemma and pronoun exceptions), then builds a Span per
match; its `lemmatizer` calls `token.morph.to_dict()` for every token whose lemma its cache does
not hold, and it caches only the lemmas its rules produce, not the base forms (most tokens). The
two cost a fifth of the model's time on news text, as much as the parser.

`speed_up(nlp)` gives both components a faster `__call__` that writes the same annotations:

  * the attribute ruler's patterns are compiled into plain predicates over a token's
    (TAG, LOWER, DEP, IS_SPACE), the only attributes they read; which single-token patterns a
    token matches, and so the attributes they set, is looked up by that 4-tuple; patterns of
    several tokens are checked only where their first token matches. Where several matches
    set an attribute of one token, the pattern added last wins, as in spaCy (which applies the
    matches sorted by pattern number). A pattern of any other kind (an operator, another
    attribute) leaves the component as spaCy made it.
  * the lemmatizer's result for a token depends only on its (ORTH, POS, MORPH) (the rule tables
    read nothing else), so every result is cached under that key.

Components other than these two, and a lemmatizer not in "rule" mode, are left alone.
tests/test_fastpipe.py compares every token attribute with spaCy's own components.
"""

from __future__ import annotations

import re
import weakref
from typing import Any

_KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
CACHE_MAX = 50_000  # entries in a look-up cache (a few MB); emptied when full, so memory stays flat

# What the faster components keep per component object (kept here, not on the object, so a pickled
# pipeline carries none of it, and gone with the component)
_STATES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _state(component, name: str):
    held = _STATES.get(component)
    if held is None:
        held = _STATES[component] = {}
    return held.setdefault(name, [] if name == "rules" else {})


class Unsupported(Exception):
    """A pattern this module does not compile: the component stays as it is."""


def _predicate(attr: str, spec: Any):
    try:
        pos = _KEY_ATTRS.index(attr.upper())
    except ValueError:
        raise Unsupported(attr) from None
    if pos == 3:  # IS_SPACE: a flag
        if not isinstance(spec, bool):
            raise Unsupported(spec)
        return lambda key: key[3] == spec
    if isinstance(spec, str):
        return lambda key: key[pos] == spec
    if isinstance(spec, dict) and len(spec) == 1:
        ((op, value),) = spec.items()
        if op == "IN" and all(isinstance(v, str) for v in value):
            values = frozenset(value)
            return lambda key: key[pos] in values
        if op == "NOT_IN" and all(isinstance(v, str) for v in value):
            values = frozenset(value)
            return lambda key: key[pos] not in values
        if op == "REGEX" and isinstance(value, str):
            search = re.compile(value).search
            return lambda key: search(key[pos]) is not None
    raise Unsupported(spec)


def _token_test(token_pattern: dict):
    if not isinstance(token_pattern, dict) or not token_pattern:
        raise Unsupported(token_pattern)
    tests = [_predicate(attr, spec) for attr, spec in token_pattern.items()]
    return lambda key: all(t(key) for t in tests)


def _anchors(token_pattern: dict) -> tuple[int, tuple[str, ...]] | None:
    """(key position, values) one of which a token must have to match: the pattern's LOWER, else
    its TAG (an exact value or an IN list); None when it has neither."""
    specs = {attr.upper(): spec for attr, spec in token_pattern.items()}
    for attr in ("LOWER", "TAG"):
        spec = specs.get(attr)
        if isinstance(spec, str):
            return _KEY_ATTRS.index(attr), (spec,)
        if isinstance(spec, dict) and list(spec) == ["IN"]:
            return _KEY_ATTRS.index(attr), tuple(spec["IN"])
    return None


class CompiledRules:
    """An AttributeRuler's patterns as predicates over (TAG, LOWER, DEP, IS_SPACE) strings."""

    def __init__(self, ruler) -> None:
        self.attrs = list(ruler.attrs)  # normalised, as spaCy sets them (pattern number -> attrs)
        self.multis: list[tuple[int, int, int]] = []  # (pattern number, length, target offset)
        # every token test, as (single pattern number, None) or (multi-token pattern, position),
        # filed under the LOWER or TAG value it needs, or under None (checked for every token)
        self._tests: dict[tuple[int, str] | None, list[tuple[tuple[int, int | None], Any]]] = {}
        for k, entry in enumerate(ruler.patterns):
            index = entry["index"]
            for pattern in entry["patterns"]:
                n = len(pattern)
                if n == 0 or not -n <= index < n:
                    raise Unsupported(pattern)
                if n > 1:
                    self.multis.append((k, n, index % n))
                for j, tp in enumerate(pattern):
                    test = _token_test(tp)
                    ident = (k, None) if n == 1 else (len(self.multis) - 1, j)
                    anchor = _anchors(tp)
                    for where in [None] if anchor is None else [(anchor[0], v) for v in anchor[1]]:
                        self._tests.setdefault(where, []).append((ident, test))
        self._by_key: dict[tuple, tuple[dict, tuple[int, ...], frozenset]] = {}
        self._results: dict[tuple, tuple[dict, tuple[int, ...], frozenset]] = {}

    def _look(self, key_ids: tuple, strings) -> tuple[dict, tuple[int, ...], frozenset]:
        """(attributes the single-token patterns set, the numbers of those patterns, the
        (multi-token pattern, position) pairs this token satisfies)."""
        key = (strings[key_ids[0]], strings[key_ids[1]], strings[key_ids[2]], bool(key_ids[3]))
        tests = self._tests
        candidates = tests.get(None, []) + tests.get((1, key[1]), []) + tests.get((0, key[0]), [])
        ks: list[int] = []
        sat = set()
        for ident, test in candidates:
            if test(key):
                if ident[1] is None:
                    ks.append(ident[0])
                else:
                    sat.add(ident)
        ks.sort()
        merged: dict = {}
        for k in ks:  # ascending: the pattern added last wins
            merged.update(self.attrs[k])
        found = (merged, tuple(ks), frozenset(sat))
        found = self._results.setdefault(found[1:], found)  # one copy of each answer: a few hundred in all
        if len(self._by_key) > CACHE_MAX:
            self._by_key.clear()
        self._by_key[key_ids] = found
        return found

    def apply(self, doc) -> None:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.tokens._retokenize import set_token_attrs

        n = len(doc)
        if n == 0:
            return
        strings = doc.vocab.strings
        by_key = self._by_key
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        looked = [by_key.get(k) or self._look(k, strings) for k in map(tuple, rows)]
        extra: dict[int, list[int]] = {}  # token -> numbers of the multi-token patterns that set it
        if self.multis:
            for i, (_m, _ks, sat) in enumerate(looked):
                if not sat:
                    continue
                for m, (k, length, target) in enumerate(self.multis):
                    if (m, 0) in sat and i + length <= n and \
                            all((m, j) in looked[i + j][2] for j in range(1, length)):
                        extra.setdefault(i + target, []).append(k)
        for i, (merged, ks, _sat) in enumerate(looked):
            more = extra.get(i)
            if more:
                merged = {}
                for k in sorted(set(ks) | set(more)):
                    merged.update(self.attrs[k])
            if merged:
                set_token_attrs(doc[i], merged)


def _attribute_ruler_class():
    from spacy.pipeline import AttributeRuler

    class FastAttributeRuler(AttributeRuler):
        """spaCy's AttributeRuler with the patterns compiled (see the module's docstring)."""

        def __call__(self, doc):
            compiled = _state(self, "rules")
            if not compiled or compiled[0] != len(self.attrs):
                compiled[:] = [len(self.attrs), CompiledRules(self)]
            error_handler = self.get_error_handler()
            try:
                compiled[1].apply(doc)
                return doc
            except Exception as e:  # noqa: BLE001 - spaCy's own error handling
                return error_handler(self.name, self, [doc], e)

    FastAttributeRuler.__module__ = __name__
    FastAttributeRuler.__qualname__ = "FastAttributeRuler"
    return FastAttributeRuler


def _lemmatizer_class(base):
    class FastLemmatizer(base):
        """spaCy's rule lemmatizer with every result cached under (ORTH, POS, MORPH)."""

        def __call__(self, doc):
            from spacy.attrs import LEMMA, MORPH, ORTH, POS
            from spacy.errors import Errors

            if not self._validated:
                self._validate_tables(Errors.E1004)
            error_handler = self.get_error_handler()
            try:
                cache = _state(self, "lemmas")
                if len(cache) > CACHE_MAX:
                    cache.clear()
                strings = self.vocab.strings
                overwrite = self.overwrite
                table = doc.to_array([ORTH, POS, MORPH, LEMMA])
                lemmas = table[:, 3].copy()
                for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
                    if overwrite or lemma == 0:
                        key = (orth, pos, morph)
                        found = cache.get(key)
                        if found is None:
                            found = cache[key] = strings.add(self.rule_lemmatize(doc[i])[0])  # mode "rule" (speed_up)
                        lemmas[i] = found
                if len(lemmas):
                    doc.from_array([LEMMA], lemmas)  # LEMMA alone: nothing but the lemma of each token is set
                return doc
            except Exception as e:  # noqa: BLE001 - spaCy's own error handling
                error_handler(self.name, self, [doc], e)

        def rule_lemmatize(self, token) -> list[str]:
            """spaCy 3.8's Lemmatizer.rule_lemmatize (MIT licence) with two changes: a word is
            looked up in the part of speech's index as a set, not by a scan of its list (the
            English index lists ~ 10,000 nouns; the scan was nine tenths of the lemmatizer), and
            the result is cached by __call__ (in a cache emptied when full), not here."""
            string = token.text
            univ_pos = token.pos_.lower()
            if univ_pos in ("", "eol", "space"):
                if univ_pos == "":
                    import warnings

                    from spacy.errors import Warnings

                    warnings.warn(Warnings.W108)
                return [string.lower()]
            if self.is_base_form(token):
                return [string.lower()]
            index_table = self.lookups.get_table("lemma_index", {})
            exc_table = self.lookups.get_table("lemma_exc", {})
            rules_table = self.lookups.get_table("lemma_rules", {})
            if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
                if univ_pos == "propn":
                    return [string]
                return [string.lower()]
            sets = _state(self, "index")
            index = sets.get(univ_pos)
            if index is None or index[0] is not index_table:
                index = sets[univ_pos] = (index_table, frozenset(index_table.get(univ_pos, {})))
            index = index[1]
            exceptions = exc_table.get(univ_pos, {})
            rules = rules_table.get(univ_pos, {})
            orig = string
            string = string.lower()
            forms = []
            oov_forms = []
            for old, new in rules:
                if string.endswith(old):
                    form = string[: len(string) - len(old)] + new
                    if not form:
                        pass
                    elif form in index or not form.isalpha():
                        if form in index:
                            forms.insert(0, form)
                        else:
                            forms.append(form)
                    else:
                        oov_forms.append(form)
            forms = list(dict.fromkeys(forms))
            for form in exceptions.get(string, []):
                if form not in forms:
                    forms.insert(0, form)
            if not forms:
                forms.extend(oov_forms)
            if not forms:
                forms.append(orig)
            return forms  # cached by __call__ (bounded), not in spaCy's unbounded self.cache

    FastLemmatizer.__name__ = FastLemmatizer.__qualname__ = f"Fast{base.__name__}"
    FastLemmatizer.__module__ = __name__
    return FastLemmatizer


_CLASSES: dict[str, type] = {}


def __getattr__(name: str):
    """The classes by name, so a pickled pipeline loads again in a fresh process (PEP 562)."""
    if name == "FastAttributeRuler":
        return _CLASSES.setdefault(name, _attribute_ruler_class())
    if name == "FastEnglishLemmatizer":
        from spacy.lang.en.lemmatizer import EnglishLemmatizer

        return _CLASSES.setdefault(name, _lemmatizer_class(EnglishLemmatizer))
    raise AttributeError(name)


def speed_up(nlp) -> list[str]:
    """Swap the model's attribute ruler and rule lemmatizer for the faster classes; the names of
    the components changed."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer
    from spacy.pipeline import AttributeRuler

    changed = []
    for name, proc in nlp.components:
        if type(proc) is AttributeRuler:
            try:
                CompiledRules(proc)
            except Unsupported:
                continue
            proc.__class__ = __getattr__("FastAttributeRuler")
            changed.append(name)
        elif type(proc) is EnglishLemmatizer and proc.mode == "rule":
            proc.__class__ = __getattr__("FastEnglishLemmatizer")
            changed.append(name)
    return changed
