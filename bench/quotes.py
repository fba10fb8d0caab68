"""Quotes stage: build the dev set from its annotation source, and time the stage on real articles.

    .venv/bin/python bench/quotes.py build-dev          # tests/data/quotes_dev_source.tsv -> quotes_dev.jsonl
    .venv/bin/python bench/quotes.py build-dev --source tests/data/quotes_check_source.tsv \
        --out tests/data/quotes_check.jsonl             # the held-out check set
    .venv/bin/python bench/quotes.py speed [--n 2000]   # articles/s of the quotes stage (text stage excluded)

The annotation source is written by reading each article; this script only turns its anchors (first and
last words of each content, cue and speaker surface texts) into character offsets and checks them.
ANT texts (Apache-2.0) are stored in the dev set; SaudiNewsNet texts (CC BY-NC-SA 4.0) are not: the
dev set keeps their id and a hash, and the evaluator reads the text from the shared corpus.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tests/data/quotes_dev_source.tsv"
OUT = ROOT / "tests/data/quotes_dev.jsonl"


def _corpus_dir() -> Path:
    sys.path.insert(0, str(ROOT / "src"))
    from marsad.quotes.evaluate import corpus_dir

    found = corpus_dir()
    if found is None:
        raise SystemExit("shared news corpora not found (set MARSAD_SHARED)")
    return found


def _load_texts(ids: set[str]) -> dict[str, str]:
    news = _corpus_dir()
    texts: dict[str, str] = {}
    for path in (news / "ant/ant.jsonl", news / "saudinewsnet/saudinewsnet_politics.jsonl"):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                a = json.loads(line)
                if a["id"] in ids:
                    texts[a["id"]] = a["text"]
    return texts


def _nearest(text: str, needle: str, lo: int, hi: int, *, last: bool) -> int:
    """Start of the occurrence of needle inside text[lo:hi] nearest to hi (last) or lo (not last)."""
    pos = text.rfind(needle, lo, hi) if last else text.find(needle, lo, hi)
    return pos


def _resolve(text: str, rows: list[list[str]], aid: str) -> list[dict]:
    quotes = []
    cursor = 0
    for row in rows:
        row = row + [""] * (7 - len(row))
        kind, cue, first, last, speaker, aliases, reported_by = row[:7]
        after = cue.endswith("^")
        cue = cue.rstrip("^")
        start = text.find(first, cursor)
        if start < 0:
            raise SystemExit(f"{aid}: content start {first!r} not found after {cursor}")
        end = text.find(last, start)
        if end < 0:
            raise SystemExit(f"{aid}: content end {last!r} not found after {start}")
        end += len(last)
        cursor = start + 1
        if after:
            cpos = _nearest(text, cue, end, len(text), last=False)
        else:
            cpos = _nearest(text, cue, 0, start + len(cue), last=True)
            if cpos >= start:  # the cue word is inside the content ("إن النداء ..." after قال)
                cpos = _nearest(text, cue, 0, start, last=True)
        if cpos < 0:
            raise SystemExit(f"{aid}: cue {cue!r} not found near {first!r}")
        spk = None
        if speaker != "-":
            if after:
                spos = text.find(speaker, end)
            else:
                spos = text.rfind(speaker, 0, start)
                if spos < 0:  # speaker named only after the quote
                    spos = text.find(speaker, end)
            if spos < 0:
                raise SystemExit(f"{aid}: speaker {speaker!r} not found near {first!r}")
            spk = {"start": spos, "end": spos + len(speaker), "text": speaker}
        quotes.append(
            {
                "start": start,
                "end": end,
                "text": text[start:end],
                "kind": {"D": "direct", "I": "indirect", "M": "mixed"}[kind],
                "cue": {"start": cpos, "end": cpos + len(cue), "text": cue},
                "speaker": spk,
                "speaker_aliases": [a for a in aliases.split(";") if a],
                "reported_by": reported_by or None,
            }
        )
    return quotes


def build_dev(source: Path = SOURCE, out_path: Path = OUT) -> None:
    blocks: dict[str, list[list[str]]] = {}
    order: list[str] = []
    current = None
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@ "):
            current = line[2:].strip()
            order.append(current)
            blocks[current] = []
        elif current is not None:
            blocks[current].append(line.split("\t"))
    reserved = set((_corpus_dir() / "RESERVED_IDS.txt").read_text().split())
    texts = _load_texts(set(order))
    n = 0
    with out_path.open("w", encoding="utf-8") as out:
        for aid in order:
            if aid in reserved:
                raise SystemExit(f"{aid} is reserved for held-out evaluation")
            text = texts[aid]
            quotes = _resolve(text, blocks[aid], aid)
            rec = {
                "id": aid,
                "corpus": "ant" if aid.startswith("ant-") else "saudinewsnet",
                "sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
                "text": text if aid.startswith("ant-") else None,
                "quotes": quotes,
            }
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += len(quotes)
    print(f"{len(order)} articles, {n} quotes -> {out_path}")


def speed(n: int) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from marsad.doc import Article
    from marsad.quotes.component import QuoteFinder
    from marsad.text.component import TextLayer

    news = _corpus_dir()
    arts = []
    with (news / "ant/ant.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            arts.append(Article(json.loads(line)["text"]))
            if len(arts) >= n:
                break
    text, quotes = TextLayer(), QuoteFinder()
    for a in arts:
        text(a)
    chars = sum(len(a.text) for a in arts)
    t0 = time.perf_counter()
    found = 0
    for a in arts:
        quotes(a)
        found += len(a.quotes)
    dt = time.perf_counter() - t0
    print(
        f"{len(arts)} articles ({chars / 1e6:.1f} M chars), {found} quotes in {dt:.2f} s: "
        f"{len(arts) / dt:.0f} articles/s, {chars / dt / 1e6:.2f} M chars/s (quotes stage only, 1 core)"
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    bd = sub.add_parser("build-dev")
    bd.add_argument("--source", type=Path, default=SOURCE)
    bd.add_argument("--out", type=Path, default=OUT)
    sp = sub.add_parser("speed")
    sp.add_argument("--n", type=int, default=2000)
    args = p.parse_args()
    if args.cmd == "build-dev":
        build_dev(args.source, args.out)
    else:
        speed(args.n)


if __name__ == "__main__":
    main()
