"""Reports of an evaluation run: a plain-text summary for the terminal, JSON for machines, and a self-contained
HTML page (inline SVG histogram, no scripts or external assets) for people who would rather look than read."""

from __future__ import annotations

import html
import json
from pathlib import Path

import numpy as np

from evaluation.attribution import VERDICTS, AttributionRun
from evaluation.judge import REASONS, Verdict


def format_value(value: object) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.3f}" if value <= 1.0 else f"{value:.1f}"
    return str(value)


def summary_lines(summary: dict) -> list[str]:
    width = max(len(k) for k in summary)
    return [f"{k:<{width}}  {format_value(v)}" for k, v in summary.items()]


def verdict_notes(v: Verdict) -> list[str]:
    """Why it failed, then what the per-question measures found that the pass/fail does not say."""
    notes = [REASONS[r] for r in v.reasons]
    if v.answered_right is False and "not_found" not in v.reasons:
        notes.append("no right quote in the first 3")
    if v.wrong_person:
        notes.append(f"{v.wrong_person} quote(s) by someone else")
    if v.unattributed:
        notes.append(f"{v.unattributed} quote(s) without a speaker")
    return notes


def verdict_line(v: Verdict) -> str:
    status = "PASS" if v.passed else "FAIL"
    why = "; ".join(verdict_notes(v))
    return f"{status}  {v.id:<32} {v.latency_ms:>8.0f} ms  {why}".rstrip()


def attribution_lines(run: AttributionRun) -> list[str]:
    """The table of right / wrong / missing, overall and by kind, then every item that was not right."""
    rows = [("all", run.overall), *run.by_kind.items()]
    lines = [f"{'kind':<10} {'items':>5}  {'right':>13}  {'wrong':>13}  {'missing':>13}"]
    for kind, t in rows:
        cells = "  ".join(f"{getattr(t, v):>5} ({format_value(t.share(v))})" for v in VERDICTS)
        lines.append(f"{kind:<10} {t.total:>5}  {cells}")
    for item in (i for v in ("wrong", "missing") for i in run.items if i.verdict == v):
        given = " | ".join(item.given) if item.given else "none"
        lines.append(
            f"{item.verdict.upper():<8} {item.article} @{item.start} ({item.kind}, item #{item.n}): "
            f"expected {' | '.join(item.speaker_forms)}; given {given}; text: {item.text[:60]}"
        )
    return lines


def write_json(path: Path, report: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def latency_svg(latencies_ms: list[float], width: int = 560, height: int = 220, bins: int = 20) -> str:
    """A histogram of latencies as an inline SVG element."""
    if not latencies_ms:
        return "<p>No latencies recorded.</p>"
    counts, edges = np.histogram(latencies_ms, bins=min(bins, max(1, len(latencies_ms))))
    left, bottom, top = 48, 36, 12
    plot_w, plot_h = width - left - 12, height - bottom - top
    peak = max(int(counts.max()), 1)
    bar_w = plot_w / len(counts)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        f'aria-label="Latency histogram" font-family="sans-serif" font-size="11">',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#444"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="#444"/>',
        f'<text x="{left - 6}" y="{top + 4}" text-anchor="end">{peak}</text>',
        f'<text x="{left - 6}" y="{top + plot_h}" text-anchor="end">0</text>',
        f'<text x="{left + plot_w / 2}" y="{height - 4}" text-anchor="middle">latency (ms)</text>',
    ]
    for i, c in enumerate(counts):
        h = plot_h * int(c) / peak
        x = left + i * bar_w
        parts.append(
            f'<rect x="{x + 1:.1f}" y="{top + plot_h - h:.1f}" width="{max(bar_w - 2, 1):.1f}" height="{h:.1f}" fill="#3b7dd8">'
            f"<title>{edges[i]:.0f}–{edges[i + 1]:.0f} ms: {int(c)}</title></rect>"
        )
    for x_val, x in ((edges[0], left), (edges[-1], left + plot_w)):
        parts.append(f'<text x="{x}" y="{top + plot_h + 14}" text-anchor="middle">{x_val:.0f}</text>')
    parts.append("</svg>")
    return "".join(parts)


_STYLE = """
body { font-family: sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin-bottom: 1.5em; }
th, td { border: 1px solid #ccc; padding: 4px 8px; vertical-align: top; text-align: start; }
tr.fail td.status { color: #b00020; font-weight: bold; }
tr.pass td.status { color: #1b7f3b; }
.quote { font-family: "Noto Naskh Arabic", "Amiri", serif; font-size: 1.1em; unicode-bidi: plaintext; }
.meta { color: #666; font-size: 0.85em; }
"""


def write_html(path: Path, title: str, summary: dict, verdicts: list[Verdict]) -> None:
    esc = html.escape
    rows = []
    for v in verdicts:
        quotes = "".join(
            f'<div><span class="quote" dir="rtl" lang="ar">{esc(q["text"])}</span>'
            f'<div class="meta">{esc(q["speaker"] or "speaker unknown")} · {esc(q["article"])} '
            f"[{q['start']}, {q['end']})</div></div>"
            for q in v.quotes
        )
        rows.append(
            f'<tr class="{"pass" if v.passed else "fail"}"><td class="status">{"PASS" if v.passed else "FAIL"}</td>'
            f'<td>{esc(v.id)}<div class="meta">{esc(v.file)}</div></td>'
            f'<td dir="auto">{esc(v.question)}</td>'
            f"<td>{esc('; '.join(verdict_notes(v)))}</td>"
            f'<td style="text-align:end">{v.latency_ms:.0f}</td><td>{quotes}</td></tr>'
        )
    summary_rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(format_value(val))}</td></tr>" for k, val in summary.items())
    passed = sum(v.passed for v in verdicts)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title><style>{_STYLE}</style></head>
<body>
<h1>{esc(title)}</h1>
<p>{passed} of {len(verdicts)} questions passed.</p>
<h2>Summary</h2>
<table>{summary_rows}</table>
<h2>Latency</h2>
{latency_svg([v.latency_ms for v in verdicts])}
<h2>Questions</h2>
<table>
<tr><th>verdict</th><th>id</th><th>question</th><th>reason</th><th>ms</th><th>quotes</th></tr>
{"".join(rows)}
</table>
</body></html>
"""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
