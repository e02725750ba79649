"""Exact and near duplicates: a content hash, and MinHash/LSH over word shingles.

The signatures and their LSH band keys live in the database (`minhashes`, `lsh_bands`), so a
later run finds copies of articles stored by earlier runs with an indexed lookup, and memory does
not grow with the corpus. Banding follows datasketch's MinHashLSH parameters for the threshold.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import zlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
THRESHOLD = 0.8  # estimated Jaccard of word shingles from which an article is a near-copy
SHINGLE = 4  # words per shingle: 4 keeps lightly copy-edited copies above the threshold (see docs)
# LSH only proposes candidates, each then checked by the exact Jaccard of the two texts' shingles.
# Its threshold is set below THRESHOLD so that a pair at 0.8 is proposed 98.6% of the time (at 0.8
# itself only about half are). datasketch's MinHashLSH(threshold=0.6, num_perm=128) picks 18 bands
# of 7 rows (tests check it); written here because importing datasketch.lsh pulls in scipy.
LSH_THRESHOLD = 0.6
BANDS, ROWS = 18, 7
SEED = 1  # permutations are fixed: signatures stored by one run must compare with the next


def content_hash(text: str) -> str:
    """The same body, whatever its whitespace, hashes the same."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    words = re.findall(r"\w+", text.casefold())
    if len(words) < k:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


@lru_cache(maxsize=1)
def _permutations():
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32").permutations


def signature(text: str) -> np.ndarray:
    # crc32 is a stable 32-bit hash like datasketch's default sha1_hash32, and several times faster
    m = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=zlib.crc32, permutations=_permutations(),
                scheme="affine32")
    m.update_batch(list(shingles(text)))
    return m.hashvalues.astype("<u8")


def band_keys(sig: np.ndarray) -> list[tuple[int, bytes]]:
    return [(i, hashlib.blake2b(sig[i * ROWS:(i + 1) * ROWS].tobytes(), digest_size=8).digest()) for i in range(BANDS)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


@dataclass(frozen=True, slots=True)
class NearCopy:
    original: int  # articles.id, always an original (never itself a copy)
    similarity: float


def find_near_copy(conn: sqlite3.Connection, text: str, sig: np.ndarray) -> NearCopy | None:
    """The stored original `text` is a near-copy of, if any (the most similar)."""
    keys = band_keys(sig)
    where = " OR ".join("(band = ? AND key = ?)" for _ in keys)
    params = [v for k in keys for v in k]
    candidates = [row[0] for row in conn.execute(f"SELECT DISTINCT article FROM lsh_bands WHERE {where}", params)]
    if not candidates:
        return None
    mine = shingles(text)
    best: NearCopy | None = None
    for cand in candidates:
        row = conn.execute("SELECT text, duplicate_of FROM articles WHERE id = ?", (cand,)).fetchone()
        if row is None:
            continue
        theirs = shingles(row[0])
        sim = len(mine & theirs) / len(mine | theirs)
        if sim >= THRESHOLD:
            original = row[1] if row[1] is not None else cand
            if best is None or sim > best.similarity or (sim == best.similarity and original < best.original):
                best = NearCopy(original, sim)
    return best


def remember(conn: sqlite3.Connection, article: int, sig: np.ndarray) -> None:
    conn.execute("INSERT INTO minhashes(article, signature) VALUES (?, ?)", (article, sig.tobytes()))
    conn.executemany("INSERT INTO lsh_bands(band, key, article) VALUES (?, ?, ?)",
                     [(band, key, article) for band, key in band_keys(sig)])
