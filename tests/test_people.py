"""Who is quoted: ArticleQA.people() and quotes_by(), the people files ingest writes, and `rag people` /
`rag quotes`, on the sample store (real ingest, real attribution)."""

from __future__ import annotations

import json
import shutil

import pytest

from app.cli import main as rag_main
from rag import ArticleQA
from rag.question import parse


def _by_name(people, fragment: str):
    return next(p for p in people if fragment in p.name)


def test_people_are_listed_most_quoted_first_and_one_per_full_name(sample_qa):
    people = sample_qa.people()
    assert [p.statements for p in people] == sorted((p.statements for p in people), reverse=True)
    putin = _by_name(people, "فلاديمير بوتين")
    emir = _by_name(people, "تميم بن حمد")
    # Both samples quote both; the same full name joins them, and nobody else is merged into them.
    assert len(putin.articles) == 2 and len(emir.articles) == 2
    assert not any("بيسكوف" in m for m in putin.mentions + emir.mentions)
    assert sum("فلاديمير بوتين" in p.name for p in people) == 1
    one = sample_qa.stats().articles[0].id
    assert {a for p in sample_qa.people(one) for a in p.articles} == {one}
    with pytest.raises(KeyError, match="no indexed article"):  # (a file name is no id: it had failed deep inside)
        sample_qa.people("putin-qatar-relations.txt")


def test_quotes_by_a_name_or_a_speaker_are_their_statements_as_exact_slices(sample_qa):
    by_name = sample_qa.quotes_by("Putin")
    by_speaker = sample_qa.quotes_by(_by_name(sample_qa.people(), "فلاديمير بوتين"))
    assert by_name and [(s.article_id, s.start) for s in by_name] == [(s.article_id, s.start) for s in by_speaker]
    for s in by_name:
        assert sample_qa.article_text(s.article_id)[s.start : s.end] == s.text
        assert "بوتين" in s.speaker or "الرئيس الروسي" in s.speaker
    assert sample_qa.quotes_by("Peskov") and all("بيسكوف" in s.speaker for s in sample_qa.quotes_by("Peskov"))
    assert sample_qa.quotes_by("Angela Merkel") == []


def test_ingest_saves_the_people_and_reading_them_writes_nothing(sample_store, embedder, tmp_path, sample_qa):
    people_dir = sample_store.store_dir / "people"
    assert set(json.loads((people_dir / "all.json").read_text(encoding="utf-8"))) == set(sample_qa.store.served())
    assert len(list(people_dir.glob("*.json"))) == 3  # the summary of both articles, and each one's own file
    copy = tmp_path / "store"
    shutil.copytree(sample_store.store_dir, copy)
    for own in (copy / "people").glob("*.json"):
        if own.name != "all.json":
            own.unlink()
    # The summary alone serves the list: one file read, however many articles.
    assert ArticleQA.open(sample_store.model_copy(update={"store_dir": copy}), embedder=embedder).people() == sample_qa.people()
    shutil.rmtree(copy / "people")
    qa = ArticleQA.open(sample_store.model_copy(update={"store_dir": copy}), embedder=embedder)
    assert qa.people() == sample_qa.people()  # worked out in memory when the files are missing ...
    assert not (copy / "people").exists()  # ... and not written by a reader


def test_people_saved_by_other_attribution_rules_are_worked_out_again(sample_store, embedder, tmp_path, sample_qa):
    # (A store ingested before an upgrade had its saved person ids given to the statements the new rules cut, so a
    # quote could be shown under another person's name until the next ingest.)
    copy = tmp_path / "store"
    shutil.copytree(sample_store.store_dir, copy)
    for path in (copy / "people").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        for entry in data.values() if path.name == "all.json" else [data]:
            entry["rules"] = "attribution 1, people 1"
            ids = [row[0] for row in entry["people"]]
            for row, other in zip(entry["people"], ids[1:] + ids[:1], strict=True):
                row[0] = other  # as other rules may number the same people otherwise
        path.write_text(json.dumps(data), encoding="utf-8")
    qa = ArticleQA.open(sample_store.model_copy(update={"store_dir": copy}), embedder=embedder)
    assert qa.people() == sample_qa.people()
    putin = _by_name(qa.people(), "فلاديمير بوتين")
    assert all("بوتين" in s.speaker or "الرئيس الروسي" in s.speaker for s in qa.quotes_by(putin))


def test_the_people_list_follows_an_ingest_and_a_removal(sample_store, embedder, tmp_path):
    from ingest.pipeline import ingest

    store, articles = tmp_path / "store", tmp_path / "articles"
    shutil.copytree(sample_store.store_dir, store)
    shutil.copytree(sample_store.articles_dir, articles)
    settings = sample_store.model_copy(update={"store_dir": store, "articles_dir": articles})
    summary = store / "people" / "all.json"
    summary.unlink()  # as in a store made before the summary existed: the next ingest writes it
    ingest([articles], settings, embedder=embedder, prune=True)  # (the copies have ids of their own: keep only them)
    qa = ArticleQA.open(settings, embedder=embedder)
    assert set(json.loads(summary.read_text(encoding="utf-8"))) == set(qa.store.served())
    before = qa.people()
    assert qa.people() == before  # asked again with nothing changed: the same list
    new = articles / "port.txt"
    new.write_text(
        "عنوان\n\nوقال وزير النقل البحري سمير داود إن الميناء الجديد سيفتح أبوابه في الربيع المقبل.\n", encoding="utf-8"
    )
    ingest([articles], settings, embedder=embedder)
    qa.refresh()
    assert any("سمير داود" in p.name for p in qa.people())
    new.unlink()
    ingest([articles], settings, embedder=embedder, prune=True)
    qa.refresh()
    assert set(json.loads(summary.read_text(encoding="utf-8"))) == set(qa.store.served())  # the removed one is gone
    # (The copied articles are new files to ingest, so their ids differ: compare who and how often.)
    assert [(p.name, p.statements) for p in qa.people()] == [(p.name, p.statements) for p in before]


def test_cli_people_and_quotes(sample_store, capsys):
    store = str(sample_store.store_dir)
    assert rag_main(["people", "--store", store, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert any("فلاديمير بوتين" in p["name"] and len(p["articles"]) == 2 for p in listed)
    assert rag_main(["people", "--store", store, "--article", "putin-qatar-relations.txt"]) == 0
    assert "Tamim" in capsys.readouterr().out
    assert rag_main(["quotes", "Peskov", "--store", store]) == 0
    assert "بيسكوف" in capsys.readouterr().out
    assert rag_main(["quotes", "Angela Merkel", "--store", store]) == 3
    assert rag_main(["people", "--store", store, "--article", "nowhere.txt"]) == 2


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Who said that the ceasefire was violated?", "the ceasefire was violated"),
        ("Who talked about Jerusalem?", "Jerusalem"),
        ("Who is quoted on Syria?", "Syria"),
        ("Who said anything about Brexit?", "Brexit"),
        ("من تحدث عن القدس؟", "القدس"),
        ("مَن صرّح بشأن الغاز؟", "الغاز"),
        ("من قال إن إسرائيل لم تلتزم بالاتفاق؟", "إسرائيل لم تلتزم بالاتفاق"),
    ],
)
def test_who_questions_ask_for_the_speakers_of_a_topic(question, topic):
    asked = parse(question)
    assert asked.who and asked.person is None and asked.topic == topic
    assert not parse("What did Putin say about Syria?").who and not parse("ماذا قال بوتين عن سوريا؟").who


def test_who_answers_give_one_statement_per_person_and_follow_ups_go_on_with_the_first(sample_qa):
    answer = sample_qa.ask("Who talked about Israel?")
    assert answer.found and answer.text.startswith("Quoted in the articles on “Israel”")
    people = [sample_qa.is_quoted_person("Putin", q) for q in answer.quotes]
    assert people.count(True) <= 1  # one statement per person
    more = sample_qa.ask("And what else did he say?", history=[("Who talked about Israel?", answer)])
    first = answer.quotes[0]
    assert more.found and all(sample_qa.is_quoted_person(first.speaker, q) for q in more.quotes)
    assert not {(q.article_id, q.start) for q in more.quotes} & {(q.article_id, q.start) for q in answer.quotes}
    nobody = sample_qa.ask("من تحدث عن البريكست؟")
    assert not nobody.found and nobody.text.startswith("لا تنقل المقالات المفهرسة كلاماً لأحد")


def test_who_answers_list_no_one_whose_words_hold_none_of_the_topic(sample_qa):
    # (Near in meaning is not on the topic: the sample articles quote humanitarian aid and a Palestinian state,
    # and no one on human rights; before, Putin and the Emir were listed.)
    answer = sample_qa.ask("Who talked about human rights?")
    assert not answer.found, [q.text for q in answer.quotes]
    assert sample_qa.ask("Who talked about humanitarian aid?").found


def test_who_said_the_very_words_of_a_statement_finds_its_speaker(sample_qa):
    # (A statement that is just the claim's words had been dropped as an echo of the question: "not found".)
    answer = sample_qa.ask("من قال إن العلاقات بين روسيا وقطر تشهد تطوراً مستمراً؟")
    assert answer.found, answer.text
    assert all(sample_qa.is_quoted_person("Putin", q) for q in answer.quotes)
    assert any(q.text == "العلاقات بين روسيا وقطر تشهد تطوراً مستمراً" for q in answer.quotes)


def test_quotes_by_a_name_tells_relatives_apart_as_the_chat_does(make_settings, embedder, tmp_path):
    # (quotes_by and `rag quotes` read the saved people, which did not keep whether a family name was shared: "Layla
    # al-Haddad" listed "وقال الحداد", whom the article cannot tell from her brother, and "Ghannouchi" the daughter
    # of the Ghannouchi the article is about, while the chat's answers, worked out on the article, did not.)
    from ingest.pipeline import ingest

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "haddad.txt").write_text(
        'عنوان\n\nوقال النائب سامي الحداد إن "القانون سيمر هذا الأسبوع".\n\n'
        'وقالت شقيقته ليلى الحداد إن "العائلة تدعمه بالكامل".\n\nوقال الحداد: "لن أتراجع عن موقفي".\n',
        encoding="utf-8",
    )
    (articles / "ghannouchi.txt").write_text(
        "عنوان\n\nقضت محكمة بسجن المعارض راشد الغنوشي ثلاث سنوات. ويقبع الغنوشي في السجن منذ عامين.\n\n"
        'وقالت ابنته يسرى الغنوشي في منشور على فيسبوك: "والدي سجين رأي".\n',
        encoding="utf-8",
    )
    settings = make_settings(articles_dir=articles)
    assert ingest([articles], settings, embedder=embedder).ok
    qa = ArticleQA.open(settings, embedder=embedder)
    assert [s.text for s in qa.quotes_by("Layla al-Haddad")] == ["العائلة تدعمه بالكامل"]
    assert "لن أتراجع عن موقفي" in [s.text for s in qa.quotes_by("Haddad")]  # the family name alone is all of them
    assert qa.quotes_by("Ghannouchi") == []
    assert [s.text for s in qa.quotes_by("Yousra Ghannouchi")] == ["والدي سجين رأي"]
    assert [s.text for s in qa.ask("What did Layla al-Haddad say?").quotes] == ["العائلة تدعمه بالكامل"]
