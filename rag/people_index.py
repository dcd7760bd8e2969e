"""Who is quoted in each article, kept next to the index (<store>/people/, one small file per article version)
so that listing the people of thousands of articles does not run attribution on each of them.

Ingest writes the file with the article's statement vectors. Like those, the files are a cache outside the
crash-safe protocol: a missing or stale one (another version) is computed in memory when read, never written
by a reader; the next ingest of the article writes it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from rag.attribution import NARRATION
from rag.names import own_name, romanize
from rag.quotes import ArticleIndex

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ArticleSpeaker:
    """One person of one article who says something there."""

    person: int  # the person id within the article (Statement.person)
    mentions: tuple[str, ...]  # as the article names them as a speaker
    forms: tuple[str, ...]  # every way the article names them, what a typed name is matched against
    statements: int
    name_en: str
    full_name: str  # their own name when it has two words or more (normalised), else "": joins articles


def speakers_of(index: ArticleIndex) -> list[ArticleSpeaker]:
    counts: dict[int, int] = {}
    for st in index.passages:
        who = index.person_of(st)
        if who is not None and not st.headline and st.kind != NARRATION:
            counts[who.id] = counts.get(who.id, 0) + 1
    out = []
    for p in index.people:
        if p.id not in counts or not p.mentions:
            continue
        name = max(p.mentions, key=len)
        own = own_name(name)
        out.append(
            ArticleSpeaker(
                p.id, tuple(p.mentions), tuple(p.forms), counts[p.id], romanize(name), " ".join(own) if len(own) >= 2 else ""
            )
        )
    return out


class PeopleIndex:
    def __init__(self, store_dir: Path) -> None:
        self.dir = Path(store_dir) / "people"

    def _path(self, article_id: str) -> Path:
        return self.dir / (hashlib.sha1(article_id.encode()).hexdigest() + ".json")

    def load(self, article_id: str, version: str) -> list[ArticleSpeaker] | None:
        """The article's speakers as saved for this version, or None (missing, stale or unreadable)."""
        try:
            data = json.loads(self._path(article_id).read_text(encoding="utf-8"))
            if data.get("version") != version:
                return None
            return [ArticleSpeaker(**{**s, "mentions": tuple(s["mentions"]), "forms": tuple(s["forms"])}) for s in data["people"]]
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as e:
            log.warning("ignoring unreadable people file for %s (%s)", article_id, e)
            return None

    def save(self, article_id: str, version: str, speakers: list[ArticleSpeaker]) -> None:
        path = self._path(article_id)
        tmp = path.with_name(path.stem + ".tmp")
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            tmp.write_text(
                json.dumps({"version": version, "people": [asdict(s) for s in speakers]}, ensure_ascii=False), encoding="utf-8"
            )
            os.replace(tmp, path)
        except OSError as e:  # a read-only store still lists people; it computes them when read
            log.warning("could not save the people of %s to %s (%s)", article_id, path, e)

    def delete(self, article_id: str) -> None:
        self._path(article_id).unlink(missing_ok=True)
