"""English question words to Arabic through the FreeDict English-Arabic dictionary (Debian dict-freedict-eng-ara,
which `make test` installs when run as root), and what it adds: BM25 for English questions and an English topic
meeting its Arabic wording in a quote."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from rag.bm25 import ArabicBM25
from rag.lexicon import Lexicon, lexicon
from rag.quotes import key_terms, lexical_score
from rag.settings import Settings

DICTIONARY = Settings().lexicon_path
needs_dictionary = pytest.mark.skipif(
    DICTIONARY is None or not Path(f"{DICTIONARY}.index").exists(),
    reason="dict-freedict-eng-ara is not installed (`make test` installs it when run as root)",
)


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    assert DICTIONARY is not None
    return Lexicon.load(DICTIONARY, senses=3)


def _arabic(lex: Lexicon, text: str) -> dict[str, tuple[str, ...]]:
    return {t.english: t.arabic for t in lex.translate(text)}


@needs_dictionary
def test_inflected_words_are_found_by_their_lemmas(lex):
    got = _arabic(lex, "civilians being killed")
    assert "قتل" in got["killed"]  # the lemma "kill" (القتل), besides the adjective "killed" (مقتول)
    assert "مدني" in got["civilians"]
    assert "being" not in got  # a function word


@needs_dictionary
def test_multiword_entries_win_over_their_words(lex):
    got = _arabic(lex, "the new sales tax")
    assert "sales tax" in got and "sales" not in got and "tax" not in got


@needs_dictionary
def test_countries_are_translated(lex):
    assert _arabic(lex, "What did Lavrov say about Syria?")["Syria"] == ("سوريا",)


def test_names_are_searched_by_how_the_articles_spell_them():
    # No dictionary knows most names: BM25 keeps the corpus's words by their Latin spellings.
    index = ArabicBM25.build([("a", "وقال الرئيس الأمريكي دونالد ترامب إن المحادثات مثمرة"), ("b", "ارتفعت أسعار النفط")], "fp")
    assert index.spelled("Trump") == ["ترامب"]
    assert index.spelled("Donald") == ["دونالد"]
    assert index.spelled("Lavrov") == []


@needs_dictionary
def test_senses_are_capped(lex):
    one = Lexicon.load(DICTIONARY, senses=1)
    assert len(one.senses_of("about")) == 1 and len(lex.senses_of("about")) == 3


@needs_dictionary
def test_an_english_topic_meets_its_arabic_wording_in_a_statement(lex):
    terms = key_terms("civilians being killed", lex)
    assert lexical_score(terms, "وما زال المدنيون يُقتلون في فلسطين") > 0
    assert lexical_score(terms, "ارتفعت أسعار النفط") == 0  # no evidence, and no penalty either
    assert lexical_score(key_terms("civilians being killed"), "وما زال المدنيون يُقتلون في فلسطين") == 0  # without it


def test_a_verb_the_dictionary_gives_as_an_imperative_meets_its_other_tenses(lex):
    # FreeDict gives "go" as اذهب and "attend" as احضر; articles write يذهب، ذهب، ستحضر.
    for text in ("عندما يذهب أحد إلى هناك", "ذهب الوفد إلى المدينة"):
        assert lexical_score(key_terms("go", lex), text) > 0, text
    assert lexical_score(key_terms("attend", lex), "لكنها ستحضر المؤتمر") > 0
    assert lexical_score(key_terms("go", lex), "ارتفعت أسعار النفط") == 0


def test_a_missing_dictionary_means_dense_only_with_one_log_line(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="rag.lexicon"):
        assert lexicon(tmp_path / "missing", 3) is None
        assert lexicon(tmp_path / "missing", 3) is None
    lines = [r for r in caplog.records if "apt-get install dict-freedict-eng-ara" in r.getMessage()]
    assert len(lines) == 1
    assert lexicon(None, 3) is None


def test_a_name_the_question_asks_about_may_stand_in_the_statements_paragraph_but_not_nowhere():
    from rag.quotes import MISSING_NAME_PENALTY, names_in
    from rag.text import bare

    terms = key_terms("What did the club say about Hamdan's post?")
    words = "وأكد النادي أن الصفحة تعرضت للاختراق بعد منشور نسب إلى اللاعب حمدان".split()
    paragraph = [bare(w) for w in words]
    assert names_in(terms, paragraph)
    assert not names_in(terms, [bare(w) for w in "وأكد النادي أن الصفحة تعرضت للاختراق".split()])
    assert lexical_score(terms, "الصفحة تعرضت للاختراق") == -MISSING_NAME_PENALTY
    assert lexical_score(terms, "الصفحة تعرضت للاختراق", named_nearby=True) == 0
    # An Arabic question's own words must be in the statement itself.
    assert not names_in(key_terms("ماذا قال النادي عن منشور حمدان؟"), paragraph)


def test_a_name_arabic_writes_as_two_words_is_found():
    terms = key_terms("What did the minister say about Hezbollah?")
    assert lexical_score(terms, "وأكد أن دور حزب الله في المنطقة خطير") > 0
    assert lexical_score(terms, "وأكد أن دور الحزب في المنطقة خطير") < 0


def test_an_international_body_is_looked_for_by_its_arabic_names_not_by_spelling():
    terms = key_terms("What did the minister say about the Arab League?")
    assert lexical_score(terms, "ودعا الأمين العام لجامعة الدول العربية إلى اجتماع طارئ") > 0
    assert lexical_score(terms, "ودعا الجامعة إلى اجتماع طارئ") < 0  # "league" alone is not the Arab League


def test_a_name_the_article_writes_in_latin_letters_is_found_as_written():
    from rag.quotes import MISSING_NAME_PENALTY

    terms = key_terms('What did the company say about the "Quick Share" feature?')
    assert lexical_score(terms, "أثرت الثغرة في ميزة (Quick Share) لدى ملايين المستخدمين") >= 0
    assert lexical_score(terms, "أثرت الثغرة في ميزة المشاركة لدى ملايين المستخدمين") == -MISSING_NAME_PENALTY


def test_a_capital_as_a_topic_is_the_city_not_its_whole_country():
    terms = key_terms("What did the general say about Khartoum?")
    assert lexical_score(terms, "لن نتوقف حتى تطهير آخر شبر من الخرطوم") > 0
    # (A statement that names only the country is no evidence for the city: its name is missing.)
    assert lexical_score(terms, "المستشفيات في ولايات دارفور بالسودان تعمل بأقل من نصف طاقتها") < 0
    assert lexical_score(key_terms("What did he say about Sudan?"), "الوضع في السودان كارثي") > 0


def test_an_interview_answer_is_about_the_question_asked_before_it():
    from rag.quotes import ArticleIndex

    text = (
        "وزير الاقتصاد التونسي: نتوقع نموا\n\n"
        "أجرت الصحيفة حوارا مع وزير الاقتصاد التونسي سمير سعيد.\n\n"
        "س: أين وصلت المفاوضات مع صندوق النقد الدولي؟\n\n"
        "ج: المفاوضات متواصلة، لكننا لن نقبل بشروط تمس السلم الاجتماعي.\n\n"
        "س: هل سترفعون الدعم عن المحروقات؟\n\n"
        "ج: لا، ليس في الوقت الراهن.\n"
    )
    index = ArticleIndex(text)
    answers = {text[a.start : a.end][:12]: a for a in index.passages if a.speaker}
    imf = key_terms("What did the minister say about the IMF?")
    on_imf, on_fuel = answers["المفاوضات مت"], answers["لا، ليس في ا"]
    assert lexical_score(imf, text[on_imf.start : on_imf.end], index.lead_in(on_imf.start)) > 0
    assert lexical_score(imf, text[on_fuel.start : on_fuel.end], index.lead_in(on_fuel.start)) < 0
