"""What ArticleQA.stream yields, in order: one "sources", zero or more "text", then one "done".

In llm mode a "restart" (data: the note saying why) may come between text pieces: the model failed mid-answer,
so discard the text so far; the extractive answer's pieces follow."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal


@dataclass(frozen=True)
class Event:
    kind: Literal["sources", "text", "restart", "done"]
    # sources: list[Quote] (verified, numbered in order); text: str (a piece of the answer); restart: str;
    # done: Answer
    data: Any
