"""The actor lexicon: size, integrity of the data files, lookups, user-supplied actor files."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from marsad.entities import actor_data
from marsad.entities.actor_component import link_text
from marsad.entities.actors import default_lexicon, load_lexicon

QID = re.compile(r"^Q[1-9][0-9]*$")
ISO2 = re.compile(r"^[A-Z]{2}$")


@pytest.fixture(scope="module")
def lex():
    return default_lexicon()


def test_size(lex):
    assert len(lex) >= 1500
    curated = sum(len(a.aliases) + len(a.weak_aliases) + 1 for a in lex)
    assert curated >= 5000 and lex.alias_count() >= 5000


def test_records_are_well_formed(lex):
    for a in lex:
        assert a.type in {"PER", "ORG", "LOC"}, a.id
        assert a.name and a.name != "+", a.id
        assert a.qid is None or QID.match(a.qid), a.id
        assert a.country is None or ISO2.match(a.country), a.id
        assert a.inter is None or 1 <= a.inter <= 8, a.id
        for r in a.roles:
            assert r.start is None or r.end is None or r.start <= r.end, (a.id, r)


def test_every_role_has_a_phrase_table_entry(lex):
    known = set(lex.role_classes)
    used = {r.role for a in lex for r in a.roles}
    assert used <= known, used - known


def test_parents_exist(lex):
    for a in lex:
        assert a.parent is None or lex.get(a.parent) is not None, (a.id, a.parent)


def test_extensions_merged_into_generated_actors(lex):
    army = lex.get("sy.military")
    assert "الجيش العربي السوري" in army.aliases and "الجيش السوري" in (army.name, *army.aliases)


def test_no_two_people_hold_a_head_of_state_office_at_once(lex):
    for role in ("president", "king", "emir", "prime_minister", "foreign_minister"):
        for iso in ("SY", "IQ", "EG", "SA", "US", "RU", "TR", "IR", "FR", "GB", "TN", "DZ", "MA", "LB", "JO"):
            for year in range(2011, 2026):
                for month in (2, 8):
                    day = dt.date(year, month, 15)
                    holders = lex.holders(role, iso, None, day)
                    assert len(holders) <= 1, (role, iso, day, [a.id for a in holders])


@pytest.mark.parametrize(
    ("name", "actor"),
    [("قسد", "grp.sdf"), ("SDF", "grp.sdf"), ("داعش", "grp.isis"), ("ISIS", "grp.isis"), ("Q44329", None)],
)
def test_lookup(lex, name, actor):
    found = lex.lookup(name)
    if actor:
        assert actor in {a.id for a in found}


def test_select(lex):
    syrian_people = lex.select(type="PER", country="SY")
    assert len(syrian_people) >= 20 and all(a.type == "PER" and a.country == "SY" for a in syrian_people)


USER_TSV = """# my actors (test)
id\ttype\tsubtype\tcountry\tinter\tsector\tname\tname_en\taliases\troles
my.brigade\tORG\tarmed_group\tSY\t2\tREB\tلواء الاختبار الأول\tFirst Test Brigade\tاللواء التجريبي|كتيبة الاختبار\t
my.mayor\tPER\tperson\tTN\t\tGOV\tسامي الاختباري\tSami Test\t\tmayor//TN/2018/2020
"""


def test_user_file_by_path_takes_effect(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text(USER_TSV, encoding="utf-8")
    lex = load_lexicon([path])
    assert lex.get("my.brigade").name_en == "First Test Brigade"
    links = link_text("هاجمت كتيبة الاختبار مواقع في ريف حلب.", dt.date(2019, 1, 1), lex)
    assert [lk.actor_id for lk in links if lk.ref] == ["my.brigade"]
    assert lex.get("my.mayor").roles[0].end == dt.date(2021, 1, 1)


def test_user_file_overrides_and_extends(tmp_path):
    path = tmp_path / "mine.jsonl"
    rows = [
        {"id": "grp.sdf", "name": "+", "aliases": ["قوات سوريا الديمقراطية-قسد"]},
        {
            "id": "med.sana",
            "type": "ORG",
            "name": "سانا للأنباء",
            "name_en": "SANA (mine)",
            "aliases": ["سانا"],
        },
        {
            "id": "my.envoy",
            "type": "PER",
            "name": "زيد التجربة",
            "roles": [{"role": "un_envoy", "org": "UN", "country": "MR", "start": "2030"}],
        },
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    lex = load_lexicon([path])
    assert "قوات سوريا الديمقراطية-قسد" in lex.get("grp.sdf").aliases
    assert lex.get("grp.sdf").name == "قوات سوريا الديمقراطية"
    assert lex.get("med.sana").name_en == "SANA (mine)"
    links = link_text("وقال المبعوث الأممي إلى موريتانيا إن الحوار سيستأنف.", dt.date(2031, 1, 1), lex)
    assert [lk.actor_id for lk in links if lk.kind == "role"] == ["my.envoy"]


def test_user_file_from_environment(tmp_path, monkeypatch):
    path = tmp_path / "env.tsv"
    path.write_text(USER_TSV, encoding="utf-8")
    monkeypatch.setenv("MARSAD_ACTORS", str(path))
    lex = default_lexicon()
    assert lex.get("my.brigade") is not None
    monkeypatch.delenv("MARSAD_ACTORS")
    assert default_lexicon().get("my.brigade") is None


def test_bad_user_file_reports_file_and_line(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("id\tname\troles\nx.y\tاسم\tpresident//SY/20xx/\n", encoding="utf-8")
    with pytest.raises(actor_data.ActorFileError, match="bad.tsv:2"):
        load_lexicon([path])


@pytest.mark.parametrize(
    ("s", "end", "want"),
    [
        ("2014", False, dt.date(2014, 1, 1)),
        ("2014", True, dt.date(2015, 1, 1)),
        ("2016-02", True, dt.date(2016, 3, 1)),
        ("2019-01-07", False, dt.date(2019, 1, 7)),
        ("", False, None),
    ],
)
def test_partial_dates(s, end, want):
    assert actor_data.parse_date(s, end=end) == want


def test_docs_example_user_file_loads(tmp_path):
    from pathlib import Path

    doc = (Path(__file__).resolve().parent.parent / "docs" / "actors.md").read_text("utf-8")
    block = doc.split("```tsv\n")[1].split("```")[0]
    path = tmp_path / "example.tsv"
    path.write_text(block, encoding="utf-8")
    lex = load_lexicon([path])
    assert lex.get("my.brigade").weak_aliases == ("المثال",)
    assert "جيش الحكومة السورية" in lex.get("sy.military").aliases
    links = link_text("هاجمت كتيبة المثال حاجزا قرب درعا.", dt.date(2024, 5, 1), lex)
    assert [lk.actor_id for lk in links if lk.text == "كتيبة المثال"] == ["my.brigade"]


def test_every_extension_row_extends_an_existing_actor(lex):
    rows = actor_data.read_actor_tsv(actor_data._builtin_lines("extensions.tsv"), "extensions.tsv")
    assert rows and all(r.name == "+" for r in rows)
    for r in rows:
        actor = lex.get(r.id)
        assert actor is not None, r.id
        assert set(r.aliases) <= set(actor.aliases) and set(r.roles) <= set(actor.roles), r.id


def test_bare_state_force_phrases_take_the_articles_country():
    # ACLED codes «القوات الأمنية» in an Iraqi story as Police Forces of Iraq; with no country named
    # the phrase stays unlinked (SaudiNewsNet 20150805-00409, shortened)
    links = link_text(
        "أعلنت محافظة الأنبار العراقية أن القوات الأمنية اعتقلت 41 عنصرا. وقال الجيش العراقي إن الجيش تقدم.",
        dt.date(2015, 8, 5),
    )
    refs = {lk.text: lk.ref for lk in links if lk.kind == "actor"}
    assert refs["القوات الأمنية"] == "A:iq.police"
    assert refs["الجيش"] == "A:iq.military"
    alone = {lk.text: (lk.ref, lk.rule) for lk in link_text("وقالت الأجهزة الأمنية إنها اعتقلت مشتبها به.")}
    assert alone["الأجهزة الأمنية"][0] is None and alone["الأجهزة الأمنية"][1] == "alias.ambiguous"
