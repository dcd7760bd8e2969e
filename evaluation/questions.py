"""Question sets: YAML files of fixed questions with what a correct answer must contain.

The keys are a shared format (issue 5) so sets can be exchanged; anything else in a file is an error rather
than silently ignored, because a misspelt key ("speker") would otherwise turn a check off without anyone noticing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from rag.errors import RagError

KEYS = {"id", "q", "turns", "article", "speaker", "speaker_forms", "gold", "answerable", "who"}


class QuestionSetError(RagError):
    """A question set (or an attribution gold file) cannot be used as written."""


@dataclass(frozen=True)
class EvalQuestion:
    id: str
    turns: tuple[str, ...]  # a single question is one turn; the last turn is the one judged
    file: str
    article: str | None = None
    speaker: str | None = None
    gold: tuple[str, ...] = field(default_factory=tuple)
    answerable: bool = True
    # The Arabic strings the article uses for the speaker. When given, they alone decide whether a quote is the
    # speaker's: the project's own name matcher is what the evaluation measures, so it cannot also be the judge.
    speaker_forms: tuple[str, ...] = field(default_factory=tuple)
    # "Who said …?": the answer lists several people; speaker and forms name one who must be among them.
    who: bool = False

    @property
    def question(self) -> str:
        return self.turns[-1]

    @property
    def names_speaker(self) -> bool:
        return bool(self.speaker or self.speaker_forms)


def load_question_set(path: Path) -> list[EvalQuestion]:
    """Read and validate one YAML question set. Raises QuestionSetError naming the file and the question."""
    data = read_yaml_list(path, "a question set", "questions ('- id: ...')")
    name = str(path)
    out: list[EvalQuestion] = []
    seen: set[str] = set()
    for n, item in enumerate(data, 1):
        out.append(_question(item, n, name, seen))
    return out


def read_yaml_list(path: Path, what: str, items: str) -> list:
    """The non-empty YAML list in path. what/items name the file's kind and its entries in messages."""
    name = str(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as e:
        raise QuestionSetError(f"{name}: cannot read {what} ({e.strerror}).") from e
    except UnicodeDecodeError as e:
        raise QuestionSetError(f"{name}: not UTF-8 text. Save {what} as UTF-8.") from e
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(e, "problem", None) or str(e)
        raise QuestionSetError(f"{name}: not valid YAML{where}: {problem}.") from e
    if not isinstance(data, list) or not data:
        raise QuestionSetError(f"{name}: {what} is a non-empty YAML list of {items}.")
    return data


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
        turns = [text_value(item["q"], where, "q")]
    else:
        value = item["turns"]
        if not isinstance(value, list) or not value:
            raise QuestionSetError(f"{where}: 'turns' must be a non-empty list of questions.")
        turns = [text_value(t, where, f"turns[{i}]") for i, t in enumerate(value)]

    article = optional_text(item, "article", where)
    if article is not None and ("/" in article or "\\" in article):
        raise QuestionSetError(f"{where}: 'article' is a file name (e.g. putin-qatar-relations.txt), not a path.")
    speaker = optional_text(item, "speaker", where)

    gold = text_list(item, "gold", where, "substrings of the article")
    forms = text_list(item, "speaker_forms", where, "the speaker's names as the article writes them", allow_empty=False)

    answerable = item.get("answerable", True)
    if not isinstance(answerable, bool):
        raise QuestionSetError(f"{where}: 'answerable' must be true or false, not {answerable!r}.")
    # An unanswerable question may still name an article and a person ("What did Putin say about the weather?"
    # over an article that quotes Putin): the answer must be "not found", and any quote shown is still judged
    # for whose words it is. Only gold contradicts "no answer exists".
    if not answerable and gold:
        raise QuestionSetError(f"{where}: 'answerable: false' means no answer exists, so it cannot also have gold.")
    who = item.get("who", False)
    if not isinstance(who, bool):
        raise QuestionSetError(f"{where}: 'who' must be true or false, not {who!r}.")
    return EvalQuestion(qid, tuple(turns), name, article, speaker, tuple(gold), answerable, tuple(forms), who)


def text_value(value: object, where: str, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise QuestionSetError(f"{where}: '{key}' must be non-empty text, not {value!r}.")
    return value.strip()


def text_list(item: dict, key: str, where: str, what: str, allow_empty: bool = True) -> list[str]:
    value = item.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise QuestionSetError(f"{where}: '{key}' must be a list of {what} ('- ...' lines).")
    if not value and not allow_empty:
        # An empty list would quietly switch the check it drives off.
        raise QuestionSetError(f"{where}: '{key}' is empty. List {what}, or leave the key out.")
    return [text_value(v, where, f"{key}[{i}]") for i, v in enumerate(value)]


def optional_text(item: dict, key: str, where: str) -> str | None:
    return text_value(item[key], where, key) if item.get(key) is not None else None
