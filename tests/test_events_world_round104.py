"""Rules added in session 30, read from the scored blind rounds 104 and 105 (SaudiNewsNet world and security
news naming three event words).

Each test is a real corpus sentence (SaudiNewsNet, CC BY-NC-SA 4.0, research use, article id given), run
through the whole pipeline with the rules alone, or through the one stage the rule belongs to.
"""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.analysis import analyze
from marsad.events.phrases import _madda_verb
from marsad.time.tagger import find_times

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules, without the learned models

PUB = dt.date(2015, 8, 6)


def test_a_day_that_comes_back_every_year_is_no_date() -> None:
    # snn-20150806-00415: «ليصبح يوم 25 يناير من كل عام عيدا للشرطة» — a feast day, not 25 January 2016
    t = find_times("ليصبح يوم 25 يناير من كل عام عيدا للشرطة المصرية", PUB)
    assert [(x.type, x.value, x.text) for x in t] == [("SET", "XXXX-01-25", "يوم 25 يناير من كل عام")]
    assert [x.value for x in find_times("يحتفل بها في 6 أكتوبر سنويا", PUB)] == ["XXXX-10-06"]
    assert [x.value for x in find_times("وقع الهجوم في 25 يناير 2015 من أجل", PUB)] == ["2015-01-25"]


def test_the_clash_is_dated_by_its_year_not_by_the_yearly_feast() -> None:
    # snn-20150806-00415: the clash of Ismailia, 25 January 1952; the nearer «25 يناير من كل عام» is the
    # police day it became
    a = analyze(
        "أولى البطولات سجلتها قوات الشرطة المصرية في موقعة محافظة الإسماعيلية في 25 يناير (كانون الثاني) "
        "1952 حينما رفضت تسليم أسلحتها وإخلاء مبنى المحافظة للقوات البريطانية، وحاصرت القوات البريطانية "
        "مبنى المحافظة بالدبابات، ما أسفر عن وقوع اشتباك بينها وبين قوات الشرطة التي استبسلت في الذود عن "
        "كرامتها وأسلحتها وشرفها، ليسقط 50 شرطيا مصريا شهيدا، وإصابة 80 آخرين، ليصبح يوم 25 يناير من كل "
        "عام عيدا للشرطة المصرية.",
        published=PUB,
    )
    dates = {e.date for e in a.events}
    assert dates and not any(d and d.startswith("2016") for d in dates)
    assert all(e.status == "historical" for e in a.events)


def test_battles_of_a_named_war_are_of_that_war() -> None:
    # snn-20150806-00415: «آخر معارك حرب أكتوبر 1973»: the trigger governs the name, so the battles are
    # the war's (its year, historical), not undated because the year sits inside the name
    a = analyze(
        "وشهدت المدينة آخر معارك حرب أكتوبر 1973 بين الجيش المصري والجيش الإسرائيلي، قبيل سريان وقف "
        "إطلاق النار.",
        published=PUB,
    )
    evs = [e for e in a.events if e.trigger.text == "معارك"]
    assert len(evs) == 1, [(e.sub_event_type, e.trigger.text) for e in a.events]
    assert evs[0].date is not None and evs[0].date.startswith("1973")
    assert evs[0].status == "historical"


def test_a_verb_with_a_madda_is_no_security_force() -> None:
    # snn-20150807-01028: «ممن نفذ ودبر وبرر وآمن بفكرة أدت لتفجير» — «آمن» (believed) folds to «امن»
    # (security), and was the actor of the bombing
    a = analyze("اللهم انتقم ممن نفذ ودبر وبرر وآمن بفكرة أدت لتفجير المسجد", published=PUB)
    assert not any(m.text == "آمن" for e in a.entities for m in e.mentions)
    assert _madda_verb("وامن", "وآمن") and not _madda_verb("امن", "أمن") and not _madda_verb("اليات", "آليات")
