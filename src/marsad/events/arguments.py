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

This module holds the order of the rules (`assign_roles`); the finders it calls live in `subjects.py`
(the actor from the clause around the trigger), `places.py` (rule 4 and one event per country),
`clauses.py` (clause boundaries, light verbs, conjuncts) and `roles.py` (the `Arg` record).
"""

from __future__ import annotations

from marsad.doc import Article, Token
from marsad.events.casualties import victims
from marsad.events.clauses import (
    COMPLEMENTIZERS,
    OPENERS,
    TIME_WORDS,
    after_adjectives,
    first_conjunct,
    gap_ok,
    governs,
    opens_clause,
    variant_in,
)
from marsad.events.frames import PREPOSITIONS, Frame, MentionRef
from marsad.events.nationality import nationality_actor
from marsad.events.phrases import stem
from marsad.events.places import nearest_place, other_country_places
from marsad.events.roles import Arg, entity_map, inter_hint, is_state, mention_span
from marsad.events.subjects import (
    FIGHTING,
    RELATIVES,
    able_subject,
    accused,
    affiliation,
    both_sides,
    claimant,
    clause_subject,
    dropped_subject,
    participants,
    possessor,
    qam_subject,
    strip_clitics,
)
from marsad.events.words import words
from marsad.text.normalize import fold

__all__ = ["Arg", "assign_roles", "dropped_subject", "other_country_places", "victims"]

STOP_NP = PREPOSITIONS | words("np_stop")
LIGHT_PRON = words("light_verbs_pron")
OBJECT_HEADS = words("object_heads")
TARGETING = words("targeting_verbs")
INSTRUMENT = words("instrument_preps")
VICTIM_NOUNS = words("victim_nouns")
DURING = words("during_words")
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def assign_roles(
    article: Article, frame: Frame, words: list[str], tokens: list[Token], refs: list[MentionRef]
) -> dict[str, Arg]:
    """Roles for the trigger of ``frame`` (keys: actor, target, place, assoc)."""
    ents = entity_map(article)
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
        wall_after = next(
            (k for k in range(m.last + 1, frame.hi) if opens_clause(words, tokens, k)), frame.hi
        )
    after = [(k, r) for k, r in in_window if head < r.first and r.lead < wall_after]
    barrier = max(
        (
            k
            for k in range(frame.lo, m.first)
            if words[k] in COMPLEMENTIZERS or (tokens[k].text in OPENERS and opens_clause(words, tokens, k))
        ),
        default=-1,
    )
    before = [(k, r) for k, r in in_window if barrier < r.lead and r.last < m.first]  # not across «إن»

    def put(role: str, k: int, r: MentionRef, rule: str, conf: float) -> None:
        ent = ents.get(r.entity)
        if (
            role in ("actor", "target")
            and r.type == "LOC"
            and (not is_state(ent) or trig.sub_event_type == "Visit")
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
            named = affiliation(words, r, refs)
            if named is not None:  # «مسلحون ينتمون لحزب العمال الكردستاني»: the group they belong to
                r, rule = named, rule + ":affiliation"
        if r.entity is None:  # an actor phrase no entity covers: kept as evidence, with less confidence
            rule, conf = rule + ":unlinked", conf * 0.8
        out[role] = Arg(r.entity, mention_span(article, r), rule, conf)
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
    subjects = [(k, r) for k, r in bare_before if r.type != "LOC" or is_state(ents.get(r.entity))]
    if m.alt.verb:
        subj = (
            bare_after[0]
            if bare_after
            and gap_ok(words, tokens, head + 1, bare_after[0][1].lead)
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
            k, r = first_conjunct(subjects, tokens)
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
        nxt = after_adjectives(words, tokens, m.last + 1, frame.hi)
        if nxt < len(words) - 1 and words[nxt] in RELATIVES:
            nxt += 1  # «للضربة الصاروخية التي وجهتها الولايات المتحدة», «الهجوم الذي شنه التنظيم»
        if nxt < len(words) and (words[nxt] in LIGHT_PRON or variant_in(words[nxt], LIGHT_PRON)):
            # «قصف شنه الحوثيون», «كمين نصبه مسلحون»: the agent follows the light verb
            agent = next(((k, r) for k, r in after if r.lead <= nxt + 3 and r.prep == ""), None)
            if agent is not None:
                put("actor", agent[0], agent[1], "light-verb-agent", 0.8)
        gen_at = after_adjectives(words, tokens, m.last + 1, frame.hi)
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
                    if words[k] in COMPLEMENTIZERS
                    or (tokens[k].text in OPENERS and opens_clause(words, tokens, k))
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
            done_by = qam_subject(words, tokens, refs, m.first, barrier)
            if done_by is not None:  # «قام المنسق الإنساني … بزيارة», «الشخصان اللذان قاما باختطاف»
                put("actor", done_by[0], done_by[1], done_by[2], 0.75)
        if "actor" not in out:
            able = able_subject(words, refs, ents, m.first, barrier)
            if able is not None:  # «وتمكنت قوات المقاومة الشعبية … من تحرير مدينة عدن»
                put("actor", able[0], able[1], "subject-of-able-verb", 0.75)
        if "actor" not in out and bare_before:
            # «شنت طائرات التحالف غارات», «التحالف شن غارات»: only when a light verb governs the noun
            # the last bare phrase that is not a place («القوات العسكرية المتمركزة خارج أسوار قضاء الفلوجة
            # أطلقت قذائف الهاون»: the town qualifies the forces)
            # a country governs as a state («إن الولايات المتحدة ودول التحالف نفذت 20 غارة»: the first conjunct)
            agents = [(k, r) for k, r in bare_before if r.type != "LOC" or is_state(ents.get(r.entity))]
            k, r = first_conjunct(agents) if agents else bare_before[-1]
            if governs(words, tokens, max(frame.lo, r.lead - 2), r, m.first) and inter_hint(r) != 7:
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
        claim = claimant(words, refs, ents)
        if claim is not None:
            put("actor", claim[0], claim[1], "claimed-responsibility", 0.75)
    if "actor" not in out and trig.event_type == "Protests":
        named = participants(words, refs, m.first)
        if named is not None:
            put("actor", named[0], named[1], "participants", 0.65)
    if "actor" not in out:
        named = accused(words, tokens, refs, ents, m.first) or possessor(words, refs, ents, m, trig)
        if named is not None:
            put("actor", named[0], named[1], named[2], 0.6)
    if "actor" not in out and both_sides(words, m.last + 1, frame.hi):
        # «الاشتباكات التي اندلعت بين الطرفين»: the sides named earlier in the sentence
        wall = max(
            (
                k
                for k in range(0, m.first)
                if words[k] in COMPLEMENTIZERS
                or (tokens[k].text in OPENERS and opens_clause(words, tokens, k))
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
            and (r.type in ("PER", "ORG", "ACTOR") or is_state(ents.get(r.entity)))
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
        and ("target" in out or strip_clitics(words[m.first]) in FIGHTING)
    ):
        main = clause_subject(words, tokens, refs, ents, m.first, out.get("target"))
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
        nearest_place(article, ents, frame, refs, used, out, words, tokens)

    return out
