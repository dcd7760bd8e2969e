"""What ArticleQA.stream yields, in order: one Sources, zero or more TextPiece, then one Done.

In llm mode a Restart may come between text pieces: the model failed mid-answer, so discard the text so far;
the extractive answer's pieces follow. The pieces are for showing the answer while it is written; Done's Answer
is the answer itself (render it from its fields).

    for event in qa.stream(question):
        match event:
            case Sources(quotes): ...
            case TextPiece(text): ...
            case Restart(note): ...
            case Done(answer): ...
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from rag.models import Answer, Quote


@dataclass(frozen=True)
class Sources:
    """The verified quotes the answer will cite, numbered [1]..[n] in order: known before any text is written."""

    quotes: list[Quote]


@dataclass(frozen=True)
class TextPiece:
    """The next piece of the answer's text (Answer.text is all the pieces since the last Restart, joined)."""

    text: str


@dataclass(frozen=True)
class Restart:
    """The model failed after some text was shown: drop that text; the note says why."""

    note: str


@dataclass(frozen=True)
class Done:
    answer: Answer


Event: TypeAlias = Sources | TextPiece | Restart | Done
