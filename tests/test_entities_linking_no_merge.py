"""Entities of different actors never merge, whatever the NER stage hands over.

The sentence and its tag line are from SaudiNewsNet snn-20150807-00062 (CC BY-NC-SA 4.0, short excerpt):
the NER tagged «امريكا داعش» as one LOC name, which used to merge the United States with the Islamic
State through that one mention.
"""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.doc import Article, Entity, Mention
from marsad.entities.actor_component import ActorLinker
from marsad.pipeline import Pipeline

TEXT = (
    "قالت قوة المهام المشتركة في بيان اليوم الجمعة إن الولايات المتحدة نفذت مع شركائها في التحالف 15 غارة "
    "ضد أهداف تابعة لتنظيم الدولة الإسلامية في سوريا والعراق.\n"
    "سمات التحالف العراق امريكا داعش سوريا"
)


@pytest.fixture(scope="module")
def linker():
    return ActorLinker()


def _mention(text: str, needle: str, nth: int = 0) -> Mention:
    s = -1
    for _ in range(nth + 1):
        s = text.index(needle, s + 1)
    return Mention(s, s + len(needle), needle)


def _by_kb(article: Article) -> dict[str | None, list[Entity]]:
    out: dict[str | None, list[Entity]] = {}
    for e in article.entities:
        out.setdefault(e.kb_id, []).append(e)
    return out


def _check(article: Article) -> None:
    for e in article.entities:
        for m in e.mentions:
            assert article.text[m.start : m.end] == m.text
    by_kb = _by_kb(article)
    us, isis = by_kb["Q30"], by_kb["Q2429253"]
    assert len(us) == 1 and len(isis) == 1 and us[0] is not isis[0]
    assert [m.text for m in us[0].mentions] == ["الولايات المتحدة", "امريكا"]
    assert [m.text for m in isis[0].mentions] == ["تنظيم الدولة الإسلامية", "داعش"]
    assert all("داعش" not in m.text for m in us[0].mentions)


def test_one_ner_mention_over_two_actors_is_split(linker):
    article = Pipeline(["text"])(Article(TEXT, id="snn-20150807-00062", published=dt.date(2015, 8, 7)))
    article.entities = [
        Entity("E1", "LOC", "الولايات المتحدة", [_mention(TEXT, "الولايات المتحدة")]),
        Entity("E2", "LOC", "امريكا داعش", [_mention(TEXT, "امريكا داعش")]),
    ]
    linker(article)
    _check(article)


def test_ner_cluster_over_two_actors_keeps_its_majority(linker):
    # an NER entity (string clustering gone wrong) holding mentions of two actors
    article = Pipeline(["text"])(Article(TEXT, id="snn-20150807-00062", published=dt.date(2015, 8, 7)))
    article.entities = [
        Entity(
            "E1",
            "LOC",
            "الولايات المتحدة",
            [_mention(TEXT, "الولايات المتحدة"), _mention(TEXT, "امريكا"), _mention(TEXT, "داعش")],
        ),
    ]
    linker(article)
    _check(article)
    assert article.entities[0].id == "E1" and article.entities[0].kb_id == "Q30"


def test_without_ner(linker):
    article = Pipeline(["text", linker])(Article(TEXT, id="snn", published=dt.date(2015, 8, 7)))
    _check(article)


# ant-JA-localNews-1766-20161017 (ANT, Apache-2.0)
KUWAIT = "خلال استقباله من قبل امير دولة الكويت الشيخ صباح الاحمد الجابر الصباح بقصر بيان تسليم رسالة خطية"
# ant-JA-localNews-4018-20141224
TAP = "اليوم الاربعاء، في تصريح خص به وكالة تونس إفريقيا للانباء، أن النظام الجديد"
# ant-JA-society-318-20160501
MENZEL = "أمكن للوحدات الأمنية التابعة لمنطقة الامن الوطني بمنزل بورقيبة، من القبض على شخص مفتش عنه"


def _run(linker, text: str, ner: list[tuple[str, str]]) -> Article:
    article = Pipeline(["text"])(Article(text, id="t", published=dt.date(2016, 10, 17)))
    article.entities = [Entity(f"E{i + 1}", t, w, [_mention(text, w)]) for i, (t, w) in enumerate(ner)]
    linker(article)
    for e in article.entities:
        spans = sorted((m.start, m.end) for m in e.mentions)
        assert all(b[0] >= a[1] for a, b in zip(spans, spans[1:], strict=False)), (
            "mentions of one entity overlap"
        )
        for m in e.mentions:
            assert article.text[m.start : m.end] == m.text
    return article


def test_partly_overlapping_ner_and_actor_mentions_are_joined(linker):
    article = _run(linker, KUWAIT, [("PER", "صباح الاحمد الجابر")])
    (emir,) = [e for e in article.entities if e.attrs.get("actor_id") == "per.sabah_ahmad"]
    assert "الشيخ صباح الاحمد الجابر" in [m.text for m in emir.mentions]


def test_ner_pieces_inside_an_actor_name_are_absorbed(linker):
    article = _run(linker, TAP, [("LOC", "تونس"), ("LOC", "إفريقيا")])
    (tap,) = [e for e in article.entities if e.attrs.get("actor_id") == "med.tap"]
    assert [m.text for m in tap.mentions] == ["وكالة تونس إفريقيا للانباء"]
    assert len(article.entities) == 1


def test_a_person_inside_a_place_name_is_not_linked(linker):
    article = _run(linker, MENZEL, [])
    assert all(e.attrs.get("actor_id") != "per.bourguiba" for e in article.entities)
    article = _run(linker, "شهدتها منطقة منزل بورقيبة كامل نهار", [("LOC", "منزل بورقيبة")])
    assert [(e.type, e.mentions[0].text) for e in article.entities] == [("LOC", "منزل بورقيبة")]
