"""Fast unit tests of the pure functions the answers are made of: reading a question, carrying a follow-up,
fusing the two retrievers, choosing quotes, and the small text and source helpers. No index, no model."""

from __future__ import annotations

import pytest

from rag.attribution import Attributed
from rag.models import Hit, Quote
from rag.question import parse, with_history
from rag.quotes import Candidate, echoes, key_terms, select, verify
from rag.retrieve import _rank_fusion, _score_fusion
from rag.sources import file_name, file_of, jsonl_line
from rag.text import arabic_share, is_arabic


@pytest.mark.parametrize(
    ("question", "language", "person", "topic"),
    [
        ("What did Putin say about Syria?", "en", "Putin", "Syria"),
        ("ماذا قال بوتين عن سوريا؟", "ar", "بوتين", "سوريا"),
        ("What did the Emir say?", "en", "the Emir", None),
        # Where or when it was said comes before what it was about.
        ("What did Ronaldo say on Twitter about the accusations?", "en", "Ronaldo", "the accusations"),
        ("ماذا قال رونالدو في تغريدة عن الاتهامات؟", "ar", "رونالدو", "الاتهامات"),
        # After a title, "في X" is where they hold it; "في مؤتمر صحفي" is where they said it.
        ("ماذا قال القيادي في الحركة عن الانسحاب؟", "ar", "القيادي في الحركة", "الانسحاب"),
        # After a member's title "عن" and a party or constituency is whom they sit for; "عن" after that, the topic.
        ("ماذا قال النائب عن حزب الوفد محمد داود عن القانون؟", "ar", "النائب عن حزب الوفد محمد داود", "القانون"),
        ("ماذا قال النائب عن التيار الوطني الحر جبران باسيل؟", "ar", "النائب عن التيار الوطني الحر جبران باسيل", None),
        ("ماذا قال النائب عن القانون؟", "ar", "النائب", "القانون"),
        ("What did Burhan vow?", "en", "Burhan", None),
        ("What did the minister acknowledge about the deficit?", "en", "the minister", "the deficit"),
        ("ماذا قال المسؤول في وزارة الخارجية بشأن العقوبات؟", "ar", "المسؤول في وزارة الخارجية", "العقوبات"),
        ("ماذا قال الوزير في مؤتمر صحفي عن النفط؟", "ar", "الوزير", "النفط"),
        ("What did Putin say about talks on Syria?", "en", "Putin", "talks on Syria"),
        # Requests name the person too.
        ("Quote Hamdan on the withdrawal", "en", "Hamdan", "the withdrawal"),
        ("Show me what the minister said about oil prices", "en", "the minister", "oil prices"),
        # What the person said they did is part of what is asked.
        ("What did the bank say it had done about the fraud?", "en", "the bank", "it had done about the fraud"),
        ("What did Lula say that they would do on the border?", "en", "Lula", "they would do on the border"),
        # A reaction's object, a described object; whom the words were for is not the person.
        ("What was Putin's reaction to the sanctions?", "en", "Putin", "the sanctions"),
        ("How did the Emir describe the blockade?", "en", "the Emir", "the blockade"),
        ("What did Guterres say to reporters?", "en", "Guterres", None),
        ("ماذا قال الوزير للصحفيين عن النفط؟", "ar", "الوزير", "النفط"),
        # Asking for quotations by someone, or what was said by someone.
        ("Quotes from Baerbock on sanctions", "en", "Baerbock", "sanctions"),
        ("What is Lavrov quoted as saying about Syria?", "en", "Lavrov", "Syria"),
        ("What has been said by the UN?", "en", "the UN", None),
        # "على" after "علق/رد" is what was answered ("علي" is the name Ali, which normalising folds it into).
        ("كيف علق الكرملين على الأسلحة الغربية؟", "ar", "الكرملين", "الأسلحة الغربية"),
        ("ماذا قال علي الحسن عن النفط؟", "ar", "علي الحسن", "النفط"),
        # A verb with no subject before what it was about: the person asked before.
        ("وماذا قال عن العقوبات؟", "ar", "<pronoun>", "العقوبات"),
        # Where it was said, with "his/her" too, is neither the person nor the topic.
        ("ماذا قال الرئيس في خطابه؟", "ar", "الرئيس", None),
        ("ماذا قالت الوزيرة في كلمتها أمام البرلمان؟", "ar", "الوزيرة", None),
        ("ماذا قال الوزير في مؤتمر صحفي؟", "ar", "الوزير", None),
        ("ماذا قال الرئيس في خطابه عن الاقتصاد؟", "ar", "الرئيس", "الاقتصاد"),
        # After a title, where it is held is part of the person even with no topic after it.
        ('ماذا قال مسؤول في جبهة "البوليساريو"؟', "ar", 'مسؤول في جبهة "البوليساريو"', None),
        # Someone's statements, views, position; "anything from X"; a comment, a reaction; "as regards".
        ("Give me Lavrov's statements on Syria", "en", "Lavrov", "Syria"),
        ("What are the Saudi foreign minister's views on Yemen?", "en", "the Saudi foreign minister", "Yemen"),
        ("What's Blinken's position on the ceasefire?", "en", "Blinken", "the ceasefire"),
        ("Anything from Guterres on Gaza?", "en", "Guterres", "Gaza"),
        ("ما تعليق وزارة الخارجية على الهجوم؟", "ar", "وزارة الخارجية", "الهجوم"),
        ("ما رد فعل الكرملين على العقوبات؟", "ar", "الكرملين", "العقوبات"),
        ("ماذا قال أمير قطر فيما يتعلق بإسرائيل؟", "ar", "أمير قطر", "إسرائيل"),
        ("ماذا قالت الوزيرة فيما يخص الميزانية؟", "ar", "الوزيرة", "الميزانية"),
        # A verb that takes an object in an Arabic question: the object is what it asks about, not the person.
        ("كيف وصف المتحدث باسم الخارجية الصينية القيود؟", "ar", "المتحدث باسم الخارجية الصينية", "القيود"),
        ("بماذا وصف عادل الجبير الاتهامات؟", "ar", "عادل الجبير", "الاتهامات"),
        ("كيف وصف لافروف العقوبات الغربية؟", "ar", "لافروف", "العقوبات الغربية"),
        (
            "كيف انتقد الرئيس الفرنسي إيمانويل ماكرون السياسة الأمريكية؟",
            "ar",
            "الرئيس الفرنسي إيمانويل ماكرون",
            "السياسة الأمريكية",
        ),
    ],
)
def test_a_question_names_its_person_and_topic_in_its_language(question, language, person, topic):
    asked = parse(question)
    assert (asked.language, asked.person, asked.topic) == (language, person, topic)
    assert not asked.who


@pytest.mark.parametrize(
    "question",
    [
        "What did Scholz tell reporters?",
        "How did the Kremlin respond?",
        "Any quotes from the WHO chief?",
        "What has Putin said?",
        "ما هي تصريحات بيربوك؟",
        "بم رد عراقجي؟",
        "ماذا قال وزير المالية للصحفيين؟",
        "What did Burhan vow?",
    ],
)
def test_a_question_for_someones_words_and_nothing_more_takes_any_of_them(question):
    assert parse(question).only_person


def test_who_questions_have_a_topic_and_no_person():
    asked = parse("Who talked about Jerusalem?")
    assert asked.who and asked.person is None and asked.topic == "Jerusalem"


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("Who said that the talks have stalled?", True),
        ("Who said the economy will grow?", True),
        ("من قال إن المفاوضات متعثرة؟", True),
        ("Who talked about the talks?", False),
        ("Who said anything about Brexit?", False),
        ("Who said what about Gaza?", False),
        ("من تحدث عن الغاز؟", False),
    ],
)
def test_who_said_that_asks_for_a_claim_and_who_talked_about_for_a_topic(question, claim):
    asked = parse(question)
    assert asked.who and asked.claim is claim


def test_a_capitalised_word_that_spells_a_verb_is_part_of_the_name():
    assert parse("What did the State Department say about Iran?").person == "the State Department"
    assert parse("What did Putin say about Syria?").person == "Putin"


def test_a_follow_up_takes_the_person_or_the_topic_it_lacks_from_the_previous_turn():
    first = with_history(parse("What did Putin say about Syria?"), None, lambda phrase: False)
    other_person = with_history(parse("And the Emir?"), first, lambda phrase: phrase == "the Emir")
    assert other_person.person == "the Emir" and other_person.topic == "Syria" and other_person.topic_from_history
    other_topic = with_history(parse("And Gaza?"), first, lambda phrase: False)
    assert other_topic.person == "Putin" and other_topic.person_from_history and other_topic.topic == "Gaza"
    more = with_history(parse("What else did he say?"), first, lambda phrase: False)
    assert more.person == "Putin" and more.wants_more
    # "And what else?" asks for more of the same: "else" is neither a person nor a topic.
    for question in ("And what else?", "وماذا أيضا؟"):
        more = with_history(parse(question), first, lambda phrase: False)
        assert more.person == "Putin" and more.topic is None and more.wants_more, more


def _hit(cid: str, cos: float) -> Hit:
    return Hit(cid, "a", "t", "s", 0, 1, "x", 0.0, dense_score=cos)


def test_score_fusion_scales_each_side_and_a_chunk_found_by_both_wins():
    dense = [_hit("a", 0.90), _hit("b", 0.85), _hit("c", 0.80)]
    sparse = [("c", 12.0), ("d", 6.0)]
    fused = _score_fusion(dense, sparse, 0.4)
    assert fused["a"] == pytest.approx(0.6)  # the best cosine scaled to 1, weighted 0.6
    assert fused["c"] == pytest.approx(0.4)  # the worst cosine scales to 0; the best BM25 gives 0.4
    assert fused["d"] == pytest.approx(0.2)  # half the best BM25 score, absent from the dense side
    assert _score_fusion([], [("x", 0.0)], 0.4) == {"x": 0.0}  # no match at all stays at 0, no division by 0


def test_rank_fusion_adds_reciprocal_ranks():
    fused = _rank_fusion([_hit("a", 0.9), _hit("b", 0.8)], [("b", 3.0)], 1.0)
    assert fused["b"] > fused["a"]  # second in dense and first in BM25 beats first in dense alone


def _candidate(start: int, end: int, score: float, article: str = "a") -> Candidate:
    return Candidate(article, Attributed(start, end, "direct", None), score)


def test_select_keeps_the_best_above_threshold_within_the_margin_without_overlaps_or_repeats():
    scored = [_candidate(0, 10, 0.9), _candidate(5, 15, 0.88), _candidate(20, 30, 0.85), _candidate(40, 50, 0.5)]
    chosen = select(scored, threshold=0.6, margin=0.1, limit=5, exclude=[])
    assert [(c.statement.start, c.score) for c in chosen] == [(0, 0.9), (20, 0.85)]
    shown = [Quote("a", "t", "s", 0, 10, "x")]
    # "What else?": what overlaps a quote already shown is left out, and the margin counts from the new best.
    assert [c.statement.start for c in select(scored, 0.6, 0.1, 5, exclude=shown)] == [20]
    assert select(scored, threshold=0.95, margin=0.1, limit=5, exclude=[]) == []


def test_the_asked_persons_further_statements_need_only_be_close_to_their_best():
    scored = [_candidate(0, 10, 0.7), _candidate(20, 30, 0.55), _candidate(40, 50, 0.3)]
    assert [c.statement.start for c in select(scored, 0.6, 0.2, 5, exclude=[])] == [0]
    assert [c.statement.start for c in select(scored, 0.6, 0.2, 5, exclude=[], same_speaker=True)] == [0, 20]
    assert select(scored[1:], 0.6, 0.2, 5, exclude=[], same_speaker=True) == []  # the best still decides
    off_topic = [scored[0], Candidate("a", Attributed(20, 30, "direct", None), 0.55, names_missing=True)]
    assert len(select(off_topic, 0.6, 0.2, 5, exclude=[], same_speaker=True)) == 1  # not about what was asked


def test_a_statement_that_only_repeats_the_questions_names_says_nothing_about_them():
    terms = key_terms("What did the museum say about the Nova Terra?")
    assert echoes(terms, "نوفا تيرا")  # a quoted title, as Arabic spells it
    assert not echoes(terms, "لوحة نوفا تيرا بيعت بسعر قياسي")


def test_verify_accepts_only_the_exact_slice():
    text = "قال الوزير إن الميناء سيفتح."
    quote = Quote("a", "t", "s", 14, 27, "الميناء سيفتح")
    assert verify(quote, text)
    assert not verify(Quote("a", "t", "s", 14, 27, "الميناء سيغلق"), text)
    assert not verify(Quote("a", "t", "s", 20, 99, text[20:]), text)


def test_sources_keep_a_hash_in_a_file_name_and_strip_a_jsonl_line():
    assert file_of(jsonl_line("/data/feed.jsonl", 12)) == "/data/feed.jsonl"
    assert file_name("/data/notes#2.txt") == "notes#2.txt"
    assert file_of("https://example.com/a#section") == "https://example.com/a#section"


def test_arabic_share_decides_the_language_of_mixed_text():
    assert arabic_share("ماذا قال Putin") > 0.5 and is_arabic("ماذا قال Putin")
    assert not is_arabic("What did بوتين say about Syria?")
    assert arabic_share("2024 — ?") == 0.0 and not is_arabic("2024")


def test_arabic_matching_folds_the_letters_writers_use_interchangeably_persian_ones_too():
    from rag.text import normalize_ar

    assert normalize_ar("القدرة الشرائیة للمستهلکین") == normalize_ar("القدرة الشرائية للمستهلكين")
    assert normalize_ar("إلى مُستشفى") == normalize_ar("الى مستشفي")


def test_an_english_question_finds_an_article_written_with_persian_letters(make_settings, embedder, tmp_path):
    """BM25 reads the article's ی and ک as the question's ي and ك."""
    from ingest.pipeline import ingest
    from rag import ArticleQA

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("عنوان\n\nوأشار الوزير إلى أن مشکلات الاقتصاد تمس حیاة الملایین.\n", encoding="utf-8")
    settings = make_settings(articles_dir=articles)
    assert ingest([articles], settings, embedder=embedder).ok
    assert ArticleQA.open(settings, embedder=embedder).store.bm25().search("مشكلات حياة الملايين", 5)


def test_the_source_is_a_speaker_the_articles_are_not():
    # ("What did the source say?" asks for the unnamed source an article quotes, as "ماذا قال المصدر؟" does; with
    # no person its answer had been any passage, under no one's name.)
    assert parse("What did the source say?").person == "the source"
    assert parse("What did the sources say about the talks?").person == "the sources"
    assert parse("What did the articles say about the talks?").person is None
