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


def test_the_shipped_filter_knows_the_rows_its_weights_were_learned_on() -> None:
    """A trigger's evidence is «lexicon:row<line>» and the event filter learned a weight per row
    (`row=row<line>`). The filter records each row's key (`row_key`: its forms, type and sub-type), so a
    line added above a row cannot hand its weight to another row (a header line added in session 37 did,
    before rows had keys: cross-validated F1 0.624 → 0.618). The recorded rows are the lexicon's now."""
    from marsad.events.filter import default_filter
    from marsad.events.triggers import row_keys

    flt = default_filter()
    assert flt is not None and flt.rows, "the shipped filter records its rows"
    weighted = {k.removeprefix("row=") for k in flt.weights if k.startswith("row=row")}
    assert weighted and weighted <= set(flt.rows), sorted(weighted - set(flt.rows))
    now = row_keys()
    assert {r: now.get(r) for r in flt.rows} == flt.rows, "a row moved: its weight follows it (follow_rows)"


def test_row_weights_follow_their_rows_when_lines_move(monkeypatch: pytest.MonkeyPatch) -> None:
    """A comment line added above the rows moves every row one line down: each weight moves with its
    row; a row taken out of the lexicon loses its weight; weights of other features stay."""
    import marsad.events.triggers as triggers
    from marsad.events.filter import EventFilter, follow_rows

    flt = EventFilter(
        version="t",
        weights={"row=row29": 1.5, "row=row30": -0.5, "row=row31": 2.0, "type=Battles": 0.3},
        bias=0.0,
        threshold=0.4,
        rows={"row29": "aaa", "row30": "bbb", "row31": "ccc"},
    )
    monkeypatch.setattr(triggers, "row_keys", lambda: {"row30": "aaa", "row31": "bbb", "row33": "ddd"})
    moved = follow_rows(flt)
    assert moved.weights == {"row=row30": 1.5, "row=row31": -0.5, "type=Battles": 0.3}
    assert moved.rows == {"row30": "aaa", "row31": "bbb"}
    monkeypatch.setattr(triggers, "row_keys", lambda: {"row29": "aaa", "row30": "bbb", "row31": "ccc"})
    assert follow_rows(flt) is flt  # nothing moved
