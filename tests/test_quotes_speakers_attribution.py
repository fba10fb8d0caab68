"""Speaker attribution through article entities (issue #7, part 3), on documents built by hand.

The NER and actor stages are not needed: each test builds the entities a correct upstream would give
(mentions found by string), as spaCy's tests build their `Doc`s. Sentences: ANT (Jawhara FM,
Apache-2.0) and short SaudiNewsNet excerpts (CC BY-NC-SA 4.0, ids in comments).
"""

from __future__ import annotations

from typing import ClassVar

import pytest

from marsad.doc import Article, Entity, Mention
from marsad.pipeline import Pipeline
from marsad.quotes.component import QuoteFinder, speaker_spans
from marsad.text.component import TextLayer


def entity(text: str, eid: str, type_: str, *surfaces: str, occurrence: int | None = None) -> Entity:
    mentions = []
    for surface in surfaces:
        i = text.find(surface)
        n = 0
        while i >= 0:
            if occurrence is None or n == occurrence:
                mentions.append(Mention(i, i + len(surface), surface))
            n += 1
            i = text.find(surface, i + 1)
    assert mentions, surfaces
    return Entity(id=eid, type=type_, name=surfaces[0], mentions=mentions)


class HandEntities:
    """A stand-in for the NER/actor stages: gives the article the entities the test built."""

    name: ClassVar[str] = "entities"
    version: ClassVar[str] = "test"
    requires: ClassVar[frozenset[str]] = frozenset({"tokens"})
    provides: ClassVar[frozenset[str]] = frozenset({"entities"})

    def __init__(self, entities: list[Entity]):
        self.entities = entities

    def __call__(self, article: Article) -> None:
        article.entities = list(self.entities)


def analyze(text: str, *entities: Entity) -> Article:
    pipe = Pipeline([TextLayer(), HandEntities(list(entities)), QuoteFinder()])
    return pipe(Article(text))


KONASHENKOV = (
    "وكانت وزارة الدفاع الروسية قالت إن 23 صاروخا فقط من المدمرة الأمريكية أصابوا مطار الشعيرات السورية. "
    "وأشار المتحدث الرسمي باسم الوزارة إيجور كوناشينكوف إلى أن السلطات السورية تجري عمليات بحث للوصول "
    "لموقع الـ36 صاروخا الأخرى. وأوضح كوناشينكوف أن الضربات الأساسية وقعت في محيط القاعدة الجوية. "
    "وأضاف أن الدفاع الجوي لم يعترض أي صاروخ."
)


def test_organisation_title_and_name_and_pronoun_drop() -> None:
    # ANT internationalNews-850 (last sentence added to test «وأضاف»)
    mod = entity(KONASHENKOV, "E1", "ORG", "وزارة الدفاع الروسية", "الوزارة")
    kon = entity(KONASHENKOV, "E2", "PER", "إيجور كوناشينكوف", "كوناشينكوف")
    a = analyze(KONASHENKOV, mod, kon)
    assert [q.speaker for q in a.quotes] == ["E1", "E2", "E2", "E2"]
    assert a.quotes[0].rule.split(";")[1] == "speaker.svo:head_mention"
    assert "title_name" in a.quotes[1].rule or "person" in a.quotes[1].rule
    assert "inherited" in a.quotes[3].rule


def test_bare_title_bound_by_coreference() -> None:
    # ANT internationalNews-35: the actors stage binds «رئيسة الحكومة البريطانية» to Theresa May
    text = (
        "وكانت ماي قد قالت في مقابلة مع صحيفة مؤخرا، إنها واثقة من أن ترامب سيعترف بأهمية حلف شمال الأطلسي. "
        'وأضافت رئيسة الحكومة البريطانية، "أتطلع إلى مناقشة هذه القضايا وغيرها عندما نلتقي في واشنطن".'
    )
    may = entity(text, "E1", "PER", "ماي", "رئيسة الحكومة البريطانية")
    a = analyze(text, may)
    assert [q.speaker for q in a.quotes] == ["E1", "E1"]
    assert a.quotes[1].kind == "direct"


def test_bare_title_without_coreference_is_not_the_organisation() -> None:
    text = 'وأضافت رئيسة الحكومة البريطانية، "أتطلع إلى مناقشة هذه القضايا وغيرها عندما نلتقي في واشنطن".'
    gov = entity(text, "E1", "ORG", "الحكومة البريطانية")
    (q,) = analyze(text, gov).quotes
    assert q.speaker is None
    assert "title_only" in q.rule


def test_organisation_in_a_statement() -> None:
    # snn-20150731-00358
    text = "وقال الكرملين في بيان إن بوتين أبلغ نتنياهو بأن الاتفاق يشمل «ضمانات قوية»."
    kremlin = entity(text, "E1", "ORG", "الكرملين")
    putin = entity(text, "E2", "PER", "بوتين")
    netanyahu = entity(text, "E3", "PER", "نتنياهو")
    outer, inner = analyze(text, kremlin, putin, netanyahu).quotes
    assert outer.speaker == "E1"
    assert inner.speaker == "E2" and inner.reported_by == "E1"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # ANT politic-31: the statement's issuer speaks
        (
            "اعتبر الحزب الوطني الحر ان الاستقالة مزعومة. وأوضح بيان أصدره الحزب مساء أمس الاحد، أنه لم يتم "
            "بعد تركيز مكاتب جهوية في جهة سوسة والمهدية والمنستير.",
            ("الحزب الوطني الحر", "الحزب"),
        ),
        # a statement published on an organisation's site
        (
            "وذكر بيان نشره الموقع الرسمي لوزارة الداخلية أن قوات الأمن أوقفت ثلاثة أشخاص.",
            ("وزارة الداخلية",),
        ),
    ],
)
def test_documents_speak_for_their_issuer(text: str, issuer: tuple[str, ...]) -> None:
    org = entity(text, "E1", "ORG", *issuer)
    quotes = analyze(text, org).quotes
    assert quotes and quotes[-1].speaker == "E1"
    assert "document_issuer" in quotes[-1].rule or "head_mention" in quotes[-1].rule


def test_reported_through_chain_keeps_the_sources_as_speaker() -> None:
    # snn-20150723-00880
    text = (
        "وقال دي ميستورا نقلا عن مصادر محلية في بيان صدر الليلة قبل الماضية إن الجيش السوري ألقى عددا كبيرا "
        "من البراميل المتفجرة على الزبداني."
    )
    mistura = entity(text, "E1", "PER", "دي ميستورا")
    a = analyze(text, mistura)
    (q,) = a.quotes
    assert q.speaker is None and q.reported_by == "E1"
    (phrase,) = speaker_spans(a)
    assert text[phrase[0] : phrase[1]] == "مصادر محلية"
    assert f"speaker={phrase[0]}-{phrase[1]}" in q.rule


def test_reported_through_an_agency_with_a_verbal_noun() -> None:
    # snn-20150724-01771
    text = (
        "نقلت وكالة الأنباء الألمانية عن مصادر محلية قولها إن طيران التحالف شن ست غارات استهدفت معسكر "
        "الصباحة غرب العاصمة صنعاء."
    )
    dpa = entity(text, "E1", "ORG", "وكالة الأنباء الألمانية")
    (q,) = analyze(text, dpa).quotes
    assert q.text.startswith("طيران التحالف شن ست غارات")
    assert q.speaker is None and q.reported_by == "E1"


def test_anonymous_source_has_no_entity_but_keeps_its_phrase() -> None:
    # snn-20150722-01400
    text = "كما أكدت مصادر عسكرية أن المقاتلين الجدد يتم تسليحهم من مخازن تابعة للجيش في محافظتي إب وتعز."
    yemen = entity(text, "E1", "LOC", "تعز")
    a = analyze(text, yemen)
    (q,) = a.quotes
    assert q.speaker is None
    assert [text[s:e] for s, e in filter(None, speaker_spans(a))] == ["مصادر عسكرية"]


def test_a_person_inside_a_genitive_is_not_the_speaker() -> None:
    # snn-20150722-00851
    text = (
        "أكدت القوات الموالية لحكومة الرئيس اليمني عبدربه منصور هادي اليوم الاثنين أنها بسطت سيطرتها على "
        "الجزء الأكبر من حي التواهي."
    )
    hadi = entity(text, "E1", "PER", "عبدربه منصور هادي")
    (q,) = analyze(text, hadi).quotes
    assert q.speaker is None


def test_previous_speaker_for_participle_and_continuation_in_the_next_paragraph() -> None:
    # ANT politic-16
    text = (
        "قال رضا بلحاج، الممثل القانوني لحزب نداء تونس إن محسن مرزوق تسرّع عند مغادرته لحزب نداء تونس.\n"
        "وأضاف أن مرزوق كان له الفضل الكبير في النتائج التي حققها الحزب.\n"
        "وأوضح بلحاج أنه لم يكن له أي علاقة بانسحاب محسن مرزوق، مؤكدا أنه هو من اختار مغادرة القصر."
    )
    bel = entity(text, "E1", "PER", "رضا بلحاج", "بلحاج")
    marz = entity(text, "E2", "PER", "محسن مرزوق", "مرزوق")
    nidaa = entity(text, "E3", "ORG", "نداء تونس")
    a = analyze(text, bel, marz, nidaa)
    assert [q.speaker for q in a.quotes] == ["E1", "E1", "E1", "E1"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # snn-20150731-01640: «تصريحات … أطلقها X، قال فيها إن»
        (
            "وتتطابق تصريحات المقدشي مع أخرى أطلقها المتحدث باسم قوات التحالف، العميد أحمد عسيري، قال فيها إن "
            "التحالف يهدف أولا إلى عودة الحكومة اليمنية إلى عدن.",
            "أحمد عسيري",
        ),
        # snn-20150724-01602: «بيان صادر عن X»
        (
            "وقال بيان صادر عن قيادة الجيش اللبناني الجمعة أن قوة من الجيش أوقفت 23 شخصا من التابعية السورية.",
            "قيادة الجيش اللبناني",
        ),
    ],
)
def test_statement_issuers(text: str, surface: str) -> None:
    issuer = entity(text, "E1", "PER" if surface == "أحمد عسيري" else "ORG", surface)
    (q,) = analyze(text, issuer).quotes
    assert q.speaker == "E1"
