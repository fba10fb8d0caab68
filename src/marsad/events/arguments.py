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

This module holds the order of the rules (`assign_roles`, one step function each) and the rules of
prepositions, verb triggers and the clause; the rules of a noun trigger live in `nouns.py`, the finders
they call in `subjects.py` (the actor from the clause around the trigger), `places.py` (rule 4 and one
event per country), `clauses.py` (clause boundaries, light verbs, conjuncts) and `roles.py` (the `Arg`
record, and `Filling`: the roles so far and `put`, the checks a mention passes before it takes one).
"""

from __future__ import annotations

from marsad.doc import Article, Span, Token
from marsad.events.casualties import victims
from marsad.events.clauses import TIME_WORDS, clause_start, first_conjunct, gap_ok, opens_clause, variant_in
from marsad.events.frames import PREPOSITIONS, Frame, MentionRef
from marsad.events.nouns import noun_roles
from marsad.events.phrases import stem
from marsad.events.places import nearest_place, other_country_places
from marsad.events.roles import Arg, Filling, entity_map, inter_hint, is_state, split_role
from marsad.events.subjects import (
    FIGHTING,
    RELATIVES,
    accused,
    both_sides,
    claimant,
    clause_subject,
    dropped_subject,
    participants,
    possessor,
    strip_clitics,
)
from marsad.events.words import words
from marsad.text.normalize import fold

__all__ = ["Arg", "assign_roles", "dropped_subject", "other_country_places", "victims"]

STOP_NP = PREPOSITIONS | words("np_stop")
OBJECT_HEADS = words("object_heads")
ARMED_HEADS = words("armed_heads")
BACKED_BY = fold("بدعم من")
# the sub-types whose verb, unvocalized, reads as a passive after a person and «قد» or «الذي» when no
# object follows («وكان مهدي بن نصر قد اعتقل عام 2008», «محمد أبو خضير الذي خطف وقتل»)
PASSIVE_TYPES = frozenset({"Arrests", "Abduction/forced disappearance", "Attack"})
PASSIVE_MARKS = frozenset({fold("قد")}) | RELATIVES
NO_OBJECT = PREPOSITIONS | TIME_WORDS | words("passive_followers")
VICTIM_VERBS = words("victim_verbs")
KIN = words("kin_nouns")  # relatives a killing row names with its verb (the last row of triggers.tsv)
# an auxiliary before a trigger written like a past verb makes it a verbal noun with no subject: «وأكد
# العقيد القرشي أنه تم ضبط المتهم» (the colonel did not arrest him; the genitive «المتهم» is the target)
PASSIVE_AUX = words("passive_aux")

Refs = list[tuple[int, MentionRef]]


def assign_roles(
    article: Article, frame: Frame, words: list[str], tokens: list[Token], refs: list[MentionRef]
) -> dict[str, Arg]:
    """Roles for the trigger of ``frame`` (keys: actor, target, place, assoc)."""
    st = _filling(article, frame, words, tokens, refs)
    _prepositional(st)
    # 2./3. subject, object, genitive
    bare_after = [(k, r) for k, r in st.after if r.prep == "" and k not in st.used]
    bare_before = [(k, r) for k, r in st.before if r.prep in ("", "و") and k not in st.used]
    if frame.match.alt.verb and not _after_aux(words, frame.match.first):
        obj_from = _verb_subject(st, bare_after, bare_before)
        _verb_object(st, bare_after, obj_from)
    else:
        noun_roles(st, bare_before)
    _clause_actor(st)
    _pronoun_patient(st)
    _kin_target(st)
    _both_sides(st)
    _clash_or_meeting_sides(st)
    _place(st)
    return st.out


def _after_aux(words: list[str], first: int) -> bool:
    """«تم ضبط», «وجرى قصف»: the trigger follows a passive auxiliary, so it is a verbal noun."""
    if first < 1:
        return False
    w = words[first - 1]
    return w in PASSIVE_AUX or (w[:1] in ("و", "ف") and w[1:] in PASSIVE_AUX)


def _filling(
    article: Article, frame: Frame, words: list[str], tokens: list[Token], refs: list[MentionRef]
) -> Filling:
    """The mentions after the trigger and those before it in its clause, none of the trigger's own."""
    ents = entity_map(article)
    m = frame.match
    trig = m.trigger
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
    barrier = clause_start(words, tokens, frame.lo, m.first)
    before = [(k, r) for k, r in in_window if barrier < r.lead and r.last < m.first]  # not across «إن»
    return Filling(article, ents, frame, words, tokens, refs, after, before, barrier)


def _prepositional(st: Filling) -> None:
    """1. prepositional roles after the trigger (agents first: they are the most reliable)."""
    trig = st.frame.match.trigger
    after = st.after
    for k, r in sorted(
        after, key=lambda kr: (kr[1].prep not in ("من قبل", "علي يد", "علي ايدي"), kr[1].first)
    ):
        roles = trig.roles.get(r.prep)
        if not roles:
            continue
        if r.prep == "بين":
            st.put("actor", k, r, "prep-بين", 0.8)
            nxt = next(((k2, r2) for k2, r2 in after if r2.first > r.last and r2.prep == "و"), None)
            if nxt:
                st.put("target", nxt[0], nxt[1], "prep-بين-و", 0.75)
            continue
        role = split_role(roles, r)
        if role == "actor" and _death_between(st, r):
            continue  # «نفذ هجوم الدهس …، وقد لقي عامري حتفه في إيطاليا برصاص الشرطة»: who shot him, not the attacker
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
        st.put(role, k, r, f"prep-{r.prep or roles[0]}", 0.85 if roles != ("place",) else 0.8)

    # «بدعم من» anywhere in the clause names an associated actor
    for k, r in st.before:
        if r.prep == BACKED_BY and "assoc" not in st.out and k not in st.used:
            st.put("assoc", k, r, "prep-بدعم من", 0.8)


def _verb_subject(st: Filling, bare_after: Refs, bare_before: Refs) -> int:
    """2. The subject of a verb trigger: the bare mention right after it (VSO), else the nearest before
    it (SVO). Returns where its object may start."""
    m = st.frame.match
    trig, words, tokens = m.trigger, st.words, st.tokens
    head = m.head_last
    obj_from = head + 1
    # a town before the verb is where something happened or the object of another verb («إن قوات الشرعية
    # تحركت صوب شبوة بعدما تمكنت من السيطرة»), never the subject; a country can be («السعودية قصفت»)
    subjects = [(k, r) for k, r in bare_before if r.type != "LOC" or is_state(st.ents.get(r.entity))]
    subj = (
        bare_after[0]
        if bare_after
        and not _plural_verb(words[m.first])
        and _subject_gap_ok(words, tokens, head + 1, bare_after[0][1].lead)
        and stem(words[bare_after[0][1].lead]) not in OBJECT_HEADS  # «قصفت مواقع الحوثيين»: the object
        else None
    )
    if subj is not None:
        st.put(trig.subject, subj[0], subj[1], "subject-after-verb", 0.85)
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
        if _passive(st, r):
            st.put("target", k, r, "subject-of-passive", 0.7)
        else:
            st.put(trig.subject, k, r, "subject-before-verb", 0.7)
    return obj_from


def _plural_verb(word: str) -> bool:
    """A verb that agrees in the plural («هاجموا», «قتلوه», «يهاجمون») has its subject before it or dropped:
    Arabic puts a verb before its subject in the singular, so the name after a plural verb is its object
    («400 من الانفصاليين … هاجموا القوات الحكومية»)."""
    w = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    return w.endswith(("وا", "وه", "وها", "وهم", "وهما")) or (
        w[:1] in "يت" and w.endswith("ون") and len(w) > 4
    )


def _subject_gap_ok(words: list[str], tokens: list[Token], a: int, b: int) -> bool:
    """`gap_ok`, or the one word between is an armed head of the group named after it («اقتحم **مسلحو**
    المقاومة الشعبية»: the fighters of the group are the subject, not its object)."""
    return gap_ok(words, tokens, a, b) or (b - a == 1 and strip_clitics(words[a]) in ARMED_HEADS)


def _death_between(st: Filling, r: MentionRef) -> bool:
    """A verb of dying or being hurt («لقي حتفه», «قتل», «أصيب») between the trigger and an agent phrase
    («برصاص», «على يد»): the agent is of that death, in a clause of its own."""
    m = st.frame.match
    return any(variant_in(w, VICTIM_VERBS) for w in st.words[m.last + 1 : r.lead])


def _passive(st: Filling, r: MentionRef) -> bool:
    """A person right before «قد» or a relative pronoun, then an arrest, abduction or attack verb with
    no object after it: unvocalized, the verb is a passive («اعتُقل», «خُطف») and the person its victim
    («وكان الطفل محمد أبو خضير قد خطف فجر الأربعاء», «مهدي بن نصر قد اعتقل عام 2008»)."""
    m = st.frame.match
    words, tokens = st.words, st.tokens
    if m.trigger.sub_event_type not in PASSIVE_TYPES or r.type != "PER" or m.first < 2:
        return False
    if words[m.first - 1] not in PASSIVE_MARKS or r.last != m.first - 2:
        return False
    nxt = m.last + 1
    if nxt >= len(words) or tokens[nxt].kind in ("punct", "number"):
        return True
    w = words[nxt]
    return w in NO_OBJECT or (w[:1] == "و" and w[1:] in NO_OBJECT)


def _verb_object(st: Filling, bare_after: Refs, obj_from: int) -> None:
    """2. The object of a verb trigger: the next bare mention, at most four tokens from ``obj_from``."""
    trig = st.frame.match.trigger
    if trig.object:
        obj = next(((k, r) for k, r in bare_after if r.first >= obj_from and k not in st.used), None)
        if obj is not None and obj[1].type == "LOC":
            # «رئيس إقليم كردستان العراق مسعود البارزاني»: a place inside a title, then the person
            nxt = next(
                ((k, r) for k, r in st.after if r.lead == obj[1].last + 1 and r.type in ("PER", "ACTOR")),
                None,
            )
            obj = nxt or obj
        if obj is not None and obj[1].lead - obj_from <= 4:
            st.put(split_role(tuple(trig.object.split("/")), obj[1]), obj[0], obj[1], "object", 0.75)


PATIENT_PRONOUNS = ("هما", "هم", "ها", "ه")  # written, not folded: «ة» is no pronoun
PATIENT_TYPES = frozenset({"Arrests", "Abduction/forced disappearance", "Attack"})


def _pronoun_patient(st: Filling) -> None:
    """«أعلنت الشرطة … عن مئير اتينغر … بعد اعتقاله»: a verbal noun that takes an object carries it as a
    pronoun; the target is the latest person named before it in the sentence (rule
    ``pronoun-antecedent``; a group before it is more often the one that acted: «أعلنت الشرطة … بعد
    اعتقاله»). Arrests, abductions and attacks only («اغتياله», «اختطافها»): the pronoun
    of «هجومه» or «زيارته» is the one who acted."""
    m = st.frame.match
    trig = m.trigger
    if "target" in st.out or m.alt.verb or trig.sub_event_type not in PATIENT_TYPES or not trig.object:
        return
    if "target" not in trig.object.split("/"):
        return
    written = st.tokens[m.first].text
    if written.endswith("ة") or not written.endswith(PATIENT_PRONOUNS) or len(written) < 5:
        return
    found = [
        (k, r) for k, r in enumerate(st.refs) if r.last < m.first and r.type == "PER" and k not in st.used
    ]
    if found:
        k, r = found[-1]
        st.put("target", k, r, "pronoun-antecedent", 0.55)


def _kin_target(st: Filling) -> None:
    """«قتل والده في خميس مشيط», «بذبح أمه»: the last row of ``triggers.tsv`` matches a killing with the
    relative it names, who is the target (rule ``kin-in-trigger``)."""
    m = st.frame.match
    if "target" in st.out or m.last == m.first or st.words[m.last] not in KIN:
        return
    tok = st.tokens[m.last]
    st.out["target"] = Arg(None, Span(tok.start, tok.end, tok.text), "kin-in-trigger", 0.6)


def _clause_actor(st: Filling) -> None:
    """Actor fallbacks of any trigger: the claimant, a protest's participants, the accused or the
    antecedent of a possessive pronoun."""
    m = st.frame.match
    trig, words, refs, ents, out = m.trigger, st.words, st.refs, st.ents, st.out
    if "actor" not in out:
        # «أعلن تنظيم داعش مسؤوليته عنه», «تبنى التنظيم الهجوم»: whoever claims it did it
        claim = claimant(words, refs, ents)
        if claim is not None:
            st.put("actor", claim[0], claim[1], "claimed-responsibility", 0.75)
    if "actor" not in out and trig.event_type == "Protests":
        named = participants(words, refs, m.first)
        if named is not None:
            st.put("actor", named[0], named[1], "participants", 0.65)
    if "actor" not in out:
        named = accused(words, st.tokens, refs, ents, m.first) or possessor(words, refs, ents, m, trig)
        if named is not None:
            st.put("actor", named[0], named[1], named[2], 0.6)


def _both_sides(st: Filling) -> None:
    """«بين الطرفين» after the trigger: the first side named earlier in the sentence is the actor, the
    next the target."""
    m = st.frame.match
    words, tokens, refs, ents, out = st.words, st.tokens, st.refs, st.ents, st.out
    if "actor" not in out and both_sides(words, m.last + 1, st.frame.hi):
        # «الاشتباكات التي اندلعت بين الطرفين»: the sides named earlier in the sentence
        wall = clause_start(words, tokens, 0, m.first)
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
            st.put("actor", sides[0][0], sides[0][1], "both-sides", 0.6)
            other = next(
                (kr for kr in sides[1:] if kr[1].prep != "و" and kr[1].entity != sides[0][1].entity), None
            )
            if other is not None and "target" not in out:
                st.put("target", other[0], other[1], "both-sides", 0.55)


def _clash_or_meeting_sides(st: Filling) -> None:
    """The actor of a clash fought in an adverbial phrase, else the only party named of a clash or a
    meeting."""
    m = st.frame.match
    trig, words, out = m.trigger, st.words, st.out
    # «تمكنت المقاومة … من التقدم … بعد اشتباكات عنيفة مع مليشيات الحوثي»: a clash in an adverbial
    # phrase of a clause is fought by that clause's subject against the side named with «مع»
    # («بعد معارك ضارية أسفرت عن مقتل عشرين من الحوثيين» names no side: only for fighting words,
    # not «أثناء الهجوم», where the subject may be the side attacked)
    if (
        trig.sub_event_type == "Armed clash"
        and "actor" not in out
        and ("target" in out or strip_clitics(words[m.first]) in FIGHTING)
        and not ("target" in out and out["target"].rule.startswith("subject-of-exposed"))
    ):
        main = clause_subject(words, st.tokens, st.refs, st.ents, m.first, out.get("target"))
        if main is not None:
            st.put("actor", main[0], main[1], "adverbial-clause-subject", 0.65)
    # a clash has two sides: «مواجهات مع المقاومة الشعبية» names one, which is then the actor. Not the
    # other side of a meeting, talks or a call («لإجراء مباحثات مع الرئيس السيسي»: the one who came to
    # talk is named elsewhere, and the learned actor choice looks for it)
    if (
        trig.sub_event_type == "Armed clash"
        and "actor" not in out
        and "target" in out
        and not out["target"].rule.startswith("subject-of-exposed")  # «تعرضت دورية لهجوم»: the patrol was hit
    ):
        arg = out.pop("target")
        out["actor"] = Arg(arg.entity, arg.span, arg.rule + ":only-party", arg.confidence)


def _place(st: Filling) -> None:
    """A place named before the trigger in its clause, else 4. the nearest place."""
    out, used = st.out, st.used
    # places named before the trigger in its clause («في حلب، اندلعت اشتباكات»)
    if "place" not in out:
        for k, r in reversed(st.before):
            if r.type == "LOC" and r.prep in ("في", "ب", "قرب", "داخل") and k not in used:
                st.put("place", k, r, f"prep-{r.prep}-before", 0.75)
                break

    # 4. nearest place
    if "place" not in out:
        nearest_place(st.article, st.ents, st.frame, st.refs, used, out, st.words, st.tokens)
