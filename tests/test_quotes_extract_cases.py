"""Quote extraction on real sentences (issue #7, part 2): direct, indirect, mixed, nested, multi-sentence
and multi-paragraph statements, «وأضاف»/«وتابع» continuations, reversed and unbalanced marks.

Sentences: ANT corpus (Jawhara FM, Apache-2.0) and short SaudiNewsNet excerpts (CC BY-NC-SA 4.0,
research use; ids in comments).
"""

from __future__ import annotations

import pytest

from marsad.quotes.extract import FoundQuote, find_quotes


def quotes(text: str) -> list[FoundQuote]:
    found, _ = find_quotes(text)
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
    return found


def content(text: str, q: FoundQuote) -> str:
    return text[q.start : q.end]


def speaker(text: str, q: FoundQuote) -> str | None:
    return None if q.speaker is None else text[q.speaker[0] : q.speaker[1]]


@pytest.mark.parametrize(
    ("text", "body", "who"),
    [
        # ANT politic-164: ASCII marks after a title + name
        (
            'قال وزير الوظيفة العمومية والحوكمة السابق، عبيد البريكي "سأعمل على أن لا يكون لاجراء اقالتي '
            'انعكاسات سلبية على تونس".',
            "سأعمل على أن لا يكون لاجراء اقالتي انعكاسات سلبية على تونس",
            "وزير الوظيفة العمومية والحوكمة السابق، عبيد البريكي",
        ),
        # snn-20150725-00148: guillemets after «في بيان»
        (
            "من جهتها، أفادت المتحدثة باسم الشرطة الاتحادية الاسترالية في بيان «إذا كان هناك دليل على أن "
            "استراليا ارتكب جنحة بموجب القانون الاسترالي سيوجه له الاتهام ويمثل أمام القضاء».",
            "إذا كان هناك دليل على أن استراليا ارتكب جنحة بموجب القانون الاسترالي سيوجه له الاتهام ويمثل أمام القضاء",
            "المتحدثة باسم الشرطة الاتحادية الاسترالية",
        ),
        # snn-20150723-00992: curly marks, the first pair wraps a name, the second is the statement
        (
            "وأشار “لصور” إلى “أن الوضع الصحي في عدن استثنائي ومعظم المستشفيات الحكومية مدمرة تماماً”.",
            "أن الوضع الصحي في عدن استثنائي ومعظم المستشفيات الحكومية مدمرة تماماً",
            "“لصور”",
        ),
    ],
)
def test_direct_quotes(text: str, body: str, who: str) -> None:
    (q,) = quotes(text)
    assert q.kind == "direct"
    assert content(text, q) == body
    assert speaker(text, q) == who


@pytest.mark.parametrize(
    ("text", "cue", "body", "who"),
    [
        # ANT politic-16: قال … إن
        (
            "قال رضا بلحاج، الممثل القانوني لحزب نداء تونس إن محسن مرزوق تسرّع عند مغادرته لحزب نداء تونس.",
            "قال",
            "محسن مرزوق تسرّع عند مغادرته لحزب نداء تونس",
            "رضا بلحاج، الممثل القانوني لحزب نداء تونس",
        ),
        # ANT politic-472: أكد … أن
        (
            "أكدت النائبة عن حزب نداء تونس هالة عمران أن أعضاء النداء علموا بحملة الإيقافات، مثل عموم الشعب.",
            "أكدت",
            "أعضاء النداء علموا بحملة الإيقافات، مثل عموم الشعب",
            "النائبة عن حزب نداء تونس هالة عمران",
        ),
        # ANT internationalNews-850: أشار … إلى أن, VSO with a title and a name
        (
            "وأشار المتحدث الرسمي باسم الوزارة إيجور كوناشينكوف إلى أن السلطات السورية تجري عمليات بحث "
            "للوصول لموقع الـ36 صاروخا الأخرى.",
            "وأشار",
            "السلطات السورية تجري عمليات بحث للوصول لموقع الـ36 صاروخا الأخرى",
            "المتحدث الرسمي باسم الوزارة إيجور كوناشينكوف",
        ),
    ],
)
def test_indirect_quotes(text: str, cue: str, body: str, who: str) -> None:
    (q,) = quotes(text)
    assert q.kind == "indirect"
    assert text[q.cue[0] : q.cue[1]] == cue
    assert content(text, q) == body
    assert speaker(text, q) == who


def test_participle_cue_with_verbal_noun_is_indirect_and_keeps_the_subject() -> None:
    # ANT economy-217: «معربا عن اعتقاده بأنه …» continues the subject of «لاحظ»
    text = (
        "ولاحظ السفير أن الخدمات المالية المتنقلة ستكون بمثابة مستقبل القطاع البنكي، معربا عن اعتقاده بأنه "
        "يمكن للمركز أن يتعاون مع تونس في قطاع الدفع الرقمي."
    )
    first, second = quotes(text)
    assert content(text, first) == "الخدمات المالية المتنقلة ستكون بمثابة مستقبل القطاع البنكي"
    assert content(text, second) == "بأنه يمكن للمركز أن يتعاون مع تونس في قطاع الدفع الرقمي"[1:]
    assert speaker(text, first) == speaker(text, second) == "السفير"


def test_mixed_quote_with_quoted_words_in_the_complement() -> None:
    # snn-20150721-00009: «عبر عن اعتقاده بأن … «داعش» …»
    text = (
        "وقال الخبير إن كل شيء واضح. وعبر عن اعتقاده بأن خطاب «داعش» موجَّه في الأغلب إلى المقاتلين الأجانب "
        "لإغرائهم بالقدوم إلى ليبيا."
    )
    first, second = quotes(text)
    assert first.kind == "indirect" and second.kind == "mixed"
    assert content(text, second).startswith("خطاب «داعش» موجَّه")
    assert speaker(text, second) == "الخبير"  # pronoun-dropped verb: the previous speaker


def test_complement_in_marks_is_mixed() -> None:
    # ANT localNews-1079
    text = (
        "قال رئيس الحكومة الحبيب الصيد في تصريحات لصحيفة «فرانكفورتر الجماينه تسايتونغ» الألمانية الصادرة "
        "أمس، إن «الوضع في ليبيا يشكل خطرا على استقرار تونس سواء على المستوى الأمني والسياسي»"
    )
    (q,) = quotes(text)
    assert q.kind == "mixed"
    assert content(text, q) == "«الوضع في ليبيا يشكل خطرا على استقرار تونس سواء على المستوى الأمني والسياسي»"
    assert speaker(text, q) == "رئيس الحكومة الحبيب الصيد"


def test_nested_quote_reports_through_the_outer_speaker() -> None:
    # ANT politic-496: the party leader reports what the head of government said
    text = (
        "أكد الأمين العام للحزب الجمهوري، عصام الشابي، أن رئيس الحكومة يوسف الشاهد أوضح أن الحرب على الفساد "
        'هي " سياسة .. لها رؤيتها واستراتيجيتها .. وليست حملة انتقائية أو ظرفية". '
    )
    outer, inner = quotes(text)
    assert inner.nested_in == 0 and outer.nested_in is None
    assert speaker(text, outer) == "الأمين العام للحزب الجمهوري، عصام الشابي"
    assert speaker(text, inner) == "رئيس الحكومة يوسف الشاهد"
    assert inner.reported_by == outer.speaker
    assert outer.start < inner.start and inner.end == outer.end
    assert inner.kind == "mixed"


def test_statement_of_a_spokesman_quoting_another() -> None:
    # snn-20150731-00358: the Kremlin reports what Putin told Netanyahu
    text = (
        "وقال الكرملين في بيان إن بوتين أبلغ نتنياهو بأن الاتفاق يشمل «ضمانات قوية بأن البرنامج النووي "
        "الإيراني سيكون سلميًا بحتًا»."
    )
    outer, inner = quotes(text)
    assert speaker(text, outer) == "الكرملين"
    assert speaker(text, inner) == "بوتين"
    assert inner.nested_in == 0
    assert text[inner.reported_by[0] : inner.reported_by[1]] == "الكرملين"


def test_quotation_over_several_sentences_stays_whole() -> None:
    # ANT internationalNews-314
    text = (
        "وذكر التقرير أن «القدرات العسكرية في المنطقة ركزت على الأسلحة الدفاعية. أما الآن، تتجه دول الشرق "
        "الأوسط نحو شراء أسلحة تسمح لها بشن عمليات عسكرية خارج حدودها». ويقول التقرير إن الإنفاق سيرتفع."
    )
    first, second = quotes(text)
    assert first.kind == "mixed"
    assert content(text, first).endswith("خارج حدودها»")
    assert "أما الآن" in content(text, first)
    assert speaker(text, first) == speaker(text, second) == "التقرير"


def test_paragraph_that_continues_a_quotation() -> None:
    # snn-20150726-01122: the second paragraph is the same speaker's quotation, with no cue
    text = (
        "قال نائب سفير تركيا في الأمم المتحدة في الرسالة: «من الواضح أن النظام في سوريا إما غير قادر أو غير "
        "مستعد لوقف هذه التهديدات».\n«سوريا أصبحت ملاذًا آمنًا للمتطرفين.. هذه المنطقة يستخدمها داعش في "
        "التدريب والتخطيط للهجمات عبر الحدود».\nوبموجب الميثاق"
    )
    first, second = quotes(text)
    assert first.kind == second.kind == "direct"
    assert content(text, second).startswith("سوريا أصبحت ملاذًا آمنًا")
    assert second.rule == "continuation.paragraph"
    assert second.speaker == first.speaker
    assert speaker(text, first) == "نائب سفير تركيا"


def test_waadaf_and_watabaa_continue_the_previous_speaker() -> None:
    # ANT politic-16 (two paragraphs) and ANT diverse-171
    text = (
        "قال رضا بلحاج، الممثل القانوني لحزب نداء تونس إن محسن مرزوق تسرّع عند مغادرته لحزب نداء تونس.\n"
        "وأضاف أن مرزوق كان له الفضل الكبير في النتائج التي حققها الحزب خلال الانتخابات الرئاسية.\n"
        'وقال سيداغات إنه إذا كنت تعرف شخصا يعاني من مشكلات مزمنة، فمن المهم إدراك ذلك. وتابع: "تشير '
        'نتائجنا إلى أن الاكتئاب ربما يكون دافعا واضحا للتغيب عن العمل".'
    )
    q1, q2, q3, q4 = quotes(text)
    assert speaker(text, q2) == speaker(text, q1)
    assert q2.speaker_how == "inherited"
    assert content(text, q2).startswith("مرزوق كان له الفضل")
    assert speaker(text, q4) == "سيداغات" and q4.kind == "direct"
    assert q4.speaker_how == "inherited"


def test_reversed_and_unbalanced_marks_still_give_the_statement() -> None:
    text = (
        'وقال "الجهاز المركزي للإحصاء الفلسطيني في بيان صحافي، إن هناك ما يقارب 6500 أسيراً بينهم 57 إمرأة.\n'
        "وقال رئيس الحكومة الحبيب الصيد إن »الوضع في ليبيا يشكل خطرا على استقرار تونس« حسب تعبيره.\n"
        "وقال مدير عام مكتب الصحة “الخضر لصور” سقط ألف قتيل وجرح 9 آلاف آخرين، وجميعهم من المدنيين”."
    )
    found, issues = find_quotes(text)
    assert {i.code for i in issues} == {"W201", "W202", "W203"}
    assert [content(text, q) for q in found] == [
        "هناك ما يقارب 6500 أسيراً بينهم 57 إمرأة",
        "»الوضع في ليبيا يشكل خطرا على استقرار تونس«",
        "سقط ألف قتيل وجرح 9 آلاف آخرين، وجميعهم من المدنيين",
    ]
    assert speaker(text, found[0]) == "الجهاز المركزي للإحصاء الفلسطيني"
    assert speaker(text, found[2]) == "مدير عام مكتب الصحة “الخضر لصور”"


@pytest.mark.parametrize(
    "text",
    [
        # ANT politic-367: «أكد على ضرورة أن يكون» is not a reported clause
        "كما أكد على ضرورة أن يكون للشباب، والنساء حضور في حكومة الشاهد.",
        # scare quotes and names in marks are not statements
        'أعلنت وزارة الداخلية عن كشف شبكة تنتمي لما يسمى تنظيم "داعش" الإرهابي.',
        # the journalist's background
        "يذكر أن هذه الأنباء تأتي بعد إعلان التنظيم مسؤوليته عن الهجمات.",
        "",
        "Reuters said the talks would resume.",
    ],
)
def test_not_quotes(text: str) -> None:
    assert quotes(text) == []


def test_according_to_names_the_reporter_and_but_he_added_starts_a_new_statement() -> None:
    # snn-20150724-00706 and snn-20150803-01144
    text = (
        "وقالت وزراة الدفاع الأمريكية (البنتاغون) – بحسب البي بي سي – في بيان إن الفضلي قتل هذا الشهر قرب "
        "بلدة سرمدا السورية.\nوقال لافروف في مؤتمر صحفي خلال زيارته لقطر إن تسوية الحرب في سوريا بحاجة إلى "
        "حوار بين كل الأطراف ، ولكنه أضاف أن تنظيم داعش هو الخطر الرئيسي في سوريا والعراق."
    )
    q1, q2, q3 = quotes(text)
    assert speaker(text, q1) == "وزراة الدفاع الأمريكية"
    assert text[q1.reported_by[0] : q1.reported_by[1]] == "البي بي سي"
    assert content(text, q2) == "تسوية الحرب في سوريا بحاجة إلى حوار بين كل الأطراف"
    assert speaker(text, q3) == "لافروف" and q3.speaker_how == "inherited"


def test_postposed_according_to_attributes_the_clause_before_it() -> None:
    # ANT internationalNews-996
    text = (
        "تمكنت فرق الشرطة البلدية بمعتمدية جلمة اليوم الأربعاء من حجز كمية من الحليب غير الصالحة للاستهلاك، "
        "وفق ما صرح به معتمد جلمة محمد زياد دعلول لمراسلة وكالة تونس إفريقيا للأنباء بالجهة."
    )
    (q,) = quotes(text)
    assert content(text, q).startswith("تمكنت فرق الشرطة البلدية")
    assert content(text, q).endswith("غير الصالحة للاستهلاك")
    assert speaker(text, q) == "معتمد جلمة محمد زياد دعلول"


def test_quotation_never_closed_still_gives_the_statement() -> None:
    # ANT diverse-250: the closing mark is missing in the source
    text = (
        'وقال مسئولون عن البرنامج "ستكون دولة الإمارات من بين تسع دول فقط في العالم تطمح لاستكشاف المريخ. '
        "وأضاف المسؤولون أن المسبار سينطلق قريبا."
    )
    found, issues = find_quotes(text)
    assert [i.code for i in issues] == ["W201"]
    first, second = found
    assert first.kind == "direct"
    assert content(text, first) == "ستكون دولة الإمارات من بين تسع دول فقط في العالم تطمح لاستكشاف المريخ"
    assert content(text, second) == "المسبار سينطلق قريبا"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # ANT internationalNews-696: the participle's subject is that of a verb that is not a speech cue
        (
            "ودعت المنظمات المعنية بأوضاع الأسرى إلى مواقف تضامنية معهم، فيما وجّه المناضل الأسير مروان "
            "البرغوثي رسالة في الذكرى الخامسة عشرة لاعتقاله مشيراً إلى أن الإضراب يأتي للتصدي لسياسات الاحتلال.",
            "المناضل الأسير مروان البرغوثي رسالة",
        ),
        # snn-20150726-00107
        (
            "وقالت مصادر تركية إن الغارات مستمرة. وسارع رئيس الوزراء التركي، أحمد داود أوغلو، إلى تطمين إقليم "
            "كردستان العراق، لكنه أكد أن العملية مستمرة «حتى زوال التهديد الذي يمثله التنظيمان».",
            "رئيس الوزراء التركي، أحمد داود أوغلو",
        ),
    ],
)
def test_subject_of_the_sentence_when_no_speaker_was_named_in_it(text: str, who: str) -> None:
    q = quotes(text)[-1]
    assert speaker(text, q) == who
    assert q.speaker_how == "clause"
