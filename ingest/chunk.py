"""Split a cleaned article into sentence-aligned, overlapping chunks with exact offsets."""

from __future__ import annotations

from rag.models import Article, Chunk
from rag.text import sentence_spans


def _pieces(text: str, size: int) -> list[tuple[int, int]]:
    """Sentence spans, with any sentence longer than size cut at word boundaries."""
    out: list[tuple[int, int]] = []
    for s, e in sentence_spans(text):
        while e - s > size:
            cut = text.rfind(" ", s + size // 2, s + size)
            cut = cut if cut > s else s + size
            out.append((s, cut))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if e > s:
            out.append((s, e))
    return out


def chunk_article(article: Article, size: int, overlap: int) -> list[Chunk]:
    pieces = _pieces(article.text, size)
    chunks: list[Chunk] = []
    i = 0
    while i < len(pieces):
        j = i
        while j + 1 < len(pieces) and pieces[j + 1][1] - pieces[i][0] <= size:
            j += 1
        start, end = pieces[i][0], pieces[j][1]
        chunks.append(Chunk(article.id, start, end, article.text[start:end], article.title, article.source))
        if j + 1 >= len(pieces):
            break
        # Step back over trailing sentences that fit in the overlap, but always move forward.
        k = j + 1
        while k - 1 > i and end - pieces[k - 1][0] <= overlap:
            k -= 1
        i = k
    return chunks
