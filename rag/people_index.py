"""Who is quoted in each article, kept next to the index (<store>/people/) so that listing the people of
thousands of articles does not run attribution on each of them: one small file per article version, and one
summary of them all that readers open.

Ingest writes the article's file with its statement vectors, and the summary at its end. Like the vectors,
they are a cache outside the crash-safe protocol: a missing or stale entry (another article version, or saved
by other attribution rules) is computed in memory when read, never written by a reader; the next ingest writes
it.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import orjson

from rag.attribution import NARRATION
from rag.attribution import VERSION as ATTRIBUTION_VERSION
from rag.names import NameQuery, own_name, romanize
from rag.people import VERSION as PEOPLE_VERSION
from rag.quotes import ArticleIndex

log = logging.getLogger(__name__)

# The rules a saved entry was worked out by. Readers attribute an article's statements with the rules they run,
# so an entry saved by other rules (a store ingested before an upgrade) would give their person ids other
# people's names: it is stale, like one of another article version, until the next ingest writes it again.
RULES = f"attribution {ATTRIBUTION_VERSION}, people {PEOPLE_VERSION}"


@dataclass(frozen=True, slots=True)
class ArticleSpeaker:
    """One person of one article who says something there."""

    person: int  # the person id within the article (Statement.person)
    mentions: tuple[str, ...]  # as the article names them as a speaker
    aliases: tuple[str, ...]  # how else the article names them (rag.people.Person.aliases)
    statements: int
    name_en: str
    full_name: str  # their own name when it has two words or more (normalised), else "": joins articles
    # What a typed name must not take them for (rag.names.NameQuery.is_ambiguous_for): a family name the article
    # gives someone else too, and a family name alone that two given names of the article bear.
    surname_shared: bool = False
    family_name_only: bool = False

    @property
    def forms(self) -> tuple[str, ...]:
        """Every way the article names them: what a typed name is matched against."""
        return self.mentions + self.aliases

    def named_by(self, query: NameQuery) -> bool:
        """Is this the person a typed name means (as rag.quotes.ArticleIndex.people_matching tells)?"""
        return query.matches(self.forms) and not query.is_ambiguous_for(
            surname_shared=self.surname_shared, family_name_only=self.family_name_only
        )

    def row(self) -> list:
        return [
            self.person,
            list(self.mentions),
            list(self.aliases),
            self.statements,
            self.name_en,
            self.full_name,
            self.surname_shared,
            self.family_name_only,
        ]

    @classmethod
    def from_row(cls, row: list) -> ArticleSpeaker:
        person, mentions, aliases, statements, name_en, full_name, shared, family_only = row
        return cls(person, tuple(mentions), tuple(aliases), statements, name_en, full_name, shared, family_only)


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
                p.id,
                tuple(p.mentions),
                tuple(p.aliases),
                counts[p.id],
                romanize(name),
                " ".join(own) if len(own) >= 2 else "",
                index.surname_shared(p),
                index.family_name_only(p),
            )
        )
    return out


@contextmanager
def bulk() -> Iterator[None]:
    """No garbage collection while tens of thousands of small records are made: in a process holding a model
    and an index, each collection walks all of it, and they made up most of listing 10,000 articles' people."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class PeopleIndex:
    """One file per article version (written as each article is ingested, so a crash keeps what was done) and
    one summary of them all (all.json, rewritten at the end of each ingest), which is what a reader opens:
    listing the people of 10,000 articles reads one file, not 10,000. Entries of another version are stale and
    ignored, so the summary needs no update when an article is removed."""

    SUMMARY = "all.json"

    def __init__(self, store_dir: Path) -> None:
        self.dir = Path(store_dir) / "people"
        self._summary: tuple[tuple[int, int], dict[str, dict]] | None = None

    def _path(self, article_id: str) -> Path:
        return self.dir / (hashlib.sha1(article_id.encode()).hexdigest() + ".json")

    def load(self, wanted: dict[str, str]) -> dict[str, list[ArticleSpeaker]]:
        """The speakers of these articles (id -> version) as saved for that version; the articles whose people
        are missing, stale or unreadable are left out."""
        out = {}
        with bulk():
            entries = self._entries()
            for article_id, version in wanted.items():
                entry = self._entry(entries, article_id, version)
                if entry is None:
                    continue
                try:
                    out[article_id] = [ArticleSpeaker.from_row(row) for row in entry["people"]]
                except (KeyError, TypeError, ValueError) as e:
                    log.warning("ignoring unreadable people of %s (%s)", article_id, e)
        return out

    def _entry(self, summary: dict[str, dict], article_id: str, version: str) -> dict | None:
        """The article's saved people of this version: from the summary, else from the article's own file."""
        entry = summary.get(article_id)
        if not self._current(entry, version):
            entry = self._read(self._path(article_id), article_id)
        return entry if self._current(entry, version) else None

    @staticmethod
    def _current(entry: dict | None, version: str) -> bool:
        return entry is not None and entry.get("version") == version and entry.get("rules") == RULES

    def _entries(self) -> dict[str, dict]:
        """The summary's entries, read again only when the file changed (one stat per look)."""
        path = self.dir / self.SUMMARY
        try:
            st = path.stat()
        except OSError:
            return {}
        key = (st.st_mtime_ns, st.st_size)
        if self._summary is None or self._summary[0] != key:
            self._summary = (key, self._read(path, "the people summary") or {})
        return self._summary[1]

    @staticmethod
    def _read(path: Path, what: str) -> dict | None:
        try:
            data = orjson.loads(path.read_bytes())
            return data if isinstance(data, dict) else None
        except FileNotFoundError:
            return None
        except (OSError, orjson.JSONDecodeError) as e:
            log.warning("ignoring unreadable people file for %s (%s)", what, e)
            return None

    def save(self, article_id: str, version: str, speakers: list[ArticleSpeaker]) -> None:
        entry = {"version": version, "rules": RULES, "people": [s.row() for s in speakers]}
        self._write(self._path(article_id), entry, article_id)

    def save_summary(self, versions: dict[str, str]) -> None:
        """Gather the served articles' people (article id -> version) into the summary: entries already there
        for that version are kept, the others are read from the articles' own files (only the ones this ingest
        wrote, or all of them once for a store made before the summary existed)."""
        old = self._entries()
        entries = {}
        for article_id, version in versions.items():
            entry = self._entry(old, article_id, version)
            if entry is not None:
                entries[article_id] = entry
        if entries != old:
            self._write(self.dir / self.SUMMARY, entries, "the people summary")

    def _write(self, path: Path, data: dict, what: str) -> None:
        tmp = path.with_name(path.stem + ".tmp")
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(orjson.dumps(data))
            os.replace(tmp, path)
        except OSError as e:  # a read-only store still lists people; it computes them when read
            log.warning("could not save the people of %s to %s (%s)", what, path, e)

    def delete(self, article_id: str) -> None:
        self._path(article_id).unlink(missing_ok=True)
