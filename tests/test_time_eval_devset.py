from marsad.time.evaluate import DEFAULT_DEV, DEFAULT_TEST, score_news


def test_time_news_dev_set_is_well_formed_and_large_enough():
    import json

    rows = [json.loads(line) for line in DEFAULT_DEV.read_text("utf-8").splitlines()]
    assert sum(len(r["times"]) for r in rows) >= 200
    test_rows = [json.loads(line) for line in DEFAULT_TEST.read_text("utf-8").splitlines()]
    assert not {r["article_id"] for r in rows} & {r["article_id"] for r in test_rows}
    rows += test_rows
    reserved = _reserved()
    for r in rows:
        assert r["article_id"] not in reserved
        for t in r["times"]:
            assert r["sentence"][t["start"] : t["end"]] == t["text"]
            assert t["type"] in {"DATE", "TIME", "DURATION", "SET"}


def _reserved() -> set[str]:
    from pathlib import Path

    p = Path("/work/shared/data/news/RESERVED_IDS.txt")
    return set(p.read_text().split()) if p.exists() else set()


def test_time_news_dev_accuracy():
    result = score_news(DEFAULT_DEV)
    assert result["accuracy"] >= 0.95, result["errors"]
