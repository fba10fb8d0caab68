import codecs

import pytest

from marsad.ingest.decode import DecodeError, decode_bytes

ARABIC = "قال وزير الخارجية إن المحادثات ستستأنف يوم الأحد المقبل في جنيف."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARABIC.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "utf-8-sig"),
        (ARABIC.encode("utf-16"), "utf-16"),
        (ARABIC.encode("utf-16-le"), "utf-16"),
        (ARABIC.encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"), "utf-16"),
        (ARABIC.encode("cp1256"), "cp1256"),
    ],
)
def test_ingest_decode_encodings(data, encoding):
    text = decode_bytes(data)
    assert text == ARABIC
    assert text.encoding == encoding


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(1, 32)) * 100, "binary"),
    ],
)
def test_ingest_decode_refuses(data, reason):
    with pytest.raises(DecodeError) as exc:
        decode_bytes(data)
    assert reason in exc.value.reason


def test_ingest_decode_utf8_with_latin_is_not_cp1256():
    text = "Reuters: قال الوزير — 5 %"
    assert decode_bytes(text.encode("utf-8")) == text
