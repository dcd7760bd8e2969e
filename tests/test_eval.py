"""`rag eval`: the sample question set through the real ArticleQA, the judge on doctored answers, the YAML
format's errors, and SQuAD mode on a small slice of real data."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from app.cli import main
from evaluation.judge import Judge, find_spans
from evaluation.questions import EvalQuestion, QuestionSetError, load_question_set, load_question_sets
from evaluation.report import write_html
from evaluation.runner import SUMMARY_KEYS, Thresholds, check_gold, evaluate, summarize
from ingest.clean import clean
from rag.text import normalize_ar

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_SET = ROOT / "tests" / "questions" / "sample.yaml"
# Every regression set kept in tests/questions runs (they are all over the sample articles).
REGRESSION_SETS = sorted((ROOT / "tests" / "questions").glob("*.yaml"))
SAMPLE_THRESHOLDS = Thresholds(
    min_quote_accuracy=0.9, min_article_hit=0.9, min_speaker_accuracy=0.9, min_not_found_accuracy=0.9
)


@pytest.fixture(scope="module")
def sample_run(sample_qa):
    questions = load_question_sets(REGRESSION_SETS)
    return questions, evaluate(sample_qa, questions, 5, SAMPLE_THRESHOLDS)


def _question(qid: str) -> EvalQuestion:
    return next(q for q in load_question_set(SAMPLE_SET) if q.id == qid)


# -- the regression set ------------------------------------------------------------------------------


def test_sample_set_meets_thresholds(sample_run):
    questions, run = sample_run
    assert len(questions) >= 20
    failed = [(v.id, v.reasons, [(q["speaker"], q["text"][:60]) for q in v.quotes]) for v in run.verdicts if not v.passed]
    assert run.missed == [], f"thresholds missed: {run.missed}; failed questions: {failed}"
    assert run.exit_code == 0
    assert run.summary["fabricated_quotes"] == 0
    # Every kind of question the format has is in the set, so each check really ran.
    assert any(q.answerable is False for q in questions) and any(len(q.turns) > 1 for q in questions)
    for key in ("quote_accuracy", "article_hit_at_k", "speaker_accuracy", "not_found_accuracy"):
        assert run.summary[key] is not None


def test_reports_have_the_issue_keys_and_render(sample_run, tmp_path):
    _, run = sample_run
    report = json.loads(json.dumps(run.report(), ensure_ascii=False))
    assert set(report) == {"summary", "questions"}
    assert tuple(report["summary"]) == SUMMARY_KEYS
    first = report["questions"][0]
    assert {"id", "passed", "reasons", "latency_ms", "quotes"} <= set(first)
    assert all(q["latency_ms"] > 0 for q in report["questions"])

    page = tmp_path / "report.html"
    write_html(page, "sample", run.summary, run.verdicts)
    html = page.read_text(encoding="utf-8")
    assert "<svg" in html and "<rect" in html  # the latency histogram, inline
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in html
    assert html.count("<tr class=") == len(run.verdicts)
    quote = run.verdicts[0].quotes[0]["text"]
    assert quote in html or quote.replace('"', "&quot;") in html  # Arabic quotes shown as written


# -- the judge on doctored answers ---------------------------------------------------------------------


def test_fabricated_quote_is_detected(sample_qa):
    question = _question("emir-israel")
    judge = Judge(sample_qa.article_text)
    answer = sample_qa.ask(question.question)
    honest = judge.judge(question, answer, 1.0)
    assert honest.passed and honest.fabricated == 0  # the control: the real answer is clean

    q0 = answer.quotes[0]
    # One word changed, offsets kept: it reads plausibly but is not what the article says.
    doctored_text = q0.text.replace("إسرائيل", "إيران", 1) if "إسرائيل" in q0.text else q0.text + " وإيران"
    doctored = dataclasses.replace(answer, quotes=[dataclasses.replace(q0, text=doctored_text), *answer.quotes[1:]])
    verdict = judge.judge(question, doctored, 1.0)
    assert not verdict.passed
    assert "fabricated_quote" in verdict.reasons and verdict.fabricated == 1

    # The right words at the wrong offsets are fabricated too: a citation must point at them.
    shifted = dataclasses.replace(answer, quotes=[dataclasses.replace(q0, start=q0.start + 1, end=q0.end + 1)])
    assert "fabricated_quote" in judge.judge(question, shifted, 1.0).reasons

    summary = summarize([honest, verdict])
    assert summary["fabricated_quotes"] == 1
    assert Thresholds().missed(summary) == ["fabricated_quotes 1 (must be 0)"]  # exit code 1 with no threshold given


def test_wrong_speaker_is_detected(sample_qa):
    question = _question("putin-syria-en")  # speaker: Putin; the article names him in Arabic
    judge = Judge(sample_qa.article_text)
    answer = sample_qa.ask(question.question)
    honest = judge.judge(question, answer, 1.0)
    assert honest.passed and honest.speaker_ok

    q0 = answer.quotes[0]
    doctored = dataclasses.replace(answer, quotes=[dataclasses.replace(q0, speaker="أمير قطر"), *answer.quotes[1:]])
    verdict = judge.judge(question, doctored, 1.0)
    assert not verdict.passed and verdict.reasons == ["wrong_speaker"] and verdict.speaker_ok is False

    unattributed = dataclasses.replace(answer, quotes=[dataclasses.replace(q0, speaker=None)])
    assert judge.judge(question, unattributed, 1.0).reasons == ["wrong_speaker"]


def test_speaker_matches_across_languages_and_mentions(sample_qa):
    question = _question("emir-israel")
    judge = Judge(sample_qa.article_text)
    q0 = sample_qa.ask(question.question).quotes[0]
    for name in ("Emir Tamim", "the Emir of Qatar", "أمير قطر", "الأمير تميم", "Sheikh Tamim"):
        assert judge.speaker_ok(dataclasses.replace(q0, speaker="أمير قطر"), name), name
    assert not judge.speaker_ok(dataclasses.replace(q0, speaker="أمير قطر"), "Putin")
    assert judge.speaker_ok(dataclasses.replace(q0, speaker="بوتين"), "Vladimir Putin")


def test_unanswerable_answered_and_wrong_article_are_detected(sample_qa):
    judge = Judge(sample_qa.article_text)
    answer = sample_qa.ask("What did Putin say about Syria?")
    assert answer.found
    unanswerable = EvalQuestion("x", ("What is the capital of France?",), "t.yaml", answerable=False)
    assert judge.judge(unanswerable, answer, 1.0).reasons == ["answered_unanswerable"]

    elsewhere = EvalQuestion("y", (answer.question,), "t.yaml", article="no-such-article.txt")
    verdict = judge.judge(elsewhere, answer, 1.0)
    assert verdict.reasons == ["wrong_article"] and verdict.article_hit is False

    off_topic = EvalQuestion("z", (answer.question,), "t.yaml", gold=("لا سلام دون قيام دولة فلسطينية مستقلة",))
    assert judge.judge(off_topic, answer, 1.0).reasons == ["no_overlapping_quote"]


def test_gold_is_found_without_diacritics_or_alef_forms():
    text = "وقال: «إنّ الأمْر مُهمّ جداً» ثم غادر."
    spans = find_spans(text, "ان الامر مهم")
    assert len(spans) == 1
    s, e = spans[0]
    assert normalize_ar(text[s:e]) == normalize_ar("إنّ الأمْر مُهمّ")


# -- the YAML format ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, expected",
    [
        ("- id: a\n  q: one?\n- id: a\n  q: two?\n", "question 'a': the id is used twice"),
        ("- id: a\n  q: one?\n  speker: Putin\n", "question 'a': unknown key(s) speker"),
        ("- id: a\n  q: one?\n  turns: [one, two]\n", "question 'a': give exactly one of 'q'"),
        ("- id: a\n", "question 'a': give exactly one of 'q'"),
        ("- id: a\n  q: one?\n  gold: just a string\n", "question 'a': 'gold' must be a list"),
        ("- id: a\n  q: one?\n  answerable: maybe\n", "question 'a': 'answerable' must be true or false"),
        ("- id: a\n  q: one?\n  answerable: false\n  gold: [x]\n", "question 'a': 'answerable: false'"),
        ("- id: a\n  turns: []\n", "question 'a': 'turns' must be a non-empty list"),
        ("- q: no id?\n", "question #1 has no 'id'"),
        ("id: a\nq: not a list\n", "a question set is a non-empty YAML list"),
        ("- id: a\n  q: [unclosed\n", "not valid YAML at line"),
    ],
)
def test_malformed_set_is_rejected_with_file_and_id(tmp_path, body, expected):
    path = tmp_path / "eval_malformed.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(QuestionSetError) as err:
        load_question_set(path)
    assert str(path) in str(err.value)
    assert expected in str(err.value)


def test_gold_or_article_missing_from_the_index_is_rejected(sample_qa, tmp_path):
    path = tmp_path / "eval_typo.yaml"
    path.write_text(
        "- id: typo\n  q: What did Putin say?\n  article: putin-qatar-relations.txt\n  gold:\n    - كلام لم يرد في المقال\n",
        encoding="utf-8",
    )
    with pytest.raises(QuestionSetError, match=r"question 'typo': gold text .* is not in article 'putin-qatar-relations.txt'"):
        check_gold(sample_qa, load_question_set(path))
    path.write_text("- id: gone\n  q: What did Putin say?\n  article: missing.txt\n", encoding="utf-8")
    with pytest.raises(QuestionSetError, match=r"question 'gone': article 'missing.txt' is not in the index"):
        check_gold(sample_qa, load_question_set(path))


# -- the command ----------------------------------------------------------------------------------------


def test_cli_runs_a_set_and_exits_1_on_a_missed_threshold(sample_store, tmp_path, capsys):
    path = tmp_path / "eval_small.yaml"
    path.write_text(
        "- id: putin-syria\n  q: What did Putin say about Syria?\n  speaker: Putin\n  gold:\n"
        "    - نحن مهتمون بأن تبقى سوريا دولة موحدة ذات سيادة\n    - أن روسيا مستعدة لبذل كافة الجهود الممكنة لحماية سيادة سوريا\n"
        "    - نرغب في التشاور بشأن سبل تقديم الدعم للشعب السوري\n    - الحفاظ على سيادة سوريا واستقرارها يشكلان محوراً رئيسياً\n"
        "- id: hummus\n  q: What is the recipe for hummus?\n  answerable: false\n",
        encoding="utf-8",
    )
    out = tmp_path / "r.json"
    store = str(sample_store.store_dir)
    assert main(["eval", str(path), "--store", store, "--json", str(out), "--min-quote-accuracy", "0.9"]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [q["passed"] for q in report["questions"]] == [True, True]
    assert "2 of 2 passed" in capsys.readouterr().out

    assert main(["eval", str(path), "--store", store, "--max-latency-p95-ms", "0.001"]) == 1
    assert "MISSED latency_ms_p95" in capsys.readouterr().err
    assert main(["eval", "squad", "x.json", "--store", store]) == 2  # a set-only option in squad mode


# -- SQuAD mode -----------------------------------------------------------------------------------------


def test_squad_mode_on_a_small_slice(tmp_path, capsys):
    # Development data (9 paragraphs of ARCD train, tests/data/README.md), never the test split the figures come from.
    contexts = Path(__file__).parent / "data" / "arcd-train-slice.json"
    articles = json.loads(contexts.read_text(encoding="utf-8"))["data"]
    n = sum(len(a["paragraphs"]) for a in articles)
    out = tmp_path / "squad.json"

    assert main(["eval", "squad", str(contexts), "--limit", "10", "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    s = report["summary"]
    assert tuple(s) == ("recall@1", "recall@5", "recall@10", "mrr@10", "answer_in_quote", "questions")
    assert s["questions"] == 10 and len(report["questions"]) == 10
    assert report["run"]["paragraphs"] == n
    for figures in (s, report["dense_only"]):
        assert 0 <= figures["recall@1"] <= figures["mrr@10"] <= figures["recall@10"] <= 1
        assert figures["recall@1"] <= figures["recall@5"] <= figures["recall@10"]
    # Arabic questions over 9 Arabic paragraphs: chance would put the right one first at most 1 time in 8.
    assert s["recall@1"] >= 0.6 and s["recall@10"] >= 0.9
    assert 0 < s["answer_in_quote"] <= 1
    paragraphs = [clean(p["context"]) for art in articles for p in art["paragraphs"]]
    for q in report["questions"]:
        if q["first_quote"] is not None:
            assert any(q["first_quote"] in p for p in paragraphs)  # quotes are exact text of a paragraph
    assert "recall@1" in capsys.readouterr().out
