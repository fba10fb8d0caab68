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
        ("عبد الفتاح السيسي", "Abdel Fatah al-Sisi"),  # no «al-» after Abdel
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
    assert " al-" in transliterate("يوسف الشاهد")
