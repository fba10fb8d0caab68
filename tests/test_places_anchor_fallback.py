"""Places the gazetteer lacks, located by the admin unit the sentence names (`places.anchors`)."""

from __future__ import annotations

from marsad.places.gazetteer import default_gazetteer
from marsad.places.resolve import resolve_text
from marsad.text.normalize import normalize


def _resolve(text: str) -> dict[str, tuple[str, str, int, str]]:
    v = normalize(text)
    out = {}
    for r in resolve_text(v.text, default_gazetteer(), view=v):
        if r.place is not None:
            s, e = v.span_to_original(r.match.start, r.match.end)
            out[text[s:e]] = (r.place.country, r.place.name_en, r.precision, r.rule)
    return out


def test_ghab_villages_in_a_list_take_the_plain() -> None:
    text = "تعرضت أماكن في قرى الحواش والعنكاوي والزقوم والحويز بسهل الغاب لقصف مكثف من الطيران المروحي."
    got = _resolve(text)
    assert got["الزقوم"][:3] == ("SY", "Al-Ghab plain", 3)
    assert got["الزقوم"][3].startswith("anchor:")


def test_camp_in_a_named_governorate() -> None:
    got = _resolve("سيطرت قوات الجيش على معسكر لبوزة في محافظة لحج (جنوب البلاد) بعد معارك عنيفة.")
    assert got["لبوزة"] == ("YE", "Lahij Governorate", 3, "anchor:admin-unit")


def test_dual_cue_and_mountain_region() -> None:
    got = _resolve("قصفت قوات الأسد قريتي محمبل وجوزف بجبل الزاوية في الريف الجنوبي بصواريخ أرض – أرض.")
    assert got["جوزف"][0] == "SY"


def test_village_east_of_a_town_is_near_the_town() -> None:
    got = _resolve("هاجم مسلحون قرية زززتستان شرقي دير الزور فجر اليوم.")
    country, _, precision, rule = got["زززتستان"]
    assert (country, precision, rule) == ("SY", 2, "anchor:admin-unit")


def test_cued_name_in_an_article_about_one_country() -> None:
    text = (
        "هاجمت زوارق سفينة قرب مدينة بنغازي في شرق ليبيا. ووقع الهجوم قرب بلدة المريسة، "
        "وقال المتحدث باسم القوات الجوية الليبية في طرابلس إن السفينة أغرقت."
    )
    assert _resolve(text)["المريسة"] == ("LY", "Libya", 3, "anchor:country-focus")


def test_known_name_follows_its_anchor_and_keeps_it() -> None:
    text = (
        "توفي والد الرضيع الذي قتل حرقا في قرية دوما بالضفة الغربية متأثرا بجراحه. "
        "وذكر رئيس مجلس محلي دوما أن ترتيبات تجري لنقل جثمانه."
    )
    v = normalize(text)
    dumas = [r for r in resolve_text(v.text, default_gazetteer(), view=v) if r.match.key == "دوما"]
    assert len(dumas) == 2 and all(r.place is not None and r.place.country == "PS" for r in dumas)


def test_adjectives_and_words_after_a_cue_are_not_places() -> None:
    text = (
        "أعلنت السلطات اليمنية عدن مدينة محررة، وبدأت مصر إقامة منطقة عازلة، وانتشرت القوات في بلدة حدودية "
        "تركية، ونقل الجرحى إلى مخيم للنازحين في اليمن."
    )
    got = _resolve(text)
    assert not {"محررة", "عازلة", "حدودية", "للنازحين"} & set(got)


def test_fi_needs_an_admin_unit_right_after() -> None:
    assert "معارك" not in _resolve("سقط مقاتلون في معارك سوريا خلال العام.")
    got = _resolve("قتل ثلاثة مدنيين في زززتستان بمحافظة إدلب.")
    assert got["زززتستان"][:3] == ("SY", "Idlib", 3)


def test_ner_loc_entity_no_gazetteer_has_gets_the_article_country() -> None:
    from marsad.doc import Article, Entity, Mention
    from marsad.pipeline import Pipeline
    from marsad.places.component import PlaceResolver

    text = "قصفت الطائرات مواقع في صنعاء وعدن، وتقدمت المقاومة نحو الشوتري ثم دخلت تعز."
    a = Article(text)
    s = text.index("الشوتري")
    a.entities.append(Entity(id="E1", type="LOC", name="الشوتري", mentions=[Mention(s, s + 7, "الشوتري")]))
    a.entities.append(Entity(id="E2", type="LOC", name="المنطقة", mentions=[Mention(0, 4, "قصفت")]))
    Pipeline(["text", PlaceResolver()])(a)
    geo = a.entities[0].geo
    assert geo is not None and (geo.country, geo.precision, geo.rule) == ("YE", 3, "anchor:country-focus")
    assert a.entities[1].geo is None  # an ordinary word, not a place we lack


def test_a_weekday_after_a_comma_does_not_join_a_list_of_villages() -> None:
    got = _resolve("سيطرت القوات على قرية خشام، الخميس، بعد معارك عنيفة شرق دير الزور.")
    assert "خشام" in got and "الخميس" not in got


def test_repeated_name_takes_the_sense_most_of_its_mentions_have() -> None:
    from marsad.places.matching import NameMatch
    from marsad.places.resolve import Resolution, _one_sense

    g = default_gazetteer()
    amman, oman = (next(p for p in g.lookup("عمان") if p.country == c) for c in ("JO", "OM"))

    def res(start: int, place, rule: str) -> Resolution:
        return Resolution(
            NameMatch(start, start + 4, "عمان", None, start, start + 4, None, 0, 0),
            place,
            1,
            "city",
            0.5,
            rule,
            2,
        )

    out = _one_sense(
        [
            res(0, amman, "gazetteer:country-focus"),
            res(50, amman, "gazetteer:country-focus"),
            res(90, oman, "gazetteer:prior"),
        ]
    )  # «… في السفارة السعودية بعمان»: a list neighbour said Oman
    assert [r.place.country for r in out] == ["JO", "JO", "JO"] and out[2].rule == "gazetteer:same-name"


def test_a_country_after_a_town_does_not_overrule_the_town() -> None:
    got = _resolve("ولد الشاعر عام 1896 في مدينة الناصرة شمالي فلسطين.")
    assert got["الناصرة"][1] == "Nazareth"


def test_an_adjective_after_its_noun_is_not_a_village() -> None:
    got = _resolve("وأكد أنه بتحرير قاعدة العند تم فك الحصار الخانق عن مدينة عدن، وتقدمت القوات إلى الضالع.")
    assert "الخانق" not in got  # «الحصار الخانق»: the stifling siege, not the Yemeni village Al Khāniq
    assert got["الضالع"][0] == "YE"  # «إلى الضالع»: a preposition, not a noun the name qualifies


def test_entity_of_a_place_we_lack_keeps_its_own_name_and_kind() -> None:
    from marsad.doc import Article
    from marsad.pipeline import Pipeline
    from marsad.places.component import PlaceResolver

    text = "سيطرت قوات الجيش على معسكر لبوزة في محافظة لحج بعد معارك عنيفة."
    a = Pipeline(["text", PlaceResolver()])(Article(text))
    ent = next(e for e in a.entities if e.name == "لبوزة")
    assert (ent.subtype, ent.kb_id, ent.name_en) == ("base", None, None)
    assert ent.geo.gazetteer_id == "adm1:YE:Lahij_Governorate" and ent.geo.confidence < 0.5
    m = ent.mentions[0]
    assert text[m.start : m.end] == "لبوزة"
