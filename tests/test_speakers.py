"""Speaker attribution and person matching, on an article the code has never seen (no sample names)."""
from rag.speakers import people, skeleton, speaker_matches, statements

UNSEEN = (
    "غوتيريش: على المجتمع الدولي أن يتحرك فوراً\n\n"
    "قال الأمين العام للأمم المتحدة أنطونيو غوتيريش، مساء الاثنين، إن “الوضع الإنساني في السودان كارثي ويتطلب تحركاً دولياً عاجلاً”.\n\n"
    "وأضاف: “لا يمكن أن نقف متفرجين بينما يموت الأطفال جوعاً في دارفور”.\n\n"
    "من جهته، أكد وزير الخارجية المصري سامح شكري أن بلاده تستضيف أكثر من مليون لاجئ سوداني.\n\n"
    "وكانت وكالة الأنباء الرسمية قد ذكرت أن الاجتماع سيعقد في القاهرة.\n\n"
    "وشدد شكري على ضرورة وقف إطلاق النار، قائلاً: «الحل السياسي هو الطريق الوحيد لإنهاء هذه الحرب المدمرة».\n"
)


def _by_text(fragment, direct=False):
    for st in statements(UNSEEN):
        if st.direct == direct and fragment in UNSEEN[st.start : st.end]:
            return st
    raise AssertionError(f"no statement contains {fragment!r}")


def test_direct_speech_is_cut_inside_the_marks_with_its_speaker():
    st = _by_text("الوضع الإنساني في السودان كارثي", direct=True)
    assert UNSEEN[st.start : st.end] == "الوضع الإنساني في السودان كارثي ويتطلب تحركاً دولياً عاجلاً"
    assert st.speaker == "الأمين العام للأمم المتحدة أنطونيو غوتيريش"


def test_continuation_keeps_the_previous_speaker():
    assert _by_text("لا يمكن أن نقف متفرجين", direct=True).speaker == "الأمين العام للأمم المتحدة أنطونيو غوتيريش"


def test_indirect_speech_participle_and_subject_before_verb():
    assert _by_text("تستضيف أكثر من مليون").speaker == "وزير الخارجية المصري سامح شكري"
    assert _by_text("الحل السياسي هو الطريق الوحيد").speaker == "شكري"
    assert _by_text("سيعقد في القاهرة").speaker == "وكالة الأنباء الرسمية"


def test_mentions_of_one_person_are_grouped_and_others_kept_apart():
    speakers = [s.speaker for s in statements(UNSEEN) if s.speaker]
    groups = [p.mentions for p in people(speakers)]
    shoukry = next(g for g in groups if "شكري" in g)
    assert "وزير الخارجية المصري سامح شكري" in shoukry
    assert not any("غوتيريش" in m for m in shoukry)


def test_english_names_and_titles_match_arabic_speakers():
    speakers = [s.speaker for s in statements(UNSEEN) if s.speaker]
    full = "الأمين العام للأمم المتحدة أنطونيو غوتيريش"
    assert speaker_matches("Guterres", full, speakers)
    assert speaker_matches("the Secretary-General", full, speakers)
    assert speaker_matches("Shoukry", "شكري", speakers)
    assert speaker_matches("the Egyptian foreign minister", "شكري", speakers)
    assert not speaker_matches("the Jordanian foreign minister", "شكري", speakers)
    assert not speaker_matches("Guterres", "شكري", speakers)
    assert not speaker_matches("Blinken", "شكري", speakers)


def test_skeletons_meet_across_scripts():
    assert skeleton("Putin") == skeleton("بوتين")
    assert skeleton("Peskov") == skeleton("بيسكوف")
    assert skeleton("Ukraine") == skeleton("الأوكرانية")
    assert skeleton("Israel") == skeleton("إسرائيل")
    assert skeleton("Putin") != skeleton("بيسكوف")
