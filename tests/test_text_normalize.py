import pytest

from marsad.text.normalize import fold, normalize

FOLDS = [
    ("إِنَّ", "ان"),
    ("أعلنت", "اعلنت"),
    ("آذار", "اذار"),
    ("مستشفى", "مستشفي"),
    ("الدولة", "الدوله"),
    ("كوناشينكوف", "كوناشينكوف"),
    ("الســـلام", "السلام"),
    ("ی ک ھ", "ي ك ه"),
    ("٢٠١٧ ۱۹۴۵", "2017 1945"),
    ("«قال» “نعم”", '"قال" "نعم"'),
    ("\u200fنص\u200e", "نص"),
    ("ﻻ", "لا"),
    ("ﺍﻟﺴﻼﻡ", "السلام"),
]


@pytest.mark.parametrize(("raw", "folded"), FOLDS)
def test_text_normalize_folds(raw, folded):
    assert fold(raw) == folded
    assert normalize(raw).text == folded


def test_text_normalize_never_changes_original():
    raw = "قالَ الوزيرُ «إنّ» ﻻ ١٢٣"
    view = normalize(raw)
    assert view.original is raw


@pytest.mark.parametrize(
    "raw",
    [
        "واستعادَ الجيشُ السوريُّ أمسِ السيطرةَ على قرية خشام",
        "ﺍﻟﺴﻼﻡ عليكم ﻻ بأس \u200fنص\u200e الســـلام",
        "نص بلا تشكيل",
        "\u064e\u064e",
        "",
    ],
)
def test_text_normalize_spans_map_back(raw):
    view = normalize(raw)
    words = view.text.split()
    pos = 0
    for w in words:
        i = view.text.index(w, pos)
        s, e = view.span_to_original(i, i + len(w))
        # the original span folds to exactly the view word
        assert fold(raw[s:e]) == w
        pos = i + len(w)


def test_text_normalize_span_covers_trailing_diacritics():
    raw = "قالَ الوزيرُ"
    view = normalize(raw)
    i = view.text.index("الوزير")
    s, e = view.span_to_original(i, i + len("الوزير"))
    assert raw[s:e] == "الوزيرُ"


def test_text_normalize_to_normalized_inverts_to_original():
    raw = "الســـلامُ ﻻ عليكم"
    view = normalize(raw)
    for i in range(len(view.text)):
        j = view.to_original(i)
        assert view.to_normalized(j) <= i


def test_text_normalize_ligature_expansion_maps_to_one_char():
    raw = "ﻻ شيء"
    view = normalize(raw)
    assert view.text.startswith("لا")
    assert view.span_to_original(0, 2) == (0, 1)
    assert view.span_to_original(0, 1) == (0, 1)
