"""Occupation, city and Bundesland of each record: header first, then the text."""

from __future__ import annotations

import hashlib

import polars as pl
import pytest

from flows.extract import extract_records
from flows.extract.gazetteer import DATA_FILE, STATES, build, places


def attributed(text: str) -> list[tuple[str | None, str | None, str | None]]:
    doc_id = hashlib.sha256(text.encode()).hexdigest()
    records = extract_records(pl.DataFrame({"document_id": [doc_id], "text": [text]}))
    return list(records.select("occupation", "city", "state").iter_rows())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Beruf Mediengestalter in Bielefeld\nEinsteiger bekommen 2.700 € im Monat.",
            [("Mediengestalter", "Bielefeld", "Nordrhein-Westfalen")],
        ),
        (
            "Als Tierpflegerin verdient man in Rostock rund 2.600 € im Monat.",
            [("Tierpflegerin", "Rostock", "Mecklenburg-Vorpommern")],
        ),
        (
            "Gehalt als Hörakustiker\nIn Leipzig liegt das Gehalt bei 2.850 €, in Frankfurt am Main bei 3.300 €.",
            [("Hörakustiker", "Leipzig", "Sachsen"), ("Hörakustiker", "Frankfurt am Main", "Hessen")],
        ),
        (
            "Was verdient eine Gärtnerin?\nIn Deutschland verdienen Gärtnerinnen im Schnitt 2.750 €.",
            [("Gärtnerinnen", "Deutschland", None)],  # the sentence names them, before the title
        ),
        (
            "Erzieher in NRW verdienen zum Start 3.400 Euro.",
            [("Erzieher", "Nordrhein-Westfalen", "Nordrhein-Westfalen")],
        ),
        ("In Teilzeit gibt es für Bürokräfte 1.600 Euro im Monat.", [(None, None, None)]),
        (
            # the one occupation the text names is the subject of its other figures
            "Gehälter im Holzbau\nAls Zimmerin verdient man anfangs 2.900 Euro im Monat. Mit Erfahrung sind 3.600 Euro drin.",
            [("Zimmerin", None, None), ("Zimmerin", None, None)],
        ),
        (
            # a job ad's title line, a subject a few words before its verb, a title before a name
            "Fliesenleger (m/w/d)\nWir zahlen 3.100 Euro im Monat.",
            [("Fliesenleger", None, None)],
        ),
        (
            "Eine Zahntechnikerin im Labor ihrer Eltern verdient 2.650 Euro im Monat.",
            [("Zahntechnikerin", None, None)],
        ),
        (
            "Nach der Wahl erhält Landrat Peter Muster rund 9.800 Euro im Monat.",
            [("Landrat", None, None)],
        ),
        (
            # two figures of one sentence, each with its own occupation
            "Gehälter im Holzbau\nAls Zimmerin verdient man 2.900 Euro im Monat, als Dachdecker 3.000 Euro.",
            [("Zimmerin", None, None), ("Dachdecker", None, None)],
        ),
        (
            # the words between two figures name the second one's occupation
            "Gehälter in der Praxis\nEine Tierärztin verdient 3.600 Euro im Monat, eine Amtstierärztin 4.700 Euro.",
            [("Tierärztin", None, None), ("Amtstierärztin", None, None)],
        ),
        (
            # a verb closing a title line names no occupation on the next line
            "Wo Lehrlinge am meisten verdienen\nNeben der Neigung zählt auch das Geld: 1.120 Euro im Monat.",
            [(None, None, None)],
        ),
        (
            # determiners, adjectives and things opening a sentence are no occupations
            "Gute Nachrichten aus der Branche\nGute verdienen hier 3.400 Euro im Monat.",
            [(None, None, None)],
        ),
        (
            # ranks, shares and months are no occupations
            "Die Schlusslichter verdienen 2.100 Euro im Monat. Die Hälfte verdient 2.500 Euro im Monat.",
            [(None, None, None), (None, None, None)],
        ),
    ],
)
def test_occupation_and_place(text: str, expected: list[tuple[str | None, str | None, str | None]]) -> None:
    assert attributed(text) == expected


def test_the_one_occupation_a_text_names_is_its_subject() -> None:
    filler = "Im Holzbau wird wieder mehr gebaut. " * 20  # the opening names no occupation
    one = filler + "Als Zimmerin verdient man 2.900 Euro im Monat. Mit Erfahrung sind 3.600 Euro drin."
    assert attributed(one) == [("Zimmerin", None, None), ("Zimmerin", None, None)]
    two = filler + (
        "Als Zimmerin verdient man 2.900 Euro im Monat, als Dachdecker 3.000 Euro. Mit Erfahrung sind 3.600 Euro drin."
    )
    assert attributed(two) == [("Zimmerin", None, None), ("Dachdecker", None, None), (None, None, None)]


def test_the_header_wins_over_the_text() -> None:
    text = "Beruf Koch in Bremen\nIn München verdienen Köche mehr, in Bremen sind es 2.500 € im Monat."
    assert attributed(text) == [("Koch", "Bremen", "Bremen")]


def test_the_gazetteer_covers_germany() -> None:
    frame = places()
    assert frame.height > 10_000
    assert set(frame["state"].unique()) == set(STATES.values())
    state = dict(zip(frame["place"], frame["state"], strict=True))
    assert state["Leipzig"] == "Sachsen"
    assert state["München"] == "Bayern"  # GeoNames' English name is mapped back
    assert state["Halle"] == "Sachsen-Anhalt"  # short form of "Halle (Saale)"
    assert state["Essen"] == "Nordrhein-Westfalen"
    assert "Teilzeit" not in state and "Höhe" not in state
    assert DATA_FILE.stat().st_size < 1_000_000  # shipped in the repository


def test_gazetteer_build_prefers_the_larger_place_and_short_forms() -> None:
    rows = build(
        [
            {"countrycode": "DE", "admin1code": "06", "name": "Neustadt", "population": 900},
            {"countrycode": "DE", "admin1code": "08", "name": "Neustadt", "population": 50_000},
            {"countrycode": "DE", "admin1code": "05", "name": "Offenbach am Main", "population": 130_000},
            {"countrycode": "DE", "admin1code": "02", "name": "Munich", "population": 1_500_000},
            {"countrycode": "AT", "admin1code": "09", "name": "Wien", "population": 1_900_000},
        ]
    )
    assert ("Neustadt", "Rheinland-Pfalz", 50_000) in rows
    assert ("Offenbach", "Hessen", 130_000) in rows
    assert ("Offenbach am Main", "Hessen", 130_000) in rows
    assert ("München", "Bayern", 1_500_000) in rows
    assert not any(name == "Wien" for name, _, _ in rows)
