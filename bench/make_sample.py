"""Rebuild the bundled sample corpus (src/marsad/data/sample/ant_sample.jsonl) from the ANT corpus.

python bench/make_sample.py [--shared ../shared/data]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

KEYWORDS = [
    "سوري",
    "العراق",
    "اليمن",
    "ليبيا",
    "داعش",
    "غارة",
    "قتل",
    "اشتباك",
    "الجيش",
    "فلسطين",
    "غزة",
    "قصف",
    "حلب",
    "الموصل",
    "الرقة",
]
ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--out", default=str(ROOT / "src/marsad/data/sample/ant_sample.jsonl"))
    args = ap.parse_args()
    news = Path(args.shared) / "news"
    reserved = {ln.strip() for ln in (news / "RESERVED_IDS.txt").read_text().splitlines() if ln.strip()}
    arts = [json.loads(ln) for ln in (news / "ant/ant.jsonl").open(encoding="utf-8")]
    pool = [
        a
        for a in arts
        if a["category"] in ("internationalNews", "politic")
        and not a["dup_of"]
        and a["id"] not in reserved
        and len(a["text"]) > 300
    ]
    rich = [a for a in pool if sum(k in a["text"] for k in KEYWORDS) >= 2]
    rich_ids = {a["id"] for a in rich}
    rest = [a for a in pool if a["id"] not in rich_ids]
    random.Random(20261129).shuffle(rest)
    sample = sorted(rich + rest[: 300 - len(rich)], key=lambda a: a["id"])
    with open(args.out, "w", encoding="utf-8") as fh:
        for a in sample:
            row = {k: a[k] for k in ("id", "title", "source", "url", "text", "category")}
            row["published"] = a["date"]
            fh.write(
                json.dumps(
                    {k: row[k] for k in ("id", "title", "published", "source", "url", "text", "category")},
                    ensure_ascii=False,
                )
                + "\n"
            )
    print(f"{len(sample)} articles ({len(rich)} conflict-rich) -> {args.out}")


if __name__ == "__main__":
    main()
