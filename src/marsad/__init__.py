"""marsad (مرصد): Arabic news to verifiable knowledge.

>>> import marsad
>>> art = marsad.analyze("قال الوزير إن المحادثات ستستأنف غداً.", published="2017-10-22")
>>> art.to_json()["text"]
'قال الوزير إن المحادثات ستستأنف غداً.'
"""

from marsad.about import __version__
from marsad.analysis import analyze, analyze_many
from marsad.doc import Article

__all__ = ["__version__", "analyze", "analyze_many", "Article", "KnowledgeBase"]


def __getattr__(name: str):  # noqa: ANN202 - lazy, so `import marsad` does not load SQLAlchemy
    if name == "KnowledgeBase":
        from marsad.kb import KnowledgeBase

        return KnowledgeBase
    raise AttributeError(f"module 'marsad' has no attribute {name!r}")
