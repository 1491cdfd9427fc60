"""Deterministic generator of realistic German salary articles, with their expected records.

Every text is built from templates written for this project: a portal header (most of
the time), filler paragraphs, salary sentences in varied phrasing and notation, and
distractors (prices, budgets, headcounts, years, net pay). The same ``(seed, index)``
always gives the same text, so corpora of any size are reproducible.

    python -m bench.generate OUT_DIR N [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

OCCUPATIONS = [
    "IT Manager", "Produktmanager", "Pflegefachkraft", "Elektriker", "Controller", "Erzieher",
    "Softwareentwickler", "Bankkaufmann", "Architekt", "Industriemechaniker", "Steuerfachangestellte",
    "Data Scientist", "Vertriebsmitarbeiter", "Physiotherapeut", "Bauingenieur", "Koch",
]  # fmt: skip
CITIES = [
    "Dortmund", "Köln", "München", "Leipzig", "Hamburg", "Berlin", "Stuttgart", "Bremen",
    "Dresden", "Hannover", "Nürnberg", "Essen", "Frankfurt am Main", "Münster", "Kiel",
]  # fmt: skip
FILLER = [
    "Wer in {city} arbeitet, kennt die Mischung aus Tradition und Aufbruch.",
    "Die Anforderungen an {occ} haben sich in den letzten Jahren deutlich verschoben.",
    "Viele Betriebe suchen händeringend nach Fachkräften, gerade im Mittelstand.",
    "Zwischen Schreibtisch, Besprechungen und Kundenterminen bleibt selten Zeit zum Durchatmen.",
    "Weiterbildung ist kein schicker Zusatz, sondern Teil des Berufsalltags.",
    "Manche sagen, der Job sei anstrengend. Andere finden genau das reizvoll.",
    "Die Digitalisierung verändert Abläufe, Werkzeuge und Erwartungen gleichermaßen.",
    "Was viele unterschätzen: Kommunikation zählt oft mehr als das nächste Zertifikat.",
    "Im Jahr 2024 meldeten die Kammern eine steigende Zahl offener Stellen.",
    "Rund 300 Unternehmen in der Region beschäftigen mehr als 50 Mitarbeitende.",
    "Industrie 4.0 ist dabei längst mehr als ein Schlagwort.",
    "Flexible Arbeitszeiten und mobiles Arbeiten sind inzwischen vielerorts Standard.",
]  # fmt: skip
DISTRACTORS = [
    "Ein Kaffee in der Kantine kostet {p1},{c1} €.",
    "Die Stadt investiert {m} Millionen Euro in neue Gewerbeflächen.",
    "Die Kursgebühr für den Lehrgang liegt bei {f}.000 €.",
    "Das Deutschlandticket für 58 € nutzen viele Pendler.",
    "Netto bleiben davon je nach Steuerklasse etwa {n}.{c2}00 € übrig.",
    "Das IT-Budget eines typischen Mittelständlers beträgt {b}0.000 € im Jahr.",
    "Die Kaltmiete liegt bei {r} € pro Quadratmeter.",
]  # fmt: skip

ENTRY_CUES = [
    "Das Einstiegsgehalt liegt",
    "Berufseinsteiger verdienen",
    "Für Absolventen sind",
    "Junioren bekommen",
]
EXPERIENCED_CUES = [
    "Mit einigen Jahren Berufserfahrung sind",
    "Erfahrene Kräfte verdienen",
    "Nach fünf Jahren im Beruf sind",
]
LEAD_CUES = ["In leitenden Positionen sind", "Mit Führungsverantwortung sind", "Teamleitungen kommen auf"]


@dataclass(frozen=True)
class Expected:
    amount_min: float | None
    amount_max: float | None
    period: str
    seniority: str


def euro(value: int, rng: random.Random) -> str:
    """``value`` euros in one of the supported notations."""
    grouped = f"{value:,}".replace(",", ".")
    return rng.choice(
        [f"{grouped} €", f"{grouped} Euro", f"{grouped},00 €", f"EUR {grouped}", f"{grouped} EUR"]
    )


def salary_sentence(rng: random.Random, seniority: str, base: int, yearly: bool) -> tuple[str, Expected]:
    """One salary sentence and the record it states."""
    lo = base
    hi = base + rng.choice([400, 600, 800, 1000, 1300])
    if yearly:
        lo, hi = lo * 12 // 1000 * 1000, hi * 12 // 1000 * 1000
    cue = rng.choice({"entry": ENTRY_CUES, "experienced": EXPERIENCED_CUES, "lead": LEAD_CUES}[seniority])
    period_word = " im Jahr" if yearly else rng.choice([" im Monat", " monatlich", ""])
    period = "year" if yearly else "month"
    shape = rng.randrange(4)
    if shape == 0:
        text = f"{cue} meist zwischen {euro(lo, rng)} und {euro(hi, rng)}{period_word}."
        return text, Expected(lo, hi, period, seniority)
    if shape == 1:
        text = f"{cue} {euro(lo, rng)} bis {euro(hi, rng)}{period_word}."
        return text, Expected(lo, hi, period, seniority)
    if shape == 2:
        text = f"{cue} bis zu {euro(hi, rng)}{period_word} drin."
        return text, Expected(None, hi, period, seniority)
    text = f"{cue} rund {euro(lo, rng)}{period_word}."
    return text, Expected(lo, lo, period, seniority)


def article(seed: int, index: int) -> tuple[str, list[Expected]]:
    """The article ``index`` of corpus ``seed`` and its expected records."""
    rng = random.Random(seed * 1_000_003 + index)
    occ, city = rng.choice(OCCUPATIONS), rng.choice(CITIES)
    lines: list[str] = []
    if rng.random() < 0.9:
        lines += [
            f"{occ} Jobs und Stellenangebote in {city}",
            f"Beruf {occ} in {city}",
            f"{occ} in {city}: ein Überblick",
        ]
    expected: list[Expected] = []
    base = rng.randrange(26, 50) * 100
    yearly = rng.random() < 0.25
    salaries = []
    if rng.random() < 0.93:
        for seniority, step in (("entry", 0), ("experienced", 1400), ("lead", 2800)):
            if seniority == "entry" or rng.random() < 0.7:
                text, record = salary_sentence(rng, seniority, base + step, yearly)
                salaries.append(text)
                expected.append(record)
    paragraphs = []
    for _ in range(rng.randrange(8, 13)):  # about 4 KB an article, like the portal texts
        sentences = [rng.choice(FILLER).format(city=city, occ=occ) for _ in range(rng.randrange(4, 8))]
        if rng.random() < 0.4:
            sentences.append(
                rng.choice(DISTRACTORS).format(
                    p1=rng.randrange(2, 5),
                    c1=rng.randrange(10, 99),
                    m=rng.randrange(2, 90),
                    f=rng.randrange(1, 5),
                    n=rng.randrange(2, 3),
                    c2=rng.randrange(1, 9),
                    b=rng.randrange(10, 60),
                    r=rng.randrange(9, 25),
                )
            )
        paragraphs.append(" ".join(sentences))
    if salaries:
        at = rng.randrange(1, len(paragraphs))
        paragraphs.insert(at, "Und das Gehalt? " + " ".join(salaries))
    lines += paragraphs
    return "\n".join(lines) + "\n", expected


def articles(n: int, seed: int = 7) -> Iterator[tuple[str, list[Expected]]]:
    """``n`` articles of corpus ``seed``."""
    for i in range(n):
        yield article(seed, i)


def write_corpus(out_dir: Path, n: int, seed: int = 7) -> int:
    """Write ``n`` articles as ``out_dir/<shard>/<index>.txt``; return the bytes written."""
    total = 0
    for i, (text, _) in enumerate(articles(n, seed)):
        path = out_dir / f"{i // 1000:04d}" / f"{i:07d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        total += len(data)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a generated corpus of salary articles.")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    size = write_corpus(args.out_dir, args.n, args.seed)
    print(f"wrote {args.n} articles, {size / 1e6:.1f} MB, to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
