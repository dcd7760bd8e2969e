"""Read article files (.txt, .md, .html/.htm, .jsonl) into Articles, detecting the text encoding."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

from bs4 import BeautifulSoup

from ingest.clean import clean
from rag.errors import IngestError
from rag.models import Article
from rag.sources import is_url, jsonl_line
from rag.text import ARABIC_LETTER

SUPPORTED_SUFFIXES = {".txt", ".md", ".html", ".htm", ".jsonl"}


def decode(data: bytes, name: str) -> str:
    """Decode bytes as UTF-8 (BOM or not), UTF-16 (BOM), or Windows-1256, which Arabic sites still use."""
    for bom, enc, label in (
        (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"),
        (b"\xff\xfe", "utf-16", "UTF-16"),
        (b"\xfe\xff", "utf-16", "UTF-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as e:
                raise IngestError(
                    f"{name}: starts with a {label} byte-order mark but is not valid {label} ({e.reason} at byte {e.start}). Re-save it as UTF-8."
                ) from e
    if b"\x00" in data[:4096]:
        # UTF-16 without a BOM has a NUL in every other byte of ASCII; anything else with NULs is binary.
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text and _looks_like_text(text) and _in_expected_scripts(text):
                return text
        raise IngestError(f"{name}: looks like a binary file, not text. Save articles as UTF-8 text, HTML or JSONL.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        if _mostly_utf8(data):
            # Read as Windows-1256 it would become plausible-looking Arabic garbage: refuse instead.
            raise IngestError(
                f"{name}: UTF-8 text with invalid bytes ({e.reason} at byte {e.start}); the file looks damaged. Re-save it as UTF-8."
            ) from e
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError as e:
        raise IngestError(f"{name}: cannot decode as UTF-8, UTF-16 or Windows-1256 ({e}). Re-save it as UTF-8.") from e
    if not ARABIC_LETTER.search(text) or not _looks_like_text(text):
        raise IngestError(f"{name}: not valid UTF-8 and does not read as Arabic Windows-1256. Re-save it as UTF-8.")
    return text


def _mostly_utf8(data: bytes) -> bool:
    """True when most non-ASCII bytes form valid UTF-8 sequences. Windows-1256 Arabic almost never does: its
    letters (0xC1-0xFE) follow each other, while a UTF-8 lead byte needs a continuation byte (0x80-0xBF)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 127) - bad
    return good > 4 * bad


# Latin, Arabic (with its supplements and presentation forms), general punctuation: what a news article in
# UTF-16 is made of. Random bytes decoded as UTF-16 land almost everywhere else (CJK, Hangul, private use).
_EXPECTED = re.compile(r"[\u0000-\u024f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u2000-\u206f\ufb50-\ufdff\ufe70-\ufeff]")


def _in_expected_scripts(text: str) -> bool:
    sample = text[:4096]
    return len(_EXPECTED.findall(sample)) >= 0.95 * len(sample)


def _looks_like_text(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    return controls <= len(sample) * 0.01


_LETTER = re.compile(r"[^\W\d_]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MOJIBAKE_LEAD = re.compile("[طظ]")  # UTF-8 Arabic read as Windows-1256: every letter becomes ط or ظ plus a symbol
MIN_LETTERS = 10


def readable(text: str, name: str, max_paragraph_density: float | None = None) -> None:
    """Raise IngestError unless text reads as an article: letters enough, no control characters (NUL …), not
    UTF-8 mis-read as Windows-1256 ("ظ‡ظٹظپط§ط"), words of a plausible length (random bytes make endless ones)
    and, with a bound, not more paragraphs per 1000 characters than that (100,000 one-word lines would be as many
    passages to embed)."""
    if _CONTROL.search(text):
        raise IngestError(
            f"{name}: contains control characters (such as NUL bytes), so it is not plain text. Re-save it as UTF-8 text."
        )
    letters = len(_LETTER.findall(text))
    if letters < MIN_LETTERS:
        raise IngestError(f"{name}: no readable text ({letters} letters). An article needs at least a sentence.")
    arabic = len(ARABIC_LETTER.findall(text))
    if arabic >= 20 and len(_MOJIBAKE_LEAD.findall(text)) > 0.3 * arabic:
        raise IngestError(
            f'{name}: looks like UTF-8 Arabic that was read as Windows-1256 (mojibake such as "ظ‡ظٹ"). '
            "Re-save the original as UTF-8."
        )
    words = text.split()
    if letters / max(len(words), 1) > 20:
        raise IngestError(f"{name}: its words average over 20 letters; this is not running text (random or binary data?).")
    if max_paragraph_density is not None:
        paragraphs = sum(1 for line in text.splitlines() if line.strip())
        if paragraphs > 200 and paragraphs > max_paragraph_density * len(text) / 1000:
            raise IngestError(
                f"{name}: {paragraphs:,} lines in {len(text):,} characters, more than {max_paragraph_density:g} per 1000 "
                "(RAG_MAX_PARAGRAPH_DENSITY): a list or table, not an article. Join its lines or raise the limit."
            )


def _article_id(source: str) -> str:
    """Stable id from where the article came from: re-ingesting the same file updates, not duplicates."""
    # The slug is cut at the first "#" as it always was (not file_of()): ids must not change between versions, or
    # re-ingesting "a#b.txt" would index it a second time.
    stem = source.rstrip("/").rsplit("/", 1)[-1] if is_url(source) else Path(source.split("#")[0]).stem
    slug = re.sub(r"[^\w-]+", "-", stem, flags=re.UNICODE).strip("-").lower()[:40] or "article"
    return f"{slug}-{hashlib.sha1(source.encode()).hexdigest()[:8]}"


def _first_line_title(text: str) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:200]
    return ""


_INNER_BLOCKS = {"p", "li", "blockquote", "td"}


def _inside(el, block) -> bool:
    return any(parent is block for parent in el.parents)


def _html_to_text(html: str) -> tuple[str, str]:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "footer", "header", "form", "aside"]):
        tag.decompose()
    title = ""
    if soup.title and soup.title.get_text(strip=True):
        title = soup.title.get_text(strip=True)
    else:
        heading = soup.find(["h1", "h2"])
        if heading:
            title = heading.get_text(" ", strip=True)
    if soup.title:
        soup.title.decompose()
    blocks = []
    found = soup.find_all(["h1", "h2", "h3", "h4", "p", "li", "blockquote", "td", "pre"])
    # A block that holds inner blocks (p, li, blockquote, td) is left to them: they carry the text. In document
    # order the first inner block after a block is inside it if any is, so one look per block tells (asking each
    # block to search its subtree is quadratic on deeply nested markup).
    next_inner: list = [None] * len(found)
    upcoming = None
    for i in range(len(found) - 1, -1, -1):
        next_inner[i] = upcoming
        if found[i].name in _INNER_BLOCKS:
            upcoming = found[i]
    for el, nxt in zip(found, next_inner, strict=True):
        if nxt is not None and _inside(nxt, el):
            continue
        text = el.get_text(" ", strip=True)
        if text:
            blocks.append(("  • " + text) if el.name == "li" else text)
    if not blocks:
        blocks = [soup.get_text("\n", strip=True)]
    return title, "\n\n".join(blocks)


def load_file(path: Path, max_bytes: int, max_paragraph_density: float | None = None) -> list[Article]:
    """Load one file into one Article (or one per line for .jsonl). Raises IngestError with the reason, also for
    text that is not readable as an article (see readable)."""

    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(f"{name}: unsupported file type '{suffix}'. Use one of {', '.join(sorted(SUPPORTED_SUFFIXES))}.")
    size = path.stat().st_size
    if size > max_bytes:
        raise IngestError(
            f"{name}: {size:,} bytes is over the limit of {max_bytes:,} (RAG_MAX_FILE_BYTES). Split it or raise the limit."
        )
    raw = decode(path.read_bytes(), name)
    source = str(path.resolve())

    if suffix == ".jsonl":
        return list(_load_jsonl(raw, source, name, max_paragraph_density))
    if suffix in {".html", ".htm"}:
        title, body = _html_to_text(raw)
    else:
        body = raw
        title = ""
    text = clean(body)
    if not text.strip():
        raise IngestError(f"{name}: no article text after cleaning (empty file or only boilerplate).")
    readable(text, name, max_paragraph_density)
    return [Article(id=_article_id(source), title=title or _first_line_title(text), text=text, source=source, origin=source)]


_SURROGATE = re.compile("[\ud800-\udfff]")


def _load_jsonl(raw: str, source: str, name: str, max_paragraph_density: float | None) -> Iterator[Article]:

    count = 0
    for lineno, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            raise IngestError(f"{name}:{lineno}: not valid JSON ({e.msg}). Each line must be one JSON object.") from e
        except RecursionError as e:
            raise IngestError(f"{name}:{lineno}: JSON nested too deeply. Each line must be one flat JSON object.") from e
        fields = ("text", "title", "url", "published")
        if (
            not isinstance(rec, dict)
            or not isinstance(rec.get("text"), str)
            or any(rec.get(f) is not None and not isinstance(rec[f], str) for f in fields[1:])
        ):
            raise IngestError(
                f"{name}:{lineno}: each line needs a string field 'text' (optional strings: title, url, published)."
            )
        if any(_SURROGATE.search(rec[f]) for f in fields if rec.get(f)):
            raise IngestError(
                f"{name}:{lineno}: contains an invalid \\u escape (a lone surrogate, not a character). "
                "Fix the exporter that wrote this file."
            )
        text = clean(rec["text"])
        if not text.strip():
            raise IngestError(f"{name}:{lineno}: empty 'text'.")
        readable(text, f"{name}:{lineno}", max_paragraph_density)
        art_source = rec.get("url") or jsonl_line(source, lineno)
        count += 1
        yield Article(
            id=_article_id(art_source),
            title=str(rec.get("title") or _first_line_title(text)),
            text=text,
            source=art_source,
            published=str(rec["published"]) if rec.get("published") else None,
            origin=source,
        )
    if count == 0:
        raise IngestError(f"{name}: no articles in this JSONL file.")


def find_files(paths: list[Path]) -> list[Path]:
    """Expand directories into their supported files, sorted, so runs are reproducible. Inside a directory only
    regular files that really are inside it count: a symlink out of it (to /etc/passwd, say) is skipped. A path
    named explicitly may be a symlink, but must lead to a regular file (not /dev/zero, a FIFO, a socket)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            root = p.resolve()
            out.extend(
                sorted(
                    f
                    for f in p.rglob("*")
                    if f.suffix.lower() in SUPPORTED_SUFFIXES and f.is_file() and f.resolve().is_relative_to(root)
                )
            )
        elif p.is_file():
            out.append(p)
        elif p.exists():
            raise IngestError(f"{p}: not a regular file (a device, pipe or socket). Give article files or folders.")
        else:
            raise IngestError(f"{p}: no such file or directory.")
    return out
