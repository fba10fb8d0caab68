"""Arabic temporal expressions: recognition and TIMEX3 normalization against the publication date.

`find_times(text, published)` is the pure function; `marsad.time.component.TimeTagger` (component
``time``) writes its result to ``article.times``. See docs/time.md.
"""

from marsad.time.tagger import find_times

__all__ = ["find_times"]
