"""Rules of the sixth session (issue 8): a call or a meeting with a newspaper or a channel is a press
interview, not a diplomatic event; a real call between two parties stays.

Sentences: SaudiNewsNet (CC BY-NC-SA 4.0, research use; article ids given), from the scored event
rounds 25–32. None of the ids is in RESERVED_IDS.txt.
"""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.events.component import extract_events
from marsad.events.fixtures import build_article

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules, without the learned filter


def _kinds(text: str) -> list[str]:
    art = build_article(text, published=dt.date(2015, 8, 3))
    return [e.sub_event_type for e in extract_events(art, min_confidence=0.0)]


@pytest.mark.parametrize(
    "text",
    [
        # 20150806-00366: a paper's name between quotes
        "وأوضح الأمين في اتصال هاتفي مع «الشرق الأوسط» أن فقيري تلقى تدريبا في صفوف التنظيم.",
        # 20150803-00571 style: «الوطن» (a common word) counts only between quotes
        'وقال المتحدث باسم المقاومة في عدن عبدالسلام جابر في اتصال هاتفي مع "الوطن" إن الثوار عثروا على أسلحة.',
        # 20150803-00151: no counterpart, the speech goes on after the call
        "وأوضح راجح بادي في اتصال هاتفي من عدن أمس أن الحكومة اليمنية تعمل على إعادة الخدمات.",
        # 20150810-01004: a meeting with a channel
        "وقال ياسين خلال لقاء مع قناة سكاي نيوز الإخبارية إن الحوثيين يرفضون تطبيق القرار.",
        # an interview the paper conducted
        "وقال اللواء الأحمدي في اتصال هاتفي أجرته معه «الشرق الأوسط» إن المعارك مستمرة.",
    ],
)
def test_a_call_or_a_meeting_with_the_press_is_an_interview(text):
    assert not {"Phone call", "Meeting", "Talks"} & set(_kinds(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # 20150727-00139 style: a call between two leaders, the counterpart after «مع»
        (
            "وعبر رئيس إقليم كردستان مسعود بارزاني في اتصال هاتفي مع رئيس الوزراء التركي أحمد داود أوغلو عن استيائه.",
            "Phone call",
        ),
        # 20150724-01229: the counterparts are the subject; a time and a comma follow the call
        (
            "بحث الرئيس الأمريكي باراك أوباما ونظيره التركي رجب طيب أردوغان، خلال اتصال هاتفي الأربعاء، الحرب في سوريا.",
            "Phone call",
        ),
        # a quoted word that is no paper («الرياض» the capital, without quotes)
        ("وأجرى الرئيس اليمني اتصالا هاتفيا مع الرياض أمس لبحث الأوضاع.", "Phone call"),
    ],
)
def test_a_call_between_parties_stays(text, kind):
    assert kind in _kinds(text)


def test_a_present_verb_after_alleti_describes_what_the_actor_does():
    # 20150727-00517 style: what the American aircraft do, not a strike that happened
    text = "وسمحت تركيا باستخدام قاعدة إنجرليك الجوية في الجنوب للطائرات الأمريكية التي تقصف أهدافا لداعش في سوريا."
    assert "Air/drone strike" not in _kinds(text)
    # «التي تعرضت» is past: the strike happened
    past = "وأصيب عشرة أشخاص في البلدة التي تعرضت لقصف مدفعي عنيف من قوات النظام أمس."
    assert "Shelling/artillery/missile attack" in _kinds(past)
