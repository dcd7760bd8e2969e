"""What ArticleQA.stream yields, in order: one "sources", zero or more "text", then one "done"."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal


@dataclass(frozen=True)
class Event:
    kind: Literal["sources", "text", "done"]
    # sources: list[Quote] (verified, numbered in order); text: str (a piece of the answer); done: Answer
    data: Any
