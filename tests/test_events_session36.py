"""Rules added in session 36, read from the annotated sets' errors (rounds 121–124 scored blind first).

Each test is a real corpus sentence (SaudiNewsNet, CC BY-NC-SA 4.0, research use, article id given), run
through the rules alone (no learned models): every event the rules make after merging, whatever its score.
"""

from __future__ import annotations

import datetime as dt

from marsad.analysis import analyze
from test_events_session34 import candidates, of_type, shown

# --- delegations, experts and attackers are actor phrases ------------------------------------------


def test_a_delegation_visits_and_meets() -> None:
    # snn-20150806-02163: «زار وفد إماراتي محافظة حضرموت والتقى … بقيادة حلف القبائل»
    events = candidates(
        "إلى ذلك زار وفد إماراتي محافظة حضرموت والتقى خلال الأيام الماضية بقيادة حلف القبائل أكبر تجمع "
        "قبلي في المحافظة، وتدارس معه الوضع الأمني والعسكري للمحافظة.",
        published=dt.date(2015, 8, 6),
    )
    (visit,) = of_type(events, "Visit")
    assert visit.evidence["actor"].span.text == "وفد إماراتي", shown(events)
    assert visit.evidence["actor"].rule == "subject-after-verb:unlinked"


def test_a_delegation_is_named_in_english_with_its_country() -> None:
    # the same sentence through the whole pipeline: the generic actor's label (generic_actors.tsv)
    article = analyze(
        "إلى ذلك زار وفد إماراتي محافظة حضرموت والتقى خلال الأيام الماضية بقيادة حلف القبائل.",
        published=dt.date(2015, 8, 6),
    )
    names = {e.id: e.name_en for e in article.entities}
    visits = [e for e in article.events if e.sub_event_type == "Visit"]
    assert [names[e.actor] for e in visits] == ["Delegation (United Arab Emirates)"]


def test_bomb_experts_defuse_a_device() -> None:
    # snn-20150722-01293: «أبطل خبراء متفجرات أتراك مفعول عبوة ناسفة»
    events = candidates(
        "أبطل خبراء متفجرات أتراك مفعول عبوة ناسفة كانت موضوعة داخل صندوق قرب مبنى حزب العدالة والتنمية "
        "الحاكم في العاصمة التركية أنقرة.",
        published=dt.date(2015, 7, 22),
    )
    (ev,) = of_type(events, "Disrupted weapons use")
    assert ev.evidence["actor"].span.text == "خبراء", shown(
        events
    )  # «متفجرات» is no modifier the phrase takes


# --- a hope is no happening -----------------------------------------------------------------------


def test_a_hoped_for_arrest_is_not_made() -> None:
    # snn-20150810-01154 (round 121, read after its blind score): «ونأمل في القاء القبض على مرتكبي الحادث»
    events = candidates(
        "وقال مايكل بريتز المدير الرياضي لهيرتا “نشعر بصدمة شديدة ونأمل في القاء القبض على مرتكبي الحادث. "
        "لحسن الحظ نجا السائق.”",
        published=dt.date(2015, 8, 10),
    )
    assert not of_type(events, "Arrests"), shown(events)


def test_a_retaking_hoped_for_is_not_made() -> None:
    # snn-20150721-00280: «أو أن يأمل في استعادة الأراضي التي فقدها»
    events = candidates(
        "وبعد مرور أربع سنوات على بدء الأزمة في سوريا، لم يعد بوسع الأسد الدفاع عن البلاد بكاملها أو أن "
        "يأمل في استعادة الأراضي التي فقدها.",
        published=dt.date(2015, 7, 21),
    )
    assert not of_type(events, "Government regains territory"), shown(events)
