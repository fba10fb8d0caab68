import datetime as dt

from marsad.doc import Article
from marsad.pipeline import Pipeline
from marsad.text.component import TextLayer
from marsad.time.component import TimeTagger

TEXT = (
    "تمكنت الوحدات الأمنية بسوسة أمس من القبض على فتاة وشاب بتهمة ترويج أوراق نقدية مزوّرة. "
    "وأكد رئيس الهيئة أن الهيئة ستعقد الاثنين المقبل ندوة صحفية."
)


def test_time_component_writes_times():
    a = Article(TEXT, id="t1", published=dt.date(2016, 8, 25))
    Pipeline([TextLayer(), TimeTagger()])(a)
    assert [(t.text, t.value) for t in a.times] == [("أمس", "2016-08-24"), ("الاثنين المقبل", "2016-08-29")]
    assert all(a.text[t.start : t.end] == t.text for t in a.times)
    assert a.provenance["time"] == TimeTagger.version
    out = a.to_json(evidence=True)["times"]
    assert out[0]["rule"] == "relday" and out[0]["type"] == "DATE"


def test_time_component_without_date_warns():
    a = Article(TEXT, id="t2")
    Pipeline([TextLayer(), TimeTagger()])(a)
    assert a.times[0].value == "XXXX-XX-XX"
    assert [w.code for w in a.warnings] == ["W501"]


def test_time_component_declares_its_layers():
    assert TimeTagger.name == "time"
    assert TimeTagger.requires == {"tokens", "sentences"}
    assert TimeTagger.provides == {"times"}
    assert Pipeline([TextLayer(), TimeTagger()]).provides >= {"times"}


def _times(text: str, published: dt.date) -> list[tuple[str, str]]:
    a = Article(text, id="wd", published=published)
    Pipeline([TextLayer(), TimeTagger()])(a)
    return [(t.text, t.value) for t in a.times]


def test_a_weekday_beside_today_or_yesterday_names_the_day_when_the_paper_is_dated_a_day_later():
    # SaudiNewsNet 2015-07-21 (a Tuesday): «يناقش وزراء خارجية الاتحاد الأوروبي اليوم (الاثنين) …»
    tuesday = dt.date(2015, 7, 21)
    text = "يناقش وزراء خارجية الاتحاد الأوروبي اليوم (الاثنين) خلال اجتماعهم في بروكسل سبل دعم تونس."
    assert _times(text, tuesday) == [("اليوم (الاثنين)", "2015-07-20")]
    # the weekday agrees with the paper's date: nothing changes
    assert _times("قتل خمسة أشخاص أمس الاثنين في عدن.", tuesday) == [("أمس الاثنين", "2015-07-20")]
    # «أمس الأحد» in Tuesday's paper: the story was written on Monday
    assert _times("قتل خمسة أشخاص أمس الأحد في عدن.", tuesday) == [("أمس الأحد", "2015-07-19")]


def test_a_weekday_beside_today_never_looks_more_than_a_day_ahead_of_the_paper():
    # SaudiNewsNet 2015-07-24 (a Friday, a crawl day): «قتل 4 أشخاص … في العاصمة التونسية، اليوم الاثنين»
    # is last Monday, not the Monday after the paper (the nearest day with the name, three days ahead)
    friday = dt.date(2015, 7, 24)
    text = "قتل 4 أشخاص بينهم مطلق النار في اشتباكات داخل ثكنة عسكرية في العاصمة التونسية، اليوم الاثنين."
    assert _times(text, friday) == [("اليوم الاثنين", "2015-07-20")]
    # five days back, two ahead: back
    assert _times("قتل خمسة أشخاص اليوم الأحد في عدن.", friday) == [("اليوم الأحد", "2015-07-19")]
    # one day ahead: a paper dated a day early («أمس الثلاثاء» in Tuesday's paper is that Tuesday)
    tuesday = dt.date(2015, 7, 21)
    text = "قال وزير الخارجية سيرغي لافروف أمس الثلاثاء إن حظر الأسلحة هو العقبة الرئيسية في المحادثات."
    assert _times(text, tuesday) == [("أمس الثلاثاء", "2015-07-21")]
