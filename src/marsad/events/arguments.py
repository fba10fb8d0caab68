"""Argument rules: who did it (actor), to whom (target), where (place), with whose backing (assoc).

Each rule is small and named; the name and a confidence go into the event's evidence. Rules, in order:

1. ``prep-<p>``: a mention after the trigger introduced by a preposition the trigger's row maps to a
   role (``على`` → place for a LOC, target otherwise; ``من`` → target for «taken from whom»; ``في`` →
   place; ``ضد`` → target; ``بدعم من`` → assoc; ``من قبل``/``على يد``/``برصاص`` → actor). «بين A و B»
   gives A and B.
2. ``subject-after-verb`` (VSO) / ``subject-before-verb`` (SVO): the bare mention right after a verb
   trigger, else the nearest bare mention before it, takes the row's subject role; the next bare mention
   is the object.
3. ``genitive``: the mention right after a noun trigger («اغتيال القيادي», «غارة لطيران التحالف»);
   ``governing-subject``: the nearest bare mention before a noun trigger («شنت طائرات التحالف غارات»).
4. ``nearest-loc-clause`` / ``nearest-loc-sentence``: when no rule gave a place, the nearest LOC with
   ``geo`` in the trigger's clause, else in its sentence (an unresolved LOC only with lower confidence).
Actor phrases that no entity covers («مسلحون مجهولون», «طيران التحالف», see `frames.actor_phrases`) take
part in rules 1–3 like entities; the role then keeps the span as evidence (rule suffix ``:unlinked``)
with no entity id, so a reviewer sees who the text names and the exporter can use the words.
"""

from __future__ import annotations

from functools import lru_cache

import msgspec

from marsad.doc import Article, Entity, Span, Token
from marsad.events.frames import PREPOSITIONS, Frame, MentionRef
from marsad.events.nationality import nationality_actor
from marsad.events.phrases import stem
from marsad.events.triggers import Trigger, TriggerMatch, word_variants
from marsad.events.words import words
from marsad.text.normalize import fold

__all__ = ["Arg", "assign_roles", "dropped_subject", "other_country_places"]

LIGHT_REACH = 7  # tokens from a light verb to the noun it governs («نفذت مع شركائها في التحالف 15 غارة»)
CONJUNCT_GAP = 4  # tokens between two coordinated subjects («… الموالي للشرعية والمقاومة»)
SUBJECT_GAP = 3  # tokens allowed between a verb and its post-verbal subject (time words, brackets)
STOP_NP = PREPOSITIONS | words("np_stop")
LIGHT = words("light_verbs")
LIGHT_PRON = words("light_verbs_pron")
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})
BOTH_SIDES = frozenset({"الطرفين", "الجانبين"})
PARTICIPATE = frozenset(
    {"شارك", "شاركت", "شاركوا", "يشارك", "تشارك", "يشاركون", "شاركن", "خرج", "خرجت", "خرجوا"}
)
ACCUSE = frozenset({"اتهم", "اتهمت", "واتهم", "واتهمت", "يتهم", "تتهم", "ويتهم", "وتتهم"})
POSSESSIVE = ("تهم", "تها", "تهما", "ته")  # «سيطرتهم», «زيارته»: ة + a possessive pronoun
SUBORDINATORS = frozenset({"بعدما", "عندما", "حينما", "فبعدما", "وبعدما", "وعندما", "لما"})
RESUMPTIVE = frozenset({"عليها", "عليه", "عليهم", "فيها", "فيه", "منها", "منه", "بها", "به"})
ANNOUNCE = frozenset({"اعلن", "اعلنت", "واعلن", "واعلنت", "يعلن", "تعلن"})
CLAIM_VERBS = ANNOUNCE | frozenset({"تبني", "تبنت", "وتبني", "وتبنت", "يتبني", "تتبني"})
RESPONSIBILITY = ("مسووليت", "مسؤوليت", "المسووليه", "المسؤوليه")
COMPLEMENTIZERS = words("complementizers")
OPENERS = frozenset({"«", "“", ":", '"'})  # a quotation opens a new clause: its subject is not the speaker
CLOSERS = {"«": "»", "“": "”"}
QUOTED_NAME = 3  # a quotation closed within this many words is a name, not a statement
CIVILIAN = words("civilian_words")
ADJECTIVES = words("trigger_adjectives")
OBJECT_HEADS = words("object_heads")
AFFILIATION = words("affiliation_words")
TARGETING = words("targeting_verbs")
INSTRUMENT = words("instrument_preps")
VICTIM_NOUNS = words("victim_nouns")
DURING = words("during_words")
ADJ_STOP = words("adjective_stop")


@lru_cache(maxsize=65536)
def _variant_in(word: str, vocab: frozenset[str]) -> bool:  # vocab: a module-level word list (hash cached)
    return any(v in vocab for v, _ in word_variants(word))


def inter_hint(r: MentionRef) -> int | None:
    """7 when the phrase names civilians (they are victims, not the actor of a governing verb)."""
    return 7 if any(w in CIVILIAN for w in fold(r.text).split()) else None


TIME_WORDS = words("time_words")


class Arg(msgspec.Struct, frozen=True):
    entity: str | None
    span: Span
    rule: str
    confidence: float


def _entity_map(article: Article) -> dict[str, Entity]:
    cached = article.layer("_events_entity_map")
    if cached is None or len(cached) != len(article.entities):
        cached = {e.id: e for e in article.entities}
        article.set_layer("_events_entity_map", cached)
    return cached


def _is_state(ent: Entity | None) -> bool:
    """A country, or a capital standing for its government («وشنت دمشق غارات», «قالت أنقرة»): the actors
    stage marks capitals with ``actor_id`` «cap.…» (data/actors/capitals.tsv) and a country with its own
    ISO code («iq» for العراق, whatever feature the gazetteer gave it)."""
    if _is_country(ent):
        return True
    actor_id = str(ent.attrs.get("actor_id") or "") if ent is not None else ""
    country = str(ent.attrs.get("country") or "") if ent is not None else ""
    return actor_id.startswith("cap.") or (bool(country) and actor_id == country.lower())


def _is_country(ent: Entity | None) -> bool:
    return ent is not None and (ent.geo is None or ent.geo.feature == "country")


def _span(article: Article, r: MentionRef) -> Span:
    return Span(r.start, r.end, article.text[r.start : r.end])


def _wall(words: list[str], tokens: list[Token], k: int) -> bool:
    """Token ``k`` opens another clause: «إن/أن», a colon, or a quotation mark — but not the mark of a
    quoted name («دمر طيران التحالف “عربة كاتيوشا” تابعة للحوثي», «تنظيم «داعش»»: closed within
    ``QUOTED_NAME`` words)."""
    if words[k] in COMPLEMENTIZERS:
        return True
    text = tokens[k].text
    if text not in OPENERS:
        return False
    if text == ":":
        return True
    if text == '"' and sum(tokens[j].text == '"' for j in range(k)) % 2:
        return False  # the closing mark of «"داعش"»
    close = CLOSERS.get(text, text)
    return not any(tokens[j].text == close for j in range(k + 2, min(k + 2 + QUOTED_NAME, len(tokens))))


def _gap_ok(words: list[str], tokens: list[Token], a: int, b: int, most: int = SUBJECT_GAP) -> bool:
    """Tokens a..b-1 hold nothing but time words and punctuation (so b can still be the subject)."""
    if b - a > most:
        return False
    for k in range(a, b):
        if tokens[k].kind == "punct" or words[k] in TIME_WORDS or tokens[k].kind == "number":
            continue
        return False
    return True


def assign_roles(
    article: Article, frame: Frame, words: list[str], tokens: list[Token], refs: list[MentionRef]
) -> dict[str, Arg]:
    """Roles for the trigger of ``frame`` (keys: actor, target, place, assoc)."""
    ents = _entity_map(article)
    m = frame.match
    trig = m.trigger
    out: dict[str, Arg] = {}
    used: set[int] = set()
    slots = set(m.at)
    in_window = [
        (k, r)
        for k, r in enumerate(refs)
        if r.first >= frame.lo and r.last < frame.hi and not slots & set(range(r.first, r.last + 1))
    ]
    head = m.head_last
    # «وقال المبعوث خلال زيارة للقاهرة، إنه ناقش … الأوضاع في اليمن»: after a diplomatic trigger, what
    # follows «إن», a colon or a quotation is what the visitor said, not where the visit was (a violent
    # trigger's «مؤكدا أن …» often goes on describing the same happening)
    wall_after = frame.hi
    if trig.event_type == "Diplomacy":
        wall_after = next((k for k in range(m.last + 1, frame.hi) if _wall(words, tokens, k)), frame.hi)
    after = [(k, r) for k, r in in_window if head < r.first and r.lead < wall_after]
    barrier = max(
        (
            k
            for k in range(frame.lo, m.first)
            if words[k] in COMPLEMENTIZERS or (tokens[k].text in OPENERS and _wall(words, tokens, k))
        ),
        default=-1,
    )
    before = [(k, r) for k, r in in_window if barrier < r.lead and r.last < m.first]  # not across «إن»

    def put(role: str, k: int, r: MentionRef, rule: str, conf: float) -> None:
        ent = ents.get(r.entity)
        if (
            role in ("actor", "target")
            and r.type == "LOC"
            and (not _is_state(ent) or trig.sub_event_type == "Visit")
        ):
            role = "place"  # a town is where it happened, not who did it; a visited country is a place
        if role in ("actor", "target") and r.type == "LOC" and trig.sub_event_type in TERRITORY:
            role = "place"  # «تحرير فلسطين», «السيطرة على سوريا»: the land taken, even a state
        if role == "place" and r.type != "LOC":
            return
        if role in out or k in used:
            return
        if role in ("actor", "target") and any(
            (a.entity == r.entity if r.entity else a.span.start == r.start) for a in out.values()
        ):
            return
        if r.entity is None and role in ("actor", "target"):
            named = _affiliation(words, r, refs)
            if named is not None:  # «مسلحون ينتمون لحزب العمال الكردستاني»: the group they belong to
                r, rule = named, rule + ":affiliation"
        if r.entity is None:  # an actor phrase no entity covers: kept as evidence, with less confidence
            rule, conf = rule + ":unlinked", conf * 0.8
        out[role] = Arg(r.entity, _span(article, r), rule, conf)
        used.add(k)

    def split(roles: tuple[str, ...], r: MentionRef) -> str:
        if len(roles) == 2:  # place/target: a place (a country too: «يزور قطر», «على سوريا») is the place
            return roles[0] if r.type == "LOC" else roles[1]
        return roles[0]

    # 1. prepositional roles after the trigger (agents first: they are the most reliable)
    for k, r in sorted(
        after, key=lambda kr: (kr[1].prep not in ("من قبل", "علي يد", "علي ايدي"), kr[1].first)
    ):
        roles = trig.roles.get(r.prep)
        if not roles:
            continue
        if r.prep == "بين":
            put("actor", k, r, "prep-بين", 0.8)
            nxt = next(((k2, r2) for k2, r2 in after if r2.first > r.last and r2.prep == "و"), None)
            if nxt:
                put("target", nxt[0], nxt[1], "prep-بين-و", 0.75)
            continue
        role = split(roles, r)
        if role in ("actor", "target") and r.type == "LOC":
            # «من رئيس الجمهورية اليمنية الرئيس عبدربه منصور هادي»: the country names a title; the
            # person named right after it is the party
            person = next(
                (
                    (k2, r2)
                    for k2, r2 in after
                    if r.last < r2.first <= r.last + 3 and r2.type in ("PER", "ACTOR")
                ),
                None,
            )
            if person is not None:
                k, r = person
        put(role, k, r, f"prep-{r.prep or roles[0]}", 0.85 if roles != ("place",) else 0.8)

    # «بدعم من» anywhere in the clause names an associated actor
    for k, r in before:
        if r.prep == fold("بدعم من") and "assoc" not in out and k not in used:
            put("assoc", k, r, "prep-بدعم من", 0.8)

    # 2./3. subject, object, genitive
    bare_after = [(k, r) for k, r in after if r.prep == "" and k not in used]
    bare_before = [(k, r) for k, r in before if r.prep in ("", "و") and k not in used]
    obj_from = head + 1
    # a town before the verb is where something happened or the object of another verb («إن قوات الشرعية
    # تحركت صوب شبوة بعدما تمكنت من السيطرة»), never the subject; a country can be («السعودية قصفت»)
    subjects = [(k, r) for k, r in bare_before if r.type != "LOC" or _is_state(ents.get(r.entity))]
    if m.alt.verb:
        subj = (
            bare_after[0]
            if bare_after
            and _gap_ok(words, tokens, head + 1, bare_after[0][1].lead)
            and stem(words[bare_after[0][1].lead]) not in OBJECT_HEADS  # «قصفت مواقع الحوثيين»: the object
            else None
        )
        if subj is not None:
            put(trig.subject, subj[0], subj[1], "subject-after-verb", 0.85)
            obj_from = subj[1].last + 1
        elif (
            subjects
            and inter_hint(subjects[-1][1]) != 7
            and not (
                words[m.first].startswith("و")
                and any(tokens[j].kind == "punct" for j in range(subjects[-1][1].last + 1, m.first))
            )
        ):
            # «…، وقصف في وقت سابق موقع أومان»: a verb that opens a coordinated clause after a comma has
            # a dropped subject (the previous event's actor), not the name before the comma
            k, r = _first_conjunct(subjects, tokens)
            put(trig.subject, k, r, "subject-before-verb", 0.7)
        if trig.object:
            obj = next(((k, r) for k, r in bare_after if r.first >= obj_from and k not in used), None)
            if obj is not None and obj[1].type == "LOC":
                # «رئيس إقليم كردستان العراق مسعود البارزاني»: a place inside a title, then the person
                nxt = next(
                    ((k, r) for k, r in after if r.lead == obj[1].last + 1 and r.type in ("PER", "ACTOR")),
                    None,
                )
                obj = nxt or obj
            if obj is not None and obj[1].lead - obj_from <= 4:
                put(split(tuple(trig.object.split("/")), obj[1]), obj[0], obj[1], "object", 0.75)
    else:
        nxt = _after_adjectives(words, tokens, m.last + 1, frame.hi)
        if nxt < len(words) - 1 and words[nxt] in RELATIVES:
            nxt += 1  # «للضربة الصاروخية التي وجهتها الولايات المتحدة», «الهجوم الذي شنه التنظيم»
        if nxt < len(words) and (words[nxt] in LIGHT_PRON or _variant_in(words[nxt], LIGHT_PRON)):
            # «قصف شنه الحوثيون», «كمين نصبه مسلحون»: the agent follows the light verb
            agent = next(((k, r) for k, r in after if r.lead <= nxt + 3 and r.prep == ""), None)
            if agent is not None:
                put("actor", agent[0], agent[1], "light-verb-agent", 0.8)
        gen_at = _after_adjectives(words, tokens, m.last + 1, frame.hi)
        tgt_at = gen_at  # «29 ضربة جوية يوم الاحد استهدفت تنظيم الدولة»: a time may come between
        while tgt_at < min(frame.hi, gen_at + 3) and (words[tgt_at] in TIME_WORDS or words[tgt_at] == "يوم"):
            tgt_at += 1
        if tgt_at < frame.hi and words[tgt_at] in TARGETING and "target" not in out:
            # «شنوا هجوماً استهدف تجمعاً لقوات الجيش العراقي»: the object of «استهدف» is the target
            obj = next(
                (
                    (k, r)
                    for k, r in after
                    if tgt_at < r.lead <= tgt_at + 4 and r.type != "LOC" and r.prep in ("", "ل")
                ),
                None,
            )
            if obj is not None:
                put("target", obj[0], obj[1], "object-of-targeting", 0.75)
        gen = next(((k, r) for k, r in after if r.lead == gen_at and r.prep in ("", "ل")), None)
        if gen is not None:
            put(trig.genitive, gen[0], gen[1], "genitive", 0.8)
        if "actor" not in out and trig.strong and trig.event_type in VIOLENT_TYPES:
            nat = nationality_actor(article, words, tokens, m.last + 1, min(gen_at, frame.hi - 1))
            if nat is not None:  # «غارة أمريكية», «للقصف التركي»: the state's forces
                linked = nat[0] is not None
                rule = "nationality-adjective" + ("" if linked else ":unlinked")
                out["actor"] = Arg(nat[0], nat[1], rule, 0.7 if linked else 0.56)
        if (
            "actor" not in out
            and trig.event_type == "Diplomacy"
            and m.first > 0
            and words[m.first - 1] in DURING
        ):
            # «وقال المبعوث الدولي لليمن خلال زيارة للقاهرة», «إن لافروف سيعقد اجتماعاً … خلال زيارة عمل
            # لقطر»: the visitor is the subject of the clause (its first bare name after «إن»/«أن»)
            wall = max(
                (
                    k
                    for k in range(0, m.first)
                    if words[k] in COMPLEMENTIZERS or (tokens[k].text in OPENERS and _wall(words, tokens, k))
                ),
                default=-1,
            )
            cand = next(
                (
                    (k, r)
                    for k, r in enumerate(refs)
                    if wall < r.lead
                    and r.last < m.first
                    and r.prep in ("", "و")
                    and r.type in ("PER", "ORG", "ACTOR")
                ),
                None,
            )
            if cand is not None:
                put("actor", cand[0], cand[1], "clause-subject-during", 0.65)
        if "actor" not in out:
            done_by = _qam_subject(words, tokens, refs, m.first, barrier)
            if done_by is not None:  # «قام المنسق الإنساني … بزيارة», «الشخصان اللذان قاما باختطاف»
                put("actor", done_by[0], done_by[1], done_by[2], 0.75)
        if "actor" not in out:
            able = _able_subject(words, refs, ents, m.first, barrier)
            if able is not None:  # «وتمكنت قوات المقاومة الشعبية … من تحرير مدينة عدن»
                put("actor", able[0], able[1], "subject-of-able-verb", 0.75)
        if "actor" not in out and bare_before:
            # «شنت طائرات التحالف غارات», «التحالف شن غارات»: only when a light verb governs the noun
            # the last bare phrase that is not a place («القوات العسكرية المتمركزة خارج أسوار قضاء الفلوجة
            # أطلقت قذائف الهاون»: the town qualifies the forces)
            # a country governs as a state («إن الولايات المتحدة ودول التحالف نفذت 20 غارة»: the first conjunct)
            agents = [(k, r) for k, r in bare_before if r.type != "LOC" or _is_state(ents.get(r.entity))]
            k, r = _first_conjunct(agents) if agents else bare_before[-1]
            if _governs(words, tokens, max(frame.lo, r.lead - 2), r, m.first) and inter_hint(r) != 7:
                put("actor", k, r, "governing-subject", 0.7)
        if (
            "actor" not in out
            and trig.event_type == "Explosions/Remote violence"
            and m.first > 0
            and (words[m.first - 1] in INSTRUMENT or tokens[m.first].text[:1] == "ب")
        ):
            # «دمر طيران التحالف عربة كاتيوشا في غارة»: the strike is the means of the clause's verb,
            # whose subject (the first bare actor name of the clause, not a victim) is the striker
            cand = next(
                (
                    (k, r)
                    for k, r in enumerate(refs)
                    if max(frame.lo, barrier + 1) <= r.lead  # «وقال الشهود لمراسل وكالة الأناضول: إن مجهولين»
                    and r.last < m.first
                    and r.prep == ""
                    and r.type in ("ORG", "ACTOR")  # a person orders strikes, forces carry them out
                    and inter_hint(r) != 7
                    and (r.lead == 0 or words[r.lead - 1] not in VICTIM_NOUNS)
                    and (r.lead == 0 or tokens[r.lead - 1].kind != "number")
                ),
                None,
            )
            if cand is not None:
                put("actor", cand[0], cand[1], "clause-subject-means", 0.6)

    if "actor" not in out:
        # «أعلن تنظيم داعش مسؤوليته عنه», «تبنى التنظيم الهجوم»: whoever claims it did it
        claim = _claimant(words, refs, ents)
        if claim is not None:
            put("actor", claim[0], claim[1], "claimed-responsibility", 0.75)
    if "actor" not in out and trig.event_type == "Protests":
        named = _participants(words, refs, m.first)
        if named is not None:
            put("actor", named[0], named[1], "participants", 0.65)
    if "actor" not in out:
        named = _accused(words, tokens, refs, ents, m.first) or _possessor(words, refs, ents, m, trig)
        if named is not None:
            put("actor", named[0], named[1], named[2], 0.6)
    if "actor" not in out and _both_sides(words, m.last + 1, frame.hi):
        # «الاشتباكات التي اندلعت بين الطرفين»: the sides named earlier in the sentence
        wall = max(
            (
                k
                for k in range(0, m.first)
                if words[k] in COMPLEMENTIZERS or (tokens[k].text in OPENERS and _wall(words, tokens, k))
            ),
            default=-1,
        )
        sides = [
            (k, r)
            for k, r in enumerate(refs)
            if wall
            < r.lead  # «وقال عاملون … لرويترز إن … في اشتباكات بين الجانبين»: not the speaker's clause
            and r.last < m.first
            and r.prep != "ل"
            and (r.type in ("PER", "ORG", "ACTOR") or _is_state(ents.get(r.entity)))
            and inter_hint(r) != 7
        ]
        # sides are forces and groups; a person named there is usually one who fell («لقي … الخثعمي مصرعه»)
        sides = [kr for kr in sides if kr[1].type != "PER"] or sides
        if sides:
            put("actor", sides[0][0], sides[0][1], "both-sides", 0.6)
            other = next(
                (kr for kr in sides[1:] if kr[1].prep != "و" and kr[1].entity != sides[0][1].entity), None
            )
            if other is not None and "target" not in out:
                put("target", other[0], other[1], "both-sides", 0.55)

    # «تمكنت المقاومة … من التقدم … بعد اشتباكات عنيفة مع مليشيات الحوثي»: a clash in an adverbial
    # phrase of a clause is fought by that clause's subject against the side named with «مع»
    # («بعد معارك ضارية أسفرت عن مقتل عشرين من الحوثيين» names no side: only for fighting words,
    # not «أثناء الهجوم», where the subject may be the side attacked)
    if (
        trig.sub_event_type == "Armed clash"
        and "actor" not in out
        and ("target" in out or _strip_clitics(words[m.first]) in FIGHTING)
    ):
        main = _clause_subject(words, tokens, refs, ents, m.first, out.get("target"))
        if main is not None:
            put("actor", main[0], main[1], "adverbial-clause-subject", 0.65)
    # a clash or a meeting has two sides: «مواجهات مع المقاومة الشعبية» names one, which is then the actor
    if (
        trig.sub_event_type in ("Armed clash", "Meeting", "Talks", "Phone call")
        and "actor" not in out
        and "target" in out
    ):
        arg = out.pop("target")
        out["actor"] = Arg(arg.entity, arg.span, arg.rule + ":only-party", arg.confidence)

    # places named before the trigger in its clause («في حلب، اندلعت اشتباكات»)
    if "place" not in out:
        for k, r in reversed(before):
            if r.type == "LOC" and r.prep in ("في", "ب", "قرب", "داخل") and k not in used:
                put("place", k, r, f"prep-{r.prep}-before", 0.75)
                break

    # 4. nearest place
    if "place" not in out:
        _nearest_place(article, ents, frame, refs, used, out, words, tokens)

    return out


def _clause_subject(
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
    wall = max(
        (
            k
            for k in range(0, first)
            if words[k] in COMPLEMENTIZERS or (tokens[k].text in OPENERS and _wall(words, tokens, k))
        ),
        default=-1,
    )
    for k, r in enumerate(refs):
        if r.last >= first:
            break
        if (
            r.lead > wall
            and r.prep == ""
            and (r.type in ("ORG", "ACTOR") or _is_state(ents.get(r.entity)))
            and inter_hint(r) != 7
            and (
                other is None
                or ((r.entity is None or r.entity != other.entity) and r.start != other.span.start)
            )
        ):
            return k, r
    return None


def _able_subject(
    words: list[str], refs: list[MentionRef], ents: dict[str, Entity], first: int, barrier: int
) -> tuple[int, MentionRef] | None:
    """«تمكنت قوات المقاومة … من تحرير», «نجح الجيش في نصب كمين», «استطاعت القوات خلال التقدم تفكيك»:
    a verbal noun governed by «تمكن/نجح/استطاع» is done by that verb's subject (the first bare name
    after the verb)."""
    if first == 0 or words[first - 1] not in ("من", "في"):
        return None  # the noun is the verb's complement: «من تحرير», «في نصب»
    verb = next(
        (k for k in range(first - 1, max(barrier, first - 16, -1), -1) if _variant_in(words[k], ABLE_VERBS)),
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
RELATIVES_ALL = RELATIVES | {"اللذان", "اللتان"}
QAM_REACH = 14  # «قام المنسق الإنساني للأمم المتحدة في اليمن يوهانس فانديلاو والوفد المرافق له بزيارة»


def _qam_subject(
    words: list[str], tokens: list[Token], refs: list[MentionRef], first: int, barrier: int
) -> tuple[int, MentionRef, str] | None:
    """«قام/قامت/قاما X بـ<noun>»: X did it. Right after a relative pronoun («الشخصان اللذان قاما
    باختطاف الطائرة») the doer is the name the pronoun follows."""
    if not tokens[first].text.startswith("ب"):
        return None
    verb = next(
        (k for k in range(first - 1, max(barrier, first - QAM_REACH - 1, -1), -1) if words[k] in QAM), None
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


VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
FIGHTING = frozenset({"معارك", "اشتباكات", "مواجهات", "قتال", "معركه", "اشتباك", "مواجهه"})


def _strip_clitics(word: str) -> str:
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


def _participants(words: list[str], refs: list[MentionRef], first: int) -> tuple[int, MentionRef] | None:
    """«شاركت مئات الآلاف من النساء في "مسيرة النساء"»: who takes part in a protest protests (civilians
    included: here they are the actor, not victims)."""
    j = next((k for k in range(first - 1, max(first - 10, -1), -1) if stem(words[k]) in PARTICIPATE), None)
    if j is None:
        return None
    return next(((k, r) for k, r in enumerate(refs) if j < r.lead < first and r.type != "LOC"), None)


def _accused(
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
        and (r.type in ("PER", "ORG", "ACTOR") or _is_state(ents.get(r.entity)))
    ]
    if not names:
        return None
    k, r = names[1] if len(names) > 1 else names[0]
    return k, r, "accused"


def _possessor(
    words: list[str], refs: list[MentionRef], ents: dict[str, Entity], m: TriggerMatch, trig: Trigger
) -> tuple[int, MentionRef, str] | None:
    """«مع تقدم القوات الموالية للشرعية، وسيطرتهم على مناطق واسعة»: a verbal noun with a possessive
    pronoun (the trigger takes no object, so the pronoun is its agent) refers to the name before it."""
    if trig.object or not words[m.first].endswith(POSSESSIVE):
        return None
    found = [
        (k, r)
        for k, r in enumerate(refs)
        if r.last < m.first and inter_hint(r) != 7 and (r.type != "LOC" or _is_state(ents.get(r.entity)))
    ]
    # «حققت المقاومة مدعومة من قوات الجيش تقدماً باتجاه اللواء 35 … بعد سيطرتها»: the pronoun goes back
    # to the latest bare name (a subject), not to a name after a preposition («من», «باتجاه»)
    bare = [(k, r) for k, r in found if r.prep in ("", "و")]
    if bare or found:
        k, r = (bare or found)[-1]
        return k, r, "possessive-antecedent"
    return None


def _both_sides(words: list[str], lo: int, hi: int) -> bool:
    """«بين الطرفين», «بين الجانبين» within a few words after the trigger."""
    return any(
        words[k] == "بين" and words[k + 1] in BOTH_SIDES for k in range(lo, min(hi, lo + 6, len(words) - 1))
    )


def _claimant(
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


def _affiliation(words: list[str], r: MentionRef, refs: list[MentionRef]) -> MentionRef | None:
    """The named group right after an unnamed actor phrase and a word of belonging («ينتمون ل»,
    «التابعين ل», «الموالين ل»), or after «من» («مسلحين من تنظيم داعش»)."""
    for r2 in refs:
        if r2.entity is None or r2.type == "LOC" or r2.lead <= r.last:
            continue
        between = words[r.last + 1 : r2.lead]
        if len(between) > 2:
            return None
        joined = between or (r2.prep == "من" or (r2.prep == "ل" and words[r.last] in AFFILIATION))
        if joined and all(w in AFFILIATION for w in between):
            return r2
        return None
    return None


def _after_adjectives(words: list[str], tokens: list[Token], k: int, hi: int) -> int:
    """«غارة جوية لطيران التحالف», «الغارات الجوية الأمريكية على»: skip up to two adjectives after a
    noun trigger (nisba adjectives and the listed ones), so the genitive or «ل» phrase after them counts."""
    n = 0
    while k < hi and n < 2 and tokens[k].kind == "word" and _adjective(words[k]):
        k += 1
        n += 1
    return k


def _adjective(word: str) -> bool:
    base = word[2:] if word.startswith("ال") else word
    return word in ADJECTIVES or (len(base) >= 4 and base.endswith(("يه", "يا")) and base not in ADJ_STOP)


def _governs(words: list[str], tokens: list[Token], lo: int, subj: MentionRef, trig: int) -> bool:
    """A light verb governs the noun trigger at ``trig`` with ``subj`` as its subject. VSO: the verb
    right before the subject, the noun at most ``LIGHT_REACH`` tokens after it with no punctuation
    between but a time in commas («شنت طائرات التحالف 20 غارة», «قررت الحكومة الأردنية، اليوم الثلاثاء،
    إلغاء تراخيص»). SVO: the verb after the subject with no comma between, the noun at most
    ``LIGHT_REACH`` tokens after the verb («إن الولايات المتحدة نفذت مع شركائها في التحالف 15 غارة»).
    Not «… الملك سلمان، مؤخرا، بدأت الهدنة» (the truce is the subject of «بدأت») nor «يستخدمها الحوثيين
    لإطلاق … موقع سقوط القذائف» (too far)."""

    def punct(a: int, b: int) -> bool:
        return any(tokens[x].kind == "punct" for x in range(a, b))

    for j in range(lo, trig):
        if not _variant_in(words[j], LIGHT):
            continue
        if j < subj.lead:
            if trig - subj.last <= LIGHT_REACH and (
                not punct(subj.last + 1, trig) or _gap_ok(words, tokens, subj.last + 1, trig, 4)
            ):
                return True
        elif j > subj.last and trig - j <= LIGHT_REACH and not punct(subj.last + 1, trig):
            return True
    return False


def _first_conjunct(
    cands: list[tuple[int, MentionRef]], tokens: list[Token] | None = None
) -> tuple[int, MentionRef]:
    """«الحوثيون وقوات صالح قصفوا»: the subject is the first of coordinated phrases; with the tokens,
    a conjunct may follow a short unpunctuated modifier («قوات الجيش الوطني الموالي للشرعية والمقاومة
    الشعبية … وسيطرا»)."""
    i = len(cands) - 1
    while i > 0 and cands[i][1].prep == "و":
        gap = cands[i][1].lead - cands[i - 1][1].last
        if gap > (CONJUNCT_GAP if tokens is not None else 2):
            break
        if tokens is not None and any(
            tokens[x].kind == "punct" for x in range(cands[i - 1][1].last + 1, cands[i][1].lead)
        ):
            break
        i -= 1
    return cands[i]


def _nearest_place(
    article: Article,
    ents: dict[str, Entity],
    frame: Frame,
    refs: list[MentionRef],
    used: set[int],
    out: dict[str, Arg],
    words: list[str],
    tokens: list[Token],
) -> None:
    m = frame.match
    best: tuple[float, int, MentionRef, str, float] | None = None
    # a quotation or complement clause after the trigger is another statement: its places are not this event's
    stop = next(
        (
            k
            for k in range(m.last + 1, len(words))
            if words[k] in COMPLEMENTIZERS or (tokens[k].text in OPENERS and _wall(words, tokens, k))
        ),
        None,
    )
    for k, r in enumerate(refs):
        if r.type != "LOC" or k in used or (stop is not None and r.first > stop):
            continue
        ent = ents.get(r.entity)
        if m.trigger.event_type == "Diplomacy" and (
            m.trigger.sub_event_type == "Phone call" or _is_country(ent)
        ):
            continue  # «قطعت العلاقات مع دولة قطر», «اتصالا هاتفيا مع الرئيس الجزائري»: a party, not a place
        inside = frame.lo <= r.first and r.last < frame.hi
        dist = r.first - m.last if r.first > m.last else abs(m.first - r.last)
        resolved = ent is not None and ent.geo is not None
        rule = ("nearest-loc-clause" if inside else "nearest-loc-sentence") + (
            "" if resolved else "-unresolved"
        )
        conf = (0.7 if inside else 0.55) * (1.0 if resolved else 0.75)
        key = (-(conf), dist)
        if best is None or key < (best[0], best[1]):
            best = (-conf, dist, r, rule, conf)
    if best is not None:
        r = best[2]
        out["place"] = Arg(r.entity, Span(r.start, r.end, article.text[r.start : r.end]), best[3], best[4])


def victims(
    article: Article, refs: list[MentionRef], tokens: list[Token], count_end: int, taken: dict[str, Arg]
) -> Arg | None:
    """«مقتل 25 حوثياً», «قتل 15 من المسلحين الحوثيين»: the people a death count is about (rule
    ``victims-of-count``), when the trigger found no target of its own."""
    ends = [t.end for t in tokens]
    after = next((k for k, e in enumerate(ends) if e > count_end), None)
    if after is None:
        return None
    for r in refs:
        if (
            after <= r.lead <= after + 3
            and r.type != "LOC"
            and not any(a.span.start == r.start for a in taken.values())
        ):
            return Arg(
                r.entity, _span(article, r), "victims-of-count" + ("" if r.entity else ":unlinked"), 0.6
            )
    return None


SPLIT_PREPS = frozenset({"في", "ب", "و", "قرب"})


def other_country_places(
    article: Article, frame: Frame, refs: list[MentionRef], place: Arg | None
) -> list[Arg]:
    """«نفذت 41 ضربة جوية في سوريا والعراق», «يشن غارات … في سوريا ومتمردي الكردستاني في شمال العراق»:
    places of other countries listed after the trigger in its window; ACLED codes one event per place,
    so each gets a copy of the event (rule ``place-split-country``). Places of one country listed
    together («في محافظات الأنبار وصلاح الدين وكركوك») stay one event."""
    if place is None or place.entity is None:
        return []
    ents = _entity_map(article)
    first = ents.get(place.entity)
    if first is None or first.geo is None or not first.geo.country:
        return []
    seen = {first.geo.country}
    out: list[Arg] = []
    for r in refs:
        if r.type != "LOC" or r.first <= frame.match.last or r.last >= frame.hi or r.prep not in SPLIT_PREPS:
            continue
        ent = ents.get(r.entity)
        if ent is None or ent.geo is None or not ent.geo.country or ent.geo.country in seen:
            continue
        seen.add(ent.geo.country)
        out.append(Arg(r.entity, _span(article, r), "place-split-country", 0.6))
    return out
