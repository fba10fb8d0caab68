"""The learned merge veto: pair features, the veto in the merge, training on a tiny set, the shipped file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import msgspec

import marsad.events.component as component
from marsad import catalogue
from marsad.events.dedupe import merge_candidates
from marsad.events.filter import EventFilter
from marsad.events.fixtures import build_article
from marsad.events.merge_model import Veto, default_merge_model, pair_features, sentence_places, trigger_word
from marsad.events.train_merge import THRESHOLDS, train_merge

DEV = Path(__file__).parent / "data" / "events_dev.jsonl"
# SaudiNewsNet 20150803-00942: «مواجهات» then «اشتباكات … خلفت 13 قتيلا», one clash told twice
CLASH = (
    "قتل 13 مسلحا من ميليشات الحوثي في مواجهات اندلعت ليل الأحد غربي محافظة مأرب. "
    "وقالت مصادر محلية إن اشتباكات استخدمت فيها الأسلحة الثقيلة في منطقة الجفينة غربي مأرب خلفت 13 قتيلا."
)


def _clash():
    return build_article(CLASH, published=dt.date(2015, 8, 3), entities=[("LOC", "مأرب", "admin1")])


def _proposed():
    art = _clash()
    log: list = []
    component.extract_events(art, min_confidence=0.0, use_filter=False, merge_log=log)
    return art, log


def test_the_rules_proposal_is_logged_and_described_by_feature_names_only():
    _art, log = _proposed()
    assert len(log) == 1
    k, c, kind = log[0]
    assert kind in ("compatible", "anaphoric", "demonstrative") and c.sentence == 1 and k.sentence == 0
    f = pair_features(k, c, kind)
    assert f["gap=1"] == 1.0 and f["fatalities=same"] == 1.0 and f["lead"] == 1.0
    assert not any(w in name for name in f for w in ("مواجهات", "اشتباكات", "مأرب"))


def test_the_article_tells_whether_the_later_sentence_names_other_places_and_the_same_word():
    art, log = _proposed()
    k, c, kind = log[0]
    f = pair_features(k, c, kind, art)
    # «مأرب» is named in both sentences; «مواجهات» then «اشتباكات» are two words
    assert f["places=shared"] == 1.0 and f["word=differ"] == 1.0
    assert pair_features(k, c, kind, art, sentence_places(art)) == f
    assert not any(name.startswith("places=") for name in pair_features(k, c, kind))
    # a shelling, then «القصف» in a sentence that names another place: the pair is described as such
    text = "قصفت قوات النظام السوري مدينة حرستا صباح أمس. وقالت مصادر في سوريا إن القصف أدى إلى سقوط جرحى."
    art = build_article(
        text,
        published=dt.date(2015, 8, 11),
        entities=[("LOC", "حرستا", "town", None, "SY"), ("LOC", "سوريا", "country", None, "SY")],
    )
    assert sentence_places(art) == {0: frozenset({"E1"}), 1: frozenset({"E2"})}
    log = []
    component.extract_events(art, min_confidence=0.0, use_filter=False, merge_log=log)
    k, c, kind = log[0]
    assert kind == "anaphoric" and pair_features(k, c, kind, art)["places=new"] == 1.0
    assert trigger_word("والاشتباكات") == trigger_word("اشتباكات") == "اشتباكات"
    assert trigger_word("لقصف") == trigger_word("وقصف") == "قصف" and trigger_word("غارات جوية") == "غارات"


def test_a_veto_keeps_the_two_mentions_apart():
    art = _clash()
    evs = component.extract_events(art, min_confidence=0.0, use_filter=False, learned_merge=False)
    assert len([e for e in evs if e.event_type == "Battles"]) == 1  # the rules merge them
    never = EventFilter("t", {}, bias=-5.0, threshold=0.5)  # p(same) ≈ 0.007: every merge vetoed
    art = _clash()
    log: list = []
    component.extract_events(art, min_confidence=0.0, use_filter=False, merge_log=log)
    cands = [log[0][0], log[0][1]]
    for c in cands:
        c.mentions, c.spans = 1, [c.event.trigger]
    assert len(merge_candidates(cands, art, veto=Veto(never))) == 2
    always = EventFilter("t", {}, bias=5.0, threshold=0.5)
    assert not Veto(always)(cands[0], cands[1], "compatible")


def test_training_on_a_tiny_set_is_deterministic(tmp_path):
    rows = [line for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()][:30]
    small = tmp_path / "events_tiny.jsonl"
    small.write_text("\n".join(rows) + "\n", encoding="utf-8")
    a = train_merge([small], tmp_path / "a.json", log=lambda _m: None)
    train_merge([small], tmp_path / "b.json", log=lambda _m: None)
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert a.trained_on == ["events_tiny.jsonl"] and a.threshold in (0.0, *THRESHOLDS)
    assert a.scores["pairs"] >= a.scores["wrong"] >= 0


def test_the_shipped_model_loads_matches_its_catalogue_entry_and_can_be_switched_off(monkeypatch, tmp_path):
    default_merge_model.cache_clear()
    try:
        model = default_merge_model()
        assert model is not None and "events_dev.jsonl" in model.trained_on
        assert catalogue.verify("events-merge") == []
        monkeypatch.setenv("MARSAD_EVENTS_MERGE", "off")
        default_merge_model.cache_clear()
        assert default_merge_model() is None
        other = tmp_path / "m.json"
        other.write_bytes(msgspec.json.encode(EventFilter("mine", {}, bias=0.0, threshold=0.0)))
        monkeypatch.setenv("MARSAD_EVENTS_MERGE", str(other))
        default_merge_model.cache_clear()
        assert default_merge_model().version == "mine"
    finally:
        default_merge_model.cache_clear()
