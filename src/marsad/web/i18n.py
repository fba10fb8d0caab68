"""Interface labels in Arabic and English (the page language is ``?lang=ar|en``, Arabic by default)."""

from __future__ import annotations

LANGS = ("ar", "en")

LABELS: dict[str, tuple[str, str]] = {
    # key: (Arabic, English)
    "app": ("مرصد", "marsad"),
    "tagline": ("الأخبار العربية معرفةً قابلة للتحقق", "Arabic news as verifiable knowledge"),
    "home": ("الرئيسية", "Home"),
    "search": ("بحث", "Search"),
    "search_placeholder": ("ابحث في المقالات والاقتباسات والأحداث…", "Search articles, quotes and events…"),
    "events": ("الأحداث", "Events"),
    "map": ("الخريطة", "Map"),
    "timeline": ("الخط الزمني", "Timeline"),
    "quotes": ("الاقتباسات", "Quotes"),
    "articles": ("المقالات", "Articles"),
    "actors": ("الفاعلون", "Actors"),
    "places": ("الأماكن", "Places"),
    "entities": ("الكيانات", "Entities"),
    "times": ("التواريخ", "Dates"),
    "article": ("مقالة", "Article"),
    "actor": ("فاعل", "Actor"),
    "place": ("مكان", "Place"),
    "event": ("حدث", "Event"),
    "type": ("النوع", "Type"),
    "sub_type": ("النوع الفرعي", "Sub-type"),
    "date": ("التاريخ", "Date"),
    "date_from": ("من تاريخ", "From"),
    "date_to": ("إلى تاريخ", "To"),
    "source": ("المصدر", "Source"),
    "sources": ("المصادر", "Sources"),
    "target": ("المستهدف", "Target"),
    "speaker": ("المتحدث", "Speaker"),
    "cue": ("فعل القول", "Cue"),
    "kind": ("الصيغة", "Kind"),
    "status": ("الحالة", "Status"),
    "fatalities": ("القتلى", "Fatalities"),
    "confidence": ("الثقة", "Confidence"),
    "min_confidence": ("أدنى ثقة", "Min. confidence"),
    "confidence_right": (
        "في التحقق المتقاطع على مقالات لم يتعلم منها المرمّز كان {pct}٪ من الأحداث بهذه الثقة صحيحاً",
        "in cross-validation on articles the coder never learned from, {pct} % of events at this confidence were right",
    ),
    "evidence": ("الدليل", "Evidence"),
    "rule": ("القاعدة", "Rule"),
    "trigger": ("الكلمة الدالة", "Trigger"),
    "filter": ("تصفية", "Filter"),
    "all": ("الكل", "All"),
    "download_csv": ("تنزيل CSV (ACLED)", "Download CSV (ACLED)"),
    "download_parquet": ("تنزيل Parquet", "Download Parquet"),
    "no_results": ("لا نتائج.", "No results."),
    "as_actor": ("بصفته فاعلاً", "As actor"),
    "as_target": ("بصفته مستهدفاً", "As target"),
    "co_actors": ("فاعلون يرد ذكرهم معه", "Co-occurring actors"),
    "control": ("من أعلن السيطرة ومتى", "Who claimed control, and when"),
    "events_here": ("الأحداث في هذا المكان", "Events here"),
    "quotes_by": ("أقوال", "Quotes by"),
    "published": ("تاريخ النشر", "Published"),
    "count": ("العدد", "Count"),
    "num_articles": ("عدد المقالات", "Articles"),
    "num_sources": ("عدد المصادر", "Sources"),
    "language": ("English", "العربية"),
    "about_data": (
        "حدود الدول من Natural Earth (ملك عام) عبر world-atlas (ISC).",
        "Country borders: Natural Earth (public domain) via world-atlas (ISC).",
    ),
    "api": ("واجهة JSON", "JSON API"),
    "summary": ("ملخص", "Summary"),
    "coordinates": ("الإحداثيات", "Coordinates"),
    "precision": ("دقة الموقع", "Geo precision"),
    "country": ("الدولة", "Country"),
    "results": ("نتيجة", "results"),
}


def labels(lang: str) -> dict[str, str]:
    """All labels in ``lang`` (unknown languages fall back to Arabic)."""
    i = 1 if lang == "en" else 0
    return {k: v[i] for k, v in LABELS.items()}


def pick_lang(value: str | None) -> str:
    return value if value in LANGS else "ar"
