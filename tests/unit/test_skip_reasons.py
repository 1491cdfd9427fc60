"""Every euro amount ends as a record or as a skipped amount with a steward's reason."""

from __future__ import annotations

import functools
import hashlib
import re

import polars as pl
import pytest

from flows.explain import REASON_TEXT
from flows.extract import SKIPPED_COLUMNS, Extraction, extract
from flows.extract.context import SKIP_REASONS


def run(text: str) -> Extraction:
    doc_id = hashlib.sha256(text.encode()).hexdigest()
    return extract(pl.DataFrame({"document_id": [doc_id], "text": [text]}))


# text, the amount that must be skipped, its reason
SKIPPED = [
    # (stop 44, fifth wave: what a side insisted on, an aim not reached, a cut pushed for, a benefit)
    (
        "Verdi hatte bei den Gesprächen auf einer Erhöhung von derzeit 1.740 Euro auf 1.900 Euro bestanden.",
        "1.900 Euro",
        "demand_or_proposal",
    ),
    (
        "Die Arbeitnehmerseite hat ihr Ziel von 1.650 Euro damit verfehlt.",
        "von 1.650 Euro",
        "demand_or_proposal",
    ),
    (
        "Der Konzern versuche die Stundenlöhne der Packer auf neun Euro zu drücken.",
        "neun Euro",
        "demand_or_proposal",
    ),
    (
        "Im Mai zahlte die Krankenkasse ihr Mutterschaftsgeld von 13 Euro.",
        "von 13 Euro",
        "benefit_or_stipend",
    ),
    # (stop 44, fourth wave: a court's sum interest runs on, a claim made, pay withheld, fees billed,
    # a poaching bounty, what pay must be in reported speech)
    ("Die Beklagte zahlt Zinsen seit dem 01.03.2019 aus 2.480,00 EUR.", "2.480,00 EUR", "price_or_fee"),
    ("Er machte Lohnansprüche in Gesamthöhe von 4.120,40 EUR geltend.", "von 4.120,40 EUR", "price_or_fee"),
    ("Vom Lohn wurden ihm 950 Euro einbehalten.", "950 Euro", "tax_or_deduction"),
    ("Eine Zahnärztin rechnet im Schnitt 210.000 € an Honoraren ab.", "210.000 €", "budget_or_turnover"),
    (
        "Pflegekräfte sollen für ein Kopfgeld von 3000 Euro abgeworben werden.",
        "von 3000 Euro",
        "bonus_or_allowance",
    ),
    (
        "Laut Gewerkschaft müsse der Stundenlohn mindestens 16 Euro betragen.",
        "mindestens 16 Euro",
        "demand_or_proposal",
    ),
    # (stop 44, third wave: a sum sued for, anniversary and lump-sum payments, a change in per cent
    # given in euros too, too little paid, wages missed, a leaver's holiday pay)
    ("Die Klage lautete wegen 8.240,50 EUR brutto sA auf Zahlung.", "8.240,50 EUR", "price_or_fee"),
    (
        "Zum Dienstjubiläum gibt es künftig Jubiläumszahlungen von 350 Euro.",
        "von 350 Euro",
        "one_off_payment",
    ),
    ("Im Dezember erhalten alle Angestellten pauschal 120 Euro.", "120 Euro", "one_off_payment"),
    (
        "Der Verdienst der Gärtner ist um 4,5 Prozent oder umgerechnet 130 Euro gestiegen.",
        "130 Euro",
        "raise_or_difference",
    ),
    ("Dem Fahrer wurden zwei Euro Stundenlohn zu wenig gezahlt.", "zwei Euro", "raise_or_difference"),
    ("Dadurch entgingen den Helfern rund 4.100 Euro Lohn.", "rund 4.100 Euro", "raise_or_difference"),
    ("Offen ist noch die Urlaubsersatzleistung von 1.210,40 EUR.", "von 1.210,40 EUR", "one_off_payment"),
    # (stop 44, second wave: a court's value of the matter, outlays, deviations, agreements' sizes,
    # what a group wants)
    ("Laut Urteil beträgt der Wert der streitigen Sache 2.918,40 €.", "2.918,40 €", "price_or_fee"),
    (
        "Die Stadt trägt Aufwendungen von rund 260.000 Euro im Jahr.",
        "rund 260.000 Euro",
        "budget_or_turnover",
    ),
    (
        "Im Mittel gibt es kleine Abweichungen von 300 Euro bis 700 Euro zwischen den Kliniken.",
        "von 300 Euro bis 700 Euro",
        "raise_or_difference",
    ),
    (
        "Im Süden gab es dagegen Tarifabschlüsse von 190 bis zu 260 Euro.",
        "von 190 bis zu 260 Euro",
        "raise_or_difference",
    ),
    ("Dafür möchte die Belegschaft künftig 18 Euro die Stunde.", "18 Euro", "demand_or_proposal"),
    # (stop 44: the first of a list of changes, a wage bill)
    (
        "Damit liegen Gruppe A um 410 Euro und Gruppe B um 445 Euro über dem alten Tarif.",
        "um 410 Euro",
        "raise_or_difference",
    ),
    (
        "Jeden Monat gehen 180 000 Euro an Gehältern für die Belegschaft der Oper raus.",
        "180 000 Euro",
        "budget_or_turnover",
    ),
    ("Der Tariflohn steigt um 95 Euro im Monat.", "um 95 Euro", "raise_or_difference"),
    (
        "Ein Koch in Hamburg bekommt 280 Euro mehr als in Rostock, also 2.900 € statt 2.620 €.",
        "280 Euro",
        "raise_or_difference",
    ),
    ("Die Löhne legten um 61 Euro bzw. 2,1 Prozent zu.", "um 61 Euro", "raise_or_difference"),
    ("Die Pflegekräfte bekommen eine einmalige Zahlung von 400 Euro.", "von 400 Euro", "one_off_payment"),
    ("Hinzu kommt ein Inflationsausgleich von 1.200 Euro.", "von 1.200 Euro", "one_off_payment"),
    ("Er verdient 3.100 Euro brutto, netto bleiben 2.050 Euro.", "2.050 Euro", "net_pay"),
    ("Für Nachtdienste gibt es eine Zulage von 140 Euro.", "von 140 Euro", "bonus_or_allowance"),
    ("Die Minijob-Grenze liegt bei 556 Euro.", "556 Euro", "threshold"),
    ("Das BAföG beträgt höchstens 992 Euro.", "höchstens 992 Euro", "benefit_or_stipend"),
    ("Der Kurs kostet 1.450 Euro.", "1.450 Euro", "price_or_fee"),
    (
        "Der Betrieb machte einen Umsatz von 2,3 Millionen Euro.",
        "von 2,3 Millionen Euro",
        "budget_or_turnover",
    ),
    ("Die Beschäftigten als 556-Euro-Kräfte verdienen dort 13 Euro pro Stunde.", "556-Euro", "job_name"),
    ("Damals gab es 2.400 DM, umgerechnet 1.227 Euro.", "1.227 Euro", "old_currency"),
    ("Die Gewerkschaft fordert einen Stundenlohn von 15 Euro.", "von 15 Euro", "demand_or_proposal"),
    ("Sie verdient 2.900 € im Monat, was 34.800 € im Jahr entspricht.", "34.800 €", "restatement"),
    ("Die Bank erlässt den Restbetrag von 3.480 Euro.", "von 3.480 Euro", "no_pay_context"),
    ("Servicekräfte im Kino bekommen keine 15 Euro pro Stunde.", "15 Euro", "negated"),
    ("Die Besoldung wird mit 2.640 Euro im Monat besteuert.", "2.640 Euro", "tax_or_deduction"),
    (
        "Der Verein zahlte 52.000 Euro in die Altersversorgung seines Trainers.",
        "52.000 Euro",
        "bonus_or_allowance",
    ),
    ("Die Differenz zwischen Stadt und Land beträgt 300 Euro.", "300 Euro", "raise_or_difference"),
    ("Für einen Hausbesuch zahlt die Kasse der Hebamme rund 38 €.", "rund 38 €", "per_unit_rate"),
    ("Der Stundenlohn der Floristin beträgt damit 15, 62 Euro.", "62 Euro", "not_an_amount"),
    ("Die Ausbildungsvergütung gilt bis 31.08.2026 EUR", "2026 EUR", "not_an_amount"),
    ("Die Gesellenstunde berechnen wir mit 58,20 Euro zzgl. 19 % MwSt.", "58,20 Euro", "price_or_fee"),
    (
        "11,20 Euro die Stunde für Spargelstecher – das wäre ein Plus von einem Fünftel.",
        "11,20 Euro",
        "hypothetical",
    ),
    ("Nach Strom und Telefon bleiben 380 Euro.", "380 Euro", "tax_or_deduction"),
    (
        "Im Nebenjob darf der Verdienst die Höhe von 520 Euro nicht überschreiten.",
        "von 520 Euro",
        "threshold",
    ),
    (
        "Nach zwei Amtszeiten stehen einer Ministerin 4.870 Euro Ruhegeld im Monat zu.",
        "4.870 Euro",
        "benefit_or_stipend",
    ),
    (
        "Der Branchenmindestlohn beträgt 13,20 Euro pro Stunde. Betriebe zahlen also einen Lohn von 13,20 Euro pro Stunde.",
        "von 13,20 Euro",
        "repeated",
    ),
    ("Jeder Etappensieger erhält 8.000 Euro, der Zweite 4.000 Euro.", "8.000 Euro", "one_off_payment"),
    (
        "In Österreich wird über eine Anhebung des Mindestlohns auf 13 Euro je Stunde diskutiert.",
        "13 Euro",
        "demand_or_proposal",
    ),
    (
        "Die Kette will künftig einen Mindestlohn von umgerechnet etwa 2.300 Euro zahlen.",
        "etwa 2.300 Euro",
        "demand_or_proposal",
    ),
    (
        "Die Kommission hat eine Anhebung auf 14,20 Euro pro Stunde empfohlen.",
        "14,20 Euro",
        "demand_or_proposal",
    ),
    ("Personalaufwand Mio. € 171,0 166,2", "€ 171,0", "budget_or_turnover"),
    ("Die beiden Vorständinnen teilen sich 290.000 Euro.", "290.000 Euro", "budget_or_turnover"),
    (
        "Der Vorsprung der Chemie schrumpfte auf rund 120.000 Euro.",
        "rund 120.000 Euro",
        "raise_or_difference",
    ),
    (
        "Rechenbeispiel: Verdienst du 1.400 Euro brutto im Monat, gehen davon gut 280 Euro ab.",
        "1.400 Euro",
        "hypothetical",
    ),
    # a sum shared out, or spent on a body; all together
    (
        "Die Räte der Bank bekamen 96.000 Euro. Diese Summe teilen sich neun Mitglieder.",
        "96.000 Euro",
        "budget_or_turnover",
    ),
    ("Alle zusammen bekamen die Aufseher 312.000 Euro.", "312.000 Euro", "budget_or_turnover"),
    ("Rund 88 000 Euro wandte der Verband für seinen Vorstand auf.", "Rund 88 000 Euro", "employer_cost"),
    # a recommended setting is a proposal
    (
        "Der Ausschuss empfiehlt, die Vergütung ab Mai auf 13,70 Euro je Stunde anzuheben.",
        "13,70 Euro",
        "demand_or_proposal",
    ),
    # a figure one imagines; an example phrase to write; a book's price; a household's income
    ("Sagen Sie nie, Sie stellen sich 61.000 Euro vor.", "61.000 Euro", "demand_or_proposal"),
    ('Auch eine Zahl geht: "z. B. liegt bei 42.000 Euro im Jahr".', "42.000 Euro", "hypothetical"),
    ("Buchtipp: „Mehr Gehalt“, Redline, 17,99 Euro", "17,99 Euro", "price_or_fee"),
    (
        "Das höchste Haushaltseinkommen wurde in Pankow (3.120 Euro) ermittelt.",
        "3.120 Euro",
        "budget_or_turnover",
    ),
    # places in a race
    ("Ein dritter Platz bringt 7.500 Euro.", "7.500 Euro", "one_off_payment"),
    # a pay band of a rule
    ("Einkommen über 4.800 Euro steigen um 2,1 Prozent.", "über 4.800 Euro", "threshold"),
    # a bonus beside base pay; the top management's sum
    (
        "Die höchsten Prämien neben der Grundvergütung gab es bei der Kasse Süd mit 52.000 Euro.",
        "52.000 Euro",
        "one_off_payment",
    ),
    (
        "Im Vorjahr hatte das Top-Management der Gruppe noch 22,4 Millionen Euro erhalten.",
        "22,4 Millionen Euro",
        "budget_or_turnover",
    ),
    # as if; a calculation; a new rate per sitting; an allowance named after its period; an advantage
    ("Das wäre so, als hätte der Chef 390 Mio. Euro eingestrichen.", "390 Mio. Euro", "hypothetical"),
    ("Die Rechnung: 12,80 Euro + 9,70 Euro = 22,50 Euro.", "12,80 Euro", "hypothetical"),
    ("Die Räte erhalten künftig 40 statt 35 Euro für Sitzungen bis zu fünf Stunden.", "40", "per_unit_rate"),
    (
        "Die Senatorin erhält ca. 700 Euro pro Monat Dienstaufwandsentschädigung.",
        "ca. 700 Euro",
        "bonus_or_allowance",
    ),
    ("Der Einkommensvorteil liegt im Schnitt bei 488 Euro.", "488 Euro", "raise_or_difference"),
    # a mileage allowance
    (
        "Das Kilometergeld ist der feste Betrag von 0,30 €, den du je Kilometer bekommst.",
        "von 0,30 €",
        "bonus_or_allowance",
    ),
    # money to be set aside
    ("Für den Meisterkurs müssen Gesellen rund 9.000 Euro einplanen.", "rund 9.000 Euro", "price_or_fee"),
    # a cell under a net column of the table's header
    ("| Stufe | Brutto | Netto |\n| Stufe 3 | 3.402,10 € | 2.219,87 € |", "2.219,87 €", "net_pay"),
    ("Mit 240 Euro im Monat schlägt der Hortplatz für ein Schulkind zu Buche.", "240 Euro", "price_or_fee"),
    (
        "Bislang ist geplant, dass die Lohnuntergrenze im Frühjahr auf 13,40 Euro steigt.",
        "13,40 Euro",
        "demand_or_proposal",
    ),
    (
        "Stundenlöhne unter 11,50 Euro darf es im Handwerk nicht mehr geben.",
        "unter 11,50 Euro",
        "demand_or_proposal",
    ),
    ("Erwachsene bezahlen im Chor künftig 18 Euro im Monat.", "18 Euro", "price_or_fee"),
    (
        "Die Tarife sehen 1.800 Euro vierzehnmal im Jahr vor, wodurch sich ein Monatsschnitt von 2.100 Euro brutto ergibt.",
        "von 2.100 Euro",
        "restatement",
    ),
    (
        "Verkäuferinnen kamen auf 17,40 Euro je Stunde und damit 3,10 Euro oder knapp 15 Prozent weniger als Verkäufer.",
        "3,10 Euro",
        "raise_or_difference",
    ),
    (
        "Bei Piloten betragen die Kürzungen im Einzelfall bis zu 2.500 Euro monatlich.",
        "bis zu 2.500 Euro",
        "raise_or_difference",
    ),
    (
        "Die Betriebe überweisen für jeden tariflich Beschäftigten 120 Euro an die Hilfsorganisation.",
        "120 Euro",
        "price_or_fee",
    ),
    (
        "Die NGG will für die Fahrer einen garantierten Stundenlohn von 16 Euro durchsetzen.",
        "von 16 Euro",
        "demand_or_proposal",
    ),
    (
        "Der Verein bezahlte für seine sieben Trainer zusammen gerade mal 84 000 Euro.",
        "84 000 Euro",
        "budget_or_turnover",
    ),
    (
        "Das Einkommen wäre ohne die Hauptstadt um sechs Prozent niedriger: um rund 2 900 Euro.",
        "rund 2 900 Euro",
        "raise_or_difference",
    ),
    (
        "In Kassel müssen Familien, die mehr als 20.000 Euro im Jahr verdienen, schon Gebühren (ab 22 Euro im Monat) entrichten.",
        "ab 22 Euro",
        "price_or_fee",
    ),
    (
        "Die stellvertretende Vorsitzende erhält 210 statt 170 Euro als Aufwandsentschädigung.",
        "210",
        "bonus_or_allowance",
    ),
    ("Der Wirt sagte, er habe eher mit 16 Euro gerechnet.", "16 Euro", "hypothetical"),
    (
        "Ab 2026 erhalten alle Beschäftigten eine zusätzliche tarifliche Vergütung von 800 Euro, die im Juli ausgezahlt wird.",
        "von 800 Euro",
        "bonus_or_allowance",
    ),
    (
        "Die Einnahmen aus Gutachten werden auf rund 90.000 € p.a. geschätzt – netto wohlgemerkt.",
        "rund 90.000 €",
        "net_pay",
    ),
    (
        "Beachte, dass du nicht mehr als 6.300 Euro im Jahr verdienen darfst.",
        "nicht mehr als 6.300 Euro",
        "threshold",
    ),
    (
        "Zu zahlen sind weitere 87,40 EUR (in Worten: Siebenundachtzig und 40/100 Euro) brutto.",
        "100 Euro",
        "not_an_amount",
    ),
    (
        "Zu zahlen sind weitere 87,40 EUR (in Worten: Siebenundachtzig und 40/100 Euro) brutto.",
        "40",
        "not_an_amount",
    ),
    ("Sollte der Mindestlohn auf 16 Euro steigen, würden viele Höfe schließen.", "16 Euro", "hypothetical"),
    ("Am Monatsende nimmt er so 1.790 Euro mit nach Hause.", "1.790 Euro", "net_pay"),
    ("Künftig 158 Euro pro Monat für Kitabetreuung mit langen Öffnungszeiten.", "158 Euro", "price_or_fee"),
    ("Bei 35 Stunden in der Woche habe ich ungefähr 1.450 Euro raus.", "ungefähr 1.450 Euro", "net_pay"),
    (
        "Das Angebot der Kapitalseite sieht Einstiegslöhne von 9,70 Euro pro Stunde vor.",
        "von 9,70 Euro",
        "demand_or_proposal",
    ),
    (
        "Die Vergütungen steigen um folgende Beträge: im 1. Jahr um € 15,-, im 2. Jahr um € 22,-, im 3. Jahr um € 28,-.",
        "um € 28,-",
        "raise_or_difference",
    ),
    (
        "Lehrer bekommen eine Sonderzulage, die ebenfalls das Land festlegt, in Höhe von knapp 5900 Euro brutto im Jahr.",
        "knapp 5900 Euro",
        "bonus_or_allowance",
    ),
    (
        "Die meisten Befragten erachten zwischen 11 und 13 Euro als angemessen für ihre Arbeit.",
        "zwischen 11 und 13 Euro",
        "demand_or_proposal",
    ),
    (
        "Ein Viertel gibt sich laut Umfrage mit einem Stundenlohn zwischen 9 Euro und 11 Euro zufrieden.",
        "zwischen 9 Euro und 11 Euro",
        "demand_or_proposal",
    ),
    (
        "Die Beiräte werden für ihre Arbeit in der Regel mit rund 800 Euro jährlich entschädigt.",
        "rund 800 Euro",
        "bonus_or_allowance",
    ),
    (
        "In manchen Berufen können Arbeitnehmer von einem Stundenlohn von 21 Euro nur träumen.",
        "von 21 Euro",
        "hypothetical",
    ),
    (
        "Um eine Rente von ca. 1500 Euro zu erreichen, muss man ca. 45 Jahre lang 3300 Euro brutto verdient haben.",
        "3300 Euro",
        "hypothetical",
    ),
    (
        "Im Jahr darf das Einkommen eines Schülers nicht über 7900 Euro liegen, sonst fällt das Kindergeld weg.",
        "nicht über 7900 Euro",
        "threshold",
    ),
    (
        "(2) Ab dem 1. April gelten die Monatsbeträge der Anlagen unter Berücksichtigung einer Anpassung\n- 1.\n"
        "des Grundgehalts um 150 Euro und sodann um 4,1 Prozent,",
        "um 150 Euro",
        "raise_or_difference",
    ),
    (
        "Wenn der Mindestlohn steigt, könnten Verkäuferinnen 2.600 Euro verdienen.",
        "2.600 Euro",
        "hypothetical",
    ),
    (
        "Das Grundgehalt einer W2-Stelle schwankt je nach Land; es unterscheidet sich um knapp 700 Euro.",
        "knapp 700 Euro",
        "raise_or_difference",
    ),
    (
        "Im Schnitt bekamen die Beschäftigten 310 Euro im Monat (inklusive 45 Euro Fahrtkostenzuschuss).",
        "45 Euro",
        "bonus_or_allowance",
    ),
    (
        "Kaufkraft in Sachsen wächst\nPro Kopf stehen im Vogtland 21.400 Euro im Jahr zur Verfügung.",
        "21.400 Euro",
        "net_pay",
    ),
    (
        "Eine Ergotherapeutin verdient 2.880 Euro im Monat. Bei einer Vollzeitstelle kommt man damit auf "
        "einen Stundenlohn von 17,60 Euro.",
        "von 17,60 Euro",
        "restatement",
    ),
    ("Einer Studentin standen im Schnitt 870 Euro im Monat zur Verfügung.", "870 Euro", "net_pay"),
    (
        "Die Kostenerstattung für Fahrten liegt bei bis zu 300 Euro pro Mitarbeiter.",
        "bis zu 300 Euro",
        "employer_cost",
    ),
    (
        "Die Fortbildung dauert zwei Jahre, 12.000 Euro müssen die Teilnehmer selbst bezahlen.",
        "12.000 Euro",
        "price_or_fee",
    ),
    ("Das Gehalt der Köche liegt rund 400 Euro unter Durchschnitt.", "rund 400 Euro", "raise_or_difference"),
    (
        "Als Beamtin in A 7 sind es im Schnitt 2.450 Euro, die netto auf dem Konto ankommen.",
        "2.450 Euro",
        "net_pay",
    ),
    ("Für Dienstfahrten gibt es pauschal je gefahrenem Kilometer 0,35 Euro.", "0,35 Euro", "per_unit_rate"),
    (
        "Der mittlere Lohn stieg im Osten um 104 Euro, im Westen waren es nur 71 Euro.",
        "71 Euro",
        "raise_or_difference",
    ),
    (
        "Im Jahr 2021 betrug der Abstand noch 610 Euro. 2018 waren es sogar 702 Euro.",
        "702 Euro",
        "raise_or_difference",
    ),
    (
        "Binnen eines Jahres schrumpfte der Einkommensvorsprung der Ärztinnen auf etwa 9.500 Euro.",
        "etwa 9.500 Euro",
        "raise_or_difference",
    ),
    (
        "Ein Lektor kommt auf 39.000 Euro im Jahr. Oder, umgerechnet auf ein Stundengehalt in der 40-Stunden-Woche: 19 Euro.",
        "19 Euro",
        "restatement",
    ),
    (
        "Setzen wir für Azubis einmal 16 Euro pro Stunde an, dann kostet das den Betrieb viel.",
        "16 Euro",
        "hypothetical",
    ),
    (
        "Dem Kläger steht ein Lohn von 2.900 Euro zu. 4. Der Wert des Streitgegenstands wird auf 7.412,50 EUR festgesetzt.",
        "7.412,50 EUR",
        "price_or_fee",
    ),
    (
        "Die Ausbildungsvergütung wird um 80 Euro erhöht – 40 Euro zum 1. April 2025 und 40 Euro zum 1. April 2026.",
        "40 Euro",
        "raise_or_difference",
    ),
    (
        "Was verdient man als Gärtnerin? Hier stehen Zahlen zum monatlichen Nettoeinkommen in Vollzeit. "
        "Die Hälfte der Beschäftigten verdient mindestens 1.980 Euro.",
        "mindestens 1.980 Euro",
        "net_pay",
    ),
    (
        "Redakteure verdienen hier 3.400 Euro. Unterstützen Sie unabhängigen Journalismus: Mit nur 3 Euro im Monat bist du dabei!",
        "3 Euro",
        "price_or_fee",
    ),
    (
        "Wer als Student mehr als 556 Euro im Monat verdient, ist nicht mehr familienversichert.",
        "mehr als 556 Euro",
        "threshold",
    ),
    (
        "Rechnet man alles zusammen, ergibt sich ein Einkommensverzicht von im Schnitt 61 300 Euro.",
        "61 300 Euro",
        "raise_or_difference",
    ),
    (
        "Die großen Praxen legen 1.800 Euro für Einsteiger obendrauf, die kleinen 900 Euro.",
        "1.800 Euro",
        "raise_or_difference",
    ),
    ("Dazu kommt ein Leistungsbezug von monatlich 450,00 EUR.", "450,00 EUR", "bonus_or_allowance"),
    ("Für jeden Sitzungstag gibt es ein Tagegeld von 320 Euro.", "von 320 Euro", "bonus_or_allowance"),
    (
        "Verdienst du als Koch mehr als 3.100 Euro im Monat, liegst du über dem Schnitt.",
        "mehr als 3.100 Euro",
        "hypothetical",
    ),
    (
        "Der Minijob ist auf 556 Euro im Monat begrenzt. Im Jahr darfst du als Minijobber höchstens 6.672 Euro verdienen.",
        "höchstens 6.672 Euro",
        "threshold",
    ),
    ("Der Wehrsold beträgt in Stufe 2: 9,20 € (18,00 DM) pro Tag.", "9,20 €", "per_unit_rate"),
    (
        "Nach Abzug von Steuern und Beiträgen hat eine Senatorin etwa 7.100 Euro im Monat.",
        "etwa 7.100 Euro",
        "net_pay",
    ),
    (
        "So viel verdienen Richter\n\nBesoldungsstufeGehalt (Brutto)\nR16.120,40\nR1013.516,52\nR1116.034,80",
        "516,52",
        "not_an_amount",
    ),
    (
        "Anzupeilen sei ein Einstiegsgehalt von 3.200 Euro für alle Fachkräfte.",
        "von 3.200 Euro",
        "demand_or_proposal",
    ),
    (
        "Für den Flugschein muss jede Schülerin 58 000 Euro Eigenbeteiligung aufbringen.",
        "58 000 Euro",
        "price_or_fee",
    ),
    (
        "Für Anfahrten bis zu 40 Kilometer zahlt der Betrieb künftig fünf Euro, danach sechs Euro.",
        "fünf Euro",
        "bonus_or_allowance",
    ),
    ("Am Ende des Monats sind mir gerade 900 Euro übrig geblieben.", "900 Euro", "net_pay"),
    (
        "Als Schülerin solltest du höchstens 6.200 Euro im Jahr dazuverdienen.",
        "höchstens 6.200 Euro",
        "threshold",
    ),
    (
        "Im Schnitt verdienen Köche 2.900 Euro im Monat. Bei 39 Wochenstunden bedeutet das einen Stundenlohn von 17,10 Euro.",
        "von 17,10 Euro",
        "restatement",
    ),
    (
        "Die Gewerkschaft will 9 Euro pro Stunde. Das entspräche einem Monatslohn von 1.480 Euro.",
        "von 1.480 Euro",
        "hypothetical",
    ),
    (
        "Vom Preisgeld musste die Spielerin noch 350 Euro für Flüge und 280 Euro für das Hotel berappen.",
        "350 Euro",
        "price_or_fee",
    ),
    ("Das Betreuungsgeld steigt von 120 Euro auf 160 Euro.", "160 Euro", "benefit_or_stipend"),
    (
        "Verdient die Werkstudentin im Semester über 1.150 Euro im Monat, muss sie dafür Lohnsteuer zahlen.",
        "über 1.150 Euro",
        "threshold",
    ),
    (
        "Für jede Bronzemedaille und ihre Gewinner legt der Ruderverband 12.000 Euro bereit.",
        "12.000 Euro",
        "one_off_payment",
    ),
    (
        "Die Plätze sechs bis zehn erhalten noch Beträge zwischen 2.500 und 700 Euro.",
        "zwischen 2.500 und 700 Euro",
        "one_off_payment",
    ),
    (
        "In Freiburg werden für eine Stunde eines Elektrikermeisters meist 85 Euro in Rechnung gestellt.",
        "85 Euro",
        "price_or_fee",
    ),
    (
        "Gegenüber der Grundsicherung liegt der Vorteil eines Vollzeitjobs bei 480 Euro.",
        "480 Euro",
        "raise_or_difference",
    ),
    (
        "Im Süden beträgt der Gehaltsabstand zwischen Meistern und Gesellen 740 Euro.",
        "740 Euro",
        "raise_or_difference",
    ),
    (
        "Ein faires Honorar für Nachhilfelehrer läge demnach bei 32 Euro pro Stunde, das Monatshonorar bei 120 Euro.",
        "120 Euro",
        "hypothetical",
    ),
    (
        "Im Einzelnen müsste ein Tanzlehrer ohne Diplom zu Beginn im Westen 28,40 Euro und im Osten 26,10 Euro erhalten.",
        "26,10 Euro",
        "hypothetical",
    ),
    (
        "Im Tischlerhandwerk wurde eine Inflationsausgleichsprämie für Lehrlinge und Teilzeitkräfte in Höhe von 350 Euro vereinbart. Das Gehalt in Höhe von 2.900 Euro bleibt.",
        "von 350 Euro",
        "one_off_payment",
    ),
    ("Die Gesellen bekommen ab Mai 70 und 55 Euro höhere Monatslöhne.", "70", "raise_or_difference"),
    (
        "Damit können Kellner, die bisher unter Tarif bezahlt wurden, bis zu 480 Euro nachträglich verlangen.",
        "bis zu 480 Euro",
        "raise_or_difference",
    ),
    (
        "Jeder dritte Friseur bezieht einen Niedriglohn, der unter 2.150 Euro brutto im Monat liegt.",
        "unter 2.150 Euro",
        "threshold",
    ),
    (
        "Die Bezüge der Aufsichtsräte im MDax summierten sich auf insgesamt 48,2 Millionen Euro.",
        "48,2 Millionen Euro",
        "budget_or_turnover",
    ),
    (
        "Eine Bäckerin, die 2.400 Euro brutto verdient, bekommt ab März also 72 Euro mehr.",
        "2.400 Euro",
        "hypothetical",
    ),
    (
        "Jeder Hamburger hat rechnerisch eine jährliche Kaufkraft von 29 850 Euro zur Verfügung.",
        "von 29 850 Euro",
        "budget_or_turnover",
    ),
    (
        "Die Bezüge aller 30 Vorstände der Versicherer stiegen 2023 auf insgesamt 96,4 Millionen Euro.",
        "96,4 Millionen Euro",
        "budget_or_turnover",
    ),
    (
        "Insgesamt zahlte die Sparkasse 1,4 Millionen Euro an die Mitglieder ihres Verwaltungsrats.",
        "1,4 Millionen Euro",
        "budget_or_turnover",
    ),
    (
        "Ein Vater mit zwei Kindern käme mit ihrem Teilzeitlohn und dem Lohn ihres Mannes auf 2.870 Euro.",
        "2.870 Euro",
        "hypothetical",
    ),
    (
        "Bei einem Bruttogehalt von 3.600 Euro bedeutet das: Auf dem Konto landen etwa 2.300 Euro.",
        "von 3.600 Euro",
        "hypothetical",
    ),
    (
        "Für einen EM- oder WM-Titel gab es für die Spielerinnen jeweils 60.000 Euro.",
        "60.000 Euro",
        "one_off_payment",
    ),
    (
        "Beim mittleren Jahreseinkommen trennen die beiden Städte mehr als 14.000 Euro.",
        "mehr als 14.000 Euro",
        "raise_or_difference",
    ),
    (
        "Eine Gehaltserhoehung von 300 Euro ist für Berufseinsteiger realistisch.",
        "von 300 Euro",
        "raise_or_difference",
    ),
    (
        "Im Osten ist der Lohn regelmäßig rund 350 € schlechter als im Westen.",
        "rund 350 €",
        "raise_or_difference",
    ),
    (
        "Für ihr Büro bekommt jede Abgeordnete im Monat zusätzlich 9.000 Euro.",
        "9.000 Euro",
        "bonus_or_allowance",
    ),
    ("Auf Dienstreisen werden pro Tag zusätzlich 120 Euro erstattet.", "120 Euro", "bonus_or_allowance"),
    (
        "Die Koalition plant, den Mindestlohn für Pflegehilfskräfte zügig auf 16 Euro anzuheben.",
        "16 Euro",
        "demand_or_proposal",
    ),
    (
        "Die Spanne zwischen Anfang und Ende der Besoldungstabelle ist mit gut 1.400 Euro beträchtlich.",
        "gut 1.400 Euro",
        "raise_or_difference",
    ),
    (
        "Auf 412.000 Euro summierten sich 2022 die Gehälter von Intendantin und Verwaltungsdirektor.",
        "412.000 Euro",
        "budget_or_turnover",
    ),
    (
        "Für ihre Wahlkreisbüros gibt es Mitarbeiter, für die der Landtag bis zu einer Höhe von 9.800 Euro aufkommt.",
        "von 9.800 Euro",
        "employer_cost",
    ),
    (
        "Die Gewerkschaft fordert 11 Euro. Der Arbeitgeber bietet 9,40 Euro.",
        "9,40 Euro",
        "demand_or_proposal",
    ),
    (
        "Mindestens 14 Euro Stundenlohn will die Gewerkschaft für die Beschäftigten der Großbäckereien.",
        "Mindestens 14 Euro",
        "demand_or_proposal",
    ),
    ("Ziel ist ein Einstiegslohn von 15 Euro für alle Fahrer.", "von 15 Euro", "demand_or_proposal"),
    ("Der Landrat darf als Beamter im Jahr nur 7.200 Euro nebenher verdienen.", "7.200 Euro", "threshold"),
    (
        "Die Ablöse für den Regionalliga-Torwart lag bei 80.000 Euro.",
        "80.000 Euro",
        "price_or_fee",
    ),
    (
        "Wer bei den Weltspielen eine Goldmedaille holt, bekommt vom Verband 15.000 Euro.",
        "15.000 Euro",
        "one_off_payment",
    ),
    (
        "Eine Zunahme um 2.300 Euro gegenüber dem Vorjahr meldete die Kammer.",
        "um 2.300 Euro",
        "raise_or_difference",
    ),
    (
        "Nach dem Schlichterspruch sollte der Lohn der Wachleute auf 14,20 Euro steigen.",
        "14,20 Euro",
        "demand_or_proposal",
    ),
    (
        "Von der Aufsichtsratsvergütung behält der Gewerkschaftschef nur 42.000 Euro.",
        "42.000 Euro",
        "net_pay",
    ),
    (
        "Daraus ergibt sich eine jährliche Höchstsumme pro Intendanz von 280.000 Euro.",
        "von 280.000 Euro",
        "threshold",
    ),
    ("Die Lohnzusatzkosten machen bei einer Gesellenstunde 16,20 Euro aus.", "16,20 Euro", "employer_cost"),
    (
        "Die Gehaltslücke zwischen Sachsen und Bayern beträgt derzeit bis zu 410 Euro im Monat.",
        "bis zu 410 Euro",
        "raise_or_difference",
    ),
    ("Aller Voraussicht nach steigt der Mindestlohn 2028 auf 15,20 Euro.", "15,20 Euro", "hypothetical"),
    (
        "Bei einem Mittelwert von 2.900 Euro und 13 Gehältern sind das 37.700 Euro im Jahr.",
        "von 2.900 Euro",
        "hypothetical",
    ),
    ("Erhält sie im Jahr 4200 Euro, darf sie davon 3800 Euro behalten.", "4200 Euro", "hypothetical"),
    (
        "Für eine Malerstunde mussten Kunden zuletzt zwischen 58 und 85 Euro zahlen.",
        "zwischen 58 und 85 Euro",
        "price_or_fee",
    ),
    (
        "Beim Medianlohn trennt Stadt und Land ein Unterschied von 412 Euro (2022: 430 Euro; 2021: 455 Euro).",
        "430 Euro",
        "raise_or_difference",
    ),
    (
        "Zur Erinnerung: Erhält sie im Jahr 4.000 Euro, darf sie 3.600 Euro davon behalten.",
        "4.000 Euro",
        "hypothetical",
    ),
    (
        "Damit steigt der Ecklohn auf 17,40 € pro Stunde oder auf 2.915 Euro pro Monat.",
        "2.915 Euro",
        "restatement",
    ),
    (
        "Von den Bezügen gehen Steuern ab, wodurch das Einkommen um ca. 120 € gemindert wird.",
        "ca. 120 €",
        "raise_or_difference",
    ),
    (
        "Die Erzieherin verdient 3.100 Euro im Monat. Ausgehend von einer 39-Stunden-Woche liegt ihr Stundenlohn bei 18,30 Euro.",
        "18,30 Euro",
        "restatement",
    ),
    (
        "Der Sockel erhöht sich für Beschäftigte der Gruppen 3 und 4 im Lager, im Versand sowie für Fahrerinnen und Fahrer der Nahverkehrsbetriebe um 37,40 Euro.",
        "um 37,40 Euro",
        "raise_or_difference",
    ),
    (
        "Ein wenig darunter, etwa um 150 Euro brutto, liegt die Vergütung in kirchlichen Häusern.",
        "um 150 Euro",
        "raise_or_difference",
    ),
    (
        "Die Ortsvorsteher im Landkreis erhalten ab Mai eine höhere Aufwandsentschädigung.\nIn Dörfern mit bis zu 800 Einwohnern bekommt die Ortsvorsteherin künftig rund 640 Euro im Monat.",
        "rund 640 Euro",
        "bonus_or_allowance",
    ),
    (
        "Rohstoffe\n  • Gold\n\n    2.401,30 EUR\n    +4,10 (+0,17%)\n\n  • Silber\n\n    28,45 EUR\n    -0,31 (-1,08%)\n",
        "2.401,30 EUR",
        "price_or_fee",
    ),
    (
        "Die Vergütungen der Lehrlinge wachsen: im ersten Lehrjahr gibt es 40 Euro mehr, im zweiten 35 Euro und im dritten 30 Euro mehr.",
        "35 Euro",
        "raise_or_difference",
    ),
    (
        "Die Praktikanten erhalten in den vier Quartalen 15, 20, 20 und 35 Euro mehr im Monat.",
        "15",
        "raise_or_difference",
    ),
    (
        "Die Kette plant, den Einstiegslohn für Verkäuferinnen in ganz Deutschland auf 16 Euro brutto pro Stunde und mehr anzuheben.",
        "16 Euro",
        "demand_or_proposal",
    ),
    (
        "Für Schichtleiter plant die Kette eine Anhebung auf 22 Euro brutto pro Stunde.",
        "22 Euro",
        "demand_or_proposal",
    ),
    (
        "Gewerkschaftsmitglieder erzielten einen um 2,10 € (Median; Spanne 1,2–3,0) höheren Stundenlohn.",
        "um 2,10 €",
        "raise_or_difference",
    ),
    (
        "Teilzeitkräfte verdienten bei gleicher Tätigkeit rund 1,95 € (Median; Spanne 1,1–2,7) pro Stunde weniger als Vollzeitkräfte.",
        "rund 1,95 €",
        "raise_or_difference",
    ),
    (
        "Laut Statistik lagen die Gehälter in Thüringen im Jahr 2023 um 540 Euro unter denen in Hessen.",
        "um 540 Euro",
        "raise_or_difference",
    ),
    (
        "Um rund 15.000 Euro im Jahr liegt das Gehalt einer Erzieherin in Sachsen unter dem in Bayern.",
        "rund 15.000 Euro",
        "raise_or_difference",
    ),
    (
        "Der Intendant ist der Spitzenverdiener mit 395.000 Euro Jahresgehalt. Auf der Website ist nachzulesen, dass der Sender in der Saison 2021/2022 an 14 Kommentatoren im Zweiten insgesamt 2,3 Millionen Euro gezahlt hat.",
        "2,3 Millionen Euro",
        "budget_or_turnover",
    ),
    (
        "Aufsichtsratsmitglieder börsennotierter Firmen erhielten im Schnitt 128.000 Euro für ihre Kontrolle. Spitzenreiter ist Siemens, wo die Vergütung des Aufsichtsrats bei rund 6,3 Millionen Euro lag.",
        "rund 6,3 Millionen Euro",
        "budget_or_turnover",
    ),
    (
        "Einsteiger bekommen meist zwischen 30.000 und 34.000 Euro brutto jährlich. Das entspricht 2.400 bis 3.000 Euro brutto pro Monat.",
        "2.400 bis 3.000 Euro",
        "restatement",
    ),
    (
        "Im Schnitt verdienen Dachdecker im Monat 3.120,50 € brutto bei einem Stundenlohn von 18,46 €.",
        "von 18,46 €",
        "restatement",
    ),
    ("Die Armutsgefährdung beginnt für Alleinlebende bei 1.310 € im Monat.", "1.310 €", "threshold"),
    (
        "Mit einem solchen Nebenjob darf man im Schnitt bis 538 Euro im Monat verdienen.",
        "bis 538 Euro",
        "threshold",
    ),
    (
        "Gezahlt wird sie in zwei Teilbeträgen zu je 600 Euro, im März und im September.",
        "600 Euro",
        "one_off_payment",
    ),
    (
        "Laut Innung trägt ein Betrieb pro Lohngruppe diese Gesamtkosten in €/h:\n- Lohngruppe 1 Helfer 18,70 €\n- Lohngruppe 2 Fachkraft 21,35 €\n",
        "21,35 €",
        "employer_cost",
    ),
    (
        "Pflegehelfer: Zum 1. Mai 2024 von 14,15 Euro auf 14,90 Euro; zum 1. Juli 2025 von 14,90 Euro auf 15,50 Euro.",
        "von 14,90 Euro",
        "repeated",
    ),
    (
        "Gärtner | Monatliches Brutto | 2.601,37€ |\nGärtner | Jährliches Brutto | 31.216,44€ |\n\nEin Gärtner verdient brutto im Jahr 31.216,44€ und im Monat 2.601,37€.",
        "31.216,44€",
        "restatement",
    ),
    (
        "Der Mindestlohn im Gerüstbau liegt seit Mai bei 13,95 Euro (vgl. Übersicht). Bei einer Wochenarbeitszeit von 40 Stunden entspricht er einem Monatslohn zwischen 2.400 und 2.450 Euro.",
        "zwischen 2.400 und 2.450 Euro",
        "restatement",
    ),
    (
        "Als Altpräsident bekommt er einen Ehrensold von zurzeit rund 198.000 Euro im Jahr.",
        "rund 198.000 Euro",
        "benefit_or_stipend",
    ),
    (
        "Sie nimmt monatlich 2.140 Euro aus der Vermietung zweier Häuser ein.",
        "2.140 Euro",
        "price_or_fee",
    ),
    (
        "Laut der Studie bekamen die Vorstandschefs der Firmen aus dem MDax insgesamt eine Vergütung von 98,6 Millionen Euro.",
        "von 98,6 Millionen Euro",
        "budget_or_turnover",
    ),
    (
        "Der Chef verdiente 3,1 Millionen Euro. Der gesamte Vorstand des Versorgers strich 14,2 Millionen Euro ein, ein Fünftel mehr als im Vorjahr.",
        "14,2 Millionen Euro",
        "budget_or_turnover",
    ),
    (
        "Die Paketboten in Kassel bekommen damit 1,20 Euro die Stunde mehr.",
        "1,20 Euro",
        "raise_or_difference",
    ),
    (
        "Sollten die Kammern den Vorschlag in ihre Satzungen aufnehmen, betrage der Tariflohn für Berufseinsteiger 11,20 € pro Stunde.",
        "11,20 €",
        "demand_or_proposal",
    ),
    (
        "Die Profis haben eigene Summen ausgehandelt: rund 9.000 Euro für einen Punkt und bis zu 180.000 Euro für das Erreichen der Meisterrunde.",
        "rund 9.000 Euro",
        "one_off_payment",
    ),
    (
        "Eine Zahnarztpraxis erzielt laut Statistik im Schnitt einen Reinertrag von 210.000 Euro im Jahr.",
        "von 210.000 Euro",
        "budget_or_turnover",
    ),
    (
        "Am Samstag habe die Fahrerin in acht Stunden nur 2,10 Euro pro Stunde eingefahren.",
        "2,10 Euro",
        "budget_or_turnover",
    ),
    (
        "Lehrgangsgebühren werden unabhängig vom Einkommen bis maximal 12.000 Euro gefördert.",
        "maximal 12.000 Euro",
        "budget_or_turnover",
    ),
    (
        "Die größte Diskrepanz in Höhe von 512 Euro betrifft die Heilerziehungspfleger.",
        "von 512 Euro",
        "raise_or_difference",
    ),
    (
        "Zugelegt haben auch die Chefs der Sparkasse mit zusätzlich 61.200 Euro (plus 28 Prozent).",
        "61.200 Euro",
        "bonus_or_allowance",
    ),
    (
        "Schon im Frühjahr war das Jahresgehalt der Monteure pauschal um 1.800 Euro nach oben gesetzt worden.",
        "um 1.800 Euro",
        "raise_or_difference",
    ),
    (
        "2023 lag der Abstand zwischen Nord und Süd noch bei 9.410 Euro, 2022 bei 9.205 Euro.",
        "9.205 Euro",
        "raise_or_difference",
    ),
    (
        "Trotz schwacher Zahlen erhalten die Vorstände des Versorgers hohe Bonuszahlungen.\n\nInfo\n\n812 000 Euro für Anna Berger\n\n455 000 Euro für Tom Kruse",
        "455 000 Euro",
        "one_off_payment",
    ),
    (
        "Azubis sollen künftig mindestens 560 Euro bekommen. Später solle der Betrag schrittweise steigen - 2026 auf 590 Euro und 2027 auf 630 Euro.",
        "590 Euro",
        "demand_or_proposal",
    ),
    (
        "(3) Die Erschwerniszulage beträgt für jede Nachtschicht\n1.\nim ersten Jahr 11,20 Euro,\n2.\nab dem zweiten Jahr 13,40 Euro.",
        "13,40 Euro",
        "bonus_or_allowance",
    ),
    (
        "Pensionäre bekommen einen Sockel von 1.500 Euro als Einmalzahlung, dazu monatlich 100 Euro für acht Monate.",
        "100 Euro",
        "one_off_payment",
    ),
    (
        "Gehälter im Vergleich\nStufe 3 Brutto EUR 5.310 EUR 5.402\nNetto EUR 3.101 EUR 3.150",
        "3 Brutto",
        "not_an_amount",
    ),
    (
        "Was verdient ein Fahrlehrer? Das Gehalt liegt bei 3.100 Euro im Monat, der Stundenlohn bei 19 Euro. Viele Fahrlehrer verdienen gut.\nWeitere Themen rund um den Führerschein und den Alltag.\nMindestumfang der Fahrten\nGrundausbildung: 350,00 €\nFahrstunde: € 62,00\nLehrmaterial Klasse B 45,00 €",
        "€ 62,00",
        "price_or_fee",
    ),
    (
        "Was verdient ein Fahrlehrer? Das Gehalt liegt bei 3.100 Euro im Monat, der Stundenlohn bei 19 Euro. Viele Fahrlehrer verdienen gut.\nWeitere Themen rund um den Führerschein und den Alltag.\nAlso Wohnung mindestens 700 Euro im Monat\nBenzin 120 Euro im Monat\nStrom ca. 80 Euro im Monat\nKleidung mindestens 90 Euro im Monat",
        "ca. 80 Euro",
        "price_or_fee",
    ),
    (
        "Was Abgeordnete verdienen: Die Diäten liegen bei 11.000 Euro. In Bremen steht Mitgliedern der Bürgerschaft als Aufwandsentschädigung ein Betrag von 2.410 Euro zu. Fraktionsvorsitzende bekommen 4.820 Euro, Stellvertreter 3.615 Euro.",
        "3.615 Euro",
        "bonus_or_allowance",
    ),
    (
        "Neue Kräfte im Pflegedienst sollen eine Antrittsprämie von 1.500 Euro bekommen, examinierte Fachkräfte gar 2.500 Euro.",
        "2.500 Euro",
        "one_off_payment",
    ),
    (
        "Die Tabellenwerte wachsen um 0,25 Euro zum 1.4.2026 und 0,35 Euro zum 1.1.2027.",
        "0,35 Euro",
        "raise_or_difference",
    ),
    (
        "Die Monteure bekommen im ersten Jahr 150 und im zweiten 220 Euro zusätzlich.",
        "150",
        "raise_or_difference",
    ),
    ("Die Arbeitnehmerseite wollte 18 Euro Stundenlohn für die Helfer.", "18 Euro", "demand_or_proposal"),
    (
        "Ein Stundenlohn von 16 Euro für jeden Fahrer war das Gewerkschaftsziel.",
        "von 16 Euro",
        "demand_or_proposal",
    ),
    (
        "Die Chefin des Aufsichtsrats einer Versicherung erhielt 2020 rund 850.000 Euro. Das 14-köpfige Gremium bekam im selben Jahr knapp 4,4 Millionen Euro, ein Viertel mehr als im Jahr davor.",
        "knapp 4,4 Millionen Euro",
        "budget_or_turnover",
    ),
    (
        "Bei einem Bruttogehalt von 2.900 Euro bleiben einer ledigen Verkäuferin meist rund 1.990 bis 2.090 Euro übrig.",
        "rund 1.990 bis 2.090 Euro",
        "net_pay",
    ),
    (
        "Die Hilfskraft erhielt für 11 Stunden pro Woche pauschal 95 € im Monat. Pro Stunde ergibt das rechnerisch nur 2,04 €.",
        "2,04 €",
        "restatement",
    ),
    (
        "Vom Jobcenter erhielt der Mann daneben Sozialleistungen von 530,20 € bis 701,45 € je Monat.",
        "von 530,20 € bis 701,45 €",
        "benefit_or_stipend",
    ),
    (
        "Weil er nach dem dualen Studium kündigte, soll der Ingenieur jetzt fast 24.000 Euro zurückzahlen.",
        "fast 24.000 Euro",
        "price_or_fee",
    ),
    (
        "Vergütung je Stufe, monatlich\nStufe | Gruppe A | Gruppe B |\n1 | 2.105,- | 2.240,- |\n2 | 2.190,- | 2.330,- |\nJahreseinkommen (13,5 Gehälter, Urlaubsgeld eingerechnet)\nStufe | Gruppe A | Gruppe B |\n1 | 28.418,- | 30.240,- |",
        "30.240,-",
        "restatement",
    ),
    (
        "Digitalzugang Basis\n\n  • Alle Beiträge lesen\n  • Mit PayPal bezahlen\n\n8,90 €\nmonatlich",
        "8,90 €",
        "too_small",
    ),
    ("Die Schülerin bekommt von ihren Eltern 25 Euro im Monat.", "25 Euro", "too_small"),
    ("Der Trainer der Jugendmannschaft bekommt vom Verein 55 Euro.", "55 Euro", "unclear_period"),
    ("Sein Verdienst: 1,20 Euro.", "1,20 Euro", "too_small"),
    ("Der Nachhilfelehrer verdient im Jahr gerade einmal 3.100 Euro.", "3.100 Euro", "too_small"),
    (
        "Nach dem Willen der Landesregierung sollen Referendare künftig 1.950 Euro im Monat erhalten.",
        "1.950 Euro",
        "demand_or_proposal",
    ),
    (
        "Die Vergütung der Pflegehilfskräfte muss von 14,10 Euro auf künftig 16,40 Euro angehoben werden.",
        "16,40 Euro",
        "demand_or_proposal",
    ),
    (
        "Die Vorschläge der Kommission sehen einen Stundenlohn von 16 Euro vor.",
        "von 16 Euro",
        "demand_or_proposal",
    ),
    (
        "Demnach sollte das Gehalt der Geschäftsführerin von 8.900 Euro auf 10.400 Euro im Monat angehoben werden.",
        "10.400 Euro",
        "demand_or_proposal",
    ),
    (
        "Wer als Beamter Sachgeschenke mit einem Wert von über 35 Euro annimmt, muss sie melden.",
        "über 35 Euro",
        "price_or_fee",
    ),
    (
        "Die NGG fordert für Köche ein Plus von 0,90 Euro je Stunde. Damit erhöhe sich der Einstiegslohn auf 13,40 Euro.",
        "13,40 Euro",
        "demand_or_proposal",
    ),
    (
        "Die Fraktionen sind sich einig. Geplant sei deshalb eine Anhebung der Grundentschädigung von derzeit 5.710,20 Euro im Monat auf 5.938,40 Euro.",
        "5.938,40 Euro",
        "demand_or_proposal",
    ),
    (
        "Brutto ist dein Lohn vor Steuern. Zum Beispiel: 3600 Euro Brutto sind 2250 Euro Netto.",
        "3600 Euro",
        "hypothetical",
    ),
    (
        "Der Bürgermeister verteidigte die 240 000 Euro teure Imagekampagne der Stadt.",
        "240 000 Euro",
        "price_or_fee",
    ),
    (
        "Beispiel: Bei 3100 Euro Brutto sind 470 Euro Lohnsteuer, 24 Euro Soli, 38 Euro Kirchensteuer.",
        "24 Euro",
        "tax_or_deduction",
    ),
    (
        "Ab März gelten neue Sätze für Monteure:\nTaggeld gem. § 9: € 31,80\nNächtigungsgeld gem. § 9: € 17,00",
        "€ 17,00",
        "bonus_or_allowance",
    ),
    (
        "Die Lehrlinge erhalten 950 Euro zur Abmilderung der gestiegenen Lebenshaltungskosten.",
        "950 Euro",
        "one_off_payment",
    ),
    (
        "Bei der Landesbank fällt der Gehaltsdeckel für den Chef, das Limit von 450.000 Euro gilt nicht länger.",
        "von 450.000 Euro",
        "threshold",
    ),
    (
        "Die Innung empfiehlt ab 1.8.2025 die Anhebung auf folgende Sätze:\n- 1. Lehrjahr: 980 Euro\n- 2. Lehrjahr: 1.060 Euro",
        "980 Euro",
        "demand_or_proposal",
    ),
    (
        "Das Gehalt beträgt 3.000 Euro, inklusive einer Fahrtkostenpauschale von 150 Euro.",
        "von 150 Euro",
        "bonus_or_allowance",
    ),
    (
        "Die Bilanz der Brauereien fällt gemischt aus. 2021/2022 stieg der Gewinn je Betrieb um rund 9.300 € auf 58.410 €.",
        "58.410 €",
        "budget_or_turnover",
    ),
    # stop 42: a change's share in brackets, a bound of a share, a bracket one belongs to, money
    # saved, a rate charged, a bill's proposal, a list's first number under a currency
    (
        "Zuletzt ging der mittlere Lohn der Gärtner um 95 Euro (+2,9 Prozent) nach oben.",
        "um 95 Euro",
        "raise_or_difference",
    ),
    (
        "In Hessen lag der Anteil aller Löhne oberhalb von 5.000 Euro bei 21 Prozent.",
        "oberhalb von 5.000 Euro",
        "threshold",
    ),
    (
        "Bei einem Jahresverdienst von 91.400 Euro gehört man zu den obersten zehn Prozent.",
        "von 91.400 Euro",
        "threshold",
    ),
    ("Durch die Neuregelung spart die Stadt 84.000 Euro im Jahr.", "84.000 Euro", "budget_or_turnover"),
    (
        "Wenn er über 35 Euro pro Stunde für die Köchin in Rechnung stellt, murren die Gäste.",
        "über 35 Euro",
        "price_or_fee",
    ),
    (
        "Nach der neuen Gesetzesvorlage sollen Zusteller ab 2027 stündlich 9,10 Euro bekommen.",
        "9,10 Euro",
        "demand_or_proposal",
    ),
    ("Lohntafel Dachdecker\nStundenlohn ab 1. Mai 2026 in Euro\n1. Vorarbeiter", "Euro 1", "not_an_amount"),
    # stop 42, after the last batch: a vague multiple, households' and couples' income, a
    # practice's net yields, a lead over a rival
    ("Mehrere 100.000 Euro im Jahr für Oberärzte", "100.000 Euro", "not_an_amount"),
    (
        "Ehepaare mit zwei Kindern kommen laut der Studie auf 4.210 Euro im Monat.",
        "4.210 Euro",
        "budget_or_turnover",
    ),
    (
        "Jedem Haushalt mit vier Köpfen stehen Einkommen von im Schnitt 6.030 Euro brutto zu.",
        "6.030 Euro",
        "budget_or_turnover",
    ),
    (
        "Die Reinerträge einer Praxis reichen laut der Kammer von 160.000 € bis 700.000 €.",
        "von 160.000 € bis 700.000 €",
        "budget_or_turnover",
    ),
    (
        "Die Kanzlei übertrumpft ihre Konkurrentin damit um 6.000 Euro im Jahr.",
        "um 6.000 Euro",
        "raise_or_difference",
    ),
    # (stop 43: a year before its currency, what one needs to live on, a poverty line, a pay bracket)
    ("Der Satz gilt einheitlich. Er liegt für das Jahr 2022 € 290,- pro Einsatz.", "2022 €", "not_an_amount"),
    ("Ein Rentnerpaar braucht demnach 2.410 Euro im Monat.", "2.410 Euro", "price_or_fee"),
    ("In Tschechien liegt das Armutsrisiko für Singles bei 720 Euro.", "720 Euro", "threshold"),
    ("Die meisten Lageristen fallen in die Gehaltsklasse über 3.500 Euro.", "über 3.500 Euro", "threshold"),
    # (stop 43, second wave: a firm paid, a contract's value, a saving, a
    # sum at stake, a new value of a payment named after its change, a change ``um exakt``)
    ("Reinigung der Schulen: Die Stadt zahlt Firma knapp 480.000 Euro", "knapp 480.000 Euro", "price_or_fee"),
    (
        "Ab einem Auftragswert von 20.000 Euro müssen Firmen 13,50 Euro zahlen.",
        "von 20.000 Euro",
        "threshold",
    ),
    ("Spare über 150 € bei deinem Abo.", "über 150 €", "budget_or_turnover"),
    (
        "Vor dem Arbeitsgericht ging es um 4200 Euro, die der Fahrer forderte.",
        "um 4200 Euro",
        "budget_or_turnover",
    ),
    (
        "Vereinbart wurde eine Anhebung der Jahressonderzahlung um 800 Euro auf 2.100 Euro.",
        "2.100 Euro",
        "one_off_payment",
    ),
    (
        "Am 1. Juli steigt die monatliche Diät – die sogenannte Entschädigung – um exakt 410,20 Euro auf 10.950 Euro.",
        "410,20 Euro",
        "raise_or_difference",
    ),
    (
        "Der Grundlohn klettert so:\nzum 1. Juli 2019 von 11,02 Euro/Std. auf 11,40 Euro/Std.,\n"
        "zum 1. Juli 2020 von 11,40 Euro/Std. auf 11,75 Euro/Std.",
        "von 11,40 Euro",
        "repeated",
    ),
    # (stop 43, third wave: a voluntary social year's money, a raise aimed at, an example in brackets)
    (
        "Im freiwilligen sozialen Jahr erhielt er vom Träger einen Betrag von 220,00 EUR.",
        "von 220,00 EUR",
        "benefit_or_stipend",
    ),
    ("Die anvisierte Anhebung auf 13 Euro betrifft 30.000 Beschäftigte.", "13 Euro", "demand_or_proposal"),
    ("Fixum: ein fester Betrag pro Monat (z. B. 2.800 € brutto)", "2.800 €", "hypothetical"),
    (
        "Die Renten sinken real. 2009 bekam ein langjährig Versicherter im Osten 1210,40 Euro.",
        "1210,40 Euro",
        "benefit_or_stipend",
    ),
    # (stop 43, fifth wave: a severance, a rate to charge, money paid in, a line crossed, a settlement's
    # size, the new value of a pension scheme, an example income opened by ``mit``)
    (
        "Der Chef erhielt bei seinem Abgang eine Abfertigung in Höhe von 3 Millionen Euro.",
        "von 3 Millionen Euro",
        "one_off_payment",
    ),
    (
        "Freie Tischler sollten Verrechnungssätze von 55 bis 75 Euro je Stunde ansetzen.",
        "von 55 bis 75 Euro",
        "price_or_fee",
    ),
    ("Wir müssen beide monatlich je 400 Euro einzahlen.", "400 Euro", "price_or_fee"),
    (
        "Wer die 80.000 Euro erst überschritten hat, merkt Zuwächse kaum noch.",
        "80.000 Euro",
        "threshold",
    ),
    (
        "Im Süden gab es für Facharbeiter Tarifabschlüsse von bis zu 260 Euro.",
        "bis zu 260 Euro",
        "raise_or_difference",
    ),
    (
        "Daneben steigt die tarifliche Altersvorsorge künftig um 150 Euro im Jahr auf insgesamt 820 Euro.",
        "820 Euro",
        "bonus_or_allowance",
    ),
    (
        "Mit einem Monatsgehalt von 2.800 Euro bleiben dir netto etwa 1.950 Euro.",
        "von 2.800 Euro",
        "hypothetical",
    ),
    # (stop 43, sixth wave: the pay that puts one among the top ten per cent, a turnover, disposable
    # income per head, a benefit named for securing one's living)
    (
        "Im Mai gehörten Beschäftigte mit einem Stundenlohn von 29,80 Euro zu den oberen zehn Prozent.",
        "von 29,80 Euro",
        "threshold",
    ),
    (
        "Im Jahr 2001 hat der Apotheker rund 790.000 Euro umgesetzt.",
        "rund 790.000 Euro",
        "budget_or_turnover",
    ),
    (
        "In der Stadt lag das verfügbare Einkommen der Bürger mit 23.400 Euro pro Kopf am höchsten.",
        "23.400 Euro",
        "net_pay",
    ),
    (
        "Das Jobcenter zahlte ihm Leistungen zur Lebensunterhaltssicherung von 540 Euro im Monat.",
        "von 540 Euro",
        "benefit_or_stipend",
    ),
]


@functools.cache
def _skipped_batch() -> Extraction:
    """All ``SKIPPED`` texts extracted in one batch (every stage works per text)."""
    texts = [case[0] for case in SKIPPED]
    ids = [hashlib.sha256(t.encode()).hexdigest() for t in texts]
    return extract(pl.DataFrame({"document_id": ids, "text": texts}))


@pytest.mark.parametrize(("text", "mention", "reason"), SKIPPED)
def test_not_pay_is_skipped_with_its_reason(text: str, mention: str, reason: str) -> None:
    batch = _skipped_batch()
    doc_id = hashlib.sha256(text.encode()).hexdigest()
    result = Extraction(
        records=batch.records.filter(pl.col("document_id") == doc_id),
        skipped=batch.skipped.filter(pl.col("document_id") == doc_id),
    )
    skipped = dict(zip(result.skipped["mention"], result.skipped["reason"], strict=True))
    if reason == "job_name":  # a number inside a name is no euro amount of its own
        assert mention not in result.records["statement"].to_list()
        return
    assert skipped.get(mention) == reason, (skipped, result.records["statement"].to_list())
    assert mention not in result.records["statement"].to_list()


def test_every_reason_is_documented() -> None:
    assert set(SKIP_REASONS) <= set(REASON_TEXT)


def test_skipped_spans_index_the_text() -> None:
    text = "Kopfzeile\nDer Kurs kostet 1.450 Euro. Das Gehalt liegt bei 3.900 Euro im Monat."
    result = run(text)
    assert result.skipped.columns == SKIPPED_COLUMNS
    row = result.skipped.row(0, named=True)
    assert text[row["char_start"] : row["char_end"]] == row["mention"] == "1.450 Euro"
    assert result.records["statement"].to_list() == ["3.900 Euro"]


CURRENCY_AMOUNT = re.compile(r"\d[\d.,]*\s?(?:Mio\.|Millionen)?\s?(?:€|Euro|EUR)")
"""An independent, rough finder of euro amounts written with digits."""


@pytest.mark.parametrize(
    "text",
    [
        "Einsteiger verdienen 3.200 €, mit Erfahrung 4.100 €. Das Jobticket kostet 49 €, die Kantine 4,50 €.",
        "Die Vergütung steigt um 120 Euro auf 1.150 Euro. Netto bleiben 890 Euro. Ein Bonus von 500 Euro kommt dazu.",
        "Der Umsatz lag bei 3,4 Mio. €; die Filialleiterin bekommt 5.600 €, die Aushilfe 14 Euro pro Stunde.",
    ],
)
def test_every_euro_amount_is_accounted_for(text: str) -> None:
    result = run(text)
    spans = [*zip(result.records["char_start"], result.records["char_end"], strict=True)]
    spans += [*zip(result.skipped["char_start"], result.skipped["char_end"], strict=True)]
    for found in CURRENCY_AMOUNT.finditer(text):
        assert any(start <= found.start() < end for start, end in spans), (found.group(), spans)
