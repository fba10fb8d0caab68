"""The learned date choice: a second look at the rules' date among the days the text allows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import marsad.events.component as component
from marsad import catalogue
from marsad.events.date_choice import DateOption, choose_date, date_options, decide_date
from marsad.events.filter import EventFilter
from marsad.events.fixtures import build_article
from marsad.events.role_choice import default_role_model
from marsad.events.train_roles import THRESHOLDS, train_role

DEV = Path(__file__).parent / "data" / "events_dev.jsonl"
PUB = dt.date(2015, 8, 10)
# the lead's arrests were «أمس»; the blast two sentences on has no time of its own
LEAD = (
    "اعتقلت الشرطة أمس خمسة مطلوبين في العريش. "
    "وأضافت المصادر أن الحملة مستمرة. "
    "وانفجرت عبوة ناسفة بمدرعة للشرطة في رفح."
)
LEAD_ENTS = [("ORG", "الشرطة"), ("LOC", "العريش", "city", None, "EG"), ("LOC", "رفح", "city", None, "EG")]
# the statement's day stands before the complementizer that opens the blast's clause
STATEMENT = "وقالت وزارة الداخلية في بيان اليوم الاثنين إن انفجار سيارة مفخخة أسفر عن مقتل 12 شخصا في بغداد."
PREFER_DAY_BEFORE = EventFilter("t", {"kind=day-before": 4.0}, bias=-2.0, threshold=0.5)
PREFER_PICK = EventFilter("t", {"pick": 4.0, "kind=day-before": 1.0}, bias=-2.0, threshold=0.5)
PREFER_PUBLICATION = EventFilter("t", {"kind=publication": 4.0}, bias=-2.0, threshold=0.5)


def _lead():
    return build_article(LEAD, published=PUB, entities=LEAD_ENTS, times=[("أمس", "2015-08-09")])


def _coded(monkeypatch, model, art=None):
    """The blast of the lead article coded with ``model`` as the date model; with None, coded as
    `marsad train events` reads it (no learned choice; the options kept in the ``date_options`` layer)."""
    monkeypatch.setattr(component, "default_filter", lambda: None)
    monkeypatch.setattr(component, "default_role_model", lambda r: model if r == "date" else None)
    art = art or _lead()
    events = component.extract_events(art, learned_roles=model is not None)
    return art, next(e for e in events if e.sub_event_type == "Remote explosive/landmine/IED")


def test_options_are_the_pick_the_publication_day_the_day_before_and_the_times_around(monkeypatch):
    art, ev = _coded(monkeypatch, None)
    # the lead's «أمس» dates the undated blast after it (rule lead-report-time, session 38)
    assert ev.evidence["date"].rule == "lead-report-time" and ev.date == "2015-08-09"
    opts = art.layer("date_options")[ev.id]
    by_kind = {o.kind: o for o in opts}
    assert set(by_kind) == {"pick", "publication", "day-before", "time-lead"}
    assert by_kind["publication"].value == "2015-08-10" and by_kind["publication"].precision == "day"
    assert by_kind["day-before"].value == "2015-08-09" and by_kind["day-before"].precision == "day"
    assert by_kind["time-lead"].span.text == "أمس" and by_kind["time-lead"].value == "2015-08-09"
    assert by_kind["day-before"].feats["day-before|same_as_pick"] == 1.0
    f = by_kind["publication"].feats
    assert f["publication|yesterday=lead"] == 1.0 and f["publication|rule=lead-report-time"] == 1.0
    assert f["publication|ago=0"] == 1.0 and f["publication|sent=1-2"] == 1.0
    assert by_kind["time-lead"].feats["time-lead|words=yesterday"] == 1.0


def test_another_day_replaces_the_rules_date_only_when_the_model_prefers_it(monkeypatch):
    _art, ev = _coded(monkeypatch, PREFER_PUBLICATION)
    assert ev.date == "2015-08-10" and ev.date_precision == "day"
    assert ev.evidence["date"].rule == "learned-date@t:publication"
    assert ev.evidence["date_rules"].rule == "lead-report-time"  # the rules' answer stays as evidence
    art, ev = _coded(monkeypatch, PREFER_PICK)
    assert ev.date == "2015-08-09" and ev.evidence["date"].rule == "lead-report-time"
    assert "date_rules" not in ev.evidence
    assert art.layer("date_options") == {}  # coding keeps no options: only training reads them


def test_a_time_before_the_complementizer_is_described_as_the_statements(monkeypatch):
    art = build_article(
        STATEMENT,
        published=dt.date(2015, 8, 11),
        entities=[("ORG", "وزارة الداخلية"), ("LOC", "بغداد", "city", None, "IQ")],
        times=[("اليوم الاثنين", "2015-08-10")],
    )
    monkeypatch.setattr(component, "default_filter", lambda: None)
    monkeypatch.setattr(component, "default_role_model", lambda r: None)
    ev = component.extract_events(art, learned_roles=False)[0]
    assert ev.evidence["date"].rule == "report-time"
    time = next(o for o in art.layer("date_options")[ev.id] if o.kind == "time")
    assert time.feats["time|statement=yes"] == 1.0 and time.feats["time|side=before"] == 1.0
    assert time.feats["time|words=today"] == 1.0
    pick = next(o for o in art.layer("date_options")[ev.id] if o.kind == "pick")
    assert pick.feats["pick|statement=yes"] == 1.0  # the pick's own time expression, described the same way


def test_a_winner_with_the_picks_value_or_under_the_pick_changes_nothing():
    pick = DateOption("2015-08-10", "day", "pick", None, {"pick": 1.0})
    same = DateOption("2015-08-10", "day", "publication", None, {"kind=publication": 1.0})
    other = DateOption("2015-08-09", "day", "day-before", None, {"kind=day-before": 1.0})
    likes_publication = EventFilter("t", {"kind=publication": 5.0}, bias=-2.0, threshold=0.5)
    assert decide_date(likes_publication, [pick, same, other]) is None
    both = EventFilter("t", {"pick": 3.0, "kind=day-before": 2.0}, bias=-1.0, threshold=0.5)
    assert decide_date(both, [pick, other]) is None
    got = decide_date(PREFER_DAY_BEFORE, [pick, other])
    assert got is not None and got[0] is other and got[1] > 0.5
    assert decide_date(PREFER_DAY_BEFORE, []) is None


def test_an_article_with_no_publication_date_and_no_time_has_nothing_to_choose(monkeypatch):
    art = build_article("وانفجرت عبوة ناسفة بمدرعة للشرطة في رفح.", entities=LEAD_ENTS[2:])
    monkeypatch.setattr(component, "default_filter", lambda: None)
    monkeypatch.setattr(component, "default_role_model", lambda r: PREFER_DAY_BEFORE if r == "date" else None)
    ev = component.extract_events(art)[0]
    assert ev.date is None and art.layer("date_options") == {}
    opts = date_options(art, ev, *_frame_of(art))
    assert opts == []
    choose_date(PREFER_DAY_BEFORE, ev, opts)
    assert ev.date is None


def _frame_of(art):
    from marsad.events.frames import sentence_frames

    frames, _words, tokens = sentence_frames(art, 0)
    return frames[0], tokens


def test_training_the_date_model_on_a_tiny_set_is_deterministic(tmp_path):
    rows = [line for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()][:25]
    small = tmp_path / "events_tiny.jsonl"
    small.write_text("\n".join(rows) + "\n", encoding="utf-8")
    a = train_role("date", [small], tmp_path / "a.json", log=lambda _m: None)
    train_role("date", [small], tmp_path / "b.json", log=lambda _m: None)
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert a.trained_on == ["events_tiny.jsonl"] and a.threshold in THRESHOLDS and a.drop == 0.0
    assert 0 <= a.scores["right_without"] <= a.scores["reachable"] <= a.scores["open_events"]


def test_the_shipped_date_model_loads_and_matches_its_catalogue_entry(monkeypatch):
    default_role_model.cache_clear()
    try:
        model = default_role_model("date")
        assert model is not None and model.threshold in THRESHOLDS
        assert catalogue.verify("events-date") == []
        monkeypatch.setenv("MARSAD_EVENTS_DATE", "off")
        default_role_model.cache_clear()
        assert default_role_model("date") is None
    finally:
        default_role_model.cache_clear()
