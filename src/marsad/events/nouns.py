"""Rule 3 of `arguments`: the roles of a noun trigger («غارة», «اغتيال القيادي», «زيارة»), in order.

From the noun's own phrase: the agent after a light verb («قصف شنه الحوثيون», ``light-verb-agent``), the
object of a targeting verb («هجوماً استهدف تجمعاً», ``object-of-targeting``), the ``genitive``
(«اغتيال القيادي», «غارة لطيران التحالف»; a town after a meeting, talks or an agreement is where it was
held: «اجتماع الدوحة», «اتفاق صنعاء»), the state of a nationality adjective («غارة أمريكية»,
``nationality-adjective``). Then, when no actor was found, from the clause around the noun: the visitor
of «خلال زيارة» (``clause-subject-during``), the subject of «قام … بـ» and of «تمكن … من», the subject a
light verb governs (``governing-subject``: «شنت طائرات التحالف غارات»), the subject of the verb a strike
is the means of (``clause-subject-means``).
"""

from __future__ import annotations

from marsad.events.clauses import (
    TIME_WORDS,
    after_adjectives,
    clause_start,
    first_conjunct,
    governs,
    variant_in,
)
from marsad.events.frames import MentionRef
from marsad.events.nationality import nationality_actor
from marsad.events.roles import (
    CIVILIAN,
    TERRITORY,
    Arg,
    Filling,
    inter_hint,
    is_country,
    is_resolved,
    is_state,
)
from marsad.events.subjects import RELATIVES, able_subject, has_pronoun, qam_subject
from marsad.events.words import words
from marsad.text.normalize import fold

__all__ = ["noun_roles"]

LIGHT_PRON = words("light_verbs_pron")
TARGETING = words("targeting_verbs")
INSTRUMENT = words("instrument_preps")
VICTIM_NOUNS = words("victim_nouns")
VICTIM_VERBS = words("victim_verbs")
# «أعلنت خلية الإعلام الحربي عن مقتل 49 مسلحا من تنظيم داعش بقصف جوي», «أكد المرصد مقتل تسعة مواطنين
# جراء قصف جوي»: a clause that reports a toll names its source and its dead before the means, not who struck
TOLL_CLAUSE = words("casualty_nouns") | words("report_verbs")
DURING = words("during_words")
PREP_PRONOUNS = words("prep_pronouns")  # «عليه», «منهم», «معها»: a trigger ending in one has no genitive
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# a verbal noun's doer in the genitive, then its object with «ل» (`_object_after_agent`)
AGENT_OBJECT_TYPES = VIOLENT_TYPES | {"Strategic developments"}
AGENT_OBJECT_GAP = 1  # words between the doer's phrase and «ل»: an adjective no mention covers
VENUE_NOUNS = frozenset({"Meeting", "Talks", "Agreement"})  # named after where they were held
EXPOSED = words("exposed_verbs")  # «تعرض لـ»: was subjected to
SURVIVED = words("survived_words")  # «نجا من», «نجاة … من»: escaped
SURVIVED_REACH = 8  # «نجاة رئيس المجلس الرئاسي الليبي فائز السراج من»: a title and a name in between
ARRESTING_HEADS = words("arresting_heads")
ATTEMPT = frozenset({"محاوله", "محاولات"})
EXPOSED_REACH = 4  # «تعرضت دورية للجيش لهجوم»: words between the verb and the noun


def _definite(word: str) -> bool:
    """A folded word with the article («الهجوم», «والهجوم», «بالهجوم», «للهجوم»)."""
    return word.startswith(("ال", "لل")) or (word[:1] in "وفبكل" and word[1:3] == "ال")


def _arresting_agent(st: Filling, r: MentionRef) -> bool:
    """The genitive of an arrest or seizure noun is who arrested when it is the police, the security
    services, forces or the army (the verbal noun's agent, the object following it): on the annotated sets
    all 8 such phrases coded had that genitive for actor. Not «ضبط الأمن» (keeping order)."""
    if st.frame.match.trigger.sub_event_type not in ("Arrests", "Disrupted weapons use"):
        return False
    ws = fold(r.text).split()
    return bool(ws) and ws[0] in ARRESTING_HEADS


def noun_roles(st: Filling, bare_before: list[tuple[int, MentionRef]]) -> None:
    """The roles of a noun trigger; ``bare_before``: the bare mentions before it in its clause that no
    earlier rule took (as they were before this rule)."""
    m = st.frame.match
    _exposed_subject(st)
    _light_verb_agent(st)
    places = {r.lead for _, r in st.after if r.type == "LOC" and is_resolved(st.ents.get(r.entity))}
    gen_at = after_adjectives(st.words, st.tokens, m.last + 1, st.frame.hi, places)
    _targeting_object(st, gen_at)
    gen = next(((k, r) for k, r in st.after if r.lead == gen_at and r.prep in ("", "ل")), None)
    if gen is not None and _definite(st.words[m.last]):
        gen = None  # «قائد المجموعة المسؤولة عن الهجوم محمد أمين قبلي»: a noun with the article heads no
        # construct; the name after it is someone else's (here the commander's, in apposition)
    if gen is not None and m.last > m.first and st.words[m.last] in PREP_PRONOUNS:
        gen = None  # «القبض عليه وسط تونس العاصمة»: the preposition has its object, no genitive follows
    if gen is not None and has_pronoun(st.words[m.first], m.trigger):
        # «بعد لقائه رئيس الحكومة تمام سلام»: the pronoun is who met, the name after it whom he met
        if m.trigger.object:
            st.put(m.trigger.object, gen[0], gen[1], "object-of-possessed-noun", 0.75)
        gen = None
    if gen is not None:
        role = m.trigger.genitive
        if (
            m.trigger.sub_event_type in VENUE_NOUNS
            and gen[1].type == "LOC"
            and not is_country(st.ents.get(gen[1].entity))
        ):
            role = "place"  # «اجتماع الدوحة», «اتفاق صنعاء», «مشاورات جنيف»: the town it was held in, not a party
        elif role == "actor" and gen[1].type == "LOC" and not is_country(st.ents.get(gen[1].entity)):
            role = "place"  # «هجمات باريس», «هجوم لندن», «معركة الموصل»: named after where, not who
        elif role == "target" and _arresting_agent(st, gen[1]):
            role = "actor"  # «اعتقال الشرطة الإسرائيلية مستوطنين اثنين», «ضبط الجهات الأمنية … مادة»
        st.put(role, gen[0], gen[1], "genitive", 0.8)
        if (
            role == "actor"
            and gen[1].prep == ""
            and m.trigger.event_type in AGENT_OBJECT_TYPES
            and m.trigger.sub_event_type not in TERRITORY  # «تحرير … لحكومة اليمنية»: for whom, not whom
        ):
            _object_after_agent(st, gen[1])
    _nationality(st, gen_at)
    _visitor(st)
    if "actor" not in st.out:
        done_by = qam_subject(st.words, st.tokens, st.refs, m.first, st.barrier)
        if done_by is not None:  # «قام المنسق الإنساني … بزيارة», «الشخصان اللذان قاما باختطاف»
            st.put("actor", done_by[0], done_by[1], done_by[2], 0.75)
    if "actor" not in st.out:
        able = able_subject(st.words, st.refs, st.ents, m.first, st.barrier)
        if able is not None:  # «وتمكنت قوات المقاومة الشعبية … من تحرير مدينة عدن»
            st.put("actor", able[0], able[1], "subject-of-able-verb", 0.75)
    _governing_subject(st, bare_before)
    _means_subject(st)


def exposed_verb(st: Filling) -> int | None:
    """Where «تعرض» stands when a violent noun trigger is what its subject was subjected to: the noun
    (or the noun before it: «لهجوم بسيارة مفخخة») with «لـ», at most `EXPOSED_REACH` words after it;
    or «نجا»/«نجاة» before «من» and the noun (what its subject escaped)."""
    m, words = st.frame.match, st.words
    if m.trigger.event_type not in VIOLENT_TYPES:
        return None
    at = m.first - 1 if m.first > 0 and words[m.first - 1] in ATTEMPT else m.first  # «من محاولة اغتيال»
    if at > 0 and words[at - 1] == "من":
        # «نجاة رئيس المجلس الرئاسي الليبي فائز السراج من إطلاق نار», «نجا الوزير من محاولة اغتيال»
        first, verbs, reach = at - 1, SURVIVED, SURVIVED_REACH
    else:
        reach = EXPOSED_REACH
        first = m.first - 1 if m.first > 0 and words[m.first - 1].startswith("ل") else m.first
        if not words[first].startswith("ل"):
            return None
        verbs = EXPOSED
    lo = max(st.frame.lo, first - 1 - reach)
    return next((j for j in range(first - 1, lo - 1, -1) if words[j] in verbs), None)


def _object_after_agent(st: Filling, agent: MentionRef) -> None:
    """«قصف قوات التحالف العربي لميليشياتهم», «اعتقال الشرطة لمستوطنين»: a verbal noun with its doer in
    the genitive takes its object with «ل» right after that genitive (rule ``object-after-agent``)."""
    if "target" in st.out:
        return
    nxt = next(((k, r) for k, r in st.after if r.first > agent.last and r.prep == "ل"), None)
    if nxt is not None and nxt[1].lead <= agent.last + 1 + AGENT_OBJECT_GAP:
        st.put("target", nxt[0], nxt[1], "object-after-agent", 0.7)


def _exposed_subject(st: Filling) -> None:
    """«تعرضت دورية للجيش لهجوم», «موكب السراج تعرض لإطلاق نار»: the subject of «تعرض لـ» («was
    subjected to») a violent noun is what was hit, the target; never who did it. So is the one who
    escaped it: «نجاة رئيس المجلس الرئاسي فائز السراج من إطلاق نار»."""
    verb = exposed_verb(st)
    if verb is None or "target" in st.out:
        return
    m = st.frame.match
    # VSO: the first mention between the verb and the noun; SVO: the mention right before the verb
    between = [(k, r) for k, r in enumerate(st.refs) if verb < r.lead and r.last < m.first]
    # «رئيس المجلس الرئاسي الليبي فائز السراج»: the person or the body, not the nationality in his title
    subj = next(((k, r) for k, r in between if r.type != "LOC"), between[0] if between else None)
    if subj is None and verb >= m.first - 2:
        subj = next(((k, r) for k, r in enumerate(st.refs) if r.last == verb - 1 and r.prep == ""), None)
    if subj is not None and (subj[1].type != "LOC" or is_state(st.ents.get(subj[1].entity))):
        st.put("target", subj[0], subj[1], "subject-of-exposed", 0.75)


def _light_verb_agent(st: Filling) -> None:
    words, m = st.words, st.frame.match
    nxt = after_adjectives(words, st.tokens, m.last + 1, st.frame.hi)
    if nxt < len(words) - 1 and words[nxt] in RELATIVES:
        nxt += 1  # «للضربة الصاروخية التي وجهتها الولايات المتحدة», «الهجوم الذي شنه التنظيم»
    if nxt < len(words) and (words[nxt] in LIGHT_PRON or variant_in(words[nxt], LIGHT_PRON)):
        # «قصف شنه الحوثيون», «كمين نصبه مسلحون»: the agent follows the light verb
        agent = next(((k, r) for k, r in st.after if r.lead <= nxt + 3 and r.prep == ""), None)
        if agent is not None:
            st.put("actor", agent[0], agent[1], "light-verb-agent", 0.8)


def _targeting_object(st: Filling, gen_at: int) -> None:
    words, hi = st.words, st.frame.hi
    tgt_at = gen_at  # «29 ضربة جوية يوم الاحد استهدفت تنظيم الدولة»: a time may come between
    while tgt_at < min(hi, gen_at + 3) and (words[tgt_at] in TIME_WORDS or words[tgt_at] == "يوم"):
        tgt_at += 1
    if tgt_at < hi and words[tgt_at] in TARGETING and "target" not in st.out:
        # «شنوا هجوماً استهدف تجمعاً لقوات الجيش العراقي»: the object of «استهدف» is the target
        obj = next(
            (
                (k, r)
                for k, r in st.after
                if tgt_at < r.lead <= tgt_at + 4 and r.type != "LOC" and r.prep in ("", "ل")
            ),
            None,
        )
        if obj is not None:
            st.put("target", obj[0], obj[1], "object-of-targeting", 0.75)


def _nationality(st: Filling, gen_at: int) -> None:
    m, frame = st.frame.match, st.frame
    trig = m.trigger
    if "actor" not in st.out and trig.strong and trig.event_type in VIOLENT_TYPES:
        if st.words[m.last] in CIVILIAN:
            return  # «إحراق عائلة فلسطينية»: the adjective names the victims' nation, not the attacker's
        nat = nationality_actor(st.article, st.words, st.tokens, m.last + 1, min(gen_at, frame.hi - 1))
        if nat is not None:  # «غارة أمريكية», «للقصف التركي»: the state's forces
            linked = nat[0] is not None
            rule = "nationality-adjective" + ("" if linked else ":unlinked")
            st.out["actor"] = Arg(nat[0], nat[1], rule, 0.7 if linked else 0.56)


def _visitor(st: Filling) -> None:
    m, words = st.frame.match, st.words
    if (
        "actor" not in st.out
        and m.trigger.event_type == "Diplomacy"
        and m.first > 0
        and words[m.first - 1] in DURING
    ):
        # «وقال المبعوث الدولي لليمن خلال زيارة للقاهرة», «إن لافروف سيعقد اجتماعاً … خلال زيارة عمل
        # لقطر»: the visitor is the subject of the clause (its first bare name after «إن»/«أن»)
        wall = clause_start(words, st.tokens, 0, m.first)
        cand = next(
            (
                (k, r)
                for k, r in enumerate(st.refs)
                if wall < r.lead
                and r.last < m.first
                and r.prep in ("", "و")
                and r.type in ("PER", "ORG", "ACTOR")
            ),
            None,
        )
        if cand is not None:
            st.put("actor", cand[0], cand[1], "clause-subject-during", 0.65)


def _governing_subject(st: Filling, bare_before: list[tuple[int, MentionRef]]) -> None:
    m, frame = st.frame.match, st.frame
    if "actor" not in st.out and bare_before:
        # «شنت طائرات التحالف غارات», «التحالف شن غارات»: only when a light verb governs the noun
        # the last bare phrase that is not a place («القوات العسكرية المتمركزة خارج أسوار قضاء الفلوجة
        # أطلقت قذائف الهاون»: the town qualifies the forces)
        # a country governs as a state («إن الولايات المتحدة ودول التحالف نفذت 20 غارة»: the first conjunct)
        agents = [(k, r) for k, r in bare_before if r.type != "LOC" or is_state(st.ents.get(r.entity))]
        k, r = first_conjunct(agents) if agents else bare_before[-1]
        if governs(st.words, st.tokens, max(frame.lo, r.lead - 2), r, m.first) and inter_hint(r) != 7:
            st.put("actor", k, r, "governing-subject", 0.7)


def _means_subject(st: Filling) -> None:
    frame, barrier, words, tokens = st.frame, st.barrier, st.words, st.tokens
    m = frame.match
    if (
        "actor" not in st.out
        and m.trigger.event_type == "Explosions/Remote violence"
        and m.first > 0
        and exposed_verb(st) is None  # «تعرضت قوات الجيش لهجوم بسيارة مفخخة»: the forces were hit
        and (words[m.first - 1] in INSTRUMENT or tokens[m.first].text[:1] == "ب")
    ):
        # «دمر طيران التحالف عربة كاتيوشا في غارة»: the strike is the means of the clause's verb,
        # whose subject (the first bare actor name of the clause, not a victim) is the striker
        cand = next(
            (
                (k, r)
                for k, r in enumerate(st.refs)
                if max(frame.lo, barrier + 1) <= r.lead  # «وقال الشهود لمراسل وكالة الأناضول: إن مجهولين»
                and r.last < m.first
                and r.prep == ""
                and r.type in ("ORG", "ACTOR")  # a person orders strikes, forces carry them out
                and inter_hint(r) != 7
                and (r.lead == 0 or words[r.lead - 1] not in VICTIM_NOUNS)
                and (r.lead == 0 or tokens[r.lead - 1].kind != "number")
                # «عشرات المتمردين لقوا مصرعهم في غارات», «استشهد ثلاثة جنود … بانفجار لغم»: the
                # subject of a verb of dying or being hurt is a victim, not the striker
                and not any(
                    variant_in(words[j], VICTIM_VERBS) for j in range(max(frame.lo, barrier + 1), m.first)
                )
            ),
            None,
        )
        if cand is not None and not any(
            variant_in(words[j], TOLL_CLAUSE) for j in range(max(frame.lo, barrier + 1), m.first)
        ):
            st.put("actor", cand[0], cand[1], "clause-subject-means", 0.6)
