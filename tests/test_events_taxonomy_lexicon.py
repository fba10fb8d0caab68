"""Taxonomy strings, PLOVER/CAMEO codes and the trigger lexicon (forms, clitics, blockers)."""

from __future__ import annotations

import pytest

from marsad.events.taxonomy import EVENT_TYPES, taxonomy
from marsad.events.triggers import find_triggers, lexicon
from marsad.text.normalize import fold
from marsad.text.tokens import tokenize

# ACLED's sub-event types, exactly as listed in docs/LANDSCAPE.md (the contract vocabulary).
ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Excessive force against protesters", "Protest with intervention", "Peaceful protest"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    },
    "Diplomacy": {"Meeting", "Phone call", "Visit", "Talks", "Agreement", "Aid", "Sanction"},
}
PLOVER = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}


def test_taxonomy_has_exactly_the_acled_strings_and_diplomacy():
    tax = taxonomy()
    assert set(EVENT_TYPES) == set(ACLED)
    for et, subs in ACLED.items():
        assert set(tax.sub_event_types(et)) == subs, et


def test_every_sub_type_has_valid_plover_and_a_cameo_code():
    for sub in taxonomy().subtypes.values():
        assert sub.plover is None or sub.plover in PLOVER, sub
        assert sub.cameo and sub.cameo.isdigit() and 3 <= len(sub.cameo) <= 4, sub
        assert sub.cameo.startswith(sub.cameo_base) and sub.cameo_base.startswith(sub.cameo_root)
        assert sub.examples, f"{sub.name} needs an Arabic example"
    suicide = taxonomy().get("Explosions/Remote violence", "Suicide bomb")
    assert (suicide.cameo, suicide.cameo_base, suicide.cameo_root) == ("1831", "183", "18")


def test_every_trigger_row_names_a_known_type_and_plover():
    lex = lexicon()
    assert len(lex.triggers) > 60
    for trig in lex.triggers:
        assert taxonomy().has(trig.event_type, trig.sub_event_type), trig.row
        assert trig.plover is None or trig.plover in PLOVER, trig.row
        for _, et, st in trig.alts:
            assert taxonomy().has(et, st), trig.row
        assert fold("في") in trig.roles and fold("على") in trig.roles  # default role prepositions


def _match(sentence: str) -> list[tuple[str, str, bool]]:
    toks = tokenize(sentence)
    words = [t.norm for t in toks]
    return [
        (sentence[toks[m.first].start : toks[m.last].end], m.trigger.sub_event_type, m.future)
        for m in find_triggers(words, originals=[t.text for t in toks])
    ]


@pytest.mark.parametrize(
    ("sentence", "trigger", "sub_type", "future"),
    [
        # ANT internationalNews-1069 (2017-06-06)
        (
            "أطلقت الشرطة الفرنسية النار على رجل حاول مهاجمة عون أمن",
            "أطلقت الشرطة الفرنسية النار على",
            "Armed clash",
            False,
        ),
        # SaudiNewsNet 20150721-01629 (Al-Weeam), conjugated verb
        (
            "قصفت المليشيات المتمردة في محافظة تعز اليمنية، موقعا",
            "قصفت",
            "Shelling/artillery/missile attack",
            False,
        ),
        # future prefix «س» on a verb
        ("وسيزور الرئيس موسكو الأسبوع المقبل", "وسيزور", "Visit", True),
        # noun with proclitic and enclitic
        ("خلال زيارته إلى القاهرة", "زيارته", "Visit", False),
        # a phrase beats its single word: «قصف جوي» is an air strike, not shelling
        ("قتلوا جراء قصف جوي شنته قوات التحالف", "قصف جوي", "Air/drone strike", False),
        # ANT internationalNews-209: «غارة»
        ("في غارة شنها طيران الإحتلال الإسرائيلي على نفق", "غارة", "Air/drone strike", False),
        ("تظاهر مئات الكوريين الجنوبيين أمام السفارة الأمريكية", "تظاهر", "Peaceful protest", False),
    ],
)
def test_trigger_forms(sentence, trigger, sub_type, future):
    found = _match(sentence)
    assert (trigger, sub_type, future) in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "أعربت وزارة الدفاع عن شكرها",  # «وزارة» is not و + زار + ه
        "بعد أن أجرت تجربة على صاروخ باليستي",  # a missile test is no attack
        "في المناطق التي تسيطر عليها الحكومة",  # present-tense control is a state
        "بعد أن فقد التنظيم سيطرة كاملة",  # «سيطرة» (ة) is a noun, not «سيطر» + pronoun ه
        # idioms (words.json «idioms»): self-restraint, an aim, a cyber attack
        "دعاهم فيه إلى ضبط النفس والحرص على السلم",  # snn-20150727: a call for self-restraint
        "داعيا إلى تحرير فلسطين",
        "تعرضت 99 دولة لأكثر من 75 ألف هجوم إلكتروني",  # ANT: a cyber attack
        "وإنهاء الاعتقال الإداري بحق المواطنين",  # snn-20150724-00740: a detention policy, no arrest
        "بالاتفاق مع «بلومبيرغ»",  # snn-20150806-00186: a syndication line, no agreement
    ],
)
def test_blocked_and_non_event_words(sentence):
    assert _match(sentence) == []


def test_talks_held_by_phone_are_a_phone_call():
    # «بحث … مع» spans «في اتصال هاتفي»: the taxonomy's own example of a phone call
    import datetime as dt

    import marsad.events.component as component
    from marsad.events.fixtures import build_article

    text = "بحث الرئيس عبد الفتاح السيسي في اتصال هاتفي مع نظيره الروسي فلاديمير بوتين الأوضاع في سوريا."
    ents = [("PER", "عبد الفتاح السيسي"), ("PER", "فلاديمير بوتين"), ("LOC", "سوريا", "country")]
    art = build_article(text, published=dt.date(2015, 8, 1), entities=ents)
    (call,) = component.extract_events(art, use_filter=False)
    assert (call.event_type, call.sub_event_type, call.trigger.text) == ("Diplomacy", "Phone call", "بحث")
    assert call.evidence["sub_event_type"].rule == "modifier:" + fold("اتصال هاتفي")
    assert call.plover_mode == "phone" and call.place is None
    # without the phone the same verb is talks
    art = build_article(text.replace(" في اتصال هاتفي", ""), published=dt.date(2015, 8, 1), entities=ents)
    (talks,) = component.extract_events(art, use_filter=False)
    assert talks.sub_event_type == "Talks"


def test_trigger_rows_keep_the_line_numbers_the_shipped_models_learned() -> None:
    """A trigger's evidence is «lexicon:row<line>» and the event filter learned a weight per row
    (`row=row<line>`): a line added above the last row renumbers every row below it, and the shipped
    filter then weighs each trigger with another row's weight (a header line added in session 37 moved
    cross-validated F1 from 0.624 to 0.618). New rows go at the end; the header keeps its 28 lines."""
    import json
    from importlib import resources

    lines = resources.files("marsad").joinpath("data/events/triggers.tsv").read_text("utf-8").splitlines()
    assert lines[27].startswith("forms\t"), "the column header must stay on line 28"
    data = {k for k, line in enumerate(lines, 1) if k > 28 and line.strip() and not line.startswith("#")}
    weights = json.loads(
        resources.files("marsad").joinpath("data/models/events/filter.json").read_text("utf-8")
    )["weights"]
    rows = {int(k.removeprefix("row=row")) for k in weights if k.startswith("row=row")}
    assert rows and rows <= data, sorted(rows - data)
