"""The ``actors`` component: entities written from links, with and without NER entities; the CLI."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from marsad.doc import Article, Entity, Mention
from marsad.entities.actor_component import ActorLinker
from marsad.pipeline import Pipeline

TEXT = (
    "قال الناطق باسم وزارة الدفاع الروسية اللواء إيغور كوناشينكوف إن الطائرات الروسية قصفت مواقع لداعش. "
    "وأضاف أن وموسكو ستواصل دعم الجيش السوري. وأكد اللواء أن الضربات دقيقة."
)


@pytest.fixture(scope="module")
def linker():
    return ActorLinker()


def _article(text=TEXT, day=dt.date(2017, 4, 8)):
    return Article(text, id="t1", published=day)


def _check_offsets(article):
    for e in article.entities:
        for m in e.mentions:
            assert article.text[m.start : m.end] == m.text


def test_pipeline_without_ner(linker):
    article = Pipeline(["text", linker])(_article())
    _check_offsets(article)
    by_kb = {e.attrs.get("actor_id"): e for e in article.entities}
    kon = by_kb["per.konashenkov"]
    assert kon.type == "PER" and kon.name == "إيغور كوناشينكوف" and kon.name_en == "Igor Konashenkov"
    assert [m.text for m in kon.mentions] == ["إيغور كوناشينكوف", "اللواء"]
    assert kon.attrs["titles"] == ["الناطق باسم وزارة الدفاع الروسية", "اللواء"]
    assert kon.attrs["role"]["role"] == "mod_spokesperson" and kon.attrs["country"] == "RU"
    assert by_kb["grp.isis"].kb_id == "Q2429253" and by_kb["grp.isis"].mentions[0].text == "داعش"
    assert by_kb["grp.isis"].attrs["inter"] == 2 and by_kb["grp.isis"].attrs["sector"] == "REB"
    assert by_kb["cap.moscow"].mentions[0].text == "موسكو"
    assert by_kb["sy.military"].mentions[0].text == "الجيش السوري"
    assert [e.id for e in article.entities] == [f"E{i}" for i in range(1, len(article.entities) + 1)]
    assert article.layer("actors")
    assert article.provenance["actors"] == ActorLinker.version


def test_ner_entities_are_enriched_not_duplicated(linker):
    article = Pipeline(["text"])(_article())
    s = TEXT.index("إيغور")
    ner_person = Entity(
        "E1", "PER", "إيغور كوناشينكوف", [Mention(s, s + len("إيغور كوناشينكوف"), "إيغور كوناشينكوف")]
    )
    s2 = TEXT.index("الجيش السوري")
    ner_org = Entity("E2", "ORG", "الجيش", [Mention(s2, s2 + len("الجيش"), "الجيش")])
    s3 = TEXT.index("مواقع")
    ner_other = Entity("E3", "LOC", "مواقع", [Mention(s3, s3 + 5, "مواقع")])
    article.entities = [ner_person, ner_org, ner_other]
    linker(article)
    _check_offsets(article)
    ids = [e.id for e in article.entities]
    assert ids[:3] == ["E1", "E2", "E3"] and len(set(ids)) == len(ids)
    e1 = article.entity("E1")
    assert e1.kb_id == "per.konashenkov" and [m.text for m in e1.mentions] == ["إيغور كوناشينكوف", "اللواء"]
    e2 = article.entity("E2")
    assert (
        e2.kb_id == "sy.military"
        and e2.attrs["actor_id"] == "sy.military"
        and e2.name_en == "Military Forces of Syria"
    )
    assert [m.text for m in e2.mentions] == ["الجيش السوري"]  # the NER span grew to the alias span
    assert article.entity("E3").kb_id is None  # unknown names keep working as plain entities
    assert not any(e.attrs.get("actor_id") == "per.konashenkov" for e in article.entities if e.id != "E1")


def test_two_ner_entities_of_one_actor_are_merged(linker):
    text = "قال سيرغي لافروف إن موسكو مستعدة. وأضاف لافروف أن"
    article = Pipeline(["text"])(_article(text, dt.date(2017, 4, 12)))
    a = text.index("سيرغي")
    b = text.rindex("لافروف")
    article.entities = [
        Entity("E1", "PER", "سيرغي لافروف", [Mention(a, a + 12, text[a : a + 12])]),
        Entity("E2", "PER", "لافروف", [Mention(b, b + 6, "لافروف")]),
    ]
    linker(article)
    lav = [e for e in article.entities if e.attrs.get("actor_id") == "per.lavrov"]
    assert len(lav) == 1 and [m.text for m in lav[0].mentions] == ["سيرغي لافروف", "لافروف"]


def test_ner_person_bound_to_a_title_gets_later_bare_title(linker):
    text = "وقال نائب المندوب الروسي فلاديمير سافرونكوف إن القرار منحاز. وأضاف المندوب أن بلاده سترفضه."
    article = Pipeline(["text"])(_article(text, dt.date(2017, 4, 12)))
    s = text.index("فلاديمير")
    article.entities = [Entity("E1", "PER", "فلاديمير سافرونكوف", [Mention(s, s + 18, text[s : s + 18])])]
    linker(article)
    assert [m.text for m in article.entity("E1").mentions] == ["فلاديمير سافرونكوف", "المندوب"]


@pytest.mark.parametrize("text", ["", "no arabic", "<html><body></body></html>", "ـ" * 100])
def test_component_on_bad_input(linker, text):
    article = Pipeline(["text", linker])(_article(text))
    _check_offsets(article)


def test_contract_json_carries_kb_and_names(linker):
    article = Pipeline(["text", linker])(_article())
    d = article.to_json()
    isis = next(e for e in d["entities"] if e["kb_id"] == "Q2429253")
    assert isis["name"] == "تنظيم الدولة الإسلامية" and isis["name_en"].startswith("Islamic State")
    json.dumps(d, ensure_ascii=False)


def test_cli_lookup_list_stats():
    from marsad.cli.actors import app

    runner = CliRunner()
    r = runner.invoke(app, ["lookup", "قسد", "--json"])
    assert r.exit_code == 0 and json.loads(r.output.splitlines()[0])["id"] == "grp.sdf"
    r = runner.invoke(app, ["lookup", "المبعوث الأممي إلى سوريا", "--date", "2020-05-01"])
    assert r.exit_code == 0 and "per.pedersen" in r.output
    r = runner.invoke(app, ["lookup", "لا يوجد شيء بهذا الاسم أبدا"])
    assert r.exit_code == 1
    r = runner.invoke(app, ["lookup", "قسد", "--date", "yesterday"])
    assert r.exit_code == 2
    r = runner.invoke(app, ["list", "--type", "ORG", "--country", "YE", "--json"])
    rows = [json.loads(x) for x in r.output.splitlines()]
    assert (
        r.exit_code == 0
        and "grp.houthis" in {x["id"] for x in rows}
        and all(x["country"] == "YE" for x in rows)
    )
    r = runner.invoke(app, ["stats"])
    assert r.exit_code == 0 and json.loads(r.output)["actors"] >= 1500


def test_cli_user_file(tmp_path):
    from marsad.cli.actors import app

    path = tmp_path / "mine.tsv"
    path.write_text(
        "id\tname\tname_en\taliases\nmy.x\tمجموعة الاختبار\tTest Group\tالاختباريون\n", encoding="utf-8"
    )
    r = CliRunner().invoke(app, ["lookup", "الاختباريون", "--file", str(path)])
    assert r.exit_code == 0 and "my.x" in r.output


def test_an_armed_group_ner_read_as_a_place_is_the_group_not_a_place(linker):
    # round 96: «عناصر تنظيم بيت المقدس» was a LOC entity, geocoded to Jerusalem and taken as the place of
    # the clash near Rafah; a group is never a place, whatever its name says
    text = (
        "أوضح الأمن المصري أن معارك عنيفة اندلعت بين قوات الأمن وعناصر تنظيم بيت المقدس "
        "بمنطقة مربع القدود جنوب مدينة رفح."
    )
    s = text.index("تنظيم بيت المقدس")
    article = Pipeline(["text"])(_article(text, dt.date(2015, 7, 25)))
    article.entities.append(
        Entity("E1", "LOC", "تنظيم بيت المقدس", [Mention(s, s + len("تنظيم بيت المقدس"), "تنظيم بيت المقدس")])
    )
    linker(article)
    group = next(e for e in article.entities if e.attrs.get("actor_id") == "grp.sinai_province")
    assert group.type == "ORG" and group.name_en == "Islamic State – Sinai Province"
    article = Pipeline(["text", "entities", "actors", "places"])(_article(text, dt.date(2015, 7, 25)))
    names = {e.name: e for e in article.entities}
    assert names["ولاية سيناء"].type == "ORG" and names["ولاية سيناء"].geo is None
    assert "Jerusalem" not in {e.geo.name_en for e in article.entities if e.geo is not None}


def test_a_capital_standing_for_its_government_stays_a_place(linker):
    text = "وقالت واشنطن إنها ستواصل دعم الجيش العراقي."
    s = text.index("واشنطن")
    article = Pipeline(["text"])(_article(text))
    article.entities.append(Entity("E1", "LOC", "واشنطن", [Mention(s, s + 6, "واشنطن")]))
    linker(article)
    assert next(e for e in article.entities if e.mentions[0].text == "واشنطن").type == "LOC"
