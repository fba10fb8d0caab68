import io
import json

from marsad.ingest.readers import InputArticle, InputError, read_inputs, read_stream

ARABIC = "قال وزير الخارجية إن المحادثات ستستأنف يوم الأحد المقبل في جنيف."


def _write(path, data: bytes):
    path.write_bytes(data)
    return str(path)


def test_ingest_readers_mixed_batch_goes_on(tmp_path):
    good = _write(tmp_path / "good.txt", ARABIC.encode("utf-8"))
    cp = _write(tmp_path / "cp.txt", ARABIC.encode("cp1256"))
    u16 = _write(tmp_path / "u16.txt", ARABIC.encode("utf-16"))
    junk = _write(tmp_path / "junk.bin", bytes(range(256)) * 40)
    empty = _write(tmp_path / "empty.txt", b"")
    items = list(read_inputs([good, junk, cp, empty, u16, str(tmp_path / "missing.txt")]))
    assert [type(i).__name__ for i in items] == [
        "InputArticle",
        "InputError",
        "InputArticle",
        "InputError",
        "InputArticle",
        "InputError",
    ]
    assert all(i.text == ARABIC for i in items if isinstance(i, InputArticle))
    errors = {i.origin: i.reason for i in items if isinstance(i, InputError)}
    assert "binary" in errors[junk]
    assert "empty" in errors[empty]
    assert "no such file" in errors[str(tmp_path / "missing.txt")]


def test_ingest_readers_jsonl_fields_and_bad_lines(tmp_path):
    rows = [
        json.dumps(
            {
                "id": "a",
                "text": ARABIC,
                "title": "عنوان",
                "published": "2017-10-22",
                "source": "S",
                "url": "u",
                "category": "x",
            },
            ensure_ascii=False,
        ),
        "{not json",
        json.dumps({"id": "b", "text": ARABIC, "date": "2016-01-02T10:00:00+01:00"}, ensure_ascii=False),
        json.dumps({"id": "c"}),
        json.dumps({"text": ARABIC, "published": "yesterday"}, ensure_ascii=False),
        "",
        json.dumps([1, 2]),
    ]
    path = _write(tmp_path / "batch.jsonl", ("\n".join(rows) + "\n").encode("utf-8"))
    items = list(read_inputs([path]))
    ok = [i for i in items if isinstance(i, InputArticle)]
    bad = [i for i in items if isinstance(i, InputError)]
    assert [a.id for a in ok] == ["a", "b", "batch-5"]
    assert (
        ok[0].title == "عنوان"
        and ok[0].published.isoformat() == "2017-10-22"
        and ok[0].meta == {"category": "x"}
    )
    assert ok[1].published.isoformat() == "2016-01-02"
    assert ok[2].published is None and "unreadable date" in ok[2].notes[0]
    assert [e.origin for e in bad] == [f"{path}:2", f"{path}:4", f"{path}:7"]
    assert "invalid JSON" in bad[0].reason and "no 'text'" in bad[1].reason


def test_ingest_readers_folder_recursion(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "two.jsonl").write_text(
        json.dumps({"id": "z", "text": ARABIC}, ensure_ascii=False), encoding="utf-8"
    )
    (tmp_path / ".hidden.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    items = list(read_inputs([str(tmp_path)]))
    assert sorted(i.id for i in items) == ["sub/one", "z"]


def test_ingest_readers_large_file_refused_not_truncated(tmp_path):
    path = tmp_path / "huge.txt"
    line = (ARABIC + "\n").encode("utf-8")
    with path.open("wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    assert path.stat().st_size >= 50 * 1024 * 1024
    small = _write(tmp_path / "small.txt", ARABIC.encode("utf-8"))
    items = list(read_inputs([str(path), small]))
    assert isinstance(items[0], InputError) and "too large" in items[0].reason
    assert isinstance(items[1], InputArticle)


def test_ingest_readers_stdin_text_and_jsonl():
    items = list(read_stream(io.BytesIO(ARABIC.encode("utf-8"))))
    assert len(items) == 1 and items[0].text == ARABIC
    jsonl = "\n".join(json.dumps({"id": str(i), "text": ARABIC}, ensure_ascii=False) for i in range(3000))
    items = list(read_stream(io.BytesIO(jsonl.encode("utf-8"))))
    assert [i.id for i in items] == [str(i) for i in range(3000)]


def test_ingest_readers_utf16_jsonl(tmp_path):
    data = json.dumps({"id": "w", "text": ARABIC}, ensure_ascii=False).encode("utf-16")
    path = _write(tmp_path / "w.jsonl", data)
    items = list(read_inputs([path]))
    assert isinstance(items[0], InputArticle) and items[0].text == ARABIC
