"""Question sets: YAML files of fixed questions with what a correct answer must contain.

The keys are a shared format (issue 5) so sets can be exchanged; anything else in a file is an error rather
than silently ignored, because a misspelt key ("speker") would otherwise turn a check off without anyone noticing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from rag.errors import RagError

KEYS = {"id", "q", "turns", "article", "speaker", "gold", "answerable"}


class QuestionSetError(RagError):
    """A question set file cannot be used as written."""


@dataclass(frozen=True)
class EvalQuestion:
    id: str
    turns: tuple[str, ...]  # a single question is one turn; the last turn is the one judged
    file: str
    article: str | None = None
    speaker: str | None = None
    gold: tuple[str, ...] = field(default_factory=tuple)
    answerable: bool = True

    @property
    def question(self) -> str:
        return self.turns[-1]


def load_question_set(path: Path) -> list[EvalQuestion]:
    """Read and validate one YAML question set. Raises QuestionSetError naming the file and the question."""
    name = str(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as e:
        raise QuestionSetError(f"{name}: cannot read the question set ({e.strerror}).") from e
    except UnicodeDecodeError as e:
        raise QuestionSetError(f"{name}: not UTF-8 text. Save the question set as UTF-8.") from e
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(e, "problem", None) or str(e)
        raise QuestionSetError(f"{name}: not valid YAML{where}: {problem}.") from e
    if not isinstance(data, list) or not data:
        raise QuestionSetError(f"{name}: a question set is a non-empty YAML list of questions ('- id: ...').")

    out: list[EvalQuestion] = []
    seen: set[str] = set()
    for n, item in enumerate(data, 1):
        out.append(_question(item, n, name, seen))
    return out


def load_question_sets(paths: list[Path]) -> list[EvalQuestion]:
    questions: list[EvalQuestion] = []
    for p in paths:
        questions.extend(load_question_set(p))
    return questions


def _question(item: object, n: int, name: str, seen: set[str]) -> EvalQuestion:
    if not isinstance(item, dict):
        raise QuestionSetError(f"{name}: question #{n} is not a mapping of keys (id, q, gold, ...).")
    qid = item.get("id")
    if not isinstance(qid, (str, int)) or isinstance(qid, bool) or not str(qid).strip():
        raise QuestionSetError(f"{name}: question #{n} has no 'id'. Give every question a unique id.")
    qid = str(qid)
    where = f"{name}: question '{qid}'"
    if qid in seen:
        raise QuestionSetError(f"{where}: the id is used twice in this file. Ids must be unique in a file.")
    seen.add(qid)

    unknown = sorted(set(item) - KEYS)
    if unknown:
        raise QuestionSetError(f"{where}: unknown key(s) {', '.join(unknown)}. Allowed: {', '.join(sorted(KEYS))}.")
    if ("q" in item) == ("turns" in item):
        raise QuestionSetError(f"{where}: give exactly one of 'q' (a question) or 'turns' (a conversation).")
    if "q" in item:
        turns = [_text(item["q"], where, "q")]
    else:
        value = item["turns"]
        if not isinstance(value, list) or not value:
            raise QuestionSetError(f"{where}: 'turns' must be a non-empty list of questions.")
        turns = [_text(t, where, f"turns[{i}]") for i, t in enumerate(value)]

    article = _optional_text(item, "article", where)
    if article is not None and ("/" in article or "\\" in article):
        raise QuestionSetError(f"{where}: 'article' is a file name (e.g. putin-qatar-relations.txt), not a path.")
    speaker = _optional_text(item, "speaker", where)

    gold_value = item.get("gold")
    if gold_value is None:
        gold: list[str] = []
    elif isinstance(gold_value, list):
        gold = [_text(g, where, f"gold[{i}]") for i, g in enumerate(gold_value)]
    else:
        raise QuestionSetError(f"{where}: 'gold' must be a list of substrings of the article ('- ...' lines).")

    answerable = item.get("answerable", True)
    if not isinstance(answerable, bool):
        raise QuestionSetError(f"{where}: 'answerable' must be true or false, not {answerable!r}.")
    if not answerable and (gold or article or speaker):
        raise QuestionSetError(
            f"{where}: 'answerable: false' means no answer exists, so it cannot also have gold, article or speaker."
        )
    return EvalQuestion(qid, tuple(turns), name, article, speaker, tuple(gold), answerable)


def _text(value: object, where: str, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise QuestionSetError(f"{where}: '{key}' must be non-empty text, not {value!r}.")
    return value.strip()


def _optional_text(item: dict, key: str, where: str) -> str | None:
    return _text(item[key], where, key) if item.get(key) is not None else None
