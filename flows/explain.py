"""Explain one text: its salary records and its skipped euro amounts, marked in the text.

The steward's answer to "why is this figure (not) in the warehouse?": the same decoding,
extraction, normalisation and record checks a run applies, on one file, with every euro
amount marked where it stands: ``R1`` … for records (loaded or quarantined, with the
checks they failed), ``S1`` … for amounts skipped (with the reason).
"""

from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass
from typing import Any

import polars as pl

from flows.extract import extract
from flows.ingest import decode
from flows.normalise import normalise
from flows.settings import Settings, get_settings
from flows.validate import validate_records

REASON_TEXT = {
    "net_pay": "net pay, not gross",
    "raise_or_difference": "a raise or a difference, not a level of pay",
    "one_off_payment": "a one-off payment",
    "bonus_or_allowance": "a bonus, allowance or supplement",
    "threshold": "a legal threshold or limit",
    "benefit_or_stipend": "a benefit, pension or stipend",
    "tax_or_deduction": "a tax or a deduction",
    "budget_or_turnover": "a budget, turnover or other large sum",
    "employer_cost": "what the employer pays in all (costs beyond gross pay)",
    "price_or_fee": "a price, fee or cost",
    "job_name": "part of a job's name",
    "per_unit_rate": "paid per treatment, piece, shift or day, not per hour, month or year",
    "old_currency": "beside an old currency (D-Mark)",
    "demand_or_proposal": "a demand or proposal, not pay actually paid",
    "restatement": "the same figure again, converted to another period",
    "question": "asked in a question, not stated",
    "hypothetical": "a hypothetical (würde, wäre), not pay stated",
    "no_pay_context": "no word of pay or work anywhere near",
    "negated": "negated (keine 16 Euro): what nobody is paid",
    "not_an_amount": "part of a date or of a figure broken apart (31.08.2025 EUR, 17, 53 Euro), not an amount",
    "repeated": "the same statement made again in the text (same figures, period, occupation, place)",
    "too_small": "too small for pay of its period (by default a month's under 100 €, a year's under 5,000 €, "
    "an hour's under 3 €)",
    "unclear_period": "no period stated, and a size that fits no pay (by default 40 to 150 €: a fee or a price)",
}
"""What each skip reason means, in a steward's words."""


@dataclass(frozen=True)
class Explanation:
    """One text as a run sees it."""

    source: str
    document_id: str
    encoding: str | None
    text: str | None
    rejected: str | None  # why the file is no text (``None`` for a readable file)
    records: pl.DataFrame  # record columns + ``status`` (loaded | quarantined), ``failed_checks``
    skipped: pl.DataFrame  # char_start, char_end, mention, reason


def explain_bytes(data: bytes, source: str, settings: Settings | None = None) -> Explanation:
    """Decode, extract, normalise and check one file's bytes, as a run would."""
    return explain_many([(data, source)], settings)[0]


def explain_many(files: list[tuple[bytes, str]], settings: Settings | None = None) -> list[Explanation]:
    """``explain_bytes`` of many files at once: one extraction over all of them (a report's
    explain pages cost one pass, not one per document)."""
    settings = settings or get_settings()
    ids = [hashlib.sha256(data).hexdigest() for data, _ in files]
    decoded = [decode(data) for data, _ in files]
    readable = [(i, d.text) for i, d in zip(ids, decoded, strict=True) if d.text is not None]
    docs = pl.DataFrame(
        {"document_id": [i for i, _ in readable], "text": [t for _, t in readable]},
        schema={"document_id": pl.String, "text": pl.String},
    )
    extraction = extract(docs, settings)
    validated = validate_records(normalise(extraction.records))
    records = pl.concat(
        [
            validated.valid.with_columns(
                status=pl.lit("loaded"), failed_checks=pl.lit(None, dtype=pl.String)
            ),
            validated.quarantined.with_columns(status=pl.lit("quarantined")),
        ],
        how="diagonal_relaxed",
    )
    by_doc_records = split_by(records, "document_id")
    by_doc_skipped = split_by(extraction.skipped, "document_id")
    empty = pl.DataFrame()
    result = []
    for (_, source), document_id, d in zip(files, ids, decoded, strict=True):
        if d.text is None:
            result.append(Explanation(source, document_id, None, None, d.reject_message, empty, empty))
            continue
        result.append(
            Explanation(
                source,
                document_id,
                d.encoding,
                d.text,
                None,
                by_doc_records.get(document_id, records.clear()).sort("char_start"),
                by_doc_skipped.get(document_id, extraction.skipped.clear()).sort("char_start"),
            )
        )
    return result


def split_by(frame: pl.DataFrame, key: str) -> dict[str, pl.DataFrame]:
    """``frame``'s rows by the value of ``key`` (empty for an empty frame), in order."""
    if key not in frame.columns or frame.is_empty():
        return {}
    return {str(k[0]): part for k, part in frame.partition_by(key, as_dict=True, maintain_order=True).items()}


def _money(value: Any) -> str:
    return "…" if value is None else f"{float(value):,.2f}".rstrip("0").rstrip(".")


def _figure(r: dict[str, Any]) -> str:
    lo, hi = r["amount_min"], r["amount_max"]
    stated = _money(lo) if lo == hi else f"{_money(lo)}–{_money(hi)}"
    return f"{stated} € per {r['period']}" + (" (period inferred)" if r["period_inferred"] else "")


def _about(r: dict[str, Any]) -> str:
    place = r["city"] or ""
    if r["state"] and r["state"] != place:
        place = f"{place} ({r['state']})" if place else r["state"]
    return f"{r['occupation'] or 'occupation unknown'}, {place or 'place unknown'}"


def marks(e: Explanation) -> list[tuple[int, int, str, str]]:
    """``(start, end, label, note)`` of every marked span, in text order."""
    found = [
        (
            r["char_start"],
            r["char_end"],
            f"R{i}",
            f"{_figure(r)}, {r['seniority']}, {_about(r)} — {r['status']}"
            + (f" ({r['failed_checks']})" if r["failed_checks"] else ""),
        )
        for i, r in enumerate(e.records.iter_rows(named=True), 1)
    ]
    found += [
        (
            s["char_start"],
            s["char_end"],
            f"S{i}",
            f"skipped: {s['reason']} — {REASON_TEXT.get(s['reason'], '')}",
        )
        for i, s in enumerate(e.skipped.iter_rows(named=True), 1)
    ]
    return sorted(found)


def _line_of(text: str, at: int) -> int:
    return text.count("\n", 0, at) + 1


def render_text(e: Explanation) -> str:
    """A plain-text explanation for a terminal: a legend of every mark, then the text with
    ``[R1 …]`` / ``[S1 …]`` around each amount."""
    out = [f"{e.source}  (document {e.document_id[:16]}…)"]
    if e.text is None:
        return "\n".join([*out, f"rejected: {e.rejected}", ""])
    found = marks(e)
    records = sum(1 for m in found if m[2].startswith("R"))
    out.append(
        f"encoding {e.encoding}, {len(e.text):,} characters: {records} records, {len(found) - records} euro amounts skipped"
    )
    for start, end, label, note in found:
        out.append(
            f"  {label:>4}  line {_line_of(e.text, start)}, {start}–{end}  {e.text[start:end]!r}  {note}"
        )
    out += ["", "text:"]
    pieces, at = [], 0
    for start, end, label, _ in found:
        pieces += [e.text[at:start], f"[{label} ", e.text[start:end], "]"]
        at = end
    pieces.append(e.text[at:])
    out.append("".join(pieces).rstrip("\n"))
    return "\n".join(out) + "\n"


CSS = """
body{font:15px/1.6 system-ui,sans-serif;margin:0;background:#f6f7f9;color:#1d2430}
main{max-width:900px;margin:0 auto;padding:24px 32px}h1{font-size:20px}
table{border-collapse:collapse;background:#fff;width:100%}td,th{padding:5px 8px;border-bottom:1px solid #eceef2;text-align:left;vertical-align:top}
.text{white-space:pre-wrap;background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:14px 18px}
mark.r{background:#d1fadf}mark.q{background:#fee4e2}mark.s{background:#eaecf0;text-decoration:line-through}
sup{font-size:11px;color:#475467}
"""


def render_html(e: Explanation) -> str:
    """The explanation as one self-contained HTML page (inline CSS, nothing fetched)."""
    esc = html.escape
    head = f"<!doctype html><html lang='de'><head><meta charset='utf-8'><title>{esc(e.source)}</title><style>{CSS}</style></head><body><main>"
    parts = [head, f"<h1>{esc(e.source)}</h1><p>document <code>{esc(e.document_id)}</code></p>"]
    if e.text is None:
        parts.append(f"<p>rejected: {esc(e.rejected or '')}</p></main></body></html>")
        return "".join(parts)
    found = marks(e)
    parts.append("<table><tr><th>mark</th><th>line</th><th>amount</th><th>what became of it</th></tr>")
    for start, end, label, note in found:
        parts.append(
            f"<tr><td><a href='#{label}'>{label}</a></td><td>{_line_of(e.text, start)}</td>"
            f"<td>{esc(e.text[start:end])}</td><td>{esc(note)}</td></tr>"
        )
    parts.append("</table><h2>Text</h2><div class='text'>")
    at = 0
    for start, end, label, note in found:
        kind = "s" if label.startswith("S") else ("q" if "quarantined" in note else "r")
        parts.append(esc(e.text[at:start]))
        parts.append(
            f"<mark id='{label}' class='{kind}' title='{esc(note)}'>{esc(e.text[start:end])}</mark><sup>{label}</sup>"
        )
        at = end
    parts.append(esc(e.text[at:]) + "</div></main></body></html>")
    return "".join(parts) + "\n"
