"""Where an article came from, as one string: a file path, a URL, or a line of a JSONL file ("path#12").

A JSONL record without a URL is named by its file and line; everything that needs the file back (the file an
article was read from, its name for display or lookup) goes through file_of(), so a "#" that is part of a
file's own name ("notes#2.txt") is never mistaken for a line number.
"""

from __future__ import annotations

import re
from pathlib import Path

_LINE = re.compile(r"#(\d+)$")


def jsonl_line(path: str, line: int) -> str:
    """The source of record `line` (1-based) of the JSONL file at path."""
    return f"{path}#{line}"


def is_url(source: str) -> bool:
    return "://" in source


def file_of(source: str) -> str:
    """The file a source was read from (a JSONL record's file without its line); a URL unchanged."""
    return source if is_url(source) else _LINE.sub("", source)


def file_name(source: str) -> str:
    """The file name of a source, for display and for finding an article by name; a URL unchanged."""
    return source if is_url(source) else Path(file_of(source)).name
