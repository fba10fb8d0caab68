"""The article text as safe HTML with its extracted spans highlighted.

Every character of the text is escaped (crawled pages may carry markup or scripts); only the
``<mark>`` elements added here are markup. Overlapping spans are nested where they nest and split
where they cross, so the text itself is never reordered or lost.
"""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup, escape

__all__ = ["HighlightSpan", "highlight"]


class HighlightSpan:
    """A span to mark: ``kind`` becomes a CSS class, ``ref`` a data attribute, ``title`` a tooltip."""

    __slots__ = ("start", "end", "kind", "ref", "title")

    def __init__(self, start: int, end: int, kind: str, ref: str = "", title: str = ""):
        self.start, self.end, self.kind, self.ref, self.title = start, end, kind, ref, title


def _open(s: HighlightSpan) -> str:
    attrs = f' class="hl hl-{escape(s.kind)}"'
    if s.ref:
        attrs += f' data-ref="{escape(s.ref)}"'
    if s.title:
        attrs += f' title="{escape(s.title)}"'
    return f"<mark{attrs}>"


def highlight(text: str, spans: Iterable[HighlightSpan]) -> Markup:
    """HTML of ``text`` with ``spans`` wrapped in ``<mark>``; paragraphs become ``<p>``."""
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    # Boundaries where a mark opens or closes.
    cuts = sorted({0, len(text), *(s.start for s in valid), *(s.end for s in valid)})
    out: list[str] = ["<p>"]
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = sorted(
            (s for s in valid if s.start <= a and b <= s.end), key=lambda s: (s.start, -(s.end - s.start))
        )
        piece = str(escape(text[a:b])).replace("\n", "</p><p>")
        if covering:
            opened = "".join(_open(s) for s in covering)
            piece = opened + piece.replace("</p><p>", "</mark>" * len(covering) + "</p><p>" + opened)
            piece += "</mark>" * len(covering)
        out.append(piece)
    out.append("</p>")
    return Markup("".join(out).replace("<p></p>", ""))
