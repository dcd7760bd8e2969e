"""Statement vectors, one file per article version, next to the index (<store>/statements/).

Quotes are scored per statement (sentence or direct speech), so every statement needs its own vector.
Embedding them while a user waits made `ask` ten times slower than retrieval (bench/results/profile_ask_*.txt),
so ingest embeds them once, with the article's chunks, and saves them before the store serves that version.
The files are a cache, not part of the crash-safe protocol: a missing or stale file only means the statements
are embedded when first needed and kept in memory (reads never write; the next ingest of the article saves
them, `rag ingest --rebuild` all of them).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

Span = tuple[int, int]


class StatementVectors:
    def __init__(self, store_dir: Path) -> None:
        self.dir = Path(store_dir) / "statements"

    def _path(self, article_id: str) -> Path:
        # Article ids come from file names and URLs: hash them into safe, fixed-length names.
        return self.dir / (hashlib.sha1(article_id.encode()).hexdigest() + ".npz")

    def load(self, article_id: str, version: str) -> dict[Span, np.ndarray]:
        path = self._path(article_id)
        try:
            with np.load(path) as z:
                if str(z["version"]) != version:
                    return {}
                return {
                    (int(s), int(e)): v for s, e, v in zip(z["starts"], z["ends"], z["vectors"].astype(np.float32), strict=True)
                }
        except FileNotFoundError:
            return {}
        except Exception as e:  # a damaged cache file is re-made, never fatal
            log.warning("ignoring unreadable statement vectors %s (%s)", path, e)
            return {}

    def save(self, article_id: str, version: str, spans: list[Span], vectors: np.ndarray) -> None:
        """Merge into the article's file (atomic replace). float32, as computed: a quote must not depend on
        whether its vector came from this file or from the model."""
        rows = self.load(article_id, version)
        rows.update(zip(spans, np.asarray(vectors, dtype=np.float32), strict=True))
        if not rows:
            return
        keys = sorted(rows)
        path = self._path(article_id)
        tmp = path.with_name(path.stem + ".tmp.npz")
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            np.savez(
                tmp,
                version=np.array(version),
                starts=np.array([s for s, _ in keys]),
                ends=np.array([e for _, e in keys]),
                vectors=np.vstack([rows[k] for k in keys]).astype(np.float32),
            )
            os.replace(tmp, path)
        except OSError as e:  # a read-only store still answers; it just embeds again next time
            log.warning("could not save statement vectors to %s (%s)", path, e)

    def delete(self, article_id: str) -> None:
        self._path(article_id).unlink(missing_ok=True)

    def wipe(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)
