"""A stacked bar chart of events over time, drawn as inline SVG on the server (no JavaScript needed)."""

from __future__ import annotations

from markupsafe import Markup, escape

__all__ = ["timeline_svg", "TYPE_COLOURS"]

TYPE_COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#7f8c8d",
    "Diplomacy": "#27ae60",
}


def timeline_svg(rows: list[dict], width: int = 900, height: int = 260) -> Markup:
    """``rows`` are ``{"period": "2017-03", "event_type": "...", "count": n}``; one bar per period."""
    periods = sorted({r["period"] for r in rows})
    if not periods:
        return Markup('<svg class="timeline" width="0" height="0" role="img" aria-label="no events"></svg>')
    stacks: dict[str, dict[str, int]] = {p: {} for p in periods}
    for r in rows:
        stacks[r["period"]][r["event_type"]] = stacks[r["period"]].get(r["event_type"], 0) + r["count"]
    peak = max(sum(s.values()) for s in stacks.values()) or 1
    pad_l, pad_b, pad_t = 40, 40, 10
    plot_w, plot_h = width - pad_l - 10, height - pad_b - pad_t
    bar_w = max(plot_w / len(periods), 2)
    parts = [
        f'<svg class="timeline" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="events per period by type" xmlns="http://www.w3.org/2000/svg" direction="ltr">'
    ]
    for frac in (0, 0.5, 1):
        y = pad_t + plot_h * (1 - frac)
        parts.append(f'<line x1="{pad_l}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>')
        parts.append(
            f'<text x="{pad_l - 4}" y="{y + 4:.1f}" font-size="10" text-anchor="end">{round(peak * frac)}</text>'
        )
    step = max(1, len(periods) // 12)
    for i, p in enumerate(periods):
        x = pad_l + i * bar_w
        y = pad_t + plot_h
        for etype, n in sorted(stacks[p].items()):
            h = plot_h * n / peak
            y -= h
            colour = TYPE_COLOURS.get(etype, "#555")
            parts.append(
                f'<rect x="{x + 1:.1f}" y="{y:.1f}" width="{max(bar_w - 2, 1):.1f}" height="{h:.1f}" fill="{colour}">'
                f"<title>{escape(p)} — {escape(etype)}: {n}</title></rect>"
            )
        if i % step == 0:
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{height - pad_b + 14}" font-size="10" text-anchor="middle">{escape(p)}</text>'
            )
    legend_x = pad_l
    for etype, colour in TYPE_COLOURS.items():
        if any(etype in s for s in stacks.values()):
            parts.append(f'<rect x="{legend_x}" y="{height - 14}" width="10" height="10" fill="{colour}"/>')
            parts.append(f'<text x="{legend_x + 14}" y="{height - 5}" font-size="10">{escape(etype)}</text>')
            legend_x += 14 + 6.2 * len(etype) + 12
    parts.append("</svg>")
    return Markup("".join(parts))
