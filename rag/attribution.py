"""Who said what in an Arabic news article, read from the grammar of Arabic reporting.

A report introduces words with a *frame*: a reporting verb and its subject ("وقال وزير الخارجية ... إن",
"أكدت الوزارة أن", "وأضاف:" with no subject, continuing the last speaker of that gender), a participle
("مضيفا أن"), a fronted subject ("أما X فقال", "وكان X قد قال", "X قال إن"), a source phrase ("بحسب X",
"وفقا لـ X", "نقلا عن X", "على لسان X"), a document ("وجاء في البيان:") or a name and a colon ("X: «...»").
The words a frame introduces run to the next frame or the end of the sentence; quoted stretches in them are
direct speech, and a quotation keeps its speaker across sentence ends. Headlines are never anyone's words.

Everything here is offsets into the article text: a statement is text[start:end], a speaker mention is the
name with its description as written (text[speaker.start:speaker.end]), never more.
Nothing here knows any article's names; the word lists in rag/data/ are closed grammatical classes.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from rag.morphology import (
    noun_gender,
    is_adjective,
    is_arabic_word,
    is_common_noun,
    is_noun_in_iyya,
    is_participle,
    is_plain_noun,
    is_plural,
    is_sound_plural,
    is_verb_form,
    has_article,
    is_verbal_noun,
    sound_plural_in_construct,
)
from rag.names import (
    ANONYMITY,
    BYNAME_SET_OFF,
    LETTER_NAMES,
    NICKNAMED,
    body_names,
    country_named,
    country_of,
    is_attested_name,
    is_country_name,
    is_given_name,
    is_honorific,
    is_name_word,
    is_nisba,
    is_number,
    is_place,
    is_title_form,
    ministry_domain_words,
    own_name,
    regnal_number,
    state_courtesy,
)
from rag.stopwords import stopword_set
from rag.text import bare as _bare
from rag.text import YEARS, abbreviation_stop, family_initial, initial_stop, normalize_ar, paragraph_spans, trim_span

DATA = Path(__file__).with_name("data")
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
# Bump when statements are cut differently: ingest re-embeds the statements of every article on its next run.
VERSION = "530"  # 1: rag/speakers.py (whole sentences, quotes); 2: frames; 3: a known title decides the headline;
# 4: impersonal and relative frames, coordinated subjects, channels that do not speak; 5: بيّن، البعض, negations;
# 6: اعتبر reports only with its own complementiser (without it: "is considered"); لل completes a body's name,
# an indefinite noun after it is its object, "في بيان" is the channel; 7: a channel's owner (منشور لـX أعلن
# فيه), "وجاء في البيان" is whoever the article said that statement came from; 8: reports inside quotations,
# a participle after a clause that reports nothing, where words were published is not part of them; 9: a
# title's definite object is no apposition, ب and a noun end a phrase, a passive told by its spelling (يوصى);
# 10: addressees, nominative plurals, "هكذا قال", verbs that take no object, adjuncts set off by commas;
# 11: background after a comma (، بعد طلب X) is not the speaker's, "بدعوى أن" is the subject's claim; 12: "the
# latter" after a country is that country; 13: a statement as subject is its issuer's (بيان للجيش، بيان صادر
# عن), ages in brackets, "تتابع" reports nothing; 14: a colon inside brackets is a gloss; 15: a source
# phrase inside a clause ("والوسيط وفق الصحيفة هو …") gives it the whole clause; a word after a body's quoted
# name is its object; 16: a title or relation with a possessive is a subject ("وقالت زوجته"), anonymity
# clauses, an S-V clause after "إن" is the speaker's; 17: a named expert is no unnamed source, ب and a verbal
# noun (بمواصلة، بتقديم) end a name; 18: حسبما, quoted addressees (لـ"X"), "ختم بالقول", منى is a name,
# where it was said (أمام البرلمان) says nothing, a name after a title and its body (رئيسة البنك سلمى داود);
# 19: "جاء في بيان للوزارة" is the ministry's, addressees with where (للصحفيين في برلين، لنظيره); 20: chains
# of names past ten words (… بن عبد الرحمن آل ثاني), قيادي is a title, "لقناة محلية" is an addressee; 21:
# gender agreement tells a new subject from the last speaker, a feminine body's definite non-adjective is its
# object; 22: a verb a few words into the reported clause is part of it ("إن بلاده ترفض"), "المتحدث باسمها";
# 23: reports and studies are channels, a relative clause describes an indefinite speaker ("دراسة أجراها …"),
# "بجامعة" after a title, a nominative dual is a subject ("الجانبان"), "في أحدث تقاريره" ends a description;
# 24: "من ريف حلب،" before the complementiser is no part of the words, "وحذر المسؤول من" ends the subject;
# 25: "وعد" reports where a clause starts, "، كان X قد" after an adjunct, "، بإجراء" is no apposition; 26: after
# a verb with no noun object, a name follows a title and its body ("علّق رئيس النادي فلورنتينو بيريز"); 27:
# what a reply answered ("وردّت الوزارة على الانتقادات، مؤكدة") is not its words; 28: a medium is a preposition's
# own noun ("على ضرورة الحوار" is what was stressed); 29: "لدى" after a title, the subject between كان and قد,
# "في وقت سابق" before the complementiser; 30: a word with ب said once right before the complementiser is the
# subject's name ("وقال بلينكن إن"), never the last speaker; 31: a reporting verb with an object pronoun after a
# comma opens its own clause ("، انتقدته إيران"); 32: a relative clause on the speaker after a comma or up to
# the complementiser is no part of the words; 33: an adjunct before the complementiser is no part of the words
# ("قال الوزير أمام البرلمان إن", "أشار إلى أن"), "بين" and a ب-word the article never has without ب continue a name
# before a preposition or a comma, a medium before the preposition a verb needs ("أعرب في بيان عن"), and what a
# comment was on ("هكذا علّق X على Y") is not its words; 34: an outlet's quoted name is no words ('لقناة "X"'),
# a source right after the subject is relayed ("أشارت الصحيفة نقلا عن مسؤولين إلى أن"), "طالبا عدم الكشف عن
# هويته", a body's object after its adjective or before a demonstrative phrase, "في بيان" before an object;
# 35: "يُدعى" names ("امرأة تدعى فاطمة"), a definite noun after a body's foreign name is its object, "فقد" after a
# fronted source, a comma-set adjunct after the speaker ("، خلال استقباله الوزير،") and "، ويدعى X،"; 36: names
# spelt as a preposition with a pronoun where a title's name is due ("بيني وونغ"، "لي هسين لونغ"), "لي" (to me)
# as an addressee, a researcher where he works, an outlet's name after its noun with a pronoun ("منصته"); 37: a
# possessed subject after إن is the speaker's side ("إن بلادها تطالب"), a noun before "أي" heads the object,
# a genitive after a body's quoted name, مجموعة and معهد are bodies; 38: an adjunct after time words ("حذرت
# المنظمة اليوم الثلاثاء من أن"), "المقيمة" is a title's modifier; 39: a known body's name ends its phrase;
# 40: "توصل/خلص X إلى أن" (concluded that) report; 41: an addressee before the subject ("قال لرويترز مصدر");
# 42: estimates are a channel ("بحسب تقديرات الأمم المتحدة"), "ووفق ما نقلته الوكالة عن مصادر" is the sources';
# 43: a verb with no subject of its own inside the reported clause is part of it ("إن بغداد ترفض أن"), 'لـ"X"'
# is a name, an addressee before a colon, "بيان صدر في …"; 44: a lone noun right before "أن" is the subject
# ("أعلن الكرملين أن"), the object of "اتهم/وصف" after a complete description or a name ("قوات الدعم"، "إيران"،
# "الاتفاق"); 45: "كل من X وY" is X and Y; 46: an unnamed source's rank then where it works ("مسؤول كبير في
# الإدارة"), "شريطة عدم الكشف عن اسمه" after an addressee; 47: a quotation over two paragraphs; 48: a word with ل
# said once before the complementiser is the subject's name ("وقال لافروف إن"), a continuation's addressee;
# 49: "وفقا للأمم المتحدة" (ل fused with the article), a record cited is its owner's or nobody's ("وفقا للاتفاق"),
# "ثم أضاف", an addressee of two words before a colon, "، وهو …،" after the speaker, "بيان مشترك صادر عن"; 50: a
# body's adjectives of its gender before its لل genitive ("الهيئة العليا للانتخابات"), "للصحفيين" never a genitive;
# titles of academics, judges, doctors and reporters; 51: a participle after "كانت X VERB" or "سبق أن VERB X" is
# X's, one with no comma only a body's or an office's (else an adjective: nobody's), more participles and bodies; a
# report opening the words is the words ("قالت إن واشنطن ترحب ب"، "أن الشرع أعرب عن …، مؤكدا"), "في حين قال"; 52:
# no continuation past a quotation given no speaker, the manner before a colon is no words, روى/حكى, "آخر حصيلة
# أعلنتها X"; 53: "جاء في تغريدة للوزير"، "شهود عيان لفرانس برس" (whom they told), artists and writers as titles,
# a report inside the words only before a verb with no subject of its own after it (or after "عندما"), مضى only
# with قائلا/يقول, no verb in a name before a colon; 54: an interview's answers ("ج:") are the interviewee's; 55:
# a noun with "his" as written (ه) after a definite title or after a preposition ends the speaker ("المدرب سعادته");
# 56: "عدم الكشف عن هويتها" whole (the anonymity pattern took "هويته" and left "ا" to the words); 57: a lead's
# dateline ("مراكش (الأناضول) - ") is no part of the words a source at the sentence's end gives; 58: denials
# marked (Attributed.denied), an object after a complete description ("رئيس الوزراء الاتفاق") or alone with its
# adjectives ("ووصفت الاتهامات المصرية"), a verb with an object pronoun opening a sentence ("ووصفها"), titles'
# duals ("وزيرا خارجية مصر والأردن"), "هكذا" before the verb after its quotation, the reporter's comment after a
# quotation, "وسائل إعلام"/"تقارير" unnamed, أنكر; no definite word has a possessive pronoun ("المتهم"); 59:
# "رفض التعليق" says nothing, "بصوت خافت" is no speaker, a title's definite genitive is no name ("منسقة الشؤون
# الإنسانية للأمم المتحدة في اليمن جولييت توما"); 60: "المتحدث باسمها X" goes on to X, a platform's quoted
# name ('منصة "إكس"'), "إذ" ends the words before it; 61: where an envoy is sent ("المبعوث الأممي إلى اليمن X"),
# أدان/انتقد take an object, "بقيادة" is no object; 62: وكيل a title; 63: "ويتابع:" goes on with the last
# speaker (it was read as a name), a given name and an unknown foreign family name name an expert; 64: a
# short line ending in a colon is no subheading, and where it was said before that colon is no words; 65: the
# occasion of the words ("في اتصال هاتفي مع …،"، "خلال لقائه …،") is neither speaker nor words, a plural noun
# heading a construct after a name is the object ("أوزيل سياسات الحكومة"); 66: "وأكد سموه" is the last one named
# with that honorific, a chain of offices after a name, a blessing ("رعاه الله") is neither speaker nor words, ب
# after a father's name opens the complement; 67: a title's ل-genitive of a body ("لحركة حماس"), a given name
# spelt like a verb before a family name ("عزت الرشق"), "مكتب رئيس الوزراء" is no body's foreign name; 68: "على
# حد قول X"، "وفق تعبير X" name a source, "بحسب تعبيره" ends the words, "وفق" is a whole word ("وفقدان" was read
# as "وفق" + a speaker "دان"); 69: a definite word after a relation is no pronoun ("زوجة المتهم"); (70-79: the
# commit messages); 80: a present verb after an indefinite noun describes it ("بيانا يطالب الحكومة"), verbs of
# beginning ("وبدأ المزارعون يطالبون") and كان's predicate ("لم تكن تغرد"), durations ("لفترة طويلة"), "ما جاء
# في" as a noun phrase, hashtags, a name after an adjunct set off by a comma ("في القرن السابع عشر، توماس يكتب");
# 81: "بالإنابة" inside a title, a channel's name in guillemets after a title ("مراسل «العربية»"); 82: the
# sides a body calls on ("دعت الأمم المتحدة الطرفين"), a refusal after "فيما"/"بينما" ends the words before it;
# 83: an outlet's credit in the dateline ("الرياض - «الشرق الأوسط»:"), who published a study ("دراسة نشرتها
# مجلة «لانسيت» أن"), no subject before a present that describes an indefinite noun ("أطلقت الوزارة حملة تدعو");
# 84: a common noun heading a construct is no name ("رئيسة قسم أمراض القلب في مستشفى … الدكتورة منى الشهري");
# 85: no verb after "دون"/a modal, كان's predicate, long occasions, "للتصنيف … في تقرير أن", foreign names and
# compound names before an object, a fronted adjunct before a shared subject, an office's "في" after a name;
# 86: "في مقابلة مع «X»", "لكنه" before the next verb, chains of offices and "الأستاذ في" in appositions, no last
# speaker for "كان X قد", "سجل أن", "توعد", "النائبة عن فريق"; 87: clauses on an indefinite speaker, Egyptian
# "علي" for على, chambers (غرفة), a study's lead researcher and "من جامعة" in an apposition, a body before
# "، الاثنين، أن", the noun phrase called on after a name, states together ("… وجمهورية الصين الشعبية");
# 88: a body's genitive in a title ("الأمين العام لجامعة الدول") is no name before an object; 89: "أحد المتطوعين
# في فريق الدفاع المدني": one of a group, and where the group is; 90: blocs (تكتل) and sermons (عظة، خطبة);
# 91: an object after a compound given name and a definite family name ("عبد الله الكبير المبادرة"); 92: verbal
# nouns heading an object after a name ("سامح شكري دعم مصر"), governors (والي), imams, "فضيلة/سيادة", دار الإفتاء
# and "أفتى", "لجنة حماية الصحفيين", "مصدر تحدث إلى «X»", what is warned of after a body's adjective, a plural
# called on after one title, a body's plural genitive before an object, "أحمد علي" before an object; 93: an
# apposition naming another person ("X، رئيس وزراء الهند Y"), another person's family name as the object, the
# grounds of a ruling and a pleading (حيثيات، مرافعة), "متهم" the accused, a title's definite object, an interview
# "مع «outlet»، تحدث X"; 94: the outlet told ("وزير الخارجية لصحيفة «X» إن") is no genitive of the title, a
# quotation opening with a negation after an outlet noun is words, "تابعة لـ", "بمجلس النواب" after a title's
# adjective, a title's genitives then where it is held in an apposition, "منى" (Mona) is no "from me"; 95: "بحسب
# ما نقلت عنه X": relayed from him, X carries the speaker's words; 96: "«…»، بهذه الكلمات لخص X", and a
# paragraph opening with a quotation that then names someone is not the last speaker's; 97: "عن حزب الوفد" (a
# body's genitive is no name before an object), "بلاعبيه" (ب, a plural and its pronoun) after a name; 98: "علي" and
# a definite family name before the complementiser is Ali ("المحلل علي الهيل إن"), "علي الفور" على, and a named
# analyst with such a family name is no unnamed source; 99: a verb after a preposition with its conjunction ("وفي
# رد على") is a noun, "chief" heading a title ("كبير الاقتصاديين في شركة X"), where a title is held before a name
# is no object ("في لبنان NAME من أن"), a clause "، وهو/وهي …" on a speaker or a source runs to its comma or colon,
# a city's dateline ("مدريد - ") opens the lead, "أما X فقد أكد", each person's own length limit in "X وY", and
# an interview's unmarked answers (the paragraph after a question, where the lead announces an interview);
# 100: battalions, brigades (كتيبة، كتائب، سرايا), corps, militias and "تنظيم" head bodies; 101: ب and a verbal noun
# after a name ("بأداء لاعبيه"), ب and a city after a body ("بواشنطن"), "في" and a place after a title's body ("لحركة
# حماس في غزة"), and "لدى" and a country in an apposition; 102: "مصدر مطلع على X" (what it is informed of); 103: a
# body's noun heading a construct after a described person's name is the object ("عقيلة صالح حكومة الدبيبة بـ");
# 104: a lead's city dateline is no part of a source's words, an unnamed head's genitive then "في" and a body;
# 105: "سموه" with no "صاحب السمو" before is the last emir or crown prince, "الصباح" after a name a family name;
# 106: "عبد الله" and a ب-family name before "أن", "لشمال أفريقيا" and ل and a city after a title, an indefinite
# title's genitive with a pronoun ("نائبة مديرتها") or a country ("رئيسة وزراء باربادوس") before a name, a title the
# romanizer knows as a name ("عضو") heading a subject, تفعّل/تفاعل verbal nouns after ب, an age epithet ("البالغ من
# العمر") in the subject and as the speaker going on, up to ten words of occasion before a colon, clergy titles, an
# interview's interviewee as the one person its lead reports, a regnal number ("محمد السادس") in a ruler's name, a
# ب-complement after a name ("أشاد X بمضامين الخطاب"), a feminine title after a masculine verb's name and a definite
# noun after a one-word name are objects, "لم تسمه", whom "يدعى" names, a bracketed acronym that spells a verb, and
# "بايدن" before a title is no "بحضور"; 107: a foreign name after an office and its body is the holder's
# ("رئيس النادي فلورنتينو بيريز"), not the object, and so is any name after an unnamed head's body with a verb that
# takes no object; "فان" before a name word is a name's particle (فان دايك), not "فإن"; a word heading the construct
# of an indefinite title is no name ("أستاذ علم الأوبئة"); 108: film directors, critics and journalists are titles;
# 109: a report in a background sentence ("ويأتي ذلك بعد أن أعلن X") is no speaker a later "وأضاف" goes on with;
# 110: "بيانا قال فيه" and a channel published with its medium ("تدوينة عبر حسابه، قال فيها"), a relative clause on
# a person ("X، الذي قال إن"), "وسأل X Y … فأجاب" (Y answers), a preposition is no name word in a phrase;
# 111: "وسأله X … فأجاب" (whom "him" names), an object's title, a counterpart or a body after a definite title,
# "بتونس" after "باسم", a name after a quoted body before a function word; 112: who declined to comment goes on
# ("مكتفيا بالقول"), a foreign given name in ه ("جوزيه") before a comma, "فقد" before a verb ends the words before;
# 113: "وجاء على لسان X أن" opens X's words; 114: an adviser's name in apposition after his principal's, a bracket
# the mention opens is closed in it, nurses, teachers, engineers, pharmacists, photographers, employees are titles;
# 115: inside someone's words, a quotation in a relative clause on a person is that person's, and the words go on;
# 116: after a fronted adjunct, a description with a given name is the shared subject; a shared subject's words
# start past whom they were said to; 117: "وقال لرويترز/لوكالة …" with no subject is said to the press, no speaker;
# 118: the one asked answers ("وسئل X …، فرد"، "وسأل القاضي الشاهد عما …، فأجاب"), "نقل بيان صادر عن X عن Y قوله"
# relays Y, "برر/علل … بالقول/بأن", "شكك" report, interrogatives and "فقط/أكثر" end a mention, an age set off by
# commas stays in it, "طالب" inside a clause is a student, "إذ قال" after a clause is its subject's; "واتهم
# الساير الوزير": the office is the object; "مخاطبا إياه"، "مازحا" no name; "وتتابع X:"، "وعلق X:" speak; "وفق
# بيان مقتضب أصدرته الرئاسة": the presidency's; "زميله (في إنتر ميامي) لويس": his colleague, by name; a colon may
# close a verb and up to eight words; 119: a long title keeps the short name that ends it before the
# complementiser ("… الإدارة الذاتية بدران جيا كرد أن"), "يتحدث/تتحدث" after an interview's outlet, no dialogue dash;
# 120: "إذ قال للصحفيين:" is the clause's subject's, a body's name ends before a noun governing an office ("أعلنت
# اللجنة … فوز الرئيس"), a medium set off by commas is an aside, "تغريدة لـX جاء فيها" is X's, a word before a
# title is a verb, whom a joined "ودعا/وحث" calls on is its object, "التفت/التقى" open a clause, a pronoun before a
# quotation is no subject of the verb after it, "زميله في الفريق X" is the colleague's name, "د." ends no sentence,
# a quoted blessing ends a name, "المستشار … لرئيس الدولة" keeps its principal, "مقربة من" and "، والدموع" are read;
# 121: "بلاغ" is a communiqué, a describing verb's object follows a closed apposition, a quotation standing alone
# before "بهذه العبارة/هكذا" is the next sentence's speaker's, consultants (استشاري) are titles; 122: a long
# fronted subject ("أما X … فقد"), a relative relayed ("عن والدها قوله"), "مديرتها الإقليمية للشرق الأوسط X", a
# French -ier name, a description joined by و in an apposition, a participle after a clause naming its own subject,
# "رفض التعليق" names no one, a statement made "في بيان" after any verb is the subject's; 123: "أما X فقد وصف
# المتحدث باسمه Y" is Y's, no report inside "فضل عدم ذكر اسمه", an anonymity after the addressee, a quantifier
# heads the object, "جهاز" heads a body, scientists (عالم) are unnamed heads, a family name starting with ل; 124:
# what a statement describes ("ببيان وصفت فيه القرار") is no speaker, women's titles (محامية، مدربة …), "إل" no
# article; 125: whom a post calls on ("تغريدة دعا فيها الناخبين إلى") is its object, "ديوان" heads a body; 126:
# "فور وصوله" is when, not who; 127: a relative after whom the subject met is the met one's, "لوسائل الإعلام" is
# whom it was said to; 128: an owner (مالك النادي X) is a title; 129: a feeling shown ("أبدى X غضبه من") is no part
# of the name; 130: "ثم ابتسمت وقالت" has no subject before the verb, the reporter's question ("وسألناها عن …،
# فأجابت") is no one's and the one asked answers, "علق بأن", adverbs (لاحقا، مجددا) end a name, an office in
# construct after a name is the object, a body's name runs on before its holder's ("لشركة شل X"، "شبكة بي بي سي
# X"), "في افتتاحيتها", معلق is a title; 131: a correspondent told ("لمراسل «X»") is no part of the name or the
# words, "تقرير لشركة X" is the company's, a fan (مشجع) is unnamed and "لنادي X" before the press told is whose;
# 132: "والدته" is a relation (bare keeps "والدة" whole), "ودعت X البطولة" bade farewell, "المكلفة من البرلمان"
# is part of an office, "هند" without the article is Hind, a hamza on its seat keeps a name the index attests (وائل);
# 133: "خير الله" is one name, "المكلف بالميزانية" part of an office, an office in construct after a name is the
# object of any verb, a lineage's links do not count to an apposition's length; 134: what a described person
# announced ("X قائمة اللاعبين"، "X استهداف") is no part of the name, "أبلغ" reports in the past only ("يبلغ عدد
# السكان" amounts to), a network spelt out ("لشبكة سي إن إن،") is whom the words were told; 135: "المعني بـX في
# المنظمة" goes on to the name; 136: '«…»، قالها X' reports, "ردا على" ends a name and opens no words; 137: the
# genitive of an indefinite channel owns it ("تصريحات المندوبة X التي قالت فيها"); 138: a body's genitive with ل
# goes on to its head's name ("الاتحاد المصري لكرة القدم X"، "المنتخب" a body), "أي" is no spelt letter, a verb's
# homograph after a given name ends a name ("يوسف عزت إن"), a definite noun the romanizer does not attest after a
# full name is وصف's object, "أوربان" is no verbal noun; 139: an interviewee whom the lead says was met ("التقت
# «X» Y") or only a headline "حوار | Y:" names, a channel's noun as an indefinite title's genitive ("رئيس مؤتمر
# الأطراف"), whom a fronted subject told ("أما X، فقال لـY إن"), a ب-complement with a name as its genitive; 140:
# a narrated subject ("والتقى رئيس الوزراء X الطرفين.") is whom a next subjectless "وأكد" reports, a relative
# clause's report after when it was said ("، التي قالت بعد اللقاء إن"), "كتب عليها" is a passive; 141: after a
# title, a verb of saying's ب-word and one more before the complementiser are a name ("الرئيس باراك أوباما إن");
# 142: a given name spelt like a country after a title's country ("رئيسة وزراء إيطاليا جورجيا ميلوني").
# 143: what the words referred to ("في إشارة إلى X:") and a clause of how they were said ("، دون أن يسمي X، إن")
# before them; a letter or article written with where it went ("رسالة إلى X، قال فيها"); founders; verbal nouns
# announced; "ختم X الجلسة بالقول"; a family name spelt like "his …" (عبده) or a given name (بري); "إيك".
# 144: رفض and نفى take an object ("رفض X المقترح، قائلا": the proposal is no part of X).
# 145: a fronted subject who declined to comment said nothing ("أما X فرفض التعليق").
# 146: a report after "بحسب X، فإن" is its own subject's, not one X relays from its source.
# 147: a report inside another's words that quotes its named subject is that subject's ("قالت الصحيفة إن الوزير
# X قال: «…»").
# 148: a plus ends a name ("أوبك+"); a known body's name ending indefinite takes an apposition ("أطباء بلا حدود،
# X،"); "باسم" after a title is no given name; "و" and a title open a second subject, no object; "دي لا" in a name;
# a live blog's time stamp is no speaker; a quoted outlet or agency acronym is whom it was told; a title's own
# preposition ("المسؤول عن"، "القائم بأعمال") completes it; a spelt acronym is no person's name (names.py).
# 149: a quotation right after an adjunct's "أن" is the words ("أكد خلال زيارته أن «…»"); "لي" closing a described
# person's name before the words is the name Li/Lee, not "to me".
# 150: a clause on an indefinite speaker closed by a colon, with a preposition in it ("سيدة، تعمل في بيع الخضروات:").
# 151: "علق … قائلا" reports however long its subject; a specialist (أخصائي) and a candidate (مرشح) are titles; a
# ب-word and two more ending the phrase are a name ("المرشح باسيرو ديوماي فاي:").
# 152: a كال-word is a name where no other word has its noun ("كايا كالاس"، "ولاية كاليفورنيا"); a region's country
# ("إقليم كردستان العراق") and a name after where a title is held ("في بغداد ألينا X") stay in the phrase.
# 153: what someone is called (يدعى/تدعى) is their own name (names.py: "سيدة تدعى أم أحمد").
# 154: "باسم" is the given name Basim except right after a spokesman's title (names.py).
# 155: "و" and a counterpart ("ونظيره المصري Y") is a second speaker, and a singular verb going on after two is
# nobody's; a clause on the speaker after the quotation runs to the full stop; a title's own preposition ("عضو هيئة
# الدفاع عن"، "المسؤول عن") inside an apposition; "لحزب X وY" is one speaker (several_speakers, from people.py); a
# byname in quotes after a name ('دقلو "حميدتي"') is the speaker's; a quotation that a noun of saying and its
# genitive report ("تصريحات ترامب بأن «…»") is the genitive's; an interview announced by "في هذا الحوار، يتحدث X"
# or the byline "حاوره:"; عضوة is a title.
# 156: a sound plural after a body's singular noun in ة is the object ("وزارة الصحة المواطنين"); a relation between
# "كانت" and "قد" is the subject; a source's clause on an outlet in straight quotes ('تحدثت لـ"النهار"، فإن').
# 157: a source after the words ends them ("…، بحسب بيان للرئاسة"، "…، حسب البيان"), and an occasion set off up
# to such a comma is no adjunct before the words ("في اتصال مع السيسي دعم بلادها …، بحسب بيان").
# 158: a country's name starting with ل is no preposition where the article also writes it with ل ("للبنان").
# 159: a feeling or stance with a pronoun after a name is the object ("أبدى X خطاب رضاه"، "ترامب قراره"); feelings
# added to stance_nouns.txt.
# 160: a quotation of more than five words after a programme or outlet noun is words, not its name; a place is no
# given name before a described name ("في غزة إسماعيل الثوابتة رواية الجيش"), whose unknown family name is no object.
# 161: "the former" (الأول، الأولى) names no one; a relation with a pronoun between كان and قد is the subject, and
# aunts, uncles, grandparents, grandchildren, widows and in-laws are relations; a relative clause on a described
# name whose words follow an addressee ("، الذي قال للصحفيين إن").
# 162: "، والي …،" is an apposition (the governor, not "و" and a definite noun); a ل-genitive no name is spelt like
# keeps its country ("لمقاولات المغرب"); فدرالية is a body (Maghrebi spelling). 163: a body's genitive with its
# preposition is no foreign name ("لكتائب")، a nisba after a given name is a family name and a plural heading a
# construct of its own the object ("أبو آلاء الولائي دعوات نزع السلاح"); an occasion set off after a quotation
# ('"…"، في لقاء مع …') or before it ('في ندوة صحفية "…"') is not the words; a family name after a chain of ten
# words goes on ("… الفريق أول عبد الفتاح البرهان"); an aide's ل-title is whose aide ("المستشار الإعلامي لقائد …");
# a name set off after where a title is held ("للعمليات في الشرق الأوسط، سارة كوهين، إن"); an honorific before a
# title between كان and قد ("وكان سمو أمير البلاد … قد دعا"). 164: an interview's lead in the past ("في حوار
# خاص، تحدثت X عن") and its byline at the end; "، في حين" ends the words; an adjunct set off before the
# complementiser after a fronted subject ("أما X فأكد، عقب لقائه Y، أن"); a construct's head after a full name
# is the object ("ياسمين فؤاد دعوة الأمين العام"). 165: a record of a body whose article is fused with its ل
# ("بحسب تقرير للمنظمة العالمية …، فإن") is the body's; a domain after a nationality is the title's (names.py).
# 166: "لكنه قال" after a clause is that clause's subject (a definite family name the article gave a given name
# too), else nobody, never the last speaker; whom someone told inside a report ("إن Y أبلغ Z بأن") is no speaker.
# 167: an occasion with whom before a quotation ('في اجتماع سابق مع رئيس الحكومة "…"') is not the words. 168:
# sources close to someone before their verb ("إلا أن مصادر مقربة منها قالت") are the unnamed speaker. 169: a
# title's description set off before the verb, however long, is the subject's, and a subject this reading cannot
# bound there is nobody, never the last speaker; a family name before a demonstrative object, "عبد الله" and a
# listed body after ل stay in the name; "باسم" names no one; the ف answering أما ends the subject; a reporting
# verb after a preposition ("رغم رفض") is a verbal noun; "إحدى المتحدثات باسمها"; a definite word the romanizer
# spells but never attests as a name ("الوضع") is the object after a name. 170: the last word of a listed body's
# name after ل is no addressee ("لمنظمة الأمم المتحدة للطفولة"); a sound plural's other case is unnamed too
# ("وبحسب مراقبين"). 171: an unnamed source's word the article writes as someone's family name is that person
# ("واستطرد العلماء" after "عمر سلطان العلماء"). 172: a bracketed aside after the subject ("(حميدتي)"، "(60 عاما)")
# is no part of the words; an indefinite accusative after a name's definite last word is the object ("وخاطب
# البرهان جنودا"), and the family name before it a subject of its own; "عبد X" is one given name; a portfolio
# joined by و ("وزير الخارجية وشؤون المغتربين") is no name; a city after a workplace before an apposition, a
# title's own ب-phrase before its holder's name, an unknown given name before a known family name and the verb, an
# analyst's construct before her workplace, "العبد الله", an expert's field ("عالم الحاسوب"، "خبير الأمن"), a
# listed body's whole name ("قوات الدعم السريع"), a prayer or sermon it was said at; one word before ب after a
# joined verb that takes an object is its object ("، واتهمت الجيش بـ"); a quotation after "قال له خلال …:" is its
# own subject's; an apposition after a speaker's name names a thing unless a given name opens it (rag/names.py).
# 173: a body after a name the article or the romanizer knows is the object ("واتهم بوتين الحكومة الأوكرانية"،
# "وانتقد ترامب الحكومة الكندية"), and two words after a title and a nationality are a name however foreign.
# 174: an agency's initials in the dateline ("(أ ف ب) - قالت"), feminine title adjectives ("التنفيذية لبرنامج"),
# where and when across a comma before a colon, hospitals and faculties as bodies, a study's author as a title,
# "سيادته"/"جلالته"/"معاليه" as the one president, king or minister named before, a name spelt like a city after
# a complete body, an unnamed head's genitive and adjective then where it works and a name; 175: "علي" after a
# given name is a name, the press told after a name, a verbal noun after a body's bracketed name, whom a
# participle told, "تحت", "سموه" never one named inside someone's words; 176: a directorate (مديرية) is a body;
# 177: a second office of the body just named, joined by و before any name ("رئيس الشركة ومديرها التنفيذي X");
# 178: a body's plural in construct keeps its genitive ("رابطة سائقي الشاحنات", Arramooz), an office of a body named
# by its pronoun goes on to where and the name ("رئيس بعثتها في اليمن، X"), "لم تكشف عن اسمه", a body named by its
# city keeps its genitive ("مكتب أبوظبي للاستثمار"), a body's city before a comma; 179: "اختتم" reports only before
# its words, an app a statement was posted on, a source taking part in talks, what a body is about ("بشأن") before
# the name set off, a body after a listed body's whole name is the object, "لي" set off after a name, a company's
# genitive before its chief's name set off; 180: "جلالته" is the king named with two of his titles, when then where
# it was said ("بعد المباراة في تصريحات لـ…:"), "في وقت سابق" is when, a family name the dictionary does not
# know as a noun is no object's head ("رجب طيب أردوغان المعارضة"), "ذكر الله" after a given name is a family name,
# "لكرة" is a genitive, no name, and a body's noun heading a construct after a name is the object; 181: the two
# countries thanked after a definite word, a second quarter of a region ("لغرب ووسط"), a demand after a foreign
# name (ب and a dictionary noun), an app (تطبيق) only before its quoted name, never an application of a principle;
# 182: an apposition's age in brackets before its comma, a verbal noun the dictionary has opens the object though
# the romanizer spells it ("آبي أحمد اكتمال"), a foreign name spelt with ب after a title in an apposition; 183: a
# communiqué's issuer keeps its genitive ("بلاغ للمديرية العامة للأمن الوطني أن") and its relative clause ("صدر …")
# or "صدر عن" is none of the words, a foreign name after a proper name or with a head no Arabic word can be is an
# apposition (Arramooz's verbs), "كبيرة علمائها", "عبد الله بوانو" and "وجيه الزيدي" keep their names, a stretch of
# time after the subject ("طوال المحاكمة") is no part of the words, a court that convicts states nothing, a capital
# called on after a three-word name is the whole object, a foreign name set off by a comma names an unnamed source;
# 184: a time before the words ("دعت الأسبوع الماضي إلى") is when, after "إن" it is theirs ("إن هذا الأسبوع …"),
# "مندوبية" is a body, a country's name ends a body's construct ("وزارة خزانة الولايات المتحدة") and a noun after
# it is the object, a singular in -ون ("القانون") is no plural adjective (Arramooz's sound plurals), counsel for the
# defence of someone ("وكيل الدفاع عن X") is one title, a listed body's whole name holds no object; 185: a
# spokesman's principal keeps the genitive of his title ("المتحدث باسم الأمين العام للأمم المتحدة، X،"), a sound
# plural after a name is the object, "عزا" reports only with "إلى" and "، عزت X،" is a name; 186: "سابقا" closes
# a title before its holder's name set off, displaced people and refugees are unnamed sources, a name in ب…يه is
# "his" only where the dictionary has the plural in construct ("بلاعبيه", not "باشليه"); 187: "عزا" takes an
# object, and an event's construct alone before its "إلى" is it ("وعزا ارتفاع الأسعار إلى", Arramooz's verbal
# nouns), a definite word or a plural in -ون takes no genitive (the object follows), "تجمع"/"تنسيقية"/"جائزة" head
# bodies, a prize winner's participle keeps the prize and its field ("الحائز على جائزة نوبل في الفيزياء X"), a letter
# N spelling a name ("سي إن بي سي") opens no words, after a body's genitive or place a noun that is no adjective
# (Arramooz) is the object, a ب-complement after a body's acronym, "دعت إليه" reports nothing, a participle after
# a number is a counted noun ("سبعة متهمين"); 188: a present tense after a comma mid-sentence ("…، يقولون إن") is
# a clause on that sentence's subject, never the last speaker's, "إياها" before "بأنها" is no part of the words, a
# word no Arabic noun is stays in a name before a demonstrative ("الباشا طبيق هذه"), a verbal noun after a body's
# genitive opens the object, a mission sent to a country ("بعثة … إلى مصر X") keeps its head's name, a definite
# body's noun takes no genitive ("باسم الشرطة الرواية"), a dictionary noun after a foreign family name heads the object;
# 189: a person the article named before, after a body's genitive, is the object ("هيئة عائلات الأسرى نتنياهو"), a
# quoted workplace after "في" keeps its holder's name, after a body's definite word a plain noun (Arramooz) is the
# object and an adjective the dictionary has is not, a source phrase ("بحسب") takes no object; 190: a region a
# title covers is its genitive ("كبير الاقتصاديين لمنطقة الشرق الأوسط … X"), a body's quoted name of four words,
# an agency named before its verb still relays whom it quotes ("لكن وكالة تاس نقلت عن مصدر … تأكيده"); 191:
# whoever asked not to be named is an unnamed source, whatever their noun ("طبيب …، طلب عدم ذكر اسمه"); 192:
# after a whole name a dictionary noun, a dual in construct or a definite noun no name is opens the object; "عبد X"
# and "X الله" are one given name; "هند" is Hind; a given name after a noun in ة is a place's name; a foreign
# given name in ي; شريك; a clause on an indefinite speaker; a stance, "this" and a noun, or "منذ" alone say nothing;
# و and a body's noun join a second speaker; a denial after قد; words relayed from a pronoun are no one's this
# reading names; a body's name ends before another body's noun, keeps an indefinite ل-genitive's genitive and,
# quoted, ends with its noun; whom a lawyer or defenders act for; أقر reports only with its complementiser; a
# Dutch "فان"، "آن"/"آني" with madda, "يعرب" without عن and a family name in يه are names; a time word after a
# titled given name is his family name ("الشيخ خالد الصباح"); a report holding its own speaker's mention is none;
# أبلغ takes whom it informs as its object, a counterpart and his name included, and its words open at "أن";
# after a body's adjective a dictionary noun heading a construct is the object ("الحكومة الإسبانية حالة الطوارئ");
# a participle's own "عنهم" ("أحد الصحفيين المفرج عنهم، X") describes the speaker; where he spoke, then his name
# set off by commas ("ممثل تركيا في المؤتمر، السفير X، أن"); 193: "، أحد X،" and an occupation ("، سائق
# شاحنة في إربد،") are appositions; "عدد/مجموعة (كبير) من X" is the speaker, "لبي بي سي" whom they told; a foreign
# family name in لا… and ه ("فرانك لانغه") is no "to his"; a country after a title's or body's nationality is
# the object ("دعت الخارجية الأمريكية أنقرة"); a participle after "لثلاثة" is a counted noun; a body's name keeps
# a joined verbal noun's own "منها" ("لمكافحة الأمراض والوقاية منها"); a father's name after "بن" is no object's
# head; the affairs a title with a pronoun is for ("مساعدها للشؤون الفنية X") are no addressee; what is said in
# someone's statements or interview ("تصريحات للوزير قال فيها"، "حوارا مع الوزير أكد فيه"، "تصريحات بلينكن التي
# قال فيها", also after "ردت … على") is theirs, not the relaying or answering speaker's; a denial after its subject
# ("غير أن الوزير نفى أن") and a rejection of claims ("رفض اتهامات المعارضة بأن") are denials; a rapporteur is a
# title; a masculine definite title takes no feminine definite word, the object ("اتهم الرئيس المعارضة"); a name
# in ب after a title, the platform of a post after it, is the poster's ("وكتب الرئيس السابق باراك أوباما على منصة");
# "أن" is never the letter N of a spelt name ("مون جاي إن أن"); a subjectless "وقال" after background told with
# "وكان <title> … قد" is that subject's ("وكان السفير السعودي في أوتاوا قد عاد …. وقال إن"), and after one narrated
# by a title alone other than the last speaker's ("والتقى وزير الاقتصاد السفراء") no one's this reading can name;
# 194: "on his part" after the speaker is no part of the words ("وأكدت الوزارة من جهتها أن"); a record's
# adjectives are no speaker and an unowned record is nobody's ("وفق بيان ثلاثي مشترك صدر في"، "بحسب تقرير أممي");
# a country's name ending a construct, or a listed body's whole name, ends the speaker before a definite object
# ("أعلنت جمعية مصارف لبنان الإضراب"، "أعلنت حركة فتح السيطرة"); "لدى" after a title and its country goes on
# with where he is posted ("سفير إسرائيل لدى الأمم المتحدة X"); a body named after someone and its field, then
# the holder's given name ("مدير مؤسسة محمد بن راشد للمعرفة جمال"), and "المشرف العام على" describe the speaker;
# a past verb after an indefinite record opens a clause on it ("دراسة حديثة أجريت في … أن"); where a call was
# made stands before the "إلى/على" a calling verb needs ("دعا الرئيس، في افتتاح القمة، إلى"); 195: after a
# Chinese or Korean title "هي"/"هو" is a name ("نائب رئيس الوزراء الصيني هي ليفنغ"، "… هان جونغ هي إن"); a
# name's initials end no sentence ("رجل الأعمال (س. م.)"); the public prosecution (نيابة) is a body; 197: a
# source set off by commas before a quotation is no part of the words ("وأكد الجانبان، وفق البيان، «…»"); 198:
# the reporter's comment "، وهو ما <verb>ه" ends the words before it ("…، وهو ما تنفيه القوات"); 199: when a
# statement was issued may stand between its issuer and it ("وأصدرت الوزارة، السبت، بيانا حذرت فيه"); 200: a
# relative clause on the speaker may hold a short quoted name ("، الذي شارك في تأسيس شركة «ديب مايند»، أن");
# 201: whom a participle accuses is no part of the words ("متهما إياه بالتقصير"); 202: a family name of ب and a
# given name ("بالحاج") or a ب-word only the word itself vouches for ("بالاغ") before the words is a name; a
# conjoined genitive and a title's holder after أما stay in the subject; how a speaker spoke set off by commas
# ("، متحدثا عبر الفيديو،") and an accusative adverb ("رسميا") are neither name nor words; a definite plural in
# -ين after a definite title is whom the verb calls on; "آن" is Anne, no complementiser; a quoted source's name
# after the words, what stands before the colon of a verb that only says, an occasion set off before a verb's
# preposition and whom an unnamed speaker told after a place are no words; a rival, compatriot, ally or
# successor with "his" is someone ("وكتب منافسه X"), and so is any noun with "his" before epithets and a full
# name, never the last speaker; a name in ب before a comma ("وقال بايدن، خلال") is the subject; an apposition
# runs past its preposition to its closing comma; a quotation inside the object closes no second apposition; a
# record's adjective and its genitive ("بيانا شديد اللهجة، وصفت فيه") stand between it and its clause; 203: a
# verbal noun after a foreign given and family name opens the object ("دونالد ترامب اختيار"); "وفق ما أفاد به
# بلاغ للديوان" is the issuer's; inside a quotation a verb in -ت before a masculine title is the speaker's "I"
# ("لقد حذرتُ حاكم الولاية X من أن"); a body's quoted acronym after its name is part of it ("للطفولة «يونيسف»"),
# a quoted manner word ("بشدة") never; 204: "جاء في بيان النادي" is the club's (a document's genitive body); 205:
# a feminine adjective that agrees with the noun after it stays in a masculine title ("الرئيس المنتهية ولايته X");
# 206: what a body is about, then its head's name, is one speaker ("… الإطارية بشأن تغير المناخ سيمون ستيل إن");
# what the words are about before the complementiser ("قال المبعوث بشأن سوريا إن"، "عن الأزمة إن") is no words;
# 207: a statement's issuer after "صدر عن" speaks whatever noun names it ("وأفاد بيان صدر عن القمة بأن"), never
# read as the verb's object with the last speaker as its subject; 208: "وبحسبه، فإن" opening a sentence is the
# last speaker of that gender; a definite word after a foreign given and family name opens the object ("ياريف
# ليفين القرار"); a preposition's own noun is no verb ("في رأي الأغلبية إن"); 209: the lead's city dateline with
# its outlet's credit unquoted ("تونس - القدس العربي: "، "الرباط - هسبريس: ") is neither words nor a speaker
# before a colon; "لفرانس برس" after a verb is the press told; a relative clause's antecedent runs over a title's
# construct and adjective ("عضو مجلس الحرب X، الذي"), and one it cannot name, or a body someone is in, leaves the
# words nobody's rather than the last speaker's; "بيني" is Benny unless "وبين" follows; a quoted name after
# "باسم" or a representative's "عن" is in the speaker and the press told after a body's quoted name is not; a name
# set off after where a title is held may be followed by the press told; "قبل أيام بأن" is when, not words; a
# derived verbal noun right after the verb is what was announced ("وأعلن استهداف موقع"), not who, unless it names an
# inquiry ("خلص تحقيق أولي"); a live blog's time stamp opens no subject; "والدموع في عينيها" after a name is a
# circumstantial clause; a person's noun opening a clause this reading cannot bound is nobody's, not the last
# speaker's; "صاحب السمو" is a courtesy; "على لسانه" names no one; a dateline's "سي إن إن" opens no clause; "وانغ
# ون بين إن"; "«…»، قال ذلك X"; a title's ب-name alone before إن ("الرئيس بايدن"); "علّق بالقول"; a body's joined
# nisba ("الاقتصادية والاجتماعية"); "لجان"/"فصائل" are bodies, and where one is ("في الفاشر") ends before the body
# it accuses; "البالغ 65 عاما"; a dictionary noun right after a foreign name opening the subject is the object
# ("وأثار مانشيني الجدل"); a colon closes a phrase; a rank before a name after a body's head ("العماد X"); "أما
# إمام المسجد"; "أي" opens the object ("ونفى X أي علاقة"); another's family name after a full name is the object;
# 210: a given name the romanizer does not know after a description's definite last word ("النائب في مجلس الأمة
# مهلهل المضف الخطة"), or before a family name it attests, is no one-word name with the object after it; a body's
# dictionary adjective before its ل-genitive and a set-off name ("النقابة المستقلة لأطباء القطاع العام، نادية
# بنعلي، إن"); a body's definite noun after a definite genitive is the object ("منتدى عائلات الرهائن الحكومة");
# a definite word joined to a body's name by و goes on with it ("جهاز الإسعاف والطوارئ مقتل"); 211: a body named
# for someone keeps what it is for ("مركز الملك سلمان للإغاثة"، "مؤسسة محمد بن راشد آل مكتوم للمعرفة"), "آل"
# being no article; an indefinite body noun's definite genitive spelt like an occasion is its name ("حزب
# المؤتمر"); where an envoy is sent ("إلى اليمن") stays in a participle's subject; a record's ل-genitive is its
# issuer ("البيان الختامي للقمة"); 212: a stretch set off by commas after whom the words were said to ("للوفد،
# بحسب بيان للقيادة العامة، إن"، "للصحفيين، عقب لقائه الرئيس، إن") is neither words nor their end; a family
# name spelt like a verbal noun before the press told ("هناء إدوار لوكالة") is no object; "آي" of a name spelt out
# ("بنك آي إن جي") is no "any"; 213: a byname in quotes before how it was said ('"حميدتي" في تسجيل صوتي إن'); a
# ranking apposition set off after the subject ("، أكبر نقابة في البلاد،") is no words; an adverb with tanween
# after a name ("دودز احتجاجاً") is no part of it; a title's ب-phrase with its adjective before a foreign name
# ("باللغة العربية أفيخاي أدرعي"); a sound plural after a singular nisba is the object ("الجيش اللبناني
# المواطنين"); 214: "أشخاص مطلعون" are unnamed sources; where those working somewhere work ("أحد المهندسين
# العاملين في المشروع") stays in the subject; 215: an outlet in quotes after "خص به" and a work's title in quotes
# after "تقرير"/"كتاب" are no words; a listed agency told right after a name ("محمد عبدي لرويترز:") is no part of it;
# 216: a quotation that is its own sentence before "بهذه الكلمات"/"هكذا" and a verb is that verb's speaker's;
# "وجاء ذلك على لسان X" is no words; 217: a noun joined by و to a title's or body's genitive is no name before a
# country ("غرفة تجارة وصناعة قطر X"); a member sits for a place no dictionary has before his name ("النائب عن
# بنغازي، X،"); no verb after "أول" ("في أول رد فعل"); "نقابي"، "حقوقي"، "برلماني"، "أكاديمي" are unnamed sources'
# nouns; after "نور الدين" (a given name in two words) a family name, then the object; "هوياتهم" in who asked not
# to be named; a verbal noun right after a verb's subject is its object ("وأكد الوزير X رفض المملكة"); "إلا أنه"،
# "غير أنه" and a verb: the clause's subject before them, ending its words there, unless the verb's gender is
# not its title's (so for "لكنها"); a body's dictionary genitive is no name ("رئيس حركة مجتمع السلم X"); 218: a
# member's constituency is any place (rag.names.is_place: "عن البصرة"); "ختم حديثه:"; a cable ("برقية تهنئة إلى
# X، أكد فيها") sent ("بعث") by the clause's subject holds their words; a programme told after a name ("لبرنامج");
# 219: his verbal noun after a foreign or attested name is the object ("شيغيرو إيشيبا استقالته"); "لصحفيين" is
# whom it was told; "البرلماني عن" sits for; "الرياض: «الشرق الأوسط»" is a dateline and the outlet's credit;
# 220: a dictionary noun in the accusative after a name is the object ("أردوغان هجوما حادا"); a quotation before
# an unnamed source is unnamed; a message sent after an adjunct set off ("وفي ختام الحوار، وجه X رسالة قال
# فيها"); an interview's headline "حوار: X يتحدث عن …" names whose the answers are; 221: "النظر" before "إلى"
# is what "لفت" draws, no name; a noun in -ية the dictionary has no nisba of ("الرواية") is no adjective: after a listed
# body's one-word name ("ووصفت حماس الرواية") or alone after the verb, it is what was described; 222: a listed
# body's name runs on over its preposition and country ("حزب البديل من أجل ألمانيا"، organisations.tsv); 223: a
# narrative sentence's subject may be a family name alone the article gave someone before ("ووصل روبيو إلى"); 224:
# "لا" after a foreign given name, before no verb, is a name's particle ("فرانشيسكو لا كاميرا"); 225: an
# official's description set off after a name holds where it is held ("، المسؤولة الفنية في المنظمة،"); 226: a
# record that someone saw ("بحسب وثيقة اطلعت عليها X") names no one whose words it holds; 227: a clause on an
# unnamed source after its nisba ("لاجئ سوري يعمل في مطعم إن"), or up to who asked not to be named, is theirs;
# 228: a broadcasting body told ("لهيئة البث العامة (كان)") is the press; 229: an object pronoun before a
# quotation ('معتبرا إياه "…"') adds no words of its own; 230: "بيان لمكتبه الإعلامي" is his office's statement;
# 231: a dictionary noun after a definite title alone is the object of "رفض"، "وصف" ("ورفضت الوزيرة التعليقات").
# 232: a verb's complementiser stops at another reporting verb ("أقر المجلس القانون، في خطوة وصفها الوزير بأنها":
# approved, and the minister described); a clause on an indefinite noun that is no channel is a relative clause
# ("في خطوة وصفها X بأنها"); a verb's own و before its pronoun ("وصفه"); "بأن" after a relative's subject is his
# words; what the speaker was doing ("، وهي تتسلم الجائزة") is no part of the mention; an indefinite verbal noun and
# its definite genitive after a definite title or a titled name is the object ("أعلن الوزير انطلاق المهرجان").
# 233: "تحدث شريطة عدم الكشف عن هويته" is who asked not to be named; "ممثلها في الأراضي الفلسطينية X": where a
# body's representative serves, a noun and its adjective, then a foreign given name; "سارع/بادر إلى التحذير" reports.
# 234: a given name the index lacks before a definite family name it attests is an apposition ("، هيبت الحلبوسي،"); 235:
# after "بهذه العبارة" any past verb's subject said the words just quoted ("بهذه العبارة افتتح X الجلسة").
# 236: right after a title, a given name spelt as a word that ends a speaker phrase is the name ("الدكتور لقاء مكي").
# 237: an unnamed source in the accusative ("لكن مسؤولا إسرائيليا قال") is unnamed; a number right after a body's
# noun is its name ("القناة 12 الإسرائيلية"); 238: a present verb in ي after "وهي" is what she was doing ("وهي تبكي").
# 239: the region a title with a pronoun is for ("مديرها لمنطقة الشرق الأوسط X") is part of it, no addressee.
# 240: a quotation after "الذي اتهمه" on a person is the antecedent's, none of the outer speaker's ("ورد X على زعيم
# المعارضة الذي اتهمه بـ«…»"); 241: before a colon, whose saying is cited said it ("بقول الرئيس الراحل:"), and a
# verb and its subject ("وابتسم الخطيب:") name no speaker; 242: whom a nested speaker told ("قالت له إن") is no word.
# 243: a body's name in guillemets after its noun with ل ("لحركة «حماس» X"); the platform a post was on ("في منشور
# على «تلغرام» أن") is no word; an outlet told before ", فإن" after a source's phrase is no part of the source.
# 244: "ودعت X «… إلى …»" is a call, no farewell, where the quotation holds what was called for; 245: a sound plural
# after a title's construct is whom it calls on ("ودعا رئيس الوزراء المواطنين إلى"), unless it agrees with a plural.
# 246: an outlet told by its Latin name or number ("لـCNN إن"، "لفرانس24 بأن") is no part of the speaker; letters
# spelt after a title in construct are a name ("مراسلة بي بي سي"); 247: the paper a column ran in, by its quoted
# name before the colon ('في مقاله بـ"الشروق":'), is no word; 248: a common noun after an indefinite one is still in
# construct, no name ("مدير هيئة مياه ولاية الخرطوم، المهندس X،": the apposition names him; rag/names.py). 249: "في
# نص الحكم" is where the words are; "مجلة"/"جريدة" are bodies ('مجلة "نيتشر" العلمية'); the verbal noun of saying
# after a verb of hastening is no word ("سارع إلى التأكيد أن"); after "بحسب X" with no comma a verb opens the clause.
# 250: "دان" reports as أدان does where a clause starts (the name Dan elsewhere, and set off by commas); a condemning
# verb's object after a one-word name with the article ("الأزهر الهجوم"), a nationality ("الجيش الإسرائيلي
# الاتهامات"), a plural in construct ("لجنة حماية الصحفيين الهجوم"), a participle with its pronoun ("المعترف بها
# دوليا الهجوم") or a plural nisba after a feminine body ("نقابة الصحفيين المصريين القرار") is no part of the subject.
# 251: a foreign name of up to three words after a description stays with a subject before its verb ("النائبة
# الجمهورية كاثي مكموريس رودجرز قاطعته قائلة"). 252: a past in ى written with ي that is a noun or a name is no
# verb ("روي إيمرسون"، "نفي الوزارة"، "رأي رسمي"; "في رأي الأقلية" is where the words are); a quotation before its
# verb keeps it whatever clause follows the speaker ('"…"، تقول أم محمد، بينما'); "أرجع" attributes as عزا does;
# a family name before the event an attributing verb takes ("حاتم النجيب ارتفاع الأسعار إلى") and a coordinated
# noun's genitive before ب ("الخضر والفاكهة بغرفة") stay the subject's; "خلف بسطته" is where one stands; any noun
# no one is named by before the need is the object ("وأرجعت أصل X إلى"). 253: a definite family name another person
# bears, after a full indefinite name, is the one accused ("عقيلة صالح الدبيبة بـ"; not a relation's, "شقيقه بهاء
# الحريري", nor a compound given name's, "عبد الفتاح السيسي"). 254: "وسط" after "لاعب"/"خط" is the midfield, no
# "among" ending the speaker ("لاعب وسط نادي برشلونة X"). 255: whom one informed is no word past a source set off
# after them, after a fronted subject too ("أما X فقد أبلغ المسؤولين، بحسب مصدر، أن"); after "بينما"/"في حين" the
# clause's verb comes first ("بينما حمّل X …، وكتب"); a definite word no index attests after a given and family name
# is the object ("سمير جعجع الثنائي الشيعي"). 256: someone's relation right before the ب-complement of a verb
# that takes an object is whom it described ("عاد ووصف نظيره الصيني بأنه": the subject came before); after a
# title, a ب-word no dictionary or the article has as a noun is the holder's name ("الرئيس بايدن نظيره"). 257: after
# "أما X فقد" a verb that takes no object and a relation with its pronoun name the speaker ("فقد عبر مستشارها X عن");
# "فالديس" before a family name a comma closes is a given name, no "so the". 258: "ألقى" (a speech) and "عقد" (a
# conference) issue a channel, in ألقت/ألقوا too, which may be given somewhere ("كلمة في جامعة هوارد قالت فيها");
# a short verbal noun with "his" after a name is the object ("دونالد ترامب فوزه"); "والاجتماعية" ends a name's run.
# 259: a given name spelt like a verbal noun before "بن" is the holder's, no event object ("الوزير إيتمار بن غفير").
# 260: "لشؤون" is the genitive of an office, never whom one told ("المفوضية السامية لشؤون اللاجئين، X،" where the
# article has "الشؤون" too); the one asked may have their office's adjective ("وسألت الصحفية الرئيس الفرنسي عما");
# a body or outlet in guillemets right after the verb, before its complementiser, is its subject ("وقالت «حماس»
# إن"، "وأكد «حزب الله»، في بيان، أن"، "وسألت «الشرق الأوسط» وزير الداخلية عن"، "ودعت «الجهاد الإسلامي» إلى"), not a
# quotation, unless right before the complementiser of a verb that takes an object ("ووصف «صفقة القرن» بأنها"); a court's document
# or a witness's statement ends the speaker ("النيابة في أمر الإحالة"، "الشاهد في أقواله"); the press in marks
# before the subject is whom it was told ("وصرح لـ«رويترز» مسؤول كبير"); a source's definite noun alone is no
# unnamed source where the article gave it before as a named person's title ("وتابعت الناشطة" after "الناشطة
# البيئية نهى سمير"), and no indefinite one brought a source in; a feminine participle with no comma after the
# indefinite noun it agrees with is its adjective ("إجراءات مشددة بمحيط المحكمة"), no one's stressing; "إذ صرح"
# after a clause is its subject's past when it was said too ("إذ صرح عقب الحصة التدريبية بأن").
# 261: a narrative sentence that opens with a named person and their verb, past an apposition between commas ("أم
# محمد، وهي أم لخمسة أطفال، جلست"), makes them its subject (_topic_subject), whom '«…»، قالت' reports next; one a
# narrative sentence made the subject and a subjectless verb then quoted is whom "وتابعت" goes on with. The object of
# a verb that takes one opens at a written accusative fatha ("ودعت زاخاروفا رئيسَ الوزراء"), at a definite plural
# after a proper name ("منظمة اليونيسف المانحين الدوليين إلى") and at a body after a name of two words ("أحمد الوكيل
# البنك المركزي بـ") (_object_opens). ب and a place before "أن", after a body (also after ب: "مصدر بمديرية الصحة
# بالفيوم أن"), is where the body is. A definite noun after و joins two speakers only where its stretch between
# commas opens with a definite noun ("X، استشاري الحساسية والمناعة" is one); who asked not to be named ends the
# subject of a verb that takes an object ("ونفى مسؤول خليجي طلب عدم نشر اسمه وجود").
# 262: "على حد قوله"، "بحسب تعبيره" in the middle of the words no longer ends them: "أن العملية مستمرة، على حد
# قوله، وأن القوات تقدمت" is all his (where he said them, "، على حد تعبيره، في مؤتمر صحفي", still ends them).
# 263: a place after "في" is where the body is, not the head of an object before "this" ("ونفت وزارة الصحة في غزة
# هذه الرواية"), and a demonstrative is no noun with a pronoun (_possessed("هذه")).
# 264: the verb's object after a name: a place where the article writes the name without it too ("وطالب لافروف
# واشنطن بـ", not "أتلتيكو مدريد"), a body with the article after a foreign name ("واتهم غوتيريش الحكومة"), a
# noun heading a construct after a family name ("ودعا غوتيريش طرفي النزاع") (_object_after_surname,
# _construct_after_name); a body after a nationality ("وزير الخارجية الروسي الحكومة الأوكرانية"); a foreign
# name in لا is no ل + addressee ("واتهم لافروف حكومة كييف"); ب + any verbal noun the dictionary has, not a
# name's, opens the complement ("بعرقلة").
# 265: what a describer calls someone's statements is the describer's ("واصفا تصريحات الرئيس التركي بأنها «…»" gave
# the words to the president): a noun of saying after a verb of describing or deeming reports none of its
# genitive's words.
# 266: the dual of an unnamed source is one too ("عن مصدرين حكوميين قولهما"، "وقال مسؤولان أمريكيان").
# 267: a report inside someone's words quotes its subject after the verb's own preposition too ("أن السيسي شدد على
# «…»"), named by a family name the article gave after a given name. 268: "حينها"، "آنذاك" are time words.
# 269: a noun of saying that a describing verb takes as its object, past the verb's subject, reports none of its
# genitive's words ("ووصفت المتحدثة X تصريح بايدن بأنه «…»" gave them to Biden). 270: "مرجحا أن"، "مستبعدة أن"
# introduce more of the speaker's words (participles.txt; a participle that needs its word has a feminine in ة).
# 271: a fronted adjunct longer than three words stands before the clause's verb where a verb follows its comma
# ("قبل أيام قليلة من انطلاق منافسات البطولة، تحدثت X عن …، مؤكدة": the participle's words were no one's).
# 272: an apposition goes on through "وهي …" to its closing comma ("، إحدى المتهمات في القضية وهي في حالة سراح،
# إن" was read as her words); "لكنه كان قد وصف" is the clause subject's, past "كان قد". 273: the occasion alone
# says nothing ("، كما قال في مؤتمر صحفي." was a statement "في مؤتمر صحفي"). 274: nor does a record and where
# it was published ("ونشرت الدراسة في مجلة «ذا لانسيت»" was the last speaker's statement). 275: "هو الآخر"، "هي
# الأخرى" (too) after the subject is no part of the words. 276: an elative before "من" ends a name ("X أبعد من
# ذلك، إذ يرى أن «…»" gave the words to the last speaker). 277: a definite noun with feminine adjectives after a
# masculine verb that takes an object is that object ("ودعا الدول الغنية إلى …، مطالبا" made the countries speak).
# 278: after "باسم" a ministry or body with a pronoun is whom the spokesman speaks for ("المتحدث باسم خارجيتها X"
# stopped at "باسم", and "المتحدث باسم" joined another spokesman). 279: "، لكنه رفض الكشف عن …" (but he declined)
# ends the words before it. 280: "لشؤون" after a body is the affairs an office is for ("وزير الدولة لشؤون مجلس
# الأمة X" stopped at "وزير الدولة"). 281: whom a speaker quotes, set off by commas ("وأكد مصدر في الرئاسة، نقلا عن
# الرئيس، أن"), speaks the words (they were the source's); "بحسب X" set off still only names the channel.
# 282: "نفسه" after a name is that one himself ("وقال المهداوي نفسه، قبل …" went to the source quoted before);
# after a noun ("المصدر نفسه") the last one that noun named, not the last of the verb's gender.
# 283: "اشترط" (stipulated) reports, in the past only ("، لكنه اشترط أن …" was part of the words before it).
# 284: a definite noun, no adjective, right after a definite body's noun opens the object ("اتهم الجيش الدعم
# السريع بـ" made "الجيش الدعم السريع" the speaker; _object_after_body).
# 285: a statement is its issuer's in a relative clause ("بيان أصدرته وزارة الخارجية"، "بلاغ نشرته الرئاسة": the
# speaker was "بيان أصدرته …", and two ministries were one); one that says who received it ("بيان تلقت الجزيرة نت
# نسخة منه"، "رسالة اطلعت عليها رويترز") names no speaker, and its words start after it (_RECEIVED).
# 286: a word of saying right after "جاء"/"يأتي" is the verbal noun that came ("وجاء رفض نتنياهو بعد …" made
# "وجاء" a speaker).
# 287: the press told after a family name that spells an indefinite title ("مونيكا مالك لرويترز") is no part of it.
# 288: a relation set off after a name is its apposition ("عيناف تسنغاوكر، والدة أحد الأسرى،"، "، شقيق الضحية،":
# read as a clause on the name, or as و and a definite noun, it was left out, and "والدة الأسير" found no one).
# 289: "بعض"، "معظم"، "أغلب" open the object as "كل" does ("انتقد النائب X بعض مواد القانون").
# 290: another country's name after a place that names a country opens the object ("واتهمت حكومة كينشاسا رواندا
# بـ" made Rwanda part of the accuser; _another_country); "غينيا بيساو" is one name (its ب is no preposition).
# 291: "برر"/"علل" report with a quotation after "بـ" (reporting_verbs.txt); where only a medium stands between a
# body's construct and that need, a definite noun ending the construct is the verb's object ("وبررت وزارة البترول
# القرار في بيان بـ"; _object_ends_subject).
# 292: a relative clause's antecedent stops at a definite title before a title in construct ("والتقى الوزير رئيس
# الوزراء X، الذي أكد": the prime minister said it; the minister who met him was part of the speaker).
# 293: a relative clause's words open with "بـ" and a quotation ("، الذي أشاد بـ«…»"); its antecedent stops at a
# definite title before which no title or given name stands ("والتقى عراقجي الرئيس السوري X، الذي": not Araghchi).
# 294: a source's noun in construct is a title, its genitive no object ("ودعا مسؤول السياسة الخارجية في الاتحاد
# الأوروبي جوزيب بوريل البلدين إلى" gave Borrell's words to an unnamed "مسؤول").
# 295: a relative clause past "كان قد" and a describing verb's object ("، الذي كان قد وصف التحركات بأنها «…»") is
# its antecedent's; a participle after a relative clause's words is no longer the relative's speaker's: the one who
# replied goes on ("ورد X على Y، الذي …، قائلا"), otherwise no one ("وانتقد X Y، الذي قال …، مؤكدا" gave X's
# words to Y).
# 296: an age epithet without "من العمر" ("اللاعب البالغ 26 عاما"), and after a topic set before any verb ("وعن
# علاقته بالمدرب، قال …"), is the one just quoted (it was a second person).
# 297: a ب-word in a masdar's shape that the romanizer attests as a name and the dictionary has no verbal noun for
# is a family name ("مصطفى بايتاس في ندوة": the name was cut at "مصطفى").
# 298: what a verb of replying answered is no words of the replier's however long, with no complementiser in it,
# and before a relative clause too ("ورد X على رئيس الوزراء اليوناني Y، الذي …" reported "على …" as X's).
# 299: a feminine noun in ة that no given name is stays a noun in construct after a body's noun, though a surname
# too ("وقالت مديرية حملة المرشح يوسف أوشيش إن": the speaker was "مديرية حملة", the candidate the words; _common_noun_no_name).
# 300: a definite occasion after a title is when it was said, not where the title is held ("وقال الوزير في الاجتماع
# إن" and "وشارك الوزير في الاجتماع، وقال" made "الوزير في الاجتماع" the speaker).
# 301: a subject before its verb ends before a verb that is no noun or name ("غير أن المرشح عبد العالي شريف شارك في
# الاجتماعات، وقال": the verb was part of the speaker; _before_verb).
# 302: "في" and what names no body, place or person after a subject is the verb's complement, not where a title is
# held: after the verb a "وقال" shares ("ونجح وزير المالية في تمرير القانون، وقال" had no speaker) and after a
# reporting verb flagged "في" (شكك: "وشكك الوزير في صحة الأرقام" was the speaker); _before_complement.
# 303: where a statement was posted, after its noun and before the verb's object, is no part of what was said
# ("ونفت قوات الدعم السريع في بيان على تلغرام استهداف المدنيين" reported "على تلغرام …"; _past_posted_on).
# 304: a verb of publishing with a definite record after it ("ونشرت الدراسة في مجلة «…» الطبية") reports no one's
# words: the study was published; the journal's quoted name had been the last speaker's statement (_published_record).
# 305: an indefinite given name in ي after a title is a name ("الدكتورة سلمى الحربي للجزيرة نت": the outlet told
# was part of her mention, read as a title's genitive, and "وقالت الحربي" a second person; _only_title).
# 306: a picture or video after a verb of publishing is what was posted, never a speaker: no one's words ("ونشر
# أيضا فيديو يظهر …"), or its poster's where a relative clause says what they said in it ("ونشر مقطع فيديو قال فيه:"
# had "مقطع فيديو" for speaker; _PICTURES, _SPEAKS_IN_IT).
# 307: a channel published by a verb with no subject is the last speaker's, and so are the words of the relative
# clause on it ("ونشرت مقالا في صحيفة «الأهرام» قالت فيه إن «…»" lost the words, its title the "statement";
# _issued_by_the_last).
# 308: a deputy's title ("نائب رئيس الوزراء") is held with the office in construct after it: "وحذر نائب رئيس
# الوزراء وزير الخارجية الأردني أيمن الصفدي من أن" made the foreign minister the one warned (_subject_of).
# 309: a country after a common noun that is no name is its genitive, not the verb's object ("فريق منسقي استجابة
# سوريا إن": Syria had opened the words).
# 310: a rank over a group in construct, then where it is held, is an apposition ("محمد علي، كبير الاقتصاديين في بنك
# مصر، إن": the apposition was reported as his words; _looks_like_name).
# 311: "بيّن" spelt without its shadda reports with a past ending no particle takes, its subject between it and
# its complementiser ("وبينت وزيرة الاستثمار X أن" was "between" and reported nothing).
# 312: "أحد"/"إحدى" heads a partitive, no one-word name ("وسأل أحد الصحفيين الوزير عن …، فأجاب:" made "أحد" the
# asker and "الصحفيين الوزير" the one who answered; _subject_of).
# 313: "على لسان X" between a verb and the complementiser it needs is through whom it was said, like a medium
# ("واعتبرت تركيا على لسان وزير خارجيتها X أن" reported nothing; _past_medium).
# 314: the part of an event ("في افتتاح"، "على هامش"، "في ختام") is when it was said, with the event's quoted name
# ('وقال غوتيريش في افتتاح مؤتمر الأطراف "كوب 29" في باكو: "…"' reported the occasion as his words; _EVENT_PARTS).
# 315: a day after a common noun in construct is its genitive, no time the words were said ("أحد سكان حي سوق
# الجمعة، رفض ذكر اسمه، إن" reported "رفض ذكر اسمه" as his words).
# 316: whom a body is led by is part of naming it ("حكومة الوحدة الوطنية برئاسة عبد الحميد الدبيبة": "برئاسة …" had
# opened its words; _LED_BY_NAME).
# 317: 313 undone: "على لسان X" names who said the words (README, and the question sets' speakers), so "واعتبرت
# تركيا على لسان وزير خارجيتها X أن" is not Turkey's alone; reading X there is left for later, and it reports nothing.
# 318: a definite picture or video said in ("ونشر الفيديو على حسابه قال فيه:") keeps its poster's words, as an
# indefinite one does; where it was posted may stand before "قال فيه", and the words start after it, not at the picture.
# 319: "وهو ما رفضه الحارس X الذي قال: «…»" lost the goalkeeper's words (a relative clause that reports, on the
# subject after the verb, says the words next); "واتهم سيميوني لاعبي ريال مدريد بـ" had "سيميوني لاعبي ريال" for speaker
# (a sound plural that lost its ن heads a construct, whatever its genitive, after a family name).
# 320: "وسرعان ما رد X في بيان مصور، قائلا" gave X's words to the last speaker ("ما" after an adverb, _ADVERBS_OF_MA,
# opens no relative clause); so did "وبعد ساعات، ظهر نتنياهو في مقطع مصور قائلا" ("ظهر" before a name is the verb, not
# noon, _verb_before_subject; a foreign name is a name after a fronted adjunct; where it was said is no part of the
# subject, _before_complement); "كثيرا ما اتهم جورج الثالث بأنه حاول" made the accused speak (a verb flagged "pass"
# with no object before "بأنه" is a passive); "ويصف تشومسكي آراءه بأنها" had "تشومسكي آراءه" (_owned_thing: the object).
# 321: "عن مندوبين في أوبك+ أن" lost where they sit and reported it (delegates are an unnamed source, _UNNAMED);
# "مندوب فلسطين لدى الأمم المتحدة رياض منصور" stopped at "لدى" (a country CLDR names otherwise is a country as
# written); "لاحقا، أصدر قصر الإليزيه بيانا أكد فيه" and "من جهتها، أصدرت" named no issuer (a fronted adverb).
# 322: "وفي تطور لاحق، أعلن روتو سحب مشروع القانون، قائلا" had "روتو سحب مشروع القانون" for speaker, a new person
# (after a name, nouns heading a construct whose definite genitive ends it are the object, _chain_head).
# 323: "نقل المكتب الإعلامي لبري عنه قوله إن" reported nothing (an office relays from whom its genitive names,
# _office_holder; "نقل" with "عنه قوله" meets its need); an agency's "عنه قوله" stays no one's.
# 324: "وعرض نتنياهو خريطة للمحور، مضيفا" had "نتنياهو خريطة" for speaker, a new person (an indefinite noun of the
# dictionary right after a family name the article gave alone is the object, in _before_object).
# 325: "وقال ممثل الدول الأكثر تضررا محمد علي إن" reported "الأكثر تضررا محمد علي إن …" as "ممثل الدول"'s words, and
# "رئيس مجموعة الدول الأقل نموا X" lost the name (a definite elative is the adjective before it, no adverb, _adverb_head).
# 326: "واتهم الصافي وزارة التربية بـ" had "الصافي وزارة التربية" for speaker (a body's noun heading a construct after
# a definite family name the article gave is the object, _without_object).
# 327: "ونعت نقابة المهن التمثيلية الفنان الراحل في بيان" had the late artist in the union's mention (a definite title
# after a body's whole name, its adjective last, is the object: a body is no one's title).
# 328: "وقال مكتب تنسيق أعمال الحكومة في المناطق إن" reported "أعمال الحكومة في المناطق إن …" as "مكتب تنسيق"'s words
# (after an indefinite noun that is no name, the next noun and a body after it are its genitives, in _segment).
# 329: a body's whole name in quotation marks runs up to six words, its head first ('من جهته، اتهم "المرصد السوري
# لحقوق الإنسان" قوات النظام بـ' gave the accusation to the last speaker and the name was quoted words).
# 330: a holder's name the romanizer does not know follows a body's ل-genitive and its bracketed acronym
# ("المديرة التنفيذية لصندوق الأمم المتحدة للطفولة (يونيسف) كاثرين راسل": the phrase ended at "المتحدة", and after
# "دعت" the name was read as the object; _given_name_after, _segment, _subject_of).
# 331: a title's description may run to ten words where it ends in a name the romanizer attests that is no
# dictionary noun ("هاجمت زعيمة حزب التجمع الوطني اليميني المتطرف مارين لوبان القرار، وكتبت" lost what she wrote;
# _looks_like_name); a clause's definite title and definite noun are its subject and object whatever the verb
# ("وهاجمت الوزيرة القرار، وكتبت" had "الوزيرة القرار" write; _coordinated_subject).
# 332: a clause whose verb a preposition follows right away, naming no one outside a preposition's noun, leaves
# the verb joined to it to the last speaker ("كما تحدث عن العلاقات مع المغرب، فقال إن" reported nobody, and made
# the next "وقال إن" nobody's; _subjectless_clause).
# 333: a body's other name in brackets after the speaker is no object of the verb, and who asked not to be named
# follows it ("وقال عضو في الدفاع المدني السوري (الخوذ البيضاء)، فضل عدم ذكر اسمه، إن" reported "فضل عدم ذكر اسمه"
# as his words; _before_object_after_name, speaker_phrase).
# 334: a noun spelt as a verb or a stance noun, as the genitive of an indefinite noun inside a source's phrase, goes on
# ("مصدر مطلع على مفاوضات وقف إطلاق النار" was cut at "مفاوضات"; _in_genitive_chain); "أن" after a place's name
# ends an adjunct as after a definite word ("في غزة أن" opened the words; _past_adjunct).
# 335: a family name opening with a hamzated alif is no definite word ("الخبير الاقتصادي أوزغور ألتوغ" was an unnamed
# source; _named_person).
# 336: a clause's subject may be a definite family name the article gave where an object was cut off after it
# ("من جانبه، أطلع المالكي الأمين العام على آخر التطورات، معتبرا أن" gave the minister's words to the last speaker;
# _coordinated_subject), and a sentence names its own subject past a fronted adjunct (_names_own_subject).
# 337: ب and a dictionary noun right after a verb whose complement takes ب is that complement, no subject ("وطالبت
# بتوقيع «أقصى العقوبة» عليه" had a speaker "بتوقيع"; _b_complement_first).
# 338: media in the plural are where words were said too ("أكدوا عبر منصات التواصل الاجتماعي أنهم" reported the
# platforms as their words; _MEDIA).
# 339: a "دون أن" clause is the main clause's, so a verb joined after it shares the main clause's subject ("نعى «حزب
# الله» في بيان أحد عناصره، دون أن يحدد رتبته، وقال إنه" had a speaker "يحدد رتبته"), and a clause's subject
# may be a quoted name right after its verb (_coordinated_subject).
# 340: a picture or video a subject posts is no words (its poster goes on, silent); what is said in it ("قال فيه إن")
# is whose the picture is, its ل-genitive ("ونشرت الرئاسة … مقطع فيديو للرئيس X، قال فيه إن" reported the post as
# the presidency's words and lost the president's), or else the poster's (_picture_posted); a picture after a name
# is what was posted, no part of who posted it ("ونشرت الوزيرة مقطع فيديو", _before_picture).
# 341: a place with ب or في set off by a comma before the complementiser is where the words were said ("أكد X، اليوم
# الثلاثاء بمجلس النواب، أن" reported "بمجلس النواب، أن …"; _PLACE_SET_OFF).
# 342: a second definite title with no name after a definite title and its nationality is the object ("أطلع الوزير
# الفلسطيني الأمين العام على" had the secretary-general in the minister's mention; _second_definite_title).
# 343: ل, ب or و and a noun of the dictionary is no foreign family name ("وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين
# الفلسطينيين" ended at "وتشغيل", "اللاجئين" read as the object after a name; _foreign_surname).
# 344: a number right after the verb opens its subject, a count of people no one names: never the last speaker ("رأى
# 63 في المئة من المشاهدين أن هاريس كانت الأفضل" was Trump's; _counted_subject).
# 345: a fronted when-clause's named subject speaks in the main clause after its comma ("وعندما سئل ترامب عن الحرب،
# قال:" gave Trump's words to Biden, who spoke last; _when_clause_subject).
# 346: so "وبعد أن التقى X نظيره، قال"; never one whose verb carries the speaker as its object ("وعندما سأله الصحفي").
# 347: a participle after a comma's clause with a verb and someone after it is that someone's ("وبينما كان الرئيس
# يتحدث، قاطعه أحد الحضور قائلا:" gave the heckler's words to the last speaker; _comma_clause_subject).
# 348: a quoted report inside someone's words may name whom it was told in one ل-word ("وأشارت الصحيفة إلى أن الرئيس
# قال لمقربيه إنه «…»" gave the president's words to the paper; _quoted_subject), its words after that addressee.
# 349: "في" and a picture's noun after a title is where he spoke, no part of his title ("وقال الرئيس التونسي في
# المقطع:" was a second president apart from the one named).
# 350: two sources who asked not to be named, in the dual ("المسؤولان، اللذان طلبا عدم كشف هويتيهما، إلى أن"، "لم
# تسمهما"), say nothing of their own (names.ANONYMITY; the words opened at "اللذان طلبا").
# 351: what the speaker was doing ("وهي تشير إلى …") runs to the colon before a quotation however long
# (_DOING_TO_COLON; past ten words it was reported words beside the quotation).
# 352: a title's genitive with a pronoun that makes a title data/roles.tsv lists, or a minister's domain ("رئيس
# وزرائها"، "وزير خارجيتها"), goes on to the holder's name (it was "رئيس", joined to another president:
# names.is_title_form); after a name, a noun in ة before the verb's ب-complement is the object ("ووصف الوزير أحمد علي
# العملية بأنها" reported nothing, read as a passive's subject).
# 353: a clause starts after "وقد"، "فقد" as after "قد" ("فقد دان الرئيس X": a verb spelt like a name, Dan, reported
# only where a clause starts, and reported nothing).
# 354: a name opening with a hamzated alif is no definite object after a subject ("ودافعت عنها زميلتها إلهان عمر،
# قائلة" had the speaker "زميلتها"; _has_article, shared with _segment).
# 355: a definite plural after an indefinite noun of the dictionary is its genitive, no object ("معهد أبحاث
# السياسات العامة البريطاني" was "معهد أبحاث"; _plural_object).
# 356: "قائلة" before the words (a colon, a quotation, a complementiser) is no adjective, whatever its missing
# accusative mark: a subject with a description before its name says them ("وتحدثت النازحة أم أحمد عن معاناتها
# قائلة:" reported nothing; a bare name may still be the object, "راسلت بيركمان قائلة:").
# 357: whom "سأل X" asked may be a family name the article gave that the romanizer does not know ("وسأل أحد الصحفيين
# بايدن عما …، فأجاب:" lost Biden's answer; _answers).
# 358: a body's noun after و in a title's genitive, in construct, then the holder's name, is one person ("وزير
# الطوارئ وإدارة الكوارث رائد الصالح" was two speakers, so "وأضاف الصالح" was someone else; several_speakers).
# 359: "جاء فيه" of a channel in a clause whose verb a foreign name or a place follows is no one's this reading can name
# ("وودع ليفربول لاعبه ببيان جاء فيه:" gave the club's farewell to the coach quoted before; _unread_subject).
# 360: "ما" right after a verb's subject is that verb's object, and a participle after its relative clause goes on with
# that subject ("ونفى الوزير ما نشرته الصحيفة، مؤكدا أن" gave the minister's words to the paper).
# 361: a given name spelt as a word that ends a phrase ("لقاء") is the name after a description's last word too, where
# the name closes the phrase ("الباحث في مركز الجزيرة للدراسات لقاء مكي إن" was an unnamed researcher).
# 362: a quotation over three paragraphs or more is the speaker's in a paragraph with no mark too, where a later one
# closes it (_closed_later; a whole speech was lost); a channel's issuer is read past the lead's dateline ("الجزائر -
# ألقى الرئيس X كلمة …، جاء فيها:" named no one; _issuer).
# 363: "كتاب" (a letter, a book) is a channel: "وجاء في كتاب التكليف الذي وجهه الملك:" was the letter's words, and
# "في كتابه" after a name is where he wrote, no words.
# 364: after a name, any noun of the dictionary (not only one in ة) before the verb's ب-complement is the object; and
# a run of four name words with a foreign particle inside is one name, not a name and a two-word object ("ووصفت
# الرئيسة أورسولا فون دير لاين الهجوم بأنه" reported nothing; _b_complement, _FOREIGN_PARTICLES).
# 365: a feminine verb that takes an object does not take a definite noun with masculine singular nisbas for its
# subject, as a masculine one does not take one with feminine adjectives ("ونفت قوات الدعم السريع …، واتهمت الجيش
# السوداني بـ" made the army the accuser; _phrase_gender).
# 366: a word written with a final ة is no preposition with a pronoun ("نصاف بن علية" was "نصاف بن": "علية"
# normalises like "عليه").
# 367: a title after a name whose stretch goes on to a holder's own name is the verb's object, no apposition
# ("وانتقد بايدن رئيس الوزراء الإسرائيلي بنيامين نتنياهو، قائلا إنه" had the speaker "بايدن … نتنياهو", whose own
# name was Netanyahu's; _titled_name_after).
# 368: so after a title and its holder's name ("واستقبل الرئيس السيسي رئيس الوزراء الإسباني بيدرو سانشيز، مؤكدا"
# was one speaker, Sánchez by his own name; _ends_in_name).
# 369: an outlet's indefinite noun right after a complete speaker phrase (definite, a name, a nisba) is whom it was
# told ("وأفاد مصدر أمني وكالة رويترز بأن" had the agency in the source), and so is a definite name in quotes after
# a definite title ('وأبلغ الوزير "الشرق الأوسط" أن' had the speaker 'الوزير "الشرق'); أفاد informs as أبلغ does,
# so the words start past whom, a name in quotes too (_OUTLET_NOUNS, _INFORMING).
# 370: after a verb that calls on someone, the international community (or public opinion) is whom it calls on,
# never the caller ("وطالب المجتمع الدولي بـ" after Mikati's words made the international community speak;
# _ADDRESSEES_ONLY).
# 371: ب and a noun with a pronoun before a clause's verb is an adjunct, not the verb ("وبجانبه تقف الحاجة فاطمة
# وتقول إنها" had the speaker "تقف"); nor is it a fronted adjunct whose comma comes after the subject (_fronted_beside).
# 372: whom a verb joined by "، و" calls on before its ب/إلى is its object after a clause that reports nothing too,
# the verb going on with that clause's subject of its gender ("وحمل رئيس المجلس الرئاسي محمد المنفي السلطات
# مسؤولية …، وطالب النائب العام بـ" made the attorney general speak); and a definite body's noun after a definite
# title alone is the object ("وزار الوزير المستشفى، وقال" had the speaker "الوزير المستشفى").
# 373: a post a subject published of which the sentence gives nothing (no colon, quotation mark, nor "قال فيها"
# and the like) is no statement: "نشر في نوفمبر تغريدة غامضة فسرها كثيرون بأنها تلميح" was the agent's
# (_post_without_words; its poster goes on, silent, as after a picture).
# 374: when and where someone spoke, up to a comma and a participle of speech, are no words of theirs ("ورد ترامب
# خلال تجمع في ولاية جورجيا، واصفا" reported the rally; _circumstance_then_participle).
# 375: "مبرزا أن" (pointing out that) introduces more of the speaker's words (participles.txt); "دولة" before a name
# or title that is no country's is a prime minister's courtesy, not a state ("دولة ناريندرا مودي" made statements;
# names.state_courtesy).
# 376: a relative clause whose verb has a subject of its own, a title or relation with the antecedent's pronoun,
# reports that subject's words ("حزب العدالة والتنمية، الذي اعتبر أمينه العام X أن «…»" reported nothing).
# 377: a body's definite noun after any definite subject of a verb that takes an object opens the object, as after
# a definite title ("وانتقدت المعارضة الحكومة التي قال رئيسها إن" had the speaker "المعارضة الحكومة").
# 378: organisations.tsv lists more UN bodies by their UN Arabic names (UNEP, UN Women, UNFPA, OHCHR, IOM, WMO,
# UNIFIL): "المديرة التنفيذية لبرنامج الأمم المتحدة للبيئة إنغر أندرسن" ended at "الأمم المتحدة".
# 379: "on its part" between a fronted subject and its verb ("الحكومة بدورها أعلنت"، "الوزارة، من جانبها، قالت")
# leaves the subject its own: the verb had none and gave the words to the last speaker.
# 380: who received a statement, by its quoted name, after the medium before the words is part of the medium
# ('أكدت الناطقة، في بيان تلقته "بترا"، أن واشنطن': her words started at the agency's name).
# 381: the subject of a verb joined to a report ends before an object's indefinite construct after a name, as a
# subject before the words does ("حمّل الوزير نتنياهو مسؤولية تعطيل الاتفاق، وقال إن «…»" had no speaker), and
# before a family name the article gave another with his given name ("أسامة حمدان نتنياهو" after "بنيامين نتنياهو").
# 382: names.ANONYMITY takes the dual relative in the genitive and its reason ("أحد المسؤولين، اللذين تحدثا شريطة
# عدم الكشف عن هويتهما لأنهما غير مخولين …، إن" had the words open at "اللذين").
# 383: "earlier"/"later" before the complementiser ends when the words were said ("اعتبر في مناسبات سابقة أن");
# a dictionary noun no name index attests is no one-word name before the object ("وصفت عائلات المعتقلين الأحكام
# بأنها" had the speaker "عائلات").
# 384: a participle after a clause that reports nothing finds that clause's subject past "كما/ثم/قد" and its
# object after a nationality (a noun no name index attests, a plural nisba after a feminine one); a ministry by its
# portfolio and country ("الخارجية الأمريكية") is someone: "كما هنأت الخارجية الأمريكية الشعب اللبناني، معتبرة أن
# «…»" had no speaker, and with "اللبنانيين" for the object the ministry quoted before.
# 385: an honorific's pronoun that gave a speech is the one named so before ("وألقى سموه النطق السامي، وقال فيه"،
# "وألقى سموه كلمة جاء فيها": no speaker), and a plain definite noun after a definite title or body alone opens the
# object before its adjective ("وألقى الأمير النطق السامي" was one speaker).
# 386: after "بهذه الكلمات" a verb in the present or a past in ت names who said the words too ("«…»، بهذه الكلمات
# يلخص الفلاح X معاناته" had no speaker); only "ن" (we, the reporter) is left out.
# 387: a defective verb's past in ت is the first or second person, no report ("رأيت"; "كريس رايت:" ended at
# "كريس"); a foreign workplace's name in quotation marks ends an apposition and counts as one of its words ('X،
# رئيسة استراتيجية السلع في "آر بي سي كابيتال ماركتس"، لشبكة CNN إن' quoted the bank's name as hers).
# 388: "the latter" (الأخيرة) is the last body with a feminine head the sentence named, as a country is ("واتهم
# الجيش قوات الدعم السريع …، بينما نفت الأخيرة ذلك، وقالت إن «…»" had no speaker), when no one is named after it.
# 389: a party's adjectives that no nisba ending marks (الحاكم، المعارض، المحظور …) are part of its name before the
# object ("انتقد حزب العدالة والتنمية المعارض البرنامج" had the words "المعارض البرنامج").
# 390: "the latter" in either gender is also a titled or a counterpart's person with a name, the last of its gender
# the sentence named ("استقبل الرئيس X وزير الخارجية الأمريكي أنتوني بلينكن، وأكد الأخير أن"، "نظيرته ليلى حسن،
# وقالت الأخيرة" had no speaker); a title alone, or anyone named after it, leaves no one.
# 391: after "كل من" (both) the phrase goes on past "و" to a second titled speaker ("وقال كل من رئيس الاتحاد X ورئيس
# الهيئات Y، في مؤتمر صحفي، إن" had X alone and Y at the start of the words).
# 392: an office's own preposition after its adjective keeps the phrase going ("X، المسؤولة الفنية عن ملف كوفيد-19
# في المنظمة، أن" ended the apposition at "عن", her words opening with it).
# 393: "فان" of a Dutch name is no "فإن" in a fronted subject ("أما قائد ليفربول فيرجيل فان دايك فصرح" had no
# subject); a quoted name after an occasion is part of the adjunct ('خلال مشاركته في مؤتمر "اليورومني"، أن'); the
# press told, then when, then the complementiser ('لوكالة الأنباء الإيرانية "إرنا" عقب اللقاء بأن').
# 394: a present whose stem drops the past's alef (derived: "اختصر/يختصر"، "أعلن/يعلن") or its و (assimilated:
# "وصف/يصف") is a verb form (rag.morphology), so '«…»، بهذه العبارة يختصر X' names who said the words.
# 395: a title's definite genitive, "في" and a city, then a given name is where the title is held and its holder
# ("مدير المستشفى في طرابلس حسن وزنة"); "نقيب" (a syndicate's head, a captain) is a title (arabic_titles.txt).
# 396: a work's title in marks after "بعنوان" is a name in the medium ('في مذكراتها التي صدرت بعنوان "الحرية": «…»'
# began a statement of its own), and a quoted accusative noun with its adjective is no body's acronym ('وأبدت
# المفوضية "قلقا عميقا"').
# 397: a relative clause's verb, when, then its complementiser ("، الذي قال أمس إن «…»": the antecedent's words),
# and the ف answering أما after the relative's words goes on with the antecedent ('أما X، الذي قال …، فقد أكد: «…»'
# gave both quotations to the speaker a paragraph before).
# 398: a verbal noun whose first letters are the article's ("التزام") is indefinite (rag.morphology.has_article),
# so it opens the object after a title ("أكد وزير الطاقة التزام الحكومة"); a verbal noun after a name's title is
# what he affirmed, not the title holder's name ("أكد X وزير الطاقة حرص دولة الإمارات").
# 399: after a verb that sends a channel (وجه، بعث، أرسل), ل names whom it went to, not whose it is: "ووجه X رسالة
# للجماهير قال فيها" is X's (it was the fans'), "وبعث الرئيس برقية لنظيره أكد فيها" the president's.
# 400: a quoted name anywhere after an occasion or an event's part in the medium is the event's ('خلال افتتاح
# معرض ومؤتمر أبوظبي الدولي للبترول "أديبك 2024"، إن' opened the words at the name).
# 401: a reporting verb's present with the ل of purpose ("ليقول"، "ليؤكد أن") goes on with the clause's subject as
# a circumstantial participle does ("وعاد المدرب ليقول:" had "وعاد المدرب ليقول" for its speaker); inside words
# it is theirs, and it starts no subject ("وقد تابع ليزعم أن": "ليزعم" was the one who went on).
# 402: "عقب" and a title opens a clause with a subject of its own ("commented", not "after"): a participle after it
# is no longer the last speaker's ("وعقب المستشار الإعلامي لرئيس الوزراء على الأنباء، نافيا" gave the denial to
# the prime minister).
# 403: the region an office covers, after "منطقة", counts as one word of an apposition ("، نائب رئيس البنك الدولي
# لمنطقة الشرق الأوسط وشمال أفريقيا،" was too long to be one, and the words opened with it).
# 404: what "وهو" says of a subject after a comma holds no object of its verb ("يقف يوسف، وهو مهندس في الثلاثين من
# عمره، أمام …، ويقول" ended the speaker at "في").
# 405: "للصحافة" is the press told ("وصرح الوزير الفرنسي للصحافة بأن"), and a body's noun after a title is no name
# before a second office ("أكد وزير الدولة وزير الشؤون الخارجية X أن" ended at "وزير الدولة").
# 406: a verb with its object pronoun after "فيما"/"بينما" opens a clause of its own ("، فيما رفضه رئيس الوزراء،
# معتبرا أن": the words before ran on over him, and his had no speaker).
# 407: a counted noun after و and a number is no participle ("و11 متهما آخرين"); an indefinite dual or plural in
# ين is an object ("رفضت عرضين سابقين"); "نفسها"/"ذاتها" end a speaker ("الصحيفة نفسها"); a verbal noun and its
# indefinite genitive after a title are what was announced ("وأعلن المدعي العام فتح تحقيق"); a body's construct
# takes a second ل-genitive before its holder's name ("لمجلس التعاون لدول الخليج العربية X"); "عن بعد" is remote;
# "جاء في البيان الختامي للقاء أن": the occasion is the document's; a participle is no foreign family name ("وختم
# حديثه قائلا"); a family name the article gave, then a preposition, is a joined verb's subject ("وصعد الطيب إلى
# المنصة، وقال").
# 408: an unnamed source ends before the agency it told ("مصدر في الوزارة لرويترز"، "ثلاثة مصادر …"); a body's
# quoted name after its construct of two nouns ("شركة تسويق النفط «سومو»"); "وهو" and an indefinite noun after a
# quotation is the reporter's comment ("«…»، وهو سقف لم يتهرب منه X"), which ends the words, so that "X، الذي قال:"
# is X's (a definite family name the article gave a given name); "وفق"/"حسب" and a definite noun that names no
# speaker right after a verb is how it goes ("يسير وفق البرنامج"); a definite noun after such a family name is the
# object ("وطالب المشهداني النواب بـ"); a body's office holder after its noun ("المكتب الإعلامي لرئيس المجلس").
# 409: a relative clause on a source set off by commas before "فإن" is no part of the words; a verb of one gender
# does not go on with a body of the other that no verb gave a gender (rag.morphology.noun_gender, from the
# dictionary: "بحسب … الديوان" then "تقول"); a university's number after its city ("بجامعة الجزائر 3"); who read
# out a statement is its owner ("بيان تلاه الشيخ X … أكد فيه").
# 410: a minister of state is a second office one person holds ("وزيرة المالية ووزيرة الدولة … X"); a title that
# never stands alone takes a noun with a pronoun as its genitive ("ورئيس وفدها المفاوض X"); "ذهب إلى أن" reports;
# an apposition of a title held in a body runs to nine words; a nisba family name after a compound given name ends a
# long phrase ("العميد حسام الدين الجبابلي،").
# 411: the Mauritanian "ولد"/"منت" (son, daughter of) link a name, and a title's word after or before one is the
# name's ("محمد ولد الشيخ الغزواني"، "محمد الأمين ولد سيدي"); "سعادته" is the one the article named "سعادة".
# 412: an interview laid out as "س:"/"ج:" lines gives its answers to whom the lead says it met ("استقبلنا X"،
# "حاورنا"), and only then; "وكان هذا الحوار" announces an interview.
# 413: who held the occasion a fronted adjunct names speaks for the subjectless verb after its comma ("وفي كلمة
# ألقاها الرئيس X أمام البرلمان، قال"، "وخلال مؤتمر صحفي عقده Y، أكد": both went to the speaker before); "ألقاها" is
# ألقى with "it".
# 414: "لجنة" is a committee after an unnamed source, no "to" ("مصدر في لجنة الحكام"); another named person's deed
# after "، بينما"/"، فيما" ends the words before ("التي قالت إنها لم تتوقع الفوز، بينما نال الممثل X جائزة").
# 415: an agency between slashes is a dateline ("دبي في 14 أكتوبر / وام /"); a chain of two offices or more may run
# to twelve words (four or more: sixteen) and a hundred letters; a body named for someone after a title ("مدير عام
# مركز محمد بن راشد للفضاء"); a definite noun of the dictionary opens no second person's name in an apposition.
# 416: pointing with the hand ("وتشير بيدها إلى"، "مشيرا بيده إلى") is no words, and the one pointing goes on; a
# definite adjective alone is no name before a second title ("المحلل الفني ولاعب المنتخب السابق X": one man).
# 417: a family name the article writes after a given name is no object after that given name ("النائبة رانيا
# الخليفات ما وصفته"); a clause that opens with a feminine past verb has no subject before a later verb ("واستشهدت
# الخليفات برسالة قالت إنها").
# 418: two cities before dashes are one dateline ("الجزائر - الرباط - قُتل …").
# 419: the city after a body named for someone, then a name set off, goes on to the name ("بجامعة محمد الخامس في
# الرباط، الدكتور X، في تصريح لقناة …، من أن"); a name set off may be followed by where it was said and "من أن".
# 420: "افتتح/بادر … بالقول" report; a noun before "بالقول" is what was opened or ended, not the words; an occasion's
# definite noun after a definite title is the object ("واستهل المدرب المؤتمر الصحفي بالقول").
# 421: a quotation relayed inside someone's words is its own subject's, past one apposition set off by commas and
# "ذات يوم", where a relation ("أستاذها"، "موكله") or an unnamed source ("مسؤولا كبيرا") names it; where nothing
# names it, no one's (never the relaying speaker's); a participle of the relaying speaker's gender goes on with her.
# 422: "مبررا/معللا ذلك بأن" (what was justified, then the words); '«…»، على حد تعبيرها' opening a sentence goes on
# with the last speaker of her gender ("على" there is no given name).
# 423: an honorific's title is no object ("معالي الدكتور X"، "سعادة السفير X"); "أحد هذه المصادر" (one of those,
# unnamed); "ختم X المؤتمر بالتأكيد/بالإشارة" (what was ended, then the words).
# 424: a member for a bloc ("النائبة عن المعارضة، السيدة X،"); "لكن X سرعان ما اعترضت" makes X the topic a next
# "وقالت" goes on with; "بعرض قال فيه" (a presentation, a channel; a verb with its resumptive is no verbal noun); a
# definite family name after "ولد" is the name's, and a common noun after it the object.
# 425: how it was said alone ("، بنبرة غاضبة،") is no words; "وهي/وهو تقول:" is the clause's subject's; a past verb of
# the speaker's own after "، و" before her participle ends her words ("، ورفعت نسخة منها قائلة:"); ب and a noun in
# construct ("بدعم الصيادين") is never a subject.
# 426: "، فقرر رئيس الجلسة …" (ف, a past verb and a person by title or name) ends the words before, as "بينما" does;
# a verb of saying with an object after its subject and nothing to open words says nothing ("أضاف X الهدف الثاني").
# 427: a narrated subject after a fronted adjunct ("في المقابل، سعى دفاع المتهم، المحامي X، إلى"), its apposition
# naming him; "مضيفا" reports only with words opening after it ("مضيفة نحو عشرة أيام" adds days); no verb after "أي"
# ("أي رد فعل").
# 428: a channel read "نيابة عن/باسم X" ("وتلا Y كلمة نيابة عن رئيس الوزراء، …، جاء فيها") is X's; with neither, a
# clause with a titled subject of its own that this reading cannot bound is no one's (never the last speaker's);
# the ل-phrase owning a channel names someone (not "لأسباب صحية"); a resumptive relative clause's own subject is
# headed by a title, body, source or name ("ردّت فيه دعاوى …" acts on the lawsuits).
# 429: "، كانت قد اتهمت" goes with a subject that runs up to "كانت", else with no one, its words ending at "كانت".
# 430: after "بحسب X،" an apposition must name someone, else the clause starts ("بحسب بيانات البنك، تراجع التضخم").
# 431: a subject before its verb drops a ف as it does a و, before a source's noun too ("فالباحثة X تلفت"، "وبعض").
# 432: "عامل/عاملة" is a title ("عامل إغاثة في منظمة دولية، طلب عدم ذكر اسمه،": where he works, then anonymity).
# 433: after a verb that delivers a speech ("ألقى"، "تلا") ل is the audience or occasion, never whose it is ("كلمة للأمة").
# 434: whom a subject is from or sits for, set off before its verb, describes it ("النائبة X، من حزب معارض، قالت").
# 435: ب and a noun of manner is never a name's ("تقول حليمة بصوت خافت"), whatever else the article has.
# 436: a quotation before "، وهو ما نفاه X" is what X denied, not X's; "«…»، هذا ما قاله X" is X's.
# 437: after "حين"/"عندما" a verb with a named subject and words quoted in its clause reports them; "، وطالب
# عدد من النواب بـ" (the nominative) is the joined verb's subject, not whom the last speaker called on.
# 438: ب and a body or a dictionary noun says where a title is held ("، رئيس قسم التعمير بعمالة إقليم الحوز،"، "بالمدرسة
# الوطنية …"): no second name, no object, and a longer apposition ("مدرسة"، "أكاديمية" are bodies).
# 439: a body's name in marks inside a speaker's mention is no quotation left without a speaker ("وأضافت" goes on).
# 440: what a title is held over, named in marks, is in the mention ("مديرة مشروع «سحاب-1»"، "منسق حملة «…» X").
# 441: an unnamed source's noun where it is held runs as long as a title's ("، الباحث في مختبر … بجامعة كولورادو،").
# 442: "الناطقة بالفرنسية" after an outlet is its language; "رئيس قائمة «…»" is held over the list; "أي" opens no subject.
# 443: a given name's full stop before the family initial ("أمين. م (26 عاما)،") ends no sentence and no mention.
# 444: a feature's scene after a fronted adjunct ("في المساء، تشعل أم محمد شمعة") names whom a next quotation or
# "يقول" goes on with; a sentence opening with a quotation weighs that narrated person as "وأكد" does.
# 445: "هكذا" before a verb that reports only with its preposition stands for it ('"…"، هكذا علّق X').
# 446: a fronted adjunct runs on over a where-clause set off after it ("وفي أحد الممرات، حيث …، جلست أم محمد").
# 447: a workplace named in marks after "في", a body's noun first ("في «معهد أتلانتيك للسياسات»"), is no quotation.
# 448: after a title's adjective, ل and the press is its genitive ("المتحدث الرسمي لبرنامج «سكني»"); a title and a
# name after a quoted name in a person's titled phrase are the holder's ("… «سكني» الأستاذ X").
# 449: a body's noun that is also an adjective agreeing with the body before it describes it ("اللجنة المنظمة").
# 450: an undertaking that heads the subject takes its name in marks ("وأعلن مشروع «نيوم» أن"); a relative clause after
# an indefinite speaker opens with a past verb and "it" written ه ("استطلاع للرأي أجراه مركز «مؤشر» أن"), past a
# name in marks; "عددا من" is an object.
# 451: a quotation after "سؤال:" or "سئل (X):" is the question put, no one's words (nor an orphan's); "ألمح إلى" and a
# noun reports (reporting_verbs.txt); an agency's initials in brackets after "لـ" ("لـ(كونا)") are whom it was said to.
# 452: rules and procedures after وفق/حسب ("وفق آلية معتمدة"، "حسب الإجراءات الدستورية") are how, never a source.
# 453: و and a definite noun after a verb opens how it was said ("وقالت والدموع في عينيها"), no subject; one met by a
# kunya ("التقت الجريدة بأم يوسف") goes on; "سؤال من X تقول:" is X's question; "وراء/خلف/أمام" take a verbal noun;
# ب and a city after a body's name is where it sits; a title spelt like a given name in an apposition ("أمين الفتوى").
# 454: "سألناها: …؟" is the reporter's question, and the answer after it no earlier speaker's; "أخيرا" is a time word.
# 455: whom it was said to in construct ("لمراسل الصحيفة"، "لوكالة الأنباء الفرنسية وزير …"), an indefinite accusative
# ("مقاولاً") and an object marked accusative before the subject ("الجلسةَ مقررُ") are no subject; "، كما يناديه
# زملاؤه،" is an aside; a club after a title before the holder set off ("مدير الكرة بالزمالك، X،"); a relation's
# genitive is no name ("نجل المتهم الرئيسي"); "وفقًا" with its tanween before the alif.
# 456: whom an interviewee says they met in an answer ("ج: … التقيت X") is not whom the interview is with.
# 457: customs after بحسب/وفق ("وبحسب الأعراف القبلية المتبعة") are how, as rules are (452), no source.
# 458: an age set off by commas ("نادية، 41 عاماً، إن") is the speaker's; YEARS tries "عاماً" before "عاما".
# 459: after a definite noun and its adjective, a definite plural in ين is the object ("وحذّر الدفاع المدني المواطنين").
# 460: a clause on unnamed sources cut at its verb leaves their mention ("مصادر دبلوماسية حضرت اللقاء أن").
# 461: "ثم" joins a reporting verb to its clause's named subject ("ووقف أبو إياد …، ثم تساءل:"); "أما X، …، فـ" opens a
# topic, no part of the name.
# 462: whom a member sits for, set off by commas after the name ("النائبة X، عن الأغلبية، إلى أن"); "اتحادية" is a body.
# 463: a subject body's ل-genitive after its adjectives is what it is for ("الاتحادية الجزائرية لكرة القدم"), with
# no holder's name after it too.
# 464: passages sharing a span keep the order read (a quotation before a source cited inside it), not a set's.
# 465: what a body is named to defend ("للدفاع عن حقوق الإنسان") and what an office is charged with up to the
# complementiser ("المحامي المكلف بالدفاع عن المتهم إن") are in the name.
# 466: a clause of when inside reported words ("بأن الجلسة شهدت توترا بعد أن رفضت المحكمة الطلب") stays in them, an
# act there is no statement, and what a body defends is a construct, no object ("للدفاع عن حقوق الإنسان، في").
# 467: a masculine participle with no comma and no accusative right after an indefinite noun is its adjective ("وسط
# حضور لافت").
# 468: a plural verb carries its subject ("قالوا لنا ابنوا بالحجر": they), no name after it.
# 469: who received a record past its adjectives ("في تقرير فصلي اطلعت عليه «X»، أن") is no part of the words.
# 470: a ل-genitive and its adjective before a holder's given name ("لشركة X للتطوير السياحي نورة"), a name of five
# words with its title set off by commas ("، المهندسة نورة بنت سعد القحطاني، عن أن").
# 471: a body's noun is no record's adjective ("وفق إحصاءات منظمة محلية": an organisation's, not organised).
# 472: two posts joined by و in an apposition set off after the name are one person's ("X، ناشطة ورئيسة جمعية").
# 473: a topic after "أما" that its verb does not agree with is spoken of ("أما الودائع التي …، فقال إنها"); the
# verb goes on with the last speaker.
# 474: where an indefinite body in the phrase works ("في منظمة دولية تعمل في ولاية X") stays in the phrase.
# 475: a verbal noun after a present verb of "we" is its object, no verb ("نتوقع نشر أولى الصور").
# 476: pupils and students (تلميذ، تلميذة، طالبة) are titles ("الطالبة في كلية الهندسة، لين الزعبي، لـ«الغد» إن").
# 477: one charged with an office heads the phrase as a title ("المكلفة بالإعلام في الوزارة سلمى بن يوسف").
# 478: a nominative plural participle is a noun ("اعتبره متابعون": observers, no "continuing"); a plural one goes on
# with a plural subject whose verb came first, singular ("قال المحتجون إن …، مضيفين أن").
# 479: a body's genitive closing an apposition a title opens is no one told ("X، الكاتب العام للنقابة الوطنية لعمال
# الموانئ، إن"، "…للصحفيين، إن").
# 480: ب and a body after a body, before its holder's set-off name, is where the body sits ("رئيس لجنة التضامن
# الاجتماعي بالمجلس، النائب X، إلى أن"); "إلى أن" after a set-off name as "من أن".
# 481: the verbal nouns of overseeing (إشراف، رقابة) govern على as their titles do ("لجنة الإشراف على الانتخابات"),
# also where a source phrase ends at a comma ("وبحسب ما أعلنته X، شارك").
# 482: a family name written after a compound given name is a name, no bare noun ("عبد الله الفهيد … وحذّر الفهيد
# من": the critic warns, no one warns him).
# 483: a connective that opens a clause of its own (لكن، فيما، غير أن) ends a source set off by commas and its words
# ("…، بحسب X، لكن …"), and is no apposition of the source ("بحسب ما أكدته X، غير أن").
# 484: a holder's name set off after up to four words of where the title is held ("المكلف بالإعلام في المديرية
# العامة للحماية المدنية، الملازم الأول X، إن").
# 485: an outlet's name in quotation marks after an interview "to" it is no speech ('في حديث إلى "اندبندنت عربية"'),
# as after one "with" it.
# 486: why a source asked not to be named ends with its anonymity (names.ANONYMITY: "نظرا إلى سرية التحقيقات"،
# "بسبب حساسية الملف"، "لحساسية المفاوضات").
# 487: after a verb of saying, which takes no object, a title spelt like a name after a name stays in it ("وقال الدكتور
# معتصم الأمين إدريس إن").
# 488: a spokesman's "باسم" governs its noun, no verbal noun he denies ("نفى المتحدث باسم حكومة إقليم كردستان، X،
# هذه الاتهامات").
# 489: a present in ي with no subject right after a source that opens the sentence is impersonal, and the words after
# it are the source's ("ووفقا لإدارة المهرجان، يتوقع أن"); a damma on the prefix of forms V, VI, VIII, X is the
# passive, no one's report ("ويُتوقع أن").
# 490: a relative clause on a subject, set off by commas between it and its verb, leaves it the subject ("وكان X،
# أستاذ …، الذي يشارك في …، قد أكد أن"; "وكيلته، المحامية X، التي …، توضح أن").
# 491: "مريض/مريضة" (patient) is a role that opens a description ("الحاجة X، 63 عاماً، مريضة سكري من …، قالت"); a
# courtesy before a given name ("الحاجة"، "السيدة") opens a subject set off before its verb, never the last speaker's.
# 492: an interview "with" an outlet in quotation marks, then where and when, then a comma and a verb: who speaks
# is that verb's subject, not the outlet ('مع "سكاي نيوز عربية" على هامش الحصة التدريبية، تحدث X').
# 493: a sound plural in ون after a verb and its resumptive pronoun is nominative, the subject, no object ("وقفة
# احتجاجية، طالب خلالها المحتجون بـ").
# 494: "، كما جاء في بيان …،" set off where a frame's words would start is its channel, no frame of its own ("وحذرت
# X، كما جاء في بيان صادر عنها، من أن"); ب and an administrative division's noun (بمدينة، بمحافظة، بالمديريات)
# after a body is where it is, also with a name or adjectives before the comma.
# 495: a body's noun after a preposition heads its genitive as it does without one ("التابعة لجماعة أنصار الله"):
# no name, whose object would end the speaker's phrase there.
# 496: an indefinite noun before a present that "says that" (تقول إن) is its subject, whatever the noun ("لكن منظمات
# إنسانية تقول إن"): إن follows only قال, so even as a description of the noun the words are its.
# 497: a verb of issuing that starts with و is read with it ("وثيقة وزعتها الوزارة"); a sentence-opening source
# ends at its comma past whom or where it was given ("… على الصحافيين، يمتد").
# 498: "وهو ما نفاه X لاحقا في تغريدة …، واصفا": when and where X denied it, then X's participle, which is X's.
# 499: a rate is no source ("وفق سعر صرف مجحف": at it).
# 500: after a verb that takes no person as object (رأى، أكد), a subject that runs right up to the complementiser keeps
# a title-like word inside the name ("ويرى المحلل … الدكتور معتصم الأمين إدريس أن"), as 487 does after قال.
# 501: a verbal noun right after a title without the article is the title's genitive, no object ("زعم رئيس اتحاد
# مربي الماشية، X، أن").
# 502: after أنّ and its sisters an indefinite subject is accusative ("غير أن مصدراً في القنصلية، فضّل عدم الكشف عن
# اسمه، قال"، "غير أن مسؤولاً …، اعتبر"): an unnamed source, never an object, nor the last one quoted.
# 503: "عدد من" and a plural in construct is a partitive subject ("طالب عدد من أعضاء مجلس النواب بـ").
# 504: before a verb's object, neither the noun "باسم" governs nor a body's name in quotation marks after its noun ends
# the subject ("حمّل الناطق باسم شركة «البريقة»، X، …").
# 505: "مترشح/مترشحة" (the Maghrebi and Omani spelling of a candidate) is a title and sits for a constituency after
# "عن" ("المترشحة عن ولاية السيب، الدكتورة X، إن").
# 506: a speaker's mention never leaves a bracket open: it ends before the bracket ("المزارع X (63 عاماً) وسط حقل …").
# 507: where a title is held may take three words after "في" before the holder's name set off ("مسؤول ملف الاستيطان
# في شمال الضفة الغربية، X، إن").
# 508: plural bodies (أحزاب، منظمات، نقابات، جمعيات) head a speaker's phrase with their adjectives ("وقالت أحزاب
# معارضة عدة إن"), and their words are statements.
# 509: a feminine singular noun after a masculine "رفض" is what was refused, an act: no frame ("ورفض مغادرة أوكرانيا").
# 510: a story told (روى، حكى and قصة، حكاية، تفاصيل) is summed up, no words: its teller goes on ("وروى الناجي تفاصيل
# الرحلة، وقال"), a work names no one ("يروي الفيلم حكاية صياد").
# 511: testimonies listed after commas, each a title or name and a colon, in a sentence that reports nothing else
# ("ومن الشهادات …، المزارعة أم محمد: «…»، وسائق الجرار X من بلدة سالم: «…»"); one this reading cannot name ends the one
# before and is no one's.
# 512: a definite participle set off after a name describes its bearer ("X، المتخصص في قضايا الملكية، من أن"), and
# so does a byname after "الملقب بـ" in quotation marks, which is no quotation; a feature's lead may open with a
# present verb past a dateline with a region ("X، جنوب العراق - يقف جبار الساعدي على"), its given name a dictionary
# noun before a family name that is none; pointing with the hand ends its frame there, so "ويقول:" after it speaks.
# 513: an interview's line labelled with the outlet's name ('«الخليج»: ما أبرز …؟'، "DW عربية: هل …؟" after "مع DW
# عربية") is the interviewer's question, no one's words; after "بحسب"/"حسب"/"وفق" a common noun in construct with a
# definite singular that names no speaker or record ("نوع السيارة"، "عمر الطالب") is what something varies with.
# 514: "قدّر X أن" (estimated that) reports, where a clause starts (also after "في حين"); "يُقدَّر أن" is impersonal,
# "تقدر بـ" a figure, and "حيث أن" a clause of its own. A ل-word right after a verb that is ل and a known word, no
# name itself ("يقول لعنب بلدي إن"), is whom the words were for, never the subject; a scene's verb may be negated
# ("لا يخفي «أبو محمد» قلقه") and its person's name in marks.
# 515: a quotation relayed inside someone's words is its subject's past "كان" and an adverb of when or always ("أن
# والده كان يقول له دائماً إن «…»"); a participle after it goes on with the relaying speaker of its gender.
# 516: ل and a dictionary noun after a person's name, up to the complementiser ("عمار الحلبي، لعنب بلدي، إن"), is
# whom the words were for: neither the speaker's name nor the words; a topic's apposition may hold a byname in marks
# ('أحمد الخطيب، الملقب بـ"أبو الورد" نسبة إلى …، عاد'), and a definite participle's apposition runs to its comma.
# 517: a body's name in marks right after the verb speaks past an adjunct set off by commas that names an outlet
# ("أوضحت «مواصلات الإمارات»، في رد على استفسار «الخليج»، أن").
# 518: a colon after another reporting verb is that verb's ("علّق أحدهم ورقة كُتب عليها: «…»": written, no one's); a
# scene may be set by where ("وتحت الورقة، وقف سامي") and its person told by kin or title set off after the name.
# 519: an unnamed source's noun after "و" is a second post of one person, as a title is ("الدولي السابق والمحلل
# الرياضي، كمال بن عيسى": one man, whom "لكنه تساءل" goes on with).
# 520: whom "نقلت X عن Y قوله" relays is of the gender "قوله/قولها/قولهم" says, so a participle that does not agree
# ("، معتبرة أن") is not theirs.
# 521: a participle's own preposition and pronoun ("أحد المجني عليهم") is no possessed noun that ends the phrase.
# 522: after a title's description, ل and a plural of a body in ات is its genitive too ("رئيس النقابة الوطنية لوكالات
# السياحة"), as its singular is.
# 523: a story told in a quotation after its colon ("وروى X تفاصيل اللحظات الأولى للحادث: «…»") is the teller's
# words, past whatever stands between.
# 524: after the outlet's labelled question, a paragraph labelled with who answers ("كوستا: ليس بعد. ما زلنا …") is
# all of it theirs, not its first sentence alone.
# 525: the Maghreb's "ذ."/"ذة." (الأستاذ/الأستاذة) ends no sentence; a ل-word the article gives as whom a statement
# was made to ("في تصريح لهسبريس") is the outlet after a verb too; "X، أستاذة متقاعدة في …، كانت" is a topic past
# the rest of its apposition; a quotation before its verb is said past a long apposition; the language words are
# said in ("بفرنسية"، CLDR's names through Babel) is no speaker; a participle after a fronted time clause goes
# with the main clause after its comma ("وقبل أن نغادر، ودّعنا X قائلا"); a scene after a fronted place ("وعلى
# بعد أمتار،"، "بين الطلاب،"، up to six words) names its person past a nationality, and a definite nisba after a
# given name is a family name; a verb after the complementiser in a relative clause has no subject this reading
# places, and a sentence that opens with a verb and a given name names its own subject (never the last
# speaker's); a description set off before the verb runs past where the phrase stopped and up to sixteen words;
# an owner ("صاحبها X") is a relation; who asked not to be named, set off by dashes.
# 526: a fronted place of up to eight words; a body in marks speaks past what it is ("، وهي مبادرة …،") and where
# it said it; an indefinite study or report after a verb of publishing is its object ("نشر دراسة في دورية"); a short
# name in marks that a verb follows is its subject, no quotation; "النفس"/"الذات" with the article are nouns; "ثم"
# after a verb opens the next clause; an interview's answers, where its lead reports no one, are the person its
# headline gives words to ("عالمة المناخ X: …").
# 527: a scene's verb may come with "و" and where it stands before its person ("وتقف خلف المشروع X"); a question
# and its answer on one line after dashes ("- هل …؟ - «…»") are the interviewer's and the interviewee's.
# 528: "شرح" (explained) reports with a colon too ("ويشرح: «…»"), its object before "بقوله" kept out.
# 529: a verb of saying after a person's gesture ("ابتسمت وقالت") never goes on with a body quoted last.
# 530: "إذ"، "عندما"، "بعدما" open a clause for a verb that reports only there ("، إذ طالب X"); "صاح"، "صرخ"، "همس"،
# "هتف"، "تذكر" report before a colon; after a colon's quotation, "، قبل أن …"/"، فيما …" is the reporter's.

# Letters with Arabic diacritics, tatweel, digits, "#" of hashtags, inner hyphens (كي-غوان) and the plus that ends a
# name ("أوبك+", "ديزني+"), not punctuation.
WORD = re.compile(r"#?[\w\u0640\u064b-\u065f\u0670]+(?:[-'_][\w\u0640\u064b-\u065f\u0670]+)*(?:\++(?!\w))?")
_MIN_SPEECH = 12  # shorter quoted stretches are scare quotes ("“إسرائيل”") inside someone's words
_MIN_WORDS = 2  # a one-word reported stretch is a fragment, not a statement

# Kinds of statement.
DIRECT, REPORTED, STATEMENT, UNNAMED, NARRATION = "direct", "reported", "statement", "unnamed", "narration"


@dataclass(frozen=True)
class Mention:
    """A speaker as the article names them at one place: text[start:end], except that a preposition fused with
    the article is read as the article ("وفقا للأمم المتحدة": "الأمم المتحدة" at the offsets of "للأمم المتحدة")."""

    start: int
    end: int
    text: str
    gender: str | None = None  # "f", "m" or "p" when a verb agrees with it (قالت، قال، قالوا)


@dataclass(frozen=True)
class Attributed:
    """A quotable stretch of an article and whose words it is (None: the reporter's own narration)."""

    start: int
    end: int
    kind: str
    speaker: Mention | None
    headline: bool = False
    denied: bool = False  # words the speaker denies ("نفى الوزير أن يكون …"): shown as theirs, they would mislead


# "نفسه" after a speaker: "the same" after a noun ("المصدر نفسه"), "himself" after a name ("المهداوي نفسه").
_SAME = ("نفسه", "نفسها", "ذاته", "ذاتها")
_SAME_ONE = re.compile(r"\s+(?:" + "|".join(_SAME) + r")$")


def _n(word: str) -> str:
    n = normalize_ar(word)
    # The name Ali (علي) and the preposition على normalise alike; only the preposition, written with ى, keeps
    # that letter, so that it ends a speaker phrase and the name does not ("قال الوزير علي حسن").
    if n[-3:] == "علي" and len(n) <= 4 and _DIACRITICS.sub("", word).endswith("ى"):
        return n[:-1] + "ى"
    return n


def _words_file(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@dataclass(frozen=True)
class _Verb:
    gender: str | None
    written: bool  # كتب، غرد، نشر: a post or a statement, not speech
    needs: str = ""  # a preposition that must follow for the word to be this verb (عبّر عن)
    needs_next: bool = False  # ... as the very next word ("بيّن أن": "بين" alone is "between")
    takes_object: bool = False  # وصف، اتهم: "V subject object بـ..."
    calls_on: bool = False  # دعا، حث: "V subject someone إلى/على ...", whose object is a person or body
    takes_b: bool = False  # أشاد، رحب: "V subject بـ…", a complement with ب right after the subject
    takes_fi: bool = False  # شكك: "V subject في …", a complement with في right after the subject
    # وصف، اتهم: with no object before its ب-complement the verb is passive ("وُصف الوزير بأنه", "was described as")
    passive_alone: bool = False
    saying_only: bool = False  # قال، تساءل: never a noun object, so a lone noun after it is its subject
    initial: bool = False  # وعد، طالب: a verb only where a clause starts; elsewhere the noun (وعد بلفور)


# Verbs that take no noun object ("وتساءل الكاتب": the writer asked; "ووصف الاجتماع" is an object).
_SAYING_ONLY = {_n(w) for w in "قال تساءل صرح أوضح أضاف تابع استطرد أشار لفت".split()}


@lru_cache(maxsize=1)
def _verbs() -> dict[str, _Verb]:
    """Every inflected form of the reporting verbs, normalised, with the gender it agrees with."""
    out: dict[str, _Verb] = {}
    for row in _words_file("reporting_verbs.txt"):
        past, present = _n(row[0]), _n(row[1])
        flags = [f.strip() for f in row[2:]]
        flag = next((f for f in flags if f.startswith(">")), "")
        written = "*" in flags
        # (Word by word: "على" keeps its ى only as a word of its own, _n.)
        needs = "|".join(" ".join(map(_n, n.split())) for n in flag.lstrip(">").split("|")) if flag else ""
        stem = past[:-1] if past[-1] in "اي" and len(past) > 2 else past  # دعا → دعت، نفى → نفت
        # (A defective verb's past with ت is the first or second person: "رأيت"، "نفيت"; and a name: "كريس رايت".)
        forms = {past: "m", stem + "ت": "f", stem + "وا": "p", past + "وا": "p"}
        spelt_as_noun = set(forms)  # ("^": the past is the noun's homograph, طالب a student; يطالب is no noun)
        if present != "-":  # ("تابع": "وتتابع الوزارة الوضع" is "follows", no report)
            forms |= {present: "m", "ت" + present[1:]: "f", present + "ون": "p", present[:-1] + "ون": "p"}
        for form, gender in forms.items():
            out.setdefault(
                form,
                _Verb(
                    gender,
                    written,
                    needs,
                    needs_next=flag.startswith(">>"),
                    takes_object="obj" in flags,
                    calls_on="calls" in flags,
                    takes_b="ب" in flags,
                    takes_fi="في" in flags,
                    passive_alone="pass" in flags,
                    saying_only=past in _SAYING_ONLY,
                    initial="^" in flags and form in spelt_as_noun,
                ),
            )
    return out


_BARE_IS_A_NOUN = {_n("متهم")}


@lru_cache(maxsize=1)
def _participles() -> dict[str, str]:
    """Every form of the participles that introduce speech whatever follows them, with the gender they agree
    with; those that need a word after them are _participle_needs'. (A participle going on with the speaker's
    words is circumstantial, so accusative: a nominative plural or dual is a noun, "اعتبره متابعون": observers.)"""
    out: dict[str, str] = {}
    for s in (_n(r[0]) for r in _words_file("participles.txt") if len(r) == 1):
        for suffix, gender in (
            ("ا", "m"),
            ("", "m"),
            ("يا", "m"),
            ("ه", "f"),
            ("يه", "f"),
            ("ين", "p"),
        ):
            if not suffix and s in _BARE_IS_A_NOUN:
                continue  # (the bare masculine of "متهما" is the noun "the accused", مُتَّهَم: "على متهم بقتل")
            out.setdefault(s + suffix, gender)
    return out


@lru_cache(maxsize=1)
def _participle_needs() -> dict[str, tuple[str, frozenset[str]]]:
    """Participles that introduce speech only before one of their words ("مكتفيا بالقول", not "مكتفيا بنقطة"):
    each form, its gender and those words, normalised."""
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for row in _words_file("participles.txt"):
        if len(row) > 1 and row[1].startswith(">"):
            needs = frozenset(_n(x) for x in row[1][1:].split("|"))
            for suffix, gender in (("ا", "m"), ("يا", "m"), ("ه", "f"), ("يه", "f"), ("ين", "p")):
                out[_n(row[0]) + suffix] = (gender, needs)
    return out


def _verb_with_object(word: str, opens: bool, relative: bool = False) -> _Verb | None:
    """A past reporting verb with an object pronoun opening a clause ("وبينما رحبت السعودية بالاتفاق، انتقدته
    إيران بشدة"، "ووصفها رئيس الوزراء بأنها"): the verb, whose subject follows, and which has its object already.
    (Not a ta marbuta: "، إضافة إلى".) opens: the word starts a clause, after punctuation or none. relative: it
    follows "ما"/"الذي", which is its object ("الأمر الذي نفاه المتحدث"): there a past may start with ن, and a
    final ى is written ا before the pronoun (نفاه), readings too loose where the word opens a clause ("نشرتها
    دورية": published by; "رواه الطبراني": narrated by)."""
    if not opens or not (_possessed(word) or relative and _DIACRITICS.sub("", word).endswith("اه")):
        return None
    base = _verb_base(_n(word))
    verb = None if base[:1] in ("يت" if relative else "يتن") else _verbs().get(base)
    if verb is None and relative and base[-1:] == "ا":
        verb = _verbs().get(base[:-1] + "ي")
    # (A verb of saying takes no object: "أضافها ميلر إلى المشهد" added her; nor does one that reports only with
    # its complement: "أبرزها" is "the most prominent of them".)
    return replace(verb, takes_object=False) if verb and not verb.saying_only and not verb.needs else None


def _said_it(text: str, w: re.Match[str]) -> _Verb | None:
    """'«…»، قالها X': a verb of saying with "it" after the quotation it refers to, as '«…»، قال X' is; so
    '«…»، هذا ما قاله X' (and "وهو ما"), what he said."""
    stem = re.fullmatch(r"([وف]?\w+?)(ها|ه)", _n(w.group()))
    verb = _verb_at(stem.group(1)) if stem else None
    if verb is None or not verb.saying_only:
        return None
    # (Only what stands right before the verb is read: this runs on every word of the article.)
    before = text[max(0, w.start() - 20) : w.start()]
    if stem and stem.group(2) == "ه":
        return verb if re.search(r'["”»][ \t،,]*(?:هذا|وهذا|وهو)\s+ما\s*$', before) else None
    return verb if re.search(r'["”»][ \t،,]*$', before) else None


def _verb_base(nw: str) -> str:
    """A normalised word without its object pronoun and conjunction, as a reporting verb would be listed; the verb's
    own و first ("وصفه" is وصف with "it", not و + صفه)."""
    base = re.sub(r"(?:ه|ها|هم)$", "", nw)
    return base if base in _verbs() else re.sub(r"(?:ه|ها|هم)$", "", _unconj(nw))


def _reporting_form(nw: str) -> bool:
    """Is the normalised word a reporting verb that needs no word after it ("عبر التاريخ" is across history), with
    its conjunction, or with an object pronoun where it takes a complement after its object ("وصفها … بأنها", not
    "نشرته صحيفة")?"""
    verb = _verb_at(nw)
    if verb is None:
        verb = _verbs().get(_verb_base(nw))
        verb = verb if verb is not None and verb.takes_object else None
    return verb is not None and not verb.needs


def _verb_at(word: str) -> _Verb | None:
    w = _n(word)
    verbs = _verbs()
    if w in verbs:
        return verbs[w]
    if w[:1] in "وف" and w[1:] in verbs:
        return verbs[w[1:]]
    return None


@lru_cache(maxsize=1)
def _presents_in_ya() -> frozenset[str]:
    """Present forms of the reporting verbs that end in ي (يوصي، ينفي), masculine and feminine, normalised."""
    presents = [_n(r[1]) for r in _words_file("reporting_verbs.txt") if len(r) > 1 and r[1].strip().endswith("ي")]
    return frozenset(presents + ["ت" + p[1:] for p in presents])


def _passive(word: str) -> bool:
    """ "يوصى": a present whose active form ends in ي, written with ى, is the passive (it is recommended): its
    subject is no speaker. (Only spelling tells them apart when the vowels are not written.)"""
    w = _DIACRITICS.sub("", word)
    w = w[1:] if w[:1] in "وف" and len(w) > 3 else w
    if w.endswith("ى") and _n(w) in _presents_in_ya():
        return True
    # "ويُتوقع أن": a damma on the prefix of a present whose active takes a fatha there (forms V, VI: يَتَوقّع،
    # يَتَناول; VIII: يَعتقد; X: يَستبعد) is the passive, "it is expected". (The damma of forms II-IV is active:
    # يُشير، يُتابع.)
    marked = word.lstrip("وف\u064e")  # (past a conjunction, which may carry its fatha: "وَيُتوقع")
    v = _DIACRITICS.sub("", marked)
    return marked[:2] == "ي\u064f" and len(v) >= 5 and ((v[1] == "ت" and v[2] != "ا") or v[2] == "ت" or v[1:3] == "ست")


_SAYING_FEMININE = {_n(w) for w in "قائلة قائلتين قائلات".split()}  # (the feminine participle of قال, unmarked as accusative)


def _conjoined(nw: str) -> bool:
    """Is the normalised word a reporting verb with a conjunction of its own ("ووعد"، "فقال"; the و of "وعد" is
    the verb's)?"""
    return nw[:1] in "وف" and nw[1:] in _verbs()


def _unconj(w: str) -> str:
    """A normalised word without a leading conjunction و/ف (only one letter: ووصف → وصف)."""
    return w[1:] if w[:1] in "وف" and len(w) > 2 else w


@lru_cache(maxsize=1)
def reporting_verb_forms() -> frozenset[str]:
    """Every inflected form of the reporting verbs, normalised (what "ماذا قالت X" is recognised by). Built once:
    the statement scoring asks it for every candidate (ArticleIndex.lead_in)."""
    return frozenset(_verbs())


def takes_object(word: str) -> bool:
    """Is the word a reporting verb whose subject a noun object may follow ("ووصف X الحكم بأنه"، "ودعا X الحكومة
    إلى")?"""
    verb = _verb_at(word)
    return verb is not None and (verb.takes_object or verb.calls_on)


def _participle_at(word: str, following: str = "") -> str | None:
    """The gender of the speech-introducing participle the word is, or None; one that needs a word after it
    ("مكتفيا بالقول") only when following is that word."""
    w = _n(word)
    parts = _participles()
    gender = parts.get(w) or (parts.get(w[1:]) if w[:1] == "و" else None)
    if gender is None and (purpose := _purpose_verb(word, following)) is not None:
        return purpose.gender  # ("وعاد المدرب ليقول:": to say, as "قائلا" would)
    if gender is None and following:
        needed = _participle_needs().get(w[1:] if w[:1] == "و" and w not in _participle_needs() else w)
        gender = needed[0] if needed and _n(following) in needed[1] else None
    return gender


def _purpose_verb(word: str, following: str = "") -> _Verb | None:
    """The reporting verb a present with the ل of purpose is ("ليقول"، "لتؤكد أن"): its subject the clause's before
    it, as a circumstantial participle's ("وعاد المدرب ليقول: «…»"). A verb of saying, or one the complementiser
    follows; not one that needs another word ("ليسجل هدفه"، "ليكتفي بوصافة الدوري": to score, to settle for)."""
    w = _n(word)
    verb = _verb_at(word[1:]) if w[:1] == "ل" and w[1:2] in ("ي", "ت") and len(w) > 3 else None
    if verb is None or verb.needs:
        return None
    return verb if verb.saying_only or _opens_words(_n(following)) else None


_QUOTE_MARKS = '"“”«»'  # trimmed off the ends of a quotation
_CLAUSE_PUNCT = "،,:؛"  # trimmed off the ends of a reported clause (with a final full stop and quote marks)

# Words that end a speaker phrase: complementisers (also with pronouns: أنه، إنها، بأنهم), prepositions that
# start an adjunct, time words, demonstratives and relatives, and the documents a verb takes as object.
_COMPLEMENTISER = re.compile(r"^(?:[وف]?(?:ب|ل)?[اأإ]ن(?:ه|ها|هم|هما|هن|ني|نا|ك|كم)?|[اأإ]نما|كيف|هل|ما)$")


def _complementiser(word: str) -> bool:
    """Is the word as written a complementiser ("أن"، "بأنه")? Not one written with madda: "آني" is Annie, "آن" Anne."""
    return bool(_COMPLEMENTISER.match(_n(word))) and "آ" not in word


def _opens_words(nw: str) -> bool:
    """Is this normalised word a complementiser that opens reported words ("أن", "بأنه", "إنها"), not an
    interrogative ("ما", "هل", "كيف")?"""
    return bool(_COMPLEMENTISER.match(nw)) and nw not in ("ما", "هل", "كيف")


# Countries whose people's names open with the family name, as Arabic copy keeps them ("الرئيس الصيني شي جين
# بينغ" … "وقال شي"; "كيم جونغ أون" … "كيم"), by CLDR region code.
SURNAME_FIRST = frozenset({"CN", "TW", "KR", "KP", "VN"})
_KOREAN = {_n(w) for w in "الكوري الكورية كوري كورية".split()}  # (both Koreas': no one country, CLDR says)


def surname_first(word: str) -> bool:
    """Is the word a nationality of SURNAME_FIRST ("الصيني"، "الكورية")?"""
    return country_of(word) in SURNAME_FIRST or _n(word) in _KOREAN


_STOP = {
    _n(w)
    for w in """على إلى الى عن خلال في فى لدى أثناء اثناء طوال طيلة من مع حول بشأن بشان تجاه إزاء ازاء عبر حين حيث بعد
    قبل تحت عند منذ ضمن وسط أمام امام لـ ب بـ إثر اثر عقب فور لما بما مما عما عمن ممن كما فيما بينما عندما إذ اذ إذا اذا إلا الا
    اليوم أمس امس غدا صباح مساء ظهر الليلة يوم الأسبوع الشهر حاليا مؤخرا لاحقا سابقا مجددا مرارا علنا أيضا ايضا كذلك بين قوله قولها قولهم تأكيده تأكيدها
    الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد
    الذي التي الذين اللذين اللتين اللواتي اللاتي هذا هذه ذلك تلك هو هي هم نفس ذات إطار اطار سياق ظل وقت
    كان كانت يكون تكون قد لقد لم لن لا ليس إن دون بدون متى كيف لماذا ماذا هل فقط أكثر أقل إياه إياها إياهم إياهما
    مخاطبا مخاطبة متوجها متوجهة مازحا مازحة ساخرا ساخرة متهكما متهكمة ضاحكا ضاحكة مبتسما مبتسمة ردا تعليقا تعقيبا
    بيانا بلاغا تغريدة منشورا رسالة تدوينة مقالا تقريرا كلمة كلمته تصريحا تصريحات تصريح مؤتمر لقائه لقاء مقابلة حديث
    التأكيد الدعوة أهمية ضرورة تقديره حرصه رغبته استعداده دعمه موقفه ترحيبه قلقه رفضه عزمه أمله أسفه ثقته
    بشكل بصورة بطريقة بلهجة بنبرة بنغمة""".split()
}
# What words come in ("في بيان", "في مقابلة"): after "في" they end the speaker's description.
_CHANNELS = {
    _bare(w)
    for w in """بيان بلاغ تصريح تصريحات مقابلة مداخلة حديث تغريدة تدوينة منشور رسالة مؤتمر كلمة خطاب حوار تقرير تقارير دراسة تقديرات
    إحصاءات إحصائيات مذكرة عظة خطبة صلاة قداس حيثيات منطوق نص رأي مرافعة افتتاحية عمود مقال مقالة برقية
    أمر لائحة مرسوم شهادة أقوال كتاب إحاطة عرض""".split()
}
# What "بحسب"/"وفقا لـ" may cite besides a speaker: a channel, or a record that speaks for its owner, if any
# ("وفقا لأرقام الأمم المتحدة": the UN's; "وفقا للاتفاق": nobody's words).
_SOURCE_NOUNS = _CHANNELS | {
    _bare(w)
    for w in """أرقام بيانات معطيات نتائج اتفاق اتفاقية معاهدة صفقة قانون دستور خطة قرار مقترح مسودة وثيقة وثائق سجلات
    استطلاع صور لقطات خريطة شروط حصيلة""".split()
}
_TIME = {
    _n(w)
    for w in """اليوم أمس امس غدا صباح مساء ظهر الليلة يوم الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد
    الماضي الماضية الجاري المقبل حاليا مؤخرا لاحقا سابقا مجددا مرارا علنا كذلك أيضا ايضا بدوره بدورها بدورهم
    حينها حينذاك آنذاك وقتها يومها أخيرا أولا ثانيا""".split()
}
# "اعتبرت لفترة طويلة إنها": how long, between a verb and what it says, is no subject (here there is none).
_DURATION = {_n("ل" + w) for w in "فترة مدة سنوات سنة سنين أعوام عام أيام ساعات أشهر شهور عقود عقدين وقت أسابيع دقائق".split()}
# How long ago ("قبل أيام"، "منذ أسبوعين"): no noun that a complement clause may follow.
_TIME_UNITS = {_n(w) for w in "أيام ساعات أشهر شهور أسابيع سنوات أعوام يومين أسبوعين شهرين عامين ساعتين أسبوع شهر".split()}
_DURATION_ADJECTIVES = {_n(w) for w in "طويلة طويل قصيرة قصير وجيزة عدة كاملة طويلا".split()}
_PRONOUN_SUFFIXED = re.compile(
    r"^(?:[وف]?(?:في|ل|عن|من|علي|الي|خلال|مع|ب|عند|لدي|حول|بين|امام|بعد|قبل|لكن|ان)"
    r"(?:ه|ها|هم|هما|هن|ي|نا|ك|كم))$|^(?:لكنه|لكنها|لكنهم|ولكنه|ولكنها)$"
    # ("أيها"، "أيهم"; not إيه, إيك: a spelt letter, a foreign name, Ek)
    r"|^[وف]?اي(?:ها|هم|هما|هن|نا|كم)$"
)
# What stands before an indefinite noun that a relative clause describes ("في خطوة وصفها"، "وهي خطوة وصفها").
_BEFORE_INDEFINITE = {_n(w) for w in "في هي هو".split()}
_RELATIVE = {_n(w) for w in "الذي التي الذين اللذين اللتين اللواتي اللاتي".split()}
# Nouns that count what follows them, as a number does ("مليون فرد").
_COUNTS = {_n(w) for w in "مليون ملايين مليار مليارات ألف آلاف مئة مائة مئات عشرات".split()}
# Words no verb follows directly: prepositions (also those that take only a noun: "بهدفين دون رد", without a
# reply; a verb after them needs "أن", "دون أن يرد") and modals ("لا يمكن ذكر المسجد": mentioning it).
_NOT_BEFORE_VERB = {
    _n(w)
    for w in """في من على عن إلى بعد قبل ب لدى حين عندما لما تم وتم يتم سيتم لم ولم لن ولن دون بدون بلا عقب إثر أثناء
    خلال ضد يمكن يجب ينبغي رغم برغم بسبب جراء إزاء ازاء حيال تجاه بشأن حول وسط مع أول أي وراء خلف أمام""".split()
} | _RELATIVE  # ("رغم رفض النقابات": after a preposition, a verbal noun; "في أول رد فعل": after "first", one too)
# (and after an adverb of place: "الذين يقفون وراء نشر دعوات الهجرة")
_BEFORE_VERBAL_AN = {_n(w) for w in "بعد قبل منذ حتى".split()}
_ABOUT_HIM = re.compile(r"\s*ب[أا]ن(?:ه|ها|هم|هما)(?!\w)")
_ADVERBS_OF_MA = {_n(w) for w in "سرعان كثيرا غالبا عادة نادرا قليلا دائما".split()}
# A name up to its comma, and the age in brackets after it ("ويدعى محمود أبو سمرة (45 عاما)،").
_CALLED = re.compile(rf"(?:[^\s،,.:؛“«\"\n()]+\s+){{0,3}}[^\s،,.:؛“«\"\n()]+(?:\s*\(\s*\d+\s*{YEARS}\s*\))?(?=\s*[،,:])")
# A clause on the speaker: up to a comma or a colon, or the sentence's end where the speaker follows the quotation
# ('"…"، يقول أبو خالد، وهو نازح من ريف حماة.').
# A relative clause on the speaker or their statement, or one on the speaker, set off by commas (see _frame).
# (A short name in quotes may stand in the clause: "، الذي شارك في تأسيس شركة «ديب مايند»، أن".)
_CLAUSE_SET_OFF = re.compile(
    # (and how others call him: "، كما يناديه زملاؤه،")
    r"[\s،,]*(?:و?(?:الذي|التي|الذين|صدر|صدرت)|وهو|وهي|وهم|كما(?=\s+[يت]\w+(?:ه|ها|هم)\s))\s"
    r"(?:[^،,.:“«\"]|\"[^\"\n]{1,40}\"|«[^»\n]{1,40}»|“[^”\n]{1,40}”){1,120}(?:[،,]|(?=:))"
)
_ON_SPEAKER = re.compile(r"[^،,.:؛“«\"\n]{1,120}?(?=\s*[،,:]|\.(?!\S)|$)")
# An apposition set off by commas that ranks the subject ("الكونفدرالية العامة للعمل، أكبر نقابة في البلاد،"):
# what it is, before the verb's object or words.
_RANKING_SET_OFF = re.compile(r"\s*[،,]\s*(?:أكبر|أبرز|أقدم|أهم|أقوى|أكثر|أوسع|أول|ثاني|ثالث)\s[^،,.:؛“«\"\n]{1,60}[،,]")
_CHIEF = {_bare(w) for w in "كبير كبيرة كبار".split()}
_ACTING = {_n(w) for w in "بالإنابة بالنيابة بالوكالة".split()}
_WHAT = {_n(w) for w in "ما لما بما مما عما فيما".split()}
_SOURCE_WORDS = {_n(w) for w in "حسب بحسب وحسب وبحسب حسبما وحسبما بحسبما وبحسبما وفقا وفق طبقا نقلا ونقلا".split()}
_ACCORDING = _SOURCE_WORDS | {_n("بناء")}  # before "ما جاء في": "according to", "based on" what it says
_SOURCE_PREP = re.compile(
    r"(?:^|(?<=[\s،,(]))[وف]?(?:ب?حسبما\s+\S+|(?:بحسب|حسب|وفق)(?![\w\u064b-\u065f])(?:\s+(?:تعبير|قول|وصف)(?!\w))?|وفق(?:ا|اً|ًا)\s+لـ?"
    # (not "على لسانه": on his tongue, which names no one here)
    r"|طبقا\s+لـ?|نقلا\s+عن|نقلاً\s+عن|على\s+لسان(?!\w)|على\s+حد\s+(?:قول|تعبير)(?!\w))\s*(?:ما\s+\S+\s+)?"
)
# "According to him/her/them" opening a sentence, before the comma and "فإن" ("وبحسبه، فإن"، "ووفقا لها، فإن").
_BY_THEM = re.compile(r"[وف]?(?:ب?حسب|وفق(?:ا|اً|ًا)\s+ل)(ه|ها|هم)\s*[،,]?\s*(?=[وف]?[إا]ن(?:ه|ها|هم)?\s)")
# "On the grounds that": what follows is the claim of the clause's subject.
_PRETEXTS = {_n(w) for w in "بدعوى بحجة بزعم".split()}
_DOC_FRAME = re.compile(r"(?:^|(?<=[\s،,]))[وف]?(?:جاء|ورد)\s+في(?:ه|ها)?(?=[\s:،,])")
_QUOTE_OPEN = "“«"
_QUOTE_CLOSE = {"“": "”", "«": "»"}
_CLOSING_MARK = {**_QUOTE_CLOSE, '"': '"'}  # (a straight mark closes itself)
_END = ".!?؟؛…"
# Heads of phrases that name no one: unnamed sources, and plural or indefinite groups ("وسائل إعلام محلية").
_UNNAMED = {
    _n(w)
    for w in """مصدر مصادر مسؤول مسؤولة مسؤولون مسؤولين دبلوماسي دبلوماسيون مراقب مراقبون خبير خبيرة خبراء محلل محللة محللون
    باحث باحثة باحثون شاهد شهود ناشط ناشطة ناشطون مغرد مغردة مغردون ساكن سكان مواطن مواطنة مواطنون متعامل متعاملون
    أحدهم آخر أخرى ثالث مقرب مقربة مقربون مقربين متابع متابعون بعض البعض بعضهم آخرون وسائل تقارير عالم عالمة علماء
    شخص أشخاص مشجع مشجعة مشجعون مشجعين نازح نازحة نازحون نازحين لاجئ لاجئة لاجئون لاجئين نقابي نقابيون حقوقي
    حقوقيون برلماني برلمانيون أكاديمي أكاديميون مندوب مندوبة مندوبون""".split()
}
_WORLD = "001"  # (UN M.49, as Babel's territories have it)
# Unnamed sources named by a field they know, which their genitive gives ("خبير الأمن"، "عالم الحاسوب").
_EXPERTS = {_bare(w) for w in "خبير خبيرة عالم عالمة باحث باحثة محلل محللة".split()}
# (and a sound plural's other case, after a preposition: "وبحسب مراقبين، فإن")
_UNNAMED |= {w[:-2] + "ين" for w in _UNNAMED if w.endswith("ون")}
# (and a masculine singular's accusative, its tanween written with alef, after أنّ and its sisters: "غير أن مصدراً في
# القنصلية، فضّل عدم الكشف عن اسمه، قال")
_UNNAMED |= {w + "ا" for w in _UNNAMED if w[-1:] not in "اهيىن" and len(w) > 3}
# (and the dual of a singular in both cases: "نقلت الوكالة عن مصدرين حكوميين قولهما"، "وقال مسؤولان")
_UNNAMED |= {
    (_n(w)[:-1] + "ت" if w.endswith("ة") else _n(w)) + ending
    for w in """مصدر مسؤول مسؤولة دبلوماسي مراقب خبير خبيرة محلل محللة باحث باحثة شاهد ناشط ناشطة مواطن مواطنة
    شخص مشجع نازح لاجئ نقابي حقوقي برلماني أكاديمي مقرب""".split()
    for ending in ("ان", "ين")
}
# ... of which these stand alone, taking no description ("يرى البعض في القرار": "في القرار" is not theirs).
_ALONE = {_n(w) for w in "البعض بعضهم آخرون أحدهم".split()}
_SOME_OF = {_bare(w) for w in "عدد مجموعة".split()}  # nouns of a number of a group: "عدد من السكان"
# Whom words are said to, after "لل" ("للصحفيين"): never a title's genitive. In bare form, without the article.
_AUDIENCE = {_bare(w) for w in "صحفيين صحافيين صحفيون صحافيون صحافة إعلاميين مراسلين حضور جمهور مشاركين".split()}
# Adjectives of rank after an unnamed source ("مسؤول كبير"، "مصدر رفيع"، "دبلوماسي بارز"), in bare form.
_RANKS = {_bare(w) for w in "كبير كبيرة كبار رفيع رفيعة بارز بارزة مطلع مطلعة".split()}
# ("دبلوماسي مشارك في المفاوضات"، "أحد المهندسين العاملين في المشروع")
_TAKING_PART = {_bare(w) for w in "مشارك مشاركة مشاركون مشاركين عامل عاملة عاملون عاملين".split()}
# ... and the present verbs of an indefinite noun's clause that say where it works ("منظمة دولية تعمل في دارفور").
_WORKING = {_bare(w) for w in "يعمل تعمل يعملون ينشط تنشط ينشطون".split()}
_INFORMED = {_bare(w) for w in "مطلع مطلعة مطلعون مطلعين".split()}  # (on what: "على سير المفاوضات")
# Titles that govern a preposition, which with its noun completes them: "المسؤول عن ملف الأسرى"، "المشرف على المركز".
_REGION_NOUNS = {_n(w) for w in "إقليم ولاية محافظة منطقة مقاطعة".split()}
# Participles of winning, whose own preposition and prize belong to the description: "الحائز على"، "الحاصل على"،
# "الفائز بـ" (titles in arabic_titles.txt, but for "حاصل", which is also "the outcome").
_PRIZE_HOLDERS = {_bare(w) for w in "حائز حائزة حاصل حاصلة".split()}
_PRIZE_WINNERS = {_bare(w) for w in "فائز فائزة".split()}
_GOVERNING = {
    _n("عن"): {_bare(w) for w in "مسؤول مسؤولة".split()},
    _n("على"): {_bare(w) for w in "مشرف مشرفة إشراف رقابة".split()},
}
_DOCUMENT_WORDS = {_n(w) for w in "الرسالة المنشور التغريدة البيان البلاغ".split()}


@lru_cache(maxsize=1)
def body_words() -> frozenset[str]:
    """Heads of phrases that name a body, not a person (rag/data/arabic_bodies.txt): its words are a statement."""
    return frozenset(_bare(r[0]) for r in _words_file("arabic_bodies.txt"))


@lru_cache(maxsize=1)
def _one_word_country_names() -> tuple[str, ...]:
    """Arabic country names of one word, as CLDR writes them (through Babel)."""
    from babel import Locale

    return tuple(name.strip() for name in Locale("ar").territories.values() if " " not in name.strip())


@lru_cache(maxsize=1)
def _language_words() -> frozenset[str]:
    """The first words of language names in Arabic, as CLDR writes them (through Babel), in bare form: "فرنسيه"."""
    from babel import Locale

    return frozenset(_bare(name.split()[0]) for name in Locale("ar").languages.values() if name.strip())


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """One-word country names in Arabic, in bare form."""
    return frozenset(_bare(name) for name in _one_word_country_names())


@lru_cache(maxsize=1)
def _countries_with_article() -> frozenset[str]:
    """_country_words of the countries Arabic names with the article (الهند، العراق), in bare form."""
    return frozenset(_bare(name) for name in _one_word_country_names() if _n(name).startswith("ال"))


def _country_as_written(word: str) -> bool:
    """Is the word a country's name as the article writes it: "هند" without the article is Hind, not India?"""
    b = _bare(word)
    if b not in _country_words():
        # (a name CLDR writes otherwise: "فلسطين" for "الأراضي الفلسطينية"; but "سعودية" is a Saudi woman)
        return is_country_name(word) and (_n(word).startswith("ال") or not is_nisba(word))
    return not (b in _countries_with_article() and _n(word) == b)


def _words(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(WORD.finditer(text, start, end))


# -- quotation marks ---------------------------------------------------------------------------------


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Outermost quotations in text[start:end] as (first, last+1) of the words inside the marks. Curly and
    guillemet marks pair by kind; a straight " opens before a word and closes after one, so nested and
    unbalanced marks still pair sensibly. An unclosed quotation runs to the end of the paragraph."""
    spans = []
    stack: list[tuple[str, int]] = []
    for i in range(start, end):
        c = text[i]
        if c in _QUOTE_OPEN:
            stack.append((_QUOTE_CLOSE[c], i))
        elif c in "”»":
            while stack and stack[-1][0] != c:
                stack.pop()
            if stack:
                _, o = stack.pop()
                if not stack:
                    spans.append((o + 1, i))
        elif c == '"':
            before = text[i - 1] if i > start else " "
            after = text[i + 1] if i + 1 < end else " "
            opens = (before.isspace() or before in "(،,:؛«“ـ" or _prefix_letter(text, i, start)) and not after.isspace()
            if opens and not (stack and stack[-1][0] == '"' and not (after.isalnum() or after in "#(")):
                stack.append(('"', i))
            elif stack and stack[-1][0] == '"':
                _, o = stack.pop()
                if not stack:
                    spans.append((o + 1, i))
            elif not before.isspace():
                continue  # a stray closing mark
            else:
                stack.append(('"', i))
    if stack:
        spans.append((stack[0][1] + 1, end))
    return [(s, e) for s, e in (trim_span(text, s, e, _QUOTE_MARKS) for s, e in spans) if e > s]


def _prefix_letter(text: str, i: int, start: int) -> bool:
    """A straight quote right after a one-letter proclitic opens (ب"الإرهابية"، ل"قرصنة")."""
    return i - start >= 1 and text[i - 1] in "بلوفك" and (i - start < 2 or not text[i - 2].isalpha())


def _anonymities(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Where text[s:e] says who asked not to be named ("، فضل عدم ذكر اسمه،"): no one's words, and part of the
    speaker's description."""
    return [(m.start(), m.end()) for m in ANONYMITY.finditer(text, s, e) if m.group().strip(" ،,")]


def _inside(spans: list[tuple[int, int]], i: int) -> bool:
    return any(s <= i < e for s, e in spans)


_CAME_THAT = re.compile(r"[وف]?(?:جاء|ورد)\s+(?:ذلك|هذا|هذه)")
# A quotation's closing mark and stop, then words that point back at it ("بهذه الكلمات"، "هكذا").
_QUOTE_THEN_THUS = re.compile(r"(?:[\"”»]\.|\.[\"”»])\s*(?:و?هكذا|بهذه|بتلك)\s")


def sentences(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences of a paragraph; never split inside a quotation."""
    out = []
    s = start
    i = start
    while i < end:
        if (
            text[i] in _END
            and not _inside(quotes, i)
            and (i + 1 >= end or text[i + 1] in " \t\"'”»)")
            and not abbreviation_stop(text, i, start)
            and not initial_stop(text, i, start)  # ("رجل الأعمال (س. م.)": a name's initials)
        ):
            j = i + 1
            while j < end and text[j] in "\"'”»)." and not _inside(quotes, j):
                j += 1
            if _QUOTE_THEN_THUS.match(text, max(start, i - 1), end):
                i = j  # ('"…". بهذه الكلمات رد X': the quotation's speaker is named in what follows it)
                continue
            out.append((s, j))
            s = i = j
            continue
        i += 1
    out.append((s, end))
    return [t for t in (trim_span(text, a, b) for a, b in out) if t[1] > t[0]]


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Nouns that head a person's description (rag/data/arabic_titles.txt), without the article, their dual in
    construct ("وزيرا خارجية مصر والأردن"، "رئيستا") and a listed plural's other case ("محامون" → "محامين")."""
    singular = {_bare(row[0]) for row in _words_file("arabic_titles.txt")}
    duals = {w[:-1] + "تا" if w.endswith("ه") else w + "ا" for w in singular}
    return frozenset(singular | duals | {w[:-2] + "ين" for w in singular if w.endswith("ون")})


@lru_cache(maxsize=1)
def relation_words() -> frozenset[str]:
    """Nouns naming a person by a relation to someone (rag/data/arabic_relations.txt), without the article."""
    return frozenset(_bare(row[0]) for row in _words_file("arabic_relations.txt"))


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """Titles and relations (relation_words), without the article: what a possessive pronoun may follow in a
    subject (_someones). Built once: it is asked of every word."""
    return title_words() | relation_words()


def _possessed(word: str) -> bool:
    """Does the word end in a possessive pronoun (هجومه، وقوفها، محاموهم)? Not a ta marbuta (الوزارة), nor a
    definite word, which takes none ("المتهم" ends like "هم" and is the accused; "والديها" is her parents), nor a
    demonstrative ("هذه")."""
    plain = _DIACRITICS.sub("", word)
    nw = _n(plain)
    return not nw.startswith("ال") and _unconj(nw) not in _DEMONSTRATIVES and bool(re.search(r"(?:[^ا]ه|ها|هم|هما|هن)$", plain))


def _someones(word: str) -> bool:
    """Is the word a title or relation with a possessive pronoun ("زوجته", "محاميه", "مدربها", "أصدقاؤه"): a
    person, where other nouns with one are an object or adjunct ("دعمه", "وقوفها")?"""
    return bool(_owned_forms(word) & _person_nouns())


def _owned_thing(word: str) -> bool:
    """Is the word a common noun with a possessive pronoun that names no person, body or title ("آراءه"، "موقفها"),
    which no name takes as its part (not "خارجيتها" of "وزير خارجيتها")?"""
    forms = _owned_forms(word)
    return any(is_common_noun(f) for f in forms) and not forms & (_person_nouns() | title_words() | body_words())


def _owned_forms(word: str) -> set[str]:
    """The normalised noun a possessive pronoun ends ("زوجته" → زوجه, "مكتبها" → مكتب), in the forms a list may
    write it; empty where the word ends in no pronoun."""
    nw = _n(word)
    if _DIACRITICS.sub("", word).endswith("ة"):
        return set()  # "زوجة": no pronoun, the ta marbuta that normalising writes as ه
    for pron in ("هما", "هم", "هن", "ها", "ه"):
        if nw.endswith(pron) and len(nw) - len(pron) >= 2:
            stem = nw[: -len(pron)]
            # The ta marbuta and a final hamza change their letter before the pronoun (زوجة → زوجته، أصدقاء → أصدقاؤه).
            return {stem, stem[:-1] + "ه" if stem.endswith("ت") else stem, stem[:-1] + "ء" if stem[-1] in "وي" else stem}
    return set()


_AGE = re.compile(rf"\s*\(\s*\d+\s*{YEARS}\s*\)")
_AGED = re.compile(rf"\s+(?:من\s+العمر\s+)?\S+\s+{YEARS}(?!\w)")  # (after "البالغ": "البالغ 56 عاما" too)
_AGED_APART = re.compile(rf"\s*ال(?:بالغ|بالغة){_AGED.pattern}")
_AGE_APART = re.compile(rf"\s*\d+\s+{YEARS}(?!\w)")  # (the age alone: "، 68 عاماً،")


def _function_word(nw: str) -> bool:
    """A (normalised) preposition, particle or complementiser: no name's."""
    return nw in _STOP or bool(_COMPLEMENTISER.match(nw))


# "أنّ" and its sisters, as written right before a noun, which is their subject in the accusative ("غير أن مسؤولاً").
_ANNA = re.compile(r"[وف]?(?:أن|إن|لكن)|ولكن")


def speaker_phrase(
    text: str, pos: int, limit: int, relayed: bool = False, source: bool = False, no_object: bool = False
) -> tuple[int, int] | None:
    """The noun phrase naming a speaker that starts at pos (after a verb or a source word): a description and
    a name, with one apposition set off by commas ("المتحدث باسم الكرملين، دميتري بيسكوف، إن"). None when
    the verb has no subject there (a continuation). relayed: the phrase after "نقلت X عن", where a possessive
    ("عن ناديه ليستر سيتي") is the relayed speaker, not an object. source: the phrase after "بحسب"، "وفقا لـ",
    which names a source and never starts the words ('بحسب "يونيسف".'). no_object: the verb takes no direct
    object (قال، علّق على), so a name after a title and its body is the holder's ("علّق رئيس النادي فلورنتينو
    بيريز"), whatever the romanizer knows of it."""
    # Time words, commas and a pronoun object may stand between a verb and its subject ("اعتبر اليوم السبت
    # محامو ...", "ما أوصت به وزارة التجارة").
    i = pos
    each = False  # after "كل من": the phrase names two at least
    while i < limit:
        w = WORD.match(text, i)
        if text[i] in " \t،,":
            i += 1
        elif w and _COMPLEMENTISER.match(_n(w.group())):
            break  # "قال أنهم يسعون": the complementiser right after the verb, which has no subject here
        elif w and _DIACRITICS.sub("", w.group()) in ("أي", "أية"):
            return None  # ("يرفض أي حديث عن": any, the object's; as written, for "إي" is a name: "المنتج إي سو مان")
        elif w and _n(w.group()) in ("ثم", "وثم"):
            return None  # ('"…"، تقول، ثم تمضي': "then" opens the next clause; the subject is unsaid)
        elif w and _n(w.group()).startswith("ال") and w.group()[-1] in "\u064e\u064b" and re.match(r" \w", text[w.end() : limit]):
            i = w.end()  # "واستهلّ الجلسةَ مقررُ اللجنة": the object, marked accusative, before the subject
        elif (
            w
            and re.search(r"(?:\u064b\u0627|\u0627\u064b)$", w.group())
            and not _verb_at(w.group())
            and _n(w.group()) not in _TIME | _DURATION
            # (but after أنّ and its sisters the subject is accusative: "غير أن مصدراً في القنصلية، …، قال")
            and not _ANNA.fullmatch(_word_before(text, i))
        ):
            return None  # "فيما أدانت مقاولاً من مدينة سطات": an indefinite accusative, the object; the subject came before
        elif w and _circumstantial_wa(w.group()):
            return None  # "وقالت والدموع في عينيها:": a clause on how she said it; the subject is the one before
        elif w and _accusative_some_of(text, w):
            return None  # "وطالب عددا من النواب بـ": whom the verb's subject, said before, calls on
        elif w and _n(w.group()) in _DURATION:
            i = w.end()
            adjective = WORD.match(text, i + 1) if text[i : i + 1] == " " else None
            if adjective and _n(adjective.group()) in _DURATION_ADJECTIVES:
                i = adjective.end()
        elif (
            w
            and (
                _n(w.group()) in _TIME
                or _written_pronoun_prep(w.group(), text[w.end() : limit])  # ("وقالت منى بدير": Mona, not "from me")
                and re.match(r"\s+[^\s:،,]", text[w.end() : limit])
            )
        ):
            i = w.end()
        elif (
            relayed
            and w
            and re.search(r"(?:ه|ها|هم)$", w.group())
            and re.match(r"\s+\S", text[w.end() : limit])
            # ("عن والدها قوله"، "عن صديقه أن"، "عن زملائه في غزة قولهم": her father, his friend, his colleagues)
            and not _RELAYED_SAYING.match(text, w.end(), limit)
            and not _function_word(_n(_next_word(text, w.end(), limit)))
        ):
            i = w.end()
        elif w and _to_whom_then_words(text, w, limit):
            return None  # ("يقول لعنب بلدي إن": to whom he says it, then his words; the subject came before)
        elif w and _addressee_before_subject(text, w, limit):
            i = w.end()  # "وقال لرويترز مصدر مطلع إن"، "وقال للصحفيين وزير الخارجية إن": to whom, then who
        elif w and (told_end := _construct_addressee_end(text, w, limit)):
            i = told_end  # "وقال لوكالة الأنباء الفرنسية وزير الخارجية إن": to whom, a construct, then who
        elif w and _n(w.group()) == "ل" and (told := _QUOTED_ADDRESSEE.match(text, w.start(), limit)):
            # (the press in marks: "وصرح لـ«رويترز» مسؤول كبير بأن"، 'وقال لـ"الجزيرة" وزير الخارجية إن')
            nxt = _bare(_next_word(text, told.end(), limit))
            if not (nxt in title_words() or nxt in body_words() or nxt in _UNNAMED):
                break
            i = told.end()
        elif w and _n(w.group()) in ("ذلك", "هذا") and _speaker_next(text, w.end(), limit):
            i = w.end()  # ("«…»، قال ذلك رئيس الجمهورية X": said it, then who)
        elif w and _n(w.group()) == "كل" and (both := re.match(r"\s+من(?=\s+\S)", text[w.end() : limit])):
            i = w.end() + both.end()  # "وقال كل من X وY": both of them
            each = True
        else:
            break
    first: tuple[int, int] | None = None
    segments = 0
    while i < limit and segments < 3:
        opening = WORD.search(text, i, limit)
        if (
            first is not None
            and opening
            and not text[i : opening.start()].strip()
            and _n(opening.group())[:1] == "ب"
            and _prepositional(text, _n(opening.group()))
        ):
            break  # "، بإجراء جولة جديدة": after a comma, ب and a verbal noun open the complement
        if first is not None and _opens_clause(text, i, limit):
            break  # ("بحسب ما أكدته المصالح ذاتها، غير أن": "however" opens another clause, no apposition)
        seg = _segment(text, i, limit, leading=first is None, source=source, no_object=no_object)
        if seg is None:
            break
        s, e, stop = seg
        aged_apposition = _AGE.match(text, e, limit) if first is not None else None
        if aged_apposition:
            stop = aged_apposition.end()  # ("أحد النازحين، محمود أبو سمرة (45 عاما)، إنه": his age, then the comma)
        # "جون كارتر، أستاذ طب القلب في الجامعة والمشارك في الدراسة، أن"، "رئيس الوفد والمسؤول عن الملف، إن": a
        # second description joined by و runs to the comma before the complementiser; the first is the
        # apposition judged below.
        judged, joined = e, False
        more = _CONJOINED_DESCRIPTION.match(text, stop, limit)
        end = max(more.end(), e) if more else e if _BEFORE_COMPLEMENTISER.match(text, e, limit) else None
        if first is not None and end is not None:
            conjunct = re.search(r"\s+وال", text[s:end])
            if conjunct and not any(_verb_at(x) for x in WORD.findall(text, s + conjunct.end(), end)):
                judged, stop, joined = s + conjunct.start(), end, True
        rest = _REST_SET_OFF.match(text, stop, limit) if first is not None and not joined and stop < limit else None
        preposition = _n(_next_word(text, stop, limit))
        if (
            rest
            # (or "وهي" and what it says of her: "إحدى المتهمات في القضية وهي في حالة سراح،")
            and (preposition in _STOP or preposition in _SHE_IS)
            and preposition not in _TOPIC_PREPOSITIONS  # ("، المتحدث باسم الجامعة على ادعاءات X،": what he answered)
            and not any(
                _verb_at(x) or _participle_at(x) or _complementiser(x) or is_verb_form(x) and not is_common_noun(x)
                for x in WORD.findall(text, s, rest.end())
            )
        ):
            # "أعلن X، المتوج بـ22 لقبا في البطولات الكبرى، اعتزاله": the apposition runs on past its preposition
            # to the comma that closes it; its first part is judged below.
            stop, joined = rest.end(), True
        if first is None:
            first = (s, e)
        elif (
            judged - s < 100  # (a chain of offices: "، وزيرة دولة للتعليم العام والتكنولوجيا المتقدمة رئيسة وكالة …،")
            and _apposition_closed(text, stop, limit)
            # (After "بحسب X،" the clause starts: only a comma closes an apposition there, "وبحسب الاتفاق، سيتم"; and
            # one that names someone: "وبحسب بيانات البنك المركزي، تراجع التضخم الأساسي، الذي" opens the clause.)
            and (not source or text[stop : stop + 1] in "،," and _names_someone(text, (s, judged)))
            and (
                _looks_like_name(text, s, judged)
                # (up to its closing comma: 'الملقب بـ"أبو الورد" نسبة إلى …' runs on past the quotation)
                or text[stop : stop + 1] in "،,"
                and _described_by_participle(text, first, (s, judged))
            )
            # ("رياض منصور، والدموع في عينيه:": و and a definite noun open a circumstantial clause, no apposition)
            # (but "، والي بنك المغرب،": the governor, a title written with ي; "، والدة أحد الأسرى،": a relation)
            and not (
                _n(text[s:e]).startswith("وال") and _bare(WORD.findall(text, s, e)[0]) not in title_words() | relation_words()
            )
            and not _description_of_description(text, first, (s, judged))
            and not _addressee(text, s)
            and not _circumstantial(WORD.findall(text, s, e)[0])
            # ("مسؤول إسرائيلي، تحدث لهيئة البث،": a clause on an indefinite noun, no apposition)
            # (but not a body's own name: "المتحدثة باسم منظمة أطباء بلا حدود، كلير مانيرا،")
            and not (
                not _n(text[first[0] : first[1]]).split()[-1].startswith("ال")
                and not _ends_in_body_name(text, *first)
                # (nor a proper name's, before anything but a verb: "مدرب نابولي، أمريتا سين،")
                and not (_ends_in_proper_name(text, *first) and not is_verb_form(WORD.findall(text, s, e)[0]))
                and _describing_clause(text, first[1], limit)
            )
            # ("استقبل الشيخ محمد بن زايد آل نهيان رئيس الدولة، رئيس وزراء الهند ناريندرا مودي": a name on each
            # side of the comma is two people, the second the verb's object.)
            and not _two_people(text[first[0] : first[1]], text[s:judged])
            # (After a closed apposition, a phrase that no mark or complementiser closes is the verb's object:
            # "طالب النائب X، عضو لجنة الشؤون الاقتصادية بمجلس النواب، الحكومة بـ".)
            # (A quotation closes it only where it ends the sentence, not a name inside the object: "أعلنت X، وزيرة
            # Y، بدء صرف معاش «تكافل وكرامة» لشهر يوليو".)
            and (
                segments < 2
                or text[stop : stop + 1] in "،,:"
                or bool(re.match(r'[“«"][^”»"\n]+[”»"]\s*(?:[.!؟?]|$)', text[stop:limit]))
                or bool(re.match(r"\s*(?:أن|إن|بأن)(?!\w)", text[stop:limit]))
            )
        ):
            # An apposition: the name of the one just described ("المتحدث باسم الحكومة، كريم نصار،") or
            # the description of the one just named ("سامي حداد، المتحدث باسم الوزارة، إن").
            first = (first[0], stop if joined else e)
        else:
            break
        age = _AGE.match(text, first[1], limit)
        if age and first[1] == e:
            first, stop = (first[0], age.end()), age.end()  # "وقال أحمد (35 عاما)، وهو صاحب متجر، إن"
        aged = _AGED.match(text, first[1], limit) if first[1] == e else None
        if aged and _bare(WORD.findall(text, first[0], first[1])[-1]) in ("بالغ", "بالغه"):
            # "المهاجم البالغ من العمر 25 عاما أحمد علي": his age, then perhaps his name.
            first, stop = (first[0], aged.end()), aged.end()
            named = _segment(text, stop, limit, leading=False, source=source, no_object=no_object)
            if named and not text[stop : named[0]].strip() and _looks_like_name(text, named[0], named[1]):
                first, stop = (first[0], named[1]), named[2]
        if first is not None and segments == 0 and first[1] == e:
            named = _named_after_where(text, stop, limit, source, no_object)
            if named is not None:
                # "وأكد ممثل تركيا في المؤتمر، السفير X، أن": where he spoke, then his name set off by commas.
                first, stop = (first[0], named[1]), named[2]
        segments += 1
        if stop >= limit or text[stop] not in "،," or ANONYMITY.match(text, stop, limit) or _BLESSING.match(text, stop, limit):
            break  # (", طالبا عدم الكشف عن هويته،": who asked not to be named; "، رعاه الله،": a blessing; no apposition)
        i = stop + 1
        aged = _AGED_APART.match(text, i, limit) or _AGE_APART.match(text, i, limit)
        if first and aged and text[aged.end() : aged.end() + 1] in ("،", ","):
            # "فاطمة، البالغة من العمر سبعين عاما، وهي تشير إلى بيتها:": her age set off by commas, then more on her
            # (so "نادية، 41 عاماً، إن").
            first, i = (first[0], aged.end()), aged.end() + 1
        pron = re.match(r"\s*(?:هو|هي|وهو|وهي)\s+", text[i:limit])
        if pron and source and not pron.group().strip().startswith("و"):
            # "والمشتري، وفق الوكالة، هو رجل أعمال": the pronoun opens the clause the source frames (with و it
            # describes the source: "وبحسب الدكتورة سلوى، وهي طبيبة في المستشفى، فإن").
            break
        # ("أحد السكان، ويدعى أبو أحمد، إن": the name the speaker goes by is an apposition.)
        lead = pron or re.match(r"\s*و?(?:ي|ت)[ُ]?دعى\s+", text[i:limit])
        if lead:
            i += lead.end()
        # ("إحدى الناجيات، وتدعى أيشه يلماز،": what "is called" names is a name, however it is spelt.)
        called = _CALLED.match(text, i, limit) if lead and not pron else None
        if first and called:
            first = (first[0], called.end())
            break
        clause = _ON_SPEAKER.match(text, i, limit) if pron and pron.group().strip()[:1] == "و" else None
        if first and clause and not any(_COMPLEMENTISER.match(_n(x)) or _n(x) in _verbs() for x in WORD.findall(clause.group())):
            # "سامي حداد، وهو مزارع من المنطقة، إن"، "فاطمة، وهي أم لأربعة أطفال نزحت من الخرطوم:": a clause on the
            # speaker runs to the next comma or colon, whatever it says of them.
            first = (first[0], clause.end())
            break
    led = _LED_BY_NAME.match(text, first[1], limit) if first else None
    if first and led and _bare(WORD.findall(text, *first)[0]) in body_words():
        # "حكومة الوحدة الوطنية برئاسة عبد الحميد الدبيبة": whom the body is led by is part of naming it.
        leader = _segment(text, led.end(), limit, leading=False, source=source, no_object=no_object)
        if leader and _looks_like_name(text, leader[0], leader[1]):
            first = (first[0], leader[1])
    if first and text.count("(", *first) > text.count(")", *first):
        # "الاتحاد الدولي لكرة القدم (فيفا)": the acronym's bracket closes the name.
        close = text.find(")", first[1], limit)
        if 0 <= close - first[1] <= 2:
            first = (first[0], close + 1)
    # (past a body's other name in brackets: "عضو في الدفاع المدني السوري (الخوذ البيضاء)، فضل عدم ذكر اسمه،")
    gloss = re.match(r"[ \t]*\([^()\n]{1,40}\)", text[first[1] : limit]) if first else None
    anonymity = ANONYMITY.match(text, first[1] + (gloss.end() if gloss else 0), limit) if first else None
    if first and anonymity:
        first = (first[0], anonymity.end())
    acronym = _QUOTED_NAME.match(text, first[1], limit) if first else None
    if first and acronym and _bare(WORD.findall(text, *first)[0]) in body_words() and _names_only(acronym.group(1)):
        first = (first[0], acronym.end())  # ('منظمة الأمم المتحدة للطفولة "يونيسف" من أن': its name in quotes)
    other = re.match(r"[ \t]+و(?=\w)", text[first[1] : limit]) if first and each else None
    if first and other:
        # "وقال كل من رئيس الاتحاد X ورئيس الهيئات Y إن": both of them, each named with a title of their own
        second = speaker_phrase(text, first[1] + other.end(), limit, no_object=no_object)
        if second and second[0] == first[1] + other.end() and _bare(_next_word(text, second[0], limit)) in title_words():
            first = (first[0], second[1])
    ws = list(WORD.finditer(text, *first)) if first else []
    if (
        first
        and len(ws) >= 2
        and _bare(ws[0].group()) in _UNNAMED
        and not _has_article(ws[0].group())  # (an indefinite source, whom a clause describes: not "الباحث … ريان هاس")
        and _clause_verb(ws[-1].group())
    ):
        # ("مصادر دبلوماسية حضرت اللقاء": the clause on unnamed sources, cut at its verb, is no part of naming them)
        first = (first[0], ws[-2].end())
    # (nor whom the words were for after a person's name: "عمار الحلبي، لعنب بلدي، إن"; "الاتحاد الدولي لكرة القدم
    # إن" is a body's name)
    told = next((w for w in ws[1:] if w.end() <= first[1] and _to_whom_then_words(text, w, limit)), None) if first else None
    if (
        first
        and told is not None
        and _ends_in_own_name(text, first[0], told.start())
        and not _named_for(text, first[0], told)  # ("مؤسسة محمد بن راشد آل مكتوم للمعرفة")
    ):
        first = trim_span(text, first[0], told.start(), " ،,")
    return first


def _ends_in_own_name(text: str, s: int, e: int) -> bool:
    """Does text[s:e] end with a person's own name (rag/names.py), a given name first ("عمار الحلبي،")?"""
    name = own_name(text[s:e])
    words = WORD.findall(text, s, e)
    return len(name) > 1 and is_given_name(name[0]) and bool(words) and name[-1] == _n(words[-1])


_LED_BY_WORDS = "بقيادة برئاسة بزعامة".split()  # (a body "led by" someone)
_LED_BY_NAME = re.compile(r"[ \t]+(?:" + "|".join(_LED_BY_WORDS) + r")[ \t]+")
# A preposition with a pronoun right after a word ("المعترف بها"، "المسؤولة عنه").
_PRONOUN_PREP_NEXT = re.compile(r"[ \t]+(?:به|بها|بهم|له|لها|لهم|عنه|عنها|عنهم|منه|منها|منهم|عليه|عليها|عليهم)(?!\w)")


def _participle_with_its_pronoun(text: str, w: re.Match[str], limit: int) -> bool:
    """Is the definite word at w a participle with its own preposition and pronoun after it ("المعترف بها"): an
    adjective of the noun before, which it agrees with whatever its own ending?"""
    return _n(w.group()).startswith("الم") and _PRONOUN_PREP_NEXT.match(text, w.end(), limit) is not None


# What "وسط" (midfield) follows as a position, not "among": "لاعب وسط"، "خط وسط".
_PLAYER_LINES = {_bare(w) for w in "لاعب لاعبة خط".split()}
# Places by something ("خلف بسطته"، "وراء مكتبه") that are also names (Khalaf) or read as them.
_BEHIND = {_n(w) for w in "خلف وراء قرب جوار بجوار".split()}


def _owned_noun(word: str) -> bool:
    """Is the word a noun with a possessive pronoun that no name is ("بسطته"، "منزلها"; not "طه"، "عبد الله")?"""
    return len(word) > 3 and _possessed(word) and not is_attested_name(word) and not _n(word).endswith("الله")


# A short name in quotation marks, with more of the sentence after it (past a comma too: 'مؤتمر "اليورومني"، أن').
_QUOTED_NAME = re.compile(r'[ \t]*[«“"]([^"«»“”\n]{2,30})[»”"](?=[ \t]*[،,]?[ \t]+\S)')


def _names_only(words: str) -> bool:
    """Are these at most three words none of which the dictionary has, bare or after a clitic ("يونيسف"، "هيومن
    رايتس ووتش"; not "بشدة")?"""
    ws = WORD.findall(words)
    # (Nor an indefinite accusative noun and its adjective, each a dictionary noun and its alef: "«قلقا عميقا»"; one
    # such word alone may be a body's acronym, "كونا"، "بترا"، "ناسا".)
    accusative = len(ws) > 1 and all(_n(w).endswith("ا") and is_common_noun(w[:-1]) for w in ws)
    return (
        0 < len(ws) <= 3 and not accusative and not any(is_common_noun(w) or is_common_noun(w[1:]) or _n(w) in _STOP for w in ws)
    )


_WHERE_SET_OFF = re.compile(r"[ \t]*(?:في|خلال)[ \t]+[^\s،,.:؛\"«“]+(?:[ \t]+[^\s،,.:؛\"«“]+){0,2}[ \t]*[،,]")


def _named_after_where(text: str, pos: int, limit: int, source: bool, no_object: bool) -> tuple[int, int, int] | None:
    """After a speaker's description, where or when he spoke ("في المؤتمر،") and then his name set off by commas
    before the complementiser ("، السفير أنيل بورا إنان، أن"): that name's segment (start, end, stop), else None."""
    where = _WHERE_SET_OFF.match(text, pos, limit)
    if where is None:
        return None
    named = _segment(text, where.end(), limit, leading=False, source=source, no_object=no_object)
    if (
        named is None
        or not _BEFORE_COMPLEMENTISER.match(text, named[1], limit)
        or not _looks_like_name(text, named[0], named[1])
        or len(own_name(text[named[0] : named[1]])) < 2
    ):
        return None
    return named


# What may finish a description joined by و to an apposition ("والمشارك في الدراسة"): words up to the comma
# before a complementiser.
_BEFORE_COMPLEMENTISER = re.compile(r"(?=\s*[،,]\s*(?:أن|إن|بأن)(?!\w))")
# The rest of an apposition up to the comma that closes it: a few words, no mark.
_AUXILIARIES = {_n(w) for w in "كان كانت كانوا قد".split()}  # ("لكنه كان قد وصف": the verb's tense, before it)
_BUT_HE = re.compile(r"و?لكن(?:ه|ها|هم)")  # "but he/she/they", normalised: the pronoun is a clause's subject


def _auxiliaries_after_but(words: list[re.Match[str]], k: int) -> int:
    """How many of "كان"، "قد" stand between "لكنه" and the verb words[k] ("لكنه كان قد وصف": 2); 0 where no "لكن"
    with its pronoun stands before them."""
    aux = 0
    while k - aux > 1 and _n(words[k - 1 - aux].group()) in _AUXILIARIES and aux < 2:
        aux += 1
    return aux if aux and _BUT_HE.fullmatch(_n(words[k - 1 - aux].group())) else 0


_SHE_IS = {_n(w) for w in "وهو وهي وهم وهما".split()}  # (a circumstantial clause on whom an apposition describes)
_PRONOUN_GENDER = {_n("وهو"): "m", _n("وهي"): "f"}
# (It may end in a byname in quotation marks: '، الملقب بـ"أبو محمد"،'.)
_REST_SET_OFF = re.compile(
    r'\s*[^\s،,.:؛«“"()]+(?:\s+[^\s،,.:؛«“"()]+){0,5}(?:\s*[«“"][^\s«»“”"]+(?:\s[^\s«»“”"]+){0,2}[»”"])?(?=\s*[،,])'
)
_CONJOINED_DESCRIPTION = re.compile(r"\s*[^\s،,:«“\"]+(?:\s+[^\s،,:«“\"]+){0,6}" + _BEFORE_COMPLEMENTISER.pattern)


# Prepositions inside a description ("مسؤول في الوزارة"، "النائب عن الحزب").
DESCRIPTION_PREPOSITIONS = {normalize_ar(w) for w in "في من عن على لدى باسم".split()}


def several_speakers(mention: str) -> bool:
    """Does the mention join two speakers with "و" ("الأمم المتحدة وتحالف اللقاحات", "الحكومة والمعارضة",
    "بوتين ووزير خارجيته")? "وليد" is a name, and these are one speaker:
    - a title's coordinated complements ("وزارة الاقتصاد والتجارة", "نائبة الرئيس لشؤون التوثيق والسلامة"):
      a definite noun after "و" is another speaker only when the mention starts with a definite noun of its
      own, and no preposition governs what stands before it;
    - two posts of one person, no name before the second ("لاعب يوفنتوس السابق ومدرب المنتخب"): a title after
      "و" is another speaker when a name, or the same title, stands before it."""
    found = list(WORD.finditer(mention))
    words = [m.group() for m in found]
    # (the first word of each word's stretch between commas: an apposition's head, "استشاري الحساسية والمناعة")
    heads = [next(x.group() for x in found if not re.search("[،,]", mention[x.start() : m.start()])) for m in found]
    for k, w in enumerate(words[1:], 1):
        rest = _n(w[1:]) if w[:1] == "و" else ""
        if not rest:
            continue
        before = words[:k]
        # ("وزير الطوارئ وإدارة الكوارث رائد الصالح": a title's second genitive, in construct, then the holder's name)
        portfolio = (
            _bare(words[0]) in title_words()
            and not own_name(" ".join(before))
            and k + 3 < len(words)
            and _n(words[k + 1]).startswith("ال")
            and is_given_name(words[-2])
        )
        if _bare(rest) in body_words() and not portfolio or re.fullmatch(r"نظير(?:ه|ها|هم|ته|تها)", rest):
            return True  # (and "ونظيره الألماني": his counterpart, another speaker)
        # (or an unnamed source's noun, a post too: "الدولي السابق والمحلل الرياضي، كمال بن عيسى" is one man)
        if _bare(rest) in title_words() | _UNNAMED:
            # (The same title again is another holder, but for a minister of state as well, a second office one
            # person holds: "وزيرة المالية ووزيرة الدولة للشؤون الاقتصادية نورة الفصام".)
            of_state = k + 1 < len(words) and _n(words[k + 1]) == _n("الدولة")
            # (Nor within an apposition set off after the name, which no given name opens: "X، فاعلة جمعوية
            # ورئيسة جمعية «Y»", her two posts.)
            opened = next(j for j, x in enumerate(found) if x.group() == heads[k])
            if 0 < opened < k and not is_given_name(words[opened]) and own_name(" ".join(words[:opened])):
                continue
            # (A definite adjective alone is no name before it: "المحلل الفني ولاعب المنتخب السابق X" is one man.)
            named = [
                w for w in own_name(" ".join(before)) if not (_n(w).startswith("ال") and (_title_adjective(w) or is_adjective(w)))
            ]
            if named or _bare(rest) in {_bare(b) for b in before} and not of_state:
                return True
            continue
        # ("لحزب العدالة والتنمية": a body's noun after ل or ب, however short, governs its name.)
        governed = any(
            normalize_ar(b) in DESCRIPTION_PREPOSITIONS or _n(b)[:1] in "بل" and (len(b) > 4 or _bare(b[1:]) in body_words())
            for b in before[1:]
        )
        if rest.startswith("ال") and len(rest) >= 5 and _n(heads[k]).startswith("ال") and not governed:
            return True
    return False


def _where_held(word: str) -> bool:
    """Is the word ب and a body's, a constituency's or another dictionary noun no name is spelt as ("بعمالة"،
    "بولاية"، "بجامعة"), which says where a title is held?"""
    rest = word[1:] if word[:1] == "ب" else ""
    return bool(rest) and (_bare(rest) in _constituencies() or is_common_noun(rest) and not is_attested_name(word))


def _two_people(named: str, apposition: str) -> bool:
    """Does an apposition that opens with a title name someone other than the person named before the comma
    ("محمد بن زايد آل نهيان رئيس الدولة، رئيس وزراء الهند ناريندرا مودي")? Each has a name of two words or more
    that starts with a name word, and they share none."""
    first, second = own_name(named), own_name(apposition)
    opening = WORD.match(apposition.strip())
    heads = [_bare(w) for w in WORD.findall(named)[:2]]
    # ("مستشار رئيس الحكومة نجيب ميقاتي، النائب السابق نقولا نحاس": the first name is the prime minister's, whose
    # adviser the apposition names; rag.names reads it so.)
    if len(heads) == 2 and not _n(named).startswith("ال") and all(h in title_words() for h in heads):
        return False
    return (
        len(first) > 1
        and len(second) > 1
        and opening is not None
        and _bare(opening.group()) in title_words()
        # (a definite noun of the dictionary opens no name: "… للتعليم العام والتكنولوجيا المتقدمة" is a portfolio)
        and all(
            is_name_word(n[0]) and not (_n(n[0]).startswith("ال") and is_common_noun(n[0])) or _foreign_given(n[0])
            for n in (first, second)
        )
        # (nor does ب and a noun, where the title is held: "، رئيس قسم التعمير بعمالة إقليم الحوز،")
        and not _where_held(second[0])
        # (nor the title itself, a given name too: "، أمين الفتوى بدار الإفتاء المصرية،")
        and second[0] != _n(opening.group())
        and not set(first) & set(second)
    )


# After a speaker's byname in quotes: the complementiser or colon that opens the words, perhaps after an adjunct
# set off by commas ('"حميدتي"، في خطاب مصور، إن').
# (Or after how, unset off: '"حميدتي" في تسجيل صوتي إن'.)
_WORDS_STILL_TO_COME = re.compile(
    r"\s*(?:[،,][^،,.:\"«“\n]{1,60}[،,]|\s(?:في|عبر|خلال)\s[^،,.:\"«“\n]{1,40}?)?\s*(?:(?:إن|أن|بأن)(?!\w)|:)"
)


def _elative_before_min(text: str, w: re.Match[str], limit: int) -> bool:
    """Is the word an elative (أفعل: "أبعد"، "أكثر") before "من", a comparison, no name ("أكرم" is one)?"""
    nw = _n(w.group())
    return (
        len(nw) == 4
        and nw[0] == "ا"
        and nw[1] != "ل"  # (not "السن": the article)
        and is_adjective(w.group())
        and not is_given_name(w.group())
        and _n(_next_word(text, w.end(), limit)) == "من"
    )


def _segment(
    text: str, i: int, limit: int, leading: bool, source: bool = False, no_object: bool = False
) -> tuple[int, int, int] | None:
    """One comma-free stretch of a speaker phrase: (start, end, where it stopped)."""
    start = end = None
    n = 0
    person_from = 0  # n before the current person's words: "X ورئيس …" names a second from "ورئيس"
    prev_bare = ""
    prev_def = prev_tag = prev_name = before_title = titled = named = body_named = name_complete = False
    body_noun_first = body_foreign = unnamed_head = plural_in_construct = plural_genitive = False
    body_name_open = False  # the last words were a body's noun and its definite genitives ("بنك الاستثمار")
    head_definite = False  # the phrase's first word has the article
    prev_word = before_last = ""
    quoted = False  # the last thing taken was a body's name in quotes
    office = False  # a person's title was taken ("رئيسة البنك سلمى داود": a name may follow its body)
    envoy = False  # an envoy's title was taken: "إلى" and a country say where he is sent
    representative = False  # a member's title was taken: "عن" and a party or place say whom he sits for
    aide = False  # an aide's title was taken: "ل" and a title say whose aide ("المستشار الإعلامي لرئيس الوزراء")
    offices = name_seen = False  # a chain of offices follows a name
    prev_someones = False  # the last word was a title or relation with a pronoun (_someones)
    prize = False  # a prize was taken after its winner's participle: "الحائز على جائزة نوبل"
    li_genitive = False  # the last words were a definite ل-genitive or a place, and adjectives ("للتنمية الزراعية")
    genitive = False  # the last word was a title's or body's indefinite genitive ("غرفة تجارة")
    while i < limit:
        c = text[i]
        if c == "." and (abbreviation_stop(text, i, 0) or family_initial(text, i)):
            i += 1  # ("أستاذة العلوم السياسية د. غدير أسيري": Dr; "الشاب أمين. م (26 عاماً)": his family's initial)
            continue
        if c in "،,:؛;.!?؟\n":
            break
        if c in '"«“(' and _BLESSING.match(text, i, limit):
            break  # ('رئيس الدولة "حفظه الله"': a blessing, no part of the name)
        if c in '"«“':
            # A name in quotes is part of the phrase (أفاد "يونيسف" أنه، شركة "نوكيا"); a quotation is not. In
            # guillemets only right after a body's noun or a title: "صحيفة «الأهرام» المصرية"، "مراسل «العربية»".
            # ('المحلل في "ساكسو بنك" أولي هانسن': where a title is held, a body's quoted name, then the holder's.)
            workplace = start is not None and _n(prev_word) == "في" and _quoted_workplace(text, i, limit)
            # ('متحدثة باسم "بي واي دي"'، 'النائب عن "حزب الله"': whom one speaks or sits for, by the name in quotes)
            on_behalf = start is not None and (_n(prev_word) == "باسم" or representative and _n(prev_word) == "عن")
            # "لشركة "نوكيا"": of the company Nokia; "وتحالف "غافي"": and the alliance Gavi; "لحركة «حماس»".
            owner = prev_bare[1:] if prev_bare[:1] in "لو" and prev_bare[1:] in body_words() | title_words() else prev_bare
            # ('مديرة مشروع "سحاب-1"': what a title is held over, named in marks, as a body's name is)
            # (or that speaks, as its head: 'وأعلن مشروع «نيوم» أنه'، 'وقال برنامج «سكني» إن')
            undertaking = (titled or n == 1) and not prev_def and re.sub("^ل", "", prev_bare) in _UNDERTAKINGS
            close = text.find(_CLOSING_MARK[c], i + 1, limit)
            # (first, an outlet's name the verb is said by: "وقالت «الشرق الأوسط» إن"، "وسألت «الشروق» الوزير عن")
            verbs_subject = start is None and close > i and _quoted_name_after_verb(text, (i + 1, close))
            if (
                c != '"'
                and not workplace
                and not on_behalf
                and (start is None or owner not in body_words() | title_words() and not body_name_open and not undertaking)
                and not verbs_subject
            ):
                break  # (or after its definite genitive: "بنك الاستثمار «إتش سي»")
            inner = WORD.findall(text[i + 1 : close]) if close > i else []
            owner_body = owner in body_words() or body_name_open or on_behalf or undertaking
            # A name has no punctuation inside, and a sentence goes on after a subject: 'وتابع "أخيرا، ظهرت
            # الحقيقة".' is the words (but after its noun, 'بحسب صحيفة "الشرق الأوسط".' is a name).
            a_name = (
                close > i
                and not re.search(r"[،,.!?؟:]", text[i + 1 : close])
                and (start is not None or source or not re.match(r"\s*(?:[.!?؟\n]|$)", text[close + 1 : limit]))
            )
            # (After a body's genitive, not its noun, a quoted word before the object is the verb's adverb: 'نفت
            # وزارة الخارجية الإيرانية "بشدة" هذه الاتهامات'; a name goes on to the words or the verb's preposition.)
            after = _next_word(text, close + 1, limit) if close > i else ""
            if (
                owner not in body_words() | title_words()
                and not undertaking
                and not on_behalf
                and not verbs_subject
                and (_n(after).startswith("ال") or _n(after) in _DEMONSTRATIVES)
            ):
                a_name = False
            if len(inner) == 1 and inner[0][:1] == "ب" and is_common_noun(inner[0][1:]):
                a_name = False  # ('وحذرت الوزارة "بشدة" من': how, ب and a noun, never a name)
            # ('محمد حمدان دقلو "حميدتي"، في خطاب مصور، إن': a person's byname after the name, when the words are
            # still to come, not his one-word quotation: 'وقال X "كاذب"، في إشارة إلى Y.'.)
            byname = (
                named
                and (prev_name or prev_def and is_attested_name(prev_word))  # (after "الهادي" too)
                and len(inner) <= 2
                and bool(_WORDS_STILL_TO_COME.match(text, close + 1, limit))
            )
            if (
                a_name
                # ('لصحيفة "لا غازيتا ديللو سبورت"'; a body's whole name, its head first: '"المرصد السوري لحقوق
                # الإنسان"')
                and (
                    # (a workplace's foreign name may be spelt out: 'في "آر بي سي كابيتال ماركتس"')
                    0 < len(inner) <= (6 if workplace else 4 if owner_body else 3)
                    and close - i < 30
                    or 0 < len(inner) <= 6
                    and _bare(inner[0]) in body_words()
                    and close - i < 60
                )
                and (start is None or owner_body or owner in title_words() or byname or workplace)
                # ('وأبلغ الوزير "الشرق الأوسط" أن': a definite title takes no genitive; a definite name after it
                # is whom he told. 'القيادي "أبو علي"' is his byname.)
                and not (owner in title_words() and prev_def and not byname and _n(inner[0]).startswith("ال"))
            ):
                start = i if start is None else start
                end = i = close + 1
                n += len(inner)
                quoted = owner_body
                body_name_open = False
                continue
            break
        if c.isspace() or c in "()":
            i += 1
            continue
        w = WORD.match(text, i)
        if not w:
            i += 1
            continue
        word = w.group()
        nw = _n(word)
        # ("الرابطة التونسية للدفاع عن حقوق الإنسان"، "المحامي المكلف بالدفاع عن المتهم": what a body is named to
        # defend or an office is charged with defending goes on in the phrase)
        defended = nw == "عن" and prev_bare == "دفاع" and (body_noun_first or _n(prev_word)[:1] == "ب")
        if start is not None and text[w.start() - 1 : w.start()] == "(" and text[w.end() : w.end() + 1] == ")":
            # "رئيس إدارة الكوارث (آفاد) يونس سيزر": a bracketed acronym, whatever it spells (أفاد: reported)
            end = i = w.end() + 1
            after = _next_word(text, i, limit)
            if after and not is_name_word(after) and _ALIF_MASDAR.fullmatch(_bare(after)):
                break  # ("أعلنت جماعة أنصار الله (الحوثيين) استهداف سفينة": what it announced, a verbal noun)
            continue
        # (or after a title in construct: "مراسلة بي بي سي في القدس")
        if start is not None and (prev_bare in body_words() | title_words() and not prev_def or prev_name):
            spelt = _spelt_letters(text, w.start(), limit)
            if spelt:
                end = i = spelt  # "شبكة بي بي سي"، "قناة سي إن إن": a body's name spelt letter by letter
                continue
        if start is not None and nw in _ACTING:
            end = i = w.end()  # "المبعوثة الأممية بالإنابة ستيفاني خوري": acting, and the title goes on
            continue
        if start is not None and titled and not named and nw == "عن" and (remote := _REMOTE.match(text, w.end(), limit)):
            end = i = remote.end()  # "وزير الدولة للذكاء الاصطناعي … وتطبيقات العمل عن بعد عمر العلماء": remote
            continue
        if start is not None and nw in _SAME:
            end = i = w.end()  # "الصحيفة نفسها"، "المصدر ذاته": the same one (no "her"), and the phrase ends
            break
        between_as_name = nw == "بين" and prev_name and _between_as_name(text, w.end(), limit)
        # "وزيرة الخارجية الأسترالية بيني وونغ"، "رئيس الوزراء لي هسين لونغ": where a title's name is due, a
        # name spelt as a preposition with a pronoun ("between me", "to me") when another name word follows.
        # (So after a body's noun, whose name it opens: "المحلل في شبكة بي بي سي غاري لينيكر".)
        name_not_pronoun = (
            _pronoun_prep(nw)
            # (or after where a title is held: "السفيرة الأمريكية في بغداد ألينا رومانوسكي", Alina, not "to us")
            and (
                prev_def and titled and not named or prev_bare in body_words() and not prev_def or titled and is_place(prev_word)
            )
            and _name_word_follows(text, w.end(), limit)
            # (and "لي" closing a described person's name before the words: "الباحث جون لي إن", Lee, not "to me";
            # or after a name, set off: "المحللة في مؤسسة X، سارة لي، رأت")
            or nw == "لي"
            and prev_name
            and (
                titled
                and _opens_words(_n(_next_word(text, w.end(), limit)))
                or re.match(r"\s*[،,]", text[w.end() : limit]) is not None
            )
        )
        if (
            _complementiser(word)
            and not _van(text, w, limit)
            or (verb := _verb_at(word))
            and not between_as_name
            and not _noun_spelt_like_past(word)  # ("ذكر راي فيرجيليو": Ray, no "رأى")
            # ("السفير الأمريكي دان شابيرو": a verb that reports only where a clause starts is a name inside one)
            and not (start is not None and verb.initial and not _conjoined(nw))
            and not (
                # ("وقالت أمل الأسد إن": Amal, no verb "hoped" after the verb)
                (start is not None or leading)
                and (
                    start is not None
                    and _naming(word)
                    or _given_name_here(text, word, w.end(), limit)
                    or prev_name
                    and _family_name_here(text, prev_word, word, w.end(), limit)
                )
                # (nor, after a title, a name the romanizer attests whose verb lacks what it needs: "وزير الاقتصاد
                # يعرب القضاة إن", Yarub, no "expresses" without its "عن")
                or start is not None
                and prev_bare not in _STOP
                and is_attested_name(word)
                and _needs_unmet(text, w, limit)
                # (nor a given name set off by commas with one more word: "، عزت الماهري،", no "attributed")
                or start is None
                # (or one the index attests at all, for a verb only where a clause starts: "، دان سترويفن،")
                and (is_given_name(word) or verb.initial and is_attested_name(word))
                and re.search(r"[،,]\s*$", text[max(0, w.start() - 3) : w.start()]) is not None
                and re.match(r"[ \t]+\w+[ \t]*[،,]", text[w.end() : limit]) is not None
            )
            or _participle_at(word)
            or nw in _RELATIVE
            or nw in _ISSUED  # "بيان مشترك صدر في ختام القمة": a relative clause on an indefinite statement
            or _written_pronoun_prep(word, text[w.end() : limit])
            and not name_not_pronoun
            # ("أحد الصحفيين المفرج عنهم": a participle's own preposition, its pronoun the noun it describes)
            and not (
                start is not None
                and prev_def
                and _n(prev_word).startswith("الم")
                and prev_bare not in title_words() | _UNNAMED
                # ("الحكومة اليمنية المعترف بها دوليا"، "أحد المجني عليهم")
                and nw in _ABOUT_THEM | _WITH_THEM | _ON_THEM
            )
            # ("المراكز الأمريكية لمكافحة الأمراض والوقاية منها": a body's name, its verbal noun's own "from them")
            and not (
                start is not None and _n(prev_word).startswith("وال") and is_verbal_noun(_n(prev_word)[3:]) and nw in _FROM_THEM
            )
            or nw in _SOURCE_WORDS
            or start is not None
            and nw in _SPOKE_TO  # ("مصدر تحدث إلى «الجزيرة»": a clause on the source)
            # ("وشدد الوزير علي ضرورة": على spelt with ي, as Egyptian copy has it, before a noun that is no name:
            # a definite one or one in ة; "علي المصيلحي"، "علي خامنئي" are names)
            or start is not None
            and not prev_name  # ("أحمد علي القرار": after a given name, Ali is the family name)
            and not is_given_name(prev_word)  # (so after a body's genitive: "للجماعة محمد علي")
            and _DIACRITICS.sub("", word) == "علي"
            and _common_noun_next(text, w.end(), limit)
        ):
            break
        # (A title's definite genitive is no adverb's head either: "لاعب الوسط السعودي سالم الدوسري"; nor an
        # indefinite body noun's: "زعيم حزب المؤتمر راهول غاندي".)
        construct = nw.startswith("ال") and (prev_bare in title_words() or prev_bare in body_words() and not prev_def)
        stop = nw in _STOP or _adverb_head(word) and not construct or (nw[:1] in "وف" and nw[1:] in _STOP)
        # ("والي وهران سعيد سعيود": the governor, written with ي; "وإلى" is written with ى, and no "and to"
        # opens a subject or follows a title.)
        stop = stop and not (_DIACRITICS.sub("", word) == "والي" and (start is None or prev_bare in title_words()))
        stop = stop and not _IMAM.match(_DIACRITICS.sub("", word))  # ("الإمام الأكبر": the imam, not أمام)
        # ("أحد هذه المصادر"، "إحدى تلك الجهات": one of those, a demonstrative before the group's definite noun)
        one_of_these = nw in _DEMONSTRATIVES and _unconj(_n(prev_word)) in ("احد", "احدي", "بعض")
        stop = stop and not (one_of_these and _n(_next_word(text, w.end(), limit)).startswith("ال"))
        stop = stop and not (nw == "وسط" and prev_bare in _PLAYER_LINES)  # ("لاعب وسط نادي برشلونة": a midfielder)
        # ("المديرة الإقليمية لغرب ووسط أفريقيا": a second quarter of the region, not "and among")
        stop = stop and not (nw[:1] == "و" and nw[1:] in _QUARTERS and re.sub(r"^[لب]", "", _unconj(_n(prev_word))) in _QUARTERS)
        stop = stop and not _van(text, w, limit)  # ("لويس فان خال": a name's particle, not "فإن")
        # ("ويذهب الباحث X أبعد من ذلك": an elative before "من" is how far he goes, no part of the name)
        stop = stop or start is not None and _elative_before_min(text, w, limit)
        # ("الممثلة آن هاثاواي": a name written with madda before another, not "أن")
        stop = stop and not (word[:1] == "آ" and _name_word_follows(text, w.end(), limit))
        # ("المفوضة السامية لحقوق الإنسان سابقا، ميشيل باشليه،": "formerly" closes the title before its holder's name.)
        stop = (
            stop
            and not (
                nw == "سابقا"
                and titled
                and not (named and not is_place(prev_word))  # (after a name it is when he said it)
                and re.match(r"\s*[،,]", text[w.end() : limit]) is not None
            )
        )
        stop = stop and not (named and _de_la(text, w, prev_word, limit))  # (nor "دي لا فوينتي": no negation)
        stop = stop and not (start is not None and _in_listed_body(text, start, w))  # ("حزب البديل من أجل ألمانيا")
        # ("نائب رئيس الوزراء الصيني هي ليفنغ": after a title and a nationality whose names open with the family
        # name, "هي"/"هو" is that name, not "she"/"he", where a name's word follows; or it ends the name before
        # the complementiser, "رئيسة الوزراء الكورية هان جونغ هي إن".)
        stop = stop and not (
            nw in ("هي", "هو")
            and titled
            and (
                surname_first(prev_word)
                and _name_word_follows(text, w.end(), limit)
                or named
                and any(surname_first(x) for x in WORD.findall(text, start or w.start(), w.start()))
                and _opens_words(_n(_next_word(text, w.end(), limit)))
            )
        )
        # (So after a description's last word, where the name then closes the phrase: "الباحث في مركز الجزيرة
        # للدراسات لقاء مكي إن".)
        stop = stop and not (
            (prev_bare in title_words() or titled and not named and _closes_phrase(text, _word_end(text, w.end(), limit), limit))
            and _titled_given_name(text, w, limit)
        )
        # ("أحد سكان حي سوق الجمعة": a day after a common noun in construct is its genitive, the Friday market.)
        stop = stop and not (nw in _TIME and start is not None and not prev_def and _common_noun_no_name(prev_word))
        # ("رئيس مؤتمر الأطراف سلطان الجابر": after an indefinite title, a channel's noun heads its genitive.)
        stop = stop and not (
            prev_bare in title_words()
            and not prev_def
            and _bare(nw) in _CHANNELS
            and _n(_next_word(text, w.end(), limit)).startswith("ال")
        )
        # ("الشيخ مشعل الأحمد الجابر الصباح": after a name, a family name spelt like a time word, "the morning".)
        # (So after a given name right after a title: "الشيخ خالد الصباح".)
        after_name = named and (prev_name or prev_def and is_attested_name(prev_word))
        after_name = after_name or _bare(before_last) in title_words() and is_given_name(prev_word) and not prev_def
        stop = stop and not (after_name and nw.startswith("ال") and is_given_name(word))
        if not between_as_name and stop:
            # "مسؤول في الوزارة"، "مسؤولة من البنك المركزي": a preposition inside a description.
            # Also after the definite words of a title's description before any name ("العضو المستقل في
            # البرلمان، كريم نصار"، "مدير الهيئة العامة في الإقليم سالم حداد").
            # (... or of an office after the name: "محمد أبو باشا رئيس قسم البحوث في المجموعة المالية هيرميس".)
            # ("حذرت الرئاسة الفلسطينية من"; but "رئيس الحكومة المكلفة من البرلمان X": by whom appointed)
            appointed_by = prev_bare in _APPOINTED and _bare(_next_word(text, w.end(), limit)) in body_words()
            described = prev_def and titled and (not named or offices) and (nw != "من" or appointed_by)
            # ("مسؤول كبير في الإدارة"، "مصدر أمني في الوزارة": an unnamed source's adjective, then where it works.)
            # ("الخبير الاقتصادي في شركة": so right after a definite head.)
            qualified = (
                unnamed_head
                and nw != "من"
                and (not prev_def or n == 2)
                and (prev_bare.endswith(("ي", "يه")) or prev_bare in _RANKS | _TAKING_PART)
            )  # (not "من": "وحذر مسؤول كبير من التصعيد" is what he warned of)
            # ("المبعوث الأممي إلى اليمن هانس غروندبرغ": to where an envoy is sent, a country, then the name.)
            sent_to = nw == "الي" and envoy and not named and _bare(_next_word(text, w.end(), limit)) in _country_words()
            # ("النائب عن حزب الوفد محمد داود"، "النائب البرلماني عن دائرة بيروت": whom a representative sits for.)
            sat_for = re.match(r'\s*["«“]?(' + WORD.pattern + ")", text[w.end() : limit])  # (or its name in quotes)
            sent_to = sent_to or (
                nw == "عن"
                and representative
                and not named
                and sat_for is not None
                and (
                    _bare(sat_for[1]) in _constituencies()
                    # (or a place's own name before the member's: "النائب عن بنغازي، X،"، "عضو مجلس النواب عن البصرة X")
                    or is_place(sat_for[1])
                    and _given_name_after(text, w.end(), limit, comma=True)
                )
            )
            # ("فريق الدفاع عن الفرنسية ميلينا بوغدير": whom the defence team defends.)
            sent_to = sent_to or _defends(before_last, prev_word, nw) or defended
            # ("المحامي الموكل عن العائلات سامي ارشيد": whom a lawyer acts for, then his name; not "دافع المحامي عن موكله")
            sent_to = sent_to or nw == "عن" and _bare(prev_word) in _COUNSEL and _given_name_after(text, w.end(), limit)
            said_in = _next_word(text, w.end(), limit)
            if (
                nw == "في"
                and (
                    _n(said_in) in _OCCASION_WORDS
                    or _bare(said_in) in _EVENT_PARTS  # ("وقال الوزير في ختام الاجتماع:")
                    or _n(said_in)[2:] in _OCCASION_WORDS  # ("وقال الوزير في الاجتماع إن": the meeting, definite)
                    and _n(said_in).startswith("ال")
                    or _bare(said_in) in _PICTURES  # ("وقال الرئيس في المقطع:": a clip is no workplace)
                    or (_channel(said_in) or _channel(said_in, _ASIDES)) is not None
                    and not _n(said_in).startswith("ال")
                )
            ):
                # "وأكد الوزير في اتصال هاتفي مع نظيره أن"، "قال المحلل في تصريحات": when or how it was said, not
                # where the title is held (but "الباحثة في الدراسة" is the study's researcher); so what the words
                # referred to ("في إشارة إلى إيران").
                break
            # ("أحد المتطوعين في فريق الدفاع المدني": one of a group, and where the group is; "عدد من السكان"،
            # "مجموعة كبيرة من الناشطين": some of a group.)
            partitive = (
                nw == "في"
                and prev_def
                and n == 2
                and _n(before_last) in ("احد", "احدي")
                or (
                    nw == "من"
                    # (or a plural in construct: "عدد من أعضاء مجلس النواب")
                    and (_n(said_in).startswith("ال") or is_plural(said_in))
                    and (prev_bare in _SOME_OF or prev_bare in _RANKS and _bare(_n(before_last)) in _SOME_OF)
                )
            )
            if not sent_to and not (
                nw == "على"
                and unnamed_head
                and prev_bare in _INFORMED  # ("مصدر مطلع على سير المفاوضات")
                or nw == "في"
                and (titled or unnamed_head)
                and _quoted_workplace(text, w.end(), limit)
                # ("المسؤول عن ملف الأسرى في الحركة X إن"، "المشرف العام على مركز X")
                # (past the office's adjective too: "المسؤولة الفنية عن ملف كوفيد-19 في المنظمة")
                or (
                    prev_bare in _GOVERNING.get(nw, ())
                    or (prev_bare == "عام" or _title_adjective(prev_word))
                    and _bare(before_last) in _GOVERNING.get(nw, ())
                )
                and (_governed_until_said(text, w.end(), limit) or source and _ends_source(text, w.end(), limit))
                or nw == "على"
                and prev_bare in _PRIZE_HOLDERS  # ("الحائز على جائزة نوبل في الفيزياء جيفري هينتون": what he won)
                or nw == "في"
                and prize
                and _n(said_in).startswith("ال")
                and _may_open_name(_next_word(text, _word_end(text, w.end(), limit), limit))
                # (and the prize's field, then the winner's name: "في الأدب آني إرنو")
                or nw in ("في", "من", "لدي")  # ("السفير الروسي لدى واشنطن": where the title is held)
                and (
                    prev_bare in title_words()
                    # ("سفير إسرائيل لدى الأمم المتحدة X": his country's, then where he is posted)
                    or nw == "لدي"
                    and _bare(before_last) in title_words()
                    and _country_as_written(prev_word)
                    # ("زميله في إنتر ميامي لويس سواريز": the club they share, by its name; not "زوجته في المستشفى")
                    or nw == "في"
                    and prev_someones
                    and (
                        not _n(said_in).startswith("ال")
                        # ("زميله في الفريق لويس سواريز": what they share, then his name)
                        or _given_name_after(text, w.end(), limit)
                        # ("ممثلها في اليمن، X": where the body's representative serves, then the name)
                        or is_place(said_in)
                        and _given_name_after(text, w.end(), limit, comma=True)
                    )
                    or prev_bare in _UNNAMED
                    # ("في الوزارة من انهيار": what is warned of; "من" goes on only to a body or country)
                    or prev_bare in body_words()
                    and (nw != "من" or _bare(said_in) in body_words() or country_of(said_in) is not None)
                    or described
                    or qualified
                    or partitive
                    or nw == "في"
                    and prev_bare in _TAKING_PART  # ("أحد المهندسين العاملين في المشروع": where they work)
                    or nw == "في"
                    and prev_bare in _WORKING
                    and not _n(before_last).startswith("ال")  # ("عامل إغاثة في منظمة دولية تعمل في دارفور")
                    # ("محللة السلع في بنك «يو بي إس» X": an unnamed head's genitive, then the body it works in; so
                    # after a genitive construct, "محللة أسواق النفط في مجموعة", or a genitive and its adjective,
                    # "مسؤولة السياسة الخارجية في الاتحاد الأوروبي X")
                    or nw == "في"
                    and unnamed_head
                    and prev_def
                    and (n == 2 or n == 3 and (not _n(before_last).startswith("ال") or prev_bare.endswith(("ي", "يه"))))
                    and _bare(said_in) in body_words()
                    # ("سائق شاحنة في الجيزة": an indefinite title, its indefinite genitive, then where he works)
                    or nw == "في"
                    and titled
                    and n == 2
                    and not prev_def
                    and not _n(before_last).startswith("ال")
                    and is_place(said_in)
                    # ("رئيس المكتب السياسي لحركة حماس في غزة خليل الحية": where a body's office is, then the name)
                    or nw == "في"
                    and titled
                    and is_place(said_in)
                    and _body_taken(text, start or w.start(), w.start())
                    # ("نقيب الأطباء في بيروت يوسف بخاش": a definite genitive, the city it is held in, then his name)
                    or nw == "في"
                    and titled
                    and prev_def
                    and is_place(said_in)
                    and _given_name_after(text, w.end(), limit)
                    # ("رئيسة الفريق الفني المعني بكوفيد-19 في المنظمة X": the body the title is held in, then the name)
                    or nw == "في"
                    and titled
                    and _bare(said_in) in body_words()
                    and _name_word_follows(text, _word_end(text, w.end(), limit), limit)
                    # ("الرئيسة التنفيذية للعمليات في الشرق الأوسط، سارة كوهين، إن": where, then her name set off;
                    # so the city after a body named for someone: "بجامعة محمد الخامس في الرباط، الدكتور X، من أن")
                    or nw == "في"
                    and (titled or is_place(said_in))
                    and _name_set_off(text, w.end(), limit)
                )
                and not _next_is_stop(text, w.end(), limit)
                and not (nw == "من" and prev_def and n == 1)  # "وحذر المسؤول من الفوضى": what he warned of
                # ("الأمين التنفيذي لاتفاقية الأمم المتحدة بشأن تغير المناخ، X، إن": what a body is about, then the
                # holder's name set off)
                or nw == "بشان"
                and titled
                and (_name_set_off(text, w.end(), limit) or _topic_then_name(text, w.end(), limit))
            ):
                break
        if start is None and (
            _not_a_subject(text, word, w.end(), limit) or not source and _event_named(text, word, w.end(), limit)
        ):
            break
        if start is not None and ANONYMITY.match(text, w.start(), limit):
            break  # speaker_phrase takes it whole
        if (
            start is not None
            and _bare(WORD.findall(text, start, w.start())[0]) in _SOURCE_NOUNS
            and _clause_verb(word)
            # ("مطلع على مفاوضات وقف إطلاق النار": a noun spelt as a verb, in a construct that goes on)
            and not (
                is_common_noun(word) and _in_genitive_chain(text, start, w) and is_common_noun(_next_word(text, w.end(), limit))
            )
        ):
            break  # "دراسة حديثة أجريت في جامعة أكسفورد أن": a clause on the indefinite record, no more of its name
        if start is not None and prev_def and _adverb_in_accusative(word):
            break  # "أعلن نادي برشلونة الإسباني رسميا التعاقد": how it spoke, after the whole subject
        if start is not None and nw in _NO_COMMENT:
            break  # "ورفض الوزير التعليق": what he declined, a verbal noun
        if (
            start is not None
            and (named or prev_def)
            and not has_article(word)  # ("التزام" has no article)
            # (not "للصحة", a genitive; with ب, what is praised or welcomed: "أشاد المدرب آرني سلوت بأداء لاعبيه")
            and (
                nw in _stance_nouns()
                or nw[:1] in "وب"
                and nw[1:] in _stance_nouns()
                or bool(_owned_forms(word) & _stance_nouns())  # ("أبدى مدرب فاركو أحمد خطاب رضاه عن": his satisfaction)
            )
            and not is_given_name(word)
            and not _in_genitive_chain(text, start, w)
        ):
            break  # "أكد الوزير سامح شكري دعم مصر": after a name or a definite word, what he affirms (stance_nouns.txt)
        if (
            start is not None
            and (
                prev_def
                and prev_bare in title_words()
                and n == 1
                or titled
                and named
                and prev_name
                and is_attested_name(prev_word)
                and is_attested_name(before_last)
            )
            and nw not in _STOP
            and _event_object(text, w, limit)
        ):
            break  # "أعلن الوزير انطلاق المهرجان"، "أعلن حسين فهمي فوز الفيلم": what was announced
        if start is not None and nw[:1] == "ب" and nw not in _NAME_LINKS and _n(before_last) in ("بن", "بنت", "ابن"):
            break  # "الأمير عبدالعزيز بن سلمان بجهود": after a father's name, ب opens the verb's complement
        if start is not None and _n(before_last) == "لدي" and nw[:1] == "ب" and len(nw) > 3 and not is_name_word(word):
            break  # "رحب السفير الأمريكي لدى بغداد بمواقف الحكومة": where he is posted, then the verb's complement
        if (
            start is not None
            and prev_def
            # (a genitive's; the phrase's head is read with its object elsewhere: "الدول الأعضاء"; or any definite
            # word of a body's name: "ووصفت جبهة الخلاص الوطني المعارضة الأحكام بأنها")
            and n > 1
            and (prev_bare in body_words() or body_noun_first and not is_attested_name(word))
            and nw.startswith("ال")
            and not _title_adjective(word)
            and _bare(word) not in title_words() | body_words()
            and is_plain_noun(word)
            and not is_number(word)
            # (but a rank before a given name, where the verb takes no object: "قال قائد الجيش العماد جوزاف عون")
            and not (no_object and _name_next(text, w.end(), limit))
        ):
            break  # "ونفى المتحدث باسم الشرطة الرواية": a definite word takes no genitive, only adjectives
        if (
            start is not None
            and head_definite
            and prev_def
            and (is_adjective(prev_word) or _title_adjective(prev_word))
            and nw.startswith("ال")
            and nw.endswith("ين")  # (the accusative; "العلماء المعاصرون", nominative, agrees with its noun)
            and is_sound_plural(word)
            and not (is_adjective(word) or is_nisba(word) or _bare(word) in title_words() | body_words())
        ):
            break  # "وحذّر الدفاع المدني المواطنين من": after a definite noun and its adjective, a plural of people is the object
        if (
            start is not None
            and body_noun_first
            and li_genitive
            and _bare(word) not in title_words()
            and (
                nw.startswith("ال")
                and not _title_adjective(word)
                # (so is another body: "المنظمة العربية لحقوق الإنسان السلطات")
                and (is_plain_noun(word) or _bare(word) in body_words())
                or not nw.startswith("ال")
                and _bare(word) not in body_words()
                and is_verbal_noun(_DIACRITICS.sub("", word))
                and not is_attested_name(word)
            )
        ):
            # "أعلنت المفوضية العليا للانتخابات النتائج"، "المنظمة العربية للتنمية الزراعية الخطة": after a body's
            # definite ل-genitive, only its adjectives go on; a noun the dictionary has only as such is the object,
            # so is a verbal noun ("وتوقع المركز الوطني للأرصاد استمرار الأمطار").
            break
        if (
            start is not None
            and quoted
            and nw.startswith("ال")
            and not (_title_adjective(word) or is_adjective(word))
            # (but a title and its holder's name after a titled phrase: "المتحدث الرسمي لبرنامج «سكني» الأستاذ X")
            and not (
                titled and not body_noun_first and _bare(word) in title_words() and _given_name_then_name(text, w.end(), limit)
            )
        ):
            break  # ('وانتقدت منظمة "غرينبيس" البيان الختامي': after a body's quoted name, a definite noun is the object)
        # ('متحدثة باسم شركة "X" لرويترز إن'، "محمد عبدي لرويترز:": and the press told; so after a family name that
        # is an indefinite title's word, "مونيكا مالك لرويترز")
        after_name = prev_name or not prev_def and prev_bare in title_words()
        if start is not None and (quoted or named and after_name) and _press_told(text, nw, w.end(), limit):
            break
        if start is not None and unnamed_head and _press_told(text, nw, w.end(), limit):
            break  # ("مصدر في الوزارة لرويترز"، "ثلاثة مصادر في التحالف لرويترز": an unnamed source, then whom it told)
        if start is not None and (
            nw in ("كل", "جميع", "كافه", "مختلف", "بكل", "بعض", "معظم", "اغلب") or _DIACRITICS.sub("", word) == "أي"
        ):
            break  # "دعا الأمين العام كل الأطراف"، "ونفى X أي علاقة": a quantifier opens the object ("بكل وضوح": or an adverb)
        if start is not None and nw in _BEHIND and _owned_noun(_next_word(text, w.end(), limit)):
            break  # "يقف حسن عبد العال خلف بسطته": where he stands (the name Khalaf takes no "his" after it)
        if (
            source
            and start is not None
            and prev_bare not in body_words()  # (right after its noun a body's name: "منظمة أنقذوا الأطفال")
            and is_verb_form(word)
            and not (is_common_noun(word) or is_adjective(word) or is_attested_name(word))
        ):
            break  # "وبحسب مجلة فوربس احتل ماسك المركز الأول": with no comma, a verb opens the clause the source frames
        so_far = WORD.findall(text, start, w.start()) if start is not None and 0 < n <= 3 else []
        if (
            so_far
            and not _n(so_far[0]).startswith("ال")
            and _bare(so_far[0]) in _person_nouns() | _UNNAMED
            # (or after its nisba: "لاجئ سوري يعمل في مطعم إن")
            and all(not _n(x).startswith("ال") and _bare(x).endswith(("ي", "يه")) for x in so_far[1:])
            and is_verb_form(word)
            and not (is_adjective(word) or is_attested_name(word))
            and _n(_next_word(text, w.end(), limit)) in _STOP
        ):
            # "عن طبيب شارك في علاج المرضى قوله": a clause on an indefinite noun says who he is, up to the words.
            clause = _CLAUSE_ON_SPEAKER.match(text, w.start(), limit)
            set_off = _CLAUSE_TO_COMMA.match(text, w.start(), limit)
            if clause is None and set_off and ANONYMITY.match(text, set_off.end(), limit):
                clause = set_off  # ("ناشط بحريني يقيم في لندن، فضل عدم ذكر اسمه،": up to who asked not to be named)
            if clause:
                end = i = w.start() + len(clause.group().rstrip())  # (an apposition's comma is after it)
                said = _words(text, w.start(), end)
                told = _n(said[-1].group())
                if len(said) > 1 and told[:1] == "ل" and (is_place(said[-2].group()) or _bare(_after_li(told)) in _PRESS):
                    # ("سائق تاكسي في عمان للغد:": after a place, ل and the word before the words is whom he told.)
                    end = i = said[-2].end()
            break
        if (
            start is not None
            and not nw.startswith("ال")
            and _heads_demonstrative_phrase(text, w.end(), limit)
            # (but after a given name, the word is its family name: "ونفى المتحدث محمد قرشي هذه الاتهامات"; so is a
            # word no Arabic noun can be: "الباشا طبيق هذه الاتهامات")
            # (or after a name compounded with God's: "ذبيح الله مجاهد هذه الاتهامات")
            and not (named and (is_name_word(prev_word) or _n(prev_word) in _GOD_WORDS) and prev_bare not in title_words())
            and is_arabic_word(word)
            and not (_n(prev_word) == "في" and is_place(word))  # ("وزارة الصحة في غزة هذه الرواية": where it is)
        ):
            break  # "ونفت حركة حماس صحة هذه التقارير": a noun before "this/these + noun" heads the object
        if start is not None and _told_outlet(text, start, w):
            break  # "وقال وزير الخارجية لصحيفة «الشرق الأوسط» إن": the outlet told, no genitive of the title
        # (After a name, a word in لا… and ه is a foreign La-/Le- family name, no "to his", where no dictionary
        # has the noun it would own ("فرانك لانغه") or none knows the given name ("ينس لاركه"). "لأنصاره" has its
        # hamza, "لابنه" is a relation.)
        foreign_family = (
            (prev_name or named)
            and _DIACRITICS.sub("", word).startswith("لا")
            and not _someones(word[1:])
            and (
                not any(is_common_noun(f) for f in _owned_forms(word[1:]))
                or not is_arabic_word(prev_word)
                and not is_attested_name(prev_word)
            )
        )
        if (
            start is not None
            and nw[:1] == "ل"
            and (
                prev_someones
                or len(nw) > 4
                and _possessed(word)
                and not _body_genitive(text, start, w, limit)
                # (a foreign family name in "يه" is no "to his": "ينس لاركيه"، "جان لوريه")
                and (_owns(word) or not _DIACRITICS.sub("", word).endswith("يه"))
            )
            and not (prev_someones and is_given_name(word))  # ("زميله لويس سواريز": his colleague, by name)
            # (nor the affairs or region a title with a pronoun is for: "مساعدها للشؤون الفنية X", her assistant;
            # "مديرها لمنطقة الشرق الأوسط X")
            and not (prev_someones and (_bare(_after_li(nw)) == _AFFAIRS or _n(nw[1:]) in _REGION_NOUNS))
            and not foreign_family
        ):
            # "وقال شقيقه لوكالة الأنباء": a noun with a pronoun takes no complement; "وقال الوزير لنظيره": nor is
            # one with a pronoun a title's complement. Either way, the addressee.
            break
        # A title's own ب-phrase before its holder's given name: "وزير … والمغاربة المقيمين بالخارج ناصر بوريطة"
        # (perhaps with its adjective: "المتحدث باسم الجيش باللغة العربية أفيخاي أدرعي").
        holder_follows = (
            (
                titled
                and not named
                and nw.startswith("بال")
                and _bare(nw[1:]) not in title_words() | body_words()
                and (
                    _given_name_then_name(text, w.end(), limit)
                    or _holder_after_adjective(text, w.end(), limit)
                    # (or set off by commas: "مدير الكرة بالزمالك، حسام عبد المجيد،")
                    or bool(re.match(r"[،,]", text[w.end() : w.end() + 1]))
                    and _given_name_then_name(text, w.end() + 1, limit)
                )
            )
            or (prev_bare in _PRIZE_WINNERS and nw.startswith("ب"))
        )  # ("الفائز بالميدالية الذهبية أحمد الجندي": what he won)
        # (A definite body's noun after a name, before a comma, is the verb's complement: "وأشاد الفنان X
        # بالحكومة، وقال"; before more words it is where the title is held, "… بالجامعة الأردنية وليد الخطيب".)
        complement = (
            nw.startswith("بال")
            and _bare(nw[1:]) in body_words()
            and prev_bare not in title_words() | body_words() | _GENERIC
            and bool(re.match(r"\s*[،,]", text[w.end() : limit]))
        )
        if (
            start is not None
            # ("المتحدث الرسمي لبرنامج «سكني» X": a title's adjective, then its genitive, no press told)
            and (
                _prepositional(text, nw, prev_bare, _bare(before_last) in title_words() and _title_adjective(prev_word))
                or complement
            )
            and not _body_genitive(text, start, w, limit)
            and not _apposition_genitive(text, start, w, limit)
            and not _in_language(prev_bare, nw)
            and not _in_charge_of(text, prev_bare, w.end(), limit)
            and not (
                not prev_def
                and not _without_its_letter(text, nw)
                and not is_common_noun(word[1:])  # ("محمد علي بالتنظيم، وقال": a noun of the dictionary after ب)
                and _closes_phrase(text, w.end(), limit)
            )
            # (After a title's description, ل and a body is its genitive: "عضو المكتب السياسي لحركة حماس عزت الرشق";
            # not the press after a given and a family name: "للجماعة محمد البخيتي لقناة الجزيرة", whom he told.)
            and not (
                prev_def
                and titled
                and not named
                and nw[:1] == "ل"
                # (or bodies: "رئيس النقابة الوطنية لوكالات السياحة")
                and _bare(re.sub(r"ات$", "ه", _after_li(nw))) in body_words()
                and not (_bare(_after_li(nw)) in _PRESS and is_given_name(before_last))
            )
            # (So is a title after an office that follows the name: "أنور قرقاش المستشار الدبلوماسي لرئيس الدولة", or
            # after an aide's title: "المستشار الإعلامي لقائد قوات الدعم السريع X", whose adviser he is.)
            # (So after a body's noun and its adjective, whose office it is: "المكتب الإعلامي لرئيس المجلس".)
            and not (
                prev_def
                and (offices or aide and not named or body_noun_first and not named)
                and nw[:1] == "ل"
                and _bare(_after_li(nw)) in title_words()
            )
            # (... and a region after a title, what it covers: "كبير الاقتصاديين لمنطقة الشرق الأوسط في البنك X".)
            and not (prev_def and titled and not named and nw[:1] == "ل" and _n(_after_li(nw)) in _REGION_NOUNS)
            and not _where_body_is(text, start, w, limit, no_object)  # ("بتونس" after a body: where it is)
            and not holder_follows
        ):
            # "بكشف الحقيقة" after a name: a preposition and its noun, not more of the name. (But a word the
            # article never has without its ب that ends the phrase is the name's: "مصطفى بايتاس، في ندوة".)
            break
        if (
            start is not None
            and (prev_def or prev_bare in _country_words())  # ("انتقدته إيران بشدة": a country is whole too)
            and nw[:1] == "ب"
            and len(nw) >= 4
            and country_named(f"{prev_word} {word}") is None  # (but "غينيا بيساو" is one country's name)
            and nw not in _STOP  # (a preposition the rule above let go on: "بشأن")
            and not _in_charge_of(text, prev_bare, w.end(), limit)
            and not nw.startswith("باسم")
            and not _in_language(prev_bare, nw)
            and _bare(nw[1:]) not in body_words()  # ("أستاذ الاقتصاد بجامعة القاهرة": where the title is held)
            and (not is_name_word(word) or prev_bare.endswith("ون"))
            and not name_not_pronoun
            # ("المدرب البرتغالي باولو سوزا": after a title and a nationality, a foreign name spelt with ب first, and
            # no noun the article has; "أحد السكان بصوت متهدج" is how he spoke. So after a title in an apposition:
            # "بطريرك القدس، الكاردينال بييرباتيستا بيتسابالا،".)
            and not (
                titled
                and (country_of(prev_word) is not None or not leading)
                and _foreign_pair(word, _next_word(text, w.end(), limit))
                and _bare(nw[1:]) not in _vocabulary(text)
            )
            and not _where_body_is(text, start, w, limit, no_object)  # ("معهد الشرق الأوسط بواشنطن تشارلز ليستر")
            # ("وقال الرئيس الأسبق باراك أوباما إن": a verb of saying takes no ب-complement, so after a title a ب-word
            # and one more before the complementiser are the holder's name, unless the article has the noun.)
            and not (no_object and titled and not named and _name_before_words(text, w, limit))
            # (... or the ب-word alone before the complementiser, no dictionary noun after its ب: "وقال الرئيس بايدن إن")
            and not (
                no_object
                and titled
                and not named
                and _opens_words(_n(_next_word(text, w.end(), limit)))
                and not is_common_noun(_DIACRITICS.sub("", word)[1:])
                and _bare(nw[1:]) not in _vocabulary(text) | _MANNER_NOUNS
            )
            # (so where the post follows on its platform: "وكتب الرئيس السابق باراك أوباما على منصة إكس:")
            and not (titled and not named and _name_before_words(text, w, limit) and _posted_after(text, w.end(), limit))
            # (and after a title, whatever the verb, where no noun of the dictionary or the article follows the ب:
            # "ووصف الرئيس بايدن نظيره الصيني بأنه"، "وانتقد الوزير بلينكن القرار")
            and not (
                titled
                and not named
                and len(nw) >= 5
                and not is_common_noun(_DIACRITICS.sub("", word)[1:])
                and not is_verbal_noun(_DIACRITICS.sub("", word)[1:])
                and _bare(nw[1:]) not in _MANNER_NOUNS
                and _bare(nw[1:]) not in _vocabulary(text)
                # (not after a body's noun, whose genitive it may be: the phrase so far is read last)
                and not any(_bare(x) in body_words() for x in WORD.findall(text, start or w.start(), w.start()))
            )
            and not holder_follows
            # ("المبعوث الأممي عبد الله باتيلي أن": the definite word completes a compound given name; a word with ب
            # that the article has no noun for, right before the complementiser or with no noun of the dictionary
            # after its ب, is the family name: "النائب عبد الله بوانو تأخر السلطات". Not after a title: "وأكد
            # الوزير بإصرار أن" is how he said it.)
            and not (
                _n(before_last) == "عبد"
                and not _prepositional(text, nw, prev_bare)
                and _bare(nw[1:]) not in _vocabulary(text)
                and _bare(nw[1:]) not in _MANNER_NOUNS
                and not _possessed(word)
                and (_opens_words(_n(_next_word(text, w.end(), limit))) or not is_common_noun(word[1:]))
            )
        ):
            # "وتطالب المعارضة بفرص متساوية": after a definite word, ب and a noun that is no name (and no name
            # follows a plural: "وطالب المتظاهرون برحيل").
            break
        if (
            start is not None
            and unnamed_head
            and not head_definite  # ("الخبير في شركة "إنرجي" مارك لويس": a name after a definite one's workplace)
            and nw[:1] == "ل"
            and nw[:2] != "لل"
            and len(nw) > 3
            and not _bare(nw).endswith(("ي", "يه"))
            and _bare(nw) not in body_words()  # ("مصدر في لجنة الحكام": a committee, whose ل is its own)
            and prev_bare not in body_words() | title_words()
            and not (prev_name and _family_name_in_l(text, w, limit))
            and not _press_told_after(text, w.end(), limit)
        ):
            # "وقال شهود عيان لفرانس برس": whom they told (but "مصادر لبنانية": where they are from; "مصادر في
            # نادي ليستر": a body's name; "مشجع لريال مدريد لقناة X": whose fan, the press told after it)
            break
        if (
            start is not None
            and re.fullmatch(r"باسم(?:ه|ها|هم|هما)", nw)
            and (prev_bare in title_words() or _plural_title(prev_word))
        ):
            # "المتحدث باسمها": its spokesman, a complete title; only the holder's name may follow ("المتحدث باسمها
            # توماس رينييه"). ("إحدى المتحدثات باسمها": one of its spokeswomen.)
            end = i = w.end()
            n += 1
            prev_bare, prev_word, prev_def, prev_name, before_title, office = "", word, False, False, True, True
            continue
        # A noun with a possessive pronoun after the name is an object ("اتهمته باغتصابها"); with "his" as written
        # (ه, which a name may end in too), after a definite title ("أبدى المدرب سعادته") or after a preposition
        # ("وأشاد النجم محمد صلاح بزملائه").
        his = _owns(word) and (prev_def and nw[0] != "و" or nw[:1] in "بل" and not nw.startswith("باسم")) and not foreign_family
        # (And "his statement" after any name: "وختم رئيس الجامعة فوزي لقجع تصريحه بالقول"; so his verbal noun, which
        # no name is spelt like: "أعلن رئيس الوزراء الياباني شيغيرو إيشيبا استقالته".)
        his = his or _owns(word) and _channel(word) is not None
        his_deed = (
            named
            and (is_attested_name(prev_word) or not is_arabic_word(prev_word))
            and _owns(word)
            # (a name the index barely knows, written with ه where it would have ة: "دونالد ترامب فوزه", not Fawza)
            and (not is_attested_name(word) or not is_given_name(word) and _DIACRITICS.sub("", word).endswith("ه"))
            and any(is_verbal_noun(f) for f in _owned_forms(word))
        )
        his = his or his_deed
        # ("نائبة مديرتها الإقليمية"، "مدير مكتبها": after an indefinite title, a title or a body with a pronoun is
        # its genitive, the office or body the holder serves.)
        theirs = re.search(r"(?:ها|هم|هما|هن)$", nw) is not None
        of_office = (
            prev_bare in title_words()
            and not prev_def
            and (_someones(word) or theirs and bool(_owned_forms(word) & body_words()))
            # ("رئيس وزرائها"، "وزير دفاعها": its prime minister, a title roles.tsv lists; its minister of a domain)
            or prev_bare in title_words()
            and not prev_def
            and theirs
            and (
                any(is_title_form((prev_bare, f)) for f in _owned_forms(word))
                or bool(_owned_forms(word) & ministry_domain_words())
            )
            # ("كبيرة علمائها"، "وكبير إدارييها التنفيذيين": the chief of its scientists, of its executives)
            or _bare(_unconj(_n(prev_word))) in _CHIEF
            and not prev_def
            and (theirs or his)
            # ("المتحدث باسم خارجيتها": the body with its pronoun whom a spokesman speaks for)
            or _n(prev_word) == "باسم"
            and (theirs or his)
            and bool(_owned_forms(word) & (body_words() | ministry_domain_words()))
            # ("ورئيس وفدها المفاوض X": a title that never stands alone heads a construct; the noun with its pronoun
            # is its genitive, whatever it is. Not an unnamed source's noun: "وأبدى مسؤول ارتياحه", his relief.)
            or _bare(_unconj(_n(prev_word))) in title_words() - _UNNAMED
            and not prev_def
            and (theirs or his)
        )
        # ("رئيس الشركة ومديرها التنفيذي أمين الناصر": a second office of the body just named, joined by و before
        # any name, and the holder's name after it.)
        second_office = (
            not named
            and nw[:1] == "و"
            and bool(_owned_forms(_unconj(nw)) & title_words())
            and _given_name_after(text, w.end(), limit)
        )
        if (
            start is not None
            and len(nw) > (3 if his_deed else 4)  # (a short verbal noun with "his" too: "فوزه")
            and (theirs and not nw.startswith("ال") or his)
            and not of_office
            and not second_office
            and not _body_genitive(text, start, w, limit)  # ("الهيئة العامة للترفيه تركي آل الشيخ": no "his")
            # (nor a participle's own preposition and pronoun: "أحد المجني عليهم")
            and not (nw in _ON_THEM | _ABOUT_THEM | _WITH_THEM and _n(prev_word).startswith("الم"))
        ):
            break
        if (
            start is not None
            and titled
            and not named
            and not no_object
            # (not a preposition's noun: "في حكومة تصريف الأعمال"، "المتحدث باسم حكومة إقليم كردستان")
            and _n(prev_word) not in _STOP | {_n("باسم")}
            # (nor a title's genitive, right after the title with no article: "زعم رئيس اتحاد مربي الماشية، X، أن")
            and not (_bare(prev_word) in title_words() and not has_article(prev_word))
            and is_verbal_noun(_DIACRITICS.sub("", word))
            and not is_given_name(word)
            and _indefinite_noun_no_name(_next_word(text, w.end(), limit))
        ):
            break  # ("وأعلن المدعي العام فتح تحقيق": after a title, a verbal noun and its genitive are what he announced)
        if start is not None and _DIACRITICS.sub("", word) in _SAYING_NOUNS and word != "وعد":
            break  # ("وانتقد الوزير قول نظيره الفرنسي إن": what he criticised; Waad is a name)
        if start is not None and nw in _ATTENTION and _n(_next_word(text, w.end(), limit)) in ("الي", "الى"):
            break  # ("ولفتت الخبيرة X النظر إلى أن": drew attention to, the verb's own object)
        if start is not None and prev_name and nw in _QUANTIFIERS:
            break  # ("انتقد رئيس مجلس النواب مايك جونسون بعض بنود القانون": a quantifier heads the object)
        if (
            start is not None
            and named
            and _described(text, start, w.start())
            and _object_after_name(text, before_last, prev_word, w, limit)
        ):
            break  # "أعلن المدرب وليد الركراكي قائمة اللاعبين"، "أعلن المتحدث X استهداف سفينة": what he announced
        # (But a number right after a body's noun is its name: "القناة 12 الإسرائيلية".)
        numbered = start is not None and n == 1 and prev_def and prev_bare in body_words() and len(nw) <= 3
        # (... or after its city, a university's: "أستاذة العلوم السياسية بجامعة الجزائر 3")
        body_before = _bare(before_last)
        numbered = numbered or (
            start is not None
            and len(nw) <= 2
            and (is_place(prev_word) or country_of(prev_word) is not None)
            and (body_before in body_words() or _body_noun_after(before_last, "بل"))
        )
        if (
            re.fullmatch(r"\d+", nw)
            and not numbered
            or (nw in ("عام", "سنه") and re.match(r"\s*\d", text[w.end() : w.end() + 3]))
        ):
            break
        if start is not None and named and is_attested_name(prev_word) and is_number(word):
            break  # ("أعلن الرئيس X الحداد ثلاثة أيام": a number after a name counts the object's days, no name)
        if start is not None and _bare(word) in _TIME_NOUNS and _n(_next_word(text, w.end(), limit)) in _RELATIVE_TIME:
            break  # ("وأعلن الوزير العام الماضي أن": when, no "general")
        if start is not None and nw[:1] == "ل" and not nw.startswith("لل") and _bare(nw[1:]) in _AUDIENCE:
            break  # ("وقالت تاكايتشي لصحفيين في طوكيو": to journalists, whoever said it)
        if (
            start is not None
            and nw in _OUTLET_NOUNS
            and (prev_def or prev_name or is_adjective(prev_word) and _n(prev_word).endswith("ي"))
        ):
            break  # ("وأفاد مصدر أمني وكالة رويترز بأن"، "وأبلغ الوزير صحيفة …": whom it was told, a definite or
            # complete phrase taking no genitive; "رئيس تحرير صحيفة X" is one)
        # "للصحفيين" after a name is an indirect object (قال الوزير سالم للصحفيين); after a bare title it is part of
        # the title (الأمين العام للأمم المتحدة).
        if (
            nw.startswith("لل")
            and (
                start is not None
                and not quoted  # ('مجموعة "رابيدان" للطاقة': a genitive completes the body's name)
                and not body_name_open  # (so after its noun and adjectives: "الشركة الوطنية للتأمين")
                # (or its noun and a place that names it: "مكتب أبوظبي للاستثمار"، "هيئة دبي للطيران المدني")
                and not (body_foreign and is_place(prev_word))
                # (or, where a person's title was taken, its own name: "الباحث في مركز جسور للدراسات سامي"; so after
                # the title's ل, with the holder's name set off: "الرئيس التنفيذي لشركة سامسونغ للإلكترونيات، X، إن")
                and not (
                    (office or unnamed_head)
                    and not prev_def
                    and (
                        _bare(before_last) in body_words()
                        or _bare(_after_li(_n(before_last))) in body_words()
                        and _name_set_off(text, end or w.start(), limit)
                    )
                )
                # (so after a body named after someone, "الباحثة في مركز الملك عبد الله للدراسات، نورة اليوسف،", or
                # with the holder's given name right after it, "مدير مؤسسة محمد بن راشد للمعرفة جمال بن حويرب")
                and not (
                    (office or unnamed_head)
                    # (its ل too: "المديرة التنفيذية لصندوق الأمم المتحدة للطفولة كاثرين راسل")
                    and any(
                        _bare(x) in body_words() or _n(x)[:1] == "ل" and _bare(_after_li(_n(x))) in body_words()
                        for x in WORD.findall(text, start, w.start())[1:]
                    )
                    and (_name_set_off(text, end or w.start(), limit) or _given_name_after(text, w.start(), limit))
                )
                and not (_only_title(text, start, i) or _body_described(text, start, i))
                and not _named_for(text, start, w)
                # (nor a record's: "البيان الختامي للقمة" is the summit's statement)
                and _bare(WORD.findall(text, start, w.start())[0]) not in _CHANNELS
                and prev_bare not in _AFFILIATED  # ("وكالات تابعة للأمم المتحدة": whose they are)
                and not _press_told_after(text, w.end(), limit)  # ("مشجع للنادي الأهلي لقناة X": whose fan)
                # ("المديرة التنفيذية لمنظمة الأمم المتحدة للطفولة X": the last word of a listed body's name)
                and not _ends_in_body_name(text, start, w.end(), governed=True)
                # (not "الصحفيين": "لجنة حماية الصحفيين" is a body's name)
                or _bare(nw[2:]) in _AUDIENCE
                and not (start is not None and _apposition_genitive(text, start, w, limit))
            )
        ):
            break  # (whom it was said to, after any title: "وقال الأمين العام للصحفيين")
        family = prev_def and not prev_bare.endswith(("ي", "يه")) and is_name_word(prev_word)  # ("الجبير")
        if (
            start is not None
            and (prev_name or family)
            and _country_as_written(word)
            # ("وشمال أفريقيا"، "لشمال أفريقيا": a region)
            and re.sub(r"^[لب]", "", _unconj(_n(prev_word))) not in _QUARTERS
            and not (nw[:1] == "و" and prev_bare in _country_words())  # ("وزيرا خارجية مصر والأردن": and)
            and not (prev_word[:1] in "بل" and _bare(prev_word[1:]) in body_words())  # ("بجامعة الكويت": its name)
            # ("رئيس الاتحاد العام لمقاولات المغرب X": a ل-genitive no name is spelt like, then its country)
            and not (prev_word[:1] == "ل" and not is_attested_name(prev_word))
            and _bare(_unconj(_n(prev_word))) not in _STATE_NOUNS  # ("وجمهورية الصين": the state's own name)
            and not _common_noun_no_name(prev_word)  # ("فريق منسقي استجابة سوريا": a noun's genitive)
            and _bare(_unconj(_n(prev_word))) not in title_words()  # ("X وبابا الفاتيكان Y": a second title's genitive)
            # ("رئيس إقليم كردستان العراق X"، "حاكم ولاية دارفور السودانية": a region's country is its genitive)
            and _n(before_last) not in _REGION_NOUNS
            and not (prev_bare in _country_words() and _given_name_like_country(text, w.end(), limit))
            and not _in_listed_body(text, start, w)
        ):
            break  # "اتهم الوزير سالم حداد تركيا"، "عادل الجبير إيران": a country after a name is the verb's object
        if (
            start is not None
            and not no_object  # (a verb with no object: "وقال الدكتور معتصم الأمين إدريس إن", a name's word)
            and _bare(word) in title_words()
            # (not a name's word after a link or before one: "محمد ولد الشيخ الغزواني"، "محمد الأمين ولد سيدي")
            and _n(prev_word) not in _NAME_LINKS
            and _n(_next_word(text, w.end(), limit)) not in _NAME_LINKS
            # (a title that is one: definite or heading a construct; "أيلا قاضي أوغلو" is a family name)
            and (_has_article(word) or _has_article(nxt := _next_word(text, w.end(), limit)) or _bare(nxt) in body_words())
            and _ends_in_name(text, start, w.start())
            and _bare(prev_word) not in relation_words()  # ("نجل المتهم الرئيسي": a relation's genitive, no name's)
            and _titled_name_after(text, w.start(), limit)
        ):
            # "وانتقد بايدن رئيس الوزراء الإسرائيلي بنيامين نتنياهو"، "وهاجم أردوغان زعيم حزب الشعب الجمهوري أوزغور
            # أوزيل"، "واستقبل الرئيس السيسي رئيس الوزراء الإسباني بيدرو سانشيز": a title after a name that names a
            # holder of its own is the object's, no apposition.
            break
        holder = office or unnamed_head
        if (
            start is not None
            and not nw.startswith("ال")
            and nw not in ("في", "من")
            # (After an office or an unnamed source's head and where it is held, a name: "مسؤولة الجائحة في المنظمة
            # ماريا فان كيرخوف".)
            # (A source phrase takes no object either: "وبحسب وزير الدولة للتجارة الخارجية X".)
            and (
                prev_bare in body_words()
                and prev_def
                and not (holder and (no_object or source or is_name_word(word)))
                or prev_tag
            )
            and _n(before_last) != "في"  # ("زميله في المنتخب كمال نصار": the body is where, and no subject)
            # (In an apposition no object stands: offices follow one another, "، نائب رئيس الدولة رئيس مجلس الوزراء".)
            and not (office and not leading and _bare(word) in title_words())
            # ("رحب رئيس النادي فلورنتينو بيريز باللاعب": after an office, two words that may be a foreign given and
            # family name, neither of which the article has as a noun with the article, are its holder's name.)
            and not (holder and _foreign_holder(text, word, _next_word(text, w.end(), limit)))
            and not numbered
            # ("وزير الدولة لشؤون مجلس الأمة X": the affairs an office is for, never an object)
            and not (nw[:1] == "ل" and _bare(_after_li(nw)) == _AFFAIRS)
        ):
            break  # "اقترحت الوزارة فرض رسوم", "أعلنت #واشنطن تعريفات": a body or a tag is whole; this is an object
        if (
            start is not None
            and n == 1  # (the dual heads the subject; "لحقوق الإنسان عزيز غالي" is a genitive and a name)
            and prev_def
            and prev_bare.endswith("ان")
            and len(prev_bare) >= 5
            and prev_bare not in _country_words()
            and not is_name_word(prev_bare)
            and not nw.startswith(("ال", "ل", "و", "ب"))
            and nw not in ("في", "من")
        ):
            break  # "وأعلن الجانبان توقيع اتفاقية": after a definite dual, an indefinite word is the object
        if (
            quoted
            and not nw.startswith(("ال", "ل", "و"))
            and nw not in ("في", "من")
            and not ((office or _described_person(text, start)) and (is_name_word(word) or _name_ends_phrase(text, i, limit)))
        ):
            # 'ونشرت صحيفة "المساء" تحقيقا': after a body's quoted name come its adjectives or another speaker
            # with و; any other word is the verb's object. (After a title's, a name: 'رئيس "غافي" سيث بيركلي';
            # so after a title and where its holder works: 'المحلل في شركة "أويل إكس" فيكتور كاتونا'.)
            break
        if (
            start is not None
            and prev_def
            and prev_bare in body_words()
            and prev_bare.endswith("ه")
            and not office  # ("الناطق باسم الشرطة العقيد سالم": the body completes a title; the holder follows)
            and nw.startswith("ال")
            and not _DIACRITICS.sub("", word).endswith(("ة", "ي", "ى", "اء", "ا"))  # (ا: "الهيئة العليا")
            # (a passive participle with its preposition stays masculine: "الحكومة المعترف بها")
            and not _participle_with_its_pronoun(text, w, limit)
        ):
            break  # "ووصفت الصحيفة الاجتماع": an adjective of a feminine body agrees with it; this is the object
        if (
            start is not None
            and prev_def
            and nw.startswith("ال")
            and _bare(word) in body_words()
            and (prev_bare in body_words() or plural_genitive or _ends_in_body_name(text, start, end or start))
            # (but a body's noun that is also an adjective agreeing with it describes it: "اللجنة المنظمة")
            and not (prev_bare in body_words() and is_adjective(word) and prev_bare.endswith("ه") == _bare(word).endswith("ه"))
        ):
            # "أوصت اللجنة الاتحاد السعودي بأن": two definite bodies side by side are a subject and its object (so a
            # body after a plural's genitive, "وطالب اتحاد منتجي الدواجن الحكومة", or a listed body's whole name,
            # "واتهمت قوات الدعم السريع الجيش")
            break
        if (
            body_named
            and name_complete
            and prev_bare.endswith(("ي", "يه"))
            and nw.startswith("ال")
            and _bare(word) in body_words()
        ):
            break  # "واتهمت منظمة العفو الدولية السلطات": an adjective closed the body's name; another body is the object
        if (
            nw.startswith("ال")
            and nw not in _NAME_LINKS  # ("آل", a family's, normalises like the article: "محمد بن راشد آل مكتوم")
            and not _bare(word).endswith(("ي", "يه", "ه", "ان"))
            and not is_sound_plural(word)  # (a plural may be an adjective; "القانون" is a noun)
            and _bare(word) not in _BODY_ADJECTIVES  # ("حزب الشعب الجمهوري المعارض القرار": the opposition party)
            and (
                body_named
                and name_complete
                # (or a plural genitive: "وزارة الخارجية والمغتربين المجتمع الدولي")
                and (
                    prev_bare.endswith(("ي", "يه"))
                    or prev_bare in _BODY_ADJECTIVES
                    or prev_bare.endswith("ين")
                    and len(prev_bare) > 5
                    and country_of(word) is None
                )
                and prev_bare not in body_words()
                or start is not None
                # (not a country after a noun in construct, whose genitive it is: "غرفة تجارة الأردن"، "وزارة خارجية
                # الولايات المتحدة")
                # (nor after a common noun no name is, in construct: "حركة مجتمع السلم", a party of peace's society)
                and (
                    body_foreign
                    and not (is_arabic_word(prev_word) and _country_follows(text, w))
                    and not _common_noun_no_name(prev_word)
                    or plural_genitive
                )
            )  # (the body's own noun may end like an adjective: "الهيئة")
            and not _said_next(text, w.end(), limit)  # ("قال الجيش السوري الحر إن": no object stands before it)
            # (nor a participle with its own preposition and pronoun, an adjective: "الحكومة اليمنية المعترف بها")
            and not _participle_with_its_pronoun(text, w, limit)
        ):
            # After a body's adjective ("أعلنت وزارة الداخلية السعودية القبض على") or its foreign name ("ودعت منظمة
            # هيومن رايتس ووتش السلطات") or a plural's genitive ("وانتقدت جمعية مستوردي السيارات القرار"), a
            # definite noun that cannot be an adjective is the object.
            break
        if (
            start is not None
            and prev_def
            and country_of(prev_word) is not None  # (a nationality; not a branch's city: "اللوفر أبوظبي")
            and country_named(prev_word) is None
            and not nw.startswith(("ال", "وال"))
            and country_named(word) is not None
            and not is_given_name(word)
            and not _said_next(text, w.end(), limit)
        ):
            break  # "دعت وزارة الخارجية الأمريكية أنقرة إلى": after a title or body's nationality, a country is the object
        if (
            start is not None
            and n == 1
            and prev_def
            and prev_bare in title_words()
            and not _n(prev_word).endswith("ه")  # (nor a feminine one, its ة written ه at times: "الملكه")
            and nw.startswith("ال")
            and _DIACRITICS.sub("", word).endswith("ة")
            and not is_verb_form(word)
            # (but one that agrees with the noun after it, "his": "الرئيس المنتهية ولايته X", the outgoing president)
            and not _agrees_with_next(_next_word(text, w.end(), limit))
        ):
            break  # "واتهم الرئيس المعارضة بأنها": a masculine title takes no feminine adjective; the object follows
        if (
            start is not None
            and named
            and prev_name
            and (is_attested_name(prev_word) or not is_arabic_word(prev_word))
            and _has_article(word)
            and is_common_noun(word)
            and (_DIACRITICS.sub("", word).endswith("ة") or not is_adjective(word))
            and not is_attested_name(word)
            and not is_verb_form(word)
            and not no_object
            and nw not in _GOD_WORDS  # ("عبد الله بووانو": a compound name's second word)
            and _b_complement(_next_word(text, w.end(), limit))
        ):
            # "ووصف الوزير أحمد علي العملية بأنها"، "ووصفت الرئيسة أورسولا فون دير لاين الهجوم بأنه": after a name, a
            # noun with the verb's ب-complement after it is the object, no name of his
            break
        # (but not the genitive of an indefinite noun that is no name: "مكتب تنسيق أعمال الحكومة")
        genitive_of = not prev_def and is_common_noun(prev_word) and not is_attested_name(prev_word)
        if start is not None and body_foreign and nw.startswith("ال") and _bare(word) in body_words() and not genitive_of:
            break  # "واتهمت حركة حماس السلطة الفلسطينية": after a body's own name, another body's noun is the object
        if (
            start is not None
            and body_noun_first
            and prev_def
            # (a country's name, not a nisba: "وكالة أنباء تسنيم الإيرانية شبه الرسمية")
            and (country_named(prev_word) is not None or country_named(f"{before_last} {prev_word}") is not None)
            and not nw.startswith(("ال", "وال"))
            and is_common_noun(word)
            and not is_given_name(word)
            and _bare(word) not in title_words() | body_words()
        ):
            break  # "نشرت إدارة غابات الولايات المتحدة حملة": the country ends the body's name; a noun after it is the object
        if (
            start is not None
            and body_named
            and name_complete
            and nw[:1] == "ب"
            and is_place(word[1:])
            and country_of(word[1:]) is None
            and _indefinite_phrase(text, w.end(), limit)
        ):
            end = i = w.end()  # "النيابة العامة لدى المحكمة الابتدائية بتطوان فتح بحث": the city it sits in, then the object
            break
        if (
            start is not None
            and body_named
            and name_complete
            and not nw.startswith(("ال", "ل"))
            and nw not in ("في", "من")
            and "(" not in text[end : w.start()]
            # ("المنظمة العالمية للأرصاد الجوية ووكالة ناسا": و and a body's or title's noun join a second speaker)
            and not (nw[:1] == "و" and _bare(nw[1:]) in body_words() | title_words())
            # (nor a definite word joined to the name's last, which the object never opens with: "جهاز الإسعاف
            # والطوارئ"، "لمكافحة الأمراض والوقاية منها"، "اللجنة الاقتصادية والاجتماعية لغربي آسيا")
            and not nw.startswith("وال")
            # (nor the given name of whom a body is named for, after his title: "مركز الملك سلمان للإغاثة")
            and not (_bare(prev_word) in title_words() and is_given_name(word))
            and not (_n(prev_word).startswith("الم") and nw in _ABOUT_THEM | _WITH_THEM)  # ("المعترف بها")
            and not defended
            and (
                _indefinite_phrase(text, w.end(), limit)
                # (or a noun of the dictionary heading a construct: "أعلنت الحكومة الإسبانية حالة الطوارئ")
                or is_common_noun(word)
                and not (is_attested_name(word) or is_place(word))
                and _n(_next_word(text, w.end(), limit)).startswith("ال")
            )
        ):
            # "وصفت منظمة الصحة العالمية ابتكار دواء": after a body's definite name, an indefinite noun is the
            # object (but a genitive with لـ goes on with the name: "الاتحاد الآسيوي لكرة القدم").
            break
        if (
            start is not None
            and body_noun_first
            and not holder
            and not nw.startswith(("ال", "ل", "و", "ب"))
            and nw not in ("في", "من")
            and _bare(word) not in title_words() | body_words()  # ("مكتب رئيس الحكومة": its name)
            and prev_bare not in ("في", "من")  # ("اللجنة في مدينة الرياض": where it sits)
            and not (prev_bare in body_words() and not prev_def)  # ("رابطة مشجعي النادي": its genitive)
            # (nor after an indefinite noun, which heads a genitive still: "مكتب تنسيق أعمال الحكومة")
            and not (is_common_noun(prev_word) and not _n(prev_word).startswith(("ال", "لل")) and not is_place(prev_word))
            and not _ends_in_body_name(text, start, w.end())  # ("منظمة أطباء بلا حدود": the last of its name)
            and _n(_next_word(text, w.end(), limit)).startswith("ال")
            and _bare(_next_word(text, w.end(), limit)) in title_words() | body_words()
        ):
            # "أعلنت اللجنة المستقلة للانتخابات فوز الرئيس"، "… في موريتانيا استقالة الحكومة": after a body and
            # whatever completes its name, a noun governing an office or a body is the object; no person's name
            # follows a body.
            break
        if (
            start is not None
            and end is not None
            and not nw.startswith(("ال", "ل", "و"))
            and "(" not in text[end : w.start()]  # ("الاتحاد الدولي لكرة القدم (فيفا)": its acronym)
            and _known_body_ends(text, start, end, word)
        ):
            break  # "انتقدت منظمة أطباء بلا حدود بطء الاستجابة": a known body's name is complete; this is the object
        if (
            start is not None
            and prev_name
            and nw.startswith("وال")
            and not _speaker_noun(nw[1:])
            and country_of(word[1:]) is None
            and _bare(nw[1:]) not in _country_words()
            and _n(_next_word(text, w.end(), limit)) in ("في", "علي")
        ):
            break  # ("تقول سماح والدموع في عينيها": و and a definite noun open a circumstantial clause, no one else)
        if start is not None and _n(before_last) == "في" and is_place(prev_word) and not nw.startswith("ال"):
            if _bare(nw) in body_words() and not _someones(word):
                break  # ("واتهمت لجنة المقاومة في الفاشر قوات الدعم السريع": where it is, then the object, a body)
        start = w.start() if start is None else start
        if nw not in ("في", "من"):
            end = w.end()  # a phrase never ends on a preposition whose noun was not taken
        n += 1
        # (The length limit is each person's: "زعيم التيار الوطني الشيعي مقتدى الصدر ورئيس تحالف السيادة خميس
        # الخنجر" names two, the second from "ورئيس".)
        if nw[:1] == "و" and _bare(nw[1:]) in title_words():
            person_from = n - 1
        prize = prize or prev_bare in _PRIZE_HOLDERS and nw == "على" or prev_bare in _PRIZE_WINNERS and nw[:1] == "ب"
        li_genitive = (
            nw.startswith("لل")
            or nw.startswith("ال")  # (or an indefinite one's genitive: "لحقوق الإنسان")
            and _n(prev_word)[:1] == "ل"
            and not _n(prev_word).startswith("لل")
            and len(prev_word) > 3
            or _n(prev_word) == "في"
            and is_place(word)  # (or where it is: "المفوضية العليا المستقلة للانتخابات في العراق")
            or li_genitive
            and nw.startswith("ال")
            and _title_adjective(word)
        )
        before_last, prev_bare, prev_word = prev_word, _bare(word), word
        # (after a number too: "ثلاثة مصادر في التحالف")
        unnamed_head = unnamed_head or (n == 1 or n == 2 and is_number(before_last)) and _bare(word) in _UNNAMED
        head_definite = head_definite or (n == 1 and nw.startswith("ال"))
        # ("كبير الاقتصاديين في شركة …": "chief" heading a phrase is a title, no name; after a noun, an adjective.)
        chief = n == 1 and prev_bare in _CHIEF
        # ("المسؤول عن ملف الأسرى في الحركة X": an office's own preposition makes the phrase a description.)
        governs = _bare(before_last) in _GOVERNING.get(nw, ())
        # ("المكلفة بالإعلام في الوزارة سلمى بن يوسف": one charged with an office heads the phrase as a title does)
        charged = n == 1 and prev_bare in _CHARGED
        titled = titled or prev_bare in title_words() or prev_bare in body_words() or chief or governs or charged
        name_seen = named  # (a name came before this word)
        named = named or (
            not nw.startswith(("ال", "وال", "لل"))
            and nw not in _STOP  # ("النائب في البرلمان اليمني عن حزب …": a preposition names no one)
            and not chief
            and prev_bare not in title_words()
            and prev_bare not in body_words()
            and _n(prev_word) != "باسم"  # ("المتحدث باسم قوات الدعم السريع": the body spoken for)
            # ("رئيسة قسم أمراض القلب في": a common noun heading a construct is no name; "محمد الحسن" is one. Nor,
            # right after an indefinite title, is any word that does: "أستاذ علم الأوبئة في", though "علم" is one.)
            and not (
                _n(_next_word(text, w.end(), limit)).startswith("ال")
                and (not is_attested_name(word) or before_title and not _n(before_last).startswith(("ال", "وال")))
            )
        )
        # A body noun followed by definite words only ("منظمة الصحة العالمية"): its name, complete so far.
        body_named = (n == 1 and prev_bare in body_words()) or (body_named and nw.startswith(("ال", "وال", "ل")))
        # A body noun and a name in indefinite words after it ("منظمة هيومن رايتس ووتش", "شركة أبل").
        body_foreign = (
            n > 1
            and body_noun_first
            and not nw.startswith(("ال", "وال", "ل"))
            and prev_bare not in title_words() | body_words()  # ("مكتب رئيس الوزراء": a title's construct)
            # (nor a plural in construct, whose genitive goes on: "رابطة سائقي الشاحنات")
            and not _construct_plural(prev_word)
            and (n == 2 or body_foreign)
        )
        # A body noun's plural in construct ("جمعية مستوردي"), then its definite genitive ("السيارات").
        plural_genitive = plural_in_construct and nw.startswith("ال")
        plural_in_construct = body_noun_first and _construct_plural(word)
        body_noun_first = body_noun_first or (n == 1 and prev_bare in body_words())
        body_name_open = (
            prev_bare in body_words()
            or _body_noun_after(word)  # ("لشركة تسويق النفط «سومو»")
            or representative
            and prev_bare in _CONSTITUENCY_WORDS  # ("النائبة عن فريق التجمع الوطني للأحرار")
            or body_name_open
            and nw.startswith(("ال", "وال"))
            # (or an indefinite noun in construct right after the body's: "شركة تسويق النفط «سومو»")
            or body_name_open
            and (_bare(before_last) in body_words() or _body_noun_after(before_last))
            and not _has_article(word)
            and is_common_noun(word)
            and not is_name_word(word)
        )
        name_complete = nw.startswith(("ال", "وال", "لل"))  # a definite word ends it ("لكرة" wants "القدم")
        prev_def = _has_article(word)
        prev_tag = word.startswith("#")
        quoted = False
        office = office or prev_bare in title_words() or chief
        envoy = envoy or prev_bare in _ENVOYS | _MISSIONS
        representative = representative or prev_bare in _REPRESENTATIVES
        aide = aide or prev_bare in _AIDES
        prev_someones = _someones(word)
        # ("غرفة تجارة وصناعة الكويت": a common noun joined by و to that genitive is another, no name.)
        joined = genitive and nw[:1] == "و" and is_common_noun(nw[1:])
        # A name word: indefinite, not a title, and not the genitive right after a title ("أمير دولة قطر").
        prev_name = (
            not prev_def
            and prev_bare not in title_words()
            and prev_bare not in body_words()
            and not before_title
            and nw not in _STOP
            and not joined
        )
        genitive = (before_title or joined) and not prev_def
        before_title = prev_bare in title_words() or prev_bare in body_words()
        i = w.end()
        # (After a long name, a chain of offices may follow: "… آل مكتوم نائب رئيس الدولة رئيس مجلس الوزراء".)
        offices = (
            offices
            or (name_seen and prev_bare in title_words())
            or n - person_from >= 10
            and _bare(_next_word(text, i, limit)) in title_words()
        )
        if n - person_from >= 10 and not (offices or _name_goes_on(text, nw, i, limit)) or n >= 20 or nw in _ALONE:
            break
    if start is None or end is None:
        return None
    return start, end, i


def _has_article(word: str) -> bool:
    """Does the word (with و or not) open with the article? A hamza on the alif is none, though normalised it looks
    like it: "إليزابيث"، "ألفريد"، "إلهان"."""
    return _n(word).startswith(("ال", "وال")) and not _DIACRITICS.sub("", word).startswith(("إل", "أل", "وإل", "وأل"))


def _common_noun_no_name(word: str) -> bool:
    """Is a word a common noun that no name is: not one the romanizer attests, or a feminine noun in ة that is
    no given name ("حملة" is a surname too, but "مديرية حملة المرشح" is the candidate's campaign office)?"""
    return is_common_noun(word) and (not is_attested_name(word) or word.endswith("ة") and not is_given_name(word))


_NAME_LINKS = {_n(w) for w in "بن بنت ابن آل عبد أبو ولد منت".split()}  # (ولد، منت: the Mauritanian son, daughter of)
_ATTENTION = {_n(w) for w in "النظر الانتباه الأنظار".split()}  # what "لفت" draws "إلى"
_IYYA = {_n(w) for w in "إياه إياها إياهم إياهما".split()}  # a verb's object pronoun, standing alone
_COMPOUND_SECONDS = {_n(w) for w in "الدين الإسلام".split()}  # a given name's second word: نور الدين، سيف الإسلام
_GOD_WORDS = {_n(w) for w in "الله لله".split()}
_CHARGED = {_bare(w) for w in "مكلف مكلفة".split()}
_APPOINTED = _CHARGED | {_bare(w) for w in "معين معينة منتخب منتخبة مدعوم مدعومة معني معنية قائم قائمة".split()}


def _spelt_letters(text: str, pos: int, limit: int) -> int | None:
    """The end of two or more letter names from pos on (an acronym spelt out: "بي بي سي"), or None. An odd run
    of "إن" at its end holds the complementiser ("سي إن إن إن الوضع"، "بي بي سي إن"): CNN spells two."""
    if _DIACRITICS.sub("", _next_word(text, pos, limit)) in ("في", "أو", "أي"):
        return None  # ("في أي وقت": a preposition, "or", "any")
    letters: list[re.Match[str]] = []
    for w in WORD.finditer(text, pos, limit):
        if text[(letters[-1].end() if letters else pos) : w.start()].strip() or _n(w.group()) not in LETTER_NAMES:
            break
        if _DIACRITICS.sub("", w.group()) in ("أي", "أن"):
            # ("سمير إن أي اتفاق": "any" after the complementiser, the letter being written إي or آي; "أن" is the
            # complementiser, N being written إن)
            break
        letters.append(w)
    trailing = 0
    while trailing < len(letters) and _n(letters[-1 - trailing].group()) == "ان":
        trailing += 1
    if trailing % 2:
        letters.pop()
    return letters[-1].end() if len(letters) >= 2 else None


_STATE_NOUNS = {_bare(w) for w in "جمهورية مملكة دولة إمارة سلطنة".split()}
_DEFENCE_TEAMS = {_bare(w) for w in "فريق هيئة وكيل وكيلة محامي محامية".split()}  # ("وكيل الدفاع عن X": his counsel)


def _defends(team: str, defence: str, nw: str) -> bool:
    """Is nw (normalised) the "عن" of a defence team ("فريق الدفاع عن"، "هيئة الدفاع عن"): whom it defends?"""
    # (so does a body or bodies of them: "منظمات الدفاع عن المهاجرين")
    return nw == "عن" and _bare(defence) == "دفاع" and (_bare(team) in _DEFENCE_TEAMS or _body_or_bodies(team))


def _body_or_bodies(word: str) -> bool:
    """Is the word a body's noun (body_words) or its plural in ات ("منظمات"، "جمعيات")?"""
    b = _bare(word)
    return b in body_words() or b.endswith("ات") and b[:-2] + "ه" in body_words()


_COUNSEL = {_bare(w) for w in "محام محامي محامية موكل موكلة".split()}


_REPRESENTATIVES = {_bare(w) for w in "نائب نائبة عضو عضوة مرشح مرشحة مترشح مترشحة ممثل ممثلة برلماني برلمانية".split()}
_SITS_FOR_SET_OFF = re.compile(r"\s*[،,]\s*(?:عن|من)\s[^،,.:؛“«\"\n]{1,40}[،,]")  # ("، عن الأغلبية،")
_CONSTITUENCY_WORDS = {
    _bare(w) for w in "محافظة ولاية مدينة منطقة إقليم قائمة فريق الأغلبية الأكثرية المعارضة الموالاة".split()
}  # (and bodies: حزب، دائرة; فريق: a parliamentary group; a bloc: "النائبة عن المعارضة")
_ENVOYS = {_bare(w) for w in "مبعوث مبعوثة سفير سفيرة مندوب مندوبة ممثل ممثلة موفد".split()}
_MISSIONS = {_bare(w) for w in "بعثة وفد".split()}  # ("رئيسة بعثة صندوق النقد الدولي إلى مصر X": sent there too)
# Titles of whoever serves an office-holder, whose ل-genitive names that office ("المستشار الإعلامي لرئيس الوزراء").
_AIDES = {_bare(w) for w in "مستشار مستشارة مساعد مساعدة سكرتير سكرتيرة".split()}


def _body_taken(text: str, s: int, e: int) -> bool:
    """Does text[s:e] hold a body's noun ("معهد", "شركة"), or whom a spokesman speaks for ("باسم المحاكم")?"""
    # (A body named by its pronoun counts: "مدير مكتبها في القاهرة"; so does one after ب or ل: "مصدر بمديرية الصحة".)
    return any(
        _bare(w) in body_words()
        or _n(w)[:1] in "بل"
        and _bare(w[1:]) in body_words()
        or _n(w) == "باسم"
        or bool(_owned_forms(w) & body_words())
        for w in WORD.findall(text, s, e)
    )


def _ends_in_name(text: str, s: int, e: int) -> bool:
    """Do the words from s to e end in a person's name, with no title after it ("بايدن"، "الرئيس السيسي"; not "رئيس
    الوزراء", "أمير قطر", "العاهل الأردني", "صاحب السمو", "معالي", nor a namesake in a body's name: "مستشفى الملك
    خالد")?"""
    words = WORD.findall(text, s, e)
    k = max((k + 1 for k, x in enumerate(words) if _bare(x) in title_words()), default=0)
    # (A body's noun after the title is its genitive, though the index knows it as a name: "وزير الدولة وزير الشؤون
    # الخارجية X" is one chain of offices.)
    return k < len(words) and not any(_bare(x) in body_words() for x in words) and all(map(_plain_name_word, words[k:]))


def _plain_name_word(word: str) -> bool:
    """Can the word be part of a person's name after a title: no courtesy, place or nationality, and a name the
    index attests or an indefinite word the dictionary does not have, with no possessive ("رئيس وزرائها")?"""
    return (
        not is_honorific(word)
        and not is_place(word)
        and country_of(word) is None
        and (is_attested_name(word) or not _has_article(word) and not is_common_noun(word) and not _possessed(word))
    )


def _titled_name_after(text: str, pos: int, limit: int) -> bool:
    """Does the comma-free stretch at pos, a title, go on to its holder's own name ("رئيس الوزراء الإسرائيلي بنيامين
    نتنياهو"; not "زعيم حزب العدالة والتنمية")?"""
    words: list[str] = []
    for w in WORD.finditer(text, pos, limit):
        if re.search(r"[^\w\s]", text[pos : w.start()]) or _n(w.group()) in _STOP or _COMPLEMENTISER.match(_n(w.group())):
            break
        if len(words) > 1 and not is_given_name(w.group()) and (_event_head(w.group()) or _n(w.group()) in _stance_nouns()):
            break  # ("سهيل المزروعي وزير الطاقة حرص دولة الإمارات": what he affirmed, no holder's name)
        words.append(w.group())
        pos = w.end()
    return bool(own_name(" ".join(words)))


# Nouns of administrative divisions: after ب, where a body is, as a city's name is ("مكتب الصحة بالمديريات
# الجنوبية للمحافظة"، "مديرية الأمن بمحافظة الحديدة").
_DIVISIONS = {_bare(w) for w in "محافظة مديرية ولاية إقليم منطقة مدينة بلدة قرية محافظات مديريات ولايات مناطق".split()}


def _where_body_is(text: str, s: int, w: re.Match[str], limit: int, no_object: bool) -> bool:
    """Is the word at w ب and a place where the body in text[s:w] is, before its holder's name or a comma ("الباحث
    في معهد الشرق الأوسط بواشنطن تشارلز ليستر"، "مصدر طبي في مستشفى الثورة بصنعاء، طالبا عدم ذكر اسمه"), or ب and a
    place before a comma after a verb of saying, which takes no ب-complement ("وتقول أخصائية التغذية في مستشفى
    كينغز كوليدج بلندن، الدكتورة X، إن")?"""
    if _n(w.group())[:1] != "ب":
        return False
    if not (is_place(w.group()[1:]) or _bare(w.group()[1:]) in _DIVISIONS):
        # (or a body the body is in, its holder's name set off after it: "رئيس لجنة التضامن الاجتماعي بالمجلس،
        # النائب X، إلى أن", the committee of the house)
        return (
            _bare(w.group()[1:]) in body_words() and _body_taken(text, s, w.start()) and _name_set_off(text, w.start() - 1, limit)
        )
    comma = re.match(r"\s*[،,]", text[w.end() : limit]) is not None
    # (a division's name or adjectives may come before the comma: "بمحافظة الحديدة،"، "بالمديريات الجنوبية للمحافظة،")
    named = re.match(r"((?:\s+[^\s،,.:؛\"«»()]+){1,3})\s*[،,]", text[w.end() : limit])
    if _bare(w.group()[1:]) in _DIVISIONS and named and not any(_verb_at(x) for x in WORD.findall(named.group(1))):
        comma = True
    # (or before "أن": "وذكر مصدر بمديرية الصحة بالفيوم أن")
    that = _n(_next_word(text, w.end(), limit)) in ("ان", "بان")
    ends = comma or that or _name_word_follows(text, w.end(), limit)
    return _body_taken(text, s, w.start()) and ends or no_object and comma


def _body_genitive(text: str, s: int, w: re.Match[str], limit: int) -> bool:
    """Is the ل-word at w, after a body's noun and its definite adjectives, the body's genitive with a name after it
    ("رئيس الاتحاد المصري لكرة القدم هاني أبو ريدة": the federation for football), not whom it spoke to? (Not
    after a title's: "الرئيس الأمريكي لرئيس الوزراء X" is whom the president spoke to.) A body that opens the
    phrase needs no name after it: it is the subject ("أعلنت الاتحادية الجزائرية لكرة القدم، في بيان"), however
    often the article writes that noun on its own, unless the ل-noun is people it may tell: a title, a relation or
    a group ("وقالت الحكومة المصرية لسكان المنطقة إن")."""
    words = _words(text, s, w.start())
    k = len(words)
    bodies = body_words()
    # (any adjective the dictionary has, not only a nisba: "النقابة المستقلة لأطباء القطاع العام، نادية بنعلي")
    while (
        k > 1
        and _n(words[k - 1].group()).startswith("ال")
        and (_title_adjective(words[k - 1].group()) or is_adjective(words[k - 1].group()))
    ):
        if _bare(words[k - 1].group()) in bodies:
            break  # ("المنتخب المغربي": the national team, not "elected")
        k -= 1
    noun = _bare(_after_li(_n(w.group())))
    # (or a body's noun in construct with its definite genitive, where ل and no title follows: "الأمين العام لمجلس
    # التعاون لدول الخليج العربية جاسم البديوي")
    construct = (
        1 < k == len(words)
        and _n(words[k - 1].group()).startswith("ال")
        and not _n(words[k - 2].group()).startswith("ال")
        and _bare(_after_li(_n(words[k - 2].group()))) in bodies
        and noun not in title_words()
    )
    if construct:
        return _given_name_within(text, w.end(), limit)
    if not (0 < k < len(words) and _bare(words[k - 1].group()) in bodies) or noun in _PRESS:
        return False
    return _given_name_within(text, w.end(), limit) or k == 1 and noun not in _person_nouns() | _UNNAMED


def _apposition_genitive(text: str, s: int, w: re.Match[str], limit: int) -> bool:
    """Is the prepositional word at w more of a body in an apposition set off by commas that a title opens, which a
    comma closes a few words on ("X، الأمين العام للنقابة الوطنية لعمال الموانئ، إن"، "…للصحفيين، إن": a union of
    port workers, of journalists; "رئيسة جمعية محلية تعنى بحقوق المنقبين،"), not whom the speaker told (the press:
    "، لقناة الجزيرة،")?"""
    words = _words(text, s, w.start())
    if not words or not text[:s].rstrip().endswith(("،", ",")) or _bare(words[0].group()) not in title_words():
        return False
    if not any({_bare(x.group()), _bare(_after_li(_n(x.group())))} & body_words() for x in words[1:]):
        return False
    rest = re.match(r"((?:\s+[^\s،,.:؛!?؟\"«»“”]+){0,4}?)\s*[،,]", text[w.end() : limit])
    return (
        rest is not None
        and _bare(_after_li(_n(w.group()))) not in _PRESS
        and not any(_complementiser(x) or _verb_at(x) for x in WORD.findall(rest.group(1)))
    )


def _given_name_within(text: str, pos: int, limit: int) -> bool:
    """Is the first indefinite word of the next four a given name (the holder's, after a body's genitive)?"""
    rest = next((x for x in _words(text, pos, limit)[:4] if not _n(x.group()).startswith("ال")), None)
    return rest is not None and is_given_name(rest.group())


def _named_for(text: str, s: int, w: re.Match[str]) -> bool:
    """Is the ل-word at w what a body named for someone is for: the body's noun without the article, then his
    name, perhaps after his title ("مركز الملك سلمان للإغاثة"، "مؤسسة محمد بن راشد آل مكتوم للمعرفة")? (Not the
    press, nor people, whom a body speaks to: "للصحفيين".)"""
    words = _words(text, s, w.start())
    noun = _after_li(_n(w.group()))
    # (from the last body's noun: "مدير عام مركز محمد بن راشد للفضاء" is a title of that body)
    body = [k for k, x in enumerate(words) if not _n(x.group()).startswith("ال") and _bare(x.group()) in body_words()]
    words = words[body[-1] :] if body else []
    if len(words) < 2:
        return False
    name = words[2:] if _bare(words[1].group()) in title_words() and _n(words[1].group()).startswith("ال") else words[1:]
    return (
        bool(name)
        and is_given_name(name[0].group())
        and all(is_name_word(x.group()) or _n(x.group()) in _NAME_LINKS for x in name)
        and noun.startswith("ال")
        and _bare(noun) not in _PRESS
        and not is_sound_plural(noun)
    )


# Rules, procedures and customs something is done by ("وفق آلية معتمدة"، "حسب الأعراف القبلية"), and the rate it
# is paid at ("وفق سعر صرف مجحف"), normalised: never a source.
_NORMS = {
    _n(w) for w in "آلية آليات معيار معايير جدول ضوابط قواعد أسس منهجية إجراءات ترتيبات صيغة أعراف عادات تقاليد سعر أسعار".split()
}


def _as_planned(phrase: str, before: str) -> bool:
    """Right after a verb ("يسير وفق البرنامج"، "تسير حسب الجدول المعلن"), is the phrase after "وفق"/"حسب" one
    definite noun of the dictionary (and its adjectives) that names no speaker (no title, body, source, medium or
    country; "البرنامج", the plan far more often than a broadcast when no name follows it): how it goes, no source?
    (After a noun, "30 جريحا بحسب المعارضة", it is the source.)"""
    words = WORD.findall(phrase)
    head = _n(words[0]) if words else ""
    if head in _NORMS or head.removeprefix("ال") in _NORMS:  # (not _bare, which reads "آلية" as "ال" + "ية")
        return True  # ("وتحدد الأسعار شهريا، وفق آلية معتمدة": by a rule, which says nothing, wherever it stands)
    # (a verb: past or present, "يسير" though it is also a noun, "easy")
    verb = is_verb_form(before) and (not is_common_noun(before) or _n(before)[:1] in "يت")
    adjectives = all(_has_article(x) and (_title_adjective(x) or is_adjective(x)) for x in words[1:])
    if not words or not _has_article(words[0]) or not adjectives or not verb:
        return False
    b = _bare(words[0])
    named = _speaker_noun(words[0]) or b in _PRESS | _MEDIA or country_of(words[0]) is not None
    return b == _bare("برنامج") or is_common_noun(words[0]) and not named


# What a source is told by besides _SOURCE_NOUNS: an account ("بحسب رواية الجيش").
_ACCOUNTS = {_bare(w) for w in "رواية روايات إفادة إفادات ادعاء ادعاءات مزاعم معلومات".split()}


def _criterion(phrase: str) -> bool:
    """After "بحسب"/"حسب"/"وفق", is the phrase a common noun in construct with a definite noun, neither of them
    naming a speaker, a record or a channel ("نوع السيارة"، "حجم المدرسة"، "عمر الطالب": the age of the student, no
    Omar): what something varies with, no source? ("بحسب تقرير الوزارة"، "بحسب مصادر الوزارة"، "بحسب شهود عيان"
    are sources.)"""
    words = WORD.findall(phrase)
    if len(words) != 2 or _has_article(words[0]) or not _has_article(words[1]):
        return False
    head, genitive = words
    b = _bare(head)
    return (
        is_common_noun(head)
        and not _speaker_noun(head)
        and b not in _SOURCE_NOUNS | _ACCOUNTS | _PRESS | _MEDIA
        and is_common_noun(genitive)
        and not _speaker_noun(genitive)
        and not is_plural(genitive)
        and country_of(genitive) is None
        and _bare(genitive) not in _PRESS | _MEDIA
    )


def _speaker_noun(word: str) -> bool:
    """Is the word a title's, a body's or an unnamed source's noun ("وزير"، "وزارة"، "مصدر")?"""
    b = _bare(word)
    return b in title_words() or b in body_words() or b in _UNNAMED


def _described_person(text: str, start: int | None) -> bool:
    """Does the phrase at text[start] open with a person's description ("المحلل", "الخبير", "مسؤول")?"""
    first = WORD.match(text, start) if start is not None else None
    return first is not None and _bare(first.group()) in _UNNAMED


def sits_for(title: str, word: str) -> bool:
    """After a member's title and "عن", does the word say whom they sit for (a party, a constituency, a country:
    "النائب عن حزب الوفد"), not what they spoke about ("النائب عن قلقه")?"""
    return _bare(title) in _REPRESENTATIVES and _bare(word) in _constituencies()


@lru_cache(maxsize=1)
def _constituencies() -> frozenset[str]:
    """What a member of a parliament sits for, after "عن": a party or bloc, a constituency or province, a country."""
    return frozenset(_CONSTITUENCY_WORDS | body_words() | _country_words())


def _fronted_beside(word: str) -> bool:
    """Is the word ب and a noun with a possessive pronoun ("وبجانبه"، "وبقربها"), an adjunct that may stand before
    a clause's verb, and no reporting verb?"""
    plain = _unconj(_n(word))
    return plain[:1] == "ب" and _owns(word) and plain not in _verbs() and not is_common_noun(plain)


def _owns(word: str) -> bool:
    """Does the word end in a possessive pronoun as written (ه, not the ة that normalises like it: "بزملائه",
    "سعادته"), and is it no name that ends in ه ("نبيه"، "عبدالله")?"""
    plain = _DIACRITICS.sub("", word)
    return (
        plain.endswith(("ه", "ها", "هم"))
        and not plain.endswith(("الله", "اه", "ييه"))  # (nor a French name's -ier: "ميشيل بارنييه"، "ديدييه")
        # ("بلاعبيه": his players, a plural in construct the dictionary has; not "باشليه", Bachelet)
        and (not plain.endswith("يه") or plain[:1] in "بل" and len(plain) >= 6 and sound_plural_in_construct(plain[1:-1]))
        and not _n(plain).startswith("ال")  # (but "والده" may be his father: a conjunction is not stripped)
    )


# A blessing after a ruler's name and titles ("، رعاه الله،"، "حفظه الله"): part of neither speaker nor words.
_BLESSING = re.compile(r"\s*[،,]?\s*[\"«“(]?(?:رعاه|حفظه|يحفظه|يرعاه|أيده|أعزه|رحمه|حفظها|رعاها)\s+الله[\"»”)]?\s*[،,]?")


def _name_goes_on(text: str, nw: str, i: int, limit: int) -> bool:
    """Does a long phrase go on with a chain of names ("… الشيخ محمد بن عبد الرحمن آل ثاني"), or end in a few
    more words at the complementiser, a colon or a comma ("الرئيس المشترك لدائرة العلاقات الخارجية في الإدارة
    الذاتية بدران جيا كرد أن": a long title, then a name of three words)?"""
    nxt = WORD.search(text, i, limit)
    following = _n(nxt.group()) if nxt is not None and not text[i : nxt.start()].strip() else ""
    if nw in _NAME_LINKS or following in _NAME_LINKS:
        return True
    if following.startswith("ال") and is_attested_name(following):
        return True  # (the family name after a long chain of offices: "… الفريق أول عبد الفتاح البرهان")
    rest = re.match(r"((?:\s+[^\s،,.:؛«»\"“”]+){1,3}?)(?=\s*[،,:]|\s+(?:إن|أن|بأن)\s)", text[i:limit])
    words = WORD.findall(rest.group(1)) if rest else []
    # (a family name in the nisba form after a given name, or a compound one: "… العميد حسام الدين الجبابلي،")
    last = WORD.findall(text[max(0, i - 40) : i])[-2:]
    given = bool(last) and (is_given_name(last[-1]) or len(last) == 2 and is_given_name(last[0]) and _n(last[1]).startswith("ال"))
    if len(words) == 1 and _n(words[0]).startswith("ال") and _n(words[0]).endswith("ي") and given:
        return True
    return rest is not None and not any(
        _n(w) in _STOP or _verb_at(w) or _n(w).startswith("ال") and not is_name_word(w) for w in words
    )


def _vocabulary(text: str) -> frozenset[str]:
    """The article's words without the article, to tell a proclitic from a name's first letter."""
    return frozenset(_bare_forms(text))


# The verbal nouns of the derived forms that open with alif, normalised: إفعال ("اعلان")، افتعال ("اعتقال"، with its
# ت assimilated: "اضطرار"، "ازدياد")، انفعال ("انسحاب")، استفعال ("استهداف"). A name may end in -ان too ("أوربان").
_ALIF_MASDAR = re.compile(r"ا..ا.|ا.[تطد].ا.|ان..ا.|است..ا.")


def _object_after_name(text: str, before_last: str, prev_word: str, w: re.Match[str], limit: int) -> bool:
    """After a described person's name, does the word open the verb's object: a derived verbal noun (إفعال، افتعال، استفعال:
    "استهداف") that no name is spelt like, or, after a family name with the article, a noun that is no title,
    body or given name heading a construct ("الركراكي قائمة اللاعبين")?"""
    word, nw = w.group(), _n(w.group())
    # (a name the romanizer attests, or a foreign given and family name it knows neither of: "دونالد ترامب اختيار")
    named = is_attested_name(prev_word) or _foreign_name(before_last, prev_word)
    if nw.startswith("ال") or nw in _NAME_LINKS or _bare(word) in title_words() | body_words() or not named:
        return False
    if _n(prev_word) == "باسم" and _bare(before_last) in title_words():
        return False  # "المتحدث باسم أطباء بلا حدود": "in the name of" (whom he speaks for), not the given name Basem
    if nw[:1] == "و" and _someones(word[1:]):
        return False  # "قال الوزير X ونظيره المصري Y إن": a relation after و is a second speaker, no object
    after = _n(_next_word(text, w.end(), limit))
    # (A name the romanizer attests only a few times may be a noun the dictionary has: "آبي أحمد اكتمال بناء السد".)
    if _ALIF_MASDAR.fullmatch(nw) and (not is_attested_name(word) or is_common_noun(word) and not is_given_name(word)):
        # (A noun phrase goes on after it; a name spelt so ends the phrase: "كريغ إرلام أن"، or the press told
        # follows it: "هناء إدوار لوكالة فرانس برس".)
        return (
            bool(after)
            and not _opens_words(after)
            and after not in _STOP
            and not (after[:1] == "ل" and _bare(after[1:]) in _PRESS)
        )
    # (Not after "عبد المجيد" or "نور الدين", a given name in two words: "الرئيس عبد المجيد تبون الحداد" has the
    # family name next.)
    compound_given = _n(before_last) == "عبد" or _n(prev_word) in _COMPOUND_SECONDS
    return _n(prev_word).startswith("ال") and not compound_given and not is_given_name(word) and after.startswith("ال")


def _word_end(text: str, pos: int, limit: int) -> int:
    """Where the word after pos ends (pos where none follows)."""
    w = WORD.search(text, pos, limit)
    return w.end() if w else pos


def _in_charge_of(text: str, prev_bare: str, pos: int, limit: int) -> bool:
    """After "المكلف"، is the ب-word ending at pos what the office is in charge of ("الوزير المنتدب المكلف
    بالميزانية X"), not the verb's complement ("ونددت الحكومة المكلفة بالهجوم على القافلة": no preposition
    follows the office)?"""
    # (… or where the office is held: "رئيسة الفريق الفني المعني بكوفيد-19 في المنظمة X"; or the complementiser
    # follows within the clause: "المحامي المكلف بالدفاع عن المتهم إن", "المحامية المكلفة بالقضية إن")
    return prev_bare in _APPOINTED and (
        not _next_is_stop(text, pos, limit) or _n(_next_word(text, pos, limit)) == "في" or _complementiser_soon(text, pos, limit)
    )


def _complementiser_soon(text: str, pos: int, limit: int, words: int = 4) -> bool:
    """Does a complementiser open the reported words within the next few words, before any punctuation?"""
    for w in _words(text, pos, limit)[:words]:
        if re.search(r"[،,.:؛\"«“]", text[pos : w.start()]):
            return False
        if _opens_words(_n(w.group())):
            return True
    return False


def _press_told_after(text: str, pos: int, limit: int) -> bool:
    """Does "ل" and the press (whom the words were told: "لقناة"، "لمراسل") follow in this clause, before its
    punctuation or complementiser?"""
    for w in WORD.finditer(text, pos, limit):
        nw = _n(w.group())
        if _opens_words(nw) or re.search(r"[،,.:؛]", text[pos : w.start()]):
            return False
        if nw[:1] == "ل" and _bare(nw[1:]) in _PRESS:
            return True
    return False


def _family_name_in_l(text: str, w: re.Match[str], limit: int) -> bool:
    """After a given name, is a word starting with ل right before the complementiser the family name
    ("خبير الرياضيات جوزيف لوي لاغرانج إن"), not whom it was said to: the article never writes it without the ل,
    and it is no press or known body?"""
    rest = _bare(_n(w.group())[1:])
    return (
        _opens_words(_n(_next_word(text, w.end(), limit)))
        and rest not in _vocabulary(text)
        and rest not in _PRESS
        and (rest,) not in body_names()
    )


@lru_cache(maxsize=8)
def _word_counts(text: str) -> Counter[str]:
    return Counter(_n(w) for w in WORD.findall(text))


def _count(text: str, nw: str) -> int:
    """How often the article uses this (normalised) word."""
    return _word_counts(text)[nw]


def _pronoun_prep(nw: str) -> bool:
    """A preposition or particle carrying a pronoun (فيها، له، لكنه); "ولي" (العهد) is a title, not و+لي."""
    return bool(_PRONOUN_SUFFIXED.match(nw)) and _bare(nw) not in title_words()


def _written_pronoun_prep(word: str, after: str) -> bool:
    """_pronoun_prep of a word as written, with the text after it: a final ى makes it a name ("منى" is Mona, "مني"
    from me); so does a madda ("آني" is Annie, "إني" I am); "بيني" is "between me" only before "وبين", which that
    preposition needs ("وقال بيني غانتس": Benny); and a final ة is no pronoun ("نصاف بن علية": a family name,
    not "عليه")."""
    plain = _DIACRITICS.sub("", word)
    if _n(word) == "بيني" and not re.match(r"\s*وبين", after):
        return False
    return _pronoun_prep(_n(word)) and not plain.endswith(("ى", "ة")) and "آ" not in plain


# The press, and its people whom words are said to ("لمراسل «العربي الجديد»").
def _spells_letter(words: list[re.Match[str]], j: int) -> bool:
    """Is the "إن" at words[j] the letter N of a name spelt out: between letter names ("سي إن بي سي"), or opening
    them after the press's noun ("شبكة إن بي سي")? Not "قال الوزير إن بي بي سي نشرت", the complementiser."""

    def letter(i: int) -> bool:
        return i < len(words) and _n(words[i].group()) in LETTER_NAMES

    if _n(words[j].group()) != "ان" or j == 0 or not letter(j + 1):
        return False
    press = _n(words[j - 1].group())
    press = _after_li(press) if press[:1] == "ل" and _bare(_after_li(press)) in _PRESS else press  # ("لشبكة")
    return letter(j - 1) or _bare(press) in _PRESS and letter(j + 2)


# An outlet's noun as written on its own, indefinite and with no prefix: a construct's head ("وكالة رويترز").
_OUTLET_NOUNS = {_n(w) for w in "وكالة صحيفة جريدة قناة شبكة إذاعة تلفزيون مجلة موقع".split()}
# The press: its outlets, and its people and programmes (_OUTLET_NOUNS are their own bare forms).
_PRESS = _OUTLET_NOUNS | {_bare(w) for w in "وسائل مراسل مراسلة موفد موفدة برنامج".split()}


def _prepositional(text: str, nw: str, prev_bare: str = "", after_title: bool = False) -> bool:
    """Is a word ب/ك + a noun the article also uses on its own (بكشف ~ الكشف)? Names keep their letter:
    "بومبيو" is not ب + "ومبيو". (ل is left alone: "الخصم الإقليمي لإيران" is a description.)"""
    # "مصدر أمني تركي لبي بي سي" (but a genitive after a title is its complement: "المدير العام لمنظمة ...",
    # "المدير الفني لنادي ...", and so is a country's: "الخصم الإقليمي لإيران")
    # (so after a title's adjective: "المتحدث الرسمي لبرنامج «سكني»")
    of_title = prev_bare in title_words() or prev_bare in body_words() or prev_bare in _GENERIC or after_title
    if nw[:1] == "ل" and _bare(nw[1:]) in _PRESS and not of_title:
        return True  # "والدة أحد الأسرى لقناة محلية": whom it was said to, not whose mother
    if (
        nw[:1] == "ل"
        and len(nw) > 2
        and not of_title
        and prev_bare not in _UNNAMED  # ("مشجع لريال مدريد": whose fan; "مصدر لقناة" is the press, above)
        # (affairs are what an office is for, never whom one told: "المفوضية السامية لشؤون اللاجئين")
        and _bare(nw[1:]) != _AFFAIRS
        and _bare(nw[1:]) in _vocabulary(text)
        and _bare(nw[1:]) not in _country_words()
        and not is_place(nw[1:])  # ("عضو المجلس البلدي لدرنة": the city the council is of, no one told)
        # (nor a country's name that starts with ل, "لبنان", where the article also writes "للبنان")
        and not (_bare(nw) in _country_words() or is_place(nw))
    ):
        return True
    if nw[:1] not in "بك" or nw in ("بن", "بنت", "باسم"):
        return False
    rest = nw[1:]
    if nw[:1] == "ب" and _bare(rest) in body_words():
        return False  # "أستاذ الاقتصاد بجامعة القاهرة": where the title is held
    if nw[:1] == "ب" and _bare(rest) in _MANNER_NOUNS:
        return True  # ("تقول حليمة بصوت خافت": how she spoke, whether or not the article has "الصوت")
    # A verbal noun of the derived forms (إفعال، افتعال، استفعال: "بإعطاء"، "باتخاذ"; مفاعلة: "بمواصلة"; تفعيل:
    # "بتقديم"; تفعّل، تفاعل: "بتفوق"، "بتعاون") is no name's, with the article too ("أشادت X بالتنظيم").
    noun = _bare(rest)
    masdar = (
        _ALIF_MASDAR.fullmatch(noun)
        or re.fullmatch(r"م.ا..ه", noun)
        or re.fullmatch(r"ت(?:..ي.|...|.ا..)", noun)
        # (or any other the dictionary has, not a name's: فعللة "بعرقلة"، "بسيطرة"; but "بسام"، "بوتين")
        or len(noun) >= 4
        and is_verbal_noun(noun)
        and not is_attested_name(nw)
    ) and not (is_attested_name(nw) and not is_verbal_noun(noun))  # ("بايتاس" is a name in a masdar's shape)
    if nw[:1] == "ب" and masdar and prev_bare not in title_words():
        return True
    # Short words only when the article has them with the article ("بكشف" ~ "الكشف"): "بشير" is a name. (A ك-word
    # only where another word has its noun: "كالاس"، "كاليفورنيا" are Kallas and California, whose own bare form
    # is "like the …"'s noun; but right after a title it is how the holder spoke: "الوزير كالعادة".)
    elsewhere = _without_its_letter(text, nw)
    if nw[:1] == "ك" and prev_bare not in title_words():
        return elsewhere
    # A family name of ب + a given name with the article ("بالحاج"، "بالعربي": Belhadj, Belarbi) is a name unless
    # the article has that noun in another form too: on its own it only vouches for itself.
    if rest.startswith("ال") and is_given_name(rest) and is_attested_name(nw) and not elsewhere:
        return False
    return (len(nw) > 4 and _bare(rest) in _vocabulary(text)) or (len(nw) == 4 and "ال" + rest in _word_counts(text))


def _without_its_letter(text: str, nw: str) -> bool:
    """Does the article have the noun of a normalised ب/ك/ل-word in another written form ("الكشف" for "بكشف")? The
    word itself is no evidence: "بالاغ" reads as ب + "الاغ" only to itself."""
    return any(_unconj(x) != nw for x in _bare_forms(text).get(_bare(nw[1:]), ()))


@lru_cache(maxsize=8)
def _bare_forms(text: str) -> dict[str, frozenset[str]]:
    """The article's words (normalised) by their form without the article (_vocabulary: its keys)."""
    forms: dict[str, set[str]] = {}
    for w in WORD.findall(text):
        forms.setdefault(_bare(w), set()).add(_n(w))
    return {k: frozenset(v) for k, v in forms.items()}


# "صادر عن الوزارة" after a statement's noun: issued by.
# ("بيان مشترك صادر عن": an adjective or two may come first.)
# ("بيان صدر عن الرئاسة"، "البيان الذي صدر عن": so is a relative clause that says it.)
_ISSUED_BY = re.compile(r"(?:\s+[^\s،,.:؛\"«“]+){0,2}?\s*(?:(?:ال)?صادر[ةه]?|(?:الذي\s+|التي\s+)?صدر(?:ت)?)\s+عن\s+")


# A relative clause after a channel's noun that says who received it, not who issued it ("بيان تلقت «الجزيرة نت»
# نسخة منه"، "رسالة اطلعت عليها رويترز"): the one named there received the words and said none of them. (An
# adjective or two may come first: "تقرير فصلي اطلعت عليه".)
_RECEIVED = re.compile(
    r"(?:\s+[^\s،,.:؛\"«“]+){0,2}?\s+(?:تلق|حصل|اطلع|اطّلع)\w*(?:\s+(?:[^\s،,.:؛\"«“]+|\"[^\"\n]{1,40}\"|«[^»\n]{1,40}»)){1,8}?"
    r"(?=\s+(?:أن|إن|بأن)\s|\s*[،,:])"
)


# "صدر/صدرت" (was issued) after an indefinite statement opens a relative clause on it.
_ISSUED = {_n(w) for w in "صدر صدرت وصدر وصدرت".split()}
# Verbs that issue a record ("وأصدرت الوزارة بيانا"، "أصدرته الرئاسة"، "بثته القناة"), besides the reporting verbs,
# in the past tense, masculine: their subject is its author.
_ISSUING = {_n(w) for w in "أصدر نشر وزع بث أذاع عمم أرسل بعث وجه كتب ألقى عقد تلا".split()}  # (ألقى كلمة، عقد مؤتمرا، تلا بيانا)
# ... of which those that send it to someone, whom ل names ("وجه X رسالة للجماهير"), not whose it is.
# (and verbs that deliver a speech, whose ل is the audience or the occasion: "ألقى كلمة للأمة"، "الكلمة الافتتاحية للمنتدى")
_SENDING = {_n(w) for w in "أرسل بعث وجه ألقى تلا".split()}


def _issuing(verb: str, verbs: set[str] = _ISSUING) -> bool:
    """Is the (normalised, unconjoined) past-tense verb one that issues a channel (or one of verbs), in any person?"""
    # (A past in ى drops it before its endings: ألقى، ألقت، ألقوا.)
    stems = {verb[:-1], verb[:-1] + "ي"} if verb[-1:] == "ت" else {verb[:-2], verb[:-2] + "ي"} if verb[-2:] == "وا" else set()
    return verb in verbs or bool(stems & verbs)


def _sent_by_clause(text: str, words: list[re.Match[str]]) -> bool:
    """Does the clause open with a verb that sends a channel to someone ("ووجه"، "بعثت"), perhaps after an adjunct
    set off ("ومن ناحيته، وجه"), as _issuer reads it?"""
    words = _past_fronted_adjunct(text, words)
    verb = _n(words[0].group()) if words else ""
    return _issuing(verb, _SENDING) or _issuing(_unconj(verb), _SENDING)  # ("وجه" is the verb itself)


def _past_fronted_adjunct(text: str, words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The clause's words past an adjunct set off by a comma before its verb ("وفي ختام الحوار، وجه رئيس الهيئة X
    رسالة"، "لاحقا، أصدر"، "من جهتها، أصدرت"), or all of them."""
    if len(words) < 2:
        return words
    fronted = re.search(r"[،,]", text[words[0].end() : words[min(8, len(words) - 1)].start()])
    if fronted and _unconj(_n(words[0].group())) in _ADJUNCT_PREPOSITIONS | _TIME | _LOCATIVES | {"من"}:
        rest = [w for w in words if w.start() > words[0].end() + fronted.end()]
        # (and a where-clause set off after it: "وفي أحد ممرات المستشفى، حيث يفترش المرضى الأرض، جلست أم محمد")
        where = re.search(r"[،,]", text[rest[0].end() : rest[min(8, len(rest) - 1)].start()]) if len(rest) > 2 else None
        if where and _n(rest[0].group()) == "حيث":
            rest = [w for w in rest if w.start() > rest[0].end() + where.end()]
        return rest
    return words


def _issuer(text: str, s: int, at: int) -> tuple[int, int] | None:
    """Who issued the channel right before text[at] ("وأصدرت وزارة الصحة بيانا جاء فيه"): the subject between the
    clause's issuing verb and the channel's noun, when the clause starts with that verb; or, with "في" or "ب" before
    the channel, the subject of whatever verb opens the clause, before its object ("ونعت النقابة الراحل في بيان قالت
    فيه"، "وردت الوزارة ببيان وصفت فيه")."""
    words = _words(text, s, at)
    noun = _channel_before(text, s, at)
    if len(words) < 3 or noun is None:
        return None
    words = words[_lead_words_at(text, words, at) :]  # (past a dateline: "الجزائر - ألقى الرئيس كلمة جاء فيها")
    if len(words) < 3:
        return None
    words = _past_fronted_adjunct(text, words)
    if len(words) < 3:
        return None
    verb = _n(words[0].group())
    verb = verb if _issuing(verb) else _unconj(verb)  # ("وجه" is the verb itself; "ووجه" has its و)
    if _n(words[0].group()) in _KANA:
        # "وكان X قد كتب من سجنه رسالة": the subject between كان and قد, when an issuing verb follows it.
        qad = next((j for j in range(2, len(words) - 1) if _n(words[j].group()) == "قد"), None)
        issued = qad is not None and _issuing(_n(words[qad + 1].group()))
        return speaker_phrase(text, words[0].end(), words[qad].start()) if qad is not None and issued else None
    if _issuing(verb):
        span = speaker_phrase(text, words[0].end(), noun.start())
        if span is None:
            # ("وألقى سموه كلمة جاء فيها": His Highness, the last one the article named so)
            return _honoured_by(text, words[1]) if words[2].start() == noun.start() else None
        # (Nothing but when it was issued stands between: "وأصدرت الوزارة، السبت، بيانا".)
        between = text[span[1] : noun.start()]
        timed = all(_n(x) in _TIME for x in WORD.findall(between)) and not WORD.sub("", between).strip(" ،,")
        return span if timed else None
    k = next(j for j, w in enumerate(words) if w.start() == noun.start())
    within = _n(words[k - 1].group()) in ("في", "عبر")
    if k < 3 or not (within or _n(noun.group())[:1] == "ب") or not _names_own_subject(text, words, k):
        return None  # ("ونعت النقابة الراحل في بيان"، "وردت الوزارة ببيان": in it, with it)
    span = speaker_phrase(text, words[0].end(), words[k - 1].start() if within else noun.start())
    return _before_object(text, span) if span else None


def _unread_subject(text: str, s: int, at: int) -> bool:
    """Does the clause before the channel that ends before text[at] open with a verb and then a foreign name or a
    place's ("وودع ليفربول لاعبه ببيان"): a subject of its own, whoever spoke last?"""
    words = _words(text, s, at)
    if len(words) < 3 or not is_verb_form(_unconj(_n(words[0].group()))):
        return False
    subject = words[1].group()
    # (or a title or body: "وتلا الأمين العام المساعد X كلمة باسم Y، الذي …، جاء فيها")
    titled = _bare(subject) in title_words() | body_words() and not _verb_at(words[0].group())
    return not is_arabic_word(subject) or is_place(subject) or country_named(subject) is not None or titled


def _issued_by_the_last(text: str, s: int, at: int) -> bool:
    """Does the clause open with an issuing verb right before the channel that ends before text[at], naming no
    subject ("ونشرت مقالا في صحيفة «الأهرام» قالت فيه": the one who spoke last published it)?"""
    words = _words(text, s, at)
    noun = _channel_before(text, s, at)
    return (
        len(words) >= 2
        and noun is not None
        and words[1].start() == noun.start()
        and _issuing(_unconj(_n(words[0].group())))
        and not text[words[0].end() : noun.start()].strip(" ")
    )


def _what_came(text: str, s: int, at: int) -> bool:
    """Does "ما" (alone or fused: لما، بما، مما) stand right before the "جاء في" at text[at], making it a relative
    clause ("اطلع على ما جاء في التقرير")? Not after "according to" ("بحسب ما جاء في البيان"، "وفقًا لما ورد في"),
    where it reports, nor "كما"، "حسبما" ("as it said")."""
    words = _words(text, max(s, at - 40), at)[-2:]
    if not words or text[words[-1].end() : at].strip() or _unconj(_n(words[-1].group())) not in _WHAT:
        return False
    return not (len(words) == 2 and _n(words[0].group()) in _ACCORDING)


_OBJECT_PRONOUN = re.compile(r"(?:ه|ها)$")


def _written_before(text: str, s: int, at: int) -> bool:
    """Is text[s:at] a channel's noun with where it came from or went, before a relative clause on it ("من سجنه
    رسالة نشرها محاموه"), and no words: no verb or complementiser before the noun?"""
    words = _words(text, s, at)
    noun = next((j for j, w in enumerate(words) if _channel(w.group())), None)
    return noun is not None and not any(_verb_at(w.group()) or _COMPLEMENTISER.match(_n(w.group())) for w in words[:noun])


# Channels one speaks in, somewhere ("كلمة في جامعة هوارد").
_SPOKEN = {_bare(w) for w in "كلمة خطاب مؤتمر محاضرة حوار مقابلة ندوة".split()}


_BEHALF = re.compile(r"\s*(?:نيابة\s+عن|باسم)\s+")


def _on_behalf_of(text: str, s: int, at: int) -> tuple[int, int] | None:
    """Whom a channel read out was for, named right after its noun ("كلمة نيابة عن سمو رئيس مجلس الوزراء، …، جاء
    فيها"، "كلمة باسم الأمين العام للمنظمة"), where a person by title or name is; else None."""
    words = _words(text, s, at)
    for w in words:
        if _channel(w.group()) and not _n(w.group()).startswith("ال"):
            behalf = _BEHALF.match(text, w.end(), at)
            span = speaker_phrase(text, behalf.end(), at) if behalf else None
            return span if span is not None and _someone(text, span) else None
    return None


def _channel_before(text: str, s: int, at: int) -> re.Match[str] | None:
    """The channel's noun right before text[at], or before its adjective in the accusative ("بيانا مشتركا")."""
    words = _words(text, s, at)
    if words and _channel(words[-1].group()):
        return words[-1]
    if len(words) >= 2 and _channel(words[-2].group()) and _DIACRITICS.sub("", words[-1].group()).endswith("ا"):
        return words[-2]
    # ("بيانا شديد اللهجة، وصفت فيه": or before an adjective and its definite genitive)
    if (
        len(words) >= 3
        and _channel(words[-3].group())
        and is_adjective(words[-2].group())
        and not _n(words[-2].group()).startswith("ال")
        and _n(words[-1].group()).startswith("ال")
    ):
        return words[-3]
    # "تدوينة عبر حسابه على منصة إكس، قال فيها": the channel, then where it was published; or to whom it went
    # ("رسالة إلى الأمين العام"), or from where, his own ("رسالة من سجنه"; "رسالة من الرئيس" says whose it is),
    # or who published it ("رسالة نشرها محاموه").
    for j in range(len(words) - 2, max(len(words) - 9, 0) - 1, -1):
        if _channel(words[j].group()):
            rest = words[j + 1 :]
            kind = rest[0].group()
            if (
                len(rest) > 1
                and not _n(kind).startswith("ال")
                and _n(kind) not in _STOP
                and is_common_noun(kind)
                and not _verb_at(kind)
            ):
                rest = rest[1:]  # (what kind of message: "برقية تهنئة إلى"، "رسالة شكر إلى")
            first = _n(rest[0].group())
            medium = first in _MEDIUM_PREPOSITIONS and any(_channel(y.group(), _MEDIA) for y in rest)
            sent = first in ("الي", "الى") or first == "من" and len(rest) > 1 and _possessed(rest[1].group())
            # ("وجه X رسالة للجماهير، قال فيها": to whom with ل, after an issuing verb, _issuer)
            sent = sent or first[:1] == "ل" and first not in _STOP and len(rest) <= 3 and _sent_by_clause(text, words)
            published = first.endswith(("ه", "ها")) and _verb_at(_OBJECT_PRONOUN.sub("", rest[0].group()))
            # (or where a speech was given: "كلمة في جامعة هوارد قالت فيها"، "خطابا أمام البرلمان")
            held = first in ("في", "امام") and 2 <= len(rest) <= 4 and _channel(words[j].group()) in _SPOKEN
            if (medium or sent or published or held) and not any(_verb_at(y.group()) for y in rest[1:]):
                return words[j]
            if j == 0 or _n(words[j - 1].group()) not in _MEDIUM_PREPOSITIONS:
                return None  # (but "مقالا في صحيفة الأهرام": the newspaper is where the article was published)
    return None


def _issued(text: str, span: tuple[int, int], limit: int) -> tuple[int, int] | None:
    """Who issued a channel that is a verb's subject ("بيان للجيش"، "بيان صادر عن الرئاسة"): the phrase after
    "صادر عن", or the ل phrase right after the channel's indefinite noun."""
    first = WORD.match(text, span[0])
    if first is None or not _channel(first.group()) or _n(first.group()).startswith("ال"):
        return None
    issuer = _ISSUED_BY.match(text, first.end(), limit)
    if issuer:
        return speaker_phrase(text, issuer.end(), limit)
    for word in itertools.islice(WORD.finditer(text, first.end(), limit), 3):
        if re.search(r"[،,.:؛\"«“]", text[first.end() : word.start()]):
            break
        # ("بيان أصدرته وزارة الخارجية"، "بلاغ نشرته الرئاسة": a relative clause whose verb issued it; an adjective
        # or two may come first, "بيان مشترك أصدره"; but a journal that published a study is not its author)
        it = re.fullmatch(r"(\w+?)(?:ها|ه)", _n(word.group()))
        if it and _issuing(it.group(1)) and not (_bare(first.group()) in _STUDIES and it.group(1).startswith("نشر")):
            return speaker_phrase(text, word.end() + 1, limit)
    own = WORD.match(text, first.end() + 1, limit) if text[first.end() : first.end() + 1] == " " else None
    if own is not None and _n(own.group())[:1] != "ل" and text[own.end() : own.end() + 1] == " ":
        own = WORD.match(text, own.end() + 1, limit)  # "بيان مشترك لمصر وقطر": past the noun's adjective
    if (
        own is None
        or not (
            _n(own.group()).startswith("لل")
            or _bare(_n(own.group())[1:]) in body_words() | _country_words()
            # ("بيان لمكتبه الإعلامي": his office's)
            or _n(own.group())[:1] == "ل"
            and bool(_owned_forms(own.group()[1:]) & body_words())
            # ("بيان لماكرون": a name the article gives without the ل too)
            or _n(own.group())[:1] == "ل"
            and (is_name_word(own.group()[1:]) or _bare(_n(own.group())[1:]) in _vocabulary(text))
        )
    ):
        return None
    # ("بيان لوزارة الصحة": the issuer is "وزارة الصحة"; "للجيش" keeps its ل, which carries the article.) The
    # phrase is read from the issuer's noun, so that its genitives are known as a body's: "بلاغ للمديرية العامة
    # للأمن الوطني أن".
    definite = _n(own.group()).startswith("لل")
    start = own.start() + (not definite)
    # (Read "للمديرية" as the subject "المديرية": the same length, so the offsets hold.)
    subject = text[:start] + "ا" + text[start + 1 :] if definite else text
    rest = speaker_phrase(subject, start, limit)
    return rest if rest is not None and rest[0] == start and rest[1] >= own.end() else (start, own.end())


# "تصريحات أدلى بها X"، "تصريح أدلت به X": statements X made.
_GAVE_IT = re.compile(r"\s*(?:أدلى|ادلى|أدلت|ادلت)\s+(?:بها|به)(?=\s)")


def _past_channel(text: str, pos: int, limit: int) -> int | None:
    """After "بحسب"/"وفقا لـ": past the words it came in or the record it gives, to who said them ("بحسب تصريح
    الممثل التجاري X", "وفقا لبيان صادر عن الوزارة", "وفقا لأرقام الأمم المتحدة"). None when the source is a
    record with no owner named: definite ("بحسب الأرقام الرسمية"، "وفقا للاتفاق") or owned by no speaker
    ("وفقا لاتفاق وقف إطلاق النار"): nobody's words."""
    w = re.match(r"\s*(" + WORD.pattern + ")", text[pos:limit])
    if w and _bare(w.group(1)) in ("اخر", "احدث"):  # ("حسب آخر حصيلة أعلنتها الوزارة": the latest)
        latest = re.match(r"\s*(" + WORD.pattern + ")", text[pos + w.end() : limit])
        w, pos = (latest, pos + w.end()) if latest else (w, pos)
    b = _bare(w.group(1)) if w else ""
    noun = b if b in _SOURCE_NOUNS else b[1:] if b[:1] == "ل" and b[1:] in _SOURCE_NOUNS else None
    if w is None or noun is None:
        return pos
    pos += w.end()
    # The record's adjectives ("وفق بيان مقتضب نشرته الرئاسة"، "بيان ثلاثي مشترك"): no one who speaks.
    described = pos
    for _ in range(2):
        adjective = re.match(r"\s*(" + WORD.pattern + ")", text[described:limit])
        if (
            adjective is None
            or _ISSUED_BY.match(text, described, limit)
            or not _record_adjective(adjective.group(1))
            # (a noun in construct, no adjective: "بحسب تقديرات مبادرة الأبحاث الصينية")
            or _n(_next_word(text, described + adjective.end(), limit)).startswith("ال")
        ):
            break
        described += adjective.end()
    if described > pos:
        following = _next_word(text, described, limit)
        if not (
            _published_it(text, described, limit)
            or _ISSUED_BY.match(text, described, limit)
            or following[:1] == "ل"
            or _owner_follows(text, described, limit)
            and _n(following) not in ("صدر", "صدرت")
        ):
            return None  # ("وفق بيان مشترك صدر في بكين": whose, the sentence does not say)
        pos = described
    issuer = _ISSUED_BY.match(text, pos, limit)
    if issuer:
        return issuer.end()
    published = _published_it(text, pos, limit)
    if published is not None:
        return published  # "… حصيلة أعلنتها وزارة الداخلية"، "بيان أصدرته الرئاسة": whoever announced it
    gave = _GAVE_IT.match(text, pos, limit)
    if gave:
        return gave.end()  # "وحسب تصريحات أدلى بها وزير الداخلية": whoever made them
    seen = re.match(r"\s*(" + WORD.pattern + r")\s+(" + WORD.pattern + ")", text[pos:limit])
    if seen and is_verb_form(seen.group(1)) and _pronoun_prep(_n(seen.group(2))):
        return None  # ("وبحسب وثيقة اطلعت عليها «الشرق الأوسط»": who saw it, not whose words it holds)
    of = re.match(r"\s*ل(?!ل)", text[pos:limit])
    if of and noun in _CHANNELS and _bare(_next_word(text, pos + of.end(), limit)) in body_words() | title_words():
        return pos + of.end()  # "وبحسب تقرير لشركة مايكروسوفت": whose report it is, without the ل
    owner = _next_word(text, pos, limit)
    if noun in _CHANNELS and owner.startswith("لل") and _bare(owner[2:]) in body_words() | title_words():
        # ("بحسب تقرير للمنظمة العالمية": at the second ل, which the caller reads as the article, _fused_article)
        fused = WORD.search(text, pos, limit)
        return fused.start() + 1 if fused else None
    if _n(w.group(1)).startswith("ال") or noun not in _CHANNELS and not _owner_follows(text, pos, limit):
        return None
    return pos


def _record_adjective(word: str) -> bool:
    """Is this word an indefinite adjective a record takes ("مشترك"، "ختامي"، "أممي"), not its owner's name?"""
    n = _n(word)
    if n.startswith(("ال", "ل", "ب")) or _bare(word) in body_words():
        return False  # (nor a body's noun spelt like one: "إحصاءات منظمة محلية", an organisation's, not organised)
    return is_adjective(word) or n.endswith(("ي", "يه")) and not is_name_word(word)


def _published_it(text: str, pos: int, limit: int) -> int | None:
    """Does a past verb with "it" as its object follow ("أعلنتها"، "أصدرته")? Where it ends: its subject follows."""
    m = re.match(r"\s*(" + WORD.pattern + ")", text[pos:limit])
    stem = re.sub(r"(?:ها|ه)$", "", m.group(1)) if m else ""
    if m is None or stem == m.group(1):
        return None
    if _verb_at(stem):
        return pos + m.end()
    # (with or without a conjunction: "ووزعتها"، and "وزعتها", whose و is the verb's own)
    for issued in {_unconj(_n(stem)), _n(stem)}:
        issued = issued[:-1] + "ي" if issued.endswith("ا") and issued[:-1] + "ي" in _ISSUING else issued  # ("ألقاها": ألقى)
        if issued in _ISSUING or issued[-1:] == "ت" and issued[:-1] in _ISSUING:
            return pos + m.end()
    return None


def _owner_follows(text: str, pos: int, limit: int) -> bool:
    """Does a speaker's noun phrase follow directly ("أرقام الأمم المتحدة", "خطة الحكومة"): a title, a body, a
    source, a country or a listed body's name, or a name without the article?"""
    word = _next_word(text, pos, limit)
    b = _bare(word)
    return bool(word) and (
        b in title_words()
        or b in body_words()
        or _n(word) in _UNNAMED
        or b in _country_words()
        or b in _body_name_openings()
        or not _n(word).startswith("ال")
        and is_name_word(word)
        and not b.endswith(("ي", "يه"))  # (an adjective: "حصيلة رسمية")
    )


def _impersonal_after_source(text: str, content: int, frames: list[_Frame]) -> _Frame | None:
    """ "ووفقا لإدارة المهرجان، يتوقع أن يستقطب …": a present in ي with no subject right after a source phrase that
    opens the sentence is impersonal ("it is expected", يُتوقع), and what follows it is the source's; read as a
    verb of its own, it would go on with the last speaker of its gender. The frame the verb made, or None."""
    for f in frames:
        verb = WORD.match(text, f.cue)
        if (
            verb is not None
            and f.speaker is None
            and not f.participle
            and not text[content : f.cue].strip(" ،,")
            and _n(verb.group())[:1] == "ي"
        ):
            return f
    return None


def _as_stated_aside(text: str, m: re.Match[str], limit: int, frames: list[_Frame]) -> int | None:
    """Where the words start past "، كما جاء في <document>،" set off right where the last frame's words would
    start ("وحذرت الهيئة، كما جاء في بيان صادر عنها، من أن"): that frame's channel, no frame of its own. None
    where the aside is not that."""
    before = re.search(r"[،,]\s*كما\s*$", text[: m.start()])
    if not frames or before is None or text[frames[-1].content : before.start() + 1].strip(" ،,"):
        return None
    close = re.search(r"[،,]", text[m.end() : limit])
    if close is None:
        return None
    return _skip_complementiser(text, m.end() + close.end(), limit)


def _fused_article(text: str, pos: int) -> str:
    """The text with a preposition ل fused with the article right before pos ("وفقا للأمم المتحدة", pos at the
    second ل) read as the article ("الأمم"): the same length, so every offset holds, and the noun phrase reads as
    the name it is. The text itself when no such ل stands there."""
    if 0 < pos < len(text) - 1 and text[pos - 1] == "ل" and text[pos] == "ل" and text[pos + 1] not in " \t":
        return text[: pos - 1] + "ا" + text[pos:]
    return text


def _indefinite_phrase(text: str, pos: int, limit: int) -> bool:
    """Does another indefinite word follow (an object noun phrase, "ابتكار دواء"), rather than the end of the
    phrase (a place in a body's name: "متحف اللوفر أبوظبي إن")?"""
    w = re.match(r"[ \t]*(" + WORD.pattern + ")", text[pos:limit])
    if not w:
        return False
    nw = _n(w.group(1))
    return not (nw.startswith("ال") or nw in _STOP or _COMPLEMENTISER.match(nw) or _verb_at(nw))


_ALA_PHRASES = {_bare(w) for w in "الفور الأقل الأرجح الرغم الإطلاق الأغلب هامش خلفية".split()}


def _common_noun_next(text: str, pos: int, limit: int) -> bool:
    """Is the next word a noun the romanizer knows as no name, definite or in ة ("ضرورة"، "الفور"), and not the
    last before the complementiser or a comma, where a family name stands ("المحلل السياسي علي الهيل إن")?"""
    nxt = _DIACRITICS.sub("", _next_word(text, pos, limit))
    if not nxt or is_name_word(nxt) or not (nxt.startswith("ال") or nxt.endswith("ة")):
        return False
    if _bare(nxt) in _ALA_PHRASES:
        return True  # ("علي الفور": على in a fixed phrase, immediately)
    after = re.match(r"\s*" + WORD.pattern + r"\s*(?:([،,])|(" + WORD.pattern + "))?", text[pos:limit])
    return not (after and (after.group(1) or after.group(2) and _opens_words(_n(after.group(2)))))


def _name_next(text: str, pos: int, limit: int) -> bool:
    """Is the word right after text[:pos] a given name the romanizer attests, or a foreign one no Arabic word is
    ("جوزاف"), without the article?"""
    word = _next_word(text, pos, limit)
    return bool(word) and (is_given_name(word) or not is_arabic_word(word)) and not _n(word).startswith("ال")


def _given_name_after(text: str, pos: int, limit: int, comma: bool = False) -> bool:
    """Is the second word after text[:pos] a given name the romanizer attests ("في الفريق لويس"; with comma, maybe
    after one: "في اليمن، جان"), or, after a definite noun and its adjective or a definite genitive with ل, a given
    name or no Arabic word, maybe after an acronym in brackets ("في الأراضي الفلسطينية ريك"، "لصندوق الأمم المتحدة
    للطفولة (يونيسف) كاثرين")?"""
    gap = r"\s*[،,]?\s*(" if comma else r"\s+("
    ws = re.match(r"\s*" + WORD.pattern + gap + WORD.pattern + ")", text[pos:limit])
    if ws is not None and is_given_name(ws.group(1)):
        return True
    # (a ل-genitive and its adjective, then a given name: "لشركة أملج للتطوير السياحي نورة")
    ws = re.match(r"\s*لل\w+\s+ال\w+" + gap + WORD.pattern + ")", text[pos:limit])
    if ws is not None and is_given_name(ws.group(1)):
        return True
    ws = re.match(r"\s*(?:ال\w+\s+ال\w+|لل\w+(?:\s*\([^()\n]{1,30}\))?)" + gap + WORD.pattern + ")", text[pos:limit])
    nw = _n(ws.group(1)) if ws else ""
    # (a foreign given name the index lacks is no dictionary noun, preposition, time or addressee: "ريك")
    return ws is not None and (
        is_given_name(nw) or not is_common_noun(nw) and nw[:1] not in "لب" and nw not in _STOP | _TIME and not _verb_at(nw)
    )


def _after_li(nw: str) -> str:
    """The noun after a normalised word's ل, its article written whole ("للشركه" → الشركه, "لشركه" → شركه)."""
    return "ال" + nw[2:] if nw.startswith("لل") else nw[1:]


def _in_genitive_chain(text: str, start: int, w: re.Match[str]) -> bool:
    """Is the word before w itself a preposition's noun or a genitive in the phrase from start, indefinite and
    neither adjective nor name ("مطلع على مفاوضات وقف إطلاق النار": "وقف" and "إطلاق" go on as genitives)? Then w
    is its genitive, never the verb's object or a clause's verb. Not after a phrase's head: "وأكد مصدر دعم"."""
    words = WORD.findall(text, start, w.start())
    if len(words) < 2:
        return False
    prev, before = words[-1], _n(words[-2])
    return (
        is_common_noun(prev)
        and not _n(prev).startswith(("ال", "لل"))
        and not is_attested_name(prev)
        and not _nisba_like(prev)  # ("مصدر حكومي": an adjective, no construct; "مفاوضات" the dictionary takes for one too)
        and (before in _CLAUSE_PREPOSITIONS or is_common_noun(words[-2]) and not before.startswith(("ال", "لل")))
    )


def _next_word(text: str, pos: int, limit: int) -> str:
    """The word right after text[:pos], with only spaces between (no punctuation), as written; "" if none."""
    m = re.match(r"\s*(" + WORD.pattern + ")", text[pos:limit])
    return m.group(1) if m else ""


def _word_before(text: str, pos: int) -> str:
    """The word right before text[pos:], with only spaces between, as written; "" if none."""
    m = re.search("(" + WORD.pattern + r")\s*$", text[max(0, pos - 30) : pos])
    return m.group(1) if m else ""


def _given_name_here(text: str, word: str, pos: int, limit: int) -> bool:
    """Inside a speaker phrase, a verb's homograph that is a given name followed by a family name ("عضو المكتب
    السياسي لحركة حماس عزت الرشق": Izzat, not "she consoled")."""
    nxt = _next_word(text, pos, limit)
    return is_given_name(word) and bool(nxt) and is_name_word(nxt) and not _COMPLEMENTISER.match(_n(nxt))


def _needs_unmet(text: str, w: re.Match[str], limit: int) -> bool:
    """Is the word at w a verb that needs a word after it ("أعرب عن") which does not follow?"""
    verb = _verb_at(w.group())
    return verb is not None and bool(verb.needs) and not _needs_met(verb, [w, *WORD.finditer(text, w.end(), limit)], 0)


def _given_name_then_name(text: str, pos: int, limit: int) -> bool:
    """Do a given name and another name word follow text[:pos], with only spaces between ("ناصر بوريطة")?"""
    given = re.match(r"[ \t]+(" + WORD.pattern + r")[ \t]+(" + WORD.pattern + ")", text[pos:limit])
    return given is not None and is_given_name(given.group(1)) and is_name_word(given.group(2))


def _holder_after_adjective(text: str, pos: int, limit: int) -> bool:
    """Do a definite nisba and then a holder's given and family name (or a foreign one) follow text[:pos]
    ("باللغة العربية أفيخاي أدرعي")?"""
    adjective = re.match(r"[ \t]+(" + WORD.pattern + ")", text[pos:limit])
    if adjective is None or not _n(adjective.group(1)).startswith("ال") or not _title_adjective(adjective.group(1)):
        return False
    after = pos + adjective.end()
    return _given_name_then_name(text, after, limit) or _foreign_name_next(text, after, limit)


def _foreign_name_next(text: str, pos: int, limit: int) -> bool:
    """Do a foreign given name, which no Arabic word is, and a name word follow text[:pos], with only spaces
    between ("أفيخاي أدرعي")?"""
    two = re.match(r"[ \t]+(" + WORD.pattern + r")[ \t]+(" + WORD.pattern + ")", text[pos:limit])
    return (
        two is not None
        and not _n(two.group(1)).startswith("ال")
        and not is_arabic_word(two.group(1))
        and (is_name_word(two.group(2)) or not is_arabic_word(two.group(2)))
    )


# The platforms posts are published on, by name.
_PLATFORM_NAMES = r"تويتر|إكس|فيسبوك|فيس\s+بوك|إنستغرام|انستغرام|تلغرام|تليغرام|يوتيوب|تيك\s+توك"
# Where a post was published ("على منصة إكس"، "عبر حسابه"، "في تغريدة"): after the poster's name.
_ON_PLATFORM = re.compile(r"\s+\S+\s+(?:على|عبر|في)\s+(?:حساب|منص|صفح|موقع|تغريد|تدوين|منشور|" + _PLATFORM_NAMES + ")")


def _posted_after(text: str, pos: int, limit: int) -> bool:
    """Does the word after pos end a name, the platform a post was published on following it?"""
    return _ON_PLATFORM.match(text, pos, limit) is not None


def _name_before_words(text: str, w: re.Match[str], limit: int) -> bool:
    """Are the ب-word at w and the indefinite word after it (or two: "باسيرو ديوماي فاي"), ending the phrase, a
    name rather than a preposition and its noun: no verbal noun ("بإجراء تحقيق"), manner ("بصوت") or noun the
    article has without the ب?"""
    nw = _n(w.group())
    nxt = WORD.match(text, w.end() + 1, limit) if text[w.end() : w.end() + 1] == " " else None
    if nxt is None or _n(nxt.group()).startswith("ال") or _n(nxt.group()) in _STOP or _prepositional(text, nw):
        return False
    third = WORD.match(text, nxt.end() + 1, limit) if text[nxt.end() : nxt.end() + 1] == " " else None
    # (A third word ending the phrase, neither definite nor a verb, ends a name of three: "باسيرو ديوماي فاي:".)
    three = (
        third is not None
        and not (_n(third.group()).startswith("ال") or _n(third.group()) in _STOP or _verb_at(third.group()))
        and (text[third.end() : limit].lstrip(" ")[:1] == ":" or _closes_phrase(text, third.end(), limit))
    )
    last = third if three and third else nxt
    ends = (
        _closes_phrase(text, last.end(), limit)
        or text[last.end() : limit].lstrip(" ")[:1] == ":"
        or _n(_next_word(text, last.end(), limit)) in _STOP
    )
    noun = _bare(nw[1:])
    return ends and noun not in _vocabulary(text) and noun not in _MANNER_NOUNS and (three or not _title_adjective(nxt.group()))


def _given_name_like_country(text: str, pos: int, limit: int) -> bool:
    """After a title's country ("رئيسة وزراء إيطاليا"), is the country-named word ending at pos a given name, a
    family name following it ("جورجيا ميلوني": Giorgia, not Georgia as the verb's object)?"""
    nxt = _next_word(text, pos, limit)
    nn = _n(nxt)
    return bool(nxt) and nn[:1] not in "بلو" and not nn.startswith("ال") and nn not in _STOP and _foreign_surname(nxt)


def _family_name_here(text: str, given: str, word: str, pos: int, limit: int) -> bool:
    """After a given name, a verb's homograph that is a name too, ending the phrase ("يوسف عزت إن"، "يوسف عزت،":
    Ezzat, not "she attributed", which takes an object)."""
    nxt = _n(_next_word(text, pos, limit))
    if nxt in _GOD_WORDS:
        return is_given_name(given)  # ("أحمد ذكر الله": a family name compounded with God's, not "mentioned God")
    ends = bool(_COMPLEMENTISER.match(nxt)) if nxt else bool(re.match(r"\s*[،,:]", text[pos:limit]))
    return ends and is_given_name(given) and is_given_name(word)


# A few words up to a comma, then a name of two to five words (a title may open it) set off by commas before the
# complementiser.
_SET_OFF_NAME = re.compile(
    r"(?:\s+[^\s،,.:؛\"«»“”\n]+){1,4}\s*[،,]\s*((?:[^\s،,.:؛\"«»“”\n]+\s+){1,4}[^\s،,.:؛\"«»“”\n]+)\s*[،,]\s*"
    # (and whom it was told, set off too: '، لـ"وفا"، إن')
    r"(?:لـ?\s*(?:[\"«“][^\"«»“”\n]{1,30}[\"»”]|[^\s،,.:؛\"«»“”\n]+(?:\s+[^\s،,.:؛\"«»“”\n]+)?)\s*[،,]\s*)?"
    # (or where it was said, set off: '، في تصريح لقناة "الجزيرة"، من أن'; and the verb's "من" before أن)
    r"(?:(?:في|خلال)\s[^،,.:؛\n]{1,60}[،,]\s*)?"
    r"(?:(?:من|عن|إلى)\s+)?(?:إن|أن|بأن)\s"  # ("كشفت X عن أن"، "أشار X إلى أن")
)


def _name_set_off(text: str, pos: int, limit: int) -> bool:
    """Does a short phrase after text[:pos] end at a comma, after which a name set off by commas comes before the
    complementiser ("في الشرق الأوسط، سارة كوهين، إن")?"""
    m = _SET_OFF_NAME.match(text, pos, limit)
    return m is not None and len(own_name(m.group(1))) >= 2


def _quoted_workplace(text: str, pos: int, limit: int) -> bool:
    """Does a short quoted name follow text[:pos], then a word that may open a person's name ('في "ساكسو بنك" أولي
    هانسن')?"""
    m = re.match(r'\s*(["«“])([^"«»“”،,.]{1,30})["»”]\s+(' + WORD.pattern + ")", text[pos:limit])
    if m is not None and _may_open_name(m.group(3)) and not _n(m.group(3)).startswith("ال"):
        return True
    # (or a foreign name, mostly no Arabic word, that ends an apposition: 'X، رئيسة استراتيجية السلع في "آر بي سي
    # كابيتال ماركتس"، لشبكة CNN إن'; not 'في "خطاب النصر"، إن', a speech's name)
    m = re.match(r'\s*(["«“])([^"«»“”،,.]{1,30})["»”]\s*[،,]', text[pos:limit])
    words = WORD.findall(m.group(2)) if m else []
    return bool(words) and 2 * sum(not is_arabic_word(w) for w in words) > len(words)


def _may_open_name(word: str) -> bool:
    """Could the word open a person's name, as after a prize's field ("في الأدب آني إرنو"، "في الفيزياء جيفري"): a
    name the romanizer attests or no Arabic word, and no preposition or complementiser ("في الاقتصاد عام 2001")?"""
    nw = _n(word)
    return bool(nw) and nw not in _STOP and not _complementiser(word) and (is_attested_name(word) or not is_arabic_word(word))


def _name_word_follows(text: str, pos: int, limit: int) -> bool:
    """Does a word that may be a name follow text[:pos] directly: not a preposition, complementiser or time
    word, nor "و" and a preposition ("بيني وبينه")?"""
    nw = _n(_next_word(text, pos, limit))
    return bool(nw) and not (
        nw in _STOP or _COMPLEMENTISER.match(nw) or _pronoun_prep(nw) or nw.startswith(("ال", "وال", "وبين"))
    )


@lru_cache(maxsize=1)
def _body_name_openings() -> frozenset[str]:
    """The first words of the names names.body_names lists, in bare form ("برنامج" of "برنامج الأغذية العالمي")."""
    return frozenset(name[0] for name in body_names())


def _in_listed_body(text: str, start: int, w: re.Match[str]) -> bool:
    """Do the last words before w (from start), with w, run on inside the name of a body names.body_names lists
    ("حزب البديل من", "حزب البديل من أجل ألمانيا"): a preposition or a country there is more of that name."""
    phrase = tuple(_bare(x) for x in WORD.findall(text, start, w.start())) + (_bare(w.group()),)
    runs = _listed_body_runs()
    return any(phrase[k:] in runs for k in range(len(phrase) - 1))  # (two words at least)


@lru_cache(maxsize=1)
def _listed_body_runs() -> frozenset[tuple[str, ...]]:
    """The opening words (two or more, short of its end) of each name names.body_names lists, and the whole of a
    name of three words or more: built once, as _in_listed_body asks at every preposition in a speaker phrase."""
    names = body_names()
    return frozenset(name[:n] for name in names for n in range(2, len(name))) | {n for n in names if len(n) > 2}


def _known_body_ends(text: str, start: int, end: int, word: str) -> bool:
    """Is text[start:end] the whole name of a body names.body_names lists, which the word after it does not
    continue?"""
    phrase = tuple(_bare(w) for w in WORD.findall(text, start, end))
    names = body_names()
    if phrase not in names:
        return False
    longer = (*phrase, _bare(word))
    return not any(n[: len(longer)] == longer for n in names)


def _ends_in_body_name(text: str, start: int, end: int, governed: bool = False) -> bool:
    """Does text[start:end] end in the whole name of a body names.body_names lists ("أطباء بلا حدود")? governed:
    its first word may carry ل or ب ("لمنظمة الأمم المتحدة للطفولة")."""
    words = WORD.findall(text, start, end)
    phrase = tuple(_bare(w) for w in words)
    names = body_names()
    if any(phrase[k:] in names for k in range(len(phrase))):
        return True
    return governed and any(
        _n(w)[:1] in "لب" and (_bare(w[1:]), *phrase[k + 1 :]) in names for k, w in enumerate(words) if len(w) > 2
    )


def _country_follows(text: str, w: re.Match[str]) -> bool:
    """Does a country's name start at the word w, in one word or two ("الأردن"، "الولايات المتحدة")?"""
    return (
        country_named(w.group()) is not None or country_named(f"{w.group()} {_next_word(text, w.end(), len(text))}") is not None
    )


def _ends_in_proper_name(text: str, start: int, end: int) -> bool:
    """Does text[start:end] end in the proper name of whom or what its title or body's noun is ("محامي فيون"،
    "مدرب نابولي"، 'في شركة "إنرجي أسبكتس"'), a name that, like a definite noun, takes no clause without a relative
    pronoun? Its words are indefinite, no noun of the dictionary and no nationality ("مسؤول إسرائيلي" is no name)."""
    words = WORD.findall(text, start, end)
    quoted = re.search(r'["«“][^"«“»”]+["»”]\s*$', text[start:end])
    if quoted:
        words = WORD.findall(text, start, start + quoted.start())
        return bool(words) and _bare(words[-1]) in body_words() | title_words()

    def proper(word: str) -> bool:
        return (
            not _n(word).startswith("ال")
            and not is_common_noun(word)
            and country_of(word) is None
            and _bare(word) not in title_words() | body_words()
            and _n(word) not in _STOP
        )

    k = len(words)
    while k > 0 and proper(words[k - 1]):
        k -= 1
    # (the title or body's noun, with no name before it: "أيلا قاضي أوغلو" is a name, no judge's)
    return (
        0 < k < len(words)
        and (_bare(words[k - 1]) in body_words() | title_words() or _n(words[k - 1]) == "باسم")
        and not any(proper(w) for w in words[: k - 1])
    )


def _addressee_before_subject(text: str, w: re.Match[str], limit: int) -> bool:
    """Is this ل-word (right after a verb) whom it was said to, with the subject after it? Only when the next
    word heads a subject that is no name (a title, a body, a source: "مصدر"، "وزير"): "وقال لولا دا سيلفا" is
    Lula, and "وقال لافروف إن" no addressee."""
    nw, nxt = _n(w.group()), _next_word(text, w.end(), limit)
    if nw[:1] != "ل" or len(nw) < 4 or not nxt:
        return False
    if _DIACRITICS.sub("", w.group()).startswith("لا") and not is_arabic_word(_after_li(nw)):
        return False  # ("واتهم لافروف حكومة كييف": a foreign name in لا; ل before a foreign alef has its hamza, "لأكسيوس")
    if _n(nxt).startswith("ال") and _construct_head(_after_li(nw)):
        return False  # ("وقال لمراسل الصحيفة إن": a noun in construct, whose genitive is no subject)
    return _bare(nxt) in title_words() or _bare(nxt) in body_words() or _n(nxt) in _UNNAMED


def _to_whom_then_words(text: str, w: re.Match[str], limit: int) -> bool:
    """Is this ل-word, right after a verb or a speaker's name, whom the words were said to, up to the complementiser
    or colon ("يقول لعنب بلدي إن"، "عمار الحلبي، لعنب بلدي، إن"): ل and a noun the dictionary has ("عنب"), the whole
    no word nor name of its own ("لجنة"، "لبنى"، "لعرابي" are)?"""
    nw = _n(w.group())
    if nw[:1] != "ل" or len(nw) < 4 or is_attested_name(w.group()) or is_common_noun(w.group()):
        return False
    return (is_common_noun(_after_li(nw)) or _told_in_article(text, w.group())) and _TOLD_THEN_WORDS.match(
        text, w.end(), limit
    ) is not None


def _told_in_article(text: str, word: str) -> bool:
    """Does the article give this ل-word as whom a statement was made to, after a channel's noun ("في تصريح
    لهسبريس"، "في تصريحات خاصة لهسبريس")? Then it is the outlet, also where a verb comes before it ("وروت
    لهسبريس:"), not a speaker whose name begins with ل."""
    for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text):
        before = _CHANNEL_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before and any(_bare(x) in _CHANNELS for x in before.groups() if x):
            return True
    return False


# The two words right before a point, within a clause: "في تصريح |"، "تصريح خاصة |".
_CHANNEL_BEFORE = re.compile(r"([^\s،,.:؛\"«»]+)[ \t]+(?:([^\s،,.:؛\"«»]+)[ \t]+)?$")


# The rest of whom the words were for, up to the complementiser or colon ("لعنب بلدي، إن").
_TOLD_THEN_WORDS = re.compile(
    r"(?:[ \t]+[^\s،,.:؛\"«“»”]+){0,3}?[ \t]*[،,]?[ \t]*(?:(?<!\w)(?=[بف]?[إأا]ن(?:ه|ها|هم)?(?!\w))|(?=:))"
)


def _construct_head(stem: str) -> bool:
    """Can the (normalised) word after ل head a construct: a noun or a speaker's noun without the article?"""
    return not stem.startswith("ال") and (is_common_noun(stem) or _speaker_noun(stem))


def _construct_addressee_end(text: str, w: re.Match[str], limit: int) -> int | None:
    """Where a ل-noun in construct right after a verb ends, with its definite genitives and adjectives ("لوكالة الأنباء
    الفرنسية"), when a subject by title, body or source follows it: whom it was said to, then who. Else None."""
    if _n(w.group())[:1] != "ل" or not _construct_head(_after_li(_n(w.group()))):
        return None
    end = w.end()
    for x in itertools.islice(WORD.finditer(text, w.end(), limit), 4):
        if text[end : x.start()] != " ":
            return None
        if not _n(x.group()).startswith("ال"):
            return end if _speaker_noun(x.group()) or _n(x.group()) in _UNNAMED else None
        end = x.end()
    return None


@lru_cache(maxsize=1)
def _pasts_in_alif_maqsura() -> frozenset[str]:
    """The reporting verbs whose past ends in ى (روى، نفى، رأى، حكى), normalised."""
    return frozenset(_n(r[0]) for r in _words_file("reporting_verbs.txt") if r[0].endswith("ى"))


def _noun_spelt_like_past(word: str) -> bool:
    """Is the word a past in ى written with ي that the dictionary has as a noun or the romanizer as a name: "نفي
    الوزارة" (the denial), "رأي رسمي" (an opinion), "روي إيمرسون" (Roy), no "نفى"، "رأى"، "روى"?"""
    w = _DIACRITICS.sub("", word)
    w = w[1:] if w[:1] in "وف" and _n(w[1:]) in _pasts_in_alif_maqsura() else w
    return w.endswith("ي") and _n(w) in _pasts_in_alif_maqsura() and (is_common_noun(w) or is_attested_name(w))


def _naming(word: str) -> bool:
    """ "يُدعى"/"تُدعى" (is called: "شاهد عيان يدعى محمود"), which its spelling with ى tells from "يدعي" (claims)
    and which introduces the speaker's name, never their words."""
    return _DIACRITICS.sub("", word).lstrip("و") in ("يدعى", "تدعى")


def _between_as_name(text: str, pos: int, limit: int) -> bool:
    """After a name, is "بين" (ending at pos) a name's word ("وانغ ون بين في مؤتمر صحفي")? Before a preposition or
    a comma it is: "between" takes a noun, and the verb "بيّن" (explained) its "أن", never "إن", which only "قال"
    takes ("وانغ ون بين إن")."""
    after = _DIACRITICS.sub("", _next_word(text, pos, limit))
    return after == "إن" or _next_is_stop(text, pos, limit) and not _opens_words(_n(after))


# Nouns of time a demonstrative may point at after a name ("قال الوزير سالم هذا الأسبوع"): no object.
_TIME_NOUNS = {_bare(w) for w in "الأسبوع الشهر العام السنة الصباح المساء الأيام الفترة المرة".split()}
# What places a time noun before or after now ("الأسبوع الماضي"، "الشهر المقبل").
# (Not "الحالي": "المدير العام الحالي" is the current director general.)
_RELATIVE_TIME = {_n(w) for w in "الماضي الماضية المقبل المقبلة الجاري المنصرم المنصرمة الفائت".split()}


def _heads_demonstrative_phrase(text: str, pos: int, limit: int) -> bool:
    """Do a demonstrative and a definite noun other than a time, or "أي", follow text[:pos] ("صحة هذه التقارير",
    "وجود أي خلاف")? A name is never followed by one, so the word before it heads a noun phrase of its own."""
    m = re.match(r"\s+(" + WORD.pattern + r")\s+(" + WORD.pattern + ")", text[pos:limit])
    # ("نفى الوزير وجود أي خلاف": "any" follows the noun heading the object; not the letter I of a name spelt
    # out, written آي or before another letter: "بنك آي إن جي")
    if m and _n(m.group(1)) == "اي":
        return m.group(1)[:1] != "آ" and _n(m.group(2)) not in LETTER_NAMES
    return bool(
        m
        and _n(m.group(1)) in _DEMONSTRATIVES
        and _n(m.group(2)).startswith("ال")
        and _bare(m.group(2)) not in _TIME_NOUNS
        and _n(m.group(2)) not in _TIME
    )


def _object_and_no_words(text: str, span: tuple[int, int], e: int) -> bool:
    """Does the phrase after a verb of saying end in an object, a definite noun of the dictionary after the
    subject's name or title, with nothing in the rest of the sentence to open words (no complementiser, colon or
    quotation)? Then the verb says nothing here ("أضاف X الهدف الثاني": added a goal)."""
    if re.search(r"[:\"«“]", text[span[1] : e]) or any(_opens_words(_n(w)) for w in WORD.findall(text, span[1], e)):
        return False
    cut = _before_object(text, span)
    rest = WORD.findall(text, cut[1], span[1])
    if cut == span or not rest or not _n(rest[0]).startswith("ال") or not is_common_noun(rest[0]):
        return False
    # (after a name or a definite word, not an indefinite head in construct: "ويشير مجتمع السرطان الأمريكي إلى")
    last = WORD.findall(text, *cut)[-1]
    return _n(last).startswith("ال") or is_attested_name(last) or not is_common_noun(last)


def _opens_at(text: str, pos: int, limit: int) -> bool:
    """Does "أن/إن" (not "بأن", which follows an object: "ووصف الاجتماع بأنه") come right after text[:pos], or
    after when it was said set off by commas ("أعلن الكرملين، الاثنين، أن")?"""
    when = re.match(r"\s*[،,]\s*(?:" + WORD.pattern + r"\s*){1,3}[،,]", text[pos:limit])
    if when and all(_n(w) in _TIME for w in WORD.findall(when.group())):
        pos += when.end()
    nxt = _n(_next_word(text, pos, limit))
    return _opens_words(nxt) and _unconj(nxt)[:1] != "ب"


def _closes_phrase(text: str, pos: int, limit: int) -> bool:
    """Does a comma, a colon or the complementiser come right after text[:pos]?"""
    return bool(re.match(r"\s*[،,:]", text[pos:limit])) or _opens_words(_n(_next_word(text, pos, limit)))


def _says_after_subject(text: str, pos: int, limit: int) -> bool:
    """After the subject that starts at text[pos], do words of its own follow: a complementiser, "بقوله/بالقول", a
    colon, or a participle after a comma ("الأمر الذي نفاه المتحدث، مؤكدا أن")?"""
    span = speaker_phrase(text, pos, limit)
    if span is None:
        return False
    end, after = span[1], _words(text, span[1], limit)[:2]
    manner = _n(after[0].group()) if after else ""
    if len(after) > 1 and manner[:1] == "ب" and not _opens_words(manner) and not text[end : after[0].start()].strip():
        end, after = after[0].end(), after[1:]  # ("الذي انتقده المتحدث بشدة، قائلا": how he did it; not "بأنه")
    # (past when and where he did it, up to the comma: "نفاه المتوكل لاحقا في تغريدة على منصة إكس، واصفا")
    adjunct = re.match(r"((?:\s+[^\s،,.:؛\"«»“”]+){1,8}?)\s*[،,]", text[end:limit])
    said_in = WORD.findall(adjunct.group(1)) if adjunct else []
    if (
        adjunct
        and said_in
        and (_n(said_in[0]) in _TIME | _ADJUNCT_PREPOSITIONS or _n(said_in[0]) == "عبر")
        and not any(_verb_at(x) or _complementiser(x) for x in said_in)
    ):
        following = _words(text, end + adjunct.end(), limit)[:1]
        if following and _participle_at(following[0].group()) is not None:
            return True
    if not after:
        return False
    gap, first = text[end : after[0].start()], _n(after[0].group())
    return (
        ":" in gap
        or not gap.strip()
        and (_opens_words(first) or first in _SAYING)
        or gap.strip() in ("،", ",")
        and _participle_at(after[0].group()) is not None
        # ("وهو ما رفضه الحارس X الذي قال:": a relative clause on the subject, whose verb reports)
        or gap.strip() in ("", "،", ",")
        and first in _RELATIVE
        and len(after) > 1
        and _verb_at(after[1].group()) is not None
    )


def _said_next(text: str, pos: int, limit: int) -> bool:
    """Do the complementiser or where the words were said ("في بيان") come right after text[:pos]? Then what stands
    before is all subject: an object never comes between it and "إن"."""
    words = _words(text, pos, limit)[:2]
    if not words or re.search(r"[.،,:؛]", text[pos : words[0].start()]):
        return False
    first = _n(words[0].group())
    return _opens_words(first) or first == "في" and len(words) > 1 and _channel(words[1].group()) is not None


def _adverb_head(word: str) -> bool:
    """Is the word, without its article, one of the stop words ("في إطار"، "حسب السياق")? Not a definite body
    noun spelt like one: "القيادي في الإطار التنسيقي" names a coalition."""
    nw = _n(word)
    # (nor a definite elative, the adjective of the noun before it: "ممثل الدول الأكثر تضررا X"، "الدول الأقل نموا")
    elative = nw.startswith("ال") and len(nw) in (5, 6) and nw[2] == "ا" and is_adjective(word)  # (أقلّ: doubled)
    # (nor "النفس"/"الذات": with the article a noun, "علم النفس", where "نفس"/"ذات" alone are "the same")
    reflexive_noun = nw.startswith("ال") and _bare(word) in ("نفس", "ذات")
    return (
        _bare(word) in _STOP and not (nw.startswith("ال") and _bare(word) in body_words()) and not elative and not reflexive_noun
    )


def _ends_source(text: str, pos: int, limit: int) -> bool:
    """Do one to three words after pos, no verb among them, end a source phrase at a comma ("وبحسب ما أعلنته لجنة
    الإشراف على الانتخابات، شارك")?"""
    m = re.match(r"(?:\s+[^\s،,.:؛\"«»“”]+){1,3}\s*[،,]", text[pos:limit])
    return m is not None and not any(_verb_at(x) or _participle_at(x) for x in WORD.findall(m.group()))


def _governed_until_said(text: str, pos: int, limit: int) -> bool:
    """Does what follows a title's own preposition ("المسؤول عن …") run, without a verb or a possessed noun, to
    "إن" or a colon, or to a comma before the complementiser, perhaps past a name set off by commas ("وقال
    المسؤول عن ملف الأسرى، سمير ديلو، إن"): the title's complement and perhaps the name, not what the verb
    reports ("وكشف المسؤول عن خطة"، "وأعرب المسؤول عن أمله في أن"، "وأكد المشرف على ضرورة أن")?"""
    commas = 0
    for w in _words(text, pos, limit)[:12]:
        if _DIACRITICS.sub("", w.group()) == "إن":
            return True
        if _verb_at(w.group()) or _participle_at(w.group()) or _possessed(w.group()) or _n(w.group()) in ("ان", "بان"):
            return False
        after = text[w.end() : w.end() + 2]
        if ":" in after or _BEFORE_COMPLEMENTISER.match(text, w.end(), limit):
            return True
        if re.search(r"[«“\"]", after) or re.search(r"[،,]", after) and (commas := commas + 1) > 1:
            return False
    return False


def _next_is_stop(text: str, pos: int, limit: int) -> bool:
    """Is the word after "في" no part of a description ("في نفس", "في حسابه", "في بيان", and one word on: "في
    أحدث تقاريره")?"""
    w = WORD.search(text, pos, limit)
    if w is None or _n(w.group()) in _STOP or _adverb_head(w.group()):
        return True
    # (One word on only after an indefinite one: "في أحدث تقاريره", not "مسؤول في الشرطة قوله".)
    ahead = _words(text, w.start(), limit)[: 1 if _n(w.group()).startswith("ال") else 2]
    # (But "الباحث الرئيسي في الدراسة": the study is where a researcher works, not where words were said.)
    study = _n(w.group()).startswith("ال") and _bare(w.group()) in _STUDIES
    return any(_channel(x.group()) and not study or _possessed(x.group()) and not _n(x.group()).endswith("الله") for x in ahead)


_STUDIES = {_bare(w) for w in "دراسة بحث".split()}


# Nouns of manner after ب ("بصوت خافت"، "بنبرة حادة"): how words were said, never a speaker.
def _in_language(prev_bare: str, nw: str) -> bool:
    """Is the normalised word the language after "الناطق/الناطقة" ("صحيفة «الوطن» الناطقة بالفرنسية"), part of an
    outlet's name, no complement of the verb?"""
    return prev_bare in ("ناطق", "ناطقه") and nw.startswith("بال") and nw.endswith("يه")


# What a title may be held over, named after it ("مديرة مشروع «سحاب-1»"، "منسق حملة «…»"), no body of its own.
_UNDERTAKINGS = {_bare(w) for w in "مشروع برنامج حملة مهرجان مسابقة معرض مؤتمر قائمة".split()}
_MANNER_NOUNS = {
    _bare(w)
    for w in "صوت نبرة لهجة لغة لكنة حزم غضب حسرة أسى ثقة مرارة حماس فخر حدة ابتسامة وضوح شدة قوة صراحة جدية دقة حزن هدوء أسف".split()
}


# Verbal nouns that name an inquiry, which concludes and finds ("وخلص تحقيق أولي إلى أن").
_INQUIRIES = {_bare(w) for w in "تحقيق تحليل تقييم تقدير إحصاء استبيان".split()}


def _speaker_next(text: str, pos: int, limit: int) -> bool:
    """Does a title, a body or an unnamed source's noun, or a name, follow text[:pos]?"""
    word = _next_word(text, pos, limit)
    return bool(word) and (_speaker_noun(word) or is_name_word(word) and not _n(word).startswith("ال"))


def _another_bears(text: str, family: str, names: set[str]) -> bool:
    """Does the article write this family name right after a given name that is none of these names ("محمود
    المشهداني" for a phrase that holds "محمد شياع السوداني")?"""
    return any(is_given_name(b) and _n(b) not in names for b in _words_before(text).get(_n(family), ()))


@lru_cache(maxsize=8)
def _words_before(text: str) -> dict[str, tuple[str, ...]]:
    """Each word of the article (normalised) and the words written right before it: read once per article, which
    _another_bears asks of every definite word after a name."""
    words = WORD.findall(text)
    out: dict[str, list[str]] = {}
    for before, word in zip(words, words[1:], strict=False):
        out.setdefault(_n(word), []).append(before)
    return {w: tuple(b) for w, b in out.items()}


def _event_named(text: str, word: str, end: int, limit: int) -> bool:
    """Is the first word after a verb an indefinite derived verbal noun, no name's, before no given name ("وأعلن استهداف
    موقع عسكري")? It is what was announced, the verb's object; its subject came before it or is the last
    speaker. (After "بحسب" a record may be one: "بحسب تحليل أجرته رويترز".)"""
    nw = _n(word)
    nxt = WORD.search(text, end, limit)
    # (the derived masdars, إفعال، افتعال، استفعال، تفعيل، تفاعل: no man's or rival's noun, "رجل"، "منافس")
    derived = _ALIF_MASDAR.fullmatch(_bare(nw)) or re.fullmatch(r"ت..ي.|ت.ا..", _bare(nw))
    return (
        bool(derived)
        and is_verbal_noun(_DIACRITICS.sub("", word))
        and not (is_given_name(word) or _speaker_noun(word) or _bare(nw) in _SOURCE_NOUNS | _INQUIRIES)
        and not (nxt is not None and is_given_name(nxt.group()))
    )


def _press_told(text: str, nw: str, end: int, limit: int) -> bool:
    """Is the normalised word (ending at end) ل and the press or a listed body, perhaps of more words after it
    ("لرويترز"، "لوكالة"، "لفرانس برس"): whom the words were said to?"""
    if nw[:1] != "ل":
        return False
    first = _bare(nw[1:])
    after = [_bare(w) for w in WORD.findall(text, end, min(limit, end + 60))[:3]]
    # (or a body that broadcasts: "لهيئة البث العامة (كان)"، "لمؤسسة الإذاعة والتلفزيون")
    broadcaster = first in body_words() and after[:1] in (["بث"], ["اذاعه"], ["تلفزيون"])
    return first in _PRESS or broadcaster or any((first, *after[:k]) in body_names() for k in range(len(after) + 1))


def _not_a_subject(text: str, word: str, end: int, limit: int) -> bool:
    """The first word after a verb that cannot start its subject: a preposition with its noun (بحضور، للصحفيين،
    بالقول) or a noun carrying a possessive pronoun (هجومه، تعبيره، وقوفها), which is an object or adjunct."""
    nw = _n(word)
    nxt = WORD.search(text, end, limit)
    # ("وقالت كالاس إن": a كال-word the romanizer attests as a name, alone before the complementiser, is one:
    # Kallas; "وأضاف كالعادة أن" is how the last speaker went on.)
    named = (
        nw.startswith("كال")
        and nxt is not None
        and not text[end : nxt.start()].strip()
        and _opens_words(_n(nxt.group()))
        and is_attested_name(word)
    )
    # ("، فالديس دومبروفسكيس،": so is a foreign given name in فال before a family name that a comma closes, Valdis.)
    named = named or nw.startswith("فال") and _foreign_name_set_off(text, word, nxt, limit)
    if nw.startswith(("بال", "لل", "فال", "كال")) and not named or nw[:1] == "ب" and _bare(nw[1:]) in _MANNER_NOUNS:
        return True  # ("وتضيف بصوت خافت:": how it was said)
    if nw[:1] == "ب" and _bare(nw[1:]) in _language_words() and not is_attested_name(word):
        return True  # ("ويضيف بفرنسية تتخللها كلمات عربية:": the language it was said in)
    if _press_told(text, nw, end, limit):
        return True  # ("وقال لرويترز إن"، "لوكالة رويترز"، "لفرانس برس": the press the words were said to)
    if _purpose_verb(word, nxt.group() if nxt else ""):
        return True  # ("وقد تابع ليزعم أن": went on to claim, the subject unsaid)
    if (
        len(word) > 3
        and _possessed(word)
        and not nw.endswith("الله")
        and not nw.startswith(("احد", "بعض", "كل"))
        and not _someones(word)
        and not _foreign_name_set_off(text, word, nxt, limit)
        and not _name_after_epithets(text, end, limit)
        and nw not in _family_names(text)  # ("ولفت عبده إلى": Abdou, whom the article names "رشاد عبده")
        # (nor a given name spelt like a noun with "his", before more of a name: "، وجيه الزيدي،")
        and not (is_given_name(word) and is_name_word(_next_word(text, end, limit)))
    ):
        return True
    named_once = (
        # "وقال بلينكن إن"، "وقالت بيونغيانغ إنها": a word with ب said once right before the complementiser is a
        # name starting with ب far more often than ب and a noun ("قال بحزم إن"). So with ل ("وقال لافروف إن"),
        # unless the article has the word without it ("(رويترز)" … "وقال لرويترز إن": whom it was said to): read
        # as an addressee, a name would give its words to the last speaker, a wrong name worse than none.
        nw[:1] in "بل"
        and len(nw) >= 4
        and nxt is not None
        and not text[end : nxt.start()].strip()
        and _opens_words(_n(nxt.group()))
    )
    if (
        nw[:1] in "بل"
        and len(nw) >= 3
        and not _speaker_noun(word)  # ("وقال باحثون لم يشاركوا": a source's noun that starts with ب is that noun)
        and (
            _bare(nw[1:]) in _vocabulary(text)
            or (
                _count(text, nw) < 2
                and (nxt is None or _n(nxt.group()) in _STOP or _COMPLEMENTISER.match(_n(nxt.group())))
                and not named_once
                # ("وختم بري كلمته": an attested name, however short; but "اقترح بدلا من ذلك": a preposition's)
                and not (is_name_word(word) and (nxt is None or _n(nxt.group()) not in _ADJUNCT_START))
                # (A comma right after it sets off an adjunct after the subject: "وقال بايدن، خلال لقائه"; not after ب
                # and a noun of the dictionary, "وقال بوضوح، إن".)
                and not (re.match(r"\s*[،,]", text[end:limit]) and (is_name_word(word) or not is_common_noun(word[1:])))
            )
        )
    ):
        # "لبي بي سي": the article uses the word without the letter too; "بنغمة لا تخلو": said once and followed
        # by no more of a name, so not a name the report keeps returning to ("براين هولت" is).
        return True
    if nw in ("جميع", "كافه", "كافة"):
        return True  # "دعا جميع الأطراف": a quantified object
    if _accusative_plural(word):
        return True  # "بعد أن رفضت عرضين سابقين": a dual or plural in ين, the object (a subject's is in ان/ون)
    if nw[:1] == "ب" and len(nw) > 3 and nxt and _bare(nxt.group()) in title_words():
        # "بحضور وزير الخارجية": in whose presence or at whose call (but "واتهم بايدن وزيرة الدفاع بأنها": a
        # name the article has no noun for, then the object)
        return nw in _WITH_SOMEONE or _prepositional(text, nw)
    return False


def _body_noun_after(word: str, letters: str = "ل") -> bool:
    """Is the word one of these letters and a body's noun ("لشركة"; with "بل": "بجامعة")?"""
    b = _bare(word)
    return b[:1] in letters and b[1:] in body_words()


def _indefinite_noun_no_name(word: str) -> bool:
    """Is the word an indefinite noun of the dictionary that no name is spelt like ("تحقيق"، not "صلاح")?"""
    return bool(word) and not _n(word).startswith("ال") and is_common_noun(word) and not is_name_word(word)


def _accusative_plural(word: str) -> bool:
    """Is the word an indefinite dual or sound plural in the accusative ("عرضين"): a dictionary noun of three
    letters or more before "ين", not itself a noun, name or source ("سكين"، "حسين"، "مسؤولين" as some write it)?"""
    nw = _n(word)
    stem = nw[:-2]
    return (
        nw.endswith("ين")
        and len(stem) >= 3
        and not nw.startswith("ال")
        and is_common_noun(stem)
        and not is_common_noun(nw)
        and not is_attested_name(word)
        and not _speaker_noun(word)
        and not _speaker_noun(stem)
    )


# ب and a noun that a person's title follows as its genitive: who was present, called or led.
_WITH_SOMEONE = {
    _n(w)
    for w in "بحضور بمشاركة برئاسة بقيادة بزعامة بدعوة بتكليف بأمر بطلب بإشراف بمبادرة بتنسيق برعاية بتوجيه بتوجيهات"
    " بتعليمات بإيعاز بمرافقة بصحبة بوساطة".split()
}


def _only_title(text: str, s: int, e: int) -> bool:
    """Is text[s:e] a title and its modifiers with no name yet ("الأمين العام", "المدير العام", "منسقة الشؤون
    الإنسانية": a definite common noun is the title's genitive)?"""
    found = list(WORD.finditer(text, s, e))
    titles = title_words()
    # ("المتحدث (الرسمي) باسم الأمين العام": a spokesman's "in the name of", no given name Basim)
    found = [
        w for k, w in enumerate(found) if not (_n(w.group()) == "باسم" and any(_bare(x.group()) in titles for x in found[:k]))
    ]
    ws = [_bare(w.group()) for w in found]
    # (After a body noun a definite word is its name, whatever else it may be: "النائب عن كتلة الوفاء للمقاومة".)
    genitives = {
        _bare(w.group())
        for v, w in zip(found, found[1:], strict=False)
        if _n(w.group()).startswith("ال") and (not is_name_word(w.group()) or _bare(v.group()) in body_words())
    }
    # (A title with a possessive pronoun is one too: "مديرتها الإقليمية للشرق الأوسط", its director.)
    owned = {_bare(w.group()) for w in found if _owned_forms(w.group()) & titles}
    # (An indefinite given name in ي is a name too, which _has_name takes for an adjective: "الدكتورة سلمى الحربي".)
    given = any(
        not _n(w.group()).startswith("ال") and _bare(w.group()) not in titles and is_given_name(w.group()) for w in found[1:]
    )
    return (
        bool(ws)
        and any(w in titles or w in owned for w in ws)
        and not given
        and not _has_name([w for w in ws if w not in genitives | owned or w in titles])
    )


def _body_described(text: str, s: int, e: int) -> bool:
    """Is text[s:e] a body and its adjectives ("الوكالة الدولية", "الاتحاد الدولي")? A genitive with لل after it
    completes the body's name ("الوكالة الدولية للطاقة الذرية"), as after a title."""
    ws = [_n(w.group()) for w in WORD.finditer(text, s, e)]
    return len(ws) >= 2 and _bare(ws[0]) in body_words() and all(_agrees(ws[0], w) for w in ws[1:])


def _agrees(noun: str, word: str) -> bool:
    """Can this definite word be an adjective of the body noun (normalised words): a nisba, or of its gender and
    no plural ("السلطة الوطنية المستقلة"، "الهيئة العليا"، "المجلس الأعلى"), not a body, title or time?"""
    b = _bare(word)
    if not word.startswith("ال") or b in body_words() or b in title_words() or word in _TIME:
        return False
    if b.endswith(("ي", "يه")):
        return True
    if noun.endswith(("ه", "ة")):
        return b.endswith(("ه", "ا", "ى"))
    return not b.endswith(("ه", "ين", "ون", "ات"))


def _has_name(bare_words: list[str]) -> bool:
    """Rough: a word that is neither a title, a body noun ("المكتب"), a generic modifier nor adjective-like (-ي، -ية)."""
    titles, bodies = title_words(), body_words()
    return any(
        w not in titles and w not in bodies and not w.endswith(("ي", "يه")) and w not in _GENERIC and w not in _STOP
        for w in bare_words[1:]
    )  # (nor a preposition: "النائب عن كتلة الوفاء")


_GENERIC = {
    _n(w)
    for w in """عام عامة اعلي أعلى عليا اول أول أولى تنفيذي تنفيذية دائم دائمة خاص خاصة سابق سابقة أسبق فني فنية اقليمي
    إقليمي إقليمية الدولي دولي خارجية داخلية مقيم مقيمة متحدة جديد جديدة منتخب منتخبة مكلف مكلفة مستقيل مستقيلة مساعد
    مساعدة كبرى عظمى أبيض أحمر""".split()
}


def _described(text: str, s: int, e: int) -> bool:
    """Does text[s:e] have a title, a body noun or a country's name in it?"""
    return any(
        (b := _bare(w.group())) in title_words() or b in body_words() or b in _country_words() for w in WORD.finditer(text, s, e)
    )


def _looks_like_name(text: str, s: int, e: int) -> bool:
    """An apposition worth keeping: a name or a title's description, not a clause (no verb, no complementiser).
    A name has a word without the article ("، دميتري بيسكوف،"); "، السلطات الثلاث" is an object."""
    ws = [w.group() for w in WORD.finditer(text, s, e)]
    # (But "عضو مجلس النواب عن الحزب المصري الديمقراطي": whom a member sits for.)
    sits = {k for k in range(1, len(ws) - 1) if _n(ws[k]) == "عن" and any(sits_for(t, ws[k + 1]) for t in ws[:k])}
    # (And "، الأستاذ في جامعة الإمارات،"، "، البروفسور جيمس ميلر من جامعة كامبريدج،": where a title is held.)
    sits |= {
        k
        for k in range(1, len(ws) - 1)
        if _n(ws[k]) in ("في", "لدي")
        and (
            _bare(ws[k - 1]) in title_words()
            or _bare(ws[k - 1]) in _UNNAMED
            # ("، رئيسة قسم البحوث في بنك الاستثمار فاروس،": a title's genitives, then the body it is held in; so an
            # official's, "، المسؤولة الفنية في المنظمة،")
            # (or a rank over a group's: "، كبير الاقتصاديين في بنك مصر،")
            or (
                any(_bare(t) in title_words() or _bare(t) in _UNNAMED for t in ws[:k])
                or k == 2
                and _bare(ws[0]) in _RANKS
                and is_sound_plural(ws[1])
            )
            and (
                _bare(ws[k + 1]) in body_words()
                # ("، سفيرة المملكة لدى الولايات المتحدة،": the country where the title is held)
                or is_place(ws[k + 1])
                or country_named(" ".join(ws[k + 1 : k + 3])) is not None
                # ("، سائق شاحنة في ميناء العقبة،": where an indefinite title's holder works, not when he spoke)
                or _bare(ws[0]) in title_words()
                and not _n(ws[0]).startswith("ال")
                and _n(ws[k + 1]) not in _OCCASION_WORDS
                and _channel(ws[k + 1]) is None
            )
        )
        or _n(ws[k]) == "من"
        and _bare(ws[k + 1]) in body_words()
        and not _n(ws[k - 1]).startswith("ال")
        # ("، أحد المرضى في المستشفى،": one of a group, and where the group is)
        or _n(ws[k]) == "في"
        and k == 2
        and _n(ws[0]) in ("احد", "احدي")
        # ("المبعوث الأممي إلى اليمن هانس غروندبرغ": where an envoy is sent)
        or _n(ws[k]) == "الي"
        and any(_bare(t) in _ENVOYS | _MISSIONS for t in ws[:k])
        and _bare(ws[k + 1]) in _country_words()
    }
    # (And "، عضو هيئة الدفاع عن المعتقلين،"، "، المسؤول عن الملف،": a title's own preposition.)
    sits |= {
        k
        for k in range(1, len(ws) - 1)
        if _defends(ws[k - 2] if k >= 2 else "", ws[k - 1], _n(ws[k]))
        or _bare(ws[k - 1]) in _GOVERNING.get(_n(ws[k]), ())
        # (past the title's adjective: "، المسؤولة الفنية عن ملف كوفيد-19 في المنظمة،")
        or k >= 2
        and _bare(ws[k - 2]) in _GOVERNING.get(_n(ws[k]), ())
        and _title_adjective(ws[k - 1])
    }
    # (A chain of offices may run longer: "، نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي،".)
    offices = sum(_bare(w) in title_words() for w in ws)
    # (A lineage's links do not count where it ends the phrase: "الأمير بدر بن عبد الله بن فرحان" is one name.)
    links = [k for k, w in enumerate(ws) if _n(w) in _NAME_LINKS]
    length = len(ws) - (len(links) if links and len(ws) - links[-1] <= 3 else 0)
    # (A name in quotation marks counts as one word: 'رئيسة استراتيجية السلع في "آر بي سي كابيتال ماركتس"'.)
    length -= sum(max(len(WORD.findall(m.group())) - 1, 0) for m in re.finditer(r'["«“][^"«»“”\n]+["»”]', text[s:e]))
    # (So does the region an office covers, named after "منطقة": "، نائب رئيس البنك الدولي لمنطقة الشرق الأوسط وشمال
    # أفريقيا،".)
    region = next((k for k in range(1, len(ws)) if re.sub(r"^ل", "", _n(ws[k])) in _REGION_NOUNS), None)
    length -= max(len(ws) - region - 2, 0) if region is not None else 0
    # (So may a title's description that ends in its holder's given and family names: "عضو لجنة الزراعة والمياه في
    # البرلمان ثائر الجبوري".)
    # (or a name the romanizer attests that is no dictionary noun: "زعيمة حزب التجمع الوطني اليميني المتطرف مارين لوبان")
    given = is_given_name(ws[-2]) or is_attested_name(ws[-2]) and not is_common_noun(ws[-2]) if len(ws) > 2 else False
    titled = _bare(ws[0]) in title_words()
    held = titled and given and not _n(ws[-2]).startswith("ال")
    # (A title held in a body runs longer too: "، مدير برنامج الأمن الإقليمي في مركز الخليج للأبحاث،"; a chain of
    # offices longer still: "، ولي عهد دبي نائب رئيس مجلس الوزراء وزير الدفاع رئيس المجلس التنفيذي لإمارة دبي،".)
    # (so with ب and the body: "، أستاذة الهندسة المعمارية بالمدرسة الوطنية للهندسة المعمارية بمراكش،")
    # (and an unnamed source's noun where it is held: "، الباحث في مختبر فيزياء الغلاف الجوي والفضاء بجامعة …،")
    where = (titled or _bare(ws[0]) in _UNNAMED) and (
        bool(sits) or any(_n(w)[:1] == "ب" and _bare(w[1:]) in body_words() for w in ws[1:])
    )
    chain = titled and offices >= 2
    most = (16 if offices >= 4 else 12) if chain else 10 if held or where else 7
    return (
        0 < length <= most
        and (_described(text, s, e) or any(not _n(w).startswith("ال") for w in ws))
        and not any(
            # (with madda, "آن" is Anne, no complementiser)
            (_complementiser(m.group()) or _n(m.group()) in _STOP and k not in sits and m.group()[:1] != "آ")
            and not _van(text, m, e)  # ("، بيتر فان دن بوسه،": a Dutch name's particle, no "فإن")
            and not (k and _bare(ws[k - 1]) in title_words() and _titled_given_name(text, m, e))  # ("، الدكتور لقاء مكي،")
            for k, m in enumerate(WORD.finditer(text, s, e))
        )
    )


def _titled_given_name(text: str, w: re.Match[str], limit: int) -> bool:
    """Is the word, right after a title, a given name spelt as a word that ends a speaker phrase ("الدكتور لقاء
    مكي"، "الشيخ صباح الخالد"): before a name the index attests, no time word ("الوزير صباح اليوم": this morning)?"""
    following = _next_word(text, w.end(), limit)
    return (
        is_given_name(w.group())
        and not _n(w.group()).startswith("ال")
        and is_attested_name(following)
        and _n(following) not in _STOP | _TIME
        and not _opens_words(_n(following))
    )


def _addressee(text: str, s: int) -> bool:
    """Does the phrase at s say whom the words were for ("، لوكالة الأنباء الفرنسية"، "للصحفيين")?"""
    w = WORD.match(text, s)
    nw = _n(w.group()) if w else ""
    return nw.startswith("لل") or nw[:1] == "ل" and (_bare(nw[1:]) in body_words() or _bare(nw[1:]) in title_words())


def _described_by_participle(text: str, first: tuple[int, int], appos: tuple[int, int]) -> bool:
    """ "حذر المحامي X، المتخصص في قضايا الملكية العقارية، من أن"، "قال X، الملقب بـ«أبو محمد»، إنه": a definite
    participle set off after a name describes its bearer, whatever it governs up to its closing comma (a title alone
    before it may have its object there instead)."""
    opening = WORD.match(text, appos[0])
    return (
        opening is not None and has_article(opening.group()) and is_participle(opening.group()) and not _only_title(text, *first)
    )


def _description_of_description(text: str, first: tuple[int, int], appos: tuple[int, int]) -> bool:
    """ "ودعا المرشد الإيراني، السلطات الثلاث، إلى": after a title with no name, definite words with no title of
    their own are no name of that person but the verb's object."""
    words = WORD.findall(text, *appos)
    return _only_title(text, *first) and all(_n(w).startswith("ال") and _bare(w) not in title_words() for w in words)


def _apposition_closed(text: str, stop: int, limit: int) -> bool:
    """Does an apposition end where the speaker phrase should: at a comma, a colon or quotation, or right before
    the complementiser that opens the reported words?"""
    if stop >= limit:
        return False
    if text[stop] in '،,:“«"':
        return True
    w = WORD.match(text, stop) or WORD.search(text, stop, limit)
    if not w:
        return False
    nw = _n(w.group())
    # Or where the phrase had to end: a complementiser, a preposition ("المتحدث باسم الجامعة على ادعاءات"), a verb,
    # an object's head ("، براين هوك وجود أي علاقة").
    return (
        bool(_COMPLEMENTISER.match(nw))
        or nw in _STOP
        or bool(_verb_at(w.group()))
        or bool(_participle_at(w.group()))
        or _heads_demonstrative_phrase(text, w.end(), limit)
    )


def _mention(text: str, span: tuple[int, int] | None, gender: str | None) -> Mention | None:
    if span is None:
        return None
    s, e = span
    if text[s] == "#" and e - s > 1:
        s += 1  # "أعلنت #واشنطن": a hashtag's mark is no part of the name
    if text.count("(", s, e) > text.count(")", s, e) and text[e : e + 1] == ")":
        e += 1  # ("الطفلة سلمى (9 سنوات) فتقول": the bracket the mention opened)
    elif text.count("(", s, e) > text.count(")", s, e):
        # (never a bracket left open: "المزارع رسول حمه كريم (63" is the farmer, before his age)
        e = s + len(text[s : text.rfind("(", s, e)].rstrip())
    doing = _DOING.search(text, s, e)
    act = doing.group(1) if doing else ""
    # (a present verb, no noun or nisba: "وهو تاجر"، "وهو تركي" say what he is; "وهي تبكي" what she did)
    if doing and not is_common_noun(act) and not is_plain_noun(act) and act[-1] not in "ةى" and not is_nisba(act):
        e = doing.start()  # ("يسرا، وهي تتسلم الجائزة:": what she was doing as she spoke is no part of who she is)
    return Mention(s, e, text[s:e], gender)


# A clause on the speaker that opens with a present verb ("، وهي تتسلم الجائزة"): its verb.
_DOING = re.compile(r"\s*[،,]\s*و(?:هو|هي|هم)\s+([يت]\w{2,})")


# -- frames -----------------------------------------------------------------------------------------


@dataclass
class _Frame:
    cue: int  # where the frame starts: what comes before it is not its content
    content: int  # where its words start
    speaker: Mention | None  # None: continues the last speaker (of `gender`)
    gender: str | None
    written: bool = False
    after: bool = False  # a source phrase ("بحسب X") that attributes the words before it
    participle: bool = False  # or a verb joined to an earlier one: the same speaker as that frame
    unknown: bool = False  # a report whose subject cannot be named here: its words are no one's we can name
    # The channel it names for its words ("بيان" of "بيانا جاء فيه"), when that is not in its lead-in (cue to
    # content): a later "وجاء في البيان" is its speaker's.
    channel: str | None = None
    answering: bool = False  # ردّ، علّق: "على X" after it is what was answered, not what was said
    asked_before: bool = False  # "وسأله X …، فأجاب": the one the asker's "him" names, quoted before the asker
    silent: bool = False  # "ورفض X التعليق": names who goes on ("مكتفيا بالقول"), with no words of its own
    relative: bool = False  # "Y، الذي قال إن": a relative clause on someone the clause before it names


def _frames(text: str, s: int, e: int, quotes: list[tuple[int, int]]) -> list[_Frame]:
    frames: list[_Frame] = []
    # (Nor the words of who asked not to be named: "مصدر، فضل عدم ذكر اسمه، عن الوزير": "ذكر" reports nothing.)
    unnamed = _anonymities(text, s, e)
    words = [w for w in _words(text, s, e) if not _inside(quotes, w.start()) and not _inside(unnamed, w.start())]
    taken_until = s
    for k, w in enumerate(words):
        if w.start() < taken_until:
            continue
        word = w.group()
        nw = _n(word)
        prev = _n(words[k - 1].group()) if k else ""
        prev_end = words[k - 1].end() if k else s
        # (nor past a bracket or a dash: "روما (أ ف ب) - قالت", where "ب" is the agency's initial, no preposition)
        adjacent = k and not re.search(r"[،,.:؛)\]\-–—]", text[prev_end : w.start()])
        # "أن وصف الوزير" is a noun (the description), not a verb: a verb never follows a complementiser or a
        # preposition directly, with its conjunction too ("وفي رد على هذه التصريحات، قال").
        # But "بعد أن قال"، "قبل أن يؤكد": after a time word, أن and a verb are that verb.
        timed = prev in ("ان", "أن") and k >= 2 and _unconj(_n(words[k - 2].group())) in _BEFORE_VERBAL_AN
        # ("، إلا أنه اعتبر"، "غير أنها أشارت": but he, a verb whose subject is the pronoun, _verb_frame's contrast.)
        but_he = prev in ("انه", "انها", "انهم") and k >= 2 and _n(words[k - 2].group()) in ("الا", "غير")
        timed = timed or but_he
        # ("وسرعان ما رد X قائلا"، "وكثيرا ما يقول X إن": after an adverb, "ما" is no relative; the verb is the clause's.)
        timed = timed or prev == "ما" and k >= 2 and _unconj(_n(words[k - 2].group())) in _ADVERBS_OF_MA
        # ("في حين قال X إن": whereas X said, a report of its own.)
        whereas = prev == "حين" and k >= 2 and _unconj(_n(words[k - 2].group())) == "في"
        # ('حين اتهم النائب X الحكومة بـ"…"': when he accused, in words quoted in the clause, which are his; a time
        # clause without them narrates: "حين كشفت الشركة كيف استخدمت روسيا الحسابات".)
        whereas = whereas or (
            _unconj(prev) in ("حين", "عندما")
            and _QUOTED_IN_CLAUSE.match(text, w.end(), e) is not None
            and _named_after(text, w.end(), e)  # ("حين كتب قصة قصيرة في «…»": what he wrote, no one named)
        )
        after_particle = adjacent and (
            bool(_COMPLEMENTISER.match(prev))
            and not timed
            or (_unconj(prev) in _NOT_BEFORE_VERB or prev in _NOT_BEFORE_VERB)  # (its و may be its own: "وراء")
            and not whereas
            # ("نتوقع نشر أولى الصور": after "we expect", the verbal noun it takes, no verb)
            or _we_do(_unconj(prev))
            and is_verbal_noun(word)
        )
        said_before = _said_it(text, w)  # ('«…»، قالها X'، '«…»، هذا ما قاله X': what he said is the quotation)
        # ("علي بن أبي طالب": after a name's particle, a name spelt like a verb.)
        verb = (
            None
            if _naming(word) or adjacent and prev in _NAME_LINKS | {"ابي"} or _noun_spelt_like_past(word)
            # ("، فيما رفضه رئيس الوزراء": after "while" too, a clause opens with it)
            else _verb_at(word) or _verb_with_object(word, not adjacent or prev in _WHILE) or said_before
        )
        if (verb is None or verb.needs) and k >= 1 and _pointed_back(words, k):
            # ('«…»، بهذه العبارة افتتح X الجلسة': whatever the verb, the words are those it points back at; one
            # that needs a word after it to report needs none here)
            verb = _Verb("f" if nw.endswith("ت") else "m", False, takes_object=True)
        if verb is None and frames and (narrated := _narrated_whereas(text, words, k, e)) is not None:
            # "قالت X إنها لم تتوقع الفوز، بينما نال الممثل Y جائزة": another named person's deed, set against the
            # words before, ends them; it is narration (so is what followed from them: "، فقرر رئيس الجلسة رفعها").
            frames.append(_nobody(text, narrated, narrated, e))
            continue
        # ("، وهو ما أكده X": the reporter's comment on the words before, with a verb on them)
        comment = (
            bool(frames)
            and prev == "ما"
            and k >= 2
            and _n(words[k - 2].group()) in _WHICH_IS
            and _comma_right_before(text, words[k - 2].start())
            and re.search(r"(?:ه|ها|هم)$", nw) is not None
        )
        # ("في خطوة وصفها الوزير بأنها": a clause on an indefinite noun is a relative clause without its pronoun.)
        indefinite = (
            adjacent
            and k >= 2
            and _unconj(_n(words[k - 2].group())) in _BEFORE_INDEFINITE
            and not prev.startswith("ال")
            and is_common_noun(words[k - 1].group())
            and _channel(words[k - 1].group()) is None  # ("في مقال نشرته صحيفة": who published it)
        )
        if (
            (verb is None or verb is said_before)
            and adjacent
            and (prev == "ما" or prev in _RELATIVE or indefinite)
            and not _naming(word)
        ):
            # "وهو ما أكده وزير المالية بقوله إن"، "الأمر الذي نفاه المتحدث، مؤكدا أن": a verb whose object is the
            # relative; its subject, after it, says what follows (or said the quotation before: "هذا ما قاله X").
            verb = _verb_with_object(word, True, relative=True) or said_before
            # ("ونفى الوزير ما نشرته الصحيفة، مؤكدا": "ما" right after the last verb's subject is that verb's object;
            # what follows the relative clause goes on with the main clause's subject, not the paper's)
            subject = frames[-1].speaker if frames and prev == "ما" else None
            if subject is not None and frames[-1].cue < subject.start and not text[subject.end : words[k - 1].start()].strip():
                verb = None
            if verb is not None and not said_before and not _says_after_subject(text, w.end(), e):
                if prev in _RELATIVE and frames and _person_before(words, k - 1) and quote_spans(text, w.end(), e):
                    # ("ورد رئيس الوزراء على زعيم المعارضة الذي اتهمه بـ«…»": the relative's antecedent accused him;
                    # the words quoted after are none of the outer speaker's.)
                    frames.append(_nobody(text, words[k - 1].start(), w.end(), e))
                    taken_until = frames[-1].content
                    continue
                verb = None  # ("، وهو ما أكدته المنصة للصحيفة، بمعدل الضعف": the reporter goes on)
            if verb is None and comment:
                # (... and the words before end there: "اتهمت المنظمات القوات بارتكاب انتهاكات، وهو ما تنفيه القوات")
                frames.append(_nobody(text, words[k - 2].start(), e, e))
                taken_until = e
                continue
            after_particle = after_particle and verb is None
        if verb and _farewell(word, words, k):
            verb = None  # "ودعت التونسية أنس جابر البطولة": she bid it farewell (ودّعت), calling no one
        # ("وتشير بيدها إلى كومة الأنقاض": she points with her hand; she goes on, saying nothing here)
        by_hand = k + 1 < len(words) and _n(words[k + 1].group()) in _BY_HAND
        # ("نقلت عنه قوله": the relay's preposition and "قول" with a pronoun each, which _needs_met does not read.)
        from_pronoun = _relayed_from_pronoun(text, words, k, e) if verb and not after_particle else None
        if verb and from_pronoun is None and not _needs_met(verb, words, k):
            # A homograph of a particle is the verb only before its complementiser, or when written with the
            # shadda that tells them apart ("وبيّن الوزير أن", not "بين الطرفين"), or with a past ending no particle
            # takes ("وبينت وزيرة الاستثمار X أن").
            spelt_apart = "\u0651" in word or re.search(r"(?:ت|وا)$", _unconj(nw)) is not None
            verb = verb if verb.needs_next and spelt_apart else None
        conjoined = _conjoined(nw)  # "ووعد" (but the و of "وعد" is its own)
        within = k and not text[prev_end : w.start()].strip()  # (no mark between: "(CNN)--طالب" starts a clause)
        started = prev in _RELATIVE | _BOUNDARY or _unconj(prev) in ("قد", "لقد")  # (and "فقد"، "وقد")
        # (and "في حين", whereas: "، في حين قدّر فريق X أن")
        started = started or prev == "حين" and k > 1 and _n(words[k - 2].group()) == "في"
        # (and "إذ"، "عندما"، "بعدما", whose clause opens with its verb: "، إذ طالب المحامي X ببطلان")
        started = started or _unconj(prev) in ("اذ", "عندما", "بعدما", "حينما")
        if verb and verb.initial and within and not started and not conjoined:
            verb = None  # "ذكرى وعد بلفور"، "مقتل طالب جامعي": the noun, inside a clause
        # (after a number: "70 مليون", "سبعة", "لثلاثة", "و11 متهما": a preposition or و joined to the number)
        number = words[k - 1].group() if k else ""
        unjoined = number[1:] if number[:1] in "لبو" else number
        counted = bool(within) and (unjoined.isdigit() or is_number(number) or is_number(unjoined) or prev in _COUNTS)
        if verb and nw[:1] == "ف" and counted:
            verb = None  # "70 مليون فرد عسكري": a counted noun (an individual), no "so he replied"
        resumptive = k + 1 < len(words) and _n(words[k + 1].group()) in _RESUMPTIVE  # ("قال فيها")
        if verb and adjacent and prev in _RELATIVE and resumptive:
            # "تصريحاته التي قال فيها إن": the words of whoever made those statements, which the verb does not name.
            frames.append(_in_statements(text, s, w.start(), words[k + 1].end(), e, verb.gender))
            taken_until = frames[-1].content
            continue
        if verb and not after_particle and _passive(word):
            frames.append(_nobody(text, w.start(), w.end(), e))  # "يوصى بحفظ الدواء": it is recommended
            taken_until = frames[-1].content
            continue
        # ("، الذي كان قد وصف": the relative two words before, past كان قد)
        relative_at = k - 3 if k >= 3 and prev == "قد" and _n(words[k - 2].group()) in ("كان", "كانت") else k - 1
        if verb and adjacent and _n(words[relative_at].group()) in _RELATIVE and not resumptive:
            # "…، الإعلامي أحمد شوبير، الذي قال في برنامجه إن": the relative clause's subject is the person it
            # describes (inside the last frame's words, only for a quotation: _said_by_antecedent).
            said = _said_by_antecedent(text, words, k, e, verb, frames[-1] if frames else None, relative_at)
            if said:
                frames.extend(said)
                taken_until = said[0].content
                continue
        owned = _statements_of(text, frames[-1].content if frames else s, w.start(), verb.gender) if verb and resumptive else None
        if owned is not None:
            # "وأوردت الوكالة تصريحات للوزير قال فيها إن": the words are his whose statements they are, not the
            # relaying agency's; "وأجرت القناة حوارا مع الوزير أكد فيه": nor the interviewer's.
            owned = replace(owned, content=_skip_complementiser(text, words[k + 1].end(), e))
            if frames:
                frames[-1] = owned
            else:
                frames.append(owned)
            taken_until = owned.content
            continue
        if verb and frames and resumptive:
            published = _channel_before(text, frames[-1].content, w.start())
            if (
                published is not None
                and published.start() == frames[-1].content
                and (_owner(text, s, w.start()) or _issuer(text, s, w.start()) or _issued_by_the_last(text, s, w.start()))
            ):
                # "ونشر الوزير تغريدة (على حسابه) قال فيها إن": what he published is the channel, no words of his;
                # they follow in the relative clause on it, which names him as its issuer.
                frames.pop()
        if from_pronoun is not None:
            # "…، ونقلت عنه قوله إن": relayed from "him", whom the agency only reports on; this reading cannot name
            # him, and the words are never the relaying subject's, nor part of what it said before.
            frames.append(_nobody(text, w.start(), from_pronoun, e))
            taken_until = frames[-1].content
            continue
        if verb and not after_particle and frames and _nested_report(text, frames[-1], w.end(), verb_at=w.start()):
            # "قالت المتحدثة إن واشنطن ترحب ب…": a report inside her words is her words; but one that quotes its
            # named subject ("قالت الصحيفة إن الوزير X قال: «…»") is that subject's, which she relays.
            quoted = _quoted_subject(text, frames[-1], w, e)
            if quoted is not None:
                # (past whom it was said to: "أن الرئيس قال لمقربيه إنه «…»")
                to = _past_addressee(text, w.end(), e)
                frames.append(
                    _Frame(quoted[0], _skip_complementiser(text, to, e), _mention(text, quoted, verb.gender), verb.gender)
                )
                taken_until = frames[-1].content
            elif (opened := _quotation_after(text, w, e, strict=True)) is not None:
                # A quotation the nested subject said, whom this reading cannot name, is still not the relaying
                # speaker's own ("وتروي أن X قال لها: «…»").
                frames.append(_nobody(text, frames[-1].content, opened, e))
                taken_until = frames[-1].content
            continue
        if verb and not after_particle and _object_after_subject(text, words, k):
            continue  # "وأكد الوزير أحمد علي رفض المملكة": what he affirmed, a verbal noun, whose genitive says nothing
        # ("حزب العدالة والتنمية، الذي اعتبر أمينه العام X أن": a relative clause with a subject of its own, whose
        # pronoun is the antecedent's: its secretary general speaks)
        own_subject = prev in _RELATIVE and k + 1 < len(words) and _someones(words[k + 1].group())
        if verb and (not after_particle or own_subject):
            frame = _verb_frame(text, words, k, s, e, verb, frames)
            if frame and adjacent and (_BEFORE_NEXT.fullmatch(prev) or but_he) and frame.cue == w.start():
                # "…، ثم أضاف"، "…، لكنه شدد"، "…، إلا أنه حذر": "then", "but he" are no part of the words before.
                frame = replace(frame, cue=words[k - (2 if but_he else 1)].start())
            if frame and comment and frame.cue == w.start():
                frame = replace(frame, cue=words[k - 2].start())  # (nor "، وهو ما" of "، وهو ما أكده X بقوله")
            answering = _unconj(nw) in _ANSWERING
            if frame and answering and _their_statements_between(words, k, frame.content):
                continue  # "وردت الخارجية على تصريحات بلينكن التي قال فيها إن": what follows is his, not the answer
            if frame and by_hand:
                # (a gesture's frame ends with the hand: "يشير بيده إلى الأفق ويقول:" says its words with the next verb)
                frame = replace(frame, content=min(frame.content, words[k + 1].end()), silent=True)
            if frame and not _clause_of_last(text, frame, frames):
                frames.append(replace(frame, answering=answering))
                taken_until = frame.content
            continue
        following = words[k + 1].group() if k + 1 < len(words) else ""
        if k + 2 < len(words) and (_n(following) == "ذلك" or _owns(following)) and _n(words[k + 2].group()) in _BI_ANNA:
            following = words[k + 2].group()  # ("مبررة ذلك بأن"، "معللا قراره بأن": what was justified, then how)
        gender = _participle_at(word, following)
        if gender and by_hand:
            continue  # ("مشيرا بيده إلى كومة من الحديد": pointing)
        if gender and counted:
            continue  # "بإحالة سبعة متهمين إلى المحاكمة": a counted noun (the accused), no one accusing
        if gender and frames and _nested_report(text, frames[-1], w.start()):
            continue  # "أوضح الأمير أن الشرع أعرب عن …، مؤكدا": the participle goes on the words' own subject
        # "وتنوي كوريا التقدم بشكوى بدعوى أن …": the grounds claimed by the clause's subject, as a participle's.
        pretext = nw in _PRETEXTS and k + 1 < len(words) and bool(_COMPLEMENTISER.match(_n(words[k + 1].group())))
        if (gender or pretext) and k > 0:
            # "ولم يخف محاموها مخاوفهم، مؤكدين أن": after a clause that reports nothing, its subject's words (a
            # circumstantial participle: set off by a comma or in the accusative, "مؤكدا"; otherwise it may be an
            # adjective: "مشاكل معلنة").
            gap = text[words[k - 1].end() : w.start()]
            if _unconj(prev) in _KANA_PREDICATE and not ("،" in gap or "," in gap):
                continue  # "أن القرار كان متوقعا": كان's predicate, in the accusative too, is no circumstantial
            purpose = _purpose_verb(word, words[k + 1].group() if k + 1 < len(words) else "")
            if purpose and frames:
                continue  # ("إن الرياض اتخذت هذه الإجراءات، لتوضح لكندا أن": inside the words, the subject theirs)
            set_off = "،" in gap or "," in gap or _DIACRITICS.sub("", word).endswith("ا") or pretext or bool(purpose)
            noun = _n(prev)
            if (
                not set_off
                and (gender == "f" and noun.endswith(("ه", "ات")) or gender == "m")
                and not noun.startswith("ال")
                and is_common_noun(prev)
            ):
                # "فرضت قوات الأمن إجراءات مشددة بمحيط المحكمة"، "وسط حضور لافت لعائلات الموقوفين": the adjective
                # of the noun it agrees with (a masculine circumstantial is in the accusative, "لافتا")
                continue
            # ("مؤكدة أن": a feminine accusative has no mark of its own; the complementiser tells it from an
            # adjective or a predicate inside the words, "أن القرار متوقع".)
            # (Nor has "قائلة" before a quotation or a colon, where the words open; "قائلةً" has its tanween.)
            opens = _opens_words(_n(_next_word(text, w.end(), e))) or text[w.end() : e].lstrip()[:1] in ':"«“'
            if _unconj(nw).startswith(_ADDING) and not _ADDED_WORDS.match(text, w.end(), e):
                continue  # ("مضيفة نحو عشرة أيام إلى رحلاتها": adding days, not words; words open after "مضيفا")
            set_off = set_off or word.endswith("\u064b") or bool(frames) and opens
            # (Nor is "saying" itself any noun's adjective, so a subject described before its name says it too:
            # "وتحدثت النازحة أم أحمد عن معاناتها قائلة:"; but a bare name may be the object, "راسلت بيركمان قائلة:")
            saying = not set_off and _unconj(nw) in _SAYING_FEMININE and opens
            if frames and not set_off:
                continue
            if not set_off and is_given_name(word) and title_words() & {_bare(prev), _bare(_after_li(prev))}:
                continue  # ("تغريدة للناشط واصف الحركة": Wassef, a name after a title, no "describing")
            shared = None if frames else _coordinated_subject(text, words, k, k)
            described = shared is not None and (
                _described(text, *shared) or saying and _has_article(_next_word(text, shared[0], shared[1]))
            )
            if shared is not None and not set_off and not described:
                shared = None  # (with no comma it may be an adjective: "مشاكل صحية معلنة"; only a body's or an office's)
            if (pretext or not set_off) and not frames and shared is None:
                # Whose claim it is, the sentence does not say in a way this reading follows; and a feminine
                # participle with no comma ("قطعت علاقاتها … متهمة إياها") is no one else's for its gender alone.
                continue
            if not frames and shared is None:
                # ("وبينما كان الرئيس يتحدث، قاطعه أحد الحضور قائلا": the clause right before it, after the comma)
                shared = _comma_clause_subject(text, words, k)
            if not frames and shared is None and _names_own_subject(text, words, k):
                # The sentence names its own subject, which this reading could not bound: the words are that
                # subject's, never the last speaker's.
                frames.append(_nobody(text, w.start(), w.end(), e))
                taken_until = frames[-1].content
                continue
            frames.append(
                # (past whom it was said to: "، قائلا للصحفيين في البيت الأبيض إن")
                _Frame(
                    _joined_deed(text, words, k, frames[-1].content, gender) if frames else w.start(),
                    _words_after(text, w.end(), e),
                    _mention(text, shared, gender),
                    gender,
                    participle=True,
                )
            )
            taken_until = frames[-1].content
            continue
        if nw in ("اما", "واما"):
            frame = _fronted(text, words, k, e, frames)
            if frame:
                frames.append(frame)
                taken_until = frame.content
            continue
    by_them = _BY_THEM.match(text, s, e) if not frames else None
    if by_them:
        # "وبحسبه، فإن …": according to him, the last speaker of that gender, as a verb with no subject would.
        gender = {"ه": "m", "ها": "f", "هم": "p"}[by_them.group(1)]
        frames.append(_Frame(s, _skip_complementiser(text, by_them.end(), e), None, gender))
    for m in _SOURCE_PREP.finditer(text, s, e):
        if _inside(quotes, m.start()) or any(f.cue <= m.start() < f.content for f in frames):
            continue
        rel = re.match(r"(?:ما|لما)\s+(\S+)\s+", text[m.end() : e])
        pos = m.end()
        if rel:
            pos += rel.end()
        told = re.match(r"\s*(?:به|بها)\s+", text[pos:e])  # ("وفق ما أفاد به بلاغ للديوان": what it gave, then who)
        pos += told.end() if told else 0
        # "وفقا للأمم المتحدة": the ل fused with the article; read as the article, the phrase is a noun phrase.
        phrase = _fused_article(text, pos)
        if phrase is not text:
            pos -= 1  # (the mention starts at the fused word: "للأمم المتحدة", named "الأمم المتحدة")
        past = _past_channel(phrase, pos, e)
        if past is None:
            continue
        owner = _fused_article(phrase, past)
        if owner is not phrase:
            phrase, past = owner, past - 1  # (the owner after the record: "تقرير للمنظمة", named "المنظمة")
        span = speaker_phrase(phrase, past, e, source=True)
        if span and _as_planned(phrase[span[0] : span[1]], _word_before(text, m.start())):
            continue  # ("التعافي يسير وفق البرنامج"، "وفق الجدول": as planned, no source)
        if span and past == pos and _criterion(phrase[span[0] : span[1]]):
            continue  # ("وتختلف الرسوم بحسب نوع المدرسة"، "يتدرج بحسب عمر الطالب": what it varies with, no source)
        relayed_by = rel or re.search(r"ما\s+(\S+)\s*$", m.group())  # ("ووفق ما نقلته": in the match, or after it)
        relay = relayed_by and _RELAYING.get(_unconj(re.sub(r"(?:ه|ها)$", "", _n(relayed_by.group(1)))))
        after_span = re.match(r"\s*(\S+)\s+", text[span[1] : e]) if span and relay else None
        if span and after_span and _n(after_span.group(1)) == relay:
            # "ووفق ما نقلته وكالة رويترز عن مصادر مطلعة، فإن": the sources the agency relays speak.
            span = speaker_phrase(text, span[1] + after_span.end(), e, relayed=True) or span
        relaying = next(
            (
                i
                for i, f in enumerate(frames)
                # (right where its words start: not a report after "بحسب X، فإن", which X relays)
                if f.speaker is not None
                and not f.after
                and f.content <= m.start()
                and not text[f.content : m.start()].strip(" ،,")
            ),
            None,
        )
        # ("قال X، بحسب ما نقلت عنه منصة «Y»، إن": relayed from him, the outlet only carries his words.)
        from_him = bool(relay) and re.match(r"\s*(?:عنه|عنها|عنهم|عنهما)(?!\w)", text[pos:e])
        if span and relaying is not None:
            content = _skip_complementiser(text, span[1], e)
            if from_him:
                frames[relaying] = replace(frames[relaying], content=content)
                continue
            if any(_opens_words(_n(x)) for x in WORD.findall(text, span[1], content)):
                # "وأشارت الصحيفة نقلا عن مسؤولين إلى أن", "وقالت الوكالة وفقا لمصادر إن": the words are the
                # source's, relayed by the verb's subject (as "نقلت الوكالة عن مسؤول قوله إن").
                frames[relaying] = replace(frames[relaying], content=content, speaker=_mention(phrase, span, None), gender=None)
                continue
        if span and not from_him:  # (whom "him" names, with no frame before it, this reading does not follow)
            # ("وجاء على لسان المتحدث في بيان أن": it came on his tongue, and the words follow.)
            at_start = not re.sub(r"^[وف]?(?:جاء|ورد)\s*", "", text[s : m.start()].strip(" ،,")).strip(" ،,و")
            # ("وجاء ذلك على لسان X": what came is what was told before, no words here.)
            at_start = at_start or bool(_CAME_THAT.fullmatch(text[s : m.start()].strip(" ،,")))
            # ("وبحسب الأمم المتحدة، فإن …": the words start after "فإن", and after whom it was said to.)
            # (... and after a clause on an indefinite source: "وبحسب خبراء تحدثوا إلى «العربية.نت»، فإن".)
            clause = _spoke_to_clause(text, span[1], e) if at_start else None
            after = span[1] + (clause.end() if clause else 0)
            # (... or a relative clause on the source set off by commas: "وبحسب بيان صادر عن صندوق الاستثمارات
            # العامة، الذي يمول الجزء الأكبر من المشروع، فإن")
            on_it = _CLAUSE_SET_OFF.match(text, after, e) if at_start and not clause else None
            if on_it and _opens_words(_n(_next_word(text, on_it.end(), e))):
                after = on_it.end()
            content = span[1] if not at_start else _skip_complementiser(text, _past_addressee(text, after, e), e)
            if at_start:
                then = re.match(r"[\s،,]*ف(?:لقد|قد)\s+", text[content:e])  # ("وبحسب الجيش، فقد قتل …")
                content += then.end() if then else 0
                # (past whom or where it was given, up to the comma that ends the source: "وبحسب وثيقة وزعتها
                # الوزارة على الصحافيين، يمتد")
                given = re.match(
                    r"\s*(?:على|في|إلى|أمام|خلال)\s+[^\s،,.:؛\"«»“”]+(?:\s+[^\s،,.:؛\"«»“”]+){0,3}\s*[،,]", text[content:e]
                )
                given = given if given and not re.search(r"[،,]", text[span[1] : content]) else None
                if given and not any(_verb_at(x) or _complementiser(x) for x in WORD.findall(given.group())):
                    content = _skip_complementiser(text, content + given.end(), e)
                impersonal = _impersonal_after_source(text, content, frames)
                if impersonal is not None:
                    content = impersonal.content
                    frames.remove(impersonal)
            frames.append(_Frame(m.start(), content, _mention(phrase, span, None), None, after=not at_start))
    for m in _DOC_FRAME.finditer(text, s, e):
        if _inside(quotes, m.start()) or any(f.cue <= m.start() < f.content for f in frames):
            continue
        if _what_came(text, s, m.start()):
            continue  # "نص مكتوب لما جاء في التسجيل": "what came in it" is a noun phrase, not the recording speaking
        aside = _as_stated_aside(text, m, e, frames)
        if aside is not None:
            # "وحذرت الهيئة، كما جاء في بيان صادر عنها الخميس، من أن": where the subject's words were stated, set
            # off inside its frame; they start after it.
            frames[-1] = replace(frames[-1], content=aside)
            continue
        # "بيانا جاء فيه": the statement of whoever issued it, the speaker before it ("وأصدرت الوزارة بيانا").
        # ("وأعاد اللاعب نشر تغريدة لزميله X جاء فيها": the one whose tweet it is, not who shared it.)
        within = m.group().endswith(("فيه", "فيها"))
        span = (_owner(text, s, m.start()) or _issuer(text, s, m.start())) if within else speaker_phrase(text, m.end(), e)
        # "جاء في بيان صادر عن الوزارة": the issuer speaks.
        document = re.match(r"\s*\S+", text[m.end() : e])
        issuer = _ISSUED_BY.match(text, m.end() + document.end(), e) if document else None
        doc_noun = WORD.match(text, m.end() + 1, e) if not within and text[m.end() : m.end() + 1] == " " else None
        received = _RECEIVED.match(text, doc_noun.end(), e) if doc_noun and _channel(doc_noun.group()) else None
        if issuer:
            span = speaker_phrase(text, issuer.end(), e) or span
        elif doc_noun and received:
            span = doc_noun.span()  # "وجاء في بيان تلقت الجزيرة نت نسخة منه أن": a statement, whose not said
        elif span is not None:
            span = _issued(text, span, e) or _genitive_issuer(text, span) or span  # "وجاء في بيان للوزارة أن": the ministry's
        elif document is not None:
            # "وجاء في تغريدة للوزير:": a channel noun is no speaker phrase of its own; whose it is follows it.
            at = m.end() + document.start() + len(document.group()) - len(document.group().lstrip())
            span = _issued(text, (at, m.end() + document.end()), e)
        if within and span is None and (behalf := _on_behalf_of(text, s, m.start())) is not None:
            span = behalf  # ("وتلا X كلمة نيابة عن رئيس الوزراء، …، جاء فيها": the words are the one it was read for)
        if within and span is None and _unread_subject(text, s, m.start()):
            # ("وودع ليفربول لاعبه ببيان جاء فيه:": the clause names its own subject, one this reading cannot bound;
            # never the last speaker's words)
            frames.append(_Frame(m.start(), _skip_complementiser(text, m.end(), e), None, None, unknown=True))
            continue
        if span is not None and not received and (of := _DOCUMENT_OF.match(text, span[1], e)):
            span = (span[0], span[1] + len(of.group(1)))  # ("وجاء في البيان الختامي للقاء أن": the meeting's)
        doc = _mention(text, span, None)
        after = received.end() if received else max(span[1], m.end()) if span else m.end()
        on_it = _CLAUSE_SET_OFF.match(text, after, e)  # ("جاء في بلاغ للمديرية، صدر مساء الثلاثاء، أن")
        content = _skip_complementiser(text, on_it.end() if on_it else after, e)
        # The channel: the noun before "جاء فيه", or the one after "جاء في".
        named = _channel_before(text, s, m.start()) if within else document
        channel = _channel(named.group().strip()) if named else None
        frames.append(
            _Frame(m.start(), content, doc, None, written=True, participle=doc is None and bool(frames), channel=channel)
        )
    if not frames:
        colon = _colon_frame(text, s, e, quotes)
        if colon:
            frames.append(colon)
        else:
            frames.extend(_testimonies(text, s, e, quotes))
    for m in _GLOSS.finditer(text, s, e):
        # (Not before the words it glosses: "وقال الوزير، في إشارة إلى إيران: «…»".)
        if not _inside(quotes, m.start()) and not any(f.cue < m.start() < f.content for f in frames):
            frames.append(_Frame(m.start(), m.end(), None, None, unknown=True))
    return _answers(text, s, sorted(frames, key=lambda f: f.cue))


_REMOTE = re.compile(r"\s+بُ?عد(?!\w)")  # "عن بعد": remote, no preposition's topic

# After "جاء في" and a document, one ل-word right before the complementiser: whose document it is or what
# occasion's ("البيان الختامي للقاء أن").
_DOCUMENT_OF = re.compile(r"(\s+ل[^\W\d_]{2,})(?=\s+(?:أن|بأن|إن)(?!\w))")


def _genitive_issuer(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """Whose the document is, where a channel's noun heads a construct with a body, a title or a country ("بيان
    النادي"، "بيان الوزارة"): that genitive, the one who speaks."""
    words = _words(text, *span)
    if len(words) < 2 or not _channel(words[0].group()) or _n(words[0].group()).startswith("ال"):
        return None
    genitive = words[1].group()
    if _bare(genitive) in body_words() | title_words() or _bare(genitive) in _country_words():
        return words[1].start(), span[1]
    return None


_ASKING = re.compile(r"[وف]?سال(?:ت|وا)?(?:ه|ها|هم|هما)?")
_WE_ASKED = re.compile(r"[وف]?سالنا(?:ه|ها|هم|هما)")  # the reporter's question ("وسألناها عن")
# The passive, as written (its ئ tells it from "سيل", a flood, which normalises alike).
_ASKED = re.compile(r"[وف]?س[\u064b-\u0652]*ئ[\u064b-\u0652]*ل[\u064b-\u0652]*(?:ت|وا)?")


def _nominative_plural(word: str) -> bool:
    """Is the word a sound masculine plural in ون, the nominative: after a verb, its subject ("وقفة احتجاجية، طالب
    خلالها المحتجون بتعويضات"), never its object, which would end in ين?"""
    plain = _unconj(_n(word))
    return plain.endswith("ون") and is_sound_plural(plain)


def _headed_by_someone(head: str) -> bool:
    """Does a phrase's first word name someone: a title, body, source or relation's noun, or a name ("زعيم"، "وزارة"،
    "مصدر"، "محاميه"، "بايدن"; not "دعاوى" of "دعاوى مخاصمة الدولة")?"""
    return _titled(head) or is_attested_name(head) or not is_arabic_word(head)


def _someone(text: str, span: tuple[int, int]) -> bool:
    """Is text[span] someone, by name or title (a person, body or witness), not a noun phrase ("متفائلا")?"""
    words = WORD.findall(text, *span)
    return (
        _looks_like_name(text, *span)
        and (_described(text, *span) or any(is_name_word(w) for w in words))
        or len(words) <= 2
        and _bare(words[0]) in _UNNAMED  # ("الشاهد"، "شاهد عيان": a witness)
        or _plural_title(text[span[0] : span[1]])  # ("الوزيرتين": the two ministers)
        # ("الخارجية الأمريكية": a ministry by its portfolio and its country)
        or len(words) == 2
        and _n(words[0]).startswith("ال")
        and _bare(words[0]) in ministry_domain_words()
        and country_of(words[1]) is not None
    )


def _answers(text: str, s: int, frames: list[_Frame]) -> list[_Frame]:
    """After "وسأل X Y عن …", Y (whom X asked) is no part of the question's words, and the next "فقال"/"فأجاب"
    with no subject of its own is Y's answer; after "وسأله X" it is the answer of the one quoted before the asker,
    whom "him" names; where neither is named, whose answer it is this reading cannot tell: never the asker's."""
    out = list(frames)
    for j, f in enumerate(out):
        # "وسئل الحارس عن الانتقادات، فرد قائلا": the one asked (the passive's subject) answers, in the clause
        # after the question (a verb and a participle at most: "فرد قائلا").
        lo = out[j - 1].cue if j else s
        clause = text[max(lo, text.rfind("،", lo, f.cue), text.rfind(",", lo, f.cue)) : f.cue + 1]
        if f.speaker is not None or f.unknown or not re.fullmatch(r"[،,]?\s*(?:\w+\s+)?\w", clause):
            continue
        passive = [w for w in WORD.finditer(text, lo, f.cue) if _ASKED.fullmatch(w.group())]
        asked = speaker_phrase(text, passive[-1].end(), f.cue) if passive else None
        if asked is not None and _someone(text, asked):
            out[j] = replace(f, speaker=_mention(text, asked, f.gender), participle=False)
    for i, f in enumerate(out):
        asks = WORD.match(text, f.cue)
        if not asks or not _ASKING.fullmatch(_n(asks.group())):
            continue
        later = [j for j in range(i + 1, len(out)) if out[j].speaker is None and not out[j].unknown]
        answer = next((j for j in later if _n(text[out[j].cue : out[j].cue + 1]) == "ف"), None)
        if f.speaker is None:
            if re.search("(?:ه|ها|هم|هما)$", _n(asks.group())):
                # "وسألتها عن …، فأجابت": "I asked her" (a reporter's question: no one's words), and she answers.
                out[i] = replace(f, unknown=True)
                if answer is not None:
                    out[answer] = replace(out[answer], participle=False, asked_before=True)
            continue
        until = out[i + 1].cue if i + 1 < len(out) else min(len(text), f.content + 200)
        asked = speaker_phrase(text, f.content, until)
        asked = asked if asked is not None and _someone(text, asked) else None
        # ("وسأل أحد الصحفيين بايدن عما": a family name the article gave, though the romanizer does not know it)
        family = re.match(r"\s*(" + WORD.pattern + ")", text[f.content : until])
        if asked is None and family and _n(family.group(1)) in _family_names(text):
            asked = (f.content + family.start(1), f.content + family.end(1))
        if asked is not None and not text[f.content : asked[0]].strip():
            out[i] = replace(f, content=_skip_complementiser(text, asked[1], until))
            if answer is not None:
                out[answer] = replace(out[answer], speaker=_mention(text, asked, out[answer].gender), participle=False)
        elif answer is not None and re.search("(?:ه|ها|هم|هما)$", _n(asks.group())):
            # "وسأله أحد الصحفيين …، فرد": "him", whom the asker asked, is the one quoted before the asker.
            out[answer] = replace(out[answer], participle=False, asked_before=True)
        elif answer is not None:
            out[answer] = replace(out[answer], unknown=True)
    return out


_BOUNDARY = {_n(w) for w in "حيث وحيث بينما فيما لكن ولكن كما وكما".split()}


def _opens_clause(text: str, pos: int, limit: int) -> bool:
    """Does a connective that opens a clause of its own come next, past a comma ("لكن"، "لكنه"، "بينما"، "غير أن"،
    "إلا أن")?"""
    words = [_n(x) for x in WORD.findall(text[pos:limit].lstrip(" ،,"))[:2]]
    return bool(words) and (
        words[0] in _BOUNDARY
        or _BUT_HE.fullmatch(words[0]) is not None
        or len(words) == 2
        and words[0] in ("غير", "الا", "بيد")
        and _opens_words(words[1])
    )


# The reporting verb of telling, whose object is whom it told ("أبلغ الوزير النواب بأن").
_TOLD = {_n(w) for w in "أبلغ أبلغت".split()}
# ... and those of two or three words ('"…"، في حين رأى X'): what ends with one is no part of the words before it.
_WHEREAS = re.compile(r"[\s،,]*(?:في\s+حين|في\s+الوقت\s+الذي)$")
# "إذ قال": a verb explaining the clause before it ("حيث" may open another's: "حكما بسجن الناشطة … حيث ادعت").
_EXPLAINING = {_n(w) for w in "إذ".split()}


def _joined_deed(text: str, words: list[re.Match[str]], k: int, since: int, gender: str | None) -> int:
    """Where the speaker's own deed, joined after a comma to the words before the participle words[k], starts
    ("قالت إن …، ورفعت نسخة من الاتفاقية قائلة:": she held it up, no part of what she said), or words[k]'s start:
    a past verb of the participle's gender after "، و", which reports nothing."""
    for j in range(k - 1, 0, -1):
        w = words[j]
        if w.start() < since:
            break
        nw = w.group()
        if (
            nw[:1] == "و"
            and _comma_right_before(text, w.start())
            and _verb_at(nw) is None
            and not _opens_words(_n(nw))  # ("، وأن …": more of the words)
            and _n(nw[1:]) not in _STOP
            and is_verb_form(nw[1:])
            and not is_common_noun(nw[1:])
            and (_DIACRITICS.sub("", nw).endswith("ت") == (gender == "f"))
        ):
            return w.start()
    return words[k].start()


def _object_after_subject(text: str, words: list[re.Match[str]], k: int) -> bool:
    """Does words[k], spelt like a past verb and a verbal noun ("رفض"), stand right after the subject of the verb
    that opens its clause, with no mark between ("وأكد الوزير أحمد علي رفض"), so that it is that verb's object?"""
    first = _clause_start(text, words, k, commas=True)
    if first >= k - 1 or not is_verbal_noun(_DIACRITICS.sub("", words[k].group())) or _verb_at(words[first].group()) is None:
        return False
    if k + 1 < len(words) and _n(words[k + 1].group()) in _RESUMPTIVE:
        return False  # ("بعرض قال فيه": a verb with the pronoun of the noun before, a relative clause on it)
    if re.search(r"[،,:\"«“()]", text[words[first].end() : words[k].start()]):
        return False
    subject = speaker_phrase(text, words[first].end(), words[k].start())
    return subject is not None and subject[1] == words[k - 1].end()


def _clause_start(text: str, words: list[re.Match[str]], k: int, commas: bool) -> int:
    """Index of the first word of the clause holding words[k]: after "حيث، بينما، لكن، إلا أن، غير أن" (and,
    with commas=True, after a comma), else the sentence's first word (a dateline's "إن" of "سي إن إن" opens none)."""
    lead = _past_dateline(text, words[0].start(), words[k].start()) if k else 0
    for j in range(k - 1, -1, -1):
        if words[j].start() < lead:
            return 0
        nw = _n(words[j].group())
        # After a complementiser a new clause starts too: "أوضح X أن الوزير أعرب عن ..." reports the minister.
        if nw in _BOUNDARY or _opens_words(nw) and not _spells_letter(words, j):  # ("سي إن بي سي": the letter N)
            return j + 1
        if commas and j + 1 <= k and re.search(r"[،,]", text[words[j].end() : words[j + 1].start()]):
            return j + 1
    return 0


# A clause on an indefinite speaker, up to his words: their complementiser, "قوله" or a colon (_segment).
_CLAUSE_TO_COMMA = re.compile(r"[^،,:؛.!?؟«“\"\n]{1,120}?(?=[،,])")
_CLAUSE_ON_SPEAKER = re.compile(r"[^،,:؛.!?؟«“\"\n]{1,120}?(?=\s+(?:قوله|قولها|قولهم|تأكيده|تأكيدها|إن|أن|بأن)(?!\w)|\s*:)")
# "نقلت الوكالة عن مسؤول قوله": the word that takes up whose words are relayed.
_RELAYED_SAYING = re.compile(r"[\s،,]*(?:قوله|قولها|قولهم|تأكيده|تأكيدها|تأكيدهم)(?!\w)\s*")


def _relayed_from_pronoun(text: str, words: list[re.Match[str]], k: int, e: int) -> int | None:
    """Where "قوله" ends when words[k] relays from a pronoun ("نقلت عنه قوله"، "نسبت إليها قولها"), else None."""
    relay = _RELAYING.get(_unconj(_n(words[k].group())))
    if not relay or k + 1 >= len(words) or _n(words[k + 1].group()) not in {relay + p for p in ("ه", "ها", "هم", "هما")}:
        return None
    said = _RELAYED_SAYING.match(text, words[k + 1].end(), e)
    return said.end() if said else None


# An office's nouns: it speaks for whoever its genitive names ("مكتب رئيس الوزراء"، "المكتب الإعلامي لبري").
_OFFICES = {_bare(w) for w in "مكتب ديوان".split()}


def _office_holder(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Whose office text[start:end] is, where the relaying subject is one ("مكتب بري"، "المكتب الإعلامي لرئيس
    الحكومة"، "ديوان الرئاسة" is a body, no one's): the genitive that names someone, else None."""
    words = _words(text, start, end)
    if len(words) < 2 or _bare(words[0].group()) not in _OFFICES:
        return None
    k = 1
    # ("المكتب الإعلامي": its adjectives)
    while (
        k < len(words)
        and _n(words[k].group()).startswith("ال")
        and (is_adjective(words[k].group()) or _nisba_like(words[k].group()))
    ):
        k += 1
    if k >= len(words):
        return None
    first = words[k]
    # (a ل-genitive after the adjective, or a plain genitive after the bare noun)
    lam = _n(first.group())[:1] == "ل" and k > 1
    holder = (first.start() + (1 if lam else 0), words[-1].end())
    head = text[holder[0] : first.end()]
    if _bare(head) in body_words() or not (_looks_like_name(text, *holder) or _bare(head) in title_words()):
        return None  # ("ديوان الرئاسة": a body's office, whom it relays from unsaid)
    return holder


def _nisba_like(word: str) -> bool:
    """Does the word end as a relational adjective does ("الإعلامي"، "السياسية")?"""
    return _bare(word).endswith(("ي", "يه"))


# Verbs that relay someone's words, and the preposition before whose they are.
_RELAYING = {v: _n(p) for p, vs in (("عن", "نقل نقلت ينقل تنقل"), ("إلى", "نسب نسبت ينسب تنسب")) for v in vs.split()}


# Verbs of showing a feeling ("أبدى قلقه"، "أظهر ارتياحه"), whose object is a noun with "his" after the subject.
_SHOWING = {_n(w) for w in "أبدى أبدت أظهر أظهرت".split()}
_ABOUT = {_n(w) for w in "من على عن في إزاء تجاه حيال بشأن مع".split()}


# Courts and juries: what "أدان" says of them is a conviction ("أدانت محكمة الاستئناف رئيس الوزراء الأسبق
# بتهمة …"), no position stated, as "أدانت الخارجية الهجوم" condemns the attack.
_COURTS = {_bare(w) for w in "محكمة قضاء قاض قاضي قاضية محلفين".split()}


def _convicts(text: str, w: re.Match[str], span: tuple[int, int]) -> bool:
    """Is the verb at w "أدان" with a court or jury in its subject, text[span]: a conviction, no statement?"""
    return bool(re.fullmatch(r"ادان(?:ت|وا)?", _unconj(_n(w.group())))) and any(
        _bare(x) in _COURTS for x in WORD.findall(text, *span)
    )


def _some_of_them(text: str, span: tuple[int, int]) -> bool:
    """Does the phrase open with a noun of a number of a group, then "من", in the nominative ("وطالب عدد من النواب
    بـ": its subject; the object would be "عددا")? (Only where the accusative shows: not "مجموعة".)"""
    ws = WORD.findall(text, *span)
    head = _DIACRITICS.sub("", ws[0]) if ws else ""
    return len(ws) > 2 and _bare(head) in _SOME_OF and _n(ws[1]) == "من" and not head.endswith(("ة", "ا"))


def _relative_verb(word: str) -> bool:
    """Is the word as written a past verb with "it" ("أجراه"، "أصدره"، "أعده"), which after an indefinite noun opens
    the clause describing it ("استطلاع للرأي أجراه مركز …")? (ه as written, not a ta marbuta; a past in ى writes
    it alif before the pronoun; not a name the index knows.)"""
    bare = _DIACRITICS.sub("", word)
    stem = bare[:-1]
    if not bare.endswith("ه") or stem.endswith("ت") or is_attested_name(bare):
        return False  # (a noun in ة before "his" writes it ت: "حملته"، "أسرته")
    # (not a noun with "his": "ابنه"، "زوجه"، "نشره", his publishing)
    return is_verb_form(stem) and not is_common_noun(stem) or stem.endswith("ا") and is_verb_form(stem[:-1] + "ى")


def _circumstantial_wa(word: str) -> bool:
    """Is the word و and a definite noun ("والدموع"، "والحزن"), which right after a verb opens a clause of how it was
    done, never its subject? (Not a word of its own that starts so: "والدة"، "والي".)"""
    nw = _n(word)
    rest = _DIACRITICS.sub("", word)[1:]
    return (
        nw.startswith("وال")
        and len(nw) >= 6
        and is_common_noun(rest)
        and not is_common_noun(word)
        and not (_speaker_noun(rest) or _bare(word) in relation_words())
    )


def _accusative_some_of(text: str, w: re.Match[str]) -> bool:
    """Is w a noun of a number of a group in the accusative, then "من" ("عددا من النواب"): an object, never a
    subject (the nominative is _some_of_them's)?"""
    head = _DIACRITICS.sub("", w.group())
    return head.endswith("ا") and _bare(head[:-1]) in _SOME_OF and _n(_next_word(text, w.end(), len(text))) == "من"


def _verb_frame(
    text: str, words: list[re.Match[str]], k: int, s: int, e: int, verb: _Verb, frames: list[_Frame]
) -> _Frame | None:
    w = words[k]
    prev = _n(words[k - 1].group()) if k else ""
    # "ولكنه وصف الاجتماع بأنه": the subject is the pronoun before the verb; what follows is its object.
    pronoun_subject = bool(_pronoun_prep(prev)) or prev in ("هو", "هي", "وهو", "وهي")
    # (not across a quotation left out of the words: 'إنه "لم يرتكب أي خطأ"، أكد شاهد الادعاء أن')
    pronoun_subject = pronoun_subject and not re.search(r"[،,.:؛\"“”«»]", text[words[k - 1].end() : w.start()])
    if _unconj(prev) in _CAME and not re.search(r"[،,.:؛\"“”«»]", text[words[k - 1].end() : w.start()]):
        return None  # "وجاء رفض نتنياهو بعد"، "ويأتي إعلان الوزارة": the verbal noun that "came", no one speaking
    following = words[k + 1].group() if k + 1 < len(words) else ""
    if _unconj(_n(w.group())) in _REFUSING and _refused_act(following, verb):
        return None  # ("ورفض مغادرة أوكرانيا": refused to leave, an act, whose subject is before; nothing is said)
    if _declined(text, w, e):
        # "ورفض متحدث باسم الجماعة التعليق على الاتهامات": said nothing, as "تجنب" (and "لكنه قال"); after
        # "فيما"/"بينما" it opens the reporter's clause, which ends the words before it ("، فيما رفض الوزير").
        cue = words[k - 1].start() if k and prev in _WHILE and frames else w.start()
        # ("ورفض التعليق على الاتهامات": what he declined comes first; the subject is the one before.)
        at_once = _n(_next_word(text, w.end(), e)) in _NO_COMMENT
        declined = None if pronoun_subject or at_once else speaker_phrase(text, w.end(), e)
        if at_once and not pronoun_subject:
            return _Frame(cue, w.end(), None, verb.gender, silent=True)  # he goes on, saying nothing here
        if pronoun_subject and k and _BUT_HE.fullmatch(prev):
            # ("أن الخطة ستعرض …، لكنه رفض الكشف عن تكلفتها": but he declined, the reporter's, no more of the words)
            return _Frame(words[k - 1].start(), w.end(), None, verb.gender, silent=True)
        if declined is not None:
            # "رفض X، مدرب الزمالك، الحديث عن التحكيم، مكتفيا بالقول": X goes on, not the one quoted before.
            return _Frame(cue, declined[1], _mention(text, declined, verb.gender), verb.gender, silent=True)
        return _nobody(text, cue, w.end(), e) if cue < w.start() else None
    if _unconj(prev) in _KANA_PRESENT:
        return None  # "لأن الحسابات لم تكن تغرد بانتظام": the predicate of كان, whose subject came before it
    if re.match(r"\s*[إا]لي(?:ه|ها|هم)(?!\w)", text[w.end() : e]):
        # "إضراب دعت إليه نقابة المعلمين"، "وهو ما أشار إليه الوزير": what was called for or referred to is a noun
        # before the verb; nothing is reported here.
        return None
    # (قال، علّق على: no noun object to mistake for a name; "عزا" has one before its "إلى")
    no_object = verb.saying_only or bool(verb.needs) and not verb.takes_object
    # ("قالوا لنا ابنوا بالحجر": a verb before its subject stays singular, so a plural one carries its subject, "they")
    pronoun_subject = pronoun_subject or verb.gender == "p" and _n(w.group()).endswith("وا")
    span = None if pronoun_subject else speaker_phrase(text, w.end(), e, no_object=no_object)
    if span is not None and not (no_object or verb.takes_object or verb.calls_on):
        # ("ويرى المحلل … الدكتور معتصم الأمين إدريس أن": a verb that takes no object of a person, whose subject runs
        # right up to its complementiser, has no object there to give a title-like word to.)
        whole = speaker_phrase(text, w.end(), e, no_object=True)
        if whole is not None and whole[1] > span[1] and _COMPLEMENTISER.match(_n(_next_word(text, whole[1], e))):
            span = whole
    story_at = _story_told(text, w, e) if span else None
    if span and story_at and story_at[1] is not None:
        return _Frame(w.start(), story_at[1], _mention(text, span, verb.gender), verb.gender)  # (told in the quotation)
    story = story_at[0] if story_at else None
    if story is not None:
        # ("وروى الناجي تفاصيل الرحلة، وقال"، "يروي الفيلم حكاية صياد": what is told is a story the reporter sums
        # up, no words; someone named goes on, a work names no one.)
        subject = trim_span(text, span[0], story, " ،,") if span and story > span[0] else None
        if subject is None or _bare(WORD.findall(text, *subject)[0]) in _WORKS | _SOURCE_NOUNS:
            return None
        return _Frame(w.start(), story, _mention(text, subject, verb.gender), verb.gender, silent=True)
    if span and _convicts(text, w, span):
        return None
    if span and _unconj(_n(w.group())) in _SHOWING:
        # "أبدى المدرب دييغو سيميوني غضبه": what one shows is a feeling of one's own, its noun the last word.
        # (Only where what it is about follows: "غضبه من التحكيم"; in "أبدى مارك روته قلقه" the noun is after it.)
        *named, last = _words(text, *span)
        about = _n(_next_word(text, span[1], e)) in _ABOUT
        if named and about and _owns(last.group()) and not is_name_word(last.group()):
            span = trim_span(text, span[0], last.start(), " ،,")
    nxt = _n(words[k + 1].group()) if k + 1 < len(words) else ""
    if span and nxt in _RESUMPTIVE and not _nominative_plural(WORD.findall(text, *span)[0]):
        # ("ببيان وصفت فيه القرار بأنه"، "تغريدة دعا فيها الناخبين إلى": the verb's object; whoever issued the
        # statement speaks. Not "دعا فيه زعيم التنظيم أنصاره إلى", nor "طالب خلالها المحتجون بـ", _nominative_plural.)
        head = _bare(WORD.findall(text, *span)[0])
        called = verb.calls_on and head not in title_words() | body_words()
        if called or not verb.saying_only and _bare_common_noun(text, span, described=True):
            span = None
    after = span[1] if span else w.end()
    # "نقلت الوكالة (، ومنها ...،) عن مسؤول ... قوله إن", "نسبت الصحيفة إلى مصدر قوله": the speaker is the one
    # the agency relays.
    relay = _RELAYING.get(_unconj(_n(w.group())))
    relayed_one = False  # the speaker is whom the verb relays, whoever relays them
    if relay:
        # "ونقل بيان صادر عن مكتبه عن سلام قوله إن": where the preposition comes twice, whom the agency relays
        # is the one whose "قوله" follows ("صادر عن" is who issued the statement).
        relays: list[tuple[tuple[int, int], re.Match[str] | None]] = []
        for j in range(k + 1, min(k + 25, len(words))):
            nj = _n(words[j].group())
            if _COMPLEMENTISER.match(nj):
                break
            if nj in {relay + p for p in ("ه", "ها", "هم")}:
                # "نقل المكتب الإعلامي لبري عنه قوله": an office relays from whom it serves, its genitive.
                said = _RELAYED_SAYING.match(text, words[j].end(), e)
                holder = _office_holder(text, w.end(), words[j].start()) if said else None
                if said and holder is None:
                    return _nobody(text, w.start(), said.end(), e)  # ("ونقلت الوكالة عنه قوله": whom it does not say)
                if holder is not None:
                    relays.append((holder, said))
                break
            if nj in (relay, "قول", "تاكيد", "تصريح"):
                relayed = speaker_phrase(text, words[j].end(), e, relayed=True)
                if relayed is None:
                    ahead = [x for x in words[j + 1 : j + 12] if x.end() <= e]
                    said = next((x for x in ahead if _RELAYED_SAYING.fullmatch(x.group())), None)
                    if (
                        said
                        and not relays
                        and not any(_COMPLEMENTISER.match(_n(x.group())) for x in ahead if x.end() <= said.start())
                    ):
                        # "ونقل سالم عن صديقه الذي رافقه قوله": the words are the one relayed, whom this reading
                        # cannot name; never the relaying subject's.
                        return _nobody(text, w.start(), said.end(), e)
                    break
                said = _RELAYED_SAYING.match(text, relayed[1], e)
                relays.append((relayed, said))
                if said or nj != relay:
                    break
        if relays:
            relayed, said = next((r for r in relays if r[1]), relays[0])
            span, after = relayed, said.end() if said else relayed[1]
            # (The verb agrees with the agency, not with whom it quotes; "قوله"/"قولها" says whom: "ونقلت X عن وزير
            # الصحة قوله …، معتبرة أن" is not his.)
            pronoun = re.search(r"(ه|ها|هم)\s*$", said.group().rstrip("،, ")) if said else None
            verb = _Verb({"ه": "m", "ها": "f", "هم": "p"}.get(pronoun.group(1)) if pronoun else None, verb.written)
            relayed_one = True
    demonstrative = nxt in ("هذا", "هذه") and k + 2 < len(words) and _anaphor(words[k + 2].group())
    if span is not None and span == words[k + 1].span() and _FORMER.match(nxt):
        return _nobody(text, w.start(), words[k + 1].end(), e)  # "وقالت الأولى إن": the former, whom it does not say
    if span is None and not pronoun_subject and (_anaphor(nxt) or demonstrative):
        # "وقالت الأخيرة إن": "the latter" is whoever was mentioned last (_latter), or no one this reading can name.
        last = words[k + 2] if demonstrative else words[k + 1]
        meant = _latter(text, s, w.start(), last.group())
        if meant is None:
            return _nobody(text, w.start(), last.end(), e)
        return _Frame(w.start(), _skip_complementiser(text, last.end(), e), _mention(text, meant, verb.gender), verb.gender)
    honour = _HONOURED.get(nxt)
    if span is None and not pronoun_subject and honour:
        # "وأكد سموه": His Highness, the last one the article named so ("صاحب السمو الملكي الأمير …"), or no one.
        meant = _honoured(text, words[k + 1].start(), honour, feminine=nxt.endswith("ها"))
        if meant is None:
            return _nobody(text, w.start(), words[k + 1].end(), e)
        after = _skip_complementiser(text, words[k + 1].end(), e)
        return _Frame(w.start(), after, _mention(text, meant, verb.gender), verb.gender)
    # ("بيانا قال فيه إن": a channel's noun, though it ends a speaker's description as _STOP does, heads the
    # relative clause.)
    in_relative = nxt in _RESUMPTIVE and (
        prev in _RELATIVE
        or bool(prev)
        and (prev not in _BOUNDARY | _STOP or _channel(words[k - 1].group()) is not None)
        and _n(w.group()) in _verbs()
    )
    subject_head = WORD.findall(text, *span)[0] if span is not None else ""
    if nxt in _RESUMPTIVE and span is not None and not (_headed_by_someone(subject_head) or _nominative_plural(subject_head)):
        # ("قرار أصدرته الهيئة، ردّت فيه دعاوى مخاصمة الدولة": what the relative clause's verb acts on, no speaker;
        # the subject is whoever the sentence says made it, or no one.)
        return _in_statements(text, s, w.start(), words[k + 1].end(), e, verb.gender)
    if span is None and (_impersonal(w.group(), nxt, words[k + 2].group() if k + 2 < len(words) else "") or in_relative):
        # "ويذكر أن": the reporter's background, nobody's words; "تصريحات (التي) قال فيها": the subject of a
        # relative clause, whoever made those statements, which a verb without a subject does not tell.
        if in_relative:
            return _in_statements(text, s, w.start(), words[k + 1].end(), e, verb.gender)
        return _nobody(text, w.start(), w.end(), e)
    if verb.written and re.match(r"\s*عليه(?:ا|م|ما)?(?!\w)", text[w.end() : e]):
        # "ورفع المحتجون لافتات كتب عليها «…»": written on them, a passive whose writer the sentence does not name.
        return _nobody(text, w.start(), w.end(), e)
    # "شريطا مصورا يقول فيه زعيم التنظيم إن": after a resumptive pronoun the relative clause names its own subject.
    subject_before = None if nxt in _RESUMPTIVE and span is not None else _subject_before(text, words, k, s, frames)
    if (
        subject_before is None
        and k >= 2
        and prev == "قد"
        and _unconj(_n(words[k - 2].group())) in ("كان", "كانت", "كانوا")
        and not (k >= 3 and _BUT_HE.fullmatch(_n(words[k - 3].group())))  # ("لكنه كان قد وصف": below)
    ):
        # "X، كانت قد اتهمت رونالدو": with nothing between "كانت قد" and the verb, the subject came before
        # "كانت" and the noun after the verb is its object.
        first = _clause_start(text, words, k - 2, commas=False)
        before = speaker_phrase(text, words[first].start(), words[k - 2].start()) if first < k - 2 else None
        # (It runs up to "كانت": in "بأن القرار أثار «امتعاضا» لدى قوى …، كانت قد اتهمت" the subject is the forces,
        # which this reading does not bound, not the decision opening the clause.)
        reaches = before is not None and not text[before[1] : words[k - 2].start()].strip(" ،,")
        if before is None or not reaches or not _looks_like_name(text, *before):
            return _nobody(text, words[k - 2].start(), w.end(), e)
        subject_before = before
    if subject_before is None and span is None and k >= 2 and prev == "قد":
        # "وكان <a subject this reading cannot bound> قد أكد أن": someone is named between كان and قد, so the
        # words are not the last speaker's; whose, the sentence does not say in a way this reading follows.
        first = _clause_start(text, words, k, commas=False)
        if _n(words[first].group()) in _KANA and first < k - 2:
            return _nobody(text, w.start(), w.end(), e)
    if (
        subject_before is None
        and _unconj(_n(w.group())) in _TOLD
        and frames
        and frames[-1].content < w.start()
        and _described(text, frames[-1].content, w.start())
    ):
        # "قال النائب X إن وزير الطاقة Y أبلغ لجنة الطاقة بأن «…»": inside the last speaker's words, the one who
        # told stands before the verb and the phrase after it is whom he told: the words stay the last speaker's.
        return None
    if subject_before is None and _describes_noun_before(text, words, k):
        # "وأصدرت المنظمة بيانا يطالب الحكومة بـ": a statement's words are its issuer's.
        issuer = _issuer(text, s, w.start())
        if issuer is None:
            return None  # (the words, if any, go on: "لأن الحسابات المستهدفة لم تكن تغرد بانتظام")
        return _Frame(issuer[0], _skip_complementiser(text, w.end(), e), _mention(text, issuer, None), None, True)
    if subject_before is not None and not relayed_one:
        # The subject came first; what follows the verb is its object or an adjunct (قال للصحفيين). (But "لكن وكالة
        # تاس نقلت عن مصدر … تأكيده": the agency relays; the words are the source's.)
        span = subject_before
        after = w.end()
    issued = _issued(text, span, e) if span is not None and not subject_before else None
    if issued is not None:
        span, after = issued, issued[1]  # "وقال بيان للجيش إن", "وأوضح بيان صادر عن الرئاسة أن": the issuer
    if (
        span is not None
        and not subject_before
        and (verb.calls_on or verb.takes_object and len(WORD.findall(text, *span)) == 1)
        and k > 0
        and _n(w.group())[:1] == "و"
        and re.search(r"[،,]", text[words[k - 1].end() : w.start()])
        and re.match(r"\s*(?:إلى|الى|على|ب)", text[span[1] : e])
        and not _some_of_them(text, span)
    ):
        # "أدان الاتحاد التصريحات، ودعا الدول الأعضاء إلى": joined to a report of this sentence, the verb goes on
        # with its speaker, and whom it calls on is its object; so is the one word a verb that takes an object
        # has before ب ("ونفت الحركة مسؤوليتها عن الهجوم، واتهمت الجيش بـ": the army is accused, not accusing).
        if frames:
            return _Frame(w.start(), _words_after(text, w.end(), e), None, verb.gender, verb.written, participle=True)
        # So with the subject of a clause that reports nothing ("وحمّل رئيس المجلس الرئاسي محمد المنفي السلطات
        # مسؤولية …، وطالب النائب العام بـ": the attorney general is called on).
        shared = _coordinated_subject(text, words, k, k)
        head = WORD.findall(text, *shared)[0] if shared is not None else ""
        # (of the verb's gender: "وفتحت النيابة تحقيقا …، وطالب الأهالي بـ" has a subject of its own)
        feminine = _DIACRITICS.sub("", head).endswith("ة")
        if (
            shared is not None
            and not _gender_clash(text[shared[0] : shared[1]], verb.gender)
            and feminine == (verb.gender == "f")
        ):
            return _Frame(
                w.start(), _words_after(text, w.end(), e), _mention(text, shared, verb.gender), verb.gender, verb.written
            )
    if span is not None and not subject_before and verb.needs and verb.takes_object and _event_before_need(text, span, verb, e):
        span, after = None, w.end()  # "وعزا ارتفاع الأسعار إلى الحرب": the object; the subject is the last speaker
    if span is not None and not subject_before and _object_ends_subject(text, span, verb, e):
        span = (span[0], list(WORD.finditer(text, *span))[-2].end())  # "وبررت وزارة البترول القرار": the object
        after = span[1]
    if span is not None and not subject_before and (cut := _before_object_after_name(text, span)) != span:
        span, after = cut, cut[1]
    if span is not None and not subject_before and verb.written and _published_work(text, span):
        return None  # ("قادت فريقا دوليا نشر دراسة في دورية علمية": what the team published, no one's words)
    if span is not None and not subject_before and verb.written and (cut := _before_picture(text, span)) != span:
        span, after = cut, cut[1]  # ("ونشر رجل الأعمال X صورة للمصنع": what he posted)
    if (
        span is not None
        and not subject_before
        and verb.saying_only
        and _object_and_no_words(text, span, e)
        # (after its quotation the verb has said its words: '«…»، يقول X، البالغ من العمر 24 عاما، وهو يشير')
        and not re.search(r"[\"”»][\s،,]*$", text[max(0, w.start() - 4) : w.start()])
    ):
        return None  # ("وأضاف اللاعب X الهدف الثاني من ركلة جزاء": he added a goal; nothing is said)
    if span is not None and not subject_before and (verb.takes_object or verb.calls_on):
        span = _without_object(text, span)
        if verb.gender == "m":
            span = _before_feminine_title(text, span)
        after = span[1]
    if span is not None and not subject_before and verb.calls_on and (addressed := _addressee_only_at(text, span)) is not None:
        # "وطالب المجتمع الدولي بـ"، "ودعا الرئيس المجتمع الدولي إلى": the international community is called on, it
        # speaks for no one; the subject is before it, or the last speaker.
        span = (span[0], addressed) if addressed > span[0] else None
        after = span[1] if span else w.end()
    if (
        span is not None
        and not subject_before
        and (verb.calls_on or verb.takes_object)
        and nxt not in _RESUMPTIVE  # ("مقالات انتقد فيها الحكومة": a relative clause, _in_statements)
        and _phrase_gender(text, span) == {"m": "f", "f": "m"}.get(verb.gender or "")
    ):
        # "ودعا الدول الغنية إلى": she (they) would take "دعت"; "واتهمت الجيش السوداني بـ": he would take "اتهم".
        # The phrase is the object; the subject is the last speaker of the verb's gender.
        span, after = None, w.end()
    if span is not None and not subject_before and verb.takes_object and _relation_before_b(text, span, e):
        span, after = None, w.end()  # "عاد ووصف نظيره الصيني بأنه": whom he described; the subject is before
    if span is not None and not subject_before and (verb.takes_b or verb.calls_on) and _b_complement_first(text, span):
        span, after = None, w.end()  # "وطالبت بتوقيع «أقصى العقوبة»": what she called for; the subject is unsaid
    elif span is not None and not subject_before and _noun_with_b_in_construct(WORD.findall(text, *span)):
        span, after = None, w.end()  # ("وتعهدت بدعم الصيادين": with any verb, a phrase with ب is no subject)
    if span is not None and not subject_before and verb.takes_b:
        span = _before_b_complement(text, span)
        after = span[1]
    if span is not None and not subject_before and verb.takes_fi:
        span = _before_complement(text, span)
        after = span[1]
    if span is not None:
        after = _past_informed(text, w.group(), after, e)
    if (
        span is not None
        and not subject_before
        and issued is None  # ("وأفاد بيان صدر عن القمة بأن": whoever issued it, whatever noun names them)
        and not no_object  # ("اعتبرت المعارضة أن": a verb that takes no noun object has it as its subject)
        and not _opens_at(text, span[1], e)  # ("وأعلن الكرملين أن": nor is a noun right before "أن" its object)
        and _bare_common_noun(text, span, described=verb.takes_object)
        and not _agrees_unlike_last(text, span, verb, frames)
    ):
        said_in = _SPEAKS_IN_IT.match(text, span[1], e) if verb.written else None
        if verb.written and _published_record(text[span[0] : span[1]]) and said_in is None:
            # "ونشرت الدراسة في مجلة …": the study was published (or she published it); no one's words either way.
            return _nobody(text, w.start(), w.end(), e)
        # "ووصف الاجتماع بأنه": an object; the subject is the last speaker ("ونشر الفيديو قال فيه": what he said in it)
        span, after = None, said_in.end() if said_in else w.end()
    if (
        span is not None
        and not subject_before
        and verb.passive_alone
        and _verb_at(w.group()) is not None  # (with no object pronoun: "ووصفها رئيس الحكومة بأنها" is active)
        and _ABOUT_HIM.match(text, span[1], e)
    ):
        # "كثيرا ما اتهم جورج الثالث بأنه حاول": he was accused (اتُّهم); whoever accused him, the words are not his.
        # (A common noun there is the object of the last speaker's verb, above: "ووصف الاجتماع بأنه".)
        return _nobody(text, w.start(), span[1], e)
    if span is not None and not subject_before and verb.written and _bare(WORD.findall(text, *span)[0]) in _PICTURES:
        said_in = _SPEAKS_IN_IT.match(text, span[1], e)
        if said_in is None:
            # ("ونشرت صورة على حسابها"، "ونشر أيضا فيديو يظهر": what was posted, by whoever the sentence before named)
            return _nobody(text, w.start(), w.end(), e)
        span, after = None, said_in.end()  # ("ونشر مقطع فيديو قال فيه إن": the one who posted it, the last speaker)
    if span is not None and not subject_before and after == span[1]:
        after = _past_brackets(text, span, e)
    if span is not None and not subject_before and _nickname_going_on(text, w.group(), span):
        # 'وتابع "صاروخ ماديرا" قائلا': the last speaker, by a nickname.
        return _Frame(w.start(), _skip_complementiser(text, span[1], e), None, verb.gender, verb.written, participle=bool(frames))
    if span is not None and _anaphor(text[span[0] : span[1]]):
        # "لكن الأخيرة رأت": "the latter" names whoever was mentioned last (_latter).
        meant = _latter(text, s, span[0], text[span[0] : span[1]])
        if meant is None:
            return _nobody(text, min(w.start(), span[0]), after, e)
        return _Frame(
            min(w.start(), span[0]), _skip_complementiser(text, after, e), _mention(text, meant, verb.gender), verb.gender
        )
    if span is None and _counted_subject(text, w.end(), e):
        return _nobody(text, w.start(), w.end(), e)  # ("رأى 63 في المئة من المشاهدين أن": a share of them, no one named)
    asked = _when_clause_subject(text, words, k) if span is None and not frames else None
    if asked is not None and not _gender_clash(text[asked[0] : asked[1]], verb.gender):
        # "وعندما سئل ترامب عن الحرب، قال:": the one the fronted when-clause names says it, not the last speaker.
        return _Frame(w.start(), _words_after(text, after, e), _mention(text, asked, verb.gender), verb.gender, verb.written)
    if span is None:
        # A verb with no subject continues the last speaker only where a new sentence's frame stands (near its
        # start: "ومن جهته، قال"), or joins an earlier frame of this sentence ("قال X إن ...، وأكد أن").
        # "ولم تذكر الحكومة عدد الجرحى لكنها أشارت إلى": the pronoun on "لكن" (or "إلا أنه") is that subject too.
        aux = _auxiliaries_after_but(words, k)  # (past "كان قد": "لكنه كان قد وصف المتهمين بـ«…»")
        contrast = (
            aux > 0
            or bool(_BUT_HE.fullmatch(prev))
            or (prev in ("انه", "انها", "انهم") and k >= 2 and _n(words[k - 2].group()) in ("الا", "غير"))
        )
        # ("ويشن الحوثيون هجمات …، يقولون إنها": a present tense after a comma with no "و", mid-sentence, is a clause
        # on that sentence's subject.)
        opening = words[_clause_start(text, words, k - 1, commas=False)] if k > 2 else w
        asyndetic = (
            k > 2
            and opening.end() < words[k - 2].start()
            and _n(w.group())[:1] in "يت"
            and bool(re.search(r"[،,]", text[words[k - 1].end() : w.start()]))
            and _unconj(_n(opening.group())) not in _STOP  # (not "وفي هذا السياق، يقول": a fronted adjunct)
            and (is_verb_form(opening.group()) or _unconj(_n(opening.group()))[:1] == "ي")  # (or "يشن", not listed)
        )
        held = _occasion_holder(text, words, k) if not frames and k > 0 else None
        if held is not None:
            # "وفي كلمة ألقاها الرئيس X أمام البرلمان، قال إن": who gave the speech, whom the adjunct names, not the
            # last speaker.
            return _Frame(w.start(), _words_after(text, after, e), _mention(text, held, verb.gender), verb.gender, verb.written)
        if not frames and k > 0 and prev == "ثم":
            # "ووقف أبو إياد على أطراف الحشد، ثم تساءل:": "then" joins the verb to the clause before, whose subject,
            # someone named, says it (else it goes on as below: "نظرت طويلا …، ثم قالت")
            shared = _coordinated_subject(text, words, k, k)
            # (by the name before any apposition: "أبو إياد، وهو والد أسير،")
            lead = re.split(r"[،,]", text[shared[0] : shared[1]])[0].rstrip() if shared else ""
            by_name = (shared[0], shared[0] + len(lead)) if shared else None
            if shared and by_name and _someone(text, by_name) and not _gender_clash(text[shared[0] : shared[1]], verb.gender):
                return _Frame(
                    w.start(), _words_after(text, after, e), _mention(text, shared, verb.gender), verb.gender, verb.written
                )
        if not frames and k > 0 and (_n(w.group()) not in _verbs() or contrast or asyndetic):
            # "وتجنب المدرب X التكهنات، وقال إن" / "إلا أن الاتحاد استبعده ...، وأشار إلى": joined by "و" to a
            # verb of this sentence that is not a report, the verb shares that verb's subject, not the last
            # speaker's; when that subject cannot be read, nobody's.
            shared = _coordinated_subject(
                text, words, k, k - (2 if prev.startswith("ان") else 1 + aux) if contrast else k, contrast=contrast
            )
            if shared is not None and contrast and _gender_clash(text[shared[0] : shared[1]], verb.gender):
                shared = None  # ("وتجاهل الوزير X الأسئلة، لكنها رأت": she is someone else)
            if shared is not None:
                return _Frame(
                    w.start(), _words_after(text, after, e), _mention(text, shared, verb.gender), verb.gender, verb.written
                )
            if asyndetic:
                return _nobody(text, w.start(), w.end(), e)  # (the subject's, whom this reading could not bound)
            if (
                not contrast
                and not _lone_verb_before(text, words, k)
                and not _subjectless_clause(text, words, k)
                and not _answers_the_asked(text, words, k)
            ):
                return None
            if contrast and k > 2:
                # "ولم يؤكد X هذه التصريحات، لكنه قال": "but he" is the clause's subject before it, whom this reading
                # could not bound; never the last speaker, who may be another.
                return _nobody(text, w.start(), w.end(), e)
            # ("ولكنه قال" opening a sentence goes on with the last speaker, as below; so does "ثم ابتسمت وقالت",
            # a verb whose subject is as unsaid as this one's.)
        # (past an addressee: "إذ قال للصحفيين: «…»")
        told = _past_addressee(text, w.end(), e)
        says = _COMPLEMENTISER.match(_n(_next_word(text, told, e))) or text[told:e].lstrip()[:1] in ':"«“'
        # (or past when: "إذ صرح عقب الحصة التدريبية بأن")
        says = says or bool(_WHEN_THEN_SAYING.match(text, told, e))
        if not frames and k > 1 and prev in _EXPLAINING and says:
            # "غير أن X بدا أكثر تحفظا، إذ قال إن": "as he said" explains the clause before, whose subject says it.
            shared = _coordinated_subject(text, words, k - 1, k - 1)
            if shared is not None and _someone(text, shared):
                return _Frame(
                    w.start(), _words_after(text, after, e), _mention(text, shared, verb.gender), verb.gender, verb.written
                )
        if not frames and k > 1 and prev in _SHE_IS and says and _PRONOUN_GENDER.get(prev) == verb.gender:
            # "وقاطعته النائبة X وهي تقول: «…»": while she says, the clause's subject, whom the pronoun is.
            shared = _coordinated_subject(text, words, k - 1, k - 1)
            if shared is not None and _someone(text, shared):
                return _Frame(
                    w.start(), _words_after(text, after, e), _mention(text, shared, verb.gender), verb.gender, verb.written
                )
        if not frames and k - _clause_start(text, words, k, commas=True) > 3:
            return None
        if not frames and _unbounded_subject(text, words, k):
            # "غير أن الدكتورة X، التي شغلت منصب العميدة سابقا، حذرت": someone named opens the clause before the
            # verb, whom this reading could not bound; never the last speaker, who may be another.
            return _nobody(text, w.start(), w.end(), e)
        clause = _clause_start(text, words, k, commas=False)
        if not frames and clause > 2 and _n(words[clause - 1].group()) in _BOUNDARY:
            # "أصدرت المحكمة حكما بحق X ... حيث ادعت أن": a clause under a main clause that reports nobody; its
            # subject is someone that clause names, not the last speaker.
            return None
        if (
            frames
            and frames[-1].relative
            and _n(words[0].group()) in ("اما", "واما")
            and (_n(w.group())[:1] == "ف" or prev in ("فقد", "فلقد"))
        ):
            # ('أما X، الذي قال أمس إن «…»، فقد أكد: «…»': the ف answering أما, whose subject the relative
            # clause described, X)
            return _Frame(w.start(), _words_after(text, after, e), frames[-1].speaker, verb.gender, verb.written)
        return _Frame(w.start(), _words_after(text, after, e), None, verb.gender, verb.written, participle=bool(frames))
    # "وتعهد الرئيس ترامب الذي بنى علاقات جيدة مع السعودية، بالكشف": the relative clause describes the speaker.
    # (Set off by commas, "وقال الوزير، الذي يزور المنطقة، إن", or running up to the complementiser, "وقال
    # المبعوث الذي وصل إلى دمشق أمس إن".)
    # (So does "صدر" after an indefinite statement: "وأكد بيان مشترك صدر في ختام القمة أن", "وأكد بيان للرئاسة،
    # صدر مساء الأحد، أن".)
    # (And a clause on the speaker set off by commas: "وقال الوزير، وهو عضو في الحزب الحاكم، إن".)
    # (And whom a member sits for: "وأشارت النائبة X، عن الأغلبية، إلى أن".)
    sits_for = span is not None and _bare(WORD.findall(text, *span)[0]) in _REPRESENTATIVES
    relative = (
        _CLAUSE_SET_OFF.match(text[after:e])
        or _RANKING_SET_OFF.match(text[after:e])
        or (_SITS_FOR_SET_OFF.match(text[after:e]) if sits_for else None)
        or re.match(
            r"\s*و?(?:الذي|التي|الذين|صدر|صدرت)\s[^،,.:“«\"]{1,120}?(?=\s(?:إن|أن|بأن|إنه|أنه|إنها|أنها)\s)", text[after:e]
        )
    )
    # (So a clause of when or how it was said, set off by commas before the complementiser: "وقال الرئيس، دون أن
    # يسمي خصمه، إن"، "ورد المدرب، عندما سئل عن الأزمة، بأن".)
    relative = relative or _when_or_source(text, after, e)
    relayed = _quoting(text, after, relative) if span is not None and not subject_before else None
    if relayed is not None:
        span = relayed  # ("وأكد مصدر في الرئاسة، نقلا عن الرئيس، أن": the president's words, relayed)
    if relative is None and span is not None and not _n(text[span[0] : span[1]]).split()[-1].startswith("ال"):
        # (After an indefinite speaker, a verb with its object pronoun: "كشفت دراسة حديثة نشرتها مجلة «لانسيت»
        # أن": who published it is no part of the words.)
        # (A name in quotes may stand in it: 'نشرتها مجلة "القلب الأوروبية" أن'.)
        relative = re.match(
            r"\s*(?![وف]?[بل]?[أإا]ن)\w{3,}(?:ه|ها)\s(?:[^،,.:“«\"]|\"[^\"\n]{1,40}\"|«[^»\n]{1,40}»){1,80}?"
            r"(?=\s(?:أن|بأن|أنه|أنها)\s)",
            text[after:e],
        )
        # (... or a clause set off by commas, which an indefinite noun takes with no relative pronoun: "نفى مسؤول
        # إسرائيلي، تحدث لهيئة البث، وجود أي تقدم"; and "رأى خبراء لم يشاركوا في الدراسة أن".)
        # (a record's or an unnamed source's: "مصادر دبلوماسية حضرت اللقاء أن")
        head = _bare(WORD.findall(text, *span)[0])
        relative = relative or _describing_clause(text, after, e, record=head in _SOURCE_NOUNS | _UNNAMED)
    if relative and not subject_before:
        after += relative.end()
    told = _past_addressee(text, after, e)
    late = _when_or_source(text, told, e) if told > after and not relative else None
    relayed = relayed or (_quoting(text, told, late) if late and span is not None and not subject_before else None)
    span = relayed or span
    after = told + late.end() if late else told  # ("وقال الشرع للوفد، بحسب بيان للقيادة، إن")
    blessing = _BLESSING.match(text, after, e)
    after = blessing.end() if blessing else after  # "حاكم دبي، رعاه الله، عن فخره": a blessing, no words
    after = _past_resumptive_clause(text, span, after, e)
    acting = _HOW_ACTED.match(text, after, e)
    if acting and _circumstantial(acting.group(1)) and _COMPLEMENTISER.match(_n(_next_word(text, acting.end(), e))):
        after = acting.end()  # "وقال X، متحدثا عبر الفيديو من رفح، إن": how he spoke, then the words
    gap = re.match(r"[\s،,]*", text[after:e])
    at = after + (gap.end() if gap else 0)
    # (A verb calling on someone needs "إلى" or "على": "دعا الرئيس، في افتتاح القمة، إلى")
    needs = frozenset(verb.needs.split("|")) if verb.needs else _CALLED_TO if verb.calls_on else frozenset()
    medium = _past_medium(text, at, e, needs) if needs else at
    set_off = _COMMA_ADJUNCT.match(text, after, e) if span is not None else None
    then_said = _past_set_off(text, after, e) > after
    if set_off and not then_said and (subject_before or re.search(r"[:“«\"]", text[set_off.end() : e])):
        # (the words are the quotation; the comma may be an apposition's: "أمير قطر، الشيخ تميم"; but what follows
        # the complementiser is reported, after a subject before the verb too: "أما X فأكد، عقب لقائه بري، أن")
        set_off = None
    set_off_words = list(WORD.finditer(set_off.group())) if set_off else []
    if set_off and not any(
        _verb_at(x.group()) or _COMPLEMENTISER.match(_n(x.group())) and not _spells_letter(set_off_words, j)
        for j, x in enumerate(set_off_words)
    ):
        after = set_off.end()  # "وأكد الرئيس، خلال استقباله الوزير، ضرورة …": when and where, not the words
    elif medium > at:
        after = medium
    elif verb.saying_only and (colon := _TO_COLON.match(text, at, e)) and _only_circumstances(colon.group()):
        # "وقالت امرأة تبيع الخضار في السوق، رفضت الكشف عن اسمها: «…»": a verb that only says has its words
        # after the colon; what comes before it is where and how, never words.
        after = colon.end()
    elif _skip_complementiser(text, at, e) == at:  # (a medium before the complementiser is skipped there)
        after = _past_short_medium(text, at, e) or after
    after = _past_saying_noun(text, after, e, needs)
    # ('"…"، تقول أم محمد، بينما تتجول في السوق': after its quotation the verb has said its words already.)
    quoted_before = re.search(r"[\"”»][\s،,]*$", text[max(0, w.start() - 4) : w.start()]) is not None
    if not quoted_before and re.match(r"[\s،,]*(?:و?لكن|إلا|الا|بينما|غير\s+أن)(?:\s|ه|ها|هم)", text[after:e]):
        # "لم تكن تغرد بانتظام، لكن التحرك ...": what follows opens a clause of its own, so the verb reports
        # nothing here and the phrase after it was no subject.
        return None
    content = _skip_complementiser(text, after, e)
    if span is not None and _circumstance_then_participle(text, content, e):
        # "ورد ترامب خلال تجمع في ولاية جورجيا، واصفا هاريس بأنها": when and where he replied; the words follow.
        return _Frame(min(w.start(), span[0]), content, _mention(text, span, verb.gender), verb.gender, silent=True)
    if verb.written and span is not None and _post_without_words(text, content, e):
        # "ونشر X في نوفمبر تغريدة غامضة فسرها كثيرون بأنها …": the reporter describes a post and gives none of it.
        return _Frame(min(w.start(), span[0]), content, _mention(text, span, verb.gender), verb.gender, silent=True)
    if verb.written and span is not None and (shown := _picture_posted(text, content, e)) is not None:
        # "ونشرت الرئاسة مقطع فيديو للرئيس X، قال فيه إن": a picture posted is no words; what is said in it is
        # whose it shows ("للرئيس X"), or else the one who posted it.
        said_end, of = shown
        if said_end is None:  # (the poster goes on: "نشرت صورة للعائلة على إنستغرام، وكتبت: «…»")
            return _Frame(min(w.start(), span[0]), content, _mention(text, span, verb.gender), verb.gender, silent=True)
        speaker = _mention(text, of, None) if of else _mention(text, span, verb.gender)
        return _Frame(min(w.start(), span[0]), _skip_complementiser(text, said_end, e), speaker, verb.gender, verb.written)
    return _Frame(
        min(w.start(), span[0]),
        content,
        # (whom the speaker quotes does not agree with the verb: "وقالت الصحيفة، نقلا عن مسؤولين، إن")
        _mention(text, span, None if relayed else verb.gender),
        verb.gender,
        verb.written,
    )


def _before_picture(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The subject of a verb of publishing up to the picture or video after it, the object (not "صور", also the city
    of Tyre: "رئيس بلدية صور")."""
    words = list(WORD.finditer(text, *span))
    pic = next((x for x in words[1:] if _bare(x.group()) in _PICTURES - {_bare("صور")}), None)
    return (span[0], len(text[: pic.start()].rstrip(" ،,"))) if pic else span


# A picture's "قال فيه" up to the end of its clause ("مقطع فيديو للرئيس X خلال استقباله الوزير Y، قال فيه"), as
# _SPEAKS_IN_IT, which takes no comma.
_SAID_IN_IT_LATER = re.compile(r"[^.:؛!؟\n«»\"“”]{0,160}?\s((?:قال|قالت|يقول|تقول|تحدث|تحدثت)\s+في(?:ه|ها))(?!\w)")


_CIRCUMSTANCE_OPENS = {_n(w) for w in "خلال أثناء عقب إثر في أمام".split()}


def _circumstance_then_participle(text: str, pos: int, limit: int) -> bool:
    """Is the stretch at pos when or where someone spoke ("خلال تجمع في ولاية جورجيا"), up to a comma after which a
    participle of speech gives the words ("، واصفا"، "، قائلا")?"""
    stretch = re.match(r"[^،,:؛.\"«“\n]{3,120}[،,]\s*", text[pos:limit])
    if stretch is None:
        return False
    words = WORD.findall(stretch.group())
    following = WORD.match(text, pos + stretch.end())
    return (
        _n(words[0]) in _CIRCUMSTANCE_OPENS
        and _only_circumstances(stretch.group())
        and following is not None
        and _participle_at(following.group(), _next_word(text, following.end(), limit)) is not None
    )


_POSTS = frozenset(_bare(w) for w in "تغريدة تدوينة منشور منشورا رسالة".split())


def _post_without_words(text: str, pos: int, limit: int) -> bool:
    """Is what a verb of publishing put out, at pos, a post (_POSTS) of which the sentence quotes nothing: no colon or
    quotation mark after it and no verb with "فيه/فيها" ("تغريدة قال فيها"، "رسالة دعاه فيها")?"""
    words = _words(text, pos, limit)
    first = next((j for j, x in enumerate(words[:5]) if _bare(x.group()) in _POSTS), None)
    if first is None or any(_verb_at(x.group()) or _COMPLEMENTISER.match(_n(x.group())) for x in words[:first]):
        return False
    in_it = any(_n(x.group()) in ("فيه", "فيها") for x in words[first + 1 :])
    return not in_it and not re.search(r"[:\"«“]", text[words[first].end() : limit])


def _picture_posted(text: str, pos: int, limit: int) -> tuple[int | None, tuple[int, int] | None] | None:
    """Is what a verb of publishing put out, at pos, a picture or video (_PICTURES)? Then where "قال فيه" ends (None:
    nothing is said in it), and whom the picture is of, its ل-genitive that names someone ("مقطع فيديو للرئيس
    X"; None: the poster's own). Else None."""
    words = _words(text, pos, min(limit, pos + 80))
    if not words or words[0].start() != pos:
        return None
    # (past where it was posted: 'ونشرت الرئاسة على صفحتها في "فيسبوك" مقطع فيديو')
    first = next((j for j, x in enumerate(words[:8]) if _bare(x.group()) in _PICTURES), None)
    where = words[:first] if first else []
    if (
        first is None
        or where
        and not (_n(where[0].group()) in _MEDIUM_PREPOSITIONS and any(_channel(x.group(), _MEDIA) for x in where))
    ):
        return None
    nxt = words[first + 1] if len(words) > first + 1 else None
    end = nxt.end() if nxt and _bare(nxt.group()) in _PICTURES else words[first].end()
    said = _SAID_IN_IT_LATER.match(text, end, limit)
    # (nor where "قال فيه" has a subject of its own: "مقطع فيديو للاجتماع، قال فيه الرئيس إن", his words)
    if said is None or not re.match(r"[\s،,]*(?:[:\"«“]|[وف]?(?:إن|أن|بأن)(?!\w))", text[said.end() : limit]):
        # (a caption is the poster's words, with no verb of its own before them: 'صورة للمصنع، مرفقة بتعليق: "…"')
        caption = re.search(r"[:\"«“]", text[end:limit])
        if caption and not any(_verb_at(x.group()) for x in _words(text, end, end + caption.start())):
            return None
        return None, None
    # (its ل fused with the article read as the article, so the phrase reads as a name: "للرئيس X", _fused_article)
    phrase = _fused_article(text, end + 2) if text[end : end + 1] == " " else text
    span = speaker_phrase(phrase, end, said.start(1)) if phrase is not text else None
    return said.end(), span if span and span[0] == end + 1 and _names_someone(phrase, span) else None


def _past_saying_noun(text: str, pos: int, limit: int, needs: frozenset[str]) -> int:
    """Past the verbal noun of saying a verb of hastening needs ("سارع الوزير إلى التأكيد أن"، "بادرت إلى الإعلان
    عن"), which is how the words came, not the words; pos where none stands there."""
    words = WORD.findall(text, pos, min(limit, pos + 40))
    for need in needs:
        parts = need.split()
        if len(parts) > 1 and parts[-1].startswith("ال") and [_n(w) for w in words[: len(parts)]] == parts:
            last = list(WORD.finditer(text, pos, limit))[len(parts) - 1]
            return last.end()
    return pos


def _quoting(text: str, pos: int, source: re.Match[str] | None) -> tuple[int, int] | None:
    """Whom a speaker quotes, set off by commas after them ("، نقلا عن الرئيس،"، "، نقلا عن مسؤولين أمريكيين لم
    تسمهم،"): the words are theirs, relayed; "بحسب X" only names the channel. source: _when_or_source's match on
    text[pos:]."""
    if source is None:
        return None
    quoting = re.match(r"\s*[،,]\s*نقلا\s+عن\s+", text[pos:])
    if quoting is None:
        return None
    end = pos + len(source.group().rstrip("،, "))  # (before the closing comma)
    span = speaker_phrase(text, pos + quoting.end(), end, source=True)
    if span is None:
        return None
    # (a name or title over the whole set-off stretch, or unnamed sources and what it says of them: "مسؤولين
    # أمريكيين لم تسمهم")
    if _bare(WORD.findall(text, *span)[0]) in _UNNAMED:
        return span
    return span if span[1] >= end - 1 and _looks_like_name(text, *span) else None


def _when_or_source(text: str, pos: int, limit: int) -> re.Match[str] | None:
    """A clause of when or how the words were said, set off by commas before the complementiser ("وقال الرئيس،
    دون أن يسمي خصمه، إن"، "ورد المدرب، عندما سئل عن الأزمة، بأن"), or the source that relays them ("وأكد ولي
    العهد، بحسب وكالة الأنباء، أن": his words, the agency only their channel; so before a quotation, "وأكد
    الجانبان، وفق البيان، «…»"): matched on text[pos:limit]."""
    return re.match(
        r"\s*[،,]\s*(?:دون|بدون|من\s+دون|عندما|حينما|حين|بعدما|لما)\s[^،,.:“«\"]{1,120}[،,](?=\s*ب?[إأ]ن(?:ه|ها|هم)?\s)",
        text[pos:limit],
    ) or re.match(
        rf"\s*[،,]\s*{_SOURCE_OPENS}\s*(?:لـ?)?\s*[^،,.:“«\"]{{1,80}}[،,](?=\s*(?:ب?[إأ]ن(?:ه|ها|هم)?\s|[\"«“]))",
        text[pos:limit],
    )


def _past_brackets(text: str, span: tuple[int, int], limit: int) -> int:
    """Where the words may start after a subject: past the bracket its mention opened and any bracketed aside
    right after it ("وطالب X (حميدتي) الحكومة بـ"، "ودعا الوزير X (60 عاما) الحكومة إلى": his byname, his age)."""
    s, end = span
    if text.count("(", s, end) > text.count(")", s, end):
        close = text.find(")", end, limit)
        end = close + 1 if 0 <= close - end <= 2 else end
    aside = re.match(r"[^\S\n]*\([^()\n]{1,40}\)", text[end:limit])
    return end + aside.end() if aside else end


def _lone_verb_before(text: str, words: list[re.Match[str]], k: int) -> bool:
    """Is words[k] (a verb with its own conjunction) joined to a clause of one word, a verb with no subject
    said ("ثم ابتسمت وقالت"، "، ضحك وقال")? No noun phrase stands alone before "وقال"."""
    j = _clause_start(text, words, k, commas=True)
    while j < k and _unconj(_n(words[j].group())) in ("ثم", "قد", "لقد"):
        j += 1
    if j != k - 1:
        return False
    lone = _n(words[j].group())
    return not (lone.startswith("ال") or lone in _STOP or lone in _TIME or _pronoun_prep(lone) or _COMPLEMENTISER.match(lone))


def _subjectless_clause(text: str, words: list[re.Match[str]], k: int) -> bool:
    """Is words[k] (a verb with its own conjunction) joined to a clause whose verb a preposition follows right away,
    naming no one but in a preposition's noun ("كما تحدث عن العلاقات مع المغرب، فقال"، "ثم انتقل إلى الملف الليبي،
    فقال")? Its subject is unsaid, as a lone verb's is (_lone_verb_before). Not "وشارك في الاجتماع وزير الخارجية
    X، وقال", whose subject follows the preposition's noun."""
    j = _clause_start(text, words, k, commas=False)
    while j < k and _unconj(_n(words[j].group())) in ("ثم", "قد", "لقد", "كما"):
        j += 1
    if j >= k - 2 or not is_verb_form(words[j].group()) or _n(words[j + 1].group()) not in _CLAUSE_PREPOSITIONS:
        return False
    return not any(
        _n(words[x - 1].group()) not in _CLAUSE_PREPOSITIONS
        and (
            _bare(words[x].group()) in title_words() | body_words()
            or _country_as_written(words[x].group())
            or is_given_name(words[x].group())
            or is_attested_name(words[x].group())
            and not is_arabic_word(words[x].group())
        )
        for x in range(j + 2, k)
    )


def _answers_the_asked(text: str, words: list[re.Match[str]], k: int) -> bool:
    """Is words[k] ("فأجابت"، "فرد") the answer of one asked with no name in the clause before: "وسئلت عن …"
    (the passive), "وسألناها عن …" (the reporter asked her)? The one asked is the last speaker of its gender."""
    opening = words[_clause_start(text, words, k, commas=False)].group()
    return _n(words[k].group())[:1] == "ف" and bool(_ASKED.fullmatch(opening) or _WE_ASKED.fullmatch(_n(opening)))


_ABOUT_THEM = {_n(w) for w in "عنه عنها عنهم عنهما عنهن".split()}
_FROM_THEM = {_n(w) for w in "منه منها منهم".split()}
_WITH_THEM = {_n(w) for w in "به بها بهم بهما".split()}
_ON_THEM = {_n(w) for w in "عليه عليها عليهم عليهما".split()}
_AFFAIRS = _bare("شؤون")
# (أفاد too: "وأفاد مصدر أمني وكالة رويترز بأن", informed the agency)
_INFORMING = {_n(w) for w in "أبلغ أبلغت أبلغوا يبلغ تبلغ أخبر أخبرت أخبروا يخبر تخبر أفاد أفادت أفادوا يفيد تفيد".split()}


def _relation_before_b(text: str, span: tuple[int, int], limit: int) -> bool:
    """Is the phrase after a verb that takes an object someone's relation ("نظيره الصيني"، "خصمه") with only the
    ب-complement after it ("بأنه"، "بـ")? Then it is the object, the one the subject's pronoun relates it to
    described or accused, and the subject came before."""
    first = WORD.search(text, span[0], span[1])
    return first is not None and _someones(first.group()) and re.match(r"\s*ب", text[span[1] : limit]) is not None


def _past_informed(text: str, verb: str, pos: int, limit: int) -> int:
    """After a verb of informing, past whom it informed: "وأبلغ المتحدث وكالة رويترز أن" (no part of his words, which
    open at "أن"; a name in quotes is whom too: 'وكالة "ريا نوفوستي" بأن'), also past a source set off after them
    ("أبلغ المسؤولين، بحسب مصدر دبلوماسي، أن"); pos otherwise."""
    if _unconj(_n(verb)) not in _INFORMING:
        return pos
    informed = re.match(
        r"(?:[^،,.:؛\"«“\n]|[\"«“][^\"«»“”\n]{1,30}[\"»”]){0,80}?(?:[،,]\s*"
        + _SOURCE_OPENS
        + r"[^،,.:؛\"«“\n]{1,60}[،,]\s*)?(?=(?:أن|بأن|إن)(?!\w))",
        text[pos:limit],
    )
    return pos + informed.end() if informed else pos


def _words_after(text: str, pos: int, limit: int) -> int:
    """Where the words of a verb with no subject after it start: past whom they were said to ("وقال لرويترز إن":
    no part of the words; an object is: "ووصف الاجتماع بأنه") and the complementiser."""
    to_whom = _n(_next_word(text, pos, limit))[:1] == "ل"
    return _skip_complementiser(text, _past_addressee(text, pos, limit) if to_whom else pos, limit)


_BEFORE_VERBS = {_n(w) for w in "لم لن قد سوف لما".split()}
_BEFORE_NEXT = re.compile(r"ثم|و?لكن(?:ه|ها|هم)?|[وف]?قد")


@lru_cache(maxsize=1)
def _present_forms() -> frozenset[str]:
    """The reporting verbs' present forms without a conjunction (يدعو، تطالب، يقولون), normalised."""
    pasts = {_n(r[0]) for r in _words_file("reporting_verbs.txt")}
    return frozenset(f for f in _verbs() if f[:1] in "يت" and f not in pasts)


def subject_of_verb(text: str) -> str | None:
    """The subject right after the reporting verb that opens text, without the object a verb like وصف or انتقد
    takes after it ("وصف قرقاش الرد القطري" → "قرقاش"): how a question "كيف وصف X Y؟" names X. None when text
    opens with no such verb."""
    w = WORD.search(text)
    verb = _verb_at(w.group()) if w else None
    if w is None or verb is None or not (verb.takes_object or verb.calls_on):
        return None
    span = speaker_phrase(text, w.end(), len(text))
    if span is None:
        return None
    s, e = _without_object(text, span)
    if e < len(text.rstrip(" ؟?")):
        return text[s:e]
    # A question ends with the object, no complement after it to tell where it starts: after a name, a definite
    # word that is no name or nationality does ("كيف وصف بوتين العقوبات").
    words = WORD.findall(text[s:e])
    named = False
    descriptive = title_words() | body_words()
    for k, word in enumerate(words):
        definite = _n(word).startswith("ال")
        heads = _bare(word) in descriptive or _n(word) == "باسم"
        if named and definite and not (is_attested_name(word) or heads or country_of(word)):
            return " ".join(words[:k])
        named = named or not heads and (is_name_word(word) or not definite and not country_of(word))
    return text[s:e]


_NEGATIONS = {_n(w) for w in "لم لا لن ولم ولا ولن".split()}


_SPOKE_TO = {_n(w) for w in "تحدث تحدثت تحدثوا تحدثا تحدثن يتحدث تتحدث يتحدثون".split()}


_CLAUSE_PREPOSITIONS = {_n(w) for w in "في من على إلى عن مع".split()}


def _describing_clause(text: str, pos: int, limit: int, record: bool = False) -> re.Match[str] | None:
    """A clause describing the indefinite noun before pos: set off by commas, opening with a word that is no
    name, title or body ("، تحدث لهيئة البث الإسرائيلية،"; before a colon, with a preposition in it: "، تعمل في بيع
    الخضروات:"), or a negated verb running up to the complementiser ("لم يشاركوا في الدراسة أن")."""
    m = re.match(r"[ \t]*[،,][ \t]*(" + WORD.pattern + r")[^،,.:؛“«\"\n]{0,80}(?:[،,]|(?=:))", text[pos:limit])
    if m:
        head = m.group(1)
        words = WORD.findall(m.group())
        # (A head no Arabic noun or verb can be opens a foreign name the romanizer does not know, no clause:
        # "محامي فيون، أنطونان ليفي،"، "مدرب نابولي، لوتشيانو سباليتي،".)
        foreign_name = len(words) <= 4 and head.isalpha() and not is_arabic_word(head) and _n(head) not in _STOP
        # (So are two words, the first no verb or noun of the dictionary, the second no Arabic word: "، كاثلين بروكس،".)
        foreign_name = foreign_name or (
            len(words) == 2 and not (is_verb_form(head) or is_common_noun(head)) and not is_arabic_word(words[1])
        )
        # (And a given name the index lacks before a definite family name it attests, no dictionary word: "، هيبت
        # الحلبوسي،".)
        foreign_name = foreign_name or (
            len(words) == 2
            and _n(words[1]).startswith("ال")
            and is_attested_name(words[1])
            and not is_common_noun(words[1])
            and country_of(words[1]) is None
            and not is_common_noun(head)
            and _verb_at(head) is None
        )
        # (A name may stand before the colon: "مسؤول إسرائيلي، رون ديرمر:".)
        before_colon = not m.group().rstrip().endswith(("،", ","))
        if (
            not (before_colon and not any(_n(w) in _CLAUSE_PREPOSITIONS for w in words[1:]))
            and not _n(head).startswith("ال")
            and not re.fullmatch(r"و?(?:هو|هي|هم|[يت]دعي)", _n(head))  # ("، وهو مزارع،"، "، ويدعى أبو أحمد،")
            and _n(head) not in ("احد", "احدي")  # ("، أحد مشجعي الفريق،": one of a group, a noun, no clause)
            and _bare(head) not in title_words() | body_words() | relation_words()  # (", شقيق الضحية،": a noun)
            and _n(head) not in _STOP
            and not is_attested_name(head)
            and not foreign_name
            and not _COMPLEMENTISER.match(_n(head))
            and not any(_opens_words(_n(w)) for w in words)
        ):
            return m
        return None
    m = re.match(r"\s*(" + WORD.pattern + r")\s+\w+[^،,.:؛“«\"\n]{0,60}?(?=\s(?:أن|بأن|أنه|أنها)\s)", text[pos:limit])
    if m and (_n(m.group(1)) in _NEGATIONS or record and _clause_verb(m.group(1))):
        return m  # (or a verb on a record: "دراسة حديثة أجريت في جامعة أكسفورد أن")
    return _spoke_to_clause(text, pos, limit)


def _clause_verb(word: str) -> bool:
    """Is the word a past verb that no noun, name or reporting verb is, with no conjunction ("أجريت"، "قدمت"): after
    an indefinite record, it opens a clause describing it?"""
    n = _n(word)
    return (
        n[:1] not in "يتوف"
        and is_verb_form(word)
        and not (is_common_noun(word) or is_name_word(word) or _verb_at(word) or n in _STOP)
    )


def _spoke_to_clause(text: str, pos: int, limit: int) -> re.Match[str] | None:
    """ "Who spoke to" an outlet, on an indefinite source, up to the complementiser or a comma ("قال مصدر تحدث إلى
    «الجزيرة» إن"، "وبحسب خبراء تحدثوا إلى «العربية.نت»، فإن")."""
    m = re.match(
        # (an outlet in guillemets or straight quotes, perhaps after a glued "لـ": 'لـ"المصري اليوم"')
        r"\s*(" + WORD.pattern + r")(?:\s*(?:[^\s،,.:؛“«\"\n]*(?:«[^»\n]{1,40}»|\"[^\"\n]{1,40}\")|[^\s،,.:؛“«\"\n]+)){1,8}?"
        r"(?=\s(?:إن|إنه|إنها|أن|بأن|أنه|أنها)\s|[،,])",
        text[pos:limit],
    )
    return m if m and _n(m.group(1)) in _SPOKE_TO else None


def _describes_noun_before(text: str, words: list[re.Match[str]], k: int) -> bool:
    """Does the present verb words[k] describe the indefinite noun right before it ("مشروع قرار أمريكي يدعو أطراف
    النزاع إلى"، "وأصدرت المنظمة بيانا يطالب الحكومة بـ")? Then that noun (a resolution, a statement) is its
    subject and the noun after it the one called on, no speaker. Not after a particle ("حين يدعو"), a verb
    ("بدأ يطالب"), a name or title with the article, nor an adjunct of time ("ومنذ أسابيع يطالب المحتجون"), where
    the subject follows; nor with a resumptive pronoun ("في وقت يدعو فيه")."""
    if k == 0 or _n(words[k].group()) not in _present_forms() or text[words[k - 1].end() : words[k].start()].strip():
        return False
    if k + 1 < len(words) and _pronoun_prep(_n(words[k + 1].group())):
        return False
    raw = words[k - 1].group()
    prev = _n(raw)
    if k >= 2 and _unconj(_n(words[k - 2].group())) in _BEFORE_VERBS:
        return False  # ("لم تكن تغرد": after a particle that only a verb follows, the word is a verb)
    if (
        _unconj(prev) in stopword_set("arabic")
        or _verb_at(prev)
        or prev.startswith(("ال", "وال", "بال", "لل", "فال", "كال"))
        or _possessed(raw)  # ("تسجيلا بصوتها تعلن الفنانة": a possessed noun is definite)
        or is_attested_name(raw)
        or "ل" + prev in _DURATION
    ):
        return False
    # The noun must follow something in its clause ("لذلك يعتقد الشيعة": an adverb alone opens it) that is more
    # than an adjunct of time or place ("ومنذ أسابيع يطالب المحتجون").
    first = _clause_start(text, words, k, commas=True)
    if k - first < 2 or _n(words[first].group()) in stopword_set("arabic") and k - first <= 3:
        return False
    if _channel_before(text, words[first].start(), words[k].start()):
        return True  # "ونشر الرئيس تغريدة يدعو فيها": the tweet calls
    # ("الرئيس ترامب يدعو": a title or a given name before it makes it a name; "كتب الدكتور أريك سيلفرمان يقول":
    # after a report, the present goes on with its subject.)
    before = words[k - 2].group()
    return not (_bare(before) in title_words() or is_given_name(before) or any(_verb_at(x.group()) for x in words[first : k - 1]))


# What ends a clause inside a sentence: a stop, a comma, a colon, a semicolon or a quotation mark.
_CLAUSE_BREAK = re.compile(r"[.،,:؛\"“«]")


# A subject of a few words, then one phrase set off by commas, right before a verb (_nested_report).
_SET_OFF_AFTER_SUBJECT = re.compile(r"\s*((?:[^\W\d_]+\s+){0,3}[^\W\d_]+)\s*،\s*([^،,.:؛\"«“\n]{3,80}?)\s*،\s*")


def _apposed_subject(text: str, start: int, end: int) -> re.Match[str] | None:
    """A subject of a few words at text[start], then one apposition set off by commas that looks like a name
    (_SET_OFF_AFTER_SUBJECT, group 2; _looks_like_name), within text[:end]; else None."""
    set_off = _SET_OFF_AFTER_SUBJECT.match(text, start, end)
    return set_off if set_off and _looks_like_name(text, set_off.start(2), set_off.end(2)) else None


def _nested_report(text: str, frame: _Frame, at: int, verb_at: int | None = None) -> bool:
    """Do the frame's words (up to text[at]) open with a subject and its reporting verb ("أن الشرع أعرب")? With
    verb_at, is the verb starting there that one? Only a few words with no punctuation stand before it, none that
    opens a clause of its own ("بينما"، "كما")."""
    words = list(WORD.finditer(text, frame.content, min(len(text), at + 200)))
    # (The subject may have one apposition set off by commas: "أن أستاذها في الجامعة، الدكتور X، قال لها": its commas
    # break no clause.)
    set_off = _apposed_subject(text, frame.content, min(len(text), at))
    checked_from = set_off.end() if set_off else frame.content
    limit = 6 + (len(WORD.findall(text, set_off.start(2), set_off.end(2))) if set_off else 0)

    def breaks(upto: int) -> bool:
        return upto > checked_from and bool(_CLAUSE_BREAK.search(text, checked_from, upto))

    for k, w in enumerate(words[:limit]):
        nw = _n(w.group())
        if w.start() >= at or breaks(w.start()):
            return False
        verb = _verb_at(w.group())
        if (
            k > 0
            and verb
            and not verb.initial
            and _needs_met(verb, words, k)  # (not "بين روسيا": a homograph reports only with its complement)
            and not _conjoined(nw)  # ("… وأكد": the frame's own)
        ):
            if _named_after(text, w.end(), min(len(text), at + 200)) and _n(words[k - 1].group()) not in _WHEN_CLAUSE:
                # "وهي مكية قال ابن عطية": a verb with its own subject after it reports anew (but "بدأت عندما غرّدت
                # الوزيرة": a clause of time inside the words)
                return False
            # (And a verb joined to it is inside the words too: "عندما غرّدت الوزيرة وطالبت".)
            return verb_at is None or not breaks(verb_at)
        if nw in _BOUNDARY or _COMPLEMENTISER.match(nw) or verb:
            return False  # ("…، فيما قال": a clause of its own)
    return False


def _quoted_subject(text: str, outer: _Frame, verb: re.Match[str], limit: int) -> tuple[int, int] | None:
    """The named subject of a report inside the frame's words that quotes it ("الوزير X" in "قالت الصحيفة إن
    الوزير X قال: «…»"): the phrase from where the words start to the verb, when it names someone (_names_someone)
    and the verb's complementiser or colon and a quotation follow the verb right away; else None."""
    if _quotation_after(text, verb, limit) is None:
        return None
    # (past the auxiliary before the verb: "أن والده كان يقول له دائماً إن «…»")
    auxiliary = re.search(r"(?<!\w)(?:كان|كانت|كانوا)\s+$", text[outer.content : verb.start()])
    before = outer.content + auxiliary.start() if auxiliary else verb.start()
    span = speaker_phrase(text, outer.content, before)
    if span is None:
        return None
    # (with the apposition set off after it: "أن أستاذها في الجامعة، الدكتور X، قال لها")
    set_off = _apposed_subject(text, outer.content, verb.start())
    if set_off and set_off.end() == verb.start() and set_off.end(1) >= span[1]:
        span = (span[0], set_off.end(2))
    if not re.fullmatch(r"\s*[،,]?\s*", text[span[1] : before]):
        return None
    # (a family name alone will do where the article gave it after a given name: "السيسي")
    words = WORD.findall(text, *span)
    family = len(words) == 1 and _n(words[0]) in _family_names(text, definite=_n(words[0]).startswith("ال"))
    # (or whose relation he or she is: "أن أستاذها قال لها ذات يوم: «…»"، "أن موكله قال له: «…»")
    # (or an unnamed one, after "إن" in the accusative: "أن مسؤولا كبيرا قال لها: «…»")
    unnamed = _bare(words[0]) in _UNNAMED or _accusative(words[0]) and _bare(words[0])[:-1] in _UNNAMED
    someone = _names_someone(text, span) or _someones(words[0]) or unnamed
    return span if family or someone else None


def _quotation_after(text: str, verb: re.Match[str], limit: int, strict: bool = False) -> int | None:
    """Where a quotation opens right after a verb inside someone's words, past whom it was said to and a short
    adjunct of when, and its complementiser, colon or preposition; else None. strict: only after a colon or a
    complementiser ("قال لها: «…»"، "أكد أن «…»"), which say the quotation is that verb's words."""
    # (past whom it was said to and a short adjunct of when: "أن ترامب قال له خلال اتصال هاتفي: «…»"، "قال لها ذات
    # يوم: «…»"; or to whom, in one word: "أن الرئيس قال لمقربيه إنه «…»")
    told = re.match(
        r"\s*(?:ل(?:ه|ها|هم|هما|ي|نا)(?!\w)|ل\w{2,12}(?:ه|ها|هم|ين)(?!\w))?"
        r"(?:\s*(?:خلال|في|أثناء|اثناء)(?:\s+[^\s:«“\"،,.]+){1,4}|\s*ذات\s+(?:يوم|مرة|ليلة|صباح|مساء))?"
        # (and then, or always: "أخبرها وقتها أن «…»"، "كان يقول له دائماً إن")
        r"(?:\s+(?:وقتها|حينها|يومها|آنذاك|حينذاك|(?:دائم|دوم|مرار)[ا\u064b]{1,2}))?",
        text[verb.end() : limit],
    )
    after = verb.end() + (told.end() if told else 0)
    # (or the verb's own preposition: "أن السيسي شدد على «ضرورة …»")
    opening = r"(?:ب?[أإا]ن(?:ه|ها)?\s+|:\s*)" if strict else r"(?:ب?[أإا]ن(?:ه|ها)?\s+|:\s*|(?:على|إلى|الى|من|عن)\s+|ب)?"
    return after if re.match(r"\s*" + opening + r"[\"«“]", text[after:limit]) else None


_WHEN_THEN_SAYING = re.compile(r"\s*(?:عقب|بعد|خلال|أثناء|اثناء|إثر|اثر|قبل|في)(?:\s+[^\s:«“\"،,.]+){1,3}?\s+(?:ب?[أإا]ن|:)")
_QUOTED_IN_CLAUSE = re.compile(r"[^.،,؛:!?؟\n«\"“]{0,80}[«\"“]")  # (a quotation opens before any mark ends the clause)
_WHEN_CLAUSE = {_n(w) for w in "عندما حينما حين لما بعدما كلما عند".split()}
_BEFORE_AFTER = {_n(w) for w in "بعد قبل منذ".split()}  # ("بعد أن"، "قبل أن": a clause of when with its own verb)


def _named_after(text: str, pos: int, limit: int) -> bool:
    """Does a subject that names someone follow a verb here (a title, a body, a country, a known given name, not a
    function word the romanizer also lists: "بأي")?"""
    span = speaker_phrase(text, pos, limit)
    return span is not None and _names_someone(text, span)


def _names_someone(text: str, span: tuple[int, int]) -> bool:
    """Does the phrase at span name someone: a title, a body, a country, a known given name (not a function word
    the romanizer also lists: "بأي")?"""
    stop = stopword_set("arabic")
    names = [w for w in WORD.findall(text, *span) if len(w) >= 3 and not {normalize_ar(w), normalize_ar(w)[1:]} & stop]
    return _described(text, *span) or any(is_given_name(w) for w in names)


def _clause_of_last(text: str, frame: _Frame, frames: list[_Frame]) -> bool:
    """Is this verb (and its subject) the clause the last speaker's frame reports ("وقال مسؤول إن واشنطن أبلغت
    حلفاءها"، "قال X إن بلاده ترفض أي حلول"), with nothing of its own to report: no complementiser, colon or
    quotation, and an object right after the verb, not the preposition of a report ("إن الشرع أعرب عن رغبته"
    reports what al-Sharaa said)? Then it is that speaker's words."""
    if not frames or frames[-1].unknown or frame.cue < frames[-1].content:
        return False
    between = text[frames[-1].content : frame.cue]
    if _CLAUSE_BREAK.search(between) or len(WORD.findall(between)) > 3:
        return False  # only the reported clause's own subject stands before its verb ("إن بلاده ترفض")
    reported = WORD.findall(text, frames[-1].cue, frames[-1].content)[-1:]
    if not reported or not _COMPLEMENTISER.match(_n(reported[0])):
        return False  # the last frame's words do not open with "أن": this is no clause of them
    if frame.speaker is None:
        # "قال X إن بغداد ترفض أن تكون ساحة": a verb this reading finds no subject for, with its subject right
        # before it in the clause the last frame reports: that clause, X's words (whoever Baghdad is, X said it).
        return bool(between.strip())
    subject = WORD.findall(between)
    if len(subject) == 1 and _possessed(subject[0]) and not _someones(subject[0]):
        return True  # "قالت الوزيرة إن بلادها تطالب بحصة أكبر": her country, in her words
    lead_in = text[frame.cue : frame.content]
    # The word right after the verb: the verb opens the lead-in unless its subject stood before it.
    verb = WORD.search(text, frame.cue) if frame.speaker.start > frame.cue else None
    first = WORD.search(text, verb.end() if verb else frame.content)
    return (
        not re.search(r"[:“«\"]", lead_in)
        and not any(_COMPLEMENTISER.match(_n(w)) for w in WORD.findall(lead_in))
        and first is not None
        and _unconj(_n(first.group())) not in _STOP
        and _n(first.group())[:1] not in "بل"
    )


def _past_resumptive_clause(text: str, span: tuple[int, int], pos: int, limit: int) -> int:
    """Past a relative clause that describes an indefinite speaker, told by its resumptive pronoun ("كشفت دراسة
    حديثة أجراها باحثون في جامعة أكسفورد أن"), up to the complementiser that opens the words."""
    last = WORD.findall(text, span[0], span[1])[-1:]
    ahead = _words(text, pos, limit)[:10]
    if (
        len(ahead) > 1
        and not _possessed(ahead[0].group())
        and _relative_verb(ahead[1].group())
        and not _CLAUSE_BREAK.search(text[ahead[0].end() : ahead[1].start()])
    ):
        ahead = ahead[1:]  # (after the noun's adjective or genitive: "استطلاع للرأي أجراه مركز …"، "استطلاع حديث أجراه")
    if not last or _n(last[0]).startswith("ال") or not ahead:
        return pos
    if not _possessed(ahead[0].group()) and not _relative_verb(ahead[0].group()):
        return pos
    first = _n(ahead[0].group())
    if first in _STOP or _unconj(first) in _STOP or _COMPLEMENTISER.match(first) or _channel(ahead[0].group()):
        return pos  # ("إنه": the words open right here)
    # (the marks around a short name break no clause: "أجراه مركز «مؤشر» للدراسات أن")
    names = [(m.start(), m.end()) for m in _SHORT_NAME_IN_MARKS.finditer(text, pos, limit)]
    for k, x in enumerate(ahead[1:], 1):
        gap = ahead[k - 1].end()
        if any(not any(a <= gap + b.start() < z for a, z in names) for b in _CLAUSE_BREAK.finditer(text[gap : x.start()])):
            return pos
        if _opens_words(_n(x.group())):
            return x.start()
    return pos


_SHORT_NAME_IN_MARKS = re.compile(r'["«“][^"«»“”.،,:؛]{1,30}["»”]')


_REFUSING = {_n(w) for w in "رفض رفضت رفضوا يرفض ترفض يرفضون".split()}
# What one declines to do when declining to say anything ("رفض التعليق"، "رفضت الإدلاء بأي تصريح").
_NO_COMMENT = {_n(w) for w in "التعليق الإدلاء الإفصاح الكشف الرد الحديث الإجابة الخوض".split()}


@lru_cache(maxsize=1)
def _stance_nouns() -> frozenset[str]:
    """Verbal nouns heading what a report affirms or denies (rag/data/stance_nouns.txt), as written."""
    return frozenset(_n(row[0]) for row in _words_file("stance_nouns.txt"))


# An imam, where normalising would read "in front of" (أمام): written with إ, or with the article.
_IMAM = re.compile(r"^[وف]?(?:ال)?إمام$|^[وف]?الامام$")


_NARRATING = {_n(w) for w in "روى يروي روت تروي رووا يروون حكى يحكي حكت تحكي".split()}
# Works that tell a story ("يروي الفيلم حكاية"): no one who speaks.
_WORKS = {_bare(w) for w in "فيلم كتاب رواية مسرحية مسلسل وثائقي عرض معرض ألبوم أغنية قصيدة".split()}
# What one tells that the reporter sums up rather than quotes: a story, its details, one's memories.
_STORIES = {_bare(w) for w in "قصة قصص حكاية حكايات تفاصيل سيرة ذكريات معاناة تجربة".split()}


def _story_told(text: str, verb: re.Match[str], limit: int) -> tuple[int, int | None] | None:
    """After a verb of telling (روى، حكى) and its subject, where a story noun starts ("تفاصيل الرحلة"، "حكاية صياد"),
    within the next few words and before any complementiser or colon, and where the quotation that tells it opens
    after a colon, if one does ("وروى X تفاصيل اللحظات الأولى للحادث: «سمعت …»"); else None."""
    if _unconj(_n(verb.group())) not in _NARRATING:
        return None
    for x in _words(text, verb.end(), limit)[:10]:
        if _COMPLEMENTISER.match(_n(x.group())) or ":" in text[verb.end() : x.start()]:
            return None
        if _bare(x.group()) in _STORIES:
            told = _TOLD_IN_QUOTATION.match(text, x.start(), limit)
            return x.start(), told.end() if told else None
    return None


_TOLD_IN_QUOTATION = re.compile(r"[^.،,:؛!؟?\n«»\"“”]{0,80}:\s*(?=[«\"“])")


def _refused_act(word: str, verb: _Verb) -> bool:
    """After a masculine "رفض", is the word a feminine singular noun that names no one ("مغادرة"، "المشاركة"): not
    its subject, which would make the verb feminine, but what was refused, an act?"""
    plain = _DIACRITICS.sub("", word)
    return (
        verb.gender == "m"
        and plain.endswith("ة")
        and not is_given_name(plain)
        and _bare(plain) not in title_words() | body_words() | _UNNAMED
        and not _n(plain).startswith(("لل", "وال"))
    )


def _declined(text: str, verb: re.Match[str], limit: int) -> bool:
    """Does "رفض" here decline to comment: one of _NO_COMMENT among the first words of its clause, or of what
    follows its subject and the subject's apposition ("رفض X، مدرب الزمالك، الحديث عن")?"""
    if _unconj(_n(verb.group())) not in _REFUSING:
        return False
    span = speaker_phrase(text, verb.end(), limit)
    for at in (verb.end(), span[1]) if span else (verb.end(),):
        clause = re.split(r"[،,.:؛!?؟\"«“]", text[at:limit].lstrip(" ،,"), maxsplit=1)[0]
        if any(_n(x) in _NO_COMMENT for x in WORD.findall(clause)[:8]):
            return True
    return False


def _agrees_unlike_last(text: str, span: tuple[int, int], verb: _Verb, frames: list[_Frame]) -> bool:
    """Is the noun after the verb its subject by agreement: the verb's gender is not that of the speaker this
    sentence quoted before, and is the noun's ("قال الوزير إن …، فيما دعت المعارضة إلى": she, not he)?"""
    last = frames[-1].speaker if frames else None
    if last is None or last.gender is None or verb.gender in (None, "p") or verb.gender == last.gender:
        return False
    feminine = _DIACRITICS.sub("", text[span[0] : span[1]]).endswith("ة")
    return feminine == (verb.gender == "f")


# What is published that is no words: a picture, a video, a clip; and the relative clause on what its poster said in it.
_PICTURES = frozenset(_bare(w) for w in "صورة صور فيديو مقطع تسجيل".split())
# ("ونشر مقطع فيديو على حسابه في منصة إكس قال فيه:": where it was posted may come between, within the clause)
_SPEAKS_IN_IT = re.compile(r"(?:\s+[^\s.:؛!؟،]+){0,8}?\s+(?:قال|قالت|يقول|تقول|تحدث|تحدثت|يتحدث|تتحدث)\s+في(?:ه|ها)(?!\w)")


def _published_record(phrase: str) -> bool:
    """Is a definite noun after a verb of publishing a record of its own ("الدراسة"، "التقرير"، "الصور"), which a
    reader takes as what was published, not as the words of whoever spoke last?"""
    words = WORD.findall(phrase)
    return len(words) == 1 and _n(words[0]).startswith("ال") and (_channel(words[0]) is not None or _bare(words[0]) in _PICTURES)


# "بيده"، "بإصبعها": with the hand, after "أشار"/"مشيرا", a gesture, no words.
_BY_HAND = {_n(w) for w in "بيده بيدها بيديه بيديها بإصبعه بإصبعها بأصبعه بأصبعها".split()}


def _comma_right_before(text: str, pos: int) -> bool:
    """Does a comma stand right before text[pos], past whitespace only (what a search for a comma and whitespace at
    the end of text[:pos] finds, without scanning the text before it)?"""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos > 0 and text[pos - 1] in "،,"


def _narrated_whereas(text: str, words: list[re.Match[str]], k: int, e: int) -> int | None:
    """Where narration starts, when words[k] is a past verb that reports nothing, after a comma and "بينما"/"فيما"
    or with "ف" ("، بينما نال الممثل المصري أحمد مالك جائزة"، "، فقرر رئيس الجلسة رفعها"), whose subject names a
    person, or one by title or body (after "ف", a person only); else None."""
    word = words[k].group()
    whereas = k >= 1 and _n(words[k - 1].group()) in _WHILE and _comma_right_before(text, words[k - 1].start())
    then = _n(word)[:1] == "ف" and _comma_right_before(text, words[k].start())
    verb = word[1:] if then else word
    if not (whereas or then) or _n(verb) in _STOP or not is_verb_form(verb) or is_common_noun(verb) or _n(verb)[:1] in "يت":
        return None
    span = speaker_phrase(text, words[k].end(), e)
    if span is None or not (_named_person(text[span[0] : span[1]]) or _described(text, *span)):
        return None
    if then and not (_bare(WORD.findall(text, *span)[0]) in title_words() or _named_person(text[span[0] : span[1]])):
        return None  # (after ف, only a person by title or name: "فقرر رئيس الجلسة"; "فقررت الحكومة" may be his words)
    return words[k - 1].start() if whereas else words[k].start()


def _nobody(text: str, cue: int, pos: int, limit: int) -> _Frame:
    """A report whose subject cannot be named here: it ends what came before, and its words are no one's."""
    return _Frame(cue, _skip_complementiser(text, pos, limit), None, None, unknown=True)


_MADE_BY = re.compile(r"(?:أدلى|ادلى|أدلت|ادلت|أدلوا|ادلوا)\s+(?:بها|به|بهما)\s+")


def _words_opened(text: str, frame: _Frame) -> int | None:
    """Where the frame's words start when a complementiser or colon opens them ("قالت إن المدير …"), or None when
    they are the verb's object ("انتقد الوزير المحافظ، الذي …": the governor is no part of any words)."""
    before = text[max(frame.cue, frame.content - 12) : frame.content].rstrip(' "“«')
    last = WORD.findall(before)[-1:] if before else []
    return frame.content if before.endswith(":") or last and _opens_words(_n(last[0])) else None


_RELATIVE_GENDER = {_n("الذي"): "m", _n("التي"): "f", _n("الذين"): "p", _n("اللذين"): "p", _n("اللتين"): "p"}


def _titled(word: str) -> bool:
    """Does the word name a person or body by what they are: a title, a body's or an unnamed source's noun, or a
    relation with its pronoun ("زوجها")?"""
    b = _bare(word)
    return b in title_words() or b in body_words() or b in _UNNAMED or _someones(word)


def _person_before(words: list[re.Match[str]], k: int) -> bool:
    """Does the word before words[k] (a relative pronoun) end a person's or a body's phrase: a title, body or
    unnamed source's noun, a relation, or a name, not a thing ("القرار الذي وصفه": what he described)?"""
    last = words[k - 1].group() if k else ""
    if last and _titled(last):
        return True
    if last and is_name_word(last) and (not is_common_noun(last) or k > 1 and is_given_name(words[k - 2].group())):
        return True  # (a name, "سامي حداد" too)
    # (or a title's construct: "زعيم المعارضة الذي"، "رئيس هيئة الأركان الذي")
    for j in range(k - 2, max(k - 4, -1), -1):
        head = words[j].group()
        if not _n(head).startswith("ال") and _bare(head) in title_words():
            return all(_n(x.group()).startswith("ال") for x in words[j + 1 : k])
    return False


# What a describing verb's object is said to be, past that object of a few words: "التحركات التركية بأنها «…»".
_DESCRIBED_AS = re.compile(r"(?:[^\s،,.:؛\"«“]+\s+){1,4}(ب(?:أن|ان)(?:ه|ها|هم)?\s|بـ?\s*[\"«“])")


def _said_by_antecedent(
    text: str, words: list[re.Match[str]], k: int, e: int, verb: _Verb, outer: _Frame | None, rel: int
) -> list[_Frame]:
    """A report in a relative clause on the person before it ("الإعلامي أحمد شوبير، الذي قال إن …"): the clause's
    subject is that person when the verb agrees with the relative, names no subject of its own, and its words
    open right after it (past where they were said). The person is the mention that ends at the relative with a
    name, a title or a body: from its head (the first title, body or given name), and of two definite titles side
    by side only the second ("وانتقد الوزير السفير، الذي": the ambassador, the minister's object). Inside the
    last frame's words ("قالت الشرطة إن المتهم، الذي قال إنه «بريء»، سيمثل"), only a quotation is that person's,
    and the words go on after it as the outer speaker's; none else ("قالت إن المدير الذي قال إن …").
    rel: where the relative stands (right before the verb at words[k], or before "كان قد"). The frames, or none."""
    relative = words[rel]
    gender = _RELATIVE_GENDER.get(_n(relative.group()))
    if gender is None or verb.gender not in (gender, None) or rel < 1:
        return []
    after = words[k].end() + len(text[words[k].end() : e]) - len(text[words[k].end() : e].lstrip())
    while (when := WORD.match(text, after, e)) and _n(when.group()) in _TIME:
        after = when.end() + 1  # ("، الذي قال أمس إن": when)
    opened = _past_medium(text, after, e)
    if _n(_next_word(text, opened, e))[:1] == "ل":
        opened = _past_addressee(text, opened, e)  # ("، الذي قال للصحفيين إن": to whom, not what he described)
    adjunct = _past_adjunct(text, opened, e)  # ("، التي قالت بعد اللقاء إن": when, then the complementiser)
    rest = text[opened:e].lstrip()
    first = WORD.match(rest)
    described = _DESCRIBED_AS.match(rest) if verb.takes_object else None
    if adjunct > opened:
        opened = adjunct
    elif described:
        opened += len(text[opened:e]) - len(rest) + described.start(1)  # ("، الذي وصف التحركات بأنها «…»": past what)
    elif not (first and _opens_words(_n(first.group())) or rest[:1] in ':"“«' or re.match(r'بـ?\s*["“«]', rest)):
        return []  # (what opens the words: a complementiser, a colon or quotation, "بـ" and a quotation)

    def heading(word: str) -> bool:
        return _titled(word) or _title_adjective(word)

    # A relative follows a definite noun: without the article, a proper name ("ماري دوبون، التي"). A definite
    # noun neither title nor name is a thing ("وانتقد الوزير القرار الذي قال إنه": his object; he said it).
    last = words[rel - 1].group()
    if _n(last).startswith("ال") and not (heading(last) or is_name_word(last)):
        return []

    def reaches(at: int) -> bool:
        span = speaker_phrase(text, at, relative.start())
        return span is not None and span[0] == at and not text[span[1] : relative.start()].strip(" ،,")

    head: int | None = None
    head_word = ""
    for j in range(rel - 1, max(rel - 11, -1), -1):
        word = words[j].group()
        at = words[j].start()
        if _n(word)[:1] in "بل" and _bare(word) in title_words():
            at += 1  # ("والتقت الوزيرة بالسفيرة الكندية X، التي": the title after the preposition)
        span = speaker_phrase(text, at, relative.start())
        if span is None:
            continue  # (a foreign family name alone is no phrase: "إسماعيل بقائي" is)
        if span[0] != at or text[span[1] : relative.start()].strip(" ،,"):
            if span[0] == at and not _n(word).startswith("ال") and _bare(word) in body_words() | title_words():
                continue  # ("رئيس مجلس النواب نبيه بري، الذي": "مجلس النواب" alone ends before the name)
            construct = words[j - 1].group() if j else ""
            if not _n(construct).startswith("ال") and _bare(construct) in body_words() | title_words():
                continue  # ("عضو مجلس الحرب بيني غانتس، الذي": the genitive of a title's construct)
            if j and heading(construct) and reaches(words[j - 1].start()):
                continue  # ("المسؤول السابق في الحزب، الذي": a title's adjective, and the title's phrase goes on)
            break
        if (
            head is not None
            and _titled(head_word)
            and not _titled(word)
            and is_attested_name(_bare(word))
            and country_of(word) is None
        ):
            break  # ("التقى العرباوي رئيس الوزراء الماليزي أنور إبراهيم، الذي": a name before the description is
            # the subject's; the relative's antecedent is the one described last)
        if head is not None and _definite_title(head_word) and not (_titled(word) or is_given_name(word)):
            break  # ("والتقى عراقجي الرئيس السوري X، الذي": no adjective stands before its title; the subject)
        if heading(word) or is_given_name(word):
            # (nor does a definite title take one in construct after it: "والتقى الوزير رئيس الوزراء X، الذي")
            opens_construct = not _n(head_word).startswith("ال") and _bare(head_word) in title_words()
            if head is not None and _definite_title(word) and (_definite_title(head_word) or opens_construct):
                break
            head, head_word = at, word
        if at > words[j].start():
            break
    span = speaker_phrase(text, head, relative.start()) if head is not None else None
    # (A body someone is in is not who said them: "الرجل الثاني في الحزب، الذي قال إن".)
    in_body = span is not None and _bare(head_word) in body_words() and _n(_word_before(text, span[0])) in ("في", "لدي")
    # (or a definite family name the article gave a given name: "الركراكي، الذي قال:" after "وليد الركراكي")
    named = span is not None and (
        _looks_like_name(text, *span) or _n(text[span[0] : span[1]]) in _family_names(text, definite=True)
    )
    if span is None or in_body or not named:
        # (Someone this reading cannot name said them, not the last speaker: "…، الذي قال إن".)
        return [_nobody(text, relative.start(), opened, e)]
    said = _Frame(relative.start(), _skip_complementiser(text, opened, e), _mention(text, span, gender), gender, relative=True)
    words_from = _words_opened(text, outer) if outer is not None else None
    if outer is None or words_from is None or span[0] < words_from or _comment(text, words_from, relative.start()):
        return [said]  # (or the reporter's comment ended the outer words: '«…»، وهو سقف لم يتهرب منه X، الذي قال:')
    quoted = re.match(r"\s*(?:\S+\s+)?([\"“«])", text[opened:e])
    close = {"“": "”", "«": "»"}.get(quoted.group(1), '"') if quoted else ""
    end = text.find(close, opened + quoted.end(), e) if quoted else -1
    goes_on = re.match(r"\s*[،,]\s*", text[end + 1 : e]) if end >= 0 else None
    if outer.speaker is None or goes_on is None:
        return []
    resume = end + 1 + goes_on.end()
    return [said, _Frame(end + 1, resume, outer.speaker, outer.gender, outer.written)]


def _their_statements_between(words: list[re.Match[str]], k: int, content: int) -> bool:
    """Is there, between the verb at words[k] and where its words would start, a relative clause with a verb of
    saying and its resumptive pronoun ("التي قال فيها")? The words then are that clause's."""
    return any(
        _n(words[j].group()) in _RELATIVE
        and _verb_at(words[j + 1].group()) is not None
        and _n(words[j + 2].group()) in _RESUMPTIVE
        for j in range(k + 1, len(words) - 2)
        if words[j + 2].end() <= content
    )


def _statements_of(text: str, s: int, cue: int, gender: str | None) -> _Frame | None:
    """Statements given with their owner after ل, or an interview with who gave it, right before a verb with a
    resumptive pronoun ("تصريحات للوزير قال فيها"، "تغريدة للاعب X قال فيها"، "مقابلة مع رئيس الوزراء قال فيها"): a
    frame at the verb for that owner, else None."""
    channel = next((x for x in reversed(_words(text, s, cue)) if _channel(x.group())), None)
    after = WORD.match(text, channel.end() + 1) if channel and text[channel.end() : channel.end() + 1] == " " else None
    if channel is None or after is None:
        return None
    if is_adjective(after.group()) and not _n(after.group()).startswith(("ال", "ل")):
        after = WORD.match(text, after.end() + 1)  # ("بتصريح سابق لنتنياهو قال فيه": the statement's adjective)
        if after is None:
            return None
    nw, phrase, start = _n(after.group()), text, after.start() + 1
    if nw[:1] == "ل" and _sent_by_clause(text, _words(text, s, cue)):
        return None  # ("ووجه كولر رسالة للجماهير قال فيها": whom it was sent to, _in_statements)
    held = WORD.search(text, after.end(), cue) if nw == "مع" else None
    if held:
        start = held.start()
    elif nw[:1] != "ل" or nw in _STOP:
        return None
    elif nw.startswith("لل") and _bare(nw[1:]) not in title_words() | body_words():
        phrase, start = _fused_article(text, after.start() + 1), after.start()  # ("للوزير": "الوزير")
    span = speaker_phrase(phrase, start, cue)
    # (not the outlet an interview was given to: "في مقابلة مع قناة الجزيرة قال فيها" is the speaker's before)
    if span is None or text[span[1] : cue].strip() or _bare(_next_word(phrase, span[0], cue)) in _PRESS:
        return None
    if text[span[0]] in '"«“':
        return None
    return _Frame(cue, cue, _mention(phrase, span, gender), gender, channel=_channel(channel.group()))


def _in_statements(text: str, s: int, cue: int, pos: int, limit: int, gender: str | None) -> _Frame:
    """A verb in a relative clause on the statements it was said in ("تصريحات أدلى بها الوزير … قال فيها إن"):
    the words of whoever the sentence says made them, or no one's when it does not say."""
    made = None
    for m in _MADE_BY.finditer(text, s, cue):
        made = m
    # ("وأصدرت الوزارة بيانا رسميا أكدت فيه": whoever issued them.)
    # (but ل after a channel sent names whom it went to: "وبعث الرئيس برقية لنظيره أكد فيها")
    owner = None if _sent_by_clause(text, _words(text, s, cue)) else _owner(text, s, cue)
    span = speaker_phrase(text, made.end(), cue) if made else owner or _issuer(text, s, cue)
    channel = next((c for w in reversed(_words(text, s, cue)) if (c := _channel(w.group()))), None)
    if span is None and not made and _issued_by_the_last(text, s, cue):
        return _Frame(cue, _skip_complementiser(text, pos, limit), None, gender, channel=channel)
    if span is None:
        return _nobody(text, cue, pos, limit)
    # "أدلى بها الوزير لقناة محلية": what follows لـ is whom they were made to.
    to = next((w for w in _words(text, *span)[1:] if _n(w.group())[:1] == "ل" and not is_attested_name(w.group())), None)
    if to is not None:
        span = (span[0], trim_span(text, span[0], to.start(), " ،,")[1])
    return _Frame(cue, _skip_complementiser(text, pos, limit), _mention(text, span, gender), gender, channel=channel)


def _channel(word: str, nouns: frozenset[str] | set[str] = _CHANNELS) -> str | None:
    """The channel a word names, whatever is glued on (بيانا، ببيان، بيانها، البيان → بيان), else None."""
    b = _bare(word)
    for w in (b, b[1:] if b[:1] in "وفبل" else ""):
        owned = re.sub(r"(?:ه|ها|هم)$", "", w)
        if owned != w and owned.endswith("ت"):
            owned = owned[:-1] + "ه"  # رسالته → رساله (but تصريحات stays)
        for c in (w, w[:-1] if w.endswith("ا") else "", owned):
            if c in nouns:
                return c
    return None


# Where words are published, besides the channels themselves: "عبر صفحته الرسمية على موقع تويتر".
# (and their plurals: "عبر منصات التواصل الاجتماعي"، "على مواقع التواصل")
_MEDIA = _CHANNELS | {_bare(w) for w in "صفحة حساب موقع منصة قناة برنامج صحيفة جريدة مجلة صفحات حسابات مواقع منصات قنوات".split()}
_MEDIUM_PREPOSITIONS = {_n(w) for w in "في عبر على خلال من".split()}
_CALLED_TO = frozenset(_n(w) for w in "إلى على".split())


_WHEN = {_bare(w) for w in "وقت سابق لاحق مؤخرا سابقا لاحقا".split()} | _TIME
_EVENT_PARTS = {_bare(w) for w in "افتتاح اختتام ختام هامش مستهل".split()}  # (of a meeting, a summit)
# What the words referred or replied to, set before them like where they were said: "في إشارة إلى X:",
# "في رده على سؤال:", "في تعليق على القرار، إن".
_ASIDES = frozenset(_bare(w) for w in "إشارة تلميح رد تعليق تعقيب معرض".split())


_IN_QUOTED_PAPER = re.compile(r'بـ\s*(["«“][^"«»“”\n:،,]{1,40}["»”])(?=\s*:)')


def _past_medium(text: str, pos: int, limit: int, needs: frozenset[str] = frozenset()) -> int:
    """Past where the words were said, when it stands before them ("قال X عبر صفحته على تويتر: «…»", "قائلا في
    التغريدة نفسها: «…»", "أكد X، في اتصال هاتفي، أن"): up to the colon, quotation mark or complementiser that
    opens them, or the preposition the verb needs (needs: "أعرب الوزير في كلمته عن أمله")."""
    w = WORD.match(text, pos)
    if not w or _n(w.group()) not in _MEDIUM_PREPOSITIONS:
        return pos
    ahead = _words(text, w.end(), limit)[:16]  # ("في المؤتمر الصحفي عقب المباراة التي أقيمت على استاد …:")
    names = _outlet_names(text, pos, limit)
    # ('في مقاله بـ"الشروق": «…»': the paper by its quoted name, the colon after it opening the words)
    names += [m.span(1) for m in _IN_QUOTED_PAPER.finditer(text, pos, limit)]
    received = _RECEIVED.match(text, ahead[0].end(), limit) if ahead and _channel(ahead[0].group()) else None
    if received:  # ('في بيان تلقته "بترا"، أن': who received the statement, by its quoted name, is no part of the words)
        names.append(received.span())
    # The medium is a preposition's own noun ("عبر صفحته", "في تصريحات", "في نفس التغريدة", "في 27 صفحة",
    # "بالتذكير في بيان", "في أحدث تقاريره"), not another noun's complement ("على ضرورة الحوار": the dialogue
    # is what he stressed).
    own = [
        y
        for j, y in enumerate(ahead)
        if j == 0
        or (p := _n(ahead[j - 1].group())) in _MEDIUM_PREPOSITIONS
        or p.isdigit()
        or p in ("نفس", "ذات")
        or _possessed(y.group())
        and not p.startswith("ال")
    ]
    referring = bool(ahead) and _n(w.group()) == "في" and _channel(ahead[0].group(), _ASIDES) is not None
    # (so the part of an event: 'في افتتاح مؤتمر الأطراف "كوب 29" في باكو:'، "على هامش القمة:")
    referring = referring or bool(ahead) and _bare(ahead[0].group()) in _EVENT_PARTS
    for k, x in enumerate(ahead):
        at_gap = ahead[k - 1].end() if k else w.end()
        gap = text[at_gap : x.start()]
        medium = referring or any(_channel(y.group(), _MEDIA) for y in own if y.start() < x.start())
        # ('شاهد عيان من الفاشر لـ"الجزيرة نت": «…»': an outlet named in quotes before it is whom they were told)
        medium = medium or any(b <= x.start() for _, b in names)
        if any(a < x.start() < b for a, b in names):
            continue  # ('لقناة "بي إن سبورتس"': "إن" is part of a name)
        opener = _opens_words(_n(x.group())) and not _spells_letter(ahead, k) or _n(x.group()) in needs
        if "،" in gap or "," in gap:
            # Set off by a comma: where it was said ("قال X في بيان صحافي مساء الأحد، …"), or any adjunct
            # right before the complementiser ("أكد الوزير، في اتصال مع نظيره، أن"); but a reporting verb after
            # the comma opens a clause of its own ("نفت الحركة في بيان صحة التقارير، ووصفتها بأنها").
            clause = _verb_at(x.group()) or _verb_with_object(x.group(), True)
            # (Set off on both sides, the medium is an aside, and what follows it without و or ف is the verb's
            # object: "أكد الوزيران، في بيان مشترك، رفض البلدين" (the refusal).)
            aside = text[:pos].rstrip().endswith(("،", ",")) and _n(x.group())[:1] not in "وف"
            return x.start() if (medium or opener) and (aside or not clause) else pos
        opened = next(
            (i for i, c in enumerate(gap) if c in ':“«"' and not any(a <= at_gap + i < b for a, b in names)), None
        )  # (an outlet's quoted name is part of the medium: 'في تصريحات لقناة "بي إن سبورتس": «…»')
        # (so is an event's: 'في افتتاح مؤتمر الأطراف "كوب 29" في باكو:'، 'خلال مشاركته في مؤتمر "اليورومني"، أن')
        # (or further on in the event's name: 'خلال افتتاح معرض ومؤتمر أبوظبي الدولي للبترول "أديبك 2024"، إن')
        event = referring or any(_n(y.group()) in _OCCASION_WORDS or _bare(y.group()) in _EVENT_PARTS for y in ahead[:k])
        named = _QUOTED_NAME.match(text, at_gap + opened, limit) if event and opened is not None else None
        if named is not None:
            names.append(named.span())
            opened = None
        if opened is not None or opener:
            if not medium and not (k and all(_bare(y.group()) in _WHEN for y in ahead[:k])):
                return pos  # (but "في وقت سابق بأن": when it was said is no part of the words either)
            return at_gap + opened if opened is not None else x.start()
    return pos


# Occasions of speech, bare or with "his/her" ("في اتصال هاتفي"، "خلال لقائه"، "في كلمته").
_OCCASIONS = (
    [n + suffix for n in "اتصال مؤتمر لقاء اجتماع حديث خطاب استقبال".split() for suffix in ("", "ه", "ها", "هم")]
    + "كلمة كلمته كلمتها مقابلة مقابلته مقابلتها جلسة زيارة زيارته زيارتها لقائه لقائها لقائهم ندوة الندوة".split()
    + [
        # (a prayer, sermon, mass or rally it was said at: "وقال البابا في صلاة التبشير الملائكي")
        n + suffix
        for n in "صلاة خطبة عظة قداس احتفال حفل تجمع".split()
        for suffix in ("", "ه", "ها")
    ]
)
_OCCASION_WORDS = frozenset(_n(w) for w in _OCCASIONS)
# A source's preposition ("بحسب"، "وفقا لـ"): whose account follows, not the words (_COMMA_ADJUNCT, _SOURCE_TAIL).
_SOURCE_OPENS = r"(?:و?ب?حسب|وفقا|وفق|طبقا|نقلا)(?!\w)"
_COMMA_ADJUNCT = re.compile(
    r"(?:\s*[،,]\s*(?:خلال|أثناء|اثناء|عقب|إثر|اثر|لدى|قبيل|بعيد)\s[^،,.:؛!?؟\"«»“”\n]{2,100}[،,]"
    # ... or, with or without a comma before it, the occasion the words were said on ("أكد الوزير في اتصال
    # هاتفي مع نظيره الأمريكي، أهمية التنسيق"، "قد حذر، في اتصال مع X، من").
    rf"|\s*[،,]?\s*(?:في|خلال)\s+(?:{'|'.join(_OCCASIONS)})\s[^،,.:؛!?؟\"«»“”\n]{{2,100}}[،,])"
    # (Not when a source follows the comma: "في اتصال مع السيسي دعم بلادها …، بحسب بيان" ends the words there.)
    rf"(?!\s*{_SOURCE_OPENS})"
)


def _past_set_off(text: str, pos: int, limit: int) -> int:
    """Past an adjunct set off by commas that the complementiser or the verb's preposition follows ("، عقب لقائه
    بري، أن"، "حذر، في اتصال مع X، من"): when, not words."""
    m = _COMMA_ADJUNCT.match(text, pos, limit)
    nxt = _n(_next_word(text, m.end(), limit)) if m else ""
    return m.end() if m and (_COMPLEMENTISER.match(nxt) or nxt in _VERB_PREPOSITIONS) else pos


def _only_circumstances(stretch: str) -> bool:
    """Does a stretch between a speaker and a colon hold no words of their own: no complementiser, no verb's
    preposition first ("أشار X إلى الدور القطري، قائلا:" points to something), no reporting verb or participle
    of its own (who would not be named, "رفضت الكشف عن اسمها", reports nothing)?"""
    words = WORD.findall(ANONYMITY.sub(" ", stretch))
    return (
        bool(words)
        and _n(words[0]) not in _VERB_PREPOSITIONS
        and not any(_complementiser(x) or _verb_at(x) or _participle_at(x) for x in words)
    )


# Up to a colon, with no quotation or line break before it.
_TO_COLON = re.compile(r"[^:\"«“”»\n]{1,150}:")


_SHORT_MEDIUM = re.compile(r"(?:في|عبر)\s+(" + WORD.pattern + r")(?:\s+(" + WORD.pattern + r"))?\s+(?=\w)")


def _past_short_medium(text: str, pos: int, limit: int) -> int | None:
    """Past "في بيان" (and its own "لها" or adjective: "في تقرير لها", "في بيان رسمي") before a verb's object
    ("نفت الحركة في بيان صحة التقارير", "اتهمت المنظمة في تقرير لها قوات الأمن"), or None."""
    m = _SHORT_MEDIUM.match(text, pos, limit)
    if not m or not _channel(m.group(1)) or _channel(m.group(1)) != _bare(m.group(1)):
        return None
    nxt = _DIACRITICS.sub("", m.group(2) or "")
    if re.fullmatch(r"(?:له|لها|لهم|[^\sال]\S*(?:ي|ية))", nxt):
        return _past_posted_on(text, m.end(), limit)
    # ("في رسالة وجهها الدفاع": a relative clause goes on describing the medium, its verb no object.)
    return None if _possessed(nxt) else _past_posted_on(text, m.end(1), limit)


# Where a statement was posted, after its noun: "على تلغرام"، "عبر موقعها الرسمي"، "على منصة إكس".
_POSTED_ON = re.compile(
    r"\s*(?:على|عبر)\s+(?:(?:" + _PLATFORM_NAMES + r")(?!\w)|(\w+)(?:\s+(?:ال\w+|" + _PLATFORM_NAMES + r"))?)"
)


def _past_posted_on(text: str, pos: int, limit: int) -> int:
    """Past where the statement ending at pos was posted ("نفت قوات الدعم السريع في بيان على تلغرام استهداف
    المدنيين": the platform, then the object), else pos."""
    m = _POSTED_ON.match(text, pos, limit)
    if m is None or m.group(1) is not None and _channel(m.group(1), _MEDIA) is None:
        return pos
    return m.end()


def _owner(text: str, s: int, cue: int) -> tuple[int, int] | None:
    """Whose is the channel a relative clause is on, when the sentence says it with لـ ("منشور على صفحته
    الرسمية للاعب رياض محرز، أعلن فيه"): the last لـ phrase after the channel's noun that names someone, or else
    the genitive of an indefinite channel's noun ("تصريحات المندوبة X التي قالت فيها")."""
    words = _words(text, s, cue)
    noun = next((j for j in range(len(words) - 1, -1, -1) if _channel(words[j].group())), None)
    if noun is None:
        return None
    for w in reversed(words[noun + 1 :]):
        nw = _n(w.group())
        if nw[:1] == "ل" and nw not in _STOP and len(nw) > 3 and not is_given_name(w.group()):  # (not "ليندا")
            # The phrase goes on from the next word ("للاعب" would be taken for an adjunct), the ل word its head.
            rest = speaker_phrase(text, w.end(), cue)
            adjacent = rest is not None and not text[w.end() : rest[0]].strip()
            # (one that names someone: not why, "للمنظمة، الذي تغيّب لأسباب صحية، جاء فيها")
            someone = rest is not None and (_names_someone(text, (w.start(), rest[1])) or _someones(_after_li(nw)))
            if adjacent and rest and someone and _looks_like_name(text, w.start(), rest[1]):
                # (the mention without its preposition: "لزميله عمر مرموش" names "زميله عمر مرموش")
                start = w.start() + (1 if not nw.startswith("لل") and w.group()[:1] == "ل" else 0)
                return start, rest[1]
            # ("تغريدة للمدرب قال فيها": a title alone, its ل fused with the article; and a name after it this
            # reading cannot bound, "للناشط واصف الحركة", runs to the clause: the tweet is still the activist's,
            # never whoever shared it.)
            if _bare(_after_li(nw)) not in title_words():
                return None
            named = _given_name_after(text, w.start(), cue)
            return (w.start(), words[-1].end() if named else w.end())
    channel = words[noun].group()
    if _n(channel).startswith("ال") or _possessed(channel) or noun + 1 >= len(words):
        return None
    published = _published_it(text, words[noun].end(), cue)
    if published is not None:
        # ("من بيان تلاه الشيخ X، أحد أعيان القبائل، أكد فيه": who read it out or issued it, after the verb)
        issuer = speaker_phrase(text, published, cue)
        return issuer if issuer is not None and _named_person(text[issuer[0] : issuer[1]]) else None
    # ("تصريحات المندوبة X التي قالت فيها إن": the channel's genitive, a construct, names whose they are.)
    genitive = words[noun + 1]
    # (By name only: "تصريحات الوزير الأخيرة التي قال فيها" says no more of which minister than the clause does;
    # a family name alone will do, foreign or the one the article gave: "تصريحات بلينكن التي قال فيها".)
    family = noun + 2 == len(words) - 1 and _n(words[-1].group()) in _RELATIVE
    family = family and (not is_arabic_word(genitive.group()) or _n(genitive.group()) in _family_names(text))
    if family:
        return genitive.start(), genitive.end()
    own = speaker_phrase(text, genitive.start(), cue)
    if own is None or text[words[noun].end() : own[0]].strip() or not _named_person(text[own[0] : own[1]]):
        return None
    return own


def _verb_spelt_definite(words: list[re.Match[str]], j: int) -> bool:
    """Is words[j], opening its clause with what reads as the article, a verb ("التفت"، "التقى"، "ألقى" normalised):
    no title or body itself, before a title or a name without the article, as a verb's subject is?"""
    if j + 1 >= len(words) or _bare(words[j].group()) in title_words() | body_words():
        return False
    nxt = words[j + 1].group()
    if _bare(nxt) in title_words():
        return True
    # (a foreign name it does not know: "والتفت زوكربيرغ إلى"; a present verb is no name: "الاتفاق يشمل")
    named = is_attested_name(nxt) or _foreign_surname(nxt) and _n(nxt)[:1] not in "يت" and not nxt.endswith("ة")
    return named and not _n(nxt).startswith("ال") and _n(nxt) not in _STOP and not _verb_at(nxt)


_WITHOUT = {_n(w) for w in "دون بدون".split()}


def _occasion_holder(text: str, words: list[re.Match[str]], k: int) -> tuple[int, int] | None:
    """The one who held the occasion a fronted adjunct names, when the subjectless verb at words[k] follows it and
    its comma: "وفي كلمة ألقاها الرئيس X أمام البرلمان، قال"، "وخلال مؤتمر صحفي عقده الوزير Y في روما، أكد". Not
    who conducted an interview with someone ("في مقابلة أجرتها معه قناة …": "him", the one before)."""
    first = _lead_words_at(text, words, words[k].start())
    if k - first < 4 or _unconj(_n(words[first].group())) not in ("في", "خلال", "اثناء"):
        return None
    if not re.search(r"[،,]\s*$", text[words[first].end() : words[k].start()]):
        return None
    j = first + 1
    if _channel(words[j].group()) is None and _n(words[j].group()) not in _OCCASION_WORDS:
        return None
    if j + 1 < k and (is_adjective(words[j + 1].group()) or _title_adjective(words[j + 1].group())):
        j += 1  # ("مؤتمر صحفي")
    published = _published_it(text, words[j].end(), words[k].start())
    if published is None or re.match(r"\s*(?:معه|معها|معهم)(?!\w)", text[published : words[k].start()]):
        return None
    comma = text.rfind("،", published, words[k].start())
    comma = max(comma, text.rfind(",", published, words[k].start()))
    span = speaker_phrase(text, published, comma)
    rest = WORD.findall(text, span[1], comma) if span else []
    if span is None or any(_verb_at(x) or is_verb_form(x) and not is_common_noun(x) for x in rest):
        return None
    return span if _named_person(text[span[0] : span[1]]) else None


def _quotation_after_colon(text: str, f: _Frame, quotes: list[tuple[int, int]], end: int) -> int:
    """Where words a colon opens with a quotation end: at its closing mark when the reporter goes on after it with
    a clause of their own ('صاح X: «…»، قبل أن يطلب منه حرس المحكمة …'، "، فيما …"), else at end."""
    if not text[f.cue : f.content].rstrip().endswith(":"):
        return end
    opened = next((q for q in quotes if f.content <= q[0] <= end and not text[f.content : q[0]].strip(' \t"«“')), None)
    after = _THEN_ANOTHER.match(text, opened[1] + 1, end) if opened else None
    return opened[1] + 1 if opened and after else end


# After a quotation, the reporter's clause on what happened next or meanwhile ("، قبل أن"، "، فيما"، "، بينما").
_THEN_ANOTHER = re.compile(r"\s*[،,]\s*(?:قبل\s+أن|قبل\s+ان|فيما|بينما|في\s+حين|وسط|ثم)\s")


def _name_in_marks_then_verb(text: str, q: tuple[int, int]) -> bool:
    """Is the quotation at q a short name in marks that a verb follows right after, its subject ('"العربي الجديد"
    التقتها في مدينة مالمو'), no one's words?"""
    after = re.match(r'["»”][ \t]+(\w+)', text[q[1] : q[1] + 40])
    if after is None or not 0 < len(WORD.findall(text, *q)) <= 3 or re.search(r"[.،,:؛!?؟]", text[q[0] : q[1]]):
        return False
    verb = after.group(1)
    return _verb_perhaps_with_object(verb) and not is_common_noun(verb) and _verb_at(verb) is None


def _published_work(text: str, span: tuple[int, int]) -> bool:
    """Does the phrase after a verb of publishing open with an indefinite study, report or statement ("نشر دراسة في
    دورية"): the verb's object, its subject unsaid?"""
    head = WORD.findall(text, *span)[0]
    return not _has_article(head) and _bare(head) in _CHANNELS | _STUDIES and not _owns(head)


def _verb_at_clause_start(word: re.Match[str]) -> bool:
    """Is the word a verb, not a noun as well ("يصبح"، "تعمل"; not "تقرير")?"""
    return is_verb_form(word.group()) and not is_common_noun(word.group())


def _verb_perhaps_with_object(word: str) -> bool:
    """Is the word a verb form, perhaps with an object pronoun glued to it ("ودّعنا": bid us farewell)?"""
    bare_verb = re.sub(r"(?:نا|ني|ه|ها|هم|هما|كم)$", "", _n(word))
    if _unconj(bare_verb) in _STOP | _BUT or _COMPLEMENTISER.match(bare_verb):
        return False  # ("لكنه": but he)
    # (a defective verb's feminine drops its ى: "التقت" of "التقى")
    defective = bare_verb[:-1] + "ى" if bare_verb.endswith("ت") and bare_verb != _n(word) else ""
    return is_verb_form(word) or len(bare_verb) >= 3 and (is_verb_form(bare_verb) or is_verb_form(defective))


def _coordinated_subject(
    text: str, words: list[re.Match[str]], k: int, end: int, contrast: bool = False
) -> tuple[int, int] | None:
    """The subject of the clause words[k] is joined to (that clause ending before words[end]): after "أن"/"لكن"
    the noun phrase that opens it ("إلا أن الاتحاد استبعده"), at a sentence's start the one after its first verb
    ("وتجنب المدرب X التكهنات"); only a phrase that names someone. contrast: the verb is after "لكنه"، whose
    pronoun is that subject, which may then be a definite family name alone ("ولم يؤكد الخرابشة …، لكنه قال"), as
    may a subject between its verb and an indefinite object ("وخاطب البرهان جنودا")."""
    # (After "إلا أنه"، "غير أنه", whose أن opens a clause of its own, the clause joined is the one before them.)
    but_he = contrast and end < k - 1
    first = _clause_start(text, words, end if but_he else k, commas=False)
    if first >= 2 and _unconj(_n(words[first - 2].group())) in _WITHOUT and _n(words[first - 1].group()) == "ان":
        # ("نعى الحزب أحد عناصره، دون أن يحدد رتبته، وقال": "without" and its clause are the main clause's; the verb
        # is joined to that one)
        return _coordinated_subject(text, words, first - 2, first - 2)
    fronted = False
    opening = 0  # the sentence's first word, after its dateline ("مدريد - قلل المدير الفني X …، مؤكدا")
    if first == 0 and words:
        first = opening = _lead_words_at(text, words, words[k].start())
        # "في المقابل، حمّل المدرب X الحكم مسؤولية الخسارة، وقال": a fronted adjunct set off by a comma ("من
        # جهته،"، "بدوره،") stands before the clause's verb.
        lead = _unconj(_n(words[opening].group()))
        for j in range(opening + 1, min(opening + 16, k)):
            if re.search(r"[،,]", text[words[j - 1].end() : words[j].start()]):
                # (A longer adjunct only up to a reporting verb right after its comma: "قبل أيام قليلة من انطلاق
                # منافسات البطولة، تحدثت X عن …، مؤكدة".)
                fronted = (
                    (lead in _STOP or _owns(words[opening].group()))
                    and (j < opening + 4 or _verb_perhaps_with_object(words[j].group()))
                    # ("وبجانبه تقف الحاجة فاطمة، وهي …، وتقول": one word before the verb, and its comma later)
                    and not (j > opening + 1 and _fronted_beside(words[opening].group()))
                )
                first = j if fronted else opening
                break
    # ("وسبق أن قطع المغرب علاقاته"، "بعد أن زار": أن and a verb.)
    after_an = first >= 2 and _unconj(_n(words[first - 2].group())) in _BEFORE_VERBAL_AN | {"سبق", "يسبق"}
    if after_an and first - 2 == _lead_words_at(text, words, words[k].start()):
        # ("وقبل أن نغادر المخيم، ودّعنا X قائلا": the time clause opens the sentence; after its comma, the main
        # clause and its verb)
        main = next(
            (
                j
                for j in range(k - 1, first, -1)
                if re.search(r"[،,]", text[words[j - 1].end() : words[j].start()]) and _verb_perhaps_with_object(words[j].group())
            ),
            None,
        )
        first = main if main is not None else first
    # (So after "بينما"، "في حين": "بينما حمّل رئيس الحزب X …، وكتب" has its verb first; not after "حيث", whose
    # clause goes on with the sentence's subject: "وزار X مسقط، حيث التقى مسؤولين عمانيين".)
    whereas = first >= 1 and _unconj(_n(words[first - 1].group())) in _WHILE | {"حين"}
    verb_first = first == opening or fronted or _n(words[first - 1].group()) in ("كما", "وكما") or after_an or whereas
    if but_he and not verb_first:
        return None  # ("مع أن شهرة X تقوم على …، إلا أنها كتبت": a clause this reading does not bound)
    if not verb_first and first and _COMPLEMENTISER.match(_n(words[first - 1].group())) and _verb_at_clause_start(words[first]):
        # ("يوسف، الذي يحلم بأن يصبح مهندسا، قائلا": after the complementiser a verb, whose subject this reading does
        # not place; "مهندسا" is its predicate)
        return None
    j = first
    # Particles before the clause's verb: "ثم"، "وقد"، and negation ("ولم يخف محاموها مخاوفهم").
    while j < k and _unconj(_n(words[j].group())) in ("ثم", "قد", "لقد", "لم", "لن", "لا"):
        j += 1
    if j >= k - 1:
        return None
    kana = verb_first and _n(words[j].group()) in _KANA  # ("وكانت الدول الأربع قطعت": X, then its verb)
    if verb_first and j < k - 2 and _fronted_beside(words[j].group()):
        j += 1  # ("وبجانبه تقف الحاجة فاطمة وتقول": beside him, then the verb and its subject)
    if verb_first:
        lead = _unconj(_n(words[j].group()))
        if not kana and (
            lead.startswith("ال")
            and not _verb_spelt_definite(words, j)
            or (lead in _STOP or lead in _TIME)
            and not (lead in _TIME and _verb_before_subject(words[j].group(), words[j + 1].group()))
            or _COMPLEMENTISER.match(lead)
            or _pronoun_prep(lead)
        ):
            return None
        j += 1
        if _n(words[j].group()) in _NO_COMMENT:
            return None  # ("ورفض الإدلاء بأي تصريح، مؤكدا": what he declined; the subject is the one before)
    # ("أما X فقد حمّل": after أما no verb comes before the subject, whose phrase the ف answering it ends, below.)
    topic = verb_first and _unconj(_n(words[j - 1].group())) == "اما"
    # (from right after the verb, where a quoted name may stand that the words skip: 'نعى "حزب الله" في بيان')
    span = speaker_phrase(text, words[j - 1].end() if verb_first else words[j].start(), words[end].start())
    if verb_first and span is None:
        return _honoured_by(text, words[j])  # ("وألقى سموه النطق السامي، وقال فيه": His Highness, or no one)
    cut_object = False  # an object was cut off after the subject
    if span is not None and (not verb_first or kana):
        span = _before_verb(text, span)
    elif span is not None and not topic:
        whole = _before_complement(text, span)
        # ("من جهته، حمل الوزير نتنياهو مسؤولية تعطيل الاتفاق، وقال": the object's construct after the name)
        span = _up_to_object(text, whole)
        cut_object = span != whole
        if len(WORD.findall(text, *span)) == 2:
            span = _subject_of(text, span)  # (whatever its verb, a title and a noun: "وهاجمت الوزيرة القرار، وكتبت")
    if span is not None and "اما" in (_unconj(_n(x.group())) for x in words[max(first - 1, 0) : first + 1]):
        # "أما وزير الخارجية X فدافع عن القرار، وكتب": the ف answering أما opens the predicate.
        # (The phrase runs on over it as over a name, so it is the last word; "فيصل" is a given name.)
        answer = list(WORD.finditer(text, *span))[-1]
        if answer.group()[:1] == "ف" and not is_given_name(answer.group()) and answer.start() > span[0]:
            span = (span[0], len(text[: answer.start()].rstrip(" ،,")))
    # (Its first part: "رامي عباس، وكيل أعمال النجم المصري محمد صلاح" is a name and its apposition.)
    comma = re.search(r"[،,]", text[span[0] : span[1]]) if span else None
    # (A definite family name alone is a name too where the article gave it a given name: "ولم يؤكد الخرابشة
    # هذه التصريحات، لكنه قال" after "وزير الطاقة صالح الخرابشة"; "وخاطب البرهان جنودا" after "عبد الفتاح البرهان".)
    # (or one the object was cut off after: "من جانبه، أطلع المالكي الأمين العام على آخر التطورات، معتبرا"; or
    # a preposition follows: "وصعد الطيب إلى المنصة، وقال" after "للمخرج مصعب الطيب")
    following = _n(_next_word(text, span[1], words[end].start())) if span else ""
    objected = verb_first and span is not None and (cut_object or _accusative(following) or not kana and following in _STOP)
    if span is None or not (
        _looks_like_name(text, span[0], span[0] + comma.start() if comma else span[1])
        or (contrast or objected)
        and _n(text[span[0] : span[1]]) in _family_names(text, definite=True)
    ):
        return None
    if _anaphor(text[span[0] : span[1]]):
        return None
    head, *rest = WORD.findall(text[span[0] : span[1]])
    # ("خلال هذه الفترة، درس انكسار الضوء، وأوضح أن": the object; the subject is unsaid. But "في المقابل، شكك
    # المعارض السوري هيثم مناع في …، وقال": a description and a given name.)
    # (A foreign name is no Arabic noun: "وبعد ساعات، ظهر نتنياهو في مقطع مصور قائلا".)
    named = is_attested_name(_bare(head)) or not is_arabic_word(head) or any(is_given_name(w) for w in rest)
    if fronted and not (_speaker_noun(head) or named):
        return None
    return span


def _before_complement(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A subject after its verb, then "في" and what names no body, place or person: the verb's complement, not
    where a title is held ("وشكك الوزير في صحة الأرقام"، "ونجح وزير المالية في تمرير القانون، وقال"; but "وشارك
    الباحث في معهد بروكينغز ريان هاس في")."""
    ws = list(WORD.finditer(text, *span))
    at = next((k for k in range(1, len(ws) - 1) if _n(ws[k].group()) == "في"), None)
    if at is None:
        return span
    held = any(
        _bare(w) in body_words() or is_place(w) or country_of(w) is not None or is_name_word(w) or is_given_name(w)
        for w in (x.group() for x in ws[at + 1 :])
    )
    # (nor is where the words were said: "ظهر رئيس الوزراء في مقطع مصور قائلا")
    medium = _channel(ws[at + 1].group(), _MEDIA) is not None or _bare(ws[at + 1].group()) in _PICTURES
    return span if held and not medium else (span[0], ws[at - 1].end())


def _verb_before_subject(word: str, following: str) -> bool:
    """Is a time word also a verb ("ظهر": noon, or appeared) the verb here, before a name or a title ("وبعد ساعات،
    ظهر نتنياهو في مقطع مصور قائلا"), not a time before another ("ظهر الثلاثاء")?"""
    named = is_attested_name(following) or not is_arabic_word(following)
    return is_verb_form(word) and (named or _bare(following) in title_words() | body_words())


def _names_own_subject(text: str, words: list[re.Match[str]], k: int) -> bool:
    """Does the sentence of words[k] open with a verb and a title or body after it, a subject of its own
    ("وزار المبعوث الأممي الخاص إلى اليمن X العاصمة مسقط، حيث التقى مسؤولين، مؤكدا"), or a definite name and the
    verb's indefinite object ("وخاطب البرهان جنودا …، قائلا")?"""
    first = _lead_words_at(text, words, words[k].start())
    # (past a fronted adjunct set off by a comma: "من جانبه، أطلع المالكي …")
    for j in range(first + 1, min(first + 4, k)):
        if re.search(r"[،,]", text[words[j - 1].end() : words[j].start()]):
            lead = _unconj(_n(words[first].group()))
            # (not a present verb with its object: "ويقاطعها يوسف، الذي …، قائلا")
            owns = _owns(words[first].group()) and not (lead[:1] in "يت" and _verb_perhaps_with_object(lead))
            if lead in _STOP or owns:
                first = j
            break
    if k - first < 3:
        return False
    lead, head = _unconj(_n(words[first].group())), _bare(words[first + 1].group())
    written = words[first + 1].group()
    named = (
        _n(written).startswith("ال")
        and is_attested_name(written)
        and _accusative(words[first + 2].group())
        and not text[words[first + 1].end() : words[first + 2].start()].strip()
    )
    # (or a verb and a given name: "ويقاطعها يوسف، الذي يحلم بأن يصبح مهندسا، قائلا")
    named = named or (
        is_given_name(written) and not _n(written).startswith("ال") and _verb_perhaps_with_object(words[first].group())
    )
    # ("وعقب المستشار الإعلامي لرئيس الوزراء على الأنباء، نافيا": commented, a verb, where a title follows it; the
    # preposition "after" takes an event, "عقب اللقاء")
    commented = lead == "عقب" and head in title_words()
    return (
        (lead not in _STOP or commented)
        and lead not in _TIME
        and not lead.startswith("ال")
        and _bare(lead) not in title_words() | body_words()
        and not _COMPLEMENTISER.match(lead)
        and not text[words[first].end() : words[first + 1].start()].strip()
        and (head in title_words() | body_words() or named)
    )


def _accusative(word: str) -> bool:
    """Is the word an indefinite accusative that is no name ("جنودا"، "وفدا"), as written?"""
    return not _n(word).startswith("ال") and _DIACRITICS.sub("", word).endswith("ا") and not is_name_word(word)


# A stretch set off by commas that opens with a word: _circumstantial tells whether it says how someone acted.
_HOW_ACTED = re.compile(r"\s*[،,]\s*(\w+)[^،,.:؛!?؟\"«»“”\n]{0,100}[،,]")


def _topic_then_name(text: str, pos: int, limit: int) -> bool:
    """Do a few words of what a body is about, then a given name and one or two more of a name, end the phrase
    ("بشأن تغير المناخ سيمون ستيل إن")?"""
    words = _words(text, pos, limit)[:7]
    for k in range(1, min(4, len(words))):
        given = words[k].group()
        if is_given_name(given) and not _n(given).startswith("ال") and not is_common_noun(given):
            return any(
                _closes_phrase(text, words[j].end(), limit) and not any(_verb_at(x.group()) for x in words[k : j + 1])
                for j in range(k + 1, min(k + 3, len(words)))
            )
    return False


def _agrees_with_next(following: str) -> bool:
    """Is the word after a feminine adjective a noun with "his"/"her" it agrees with ("المنتهية ولايته"): no clitic
    preposition, conjunction ("ومؤيديها") or complementiser ("بأنها") before the pronoun's noun?"""
    conjoined = following[:1] == "و" and not any(is_common_noun(x) for x in _owned_forms(following))  # ("ولايته": a noun in و)
    return _owns(following) and following[:1] not in "بلف" and not conjoined and not _complementiser(following)


def _adverb_in_accusative(word: str) -> bool:
    """Is the word an adjective of the dictionary in the indefinite accusative, as an adverb ("رسميا"، "مجددا"،
    "نهائيا")?"""
    return _accusative(word) and not _owns(word) and is_adjective(_DIACRITICS.sub("", word)[:-1])  # (not "باسمها")


def _circumstantial(word: str) -> bool:
    """Is the word a participle in the accusative, how the one just named acted ("، متحدثا عبر الفيديو،"،
    "، مبتسما،"), no apposition?"""
    return _n(word)[:1] == "م" and _adverb_in_accusative(word)


_GOING_ON = {_n(w) for w in "تابع أضاف استطرد واصل مضى يضيف تضيف يتابع تتابع يستطرد تستطرد".split()}  # (and "ويضيف")


def going_on(word: str) -> bool:
    """Is the word a verb of going on speaking, in any person ("وأضاف"، "وتابعت"، "واستطرد")?"""
    return any(_unconj(_n(word)).startswith(v) for v in _GOING_ON)


def _nickname_going_on(text: str, verb: str, span: tuple[int, int]) -> bool:
    """Is the subject of a verb that goes on speaking ("وتابع", "وأضاف") a nickname in quotation marks the
    article uses nowhere else ('"صاروخ ماديرا"')? Then it names the one speaking, as a pronoun would: a
    body's or a person's name comes back unquoted or with its noun ("شبكة "فيسبوك""), a nickname does not."""
    inner = text[span[0] : span[1]]
    if not (inner[:1] in '"“«' and inner[-1:] in '"”»') or not going_on(verb):
        return False
    return text.count(inner.strip('"“”«»')) == 1


_QUANTIFIERS = {_n(w) for w in "بعض كل جميع معظم أغلب مختلف كافة".split()}


def _second_definite_title(words: list[re.Match[str]]) -> int:
    """The index of a second definite title after a definite title and its adjectives, where no name follows it
    ("الوزير الفلسطيني الأمين العام"): the verb's object, as a description complete with its nationality takes no
    other title without a name ("ولي العهد السعودي الأمير محمد" has one). 0 where there is none."""
    if len(words) < 3 or not _definite_title(words[0].group()):
        return 0
    for k in range(2, len(words)):
        if not _definite_title(words[k].group()):
            if not (_title_adjective(words[k].group()) or is_nisba(words[k].group())):
                return 0
            continue
        rest = words[k + 1 :]
        named = any(not _n(x.group()).startswith("ال") or is_attested_name(x.group()) for x in rest)
        return 0 if named or not any(is_nisba(x.group()) for x in words[1:k]) else k
    return 0


def _before_object(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A subject after a verb that takes an object ("وسلطت وكالة بلومبرج الضوء على"), ended before the first
    definite word after its name that is neither an adjective (-ي، -ية) nor a name ("عادل الجبير"), or before a
    noun with a possessive pronoun ("مخاوفه"). The head noun is no name: a genitive goes on with it ("محامو
    المتهم")."""
    named = False
    titled_head = False
    # (Who asked not to be named stays with the subject: "مصدر في الوزارة، فضل عدم ذكر اسمه، عن الوزير".)
    unnamed = _anonymities(text, *span)
    words = list(WORD.finditer(text, span[0], unnamed[0][0] if unnamed else span[1]))
    # (Nor does what "وهو" says of him after a comma: "يوسف، وهو مهندس في الثلاثين من عمره،", his age.)
    she_is = next(
        (k for k, w in enumerate(words) if k and _n(w.group()) in _SHE_IS and _comma_right_before(text, w.start())), None
    )
    words = words[:she_is] if she_is else words
    second = _second_definite_title(words)
    if second:
        return span[0], words[second - 1].end()  # ("أطلع الوزير الفلسطيني الأمين العام على": whom he briefed)
    for k, w in enumerate(words):
        nw, b = _n(w.group()), _bare(w.group())
        titled_head = titled_head or k == 0 and nw.startswith("ال") and b in title_words() | body_words()
        # (After a foreign name, any definite word: "حمّل المدرب جوزيه غوميز الحكم مسؤولية".)
        after_foreign = k >= 2 and _foreign_name(words[k - 2].group(), words[k - 1].group())
        definite = _has_article(w.group()) and not b.endswith(("ي", "يه")) and (not is_name_word(w.group()) or after_foreign)
        # (not a family name the article writes after a given name: "النائبة رانيا الخليفات ما وصفته")
        definite = definite and not (named and nw in _family_names(text, definite=True))
        # (So is a word in ي no name index attests after a given and a family name: "سمير جعجع الثنائي الشيعي".)
        definite = definite or (
            k >= 2
            and nw.startswith("ال")
            and not is_attested_name(w.group())
            and country_of(w.group()) is None
            and is_given_name(words[k - 2].group())
            and not _n(words[k - 1].group()).startswith("ال")
            and _n(words[k - 1].group()) not in _NAME_LINKS  # ("محمد ولد الشيخاني": the son of, then his name)
        )
        # (So right after a family name or a foreign name that opens the subject, a dictionary noun the article gives
        # no one as a name: "وأثار مانشيني الجدل".)
        # (So after a definite family name that a name's link gave: "وافتتح الوزير محمد ولد الشيخاني النقاش".)
        linked = k >= 3 and _n(words[k - 1].group()).startswith("ال") and _n(words[k - 2].group()) in _NAME_LINKS
        definite = definite or (
            (k == 1 and named or linked)
            and nw.startswith("ال")
            and nw not in _family_names(text, definite=True)
            and is_common_noun(w.group())
            and not _title_adjective(w.group())
            and b not in title_words() | body_words()
        )
        # (So is the family name of another, after a given and a family name: "وهنأ رئيس الوزراء محمد شياع السوداني
        # المشهداني" after "انتخب المجلس محمود المشهداني": the article gives it to a given name not in this one.)
        definite = definite or (
            k >= 2
            and nw.startswith("ال")
            and _n(words[k - 1].group()).startswith("ال")
            and any(is_given_name(x.group()) for x in words[: k - 1])
            and _another_bears(text, w.group(), {_n(x.group()) for x in words[:k]})
        )
        # (So is a family name the article gave another, with his given name, before this phrase, after a given and a
        # family name: "حمّل القيادي في حماس أسامة حمدان نتنياهو مسؤولية" after "بنيامين نتنياهو".)
        definite = definite or (
            k >= 2
            and not nw.startswith("ال")
            and is_given_name(words[k - 2].group())
            and not is_given_name(w.group())
            and _another_bears(text[: span[0]], w.group(), {_n(x.group()) for x in words[:k]})
        )
        # (A definite title after the name is whom the verb acts on, though some are names too: "وهنأ الوزير أحمد
        # هنو الأمين العام الجديد".)
        # (Not in an apposition: "رامي عباس، وكيل أعمال النجم المصري محمد صلاح"، whose agent he is.)
        # (So is a definite body's noun, which the romanizer may know as a name too: "وهنأ الوزير أشرف صبحي النادي
        # الأهلي".)
        # (And a sound plural, which the romanizer may attest too: "وهنأ … الأمير نواف بن سعد اللاعبين".)
        definite = (
            definite
            or nw.startswith("ال")
            and (b in title_words() | body_words() or is_sound_plural(w.group()))
            and not re.search(r"[،,]", text[span[0] : w.start()])
        )
        # (Never the title an honorific is given: "وزير المالية، معالي الدكتور X"، "واستقبل سعادة السفير X الوفد".)
        definite = definite and not (k and is_honorific(words[k - 1].group()))
        # (Nor the noun "باسم" governs: "حمّل الناطق باسم الشركة، X، الحكومة مسؤولية", whom he speaks for.)
        definite = definite and not (k and _n(words[k - 1].group()) == _n("باسم"))
        # (Nor a body's name in quotation marks after its noun: "الناطق باسم شركة «البريقة»، X،".)
        definite = definite and not (
            k and text[w.start() - 1 : w.start()] in _QUOTE_OPEN + '"' and _bare(words[k - 1].group()) in body_words()
        )
        # (A possessive pronoun, as written: ه, not the ة that normalises like it: "مخاوفه" is an object; so after
        # a definite title alone: "أبدى المدرب سعادته".)
        owned = len(w.group()) > 3 and _owns(w.group()) and not nw.startswith(("باسم", "و"))
        # (Nor an accusative after a definite title alone: "وقد بدا الوزير متفائلا" is how he seemed.)
        accusative = _accusative(w.group())
        # (Nor ب after a name: "وتوج محمد صلاح بجائزة أفضل لاعب، وقال" is what he was crowned with.)
        # (Never the last word: "سكوت بيسنت إن" is a name the romanizer does not know.)
        # (unless the dictionary has the noun after ب: "يوشيهيكو نودا باستقالة الحكومة"، "نودا باستقالتها")
        complement = (
            nw[:1] == "ب"
            and len(nw) > 3
            and nw not in _NAME_LINKS
            and (k + 1 < len(words) or is_common_noun(w.group()[1:]))
            and not is_name_word(w.group())
        )
        # ("الملك عبد الله الثاني"; "ماجدة خير الله": a name compounded with God's is one name)
        compound = k > 0 and (_bare(words[k - 1].group()) == "عبد" or nw in _GOD_WORDS)
        # (Nor a quantifier, which heads the object: "انتقد رئيس مجلس النواب مايك جونسون بعض بنود القانون".)
        quantifier = nw in _QUANTIFIERS
        # (Nor an office in construct, whom the verb acts on: "وهنأ الوزير الأمير بدر بن فرحان فريق العمل"; not the
        # second office of a chain, "نائب رئيس الدولة", nor in an apposition.)
        office = (
            _office_in_construct(words, k)
            and _bare(words[k - 1].group()) not in title_words()
            and not re.search(r"[،,]", text[span[0] : w.start()])
        )
        # (An accusative after a name's definite last word is no more of the name: "وخاطب البرهان جنودا".)
        after_definite = named and accusative and _n(words[k - 1].group()).startswith("ال")
        # (Nor one its tanween marks, which no name has: "واستقالت الوزيرة أنيليسي دودز احتجاجاً"; nor a noun of the
        # dictionary with the accusative's alif: "شن الرئيس التركي رجب طيب أردوغان هجوما حادا".)
        after_definite = after_definite or named and "\u064b" in w.group() and not nw.startswith("ال")
        after_definite = after_definite or named and accusative and is_common_noun(_DIACRITICS.sub("", w.group())[:-1])
        # (Nor an indefinite noun of the dictionary right after a family name the article gave alone: "وعرض نتنياهو
        # خريطة للمحور، مضيفا"; not a name's next part, "عباس زكي".)
        after_definite = after_definite or (
            k == 1
            and named
            and _n(words[0].group()) in _family_names(text)
            and not nw.startswith("ال")
            and is_common_noun(w.group())
            and not is_name_word(w.group())
            and not is_attested_name(w.group())
            and not is_adjective(w.group())
            and not _title_adjective(w.group())
            and b not in title_words() | body_words()
        )
        # (Nor a body's noun heading a construct right after a name: "هنأ رئيس الاتحاد X نادي الهلال".)
        body_head = (
            named
            and k + 1 < len(words)
            and not nw.startswith("ال")
            and b in body_words()
            and _n(words[k - 1].group()) not in _STOP | {"باسم"}
            and _bare(words[k - 1].group()) not in title_words() | body_words()
        )
        # (Nor a definite title after a body's whole name, its adjective last: "ونعت نقابة المهن التمثيلية الفنان
        # الراحل في بيان"; a body is no one's title.)
        body_then_title = (
            k >= 2
            and _bare(words[0].group()) in body_words()
            and nw.startswith("ال")
            and b in title_words()
            and _n(words[k - 1].group()).startswith("ال")
            and _nisba_like(words[k - 1].group())
            and not re.search(r"[،,]", text[span[0] : w.start()])
        )
        # (Nor a definite body's noun right after a definite title, which has no genitive: "وزار الوزير المستشفى".)
        title_then_body = k == 1 and _definite_title(words[0].group()) and nw.startswith("ال") and b in body_words()
        # (Nor any plain definite noun right after a definite title or body, before its adjective: "وألقى الأمير
        # النطق السامي، وقال فيه"; "ورفضت الوزيرة التعليقات" is the two-word case.)
        title_then_body = title_then_body or k == 1 and titled_head and _plain_object(w.group())
        if (
            (named and not compound and (definite or owned or complement or quantifier or office or after_definite or body_head))
            or (k == 1 and (owned or accusative) and titled_head)
            or body_then_title
            or title_then_body
        ):
            # (A definite genitive's head, no name after a given and a family name, is the object's too: "وأيدت
            # الوزيرة ياسمين فؤاد دعوة الأمين العام".)
            head = words[k - 1].group() if definite and k >= 3 else ""
            if (
                head
                and not _n(head).startswith("ال")
                and not is_attested_name(head)
                and is_common_noun(head)  # (not a family name the romanizer does not know: "رجب طيب أردوغان")
                and (is_given_name(words[k - 3].group()) or is_attested_name(words[k - 3].group()))
                # (or a foreign family name no Arabic word is: "الدكتور تيم سبيكتور منهجية الدراسة")
                and (is_name_word(words[k - 2].group()) or not is_arabic_word(words[k - 2].group()))
                # (but after "بن" the word is the father's name: "فهد بن نافل اللاعبين")
                and _n(words[k - 2].group()) not in _NAME_LINKS
            ):
                w = words[k - 1]
            return trim_span(text, span[0], w.start(), " ،,")
        # (A country's or a person's name may come first: "كوريا الجنوبية التقدم".)
        # (Not a title the romanizer also knows as a name: "حمّل عضو المجلس البلدي X السلطات".)
        head_named = k == 0 and (
            b in _country_words()
            or (b,) in body_names()  # (a listed body's one-word name: "ووصفت حماس الرواية الإسرائيلية بأنها")
            or is_name_word(w.group())
            and b not in title_words()
            # (or a family name the article gave: "وانتقد ترامب الحكومة الكندية" after "الرئيس الأمريكي دونالد ترامب";
            # or a foreign name no Arabic word is: "وأثار مانشيني الجدل")
            or (nw in _family_names(text) or not is_arabic_word(w.group()) and not nw.startswith("ال"))
            and b not in title_words() | body_words()
        )
        named = (
            named
            or head_named
            or k > 0
            and not nw.startswith("ال")
            and b not in title_words() | body_words()
            and nw not in _GENERIC
            and nw not in _STOP  # ("مصدر في وزارة الطاقة": where the source is)
            and not (nw[:1] == "ل" and is_common_noun(w.group()[1:]))  # ("الاتحاد السعودي لكرة القدم": a genitive)
            # ("رئيس حركة مجتمع السلم": a body's genitive, a noun of the dictionary, is more of its name)
            and not (_bare(words[k - 1].group()) in body_words() and is_common_noun(w.group()) and not is_given_name(w.group()))
        )
    if _two_countries_last(words):
        return trim_span(text, span[0], words[-1].start(), " ،,")
    return span


def _up_to_object(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The subject of a verb that takes an object, up to that object, by either reading: after a name or a body's
    name (_before_object_after_name: "حمّل الوزير نتنياهو مسؤولية تعطيل الاتفاق"), then after its own words
    (_before_object)."""
    return _before_object(text, _before_object_after_name(text, span))


def _chain_head(word: str) -> bool:
    """Can the word head an indefinite construct after a name, no part of it: a noun of the dictionary that is no
    name, title or body ("سحب"، "مشروع"; not "طيب" of "رجب طيب أردوغان", a family name the romanizer does not know)?"""
    return (
        not _n(word).startswith("ال")
        and not is_attested_name(word)
        and is_common_noun(word)
        and _bare(word) not in title_words() | body_words()
        and _n(word) not in ("احد", "احدي")  # ("جون ويلكس أحد أعضاء البرلمان": one of them, his apposition)
        and not is_honorific(word)  # ("وزير المالية، معالي الدكتور X": His Excellency, before the name)
    )


def _plain_object(word: str) -> bool:
    """After a definite title alone, is the definite word a noun the dictionary has, and no adjective, title or
    body, that no name is spelt like: the object ("ورفضت الوزيرة التعليقات")?"""
    return (
        _n(word).startswith("ال")
        and is_common_noun(word)
        and not is_adjective(word)
        and not _title_adjective(word)
        and _bare(word) not in title_words() | body_words() | _UNNAMED
        and not is_attested_name(word)
    )


def _two_countries_last(words: list[re.Match[str]]) -> bool:
    """Do the words end in "the two countries" after a definite word: whom the verb acts on ("وشكرت وزارة الخارجية
    الإماراتية البلدين على"), not their genitive ("وزيرا خارجية البلدين")?"""
    return len(words) > 2 and _bare(words[-1].group()) in _TWO_COUNTRIES and _n(words[-2].group()).startswith("ال")


_SEEMING = {_n(w) for w in "بدا بدت بدوا".split()}


def _before_verb(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A subject before its verb ("لكن محكمة التمييز العراقية أعادت دراسة الملف"), ended at the first word that
    cannot go on its noun phrase: a word without the article after a definite word other than a title (which
    a name may follow), unless it is a preposition's ("الاتحاد السعودي للعبة")."""
    ws = list(WORD.finditer(text, span[0], span[1]))
    for j, (a, b) in enumerate(zip(ws, ws[1:], strict=False)):
        na, nb = _n(a.group()), _n(b.group())
        if nb in _SEEMING:
            return span[0], a.end()  # ("كمال حداد بدا أكثر تحفظا": a verb no name has)
        if j + 2 == len(ws) and is_verb_form(b.group()) and not (is_common_noun(b.group()) or is_name_word(b.group())):
            return span[0], a.end()  # ("أن المرشح عبد العالي شريف شارك في": the verb that ends the span)
        # ("رئيس الوزراء كمال حداد بدا": after a description, his name, though the romanizer may not know the given
        # name when it knows the family name before the verb that ends the span: "زعيم المعارضة يائير لابيد اتهمه";
        # "أن الكون ثابت" is no name)
        family = ws[j + 2] if j + 4 == len(ws) and not _n(ws[j + 2].group()).startswith("ال") else None
        # (A definite word joined by و goes on the phrase: "عضو لجنة الزراعة والمياه في البرلمان X".)
        if na.startswith("ال") and _bare(a.group()) not in title_words() and not nb.startswith(("ال", "ل", "وال")):
            if not _described(text, span[0], a.end()):
                return span[0], a.end()
            # (or a foreign name of up to three words, ending the span or before the verb that does: "النائبة
            # الجمهورية كاثي مكموريس رودجرز قاطعته")
            for name in (ws[j + 1 :], ws[j + 1 : -1]):
                if (
                    2 <= len(name) <= 3
                    and not is_arabic_word(name[-1].group())  # (no verb: "يائير لابيد اتهمه"، "وليد نصار بدا")
                    and _foreign_name(name[-2].group(), name[-1].group())
                ):
                    return span[0], name[-1].end()
            if not is_given_name(b.group()):
                return span[0], family.end() if family and is_attested_name(family.group()) else a.end()
    return span


_AFFILIATED = {_bare(w) for w in "تابع تابعة تابعون تابعين تابعتين التابع التابعة التابعين".split()}
_MEDIA_JOBS = {_bare(w) for w in "مراسل مراسلة محرر محررة صحفي صحفية مذيع مذيعة كاتب كاتبة تحرير مقدم مقدمة".split()}
_WIRES = {_n(w) for w in "الأنباء أنباء رويترز فرانس أسوشيتد اسوشيتد الأناضول سبوتنيك نوفوستي تاس بلومبرغ شينخوا".split()}


# An outlet's name (quoted, or up to three words) and the complementiser after it: "لـ«الشرق الأوسط» إن".
# (or a comma and "فإن" after a source's phrase: "وبحسب ما صرح به X لوكالة الأنباء الرسمية، فإن"; or when he
# told it between them: 'لوكالة الأنباء الإيرانية "إرنا" عقب اللقاء بأن')
_OUTLET_TOLD = re.compile(
    r"\s*(?:ـ\s*)?([\"«“][^\"«»“”\n]{1,40}[\"»”]|(?:[^\s،,.:؛]+\s+){0,2}[^\s،,.:؛]+)"
    r"(?:\s+(?:عقب|إثر|اثر|بعد|قبيل|خلال|أثناء|اثناء|لدى)(?:\s+[^\s،,.:؛\"«»“”]+){1,3}?)?"
    r"(?:\s+(?:إن|أن|بأن)|\s*[،,]\s*فإن)(?!\w)"
)


def _told_outlet(text: str, start: int, w: re.Match[str]) -> bool:
    """Is the word at w "ل" and an outlet that a speaker phrase begun at start spoke to, its name and then the
    complementiser following ("لصحيفة «الشرق الأوسط» إن"، "لوكالة رويترز إن")? Not after a media job, whose
    outlet it is ("مراسل لقناة الجزيرة"); an agency (وكالة) only when it is a news wire's, named in quotes or
    by a wire's word ("لوكالة الطاقة الذرية" is the body a title heads)."""
    nw = _n(w.group())
    if nw[:1] != "ل" or any(_bare(x) in _MEDIA_JOBS for x in WORD.findall(text, start, w.start())):
        return False
    if re.fullmatch(r"ل\u0640?(?:[A-Za-z][A-Za-z0-9.]*|\w+\d+)", w.group()) and _opens_words(
        _n(_next_word(text, w.end(), len(text)))
    ):
        return True  # ("لـCNN إن"، "لفرانس24 بأن": an outlet by its Latin name or its channel's number)
    if nw[1:] in LETTER_NAMES and _spelt_letters(text, w.start() + 1, len(text)) is not None:
        return True  # ("وقال مسؤولون لبي بي سي إن": a network by its letters, which no one is a fan of)
    if not re.fullmatch(_OUTLET, nw[1:]):
        return False
    named = _OUTLET_TOLD.match(text, w.end())
    if named is None:
        return False
    if _bare(nw[1:]).startswith("وكال") and named.group(1)[:1] not in '"«“':
        return _n(_next_word(text, w.end(), len(text))) in _WIRES
    return True


# An outlet's noun and its name in quotation marks ('لقناة "بي إن سبورتس"', 'على منصة "إكس"'): a name, not words.
_OUTLET = (
    r"(?:ال)?(?:وكال|صحيف|جريد|قنا|شبك|إذاع|اذاع|مجل|منص|صفح)(?:[ةه]|ت(?:ه|ها|هم))"
    r"|(?:ال)?(?:تلفزيون|موقع|حساب|برنامج|تطبيق)(?:ه|ها|هم)?"
    r"|(?:ال)?(?:مراسل|موفد)(?:ة|ي)?"
)
_OUTLET_NAME = re.compile(
    r"(?<![\w])(?:[وفبل]?(?:" + _OUTLET + r")\s*|لـ\s*"
    r"|(?:مقابل|حديث|حوار|لقاء|اتصال)\w*\s+(?:\w+\s+)?(?:مع|إلى|الى)\s+"
    r"|خص\S*\s+(?:به|بها|بهما|بهم)\s+"  # ('في تصريح خص به "الشرق الأوسط"': whom he gave it to)
    # ('في تغريدة على «إكس»'، 'عبر حسابه على «تلغرام»': the platform it was posted on)
    r"|(?:منشور|تغريدة|تدوينة|حساب|حسابه|حسابها|صفحته|صفحتها|منصة)\s+(?:على|عبر)\s+"
    r"|(?:تقرير|كتاب|دراسة|فيلم|مسلسل|رواية|كتابه|كتابها)\s+"  # ('في تقرير "الآفاق الاقتصادية العالمية"': its title)
    r"|(?:ب|تحت\s+)عنوان\s+)"  # ('في مذكراتها التي صدرت بعنوان "الحرية"': a work by its title)
    r'(["«“][^"«»“”\n:،,]{1,40}["»”])'
    # (or an agency's acronym after its full name: 'لوكالة الأنباء السعودية "واس"')
    r"|(?<![\w])[وفبل]?(?:" + _OUTLET + r')(?:\s+\w+){1,3}\s*(["«“]\w{2,6}["»”])'
)  # ('في حديث لـ"سكاي نيوز عربية"': whom it was said to, by name; "في مقابلة خاصة مع «الغد»": with whom)
_QUOTED_ADDRESSEE = re.compile(
    # (an agency's initials in brackets as a wire writes them: "لـ(كونا)")
    r"[\s،,]*ل(?:ـ?\s*|(?:" + _OUTLET + r')\s*)(?:["«“][^"«»“”\n]{1,40}["»”]|\([^()\n]{1,40}\))'
    r"|[\s،,]*ل(?:" + _OUTLET + r')(?:\s+\w+){1,3}\s*["«“]\w{2,6}["»”]'  # ('لوكالة الأنباء الأردنية "بترا"')
)


def _outlet_names(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The quoted outlet names in text[s:e], marks included: no name opens with a negation or a particle of the
    verb ('إن الوكالة «لن تتوقف عن عملها»' quotes what the agency will do), nor runs past five words."""
    spans = [m.span(1) if m.group(1) else m.span(2) for m in _OUTLET_NAME.finditer(text, s, e)]
    # ('أن البرنامج "يحتاج إلى 500 مليون دولار بشكل عاجل"' quotes what the programme needs)
    outlets = [
        (a, b) for a, b in spans if _n(_next_word(text, a + 1, b)) not in _VERB_PARTICLES and len(WORD.findall(text, a, b)) <= 5
    ]
    # (and a workplace's, a body's noun first: "، الزميل الأول في «معهد أتلانتيك للسياسات»،")
    return outlets + [
        m.span() for m in _WORKPLACE_NAME.finditer(text, s, e) if _bare(_next_word(text, m.start() + 1, m.end())) in body_words()
    ]


_WORKPLACE_NAME = re.compile(r'(?<=في )["«“][^"«»“”\n:،,.]{2,60}["»”]')


_VERB_PARTICLES = _NEGATIONS | {_n(w) for w in "قد لقد سوف ليس ليست".split()}


# A stretch set off by commas right before the complementiser (after whom the words were said to).
_SET_OFF_THEN_SAID = re.compile(r"\s*[،,][^،,.:؛\"«“\n]{1,120}[،,]\s*ب?[إأ]ن(?:ه|ها|هم)?\s")


def _past_addressee(text: str, pos: int, limit: int) -> int:
    """ "قال الوزير للصحفيين إن", "أوصت اللجنة الاتحاد السعودي بأن": up to four words of addressee (ل-, a
    definite noun) or time between the speaker and the complementiser are not the reported words. Any other word
    is ("أكد ضرورة أن": the need is what he stressed)."""
    named = _QUOTED_ADDRESSEE.match(text, pos, limit)
    if named:
        # 'لـ"سكاي نيوز عربية"': to whom, by name (and "، طالبا عدم الكشف عن هويته،" after it: who asked not to
        # be named)
        anonymity = ANONYMITY.match(text, named.end(), limit)
        return _past_addressee(text, anonymity.end() if anonymity else named.end(), limit)
    words = list(WORD.finditer(text, pos, min(limit, pos + 80)))
    first_to = words and _n(words[0].group())[:1] == "ل" and (len(words[0].group()) >= 3 or _pronoun_prep(_n(words[0].group())))
    # ("قالت الوزيرة لي إن": to me; "وقال الوزير، وهو عضو في الحزب، لوكالة رويترز إن": after an apposition.)
    if first_to and not text[pos : words[0].start()].strip(" \t،,"):
        # "لبي بي سي عربي إن"، "للصحفيين في برلين بأن": an addressee and where, up to a near complementiser
        # (past who asked not to be named: "لوكالة فرانس برس طالبا عدم الكشف عن هويته بأن").
        spelt = (
            _spelt_letters(text, words[1].start(), limit)
            if len(words) > 1 and _bare(_n(words[0].group())[1:]) in _PRESS
            else None
        )
        if spelt:
            # ("لشبكة سي إن إن، طالبا عدم نشر اسمه، إن": the network's name spelt out, whose "إن" is no complementiser)
            anonymity = ANONYMITY.match(text, spelt, limit)
            return anonymity.end() if anonymity else spelt
        anonymity = ANONYMITY.match(text, words[0].end(), limit)
        if anonymity:
            return anonymity.end()  # "للصحفيين، شريطة عدم الكشف عن اسمه، إن"
        told = _TOLD_THEN_WORDS.match(text, words[0].end(), limit)
        if told:
            return told.end()  # ("لعنب بلدي، إن": whom, then the comma before the complementiser)
        to = words[0].start()
        for j in range(1, min(6, len(words))):
            w = words[j]
            clean_so_far = not re.search(r"[.،,:؛\"“«”»]", text[to : words[j - 1].end()])
            comma_fa = _n(w.group())[:1] == "ف" and clean_so_far
            if clean_so_far and re.match(r"\s*:", text[words[j - 1].end() : w.start()]):
                return words[j - 1].end()  # "لوكالة رويترز: «…»": the quotation after the colon
            anonymity = ANONYMITY.match(text, words[j - 1].end(), limit) if clean_so_far else None
            if anonymity:
                return anonymity.end()  # ("لوكالة فرانس برس، طالبا عدم ذكر اسمه:")
            if clean_so_far and _SET_OFF_THEN_SAID.match(text, words[j - 1].end(), limit):
                return words[j - 1].end()  # ("للوفد، بحسب بيان للقيادة العامة، إن": whom, then a stretch set off)
            if re.search(r"[.،,:؛\"“«”»]", text[to : w.start()]) and not comma_fa:
                break  # (but a comma may stand before "فإن": "حسبما أفاد شهود لوكالة فرانس برس، فإن")
            if _opens_words(_n(w.group())):
                return w.start()
    for j, w in enumerate(words[:5]):
        nw = _n(w.group())
        if j and _opens_words(nw):
            return w.start()
        # (Before the first word, the comma that closes an apposition: "، الدكتور أحمد سعيد، لوكالة الأنباء".)
        gap = text[pos : w.start()].strip(" ،,") if j == 0 else text[words[j - 1].end() : w.start()]
        quoted_name = j > 0 and _n(words[j - 1].group()) == "ل" and gap.strip() in ('"', "«", "“")
        if j and ":" in gap and not quoted_name:
            return words[j - 1].end()  # "للصحفيين: «…»": the quotation after the colon
        if re.search(r"[.،,:؛\"“«”»]", gap) and not quoted_name:  # ('لـ"العربية"': to whom, by name)
            break
        if (
            j
            and nw in _ADJUNCT_START
            and max(_past_medium(text, w.start(), limit), _past_adjunct(text, w.start(), limit)) > w.start()
        ):
            return w.start()  # "وكالة فيتش للتصنيف الائتماني في تقرير صدر أمس أن": then where it was said
        if not (nw.startswith(("ال", "لل", "ل")) and len(nw) > 3 or nw in _TIME or nw == "ل" or quoted_name):
            break
    return pos


# How far after a verb the word it needs may stand: past a long subject ("اعتبر اليوم السبت محامو الفرنسية ...
# والتي تحاكم في العراق بتهمة الإرهاب، أن").
_NEEDS_WITHIN = 25


def _farewell(word: str, words: list[re.Match[str]], k: int) -> bool:
    """Is "ودعت"/"ودعوا" the verb ودّع (bade farewell), not و + دعت (and she called)? So where the shadda says
    it, or where neither "إلى" nor a complementiser follows, as a call has ("ودعت الوزيرة إلى"، "ودعوا إلى أن")."""
    plain = _DIACRITICS.sub("", word)
    if _n(plain) not in ("ودعت", "ودعوا"):
        return False
    if "\u0651" in word:
        return True
    if any(_n(w.group()) in ("الي", "ان", "بان") for w in words[k + 1 : k + _NEEDS_WITHIN]):
        return False
    # (nor where a quotation holds what she called for: 'ودعت الصين «جميع الأطراف إلى ضبط النفس»')
    after = words[k].string[words[k].end() : words[k].end() + 200]
    quoted = re.search(r"[«“\"]([^»”\"\n]*)", after.split("\n")[0])
    return not (quoted and re.search(r"(?<!\w)(?:إلى|الى)(?!\w)", quoted.group(1)))


def _needs_met(verb: _Verb, words: list[re.Match[str]], k: int) -> bool:
    """Does the verb at words[k] report here: it needs no word after it, or the word it needs follows (right after
    it for "بيّن", within _NEEDS_WITHIN words otherwise)? A need ":" is met by a colon after the verb and at most a
    short subject ("وزاد المتحدث:"، "وزاد:"), where "وزاد عدد القتلى" (increased) has none."""
    if not verb.needs:
        return True
    if ":" in verb.needs.split("|") and _colon_follows(words, k):
        return True
    return _needed_follows(verb, words[k + 1 : k + (2 if verb.needs_next else _NEEDS_WITHIN)])


def _colon_follows(words: list[re.Match[str]], k: int) -> bool:
    """Does a colon close the verb at words[k] and its subject of at most eight words (a relation or title, where
    it is held, a name, how it was said: "وعلق زميله في إنتر ميامي لويس سواريز مازحا:"), with no other punctuation?"""
    text = words[k].string
    end = words[min(k + 8, len(words) - 1)].end() if k + 1 < len(words) else len(text)
    gap = re.match(r"[^.،,:؛!؟?\n\"“«”»]*:", text[words[k].end() : end + 1])
    # (not another reporting verb's colon: "علّق أحدهم ورقة كُتب عليها: «…»" hung a sheet with words written on it)
    return gap is not None and not any(_verb_at(x) for x in WORD.findall(gap.group()))


def _needed_follows(verb: _Verb, after: list[re.Match[str]]) -> bool:
    """Does a word the verb needs stand in these words, as the verb's own complement? "إلا أن"، "رغم أن" open a
    clause of their own ("وكانت المنصة تعتبر أكثر سهولة، إلا أن ...")."""
    words = [_n(w.group()) for w in after]
    # (Up to another reporting verb: "أقر المجلس القانون، في خطوة وصفها الوزير بأنها" — the complementiser is
    # the other verb's, and أقر approved.)
    words = words[: next((j for j, w in enumerate(words) if _reporting_form(w)), len(words))]
    for need in verb.needs.split("|"):
        parts = need.split()  # (two words: "توصل الباحثون إلى أن")
        for j in range(len(words) - len(parts) + 1):
            if words[j : j + len(parts)] == parts and (j == 0 or words[j - 1] not in _OWN_CLAUSE):
                return True
            # ("نقل مكتب بري عنه قوله": from him, and his saying)
            relayed = len(parts) == 1 and words[j] in {parts[0] + p for p in ("ه", "ها", "هم")}
            if relayed and j + 1 < len(words) and _RELAYED_SAYING.fullmatch(words[j + 1]):
                return True
    return False


def _event_head(word: str) -> bool:
    """Is the word an indefinite verbal noun (Arramooz) that names no one, no title, body or source word: an event
    heading a construct ("ارتفاع الأسعار"، "استقرار التضخم")?"""
    head = _DIACRITICS.sub("", word)
    return not has_article(head) and is_verbal_noun(head) and _bare(head) not in title_words() | body_words() | _UNNAMED


def _event_object(text: str, w: re.Match[str], limit: int) -> bool:
    """Does the word open an event's construct after a definite title or a name: an indefinite verbal noun no one
    is named, with a definite genitive that is no name, time or compound name's second part ("انطلاق المهرجان")?
    A definite title takes no indefinite genitive; a name's next word is a name ("الرئيس عون"، "فتح الله")."""
    genitive = _n(_next_word(text, w.end(), limit))
    plain = _DIACRITICS.sub("", w.group())
    return (
        _event_head(plain)
        and not (plain[:1] == "و" and is_verbal_noun(plain[1:]))  # ("واقتحام": and a second event)
        and not is_given_name(w.group())
        and genitive.startswith("ال")
        and genitive not in _TIME | {"الله", "الدين"}
        and not is_attested_name(_next_word(text, w.end(), limit))
    )


def _event_before_need(text: str, span: tuple[int, int], verb: _Verb, e: int) -> bool:
    """Is the phrase right before the word the verb needs an event's construct ("ارتفاع الأسعار"، "تأخر صرف
    الرواتب"): a verbal noun that is no title, body or source word, with its definite genitive? A verb with an
    object has its subject before it, so such a phrase alone is the object, the subject left out."""
    words = WORD.findall(text, *span)
    # (or any noun no one is named by: "وأرجعت أصل عبيد الله المهدي إلى الفرس")
    head = _DIACRITICS.sub("", words[0]) if words else ""
    thing = (
        not _n(head).startswith("ال")
        and is_common_noun(head)
        and not is_attested_name(head)
        and _bare(head) not in _person_nouns() | body_words() | _UNNAMED
    )
    return (
        len(words) > 1
        and (_event_head(words[0]) or thing)
        and _n(words[-1]).startswith("ال")
        and _needed_follows(verb, list(WORD.finditer(text, span[1], e))[:1])
    )


def _object_ends_subject(text: str, span: tuple[int, int], verb: _Verb, e: int) -> bool:
    """Does the last word of a body's construct close the subject as the object of a verb that takes one, where
    only a medium stands between it and the word the verb needs ("وبررت وزارة البترول القرار في بيان بـ")? An
    indefinite body's noun has one definite genitive; a definite word after it that agrees with neither as an
    adjective would (no nisba in ي, no feminine in ة) is what the verb acts on."""
    words = WORD.findall(text, *span)
    if len(words) != 3 or not verb.takes_object or not verb.needs:
        return False
    head, genitive, last = words
    at = span[1] + len(text[span[1] : e]) - len(text[span[1] : e].lstrip())
    after = list(WORD.finditer(text, _past_medium(text, at, e, frozenset(verb.needs.split("|"))), e))[:1]
    return (
        not _n(head).startswith("ال")
        and _bare(head) in body_words()
        and _n(genitive).startswith("ال")
        and _n(last).startswith("ال")
        and is_common_noun(last)
        and not _n(last).endswith(("ي", "يه", "ه"))
        and _bare(last) not in title_words() | body_words()
        and country_of(last) is None
        and not is_attested_name(last)
        and _needed_follows(verb, after)
    )


_OWN_CLAUSE = {_n(w) for w in "إلا الا رغم برغم بعد قبل منذ حتى لو لولا غير حيث".split()}
_IMPERSONAL = {_n(w) for w in "يذكر ويذكر يشار ويشار يقال ويقال يعتقد ويعتقد يقدر ويقدر".split()}
_RESUMPTIVE = {_n(w) for w in "فيه فيها فيهما فيهم خلاله خلالها".split()}
_ANAPHOR = re.compile(r"^(?:هذا |هذه )?(?:ال)?[اأ]خير[ةه]?$")
_FORMER = re.compile(r"^ال[اأ]ول[ىي]?$")  # "the former" (الأول، الأولى), normalised
# ", في إشارة إلى ...": the reporter explaining what the words refer to; what follows is no one's words.
_GLOSS = re.compile(r"[،,]\s*(?:و?ذلك\s+)?و?في\s+(?:إشارة|اشارة|تلميح)\s+(?:إلى|الى|ل)")


def _impersonal(word: str, nxt: str, after: str) -> bool:
    """ "يذكر أن"، "يشار إلى أن"، "يقال إن": a passive with no agent (the reporter's background), the present
    tense without a subject right before its complementiser."""
    if _n(word) not in _IMPERSONAL:
        return False
    return bool(_COMPLEMENTISER.match(nxt)) or nxt in ("الي", "إلى") and bool(_COMPLEMENTISER.match(_n(after)))


# Honorifics with "his/her" standing for a person ("سموه" His Highness), and the title each refers back to.
_HONOURED = {
    _n(pronoun): title
    for title, pronouns in (
        ("سمو", "سموه سموها"),
        ("معالي", "معاليه معاليها"),
        ("فخامة", "فخامته"),
        ("جلالة", "جلالته جلالتها"),
        ("سماحة", "سماحته"),
        ("فضيلة", "فضيلته"),
        ("سيادة", "سيادته سيادتها"),
        ("سعادة", "سعادته سعادتها"),
    )
    for pronoun in pronouns.split()
}
# The honorifics themselves, before a title ("سمو أمير البلاد"، "صاحب السمو"، "معالي الوزير").
_HONORIFIC_NOUNS = {_bare(t) for t in set(_HONOURED.values()) | {"صاحب", "سعادة"}}


def _honoured_by(text: str, w: re.Match[str]) -> tuple[int, int] | None:
    """Whom the honorific's pronoun at w stands for ("سموه"، "جلالتها"): _honoured; None for any other word."""
    nw = _n(w.group())
    honour = _HONOURED.get(nw)
    return _honoured(text, w.start(), honour, feminine=nw.endswith("ها")) if honour else None


def _honoured(text: str, at: int, title: str, feminine: bool) -> tuple[int, int] | None:
    """The last person before `at` the article named with this honorific ("صاحب السمو الملكي الأمير محمد بن
    سلمان … ولي العهد"), as a speaker phrase. feminine: the honorific's pronoun is ("جلالتها")."""
    # (Not one named inside someone's words: '"… تمهيدا لرفعه إلى سمو الأمير"' before "وقال سموه".)
    quoted = quote_spans(text, 0, at)
    found = [
        m
        for m in re.finditer(rf"(?<!\w)(?:صاحب\s+)?(?:ال)?{title}(?:\s+الملكي)?(?!\w)", text[:at])
        if not any(qs <= m.start() < qe for qs, qe in quoted)
    ]
    if not found and title == "سمو":
        # (Where no one was named so, the last emir, prince or crown prince: "أمير الكويت الشيخ مشعل …" then
        # "وقال سموه".)
        found = list(_PRINCE.finditer(text, 0, at))
    if not found and title in _HOLDERS:
        # (Where no one was named so, the one president, king or minister the article named before: "رئيس دولة
        # فلسطين محمود عباس" then "وقال سيادته"; none where it named two, or one without a name.)
        # (A phrase with a second title runs on into someone else, the verb's object: "استقبل الملك X وزير
        # الخارجية Y".)
        phrases: list[tuple[tuple[int, int], list[str]]] = []
        for m in _HOLDERS[title].finditer(text, 0, at):
            if _n(m.group().split()[0]).endswith("ه") != feminine:
                continue  # ("وقالت جلالتها": the queen, not the king)
            if phrases and phrases[-1][0][0] <= m.start() < phrases[-1][0][1]:
                continue  # (the same phrase's other title: "العاهل الأردني الملك عبد الله الثاني")
            span = _phrase_at(text, m.start())
            words = WORD.findall(text, *span) if span else []
            if span is None or any(_bare(w) in title_words() and not _HOLDERS[title].fullmatch(w) for w in words):
                return None
            phrases.append((span, words))
        named = {_n(words[-1]) for _, words in phrases if len(words) > 1}
        return next(span for span, words in reversed(phrases) if len(words) > 1) if len(named) == 1 else None
    if not found:
        return None
    span = _phrase_at(text, found[-1].start())
    if span and title == "سمو":
        # (Nor where another prince was named by name after that one: "صاحب السمو الملكي الأمير محمد بن سلمان"
        # in the lead, then "وزير الخارجية الأمير فيصل بن فرحان", then "وقال سموه": either could be meant.)
        name = set(own_name(text[span[0] : span[1]]))
        for m in _PRINCE.finditer(text, span[1], at):
            later = _phrase_at(text, m.start())
            other = own_name(text[later[0] : later[1]]) if later else ()
            if other and other[-1] not in name:
                return None
    return span


def _phrase_at(text: str, pos: int) -> tuple[int, int] | None:
    """The speaker phrase that starts at pos, read up to 200 characters on (an honorific's antecedent)."""
    return speaker_phrase(text, pos, min(len(text), pos + 200))


_PRINCE = re.compile(r"(?<!\w)(?:ال)?أمير(?!\w)|(?<!\w)ولي\s+(?:ال)?عهد(?!\w)")
# The office an honorific is given to, where the article gives no one the honorific itself: a head of state
# ("الرئيس"، "رئيس الجمهورية"، "رئيس دولة فلسطين", not "رئيس الوزراء"), a king, a minister.
_PRESIDENT = re.compile(r"(?<!\w)(?:الرئيس|رئيس\s+(?:ال)?(?:جمهورية|دولة|الدولة))(?!\w)")
_HOLDERS = {
    "سيادة": _PRESIDENT,
    "فخامة": _PRESIDENT,
    "جلالة": re.compile(r"(?<!\w)(?:ال)?(?:ملك|ملكة|عاهل)(?!\w)"),
    "معالي": re.compile(r"(?<!\w)(?:ال)?(?:وزير|وزيرة)(?!\w)"),
}


# An occasion or a stretch of time right after the subject, a definite noun and perhaps its nisba adjective:
# "وأكد سموه خلال اللقاء حرص المملكة"، "ونفى طوال المحاكمة أي تجاوز"، "خلال المؤتمر الصحفي".
_OCCASION = re.compile(
    r"\s*(?:(?:خلال|أثناء|اثناء|طوال|طيلة)\s+ال\w{2,}(?:\s+ال\w+(?:ي|ية|يه))?"
    r"|في\s+(?:اللقاء|الاجتماع|الاتصال|المباحثات|الجلسة|المؤتمر|الكلمة))(?!\w)(?=\s*\S)"
)


def _past_adjunct_occasion(text: str, pos: int, limit: int) -> int:
    """Past an occasion right after the subject (_OCCASION): when, not the words."""
    m = _OCCASION.match(text, pos, limit)
    return m.end() if m else pos


def _latter(text: str, s: int, at: int, phrase: str) -> tuple[int, int] | None:
    """Whom "the latter" (الأخيرة، الأخير) names: the last one of its gender the sentence mentioned before it, a
    country ("دخول الجزائر في المحادثات، لكن الأخيرة رأت"), a body ("واتهم الجيش قوات الدعم السريع …، بينما نفت
    الأخيرة ذلك، وقالت") or a titled person with a name ("استقبل الرئيس X وزير الخارجية الأمريكي أنتوني بلينكن، وأكد
    الأخير أن"), their whole phrase; a person or body named after it is one this reading does not track, and then no
    one is."""
    feminine = _n(phrase).endswith("ه")
    named: list[tuple[int, int]] = []
    for w in WORD.finditer(text, s, at):
        b = _bare(w.group())
        if named and w.start() < named[-1][1]:
            continue  # (inside the phrase just taken: "وزير" of "مكتب وزير الخارجية")
        if feminine and b in _country_words():
            named.append(w.span())
        elif (b in body_words() or b in title_words() or _someones(w.group())) and _written_feminine(w.group()) == feminine:
            span = speaker_phrase(text, w.start(), at)
            span = span if span and span[0] == w.start() else w.span()
            if b in body_words() or b in title_words():
                # (each up to the next one it acted on: "استقبل الرئيس X وزير الخارجية الأمريكي Y")
                span = _up_to_object(text, span)
            person = b not in body_words()
            if person and not any(is_name_word(x) and not _n(x).startswith("ال") for x in WORD.findall(text, *span)):
                continue  # (a title alone, "الوزير", is no one this reading can tell apart)
            named.append(span)
    if not named:
        return None
    # Only when nobody else was named after it ("بنظيرتها من أوغندا سارة، وقالت الأخيرة": Sarah, not Uganda).
    # (The verb before it is no name: "وأكد الأخير".)
    after = [
        _bare(w) for w in WORD.findall(text, named[-1][1], at) if _n(w) not in _STOP and len(_bare(w)) > 2 and not _verb_at(w)
    ]
    if any(w in title_words() or w in body_words() or is_name_word(w) for w in after):
        return None
    return named[-1]


def _written_feminine(word: str) -> bool:
    """Is the noun feminine as written: ة, a plural in ات, or ة before a pronoun ("نظيرتها"، not "نظيره")?"""
    raw = _DIACRITICS.sub("", word)
    return raw.endswith(("ة", "ات")) or re.search(r"ت(?:ه|ها|هم|هما)$", raw) is not None and _someones(raw)


def _the_speaker(phrase: str, alone: bool = True) -> bool:
    """Is the phrase "المتحدث"/"المتحدثة" (alone: and nothing else), the word for a spokesman and for whoever speaks?"""
    words = [_bare(w) for w in WORD.findall(phrase)]
    return (words == ["متحدث"] or words == ["متحدثه"]) if alone else bool({"متحدث", "متحدثه"} & set(words))


def _anaphor(phrase: str) -> bool:
    return bool(_ANAPHOR.match(" ".join(_n(w) for w in WORD.findall(phrase))))


def _definite_title(word: str) -> bool:
    """A title with the article ("الوزير"): it takes no genitive, so a definite noun after it is no part of it."""
    return _n(word).startswith("ال") and _bare(word) in title_words()


def _office_in_construct(words: list[re.Match[str]], k: int) -> bool:
    """Is words[k] an office's title in construct, without the article before a definite genitive ("رئيس المجلس"،
    "فريق العمل")?"""
    word = words[k].group()
    return (
        k + 1 < len(words)
        and not _n(word).startswith("ال")
        and _bare(word) in title_words()
        and _n(words[k + 1].group()).startswith("ال")
    )


def _plural_title(word: str) -> bool:
    """Is the word a definite dual or plural of a title ("الوزيرتين"، "الوزيرين"، "المسؤولين"، "المتحدثات")? One
    person's mention never ends in one."""
    if not _n(word).startswith("ال"):
        return False
    stem = _bare(word)  # (without the article)
    feminine = stem.endswith(("تين", "تان", "ات"))
    singular = re.sub(r"(?:تين|تان|ات)$", "ه", stem) if feminine else re.sub(r"(?:ين|ان|ون)$", "", stem)
    return singular != stem and singular in title_words()


def _without_object(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The subject of a verb that takes an object, without that object (_subject_of). An object's indefinite
    title heads its construct: "اتهم زعيم المعارضة X رئيس الوزراء بأنه" leaves "رئيس" with neither ("الوزراء" was
    read as the object)."""
    if re.search("[،,]", text[span[0] : span[1]]) and re.match(r"\s*[،,]", text[span[1] :]):
        return span  # ("ووصف النائب X، رئيس حزب الكتائب، الانتخاب بأنه": the object follows the closed apposition)
    if any(m.end() == span[1] and m.group().strip(" ،,") for m in ANONYMITY.finditer(text, span[0], span[1])):
        return span  # ("ونفى مسؤول خليجي طلب عدم نشر اسمه وجود": who asked not to be named ends the subject)
    kept = _subject_of(text, span)
    words = list(WORD.finditer(text, kept[0], kept[1]))
    if len(words) < 2:
        return kept
    head, nxt = words[0].group(), words[1].group()
    if (
        _has_article(head)
        and _n(nxt).startswith("ال")
        and (_bare(nxt) in body_words() or _n(nxt)[2:] in _OCCASION_WORDS)
        and not _title_adjective(nxt)
    ):
        # "ودعا الوزير الحكومة إلى"، "وانتقدت المعارضة الحكومة": a definite noun has no genitive, and a body's noun
        # is no adjective; the object. So is an occasion's ("واستهل المدرب المؤتمر الصحفي بالقول": what he opened).
        return kept[0], words[0].end()
    # ("ودعا الأمين العام المتظاهرين إلى": nor is a plural in -ين any adjective of a definite title; the object. So
    # after a title's construct, whose definite genitive ends it: "ودعا رئيس الوزراء المواطنين إلى".)
    construct = (
        not _n(head).startswith("ال")
        and _bare(head) in title_words()
        and _n(nxt).startswith("ال")
        and _bare(nxt) not in title_words()
        and len(words) > 2
    )
    plural = next((x for x in words[2 if construct else 1 :] if not _title_adjective(x.group())), None)
    # (a plural in -يين agrees with a plural before it, as its adjective: "الصحفيين المصريين")
    agrees = plural is not None and _bare(plural.group()).endswith("يين") and is_sound_plural(_word_before(text, plural.start()))
    if (
        (_definite_title(head) or construct and not agrees)
        and plural
        and _n(plural.group()).startswith("ال")
        and _n(plural.group()).endswith("ين")
        and is_sound_plural(plural.group())
    ):
        return kept[0], len(text[: plural.start()].rstrip(" ،,"))
    for k in range(1, len(words)):
        if (
            k == 1
            and _object_after_family_name(text, head, nxt)
            or _object_opens(words[k].group(), words[k - 1].group(), words[k - 2].group() if k > 1 else "")
            or _object_after_surname(text, words[k - 1].group(), words[k].group())
            or _construct_after_name(words[k - 2].group() if k > 1 else "", *(x.group() for x in words[k - 1 : k + 2]))
        ):
            return kept[0], len(text[: words[k].start()].rstrip(" ،,"))
    last, before = words[-1].group(), words[-2].group()
    # (Not a title's own construct: "نائب رئيس" is one title.)
    after_head = _n(before).startswith("ال") or _bare(before) not in title_words() | body_words()
    if kept[1] < span[1] and not _n(last).startswith("ال") and _bare(last) in title_words() and after_head:
        return kept[0], words[-2].end()
    for k in range(1, len(words)):
        prev = words[k - 1].group()
        if _someones(words[k].group()) and _bare(prev) not in title_words() | body_words() and not _n(prev).startswith("ال"):
            # "ووصف الوزير X نظيره بأنه"، "وأبلغ الوزير X نظيره الأمريكي Y أن": after a name, his counterpart and
            # whatever names him are the object.
            return kept[0], words[k - 1].end()
        if _owned_thing(words[k].group()) and _n(prev) not in _STOP and (is_attested_name(prev) or not is_arabic_word(prev)):
            return kept[0], words[k - 1].end()  # ("ويصف تشومسكي آراءه بأنها": after a name, what is his, the object)
        if (
            _n(prev) in _family_names(text, definite=True)
            and not _n(words[k].group()).startswith("ال")
            and _bare(words[k].group()) in body_words()
            and k + 1 < len(words)
        ):
            # "واتهم الصافي وزارة التربية بـ": a family name the article gave takes no genitive; the body is the object.
            return kept[0], words[k - 1].end()
    return kept


def _object_opens(word: str, prev: str, before_prev: str) -> bool:
    """Does the verb's object open at this word of its subject's phrase? A word written with the accusative's
    fatha ("واتهمت زاخاروفا رئيسَ الوزراء"), which no subject or apposition bears; after a proper name, which takes
    no genitive, a definite plural in -ين, no nisba agreeing with it ("ودعت منظمة اليونيسف المانحين الدوليين
    إلى"); after a name of two words, a body with the article ("وطالب X أحمد الوكيل البنك المركزي بـ")."""
    if re.search("[\u064b\u064e]\u0651?$", word) and _n(word) not in _NAME_LINKS:
        return True
    nw, np = _n(word), _n(prev)
    proper = not is_common_noun(prev) and (is_attested_name(prev) or not is_arabic_word(prev))
    if proper and nw.startswith("ال") and nw.endswith("ين") and not nw.endswith("يين") and is_sound_plural(word):
        return True
    # (a name of two words at least: "أحمد الوكيل"، "خليل الحاج توفيق"; one alone may be a body's: "بنك فلسطين")
    return (
        nw.startswith("ال")
        and _bare(word) in body_words()
        and is_attested_name(prev)
        and is_attested_name(before_prev)
        and not {np, _n(before_prev)} & _STOP
        and not (np.startswith("ال") and is_common_noun(before_prev))
        and _bare(prev) not in body_words()
        and _bare(before_prev) not in title_words() | body_words()
    )


def _object_after_family_name(text: str, name: str, word: str) -> bool:
    """After a definite family name alone, one the article gave a given name ("المشهداني" of "محمود المشهداني"),
    does a definite noun that is no nisba or title adjective open the verb's object ("وطالب المشهداني النواب بـ")?"""
    return (
        _has_article(name)
        and _n(name) in _family_names(text, definite=True)
        and _has_article(word)
        and not _title_adjective(word)
    )


def _object_after_surname(text: str, name: str, word: str) -> bool:
    """Does a place, or a body with the article, open the verb's object after a person's name ("وطالب لافروف
    واشنطن بالكف"، "وحذر ماكرون طهران من"، "واتهم غوتيريش الحكومة الأوكرانية بـ")? A title or body is of a place
    ("سفير فلسطين"، "بنك فلسطين"), a person is not; but a club's or a firm's name may hold its city ("أتلتيكو
    مدريد"), so only where the article also writes the name without that word after it, as it does a person's
    ("سيرغي لافروف إن"), or, before a body, where the name is foreign (no Arabic word's or name's)."""
    nn, nw = _n(name), _n(word)
    place = is_place(word) and not nw.startswith("ال")
    body = nw.startswith("ال") and _bare(word) in body_words() and not is_adjective(word)
    if (
        not (place or body)
        or _unconj(nn).startswith("ال")
        or nn in _STOP
        or is_common_noun(name)
        or _bare(name) in title_words() | body_words()
    ):
        return False
    foreign = not is_arabic_word(name) and not is_attested_name(name)
    return _count(text, nn) > _pair_counts(text)[nn, nw] or body and foreign


def _construct_after_name(before: str, name: str, word: str, genitive: str = "") -> bool:
    """Does a noun heading a construct open the verb's object after a family name or a place ("ودعا غوتيريش طرفي
    النزاع إلى"، "وطالب أتلتيكو مدريد رابطة الدوري بـ"، "واتهم لافروف حكومة كييف")? A proper name takes no
    genitive; but a title or a person's noun after it is its apposition ("نتنياهو رئيس الوزراء")، and after a
    given name the construct may be the name's own ("محمد نور الدين"، "سامي عبد الله"). (A name stands first or
    after a title, a nationality or another name, never after a definite common noun: "يصف الاتساق مدى ارتباط".)"""
    nn, nw, ng = _n(name), _n(word), _n(genitive)
    described = _n(before).startswith("ال") and is_common_noun(before) and country_of(before) is None
    family = (
        not (described and _bare(before) not in title_words())
        and not _unconj(nn).startswith("ال")
        and nn not in _STOP
        and not is_given_name(name)
        and (is_attested_name(name) or not is_common_noun(name))
        and _bare(name) not in title_words() | body_words()
    )
    noun = (
        not nw.startswith("ال")
        and nw not in _NAME_LINKS | _STOP
        and not is_given_name(word)  # ("والاجتماعية رمضان بن عمر": a given name after a body's)
        and (is_common_noun(word) or sound_plural_in_construct(word))
        and not (_bare(word) in title_words() | _UNNAMED or _bare(word) in _person_nouns())
    )
    # (A sound plural that lost its ن is a construct whatever its genitive: "واتهم سيميوني لاعبي ريال مدريد بـ".)
    construct = ng.startswith("ال") or is_place(genitive) or bool(ng) and sound_plural_in_construct(word)
    return family and noun and construct and ng not in _COMPOUND_SECONDS | _GOD_WORDS


@lru_cache(maxsize=8)
def _pair_counts(text: str) -> Counter[tuple[str, str]]:
    """How often each two (normalised) words follow one another in the article."""
    words = [_n(w) for w in WORD.findall(text)]
    return Counter(itertools.pairwise(words))


def _before_object_after_name(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The subject up to a country's name that ends its construct, or up to a listed body's whole name, where a
    definite common noun follows that no title, body, adjective or name is: the verb's object ("أعلنت جمعية
    مصارف لبنان الإضراب المفتوح"، "أعلنت حركة فتح السيطرة على")."""
    words = list(WORD.finditer(text, *span))
    if len(words) > 1 and _object_after_body(text, words[0].group(), words[1].group()):
        return span[0], words[0].end()
    for k in range(2, len(words)):
        word, before = words[k].group(), words[k - 1].group()
        # (a nationality: "ونفى المتحدث باسم الجيش الإسرائيلي الاتهامات", whose noun no body after it is either:
        # "واتهم وزير الخارجية الروسي الحكومة الأوكرانية")
        nationality = _n(before).startswith("ال") and country_of(before) is not None
        if (
            (
                _country_as_written(before)
                and not _n(before).startswith("ال")
                or _known_body_ends(text, span[0], words[k - 1].end(), word)
                or nationality
            )
            and _n(word).startswith("ال")
            and is_common_noun(word)
            and _bare(word) not in title_words()
            and (_bare(word) not in body_words() or nationality)
            and not is_adjective(word)
            # (after a nationality, a name the index does not attest: "هنأت الخارجية الأمريكية الشعب اللبناني")
            and not (is_attested_name(word) if nationality else is_name_word(word))
            # (no object in brackets: "عضو في الدفاع المدني السوري (الخوذ البيضاء)" is the body's other name)
            and "(" not in text[words[k - 1].end() : words[k].start()]
        ):
            end = words[k - 1].end()
            return span[0], end + 1 if text[end : end + 1] in '»”"' else end  # ("«حزب الله» الاتفاق": its marks)
        if nationality and _n(before).endswith("يه") and _n(word).startswith("ال") and _n(word).endswith("يين"):
            # ("هنأت الخارجية الأمريكية اللبنانيين": a plural nisba agrees with no feminine singular; the object)
            return span[0], words[k - 1].end()
        # "واتهمت حكومة كينشاسا رواندا بـ": a capital's, then the object (but "رئيسة وزراء إيطاليا جورجيا سانتوس":
        # a given name spelt as a country, a name after it)
        if _another_country(before, word) and not (
            is_attested_name(word) and _may_open_name(_next_word(text, words[k].end(), len(text)))
        ):
            return span[0], words[k - 1].end()
    # "أعلن روتو سحب مشروع القانون": after a name, nouns of the dictionary heading a construct whose definite
    # genitive ends it are the object (a name takes no genitive).
    for k in range(2, len(words)):
        word = words[k].group()
        if not (_n(word).startswith("ال") and is_common_noun(word) and not is_adjective(word) and not is_name_word(word)):
            continue
        j = k
        while j > 1 and _chain_head(words[j - 1].group()):
            j -= 1
        name = words[j - 1].group()
        if (
            j < k
            and (is_name_word(name) or not is_arabic_word(name))
            # ("جماعة أنصار الله"، "قاموس علم اشتقاق الألفاظ": a noun's genitive; also after a preposition: "لجماعة")
            and not (is_common_noun(name) or name[:1] in "لب" and is_common_noun(name[1:]))
            and not _where_held(name)  # ("رئيس قسم التعمير بعمالة إقليم الحوز": a place's genitives)
            and country_of(name) is None
            and _n(name) not in _NAME_LINKS | _STOP | {"باسم"}  # ("المتحدث باسم خفر السواحل")
            and not re.search(r"[^\w\s]", text[words[j - 1].end() : words[k].start()])  # (within the phrase)
        ):
            return span[0], words[j - 1].end()
    return span


def _another_country(place: str, word: str) -> bool:
    """Is the word another country's name right after a place that names a country ("كينشاسا رواندا"), the two no
    country's name together ("غينيا بيساو")? A construct ends at its place; the next country is the object."""
    here, there = country_named(place), country_named(word)
    return (
        here is not None
        and there is not None
        and here != there
        and _country_as_written(word)
        and country_named(f"{place} {word}") is None
    )


def _object_after_body(text: str, body: str, word: str) -> bool:
    """Does a definite noun open the verb's object right after a definite body's noun ("واتهم الجيش الدعم السريع
    بـ")? A noun with the article takes no genitive, so what follows it is its adjective ("الجيش السوداني"), or
    the object where it is a noun that is no adjective, number or title, and one the article also writes without
    that body before it ("قوات الدعم السريع")."""
    nb, nw = _n(body), _n(word)
    return (
        _unconj(nb).startswith("ال")
        and _bare(body) in body_words()
        and opens_another_phrase(word)
        and _count(text, nw) > _pair_counts(text)[nb, nw]
    )


def opens_another_phrase(word: str) -> bool:
    """Is this a definite word that cannot go on a definite noun before it: a noun, not an adjective, number,
    nationality or title ("الجيش الدعم السريع": "الدعم" is no part of "الجيش", which takes no genitive)?"""
    return (
        _n(word).startswith("ال")
        and is_common_noun(word)
        and not is_adjective(word)
        and not is_number(word)
        and country_of(word) is None
        and _bare(word) not in title_words()
    )


# Titles that stand before a holder's name as an honour or rank ("الشيخ خالد"، "الأمير فيصل"، "اللواء X").
HONOUR_TITLES = frozenset(
    _bare(w) for w in "شيخ شيخة أمير أميرة سيد سيدة دكتور دكتورة أستاذ مهندس لواء عميد عقيد فريق مستشار".split()
)


@lru_cache(maxsize=256)
def after_given_name(norm: str, word: str) -> bool:
    """Does the (normalised) article write this definite word as a family name: right after a given name, or a
    given name and a father's ("محمد شياع السوداني")? ("السوداني"، "الخطيب"، "العلماء" then name someone, though
    they spell a nationality, a relation or a plural.)"""
    if not word.startswith("ال") or _bare(word) in title_words() | body_words():
        return False  # ("الملك"، "الحكومة": an office or a body, whoever's name it may follow)
    heads, verbs, stop = title_words() | body_words(), reporting_verb_forms(), stopword_set("arabic")

    def name(w: str, attested: bool) -> bool:
        # ("المتحدث باسم الكرملين": "in the name of", not the given name Basim; "ويعتقد العلماء": a verb)
        return (
            not w.startswith("ال")
            and _bare(w) not in heads
            and w != "باسم"
            and _unconj(w) not in verbs
            and w not in stop  # ("كان العلماء")
            and (is_given_name(w) if attested else is_name_word(w))
        )

    for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", norm):
        before = re.findall(r"\w+", norm[max(0, m.start() - 60) : m.start()])[-2:]
        if before and name(before[-1], attested=True):
            return True
        if len(before) == 2 and name(before[-1], attested=False) and name(before[0], attested=True):
            return True  # (a father's name between)
    return False


@lru_cache(maxsize=8)
def _family_names(text: str, definite: bool = False) -> frozenset[str]:
    """The words the article writes right after a given name, indefinite (or definite): family names ("نبيه بري"،
    "صالح الخرابشة"). (A given name as written: not a verb, nor "على", which normalises to علي.)"""
    words = WORD.findall(text)
    # (A given name compounded with عبد is two words: "عبد الفتاح البرهان" gives "البرهان", not "الفتاح".)
    pairs = [
        (i, a, words[i + 2]) if _n(a) == "عبد" and i + 2 < len(words) else (i, a, words[i + 1])
        for i, a in enumerate(words[:-1])
        if not (i and _n(words[i - 1]) == "عبد")
    ]
    return frozenset(
        _n(b)
        for i, a, b in pairs
        if _n(b).startswith("ال") == definite
        and _n(b) not in _STOP
        and _n(b) not in _NAME_LINKS
        and _unconj(_n(a)) not in _STOP
        and not _DIACRITICS.sub("", a).endswith("ى")
        and not _verb_at(a)
        and (is_given_name(a) or _after_titled_nationality(words, i) and not _n(a).startswith("ال") and not _verb_at(b))
    )


def _after_titled_nationality(words: list[str], i: int) -> bool:
    """Does words[i] follow a title and its nationality ("الرئيس الأمريكي دونالد ترامب"), where a holder's given name
    stands, however foreign (the romanizer may know neither "دونالد" nor "ترامب")?"""
    return (
        i >= 2
        and _n(words[i - 1]).startswith("ال")
        and country_of(words[i - 1]) is not None
        and _bare(words[i - 2]) in title_words()
    )


_FOREIGN_PARTICLES = {_n(w) for w in "فون فان دير دي دو دا ديل دل لا لو".split()}


def _subject_of(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """After "وصف"/"اتهم" the subject and the object stand side by side ("ووصف نائب الوزير لي مين-هو قرار الرئيس
    بأنه"): of a run of four or more name words, the last two are the object; after a complete description, a
    construct headed by a noun that is no name is."""
    words = list(WORD.finditer(text, span[0], span[1]))
    closing = _CLOSING_MARK.get(text[span[0]], "")
    named = text.find(closing, span[0] + 1, span[1]) if closing else -1
    if named > 0 and (follows := WORD.search(text, named, span[1])) and not _title_adjective(follows.group()):
        return span[0], named + 1  # "وسألت «الشرق الأوسط» الوزير عن": a name in marks is whole; the object follows
    # ("وكالة غوث وتشغيل اللاجئين الفلسطينيين (أونروا)": a listed body's whole name, and its acronym, hold no object)
    acronym = text.rfind("(", span[0], span[1]) if text[span[1] - 1] == ")" else -1
    name_end = acronym if acronym > 0 else span[1]
    if tuple(_bare(w.group()) for w in words if w.end() <= name_end) in body_names():
        return span
    for n in (1, 2):
        # "ودعا الملك محمد السادس إلى": the Sixth, a ruler's number, no object; a definite noun after it is one.
        if len(words) > n + 1 and regnal_number([w.group() for w in words[-n:]]):
            return span
        if (
            len(words) > n + 2
            and regnal_number([w.group() for w in words[-n - 1 : -1]])
            and _n(words[-1].group()).startswith("ال")
        ):
            return span[0], words[-2].end()
    if len(words) > 1:
        # "واتهم بوتين الغرب بأنه": a name that is no given name is a family name or a one-word name, which no
        # second definite name follows; a definite noun after it, neither adjective nor title, is the object.
        head, nxt = (_DIACRITICS.sub("", w.group()) for w in words[:2])
        # ("وختم بري الجلسة بالقول": so is a given name's homograph the article writes as a family name, "نبيه
        # بري", before a noun the romanizer does not attest as a name)
        surname = _n(head) in _family_names(text) and not is_attested_name(nxt)
        if (
            not _n(head).startswith("ال")
            and _n(head) not in _NAME_LINKS
            and _n(head) not in ("احد", "احدي")  # ("وسأل أحد الصحفيين الوزير": one of the journalists)
            # (nor a source's noun, whose office the genitive is: "ودعا مسؤول السياسة الخارجية في الاتحاد الأوروبي X")
            and _bare(head) not in title_words() | _country_words() | _UNNAMED
            and not _body_or_bodies(head)  # ("وانتقدت منظمات الدفاع عن المهاجرين": bodies, no one-word name)
            # (nor an expert's noun, whose field the genitive is: "وحذر عالم الحاسوب الكندي X"، "خبير الأمن")
            and _bare(head) not in _EXPERTS
            and (not is_given_name(head) or surname)
            # (nor a noun of the dictionary no name index attests, whose genitive the definite word is: "وصفت
            # عائلات المعتقلين الأحكام بأنها"، the detainees' families)
            and (surname or is_attested_name(head) or not is_common_noun(head))
            and _n(nxt).startswith("ال")
            and not _title_adjective(nxt)
            # (a body too, after a name the article or the romanizer knows: "واتهم بوتين الحكومة الأوكرانية بـ")
            and _bare(nxt) not in title_words() | (frozenset() if surname or is_attested_name(head) else body_words())
            and regnal_number([nxt]) == 0
            # (nor a family name the romanizer attests after a word it does not know as a name: "انتقد مهلهل المضف")
            and not (is_attested_name(nxt) and not is_attested_name(head))
        ):
            return span[0], words[0].end()
        if _n(head).startswith("ال") and _bare(head) in title_words() and _plain_object(words[1].group()):
            return span[0], words[0].end()  # ("ورفضت الوزيرة التعليقات": a definite title alone, then the object)
        if (
            _n(head).startswith("ال")
            and is_attested_name(head)
            and _bare(head) not in title_words() | body_words()
            and country_of(head) is None
            and _n(nxt).startswith("ال")
            and not is_attested_name(nxt)
            and _plain_object(nxt)
        ):
            return span[0], words[0].end()  # ("وأدان الأزهر الهجوم": a one-word name with the article, then the object)
    for k in range(3, len(words)):
        if (
            _n(words[k - 2].group()) == "عن"
            and (_bare(words[k - 3].group()) == "دفاع" or _bare(words[k - 3].group()) in _COUNSEL)
            and _n(words[k - 1].group()).startswith("ال")
            and _n(words[k].group()).startswith("ال")
            and not _title_adjective(words[k].group())
            and not is_attested_name(words[k].group())
        ):
            # "وانتقدت منظمات الدفاع عن المهاجرين المقاربة الأمنية": whom they defend is one definite noun; a
            # definite noun after it that is no adjective is what the verb takes.
            return span[0], words[k - 1].end()
    for k in range(1, len(words)):
        if (
            _n(words[k - 1].group()).startswith("ال")
            and _event_head(words[k].group())
            and not is_attested_name(_DIACRITICS.sub("", words[k].group()))
            # (nor a given name spelt like one before its name's link: "الوزير المتطرف إيتمار بن غفير")
            and not (k + 1 < len(words) and _n(words[k + 1].group()) in _NAME_LINKS)
        ):
            # "وعزا الغيث استقرار التضخم إلى": a definite word takes no genitive, so an indefinite verbal noun after
            # it heads the object's construct (a name spelt like one, "الباحث إحسان الشمري", is the romanizer's).
            return span[0], words[k - 1].end()
    if len(words) > 1 and _n(words[0].group()).endswith("ون") and is_sound_plural(words[0].group()):
        # "واتهم المتظاهرون الشرطة بـ"، "ووصف المراقبون الدوليون الانتخابات بأنها": a plural that keeps its ن has
        # no genitive; after its adjectives, which agree with it, a definite noun is the object.
        agreeing = 1
        while agreeing < len(words) and (_n(words[agreeing].group()).endswith("ون") or _title_adjective(words[agreeing].group())):
            agreeing += 1
        if agreeing == len(words) - 1 and _n(words[-1].group()).startswith("ال"):
            return span[0], words[-2].end()
    if (
        len(words) > 2
        and _plural_title(words[-1].group())
        and _bare(words[-2].group()) not in title_words()
        # (not a genitive of a common noun in construct: "لجنة حماية الصحفيين")
        and not (
            not _n(words[-2].group()).startswith("ال")
            and is_common_noun(words[-2].group())
            and not is_given_name(words[-2].group())
        )
    ):
        return span[0], words[-2].end()  # "وسأل النائب X الوزيرتين عن": two ministers are asked, not asking
    # (the second office may have its adjectives: "وسألت الصحفية الرئيس الفرنسي عما")
    office = len(words) - 1
    while office > 1 and _n(words[office].group()).startswith("ال") and _title_adjective(words[office].group()):
        office -= 1
    second, first = (_DIACRITICS.sub("", x.group()) for x in (words[office], words[office - 1])) if office > 0 else ("", "")
    if (
        (_definite_title(second) or _n(second).startswith("ال") and _bare(second) in _UNNAMED)
        and first.startswith("ال")
        and not _title_adjective(second)
        and (_bare(first) in title_words() | body_words())
    ):
        return span[0], words[office - 1].end()  # "وسأل الصحفي الرئيس عن"، "مراسل الجزيرة الوزير": a second office, asked
    last, before = (_DIACRITICS.sub("", x.group()) for x in words[-1:-3:-1]) if len(words) > 1 else ("", "")
    if (
        len(words) > 2
        and before.startswith("ال")
        and last.startswith("ال")
        and _bare(last) in body_words()
        and not _title_adjective(last)
        and not _ends_in_body_name(text, span[0], span[1])
    ):
        # "واتهم منتدى عائلات الرهائن الحكومة بـ"، "ودعا سكان المدينة القديمة السلطات إلى": a definite word ends a
        # construct, and a body's definite noun after it is no adjective of it: the body the verb acts on.
        return span[0], words[-2].end()
    for k in range(1, len(words)):
        # "واتهم الساير الوزير بـ"، "ووصف النائب حميد رسائي الرئيس الأمريكي جو بايدن بأنه": after a family name
        # (definite, or after a given name), a definite office opens the object, with its holder's name. (Not after
        # a lone given name, whose family name it may be: "محمد القاضي"; nor an honorific before a holder's name:
        # "ولي عهد الكويت الشيخ خالد"، "وبابا الفاتيكان البابا فرنسيس", after a place.)
        head, name = words[k].group(), _DIACRITICS.sub("", words[k - 1].group())
        before = _n(words[k - 2].group()) if k >= 2 else ""
        family = (
            not _title_adjective(name)
            if name.startswith("ال")
            else is_name_word(name)
            if k == 1
            else not before.startswith("ال") and _bare(before) not in title_words() | body_words() | _STOP
        )
        # (A deputy's title, "نائب رئيس (مجلس) الوزراء", is held with the portfolio that follows it: "وحذر نائب رئيس
        # الوزراء وزير الخارجية X من" is one man.)
        deputy = name.startswith("ال") and any(_bare(x.group()) == "نايب" for x in words[: k - 1])
        if (
            family
            and not (deputy and _office_in_construct(words, k))
            # ("وطالبت النائبة X رئيس المجلس بـ": so does an office in construct.)
            and (_definite_title(head) or _office_in_construct(words, k))
            and not _title_adjective(head)
            and _bare(head) not in HONOUR_TITLES
            and _bare(name) not in title_words() | body_words() | _country_words()
            and not is_place(name)
            and (not is_given_name(name) or k >= 2 and is_given_name(words[k - 2].group()))  # ("كمال نصار الوزير")
            and _n(name) not in _STOP | _NAME_LINKS
        ):
            return span[0], words[k - 1].end()
    for k in range(2, len(words)):
        after = words[k].group()
        if (
            _foreign_name(words[k - 2].group(), words[k - 1].group())
            # (the whole name, right after its description: "… هانس غروندبرغ طرفي الصراع" has no name "غروندبرغ
            # طرفي"; "مدى ارتباط" are nouns; "دراغي وبابا الفاتيكان" a second subject joined by و)
            and k >= 3
            and (_n(words[k - 3].group()).startswith("ال") or _bare(words[k - 3].group()) in title_words())
            and not any(is_common_noun(x.group()) or _n(x.group())[:1] == "و" for x in words[k - 2 : k])
            and _n(after).startswith("ال")
            and not _title_adjective(after)
            and not is_attested_name(after)
            and _bare(after) not in title_words()
        ):
            # "وانتقد وزير العدل ياريف ليفين القرار": after a foreign given and family name, a definite word that
            # no name, adjective or title is opens the object.
            return span[0], words[k - 1].end()
    if len(words) > 1 and _bare(words[-1].group()) in _PARTIES:
        return span[0], words[-2].end()  # "ودعت الأمم المتحدة الطرفين إلى": the sides are called on, not speaking
    if _two_countries_last(words):
        return span[0], words[-2].end()
    if len(words) > 2 and _bare(words[-2].group()) in _SIDE and _title_adjective(words[-1].group()):
        return span[0], words[-3].end()  # "ودعا القرار الجانب الصحراوي إلى": so is one side
    if len(words) > 2 and _someone_elses_family_name(text, words[-3:], span):
        return span[0], words[-2].end()  # "اتهم زعيم المعارضة يائير لابيد نتنياهو بـ": the one accused
    if (
        len(words) > 2
        and _bare(words[0].group()) in body_words()
        and _n(words[-2].group()).startswith(("ال", "وال"))
        and not _n(words[-1].group()).startswith("ال")
        and _family_name_elsewhere(text, _DIACRITICS.sub("", words[-1].group()), span)
    ):
        return span[0], words[-2].end()  # "واتهمت هيئة عائلات الأسرى نتنياهو بـ": a person named before, the object
    for k in range(min(3, len(words) - 1), 0, -1):
        # (not "عالم", the world's M.49 code: "وحذر عالم الحاسوب" is a scientist)
        if country_named(text[span[0] : words[k - 1].end()]) not in (None, _WORLD):
            return span[0], words[k - 1].end()  # "وتتهم إسرائيل حركة حماس ب": a country's name is whole
    for k in range(1, len(words) - 1):
        prev, word, nxt = (_DIACRITICS.sub("", x.group()) for x in words[k - 1 : k + 2])
        if _plural_object(text, words, k, words[k + 1]):
            return span[0], words[k - 1].end()
        if (
            k >= 2
            and word[:1] == "ب"
            and is_common_noun(word[1:])
            and not is_name_word(word)
            and _n(prev) not in _STOP
            and _bare(prev) not in title_words() | body_words()
            and not is_common_noun(prev)
            and not (prev[:1] == "و" and is_common_noun(prev[1:]))  # ("الخضر والفاكهة بغرفة القاهرة": a noun's)
            and _described(text, span[0], words[k - 2].start())
        ):
            # "وطالب زعيم الحزب X يوشيهيكو نودا باستقالة الحكومة": after a described person's name, ب and a noun
            # the dictionary has heads the verb's complement, no part of the name.
            return span[0], words[k - 1].end()
        if (
            k >= 2
            and _bare(word) in body_words()
            and not word.startswith("ال")
            and not any(
                x.startswith("ال") and not is_name_word(x) or _bare(x) in title_words() | body_words() or _n(x) in _STOP
                for x in (prev, _DIACRITICS.sub("", words[k - 2].group()))
            )
            and _described(text, span[0], words[k - 2].start())
        ):
            # "اتهم رئيس مجلس النواب عقيلة صالح حكومة الدبيبة بـ": after a described person's name, a body's noun
            # heading a construct is the one accused, no part of the name.
            return span[0], words[k - 1].end()
        if (
            prev.startswith("ال")
            and prev.endswith(("ي", "ية"))
            and not word.startswith(("ال", "و", "لل"))  # ("المنسق الأممي للشؤون الإنسانية": the title's genitive)
            and nxt.startswith("ال")
            and not is_name_word(word)
            and _n(word) not in _LED_BY  # ("التحالف العربي بقيادة السعودية الهجوم": who leads it, then the object)
            and not (word[:1] == "ب" and _bare(word[1:]) in body_words())  # ("الفريق الاشتراكي بمجلس النواب": where)
            # ("المديرة التنفيذية لبرنامج الأغذية العالمي": whose office, a listed body by its name; "الجمعية المغربية
            # لحقوق الإنسان": any ل-genitive but the press told, "لوكالة الأنباء")
            and not (word[:1] == "ل" and (_bare(word[1:]) in _body_name_openings() or _bare(word[1:]) not in _PRESS))
        ):
            # "واتهم المتحدث باسم الجيش السوداني قوات الدعم السريع بارتكاب": after a complete description, a
            # noun that is no given name heading a construct ("قوات الدعم") is the object ("عادل الجبير" is a name).
            return span[0], words[k - 1].end()
        if (
            k >= 2
            and prev.startswith("ال")
            and is_given_name(words[k - 2].group())
            and not word.startswith(("ال", "و", "ل", "ب"))
            and nxt.startswith("ال")
            and not (is_name_word(word) or _title_adjective(prev))
            and _bare(prev) not in title_words() | body_words()
            and _bare(word) not in title_words() | body_words()
            and _described(text, span[0], words[k - 2].start())
        ):
            # "ووصف مدير المكتب الإعلامي في غزة إسماعيل الثوابتة رواية الجيش بأنها": after a given name and a definite
            # family name the romanizer need not know, a noun heading a construct is the one described.
            return span[0], words[k - 1].end()
        if (
            k >= 2
            and prev.startswith("ال")
            and (
                is_given_name(words[k - 2].group())
                and not _n(words[k - 2].group()).startswith("ال")
                or _second_of_abd(words, k - 2)  # ("عبد المنعم": a given name in two words)
            )
            and word.startswith("ال")
            and is_common_noun(word)
            and not is_attested_name(word)
            # (a family name may end like an adjective, "الغيثي"; not a nationality: "أحمد المصري" is one too)
            and not (_title_adjective(word) or is_place(prev) or country_of(prev) is not None)
            and _bare(prev) not in title_words() | body_words()
            and _bare(word) not in title_words()
            and _described(text, span[0], words[k - 2].start())
        ):
            # "ودعا عميد البلدية عبد المنعم الغيثي المجتمع الدولي إلى": after a given name and a definite family name,
            # a definite noun the dictionary has and the romanizer never saw as a name is the one called on.
            return span[0], words[k - 1].end()
        if (
            k >= 2
            and word.startswith("ال")
            # ("ماجد عبد الله": a compound name goes on; a word the romanizer only spells is no name: "المساعدات")
            and not (is_attested_name(word) or _n(prev) in _COMPOUND_HEADS or _n(word) in _GOD_WORDS)
            and not _title_adjective(word)
            and _bare(word) not in title_words()  # ("مارك روته الأمين العام للحلف": his title after his name)
            and not prev.startswith("ال")
            and _n(prev) not in _STOP  # ("جائزة نوبل في الفيزياء X": a prize's field, no family name)
            # ("الأمين العام لجامعة الدول": no name in it; but "عبد المجيد تبون" is a given name in two words)
            and (not _n(words[k - 2].group()).startswith("ال") or _second_of_abd(words, k - 2))
            and _n(words[k - 2].group()) not in _STOP  # ("عن حزب الوفد": whom he sits for, no name)
            and (is_name_word(words[k - 2].group()) or _foreign_given(words[k - 2].group()))
            and not is_place(words[k - 2].group())  # ("في غزة إسماعيل الثوابتة": where he works, then his name)
            and (is_name_word(prev) or _foreign_surname(prev) and _bare(prev[1:]) not in body_words())
            # ("دعا الرئيس X ورئيس الوزراء Y إلى": a title after و opens a second subject, with its own genitive)
            and _bare(_unconj(_n(prev))) not in title_words() | body_words()
            and _described(text, span[0], words[k - 2].start())  # (a name where a title says one stands)
        ):
            # "دعا الأمين العام للحلف مارك روته الدول الأعضاء إلى": after a given and a family name (no definite
            # one: "عادل الجبير"), a definite noun phrase that is no name is the one called on. (When that "family
            # name" is a dictionary noun no name is, after a whole name, it heads the object's construct: "الوزير
            # خالد سالم سياسة البنك المركزي".)
            heads_object = (
                k >= 3
                and is_common_noun(prev)
                and not is_attested_name(prev)
                and is_given_name(words[k - 3].group())
                and is_attested_name(words[k - 2].group())
            )
            return span[0], words[k - 2 if heads_object else k - 1].end()
    following = WORD.match(text, span[1] + 1) if text[span[1] : span[1] + 1] == " " else None
    for k in range(2, len(words)):
        # "انتقد الدكتور تيم سبيكتور منهجية الدراسة": after a given name and a foreign family name no Arabic word is,
        # a noun of the dictionary heading a construct (its genitive in the span or after it) is the object.
        word, nxt = words[k].group(), words[k + 1].group() if k + 1 < len(words) else following.group() if following else ""
        family_word, forename = words[k - 1].group(), words[k - 2].group()
        # (So after a family name the romanizer attests, following a given name it knows well, "أحمد سالم سياسة
        # الحكومة", or after a name compounded with God's, "عبد الله بووانو سياسة الحكومة".)
        abdullah = _n(forename) in _GOD_WORDS and _second_of_abd(words, k - 2)
        if (
            not _n(family_word).startswith("ال")
            and (
                not is_arabic_word(family_word)
                and (is_given_name(forename) or is_attested_name(forename) or abdullah)
                or is_attested_name(family_word)
                and (is_given_name(forename) and not _n(forename).startswith("ال") or abdullah)
            )
            and not _n(word).startswith(("ال", "و", "ل", "ب"))
            and _n(nxt).startswith("ال")
            and _n(nxt) not in _TIME
            # (a dual in construct too, which drops its ن: "طرفي النزاع", the two sides)
            and (is_common_noun(word) or _DIACRITICS.sub("", word).endswith("ي") and is_common_noun(word[:-1]))
            and not is_attested_name(word)
            and _bare(word) not in title_words() | body_words()
            and (_described(text, span[0], words[k - 2].start()) or _described_person(text, span[0]))
        ):
            return span[0], words[k - 1].end()
    if len(words) > 2 and following and _plural_object(text, words, len(words) - 1, following):
        return span[0], words[-2].end()  # (the plural the phrase ended with: "دعوات" of "دعوات حل الفصائل")
    if len(words) == 2 and all(_n(w.group()).startswith("ال") for w in words):
        head, other = (_bare(w.group()) for w in words)
        if head in title_words() and not head.endswith(("ون", "ين", "ا", "تا")) and other.endswith("ين") and len(other) > 4:
            return span[0], words[0].end()  # "دعا الوزير المقاولين إلى": no plural agrees with one title
        second = _DIACRITICS.sub("", words[1].group())
        if (
            head in title_words()
            and not _title_adjective(second)
            and other not in title_words() | body_words()
            and not is_name_word(second)
            and country_of(second) is None
        ):
            return span[0], words[0].end()  # "وانتقد الوزير القرار": a title, then the noun it criticised
    run = 0
    for w in reversed(words):
        if _n(w.group()) in _STOP:
            run -= 1  # ("المنسق الخاص في لبنان يان كوبيش": the preposition's noun says where; the name follows)
            break
        nw = _n(w.group())
        body = _bare(w.group()) in body_words() or nw[:1] == "ل" and _bare(w.group()[1:]) in body_words()
        if body and not nw.startswith("ال"):
            # ("الرئيس التنفيذي لشركة شل وائل صوان"، "المحلل في شبكة سكاي سبورتس غاري نيفيل": a body's noun
            # without the article, then its name, of any length, then his.)
            run = -1
            break
        if nw.startswith(("ال", "وال", "لل")) or _bare(w.group()) in body_words() | _country_words():
            break  # ("رئيس وزراء فرنسا X Y": where the title is held, then the holder's name; "والاجتماعية" too)
        if text[w.start() - 1 : w.start()] == "(":
            break  # ("لصندوق الأمم المتحدة للطفولة (يونيسف) X Y": a body's acronym, then the holder's name)
        if _bare(w.group()) in title_words():
            run -= 1  # ("رئيسة وزراء باربادوس ميا موتلي": an indefinite title's genitive follows it)
            break
        run += 1
    # (A foreign name's particle inside the run makes it one name: "أورسولا فون دير لاين"، "خوسيه لويس دي لا فوينتي".)
    particle = any(_n(w.group()) in _FOREIGN_PARTICLES for w in words[len(words) - run + 1 : -1]) if run >= 4 else False
    if run >= 4 and not particle:
        # (a name and its two-word object; one word where it is a place, a capital for its government: "وزير
        # الخارجية الفرنسي جان نويل بارو طهران")
        return span[0], words[-2 if is_place(words[-1].group()) else -3].end()
    if len(words) < 3:
        return span
    last, before, first = (_DIACRITICS.sub("", w.group()) for w in (words[-1], words[-2], words[-3]))
    # The description is complete after a name ("ووصف الرئيس دونالد ترامب الاتفاق بأنه"; but "متحدث باسم
    # الحكومة" goes on with a body), an adjective ("ووصف الأمين العام القرار"، "وزير المالية السابق القرار") or the
    # genitive of an indefinite title or body ("ووصف رئيس الوزراء الاتفاق"، "رئيس مجلس النواب الحكومة"): a
    # definite common noun after it is the object (not a plural, which may be an adjective: "الإخوان المسلمين";
    # after a name, not a family name: "عادل الجبير").
    # ("واتهم المستشار الباشا طبيق الجيش"، "دعا المبعوث توم بيرييلو الطرفين": a body, or a plural, which no name
    # takes as its adjective.)
    nb = _n(before)
    name_before = nb not in _STOP and not nb.startswith("باسم") and _bare(before) not in title_words() | body_words()
    after_name = (
        nb not in _STOP  # ("لجان المقاومة في الفاشر": a place after a preposition is no object)
        and not before.startswith("ال")
        and _bare(before) not in body_words()
        # (nor a common noun in construct after a noun, no name: "لجنة حماية الصحفيين")
        and not (is_common_noun(before) and not is_given_name(before) and not is_name_word(first))
        and (
            _bare(last) not in title_words()
            and (name_before or _bare(last) not in body_words())  # ("متحدث باسم الحكومة": the body it speaks for)
            and (not is_attested_name(last) or _bare(last) in body_words())  # (the romanizer attests "الجيش" as a name)
            # (No Arabic family name or title follows a foreign name without a comma: "جوزيه غوميز الحكم" is the
            # referee he criticised.)
            or name_before
            and _foreign_name(first, before)
        )
    )
    described = nb not in _STOP and (  # ("المسؤول الكبير في الوزارة": where he works, "في" no adjective)
        _title_adjective(before)
        or before.endswith(("ين", "ون"))
        or not first.startswith("ال")
        and _bare(first) in title_words() | body_words()
        # ("ووصف الأمير الوليد الصفقة"، "الوزير المفوض الاتفاق": a title and a definite name or second title)
        or _bare(first) in title_words()
        and before.startswith("ال")
        and (_bare(before) in title_words() or is_name_word(before))
    )
    # ("وانتقد النائب مرزوق الغانم القانون": a given name and a definite family name, then a common noun.)
    # (No plural adjective follows a family name: "القانون" is a noun however it ends.)
    # ("عبد الله الكبير المبادرة": the given name may be a compound, its second word definite.)
    compound = len(words) > 3 and _name_part(words[-4].group(), first) and first.startswith("ال")
    # (Right after a title stands a given name, known to the romanizer or not: "وانتقد النائب مهلهل المضف"; so after
    # the definite word that ends a description, which no indefinite word can go on: "النائب في مجلس الأمة مهلهل".)
    given = (
        is_name_word(first)
        or len(words) > 3
        and (_bare(words[-4].group()) in title_words() or _n(words[-4].group()).startswith("ال"))
    )
    family = before.startswith("ال") and _name_part(first, before) and (not first.startswith("ال") and given or compound)
    # (A sound plural may be an adjective, "الإخوان المسلمين"، "الأسرى الفلسطينيين", but not of a singular noun in
    # ة unless it is a nisba's, whose plural agrees with an earlier noun: "وزارة الصحة المواطنين" is the object.)
    agrees = not _DIACRITICS.sub("", words[-2].group()).endswith("ة") or last.endswith(("يين", "يون"))
    # (nor of a singular nisba's noun at all: "وحذر الجيش اللبناني المواطنين من")
    agrees = agrees and not (before.startswith("ال") and before.endswith("ي") and is_sound_plural(last))
    plural = last.endswith(("ين", "ون")) and not (family or after_name) and agrees
    if (
        (after_name or described or family and not is_attested_name(last))
        and last.startswith("ال")
        and not _title_adjective(last)
        # (nor an adjective of a body's name the dictionary has: "رابطة القضاة التونسيين المستقلة")
        # (one that agrees with neither a feminine body nor the plural before it is the object: "نقابة الصحفيين
        # المصريين القرار"; "منظمة السلام الأخضر" is the peace's)
        and not (
            _bare(words[0].group()) in body_words()
            and is_adjective(last)
            and not (words[0].group().endswith("ة") and not last.endswith("ة") and nb.endswith(("ين", "ون")))
        )
        and not plural
        and nb not in _NAME_LINKS  # ("نبيل عبد الله هذه الاتهامات": the link's own name, "عبد الله")
        and _n(last) not in _GOD_WORDS  # ("ذبيح الله"، "نصر الله": God's name is never the object)
        and not _ends_in_body_name(text, span[0], span[1])  # ("قوات الدعم السريع": a listed body's whole name)
        and not _construct_plural(before)  # ("جمعية مستوردي السيارات": the genitive a plural in construct wants)
        # (nor an indefinite ل-genitive: "الجمعية المغربية لحقوق الإنسان", the genitive it wants)
        and not (_n(before)[:1] == "ل" and not _n(before).startswith("لل") and _bare(before[1:]) not in _PRESS)
        # (nor what is defended, a construct: "الرابطة التونسية للدفاع عن حقوق الإنسان")
        and not (len(words) > 3 and _n(words[-3].group()) == "عن" and _bare(words[-4].group()) == "دفاع")
        # (nor a family name after a given name where the object's event follows: "وعزا رئيس الشعبة حاتم النجيب
        # ارتفاع الأسعار إلى")
        and not (is_given_name(before) and _event_object(text, WORD.search(text, span[1]) or words[-1], len(text)))
    ):
        return span[0], words[-2].end()
    return span


def _verb_with_its_object(word: str) -> bool:
    """Is the normalised word a verb with an object pronoun on it ("سأله"، "قاطعه")?"""
    pronoun = re.search(r"(?:ه|ها|هم|هما)$", word)
    return pronoun is not None and is_verb_form(word[: pronoun.start()])


# Adjectives of a party or a body that need no nisba's ending: ruling, opposition, allied, banned, dissolved ...
_BODY_ADJECTIVES = {_bare(w) for w in "الحاكم المعارض الحليف المنافس المحظور المنحل المستقل المتشدد المتطرف المعتدل".split()}
_CLAUSE_PARTICLES = {_n(w) for w in "كما وكما ثم قد وقد فقد لقد".split()}


def _comma_clause_subject(text: str, words: list[re.Match[str]], k: int) -> tuple[int, int] | None:
    """The subject someone names right after the verb of the clause between the last comma and words[k] ("،
    قاطعه أحد الحضور قائلا"), past its object; None where that clause opens with no verb or names no one."""
    j = k - 1
    while j > 0 and not re.search(r"[،,]", text[words[j - 1].end() : words[j].start()]):
        j -= 1
    while j < k - 1 and _n(words[j].group()) in _CLAUSE_PARTICLES:
        j += 1  # ("كما هنأت الخارجية الأمريكية اللبنانيين، معتبرة": also, then the verb)
    verb = _unconj(_n(words[j].group()))
    # (with its object pronoun too: "قاطعه")
    if j == 0 or j >= k - 1 or verb in _STOP or not (is_verb_form(verb) or _verb_with_its_object(verb)):
        return None
    span = speaker_phrase(text, words[j].end(), words[k].start())
    # ("هنأت الخارجية الأمريكية الشعب اللبناني، معتبرة": the object after the body's nationality)
    span = _up_to_object(text, span) if span else None
    # (one of a group is someone too: "أحد الحضور")
    one_of = span is not None and _n(WORD.findall(text, *span)[0]) in ("احد", "احدي")
    return span if span and (_someone(text, span) or one_of) else None


def _when_clause_subject(text: str, words: list[re.Match[str]], k: int) -> tuple[int, int] | None:
    """The named subject of a when-clause that opens the sentence, set off by the comma right before words[k], its
    verb with no subject ("وعندما سئل ترامب عن الحرب، قال:"، "ولما وصل الوزير إلى المطار، قال"، "وبعد أن التقى X
    نظيره، قال"): whom the main clause's pronoun means. None where the clause names no one after its verb ("وعندما
    سئل عن الحرب، قال")."""
    opener = _unconj(_n(words[0].group())) if words else ""
    # (or two words: "وبعد أن التقى الوزير X نظيره، قال")
    v = 2 if opener in _BEFORE_AFTER and len(words) > 2 and _n(words[1].group()) == "ان" else 1
    if k < v + 2 or opener not in _WHEN_CLAUSE and v == 1:
        return None
    set_off = re.search(r"[،,]", text[words[k - 1].end() : words[k].start()])
    if not set_off or re.search(r"[،,]", text[words[0].end() : words[k - 1].end()]):
        return None
    verb = _n(words[v].group())
    if not (is_verb_form(verb) or _ASKED.fullmatch(words[v].group())):
        return None
    if _verb_with_its_object(verb):
        return None  # ("وعندما سأله الصحفي عن …، قال": the one asked is "him", not the journalist)
    span = speaker_phrase(text, words[v].end(), words[k - 1].end())
    if span is None:
        return None
    span = _before_object(text, _before_complement(text, span))
    # (or names, attested or foreign, no nouns or function words: "ترامب")
    named = all(
        (is_attested_name(x) or not is_arabic_word(x)) and not is_common_noun(x) and _n(x) not in _STOP
        for x in WORD.findall(text, *span)
    )
    return span if _names_someone(text, span) or named else None


def _counted_subject(text: str, pos: int, limit: int) -> bool:
    """Does a number open the verb's subject right after it ("رأى 63 في المئة من المشاهدين أن"، "وقال ثلاثة من
    السكان إن")? A count of people this reading does not name: never the last speaker."""
    nxt = _next_word(text, pos, limit)
    return bool(re.fullmatch(r"\d+(?:[.,٫]\d+)?", nxt)) or bool(nxt) and is_number(nxt)


def _b_complement_first(text: str, span: tuple[int, int]) -> bool:
    """Does the phrase after a verb whose complement may take ب (أشاد، طالب) open with ب and a noun of the
    dictionary, no name the romanizer attests ("بتوقيع"، "بإنزال"; not "بوتين"، "بلينكن")? The complement, right
    after the verb: no subject is said."""
    return _b_noun(WORD.findall(text, *span)[0])


def _noun_with_b_in_construct(words: list[str]) -> bool:
    """Do the words open with ب and a noun, no noun, name or quantifier itself, heading a definite genitive
    ("بدعم الصيادين"، "بتوقيع الاتفاق"; not "بطلة العالم"، "بعض المسؤولين"، "بلاتيني")?"""
    head = _DIACRITICS.sub("", words[0])
    return (
        len(words) > 1
        and _n(words[1]).startswith("ال")
        and _b_noun(head)
        and not is_common_noun(head)
        and _n(head) not in _QUANTIFIERS
    )


def _b_complement(word: str) -> bool:
    """Does the word open a verb's ب-complement: "بأنه"، or ب and a noun of the dictionary ("بالفساد")?"""
    nw = _n(word)
    return nw[:1] == "ب" and bool(_COMPLEMENTISER.match(nw)) or _b_noun(word)


def _b_noun(word: str) -> bool:
    """Is the word ب and a noun of the dictionary, no name the romanizer attests ("بتوقيع"; not "بوتين")?"""
    plain = _DIACRITICS.sub("", word)
    return _n(plain)[:1] == "ب" and len(plain) > 3 and is_common_noun(plain[1:]) and not is_attested_name(plain)


def _before_b_complement(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """After a verb that takes a complement with ب (أشاد، رحب), a ب-word after a name heading a construct is that
    complement ("أشاد رئيس الحكومة عزيز أخنوش بمضامين الخطاب"), not the family name it may look like. Not a word
    in ي, as foreign family names end and construct heads seldom do ("طالب ميشال بلاتيني السبت الاتحاد"), nor
    one before a time word. (Its genitive may be a name too: "وأشاد سلوت بزملاء صلاح" praised Salah's teammates.)"""
    words = list(WORD.finditer(text, span[0], span[1]))
    for k in range(1, len(words) - 1):
        prev, word, nxt = (_DIACRITICS.sub("", w.group()) for w in words[k - 1 : k + 2])
        # (After a body's definite word or bracketed acronym, so is a noun of the dictionary: "ورحبت بعثة الأمم
        # المتحدة لمساعدة العراق (يونامي) بسير العملية".)
        # (not after an adjective, whose own ب it may be: "منظمة X المعنية بالحقوق الرقمية")
        after_body = _n(prev).startswith("ال") and not _title_adjective(prev) or text[: words[k].start()].rstrip().endswith(")")
        noun = is_common_noun(word[1:]) and after_body and _bare(prev) not in title_words()
        if (
            _n(word)[:1] == "ب"
            and (len(word) >= 5 or noun)
            and not word.endswith(("ي", "ى"))
            and (not _n(prev).startswith("ال") or noun)
            and _bare(prev) not in title_words() | body_words()
            and (_n(nxt).startswith("ال") or is_given_name(nxt) or country_of(nxt) is not None)
            and _bare(nxt) not in _TIME_NOUNS
            and _n(nxt) not in _TIME
            and (noun or not is_attested_name(word))
        ):
            return span[0], words[k - 1].end()
    return span


def _before_feminine_title(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """After a masculine verb that takes an object, a feminine title after a name is no apposition of the subject,
    which would agree with the verb: it opens the object ("اتهم ترامب نائبة الرئيس بأنها"، "بايدن الوزيرة")."""
    words = list(WORD.finditer(text, span[0], span[1]))
    for k in range(1, len(words)):
        prev, word = _DIACRITICS.sub("", words[k - 1].group()), _DIACRITICS.sub("", words[k].group())
        if (
            word.endswith("ة")
            and _bare(word) in title_words()
            and not _n(prev).startswith("ال")
            and _bare(prev) not in title_words() | body_words()
            and _n(prev) not in _STOP
        ):
            return span[0], words[k - 1].end()
    return span


def _someone_elses_family_name(text: str, three: list[re.Match[str]], span: tuple[int, int]) -> bool:
    """Are these three name words a given and a family name, then a word the article writes elsewhere
    after another given name ("يائير لابيد نتنياهو" where "بنيامين نتنياهو" was named): that person, the
    object, not a third name of this one?"""
    given, family, last = (_DIACRITICS.sub("", w.group()) for w in three)
    if any(_bare(w) in title_words() | body_words() or _n(w) in _STOP or _someones(w) for w in (given, family, last)):
        return False  # ("شقيقه بهاء الحريري": his brother, and the family name he shares)
    if _n(given).startswith("ال") or _n(family).startswith("ال") and not is_name_word(family):
        return False  # (a definite family name is one the romanizer knows: "سامي الجميل")
    if not (is_name_word(given) or _foreign_given(given)):
        return False
    # (A definite one too, after someone else's given name: "عقيلة صالح الدبيبة بـ" where "عبد الحميد الدبيبة" was
    # named; not after this one's own, "محمد شياع السوداني" and "محمد السوداني".)
    if _n(last).startswith("ال") and (_n(family).startswith("ال") or _n(given) in _COMPOUND_HEADS):
        return False  # (a compound's or a definite word's family name: "عبد الفتاح السيسي" beside "محمود السيسي")
    return _family_name_elsewhere(text, last, span, family, given if _n(last).startswith("ال") else None)


def _family_name_elsewhere(text: str, word: str, span: tuple[int, int], family: str = "", given: str | None = None) -> bool:
    """Does the article write the word, outside the span, right after a given name (other than family, or given
    where that is given; a compound's second word counts after "عبد")?"""
    plain = _DIACRITICS.sub("", text)
    own = {_n(family)} | ({_n(given)} if given is not None else set())
    for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", plain):
        if span[0] <= m.start() < span[1]:
            continue
        before = WORD.findall(plain[max(0, m.start() - 40) : m.start()])
        if not before or _n(before[-1]) in own:
            continue
        compound = given is not None and len(before) > 1 and _n(before[-2]) in _COMPOUND_HEADS
        if is_given_name(before[-1]) or compound:
            return True
    return False


_WHILE = {_n(w) for w in "فيما بينما".split()}
_PARTIES = {_bare(w) for w in "الطرفين الطرفان الأطراف الجانبين الجانبان".split()}
_SIDE = {_bare(w) for w in "الجانب الطرف".split()}
_QUARTERS = {_n(w) for w in "شمال جنوب شرق غرب وسط".split()}
_TWO_COUNTRIES = {_bare(w) for w in "البلدين البلدان الدولتين الدولتان".split()}
_PLACE_ADVERBS = {_n(w) for w in "داخل خارج وراء قرب قرابة نحو".split()}
_LED_BY = {_n(w) for w in _LED_BY_WORDS}


_COMPOUND_HEADS = {_n(w) for w in "عبد أبو".split()}


def _plural_object(text: str, words: list[re.Match[str]], k: int, nxt: re.Match[str]) -> bool:
    """Is words[k] a plural noun heading a construct, after a name: the object of a stance verb ("وانتقد زعيم الحزب
    أوزغور أوزيل سياسات الحكومة"، "جبريل الرجوب سلطات الاحتلال"; a family name is not followed by a genitive)? nxt
    is the word after it, in the speaker's phrase or after it."""
    prev, word, after = (_DIACRITICS.sub("", x.group()) for x in (words[k - 1], words[k], nxt))
    given = _DIACRITICS.sub("", words[k - 2].group()) if k >= 2 else ""
    # ("جبريل الرجوب"، "نبيل عبد الله"; a nisba after a given name, "أبو آلاء الولائي", is a family name too;
    # "آلاء" is no definite word, though it normalises as one)
    family = (
        k >= 2
        and not given.startswith("ال")
        and (_name_part(given, prev) or is_given_name(given) and prev.endswith("ي") and not regnal_number([prev]))
    )
    return (
        (not prev.startswith("ال") or family)
        and _bare(prev) not in title_words() | body_words()
        and not _construct_plural(prev)  # ("جمعية مستوردي السيارات القرار": the importers of cars)
        # ("معهد أبحاث السياسات العامة": a definite plural after an indefinite noun of the dictionary is its genitive)
        and not (word.startswith("ال") and is_common_noun(prev) and not is_attested_name(prev))
        and _n(prev) not in _STOP | _PLACE_ADVERBS  # ("أصوات عدة داخل الولايات المتحدة": inside it)
        and not (_n(prev) == "باسم" and _bare(given) in title_words())  # ("المتحدث باسم قوات الدعم": for whom)
        and word.endswith("ات")
        and len(word) >= 4  # ("قوات الدعم")
        # (A genitive heading a construct of its own, "دعوات نزع السلاح", follows no family name: the romanizer
        # spelling the plural as one, "دعوات", does not make it a name there; a definite word heads no
        # construct: "سامي الجرادات رواية الجيش".)
        and (
            (after.startswith("ال") or country_named(after))
            and not is_name_word(word)
            or _heads_construct(text, nxt)
            and not is_attested_name(word)
            and not word.startswith("ال")
        )
        and _bare(word) not in title_words()
    )


def _second_of_abd(words: list[re.Match[str]], j: int) -> bool:
    """Is words[j] the second word of a given name in two words ("عبد المنعم"، "عبد الله")?"""
    return j >= 1 and _n(words[j - 1].group()) == "عبد"


def _construct_plural(word: str) -> bool:
    """Is the word a sound masculine plural in construct ("سائقي الشاحنات"، "مستوردي السيارات"), no name, though
    it ends in ي like one (not a given name the romanizer attests: "سامي")?"""
    return sound_plural_in_construct(word) and not is_given_name(word)


def _heads_construct(text: str, word: re.Match[str]) -> bool:
    """Is the word an indefinite noun that is no name, with a definite genitive right after it ("نزع السلاح" of
    "دعوات نزع السلاح")?"""
    after = WORD.match(text, word.end() + 1) if text[word.end() : word.end() + 1] == " " else None
    return (
        after is not None
        and _n(after.group()).startswith("ال")
        and not _n(word.group()).startswith("ال")
        and not is_attested_name(word.group())
    )


def _name_part(before: str, word: str) -> bool:
    """Is the word part of a name, known as one or completing a compound with the word before it ("عبد الله"،
    "أبو الغيط"، "نصر الله": the romanizer knows "الله" as no name)?"""
    return is_name_word(word) or _n(before) in _COMPOUND_HEADS and _n(word).startswith("ال") or _n(word) in _GOD_WORDS


def _name_after_epithets(text: str, pos: int, limit: int) -> bool:
    """Do a given name and another name's word follow, after at most three definite adjectives ("التاريخي
    السويسري روجيه فيدرر")? Then the noun with "his" before them is someone ("وكتب منافسه …"), whatever noun it is,
    and the words theirs, never the last speaker's."""
    words = _words(text, pos, limit)[:5]
    k = 0
    while k < min(3, len(words)) and _n(words[k].group()).startswith("ال") and _title_adjective(words[k].group()):
        k += 1
    return (
        k + 1 < len(words)
        and is_given_name(words[k].group())
        and not is_common_noun(words[k].group())
        and (is_attested_name(words[k + 1].group()) or not is_arabic_word(words[k + 1].group()))
        and not re.search(r"[،,.:؛\"«“]", text[words[0].start() : words[k + 1].start()])
    )


def _foreign_name_set_off(text: str, word: str, nxt: re.Match[str] | None, limit: int) -> bool:
    """Are the word and the next a foreign given and family name that a comma or the complementiser ends
    ("رفض جوزيه غوميز، مدرب الزمالك،": José, though "جوزيه" reads like a noun with "his")?"""
    if nxt is None or text[nxt.start() - 1] != " " or _n(nxt.group()) in _STOP or _n(nxt.group())[:1] in "لبو":
        return False
    if _participle_at(nxt.group()) is not None:
        return False  # ("وختم حديثه قائلا:": his talk, then "saying", no family name)
    after = text[nxt.end() : limit].lstrip(" ")
    following = WORD.match(after)
    closed = after[:1] in "،,:" or following is not None and _opens_words(_n(following.group()))
    return closed and _foreign_pair(word, nxt.group())


def _foreign_pair(first: str, last: str) -> bool:
    """Two words that may be a foreign given and family name, the second no adjective ("باولو سوزا", not "بفرص
    متساوية")."""
    return bool(last) and _foreign_name(first, last) and not _DIACRITICS.sub("", last).endswith(("ة", "ي", "ية"))


def _foreign_name(first: str, last: str) -> bool:
    """Are these two words a foreign given and family name ("جوزيه غوميز"), neither known to the romanizer as an
    Arabic name: after them, a definite word is not the family name it would be after "عادل"."""
    return not is_name_word(last) and _foreign_surname(last) and _foreign_given(first)


def _title_adjective(word: str) -> bool:
    """A definite adjective of a title or body: a nisba ("الأمريكي"، "الدولية"; not a noun in -ية, "الرواية") or a
    generic one ("العام"، "السابق")."""
    return word.endswith(("ي", "ية")) and not is_noun_in_iyya(word) or _n(word).startswith("ال") and _bare(word) in _GENERIC


_DEMONSTRATIVES = {_n(w) for w in "هذا هذه ذلك تلك هؤلاء هذين هاتين".split()}


def _bare_common_noun(text: str, span: tuple[int, int], described: bool = False) -> bool:
    """A lone definite noun that names no one (الاجتماع): not a title, body or source word, not a nisba
    (الإيطالي), and never written after a given name in the article (as "الجبير" is in "عادل الجبير").
    described: with nisba adjectives after it ("ووصفت الاتهامات المصرية بأنها", where a verb that takes an
    object has no other)."""
    words = WORD.findall(text[span[0] : span[1]])
    if described and len(words) > 1 and all(_title_adjective(_DIACRITICS.sub("", w)) for w in words[1:]):
        if country_named(text[span[0] : span[1]]) or tuple(_bare(w) for w in words) in body_names():
            return False  # "الولايات المتحدة"، "الأمم المتحدة"
        words = words[:1]
    if len(words) != 1 or not _n(words[0]).startswith("ال"):
        return False
    b = _bare(words[0])
    if b.endswith("ون") and len(b) > 4:
        return False  # "وطالب المتظاهرون": a plural in the nominative, the subject's case
    if b.endswith("ان") and len(b) > 4 and not (b[0] == "ا" and b[-2] == "ا") and b not in _country_words():
        return False  # "وأعلن الجانبان": a dual in the nominative (not a verbal noun: "ووصف الإعلان بأنه")
    after = WORD.search(text, span[1], span[1] + 12)
    if after and _n(after.group()) in _DEMONSTRATIVES:
        return False  # "ونفى الكرملين هذه الاتهامات": the object follows, so the noun is the subject
    if after and is_attested_name(words[0]) and _plain_object(after.group()):
        return False  # ("وأدان الأزهر الهجوم": so is a name's homograph before a definite noun, the object)
    if (
        b in title_words()
        or b in body_words()
        or b in _UNNAMED
        or b in _country_words()
        or _n(words[0]) in _DOCUMENT_WORDS
        or b.endswith(("ي", "يه"))
        and not is_noun_in_iyya(words[0])  # (a nisba, not "الرواية")
    ):
        return False
    target = _n(words[0])
    article = WORD.findall(text)
    for before, prev, word in zip(["", *article], article, article[1:], strict=False):
        p = _n(prev)
        if (
            _n(word) == target
            # (a compound given name ends in a definite word: "عبد الله الفهيد")
            and (not p.startswith("ال") or _n(before) == "عبد")
            and not _verb_at(prev)
            and p not in _STOP
            and _unconj(p) not in _STOP
            and not _COMPLEMENTISER.match(p)
            and _bare(p) not in title_words()
            and not _pronoun_prep(p)  # ("وصفت فيه القرار")
            and len(p) > 1
        ):
            return False
    return True


_ADJUNCT_PREPOSITIONS = {_n(w) for w in "في خلال بعد قبل منذ مع عند أمام".split()}
# Where, fronted before a scene's verb ("وتحت الورقة، وقف سامي"، "وقرب الخيمة، تجلس أم علي"، "وعلى بعد أمتار،
# تجلس"، "وإلى جانبه، يقف").
_LOCATIVES = {_n(w) for w in "تحت فوق قرب داخل خارج وراء خلف بجوار أسفل على إلى بين".split()}
# "came" (جاء، يأتي): a word of saying right after it is its subject, a verbal noun ("وجاء تأكيد الوزير بعد").
_CAME = {_n(w) for w in "جاء جاءت أتى أتت يأتي تأتي".split()}
_KANA_PRESENT = {_n(w) for w in "يكن تكن يكونوا يكون تكون يكونون".split()}
_KANA = {_n(w) for w in "وكان وكانت كان كانت فكان فكانت".split()}
# كان and its sisters, whose predicate stands in the accusative as a circumstantial participle does ("كان متوقعا").
_KANA_PREDICATE = _KANA_PRESENT | {_n(w + end) for w in "كان أصبح أضحى بات ظل صار ليس ليست".split() for end in ("", "ت", "وا")}
# Verbs of beginning and going on before a present ("وبدأ المحتجون يطالبون"، "وظل الوزير يؤكد"): like كان, they
# stand before the subject, which is no part of them.
_INCEPTIVE = {_n(w + end) for w in "بدأ راح أخذ ظل عاد شرع بات أصبح صار".split() for end in ("", "ت", "وا")}


def _subject_before(text: str, words: list[re.Match[str]], k: int, s: int, frames: list[_Frame]) -> tuple[int, int] | None:
    """A subject that stands before its verb at the start of a sentence: "وكان X (قد) قال", "X قال إن"."""
    if k == 0:
        return None
    if _conjoined(_n(words[k].group())):
        return None  # "ثم ابتسمت وقالت": a verb with a conjunction of its own follows a clause, not its subject
    first = _clause_start(text, words, k, commas=False)
    after_comma = _clause_start(text, words, k, commas=True)
    # "وفي حديث سابق، كان الوزير قد وعد"، "في القرن السابع عشر، توماس فوغان يكتب": an adjunct set off before
    # the clause (after a preposition's adjunct, only a phrase naming someone right before the verb is read).
    adjunct = after_comma > first and _unconj(_n(words[first].group())) in _ADJUNCT_PREPOSITIONS
    if after_comma > first and _n(words[after_comma].group()) in ("كان", "كانت", "وكان", "وكانت") or adjunct:
        first = after_comma
    # (Nor a subject right after the last frame's complementiser: "قالت المتحدثة إن واشنطن ترحب ب" is her words.)
    if frames and (first == 0 or words[first].start() <= frames[-1].content):
        return None  # only a new clause ("..., إلا أن X نفى") has a subject of its own before the verb
    if first == 0:
        first = _lead_words_at(text, words, words[k].start())  # ("بغداد - محمد الحلبوسي، …، قال": not the city)
    lead = _n(words[first].group())
    if lead in _SOURCE_WORDS:
        return None  # "وحسبما أفادت الوكالة": the source follows the verb
    if lead in _KANA or _unconj(lead) in _INCEPTIVE or lead in ("و", "كما", "لكن", "ولكن", "ثم"):
        first += 1  # ("ثم أضاف:": then he added; no subject before the verb)
    while first < k and _n(words[first].group()) in _THUS:
        first += 1  # ("هكذا قال X"، "بهذه العبارة لخص X": thus, and the subject after the verb)
    if first == 0 and text[s : words[0].start()].strip():
        return None
    if first >= k:
        return None
    start = words[first].start()
    own = _n(words[first].group())
    opener = words[first].group()
    if _unconj(own)[-1:] == "ت" and is_verb_form(opener) and not (is_common_noun(opener) or is_name_word(opener)):
        return None  # ("واستشهدت الخليفات برسالة قالت إنها": a clause that opens with its verb has no subject before)
    heads = title_words() | body_words()
    if own[:1] in "وف" and _bare(own[1:]) in heads | _UNNAMED and _bare(own) not in heads and text[start] in "وف":
        start += 1  # "ورئيس الوزراء قال"، "فالباحثة X تلفت": the conjunction is not part of the name
    span = speaker_phrase(text, start, words[k].start())
    if adjunct and not (_bare(own) in heads or is_name_word(own) and not _verb_at(own)):
        return None  # ("في 1995، أصدر الكونجرس قانونا يعترف": after an adjunct, a verb may open the clause)
    if span is None and lead in _KANA and _n(words[k - 1].group()) == "قد" and 0 < k - 1 - first <= 6:
        # "وكان بايدن قد صرح": between كان and قد stands the subject, whatever its first letter ("ب").
        between = text[words[first].start() : words[k - 2].end()]
        if not re.search(r"[،,:\"“«]", between):
            span = (words[first].start(), words[k - 2].end())
    rest = text[span[1] : words[k].start()] if span else ""
    described = _description_set_off(text, span[1], words[k].start()) if span else None
    opened = re.search("[،,]", text[span[0] : span[1]]) if span and not described else None
    if span and opened:
        # ("X، صاحب فرن خاص في الحي الشرقي، قال": the phrase stopped inside the description it opened)
        described = _description_set_off(text, span[0] + opened.start(), words[k].start())
    if span and described:
        # ("غير أن عالية المهدي، العميدة السابقة لكلية الاقتصاد والعلوم السياسية بجامعة القاهرة، حذرت": a title's
        # description, however long, set off between the name and its verb.)
        span, rest = (span[0], described), text[described : words[k].start()]
    clause = _CLAUSE_SET_OFF.match(text, span[1], words[k].start()) if span else None
    if clause and not re.sub(r"[\s،,]|قد", "", text[clause.end() : words[k].start()]):
        # ("وكان البروفيسور X، أستاذ علم المصريات …، الذي يشارك في دراسة النصوص، قد أكد": a relative clause on
        # the subject, set off by commas, stands between it and its verb.)
        rest = text[clause.end() : words[k].start()]
    turn = _ONES_TURN.match(rest)
    if span and turn:
        rest = rest[turn.end() :]  # ("وزارة الكهرباء من جهتها عزت"، "الحكومة، بدورها، أعلنت": whose turn it is)
    close = re.match(r"\s*من(?:ه|ها|هم|هما)(?!\w)", rest)
    if span and close and _bare(WORD.findall(text, *span)[-1]).startswith("مقرب"):
        # ("إلا أن مصادر مقربة منها قالت": whom they are close to is the subject's own)
        span, rest = (span[0], span[1] + close.end()), rest[close.end() :]
    # Only "قد" and commas may stand between the subject and its verb, and a comma only after an apposition
    # ("وكان الوزير، مايك بومبيو، أعلن"): "أن يجعل المحاسبة ممكنة، وعبر" is a clause, not a subject.
    if not (
        span
        and not re.sub(r"[\s،,]|قد", "", rest)
        and (not re.search("[،,]", rest) or re.search("[،,]", text[span[0] : span[1]]))
    ):
        span = None if adjunct else _stretch(text, words, first, k)
    if span and frames and words[first].start() == frames[-1].content and _bare_common_noun(text, span):
        return None  # "رأى الأستاذ أن الاقتراع كشف عن": a thing that "revealed", inside the words, says nothing
    opening_words = WORD.findall(text[span[0] : span[1]]) if span else []
    if (
        len(opening_words) > 1
        and _bare(opening_words[1]) in heads
        and not (
            _bare(opening_words[0]) in heads | relation_words()  # ("وكانت شقيقة المتهم قد قالت": his sister)
            or _bare(opening_words[0]) in _HONORIFIC_NOUNS  # ("وكان سمو أمير البلاد … قد دعا")
            or _someones(opening_words[0])  # ("وكانت عمته النائبة X قد أكدت": his aunt)
            or _n(opening_words[0]) in _UNNAMED
            or is_attested_name(opening_words[0])
        )
    ):
        # "وأعاد اللاعب محمد صلاح نشر تغريدة": a word before a title that is no title, body or name is a verb,
        # whose subject follows it; the word after that subject is a verbal noun, no verb of its own.
        return None
    if span and _describes_noun_before(text, words, k):
        # "بدورها، أطلقت الوزارة حملة توعوية تدعو المواطنين": a present after an indefinite noun describes it; what
        # stands before it is a subject only when it opens with a title, a body or a name.
        opening = _bare(WORD.findall(text[span[0] : span[1]])[0])
        # (Whatever the noun, one that "says that" says it: "لكن منظمات إنسانية تقول إن"; إن follows only قال.)
        says = k + 1 < len(words) and _DIACRITICS.sub("", words[k + 1].group()) == "إن"
        if not (opening in heads or _described_person(text, span[0]) or is_attested_name(opening) or says):
            return None
    return span


def _unbounded_subject(text: str, words: list[re.Match[str]], k: int) -> bool:
    """Does a person or body named by a title or a name open the clause of words[k], set off from the verb by a
    comma ("غير أن الدكتورة X، التي …، حذرت"), rather than an adjunct ("ومن جهتها، قالت")?"""
    first = _clause_start(text, words, k, commas=False)
    if first < k and _n(words[first].group()) in ("و", "لكن", "ولكن"):
        first += 1
    if first >= k - 1 or not re.search("[،,]", text[words[first].end() : words[k].start()]):
        return False
    opening = words[first].group()
    own = _unconj(_n(opening))
    # (or a person's noun: "لكن الباحث في مجال …، X، حذر"; or a courtesy before a given name: "الحاجة سعاد محمود،
    # 63 عاماً، …، قالت")
    courtesy = own.startswith("ال") and is_name_word(opening) and is_given_name(words[first + 1].group())
    return own not in _STOP and (_speaker_noun(opening) or is_name_word(opening) and not own.startswith("ال") or courtesy)


def _description_set_off(text: str, pos: int, verb: int) -> int | None:
    """Where a description set off by commas between a subject and its verb ends ("، العميدة السابقة لكلية
    الاقتصاد والعلوم السياسية بجامعة القاهرة، حذرت"), if text[pos:verb] is one: it opens with a title (or with
    whom they are from) and holds no verb, complementiser, relative or time word (a clause or an adjunct, not a description)."""
    m = re.fullmatch(r"\s*[،,]([^،,:؛.!?؟\"«“()]+)[،,]\s*(?:قد\s*)?", text[pos:verb])
    ws = WORD.findall(m.group(1)) if m else []
    # (or whom they are from or sit for: "غير أن النائبة X، من حزب معارض آخر، قالت"، "، عن محافظة الكرك،")
    affiliation = len(ws) > 1 and _n(ws[0]) in ("من", "عن") and _bare(ws[1]) in _constituencies()
    if not ws or len(ws) > 16 or not (_bare(ws[0]) in title_words() | relation_words() or affiliation):
        return None
    for w in ws[1:] if affiliation else ws:
        nw = _n(w)
        if _COMPLEMENTISER.match(nw) or _verb_at(w) or nw in _RELATIVE or nw in _TIME or _pronoun_prep(nw):
            return None
    return pos + m.end(1) if m else None


def _stretch(text: str, words: list[re.Match[str]], first: int, k: int) -> tuple[int, int] | None:
    """words[first:k] as a subject before its verb ("لجنة الانضباط في الاتحاد السعودي ... أعلنت"), if nothing
    in it can start a clause."""
    if first >= k:
        return None
    start = words[first].start()
    stretch = words[first:k]
    if stretch and _n(stretch[-1].group()) == "قد":
        stretch = stretch[:-1]
    if not stretch or len(stretch) > 12 or _not_a_subject(text, stretch[0].group(), stretch[0].end(), words[k].start()):
        return None
    for w in stretch:
        nw = _n(w.group())
        nw = nw[1:] if nw[:1] in "وف" and nw[1:] in _STOP else nw
        if (
            _COMPLEMENTISER.match(nw)
            or _verb_at(w.group())
            or _participle_at(w.group())
            or nw in _RELATIVE
            or _pronoun_prep(nw)
            or nw in _TIME
            or (nw in _STOP and nw not in ("في", "من", "عن"))
        ):
            return None
    if re.search(r"[.:؛؟!“«،,()\-]", text[start : words[k].start()]) or _unconj(_n(stretch[0].group())) in _STOP:
        return None
    return start, stretch[-1].end()


def _fronted(text: str, words: list[re.Match[str]], k: int, e: int, frames: list[_Frame]) -> _Frame | None:
    """ "أما X فقال/فكتب/فأكد": X is the speaker of what follows the verb."""
    # X may be a long title ("أما الأمين التنفيذي لاتفاقية الأمم المتحدة الإطارية بشأن تغير المناخ سيمون ستيل، فقد").
    for j in range(k + 1, min(k + 18, len(words))):
        w = words[j].group()
        # ("أما الوزير فقد أكد أن": "قد" with the ف, then the verb.)
        after_qad = _verb_at(words[j + 1].group()) if _n(w) in ("فقد", "فلقد") and j + 1 < len(words) else None
        particle = after_qad is not None
        if particle or _n(w)[:1] == "ف" and _verb_at(w[1:] if w[0] == "ف" else w):
            verb = after_qad or _verb_at(w[1:])
            if verb is None:
                return None
            # ("أما الكرملين، فقد وصف المتحدث باسمه X القرار بأنه": the verb's own subject, who speaks for the topic.)
            resumed = re.match(r"\s*(\S+)(?:\s+(\S+))?", text[words[j + 1 if particle else j].end() : e])
            # (A title or relation with a pronoun only where the verb takes no object: "فقال رئيسه X", not "فانتقد
            # زوجته".)
            if resumed and (
                (verb.saying_only or verb.needs and not verb.takes_object)  # ("فقد عبر مستشارها X عن قلقه")
                and _someones(resumed.group(1))
                or _bare(resumed.group(1)) in title_words()
                and re.fullmatch(r"باسم(?:ه|ها|هم|هما)", resumed.group(2) or "")
            ):
                return None
            span = (words[k + 1].start(), words[j - 1].end()) if j > k + 1 else None
            topic_word = words[k + 1].group()
            if (
                span is None
                or _unconj(_n(topic_word)) in _STOP | {"بالنسبه"}
                and not _IMAM.match(_DIACRITICS.sub("", topic_word))
            ):
                return None  # ("أما بالنسبة لإنتاجه فقد كتب"، "أما عند المراهقين فقد": a topic, no subject)
            # ("أما الودائع التي تفوق السقف، فقال إنها": a topic the verb does not agree with is spoken of, and the
            # verb's subject is the last speaker, as with no topic; one with a name is someone, whatever its noun.)
            topic = [x.group() for x in words[k + 1 : j]]
            feminine = _DIACRITICS.sub("", topic_word).endswith(("ة", "ات")) or "التي" in topic
            gender = "f" if feminine else "m" if "الذي" in topic else None
            thing = (
                gender is not None
                and verb.gender in ("m", "f")
                and verb.gender != gender
                and not any(is_given_name(x) for x in topic)
                and _bare(topic_word) not in title_words() | body_words()
            )
            if re.search(r"[\"«“]", text[span[0] : span[1]]) or any(
                _COMPLEMENTISER.match(_n(x.group())) and not _van(text, x, e) for x in words[k + 1 : j]
            ):
                return None  # ("أما X، الذي قال في وقت سابق إن «…»، فقد دعا": words of his own come first)
            # ("أما وزير الدفاع X، الذي يختلف مع نتنياهو، فقال": the relative clause describes him.)
            relative = re.search(r"\s*[،,]\s*(?:الذي|التي|الذين|اللذان|اللتان)(?!\w)", text[span[0] : span[1]])
            if relative:
                span = (span[0], span[0] + relative.start())
            # Trim trailing punctuation/commas inside the span.
            s0, e0 = span
            while e0 > s0 and text[e0 - 1] in " ،,":
                e0 -= 1
            subject = None if thing else _mention(text, (s0, e0), verb.gender)
            if _declined(text, words[j], e):
                # ("أما الحكم X فرفض التعليق على الهدف": he declined, and said nothing.)
                return _Frame(words[k].start(), words[j].end(), subject, verb.gender, silent=True)
            verb_word = words[j + 1].group() if particle else w[1:]
            return _Frame(
                words[k].start(),
                # (and whom told, and when: "فأكد، عقب لقائه بري، أن")
                _words_after(
                    text,
                    _past_set_off(
                        text,
                        _past_informed(text, verb_word, _past_medium(text, words[j + 1 if particle else j].end(), e), e),
                        e,
                    ),
                    e,
                ),
                subject,
                verb.gender,
                verb.written,
            )
    return None


# A testimony in a list, after a comma: "ومن الشهادات التي جمعتها «X»، المزارعة أم محمد: «…»، وسائق الجرار Y: «…»".
_TESTIMONY = re.compile(r"[،,]\s*و?(?=[^:،,\n“«\"]{2,80}?\s*:\s*[«“\"])")


def _testimonies(text: str, s: int, e: int, quotes: list[tuple[int, int]]) -> list[_Frame]:
    """Quotations in a list, each after a comma and someone named by a title or a name and a colon, in a sentence
    that reports nothing else: each is the words of whom it follows ("…، المزارعة أم محمد: «…»، والسائق X: «…»")."""
    out = []
    for m in _TESTIMONY.finditer(text, s, e):
        if _inside(quotes, m.start()):
            continue
        frame = _colon_frame(text, m.end(), e, quotes)
        head = WORD.match(text, frame.speaker.start) if frame and frame.speaker else None
        if frame and head and (_titled(head.group()) or is_given_name(head.group())):
            out.append(frame)
        else:
            # (one this reading cannot name still ends the one before: "، وسائق الجرار X من بلدة سالم: «…»")
            colon = text.find(":", m.end(), e)
            out.append(_Frame(m.start(), colon + 1, None, None, unknown=True))
    return out if any(not f.unknown for f in out) else []


def _colon_frame(text: str, s: int, e: int, quotes: list[tuple[int, int]]) -> _Frame | None:
    """ "X: «...»" / "X: ..." with a short phrase before the colon and no verb: a name speaking."""
    # (A live blog's time stamp before it is no speaker: "11:20 - المتحدث باسم الجيش: «…»"; nor the lead's
    # dateline with the outlet's credit: "الرباط - هسبريس: تأهل المنتخب".)
    s = _past_dateline(text, s, e)
    m = re.match(r"\s*([^:\n“«\"]{2,80}?)\s*:\s*", text[s:e])
    if not m or "(" in m.group(1):
        return None  # ("الثورة الفرنسية (بالفرنسية: …)": a gloss in brackets, no one speaking)
    phrase = m.group(1)
    ws = WORD.findall(phrase)
    going_on = _GOING_ON_BEFORE_COLON.get(_unconj(_n(ws[0]))) if ws else None
    if going_on and len(ws) == 1:
        # "ويتابع: «…»": the present of "تابع", which reports only before a colon, goes on with the last speaker.
        return _Frame(s + m.start(1), s + m.end(), None, going_on)
    if len(ws) == 1 and _WE_ASKED.fullmatch(_n(ws[0])):
        return _Frame(s + m.start(1), s + m.end(), None, None, unknown=True)  # "سألناها: …؟": the reporter's question
    named = ws[1:] if going_on else ws  # ("وتتابع الشلوي: «…»": she goes on, named)
    # (A title's phrase may run longer: "المتحدث باسم قوات الدعم السريع الفاتح قرشي: «…»".)
    longest = 9 if named and _bare(named[0]) in title_words() else 6
    if (
        not 1 <= len(named) <= longest
        or all(w.isdigit() for w in named)
        or any(_COMPLEMENTISER.match(_n(w)) or _n(w) in _STOP or _verb_at(w) or _participle_at(w) for w in named)
    ):
        return None  # (nor a verb: "راسلت بيركمان قائلة:" says who she wrote to, and the subject is not in it)
    credit = re.fullmatch(r'[«"“]([^»"”\n]{2,30})[»"”]\.?', text[s + m.end() : e].strip())
    if credit and len(named) == 1 and is_place(named[0]) and len(WORD.findall(credit.group(1))) <= 3:
        return None  # ("الرياض: «الشرق الأوسط»": a line of its own, the dateline and the outlet's credit)
    pe = s + m.start(1) + len(phrase)
    ps = s + m.start(1) + (phrase.index(named[0]) if going_on else 0)
    saying = next((k for k, w in enumerate(named[:-1]) if _n(w) in ("بقول", "قول")), None)
    if saying is not None:
        # ("واستشهد الخطيب بقول الرئيس الراحل: «…»": whose saying is quoted said it, not who cites it)
        ps = s + m.start(1) + next(x.start() for x in WORD.finditer(phrase) if x.group() == named[saying + 1])
    elif ws and _unconj(_n(ws[0])) != _n(ws[0]) and is_verb_form(ws[0][1:]) and not is_common_noun(ws[0][1:]):
        return None  # ("وذكّر الخطيب …:": a verb and its subject, saying nothing of whose words follow)
    return _Frame(s + m.start(1), s + m.end(), Mention(ps, pe, text[ps:pe]), going_on)


_SAYING = {_n(w) for w in "بالقول بقوله بقولها بقولهم".split()}
_BI_ANNA = {_n(w) for w in "بأن بأنه بأنها بأنهم".split()}
_ADDING = _n("مضيف")  # (the participle of "أضاف", which adds things too)
# ... so its words open within a few words after it: "مضيفا أن"، "مضيفة بابتسامة: «…»".
_ADDED_WORDS = re.compile(r"[^.،,؛\n]{0,40}?(?::|[«\"“]|(?<!\w)(?:أن|إن|بأن|أنه|إنه|أنها|إنها)(?!\w))")
_STATING = {_n(w) for w in "بالتأكيد بالإشارة بالتشديد".split()}  # ("وختم X المؤتمر بالتأكيد على أن")
# "يتابع"/"تتابع" report only before a colon (elsewhere: "وتتابع الوزارة الوضع", follows it).
_GOING_ON_BEFORE_COLON = {_n("يتابع"): "m", _n("تتابع"): "f"}


# Prepositions and adverbs that open an adjunct between a speaker and the complementiser (_past_adjunct).
# (and "ردا على سؤال إن": in reply)
_ADJUNCT_START = {
    _n(w) for w in "أمام خلال بين عقب إثر فور أثناء عند لدى وسط على إلى في من مع حول بعد قبل منذ ضمن ردا تعليقا تعقيبا".split()
}


def _past_adjunct(text: str, pos: int, limit: int) -> int:
    """Past an adjunct (where, when, before whom) and the complementiser after it: "قال الوزير أمام البرلمان إن",
    "أكد عقب لقائه نظيره الفرنسي أن", "أشار إلى أن". Not when "أن" is a noun's complement ("أكد على ضرورة أن",
    "أعرب عن أمله أن"): only "إن", which no noun takes, or "أن" right after the preposition or after a definite
    word; nor past a quotation, a colon or another reporting verb."""
    words = _words(text, pos, limit)[:15]
    # (and what was said about: "قال الوزير عن الأزمة إن"، "قال المبعوث بشأن سوريا إن")
    opens = _n(words[0].group()) in _ADJUNCT_START | {"عن", "بشان"} if words else False
    if not opens or text[pos : words[0].start()].strip(" \t،,"):
        return pos
    for j in range(1, len(words)):
        w, prev = words[j], words[j - 1]
        # (The preposition's own noun is no verb: "في رأي الأغلبية إن", an opinion, not "رأى".)
        verb = j > 1 and bool(_verb_at(w.group()) or _participle_at(w.group()))
        if re.search(r"[.!?؟:؛\"«»“”\n]", text[prev.end() : w.start()]) or verb:
            return pos
        if not _opens_words(_n(w.group())):
            continue
        if _spells_letter(words, j):
            continue  # ("في مقابلة مع شبكة سي إن بي سي إن": the letter N, not the complementiser)
        if _n(prev.group()) in _OWN_CLAUSE:
            return pos  # "قبل أن", "رغم أن": a clause of its own
        kasra = _DIACRITICS.sub("", w.group()).lstrip("وف").startswith("إن")
        p = _DIACRITICS.sub("", prev.group())
        definite = p.startswith("ال") and _n(p) not in _STOP and not _possessed(p)  # ("الى" is a preposition)
        # (A quotation right after it is the words either way: "أكد خلال زيارته أن «…»"، "أعرب عن أمله أن «…»".)
        quoted = text[w.end() : w.end() + 3].lstrip()[:1] in ("«", "“", '"')
        # ("تعهد قبل أيام بأن"، "اعتبر في مناسبات سابقة أن": when)
        ago = _n(prev.group()) in _TIME_UNITS or _bare(prev.group()) in _EARLIER_OR_LATER
        place = is_place(p)  # (a place's name takes no complement either: "أكد في غزة أن")
        return w.end() if kasra or j == 1 or definite or quoted or ago or place else pos
    return pos


_EARLIER_OR_LATER = {_bare(w) for w in "سابق سابقة لاحق لاحقة".split()}
_OBJECT_PRONOUNS = {_n(w) for w in "إياه إياها إياهم إياهما إياهن".split()}
_WHICH_IS = {_n(w) for w in "وهو وهي وهذا".split()}  # ("، وهو ما نفته الوزارة": the reporter's comment)
# "On his part" after the speaker: whose turn it is, no words of his ("بدوره" is among _TIME's words).
# ... or "too" ("وقال الوزير هو الآخر إن"، "وأكدت هي الأخرى أن").
_ON_ONES_PART = re.compile(
    r"من\s+(?:جانب|جهت|ناحيت|طرف)(?:ه|ها|هم|هما)(?!\w)"
    r"|(?:هو|هي|هم|هما)\s+(?:ال[آا]خر|ال[أا]خرى|ال[آا]خرون|ال[آا]خرين|ال[آا]خران|أيضا|ايضا|كذلك)(?!\w)"
)


# ... between a subject and its verb, with the commas that set it off ("الحكومة، بدورها، أعلنت").
_ONES_TURN = re.compile(r"[\s،,]*(?:" + _ON_ONES_PART.pattern + r"|بدور(?:ه|ها|هم|هما)(?!\w))[\s،,]*")


_TOLD_PRONOUNS = {_n(w) for w in "له لها لهم لهما لنا لي لك لكم".split()}


# A place with ب or في, then a comma and the complementiser ("بمجلس النواب، أن"، "في الرباط، إن").
_PLACE_SET_OFF = re.compile(r"(?:ب\w{3,}|في\s+\w+)(?:\s+ال\w+)?\s*[،,]\s*(?=[وف]?(?:إن|أن|بأن|إنه|أنه|إنها|أنها)\s)")


def _skip_complementiser(text: str, pos: int, limit: int) -> int:
    """Where the reported words start: after an adjunct and "إن/أن/بأن/أنه" (_past_adjunct), a colon, commas and
    time words."""
    opened = False
    while pos < limit:
        while pos < limit and (text[pos].isspace() or text[pos] in ":،,"):
            pos += 1
        if not opened:  # (after the time words: "حذرت المنظمة اليوم الثلاثاء من أن")
            part = _ON_ONES_PART.match(text, pos, limit)
            if part:
                pos = part.end()  # ("وأكدت الوزارة من جهتها أن"، "وأشارت المنظمة، من جانبها، إلى أن")
                continue
            adjunct = _past_adjunct(text, pos, limit)
            if adjunct > pos:
                pos, opened = adjunct, True
                continue
            during = _past_adjunct_occasion(text, pos, limit)
            if during > pos:
                pos = during  # ("ونفى طوال المحاكمة أي تجاوز": when, then the words)
                continue
        w = WORD.match(text, pos)
        if (
            w
            and w.end() <= limit
            and _n(w.group()) in _OBJECT_PRONOUNS
            and (_opens_words(_n(_next_word(text, w.end(), limit))) or re.match(r"\s*ب", text[w.end() : limit]))
        ):
            pos = w.end()  # ("واصفا إياها بأنها"، "متهما إياه بالتقصير": whom he described or accused, then the words)
            continue
        if not opened and w and _adverb_in_accusative(w.group()) and _opens_words(_n(_next_word(text, w.end(), limit))):
            pos = w.end()  # ("وقال الاتحاد رسميا إن": how, then the words)
            continue
        if not opened and w and _n(w.group()) in _TOLD_PRONOUNS and _opens_words(_n(_next_word(text, w.end(), limit))):
            pos = w.end()  # ("إن الوزيرة قالت له إن": whom she told, then the words)
            continue
        if (
            w
            and w.end() <= limit
            and (_opens_words(_n(w.group())) or _n(w.group()) in _TIME or _n(w.group()) in _SAYING)  # ("وختم بالقول:")
        ):
            pos = w.end()
            opened = opened or _opens_words(_n(w.group()))
            continue
        # "وختم المدرب حديثه بالقول إن"، "اختتم كلمته بالتأكيد على أن"، "ختم تصريحه لهسبريس بالقول": what he
        # ended (and to whom), and how. Whatever noun stands before "بالقول" is so ("وختم الجلسة بالقول"، "وبادر
        # الصحفيين بالقول"): the words follow the saying. So what was justified before "بأن" ("مبررة ذلك بأن"،
        # "معللا قراره بأن").
        ending = re.match(r"(" + WORD.pattern + r")(?:\s+ل\S+)?\s+(" + WORD.pattern + ")", text[pos:limit])
        justified = ending is not None and (_n(ending.group(1)) == "ذلك" or _owns(ending.group(1)))
        if (
            not opened
            and ending
            and (
                _owns(ending.group(1))
                and _channel(ending.group(1))
                and _n(ending.group(2))[:3] == "بال"
                or _n(ending.group(2)) in _SAYING | _STATING
                or justified
                and _n(ending.group(2)) in _BI_ANNA
            )
        ):
            pos += ending.end()
            opened = opened or _n(ending.group(2)) in _BI_ANNA
            continue
        medium = _past_medium(text, pos, limit)
        if medium > pos:
            pos = medium
            continue
        # ("وقال صلاح بعد المباراة في تصريحات لشبكة «X»: «…»": when, then where it was said)
        occasion = re.match(r"(" + WORD.pattern + r")\s+" + WORD.pattern + r"\s+", text[pos:limit])
        if not opened and occasion and _n(occasion.group(1)) in _ADJUNCT_START:
            medium = _past_medium(text, pos + occasion.end(), limit)
            if medium > pos + occasion.end():
                pos = medium
                continue
        # ("دعت هذا الأسبوع إلى"، "دعت الأسبوع الماضي إلى": when, before the words; after "إن" it is theirs: "إن
        # هذا الأسبوع سيكون حاسما")
        when = None if opened else re.match(r"(" + WORD.pattern + r")\s+(" + WORD.pattern + ")", text[pos:limit])
        if when and (
            _n(when.group(1)) in _DEMONSTRATIVES
            and _bare(when.group(2)) in _TIME_NOUNS
            or _bare(when.group(1)) in _TIME_NOUNS
            and _n(when.group(2)) in _RELATIVE_TIME
        ):
            pos += when.end()
            continue
        # ("أكد X، اليوم الثلاثاء بمجلس النواب، أن": where, set off by the comma before the complementiser)
        where = None if opened else _PLACE_SET_OFF.match(text, pos, limit)
        if where:
            pos = where.end()
            continue
        earlier = re.match(r"في\s+(" + WORD.pattern + r")\s+(" + WORD.pattern + ")", text[pos:limit])
        if earlier and all(_bare(g) in _WHEN for g in earlier.groups()):
            pos += earlier.end()  # "دعا في وقت سابق إلى": when, not the words
            continue
        manner = None if opened else _MANNER.match(text, pos, limit) or _DOING_TO_COLON.match(text, pos, limit)
        if manner and _said_how(manner.group()):
            pos = manner.end()  # "ويضيف بصوت متهدج: «…»": how or where, then the quotation after the colon
            continue
        break
    return pos


def _said_how(phrase: str) -> bool:
    """Are these words before a colon (_MANNER) only how, where or when the quotation after it was said: no
    complementiser, and across a comma only from an adjunct with no verb of its own ("في إحاطة أمام المجلس، مساء
    الثلاثاء:", not 'ضعيف، وإنما يصح منه قوله:')?"""
    words = WORD.findall(phrase)
    if any(_opens_words(_n(x)) for x in words):
        return False
    if not re.search(r"[،,]", phrase):
        return True
    return _n(words[0]) in _ADJUNCTS | {"في", "عبر"} and not any(_verb_at(x) or _participle_at(x) for x in words)


# A few words before a colon and a quotation: the manner, place or occasion of the words, not the words.
_MANNER = re.compile(r"(?:[^\s:.،,؛!?؟\"“«»”]+\s*[،,]?\s+){0,9}[^\s:.،,؛!?؟\"“«»”]+\s*:(?=\s*[\"“«])")
# ... or what the speaker was doing as she spoke, however long, to the colon ("وتضيف وهي تشير إلى خيمة جارتها التي
# غمرتها مياه الأمطار الأسبوع الماضي: «…»").
_DOING_TO_COLON = re.compile(
    r"\s*و(?:هو|هي|هم|هما)\s+[يت][^\s:.،,؛!?؟\"“«»”]{2,}(?:\s+[^\s:.،,؛!?؟\"“«»”]+){0,20}\s*:(?=\s*[\"“«])"
)


# -- statements --------------------------------------------------------------------------------------


def attribute(text: str, title: str | None = None) -> list[Attributed]:
    """Every quotable stretch of an article with its speaker, in text order: what each frame introduces (its
    quotations as direct speech), and each remaining sentence as narration. title: the article's title when it
    is known apart from the text (a JSONL record's, an HTML page's): the first paragraph is then a headline only
    when it is that title or looks like one, not merely for being short."""
    out: list[Attributed] = []
    history: list[Mention] = []  # speakers so far, for continuations
    documents: dict[str, Mention] = {}  # channel noun (بيان) → who the last one named was said to come from
    spans = paragraph_spans(text)
    still_open: Mention | None = None  # who speaks in a quotation the last paragraph left open
    interview = _announces_interview(text, spans, title)  # (its answers are the interviewee's)
    # (Laid out as "س: …" and "ج: …" with no word of an interview, only one the lead says it met or talked with.)
    laid_out = not interview and bool(_QUESTION_LINE.search(text) and _ANSWER_LINE.search(text))
    heading = spans[0] if spans and _is_headline(text, *spans[0], 0, title) else None
    for n, (p_start, p_end) in enumerate(spans):
        headline = _is_headline(text, p_start, p_end, n, title)
        if still_open is not None and not _has_marks(text, p_start, p_end) and _closed_later(text, spans[n + 1 :]):
            # A quotation over three paragraphs or more: one with no mark between its opening and its closing
            # paragraphs is all the speaker's.
            s, e = _trimmed(text, p_start, p_end)
            out.append(Attributed(s, e, DIRECT, still_open))
            continue
        close = _closes_quotation(text, p_start, p_end) if still_open is not None else None
        if close is not None and still_open is not None:
            # A quotation over two paragraphs: '… قال الوزير: "… الأزمة.' then 'سنخفض العجز …".' goes on
            # quoting him up to its closing mark.
            s, e = trim_span(text, p_start, close, _QUOTE_MARKS)
            out.append(Attributed(s, e, DIRECT, still_open))
            p_start = close + 1
        answer = ANSWER.match(text, p_start, p_end) if not headline else None
        interviewee = (
            _interviewee(text, p_start, out, heading, named_only=laid_out) if answer and (interview or laid_out) else None
        )
        if answer and interviewee is not None:
            # An interview's answer ("ج: …"): the words of whom the article says it interviews, as they said them.
            s, e = _trimmed(text, answer.end(), p_end)
            out.append(Attributed(s, e, DIRECT, interviewee))
            history.append(interviewee)
            continue
        inline = _INLINE_QA.match(text, p_start, p_end) if not headline else None
        asked_of = _interviewee(text, p_start, out, heading, named_only=not interview) if inline else None
        if inline and asked_of is not None and inline.end() < p_end:
            # A question and its answer on one line, each after a dash ("- هل أنتم راضون؟ - «ليس تماما …»"): the
            # interviewer asks, the interviewee answers.
            out.append(Attributed(*_trimmed(text, p_start, inline.end(1)), NARRATION, None))
            s, e = trim_span(text, *_trimmed(text, inline.end(), p_end), _QUOTE_MARKS)
            out.append(Attributed(s, e, DIRECT, asked_of))
            history.append(asked_of)
            continue
        if not headline and _interviewer_line(text, p_start, p_end):
            out.append(Attributed(*_trimmed(text, p_start, p_end), NARRATION, None))  # (the outlet asks)
            continue
        label = _LABEL.match(text, p_start, p_end) if n and _interviewer_line(text, *spans[n - 1]) else None
        if label and len(label.group(1).split()) <= 4 and not _has_marks(text, label.end(), p_end):
            # The answer to it, labelled with who answers ("كوستا: ليس بعد. ما زلنا نبحث …"): all of it theirs.
            answerer = _mention(text, trim_span(text, *label.span(1), " "), None)
            if answerer is not None:
                out.append(Attributed(*_trimmed(text, label.end(), p_end), DIRECT, answerer))
                history.append(answerer)
                continue
        quotes = quote_spans(text, p_start, p_end)
        credit = _CREDIT.match(text, p_start, p_end)
        if credit:
            quotes = [q for q in quotes if not credit.start(1) <= q[0] < credit.end(1)]
        quotes = [q for q in quotes if not _quoted_name_after_verb(text, q)]
        # An answer with no mark: the paragraph after the interviewer's question, in an interview the lead
        # announces ("في حوار خاص مع «الشروق»، تحدث الوزير …" then "كيف تقيمون …؟" then the answer).
        asked = n > 1 and not quotes and is_question(text, *spans[n - 1]) and not is_question(text, p_start, p_end)
        asked = asked and not any(a.speaker for a in out if spans[n - 1][0] <= a.start < spans[n - 1][1])
        interviewee = _interviewee(text, p_start, out, heading) if asked and interview else None
        if interviewee is not None:
            said = [a for s, e in sentences(text, p_start, p_end, quotes) for a in _sentence(text, s, e, quotes, [], documents)]
            if not any(a.speaker for a in said):
                # (without the dash that opens a line of dialogue: "- نحن في المراحل الأخيرة")
                s, e = trim_span(text, *_trimmed(text, p_start, p_end), "-–—", "")
                out.append(Attributed(s, e, DIRECT, interviewee))
                history.append(interviewee)
                continue
        spans_here = sentences(text, p_start, p_end, quotes)
        pending: list[Attributed] = []  # a quotation standing alone, whose speaker the next sentence gives
        for k, (s, e) in enumerate(spans_here):
            if headline:
                out.append(Attributed(s, e, NARRATION, None, headline=True))
                continue
            if WORD.search(text, s, e):  # (not the full stop left after a closing mark)
                said = _sentence(text, s, e, quotes, history, documents)
                if pending:
                    # '«…». بهذه العبارة لخص X موقفه'، '«…». هكذا قال X': the words just quoted are X's.
                    thus = next((f for f in _frames(text, s, e, quotes) if f.speaker is not None), None)
                    if thus is not None:
                        kind = UNNAMED if _kind(text, thus.speaker, thus) == UNNAMED else DIRECT
                        out.extend(replace(a, speaker=thus.speaker, kind=kind) for a in pending)
                    pending = []
                alone = any(qs - s <= 1 and e - qe <= 2 for qs, qe in quotes)
                if alone and k + 1 < len(spans_here) and _opens_thus(text, spans_here[k + 1][0]):
                    pending = [a for a in said if a.speaker is not None and a.kind != NARRATION]
                    said = [a for a in said if a not in pending]  # (not the last speaker's)
                out.extend(said)
                if _orphan_quotation(text, s, e, quotes, said) or _we_asked_colon(text, s, e):
                    # "ويضيف" next goes on with that unknown speaker, not an earlier one (nor an answer to what the
                    # reporter asked someone: "سألناها: …؟" then "«…»")
                    history.append(_UNKNOWN)
        last = max((a for a in out if a.kind == DIRECT and p_start <= a.start < p_end), key=lambda a: a.end, default=None)
        still_open = last.speaker if last is not None and _left_open(text, p_start, p_end) else None
    speakers = {tuple(_bare(w) for w in WORD.findall(a.speaker.text)) for a in out if a.speaker}
    out += [a for q in out if q.kind == DIRECT for a in _reported_within(text, q, speakers)]
    # (Without repeats, in the order read where two share a span: the quotation before a report inside it. A set's
    # order would change with the hash seed from one run to the next.)
    return sorted(dict.fromkeys(out), key=lambda a: (a.start, a.end))


# An interview: "حوار مع X"، "في مقابلة خاصة مع X"; its answers: paragraphs opening with "ج:" (its questions "س:").
_INTERVIEW = re.compile(r"(?:حوار|حوارا|حواراً|مقابلة|لقاء)\s+(?:[^\s.،,:]+\s+){0,2}?مع\s+")
# Whom an interview's lead says the outlet or the writer met ("التقت «الشروق» المخرجة X"، "التقينا الوزير X"):
# the interviewee, once the article presents itself as an interview.
_MET = re.compile(
    r"(?<!\w)(?:(?:التقت|التقى|قابلت|قابل|حاورت|حاور)\s+[«\"][^»\"\n]{1,40}[»\"]|التقينا|التقيت|قابلنا|حاورنا|استقبلنا)\s+"
)
# The lead of an interview that names no "حوار مع": "في هذا الحوار، يتحدث الوزير X عن"، "في حوار خاص، تحدثت
# الوزيرة X عن" (who speaks follows the verb), and the interviewer's byline "حاوره: X", at the top or the end.
_THIS_INTERVIEW = re.compile(
    r"(?:في|خلال)\s+(?:(?:هذا|هذه)\s+(?:الحوار|المقابلة)|(?:حوار|مقابلة)(?:\s+(?:خاص|خاصة|حصري|حصرية))?)\s*[،,]?\s*"
    # (the present, "يتحدث", or the past, "تحدثت")
    r"(?:[يت](?:تحدث|كشف|جيب|قول|روي|تناول|ستعرض)|(?:تحدث|كشف|تناول|استعرض)(?:ت)?|أجاب(?:ت)?|روى|روت)\s+"
)
_INTERVIEWER = re.compile(r"(?m)^\s*(?:حاوره|حاورها|حاورته|حاورتها|أجرى الحوار|اجرى الحوار)\s*[:\-–]")
ANSWER = re.compile(r"\s*(?:ج|جواب|الجواب)\s*[:\-–]\s*")
# An interview laid out as questions and answers, each line opening "س:" or "ج:"; or a lead that closes on "وكان
# هذا الحوار" (and this was the interview).
_QUESTION_LINE = re.compile(r"(?m)^\s*(?:س|سؤال|السؤال)\s*[:\-–]")
_ANSWER_LINE = re.compile(r"(?m)^\s*(?:ج|جواب|الجواب)\s*[:\-–]")
# A question and its answer on one line, each after a dash or a bullet: "- هل أنتم راضون؟ - «ليس تماما»".
_INLINE_QA = re.compile(r"\s*[-–—•■]\s*([^\n؟?«»\"“”]{3,300}[؟?])\s*[-–—]\s*")
_WAS_THIS_INTERVIEW = re.compile(r"(?<!\w)[وف]كان\s+(?:[^\s.،,:]+\s+){0,3}?(?:هذا|هذه)\s+(?:الحوار|المقابلة|اللقاء)(?!\w)")


def is_question(text: str, s: int, e: int) -> bool:
    """Is the paragraph text[s:e] an interviewer's question: short, unquoted, ending with a question mark (past
    the outlet's name that labels it, '«الخليج»: ما أبرز …؟')?"""
    label = _OUTLET_LABEL.match(text, s, e)
    part = text[label.end() if label else s : e].strip()
    return part.endswith("؟") and len(part) <= 300 and not re.search(r"[\"«»“”]", part)


# An interview's line labelled with a name and a colon: the outlet's in quotation marks ('«الخليج»: '), or up to
# four words ("DW عربية: ").
_OUTLET_LABEL = re.compile(r'\s*[«"“][^»"”\n]{1,40}[»"”]\s*:\s*')
_LABEL = re.compile(r"\s*([^\s:،,.«»\"“”][^:،,.«»\"“”\n]{0,40}?)\s*:\s*")


def _interviewer_line(text: str, s: int, e: int) -> bool:
    """Is the paragraph the interviewer's question, labelled with the outlet's name: in quotation marks
    ('«الخليج»: ما أبرز المستجدات؟'), or a name the article gave after "مع" before ("في مقابلة مع DW عربية" then
    "DW عربية: هل …؟")? The outlet asks; it says nothing of its own."""
    if _OUTLET_LABEL.match(text, s, e):
        return is_question(text, s, e)
    label = _LABEL.match(text, s, e)
    if label is None or len(label.group(1).split()) > 4 or not is_question(text, label.end(), e):
        return False
    return re.search(r"مع\s+[«\"“]?" + re.escape(label.group(1).strip()) + r"(?!\w)", text[:s]) is not None


def _sentence_opening(text: str, pos: int) -> int:
    """Where the sentence holding text[pos] starts: after the last full stop, question mark or line break."""
    return max(text.rfind(c, 0, pos) for c in ".!؟\n") + 1


def _announces_interview(text: str, spans: list[tuple[int, int]], title: str | None) -> bool:
    """Does the article present itself as an interview: in its headline, or in the paragraphs that open it where
    no one is reported to have said something in it ("وقال الوزير في مقابلة مع قناة محلية" is another's)?"""
    lead_end = spans[min(2, len(spans) - 1)][1] if spans else 0
    headline = title or (text[spans[0][0] : spans[0][1]] if spans else "")
    if re.search(r"(?<!\w)(?:حوار|مقابلة)(?!\w)", headline):
        return True
    # (The interviewer's byline may close the article too.)
    if _INTERVIEWER.search(text) or _THIS_INTERVIEW.search(text, 0, lead_end) or _WAS_THIS_INTERVIEW.search(text, 0, lead_end):
        return True
    for m in _INTERVIEW.finditer(text, 0, lead_end):
        if not any(_verb_at(w) for w in WORD.findall(text, _sentence_opening(text, m.start()), m.start())):
            return True
    return False


def _interviewee(
    text: str, before: int, said: list[Attributed], heading: tuple[int, int] | None, named_only: bool = False
) -> Mention | None:
    """Whom the article says it interviews, the last time before text[before]: the phrase after "حوار/مقابلة مع"
    or "في هذا الحوار، يتحدث", or whom the lead says was met (_MET); without one, the only person its lead reports
    (said: what was attributed so far), as in "الوزير في حوار: …" then "أكد الوزير X أن …" and the questions;
    without any, whom a headline "حوار | X: …" (heading: its span in text) gives the words after the colon to.
    named_only: only the phrase after such words (an article that never calls itself an interview, whose lead may
    quote someone else)."""
    people = {tuple(_bare(w) for w in WORD.findall(a.speaker.text)): a.speaker for a in said if a.speaker}
    found = next(iter(people.values())) if len(people) == 1 and not named_only else None
    leads = [*_INTERVIEW.finditer(text, 0, before), *_MET.finditer(text, 0, before), *_THIS_INTERVIEW.finditer(text, 0, before)]
    for m in sorted(leads, key=lambda m: m.start()):
        if _ANSWER_LINE.match(text, text.rfind("\n", 0, m.start()) + 1):
            continue  # ("ج: … التقيت مربي جواميس اسمه الحاج جبار": whom the interviewee met, not the interviewee)
        end = text.find("\n", m.end())
        at = m.end()
        # ("في حوار خاص مع «الصباح»، تحدثت الوزيرة …": the interview is with the outlet; who speaks follows, also
        # past where and when: 'مع "سكاي نيوز عربية" على هامش الحصة التدريبية الأخيرة، تحدث باريتو'.)
        outlet = re.match(
            r"[«\"][^»\"\n]{1,40}[»\"]((?:\s+[^\s،,.:؛\"«»]+){0,12}?)\s*[،,]\s*(\S+)\s+", text[at : end if end > 0 else len(text)]
        )
        if (
            outlet
            and not any(_verb_at(w) for w in WORD.findall(outlet.group(1)))
            and (_verb_at(outlet.group(2)) or _n(outlet.group(2)) in _SPOKE_TO)
        ):
            at += outlet.end()
        span = speaker_phrase(text, at, end if end > 0 else len(text))
        found = _mention(text, span, None) or found
    if found is None and heading is not None and not named_only:
        opening = re.match(r"\s*(?:حوار|مقابلة)\s*[|:\-–—.]+\s*", text[heading[0] : heading[1]])
        colon = text.find(":", heading[0] + opening.end(), heading[1]) if opening else -1
        if opening and colon > 0:
            found = _mention(text, speaker_phrase(text, heading[0] + opening.end(), colon), None)
        elif opening:
            # ("حوار: رئيس هيئة الاستثمار يتحدث عن …": who speaks, then the verb)
            talks = next((w for w in _words(text, heading[0] + opening.end(), heading[1]) if _n(w.group()) in _SPOKE_TO), None)
            if talks is not None:
                found = _mention(text, speaker_phrase(text, heading[0] + opening.end(), talks.start()), None)
        elif (colon := text.find(":", heading[0], heading[1])) > 0:
            # ("عالمة المناخ العراقية X: الأهوار مختبر مفتوح" over an interview: the one whose words it heads)
            # (who they are and their name, the phrase up to the colon: a few words, none a verb of saying)
            label = _trimmed(text, heading[0], colon)
            words = WORD.findall(text, *label)
            named = speaker_phrase(text, *label) is not None and len(words) <= 8 and not any(_verb_at(w) for w in words)
            found = _mention(text, label, None) if named and _name_words_in(_words(text, *label)) else None
    return found


def _left_open(text: str, s: int, e: int) -> bool:
    """Does the paragraph text[s:e] leave a quotation open (more opening marks than closing ones)?"""
    part = text[s:e]
    return part.count('"') % 2 == 1 or part.count("«") > part.count("»") or part.count("“") > part.count("”")


def _has_marks(text: str, s: int, e: int) -> bool:
    """Does text[s:e] hold a quotation mark?"""
    return any(c in _QUOTE_MARKS for c in text[s:e])


def _closed_later(text: str, spans: list[tuple[int, int]]) -> bool:
    """Is the first of these paragraphs (up to five) that has a quotation mark one that closes the quotation left
    open before them?"""
    marked = next(((s, e) for s, e in spans[:5] if _has_marks(text, s, e)), None)
    return marked is not None and _closes_quotation(text, *marked) is not None


def _closes_quotation(text: str, s: int, e: int) -> int | None:
    """Where a paragraph closes a quotation the last one opened: its first closing mark, when no mark opens a
    quotation before it (None otherwise)."""
    for i in range(s, e):
        c = text[i]
        if c in "«“":
            return None
        if c in "»”" or c == '"' and i > s and not text[i - 1].isspace() and (i + 1 >= e or not text[i + 1].isalnum()):
            return i
        if c == '"':
            return None
    return None


_NESTING_WORDS = 8  # a shorter quotation is one remark, with no room for a report of its own


def _reported_within(text: str, quote: Attributed, speakers: set[tuple[str, ...]]) -> list[Attributed]:
    """Reports inside a quotation ('قالت الوكالة: "... غير أن الأمير قال إن خاشقجي غادر"'): the words of whom
    the quotation names as saying them, besides the quotation as the outer speaker's. Only speakers it names (a
    subjectless verb inside it is its speaker's own: "وأضاف" there is no one the article introduced), and only
    someone with a title, a body, or whom the article quotes elsewhere (speakers, as bare words): a quotation's
    sentences are not news prose ("إذا غرد أكثر من ألف تغريدة" has no subject "أكثر"). A verb opening the
    quotation has its subject before it ('غوتيريس "يدعو الحكومة إلى"': the noun after it is its object)."""
    if len(WORD.findall(text, quote.start, quote.end)) < _NESTING_WORDS:
        return []
    inner = quote_spans(text, quote.start, quote.end)
    opening = WORD.search(text, quote.start, quote.end)
    found: list[Attributed] = []
    for s, e in sentences(text, quote.start, quote.end, inner):
        found += [
            a
            for a in _sentence(text, s, e, inner, [], {})
            if a.speaker is not None
            and a.kind != NARRATION
            and quote.start <= a.speaker.start
            and not (opening and _verb_at(opening.group()) and not text[opening.end() : a.speaker.start].strip())
            and _known(a.speaker, speakers)
            # ('"لقد حذرتُ حاكم الولاية X من أن …"': a verb in -ت before a masculine title is the quoted speaker's
            # "I", the title its object; its words are the quotation's.)
            and not (a.speaker.gender == "f" and _masculine_title(a.speaker.text))
        ]
    return found


# Those who are called on and never speak: no one issues the international community's statements.
_ADDRESSEES_ONLY = re.compile(r"(?<!\w)(?:ال)?(?:مجتمع الدولي|اسره الدوليه|راي العام)(?!\w)")


def _addressee_only_at(text: str, span: tuple[int, int]) -> int | None:
    """Where in the phrase one who is only ever called on starts (_ADDRESSEES_ONLY), after the subject if any."""
    words = list(WORD.finditer(text, *span))
    for k in range(len(words)):
        if _ADDRESSEES_ONLY.match(" ".join(_n(x.group()) for x in words[k : k + 2])):
            return words[k - 1].end() if k else span[0]
    return None


def _phrase_gender(text: str, span: tuple[int, int]) -> str | None:
    """The one gender a verb must have to take the phrase for its subject, where its adjectives tell it: "f" for a
    definite noun and its feminine adjectives ("الدول الغنية"، "الحكومات الغربية"، "الأطراف المعنية"), "m" for a
    title's or a body's noun with masculine singular nisbas ("الجيش السوداني"، "الرئيس الأمريكي"; a plural or a
    feminine takes none). (A movement's own name is no common noun: "ودعت الجهاد الإسلامي", the movement.)"""
    head, *adjectives = (_DIACRITICS.sub("", x) for x in WORD.findall(text, *span))
    if not adjectives or not _n(head).startswith("ال") or not all(_n(a).startswith("ال") and is_adjective(a) for a in adjectives):
        return None
    if all(a.endswith("ة") for a in adjectives):
        return "f"
    if (
        _bare(head) in title_words() | body_words()
        and not head.endswith(("ة", "ات"))
        and all(a.endswith("ي") for a in adjectives)
    ):
        return "m"
    return None


def _gender_clash(mention: str, gender: str | None) -> bool:
    """Does a verb of this gender ("m", "f") disagree with the title the mention opens with ("الوزير" and "رأت")?"""
    first = WORD.findall(mention)[:1]
    if gender not in ("m", "f") or not first or _bare(first[0]) not in title_words():
        return False
    return _masculine_title(mention) == (gender == "f")


def _masculine_title(mention: str) -> bool:
    """Does the mention open with a title in the masculine ("حاكم"، "الوزير"; not "الوزيرة")?"""
    first = WORD.findall(mention)[0]
    return _bare(first) in title_words() and not _DIACRITICS.sub("", first).endswith("ة")


def _known(speaker: Mention, speakers: set[tuple[str, ...]]) -> bool:
    written = WORD.findall(speaker.text)
    said = [_bare(w) for w in written]
    return (
        said[0] in title_words()
        or said[0] in body_words()
        # Someone's relations, by the possessive ("وتقول خطيبته وأصدقاؤه إنهم"): people of the story.
        or len(written[0]) > 4
        and _possessed(written[0])
        or any(other[k : k + len(said)] == tuple(said) for other in speakers for k in range(len(other)))
    )


def passage_spans(text: str, title: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of every quotable passage: what ingest embeds and quote scoring looks up."""
    return sorted({(a.start, a.end) for a in attribute(text, title)})


def _is_headline(text: str, s: int, e: int, n: int, title: str | None) -> bool:
    """A short line without final punctuation: a title or subheading, the site's paraphrase of someone. The
    first paragraph, when short, is taken for the title unless the title is known to be something else. (A line
    ending in a colon introduces the next: "وكتبت الوزيرة على حسابها:" before the post.)"""
    line = text[s:e].rstrip()
    if len(line.split()) <= 20 and line[-1:] not in _END + '”»":':
        return True
    if n != 0 or len(line.split()) > 25:
        return False
    return title is None or " ".join(line.lstrip("# ").split())[:200] == " ".join(title.split())


def _sentence(
    text: str, s: int, e: int, quotes: list[tuple[int, int]], history: list[Mention], documents: dict[str, Mention]
) -> list[Attributed]:
    frames = _frames(text, s, e, quotes)
    names = _outlet_names(text, s, e)
    in_sentence = [
        (qs, qe)
        for qs, qe in quotes
        if s <= qs < e
        and not any(a < qs < b for a, b in names)
        # (nor a byname: 'يقف جبار كاطع، المعروف بين جيرانه بـ"أبو حيدر"، على أرض' narrates)
        and not NICKNAMED.search(text, s, qs - 1)
    ]
    out: list[Attributed] = []
    current: Mention | None = None
    regions: list[tuple[int, int, Mention | None, str, bool]] = []
    answered: Mention | None = None  # the speaker of a frame whose only words were what it answered
    # "ويأتي ذلك بعد أن أعلن X": background to what the article reports; a "وأضاف" after it goes on with the
    # speaker before it, not with X.
    in_background = _BACKGROUND_SENTENCE.match(text, s, e) is not None
    narrated = None if frames else _narrated_subject(text, s, e)
    if narrated is not None and any(not narrated.start <= qs < narrated.end for qs, _ in in_sentence):
        narrated = None  # (a quotation of its own: no scene; but 'لا يخفي "أبو محمد" قلقه' is his name in marks)
    if narrated is not None:
        history.append(narrated)
    for i, f in enumerate(frames):
        speaker = f.speaker
        if f.unknown:
            current = None  # a participle after it ("..., مضيفا") is that unknown subject's too
            continue
        if f.after:
            # "…، بحسب X": X's words are what comes before, when no other frame claims them. When one does,
            # X is only the channel ("قال X إن ...، وفقا لما نقلته وكالة"), and "وأضاف" next goes on with X.
            if i == 0 or frames[i - 1].unknown or frames[i - 1].speaker is None and not history:
                # Set in the middle of the clause ("والوسيط وفق الصحيفة هو الأمير …", "والوسيط، وفق الصحيفة، هو"),
                # X's words go on after it; after a comma and with no comma closing it, the words after are
                # still X's description ("…، بحسب تقديرات مبادرة الأبحاث ومقرها واشنطن").
                until = frames[i + 1].cue if i + 1 < len(frames) else e
                inside = not text[s : f.cue].rstrip().endswith(("،", ",")) or text[f.content : until].lstrip()[:1] in "،,"
                # (but not into another clause its own connective opens: "…، بحسب X، لكن 14 شخصا نقلوا")
                inside = inside and not _opens_clause(text, f.content, until)
                end = until if inside and len(WORD.findall(text, f.content, until)) >= _MIN_WORDS else f.cue
                regions.append(
                    (
                        _past_dateline(text, s, end) if i == 0 else frames[i - 1].content,
                        end,
                        speaker,
                        _kind(text, speaker, f),
                        False,
                    )
                )
                if speaker is not None and not in_background:
                    history.append(speaker)
            continue
        if speaker is not None and (same := _SAME_ONE.search(speaker.text)):
            noun = WORD.findall(speaker.text[: same.start()])[-1]
            if is_common_noun(noun):  # "وقال المصدر نفسه": the last one that noun named (a source), else the last
                named_so = (h for h in reversed(history) if not isinstance(h, _Narrated) and h is not _UNKNOWN)
                speaker = next((h for h in named_so if _bare(noun) in map(_bare, WORD.findall(h.text))), None) or (
                    _last(history, f.gender) or speaker
                )
            else:  # "وقال المهداوي نفسه، قبل …": the one named, himself
                speaker = replace(speaker, end=speaker.end - len(same.group()), text=speaker.text[: same.start()])
        elif (
            speaker is not None
            and (named := _last(history, f.gender)) is not None
            and _age_epithet_of(text, f.cue, speaker, named)
        ):
            speaker = named  # "وأضافت اللاعبة البالغة من العمر 28 عاما:": the one just quoted, described by her age
        elif speaker is not None and _the_speaker(speaker.text) and not any(_the_speaker(h.text, alone=False) for h in history):
            # "وزاد المتحدث:": "the speaker", where no spokesman was named, is the one just quoted.
            speaker = _last(history, f.gender) or speaker
        if f.speaker is None:
            after_unknown = i > 0 and frames[i - 1].unknown
            cue = WORD.match(text, f.cue)
            goes_on = cue is not None and _unconj(_n(cue.group())).removesuffix("ت") in _GOES_ON
            speaker = current if f.participle and (current or after_unknown) else _last(history, f.gender, not goes_on)
            if f.asked_before:
                speaker = _last(history[:-1] if history and history[-1] is current else history, f.gender)
            if speaker is not None and cue is not None and several_speakers(speaker.text) and _singular_verb(cue.group()):
                speaker = None  # "قال X ونظيره Y إن …، وأضاف أن": one of the two goes on, and which is not said
            if (
                speaker is not None
                and _bare(WORD.findall(speaker.text)[0]) in body_words()
                and _GESTURE_THEN.search(text, s, f.cue)
            ):
                speaker = None  # ("ابتسمت وقالت:": a person smiles; the body quoted last does not)
            if (
                f.participle
                and current is not None
                and f.gender
                and current.gender
                and f.gender != current.gender
                # (a verb before its subject stays singular: "قال المحتجون إن …، مضيفين أن" is theirs)
                and not (f.gender == "p" and _plural_subject(current.text))
            ):
                speaker = None  # "قال الوزير …، فيما دعت …": not his words, whoever she is
            outer = frames[i - 2] if f.participle and i > 1 else None
            if (
                outer is not None
                and outer.speaker is not None
                and outer.speaker.gender == f.gender
                and frames[i - 1].speaker is not None
                and not text[outer.content : frames[i - 1].cue].strip()
            ):
                # "أفادت الهيئة بأن ربان سفينة أبلغ عن «…»، مؤكدة أن"، "ويضيف الكعبي أن والده كان يقول إن «…»، ثم
                # يستدرك": the one relayed is not the relaying speaker; the participle of that speaker's gender goes
                # on with them.
                speaker = outer.speaker
            if f.participle and i > 1 and frames[i - 1].relative and frames[i - 2].speaker not in (None, current):
                # "وانتقد X تصريحات Y، الذي قال إن «…»، مؤكدا أن": X's (the clause's) or Y's (the relative's), which
                # the participle does not say: no one's rather than perhaps the wrong one's; but one who replied goes
                # on replying ("ورد X على Y، الذي …، قائلا إن")
                speaker = frames[i - 2].speaker if frames[i - 2].answering else None
        if i and _in_time_clause(text, frames[i - 1], f) and not _introduces_words(text, f):
            # "أفاد المراسل بأن الجلسة شهدت توترا بعد أن رفضت هيئة المحكمة مطلب الدفاع": an act in a clause of when
            # inside the words before it is theirs to tell, no one's words of its own.
            continue
        if speaker is not None:
            speaker = _document_source(text, speaker, f, documents)
        # (A report in a clause of when inside these words leaves them whole: "بأن الجلسة رفعت بعد أن قال القاضي
        # إن الملف ناقص" is all the correspondent's, and the judge's words are his too.)
        end = next(
            (g.cue for g in frames[i + 1 :] if (not g.participle or g.cue > f.content) and not _in_time_clause(text, f, g)), e
        )
        # (One a narrative sentence made the subject is a speaker now, whom "وتابعت" goes on with.)
        narrated_now = (
            f.speaker is None
            and speaker is not None
            and any(isinstance(m, _Narrated) and (m.start, m.end) == (speaker.start, speaker.end) for m in history[-3:])
        )
        if speaker is not None and (f.speaker is not None or narrated_now) and not in_background:
            history.append(speaker)
        current = speaker
        then = next((g for g in frames[i + 1 :] if g.cue == end), None)
        # ("كتب من سجنه رسالة قال فيها": what he wrote is the letter, whose words the relative clause reports.)
        letter = f.written and then is not None and then.channel is not None and _written_before(text, f.content, end)
        if f.answering and (then is None or then.participle or then.relative) and _what_it_answered(text, f.content, end):
            answered = answered or speaker
        elif not (f.silent or letter) and not any(g.participle and g.cue == f.content for g in frames[i + 1 :]):
            # (In "وتابع قائلا: «…»" the participle's frame holds the words; in "وردّت الوزارة على الانتقادات،
            # مؤكدة أن" the words are the participle's, and "على الانتقادات" is what was answered, as in '"…"،
            # هكذا علّق الوزير على القرار.')
            if i == 0 and _after_its_quotation(text, f, in_sentence):
                end = f.content  # '«…»، يقول أبو خالد وهو يقف أمام منزله': what follows the speaker is no more words
            end = _quotation_after_colon(text, f, in_sentence, end)
            regions.append((f.content, end, speaker, _kind(text, speaker, f), _denies(text, f.cue, f.content)))
    # ('«…»، على حد تعبيرها': as she put it, the last speaker of her gender)
    as_put = _AS_PUT.match(text, in_sentence[0][1] + 1, e) if in_sentence else None
    put_gender = None if as_put is None else "f" if as_put.group().endswith("ها") else "m"
    # (or the person a narrative sentence has made its subject since: "في المساء، تشعل أم محمد شمعة. «…»، تهمس")
    opened_by = _last(history, put_gender, narrated=True) if not frames and in_sentence and in_sentence[0][0] - s <= 1 else None
    if opened_by and not _names_another(text, in_sentence[0][1], e) and not _name_in_marks_then_verb(text, in_sentence[0]):
        # A paragraph that opens with a quotation and no frame goes on quoting the last speaker.
        regions.append((s, e, opened_by, DIRECT, False))
    claimed = []
    for rs, re_, speaker, kind, denied in regions:
        if text[rs:re_].rstrip().endswith(":") and not any(rs <= qs < re_ for qs, _ in in_sentence):
            continue  # "وكتبت الوزيرة على حسابها:" ending its paragraph: where, and the words follow it
        rs, re_ = _trimmed(text, rs, re_)
        last = list(WORD.finditer(text, rs, re_))[-1:]
        whereas = _WHEREAS.search(text, rs, re_)
        if last and _n(last[0].group()) in _BOUNDARY | {"اذ"} and last[0].end() == re_:
            # "أعلن فيه توقفه …، بينما نقلت صحف": the next clause's conjunction is not part of these words (nor
            # "إذ": "أبدت المفوضية تحفظها، إذ قال"; nor "في حين": '"…"، في حين رأى X').
            rs, re_ = _trimmed(text, rs, last[0].start())
        elif whereas:
            rs, re_ = _trimmed(text, rs, whereas.start())
        background = _BACKGROUND.search(text, rs, re_)
        if background and not any(_COMPLEMENTISER.match(_n(w)) for w in WORD.findall(text, background.end(), re_)):
            # "أعلنت السعودية إجراءات ضد كندا، بعد طلب الأخيرة «…»": what came before is the reporter's
            # background, and the words quoted in it are someone else's.
            rs, re_ = _trimmed(text, rs, background.start())
        as_put = _AS_PUT.search(text, rs, re_)
        after_put = WORD.findall(text, as_put.end(), re_) if as_put else []
        if after_put and not _occasion_opens(after_put):
            # "الأسعار سترتفع، بحسب قوله، خلال الأشهر المقبلة": the words go on past how he put them (not
            # into where he said them: "، على حد تعبيره، في مؤتمر صحفي").
            as_put = None
        comment = _comment(text, rs, re_) or as_put or _SOURCE_TAIL.search(text, rs, re_) or _occasion_tail(text, rs, re_)
        if comment:
            # '"مياه مصر خط أحمر"، وهو تصريح كرره مرارا': after a quotation, the reporter's comment on it.
            rs, re_ = _trimmed(text, rs, comment.start())
        if re_ <= rs or _adjunct_only(text, rs, re_):
            continue
        inner = [(qs, qe) for qs, qe in in_sentence if rs - 1 <= qs < re_ + 1]
        # (A quotation is the whole too after the preposition the verb takes: 'عبّر عن "التضامن …"'.)
        lead = WORD.findall(text, rs, inner[0][0]) if len(inner) == 1 else []
        # (So it is after the occasion it was said on: 'فانتقدت في ندوة صحفية "…"'.)
        occasion = _occasion_only(lead)
        # (or its object pronoun: 'معتبرا إياه "نموذجا يحتذى به"', where the quotation is words enough alone:
        # 'واصفة إياها "بالحمقاء"' stays whole)
        iyya = len(lead) == 1 and _n(lead[0]) in _IYYA and len(WORD.findall(text, *inner[0])) >= _MIN_WORDS
        verb_preposition = len(lead) == 1 and _n(lead[0]) in _VERB_PREPOSITIONS or iyya
        whole = len(inner) == 1 and (not lead or verb_preposition or occasion) and re_ - inner[0][1] <= 2
        # (Never a stretch with quotations that holds its own speaker's mention: '"…"، على حد تعبير X، الذي يطالب
        # بـ"…"' reports nothing of its own; its quotations are the speaker's, below.)
        own_mention = bool(inner) and speaker is not None and rs <= speaker.start < re_
        if not whole and not own_mention and len(WORD.findall(text, rs, re_)) >= _MIN_WORDS:
            out.append(Attributed(rs, re_, kind, speaker, denied=denied))
        for qs, qe in inner:
            if qe - qs >= _MIN_SPEECH or whole and len(WORD.findall(text, qs, qe)) >= _MIN_WORDS:
                others, described = _someone_elses(text, rs, qs)
                if described:
                    out.append(Attributed(qs, qe, DIRECT, described))
                elif not others:
                    # (Quoted inside a denial, the words are what is denied: 'نفى أن تكون بلاده "تدعم الإرهاب"'.)
                    out.append(Attributed(qs, qe, DIRECT if kind != UNNAMED else UNNAMED, speaker, denied=denied))
        claimed.append((rs, re_))
    # A quotation before the first frame ("«...»، قال X") is that frame's speaker's.
    first_speaker = regions[0][2] if regions else answered
    first_kind = UNNAMED if regions and regions[0][3] == UNNAMED else DIRECT  # ('"…"، قال مصدر مطلع': unnamed)
    if frames and first_speaker is not None:
        for qs, qe in in_sentence:
            # Only right before it: in "متهمة إياها "بدعم الإرهاب"، ولكن الدوحة تنفي" the quotation is not Doha's.
            between = WORD.findall(text, qe, frames[0].cue)
            # ("هكذا قال X" after it: those words, however short.)
            thus = bool(between) and all(_n(b) in _THUS for b in between) and len(WORD.findall(text, qs, qe)) >= _MIN_WORDS
            if (
                qe <= frames[0].cue
                and (qe - qs >= _MIN_SPEECH or thus)
                and len(between) <= 2
                and not any(a <= qs < b for a, b in claimed)
                and not {_n(b) for b in between} & _BOUNDARY
                and not _commented_on(text, between, frames[0].cue)
                and not _question_put(text, s, qs)
            ):
                out.append(Attributed(qs, qe, first_kind, first_speaker))
                claimed.append((qs, qe))
    if not any(a.start <= s and a.end >= e for a in out):
        out.append(Attributed(s, e, NARRATION, None))
    return out


# The question put to the one who then answers, quoted after "سؤال:" or the passive "سئل (X):" ("وعند سؤاله: «…؟»،
# أجاب: «…»"، "وردا على سؤال: «…؟»، قال"): the asker's words, not the answerer's.
_QUESTION_PUT = re.compile(
    r"(?:(?<!\w)[وفبل]?(?:ال)?سؤال(?:ه|ها|هم)?(?:\s+من(?:\s+[^\s:،,.]+){1,4})?|(?<!\w)[وف]?سئل(?:ت|وا)?(?:\s+[^\s:،,.]+){0,4})"
    r"\s*:\s*\W?$"
)  # (and who asked it: "وردا على سؤال من سيدة تقول: «…؟»، أجاب")


def _question_put(text: str, s: int, qs: int) -> bool:
    """Is the quotation opening at text[qs] (in the sentence from s) a question put to someone (_QUESTION_PUT)?"""
    return _QUESTION_PUT.search(_DIACRITICS.sub("", text[max(s, qs - 80) : qs])) is not None


def _commented_on(text: str, between: list[str], cue: int) -> bool:
    """Do the words between a quotation and the first frame's verb make it what the reporter says someone confirmed,
    denied or rejected ('اتهمه بـ"…"، وهو ما نفاه الوزير، قائلا:'), whose words it need not be: "وهو ما" and a verb
    other than "قال" ("وهو ما قاله الوزير": his)?"""
    said = _n(_next_word(text, cue, len(text))).startswith("قال")
    return len(between) == 2 and _n(between[0]) in _WHICH_IS and _n(between[1]) == "ما" and not said


def _names_another(text: str, qe: int, e: int) -> bool:
    """Does the sentence go on after its opening quotation to name a speaker by title, body, source or given name
    ('«…»، عبارة رددها المتظاهرون أمام السفارة'، '«…»، بهذه الكلمات وصف الوزير سالم حداد')? Then the words are
    that one's, whom no frame this reading knows introduces, and not the last speaker's."""
    stop = stopword_set("arabic")
    # (A function word the romanizer also lists names no one: "على" of "، على حد تعبيرها".)
    return any(_speaker_noun(w) or is_given_name(w) and normalize_ar(w) not in stop for w in WORD.findall(text, qe, e))


# What follows a name in marks that is a verb's subject: its complementiser, perhaps after where it said so ("وأكد
# «حزب الله»، في بيان، أن"), or the one it asked and "عن".
_QUOTED_NAME_THEN = re.compile(r"[»\"”]((?:\s*[،,]?\s*[^\s.،,:؛«»\"]+){0,4}?)\s*[،,]?\s+ب?[أإا]ن(?:ه|ها|هم)?\s")
# ... or past an adjunct set off by commas, which may hold an outlet's name ("«مواصلات الإمارات»، في رد على استفسار
# «الخليج»، أن"), after what it is ("«غرفة طوارئ كرري»، وهي مبادرة شبابية تطوعية، في بيان …، إن")
_QUOTED_NAME_SET_OFF = re.compile(
    r"[»\"”](?:\s*[،,]\s*و(?:هي|هو)\s[^.،,:؛\n«»\"]{1,60})?"
    r"\s*[،,]\s*(?:في|خلال|عبر)\s[^.،,:؛\n]{1,60}[،,]\s*ب?[أإا]ن(?:ه|ها|هم)?\s"
)
_CALLED_THEN = re.compile(r"[»\"”]\s+(?:إلى|الى|على|ب)")  # ("ودعت «الجهاد الإسلامي» إلى"، "وطالبت «هيومن رايتس ووتش» بـ")
_ASKED_THEN = re.compile(r"[»\"”](?:\s+[^\s.،,:«»\"]+){1,8}\s+عن\s")  # (the one asked, with a title and name)


def _quoted_name_after_verb(text: str, q: tuple[int, int]) -> bool:
    """Is the quotation at q (inside its marks) an outlet's or a body's name as the subject right after a verb of
    saying, asking or calling on ("وقالت «الشرق الأوسط» إن"، "وسألت «الشروق» الوزير عن"، "ودعت «الجهاد الإسلامي»
    إلى"): the speaker, no one's words?"""
    words = WORD.findall(text, *q)
    stop = stopword_set("arabic")
    # (a body's name may run longer, its head first: "«المرصد السوري لحقوق الإنسان»", as in _segment)
    most = 6 if words and _bare(words[0]) in body_words() else 3
    if not 0 < len(words) <= most or re.search(r"[.،,:؛!?؟]", text[q[0] : q[1]]) or any(_n(w) in stop for w in words):
        return False  # (a name: a few words, none a function word, "«هذا هو الوقت»" is words)
    verb = _word_before(text, q[0] - 1)
    said = _verb_at(verb) if verb else None
    if said is None:
        return False
    if (said.calls_on and _CALLED_THEN.match(text, q[1])) or _QUOTED_NAME_SET_OFF.match(text, q[1]):
        return True
    then = _QUOTED_NAME_THEN.match(text, q[1])
    # (and no verb or participle before the complementiser: '«نحن هنا» مؤكدا أن' are words and what he stressed;
    # right before it, after a verb that takes an object, the name is that object: "ووصف «صفقة القرن» بأنها")
    between = WORD.findall(then.group(1)) if then else []
    if then and (between or not takes_object(verb)) and not any(_verb_at(w) or _participle_at(w) for w in between):
        return True
    return bool(_ASKING.fullmatch(_n(verb)) and _ASKED_THEN.match(text, q[1]))


# A dateline before a lead's first words: "مراكش (الأناضول) - ", "دبي، الإمارات (CNN)-- ", and the outlet's
# credit after the city in quotation marks: "الرياض - «الشرق الأوسط»: " (its name, not anyone's words).
_CREDIT = re.compile(r"[^()\n.:]{0,60}?[-–—]+\s*[«\"“]([^»\"”\n]{1,40})[»\"”]\s*:\s*")
_DATELINE = re.compile(
    r"[^()\n.]{0,60}\([^()\n]{1,30}\)\s*[-–—]+\s*|"
    # (or the agency between slashes: "دبي في 14 أكتوبر / وام /")
    r"[^()\n./]{2,60}/[ \t]*[^\W\d][^\W\d ]*(?:[ \t]+[^\W\d]+){0,2}[ \t]*/[ \t]*|" + _CREDIT.pattern
)
# The city alone, up to three words before a spaced dash ("مدريد - "، "الدار البيضاء – "): a dateline only where
# the lead opens, as the first line after the headline (elsewhere "X - Y" is a name or an aside).
# (or two: "الجزائر - الرباط - "; or the city and its region: "الجبايش، جنوب العراق - ")
_PLACE_WORDS = r"[^\W\d]{2,}(?:[ \t]+[^\W\d]{2,}){0,2}"
_CITY_DATELINE = re.compile(r"(?:" + _PLACE_WORDS + r"(?:[،,][ \t]*" + _PLACE_WORDS + r")?[ \t]+[-–—]+\s+){1,2}")
# After that city, the outlet's credit unquoted, up to four words before a colon ("تونس - القدس العربي: "، "جنيف -
# سكاي نيوز عربية: ") or an agency in brackets ("عمان - (أ ف ب): ").
_UNQUOTED_CREDIT = re.compile(r"(?:\([^()\n]{1,30}\)|((?:[^\W\d][\w.]*[ \t]+){0,3}[^\W\d][\w.]*))[ \t]*:[ \t]+")


_TIME_STAMP = re.compile(r"\d{1,2}:\d{2}\s*[-–—|]?\s*")


def _lead_words_at(text: str, words: list[re.Match[str]], limit: int) -> int:
    """The index of a sentence's first word after its dateline (0 without one)."""
    at = _past_dateline(text, words[0].start(), limit)
    return next(j for j, x in enumerate(words) if x.start() >= at)


def _past_dateline(text: str, s: int, e: int) -> int:
    """Where a sentence's words start after the dateline that may open it (the city and the agency are nobody's),
    or a live blog's time stamp ("11:05 - ")."""
    stamp = _TIME_STAMP.match(text, s, e)
    if stamp:
        return stamp.end()
    m = _DATELINE.match(text, s, e)
    if m:
        return m.end()
    city = _CITY_DATELINE.match(text, s, e)
    if city and text[s - 1 : s] == "\n" and sum(bool(line.strip()) for line in text[:s].split("\n")) == 1:
        credit = _UNQUOTED_CREDIT.match(text, city.end(), e)
        if credit and not (credit[1] and any(_verb_at(w) or _speaker_noun(w) for w in credit[1].split())):
            return credit.end()  # (no credit where the words are a speaker's: "بغداد - قال المتحدث: «…»")
        return city.end()
    return s


# ("«…»، هكذا قال X"، "«…»، بهذه الكلمات لخص X موقفه": the words just quoted.)
_THUS = {_n(w) for w in "هكذا وهكذا بهذه بتلك الكلمات العبارة العبارات الجملة".split()}


def _pointed_back(words: list[re.Match[str]], k: int) -> bool:
    """Is words[k] a verb of the third person right after "بهذه العبارة/الكلمات" ("بهذه العبارة افتتح"، "بهذه الكلمات
    يلخص الفلاح X"، "تحدث"), or a reporting verb right after "هكذا": whoever does it says the words just quoted,
    whatever the verb? ("نختم": we, the reporter.)"""
    if _n(words[k - 1].group()) in ("هكذا", "وهكذا"):
        # ('"…"، هكذا علّق X': "thus" stands for what a verb that reports only with its preposition would take)
        return _verb_at(words[k].group()) is not None
    if k < 2 or _n(words[k - 2].group()) not in ("بهذه", "بتلك"):
        return False  # (asked of every word: the cheap test first)
    nw = _n(words[k].group())
    return (
        _n(words[k - 1].group()) in _THUS
        and nw[:1] != "ن"
        and is_verb_form(words[k].group())
        and not is_common_noun(words[k].group())
        and nw not in _STOP
    )


def _opens_thus(text: str, pos: int) -> bool:
    """Does the sentence at text[pos] open with "thus" ("هكذا قال"، "بهذه العبارة لخص"), pointing back at the words
    just quoted?"""
    w = WORD.match(text, pos) or WORD.search(text, pos, pos + 3)
    return w is not None and _n(w.group()) in _THUS and _n(w.group()) not in ("الكلمات", "العبارة", "العبارات", "الجملة")


# Verbs and participles of denial: what they introduce is what the speaker says is not so.
_REJECTING = {_n(w) for w in "رفض رفضت رفضوا يرفض ترفض يرفضون دحض دحضت فند فندت".split()}
_CLAIMS = {_bare(w) for w in "اتهامات اتهام ادعاءات ادعاء مزاعم تقارير أنباء شائعات".split()}
_DENYING = {_n(w) for w in "نفى نفت نفوا ينفي تنفي ينفون أنكر أنكرت أنكروا ينكر تنكر ينكرون نافيا نافية نافين".split()}


def _denies(text: str, cue: int, content: int) -> bool:
    """Is the frame at cue a denial ("ونفت الوزارة أن"، "…، نافيا أن"; "وكان المتهم قد نفى"، "غير أن الوزير نفى أن": the
    verb after its subject, the frame's cue being the subject), or a rejection of claims whose words follow
    ("ورفض المتحدث اتهامات المعارضة بأن …": theirs, which he rejects)?"""
    lead = WORD.findall(text, cue, content)
    verbs = [k for k, x in enumerate(lead) if _verb_at(x) is not None or _participle_at(x) is not None]
    if lead and _unconj(_n(lead[0])) in _DENYING:
        return True
    # (the lead-in's last verb, not one in a relative clause on the subject: "وقال الوزير الذي نفى الاتهامات إن")
    last = verbs[-1] if verbs else None
    if last is None or last and _n(lead[last - 1]) in _RELATIVE:
        return False
    verb = _unconj(_n(lead[last]))
    claims = [_n(x) for x in lead[last + 1 :]] + [_n(_next_word(text, content, len(text)))]
    return verb in _DENYING or verb in _REJECTING and any(_bare(x) in _CLAIMS for x in claims)


def _after_its_quotation(text: str, frame: _Frame, quotes: list[tuple[int, int]]) -> bool:
    """Does the frame follow its quotation ('«…»، قال الوزير') with no complementiser, colon or quotation of its
    own opening more words? ("هكذا" may stand between: '«…»، هكذا قال الوزير في كلمته'.)"""
    if not any(qe <= frame.cue and all(_n(w) in _THUS for w in WORD.findall(text, qe, frame.cue)) for _, qe in quotes):
        return False
    lead = text[frame.speaker.end if frame.speaker else frame.cue : frame.content]
    return not any(_opens_words(_n(w)) for w in WORD.findall(lead)) and text[frame.content : frame.content + 1] not in ':"“«'


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    """A reported stretch without the punctuation and quotation marks at its ends."""
    return trim_span(text, s, e, _CLAUSE_PUNCT, _CLAUSE_PUNCT + "." + _QUOTE_MARKS)


# A comma after a closing quotation mark and the reporter's comment on what was quoted ("، وهو تصريح كرره"،
# "، في إشارة إلى"; but "، وهو ما يجب تقديره" may go on with the speaker's words).
_COMMENT = re.compile(r"(?<=[\"”»])\s*[،,]\s*(?:(?:وهو|وهي|وهذا|وهذه)\s+(\w+)|في\s+إشارة)(?!\w)")


def _comment(text: str, s: int, e: int) -> re.Match[str] | None:
    """After a quotation, the reporter's comment on it: '"…"، وهو تصريح كرره'، '«…»، وهو سقف لم يتهرب منه X'
    ("وهو" and an indefinite noun, not "وهو الأول من نوعه", which may describe a noun inside the words), or
    "، في إشارة إلى"."""
    for m in _COMMENT.finditer(text, s, e):
        noun = m.group(1)
        if noun is None or not _n(noun).startswith("ال") and is_common_noun(noun):
            return m
    return None


# "…، على حد قوله"، "بحسب تعبيره": as the speaker put it, no more of the words (unless they go on after it).
_AS_PUT = re.compile(r"\s*[،,]\s*(?:على\s+حد\s+|ب?حسب\s+|وفق\s+)(?:قوله|قولها|قولهم|تعبيره|تعبيرها|تعبيرهم|وصفه|وصفها)(?!\w)")
# "…، بحسب بيان للرئاسة": whose account the words are, ending them, where no frame read the source's name.
# (The source's name may be quoted, "، بحسب ما نقلت عنها صحيفة «لوموند»", where the words end before its mark.)
_SOURCE_TAIL = re.compile(rf"\s*[،,]\s*{_SOURCE_OPENS}(?:[^،,.:؛\"«“\n]|[\"«“][^\"«»“”\n]{{1,40}}[\"»”]?)*$")
# After a quotation, a comma and where or how the words were said ('…"، في لقاء مع وسائل الإعلام'، '…"، خلال
# كلمة ألقاها'، '…"، وذلك خلال مؤتمر صحفي'، '…"، عبر حسابه على منصة إكس'; _occasion_tail).
_AFTER_QUOTATION = re.compile(
    r'(?<=["”»])\s*[،,]\s*(?:وذلك\s+)?(?:في|خلال|أثناء|اثناء|عبر)\s+(' + WORD.pattern + r')[^"«»“”\n]*$'
)


def _occasion_opens(words: list[str]) -> bool:
    """Do these words open with an occasion of words: "في ندوة صحفية …"، "خلال لقائه …"?"""
    return len(words) >= 2 and _n(words[0]) in _ADJUNCTS | {"في"} and _n(words[1]) in _OCCASION_WORDS


def _occasion_only(words: list[str]) -> bool:
    """Are these words only the occasion of what follows them: "في ندوة صحفية"، "في اجتماع سابق مع رئيس الحكومة"
    (its adjective, and with whom: one definite word, or a title and its definite genitive), and nothing after?"""
    if not _occasion_opens(words):
        return False
    rest = [_n(w) for w in words[2:]]
    if rest and not rest[0].startswith("ال") and rest[0] != "مع":
        rest = rest[1:]  # (its adjective: "صحفية"، "سابق")
    if rest[:1] == ["مع"]:
        whom = rest[1:]
        return (
            len(whom) == 1
            and whom[0].startswith("ال")
            or (len(whom) >= 2 and _bare(whom[0]) in title_words() and all(x.startswith("ال") for x in whom[1:]))
        )
    return not rest


def _occasion_tail(text: str, s: int, e: int) -> re.Match[str] | None:
    """The occasion or channel set off after the quotation that ends text[s:e]: the reporter's, not the words."""
    m = _AFTER_QUOTATION.search(text, s, e)
    noun = m.group(1) if m else ""
    return m if _n(noun) in _OCCASION_WORDS or _channel(noun, _MEDIA) else None


# A sentence that opens "ويأتي ذلك بعد/في وقت …": background to what the article reports.
_BACKGROUND_SENTENCE = re.compile(
    r"\s*و?(?:يأتي|ياتي|تأتي|تاتي|جاء|جاءت)\s+(?:ذلك|هذا|هذه|ذاك)\s+(?:بعد|عقب|إثر|اثر|قبل|وسط|فيما|بينما|في\s+وقت|في\s+ظل)"
)
# A comma and a time preposition before a noun (not "بعد أن" + a verb): background to what was said.
_BACKGROUND = re.compile(r"[،,]\s*(?:و)?(?:بعد|إثر|اثر|عقب|قبل)\s+(?!أن|ان|ما\s)[^\s،,.]+")
_ADJUNCTS = {_n(w) for w in "خلال أثناء اثناء عقب إثر اثر قبل بعد أمام امام لدى وسط منذ".split()}


def _manner_only(text: str, s: int, e: int) -> bool:
    """How it was said, with nothing after it ("وردّ عليها X، بنبرة غاضبة، قائلا إن"، "بهدوء"): no words."""
    words = WORD.findall(text, s, e)
    # (the noun and its adjective, nothing quoted: 'ونفت الوزارة "بشدة" هذه الاتهامات' is what she denied)
    manner = 0 < len(words) <= 2 and _n(words[0])[:1] == "ب" and _bare(words[0][1:]) in _MANNER_NOUNS
    return manner and not re.search(r"[:\"“«]", text[s:e])


def _short_phrase(text: str, s: int, e: int, heads: set[str], most: int) -> bool:
    """Is text[s:e] at most `most` words opening with one of `heads`, and no quotation or colon?"""
    words = WORD.findall(text, s, e)
    return 0 < len(words) <= most and _n(words[0]) in heads and not re.search(r"[:\"“«]", text[s:e])


def _what_it_answered(text: str, s: int, e: int) -> bool:
    """A prepositional phrase and nothing else, no complementiser in it ("على هذه الانتقادات"، "عن الإصابة"، "على
    رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس"): what a verb answered or spoke of, not words of the speaker's."""
    words = WORD.findall(text, s, e)
    return _short_phrase(text, s, e, _TOPIC_PREPOSITIONS, 10) and not any(_COMPLEMENTISER.match(_n(w)) for w in words)


_TOPIC_PREPOSITIONS = {_n(w) for w in "على عن حول بشأن".split()}
_VERB_PREPOSITIONS = _TOPIC_PREPOSITIONS | {_n(w) for w in "إلى من ب".split()}  # ('وطالب بـ"فتح تحقيق"')
# Verbs whose "على/عن X" is what they answered ("وردّت الوزارة على الانتقادات، مؤكدة أن"): not "أكد على".
_ANSWERING = {_n(w) for w in "رد ردت ردوا علق علقت علقوا عقب عقبت عقبوا أجاب أجابت أجابوا".split()}


def _adjunct_only(text: str, s: int, e: int) -> bool:
    """ "هكذا قال X خلال التجمع"، "أمام البرلمان": when or where it was said, a short phrase with nothing after
    it, says nothing; nor does the occasion alone ("، كما قال في مؤتمر صحفي.")."""
    return (
        _short_phrase(text, s, e, _ADJUNCTS, 3)
        or _manner_only(text, s, e)
        or _stance_only(text, s, e)
        or _referred_only(text, s, e)
        or not re.search(r"[:\"“«]", text[s:e])
        and _occasion_only(WORD.findall(text, s, e))
        or _record_placed_only(text, s, e)
    )


def _record_placed_only(text: str, s: int, e: int) -> bool:
    """ "ونشرت الدراسة في مجلة «ذا لانسيت»"، "ونشر التقرير على موقع الوزارة": a record and where it was published,
    nothing anyone said (the verb's subject is the record, in the passive, or whoever published it)."""
    if ":" in text[s:e] or any(len(WORD.findall(text, a, b)) > 2 for a, b in quote_spans(text, s, e)):
        return False  # (a quotation of more than a name is words)
    words = WORD.findall(text, s, e)
    if not words or not _n(words[0]).startswith("ال") or _bare(words[0]) not in _SOURCE_NOUNS:
        return False
    k = 1
    while k < len(words) and _n(words[k]).startswith("ال") and is_adjective(words[k]):
        k += 1  # ("الدراسة الجديدة")
    return (
        k + 1 < len(words)
        and _n(words[k]) in ("في", "على", "علي", "عبر")
        and _channel(words[k + 1], _MEDIA) is not None
        and not any(_verb_at(w) or _complementiser(w) for w in words[k + 2 :])
    )


def _referred_only(text: str, s: int, e: int) -> bool:
    """ "نفت الحركة هذه الاتهامات"، "في بيان هذه الاتهامات": what the verb takes is only "this" and a noun, which
    refers back to something said before and adds nothing (after the occasion, if any)."""
    words = WORD.findall(text, s, e)
    if len(words) > 2 and (_occasion_only(words[:2]) or _n(words[0]) == "في" and _channel(words[1])):
        words = words[2:]
    return len(words) == 2 and _n(words[0]) in _DEMONSTRATIVES and not re.search(r"[:\"“«]", text[s:e])


def _stance_only(text: str, s: int, e: int) -> bool:
    """ "أعربت الوزارة عن قلقها"، "أبدى عن أسفه": the stance alone, a noun with its holder's pronoun after the
    verb's preposition, and no word on what it is about."""
    words = WORD.findall(text, s, e)
    return _short_phrase(text, s, e, _TOPIC_PREPOSITIONS, 2) and len(words) == 2 and _owns(words[1])


_DESCRIPTION = re.compile(r"(?:^|(?<=\s))[وفلب]?(?:ال)?وصف\s+")


# A noun of saying in construct with whoever said it, then the complementiser: "تصريحات ترامب بأن «…»"، "قول
# الوزير إن «…»" (with the article or a pronoun it has no such genitive: "تأكيده أن" is the reporter's own).
_SAYING_NOUNS = (
    "تصريحات تصريح قول إعلان اعلان تأكيد تاكيد ادعاءات ادعاء مزاعم زعم تهديدات تهديد وعود وعد تعهدات تعهد اتهامات اتهام"
).split()
_SAYING_NOUN = re.compile(rf"(?:^|(?<=\s))[وفلب]?(?:{'|'.join(_SAYING_NOUNS)})\s+")
# A verb or participle of describing or deeming, whose object a noun of saying may be ("واصفا تصريحات X بأنها").
_DESCRIBING = {_n(w) for w in "وصف وصفت وصفوا يصف تصف واصفا واصفة واصفين اعتبر اعتبرت يعتبر تعتبر معتبرا معتبرة".split()}
_SAID_THAT = re.compile(r"\s(?:ب?[اأإ]ن(?:ه|ها|هم)?)\s*[\"“«]?\s*$")


def _someone_elses(text: str, start: int, quote: int) -> tuple[bool, Mention | None]:
    """Is a quotation inside someone's reported words another's, and whose: one that completes a description
    ("أن وصف وزير الخارجية X للمتهمة بأنها «...»": the noun وصف and its subject, then "بأنه"/"بـ"), or what a noun
    of saying and its genitive report ("اعتبر X أن تصريحات ترامب بأن «…» تمثل"): that subject's or genitive's
    words, not the reporter's. (True, None) where the genitive names no one this reading can bound: nobody's."""
    described = re.search(r"(?:ب[اأ]نه|ب[اأ]نها|ب[اأ]نهم|بـ|ب)\s*[\"“«]?$", text[max(start, quote - 12) : quote])
    said = _SAID_THAT.search(text, max(start, quote - 12), quote)
    if not (described or said):
        return False, None
    window_start = max(start, quote - 160)
    found = list(_DESCRIPTION.finditer(text, window_start, quote)) if described else []
    saying = list(_SAYING_NOUN.finditer(text, window_start, quote)) if said else []
    if said and saying and (not found or saying[-1].start() > found[-1].start()):
        lead = [_n(w) for w in WORD.findall(text, _sentence_opening(text, saying[-1].start()), saying[-1].start())]
        describer = next((k for k in range(len(lead) - 1, -1, -1) if {lead[k], _unconj(lead[k])} & _DESCRIBING), None)
        # (its object, with no complementiser between: "واعتبر X أن تصريحات Y بأن «…»" quotes Y's statements)
        if describer is not None and not any(_complementiser(w) for w in lead[describer + 1 :]):
            # ("واصفا تصريحات الرئيس التركي بأنها «…»"، "ووصفت المتحدثة X تصريح بايدن بأنه «…»": what the describer
            # called those words, the describer's.)
            return False, None
        span = speaker_phrase(text, saying[-1].end(), said.start())
        if span is None or text[span[1] : said.start()].strip():
            return True, None
        return True, _mention(text, span, None) if _looks_like_name(text, *span) else None
    if not found:
        return False, None
    span = speaker_phrase(text, found[-1].end(), quote)
    if span is None or not _looks_like_name(text, *span) or _bare_common_noun(text, span):
        return False, None
    return True, _mention(text, span, None)


def _document_source(text: str, speaker: Mention, frame: _Frame, documents: dict[str, Mention]) -> Mention:
    """ "وجاء في البيان": the words of whoever the article said that statement came from ("قالت الوزارة في بيان",
    "أصدرت الوزارة بيانا جاء فيه", "منشور للاعب X أعلن فيه"), when it did. Otherwise the speaker as read, whose
    frame may name such a channel of theirs for later: an indefinite one (في بيان), theirs (في بيانها), or one
    issued by them (بيان صادر عن الوزارة), never one of someone else's (تعليقا على بيان الحكومة)."""
    words = WORD.findall(speaker.text)
    own = _channel(words[0])
    if own:
        # The speaker is a channel: "البيان" alone is the one named before; another is no one's to remember.
        return documents.get(own, speaker) if len(words) == 1 and _n(words[0]).startswith("ال") else speaker
    channel = frame.channel
    lead = _words(text, frame.cue, frame.content)
    for j, w in enumerate(lead):
        noun = _channel(w.group())
        nxt = lead[j + 1] if j + 1 < len(lead) else None
        if noun is None or _n(w.group()).startswith(("ال", "وال", "بال")):
            continue
        if noun in documents and _n(w.group()).endswith(("ه", "ها")) and _kind_of_body(text, speaker, words):
            # "وكشفت الشركة في بيانها": the body whose statement the article already quotes, named by its kind.
            return documents[noun]
        if nxt is None or not _n(nxt.group()).startswith("ال") or _bare(nxt.group()).endswith(("ي", "يه")):
            channel = channel or noun  # (not "بيان الحكومة": a genitive, someone else's)
    if channel:
        documents[channel] = speaker
    return speaker


def _kind_of_body(text: str, speaker: Mention, words: list[str]) -> bool:
    """Is the speaker a body named only by its kind ("الشركة"), a kind the article has named no body of before
    (no "شركة نوكيا" it could be)?"""
    if len(words) != 1 or (kind := _bare(words[0])) not in body_words():
        return False
    return not any(_bare(w) == kind for w in WORD.findall(text, 0, speaker.start))


def _title_of_one_named(text: str, before: int, head: str) -> bool:
    """Is a definite source's noun ("الناشطة"، "الشاهد") the title the article gave a named person before it
    ("الناشطة البيئية نهى سمير"), with no source brought in by the indefinite noun ("ناشطة")? Then it is that
    person, no unnamed source."""
    if not head.startswith("ال"):
        return False
    norm = normalize_ar(text[:before])
    if re.search(rf"(?<!\w)[وفبل]?{re.escape(head[2:])}(?!\w)", norm):
        return False
    stop = stopword_set("arabic")
    for m in re.finditer(rf"(?<!\w)[وفبل]?{re.escape(head)}(?:\s+ال\w+)*\s+(\w+)", norm):
        if m.group(1) not in stop and (is_given_name(m.group(1)) or is_attested_name(m.group(1))):
            return True
    return False


# Whoever spoke a quotation the reading gave no speaker: a continuation after it is theirs, so no one's we can name.
_UNKNOWN = Mention(-1, -1, "")


def _we_asked_colon(text: str, s: int, e: int) -> bool:
    """Does the sentence open with the reporter's "we asked him/her" and a colon ("سألناها: لماذا البصرة الآن؟")?"""
    m = re.match(r"\s*(\w+)\s*:", text[s:e])
    return m is not None and _WE_ASKED.fullmatch(_n(m.group(1))) is not None


def _orphan_quotation(text: str, s: int, e: int, quotes: list[tuple[int, int]], said: list[Attributed]) -> bool:
    """Does the sentence text[s:e] quote someone's words (a quotation long enough to be speech, not an outlet's
    name, nor a body's inside a speaker's mention: 'الناطقة باسم "تجمع حقوق المودعين"') that it gives no speaker?"""
    names = _outlet_names(text, s, e)
    return any(
        s <= qs < e
        and qe - qs >= _MIN_SPEECH
        and not any(a <= qs < b for a, b in names)
        and not _question_put(text, s, qs)  # (the interviewer's, who says no more)
        and not any(a.speaker is not None and a.start <= qs + 1 and qe - 1 <= a.end for a in said)
        and not any(a.speaker is not None and a.speaker.start < qs - 1 and qe < a.speaker.end for a in said)
        for qs, qe in quotes
    )


_AGE_EPITHET = re.compile(rf"ال\w+\s+(?:ال)?بالغ[ةه]?\s+(?:من\s+العمر\s+)?\S+\s+{YEARS}")
# A topic set before the verb that goes on with what the last speaker was asked about ("وعن علاقته بالمدرب، قال").
_TOPIC_FRONTED = re.compile(r"(?:^|[.\n]\s*)و(?:عن|حول|بشأن)\s[^.،,\n]{1,60}[،,]\s*$")


def _age_epithet_of(text: str, verb: int, speaker: Mention, last: Mention) -> bool:
    """Is the subject of a verb that goes on ("وأضافت", at text[verb], or any after a topic set before it: "وعن
    علاقته بالمدرب، قال") a definite noun and "البالغ (من العمر) …" with no name ("اللاعبة البالغة من العمر 28
    عاما"), an epithet news writing uses for someone already named: the last speaker, unless that mention has a
    title other than the epithet's noun ("قال المدرب X … وأضاف اللاعب البالغ": someone else)?"""
    said = WORD.match(text, verb)
    fronted = _TOPIC_FRONTED.search(text, max(0, verb - 80), verb) is not None
    if said is None or not (going_on(said.group()) or fronted):
        return False
    if not _AGE_EPITHET.fullmatch(_DIACRITICS.sub("", speaker.text)):
        return False
    titles = {_bare(w) for w in WORD.findall(last.text)} & title_words()
    return not titles or _bare(WORD.findall(speaker.text)[0]) in titles


def _singular_verb(word: str) -> bool:
    """Is the reporting verb singular: no dual or plural ending on a reporting verb's stem ("وأضافا"، "وأضافتا"،
    "وأضافوا"; "دعا" is singular)?"""
    nw = _unconj(_n(word))
    return not any(nw.endswith(end) and nw[: -len(end)] in _verbs() for end in ("وا", "تا", "ا", "ان", "ون"))


def _plural_subject(mention: str) -> bool:
    """Is the mention of several people: a plural noun heads it ("المحتجون"، "العمال"، "ممثلو النقابة"), or it
    joins two speakers?"""
    head = next(iter(WORD.findall(mention)), "")
    # (in construct, "ممثلو" as "ممثلي")
    return is_plural(head) or _construct_plural(re.sub("و$", "ي", _n(head))) or several_speakers(mention)


def _last(history: list[Mention], gender: str | None, narrated: bool = False) -> Mention | None:
    """The last speaker a subjectless verb can continue: the same gender when the verb shows one (none after an
    unknown speaker's quotation, _UNKNOWN). narrated: a person a narrative sentence has made its subject since
    counts too (_Narrated), and one it could not read stops the search."""
    titled: _Narrated | None = None  # a narrated subject known by title alone, since the last speaker
    for m in reversed(history):
        if m is _UNKNOWN:
            return None
        if isinstance(m, _Narrated):
            if not narrated:
                continue
            if m.end < 0:
                return None
            if m.title:
                titled = titled or m
                continue
        if titled is not None:
            # "والتقى وزير الاقتصاد السفراء. وأكد أن" after "رئيس الغرفة" spoke: another title, so the minister, whom
            # this reading cannot name; a last speaker with no title, or the same one, may be him ("واستنفر الوزير
            # التركي مدافعا. وقال" after "أوغلو").
            titles = {_bare(w) for w in WORD.findall(m.text)} & title_words()
            if titles and titled.title not in titles:
                return None
        if gender is None or (m.gender or _body_gender(m.text)) in (None, gender):
            return Mention(m.start, m.end, m.text, m.gender) if isinstance(m, _Narrated) else m
    return None


# A person's gesture right before a verb of saying that goes on with it ("ابتسمت وقالت"، "ضحك ثم أضاف").
_GESTURE_THEN = re.compile(
    r"(?<!\w)(?:(?:ابتسم|تبسم|ضحك|قهقه|تنهد|أومأ|اومأ)(?:ت|وا)?|بكى|بكت|بكوا|هزت?\s+رأس(?:ه|ها))[ \t،,]+(?:ثم[ \t]+)?$"
)


def _body_gender(mention: str) -> str | None:
    """The gender of a body a mention opens with, where no verb gave one ("بحسب الديوان": "m"), from the dictionary."""
    first = WORD.findall(mention)[:1]
    return noun_gender(first[0]) if first and _bare(first[0]) in body_words() else None


@dataclass(frozen=True)
class _Narrated(Mention):
    """The person a narrative sentence makes its subject ("والتقى رئيس الوزراء X الطرفين."): whom a next "وأكد أن"
    with no subject of its own reports, rather than the speaker before (not "وأضاف", which goes on speaking). At
    -1, -1: a person the sentence names whose name could not be read apart from the verb's object, so no one.
    title: the title (bare) of one the sentence gives no name, whom _last weighs against the last speaker."""

    title: str = ""


# Verbs that go on with the words of the one who spoke last, whatever was narrated in between.
_GOES_ON = {_n(w) for w in "أضاف تابع استطرد استدرك مضى زاد ختم اختتم واصل".split()}


def _scene_subject(text: str, words: list[re.Match[str]]) -> _Narrated | None:
    """After a fronted adjunct, a verb that reports nothing and a person named by a given name or a kunya ("في
    المساء، تشعل أم محمد شمعة"، "وفي الزقاق المجاور، يعيد عبد الرحمن خليل بناء بيته"): a feature's scene, whose
    person a next "تقول"/"يقول" or quotation goes on with. The name runs over the attested name words after it that
    are no dictionary noun."""
    if words and _n(words[0].group()) in ("لا", "لم"):
        words = words[1:]  # ("لا يخفي أبو محمد قلقه": the verb negated)
    verb = _n(words[0].group()) if words else ""
    if verb[:1] == "و" and _unconj(verb)[:1] in "يت":
        verb = _unconj(verb)  # ("وتقف خلف المشروع X": and there stands)
    present = verb[:1] in "يت"  # (a present, as a scene is told; a noun "تفعّل" may share its letters)
    if present and len(words) > 4 and _n(words[1].group()) in _LOCATIVES | {"امام", "عند", "وسط"}:
        words = words[:1] + words[3:]  # (where, between the verb and its subject: "تقف خلف المشروع X")
    # (A definite nationality or title before the name describes the person: "تجلس الإيفوارية آمي كوناتي".)
    start = words[1].start() if len(words) > 1 else 0
    if present and len(words) > 3 and _has_article(words[1].group()) and _describes_a_person(words[1].group()):
        words = words[:1] + words[2:]
    # (A kin or title set off after the name says a person: "وقف سامي، ابن ريتا، ينتظر دوره", whatever else the verb
    # and the name may be as nouns.)
    kin = _SET_OFF_WORD.match(text, words[1].end()) if len(words) > 1 else None
    described = kin is not None and _bare(kin.group(1)) in relation_words() | title_words()
    if (
        len(words) < 3
        or _verb_at(words[0].group())
        or not is_verb_form(verb)
        or is_common_noun(verb)
        and not (present or described)
    ):
        return None
    head = _n(words[1].group())
    # (a kunya and its name, or a compound given name: "عبد الرحمن")
    opener = head in ("ام", "ابو", "عبد")
    # (A given name the dictionary has as a noun too, "جبار"، "سعيد", is one before a family name that is none.)
    family = words[2].group()
    named = not is_common_noun(words[1].group()) or is_attested_name(family) and not is_common_noun(family) or described
    if not (opener or is_given_name(words[1].group()) and named):
        return None
    woman = verb[:1] == "ت" or verb.endswith("ت") or head == "ام"
    end = 3 if opener else 2
    while end < min(len(words), 5) and is_attested_name(words[end].group()) and not is_common_noun(words[end].group()):
        end += 1  # (and the family name)
    end = _with_byname(text, words[end - 1].end())
    return _Narrated(start, end, text[start:end], "f" if woman else "m")


def _nisba_family_name(word: str) -> bool:
    """Is the word, after a given name, a family name the romanizer does not know, made as a definite nisba that is
    no dictionary word, nationality, title or body ("عصام القماطي")?"""
    nw = _n(word)
    return (
        nw.startswith("ال")
        and nw.endswith("ي")
        and len(nw) > 4
        and not is_common_noun(word)
        and country_of(word) is None
        and _bare(word) not in title_words() | body_words()
    )


def _describes_a_person(word: str) -> bool:
    """Is the word a nationality ("السودانية") or a title ("الدكتورة"), which may stand before a person's name?"""
    return country_of(word) is not None or _bare(word) in title_words()


_SET_OFF_WORD = re.compile(r"\s*[،,]\s*(\w+)")  # (the first word after a comma)


def _with_byname(text: str, end: int) -> int:
    """Where a narrated person's mention ends: past the byname set off after the name ('جبار كاطع، المعروف بين جيرانه
    بـ"أبو حيدر"'), which is the same person's, or at end."""
    called = BYNAME_SET_OFF.match(text, end)
    return called.end() if called else end


_MEETING = {_n(w) for w in "التقى التقت التقينا قابل قابلت قابلنا".split()}
_KUNYA_WORDS = {_n(w): g for w, g in (("أم", "f"), ("أبو", "m"), ("أبي", "m"))}


def _met_by_kunya(text: str, words: list[re.Match[str]]) -> _Narrated | None:
    """One the reporter (or whoever) met, by a kunya, in a narrative sentence ("التقت الجريدة بأم يوسف، التي
    جاءت …"، "والتقينا أبو أحمد في خيمته"): a feature's person, whom a next "وقالت" with no subject goes on with,
    of the kunya's gender."""
    # (the verb opens the sentence, or the clause after an adjunct set off by a comma: "وعلى شاطئ الفنيدق، التقت")
    v = next((j for j, w in enumerate(words[:6]) if _unconj(_n(w.group())) in _MEETING), None)
    if v is None or v and not re.search(r"[،,]\s*$", text[words[0].start() : words[v].start()]):
        return None
    for k in range(v + 1, min(len(words) - 1, v + 5)):
        nw = _n(words[k].group())
        kunya = nw[1:] if nw[:1] == "ب" and nw[1:] in _KUNYA_WORDS else nw
        if kunya in _KUNYA_WORDS and is_name_word(words[k + 1].group()):
            start = words[k].start() + (len(nw) - len(kunya))
            return _Narrated(start, words[k + 1].end(), text[start : words[k + 1].end()], _KUNYA_WORDS[kunya])
    return None


def _narrated_subject(text: str, s: int, e: int) -> _Narrated | None:
    """A narrative sentence that opens with "و" and a verb that reports nothing, then a person described and
    named ("والتقى رئيس الوزراء بشر الخصاونة الطرفين"): the person, up to the last word of the name (the object
    follows it). Only a title and a name the romanizer attests; a person named otherwise is _Narrated(-1, -1)."""
    words = _words(text, s, e)
    if len(words) < 3 or text[s : words[0].start()].strip():
        return None
    # (past a fronted adjunct, the verb needs no "و": "في المقابل، سعى دفاع المتهم، المحامي X، إلى")
    fronted = _past_fronted_adjunct(text, words)
    after_adjunct = fronted is not words and len(fronted) >= 3
    words = fronted if after_adjunct else words
    first = _n(words[0].group())
    first = "و" + first if after_adjunct and first[:1] not in "وف" else first
    qad = next((k for k in range(2, min(len(words), 12)) if _n(words[k].group()) == "قد"), None)
    if first in _KANA and qad and _bare(words[1].group()) in title_words():
        # "وكان السفير السعودي في أوتاوا قد عاد إلى منصبه": the background's subject, everything up to its قد.
        woman = first.endswith("ت")
        return _Narrated(
            words[1].start(), words[qad - 1].end(), text[words[1].start() : words[qad - 1].end()], "f" if woman else "m"
        )
    opening = words[_lead_words_at(text, words, e) :] if not after_adjunct else []
    if opening and _unconj(_n(opening[0].group()))[:1] in "يت" and (scene := _scene_subject(text, opening)) is not None:
        return scene  # (a scene may open the sentence too, past its dateline: "الجبايش - يقف جبار كاطع على أرض")
    if (first[:1] != "و" or first in _BUT) and (topic := _topic_subject(text, words[0].start(), e)) is not None:
        return topic
    if after_adjunct and (scene := _scene_subject(text, words)) is not None:
        return scene
    if (met := _met_by_kunya(text, words)) is not None:
        return met
    if (
        first[:1] not in "وف"
        or len(first) < 4
        or first[1:2] == "ي"  # (a present tense, as background is told: "ويشغل الوزير X منصبه منذ")
        or first in _STOP
        or first in _KANA
        or _verb_at(words[0].group())
        or _speaker_noun(first[1:])
        or is_given_name(first[1:])
    ):
        return None
    # ("سعى دفاع المتهم الأول، المحامي الأستاذ X، إلى": a body's noun, then the apposition that titles and names him)
    span = speaker_phrase(text, words[1].start(), e)
    comma = re.search(r"[،,]", text[span[0] : span[1]]) if span else None
    apposition = WORD.findall(text, span[0] + comma.end(), span[1]) if span and comma else []
    apposed = any(_bare(x) in title_words() for x in apposition)
    if _bare(words[1].group()) not in title_words() and not apposed:
        # ("ووصل روبيو إلى الرياض": a family name alone that the article gave someone before, the subject.)
        family = _n(words[1].group())
        before = WORD.findall(text, 0, s)
        foreign = any(_n(b) == family and _foreign_name(a, b) for a, b in zip(before, before[1:], strict=False))
        if family.startswith("ال") or not (foreign or family in _family_names(text[:s])):
            return None
        woman = first.endswith("ت")
        return _Narrated(words[1].start(), words[1].end(), words[1].group(), "f" if woman else "m")
    if span is None or span[0] != words[1].start():
        return None
    ws = _words(text, *span)
    named = _name_words_in(ws)
    if not named:
        # ("والتقى وزير الاقتصاد السفراء العرب": someone by title alone, whose phrase this reading cannot tell from
        # the verb's object: _last weighs his title against the last speaker's.)
        return _Narrated(0, 0, "", title=_bare(words[1].group()))
    end = named[0]
    while end + 1 < len(ws) and (
        is_attested_name(ws[end + 1].group())
        and _bare(ws[end + 1].group()) not in title_words() | body_words()
        or _n(ws[end].group()) in _NAME_LINKS
        or end == named[0]
        and _nisba_family_name(ws[end + 1].group())
    ):
        end += 1
    if end == named[0]:
        return _Narrated(-1, -1, "")  # (a given name alone: its family name the romanizer does not know)
    # (Her verb or title says a woman: "والتقت الوزيرة X"; a man's "وأكد" after it is not hers.)
    woman = first.endswith("ت") or _DIACRITICS.sub("", words[1].group()).endswith("ة")
    return _Narrated(span[0], ws[end].end(), text[span[0] : ws[end].end()], "f" if woman else "m")


# A person's phrase, an apposition or clause between commas after it, and the word its verb may be.
# (The apposition may hold a byname in marks: '، الملقب بـ"أبو الورد" نسبة إلى محل الزهور،'.)
_AFTER_TOPIC = re.compile(
    r'\s*(?:[،,](?:[^،,.؟!؛:\n«»"]|[«"][^«»"\n]{1,30}[»"]){1,120}[،,]|[،,])?\s*(?:سرعان\s+ما\s+|قد\s+|لم\s+)?(\w+)'
)
_REST_OF_APPOSITION = re.compile(r'[^،,.؟!؛:\n«»"]{1,120}[،,]\s*(?:قد\s+|لم\s+)?(\w+)')
_BUT = {_n(w) for w in "لكن ولكن".split()}  # ("لكن النائبة X سرعان ما اعترضت": but she, the topic)


def _topic_subject(text: str, s: int, e: int) -> _Narrated | None:
    """A narrative sentence that opens with a named person, then their verb, past an apposition between commas
    ("أم محمد، وهي أم لخمسة أطفال، جلست إلى جانب سرير ابنها."): the person, whom a next "«…»، قالت" with no subject
    reports (not the one quoted before). The verb's ت makes a woman of them."""
    but = WORD.match(text, s)
    # (and "as for": "أما رامي، الذي اعتقل …، فبدا مذهولا")
    if but and (_n(but.group()) in _BUT or _n(but.group()) in ("اما", "واما")) and (topic := WORD.search(text, but.end(), e)):
        s = topic.start()
    span = speaker_phrase(text, s, e)
    if span is None or span[0] != s or not _name_words_in(_words(text, *span)):
        return None
    opening = WORD.findall(text, *span)[0]
    if is_verb_form(opening) and not is_common_noun(opening) and not is_attested_name(opening):
        return None  # ("يقف هشام كاطع على أرض": a verb opens it, no topic; _scene_subject reads it)
    after = _AFTER_TOPIC.match(text, span[1], e)
    if not _topics_verb(after) and re.search("[،,]", text[span[0] : span[1]]):
        # (the apposition the phrase stopped inside goes on to its comma: "X، أستاذة متقاعدة في الستين من عمرها،
        # كانت")
        after = _REST_OF_APPOSITION.match(text, span[1], e)
    if after is None or not _topics_verb(after):
        return None
    end = _with_byname(text, span[1])
    return _Narrated(span[0], end, text[span[0] : end], "f" if _n(after.group(1)).endswith("ت") else "m")


def _topics_verb(after: re.Match[str] | None) -> bool:
    """Is the word matched after a topic a verb of narration, its predicate?"""
    if after is None:
        return False
    word = after.group(1)
    # (كان is a verb the dictionary keeps among its particles: "X، أستاذة متقاعدة، كانت من بين الحاضرين")
    verb = is_verb_form(word) or _unconj(_n(word)) in _KANA_PREDICATE
    return verb and not _verb_at(word) and not _n(word).startswith("ال")


def _name_words_in(words: list[re.Match[str]]) -> list[int]:
    """Which of a phrase's words may be a person's name: indefinite words the romanizer attests as names that
    are no speaker's noun."""
    return [
        k
        for k, w in enumerate(words)
        if is_attested_name(w.group()) and not _n(w.group()).startswith("ال") and not _speaker_noun(w.group())
    ]


def _named_person(mention: str) -> bool:
    """Does a mention headed by an unnamed-source word name someone ("الخبير الاقتصادي أحمد سالم")? Its own name
    ends in a given and a family name the romanizer knows, neither of them such a word ("شاهد عيان" is none)."""
    name = own_name(mention)[-2:]
    if len(name) != 2 or any(_bare(w) in _UNNAMED for w in name):
        return False
    # (A foreign family name the romanizer does not know, after a given name it does: "ديفيد ماكوفسكي"; or a
    # foreign name it knows neither word of, where a name stands: "الخبيرة في بنك «إتش سي» مونيت دوس".)
    whole = own_name(mention)
    before = whole[-3] if len(whole) > 2 else ""  # ("عبد الغني الإرياني": a compound's second word is its own)
    # (A hamza on the alif says no article: "أوزغور ألتوغ", a foreign family name no Arabic word spells.)
    last = _DIACRITICS.sub("", WORD.findall(mention)[-1])
    hamzated = last.startswith(("أل", "إل")) and _n(last) == name[1] and not is_arabic_word(last) and country_of(last) is None
    return (
        _name_part(before, name[0])
        and is_name_word(name[1])
        # ("سمير العبد الله": a family name compounded with God's)
        or name[1] in _GOD_WORDS
        and is_given_name(before)
        or (is_name_word(name[0]) or _foreign_given(name[0]))
        and (_foreign_surname(name[1]) or hamzated)
        # (or a definite family name it does not know after a common given name: "علي الهيل")
        or is_given_name(name[0])
        and _n(name[1]).startswith("ال")
        and not _speaker_noun(name[1])
        # (or, set off by a comma, two words no Arabic noun or verb can be: "دبلوماسي فرنسي، تييري هيرزوغ")
        or bool(re.search("[،,]", mention))
        and not any(is_arabic_word(w) for w in name)
    )


def _van(text: str, w: re.Match[str], limit: int) -> bool:
    """Is the word at w "فان" as written (no hamza) right after a word, before an indefinite word that is no
    particle, title, body or country: the Dutch particle of a name ("ماريا فان كيرخوف"، "وأضافت فان كيرخوف"),
    not "فإن" (which follows a comma: "وبحسب المصدر، فان الاتفاق")?"""
    if _DIACRITICS.sub("", w.group()) != "فان":
        return False
    return text[: w.start()].rstrip()[-1:] not in "،,:؛.\n" and _particle_goes_on(text, w, limit)


def _de_la(text: str, w: re.Match[str], prev_word: str, limit: int) -> bool:
    """Is the word at w the "la" of a Romance name's "de la" ("لويس دي لا فوينتي") or after a foreign given name
    ("فرانشيسكو لا كاميرا"), not the negation لا, which a verb follows?"""
    if _n(w.group()) != "لا" or not _particle_goes_on(text, w, limit):
        return False
    return _n(prev_word) in ("دي", "دو") or _foreign_given(prev_word) and not is_verb_form(_next_word(text, w.end(), limit))


def _particle_goes_on(text: str, w: re.Match[str], limit: int) -> bool:
    """Does a name go on after the particle at w: an indefinite word that is no particle, title, body or country?"""
    nxt = _next_word(text, w.end(), limit)
    return (
        bool(nxt)
        and not _n(nxt).startswith("ال")
        and _n(nxt) not in _STOP | _DEMONSTRATIVES
        and not _COMPLEMENTISER.match(_n(nxt))
        and _bare(nxt) not in title_words() | body_words() | _country_words()
    )


def _foreign_holder(text: str, first: str, last: str) -> bool:
    """Are these two words a foreign given and family name that no noun of the article's spells (it never writes
    either with the article: "فلورنتينو بيريز", not "قرار خفض" where it has "القرار")?"""
    counts = _word_counts(text)
    return _foreign_pair(first, last) and not any("ال" + _unconj(_n(w)) in counts for w in (first, last))


def _foreign_given(word: str) -> bool:
    """A word that may be a foreign given name: as a foreign family name (_foreign_surname), and no rank or
    adjective ("مسؤول كبير"، "مصادر غربية"): a word in ي the dictionary has is one, "خورخي" is a name."""
    adjective = _DIACRITICS.sub("", word).endswith(("ي", "ية")) and is_arabic_word(word)
    return _foreign_surname(word) and _bare(word) not in _RANKS and not adjective


def _name_ends_phrase(text: str, pos: int, limit: int) -> bool:
    """Do one to three words that are no title, body, country, particle or verb run from pos to the complementiser,
    comma or function word that ends the speaker's phrase ("مونيت دوس أن", "أنيت زيمرمان على الإعلان")? A name the
    romanizer does not know, in the place of one (after a title and where its holder works)."""
    words = _words(text, pos, limit)[:4]
    for j, w in enumerate(words):
        gap = text[words[j - 1].end() : w.start()] if j else ""
        if j and ("،" in gap or "," in gap or _opens_words(_n(w.group())) or _n(w.group()) in _STOP):
            return True
        if gap.strip() or not _foreign_surname(w.group()) or _n(w.group()) in _STOP or _verb_at(w.group()):
            return False
    return False


def _foreign_surname(word: str) -> bool:
    """An indefinite word that is no title, body or country adjective, as a family name after a given name is; nor
    a body's or title's genitive with its preposition ("الأمين العام لكتائب سيد الشهداء": of the brigades)."""
    offices = title_words() | body_words()
    return (
        not _n(word).startswith("ال")
        and country_of(word) is None
        and _bare(word) not in offices
        and not (_n(word)[:1] in ("ل", "ب") and _bare(word[1:]) in offices)
        # (nor ل, ب or و and a noun of the dictionary: "لإغاثة وتشغيل اللاجئين", a body's genitives)
        # (a noun of four letters at least: "باور" is Bauer)
        and not (_n(word)[:1] in ("ل", "ب", "و") and len(word) > 4 and is_common_noun(word[1:]) and not is_attested_name(word))
    )


def _in_time_clause(text: str, f: _Frame, g: _Frame) -> bool:
    """Does the frame g open a clause of when ("بعد أن"، "قبل أن") inside the words of the frame f before it, with
    no punctuation between where f's words start and g?"""
    lead = text[f.content : g.cue]
    return (
        f.speaker is not None
        and f.content < g.cue
        and not f.after
        and not re.search(r"[،,.:؛!?؟\"«»“”]", lead)
        and re.search(r"(?<!\w)(?:بعد|قبل)\s+[أا]ن\s*$", lead) is not None
    )


def _introduces_words(text: str, f: _Frame) -> bool:
    """Do the frame's words open with a complementiser, a colon or a quotation mark (a report, not an act)?"""
    lead = WORD.findall(text, f.cue, f.content)
    return (
        text[f.cue : f.content].rstrip().endswith(":")
        or text[f.content : f.content + 1] in _QUOTE_MARKS
        or bool(lead)
        and _opens_words(_n(lead[-1]))
    )


def _we_do(nw: str) -> bool:
    """Is the normalised word a present verb in the first person plural ("نتوقع"، "نريد"), no noun?"""
    return nw[:1] == "ن" and len(nw) > 3 and is_verb_form("ي" + nw[1:]) and not is_common_noun(nw)


def _kind(text: str, speaker: Mention | None, frame: _Frame) -> str:
    if speaker is None:
        return NARRATION
    words = WORD.findall(speaker.text)
    # "أحد المسؤولين": one of them, as unnamed as they are (so "ثلاثة مصادر مطلعة": how many).
    counted = len(words) > 1 and (_n(words[0]) in ("احد", "احدي") or is_number(words[0]))
    # ("عدد من الخبراء"، "عدد كبير من الخبراء": some of them)
    some = 0
    if words and _bare(words[0]) in _SOME_OF:
        some = next((k + 1 for k in (1, 2) if k + 1 < len(words) and _n(words[k]) == "من"), 0)
    # ("أحد هذه المصادر": one of those, past the demonstrative)
    these = 1 if counted and len(words) > 2 and _n(words[1]) in _DEMONSTRATIVES else 0
    first = words[some] if some else words[1 + these] if counted else words[0] if words else ""
    head = _n(first)
    bare = _bare(head)
    # (in the accusative too, after "لكن"/"إن": "لكن مسؤولا إسرائيليا قال")
    accusative = head[:-1] if head.endswith("ا") and len(head) > 3 else ""
    if (
        (head in _UNNAMED or bare in _UNNAMED or accusative in _UNNAMED)
        and not _named_person(speaker.text)
        # ("واستطرد العلماء" after "عمر سلطان العلماء": the family name the article gave someone, no scholars.)
        and not (len(words) == 1 and after_given_name(normalize_ar(text), head))
        # ("وقال مواطنه X": his compatriot, as written with his pronoun; "مواطنة" is a citizen.)
        and not _someones(first)
        and not (len(words) == 1 and _title_of_one_named(text, speaker.start, head))
    ):
        return UNNAMED
    if ANONYMITY.search(speaker.text) and not _named_person(speaker.text):
        return UNNAMED  # ("طبيب في المستشفى، طلب عدم ذكر اسمه": whoever asked not to be named is unnamed)
    body = bare in body_words() and not state_courtesy(words)  # ("دولة ناريندرا مودي" is a prime minister)
    if frame.written or body or head in _DOCUMENT_WORDS or _owned_forms(first) & body_words():
        return STATEMENT  # (a body's, its owner's too: "بيان لمكتبه الإعلامي")
    return REPORTED
