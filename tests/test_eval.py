"""`rag eval`: the sample question set through the real ArticleQA, the judge on doctored answers, the YAML
format's errors, and SQuAD mode on a small slice of real data."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from app.cli import main
from evaluation.attribution import GoldStatement, covers, judge_item, load_attribution_set
from evaluation.judge import Judge, find_spans, matches_forms
from evaluation.questions import EvalQuestion, QuestionSetError, load_question_set, load_question_sets
from evaluation.report import summary_lines, write_html
from evaluation.runner import SUMMARY_KEYS, Thresholds, check_gold, evaluate, summarize
from ingest.clean import clean
from rag.answer import templates as answer_templates, wording
from rag.models import Answer, Quote, Statement
from rag.settings import Settings
from rag.names import NameQuery
from rag.text import normalize_ar

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_SET = ROOT / "tests" / "questions" / "sample.yaml"
# Every regression set kept in tests/questions runs (they are all over the sample articles).
REGRESSION_SETS = sorted((ROOT / "tests" / "questions").glob("*.yaml"))
SAMPLE_THRESHOLDS = Thresholds(
    min_quote_accuracy=0.9,
    min_article_hit=0.9,
    min_speaker_accuracy=0.9,
    min_not_found_accuracy=0.9,
    min_answered_right=0.9,
    max_wrong_person_rate=0.01,
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
    for key in (
        "quote_accuracy",
        "article_hit_at_k",
        "speaker_accuracy",
        "not_found_accuracy",
        "answered_right",
        "answered_right_en",
        "answered_right_ar",
        "wrong_person_rate",
    ):
        assert run.summary[key] is not None, key


def test_reports_have_the_issue_keys_and_render(sample_run, tmp_path):
    _, run = sample_run
    report = json.loads(json.dumps(run.report(), ensure_ascii=False))
    assert set(report) == {"summary", "questions"}
    assert tuple(report["summary"]) == SUMMARY_KEYS
    # Today's keys first, with their meaning unchanged; the per-person measures after them.
    assert SUMMARY_KEYS[:7] == (
        "quote_accuracy",
        "article_hit_at_k",
        "speaker_accuracy",
        "not_found_accuracy",
        "fabricated_quotes",
        "latency_ms_p50",
        "latency_ms_p95",
    )
    assert SUMMARY_KEYS[7:] == (
        "answered_right",
        "answered_right_en",
        "answered_right_ar",
        "answerable_questions",
        "answerable_not_found",
        "person_quotes_shown",
        "wrong_person_quotes",
        "wrong_person_rate",
        "unattributed_quotes",
    )
    first = report["questions"][0]
    assert {
        "id",
        "passed",
        "reasons",
        "latency_ms",
        "quotes",
        "language",
        "answered_right",
        "wrong_person",
        "unattributed",
    } <= set(first)
    person = [q for q in report["questions"] if q["wrong_person"] is not None]
    assert report["summary"]["person_quotes_shown"] == sum(len(q["quotes"]) for q in person) > 0
    assert any(line.startswith("wrong_person_rate ") for line in summary_lines(run.summary))
    assert all(q["latency_ms"] > 0 for q in report["questions"])

    page = tmp_path / "report.html"
    write_html(page, "sample", run.summary, run.verdicts)
    html = page.read_text(encoding="utf-8")
    assert "<svg" in html and "<rect" in html  # the latency histogram, inline
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in html
    assert html.count("<tr class=") == len(run.verdicts)
    assert "<th>answered_right_ar</th>" in html and "<th>wrong_person_quotes</th>" in html
    quote = run.verdicts[0].quotes[0]["text"]
    assert quote in html or quote.replace('"', "&quot;") in html  # Arabic quotes shown as written


# -- the judge on doctored answers ---------------------------------------------------------------------


def test_fabricated_quote_is_detected(sample_qa):
    question = _question("emir-israel")
    judge = Judge(sample_qa.article_text, sample_qa.is_quoted_person)
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
    judge = Judge(sample_qa.article_text, sample_qa.is_quoted_person)
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
    judge = Judge(sample_qa.article_text, sample_qa.is_quoted_person)
    q0 = sample_qa.ask(question.question).quotes[0]
    for name in ("Emir Tamim", "the Emir of Qatar", "أمير قطر", "الأمير تميم", "Sheikh Tamim"):
        assert judge.speaker_ok(dataclasses.replace(q0, speaker="أمير قطر"), name), name
    assert not judge.speaker_ok(dataclasses.replace(q0, speaker="أمير قطر"), "Putin")
    assert judge.speaker_ok(dataclasses.replace(q0, speaker="بوتين"), "Vladimir Putin")


def test_unanswerable_answered_and_wrong_article_are_detected(sample_qa):
    judge = Judge(sample_qa.article_text, sample_qa.is_quoted_person)
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


# -- speaker forms and the per-person measures, on hand-made answers -----------------------------------

ART = (
    'قال وزير الخارجية التركي مولود تشاوش أوغلو: "نحن ندافع عن أنفسنا، وهذا حقنا". '
    "ورد المتحدث محمود عفيفي بأن الكلام مرفوض. وقال بوتين إن روسيا تدعم الحوار."
)
FORMS = ("مولود تشاوش أوغلو", "أوغلو", "وزير الخارجية التركي")


def _quote(text: str, speaker: str | None, source: str = "/news/turkey.txt") -> Quote:
    start = ART.index(text)
    return Quote("a1", "t", source, start, start + len(text), text, speaker)


def _answer(*quotes: Quote, found: bool = True) -> Answer:
    assert found == bool(quotes)  # an answer is found when it has quotes
    t = answer_templates(Settings().prompts_dir, "en")
    return Answer("q", "en", "answer", list(quotes), wording(t))


def _forms_question(q: str = "What did the Turkish foreign minister say?", **kw) -> EvalQuestion:
    kw.setdefault("article", "turkey.txt")
    kw.setdefault("gold", ("نحن ندافع عن أنفسنا",))
    return EvalQuestion("f", (q,), "t.yaml", speaker="the Turkish foreign minister", speaker_forms=FORMS, **kw)


@pytest.mark.parametrize(
    "mention, expected",
    [
        ("وزير الخارجية التركي مولود تشاوش أوغلو", True),  # contains a form
        ("وزير الخارجية التركي مولود تشاوش أوغلو، الجمعة", True),  # a run-on mention still contains it
        ("تشاوش أوغلو", True),  # inside a form
        ("مولود", True),  # inside a form, 5 characters
        ("وزير", True),  # inside a form, exactly 4 characters
        ("زير", False),  # inside a form but under 4 characters: too short to tell
        ("الوزير", False),  # neither contains a form nor lies inside one
        ("محمود عفيفي", False),
        ("اوغلو", True),  # spelling-folded: bare alef for hamza
        ("أوغلُو", True),  # diacritics
        ("مولود  تشاوش\u00a0أوغلو", True),  # whitespace runs and no-break spaces
        (None, False),
        ("", False),
    ],
)
def test_speaker_forms_match_by_containment_both_ways(mention, expected):
    assert matches_forms(mention, FORMS) is expected


def test_forms_alone_decide_the_speaker_not_the_project_matcher():
    judge = Judge({"a1": ART}.__getitem__, lambda name, quote: NameQuery.parse(name).matches([quote.speaker]))
    putin = _quote("إن روسيا تدعم الحوار", "بوتين")
    by_name = EvalQuestion("n", ("What did Putin say?",), "t.yaml", speaker="Putin")
    assert judge.is_speaker(by_name, putin)  # the control: without forms, the project's matcher says yes
    by_forms = EvalQuestion("f", ("What did Putin say?",), "t.yaml", speaker="Putin", speaker_forms=("الرئيس الروسي",))
    assert not judge.is_speaker(by_forms, putin)  # the forms do not include "بوتين", so it is not the speaker
    verdict = judge.judge(by_forms, _answer(putin), 1.0)
    assert verdict.wrong_person == 1 and verdict.speaker_ok is False and "wrong_speaker" in verdict.reasons


def test_wrong_person_and_unattributed_quotes_are_counted():
    judge = Judge({"a1": ART}.__getitem__)
    right = _quote("نحن ندافع عن أنفسنا", "وزير الخارجية التركي مولود تشاوش أوغلو")
    answer = _answer(
        right,
        _quote("بأن الكلام مرفوض", "المتحدث محمود عفيفي"),  # someone else's words
        _quote("وهذا حقنا", None),  # no speaker at all
        _quote("إن روسيا تدعم الحوار", "زير"),  # a 3-character mention inside a form: not the speaker
    )
    verdict = judge.judge(_forms_question(), answer, 1.0)
    assert (verdict.wrong_person, verdict.unattributed) == (2, 1)
    assert verdict.answered_right is True  # the first quote is right; the others do not undo that
    assert verdict.reasons == ["wrong_speaker"] and not verdict.passed  # pass/fail still wants every quote theirs

    # A question naming nobody counts neither.
    anyone = judge.judge(EvalQuestion("x", ("q",), "t.yaml", gold=("نحن ندافع عن أنفسنا",)), answer, 1.0)
    assert anyone.wrong_person is None and anyone.unattributed is None and anyone.answered_right is True


def test_answered_right_needs_one_of_the_first_three_quotes_to_meet_every_check():
    judge = Judge({"a1": ART}.__getitem__)
    question = _forms_question()
    right = _quote("نحن ندافع عن أنفسنا", "أوغلو")
    others = [_quote("بأن الكلام مرفوض", "عفيفي"), _quote("إن روسيا تدعم الحوار", "بوتين"), _quote("وهذا حقنا", None)]
    assert judge.judge(question, _answer(*others[:2], right), 1.0).answered_right is True
    assert judge.judge(question, _answer(*others, right), 1.0).answered_right is False  # fourth: not looked at
    # One quote must be right on every count, not one quote per check.
    split = _answer(_quote("نحن ندافع عن أنفسنا", "عفيفي"), _quote("بأن الكلام مرفوض", "أوغلو"))
    assert judge.judge(question, split, 1.0).answered_right is False
    elsewhere = _answer(_quote("نحن ندافع عن أنفسنا", "أوغلو", source="/news/other.txt"))
    assert judge.judge(question, elsewhere, 1.0).answered_right is False
    not_found = judge.judge(question, _answer(found=False), 1.0)
    assert not_found.answered_right is False and not_found.reasons == ["not_found"]
    assert judge.judge(_forms_question(answerable=False, gold=()), _answer(found=False), 1.0).answered_right is None


def test_summary_of_the_per_person_measures_and_their_thresholds():
    judge = Judge({"a1": ART}.__getitem__)
    right = _quote("نحن ندافع عن أنفسنا", "أوغلو")
    wrong = _quote("بأن الكلام مرفوض", "عفيفي")
    bare = _quote("وهذا حقنا", None)
    verdicts = [
        judge.judge(_forms_question(), _answer(right, wrong), 1.0),  # English, right; 1 wrong person of 2
        judge.judge(_forms_question("ماذا قال وزير الخارجية التركي؟"), _answer(wrong, bare), 2.0),  # Arabic, not right
        judge.judge(_forms_question(), _answer(found=False), 3.0),  # English, not found
        judge.judge(_forms_question(answerable=False, gold=()), _answer(found=False), 4.0),  # unanswerable, right
        # English, right, names nobody: its quote is not a person's quote.
        judge.judge(EvalQuestion("x", ("What was said?",), "t.yaml", gold=("نحن ندافع عن أنفسنا",)), _answer(right), 5.0),
    ]
    assert [v.language for v in verdicts] == ["en", "ar", "en", "en", "en"]
    s = summarize(verdicts)
    assert (s["answered_right"], s["answered_right_en"], s["answered_right_ar"]) == (0.5, 0.6667, 0.0)
    assert (s["answerable_questions"], s["answerable_not_found"]) == (4, 1)
    assert (s["person_quotes_shown"], s["wrong_person_quotes"], s["unattributed_quotes"]) == (4, 2, 1)
    assert s["wrong_person_rate"] == 0.5 and s["not_found_accuracy"] == 1.0

    # The share is checked in each language too: a good English figure must not hide the Arabic one.
    assert Thresholds(min_answered_right=0.4).missed(s) == ["answered_right_ar 0.000 < 0.4"]
    assert Thresholds(min_answered_right=0.6).missed(s) == ["answered_right 0.500 < 0.6", "answered_right_ar 0.000 < 0.6"]
    assert Thresholds(max_wrong_person_rate=0.5).missed(s) == []
    assert Thresholds(max_wrong_person_rate=0.4).missed(s) == ["wrong_person_rate 0.500 > 0.4"]


# -- statement attribution, on a hand-made article ------------------------------------------------------

ATTR_ART = (
    'عاجل: "نريد السلام الآن". قال الوزير أحمد علي: "نريد السلام الآن". '
    "وأضاف مصدر مطلع أن الحرب انتهت. وختم البيان بالشكر للجميع."
)


def _statement(text: str, speaker: str | None, occurrence: int = 0, kind: str = "direct") -> Statement:
    start = -1
    for _ in range(occurrence + 1):
        start = ATTR_ART.index(text, start + 1)
    return Statement("a", start, start + len(text), text, kind, speaker, None, None, None)


def _gold(text: str, forms: tuple[str, ...] = ("الوزير أحمد علي", "أحمد علي")) -> tuple[GoldStatement, list]:
    return GoldStatement(1, "x.txt", text, forms, "direct"), find_spans(ATTR_ART, text)


@pytest.mark.parametrize(
    "statement, gold, expected",
    [
        ((0, 10), (0, 10), True),
        ((5, 20), (0, 10), True),  # overlap 5 = half of the shorter (10)
        ((6, 20), (0, 10), False),  # overlap 4 < 5
        ((10, 20), (0, 100), True),  # a short statement inside a long gold span: all of the shorter
        ((0, 100), (40, 45), True),
        ((10, 20), (0, 10), False),  # touching, not overlapping
        ((30, 40), (0, 10), False),
    ],
)
def test_a_statement_covers_gold_when_they_overlap_by_half_the_shorter(statement, gold, expected):
    assert covers(statement, gold) is expected


def test_attribution_right_wrong_missing():
    item, spans = _gold("نريد السلام الآن")
    assert len(spans) == 2  # the headline repeats the quote
    right = judge_item(item, spans, [_statement("نريد السلام الآن", "الوزير أحمد علي", occurrence=1)])
    assert right.verdict == "right" and right.given == ("الوزير أحمد علي",)
    assert right.start == spans[1][0]  # judged where the speaker is, not at the headline

    wrong = judge_item(item, spans, [_statement("نريد السلام الآن", "مصدر مطلع", occurrence=1)])
    assert wrong.verdict == "wrong" and wrong.given == ("مصدر مطلع",)
    # One covering statement with the right speaker is enough, whatever else covers it.
    both = [_statement("نريد السلام الآن", "مصدر مطلع", 1), _statement('"نريد السلام الآن".', "أحمد علي", 1)]
    assert judge_item(item, spans, both).verdict == "right"

    assert judge_item(item, spans, [_statement("نريد السلام الآن", None, occurrence=1)]).verdict == "missing"
    assert judge_item(item, spans, []).verdict == "missing"
    # The right speaker on a statement that overlaps less than half of the shorter span does not count.
    neighbour = _statement('الآن". قال الوزير أحمد علي', "الوزير أحمد علي")
    assert not covers((neighbour.start, neighbour.end), spans[0])
    assert judge_item(item, spans, [neighbour]).verdict == "missing"

    unnamed, unnamed_spans = _gold("الحرب انتهت", ("مصدر مطلع",))
    whole = _statement("وأضاف مصدر مطلع أن الحرب انتهت.", "مصدر مطلع", kind="reported")
    assert judge_item(unnamed, unnamed_spans, [whole]).verdict == "right"  # all of the shorter (gold) is inside


@pytest.mark.parametrize(
    "body, expected",
    [
        ("- article: x.txt\n  text: t\n  speaker_forms: [a]\n  kind: quoted\n", "item #1: 'kind' must be one of"),
        ("- article: x.txt\n  text: t\n  kind: direct\n", "item #1: 'speaker_forms' is missing"),
        ("- article: x.txt\n  text: t\n  speaker_forms: []\n  kind: direct\n", "item #1: 'speaker_forms' is empty"),
        ("- article: x.txt\n  text: t\n  speaker_forms: a\n  kind: direct\n", "item #1: 'speaker_forms' must be a list"),
        ("- article: x.txt\n  speaker_forms: [a]\n  kind: direct\n", "item #1: 'text' must be non-empty text"),
        ("- article: a/x.txt\n  text: t\n  speaker_forms: [a]\n  kind: direct\n", "item #1: 'article' is a file name"),
        ("- article: x.txt\n  text: t\n  speaker_forms: [a]\n  kind: direct\n  speker: b\n", "item #1: unknown key(s) speker"),
        ("article: x.txt\n", "an attribution file is a non-empty YAML list"),
    ],
)
def test_malformed_attribution_file_is_rejected(tmp_path, body, expected):
    path = tmp_path / "attribution.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(QuestionSetError) as err:
        load_attribution_set(path)
    assert str(path) in str(err.value) and expected in str(err.value)


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
        ("- id: a\n  q: one?\n  speaker_forms: بوتين\n", "question 'a': 'speaker_forms' must be a list"),
        ("- id: a\n  q: one?\n  speaker_forms: []\n", "question 'a': 'speaker_forms' is empty"),
        ("- id: a\n  q: one?\n  speaker_forms: ['', بوتين]\n", "question 'a': 'speaker_forms[0]' must be non-empty text"),
    ],
)
def test_malformed_set_is_rejected_with_file_and_id(tmp_path, body, expected):
    path = tmp_path / "eval_malformed.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(QuestionSetError) as err:
        load_question_set(path)
    assert str(path) in str(err.value)
    assert expected in str(err.value)


def test_an_unanswerable_question_may_name_its_article_and_person(tmp_path):
    # The dev set's shape: the person is in the article, but not on this topic.
    path = tmp_path / "eval_unanswerable.yaml"
    path.write_text(
        "- id: a\n  q: What did Putin say about the weather?\n  article: x.txt\n  speaker: Putin\n"
        "  speaker_forms: [بوتين]\n  gold: []\n  answerable: false\n",
        encoding="utf-8",
    )
    (q,) = load_question_set(path)
    assert not q.answerable and q.speaker_forms == ("بوتين",) and q.names_speaker


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
    # A misspelt form would make every quote someone else's.
    path.write_text(
        "- id: form\n  q: What did Putin say?\n  article: putin-qatar-relations.txt\n  speaker_forms: [بوتن]\n",
        encoding="utf-8",
    )
    with pytest.raises(QuestionSetError, match=r"question 'form': speaker form 'بوتن' is not in article"):
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


def test_cli_scores_attribution_and_exits_1_on_a_missed_threshold(sample_store, tmp_path, capsys):
    gold = tmp_path / "attribution.yaml"
    item = "- article: putin-qatar-relations.txt\n  text: {text}\n  speaker_forms: [{forms}]\n  kind: direct\n"
    gold.write_text(
        item.format(text="علاقاتنا آخذة في التعزز", forms="بوتين, الرئيس الروسي فلاديمير بوتين")
        + item.format(text="ناقشنا مع الرئيس أحمد الشرع طبيعة العلاقات السورية–الروسية", forms="أمير قطر, الأمير تميم")
        # Putin's words filed under the Emir on purpose: whoever we give them to, it is not the Emir.
        + item.format(text="نتعاون بشكل فعّال ضمن إطار الدول المصدّرة للغاز", forms="أمير قطر"),
        encoding="utf-8",
    )
    out = tmp_path / "attribution.json"
    store = str(sample_store.store_dir)
    assert main(["eval", "attribution", str(gold), "--store", store, "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [i["verdict"] for i in report["items"]] == ["right", "right", "wrong"]
    assert report["summary"]["all"] == {
        "items": 3,
        "right": 2,
        "wrong": 1,
        "missing": 0,
        "right_share": 0.6667,
        "wrong_share": 0.3333,
        "missing_share": 0.0,
    }
    assert report["summary"]["by_kind"]["direct"]["right"] == 2
    printed = capsys.readouterr().out
    wrong = report["items"][2]
    assert f"WRONG    putin-qatar-relations.txt @{wrong['start']} (direct, item #3): expected أمير قطر; given " in printed

    assert main(["eval", "attribution", str(gold), "--store", store, "--min-right", "0.6", "--max-wrong", "0.3"]) == 1
    assert "MISSED wrong share 0.333 > 0.3" in capsys.readouterr().err
    assert main(["eval", "attribution", str(gold), "--store", store, "--k", "3"]) == 2  # not an attribution option
    assert main(["eval", str(gold), "--store", store, "--min-right", "0.5"]) == 2  # not a question-set option

    gold.write_text(item.format(text="كلام لم يرد في المقال", forms="بوتين"), encoding="utf-8")
    assert main(["eval", "attribution", str(gold), "--store", store]) == 2
    assert "item #1: text 'كلام لم يرد في المقال' is not in article 'putin-qatar-relations.txt'" in capsys.readouterr().err
    gold.write_text(item.format(text="علاقاتنا", forms="بوتين").replace("putin-qatar-relations", "gone"), encoding="utf-8")
    assert main(["eval", "attribution", str(gold), "--store", store]) == 2
    assert "item #1: article 'gone.txt' is not in the index" in capsys.readouterr().err


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


def test_the_people_yardstick_gives_a_mention_to_the_speaker_it_names_and_a_joint_mention_to_neither():
    from evaluation.people import joint, owner

    speakers = {
        "Trade Organisation": {"منظمة التجارة"},
        "its director": {"المدير العام لمنظمة التجارة سامي حداد", "حداد"},
        "Health Organisation": {"منظمة الصحة"},
    }
    assert owner("منظمة التجارة", speakers) == "Trade Organisation"  # not its director, whose form holds it
    assert owner("المدير العام لمنظمة التجارة سامي حداد", speakers) == "its director"
    assert joint("منظمة التجارة ومنظمة الصحة", speakers) and owner("منظمة التجارة ومنظمة الصحة", speakers) is None
    assert not joint("المدير العام لمنظمة التجارة سامي حداد", speakers)
