"""Who did it when the trigger's own phrase names no actor: the subject of the clause around it.

Each finder reads one construction and returns the mention (with its index in ``refs``) or ``None``:
the subject of the clause a clash noun is an adverbial of, of «تمكن/نجح/استطاع … من/في <noun>», of
«قام … بـ<noun>»; the participants of a protest; the accused of «اتهم»; the antecedent of a possessive
pronoun; the sides of «بين الطرفين»; the claimant of «أعلن مسؤوليته»/«تبنى» (the named group an unnamed
actor phrase belongs to is `roles.affiliation`). `dropped_subject` says when a verb trigger continues
another clause's subject.
"""

from __future__ import annotations

from marsad.doc import Entity, Token
from marsad.events.clauses import clause_start, variant_in
from marsad.events.frames import Frame, MentionRef
from marsad.events.phrases import stem
from marsad.events.roles import Arg, inter_hint, is_state
from marsad.events.triggers import Trigger, TriggerMatch
from marsad.events.words import words
from marsad.text.normalize import fold

__all__ = [
    "FIGHTING",
    "RELATIVES",
    "able_subject",
    "accused",
    "both_sides",
    "claimant",
    "clause_subject",
    "dropped_subject",
    "has_pronoun",
    "participants",
    "possessor",
    "qam_subject",
    "strip_clitics",
]

RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})
BOTH_SIDES = frozenset({"الطرفين", "الجانبين"})
PARTICIPATE = frozenset(
    {"شارك", "شاركت", "شاركوا", "يشارك", "تشارك", "يشاركون", "شاركن", "خرج", "خرجت", "خرجوا"}
)
ACCUSE = frozenset({"اتهم", "اتهمت", "واتهم", "واتهمت", "يتهم", "تتهم", "ويتهم", "وتتهم"})
# a possessive pronoun after ة («سيطرتهم», «زيارته») or after the ـاء of a verbal noun («ولاءها», «استيلائهم»)
POSSESSIVE = ("تهم", "تها", "تهما", "ته", "اءهم", "اءها", "اءه", "ائهم", "ائها", "ائه")
MEDIA_WORDS = words("media_words")
MEDIA_NAMES = words("media_names")
DIPLOMATIC_PRONOUN = ("ائه", "ائها", "ائهم", "اله", "الها", "الهم")  # «لقائه», «اتصاله», «اتصالها»
SUBORDINATORS = frozenset({"بعدما", "عندما", "حينما", "فبعدما", "وبعدما", "وعندما", "لما"})
RESUMPTIVE = frozenset({"عليها", "عليه", "عليهم", "فيها", "فيه", "منها", "منه", "بها", "به"})
ANNOUNCE = frozenset({"اعلن", "اعلنت", "واعلن", "واعلنت", "يعلن", "تعلن"})
CLAIM_VERBS = ANNOUNCE | frozenset({"تبني", "تبنت", "وتبني", "وتبنت", "يتبني", "تتبني"})
RESPONSIBILITY = ("مسووليت", "مسؤوليت", "المسووليه", "المسؤوليه")


def clause_subject(
    words: list[str],
    tokens: list[Token],
    refs: list[MentionRef],
    ents: dict[str, Entity],
    first: int,
    other: Arg | None,
) -> tuple[int, MentionRef] | None:
    """The subject of the clause a clash noun is an adverbial of («بعد/عقب/إثر اشتباكات»): its first
    bare armed actor after the last «إن/أن» or quotation, other than the side named with «مع»."""
    if first == 0 or words[first - 1] not in ADVERBIAL_PREPS:
        return None
    wall = clause_start(words, tokens, 0, first)
    for k, r in enumerate(refs):
        if r.last >= first:
            break
        if (
            r.lead > wall
            and r.prep == ""
            and (r.type in ("ORG", "ACTOR") or is_state(ents.get(r.entity)))
            and inter_hint(r) != 7
            and (
                other is None
                or ((r.entity is None or r.entity != other.entity) and r.start != other.span.start)
            )
        ):
            return k, r
    return None


def able_subject(
    words: list[str], refs: list[MentionRef], ents: dict[str, Entity], first: int, barrier: int
) -> tuple[int, MentionRef] | None:
    """«تمكنت قوات المقاومة … من تحرير», «نجح الجيش في نصب كمين», «استطاعت القوات خلال التقدم تفكيك»:
    a verbal noun governed by «تمكن/نجح/استطاع» is done by that verb's subject (the first bare name
    after the verb)."""
    if first == 0 or words[first - 1] not in ("من", "في"):
        return None  # the noun is the verb's complement: «من تحرير», «في نصب»
    verb = next(
        (k for k in range(first - 1, max(barrier, first - 16, -1), -1) if variant_in(words[k], ABLE_VERBS)),
        None,
    )
    if verb is None:
        return None
    for k, r in enumerate(refs):  # the subject sits between the verb and its complement (VSO)
        if (
            r.lead > verb
            and r.last < first
            and r.prep in ("", "و")
            and inter_hint(r) != 7
            and r.type in ("ORG", "ACTOR", "PER")
        ):
            return k, r
    return None


ABLE_VERBS = words("able_verbs")
QAM = words("qam_verbs")
IQDAM = words("iqdam_verbs")  # «أقدم على»: dared to, went as far as (the doer of a crime)
ALA = fold("على")
RELATIVES_ALL = RELATIVES | {"اللذان", "اللتان"}
QAM_REACH = 14  # «قام المنسق الإنساني للأمم المتحدة في اليمن يوهانس فانديلاو والوفد المرافق له بزيارة»


def qam_subject(
    words: list[str], tokens: list[Token], refs: list[MentionRef], first: int, barrier: int
) -> tuple[int, MentionRef, str] | None:
    """«قام/قامت/قاما X بـ<noun>»: X did it; so does «أقدم X على <noun>» («أقدمت عصابة إرهابية على
    إحراق عائلة»). Right after a relative pronoun («الشخصان اللذان قاما باختطاف الطائرة») the doer is
    the name the pronoun follows."""
    if tokens[first].text.startswith("ب"):
        verbs = QAM
    elif first > 0 and words[first - 1] == ALA:
        verbs, first = IQDAM, first - 1
    else:
        return None
    verb = next(
        (k for k in range(first - 1, max(barrier, first - QAM_REACH - 1, -1), -1) if words[k] in verbs), None
    )
    if verb is None:
        return None
    if verb == first - 1:
        if verb > 1 and words[verb - 1] in RELATIVES_ALL and tokens[verb - 2].kind == "word":
            named = next(((k, r) for k, r in enumerate(refs) if r.last == verb - 2), None)
            if named is not None:
                return (*named, "relative-antecedent")
            t = tokens[verb - 2]  # «الشخصان اللذان قاما»: a plain noun no entity covers
            return (
                -1,
                MentionRef(None, "ACTOR", t.start, t.end, t.text, verb - 2, verb - 2, "", verb - 2),
                ("relative-antecedent"),
            )
        return None
    for k, r in enumerate(refs):
        if verb < r.lead < first and r.prep in ("", "و") and inter_hint(r) != 7 and r.type != "LOC":
            return k, r, "subject-of-qam"
    return None


FIGHTING = frozenset({"معارك", "اشتباكات", "مواجهات", "قتال", "معركه", "اشتباك", "مواجهه"})


def strip_clitics(word: str) -> str:
    for p in ("وال", "بال", "ال", "و", "ب"):
        if word.startswith(p) and word[len(p) :] in FIGHTING:
            return word[len(p) :]
    return word


ADVERBIAL_PREPS = frozenset({"بعد", "عقب", "اثر", "جراء", "خلال", "وسط", "اثناء"})


def dropped_subject(words: list[str], frame: Frame) -> bool:
    """The verb trigger has no subject of its own and continues the clause's: after «بعدما/عندما/حين»
    («تحركت قوات الشرعية صوب شبوة بعدما تمكنت من السيطرة»), or after a relative pronoun whose noun is
    taken up again by a pronoun after the verb («قاعدة العند، التي سيطرت عليها»: the base is the
    object; without «عليها» the noun would be the subject)."""
    m = frame.match
    if not m.alt.verb or m.first == 0:
        return False
    before = words[m.first - 1]
    if before in SUBORDINATORS:
        return True
    return before in RELATIVES and any(w in RESUMPTIVE for w in words[m.last + 1 : m.last + 3])


def participants(words: list[str], refs: list[MentionRef], first: int) -> tuple[int, MentionRef] | None:
    """«شاركت مئات الآلاف من النساء في "مسيرة النساء"»: who takes part in a protest protests (civilians
    included: here they are the actor, not victims)."""
    j = next((k for k in range(first - 1, max(first - 10, -1), -1) if stem(words[k]) in PARTICIPATE), None)
    if j is None:
        return None
    return next(((k, r) for k, r in enumerate(refs) if j < r.lead < first and r.type != "LOC"), None)


def accused(
    words: list[str], tokens: list[Token], refs: list[MentionRef], ents: dict[str, Entity], first: int
) -> tuple[int, MentionRef, str] | None:
    """«اتهمت منظمة هيومن رايتس ووتش المتمردين الحوثيين بارتكاب جرائم … من خلال استهدافهم للمدنيين
    بالصواريخ وقذائف المورتر»: the accused (the object of «اتهم», the second bare name after it; the
    first when the accuser stands before the verb) did what the clause describes."""
    if ACCUSE.isdisjoint(words):
        return None
    j = next((k for k in range(first - 1, -1, -1) if words[k] in ACCUSE), None)
    if j is None:
        return None
    names = [
        (k, r)
        for k, r in enumerate(refs)
        if j < r.lead < first
        and r.prep == ""
        and (r.type in ("PER", "ORG", "ACTOR") or is_state(ents.get(r.entity)))
    ]
    if not names:
        return None
    k, r = names[1] if len(names) > 1 else names[0]
    return k, r, "accused"


def possessor(
    words: list[str], refs: list[MentionRef], ents: dict[str, Entity], m: TriggerMatch, trig: Trigger
) -> tuple[int, MentionRef, str] | None:
    """«مع تقدم القوات الموالية للشرعية، وسيطرتهم على مناطق واسعة»: a verbal noun with a possessive
    pronoun (the trigger takes no object, so the pronoun is its agent) refers to the name before it."""
    if not has_pronoun(words[m.first], trig) or trig.object and trig.event_type != "Diplomacy":
        return None
    found = [
        (k, r)
        for k, r in enumerate(refs)
        if r.last < m.first
        and inter_hint(r) != 7
        and (r.type != "LOC" or is_state(ents.get(r.entity)))
        and not _media(words, r)  # «كشفه في حوار على "فرانس 24" قبل زيارته»: the channel did not travel
    ]
    # «حققت المقاومة مدعومة من قوات الجيش تقدماً باتجاه اللواء 35 … بعد سيطرتها»: the pronoun goes back
    # to the latest bare name (a subject), not to a name after a preposition («من», «باتجاه»)
    bare = [(k, r) for k, r in found if r.prep in ("", "و")]
    if bare or found:
        k, r = (bare or found)[-1]
        return k, r, "possessive-antecedent"
    return None


def _media(words: list[str], r: MentionRef) -> bool:
    """Is the mention a media outlet («فرانس 24», «رويترز», «قناة الجزيرة»)?"""
    phrase = words[r.lead : r.last + 1]
    return (
        any(w in MEDIA_WORDS for w in phrase)
        or " ".join(phrase[:2]) in MEDIA_NAMES
        or (len(phrase) == 1 and phrase[0] in MEDIA_NAMES)
    )


def has_pronoun(word: str, trig: Trigger) -> bool:
    """Does the noun trigger ``word`` (folded) carry a possessive pronoun: «سيطرتهم», «زيارته», and for
    a meeting, a call or a visit also «لقائه», «اتصاله», «استقبالها» (a violent noun's pronoun is more
    often whom it was done to: «اغتياله»)?"""
    if word.endswith(POSSESSIVE):
        return True
    return trig.event_type == "Diplomacy" and word.endswith(DIPLOMATIC_PRONOUN) and len(word) >= 5


def both_sides(words: list[str], lo: int, hi: int) -> bool:
    """«بين الطرفين», «بين الجانبين» within a few words after the trigger."""
    return any(
        words[k] == "بين" and words[k + 1] in BOTH_SIDES for k in range(lo, min(hi, lo + 6, len(words) - 1))
    )


def claimant(
    words: list[str], refs: list[MentionRef], ents: dict[str, Entity]
) -> tuple[int, MentionRef] | None:
    """The group right after «أعلن … مسؤوليته» or «تبنى» in the sentence."""
    if CLAIM_VERBS.isdisjoint(words):
        return None
    for j, w in enumerate(words):
        if w not in CLAIM_VERBS:
            continue
        # «أعلن تنظيم "داعش" الإرهابي في بيان نشر اليوم السبت، مسؤوليته عن الهجوم»: a report in between
        if w in ANNOUNCE and not any(x.startswith(RESPONSIBILITY) for x in words[j + 1 : j + 15]):
            continue
        for k, r in enumerate(refs):
            if j < r.lead <= j + 3 and r.prep == "" and r.type in ("ORG", "ACTOR", "PER"):
                return k, r
    return None
