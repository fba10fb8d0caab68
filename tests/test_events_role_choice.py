"""The learned actor and target choice: options and features, the choice, the coder's use of it, training."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import msgspec

import marsad.events.component as component
from marsad import analyze, catalogue
from marsad.doc import Span
from marsad.events.filter import EventFilter
from marsad.events.fixtures import build_article
from marsad.events.role_choice import Option, choose, default_role_model
from marsad.events.roles import Arg
from marsad.events.train_roles import DROPS, THRESHOLDS, pick_drop, train_role

DEV = Path(__file__).parent / "data" / "events_dev.jsonl"
# ANT internationalNews-173-20140528: the subject comes after a date, where the rules stop looking
STRIKE = "قصفت اليوم الاربعاء 28 ماي 2014 طائرتان حربيتان ليبيتان قواعد لميليشيا إسلامية في بنغازي."
STRIKE_ENTS = [("ORG", "طائرتان حربيتان ليبيتان"), ("LOC", "بنغازي", "city", None, "LY")]
AFTER_CLEAN = EventFilter("t", {"clean_gap": 4.0, "type=ORG": 1.0}, bias=-3.0, threshold=0.5)


def _strike():
    return build_article(
        STRIKE,
        published=dt.date(2014, 5, 28),
        entities=STRIKE_ENTS,
        times=[("اليوم الاربعاء 28 ماي 2014", "2014-05-28")],
    )


def _opts(monkeypatch, art):
    events = component.extract_events(art, learned_roles=False)
    return events, art.layer("role_options")


def test_options_are_the_sentence_mentions_that_could_act_described_by_feature_names(monkeypatch):
    monkeypatch.setattr(component, "default_filter", lambda: None)
    events, opened = _opts(monkeypatch, _strike())
    strike = next(e for e in events if e.sub_event_type == "Shelling/artillery/missile attack")
    assert strike.actor is None  # the rules leave it open
    opts = opened[strike.id]["actor"]
    texts = [o.arg.span.text for o in opts]
    # the planes, then the militia (an actor phrase); the town is a place, never an option
    assert texts == ["طائرتان حربيتان ليبيتان", "ميليشيا إسلامية"]
    f, g = opts[0].feats, opts[1].feats
    assert f["clean_gap"] == 1.0 and f["type=ORG"] == 1.0 and f["verb:after"] == 1.0
    assert f["after:rank0"] == 1.0 and g["after:rank1"] == 1.0 and "clean_gap" not in g
    assert g["unlinked"] == 1.0 and g["verb:after:prep=ل"] == 1.0
    assert f["no_pick"] == 1.0 and "pick" not in f  # no rule chose an actor
    assert not any(w in name for name in f for w in ("طائرتان", "بنغازي", "قصف"))


def test_options_say_what_kind_of_party_they_are_for_the_trigger_type(monkeypatch):
    # the ACLED actor type of a linked actor and the head noun of an actor phrase, each joined with the
    # trigger's type: air forces strike, protesters protest, a militia takes ground
    monkeypatch.setattr(component, "default_filter", lambda: None)
    art = build_article(
        STRIKE,
        published=dt.date(2014, 5, 28),
        entities=[("ORG", "طائرتان حربيتان ليبيتان", None, 1), STRIKE_ENTS[1]],
        times=[("اليوم الاربعاء 28 ماي 2014", "2014-05-28")],
    )
    events, opened = _opts(monkeypatch, art)
    strike = next(e for e in events if e.trigger.text == "قصفت")
    planes, militia = opened[strike.id]["actor"]
    et, sub = strike.event_type, strike.sub_event_type
    assert planes.feats["inter=1"] == 1.0
    assert planes.feats[f"et={et}:inter=1"] == 1.0 and planes.feats[f"sub={sub}:inter=1"] == 1.0
    assert not any(k.startswith("inter=") for k in militia.feats)  # an unlinked phrase has no actor type
    assert militia.feats[f"et={et}:head=ميليشيا"] == 1.0 and militia.feats[f"et={et}:unlinked"] == 1.0
    assert militia.feats[f"et={et}:armed_head"] == 1.0
    assert not any(":head=" in k for k in planes.feats)  # «طائرتان» is no head of the list


def test_the_shipped_actor_model_prefers_the_party_that_fits_the_event():
    # SaudiNewsNet sentences (annotated sets r32, r33): the rules leave the actor open; the model reads
    # which mention can do what the trigger says — the security services arrest, the army takes
    # ground (not the paper it told, «عكاظ»), the Popular Resistance liberates (not the Houthis it
    # drove out)
    default_role_model.cache_clear()
    cases = [
        (
            "2015-08-06",
            "وكانت الأجهزة الأمنية - عقب وقوع التفجير الإرهابي في مسجد الإمام الصادق - ألقت القبض على "
            "السائق الذي أوصل الانتحاري الذي فجر نفسه داخل المسجد، وتبين أنه يقيم في الكويت بطريقة غير قانونية.",
            "Strategic developments",
            "الأجهزة الأمنية",
        ),
        (
            "2015-08-02",
            "أكدت مصادر في قيادة الجيش الوطني في محافظة تعز لـ «عكاظ» السيطرة الكاملة على مديريتي مشرعة "
            "وحدنان بجبل صبر والتوجه لمحاصرة موقع العروس الاستراتيجي بعد السيطرة على موقع سد الفجرة "
            "المقابل له، معلنة عن سقوط أكثر من 145من ميليشيات الحوثي بين قتيل وجريح وأسر 11 آخرين.",
            "Battles",
            "الجيش الوطني",
        ),
        (
            "2015-07-31",
            "وكان الرئيس اليمني عبد ربه منصور هادي قد قرر مكافأة أفراد المقاومة الشعبية نظير «إسهامهم في "
            "الدفاع عن الوطن» ودورهم في الانتصارات الأخيرة خصوصا تحرير مدينة عدن من سيطرة الحوثيين وقوات "
            "الرئيس السابق علي عبد الله صالح.",
            "Battles",
            "المقاومة الشعبية",
        ),
    ]
    for day, text, etype, who in cases:
        art = analyze(text, published=dt.date.fromisoformat(day))
        event = next((e for e in art.events if e.event_type == etype), None)
        assert event is not None, (who, [(e.event_type, e.trigger.text) for e in art.events])
        ev = event.evidence["actor"]
        assert ev.rule.startswith("learned-actor@") and ev.span.text == who, (who, ev)


def test_the_best_option_is_taken_only_above_the_threshold():
    span = Span(0, 3, "abc")
    weak = Option(Arg("E1", span, "learned-actor", 0.0), {"type=PER": 1.0})
    strong = Option(Arg("E2", span, "learned-actor", 0.0), {"clean_gap": 1.0, "type=ORG": 1.0})
    arg = choose(AFTER_CLEAN, [weak, strong])
    assert arg is not None and arg.entity == "E2" and arg.rule == "learned-actor@t"
    assert choose(AFTER_CLEAN, [weak, strong], "target").rule == "learned-target@t"
    assert 0.5 <= arg.confidence <= 1.0
    assert choose(AFTER_CLEAN, [weak]) is None
    assert choose(AFTER_CLEAN, []) is None


def test_the_coder_fills_an_open_actor_with_the_models_choice(monkeypatch):
    monkeypatch.setattr(component, "default_filter", lambda: None)
    monkeypatch.setattr(
        component, "default_role_model", lambda role: AFTER_CLEAN if role == "actor" else None
    )
    art = _strike()
    strike = next(e for e in component.extract_events(art) if e.evidence["trigger"].span.text == "قصفت")
    ev = strike.evidence["actor"]
    assert ev.rule == "learned-actor@t" and ev.span.text == "طائرتان حربيتان ليبيتان"
    assert strike.actor is not None and art.entity(strike.actor).name == "طائرتان حربيتان ليبيتان"
    # the rules alone (no learned parts) leave it open
    rules = component.extract_events(_strike(), use_filter=False)
    assert all("actor" not in e.evidence for e in rules if e.trigger.text == "قصفت")


def test_the_subject_after_an_honorific_holds_the_meeting():
    # SaudiNewsNet 20150810-01204: «عقد فخامة الرئيس … اجتماعاً»: «فخامة» before the title does not
    # hide the subject (before session 18 the rules left it open and the learned choice had to guess)
    text = (
        "عقد فخامة الرئيس اليمني عبدربه منصور هادي اليوم اجتماعاً ضم مستشاريه الدكتور احمد عبيد بن دغر، "
        "والمهندس حيدر أبوبكر العطاس في الرياض."
    )
    ents = [
        ("PER", "عبدربه منصور هادي"),
        ("PER", "احمد عبيد بن دغر"),
        ("PER", "حيدر أبوبكر العطاس"),
        ("LOC", "الرياض", "city", None, "SA"),
    ]
    art = build_article(text, published=dt.date(2015, 8, 10), entities=ents, times=[("اليوم", "2015-08-10")])
    meeting = next(e for e in component.extract_events(art) if e.sub_event_type == "Meeting")
    ev = meeting.evidence["actor"]
    assert ev.rule == "subject-after-verb" and ev.span.text == "عبدربه منصور هادي"


def test_the_shipped_model_names_the_visitor_the_rules_left_open():
    # ANT internationalNews-1141-20170609: «في زيارة تستغرق يومين، يلتقي خلالها العاهل المغربي»: the visitor
    # is named in the clause before; the rules see no subject of «زيارة» or «يلتقي». (The models retrained
    # in session 25 merge the meeting into the visit it happens during, where the annotation has two
    # events: a loss recorded in docs/events.md; before, the meeting was kept and took the same actor.)
    default_role_model.cache_clear()
    text = (
        "ومن المنتظر أن يحل ماكرون بالمغرب يوم الأربعاء القادم 21 جوان 2017، في زيارة تستغرق يومين، يلتقي "
        "خلالها العاهل المغربي، محمد السادس، ترافقه زوجته بريجيت وعدد من أعضاء الحكومة والمستشارين."
    )
    ents = [
        ("PER", "ماكرون"),
        ("LOC", "المغرب", "country", None, "MA"),
        ("PER", "محمد السادس"),
        ("PER", "بريجيت"),
    ]
    art = build_article(text, published=dt.date(2017, 6, 9), entities=ents)
    visit = next(e for e in component.extract_events(art) if e.event_type == "Diplomacy")
    ev = visit.evidence["actor"]
    assert ev.rule.startswith("learned-actor@") and ev.span.text == "ماكرون"
    assert ev.confidence >= default_role_model("actor").threshold
    # without the learned parts the actor stays open
    rules = component.extract_events(
        build_article(text, published=dt.date(2017, 6, 9), entities=ents), use_filter=False
    )
    assert all(
        e.evidence.get("actor") is None or not e.evidence["actor"].rule.startswith("learned") for e in rules
    )


SWAP = EventFilter("t", {"pick": -4.0, "type=ORG": 1.0}, bias=0.0, threshold=0.5)


def _coalition(monkeypatch, model):
    monkeypatch.setattr(component, "default_filter", lambda: None)
    monkeypatch.setattr(component, "default_role_model", lambda role: model if role == "actor" else None)
    art = build_article(
        "قصفت طائرات التحالف مواقع الحوثيين في صنعاء بعد أن هاجمت المقاومة الشعبية مواقعهم.",
        published=dt.date(2015, 7, 23),
        entities=[
            ("ORG", "طائرات التحالف"),
            ("ORG", "الحوثيين"),
            ("ORG", "المقاومة الشعبية"),
            ("LOC", "صنعاء", "city", None, "YE"),
        ],
    )
    return art, next(e for e in component.extract_events(art) if e.trigger.text == "قصفت")


def test_a_rule_actor_stays_unless_the_model_prefers_another_mention(monkeypatch):
    art, ev = _coalition(monkeypatch, AFTER_CLEAN)
    assert ev.evidence["actor"].span.text == "طائرات التحالف"
    assert not ev.evidence["actor"].rule.startswith("learned-actor")
    opts = art.layer("role_options")[ev.id]["actor"]
    assert [o.feats.get("pick") for o in opts if o.arg.span.text == "طائرات التحالف"] == [1.0]
    # the target's mention is never an actor option
    assert "الحوثيين" not in [o.arg.span.text for o in opts]
    # a model that distrusts the rules' pick replaces it by the best other mention
    _art, ev = _coalition(monkeypatch, SWAP)
    assert ev.evidence["actor"].rule == "learned-actor@t"
    assert ev.evidence["actor"].span.text == "المقاومة الشعبية"
    assert ev.evidence["target"].span.text == "الحوثيين"


def test_a_model_that_trusts_no_option_leaves_the_role_empty_and_says_why(monkeypatch):
    # every option, the rules' pick too, scores about 0.05: under a drop of 0.3 the actor goes
    doubt = EventFilter("t", {}, bias=-3.0, threshold=0.5, drop=0.3)
    art, ev = _coalition(monkeypatch, doubt)
    assert ev.actor is None and "actor" not in ev.evidence
    why = ev.evidence["actor_rejected"]
    assert why.rule == "learned-actor@t:none" and why.span.text == "طائرات التحالف"
    assert 0.9 <= why.confidence <= 1.0
    assert ev.evidence["target"].span.text == "الحوثيين"  # the target model is off: kept as the rules gave it
    # the same weights with no drop keep the rules' actor
    _art, ev = _coalition(monkeypatch, EventFilter("t", {}, bias=-3.0, threshold=0.5))
    assert ev.evidence["actor"].span.text == "طائرات التحالف" and "actor_rejected" not in ev.evidence
    # an empty role with no pick is never "dropped": there is nothing to drop
    span = Span(0, 3, "abc")
    assert choose(doubt, [Option(Arg("E1", span, "x", 0.0), {"type=PER": 1.0})]) is None


def test_a_drop_threshold_is_kept_only_when_it_wins_more_than_noise():
    # the shipped actor model's CV (2,609 events): +5 is within noise, the target's (+19 of 2,564) is not
    actor = {0.0: 1930, 0.2: 1934, 0.3: 1935, 0.35: 1934, 0.4: 1934, 0.45: 1931, 0.5: 1924}
    target = {0.0: 1568, 0.2: 1583, 0.3: 1586, 0.35: 1587, 0.4: 1587, 0.45: 1583, 0.5: 1577}
    assert pick_drop(actor, 2609) == 0.0
    assert pick_drop(target, 2564) == 0.35  # the lowest of the tied best
    assert pick_drop({0.0: 10, 0.3: 9}, 100) == 0.0


def test_training_on_a_tiny_set_is_deterministic(tmp_path):
    rows = [line for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()][:25]
    small = tmp_path / "events_tiny.jsonl"
    small.write_text("\n".join(rows) + "\n", encoding="utf-8")
    a = train_role("actor", [small], tmp_path / "a.json", log=lambda _m: None)
    train_role("actor", [small], tmp_path / "b.json", log=lambda _m: None)
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert a.trained_on == ["events_tiny.jsonl"] and a.threshold in THRESHOLDS and a.drop in DROPS
    assert 0 <= a.scores["right_without"] <= a.scores["open_events"]


def test_the_shipped_models_load_match_their_catalogue_entries_and_can_be_switched(monkeypatch, tmp_path):
    default_role_model.cache_clear()
    for role in ("actor", "target"):
        model = default_role_model(role)
        assert model is not None and model.threshold in THRESHOLDS
        assert catalogue.verify(f"events-{role}") == []
        assert "events_dev.jsonl" in model.trained_on
    other = EventFilter("mine", {}, bias=-9.0, threshold=0.5)
    path = tmp_path / "mine.json"
    path.write_bytes(msgspec.json.encode(other))
    try:
        monkeypatch.setenv("MARSAD_EVENTS_TARGET", "off")
        default_role_model.cache_clear()
        assert default_role_model("target") is None and default_role_model("actor") is not None
        monkeypatch.setenv("MARSAD_EVENTS_ACTOR", str(path))
        default_role_model.cache_clear()
        assert default_role_model("actor") == other
    finally:
        default_role_model.cache_clear()


def test_the_target_is_never_the_mention_the_actor_holds(monkeypatch):
    monkeypatch.setattr(component, "default_filter", lambda: None)
    monkeypatch.setattr(component, "default_role_model", lambda _role: AFTER_CLEAN)
    art = _strike()
    strike = next(e for e in component.extract_events(art) if e.trigger.text == "قصفت")
    actor, target = strike.evidence["actor"], strike.evidence.get("target")
    assert actor.span.text == "طائرتان حربيتان ليبيتان"
    assert target is None or target.span.start != actor.span.start


def test_the_shipped_target_model_names_who_was_abducted():
    # ANT internationalNews-120-20170131: the rules find the kidnappers but leave the abducted open
    default_role_model.cache_clear()
    art = build_article(
        "و كان مسلحون مجهولون خطفوا اول امس السبت الناشط السياسي صلاح البكوش بمنطقة (حي دمشق) بطرابلس.",
        published=dt.date(2017, 1, 31),
        entities=[("PER", "صلاح البكوش"), ("LOC", "طرابلس", "city", None, "LY")],
        times=[("اول امس السبت", "2017-01-28")],
    )
    kidnap = next(e for e in component.extract_events(art) if e.trigger.text == "خطفوا")
    assert kidnap.evidence["target"].rule.startswith("learned-target@")
    assert kidnap.evidence["target"].span.text == "صلاح البكوش"


def test_an_actor_carried_from_the_previous_event_may_give_way_to_an_option_of_its_own_sentence():
    from marsad.doc import Event, Evidence
    from marsad.events.role_choice import current

    here = Option(Arg("E2", Span(40, 45, "قوات"), "learned", 0.0), {"no_pick": 1.0, "type=ORG": 1.0})
    ev = Event(
        id="V2",
        event_type="Battles",
        sub_event_type="Armed clash",
        trigger=Span(30, 38, "اشتباكات"),
        actor="E1",
        evidence={"actor": Evidence("previous-event-actor", 0.5, Span(0, 5, "الجيش"))},
    )
    assert current(ev, "actor", [here]) == [here]  # re-ranked: the model may put «قوات» in its place
    assert choose(AFTER_CLEAN, current(ev, "actor", [here])) is None  # under the threshold: kept
    # an actor a merged mention gave (another rule, span outside the sentence) is not re-ranked
    merged = msgspec.structs.replace(
        ev, evidence={"actor": Evidence("subject-before-verb", 0.8, Span(0, 5, "الجيش"))}
    )
    assert current(merged, "actor", [here]) == []
