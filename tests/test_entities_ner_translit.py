"""Readable English names for entities without a lexicon entry."""

from __future__ import annotations

import pytest

from marsad.entities.translit import transliterate


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("قوات سوريا الديمقراطية", "Syrian Democratic Forces"),  # known phrase
        ("الأمم المتحدة", "United Nations"),
        ("بشار الأسد", "Bashar al-Assad"),  # known words
        ("موسكو", "Moscow"),
        ("منبج", "Manbij"),  # letter rules: final cluster
        (
            "عبد الفتاح السيسي",
            "Abdel Fattah al-Sisi",
        ),  # no «al-» after Abdel; «الفتاح» mined from the lexicon
        ("أنور السادات", "Anwar al-Sadat"),  # «انور» mined (the letter rules gave Anur)
        ("عبد الفتاح الزمر", "Abdel Fattah al-Zamr"),  # letter rules for the unknown word
        ("الرقة", "Raqqa"),
        ("تشارلز", "Charliz"),  # تش → ch
        ("Reuters", "Reuters"),  # not Arabic: unchanged
        ("", ""),
    ],
)
def test_transliterate(arabic, english):
    assert transliterate(arabic) == english


def test_article_prefix_is_lowercase_inside_a_name_and_capitalized_first():
    assert transliterate("الحسكة").startswith("Al-")
    assert " al-" in transliterate("يوسف الزمر")


def test_a_mined_person_word_never_names_a_whole_place():
    # «جورجيا» is Giorgia in «جورجيا ميلوني» (mined), but a whole name «جورجيا» is left to the gazetteer
    from marsad.entities.translit import known_name

    assert transliterate("جورجيا ميلوني") == "Giorgia Meloni"
    assert known_name("جورجيا") is None


def test_the_mined_spellings_are_what_the_script_derives_from_the_lexicon():
    import importlib.util
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("mine", root / "scripts" / "mine_translit_names.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    table = json.loads((root / "src/marsad/data/models/translit_names.json").read_text("utf-8"))
    expected = {a: e for a, e in mod.mine().items() if a not in table["words"]}
    assert table["mined_words"] == expected
