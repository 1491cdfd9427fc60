"""Extraction on short German phrases written for these tests (not the seeds)."""

from __future__ import annotations

import ast
import csv
import functools
import hashlib
import io
import tokenize
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

import polars as pl
import pytest

from flows.extract import extract_records, parse_headers, split_sentences
from flows.extract.context import SharedSearch, _alternatives, _chunks, contains_chunked
from flows.extract.pipeline import RECORD_SCHEMA, SKIPPED_SCHEMA, _extract_slice
from flows.extract.pipeline import extract as extract_all
from flows.extract.text import masked
from flows.settings import get_settings


def extract(text: str) -> pl.DataFrame:
    doc_id = hashlib.sha256(text.encode()).hexdigest()
    return extract_records(pl.DataFrame({"document_id": [doc_id], "text": [text]}))


# text, amount_min, amount_max, period, period_inferred, seniority, open-ended, approximate
CASES = [
    (
        "Das Einstiegsgehalt liegt zwischen 3.200 € und 3.900 € im Monat.",
        3200,
        3900,
        "month",
        False,
        "entry",
        False,
        False,
    ),
    (
        "Erfahrene Fachkräfte verdienen 52.000 bis 61.000 Euro brutto im Jahr.",
        52000,
        61000,
        "year",
        False,
        "experienced",
        False,
        False,
    ),
    ("Mit Teamleitung sind bis zu 6.100 € drin.", None, 6100, "month", True, "lead", False, False),
    ("Der Stundenlohn beträgt rund 18,50 Euro.", 18.5, 18.5, "hour", False, "unspecified", False, True),
    ("Ab 2.900 € monatlich geht es los.", 2900, None, "month", False, "unspecified", True, False),
    ("Junioren starten mit EUR 3.100 im Monat.", 3100, 3100, "month", False, "entry", False, False),
    ("Gehalt: 4 200 € Monatsbrutto.", 4200, 4200, "month", False, "unspecified", False, False),
    ("Gehalt: 4\u202f200 € im Schnitt.", 4200, 4200, "month", True, "unspecified", False, False),
    ("Mit Berufserfahrung sind 65 T€ realistisch.", 65000, 65000, "year", True, "experienced", False, False),
    ("Man verdient 58k € im Jahr.", 58000, 58000, "year", False, "unspecified", False, False),
    (
        "Zwischen 4,2 und 5,1 Tsd. € zahlen die Betriebe.",
        4200,
        5100,
        "month",
        True,
        "unspecified",
        False,
        False,
    ),
    ("Im Schnitt liegt das Gehalt bei 4.200,- €.", 4200, 4200, "month", True, "unspecified", False, False),
    ("Im Schnitt liegt das Gehalt bei 4.200,00 €.", 4200, 4200, "month", True, "unspecified", False, False),
    ("Berufseinsteiger erhalten 3.000–3.600 € pro Monat.", 3000, 3600, "month", False, "entry", False, False),
    ("Führungskräfte kommen auf 7.500 € oder sogar mehr.", 7500, None, "month", True, "lead", True, False),
    ("Jährlich sind für Einsteiger 45.000 € drin.", 45000, 45000, "year", False, "entry", False, False),
    (
        "Mit fünf Berufsjahren sieht es besser aus. Dann sind 4.800 € möglich.",
        4800,
        4800,
        "month",
        True,
        "experienced",
        False,
        False,
    ),
    ("Aushilfen bekommen 13,90 Euro pro Stunde.", 13.9, 13.9, "hour", False, "unspecified", False, False),
    (
        "Das Gehalt liegt zwischen 4.200 und 5.500 € brutto.",
        4200,
        5500,
        "month",
        True,
        "unspecified",
        False,
        False,
    ),
    (
        "Von 3.400 bis 4.100 Euro reicht die Spanne für Absolventen.",
        3400,
        4100,
        "month",
        True,
        "entry",
        False,
        False,
    ),
    (
        "Leitende Angestellte liegen in Richtung 8.000 € oder gar darüber.",
        8000,
        None,
        "month",
        True,
        "lead",
        True,
        True,
    ),
    (
        "Je nach Erfahrung zahlen Firmen Einsteigern etwa 3.300 €.",
        3300,
        3300,
        "month",
        True,
        "entry",
        False,
        True,
    ),
    # a floor and a cap of one range
    (
        "In Kiel verdient man als Optiker mindestens 2.300 Euro brutto, höchstens 3.600 Euro.",
        2300,
        3600,
        "month",
        True,
        "unspecified",
        False,
        False,
    ),
    # a span's ends of any shape, joined by a verb of spanning
    (
        "Die Bezüge reichen in kleinen Firmen von weniger als 45.000 Euro bis über 420.000 Euro.",
        45000,
        420000,
        "year",
        True,
        "unspecified",
        False,
        False,
    ),
    # the two cells of a row under a ``von | bis`` header
    (
        "Ausbildungsvergütung\nJahr | von | bis | 1. Jahr | 760 € | 880 € |",
        760,
        880,
        "month",
        True,
        "unspecified",
        False,
        False,
    ),
    # a level with its signed growth in brackets
    (
        "Lageristen verdienten im Westen 2.905 Euro (+3,4 Prozent).",
        2905,
        2905,
        "month",
        True,
        "unspecified",
        False,
        False,
    ),
    # a number word before ``bis`` is the range's lower bound
    (
        "Aushilfen im Kiosk verdienen meist sieben bis neun Euro pro Stunde.",
        7,
        9,
        "hour",
        False,
        "unspecified",
        False,
        False,
    ),
    # a verb of starting names the entry level
    (
        "Grundschullehrerinnen fangen in Hessen mit 3.600 Euro an.",
        3600,
        3600,
        "month",
        True,
        "entry",
        False,
        False,
    ),
    (
        "Die Copiloten starten bei der Airline bei 71.300 Euro.",
        71300,
        71300,
        "year",
        True,
        "entry",
        False,
        False,
    ),
    (
        "Am Ende seines Berufslebens bekommt ein Diakon etwa 3.900 Euro.",
        3900,
        3900,
        "month",
        True,
        "experienced",
        False,
        True,
    ),
    # a word that only contains a reason's is none (``Gewinner``, ``Lebensmittel-Einzelhandel``)
    (
        "Die Gewinner der Krise sind die Lageristen: Sie verdienen 3.050 Euro im Monat.",
        3050,
        3050,
        "month",
        False,
        "unspecified",
        False,
        False,
    ),
    (
        "Im Lebensmittel-Einzelhandel verdienen Kassiererinnen 2.450 Euro im Monat.",
        2450,
        2450,
        "month",
        False,
        "unspecified",
        False,
        False,
    ),
    (
        "Kaum jemand, der dort arbeitet, bekommt weniger als 2.950 Euro im Monat.",
        2950,
        None,
        "month",
        False,
        "unspecified",
        True,
        False,
    ),
    # a plan's words in another clause of the sentence leave the figure pay
    (
        "Die Gehälter der Erzieher werden seit Jahren diskutiert: Eine Erzieherin verdient 3.450 Euro im Monat.",
        3450,
        3450,
        "month",
        False,
        "unspecified",
        False,
        False,
    ),
    (
        "Die Firma will mehr zahlen: Ab Mai verdienen Monteure 3.380 Euro im Monat.",
        3380,
        3380,
        "month",
        False,
        "unspecified",
        False,
        False,
    ),
    (
        "Das sind zum Beispiel Gärtner: Sie verdienen 2.650 Euro im Monat.",
        2650,
        2650,
        "month",
        False,
        "unspecified",
        False,
        False,
    ),
    (
        "Die dritte Tarifgruppe erhält 3.150 Euro im Monat.",
        3150,
        3150,
        "month",
        False,
        "unspecified",
        False,
        False,
    ),
    (
        "Nach dem Sieg der Gewerkschaft verdienen Pflegehelfer 2.980 Euro im Monat.",
        2980,
        2980,
        "month",
        False,
        "unspecified",
        False,
        False,
    ),
    # a chamber's recommended apprentice pay is what is paid
    (
        "Die Kammer empfiehlt im ersten Lehrjahr eine Vergütung von 910 Euro im Monat.",
        910,
        910,
        "month",
        False,
        "unspecified",
        False,
        False,
    ),
    # a number word before ``bis`` shares the figure's scale
    (
        "Die Torhüterin verdient drei bis vier Millionen Euro im Jahr.",
        3e6,
        4e6,
        "year",
        False,
        "unspecified",
        False,
        False,
    ),
    # a floor and its best case are one range
    (
        "Als Glaser verdienen Sie mindestens 26.100 € und im besten Fall 35.400 €.",
        26100,
        35400,
        "year",
        True,
        "unspecified",
        False,
        False,
    ),
    # a figure written as money with ``,-``
    ("Tariflohn Hausmeister: 2140,-", 2140, 2140, "month", True, "unspecified", False, False),
    # ``kein`` before ``unter``: a floor
    (
        "Im Handwerk liegt kein Lohn mehr unter 13 Euro pro Stunde.",
        13,
        None,
        "hour",
        False,
        "unspecified",
        True,
        False,
    ),
    # pay passing a figure: a floor
    (
        "Als Oberärztin kann das Gehalt sogar 9.000 Euro überschreiten.",
        9000,
        None,
        "month",
        True,
        "unspecified",
        True,
        False,
    ),
    # spoken cents before a verb
    (
        "Reinigungskräfte sollen laut Tarif 13 Euro 70 bekommen.",
        13.7,
        13.7,
        "hour",
        True,
        "unspecified",
        False,
        False,
    ),
    # a sports season is a year
    (
        "Ein Schiedsrichter erhält 18.000 Euro pro Saison.",
        18000,
        18000,
        "year",
        False,
        "unspecified",
        False,
        False,
    ),
    # the highest pay named before a figure: a ceiling
    (
        "Das maximale Gehalt liegt hier bei 4.150 € im Monat.",
        None,
        4150,
        "month",
        False,
        "unspecified",
        True,
        False,
    ),
    # experience named by a time served; a time ahead names none
    (
        "Kellner nach dreijähriger Betriebszugehörigkeit: 2.215 Euro",
        2215,
        2215,
        "month",
        True,
        "experienced",
        False,
        False,
    ),
    (
        "Die Löhne steigen in den kommenden zwei Jahren, kein Lohn liegt dann unter 11 Euro pro Stunde.",
        11,
        None,
        "hour",
        False,
        "unspecified",
        True,
        False,
    ),
    # a bare year after ``bis`` is a date
    (
        "Servicekräfte bekommen mindestens 13,10 Euro bis 2027.",
        13.1,
        None,
        "hour",
        True,
        "unspecified",
        True,
        False,
    ),
    # so is one after the figure's currency and period, whatever the figure's size
    (
        "Beschlossen ist ein Mindestlohn von 1.600 Euro brutto monatlich bis 2027 für alle Branchen.",
        1600,
        1600,
        "month",
        False,
        "unspecified",
        False,
        False,
    ),
    # ``bei Berufseintritt``: a start, no admission fee
    (
        "Informatiker erzielen bei Berufseintritt im Schnitt ein Jahresbrutto von 44.310 Euro.",
        44310,
        44310,
        "year",
        False,
        "entry",
        False,
        False,
    ),
    # ``großzügig`` holds no gig (an ASCII word boundary after ``ü``)
    (
        "Ebenfalls großzügig dotiert war die Intendantin des Senders mit 310.400 Euro.",
        310400,
        310400,
        "year",
        True,
        "lead",
        False,
        False,
    ),
    # nor ``Maßnahmen`` a price someone ``nahm``
    (
        "Nach den Sparmaßnahmen rund 2.900 Euro im Monat: so viel verdienen Pflegehelfer dort.",
        2900,
        2900,
        "month",
        False,
        "unspecified",
        False,
        True,
    ),
    # paid fourteen times a year: a month's pay
    (
        "Dabei steht die Präsidentin mit ihren 14-mal 21.400 Euro brutto an der Spitze.",
        21400,
        21400,
        "month",
        False,
        "unspecified",
        False,
        False,
    ),
    # a range whose bounds carry ``brutto`` and a label each
    (
        "Je nach Abschluss liegen die Einstiegsgehälter zwischen 2.480 Euro brutto (Lehre) und 3.950 Euro (Master).",
        2480,
        3950,
        "month",
        True,
        "entry",
        False,
        False,
    ),
    # a share in brackets is no change
    (
        "Das untere Quartil liegt bei 36.200 € (25% der Gehälter liegen darunter).",
        36200,
        36200,
        "year",
        True,
        "unspecified",
        False,
        False,
    ),
    # the level after raises, then the raise in a clause of its own
    (
        "Nach zwei weiteren Erhöhungen bekommt sie 3.870,20 Euro im Monat, was ein Plus von 310,50 Euro bedeutet.",
        3870.2,
        3870.2,
        "month",
        False,
        "unspecified",
        False,
        False,
    ),
    # what comes on top leads to the total, a pay named right before the figure
    (
        "Hinzu kommen Pauschalen und Gefahrenzulagen, sodass Du als Helfer ein Gehalt von etwa 2.400 Euro im Monat erwarten kannst.",
        2400,
        2400,
        "month",
        False,
        "unspecified",
        False,
        True,
    ),
    # what a group could earn, as a study reports it, is no supposition
    (
        "Berufseinsteiger könnten laut der Studie mit einem Brutto von 44.500 Euro rechnen.",
        44500,
        44500,
        "year",
        True,
        "entry",
        False,
        False,
    ),
    # a figure written with thousands right after a pay named for it is money
    (
        "Laut der Studie erhalten Trainees im Schnitt ein Jahresbruttogehalt von 41.700.",
        41700,
        41700,
        "year",
        False,
        "unspecified",
        False,
        False,
    ),
    # the words after the next amount are that one's
    (
        "Der Kassenchef bekam zusätzlich zum Gehalt von 168 000 Euro noch 41 300 Euro Bonus.",
        168000,
        168000,
        "year",
        True,
        "lead",
        False,
        False,
    ),
    # an average pay summed up is no sum
    (
        "Über alle Firmen summiert sich das durchschnittliche Vorstandsgehalt auf 412.000 Euro im Jahr.",
        412000,
        412000,
        "year",
        False,
        "lead",
        False,
        False,
    ),
    # what the figure includes
    (
        "Sein Monatseinkommen liegt inkl. Zulagen und geldwerter Vorteil bei rund 9.500 Euro.",
        9500,
        9500,
        "month",
        False,
        "unspecified",
        False,
        True,
    ),
    # a minimum pay not to be undercut is a floor
    (
        "Im ersten Lehrjahr darf die Mindestvergütung 700 € nicht unterschreiten.",
        700,
        None,
        "month",
        True,
        "unspecified",
        True,
        False,
    ),
    # reported speech is no supposition
    (
        "Die Gewerkschaft gibt dem Bericht zufolge an, bei der Tochterfirma würden den Fahrern zwischen 31.000 Euro und 38.000 Euro gezahlt.",
        31000,
        38000,
        "year",
        True,
        "unspecified",
        False,
        False,
    ),
    # an industry named after insurance is no deduction
    (
        "Im Versicherungsgewerbe gibt es im ersten Lehrjahr 1.010 Euro.",
        1010,
        1010,
        "month",
        True,
        "unspecified",
        False,
        False,
    ),
    # pay stated with its extras included (an article and an adjective between)
    (
        "Die Geschäftsführerinnen erhalten einschließlich der variablen Vergütungsbestandteile "
        "zwischen 180.000 und 240.000 Euro im Jahr.",
        180000,
        240000,
        "year",
        False,
        "lead",
        False,
        False,
    ),
    (
        "Im Mai bekam der Helfer für 120 Arbeitsstunden inklusive einer Schichtzulage 1.935,40 € brutto.",
        1935.40,
        1935.40,
        "month",
        True,
        "unspecified",
        False,
        False,
    ),
    # a teaching hour is an hour
    (
        "Honorarkräfte an Volkshochschulen erhalten oft nur 24 Euro pro Unterrichtsstunde.",
        24,
        24,
        "hour",
        False,
        "unspecified",
        False,
        False,
    ),
    # a sector named after social insurance is no deduction
    (
        "Einsteiger im Sozialversicherungswesen verdienen bis zu 3.100 Euro im Monat.",
        None,
        3100,
        "month",
        False,
        "entry",
        False,
        False,
    ),
    # a comparative before an approximate figure's word
    (
        "Ein Viertel der Floristen verdient weniger als rund 1.900 Euro im Monat.",
        None,
        1900,
        "month",
        False,
        "unspecified",
        True,
        True,
    ),
    # the period said on its own after the sentence
    (
        "Knapp 25.000 Euro. Im Monat. So viel bekommt die Senderchefin.",
        25000,
        25000,
        "month",
        False,
        "unspecified",
        False,
        True,
    ),
    # the period after a dash at the end of the figure's sentence
    (
        "Als Nationaltrainerin verdient sie 38.000 Euro – pro Monat! Das ist viel.",
        38000,
        38000,
        "month",
        False,
        "unspecified",
        False,
        False,
    ),
    # a sign before the figure makes it a floor
    (
        "Sachbearbeitung mit über 15 Jahren Erfahrung: > 52.000 Euro im Jahr",
        52000,
        None,
        "year",
        False,
        "experienced",
        True,
        False,
    ),
    # a month word in the figure's clause holds for a star's pay too large for a month
    (
        "Der Verein zahlt dem Torjäger ein monatliches Grundgehalt von 520.000 Euro.",
        520000,
        520000,
        "month",
        False,
        "unspecified",
        False,
        False,
    ),
    (
        "Pro Monat soll die neue Nationaltrainerin (47) rund 180.000 Euro erhalten.",
        180000,
        180000,
        "month",
        False,
        "unspecified",
        False,
        True,
    ),
    # … not one across a comma
    (
        "Das Team trifft sich monatlich, eine Bezirksleiterin verdient 72.000 Euro brutto.",
        72000,
        72000,
        "year",
        True,
        "lead",
        False,
        False,
    ),
    # a sum for places is no sum for a counted body of people
    (
        "Ab Juli gilt für die vier Bundesländer ein gemeinsamer Ecklohn von 16,20 Euro.",
        16.2,
        16.2,
        "hour",
        True,
        "unspecified",
        False,
        False,
    ),
    # ``im Jahr drei`` counts a year of service: no period
    (
        "Laut Tarif bekommen Volontäre im Jahr zwei rund 2.900 Euro.",
        2900,
        2900,
        "month",
        True,
        "unspecified",
        False,
        True,
    ),
    # an adverb in front of a range's first bound
    (
        "Berufseinsteiger verdienen zwischen durchschnittlich 38.000 und 45.000 Euro.",
        38000,
        45000,
        "year",
        True,
        "entry",
        False,
        False,
    ),
    # an adjective between ``je`` and the hour: still an hourly wage
    (
        "Der Mindestlohn der Branche liegt bei 14,10 Euro je geleisteter Arbeitsstunde.",
        14.1,
        14.1,
        "hour",
        False,
        "unspecified",
        False,
        False,
    ),
    # ``mit weitem Abstand``: far behind, no difference
    (
        "Mit weitem Abstand folgen beim Gehalt die Pflegekräfte (41.000 Euro).",
        41000,
        41000,
        "year",
        True,
        "unspecified",
        False,
        False,
    ),
    # pay stated with benefits in kind included
    (
        "Die Intendantin bezog einschließlich Sachbezügen rund 298.000 Euro.",
        298000,
        298000,
        "year",
        True,
        "lead",
        False,
        True,
    ),
    # an article before a number word after a floor's words
    (
        "Etwa jeder zehnte Kassenvorstand verdient mehr als eine halbe Million Euro im Jahr.",
        500000,
        None,
        "year",
        False,
        "lead",
        True,
        False,
    ),
    # ``mehr Geld:`` announces the level, no raise
    (
        "Ab März bekommen Servicekräfte mehr Geld: 14 Euro in der Stunde.",
        14,
        14,
        "hour",
        False,
        "unspecified",
        False,
        False,
    ),
    # ``glatte`` is no latte macchiato
    (
        "Im nächsten Jahr steigt der Lohn auf glatte 16 Euro pro Stunde.",
        16,
        16,
        "hour",
        False,
        "unspecified",
        False,
        False,
    ),
    # ``Referenten`` are no pensions
    (
        "Am besten verdienen Referenten in Wirtschaftsverbänden mit einem Jahresgehalt von 68.000 Euro.",
        68000,
        68000,
        "year",
        False,
        "unspecified",
        False,
        False,
    ),
    # the floor's word before the pay it names
    (
        "Im ersten Lehrjahr ist mindestens eine Vergütung von 760 Euro zu zahlen.",
        760,
        None,
        "month",
        True,
        "unspecified",
        True,
        False,
    ),
    # a period word in a clause converting the figure (``das bedeutet``) is the next figure's
    (
        "Die Hälfte der Gärtner verdient mehr als 27.600 Euro brutto, das bedeutet rund 2.300 Euro im Monat.",
        27600,
        None,
        "year",
        True,
        "unspecified",
        True,
        False,
    ),
    (
        "Die Bezüge würden nach dem Vorschlag der Kommission von 4.120 auf 4.560 Euro im Monat steigen.",
        4120,
        4120,
        "month",
        False,
        "unspecified",
        False,
        False,
    ),
    (
        "In Frankfurt will Ver.di einen Stundenlohn von 17 Euro (vorher 15,50 Euro) erreichen.",
        15.5,
        15.5,
        "hour",
        False,
        "unspecified",
        False,
        False,
    ),
    (
        "Eine Floristin bekommt nun laut Tarif monatlich 2210 Euro, 45 Euro mehr als bisher.",
        2210,
        2210,
        "month",
        False,
        "unspecified",
        False,
        False,
    ),
    (
        "Laut Tarif verdient eine Floristin derzeit wenigstens 13,40 Euro pro Stunde.",
        13.4,
        None,
        "hour",
        False,
        "unspecified",
        True,
        False,
    ),
    (
        "Demnach sollte der Stundenlohn der Pförtner von derzeit 12,60 Euro am 1. Mai auf 13,40 Euro steigen.",
        12.6,
        12.6,
        "hour",
        False,
        "unspecified",
        False,
        False,
    ),
    (
        "Die Vergütung der Trainerinnen nach Stufen: Stufe 2 bis 2.400 Euro im Monat.",
        None,
        2400,
        "month",
        False,
        "unspecified",
        False,
        False,
    ),
    (
        "Der Intendant des kleinen Senders bekommt mit Zulagen 238.400 Euro im Jahr.",
        238400,
        238400,
        "year",
        False,
        "lead",
        False,
        False,
    ),
    (
        "Der Mindestlohn liegt derzeit bei 13,90 Euro pro gearbeitete Stunde.",
        13.9,
        13.9,
        "hour",
        False,
        "unspecified",
        False,
        False,
    ),
    (
        "Der Abstand zwischen Nord und Süd schrumpft: 2024 lag das mittlere Entgelt im Norden bei 3.512 Euro im Monat.",
        3512,
        3512,
        "month",
        False,
        "unspecified",
        False,
        False,
    ),
    (
        "Das Portal Steuerklassen.com nennt für Fliesenleger ein Bruttogehalt von 31.500 Euro im Jahr.",
        31500,
        31500,
        "year",
        False,
        "unspecified",
        False,
        False,
    ),
    (
        "Der Arbeitgeber bietet ein Einstiegsgehalt von 3.150 Euro brutto im Monat.",
        3150,
        3150,
        "month",
        False,
        "entry",
        False,
        False,
    ),
    (
        "Für Zahnarzthelferinnen in Kassel bewegen sich Einstiegsgehälter meist so um 2.450 €.",
        2450.0,
        2450.0,
        "month",
        True,
        "entry",
        False,
        True,
    ),
    (
        "Die Gewerkschaft will Tarifbindung erzwingen - sowie Urlaubs- und Weihnachtsgeld.\nIn Kassel beträgt der Einstiegslohn für Kommissionierer laut Firma pro Stunde 13,05 Euro.",
        13.05,
        13.05,
        "hour",
        False,
        "entry",
        False,
        False,
    ),
    (
        "Im Glasergewerbe erhalten Helfer laut Kollektivvertrag zumindest 1.286,40 Euro im Monat.",
        1286.4,
        None,
        "month",
        False,
        "unspecified",
        True,
        False,
    ),
    (
        "Die Geschäftsführerin kam 2021 einschließlich der Bonuszahlungen auf rund 318.000 Euro.",
        318000.0,
        318000.0,
        "year",
        True,
        "lead",
        False,
        True,
    ),
    (
        "Die Landrätin verdient mit einem Monatsgehalt von mehr als 7.400 € mehr als das Doppelte ihres Stellvertreters.",
        7400.0,
        None,
        "month",
        False,
        "lead",
        True,
        False,
    ),
    (
        "Die Partei fordert einen Mindestlohn von 15 Euro. Fünfzehn Euro Stundenlohn – das wäre ein Viertel mehr als die 12,20 Euro, die derzeit gelten.",
        12.2,
        12.2,
        "hour",
        False,
        "unspecified",
        False,
        False,
    ),
    (
        "Die Vergütung der Pflegehilfskräfte muss von 14,10 Euro auf künftig 16,40 Euro angehoben werden.",
        14.1,
        14.1,
        "hour",
        True,
        "unspecified",
        False,
        False,
    ),
    (
        "Demnach sollte das Gehalt der Geschäftsführerin von 8.900 Euro auf 10.400 Euro im Monat angehoben werden.",
        8900.0,
        8900.0,
        "month",
        False,
        "lead",
        False,
        False,
    ),
    (
        "Das übliche Eintrittsgehalt für Köchinnen liegt bei etwa 13 bis 15 Euro pro Stunde.",
        13.0,
        15.0,
        "hour",
        False,
        "entry",
        False,
        False,
    ),
    (
        "Die Aufsicht wollte wissen, weshalb der Vorstand der Stadtwerke 2022 insgesamt 291.000 Euro überwiesen bekommen hat.",
        291000.0,
        291000.0,
        "year",
        True,
        "lead",
        False,
        False,
    ),
    (
        "Die Fraktionen sind sich einig. Geplant sei deshalb eine Anhebung der Grundentschädigung von derzeit 5.710,20 Euro im Monat auf 5.938,40 Euro.",
        5710.2,
        5710.2,
        "month",
        False,
        "unspecified",
        False,
        False,
    ),
    (
        "Die Bäcker legen zu: 468 Euro im ersten Lehrjahr bedeutet eine Steigerung um rund 14 Prozent.",
        468.0,
        468.0,
        "month",
        True,
        "unspecified",
        False,
        False,
    ),
    (
        "Die monatliche Diät der Abgeordneten wird jährlich zum 1. Juli angepasst und beträgt derzeit 9.874,15 Euro.",
        9874.15,
        9874.15,
        "month",
        False,
        "unspecified",
        False,
        False,
    ),
    (
        "Zwischen den Ländern gibt es große Unterschiede: So verdienen Friseurinnen in Hessen mit 2.870 Euro am meisten.",
        2870.0,
        2870.0,
        "month",
        True,
        "unspecified",
        False,
        False,
    ),
]


def _doc_id(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@functools.cache
def _phrase_records() -> pl.DataFrame:
    """The records of all ``CASES`` in one batch (each text is extracted on its own terms: every
    stage works per text), so that each case reads its own rows."""
    texts = [case[0] for case in CASES]
    return extract_records(pl.DataFrame({"document_id": [_doc_id(t) for t in texts], "text": texts}))


@pytest.mark.parametrize(("text", "lo", "hi", "period", "inferred", "seniority", "open_", "approx"), CASES)
def test_phrase(
    text: str,
    lo: float | None,
    hi: float | None,
    period: str,
    inferred: bool,
    seniority: str,
    open_: bool,
    approx: bool,
) -> None:
    records = _phrase_records().filter(pl.col("document_id") == _doc_id(text))
    assert records.height == 1, records
    r = records.row(0, named=True)
    assert (r["amount_min"], r["amount_max"]) == (lo, hi)
    assert (r["period"], r["period_inferred"]) == (period, inferred)
    assert r["seniority"] == seniority
    assert (r["is_open_ended"], r["is_approximate"]) == (open_, approx)
    statement = text[r["char_start"] : r["char_end"]]
    for bound in (lo, hi):
        if (
            bound is not None
            and bound >= 1000
            and "T€" not in text
            and "k" not in statement
            and "Tsd" not in text
            and "Million" not in statement
        ):
            assert f"{int(bound) // 1000}" in statement
    assert r["evidence"] in text


def test_no_texts_give_the_empty_frames_the_stages_would_give() -> None:
    """``extract`` answers an empty batch at once; the frames are those the stages make."""
    none = pl.DataFrame(schema={"document_id": pl.String, "text": pl.String})
    staged = _extract_slice(none, get_settings())
    for frame, schema in ((staged.records, RECORD_SCHEMA), (staged.skipped, SKIPPED_SCHEMA)):
        assert frame.is_empty() and frame.schema == pl.Schema(schema)
    at_once = extract_all(none)
    assert at_once.records.equals(staged.records) and at_once.skipped.equals(staged.skipped)
    one = pl.DataFrame(
        {"document_id": ["d"], "text": ["Sie verdient 3.100 Euro im Monat, 40 Euro kostet das Ticket."]}
    )
    some = extract_all(one)
    assert some.records.height == 1 and some.skipped.height == 1
    assert some.records.schema == pl.Schema(RECORD_SCHEMA) and some.skipped.schema == pl.Schema(
        SKIPPED_SCHEMA
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ein Kaffee kostet hier 3,50 €.",
        "Die Kursgebühr beträgt 1.200 €.",
        "Das Budget liegt bei 2 Mio. € im Jahr.",
        "Der Umsatz stieg auf 40 Millionen Euro.",
        "Das Unternehmen hat 500 Mitarbeiter und wurde 1998 gegründet.",
        "Industrie 4.0 ist überall ein Thema.",
        "Netto bleiben etwa 2.600 € übrig.",
        "Das sind 300 Euro mehr als im Vorjahr.",
        "Viele 450-Euro-Jobs fallen weg.",
        "Die Miete liegt bei 12 € pro Quadratmeter.",
        "Service rund um die Uhr, ab 7 Uhr geöffnet.",
        "Ab einer Unternehmensgröße von 500 Mitarbeitern gilt der Tarif.",
    ],
)
def test_not_pay_yields_nothing(text: str) -> None:
    assert extract(text).height == 0


def test_a_bound_word_is_shared_by_a_parallel_figure() -> None:
    records = extract(
        "Der Branchenlohn steigt auf mindestens 13,40 Euro in Bayern und 12,90 Euro in Sachsen."
    )
    assert records.select("amount_min", "amount_max", "is_open_ended").rows() == [
        (13.4, None, True),
        (12.9, None, True),
    ]


def test_a_row_of_figures_with_cents_is_euros_in_a_text_about_pay_only() -> None:
    """A pay table flattened into text names no currency: its rows of figures written with
    thousands and cents are euros, unless the text names another currency."""
    euros = extract("Die Besoldung der Richter nach Land:\nThüringen 4.471,22 5.640,18 6.810,93")
    assert euros["amount_min"].to_list() == [4471.22, 5640.18, 6810.93]
    assert set(euros["period"]) == {"month"}
    marks = extract("Die Besoldung der Richter in DM nach Land:\nThüringen 8.471,22 9.640,18 9.810,93")
    assert marks.is_empty()


def test_a_dash_before_a_percentage_closes_no_range() -> None:
    text = "Die Geschäftsführerin erhielt eine Vergütung von 3,6 Millionen Euro – 4,2 Prozent mehr als im Vorjahr."
    records = extract(text)
    assert records.select("amount_min", "amount_max", "period").rows() == [(3600000.0, 3600000.0, "year")]
    assert records["statement"].to_list() == ["von 3,6 Millionen Euro"]


def test_an_executives_figure_without_a_cue_is_lead_in_a_text_about_executives() -> None:
    text = (
        "Die Vorstandschefs der Dax-Konzerne verdienten im Schnitt 6,1 Millionen Euro. "
        "Lisa Brandt, Chemie AG: 4,3 Millionen Euro. Ein Monteur verdient 3.100 Euro im Monat."
    )
    records = extract(text)
    assert dict(zip(records["amount_min"], records["seniority"], strict=True))[4_300_000.0] == "lead"
    assert dict(zip(records["amount_min"], records["seniority"], strict=True))[3100.0] == "unspecified"


def test_a_ranking_from_the_top_down_gives_two_figures() -> None:
    records = extract(
        "Das mittlere Bruttoentgelt der Kreise: Von 5.340 Euro in Erlangen (BY) bis 2.790 Euro im Vogtland."
    )
    assert records.select("amount_min", "amount_max").rows() == [(5340.0, 5340.0), (2790.0, 2790.0)]


def test_a_grade_number_is_no_amount_and_a_new_value_with_its_percent_is_pay() -> None:
    text = "Die Löhne der Lohngruppe 3 steigen von 12,20 € auf 12,70 € (4 Prozent), die der Lohngruppe 7 auf 15,10 €."
    assert extract(text).select("amount_min").to_series().to_list() == [12.2, 12.7, 15.1]


def test_enumeration_gives_one_record_per_figure() -> None:
    text = "Azubis erhalten 1.100 Euro (Ausbildung) bzw. 1.400 Euro (duales Studium) im Monat."
    records = extract(text)
    assert records["amount_min"].to_list() == [1100, 1400]
    assert records["record_id"].n_unique() == 2


def test_two_statements_in_one_sentence_get_their_own_cues() -> None:
    text = (
        "Das jährliche Einstiegsgehalt startet bei 50.000 € bis 55.000 €; "
        "mit Erfahrung geht es Richtung 70.000 €."
    )
    records = extract(text)
    assert records["seniority"].to_list() == ["entry", "experienced"]
    assert records["period"].to_list() == ["year", "year"]
    assert records["period_inferred"].to_list() == [False, False]


def test_offsets_index_the_text_across_sentences_and_umlauts() -> None:
    text = "Überblick für Köln.\r\nGrüße! Einsteiger verdienen 3.500 € im Monat.\n\nÄltere 5.000 €."
    records = extract(text)
    spans = [text[s:e] for s, e in zip(records["char_start"], records["char_end"], strict=True)]
    assert spans == ["3.500 €", "5.000 €"]


def test_record_ids_are_deterministic() -> None:
    text = "Das Gehalt liegt bei 4.000 € im Monat."
    assert extract(text)["record_id"].to_list() == extract(text)["record_id"].to_list()


def test_sentences_cover_the_text() -> None:
    text = "Ca. 4.200 € z. B. in Köln. Neu!\nÜberschrift\nweiter im Satz. Ende"
    sentences = split_sentences(pl.DataFrame({"document_id": ["d"], "text": [text]}), money_only=False)
    assert sentences["sentence"].to_list() == [
        "Ca. 4.200 € z. B. in Köln. ",
        "Neu!",
        "Überschrift weiter im Satz. ",
        "Ende",
    ]
    assert sentences["sent_start"].to_list() == [0, 27, 32, 60]


def test_only_lines_near_money_are_parsed() -> None:
    text = "Einleitung.\nMit Erfahrung geht es los.\nDann 4.000 €.\nFazit.\nNoch etwas.\nSchluss."
    sentences = split_sentences(pl.DataFrame({"document_id": ["d"], "text": [text]}))
    assert sentences["sentence"].to_list() == ["Mit Erfahrung geht es los.", "Dann 4.000 €.", "Fazit."]


def test_header_parsing() -> None:
    docs = pl.DataFrame(
        {
            "document_id": ["a", "b"],
            "text": [
                "Pflegefachkraft Jobs in Köln\r\nBeruf Fachkraft in der Pflege in Frankfurt am Main\r\nText",
                "Ein Artikel ohne Kopfzeile.\nZweite Zeile.",
            ],
        }
    )
    headers = parse_headers(docs)
    assert headers["occupation"].to_list() == ["Fachkraft in der Pflege", None]
    assert headers["city"].to_list() == ["Frankfurt am Main", None]
    assert headers["title"].to_list() == ["Pflegefachkraft Jobs in Köln", "Ein Artikel ohne Kopfzeile."]


def test_the_seed_texts_yield_exactly_the_contract_records() -> None:
    """Extraction alone (no flow, no warehouse): the five seed texts in ``raw/`` give the ten
    records of the contract (``tests/fixtures/seeds_expected.csv``), no more, no fewer."""
    root = Path(__file__).resolve().parents[2]
    seeds = sorted((root / "raw").glob("*.txt"))
    docs = pl.DataFrame(
        {"document_id": [p.name for p in seeds], "text": [p.read_text("utf-8") for p in seeds]}
    )
    records = extract_records(docs)
    got = sorted(
        (
            r["document_id"],
            r["occupation"],
            r["city"],
            r["seniority"],
            r["period"],
            r["amount_min"],
            r["amount_max"],
        )
        for r in records.iter_rows(named=True)
    )
    expected = sorted(
        (
            row["source_path"],
            row["occupation"],
            row["city"],
            row["seniority"],
            row["period"],
            float(row["amount_min"]) if row["amount_min"] else None,
            float(row["amount_max"]) if row["amount_max"] else None,
        )
        for row in csv.DictReader(
            (root / "tests" / "fixtures" / "seeds_expected.csv").read_text("utf-8").splitlines()
        )
    )
    assert len(expected) == 10
    assert got == expected


def test_masked_keeps_the_guarded_rows_and_nulls_the_rest() -> None:
    """``masked`` is ``when(guard).then(text)`` (NULL where the guard is false or NULL, the text
    where it holds, NULL text stays NULL) with nothing behind its NULLs: searches and rewrites
    of it give the same answers as over the plain mask."""
    frame = pl.DataFrame(
        {
            "text": ["Gehalt 3.000 €", "Miete 900 €", None, "Lohn 14 €", ""],
            "guard": [True, False, True, None, True],
        }
    )
    plain = pl.when("guard").then("text")
    out = frame.select(
        got=masked("guard", "text"),
        want=plain,
        got_lower=masked("guard", "text").str.to_lowercase().str.contains("gehalt|lohn"),
        want_lower=plain.str.to_lowercase().str.contains("gehalt|lohn"),
    )
    assert out["got"].to_list() == out["want"].to_list() == ["Gehalt 3.000 €", None, None, None, ""]
    assert out["got_lower"].to_list() == out["want_lower"].to_list() == [True, None, None, None, False]

    # the rules' shared searches: each pattern's answer, FALSE where no pattern matches
    search = SharedSearch("text")
    rules = [search(r"(?i)gehalt"), search(r"\d+\s*€$"), search("nirgends")]
    found = search.with_hits(frame).select(*(rule.alias(f"r{i}") for i, rule in enumerate(rules)))
    assert found.rows() == [
        (True, True, False),
        (False, True, False),
        (False, False, False),
        (False, True, False),
        (False, False, False),
    ]
    # (no row matches any pattern: every rule is FALSE, no pattern searched)
    none = search.with_hits(pl.DataFrame({"text": ["Urlaub am Meer", None]}))
    assert none.select(*rules).rows() == [(False, False, False)] * 2


def test_a_long_alternation_is_searched_in_chunks_that_find_the_same() -> None:
    # split at top-level bars only: not inside a group nor a class
    assert _alternatives(r"ab|[|(]c|d(e|f)|[^)|]g") == ("ab", "[|(]c", "d(e|f)", "[^)|]g")
    long = "|".join(rf"wort{i}\s+x[,.]" for i in range(300))
    chunks = _chunks(long)
    assert len(chunks) > 1 and "|".join(chunks) == long
    frame = pl.DataFrame({"t": ["ein wort299 x, hier", "wort7 x.", "wort7x.", "nichts"]})
    found = frame.select(contains_chunked(pl.col("t"), long)).to_series().to_list()
    assert (
        found
        == frame.select(pl.col("t").str.contains(long)).to_series().to_list()
        == [True, True, False, False]
    )
    # flags for the whole pattern stay the whole pattern's
    upper = frame.with_columns(pl.col("t").str.to_uppercase())
    found = upper.select(contains_chunked(pl.col("t"), "(?i)" + long)).to_series().to_list()
    assert found == [True, True, False, False]


def test_the_extractors_regexes_name_ascii_digits_only() -> None:
    # Polars compiles each regex anew per slice (its cache holds 32); Unicode's digit class makes
    # every compilation larger (patterns.py's docstring)
    package = Path(__file__).resolve().parents[2] / "flows" / "extract"
    unicode_digits = [
        f"{path.name}:{token.start[0]}"
        for path in sorted(package.glob("*.py"))
        for token in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
        if token.type == tokenize.STRING and ("\\d" in token.string or "\\D" in token.string)
    ]
    assert unicode_digits == []


def test_table_cells_glued_after_euro_are_read_with_whole_spans() -> None:
    text = (
        "Gehaltstarif der Laborassistenten, monatlich brutto:\n"
        "1.-2. Berufsjahr3.-6. Berufsjahr\n"
        "2.180 Euro2.395 Euro\n"
    )
    records = extract_records(pl.DataFrame({"document_id": ["glued"], "text": [text]})).sort("char_start")
    assert records["amount_min"].to_list() == [2180.0, 2395.0]
    spans = [text[s:e] for s, e in zip(records["char_start"], records["char_end"], strict=True)]
    assert spans == ["2.180 Euro", "2.395 Euro"]
    assert records["statement"].to_list() == spans


Figures = list[tuple[float | None, float | None, str]]


def _extract_figures(texts: list[str]) -> dict[str, Figures]:
    """The figures (low, high, period) of each text, in the order of the text, all texts extracted
    together in one batch (as the pipeline does)."""
    ids = [f"d{i:05d}" for i in range(len(texts))]
    text_of = dict(zip(ids, texts, strict=True))
    records = extract_records(pl.DataFrame({"document_id": ids, "text": texts})).sort(
        "document_id", "char_start"
    )
    found: dict[str, Figures] = {text: [] for text in texts}
    for row in records.iter_rows(named=True):
        found[text_of[row["document_id"]]].append((row["amount_min"], row["amount_max"], row["period"]))
    return found


@functools.cache
def _literal_figures() -> dict[str, Figures]:
    """``_extract_figures`` of every string literal of this module that holds a digit, in one
    batch at first use. Each extraction call has a fixed cost of about a second here (its
    patterns are compiled anew), and most tests read texts written out in this module: one
    batch instead of a call per test. Every stage works per text, so a text's figures do not
    depend on the batch (``test_a_text_alone_gives_the_figures_it_gives_in_the_module_batch``)."""
    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    literals = {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and any(c.isdigit() for c in node.value)
    }
    return _extract_figures(sorted(literals))


def _figures_each(texts: list[str]) -> dict[str, Figures]:
    """The figures of each text: from the module's batch (``_literal_figures``) for a text
    written out here, the others extracted together in one batch."""
    known = _literal_figures()
    missing = [text for text in dict.fromkeys(texts) if text not in known]
    found = _extract_figures(missing) if missing else {}
    return {text: known[text] if text in known else found[text] for text in texts}


def _figures(text: str) -> Figures:
    return _figures_each([text])[text]


def _figures_in_order(texts: list[str]) -> list[Figures]:
    """``_figures`` of each text in order, the texts extracted together in one batch (each
    extraction call has a fixed cost: one batch instead of one call per text)."""
    found = _figures_each(texts)
    return [found[text] for text in texts]


def _assert_dropped(texts: list[str]) -> None:
    """Every text yields no record (a failure names the texts that do)."""
    assert {text: found for text, found in _figures_each(texts).items() if found} == {}


def _assert_kept(expected: Mapping[str, object]) -> None:
    """Each text yields exactly its expected records."""
    assert _figures_each(list(expected)) == expected


def test_a_list_of_four_bare_figures_takes_the_currency_of_its_last() -> None:
    text = "Die Vergütungen der Azubis betragen danach 710, 760, 845 und 905 Euro im Monat."
    assert _figures(text) == [(v, v, "month") for v in (710.0, 760.0, 845.0, 905.0)]


def test_a_period_word_after_a_comma_belongs_to_the_next_figure() -> None:
    text = "Für Gärtner ergibt sich ein Bruttojahresverdienst von 31.205,40 €, monatlich 2.600,45 €."
    assert _figures(text)[0] == (31205.4, 31205.4, "year")


def test_one_figure_under_two_leads_is_two_records() -> None:
    text = (
        "Vergütung im Überblick:\n"
        "Ausbildung im Einzelhandel:\n1. Ausbildungsjahr: ca. 1.050 Euro\n2. Ausbildungsjahr: ca. 1.190 Euro\n"
        "Ausbildung in der Industrie:\n1. Ausbildungsjahr: ca. 1.190 Euro\n2. Ausbildungsjahr: ca. 1.280 Euro\n"
    )
    assert sorted(lo for lo, _, _ in _figures(text)) == [1050.0, 1190.0, 1190.0, 1280.0]


def test_a_row_label_glued_to_the_first_cell_of_a_flattened_table_is_parted() -> None:
    text = (
        "Die Kammer empfiehlt eine monatliche Vergütung.\n"
        "JahreGruppe AGruppe B\n"
        "1. – 4.2.115 Euro2.330 Euro\n"
        "5. – 8.2.190 Euro2.415 Euro\n"
        "ab 9.2.260 Euro2.505 Euro\n"
    )
    assert sorted(lo for lo, _, _ in _figures(text)) == [2115.0, 2190.0, 2260.0, 2330.0, 2415.0, 2505.0]


def test_a_next_rows_label_is_no_spoken_cents_of_a_large_figure() -> None:
    text = "Monatliche Vergütung:\nStufe I 3.120 Euro\n12. Jahr 3.480 Euro\n"
    assert [lo for lo, _, _ in _figures(text)] == [3120.0, 3480.0]


def test_rows_of_a_table_with_a_lower_and_an_upper_column_are_ranges() -> None:
    text = (
        "Gehalt Erzieher nach Träger\n"
        "Träger | Gehalt Minimum | Gehalt Maximum |\n"
        "Kommune | 3.120 € | 3.890 € |\n"
        "Kirche | 2.950 € | 3.640 € |\n\n"
        "Tabelle TVöD\n"
        "EG 5 | 2.800 € | 2.950 € | 3.100 € |\n"
    )
    ranges = [(3120.0, 3890.0, "month"), (2950.0, 3640.0, "month")]
    # (another table's row of three cells keeps them apart)
    assert _figures(text) == [*ranges, *((v, v, "month") for v in (2800.0, 2950.0, 3100.0))]


def test_two_groups_with_the_same_old_value_keep_both() -> None:
    text = "Die Löhne steigen für Helfer von 12,00 Euro auf 12,41 Euro und für Fachkräfte von 12,00 Euro auf 13,10 Euro."
    assert [lo for lo, _, _ in _figures(text)] == [12.0, 12.41, 12.0, 13.1]


def test_cells_with_cents_glued_to_their_row_label_are_read() -> None:
    text = (
        "Jahresgehälter nach Abschluss:\n"
        "ArbeitsfeldGesellenbriefMeisterbrief\n"
        "Installateur/in31.250,00 €38.900,00 €\n"
        "Konditor/in25.480,00 €29.730,00 €"
    )
    assert _figures(text) == [(v, v, "year") for v in (31250.0, 38900.0, 25480.0, 29730.0)]


def test_a_flattened_header_naming_a_lowest_and_a_highest_column_makes_each_row_a_range() -> None:
    text = (
        "Monatliche Besoldung im Polizeidienst:\n"
        "Amtsbezeichnungmin. Grundgehaltmax. Grundgehalt\n"
        "Kommissar3.120,40 Euro3.980,15 Euro\n"
        "Oberkommissar3.410,70 Euro4.395,60 Euro"
    )
    assert _figures(text) == [(3120.4, 3980.15, "month"), (3410.7, 4395.6, "month")]


def test_the_last_column_of_a_table_headed_as_a_difference_is_no_pay() -> None:
    text = (
        "Monatslöhne im Vergleich, brutto:\n"
        "Tätigkeit | Norden | Süden | Differenz\n"
        "Gärtnerei | 2.810,40 € | 3.105,90 € | 296 €\n"
        "Spedition | 2.990,00 € | 3.240,00 € | 250 €\n"
        "Pflege | 3.150,60 € | 3.377,10 € | 227 €"
    )
    assert _figures(text) == [(v, v, "month") for v in (2810.4, 3105.9, 2990.0, 3240.0, 3150.6, 3377.1)]


def test_a_period_after_a_count_of_hours_is_the_counts_not_the_figures() -> None:
    text = (
        "Ein Lokführer kommt laut Tarif auf 51.300 Euro jährlich. "
        "Mit 30 Überstunden pro Monat sind nach Angaben der Bahn bis zu 88.000 Euro drin."
    )
    assert _figures(text) == [(51300.0, 51300.0, "year"), (None, 88000.0, "year")]


def test_net_figures_of_a_pay_page_do_not_make_its_table_doubtful() -> None:
    lines = ["Was verdient eine Konditorin?", "Monatliches Brutto 2.140,20€"]
    for month, year in (("1.560,10", "14.100,40"), ("1.610,40", "14.500,20"), ("1.498,70", "13.700,10")):
        lines += [f"Monatliches Netto {month}€", f"Jährliches Netto {year}€"]
    lines += [
        "Nach Ländern",
        "Land Bruttogehalt in €",
        "Sachsen 1.905,40",
        "Bremen 2.230,80",
        "Thüringen 1.870,10",
    ]
    assert _figures("\n".join(lines)) == [(v, v, "month") for v in (2140.2, 1905.4, 2230.8, 1870.1)]


def test_a_grades_step_glued_between_its_letter_and_a_cell_is_no_digit_of_the_amount() -> None:
    text = (
        "Tabelle TV-L E 10a, brutto pro Monat\n"
        "GruppeStufeBetragHinweis\n"
        "TV-L 10a12.870,25 €Einstieg\n"
        "TV-L 10a23.105,60 €nach einem Jahr"
    )
    assert _figures(text) == [(2870.25, 2870.25, "month"), (3105.6, 3105.6, "month")]


def test_a_column_of_caps_bounds_its_figures_from_above() -> None:
    """A table header naming a column of caps (``Höchstmögliche Vergütung``): its figures are
    upper bounds, the other column's exact figures."""
    text = (
        "Vergütung der Direktoren\n"
        "Verband | Festgehalt | Höchstmögliche Vergütung |\n"
        "---|---|---|\n"
        "Nordverband | 143.200 EUR | 171.900 EUR |\n"
        "Südverband | 128.000 EUR | 166.500 EUR |"
    )
    records = extract_records(pl.DataFrame({"document_id": ["d"], "text": [text]}))
    assert records.select("amount_min", "amount_max", "is_open_ended").rows() == [
        (143200.0, 143200.0, False),
        (None, 171900.0, False),
        (128000.0, 128000.0, False),
        (None, 166500.0, False),
    ]


RECORD_SETS = [
    # a header whose cells name only the currency and a date, its rows joined to it (a row
    # opening with a digit continues the line before)
    (
        "Tarifliche Stundenlöhne im Gerüstbau:\nLG | € bis 31.03.25 | € ab 01.04.25 |\n"
        "1 | 14,20 | 14,75 |\n2 | 15,10 | 15,70 |\nDie Laufzeit beträgt zwei Jahre.",
        [(14.2, 14.2, "hour"), (14.75, 14.75, "hour"), (15.1, 15.1, "hour"), (15.7, 15.7, "hour")],
    ),
    # a header cell naming the currency in brackets; whole numbers in the rows' cells
    (
        "Vergütung im 1. Lehrjahr nach Region\nLehrberuf im Handwerk (in €) | Nord | Süd |\n---|---|---|\n"
        "Glaser | 715 | 688 |\nSteinmetz | 702 | 651 |",
        [(715.0, 715.0, "month"), (688.0, 688.0, "month"), (702.0, 702.0, "month"), (651.0, 651.0, "month")],
    ),
    (
        "Die Kommission hat beschlossen:\nJahr | Lohnuntergrenze (€/Std.) |\n---|---|\n2028 | 15,10 |\n2029 | 15,65 |",
        [(15.1, 15.1, "hour"), (15.65, 15.65, "hour")],
    ),
    # an (Austrian) apprentice's Entschädigung is pay
    (
        "Im Elektrogewerbe steigt ab März die Lehrlingsentschädigung fürs erste Lehrjahr von 802 auf 861 Euro.",
        [(802.0, 802.0, "month"), (861.0, 861.0, "month")],
    ),
    # a lead line ending in a floor's word over a list
    (
        "Gärtnerei\nLehrzeit: 3 Jahre\nLehrlingsentschädigung ab\n1. Lehrjahr: 812 Euro\n2. Lehrjahr: 964 Euro\n"
        "3. Lehrjahr: 1208 Euro",
        [(812.0, None, "month"), (964.0, None, "month"), (1208.0, None, "month")],
    ),
    # a minimum wage's name is no threshold
    (
        "Der Mindestlohn startete 2015. Anfangs betrug die Lohnuntergrenze 8,50 Euro, heute ist der Satz auf "
        "12,82 Euro gestiegen.",
        [(8.5, 8.5, "hour"), (12.82, 12.82, "hour")],
    ),
    # an MP's base Entschädigung is pay
    (
        "Die Koalition will die Bezüge angleichen. So steigt die Grundentschädigung von 6.120,40 Euro monatlich "
        "auf 6.344,90 Euro.",
        [(6120.4, 6120.4, "month"), (6344.9, 6344.9, "month")],
    ),
    # rows of a table under different labels sharing a figure are two groups
    (
        "Mindestlöhne in der Pflege nach Tätigkeit\nTätigkeit | Mindestlohn |\nPflegehilfe | 15,40 € |\n"
        "Betreuung | 15,40 € |\nAssistenz | 15,90 € |",
        [(15.4, 15.4, "hour"), (15.4, 15.4, "hour"), (15.9, 15.9, "hour")],
    ),
]


RECORD_SETS += [
    # a salary box: lowest, average, highest
    (
        "Gehalt im Bereich Logistik.\n\nvon\n2.918 €\nØ\n3.377 €\nbis\n4.102 €\n\nAls Disponent planst du Touren.",
        [(2918.0, 4102.0, "month"), (3377.0, 3377.0, "month")],
    ),
]


# Guards: what this stop's table, list and plan rules must leave alone.
RECORD_SETS += [
    # a line ending in ``ab`` that names no pay, or a date, leads no floors
    (
        "Die Höhe der Vergütung hängt von der Erfahrung ab\nJunior: 3.000 Euro\nSenior: 4.500 Euro",
        [(3000.0, 3000.0, "month"), (4500.0, 4500.0, "month")],
    ),
    (
        "Entgelttabelle gültig ab\n01.03.2025\nEG 1: 2.300 Euro\nEG 2: 2.500 Euro",
        [(2300.0, 2300.0, "month"), (2500.0, 2500.0, "month")],
    ),
    # the floor's lead with Windows line ends
    (
        "Lehrlingsentschädigung ab\r\n1. Lehrjahr: 730 Euro\r\n2. Lehrjahr: 850 Euro\r\n",
        [(730.0, None, "month"), (850.0, None, "month")],
    ),
    # ``bis zu`` in a header naming years of service, no column of caps
    (
        "Gehälter nach Berufserfahrung:\n| Gruppe | bis zu 3 Jahre | ab 4 Jahre |\n| E5 | 2.900 € | 3.100 € |",
        [(2900.0, 2900.0, "month"), (3100.0, 3100.0, "month")],
    ),
    # a column of caps bounds its own table only
    (
        "Vergütung der Vorstände:\n| Kasse | Grundvergütung | Höchstmögliche Bezüge |\n| AOK | 250.000 € | 300.000 € |"
        "\n\nGehälter der Mitarbeiter:\n| Beruf | Einstieg | Erfahren |\n| Pfleger | 3.000 € | 3.800 € |",
        [
            (250000.0, 250000.0, "year"),
            (None, 300000.0, "year"),
            (3000.0, 3000.0, "month"),
            (3800.0, 3800.0, "month"),
        ],
    ),
    # a plain whole number beside figures written as money is a count
    (
        "Löhne im Bau:\n| Beruf | Beschäftigte | Lohn (in €) |\n| Maurer | 1250 | 2.900 |\n| Zimmerer | 840 | 3.100 |",
        [(2900.0, 2900.0, "month"), (3100.0, 3100.0, "month")],
    ),
    # a lead line does not reach back past a sentence ending in a year
    (
        "Die Gewerkschaft hatte deutlich mehr gefordert als im Jahr 2023. Seit Mai gilt nun folgende Tabelle:\n"
        "- Lohngruppe 1: 2.500 Euro\n- Lohngruppe 2: 2.800 Euro",
        [(2500.0, 2500.0, "month"), (2800.0, 2800.0, "month")],
    ),
    (
        "Die Forderung der Gewerkschaft wurde vollständig erfüllt. Damit steige der Einstiegslohn auf 14 Euro pro Stunde.",
        [(14.0, 14.0, "hour")],
    ),
    (
        "Nach dem Willen des Gesetzgebers gilt seit dem 1. Januar ein Mindestlohn von 12,82 Euro pro Stunde.",
        [(12.82, 12.82, "hour")],
    ),
    (
        "Ein Limit nach oben gibt es nicht: Spitzenverkäufer kommen auf 9.000 Euro im Monat.",
        [(9000.0, 9000.0, "month")],
    ),
    (
        "Die Ausbildungsvergütung beträgt 1.200 Euro und wird jährlich zum 1. Juli überprüft.",
        [(1200.0, 1200.0, "month")],
    ),
    (
        "Die Tarifpartner haben sich geeinigt: Die Löhne müssen bis 2026 in zwei Stufen erhöht werden, der Ecklohn "
        "steigt so auf 21 Euro pro Stunde.",
        [(21.0, 21.0, "hour")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RECORD_SETS)
def test_records_of_a_text(text: str, expected: list[tuple[float | None, float | None, str]]) -> None:
    assert _figures(text) == expected


def test_a_period_word_after_a_comma_that_labels_the_next_figure_is_not_this_ones() -> None:
    text = "Für Gärtner liegt das Jahresgehalt im Schnitt bei 41.300 Euro, das Monatsbrutto bei 3.440 Euro."
    assert _figures(text)[0] == (41300.0, 41300.0, "year")


def test_a_table_row_labelled_with_a_slash_or_a_year_of_training_is_its_own_group() -> None:
    cities = "Gehalt nach Stadt\nKiel |\n2.480 Euro |\nLübeck |\n2.390 Euro |\nHalle/Saale |\n2.480 Euro |\n"
    assert _figures(cities) == [
        (2480.0, 2480.0, "month"),
        (2390.0, 2390.0, "month"),
        (2480.0, 2480.0, "month"),
    ]
    years = (
        "Ausbildungsvergütung (Tarif)\n| | ab 1. Mai 2023 | ab 1. Nov. 2023 |\n|---|---|---|\n"
        "| 1. Lehrjahr | 700,00 € | 760,00 € |\n| 2. Lehrjahr | 760,00 € | 820,00 € |\n"
    )
    assert [lo for lo, _, _ in _figures(years)] == [700.0, 760.0, 760.0, 820.0]


def test_a_figure_named_a_cap_is_a_threshold() -> None:
    assert _figures("Der Aktionärsverband sieht 15 Millionen Euro als Deckel für Vorstandsbezüge vor.") == []


def test_a_clause_ending_in_a_conditional_is_a_hypothetical_figure() -> None:
    text = (
        "Die Aushilfen werden nach Tarif bezahlt, wobei eine Aushilfe bei 30 Wochenstunden knapp "
        "1.450 Euro brutto im Monat erhalten würde."
    )
    assert _figures(text) == []


def test_a_goal_named_as_the_figure_is_a_demand() -> None:
    assert _figures("Das Ziel der Gewerkschaft für die Gesellen bleibt ein Monatslohn von 2.400 Euro.") == []
    # (a target salary is one word, and a goal in a clause of its own names no figure)
    assert _figures("Das Zielgehalt liegt bei 80.000 Euro im Jahr.") == [(80000.0, 80000.0, "year")]
    assert _figures("Ziel ist es, Fachkräfte zu halten; sie verdienen 3.100 Euro.") == [
        (3100.0, 3100.0, "month")
    ]


def test_an_apprentices_entschaedigung_is_pay() -> None:
    text = "Für Maurerlehrlinge gibt es künftig eine Entschädigung von 720 Euro im ersten Lehrjahr."
    assert _figures(text) == [(720.0, 720.0, "month")]


def test_a_figure_alone_in_a_bracket_after_a_new_value_is_its_raise() -> None:
    text = "Die Gehälter steigen damit\n- in Stufe 3 auf 3.040,50 Euro (612,50 Euro).\n"
    assert _figures(text) == [(3040.5, 3040.5, "month")]
    # (an old value of a similar size in the bracket stays a record)
    assert len(_figures("Zudem gilt: Der Lohn steigt auf 14,20 Euro (13,10 Euro).")) == 2


def test_gaps_leads_and_their_changes_are_differences() -> None:
    text = "Im Kreis Soest beträgt der Gender-Pay-Gap bei Vollzeit 412 Euro. Männer verdienen 3.900 Euro."
    assert _figures(text) == [(3900.0, 3900.0, "month")]
    text = "Am größten ist der Vorsprung der Männer in Suhl: 377 Euro. Frauen verdienen 3.100 Euro."
    assert _figures(text) == [(3100.0, 3100.0, "month")]
    # (a gap named beside pay it is not the size of)
    text = "Trotz Gender Pay Gap verdient eine Ärztin hier 6.200 Euro im Monat."
    assert _figures(text) == [(6200.0, 6200.0, "month")]
    assert _figures("Die Lohnlücke zwischen Ost und West schrumpfte damit zum Vorjahr um acht Euro.") == []


def test_advocated_figures_and_shares_below_a_line_are_no_pay() -> None:
    assert (
        _figures("Die Partei setze sich für einen Mindestlohn von 16 Euro ein, sagte die Vorsitzende.") == []
    )
    assert _figures("In Gera erhalten 33,5 Prozent der Arbeitnehmer weniger als 14 Euro die Stunde.") == []


def test_disposable_yearly_income_and_costs_one_bears_are_no_pay() -> None:
    assert (
        _figures("Pro Kopf haben die Menschen in Uelzen ein verfügbares Jahreseinkommen von 21.870 Euro.")
        == []
    )
    assert _figures("Selbst finanziert hat sie die Weiterbildung für rund 9.000 Euro.") == []
    # (not a cost borne in a clause of its own before the pay)
    text = (
        "Die Kosten für die Meisterschule muss man selbst tragen, als Meister verdient man danach 3.900 Euro."
    )
    assert _figures(text) == [(3900.0, 3900.0, "month")]


def test_a_label_line_over_a_figure_with_its_currency_sign_first_is_its_own_group() -> None:
    text = "Die Gehälter liegen bei 4.100 Euro brutto monatlich.\n\nBachelor\n€3.000\nMaster\n€4.100\n"
    assert _figures(text) == [(4100.0, 4100.0, "month"), (3000.0, 3000.0, "month"), (4100.0, 4100.0, "month")]


def test_a_signed_figure_after_a_level_is_its_difference_not_a_range_end() -> None:
    text = "Jahresgehalt A 10 im Ländervergleich\nKiel 51.204 € -3120 €-5.7%\nMainz 54.324 € +1180 €+2.2%\n"
    assert _figures(text) == [(51204.0, 51204.0, "year"), (54324.0, 54324.0, "year")]
    # (a range's hyphen between blanks or none joins as before)
    assert _figures("Sie verdienen 4.200 - 5.500 € oder 4.200-5.500 € im Monat.")[0] == (
        4200.0,
        5500.0,
        "month",
    )


def test_a_header_naming_the_currency_in_square_brackets_makes_its_cells_euros() -> None:
    text = "W2-Besoldung nach Ländern\nLand | W2-Grundgehalt [in Euro] | ||||\n---|---|---|---|---|\nSaarland | 6.612,40 | ||||\n"
    assert _figures(text) == [(6612.4, 6612.4, "month")]


def test_a_pay_scale_flattened_one_cell_a_line_is_read() -> None:
    text = (
        "Die Tabelle zeigt die Grundgehälter der Pflege:\n\nEntgeltgruppe\n\nStufe 1\n\nStufe 2\n\n"
        "P 9\n\n-\n\n3.611,40\n\nP 8\n\n3.211,40\n\n3.402,77\n\nMehr dazu im Tarifvertrag.\n"
    )
    assert [lo for lo, _, _ in _figures(text)] == [3611.4, 3211.4, 3402.77]
    # (a grade's number run into a cell written with a blank between its thousands is no amount)
    glued = "Grundgehälter (Monatsbeträge in Euro)\nBesoldungsgruppe\nB 16 912,40\nB 27 845,10\n"
    assert _figures(glued) == []


def test_review_guards_keep_pay_beside_words_of_other_rules() -> None:
    kept = [
        "Das Gehalt setzt sich aus Grundlohn und Zulagen zusammen, für Berufseinsteiger ergibt das ein Monatsgehalt von 3.100 Euro.",
        "Der Betriebsrat setzt sich für faire Löhne ein; derzeit verdienen Lagerarbeiter 2.600 Euro im Monat.",
        "Unser Ziel sind Fachkräfte, die bei uns 3.800 Euro verdienen.",
        "Fachinformatiker verdienen zwischen 3.200 Euro als Untergrenze und 5.000 Euro als Obergrenze.",
        "Im öffentlichen Dienst gelten 6.000 Euro als Obergrenze der Entgeltgruppe 13.",
        "Ein Mechaniker bekommt 3.000 Euro was viele gern verdienen würden.",
        "Dank ihres Wissensvorsprungs verdienen Fachärzte rund 8.000 Euro im Monat.",
        "Weil die Firma schrumpft, bekommen Verkäufer rund um 2.500 Euro im Monat.",
    ]
    assert [len(found) for found in _figures_in_order(kept)] == [1] * len(kept)
    assert _figures("Die Verdienstausfallentschädigung für den Lehrling beträgt 500 Euro.") == []


def test_a_table_row_added_with_a_plus_is_no_pay_of_its_own() -> None:
    text = "Der Stundenlohn setzt sich zusammen: | ab 01.03.25 | ab 01.02.26 |\nGL | 21,10 € | 21,95 € |\n+ WZ | 1,22 € | 1,27 € |\n"
    assert _figures(text) == [(21.1, 21.1, "hour"), (21.95, 21.95, "hour")]


def test_a_list_published_by_an_institute_is_no_price() -> None:
    text = (
        "Optiker kalkulieren Angebote und schreiben Rechnungen an Kunden.\n"
        "Die Durchschnittswerte werden vom Institut herausgegeben:\n"
        "1. Ausbildungsjahr: ca. 410 EUR\n2. Ausbildungsjahr: ca. 470 EUR\n"
    )
    assert [lo for lo, _, _ in _figures(text)] == [410.0, 470.0]


def test_bare_figures_in_a_row_whose_cells_write_their_currency_are_another_column() -> None:
    text = "Stundenlohn | Steigerung\nHH 24,10 € 9,80 HH 21,05 € 10,12\nHB 23,40 € 3,10 HB 20,90 € 2,75\n"
    assert [lo for lo, _, _ in _figures(text)] == [24.1, 21.05, 23.4, 20.9]
    # (one cell with its currency lends it to the bare cell after it)
    assert [
        lo for lo, _, _ in _figures("Tariflohn ab Mai | ab November\nGruppe 3 | 1.018,20 € | 1.068,20 |\n")
    ] == [
        1018.2,
        1068.2,
    ]


def test_a_floor_goes_on_along_its_list_past_und() -> None:
    text = "Laut Gesetz verdienen Lehrlinge mindestens 540 Euro im ersten Jahr, 630 Euro im zweiten und 720 Euro im dritten Jahr."
    assert _figures(text) == [(540.0, None, "month"), (630.0, None, "month"), (720.0, None, "month")]


def test_a_figure_paid_on_top_is_an_allowance() -> None:
    text = (
        "Bei guten Leistungen gibt es monatlich zusätzlich 45 € brutto im ersten Lehrjahr, 55 € im zweiten."
    )
    skipped = extract_all(pl.DataFrame({"document_id": ["d"], "text": [text]})).skipped
    assert skipped["reason"].to_list() == ["bonus_or_allowance", "bonus_or_allowance"]
    assert _figures("Zusätzlich verdienen Meister 3.500 Euro im Monat.") == [(3500.0, 3500.0, "month")]


def test_a_supposed_figure_goes_on_over_a_group_after_a_comma() -> None:
    text = "Ein Maurer würde damit bis zu 3.900 Euro, ein Helfer bis 2.700 Euro bekommen."
    assert _figures(text) == []


def test_a_figure_planned_for_later_is_no_pay_yet() -> None:
    text = "Derzeit zahlt der Betrieb 15,10 Euro die Stunde. Ein nächster Schritt auf 15,90 Euro ist für 2028 geplant."
    assert _figures(text) == [(15.1, 15.1, "hour")]


def test_firm_sizes_and_sums_shown_as_one_are_no_pay() -> None:
    text = "In Betrieben mit mehr als 30 Millionen Euro erhielten Geschäftsführer im Schnitt eine Vergütung von 298.000 Euro im Jahr."
    assert _figures(text) == [(298000.0, 298000.0, "year")]
    text = "Die Verkehrsbetriebe weisen die Vergütung ihrer Chefetage als Gesamtsumme aus: 2,3 Mio. Euro."
    assert _figures(text) == []


def test_a_floor_with_bei_goes_on_along_its_list_of_years() -> None:
    text = (
        "Azubis im Bäckerhandwerk bekommen ab Sommer mindestens bei 702 Euro im ersten Jahr, im zweiten Jahr "
        "bei 811 Euro im Monat und im vierten 934 Euro monatlich."
    )
    assert _figures(text) == [(702.0, None, "month"), (811.0, None, "month"), (934.0, None, "month")]


def test_no_pattern_name_is_defined_twice() -> None:
    # (a second definition silently replaces the first for every rule reading it)
    package = Path(__file__).resolve().parents[2] / "flows" / "extract"
    for path in sorted(package.glob("*.py")):
        names = Counter(
            target.id
            for node in ast.parse(path.read_text(encoding="utf-8")).body
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name)
        )
        assert [name for name, n in names.items() if n > 1] == [], path.name


def test_a_pay_scale_headed_by_euro_and_its_steps_is_read() -> None:
    text = (
        "TV Entgelttabelle 2024\nEuro | 1 | 2 | 3 |\n1 | 2356,50 | |||\n2 | 2611,84 | 2763,69 | 2897,69 |\n"
    )
    assert [lo for lo, _, _ in _figures(text)] == [2356.5, 2611.84, 2763.69, 2897.69]


def test_second_review_guards_keep_pay() -> None:
    kept = {
        "Als Softwareentwickler verdient man zum Einstieg 48.000 € -55.000 € im Jahr.": [
            (48000.0, 55000.0, "year")
        ],
        "Gehälter 2024\nSteuerberater | ca 72 000 € im Jahr\n": [(72000.0, 72000.0, "year")],
        "Wir bieten:\n+ Einstiegsgehalt | 3.400 € brutto\n+ 30 Tage Urlaub\n": [(3400.0, 3400.0, "month")],
        "Firmen mit über 4.000 Euro Einstiegsgehalt sind in der Region selten.": [(4000.0, None, "month")],
        "Im ersten Lehrjahr beträgt die Entschädigung 750 Euro.": [(750.0, 750.0, "month")],
        "Sie verdient 2.800 Euro, mehr ist nicht geplant.": [(2800.0, 2800.0, "month")],
        "Ausbildungsvergütung West/Ost\n1. Lehrjahr 1.018,20 € 1.068,20\n": [
            (1018.2, 1018.2, "month"),
            (1068.2, 1068.2, "month"),
        ],
    }
    _assert_kept(kept)
    dropped = [
        "Der Gender-Pay-Gap beträgt in Sachsen 120 Euro im Monat.",
        "Die Gewerkschaft setzt sich seit Jahren für einen Stundenlohn von 15 Euro in der Pflege und bessere Arbeitsbedingungen ein.",
        "Das Ziel sind 16 Euro je Stunde für sämtliche Kräfte im Gastgewerbe.",
    ]
    _assert_dropped(dropped)
    text = "TV-L Entgelttabelle 2024\nEntgeltgruppe\nStufe 1\nStufe 2\nE 9\n3.411,20\n3.620,55\nWochenarbeitszeit\n39,50\n"
    assert [lo for lo, _, _ in _figures(text)] == [3411.2, 3620.55]


def test_dates_aimed_lived_on_and_lost_figures_are_no_pay() -> None:
    text = "Der Stundenlohn klettert von 13,80 Euro auf 14,40 Euro (Stand: 22.09.2024), danach ist Ruhe."
    assert _figures(text) == [(13.8, 13.8, "hour"), (14.4, 14.4, "hour")]
    assert _figures("Die Betriebe rechnen schon mit den anvisierten 9,10 Euro Mindestlohn.") == []
    assert _figures("Für Gesellen wird eine Untergrenze von 16 Euro angestrebt.") == []
    assert _figures("Als Verkäuferin muss sie in Köln mit 1.950 Euro im Monat auskommen.") == []
    assert _figures("Rund 15.000 Euro sind dem Paar so in den letzten acht Jahren entgangen.") == []


def test_third_review_guards_keep_pay() -> None:
    kept = [
        "Sie verdient 3.800 Euro im Monat, angestrebt ist eine Beförderung zur Teamleiterin.",
        "Die angekündigten 13,50 Euro pro Stunde gelten seit Januar für alle Reinigungskräfte.",
        "Ich verdiene 3.200 Euro brutto und kann davon auskommen.",
        "Ein Elektriker verdient 3.400 Euro brutto im Monat, ihm entgehen aber die Zuschläge.",
    ]
    assert [len(found) for found in _figures_in_order(kept)] == [1] * len(kept)
    assert len(_figures("Sie verdiente 2.800 Euro.2025 stieg ihr Lohn auf 2.950 Euro.")) == 2


def test_four_decimals_are_cents_and_a_worked_out_hourly_pair_is_not_worked_out_again() -> None:
    text = (
        "Der Mindestlohn für Hilfskräfte beträgt 2.701,40 € brutto im Monat (40 Stunden) bzw. 15,6150 € pro Stunde.\n"
        "Für Jugendliche gilt ein Monatslohn von 2.296,10 € (40-Stundenwoche) bzw. ein Stundenlohn von 13,2469 €.\n"
    )
    assert _figures(text) == [(2701.4, 2701.4, "month"), (2296.1, 2296.1, "month")]


def test_a_sum_named_before_the_group_it_is_paid_to_is_no_pay() -> None:
    dropped = [
        "Mit insgesamt 31,2 Millionen Euro (2022: 33 Millionen Euro) liegen die Manager der Bank noch vorn.",
        "Insgesamt 19,2 Millionen Euro haben die Vorstände der Reederei bekommen.",
        "Alle Vorstandsgremien zusammen kassieren knapp 600 Millionen Euro.",
    ]
    _assert_dropped(dropped)
    kept = "Der Vorstandschef erhielt eine Vergütung von insgesamt 7 Millionen Euro, mehr als alle anderen Manager."
    assert _figures(kept) == [(7_000_000.0, 7_000_000.0, "year")]


def test_raises_with_words_between_um_and_the_figure_wishes_handed_over_money_and_a_lone_netto() -> None:
    text = "Die Bezüge der Stadträte nahmen heuer um etwas mehr als 300 Euro auf rund 6.400 Euro im Monat zu."
    assert _figures(text) == [(6400.0, 6400.0, "month")]
    dropped = [
        "Die Gehälter der Monteure wachsen in zwei Schritten um monatlich insgesamt 420 Euro.",
        "Koalition plant Mindestlohn für Auszubildende: 540 Euro im Monat ab 2021",
        "Der Landrat bekam für seinen Sitz im Beirat 14 000 Euro, die er jedoch abführen muss.",
        "Nebeneinnahmen über 5000 Euro pro Jahr sind an den Dienstherrn abzuführen.",
        "Im Schnitt waren es in der Liga 68 000 Euro, in der Spitze 180 000 Euro. Netto. So ist es dort üblich.",
    ]
    _assert_dropped(dropped)
    kept = {
        "Der Mindestlohn ist auf 10,45 Euro gestiegen, geht es nach der Koalition liegt er bald bei 13 Euro.": [
            (10.45, 10.45, "hour")
        ],
        "Wir planen mit einem Gehalt von 3.000 Euro im Monat.": [(3000.0, 3000.0, "month")],
        "Er verdient 4.000 Euro im Monat und muss davon Steuern abführen.": [(4000.0, 4000.0, "month")],
        "Sie verdient 3.200 Euro im Monat. Netto ist es weniger.": [(3200.0, 3200.0, "month")],
    }
    _assert_kept(kept)


def test_a_range_opened_by_ueber_or_with_umgerechnet_before_a_bound() -> None:
    assert _figures("Über 39 000 Euro bis knapp 47 000 Euro brutto für eine Verwaltungsfachkraft.") == [
        (39000.0, 47000.0, "year")
    ]
    text = "Sein Jahresgehalt liegt also zwischen umgerechnet 31 und 44 Millionen Euro."
    assert _figures(text) == [(31_000_000.0, 44_000_000.0, "year")]
    text = "Banken zahlen Einsteigern von 41.200 Euro über 45.100 Euro (Median) bis zu 52.300 Euro."
    assert [lo for lo, _, _ in _figures(text)] == [41200.0, 45100.0, 52300.0]


def test_starred_figures_under_a_net_footnote_norms_to_be_set_and_a_cap_on_earnings() -> None:
    text = (
        "Beispiele\nPolizeimeister, A 7, ledig |\nca. 2.310 Euro* |\nPolizeikommissar, A 9, ledig |\n"
        "ca. 2.650 Euro* |\n* Beispiele der Netto-Gehälter, Stand 2024\n"
    )
    assert _figures(text) == []
    assert _figures("Gehalt\nEinstieg: 2.310 Euro*\n* Bruttogehalt laut Tarif, netto weniger\n") == [
        (2310.0, 2310.0, "month")
    ]
    assert _figures("Die Vergütung eines Stadtrats ist auf 1.200 € festzusetzen.") == []
    assert _figures("Ihr Verdienst darf nicht über einem Betrag von 538 Euro liegen.") == []
    text = "Der Senat hatte angekündigt, die Vergütung der Pfleger auf 3.700 Euro zu erhöhen."
    assert _figures(text) == [(3700.0, 3700.0, "month")]
    text = "Sie bekommen zwischen etwas mehr als 1.100 und 2.300 Euro im Monat."
    assert _figures(text) == [(1100.0, 2300.0, "month")]


def test_the_level_after_a_colon_that_a_raise_leads_to_is_pay() -> None:
    text = "Für Gesellen macht das Plus 35 Cent je Stunde aus: Er liegt nun bei 17,20 Euro in Bayern und 16,40 Euro in Sachsen."
    assert _figures(text) == [(17.2, 17.2, "hour"), (16.4, 16.4, "hour")]
    assert _figures("Die Erhöhung beträgt 40 Euro: Sie liegt bei 3 Prozent.") == []


def test_fourth_review_guards_keep_pay() -> None:
    kept = {
        "Die Regierung plant eine Lohnerhöhung, derzeit verdienen Lokführer 3.500 Euro brutto im Monat.": 1,
        "Die Personalreferentin plant die Lohnabrechnung und verdient 3.900 Euro brutto im Monat.": 1,
        "Geht es nach der Statistik, verdienen Köche 2.500 Euro brutto.": 1,
        "Sie verdient als Erzieherin 3.400 Euro brutto, ihr Zuverdienst darf nicht über 538 Euro liegen.": 1,
        "Der Lohn darf nicht höher als der Tariflohn sein, in der Pflege sind das 3.300 Euro brutto.": 1,
        "Ich verdiene 3.200 Euro. Netto? Keine Ahnung, Steuerklasse 1.": 1,
        "Der Vorstandschef erhielt insgesamt 6,2 Millionen Euro und verdiente damit mehr als die Vorstände von BMW.": 1,
        "Insgesamt 8,5 Millionen Euro bekam Konzernchef Müller und damit mehr als die übrigen Vorstände.": 1,
        "Die Ausbildungsvergütung beträgt 1.000,1100 und 1.200 Euro in den drei Jahren.": 3,
        "Von 3.000 Euro im Monat bis umgerechnet 45.000 Euro im Jahr reicht die Spanne.": 2,
        "Wir bieten:\n* ein Gehalt von 48.000 €* brutto im Jahr\n* Zuschüsse netto zur Altersvorsorge\n": 1,
        "Ausbildungsvergütung: 1.100 Euro*\n* Stand 2024, Netto-Beträge können abweichen\n": 1,
        "Der Geschäftsführer erhielt 240.000 Euro, mehr als an die zwei Prokuristen gezahlt wurde.": 1,
    }
    assert dict(zip(kept, map(len, _figures_in_order(list(kept))), strict=True)) == kept
    assert _figures("Über 3.000 Euro brutto verdienen Berufseinsteiger bis 25 selten.") == [
        (3000.0, None, "month")
    ]
    assert _figures("In Polen liegt das Gehalt zwischen 6.000 Zloty und umgerechnet 1.400 Euro.") == []


def test_wishes_plans_caps_offers_whoever_child_allowances_and_counted_boards_are_no_pay() -> None:
    dropped = [
        "Geht es nach den Gewerkschaften, bekommen Pflegekräfte künftig 4.000 Euro brutto.",
        "Nach dem Urteil ist der Lohn auf 14 Euro pro Stunde anzuheben.",
        "Aufsichtsratsvergütungen von 30.000 Euro sind an die Stiftung abzuführen.",
        "Tarifverdienste steigen um ein Prozent, nur wer mindestens 3.400 Euro im Monat hat, bekommt nichts.",
        "Die Zuschläge steigen für das 2. Kind um 150 € auf 360 €.",
        "2022 überwies die Stadtwerke GmbH 590.000 Euro an ihre drei Geschäftsführer.",
        "Der Verband beziffert die Bezüge seiner vierköpfigen Geschäftsführung auf 610.000 Euro.",
        "Die Spielerinnen streikten, nachdem die Liga ein Mindestgehalt von 18.000 Euro angeboten hatte.",
        "Er beträgt 2.637,79 € brutto pro Monat bzw. 15,2473 € brutto pro Stunde.",
    ]
    assert [
        found[1:] if text.startswith("Er beträgt") else found
        for text, found in zip(dropped, _figures_in_order(dropped), strict=True)
    ] == [[]] * len(dropped)


def test_fees_parents_pay_and_firms_hourly_rates_are_prices() -> None:
    dropped = [
        "In Deutschland liegen die Stundensätze typischer Reinigungsfirmen (inkl. Material) meist zwischen 35 € und 60 € pro Stunde.",
        "Wer seine Kinder den ganzen Tag im Hort betreuen lässt, zahlt künftig 280 Euro statt bisher 240 Euro.",
        "Die Eltern zahlen für den Platz 250 Euro im Monat.",
    ]
    _assert_dropped(dropped)
    kept = [
        "Die Stadt zahlt Erzieherinnen in der Kita 3.400 Euro im Monat.",
        "Ihr Kind ist krank, trotzdem verdient sie 2.800 Euro im Monat.",
    ]
    assert [len(found) for found in _figures_in_order(kept)] == [1, 1]


def test_fifth_review_guards_keep_pay() -> None:
    kept = [
        "Seit ihm die Stelle angeboten wurde, verdient er 62.000 Euro im Jahr.",
        "Die Eltern zahlen die Miete, er selbst verdient als Koch 2.600 Euro brutto.",
        "Seit sein Kind zur Welt kam, zahlt ihm der Arbeitgeber 3.900 Euro brutto im Monat.",
        "Die Stundensätze der Handwerksbetriebe sind hoch, der Geselle bekommt aber nur 18 Euro pro Stunde.",
        "Der Leiter des dreiköpfigen Entwicklerteams verdient 120.000 Euro im Jahr.",
        "Der Vorstandschef der fünfköpfigen Führung erhielt 1,8 Millionen Euro.",
        "Als Erzieherin für das Kind der Familie verdient sie 2.800 Euro brutto im Monat.",
        "Der Lohn darf nicht unter 12,82 Euro pro Stunde liegen.",
        "Gehalt: 3.200 Euro*\n* Netto ist etwa 35 Prozent weniger\n",
        "Wer hier arbeitet verdient mindestens 15 Euro pro Stunde.",
    ]
    assert [len(found) for found in _figures_in_order(kept)] == [1] * len(kept)
    dropped = [
        "Alle Dax-Chefs erhielten insgesamt 180 Millionen Euro, weniger als die US-Bosse.",
        "Typische Stundensätze von Handwerksbetrieben: 65 Euro pro Stunde.",
        "Eltern müssen für einen Krippenplatz künftig 350 Euro zahlen.",
        "Gehalt: 3.200 Euro*\n* ausgezahlte Nettobeträge\n",
    ]
    _assert_dropped(dropped)


def test_million_ranges_with_mio_on_both_bounds_perfect_changes_and_earners_above_a_line() -> None:
    text = "Die Bankchefin bekam 2023 zwischen 1,5 Mio. und 2 Mio. Euro."
    assert _figures(text) == [(1_500_000.0, 2_000_000.0, "year")]
    dropped = [
        "Je nach Gebiet ist er zwischen 95 EUR (Stadt Ulm) und 180 EUR (Stadt Aalen) gestiegen.",
        "Den Höchstbeitrag zahlen Familien, wenn sie zusammen mehr als 75.000 Euro verdienen.",
    ]
    assert _figures_in_order(dropped) == [[], []]
    kept = {
        "Der Mindestlohn ist von 12 Euro auf 12,41 Euro gestiegen.": [
            (12.0, 12.0, "hour"),
            (12.41, 12.41, "hour"),
        ],
        "Der Lohn ist seit 2020 auf 14 Euro pro Stunde gestiegen.": [(14.0, 14.0, "hour")],
        "Wenn er Glück hat, verdient er 4.000 Euro im Monat.": [(4000.0, 4000.0, "month")],
    }
    _assert_kept(kept)


def test_insurers_as_an_industry_an_mps_so_called_entschaedigung_and_a_level_compared_with_people() -> None:
    kept = {
        "Wer bei Versicherungen und Banken arbeitet, kam auf 4.310 Euro im Monat.": [
            (4310.0, 4310.0, "month")
        ],
        "Zum Herbst steigen die Bezüge der Landtagsmitglieder. Ihre sogenannte Entschädigung klettert um 1,8 Prozent auf 7950 Euro im Monat.": [
            (7950.0, 7950.0, "month")
        ],
        "Die Museumsdirektorin verdient mit 198.000 Euro Jahresgehalt mehr als viele ihrer Kolleginnen.": [
            (198000.0, 198000.0, "year")
        ],
    }
    _assert_kept(kept)
    assert _figures("Die Kranken- und Rentenversicherung kostet 800 Euro im Monat.") == []
    assert _figures("Er bekommt jetzt 500 Euro Monatslohn mehr als im Vorjahr.") == []


def test_dates_before_grouped_figures_millions_with_three_decimals_goals_suppositions_and_gaps() -> None:
    assert _figures("date 2021-11 187.000 Euro Grundgehalt im Jahr\n") == [(187000.0, 187000.0, "year")]
    text = "Insgesamt zahlt die Nord-Sparkasse ihren Vorständen 1,742 Millionen Euro Jahresgehalt."
    assert _figures(text) == []
    dropped = [
        "Ein wichtiger Schritt Richtung 1.800 Euro Mindestlohn ist gelungen.",
        "Sagen wir mal, du verdienst 2.100 Euro brutto.",
        "Es bleiben knapp 820 Euro zwischen der reichsten und der ärmsten Region.",
        "Gut 9.000 Arbeitnehmer mit weniger als 11.000 Euro im Jahr",
    ]
    _assert_dropped(dropped)
    kept = [
        "Sein Gehalt bewegt sich in Richtung 90.000 € oder gar darüber.",
        "Er hat das Angebot angenommen, er verdient nun 3.400 Euro im Monat.",
    ]
    assert [len(found) for found in _figures_in_order(kept)] == [1, 1]


def test_sixth_review_guards_keep_pay() -> None:
    kept = [
        "Der Mindestlohn ist mit 12,82 Euro pro Stunde zuletzt deutlich gestiegen.",
        "Sein Lohn war 2022 bei 15,20 Euro die Stunde und ist danach gesunken.",
        "Azubis bekommen 1.100 Euro zwischen dem ersten und zweiten Lehrjahr.",
        "Der Weg in Richtung Führungsposition bringt 5.500 Euro brutto im Monat.",
        "Ein Koch verdient, sagen wir mal, 2.600 Euro brutto im Monat.",
        "Trotz sinkender Lohnsumme verdient ein Monteur weiterhin 3.400 Euro im Monat.",
        "Die Firma zahlt ihren Managern im Schnitt 1,2 Millionen Euro im Jahr.",
        "Auch wenn sie mehr als 3.000 Euro brutto verdient, bleibt nach der Miete wenig übrig.",
        "Die Chefin verdient mit 310.000 Euro im Jahr mehr als der Bundeskanzler.",
    ]
    assert [len(found) for found in _figures_in_order(kept)] == [1] * len(kept)
    dropped = [
        "Der Chef erhielt zwischen 2,5 Mio. Dollar und 3 Mio. Euro.",
        "Er verdient mit 400 Euro weniger als die meisten Kollegen.",
        "Die Schöffen erhalten eine sog. Entschädigung von 7 Euro pro Stunde.",
        "Für Versicherungen zahlt sie 180 Euro im Monat.",
    ]
    _assert_dropped(dropped)


def test_bracketed_table_labels_many_boards_and_mixed_separators() -> None:
    text = (
        "Vergütung Pflegefachkraft (P7)\npro Monat pro Jahr\nTabellenentgelt 3.100,00 € 37.200,00 €\n"
        "Jahressonderzahlung (86,00%)   2.666,00 €\nGesamtvergütung 3.140,00 € 41.090,00 €\n"
    )
    assert [lo for lo, _, _ in _figures(text)] == [3100.0, 3140.0]
    dropped = [
        "Die Vorstände der 120 größten Versicherer haben im vergangenen Jahr 19,8 Millionen Euro verdient.",
        "Laut Bericht erhielten die Chefs 17,1 Millionen Euro Gehalt.",
        "21 Millionen Euro für Bankchefs",
    ]
    _assert_dropped(dropped)
    kept = {
        "Der Bankchef erhielt 3,1 Millionen Euro, mehr als die Chefs der Sparkassen.": [
            (3_100_000.0, 3_100_000.0, "year")
        ],
        "Anwärterbezüge 2024\nLehramt an Realschulen (A 12 mit Zulage) | 1.487,30 Euro |\n": [
            (1487.3, 1487.3, "month")
        ],
    }
    _assert_kept(kept)


def test_differences_after_a_bracketed_percentage_subsidies_and_parents_by_income() -> None:
    dropped = [
        "Das Plus beträgt damit 0,65 € (+3,4 %) mehr pro Stunde.",
        "Eine Praxisgründerin auf dem Land erhält bis zu 25.000 Euro Landesförderung.",
        "Beitragsfrei bleiben Familien mit einem Jahreseinkommen bis 14000 Euro.",
    ]
    _assert_dropped(dropped)
    text = "Nach Beförderungen klettert die Besoldung der Soldatin auf bis zu 2.310 Euro."
    assert _figures(text) == [(None, 2310.0, "month")]


def test_a_new_value_before_an_abbreviation_and_the_next_sentence_is_no_restatement() -> None:
    text = "Damit klettert der Lohn von 18,40 €/Std. auf 19,05 €/Std. Das sind 0,65 € mehr je Stunde."
    assert _figures(text) == [(18.4, 18.4, "hour"), (19.05, 19.05, "hour")]


def test_extras_named_after_the_figure_part_year_sums_factors_and_relative_clauses() -> None:
    filler = "Die Saison beginnt im Mai. " * 8
    dropped = [
        # an extra named far after the figure in its clause
        filler + "45 Euro erhalten die freiwilligen Helferinnen am Wochenende als Aufwandsentschädigung.",
        # a sum for some months of a year
        "Der alte Direktor strich für die drei Monate bis zu seinem Abschied 210.000 Euro ein.",
        # a factor of a product written out
        "Nach dem Abend gibt jede Kellnerin 4 × 12 € an die Küche ab.",
        # the noun a relative clause goes back to
        "Neu ist vor allem der Freibetrag, der um 250 Euro von 9.800 Euro auf 10.050 Euro klettert.",
        # a household's income, a subjunctive worked out, named bonuses
        "Zusammen ergibt das für den Haushalt der Familie Roth ein Einkommen von 2.700 Euro.",
        "Im gleichen Tempo stiege der Satz bis 2030 rechnerisch auf 640 Euro.",
        "Hinzu kamen „sonstige Bezüge“ in Höhe von 16 000 Euro.",
        "Ein Beispiel veranschaulicht, wie eine Frau, die 30 Jahre lang 2.900 Euro verdient hat, später dasteht.",
        # counted boards: for both, all of them
        "Genannt wird nur die Summe für beide Geschäftsführer: insgesamt 412.000 Euro.",
        "Die insgesamt 160 Vorstände des Index erhalten zusammen 590 Millionen Euro.",
        # a service's price
        "Für einen Herrenhaarschnitt ab acht Euro ist die Zeit vorbei.",
    ]
    _assert_dropped(dropped)
    kept = {
        # probation pay for some months is a month's pay
        "Für die ersten sechs Monate erhält der Trainee 2.450 Euro.": [(2450.0, 2450.0, "month")],
        # the relative clause of a pay noun, an extra after the next figure
        "Wichtig ist der Tariflohn, der von 2.640 Euro auf 2.790 Euro steigt.": [
            (2640.0, 2640.0, "month"),
            (2790.0, 2790.0, "month"),
        ],
        "Sie bekam ein Festgehalt von 410.000 Euro und zusätzlich 60.000 Euro als Bonus.": [
            (410000.0, 410000.0, "year")
        ],
        # a bare lower limit after a sentence on a minimum wage is that wage
        "Zuerst gilt ein Mindestlohn von 8,10 Euro. Danach wird die Untergrenze auf 8,70 Euro angehoben.": [
            (8.1, 8.1, "hour"),
            (8.7, 8.7, "hour"),
        ],
        # a span's verb several words before its ends
        "Die Gehälter reichen bei Monteuren je nach Region und Betrieb von weniger als 28.000 Euro bis mehr als 61.000 Euro.": [
            (28000.0, 61000.0, "year")
        ],
    }
    _assert_kept(kept)


def test_missing_sums_verb_first_gaps_demands_next_and_fees_per_game() -> None:
    dropped = [
        "Zum Schnitt im Süden fehlen monatlich 580 Euro.",
        "In Stufe W3 macht die Differenz beim Grundgehalt von Hessen zu Sachsen derzeit über 800 Euro aus.",
        "Ein Lagerist, der im Kleinbetrieb 26.000 Euro im Jahr verdient, bekäme im Konzern mehr.",
        "Die mögliche Anhebung des Mindestlohns auf bis zu 17 Euro beunruhigt die Obstbauern.",
        "Wenigstens 17 Euro Lohn je Stunde für jeden. Das verlangt der Verband.",
        "Im Mai war der Deckel der Bezüge um schlappe 9.000 Euro heraufgesetzt worden.",
        "Die feste Vergütung betrug 2016 € 401.200, 2017 € 433.900.",
        "Je Vorrundenspiel sollen es rund 3500 Euro sein.",
        "Damals verdiente sie mehr als eine Million Dollar (850.000 Euro) im Jahr.",
        "Am Ende kommen die Pförtner über 12 € Stundenlohn (brutto) nicht hinaus.",
    ]
    results = _figures_in_order(dropped)
    assert results[:-1] == [[]] * (len(dropped) - 1)
    # the last: no floor, a ceiling
    assert results[-1] == [(None, 12.0, "hour")]
    kept = {
        "Mehr als einer Million Euro Gehalt bekamen zwölf Händler.": [(1_000_000.0, None, "year")],
        "Im Jahr 2019 verdiente er 3.100 Euro.": [(3100.0, 3100.0, "month")],
        "Pro Monat bekommt die Kellnerin 2.400 Euro.": [(2400.0, 2400.0, "month")],
    }
    _assert_kept(kept)


def test_rumours_side_income_staff_costs_shopping_shares_of_pay_and_enough_to_live() -> None:
    dropped = [
        "Beim neuen Direktor wird über ein Jahresgehalt von 230.000 Euro spekuliert.",
        "Der Vize bekommt dafür ein Zubrot von 120 Euro im Monat.",
        "Die Genossenschaft zahlt an Personalaufwendungen 4,1 Mio € im Jahr.",
        "Für den Bischofssitz sind als Dotationen 451.000 Euro eingestellt.",
        "Der Nachtzuschlag beträgt 25 % des Stundenlohns (= € 3,90 pro Stunde).",
        "Oft reicht ein Bruttolohn von 1.450 Euro, um nicht auf Wohngeld angewiesen zu sein.",
        "Früher hat sie jede Woche 40 Euro für ihre Einkäufe gebraucht.",
        "Pro Nachtschicht gab es eine Nachtpauschale iHv. € 18,60.",
        "Beide Städte liegen unter der 38.000 Euro – Marke.",
        "Noch 2016 unterschieden sich die Löhne um 470 Euro.",
    ]
    _assert_dropped(dropped)
    kept = {
        # gross pay subject to contributions is pay
        "Ihr beitragspflichtiges Entgelt lag bei 5.600 EUR im Monat.": [(5600.0, 5600.0, "month")],
        # a figure compared in brackets is no share worked out
        "Sie erhielten 94 % der Vergütung der Männer (820 Euro).": [(820.0, 820.0, "month")],
        # a parenthetical between a range's first bound and ``und``
        "Der Mindestlohn liegt zwischen 9,20 Euro im Osten (mit Berlin) und 12,70 Euro in Hessen.": [
            (9.2, 12.7, "hour")
        ],
        # a monthly figure before a year's conversion after a comma
        "Pro Monat erhält er damit 9.100 Euro, im Jahr also rund 109.200 Euro.": [(9100.0, 9100.0, "month")],
    }
    _assert_kept(kept)


def test_seventh_review_guards_keep_pay() -> None:
    kept = {
        "Für die ersten vier Monate der Probezeit zahlen wir 39.000 Euro Jahresgehalt.": [
            (39000.0, 39000.0, "year")
        ],
        "Die Diät steigt für die restlichen 5 Monate auf 11.400 Euro.": [(11400.0, 11400.0, "month")],
        "Ein Monatsgehalt von 3.700 Euro x 13 Gehälter ergibt 48.100 Euro.": [(3700.0, 3700.0, "month")],
        "Die Haushälterin verdient für den Haushalt der Familie 2.350 Euro brutto.": [
            (2350.0, 2350.0, "month")
        ],
        "Ein Lehrer, der in Hessen 4.700 Euro verdient, könnte in Bremen verbeamtet werden.": [
            (4700.0, 4700.0, "month")
        ],
        "Jeder der beiden Geschäftsführer erhält ein Jahresgehalt von 235.000 Euro.": [
            (235000.0, 235000.0, "year")
        ],
        "Derzeit beträgt der Unterschied 550 Euro, ein Dachdecker im Osten verdient 2.850 Euro.": [
            (2850.0, 2850.0, "month")
        ],
        "Schlosser verdienen 4.250 Euro. Dies fordern auch die Azubis für später.": [
            (4250.0, 4250.0, "month")
        ],
        "Eine Schachspielerin bekommt pro Partie nichts, als Trainerin aber 2.900 Euro.": [
            (2900.0, 2900.0, "month")
        ],
        "Vergütung: ab 2026 € 47.500 brutto pro Jahr.": [(47500.0, 47500.0, "year")],
    }
    _assert_kept(kept)


def test_claims_on_a_condition_reader_conditions_small_sums_due_and_board_totals() -> None:
    dropped = [
        "Falls beide Eltern je 980 € brutto bekommen, haben sie Anspruch auf Kinderzuschlag.",
        "Kurz gesagt: Wenn du im Jahr 39.000 Euro brutto verdienst, dann darf deine Warmmiete höchstens ein Drittel davon sein.",
        "Auf dem Adventsmarkt werden ebenfalls vier Euro fällig.",
        "Die Gesamtbezüge der Geschäftsleitung lagen zuletzt bei 815 000 Euro.",
        "Die Sprecherin bekommt 236,40 Euro für eine „Nachtausgabe“.",
        "Das Amt hat für 95.000 Euro eine Studie erstellen lassen.",
        "Auf sonstige Leistungen entfielen 0,3 Mio. EUR.",
        "Der Becher kostet 4 Euro, das Getränk mit Schuss 5,50 Euro.",
    ]
    _assert_dropped(dropped)
    kept = {
        "Wenn du als Statikerin anfängst, darfst du auf ein Jahresgehalt von 47.000 Euro brutto hoffen.": [
            (47000.0, 47000.0, "year")
        ],
        "Die Gebühren steigen wieder. Moderator Max Beispiel erhält jährlich 410.000 Euro.": [
            (410000.0, 410000.0, "year")
        ],
        "Zum 1. Mai gilt der Mindestlohn. Zunächst sind 8,20 Euro fällig, später 9,10 Euro.": [
            (8.2, 8.2, "hour"),
            (9.1, 9.1, "hour"),
        ],
    }
    _assert_kept(kept)


def test_a_pay_scale_flattened_into_rows_of_figures_with_cents() -> None:
    text = (
        "Vergütungstabelle der Musterklinik 2025\n\n"
        "Gruppe Stufe 1 Stufe 2 Stufe 3\n"
        "A 4190,20 4388,40 4599,10\n"
        "B 5021,75 5310,05 5644,90\n"
    )
    assert _figures(text) == [
        (4190.2, 4190.2, "month"),
        (4388.4, 4388.4, "month"),
        (4599.1, 4599.1, "month"),
        (5021.75, 5021.75, "month"),
        (5310.05, 5310.05, "month"),
        (5644.9, 5644.9, "month"),
    ]


def test_needs_paywalls_example_households_back_pay_and_years_in_header_cells() -> None:
    dropped = [
        "Damit man im Alter auskommt, sei ein Mindestlohn von 15 Euro pro Stunde nötig.",
        "Der Aufwand betrug insgesamt TEUR 1.480 und lag damit über dem Vorjahr.",
        "Statt 8,99 € für 1,50 € je Monat lesen",
        "Ein Paar mit einem Kind, bei dem beide 3.700 Euro verdienen, wird um 540 Euro entlastet.",
        "Am Ende musste die Spedition mehr als 11.000 Euro nachzahlen.",
        "Nach vierzig Jahren ergibt sich ein Gesamtnachteil von rund 44.300 €.",
        "Nur 5 Prozent sind in der obersten Einkommensklasse (ab 75.000 Euro).",
        "Wer ein Gehalt jenseits der 120.000 Euro anstrebt, muss früh planen.",
        "Für 2025 gingen an Frau Beispiel EUR 163.000,40 als Tantieme.",
    ]
    _assert_dropped(dropped)
    kept = {
        "Einstiegsgehälter unter 33.000 Euro gibt es in der Branche kaum noch.": [(33000.0, None, "year")],
        "Stundenlohn ab 1. Juni 2025 € |\nFacharbeiter | 19,80 € |": [(19.8, 19.8, "hour")],
    }
    _assert_kept(kept)


def test_schilling_conversions_club_budgets_spending_rounding_and_generic_earners() -> None:
    dropped = [
        "Im Schnitt verdienen Dozenten 790.000 S (57.412 EURO) im Jahr.",
        "Die Etats der Klubs liegen zwischen 80 000 Euro und 280 000 Euro pro Saison.",
        "Der Verein soll jährlich rund 250 Millionen Euro für die Gehälter seiner Spieler ausgeben.",
        "Der Fonds wird auf 190.000,00 Euro aufgestockt.",
        "Die Maschinenstunden liegen beim Bagger bei 31,40 Euro.",
        "z.B.: 13 EUR Stundenlohn ergeben 2.250 EUR im Monat.",
        "Selbst wer 23 Euro pro Stunde bekommt, kann später mit einer ordentlichen Rente rechnen.",
        "Wer 1.900 Euro Rente möchte, der muss 40 Jahre lang rund 26 Euro pro Stunde verdienen.",
        " - Vom Einkommen zwischen 100 und 540 Euro bleiben 20 Prozent frei.",
        "Die Zuschüsse werden gerundet auf die nächsten 10 Euro.",
    ]
    _assert_dropped(dropped)
    kept = {
        "Wer als Fliesenleger arbeitet, kann sich auf einen Stundenlohn von 20,40 € verlassen.": [
            (20.4, 20.4, "hour")
        ],
        "Elektriker mit Meisterbrief verdienen beispielsweise rund 4.250 € brutto monatlich.": [
            (4250.0, 4250.0, "month")
        ],
    }
    _assert_kept(kept)


def test_eighth_review_guards_keep_pay() -> None:
    kept = [
        "Der Pfleger erhält 3.500 Euro brutto im Monat; falls er krank wird, hat er Anspruch auf Lohnfortzahlung.",
        "Vom Einkommen zwischen 2.100 und 2.900 Euro brutto leben die meisten Helfer.",
        "Wenn man wie ich als Köchin 2.800 Euro brutto verdient, muss man sparen.",
        "Wenn Sie als Monteur bei uns 3.700 Euro brutto verdienen, können Sie Prämien erhalten.",
        "Die Regierung hat sich geeinigt. Für Aushilfen sind künftig 13 Euro pro Stunde fällig.",
        "Die Gesamtbezüge des Vorstandes Petra Muster lagen 2024 bei 640.000 Euro.",
        "Er bekommt 2.500 Euro brutto – mehr als nötig, findet sein Chef.",
        "Ein Arbeitnehmer bei einem Autobauer verdient 5.200 Euro brutto und spart sich die Pendelei.",
        "Der Nachteil der Stelle: Sie zahlt nur 2.650 Euro brutto.",
        "Der Geschäftsführer des Fonds erhält 8.800 Euro im Monat.",
        "Aktuelle Tarifgehälter, z.B.: Erzieherin 3.550 Euro, Kinderpflegerin 3.050 Euro.",
        "Wer wie mein Mann 3.150 Euro als Erzieher bekommt, kann davon kaum leben.",
        "Auf dem Markt verdient ein Getränkeverkäufer 14 Euro pro Stunde.",
        "So viel verdienen Lehrer: 4.650 Euro brutto im Monat (weiterlesen auf Seite 2)",
    ]
    assert [len(found) for found in _figures_in_order(kept)] == [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1]
    # a figure under a line is not turned into a floor by another noun's ``gibt es kaum``
    assert _figures("Die Kellnerin verdient unter 1.950 Euro brutto, Trinkgeld gibt es kaum.") == [
        (None, 1950.0, "month")
    ]
    # the reader's own income as the condition of a consequence is no one's pay
    assert _figures("Wenn du 38.000 Euro im Jahr verdienst, darfst du dich nicht beschweren.") == []


def test_ninth_batch_not_pay_is_dropped() -> None:
    _assert_dropped(
        [
            # a figure two earned together, and a counted group's pay before and after a change
            "Zusammen mit seiner Vorstandskollegin Petra Hahn erhielt er im letzten Jahr 910.000 Euro.",
            "Diese sechs Manager steigerten ihre Bezüge von 3,1 Millionen Euro im Jahr 2021 auf 3,4 Millionen Euro.",
            # a category of side incomes, bounded in brackets
            "In der höchsten Stufe, der Kategorie für Nebenverdienste (über 9.000 Euro im Monat), stehen zwei Abgeordnete.",
            "In der nächsten Kategorie (6.001 bis 9.000 Euro) steht eine Abgeordnete aus Linz.",
            # a generic earner of a tax example, and a ``wer`` clause with its consequence
            "Nach dieser Tabelle darf der, der monatlich 6.500 Euro brutto bezieht, mit weniger Abgaben rechnen.",
            "Zum Beispiel: Wer 2026 rund 43 500 Euro im Jahr verdient, erreicht ungefähr 0,9 Punkte.",
            # a raise still planned, a level still to be reached
            "Beim Mindestlohn ist für 2028 eine weitere Erhöhung auf 15,10 Euro geplant.",
            "Der Verband hat das Ziel, 2027 eine gemeinsame Lohnuntergrenze von 9,75 € zu erreichen.",
        ]
    )


def test_ninth_batch_pay_is_read() -> None:
    _assert_kept(
        {
            # a range whose second bound is open upwards, its first bound bare or with its currency
            "Ihr Nachfolger hatte in guten Jahren 400.000 bis über 600.000 € verdient.": [
                (400000.0, 600000.0, "year")
            ],
            "Ihr Nachfolger hatte in guten Jahren 400.000 € bis über 600.000 € verdient.": [
                (400000.0, 600000.0, "year")
            ],
            # a negation inside a ``dass`` clause: the figure is a floor
            "Im Tarif steht, dass kein Gärtner unter 14 Euro je Stunde bekommen soll.": [
                (14.0, None, "hour")
            ],
            "Laut Verordnung darf der Lohn je Stunde in keinem Fall unter 9,20 Euro sinken.": [
                (9.2, None, "hour")
            ],
            # a year's pay taken home is gross; a bare take-home figure stays net
            "In Köln bekommen Köche ein mittleres Jahresgehalt von 41.300 Euro mit nach Hause.": [
                (41300.0, 41300.0, "year")
            ],
            "Bei 3.100 Euro brutto nimmt sie 2.050 Euro mit nach Hause.": [(3100.0, 3100.0, "month")],
            # a new clause after a colon, the gap named only before it
            "Der Abstand liegt bei einigen hundert Euro: Eine Erzieherin mit S8 verdient als Einstiegsgehalt "
            "zwischen 3.100 Euro (Sachsen) und 3.700 Euro (Bayern).": [(3100.0, 3700.0, "month")],
            # a mayor's Entschädigung is pay, an honorary Aufwandsentschädigung is not
            "Die monatliche Entschädigung der Bürgermeister kleiner Orte liegt zwischen 3.200 und 5.400 Euro.": [
                (3200.0, 5400.0, "month")
            ],
            "Die Bürgermeisterin von Meran hat eine Amtsentschädigung von 9.800 Euro brutto im Monat.": [
                (9800.0, 9800.0, "month")
            ],
            "Die Aufwandsentschädigung der Ortsbürgermeister beträgt 420 Euro im Monat.": [],
            # a gross pay ``in Höhe von`` in a sentence naming side incomes
            "Die Sprecherin erreichte ein Bruttogehalt in Höhe von 391.200 Euro, daneben hat sie Nebeneinkünfte.": [
                (391200.0, 391200.0, "year")
            ],
            # a range from ``einem`` Euro; a lone ``einem Euro`` is no amount
            "Häftlinge bekommen für ihre Arbeit zwischen einem und vier Euro pro Stunde.": [
                (1.0, 4.0, "hour")
            ],
            "Dazu kommt ein Zuschlag von einem Euro pro Stunde.": [],
            # paid fourteen times a year, after a comma: a month's pay
            "Der Bundeskanzler bekommt 21.300 Euro brutto, 14-mal im Jahr.": [(21300.0, 21300.0, "month")],
        }
    )


def test_tenth_batch_not_pay_is_dropped() -> None:
    _assert_dropped(
        [
            # a level someone wants to reach, money a body needs, state aid, savings, a couple's sum
            "Verdi will das sofort, während wir die 15,20 Euro je Stunde in drei Jahren erreichen wollen.",
            "Im Jahr benötigen wir über 300.000 € für das Futter.",
            "5,2 Millionen Euro Corona-Hilfe vom Bund sind geflossen.",
            "Ich spare 1.100 Euro pro Monat in Fonds.",
            "Zusammen verdienen sie mehr als 9.000 Euro brutto im Monat.",
            # a sentence going on about prices named in the sentence before
            "Für Futter und Streu kalkuliert das Heim mit hohen Preisen. Jedes Jahr sind es 31.000 Euro.",
        ]
    )


def test_tenth_batch_pay_is_read() -> None:
    _assert_kept(
        {
            # how far pay can rise: an upper bound
            "Weiterbildungen können den Lohn bis auf 23,10 Euro ansteigen lassen.": [(None, 23.1, "hour")],
            # prices before, but pay named there too: the next sentence goes on about the pay
            "Der Klub zahlte eine hohe Ablöse und muss das Gehalt des Trainers weiter bezahlen. "
            "Es soll jährlich zwischen sechs und sieben Millionen Euro liegen.": [
                (6000000.0, 7000000.0, "year")
            ],
        }
    )


def test_eleventh_batch_not_pay_is_dropped() -> None:
    _assert_dropped(
        [
            # a group that is to earn more, a fee per item sold, a pension scheme raised
            "Freiwillige sollen bald klar mehr verdienen – etwa 2.600 Euro brutto.",
            "Derzeit erhalten sie 7,90 Euro für jedes verkaufte Medikament.",
            "Außerdem steigt der Betrag zur Altersvorsorge im Betrieb um 120 € auf 900 €.",
            # a one-off payment by its abbreviation
            "Lehrlinge bekommen zusätzlich eine IAP von 450 Euro.",
        ]
    )


def test_eleventh_batch_pay_is_read() -> None:
    _assert_kept(
        {
            # where pay stops: an upper bound
            "Für den Vorstandschef ist bei der Gesamtvergütung bei zwölf Millionen Euro Schluss.": [
                (None, 12000000.0, "year")
            ],
            # a difference ``um`` a figure, ``deutlich unter`` another
            "Das Lohnniveau im Osten lag mit 19,80 Euro um 4,10 Euro deutlich unter dem Schnitt im Westen.": [
                (19.8, 19.8, "hour")
            ],
            # a rise far smaller than the new value after it is the rise
            "Im Süden gab es im Mittel einen Anstieg von 540 Euro auf 51.200 Euro im Jahr.": [
                (51200.0, 51200.0, "year")
            ],
            # a floor whose ``bis zu`` ends it: one range
            "Absolventen starten mit einem Gehalt knapp über 38.000 Euro bis zu knapp 45.000 Euro.": [
                (38000.0, 45000.0, "year")
            ],
            # an old and a new value stay two records
            "Der Lohn stieg von 2.900 Euro auf 3.100 Euro.": [
                (2900.0, 2900.0, "month"),
                (3100.0, 3100.0, "month"),
            ],
            # to earn more, then a colon and a level decided
            "Die Pflegekräfte sollen mehr verdienen: Ab Juli gibt es 3.300 Euro.": [
                (3300.0, 3300.0, "month")
            ],
        }
    )


def test_twelfth_batch_not_pay_is_dropped() -> None:
    _assert_dropped(
        [
            # a year heading a figure after the currency of the one before
            "Es wurden für Fremdpersonal folgende Beträge bezahlt: 2012: ca. 380 TSD € 2013: ca. 310 TSD €",
            # a board with its members counted, a sum two or more earned together
            "Der Konzernvorstand, dem fünf Manager angehören, bekommt für 2022 insgesamt 5,9 Millionen Euro.",
            "Zusammengenommen kamen die fünf Direktoren des Senders auf etwa 1,3 Millionen Euro.",
            # money flowing to a squad, a body supported with a sum
            "Der Verein zahlt Gehälter, von denen rund 90 Millionen Euro an den Profikader flossen.",
            "Die Gemeinden unterstützen die Aktion zusätzlich mit 9.000 €.",
            # example incomes of a tax relief or a pension, a level still to come
            "Bei 3.400 Euro Monatslohn bleiben 310 Euro mehr, bei 6.200 Euro sogar 480 Euro.",
            "Bei einem Gehalt von 8.700 Euro pro Monat entspricht das einer Rente von rund 3.600 Euro.",
            "Mindestens 2.500 Euro brutto soll es dann geben.",
            # a rate per night, what one has to live on
            "Im Schnitt verdient sie als Zustellerin pro Nacht rund 14 Euro brutto.",
            "Im Schnitt müssen sie von 1050 Euro leben.",
        ]
    )


def test_twelfth_batch_pay_is_read() -> None:
    _assert_kept(
        {
            # a rate per night worked out as an hour's pay stays pay
            "Bei gut drei Stunden Arbeit je Nacht sind das rund 4,60 Euro Stundenlohn.": [(4.6, 4.6, "hour")],
            # a pay of its own named for the second bound: two statements, no range
            "Der Konzern zahlt ein Anfangsgehalt von 61.000 Euro sowie ein Spitzengehalt von bis zu 240.000 Euro.": [
                (61000.0, 61000.0, "year"),
                (None, 240000.0, "year"),
            ],
            # a level ``bei`` a figure mid-sentence is no example income
            "Im Jahr 2019 lag der Median bei 3.240 Euro brutto im Monat, ein Plus von 40 Euro.": [
                (3240.0, 3240.0, "month")
            ],
        }
    )


def test_thirteenth_batch_not_pay_is_dropped() -> None:
    _assert_dropped(
        [
            # a sum a court awards, a line of poverty, money left over
            "Das Gericht verpflichtet den Arbeitgeber, dem Kläger 9.870,40 Euro brutto nebst Zinsen zu überweisen.",
            "Als von Armut gefährdet zählt hierzulande, wer allein lebt und unter 1.170 Euro im Monat hat.",
            "Ich habe beim Personal 40 000 Euro übrig.",
            # what pay ought to be, what a plan would come to
            "„17 Euro sollten's schon sein“, sagt der Fahrer.",
            "Was auf Beträge von 2 100 bis 2 700 Euro hinausliefe.",
            # wages a firm saved itself
            "Dadurch sparte sich die Firma Löhne in Höhe von circa 5.900 Euro.",
        ]
    )


def test_ninth_review_guards_keep_pay() -> None:
    _assert_kept(
        {
            # a bare first bound takes the reason of the bound whose currency it took
            "Für 250 bis über 350 Euro im Monat mietet er eine Kammer.": [],
            # a negation of another verb in the dass clause leaves the upper bound
            "Er klagt, dass er keinen Bonus bekommt und weniger als 2.400 Euro verdient.": [
                (None, 2400.0, "month")
            ],
            # figures each person earns, a doctor with his colleagues
            "Diese drei Geschäftsführerinnen verdienen 170.000 Euro, 190.000 Euro und 230.000 Euro im Jahr.": [
                (170000.0, 170000.0, "year"),
                (190000.0, 190000.0, "year"),
                (230000.0, 230000.0, "year"),
            ],
            "Zusammen mit seinen Kollegen bekam der Chefarzt 2023 ein Gehalt von 150.000 Euro brutto.": [
                (150000.0, 150000.0, "year")
            ],
            # an MP's pay beside side incomes
            "Neben Zusatzeinkünften aus Vorträgen erhält der Abgeordnete Diäten von 11.100 Euro im Monat.": [
                (11100.0, 11100.0, "month")
            ],
            # a named person ``ist der, der …``
            "Frau Berger ist die, die 4.100 Euro brutto verdient, hat also den höchsten Lohn.": [
                (4100.0, 4100.0, "month")
            ],
            # today's pay after a wish for more
            "Altenpfleger sollen mehr verdienen, heute bekommen sie im Schnitt 2.950 Euro brutto.": [
                (2950.0, 2950.0, "month")
            ],
            "Auch die Köche sollen künftig mehr verdienen als ihre derzeitigen 2.700 Euro.": [
                (2700.0, 2700.0, "month")
            ],
            # a year's pay paid in fourteen parts stays a year's
            "Das Jahresgehalt beträgt 44.000 Euro brutto, 14-mal im Jahr ausbezahlt.": [
                (44000.0, 44000.0, "year")
            ],
            # each of two, a monthly salary beside a shift, a real offer with a rise, pay lived on
            "Zusammen verdienen die beiden Brüder jeweils 2.700 Euro brutto im Monat.": [
                (2700.0, 2700.0, "month")
            ],
            "Je Schicht sind sie zu zweit und verdienen 3.050 Euro brutto im Monat.": [
                (3050.0, 3050.0, "month")
            ],
            "Bei 3.100 Euro Einstiegsgehalt legen wir nach einem Jahr ein Plus von 150 Euro drauf.": [
                (3100.0, 3100.0, "month")
            ],
            "Die Familie muss von seinem Gehalt von 2.350 Euro leben.": [(2350.0, 2350.0, "month")],
        }
    )


def test_code_review_guards() -> None:
    _assert_kept(
        {
            # a year's pay paid fourteen times: the scaled figure and a year's pay word decide
            "Der Vorstand bekommt 1,2 Millionen Euro brutto, 14-mal im Jahr.": [
                (1200000.0, 1200000.0, "year")
            ],
            "Seit Jahresbeginn bekommt die Kanzlerin 21.300 Euro brutto, 14-mal im Jahr.": [
                (21300.0, 21300.0, "month")
            ],
            # ``kaum`` of another verb, then a conjunction: no floor
            "Sie sagt, dass kaum eine Köchin Zulagen bekommt und viele weniger als 2.400 Euro verdienen.": [
                (None, 2400.0, "month")
            ],
            # state aid in the genitive
            "Die Stadt erhielt 3,1 Millionen Euro Corona-Hilfe des Bundes.": [],
        }
    )


def test_stop41_first_batch_not_pay() -> None:
    _assert_dropped(
        [
            # a figure mistyped with four digits after its thousands point: no amount
            "Im Konzern gibt es für Berufsstarter ein Grundgehalt von 48.5000 Euro.",
            # a guess at someone's pay
            "Man kann nur spekulieren, dass die Kassenwartin mehr als 90.000 Euro im Jahr verdient.",
            # disposable income per head is net
            "Das verfügbare Pro-Kopf-Einkommen im Landkreis lag zuletzt bei 27.310 Euro.",
            # money claimed back
            "Die Rückforderungssumme für die Fortbildung betrug rund 12.000 Euro.",
            # what someone calls appropriate
            "Angemessen für die Leitung eines Vereins dieser Größe seien höchstens 85.000 Euro im Jahr.",
            # a group's share of a one-off payment, the group placed
            "Alle erhalten eine Energiepreispauschale von 900 Euro. Auszubildende im Handwerk erhalten 450 Euro.",
        ]
    )


def test_stop41_first_batch_pay_kept() -> None:
    _assert_kept(
        {
            # an insurance occupation is no insurance contribution
            "Angehende Versicherungskaufleute kommen im ersten Jahr auf 1.110 Euro im Monat.": [
                (1110.0, 1110.0, "month")
            ],
            # an income a pay stands at is no condition
            "Das Gehalt einer Kartografin liegt bei einem Einkommen von 39.000 Euro im Jahr.": [
                (39000.0, 39000.0, "year")
            ],
            # a claim for repayment beside the pay: the pay is no demand
            "Die Rückforderung betraf 8.000 Euro, das Bruttogehalt der Monteurin lag bei 3.150 Euro.": [
                (3150.0, 3150.0, "month")
            ],
            # a count of people after a pay named: no money
            "Eine Studie, die den Verdienst von 14.215 Ingenieuren auswertet, nennt 4.300 Euro im Monat.": [
                (4300.0, 4300.0, "month")
            ],
            # a capitalised abbreviation of a floor, the figure set in emphasis
            "Aushilfe gesucht. Mind. *14,50€* Stundenlohn an Samstagen.": [(14.5, None, "hour")],
            "Wir zahlen **2.750 €** im Monat.": [(2750.0, 2750.0, "month")],
            # a fine imposed beside a wage
            (
                "Der Branchenlohn beträgt 13,95 Euro pro Stunde. Wer weniger zahlt, riskiert viel: "
                "Bis zu 30.000 Euro können einem Betrieb aufgebrummt werden."
            ): [(13.95, 13.95, "hour")],
            # the pay demanded goes on with a modal verb, pay words or not
            (
                "Heute verdienen die Fahrer 2.100 Euro brutto im Monat. Als Einstiegsgehalt fordern sie "
                "2.300 Euro brutto. Diese Vergütung soll nach 30 Jahren 2.750 Euro erreichen."
            ): [(2100.0, 2100.0, "month")],
            # a scale from its start to its end: one range
            "Das Entgelt der Stadtplanerin fängt bei gut 3.900 brutto an und endet bei rund 6.100 Euro.": [
                (3900.0, 6100.0, "month")
            ],
            # a pay named before, then a pronoun, in a text about prices
            (
                "Die Preise für Brezeln steigen\n"
                "Eine Brezel kostet jetzt 1,10 Euro, ein Brot 4,80 Euro. Die Verkäuferinnen bekommen mehr als "
                "den Mindestlohn, der von 9,60 Euro auf 10,45 Euro stieg. Vom Herbst an beträgt er 12 Euro je Stunde."
            ): [(9.6, 9.6, "hour"), (10.45, 10.45, "hour"), (12.0, 12.0, "hour")],
            # pay per head and year
            "Die Geschäftsführer bekamen viel. Rund 95.000 Euro pro Nase und Jahr gingen an sie.": [
                (95000.0, 95000.0, "year")
            ],
        }
    )


def test_a_scale_from_start_to_end_is_no_starting_pay() -> None:
    texts = [
        "Das Entgelt der Stadtplanerin fängt bei gut 3.900 brutto an und endet bei rund 6.100 Euro.",
        "Das Einstiegsgehalt beginnt bei 3.000 Euro und reicht bis 3.500 Euro.",
    ]
    records = extract_all(pl.DataFrame({"document_id": ["a", "b"], "text": texts})).records.sort(
        "document_id"
    )
    assert records.select("amount_min", "amount_max", "seniority").rows() == [
        (3900.0, 6100.0, "unspecified"),
        (3000.0, 3500.0, "entry"),
    ]


def test_stop41_second_batch_not_pay() -> None:
    _assert_dropped(
        [
            # prize money in a text opening on it
            (
                "Beim Billard werden die Preisgelder der Turniere immer höher.\n\n"
                "Der Sieger bekommt 120 000 Euro. Wer im Halbfinale ausscheidet, geht mit 30 000 Euro nach Hause."
            ),
            # an outlay
            "Die Stelle im Jugendhaus ist bewilligt.\nAufwand von 31 200 Euro\nDer Kreis fördert sie.",
            # pay per week
            "Im Ausland sollen Stars rund 400.000 Euro in sieben Tagen kassieren.",
            # a demand that names a strike
            "Die Streikforderung lautet 3.500 Euro Einstiegsgehalt.",
        ]
    )


def test_stop41_second_batch_pay_kept() -> None:
    _assert_kept(
        {
            # a list below a line of paying that ends in ``mindestens:`` holds lower bounds
            (
                "Die Vergütung ist gesetzlich geregelt. Danach zahlt Ihnen der Betrieb mindestens:\n"
                "- 1. Ausbildungsjahr: 620 € brutto/Monat\n- 2. Ausbildungsjahr: 731,60 € brutto/Monat"
            ): [(620.0, None, "month"), (731.6, None, "month")],
            # the figure of the pay another stands beside; a payment named in brackets before ``von``
            (
                "Wer aufs Land geht, kann neben dem festen Grundgehalt von 1.400 € brutto einen "
                "monatlichen Zuschlag (Landzuschlag) von 900 € brutto erhalten."
            ): [(1400.0, 1400.0, "month")],
            # a range of pay called its spread
            "Deshalb gibt es eine große Schwankungsbreite von 2.600 bis 3.800 EUR Bruttoverdienst.": [
                (2600.0, 3800.0, "month")
            ],
        }
    )


def test_stop41_review_guards_keep_pay() -> None:
    _assert_kept(
        {
            # speculation, a fine, one-off payments, a week named elsewhere: pay stays pay
            "Über das Gehalt muss niemand spekulieren: Der Bürgermeister erhält 8.900 Euro im Monat.": [
                (8900.0, 8900.0, "month")
            ],
            "Nachdem ihm die Kammer ein Bußgeld aufgebrummt hatte, wechselte er; dort verdient er 4.200 Euro brutto.": [
                (4200.0, 4200.0, "month")
            ],
            "Statt Einmalbeträgen gibt es nun dauerhaft 3.200 Euro im Monat.": [(3200.0, 3200.0, "month")],
            "In sieben Tagen klettert der Branchenlohn auf 14,10 Euro je Stunde.": [(14.1, 14.1, "hour")],
            # a demand, then what is paid today
            "Die Gewerkschaft verlangt 2.800 Euro. Dieses Gehalt soll derzeit bei 2.400 Euro liegen.": [
                (2400.0, 2400.0, "month")
            ],
            # ``mindestens:`` over what applicants need
            "Bewerber brauchen mindestens:\n2 Jahre Erfahrung\nGehalt: 4.000 Euro im Monat": [
                (4000.0, 4000.0, "month")
            ],
            # a currency word or a period after a pay named is no count
            "Ein Jahresgehalt von 43.100 Euros ist möglich.": [(43100.0, 43100.0, "year")],
            # a grade's number glued to a figure of four digits
            "Gehaltstabelle\nEntgeltgruppe 9.3500 Euro\nEntgeltgruppe 10.3900 Euro": [
                (3500.0, 3500.0, "month"),
                (3900.0, 3900.0, "month"),
            ],
            # a multiplication sign is no emphasis
            "Bei 160 Stunden ergibt sich: 13 Euro *160 = 2.080 Euro brutto im Monat.": [],
            # ``(Brutto)`` in brackets names no payment
            "Trotz hoher Abzüge zahlt die Firma ein Gehalt (Brutto) von 3.000 Euro.": [
                (3000.0, 3000.0, "month")
            ],
        }
    )
    # a tax at an income is a condition, no pay
    _assert_dropped(
        ["Die Steuerbelastung liegt bei einem Bruttoeinkommen von 50.000 Euro bei rund 25 Prozent."]
    )


def test_stop42_grid_cells_and_restated_tables() -> None:
    def grid(*cells: float) -> list[tuple[float | None, float | None, str]]:
        return [(v, v, "month") for v in cells]

    _assert_kept(
        {
            # two rows of a pay grid share a figure: both cells are records
            (
                "Tabelle Pflegedienst (Beträge in Euro)\n"
                "Entgeltgruppe | 1 | 2 | 3\n"
                "P 9 | 3.310 | 3.525 | 3.790\n"
                "P 8 | 3.120 | 3.310 | 3.495"
            ): grid(3310.0, 3525.0, 3790.0, 3120.0, 3310.0, 3495.0),
            # a table restating the prose, its labels inflected otherwise: one record each
            (
                "Lackierer-Azubis bekommen 905 Euro im ersten Lehrjahr und 980 Euro im zweiten Lehrjahr.\n"
                "Jahr | Vergütung |\nErstes Lehrjahr | 905,00 € |\nZweites Lehrjahr | 980,00 € |"
            ): grid(905.0, 980.0),
            # a grid's cell after the same figure in prose still restates it
            (
                "Im Schnitt verdienen Sattler 2.815,40 Euro brutto.\n"
                "min. € | max. € | Schnitt € |\nBrutto | € 1.950,00 | € 3.900,00 | € 2.815,40 |"
            ): grid(2815.4, 1950.0, 3900.0),
        }
    )


def test_stop42_bracketed_bound_and_moved_change() -> None:
    _assert_kept(
        {
            # the first bound names its region in brackets: still one range
            "Chefredakteure erhalten 180.000 (MDR) bis 310.000 Euro (BR) im Jahr.": [
                (180000.0, 310000.0, "year")
            ],
            "Ein Dachdecker verdient 2.450 € (Ost) bis 2.880 € (West) im Monat.": [(2450.0, 2880.0, "month")],
            # not a statistic in brackets: three points of a scale are no range of two
            "Kellner verdienen von 1.900 Euro über 2.150 Euro (Median) bis zu 2.600 Euro.": [
                (1900.0, 1900.0, "month"),
                (2150.0, 2150.0, "month"),
                (2600.0, 2600.0, "month"),
            ],
        }
    )
    # a change with its share in brackets before ``nach oben``
    _assert_dropped(["Zuletzt ging der mittlere Lohn der Gärtner um 95 Euro (+2,9 Prozent) nach oben."])


def test_stop42_scale_steps_among_allowances() -> None:
    # a scale's steps listed among its allowances, no pay word on their lines: still pay
    text = (
        "Beispielrechnung Zahntechnik (Vollzeit)\n"
        "- Entgeltgruppe: T4\n- Stufe 1: 2.914,20 €\n- Stufe 2: 3.105,60 €\n"
        "- Laborzulage: 88,10 €\n- Nachtzulage: 140,00 €\n- Erschwerniszulage: 52,00 €\n"
        "- Rufdienstpauschale: 61,00 €\n- Fahrtkostenzuschuss: 45,00 €"
    )
    assert _figures(text) == [(2914.2, 2914.2, "month"), (3105.6, 3105.6, "month")]


def test_stop42_pay_heading_over_enumerated_rows() -> None:
    def hourly(*cells: float) -> list[tuple[float | None, float | None, str]]:
        return [(v, v, "hour") for v in cells]

    _assert_kept(
        {
            # a heading naming the pay and its period, a date line, rows led by Roman numerals
            (
                "Lohntafel Glaserei\nStundenlohn\nab 1. März 2026\n"
                "I. Glasermeister als Vorarbeiter 21,37\nII. Glaser mit Gesellenbrief 19,84\nIII. Hilfskräfte 16,12"
            ): hourly(21.37, 19.84, 16.12),
            # the heading carrying the date it holds from
            "Stundenlöhne ab 1. März 2026:\nGlaser mit Gesellenbrief 19,84\nHilfskräfte 16,12": hourly(
                19.84, 16.12
            ),
        }
    )


def test_stop42_words_that_only_look_like_a_reason() -> None:
    _assert_kept(
        {
            # paying a wage ordered by a court: the wage
            "Ein Arbeitsgericht verurteilte die Firma zur Zahlung eines Stundenlohns von 9,40 € brutto.": [
                (9.4, 9.4, "hour")
            ],
            # a café's staff: no coffee's price
            "Der Mindestlohn liegt bei 1.680 Euro brutto; in Grazer Kaffeehäusern sind es 1.720 Euro.": [
                (1680.0, 1680.0, "month"),
                (1720.0, 1720.0, "month"),
            ],
            # insurers as a sector: no contribution
            "Am meisten zahlen Versicherungsdienstleistungen: im Median 5.410 Euro im Monat.": [
                (5410.0, 5410.0, "month")
            ],
        }
    )
    _assert_dropped(["Für die Hausratversicherung zahlt die Floristin 14 Euro im Monat."])


def test_stop42_second_batch_not_pay() -> None:
    _assert_dropped(
        [
            # a currency heading a list, the list's number after it
            "Lohntafel Dachdecker\nStundenlohn ab 1. Mai 2026 in Euro\n1. Vorarbeiter",
            # a bound of a share
            "In Bremen lag der Anteil aller Löhne unterhalb von 2.050 Euro zuletzt bei 28 Prozent.",
            # the pay that puts one in a bracket
            "Bei einem Jahresverdienst von 91.400 Euro gehört man zu den obersten zehn Prozent.",
            # money saved
            "Durch die Neuregelung spart die Stadt 84.000 Euro im Jahr.",
            # a rate charged to a customer
            "Wenn er für ein Fest über 35 Euro pro Stunde für die Köchin in Rechnung stellt, murren die Gäste.",
            # a bill still to be passed
            "Nach der neuen Gesetzesvorlage sollen Zusteller ab 2027 stündlich 9,10 Euro bekommen.",
        ]
    )
    # an old level and a new cap: two figures, no range
    _assert_kept(
        {
            "Die Referendare wurden von etwa 2400 Euro brutto im Monat auf bis zu 3600 Euro hochgestuft.": [
                (2400.0, 2400.0, "month"),
                (None, 3600.0, "month"),
            ]
        }
    )


def test_stop42_mini_jobbers_are_no_threshold() -> None:
    _assert_kept(
        {
            # mini-jobbers as a group earn pay; the mini-job's limit stays a threshold
            "Teilzeitkräfte bekamen 2065 Euro und geringfügig Beschäftigte 296 Euro im Monat.": [
                (2065.0, 2065.0, "month"),
                (296.0, 296.0, "month"),
            ],
            "Geringfügig Beschäftigte bekamen dort bloß 6,20 Euro je Stunde.": [(6.2, 6.2, "hour")],
        }
    )
    _assert_dropped(["Für eine geringfügige Beschäftigung gilt eine Grenze von 556 Euro."])


def test_stop42_yearly_or_monthly_gross_as_currency() -> None:
    _assert_kept(
        {
            "Als Konstrukteurin bekomme ich 52.000 Jahresbrutto.": [(52000.0, 52000.0, "year")],
            "Mein Angebot als Disponent: 3.900 Monatsbrutto.": [(3900.0, 3900.0, "month")],
        }
    )


def test_stop42_probe_guards_keep_pay() -> None:
    _assert_kept(
        {
            # a hourly figure written after the currency, ending its sentence
            "Der Mindeststundenlohn liegt bei € 12. Viele Betriebe zahlen mehr.": [(12.0, 12.0, "hour")],
            # a rate charged in another clause than the pay
            "Während die Zeitarbeitsfirma 38 Euro pro Stunde in Rechnung stellt, erhält der Helfer 13,50 Euro.": [
                (13.5, 13.5, "hour")
            ],
            # a bill named, the pay paid now
            "Die Gesetzesvorlage wurde abgelehnt; Boten verdienen weiter 12,82 Euro pro Stunde.": [
                (12.82, 12.82, "hour")
            ],
            # the pay itself below a figure, no share's bound
            "Die Löhne der Erntehelfer liegen unterhalb von 13 Euro pro Stunde.": [(13.0, 13.0, "hour")],
            # added to a base pay, no bracket
            "Zum Grundgehalt von 3.200 Euro zählt man noch die Schichtzulage hinzu.": [
                (3200.0, 3200.0, "month")
            ],
            # a division of a company, no saving
            "Je nach Sparte zahlt der Konzern Ingenieuren 62.000 Euro im Jahr.": [(62000.0, 62000.0, "year")],
            # a grid printed twice: each row once
            (
                "Tarifgitter Papier (Euro)\nEG | A | B | C\nE 4 | 2.998 | 3.120 | 3.245\nE 5 | 3.120 | 3.245 | 3.380\n\n"
                "Mobile Ansicht\nE 4 | 2.998 | 3.120 | 3.245\nE 5 | 3.120 | 3.245 | 3.380"
            ): [(v, v, "month") for v in (2998.0, 3120.0, 3245.0, 3120.0, 3245.0, 3380.0)],
            # a word opening with a year's stem is no label naming that year
            "Zweiradmechatroniker bekommen im dritten Lehrjahr 1.050 Euro.\nZweites Lehrjahr | 1.050 €": [
                (1050.0, 1050.0, "month"),
                (1050.0, 1050.0, "month"),
            ],
        }
    )
    _assert_dropped(
        [
            # the mini-job's limit
            "Geringfügig Beschäftigte dürfen im Monat nicht mehr als 556 Euro verdienen.",
            # back pay owed
            "Eine Spedition muss nach dem Urteil zur Zahlung des rückständigen Entgelts von 12.600 Euro bereit sein.",
        ]
    )


def test_stop42_old_level_and_cap_with_one_currency() -> None:
    _assert_kept(
        {
            "Das Gehalt der Disponentin stieg von 2.400 auf bis zu 3.600 Euro im Monat.": [
                (2400.0, 2400.0, "month"),
                (None, 3600.0, "month"),
            ],
            # a plain range stays one
            "Das Gehalt der Disponentin reicht von 2.400 bis 3.600 Euro im Monat.": [
                (2400.0, 3600.0, "month")
            ],
        }
    )


def test_stop42_grid_by_steps_runs_from_entry_to_the_top() -> None:
    text = (
        "Krankenhaus Nord\n\nTabelle (Beträge in Euro)\n\n"
        "Gruppe / Stufe 1 / Stufe 2 / Stufe 3 / Stufe 4 / Stufe 5 / Stufe 6\n"
        "KR 8 | 3.401 | 3.622 | 3.815 | 4.050 | 4.312 | 4.498\n"
        "KR 7 | 3.205 | 3.390 | 3.562 | 3.790 | 3.944 | 4.101"
    )
    records = extract_all(pl.DataFrame({"document_id": ["d"], "text": [text]})).records.sort("char_start")
    steps = ["entry", "unspecified", "unspecified", "unspecified", "unspecified", "experienced"]
    assert records["seniority"].to_list() == steps * 2
    # the first steps only: no top step, the grid's own cues stand
    first_steps = "Krankenhaus Nord\n\nTabelle (Beträge in Euro)\n\nGruppe / Stufe 1 / Stufe 2 / Stufe 3\nKR 8 | 3.401 | 3.622 | 3.815"
    records = extract_all(pl.DataFrame({"document_id": ["d"], "text": [first_steps]})).records
    assert records.height == 3
    assert "experienced" not in records["seniority"].to_list()


def test_stop42_household_and_yield_words_in_another_clause_keep_pay() -> None:
    _assert_kept(
        {
            "Im Haushalt der Familie ist ihr Einkommen wichtig: Sie verdient als Pflegerin 2.900 Euro brutto.": [
                (2900.0, 2900.0, "month")
            ],
            "Paare mit Kinderwunsch verdienen oft je 3.000 Euro im Monat.": [(3000.0, 3000.0, "month")],
            "Die Reinerträge sind gesunken, angestellte Ärzte verdienen aber weiter 6.200 Euro im Monat.": [
                (6200.0, 6200.0, "month")
            ],
        }
    )


def test_stop43_levels_beside_a_difference_or_a_change_in_per_cent_are_pay() -> None:
    _assert_kept(
        {
            # a new clause after a colon, its words free of a difference (``mit Abstand``: far ahead)
            "Regional gibt es Unterschiede: Mit Abstand vorn liegen die Gehälter in Kiel mit 3.120 Euro.": [
                (3120.0, 3120.0, "month")
            ],
            # the level before the difference that follows it
            "Die Pfleger mit Examen haben 2023 mit 3.410 Euro im Schnitt 450 Euro mehr verdient als die Helfer.": [
                (3410.0, 3410.0, "month")
            ],
            # a change given in per cent after the level
            "Das Mediangehalt lag im Mai bei 3.410 Euro bei einem Anstieg von 3 Prozent.": [
                (3410.0, 3410.0, "month")
            ],
            # ``nur geringfügig``: slightly, no mini-job
            "In Zittau fällt der Verdienst mit 2.140 Euro nur geringfügig höher aus.": [
                (2140.0, 2140.0, "month")
            ],
            # a group's average income, no condition
            "Helfer im Lager liegen laut Amt bei einem medianen Einkommen von 2.480 Euro.": [
                (2480.0, 2480.0, "month")
            ],
            # the cost of living as a circumstance of the pay
            "Ingenieure verdienen im Schnitt 52.000 Euro im Jahr. München führt mit 61.200 Euro bei gleichzeitig hohen Lebenshaltungskosten.": [
                (52000.0, 52000.0, "year"),
                (61200.0, 61200.0, "year"),
            ],
            # (a new clause opening with ``Am``; a difference in the next clause is another figure's)
            "Zwischen den Städten gibt es Unterschiede: Am meisten verdienen Köche in Kiel mit 3.120 Euro.": [
                (3120.0, 3120.0, "month")
            ],
            "Es gibt Unterschiede: Am meisten verdienen Ärzte mit 5.000 Euro, der Unterschied zu Pflegern beträgt 2.000 Euro.": [
                (5000.0, 5000.0, "month")
            ],
            # (the difference after the level written without a point, no year)
            "Die Pfleger haben mit 3.410 Euro im Schnitt 2000 Euro mehr verdient als die Helfer.": [
                (3410.0, 3410.0, "month")
            ],
            # (a change of another thing in the clause before: the new value is pay)
            "Die Arbeitgeber erhöhten die Zulage um 20 Euro, der Grundlohn stieg auf 3.100 Euro.": [
                (3100.0, 3100.0, "month")
            ],
            # (a pay grade named ``Klasse`` is no income bracket)
            "In der Gehaltsklasse 5 verdienen Beamte monatlich 3.500 Euro.": [(3500.0, 3500.0, "month")],
        }
    )
    _assert_dropped(
        [
            "Die Lehrlinge sollen mit 45 bis 60 Euro ab 2025 mehr bekommen.",
            "Bei einem Einkommen von 2.650 Euro zahlen Eltern 200 Euro Kitagebühr.",
        ]
    )


def test_stop43_a_period_inside_a_bracket_is_the_bracketed_figures() -> None:
    _assert_kept(
        {
            "Am meisten verdienten die Banken mit 68.300 Euro (monatlich 5.690 Euro) brutto.": [
                (68300.0, 68300.0, "year")
            ],
            "Ein Techniker bekommt 3.000 Euro (36.000 Euro im Jahr).": [(3000.0, 3000.0, "month")],
            # (a period word of the figure itself inside the bracket, then a conversion)
            "Der Chef bekommt 20.000 Euro (pro Monat, also 240.000 Euro im Jahr).": [
                (20000.0, 20000.0, "month")
            ],
            "Hier zahlen die Unternehmen etwa 41.000 Euro im Jahr.": [(41000.0, 41000.0, "year")],
            "Mit viel Erfahrung geht es Richtung 90.000 € im Jahr.": [(90000.0, None, "year")],
        }
    )


def test_stop43_rows_of_a_flattened_pay_table_stay_lines_of_their_own() -> None:
    # (each row opens with its label's digit; joined to the header above, no cell had a currency)
    text = (
        "Gehälter der Helferinnen nach Tarif.\n\n"
        "Berufsjahre TG I (€) TG II (€) TG III (€)\n"
        "1. bis 3. 2.110,00 2.320,50 2.515,00\n"
        "4. bis 6. 2.205,50 2.410,00 2.630,50\n"
    )
    assert [(low, period) for low, _, period in _figures(text)] == [
        (v, "month") for v in (2110.0, 2320.5, 2515.0, 2205.5, 2410.0, 2630.5)
    ]


def test_stop43_review_the_new_words_read_only_the_figures_own_clause() -> None:
    # (the probe's and the review's cases: each new rule's words elsewhere in the sentence leave pay be)
    _assert_kept(
        {
            "Die Lohnklasse 3 entspricht einem Monatslohn von 3.450 Euro.": [(3450.0, 3450.0, "month")],
            "Trotz Armutsrisiko: Viele Alleinerziehende verdienen nur 1.900 Euro brutto.": [
                (1900.0, 1900.0, "month")
            ],
            "Die Einstiegsgehälter pendeln sich um genau 3.500 Euro brutto im Monat ein.": [
                (3500.0, 3500.0, "month")
            ],
            "Der Konzern zahlt dem Unternehmen zufolge 14,50 Euro pro Stunde.": [(14.5, 14.5, "hour")],
            "Wir sparen nicht am Personal: Ein Koch bekommt bei uns 2.900 Euro.": [(2900.0, 2900.0, "month")],
            "Es ging um 2.700 Euro brutto im Monat für 40 Stunden Arbeit.": [(2700.0, 2700.0, "month")],
            "Mit der Erhöhung der Schichtzulage erhalten Pflegekräfte 120 Euro mehr und kommen auf 3.700 Euro.": [
                (3700.0, 3700.0, "month")
            ],
            "Nach ihrem freiwilligen sozialen Jahr verdient sie als Pflegehelferin 2.600 Euro brutto.": [
                (2600.0, 2600.0, "month")
            ],
            "Nach der Einigung verdienen Pfleger 3.400 Euro, anvisiert hatte die Gewerkschaft 3.600 Euro.": [
                (3400.0, 3400.0, "month"),
                (3600.0, 3600.0, "month"),
            ],
            "Die Berufe zahlen gut (z. B. 4.200 Euro für Mechatroniker laut Entgeltatlas).": [
                (4200.0, 4200.0, "month")
            ],
        }
    )
    _assert_dropped(
        [
            "Die Differenz ist deutlich: Bei den Männern liegt sie bei 720 Euro monatlich.",
            "Trotz der hohen Lebenshaltungskosten von 2.100 Euro im Monat zieht es viele nach Stuttgart.",
            "Akademiker haben mit 1.000 Euro bei 40 Wochenstunden mehr verdient als Facharbeiter.",
        ]
    )


def test_stop43_a_months_fee_named_gage_and_pay_that_may_pass_a_figure() -> None:
    _assert_kept(
        {
            "Vizekanzler Huber kommt auf 19.100 Euro Monatsgage.": [(19100.0, 19100.0, "month")],
            "Im höheren Dienst kann das Gehalt sogar 6.000 Euro überschreiten.": [(6000.0, None, "month")],
            "Mit einem Bruttogehalt von 2.800 Euro liegen Köche im Mittelfeld.": [(2800.0, 2800.0, "month")],
        }
    )


def test_stop43_a_grade_that_a_table_shows_and_pay_in_a_clause_with_brutto() -> None:
    _assert_kept(
        {
            "Die Tabelle weist für die Gruppe B 7 monatlich 11.191 Euro aus.": [(11191.0, 11191.0, "month")],
            # (the disposable income is net; the gross pay beside it, ``brutto`` in the sentence, stays)
            "Das verfügbare Einkommen lag bei 21.000 Euro, brutto verdienten Vollzeitkräfte 44.000 Euro im Jahr.": [
                (44000.0, 44000.0, "year")
            ],
        }
    )


def test_stop43_second_review_pay_beside_the_last_rules_words() -> None:
    _assert_kept(
        {
            "Als Mitarbeiter in der Flugzeugabfertigung verdienen Sie 2.600 Euro brutto im Monat.": [
                (2600.0, 2600.0, "month")
            ],
            "Sein Jahresgehalt hat 2023 die 100.000 Euro überschritten.": [(100000.0, 100000.0, "year")],
            "Mit 4.200 Euro brutto verdienen Ingenieure am meisten, netto bleiben davon rund 2.600 Euro.": [
                (4200.0, 4200.0, "month")
            ],
            "Ein Ingenieur verdient 5.000 Euro im Monat, sein verfügbares Einkommen liegt bei 3.100 Euro.": [
                (5000.0, 5000.0, "month")
            ],
            "Zur Sicherung ihres Lebensunterhalts jobbt sie als Kassiererin für 2.100 Euro brutto.": [
                (2100.0, 2100.0, "month")
            ],
            "Die Erhöhung wirkt: Im ersten Jahr gibt es nun 3.600 Euro brutto im Monat.": [
                (3600.0, 3600.0, "month")
            ],
            # (a table row of two cells stays a line of its own)
            "Lohntabelle Maler (€)\n1. bis 3. 2.450,00 2.660,00\n4. bis 6. 2.510,00 2.720,00": [
                (2450.0, 2450.0, "month"),
                (2660.0, 2660.0, "month"),
                (2510.0, 2510.0, "month"),
                (2720.0, 2720.0, "month"),
            ],
        }
    )


def test_stop44_bounds_named_by_words_around_the_figure() -> None:
    _assert_kept(
        {
            # (a maximum or minimum named with an approximation after ``von``)
            "Eine kleine Kanzlei bietet ein maximales Gehalt von rund 3.100 € brutto im Monat.": [
                (None, 3100.0, "month")
            ],
            # (a figure below which nobody should go: a floor)
            "Unter 2.800 Euro solltest du als Laborant auf keinen Fall anfangen.": [(2800.0, None, "month")],
            # (``dürfen Sie mit … rechnen`` is what one may expect, no limit)
            "Im dritten Lehrjahr dürfen Sie mit mindestens 910 Euro und maximal 990 Euro rechnen.": [
                (910.0, 990.0, "month")
            ],
            # (``entlohnt`` names pay: the pronoun sentence does not go on about the one before)
            "Wer ein Team übernimmt, trägt mehr Verantwortung. Die wird mit bis zu 4.600 Euro entlohnt.": [
                (None, 4600.0, "month")
            ],
            # (a footnote's mark after the currency does not break a range)
            "Verdienst 2.730 €² – 3.420 €²": [(2730.0, 3420.0, "month")],
            # (a rise from an old value to a new one less than twice as high: both are pay)
            "Die Entwickler erlebten eine Gehaltssteigerung von 52.300 Euro auf 81.700 Euro.": [
                (52300.0, 52300.0, "year"),
                (81700.0, 81700.0, "year"),
            ],
        }
    )


def test_stop44_raises_in_steps_lists_of_changes_and_wage_bills_are_no_pay() -> None:
    _assert_dropped(
        [
            # (two qualifiers between the figure and ``mehr``)
            "Projektleiter freuen sich über rund 27.500 Euro brutto pro Jahr mehr als am Start.",
            # (the first of a list of changes by an amount, only the last named a difference)
            "Damit liegen Gruppe A um 410 Euro und Gruppe B um 445 Euro über dem alten Tarif.",
            # (a wage bill)
            "Jeden Monat gehen 180 000 Euro an Gehältern für die Belegschaft der Oper raus.",
        ]
    )


def test_stop44_a_flattened_min_max_header_makes_a_rows_two_cells_one_range() -> None:
    text = (
        "Gehalt von Orthoptisten nach Funktion\n\nFunktionJahreMin.Max\n"
        "Fachkraft2 bis 4 J.33.000 €36.500 €\nLeitungab 10 J.44.000 €49.000 €"
    )
    assert _figures(text) == [(33000.0, 36500.0, "year"), (44000.0, 49000.0, "year")]


def test_stop44_second_wave_pay_that_looked_like_a_sum_a_restatement_or_net() -> None:
    _assert_kept(
        {
            # (one of the highest of a group is one person's pay, no sum over the group)
            "Die Chefin der Bahn bekommt jährlich mehr als 4 Millionen Euro, eines der üppigsten "
            "Gehälter aller Vorstände im Land.": [(4000000.0, None, "year")],
            # (``entspricht das Grundgehalt``: the article of the pay named, nothing worked out)
            "Die Stadt zahlt Erziehern ab 2025 monatlich 3.020 Euro. In Stufe 2 entspricht das "
            "Grundgehalt ab März 3.318,20 Euro.": [(3020.0, 3020.0, "month"), (3318.2, 3318.2, "month")],
            # (a tax class named before a figure that says ``brutto``)
            "Laut dem Ratgeber für Steuerklassen liegen die Gehälter zwischen 2.700 Euro und 3.300 Euro "
            "brutto im Monat.": [(2700.0, 3300.0, "month")],
        }
    )


def test_stop44_a_bonus_column_of_a_pay_table_is_no_pay() -> None:
    text = (
        "Vergütung der Chefs kommunaler Stadtwerke 2023\n"
        "Stadtwerk | Fixum | Bonus | Summe 2023 |\n"
        "Stadtwerk Nord | 142.300 € | 21.800 € | 164.100 € |\n"
        "Stadtwerk Süd | 131.900 € | 18.200 € | 150.100 € |\n\n"
        # (another table below, its header naming no bonus: its cells are pay)
        "Vorstände der Bäder 2023\nBad | Grundgehalt | Dienstjahre | Gehalt 2023 |\n"
        "Bad West | 98.400 € | 99.100 € | 99.800 € |"
    )
    assert _figures(text) == [
        (142300.0, 142300.0, "year"),
        (164100.0, 164100.0, "year"),
        (131900.0, 131900.0, "year"),
        (150100.0, 150100.0, "year"),
        (98400.0, 98400.0, "year"),
        (99100.0, 99100.0, "year"),
        (99800.0, 99800.0, "year"),
    ]


def test_stop44_review_the_new_rules_keep_pay_that_only_looks_alike() -> None:
    _assert_kept(
        {
            # (``mehr als`` after two qualifiers, no earlier time compared)
            "Mit meinen 3.700 Euro brutto monatlich bin ich mehr als zufrieden.": [(3700.0, 3700.0, "month")],
            # (``nirgendwo`` in a clause joined after the figure's: a ceiling stays one)
            "Sie verdient weniger als 2.300 Euro und findet nirgends eine Wohnung.": [
                (None, 2300.0, "month")
            ],
            # (levels in steps, no raise)
            "Die Vergütung steigt in drei Etappen von jeweils 1.070, 1.150 und 1.240 Euro.": [
                (1070.0, 1070.0, "month"),
                (1150.0, 1150.0, "month"),
                (1240.0, 1240.0, "month"),
            ],
            # (one person's pay ``an Vergütungen``, no wage bill)
            "Die Vorständin bezog 2024 rund 610.000 Euro an Vergütungen.": [(610000.0, 610000.0, "year")],
            # (``um`` about a level, a verb of earning before it)
            "Ein Geselle verdient um 3.300 Euro und damit um 450 Euro mehr als ein Helfer.": [
                (3300.0, 3300.0, "month")
            ],
            # (the claimant's pay the value of the matter is reckoned from)
            "Der Wert der Sache bemisst sich am Monatsverdienst der Klägerin von 2.950 Euro.": [
                (2950.0, 2950.0, "month")
            ],
            # (an employer's offer, no demand)
            "Als Einstiegsgehalt möchte die Sparkasse ihren Trainees 52.000 Euro bieten.": [
                (52000.0, 52000.0, "year")
            ],
        }
    )
    _assert_dropped(
        [
            # (a list of three changes by an amount)
            "Damit liegen A um 380 Euro, B um 410 Euro und C um 445 Euro über dem alten Tarif.",
            # (a board's sum, ranked among the highest)
            "Die Vorstände bekamen gemeinsam 31 Millionen Euro, eines der größten Gehälter aller Manager.",
            # (a limit, then an unrelated ``mit … rechnen``)
            "Neben dem Studium darfst du bis zu 6.100 Euro im Jahr verdienen, musst aber mit Abzügen rechnen.",
            # (net named before the tax class)
            "Netto bleiben in Steuerklasse 1 von 3.100 Euro brutto nur rund 2.100 Euro übrig.",
        ]
    )


def test_stop44_third_wave_levels_beside_old_values_and_one_offs() -> None:
    _assert_kept(
        {
            # (new levels with their old ones in brackets, under a heading of raises)
            "Die Erhöhungen der Bezüge: Bürgermeister 5.870 Euro (bisher 5.320 Euro), Vizebürgermeister "
            "2.410 Euro (bisher 2.190 Euro).": [
                (5870.0, 5870.0, "month"),
                (5320.0, 5320.0, "month"),
                (2410.0, 2410.0, "month"),
                (2190.0, 2190.0, "month"),
            ],
            # (pay named in the genitive right before its figure, a one-off after it)
            "Auf Grundlage eines Bruttomonatsgehalts von 3.120 Euro wurde ihm eine Abfindung von "
            "21.000 Euro ausgezahlt.": [(3120.0, 3120.0, "month")],
            # (a flat rate with its period is pay, no lump sum)
            "Seit Januar gibt es pauschal 11,20 Euro die Stunde.": [(11.2, 11.2, "hour")],
        }
    )


def test_stop44_fourth_wave_interest_lines_of_a_court_order_are_no_pay() -> None:
    _assert_dropped(
        [
            "Das Unternehmen wird verurteilt, dem Monteur 1.480,20 € brutto nebst Zinsen von "
            "fünf Punkten über dem Basiszins zu zahlen, und zwar auf\n\n  • 52,17 € seit 02.04.2018, auf "
            "weitere\n  • 48,90 € seit 02.05.2018, auf weitere\n  • 912,40 € seit 02.06.2018 zu zahlen."
        ]
    )
    # (a date after a wage in a text naming no interest: pay)
    assert _figures("Der Mindestlohn von 12,82 € gilt seit 01.01.2025 für alle.") == [(12.82, 12.82, "hour")]


def test_stop44_fifth_wave_a_year_after_bis_is_no_bound() -> None:
    _assert_kept(
        {
            "Der Tarif sichert einen Mindestlohn von 1.850 Euro bis 2026 in allen Gruppen.": [
                (1850.0, 1850.0, "month")
            ],
            # (a bound with its thousands point is a bound)
            "Das Gehalt liegt zwischen 1.800 Euro bis 2.030 Euro.": [(1800.0, 2030.0, "month")],
        }
    )


def test_stop45_figures_that_were_lost_or_misread() -> None:
    _assert_kept(
        {
            # (a colon after a word of difference opening a clause of its own: the figures are levels)
            "Die Statistik zeigt große Unterschiede: 20 % der Köche verdienten höchstens 2.450 Euro brutto.": [
                (None, 2450.0, "month")
            ],
            # (a bare figure before ``, im dritten Lehrjahr auf`` shares the list's currency)
            "Für Gärtner steigt die Vergütung im ersten Jahr auf 845 Euro, im zweiten auf 920, im dritten "
            "Lehrjahr auf 1010 und im vierten Jahr auf 1085 Euro.": [
                (845.0, 845.0, "month"),
                (920.0, 920.0, "month"),
                (1010.0, 1010.0, "month"),
                (1085.0, 1085.0, "month"),
            ],
            # (a list of dated lines: a year before a dash is a date, no figure to restate)
            "Der Branchenmindestlohn beträgt:\n1.3.2023 – 28.2.2024 – 13,20 Euro\n"
            "1.3.2024 – 28.2.2025 – 13,75 Euro\n1.3.2025 – 28.2.2026 – 14,30 Euro": [
                (13.2, 13.2, "hour"),
                (13.75, 13.75, "hour"),
                (14.3, 14.3, "hour"),
            ],
            # (the level a rise starts from)
            "Beginnend mit 455 Euro im ersten Ausbildungsjahr erhöht sich die Vergütung der Köche bis auf 705 Euro.": [
                (455.0, 455.0, "month"),
                (705.0, 705.0, "month"),
            ],
            # (being glad of a figure, with four words between ``sich`` and ``über``)
            "Tischler dürfen sich im ersten Jahr schon über 790 Euro monatlich freuen.": [
                (790.0, 790.0, "month")
            ],
            # (a period word in a bracket after ``brutto`` is the bracketed figure's)
            "Das Jahresentgelt der Fahrer liegt bei 41.300 Euro brutto (monatlich 3.442 Euro).": [
                (41300.0, 41300.0, "year")
            ],
            # (a change given in per cent, then the level of pay)
            "Trotz eines Rückgangs um 5 Prozent betrug die Vergütung im Schnitt 3,9 Millionen Euro je "
            "Vorstand.": [(3900000.0, 3900000.0, "year")],
            # (a quotation after a colon is a clause of its own: ``Rente`` in it is not the figure's)
            "Verkäuferin (52) mit 1.900 Euro brutto: „Von meiner Rente kann ich nicht leben“": [
                (1900.0, 1900.0, "month")
            ],
            # (a person ``pensioniert`` is no pension)
            "Der Intendant verdient 298.000 Euro. Auf Platz zwei liegt mit 281.000 Euro sein längst pensionierter "
            "Vorgänger.": [(298000.0, 298000.0, "year"), (281000.0, 281000.0, "year")],
            # (a monthly figure of 16,000 euros is no hourly rate worked out of millions before it)
            "Alle Direktoren erhielten zusammen 3,1 Millionen Euro. Ihre monatlichen Bezüge lagen demnach "
            "zwischen 12.050 Euro und 16.400 Euro.": [(12050.0, 16400.0, "month")],
        }
    )


def test_stop45_pay_enough_for_what_was_said_before_is_a_threshold() -> None:
    _assert_dropped(["Die Wohnung kostet 640 Euro warm. Dafür genügen 31.500 Euro brutto im Jahr."])


def test_stop45_second_wave_floors_tables_and_two_statements() -> None:
    _assert_kept(
        {
            # (a line of paying ending in ``mindestens:`` after a sentence with a number in its line)
            "Das regelt § 17 BBiG. Demnach zahlt Ihnen der Betrieb mindestens:\n"
            "- 640 Euro pro Monat im ersten Lehrjahr\n- 755,20 Euro pro Monat im zweiten Lehrjahr": [
                (640.0, None, "month"),
                (755.2, None, "month"),
            ],
            # (a pay named for the second figure, without an article, in the plural)
            "Techniker kommen auf ein Bruttogehalt von rund 3.900 Euro und Spitzenverdienste von bis zu "
            "6.100 Euro im Monat.": [(3900.0, 3900.0, "month"), (None, 6100.0, "month")],
            # (blanks aligning a column after the currency)
            "Die Lehrlingsentschädigung beträgt:\n  1. Lehrjahr Euro    915,00\n  2. Lehrjahr Euro 1.105,00": [
                (915.0, 915.0, "month"),
                (1105.0, 1105.0, "month"),
            ],
        }
    )


def test_stop45_second_wave_breakdowns_bonuses_benefits_and_widths_are_no_pay() -> None:
    _assert_kept(
        {
            # (night and holiday rates in a bracket after the pay, split by slashes)
            "Laboranten:\n  • 1. Berufsjahr: 2980 € (61 € / 79 € / 183 €)\n"
            "  • ab 6. Berufsjahr: 3240 € (66 € / 79 € / 195 €)": [
                (2980.0, 2980.0, "month"),
                (3240.0, 3240.0, "month"),
            ],
        }
    )
    _assert_dropped(
        [
            # (a text about profit-sharing payouts: its figures without a pay word are payouts)
            "Gewinnbeteiligung: Satte Ausschüttungen\n\nViele Konzerne zahlen für 2023 hohe "
            "Gewinnbeteiligungen an ihre Leute aus. Für die 12 000 Beschäftigten gibt es 5400 Euro pro Kopf.",
            # (what a recipient of benefits receives)
            "Im Jahr 2015 erhielt der Leistungsempfänger vom Amt jeweils 391 € im Monat.",
            # (the width of a range)
            "Die Gehaltsspanne kann bis zu 24.000 Euro betragen.",
        ]
    )


def test_stop45_third_wave_levels_that_only_looked_like_something_else() -> None:
    _assert_kept(
        {
            # (a share of an average in brackets after a level, no change)
            "In Schwerin wurden 29 410 Euro brutto verdient (97,2 Prozent), in Wismar 28 630 Euro (94,6 Prozent).": [
                (29410.0, 29410.0, "year"),
                (28630.0, 28630.0, "year"),
            ],
            # (economic sectors and the pension insurer hold a reason's word in their names)
            "Im Bereich Finanz- und Versicherungs-Dienste liegt der Mittelwert bei 4.310 Euro im Monat.": [
                (4310.0, 4310.0, "month")
            ],
            "Die Deutsche Rentenversicherung setzt das Durchschnittsentgelt auf 43.900 Euro im Jahr an.": [
                (43900.0, 43900.0, "year")
            ],
            # (a district whose name holds ``zuschlag``)
            "Die höchsten Löhne gab es in Bruck-Mürzzuschlag (3.105 €) und in Leoben (3.020 €).": [
                (3105.0, 3105.0, "month"),
                (3020.0, 3020.0, "month"),
            ],
            # (pay before retirement)
            "Eine Oberstudienrätin bekommt vor ihrer Pension ein Gehalt von 5.310,20 Euro.": [
                (5310.2, 5310.2, "month")
            ],
            # (``Differenzierung`` is no difference)
            "Mit einer Differenzierung nach Sparten werden in der Chemie (5.240 Euro) die besten Löhne gezahlt.": [
                (5240.0, 5240.0, "month")
            ],
            # (the label ``das ist ein Monatsverdienst von`` belongs to the next figure)
            "Das Durchschnittsentgelt liegt bei 44.200 Euro, das ist ein Monatsverdienst von 3.683 Euro.": [
                (44200.0, 44200.0, "year")
            ],
        }
    )


def test_stop45_third_wave_gaps_left_overs_examples_totals_and_payouts_are_no_pay() -> None:
    _assert_dropped(
        [
            # (what is missing to another level)
            "Beim Lohn fehlt es zwischen 800 und 1500 Euro zum Landesschnitt.",
            # (what is left to someone)
            "720 Euro bleiben im Schnitt einer Rentnerin im Monat.",
            # (a condition with ``man`` and a subjunctive)
            "Verdient man etwa einen Stundenlohn von 16 Euro, wären es 0,75 Rentenpunkte.",
            # (a contract's total over its years)
            "Der Trainer verdient gut: Sein Vierjahresvertrag bringt ihm bei voller Laufzeit insgesamt 18 Millionen Euro Gehalt ein.",
            # (a sum per head without a pay word)
            "Auszubildende erhalten 650 Euro pro Kopf.",
        ]
    )


def test_stop45_review_look_alikes_of_the_new_rules_stay_as_they_were() -> None:
    """Sentences of the rule probe: each shares words with a rule of this stop and keeps the
    reading it had before (pay stays pay, not-pay stays not-pay)."""
    _assert_kept(
        {
            # (a grade's number before a wide-spaced currency is no amount)
            "Stufe 3   € 3.100 im Monat": [(3100.0, 3100.0, "month")],
            # (a percentage after a change, then a pension: still a pension)
            "Nach einer Erhöhung um 2 Prozent beträgt das Ruhegehalt 2.900 Euro.": [],
            # (a label with a colon before a share of people: the label stays the figure's)
            "Der Bonus ist klar geregelt: 20 Prozent der Mitarbeiter erhalten 3.000 Euro.": [],
            "Abfindung: Jeder Mitarbeiter bekommt 20.000 Euro.": [],
            # (a bound of a pay range is no width)
            "Die Gehaltsspanne beträgt bis zu 5.000 Euro im Monat.": [(None, 5000.0, "month")],
            # (someone's own pay is no threshold)
            "Dafür reicht sein Gehalt von 3.100 Euro brutto locker.": [(3100.0, 3100.0, "month")],
            # (a bracket of training years' pay is no breakdown of allowances)
            "Die Vergütung beträgt 1.000 € (900 € / 1.100 €).": [
                (1000.0, 1000.0, "month"),
                (900.0, 900.0, "month"),
                (1100.0, 1100.0, "month"),
            ],
            # (a pension after retirement; the staff of benefit recipients earn pay)
            "Nach seiner Pensionierung bekommt er 3.100 Euro im Monat.": [],
            "Die Sachbearbeiterin für Leistungsempfänger verdient 3.300 Euro.": [(3300.0, 3300.0, "month")],
            # (a month's pay in a text about profit-sharing)
            "Ergebnisbeteiligung im Handel\nDie Kassiererinnen kommen auf 2.600 Euro im Monat.": [
                (2600.0, 2600.0, "month")
            ],
            # (``über`` across a comma is more than)
            "Sie wundert sich nicht darüber, dass Kollegen über 4.000 Euro verdienen und sich freuen.": [
                (4000.0, None, "month")
            ],
        }
    )


def test_stop45_fourth_wave_provisions_claims_spending_prices_and_broken_numbers_are_no_pay() -> None:
    _assert_dropped(
        [
            # (money set aside for pensions)
            "Für zwei Vorstände wurden je 2,1 Millionen Euro fürs Alter zurückgelegt.",
            # (what a plaintiff says is due to him, in reported speech)
            "Der Kläger meint, dass ihm ein Stundenlohn von 16,20 Euro brutto zustehe.",
            # (what an employer spent per head)
            "Die Firma gab für jeden Beschäftigten im Schnitt 31 000 Euro Lohn aus, wie der Bericht zeigt.",
            # (a price per weight)
            "Die Erntehelfer verdienen wenig. Auf 9 Euro beziffert der Händler das Kilogramm Kirschen.",
            # (the thousands of one number parted by a stray blank)
            "Die Geschäftsführerin bezog 214. 390 Euro.",
        ]
    )


def test_stop45_fifth_wave_a_long_range_a_long_floor_line_and_a_width() -> None:
    _assert_kept(
        {
            # (the words between ``bei`` … ``bis`` may run to 60 characters)
            "Bei Kliniken kann das Gehalt anfangen bei 85.000 Euro in kleinen ländlichen Häusern und kann "
            "steigen bis 190.000 Euro in Großkliniken.": [(85000.0, 190000.0, "year")],
            # (a long line of paying ending in ``mindestens:``)
            "Nach dem Gesetz bekommen alle Lehrlinge in allen Berufen und Regionen des Landes aktuell mindestens:\n"
            "- 615 Euro im ersten Jahr\n- 725 Euro im zweiten Jahr": [
                (615.0, None, "month"),
                (725.0, None, "month"),
            ],
        }
    )
    # (``kann die Spanne … bis zu`` a width)
    _assert_dropped(
        ["Je nach Betrieb kann die Spanne vom Einstiegs- zum Höchstlohn bis zu 1800 Euro betragen."]
    )


def test_stop46_first_wave_a_list_closed_by_comma_and_und_takes_its_currency() -> None:
    _assert_kept(
        {
            # (``, und`` before the last step of a list of bare figures)
            "Die Lehrlinge im Gerüstbau bekommen 815 im ersten, 910 im zweiten, und 1.140 Euro im dritten "
            "Lehrjahr.": [(815.0, 815.0, "month"), (910.0, 910.0, "month"), (1140.0, 1140.0, "month")],
        }
    )


def test_stop46_first_wave_wishes_prices_differences_pensions_tax_money_and_sponsors_are_no_pay() -> None:
    _assert_kept(
        {
            # (a level wished for, its verbs more than 40 characters after the figure)
            "Die Firma zahlt bald mehr, während wir die 16,40 Euro je Stunde in fünf Jahren erreichen wollen. "
            "Heute zahlen die Kantinen 13,10 Euro je Stunde.": [(13.1, 13.1, "hour")],
            # (the figure called a price after a dash)
            "Exakt 21,80 Euro – diesen Preis zahlt man für eine Dauerwelle. Die Friseurin selbst verdient 12,95 "
            "Euro pro Stunde.": [(12.95, 12.95, "hour")],
            # (a difference, then ``beziehungsweise um`` a percentage)
            "Schreiner verdienen 3.050 Euro im Monat. Männer bekommen im Land im Schnitt um 14.310 Euro "
            "beziehungsweise um 41,5 Prozent mehr als Frauen.": [(3050.0, 3050.0, "month")],
            # (what one gets once retired, the retirement in a clause of its own)
            "Ein Lagerist verdient 2.450 Euro im Monat. Wenn er mit 66 Jahren in die Rente geht, bekommt er "
            "rund 1.020 Euro im Monat.": [(2450.0, 2450.0, "month")],
            # (a yearly gross worked out from the figures before)
            "Die junge Floristin bekommt 1.840 Euro im Monat, dazu 400 Euro Urlaubsgeld. Damit liegt das "
            "Jahresbruttogehalt der Floristin bei 22.480 Euro.": [(1840.0, 1840.0, "month")],
        }
    )
    _assert_dropped(
        [
            # (income from sponsors)
            "Der Rodler bekommt pro Jahr 140.000 Euro durch seine Sponsoren.",
        ]
    )
    # (public money spent, in a text about pay)
    assert _figures(
        "Die Stadt zahlt ihren Gärtnern 2.900 Euro im Monat. Für das Stadtfest stehen 2.480.000 € an "
        "Steuergeldern bereit."
    ) == [(2900.0, 2900.0, "month")]


def test_a_text_alone_gives_the_figures_it_gives_in_the_module_batch() -> None:
    """``_literal_figures`` reads every text of this module in one batch: a text extracted alone
    gives the same figures (here every 40th of them, and each that gives no figure or three or
    more, in a batch of their own, and the first of them alone)."""
    batch = _literal_figures()
    texts = sorted(batch)
    empty = [text for text in texts if not batch[text]]
    many = [text for text in texts if len(batch[text]) >= 3]
    sample = sorted({*texts[::40], *empty[:20:4], *many[:30:3]})
    assert len(sample) >= 20
    assert _extract_figures(sample) == {text: batch[text] for text in sample}
    assert _extract_figures(sample[:1]) == {sample[0]: batch[sample[0]]}


def test_stop46_first_wave_a_total_with_its_allowances_and_trainee_pay_in_a_text_on_prices_are_pay() -> None:
    _assert_kept(
        {
            # (a total including an allowance and capital-forming benefits)
            "Die Kreisrätin bekam 2023 einschließlich Aufwandsentschädigung sowie vermögenswirksamer Leistungen "
            "brutto 131.440 €.": [(131440.0, 131440.0, "year")],
            # (a trainee's pay in a text asking what a flat costs)
            "Was kostet das erste eigene Zimmer?\nKann man als Azubi davon eine Wohnung bezahlen?\n"
            "Rund 845 Euro zahlen die Betriebe im ersten Ausbildungsjahr einer Fachkraft für Lagerlogistik.": [
                (845.0, 845.0, "month")
            ],
        }
    )


def test_stop46_second_wave_table_rows_old_values_and_repeats_under_a_skill_word() -> None:
    _assert_kept(
        {
            # (the old value after ``Statt``, the new one with the currency)
            "Im Gastgewerbe steigt der Mindestlohn: Statt 1.610 gibt es ab Juni 1.690 Euro monatlich.": [
                (1610.0, 1610.0, "month"),
                (1690.0, 1690.0, "month"),
            ],
            # (rows of a table with ``|``, each its own line: a row's cells from and to are a range)
            "Jahr | Vergütung von | Vergütung bis |\n---|---|---|\n1. Lehrjahr | 810 Euro | 870 Euro |\n"
            "2. Lehrjahr | 905 Euro | 960 Euro |": [(810.0, 870.0, "month"), (905.0, 960.0, "month")],
            # (their first cells label them: a figure of one row repeated in the next is another group's)
            "Lohn für Gärtner\n"
            "Stufe | bis Mai 2025 | ab Juni 2025 |\n"
            "mit abgeschlossener Lehre | 14,10 € | 14,60 € |\n"
            "nach zwei Jahren im Betrieb | 14,60 € | 15,20 € |": [
                (14.1, 14.1, "hour"),
                (14.6, 14.6, "hour"),
                (14.6, 14.6, "hour"),
                (15.2, 15.2, "hour"),
            ],
            # (``Experte`` is no occupation: the same cap said twice is one record)
            "Als Experte auf deinem Gebiet kannst du bis zu 5.870 € verdienen. Mit viel Erfahrung kannst du "
            "als Experte bis zu 5.870 € brutto im Monat verdienen.": [(None, 5870.0, "month")],
            # (a column of one-off payments: its rows, a percentage's row under a euro row, are no pay)
            "Die Sachbearbeiter verdienen 3.200 Euro im Monat.\nAbschluss vom 01.03.2023\n---|---|---|\n"
            "ab Datum | Erhöhung | Einmalzahlung |\n- = entfällt | ||\n01.04.2023 | - | 750 Euro |\n"
            "01.10.2023 | 2,50 % | - |\n01.04.2024 | - | 400 Euro |": [(3200.0, 3200.0, "month")],
        }
    )


def test_stop46_second_wave_worked_out_figures_examples_fees_per_episode_profits_and_costs_are_no_pay() -> (
    None
):
    _assert_kept(
        {
            # (``ergibt sich so``: worked out from the figure before)
            "Maler bekommen 16,10 € pro Stunde. Für einen Maler mit 39 Wochenstunden ergibt sich so ein "
            "Monatslohn von etwa 2.730 €.": [(16.1, 16.1, "hour")],
            # (behind another earner)
            "Der Torwart verdient 3 Millionen Euro im Jahr und liegt damit 2 Millionen Euro hinter seinem "
            "Vorgänger.": [(3000000.0, 3000000.0, "year")],
            # (what living costs)
            "Eine Kellnerin verdient 2.450 Euro brutto. Sie kann kaum 1.200 Euro allein fürs Wohnen zahlen.": [
                (2450.0, 2450.0, "month")
            ],
            # (a gross figure put to a net calculation)
            "Die Verkäuferin verdient 1.900 Euro. Bei 1.400 Euro brutto im Monat kannst du mit netto etwa "
            "1.100 Euro rechnen.": [(1900.0, 1900.0, "month")],
            # (a fee per episode)
            "Schauspieler verdienen im Schnitt 3.000 Euro im Monat. Die Schauspielerin soll pro "
            "„Polizeiruf“-Folge 95.000 Euro bekommen haben.": [(3000.0, 3000.0, "month")],
            # (a profit per head)
            "Bankangestellte verdienen 4.000 Euro im Monat. Im Schnitt 151.000 Euro hat jeder Angestellte "
            "zum Vorsteuergewinn der Bank beigetragen.": [(4000.0, 4000.0, "month")],
            # (money put into a building)
            "Die Pfleger der Klinik verdienen 3.100 Euro im Monat. 35 Millionen Euro werden in den Neubau "
            "gesteckt.": [(3100.0, 3100.0, "month")],
        }
    )


def test_stop46_second_wave_dated_new_values_what_can_be_earned_mayors_and_trainees_among_benefits() -> None:
    _assert_kept(
        {
            # (a bracketed figure dated after it is a new value, no restatement)
            "Berufseinsteiger im Großhandel können künftig mit 2.310 Euro (2.355 Euro ab Oktober 2026) "
            "rechnen.": [(2310.0, 2310.0, "month"), (2355.0, 2355.0, "month")],
            # (what can be earned up to is pay; what may be earned at most is a limit)
            "Im dritten Jahr der Ausbildung zum Bäcker können bis zu 835 Euro verdient werden.": [
                (None, 835.0, "month")
            ],
            # (mayors ``entschädigt``)
            "Die Bürgermeisterin eines Marktes wird mit 4.870,20 Euro im Monat entschädigt.": [
                (4870.2, 4870.2, "month")
            ],
            # (a trainee's pay in a text on grants and child benefit)
            "Kindergeld, Wohngeld und Beihilfen: So kommen Azubis über die Runden\n"
            "Neben dem Kindergeld gibt es für viele Azubis auch Berufsausbildungsbeihilfe.\n"
            "Im ersten Ausbildungsjahr zahlt der Betrieb den Azubis im Schnitt 1.020 Euro im Monat.": [
                (1020.0, 1020.0, "month")
            ],
        }
    )


def test_stop46_review_look_alikes_of_the_new_rules_stay_pay() -> None:
    """Sentences that look like the targets of this stop's rules but state pay (or a count)."""
    _assert_kept(
        {
            # (``, und`` after a count shares no currency)
            "Die Kammer zählte 940 im letzten Jahr, und 1.080 Euro verdienen die Gesellen.": [
                (1080.0, 1080.0, "month")
            ],
            # (``Statt`` before a count)
            "Statt 1.300 Stellen gibt es künftig Löhne von 1.750 Euro im Monat.": [(1750.0, 1750.0, "month")],
            # (a price of work is pay)
            "Der Mindestlohn steigt auf 13,40 Euro – der Preis der Arbeit steigt also.": [
                (13.4, 13.4, "hour")
            ],
            # (behind one's hopes, not behind another earner)
            "Ihr Gehalt blieb mit 2.950 Euro im Monat hinter ihren Erwartungen zurück.": [
                (2950.0, 2950.0, "month")
            ],
            # (someone else retires)
            "Wenn der Meister in Rente geht, übernimmt sie den Laden und verdient dann 4.300 Euro.": [
                (4300.0, 4300.0, "month")
            ],
            # (a new level after a raise)
            "Der Lohn steigt um 180 Euro. Damit liegt das Bruttogehalt eines Gesellen nun bei 3.650 Euro.": [
                (3650.0, 3650.0, "month")
            ],
            # (a starting pay with its net value)
            "Bei rund 47.000 Euro brutto im Jahr starten Chemiker ins Berufsleben, netto sind das gut "
            "29.000 Euro.": [(47000.0, 47000.0, "year")],
            # (profit per head rising, pay stated)
            "Die Angestellten der Bank, deren Gewinn pro Kopf steigt, verdienen 3.950 Euro im Monat.": [
                (3950.0, 3950.0, "month")
            ],
            # (a rate per hour beside hours per episode)
            "Die Komparsin verdient 14 Euro pro Stunde und ist pro Episode oft acht Stunden am Set.": [
                (14.0, 14.0, "hour")
            ],
            # (pay from tax money, said polemically)
            "Der Landrat bekommt 9.300 Euro an Steuergeld im Monat.": [(9300.0, 9300.0, "month")],
            # (a job whose name holds ``Wohnung``)
            "Eine Fachkraft bekommt 15 Euro pro Stunde für die Wohnungsreinigung.": [(15.0, 15.0, "hour")],
            # (a column of pay with its extras)
            "Beruf | Jahresgehalt inkl. Urlaubsgeld |\nTischler | 41.000 € |\nMaurer | 43.500 € |": [
                (41000.0, 41000.0, "year"),
                (43500.0, 43500.0, "year"),
            ],
            # (a table restating the prose: its row repeats the figure)
            "Im ersten Lehrjahr bekommen Azubis 1.010 Euro.\nJahr | Vergütung |\nim ersten Lehrjahr | 1.010 € |": [
                (1010.0, 1010.0, "month")
            ],
        }
    )
    # (a non-compete payment included is no pay)
    _assert_dropped(
        [
            "Der frühere Vorstand kassierte inklusive der Entschädigung für das Wettbewerbsverbot 3,9 Millionen Euro."
        ]
    )


def test_stop46_third_wave_a_year_before_a_cap_sums_and_claims_sued_for() -> None:
    _assert_kept(
        {
            # (a year before ``bis zu`` is no lower bound)
            "Für das Jahr 2026 bis zu 4.100 Euro im Monat erhalten die Gesellen im Dachdeckerhandwerk.": [
                (None, 4100.0, "month")
            ],
            # (a sum of the figures before)
            "Eine Verkäuferin verdient 1.640 Euro im Monat, ihr Mann als Koch 1.980 Euro. Zusammen sind das "
            "3.620 Euro.": [(1640.0, 1640.0, "month"), (1980.0, 1980.0, "month")],
        }
    )
    # (a wage sued for)
    _assert_dropped(["Vor Gericht hatte die Köchin einen Stundenlohn von 9,40 Euro eingeklagt."])


def test_stop46_fourth_wave_differences_sums_wishes_and_state_grants_are_no_pay() -> None:
    _assert_kept(
        {
            # (a comparison, a dash, the difference)
            "Tischler verdienen 3.150 Euro. Noch immer verdienen Männer im Kreis mehr als Frauen – rund 430 Euro "
            "und damit gut 13 Prozent.": [(3150.0, 3150.0, "month")],
            # (``also … insgesamt``: a sum of the figures before)
            "Nach zwei Jahren gibt es 2.310,40 Euro, einen Zuschlag von 58,20 Euro und für ein Kind 91,30 Euro, "
            "also 2.459,90 Euro insgesamt.": [(2310.4, 2310.4, "month")],
            # (a difference, then ``oder`` a percentage in words)
            "Die Oberärzte bekamen 131.400 Euro im Jahr, um 12.310 Euro oder elf Prozent mehr als der Schnitt.": [
                (131400.0, 131400.0, "year")
            ],
            # (what someone has in mind)
            "Die Kellnerin verlangte 8.000 Euro Lohn. Dem Wirt schwebten nur 2500 bis 3500 Euro vor.": [],
            # (what the state adds)
            "Die Azubis bekommen 760 Euro. Höchstens legt der Staat zum Azubilohn 490 Euro im Monat dazu.": [
                (760.0, 760.0, "month")
            ],
        }
    )


def test_stop46_fifth_wave_a_maximum_pay_targets_claims_and_conditions() -> None:
    _assert_kept(
        {
            # (a pay named the maximum is a cap)
            "Das maximale Grundgehalt beträgt 4.960 Euro nach vielen Berufsjahren.": [
                (None, 4960.0, "month")
            ],
            # (a target aimed at)
            "Die Räte bekommen 2.400 Euro. Angepeilt waren anfangs sogar 4.800 Euro.": [
                (2400.0, 2400.0, "month")
            ],
            # (a claim in court)
            "Die Leiharbeiterin verdiente 10,15 Euro. Mit ihrer Klage beanspruchte sie eine Bezahlung von "
            "14,20 Euro.": [(10.15, 10.15, "hour")],
            # (a condition on earning at least)
            "Fußballer verdienen 6.000 Euro. Sie zahlen weniger Steuern, sofern sie ein monatliches Einkommen "
            "von mindestens 8.700 Euro beziehen.": [(6000.0, 6000.0, "month")],
        }
    )


def test_stop46_sixth_wave_gaps_named_after_the_figure_and_money_taken_in_hand_are_no_pay() -> None:
    _assert_kept(
        {
            # (a gap named right after the figure)
            "Die Kassiererin bekommt 2.050 Euro. Dem stehen 1.720 Euro gegenüber, also ein 330 Euro Vorteil.": [
                (2050.0, 2050.0, "month"),
                (1720.0, 1720.0, "month"),
            ],
            # (public money taken in hand)
            "Der Bund will für die Kitas 24,6 Millionen Euro in die Hand nehmen.": [],
        }
    )


def test_stop46_second_review_look_alikes_of_the_later_rules_stay_pay() -> None:
    """Sentences that look like the targets of this stop's later rules but state pay."""
    _assert_kept(
        {
            # (``sofern`` with an age, not an income)
            "Azubis im Hotel bekommen 1.230 Euro im Monat, sofern sie mindestens 18 Jahre alt sind.": [
                (1230.0, 1230.0, "month")
            ],
            # (``beansprucht`` without a pay claimed)
            "Der Schichtdienst beansprucht sie sehr, dafür verdient sie 3.950 Euro.": [
                (3950.0, 3950.0, "month")
            ],
            # (``vor`` a preposition)
            "Der Monteur verdient 3.350 Euro, doch ihm schwebt vor allem die Angst vor Kurzarbeit vor Augen.": [
                (3350.0, 3350.0, "month")
            ],
            # (``angepeilt`` without a figure of its own)
            "Angepeilt ist der Einstieg im Herbst, das Einstiegsgehalt liegt dann bei 4.150 Euro.": [
                (4150.0, 4150.0, "month")
            ],
            # (``Zusammen sind das`` hours)
            "Zusammen sind das 38,5 Stunden, und dafür bekomme ich 2.870 Euro brutto im Monat.": [
                (2870.0, 2870.0, "month")
            ],
            # (the state pays, allowances come on top)
            "Polizisten in Hessen zahlt der Staat 2.940 Euro, Zulagen kommen dazu.": [
                (2940.0, 2940.0, "month")
            ],
            # (a range written without points, no year)
            "Erzieherinnen verdienen 2050 bis zu 2750 Euro im Monat.": [(2050.0, 2750.0, "month")],
            # (a raise before, then the level ``also … insgesamt``)
            "Die Tarifrunde brachte 140 Euro mehr, Pflegehelfer verdienen also 2.880 Euro insgesamt.": [
                (2880.0, 2880.0, "month")
            ],
            # (pay won in court)
            "Nun erhält die Reinigungskraft 13,40 Euro die Stunde, wie sie es eingeklagt hatte.": [
                (13.4, 13.4, "hour")
            ],
            # (the maximum reached, no copula)
            "Wer das maximale Tarifgehalt der Stufe 6 erreicht, bekommt 4.350 Euro.": [
                (4350.0, 4350.0, "month")
            ],
            # (a gap word as a label)
            "Lohn im Monat 2.950 Euro Vorteil: sicherer Job": [(2950.0, 2950.0, "month")],
        }
    )


def test_stop46_seventh_wave_disputes_possible_raises_fees_underpayment_and_worked_out_rates() -> None:
    _assert_kept(
        {
            # (a court's dispute and its motion)
            "Die Köchin verdiente 2.450 Euro. Beide Seiten streiten über Überstundenvergütung von "
            "14.310,20 €.": [(2450.0, 2450.0, "month")],
            "Der Fahrer verdiente 11,20 Euro. Er beantragt festzustellen, dass die Arbeitgeberin "
            "ihm einen Stundenlohn von 12,90 € schuldet.": [(11.2, 11.2, "hour")],
            # (a raise only possible)
            "Den Gärtnern macht die mögliche Erhöhung des Tariflohns von heute 12,82 Euro auf bis zu "
            "14,50 Euro Sorgen.": [(12.82, 12.82, "hour")],
            # (a fee named right after, underpaid by a figure)
            "Vor zwanzig Jahren gab es umgerechnet 140 Euro Honorar für eine Geburt.": [],
            "Der Wirt hatte die Aushilfen mit mindestens zwei Euro pro Stunde unterbezahlt.": [],
            # (the corresponding rate, a gap between the lowest and highest)
            "Erzieher verdienen 3.410 Euro brutto im Monat. Der entsprechende Stundenlohn liegt bei etwa 20,10 "
            "Euro.": [(3410.0, 3410.0, "month")],
            "Die Besoldung ist verschieden. Gut 900 Euro liegen zwischen dem höchsten und dem niedrigsten Land.": [],
            # (not a portal's ``ist festzustellen, dass``)
            "Zur Spanne ist festzustellen, dass die kleinsten Gehälter bei 2.210 € liegen.": [
                (2210.0, 2210.0, "month")
            ],
        }
    )


def test_stop47_first_wave_profit_shares_benefits_in_kind_outlays_claims_and_money_at_disposal() -> None:
    _assert_kept(
        {
            # (a profit share, a company car's taxable benefit)
            "Die Werftarbeiter erhalten eine Ergebnisbeteiligung in Höhe von 820 Euro.": [],
            "Er war als Vertriebsleiter beschäftigt gegen ein Monatsgehalt von 6.100 € brutto zuzüglich eines "
            "geldwerten Vorteils in Höhe von 720,40 € brutto für das Dienstfahrzeug.": [
                (6100.0, 6100.0, "month")
            ],
            # (a board post's whole outlay, a sum for several)
            "Pro Vorstandssitz summiert sich der Gesamtaufwand des Verbands im Jahr auf "
            "über 0,38 Millionen Euro.": [],
            "Für die drei Prokuristen nennt der Bericht nur eine Gesamtsumme: 610.000 Euro.": [],
            # (a machine's hour, paying out of one's pocket)
            "Wer den eigenen Freischneider mitbringt, erhält je Betriebsstunde 4,10 Euro.": [],
            "Für den Meisterkurs muss die angehende Konditorin selbst in die Tasche greifen und rund 9.000 "
            "Euro mitbringen.": [],
            # (a party's claim, a court's order to pay)
            "Die Klägerin begehrt 14.500 Euro wegen entgangener Vergütung.": [],
            "Das Landesarbeitsgericht verurteilte den Bauunternehmer G., seiner früheren Bürokraft 2.300 "
            "Euro zu zahlen.": [],
            # (an income that suffices for an aid; money to spend)
            "Bei Alleinerziehenden mit einem Kind unter zehn reicht oft ein Bruttoeinkommen von 750 Euro.": [],
            "So hatten die Einwohner im ländlichen Kreis Uckermark im Jahr 2019 im Schnitt 17 430 Euro für Konsum "
            "und Sparen zur Verfügung.": [],
            # (not sought-after workers, not an income that merely suffices afterwards)
            "Begehrte Fachkräfte wie Schweißer verdienen 3.600 Euro im Monat.": [(3600.0, 3600.0, "month")],
            "Sie bezieht ein Bruttoeinkommen von 3.400 Euro, und das reicht ihr.": [
                (3400.0, 3400.0, "month")
            ],
        }
    )


def test_stop47_second_wave_ranges_with_p_a_a_start_and_a_later_cap_and_what_is_no_pay() -> None:
    _assert_kept(
        {
            # (``p.a.`` after the first bound: still one range)
            "Die Festgehälter der Junior-Berater lagen zwischen € 51.000 p.a. und € 58.000 p.a.": [
                (51000.0, 58000.0, "year")
            ],
            # (a start, then what years of work bring: two figures)
            "Heilpädagoginnen beginnen beim Einstiegsgehalt von etwa 3.250 Euro brutto monatlich und "
            "erreichen mit wachsender Berufserfahrung bis zu 3.900 Euro.": [
                (3250.0, 3250.0, "month"),
                (None, 3900.0, "month"),
            ],
            "Das Einstiegsgehalt der Kliniken liegt bei rund 2.780 Euro und wächst im Laufe der Jahre auf bis zu "
            "3.640 €.": [(2780.0, 2780.0, "month"), (None, 3640.0, "month")],
            # (what one should have had, a bridge payment, a combined total, money gone to a group)
            "Als Beiratsmitglied hätte die Bürgermeisterin 2019 insgesamt 31 200 Euro als Vergütung erhalten "
            "müssen.": [],
            "Die Belegschaft erhielt im Herbst eine Brückenzahlung in Höhe von 950 Euro.": [],
            "Kombiniert erhalten die Landtagsabgeordneten also 9.870,40 Euro im Monat.": [],
            "612 000 Euro gingen an die Vorstände der Stadtwerke.": [],
            # (market values and a transfer fee)
            "Laut einem Portal ist die Stürmerin Mia Keller (24) die teuerste: 420 000 Euro.": [],
            "Die Rekordspielerin wechselte vor drei Jahren für 380 000 Euro aus Potsdam nach Lyon.": [],
            # (incomes up to a figure raised by a rate; a court's interest on a sum since a date)
            "Einkommen bis 1.450 Euro werden um 4,2 Prozent erhöht, Gehälter von mehr als 4.900 Euro steigen um "
            "den Fixbetrag von 120 Euro.": [],
            "Die Arbeitgeberin hat der Köchin 4.120,50 Euro brutto nebst Zinsen zu zahlen\n\n"
            "aus 2.714,30 EUR (in Worten: zweitausendsiebenhundertvierzehn) brutto seit 01. Mai 2019,\n\n"
            "aus 2.806,20 EUR brutto seit 01. Juni 2019.": [],
            # (a scale that may rise stays one range)
            "Das Gehalt einer Laborantin liegt bei 3.100 € und kann bis auf 4.200 € steigen.": [
                (3100.0, 4200.0, "month")
            ],
        }
    )


def test_stop47_third_wave_differences_opening_a_clause_awards_and_raises_with_a_figure() -> None:
    _assert_kept(
        {
            # (a figure opening its clause, then who earns less or more than whom)
            "Die Lücke ist deutlich: 860 Euro verdienen Kassiererinnen im Schnitt monatlich weniger als "
            "Filialleiterinnen.": [],
            # (not a level followed by a comparison in a clause of its own)
            "3.150 Euro verdienen Rettungssanitäter, mehr als viele Pflegehelfer.": [
                (3150.0, 3150.0, "month")
            ],
            # (a court's award, a pay raised with a figure)
            "Das Arbeitsgericht sprach dem Koch 9.300 Euro entgangenen Lohn zu.": [],
            "Hessen und Bremen haben die Anwärterbezüge mit jeweils rund 180 Euro am stärksten angehoben.": [],
        }
    )


def test_stop47_fourth_wave_old_currency_converted_a_price_asked_a_board_total_and_a_product() -> None:
    _assert_kept(
        {
            # (an old currency converted after ``was``)
            "Um 1990 lag das Honorar der Musiklehrer bei etwa 35 DM, was so ungefähr 18 Euro entspricht.": [],
            # (what a hairdresser asks for a cut)
            "Sie selbst nimmt in ihrem Laden dafür zum Beispiel mindestens 22 Euro.": [],
            # (a whole board's pay; a sum over months worked out)
            "Die Gesamtbezüge des Verwaltungsrats lagen 2021 bei 188.420 Euro.": [],
            "Der Kläger fordert Gehalt für die Monate Mai bis Dezember von (8 x 4.210,50 € =) 33.684,00 € "
            "brutto.": [],
        }
    )


def test_stop47_review_look_alikes_of_the_new_rules_keep_their_pay() -> None:
    _assert_kept(
        {
            # (an adjective, not a claim; talk of a figure, not a court's award)
            "Die begehrten 4.200 Euro Einstiegsgehalt bekommen nur wenige Absolventinnen.": [
                (4200.0, 4200.0, "month")
            ],
            "Der Richterbund spricht von einem Einstiegsgehalt von 4.650 Euro brutto für junge Richter.": [
                (4650.0, 4650.0, "month")
            ],
            # (a level then compared; a share of people; a bound word)
            "2.750 Euro erhalten Pflegehelfer in Sachsen und damit mehr als im Bund.": [
                (2750.0, 2750.0, "month")
            ],
            "Über 5.200 Euro erhalten mehr als die Hälfte der Fluglotsen.": [(5200.0, None, "month")],
            # (``reicht`` in another clause; a level raised by a rate)
            "Das Geld reicht kaum, obwohl sie ein Einkommen von 2.350 Euro brutto hat.": [
                (2350.0, 2350.0, "month")
            ],
            "Die Löhne von 2.850 Euro werden um 3 Prozent erhöht.": [(2850.0, 2850.0, "month")],
            # (a start, then a raise in another clause; a person available, not money)
            "Sie steigt mit 3.050 Euro ein und wird nach einem Jahr erhöht.": [(3050.0, 3050.0, "month")],
            "Die Nachtpflegerin verdient 2.950 Euro brutto und steht nachts zur Verfügung.": [
                (2950.0, 2950.0, "month")
            ],
            # (a payment named before, not this figure's)
            "Nach der Ausgleichszahlung für Überstunden blieb ihr Gehalt bei 3.280 Euro brutto.": [
                (3280.0, 3280.0, "month")
            ],
            # (no experience named: one range; none without a start named)
            "Das Gehalt liegt bei 3.250 Euro ohne Erfahrung bis 4.150 Euro.": [(3250.0, 4150.0, "month")],
            "Von 3.050 Euro nach einigen Jahren bis 4.450 Euro reicht die Spanne.": [
                (3050.0, 4450.0, "month")
            ],
        }
    )


def test_stop47_fifth_wave_proposals_worked_out_rates_examples_and_differences_in_brackets() -> None:
    _assert_kept(
        {
            # (a commission's proposal; a raise planned far after its noun)
            "Heute liegt der Mindestlohn bei 12,95 Euro. Ein Gremium schlägt vor, ihn zum Jahr 2027 auf 14,05 Euro "
            "anzuheben.": [(12.95, 12.95, "hour")],
            "Zum 1. Juli 2028 ist eine Erhöhung um weitere 55 Cent pro Stunde auf 14,75 Euro geplant.": [],
            # (a difference with its percentage in brackets)
            "Die Intendantin verdiente 176.400 Euro und damit um 29.000 Euro (oder 19 Prozent) mehr als 2019.": [
                (176400.0, 176400.0, "year")
            ],
            # (a month worked out in brackets, a minimum a rate must amount to)
            "Für 21 Arbeitstage ergibt sich ein Mindestentgelt von 2.284,80 Euro (21 Arbeitstage x 8 Stunden x "
            "13,60 Euro).": [],
            "Maßgeblich ist ein Stundensatz, der wenigstens 13,60 Euro betragen muss.": [],
            # (an example under its label)
            "Beispiel:\nEine Aushilfe hat einen Stundenlohn von 16 Euro. Sie arbeitet 30 Stunden im Monat.": [],
            # (a rate worked out for a working week or a contract's hours)
            "Der Tariflohn beträgt 2.410 Euro. Übersetzt auf die 38-Stunden-Woche liegt er bei 14,60 Euro.": [
                (2410.0, 2410.0, "month")
            ],
            "Als Gärtnerin kommst du auf 2.720 Euro monatlich. Bei einer 40-Stunden-Woche bekommst du so rund "
            "15,70 Euro je Stunde.": [(2720.0, 2720.0, "month")],
            "Er bekommt 19,80 Euro je Stunde. Bei einem Arbeitsvertrag von 160 Stunden liegt sein Monatsverdienst "
            "bei rund 3.170 Euro.": [(19.8, 19.8, "hour")],
        }
    )


def test_stop47_sixth_wave_deficits_gaps_brackets_and_costs() -> None:
    _assert_kept(
        {
            # (a deficit, a gap over other sectors, a bracket of a raise, a cost in a relative clause)
            "Nächster Artikel: 24.000 Euro Miese – Dorffestverein hofft auf Spenden": [],
            "In der Luftfahrt liegt das Gehalt bis zu 12.000 Euro über anderen Branchen.": [],
            "Künftig erhalten Beschäftigte mit Gehältern bis 3.150 Euro brutto die vollen 2,6 Prozent.": [],
            "Die 9 Mio. Euro, die der Abschluss mehr kostet als geplant, trägt das Land.": [],
            # (a figure alone named a gap by the next sentence)
            "Wo zahlen Banken am besten? Gut 15.000 Euro. So groß ist der Abstand zwischen den Branchen.": [],
            # (look-alikes: money one needs, a gap sentence after a statement of pay)
            "Sie verdient 3.200 Euro, die sie für Miete und Essen braucht.": [(3200.0, 3200.0, "month")],
            "Die Pflegerin verdient heute 2.950 Euro brutto im Monat. So groß ist der Unterschied zum Vorjahr "
            "nicht.": [(2950.0, 2950.0, "month")],
        }
    )


def test_stop47_seventh_wave_a_counted_board_paid_together() -> None:
    _assert_kept(
        {
            "So zahlte 2012 die Kasse ihren vier Vorständen insgesamt 812.000 Euro.": [],
            "Die Vorstandsvergütungen der Versicherung beliefen sich 2012 auf 655.300 Euro.": [],
            # (one board member)
            "Die Kasse zahlte ihrem Vorstand Jana Beck 245.000 Euro.": [(245000.0, 245000.0, "year")],
        }
    )


def test_stop48_a_scale_glued_to_decimals_and_a_range_of_two_periods() -> None:
    _assert_kept(
        {
            # (the scale stuck to the decimals: the whole figure, not its decimals alone)
            "Der Chef der Stadtwerke kam auf ein Jahresgehalt von 1,35Millionen Euro.": [
                (1350000.0, 1350000.0, "year")
            ],
            "Die Trainerin erhält pro Jahr rund 2,7Mio. Euro Gehalt.": [(2700000.0, 2700000.0, "year")],
            # (a zwischen range whose bounds name two periods: two figures)
            "Die Stelle bietet zwischen 52.000 Euro p.a. und 4.100 Euro im Monat.": [
                (52000.0, 52000.0, "year"),
                (4100.0, 4100.0, "month"),
            ],
            # (look-alikes: one period said once or twice stays a range)
            "Gärtner bekommen zwischen 2.300 Euro im Monat und 2.650 Euro im Monat.": [
                (2300.0, 2650.0, "month")
            ],
            "Gärtner bekommen zwischen 2.300 Euro brutto im Monat und 2.650 Euro.": [
                (2300.0, 2650.0, "month")
            ],
        }
    )


def test_stop48_first_wave_payslips_sums_for_groups_plans_and_money_on_the_account() -> None:
    _assert_kept(
        {
            # (a payslip's deduction after a minus, its base of contributions)
            "Abrechnung Mai\nGrundgehalt:        2870.10 €\nPflegevers.:    -   51.30 €\n"
            "Abzüge gesamt:  -  612.44 €": [(2870.1, 2870.1, "month")],
            "Entgelt März\nGrundgehalt:  2.640,00 €\nSV-Brutto:  2.715,80 €": [(2640.0, 2640.0, "month")],
            # (what is added on top, a term of a sum in brackets)
            "Penny zahlt Kassierern 2.400 Euro, Netto legt noch 150 Euro drauf.": [(2400.0, 2400.0, "month")],
            "Verfügbar im Monat: 1380 Euro (800 + 580 Euro)": [(1380.0, 1380.0, "month")],
            # (money arriving on the account, a figure extrapolated)
            "Statt 2.480 Euro fließen künftig 1.560 Euro auf ihr Girokonto.": [],
            "Aufs Jahr gerechnet wären das für den Intendanten 212.000 Euro.": [],
            # (a counted group's sum, a sum for a group, a sum floated, a band planned)
            "Die Vergütung der drei Vorstände der Stadtwerke lag 2022 bei 1,2 Millionen Euro.": [],
            "Der Konzern zahlte 3,4 Millionen Euro an Bezügen für die Vorstandsmitglieder.": [],
            "In der Presse wurde ein Gehalt von 160.000 Euro ins Spiel gebracht.": [],
            "Die Bezüge sollen sich bald irgendwo zwischen 150.000 und 170.000 Euro einpendeln.": [],
            # (look-alikes: an average of a counted group, each of it, gross on the account, a first term
            # outside brackets)
            "Im Mittel erhielten die fünf Vorstände 612 000 Euro.": [(612000.0, 612000.0, "year")],
            "Jede der beiden Geschäftsführerinnen erhielt 240.000 Euro.": [(240000.0, 240000.0, "year")],
            "Jeden Monat landen 3.900 Euro brutto auf seinem Konto.": [(3900.0, 3900.0, "month")],
            "Im dritten Jahr gibt es 1.120 Euro + 60 Euro Zulage pro Monat.": [(1120.0, 1120.0, "month")],
            # (a payment's name with a hyphen after a hotel is no hotel bill)
            "Die Vergütung im Hotel- und Gaststättengewerbe:\n  1. Jahr: € 610 bis € 820 brutto": [
                (610.0, 820.0, "month")
            ],
        }
    )


def test_stop48_second_wave_glued_lists_signs_conversions_and_broken_figures() -> None:
    _assert_kept(
        {
            # (a flattened list: ``Euro`` glued to the next label's capital)
            "Stundenlohn nach Land: Bremen: 16,10 EuroSaarland: 15,40 EuroBayern: 17,05 Euro": [
                (16.1, 16.1, "hour"),
                (15.4, 15.4, "hour"),
                (17.05, 17.05, "hour"),
            ],
            # (a plus before a percentage is a change's sign, no open tail)
            "Gesellen im 3. Jahr verdienen 2.780 Euro+ 4 %": [(2780.0, 2780.0, "month")],
            # (a figure worked out from another pay, converted to another period, a division in
            # brackets, a year after a month's name)
            "Bei einem Jahresgehalt von 38.200 € kommen Köche auf einen Stundenlohn von etwa 18 €.": [
                (38200.0, 38200.0, "year")
            ],
            "Auf den Monat umgerechnet (41.000 € / 12) sind das für die Sekretärin 3.417 €.": [],
            "Ausbildungsbeginn nach dem 1. März 2021€ 790€ 860€ 930": [
                (790.0, 790.0, "month"),
                (860.0, 860.0, "month"),
            ],
            # (a sum a relative clause says is invested; a counted group paid together, in the dative)
            "Dann reden wir von bis zu 14.000 Euro, die der Betrieb investiert.": [],
            "Die Kliniken zahlen ihren drei Direktoren insgesamt 690.000 EUR.": [],
            # (look-alikes: a list of amounts in brackets, one manager after a group's sum)
            "Top sind Dachdecker (880 Euro / 1.010 Euro / 1.190 Euro) im Monat.": [
                (880.0, 880.0, "month"),
                (1010.0, 1010.0, "month"),
                (1190.0, 1190.0, "month"),
            ],
            "Die Bank zahlt ihren zwei Vorständen insgesamt 610.000 EUR, der Chef der Tochter bekommt rund "
            "230.000 EUR.": [(230000.0, 230000.0, "year")],
        }
    )


def test_stop48_third_wave_gaps_to_places_ends_discounts_freelancers_and_settlements() -> None:
    _assert_kept(
        {
            # (a gap to a place, an end of the scale, a discount, a freelancer's rate)
            "Kreis Olpe liegt damit gut 700 Euro über Höxter.": [],
            "Für Aushilfen ist bei einem Stundenlohn von 13,20 Euro Schluss.": [(None, 13.2, "hour")],
            "Wer früh bucht, bekommt einen Nachlass von 90 Euro.": [],
            "Selbstständige Grafiker verlangen im Mittel 68 Euro Stundensatz, sagt eine Umfrage unter Freiberuflern.": [],
            # (a worked example from a count, a settlement's sum, a year after a month's name)
            "Bei ungefähr 180 Stunden je Monat ergibt sich so ein Lohn von 2.950 EUR.": [],
            "Der Beklagte verpflichtet sich, für Mai 2014 € 618,20 brutto zu zahlen.": [],
            # (look-alikes: a pay above a group's rate over years, a sum someone reaches)
            "Bei 38 Stunden pro Woche kommst du so auf einen Lohn von 2.870 Euro brutto.": [
                (2870.0, 2870.0, "month")
            ],
            "Die Pflegerin verdient 2.900 Euro über Jahre hinweg.": [(2900.0, 2900.0, "month")],
        }
    )


def test_stop48_review_look_alikes_of_the_new_rules_keep_their_pay() -> None:
    _assert_kept(
        {
            # (a glued scale ends no sentence without its currency; a bullet after a colon; a tax word)
            "Der Umsatz stieg auf 3,7Mio. Die Monteure verdienen 3.100 Euro im Monat.": [
                (3100.0, 3100.0, "month")
            ],
            "Unser Angebot: - 3.650 € brutto im Monat - 28 Tage Urlaub": [(3650.0, 3650.0, "month")],
            "Vor Abzug der Steuer hat er brutto 3.300 Euro im Monat.": [(3300.0, 3300.0, "month")],
            # (a gross figure beside money on the account; one person beside a counted group)
            "Er verdient 3.900 Euro, davon gehen 2.600 Euro auf sein Konto.": [(3900.0, 3900.0, "month")],
            "Neben den zwei Vorständen verdient der Prokurist 125.000 Euro.": [(125000.0, 125000.0, "year")],
            # (a level for each of a group; base pay named before a bracket; pay for hours)
            "Der Haustarif sieht 6.100 Euro für alle Manager vor.": [(6100.0, 6100.0, "month")],
            "Sein Lohn (13,10 € + 1,50 € Zulage) reicht kaum.": [(13.1, 13.1, "hour")],
            "Ihr Gehalt (2.750 € / 39 h pro Woche) ist tariflich.": [(2750.0, 2750.0, "month")],
            # (a level after an entry pay; a survey's weighting; a figure written on a payslip)
            "Bei einem Einstiegsgehalt von 2.800 Euro erreichen erfahrene Gärtner 3.600 Euro.": [
                (2800.0, 2800.0, "month"),
                (3600.0, 3600.0, "month"),
            ],
            "Laut Umfrage verdienen Teilzeitkräfte hochgerechnet 2.300 Euro im Monat.": [
                (2300.0, 2300.0, "month")
            ],
            "Auf ihrem Gehaltszettel stehen 2.700 Euro drauf.": [(2700.0, 2700.0, "month")],
            # (a year named after the period word is a date, no second period)
            "Sie verdienen zwischen 3.200 Euro monatlich und 3.500 Euro im Jahr 2022.": [
                (3200.0, 3500.0, "month")
            ],
        }
    )


def test_stop48_fourth_wave_payments_points_court_wins_results_and_counted_places() -> None:
    _assert_kept(
        {
            # (a year's pay split into its payments; the value of points; a figure with three decimals per hour)
            "Eine Köchin verdiente 29.400 € im Jahr, das waren 14 Mal etwa 2.100 € brutto.": [
                (29400.0, 29400.0, "year")
            ],
            "Weil 200 Punkte 4.310 Euro entsprechen, gilt die neue Tabelle.": [],
            "Mindestlohn Gebäudereinigung: 13,517 EUR pro Stunde": [],
            "Ein Rentenpunkt hat heute einen Wert von 40,79 Euro.": [],
            # (a generic earner after ``Beispiel:``, a sum won in court)
            "Beispiel: Eine Angestellte verdient € 2.850,00 brutto pro Monat.": [],
            "Gewerkschaft erstritt 3.400 Euro für Küchenhilfe": [],
            # (a result opening its sentence, a raise per head after ``Das sind``, a day's rate)
            "Der Stürmer verdient zwei Millionen Euro im Jahr. Macht im Monat 166.000 Euro brutto.": [
                (2000000.0, 2000000.0, "year")
            ],
            "Die Pfleger erhalten eine Anhebung der Grundgehälter um 9 Millionen Euro. Das sind rund 950 Euro im "
            "Monat.": [],
            "Der Berater verlangt 1.400 Euro pro Tag.": [],
            # (a floor's list ends at a clause of its own; a bound counting places)
            "Ein Tischler bekommt in Kärnten mindestens 2.450 Euro brutto, während es in Zürich umgerechnet "
            "5.100 Euro sind.": [(2450.0, None, "month"), (5100.0, 5100.0, "month")],
            "Leitungen von Häusern ab 120 Plätzen kommen auf bis zu 5.200 Euro pro Monat.": [
                (None, 5200.0, "month")
            ],
        }
    )


def test_stop48_fifth_wave_sums_for_months_child_supplements_referees_and_theory() -> None:
    _assert_kept(
        {
            # (a sum for several months; a child's supplement; a theoretical pay; what is left)
            "Für drei Monate Weinlese hat sie rund 4.100 Euro bekommen.": [],
            "Zuschlag 1. und 2. Kind je 131,40€; ab dem 3. Kind: 402,18€": [],
            "Damit kommt man auf einen theoretischen Lohn von EUR 2.240,00 im Monat.": [],
            "Nach der Miete bleiben ihr gerade mal 60 €.": [],
            # (a referees' text: fees per match; a year's pay keeps its figure)
            "Wie viel bekommen Schiedsrichter?\nDie Linienrichter erhalten 1.900 Euro, in der Regionalliga 280 "
            "Euro.\nTop-Schiedsrichter werden mit 90.000 Euro entlohnt.": [(90000.0, 90000.0, "year")],
        }
    )


def test_stop48_second_review_look_alikes_keep_their_pay() -> None:
    _assert_kept(
        {
            # (a pay won by a union, after a ruling with its period; theory lessons; a period named)
            "Der Verband hat für Gärtner einen Stundenlohn von 15,20 Euro erkämpft.": [(15.2, 15.2, "hour")],
            "Seit dem Urteil bringt die Stelle als Pförtner 2.350 Euro im Monat.": [
                (2350.0, 2350.0, "month")
            ],
            "Im theoretischen Teil bekommen Pflegeschülerinnen 1.150 Euro im Monat.": [
                (1150.0, 1150.0, "month")
            ],
            "Für vier Monate erhält die Werkstudentin 1.300 Euro monatlich.": [(1300.0, 1300.0, "month")],
            # (payments counted without a year's figure before; a raise in per cent; a pay that stays)
            "Ein Polizist bekommt also 14 mal 3.050 Euro brutto.": [(3050.0, 3050.0, "month")],
            "Geplant ist eine Erhöhung um 4 Prozent. Das sind dann 3.250 Euro brutto im Monat.": [
                (3250.0, 3250.0, "month")
            ],
            "Der Stundenlohn bleibt nur 13,10 Euro, weil der Tarif ausläuft.": [(13.1, 13.1, "hour")],
            # (a referee's own pay with its words)
            "Über Schiedsrichter:\nDie Schiedsrichterin bekommt einen Stundenlohn von 24 Euro.": [
                (24.0, 24.0, "hour")
            ],
        }
    )


def test_stop48_sixth_wave_banknotes_pension_funds_glued_euro_and_years_before_figures() -> None:
    _assert_kept(
        {
            # (banknotes in a caption; a pension fund paid into; a performance supplement; a court's value)
            "Auf dem Foto: Banknoten zu 5, 10 und 20 Euro.": [],
            "Für jeden Abgeordneten zahlt das Land 1.480 Euro in ein Versorgungswerk.": [],
            "Dazu kommt ein Leistungsbezug in Höhe von 1.870,20 EUR.": [],
            "Der Wert der Beschwer wird auf 6.410,00 EUR festgesetzt.": [],
            # (a month's pay times its payments; a year opening the next figure's currency)
            "Das sind EUR 6.900,00 (14 mal im Jahr = EUR 96.600,00).": [(6900.0, 6900.0, "month")],
            "Die Zulage beträgt je Sitzung, das sind 2021 EUR 24,90.": [],
            # (a thousands figure glued to ``Euro``)
            "Die Köchin verdient 2.655Euro brutto im Monat.": [(2655.0, 2655.0, "month")],
        }
    )
