"""Loading, cleaning and chunking, on real files written in the encodings Arabic sites use. No model needed."""

from __future__ import annotations

import random

import json
import unicodedata
from pathlib import Path

import pytest

from ingest.chunk import chunk_article
from ingest.clean import clean
from ingest.load import find_files, load_file
from rag.errors import IngestError
from rag.models import Article

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "articles"
LIMIT = 1_000_000

TITLE = "بوتين: علاقاتنا مع قطر تتعزز"
BODY = "أكد الرئيس الروسي فلاديمير بوتين أن العلاقات بين روسيا وقطر تشهد تطوراً مستمراً."
ARTICLE = f"{TITLE}\n\n{BODY}\n"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize(
    "encoding, data",
    [
        ("utf-8", ARTICLE.encode("utf-8")),
        ("utf-8 with BOM", ARTICLE.encode("utf-8-sig")),
        ("utf-16 (BOM, little-endian)", ARTICLE.encode("utf-16")),
        ("utf-16 big-endian with BOM", b"\xfe\xff" + ARTICLE.encode("utf-16-be")),
        ("utf-16-le without BOM", ARTICLE.encode("utf-16-le")),
        ("windows-1256", ARTICLE.encode("cp1256")),
    ],
)
def test_txt_in_every_supported_encoding_reads_the_same(tmp_path, encoding, data):
    [a] = load_file(_write(tmp_path, "a.txt", data), LIMIT)
    assert a.text == f"{TITLE}\n\n{BODY}"
    assert a.title == TITLE
    assert "\ufeff" not in a.text


def test_same_file_same_id_and_different_files_different_ids(tmp_path):
    p = _write(tmp_path, "a.txt", ARTICLE.encode())
    q = _write(tmp_path, "b.txt", ARTICLE.encode())
    assert load_file(p, LIMIT)[0].id == load_file(p, LIMIT)[0].id
    assert load_file(p, LIMIT)[0].id != load_file(q, LIMIT)[0].id


def test_markdown_title_is_the_first_heading_without_hashes(tmp_path):
    p = _write(tmp_path, "a.md", f"# {TITLE}\n\n{BODY}\n".encode())
    [a] = load_file(p, LIMIT)
    assert a.title == TITLE
    assert BODY in a.text


def test_html_title_from_title_tag_and_body_without_scripts_or_navigation(tmp_path):
    html = f"""<!doctype html><html><head><meta charset="windows-1256"><title>{TITLE}</title>
    <script>var tracking = "لا تظهر";</script><style>p {{color: red}}</style></head>
    <body><nav><a href="/">الرئيسية</a></nav><h1>عنوان داخلي</h1><p>{BODY}</p>
    <ul><li>البند الأول</li><li>البند الثاني</li></ul><footer>جميع الحقوق محفوظة 2024</footer></body></html>"""
    [a] = load_file(_write(tmp_path, "a.html", html.encode("cp1256")), LIMIT)
    assert a.title == TITLE
    assert BODY in a.text
    assert "البند الأول" in a.text and "البند الثاني" in a.text
    for gone in ("لا تظهر", "color", "الرئيسية", "جميع الحقوق"):
        assert gone not in a.text
    assert "<" not in a.text


def test_html_without_title_tag_takes_the_first_heading(tmp_path):
    html = f"<html><body><h1>{TITLE}</h1><p>{BODY}</p></body></html>"
    [a] = load_file(_write(tmp_path, "a.htm", html.encode()), LIMIT)
    assert a.title == TITLE
    assert a.text.startswith(TITLE)


def test_jsonl_one_article_per_line_with_metadata(tmp_path):
    lines = [
        {"text": BODY, "title": "عنوان أول", "url": "https://example.com/news/1", "published": "2024-05-01"},
        {"text": "وقال الأمير تميم إن التعاون مستمر."},
    ]
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n\n"
    a, b = load_file(_write(tmp_path, "feed.jsonl", data.encode()), LIMIT)
    assert (a.title, a.text, a.source, a.published) == ("عنوان أول", BODY, "https://example.com/news/1", "2024-05-01")
    assert b.title == "وقال الأمير تميم إن التعاون مستمر."  # no title: the first line
    assert b.source.endswith("feed.jsonl#2")
    assert a.id != b.id


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "no article text"),
        (b"\n\n   \n", "no article text"),
        ("اترك تعليقاً\n\nزر الذهاب إلى الأعلى\n".encode(), "no article text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        # Short even-length random bytes with a NUL decode as UTF-16 without error: CJK-like garbage, not an article.
        (
            bytes(b or 1 for b in random.Random(0).randbytes(64))[:10]
            + b"\x00"
            + bytes(b or 1 for b in random.Random(0).randbytes(64))[11:],
            "binary",
        ),
        ("Caf\u00e9 cr\u00e8me, na\u00efve fa\u00e7ade".encode("latin-1"), "not valid UTF-8"),
        (BODY.encode()[:30] + b"\xff\xfe" + BODY.encode()[30:], "invalid bytes"),
        (b"\xef\xbb\xbf" + b"\xc3\x28 broken", "byte-order mark"),
    ],
    ids=["empty", "blank", "only-boilerplate", "binary", "random-bytes-as-utf16", "latin-1", "damaged-utf8", "bad-after-bom"],
)
def test_bad_files_raise_ingest_error_with_reason(tmp_path, content, reason):
    p = _write(tmp_path, "bad.txt", content)
    with pytest.raises(IngestError) as e:
        load_file(p, LIMIT)
    assert reason in str(e.value)
    assert "bad.txt" in str(e.value)


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    p = _write(tmp_path, "big.txt", ARTICLE.encode() * 50)
    with pytest.raises(IngestError, match="over the limit"):
        load_file(p, 100)


def test_bad_jsonl_lines_are_reported_with_line_number(tmp_path):
    p = _write(tmp_path, "feed.jsonl", '{"text": "قال الوزير إن المفاوضات مستمرة"}\n{"title": "no text"}\n'.encode())
    with pytest.raises(IngestError, match=r"feed.jsonl:2: .*'text'"):
        load_file(p, LIMIT)
    p = _write(tmp_path, "feed2.jsonl", b'{"text": "an article line that reads"}\nnot json\n')
    with pytest.raises(IngestError, match=r"feed2.jsonl:2: not valid JSON"):
        load_file(p, LIMIT)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b'{"text": "abc", "url": 5}', "optional strings: title, url, published"),
        (b'{"text": "abc", "title": ["t"]}', "optional strings: title, url, published"),
        (b'{"text": "abc \\ud800 def"}', "lone surrogate"),
        (b"[" * 50_000 + b"]" * 50_000, "nested too deeply"),
    ],
)
def test_malformed_jsonl_fields_are_a_clear_error_for_that_file(tmp_path, line, reason):
    # Each was once a TypeError, UnicodeEncodeError or RecursionError that aborted the whole ingest run.
    p = _write(tmp_path, "feed.jsonl", b'{"text": "an article line that reads"}\n' + line + b"\n")
    with pytest.raises(IngestError, match=rf"feed.jsonl:2: .*{reason}"):
        load_file(p, LIMIT)


_SENTENCE = "قال الوزير إن المفاوضات مستمرة وإن الاتفاق قريب. "


def _garbage() -> list[tuple[str, bytes, str]]:
    rnd = random.Random(7)
    return [
        ("nul.txt", (_SENTENCE * 100 + "\x00" + _SENTENCE).encode(), "control characters"),  # past the binary sniff
        ("mojibake.txt", (_SENTENCE * 20).encode("utf-8").decode("cp1256", errors="replace").encode("utf-8"), "Windows-1256"),
        ("random.txt", bytes(rnd.randrange(0xC1, 0xFF) for _ in range(3000)), "not running text"),
        ("tiny.txt", "ان".encode(), "no readable text"),
        ("invisible.txt", ("\u2063\u2060" * 500).encode(), "no readable text|no article text"),
    ]


@pytest.mark.parametrize(("name", "data", "reason"), _garbage(), ids=[g[0] for g in _garbage()])
def test_what_is_not_readable_text_is_refused_with_the_reason(tmp_path, name, data, reason):
    with pytest.raises(IngestError, match=reason):
        load_file(_write(tmp_path, name, data), LIMIT)


def test_a_file_of_endless_short_lines_is_refused_unless_the_bound_is_raised(tmp_path):
    p = _write(tmp_path, "list.txt", ("كلمة\n" * 100_000).encode())
    with pytest.raises(IngestError, match="RAG_MAX_PARAGRAPH_DENSITY"):
        load_file(p, LIMIT, max_paragraph_density=40)
    assert load_file(p, LIMIT, max_paragraph_density=1000)[0].text.count("\n") > 1000


@pytest.mark.timeout(60)
def test_deeply_nested_html_is_read_in_bounded_time(tmp_path):
    # 50,000 unclosed <p> once kept the parser busy for minutes (each block searched its whole subtree).
    p = _write(tmp_path, "nested.html", b"<html><body>" + b"<p>" * 50_000 + _SENTENCE.encode() + b"</body></html>")
    [a] = load_file(p, LIMIT)
    assert _SENTENCE.strip() in a.text


def test_find_files_keeps_to_regular_files_inside_the_folder(tmp_path):
    outside = _write(tmp_path, "secret.txt", "سر".encode())
    folder = tmp_path / "articles"
    folder.mkdir()
    _write(folder, "a.txt", "مقال".encode())
    (folder / "inside.txt").symlink_to(folder / "a.txt")
    (folder / "passwd.txt").symlink_to(outside)
    (folder / "etc.txt").symlink_to("/etc/hostname")
    assert [p.name for p in find_files([folder])] == ["a.txt", "inside.txt"]
    assert find_files([folder / "passwd.txt"]) == [folder / "passwd.txt"]  # named explicitly: the user asked for it
    with pytest.raises(IngestError, match="not a regular file"):
        find_files([Path("/dev/zero")])


def test_find_files_expands_folders_sorted_and_skips_other_types(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.md", "sub/c.html", "notes.pdf", "sub/d.jsonl"):
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in find_files([tmp_path])] == ["a.md", "b.txt", "sub/c.html", "sub/d.jsonl"]
    with pytest.raises(IngestError, match="no such file"):
        find_files([tmp_path / "missing"])


# -- cleaning ------------------------------------------------------------------------------------


def test_sample_article_loses_its_site_furniture_and_keeps_its_body():
    raw = (SAMPLES / "putin-qatar-relations.txt").read_text(encoding="utf-8")
    assert "اترك تعليقاً" in raw and "زر الذهاب إلى الأعلى" in raw
    [a] = load_file(SAMPLES / "putin-qatar-relations.txt", LIMIT)
    for furniture in ("اترك تعليق", "لن يتم نشر عنوان بريدك الإلكتروني", "الحقول الإلزامية", "زر الذهاب إلى الأعلى"):
        assert furniture not in a.text
    assert a.title == "بوتين: علاقاتنا مع قطر تتعزز ونتعاون في مشاريع غازية وإنسانية"
    # The last paragraph of the article proper is the end of the cleaned text, word for word.
    last = "لا سلام دون قيام دولة فلسطينية مستقلة، وهذا ما سنواصل العمل من أجله”."
    assert a.text.endswith(last)
    # Every body paragraph survives exactly.
    body = [p.strip() for p in raw.split("\n\n") if p.strip()][:-3]
    for paragraph in body:
        assert paragraph in a.text


def test_long_line_that_starts_like_boilerplate_is_article_text():
    paragraph = "حقوق النشر " + "في العالم العربي تواجه تحديات كبيرة مع انتشار المنصات الرقمية " * 5
    assert clean(f"مقدمة\n\n{paragraph}\n\nحقوق النشر 2024") == f"مقدمة\n\n{paragraph.strip()}"


def test_clean_normalises_to_nfc_and_removes_invisible_marks():
    decomposed = "قال\u200b الأمير:\u200f «ا\u200b\u0653لاف\u2060 الضحايا»\ufeff\u061c"
    out = clean(decomposed)
    assert out == "قال الأمير: «آلاف الضحايا»"
    assert unicodedata.is_normalized("NFC", out)
    # ZWNJ carries meaning in Persian/Urdu names and is kept.
    assert clean("می\u200cخواهم") == "می\u200cخواهم"


def test_clean_keeps_paragraph_breaks_and_unifies_line_endings_and_spaces():
    out = clean("الفقرة الأولى.\r\n\r\n\r\n\r\nالفقرة\u00a0\u00a0الثانية.  \rالسطر التالي.")
    assert out == "الفقرة الأولى.\n\nالفقرة الثانية.\nالسطر التالي."


# -- chunking ------------------------------------------------------------------------------------


def _balanced(text: str) -> bool:
    return text.count("“") == text.count("”") and text.count("«") == text.count("»")


def test_chunks_are_exact_slices_and_never_cut_inside_a_quotation():
    quote = "“علاقاتنا آخذة في التطور. نحن نتعاون في مشاريع الغاز! هل هناك شك؟ لا”"
    guillemets = "«لا سلام دون دولة فلسطينية. وهذا ما سنعمل من أجله؛ دائماً»"
    sentences = []
    for i in range(12):
        sentences.append(f"وقال المسؤول رقم {i}: {quote}، ثم أضاف {guillemets}.")
        sentences.append(f"وأشار التقرير {i} إلى تطورات جديدة في المنطقة؛ وتابع المراسل الحديث عن الوضع.")
    text = clean("\n\n".join(" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)))
    article = Article(id="a1", title="t", text=text, source="s.txt")
    chunks = chunk_article(article, size=400, overlap=80)
    assert len(chunks) > 5
    for c in chunks:
        assert c.text == text[c.start : c.end]
        assert len(c.text) <= 400
        assert _balanced(c.text), c.text
        assert (c.article_id, c.title, c.source) == ("a1", "t", "s.txt")
    # Together the chunks cover the whole article in order: nothing but whitespace between neighbours.
    assert chunks[0].start == 0 and chunks[-1].end == len(text)
    for a, b in zip(chunks, chunks[1:], strict=False):
        assert a.start < b.start and text[a.end : b.start].strip() == ""


def test_overlap_repeats_the_trailing_sentences_that_fit():
    text = " ".join(f"هذه الجملة رقم {i} في الخبر." for i in range(40))
    chunks = chunk_article(Article("a", "t", text, "s"), size=200, overlap=60)
    for a, b in zip(chunks, chunks[1:], strict=False):
        assert b.start < a.end  # overlap
        assert a.end - b.start <= 60
        assert text[b.start - 1] == " " and text[b.start - 2] == "."  # starts at a sentence


def test_chunks_end_at_arabic_sentence_ends():
    text = "الجملة الأولى هنا؟ الجملة الثانية هنا؛ الجملة الثالثة هنا! الجملة الرابعة هنا."
    chunks = chunk_article(Article("a", "t", text, "s"), size=100, overlap=0)
    # Each piece fits in 100 chars together, so only sentence boundaries may end a chunk.
    ends = {text.index(mark) + 1 for mark in "؟؛!"} | {len(text)}
    assert {c.end for c in chunks} <= ends


def test_a_sentence_longer_than_the_chunk_is_cut_at_word_boundaries():
    words = ["كلمة%d" % i for i in range(200)]
    text = " ".join(words) + "."
    chunks = chunk_article(Article("a", "t", text, "s"), size=150, overlap=0)
    assert len(chunks) > 5
    for c in chunks:
        assert c.text == text[c.start : c.end] and len(c.text) <= 150
        assert not c.text.startswith(" ") and (c.end == len(text) or text[c.end] == " ")


def test_sample_articles_chunk_exactly():
    for path in sorted(SAMPLES.iterdir()):
        [a] = load_file(path, LIMIT)
        chunks = chunk_article(a, 900, 150)
        assert chunks
        for c in chunks:
            assert c.text == a.text[c.start : c.end]
            assert _balanced(c.text)
