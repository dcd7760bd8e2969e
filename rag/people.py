"""The people (and bodies) quoted in one article: which speaker mentions are the same person.

A mention is a description and a name ("وزير الخارجية السعودي عادل الجبير"), a name alone ("الجبير"), or a
description alone ("الوزير السعودي", "الوزارة"). Mentions are read in text order, as a reader does:
- a name joins the person it names: the same name, or a part of it that is a given name or a family name
  ("جاويش أوغلو" ~ "مولود جاويش أوغلو"), but never a father's name after بن ("سلمان" is not "محمد بن سلمان");
  two different full names are two people, whatever titles they share;
- a description alone refers back to the last person it fits: its title (or another form of it that
  data/roles.tsv lists under the same role only: "المدرب" ~ "المدير الفني") and every qualifier must be in that
  person's descriptions ("الوزير السعودي" fits "وزير الخارجية السعودي ..." but not "وزير الخارجية الإيراني");
- a document (البيان، التغريدة، المنشور) is the statement of the body that spoke last, and no one's else.
So two people who share a title word are never merged: that would put one's words under the other's name.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from rag.attribution import (
    DESCRIPTION_PREPOSITIONS,
    HONOUR_TITLES,
    after_given_name,
    body_words,
    going_on,
    opens_another_phrase,
    relation_words,
    reporting_verb_forms,
    several_speakers,
    surname_first,
    takes_object,
    title_words,
)
from rag.morphology import is_common_noun, is_verb_form
from rag.names import (
    ANONYMITY,
    body_names,
    bracketed,
    country_named,
    country_of,
    is_country_name,
    is_place,
    is_attested_name,
    is_portfolio,
    is_given_name,
    is_honorific,
    is_royal_title,
    is_junior,
    is_nisba,
    is_name_word,
    is_number,
    name_runs,
    names_itself,
    own_name,
    state_courtesy,
    title_roles,
    written_alone_for,
    without_pronoun,
)
from rag.stopwords import arabic_stopwords_as_written, stopword_set
from rag.text import bare, normalize_ar, unmarked

# Bump when mentions are grouped differently: ingest lists each article's people again on its next run.
VERSION = "247"  # 3: exact repeats, bracketed acronyms, a body's bare name, nationalities join; stricter groups;
# 4: a bare noun names the fullest form of its antecedent (الوزارة → وزارة التجارة الأميركية); 5: plurals in
# either case are one key; 6: descriptions after a name ("عفيفي، المتحدث باسم الجامعة") describe it too;
# 7: a body noun the romanizer lists as a name ("الصحيفة") also names its antecedent; 8: English renderings of
# relations (mother), of sources who asked not to be named and of bodies after a common noun ("agency (Qatar)");
# 9: a capital is its country ("الرباط" ~ "المغرب") and is rendered by its English name (Moscow); 10: an analyst
# is a role, not a name (roles.tsv); 11: a name after a definite body noun is the speaker's ("المدير العام للمنظمة
# تيدروس"); 12: a description finds its person by another form of the same title ("المدرب" ~ "المدير الفني");
# 13: "X ونظيره" are two speakers; 14: "بن عبد الرحمن" is one father's name; 15: a nisba after a given name is a
# family name ("محمد شياع السوداني"), and alone finds that person before any nationality; 16: German z ~ تس; 17: Hamas and
# Hezbollah as bodies, قيادي a leader; 18: a name after a spokesman's body is the spokesman's, an army; 19:
# "spokesman for Hamas" as the English rendering; 20: "الألماني" is German (ألمانيا's "أل" is no article), irregular
# adjectives (نمساوي); 21: a title chain before a name takes the portfolio and nationality before its last title
# ("وزير الخارجية السعودي الأمير فيصل"), relations by gender, a definite representative's own name; 22: the
# Houthis, the Qassam Brigades, the Syrian Observatory and state news agencies as bodies, "الأممي" as the UN; 23:
# "وزير المالية" is the finance minister, not a Malian one; more portfolios (water, investment …); 24: "المتحدث
# باسمها X" is X, coordinators, neighbours; 25: where a role is held ("إلى اليمن") is no nationality; 26: a
# short name near an attested spelling must agree in consonants and long vowels (Salem is not سويلم); 27: an
# agent (وكيل) speaks for the player named after him, never as him; 28: "أم محمد" is one kunya, a given name
# stands before the surname, two Arabic words are one Latin word only where neither is it alone, platforms; 29:
# missions; a capital misspelt by a dot (بيونعيانغ) is its country; 30: a name ending another after بن is the
# father's, counted with particles ("محمد بن سلمان بن عبدالعزيز" is not King Salman's fuller name); 31: a nisba's
# final ي is the Latin -i (Hassani is no حسن); 32: a body named by its domain is a ministry only for a ministry's
# domain (المعارضة is no government); 33: prosecution, authorities, tax and elections, defendants; 34: a name
# with a role is the family name, or another name where the role agrees; (35-44: the commit messages); 45: a
# person's name after a body's own name ("حركة فتح عزام الأحمد"), "سياسي" a title's field, banks and magazines;
# 46: activists, witnesses, correspondents, "جهاز" a body, "acting"; 47: families, factions; 48: media;
# 49: departments and units as bodies, "head of" a body; 50: a definite adjective in ة after a definite noun;
# 51: "department" in English is a ministry again (قسم is a section); 52: the English name is the own name's;
# 53: family names spelt like titles (الخطيب), bodies coordinated with و, ranks, funds, residents, traders;
# 54: a final ع English leaves unwritten (Saree), a judge of any court; 55: a spokesman's bare body noun
# spelt out as an alias ("المتحدثة باسم الصندوق" ~ the IMF's); 56: presidencies, parliaments, sides and studies
# as bodies, professors and legends as titles, CENTCOM, indefinite adjectives in ة, a quoted name after a genitive;
# 57: blocs (تكتل) as bodies; 58: governors (والي), imams and muftis as titles, "فضيلة"/"سيادة" honorifics, a given
# name spelt as a title after one ("الوزير نظير عياد"); 59: physicians and martyrs as titles, a place named after
# a king or martyr ("مستشفى الملك فيصل") names no speaker, an indefinite title closing a given name is the family name;
# 60: a hamza on its seat is no long vowel (يائير Yair), a final Latin s may be ز (Ives آيفز); 61: an age in
# brackets is no name, "الشاب" a description, a family name quoted alone keeps the one given name the article gave it;
# 62: a nationality's sound plural ("المفاوضين الفلسطينيين") and a large city in a club's name ("ريال مدريد") are
# no part of a person's name, "كبير الاقتصاديين/المفاوضين" are titles; 63: battalions, brigades, corps, militias
# and "تنظيم" name bodies, "التابعة لـ" ends a body's name; 64: ب and a place after a body ("بواشنطن") says where it
# is, no part of the name after it; 65: "مطلع" (informed) is no name; 66: an honorific never takes the article
# ("تحالف السيادة": sovereignty, the body's name); 67: a body's quoted name is complete ("بنك «يو بي إس» X");
# 68: a regnal number ("عبد الله الثاني") is no family name; clergy (بابا، بطريرك، مطران …) are titles; 69: a
# campaign (حملة) is named after someone, "سيد" between two name words is one, a written ه no feminine ending;
# 70: an ordinal after no name ("النائب الأول") and "يدعى" are no name words, the Red Crescent is a body, film
# directors, critics, journalists, writers and artists are titles; 71: a family name the article gives to two given
# names joins no one by itself ("الأسد" is neither "بشار الأسد" nor "أسماء الأسد"); 72: an ordinal inside a body's
# or place's name ends it ("دائرة بيروت الثانية فؤاد مخزومي"); 73: presenters (مذيع) are titles; 74: a source
# close to someone (roles.tsv "near") is not that person; 75: courts are a body, an adviser's principal named
# before the adviser's apposition is the principal's name, more occupations are titles; 76: a name inside another's
# nasab ("حمدان بن محمد بن راشد، ولي عهد دبي") takes no description from it, "الرياضي" after a title is sports;
# 77: Reuters, AFP and AP are bodies; 78: a given name spelt like a portfolio ("الناشطة الحقوقية آمنة"، "رياض
# محرز"), a four-letter ل genitive after a body ("للمنظمة لشرق المتوسط"), colleagues are relations, "د." no name; a
# title chain describes no one whose given name ends it ("المدرب السابق حسن شحاتة") and, past a relation with a
# pronoun, only that relative ("اللاعب X نشر تغريدة لزميله Y"); 79: candidates and consultants are titles, "بلاغ"
# a document; 80: "أم" before a compound name ("أم عبد الله") takes all of it; 81: no alias that is only a mention
# normalised; 82: an under-secretary (وكيل الأمين العام، وكيل وزارة) is a title, no agent of the office after it;
# 83: a plural relation keeps its hamza before the pronoun ("زملائه" ~ زملاء), and attribution 122; 84: "جهاز"
# heads a body, and attribution 123; 85: a solicitor general (المحامي العام) is a title, and attribution 124;
# 86: "ديوان" heads a body, and attribution 125; 87: the nationality a name's description elsewhere gives is the
# person's ("الرئيس الروسي X" is no "الرئيس السوري"), and attribution 126; 88: attribution 127; 89: a title quoted
# alone is the one person the article named before with a chain holding it ("ولي العهد" ~ the lead's MBS); 90:
# attribution 128; 91: attribution 129; 92: attribution 132, names that a hamza on its seat spells (وائل); 93: a
# title with a preposition on it ("لابيد بالحكم") is no apposition; 94: attribution 133; 95: attribution 134,
# "سعاد" is Souad, not the honorific "سعادة"; 96: attribution 135, supporters (أنصار) speak for no one they support;
# 97: attribution 136; 98: attribution 137; 99: attribution 139, "ابن" inside a name is its nasab (names.py);
# 100: attribution 140; 101: attribution 141, a son who bears his father's name is not his father;
# 102: attribution 142; 103: attribution 143, "آبي" is a name, no kunya (names.py); 104: a bare title that people
# of several countries fit, none of them among the last two to speak, joins none
# 105: attribution 144; 106: attribution 145; 107: attribution 146; 108: attribution 147; 109: attribution 148, a
# kunya is one name with its noun ("أبو محمد" is neither "محمد" nor "أم محمد"), a three-word family name alone
# is the person named in full, "أمام" after a name is no imam; 110: a family name quoted alone finds the description
# whose last two words were read as a body's name ("لشركة إنفيديا جنسن هوانغ"); 111: attribution 149, a relation
# with its pronoun stands in a title chain ("نظيره الإيراني عباس عراقجي" names "نظيره الإيراني"); 112: attribution
# 150; 113: attribution 151; 114: attribution 152; 115: attribution 153; 116: attribution 154; 117: attribution
# 155, a party named with "و" after "لحزب" is one speaker, a father's name is no second given name ("محمد باقر
# قاليباف" then "قاليباف"), a bare title's antecedent stays within its line, a byname in quotes (names.py); 118:
# attribution 156, a body's bracketed acronym that reads as a name is no person's name (names.py: "(كان)"); 119:
# attribution 157; 120: attribution 158, the head of a party is no president (names.py); 121: attribution 159;
# 122: attribution 160; 123: attribution 161; 124: attribution 162; 125: attribution 163, the people files keep
# whether a typed name may not tell a person from another (rag.names.NameQuery.is_ambiguous_for), an owned title
# ("محاميه") joins no later named person, a bare noun's antecedent ends before a function word ("المحكمة إن");
# 126: attribution 164, a family name is shared only with someone quoted or described ("خطاب البرهان" is none);
# 127: attribution 165; 128: attribution 166; 129: attribution 167; 130: attribution 168; 131: attribution 169; 132: a family name
# followed by a comma is shared too ("سامي الجميل، رئيس حزب الكتائب"); 133: attribution 170, a one-word mention
# the article writes after a given name is that family name ("الخطيب"، "السوداني"), a family name after a body's
# name may follow a definite given name ("الميلودي المخاريق"), a bare noun's antecedent may stand after ب or ل;
# 134: a title's bare ل-genitive is spelt out with its antecedent too ("الرئيس التنفيذي للشركة" → "لشركة آبل"), an
# antecedent ends with a listed body's name and takes no indefinite word after a definite noun, and a body is never
# the holder of its office ("الحكومة" is not "رئيس الحكومة X"); 135: a chain describes a surname-first name
# ("الصيني شي جين بينغ" … "شي") and a name before its counterpart ("جو بايدن نظيره"); 136: a quoted person's
# given name shares a family name whether or not the romanizer knows it ("النائب مهلهل المضف"); 137: attribution
# 171, a father's name between a given and a family name is a name word, no verb ("ويعتقد العلماء"); 138: a
# feminine title is no one titled only in the masculine ("الوزيرة الألمانية" is not "وزير الخارجية X"); a name
# compounded with عبد after بن is the father's ("الأمير الحسين بن عبد الله" is not the king); another form of a
# title joins its holder, "الرئيس" with a nationality is the president; a description finds the one named before
# in a chain of fourteen words or as a counterpart; "أمام" before a nationality is no imam; a title after the
# subject of a verb that takes an object is no apposition; attribution 172; 139: a counterpart in a sentence that
# names no office holds the office of the sentence before ("جاء ذلك في مؤتمر صحفي مع نظيره السوري X"); 140: an
# honorific ("جلالة"، "سماحة") is no name and no description; attribution 173; 141: another form of a title joins
# its holder only with every country the holder's mentions give ("رئيس الجمهورية" is not "الرئيس الأمريكي X"), and
# "الرئيس" with a nationality is no longer read as "رئيس الجمهورية"; 142: a bare title whose antecedent a genitive
# narrows to another office is not that office ("الرئيس" is no "رئيس الوزراء اليوناني"), and is the one named
# before with it where that one is no one quoted yet; a chain's name ends at a preposition's word; a counterpart's
# office keeps the host's portfolio where no nationality follows it; attribution 174; 143: a full name with
# another given name before the same family name is someone else ("هانتر بايدن" is not "جو بايدن"); attribution 175;
# 144: another form of a title joins a holder whose mentions give two countries where it gives one of them (the
# coach's, beside his club's); attribution 176; 145: a portfolio in a title's genitive is no nationality ("وزير
# المالية" is not Malian); attribution 178; 146: a title in another noun's genitive is whose office it is, not
# the speaker's ("اللاعب" is not "وكيل أعمال اللاعب X"); attribution 179; 147: names.py reads a given name with the
# article after a title's genitive ("خبير الأرصاد الجوية الحسين يوعابد"), a name the romanizer knows with ل first
# ("الدكتورة لوسي تشابمان"), a chief of its staff as a title (roles.tsv); attribution 183; 148: analysts in
# construct ("كبير محللي الأسواق") are a title (roles.tsv), so the name after the comma is the analyst's;
# attribution 191; 149: a given name alone joins no one whose full name has another family name ("الشيخ فهد" of
# "فهد اليوسف" is not "فهد الشمري"); a firm's partner is a title (roles.tsv); attribution 192; 150: a given name
# alone that its mention introduces (one of a group, a clause, an age, someone's kin) is a new person, without
# the name's other descriptions; a kunya before a comma is the name; occupations are titles; a title chain runs
# back over its titles' definite genitives ("ولي العهد السعودي رئيس مجلس الوزراء الأمير X"); a body's bare noun is
# spelt out by its last mention, a genitive after ل or ب too ("الأمانة العامة لمجلس التعاون"); a definite title
# heads no construct, so "الوزير تصريحات الرئيس X" describes neither by the other; an unnamed source's noun with
# the article ("وأضاف المسؤول") is the one brought in last by it ("مسؤول أمريكي رفيع"), whose rank is no name;
# a bare body noun is not spelt out by someone's workplace ("المحلل في شركة X") while the article names another,
# nor by a quotation after the definite noun ('قرار الشركة "…"'); attribution 193; 151: the preposition "على"
# before a family name is no second given name ("في رده على ماسك"); "الدولي" before a nationality is a national
# team's player, described by that nationality alone; a counterpart's office is the one the article gives the
# subject elsewhere ("وقال ماكرون … مع نظيره الصيني X"), his name whatever follows his nationality; a spokesman's
# chain is his, not whom he speaks for's ("المتحدث باسم الأمين العام، X"), and no chain runs across a reporting
# verb; a body noun read as a name is the speaker its antecedent quoted ("وقالت القوات"); attribution 194; 152:
# after the subject of any verb that is no reporting verb, a definite title is its object, no apposition ("وهاجم
# X المستشار"); a title a comma closes heads no chain ("زميله في الفريق، الإسباني X"); attribution 195; 153: a
# rank before a name ("الأمير فيصل") is no office a counterpart holds, and the office the article gives the
# subject's name elsewhere is the last of its chain ("استقبل الرئيس X وزير الخارجية القطري الشيخ محمد");
# attribution 197; 154: a royal's name opens with his given name, so no description crosses to a name that opens
# with another ("الملك عبد الله" / "الملكة رانيا العبد الله"); "ونظيره" describes like "نظيره"; attribution 198;
# 155: a family name alone that the article gives two given names takes only the descriptions of the titles of
# its verb's gender ("وقالت بنعلي": the minister Leila, not the council head Mohamed), none without one;
# attribution 199; 156: a woman titled in the masculine whose verb is feminine ("قالت وزير المالية X") is
# "الوزيرة" after; 157: an evaluative epithet ("المدرب المخضرم") is no name and tells no one apart: the
# description is the one person it fits, no one where two do; 158: a dictionary noun that is no given name after
# a name is the verb's object, so the chain before the name describes it ("أطلق رئيس الهلال الأحمر X حملة");
# 159: a counterpart holds the last office of one person's chain ("نائب رئيس الوزراء وزير الخارجية X … نظيرته"),
# and a definite noun of the dictionary after the name ends it; a name that goes on from a shorter one is the same
# person ("محمد بن زايد" of "محمد بن زايد آل نهيان"); a family name with an age joins the one named with it; a place
# and the title's own words may stand in a chain ("ولي عهد أبوظبي الشيخ خالد"); 160: "المسؤول اليوناني" is the
# one titled Greek the article named, unless an unnamed official came first; سيناتور is a title; 161: a
# counterpart has the gender its word gives ("نظيرها المصري" is "وزير"), and a verb ends the name in its chain;
# 162: the second of two titled people joined by و is described without the و ("X والرئيس التركي Y"), and a
# title with ب or ل glued on without it ("جمعته بالعاهل الأردني Y"); 164: a description after a verb of going on
# ("وأضاف قائد المنتخب البرتغالي") is the last one quoted, unless it says another, or fits someone else as well;
# 165: so is a nationality's official or leader ("وتابع المسؤول الروسي"، "وأضاف الزعيم الأوكراني") whatever the
# title, where no other titled person of that nationality is named; 166: attribution 209; a definite word no name
# index attests before a given name describes ("الناخب الوطني X"), "سمو" is a courtesy, verbs of two genders keep
# a description and a named person apart ("رأى النائب" is not "قالت النائبة X"), a coach of another
# nationality does not stop "وتابع المدرب البرتغالي" from going on with the last one quoted, and "وأضافت" goes on
# with the last one quoted of its gender; 167: attribution 210; "أمام" before a name without the article is "in
# front of", no imam ("بهزيمتها أمام دونالد ترامب"); 168: attribution 211; 169: attribution 212; 170: a town's
# name after "في" names no one ("سكان في خان يونس"), and a nisba after a given name that follows a body's own name
# is the family name ("في مستشفى ناصر أحمد المغربي"); 171: attribution 213; 172: a relative named by kinship
# is not whom they share a name with ("والد اللاعب، نيمار سانتوس" after "نيمار"); 173: attribution 214; 174: a
# chain named before ends at a counterpart ("X ونظيره المصري Y"), and a person who bears a name takes no alias of
# another's that their bare title was named with; 175: attribution 215; 176: attribution 216; 177: a family name
# alone describes no one where a chain gives it to another given name ("الكاتب صنصال" is not "صبيحة صنصال");
# 178: "جماعة" is a body's common noun (roles.tsv), so "المتحدث باسم الجماعة يحيى سريع" bears his own name; 179:
# so does a group's representative ("محامي المتهمين خالد علي"), a group bearing no one person's name; 180: after a
# name set off by commas, what a verb taking an object acts on is no apposition ("ودعا رئيس الجمعية، X، الوزارة");
# "مديرية" is a body (roles.tsv); a joined construct after any title ("مدير إدارة الأوبئة ومحاربة الأمراض"); 181:
# a rank, taking part or "another" after an indefinite nisba is no name ("مسؤول أوروبي كبير مشارك"، "دبلوماسي غربي آخر");
# 182: a description before any name joins one named later by its body's bare noun ("رئيس هيئة الاستثمار" and
# "رئيس الهيئة X"); 183: ك before a word is no preposition in a mention ("جان كاسيا" is no "like Asia"); 184:
# "آية الله" is a title (roles.tsv), so "آية الله علي خامنئي" is "خامنئي"; 185: a region's adjective gives a
# mention its place as a nationality does ("مسؤول أوروبي"); 186: "ولد"/"منت" are name particles (Mauritanian
# "son/daughter of": "محمد ولد الشيخ الغزواني" is no sheikh) and a title word between given names is the name's
# ("حسن شيخ محمود"); a title chain that names two people describes neither ("الرئيس X عين السياسي Y"); 187: "ولد"
# makes the next word a name but is a word of its own, as English writes it ("Mohamed Ould Ghazouani"); 188: a
# title with "its" is the body its paragraph quoted last ("منظمة الصحة العالمية …، وقال ممثلها X": WHO's); 189: a
# title or nationality in the indefinite accusative is read as one ("مسؤولا إسرائيليا"), but describes no one after
# a name ("انتخب عون رئيسا للجمهورية"); 190: a common noun after an indefinite one is still in construct, no name
# ("أحد سكان منطقة عين زارة" is unnamed); 191: a description whose title is another form of a role someone holds
# ("المدرب السويسري" after "المدير الفني … مارسيل كولر") fits them as the same word would, after a verb of going on
# and where a nationality is its only unknown; two holders of the role make it unclear; 192: a title chain before
# a name keeps where the title is held ("النائب في مجلس الأمة الكويتي X"): the member, not the body, describes X;
# 193: a word right after a speaker's mention is the verb's object there, and the mention's last word no given
# name of it ("عقيلة صالح الدبيبة بـ": no "Saleh al-Dbeibah" to split "وقال الدبيبة" from عبد الحميد الدبيبة);
# 194: anyone by sex or age ("الرجل"، "السيدة الستينية") after a verb of going on, present ones too ("ويضيف"), is
# the last one quoted; a decade of age ("العشريني") is no name, "رجل أعمال" a businessman (roles.tsv); 195: a
# title with "his" written ه before a name takes no genitive ("رئيسه خوان لابورتا": Laporta, rag/names.py).
# 196: a title's antecedent phrase is normalised and holds its adjectives only, so a "name" in it is an adjective
# the dictionary no longer knows ("الناشطه البيييه"), not the holder's: "وتابعت الناشطة" finds the named activist;
# an unnamed source goes on by its role too ("الشاهد" after "أحد الشهود"); displaced people, refugees, fans and
# protesters are roles (roles.tsv: "أحد النازحين" is no name); the lead's name before a title quoted alone ends at
# an adverb ("ولي العهد السعودي الأمير محمد بن سلمان هاتفيا مع"), and may hold a foreign family name after a given
# name ("سفير الاتحاد الأوروبي كريستيان برغر" for "وقال السفير الأوروبي"); after a verb of going on, a title the
# article never used before is an epithet of the last one quoted ("وتابع الحارس الدولي" after the captain), and one
# it gave someone else before is not theirs ("وأضاف الوزير" after an analyst's words, a minister named before); a
# man's office with his name is not whom a title given only as a woman's described before ("وتابعت المتحدثة").
# 197: a family name of "servant of" or a kunya and its noun is both words ("حسام عبد الغفار" and "خالد عبد
# الغفار" are two given names of one); a family name alone that the article gives several given names is the one
# bearer named before it, or of several the one who spoke last (_nearest_bearer), not no one; a stopword as written
# ("كان نيوتن") is no given name.
# 198: a body quoted by its genitive alone is the one body the article named with it ("الخارجية" after "وزارة
# الخارجية الجزائرية"; _body_by_its_genitive); "وتابعت الأم" goes on with the last one quoted where the article
# called her a mother (a relation alone is no name), and "وأضافت المسؤولة الأممية" with an official whose
# description holds what the office is of. 199: "الإمام الأكبر" is the Sheikh of Al-Azhar (roles.tsv). 200: a bare
# body noun is the one body quoted by the very words of its antecedent ("الهيئة" after "هيئة عمليات التجارة البحرية
# البريطانية", whose antecedent was read as naming someone "عمليات"; _quoted_as).
# 201: "دفاع الوزير X" is the minister's defence team (names: its name is the minister's, who did not speak).
# 202: a bare body noun's antecedent stops at a definite noun that cannot go on it ("اتهم الجيش الدعم السريع":
# "الجيش" is not a body "الجيش الدعم السريع", which split the army in two).
# 203: a named counterpart holds the office of the one his sentence names ("نظيره التركي هاكان فيدان" is a foreign
# minister), and "وتابع الوزير" right after his words goes on with him, not with the minister the text last wrote
# "وزير" of (the bare noun's antecedent gives way to the last speaker it fits, after a verb of going on).
# 204: the coast guard, border guard and civil defence are bodies (roles.tsv domains): "المتحدث باسم خفر السواحل
# الفلبيني جاي تاريلا" is named, and "وأضاف تاريلا" is he; "الدفاع المدني" is no man named al-Madani.
# 205: a title chain before a name stops at a definite title before a title in construct ("والتقى الوزير رئيس
# الوزراء X": "the minister" described the prime minister; _title_then_construct).
# 206: feminine relations "جارة"، "رفيقة"، "جدة" (arabic_relations.txt): "جارتها منى" introduces a neighbour, who is
# not "وزيرة شؤون المرأة منى الخليلي" quoted after her (the two were one person).
# 207: a given name alone described as one thing is not a namesake described as another ("الطالبة منى" and "وزيرة
# شؤون المرأة منى الخليلي" were one, the student taking "الوزيرة منى" from a later chain; _described_apart; an honour,
# "المهندس أحمد", may go before a minister's name and keeps joining).
# 208: a family name written with its بن ("وقالت بن هنية") is the end of the full name ("كوثر بن هنية"), not a
# father's name there (names_agree; the two were apart).
# 209: the chain a description-only mention stands for ends with the name (_named_before): "المخرجة" after "فازت
# المخرجة التونسية كوثر بن هنية بجائزة اليسر …" took what she won into her alias.
# 210: a field's adjective closing a given name is the family name (names.own_name: "خديجة الرياضي" is al-Riyadi;
# "وقالت الرياضي" was a second person, "the sporting one").
# 211: "أمير البلاد"، "رئيس البلاد" (the country's) is the one titled for a country with nothing else narrowing the
# title ("أمير الكويت الشيخ مشعل …" was apart from "وقال أمير البلاد"; not "رئيس الوزراء X"; _desc_fits).
# 212: a counterpart's office from the sentence before is the last of one person's chain of offices there too ("وحذر
# نائب رئيس الوزراء وزير الخارجية X …" then "وقال الصفدي … مع نظيره الإسباني Y"; _chain_offices).
# 213: a relation's noun with its ل-complement is no name either ("وتضيف الأم لخمسة أطفال" after "تقول أم خالد" was a
# second person named "Al-Umm Atfal"; it goes on with the mother).
# 214: an indefinite source's noun ("نقلت القناة عن مسؤول إسرائيلي قوله") brings in someone new, never one named
# before (it had joined "رئيس الوزراء الإسرائيلي بنيامين نتنياهو"; _new_source); and who asked not to be named
# ("المسؤول، الذي طلب عدم الكشف عن هويته") describes no one (parse_mention): "وأضاف المسؤول، الذي …" is the official.
# 215: a given name spelt like a title ("أمين") right before the family name, after a chain, is the given name
# ("وزير الصحة … المغربي أمين التهراوي": "الوزير" did not find him; _titles_before).
# 216: a given name before a family name the article quotes alone is that person's though a noun follows the name
# ("ودعت التونسية أنس جابر منافسات البطولة" then "وقالت جابر": "Ons Jabeur" had no alias; _given_names_at).
# 217: a title quoted alone ("وأكد سمو الأمير") is the one the lead named right before that title ("الشيخ تميم بن حمد آل
# ثاني أمير البلاد المفدى"): "Tamim bin Hamad" found no one (_name_before_title).
# 218: a title written alone refers to no one who holds it only in a title of several words that roles.tsv never
# writes alone ("وأكد الرئيس" after "رئيس الوزراء الإسباني" had the PM say the president's words; Person.alone,
# names.written_alone_for).
# 219: the one a spokesman speaks for, with his title's genitive, stays in the spokesman's chain ("المتحدث باسم الأمين
# العام للأمم المتحدة X" had the alias "الأمين العام للأمم المتحدة X", so "the UN Secretary-General" found him).
# 220: so past the spokesman title's adjective ("المتحدث الرسمي باسم الأمين العام، السفير X" had the alias "الأمين
# العام السفير X").
# 221: a bare title's antecedent ends before إلى, which normalised opens with the article's letters ("داعية الوزير
# إلى" was the last "minister" named, so "وعد الوزير" after it was someone new, not the minister quoted before).
# 222: the name before a title may follow a preposition and end in a foreign family name the romanizer does not know
# ("مع فخامة إيمانويل ماكرون رئيس الجمهورية الفرنسية": "الرئيس الفرنسي" joined the UAE president quoted before, whose
# nationality the article never gave; _name_before_title).
# 223: a bare title's antecedent may follow و ("بين وزير الدفاع X ووزير المالية Y": "وقال الوزير" after Y's words
# was X, whose title was the last written without و).
# 224: nor is a title inside quoted words (after a colon or a complementiser, or longer than a quoted name) an
# antecedent ('ورد Y: "وزير الدفاع يعرف …"' then "وقال الوزير" was X, the defence minister, not Y who had just spoken).
# 225: a nationality that no name index attests starts the name after it (names.own_name): "مدرب مانشستر سيتي
# الإسباني بيب غوارديولا" had the name "سيتي الإسباني بيب غوارديولا", and "وقال غوارديولا" was someone else.
# 226: "دولة" before a name is a courtesy, no body's noun ("دولة ناريندرا مودي" was a body; names.state_courtesy).
# 227: a description that is a role's form of two words, none a title alone ("الناخب الوطني", roles.tsv: the
# national coach), goes on with the last one quoted who holds that role, as a title's other form does.
# 228: the ruling party is not the opposition party ("الحزب الحاكم" after "حزب … المعارض"), and a name of several
# words goes to the one the article gave that very name before a more recent one whose name only agrees with it.
# 229: a dash ends the chain that names a title alone, the blessing it sets off no part of it ("ولي العهد رئيس
# مجلس الوزراء - حفظه الله -"): "سمو ولي العهد" is found by his name again.
# 230: someone by the age the article gave them, the number with the article ("وقال صاحب الـ25 عاما"), is the one
# person of that sex quoted so far; after two, no one.
# 231: a title joined by و opens the chain a list adds ("، ونائب رئيس الوزراء وزير الخارجية X" gave X the alias
# "رئيس الوزراء …", the deputy made prime minister).
# 232: a number after a family name ends it ("سامح عبد المنعم و11 متهما": his given name stands); a given and
# family name agree with the same name and a given name between, the father's ("جاسم البديوي" of "جاسم محمد البديوي").
# 233: a source is never named ("مصادر مطلعة على أجواء بعبدا": Baabda is what they know of), so "المصادر" joins it.
# 234: a word with a pronoun takes no genitive, so no title before it heads the chain ("مؤتمر صحفي عقده وزير الخارجية
# X" gave X the alias "صحفي عقده وزير …", a journalist).
# 235: a compound's second word alone is no one of that name ("الله" is no "عبد الله الزغاري"), and "عبد" is no given
# name before a family name.
# 236: a father's name with its particle ("بنت سيدي"، "ولد الداه") is no given name that opens another's name.
# 237: a definite representative's title before another title is the speaker's own ("المحامي الأستاذ X": the
# lawyer X, rag.names), so his mentions group.
# 238: a chain in another title's genitive names no one a description alone may be ("نائب رئيس مجلس الوزراء الشيخ X"
# is the deputy, no alias of "رئيس مجلس الوزراء").
# 239: a name after "أحد" or after a relation's genitive title is another's ("أحد شركاء البرنامج"، "إحدى قريبات المتهم
# الرئيسي": neither the programme nor the accused).
# 240: names.own_name reads no title spelt like a given name in an apposition as the name ("، أمين الفتوى بدار الإفتاء").
# 241: a comma after an office's nationality ends it, read without the comma ("وزير الخارجية الياباني، X، … نظيره
# العماني Y": Y is the Omani foreign minister, not "وزير الخارجية الياباني، العماني").
# 242: a family name written with its particle alone is no given name ("بن يوسف" is not "التلميذ يوسف"); pupils and
# students are titles (roles.tsv), so "وأضافت التلميذة" is the pupil named before; a given name alone with a title
# takes no chain with another title ("الطالبة منى" is not "الوزيرة منى").
# 243: names.own_name reads a nisba right after a definite noun as its adjective, no family name before the given
# one ("الخبير في الاقتصاد البحري محمد أمين بن عبد الله" is Mohamed Amine bin Abdallah).
# 244: a compound given name ("عبد الرحيم") before a family name is one given name, so a family name alone finds
# its bearer by the verb's gender ("وقال الإدريسي" after "سعاد الإدريسي" and "عبد الرحيم الإدريسي").
# 245: a family name alone finds a bearer quoted before by a fuller name, whose father's name stands before the
# family name ("راشد عبيد الكتبي", then "الكتبي"), among the bearers it may be.
# 246: a byname after "الملقب بـ"/"المعروف بين جيرانه بـ" is another name of the same person (names.byname), so
# "وأضاف أبو محمد" goes with 'عبد الكريم الحسين، الملقب بـ"أبو محمد"'.
# 247: "ذ."/"ذة." is an abbreviated title, no name; a widow and a displaced person are titles
# (rag/data/arabic_titles.txt), an owner a relation (arabic_relations.txt: "صاحبها X" is X described).

_WORD = re.compile(r"[\w\u0640\u064b-\u065f\u0670]+(?:-[\w\u0640\u064b-\u065f\u0670]+)*")
_PARTICLES = {normalize_ar(w) for w in "بن ابن بنت ولد منت أبو ابو أبي آل ال عبد".split()}
# Words before a title in the genitive that leave it the speaker's: a courtesy ("سمو الشيخ"), a part of a group
# ("أحد المحامين") or its chief ("كبير المفاوضين"، "أبرز قادة الحركة").
_PART_OF = {normalize_ar(w) for w in "سمو أحد إحدى بعض كل عدد كبير كبيرة أبرز أكبر أقدم أرفع".split()}
_DOCUMENTS = {normalize_ar(w) for w in "بيان البيان بلاغ البلاغ التغريدة تغريدة المنشور منشور الرسالة رسالة التدوينة".split()}


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """Title and body nouns that head a description."""
    return title_words() | body_words()


@lru_cache(maxsize=1)
def _head_stems() -> frozenset[str]:
    return frozenset(_stem(h) for h in _heads())


def _stem(word: str) -> str:
    """A qualifier's stem, so a nisba adjective meets its country (السعودي ~ السعودية، الإيرانية ~ إيران) and a
    feminine title its masculine (وزيرة ~ وزير)."""
    w = bare(word)
    for suffix in ("يون", "يين", "ون", "ين", "يه", "ي", "ه", "و"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


@dataclass(frozen=True)
class Parsed:
    name: tuple[str, ...]  # normalised name words, particles kept (محمد بن سلمان)
    desc: frozenset[str]  # stems of the description's words
    head: str | None  # the first title or body noun, stemmed
    document: bool = False
    body: bool = False  # headed by a body noun: its name is the body's (مركز محمد بن راشد is not the man)
    countries: frozenset[str] = frozenset()  # nationality adjectives in it (الإيطالي → IT), by CLDR through Babel
    nationals: frozenset[str] = frozenset()  # the stems of those adjectives
    roles: frozenset[int] = frozenset()  # its titles' roles (names.title_roles), whatever form they take
    role_words: frozenset[str] = frozenset()  # the stems of the words that say those titles
    many: bool = False  # its title is a plural or a collective ("محامو"، "فريق الدفاع"): a group, not one person
    # Its head title in the feminine ("الوزيرة"), True, or not (False); None without a person's title.
    feminine: bool | None = None
    # Stems of titles in another noun's genitive, whose office it is ("اللاعب" of "وكيل أعمال اللاعب"): not this
    # person's titles.
    others: frozenset[str] = frozenset()
    # Brings someone in as a reporter does a new person: one of a group, a clause of its own, an age, or as
    # someone's kin ("أحمد، أحد مشجعي الفريق"، "محمود، وهو سائق"، "محمد (12 عاما)"، "ابنها محمد").
    introduced: bool = False
    # Praises or judges rather than tells apart ("المدرب المخضرم"، "النجم الشاب"): such a description alone is
    # someone only where it fits one person.
    epithet: bool = False


# Evaluative adjectives after a title ("المدرب الإيطالي المخضرم"): how the reporter sees someone, no office nor
# nationality; left out of a description's words (as stems, _stem).
_EPITHETS = {
    _stem(w)
    for w in """المخضرم الشاب القدير الشهير العملاق الأسطوري المحنك الداهية العتيد
    العشريني الثلاثيني الأربعيني الخمسيني الستيني السبعيني الثمانيني التسعيني""".split()  # (in his twenties …)
}
# Nouns for anyone, by sex or age alone ("الرجل"، "السيدة"، "الشاب"): after "وأضاف" they are the last one quoted.
_ANY_PERSON = {_stem(w) for w in "رجل امرأة مرأة سيدة شاب شابة فتاة فتى مسن مسنة عجوز".split()}
# Someone by the age the article gave them, with the article on the number ("صاحب الـ25 عاما"، "ابنة الـ30"): the
# one it is about, as a pronoun would be (normalised: the tatweel gone, ة as ه).
_AGED = re.compile(r"(صاحب|صاحبه|ابن|ابنه)\s+ال\s*\d+(?:\s+(?:عاما|عام|سنه|ربيعا))?")


def parse_mention(text: str) -> Parsed:
    """Split a mention into its description and its name. The name is what rag/names.py reads as the speaker's
    own name (the last run of name words: "عادل الجبير" of "وزير الخارجية السعودي عادل الجبير", nothing of
    "حاكم دبي" or "المتحدث باسم غوتيريش"); every other word describes."""
    spelt = text.replace("_", " ")
    anonymity = ANONYMITY.search(spelt)
    if anonymity:
        spelt = spelt[: anonymity.start()]  # ("المسؤول، الذي طلب عدم الكشف عن هويته": no "request" describes him)
    found = list(_WORD.finditer(spelt))
    words = [m.group() for m in found]
    if len(words) == 1 and bare(words[0]) in {bare(d) for d in _DOCUMENTS}:
        return Parsed((), frozenset(), None, document=True)
    name = own_name(text)
    if name and all(w.startswith("ال") and _stem(w) in _EPITHETS for w in name):
        name = ()  # ("المدرب المخضرم": the veteran, no family name "Al-Mukhadram")
    if name and words and _stem(words[0]) in _SOURCE_HEADS:
        name = ()  # ("مصادر مطلعة على أجواء بعبدا": a source is never named; the name is what it knows of)
    heads = _heads()
    named = set(name)
    # A title right after an indefinite word that is no name nor a courtesy, with no comma between, is that word's
    # genitive: whose agent, coach or spokesman the speaker is ("وكيل أعمال اللاعب"، "مدرب اللاعب"، "المتحدث باسم
    # الرئيس"), or whose deputy ("نائب رئيس الوزراء"); not the speaker's own title ("سمو الشيخ" is a sheikh), nor
    # the group a number or a part is of ("ثلاثة محامين"، "أحد المحامين"، "كبير المفاوضين": lawyers, negotiators).
    genitive = {
        k
        for k in range(1, len(found))
        if bare(words[k]) in heads
        and not (prev := normalize_ar(words[k - 1])).startswith("ال")
        and prev not in named | _PART_OF
        and not is_honorific(words[k - 1])
        and not is_number(words[k - 1])
        and not re.search(r"[،,]", spelt[found[k - 1].end() : found[k].start()])
    }
    others = frozenset(_stem(words[k]) for k in genitive)
    if name and _owned_by_another(words, name, genitive):
        name = ()
        named = set()
    described = [(k, _unowned_title(w, heads)) for k, w in enumerate(words) if normalize_ar(w) not in named]
    desc_words = [w for _, w in described]
    head_word = next((w for k, w in described if bare(w) in heads and k not in genitive), None)
    head = _stem(head_word) if head_word else None
    desc = frozenset(
        _stem(w)
        for k, w in enumerate(desc_words)
        if normalize_ar(w) not in DESCRIPTION_PREPOSITIONS
        and len(bare(w)) > 1
        and not is_number(w)
        and not is_honorific(w)
        and not (k == 0 and _international(desc_words))
        and not (k > 0 and _stem(w) in _EPITHETS)
    )
    # A body's own name ("شركة نوكيا") or its namesake ("مركز محمد بن راشد"): the first word is a body noun.
    body = bool(words) and bare(words[0]) in body_words() and not state_courtesy(words)
    # (Not a portfolio in a title's genitive: "وزير المالية"، "وزارة المالية" are finance's, spelt like Mali's
    # feminine adjective.)
    national = {
        w: c
        for k, w in enumerate(desc_words)
        if (c := country_of(w))
        and not is_country_name(w)
        and not (k and bare(desc_words[k - 1]) in heads and not desc_words[k - 1].startswith("ال") and is_portfolio(w))
    }
    titles = title_roles(desc_words)
    introduced = (
        any(normalize_ar(w) in _INTRODUCING for w in words)
        or bool(re.search(r"\d", text))
        or bool(words)
        and _relates(normalize_ar(words[0]))
    )
    return Parsed(
        name,
        desc,
        head,
        body=body,
        countries=frozenset(national.values()),
        nationals=frozenset(_stem(w) for w in national),
        roles=frozenset(r for *_, r in titles),
        role_words=frozenset(_stem(w) for a, b, _ in titles for w in desc_words[a:b]),
        many=any(_group_title(desc_words[a:b]) for a, b, _ in titles),
        # (read on the bare form, so that a normalised mention tells it too: "وزيره" is وزير's feminine)
        feminine=None if head_word is None or body else bare(head_word).endswith("ه") and bare(head_word)[:-1] in heads,
        others=others,
        introduced=introduced,
        epithet=any(k > 0 and _stem(w) in _EPITHETS for k, w in enumerate(desc_words)),
    )


_INTERNATIONAL = {normalize_ar(w) for w in "الدولي الدولية".split()}
_SOURCE_HEADS = frozenset(_stem(w) for w in "مصدر مصادر المصدر المصادر مصدران مصدرين".split())


def _international(words: list[str]) -> bool:
    """Does the mention open with "the international" of a nationality, a national team's player ("الدولي البرتغالي"،
    "الدولية المغربية")? No title: what describes him is the nationality alone, as "البرتغالي" would."""
    return len(words) > 1 and normalize_ar(words[0]) in _INTERNATIONAL and country_of(words[1]) is not None


def _unowned_title(word: str, heads: frozenset[str]) -> str:
    """A title without the possessive pronoun it carries ("محاموها" → "محامو": her lawyers are lawyers)."""
    if bare(word) in heads:
        return word
    return next((w for w in without_pronoun(word) if bare(w) in heads), word)


def _owned_title(mention: str, heads: frozenset[str]) -> bool:
    """Is the mention a title with a possessive pronoun ("محاميه"، "مستشارتها")? (Its bare form may be a title
    too, "محامية" normalised, so the pronoun is read on the word as written.)"""
    return any(
        # (a feminine noun's ة is written ت before the pronoun: "مستشارتها")
        any(bare(x) in heads or x.endswith("ت") and bare(x[:-1] + "ة") in heads for x in without_pronoun(w))
        for w in _WORD.findall(mention)
    )


_INTRODUCING = {normalize_ar(w) for w in "أحد إحدى وهو وهي".split()}  # (Parsed.introduced)

# Nouns that make a title a group's: "فريق الدفاع"، "هيئة الدفاع"، "وفد" (the defence team is no one lawyer).
_COLLECTIVE = {bare(w) for w in "فريق هيئة وفد".split()}


def _group_title(words: list[str]) -> bool:
    """Do these words (a title, as written) name a group: a sound masculine plural (محامون، محامين، محامو،
    المسؤولين) or a collective noun followed by what it is a group of ("فريق الدفاع", not the rank "الفريق أول")?"""
    first = bare(words[0])
    plural = len(first) >= 5 and first.endswith(("ون", "ين")) or len(first) >= 4 and first.endswith("و")
    return plural or len(words) > 1 and first in _COLLECTIVE and bare(words[1]) != "اول"


# A kunya's "father of"/"mother of" makes one name with the word after it: "أبو محمد" is not "محمد", nor "أم محمد"
# (husband and wife in one story), while "أبو مرزوق" still ends "موسى أبو مرزوق".
_KUNYA = {normalize_ar(w) for w in "أبو ابو أبي أم".split()}
_ABD = normalize_ar("عبد")
_SON_OF = {normalize_ar(w) for w in "بن ابن بنت".split()}
_FILIAL = _SON_OF | {normalize_ar(w) for w in "ولد منت".split()}  # (and the Mauritanian "son/daughter of")


def _core_units(name: tuple[str, ...]) -> list[tuple[int, str]]:
    """The words a name is compared by, each with the index of its first word in the name: particles dropped,
    a kunya joined to its noun."""
    units: list[tuple[int, str]] = []
    i = 0
    while i < len(name):
        if name[i] in _KUNYA and i + 1 < len(name):
            units.append((i, bare(name[i]) + " " + bare(name[i + 1])))
            i += 2
            continue
        if name[i] == _ABD and i + 1 < len(name):
            # ("عبد الله" is compared by "الله" but begins at "عبد": in "الحسين بن عبد الله" it is the father's name)
            units.append((i, bare(name[i + 1])))
            i += 2
            continue
        if name[i] not in _PARTICLES:
            units.append((i, bare(name[i])))
        i += 1
    return units


def _core(name: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(unit for _, unit in _core_units(name))


def names_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Do two names denote the same person? Equal; or the shorter is the start or the end of the longer (a given
    name, a family name, "جاويش أوغلو" of "مولود جاويش أوغلو"), but not a father's name after بن."""
    ca, cb = _core(a), _core(b)
    if not ca or not cb:
        return False
    if ca == cb:
        # (A family name written with its particle alone is no given name: "بن يوسف" is not "التلميذ يوسف".)
        return (a[0] in _FILIAL and len(a) > 1) == (b[0] in _FILIAL and len(b) > 1)
    short, long_, long_raw = (ca, cb, b) if len(ca) <= len(cb) else (cb, ca, a)
    short_raw = a if long_raw is b else b
    if len(short_raw) == 1 and any(w == _ABD and bare(x) == short[0] for w, x in itertools.pairwise(long_raw)):
        return False  # ("الله" alone is no "عبد الله": a compound's second word names no one)
    if long_[: len(short)] == short:
        # (Not where the shorter is a father's name with its particle: "بنت سيدي" is no "سيدي محمد ولد الشيخاني".)
        return not (short_raw[0] in _FILIAL and long_raw[0] != short_raw[0])
    if long_[-len(short) :] == short and (len(long_) <= 3 or len(long_) == 4 and len(short) == 3):
        # "سلمان" ends "محمد بن سلمان", but as his father's name. A longer run is more likely a name and the
        # verb's object run together ("لي مين-هو قرار الرئيس"): no family name is taken from its end, unless it
        # is a family name of three words ("فون دير لاين" of "أورسولا فون دير لاين").
        # (Counted in the name as written, particles and all: "محمد بن سلمان بن عبدالعزيز" ends in his father's
        # name "سلمان بن عبدالعزيز", King Salman's.)
        # (Unless the shorter is written with the بن itself: "بن هنية" is "كوثر بن هنية", "بن سلمان" is he.)
        first = _core_units(long_raw)[len(long_) - len(short)][0]
        return not (first > 0 and long_raw[first - 1] in _SON_OF and short_raw[0] != long_raw[first - 1])
    # ("جاسم البديوي" of "جاسم محمد البديوي": the given and family name without the father's between, a given
    # name of one word, as Arabic copy drops it.)
    units = _core_units(long_raw)
    return (
        len(short) == 2
        and len(units) == 3
        and (long_[0], long_[2]) == short
        and units[1][0] == 1
        and units[2][0] == 2
        and is_given_name(long_raw[1])
    )


_THE_COUNTRY = {_stem(w) for w in ("البلاد", "البلد")}  # (the article's own country, whichever it is)


def _desc_fits(anaphor: Parsed, person: Person) -> bool:
    """Does a description alone ("الوزير السعودي") fit this person's descriptions? Its title may be another
    form of one of theirs ("المدرب الإسباني" fits "المدير الفني …، الإسباني بيب غوارديولا")."""
    if (
        anaphor.head is None
        or anaphor.many != person.many
        or anaphor.body != person.body
        or _other_gender(anaphor.feminine, person)
    ):
        # (a group is not one of its members: "هيئة الدفاع" is not "المحامي مختار الجماعي"; nor a body one who
        # holds an office of it: "الحكومة" is not "رئيس الحكومة نواف سلام")
        return False
    if anaphor.head in person.others:
        return False  # ("اللاعب" is not "وكيل أعمال اللاعب X", his agent)
    if (
        anaphor.desc == {anaphor.head}
        and anaphor.head not in person.alone
        and person.roles
        and not written_alone_for(anaphor.head, person.roles)
    ):
        return False  # ("الرئيس" alone is not "رئيس الوزراء X", whose title needs its genitive; "الوزير" is any minister)
    if anaphor.head in person.desc and anaphor.desc & _THE_COUNTRY and anaphor.desc - _THE_COUNTRY == {anaphor.head}:
        # ("أمير البلاد" is "أمير الكويت X": the country's own title, where nothing but a country or another title
        # narrows the person's; not "رئيس الوزراء X", whom "رئيس البلاد" is not)
        return all(w in _head_stems() or country_of(w) is not None for w in person.desc)
    if anaphor.head in person.desc and anaphor.desc <= person.desc | person.name_stems:
        return True
    # (or another form of the same title: "رئيس الحكومة الإسرائيلية" is "رئيس الوزراء الإسرائيلي X"; not without
    # the country the person's mentions give, "رئيس الجمهورية" after "الرئيس الأمريكي X" being the article's own;
    # one of them is enough where they give two, "المدرب الإسباني" after "المدير الفني لنادي … الإنجليزي،
    # الإسباني X", whose club's country is the other)
    other_country = person.countries - anaphor.countries and not (anaphor.countries and anaphor.countries <= person.countries)
    if not _same_role(anaphor, person) or other_country:
        return False
    return anaphor.desc - anaphor.role_words <= person.desc | person.name_stems


def _said_apart(said: set[str], person: Person) -> bool:
    """Do verbs make a man of one and a woman of the other ("رأى النائب" and "قالت النائبة X")? Never the same person,
    whatever their titles' forms."""
    ours, theirs = said & {"m", "f"}, person.said_as & {"m", "f"}
    return len(ours) == len(theirs) == 1 and ours != theirs and not person.body


def _other_gender(feminine: bool | None, person: Person) -> bool:
    """Is a feminine title ("الوزيرة الألمانية") said of a person the article titles only in the masculine, and whom no
    verb makes a woman? Never the same person. (The other way round it may be: a woman's office is at times given in
    the masculine, "قالت وزير المالية X" … "وأضافت الوزيرة".)"""
    return feminine is True and person.titled == {False} and "f" not in person.said_as


@dataclass
class Person:
    id: int
    mentions: list[str] = field(default_factory=list)  # as written, in order of first appearance
    # How the article names this person where it quotes nobody ("وزير الخارجية التركي أحمد داود أوغلو" before
    # "وقال أوغلو"): what a reader may type matches these too, but they are never shown as the speaker.
    aliases: list[str] = field(default_factory=list)
    names: list[tuple[str, ...]] = field(default_factory=list)
    desc: set[str] = field(default_factory=set)
    heads: set[str] = field(default_factory=set)
    body: bool = False
    # Speakers named together ("غافي ومنظمة الصحة العالمية"): their joint words, never one of them alone.
    several: bool = False
    keys: set[str] = field(default_factory=set)  # what a mention may repeat exactly to be this person (_keys)
    countries: set[str] = field(default_factory=set)  # nationalities its mentions give
    roles: set[int] = field(default_factory=set)  # its titles' roles (Parsed.roles)
    many: bool = False  # a group (Parsed.many)
    titled: set[bool] = field(default_factory=set)  # its titles' genders (Parsed.feminine)
    others: set[str] = field(default_factory=set)  # titles only ever in a genitive of its mentions (Parsed.others)
    own: set[str] = field(default_factory=set)  # title stems its mentions give it as its own
    # Title stems its mentions give outside a title of several words ("الأمير" in "ولي العهد الأمير X", not "رئيس" in
    # "رئيس الوزراء X"): a title written alone may refer to it by these (_desc_fits).
    alone: set[str] = field(default_factory=set)
    introduced: bool = False  # a mention brought it in as a new person (Parsed.introduced)
    said_as: set[str] = field(default_factory=set)  # the genders its mentions' verbs give it ("f"، "m"، "p")

    @property
    def forms(self) -> list[str]:
        """Everything the article calls this person: what a reader's name for them is matched against. (Not an
        alias that is only a mention normalised: it spells the name worse, "يايير" for "يائير".)"""
        written = {normalize_ar(m) for m in self.mentions}
        return self.mentions + [a for a in self.aliases if a not in written]

    @property
    def name_stems(self) -> set[str]:
        return {_stem(w) for n in self.names for w in n}

    def add(self, text: str, parsed: Parsed, keys: set[str], gender: str | None = None) -> None:
        if text not in self.mentions:
            self.mentions.append(text)
        if gender:
            self.said_as.add(gender)
        self.keys |= keys  # _keys(text)
        if parsed.name and parsed.name not in self.names:
            self.names.append(parsed.name)
        self.desc |= parsed.desc
        self.countries |= parsed.countries
        self.roles |= parsed.roles
        self.many = self.many or parsed.many
        if parsed.feminine is not None:
            self.titled.add(parsed.feminine)
        if parsed.head:
            self.heads.add(parsed.head)
        self.own |= (parsed.desc & _head_stems()) - parsed.others
        self.alone |= (parsed.desc & _head_stems()) - parsed.role_words
        self.others = (self.others | parsed.others) - self.own
        self.body = self.body or parsed.body
        self.introduced = self.introduced or parsed.introduced


def group(
    text: str, mentions: list[tuple[int, int, str]], genders: dict[tuple[int, int], str] | None = None
) -> tuple[list[Person], dict[tuple[int, int], int]]:
    """People from an article's speaker mentions (start, end, text), read in text order; returns the people and
    the person id of each mention's span. The article text tells what a name is described as elsewhere
    ("المفتي العام الشيخ علي منصور" in a sentence that quotes no one), so "المفتي العام" can find "منصور".
    genders: the gender a mention's verb gives it ("f"، "m"), by span: which of two a shared family name is."""
    genders = genders or {}
    people: list[Person] = []
    norm = normalize_ar(text)  # (what _described_as reads, normalised once per article)
    last_seen: dict[int, int] = {}  # person id -> order of its latest mention, for "the last one it fits"
    of_span: dict[tuple[int, int], int] = {}
    objects = _objects_after_speakers(text, mentions)
    for order, (start, end, mention) in enumerate(sorted(set(mentions))):
        parsed = as_written = parse_mention(mention)
        found = None
        keys_of_found: set[str] = set()
        words = _WORD.findall(mention)
        if len(words) == 1 and not (parsed.name or parsed.document) and after_given_name(norm, normalize_ar(words[0])):
            # "وقال الخطيب" after "فهد الخطيب", "عن السوداني" after "محمد شياع السوداني": the family name the article
            # gave someone, though it spells a relation (the fiancé) or a nationality.
            parsed = as_written = Parsed((normalize_ar(words[0]),), frozenset(), None)
        elif (
            (len(words) == 1 or normalize_ar(words[1])[:1] == "ل")
            and _relation_alone(words[0], parsed)
            and not after_given_name(norm, normalize_ar(words[0]))
        ):
            # "وتابعت الأم"، "وتضيف الأم لخمسة أطفال" (the romanizer reads "الأم" as a name): the mother, whom only a
            # mention of her as one names (_went_on).
            parsed = as_written = Parsed((), frozenset({bare(words[0])}), None)
        if parsed.name and _COUNTERPART.fullmatch(normalize_ar(words[0])):
            # "نظيره التركي هاكان فيدان": a counterpart holds the office of the one his sentence names before him, so
            # "وتابع الوزير" after his words goes on with him, not with the minister quoted before. (Without his
            # name, "نظيره العراقي" is whom the sentence before named so: _named_before.)
            office = _counterpart_office(norm, normalize_ar(mention))
            parsed = as_written = parse_mention(office) if office else parsed
        if len(words) == 1 and not parsed.name and len(parsed.desc) == 1 and parsed.head in parsed.desc:
            # A bare noun ("الصحيفة", "الشركة") names the body the article introduced with it.
            recent = _by_recency(people, last_seen)
            unclear = _unclear([p for p in recent if _desc_fits(parsed, p)], recent)
            found = None if unclear else antecedent(text, start, bare(words[0]))
            if found:
                of_found = parse_mention(found)
                # ("وقالت الوزيرة" after "وزير الخارجية X": the stem is his title, she is not him; "الرئيس" after
                # "رئيس الوزراء اليوناني": a genitive narrows that title to another office)
                # (A title's antecedent holds its definite adjectives only, normalised: a "name" there is an adjective
                # the dictionary no longer knows, "الناشطه البيييه", not the holder's.)
                if parsed.feminine and of_found.feminine is False or of_found.roles and not parsed.roles:
                    found = None
                elif of_found.name and not of_found.body and not parsed.body:
                    found = None
                elif (
                    recent
                    and _after_going_on(text, start)
                    and _desc_fits(parsed, recent[0])
                    and not _desc_fits(of_found, recent[0])
                ):
                    # ("وتابع الوزير" right after his counterpart's words: him, though the text wrote "وزير" last of
                    # the minister quoted before)
                    found = None
                else:
                    parsed = of_found
        elif len(words) == 1 and _noun_as_name(parsed, people):
            # An alias only: the noun stays its name; but it is the speaker quoted by that antecedent word for word
            # ("وقالت القوات" after "أعلنت قوات الدعم السريع").
            found = antecedent(text, start, bare(words[0]))
            keys_of_found = _keys(found) if found else set()
        several = several_speakers(mention)
        keys = _keys(mention) | keys_of_found
        # (A son who bears his father's name, "دونالد ترامب الابن", is never his father.)
        junior = is_junior(mention)
        single = [p for p in people if not p.several and is_junior(p.mentions[0]) == junior]
        if parsed.name and words and _kin(words[0]) and normalize_ar(words[0]) not in parsed.name:
            # ("والد اللاعب، نيمار سانتوس" after "نيمار": a relative named by kinship is another, whatever name they
            # share, unless the article gave this whole name before.)
            single = [p for p in single if parsed.name in p.names]
        # (Where the article gives the family name to two given names, "بشار الأسد" and "أسماء الأسد", that name
        # alone tells neither apart: no join rests on it, and no description of either is its own.)
        family = _family(parsed.name)
        given_names = _given_names_of(text, family, single, objects) if parsed.name else set()
        shared = len(given_names) > 1
        nearest, bearer = None, None
        if shared and parsed.name == family:
            recent = _by_recency(single, last_seen)
            nearest, bearer = _nearest_bearer(text, start, family, given_names, recent, genders.get((start, end), ""))
        named_before = None
        if (as_written.head or as_written.roles) and not as_written.name and not as_written.body and words:
            # (from its title, past an honorific: "جلالة الملك")
            first = next((bare(w) for w in words if bare(w) in _heads()), bare(words[0]))
            named_before = _named_before(as_written, first, normalize_ar(text[:start]))
        holder = parse_mention(named_before).name if named_before else ()
        quoted_as_found = _quoted_as(found, single) if found and parsed is not as_written else None
        if several:
            person = next((p for p in people if p.several and mention in p.mentions), None)
        elif quoted_as_found is not None:
            # ("وأوضحت الهيئة" after "وقالت هيئة عمليات التجارة البحرية البريطانية": the body quoted by the very
            # words its antecedent has, however the parser reads them.)
            person = quoted_as_found
            parsed = as_written  # (the antecedent's reading may take a word of its name for a person's: "عمليات")
        elif aged := _AGED.fullmatch(normalize_ar(mention)):
            # ("وقال صاحب الـ25 عاما" after Mbappé's words: the one of that age the article is about, when he is the
            # only one of that sex quoted so far, "صاحبة" a woman; after another, no one can tell which)
            feminine = aged.group(1).endswith("ه")
            verb_said = {genders.get((start, end), "")}
            fitting = [p for p in single if not (p.body or _other_gender(feminine, p) or _said_apart(verb_said, p))]
            person = fitting[0] if len(fitting) == 1 else None
        elif holder and not any(names_agree(holder, n) for p in single for n in p.names):
            # The one the article named with this description is no one quoted so far: "بأن الرئيس أكد" after
            # "استقبل الرئيس عبد الفتاح السيسي رئيس الوزراء اليوناني X", who is quoted, is the president.
            person = None
        elif parsed.head and not parsed.name:
            said = genders.get((start, end))
            person = _resolve(parsed, single, last_seen) or _went_on(text, start, parsed, words, single, last_seen, said)
        elif _unnamed_again(parsed, words):
            # "وأضاف المسؤول" after "مسؤول أمريكي رفيع": the unnamed source the article brought in last by that noun.
            # (by the role too, the source brought in by a broken plural: "الشاهد" after "أحد الشهود")
            person = next(
                (
                    p
                    for p in _by_recency(single, last_seen)
                    if not p.names
                    and not p.body
                    and (parsed.desc <= p.desc or parsed.desc == parsed.role_words and parsed.roles <= p.roles)
                ),
                None,
            )
            if person is None and (parsed.desc <= _ANY_PERSON or any(_same_role(parsed, p) for p in single)):
                # ("ويضيف الرجل" after the farmer's words: anyone by sex or age goes on with the last one quoted;
                # "وتابع الناخب الوطني" after the national coach's: another form of a role the last one holds)
                person = _went_on(text, start, parsed, words, single, last_seen, genders.get((start, end)))
        elif nearest:
            person = bearer
        else:
            by_name = [p for p in single if not (shared and (parsed.name == family or all(_family(n) == n for n in p.names)))]
            person = next((p for p in single if keys & p.keys), None)
            new = _new_source(parsed, words)
            if person is None and not new:
                person = _resolve(parsed, by_name, last_seen)
            if person is None and not parsed.name and not new:
                person = _went_on(text, start, parsed, words, single, last_seen, genders.get((start, end)))
            if person is None and len(parsed.name) == 1:
                person = _named_in_body(parsed.name[0], [p for p in single if not p.names])
            if person is None and not (parsed.name or parsed.head):
                person = _body_by_its_genitive(words, single)
        if person is not None and not parsed.name and _said_apart({genders.get((start, end), "")}, person):
            person = None  # ("وأضاف النائب" after "وقالت النائبة X": a man, by his verb)
        if person is None:
            person = Person(len(people), several=several)
            people.append(person)
            if holder:  # (whom the description names: a later name or title is matched against that)
                person.names.append(holder)
            # (What the article calls the name elsewhere is the father's, and a given name a new person is brought in
            # by may be anyone's else: "ابنها محمد (12 عاما)" is not "الشيخ محمد".)
            if parsed.name and not junior and not (parsed.introduced and len(_core(parsed.name)) == 1):
                royal = any(is_royal_title(w) for w in words)
                namesake = shared and parsed.name == family
                desc, phrases, countries = _described_as(
                    norm, parsed.name, parsed.body, royal, namesake, genders.get((start, end)), parsed.head
                )
                if _described_otherwise(parsed.name, parsed.desc, desc):
                    # ("الطالبة منى" is not "الوزيرة منى" of a later chain: another woman's)
                    desc, phrases, countries = set(), [], set()
                person.desc |= desc
                person.heads |= desc & _head_stems()
                # (and the nationality they give: "الرئيس الروسي فلاديمير بوتين" in the lead is no Syrian president)
                person.countries |= countries
                person.aliases.extend(p for p in phrases if p not in person.aliases)
                # (the bearer a shared family name alone stands for here, or the one given name the article has)
                full = nearest or (_given_name_before(text, parsed.name, objects) if parsed.name == family else None)
                if full and full not in person.aliases:
                    person.aliases.append(full)
        person.add(mention, parsed, keys, genders.get((start, end)))
        # (Not a body: "الحكومة" is not "رئيس الحكومة نواف سلام", whose title's genitive it is there.)
        # (Nor whom the description named before, where this person bears another name.)
        if holder and person.names and not any(names_agree(holder, n) for n in person.names):
            named_before = None
        owner = _owner_spelt_out(text, start, mention, people, of_span)
        for alias in (found, _principal_spelt_out(text, start, mention), named_before, owner):
            if alias and alias not in person.aliases:
                person.aliases.append(alias)
        last_seen[person.id] = order
        of_span[(start, end)] = person.id
    return _attach_descriptions(people, of_span)


def _the_one_body(people: list[Person], quoted_as: Callable[[str], bool]) -> Person | None:
    """The one body quoted by a mention that fits, or None where none or several are."""
    fits = [p for p in people if p.body and any(quoted_as(m) for m in p.mentions)]
    return fits[0] if len(fits) == 1 else None


def _quoted_as(found: str, people: list[Person]) -> Person | None:
    """The one body quoted by a mention that opens with these (normalised) words, the antecedent of a bare noun."""
    return _the_one_body(people, lambda m: normalize_ar(m) == found or normalize_ar(m).startswith(found + " "))


def _body_by_its_genitive(words: list[str], people: list[Person]) -> Person | None:
    """The one body whose noun the article dropped here, quoting it by its genitive alone: "وقالت الخارجية" after
    "وزارة الخارجية الجزائرية", "الصحة" after "وزارة الصحة" (none where two bodies have that genitive)."""
    said = [bare(w) for w in words]
    if not said or not all(normalize_ar(w).startswith("ال") for w in words):
        return None

    def noun_then_said(mention: str) -> bool:
        named = [bare(w) for w in _WORD.findall(mention)]
        return named[1 : 1 + len(said)] == said and named[0] in body_words()

    return _the_one_body(people, noun_then_said)


def _named_in_body(family: str, people: list[Person]) -> Person | None:
    """The person a description ended with "<given> <family>" that was read as more of a body's name ("الرئيس
    التنفيذي لشركة إنفيديا جنسن هوانغ", names.py knowing neither word), now that the family name is quoted alone
    ("هوانغ"): the two words after the body's own name are this person's (whom names.NameQuery finds by them)."""
    heads = _heads()
    for person in people:
        for mention in person.mentions:
            words = [normalize_ar(w) for w in _WORD.findall(mention)]
            if (
                len(words) >= 4
                and bare(words[-1]) == bare(family)
                # (a given name may have the article, "الميلودي المخاريق", but no nationality is one)
                and (not words[-2].startswith("ال") or is_attested_name(words[-2]) and not is_nisba(words[-2]))
                and bare(words[-2]) not in heads
                and not {bare(words[-2]), bare(words[-3])} & body_words()
                and any(bare(w) in body_words() or bare(w[1:]) in body_words() for w in words[:-3])
            ):
                return person
    return None


def family_name_only(text: str, person: Person, people: list[Person]) -> bool:
    """Is this person named by a family name alone ("وقال الحريري") that the article gives to two
    given names or more ("سعد الحريري", "بهاء الحريري"), so that it was not joined to either? A reader's full name
    ("Bahia Hariri") may then be any of them, and is no match."""
    if not person.names or any(len(_family(n)) < len(n) for n in person.names):
        return False
    return len(_given_names_of(text, _family(person.names[0]), people)) > 1


def _fuller_names(person: Person, family: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The person's names that end in this family name and say more than it ("سالم حمد النعيمي" for "النعيمي")."""
    return [n for n in person.names if len(n) > len(family) and _family(n) == family]


def _given_names_of(
    text: str, family: tuple[str, ...], people: list[Person], objects: Mapping[str, set[str]] | None = None
) -> set[str]:
    """The given names the article gives a family name: those written right before it, and those of
    the people quoted with it, whether or not the romanizer knows them ("ديليك"); not their own fathers' names
    ("سالم" of "محمد سالم حداد" is no second Haddad), nor a speaker's name the word follows as the verb's object
    (objects, _objects_after_speakers)."""
    fuller = [n for p in people for n in _fuller_names(p, family)]
    fathers = {w for n in fuller for w in n[1 : -len(family)]}
    before = _given_names_before(text, " ".join(family)) - (objects or {}).get(family[0] if family else "", set())
    # (a compound given name too: "عبد الرحيم" of "ليلى عبد الرحيم الأمين")
    return {given for given in before if not set(given.split()) <= fathers} | {n[0] for n in fuller}


def _objects_after_speakers(text: str, mentions: list[tuple[int, int, str]]) -> dict[str, set[str]]:
    """For each (normalised) word right after a speaker's mention, the mention's last word: "عقيلة صالح الدبيبة
    بـ" read as "عقيلة صالح" accusing "الدبيبة", where "صالح" is no given name of the family name الدبيبة."""
    out: dict[str, set[str]] = {}
    for _, end, mention in mentions:
        after = re.match(r"[ \t]+(\w+)", text[end:])
        words = _WORD.findall(mention)
        if after and words:
            out.setdefault(normalize_ar(after.group(1)), set()).add(normalize_ar(words[-1]))
    return out


def surname_shared(norm: str, person: Person, people: list[Person]) -> bool:
    """Does the (normalised) article give this person's family name to someone else too, by another given name ("راشد الغنوشي"
    in the narration, "ابنته يسرى الغنوشي" quoted), while this person is never named by the family name alone? A
    reader's bare family name then means the other one as likely: the match is ambiguous. The other one is a person
    the article quotes or describes ("المعارض راشد الغنوشي"), not a noun in construct with the family name that
    the romanizer also knows as a given name ("خطاب البرهان": al-Burhan's speech)."""
    full = max(person.names, key=len, default=())
    if len(full) < 2 or any(len(n) == 1 for n in person.names) or full[-2] in _KUNYA:
        # (no given name to tell apart, or the article calls this person by the family name alone; a kunya's
        # noun, "أم محمد", is no family name)
        return False
    family, own = full[-1], set(full)
    quoted = {n[-2] for p in people if p is not person for n in p.names if len(n) >= 2 and n[-1] == family}
    for m in re.finditer(r"(?:(\S+)\s+)?(\S+)\s+" + re.escape(family) + r"(?!\w)", norm):
        before, given = (m.group(1) or "").strip('،,.:"«»()'), m.group(2).strip('،,.:"«»()')
        if (
            len(given) >= 3
            and given not in own
            and not given.startswith(("ال", "وال"))
            and bare(given) not in _heads()
            and given not in stopword_set("arabic")
            # (a quoted person's given name counts whether or not the romanizer knows it: "النائب مهلهل المضف")
            and (given in quoted or is_given_name(given) and _describes_next(before))
        ):
            return True
    return False


def _describes_next(word: str) -> bool:
    """Does this (normalised) word describe a person named right after it: a title, a relation ("ابنته") or a
    definite noun or adjective ("المعارض")?"""
    return word.startswith("ال") or bare(word) in _heads() | relation_words() or _relates(word)


def _noun_as_name(parsed: Parsed, people: list[Person]) -> bool:
    """Is this "name" a body noun alone, which the romanizer's index lists as a name ("الصحيفة"), and no
    body already quoted begins with it ("المتحف" of "متحف اللوفر أبوظبي")? Its antecedent tells who it is."""
    return (
        len(parsed.name) == 1
        and bare(parsed.name[0]) in body_words()
        and not any(names_agree(parsed.name, n) for p in people for n in p.names)
    )


def _keys(mention: str) -> set[str]:
    """What a later mention may repeat word for word to be the same speaker: the mention itself (without quote
    marks: "الفيفا" ~ «الفيفا»; a plural in either case), an acronym or name it gives in brackets ("الاتحاد
    الدولي لكرة القدم (الفيفا)"), and a body's own name without the noun it follows ("متحف اللوفر أبوظبي" ~
    "اللوفر أبوظبي"); and for a country's name or its capital's, the country ("الرباط" ~ "المغرب")."""

    def key(phrase: str) -> str:
        # A sound plural in either case is one word ("الباحثون" ~ "الباحثين").
        return " ".join(re.sub(r"ون$", "ين", bare(w)) for w in _WORD.findall(phrase))

    out = {key(mention)}
    out |= {key(m) for m in bracketed(mention)}
    words = _WORD.findall(re.sub(r"\([^()]*\)", " ", mention))
    if len(words) >= 2 and names_itself(words[0]):
        out.add(key(" ".join(words[1:])))
    code = country_named(mention)
    if code:
        out.add(f"country:{code}")
    return out - {""}


def _described_as(
    norm: str,
    name: tuple[str, ...],
    body: bool,
    royal: bool = False,
    shared: bool = False,
    gender: str | None = None,
    head: str | None = None,
) -> tuple[set[str], list[str], set[str]]:
    """The title chains standing right before this name anywhere in the (normalised) article ("المفتي العام الشيخ علي منصور",
    also across one comma: "قائد الشرطة في المدينة، اللواء سالم حداد") or right after it (_appositions): their
    description words, the phrases themselves (normalised) and the nationalities they give, when they all name one
    person (two Oğlus in one article teach nothing). royal: the name follows a royal's title, so it opens with a
    given name; so does one after a royal's title in a chain: neither is a name that opens with another ("الملك
    عبد الله" is not "الملكة رانيا العبد الله"; "الأمير محمد" may be "الأمير محمد بن سلمان"). shared: the name is
    a family name alone that the article gives two given names; then only titles of the gender its verb gives it
    (gender, "f" or "m") tell which it is ("وقالت بنعلي" is "وزيرة الانتقال الطاقي ليلى بنعلي", not "رئيس الجهة
    محمد بنعلي"), and without one, none does. head: the mention's own title, which a given name alone keeps: a chain
    with another (honours aside) is another namesake's ("الطالبة منى" is not "الوزيرة منى")."""
    chains = _titles_before(norm, name[-1]) + _appositions(norm, name)
    if shared:
        chains = [c for c in chains if gender in ("f", "m") and parse_mention(c).feminine == (gender == "f")]
    out: set[str] = set()
    phrases: list[str] = []
    countries: set[str] = set()
    full_names: set[tuple[str, ...]] = set()
    # (A family name alone fits no one where a chain gives it to another given name: "الكاتب صنصال" in the title is
    # "بوعلام صنصال" of the lead, not his daughter "صبيحة صنصال".)
    read = [(phrase, parse_mention(phrase)) for phrase in (_counterpart_office(norm, c) or c for c in chains)]
    namesakes = any(
        len(p.name) == 2 and p.name[-1] == name[-1] and is_given_name(p.name[0]) and not names_agree(p.name, name)
        for _, p in read
    )
    alone = len(name) == 1 and is_given_name(name[0]) and head is not None and head not in _honour_descs()
    for phrase, parsed in read:
        if namesakes and len(_core(parsed.name)) == 1:
            continue
        if alone and parsed.head not in (None, head) and parsed.head not in _honour_descs():
            continue
        if sum(len(run) > 1 and is_name_word(run[0]) and not is_common_noun(run[0]) for run in name_runs(phrase)) > 1:
            continue  # (two people: "الرئيس إيمانويل ماكرون عين السياسي الوسطي فرانسوا بايرو" names whom he appointed)
        words = phrase.split()
        at = words.index(parsed.name[0]) if parsed.name and parsed.name[0] in words else 0
        royal_here = at > 0 and is_royal_title(words[at - 1])
        if (royal or royal_here) and parsed.name and _core(parsed.name)[:1] != _core(name)[:1]:
            continue
        if parsed.name and parsed.body == body and names_agree(parsed.name, name) and parsed.head:
            out |= parsed.desc | {parsed.head}
            phrases.append(phrase)
            countries |= parsed.countries
            full_names.add(_core(parsed.name)[-2:])
    if len(full_names) > 1 and len({n[-2:] for n in full_names if len(n) > 1}) > 1:
        return set(), [], set()
    return out, phrases, countries


_COUNTERPART = re.compile(r"[وبل]?نظير(?:ه|ها|هم|ته|تها)")


def _counterpart_office(norm: str, chain: str) -> str | None:
    """A counterpart's chain ("نظيره التركي هاكان فيدان") with the office it stands for: that of the one titled
    person its sentence names before it ("وزير الخارجية السوري X … مع نظيره التركي"), whose counterpart holds the
    same office in another country. None where it is no counterpart's, or the sentence names no office or two."""
    words = chain.split()
    at = norm.find(chain)
    if not words or not _COUNTERPART.fullmatch(words[0]) or at < 0:
        return None
    ends = ".!؟?\n"
    start = max(norm.rfind(c, 0, at) for c in ends) + 1
    offices = _chain_offices(norm[start:at].split())
    if not offices:
        # ("وقال ماكرون خلال مؤتمر صحفي مع نظيره الصيني X": whose office the article gave him elsewhere, "الرئيس
        # الفرنسي إيمانويل ماكرون")
        named = {w.strip("،,") for w in norm[start:at].split()} - stopword_set("arabic")
        offices = {
            o
            for w in named
            if not w.startswith("ال") and is_name_word(w)
            for c in _titles_before(norm, w)
            for o in _offices(_from_last_office(c.split()))
        }
    if not offices and start > 1:
        # ("جاء ذلك في مؤتمر صحفي مع نظيره السوري X" after "قال وزير الخارجية التركي Y إن": whose counterpart, the
        # sentence before says)
        end = len(norm[:start].rstrip(ends + " "))
        offices = _chain_offices(norm[max(norm.rfind(c, 0, end) for c in ends) + 1 : end].split())
    if len(offices) != 1:
        return None
    # The counterpart's own gender, which its word gives ("نظيرها المصري" is a man, "نظيرته" a woman), not the
    # subject's: "وزيرة الخارجية الألمانية … نظيرها المصري X" is the Egyptian foreign minister, "وزير".
    title, *portfolio = offices.pop().split()
    feminine = words[0].rstrip("اهم").endswith("ت")
    title = title.removesuffix("ه") + ("ه" if feminine else "")
    return " ".join([title, *portfolio, *words[1:]])


def _chain_offices(words: list[str]) -> set[str]:
    """_offices, of one person's chain its last office only ("نائب رئيس الوزراء وزير الخارجية X … نظيرته
    الألمانية": the foreign minister's counterpart)."""
    offices = _offices(words)
    if len(offices) > 1 and (last := _last_office_of_one_chain(words)):
        return _offices(last)
    return offices


def _last_office_of_one_chain(words: list[str]) -> list[str] | None:
    """The words from the last title on, where every title before it is one person's chain of offices: titles
    and their definite genitives only, with no nationality between ("نائب رئيس الوزراء وزير الخارجية"; not
    "الرئيس المصري وزير الخارجية القطري", two people)."""
    titles = title_words()
    at = [i for i, w in enumerate(words) if bare(w.strip("،,")) in titles]
    if len(at) < 2:
        return None
    between = words[at[0] : at[-1]]
    if any(w != w.strip("،,") or not (bare(w) in titles or w.startswith(("ال", "وال")) and not _nisba(w)) for w in between):
        return None
    return words[at[-1] :]


def _from_last_office(chain: list[str]) -> list[str]:
    """A chain from its last title that is no rank before a name: the name's own office ("وزير الخارجية القطري
    الشيخ محمد" of "استقبل الرئيس التونسي وزير الخارجية القطري الشيخ محمد", whom the president received)."""
    titles = title_words()
    for i in range(len(chain) - 1, -1, -1):
        if bare(chain[i]) in titles and not (chain[i].startswith("ال") and bare(chain[i]) in HONOUR_TITLES):
            return chain[i:]
    return chain


def _offices(before: list[str]) -> set[str]:
    """The offices these (normalised) words give someone: a title with its portfolio, up to the nationality."""
    titles, stop = title_words(), stopword_set("arabic")
    offices = set()
    for i, w in enumerate(before):
        # (a title with its genitive or holder's name: not an adjective, "مؤتمر صحفي مشترك"، "مؤتمر صحفي مع")
        following = before[i + 1] if i + 1 < len(before) else ""
        if w.startswith("ال") and bare(w) in HONOUR_TITLES and not following.startswith("ال"):
            continue  # (a rank before a name, "الأمير فيصل"، "الدكتور X", is no office a counterpart holds)
        if bare(w) in titles and (following.startswith("ال") or is_name_word(following) and following not in stop):
            # The title and the portfolio of its genitive ("وزير الدفاع") up to the nationality that ends them
            # ("المصري"), or to the name where none follows ("وزير الخارجية بدر عبد العاطي"; "الرئيس" of "الرئيس
            # السيسي").
            run: list[str] = []
            for x in itertools.takewhile(lambda x: x.startswith("ال"), before[i + 1 : i + 5]):
                run.append(x.rstrip("،,:"))
                if run[-1] != x:
                    break  # (a comma ends them: "وزير الخارجية الياباني، X،", its nationality read without it)
            nationality = [k for k, x in enumerate(run) if _nisba(x)]
            offices.add(" ".join([w, *run[: nationality[-1]]]) if nationality else " ".join([w, *run]))
    return offices


def _nisba(word: str) -> bool:
    """Is the (normalised) word a nationality in the singular ("المصري"، "الأردنية")?"""
    return word.endswith(("ي", "يه")) and is_nisba(word)


_OGLU = normalize_ar("أوغلو")
_IN_NAME_OF = normalize_ar("باسم")


def _family(name: tuple[str, ...]) -> tuple[str, ...]:
    """The family name a name ends in: its last word, or its last two where a Turkish one ends in -oğlu ("son
    of", "إمام أوغلو") or an Arabic one is "servant of" or a kunya and its noun ("حسام عبد الغفار" and "خالد عبد
    الغفار" are two given names of one family name, "موسى أبو مرزوق")."""
    two = len(name) >= 2 and (normalize_ar(name[-1]) == _OGLU or name[-2] == _ABD or name[-2] in _KUNYA)
    return name[-2:] if two else name[-1:]


def _given_name_before(text: str, name: tuple[str, ...], objects: Mapping[str, set[str]] | None = None) -> str | None:
    """The one given name the article writes before a family name it quotes alone ("التونسية أنس جابر" in the
    narration, then "وقالت جابر"): "<given> <family>", so that a reader's other given name is no match ("Sultan
    Jaber" is not her). None where the article gives that family name to two given names, or to none."""
    family = " ".join(_family(name))
    not_given = (objects or {}).get(family.split()[0] if family else "", set())
    given = _given_names_before(text, family) - not_given
    ending = _given_names_before(text, family, ending=True) - not_given
    return f"{given.pop()} {family}" if len(given) == 1 and given == ending else None


@lru_cache(maxsize=2)
def _written_and_normalised(text: str) -> tuple[str, str]:
    """The article as written (unmarked) and normalised, letter for letter: the same offsets in both. Kept for the
    article being grouped, whose every named mention asks (_given_names_before)."""
    written = unmarked(text)
    return written, normalize_ar(written)


def _given_names_before(text: str, family: str, ending: bool = False) -> set[str]:
    """The given names the article writes right before a (normalised) family name (not a verb: "وأكد كونتي"; nor
    a stopword as written: "كان نيوتن"، "في رده على ماسك", "على" being the name "علي" normalised, gives Musk no
    second given name).
    ending: only where the name ends there, not before another word it may go on with ("نجاة عون صليبا": Aoun is
    her father's name, Saliba her family's; but "نواف سلام خطة الإصلاح", a noun in ة, is what follows the name)."""
    return {given for _, given in _given_names_at(text, family, ending)}


def _nearest_bearer(
    text: str, at: int, family: tuple[str, ...], given_names: set[str], people: list[Person], said: str
) -> tuple[str | None, Person | None]:
    """Whom a family name alone at this offset stands for where the article gives it several given names
    (given_names), as a reader takes it: the one bearer named before it that the verbs do not make a man where this
    one is a woman or the other way round (said: this mention's verb's gender; "وأضاف عبد الغفار" after "حسام عبد
    الغفار", the minister "خالد عبد الغفار" named later); of several, the last one quoted, if they spoke last of all
    (people: most recent first; "وقال الفتلاوي" right after "محمد الفتلاوي"'s words, "عقيل الفتلاوي" quoted before);
    else no one. Returns that bearer's full name (normalised) and the person quoted by it, if any."""
    written = [given for start, given in _given_names_at(text, " ".join(family)) if start < at and given in given_names]
    bearers: list[tuple[str, Person | None]] = []
    for given in dict.fromkeys(reversed(written)):
        full = f"{given} {' '.join(family)}"
        person = next((p for p in people if full in p.aliases or (*given.split(), *family) in p.names), None)
        if person is None or not _said_apart({said}, person):
            bearers.append((full, person))
    # (and those quoted so far by a fuller name, whose father's name is what stands before the family name there:
    # "راشد عبيد الكتبي", then "الكتبي")
    for p in people:
        fuller = next(iter(_fuller_names(p, family)), None)
        if fuller and fuller[0] in given_names and not any(b is p for _, b in bearers) and not _said_apart({said}, p):
            bearers.append((f"{fuller[0]} {' '.join(family)}", p))
    if len(bearers) == 1 or bearers and people and bearers[0][1] is people[0]:
        return bearers[0]
    return None, None


def _given_names_at(text: str, family: str, ending: bool = False) -> list[tuple[int, str]]:
    """_given_names_before with each given name's offset, in text order."""
    heads, stop, verbs = _heads(), stopword_set("arabic"), reporting_verb_forms()
    stop_as_written = arabic_stopwords_as_written()
    written, norm = _written_and_normalised(text)
    out = []
    # (A comma may follow, or precede. A compound given name is one: "عبد الرحيم الإدريسي" gives the family name
    # "عبد الرحيم", no "الرحيم".)
    for m in re.finditer(rf"(?<!\w)((?:{_ABD}\s+)?\w+)\s+{re.escape(family)}(?!\w)", norm):
        given = m.group(1)
        if (
            given == _ABD  # ("عبد الله": a compound, no given name before "الله")
            or given.startswith("ال")
            or written[m.start(1) : m.end(1)] in stop_as_written
            or bare(given) in heads
            or given in verbs
            or given[:1] in "وف"
            and given[1:] in verbs
        ):
            continue
        after = re.match(r"[ \t]+([^\s.؟!؛:\n،,\"«»()]+)", norm[m.end() :])
        goes_on = (
            after is not None
            and after.group(1) not in stop
            and not after.group(1).startswith(("ال", "وال"))
            and not re.search(r"(?:ه|ها|هم)$", after.group(1))
            # (nor a number: "رجل الأعمال سامح عبد المنعم و11 متهما آخرين", others tried with him)
            and not (after.group(1).removeprefix("و").isdigit() or is_number(after.group(1).removeprefix("و")))
            # (nor a noun no name is: "ودعت التونسية أنس جابر منافسات البطولة", what she left)
            and not (is_common_noun(after.group(1)) and not is_name_word(after.group(1)))
        )
        if not (ending and goes_on) and is_given_name(given):
            out.append((m.start(1), given))
    return out


def _surname_first(words: list[str]) -> bool:
    """Does a chain give its person one of those nationalities ("الصيني"، "الكوري الشمالي")?"""
    return any(surname_first(w) for w in words if w.startswith("ال"))


_WHERE_HELD = {normalize_ar(w) for w in "في لدى".split()}


def _titles_before(norm_text: str, last_name: str) -> list[str]:
    """Each title chain and the name it ends with: the last title before the name, and the titles and modifiers
    right before it ("نائب وزير", "المدير العام")."""
    heads, verbs = _heads(), reporting_verb_forms()
    stop = stopword_set("arabic")
    out = []
    for m in re.finditer(
        r"(?:[^\s.؟!؛:\n،]+\s+){1,8}?(?:[^\s.؟!؛:\n،]+،\s+)?(?:[^\s.؟!؛:\n،]+\s+){0,4}" + re.escape(last_name) + r"(?!\w)",
        norm_text,
    ):
        after = re.match(r"[ \t]+([^\s.؟!؛:\n،\"«»()]+)", norm_text[m.end() :])
        words = m.group().replace("،", " ").split()
        # (A dictionary noun that is no given name is the verb's object, not more of the name: "أطلقت الوزيرة X حملة".)
        goes_on = (
            after is not None
            and after.group(1) not in stop
            and is_name_word(after.group(1))
            and not (is_common_noun(after.group(1)) and not is_given_name(after.group(1)))
        )
        if goes_on and after and not _COUNTERPART.fullmatch(after.group(1)) and not _surname_first(words):
            # (the name goes on: "المدرب السابق حسن شحاتة" describes no "حسام حسن"; but "بايدن نظيره الصيني" is
            # whom he met)
            continue
        # (A title joined by و opens another person's chain: "النائب مهند الساير ووزير المالية أنور المضف".)
        joined = [i for i, w in enumerate(words[:-1]) if w[:1] == "و" and bare(w) not in heads and bare(w[1:]) in heads]
        # (a counterpart, "مع نظيره الأردني سامي حداد", holds an office too: _counterpart_office)
        counterpart = [i for i, w in enumerate(words[:-1]) if _COUNTERPART.fullmatch(w)]
        # ("خسارتها أمام الأمريكية كوكو غوف": أمام, against whom she lost, with a nationality after it; no imam, as
        # the text is normalised, whom an indefinite noun would not take; nor one before a name without the article:
        # "بهزيمتها أمام دونالد ترامب")
        titles = [
            i
            for i, w in enumerate(words[:-1])
            if bare(w) in heads
            and not (i and words[i - 1] in _PARTICLES)  # ("محمد ولد الشيخ الغزواني": his father's name)
            # (a given name spelt like a title, after a chain and before the family name: "… المغربي أمين التهراوي")
            and not (i == len(words) - 2 and i and words[i - 1].startswith("ال") and is_given_name(w) and not w.startswith("ال"))
            and not (
                w == _BEFORE and (_nisba(words[i + 1]) or not words[i + 1].startswith("ال") and bare(words[i + 1]) not in heads)
            )
        ]
        first = max(titles + joined + counterpart, default=None)
        if first is None:
            continue
        if first in joined:
            words[first] = words[first][1:]
        elif (
            first >= 2
            and bare(words[first - 2]) in heads
            and not words[first - 2].startswith("ال")  # (a definite title heads no construct: "الوزير تصريحات …")
            and not words[first - 1].startswith("ال")
            and words[first - 1] not in stop
            # (a word with a pronoun takes no genitive: "مؤتمر صحفي عقده وزير الخارجية X", held by the minister)
            and not re.search(r"(?:ه|ها|هم)$", words[first - 1])
        ):
            first -= 2  # (a title in a title's genitive is whose office it is: "وكيل أعمال اللاعب X" is the agent)
        elif first >= 2 and words[first - 1] in _WHERE_HELD and bare(words[first - 2]) in heads:
            first -= 2  # (nor where the title is held: "النائب في مجلس الأمة X" is the member)
        # Back over titles, modifiers and definite adjectives ("وزير الخارجية السعودي الأمير فيصل بن فرحان": the
        # portfolio and the nationality are his too), from a title on.
        # (A definite title heads no construct: after "الوزير" a noun that is no name is the verb's object and what
        # follows it someone else's, "وانتقد الوزير تصريحات ترامب".)
        if first + 2 < len(words) and words[first].startswith("ال") and _object_noun(words[first + 1]):
            continue
        start = last_title = first
        while (
            start > 0
            and not _title_then_construct(words[start - 1], words[start])
            and (
                bare(words[start - 1]) in heads
                or bare(words[start - 1]) in _MODIFIERS
                # (the one spoken for, reached over his title's genitive: "المتحدث باسم الأمين العام للأمم المتحدة X")
                # (no function word between, as in a clause: "المتحدث باسم الجامعة على ادعاءات X"; a definite noun
                # with ل is a genitive, whatever the stop list says, "للأمم")
                or words[start - 1] == _IN_NAME_OF
                and start >= 2
                # (past its adjective: "المتحدث الرسمي باسم الأمين العام، السفير X")
                and (
                    bare(words[start - 2]) in heads
                    or start >= 3
                    and words[start - 2].startswith("ال")
                    and bare(words[start - 3]) in heads
                )
                and not any(x in stop and not x.startswith("لل") for x in words[start:-1])
                or words[start - 1].startswith("ال")
                and (
                    bare(words[start - 1]).endswith(("ي", "يه"))
                    # (or a title's definite genitive: "ولي العهد السعودي الأمير X"، "رئيس مجلس الوزراء الأمير X")
                    or start >= 2
                    and bare(words[start - 2]) in heads
                )
            )
        ):
            start -= 1
            if bare(words[start]) in heads or bare(words[start]) in _MODIFIERS:
                first = start
        # (A title joined by و opens the chain: "…، ونائب رئيس الوزراء وزير الخارجية أيمن الصفدي" is the deputy, whom
        # the list adds; never the prime minister.)
        if (
            start > 0
            and words[start - 1][:1] == "و"
            and bare(words[start - 1]) not in heads
            and bare(words[start - 1][1:]) in heads
        ):
            first = start - 1
            words[first] = words[first][1:]
        # (A noun with a possessive pronoun opens the description of whom it relates to someone: "اللاعب محمد صلاح نشر
        # تغريدة لزميله عمر مرموش" describes the teammate from "لزميله" on, the player being Salah.)
        owned = [i for i, w in enumerate(words[:-1]) if i > first + 1 and _relates(w)]
        opens = owned[-1] if owned else first
        chain = words[opens:]
        if chain[0].startswith(("وال", "بال", "فال", "لل")) and bare(chain[0]) in heads:
            # ("X والرئيس التركي Y"، "جمعته بالعاهل الأردني Y": the title without what glues onto it)
            chain[0] = "ال" + chain[0][2:] if chain[0].startswith("لل") else chain[0][1:]
        if any(w in verbs or w[:1] in "وف" and w[1:] in verbs for w in chain):
            continue  # (a clause: "أمام مقر الوزارة، وقالت X" is where they gathered, no imam)
        if m.group().replace(" ،", "،").split()[opens].endswith("،"):
            continue  # (a title the comma closes is no part of it: "زميله في الفريق، الإسباني X" is no team)
        # (A longer stretch from the last title on, or one with a quote or "أن", is a clause; the titles before
        # it are all titles, however many.)
        if len(words) - last_title <= 8 and not any('"' in w or w in ("ان", "انه", "انها") for w in chain):
            out.append(" ".join(chain))
    return out


def _title_then_construct(before: str, title: str) -> bool:
    """Is a definite title right before a title heading a construct no part of its chain (normalised): "والتقى
    الوزير رئيس الوزراء X" (a definite noun takes no genitive; the minister met the prime minister)? An honour
    before an office is ("السيد رئيس الجمهورية")."""
    heads = _heads()
    return (
        before.startswith("ال")
        and bare(before) in heads
        and bare(before) not in HONOUR_TITLES
        and not title.startswith("ال")
        and bare(title) in heads
    )


def _object_noun(word: str) -> bool:
    """A (normalised) indefinite noun of the dictionary that is no name nor title ("تصريحات"، "دعوة")."""
    return not word.startswith("ال") and is_common_noun(word) and not is_name_word(word) and bare(word) not in _heads()


# Kin, who may bear the name of whom they are kin to ("والد اللاعب، نيمار سانتوس" is Neymar's father).
_KIN = {
    bare(w)
    for w in "والد والدة أب أم ابن ابنة نجل نجلة شقيق شقيقة أخ أخت زوج زوجة خطيب خطيبة عم عمة خال خالة جد جدة حفيد حفيدة".split()
}


def _kin(word: str) -> bool:
    """Does the word name someone by kinship, with or without a possessive pronoun ("والد"، "والده"، "شقيقتها",
    whose ة is written ت before it)?"""
    b = bare(word)
    owned = re.sub(r"(?:ه|ها|هم)$", "", b)
    return b in _KIN or owned in _KIN or owned.endswith("ت") and owned[:-1] + "ه" in _KIN


def _owned_by_another(words: list[str], name: tuple[str, ...], genitive: set[int]) -> bool:
    """Is the mention's name another's: one of a group ("أحد شركاء البرنامج": no name at all), or the holder's of a
    title in a relation's genitive ("إحدى قريبات المتهم الرئيسي"، "شقيق الوزير X": the accused's, the minister's)?"""
    first = next((k for k, w in enumerate(words) if normalize_ar(w) == name[0]), None)
    if first is None:
        return False
    if first and normalize_ar(words[first - 1]) in ("احد", "احدي"):
        return True
    return any(k < first and k and _relation_noun(words[k - 1]) for k in genitive)


def _relation_noun(word: str) -> bool:
    """Is the word a relation's noun, singular or in a feminine plural ("شقيق"، "قريبات")?"""
    b = bare(word)
    return b in relation_words() or b.endswith("ات") and (b[:-2] in relation_words() or b[:-2] + "ه" in relation_words())


def _relates(word: str) -> bool:
    """Is the (normalised) word a title or relation with a possessive pronoun, after "ل" or "و" ("لزميله"، "ومحاميه")?"""
    m = re.fullmatch(r"[لو]?(\S{2,}?)(?:ه|ها|هم)", word)
    if not m or word.startswith("ال"):
        return False
    stem = m.group(1)  # (a ta marbuta is written ت before the pronoun: "زوجته")
    return bool({bare(stem), bare(stem[:-1] + "ه") if stem.endswith("ت") else ""} & (_heads() | relation_words()))


# Words that end an apposition: the clause goes on ("عفيفي، المتحدث باسم الجامعة على ادعاءات أوغلو").
_CLAUSE_GOES_ON = {normalize_ar(w) for w in "أن إن أنه إنه أنها على عن إلى مع بعد قبل خلال الذي التي الذين حول ضد".split()}


_BEFORE = normalize_ar("أمام")


def _appositions(norm_text: str, name: tuple[str, ...]) -> list[str]:
    """The descriptions standing right after this name, as "<name> <description>": "عفيفي، المتحدث باسم الجامعة
    العربية" and "عفيفي المتحدث باسم أمينها العام". A title that has a name of its own after it is someone
    else, the verb's object ("استقبل عون رئيس الوزراء سعد الحريري"), and is left out."""
    heads = _heads()
    written = " ".join(name)
    out = []
    # (Not the name as another's father's: "حمدان بن محمد بن راشد، ولي عهد دبي" describes Hamdan.)
    for m in re.finditer(rf"(?<!\S)(?<!بن )(?<!بنت ){re.escape(written)}،?\s+((?:[^\s.؟!؛:\n،\"«»()]+\s*){{1,8}})", norm_text):
        set_off = norm_text[: m.start()].rstrip().endswith("،")
        chain: list[str] = []
        for w in m.group(1).split():
            if w in _CLAUSE_GOES_ON:
                break
            chain.append(w)
        while chain and chain[-1] in DESCRIPTION_PREPOSITIONS:
            chain.pop()
        # (A title with a preposition or conjunction on it is no apposition: "لابيد بالحكم" welcomed the ruling,
        # and "بالحكم" reads as "the referee" once bare.)
        # (Nor "امام" after a name: أمام, before whom he spoke, as the text is normalised; no imam.)
        # (Nor a title after the subject of a verb that takes an object: "ووصفت زوجته كارلا بروني الحكم بأنه" is what
        # she described, no referee.)
        # (Nor a title in the accusative, what he was made or how he spoke: "انتخب عون رئيسا للجمهورية"، "X
        # متحدثا عبر الفيديو"; a dual in construct has its genitive right after it, "رئيسا الوزراء".)
        accusative = bool(chain) and chain[0].endswith("ا") and bare(chain[0][:-1]) in heads
        if (
            chain
            and bare(chain[0]) in heads
            and not (accusative and not (len(chain) > 1 and chain[1].startswith("ال")))
            and chain[0] != _BEFORE
            and not re.match(r"(?:[وفبكل]ال|لل)", chain[0])
            and not own_name(" ".join(chain))
            # (Nor after a name set off by commas, whose second comma closes it: "ودعا رئيس الجمعية، X، الوزارة
            # إلى" is whom he called on.)
            and not (
                ("،" not in m.group()[: len(written) + 2] or set_off)
                and _opens_with_object_verb(norm_text, m.start(), across_commas=set_off)
            )
        ):
            out.append(f"{written} {' '.join(chain)}")
    return out


def _opens_with_object_verb(norm_text: str, at: int, across_commas: bool = False) -> bool:
    """Does the clause that runs up to `at` open with a verb that takes an object: a reporting verb that does, or
    any other verb ("وهاجم زعيم المعارضة X المستشار": the chancellor is whom he attacked)? across_commas: the
    clause runs on past the commas that set off its subject's name."""
    ends = ".!؟?\n" if across_commas else ".!؟?\n،"
    clause = norm_text[max(norm_text.rfind(c, 0, at) for c in ends) + 1 : at].split()
    if not clause:
        return False
    verbs, first = reporting_verb_forms(), clause[0]
    reporting = first in verbs or first[:1] in "وف" and first[1:] in verbs
    return takes_object(first) or not reporting and is_verb_form(first)


_MODIFIERS = {normalize_ar(w) for w in "عام تنفيذي أعلى اعلي دائم".split()}


def _principal_spelt_out(text: str, start: int, mention: str) -> str | None:
    """A mention with the body someone speaks for or serves given by its bare noun ("المتحدثة باسم الصندوق جولي
    كوزاك"، "الرئيس التنفيذي للشركة تيم كوك"), with that noun replaced by the body the article introduced with it
    ("صندوق النقد الدولي"، "شركة آبل"): what a reader asking for "the IMF spokeswoman" or "the Apple CEO" names.
    Normalised, as antecedent() is."""
    norm = normalize_ar(mention)
    m = re.search(r"(?:باسم\s+ال|(?<=\S )لل)(\S+)(?:\s+(ال\S+))?", norm)
    if not m or bare(m.group(1)) not in body_words() or m.group(2) and bare(m.group(2)) not in _heads():
        return None  # (nor "باسم المحكمة الابتدائية": a definite adjective spells it out already)
    found = antecedent(text, start, bare(m.group(1)))
    if not found or len(found.split()) < 2:
        return None
    if norm[m.start() : m.start(1)] == "لل":
        found = "ل" + found.removeprefix("ال")  # (the title's genitive: "لشركه ابل")
    return norm[: m.start(1) - 2] + found + norm[m.end(1) :]


# A title that carries "its"/"their" ("ممثلها"، "باسمها"، "رئيسهم"), normalised.
_OWNED_TITLE = re.compile(r"(?<!\S)(\S+?)(ها|هم)(?!\S)")


def _owner_spelt_out(
    text: str, start: int, mention: str, people: list[Person], of_span: dict[tuple[int, int], int]
) -> str | None:
    """A mention whose title carries "its" ("وقال ممثلها في الأراضي الفلسطينية ريك بيبركورن"، "المتحدثة باسمها ماو
    نينغ"), with the pronoun spelt out as the body its paragraph quoted last before it ("وحذرت منظمة الصحة العالمية
    …، وقال ممثلها"): what a reader asking for "the WHO representative" names. Normalised, as _principal_spelt_out's.
    None where the last speaker before it is a person or several, or a body the pronoun's gender does not fit."""
    norm = normalize_ar(mention)
    m = _OWNED_TITLE.search(norm)
    if not m or not (m.group(1) == "باسم" or bare(m.group(1)) in _heads()):
        return None
    paragraph = text.rfind("\n", 0, start)
    before = [span for span in of_span if paragraph < span[0] and span[1] <= start]
    if not before:
        return None
    last = max(before)
    owner = people[of_span[last]]
    body = normalize_ar(text[last[0] : last[1]])
    feminine = body.split()[0].endswith("ه") or is_country_name(body)
    if not owner.body or owner.several or m.group(2) == "ها" and not feminine:
        return None
    return f"{norm[: m.start()]}{m.group(1)} {body}{norm[m.end() :]}"


def _named_before(parsed: Parsed, first: str, before: str) -> str | None:
    """The one person the article named, before a description-only mention, with a chain holding its whole
    description ("ولي العهد" after "استقبل ولي العهد السعودي الأمير محمد بن سلمان" in the lead, where no one
    quotes him by name): that chain and name, normalised, matched against and never shown. None where such
    chains name two people, or none."""
    names: set[tuple[str, ...]] = set()
    found = None
    heads, ends = _heads(), stopword_set("arabic") - _PARTICLES
    chain_words = heads | _MODIFIERS | parsed.role_words  # (and the title's own words: "عهد" of "ولي عهد أبوظبي")
    # (Or a counterpart's chain, for the office it stands for: "الوزير المصري" after "وزير الخارجية الروسي X …
    # مع نظيره المصري بدر عبد العاطي".)
    for m in re.finditer(r"(?<!\w)(?:(?:و?ال)?" + re.escape(first) + "|" + _COUNTERPART.pattern + r")(?!\w)", before):
        previous = before[: m.start()].split()[-1:]
        if previous and not previous[0].startswith("ال") and bare(previous[0]) in heads:
            continue  # ("نائب رئيس مجلس الوزراء الشيخ X": another title's genitive; X is the deputy)
        # (up to fourteen words: "ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان بن عبد العزيز"; never
        # ending in a particle that links to what was cut)
        chain = re.match(r"(?:[^\s.؟!؛:\n،\"«»()]+[ \t]*){1,14}", before[m.start() :])
        words = chain.group().split() if chain else []
        while words and words[-1] in _PARTICLES:
            words.pop()
        # (up to a function word or another title joined by و: "وزير الدفاع X ووزير الداخلية Y قبل"; or a
        # counterpart, another person: "وزير الخارجية الأردني X ونظيره المصري Y")
        end = next(
            (
                i
                for i, w in enumerate(words[1:], 1)
                if w in ends or w[:1] == "و" and bare(w[1:]) in heads or _COUNTERPART.fullmatch(w)
            ),
            len(words),
        )
        # (A dash ends the chain, the blessing it sets off no part of it: "ولي العهد رئيس مجلس الوزراء - حفظه الله -".)
        words = words[: next((i for i, w in enumerate(words) if w in ("-", "–")), len(words))]
        phrase = " ".join(words[:end])
        if _COUNTERPART.fullmatch(words[0]) and not _COUNTERPART.fullmatch(first):
            phrase = _counterpart_office(before, phrase) or phrase
        other = parse_mention(phrase)
        prior = _name_before_title(before, m.start()) if not other.name else None
        if prior is not None:
            # ("الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى": the name before its title, which describes it)
            phrase = f"{phrase} {prior}"
            other = parse_mention(phrase)
        named = _name_words(other.name)
        cut = named.index(False) if not all(named) else 0
        # (The name ends at a preposition and its noun: "… كيرياكوس ميتسوتاكيس بقصر الاتحادية"; or at a definite
        # noun of the dictionary, the verb's object: "مع نظيره الإيطالي أنطونيو تاياني الأزمة"; at an adverb; or at a verb, a
        # relative clause on what the sentence is about: "مع نظيرها المصري سامح شكري تناولت الحرب".)
        noun = next(
            (
                i
                for i, w in enumerate(other.name)
                if i
                and not named[i]
                and (
                    w.startswith("ال")
                    and is_common_noun(w)
                    or is_verb_form(w)
                    and not is_common_noun(w)
                    # (or an adverb in the accusative: "الأمير محمد بن سلمان هاتفيا مع")
                    or w.endswith("ا")
                    and is_common_noun(w[:-1])
                )
            ),
            0,
        )
        cut = cut if cut >= 2 and other.name[cut][:1] in "بلك" else noun
        if cut and other.name[cut] in words:
            phrase = " ".join(words[: words.index(other.name[cut])])
            other = parse_mention(phrase)
            named = _name_words(other.name)
        # (The name must follow the description's own words, titles and adjectives: not "أمير قطر يبلغ بوتين".)
        described = words[: words.index(other.name[0])] if other.name and other.name[0] in words else words
        kept = phrase.split()
        if other.name and other.name[0] in kept:  # (up to the name's end, not what she won: "… بن هنية بجائزة")
            phrase = " ".join(kept[: kept.index(other.name[0]) + len(other.name)])
        if (
            len(other.name) >= 2
            and other.head == parsed.head
            and parsed.desc <= other.desc
            # (a bare title is none that a genitive narrows to another office: "الرئيس" is no "رئيس الوزراء")
            and (bool(parsed.roles) or not other.roles)
            and all(_describes(w, chain_words) for w in described)
            # (A counterpart's name is whatever follows his nationality, though the romanizer knows only part of
            # it, or none: "مع نظيره الصيني شي جين بينغ"، "نظيره الكوري الجنوبي يون سوك يول".)
            and (
                all(named)
                or _COUNTERPART.fullmatch(words[0]) is not None
                and _foreign_name(other.name, named)
                # (So is a foreign family name after a given name: "سفير الاتحاد الأوروبي كريستيان برغر".)
                or is_given_name(other.name[0])
                and not any(is_common_noun(w) for w in other.name[1:])
            )
        ):
            names.add(_core(other.name)[-2:])
            found = phrase
    return found if len(names) == 1 else None


def _name_before_title(before: str, at: int) -> str | None:
    """The whole name right before a title at before[at], with nothing between ("الشيخ تميم بن حمد آل ثاني أمير
    البلاد"): a name of two words at least that the romanizer knows, after whatever title or honorific opens it."""
    prior = re.search(r"(?:[^\s.؟!؛:\n،\"«»()]+[ \t]+){2,8}$", before[:at])
    if prior is None:
        return None
    words = prior.group().split()
    # (the longest run that is a name, past a preposition before it: "مع فخامة إيمانويل ماكرون رئيس الجمهورية
    # الفرنسية"; a foreign family name the romanizer does not know after a given name it does)
    for k in range(len(words) - 1):
        name = parse_mention(" ".join(words[k:])).name
        named = _name_words(name)
        if len(name) < 2 or words[-len(name) :] != list(name):
            continue
        if all(named) or named[0] and is_given_name(name[0]) and _foreign_name(name, named):
            return " ".join(name)
    return None


def _foreign_name(name: tuple[str, ...], named: list[bool]) -> bool:
    """May these (normalised) words the romanizer does not all know be a foreign name: one it knows, or none that
    reads as an Arabic noun, a feminine or plural in ة/ات or a word after a clitic preposition ("رسالة تهنئة"،
    "لبحث العلاقات")?"""
    return any(named) or not any(w.endswith(("ه", "ات")) or w[:1] in "لبوف" and is_common_noun(w[1:]) for w in name)


def _name_words(name: tuple[str, ...]) -> list[bool]:
    """Is each word of a (normalised) name one a name has: known to the romanizer, a particle, or a particle's
    word whatever it spells ("عبد الفتاح")?"""
    return [w in _PARTICLES or is_name_word(w) or k > 0 and name[k - 1] in _PARTICLES for k, w in enumerate(name)]


def _describes(word: str, chain_words: set[str] | frozenset[str]) -> bool:
    """May this (normalised) word stand in a title chain before a name: a title or modifier (chain_words), a
    definite word or a genitive, "باسم", a country's name ("أمير قطر"), or a relation with its pronoun ("نظيره
    الإيراني عباس عراقجي")?"""
    return (
        word.startswith(("ال", "لل"))
        or bare(word) in chain_words
        or word == "باسم"
        or is_country_name(word)
        or is_place(word)  # ("حاكم دبي"، "ولي عهد أبوظبي")
        or not word.startswith(("ل", "و"))
        and _relates(word)
        or _COUNTERPART.fullmatch(word) is not None  # ("وزير الخارجية X ونظيره المصري Y")
    )


_QUOTED = re.compile(r'"[^"\n]*"|«[^»\n]*»|“[^”\n]*”')  # (straight quotes pair up in order)


def _without_quoted_words(norm: str) -> str:
    """Normalised text with its quoted words blanked out: a quotation after a colon or a complementiser, or longer
    than a name. A body's name in quotes after its noun stays."""

    def blank(q: re.Match[str]) -> str:
        before = norm[: q.start()].rstrip()
        said = before.endswith(":") or re.search(r"(?<!\w)[وف]?ب?ان(?:ه|ها|هم)?$", before) is not None
        return " " * len(q.group()) if said or len(q.group()) > 42 else q.group()

    return _QUOTED.sub(blank, norm)


def antecedent(text: str, before: int, head_word: str) -> str | None:
    """The body a bare noun refers back to: the last "<noun> <name>" before it ("الصحيفة" → 'صحيفه "وول ستريت
    جورنال"'), normalised (it is matched against, never shown)."""
    # (A noun inside someone's quoted words introduces no one: 'ورد X: "وزير الدفاع يعرف أن …"' then "وقال الوزير"
    # is X. A name in quotes after its noun, 'صحيفة "وول ستريت جورنال"', is short and stays.)
    before_text = _without_quoted_words(normalize_ar(text[:before]))
    stop, titles = stopword_set("arabic"), title_words()
    phrases: list[list[str]] = []
    workplaces: list[list[str]] = []  # named after "في": where someone else works ("المحلل في شركة X")
    # (within a line: a headline's last words run on into no dateline, "وزير الاتصالات" then "الرباط - …")
    tail = r"[ \t]+(?P<named>\"[^\"\n]{2,40}\"|«[^»\n]{2,40}»|(?:[^\s.،,؛:\"«]+[ \t]*){1,3})"
    # (also as an indefinite noun's genitive after ل or ب: "الأمانة العامة لمجلس التعاون", the council's name)
    # (and after و: "بين وزير الدفاع X ووزير المالية Y", whose minister is the last named)
    found = list(re.finditer(r"(?<![\w])(?P<and>و)?(?P<art>ال|[لب](?!ال))?" + re.escape(head_word) + tail, before_text))
    # (Or else after a preposition, without it: "لجنة السياسة النقدية بالبنك المركزي المصري".)
    governed = r"(?<![\w])و?(?:بال|لل)(?=" + re.escape(head_word) + ")"
    for m in found or re.finditer(governed + re.escape(head_word) + tail, before_text):
        words = m.group().split()
        if not found:
            words[0] = "ال" + head_word
        else:
            words[0] = words[0][len(m.group("and") or "") :]
        if found and m.group("art") in ("ل", "ب"):
            words[0] = words[0][1:]  # (the noun, without the preposition it had there)
        quoted = m.group("named")[:1] in '"«'
        if quoted and found and m.group("art") == "ال":
            continue  # ('قرار الشركة "مثير للاستغراب"': after the definite noun, a quotation, no name)
        keep = words if quoted else [words[0]]  # a quoted name is whole
        for w in words[len(keep) :]:
            if (
                w in DESCRIPTION_PREPOSITIONS
                or w == "الي"  # (إلى, normalised: it opens with the article's letters; "داعية الوزير إلى")
                or re.search(r"(?:ها|هم)$", w)
                or not w.startswith("ال")
                # ("أمام المحكمة إن": no name of hers; nor after a definite noun, "المنظمة ماريا": whose name follows)
                and (len(keep) > 1 or w in stop or keep[0].startswith("ال"))
                or bare(w) in titles  # ("في الوزارة الدكتور X": who works there)
                or keep[-1].startswith("ال")
                and opens_another_phrase(w)  # ("اتهم الجيش الدعم السريع": its object)
            ):
                break
            keep.append(w)
        # (A listed body's whole name ends it: "منظمة العفو الدولية السلطات" is the body, then what it urged.)
        listed = [k for k in range(2, len(keep) + 1) if tuple(bare(w) for w in keep[:k]) in body_names()]
        phrase = keep[: listed[-1]] if listed else keep
        (workplaces if re.search(r"(?<![\w])في[ \t]+$", before_text[: m.start()]) else phrases).append(phrase)
    # (A body named as where someone works, "المحلل في شركة «غارتنر»", is what the bare noun means only when the
    # article names no other: "الرئيس التنفيذي للشركة تيم كوك" is Apple's, the article's company.)
    phrases = phrases or workplaces
    if not phrases:
        return None
    # "وزارة التجارة" names the body the article first called "وزارة التجارة الأميركية": the fuller form.
    last = [bare(w) for w in phrases[-1]]
    fuller = [p for p in phrases if len(p) > len(last) and [bare(w) for w in p[: len(last)]] == last]
    best: list[str] = max(fuller, key=len) if fuller else phrases[-1]
    return " ".join(best)


def _attach_descriptions(
    people: list[Person], of_span: dict[tuple[int, int], int]
) -> tuple[list[Person], dict[tuple[int, int], int]]:
    """A description met before any name ("المفتي العام", then "منصور") joins the one named person it fits. Not
    one that says whose it is ("محاميه", his lawyer, before "المحامي X" of the defence team): someone's lawyer,
    adviser or deputy is one of several, and the article did not say which."""
    merged: dict[int, int] = {}
    heads = _heads()
    for p in people:
        if p.names or not p.heads or all(_owned_title(m, heads) for m in p.mentions):
            continue
        fits = [
            q
            for q in people
            if q.names
            and q.body == p.body
            and p.heads & q.heads - q.others
            and p.desc <= q.desc | q.name_stems | _genitives_of_bodies_named_bare(p, q)
            and not _other_gender(p.titled == {True}, q)
            and not _said_apart(p.said_as, q)
        ]
        if len(fits) == 1:
            target = fits[0]
            target.mentions.extend(m for m in p.mentions if m not in target.mentions)
            target.aliases.extend(a for a in p.aliases if a not in target.aliases)
            target.heads |= p.heads
            merged[p.id] = target.id
    kept = [p for p in people if p.id not in merged]
    renumber = {p.id: n for n, p in enumerate(kept)}
    for p in kept:
        p.id = renumber[p.id]
    spans = {span: renumber[merged.get(pid, pid)] for span, pid in of_span.items()}
    return kept, spans


def _genitives_of_bodies_named_bare(p: Person, q: Person) -> set[str]:
    """The stems of the genitives p's mentions give a body that q's name by its bare definite noun ("رئيس هيئة
    الاستثمار" and "رئيس الهيئة X": the authority is the investment one), which q's description lacks."""
    bodies = body_words()
    bare_bodies = {bare(w) for m in q.mentions for w in normalize_ar(m).split() if w.startswith("ال") and bare(w) in bodies}
    out = set()
    for m in p.mentions:
        words = normalize_ar(m).split()
        out |= {_stem(b) for a, b in zip(words, words[1:], strict=False) if not a.startswith("ال") and bare(a) in bare_bodies}
    return out


def _resolve(parsed: Parsed, people: list[Person], last_seen: dict[int, int]) -> Person | None:
    recent = _by_recency(people, last_seen)
    if parsed.document:
        # "وجاء في البيان": the statement of the body that spoke last; a post or letter may be anyone's.
        return recent[0] if recent and recent[0].body else None
    if parsed.name:
        named = [
            p
            for p in recent
            if p.body == parsed.body
            and any(names_agree(parsed.name, n) for n in p.names)
            and not _another_given_name(parsed.name, p)
            and not _another_family_name(parsed.name, p)
            and not _introduced_apart(parsed, p)
            and not _opposed(parsed.desc, p.desc)
        ]
        if named:
            # (the one the article gave this very name of several words, before a more recent one whose name only
            # agrees with it: "حزب العدالة والتنمية" after "الحزب الحاكم" is the party it named so; a given name
            # alone goes to the one named last, "الوزيرة منى" after "الطالبة منى" and "الوزيرة منى الخليلي")
            whole = len(parsed.name) > 1
            return next((p for p in named if whole and parsed.name in p.names), named[0])
        # "الرئيس الروسي" first, "الرئيس الروسي فلاديمير بوتين" later: the description was this person.
        # (Its title must head the new mention: "منظمة الصحة العالمية" is not "مدير منظمة الصحة العالمية ...".)
        # (Nor is a body the person who works there: "X، الخبير في منظمة الصحة العالمية".)
        return next(
            (
                p
                for p in recent
                if not p.names
                and p.body == parsed.body
                and parsed.head in p.heads
                and p.desc <= parsed.desc
                and not _other_gender(parsed.feminine, p)
                # (nor a man's office with his name after one the article gave only as a woman's: "المتحدث باسم
                # الخارجية الإيرانية X" is not whom "وتابعت المتحدثة" described before)
                and not (parsed.feminine is False and p.titled == {True})
            ),
            None,
        )
    if not parsed.desc:
        return None
    fitting = [p for p in recent if _desc_fits(parsed, p)]
    if _unclear(fitting, recent) or parsed.epithet and len(fitting) > 1:
        return None
    return (fitting[0] if fitting else None) or _national_fit(parsed, recent)


def _went_on(
    text: str,
    start: int,
    parsed: Parsed,
    words: list[str],
    people: list[Person],
    last_seen: dict[int, int],
    said: str | None = None,
) -> Person | None:
    """The last one quoted (of the gender the verb gives, said), when a verb of going on speaking has a description
    of no one the article named as its subject ("وأضاف قائد المنتخب البرتغالي" right after Ronaldo's words): "added"
    goes on with the same speaker.
    Never another ("مسؤول آخر"), a body, one whose gender, nationality or title says it is someone else, or one
    it fits no better than another."""
    if not _after_going_on(text, start) or parsed.body or parsed.many:
        return None
    if any(normalize_ar(w) in _ANOTHER for w in words):
        return None
    # (The last one quoted of the verb's gender: "وأضافت نائبة الرئيس" after his reply goes on with her.)
    last = next((p for p in _by_recency(people, last_seen) if not _said_apart({said or ""}, p)), None)
    if last is None or last.body or last.several or _other_gender(parsed.feminine, last):
        return None
    if last.countries and not parsed.countries <= last.countries:
        return None
    if not parsed.name and parsed.desc and parsed.desc <= _ANY_PERSON:
        return last  # ("ويضيف الرجل، الذي ورث الأرض عن أبيه:" after the farmer's words: him)
    if not parsed.name and len(parsed.desc) == 1 and parsed.desc <= relation_words():
        # ("وتابعت الأم" after "أم محمد، وهي أم لخمسة أطفال": her, whom the article called a mother.)
        called = {bare(w) for m in last.mentions for w in _WORD.findall(m)}
        return last if parsed.desc <= called else None
    # ("المسؤول الروسي"، "الزعيم الأوكراني": an official or a leader of a nationality, whatever the office; then no
    # other titled person of that nationality may be meant.)
    if _any_office(parsed):
        return None if any(p.heads and not p.body and parsed.countries & p.countries for p in people if p is not last) else last
    # ("وأضافت المسؤولة الأممية" after "منسقة الشؤون الإنسانية في الأمم المتحدة X": an official of what the last
    # one's description holds, where no other titled person's holds it too.)
    qualifiers = parsed.desc - _ANY_OFFICE
    if parsed.desc & _ANY_OFFICE and qualifiers and not parsed.nationals and qualifiers <= last.desc:
        return None if any(p.heads and not p.body and qualifiers <= p.desc for p in people if p is not last) else last
    # (A title another form of theirs, or one the article never used before: after someone titled, an epithet, a
    # definite noun and its adjectives, "وتابع الحارس الدولي" after the captain, not an office in construct, "وأضاف
    # قائد المنتخب المصري" after the coach; after someone untitled, any such title, not one the article gave someone
    # else before, "وأضاف الوزير" after an analyst where "استقبل وزير الخارجية" came before.)
    if parsed.head not in last.heads and not _same_role(parsed, last):
        if last.heads and not (all(normalize_ar(w).startswith("ال") for w in words) and _title_unused(text, start, parsed)):
            return None
        if not last.heads and parsed.head and parsed.head not in last.desc and not _title_unused(text, start, parsed):
            return None
    # (Nor where it fits another as well: "the Portuguese coach" after two coaches may be either, unless the
    # other's nationality is another: "مدرب ليفربول الهولندي".)
    others = [p for p in people if p is not last and (parsed.head in p.heads or _same_role(parsed, p))]
    return None if any(not p.countries or parsed.countries <= p.countries for p in others) else last


def _relation_alone(word: str, parsed: Parsed) -> bool:
    """Is the mention a relation's noun alone with the article, read as a name ("الأم"، "الأب")?"""
    return normalize_ar(word).startswith("ال") and bare(word) in relation_words() and bool(parsed.name)


def _title_unused(text: str, start: int, parsed: Parsed) -> bool:
    """Is the description's title one the article has not used before the mention at start ("وتابع الحارس الدولي"
    right after "قائد الفريق محمد الشناوي"): an epithet for the one going on, no office someone else was given?"""
    return bool(parsed.head) and not re.search(
        rf"(?<!\w)[وفبل]?(?:ال|لل)?{re.escape(parsed.head or '')}", normalize_ar(text[:start])
    )


def _same_role(parsed: Parsed, person: Person) -> bool:
    """Is the description's title another form of a role the person holds ("وأضاف المدرب السويسري" after "المدير
    الفني … مارسيل كولر"; "وتابع الناخب الوطني" after "مدرب المنتخب": a form of two words, none a title alone)?"""
    titled = parsed.head in parsed.role_words or parsed.head is None and parsed.desc == parsed.role_words
    return titled and bool(parsed.roles) and parsed.roles <= person.roles


# Descriptions no one body has both of: the ruling party is not the opposition party ("وقال الحزب الحاكم" after
# "حزب العدالة والتنمية المعارض").
_OPPOSED = [({"حاكم"}, {"معارض"})]


def _opposed(desc: frozenset[str] | set[str], others: frozenset[str] | set[str]) -> bool:
    """Does one description hold a word the other's opposite holds ("الحاكم" against "المعارض")?"""
    return any(a & desc and b & others or b & desc and a & others for a, b in _OPPOSED)


_ANOTHER = {normalize_ar(w) for w in "آخر أخرى ثان ثانية ثالث ثالثة".split()}
_ANY_OFFICE = {_stem(w) for w in "مسؤول زعيم".split()}  # nouns for whoever holds an office, of any title


def _after_going_on(text: str, start: int) -> bool:
    """Is the mention at text[start] the subject of a verb of going on speaking ("وأضاف X")?"""
    before = _WORD.findall(text[max(0, start - 20) : start])
    return bool(before) and going_on(before[-1])


def _any_office(parsed: Parsed) -> bool:
    """Is the description a nationality's official or leader, whatever the office ("المسؤول الروسي"، "الزعيم
    الكيني"), which a title elsewhere fits only by its word?"""
    return bool(parsed.nationals) and parsed.desc - parsed.nationals <= _ANY_OFFICE


def _new_source(parsed: Parsed, words: list[str]) -> bool:
    """Is the mention an indefinite source's noun and its adjectives ("مسؤول إسرائيلي"، "دبلوماسي غربي كبير")? It
    brings in someone new, never one named before ("رئيس الوزراء الإسرائيلي X")."""
    return bool(words) and not parsed.name and bool(parsed.roles) and not normalize_ar(words[0]).startswith(("ال", "وال"))


def _unnamed_again(parsed: Parsed, words: list[str]) -> bool:
    """Is the mention an unnamed source's noun alone with the article ("المسؤول"، "المصدر نفسه"): the one an
    indefinite mention brought in, not a new one ("مسؤول آخر")?"""
    return (
        bool(words)
        and normalize_ar(words[0]).startswith("ال")
        and parsed.head is None
        and not parsed.name
        and bool(parsed.roles)
        and bool(parsed.desc)
        and parsed.desc <= parsed.role_words
    )


def _introduced_apart(parsed: Parsed, person: Person) -> bool:
    """Is either a given name alone that its mention introduces (Parsed.introduced), and the other a fuller name
    that only starts with it ("أحمد، أحد مشجعي الأهلي" and "رئيس رابطة الأندية أحمد دياب")? Two people who share
    a given name: a reporter brings in a new person so, he does not name one again so."""
    if parsed.name in person.names:
        return False
    # (A family name the fuller one ends with is its bearer's: "نادال (38 عاما)" after "رافائيل نادال".)
    new = len(_core(parsed.name)) == 1 and parsed.introduced and any(_core(n)[:1] == _core(parsed.name) for n in person.names)
    earlier = all(len(_core(n)) == 1 for n in person.names) and person.introduced
    return new or earlier or _described_apart(parsed, person)


def _described_apart(parsed: Parsed, person: Person) -> bool:
    """Is one a given name alone and the other a fuller name, and do their descriptions share nothing ("الطالبة منى"
    and "وزيرة شؤون المرأة منى الخليلي")? Two people who share a given name, each described as what the other is not."""
    alone = parsed.name if len(parsed.name) == 1 else next((n for n in person.names if len(n) == 1), ())
    return _described_otherwise(alone, parsed.desc, person.desc) and not _same_role(parsed, person)


def _described_otherwise(alone: tuple[str, ...], ours: set[str] | frozenset[str], theirs: set[str] | frozenset[str]) -> bool:
    """Is a given name alone described as nothing the other description says, honours aside ("المهندس أحمد" may be
    "وزير الإسكان أحمد علي": an honour goes before a minister's name too)?"""
    ours, theirs = ours - _honour_descs(), theirs - _honour_descs()
    return len(alone) == 1 and is_given_name(alone[0]) and bool(ours) and bool(theirs) and not ours & theirs


@lru_cache(maxsize=1)
def _honour_descs() -> frozenset[str]:
    """The description words of the honours a title may carry before a name (الشيخ، الدكتور، المهندس …)."""
    return frozenset(d for w in HONOUR_TITLES for d in parse_mention(w).desc)


def _another_family_name(name: tuple[str, ...], person: Person) -> bool:
    """Does the person have a full name with this name's given name and another family name ("فهد اليوسف" for
    "فهد الشمري", "محمد بن زايد" for "محمد بن سلمان")? A given name alone ("الشيخ فهد") then joins neither by it.
    (A name the other only goes on from is none: "محمد بن زايد آل نهيان" of "محمد بن زايد".)"""
    core = _core(name)
    return len(core) >= 2 and any(
        len(c) >= 2 and c[0] == core[0] and c[-1] != core[-1] and c[: len(core)] != core and core[: len(c)] != c
        for c in (_core(n) for n in person.names)
    )


def _another_given_name(name: tuple[str, ...], person: Person) -> bool:
    """Does the person's full name, in a mention or as the article gives it, put another given name before this
    name's family name ("جو بايدن" for "هانتر بايدن", "حافظ الأسد" for "بشار الأسد"), neither in the other?"""
    family = _family(name)
    if len(name) <= len(family):
        # (A name that is its two-word family name alone is compared by its noun: "الملك عبد الله" is not "رانيا
        # العبد الله", whose "العبد" stands before it.)
        family = name[-1:]
    if len(name) <= len(family):
        return False
    fulls = [*person.names, *(tuple(a.split()) for a in person.aliases)]
    return any(
        len(full) > len(family)
        and full[-len(family) :] == family
        and full[-len(family) - 1] not in name
        and name[-len(family) - 1] not in full
        for full in fulls
    )


def _by_recency(people: list[Person], last_seen: dict[int, int]) -> list[Person]:
    """The people, the one mentioned last first."""
    return sorted(people, key=lambda p: -last_seen[p.id])


def _unclear(fitting: list[Person], recent: list[Person]) -> bool:
    """Do people of several countries fit a bare description (fitting, most recent first), none of them among the
    last two to speak ("وقال وزير الخارجية العماني …، وشدد وزير الدولة القطري …", three other speakers, then
    "ونقلت الوكالة السعودية عن الوزير")? Which one it is, the article does not say in a way this reading follows: no
    one rather than the wrong one."""
    return len(fitting) > 1 and fitting[0] not in recent[:2] and len({frozenset(p.countries) for p in fitting}) > 1


def _national_fit(anaphor: Parsed, recent: list[Person]) -> Person | None:
    """A description whose only unknown is a nationality: "المدير الفني الإيطالي" is the article's one named
    technical director if the article gives him no other nationality; "الإيطالي" alone, the last named person
    whose mentions call him Italian. Never when two people could be meant."""
    if not anaphor.countries:
        return None
    named = [p for p in recent if p.names and not p.several and p.body == anaphor.body]
    if anaphor.head is None and anaphor.desc - anaphor.nationals == {_stem("مسؤول")}:
        # "وأضاف المسؤول اليوناني" after "رئيس الوزراء اليوناني X": the one titled person of that nationality the
        # article named (an unnamed official would have fitted first).
        titled = [p for p in named if p.heads and anaphor.countries <= p.countries and not _other_gender(anaphor.feminine, p)]
        return titled[0] if len(titled) == 1 else None
    if anaphor.head is None:
        if anaphor.desc != anaphor.nationals:
            return None
        # "السوداني" after "محمد شياع السوداني": the family name that nisba is, before any nationality.
        surname = next((p for p in named if any(n and _stem(n[-1]) in anaphor.nationals for n in p.names)), None)
        return surname or next((p for p in named if anaphor.countries <= p.countries), None)
    # (The title in any form of its role: "المدرب السويسري" is the one named "المدير الفني …"; then a coach named
    # "مدرب الزمالك" as well makes two who may be meant.)
    rest = anaphor.desc - anaphor.nationals
    candidates = [
        p
        for p in named
        if (
            anaphor.head in p.desc
            and rest <= p.desc | p.name_stems
            or _same_role(anaphor, p)
            and rest - anaphor.role_words <= p.desc | p.name_stems
        )
        and not _other_gender(anaphor.feminine, p)
    ]
    if len(candidates) != 1 or not candidates[0].countries <= anaphor.countries:
        return None
    return candidates[0]
