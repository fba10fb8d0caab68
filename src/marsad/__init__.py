"""marsad (مرصد): Arabic news to verifiable knowledge.

    >>> import marsad
    >>> art = marsad.analyze("قال الوزير إن المحادثات ستستأنف غداً.", published="2017-10-22")
    >>> art.to_json()["text"]
    'قال الوزير إن المحادثات ستستأنف غداً.'
"""

from marsad.about import __version__
from marsad.analysis import analyze, analyze_many
from marsad.doc import Article

__all__ = ["__version__", "analyze", "analyze_many", "Article"]
