"""How sure the coder is that a trigger names a reported happening: a score from the evidence found.

``score`` = base (strong verb 0.55, strong noun 0.45, weak verb 0.40, weak noun 0.30) + actor 0.1,
place 0.1, target 0.05 (halved for an unlinked phrase, a third for a place named elsewhere in the
sentence) + 0.05 for a clause date + 0.05 for a death count, minus penalties for the contexts that
make a word generic, planned or hypothetical. ``None`` means the trigger is no event at all (an
interview «في اتصال هاتفي مع برنامج», a verbal attack «شن هجوماً على نائب الرئيس»).
"""

from __future__ import annotations

from marsad.doc import Evidence, Sentence, Token
from marsad.events.arguments import Arg
from marsad.events.frames import TITLES, Frame, MentionRef
from marsad.events.roles import TERRITORY
from marsad.events.triggers import TriggerMatch
from marsad.events.words import words
from marsad.text.normalize import fold

__all__ = ["score", "BASE", "BONUS"]

# base confidence by (strong trigger, verb): a verb asserts a happening; a bare noun is often generic
BASE = {(True, True): 0.55, (True, False): 0.45, (False, True): 0.4, (False, False): 0.3}
BONUS = {"actor": 0.1, "place": 0.1, "target": 0.05}  # halved when the argument is an unlinked phrase
RELATIVES = frozenset({"التي", "الذي", "الذين", "اللتين", "اللذين", "اللتي"})
MEDIA = words("media_words")
WARRANTS = words("warrant_words")
RESCUE = words("rescue_words")
RESCUE_LOOKALIKES = frozenset({"Battles", "Violence against civilians", "Riots"})
ADMINISTRATIVE = words("administrative_words")
CALL_REPORTS = words("call_report_words")  # a call that reports an incident to the police
HYPOTHETICAL = words("hypothetical_cues")
HYPOTHETICAL_WINDOW = 6
NUMBER_WORDS = words("number_words")
FALLBACK_DATES = frozenset({"publication-date", "report-time"})


def score(
    fr: Frame,
    sent: Sentence,
    words_: list[str],
    tokens: list[Token],
    refs: list[MentionRef],
    roles: dict[str, Arg],
    date_ev: Evidence,
    dead_ev: Evidence | None,
    status_ev: Evidence,
    sub_event_type: str,
) -> float | None:
    """The event's confidence, or None when the trigger names no event."""
    m = fr.match
    if sub_event_type == "Phone call" and any(
        w in MEDIA or w in CALL_REPORTS for w in words_[m.last + 1 : m.last + 4]
    ):  # «قال في اتصال هاتفي مع برنامج …»: an interview; «تلقت مكالمة هاتفية تفيد بوقوع إصابات»: a report
        return None
    if sub_event_type in INTERVIEW_TYPES and _interview(words_, m):
        return None  # «في اتصال هاتفي مع «الشرق الأوسط»», «خلال لقاء مع قناة سكاي نيوز»: a press interview
    if (
        _verbal_attack(fr, words_, refs, roles)
        or _person_attacks(fr, words_, refs, roles)
        or _said_attack(fr, words_, roles, dead_ev)
    ):
        return None  # «شن هجوما على نائب الرئيس», «وهاجمت رايس حماس قائلة»: criticism, not violence
    if sub_event_type == "Suicide bomb" and _bomber_count(fr, words_, tokens):
        return None  # «اكثر من 40 انتحاريا»: people counted, not an attack
    if sub_event_type == "Remote explosive/landmine/IED" and _accident(words_, m):
        return None  # «انفجر … خط غاز»: a gas line or a tank that blew up, no device named
    if sub_event_type in TERRITORY and _fire_control(words_, m):
        return None  # «نشوب حريق …، تم التحكم فيه والسيطرة عليه»: a fire brought under control
    if sub_event_type in TERRITORY and _out_of_control(words_, m):
        return None  # «الأوضاع قد تخرج عن السيطرة», «المناطق الخارجة عن سيطرة النظام»: no ground taken
    if sub_event_type in NATURE_TYPES and (_natural_force(words_, m) or _sweeping(words_, m)):
        return None  # «دمر زلزال بقوة 7.7 درجة», «جسرا اجتاحته فيضانات»: a disaster, no party
    if sub_event_type in BEDSIDE_TYPES and _bedside(words_, m):
        return (
            None  # «زار عدداً من المصابين», «بزيارة الجرحى في المستشفى»: a visit to the injured, no diplomacy
        )
    if sub_event_type == "Visit" and _private_visit(words_, m):
        return None  # «زيارة الأهل والأقارب», «تنوي زيارة أهلها», «الزيارات العائلية»: a family visit
    if fr.match.trigger.event_type in RESCUE_LOOKALIKES and _rescue(words_, m):
        return None  # «جرى اقتحام المبنى من قبل وحدات الإنقاذ»: firemen broke in to save the tenants
    if fr.match.trigger.event_type == "Battles" and _expected(words_, m):
        return None  # «توقع تحرير قاعدة العند خلال ساعات», «تحرير زنجبار بات قريبا», «تمهيدا لاقتحامها»
    if sub_event_type in SUPPORT_TYPES and _in_support(words_, m):
        return None  # «بدعم من غارات التحالف», «مدعومة بضربات جوية»: the backing of another happening
    if sub_event_type == "Agreement" and _breached(words_, m):
        return None  # «خرق الهدنة», «الحوثيين الذين يخرقون الهدنة», «فشل الهدنة الإنسانية»: a truce in force
    if sub_event_type == "Arrests" and _stopped(words_, m):
        return None  # «وتوقف القوات العراقية عن الاستمرار في التقدم», «توقف محطة مأرب»: stopped, not arrested
    if sub_event_type == "Arrests" and _attempted(words_, m):
        return None  # «سعى الانقلابيون إلى اعتقال», «طلب اعتقال أتينغر», «تهدف إلى اعتقال»: not (yet) made
    if sub_event_type == "Arrests" and _warrant(words_, m):
        return None  # «سيتم توجيه أوامر إلقاء القبض على المجرمين», «مذكرتي اعتقال بحق البشير»: a warrant
    if _animal(words_, m):
        return None  # «القبض على سنجاب بعد مطاردته لامرأة», «هاجمته سمكة قرش»: an animal, no party
    if sub_event_type == "Sanction" and not m.alt.verb and _lifted(words_, m):
        return None  # «وافقت القوى العالمية على رفع العقوبات عن طهران»: sanctions lifted, none imposed
    if sub_event_type in TERRITORY and m.first > 0 and words_[m.first - 1] in LIBERATION_NAMES:
        return None  # «منظمة التحرير», «جبهة تحرير», «من أجل تحرير المعابر»: a name or an aim (0 of 59 coded)
    if sub_event_type in GATHERINGS and m.first > 0 and words_[m.first - 1] in MEMBERS:
        return None  # «عضو اللقاء الديموقراطي», «أعضاء مؤتمر الرياض»: a body named like a meeting
    if sub_event_type == "Agreement" and _company_deal(words_, m):
        return None  # «أبرمت باسف … اتفاقا مع الشركة الفرنسية»: a business contract, no parties to a conflict
    if sub_event_type in PROTEST_TYPES and _person_protests(fr, words_, refs, roles):
        return None  # «واحتج سيرجي لافروف وزير الخارجية على …»: one named person objected, no demonstration
    if sub_event_type in PROTEST_TYPES and _festival(words_, m):
        return None  # «تظاهرة رياضية تنشيطية», «على هامش تظاهرة انتظمت السبت»: a public event, not a protest
    if fr.match.trigger.event_type in SPORT_LOOKALIKES and any(w in SPORT or w[1:] in SPORT for w in words_):
        return None  # «في اللقاء الذي جمعهما ضمن البطولة العربية», «قمة عربية ساخنة بين الأهلي …»: a match
    if _over_a_period(words_, m.last + 1) or (not m.alt.verb and _over_a_period(words_, max(0, m.first - 5))):
        return None  # «قتلوا في معارك عدن خلال 3 أشهر», «تقتل وتدمر وتنهب طيلة خمسة أشهر»: a tally
    conf = BASE[(m.trigger.strong, m.alt.verb)]
    conf += sum(_bonus(r, b, roles[r].entity, roles[r].rule) for r, b in BONUS.items() if r in roles)
    own_date = date_ev.rule.split(":")[0] not in FALLBACK_DATES  # «publication-date:period» is a fallback too
    conf += 0.05 if own_date else 0.0  # a date of its own, not the report's
    # a death count says something happened; «اغتيال رفيق الحريري» (one named person) says no more than the word
    conf += 0.05 if dead_ev is not None and dead_ev.rule != "fatalities-kill-person" else 0.0
    head = words_[m.first]
    if (
        not m.alt.verb
        and head.startswith("و")
        and not _root_waw(head, m.alt.slots[0])
        and m.first > 0
        and tokens[m.first - 1].kind == "word"
        and not any(r.last == m.first - 1 for r in refs)
    ):
        conf -= 0.1  # «القمع والاعتقالات والمصادرة»: a list of abstract nouns
    if not m.alt.verb and head.startswith("ل") and not head.startswith(("لل", "ال")):
        conf -= 0.1  # «لتحرير», «لتدمير»: a purpose, not (yet) a happening
    if (
        m.alt.verb
        and m.first > 0
        and words_[m.first - 1] in RELATIVES
        and _present(words_[m.first], words_[m.first - 1])
        and sub_event_type != "Visit"  # «لودريان، الذي يزور القاهرة حاليا»: a visit under way
    ):
        return None  # «التحالف الدولي الذي يقصف التنظيم»: a present verb in a relative clause describes
        # what the actor does, not a happening
    if not m.alt.verb and _habit_clause(words_, m.first):
        return None  # «التحالف … والذي يقوم بشن غارات على الانقلابيين منذ أواخر مارس»: what it does
    if m.first > 0 and words_[m.first - 1] in RELATIVES and date_ev.rule.split(":")[0] == "publication-date":
        conf -= 0.15  # «المدن التي سيطروا عليها»: background state, no date of its own
    before = words_[max(0, m.first - HYPOTHETICAL_WINDOW) : m.first]
    if any(w in HYPOTHETICAL for w in before) or sent.text.rstrip().endswith("؟"):
        conf -= 0.25  # «هل …؟», «إذا …», «حذر من»: a possible happening, not a reported one
    if status_ev.rule.startswith("status:planned") and not m.alt.verb and "actor" not in roles:
        conf -= 0.1  # «لمناقشة خطط الهجوم»: a bare noun in a plan is rarely an event
    return min(conf, 0.95)


def _root_waw(head: str, forms: frozenset[str]) -> bool:
    """The «و» of «ولاءها», «وقف», «وصول» is the noun's own first letter, not «and» joining it to a list."""
    return any(f.startswith("و") and head.startswith(f) for f in forms)


def _present(verb: str, relative: str) -> bool:
    """A present-tense verb after a relative pronoun: «الذي يقصف»; after «التي» also «تقصف» (but
    «التي تعرضت», «الذي تعرض» are past)."""
    if verb.startswith("ي"):
        return True
    return relative == "التي" and verb.startswith("ت") and not verb.endswith(("ت", "تا", "وا"))


INTERVIEW_TYPES = frozenset({"Phone call", "Meeting", "Talks"})
MEDIA_NAMES = words("media_names")
QUOTED_ONLY = words("media_names_quoted_only")  # «الوطن», «الرياض»: a paper only between quotes
TIME_WORDS = words("time_words")
WITH = frozenset({"مع", "معه", "معها", "معهم"})
COMPLEMENTIZERS = words("complementizers")
CONDUCTED = frozenset({"اجرته", "اجرتها", "اجراه", "اجراها", "اجرتهما"})
GRANTED = frozenset({"خص", "خصت", "خصها", "خصه"})
# the media words of the context model's list, and more (kept apart: that list is frozen with its model)
PRESS = words("media_words") | words("media_words_more")
QUOTES = frozenset({'"', "«", "»", "“", "”"})
REPORT_VERBS = words("report_verbs") | frozenset(
    fold(w) for w in ("زاد", "وزاد", "أضاف", "وأضاف", "وأوضح", "وقال")
)


def _interview(words_: list[str], m: TriggerMatch) -> bool:
    """The call or meeting is a press interview: its counterpart, within a few words after the trigger
    (past a time, «من عدن», «أجرته»), is a media outlet — a media word («قناة», «صحيفة») or a paper's
    name («الشرق الأوسط», «عكاظ»; «الوطن» between quotes); or «في اتصال هاتفي» has no counterpart and
    the speech goes on («وزاد - في اتصال هاتفي - أن …»)."""
    k, n = m.last + 1, len(words_)
    skipped = 0
    if k < n and words_[k] in PRESS:
        return True  # «دار لقاء جريدة اليوم بالدكتورة …»: the paper's own interview
    while k < n and skipped < 5:
        w = words_[k]
        if w in GRANTED and k + 1 < n and words_[k + 1] in ("به", "بها"):
            # «في لقاء خص به «الشرق الأوسط»»: granted to a paper
            j = k + 2 + (k + 2 < n and words_[k + 2] in QUOTES)
            one = words_[j] if j < n else ""
            two = f"{one} {words_[j + 1]}" if j + 1 < n else one
            return one in PRESS or two in MEDIA_NAMES or one in MEDIA_NAMES
        if w in WITH:
            j = k + 1
            quoted = j < n and words_[j] in QUOTES
            j += quoted
            one = words_[j] if j < n else ""
            two = f"{one} {words_[j + 1]}" if j + 1 < n else one
            return (
                one in MEDIA
                or two in MEDIA_NAMES
                or (one in MEDIA_NAMES and (quoted or one not in QUOTED_ONLY))
            )
        if w in COMPLEMENTIZERS:  # «وزاد - في اتصال هاتفي - أن»: the speaker's words, told by phone
            return _told_by_phone(words_, m.first)
        if w in TIME_WORDS or w in CONDUCTED or w in QUOTES or w in ("-", "–") or w == "من":
            k += 2 if w == "من" else 1  # «من عدن»: where the caller was
            skipped += 1
            continue
        return False
    return False


def _told_by_phone(words_: list[str], first: int) -> bool:
    """«في/خلال اتصال هاتفي» after a reporting verb of the same clause («وأوضح بادي في اتصال هاتفي»)."""
    if first == 0 or words_[first - 1] not in ("في", "خلال") or not words_[first].startswith("اتصال"):
        return False
    return any(w in REPORT_VERBS for w in words_[max(0, first - 7) : first - 1])


_ATTACK_WORDS = frozenset({"هجوم", "هجوما", "الهجوم"})
PERIOD_WORDS = words("period_words")
HABIT_VERBS = words("habit_verbs")


def _habit_clause(words_: list[str], first: int) -> bool:
    """A relative pronoun, then a present-tense light verb governing the noun trigger."""
    for k in range(max(1, first - 3), first):
        w = words_[k][1:] if words_[k][:1] in ("و", "ف") and words_[k][1:] in HABIT_VERBS else words_[k]
        if w in HABIT_VERBS and (words_[k - 1] in RELATIVES or words_[k - 1][1:] in RELATIVES):
            return True
    return False


# a tyre or a phone that burst (a list of its own: the context CRF reads «accident_objects» as trained)
ACCIDENT = words("accident_objects") | words("accident_objects_more")
DEVICES = frozenset({"عبوه", "عبوات", "مفخخه", "مفخخات", "ناسفه", "ملغومه", "انتحاري", "قنبله"})


def _accident(words_: list[str], m) -> bool:
    """An explosion whose next words name a gas line, a tank, a generator, a tyre or a phone and no
    explosive device."""
    near = words_[m.last + 1 : m.last + 5]
    return any(w in ACCIDENT for w in near) and not any(w in DEVICES for w in words_)


FIRE_WORDS = words("fire_words")
FIRE_WINDOW = 8


def _fire_control(words_: list[str], m) -> bool:
    """«السيطرة على الحريق», «اندلع حريق … وتمت السيطرة عليه»: a fire named just before the trigger or as
    its object is what was brought under control, not ground."""
    near = words_[max(0, m.first - FIRE_WINDOW) : m.last + 3]
    return any(w in FIRE_WORDS for w in near)


def _out_of_control(words_: list[str], m) -> bool:
    """«خرج عن السيطرة», «الخارجة عن سيطرة النظام», «بعيدا عن سيطرة الحكومة», «عاجزة عن السيطرة على»:
    control lost or out of reach, a state and not a taking of ground (none of the 17 such phrases in the
    annotated sets was coded)."""
    before = words_[max(0, m.first - 2) : m.first]
    return len(before) == 2 and before[1] == "عن" and _listed(before[0], OUT_OF_CONTROL, "و")


NATURAL_FORCES = words("natural_forces")
ANIMALS = words("animal_words")
PATIENTS = words("patient_words")
PRIVATE_VISIT = words("private_visit_words")
BREACH = words("breach_words")
STOPPED = words("stopped_words")
OUT_OF_CONTROL = words("out_of_control_before")
# a hope («ونأمل في القاء القبض على مرتكبي الحادث», «أملا في استعادة»): nothing has happened yet
HOPE = words("hope_words")
ATTEMPT_CUES = words("attempt_cues") | HOPE
SUPPORT_CUES = words("support_cues")
EXPECT_BEFORE = words("expectation_before")
# forecasts (and hopes) reach 4 words
EXPECT_FAR = (EXPECT_BEFORE - {fold(w) for w in ("قرب", "اقتراب", "وشك", "تمهيدا")}) | HOPE
EXPECT_AFTER = words("expectation_after")
EXPECT_REACH = 4
SUPPORT_TYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
ATTEMPT_REACH = 4
SWEEPING = words("sweeping_subjects")
BEDSIDE_TYPES = frozenset({"Visit", "Meeting"})
BEDSIDE_REACH = 10  # words after the trigger (a visit: its subject, an official with his titles, comes first)
NATURE_TYPES = TERRITORY | {"Looting/property destruction"}


def _listed(word: str, vocab: frozenset[str], proclitics: str) -> bool:
    """``word`` is in ``vocab``, bare or after one of the ``proclitics`` («والمصابين», «بالجرحى»)."""
    return word in vocab or (word[:1] in proclitics and word[1:] in vocab)


def _natural_force(words_: list[str], m) -> bool:
    """A flood, an earthquake or a fire is the subject of a destruction or takeover verb: right after it
    (VSO, or after an object pronoun: «اجتاحته فيضانات») or right before it («الفيضانات دمرت»)."""
    near = words_[m.last + 1 : m.last + 3] + words_[max(0, m.first - 1) : m.first]
    return any(_listed(w, NATURAL_FORCES, "وف") for w in near)


def _sweeping(words_: list[str], m) -> bool:
    """Protests, a wave or an epidemic «swept» the place («موجة من الاحتجاجات اجتاحت العاصمة بغداد»,
    «المظاهرات الكثيرة التي اجتاحت إسرائيل»): the subject, in the three words before the verb, is the
    happening; nobody took the place."""
    return any(_listed(w, SWEEPING, "وف") for w in words_[max(0, m.first - 3) : m.first])


def _bedside(words_: list[str], m) -> bool:
    """The injured, the sick or a hospital within a few words after a visit or a meeting: an official at
    a bedside (on the annotated sets, 14 such visits and none coded; condolence visits to families are
    left to the filter: some were coded)."""
    after = words_[m.last + 1 : m.last + 1 + BEDSIDE_REACH]
    # «للمصابين» is «ل» + «المصابين» with the article's alif dropped
    return any(_listed(w, PATIENTS, "وبل") or (w[:2] == "لل" and "ال" + w[2:] in PATIENTS) for w in after)


def _expected(words_: list[str], m) -> bool:
    """A battle or a takeover foretold: a forecast, a preparation or «nearness» in the four words before the
    trigger («توقع …», «رجح أن يتم تحرير», «تمهيدا لاقتحامها», «على وشك», «اقتراب/قرب تحرير») or «soon» in
    the six after it («بات قريبا», «خلال الساعات المقبلة», «في القريب العاجل»). 55 of 59 such phrases
    in the annotated sets were not coded (the 4 were «قرب» as «near» and a past takeover)."""
    before = words_[max(0, m.first - EXPECT_REACH) : m.first]
    if any(_listed(w, EXPECT_BEFORE, "وبلف") for w in before[-2:]):
        return True
    if any(_listed(w, EXPECT_FAR, "وف") for w in before):
        return True
    after = " " + " ".join(words_[m.last + 1 : m.last + 7]) + " "
    return any(f" {p} " in after for p in EXPECT_AFTER)


def _in_support(words_: list[str], m) -> bool:
    """Strikes named as the backing of a ground advance, right after «بدعم (من)», «بمساعدة», «بمساندة»,
    «بإسناد», «بغطاء (من)», «مدعومة ب…» («تمكنت المقاومة بدعم من غارات التحالف من تحرير …»): one of 36
    such phrases in the annotated sets was coded, and not there."""
    k = m.first - 1
    if k >= 0 and words_[k] == "من":
        k -= 1
    return k >= 0 and words_[k] in SUPPORT_CUES


def _attempted(words_: list[str], m) -> bool:
    """An attempt, an aim, a request or a refusal in the four words before an arrest («سعى الانقلابيون إلى
    اعتقال», «محاولتهما اعتقال», «وطلبت النيابة توقيف», «رفضت … اعتقال البشير»): none of 19 such arrests in
    the annotated sets was coded. Also a purpose, a call, an order or an ability («من أجل القبض على»,
    «ضرورة إلقاء القبض», «وجه بالقبض على المتهمين», «قادرة … على القبض على»; session 34: none of 22
    coded)."""
    before = words_[max(0, m.first - ATTEMPT_REACH) : m.first]
    return any(_listed(w, ATTEMPT_CUES, "وفبل") for w in before)


def _stopped(words_: list[str], m) -> bool:
    """«توقف» as the trigger word (with «و» or «ف»): the «اوقف» row reads it as «she arrests», but it is
    «stopped» — none of its 76 uses in the annotated sets is a coded event; «بالضبط» is «exactly» (none
    of 14 coded)."""
    w = words_[m.first]
    return (w[1:] if w[:1] in ("و", "ف") else w) in STOPPED


def _breached(words_: list[str], m) -> bool:
    """A breach, a failure or the end of a truce or an agreement right before it («خرق الهدنة», «بخرق
    الاتفاق», «فشل الهدنة الإنسانية», «انهيار الهدنة»): the agreement is in force already, what happens
    is its violation (on the annotated sets 24 of 28 such mentions were not coded as events)."""
    before = words_[max(0, m.first - 1) : m.first]
    return any(_listed(w, BREACH, "وبلف") for w in before)


def _private_visit(words_: list[str], m) -> bool:
    """One's own family or relatives, or the pilgrims' «زيارة الأربعين», right after a visit (after «إلى»
    or «ل» too): a private visit (none of 8 in the annotated sets was coded; a visit to a named family,
    «زيارة ذوي مغنية», stays)."""
    after = [w for w in words_[m.last + 1 : m.last + 3] if w not in ("الي", "لدي")]
    return any(_listed(w, PRIVATE_VISIT, "لو") for w in after[:1])


def _animal(words_: list[str], m) -> bool:
    """An animal right after the trigger (its object or a verb's subject: «القبض على سنجاب», «هاجمته
    سمكة قرش») or in the three words before it («صارع سمكة قرش بعدما هاجمته»). Names that are also animals' (الأسد, نمر, فهد, ذئب) are
    not listed."""
    near = words_[m.last + 1 : m.last + 3] + words_[max(0, m.first - 3) : m.first]
    return any(_listed(w, ANIMALS, "وف") for w in near)


FESTIVAL_FORMS = words("festival_forms")
FESTIVAL_CUES = words("festival_cues")
PROTEST_CUES = words("protest_cues")
PROTEST_TYPES = frozenset(
    {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}
)
_FESTIVAL_CLITICS = frozenset(
    {"", "ال", "و", "وال", "ب", "بال", "ل", "لل", "ف", "فال", "وب", "وبال", "ول", "ولل"}
)
_SINGULAR_FESTIVAL = fold("تظاهرة")


def _festival(words_: list[str], m: TriggerMatch) -> bool:
    """«تظاهرة» names any public event in Tunisian and Maghrebi news (a festival, a match, a fair: 186
    times in ANT, mostly so) and a demonstration in the Gulf and Levant papers. With no protest word in
    its sentence («احتجاجا», «للمطالبة», «شعارات», «المتظاهرين», «مناوئة» …), a singular «تظاهرة», or a
    plural beside a festival word («التظاهرات الرياضية», «مهرجان», «افتتاح»), is no protest."""
    head = words_[m.first]
    form = next(
        (f for f in FESTIVAL_FORMS if head.endswith(f) and head[: -len(f)] in _FESTIVAL_CLITICS), None
    )
    if form is None or any(w in PROTEST_CUES or w[1:] in PROTEST_CUES for w in words_):
        return False
    return form == _SINGULAR_FESTIVAL or any(w in FESTIVAL_CUES or w[1:] in FESTIVAL_CUES for w in words_)


MEMBERS = words("member_words")
LIBERATION_NAMES = words("liberation_names")
GATHERINGS = frozenset({"Meeting", "Talks"})
LIFTING = words("lifting_words")


def _lifted(words_: list[str], m: TriggerMatch) -> bool:
    """A sanctions noun right after «رفع», «تخفيف», «إلغاء» (one word may come between: «رفع معظم
    العقوبات»): their lifting (of 52 such phrases in the annotated sets, one was coded a sanction)."""
    return any(w in LIFTING for w in words_[max(0, m.first - 2) : m.first])


COMPANY = words("company_words")
COMPANY_BEFORE = 8  # «وكانت شركة … شانيل أول شركة توقع اتفاقية»: the company is the subject, ahead
COMPANY_AFTER = 4  # «اتفاقا مع الشركة الفرنسية»: or the other side, right after


def _company_deal(words_: list[str], m: TriggerMatch) -> bool:
    """A company named near an agreement word is a party to a business contract (one of 149 gold
    agreements of the annotated sets has a company as actor or target: an arms deal)."""
    near = words_[max(0, m.first - COMPANY_BEFORE) : m.last + 1 + COMPANY_AFTER]
    return any(w in COMPANY for w in near)


def _person_protests(fr: Frame, words_: list[str], refs: list[MentionRef], roles: dict[str, Arg]) -> bool:
    """«احتج» whose subject is a named person («واحتج سيرجي لافروف», «وانتقد جارسيا … واحتج أمام
    فيفا») is an objection made in words: a demonstration has a crowd («احتج المزارعون», «احتج المصلون»)."""
    actor = roles.get("actor")
    if not fr.match.alt.verb or fr.match.trigger.sub_event_type != "Peaceful protest" or actor is None:
        return False
    if _strip(words_[fr.match.first]) not in _PROTEST_VERBS or actor.entity is None:
        return False
    ref = next((r for r in refs if r.start == actor.span.start), None)
    return ref is not None and ref.type == "PER"


_PROTEST_VERBS = frozenset(fold(w) for w in ("احتج", "احتجت", "يحتج", "تحتج"))


PERIOD_WINDOW = 6


def _over_a_period(words_: list[str], after: int) -> bool:
    """«خلال 3 أشهر», «على مدى سنوات», «منذ أسابيع» right after a noun trigger (or right before it:
    «خلال 3 أشهر من الاشتباكات»)."""
    window = words_[after : after + PERIOD_WINDOW]
    for k, w in enumerate(window):
        if w in ("خلال", "مدي", "طيله", "منذ") and any(x in PERIOD_WORDS for x in window[k + 1 : k + 4]):
            return True
    return False


def _verbal_attack(fr: Frame, words_: list[str], refs: list[MentionRef], roles: dict[str, Arg]) -> bool:
    """«شن هجوما (حادا) على X» with X a person (or a title): a verbal attack."""
    if _strip(words_[fr.match.first]) not in _ATTACK_WORDS:
        return False
    target = roles.get("target")
    if target is None and "actor" in roles and roles["actor"].rule.endswith(":only-party"):
        target = roles["actor"]  # «على X» was moved to the actor slot of a two-sided clash
    if target is None:
        return False
    ref = next((r for r in refs if r.start == target.span.start), None)
    return ref is not None and (ref.type == "PER" or fold(ref.text).split()[0] in TITLES)


_ATTACK_VERBS = frozenset(
    fold(w) for w in ("هاجم", "هاجمت", "وهاجم", "وهاجمت", "فهاجم", "فهاجمت", "يهاجم", "تهاجم")
)


def _person_attacks(fr: Frame, words_: list[str], refs: list[MentionRef], roles: dict[str, Arg]) -> bool:
    """«وقد هاجم الرئيس التركي رجب طيب إردوغان حزب الشعوب الديمقراطي»: «هاجم» with a named person as
    its subject and no place is a politician's criticism (the dead he speaks of are another matter)."""
    if not fr.match.alt.verb or words_[fr.match.first] not in _ATTACK_VERBS:
        return False
    actor = roles.get("actor")
    if actor is None or actor.entity is None or "place" in roles:
        return False
    ref = next((r for r in refs if r.start == actor.span.start), None)
    return ref is not None and ref.type == "PER"


SPORT = words("sport_cues")
SPORT_LOOKALIKES = frozenset({"Battles", "Diplomacy", "Strategic developments"})  # not riots at a stadium
VERBAL_CUES = words("verbal_attack_cues")
VERBAL_BEFORE = words("verbal_attack_before")
VERBAL_WINDOW = 12


def _said_attack(fr: Frame, words_: list[str], roles: dict[str, Arg], dead_ev: Evidence | None) -> bool:
    """«وشن الأسد هجوما على تنظيم الإخوان المسلمين قائلا …», «شريطا صوتيا هاجم فيه … ترامب ووصفه بالغباء»:
    an attack word followed by what was said («قائلا», «واصفا», «ووصفه», «متهما») with no place and no
    dead is a verbal attack."""
    m = fr.match
    head = _strip(words_[m.first])
    if head not in _ATTACK_WORDS and words_[m.first] not in _ATTACK_VERBS:
        return False
    if dead_ev is not None:
        return False
    # «شن في مقابلة تلفزيونية هجوماً على السعودية»: made in an interview, a speech, a tweet (the country
    # after «على» is whom it was aimed at, not a place)
    if any(_strip(w) in VERBAL_BEFORE or w in VERBAL_BEFORE for w in words_[max(0, m.first - 4) : m.first]):
        return True
    if "place" in roles:
        return False
    return any(w in VERBAL_CUES for w in words_[m.last + 1 : m.last + 1 + VERBAL_WINDOW])


_BOMBER_FORMS = frozenset(fold(w) for w in ("انتحاريا", "انتحاريين", "انتحاريون", "انتحاريات", "انتحاري"))


def _bomber_count(fr: Frame, words_: list[str], tokens: list[Token]) -> bool:
    """A bare «انتحاريا» after a number counts bombers («تبحث عن 12 انتحاريا»)."""
    m = fr.match
    if m.first != m.last or words_[m.first] not in _BOMBER_FORMS or m.first == 0:
        return False
    return tokens[m.first - 1].kind == "number" or words_[m.first - 1] in NUMBER_WORDS


def _rescue(words_: list[str], m: TriggerMatch) -> bool:
    """Rescue or fire units within five words after a storming or attack word are who broke in."""
    return any(w in RESCUE for w in words_[m.last + 1 : m.last + 6])


def _warrant(words_: list[str], m: TriggerMatch) -> bool:
    """An arrest noun after «أمر», «أوامر», «مذكرة» names a warrant, not an arrest (on the annotated sets 12
    of 16 such phrases were not coded; of the 4 coded, two are Israel's administrative detention
    orders, «أوامر اعتقال إدارية», which detain: kept)."""
    if m.alt.verb or m.first == 0 or words_[m.first - 1] not in WARRANTS:
        return False
    return not any(w in ADMINISTRATIVE for w in words_[m.last + 1 : m.last + 3])


def _strip(word: str) -> str:
    return word[1:] if word[:1] in ("و", "ف", "ب") and len(word) > 4 else word


def _bonus(role: str, bonus: float, entity: str | None, rule: str) -> float:
    if entity is None:
        return bonus / 2  # an unlinked actor phrase
    if rule.startswith("nearest-loc-sentence"):
        return bonus / 3  # a place named elsewhere in the sentence says little about this trigger
    return bonus
