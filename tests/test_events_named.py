"""Named past happenings (`marsad.events.named`, `data/events/named_happenings.tsv`).

The sentences are real corpus sentences (SaudiNewsNet, CC BY-NC-SA 4.0, research use, article id
given), run through the whole pipeline with the rules alone; the table's own checks run on the
shipped file.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from marsad.analysis import analyze
from marsad.events.named import (
    COLUMNS,
    ONGOING,
    _agrees,
    _Matcher,
    find_names,
    named_happenings,
    parse_table,
)
from marsad.events.taxonomy import taxonomy

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules, without the learned models

SADIQ = (  # snn-20150806-02428
    "بدأت دائرة الجنايات في المحكمة الكلية بالكويت أمس جلسة محاكمة المتهمين في تفجير مسجد الإمام الصادق "
    "وعددهم 29 متهمًا."
)
AL_ANAD = (  # snn-20150804-00909
    "وشهدت أهم المعارك والاشتباكات خلال حرب 1994 الأهلية، وبعد أحداث 11 سبتمبر أصبحت مركزا رئيسا لقيادة "
    "الحرب على القاعدة في اليمن."
)
LIST = (  # snn-20150724-01693
    "ثم الحرب العراقية-الإيرانية عام 1980، والغزو الإسرائيلي للبنان عام 1982، والغزو العراقي للكويت 1990، "
    "واعتداءات 11 سبتمبر 2001، والغزو الأميركي للعراق 2003، ثم أحداث الربيع العربي منذ 2011."
)
CHARLIE = (  # snn-20150731-00283
    "لم تتردد ألمانيا من انتقاد دور تركيا السلبي داخل الناتو في محاربة تنظيم داعش، خاصة في أعقاب انطلاق "
    "التحالف الغربي سبتمبر (أيلول) 2014 وفي أعقاب حادثة «شارلي إبدو» يناير (كانون الثاني) 2015."
)
SOVIET = (  # snn-20150721-00556
    "فإن من خلفوا نيكسون أبقوا بصورة أساسية على سياساته تجاه الصين والاتحاد السوفياتي حتى ديسمبر (كانون "
    "الأول) 1979، عندما أجبر الغزو السوفياتي لأفغانستان جيمي كارتر على إعادة تقييم السياسات المتبعة."
)


def _named(article, row_id: str):
    return [
        e for e in article.events if e.evidence.get("named") and e.evidence["named"].rule == f"named:{row_id}"
    ]


def test_the_shipped_table_is_well_formed() -> None:
    rows = named_happenings()
    assert len(rows) > 200
    ids = [r.id for r in rows]
    assert len(ids) == len(set(ids))
    tax = taxonomy()
    for r in rows:
        assert tax.has(r.event_type, r.sub_event_type), r.id
        assert r.forms and r.source and r.name_en, r.id
        assert not r.qid or re.fullmatch(r"Q\d+", r.qid), r.id
        assert not r.country or re.fullmatch(r"[A-Z]{2}", r.country), r.id
        last = r.last_day()
        assert r.date_end == ONGOING or last >= dt.date(int(r.date[:4]), 1, 1), r.id
        assert r.date < "2016", r.id  # the table's horizon: happenings before 2016


HEADER = "\t".join(COLUMNS)


def _row(row_id: str, sub_event_type: str, form: str) -> str:
    return f"{row_id}\tX\tBattles\t{sub_event_type}\t2001\t\t\t\t\t\t\t\t{form}\tX"


def test_a_name_in_two_rows_is_refused() -> None:
    rows = parse_table(
        "\n".join([HEADER, _row("a", "Armed clash", "حرب الأيام"), _row("b", "Armed clash", "حرب الايام")])
    )
    with pytest.raises(ValueError, match="in a and b"):
        _Matcher(rows)  # hamza folded, the two forms are one name


def test_a_row_of_an_unknown_type_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown type"):
        parse_table("\n".join([HEADER, _row("a", "Siege", "حرب")]))


def test_names_are_found_after_proclitics_and_across_quotes() -> None:
    a = analyze(LIST, published="2015-07-24")
    found = {h.row.id for h in find_names(a)}
    assert {"iraqi-invasion-of-kuwait", "september-11-attacks", "2003-invasion-of-iraq"} <= found
    hit = next(h for h in find_names(a) if h.row.id == "iraqi-invasion-of-kuwait")
    assert a.text[hit.start : hit.end] == "الغزو العراقي للكويت 1990"  # «والغزو»: the و is left out
    c = analyze(CHARLIE, published="2015-07-31")
    assert [h.row.id for h in find_names(c)] == ["charlie-hebdo-shooting"]  # «حادثة «شارلي إبدو»»


def test_a_kept_event_named_by_its_trigger_takes_the_day_and_becomes_historical() -> None:
    a = analyze(SADIQ, published="2015-08-06")
    (ev,) = _named(a, "imam-sadiq-mosque-bombing")
    assert ev.trigger.text == "تفجير"  # the rules' event, whose «أمس» was the trial's day
    assert ev.sub_event_type == "Suicide bomb"
    assert ev.date == "2015-06-26" and ev.date_precision == "day"
    assert ev.evidence["date"].rule == "named:imam-sadiq-mosque-bombing"
    assert ev.evidence["date"].span.text == "تفجير مسجد الإمام الصادق"
    assert ev.evidence["date_rules"].span.text == "أمس"  # what the rules had said is kept
    assert ev.status == "historical"


def test_a_time_inside_a_name_dates_no_other_event() -> None:
    a = analyze(AL_ANAD, published="2015-08-04")
    clash = next(e for e in a.events if e.trigger.text == "المعارك")
    assert clash.date != "2014-09-11"  # «11 سبتمبر» read as last September before
    assert clash.evidence["date"].rule == "publication-date:time-in-name:september-11-attacks"
    assert clash.evidence["date_rules"].span.text.startswith("11 سبتمبر")
    (nine_eleven,) = _named(a, "september-11-attacks")
    assert nine_eleven.date == "2001-09-11"


def test_the_texts_own_date_wins_when_it_agrees_with_the_table() -> None:
    a = analyze(LIST, published="2015-07-24")
    kuwait = next(
        e for e in a.events if e.evidence.get("named") and "للكويت" in e.evidence["named"].span.text
    )
    assert kuwait.date == "1990"  # «للكويت 1990»: the year the text gives, which the table agrees with
    assert kuwait.status == "historical"


def test_an_attack_named_alone_becomes_an_event_dated_by_the_text() -> None:
    a = analyze(CHARLIE, published="2015-07-31")
    (ev,) = _named(a, "charlie-hebdo-shooting")
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    assert ev.evidence["trigger"].rule == "named:charlie-hebdo-shooting"
    assert ev.date == "2015-01"  # «يناير (كانون الثاني) 2015» right after the name
    assert ev.evidence["date"].rule == "named:charlie-hebdo-shooting:text-time"
    assert ev.status == "historical"


def test_an_event_the_text_does_not_date_takes_the_tables_day() -> None:
    a = analyze(SOVIET, published="2015-07-21")
    (ev,) = _named(a, "soviet-invasion-of-afghanistan")
    assert ev.trigger.text == "الغزو"
    assert ev.evidence["date_rules"].rule == "publication-date"  # the rules had no time for it
    assert ev.date == "1979-12-24" and ev.status == "historical"


def test_a_war_or_a_revolution_named_alone_is_no_event() -> None:
    a = analyze("وتغيرت خريطة المنطقة بعد الحرب العالمية الثانية والثورة السورية.", published="2015-07-21")
    assert {h.row.id for h in find_names(a)} == {"world-war-ii", "syrian-revolution-2011"}
    assert not [e for e in a.events if e.evidence["trigger"].rule.startswith("named:")]


def test_a_name_written_before_its_happening_is_left_alone() -> None:
    a = analyze(SOVIET, published="1975-01-01")
    assert not _named(a, "soviet-invasion-of-afghanistan")


def test_one_event_for_a_happening_named_twice() -> None:
    text = CHARLIE + " وقد هزت حادثة شارلي إيبدو فرنسا كلها."
    a = analyze(text, published="2015-07-31")
    (ev,) = _named(a, "charlie-hebdo-shooting")
    spans = a.layer("event_mentions")[ev.id]
    assert [s.text for s in spans] == ["حادثة «شارلي إبدو", "حادثة شارلي إيبدو"]


def test_a_day_within_a_campaign_agrees_with_it() -> None:
    rows = {r.id: r for r in named_happenings()}
    war = rows["gaza-war-2014"]
    assert _agrees("2014-07-20", war) and _agrees("2014", war) and _agrees("2014-07", war)
    assert not _agrees("2014-09-11", war)
    assert not _agrees("2014-09-11", rows["september-11-attacks"])  # «11 سبتمبر» read as last September
    assert _agrees("2015-06-01", rows["operation-restoring-hope"])  # still going on


SAUDI_LIST = (  # snn-20150808-00151
    "ومنذ نوفمبر (تشرين الثاني) 2014 نفذ تنظيم داعش نحو ثماني عمليات إرهابية في السعودية، هي «الدالوة، "
    "ومركز سويف على الحدود السعودية العراقية، وحادثة مقتل جندي أمن المنشآت، وحادثة القديح وحادثة العنود، "
    "وحادثة مقتل رجل أمن في الطائف، ومقتل عقيد وتفجير نقطة ضبط أمني في الرياض، وآخرها تفجير مسجد في معسكر "
    "أمني تابع لقوات الطوارئ في منطقة عسير)."
)


def test_a_sentence_that_lists_happenings_gives_each_its_event() -> None:
    a = analyze(SAUDI_LIST, published="2015-08-08")
    assert any(e.event_type == "Explosions/Remote violence" and "named" not in e.evidence for e in a.events)
    (qudaih,) = _named(a, "qudaih-mosque-bombing")  # another bombing of the sentence does not tell it
    (anoud,) = _named(a, "anoud-mosque-bombing")
    assert (qudaih.date, anoud.date) == ("2015-05-22", "2015-05-29")
    assert qudaih.status == anoud.status == "historical"


def test_one_name_beside_an_event_of_its_type_is_that_event() -> None:
    a = analyze(SADIQ, published="2015-08-06")
    assert len([e for e in a.events if e.event_type == "Explosions/Remote violence"]) == 1
