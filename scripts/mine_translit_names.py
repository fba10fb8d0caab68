"""Mine conventional English spellings of Arabic name words from marsad's own actor lexicon.

The person rows of ``src/marsad/data/actors/persons_*.tsv`` give an Arabic name and its English
name («بنيامين نتنياهو» / Benjamin Netanyahu). Where both have the same number of words («al-X»
counted as one), the words align one to one; a word's spelling is kept when at least 60 % of its
occurrences agree, it is capitalized (or a lower-case «al-» name), and the Arabic word has three
letters or more. Hand-written spellings (``words``) win over mined ones. The result is the
``mined_words`` table of ``src/marsad/data/models/translit_names.json``, which
`marsad.entities.translit.transliterate` reads before its letter rules («انور» → Anwar, «طارق» →
Tariq; the letter rules gave Anur and Tarq). `known_name` does not read it, so a single word that
names a place is never read as a person's name.

Run: python scripts/mine_translit_names.py   (rewrites mined_words in place; prints the count)
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from marsad.text.normalize import fold

ROOT = Path(__file__).resolve().parents[1] / "src" / "marsad" / "data"
TABLE = ROOT / "models" / "translit_names.json"
ARTICLES = {"al", "el", "ad", "as", "ash", "az", "ar", "an", "at", "ath"}
WORD = re.compile(r"(?:al-)?[A-Z][A-Za-z'’]*(?:-[A-Z][A-Za-z'’]*)?")
SHARE = 0.6


def _english_words(name: str) -> list[str]:
    """English name words, with «al-X» / «Al X» as one word «al-X»."""
    toks = name.replace("-", " - ").split()
    out: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.lower() in ARTICLES and i + 2 < len(toks) and toks[i + 1] == "-":
            out.append("al-" + toks[i + 2])
            i += 3
        elif t == "-" and out and i + 1 < len(toks):
            out[-1] += "-" + toks[i + 1]  # «Ki-moon», «Abdel-Aziz»: one word
            i += 2
        else:
            out.append(t)
            i += 1
    return out


def mine() -> dict[str, str]:
    seen: dict[str, Counter] = defaultdict(Counter)
    for path in sorted((ROOT / "actors").glob("persons_*.tsv")):
        lines = [ln for ln in path.open(encoding="utf-8") if not ln.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t"):
            ar, en = fold(row.get("name") or "").split(), _english_words(row.get("name_en") or "")
            if not ar or len(ar) != len(en):
                continue
            for a, e in zip(ar, en, strict=True):
                if len(a) >= 3 and WORD.fullmatch(e):
                    seen[a][e] += 1
    out = {}
    for a, counts in sorted(seen.items()):
        e, n = counts.most_common(1)[0]
        if n >= SHARE * sum(counts.values()):
            out[a] = e
    return out


def main() -> None:
    table = json.loads(TABLE.read_text("utf-8"))
    hand = table.get("words", {})
    mined = {a: e for a, e in mine().items() if a not in hand}
    table["mined_words"] = mined
    table["_about_mined"] = (
        "mined_words: spellings mined from the person rows of data/actors/persons_*.tsv (marsad's own "
        "lexicon, Apache-2.0) by scripts/mine_translit_names.py; read by transliterate only, after words."
    )
    TABLE.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"{len(mined)} mined words written to {TABLE}")


if __name__ == "__main__":
    main()
