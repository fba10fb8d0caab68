"""The draws of the blind event rounds 5–24 (`events_r<N>a.jsonl`, `events_r<N>b.jsonl`…), in one place.

Every round samples the pool of events_fresh_source.py (300–900 characters, a conflict place named as
a word, an event word, no `dup_of`, not reserved, in no other tests/data set; a round's own two files
never exclude their own articles) with its own seed, SaudiNewsNet politics first, then ANT
internationalNews, and gives the first part of each sample to half a, the rest to half b. From round
11 on, near-copies of annotated articles are skipped (the same first 80 letters after folding, or a
shared run of 12 words: a fifth of the earlier draws were SaudiNewsNet reposts) and ANT articles may run
to 1,500 characters (the shorter pool is used up). Round 15 turns to the longer SaudiNewsNet politics
articles (901–1,500 characters; the 300–900 pool is used up too): 42 of them, cut into three parts a, b
and c of 14; rounds 16 and 17 draw 42 more each from what is left of that pool, round 18 draws 30 of the
1,501–2,500-character articles (three parts of 10); rounds 19 and 20, 42 more of 901–1,500 characters each; round 21, 30 more of 1,501–2,500 and round 22,
42 more of 901–1,500, drawn together; rounds 23 and 24 the same way. The draw depends on the sets present when it is run;
the committed JSONL files are the record of what each round drew.

Run: python tests/data/events_round<N>_select.py   (prints the draw: half, id, characters, title)
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import msgspec

sys.path.insert(0, str(Path(__file__).parent))
import events_fresh_source as fresh  # noqa: E402
from events_dev_source import NEWS  # noqa: E402

HERE = Path(__file__).parent
RUN = 12  # words shared in a row that make two articles copies


class Round(msgspec.Struct, frozen=True):
    seed: int
    snn: int = 24  # sample sizes
    ant: int = 16
    snn_a: int = 12  # how many of each sample go to half a
    ant_a: int = 8
    fresh_only: bool = False  # skip near-copies, longer ANT articles
    halves: bool = False  # whatever is left in the pool, split in two halves (round 14)
    snn_chars: tuple[int, int] = (300, 900)  # length range of the SaudiNewsNet pool
    parts: int = 0  # > 0: the SaudiNewsNet sample alone, cut into this many equal parts (round 15)
    after: int = 0  # a round drawn together with this one from the same pool: its draw is skipped
    ant_cats: tuple[str, ...] = ()  # parts drawn from these ANT sections instead (round 67)
    ant_chars: tuple[int, int] = (300, 4000)  # length range of that ANT pool
    world: bool = False  # SaudiNewsNet outside the politics subset (round 85): `_world_pool`
    world_words: tuple[int, int] = (4, 10**6)  # event words an article of that pool names (round 101: 3)


def _sparse(
    seed: int,
    after: int = 0,
    words: int = 3,
    chars: tuple[int, int] = (300, 4000),
    most: int = 0,
    n: int = 24,
) -> Round:
    """A round of the sparse world pool (rounds 101 on): 24 world articles of 300–4,000 characters that
    name exactly three event words (``words``; two from round 109 on, the three-word pool being used
    up; one from round 123 on, the two-word pool used up in turn), in three parts of eight. Rounds 127 on
    go back to longer articles (``chars``) naming two to four event words (``words`` to ``most``), ``n``
    of them in three parts; round 130 draws 12 of the longest articles (8,001–30,000
    characters, one event word or more) and round 131 18 of 4,001–8,000 characters that name exactly one
    (the pools of two words or more being used up); round 132 goes back to the one-word pool of 300–4,000
    characters (rounds 123–126), and rounds 133–134 to the one-word pool of 4,001–8,000 (round 131); rounds 135, 137 and 139 draw from
    the short one-word pool again and rounds 136, 138 and 140 from the long one. Rounds 141–146 (short)
    and 147 (long: two articles of that pool are left after it) are training rounds (session 40): drawn one after the
    other, each excluding the rounds before it, and annotated from the same brief to enlarge what the
    learned parts are trained on; they are not blind."""
    return Round(
        seed,
        snn=n,
        ant=0,
        fresh_only=True,
        snn_chars=chars,
        parts=3,
        world=True,
        world_words=(words, most or words),
        after=after,
    )


ROUNDS = {
    5: Round(5151),
    6: Round(6161),
    7: Round(7171),
    8: Round(8181),
    9: Round(9292),
    10: Round(1010),
    11: Round(1111, fresh_only=True),
    12: Round(1212, fresh_only=True),
    13: Round(1313, snn=26, ant=14, snn_a=13, ant_a=7, fresh_only=True),
    14: Round(1414, snn=36, ant=4, fresh_only=True, halves=True),
    15: Round(1515, snn=42, ant=0, fresh_only=True, snn_chars=(901, 1500), parts=3),
    16: Round(1616, snn=42, ant=0, fresh_only=True, snn_chars=(901, 1500), parts=3),
    17: Round(1717, snn=42, ant=0, fresh_only=True, snn_chars=(901, 1500), parts=3),
    18: Round(1818, snn=30, ant=0, fresh_only=True, snn_chars=(1501, 2500), parts=3),
    19: Round(1919, snn=42, ant=0, fresh_only=True, snn_chars=(901, 1500), parts=3),
    20: Round(2020, snn=42, ant=0, fresh_only=True, snn_chars=(901, 1500), parts=3),
    21: Round(2121, snn=30, ant=0, fresh_only=True, snn_chars=(1501, 2500), parts=3),
    22: Round(2222, snn=42, ant=0, fresh_only=True, snn_chars=(901, 1500), parts=3),
    23: Round(2323, snn=30, ant=0, fresh_only=True, snn_chars=(1501, 2500), parts=3),
    24: Round(2424, snn=42, ant=0, fresh_only=True, snn_chars=(901, 1500), parts=3),
    25: Round(2525, snn=30, ant=0, fresh_only=True, snn_chars=(1501, 2500), parts=3),
    26: Round(2626, snn=30, ant=0, fresh_only=True, snn_chars=(1501, 2500), parts=3, after=25),
    27: Round(2727, snn=30, ant=0, fresh_only=True, snn_chars=(1501, 2500), parts=3),
    28: Round(2828, snn=30, ant=0, fresh_only=True, snn_chars=(1501, 2500), parts=3, after=27),
    29: Round(2929, snn=30, ant=0, fresh_only=True, snn_chars=(1501, 2500), parts=3),
    30: Round(3030, snn=30, ant=0, fresh_only=True, snn_chars=(1501, 2500), parts=3, after=29),
    31: Round(3131, snn=30, ant=0, fresh_only=True, snn_chars=(1501, 2500), parts=3),
    32: Round(3232, snn=30, ant=0, fresh_only=True, snn_chars=(1501, 2500), parts=3, after=31),
    33: Round(3333, snn=30, ant=0, fresh_only=True, snn_chars=(1501, 2500), parts=3),
    34: Round(3434, snn=30, ant=0, fresh_only=True, snn_chars=(1501, 2500), parts=3, after=33),
    35: Round(3535, snn=30, ant=0, fresh_only=True, snn_chars=(1501, 2500), parts=3),
    36: Round(3636, snn=30, ant=0, fresh_only=True, snn_chars=(2501, 4000), parts=3),
    37: Round(3737, snn=30, ant=0, fresh_only=True, snn_chars=(2501, 4000), parts=3),
    38: Round(3838, snn=30, ant=0, fresh_only=True, snn_chars=(2501, 4000), parts=3, after=37),
    39: Round(3939, snn=30, ant=0, fresh_only=True, snn_chars=(2501, 4000), parts=3),
    40: Round(4040, snn=30, ant=0, fresh_only=True, snn_chars=(2501, 4000), parts=3, after=39),
    41: Round(4141, snn=30, ant=0, fresh_only=True, snn_chars=(2501, 4000), parts=3),
    42: Round(4242, snn=30, ant=0, fresh_only=True, snn_chars=(2501, 4000), parts=3, after=41),
    43: Round(4343, snn=30, ant=0, fresh_only=True, snn_chars=(2501, 4000), parts=3),
    44: Round(4444, snn=30, ant=0, fresh_only=True, snn_chars=(2501, 4000), parts=3, after=43),
    45: Round(4545, snn=30, ant=0, fresh_only=True, snn_chars=(2501, 4000), parts=3),
    46: Round(4646, snn=24, ant=0, fresh_only=True, snn_chars=(4001, 6000), parts=3),
    47: Round(4747, snn=24, ant=0, fresh_only=True, snn_chars=(4001, 6000), parts=3, after=46),
    48: Round(4848, snn=24, ant=0, fresh_only=True, snn_chars=(4001, 6000), parts=3),
    49: Round(4949, snn=24, ant=0, fresh_only=True, snn_chars=(4001, 6000), parts=3, after=48),
    50: Round(5050, snn=24, ant=0, fresh_only=True, snn_chars=(4001, 6000), parts=3),
    51: Round(5151, snn=24, ant=0, fresh_only=True, snn_chars=(4001, 6000), parts=3, after=50),
    52: Round(5252, snn=24, ant=0, fresh_only=True, snn_chars=(4001, 6000), parts=3),
    53: Round(5353, snn=24, ant=0, fresh_only=True, snn_chars=(4001, 6000), parts=3, after=52),
    54: Round(5454, snn=24, ant=0, fresh_only=True, snn_chars=(4001, 6000), parts=3),
    55: Round(5555, snn=24, ant=0, fresh_only=True, snn_chars=(4001, 6000), parts=3, after=54),
    56: Round(5656, snn=18, ant=0, fresh_only=True, snn_chars=(6001, 8000), parts=3),
    57: Round(5757, snn=18, ant=0, fresh_only=True, snn_chars=(6001, 8000), parts=3, after=56),
    58: Round(5858, snn=24, ant=0, fresh_only=True, snn_chars=(801, 2500), parts=3),
    59: Round(5959, snn=18, ant=0, fresh_only=True, snn_chars=(6001, 8000), parts=3),
    60: Round(6060, snn=14, ant=0, fresh_only=True, snn_chars=(2501, 4000), parts=2),
    61: Round(6161, snn=8, ant=0, fresh_only=True, snn_chars=(4001, 6000), parts=2),
    62: Round(6262, snn=18, ant=0, fresh_only=True, snn_chars=(801, 2500), parts=3),
    63: Round(6363, snn=12, ant=0, fresh_only=True, snn_chars=(6001, 8000), parts=3),
    64: Round(6464, snn=9, ant=0, fresh_only=True, snn_chars=(6001, 8000), parts=3),
    65: Round(6565, snn=9, ant=0, fresh_only=True, snn_chars=(8001, 10000), parts=3),
    66: Round(6666, snn=9, ant=0, fresh_only=True, snn_chars=(8001, 10000), parts=3),
    67: Round(6767, snn=0, ant=24, fresh_only=True, parts=3, ant_cats=("internationalNews", "politic")),
    68: Round(6868, snn=0, ant=24, fresh_only=True, parts=3, ant_cats=("localNews",), ant_chars=(300, 2500)),
    69: Round(6969, snn=0, ant=24, fresh_only=True, parts=3, ant_cats=("localNews",), ant_chars=(300, 2500)),
    70: Round(7070, snn=0, ant=24, fresh_only=True, parts=3, ant_cats=("localNews",), ant_chars=(300, 2500)),
    71: Round(
        7171,
        snn=0,
        ant=24,
        fresh_only=True,
        parts=3,
        ant_cats=("localNews",),
        ant_chars=(300, 2500),
        after=70,
    ),
    72: Round(7272, snn=0, ant=24, fresh_only=True, parts=3, ant_cats=("localNews",), ant_chars=(300, 2500)),
    73: Round(
        7373,
        snn=0,
        ant=24,
        fresh_only=True,
        parts=3,
        ant_cats=("localNews",),
        ant_chars=(300, 2500),
        after=72,
    ),
    74: Round(
        7474,
        snn=0,
        ant=24,
        fresh_only=True,
        parts=3,
        ant_cats=("internationalNews", "politic", "society", "diverse"),
    ),
    75: Round(7575, snn=0, ant=24, fresh_only=True, parts=3, ant_cats=("localNews",), ant_chars=(300, 2500)),
    76: Round(7676, snn=0, ant=18, fresh_only=True, parts=3, ant_cats=("localNews",), ant_chars=(300, 8000)),
    77: Round(
        7777,
        snn=0,
        ant=10,
        fresh_only=True,
        parts=2,
        ant_cats=("internationalNews", "politic", "society", "diverse"),
    ),
    78: Round(7878, snn=9, ant=0, fresh_only=True, snn_chars=(8001, 10000), parts=3),
    79: Round(7979, snn=9, ant=0, fresh_only=True, snn_chars=(10001, 12000), parts=3),
    80: Round(8080, snn=6, ant=0, fresh_only=True, snn_chars=(8001, 10000), parts=2),
    81: Round(8181, snn=9, ant=0, fresh_only=True, snn_chars=(10001, 12000), parts=3),
    82: Round(8282, snn=9, ant=0, fresh_only=True, snn_chars=(12001, 15000), parts=3),
    83: Round(8383, snn=8, ant=0, fresh_only=True, snn_chars=(12001, 15000), parts=2),
    84: Round(8484, snn=6, ant=0, fresh_only=True, snn_chars=(15001, 20000), parts=3),
    85: Round(8585, snn=30, ant=0, fresh_only=True, snn_chars=(300, 2500), parts=3, world=True),
    86: Round(8686, snn=30, ant=0, fresh_only=True, snn_chars=(300, 2500), parts=3, world=True, after=85),
    87: Round(8787, snn=30, ant=0, fresh_only=True, snn_chars=(300, 2500), parts=3, world=True),
    88: Round(8888, snn=30, ant=0, fresh_only=True, snn_chars=(300, 2500), parts=3, world=True, after=87),
    89: Round(8989, snn=30, ant=0, fresh_only=True, snn_chars=(300, 2500), parts=3, world=True),
    90: Round(9090, snn=30, ant=0, fresh_only=True, snn_chars=(300, 2500), parts=3, world=True, after=89),
    91: Round(9191, snn=30, ant=0, fresh_only=True, snn_chars=(300, 2500), parts=3, world=True),
    92: Round(9292, snn=30, ant=0, fresh_only=True, snn_chars=(300, 2500), parts=3, world=True, after=91),
    93: Round(9393, snn=30, ant=0, fresh_only=True, snn_chars=(300, 2500), parts=3, world=True),
    94: Round(9494, snn=30, ant=0, fresh_only=True, snn_chars=(300, 2500), parts=3, world=True, after=93),
    95: Round(9595, snn=24, ant=0, fresh_only=True, snn_chars=(300, 2500), parts=3, world=True),
    96: Round(9696, snn=24, ant=0, fresh_only=True, snn_chars=(2501, 4000), parts=3, world=True),
    97: Round(9797, snn=24, ant=0, fresh_only=True, snn_chars=(2501, 4000), parts=3, world=True),
    98: Round(9898, snn=24, ant=0, fresh_only=True, snn_chars=(4001, 6000), parts=3, world=True),
    99: Round(9999, snn=21, ant=0, fresh_only=True, snn_chars=(2501, 4000), parts=3, world=True),
    100: Round(10000, snn=21, ant=0, fresh_only=True, snn_chars=(4001, 10000), parts=3, world=True),
    101: _sparse(10101),
    102: _sparse(10202),
    103: _sparse(10303),
    104: _sparse(10404),
    105: _sparse(10505, after=104),
    106: _sparse(10606),
    107: _sparse(10707, after=106),
    108: _sparse(10808),
    109: _sparse(10909, words=2),
    110: _sparse(11010, words=2),
    111: _sparse(11111, words=2),
    112: _sparse(11212, words=2, after=111),
    113: _sparse(11313, words=2),
    114: _sparse(11414, words=2, after=113),
    115: _sparse(11515, words=2),
    116: _sparse(11616, words=2, after=115),
    117: _sparse(11717, words=2),
    118: _sparse(11818, words=2, after=117),
    119: _sparse(11919, words=2),
    120: _sparse(12020, words=2, after=119),
    121: _sparse(12121, words=2),
    122: _sparse(12222, words=2, after=121),
    123: _sparse(12323, words=1),
    124: _sparse(12424, words=1, after=123),
    125: _sparse(12525, words=1),
    126: _sparse(12626, words=1, after=125),
    127: _sparse(12727, words=2, chars=(4001, 8000), most=4, n=18),
    128: _sparse(12828, words=2, chars=(4001, 8000), most=4, n=18, after=127),
    129: _sparse(12929, words=2, chars=(4001, 8000), most=4, n=18),
    130: _sparse(13030, words=1, chars=(8001, 30000), most=10**6, n=12),
    131: _sparse(13131, words=1, chars=(4001, 8000), n=18),
    132: _sparse(13232, words=1),
    133: _sparse(13333, words=1, chars=(4001, 8000), n=18),
    134: _sparse(13434, words=1, chars=(4001, 8000), n=18),
    135: _sparse(13535, words=1),
    136: _sparse(13636, words=1, chars=(4001, 8000), n=18),
    137: _sparse(13737, words=1),
    138: _sparse(13838, words=1, chars=(4001, 8000), n=18),
    139: _sparse(13939, words=1),
    140: _sparse(14040, words=1, chars=(4001, 8000), n=18),
    141: _sparse(14141, words=1),
    142: _sparse(14242, words=1),
    143: _sparse(14343, words=1),
    144: _sparse(14444, words=1),
    145: _sparse(14545, words=1),
    146: _sparse(14646, words=1),
    147: _sparse(14747, words=1, chars=(4001, 8000), n=18),
}


def outs(n: int) -> tuple[Path, ...]:
    return tuple(HERE / f"events_r{n}{p}.jsonl" for p in "abc"[: max(2, ROUNDS[n].parts)])


def _used(own: tuple[Path, ...]) -> set[str]:
    saved = fresh.OUT
    used: set[str] = set()
    for out in own:  # the round's own files never exclude their own articles
        fresh.OUT = out
        ids = fresh._used_ids()
        used = ids if not used else used & ids
    fresh.OUT = saved
    return used


def _letters(text: str) -> str:
    return re.sub(r"[^\u0621-\u064a]", "", text.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا"))


def _grams(text: str) -> set[tuple[str, ...]]:
    w = text.split()
    return {tuple(w[i : i + RUN]) for i in range(max(0, len(w) - RUN + 1))}


def _annotated_texts(own: tuple[Path, ...]) -> list[str]:
    ids = {
        json.loads(line)["id"]
        for p in HERE.glob("events_*.jsonl")
        if p not in own
        for line in p.open(encoding="utf-8")
        if line.strip()
    }
    from marsad.devsets import SNN_ORIGINAL, _snn_originals

    texts = []
    for path in (NEWS / "saudinewsnet/saudinewsnet_politics.jsonl", NEWS / "ant/ant.jsonl"):
        with path.open(encoding="utf-8") as f:
            for line in f:
                a = json.loads(line)
                if a["id"] in ids:
                    texts.append(a["text"])
                    ids.discard(a["id"])
    return texts + [a["text"] for a in _snn_originals(NEWS / SNN_ORIGINAL, ids).values()]


def _long_ant_pool(used: set[str]) -> list[dict]:
    """ANT internationalNews articles of 300–1,500 characters."""
    out = []
    with (NEWS / "ant/ant.jsonl").open(encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            t = a["text"]
            if "internationalNews" not in a["id"] or a["id"] in used or a.get("dup_of"):
                continue
            if 300 <= len(t) <= 1500 and fresh.PLACE_RE.search(t) and fresh.EVENT_RE.search(t):
                out.append(a)
    return out


WORLD_EVENT = re.compile(
    "قصف|غارة|غارات|اشتباك|هجوم|انفجار|تفجير|مقتل|قتلى|اعتقال|القبض على|مسلح|اغتيال|عبوة|انتحاري|"
    "اختطاف|مظاهرة|احتجاج|متظاهرين"
)


def _world_pool(used: set[str], chars: tuple[int, int], words: tuple[int, int] = (4, 10**6)) -> list[dict]:
    """SaudiNewsNet articles outside the politics subset (the conflicts it does not name: Egypt, Turkey,
    Afghanistan, Mali, Nigeria, Ukraine, the bombings in Saudi Arabia and Kuwait…): read from the
    original daily zips, sports papers left out, not a copy of an earlier article of the corpus, at
    least four event words (``words``: the range), in the length range. Sorted by id so the draw is
    stable."""
    from marsad.devsets import SNN_ORIGINAL, read_snn_day

    subset = {json.loads(line)["id"] for line in (NEWS / "saudinewsnet/saudinewsnet_politics.jsonl").open()}
    seen: set[str] = set()
    out = []
    for zp in sorted((NEWS / SNN_ORIGINAL).glob("*.zip")):
        for a in read_snn_day(zp):
            key = " ".join(a["text"].split())
            first = key not in seen
            seen.add(key)
            if (
                not first
                or a["id"] in subset
                or a["id"] in used
                or a["source"] in ("arreyadi", "arriyadiyah")
            ):
                continue
            if (
                chars[0] <= len(a["text"]) <= chars[1]
                and words[0] <= len(WORLD_EVENT.findall(a["title"] + "\n" + a["text"])) <= words[1]
            ):
                out.append(a)
    return out


def select(n: int, also_own: tuple[Path, ...] = ()) -> dict[str, list[dict]]:
    """Round ``n``'s draw: {"r<n>a": [...], "r<n>b": [...]}. ``also_own``: files of a round drawn
    together with this one (they do not count as earlier sets)."""
    r = ROUNDS[n]
    own = outs(n) + also_own
    if r.after:
        own += outs(r.after)
    used = _used(own)
    if r.after:  # same pool, drawn together: skip the other round's draw
        used |= {a["id"] for arts in select(r.after, outs(n)).values() for a in arts}
    rng = random.Random(r.seed)
    snn = fresh._pool(NEWS / "saudinewsnet/saudinewsnet_politics.jsonl", used, chars=r.snn_chars)
    if not r.fresh_only:
        ant = fresh._pool(NEWS / "ant/ant.jsonl", used, "internationalNews")
        s, a = rng.sample(snn, r.snn), rng.sample(ant, r.ant)
    else:
        known = _annotated_texts(own)
        heads = {_letters(t)[:80] for t in known}
        grams = set().union(*(_grams(t) for t in known))

        def new(art: dict) -> bool:
            return _letters(art["text"])[:80] not in heads and not (_grams(art["text"]) & grams)

        snn = [x for x in snn if new(x)]
        if r.world:
            snn = [x for x in _world_pool(used, r.snn_chars, r.world_words) if new(x)]
        ant = [x for x in _long_ant_pool(used) if new(x)]
        if r.ant_cats:  # ANT's own politics and world sections, sorted by id so the draw is stable
            pools = (fresh._pool(NEWS / "ant/ant.jsonl", used, c, chars=r.ant_chars) for c in r.ant_cats)
            ant = sorted((x for pool in pools for x in pool if new(x)), key=lambda x: x["id"])
            s = rng.sample(ant, r.ant)
            size = r.ant // r.parts
            return {f"r{n}{p}": s[i * size : (i + 1) * size] for i, p in enumerate("abc"[: r.parts])}
        if r.parts:
            s = rng.sample(snn, r.snn)
            size = r.snn // r.parts
            return {f"r{n}{p}": s[i * size : (i + 1) * size] for i, p in enumerate("abc"[: r.parts])}
        if r.halves:
            s, a = rng.sample(snn, min(r.snn, len(snn))), rng.sample(ant, min(r.ant, len(ant)))
            picked = s + a
            half = len(picked) // 2
            return {f"r{n}a": picked[:half], f"r{n}b": picked[half:]}
        s, a = rng.sample(snn, r.snn), rng.sample(ant, r.ant)
    return {f"r{n}a": s[: r.snn_a] + a[: r.ant_a], f"r{n}b": s[r.snn_a :] + a[r.ant_a :]}


def main(n: int) -> None:
    for half, arts in select(n).items():
        for art in arts:
            print(half, art["id"], len(art["text"]), (art.get("title") or "")[:60], sep="\t")
