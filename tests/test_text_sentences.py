import pytest

from marsad.text.sentences import sentence_bounds


def sents(text):
    return [text[s:e] for s, e, _ in sentence_bounds(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "واستعاد الجيش السوري السيطرة على قرية خشام. وقال الناطق إن العملية مستمرة!",
            ["واستعاد الجيش السوري السيطرة على قرية خشام.", "وقال الناطق إن العملية مستمرة!"],
        ),
        ("ارتفع المؤشر 3.5 بالمئة اليوم. ثم تراجع.", ["ارتفع المؤشر 3.5 بالمئة اليوم.", "ثم تراجع."]),
        ("ذكرت وكالة أ.ف.ب. أن د. محمد وصل. ثم غادر.", ["ذكرت وكالة أ.ف.ب. أن د. محمد وصل.", "ثم غادر."]),
        ("هل ستعقد القمة؟ لا أحد يعرف", ["هل ستعقد القمة؟", "لا أحد يعرف"]),
        ("الفقرة الأولى\nالفقرة الثانية", ["الفقرة الأولى", "الفقرة الثانية"]),
        (
            "وقال: «الوضع صعب. لكننا سننتصر». وأضاف أن المعارك مستمرة.",
            ["وقال: «الوضع صعب. لكننا سننتصر».", "وأضاف أن المعارك مستمرة."],
        ),
        ("قال: «الأولى.» وأضاف: «الثانية».", ["قال: «الأولى.»", "وأضاف: «الثانية»."]),
        ("وقال »الوضع صعب. جدا« ثم غادر.", ["وقال »الوضع صعب. جدا« ثم غادر."]),
        ("Then U.S. forces left. Mr. Smith said so.", ["Then U.S. forces left.", "Mr. Smith said so."]),
        ("  ", []),
    ],
)
def test_text_sentences_split(text, expected):
    assert sents(text) == expected


def test_text_sentences_unbalanced_quote_does_not_swallow_the_article():
    text = "قال: «بداية اقتباس لا ينتهي. " + "جملة أخرى طويلة. " * 80
    assert len(sentence_bounds(text)) > 10


def test_text_sentences_paragraph_index():
    text = "الأولى.\nالثانية. الثالثة.\n\nالرابعة."
    assert [p for _, _, p in sentence_bounds(text)] == [0, 1, 1, 2]
