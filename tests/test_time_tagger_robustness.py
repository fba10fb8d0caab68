import datetime as dt
import json
from pathlib import Path

from marsad.time import find_times

DEV = Path(__file__).parent / "data" / "time_news_dev.jsonl"
REF = dt.date(2017, 3, 9)


def test_time_bad_input_never_crashes():
    assert find_times("", REF) == []
    assert find_times("   \n ", REF) == []
    latin = "The meeting is on Monday 12 March 2017."
    assert all(t.value == "2017" for t in find_times(latin, REF))  # only the year is read
    html = "<p>وقع الحادث <b>أمس</b> مساء</p>" * 3
    assert all(html[t.start : t.end] == t.text for t in find_times(html, REF))
    huge = "أعلنت الوزارة أمس أن الاجتماع سيعقد يوم الأربعاء المقبل. " * 3000
    found = find_times(huge, REF)
    assert len(found) == 6000
    assert find_times("\u0600\u200f\ufeff" * 50, REF) == []


def test_time_offsets_index_the_original_text():
    for line in DEV.read_text("utf-8").splitlines():
        row = json.loads(line)
        s = row["sentence"]
        for t in find_times(s, dt.date.fromisoformat(row["published"])):
            assert s[t.start : t.end] == t.text


def test_time_arabic_indic_digits_and_diacritics():
    found = find_times("وَقَعَ الحادثُ يومَ ١٤ تمّوز ٢٠١٥ في بغداد", REF)
    assert [(t.text, t.value) for t in found] == [("يومَ ١٤ تمّوز ٢٠١٥", "2015-07-14")]


def test_time_presentation_forms_are_read():
    found = find_times("ﺍﺷﺘﺪ ﺍﻟﻘﺘﺎﻝ ﻗﺒﻞ ﻋﺸﺮﺓ ﺃﻳﺎﻡ", dt.date(2015, 8, 6))
    assert [t.value for t in found] == ["2015-07-27"]


def test_time_without_publication_date_never_invents_a_date():
    found = {
        t.text: t.value for t in find_times("قال إنه وصل أمس وسيغادر يوم الأربعاء المقبل قبل 22 أكتوبر", None)
    }
    assert found == {"أمس": "XXXX-XX-XX", "يوم الأربعاء المقبل": "XXXX-WXX-3", "22 أكتوبر": "XXXX-10-22"}
    found = find_times("وقع ذلك في 25 شوال 1436 هـ", None)
    assert [t.value for t in found] == ["2015-08-10"]


def test_time_long_text_without_punctuation_stays_linear():
    import random
    import time

    from marsad.time.lexicon import lexicon

    lex = lexicon()
    words = list(lex.months) + list(lex.weekdays) + list(lex.relative_days) + list(lex.modifiers)
    words += ["الساعه", "منذ", "قبل", "خلال", "لمده", "من", "الي", "يوم", "12", "2017", "3", "،", "و"]
    rng = random.Random(1)
    text = " ".join(rng.choice(words) for _ in range(20000))
    t0 = time.process_time()
    found = find_times(text, REF)
    assert found and all(text[t.start : t.end] == t.text for t in found)
    assert time.process_time() - t0 < 20  # a quadratic pass took ~100 s here
