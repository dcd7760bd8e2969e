"""A seeded fuzz run of ingest: a few hundred hostile files of every kind the reliability probe found (issue 14)
beside a few good articles, into a store that already serves the samples. No traceback, no hang, every refusal
names its file and a reason, the good articles go in, and what was answerable before still is."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

from ingest.pipeline import ingest
from rag import ArticleQA

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "articles"
SENTENCE = "قال الوزير إن المفاوضات مستمرة وإن الاتفاق قريب. "
GOOD = "اجتماع في عمّان {n}\n\nقال المتحدث باسم الحكومة إن الاجتماع رقم {n} انتهى باتفاق على جدول أعمال جديد.\n"


def _hostile(rnd: random.Random) -> list[tuple[str, bytes]]:
    """(file name, bytes) of each kind, several seeded variants each."""
    files: list[tuple[str, bytes]] = []
    for i in range(40):
        files.append((f"random-{i}.txt", rnd.randbytes(rnd.randrange(1, 8))))
        files.append((f"random-big-{i}.txt", rnd.randbytes(rnd.randrange(100, 4000))))
        files.append((f"cp1256-{i}.txt", bytes(rnd.randrange(0xC1, 0xFF) for _ in range(rnd.randrange(50, 2000)))))
    for i in range(20):
        text = SENTENCE * rnd.randrange(90, 120)
        at = rnd.randrange(len(text))
        files.append((f"nul-{i}.txt", (text[:at] + "\x00" + text[at:]).encode()))
        files.append((f"mojibake-{i}.txt", (SENTENCE * rnd.randrange(5, 30)).encode().decode("cp1256", "replace").encode()))
        files.append(
            (f"invisible-{i}.txt", "".join(rnd.choice("\u200b\u200c\u200d\u2060\u2063\ufeff") for _ in range(200)).encode())
        )
        files.append((f"utf16-broken-{i}.txt", b"\xff\xfe" + rnd.randbytes(rnd.randrange(1, 200)) + b"\x00"))
        bad_field = rnd.choice(['"url": 5', '"title": ["t"]', '"published": {"y": 1}', '"text": 7'])
        files.append((f"fields-{i}.jsonl", ('{"text": "%s", %s}\n' % (SENTENCE, bad_field)).encode()))
        files.append((f"surrogate-{i}.jsonl", ('{"text": "%s \\ud800"}\n' % SENTENCE).encode()))
        files.append((f"deep-{i}.jsonl", b"[" * 20_000 + b"]" * 20_000 + b"\n"))
        files.append((f"not-json-{i}.jsonl", b'{"text": "' + SENTENCE.encode() + b'"\n'))
        files.append((f"with#hash-{i}.html", b"<html><body><p>" + b"<b>" * rnd.randrange(1, 50) + b"</p></body></html>"))
        files.append((f"empty-{i}.md", b""))
    files.append(("nested.html", b"<html><body>" + b"<p>" * 30_000 + b"</body></html>"))
    files.append(("one-word-lines.txt", ("كلمة\n" * 50_000).encode()))
    files.append(("table.html", b"<table>" + (b"<tr>" + b"<td>x</td>" * 100 + b"</tr>") * 300 + b"</table>"))
    return files


@pytest.mark.timeout(900)
def test_a_folder_of_hostile_files_fails_file_by_file_and_loses_nothing(tmp_path, make_settings, embedder):
    articles = tmp_path / "articles"
    shutil.copytree(SAMPLES, articles)
    settings = make_settings(articles_dir=articles)
    assert ingest([articles], settings, embedder=embedder).ok
    before = ArticleQA.open(settings, embedder=embedder).ask("ماذا قال بوتين عن سوريا؟")
    assert before.found

    rnd = random.Random(20261129)
    hostile = _hostile(rnd)
    fuzz = articles / "fuzz"
    fuzz.mkdir()
    for name, data in hostile:
        (fuzz / name).write_bytes(data)
    (fuzz / "passwd.txt").symlink_to("/etc/passwd")  # outside the folder: never read
    for n in range(3):
        (fuzz / f"good-{n}.txt").write_text(GOOD.format(n=n), encoding="utf-8")
    (fuzz / "good.jsonl").write_text(
        json.dumps({"title": "خبر", "text": GOOD.format(n=9)}, ensure_ascii=False) + "\n", encoding="utf-8"
    )

    report = ingest([articles], settings, embedder=embedder, prune=True)  # no exception escapes: that is the test

    failed = {Path(path).name: reason for path, reason in report.failed}
    assert len(failed) >= 0.9 * len(hostile), f"only {len(failed)} of {len(hostile)} hostile files refused"
    for name, reason in failed.items():
        assert name in reason and len(reason) > len(name) + 20, reason  # names the file and says why
        assert not name.startswith("good"), reason
    assert "passwd.txt" not in failed and not any("root:" in r for r in failed.values())
    assert report.added == 4  # the good files
    qa = ArticleQA.open(settings, embedder=embedder)
    assert {r.title for r in qa.store.served().values()} >= {"اجتماع في عمّان 0", "خبر"}
    after = qa.ask("ماذا قال بوتين عن سوريا؟")
    assert [(q.article_id, q.start, q.end) for q in after.quotes] == [(q.article_id, q.start, q.end) for q in before.quotes]
