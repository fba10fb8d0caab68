"""Sub-type decisions that depend on who is involved or what else the sentence says.

- A trigger row's ``alt`` conditions: «استعاد» by a non-state group is «Non-state actor overtakes
  territory»; «هجوم» on civilians is «Violence against civilians / Attack»; firing on protesters is
  «Excessive force against protesters». Who is who comes from ``Entity.attrs["inter"]`` (ACLED inter
  code, set by the actors stage), else from ``data/events/actor_hints.tsv``.
- Sentence modifiers (``data/events/modifiers.tsv``): a protest with «فرقت الشرطة» becomes «Protest with
  intervention», with «الرصاص الحي» «Excessive force against protesters», with «رشق بالحجارة» a riot.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from marsad.doc import Article
from marsad.events.arguments import Arg
from marsad.events.subjects import ALA
from marsad.events.taxonomy import taxonomy
from marsad.events.words import words
from marsad.text.normalize import fold

__all__ = ["split_type", "inter_of", "resolve_subtype", "apply_modifiers"]

TERROR = words("terror_adjectives")
AIR = words("air_words")
LONE_GUNMAN = words("lone_attacker_words")
SUICIDE = words("suicide_words")
GENERIC_ATTACK = words("generic_attack_words")
BLADES = words("blade_words")
HOSTAGES = words("hostage_words")
SECURITY_VICTIMS = words("security_victims")
SECURITY_REACH = 6  # words after a trigger naming its victims («كما أفادت الشرطة» later: the source)
REPORTED_CLAUSE = words("complementizers")  # the reported clause starts after one
SEIZED = words("seized_things")
SEIZED_REACH = 4  # words after «استولى» where what was taken is named («على 3 طائرات حربية»)
SEIZED_CLAUSE_REACH = 10  # words after it where «على» + a thing taken may stand after a long subject
HOSTAGE_REACH = 20  # words after a liberation trigger where its hostages may be named


def split_type(s: str) -> tuple[str, str]:
    """«Explosions/Remote violence/Air/drone strike» → the known (event type, sub-event type) pair."""
    tax = taxonomy()
    for i, ch in enumerate(s):
        if ch == "/" and tax.has(s[:i], s[i + 1 :]):
            return s[:i], s[i + 1 :]
    raise ValueError(f"not an event type/sub-event type pair: {s!r}")


def _rows(name: str) -> list[list[str]]:
    text = resources.files("marsad").joinpath(f"data/events/{name}").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:]


@lru_cache(maxsize=1)
def _hints() -> tuple[tuple[str, int], ...]:
    return tuple(sorted(((fold(p), int(i)) for p, i in _rows("actor_hints.tsv")), key=lambda x: -len(x[0])))


@lru_cache(maxsize=1)
def _modifiers() -> tuple[tuple[tuple[str, ...], tuple[str, str], tuple[str, str]], ...]:
    return tuple(
        (tuple(fold(c) for c in cues.split("|")), split_type(applies), split_type(becomes))
        for cues, applies, becomes in _rows("modifiers.tsv")
    )


def inter_of(article: Article, arg: Arg | None) -> tuple[int | None, str]:
    """ACLED inter code of an argument and where it came from ("actors", "hint" or "none")."""
    if arg is None:
        return None, "none"
    if arg.entity is not None:
        ent = article.entity(arg.entity)
        if ent is not None and isinstance(ent.attrs.get("inter"), int):
            return ent.attrs["inter"], "actors"
    words = f" {fold(arg.span.text)} "
    for phrase, inter in _hints():
        if f" {phrase} " in words or f" و{phrase} " in words or f" ل{phrase} " in words:
            return inter, "hint"
    return None, "none"


def resolve_subtype(
    article: Article,
    alts: tuple[tuple[str, str, str], ...],
    roles: dict[str, Arg],
    sentence_folded: str,
    after_trigger: str,
    before_trigger: str = "",
) -> tuple[str, str, str] | None:
    """(event_type, sub_event_type, condition) of the first alt whose condition holds, else None.
    ``before_trigger``: the clause's words before a trigger that follows «في», «خلال», «جراء» …, where the
    victims of a happening are named before it («قتل 48 مصليا في هجوم»)."""
    actor_inter, _ = inter_of(article, roles.get("actor"))
    if actor_inter != 1 and _pro_government(article, roles.get("actor")):
        actor_inter = 1  # «قوات المقاومة الشعبية الموالية للرئيس هادي»: the government's side
    target = roles.get("target")
    target_inter, how = inter_of(article, target)
    if target_inter == 7 and how == "hint" and _security_named(fold(target.span.text)):
        target_inter = None  # «قتل شرطي تركي ومدني»: police among the victims, no attack on civilians only
    # police or soldiers named as the victims before «في هجوم» or as what it hit right after it: «وقتل جندي
    # تركي … في هجوم شنه مسلحون … في بلدة سيلوبي», «قتل خمسة أشخاص خلال هجوم شنه مسلحون على مركز للشرطة»
    security_after = _security_named(" ".join(after_trigger.split()[:SECURITY_REACH]))
    security_before = bool(before_trigger) and _security_named(before_trigger)
    if target_inter is None:  # «هجوم على مدنيين»: no target entity, but the words after the trigger say who
        target_inter = _inter_in_text(after_trigger)
        if target_inter == 7 and (security_after or security_before):
            target_inter = None
    if target_inter is None and before_trigger and not security_after:
        # «أصيب 25 مدنيا بجروح في هجوم»: the victims, then «في»
        target_inter = _inter_in_text(before_trigger)
        if target_inter == 7 and security_before:
            target_inter = None  # «أصيب سبعة أشخاص بجروح بينهم خمسة من رجال الشرطة في هجوم»
    for cond, et, st in alts:
        if cond == "actor_state" and actor_inter == 1:
            return et, st, cond
        if cond == "actor_nonstate" and actor_inter in (2, 3, 4, 8) and actor_inter != 1:
            return et, st, cond
        if cond == "target_civilian" and (
            target_inter == 7 or _lone_gunman(roles.get("actor"), after_trigger)
        ):
            return et, st, cond
        if cond == "target_protester" and target_inter == 6:
            return et, st, cond
        if cond == "actor_air" and _aircraft(roles.get("actor")):
            return et, st, cond
        if cond == "terror" and any(w in TERROR for w in after_trigger.split()[:2]):
            return et, st, cond  # «هجوم باريس الإرهابي», «الهجوم الإرهابي على»
        if (
            cond == "blade"
            and target_inter not in (1, 2, 3, 4, 8)
            and any(w in BLADES for w in after_trigger.split()[:2])
        ):
            return et, st, cond  # «هجوم بمدية بأحد متاجر إيكيا»: a knife is no battle's weapon
        if cond == "seized_things" and _seized(after_trigger):
            return et, st, cond  # «استولى على 3 طائرات حربية», «استولت … على آليات ومعدات»: things taken
        if cond == "hostage_object" and any(_hostage(w) for w in after_trigger.split()[:2]):
            return et, st, cond  # «عملية احتجاز الرهائن في فندق»: hostages taken, nobody arrested
        if cond == "hostages" and any(_hostage(w) for w in after_trigger.split()[:HOSTAGE_REACH]):
            # «حرر 30 رهينة», «حرر خلال عملية عسكرية … 178 شخصا … كانت حركة بوكو حرام تحتجزهم رهائن»:
            # people freed by force, no ground taken
            return et, st, cond
    return None


def _seized(after_trigger: str) -> bool:
    """Weapons, vehicles, aircraft or money named in the first words after the trigger (a number or «على»
    may come first): what was taken is property, not ground."""
    after = after_trigger.split()
    if any(_seized_word(w) for w in after[:SEIZED_REACH]):
        return True
    # VSO with a long subject: «استولت السلطات المحلية بمحافظة مأرب شرق اليمن على شاحنة»
    return any(
        w == ALA and k + 1 < len(after) and _seized_word(after[k + 1])
        for k, w in enumerate(after[:SEIZED_CLAUSE_REACH])
    )


def _seized_word(w: str) -> bool:
    return w in SEIZED or (w[:1] in "وب" and w[1:] in SEIZED)


def _hostage(word: str) -> bool:
    """A hostage word, bare or with «ال», «لل» or «و» before it («المختطفين», «والرهائن»)."""
    for w in (word, word[1:] if word[:1] == "و" else word):
        if w in HOSTAGES or (w[:2] == "ال" and w[2:] in HOSTAGES) or (w[:2] == "لل" and w[2:] in HOSTAGES):
            return True
    return False


PRO_GOVERNMENT = tuple(
    fold(f"{a} {b}")
    for a in ("الموالية", "الموالي", "الموالين", "الموالون", "التابعة", "التابع")
    for b in ("للحكومة", "للرئيس", "للشرعية", "لحكومة", "للجيش")
)


def _pro_government(article: Article, arg: Arg | None) -> bool:
    """The actor phrase, or the words right after it, say it fights for the government
    («القوات الموالية للحكومة», «قوات المقاومة الشعبية الموالية للرئيس عبد ربه منصور هادي»)."""
    if arg is None:
        return False
    end = arg.span.end
    window = fold(article.text[arg.span.start : end + 24])
    return any(p in window for p in PRO_GOVERNMENT)


def _lone_gunman(arg: Arg | None, after_trigger: str) -> bool:
    """A single gunman («مسلح فتح النار داخل صالة سينما», «رجل مسلح»): a lone attacker's shooting is violence
    against civilians, not a battle between two armed sides, whoever the victims. Not the trigger's adjective
    («نصبت كمينا مسلحا», «هجوما مسلحا»)."""
    if arg is None:
        return False
    ws = fold(arg.span.text).split()
    if ws and after_trigger.split()[:1] == ws[:1]:
        return False
    return " ".join(ws[:2]) in LONE_GUNMAN or (len(ws) <= 2 and ws[0] in LONE_GUNMAN)


def _aircraft(arg: Arg | None) -> bool:
    """The actor is an aircraft («طائرة بدون طيار», «مقاتلات التحالف»): its attack is an air strike."""
    return arg is not None and any(w in AIR for w in fold(arg.span.text).split()[:2])


def _security_named(text: str) -> bool:
    """Police, soldiers or security men named among the victims (folded words; «لل»/«بال» read as «ال»)."""
    return any(v in SECURITY_VICTIMS for w in text.split() for v in _bare(w))


def _inter_in_text(text: str) -> int | None:
    """Protesters (6) or civilians (7) named in ``text`` (folded words after the trigger): the first
    hint in the table's order (longest first) found as words, or after the article «ال»; a one-word hint
    also with a clitic or tanween («هجوم استهدف مسجدا», «الذي شهدته دار للسينما», «ومصليا»)."""
    present = set(text.split())
    words = f" {text} "
    variants = {v for w in present for v in _bare(w)}
    for phrase, inter, first in _victim_hints():
        if (first in present or "ال" + first in present) and (
            f" {phrase} " in words or f" ال{phrase} " in words
        ):
            return inter
        if " " not in phrase and phrase in variants:
            return inter
    return None


def _bare(word: str) -> tuple[str, ...]:
    """A word without «و»/«ف», with «لل»/«بال» read as «ال», and without a tanween alif: the forms a
    one-word hint may take in text."""
    out = [word]
    if word[:1] in ("و", "ف") and len(word) > 3:
        out.append(word[1:])
    for w in tuple(out):
        if w.startswith("لل") and len(w) > 4:
            out.append("ال" + w[2:])
        elif w[:1] in ("ب", "ل") and w[1:3] == "ال" and len(w) > 4:
            out.append(w[1:])
    for w in tuple(out):
        if w.endswith("ا") and len(w) > 3:
            out.append(w[:-1])
    return tuple(out)


@lru_cache(maxsize=1)
def _victim_hints() -> tuple[tuple[str, int, str], ...]:
    return tuple((p, i, p.split()[0]) for p, i in _hints() if i in (6, 7))


IN_HAPPENING = frozenset(fold(w) for w in ("في", "خلال", "جراء", "إثر", "اثر", "بعد", "عقب", "أثناء"))


# «إثر تعرضه لإطلاق نار»: «was subjected to» with the victim as its pronoun, named before it
EXPOSED_TO = words("exposed_verbs") | words("exposed_pronoun_verbs")


def victims_before(words: list[str], lo: int, first: int) -> str:
    """The words of the trigger's window before it (after a complementizer, when there is one) when the
    trigger follows «في», «خلال», «جراء» … («أصيب 25 مدنيا بجروح في هجوم»), or «تعرض(ه)» («استشهاد رجل
    الأمن … إثر تعرضه لإطلاق نار»), else ""."""
    if first <= lo or (words[first - 1] not in IN_HAPPENING and words[first - 1] not in EXPOSED_TO):
        return ""
    seg = words[lo : first - 1]
    # «وبحسب تأكيدات الصحفي …، فإن تسعة من ميليشيات التمرد قتلوا في كمين»: the source before the
    # complementizer is no victim
    cut = max((i for i, w in enumerate(seg) if w in REPORTED_CLAUSE), default=-1)
    return " ".join(seg[cut + 1 :])


def suicide_attack(trigger_text: str, sentence_folded: str) -> bool:
    """A definite generic attack whose sentence names a suicide bomber is the suicide bombing: «أدانت … الهجوم
    الإرهابي الذي وقع في مدينة مروة، حيث فجرت انتحاريتان نفسيهما» (the sentence, not the trigger's clause)."""
    ws = fold(trigger_text).split()
    if not ws or not any(v in GENERIC_ATTACK and v.startswith("ال") for v in _bare(ws[0])):
        return False  # «قتل جنديان في هجوم على حاجز، بينما فجر انتحاري نفسه في العريش»: two happenings
    return any(
        w in SUICIDE or (w[:1] in ("و", "ب", "ل") and w[1:] in SUICIDE) for w in sentence_folded.split()
    )


def apply_modifiers(
    event_type: str, sub_event_type: str, sentence_folded: str
) -> tuple[str, str, str | None]:
    """The sub-type after sentence cues, and the cue that changed it (None when unchanged)."""
    cue_used = None
    padded = f" {sentence_folded} "
    for cues, applies, becomes in _modifiers():
        if (event_type, sub_event_type) == applies:
            for c in cues:
                if _has(c, padded):
                    event_type, sub_event_type = becomes
                    cue_used = c
                    break
    return event_type, sub_event_type, cue_used


def _has(cue: str, padded: str) -> bool:
    """``cue`` occurs in ``padded`` as whole words, possibly after a proclitic («وفرقت», «بالرصاص»)."""
    return any(f"{pre}{cue} " in padded for pre in (" ", " و", " ف", " ب", " ل", " وب"))
