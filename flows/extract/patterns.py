"""Named regular expressions of the extractor (Rust ``regex`` syntax, as Polars runs them).

No look-around and no back-references are available; every pattern is linear-time.
Word boundaries are ASCII (``(?-u:\b)``): a Unicode ``\b`` forces the regex crate off its
fast automata (five times slower here), and every boundary below sits next to an ASCII
letter or digit, where both mean the same. The one keyword starting with an umlaut,
``über``, carries no boundary; the extractor drops it after a letter (``gegenüber``).
Digits are ASCII (``[0-9]``, never the digit escape): Polars compiles a regex again whenever it has
fallen out of its cache (32 patterns a thread), so every slice of texts compiles each of the
extractor's ~550 patterns anew, and Unicode's digit class (all scripts' digits) makes each
compilation and automaton larger: 40 % of the compile time, a fifth of a 5,000-text slice.
Each constant says what it matches and what it must not; ``tests/unit/test_extract.py``,
``test_skip_reasons.py``, ``test_attribution.py`` and the labelled corpus
(``tests/fixtures/corpus/``) hold such examples as tests.
"""

from __future__ import annotations

SPACE = r"[ \t\u00a0\u202f\u2009]"
"""One inline space: blank, tab, no-break space, narrow no-break space, thin space."""

OPT_SPACE = SPACE + "?"

GAP = r"[\s\u00a0\u202f\u2009]+"
"""White space between words, line breaks included (hard-wrapped texts)."""

ABBREVIATION = (
    r"(?-u:\b)(?:ca|Ca|Tsd|tsd|bzw|usw|etc|Mio|Mill|Mrd|inkl|exkl|zzgl|ggf|vgl|Nr|evtl|mind|max|min"
    r"|rd|Rd|Mind|Max|Min|Inkl|Zzgl|Ggf|Evtl|Vgl|Mtl|Bzw|Std|St|Dr|Prof|Hr|Fr|bspw|sog|lt|gem|Abs|Jh|mtl|monatl|jährl|Art|dzt|derz|akt|MwSt|Mwst|USt|Jan|Feb|Febr|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez|iHv|ihv|[a-zA-Z]|[0-9]{1,2})\."
    # (a scale's abbreviation glued to a figure: ``2,4Mio. Euro``)
    r"|[0-9](?:Mio|Mill|Mrd|Tsd)\.\s?(?:€|Euro|EUR)"
)
"""A word that ends in a full stop without ending the sentence.

Matches ``ca.``, ``Tsd.``, ``bzw.``, single letters as in ``z.``/``B.`` of ``z. B.``, ``p.a.``,
ordinals (``zum 1. April``, ``im 2. Ausbildungsjahr``).
Must not match the stop after an ordinary word (``Dortmund.``)."""

SENTENCE = (
    r"(?:"
    + ABBREVIATION
    + r"|[^.!?\r\n]"
    + r"|[.!?]+[^\sA-ZÄÖÜ.!?\"“”»«„'’)]"
    + r")*"
    + r"(?:[.!?]+[\"“”»«„'’)]*|\r\n|\r|\n|$)\s*"
)
"""One sentence with its trailing white space; consecutive matches cover a whole line.

Applied to one line at a time (``extract.text_units``), after line breaks inside
sentences were blanked: a line ends a sentence (a heading). Ends at ``.``/``!``/``?``
followed by white space; not inside ``4.200``, nor after ``ca.``/``Tsd.``/``z. B.``."""

WRAPPED_LINE_MAX = 100
WRAPPED_LINE_MEAN_MIN = 45
"""A text of at least three lines, none longer than ``WRAPPED_LINE_MAX`` and on average at
least ``WRAPPED_LINE_MEAN_MIN`` characters long, is taken as hard-wrapped (a list of short
lines is not)."""

WRAPPED_BREAK_LF = r"([^.!?:;\s])\n([^\s\-•*–])"
WRAPPED_BREAK_CRLF = r"([^.!?:;\s])\r\n([^\s\-•*–])"
"""A line break inside a sentence of a hard-wrapped text: after a word, before a word
(not after ``.``/``:``, not before a bullet). Replaced by as many spaces, so offsets hold."""

CONTINUED_BREAK_LF = r"\n([a-zäöüß0-9€(Øø])"
CONTINUED_BREAK_CRLF = r"\r\n([a-zäöüß0-9€(Øø])"
"""A line break that continues a sentence in any text: before a lower-case word, a digit,
``€`` (``… verdienen\n3.000 €``) or an average sign (``von\n3.401 €\nØ\n4.029 €``). Blanked,
like wrapped breaks."""

BRACKET_THEN_FIGURE_GAP = r"^\s*(?:(?i:brutto|netto|p\.\s*a\.)\s*)?\(\s*(?:[a-zäöüß]+\s+){0,2}$"
"""Between a figure and the next one: a bracket opening, at most two lower-case words (``68.300 Euro
(monatlich 5.690 Euro)``, ``… Euro brutto (monatlich …)``): a period word after the bracket is the bracketed figure's (not across a
comma: ``20.000 Euro (pro Monat, also 240.000 Euro im Jahr)``)."""
CENT_ROW_BREAK = r"\n([^\n]{0,24}?[0-9]{1,3}\.[0-9]{3},[0-9]{2}[ \t|]+[0-9]{1,3}\.[0-9]{3},[0-9]{2}(?-u:\b))"
"""A line break before a row of a pay table flattened into text, a short label and then two
figures or more with thousands and cents (``1. bis 3. 2.110,00 2.320,50 2.515,00``): a line of its
own, never joined to the line above (``CONTINUED_BREAK_LF`` would, for a row opening with a
digit or a lower-case word). Kept as ``ROW_BREAK_MARK`` while the other breaks are blanked."""
PIPE_ROW_BREAK = r"(\|[ \t\r]*)\n([^\n|]{0,100}\|[^\n]*?(?:€|%|(?i:euro)))"
"""A line break between two rows of a table written with ``|``: a line ending with ``|``, the next
holding one within 100 characters and then the currency or a percentage (``01.05.2022 | - | 550
Euro |`` under ``- = nichts | ||``, ``01.09.2022 | 3,00 % | - |`` under it; not rows of bare figures
under a header naming the currency, nor one cell a line).
Each row is a line of its own, never joined to the row above (``CONTINUED_BREAK_LF`` would, for a
row opening with a digit or a lower-case word); kept like a ``CENT_ROW_BREAK``. (Only the next
row's cells up to its first currency are matched, so a row's closing ``|`` opens the match of the
break after it.)"""
ROW_BREAK_MARK = "\x00"
"""The same-length stand-in for a kept row break (``CENT_ROW_BREAK``) while the others are blanked."""

EMPHASIS_BEFORE_FIGURE = r"(^|[\s(:])\*\*([0-9][^*\n]{0,20}\*\*)"
EMPHASIS_BEFORE_FIGURE_ONE = r"(^|[\s(:])\*([0-9][^*\n]{0,20}\*)"
"""A bold (``**``) or italic (``*``) mark right before a figure, after a space, a bracket or a
colon: blanked (``text._emphasis_before_figure_blanked``)."""

CURRENCY_SHARED_GAP = (
    r"^\s*(?:\((?:\s*(?:zuvor|bisher|vorher|vormals|früher|statt|vorjahr|alt|(?:19|20)[0-9][0-9])\s*:?)?"
    r"|(?:auf|gegenüber|statt(?:\s+(?:zuvor|bisher|vorher|bislang))?)(?:\s+(?:bereits|schon|nun|jetzt|dann|künftig))?"
    r"|bereits|schon|nun|jetzt|dann|künftig|,"
    r"|(?:und|oder|bzw\.?|beziehungsweise|sowie)(?:\s+(?:im|in|in\s+der|für|bei)\s+[\wäöüÄÖÜß-]+(?:\s+[\wäöüÄÖÜß-]+)?)?(?:\s+(?:von|auf|bei|mit))?|/"
    r"|/\s*[\wäöüÄÖÜß-]{1,12}\s*:"
    r"|(?:und|oder|bzw\.?|beziehungsweise|sowie|,)\s+(?:(?:das|die|der|den|im)\s+)?[\wäöüÄÖÜß.-]+\s+(?:von|auf|bei|mit)"
    r"|,\s+(?:im|in|in\s+der|für|bei)\s+(?:[0-9]{1,2}\.\s*)?[\wäöüÄÖÜß-]+(?:\s+(?:sogar|nur|dagegen|bereits|immerhin|jahr|lehrjahr|ausbildungsjahr))?"
    # (``…, im zweiten Ausbildungsjahr auf 990 und …``)
    r"(?:\s+(?:von|auf|bei|mit))?"
    # (a list of steps, each named after its figure: ``800 Euro im ersten, 870 im zweiten und 960 Euro``)
    r"|(?:im|in\s+der)\s+(?:[0-9]{1,2}\.\s*)?[\wäöüÄÖÜß-]+(?:\s+[\wäöüÄÖÜß-]+)?\s*(?:,|und|sowie)"
    # (a step, then ``, und``: ``815 im ersten, 910 im zweiten, und 1.140 Euro``; not a count, ``850 im
    # letzten Jahr, und``)
    r"|(?:im|in\s+der)\s+(?:[0-9]{1,2}\.\s*|ersten|zweiten|dritten|vierten|fünften)(?:\s*(?:lehr|ausbildungs|berufs)?jahr\w*)?\s*,\s*(?:und|sowie))\s*$"
)
"""The words between a bare number and the next amount that make them share its currency
and scale: ``15,72 (zuvor: 15,26) Euro``, ``von 12,41 auf 12,82 Euro``, ``von 1,8 auf 1,6 Mio.
Euro``, ``20,50 statt zuvor 18,25 Euro``, ``13,50 und 14,25 Euro``. Years (``2023 auf 12 Euro``)
and numbers far from the next amount's size never share it (``statements.share_currency``).
Also ``11,53 (2021: 5,64) Millionen Euro``, ``statt 12,55 bereits 13,70 Euro``, ``44,71
gegenüber 29,37 Euro``."""

INSTEAD_LEADS_BEFORE = r"(?i)(?-u:\b)statt\s*$"
INSTEAD_LEADS_GAP = r"^\s+[a-zäöüß][^0-9.;:!?]{0,40}$"
"""``statt`` right before a bare number, then a lower-case word (a verb, no noun: not ``Statt
1.500 Stellen``) and up to 40 characters without a figure or a sentence's end before the next
amount: the old value takes the new one's currency (``Statt 1.610 gibt es ab Juni 1.690 Euro``)."""

SCALE_LEADS_GAP = r"^\s*(?:millionen|million|mio\.|mill\.)"
"""A scale word right after a bare number, before ``CURRENCY_SHARED_GAP``: the number shares
the next amount's currency only when that amount is in millions too (``3,4 Millionen statt
3,8 Millionen Euro``)."""

CURRENCY_SHARED_BACK_GAP = (
    r"^(?:\s+(?:brutto\s+)?(?:pro|je|die|im|in\s+der)\s+(?:stunde|monat|jahr))?"
    r"\s*(?:\(\s*(?:zuvor|bisher|vorher|davor|vormals|früher|vorjahr|(?:19|20)[0-9][0-9])\s*:?"
    # (a bracket holding only a figure, perhaps labelled: ``2967 Euro (Bundesschnitt: 2580)``)
    r"|\(\s*(?:[^\s():0-9]{3,30}\s*:\s*)?"
    r"|statt(?:\s+(?:zuvor|bisher|vorher|bislang))?)\s*$"
    r"|^\s*\)\s*(?:,|;|und|oder|sowie|bzw\.)?\s*(?:[^\s()0-9]+\s+){0,3}[^\s()0-9]+\s*\(\s*$"
    # (the next step of a list: ``570 Euro, im 2. Jahr 720``)
    r"|^\s*,\s*(?:im|in\s+der)\s+(?:[0-9]{1,2}\.\s*|zweite[nr]?\s+|dritte[nr]?\s+|vierte[nr]?\s+)(?:lehr|ausbildungs)?jahr\w*\s*$"
)
"""The words between an amount and a bare number after it that make the number share the
amount's currency and scale: ``14,60 Euro statt 13,20``, ``17,10 Euro pro Stunde (davor: 15,40)``,
``3,1 Mio. Euro (Vorjahr: 2,8)``, the next item of a list of bracketed figures (``Hessen
(6360 Euro) oder Bayern (6280)``)."""
STEP_NAMED_AFTER = r"^\s+(?:im|in\s+der)\s+(?:[0-9]{1,2}\.|ersten|zweiten|dritten|vierten|fünften)(?-u:\b)"
STEP_NAMED_AFTER_GAP = rf"{STEP_NAMED_AFTER}(?:\s+(?:lehr|ausbildungs|berufs)?jahr\w*)?\s*(?:,|und|sowie)\s*$"
"""A list of steps each named after its figure (``926 Euro im ersten, 988 im zweiten und 1050
im dritten Jahr``): the gap after an amount, and after the bare number, the next step's name."""

BARE_CLOSING_GAP_MAX = 80
"""A bare figure written with thousands (``72.000``) that closes a clause shares the currency
of an amount before it in its sentence when at most this many characters, none a digit,
stand between them."""

TABLE_CELL_GAP = r"^\s*\|?\s*$"
TABLE_CELL_LIKE_RATIO = (0.7, 1.3)
"""A bare cell after one with its currency shares it in a row whose cells write their currency
(two or more) only when of a like size (``1.018,20 € 1.068,20``; not ``26,51 € 10,14``)."""
"""Between two cells of a table row (``1.018,20 € 1.068,20``): a bare figure with cents there
shares the currency of the cell before it."""

CURRENCY_HEADER = (
    r"(?:in\s+(?:euro|eur|€)(?:\s+(?:pro|im|je)\s+(?:monat|jahr|stunde))?|\(\s*(?:euro|eur|€)\s*\))\)?\s*:?\s*\*?(?:\s*\[[0-9]{1,2}\])?\s*\|?\s*$"
    r"|^[^0-9]*(?:(?:euro|eur|€)\s*\||\|\s*(?:euro|eur|€)\s*$)[^0-9]*$"
    # (a pay scale's header naming the currency in its first cell, its steps' numbers after it:
    # ``Euro | 1 | 2 | 3 |``)
    r"|^\s*(?:euro|eur|€)\s*(?:\|\s*[0-9]{1,2}\s*)+\|?\s*$"
    # (a header's cell naming it in brackets, the cells after it without figures: ``Vergütung im
    # 1. Lehrjahr (in €) | West | Ost |``, ``Jahr | Mindestlohn (€/Std.) |``, ``Grundgehalt [in Euro] |``)
    r"|[(\[]\s*(?:in\s+)?(?:euro|eur|€)(?:\s*/\s*(?:std\.?|stunde|h|monat|jahr))?\s*[)\]]\s*(?:\|[^0-9|]*)+\|?\s*$"
    r"|^[^0-9]{0,80}?(?:entgelt|gehalt|gehälter|vergütung|lohn|löhne|besoldung|bezüge|tabelle|beträge|sätze)\w*\s+(?:[^\s()0-9]{1,4}\s+)?(?:\([^()]*\)\s+)?in\s+(?:euro|eur|€)(?-u:\b)"
    # (a sentence of the line saying so: ``Die Beträge links daneben sind der Grundsold in Euro.``)
    r"|(?-u:\b)die\s+(?:beträge|angaben|werte|zahlen)\s[^.0-9]{0,60}?in\s+(?:euro|eur|€)\s*(?:[.:]|$)"
)
"""A line ending by naming the currency of a table or list below it (``gültig ab 1. März 2018
(monatlich in Euro)``, ``Beträge in €:``), a table header naming it without figures
(``| Euro |``), or a table's title opening with pay in euros (``Monatliches Bruttoentgelt in
Euro ab 1.3.2024 …``, ``Entgelttabelle S (Erzieherinnen) in EUR ab 1.4.2022``), matched lower-cased: the bare figures of the cells below are euro amounts
(with a thousands separator or cents only)."""

STEP_GLUED = r"^[0-9][0-9]{1,2}\.[0-9]{3},[0-9]{2}$"
"""A glued cell with cents after a letter that follows a digit (``9b13.336,59``): its first
digit is the grade's step (``9b`` step 1), the rest the amount."""

FOOTNOTE_AFTER_CURRENCY = r"(€|(?i:euro?))[¹²³⁴⁵⁶⁷⁸⁹]"
"""A footnote's superscript mark right after the currency (``2.480 €¹ - 3.510 €¹``), blanked
at equal length so a range reads through it."""

EURO_GLUED = r"(?i)(eur)o([0-9]{1,3}[.,][0-9])"
"""``Euro`` glued to the next figure (a table flattened into text: ``2.419 Euro2.538 Euro``),
its ``o`` and the figure's start captured so the ``o`` can be blanked at equal length (a
figure with thousands or cents: ``Euro1)`` is a footnote)."""

ROW_LABEL_GLUED = r"([0-9])\.([0-9]\.[0-9]{3}(?:,[0-9]{2})?\s?(?i:euro|eur|€))"
"""A digit and a dot glued to a figure with one digit before its thousands point and its
currency (``3.2.080 Euro``): a row label's number and the first cell (``_row_label_parted``)."""

EURO_PARTED_AT_END = r"^(?i:eur)(?i:o)[0-9]"
"""Three characters before a statement's end and two after: ``Eur``, the ``o`` the statement
left out and a digit (``EURO_GLUED``): the span ends after the ``o``."""

JOINED_CURRENCY_TABLE = (
    r"^[^0-9|]{0,40}(?:\|\s*(?:euro|eur|€)(?:\s+(?:ab|bis|seit|vom|von|zum)\s+[0-9]{1,2}\.\s?[0-9]{1,2}\.(?:[0-9]{2,4})?)?\s*)+"
    r"\|\s*[0-9]{1,2}[a-z]?\s*\|\s*[0-9]"
    # (a pay scale's header naming the currency in its first cell and its steps after it, its rows
    # joined to it: ``Euro | 1 | 2 | 3 | 1 | 2356,50 | 2 | 2611,84 | …``)
    r"|^\s*(?:euro|eur|€)\s*(?:\|\s*[0-9]{1,2}\s*){2,}\|[^\n]*?[0-9],[0-9]{2}"
)
"""A table's header whose cells name only the currency (and the date each column holds),
joined to its rows on one line (a row opening with a digit continues the line before it:
``EG | € bis 30.09.24 | € ab 01.10.24 | 1 | 13,50 | 14,00 |``, lower-cased): the line's cells
are euros (``cur_block``)."""

ENDS_NAMING_CURRENCY = r"(?i:euro|eur|€)[ \t\r:)*]*$"
"""A line ending with the currency (a fast first search for a ``CURRENCY_HEADER``: a
pattern anchored at the end is searched backwards from it)."""

PAY_SCALE_HEADER = (
    r"^[^0-9]*?(?:entgelt|besoldungs|lohn|tarif|vergütungs|gehalts)gruppe[^|]*\|\s*stufe\s*[0-9]"
)
"""The header row of a pay scale's table (``Entgeltgruppe | Stufe 1 | Stufe 2 |``): its cells
below written as money (``3.371,39``) are euros even where no line names the currency."""

PAY_SCALE_HEADER_ALONE = r"(?i)^\s*(?:entgelt|besoldungs|lohn|tarif|vergütungs|gehalts)gruppen?\s*$"
"""A pay scale's first header cell alone on its line (a table flattened one cell a line:
``Entgeltgruppe`` ⏎ ``Stufe 1`` ⏎ ``Stufe 2`` ⏎ ``P 8`` ⏎ ``3.211,40``): like a
``PAY_SCALE_HEADER``, the cells below it written as money are euros."""
STEP_HEADER_LINE = r"(?i)^\s*(?:stufe|erfahrungsstufe|entwicklungsstufe)\s*[0-9]{1,2}\s*$"
"""The line after a ``PAY_SCALE_HEADER_ALONE``: the first step's header cell (``Stufe 1``)."""
_SCALE_CELL = (
    r"(?:(?:stufe|erfahrungsstufe|entwicklungsstufe)\s*[0-9]{1,2}|[a-z]{1,2}\s?[0-9]{1,2}[a-z]?|[-–—]"
    r"|[0-9]{1,3}(?:\.[0-9]{3})*,[0-9]{2})"
)
SCALE_CELL_LINE = rf"(?i)^\s*{_SCALE_CELL}(?:\s+{_SCALE_CELL})*\s*$"
"""A line of a scale flattened one cell a line below its ``PAY_SCALE_HEADER_ALONE``: steps'
headers, grades (``P 8``, ``E 9a``), empty cells' dashes and figures written with cents, one or
several (a hard-wrapped text joins its short lines)."""

PAY_HEADING = (
    r"^\W*(?:[a-zäöüß.-]+\s+){0,3}?[a-zäöüß-]*(?:gehalt|gehälter|vergütung|vergütungen|entgelt|entgelte|lohn|löhne"
    r"|besoldung|bezüge)\s*(?:\((?:brutto|monatlich|jährlich)\)\s*)?(?:(?:pro|im|je)\s+(?:monat|jahr|stunde)|monatlich|jährlich)?"
    r"\s*(?:ab\s+(?:dem\s+)?[0-9]{1,2}\.\s*(?:[0-9]{1,2}\.|[a-zäöü]+)\s*[0-9]{2,4})?\s*:?\s*$"
    # (whose group is named, closing with a colon: ``Bruttodurchschnittsgehalt für Berufseinsteiger:``)
    r"|^\W*[a-zäöüß-]*(?:gehalt|gehälter|vergütung|vergütungen|entgelt|entgelte|lohn|löhne|einkommen)"
    r"\s+(?:für|von|der|des|in|im|nach)\s+[^:0-9]{1,40}:\s*$"
)
HEADING_BEFORE_TABLE = r"^([^|0-9]{3,60}?)\s+[0-9][^|]{0,30}\|"
"""The words before a table's first row a line opens with (group 1), when the table was joined
to its heading: read as a ``PAY_HEADING``."""
PAY_HEADING_WORDS = ["monat", "jahres", "jährlich", "stunden", "brutto"]
PAY_HEADING_MAX = 60
"""A heading line naming pay and its period, without a figure (``Bruttomonatsgehälter``,
``Mindestausbildungsvergütung pro Monat``; one of ``PAY_HEADING_WORDS`` in it, at most
``PAY_HEADING_MAX`` characters, lower-cased): like a ``CURRENCY_HEADER``, the cells of the
table below it written as money (``4.984,81``, ``550,00``) are euro amounts."""

CURRENCY_NAMED = ["in Euro", "in EUR", "in €", "(Euro)", "(EUR)", "(€)"]
"""Plain words of ``CURRENCY_HEADER``'s forms (a fast first search over whole texts; the forms
ending in a colon are found by ``LINE_ENDS_IN_COLON``)."""

MONEY_WRITTEN_IN_ROW = r"[0-9][.\u00a0\u202f ][0-9]{3}(?:[^0-9]|$)|[0-9],[0-9]{2}(?:[^0-9]|$)"
"""A figure written as money in a table row (``2.900``, ``13,50``): a plain whole number beside it
is a count, no euro amount."""

THOUSANDS_WRITTEN = r"^[0-9]{1,3}(?:[.\u00a0\u202f\u2009 ’'][0-9]{3})+$"
"""A figure written with a thousands separator (``4.168``)."""


MONEY_HINT = r"€|Euro|EUR|Eur(?-u:\b)|euro(?-u:\b)|brutto|Brutto|,-|,–"
"""A line without any of these holds no salary statement (every statement names a currency,
says ``brutto`` right after its figure, ``3.100 brutto``, or writes it as money, ``1462,-``).
Plain words: a fast search."""

CURRENCY_WORD = r"€|(?i:euro|eur)(?-u:\b)"
"""A currency named in a sentence."""

MONEY_DASH = r"[0-9](?:,-{1,2}|,–)(?:[^0-9]|$)"
"""A figure written as money with ``,-`` (``Nachtportier 1815,-``): it names no currency but is
one (the euro, unless another is named)."""

CLAUSE_BOUNDARY = r";|\s[–—-]\s"
"""Separates clauses inside a sentence: ``;`` and a spaced dash (``–``, ``—``, ``-``)."""

RIGHT_CLAUSE_BOUNDARY = r"^[A-ZÄÖÜ]|,(?:\s|$)|[;:]|\s[–—-]\s|(?-u:\b)(?:und|oder|aber|sowie|während|doch|zuzüglich|zzgl|plus|inklusive|inkl|dazu)(?-u:\b)"
"""Where the words after a statement stop describing it: ``3.000 € und kann nach fünf
Jahren …`` says nothing more about the 3.000 €; a capital glued to it opens the next cell of a
flattened table (``845 EURNach der Ausbildung``)."""

CLAUSE_BEFORE_MAX = 80
"""Of the clause before an amount, at most this many characters are read for not-pay words
(more reaches words of other statements across missed sentence ends: ``… regional
unterschieden: In Ostdeutschland entspricht er der Lohngruppe 1. In Westdeutschland liegt er
bei 14,95 Euro``)."""

NON_PAY_CLAUSE_BOUNDARY = r",(?:\s|$)|[;()]|\s[–—-]\s|:\s+(?:So|Damit|Demnach|Dabei|Hier|Dort|Also|Denn)\s|(?-u:\b)(?:und|oder|aber|sowie|während|doch|zuzüglich|zzgl|plus|inklusive|inkl|dazu)(?-u:\b)"
"""Tighter boundary for the not-pay context words: punctuation, a spaced dash and the
conjunctions ``und``/``oder``/``aber``, ``zuzüglich``/``plus``: in ``4.000 € und das
Jobticket kostet 50 €`` the ticket belongs to the second amount only, in ``55.000 € p.a.
zuzüglich Bonus`` the bonus is not the salary. A colon is no boundary: the label before it
belongs to the value (``Abzüge: 50 €``); unless a clause of its own opens after it (``große
Unterschiede: So verdienen Köche in Hamburg 3.100 Euro``)."""

POST_CLAUSE_BOUNDARY = NON_PAY_CLAUSE_BOUNDARY + r"|:\s*[„\u0022»]"
"""``NON_PAY_CLAUSE_BOUNDARY`` for the words after a figure: a colon opening a quotation ends its
clause too (``mit 2.100 Euro brutto: „Im Alter …``)."""


NUMBER_WORDS = {
    "ein": 1.0, "eine": 1.0, "einen": 1.0, "einer": 1.0, "einem": 1.0, "zwei": 2.0, "drei": 3.0, "vier": 4.0, "fünf": 5.0, "sechs": 6.0,
    "sieben": 7.0, "acht": 8.0, "neun": 9.0, "zehn": 10.0, "elf": 11.0, "zwölf": 12.0, "dreizehn": 13.0,
    "vierzehn": 14.0, "fünfzehn": 15.0, "sechzehn": 16.0, "siebzehn": 17.0, "achtzehn": 18.0,
    "neunzehn": 19.0, "zwanzig": 20.0, "dreißig": 30.0, "vierzig": 40.0, "fünfzig": 50.0, "hundert": 100.0,
    "halbe": 0.5,
}  # fmt: skip
"""Numbers written as words, as they precede ``Euro`` or a scale (``zwölf Euro``, ``zehn
Millionen Euro``, ``eine halbe Million``)."""

_NUMBER_WORDS_CASED = {
    w: f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(NUMBER_WORDS, key=len, reverse=True)
}
_NUMBER_WORD_ANY = "|".join(_NUMBER_WORDS_CASED.values())
_NUMBER_WORD = "|".join(cased for w, cased in _NUMBER_WORDS_CASED.items() if w != "einem")
"""(``einem`` only as a range's first bound, ``zwischen einem und drei Euro``: ``ein Zuschlag von
einem Euro`` is rarely pay)"""


def amount(name: str, words: bool = True, bare_words: bool = False, glued: bool = False) -> str:
    """One euro amount with named groups ``<name>_pre``, ``_num``, ``_dec``, ``_suf``,
    ``_word`` and ``_wsuf`` (a number written as a word, and its currency).

    Matches ``4.200 €``, ``4.200,00 €``, ``4.200,- €``, ``4200 Euro``, ``EUR 4.200``,
    ``€ 4.200``, ``4 200 €`` (also narrow no-break space), ``4,2 Tsd. €``, ``68 T€``,
    ``68k €``, ``13,90 Euro``, ``12.00 Euro`` (a dot before two digits is a decimal point:
    thousands have three), ``15,26) Euro`` (the closing
    bracket of ``15,72 (zuvor: 15,26) Euro``), ``zwölf Euro``, ``zehn Millionen Euro`` and a
    bare number (``4.200``; the caller requires a currency somewhere in the statement). A
    number word carries its currency, except as the first bound of ``zwischen … und …``
    (``bare_words``: ``zwischen elf und dreizehn Euro``); ``words=False`` leaves them out (the
    bounds of split ranges, the second bound of ``X bis Y``: a smaller automaton). With
    ``glued`` a thousands figure stuck to a word still counts (``Sachsen33.420 €``, a table
    flattened into text: ``_glued``/``_gsuf``, its cents too: ``Maurer/in34.844,00 €``; a plain
    figure only with its currency,
    ``_gplain``/``_gpsuf``; the letter is trimmed from the statement), and
    one with cents (``ca14,50 Euro``, ``bzw12,70 Euro``). Must
    not match ``450-Euro`` as an amount with currency, nor run into the next number (``2023
    4.200`` is two numbers).
    """
    # ``brutto`` right after a figure stands for the currency (``bekomme 3.100 brutto``, ``58k brutto``)
    # (``EUR`` needs no boundary: a flattened table glues it to the next label, ``880 EUR2. Lehrjahr``)
    # (and ``Jahresbrutto``/``Monatsbrutto``: ``230.700 Jahresbrutto``)
    # (``Euro`` glued to the next capital: a flattened list, ``2.042 EuroHessen: 2.048 Euro``; the capital
    # is trimmed from the statement)
    currency = r"(?:€|Euro(?:brutto)?(?-u:\b)|Euro[A-ZÄÖÜ]|EURO(?-u:\b)|euro(?-u:\b)|EUR|Eur(?-u:\b)|(?:[Bb]|Jahresb|Monatsb)rutto(?-u:\b))"
    scale = r"(?:Tsd\.?|Tausend|tausend|[kK]|Mio\.?|Mill\.|Millionen|Million|Mrd\.?|Milliarden|Milliarde)"
    glued_scale = r"(?:Mio\.?|Mill\.|Millionen|Million|Mrd\.?|Milliarden|Milliarde|Tsd\.?|Tausend)"
    # (not after a number word: ``einen Brutto-Netto-Rechner``)
    word_currency = r"(?:€|Euro(?-u:\b)|euro(?-u:\b)|EUR(?-u:\b)|Eur(?-u:\b))"
    word = (
        rf"|(?-u:\b)(?P<{name}_word>{_NUMBER_WORD_ANY if bare_words else _NUMBER_WORD})"
        rf"(?P<{name}_wsuf>{SPACE}(?:{scale}{SPACE})?{word_currency})" + ("?" if bare_words else "")
        if words
        else rf"(?P<{name}_word>_\A)?(?P<{name}_wsuf>_\A)?"
    )
    word += (
        # (bare, it may open a range: ``Einstiegsgehalt2.500–3.000 Euro``)
        rf"|[a-zäöüßA-ZÄÖÜ](?:(?P<{name}_glued>[0-9]{{1,3}}(?:\.[0-9]{{3}})+(?:,[0-9]{{2}})?|[0-9]{{1,3}},[0-9]{{2}})(?-u:\b)(?P<{name}_gsuf>{OPT_SPACE}{currency})?"
        # (a plain figure of three or four digits only with its currency: ``2. Jahr766 Euro``)
        rf"|(?P<{name}_gplain>[0-9]{{3,4}})(?P<{name}_gpsuf>{OPT_SPACE}{word_currency}))"
        if glued
        else rf"(?P<{name}_glued>_\A)?(?P<{name}_gsuf>_\A)?(?P<{name}_gplain>_\A)?(?P<{name}_gpsuf>_\A)?"
    )
    return (
        # (blanks aligning a column may follow the currency: ``Euro    880,00``)
        rf"(?:(?P<{name}_pre>€|EUR(?-u:\b)|Euro(?-u:\b)){SPACE}{{0,4}})?"
        # (a grouped figure never opens with a zero: ``2021-11 187.000 Euro`` is a date, then 187,000)
        # (or glued to ``Euro``: ``netto zirka 1.731Euro``)
        rf"(?:(?-u:\b)(?P<{name}_gnum>[1-9][0-9]{{0,2}}(?:\.[0-9]{{3}})+)(?P<{name}_nsuf>Euro|EUR)(?-u:\b)"
        rf"|(?:(?-u:\b)(?P<{name}_num>[1-9][0-9]{{0,2}}(?:[.\u00a0\u202f\u2009 ’'][0-9]{{3}})+(?-u:\b)|[0-9]+)"
        # (a large scale may be glued to the decimals: ``1,11Millionen Euro``, ``2,4Mio. €``)
        rf"(?:,(?P<{name}_dec>[0-9]{{1,3}})(?:(?-u:\b)|(?P<{name}_dsuf>{glued_scale}{OPT_SPACE}{word_currency}))"
        rf"|\.(?P<{name}_dot>[0-9]{{1,2}})(?-u:\b)|,-{{1,2}}|,–|-,)?"
        # (not ``brutto`` after a closing bracket: ``(netto ca. 428,-) brutto im 2. Jahr`` opens the next line)
        rf"(?P<{name}_suf>\){OPT_SPACE}(?:{scale}{OPT_SPACE}|T)?{word_currency}|{OPT_SPACE}(?:{scale}{OPT_SPACE}|T)?{currency})?"
        rf"{word}))"
    )


PAY_OF_BEFORE = r"(?:gehalt|lohn|einkommen|verdienst|vergütung)\s+(?:von|in\s+höhe\s+von)\s*$"
"""Right before a figure (lower case; ``von`` is read as the statement's own word when it is
one): a pay named for it (``ein Durchschnittsgehalt von``)."""

PAY_OF_FIGURE = (
    r"(?:gehalt|lohn|einkommen|verdienst|vergütung)\s+(?:von|in\s+höhe\s+von)\s+[0-9]{1,3}(?:\.[0-9]{3})+\s*$"
)
"""A pay named, then ``von`` and a figure written with thousands ending the statement
(``ein Jahresbruttogehalt von 43.100``): that figure is money."""

COUNT_NOUN_AFTER = (
    r"^\s+[A-ZÄÖÜ][a-zäöüß]{2,}(?:en|ern|innen|leute|leuten|kräfte|kräften)(?-u:\b)"
    r"|^\s+(?:Einwohner|Bewohner|Plätze|Mitglieder|Mitarbeiter|Beschäftigte|Schüler|Kinder)(?-u:\b)"
)
AMOUNT_WORD_AFTER = r"^\s+(?:Euro|EUR|Eur|Brutto|Netto|Mio|Mill|Million|Tsd|Tausend|Mrd|Milliarde)"
"""A plural noun of people right after such a figure, no currency or scale word (``den
Verdienst von 12.417 Absolventen``; not ``43.100 Euros``, ``48.000 Monatlich``): the figure counts
them, no money."""

BASE_PAY_NAMED = r"grundgehalt|grundlohn|grundvergütung|grundentgelt|festgehalt|fixgehalt|tabellenentgelt"
"""Base pay named in a figure's own clause (lower case): a sentence about an allowance leaves it pay."""

WAGE_OF_BEFORE = (
    r"(?-u:\b)(?:ein(?:en)?|der|den|das|ihr(?:en)?|sein(?:en)?)\s+(?:[a-zäöüß]+e[nrs]?\s+)?"
    r"(?:tarif|stunden|monats|jahres|brutto|grund|einstiegs|mindest)?(?:lohn|gehalt|einkommen|verdienst|vergütung|entgelt)\s+(?:von\s+|in\s+höhe\s+von\s+)?$"
)
"""Right before a figure (lower case): its pay named with an article (``ein Tariflohn von``):
the figure is that pay, whatever its clause says of turnover or prices."""

GLAD_OF_BEFORE = r"(?-u:\b)freu(?:en|t|st|te|ten)?\s+(?:\S+\s+){0,3}$"
"""Before ``über``: being glad of a figure (``freuen sich Facharbeiter über 3.567 €``), no
lower bound."""

WAGE_NAMED_BEFORE = (
    r"(?-u:\b)(?:stundenlohn|monatslohn|tariflohn|mindestlohn|grundgehalt|einstiegsgehalt|monatsgehalt"
    r"|jahresgehalt|bruttogehalt|tarifgehalt)\s+(?:von\s+|in\s+höhe(?:\s+von)?\s+)?(?:\S+\s+)?$"
)
"""A wage named right before its figure (``einen Stundenlohn von 3,82 Euro``): pay, even in a
sentence speaking of a threshold (not ``Einkommen``/``Verdienst``: ``ein Verdienst von bis zu
538 Euro`` is the mini-job limit)."""

PAID_MILLIONS = r"erhielt|erhält|erhalten|verdien|kassier|bekam|bekommt|gehalt|vergütung|bezüge|(?-u:\b)wert(?-u:\b)|eingestrichen|streicht"
"""In the sentence of bare millions after millions of euros (lower case): pay, so they are
euros too (``Er erhielt von VW 8,8 Millionen.``)."""

MILLIONS_AGAIN_AFTER = (
    r"^\s*(?:Millionen(?:\s*[.;,:)!?–-]|\s*$|\s+[a-zäöüß])|Mio\.?(?:\s*[;,:)!?–-]|\s*$|\s+[a-zäöüß]))"
)
"""After a bare ``1,42 Millionen`` that follows millions of euros in its sentence: no noun
(``… kassiert``, ``.``), so the millions are euros too (not ``1,2 Millionen Kunden``)."""

TALK_ABOUT_BEFORE = r"(?-u:\b)(?:reden|sprechen|redet|spricht|diskutier[a-z]*|streiten)\s+(?:(?:wir|hier|mal|jetzt|ja|doch)\s+){0,3}$"
"""Before ``über``: talking about a figure (``Immerhin reden wir hier über 8,50 EUR``), no lower
bound."""

GAP_BETWEEN_BEFORE = r"(?-u:\b)zwischen\s+[^.,;]{0,40}?\s+und\s+[^.,;]{0,40}?\s+(?:liegen|liegt|klaffen|klafft)\s+(?:[a-zäöüß.]+\s+){0,3}$"
"""Before a figure: the gap between two (``Zwischen Leipzig und Stuttgart liegen beim Lohn rund
zwei Euro``), a ``raise_or_difference``."""

GLAD_OF_AFTER = r"^[^.,;:!?]{0,40}?(?-u:\b)freu(?:en|t|st)(?-u:\b)"
"""After ``sich über`` and its figure: being glad of it (``kann sich über 73.000 Euro im Jahr
freuen``), no lower bound."""

VAGUE_BEFORE = r"(?-u:\b)(?:mehrere|einige|ein\s+paar|etliche|viele|paar)\s*$"
"""Before a number word: a vague quantity (``um mehrere hundert Euro``), no figure."""

KEYWORD = (
    r"(?:bis(?:\s+zu)?|ab|mehr\s+als|oberhalb\s+von)\s+(?:rund|etwa|ca\.|circa|knapp|gut|ungefähr)"
    r"|bis\s+zu|bis\s+hin\s+zu|bis|in\s+Richtung|Richtung|mehr\s+als|weit\s+über|oberhalb\s+von"
    r"|(?:maximal|höchstens)\s+(?:auf|mit)|mindestens\s+(?:mit|bei)|mindestens|wenigstens|zumindest|mind\.|min\.|ab|von|vom|maximal|max\.|höchstens|nicht\s+unter|nicht\s+weniger\s+als"
    r"|nicht\s+niedriger\s+als|nicht\s+mehr\s+als|nicht\s+über|besser\s+als|kaum"
    r"|jenseits\s+(?:der|von)"
    r"|unter|weniger\s+als"
    r"|um\s+die|rund|etwa|ca\.|circa|zirka|knapp|gut|annähernd|ungefähr|gegen|fast|beinahe|um"
)
"""The word that shapes a single amount: ``bis zu X``, ``ab X``, ``rund X``, ``Richtung X``,
``bis rund X`` (an approximate upper bound), ``ab etwa X``, ``steigt maximal auf X``.

Longer alternatives come first (``bis zu`` before ``bis``, ``um die`` before ``um``).
Matched case-insensitively; a word boundary must precede it (``Schub 4.000 €`` has no
``ab``)."""

CONNECTOR = r"bis(?:\s+zu)?|–|-|—|‒"
"""Joins two amounts into a range: ``X bis Y``, ``X–Y``, ``X - Y``; ``und`` only after ``zwischen``."""

OPEN_TAIL = (
    r"(?:oder|und)\s+(?:(?:gar|sogar|auch|noch|deutlich|etwas)\s+)?(?:darüber|mehr|höher)(?-u:\b)"
    r"|manchmal\s+(?:auch\s+)?(?:darüber|mehr)(?-u:\b)|nach\s+oben\s+offen|aufwärts"
    r"|bis\s+in\s+den\s+\S+stelligen\s+bereich"
)
"""Marks a statement open-ended: ``oder gar darüber``, ``manchmal darüber``, ``nach oben offen``."""

BOUND_MODIFIER = (
    r"(?i:gut|rund|etwa|ca\.|circa|knapp\s+unter|knapp\s+über|knapp|bis\s+zu|maximal|minimal|höchstens|mindestens|deutlich\s+über|über"
    r"|weit\s+über|fast|beinahe|ungefähr|derzeit|aktuell|momentan|zurzeit|mehr\s+als|weniger\s+als"
    r"|durchschnittlich|im\s+(?:schnitt|durchschnitt|mittel)|etwas\s+(?:mehr\s+als|weniger\s+als|über|unter))"
)
"""A word in front of one bound of a range: ``zwischen gut 3.100 € … und bis zu 3.900 €``,
``zwischen durchschnittlich 32.000 und 49.000 Euro``."""

LOWER_BOUND_MODIFIER = r"(?i:gut|rund|etwa|ca\.|circa|knapp|fast|beinahe|ungefähr|unter)"
"""A word in front of the first bound of ``von … bis …``: never an upper-bound word (``von
bis zu 950 EUR im ersten Jahr und bis zu 1.070 EUR`` is two statements)."""

_PAREN = rf"(?:{GAP}\([^()\r\n]{{0,80}}\))?"
"""A parenthetical after a bound: ``von 3 126 Euro (Hessen; E 5) bis 3 522 Euro``."""

OPEN_TAIL_IN_CLAUSE = (
    r"^[^,;:.()0-9]{0,40}?(?:(?:oder|und)\s+(?:(?:gar|sogar|auch|noch|deutlich|etwas)\s+)?(?:darüber|mehr)(?-u:\b)"
    r"|manchmal\s+(?:auch\s+)?(?:darüber|mehr)(?-u:\b)|nach\s+oben\s+offen|(?:und\s+)?aufwärts)"
)
"""An open tail a few words after a single figure, in its clause: ``15 Euro brutto pro
Stunde und mehr`` is 15 Euro or more."""

CEILING_TAIL_IN_CLAUSE = r"^[^,;:.()0-9]{0,40}?(?-u:\b)(?:oder|und)\s+(?:(?:sogar|auch|noch|etwas)\s+)?(?:weniger|darunter)(?-u:\b)"
"""A ceiling's tail a few words after a single figure, in its clause: ``etwa 2.000 Euro
monatlich oder weniger`` is at most 2.000 Euro."""

UP_TO_LAST_FIGURE = r"(?i:bis\s+zu|maximal|höchstens)\s*(?i:€|eur|euro)?\s*[0-9.,\s]+(?i:€|euro|eur)?\s*$"
"""``bis zu`` right before a statement's last figure (``ab 2019 werden bis zu 1.656 Euro``)."""

YEAR_GLUED = r"^(?:199[0-9]|20[0-4][0-9])[1-9][0-9]?$"
"""Digits of a year (1990-2049) followed, without a space, by a figure of one or two digits
with cents (``20219,50``, ``202210,45``): a table of dates flattened into text. Not
``20190,00`` (a figure cannot start with 0) nor anything written with separators."""

NOT_PAY_COLUMNS = {
    "net_pay": r"netto",
    "bonus_or_allowance": r"variabl|bonus|(?-u:\b)boni(?-u:\b)|tantieme|prämie|zulage|zuschl|sonderzahlung|urlaubsgeld|weihnachtsgeld",
    "employer_cost": r"arbeitgeberkosten|lohnkosten|personalkosten|gesamtkosten",
    "one_off_payment": r"einmalzahlung|einmalbetrag|pauschalzahlung|inflationsausgleich",
    "raise_or_difference": r"erhöhung|steigerung|anhebung",
}
"""A table header's cells (lower case) naming a column of no pay, and its reason (not a cell saying
what a pay includes, leaves out or follows: ``NOT_PAY_CELL_PAY``)."""
NOT_PAY_CELL_PAY = r"inkl|einschl|ohne|exkl|zzgl|zuzügl|(?-u:\b)(?:nach|mit|plus|vor)(?-u:\b)"
"""A header cell naming pay with or without an extra (``Jahresgehalt inkl. Urlaubsgeld``, ``Lohn nach
Erhöhung``): not a column of the extra (a net column stays one: ``Netto nach Steuern``)."""
_NOT_PAY_CELL = "|".join(NOT_PAY_COLUMNS.values())
NOT_PAY_COLUMN_HEADER = rf"(?im)^([^\n0-9|]*\|(?:[^\n0-9]|(?:19|20)[0-9]{{2}})*(?:{_NOT_PAY_CELL})(?:[^\n0-9]|(?:19|20)[0-9]{{2}})*)$"
"""A table's header row naming a column of ``NOT_PAY_COLUMNS``, no figure in it (``| Stufe | Brutto |
Netto (SK I) |``, ``| Kasse | Grundvergütung | Variable Bestandteile 2024 |``): group 1 is the row
(no figure in it but a year)."""

UPPER_COLUMN_HEADER = (
    r"(?im)^([^\n|€0-9]*\|[^\n€0-9]*?(?:höchstens|höchstmöglich|maximal|bis\s+zu)[^\n€0-9]*)$"
)
"""A table's header row naming a column of caps, no euro sign nor digit in it (``Kasse | Grundvergütung |
Höchstmögliche Bezüge``): group 1 is the row. (Not a column of floors: ``Ausbildungsvergütung
mindestens`` heads statutory minimums, exact figures.)"""
UPPER_COLUMN_CELL = r"(?i)höchstens|höchstmöglich|maximal|bis\s+zu"
"""A header cell naming a column of caps: its figures are upper bounds (``- 2.270``)."""
UPPER_COLUMN_TABLE_BEFORE = r"(?i)\n[^\n|€0-9]*\|[^\n€0-9]*?(?:höchstens|höchstmöglich|maximal|bis\s+zu)[^\n€0-9]*\r?\n(?:[^\n]*\|[^\n]*\n){0,60}[^\n]*$"
"""The text before a figure: an ``UPPER_COLUMN_HEADER`` line, then only lines of its table
(holding ``|``) down to the figure's line: the figure is in that header's table."""
UPPER_COLUMN_REACH = 4000
"""How far back (characters) an ``UPPER_COLUMN_TABLE_BEFORE`` is looked for."""

YEAR_AFTER_BIS = r"(?i)\s*(?-u:\b)bis\s+(?:19|20)[0-9][0-9]\s*$"
"""``bis`` and a bare year closing a statement (``Mindestens 11,80 Euro bis 2023``): a date."""

PERIOD_THEN_YEAR = (
    r"(?i)\s+(?:brutto\s+|netto\s+)?(?:monatlich|jährlich|(?:im|pro|je)\s+(?:monat|jahr)|brutto|netto)"
    r"\s+bis\s+(?:19|20)[0-9][0-9]\s*$"
)
YEAR_AFTER_PERIOD = r"(?i)(?:€|euro|eur)" + PERIOD_THEN_YEAR
"""A figure with its currency and period, then ``bis`` and a year (``von 1.500 Euro brutto
monatlich bis 2020``): a date, whatever the figure's size; the statement ends at its currency
(``PERIOD_THEN_YEAR`` cut off: the period is read after it)."""

PERCENT_AFTER = r"^\s*(?:%|prozent)"
"""Right after a plain range's second bound: a percentage (``231,4 Millionen Euro – 10,4
Prozent mehr``): no range, the dash closes the figure's clause."""
RANGE_SECOND_BOUND = r"\s*(?:–|-|—|‒|bis(?:\s+zu)?)\s*[0-9.,]+$"
"""The connector and the bare second bound at the end of a plain range's statement."""

SIGNED_SECOND = r"[^\s]\s+-[0-9]"
SIGNED_SECOND_RATIO = 0.5
"""Inside a plain range's statement: a blank, then a hyphen glued to the second figure's digits
(``55.425 € -4153 €``), the second figure at most ``SIGNED_SECOND_RATIO`` of the first: a sign,
no connector (``4.200 - 5.500 €``, ``4.200-5.500 €``, ``48.000 € -55.000 €`` join)."""
SIGNED_SECOND_BEFORE = r"^(.*?[^\s])\s+-[0-9]"
SIGNED_SECOND_BEFORE_SIGN = r"^(.*?[^\s]\s+)-[0-9]"
"""The first figure of a ``SIGNED_SECOND`` statement (group 1), and all before the sign."""

BETWEEN_RANGE = (
    # (``zwischen umgerechnet 31 und 44 Millionen Euro``: a conversion word before the first bound
    # only; ``zwischen 6.000 Zloty und umgerechnet 1.400 Euro`` is no range)
    rf"(?i:(?-u:\b)zwischen){GAP}(?:(?:{BOUND_MODIFIER}|(?i:umgerechnet)){GAP})?{amount('a1', bare_words=True)}"
    rf"(?:{GAP}(?i:brutto|netto|monatlich|jährlich))?{_PAREN}"
    # (the words between may hold the first bound's ``Mio.``: ``zwischen 1,5 Mio. und 2 Mio. Euro``)
    # (and a parenthetical after them: ``zwischen 9,10 Euro im Osten (mit Berlin) und 12,60 Euro``)
    rf"(?:{GAP}(?:[^0-9€.!?;:()\r\n]|(?i:mio|mrd)\.|(?i:p\.\s?a)\.){{1,40}}?)?{_PAREN}{GAP}(?i:und|u\.|bis){GAP}(?:{BOUND_MODIFIER}{GAP})?{amount('b1')}"
)
"""``zwischen 4.200 € und 5.500 €``, ``zwischen 4.200 und 5.500 €`` (currency once),
``zwischen 2.900 EUR brutto und 4.660 EUR brutto``, ``zwischen 5 783 Euro (Saarland) und
6 977 Euro``, ``zwischen gut 3.100 € in kleinen Betrieben und bis zu 3.900 €``."""

SPLIT_RANGE = (
    rf"(?i:(?-u:\b)(?:von|ab|bei|mindestens)){GAP}(?:{LOWER_BOUND_MODIFIER}{GAP})?{amount('a3', words=False)}"
    rf"(?P<mid>{_PAREN}[^0-9€.!?;:,()\r\n–—]{{0,60}}?){GAP}"
    rf"(?i:bis(?:{GAP}(?:zu|auf|hin{GAP}zu|höchstens|maximal))?|und{GAP}(?:endet|reicht|geht){GAP}(?:bei|bis))"
    rf"{GAP}(?:{BOUND_MODIFIER}{GAP})?{amount('b3', words=False)}"
)
"""A range whose bounds sit in two clauses: ``von 3.200 € im Osten bis 4.100 € im Süden``,
``bei 3.000 € und kann bis auf 4.500 € steigen``, ``von 3 126 Euro (Hessen; E 5) bis zu
3 522 Euro``, ``mindestens 2 524 Euro (IIIa) bis höchstens 3 239 Euro``, ``von rund
34.000 bis deutlich über 40.000 €``, ``fängt bei 3.600 Euro an und endet bei 5.800 Euro``. Outside a parenthetical the words between the bounds
hold no number and no punctuation, so two statements (``3.000 €, Führungskräfte bis zu
6.000 €``) are never joined."""

START_TO_END = r"(?i)(?-u:\b)und\s+(?:endet|reicht|geht)\s+(?:bei|bis)(?-u:\b)"
SENIORITY_ENTRY_NAMED = (
    r"einst(?:ieg|eig)|berufsanf|absolvent|junior|anfangsgehalt|startgehalt|berufsstart|einsteiger"
)
"""In a range statement (``SPLIT_RANGE``): a scale's start and its end (``beginnt bei 2.900 Euro
und endet bei 4.100 Euro``); the verb of starting is no entry level, unless the sentence names
entry pay (``SENIORITY_ENTRY_NAMED``: ``Das Einstiegsgehalt beginnt bei … und reicht bis …``)."""

OWN_PAY_MID = (
    r"(?i)(?:und|sowie|,)\s+(?:(?:ein|eine|einem|das|die|der)\s+)?(?:[a-zäöüß]+\s+)?[a-zäöüß-]*"
    r"(?:gehalt|gehälter|lohn|löhne|vergütung|vergütungen|einkommen|verdienst|verdienste|verdiensten|entgelt)\s+(?:von\s*)?$"
)
"""Between the bounds of a ``von … bis`` statement: a pay of its own named for the second figure
(``ein Anfangsgehalt von 61.000 Euro sowie ein Spitzengehalt von bis zu 240.000 Euro``, ``… und
Spitzenverdienste von bis zu …``): two statements, no range."""

SHAPED_AMOUNT = (
    # (an article may stand before a number word: ``mehr als eine halbe Million Euro``)
    rf"(?:(?P<kw>(?i:(?-u:\b)(?:{KEYWORD})|über)){GAP}(?:(?i:eine)\s+)?)?{amount('a2', glued=True)}"
    # (the first bound may carry an abbreviation or a quarter in brackets: ``61.000 (HB) bis 74.000
    # Euro (BY)``, ``2.300 € (Ost) bis 2.700 €``; not a statistic, ``(Median)``)
    rf"(?:(?:{GAP}\((?:[A-ZÄÖÜ]{{1,6}}|Ost|West|Nord|Süd|Osten|Westen|Norden|Süden)\))?{OPT_SPACE}(?:{GAP})?(?P<conn>{CONNECTOR}){OPT_SPACE}(?:{GAP})?{amount('b2', words=False)})?"
)
"""A single amount with its shaping keyword, or a plain range: ``bis zu 5.500 €``,
``ab 3.000 €``, ``rund 4.000 €``, ``68.000 € bis 75.000 €``, ``4.200–5.500 €``."""

STATEMENT = rf"(?:{BETWEEN_RANGE}|{SPLIT_RANGE}|{SHAPED_AMOUNT})(?P<tail>{GAP}(?i:{OPEN_TAIL})|\+)?"
"""One salary-like statement: a range, a shaped single amount or a plain amount.

Matches ``zwischen 4.200 € und 5.500 €``, ``68.000 € bis 75.000 €``, ``von 3.000 bis 4.000
Euro``, ``bis zu 5.500 €``, ``in Richtung 90.000 € oder gar darüber``. Bare numbers match
too (``300``, ``2023``); statements without any currency are dropped afterwards."""

PIECE = r"(?s).*?" + STATEMENT
"""Text since the previous statement plus the next statement: consecutive ``extract_all``
matches give each statement's offset as the running sum of piece lengths."""

FIRST_STATEMENT_ON = r"(?s)(?:" + STATEMENT + r").*$"
"""A piece's statement and all after it: replacing it by nothing leaves the text before the
statement (a search without captures, which runs on the regex crate's fast automata)."""

STATEMENT_GROUPS = r"(?s)^(?:" + STATEMENT + r")$"
"""The groups of one statement, matched on the statement alone: the capture engine, slow
on long text, only ever sees the few characters of a statement."""

SHAPED_GROUPS = r"(?s)^(?:" + SHAPED_AMOUNT + rf")(?P<tail>{GAP}(?i:{OPEN_TAIL})|\+)?$"
"""``STATEMENT_GROUPS`` for a statement that does not open with a range's word
(``RANGE_OPENS``): only the shaped amount can match it."""

RANGE_OPENS = r"^(?i:zwischen|von|ab|bei|mindestens)(?-u:\b)"
"""How the statements that may be a ``BETWEEN_RANGE`` or a ``SPLIT_RANGE`` open."""

HEADER = r"(?m)^[ \t]*Beruf[ \t]+(?P<occupation>[^\r\n]+)[ \t]+in[ \t]+(?P<city>[^\r\n]+?)[ \t]*\r?$"
"""The portal header line ``Beruf IT Manager in Dortmund`` (the last `` in `` splits)."""

TITLE = r"^[\s\ufeff]*(?P<title>[^\r\n]+)"
"""The first non-empty line of a text."""

RAISE_AMOUNT_NOUNS = r"erhöhungsbetrag|mindestbetrag|sockelbetrag|festbetrag|mindesterhöhung|mehrbetrag|lücke|kluft|gefälle|diskrepanz|differenz|unterschied(?:e|en|es|s)?(?-u:\b)"
"""The amount of a raise or a gap even as a new value (``Anpassung des Erhöhungsbetrags auf 340
Euro``, ``Die Lücke ist damit von 443 Euro auf 394 Euro geschmolzen``)."""

RAISE_NOUNS = (
    r"anstieg|erhöhung|steigerung|anhebung|zuwachs|zuwächs|(?-u:\b)plus(?-u:\b)|[a-zäöüß]plus(?-u:\b)|differenz|unterschied(?:e|en|es|s)?(?-u:\b)"
    r"|lücke|kluft|gefälle|diskrepanz|gehaltssprung|gehaltssprünge|(?-u:\b)sprünge|aufschlag|nachzahlung|aufstockung|mehrverdienst"
    # (an agreement's size: ``Tarifabschlüsse von 180 bis zu 240 Euro``)
    r"|tarifabschlüssen?\s*…"
    # (``Abweichungen im Schnitt von 200 bis 500 Euro``, the figure right after the noun's words)
    r"|abweichung(?:en)?\s+(?:im\s+(?:schnitt|mittel|jahresdurchschnitt|durchschnitt)\s+)?…"
    # (not ``mehr Geld: 13 Euro in der Stunde``, the level it announces)
    r"|(?-u:\b)mehr\s+(?:gehalt|lohn|geld)(?:\s*[^:\s…]|\s*$)"
    r"|(?-u:\b)minus(?-u:\b)|rückgang|festbetrag|sockelbetrag|auseinander|fehlbetrag|minderbetrag|anpassung|(?-u:\b)(?:lohn|gehalts|einkommens)?abst(?:a|ä)nde?(?-u:\b)"
    # (an advantage of one group over another: ``beträgt der Vorteil 410 Euro``)
    r"|(?-u:\b)(?:beträgt|betrug|liegt|lag)\s+(?:der|dieser|ihr|sein)\s+(?:\S+\s+)?vorteil(?-u:\b)"
    r"|kürzung|einbuße|einbußen|[a-zäöüß]*verzicht(?-u:\b)|schere(?-u:\b)|obendrauf|oben\s+drauf"
    # (back pay: ``können bis zu 400 Euro nachträglich fordern``)
    r"|nachträglich|zunahme"
    # (what separates two places, a raise spelt without umlauts: ``trennen …
    # 8.000 Euro``, ``Gehaltserhoehung``)
    r"|(?-u:\b)(?:trennen|trennt|trennte|trennten)(?-u:\b)|erhoehung"
)
"""Nouns of an increment: ``eine Erhöhung von 150 €``, ``ein Plus von 95 Euro``, ``die
Lücke beträgt 600 €``, ``ein Minus von 61 Euro``. Not when the amount follows ``auf`` (``eine Erhöhung auf 3.100 €``
states the new pay)."""

CHANGE_VERBS = (
    # (not the noun ``Einstieg``: ``Einstiegsverdienste … liegen meist so um 2.800 €``)
    r"(?:^|[^n]|[^i]n)(?:steig|stieg)|erhöh|anheb|hebt|sink|sank|senk|wächst|wuchs|wachsen|leg\w*\s+zu|zugeleg|zuleg|aufgestockt|verbesser|gestiegen|kletter"
    r"|gesunken|gesenkt|heraufgesetzt|herabgesetzt|heraufsetz|herabsetz|kürz|gekürzt|reduzier|variier|schwank|angehoben|aufgebessert|verringer|vermindert|angepasst|gemindert|mindert|mindern"
    r"|unterschreit|überschreit|übertr[ie]ff|übertrumpf|überbiet|überbot|unterbiet|unterschieden\s+sich|unterscheiden\s+sich|unterscheidet\s+sich"
)
"""Verbs of change: with ``um`` before the amount (``steigt um 120 Euro``) the amount is
the change, not the pay (``steigt auf 3.200 €`` is the new pay)."""

CHANGE_VERB_FINITE_BEFORE = r"(?-u:\b)(?:erhöht|erhöhen|steigt|steigen|sinkt|sinken|wächst|wachsen)\s+(?:sich\s+)?(?:[^.;:!?]|[0-9]\.)*$"
"""Anywhere earlier in the sentence of an ``um`` amount, a finite verb of change with no sentence
break after it (``Das Grundgehalt erhöht sich in den Gruppen A 5 und A 6 … sowie für … um 20
Euro``): the amount is the change, however long the list of groups between."""

BY_TO_NEW_VALUE = r"^\s*(?:\([^()]*\)\s*)?auf\s*$"
"""Between ``um X`` and the next amount: ``auf`` alone (``um 25 Euro auf 650 Euro``, ``um 30
Euro (plus 8,7 %) auf 625 Euro``): X is the change to a new value, whatever verb stands
clauses before it."""

PASSIVE_CHANGE_CLOSES = (
    r"^[^.;:!?,]*?(?-u:\b)(?:erhöht|angehoben|aufgestockt|gekürzt|gesenkt|reduziert)(?:\s+werden)?\W*$"
)
"""After an amount, the participle of a change closing the sentence (``Die Vergütungen werden
zwischen 45 und 60 Euro … erhöht``): with ``wird``/``werden`` before the amount and no ``auf``,
the amount is the change."""
PASSIVE_CHANGE_OTHER_VERB = (
    r"^[^.;:!?,]*?(?-u:\b)(?:betragen|liegen|vergütet|bezahlt|entlohnt|gezahlt)(?-u:\b)"
)
"""Between the amount and the closing participle: a verb of its own
(``wird … 12,82 Euro liegen und danach weiter erhöht``, ``werden 1.100 Euro gezahlt und …
erhöht``): the amount is the pay, not the change."""
PERFECT_CHANGE_CLOSES = (
    r"^[^.;:!?,]*?(?-u:\b)(?:gestiegen|angestiegen|gesunken|gewachsen|zurückgegangen|gefallen)\W*$"
)
"""After an amount, a change's participle closing the sentence with ``ist``/``sind`` before the
amount (``Je nach Kreis ist er zwischen 95 EUR … und 180 EUR … gestiegen``): the change, no
level (not a ``von`` figure, nor one before an ``auf``)."""

PERFECT_CHANGE_BEFORE = r"(?-u:\b)(?:(?:ist|sind|war|waren)\s+(?:er|sie|es|dieser|diese|dies|der\s+wert)|um(?:\s+(?:rund|etwa|knapp|gut|fast))?)\s*$"
"""Right before such a change: ``ist er`` (not a level, ``ist mit 12,82 Euro … gestiegen``)."""

PASSIVE_CHANGE_MAX = 1000.0
"""Only figures below this are read for ``PASSIVE_CHANGE_CLOSES`` (raises are small)."""

AVERAGE_INSIDE_SPAN_GAP = r"^\s*(?:Ø|ø|⌀|Durchschnitt|Mittelwert|Median)\s*:?\s*$"
"""Between a ``von`` figure and a range after it: an average sign (``von 3.401 € Ø 4.029 € bis
5.251 €``): the average stands inside the span."""

NEW_VALUE_BEFORE = (
    r"(?-u:\b)auf\s+(?:(?:dann|künftig|nun|jetzt|zunächst|schließlich|insgesamt|derzeit|aktuell|heute)\s+){0,2}$"
    r"|(?-u:\b)erreich(?:t|en|te|ten)\s+(?:sie|er|man)\s+(?:(?:dann|nun|jetzt|schließlich|so)\s+)?$"
    # (a list of new values announced: ``Erhöhung der Lehrlingseinkommen auf: 1. Lehrjahr € 800``)
    r"|(?-u:\b)auf\s*:\s*(?:[0-9]{1,2}\.\s*\S+\s*)?$"
)
"""``… auf`` right before an amount: the new value of a change, pay; so is what someone reaches
after raises (``Nach zwei weiteren Erhöhungen erreicht sie 3.480 Euro``)."""

BREAKDOWN_BRACKET_BEFORE = r"(?:[0-9]\.[0-9]{3}|[0-9]{4})(?:,[0-9]{1,2})?\s*(?:€|euro|eur)\s*\(\s*(?:[0-9][0-9.,]*\s*(?:€|euro|eur)?\s*/\s*)*$"
BREAKDOWN_BRACKET_AFTER = r"^\s*/\s*[0-9]"
BREAKDOWN_SLASH_BEFORE = r"/\s*$"
"""A small figure in a bracket right after a pay figure of thousands, one of a list split by
slashes (lower case): ``3.410 € (64 € / 85 € / 198 €)``, the night or holiday rates beside the pay,
no pay of their own (``bonus_or_allowance``; below ``BREAKDOWN_MAX``: not a list of training years'
pay, ``1.000 € (880 € / 950 € / 1.020 €)``, nor a rate per unit, ``(650 € / Woche)``)."""
BREAKDOWN_MAX = 500.0

SPREAD_WIDTH_BEFORE = (
    r"(?-u:\b)(?:die|diese|eine|deren|dessen)\s+[a-zäöüß]*spanne\s+(?:kann|könnte|beträgt|betrug|betragen)\s+(?:\S+\s+){0,2}$"
    # (``kann die Spanne vom Mindest- zum Höchstgehalt bis zu 2.500 Euro betragen``)
    r"|(?-u:\b)(?:kann|könnte)\s+(?:die|eine)\s+[a-zäöüß]*spanne(?:\s+[^\s.;:,]+){0,6}\s+$"
)
WIDTH_MAY_REACH_BEFORE = r"(?-u:\b)(?:kann|könnte)\s"
"""Right before a single figure: the width of a range (``Die Spanne kann 25.000 Euro betragen``), a
difference, no pay; with ``bis zu`` only as what it may reach (``WIDTH_MAY_REACH_BEFORE``: ``Die
Spanne kann bis zu …``; not a bound of pay, ``Die Gehaltsspanne beträgt bis zu 5.000 Euro``)."""

IF_ONE_EARNS_SENTENCE = r"^\W*(?:verdient|bekommt|kassiert|erhält|hat)\s+man\s[^.!?]{0,160}?,\s*(?:so\s+)?(?:wäre|wären|würde|würden|hätte|hätten|ergäbe|ergäben)(?-u:\b)"
"""A sentence opening with a condition (verb first, ``man``) and going on in the subjunctive
(``Verdient man etwa 16 Euro die Stunde, wären das …``): its figure is an example, no pay (lower case)."""
CONTRACT_TOTAL_BEFORE = r"(?:jahresvertrag|vertragslaufzeit|laufzeit)[^.;]{0,60}?insgesamt\s+(?:\S+\s+){0,2}$"
"""Right before a figure: a contract's total over its years (``sein Dreijahresvertrag bringt ihm bei
voller Laufzeit insgesamt …``), no year's pay (``unclear_period``)."""
PER_HEAD_AFTER_FIGURE = r"^\s*(?:pro|je)\s+kopf(?-u:\b)"
"""Right after a figure: ``… 600 Euro pro Kopf``, a sum handed to each (a payment, a bonus), not
pay, unless the sentence names pay."""

PROVISION_AFTER = (
    r"^[^.;]{0,40}?(?-u:\b)(?:zurückgestellt|zurückgelegt|zurückstellen|zurücklegen|zurückgestellten)(?-u:\b)"
)
"""Right after a figure: money set aside (``für die Pensionen mussten 9 Millionen Euro zurückgestellt
werden``), a provision, no one's pay (``employer_cost``)."""
CLAIMED_DUE_AFTER = r"^[^.;]{0,60}?(?-u:\b)(?:zustehe|zustünde|zustehen\s+würde)(?-u:\b)|^[^.;,]{0,60}?(?-u:\b)(?:eingeklagt|einklagen|einzuklagen)(?-u:\b)"
"""Right after a figure: what someone says is due to him, in reported speech (``ihm stehe eine
Vergütung von 16,20 Euro je Stunde zu`` → ``… 16,20 Euro … zustehe``) or sued for (``hatte einen Stundenlohn
von 9,40 Euro eingeklagt``): a claim, no pay found."""
SPENT_PER_HEAD_BEFORE = (
    r"(?-u:\b)(?:gab|gibt|gaben|geben)\s+(?:(?:sie|er|es|die\s+\S+|der\s+\S+|das\s+\S+)\s+)?[^.;]{0,60}$"
)
SPENT_PER_HEAD_AFTER = r"^[^.;,]{0,30}?(?-u:\b)aus(?:\s*[,.;:]|\s*$|\s+(?:und|was|wie)(?-u:\b))"
"""Around a figure: what an employer spent (``gab sie für jeden Beschäftigten 31 000 Euro aus``), an
employer's cost, no pay (``employer_cost``)."""
PER_WEIGHT_AFTER = r"^[^.;]{0,40}?(?-u:\b)(?:das|ein|je|pro)\s+(?:kilogramm|kilo|pfund|liter)(?-u:\b)"
"""Right after a figure: a price per weight or volume (``Auf 9 Euro beziffert er das Kilogramm
Kirschen``): ``per_unit_rate``."""
BROKEN_THOUSANDS_BEFORE = (
    r"(?-u:\b)(?:erhielt|bekam|verdiente|kassierte|bezog|erhält|bekommt|verdient|kassiert|bezieht|von|mit|auf|bei)"
    r"\s+[1-9][0-9]{1,2}\.\s*$"
)
"""Right before a figure of three digits: the thousands of one number parted by a stray blank
(``erhielt 214. 390 Euro``): no amount of its own (``not_an_amount``; a pay verb or a preposition
before, two or three digits: not a list's number, ``2. 850 €``). Also read at the end of the
sentence before, when the stray blank split the sentence there."""

START_LEVEL_BEFORE = r"(?-u:\b)(?:beginnend|startend|angefangen|beginnt|startet)\s+(?:mit|bei)\s*$"
"""Right before an amount: the level a rise starts from (``Beginnend mit 610 Euro im ersten
Lehrjahr wächst die Vergütung …``), pay, no raise."""

AMOUNTS_TO_AFTER = r"^[^.;]{0,40}?hinausl(?:a|ä)uf"
"""After a figure: ``… was auf ein Jahresgehalt von 364.999,92 Euro hinausläuft``, what a figure
before it comes to (lower case), a ``restatement``."""

SUM_ALSO_BEFORE = r"[–—-]\s*also\s+(?:insgesamt\s+|zusammen\s+)?(?:rund\s+|etwa\s+|ca\.\s*)?$"
"""Right before a figure, after a dash: ``– also`` (lower case), with figures before it in the
sentence: their sum or conversion, a ``restatement``."""
SUM_ALSO_INSGESAMT = (r",\s*also\s+(?:rund\s+|etwa\s+|ca\.\s*)?$", r"^\s*(?:brutto\s+)?insgesamt(?-u:\b)")
"""Before and right after a figure (lower case): ``, also … insgesamt``, with two figures or more
before it in the sentence: their sum (``2086 Euro, ein Zuschlag von 66 Euro …, also 2239 Euro insgesamt``), a
``restatement``."""
_RAISE_NAMED = r"(?:erhöhung|anhebung|steigerung|zuwachs|aufschlag|plus)"
"""A raise named (lower case; ``plus`` also in ``Gehaltsplus``)."""

RAISE_OF_BEFORE = rf"{_RAISE_NAMED}\s+(?:um\s+|von\s+)?(?:rund\s+|etwa\s+|ca\.\s*|knapp\s+|gut\s+)?$"
"""Right before the first figure of ``von X auf Y``: a raise named (``ein Gehaltsplus von rund
2.000 Euro auf 49.400 Euro``): X is the raise, not the old value of a change, when Y is at least
``RAISE_OF_RATIO_MIN`` times X (``eine Erhöhung von 9,35 Euro auf 9,85 Euro``: the old value)."""
RAISE_OF_RATIO_MIN = 1.5
RAISE_OF_VON_BEFORE = rf"{_RAISE_NAMED}\s+von\s+(?:rund\s+|etwa\s+|ca\.\s*|knapp\s+|gut\s+)?$"
RAISE_OF_VON_RATIO_MIN = 2.0
"""After ``von`` (``RAISE_OF_VON_BEFORE``) the new value must be at least twice X for X to be the
raise: a raise of more than half the new value is rare, a step from an old value is not
(``eine Steigerung von 41.000 Euro auf 74.000 Euro``)."""

AMOUNTS_TO_BEFORE = (
    rf"{_RAISE_NAMED}\S*\s+(?:\S+\s+){{0,8}}?"
    r"(?:beläuft|belaufen|belief|beliefen)\s+sich\s+(?:\S+\s+){0,6}?auf\s*$"
)
"""``Die Erhöhung beläuft sich … auf 40 Euro``: what a raise amounts to, not the new value of
a change (``Im Schnitt beläuft sich deren Jahresgehalt auf 292.000 Euro`` is pay)."""

LIST_GAP = r"^[^,;.:()]{0,40}?(?-u:\b)(?:und|bzw\.?|oder|sowie)\s*$"
"""Between two figures of a list (``11,35 Euro pro Stunde im Westen und 10,85 Euro``)."""

_ORDINAL = r"(?:ersten|zweiten|dritten|vierten|fünften|1\.|2\.|3\.|4\.|5\.)"
ORDINAL_LIST_GAP = (
    rf"^\s*(?:mehr|zusätzlich)?[\s,]*(?:im\s+{_ORDINAL}(?:\s+[a-zäöüß]+)?)?\s*,?\s*(?:(?:und|sowie)\s+)?(?:jeweils\s+)?"
    rf"(?:im\s+{_ORDINAL}(?:\s+[a-zäöüß]+)?)?\s*(?:jeweils\s+)?$"
)
ORDINAL_IN_GAP = rf"(?-u:\b)im\s+{_ORDINAL}"
ORDINAL_RAISE_MAX = 300.0
"""(``ORDINAL_LIST_GAP``, ``ORDINAL_IN_GAP``, ``ORDINAL_RAISE_MAX``) Between two figures of a list by year: nothing but ordinals, commas and ``und`` (``30 Euro
mehr, im zweiten 25 Euro``, ``um 20 Euro im ersten, 25 Euro im zweiten``): after a raise, the
next figure is a raise too (``ORDINAL_IN_GAP``: the gap names one at least), when it is below
``ORDINAL_RAISE_MAX`` (a year's pay is larger: ``… im ersten Lehrjahr 680 Euro, im dritten 855``)."""

DATED_COMMA_GAP = r"^\s*,\s*(?:im\s+jahr\s+)?datum\s+(?:bei|noch\s+bei|waren\s+es|mit)?\s*$"
"""Between a raise or a difference and a figure no larger: a comma and a year (``2021 lag die
Lohndifferenz noch bei 12.173 Euro, 2020 bei 11.967 Euro``, the year read as ``datum``)."""

RAISE_PARTS_GAP = r"^[^,;.:()0-9]{0,40}?\s[-–:]\s*$"
DATE_IN_GAP = (
    r"(?-u:\b)[0-9]{1,2}\.\s*(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember"
    r"|[0-9]{1,2}\.)\s*(?:(?:19|20)[0-9]{2}(?-u:\b))?|(?-u:\b)(?:19|20)[0-9]{2}(?-u:\b)"
)
"""A date or a year between two figures of a list (lower case: ``50 Euro zum 1. März 2018 und
50 Euro …``): read as a word, it breaks no list."""
"""Between a raise and a figure no larger, after a dash or colon: the raise's parts (``um
insgesamt 100 Euro angehoben werden - 50 Euro zum 1. März 2018 und 50 Euro …``)."""

NEW_VALUE_LIST_GAP = r"^\s*(?:€|euro)?\s*(?:und|sowie|bzw\.?)\s[^,;.:()0-9]{0,40}?(?-u:\b)auf\s*$"
"""Between two new values of one list (``auf 100 Euro und für die Wechselschicht auf 200
Euro``)."""

NUMBER_WORD_BEFORE_BIS = (
    r"(?i)(?-u:\b)(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn"
    r"|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|dreißig|vierzig|fünfzig)\s+$"
)
"""Right before ``bis`` and a figure: a number word, the lower bound of the range (``acht bis
zehn Euro``)."""

PARALLEL_GAP = (
    r"^\s*(?:(?:pro|je|die|im|in\s+der)\s+(?:stunde|monat|jahr)\s*)?"
    r"(?:\([^()0-9]{0,30}\)\s*|(?:in|im)\s+[^\s0-9,;.:()]{2,30}\s+)?(?:und|bzw\.?|beziehungsweise|oder|sowie)\s*$"
)
"""Between two parallel figures of one statement: only a connector, after a bracket or a
place (``9,27 Euro in Ost und 9,49 Euro``, ``9,62 Euro (im Westen) und 7,18 Euro``,
``61.000 € und 58.500 €``); the first figure's period may come first."""
PARALLEL_COMMA_GAP = (
    r"^\s*(?:(?:pro|je|die|im|in\s+der)\s+(?:stunde|monat|jahr)\s*)?,\s*(?:in|im)\s+[^\s0-9,;.:()]{2,30}\s*$"
)
"""Between two parallel figures: the second figure's place after a comma (``mindestens 9 Euro
pro Stunde, im Osten 8,50 Euro``), read after a strict bound only (``über 600 Euro, im Osten
400 Euro`` is no floor)."""

GROUP_ALONE_GAP = r"^\s*,\s*(?:[a-zäöüß]+\s+){0,2}[a-zäöüß-]+\s*$"
"""Between two figures, a comma and a group of one to three words, no verb (``3.400 Euro, eine
Hilfskraft 2.600 Euro``): the second figure goes on in the first one's mood."""
LIST_GAP_ELLIPTIC = (
    r"^[^0-9,;.:()]{0,40}?,\s*[^0-9,;.:()]{0,40}?(?-u:\b)(?:in\s+höhe(?:\s+von)?|je|jeweils)\s*$"
    # (``auf 1.200 Euro verdoppelt, für Lehrlinge auf 850 Euro``: a group, then ``auf``)
    r"|^[^0-9,;.:()]{0,40}?,\s*(?:für|bei)\s+[^0-9,;.:()]{0,30}?\s+auf\s*$"
)
"""Between two figures, a comma and a short group ending in ``in Höhe von``/``je``/``jeweils``
(``eine Einmalzahlung in Höhe von 720 Euro, Auszubildende in Höhe von 360 Euro``): the second
continues the first's kind."""

LUMP_SUM_BEFORE = r"(?-u:\b)pauschal\s*$"
"""``pauschal`` right before a figure (lower case), no period after it (``OWN_PERIOD_AFTER``;
``erhalten die Beschäftigten pauschal 150 Euro``): a lump sum, a ``one_off_payment``; with one
(``pauschal 8,50 Euro die Stunde``) a flat rate of pay."""

PAY_OF_ANY_CASE_BEFORE = (
    r"(?-u:\b)(?:eine[snm]?|des|dem|ihre[snm]?|seine[snm]?)\s+"
    r"(?:(?:laufenden|monatlichen|durchschnittlichen|tariflichen|letzten|bisherigen|vereinbarten|üblichen|regulären|festen)\s+)?"
    r"(?:tarif|stunden|monats|jahres|brutto|bruttomonats|grund|einstiegs|mindest)?(?:lohn|gehalt|einkommen|verdienst|entgelt)e?s"
    r"\s+(?:von\s+|in\s+höhe\s+von\s+)?$"
)
"""Right before a figure (lower case): its pay named in the genitive (``eines
Bruttomonatsgehalts von 3.650 Euro``): no one-off, whatever the words after it (not arrears:
``des rückständigen Entgelts von``)."""

PERCENT_THEN_AMOUNT_BEFORE = r"[0-9]\s*(?:%|prozent)\s+(?:oder|bzw\.?|beziehungsweise)(?:\s+umgerechnet)?\s*$"
"""Right before a figure (lower case): a share in per cent given again in euros (``um 3,1 Prozent
oder umgerechnet 96 Euro``): the change, no level."""

INTEREST_SINCE_BEFORE = (
    r"(?-u:\b)seit\s+(?:dem\s+)?[0-9]{1,2}\.\s?[0-9]{1,2}\.\s?(?:[0-9]{2}){1,2}\s+aus\s+(?:weiteren\s+)?$"
)
INTEREST_SINCE_AFTER = r"^\s*,?\s*seit\s+(?:dem\s+)?[0-9]{1,2}\.\s?[0-9]{1,2}\.\s?(?:[0-9]{2}){1,2}(?-u:\b)"
"""Around a figure in a court's order of interest (lower case; a sentence, or the one before,
naming ``Zinsen``): the sum interest runs on, ``seit dem 01.06.2006 aus 3.350 EUR`` or ``40,41 €
seit 02.09.2015``, a ``price_or_fee`` (a sum at stake)."""

INTEREST_LINE_BEFORE = (
    r"Zins|(?i:(?:€|eur|euro)(?:\s*\([^)]*\))?(?:\s+brutto|\s+netto)?\s+seit\s+(?:dem\s+)?[0-9]{1,2}\.)"
)
"""A sentence before one of ``INTEREST_SINCE_*``: it names interest, or is a line of the same list."""

CURRENCY_THEN_YEAR = r"(?i)(?:€|euro|eur)\s+bis\s+20[0-3][0-9]$"
NEAR_YEARS = (2000, 2039)
"""A range's second bound that is a year (``von 1.500 Euro bis 2021``): the currency right before
``bis``, a bare year of ``NEAR_YEARS`` after it: a date, no bound."""

SUED_FOR_BEFORE = r"(?-u:\b)wegen\s*$"
SUED_FOR_AFTER = r"^\s*(?:brutto\s+|netto\s+)?s\.?\s?a\.?(?:$|[^a-zäöüß])"
"""A sum sued for (lower case), ``wegen`` before it and ``s.A.`` (samt Anhang) after it: ``wegen
10.400 EUR brutto sA``, a ``price_or_fee`` even with ``brutto``."""

OLD_VALUE_BRACKET_AFTER = r"^\s*\(\s*(?:bisher|zuvor|vorher|früher|statt|alt)(?-u:\b)"
"""Right after a figure (lower case): its old value in brackets (``6.310 Euro (bisher 5.420 Euro``):
the figure is the new level, no raise."""

LIST_GAP_BACK = r"^\s*(?:,\s*(?:und\s+|sowie\s+)?|(?:und|oder|sowie|bzw\.?)\s)[^0-9,;.:()]{0,40}$"
"""Between two figures of a list of changes, a comma or a connector first (``um 380 Euro, B um 410
Euro und C um 445 Euro über``): the first takes the reason of the next."""

LIST_GAP_LEADING = r"^\s*(?:und|oder|sowie|bzw\.?)\s[^0-9,;.:()]{0,40}$"
"""Between two figures of a list, the connector first (``14,10 EUR und im Osten 13,20 EUR``)."""

PAIR_GAP = (
    r"^\s*(?:(?:im\s+jahr|in|für)\s+[0-9]{4}\s+)?(?:auf|statt)(?:\s+(?:derzeit|aktuell|heute|nun|jetzt))?"
    r"(?:\s+(?:im\s+jahr|in|für)\s+[0-9]{4})?\s*$"
)
"""Between the old and the new value of a change, a year allowed (``von 10.814 Euro im Jahr 2006
auf 11.094 Euro``): the two share a stated period."""

BAND_KEYWORDS = ["bis", "bis zu", "über", "unter", "ab", "oberhalb", "unterhalb", "mehr als", "weniger als"]
PAY_PLURAL_BEFORE = (
    r"(?-u:\b)(?:gehälter|monatsgehälter|einkommen|löhne|entgelte|bezüge|renten|vergütungen)\s*$"
)
BAND_RULE_AFTER = (
    r"^\s*(?:brutto\s+)?(?:monatlich\s+|im\s+monat\s+)?(?:steigen|stiegen|sinken|werden|wurden|erhalten|bekommen"
    r"|bleiben|sind\s+(?:steuer|beitrags|abgaben)frei)(?-u:\b)"
)
"""``Gehälter bis 1.943,– steigen um 1,35%``, ``Einkommen über 5.000 Euro werden …``: a pay
band (a plural of pay, a bound word, a verb of what happens to it), no one's pay
(``threshold``)."""

BY_THEN_TO_BEFORE = r"(?-u:\b)um\s+(?:\S+\s+){0,4}?auf\s+(?:rund\s+|etwa\s+|ca\.\s*|knapp\s+|gut\s+)?$"
"""Right before a figure (lower case): ``um X auf`` — the figure is the new level of a change,
even with a comparative after it (``um durchschnittlich 7 % auf 2,4 Mill. Euro höheren``)."""

LEVEL_OF_BEFORE = (
    r"(?-u:\b)(?:stand|niveau|ausgangsniveau|ausgangswert)\s+(?:von\s+)?(?:derzeit\s+|aktuell\s+)?$"
    # (after a colon, the level the raise leads to: ``beträgt der Anstieg 36 Cent: Er liegt dann
    # bei 17,51 Euro``)
    r"|:\s*(?:er|sie|es)\s+(?:liegt|liegen|beträgt|betragen)\s+(?:(?:dann|nun|künftig|damit|somit|also)\s+)?(?:bei\s+)?$"
)
"""Right before a figure (lower case): a level named (``Vom aktuellen Stand von 12,82 Euro``),
pay even beside the words of a raise."""

DIFFERS_BY_BEFORE = (
    r"(?-u:\b)(?:unterscheide[nt]?|unterschieden|differier(?:t|en)|weich(?:t|en)|wich(?:en)?)\s+(?:sich\s+)?"
    r"(?:[^\s…;:.]+\s+){0,4}?(?:um\s+)?$"
)
"""Before a figure that two levels differ by (``unterscheidet sich um fast 1.000 Euro``,
``weicht … um 300 Euro ab``): no level (``raise_or_difference``); with ``um`` before it or
as its keyword."""

DATED_BOUND_MID = r"^[^0-9()]{0,25}\([^()]*(?:19|20)[0-9]{2}\s*\)\s*$"
"""Between the bounds of a ``von … bis`` span: a date in brackets (``von 17,87 Euro (Januar
2023) bis 20,24 Euro``): the bounds are the steps of a change, two levels."""

STEP_BOUND_MID = (
    r"^[^0-9()]{0,15}?(?-u:\b)im\s+(?:ersten|zweiten|dritten|vierten|[0-9]\.)\s+"
    r"(?:lehr|ausbildungs|berufs|dienst)?jahr\s*$"
)
"""Between the bounds of a ``von … bis`` span: the first bound's year of training or service
(``von 550 Euro im ersten Lehrjahr bis zu 770 Euro im vierten``): the bounds are two steps,
two levels."""

OLD_VALUE_AFTER = (
    r"^\s*(?:brutto\s+)?(?:(?:pro|je|die|im|in\s+der)\s+(?:stunde|monat|jahr)\s+)?(?:auf|statt)"
    r"(?:\s+(?:derzeit|aktuell|heute|nun|jetzt|dann|künftig))?\s*$"
)
"""Between an amount and the next one: the old value of a change (``von 13,50 Euro auf
14,25 Euro``), pay too."""

NOT_PAY_REASONS = {
    "job_name": r"[0-9]-?(?:euro|€)-(?:job|kraft|basis|jobber)",
    "old_currency": r"(?-u:\b)(?:schilling|franken|dollar|us-dollar|pfund)(?-u:\b)",
    "net_pay": r"netto|steuerklasse|verfügbare[sn]?\s+(?:jahres|monats|haushalts|pro-kopf-)?einkommen|ausbezahlt\s+bekomm|ausgezahlt\s+bekomm|unterm\s+strich|unter\s+dem\s+strich"
    r"|(?:ausbezahlt|ausgezahlt)\s+(?:werden|wird)(?-u:\b)|bekomm\w*\s+(?:\S+\s+){0,5}?(?:ausbezahlt|ausgezahlt)(?-u:\b)"
    r"|(?:stand|standen|steht|stehen|stünden|stehe)\s+(?:\S+\s+){0,8}?…?\s*(?:\S+\s+){0,4}?zur\s+verfügung"
    r"|(?-u:\b)(?:behalten|behält|behalte|behielt)(?-u:\b)|(?-u:\b)davon\s+bleib|bleib\w*\s+davon|nach\s+hause\s+(?:bringen|bringt|bringst|nehmen|nimmt|nimmst|gebracht|genommen)|auf\s+die\s+hand(?-u:\b)",
    "raise_or_difference": RAISE_NOUNS + r"|für\s+jede[ns]?\s+weitere",
    "one_off_payment": (
        # (not ``hat sich einmal schlau gemacht``, ``noch einmal``: once)
        r"einmalig|einmalzahl|einmalbetrag|einmal-|(?-u:\b)iap(?-u:\b)|einmal\s+(?:im|pro)\s+jahr|einmal\s+jährlich|sonderzahlung|(?-u:\b)(?:winken|winkt)\s+(?:den|dem|der)\s+(?:spielern|spielerinnen|team|mannschaft|siegern|sieger|siegerin|gewinnern|gewinner)(?-u:\b)"
        r"|medaille|olympiasieg|weltmeistertitel|(?-u:\b)(?:für|bei)\s+(?:gold|silber|bronze)(?-u:\b)"
        r"|begrüßungsgeld|antrittsprämie|willkommensprämie|wechselprämie|handgeld"
        # (to soften rising prices: ``1200 Euro zur Abmilderung der gestiegenen Preise``)
        r"|zur\s+abmilderung"
        # (prize money by rank and for reaching a stage: ``Platz vier 5000 Euro``, ``beim Einzug ins
        # Halbfinale``)
        r"|(?-u:\b)(?:platz|rang)\s+(?:[0-9]{1,2}\.?|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s*:?\s*…"
        r"|(?-u:\b)(?:beim|für\s+den|bei\s+einem|für\s+einen|im\s+falle\s+eines)\s+(?:einzug|sieg|sieges|titelgewinn|turniersieg|finaleinzug|aufstieg|aufstiegs|klassenerhalt|klassenerhalts)(?-u:\b)"
        # (``rund 13.000 Euro für einen Punkt und bis zu 250.000 Euro für das Erreichen des Saisonziels``)
        r"|(?-u:\b)für\s+(?:das\s+erreichen|jeden\s+(?:punkt|sieg|treffer)|einen\s+(?:punkt|sieg|treffer))(?-u:\b)"
        # (``150 Euro Urlaubs- und Weihnachtsgeld``: the clause ends at ``und``)
        r"|(?-u:\b)(?:urlaubs|weihnachts)-(?:\s|/|$)|zuwendung|inflationsausgleich|inflationsgeld|inflationsprämie|weihnachtsgeld|urlaubsgeld|prämie"
        r"|gratifikation|(?-u:\b)zahlung(?:en)?(?-u:\b)|tranche|teilbeträge|teilbetrag"
        # (paid for a few months only: ``monatlich 120 Euro für zehn Monate``)
        r"|…\s*für\s+(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|[0-9]{1,2})\s+monate(?-u:\b)"
        r"|13\.\s*monatsgehalt|abfindung|(?-u:\b)abfertigung(?:en)?(?-u:\b)|nachzahl|corona-|startgeld|willkommens|beihilfe"
        # (what ending a job pays out, an anniversary's payment: ``Kündigungsentschädigung``,
        # ``Urlaubsersatzleistung``, ``Jubiläumszahlungen``; a lump sum: ``erhalten pauschal 150 Euro``)
        r"|kündigungsentschädigung|urlaubsersatzleistung|urlaubsabgeltung|jubiläum"
        # (a sum a court awards: ``… verurteilt, an die Klägerin 9.800 Euro brutto nebst Zinsen …``)
        r"|…\s*(?:brutto\s+|netto\s+)?nebst\s+zinsen"
        # (a profit share: ``eine Ergebnisbeteiligung von bis zu 600 Euro``)
        r"|(?:ergebnis|gewinn|erfolgs)beteiligung\s+(?:von|in\s+höhe)(?-u:\b)|(?:brücken|ausgleichs)zahlung\s+(?:von|in\s+höhe)(?-u:\b)"
    ),
    "bonus_or_allowance": (
        r"fahrtgeld|fahrgeld|essensgeld|kleidergeld|verpflegungsgeld|sachbez|entlassungsgeld|kopfgeld|abwerbeprämie|bonus|boni(?-u:\b)|belohnt|belohnung|zulage|zul\.|variabel|zusatzgeld|zusatzbetrag|zuschlag|zuschläg|zuschuss|provision|tantieme|variable|zuschüsse|pauschale|pauschalen|pauschbetrag|pauschalbetrag|spesen|sonstige[n]?\s+bezüge|sonstige[n]?\s+leistungen|zubrot\s+(?:von\s+)?…"
        r"|aufschlag|aufschläge|ergebnisabhängig|erfolgsabhängig|erfolgsbezogen|leistungsbezug|leistungsbezüge|leistungsabhängig|für\s+jede\s+der\s+\S+\s+sitzungen"
        # (on top of pay: ``mit zusätzlich 73.826 Euro``)
        r"|(?-u:\b)mit\s+zusätzlich(?-u:\b)"
        r"|aufwandsentsch|dienstaufwand|kilometergeld|kilometerpauschale|aufwandsgeld|sitzungsgeld|schichtgeld|abwesenheitsgeld|trinkgeld|altersvorsorge|altersversorgung|ruhestandsbezüge|pensionszusage"
        r"|pensionsrückstellung|betriebsrente|zusatzversorgung|vermögenswirksam|(?-u:\b)vl-|jobrad|leistungsentgelt|leistungszulage"
        # (a professor's performance payments, a per diem: ``Berufungs-Leistungsbezug von monatlich
        # 600 Euro``, ``ein Tagegeld von 304 Euro``)
        r"|leistungsbez|tagegeld|taggeld|nächtigungsgeld|übernachtungsgeld"
        # (travel paid by distance, fuel: ``Für Wege bis zu 50 Kilometer zahlt der Arbeitgeber sechs
        # Euro``, ``eine Tankkarte über 50 Euro im Monat``)
        r"|kilometer(?-u:\b)|kilometern(?-u:\b)|(?:pro|je)\s+fahrt(?-u:\b)|(?-u:\b)tanken(?-u:\b)|tankgutschein|tankkarte"
        r"|(?:pro|je|für\s+jeden)\s+(?:auftrag|verkauf|abschluss|vertrag)|extra-geld|extrageld|extra-?vergütung|familienzuschlag"
        r"|kinderzulage|zusätzliche[n]?\s+(?:[a-zäöüß]+\s+)?(?:zahlung|vergütung)|zusätzlich\s+(?:vergütet|erhält|erhalten|bekommt|bekommen)|(?:erhält|erhalten|bekommt|bekommen)\s+(?:\S+\s+){0,4}?zusätzlich(?-u:\b)|erstattet|(?:für|pro|je)\s+(?:jedes\s+|ein\s+)?kind(?-u:\b)"
        r"|für\s+(?:not|nacht|bereitschafts|wochenend)dienste"
        r"|dienstwagen|essenszuschuss|aktienkurs|aktienbasiert|aktienoption|geldwerte[nr]?\s+vorteil"
    ),
    "threshold": (
        r"grenze|schwelle|freibetrag|bemessung|höchstbetrag|höchstsumme|beitragsstufe|pfänd|steuerfrei|sozialversicherungsfrei|abgabenfrei"
        # (a figure's mark: ``die 50.000-Euro – Marke``)
        r"|…\s*[-–]?\s*marke(?-u:\b)|einkommensklasse|einkommensstufe|auftragswert"
        # (a poverty line: ``liegt das Armutsrisiko für Singles bei 720 Euro``)
        r"|armutsrisiko\s+(?:\S+\s+){0,5}?(?:bei|von)\s*…"
        # (a bracket of incomes, right before its bound: ``fallen in die Lohnklasse über 6.000 Euro``;
        # not a grade: ``In der Gehaltsklasse 5 verdienen Beamte 3.500 Euro``)
        r"|(?:lohn|gehalts|verdienst)klasse\s*…"
        # (a cap on pay: ``der Gehaltsdeckel …, das Limit von 500.000 Euro``; not ``Ein Limit nach oben
        # gibt es nicht``)
        r"|(?-u:\b)(?:das|ein|dem|einem|ihr|sein)\s+limit\s+(?:von\s*)?…|gehaltsdeckel"
        r"|(?-u:\b)(?:ab|bis\s+zu)\s+(?:einer|einem)\s+(?:summe|betrag|einkommen|jahreseinkommen|bruttoeinkommen|verdienst|gesamtvergütung|vergütung)(?-u:\b)"
        r"|steuern\s+(?:zu\s+)?(?:zahl|fällig)"
        r"|geringfügig|euro-marke|€-marke|nachgewiesen|nachweisen|blue\s+card|blauen?\s+karte|gleitzone|übergangsbereich|midijob"
        # (the pay that puts one in a bracket: ``Mit 70.000 Euro gehört man zu den obersten zehn Prozent``,
        # ``wer ab einem Stundenverdienst von 34 Euro zu den oberen zehn Prozent zählt``: right after the figure)
        r"|…\s*(?:gehört|gehörte)\s+man(?-u:\b)"
        r"|…\s*(?:\S+\s+){0,3}?zu\s+den\s+(?:oberen|obersten|unteren|untersten|besten|reichsten)\s+\S+\s*(?:prozent|%)"
    ),
    "benefit_or_stipend": (
        r"stipend|bafög|bürgergeld|betreuungsgeld|sporthilfe|bedarfssatz|bedarfssätze|ausbildungsbeihilfe|freiwilligendienst|(?-u:\b)fsj(?-u:\b)|(?:(?-u:\b)im|während\s+(?:des|ihres|seines)|für\s+das|(?-u:\b)des)\s+freiwilligen\s+sozialen\s+jahr|(?-u:\b)bfd(?-u:\b)|mindestsatz|regelbedarf|rente(?-u:\b)"
        r"|sozialleistung|betriebsrente|(?:langfristig|langjährig)\s+versichert|eckrent|standardrent"
        # (what one lives on: ``müssen sie von 1100 Euro leben``)
        r"|(?-u:\b)(?:müssen|muss|musst)\s+(?:sie|er|man|wir|viele)\s+(?:\S+\s+){0,2}?…\s+leben(?-u:\b)"
        # (an allowance per child: ``für das 2. Kind um 150 € auf 360 €``, ``je Kind``)
        r"|(?-u:\b)für\s+das\s+(?:[0-9]+\.\s*|erste\s+|zweite\s+|dritte\s+|vierte\s+|weitere\s+)kind(?-u:\b)|(?-u:\b)(?:für\s+jedes|je|pro)\s+kind(?-u:\b)"
        # (pensions, not ``Referenten``, ``Konkurrenten``)
        r"|(?-u:\b)renten(?-u:\b)|(?:alters|witwen|waisen|mütter|grund|erwerbsminderungs|betriebs)renten(?-u:\b)"
        # (a former office holder's pension: ``ein Ehrensold von derzeit rund 214.000 Euro``)
        r"|ehrensold|ruhegehalt|ruhegeld|altersbezüge|(?-u:\b)in\s+(?:rente|pension)\s+geh"
        r"|(?-u:\b)renten(?:wert|punkt|anspr|zahlung|höhe|niveau|anpassung|erhöhung|kasse|bezug|bezieh|empfänger|info)"
        r"|leistungsempfänger|leistungsbezieher|bedarfsgemeinschaft"
        r"|rentner|pension|kindergeld|elterngeld|mutterschaftsgeld|kurzarbeitergeld|insolvenzgeld|wohngeld|mindestsicherung|(?-u:\b)alg\s*(?:ii|2)(?-u:\b)|hartz"
        r"|arbeitslosengeld|sozialhilfe|grundsicherung|regelsatz|unterhaltszahlung|unterhaltsvorschuss|taschengeld"
        r"|leistungen\s+zur\s+(?:sicherung\s+des\s+lebensunterhalt|lebensunterhaltssicherung)"
        r"|pflegegeld|krankengeld|übergangsgeld|ruhegehalt|ruhegeh[aä]lt|ruhegeld|hinterbliebene|(?:witwen|waisen)(?:rente|geld)|halbwaise|vollwaise"
        r"|(?:ausgeschiedene|ehemalige|frühere)n?\s+(?:mitglieder|vorstände|vorstandsmitglieder|geschäftsführer|geschäftsführerinnen)"
    ),
    # (a rounding step: ``auf volle 10 Euro aufgerundet``)
    "not_an_amount": r"(?:auf|ab)gerundet|(?-u:\b)auf\s+volle\s*$",
    "hypothetical": (
        # (a calculator's result for what one typed in: ``Dein Ergebnis: Grundgehalt 2.918,44 €``)
        r"(?-u:\b)(?:dein|ihr)\s+ergebnis\s*:|"
        # (promised, not paid: ``statt der in Aussicht gestellten 5.600 Euro``)
        # (a minimum wage called reachable is none yet: ``ein Mindestlohn von 15 Euro … erreichbar``;
        # not ``sind bis zu 6.200 Euro erreichbar``, attainable pay)
        # (what one dreams of: ``können Arbeitnehmer von einem Stundenlohn von 20 Euro nur träumen``)
        r"…[^…]{0,30}?(?-u:\b)nur\s+(?:noch\s+)?träumen(?-u:\b)|"
        # (what one expected: ``Er habe eher mit 13 Euro gerechnet``)
        r"(?-u:\b)(?:habe|hatte|hätte|hatten|hätten|haben)\s+(?:\S+\s+){0,3}?mit\s+…\s*gerechnet|"
        r"in\s+aussicht\s+gestellt|versprach|versprochen|mindestlohn[^…]{0,60}…[^…]{0,30}erreichbar|"
        r"(?-u:\b)(?:würde|würden|würdest|würdet|wäre|wären|wärst|könnte|könnten|könntest|käme|kämen|läge|lägen"
        r"|müsste|müssten|müsstest|ergäbe|ergäben|entspräche|entsprächen|stiege|sänke|hinausliefe|hinausliefen"
        # (``hätte das Salär monatlich 10.684,61 Euro betragen``; not reported speech, ``hätten
        # Frauen mit 3.171 Euro 54 Euro mehr verbuchen können``)
        r"|hätten?\s[^…]{0,80}…[^…]{0,30}?(?:betragen|gelegen|gespült|eingebracht)"
        # (what one should have had: ``hätte … 40 500 Euro als Bezüge erhalten müssen``)
        r"|hätten?\s[^…]{0,80}…[^…]{0,40}?(?:erhalten|bekommen)\s+(?:dürfen|müssen|sollen)"
        r"|bräuchte|bräuchten|selbst\s+wenn|angenommen|gerücht|gerüchte|mögliche[nr]?\s+(?:anhebung|erhöhung|steigerung)|spekuliert|gemunkelt|anstrebt|anstreben|anstrebst"
        r"|wenn\s+(?:wir|man|ich)\s+[^.]{0,120}?(?:ausgehen|annehmen|unterstellen)"
        # (a figure assumed: ``Geht man von 40 Stunden aus``; not ``Geht man von einem Koch aus``)
        r"|(?:geht\s+man|gehen\s+wir|gehst\s+du)\s+von\s+(?:[^.0-9…]|\.[0-9]){0,40}?(?:[0-9]|…)(?:[^.]|\.[0-9]){0,60}?\s+aus(?-u:\b)"
        r"|(?-u:\b)um\s+auf\s+[^.,;]{0,60}?zu\s+kommen(?-u:\b)"
        r"|nehmen\s+wir\s+[^.:]{0,80}?\s+an\s*(?:[,.;:…]|$)|nehmen\s+wir\s+an"
        r"|gesetzt\s+den\s+fall|(?-u:\b)sofern"
        # (a pay in theory: ``ein theoretischer Monatslohn von``, ``Theoretisch läge der Lohn bei``)
        r"|(?-u:\b)theoretische[rn]?\s+(?:[a-zäöüß]*lohn|[a-zäöüß]*gehalt|verdienst|einkommen)"
        r"|(?-u:\b)theoretisch\s+(?:läge|lägen|wäre|wären|würde|würden|könnte|könnten|käme|kämen|kann|können|liegt))(?-u:\b)"
        # (an example person: ``Eine Köchin, die 2.600 Euro brutto verdient, bekommt dann 80 Euro mehr``)
        r"|^\W*(?:ein|eine)\s+[a-zäöüß-]+\W+(?:der|die)\s+…\s*(?:brutto\s+|netto\s+|im\s+monat\s+|monatlich\s+)*(?:verdient|bekommt|erhält)(?-u:\b)"
    ),
    "tax_or_deduction": (
        r"steuern(?-u:\b)|abzüge|abzug(?-u:\b)|abgezogen|einbehalten|einbehält|einbehielt|abgaben|sozialabgaben|lohnsteuer|beiträge|beitrag|versicherung(?:$|[^es]|e[^n]|s(?:[^dwbg]|b[^r]|g[^e]))"
        # (insurers as an industry are no contribution: ``Banken und Versicherungen 66.800``,
        # ``Versicherungsdienstleistungen``, ``-wirtschaft``, ``-branche``, ``-gewerbe``; what one
        # pays them is, ``Für Versicherungen zahlt sie 180 Euro``)
        r"|(?-u:\b)(?:für|an|in)\s+(?:die\s+|ihre\s+|seine\s+)?versicherungen"
        r"|besteuert|versteuert|entlastung|(?:einkommen|kirchen|lohn)steuer(?-u:\b)|(?-u:\b)davon\s+gehen|(?-u:\b)estg(?-u:\b)|finanzamt"
        # (the solidarity surcharge: ``28 Euro Soli``)
        r"|(?-u:\b)soli(?-u:\b)|solidaritätszuschlag"
    ),
    "budget_or_turnover": (
        # (a practice's net yield, a taxi's takings: ``Reinertrag``, ``brachte 60 Euro in die Kasse``)
        r"reinertr(?:a|ä)g|in\s+die\s+kasse|(?-u:\b)eingefahren(?-u:\b)|"
        # (a wage bill: ``jährlich 2 Millionen Euro an Löhnen für das Personal``)
        r"…\s*an\s+(?:gagen|gehältern|löhnen|honoraren|vergütungen)\s+für\s+(?:das|die|den|alle|sämtliche|seine|ihre|[a-zäöüß-]+\s*,)|"
        # (fees billed: ``rechnet 170.000 Euro an Honoraren ab``)
        r"…\s*an\s+honoraren\s+ab(?-u:\b)|"
        # (public money spent: ``1,2 Millionen Euro an Steuergeldern``, ``… in die Hand nehmen``; income from
        # sponsors: ``Geld durch ihre Sponsoren``, ``Sponsoreneinnahmen``)
        r"…\s*an\s+steuergeldern|…[^…]{0,30}?in\s+die\s+hand\s+(?:nehmen|genommen)|(?-u:\b)gesteckt(?-u:\b)|…[^…]{0,30}?(?-u:\b)durch\s+(?:\S+\s+)?sponsor|sponsoreneinnahm|sponsorengeld|werbeeinnahm|"
        # (an outlay: ``Aufwand von 33 100 Euro``)
        r"(?-u:\b)aufwand(?-u:\b)|(?-u:\b)(?:zusätzlichen\s+)?aufwendungen(?-u:\b)|"
        # (a group's pay summed: ``die Gehaltssumme der Geschäftsleitung (9 Personen)``)
        r"(?:gehalts|lohn|gehälter)summe\s+(?:der|des|für|von|aller)\s|"
        r"budget|umsatz|umsätze|dotation|(?-u:\b)(?:spart|einsparen|eingespart|gespart|einsparung|einsparungen)(?-u:\b)|staatsleistung|(?-u:\b)etats?(?-u:\b)|(?-u:\b)fonds\s+(?:\S+\s+){0,2}?(?:wird|wurde|umfasst|beträgt|betrug)(?-u:\b)|(?-u:\b)(?:ausgeben|ausgegeben|aufwenden|aufgewendet)(?-u:\b)|investi|unterstützung|eingenommen|ersparnis|davon\s+entfall|einzelposten|kostenposten|ausgabenposten|(?:wirtschaftliche[nr]?|geldwerte[nr]?)\s+vorteil|vermögensvorteil|streitwert|gegenstandswert|(?-u:\b)förder|gefördert|(?:grund|basis|sport|spitzen|zusatz|landes|bundes|projekt|struktur|anschub|investitions)förderung|gewinn(?:e|s|es)?(?-u:\b)|etat|schulden|volumen|zu\s+buche|vermögen|defizit|nötig(?-u:\b)|notwendig(?-u:\b)|rückstellung|generier|verurteilt|materialaufwand|personalaufwand|sachaufwand|grundkapital|(?-u:\b)ebit(?:da)?(?-u:\b)|vermögenswerte|sachanlagen|jahresüberschuss|umsatzerlöse|eigenkapital|bilanzsumme|(?-u:\b)angelegt(?-u:\b)|schüttet|ausgeschüttet|(?-u:\b)(?:teilen|teilten)\s+sich\s+(?:\S+\s+){0,2}…"
        # (a public budget, not a household that employs: ``Pflegekräfte in Privathaushalten``)
        r"|(?-u:\b)(?:bundes|landes|staats|gemeinde|kommunal|stadt)?haushalt(?:s|e|en)?(?:plan|pläne|mittel|jahr|entwurf|loch|lücke|defizit|sperre|lage)?(?-u:\b)"
        r"|kredit|schaden|kaufpreis|bilanz|jahresergebnis|konzernergebnis|betriebsergebnis|(?-u:\b)ergebnis\s+(?:vor|nach)\s|unternehmensergebnis|(?-u:\b)(?:die|eine)\s+gesamtsumme|summierte\s+sich|summieren\s+sich|summiert\s+sich|operative[sn]?\s+ergebnis|finanzier|subvention|spende|bußgeld|strafe|verlust|einnahme|ausgaben|schuldet"
        # (a total worked out, money gone to a group: ``Kombiniert erhalten die Abgeordneten also …``,
        # ``854 000 Euro gingen an die Chefs``)
        r"|(?-u:\b)kombiniert\s+(?:erhalten|bekommen|kommen)(?-u:\b)|…\s*(?:brutto\s+)?(?:gingen|ging)\s+an(?-u:\b)"
        # (a counted board paid together, its pay summed: ``zahlte ihren drei Vorständen insgesamt …``,
        # ``beliefen sich die Vorstandsvergütungen auf``)
        r"|(?-u:\b)(?:ihren|seinen|den)\s+(?:[0-9]+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+[a-zäöüß]*(?:vorständen|vorstandsmitgliedern|geschäftsführern|direktoren)\s+(?:insgesamt\s+|zusammen\s+)?…"
        r"|vorstandsvergütungen\s+(?:\S+\s+){0,3}?(?:beliefen|belief)\s+sich|(?:beliefen|belief)\s+sich\s+(?:die\s+)?vorstandsvergütungen"
        # (a whole board's pay: ``die Gesamtbezüge des Aufsichtsrats``)
        r"|gesamt(?:bezüge|vergütung)\s+(?:des|der)\s+(?:gesamten\s+)?(?:aufsichtsrat|verwaltungsrat|gremi)"
        # (a deficit: ``30.000 Euro Miese``)
        r"|…\s*miese(?-u:\b)"
        r"|monatssoll|tagessoll|jahressoll|aufsummiert|zusammengerechnet|rücklage|(?-u:\b)reserven(?-u:\b)|überschuss|erwirtschaft"
        r"|(?-u:\b)zusammen\W*$"
        # (money saved on wages: ``sparte sich der Unternehmer … 5.000 Euro Lohn``; left over: ``… Euro übrig``)
        r"|(?-u:\b)(?:sparte|sparten|spart|sparen)\s+sich(?-u:\b)|…\s*übrig(?-u:\b)"
        # (money flowing somewhere: ``von denen 100 Millionen an den Kader flossen``; a body supported
        # with a sum: ``unterstützen die Gemeinden die Aktion mit 10.000 €``)
        r"|(?-u:\b)(?:ge)?flossen(?-u:\b)|(?-u:\b)(?:unterstützen|unterstützt|unterstützte|unterstützten)\s+(?:\S+\s+){0,8}?mit\s+…"
        # (money a body needs: ``Im Jahr benötigen wir über 300.000 € für …``; state aid: ``Hilfe vom Bund``)
        r"|(?-u:\b)(?:benötigen|brauchen)\s+wir(?-u:\b)|[a-zäöüß-]*hilfen?\s+(?:vom\s+(?:bund|land|staat|freistaat)|des\s+(?:bundes|landes|staates|freistaats|freistaates))(?-u:\b)"
        # (savings: ``Ich spare 1.100 Euro pro Monat``)
        r"|(?-u:\b)(?:ich|wir)\s+(?:spare|sparen|lege|legen)\s+(?:\S+\s+)?…"
        # (a household's or a working life's sum: ``Das gemeinsame monatliche Bruttoeinkommen der
        # Eltern``, ``verdient der Normalarbeiter in dieser Zeit etwa 1.000.000 Euro``)
        r"|gemeinsame[ns]?\s+(?:\S+\s+){0,2}?(?:brutto|netto)?(?:einkommen|gehalt|verdienst)|haushaltseinkommen|familieneinkommen"
        # (``das Einkommen von Paaren mit Kind``, ``Paare mit zwei Kindern kommen auf``)
        r"|einkommen\s+(?:bei|von)\s+(?:ehe)?paaren|paare\s+mit\s+(?:\S+\s+){0,2}?kind(?:ern?|er)?(?-u:\b)"
        # (a sum for a counted body: ``bezahlte für ihre neun Aufseher gerade mal 78 000 Euro``;
        # not ``für die drei Bundesländer``: places, no people)
        r"|(?-u:\b)für\s+(?:ihre|seine|die|alle|deren|dessen|unsere)\s+(?:[0-9]+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s+"
        r"(?:[a-zäöüß]*[a-ce-zäöüß](?:er|ern)|[a-zäöüß]+(?:innen|glieder|gliedern|räte|räten|stände|ständen|leute|kräfte|kräften)|beschäftigten|angestellten)(?-u:\b)"
        r"|lebensverdienst|lebenseinkommen|im\s+(?:gesamten\s+|ganzen\s+)?(?:erwerbs|berufs|arbeits)leben"
    ),
    "employer_cost": (
        r"arbeitgeberkosten|lohnkosten|personalkosten|personalaufwand|personalaufwendungen|gehaltsaufwendungen|lohnaufwendungen|lohnnebenkosten|lohnzusatzkosten|arbeitgeberanteil|arbeitskosten|arbeitgeberbrutto|gesamtkosten|gesamtaufwand|mehraufwand"
        # (a pension fund paid into: ``einen Betrag von 1614 Euro in ein Versorgungswerk``, ``… für die Altersabsicherung``)
        r"|…\s*(?:\S+\s+){0,3}?in\s+(?:ein|das|die)\s+(?:versorgungswerk|pensionskasse|rentenversicherung)|…\s*für\s+die\s+(?:altersabsicherung|altersvorsorge|altersversorgung)"
        # (``Der arbeitgeberfinanzierte Beitrag … beträgt … 15,00 €``)
        r"|arbeitgeberfinanziert"
        # (``Erstattung von Mitarbeiterkosten … bis zu 4.600 Euro``: a reimbursement)
        r"|(?-u:\b)(?:kosten)?erstattung(?:en)?(?-u:\b)"
        r"|(?:liegen|liegt)\s+für\s+(?:den|die|seinen|ihren)\s+arbeitgeber|kostet\s+(?:den|die|seinen|ihren)\s+arbeitgeber"
        r"|(?-u:\b)kostet\s+er"
        # (spent on people: ``179 000 Euro wandte sie für ihren Verwaltungsrat auf``)
        r"|(?-u:\b)(?:wandte|wandten|wendete|wendeten)\s+(?:\S+\s+){1,3}?für(?-u:\b)|aufgewendet|aufgewandt"
        # (what an employer pays for staff: ``für die das Parlament bis zu 16.000 Euro aufkommt``)
        r"|(?-u:\b)(?:aufkommt|aufkommen|aufkam|aufkamen)(?-u:\b)"
    ),
    "per_unit_rate": (
        r"tagessatz|tagessätze|tageslohn|tagesgage|stückpreis|stücklohn|akkordsatz"
        # (a fee per episode: ``pro „Tatort“-Folge``, ``je Episode``)
        r"|(?-u:\b)(?:pro|je)\s+\S{0,20}?(?:folge|episode|drehtag)(?-u:\b)"
        # (``für jedes verkaufte Medikament``, ``pro Packung``)
        r"|(?-u:\b)(?:für|pro|je)\s+jede[nrs]?\s+verkaufte[nrs]?(?-u:\b)|(?-u:\b)(?:pro|je)\s+packung(?-u:\b)"
        # (not a possessive before the unit: ``für seine Dienste`` is for all he does)
        r"|(?-u:\b)(?:für|pro|je)\s+(?:ein(?:e[nr]?)?\s+|jede[nr]?\s+)?(?:(?:[^\sdimsu]|d[^e]|i[^h]|m[^e]|s[^e]|u[^n])\S*\s+)?(?:[a-zäöüß]+-)?(?:behandlung|sitzung|therapieeinheit"
        r"|einheit|termin|auftritt|gutachten|vortrag|artikel|auftrag|hausbesuch|wochenbettbesuch|leistung|vorstellung|aufführung|spiel|partie|match"
        r"|probe|probendienst|dienst|drehtag|spieltag|einsatz)(?:en|s|e)?(?-u:\b)"
        # (one piece of work: ``5.000 Euro für ein Foto``; not ``ein Lichttechniker für Konzerte``)
        r"|(?-u:\b)(?:(?:für|pro|je|mit)\s+(?:ein(?:e[nmr]?)?|jede[nrs]?)(?:\s+einzigen)?|pro|je)\s+(?:werbe-?)?(?:foto|post|video|beitrag|gig|konzert|bild)(?-u:\b)"
        r"|(?-u:\b)(?:pro|je)\s+(?:order|lieferung|bestellung|paket|zustellung)(?-u:\b)|(?-u:\b)für\s+[0-9]+\s+minuten(?-u:\b)"
        # (a week's pay: no hour, month or year)
        r"|wochengehalt|wochenlohn|wochengage|(?-u:\b)(?:pro|je|für\s+jede)\s+(?:angefangene\s+)?(?:halbe\s+stunde|viertelstunde)|(?-u:\b)in\s+(?:zwei|drei|vier|[0-9])\s+wochen(?-u:\b)|…\s*(?:brutto\s+|netto\s+)?in\s+(?:sieben|7)\s+tagen(?-u:\b)|…\s*(?:brutto\s+|netto\s+)?(?:pro|je|die|in\s+der)\s+woche(?-u:\b)"
        # (a unit price: ``2 à 30 Euro``)
        r"|\sà\s*…"
        r"|probentag|drehtag|spieltag"
        r"|(?-u:\b)(?:pro|je|für\s+die)\s+(?:wahl|wahlkreis|legislatur)periode|(?-u:\b)pro\s+amtszeit"
        r"|(?-u:\b)(?:pro|je|an|für\s+(?:einen|ein|eine|jeden|jede|jedes))\s+(?:jedem\s+)?(?:\S+\s+)?(?:konzert|abend|show|gig)(?:[\s,.;:)]|$)"
        # (a gig on its own, not the end of ``großzügig``: the ASCII boundary sees one after ``ü``)
        r"|(?:^|[\s(„\"])gigs?(?:[\s,.;:)]|$)|-gigs?(?:[\s,.;:)]|$)|/\s*(?:gig|auftritt|konzert|abend)(?-u:\b)"
    ),
    "price_or_fee": (
        # (a rate charged to customers, money paid into an account: ``Verrechnungssätze von 55 bis 75 Euro``,
        # ``je 500 Euro einzahlen``)
        r"verrechnungss(?:a|ä)tz[^…]{0,60}…[^…]{0,30}?(?:ansetzen|berechnen|verlangen|kalkulieren)|(?-u:\b)(?:einzahlen|einzahlt|eingezahlt|einzuzahlen)(?-u:\b)|"
        # (a firm paid for a service: ``Die Stadt zahlt der Firma knapp 480.000 Euro``)
        r"(?:(?-u:\b)(?:zahlt|zahlte)|überweist)\s+(?:(?:der\s+|einer\s+)?[a-zäöüß]*firma|(?:dem|einem)\s+(?:unternehmen|dienstleister))\s+(?:(?:jährlich|monatlich|rund|etwa|knapp|fast|über)\s+)?…|"
        # (income from letting: ``Einkünfte von 1.690 Euro im Monat aus der Vermietung``)
        r"vermietung|mieteinnahmen|mieteinkünfte|mietaufwand|gemeinkosten|"
        # (a fee named right after: ``zahlte man damals 140 Euro Honorar``)
        r"…\s*honorar(?:e|en)?(?-u:\b)|"
        # (what living costs: ``1.200 Euro allein fürs Wohnen zahlen``)
        r"…\s*(?:\S+\s+){0,2}?(?:fürs\s+wohnen|für\s+(?:die\s+)?(?:miete|wohnung|lebensmitteln?)(?-u:\b))|"
        # (money to pay back: ``soll er 25.000 Euro zurückzahlen``)
        r"zurückzahl|zurückzuzahl|zurückgezahlt|zurückerstatt|rückforder|"
        # (a paper's subscription box: ``Monatlich kündbar`` ⏎ ``Mit PayPal bezahlen`` ⏎ ``9,90 €``)
        r"kündbar|paypal|e-paper|epaper|digitalabo|probeabo|(?-u:\b)abos?(?-u:\b)|abonnement|"
        # (a driving school's prices: ``Fahrstunde: € 95,00``, ``Lehrmaterial Klasse CE 85,00 €``)
        r"fahrstunde|lehrmaterial|lehrmittel|prüfungsfahrt|autobahnfahrt|dunkelheitsfahrt|überlandfahrt|tüv-gebühr|"
        # (a household's outgoings, line by line: ``Strom ca. 90 Euro im Monat``, ``Benzin 100 Euro``)
        r"(?-u:\b)(?:strom|benzin|kleidung|wohnkosten|nebenkosten)\s|"
        # (money to be set aside: ``müssen mindestens 60.000€ für ihre Ausbildung einplanen``)
        r"(?-u:\b)(?:einplanen|einkalkulieren|aufbringen)(?-u:\b)|"
        # (``… die Kandidaten selbst bezahlen``)
        r"(?-u:\b)(?:selbst|selber)\s+(?:be)?zahlen(?-u:\b)|aus\s+eigener\s+tasche|"
        # (a cost one bears: ``Diese Ausbildung muss selbst getragen werden``)
        r"(?-u:\b)(?:selbst|selber)\s+(?:zu\s+)?(?:tragen|getragen|finanzieren|finanziert)(?-u:\b)|"
        # (paid by a customer or an employee: ``Wenn der Kunde 14 Euro zahlt``, ``Arbeitnehmer zahlen
        # dann nur noch 34 Euro``)
        r"(?-u:\b)(?:kunde|kunden|kundin|arbeitnehmer|arbeitnehmerinnen|beschäftigte|beschäftigten|mitarbeitende"
        r"|mitarbeitenden|azubis|auszubildende|studierende|studenten|eltern|fahrgäste|nutzer|patienten|mieter"
        r"|kinder|jugendliche|erwachsene|mitglieder|familien|schüler|schülerinnen|gäste|besucher|teilnehmer|teilnehmende)"
        r"\s+(?:\S+\s+){0,2}?(?:zahlen|zahlt|zahlten|zahlte|bezahlen)(?-u:\b)"
        # (the payer after the verb: ``Bis zu 77 Euro zahlen Fahrschüler für ihre Fahrstunden``)
        r"|(?-u:\b)(?:zahlen|zahlt|bezahlen)\s+(?:die\s+)?[a-zäöüß]*(?:schüler|schülerinnen|kunden|kundinnen|teilnehmer|teilnehmende|gäste|besucher|eltern|patienten|mieter)(?-u:\b)"
        # (``zahlt der einzelne Arbeitnehmer nur 68 Euro``, ``200 Euro zahle ich für das Zimmer``)
        r"|(?-u:\b)(?:zahlen|zahlt)\s+(?:der|die|jeder|jede)\s+(?:\S+\s+)?(?:arbeitnehmer|arbeitnehmerin|beschäftigte|mitarbeiter|mitarbeiterin|azubi|auszubildende)(?-u:\b)"
        r"|(?-u:\b)(?:zahle\s+ich|ich\s+zahle)(?-u:\b)"
        # (what someone charges: ``Die nehmen nur 120 Euro für eine Trauung``)
        r"|(?:^|[^a-zäöüß])(?:nehmen|nimmt|nahm|nahmen|berechnen|berechnet)\s+(?:nur\s+|rund\s+|etwa\s+|ca\.\s+|gerne\s+)?…"
        r"|(?:übernehmen|übernimmt|übernommen|übernahm)(?-u:\b)"
        # (``nimmt in ihrem Salon dafür zum Beispiel mindestens 15 Euro``)
        r"|(?-u:\b)(?:nehmen|nimmt|nahm|nahmen)\s+(?:\S+\s+){0,5}?dafür\s+(?:\S+\s+){0,3}?…"
        r"|für\s+(?:die\s+|eine\s+|ihre\s+|seine\s+|den\s+|das\s+)?(?:\S+\s+)?(?:lehrbücher|bücher|lehrmaterial|lernmaterial|arbeitskleidung|werkzeug|logis|unterkunft|verpflegung|kost)(?-u:\b)"
        r"|kaffee(?:$|[^h])|cappuccino|espresso|(?-u:\b)latte(?-u:\b)|latte\s+macchiato|bier(?-u:\b)|für\s+lebensmittel(?-u:\b)|haftpflicht|nahverkehrsmittel|brötchen|mittagessen|pizza|snack|ticket|fahrkarte"
        r"|fahrschein|eintritt|für\s+(?:eine\s+|die\s+)?(?:\S+\s+)?(?:ganztags|halbtags|kinder|kita-?|krippen-?|hort-?)?betreuung(?-u:\b)|endsumme|rechnungsbetrag|aufrunden|leasingrate|leasingkosten|leasinggebühr|im\s+discounter|im\s+supermarkt|miete|m²|qm(?-u:\b)|quadratmeter|gebühr|kosten|kostet|preis|rabatt|nachlass|gutschein"
        r"|(?-u:\b)(?:kaufe|kaufen|kauft|gekauft|koste|kosteten)(?-u:\b)|übernachtung|vorauszahlung|abschlagszahlung|fahrzeugstunde|maschinenstunde|betriebsstunde|(?-u:\b)getränke?n?(?-u:\b)|aktien\s+in\s+diesem\s+artikel|(?-u:\b)[a-zäöüß]*preis\s*:\s*…|herrenschnitt|damenschnitt|kinderschnitt|maschinenschnitt|trockenhaarschnitt|haarschnitt|haare\s+(?:schneiden|machen|färben)(?-u:\b)"
        r"|(?-u:\b)(?:für\s+jeden(?:\s+[a-zäöüß]+)?|pro|je)\s+(?:eingesetzten\s+)?(?:mitarbeiter|leiharbeiter|arbeiter|beschäftigten)(?-u:\b)"
        # (spent, not published: ``vom BIBB herausgegeben``)
        r"|abo(?-u:\b)|anschaffung|ausgeben|(?:^|[^r])ausgegeben|(?-u:\b)(?:erheben|erhebt)\s+(?:\S+\s+){0,3}?für\s|investier|semesterbeitr|semestergebühr|semesterticket|(?-u:\b)pro\s+semester|teilnahme|lehrgang|kurs(?-u:\b)|kurse|führerschein"
        r"|euro\s+pro\s+(?:person|kopf|nacht|teilnehmer)|zahlt\s+man|zahlen\s+sie|(?:man|muss|müssen|musst|musste|mussten|selbst)\s+.{0,40}?bezahlen|bezahlen\s+(?:muss|müssen)|zeile|pro\s+wort|je\s+wort"
        r"|(?-u:\b)rechnungen(?-u:\b)|(?-u:\b)rechnung\s+(?:von|über|in\s+höhe|für|beträgt)|auf\s+der\s+rechnung"
        # (a court's value of the matter: ``Der Wert des Streitgegenstandes wird auf … festgesetzt``)
        r"|streitgegenstand|streitwert|gegenstandswert|beschwerdewert|beschwerdegegenstand|wert\s+der\s+beschwer(?-u:\b)|wert\s+der\s+(?:\S+\s+)?sache\s+(?:\S+\s+){0,2}?…"
        # (a share one pays oneself, a rate billed, a subcontractor paid, a meal: ``70 000 Euro
        # Eigenbeteiligung``, ``für die Arbeit eines Meisters verrechnet``, ``zahlt den
        # Subunternehmern 13 Euro pro Stunde``, ``ein Abendessen für 300 Euro``)
        r"|eigenbeteiligung|verrechnet|ablöse|subunternehm|abendessen|rindfleisch|(?-u:\b)menü"
        # (a player's market value or transfer: ``die teuerste: 600 000 Euro``, ``wechselte für 500 000 Euro``)
        r"|(?-u:\b)teuerste[nrs]?\s*:\s*…|marktwert|(?-u:\b)(?:wechselte|wechselten)\s+(?:\S+\s+){0,6}?für\s+…"
        # (travel costs paid out of one's pay: ``musste er 400 Euro für Flüge … berappen``)
        r"|berappen|für\s+(?:die\s+)?flüge|für\s+(?:das\s+)?hotel(?-u:\b)(?:[^-]|$)"
        # (a call to pay for a paper or a cause: ``Mit nur 5,- Euro sind Sie dabei!``)
        r"|sind\s+sie\s+dabei|bist\s+du\s+dabei|jetzt\s+unterstützen"
        r"|(?-u:\b)(?:rundest|rundet|runden)\s+(?:\S+\s+){0,3}?auf(?-u:\b)"
        r"|eigenanteil|zuzahlung|in\s+die\s+tasche\s+greifen|heimplatz|heimplätze|aus\s+(?:der\s+)?eigenen?\s+tasche|heimbewohner|pflegebedürftige"
        r"|(?:finanzielle|durchschnittliche|monatliche)\s+(?:be)?last"
        r"|bußgeld|geldbuße|geldstrafe|schadensersatz|schmerzensgeld|preisgeld|spende|im\s+wert(?-u:\b)|verlag(?-u:\b)"
        # (an appeal's worth; a rate set to cover costs; money paid in advance)
        r"|revisionsinteresse|rekursinteresse|kostendeck|in\s+vorleistung"
        # (a claim made: ``Ansprüche in Gesamthöhe von 3.570 EUR geltend``)
        r"|…\s*(?:brutto\s+|netto\s+)?(?:\S+\s+){0,3}?geltend(?-u:\b)"
        r"|für\s+(?:die\s+)?(?:weiterbildung|fortbildung|schulung)"
        r"|menü|döner|hähnchen|restaurantbesuch|haarschnitt|(?:einen|ein|pro|je)\s+schnitt(?-u:\b)"
        r"|(?-u:\b)(?:meine|die|eine|der|unsere|ihre)\s+wohnung(?-u:\b)|warmmiete|kaltmiete|(?-u:\b)warm(?-u:\b)|nebenkosten|(?-u:\b)testen|probeabo|abonnent"
        r"|…[^…]{0,15}?(?-u:\b)berechnet(?-u:\b)|verbraucher|(?-u:\b)ich\s+(?:\S+\s+)?zahlte|zahlte\s+ich|feier(?-u:\b)|party(?-u:\b)|hochzeit(?-u:\b)"
    ),
}
"""Why a euro amount is not a salary, by the words of its own clause, checked in this
order (the first reason whose words occur wins): ``20 € Rabatt`` → ``price_or_fee``,
``2.100 € netto`` → ``net_pay``, ``eine Erhöhung um 150 €`` → ``raise_or_difference``,
``einmalig 400 €`` → ``one_off_payment``, ``die Minijob-Grenze von 556 €`` → ``threshold``,
``im Jahr 1995 rund 3.000 DM, also 1.534 €`` → ``old_currency``. ``Gehalt von 4.000 €`` has
none. A statement that has none of them is pay (unless its sentence continues a not-pay
statement)."""

OLD_CURRENCY = r"(?-u:\b)(?:DM|D-Mark|Reichsmark|Ostmark|Mark\s+der\s+DDR)(?-u:\b)"
"""D-Mark and other old German currencies, matched in their own case (``dm-Mitarbeiterin``
is a drugstore's employee): a euro amount beside one converts old pay."""
CENT_ROW = (
    r"[0-9]{1,3}\.[0-9]{3},[0-9]{2}[\s|]+[0-9]{1,3}\.[0-9]{3},[0-9]{2}[\s|]+[0-9]{1,3}\.[0-9]{3},[0-9]{2}(?-u:\b)"
    r"|\|\s*[0-9]{1,3}\.[0-9]{3}\s*\|\s*[0-9]{1,3}\.[0-9]{3}\s*\|\s*[0-9]{1,3}\.[0-9]{3}\s*\|"
    # (or without the thousands point: ``I 5190,20 5488,40 5699,10``)
    r"|(?:^|[\s|])[0-9]{3,5},[0-9]{2}[ \t|]+[0-9]{3,5},[0-9]{2}[ \t|]+[0-9]{3,5},[0-9]{2}(?-u:\b)"
)
"""Three figures in a row written with a thousands point and cents (``4.649,61 5.846,76
7.043,94``) or with cents alone (``5190,20 5488,40 5699,10``), or three table cells written with a thousands point (``| 34.150 | 39.026 | 33.000
|``): money, in a line that names no currency (``text._with_cent_rows``)."""
OTHER_CURRENCY = r"(?-u:\b)(?:DM|D-Mark|Mark|Schilling|Franken|CHF|Fr\.|Dollar|USD|US-\$|Pfund|GBP|Kronen|Zloty|Forint)(?-u:\b)|\$|£"
"""Another currency named in a text (own case): its bare figures may be that currency's."""

OLD_CURRENCY_HINTS = ["DM", "Mark", "mark"]
"""Plain words one of which every ``OLD_CURRENCY`` match holds (a fast first search)."""

CONVERTED_BEFORE = (
    r"umgerechnet|entspr|(?-u:\b)also(?-u:\b)|in\s+euro|das\s+sind"
    # (``ca. 27 DM, was so ungefähr 15 Euro entspricht``)
    r"|(?-u:\b)was\s+(?:so\s+)?(?:ungefähr|etwa|rund|circa|ca\.|knapp|gut)?\s*$"
)
"""Beside an old currency in the sentence, an amount after one of these words converts it
(``rund 3.600 DM, umgerechnet etwa 1.840 Euro``): ``old_currency``."""


RAISE_IN_BRACKET_BEFORE = r"(?-u:\b)auf\s+[0-9][0-9.,]*\s*(?:€|euro|eur)\s*\(\s*$"
"""Right before a figure, a new value and an opening bracket (``steigt in Stufe 3 auf 3.040,50
Euro (``): a figure alone in that bracket (``… (612,50 Euro).``) much smaller than the new
value (``RAISE_IN_BRACKET_RATIO``) is the raise that led to it (matched lower-cased)."""
RAISE_IN_BRACKET_RATIO = 0.5

SIGN_BEFORE = r"(?:^|[\s%|(])[+-]$"
"""A plus or minus sign glued to a figure, after a blank, a per cent sign or a bracket (``-4153
€``, ``-7.0%-155 €``): a signed change, no level (matched at the end of the text before the
figure; a list's dash stands apart from its figure: ``- 2.400 Euro``)."""

ADVOCATE_BEFORE = r"(?-u:\b)(?:setzt|setzen|setze|setzte|setzten)\s+sich\s+(?:[^,;:.!?0-9]{0,60}?\s)?für\s[^,;:.!?0-9]{0,80}$"
ADVOCATE_AFTER = r"^[^,;:.!?0-9]{0,80}?(?-u:\b)ein\s*(?:[,.;:!?]|$)"
"""A figure between ``setzt sich … für`` and the clause's closing ``ein`` (``Die Partei setze
sich für einen Mindestlohn von 16 Euro ein``): advocated, no pay (matched lower-cased; not
``setzt sich aus … zusammen``, nor pay in a clause of its own after ``ein;``)."""

GAP_NAMED_BEFORE = (
    r"(?:vorsprung|(?-u:\b)gap)(?:\s+[^,;:.!?0-9]{0,50}?)?\s*(?::|von|um|beträgt|betrug|liegt\s+bei|lag\s+bei)\s*$"
    r"|(?-u:\b)(?:beträgt|betrug|liegt|lag)\s+(?:der|die|das)\s+(?:[a-zäöüß]+e\s+)?[a-zäöüß-]*(?:vorsprung|gap)"
    r"(?:\s+[^,;:.!?0-9]{0,40}?)?\s*$"
    # (the noun right before, its ``von`` read with the figure: ``Der Gap von 600 Euro``; the verb
    # after it and a short phrase: ``Der Gender-Pay-Gap beträgt in Sachsen 120 Euro``)
    r"|(?:vorsprung|(?-u:\b)gap)\s*$"
    r"|(?:vorsprung|(?-u:\b)gap)\s+(?:beträgt|betrug|liegt|lag)\s+(?:bei\s+)?[^,;:.!?0-9]{0,30}$"
)
"""Right before a figure, a lead or a gap it is the size of (``beträgt der Gender-Pay-Gap bei
Vollzeit``, ``der Vorsprung der Frauen in Gera:``): a difference (matched lower-cased; not ``Trotz Gender
Pay Gap verdient eine Ärztin …``, the gap is not the figure)."""

GAP_CHANGED_BEFORE = r"(?:schrumpf|verkleiner|vergrößer)[a-zäöüß]*\s(?:[^,;:.!?0-9]{0,50}?\s)?$"
"""A gap that narrows or widens right before an ``um`` figure, in its clause (``Die Lücke
schrumpfte damit zum Vorjahr um acht Euro``): the change, no pay."""

GRADE_GLUED_STATEMENT = r"^[0-9]{2,3}[ \u00a0\u202f][0-9]{3}(?:,[0-9]{2})?(?:[^0-9]|$)"
GRADE_GLUED_BEFORE = r"(?:^|\n|\|)\s*[A-Z]{1,2}\s?$"
"""A figure written with a blank between its thousands right after a pay grade's letter at a
line's start (``B 17 664,65``, ``A 52 535,88``: a table whose grade number ran into its first
cell; the grade's letters capitals, as written: not ``ca 72 000 €``): which digits are the
grade's is unknown, so it is no amount (``not_an_amount``)."""

ADDED_ROW = r"^\s*\+\s*[a-zäöü]{1,5}\s*\|"
"""A table's row whose label opens with a plus (``+ BZ | 1,34 € |`` under the base wage's row,
``= GTL`` below; its label a short abbreviation, matched lower-cased: not a job ad's ``+
Einstiegsgehalt | 3.400 €``): an add-on to the row above, no pay of its own."""

PLANNED_LATER_AFTER = (
    r"^[^.,;:!?0-9]{0,10}?(?-u:\b)(?:ist|sind|wird|werden|war|wäre)\s+"
    r"(?:(?:für|ab|im|zum|bis|[0-9]{4}|jahr|kommende[ns]?|nächste[ns]?|mitte|ende|anfang|dann|bereits|schon)\s+){0,3}"
    r"geplant(?-u:\b)"
)
"""Right after a figure, it is planned (``Eine weitere Erhöhung auf 14,60 Euro ist für 2027
geplant``): no pay yet (matched lower-cased; only words of time between, not ``mehr ist nicht
geplant``)."""

FIRM_SIZE_BEFORE = (
    r"(?-u:\b)(?:firmen|unternehmen|betrieben|betriebe|gesellschaften|konzernen)\s+mit\s+(?:einem\s+)?"
    r"(?:(?:jahres)?umsatz\s+(?:von\s+)?)?(?:mehr\s+als|über|unter|weniger\s+als|bis\s+zu|ab)?\s*$"
)
"""Right before an amount: the size of the firms a figure is given for (``In Firmen mit mehr als
25 Millionen Euro kamen Chefs auf …``): turnover, no pay."""

DATE_GOES_ON_AFTER = r"^\.(?:19|20)[0-9]{2}(?:[^0-9]|$)"
"""Right after a figure, the rest of a date (``Stand: 13.10.2025``: ``13.10`` is a day and a
month, no amount)."""

ANNOUNCED_BEFORE = r"(?-u:\b)(?:angestrebte[nrs]?|anvisierte[nrs]?)\s+(?:(?:[a-zäöüß-]+\s+)?(?:auf|von)\s+)?$"
"""Right before a figure: aimed at (``die anvisierten 15 Euro Mindestlohn``, ``die anvisierte
Anhebung auf 13 Euro``): no pay yet (not
``angekündigt``: ``Seit Januar gelten die lange angekündigten 12,82 Euro``)."""

AIMED_AFTER = (
    r"^(?:\s+(?:brutto|netto|im|pro|je|die|der|in|monat|monatlich|jahr|jährlich|stunde))*\s+"
    r"(?:angestrebt|anvisiert)(?-u:\b)"
)
"""Right after a figure, only its period's words between: aimed at (``eine Untergrenze von 17
Euro angestrebt``; not ``3.800 Euro im Monat, angestrebt ist eine Beförderung``)."""

LIVE_ON_AFTER = r"^[^.,;:!?0-9]{0,25}?(?-u:\b)auskommen(?-u:\b)"
LIVE_ON_BEFORE = r"(?-u:\b)mit\s+(?:nur\s+|knapp\s+|rund\s+|etwa\s+|gerade\s+(?:mal\s+)?)?$"
"""A figure after ``mit`` and before ``auskommen`` in its clause, not called gross: what one must
live on (``muss mit 2038 Euro im Monat auskommen``), what is left, not gross pay (not ``verdiene
3.200 Euro brutto und kann davon auskommen``)."""

LOST_AFTER = r"^[^.,;:!?0-9–-]{0,60}?(?-u:\b)(?:entgangen|entgeht|entgehen|entging)(?-u:\b)"
LOST_BEFORE_NOT = r"(?-u:\b)(?:mit|bei|von)\s*$"
"""After a figure in its clause, no comma or dash between: money lost (``Rund 20000 Euro ist
meiner Familie so … entgangen``): a difference, no pay; not a figure after ``mit``/``bei``
(``Mit 2.900 Euro brutto entgehen ihr … 300 Euro``), nor a verb of another clause (``verdient
3.400 Euro, ihm entgehen aber die Zuschläge``)."""

CAP_NAMED_AFTER = r"^\s*als\s+(?:[a-zäöüß]+e\s+)?(?:ober|unter|höchst|gehalts|vergütungs)?(?:grenze|deckel|limit|schwelle)(?-u:\b)"
"""Right after a single figure, the figure named a limit (``12 Millionen Euro als Obergrenze für
eine angemessene Vergütung``): a threshold, no pay (matched lower-cased); not a pay group's
bound (``CAP_OF_SCALE_AFTER``)."""
CAP_OF_SCALE_AFTER = r"^\s*als\s+\S+\s+(?:der|des|einer|eines|für\s+die|in\s+der)\s+[a-zäöüß]*(?:gruppe|spanne|band|stufe|skala|tabelle)"
"""A limit of a pay scale's group or band after a figure (``6.000 Euro als Obergrenze der
Entgeltgruppe 13``): pay, the group's top."""

HYPOTHETICAL_AFTER = (
    r"^(?:\s+(?:brutto|netto|im|pro|je|monat|monatlich|jährlich|jahr|stunde|in|der|mehr|weniger|dann|damit|so|etwa|rund)){0,6}"
    r"\s+(?:verdienen|bekommen|erhalten|haben|kommen|liegen|sein|betragen)\s+"
    r"(?:würde|würden|würdest|könnte|könnten|müsste|müssten)(?-u:\b)"
)
"""After a figure, its clause ending in a verb in the conditional (``etwa 1.600 Euro brutto im
Monat verdienen würde``): what one would earn, worked out, no pay stated (matched lower-cased)."""

GOAL_BEFORE = (
    r"(?-u:\b)ziel\s+(?:[^.,;:!?0-9]{0,80}?\s)?(?:ist|bleibt|sind|bleiben|lautet|wäre|sei|bleibe)\s"
    r"(?:[^.,;:!?0-9]{0,40}?\s)?(?:ein|eine|einen|der|die|das)\s+(?:[a-zäöüß]+e[nrs]?\s+)?"
    r"[a-zäöüß-]*(?:betrag|lohn|löhne|gehalt|gehälter|summe|vergütung|einkommen|entgelt)[a-zäöüß]*\s+(?:von|auf|bei)?\s*$"
    # (the figure itself the goal: ``Das Ziel sind 15 Euro pro Stunde``)
    r"|(?-u:\b)ziel\s+(?:ist|sind|bleibt|bleiben|lautet)\s*$"
)
"""Before a figure in its clause, a goal named as what the figure is (``Ihr Ziel für die
Einstiegsgehälter bleibt ein Betrag von``, ``Unser Ziel ist ein Mindestlohn von``): a demand,
no pay agreed (matched lower-cased; ``Zielgehalt`` is one word and no goal)."""

RELATIVE_CLAUSE_NOUN = r"(\S+),\s+(?:der|die|das|welcher|welche|welches)\s[^,;:]*$"
"""A sentence before its figure ending in a relative clause: group 1 is the noun the clause goes
back to (``… den Freibetrag, der um 400 Euro auf``)."""

PART_OF_YEAR = (
    r"(?-u:\b)für\s+(?:die\s+|diese\s+|seine\s+|ihre\s+)?(?:restlichen\s+|ersten\s+|letzten\s+|knapp\s+|gut\s+)?"
    r"(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|[2-9]|1[01]|[a-zäöü]*einhalb|anderthalb)\s+monate(?-u:\b)"
)
PART_OF_YEAR_MIN = 10_000
PERIOD_NAMED_NEAR = r"jahres|monats|(?:im|pro|je)\s+(?:jahr|monat)(?-u:\b)|monatlich|jährlich|diät"
"""A sum from ``PART_OF_YEAR_MIN`` up for some months of a year (``hat für die fünf Monate im Amt
noch 210.000 Euro erhalten``): neither a month's nor a year's pay, ``unclear_period``."""

ARITHMETIC_BEFORE = r"[0-9)]\s*(?:[a-zäöüß]+\s*)?[x×·]\s*$"
ARITHMETIC_AFTER = r"^\s*[x×·]\s*[0-9]+\s*(?:=|[,.;)]|$)"
"""A figure as a factor of a product written out (``3 × 12 €``, ``12 € × 3 = 36 €``, ``8 Stunden x
13,90 Euro``): ``not_an_amount``
(not a share of it, whose result may be pay, ``2.400 € × 90 % = 2.160 €``; nor pay times hours or
salaries, ``3.900 Euro x 13 Gehälter``)."""

MISSING_BEFORE = (
    r"(?-u:\b)(?:entgingen|entging|entgehen|entgeht)\s+(?:\S+\s+){0,4}?$|"
    r"(?-u:\b)(?:fehlen|fehlt|fehlten|fehlte)\s+(?:(?:es|ihm|ihr|ihnen|uns|mir|dir|genau|monatlich|jährlich|noch|also|damit|somit|dann|satte|stolze|rund|etwa"
    r"|fast|knapp|gut|immer\s+noch|im\s+schnitt|pro\s+monat|im\s+monat|zwischen)\s+){0,3}$"
)
MISSING_AFTER = r"^\s*(?:(?:monatlich|jährlich|im\s+monat|pro\s+monat|im\s+jahr)\s+)?(?:fehlen|fehlt|fehlten|fehlte)(?-u:\b)"
"""A figure missing to another (``zum Westniveau fehlen monatlich 640 Euro``): ``raise_or_difference``."""
DEMANDED_NEXT = (
    r"^\W*(?:das|dies|diese[ns]?|so\s+viel)\s+(?:fordert|fordern|forderte|forderten|verlangt|verlangen|verlangte|verlangten)"
    r"\s+(?:die|der|das|viele|mehrere|einige|zahlreiche|verdi|[a-zäöüß]*gewerkschaft(?:en)?|sozialverbände)\s"
)
HAS_VERB = r"(?-u:\b)(?:verdien|erhält|erhalten|erhielt|bekomm|liegt|liegen|lag|lagen|beträgt|betragen|betrug|zahlt|zahlen|gibt|gab|steigt|stieg)"
"""The next sentence calls the figures of a sentence without a verb of pay a demand (``Wenigstens 16
Euro für alle. Das fordert die Gewerkschaft``; not ``Fachkräfte verdienen 4.100 Euro. Dies fordern
auch …``)."""
HOUSEHOLD_INCOME_BEFORE = r"für\s+den\s+haushalt\s[^.,;]{0,60}?(?:ein|das)\s+(?:gesamt|haushalts)?einkommen\s+(?:von\s+|in\s+höhe\s+von\s+)?$"
"""A household's income named before the figure (``ergibt für den Haushalt der Familie ein Einkommen
von …``): ``budget_or_turnover``."""
GAP_VERB_FIRST_BEFORE = (
    r"(?-u:\b)(?:macht|machte|beträgt|betrug)\s+(?:der|die)\s+[a-zäöüß]*(?:differenz|unterschied|abstand|lücke)"
    r"(?-u:\b)[^0-9,;:]{0,100}$"
)
"""The verb first, then the gap, then its figure (``Bei W2 macht der Unterschied im Grundgehalt …
mehr als 900 Euro aus``): ``raise_or_difference``, that figure only."""

YEAR_SPAN = (1950, 2049)
GROUPED_FIGURE_AFTER = r"^[ \t\u00a0]*[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]{1,2})?(?:[^0-9]|$)"
"""A year (in ``YEAR_SPAN``) with the currency after it and a grouped figure right after that (``2019 €
412.300``): the currency is the figure's, the year no amount."""
YEAR_STATEMENT = r"(?:^|\s)[0-9]{4}(?:[^0-9.,]|$)"
"""A statement whose figure is four plain digits (``2019 €``, ``ab 2024 €``): a year, where the rest agrees."""
YEAR_AFTER_CURRENCY = r"^(?:€|EUR|Euro)\s*[0-9]{4}$"
"""A statement of the currency, then four plain digits (``… 390 TSD € 2013: ca. 330 TSD €``): the
currency closes the figure before, the digits are a year heading the next one (``YEAR_LABEL_AFTER``)."""
YEAR_LABEL_AFTER = r"^\s*:"
"""Right after such a statement: the colon of a label (``2013: ca. 330 TSD €``)."""
CELL_END_AFTER = r"^\s*(?:\||$)"
"""Right after a statement: the end of a table cell or of the line."""
DATE_BEFORE = r"(?-u:\b)(?:ab|seit|bis|zum|vom|per)\s+(?:dem\s+)?(?:[0-9]{1,2}\.\s*)?(?:[a-zäöü]+\.?\s+)?$"
"""A year after a date's words, the currency closing a header cell (``Lohn ab 1. März 2025 € |``)."""

SHARE_OF_PAY_BEFORE = r"[0-9]\s*(?:%|prozent)\s+(?:des|der|vom|von)\s+[^()]{0,40}\(\s*=\s*$"
"""A share of pay worked out in brackets (``25 % des Stundenlohns (= 4,10 €)``): a supplement,
``bonus_or_allowance``; not a figure compared (``93 % der Vergütung der Männer (810 Euro)``)."""
ENOUGH_TO_BEFORE = r"(?-u:\b)(?:reicht|reichen|reichte|genügt|genügen|genügte)\s(?:[^.!?]|\.[0-9]){0,80}$"
ENOUGH_TO_AFTER = r"^[^.!?]{0,40}?,\s*um\s"
"""Pay that is enough for something (``reicht ein Bruttolohn von 1.500 Euro, um …``): a
``threshold``, no one's pay."""
ENOUGH_FOR_THAT_BEFORE = (
    r"(?-u:\b)(?:dafür|hierfür)\s+(?:reicht|reichen|reichte|reichten|genügt|genügen|genügte|genügten|bräuchte|braucht|brauchen)\s+"
    r"(?:(?:schon|bereits|also|etwa|rund|ca\.|knapp|gut|brutto|monatlich|jährlich)\s+){0,3}$"
)
"""Pay that is enough for what was said before (``Dafür genügen 41.200 Euro brutto im Jahr``): a
``threshold``, no one's pay (not ``Dafür reicht sein Gehalt von …``: someone's own pay)."""
SHOPPING_AFTER = r"^\s*(?:\S+\s+){0,3}?für\s+(?:seine|ihre|die|den|meine|unsere)\s+(?:\S+\s+)?(?:einkäufe|einkauf|lebensmittel)(?-u:\b)"
"""Money spent on shopping (``30 Euro für seine Einkäufe``): a ``price_or_fee``."""

EARNS = (
    r"verdien|(?-u:\b)(?:erhält|erhielt|bekommt|bekam)\s+(?:\S+\s+){0,4}?"
    r"(?:jährlich|monatlich|im\s+jahr|pro\s+jahr|rund|etwa|knapp|fast|über|[0-9])|gage|honorar"
)
"""A sentence of a person earning (``verdient``, ``erhält jährlich …``, ``Gage``): in a text opening on
prices or fees its figure is pay all the same."""

DUE_FEE_MAX = 100
"""Below it, a figure ``fällig`` (due) in its clause, in sentences naming no pay, is a price or a fee."""

READER_CONDITION_BEFORE = r"(?-u:\b)(?:wenn|falls)\s+(?:du|sie|man|ihr|dein|deine|ihre)\s[^,.;:]{0,80}$"
READER_CONDITION_AFTER = (
    r"^[^,.;:]{0,40}?(?-u:\b)(?:hast|haben|hat|verdienst|verdienen|verdient|bekommst|bekommen|bekommt),\s*(?:dann\s+)?"
    r"(?:darf|darfst|dürfen|kann|kannst|können|muss|musst|müssen|solltest|sollten|bleibt|bleiben|zahlst|zahlen)(?-u:\b)"
)
"""The reader's income as a condition, the consequence after it (``Wenn du ein Jahreseinkommen von 40.000
Euro brutto hast, dann darf die Miete …``): ``hypothetical``; not pay named in the consequence (``Wenn du
einsteigst, kannst du mit 45.000 Euro rechnen``)."""
CONCESSION_BEFORE = r"(?-u:\b)auch\s+wenn\s"
"""``Auch wenn sie mehr als 3.000 Euro verdient, …``: a concession, the figure is pay stated."""
READER_AS_SOMEONE = r"(?-u:\b)(?:wenn|falls|wer)\s+(?:(?:du|sie|man|ihr)\s+)?(?:\S+\s+){0,3}?(?:wie|als)\s"
"""A condition naming a real person or a role (``Wenn man wie ich …``, ``Wenn Sie als Pflegefachkraft bei uns
…``, ``Wer wie meine Frau …``): pay stated, no generic condition."""

NEEDED_AFTER = r"^[^.,;:!?–-]{0,30}?(?-u:\b)(?:nötig|notwendig|erforderlich|vonnöten)(?-u:\b)"
MORE_THAN_NEEDED_AFTER = r"^[^.,;:!?]{0,30}?(?-u:\b)als\s+(?:nötig|notwendig|erforderlich)(?-u:\b)"
"""A figure called necessary (``sei ein Mindestlohn von 14 Euro nötig``): a ``demand_or_proposal``."""
THOUSANDS_GLUED_BEFORE = r"(?:^|[^a-zäöüß])t$"
"""A ``T`` glued before the currency (``TEUR 1.707``): thousands, a total read wrong; ``not_an_amount``."""
PAYWALL_AFTER = r"^[^.]{0,30}?(?:je|pro|im)\s+monat\s+(?:weiter)?lesen(?-u:\b)"
"""A subscription's price (``Für 1,99 € je Monat lesen``): ``price_or_fee``."""

ROUNDED_TO_BEFORE = r"(?-u:\b)(?:gerundet|aufgerundet|abgerundet)\s+auf\s+(?:die\s+|den\s+)?(?:nächste[nr]?\s+)?(?:volle[nr]?\s+)?$"
"""A figure a sum is rounded to (``auf die nächsten 10 Euro gerundet``): ``not_an_amount``."""

WHOEVER_EARNS_BEFORE = (
    r"(?-u:\b)wer\s[^,.;:!?]{0,80}$"
    # (``kann der, der über ein Gehalt von … verfügt, …``, ``jemand, der … verdient, …``)
    r"|(?-u:\b)(?:der|die|derjenige|diejenige|jemand)\s*,\s*(?:der|die)\s[^,.;:!?]{0,80}$"
)
SOMEONE_NAMED_BEFORE = r"(?-u:\b)(?:ist|bin|bist|war|sind|waren)\s+(?:der|die|derjenige|diejenige)\s*,\s*(?:der|die)\s[^,.;:!?]{0,80}$"
"""A ``der, der …`` clause after ``ist``/``bin``: a real person named (``Herr Krause ist der, der
4.300 Euro verdient``), no generic earner."""
WHOEVER_EARNS_AFTER = (
    r"^[^,.;:!?]{0,40}?,\s*(?:der\s+|die\s+)?(?:muss|müsste|kann|könnte|darf|hat|bekommt|erhält|zahlt"
    r"|erreicht|profitiert|spart|sollte)(?-u:\b)"
    r"|^[^,.;:!?]{0,40}?,\s*(?:mit|von|auf)\s[^.;:!?]{0,60}?(?:rechnen|profitieren|hoffen|freuen)(?-u:\b)"
)
"""A figure in a ``wer`` clause (or ``der, der …``), its consequence after it (``Auch, wer 21 Euro die Stunde einnimmt, kann sich
auf eine gute Rente freuen``): a generic earner, ``hypothetical``; not pay in the consequence (``Wer im Verkauf
arbeitet, kann sich über 2.500 Euro freuen``)."""

CLAIM_CONDITION_BEFORE = r"(?-u:\b)(?:wenn|falls|sofern|bei\s+einem)\s[^,;:.!?]{0,80}$"
CLAIM_AFTER = r"^[^.;!?]{0,60}?(?-u:\b)anspruch\s+auf(?-u:\b)"
"""A figure in a condition of a claim (``Falls beide je 950 € erhalten, besteht Anspruch auf …``): a
``threshold``."""

GAIN_OR_LOSS_BEFORE = (
    r"(?:einkommens|lohn|gehalts|verdienst|gesamt)(?:vorteil|nachteil)\w*\s+(?:\S+\s+){0,5}$"
)
"""An advantage or a loss in pay named before the figure (``der Einkommensvorteil liegt bei``, ``ein
Gesamtnachteil von``): ``raise_or_difference``."""

AS_EXTRA_AFTER = (
    r"(?-u:\b)als\s+(?:[a-zäöüß]+e[nrs]?\s+)?(?:aufwandsentsch|ehrenamtspauschale|übungsleiterpauschale|taschengeld"
    r"|prämie|bonus|zulage|zuschlag|sonderzahlung|einmalzahlung|inflationsausgleich|weihnachtsgeld|urlaubsgeld"
    r"|abfindung|trinkgeld|zuschuss|tantieme)"
)
"""The figure's clause, after it, names it an extra (``… Euro bekommen die Helfer am Wochenende als
Aufwandsentschädigung``): not pay, however far after the figure."""

PER_UNIT_AFTER = (
    r"^\s*(?:brutto\s+)?(?:am\s+tag|täglich|in\s+der\s+woche|die\s+woche|wöchentlich)(?-u:\b)"
    r"|^\s*/\s*[0-9]+\s*(?:min|minuten)(?-u:\b)"
    r"|^\s*(?:brutto\s+)?für\s+(?:das|jedes|je)\s+[^\s,]+\s+(?:von\s+)?(?:jeweils\s+)?[0-9]+\s"
    r"|^\s*(?:das|den|die|pro|je|per)\s+(?:kilo|kilogramm|kg|liter|pfund|tonne)(?-u:\b)"
    r"|^\s*(?:brutto\s+)?(?:[-–]\s*)?(?:pro|je|per|für\s+(?:eine|einen|jede|jeden))\s+(?:behandlung(?:en|seinheit(?:en)?)?"
    r"|einheit(?:en)?|sitzung(?:en)?|stück|auftrag|kunden?|kundin|patient(?:en|in)?|termine?|tag|einsatz|nacht|schicht"
    r"|woche|kilometer|km|seite|artikel|beitrag|sendung|vortrag|gutachten|fall|treffen|spiel|auftritt"
    r"|(?:gespielte[nr]?\s+)?(?:vorstellung|aufführung|probe|probentag|dienst|drehtag|spieltag)(?:en|e|s)?"
    r"|mandatsjahr|dienstjahr|(?:wahlkreis|legislatur|wahl|amts)?periode|amtszeit)(?-u:\b)"
)
"""A unit after an amount that is no hour, month or year (``25 € pro Behandlungseinheit``,
``120 € pro Tag``, ``3 € je Stück``): a fee or a rate per piece, shift or day, no record
(``per_unit_rate``)."""

PER_UNIT_BEFORE = (
    r"(?-u:\b)(?:je|pro)\s+(?:gefahrene[nm]?\s+)?(?:kilometer|km|stück|sitzung|auftrag|artikel)\s*:?\s*$"
    # (a fee per game or performance, the unit further back: ``Pro Gruppenspiel sollen es um 4000 Euro
    # sein``, ``für die Leitung eines Europapokal-Spiels erhalten sie``)
    r"|(?-u:\b)(?:je|pro|eines|jedes)\s+[a-zäöüß-]*(?:spiel|spiels|partie|einsatz|einsatzes|auftritt|auftritts|match|matches)"
    r"(?-u:\b)[^.,;:!?0-9]{0,40}$"
)
"""Right before an amount, a unit that is no time (``pauschal je gefahrenem Kilometer 0,30 €``):
a rate per unit (``per_unit_rate``)."""

PER_ANY_AFTER = (
    r"^\s*(?:\([^()]{0,30}\)\s*)?(?:brutto\s+|netto\s+)?(?:[-–]\s*)?(?:pro|je|per)\s+(?:[a-mo-zäöüß]|n[^a]|na[^c])"
    # (``238 Euro für eine „Tagesschau“``: per show)
    r"|^\s*für\s+(?:eine|einen|ein|jede|jeden|jedes)\s+[„\"“»]"
)
"""Right after an amount (and a bracket: ``7,41 € (14,50 DM) pro Tag``), ``pro``/``je`` and a
word (``70 € pro Besuch``); with
``PER_TIME_OR_HEAD_AFTER`` not matching, a rate per unit (``per_unit_rate``)."""
PER_TIME_OR_HEAD_AFTER = (
    r"^\s*(?:\([^()]{0,30}\)\s*)?(?:brutto\s+|netto\s+)?(?:[-–]\s*)?(?:pro|je|per)\s+(?:geleistete[nr]?\s+|gearbeitete[nr]?\s+|volle[nr]?\s+|angefangene[nr]?\s+)?"
    r"(?:(?:arbeits|zeit|kalender|geschäfts|berufs|dienst|lehr|ausbildungs"
    r"|unterrichts|einsatz|vorlesungs)?(?:stunde|std|h(?-u:\b)|monat|jahr|quartal)|kopf|nase|person|beschäftigte|mitarbeiter|arbeitnehmer|vollzeit|teilzeit|"
    r"vorstand|vorstandsmitglied|manager|spieler|angestellte|fachkraft|arbeitskraft|azubi|auszubildende|beamte|annum|anno|"
    r"vollzeitstelle|stelle|saison|spielzeit|(?:ein|das|den|die|der)\s)"
)
"""What a pay figure may be per: a time (``pro Stunde``, ``je Monat``, ``pro Lehrjahr``, ``je
geleisteter Arbeitsstunde``), a head
(``pro Kopf``, ``je Beschäftigten``), a post; or an article before a noun, read elsewhere."""

PAY_NAMED_AFTER = r"^\s*(?:brutto(?-u:\b)|(?:brutto|monats|jahres|grund|einstiegs|fest)?(?:gehalt|lohn|verdienst|einkommen|vergütung|entgelt)(?:e?s|e|n)?(?-u:\b))"
"""A pay noun right after an amount (``mit 4.000 Euro Bruttogehalt``, ``3.200 Euro brutto``):
the amount is pay even in a clause about costs, taxes or budgets."""

_EXTRAS = (
    r"(?:jahressonderzahlung(?:en)?|sonderzahlungen|[a-zäöüß]*zulagen?|[a-zäöüß]*zusch(?:la|lä)ge?n?|weihnachtsgeld"
    r"|urlaubsgeld|prämien|boni|bonus|tantiemen?|provisionen|geldwerte[nmrs]?\s+vorteile?|sachbezüge[n]?|sachleistungen"
    r"|[a-zäöüß]*pauschalen|kindergeld|aufwandsentschädigung(?:en)?|vermögenswirksame[nr]?\s+leistungen"
    r"|(?:gehalts|vergütungs|lohn)?bestandteile?)(?-u:\b)|urlaubs-"
)
"""Extras a pay figure may be stated with or without (``PAY_NOT_THRESHOLD``)."""

WITH_EXTRAS_BEFORE = r"(?-u:\b)mit\s+(?:allen\s+)?(?:den\s+)?[a-zäöüß]*(?:zulagen|zuschlägen)\s*$"
"""Right before a figure: the allowances it includes (``erhielt er mit Zeitzuschlägen 269,43 €``),
a total, no allowance."""

WAGE_FLOOR_NAMES = r"lohnuntergrenze|mindestlohngrenze|(?:unterste|untere)[nr]?\s+lohngrenze"
"""Names of a minimum wage that hold the word ``grenze`` (lower-cased): no threshold."""

PAY_NOT_THRESHOLD = (
    # (mini-jobbers as a group paid, no mini-job's limit: ``geringfügig Beschäftigte bekamen 6,10 Euro``,
    # ``Minijobber (geringfügig Beschäftigte) mit im Mittel 2.700 Euro``)
    r"(?-u:\b)geringfügig\s+beschäftigten?\s+(?:(?:erhielten|erhalten|bekommen|bekamen|verdienen|verdienten|kamen|kommen|mit)(?-u:\b)|[0-9]|$)|"
    # (payment of a wage is pay: ``zur Zahlung eines Stundenlohns von``)
    r"(?-u:\b)zahlung\s+(?:eines|einer|des|der)\s+(?:stundensatz|stundenlohn|lohn|gehalt|gehalts|monatslohn|mindestlohn|vergütung|entgelt)|"
    r"\S*untergrenze|mindestlohngrenze|mindestgrenze|(?-u:\b)(?:unterste|untere)[nr]?\s+lohngrenze|(?-u:\b)(?:gehalts)?obergrenze|vor\s+(?:steuern|abzügen|abzug|abgaben)"
    # (``mit Abstand``, ``Mit weitem Abstand folgen …``: far ahead or behind, no difference)
    r"|mit\s+(?:(?:einigem|weitem|großem|deutlichem|klarem|gehörigem)\s+)?abstand"
    # (``nur geringfügig höher``: slightly, no mini-job; ``bei den höchsten Lebenshaltungskosten``:
    # a circumstance of the pay, no price; not ``Bei Lebenshaltungskosten von 1.850 Euro``)
    r"|(?-u:\b)geringfügig\s+(?:höher|niedriger|mehr|weniger|darüber|darunter|besser|schlechter)(?-u:\b)"
    r"|(?-u:\b)(?:bei|trotz)\s+(?:gleichzeitig\s+)?(?:den\s+|der\s+)?(?:sehr\s+)?"
    r"(?:hohen|höchsten|höheren|niedrigen|niedrigeren|niedrigsten|geringen|geringeren)\s+lebenshaltungskosten"
    r"(?:\s*[,.;:)]|\s+(?:und|in|im|bei|sind|ist|zu|einher)(?-u:\b)|\s*$)"
    r"|altersgrenze|[0-9][0-9.,]*-euro-(?:grenze|marke|schwelle)"
    # (names that only hold a reason's word: economic sectors, ``Finanz- und Versicherungsdienstleistungen``,
    # ``Verteidigung; Sozialversicherung``; the pension insurer; a district, ``Bruck-Mürzzuschlag``;
    # pay before retirement, ``vor seiner Pension ein Gehalt von``; a sector ``Differenzierung``)
    r"|finanz-\s*und\s+versicherungs[a-zäöüß-]*|verteidigung[,;]?\s+(?:und\s+)?sozialversicherung"
    r"|deutsche[n]?\s+rentenversicherung|mürzzuschlag|differenzierung"
    # (a person's state, not a pension: ``der inzwischen pensionierte Intendant``; the staff serving
    # benefit recipients: ``Sachbearbeiter für Leistungsempfänger``)
    r"|(?-u:\b)(?:inzwischen|mittlerweile|längst|vorzeitig|bereits|frühzeitig)\s+pensioniert[a-z]*"
    r"|(?-u:\b)(?:für|von)\s+(?:die\s+)?(?:leistungsempfänger|leistungsbezieher|bedarfsgemeinschaften)[a-zäöüß]*"
    # (differences announced by a colon, then a share of people and their level: ``zeigt große
    # Unterschiede: 10 % der Vollzeitkräfte verdienen höchstens …``)
    r"|unterschiede?\s*:\s+[0-9]+(?:,[0-9]+)?\s*(?:%|prozent)\s+der(?-u:\b)"
    r"|(?-u:\b)vor\s+(?:seiner|ihrer|der|dem)\s+(?:\*\s*)?(?:pension|pensionierung|rente|ruhestand)(?-u:\b)"
    # (a website's name: ``Die Website „Steuerklassen.com“ gibt … an``)
    r"|steuerklassen\.(?:com|de|net)"
    # (``15,85 Euro mit Zulagen``: a figure including its allowances, the words right after it)
    r"|^\s*(?:brutto\s+)?mit\s+(?:allen\s+)?[a-zäöüß]*zulagen(?-u:\b)"
    # (a total including a bonus or a lump sum, the total's words right after it: ``einschließlich
    # der Bonuszahlungen etwa 206.000 Euro``, ``einschließlich einer Aufwandspauschale ein Jahresgehalt
    # von``; not the extra's own figure: ``inklusive einer Fahrtkostenpauschale von 150 Euro``)
    r"|(?-u:\b)(?:einschließlich|inklusive|inkl\.|samt)\s+(?:der|einer|aller|eines|des)\s+[a-zäöüß]*"
    r"(?:bonuszahlungen|bonuszahlung|pauschalen|pauschale|prämien|prämie|zulagen|zulage)\s+"
    r"(?:ein|eine|einen|etwa|rund|ca\.|circa|knapp|gut|fast|mehr\s+als|über|auf)(?-u:\b)"
    r"|(?-u:\b)(?:einschließlich|inklusive|inkl\.|samt)\s+(?:der|einer|aller|eines|des)\s+[a-zäöüß]*"
    r"(?:bonuszahlungen|bonuszahlung|pauschalen|pauschale|prämien|prämie|zulagen|zulage)\s*$"
    r"|(?-u:\b)(?:ohne|exklusive|exkl\.|inklusive|inkl\.|einschließlich|samt)\s+"
    # (an article and an adjective may stand between: ``inklusive einer Leistungszulage``,
    # ``einschließlich der variablen Gehaltsbestandteile``)
    r"(?:(?:allen?|sämtlichen|aller|der|die|den|dem|des|einer?|einem|eines|[0-9]+\s*(?:%|prozent))\s+)?(?:[a-zäöüß]+e[nrs]?\s+)?"
    f"(?:{_EXTRAS})(?:[\\s,]+(?:und\\s+|sowie\\s+|oder\\s+)?(?:{_EXTRAS}))*"
    r"|(?-u:\b)mit\s+(?:allen\s+)?zulagen\s+(?:kommt|kommen|verdient|verdienen|sind|liegt|liegen)"
    # (right before the figure: ``erhielt er mit Zeitzuschlägen 269,43 €``)
    f"|{WITH_EXTRAS_BEFORE}"
    # (an average pay summed up: ``summiert sich das durchschnittliche Geschäftsführergehalt auf``)
    r"|summiert\s+sich\s+(?:das|der|die)\s+(?:durchschnittliche[nrs]?\s+)?[a-zäöüß]*(?:gehalt|lohn|vergütung|einkommen|verdienst)(?-u:\b)"
    # (``bei Berufseintritt``, ``Eintrittsgehalt``: no admission fee)
    r"|(?:berufs|job|erwerbs)eintritt|eintritts(?:gehalt|gehälter|lohn|löhne|verdienst|vergütung|einkommen)|"
    r"anforder[a-zäöüß]*|herausforder[a-zäöüß]*|erforder[a-zäöüß]*|schwankungs(?:breite|bereich)\s+von(?-u:\b)|sozialversicherungspflichtig[a-zäöüß]*|beitragspflichtig[a-zäöüß]*|(?-u:\b)auf\s+empfehlung(?-u:\b)"
    # (a raise that led to the figure: ``Zusammen mit der Diätenerhöhung verdient die Kanzlerin dann
    # monatlich 25.400 Euro``)
    r"|(?-u:\b)(?:mit|nach|dank)\s+(?:der|dem|den)\s+[a-zäöüß]*(?:erhöhung|anhebung|steigerung)(?:en)?\s+"
    r"(?:verdien|bekomm|erhält|erhalten|liegt|liegen|beträgt|betragen)[a-zäöüß]*(?-u:\b)"
    # (the level after raises: ``und nach zwei weiteren Erhöhungen 4158,36 Euro im Monat``)
    r"|(?-u:\b)nach\s+(?:\S+\s+){0,3}?[a-zäöüß]*(?:erhöhung|anhebung|steigerung)(?:en)?"
    r"(?:\s+[0-9]|\s*$|\s+(?:verdien|bekomm|erhält|erhalten|liegt|liegen|beträgt|betragen|kommt|kommen)[a-zäöüß]*(?-u:\b))"
    # (a recommendation followed is decided: ``ist der Empfehlung der Mindestlohnkommission gefolgt``)
    r"|(?-u:\b)(?:der|dieser)\s+empfehlung\s+(?:der\s+\S+\s+)?(?:gefolgt|nachgekommen)(?-u:\b)"
    r"|(?-u:\b)(?:folgt|folgte|folgen|folgten)\s+(?:der|dieser)\s+empfehlung(?-u:\b)"
    r"|(?-u:\b)(?:gerade|nicht|nur|kaum|erst|zunächst|noch|schon|wieder)\s+einmal(?-u:\b)"
    r"|(?-u:\b)vor\s+der\s+(?:anhebung|erhöhung)(?-u:\b)"
    r"|(?-u:\b)(?:plus|zzgl\.|zuzüglich|sowie)\s+(?:(?:ein|einem|einen|das|dem)\s+)?(?:kostenlose[snm]?\s+)?(?:semester|job|deutschland)?ticket"
    r"|(?-u:\b)sollten?\s+(?:\S+\s+){0,4}?laut\s+(?:des\s+|dem\s+|der\s+)?(?:tvöd|tv-l|tarifvertrag|tarif)"
    # (an industry or a job named after insurance: ``die Azubis aus dem Versicherungsgewerbe``)
    r"|versicherungs(?:gewerbe|branche|wesen|träger|wirtschaft|unternehmen|konzern|gesellschaft|kaufm|kauff|kaufl|fach|makler|vertreter|vermittler|berater|agentur)[a-zäöüß]*"
    r"|(?-u:\b)mit\s+einem\s+variablen\s+anteil|(?:\+|(?-u:\b)plus|zzgl\.|zuzüglich)\s*(?:hohes\s+|höheres\s+|kleines\s+)?trinkgeld"
)
"""Words that look like a not-pay reason but are not: ``Lohnuntergrenze`` is a minimum
wage, ``vor Steuern`` says gross, ``mit Abstand`` means "by far", an ``Altersgrenze`` is no
limit on pay, ``ohne Zulagen, Urlaubs- und Weihnachtsgeld`` and ``inklusive Zulagen`` say what
a figure of pay leaves out or holds, ``gerade einmal 2.600 Euro`` is no one-off payment, a
``Herausforderung`` or what a job ``erfordert`` is no demand (blanked before the reasons are
searched)."""

DID_YOU_KNOW = r"^\W*(?:wussten\s+sie|wusstest\s+du|wisst\s+ihr|hätten\s+sie\s+gedacht)(?-u:\b)"
"""A question that states a fact (``Wussten Sie, dass Lokführer mit 3.127 Euro starten?``): its
figures are no ``question``."""

COMPARED_IN_MAIN_CLAUSE = (
    r",\s*so\s+(?:[^.]{0,120}?(?-u:\b)(?:kollege|kollegin|kollegen|pendant)"
    r"|(?:wird|werden)\s[^.]{0,100}?(?:entlohnt|bezahlt|vergütet))(?-u:\b)"
)
"""A condition put first whose main clause states another's pay (``Verdient der Geschäftsführer
… 118.000 Euro, so wird sein Kollege … mit 171.000 Euro entlohnt``): a comparison of two
figures of pay, no ``hypothetical``."""

OWN_PAY_NAMED = r"(?:grund|fest|fix|basis|jahres|monats)gehalt|(?-u:\b)(?:pro|im|je)\s+(?:jahr|monat)(?-u:\b)|jährlich|monatlich"
"""In a figure's own clause (before it, or right after): a base pay or a period of pay. Such a
figure is pay even in a sentence naming a rate per unit (``ein Grundgehalt von 60.000 € pro
Jahr, zu dem eine Vergütung von 5.000 € pro Einsatz hinzukommt``)."""

SENTENCE_NOT_PAY = {
    "restatement": (
        # (inside the sentence too, when the figure is one before it converted: ``Durch die
        # 40-Stunden-Woche bedeutet das einen Stundenlohn von 20,00 €``)
        r"(?-u:\b)(?:bedeutet|ergibt|macht)\s+(?:das|dies)\s+(?:\S+\s+){0,2}?(?:stundenlohn|stundensatz|monatsgehalt|monatslohn|jahresgehalt|jahreslohn)|"
        # (an hourly rate worked out from a week's hours: ``Ausgehend von einer 40-Stunden-Woche liegt
        # der Stundenlohn bei 14,20 Euro``)
        r"(?-u:\b)ausgehend\s+von\s+(?:einer\s+)?[0-9]+[-\s]*(?:stunden|wochenstunden)|"
        # (a figure worked out from the ones before: ``Für eine Malerin mit 39 Stunden pro Woche ergibt
        # sich so ein Monatslohn von …``)
        r"(?-u:\b)(?:ergibt|ergeben)\s+sich\s+(?:so|somit|hieraus|daraus)(?-u:\b)|"
        # (``Der entsprechende Monatslohn liegt bei …``: the figure before in another period)
        r"^\W*(?:der|die|das)\s+entsprechende[nr]?\s+(?:stundenlohn|stundensatz|monatslohn|monatsgehalt|jahresgehalt|jahreslohn)|"
        # (also after ``oder``: ``Oder, umgerechnet auf ein Stundengehalt …: 18 Euro``)
        r"^\W*(?:(?:oder|und|bzw\.)\W+)?(?:(?:das|dies|was)\s+(?:macht|ergibt|entspricht|sind|wären|bedeutet)|hochgerechnet|umgerechnet|rechnet\s+man"
        r"|(?:damit|somit)\s+(?:beträgt|ergibt\s+sich|ergeben\s+sich|macht)"
        r"|teilt\s+man|verteilt\s+man|davon\s+abgeleitet|daraus\s+abgeleitet|(?:auf|durch)\s+(?:12|zwölf)\s+monate|daraus\s+(?:ergibt|ergeben)\s+sich|(?:ergibt|ergeben)\s+sich\s+daraus|(?:damit|so)\s+kommt\s+man"
        r"|aufs\s+jahr\s+(?:hoch)?gerechnet|auf\s+(?:das|ein)\s+jahr\s+gerechnet"
        # (``Ausgerechnet auf eine Vollzeitstelle kommt man auf …``, ``Bei einer Vollzeitstelle kommt
        # man hier auf einen Stundenlohn von …``)
        r"|(?:aus|um|hoch)?gerechnet\s+auf\s+(?:eine[n]?\s+|die\s+|das\s+)?(?:vollzeit[a-zäöüß]*|stunde|monat|jahr)"
        r"|bei\s+(?:einer\s+)?vollzeit(?:stelle|beschäftigung|tätigkeit)?[^.]{0,40}?(?:ergibt|ergeben|macht|sind|wären|entspricht|kommt\s+man|kommen\s+sie|kommst\s+du)"
        # (``Übersetzt auf die 35-Stunden-Woche liegt …``, ``Bei einer 40-Stunden-Woche erhältst du einen
        # Stundenlohn von …``, ``Bei einem Vollzeitvertrag von 160 Stunden beträgt der Monatslohn …``)
        r"|übersetzt\s+auf\s+(?:die|eine)\s+[0-9]+[-\s]*stunden"
        r"|bei\s+(?:einer|einem)\s+[0-9]+[-\s]*stunden-?woche[^.]{0,20}?(?:erhältst\s+du|bekommst\s+du|verdienst\s+du|beträgt|liegt)"
        r"|bei\s+(?:einer|einem)\s+[a-zäöüß]+\s+von\s+[0-9]+\s+stunden[^.]{0,20}?(?:beträgt|liegt|ergibt|macht)"
        r"|bei\s+(?:einer\s+)?(?:anzahl\s+von\s+|arbeitszeit\s+von\s+)?[0-9]+(?:,[0-9]+)?[-\s]*(?:wöchentlichen\s+(?:arbeits)?stunden|wochenstunden|stunden(?:\s+pro|\s+die|\s+in\s+der)?\s*woche|stunden-woche)"
        r"[^.]{0,40}?(?:ergibt|ergeben|macht|sind|wären|entspricht|kommt\s+man|kommen\s+sie|kommst\s+du|erhalten\s+sie|erhält\s+man|bekommt\s+man|verdienst\s+du|verdient\s+man|verdienen\s+sie)"
        # (``Bei einer typischen Wochenarbeitszeit von 39 Stunden entspricht das einem Monatslohn …``)
        r"|bei\s+(?:einer\s+)?(?:\S+\s+)?(?:wochen|regel|wöchentlichen\s+)arbeitszeit\s+von\s+[0-9]+(?:,[0-9]+)?\s*stunden"
        r"[^.]{0,40}?(?:ergibt|ergeben|macht|sind|wären|entspricht|kommt\s+man|kommen\s+sie|kommst\s+du|erhalten\s+sie|erhält\s+man|bekommt\s+man|verdienst\s+du|verdient\s+man|verdienen\s+sie)"
        r"|damit\s+(?:liegt|liegen)\s+(?:das|die)\s+(?:(?:jahres|monats)(?:brutto)?)?(?:gehalt|gehälter|einkommen|vergütung|verdienst)"
        r"|betrachtet\s+man\s+[^.]{0,80}?(?:im\s+laufe\s+eines|aufs|auf\s+das|übers?)\s+(?:ganzen\s+)?jahr)(?-u:\b)"
    ),
    "threshold": (
        # (a condition on earning at least: ``sofern sie einen Verdienst von mindestens 8.700 Euro nachweisen``)
        r"(?-u:\b)sofern\s(?:[^.]|\.[0-9]){0,100}?(?:einkommen|gehalt|verdienst|lohn|bezüge)\s+von\s+mindestens\s+[0-9]|"
        r"grenze|schwelle|freibetrag|bemessung|geringfügig|abgabenfrei|versicherungsfrei|beitragsfrei|pfänd|armutsgefährd|von\s+armut\s+(?:gefährdet|bedroht)"
        r"|midijob|übergangsbereich|gleitzone|überschreitung|nebeneinkünfte|anrechnungsfrei|rückzahlung"
        # (an income bracket of a rule: ``Vom Einkommen über 100 bis 600 Euro bleiben 20 Prozent frei``)
        r"|^\W*vom\s+(?:einkommen|verdienst|lohn|bruttolohn|nettolohn|erwerbseinkommen)\s+(?:zwischen|über|ab|bis|oberhalb|unterhalb)\s+"
        r"[0-9][0-9.,]*(?:\s*(?:und|bis)\s*[0-9][0-9.,]*)?\s*(?:euro|€)\s+(?:sind|bleiben|bleibt|ist|werden|wird)(?-u:\b)"
        # (``Bei einem Einkommen, das mehr als 520 Euro beträgt, fällt er aus der Familienversicherung``)
        r"|familienversicherung|familienversichert"
        # (an income above which a tax is due: ``Wenn du mehr als 1.100 Euro bekommst, musst du
        # Lohnsteuer zahlen``)
        r"|(?-u:\b)(?:muss|musst|müssen|müsst)\s+(?:\S+\s+){0,5}?[a-zäöüß]*steuern?\s+(?:be)?zahlen(?-u:\b)"
        # (what one may earn on top of a benefit: ``solltest du nicht mehr als 5.400 Euro dazuverdienen``)
        r"|(?:nicht\s+mehr\s+als|höchstens|maximal|bis\s+zu)\s+[0-9][0-9.,]*\s*(?:€|euro)\s+(?:\S+\s+){0,2}?(?:dazu|hinzu)verdienen"
        # (``Im Jahr darf das Einkommen eines Jugendlichen … nicht über 8004 Euro liegen``)
        r"|(?-u:\b)(?:darf|dürfen)\s+(?:das|ihr|sein|dein|deren|dessen)\s+(?:\S+\s+){0,6}?[a-zäöüß]*(?:einkommen|verdienst|gehalt|lohn)\s(?:[^.]|\.[0-9]){0,60}?nicht\s+(?:über|mehr\s+als|höher\s+als)(?-u:\b)"
        # (``dass du nicht mehr als € 5.400 innerhalb von 12 Monaten verdienen darfst``)
        r"|(?-u:\b)(?:nicht\s+mehr\s+als|maximal|höchstens)\s(?:[^.]|\.[0-9]){0,80}?(?:hinzu|dazu)?verdienen\s+(?:darf|darfst|dürfen|dürft)(?-u:\b)"
        # (what may be earned: ``können … maximal 7280 Euro im Jahr … verdient werden``; not what can be
        # earned up to: ``Im dritten Jahr können bis zu 760 Euro verdient werden`` is pay)
        r"|(?-u:\b)(?:können|kann)\s(?:[^.]|\.[0-9]){0,80}?(?:maximal|höchstens)\s(?:[^.]|\.[0-9]){0,80}?verdient\s+werden"
        r"|(?-u:\b)(?:darf|dürfen)\s(?:[^.]|\.[0-9]){0,80}?(?:maximal|höchstens|bis\s+zu)\s(?:[^.]|\.[0-9]){0,80}?verdient\s+werden"
        r"|(?-u:\b)(?:darf\s+man|darfst\s+du|dürfen\s+sie)\s+(?:[^.!?]|\.[0-9]){0,80}?(?:(?-u:\b)(?:maximal|höchstens|nicht\s+mehr\s+als|bis\s+zu)|[a-zäöüß]\s+bis\s+[0-9])"
        # (``Er darf als Beamter übers Jahr nur 5.000 Euro nebenher verdienen``)
        r"|(?-u:\b)(?:darf|dürfen)\s(?:[^.]|[.,][0-9]){0,80}?(?-u:\b)(?:nur|maximal|höchstens)\s(?:[^.]|[.,][0-9]){0,40}?(?:nebenher|hinzu|dazu)\s*verdienen(?-u:\b)"
        # (a band one may earn in: ``Sie dürfen also zwischen 556 und 2.000 Euro verdienen``)
        r"|(?-u:\b)(?:darf\s+man|darfst\s+du|dürfen\s+sie|sie\s+dürfen|man\s+darf|du\s+darfst)\s+(?:\S+\s+){0,3}?zwischen\s(?:[^.]|\.[0-9]){0,60}?(?:hinzu)?verdienen"
    ),
    "demand_or_proposal": (
        # (a court's motion or dispute: ``festzustellen, dass die Arbeitgeberin … 12,90 €
        # schuldet``, ``Beide Seiten streiten über … Überstundenvergütung``; a raise only possible: ``die mögliche
        # Erhöhung … auf bis zu 14,50 Euro``)
        r"(?-u:\b)festzustellen,?\s+dass\s+(?:die|der)\s+(?:beklagte|klägerin|kläger|arbeitgeberin|arbeitgeber)(?-u:\b)|(?-u:\b)(?:streiten|stritten)\s+(?:sich\s+)?(?:\S+\s+){0,3}?über(?-u:\b)|"
        r"(?-u:\b)mögliche[nr]?\s+(?:\S+\s+)?(?:anhebung|erhöhung|steigerung)(?-u:\b)|"
        # (what one has in mind, a figure in the clause: ``Dem Wirt schwebten 2500 bis 3500 Euro vor``)
        r"(?-u:\b)(?:schwebt|schwebte|schwebten|schweben)\s(?:[^.,;]|\.[0-9]){0,60}?[0-9](?:[^.,;]|[.,][0-9]){0,40}?\svor\s*(?:[.,;!?]|$)|"
        # (a target aimed at, a claim in court: ``Angepeilt waren anfangs 1.200 Euro``, ``beanspruchte
        # die Klägerin eine Bezahlung von 13,60 Euro``)
        r"(?-u:\b)angepeilt\s+(?:war|ist|sind|waren|wird|werden)\s(?:[^.;,]|[.,][0-9]){0,40}?(?:,\s*)?[0-9]|"
        r"(?-u:\b)beanspruch(?:t|te|ten|en)\s+(?:\S+\s+){0,10}?(?:lohn|gehalt|bezahlung|vergütung|stundenlohn|entgelt)\s+von(?-u:\b)|"
        # (a figure one imagines: ``Sagen Sie nicht, Sie stellten sich … 52.000 Euro vor``)
        r"(?-u:\b)(?:stelle|stellst|stellt|stellen|stellte|stellten)\s+(?:sich|mir|uns|dir|euch)\s(?:[^.]|\.[0-9]){0,80}?\svor(?-u:\b)|"
        # (not a claim for repayment, ``Rückforderung``: money to pay back, ``price_or_fee``)
        r"(?:^|[^k]|[^c]k|[^ü]ck)forder|verlangt|verlange|vorschlag|vorschläge|vorgeschlagen|angebot\s+der\s+arbeitgeber|arbeitgeberangebot|wahlkampf"
        # (what a government or a party wants, with a modal verb: ``sollen Azubis nach dem Willen der
        # Regierung … verdienen``; not ``Nach dem Willen des Gesetzgebers gilt …``)
        r"|nach\s+dem\s+willen(?-u:\b)[^.]{0,120}?(?-u:\b)(?:soll|sollen|sollte|sollten|würde|würden)(?-u:\b)"
        r"|(?-u:\b)(?:soll|sollen|sollte|sollten)(?-u:\b)[^.]{0,120}?nach\s+dem\s+willen(?-u:\b)"
        # (a change from one figure to another called for: ``Der Lohn muss von derzeit 14 Euro auf
        # 16,80 Euro angehoben werden``; not ``Die Löhne müssen bis 2026 erhöht werden``, agreed)
        r"|(?-u:\b)(?:muss|müssen|müsste|müssten)\s(?:[^.;]|\.[0-9]){0,60}?(?-u:\b)von\s(?:[^.;]|\.[0-9]){0,60}?(?-u:\b)auf\s"
        r"(?:[^.;]|\.[0-9]){0,40}?(?:angehoben|erhöht)\s+werden(?-u:\b)"
        # (a target named: ``Anzupeilen sei ein Gehalt von 3000 Euro``)
        r"|anzupeilen|anpeilen"
        # (``Das Angebot der Kapitalseite sieht Einstiegslöhne von 9,48 Euro vor``)
        r"|(?-u:\b)angebot\s+(?:der|des)\s+(?:\S+\s+)?(?:arbeitgeber[a-zäöüß]*|kapitalseite|unternehmen[a-zäöüß]*|konzern[a-zäöüß]*|verband[a-zäöüß]*)"
        r"|(?-u:\b)antrag(?-u:\b)|(?-u:\b)(?:bot|boten)\s(?:[^.]|\.[0-9]){0,120}?\san(?-u:\b)|(?-u:\b)(?:hatte|hat|haben|hatten)\s(?:[^.]|\.[0-9]){0,80}?angeboten(?-u:\b)|(?-u:\b)angeboten\s+(?:hatte|hat|hatten|haben)(?-u:\b)|(?-u:\b)(?:zahlen|bezahlen|geben)\s+(?:will|wollen|wollte|wollten)(?-u:\b)"
        r"|gehaltsvorstellung|gehaltswunsch|wunschgehalt|(?:erwünschte|wünschenswerte)[ns]?\s+(?:niveau|gehalt|lohn)|nach\s+(?:den\s+)?plänen|(?-u:\b)pläne(?:n)?\s+(?:der|des|von)(?-u:\b)"
        r"|geplante[nrs]?\s+(?:\S+\s+)?\S*(?:mindestlohn|erhöhung|anhebung|lohn|gehalt|vergütung|entgelt)"
        r"|gesetzentwurf|referentenentwurf|für\s+angemessen|als\s+angemessen|angemessen\s+(?:wäre|hält|halten)"
        # (what someone calls appropriate, in reported speech: ``Angemessen für die Leitung seien
        # höchstens 90.000 Euro``)
        r"|(?-u:\b)angemessen(?-u:\b)(?:[^.:;]|\.[0-9]){0,80}?(?-u:\b)(?:sei|seien|wären)\s(?:[^.:;]|\.[0-9]){0,40}?[0-9]"
        # (what people would settle for: ``gibt sich mit einem Stundenlohn zwischen 8,50 und 10 Euro zufrieden``;
        # an offer: ``ein Angebot in Höhe von 300 Millionen Euro``)
        r"|(?-u:\b)(?:gibt|geben|gäbe|gäben)\s+sich\s(?:[^.]|\.[0-9]){0,80}?zufrieden(?-u:\b)|(?-u:\b)angebot\s+in\s+höhe\s+von(?-u:\b)"
        # (a recommended change is a proposal; a recommended level, a chamber's apprentice pay, is
        # what is paid: ``Die Kammer empfiehlt folgende Vergütungen``)
        r"|(?:empfiehlt|empfohlen|empfehlung|empfehlen|empfahl)(?:[^.]|\.[0-9]){0,120}?(?:anhebung|erhöhung|anheben|erhöhen|steigen|steigt|anzuheben|festzulegen|festzusetzen|einzuführen)"
        r"|(?:anhebung|erhöhung)(?:[^.]|\.[0-9]){0,120}?(?:empfiehlt|empfohlen|empfehlung|empfehlen|empfahl)"
        r"|(?:scheint|erscheint|wäre)\s+(?:\S+\s+){0,2}angemessen"
        r"|(?-u:\b)(?:muss|müssen|müsste|müssten)\s+(?:\S+\s+){0,2}pflicht(?-u:\b)"
        r"|(?-u:\b)(?:schlägt|schlug|schlagen|schlugen)\s(?:[^.]|\.[0-9]){0,120}?\svor(?-u:\b)|(?-u:\b)wir\s+wollen\s+(?:einen|eine)\s+(?:\S+\s+){0,2}?(?:stundenlohn|lohn|gehalt|mindestlohn|vergütung|erhöhung)"
        r"|erwarte\s+ich|erwarten\s+wir|(?-u:\b)(?:will|wollen|möchte|möchten)\s*,\s*dass(?-u:\b)"
        # (a plan: ``Bisher ist geplant, dass er … auf 9,82 Euro angehoben wird``; a demand's
        # wording: ``Löhne unter 9,10 Euro die Stunde darf es nicht geben``)
        r"|(?-u:\b)(?:ist|sind|war|wird|wurde)\s+(?:\S+\s+)?geplant\s*,?\s*(?:dass|den|die|das)(?-u:\b)"
        # (a union that wants: ``Die NGG will … einen garantierten Stundenlohn von 15 Euro``)
        r"|(?-u:\b)(?:ngg|verdi|ver\.di|ig\s+metall|ig\s+bau|ig\s+bce|gdl|evg|gew|dgb|gewerkschaft|gewerkschaften)\s+(?:will|wollen|möchte|möchten)(?-u:\b)"
        r"|(?-u:\b)(?:darf|dürfe|dürfen|dürfte)\s+es\s+(?:\S+\s+){0,3}?(?:nicht|keine[nrs]?)\s+(?:mehr\s+)?geben(?-u:\b)"
        # (an offer, a union's aim: ``Der Arbeitgeber bietet 9,10 Euro``, ``… will die Gewerkschaft``,
        # ``Ziel ist ein Mindestlohn von zwölf Euro``)
        r"|(?-u:\b)(?:der|die)\s+arbeitgeber(?:seite|verband|verbände)?\s+(?:bietet|bieten|bot|boten)\s+(?:(?:nur|lediglich|bisher|dagegen)\s+)?[0-9]"
        r"|(?-u:\b)(?:will|wollen|fordert|fordern)\s+(?:die|der)\s+(?:gewerkschaft|ngg|verdi|ig\s+metall|ig\s+bau|gdl|evg|gew|dgb)(?-u:\b)"
        r"|(?-u:\b)(?:das\s+)?ziel\s+(?:ist|sei|wäre)\s+(?:ein|eine)(?-u:\b)"
        # (what was wanted, an aim named after the figure: ``Die Gewerkschaft wollte 16 Euro``,
        # ``16 Euro für jeden war das Ziel der Gewerkschaft``)
        r"|(?-u:\b)(?:wollte|wollten)\s+(?:\S+\s+){0,3}?[0-9][0-9.,]*\s*(?:€|euro|eur(?-u:\b))"
        r"|(?:€|euro|eur(?-u:\b))[^.]{0,40}?(?-u:\b)(?:war|ist|sei|wäre)\s+(?:das|die)\s+[\w-]*(?:ziel|forderung)(?-u:\b)"
        r"|(?-u:\b)sollten?\s+.{0,80}?(?:belaufen|betragen|betrage|betrüge|liegen|läge|lägen|schluss\s+sein|verdienen|bekommen|erhalten)(?-u:\b)"
        # (a pay that should rise, not a condition put first: ``Demnach sollte der Lohn … auf 13,10 Euro
        # steigen``)
        r"|[a-zäöüß]\s+sollten?\s+(?:\S+\s+){0,4}?\S*(?:lohn|gehalt|vergütung|entgelt)\s(?:[^.]|[.,][0-9]|[0-9]\.\s){0,80}?(?:steigen|gelten|angehoben|erhöht)(?-u:\b)"
        # (a plan to raise to a figure: ``…, den Mindestlohn rasch auf 13 Euro anzuheben``, ``… auf 13 Euro
        # in der Stunde anzuheben``)
        r"|…\s*(?:(?:in\s+der|pro|je|die)\s+(?:stunde|monat)\s+|\S+\s+)?(?:anzuheben|zu\s+erhöhen|aufzustocken|anzupassen)(?-u:\b)"
        # (an employer's plan: ``Die Firma plant, den Einstiegslohn auf … pro Stunde zu erhöhen``,
        # ``Für Fachkräfte plant die Firma eine Erhöhung auf …``)
        r"|(?-u:\b)(?:plant|planen|plante|planten)\s*,\s*(?:den|die|das|ihre?n?|seine?n?)\s(?:[^.;]|\.[0-9]){0,150}?"
        r"(?:anzuheben|zu\s+erhöhen|aufzustocken|zu\s+zahlen|einzuführen)(?-u:\b)"
        r"|(?-u:\b)(?:plant|planen|plante|planten)\s+(?:\S+\s+){0,3}?(?:eine|die)\s+(?:\S*erhöhung|\S*anhebung)\s+auf\s"
    ),
    # (prize money of a race or tournament: ``Jeder Etappensieger erhält 11.000 Euro``, ``der Zweite
    # 200.000 Euro``)
    "one_off_payment": (
        r"sieger(?:in|s)?(?-u:\b)|(?-u:\b)(?:etappen|gesamt|tages|turnier|olympia)sieg(?:es|s)?(?-u:\b)"
        r"|(?-u:\b)sieg(?:prämie|prämien|geld)|preisgeld|(?-u:\b)für\s+(?:den|ihren|seinen|einen)\s+(?:\S+\s+){0,3}?[\w-]*sieg(?:es)?(?-u:\b)"
        # (a place in a race: ``ein zweiter Platz bringt 12.000 Euro``, ``Für einen 15. Platz bekommen …``)
        r"|(?-u:\b)(?:zweiter|dritter|vierter|fünfter|[0-9]{1,2}\.)\s+platz\s+(?:bringt|gibt|bekommt|erhält)(?-u:\b)"
        r"|(?-u:\b)für\s+(?:den|einen)\s+(?:zweiten|dritten|vierten|fünften|[0-9]{1,2}\.)\s+platz(?-u:\b)"
        r"|(?:punkte|berg|team|sprint|nachwuchs)wertung|zwischensprint|sonderpreis"
        # (per medal, for a range of places: ``Für jede Silbermedaille zahlt der Verband 20.000 Euro``,
        # ``die Plätze fünf bis zehn mit 3.000 bis 800 Euro``)
        r"|(?-u:\b)(?:für|pro|je)\s+(?:jede|eine)\s+(?:\S+\s+)?[a-zäöüß]*medaille(?-u:\b)|(?:gold|silber|bronze)medaille"
        # (a title's premium: ``Für einen EM- oder WM-Titel gab es je 300.000 Euro``)
        r"|(?-u:\b)für\s+(?:einen|den)\s+(?:\S+\s+){0,2}?(?:[a-z]{2}-|welt|europa|deutsche[nr]?\s+)?meister(?:schafts)?titel(?-u:\b)|(?-u:\b)für\s+(?:einen|den)\s+(?:\S+\s+){0,2}?[a-z]{2}-titel(?-u:\b)"
        r"|(?-u:\b)plätze\s+(?:[0-9]{1,2}\.?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+bis\s+(?:[0-9]{1,2}|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig)(?-u:\b)"
        r"|(?-u:\b)(?:der|die)\s+gewinner(?:in)?\s+(?:\S+\s+){0,3}?(?:ging|bekam|bekommt|erhält|erhielt|kassiert|kassierte)(?-u:\b)"
        r"|(?-u:\b)(?:der|die)\s+(?:zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte|[0-9]{1,2}\.)\s+"
        r"(?:dieser\s+\S+\s+)?(?:erhält|bekommt|noch)(?-u:\b)"
    ),
    # (a sum of several incomes: ``Wenn ich mein Gehalt und seine Rente zusammenrechne, kommen wir
    # auf …``)
    # (a household's income: several people's, anywhere in the sentence: ``Das höchste
    # Haushaltseinkommen wurde in Nienstedten (3896,38 Euro) ermittelt``)
    "budget_or_turnover": r"zusammenrechne|zusammengerechnet|zusammenaddiert|haushalts(?:netto|brutto)?einkommen"
    # (a sum of the figures before: ``Zusammen sind das 2.910 Euro``)
    r"|^\W*zusammen\s+(?:sind|macht|ergibt|ergeben)\s+(?:das|dies)\s+(?:also\s+|rund\s+|etwa\s+|knapp\s+|gut\s+)?[0-9][0-9.,]*\s*(?:euro|€)"
    # (profit per head: ``trug jede Angestellte zum Vorsteuergewinn bei``)
    r"|(?-u:\b)(?:jeder|jede|je|pro)\s+(?:mitarbeiter|mitarbeiterin|beschäftigte[rn]?|angestellte[rn]?|kopf)(?:[^.]|\.[0-9]){0,40}?(?:vorsteuergewinn|vorsteuerergebnis|gewinn)"
    # (a sum over many: ``Die Vergütungen der Vorstände summierten sich auf insgesamt 80 Millionen Euro``)
    r"|(?-u:\b)(?:summiert|summierte|summierten|summieren|summierend)\s+sich\s+(?:\S+\s+){0,3}?auf\s+insgesamt(?-u:\b)"
    r"|(?:^|:)\W*auf\s+(?:\S+\s+){1,3}?(?:summiert|summierte|summierten)\s+sich(?-u:\b)"
    # (purchasing power, no pay: ``eine jährliche Kaufkraft von 28.400 Euro``)
    r"|kaufkraft"
    # (a total over all of a group: ``Die Vergütung aller 30 Vorstände stieg auf insgesamt 90 Millionen Euro``,
    # ``Insgesamt wurden 5 Millionen Euro an die Mitglieder des Gremiums ausgezahlt``)
    r"|(?-u:\b)(?:aller|sämtlicher)\s+(?:[0-9]+\s+)?[a-zäöüß-]+(?:[^.]|[.,][0-9]){0,120}?insgesamt(?-u:\b)"
    r"|(?-u:\b)insgesamt\s(?:[^.]|[.,][0-9]){0,80}?an\s+(?:die|alle)\s+(?:[0-9]+\s+)?(?:mitglieder|vorstände|aufsichtsräte|manager)(?-u:\b)"
    # (an amount a court orders paid: ``Die Beklagte wird verurteilt, an den Kläger 70,93 € brutto zu
    # zahlen``)
    r"|(?-u:\b)verurteilt(?-u:\b)",
    # (``Die Differenz zwischen durchschnittlichem und medianem Einkommen beträgt rund 10.000 Euro``:
    # the clause before the figure is cut at the ``und`` of the two compared)
    "raise_or_difference": (
        r"(?-u:\b)(?:die|der)\s+[a-zäöüß]*(?:differenz|unterschied|abstand|lücke)\s+zwischen\s(?:[^.:]|\.[0-9]){0,120}?"
        r"(?-u:\b)(?:beträgt|betrug|liegt|lag|macht|belief)(?-u:\b)"
        # (``Der Unterschied beträgt zwischen knapp 100 (Köln) bis zu 1.000 Euro``, ``erhebliche
        # Unterschiede - und zwar betragen sie bis zu 639 Euro``)
        r"|(?-u:\b)(?:der|die)\s+(?:differenz|unterschied|abstand)\s+(?:beträgt|betrug|liegt|lag)(?-u:\b)"
        r"|unterschiede\s(?:[^.]|\.[0-9]){0,60}?(?:betragen|liegen)\s+(?:sie|diese)(?-u:\b)"
        # (a spread between two named ends: ``Die Spanne zwischen Anfang und Ende der Tabelle ist mit
        # 900 Euro groß``)
        r"|spanne\s+zwischen\s+(?:\S+\s+)?[a-zäöüß]+\s+und\s+(?:\S+\s+)?[a-zäöüß]+(?:\s+(?:der|des)\s+\S+)?\s+(?:ist\s+mit|liegt\s+bei|beträgt)(?-u:\b)"
    ),
    "question": r"\?[\s\"“”'»«]*$",
    # (a book's price in its reference: ``Quelle: „Die besten Tipps“, Haufe, 14,95 Euro``)
    # (a cost booked: ``Mit 190 Euro schlug die Betreuung … zu Buche``)
    "price_or_fee": r"^\W*(?:quelle|buchtipp|lesetipp|literaturtipp|literatur|buch)\s*:\s*[„\"“»]|(?-u:\b)isbn(?-u:\b)"
    # (a fine imposed, its figure before the verb: ``Bis zu 20.000 Euro können einem Betrieb
    # aufgebrummt werden``)
    r"|(?:€|euro)\s(?:[^.;:]|\.[0-9]){0,50}?(?:aufgebrummt|aufbrummen)"
    # (work commissioned for a sum: ``hat für 120.000 Euro ein Gutachten erstellen lassen``)
    r"|(?-u:\b)für\s+[0-9][0-9.,]*\s*(?:euro|€|millionen\s+euro|mio\.\s*(?:euro|€))\s(?:[^.]){0,60}?(?:erstellen|anfertigen|entwickeln|produzieren|bauen|renovieren|sanieren|drehen)\s+(?:lassen|ließ|ließen)(?-u:\b)"
    # (parents' contributions: ``Elternbeiträge``)
    r"|elternbeitr"
    r"|(?-u:\b)(?:schlägt|schlug|schlagen|schlugen|schlage)\s(?:[^.!?]|\.[0-9]){0,80}?zu\s+buche(?-u:\b)"
    # (``70.000 Euro müssen die Kandidaten selbst bezahlen``: what someone pays out of pocket)
    r"|(?-u:\b)(?:müssen|muss|musste|mussten)\s(?:[^.!?]|\.[0-9]){0,60}?(?:selbst|selber)\s+(?:be)?zahlen(?-u:\b)"
    # (a workshop's rate charged to the customer: ``Für eine Gesellenstunde werden zwischen 60 und
    # 90 Euro in Rechnung gestellt``, ``… für die Arbeit eines Meisters verrechnet``)
    r"|(?-u:\b)(?:wird|werden|wurde|wurden)\s(?:[^.!?]|\.[0-9]){0,160}?(?:verrechnet|in\s+rechnung\s+gestellt|berechnet)\s*(?:[,.!?;]|$)"
    # (what customers pay: ``Brutto mussten Kunden oft zwischen 60 und 95 Euro pro Stunde zahlen``)
    r"|(?-u:\b)(?:kunden|kundinnen|verbraucher|auftraggeber)\s(?:[^.!?]|[.,][0-9]){0,80}?(?-u:\b)(?:zahlen|bezahlen|zahlten|bezahlten|berappen)(?-u:\b)",
    # (an example phrase to write: ``z. B. „…im Bereich von 37.000 bis 40.000 Euro p. a.“``)
    # (as if: ``als hätte Christian Sewing … 675 Mio. Euro eingestrichen``; a calculation: ``49 Euro *
    # 25 % = 12,25 Euro``, ``13,16 Euro + 12,11 Euro + 16,58 Euro = 41,85 Euro``)
    "hypothetical": r"(?-u:\b)als\s+(?:hätte|hätten|würde|würden)(?-u:\b)|"
    # (a gross figure put to a net calculation, what is left and a net figure after it: ``Bei 1.200 Euro
    # brutto im Monat bleiben dir netto etwa 950 Euro``; not ``Bei 45.000 Euro brutto starten Ingenieure,
    # netto sind das …``)
    r"^\W*bei\s+(?:einem\s+(?:\S+\s+)?(?:gehalt|lohn|einkommen|verdienst)\s+von\s+)?(?:rund\s+|etwa\s+|ca\.\s*)?[0-9][0-9.,]*\s*(?:euro|€|eur)"
    r"\s+brutto(?:\s+(?:im\s+monat|monatlich|pro\s+monat|im\s+jahr|jährlich|pro\s+jahr))?\s+"
    r"(?:bleiben|bleibt|bleibst|hast\s+du|kannst\s+du|kann\s+man|bekommst\s+du|erhältst\s+du|landen|landet)(?-u:\b)(?:[^.]|\.[0-9]){0,80}?"
    r"(?:[0-9][0-9.,]*\s*(?:euro|€|eur)?\s+netto|netto(?:gehalt|lohn|einkommen)?\s+(?:\S+\s+){0,3}?[0-9])|"
    # (a guess: ``Man kann nur spekulieren, dass die Leiterin gut 90.000 Euro bekommt``)
    r"(?-u:\b)spekulieren\s*,\s*(?:dass|ob)(?-u:\b)|"
    # (an example household of a tax relief: ``Eine Familie mit zwei Kindern, bei der beide 3.900 Euro
    # verdienen, wird um … entlastet``)
    r"^\W*(?:eine|ein)\s+(?:familie|single|paar|ehepaar|alleinerziehende[rn]?|alleinstehende[rn]?|arbeitnehmer(?:in)?)(?-u:\b)"
    r"(?:[^.]|\.[0-9]){0,160}?(?:entlastet|mehr\s+netto|weniger\s+steuern|mehr\s+vom\s+brutto)|(?:€|euro)\s*[*×]\s*[0-9][0-9.,]*\s*(?:%|prozent|€|euro|=)|(?:€|euro)\s*\+\s*[0-9][^=]*=|z\.\s?b\.\s*[„\"“»]|[„\"“»]\s*z\.\s?b\.|^\W*(?:nehmen\s+wir\s+(?:mal\s+|einmal\s+)?an|angenommen|im\s+falle?\s+(?:eines|einer)\s+\S*(?:lohn|lohns|gehalt|gehalts|einkommen|einkommens|verdienst|verdienstes))(?-u:\b)|(?-u:\b)nehmen\s+wir\s+(?:mal\s+|einmal\s+)?an\s*,"
    # (a condition said with the verb first: ``Verdienst du also mehr als 47.700 Euro im Jahr,
    # liegst du über dem Durchschnitt``)
    r"|^\W*(?:verdienst|bekommst|erhältst)\s+du\s(?:[^.!?]|\.[0-9]){0,120}?,\s*(?:liegst|bist|gehörst|zählst|musst|kannst|hast|solltest)\s+du(?-u:\b)"
    r"|^\W*(?:verdienen|bekommen|erhalten)\s+sie\s(?:[^.!?]|\.[0-9]){0,120}?,\s*(?:liegen|sind|gehören|zählen|müssen|können|haben|sollten)\s+sie(?-u:\b)"
    # (a figure assumed over the sentence: ``Setzen wir mal bei 14 oder 15 Euro die Stunde an``)
    r"|^\W*setzen\s+wir\s(?:[^.!?:]|\.[0-9]){0,80}?\san\s*(?:[,.;:!]|$)"
    # (what it takes: ``Um eine Rente von ca. 1600 Euro zu erreichen, muss man … 3500 Euro brutto verdient haben``)
    r"|^\W*um\s(?:[^.,]|ca\.|\.[0-9]){0,80}?\szu\s+(?:erreichen|bekommen|erhalten|haben|sichern)\s*,\s*(?:muss|müsste|müssen|bräuchte|braucht)(?-u:\b)"
    # (a condition and its consequence: ``Sollte der Mindestlohn auf 15 Euro erhöht werden, würden …``)
    r"|^\W*sollten?\s(?:[^.]|\.[0-9]){0,120}?,\s*(?:würde|würden|wäre|wären|könnte|könnten)(?-u:\b)"
    # (a worked example: ``Rechenbeispiel: Verdienst du 1.000 Euro …``, ``das macht beispielsweise …``)
    r"|(?-u:\b)(?:ein|folgendes|dieses)\s+(?:rechen)?beispiel\s+(?:verdeutlicht|veranschaulicht)\s*,\s*(?:dass|wie)(?-u:\b)"
    # (an example person, the main verb in the subjunctive: ``Ein Pförtner, der im kleinen Betrieb 24.000 Euro
    # verdient, bekäme im Konzern …``)
    r"|^\W*(?:ein|eine)\s+[a-zäöüß-]+\s*,\s*(?:der|die)\s(?:[^.]|\.[0-9]){0,160}?,\s*(?:würde|würden|hätte|bekäme|verdiente)(?-u:\b)"
    r"|^\W*z\.\s?b\.\s*:"
    # (a generic earner who must earn a figure: ``Wer 2.000 Euro Rente will, der muss … 27 Euro die Stunde
    # verdienen``)
    r"|^\W*(?:auch,?\s+)?wer\s(?:[^.]|[.,][0-9]){0,120}?,\s*(?:der|die)\s+(?:muss|müsste)(?-u:\b)"
    r"|^\W*rechenbeispiel\s*:|^\W*beispiel\s*:\s*(?:dein|deine|du|ihr|ihre|angenommen|wenn)(?-u:\b)"
    # (a generic earner after ``Beispiel:``: ``Beispiel: Ein Arbeitnehmer verdient € 3.000,00 brutto``)
    r"|^\W*(?:ein\s+)?beispiel\s*:\s*(?:ein|eine)\s+(?:arbeitnehmer(?:in)?|angestellte[r]?|beschäftigte[r]?|mitarbeiter(?:in)?|person|single)(?-u:\b)"
    r"|(?-u:\b)(?:das|dies)\s+(?:macht|wären|ergibt)\s+(?:beispielsweise|zum\s+beispiel|z\.\s?b\.)"
    # (a level that should be, in the subjunctive, anywhere in the sentence: ``Eine faire Vergütung
    # läge demnach bei 38 Euro``, ``Im Einzelnen müsste eine Lehrkraft 35 Euro erhalten``)
    r"|(?-u:\b)(?:läge|lägen)\s+(?:demnach|also|dann|damit|somit)(?-u:\b)"
    # (not decided yet: ``Aller Voraussicht nach steigt der Mindestlohn 2027 auf 15 Euro``)
    r"|aller\s+voraussicht\s+nach"
    # (a sum one would reach: ``Sie käme mit Mindestlohn, Kindergeld und Zuschlag auf 2.400 Euro``)
    r"|(?-u:\b)(?:käme|kämen)\s(?:[^.]|[.,][0-9]){0,120}?\sauf\s+[0-9]"
    r"|(?-u:\b)(?:müsste|müssten)\s(?:[^.,;]|[.,][0-9]){0,120}?(?:erhalten|bekommen|verdienen|bezahlt\s+werden)(?-u:\b)"
    # (the premise of a worked example, a line ending in a colon: ``Bei 60.000 € Jahresgehalt,
    # Steuerklasse 1:``)
    r"|^\W*bei\s[^.!?]{0,80}:\s*$"
    # (an income as the condition of a rule: ``Lag das Einkommen … unter 1.000 €, kann es …``)
    r"|^\W*(?:lag|lagen|liegt|liegen)\s+(?:das|der|die|ihr|sein|dein|ihr)\s+(?:\S+\s+)?(?:einkommen|gehalt|verdienst|lohn)\s"
    r"(?:[^.?!]|\.[0-9]){0,100}?,\s*(?:so\s+|dann\s+)?(?:kann|können|wird|werden|gilt|beträgt|steigt)(?-u:\b)"
    r"|(?:^|:)\W*(?:verdient|verdienen|bekommt|bekommen|erhält|erhalten|arbeitet|arbeiten|liegt|liegen|beträgt|betragen)\s(?:[^.?!]|\.[0-9]){0,100}?,\s*"
    r"(?:so\s+|dann\s+)?(?:(?:gehen|bleiben|bleibt|zahlt|muss|müssen|kommt|liegt|hat|werden|wird|darf|dürfen)(?-u:\b)"
    # (not ``…, sind es mit 40 Jahren bereits 2.419 €``: a comparison goes on stating pay)
    r"|(?:sind|ist)\s+(?:[^e\s]|e[^s]|es\S))"
    # (a condition put first, the verb opening it: ``Hat der Elternteil weniger als 1.240 €
    # verdient, beträgt das Elterngeld 66 %``)
    # (not a comparison: ``Haben sie 2009 noch 52.100 Euro verdient, so waren es 2014 …``)
    r"|^\W*(?:hat|hatte|haben|hatten)\s(?:[^.?!]|\.[0-9]){0,100}?(?:verdient|bekommen|erhalten)\s*,\s*(?:so\s+|dann\s+)?"
    r"(?:beträgt|betragen|steigt|steigen|sinkt|erhält|erhalten|bekommt|bekommen|gibt|gilt|zahlt|zahlen|erhöht|entfällt)(?-u:\b)"
    r"|^\W*bei\s+(?:knapp\s+|rund\s+|etwa\s+|ca\.\s+|gut\s+|über\s+)?[0-9].{0,60}?(?:sind|wären|macht|ergibt)\s+das(?-u:\b)"
    # (``Bei einem Stundenlohn um die 12 € landen wir bei 37 Stunden``: the premise of a sum)
    r"|(?:^|:)\W*bei\s+einem\s+(?:\S+\s+)?(?:stundenlohn|gehalt|lohn|einkommen|verdienst|monatsgehalt|jahresgehalt|mittelwert"
    r"|bruttogehalt|bruttolohn|monatslohn)\s+(?:von|um\s+die|in\s+höhe\s+von)\s(?:[^.]|\.[0-9]){0,80}?(?:landen|landet|kommt\s+man"
    r"|kommst\s+du|kommen\s+sie|kommen\s+wir|ergibt|ergeben|sind\s+das|macht\s+das|darf|dürfen|darfst"
    r"|bedeutet\s+das|heißt\s+das)(?-u:\b)",
    # (a sentence whose subject is an allowance: ``(2) Der Wehrdienstzuschlag beträgt für jeden Tag …
    # 1. ab dem ersten Dienstmonat 16,50 Euro``)
    "bonus_or_allowance": r"^\W*(?:hinzu\s*k[aoä]m|dazu\s*k[aoä]m|obendrauf|on\s+top"
    r"|(?:\([0-9]+\)\s*)?(?:der|die|das)\s+[a-zäöüß]*(?:zuschlag|zulage|pauschale)\s+(?:beträgt|betragen)(?-u:\b))"
    # (a premium for a team's success: ``… erhält jede Spielerin, wenn das Team das Finale erreicht``)
    r"|(?-u:\b)(?:wenn|sollte|falls)\s+(?:das\s+team|die\s+mannschaft|der\s+verein|die\s+auswahl)\s+(?:[^.]|\.[0-9]){0,80}?"
    r"(?:erreicht|gewinnt|gewinnen|aufsteigt|holt|holen)(?-u:\b)",
    "per_unit_rate": r"tagessatz|tagessätze|tagesgage|honorar\s+pro|pro\s+(?:behandlung|einsatz|auftrag)"
    # (``25 statt 20 Euro erhalten die Räte künftig für Sitzungen bis zu vier Stunden``)
    r"|(?-u:\b)(?:für|pro|je)\s+(?:jede\s+|eine\s+)?sitzung(?:en)?(?-u:\b)"
    r"|(?-u:\b)mit\s+einem\s+(?:einzigen\s+)?(?:werbe-?)?(?:post|video|foto|beitrag)(?-u:\b)"
    r"|(?-u:\b)cpm(?-u:\b)|(?:1\.000|tausend)\s+(?:aufrufe|views|impressionen)",
    # (what the state adds: ``Höchstens legt der Staat zum Azubilohn 430 Euro drauf``;
    # what one gets once retired, the retirement in a clause of its own right before: ``Wenn sie mit 66
    # in die Rente geht, bekommt sie etwa 910 Euro im Monat``, ``Bei einem Renteneintritt mit 67 …``;
    # not ``Wenn der Chef in Rente geht, übernimmt sie … und verdient dann …``)
    "benefit_or_stipend": r"(?-u:\b)(?:gibt|zahlt|schießt|legt)\s+der\s+staat\s(?:[^.,;]|[.,][0-9]){0,80}?(?:dazu|hinzu|drauf)(?-u:\b)|"
    r"^\W*(?:wenn|sobald|falls)\s+(?:\S+\s+){0,6}?in\s+(?:die\s+)?(?:rente|pension|den\s+ruhestand)\s+"
    r"(?:geht|gehen|eintritt|eintreten|tritt|treten|wechselt|wechseln)\s*,\s*(?:bekommt|erhält|bekommen|erhalten|hat|haben)(?-u:\b)"
    r"|(?-u:\b)(?:bei|mit|nach)\s+(?:einem|ihrem|seinem|dem)\s+(?:renten|ruhestands)eintritt\s+mit\s+[0-9]",
}
"""Reasons that hold for every amount of a sentence, not only of one clause: a sentence
that opens by converting the figure before it (``Das macht bei 38 Stunden einen Stundenlohn
von 25,95 Euro``, ``Hochgerechnet entspricht das 50.772 € im Jahr``), a sentence
about an earnings limit (``… die Jahresgrenze von 6.456 Euro (= 12 mal 538 Euro)``), about
D-Mark, or about a union's demand or an employer's offer (``… auf 16,50 Euro gefordert``)
states no pay actually paid."""

PLAN_AROUND = (
    r"(?-u:\b)(?:will|wollen|plant|planen|plante|planten)(?-u:\b)(?:[^.:;!?…]|ver\.di){0,80}?(?:(?:PLAN)[^,.:;!?…]*…|…(?:[^,.:;!?…]|[.,][0-9]){0,30}?(?:PLAN))"
).replace(
    "PLAN",
    r"(?:erhöhen|anheben|erreichen|durchsetzen|einführen|bezahlen|zahlen|senken|kürzen|aufstocken|anzuheben"
    r"|einzuführen|aufzustocken)(?-u:\b)",
)
"""A plan (``Der Betrieb will den Lohn auf 3.300 Euro anheben``, ``Mein Chef plant, mir ab
Januar 3.100 Euro zu zahlen``), read in the 60 characters before the amount, `` … `` and the 40
after it (lower-cased): the plan's word before the figure, its verb in the figure's clause.
Not ``Ich bekomme 3.200 Euro und will … durchsetzen`` (the plan after the pay), nor a plan
ended by a colon before the figure."""

REFERS_BACK_NEXT = (
    r"^\W*(?:(?:ist|sind|war|wäre)\s+(?:das|dies)|(?:das|dies)\s+(?:ist|sind|war|gilt|betrifft|entspricht)"
    r"|damit|dabei|hierbei)(?-u:\b)"
)
"""A next sentence that goes on about the figure before it (opening with a pronoun and a verb):
``Ist das okay für den Einstieg?``, ``Damit ist der langjährige Chef …``."""

JOB_NAME_AFTER = r"^(?:-[A-Za-zÄÖÜäöü]|-?\s+(?:job|jobs|jobber|kraft|basis)(?-u:\b))"
"""Right after an amount: ``-Job``, ``-Kraft`` (``520-Euro-Kraft``), `` Job`` (``450 Euro
Job``), `` Basis`` (``auf 450 Euro Basis``): a job's name (matched lower-cased)."""

_PERCENT_CAP = (
    r"(?:%|prozent)(?:\s+(?:drauf|obendrauf|mehr|zusätzlich|plus))?[,\s]*"
    r"(?:(?:mindestens|maximal|höchstens|aber|jedoch|oder|jedenfalls|bzw\.|beziehungsweise)[,\s]+)"
)
"""A percentage and the words capping it (``3,0 % maximal``, ``5,5 %, mindestens aber``,
``2,3 Prozent drauf, mindestens aber``)."""

RAISE_BEFORE = (
    r"(?:^|\s)[-–]$|(?:[+±]|\(\s*[-–]|" + _PERCENT_CAP + r"{0,3}"
    r"|(?-u:\b)um\s+(?:insgesamt|weitere|zusätzlich|nochmals|jeweils|nochmal|zunächst|rund|etwa|ca\.|circa|knapp|gut|fast|durchschnittlich|satte|stolze"
    r"|monatlich|jährlich|brutto)"
    r"|(?-u:\b)(?:weitere|zusätzliche)[n]?|(?-u:\b)(?:erhält|erhalten|bekommt|bekommen|gibt\s+es)\s+zusätzlich"
    r"|(?-u:\b)(?:nochmal|nochmals|noch\s+einmal|noch\s+mal)"
    r"|(?-u:\b)(?:mindestens|maximal|höchstens)\s+(?:aber|jedoch|jedenfalls)\s+um)\s*$"
)
"""Right before an amount: a signed change (``(+96 Euro)``, ``(-61 Euro)``, ``-61 Euro``; not a
list's dash ``- 620 Euro``), a cap after a
percentage (``um 5,5 Prozent, mindestens aber 340 Euro``, ``3,0 % maximal 81 Euro``), an
increment (``um insgesamt 2,30 Euro``, ``kommen weitere 50 Euro hinzu``)."""

PERCENT_CAP_BEFORE = _PERCENT_CAP + r"{1,3}$|[0-9]\s*(?:%|prozent)\s+(?:ab|zum|im|bis)\s+[^,;()]{0,30},\s*$"
"""Right before an amount, across a comma: a floor or cap of a percentage raise (``+5,5 %,
mindestens aber 140 €``), or the same step's raise for another group (``4,9 % ab dem 1. Juli,
100 € für Auszubildende``)."""

FULL_TIME_CONVERTS = r"(?-u:\b)(?:auf|also|sind|macht|ergibt|ergeben|entspricht|bedeutet)(?-u:\b)"
FULL_TIME_HOURS = (140.0, 185.0)
WEEKLY_HOURS_WORDS = r"wochenstunden|stunden-woche|stundenwoche|stunden\s+pro\s+woche|stunden\s+die\s+woche"
"""Weekly hours named: a sentence after an hourly figure that names them works that figure out
for a month (not ``Vollzeitkräfte 2.100 Euro``, a level of its own)."""

FULL_TIME_WORDS = (
    r"vollzeit|wochenstunden|stunden-woche|stundenwoche|stunden\s+pro\s+woche|stunden\s+die\s+woche"
)
"""An hourly figure times 140-185 (a month of 32-43 hours a week) in a sentence speaking of
full time or weekly hours is that rate worked out for a month: a ``restatement``."""

PERCENT_THEN_BRACKET = r"(?:%|prozent)\s*\(\s*(?:bzw\.?\s*|oder\s+|(?:aber|jedoch)\s+)?$"
"""A figure in brackets right after a percentage is the same change in euros."""

COMPUTED_BEFORE = (
    r"[0-9][0-9.,]*\s*(?:€|euro)?\s*(?:x|×|\*|·|mal|\+|dividiert(?:\s+durch)?|geteilt\s+durch)\s*[0-9][0-9.,]*\s*(?:€|euro|std\.?|stunden)?\s*=\s*[~≈]?\s*"
    r"(?:ca\.\s*|rund\s+|etwa\s+)?$"
)
"""Right before an amount: the result of a calculation shown in the text (``12 x 3.916 =
~47.000 €``), a ``restatement`` of figures already there (not a label's ``=``:
``Einstiegsgehalt für Pflegehilfskräfte = 17,50 € / Stunde``)."""

OPERAND_OF_CALCULATION = (
    r"^\s*(?:x|×|\*|·|mal|dividiert(?:\s+durch)?|geteilt\s+durch|multipliziert\s+mit)\s*[0-9][0-9.,]*\s*"
    r"(?:€|euro|std\.?|stunden|monate)?\s*=[^=]"
)
"""Right after an amount: the rest of a calculation (``3.246 € dividiert 172,8 Std. = 18,79
€``): the amount is worked with, stated already (``restatement``)."""

PER_SITTINGS = (
    r"(?-u:\b)bei\s+(?:im\s+schnitt\s+|durchschnittlich\s+)?(?:[0-9]+|zwei|drei|vier|fünf|sechs|acht|zehn|zwölf|fünfzehn)\s+"
    r"(?:sitzung|sitzungstermin|termin|ratssitzung)"
)
"""In the sentence: money counted by sittings (``kommt bei drei Sitzungsterminen im Monat auf
rund 325 Euro``): an honorary office's allowance, no salary (also for a new value)."""

FOREIGN_THEN_BRACKET = (
    r"(?:(?:\$|£|¥|(?-u:\b)(?:usd|chf|gbp|dollar|franken|pfund))\s*[0-9.,]+"
    r"|(?:[0-9.,]+|(?-u:\b)eine?[nr]?)\s*(?:(?:millionen|million|mio\.?|milliarden|mrd\.?)\s+)?(?:us-|us\s+)?"
    r"(?:\$|£|(?-u:\b)(?:usd|chf|gbp|dollar|franken|pfund|forint|złoty|zloty|kronen|krone|rubel|lira|yen|yuan"
    r"|rupien|lei|lew|kuna))|[0-9][0-9.,]*\s*(?:s|ats|ös)(?-u:\b))\s*"
    r"\(\s*(?:ca\.\s*|rund\s+|etwa\s+|umgerechnet\s+|~\s*)?$"
)
"""Right before an amount: a figure in another currency and an opening bracket (``$9.99 (ca.
8,89€)``, ``7,1 Millionen US-Dollar (6,5 Millionen Euro)``): the euro figure converts it
(``old_currency``), no pay of its own."""

FOREIGN_CONVERTED_BEFORE = (
    r"(?:franken|dollar|chf|usd|pfund|forint|złoty|zloty|kronen|krone|rubel|lira|yen|yuan|rupien|\$|£)[^0-9]{0,30}?(?:umgerechnet|damit|also|das\s+sind|entspricht|entsprechen)\s+"
    r"(?:etwa\s+|rund\s+|circa\s+|ca\.\s*|knapp\s+|gut\s+)?$"
)
"""Right before an amount: another currency's figure converted (``4.600 Franken – umgerechnet
etwa 4.877 Euro``): no pay of its own."""

BROKEN_NUMBER_BEFORE = r"[0-9][,⸴]\s?$"
BROKEN_NUMBER_STATEMENT = r"^[0-9]{2}\s*(?:€|(?i:eur))"
"""A two-digit figure right after a figure and its comma (``Grundgehalt3.436,01 €``,
``17, 53 Euro``, ``3003⸴56 €``): the cents of a figure broken apart, not an amount
(``not_an_amount``)."""

DATE_YEAR_BEFORE = r"(?:^|[^0-9.])[0-9]{1,2}\.\s?[0-9]{1,2}\.\s?$"
DATE_YEAR_STATEMENT = r"^(?:19|20)[0-9]{2}\s*(?:€|(?i:eur|euro))?\s*$"
"""A year right after a day and a month (``bis 31.08.2025 EUR``): a date before a column's
currency, not an amount (``not_an_amount``)."""

LABEL_NUMBER_BRUTTO = r"^[0-9]{1,2}\s+[Bb]rutto$"
LABEL_NUMBER_BEFORE = r"(?-u:\b)(?:jahr|berufsjahr|stufe|gruppe|klasse|lehrjahr)\s*$"
"""A small number read with ``Brutto`` as its currency, right after a row's label (``Jahr 1
Brutto EUR 4.852``): the row's number, not an amount (``not_an_amount``)."""

GLUED_NUMBER_BEFORE = r"[0-9]\.$"
GLUED_NUMBER_STATEMENT = r"^[0-9]{3}(?:,[0-9]{2})?(?:\s*(?:€|(?i:euro|eur)))?\s*$"
"""Right before a figure of three digits, with no space: a digit and a dot (``B1014.626,52``: a
grade glued to a figure, its last thousands read alone): the rest of a larger number, not an
amount (``not_an_amount``)."""
MISTYPED_BEFORE = r"(?:(?-u:\b)(?:von|bei|auf|mit|rund|etwa|ca\.|circa|knapp|unter)|über)\s+[0-9]{2,3}\.$"
MISTYPED_STATEMENT = r"^[0-9]{4}(?:,[0-9]{2})?(?:\s*(?:€|(?i:euro|eur)))?\s*$"
"""A figure of four digits right after two or three digits and a dot (``48.5000 Euro``): a figure
mistyped, not an amount (``not_an_amount``); not a list's number glued to it (``1.1000 Euro``)."""
BROKEN_NUMBER_AFTER = r"^[,⸴]\s?[0-9]{2}\s*(?:€|(?i:eur))|^\s*/\s*100\s*(?:€|(?i:euro|eur))"
"""Right after a bare figure: its cents broken off (``16, 48 Euro``), or written as a fraction
(``Vierundneunzig und 25/100 Euro``): the figure is no amount either (``not_an_amount``)."""
ENDS_WITH_CURRENCY = r"(?:€|(?i:euro|eur))\W*$"
"""A statement ending in its currency: no bare figure whose cents could follow it."""
CENTS_FRACTION_BEFORE = r"[0-9]\s*/\s*$"
"""Right before ``100 Euro``: the numerator of cents written as a fraction (``und 25/100 Euro``)."""

CALCULATION_AFTER = r"^\s*(?:brutto\s+|netto\s+)?\(\s*[0-9.,]+\s*(?:€|euro|[a-zäöüß]+)?\s*[x×*·]\s*[0-9]"
"""Right after an amount, its calculation in brackets (``2.222,13 € brutto (12,82 x 40 h x
13/3)``, ``2.557,60 Euro (23 Arbeitstage x 8 Stunden x 13,90 Euro)``): worked out from a figure
before, a ``restatement``."""

NET_FOOTNOTE = (
    r"(?m)^[ \t]*\*+[ \t]*(?:(?:beispiele?|angaben|alle\s+angaben|alle\s+beträge|beträge|werte|zahlen)\s+(?:(?:der|für|von|sind|in)\s+)?netto"
    r"|(?:[a-zäöüß]+\s+)?netto[- ]?(?:gehälter|gehalt|beträge|betrag|werte|wert|löhne|lohn|bezüge|einkommen|verdienste?|angaben))"
    r"(?-u:\b)[^\n]*$"
)
"""A footnote line (lower case) saying the starred figures are net: ``* Beispiele der
Netto-Gehälter für …``, ``* Nettobeträge`` (opening the note; and no word of ``NET_FOOTNOTE_NOT``);
a starred figure of such a text is ``net_pay``."""

NET_FOOTNOTE_NOT = r"brutto|abweich|könn|kann|zuschuss|zzgl|zuzüglich|erhalten\s+sie|rechner"

TO_BE_SET_AFTER = (
    r"^\s*(?:€|euro|eur)?\s*(?:brutto\s+|monatlich\s+|jährlich\s+|(?:pro|je|die|in\s+der|im)\s+(?:stunde|monat|jahr)\s+)?"
    r"(?:festzusetzen|festzulegen|anzuheben|anzupassen|abzusenken|zu\s+erhöhen|zu\s+senken|zu\s+begrenzen|zu\s+deckeln)(?-u:\b)"
)
IS_TO_BE_BEFORE = r"(?-u:\b)(?:ist|sind|sei|seien|wäre|wären)\s+(?:[^\s,;]+\s+){0,6}?$"
"""Right after a figure: what it is to be set to (``Die Entlohnung … ist auf 7.000 €
festzusetzen``, ``IS_TO_BE_BEFORE`` before it), a ``demand_or_proposal``; not an infinitive
(``angekündigt, … auf 3.900 Euro zu erhöhen``)."""

PARENTS_PAY_BEFORE = (
    r"(?-u:\b)(?:sein|ihr|ihre|seine|ihrem|seinem)\s+kind(?:er)?(?-u:\b)[^.;,]{0,80}(?:,\s*)?(?:zahlt|zahlen|bezahlt)"
    r"(?:\s+(?:künftig|derzeit|monatlich|nur|rund|etwa|dann|jetzt|bislang|noch))*\s*$"
    r"|(?-u:\b)eltern\s+(?:\S+\s+){0,2}?(?:zahlen|zahlten|bezahlen)\s+(?:[^\s,;.]+\s+){0,4}?$"
    r"|(?:krippen|kita|kindergarten|betreuungs|hort)-?platz(?-u:\b)[^.;,]{0,40}$"
)
"""Right before a figure in its clause (lower case): what parents pay for their child's care
(``Wer seine Kinder im Hort betreuen lässt, zahlt künftig 280 Euro``, ``Die Eltern zahlen für
den Platz 250 Euro``, ``für einen Krippenplatz künftig 350 Euro``), a ``price_or_fee``."""

FIRMS_RATE_BEFORE = (
    r"stundens[äa]tze?\s+(?:\S+\s+){0,2}?[a-zäöüß-]*(?:firmen|firma|betrieben?|dienstleister[n]?|agenturen|agentur"
    r"|werkstätten|werkstatt)(?-u:\b)[^,;]{0,60}$"
)
"""Right before a figure in its clause (lower case): firms' rates charged per hour
(``Stundensätze der Reinigungsfirmen (inkl. Material) liegen zwischen …``), a ``price_or_fee``."""

TOWARDS_BEFORE = (
    r"(?-u:\b)(?:schritt|schritte|weg)\s+(?:\S+\s+){0,2}?(?:in\s+)?richtung"
    r"(?:\s+[a-zäöüß-]*(?:mindestlohn|lohn|gehalt|einkommen|entgelt)(?:\s+von)?)?\s*$"
)
"""Before a figure (lower case, its own ``Richtung`` included): a goal walked towards (``der
nächste Schritt Richtung 1.800 Euro``), a ``demand_or_proposal``; not a level
(``bewegt sich in Richtung 90.000 €``)."""

SUPPOSE_BEFORE = (
    r"^\W*(?:sagen\s+wir(?:\s+mal)?|angenommen|stell\s+dir\s+vor|stellen\s+sie\s+sich\s+vor)\s*,[^.;]{0,80}$"
)
"""Before a figure in its sentence (lower case): a supposition opening the clause (``Sagen wir
mal, du verdienst 2.100 Euro``, ``Angenommen, Sie verdienen …``), a ``hypothetical``."""

PEOPLE_WITH_BEFORE = (
    r"(?-u:\b)(?:beschäftigte|arbeitnehmer(?:innen)?|menschen|personen|haushalte|steuerpflichtige|erwerbstätige|familien|eltern)\s+mit"
    r"(?:\s+(?:einem|einer)\s+[a-zäöüß-]*(?:einkommen|verdienst|gehalt|lohn)(?:\s+von)?)?\s*$"
)
"""Right before a figure with a comparative word: people counted by what they earn (``9.000
Arbeitnehmer mit weniger als 11.000 Euro``), a ``threshold``."""

FOREIGN_IN_STATEMENT = (
    r"(?i)dollar|franken|pfund|zloty|kronen|rubel|(?-u:\b)yen(?-u:\b)|(?-u:\b)dm(?-u:\b)|d-mark"
)
"""Inside a range's statement: another currency (``zwischen 2,5 Mio. Dollar und 3 Mio. Euro``)."""

FOUR_DECIMALS_BEFORE = r"(?:^|[^0-9.,])[0-9]{1,2},$"
"""Right before a figure of four digits: a small figure and its comma (``15,2473 €``), the
figure its decimals (``not_an_amount``)."""

HANDED_OVER_AFTER = (
    r"^[^.;,]{0,25}?\s(?:müssen|muss|sind|werden|wird|ist)\s+(?:\S+\s+){0,3}?(?:abgeführt|abgeliefert|abzuführen)(?-u:\b)"
    r"|^[^.;,]{0,5},\s*(?:die|den|das)\s+(?:er|sie|es|man)\s+(?:\S+\s+){0,2}?(?:abführen|abliefern)(?-u:\b)"
)
"""Right after a figure: money one must hand over (``25 000 Euro, die er abführen muss``,
``Vergütungen über 6000 Euro müssen abgeführt werden``), a ``tax_or_deduction``."""

WANTED_BY_BEFORE = (
    r"(?-u:\b)geht\s+es\s+nach\s+(?:der|dem|den)\s+(?:willen|wunsch|wünschen|plänen|vorstellungen|koalition|regierung"
    r"|bundesregierung|ampel|gewerkschaft(?:en)?|arbeitgeber[a-zäöüß]*|partei(?:en)?|spd|cdu|csu|grünen|fdp|linken|union"
    r"|[a-zäöüß]*minister(?:in|ium)?|verdi|dgb|ngg|gdl)(?-u:\b)[^.;]{0,120}$"
)
"""Before a figure in its sentence (lower case): whose wish it is (``geht es nach der Koalition,
liegt er bald bei 13 Euro``), a ``demand_or_proposal``; not a source (``Geht es nach der
Statistik, …``)."""

PAY_PLANNED_BEFORE = (
    r"(?-u:\b)(?:plant|planen|plante|planten)\s+(?:(?:einen|eine|ein|den|die|das|höhere[nr]?|neue[nr]?)\s+)?"
    r"[a-zäöüß-]*(?:mindestlohn|erhöhung|anhebung|lohn|löhne|gehalt|gehälter|vergütung|vergütungen|entgelt|entgelte)(?-u:\b)[^.;,]{0,40}$"
)
"""Before a figure in its clause (lower case): a plan for pay (``Koalition plant Mindestlohn für
Auszubildende: 540 Euro``), a ``demand_or_proposal``; not another clause (``plant eine
Lohnerhöhung, derzeit verdienen …``)."""

EARNINGS_CAP_BEFORE = (
    r"[a-zäöüß]*(?:einkommen|verdienst|gehalt|lohn)\s+(?:darf|dürfen)\s+(?:[^\s,;.]+\s+){0,3}?nicht"
    r"(?:\s+(?:über|mehr\s+als|höher\s+als)\s+(?:(?:einem|einen|den)\s+(?:betrag|wert|summe)\s+)?(?:von\s+)?)?\s*$"
)
EARNINGS_CAP_OPEN = (
    r"[a-zäöüß]*(?:einkommen|verdienst|gehalt|lohn)\s+(?:darf|dürfen)\s+(?:[^\s,;.]+\s+){0,3}?$"
)
"""The same before a figure whose own words say the cap (``darf nicht über 538 Euro``)."""
"""Right before a figure (lower case; its own words may hold the ``nicht über``): a cap on what
one may earn (``Sein Verdienst darf nicht über einem Betrag von 538 Euro liegen``), a
``threshold``."""

WHOEVER_BEFORE = (
    r"(?-u:\b)(?:wer|(?:wenn|falls|sofern)\s+(?:sie|er|man|du|ihr|beide|eltern))\s+"
    r"(?:(?:monatlich|jährlich|brutto|im\s+monat|im\s+jahr|pro\s+monat|zusammen|gemeinsam)\s+)?$"
)
"""Right before a figure with a comparative word (``mehr als``, ``mindestens``): whoever earns
above or below it (``bekommt nichts, wer mindestens 3.400 Euro im
Monat hat``, ``wenn sie zusammen mehr als 75.000 Euro verdienen``), a ``threshold``."""

PLANNED_AFTER = r"^\s*(?:€|euro|eur)?\s*(?:brutto\s+)?(?:geplant|vorgesehen|angedacht|im\s+gespräch)(?-u:\b)"
"""Right after an amount: it is planned (``… mit 2.798,82 € geplant``), no pay yet."""

SHARED_NEXT_SENTENCE = r"^\W*(?:diese|die)\s+(?:summe|gesamtsumme|beträge|betrag)\s+(?:teilen|teilt|teilten|teilte)\s+sich(?-u:\b)"
"""The next sentence shares the figure out (``Diese Summe teilen sich 16
Verwaltungsratsmitglieder``): a sum over several, no one's pay (lower case)."""

DEMAND_NEXT_SENTENCE = (
    r"^\W*(?:das|dies|diese\s+\S+)\s+(?:fordert|fordern|forderte|forderten|verlangt|verlangen|verlangte|verlangten"
    r"|empfiehlt|empfehlen|empfahl|schlägt|schlagen|schlug|wünscht|wünschen)(?-u:\b)"
)
"""The next sentence names a demand (``… sollen mit mindestens 300 Euro entlohnt werden. Das
fordert der DGB …``): the figures of this one are demanded, no pay."""

TOGETHER_BEFORE = (
    r"(?-u:\b)(?:zusammen|gesamtsumme(?:\s+von|\s+aus\s*:)?)\s+(?:rund\s+|etwa\s+|knapp\s+|gut\s+|ca\.\s*)?$"
    r"|(?-u:\b)(?:alle|beide)\s+zusammen\s+(?:\S+\s+){0,5}$"
)
"""Right before an amount: a sum over several (``eine Vergütung von zusammen 616 000 Euro``,
``verweist auf die Gesamtsumme von 1,578 Millionen Euro``, ``weist die Bezüge als Gesamtsumme
aus: 1,8 Mio. Euro``, ``Alle zusammen kassierten im letzten Jahr 705.000 Euro``)."""

DIFFERENCE_TOLERANCE = 0.011
"""A third figure of a sentence that is the difference of the two before it (within a cent):
a table's difference column (``Maschinenbau 3.948,73 € 3.175,83 € 772,90 €``)."""

LABEL_LINE_MAX = 40
LABEL_LINE_SLACK = 4
"""A sentence that is only its figure (give or take this many bytes: ``469,39 €*``) takes
the sentence before it, if at most ``LABEL_LINE_MAX`` characters long and without a digit, as
its label (``vermögenswirksame Leistung`` ⏎ ``6,65 €``): the words a reason is read in."""

QUESTION_AFTER_DASH = r"^[^?]*?\s[–—]\s[^\s?–—]{1,20}\?[\s\"“”'»«]*$"
"""After a figure, its sentence's question comes after a dash (``Das Einstiegsgehalt liegt bei
2.800 € – viel? Wenig?``, one word asked): the figure's clause is stated, not asked; not
``Zehn Euro oder 25 Euro – wer macht den besseren Schnitt?``."""
QUESTION_QUOTED_AFTER = r"^[^?]*?\s[\"'„“»‚‘][^\"'„“»‚‘?]{1,80}\?[\"'“”«‘’]\s*$"
"""After a figure, its sentence ends with a quoted question that opens after it (``… 1.300
Euro … der neuen Doku 'Was verdienst Du?'``): a title, the figure is stated."""

WORTH_AFTER = r"^\s*(?:€|euro)?\s*(?:wert(?-u:\b)|teure[nrs]?(?-u:\b))"
"""Right after an amount: what a thing is worth or costs (``Die eine vergoldete ist 70.000 Euro
wert``, ``die 185 000 Euro teure Kampagne``), a price."""
WORTH_BEFORE = r"(?-u:\b)(?:im|mit\s+einem)\s+wert\s+von\s+(?:\S+\s+)?$"
"""Right before an amount: what a thing is worth (``Gutscheine im Wert von 44 Euro``,
``Geschenke mit einem Wert von über 10 Euro``), a price; not a level pay reaches (``erreicht der
Verdienst einen Wert von rund 2.700 €``)."""

DIFFERENCE_BETWEEN_AT = (
    r"(?:differenz|unterschied|abstand|lücke|kluft|gefälle)\s+zwischen\s[^0-9€;]{0,120}?\s(?:bei|von|auf)\s+"
    r"(?:fast|rund|etwa|knapp|gut|ca\.|circa|über|unter)?\s*$"
)
"""Before an amount in its sentence (lower case): the difference between two named figures
(``Damit liegt die Differenz zwischen dem höchsten und dem niedrigsten Grundgehalt bei fast
900 Euro``), a difference."""

REPORTED_DRAFT = (
    r"^\W*(?:demnach|danach|dem\s+zufolge|laut\s+(?:dem|diesem)\s+entwurf)\s+(?:soll|sollen)(?-u:\b)"
)
REPORTED_DRAFT_BEFORE = r"entwurf|(?-u:\b)plan(?:t|en|ung)?(?-u:\b)|pläne|vorschlag|empfehl"
"""A sentence reporting what a draft or plan named in the sentence before provides (``Das geht
aus einem Verordnungsentwurf hervor. Demnach soll der Mindestlohn auf 11,35 Euro erhöht
werden.``): planned, no pay yet (``demand_or_proposal``)."""

FOREIGN_THEN_WHICH = (
    r"(?:dollar|franken|chf|usd|pfund|forint|złoty|zloty|kronen|rubel|lira|yen|yuan|\$|£)[^0-9]{0,10}?,?\s*(?:was|das)\s+"
    r"(?:rund\s+|etwa\s+|ca\.\s*|knapp\s+|gut\s+|umgerechnet\s+)?$"
)
WHICH_CONVERTS_AFTER = r"^\s*(?:€|euro)?\s*(?:entspricht|entsprechen|sind|ausmacht)(?-u:\b)"
"""Another currency's figure, then ``was`` and the euro figure it ``entspricht`` (``87.275
Dollar, was rund 80.800 Euro entspricht``): a conversion, no pay of its own."""

TURNOVER_VERB_BEFORE = r"(?-u:\b)(?:setzt|setzen|setzte|setzten|setze)(?-u:\b)"
TURNOVER_PARTICLE_AFTER = r"^\s*um\s*(?:[,.;:)]|$)"
"""``Setze das Unternehmen mehr als 100 Millionen Euro um``: a turnover, the verb split around
the figure."""

BARE_JOINT = r"^\s*(?:und|sowie|bzw\.?|,)\s*$"
"""All that stands between a figure and the one before it: a joint of a list (the dates, read
as numbers of their own, are not in it)."""

SHARED_BACK_REASONS = ["raise_or_difference", "one_off_payment", "bonus_or_allowance"]
"""Reasons a bare number before a figure of one of these kinds takes from it, in a list
(``250 und 350 Euro mehr``)."""

WRITTEN_CURRENCY_OR_SCALE = r"€|euro|eur(?-u:\b)|eur\.|tsd|tausend|mio|mrd|million|milliard"
"""A currency or scale written in a statement (lower case): none, the number is bare."""

INSTEAD_GAP = r"^\s*(?:statt|anstatt|anstelle\s+von)(?:\s+(?:bisher|zuvor|bislang|vorher))?\s*$"
PAIR_REASONS = [
    "bonus_or_allowance", "one_off_payment", "per_unit_rate", "price_or_fee", "benefit_or_stipend",
    "threshold", "employer_cost", "budget_or_turnover", "tax_or_deduction",
]  # fmt: skip
"""A figure, then ``statt`` and the figure it replaces (``INSTEAD_GAP``): when that one is of one
of these kinds, so is the first."""
BRACKETED_AFTER_REASONS = [
    "one_off_payment",
    "bonus_or_allowance",
    "raise_or_difference",
    "price_or_fee",
    "threshold",
]
"""Reasons whose words right before a bracket name the figure in it (``die Einmalzahlung
(1.240 Euro)``)."""

INCOME_CONDITION_BEFORE = (
    r"(?-u:\b)(?:angestellte|beschäftigte|arbeitnehmer|alle|wer)\s+mit\s+einem\s+(?:\S+\s+)?(?:jahres|brutto|monats)?(?:brutto)?(?:gehalt|einkommen|verdienst)\s+(?:von\s+)?(?:bis\s+zu\s+)?$"
    r"|(?-u:\b)(?:bei|ab)\s+(?:einem|einer)\s+(?:\S+\s+)?(?:jahres|brutto|netto|monats|familien|haushalts)?(?:brutto)?einkommen"
    r"(?:\s+der\s+(?:eltern|familie|haushalte?))?\s*$"
)
"""Right before an amount: an income that conditions something else (``bei einem
Jahreseinkommen der Eltern von 48.000 Euro … 310 Euro Kita-Gebühr``), a ``threshold``."""

PAY_SUBJECT = r"gehalt|gehälter|lohn|löhne|verdienst|vergütung|entgelt|besoldung"
"""A pay noun in the clause before a figure (``Das Gehalt … liegt bei einem Einkommen von``)."""
INCOME_LEVEL_BEFORE = (
    r"(?-u:\b)(?:liegt|lag|liegen|lagen)\s+(?:\S+\s+){0,2}?bei\s+(?:einem|einer)\s+(?:\S+\s+)?"
    r"(?:jahres|brutto|monats)?(?:brutto)?einkommen\s*$"
)
"""Right before an amount: an income that is what a pay stands at (``Das Gehalt eines
Landvermessers liegt bei einem Einkommen von 21.000 Euro im Jahr``), no condition."""
AVERAGE_INCOME_BEFORE = (
    r"(?-u:\b)(?:mittleren|durchschnittlichen|medianen)\s+(?:brutto|monats|jahres)?einkommen\s+(?:von\s+)?$"
)
"""An average income a group stands at (``Helfer liegen bei einem medianen Einkommen von``,
with ``INCOME_LEVEL_BEFORE``): a level, no condition."""

BARRIER_BEFORE = r"(?-u:\b)schallmauer[\"“”»«']?\s+(?:von\s+)?$"
"""Right before an amount: a barrier (``die Schallmauer von 400.000 Euro``), a mark, no one's
pay (``threshold``)."""

EXAMPLE_IN_BRACKETS_BEFORE = r"\(\s*(?:z\.\s*b\.|zum\s+beispiel|bspw\.|beispielsweise)\s*$"
"""Right before a figure: an example opening a bracket (``ein fester Betrag (z. B. 3.000 €
brutto)``): an illustration, no one's pay (``hypothetical``)."""
SAVE_BEFORE = r"(?-u:\b)(?:spare|sparen|sparst)\s+(?:\S+\s+){0,2}?$"
"""Right before a figure: a saving (``Spare über 200 €``): ``budget_or_turnover``."""
BRACKET_CLOSES_AFTER = r"^\s*(?:brutto|netto)?\s*(?:(?:im|pro)\s+(?:monat|jahr)|monatlich|jährlich)?\s*\)"
"""Right after a figure: the bracket closing, at most ``brutto`` and a period between (an example's
bracket holds the figure alone; not ``(z. B. 4.200 Euro für Mechatroniker laut Entgeltatlas)``)."""
EXCEEDED_AFTER = r"^\s*(?:\S+\s+){0,2}?(?:überschritten|überschreitet|überschreiten|überschreitest)(?-u:\b)"
"""Right after a figure named with its article: crossed (``Hast du die 60.000 Euro einmal
überschritten``): a line, no one's pay (``threshold``; not ``kann das Einkommen 5.000 Euro
überschreiten``, a floor)."""
ARTICLE_BEFORE = r"(?-u:\b)(?:die|den|der)\s+$"
"""Right before a figure: its article (``die 60.000 Euro``), a figure named as a known mark."""
SETTLEMENT_OF_BEFORE = r"tarifabschl(?:uss|üsse|üssen)\s+(?:von|über)\s*$"
"""Right before a figure: a settlement of it (``Tarifabschlüsse von bis zu 260 Euro``): the raise it
brought (``raise_or_difference``)."""
SPENT_OR_TURNED_OVER_AFTER = r"^\s*(?:(?:im|pro)\s+jahr\s+|jährlich\s+)?umgesetzt(?-u:\b)"
"""Right after a figure: turned over (``hat 870.000 Euro umgesetzt``): ``budget_or_turnover``."""
DISPOSABLE_INCOME = r"verfügbare[sn]?\s+(?:\S+\s+)?(?:jahres|monats|pro-kopf-)?einkommen"
"""In a sentence, with ``PER_HEAD_AFTER`` right after the figure: disposable income per head of all
residents (``mit 22.097 Euro pro Kopf das höchste verfügbare Jahreseinkommen``), net of taxes and
transfers, no one's gross pay (``net_pay``)."""
PER_HEAD_AFTER = r"^\s*(?:im\s+jahr\s+|jährlich\s+)?pro\s+kopf(?-u:\b)"
"""Right after a figure: ``pro Kopf``, an amount per head of all residents (with ``DISPOSABLE_INCOME``)."""
AT_STAKE_BEFORE = r"(?-u:\b)(?:ging\s+es|es\s+ging)\s+(?:insgesamt\s+|noch\s+)?$"
"""Right before a figure with ``um``: a sum at stake (``Im Verfahren ging es um 4.200 Euro``),
no pay (``budget_or_turnover``; not with its own period after it: ``Es ging um 2.700 Euro
brutto im Monat``, ``OWN_PERIOD_AFTER``)."""
BY_EXACTLY_BEFORE = r"(?-u:\b)(?:steig|stieg|erhöh|angehoben|anheb|wächst|wuchs|sink|sank|kürz|gekürzt)[^.;]{0,60}?(?-u:\b)um\s+(?:exakt|genau)\s*$"
"""Right before an amount: a change ``um exakt`` (``steigt … um exakt 606,29 Euro``): a change by
the figure (``raise_or_difference``; the word between keeps ``um`` from the figure's keyword; not
``pendeln sich um genau 3.500 Euro ein``)."""
PLUS_BEFORE = r"(?-u:\b)(?:auf\s+)?plus\s*$"
"""Right before an amount: ``plus`` (``summiert sich das auf plus 1140 Euro``, ``3.000 Euro
plus 500 Euro``): an increment or an extra, no level of pay (the word is a clause boundary,
so it is read here)."""

PUBLISHER_BEFORE = r"(?-u:\b)verlag\s*[,:]?\s*$"
"""Right before an amount: a book's publisher (``(„Titel“, Campus Verlag, 19,95 Euro)``), its
price."""

QUOTED_EXAMPLE_BEFORE = (
    r"(?-u:\b)(?:beispielsweise|zum\s+beispiel|z\.\s?b\.)\s*[„\"»‚']\s*$"
    # (an example announced by a colon: ``Zum Beispiel: 4000 Euro Brutto sind …``, ``Beispiel: Bei
    # 3000 Euro …``)
    r"|(?-u:\b)beispiel\s*:\s*(?:bei\s+)?$"
)
"""Right before an amount: an example quoted (``also beispielsweise „2.000 Euro Monat/brutto“``),
how a figure could be written, no pay of its own (``hypothetical``)."""

TABLE_ROW = r"^\s*\|.*\|"
"""A sentence that is a table row (``| Hamburg | 2.951 EUR | 36.587 EUR |``)."""

EFFECTIVE_SUM_BEFORE = r"=\s*effektiv\s*$|(?:stunden|std\.?|woche|/h|trinkgeld)[^=\n]{0,20}=\s*$"
"""Right before an amount: an effective sum worked out (``+ Trinkgeld (3-10€/h) = effektiv
16-26€/h``, ``Bei 20 Stunden/Woche = 1.100-1.700€/Monat``), a restatement."""

FOREIGN_BEFORE = r"(?:\$|£|¥|(?-u:\b)(?:USD|CHF|GBP|US-\$))\s*$"
"""Right before a bare number: another currency's sign (``$9.99``): the number shares no euro."""

GRADE_BEFORE = r"(?i)(?:gruppe|stufe|klasse|(?:^|[^\w-])(?:eg|tg|lg|tvöd|tv-l|e|a|s|p|w|r|b))\s*$"
"""Right before a bare number: a pay group, step or class (``der Lohngruppe 6 auf 13,82 €``,
``A 13``): the number names the grade and shares no euro (a letter standing alone: not the
end of ``Jahressalär``)."""

CONVERSION_CUE = r"(?-u:\b)(?:dann|damit|somit|also|entspricht|ergibt|macht|umgerechnet)(?-u:\b)|das\s+sind"
"""In a sentence stating an hourly figure after a monthly one: the hourly figure is worked out
from it (``Dann erhältst Du einen Stundenlohn von 20,32 Euro``), not a tariff of its own."""

SUPPOSED_BEFORE = r"(?-u:\b)(?:würde|würden|wäre|wären|könnte|könnten)(?-u:\b)"
"""Before a new value in its sentence: the change is supposed (``würden die Diäten … auf X
steigen``), so is the new value."""

DAY_RATE_BEFORE = r"(?-u:\b)(?:täglich|pro\s+tag|je\s+tag|am\s+tag)\s+(?:rund\s+|etwa\s+|ca\.\s+)?$"
"""Right before an amount: a day's rate (``täglich 121,45 Euro brutto``), no salary."""

REFERRED_BEFORE = (
    r"(?-u:\b)(?:bei\s+den|mit\s+den|mit\s+diesen|von\s+diesen|diese|anspruch\s+auf\s+die)\s+(?:rund\s+|etwa\s+|knapp\s+)?$"
    r"|(?-u:\b)(?:macht|machte|machen|machten)\s+(?:das|dies)\s+(?:rund\s+|etwa\s+|knapp\s+)?$"
    # (``15 Prozent der monatlichen 11.227,20 Euro``: the base of a share, named before)
    r"|(?:%|(?-u:\b)prozent)\s+(?:der|des|von|vom)\s+(?:[a-zäöüß]+(?:lichen|ischen|igen|ten)\s+)?$"
)
"""Right before an amount: a figure named before, referred to (``Bei den 1.850 Euro handle es
sich um die Untergrenze``): a ``restatement``."""

RESTATED_IN_BRACKETS = r"\(\s*(?:monatlich|jährlich|im\s+monat|im\s+jahr|pro\s+monat|pro\s+jahr|umgerechnet|entspricht|das\s+sind)[^()]{0,20}$"
"""An amount in brackets that converts the figure before it (``von 11 Euro auf 15 Euro pro
Stunde (monatlich von 1859 auf 2535 Euro)``): a ``restatement``."""

MOVED_AFTER = r"^\s*(?:\([^()]{0,30}\)\s*)?(?:\S+\s+)?nach\s+(?:oben|unten)(?-u:\b)"
"""After ``um`` and an amount: ``um 2.500 Euro nach oben gesetzt``, the change (an aside in
brackets between: ``um 90 Euro (+2,8 Prozent) nach oben``)."""

COMPARATIVE_AFTER = (
    r"^[^,;.]{0,30}?(?:höher|niedriger|geringer|größer|kleiner|billiger|teurer|hinter\s+(?:der|dem|den))"
    r"|^\s*(?:brutto\s+|(?:im|pro)\s+(?:monat|jahr)\s+)?(?:(?:deutlich|weit|klar|knapp|etwas|spürbar)\s+)?"
    r"(?:unter|über)\s+(?:der|dem|den|denen|jener|jenem|jenen)(?-u:\b)"
)
"""``um 4,46 Euro geringeren Verdienst``, ``um 619 Euro unter denen im Westen``: with ``um``
before it the amount is a difference."""

ASIDE_AFTER = r"^\s*\([^()]{0,100}?;[^()]{0,100}?\)"
"""Right after an amount, an aside in brackets with a semicolon (``um 1,48 € (Mittelwert; KI:
0,5–2,5) höheren Stundenlohn``): the words after it are read as the amount's."""

SENTENCE_OPENS_WITH_UM = r"^\W*Um\s+(?:(?:ca\.|rund|etwa|knapp|gut|fast|über)\s+)?[0-9]"
"""A sentence opening with ``Um`` and an amount (``Um gut 20.000 Euro im Jahr liege das Gehalt
… unter …``): the amount is a difference (or a purpose, ``Um 3.000 Euro zu verdienen, …``)."""
OPENING_UM_MAX = 12
"""(the amount is the sentence's first: it starts within this many characters)"""

NEXT_AMOUNT_ON = (
    r"(?i)(?:,\s*(?:was|das|dies)\s[^,0-9]{0,40}?)?\s[0-9][0-9.,\s]*(?:€|euro|eur(?-u:\b)|mio\.|millionen).*$"
)
"""The next amount with its currency and all after it, with a clause leading to it (``4158,36
Euro im Monat, was ein Plus von 495,81 Euro bedeutet``): cut from the words right after a figure,
they are that amount's."""

REPORTED_SPEECH = r"zufolge|(?-u:\b)(?:gibt|gab|gaben|geben)\s+(?:\S+\s+){0,5}?an\s*,|(?-u:\b)(?:berichtet|berichtete|berichten)(?-u:\b)"
"""A sentence reporting what someone says (its verbs in the subjunctive are no supposition)."""
POTENTIAL_PAY = r"(?-u:\b)könnten?\s[^…]{0,80}…[^…]{0,25}?\s(?:rechnen|verdienen|einstreichen|kassieren|bekommen|erhalten|erwarten)(?-u:\b)"
"""In a figure's clause, ``könnte(n)`` and a verb of earning around it: what a group could earn,
as studies report it (``Männer könnten als ITler 58.750 Euro verdienen``), no supposition."""
CONDITION_WORDS = r"(?-u:\b)(?:wenn|falls|sofern|würde|würden|wäre|wären|könnte\s+man)(?-u:\b)"
"""Words of a condition, or of one supposing (``könnte man … hinzurechnen``): a ``könnte``
beside them supposes."""
DECIDED_IN_SENTENCE = r"(?-u:\b)(?:hat|haben|hatte|hatten)\s(?:[^.]|\.[0-9]){0,150}?(?:beschlossen|festgesetzt|festgelegt)(?-u:\b)"
"""A sentence saying a body has decided the figure: what it recommended or planned is decided."""

SLASH_LABEL_NEXT = r"\s/\s*[A-ZÄÖÜ][\wäöüß-]*\s+[0-9]"
"""After a figure, a slash and the next figure's label (``15.800 Euro / Monats-Brutto 1.317
Euro``): the period words past it are that figure's."""

COMMA_LABEL_NEXT = (
    r",\s*(?:und\s+)?(?:das|der|die|das\s+ist\s+ein|das\s+sind|das\s+entspricht\s+einem)\s+(?:[a-zäöüß]+e[nrs]?\s+)?"
    r"(?:[A-ZÄÖÜ][a-zäöüß]*-)?(?:Monats|Jahres|Stunden)[a-zäöüß-]*"
    r"(?:\s+[a-zäöüß]+){0,2}\s*(?:[0-9]|$)"
)
"""After a figure, a comma and the next figure's label naming its period, nothing but a word
or two between it and that figure (``liegt bei 36.100 €, das Monatsgehalt bei 3.010 €``): the
period word is the next figure's, not this one's (the next figure may have been dropped: a
digit or the end of the neighbourhood after the words)."""

NOUN_BEFORE_RELATIVE = r"([a-zäöüß-]+)\s*,\s*(?:die|der|das)\s[^,;.]{0,60},\s*(?:in\s+höhe\s+)?(?:von\s+)?$"
"""Before a figure, a noun and a relative clause about it (``eine Sonderzulage, die ebenfalls
von Rom vorgegeben ist, in Höhe von``): group 1, the noun the figure is the size of."""

COMPARATIVE_THEN_UM = (
    r"(?:höher|niedriger|geringer|größer|kleiner|weniger|mehr)\s*[:–-]\s*(?:um\s*)?$"
    r"|(?:höher|niedriger|geringer|besser|schlechter|darunter|darüber)\s*,\s*(?:(?:etwa|rund|ca\.|circa|knapp|gut|so)\s+)?(?:um\s*)?$"
)
"""A comparative and a colon, dash or comma right before ``um`` and its amount (``Etwas höher, etwa
um 200 Euro, liegt …``): the amount is the difference."""

LEAD_LINE = r"((?:[^.!?]|[0-9]{1,2}\.\s?[0-9]{1,2}\.(?:[0-9]{2,4})?)*):\s*$"
"""A line ending in a colon; group 1 is its last sentence (``Die Kammer empfiehlt folgende
Vergütungen``)."""

FLOOR_LEAD_BEFORE = (
    r"(?i)\n[^\n0-9.!?]{0,60}?(?:entschädigung|vergütung|gehalt|gehälter|lohn|löhne|einkommen|entgelt)[a-zäöüß]*"
    r"\s+(?:ab|mindestens)[ \t]*:?[ \t]*\r?\n(?:[^\n]*[0-9][^\n]*\n){0,12}[^\n]*$"
    # (or a line of paying ending in ``mindestens:``: ``Danach zahlt Ihnen der Betrieb mindestens:``)
    # (its sentence may close a line that opens with others: ``… im § 17 BBiG. Danach zahlt …``)
    r"|(?i)(?:\n|[.!?][ \t]+)[^\n0-9.!?]{0,60}?(?:(?-u:\b)(?:zahlt|zahlen|erhalten|erhältst|bekommen|bekommst|bekommt|verdienen|verdienst|verdient)|überweist|überweisen|erhält)"
    r"(?-u:\b)[^\n0-9]{0,80}?(?-u:\b)mindestens[ \t]*:[ \t]*\r?\n(?:[^\n]*[0-9][^\n]*\n){0,12}[^\n]*$"
)
"""The text before a figure (a break put first): a line without figures naming pay and ending in
a floor's word (``Lehrlingsentschädigung ab``; not ``hängt … ab``, ``gültig ab``), then only lines
holding figures down to the figure's line (a list right below it): its figures are lower bounds
(``730 -``)."""
FLOOR_LEAD_REACH = 1500
"""How far back (characters) a ``FLOOR_LEAD_BEFORE`` is looked for."""
FLOOR_LEAD_ENDS = [" ab\n", " ab:\n", " mindestens\n", " mindestens:\n", " ab\r\n", " mindestens\r\n"]
"""The plain line endings a ``FLOOR_LEAD_BEFORE`` needs (a fast first search over whole texts)."""

LEAD_REASONS = {
    "demand_or_proposal": SENTENCE_NOT_PAY["demand_or_proposal"] + r"|entwurf",
    **{
        code: NOT_PAY_REASONS[code]
        for code in (
            "one_off_payment",
            "bonus_or_allowance",
            "benefit_or_stipend",
            "employer_cost",
            "price_or_fee",
            "per_unit_rate",
        )
    },
    "hypothetical": NOT_PAY_REASONS["hypothetical"],
}
"""What a lead line (``LEAD_LINE``, lower-cased) says of the list or table below it: a demand
or recommendation (``Verdi fordert:``; not ``Anforderungen:``), or a kind of payment that is
no pay (``Die Prämienhöhe variiert je nach Note:``, ``Zuschläge:``). The first that fits
names the reason of the amounts below."""
LINE_ENDS_IN_COLON = [":\n", ":\r\n", ": \n", ":\t\n", ":  \n"]
"""A line ending in a colon (a fast first search for texts with a ``LEAD_LINE``)."""
ANNOUNCED_LINE_MAX = 600
"""The line right after a lead line (``… sehen im Einzelnen wie folgt aus:``) is led by it even
when it is no list item (a list whose lines were joined into one), up to this length."""

LIST_ITEM = (
    r"^\s*(?:[|\-•*–·]|[0-9]|(?:[IVX]{1,4}|[a-z])[.)]\s)|\||^(?:[^.!?]|\.[0-9]){0,80}$|^(?:[^.!?:0-9]{0,60}[0-9]+(?:[.,][0-9]+)*){4,}[^.!?:0-9]{0,60}$"
    r"|^\s*[^:.!?]{1,40}:\s*[^:]{0,30}?[0-9][0-9.,\s-]*(?:€|(?i:euro|eur)(?-u:\b)|%)"
    # (the date the table holds from, on a line of its own: ``ab 1. Mai 2025``)
    r"|^\s*(?i:ab|seit)\s+(?:dem\s+)?[0-9]{1,2}\.\s*(?:[0-9]{1,2}\.|[A-Za-zäöüÄÖÜ]+)\s*[0-9]{2,4}\s*:?\s*$"
)
"""A line of a list or table: a bullet, a digit, an enumerator (``IV.``, ``b)``) or a table
cell first, a ``|`` in it, a
short line that ends no sentence (``Erstes Jahr 1.050 €``: a dot between digits ends none),
a longer one of numbers (a table's row or header: ``nach 1 Jahr in Stufe 1 nach 2 Jahren …``),
or a label and its value
(``Schichtzulage:   50,- € mtl.``)."""

BASE_PAY_LABEL = r"^\W*(?:brutto|grund|monats|jahres|stunden|einstiegs|tabellen|tarif)?(?:gehalt|lohn|entgelt|vergütung|verdienst)"
"""A list line naming base pay first (``Grundgehalt: 3.100 €``): it keeps its own reading under
a lead line about bonuses or prices."""

CONVERSION_CLAUSE = (
    r"(?:,|\s[–—-]|\s(?:und|bzw\.|oder))\s*(?:was|das\s+(?:sind|macht|ergibt|entspricht|bedeutet)|dies\s+(?:entspricht|bedeutet)|also|sprich|d\.\s?h\.|umgerechnet|hochgerechnet|aufs\s+jahr"
    r"|(?:damit|somit)\s+(?:ein|einem|einen|eine)\s"
    r"|(?:der|die|das)\s+(?:monatliche|jährliche|stündliche)[nrs]?\s)(?-u:\b)"
    # (a comma and the next figure's period before it: ``ein Jahresverdienst von 19.423 €, monatlich
    # 1.618 € und pro Stunde 10,38 €``)
    r"|,\s*(?:monatlich|jährlich|stündlich|(?:pro|je)\s+(?:stunde|monat|jahr)|im\s+(?:monat|jahr))\s*"
    r"(?:(?:rund|etwa|ca\.|circa|knapp|gut|fast|insgesamt|also|somit|damit|dann|sogar|mehr\s+als|über)\s*){0,3}(?:[0-9]|$)"
)
"""A clause after a figure that converts it: ``2.400 Euro, was jährlich 28.800 Euro
ausmacht``, ``3.000 €, also 36.000 € im Jahr``, ``2.991 Euro und damit ein Jahresgehalt von
…``), or names another period's pay (``27.000 Euro,
der monatliche Lohn …``). A period word in it belongs to the next figure, not to the one before."""

RESTATEMENT = (
    r"entspricht|entsprechen(?-u:\b)|entsprach|hochgerechnet|aufs\s+jahr\s+gerechnet|das\s+(?:sind|macht|ergibt)"
    r"|stunden[^,;]{0,30}(?:sind|macht|ergibt|wären)\s+das(?-u:\b)|bedeuten(?-u:\b)|bedeutet(?-u:\b)"
    # (``14 mal jährlich vor, wodurch sich ein Monatslohn von 1.983 Euro brutto ergibt``)
    r"|…\s*(?:brutto\s+|netto\s+)?(?:ergibt|ergeben)(?-u:\b)"
)
"""Words that convert the figure before into another period (``3.000 € im Monat, was
36.000 € im Jahr entspricht``, ``… hochgerechnet 50.000 € jährlich``): with an earlier figure
in the sentence the converted one is no record of its own (``restatement``). Not
``entsprechend`` (``Vollzeit entsprechend 3.800 €`` is another figure) nor ``also`` (``2.000
Euro netto, also 3.100 Euro brutto`` states the gross pay)."""

SPREAD_AFTER = r"^[^.,;:!?0-9]{0,60}?\sauseinander(?-u:\b)"
"""After an amount, in its sentence: how far figures lie apart (``Bis zu zwei Euro liegen die
Verdienste der Regionen auseinander``), a difference."""

PERCENT_CHANGE_AFTER = (
    r"^\s*(?:bzw\.|beziehungsweise|oder|und|/)\s*[-+–]?\s*[0-9]+(?:,[0-9]+)?\s*(?:%|prozent)"
    # (not a share: ``38.116 € (25% der Gehälter liegen darunter)``)
    # (a change's size: below 40 per cent; ``28.144 Euro (96,1 Prozent)`` is a share of an average)
    r"|^\s*\(\s*[1-3]?[0-9](?:,[0-9]+)?\s*(?:%|prozent)(?:\s*[),;]|\s+(?:mehr|weniger|plus|minus|erhöhung|steigerung|zuwachs|anstieg)(?-u:\b))"
)
"""Right after an amount: the change given also as a percentage (``um 113 Euro bzw. 3,7
Prozent``, ``um 90 Euro (3 Prozent)``; not a signed growth rate in brackets, ``712 Euro (+3,8
Prozent)`` is the level and how it grew); after a new value (``von 10,00 € auf 10,30 € (3 Prozent)``) it sizes the change,
and the figure is the new pay."""

DIFFERENCE_AFTER = (
    r"^\s*(?:brutto\s+|netto\s+|(?:pro|im|je|die|in\s+der)\s+(?:monat|jahr|stunde)\s+|monatlich\s+|jährlich\s+"
    r"|(?:jahres|monats|brutto)?(?:gehalt|lohn|einkommen)\s+|\((?:im|pro|je)\s+(?:monat|jahr|stunde)\)\s*"
    # (a percentage in brackets first: ``Das sind 0,65 € (+3,4 %) mehr je Stunde``)
    r"|\(\s*[+-]?\s*[0-9][0-9,.]*\s*(?:%|prozent)\s*\)\s*)?"
    r"(?:mehr|weniger|höher|niedriger|geringer|schlechter|besser|höhere[snmr]?|niedrigere[snmr]?|geringere[snmr]?|darüber|darunter|zusätzlich"
    # (behind another earner: ``2 Millionen Euro hinter seinem Vorgänger``)
    r"|hinter\s+(?:seinem|seiner|seinen|ihrem|ihrer|ihren)\s+[a-zäöüß-]*(?:kollege|kollegin|kollegen|vorgänger|nachfolger|chef|chefin|konkurrent|rivale|mitspieler|trainer)"
    r"|(?:unter|über|oberhalb|unterhalb)\s+(?:dem|den|der|diesem|dieser|diesen|jenem|jener|anderen|allen\s+anderen)"
    # (``mehr als 1.000 Euro unter Durchschnitt``: no article)
    r"|(?:unter|über)\s+(?:bundes)?(?:durchschnitt|schnitt|mittel|tarif|mindestlohn|vorjahr))(?-u:\b)"
    r"|"
    + PERCENT_CHANGE_AFTER
    + r"|^\s*plus\s*\)|^\s*(?:(?:stunden|monats|jahres)?(?:lohn|gehalt)\s+)?zu\s+(?:wenig|viel)(?-u:\b)"
    # (underpaid by it: ``um zwei Euro je Stunde unterbezahlt``)
    + r"|^\s*(?:(?:pro|je|die|in\s+der)\s+stunde\s+)?unterbezahlt(?-u:\b)"
    # (a gap named right after: ``ein 300 Euro Vorteil``, ``450 Euro Unterschied``; not a label ``Vorteil:``)
    + r"|^\s*(?:lohn|gehalts|einkommens)?(?:vorteil|nachteil|unterschied|differenz|abstand)(?:\s|[.,;]|$)"
    # (a gap between two levels: ``So bleiben rund 800 Euro zwischen dem höchsten und …``)
    r"|^\s*(?:liegen\s+|liegt\s+|lagen\s+|lag\s+)?zwischen\s+(?:dem|den|der)\s+(?:höchsten|niedrigsten|besten|schlechtesten|reichsten|ärmsten|größten|kleinsten"
    r"|teuersten|günstigsten|oberen|unteren|beiden|geschlechtern|männern|frauen|regionen|ländern|bundesländern)(?-u:\b)"
    # (two qualifiers, then more than an earlier time: ``27.500 Euro brutto pro Jahr mehr als am Start``)
    r"|^\s*(?:brutto|netto)\s+(?:monatlich|jährlich|(?:im|pro)\s+(?:monat|jahr))\s+(?:mehr|weniger)\s+als\s+"
    r"(?:zu|am|bei|vor|noch)\s"
    # (the first of two: ``500 oder 600 Euro im Monat mehr``)
    # (not after a dash: ``kommt er auf 3197,52 Euro – 245,23 Euro mehr`` is the level, then the raise)
    r"|^\s*(?:oder|bis|und|bzw\.?)\s*[0-9][0-9.,]*\s*(?:€|euro)?\s+(?:(?:im|pro)\s+(?:monat|jahr)\s+|brutto\s+|netto\s+)?(?:mehr|weniger)(?-u:\b)"
    # (by an amount, then by a percentage: ``um 200 Euro und sodann um 5,3 Prozent``)
    r"|^\s*und\s+(?:sodann|dann|danach|anschließend)\s+um\s+[0-9,]+\s*(?:%|prozent)"
    # (the same difference as a percentage between: ``5,96 Euro oder rund 22 Prozent weniger``)
    r"|^\s*(?:oder|bzw\.?|beziehungsweise)\s+(?:um\s+)?(?:rund\s+|etwa\s+|knapp\s+|gut\s+|fast\s+|ca\.\s*)?(?:[0-9][0-9,]*|[a-zäöüß]+)\s*(?:%|prozent)\s+"
    r"(?:mehr|weniger|höher|niedriger|geringer)(?-u:\b)"
)
"""Right after an amount: a difference (``300 Euro mehr``, ``70 Euro mehr als 2023``,
``389 Euro höher als``, ``313 Euro unter dem Bundeswert``) or a change given also as a
percentage (``um 113 Euro bzw. 3,7 Prozent``; lower case)..."""

DIFFERENCE_NAMED_AFTER = (
    r"(?i)^[^.;:,]{0,60}?(?-u:\b)(?:beträgt|betrug|ist|war|liegt|lag|macht|belaufen\s+sich|beläuft\s+sich)\s+(?:der|die|das)\s+"
    r"(?:\S+\s+)?\S*(?:unterschied|differenz|abstand|lücke|vorsprung|gap)"
)
"""After an amount, in its clause: the amount named a difference (``Bis zu 10.000 Euro im Jahr
beträgt der Unterschied``)."""

PLANNED_AROUND = (
    r"(?-u:\b)(?:wird|werden)\s[^…]{0,100}…[^…]{0,40}?(?:diskutiert|debattiert)"
    r"|(?-u:\b)(?:will|wollen)\s[^…]{0,80}…[^…]{0,30}?(?-u:\b)(?:zahlen|bezahlen)(?-u:\b)"
    # (what a side insisted on, an aim not reached, a cut pushed for: ``auf 2.000 Euro bestanden``,
    # ``ihr Ziel von 1.650 Euro verfehlt``, ``die Löhne auf acht Euro zu drücken``)
    r"|…[^…,;]{0,30}?(?-u:\b)(?:bestanden|bestehen|beharrt|beharren|gepocht|pochen|pocht)(?-u:\b)"
    r"|(?-u:\b)(?:ihr|sein|das|ein|erklärtes)\s+(?:erklärtes\s+)?ziel\s+(?:von\s*)?…"
    r"|…\s*(?:\S+\s+){0,2}?zu\s+(?:drücken|senken|kürzen)(?-u:\b)"
    # (what pay must be, in reported speech: ``müsse der Mindestlohn zumindest 15 Euro betragen``)
    r"|(?-u:\b)(?:müsse|müssten|müsste)\s+(?:der|die|das)\s+[a-zäöüß-]*(?:lohn|gehalt|vergütung|entgelt|löhne|gehälter)\s+(?:\S+\s+){0,3}?…"
    # (what a group wants, the verb before its subject: ``Dafür möchte das Personal einheitlich 20 Euro``)
    r"|(?-u:\b)(?:möchte|möchten|will|wollen)\s+(?:das|die|der)\s+[a-zäöüß-]*(?:personal|belegschaft|beschäftigten|mitarbeiter|mitarbeitenden"
    r"|gewerkschaft|arbeitnehmer|bewerber|absolventen|beamten)(?:innen)?(?:\s+[a-zäöüß-]+){0,4}\s*…"
)
"""In a figure's clause (``_around``): a figure discussed (``wird über eine Erhöhung auf 12 Euro
… diskutiert``) or one an employer wants to pay (``will … einen Mindestlohn von 2.100 Euro
zahlen``), a ``demand_or_proposal``."""

MINIMUM_RAISE_BEFORE = r"(?-u:\b)mindestbetrag\s*(?:von\s*)?$"
"""Right before an amount, in a sentence with a percentage: a raise's minimum (``3,2 Prozent
(inkl. Mindestbetrag 100 Euro)``), a ``raise_or_difference``."""

ALLOWANCE_OF_BEFORE = r"(?:zulagen?|zuschl(?:a|ä)ge?n?|prämien?|boni|bonus)\s+in\s+höhe\s*$"
"""Right before an amount smaller than the one before it in its sentence: the allowances it
includes (``3.344 Euro brutto inklusive Zulagen in Höhe von 300-350 Euro``)."""

WITH_LEVEL_BEFORE = r"(?-u:\b)mit\s+(?:rund|etwa|ca\.|knapp|gut|durchschnittlich|im\s+schnitt)?\s*$"
WITH_LEVEL_AFTER = (
    r"^\s*(?:\S+\s+){0,3}?(?:höher|niedriger|mehr|weniger|geringer)\s+als\s+[^.;:]{0,60}?(?-u:\b)mit\s+(?:rund\s+|etwa\s+|knapp\s+|gut\s+)?[0-9]"
    r"|^\s*(?:\S+\s+){0,2}?(?:höher|niedriger)\s*(?:[.;!]|$)"
    # (a person's level compared with other people's: ``verdient … mit 198.000 Euro Jahresgehalt mehr
    # als viele ihrer Kolleginnen``)
    r"|^\s*(?:(?:jahres|monats|brutto)?(?:gehalt|lohn|einkommen|verdienst)|(?:im|pro)\s+(?:jahr|monat))\s+(?:mehr|weniger)\s+als\s+"
    r"(?:so\s+mancher|die\s+meisten|viele\s|alle\s|manche[rs]?\s|(?:sein|ihr)e?n?\s+(?:\S+\s+)?kolleg|der\s+(?:bundes)?kanzler|die\s+(?:bundes)?kanzlerin)"
)
"""``Im Westen ist es mit 3.180 € höher als im Osten mit 2.720 €``, ``Nur in Spanien liegt das
Gehalt mit durchschnittlich 200.000 Euro höher.``: each ``mit`` figure is a level being
compared, not the difference between them."""

ABOVE_BY_AFTER = r"^\s*(?:€|euro|eur)?\s*(?:drüber|darüber|drunter|darunter)(?-u:\b)"
"""Right after a figure: ``knapp 1000 € drüber``, how far above or below another figure."""

NEXT_COMPARATIVE_AFTER = (
    r"^\s*(?:mehr|weniger|höher)\s+als\s+[0-9]+\s*(?:[-–]\s*[0-9]+\s*)?(?:berufs)?jahr"
    # (a multiple compared, the figure itself a level: ``mit 9.800 € mehr als das Doppelte``)
    r"|^\s*(?:mehr|weniger)\s+als\s+(?:das|die)\s+(?:doppelte|dreifache|vierfache|fünffache|hälfte)(?-u:\b)"
)
"""... unless it opens the next row of a table (``42.890 Euro mehr als 9 Jahre 50.690 Euro``) or
compares a multiple (``9.800 € mehr als das Doppelte``: more than twice as much)."""

DEMAND_CONSEQUENCE_OPENING = (
    r"^\W*(?:damit|dadurch|so)\s+(?:erhöhe|steige|stiege|läge|käme|kämen|betrage|betrüge)(?-u:\b)"
)
"""A sentence opening with what a demand would bring, in reported speech (``… fordert die IG BAU
ein Plus von 1,10 Euro. Damit erhöhe sich der Einstiegslohn auf elf Euro.``): read after a
sentence naming the demand (``DEMAND_BEFORE_CONSEQUENCE``)."""
DEMAND_BEFORE_CONSEQUENCE = r"(?i)(?-u:\b)(?:fordert|forderte|fordern|forderten|gefordert|verlangt|verlangte|verlangen|verlangten)(?-u:\b)"
"""The sentence before a ``DEMAND_CONSEQUENCE_OPENING``: a demand named."""

CURRENT_VALUE_AFTER = (
    r"^\s*,\s*(?:die|der|das|welche[rs]?)\s+(?:derzeit|aktuell|heute|momentan|zurzeit|gegenwärtig|bislang|bisher)\s+"
    r"(?:gilt|gelten|gezahlt|bezahlt|üblich)"
)
"""After a figure: a relative clause saying it is paid today (``… mehr als die 9,35 Euro, die derzeit
gelten``): a level in force, however supposed or demanded the figures around it are."""

MPS = r"abgeordnet|parlament|mandat|landtag|bundestag|diät"
"""A ``Brutto-Entschädigung`` (of an honorary office) is an allowance, not pay; an MP's
``Entschädigung`` (``Abgeordnetenentschädigung``) is pay."""

_TRAINING_YEAR = r"(?:[0-9]\.|ersten|zweiten|dritten|vierten|letzten)\s+lehrjahr"
PAID_AS_ENTSCHAEDIGUNG = (
    MPS
    + r"|lehrlingsentschädigung|grundentschädigung|amtsentschädigung"
    + r"|(?-u:\b)entschädigung(?:en)?\s+(?:der|des|für)\s+(?:die\s+|den\s+)?(?:[a-zäöüß]+\s+)?bürgermeister"
    + rf"|(?-u:\b)entschädigung\s+(?:im|für\s+das|in\s+dem)\s+{_TRAINING_YEAR}"
    + rf"|(?-u:\b)entschädigung\s+(?:von\s+)?[0-9][0-9.,]*\s*(?:€|euro)\s+(?:im|für\s+das)\s+{_TRAINING_YEAR}"
    + rf"|{_TRAINING_YEAR}[^.;:!?]{{0,40}}?(?-u:\b)entschädigung"
    + r"|lehrlinge?\s[^.;:!?]{0,40}?(?:erhalten|bekommen|erhält|bekommt)\s+(?:eine\s+)?entschädigung"
    # (mayors paid so: ``Die Bürgermeisterin eines Marktes wird mit 4.870 Euro entschädigt``)
    + r"|bürgermeister(?:[^.;:!?]|\.[0-9]){0,80}?(?-u:\b)entschädigt"
)
"""Whose ``Entschädigung`` is pay: an MP's, a mayor's (``Amtsentschädigung``, ``die
Entschädigung der Bürgermeister``, ``… Bürgermeister mit 6.210 Euro … entschädigt``; not an honorary
``Aufwandsentschädigung``), an (Austrian) apprentice's (``Lehrlingsentschädigung``,
``die Entschädigung im ersten Lehrjahr``, ``eine Entschädigung von 720 Euro im ersten
Lehrjahr``; not ``Verdienstausfallentschädigung für den Lehrling``)."""

MARK_BEFORE = r"(?-u:\b)(?:die|der)\s+(?:[a-zäöüß]+\s+)?(?:marke|linie)\s*(?:von\s*)?$"
"""Right before an amount: a mark passed or reached (``knackt als einziges die Marke von
100.000 Euro``), no one's pay (``threshold``); not a brand (``Die Marke BMW zahlt …``)."""

DIFFERENCE_BETWEEN = r"(?-u:\b)zwischen\s+(?:den|der|dem|beiden)\s[^0-9€]{0,80}?(?:liegen|liegt|klafft|klaffen|beträgt)\s+(?:[a-zäöüß]+\s+){0,2}$"
"""Before an amount: what lies between two things named without figures (``Zwischen der
Bestzahlerregion und der Schlusslichtregion liegen stolze 23.000 Euro``): a difference."""

MARK_REACHED = r"(?-u:\b)erreich\w*\s+(?:\S+\s+){0,4}?(?:die|der)\s+(?:[a-zäöüß]+\s+)?marke\s*(?:von\s*)?$"
PERIOD_RIGHT_AFTER = r"^\s*(?:brutto\s+)?(?:pro|je|die|im|in\s+der)\s+(?:stunde|monat|jahr)"
"""Pay that reaches a mark, with its period right after (``erreicht … die Marke von 23,28 €
pro Stunde``), is the new pay, no threshold."""

YEARLY_AFTER = r"^\s*(?:brutto\s+)?(?:jährlich|pro\s+(?:jahr|saison)|p\.\s?a\.|per\s+annum)(?-u:\b)"
"""Right after an amount (lower case): a year's pay (``verdiene mehr als acht Millionen Euro
jährlich``), no prize even beside a winner's title (``Der vierfache Tour-Sieger …``)."""

EXTRA_BEFORE = r"(?-u:\b)zusätzlich(?:e[nrs]?)?\s+(?:(?:monatlich|jährlich|brutto|netto|noch|weitere)\s+)*$"
"""Right before an amount: paid on top (``monatlich zusätzlich 30 € brutto im ersten Jahr``), an
allowance; not ``zusätzlich zum Gehalt von …``, the pay named between."""
EXTRA_AFTER = r"^\s*(?:extra|obendrauf|on\s+top|zusätzlich|hinzu)(?-u:\b)"
SIDE_JOB = r"nebenjob|nebentätigkeit|nebenbei|minijob|werkstudent|aushilf"
"""In the clause before ``X Euro extra``: the side job's own pay, no allowance."""
"""Right after an amount: a payment on top of pay (``400.000 Euro extra``)."""

OLD_VALUE_IN_BRACKET_BEFORE = r"\((?:vorher|bisher|zuvor|derzeit|aktuell)\s*:?\s*$"
"""Right before an amount (lower-cased): an opening bracket with today's value (``(vorher 14
Euro)``), not part of a plan around it."""

OLD_VALUE_KEPT_REASONS = ["hypothetical", "demand_or_proposal"]
"""Reasons that hold for a change's new value but not for its old one (``von X auf Y``: X is
paid today)."""

GRADE_NAME_BEFORE = r"(?i)(?-u:\b)(?:stufe|gruppe|klasse|entgeltgruppe|lohngruppe|gehaltsgruppe|tarifgruppe|level|rang|platz)\s*$"
"""Right before a bare number: a grade's or rank's name (``Stufe 2 bis 7000 Euro``): the
number is the grade's."""

FROM_TODAY_BEFORE = r"(?-u:\b)von\s+(?:derzeit|aktuell|bisher|heute|zuletzt|jetzt)\s*$"
"""Right before an old value (lower-cased): ``von derzeit`` (``von derzeit 11,80 Euro auf …``)."""

OLD_TO_NEW_GAP = (
    r"(?i)^\s*(?:(?:€|euro|eur)\s*)?(?:brutto\s+|pro\s+monat\s+|im\s+monat\s+)?"
    r"(?:(?:am|zum|ab)\s+(?:dem\s+)?[0-9]{1,2}\.\s*(?:[a-zäöü]+|[0-9]{1,2}\.)(?:\s*[0-9]{4})?\s+)?auf"
    r"(?:\s+(?:künftig|dann|nun|jetzt|bald|zunächst|schließlich))?\s*$"
)
"""Between an old value (``von X``) and the new one of its change (lower-cased or not)."""

LOW_WAGE_LINE_BEFORE = (
    r"niedriglohn\W+(?:der|den|also)?\s*$"
    r"|(?:prozent|%)\s+(?:aller\s+|der\s+)?(?:[a-zäöüß-]+\s+){0,2}?(?:arbeitnehmer|beschäftigt|erwerbstätig|vollzeit|menschen"
    r"|frauen|männer|mitarbeiter)[a-zäöüß]*\s+(?:[a-zäöüß]+\s+){0,4}?$"
)
"""The clause before a figure ``unter``/``weniger als`` (lower-cased): a low wage defined by
its line (``einen Niedriglohn, der unter 2.100 Euro liegt``), or the share of workers below a
line (``verdienen 31,2 Prozent aller Beschäftigten weniger als 14 Euro``): a threshold."""

OLD_VALUE_GAP = r"^\s*(?:\S+\s+)?auf\s*$"
"""Between an old value and its new one in a chain of steps (``von 10,25 Euro/Stunde auf``)."""
NEW_VALUE_LEFT_END = r"(?-u:\b)auf\s*$"
"""The sentence before a new value ends in ``auf``."""
STEP_DATE_GAP = (
    r"^(?:/\S+|\s*(?:pro|je|die)\s+\S+)?[\s,;]*(?:und\s+|sowie\s+|dann\s+)?"
    r"(?:(?:ab|zum|am|im|seit|bis)\s+(?:dem\s+)?(?:[0-9]{1,2}\.\s*)?"
    r"(?:(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\s*)?"
    r"(?:[0-9]{4})?\s*)?$"
)
"""Between a step's new value and the next step's old value: its period, then a date only
(``/Stunde,`` ⏎ ``ab 1. Mai 2017``)."""
LIST_JOIN_GAP = r"^\s*(?:,|und|oder|bzw\.?|beziehungsweise|sowie)\s*$"
"""Between a bare number and the amount after it whose currency it takes: a list's joint
only (``50 und 40 Euro``, ``450, 510 bzw. 595 Euro``)."""

IN_AMOUNT_OF_BEFORE = r"in\s+höhe(?:\s+von)?\s*$"
"""Right before an amount (lower-cased): ``in Höhe von``, which hangs the amount on a noun
before it (``ONE_OFF_IN_AMOUNT_OF``)."""

ONE_OFF_NOUN_REACH = 200
"""How far back (characters) the noun of an ``in Höhe von`` is looked for."""

ONE_OFF_IN_AMOUNT_OF = r"(?:einmalzahlung|einmalig|sonderzahlung|prämie|inflationsausgleich|corona-bonus)[^.;:!?0-9…]{0,160}?in\s+höhe(?:\s+von)?\s*$"
"""A one-off payment's noun and its ``in Höhe von`` with no figure and no sentence end between:
``eine einmalige Inflationsausgleichsprämie für Auszubildende und Teilzeitkräfte in Höhe von
300 Euro`` (the clause before the figure alone is cut at ``und``)."""

NET_AFTER = (
    r"^\s*(?:netto|net(?-u:\b))|^\s*\(\s*(?:netto|net(?-u:\b))[^)0-9]{0,20}(?:\)|$)"
    # (an afterthought: ``rund 160.000 € p.a. geschätzt – netto wohlgemerkt``)
    r"|^(?:\s*p\.\s?a\.)?[^.0-9]{0,30}?\s[–-]\s*netto(?-u:\b)"
    # (a relative clause saying net: ``2.800 Euro, die netto auf Deinem Konto landen``)
    r"|^\s*,\s*(?:die|der|das|welche)\s+(?:\S+\s+){0,2}?netto(?-u:\b)"
)
"""Right after an amount: net pay (``2.100 € netto``, ``2.400 € (netto)``; not its net value in
brackets, ``648,- Euro (netto ca. 517,-)``: the figure is gross)."""

CLAUSE_AFTER_COLON = r":\s+((?:Ein|Eine|Der|Die|Das|Wer|Im|In|Bei|Als|Mit|Am)\s[^:]*)$"
"""Before a figure in its sentence: a colon and a new clause opening with a capital word, up to
the figure (``Der Abstand ist groß: Eine Erzieherin verdient …``): the figure's own statement,
the words before the colon another one's."""
PRONOUN_IN_CLAUSE = r"(?i)(?-u:\b)(?:sie|er|diese[rs]?|dies)(?-u:\b)"
"""A pronoun in a figure's clause (lower-case or opening it), going back to what was named before it
(not the ``es`` of ``gibt es``)."""
YEAR_NAMED_BEFORE = r"(?-u:\b)(?:im|für\s+das|das|des|seit\s+dem|ab\s+dem)\s+jahre?s?\s*$"
"""Right before a figure of a year's size (``YEAR_SPAN``): ``für das Jahr`` (``Er gilt für das
Jahr 2021 € 310,- je Einsatz``): the year, its currency the next figure's (``not_an_amount``)."""
NEEDED_BEFORE = r"(?-u:\b)(?:braucht|benötigt|brauchen|benötigen|bräuchte|bräuchten)\s+(?:demnach\s+|monatlich\s+|mindestens\s+|rund\s+|etwa\s+)*$"
"""Right before a figure: what someone needs to live on (``Ein Single braucht demnach 1.850 Euro``):
a cost, no pay (``price_or_fee``)."""
CHANGE_IN_PERCENT_AFTER = (
    r"(?-u:\b)(?:anstieg|steigerung|zuwachs|erhöhung|plus|rückgang)\s+(?:von|um)\s+"
    r"(?:rund\s+|etwa\s+|knapp\s+|gut\s+)?[0-9][0-9,.]*\s*(?:%|proz)"
)
"""After a figure, a change given in per cent (``… bei 3.796 Euro bei einem Anstieg von 4 Prozent``):
the change is the percentage's, the figure a level (blanked in the words after it, which are cut
at 30 characters: ``proz`` is enough)."""

CHANGE_IN_PERCENT_THEN_LEVEL = (
    r"(?-u:\b)(?:anstieg|anstiegs|steigerung|zuwachs|zuwachses|erhöhung|plus|rückgang|rückgangs|minus)\s+(?:von|um)\s+"
    r"(?:rund\s+|etwa\s+|knapp\s+|gut\s+)?[0-9][0-9,.]*\s*(?:%|prozent)(\s+(?:\S+\s+){0,2}?"
    r"(?:betrug|beträgt|betragen|betrugen|lag|lagen|liegt|liegen|erreichte|erreicht)\s+(?:\S+\s+){0,2}?"
    r"[a-zäöüß]*(?:vergütung|gehalt|gehälter|lohn|löhne|verdienst|einkommen|bezüge|entgelt))"
)
"""Before a figure, a change given in per cent and then a verb of level with its pay (``Trotz eines
Rückgangs um 6 Prozent lag das Gehalt bei …``; not ``Der Zuwachs von 3 Prozent lag bei 95 Euro``): the change is the percentage's, the figure a level
(only the change is blanked in the clause before the figure: the pay noun stays, ``Ruhegehalt`` is
still a pension)."""
EXAMPLE_INCOME_BEFORE = (
    r"(?:^|[,;:]\s*)(?:bei\s+(?:einem\s+(?:monatlichen\s+|jährlichen\s+)?(?:brutto)?(?:verdienst|einkommen|gehalt|lohn|monatslohn|monatsgehalt)\s+(?:von\s+)?)?"
    r"|mit\s+einem\s+(?:monatlichen\s+|jährlichen\s+)?(?:brutto)?(?:verdienst|einkommen|gehalt|lohn|monatslohn|monatsgehalt)\s+(?:von\s+)?)$"
)
EXAMPLE_INCOME_SENTENCE = (
    r"entlastung|ersparnis|mehr\s+zur\s+verfügung|entspricht\s+das\s+einer\s+(?:pension|rente)"
    r"|(?-u:\b)(?:bleiben|bleibt)\s+(?:dir|ihnen|dann|davon|netto)(?-u:\b)"
)
"""``bei`` or ``mit`` an income opening a clause before a figure (``EXAMPLE_INCOME_BEFORE``), in a
sentence of what follows from it (``EXAMPLE_INCOME_SENTENCE``: ``Bei einem Gehalt von 8.700 Euro
entspricht das einer Rente von …``, ``Mit einem Monatsgehalt von 2.600 Euro bleiben dir …``): an
example income (``hypothetical``)."""
EXAMPLE_INCOMES = r"(?:^|[,;:]\s*)bei\s+[0-9]"
"""Or two or more clauses opening ``bei`` a figure in one sentence (``Bei 3.400 Euro Monatslohn
bleiben 310 Euro mehr, bei 6.200 Euro sogar 480 Euro``): a table of examples."""
PER_NIGHT_BEFORE = r"(?-u:\b)(?:pro|je)\s+(?:nacht|schicht)(?-u:\b)[^.;:,0-9]{0,40}$"
OWN_PERIOD_AFTER = (
    r"^\s*(?:brutto\s+)?(?:stundenlohn|die\s+stunde|pro\s+stunde|in\s+der\s+stunde|je\s+stunde"
    r"|im\s+monat|pro\s+monat|monatlich|im\s+jahr|pro\s+jahr|jährlich|stündlich|/\s*(?:std|stunde|monat|jahr))"
)
"""``PER_NIGHT_BEFORE``, before a figure in its clause (lower case): a rate per night or shift
(``bekommt er je Schicht etwa 90 Euro``), a ``per_unit_rate``; not when the figure names its own
period after it (``OWN_PERIOD_AFTER``: ``ergibt das 4,80 Euro Stundenlohn``, ``2.950 Euro brutto im
Monat``)."""
CLAIMED_BEFORE = (
    r"(?:(?-u:\b)(?:begehrt|begehren)|(?:kläger|klägerin|er|sie)\s+begehrte)\s+(?:(?:die|eine)\s+(?:zahlung|vergütung|nachzahlung|entschädigung)\s+"
    r"(?:von\s+|in\s+höhe\s+von\s+)?)?(?:insgesamt\s+|noch\s+|weitere\s+)?$"
)
"""Right before a figure (lower case): what a party to a case asks for (``Der Kläger begehrt
28.000 Euro``), a claim (``demand_or_proposal``)."""
INCOME_OF_BEFORE = (
    r"(?-u:\b)(?:ein|eine|einem)\s+(?:monatliche[sn]?\s+|jährliche[sn]?\s+)?"
    r"(?:brutto|netto)?(?:einkommen|verdienst|lohn|gehalt|monatseinkommen|jahreseinkommen)\s+(?:von\s+(?:rund\s+|etwa\s+|nur\s+)?)?$"
)
"""An income of a figure (``ein Bruttoeinkommen von``, right before it, lower case) after the verb
saying it suffices, no punctuation between (``SUFFICES_BEFORE``: ``reicht vielerorts ein
Bruttoeinkommen von 600 Euro``): a ``threshold``."""
_SUFFICES_VERB = r"(?-u:\b)(?:reicht|reichen|genügt|genügen)\s+(?:[^\s,;:]+\s+){0,12}?"
SUFFICES_BEFORE = _SUFFICES_VERB + INCOME_OF_BEFORE.removeprefix(r"(?-u:\b)")
SUFFICES_BROKEN_BEFORE = _SUFFICES_VERB + r"(?:und|oder|aber|sowie)\s"
"""``SUFFICES_BEFORE`` broken by a conjunction (``reicht Bewerbungen ein und bekommt ein Gehalt
von``): the verb is another clause's."""
SENTENCED_SENTENCE = r"(?-u:\b)(?:verurteilt|verpflichtet\s+sich|verpflichten\s+sich)"
TO_PAY_AFTER = r"^\s*(?:brutto\s+|netto\s+)?(?:\S+\s+)?zu\s+zahlen(?-u:\b)"
"""A court's order (``verurteilte die Firma, an den Kläger 1.000 EUR zu zahlen``: the verdict
in the sentence, ``zu zahlen`` right after the figure), or a settlement's (``Die Beklagte verpflichtet sich,
… 1.200 € brutto zu zahlen``): a sum awarded or agreed, no pay (``one_off_payment``)."""
AT_DISPOSAL_AFTER = (
    r"^\s*(?:(?:brutto|netto|jährlich|monatlich|im\s+(?:monat|jahr)|pro\s+(?:monat|jahr|kopf))\s+)*"
    r"(?:für\s+[^.,;:0-9…]{0,30}?\s+)?zur\s+verfügung(?-u:\b)"
)
"""Right after a figure (lower case): money at one's disposal (``18.207 Euro für Konsum und Sparen
zur Verfügung``; not a person available: ``verdient 2.900 Euro und steht nachts zur Verfügung``),
disposable income, no gross pay (``net_pay``)."""
COUPLE_TOGETHER_BEFORE = r"(?-u:\b)(?:zusammen|gemeinsam)\s+(?:verdienen|kommen|bringen)\s+(?:sie|beide|die\s+beiden)\s+(?:\S+\s+){0,3}?$"
"""Right before a figure (lower case): what two earn together (``Zusammen verdienen sie mehr als
9.000 Euro brutto``), a household's sum (``budget_or_turnover``), however it names pay after it."""
CATEGORY_BRACKET_BEFORE = r"kategorie(?:\s+(?:für|der|von)\s+[a-zäöüß]+)?\s*\(\s*$"
"""Right before a figure (lower case): a category it bounds, in brackets (``in der obersten
Kategorie (mehr als 9.000 Euro)``): a class of incomes, no one's pay (``threshold``)."""
TAKE_HOME_AFTER = r"^\s*(?:\S+\s+){0,2}?mit\s+nach\s+hause|^\s*(?:netto\s+)?raus(?-u:\b)"
"""Right after an amount: take-home pay, net (``nimmt … 1.718 Euro mit nach Hause``, ``habe ich
ungefähr 1.300 Euro raus``), unless ``GROSS_OR_YEARLY_BEFORE``."""
GROSS_OR_YEARLY_BEFORE = r"(?-u:\b)(?:jahres|brutto)[a-zäöüß]+\s+[^0-9.;:!?]{0,30}$"
"""Right before an amount (lower case): a year's pay or gross pay named, no figure between
(``ein mittleres
Jahresgehalt von 58.300 Euro mit nach Hause nehmen``): no net figure, whatever the idiom
after it says (nobody states a year's pay net)."""

LARGE_PAY_WORDS = (
    r"vergütung|gehalt|gehält|bezüge|verdien|einkommen|salär|gage|jahresgage|vorstand|vorständ|manager|ceo|chef"
    r"|kassier|spieler|profi|trainer|coach|streicht"
)
"""A ``Mio.``/``Millionen`` amount is pay (an executive's or a star's annual pay) only in a
sentence, or after a sentence, with one of these words, or in a text whose money lines speak
of both pay and executives (``EXECUTIVE_PAY``); otherwise it is a budget or turnover."""

PAY_CONTEXT = (  # also the period words and the seniority cues
    r"gehalt|gehält|verdien|lohn|löhne|einkommen|vergütung|brutto|salär|bezüge|besoldung|entgelt|honorar"
    r"|stundensatz|tarif|bezahl|diät|gage|(?-u:\b)sold|bekomm|erhält|erhalt|kommt\s+auf|kommen\s+auf|zahlt|zahlen"
    r"|einst[ie][ie]g|erfahr|berufsjahr|junior|senior|azubi|auszubild|ausbildung|lehrjahr|praktik|werkstudent"
    r"|beruf|job|stelle|arbeit|beschäftigt|mitarbeit|angestellt|fachkr|beamt|vorstand|chef|ceo|manager"
    r"|monatlich|jährlich|p\.\s?a\.|(?-u:\b)pro\s+(?:jahr|monat|stunde)|(?-u:\b)im\s+(?:jahr|monat)|/\s?(?:jahr|monat|std|h)(?-u:\b)|stunde"
    r"|bieten|angebot|fixum|paket|aushilf|trainee|anf[aä]ng|leit|führung|geschäftsführ|position|rechnen|nehme|(?-u:\b)drin(?-u:\b)"
)
"""Words of a text about pay or work. A euro amount with none of them in its sentence, in
the ``PAY_CONTEXT_SENTENCES`` sentences before it, nor in the next one, in a text that
never names pay (``STRONG_PAY``), is skipped as ``no_pay_context`` (``Die Bank erlässt den
restlichen Betrag von 3.604,50 Euro``)."""

PAY_CONTEXT_SENTENCES = 4

STRONG_PAY = (
    r"gehalt|gehält|verdien|lohn|löhne|einkommen|vergütung|brutto|salär|bezüge|besoldung|entgelt|tarif|diät|gage"
    r"|fixum|monatlich|jährlich|p\.\s?a\.|pro\s+(?:jahr|monat|stunde)|im\s+(?:jahr|monat)|/\s?(?:jahr|monat|std|h)"
)
"""Words that name pay itself, or its period: a text with one of them is about pay."""

MONTH_OR_YEAR_MIN = 10_000
"""From this size up to the year's least figure (``Settings.annual_min_amount``), a figure with
no period word may be a month's or a year's: the text's figures before it decide
(``pipeline._with_year_before``)."""
YEAR_BEFORE_SENTENCES = 4
MONTH_LIKE_YEAR_MAX = 30_000
"""Up to this size a figure inferred to be a year's may be a month's after a month's figure of
like size (``pipeline._with_month_before``)."""

EXECUTIVE_PAY_MIN = 100_000
"""A year's figure from this size up, in a text about executives' pay (``executive_text``),
is an executive's when nothing else names its level (``lead``)."""

AVERAGE_WORDS = r"durchschnitt|im\s+schnitt|pro\s+kopf|(?-u:\b)je\s+(?:vorstand|kopf|person)"

AGGREGATE_GROUP_AFTER = (
    r"(?-u:\b)insgesamt\s+(?:[^\s;]*[^\s,;]\s+){0,12}?(?:die|alle)\s+(?:[\w-]+\s+)?[\w-]*"
    r"(?:chefs|bosse|manager|ceos|vorstände|vorstandsmitglieder|geschäftsführer|gremien)(?::innen|\*innen|innen)?(?-u:\b)"
)
"""A sum, then the group it is paid to, in the same clause (``Insgesamt 19,2 Millionen Euro haben
die Vorstände … bekommen``, ``Mit insgesamt … liegen die Manager:innen vorn``): like
``AGGREGATE``, unless the group is one compared with (``COMPARED_WITH_GROUP``)."""

COMPARED_WITH_GROUP = (
    r"(?-u:\b)als\s+(?:die|alle)\s+(?:\S+\s+)?[\w-]*(?:chefs|bosse|manager|ceos|vorstände|vorstandsmitglieder|geschäftsführer|gremien)"
    r"|(?:übrigen|(?-u:\b)anderen)\s+[\w-]*(?:chefs|bosse|manager|ceos|vorstände|vorstandsmitglieder|geschäftsführer)"
)
"""A group a figure is compared with (``mehr als die Vorstände von BMW``, ``die übrigen
Vorstände``): no sum over that group (``AGGREGATE_GROUP_AFTER`` does not hold)."""

ONE_OF_THE_TOP = (
    r"(?-u:\b)(?:eine[sr]?|zu\s+den|unter\s+den)\s+(?:der\s+)?(?:höchsten|besten|größten|üppigsten|niedrigsten|geringsten)\s+"
    r"(?:gehälter|gehältern|vergütungen|bezüge|bezügen|einkommen)(?:\s+(?:der|aller)\s+(?:\S+\s+)?[\w-]+)?"
)
"""One of the highest of a group (lower case: ``eines der größten Gehälter aller Manager``): one
person's pay ranked, blanked before a sum over the group is looked for (``AGGREGATE``)."""

AGGREGATE = (
    # (not ``zusammen mit``/``gemeinsam mit``: ``führt … gemeinsam mit VW-Chef X die Rangliste an``)
    r"(?-u:\b)(?:zusammen|gemeinsam)(?:$|[^\w\s]|\s+(?:[^m\s]|m[^i]|mi[^t]|mit\w))|(?-u:\b)in\s+summe(?-u:\b)"
    # (``verdienten … zusammengenommen``, ``erhielten insgesamt``: a plural verb's sum)
    r"|zusammengenommen|(?-u:\b)(?:erhielten|bekamen|kassierten|verdienten)\s+insgesamt(?-u:\b)"
    # (a board with its members counted: ``Der Vorstand, dem fünf Manager angehören, bekommt …``)
    r"|(?-u:\b)(?:dem|der)\s+(?:\S+\s+){0,2}?(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|[0-9]{1,2})\s+"
    r"(?:manager|managerinnen|mitglieder|personen|vorstände|direktoren)\s+angehören(?-u:\b)"
    # (a count of people or firms: ``die 29 Vorstandschefs``; not ``die 100 Meter``)
    r"|(?-u:\b)(?:die|der|alle|ihre|seine|unsere)\s+[0-9][0-9.]*\s+(?:[\w-]+\s+)?[\w-]*(?:chefs|bosse|manager|mitglieder"
    r"|vorstände|beschäftigten?|mitarbeiter|mitarbeitenden|angestellten?|spieler|profis|abgeordneten?|ceos|kräfte"
    r"|direktoren|personen|menschen|beamten?|konzerne|unternehmen|firmen|vereine|clubs|klubs|athleten|sportler)(?-u:\b)"
    r"|(?-u:\b)für\s+(?:die\s+)?(?:gehälter|löhne|bezüge|besoldung|personalkosten)(?-u:\b)"
    r"|(?-u:\b)für\s+das\s+gehalt\s+(?:seiner|ihrer|der|aller)\s"
    # (``die Gesamtvergütung der Dax-Chefs``, ``die Vergütungen der DAX-Vorstandschefs``)
    r"|(?:gesamtvergütung|vergütungen|gehälter|bezüge)\s+(?:der|aller)\s+(?:\S+\s+)?[\w-]*(?:chefs|vorstände|manager|ceos|bosse)(?-u:\b)"
    # (paid to many: ``an 21 Moderatoren insgesamt 1,88 Millionen Euro gezahlt``; a whole board's pay:
    # ``die Vergütung des Aufsichtsrats von X … mit rund 7,8 Millionen Euro``)
    r"|(?-u:\b)an\s+(?:[0-9]+|alle)\s+(?:\S+\s+){1,4}?insgesamt(?-u:\b)"
    r"|(?-u:\b)(?:gesamt)?vergütung\s+(?:des|der)\s+(?:gesamten\s+)?(?:aufsichtsrats|aufsichtsrates|aufsichtsräte)(?-u:\b)"
    # (the members of many boards: ``Die Vorstände der 120 größten Versicherer haben … verdient``,
    # ``erhielten die Chefs 17,1 Millionen Euro``, ``21 Millionen Euro für Bankchefs``)
    r"|(?-u:\b)(?:die|alle)\s+(?:vorstände|chefs|manager|bosse|vorstandsmitglieder)\s+(?:der|von)\s+(?:den\s+)?(?:[0-9][0-9.]*|allen|sämtlichen)\s"
    r"|(?-u:\b)(?:erhielten|bekamen|kassierten|verdienten|strichen)\s+(?:die|alle)\s+(?:\S+\s+)?[\w-]*(?:chefs|bosse|vorstände|manager)(?-u:\b)"
    r"|(?-u:\b)für\s+(?:die\s+)?[\w-]*(?:chefs|bosse|vorstände)(?-u:\b)"
    # (``Insgesamt erhielten die Konzernchefs aus dem DAX …``)
    r"|(?-u:\b)(?:die|alle)\s+[\w-]*(?:chefs|bosse|manager|ceos|vorstände|gremien)\s+(?:\S+\s+){0,6}?insgesamt(?-u:\b)"
    # (``Der gesamte Vorstand kassiert …``, ``Neben den festen Grundgehältern (insgesamt …)``)
    r"|(?-u:\b)(?:der|die|den|dem)\s+gesamten?\s+(?:vorstand|aufsichtsrat|führungsriege|geschäftsführung|konzernspitze)"
    r"|(?:gehälter|gehältern|bezüge|bezügen|vergütungen)\s*\(\s*insgesamt(?-u:\b)"
    r"|(?-u:\b)insgesamt\s+(?:erhielten|bekamen|kassierten|verdienten|erhalten|bekommen|kassieren|verdienen)\s+"
    r"(?:die|alle)\s+(?:(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|[0-9]{1,3})\s+)?"
    r"[\w-]*(?:chefs|bosse|manager|ceos|vorstände|politiker|mitglieder|abgeordneten|geschäftsführer)(?-u:\b)"
)
"""Words of a sum over many people (``Insgesamt erhielten die 29 Vorstandschefs rund 200
Millionen Euro``, ``zusammen``): a large amount beside them is no one's pay
(``budget_or_turnover``), nor what is spent ``für die Gehälter`` of a group; ``eine
Vergütung von insgesamt 15,37 Millionen Euro`` is one person's."""

BOARD_COUNTED = (
    r"(?-u:\b)(?:die|ihre|seine|eine|unsere|das|ihrer|seiner|ihren|seinen)\s+(?:[0-9]{1,2}-|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)köpfige[nrs]?\s+"
    r"(?:führung|geschäftsführung|vorstand|vorstandsriege|gremium|leitung|spitze|führungsriege|direktorium|konzernspitze)(?-u:\b)"
    r"|(?-u:\b)(?:an|für)\s+(?:die|ihre|seine)\s+(?:beiden|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|[0-9]{1,2})\s+(?:\S+\s+)?"
    r"(?:geschäftsführer|vorstände|vorstandsmitglieder|manager|direktoren)(?:innen|n)?(?-u:\b)"
    # (``die Gesamtbezüge der Geschäftsleitung lagen bei``)
    r"|gesamtbezüge\s+(?:des|der)\s+(?:\S+\s+)?(?:vorstand|vorstandes|vorstands|geschäftsführung|geschäftsleitung)\s+"
    r"(?:betrugen|beliefen|lagen|summierten|stiegen|sanken|beträgt|belaufen|liegen)(?-u:\b)"
    # (``die Vergütung der beiden Geschäftsführer``, ``für beide Geschäftsführer``, ``die insgesamt 190 Vorstände``)
    r"|(?-u:\b)(?:der\s+beiden|für\s+beide|(?:die|der)\s+insgesamt\s+[0-9]{1,3})\s+(?:\S+\s+)?"
    r"(?:geschäftsführer|geschäftsführern|vorstände|vorständen|vorstandsmitglieder|vorstandsmitgliedern|manager|direktoren)(?-u:\b)"
    # (a figure two earned together: ``Zusammen mit ihrer Vorstandskollegin X erhielt sie …``)
    r"|(?-u:\b)(?:gemeinsam|zusammen)\s+mit\s+(?:\S+\s+){0,2}?(?:vorstands|geschäftsführer|geschäftsführungs|aufsichtsrats)kolleg(?:e|en|in|innen)(?-u:\b)"
    # (a group counted as the subject: ``Diese sechs Manager steigerten ihre Bezüge …``)
    r"|(?-u:\b)diese\s+(?:beiden|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|[0-9]{1,2})\s+(?:\S+\s+)?"
    r"(?:personen|manager|managerinnen|geschäftsführer|vorstände|vorstandsmitglieder|direktoren|chefs|top-verdiener)"
    r"\s+(?:\S+\s+){0,2}?(?:ihr|ihre)\s+(?:gesamt)?(?:gehalt|gehälter|bezüge|vergütung|vergütungen|gage|gagen)(?-u:\b)"
)
BOARD_EACH = r"(?-u:\b)(?:je|jeweils|jede[rmns]?|durchschnittlich|pro\s+kopf|allein)(?-u:\b)|im\s+(?:schnitt|durchschnitt)"
"""Beside a board's words: the figure is each member's (``ihren Managern im Schnitt``, ``… allein 9
Millionen``), no total."""
BOARD_TOTAL_MIN = 100_000.0
"""A board counted (``ihrer dreiköpfigen Führung``, ``an die drei Geschäftsführer``): a figure
from ``BOARD_TOTAL_MIN`` up beside it is the board's total (``BOARD_TOTAL`` is read for figures
in millions only)."""

BOARD_TOTAL = (
    r"(?-u:\b)(?:des|dem|ihrem|seinem|den|gesamten)\s+(?:\S+\s+)?vorstand(?:es|s)?(?-u:\b)|vorstand\s+insgesamt"
    r"|(?-u:\b)(?:das|dem|des)\s+top-?managements?(?-u:\b)"
    # (a supervisory board as a body: ``der Mercedes-Benz-Aufsichtsrat mit 5,9 Millionen Euro``)
    r"|aufsichtsrat(?:es|s)?(?-u:\b)|vorstände\s+(?:\S+\s+){0,3}?insgesamt"
    # (a board by its size or as a body, its members as the payees: ``Das 20-köpfige Gremium
    # erhielt``, ``überwiesen ihren Aufsichtsräten``, ``an die drei Geschäftsführer``)
    r"|(?-u:\b)[0-9]{1,2}-köpfige[nrs]?\s|(?:kontroll|aufsichts)?gremium(?-u:\b)|(?-u:\b)(?:ihren|seinen|den)\s+(?:aufsichtsräten|vorständen|vorstandsmitgliedern|geschäftsführern|managern)(?-u:\b)"
    r"|(?-u:\b)(?:an|für)\s+(?:die|ihre|seine)\s+(?:beiden|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|[0-9]{1,2})\s+(?:\S+\s+)?"
    r"(?:geschäftsführer|vorstände|vorstandsmitglieder|manager|direktoren)(?:innen|n)?(?-u:\b)"
    # (a count of board members: ``Die sieben Vorstandsmitglieder erhielten``, ``für vier Mitglieder``)
    r"|(?-u:\b)(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|[0-9]{1,2})\s+(?:\S+\s+)?"
    r"(?:vorstandsmitglieder|vorstände|mitglieder|aufsichtsräte)n?(?-u:\b)"
)
"""In the figure's clause: a whole board's pay (``Die Gesamtvergütung des Vorstandes lag bei 14
Millionen Euro``, ``zahlte ihrem Vorstand insgesamt acht Millionen Euro``, ``Die sechs
Vorstandsmitglieder erhielten 9 Millionen Euro``), a sum over several people too
(``budget_or_turnover``); not with ``je``/``jeweils`` (each one's pay)."""

TOPIC_REASONS = ["one_off_payment", "bonus_or_allowance", "threshold", "benefit_or_stipend", "price_or_fee"]
"""Kinds of money a sentence without figures can be about, continued by the next sentence
when it opens with a pronoun (``… die Beitragsbemessungsgrenze. Die liegt bei 4.837,50
Euro.``)."""

BUDGET_TOPIC = r"(?-u:\b)(?:saison|jahres|gesamt|spieler)?(?:etat|budget)s?(?-u:\b)|(?-u:\b)(?:jahres)?umsatz"
"""A sentence without figures naming a budget or turnover, continued by the next sentence when
it opens with a pronoun (``… zu seinem Saisonetat. Nach Schätzungen soll er bei rund 250.000
Euro liegen.``): ``budget_or_turnover``; only the budget's own names, not the wider words of
``NOT_PAY_REASONS`` (``Einkommensgewinner``, ``finanziert durch``)."""

BESIDES_BASE_PAY = (
    r"(?-u:\b)(?:neben|zusätzlich\s+zu[mr]?|außer|plus|zzgl\.|zuzüglich)\s+(?:(?:der|dem|den|die|das|ihrem|ihrer|seinem|seiner)\s+)?"
    r"(?:grundgehalt|festgehalt|fixgehalt|grundlohn|basisgehalt|grundvergütung|grundentgelt|fixum)"
)
"""Base pay named as what the figure comes on top of (``neben der Grundvergütung``): the
figure is no base pay."""

BASE_PAY_WORDS = [
    "grundgehalt",
    "festgehalt",
    "fixgehalt",
    "grundlohn",
    "basisgehalt",
    "grundvergütung",
    "grundentgelt",
    "fixum",
]
BASE_PAY_LAST = rf"^.*(?:{'|'.join(BASE_PAY_WORDS)})\w*"
"""The clause before a figure up to the last name of base pay in it: words before that name
(``im Bonusmodell ein fixes Grundgehalt von ca. 3.200 €``) say nothing of the figure."""

PAY_OF_LAST = (
    r"^.*(?-u:\b)(?:ein|einem|einen|das|dein|ihr|sein)\s+(?:[a-zäöüß]+\s+)?"
    r"(?:gehalt|lohn|einkommen|verdienst|bruttogehalt|monatsgehalt|jahresgehalt)\s+(?:von|in\s+höhe\s+von)"
    r"(\s+(?:etwa\s+|rund\s+|ca\.\s*)?…)"
)
"""The clause before a figure up to a pay named right before it (``ein Gehalt von etwa …``,
group 1 kept): the words before say nothing of the figure."""

DIFFERENCE_NOUNS = (
    r"differenz|unterschied(?:e|en|es|s)?(?-u:\b)|gehaltslücke|lohnlücke|gender\s+pay\s+gap|abstand(?-u:\b)|vorsprung|rückstand|spreizung|schwankung"
    r"|(?:einkommens|lohn|gehalts)vorteil|(?-u:\b)(?:der|dieser)\s+vorteil(?-u:\b)"
    r"|zwischen\s+(?:der|den)\s+(?:tg|eg|entgeltgruppen?|tarifgruppen?|lohngruppen?|gruppen?)\s*[0-9]+\w?\s*(?:&|und|bis)\s*[0-9]"
)
"""A difference named in the clause before an amount (``Die Differenz beträgt 25.000 Euro``,
``der Abstand zwischen der TG 9 und 10``):
no level of pay, unless the clause speaks of pay itself (``Unterschiede gibt es: In Bayern
verdienen Köche …``)."""

OPENS_WITH_DEMONSTRATIVE = r"^\W*(?:diese|dieser|dieses)(?-u:\b)"
"""A sentence opening with a demonstrative goes on about a noun of the sentence before: a
small figure after a raise noun there is the raise (``… eine Gehaltserhöhung. Diese bewegt
sich zwischen 150 und 300 Euro``)."""

FRAGMENT_MAX = 60
"""A sentence shorter than this (characters) right after one naming a raise goes on about it
when its figure is small (``… eine Gehaltserhöhung bekommen. 50 Cent / Stunde bzw. 80 Euro /
Monat.``)."""

OPENS_WITH_PRONOUN = (
    r"^\W*(?:die|diese|dieser|dieses|sie|er|es|der|das|dies)(?-u:\b)|^\W*von\s+.{0,60}?\sauf\s"
    r"|(?-u:\b)(?:bedeutet|heißt|hieße)\s+das(?-u:\b)"
    r"|^\W*(?:\S+\s+){1,3}?(?:soll|sollte|dürfte|liegt|lag|beträgt|betrug)\s+(?:er|sie|dieses|dieser|diese)\s"
    # (a fragment going on: ``Jedoch maximal 1.800 € und mindestens 300 € pro Monat.``)
    r"|^\W*(?:jedoch|aber|allerdings)\s+(?:maximal|mindestens|höchstens|bis\s+zu)\s"
    r"|^\W*(?:\S+\s+){0,3}?(?:macht|machen|machte)\s+(?:es|das|dies|sie)\s"
    r"|^\W*(?:[\wäöüß.-]+\s+){0,4}?(?:sind|ist|waren|war)\s+es\s+(?:dann\s+|danach\s+|nun\s+|schon\s+)?(?:rund\s+|etwa\s+|knapp\s+)?[0-9]"
    r"|^\W*(?:\S+\s+){0,5}?(?:sind|ist|waren|war)\s+(?:das|dies)\s+(?:zum\s+beispiel\s+|z\.\s?b\.\s+|beispielsweise\s+|jeweils\s+)?(?:rund\s+|etwa\s+|knapp\s+)?[0-9]"
)
"""A sentence that goes on about the one before (lower case): a pronoun first, or right after
the verb (``Nach Schätzungen soll er bei …``), ``von … auf``, ``bedeutet das``, or ``Nach vier
Jahren sind es dann 1.800 Euro``."""

RESTATED_SENTENCES_BACK = 4
RESTATED_RATIOS = (
    (0.98, 1.02),  # the same figure again
    # a month's figure for a year (12 to 14 salaries, rounded: ``über 40.000`` of 3.400; a range's
    # upper bound against the one before, rounded up: ``25.000 bis 28.000 Euro … 2.000 bis 2.500``)
    (11.0, 14.2),
    (1 / 14.2, 1 / 11.0),  # a year's for a month
    (1 / 200, 1 / 120),  # a month's for an hour (120–200 hours)
    (120, 200),
    (1 / 2400, 1 / 1400),  # a year's for an hour
    (1400, 2400),
)
"""How a figure opening a sentence with a conversion (``Das macht …``, ``Hochgerechnet …``)
relates to a figure before it: it restates one only if it works one out, with rounding
(``Daraus ergibt sich ein durchschnittliches Einstiegsgehalt von 34.226 Euro`` averages
several: a figure of its own)."""
CONVERTED_RATIOS = RESTATED_RATIOS[1:]
"""The same, for another period only."""
CONVERTED_HOURLY_MAX = 300.0
"""The hour's figure of a pair the hour ratios above relate is below this."""
CONVERTED_AFTER_OR = (
    r"(?-u:\b)(?:bzw\.?|beziehungsweise|oder|also|sprich|umgerechnet|das\s+sind|somit|damit|folglich)"
    r"\s*(?:auf\s+)?(?:(?:rechnerisch|gerechnet|umgerechnet|monatlich|jährlich)\s+)?(?:rund|etwa|ca\.|knapp|gut|ungefähr)?\s*$"
    # (``50.000 € jährlich geeinigt, was ungefähr 3800 € bei 13 Gehältern entspricht``)
    r"|(?-u:\b)was\s+(?:rund|etwa|ca\.|knapp|gut|ungefähr)?\s*$"
    # (``7,50 Euro in der Stunde, 14 500 Euro pro Jahr``: only the first figure's period and a comma)
    r"|^\s*(?:brutto\s+)?(?:(?:in\s+der|pro|die|je)\s+stunde|(?:im|pro|je)\s+(?:monat|jahr)|stündlich|monatlich|jährlich)\s*(?:brutto\s*)?,\s*$"
)
"""Between a figure and the next one of its sentence: ``2.404 € brutto im Monat bzw. 16,69 €
pro Stunde`` — the second, if it works out the first for another period (``CONVERTED_RATIOS``),
restates it."""
CONVERSION_WORD_BEFORE = (
    r"(?-u:\b)(?:entsprechend|dementsprechend|rechnerisch|umgerechnet|hochgerechnet|hochrechnet|hochrechnen|(?:sind|wären|macht)\s+das|das\s+(?:sind|wären)"
    r"|damit|demnach|ergibt|ergeben"
    r"|ergibt\s+sich\s+daraus|daraus\s+ergibt\s+sich|(?:kommt|kommen|käme)\s+(?:sie|er|man)\s+auf)(?-u:\b)[^.;]*$"
)
AT_RATE_BEFORE = r"(?-u:\b)bei\s+einem\s+(?:brutto)?(?:stunden|monats|jahres)(?:lohn|verdienst|gehalt|einkommen)(?:\s+von)?\s*$"
"""Right before a figure, after another period's figure of its sentence (``CONVERTED_RATIOS``): ``im
Monat 3.491,80 € brutto bei einem Stundenverdienst von 20,66 €``, the first worked out for another
period, a ``restatement``."""
"""Before a figure (lower case, in its sentence): a word saying it is worked out from another
(``So wird der monatliche Mindestlohn entsprechend rund 3553 € betragen``): with another
period's figure of the statement before (``CONVERTED_RATIOS``), a ``restatement``. Not
``damit``/``demnach``/``ergibt`` too (``Das Monatseinkommen steigt damit auf 3.393 Euro`` after
``19,50 Euro`` an hour: three blind labellers read it as the hourly rate worked out)."""
TWELVEFOLD_RATIOS = ((11.94, 12.06), (1 / 12.06, 1 / 11.94))
TWELVEFOLD_YEAR_MIN = 8_000.0
"""The year's figure of such a pair is at least this (``276 Euro`` … ``3302 Euro`` is none)."""
"""Exactly twelve times (or a twelfth of) a figure just before: a conversion, even without a
word saying so."""

CONVERSION_RATIOS = (12.0, 1 / 12.0, 173.33, 2080.0, 1 / 173.33, 1 / 2080.0)
CONVERSION_TOLERANCE = 0.02
"""A figure that is the one before it in the sentence times 12, a twelfth, or an hourly
rate's month or year (within 2 %) restates it in another period (``etwa 2.120 € brutto pro
Monat … mit einem Jahresgehalt von 25.440 € rechnen``): a ``restatement``."""

IT_WAS_BEFORE = r"(?-u:\b)(?:waren|sind|war|ist)\s+es\s+(?:(?:nur|sogar|noch|gar|bereits|schon|lediglich|knapp|rund|etwa)\s+){0,2}$"
"""Right before a figure, ``waren es (nur)``: the same measure as the figure before (a raise's
size goes on as a raise: ``stieg um 117 Euro, im Westen waren es nur 86 Euro``)."""

CONTINUED_REASONS = [
    "one_off_payment",
    "bonus_or_allowance",
    "benefit_or_stipend",
    "net_pay",
    "threshold",
    "demand_or_proposal",
]
"""Kinds of payment a next sentence can go on about (a raise or a price is one figure)."""
CHANGED_THING = (
    r"(?-u:\b)(?:erhöhung|anhebung|steigerung|senkung|kürzung|erhöht|erhöhen|erhöhte|erhöhten|steigt|steigen"
    r"|stieg|stiegen|sinkt|sinken|sank|wächst|wachsen|wuchs|klettert|kletterte)\s+(?:sich\s+)?"
    r"(?:der|die|das|des|ihr|ihre|sein|seine)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+)??([a-zäöüß-]+)"
    r"(?:\s+(?:[0-9]{4}|ab\s+\S+|zum\s+\S+|jeweils|nun|künftig|dann|stufenweise|schrittweise|erneut|nochmals|dauerhaft))*"
    r"\s+(?:um\s+(?:rund\s+|etwa\s+|knapp\s+|gut\s+)?[0-9][0-9.,]*\s*(?:euro|€|prozent|%)"
    r"(?:\s+(?:pro|im|je)\s+(?:jahr|monat))?\s+)?auf(?:\s+insgesamt)?\s*$"
)
"""Before a new value, in the lower-cased sentence up to it: the noun a change names right after its
verb or noun, only a year or a word of time, its size (``um X``) and ``auf`` between it and the figure (``erhöht sich
das Urlaubsgeld 2019 um 150 Euro auf``, ``eine Anhebung der Jahressonderzahlung um 800 Euro auf``; not
``Erhöhung der Zulage … kommen auf``, ``erhöhten die Zulage um 20 Euro, der Grundlohn stieg auf``),
group 1: what the new value is the value of."""
NEW_VALUE_REASONS = [
    *CONTINUED_REASONS,
    "budget_or_turnover",
    "price_or_fee",
    "employer_cost",
    "tax_or_deduction",
]
"""Kinds of payment whose new value (``von X auf Y``) is of the same kind: the budget for staff
``klettert von 3.885 Euro auf 4.869 Euro``."""
PLANNED_CHANGE = (
    r"(?-u:\b)(?:soll|sollen|solle)(?-u:\b)(?:[^.;]|[0-9]\.){0,150}?(?:steigen|steigt|erhöht|angehoben|anheben|erhöhen|klettern|wachsen)"
    r"|(?:steigen|erhöht|angehoben|klettern)\s+(?:werden\s+)?(?:soll|sollen)(?-u:\b)"
    # (``Geplant sei eine Anhebung der Grundentschädigung von 5.900 auf 6.100 Euro``)
    r"|(?-u:\b)geplant\s+(?:ist|sei|sind|war|wäre)\s+(?:\S+\s+){0,2}?(?:eine|die)\s+[a-zäöüß]*(?:anhebung|erhöhung)(?-u:\b)"
    # (``Für 2028 ist eine weitere Erhöhung auf 15,10 Euro geplant``)
    r"|(?:anhebung|erhöhung|steigerung)\s+(?:\S+\s+){0,10}?geplant(?-u:\b)"
    # (``Die Kommission schlägt vor, ihn ab 2026 auf 13,90 Euro anzuheben``)
    r"|(?-u:\b)(?:schlägt|schlagen|schlug|schlugen)\s+(?:\S+\s+){0,4}?vor(?-u:\b)[^.;]{0,150}?(?:anzuheben|zu\s+erhöhen)"
)
"""A change only planned (``soll … auf zwölf Euro steigen``, ``auf 13 Euro erhöht werden
soll``): its new value is no pay yet (``demand_or_proposal``); the old value it replaces is."""
PLAN_BEFORE = r"(?-u:\b)(?:soll|sollen|solle|geplant\s+(?:ist|sei|sind|war|wäre)|(?:schlägt|schlagen|schlug|schlugen)\s+(?:\S+\s+){0,4}?vor)(?-u:\b)(?:[^.;]|[0-9]\.){0,150}$"
PLAN_AFTER = (
    r"^[^,;.]{0,60}?(?:steigen|erhöht|angehoben|klettern)\s+(?:werden\s+)?(?:soll|sollen)(?-u:\b)"
    r"|^\s*(?:\S+\s+){0,2}?geplant(?-u:\b)"
)
"""Where a ``PLANNED_CHANGE`` must stand to be the figure's: ``soll`` before it, or the verb and
``soll`` closing its own clause after it (``… auf zwölf Euro erhöht werden soll``), or ``geplant``
right after it (``… auf 15,10 Euro geplant``)."""
SHALL_BE_GIVEN_AFTER = r"^[^,;.]{0,30}?(?:soll|sollen)\s+es\s+(?:dann\s+|künftig\s+)?geben(?-u:\b)"
"""After a figure: a level still to come (``Wenigstens 2.400 Euro soll es künftig geben``), a
``demand_or_proposal``."""
GOAL_TO_REACH_AFTER = r"^[^,;.]{0,30}?zu\s+erreichen(?-u:\b)"
"""After a figure in a sentence naming a goal (``ziel``): a level still to be reached (``Ziel des
Verbands ist, 2028 eine Untergrenze von 10,20 € zu erreichen``), a ``demand_or_proposal``."""
OUGHT_TO_BE_AFTER = r"^[^,;.]{0,20}?(?-u:\b)(?:sollte|sollten|sollten's|sollten’s)\s+(?:es\s+)?(?:schon\s+|mindestens\s+|eigentlich\s+)?sein(?-u:\b)"
"""After a figure: what pay ought to be (``„18 Euro sollten's schon sein“``), a ``demand_or_proposal``."""
PRICE_NAMED_AFTER = r"^\s*[-–—:]\s*(?:diesen|dieser)\s+preis\s+(?:\S+\s+){0,3}?(?:zahlt|zahlen|muss|müssen|kostet|verlangt|verlangen)(?-u:\b)"
"""Right after a figure, past a dash: the figure called a price (``Genau 14,20 Euro – diesen Preis
zahlt man für einen Haarschnitt``; not ``der Preis der Arbeit``, nor ``diesen Preis ist sie … wert``), a
``price_or_fee``."""
WANT_TO_REACH_AFTER = r"^[^,;.]{0,40}?(?-u:\b)erreichen\s+(?:wollen|will|möchten|möchte|wollten)(?-u:\b)"
"""After a figure: a level someone wants to reach (``die 15,20 Euro wollen wir in drei Jahren
erreichen``, ``… erreichen wollen``), a ``demand_or_proposal``."""
PLAN_DECIDED = r"empfehlung|beschlossen|beschluss|verständigt|geeinigt|(?-u:\b)einigung|vereinbart|festgelegt|festgesetzt|tarifvertrag"
"""Beside a ``PLANNED_CHANGE``, words of a decision: the new value is decided (``Auf Empfehlung
der Kommission soll der Mindestlohn … auf 15,40 Euro angehoben werden``)."""
SENTENCE_SUBJECT = r"^\W*(?:[\wäöüß./-]+\s+){0,3}?(?:der|die|das)\s+([\w-]+)"
"""A sentence's subject near its start (``Die Kostenpauschale steigt …``, ``Gleichzeitig wird die
Kostenpauschale …``, ``Auch der Kinderzuschlag …``): group 1, its noun."""

UP_TO_LAST_COMMA = r"^[^\n]*[,;]"
"""The words before a figure up to the last comma or semicolon (removed: what is left is the
figure's own clause)."""

OWN_CLAUSE_OPENING = (
    r"^\s*(?:während|wobei|weil|wenn|ob|dass|daß|sodass|wo|was|wer|womit|der|die|das|dem|den"
    r"|dessen|deren)(?-u:\b)"
)
"""The words after a comma open a clause of their own (a conjunction or a relative pronoun,
lower case): the words before the comma still count as the figure's."""

EARNING_VERB = r"(?-u:\b)(?:verdien\w*|bekomm\w*|bekam\w*|erhält|erhalten|erhielt\w*|beträgt|betragen|betrug\w*|kommt|kommen|kam|kamen)(?-u:\b)"
"""A verb of earning or amounting to (lower case): ``verdient um 3.500 Euro`` is about that much, no
change by it."""

OWN_PAY_VERB = (
    r"(?-u:\b)(?:liegt|liegen|beträgt|betragen|verdien\w*|bekomm\w*|erhält|erhalten|steigt|steigen)(?-u:\b)"
)
"""A verb stating pay (lower case): a figure after one has a clause of its own."""

EARLIER_YEAR_BEFORE = r"[(;,]\s*(?:19|20)[0-9][0-9]\s*:\s*$"
"""Right before a figure (lower-cased): a year and a colon opening a bracket or a list item
(``(2022: 595 Euro; 2021: 619 Euro)``): the value of the figure before it in that year."""

CHAIN_RATIO = (0.1, 10.0)
CHAIN_GAP_MAX = 80
"""At most this many characters between a figure and the one before it for the figure to
continue that one's reason along a chain."""
"""How far a figure may be from the one before it in its sentence (ratio) and still continue
that one's kind of payment along a list (``Leistungsentgelt von 560 Euro bei 32.605 Euro pro
Jahr``: the total is no allowance)."""

CONTINUED_NOW = r"(?-u:\b)(?:derzeit|aktuell|bisher|bislang|heute|zurzeit|momentan|gegenwärtig|zuletzt|zuvor|vorher)(?-u:\b)"
"""A next sentence about what is paid now does not go on about a demand before it (``Verdi
fordert 3.500 Euro. Derzeit sind es 3.100 Euro.``)."""

PER_UNIT_CONTINUED_RATIO = (0.2, 5.0)
PER_UNIT_NOT_CONTINUED = (
    r"gehalt|gehält|lohn|löhne|einkommen|vergütung|bezüge|besoldung|entgelt|verdien|stundensatz"
    r"|monat|jahr|jährlich|stunde|(?-u:\b)std\.|/\s?h(?-u:\b)|(?-u:\b)(?:pro|je|für\s+jede[ns]?)\s"
)
"""A sentence after one ending with a rate per match, show or task (``… 3.000 Euro pro
Einsatz. Der Videoassistent erhält 1.200 Euro.``) goes on with such rates unless it names pay,
earning, a period or a unit of its own (lower case)."""

LIKE_FIGURES_RATIO = (0.5, 2.0)
"""A figure right after one of like size in its sentence (ratio) is an item of a list of like
figures, not a conversion of an earlier one (``Innere Medizin (372.000 Euro), Radiologie
(360.000 Euro)``)."""

CONTINUED_RATIO = (0.5, 2.0)
"""How far a figure of a next sentence may be from the last one before it (ratio) and still
go on about the same kind of payment."""

REFERS_BACK_AS_SUBJECT = (
    r"(?-u:\b)(?:beträgt|betrug|betragen|betrugen|liegt|lag|liegen|lagen)\s+(?:sie|er)(?-u:\b)"
    r"|^\W*(?:sie|er)\s+(?:beträgt|betrug|liegt|lag)(?-u:\b)"
)
"""The payment before as the subject of the figure's verb (``Im Nachwuchsbereich beträgt sie 50
Euro monatlich.``): the same payment for another group, of any size within
``CONTINUED_RATIO_AS_SUBJECT``."""
CONTINUED_RATIO_AS_SUBJECT = (0.2, 5.0)

DEMAND_GOES_ON = r"^\W*diese[rsn]?\s+(?:\S+\s+)?(?:soll|sollen|sollte|sollten)(?-u:\b)"
"""A sentence opening on the pay demanded before, with a modal verb (``… verlangen die Fahrer 2.300
Euro. Diese Vergütung soll später 2.750 Euro erreichen``): the demand goes on, pay words or not."""

REFERS_BACK = (
    r"(?-u:\b)(?:sie|diese[rsn]?|die\s+höhe|der\s+betrag|davon|dafür|ebenfalls|jeweils"
    r"|(?:sind|ist|waren|war)\s+es)(?-u:\b)"
)
GROUP_FRAGMENT = (
    r"^\W*(?:azubis|auszubildende|lehrlinge|praktikanten|teilzeitkräfte|teilzeitbeschäftigte)\s+"
    r"(?:(?:im|in\s+der|in\s+den)\s+[a-zäöüß-]+\s+)?(?:erhalten|bekommen)\s+[^\s,;]+\s+(?:€|euro)\W*$"
)
OTHER_GROUPS_FRAGMENT = (
    r"^\W*[a-zäöüß-]+\s+(?:erhalten|bekommen)\s+[^\s,;]+\s+(?:€|euro)"
    r"(?:\s*,\s*[a-zäöüß-]+\s+[^\s,;]+\s+(?:€|euro))*\W*$"
)
"""A short sentence of other groups' figures alone after an allowance (lower case): ``… eine
monatliche Aufwandsentschädigung von 2.769 Euro. Fraktions-Chefs bekommen 5.466 Euro,
Stellvertreter 4.116 Euro.``: the same allowance, within ``OTHER_GROUPS_RATIO``."""
OTHER_GROUPS_RATIO = (0.2, 3.0)
"""A short sentence giving another group its share (lower case): ``… eine Inflationsprämie von
1.000 Euro. Azubis erhalten 500 Euro.``: the same kind of payment, no larger."""
"""Words of a sentence that goes on about the payment before it (lower case): ``Nach vier
Jahren sind es dann 1.800 Euro.``"""

BENEFITS = (
    r"bürgergeld|regelsatz|regelsätze|regelbedarf|sozialhilfe|grundsicherung|(?-u:\b)rente|hartz|kindergeld|elterngeld|wohngeld|bafög"
    r"|kinderzuschlag|arbeitslosengeld|krankengeld|pflegegeld|unterhaltsvorschuss"
)
"""A text whose opening (``BENEFIT_OPENING_CHARS``) is about benefits and names no pay:
its amounts in sentences that do not name pay are benefits (``Alleinstehende Erwachsene
sollen 563 Euro im Monat erhalten``)."""

CENTS_MIN = 0.004
"""A figure whose fraction is at least this has cents (``21.496,44``): too exact to recur by chance."""

QUOTE_CHANGE_LINE = r"^\s*[+\-−]?[0-9][0-9.,]*\s*\(\s*[+\-−]?[0-9][0-9.,]*\s*%\s*\)\s*$"
"""The line below a line that is nothing but a figure: the figure's change and its percentage
(``-261,14 (-1,45%)``). The figure is a market quote (a price), not pay."""

ALLOWANCE_TOPIC = r"aufwandsentschädigung|sitzungsgeld|ehrenamtspauschale|übungsleiterpauschale"
"""A text whose opening is about an honorary office's allowance and names no pay: its amounts
in sentences that do not name pay are that allowance (``In Orten bis 1.500 Einwohner bekommt der
Bürgermeister mindestens 1.170 Euro pro Monat``)."""

NET_INCOME_TOPIC = r"verfügbare[ns]?\s+(?:pro-kopf-)?einkommen|kaufkraft|nettoeinkommen"
NET_FIGURES_DECLARED = (
    r"(?:zahlen|angaben|werte|beträge)\s+(?:zum|zu[mr]|des|der|für\s+das)\s+(?:monatlichen\s+|durchschnittlichen\s+)?"
    r"netto(?:einkommen|gehalt|lohn|verdienst)"
)
"""An opening declaring that the text's figures are net (``Wir zeigen dir Zahlen zum monatlichen
Nettoeinkommen``): a ``net_income_text`` whatever pay words it uses besides."""
NET_INCOME_NOT = r"gehalt|gehält|verdien|(?:^|[^e])lohn(?:$|[^te])|lohnte|löhne|vergütung|brutto|salär|bezüge|besoldung|entgelt|tarif"
"""A text whose opening (``BENEFIT_OPENING_CHARS``) is about disposable income or purchasing
power (``Verfügbares Einkommen der Kölner steigt``) and names no pay but ``Einkommen``: its
amounts in sentences that do not say ``brutto`` are net incomes per head, no gross pay
(``net_pay``)."""

_SPORT = r"spieler|profi|bundesliga|fußball|sportler|athlet|radfahrer|radprofi|trainer|tennis|formel|nba|nfl|kicker|torwart|stürmer"
_PAID = r"gehalt|gehält|verdien|bezahlt|gage|einkommen|salär|topverdiener"
SPORT_PAY_TITLE = rf"(?:{_PAID})[^\n]{{0,80}}?(?:{_SPORT})|(?:{_SPORT})[^\n]{{0,80}}?(?:{_PAID})"
"""A title about athletes' pay (``Gehälter in der Bundesliga``, ``Die bestbezahlten Radfahrer``):
its ``Mio.`` amounts are pay, not budgets (``sport_pay_text``), also in a list far below it."""
NEVER = r"[^\s\S]"
"""A pattern that matches nothing."""

BENEFIT_OPENING_CHARS = 300

PRICES = (
    r"mieten?(?-u:\b)|mietpreis|wohnungsmarkt|immobilienpreis|quadratmeterpreis|kaufpreis|preise|gebühren"
    r"|eigenanteil|heimplatz|heimplätze|zuzahlung|aus\s+eigener\s+tasche|in\s+die\s+tasche\s+greifen"
    r"|verrechnungssatz|verrechnungssätze|handwerkerstunde|preisübersicht|preisliste"
    r"|(?-u:\b)kosten\s+(?:und|der|des|für|einer|eines|im\s+überblick)(?-u:\b)|was\s+kostet|kostenbeispiel|kostenübersicht"
    r"|kostenaufstellung|preisniveau|schulgeld|führerschein"
)
"""A text whose title or opening is about rents, prices or what care-home residents pay (and
names no pay, nor getting money: ``PRICE_TEXT_NOT_PAY``): its amounts in
sentences that do not name pay are prices (``Frankfurt am Main mit 12,76 Euro``)."""


ONE_OFF_TOPIC = (
    r"inflationsausgleich|inflationsprämie|sonderzahlung|einmalzahlung|corona-prämie|urlaubsgeld|weihnachtsgeld|bonuszahlung"
    r"|erfolgsbeteiligung|gewinnbeteiligung|ergebnisbeteiligung"
)
"""A text whose title or opening is about one-off payments (and names no pay:
``ONE_OFF_TEXT_NOT_PAY``): its amounts in sentences that do not name pay are such payments
(``… wo der maximale Betrag von 3000 Euro häufiger zur Auszahlung kam``)."""
MONTHLY_OR_TRAINING_YEAR = r"(?:im|pro|je)\s+monat(?-u:\b)|monatlich|lehrjahr|ausbildungsjahr"
"""In a figure's clause (lower case): a month's pay or a training year's, no one-off payment."""
ONE_OFF_TEXT_NOT_PAY = (
    r"gehalt|gehält|verdien|(?:^|[^e])lohn(?:$|[^t])|löhne|einkommen|vergütung|besoldung|entgelt"
)
"""Pay itself, compounds too (``Einstiegslohn``; not ``Belohnung``, nor ``Tarifbeschäftigte``: a
tariff's employees get the payment too)."""

NET_QUESTION_BEFORE = r"netto[^.!?]{0,80}\?[\s\"“”'»«]*$"
"""A sentence before that asks for net pay (``Wie viel verdienen Sie im Durchschnitt netto?``):
the answer's figures are net (unless it says ``brutto``)."""

CALCULATOR_TITLE = r"rechner(?-u:\b)|gehaltsrechner|lohnrechner"
"""A title naming a calculator (``Brutto Netto Rechner``, ``Gehaltsrechner 2025``): the page's
figures are worked examples (``hypothetical``), not anyone's pay."""
CALCULATOR_NOT = r"verdien|(?-u:\b)so\s+viel|gehalt\s+(?:als|von|für)"
"""A calculator's title that also says what someone earns (``Was verdient ein Koch? Mit
Gehaltsrechner``) is read as usual."""

WORKED_OUT = r"^\W*(?:ergibt|ergab|macht|machte)\s|(?-u:\b)(?:entspricht|entsprach)\s+(?:das|dies)\s"
"""A figure worked out from one before: a sentence opening with the verb of a sum (``Ergibt
einen Stundenlohn von 5,57 EUR.``, ``Macht 10,15 EUR die Stunde.``) or ``entspricht das`` before
it (``Bei einer Vollzeitstelle entspricht das einem Bruttogehalt von ca. 2.737 €``): a
``restatement`` when a figure stands before it (in its sentence or the one before)."""

VAT_AFTER = r"^.{0,30}?(?:mwst|mehrwertsteuer|umsatzsteuer|(?-u:\b)ust\.)"
"""Right after a figure (lower case), VAT added or included: a price (pay carries none)."""
VAT_BEFORE = r"(?:mwst|mehrwertsteuer|umsatzsteuer|(?-u:\b)ust)\.?\s*=\s*$"
"""Right before a figure: ``zzgl. 19 % MwSt. =``, the price with VAT."""

LIMIT_VERB_AFTER = (
    r"^(?:[^.;:,]{0,20}?\s)?(?:überschreiten|übersteigen|unterschreiten|überschreitet|übersteigt)(?-u:\b)"
)
"""Right after a figure, a verb of passing it (``darf … die Höhe von 450 Euro
überschreiten``): a limit, not pay."""

PAY_SUBJECT_BEFORE = (
    r"(?-u:\b)(?:das|ihr|sein|dein|euer|deren|dessen)\s+(?:\S+\s+)?(?:einkommen|gehalt|monatsgehalt|jahresgehalt|verdienst|lohn|stundenlohn|bruttogehalt|bruttoeinkommen)"
    r"\s+(?:[a-zäöüß]+\s+){0,3}$"
)
"""Right before a figure passed (``LIMIT_VERB_AFTER``): pay as the subject (``kann das Einkommen
sogar 5.000 Euro überschreiten``): a floor of that pay, no limit."""
MINIMUM_PAY_BEFORE = r"mindest[a-zäöüß]*(?:vergütung|lohn|gehalt|entgelt)\s+(?:\S+\s+){0,4}$"
UNDERCUT_AFTER = r"^(?:[^.;:,]{0,20}?\s)?unterschreiten(?-u:\b)"
"""``darf die monatliche Mindestvergütung im 1. Ausbildungsjahr 620 € nicht unterschreiten``: a
minimum pay that must not be undercut is a floor of pay, no limit."""
MAY_NOT_BEFORE = r"(?-u:\b)(?:darf|dürfen|durfte|durften|nicht|kein|keine|grenze)"
"""Words of a limit before a figure passed (``darf das Einkommen 538 Euro nicht überschreiten``)."""

SUPPOSED_AFTER_DASH = r"^[^.;!?]{0,80}?\s[–—-]\s*(?:das|dies)\s+(?:wäre|wären|würde)(?-u:\b)"
"""After a figure, past a dash, ``das wären …``: the figure is supposed, not paid
(``8,50 Euro in der Stunde für Erntehelfer – das wären 20 Prozent mehr als jetzt``)."""

LEFT_OVER_BEFORE = (
    r"(?-u:\b)(?:bleiben|bleibt|übrig\s+bleiben)\s+(?:noch\s+|mir\s+|dir\s+|ihm\s+|ihr\s+|uns\s+)?(?:rund\s+|etwa\s+|ca\.?\s+)?$"
    # (to someone, only so much: ``bleiben ihm gerade mal 38 €``)
    r"|(?-u:\b)(?:bleiben|bleibt)\s+(?:mir|dir|ihm|ihr|ihnen|uns)\s+(?:gerade\s+mal|gerade\s+noch|nur\s+noch|nur|lediglich|noch)\s+$"
)
"""Right before a figure: what is left (``…, bleiben 550,- Euro``) after costs, not pay."""
LEFT_OVER_AFTER = (
    r"^\s*(?:bleibt|bleiben|blieb|blieben)\s+(?:\S+\s+){0,4}?(?:einem|einer|ihm|ihr|ihnen|mir|uns)(?-u:\b)"
)
"""Right after a figure opening its sentence: what is left to someone (``610 Euro bleiben einer
Familie im Monat``), not pay (not ``Bei … einem Gehalt von 3.900 € bleibt wenig übrig``)."""

WILL_BEFORE = r"(?-u:\b)(?:will|wollen|plant|planen)\s"
WILL_RULE_AFTER = r"^[^.;]{0,80}?(?-u:\b)(?:vorschreiben|einführen|festlegen|festschreiben)(?-u:\b)"
"""A figure between ``will`` and the verb of a rule to come (``will die Bundesregierung
mindestens 515 Euro … vorschreiben``): a plan (``demand_or_proposal``)."""
MINIMUM_BUT_BEFORE = r"(?i)(?-u:\b)mindestens\s+(?:aber|jedoch)\s*$"
"""``mindestens aber 10,94 €``: a floor (the ``aber`` keeps the keyword from the figure)."""

BY_EACH_BEFORE = r"(?i)(?-u:\b)(?:um|für)\s+(?:je|jeweils)\s*$"
"""Right before a figure: ``um je`` (``nach 3 Jahren um je 10 €``): each step's change; ``für je``
(``Für je 20 Euro, die das Einkommen darunter liegt, …``): a step of a rule."""
WITH_BEFORE = r"(?-u:\b)mit\s+$"
"""Right before a figure: ``mit`` (read with ``MORE_AFTER_WITH``)."""
MORE_AFTER_WITH = (
    r"^(?:[^.;0-9]|(?-u:\b)(?:im|ab|seit|bis|jahr|jahre)\s+(?:19|20)[0-9]{2}(?-u:\b)"
    r"|[0-9][0-9.,]*\s*(?i:wochenstunden|stunden|monaten|monate|jahren|jahre|tagen|tage|prozent|%)){0,100}?"
    r"(?-u:\b)mehr\s+(?:bekomm|erhalt|erhält|verdien|geld)"
)
"""After ``mit X``: ``… mehr bekommen`` (``Azubis sollen mit 45 bis 60 Euro … mehr
bekommen``): X is how much more. Not past another figure (a year after ``im``/``ab``/``seit``
and a number of hours, months or per cent aside): ``mit 3.410 Euro im Schnitt 450 Euro mehr verdient`` names the level, then the difference."""

COST_SENTENCE = (
    r"kosten(?-u:\b)|gebühr|lehrgangs|studiengebühr|mindestrate|(?-u:\b)raten?(?-u:\b)|tilgung|darlehen|kredit"
    r"|schulgeld|kursgeld"
)
"""A sentence about costs, fees or loans (``Fortbildungskosten``, ``Prüfungsgebühren``,
``die monatliche Mindestrate``): its amounts are no pay when it names none (``PAY_NAMES``)."""

GETTING_MONEY = r"bekomm|bekam|erhalt|erhält|erhielt|verdien"
"""Words of getting money (lower case)."""

PRIZE_TOPIC = r"preisgeld|siegprämie|(?-u:\b)an\s+prämien"
PRIZE_TEXT_NOT_PAY = r"gehalt|gehält|lohn|löhne|salär|bezüge|besoldung|entgelt|tarif|diät|gage|vertrag"
"""A text whose title or opening is about prize money (and names no pay: ``PRIZE_TEXT_NOT_PAY``;
earning is what prize money does): its amounts in sentences naming no pay are prize money
(``price_or_fee``)."""

PAYING_A_PRICE = r"(?-u:\b)(?:zahlen|zahlt|zahle|kostet|kosten|kaufen|kauft)(?-u:\b)|preis"
"""A sentence about paying a price (lower case)."""

PRIZE_NOT_IN_SENTENCE = r"im\s+jahr|pro\s+jahr|jährlich|im\s+monat|pro\s+monat|monatlich|pro\s+saison|in\s+der\s+saison|fixum|festgehalt"
"""In a prize-money text, a sentence naming a period or a fixed pay (``Der Trainer bekommt 120.000
Euro im Jahr``) states pay."""

PRICE_TEXT_NOT_PAY = r"gehalt|gehält|verdien|lohn|löhne|einkommen|vergütung|brutto|salär|bezüge|besoldung|entgelt|tarif|diät|gage|bekomm|bekam|erhalt|erhält|erhielt"
"""Pay itself or getting money (``bekomme ich 15 €``); paying (``aus eigener Tasche zahlen``) is
what a price text speaks of."""

PROFITS_FROM = r"wer\s+verdient\s+(?:am|an)\s|(?-u:\b)halbe\s+miete"
"""``Wer verdient am Führerschein?``: who profits from a price, and the idiom ``die halbe
Miete`` (half the battle, no rent): blanked before a price text's opening is searched for
its topic and for pay words."""

MOSTLY_NOT_PAY_SHARE = 0.6
PAY_OR_PAID = (
    r"sold|bekam|erhielt|kassier|start|beträgt|betragen|(?-u:\b)(?:kommt|kam|kommen|kamen)\s+(?:\S+\s+){0,4}?auf"
    r"|(?-u:\b)(?:liegt|liegen|lag|lagen)\s+(?:\S+\s+){0,4}?bei|monat|jahr|erhöh|anheb|steig|stieg|entschädigung|begnüg"
)
"""A text at least this share of whose euro amounts are skipped as no pay (not counting
restatements) speaks of money other than pay: a record there stands only if its sentence names
pay or work (``PAY_CONTEXT``), a level (the seniority cues), or these words of being paid, a
period or a change of pay (``PAY_OR_PAID``), or is a table's row (its header names what it
holds); else it is skipped as ``no_pay_context``."""

PAY_NAMES = r"gehalt|gehält|verdien|(?:^|[^e])lohn(?:$|[^te])|lohnte|löhne|entlohn|einkommen|vergütung|brutto|salär|bezüge|besoldung|entgelt|tarif|diät|gage"
"""Words that name pay itself (not its period): a sentence with one of them in a text about
benefits still states pay."""

MINIJOB = r"minijob|mini-job|450-euro|520-euro|538-euro|556-euro|603-euro"
"""A text about mini-jobs: its amounts of ``MINIJOB_LIMIT`` size are the earnings limit,
not pay (``Bis zu 450 Euro monatlich lässt sich mit einem Minijob dazuverdienen``)."""

MINIJOB_LIMIT = (400, 700)
"""The range of the mini-job earnings limits (400 € in 2013 to 603 € in 2026)."""
TRAINEE_PAY = r"azubi|auszubild|ausbildungsvergütung|mindestvergütung|lehrjahr|ausbildungsjahr"
"""Trainees' pay: a figure near the mini-job limit in a mini-job text is no limit then."""

NET_WORDS_WITHOUT_GROSS = (
    r"auszahlungsbetrag|ausgezahlt|zum\s+leben|übrig\s+bleib|bleiben?\s+(?:\S+\s+)?übrig|bleib[^.…]{0,60}…[^.…]{0,20}?übrig"
    r"|übrig\s+(?:gewesen|geblieben)|überwiesen|aufs\s+konto|auf\s+dem\s+konto"
)
"""Words of money paid out: net pay, unless the figure's clause names gross (``2.725 Euro brutto
ausgezahlt`` is gross) or its sentence says ``brutto`` as a word; a gross pay named before it as
the premise (``Mit einem Bruttogehalt von 3.000 Euro bleiben … 2.100 Euro übrig``) does not."""
NET_PAID_OUT_MAX = 100_000
"""A figure transferred (``überwiesen``) this large is an executive's gross pay, no net pay."""


WORKED_OUT_BEFORE = r"(?-u:\b)rechnerisch\s+(?:\S+\s+){0,5}$"
"""Right before a figure (lower case): it is said to be worked out (``Der Stundenlohn lag
rechnerisch bei 1,60 €``) from a figure before it: a restatement, whatever the ratio."""

AFTER_DEDUCTIONS_OPENING = r"^\W*nach\s+(?:dem\s+|allen\s+)?(?:abzug|abzügen)(?-u:\b)"
"""A sentence opening with what is deducted (lower case: ``Nach Abzügen der EU-Steuer … hat der
Abgeordnete etwa 6.700 Euro``): its figures are net, unless it says ``brutto``."""

MONEY_IN_TEXT = r"[0-9]\s*(?:€|euro(?-u:\b)|eur(?-u:\b))"
"""A euro amount somewhere in a text (a neighbouring sentence)."""

RANGE_MODIFIERS = (
    r"(?:(?:im\s+besten\s+fall|in\s+der\s+spitze|gut|knapp|etwa|rund|ca\.|circa|über|fast|maximal|höchstens"
    r"|eben\s+jenen|teils|sogar|bis\s+zu|mitunter|auch)\s+){0,3}"
)
RANGE_ACROSS_MODIFIERS_BIS = r"^\s*(?:bis|-|–)\s+" + RANGE_MODIFIERS + r"$"
FROM_TO_HEADER = r"\|\s*von\s*\|\s*bis\s*\|"
"""A table's header naming two columns ``von | bis``: the two figure cells of a row are one
range."""
FROM_TO_COLUMNS = (
    r"\|[^|\n]{0,30}?(?-u:\b)(?:von|minimum|min\.?)\s*\|[^|\n]{0,30}?(?-u:\b)(?:bis|maximum|max\.?)\s*\|"
)
"""A table header's two columns of a lower and an upper figure (``| Gehalt von | Gehalt bis |``,
``| Gehalt Minimum | Gehalt Maximum |``), anywhere in a text: its rows' two cells are ranges."""
FROM_TO_FLAT_HEADER = (
    r"(?m)^[^0-9\n]{0,160}?(?:min\.|minimal|minimum)[^0-9\n]{0,160}?(?:max\.|maximal|maximum|max$)[^0-9\n]*$"
)
"""The same header flattened into one line without bars (``Dienstgradmin. Bruttogehaltmax.
Bruttogehalt``, ``StatusErfahrungMin.Max``): a line without figures naming the lower column, then the upper one (read only
in the texts holding one of ``UPPER_COLUMN_WORDS``)."""
UPPER_COLUMN_WORDS = ["max.", "maximal", "maximum", "max\n"]
DIFFERENCE_COLUMN_HEADER = (
    r"(?m)(?:differenz|unterschied|gehaltssprung|abstand|lücke|zuwachs)[ \t]*\|?[ \t]*$"
)
"""A table header whose last column is a difference (a line ending in it: ``Beruf | West | Ost
| Differenz``): the last figure of each row is the gap between the two before it, no pay (read
only in the texts holding a row ending in three cells, ``DIFFERENCE_ROW_END``)."""
TABLE_RESTATED_PER_YEAR = (
    r"jahres\w*(?:gehälter|gehalt|bezüge|einkommen|entgelte?|löhne)\s*\(\s*[0-9]{1,2}(?:[.,][0-9]{1,2})?\s*"
    r"(?:x\s*)?(?:monats)?(?:gehälter|gehalt|entgelte|bezüge|löhne)"
)
"""A table's title that says its figures are a year of monthly ones (``Jahresbruttogehälter
(13 Monatsgehälter + …)``): after a table of monthly figures, the same pay restated per year
(``restatement``)."""

_CELL = r"[0-9](?:[0-9.,]*[0-9])?(?:,-)?\s?(?:€|(?i:eur)(?i:o)?)\s*\|?\s*"
DIFFERENCE_ROW_END = rf"{_CELL}{_CELL}{_CELL}$"
"""A row ending in three figure cells next to each other (``Tischler | 3.100 € | 2.700 € |
400 €``): its last one is the difference column's."""
FIGURE_WITH_CURRENCY = r"[0-9](?:[0-9.,]*[0-9])?\s?(?:€|(?i:eur))"
"""A figure with its currency after it (counted in a table row: ``| 2.830 € | 3.540 € |``)."""
SPAN_VERB_BEFORE = (
    r"(?-u:\b)(?:reichen|reicht|reichten|erstrecken|erstreckt|spannen|spannt)\s+(?:\S+\s+){0,8}$"
)
"""Right before ``von X``: a verb of a span (``die Gehälter reichen von …``), whose other end is
the next ``bis (zu) Y`` of the sentence (``_join_modified_ranges``)."""
RANKING_GAP = r"^[^0-9.;:]{0,80}$"
"""Between the top and the bottom of a ranking (``Von 5.637 Euro in Ingolstadt (BY) bis 2.815
Euro``): words and brackets, no figure."""
SPAN_RATIO_MAX = 50
"""At most this many times the lower end is the upper end of a span (``von weniger als 70.000
Euro bis zu mehr als 1,7 Millionen Euro``: executives' pay spans far)."""
SPAN_GAP = r"^[^0-9.;:()]{0,80}$"
"""Between the two ends of such a span: words, no figure and no sentence mark."""
FLOOR_CAP_GAP = r"^\s*(?:brutto|netto)?\s*,?\s*(?:und\s+|aber\s+)?$"
"""Between a floor and a cap of one range (``mindestens 300 Euro brutto, maximal 3.800 Euro``)."""
FLOOR_BEST_CASE_GAP = (
    r"^\s*(?:brutto|netto)?\s*,?\s*(?:und\s+|aber\s+)?(?:im\s+besten\s+fall|bestenfalls|im\s+höchstfall)\s*$"
)
"""Between a floor and a single figure: its best case (``mindestens 21.300 € und im besten Fall
33.100 €``), the cap of one range."""
RANGE_ACROSS_MODIFIERS_UND = r"^\s*und\s+" + RANGE_MODIFIERS + r"$"
BRACKET_ONLY = r"^\s*(?:(?:pro|je|die|in\s+der|im)\s+)?(?:Stunde|Monat|Jahr)?\s*\([^()]{1,40}\)\s*$"
"""Between two figures: a bracket alone (``1.000 Euro (1. Jahr) bis 1.140 Euro``), perhaps
after the first figure's period (``9,03 Euro Stunde (Brandenburg) bis 11,51 Euro``), read when
the second opens with ``bis``: one range across it."""

BETWEEN_BEFORE = r"zwischen\s+" + RANGE_MODIFIERS + r"$"
"""Between two figures: ``bis``, or ``und`` after ``zwischen``, with modifiers of the second
figure (``knapp 60.000 € bis gut 75.000 €``, ``zwischen 2.200 € und im besten Fall 2.800
€``): one range (``_join_modified_ranges``)."""

SPOKEN_CENTS_MAX = 100.0
CENTS_AFTER = (
    r"^(\s+([0-9]{2}))(?:\s+(?:pro|je|die|in\s+der)\s+stunde|\s*[.,;:)](?:[^0-9]|$)|\s*$|\s+(?:und|bzw\.|oder|brutto)\s"
    r"|\s+(?:steigen|steigt|betragen|beträgt|liegen|liegt|erhöht|angehoben|gezahlt|verdienen|verdient|bekommen|bekommt|erhalten|erhält)(?-u:\b))"
    r"|^(\s+und\s+([0-9]{1,2})\s+(?:cents?|ct\.?)(?-u:\b))"
)
"""Right after ``12 Euro``: the cents, spoken (``12 Euro 55 pro Stunde``, ``13 Euro 20 und
…``, ``auf 8 Euro 50 steigen``), after a figure below ``SPOKEN_CENTS_MAX`` (not a table's next
row label, ``3.250 Euro`` ⏎ ``10. – 12.``); only before ``pro Stunde``, punctuation, the end,
``und``/``oder`` or a verb of paying or rising (``12 Euro 20 Prozent`` is no such thing); or named (``8 Euro und 50 Cents``: groups 3 and 4)."""

THRESHOLD_CLAUSE = r"(?-u:\b)(?:die|welche|wer|deren|denen)\s*$"
"""Before ``weniger als``/``mehr als``/``unter``/``über`` an amount: a relative clause naming
whom a rule concerns (``Beschäftigte, die weniger als 2.583 Euro verdienen, erhalten …``):
a ``threshold``, not anyone's pay."""

PASSIVE_BEFORE = r"(?-u:\b)(?:werden|wird|wurden|wurde)(?-u:\b)"
RAISED_AFTER = r"^[^:;.!?,]*?(?-u:\b)(?:erhöht|angehoben|aufgestockt|gesteigert)(?-u:\b)"
"""A passive raise around an amount (``Die Vergütungen werden zwischen 45 Euro und 60 Euro
erhöht``: ``werden`` before it, the participle after it in the same clause): the amount is
the raise, except a new value after ``auf`` or an old one before it (``_new_value``)."""

DEDUCTION_BEFORE_BRACKET = (
    r"(?:beitrag|beiträge|abzug|abzüge|steuer(?:n|last)?)(?-u:\b)[^()]{0,10}\(\s*$"
    r"|(?:beiträge|beitrag|abzug)\s+(?:der|zur|zum|für\s+die)\s+[^()]{0,40}?versicherung\s*\(\s*$"
)
"""An amount in brackets right after a contribution, deduction or tax (``die Kranken- und
Pflegeversicherungsbeiträge (187,39 Euro)``, ``Mitgliedsbeitrag (150 Euro)``): what is
deducted, not pay. (Only these words: ``Banken & Versicherungen (59.500 Euro)`` is a sector.)"""

BONUS_BEFORE_BRACKET = (
    r"(?:variabl|aktien|bonus|boni|tantieme|prämie|zulage|zuschlag|zuschuss|sonderzahlung|langfrist|kurzfrist"
    r"|altersversorgung|altersvorsorge|pensionszusage|trinkgeld|sachbezug)"
    r"[^()]{0,50}\([^()0-9]{0,50}$"
)
"""An amount in brackets right after a bonus's name (``die variable Barvergütung (3,1 Mio.
Euro)``): the bracket closes the clause, the name before it says what the amount is."""

ACRONYM_IN_BRACKETS = r"\(([A-ZÄÖÜ]{2,6})\)"
"""An acronym in brackets (``Inflationsausgleichsprämie (IAP)``): no clause boundary."""
NAME_IN_BRACKETS_BEFORE = (
    r"\(([A-ZÄÖÜ][a-zäöüß-]{0,40}(?:zuschlag|zulage|prämie|geld|pauschale|bonus|entschädigung))\)"
    r"(\s+(?:(?:in\s+[Hh]öhe\s+)?von)?\s*)$"
)
"""Right before a figure, a noun alone in brackets naming the payment, then ``von`` (``eine Zulage
(Landzulage) von``): no clause boundary either."""

BESIDES_PAY = (
    r"(?-u:\b)neben\s+(?:meiner|seiner|ihrer|deiner|der|dem|dieser|diesem)\s+(?:\S+\s+)?"
    r"(?:diät|gehalt|lohn|grundgehalt|vergütung|besoldung|entschädigung|bezügen)(?-u:\b)"
)
BESIDES_PAY_OF_BEFORE = (
    r"(?-u:\b)neben\s+(?:meiner|seiner|ihrer|deiner|der|dem|dieser|diesem)\s+(?:\S+\s+)?"
    r"(?:diät|gehalt|lohn|grundgehalt|vergütung|besoldung|entschädigung|bezügen)\s+(?:(?:von|in\s+höhe\s+von)\s*)?$"
)
"""Right before a figure: the pay it stands beside, named with ``von`` (``neben dem festen
Grundgehalt von rund 1.400 €``): the figure is that pay."""
EXPENSES_CLAIMED = r"(?-u:\b)abrechnen(?-u:\b)|nicht\s+versteuern"
"""In the figure's clause: money besides the pay (``Neben meiner Diät erhalte ich monatlich
5.051,54 Euro``), expenses claimed (``12.000 Euro kann ich jährlich zusätzlich abrechnen``) or
tax-free money (``EXPENSES_CLAIMED``, in the sentence): an allowance."""

BONUS_FORM_AFTER = (
    r"^[^.;]{0,60}?in\s+form\s+(?:eines|einer|von)\s+\S*(?:bonus|boni|prämie|zulage|provision|tantieme)"
)
"""After an amount, in its sentence: what form it takes (``mit durchschnittlich 3.000 Euro
gerade mal sechs Prozent in Form eines Bonus``): a bonus."""

BONUS_AFTER = (
    r"^\s*(?:\([^()]*\)\s*)?(?:entfallen\s+|entfällt\s+)?auf\s+(?:(?:die|den|das)\s+)?[^,;()]{0,40}?"
    r"(?:variabl|aktienbasiert|bonus|boni|tantieme|nebenleistung|sachleistung|sachbezug|altersversorgung)"
)
"""After an amount: the share of pay it goes to, when that is a bonus, shares or benefits
(``2,1 Mio. € (2018/19: 2,0 Mio. €) auf die kurzfristige variable Vergütung``)."""

ALLOWANCE_SUBJECT = (
    r"^\W*(?:die|der|das)\s+\S*(?:pauschale|zulage|zuschlag|prämie|zuschuss|entschädigung)(?-u:\b)"
)
"""A sentence whose subject is an allowance (``Die Kostenpauschale steigt … auf 596,85 Euro``):
its figures, new values included, are the allowance's."""

DATED_AFTER = r"^\s*(?:ab|seit|vom|zum|bis)\s+(?:dem\s+|1\.\s*)?(?:[0-9]|januar|februar|märz|april|mai(?-u:\b)|juni|juli|august|september|oktober|november|dezember)"
"""Right after a figure (lower case): a date it holds from (``(2.355 Euro ab Oktober 2026)``): a
bracketed figure dated so is a new value, no restatement of the figure before it."""
RESTATED_AFTER = r"^\s*\(\s*(?:=|also|d\.\s?h\.|das\s+sind)?\s*$"
"""Between a figure and the next one: an opening bracket (``52.159 Euro (ca. 4.300 Euro
im Monat)``): the bracketed figure restates the first in another period."""

NET_NEXT_SENTENCE = r"^\W*(?:hierbei|dabei|das|dies|diese|es)(?-u:\b).{0,80}netto|^\s*netto\s*[.!]?\s*$"
"""A next sentence saying the figures before were net: ``Hierbei handelt es sich um
Nettobeträge.``, or only ``Netto.``"""

NET_NOTE_PLURAL = (
    r"^\W*(?:hierbei|dabei|das|dies|diese|es|alle)(?-u:\b).{0,60}?"
    r"(?:nettobeträge|nettowerte|nettogehälter|nettolöhne|nettoangaben|netto\s+angegeben|netto-beträge)"
)
"""A sentence saying that the figures before were all net (``Hierbei handelt es sich
wohlgemerkt um Nettobeträge.``): it covers the two sentences before it."""

EXECUTIVE_PAY = (r"vergütung|gehalt|gehält|bezüge|verdien", r"vorstand|vorständ|ceo|chef|manager")
"""A text about executives' pay (a sentence with words of both kinds): its large amounts are
pay unless their clause says otherwise."""

PAY_WORDS = (
    r"gehalt|gehält|verdien|lohn|löhne|einkommen|vergütung|brutto|salär|bezüge|besoldung"
    r"|entgelt|honorar|stundensatz|bekomm|bekam|erhalt|erhält|erhielt|zahl"
)
"""Words that make a clause about pay: after a price (``Die Miete liegt bei 900 €``) the
next amount is a salary again only if its clause says so (``…, das Gehalt bei 3.000 €``)."""

THOUSAND_SCALE = r"(?:tsd|tausend|k|t)\.?\s?(?:€|euro|eur|brutto)$"
"""Scale words meaning x1000 inside an amount suffix (``Tsd.``, ``Tausend``, ``k``, ``T€``)."""

MILLION_SCALE = r"(?:mio|mill)"
"""Scale words meaning x1,000,000 inside an amount suffix (``Mio.``, ``Millionen``)."""

BILLION_SCALE = r"(?:mrd|milliard)"
"""Scale words meaning x1,000,000,000 (``Mrd.``, ``Milliarden``): never pay."""

PERIOD_MONTH = (
    r"monatlich|(?-u:\b)(?:im|pro|je|per|den|jeden)\s+Monat(?-u:\b)|/\s?Monat(?-u:\b)|/\s?Mon\.|(?-u:\b)mtl\.|(?-u:\b)p\.\s?m\."
    r"|Monats-?(?:grund|netto|brutto|durchschnitts)?(?:gehalt|gehälter|brutto|lohn|einkommen|verdienst|vergütung|salär|bezug"
    r"|beträge|betrag|sätze|gage)"
)
"""Explicit monthly period: ``monatlich``, ``im Monat``, ``/Monat``, ``Monatsbrutto``."""

MONTH_IN_CLAUSE_BEFORE = rf"(?:{PERIOD_MONTH})(?:[^0-9,;:()]|\([^()]*\))*$"
MONTH_IN_CLAUSE_AFTER = rf"^[^0-9,;:()]{{0,25}}?(?:{PERIOD_MONTH})"
"""A month word in the figure's own clause, no other figure between (before it, an aside in
brackets may stand between: ``Pro Monat soll der Nachfolger (58) rund 400.000 Euro bekommen``;
after it, within 25 characters: ``über 60.000 Euro brutto im Monat``)."""

PERIOD_YEAR = (
    r"jährlich|(?-u:\b)(?:im|pro|je|per|aufs)\s+Jahr(?:\s+(?:[^0-9\s]|[0-9]{1,3}[.\u00a0\u202f ][0-9]{3})|[^\w\s]|\s*$)|/\s?Jahr(?-u:\b)"
    r"|(?-u:\b)p\.\s?a\.|per\s+anno|Jahres-?(?:grund|brutto|durchschnitts|ziel|arbeits)?(?:gehalt|gehälter|brutto|lohn|einkommen|verdienst"
    r"|vergütung|salär|bezug|bezüge|gage)|Brutto(?:jahres)|(?:Wirtschafts|Geschäfts)jahr"
    # (a sports season: a player's or referee's pay ``pro Saison``)
    r"|(?-u:\b)(?:pro|je|per)\s+(?:Saison|Spielzeit)(?-u:\b)"
)
"""Explicit yearly period: ``jährlich(e)``, ``im Jahr``, ``p.a.``, ``Jahresgehalt``.
Must not match ``im Jahr 2023`` (a date) nor ``nach fünf Jahren``."""

PERIOD_ADJACENT_BYTES = 3
"""A period word at most this far from its figure (``900 Euro pro Stunde``, ``Stundenlohn:
12 €``) belongs to it, however implausible the result; farther ones must fit the figure's
size (settings ``*_plausible_*``)."""

TIMES_A_YEAR = r"((?:mal)\s+(?:im|pro|je)\s+)Jahr(?-u:\b)"
TIMES_A_YEAR_WORD = r"(mal\s+)jährlich"
TIMES_A_YEAR_ANY = r"mal\s+(?:(?:im|pro|je)\s+jahr|jährlich)"
YEARLY_ADJUSTED = r"jährlich(\s+(?:zum|am|im)\s+(?:[^,.;]|[0-9]\.){0,20}?\s*(?:angepasst|überprüft))"
"""``jährlich zum 1. Juli angepasst``: how often a figure is adjusted, not its period (``jährlich``
blanked with the same number of bytes; group 1 is the rest)."""
COUNT_BEFORE_PERIOD = (
    r"((?-u:\b)[0-9]+(?:[,.][0-9]+)?\s+(?:über|arbeits|wochen)?(?:stunden|tage|schichten)\s+)"
)
"""A count of hours, days or shifts right before a period (``50 Überstunden pro Monat``,
``43 Stunden monatlich``, group 1; the period follows): the count's period, blanked."""

YEAR_COUNTED = r"((?-u:\b)(?:im|ab|bis)\s+)Jahr(\s+(?:eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)(?-u:\b))"
"""``im Jahr vier bis sechs``: a year of service counted, no period (``Jahr`` is blanked with
the same number of bytes: groups 1 and 2 kept)."""
MONTHLY_TIMES = (
    r"(?:(?:12|13|14|15|zwölf|dreizehn|vierzehn|fünfzehn)\s*-?\s*mal\s*$)"
    r"|(?:^\s*(?:brutto\s+|netto\s+)?(?:12|13|14|15|zwölf|dreizehn|vierzehn|fünfzehn)\s*-?\s*mal\s+(?:(?:im|pro|je)\s+jahr|jährlich))"
)
"""A figure paid twelve to fifteen times a year (``seinen 14-mal 21.105 Euro``, ``1.700 Euro
brutto 14 mal jährlich``): a month's pay (left side: group 1; right side: group 2)."""
"""How often a figure is paid (``14 Mal jährlich``, ``zwölfmal im Jahr``): no period of the
figure (its period word is blanked before periods are read; group 1 is kept)."""

MONTHLY_TIMES_AFTER_COMMA = r"^\s*(?:brutto|netto)?\s*,\s*(?:12|13|14|15|zwölf|dreizehn|vierzehn|fünfzehn)\s*-?\s*mal\s+(?:(?:im|pro|je)\s+jahr|jährlich)"
"""The same after a comma (``21.300 Euro brutto, 14-mal im Jahr``), read for figures below
``MONTH_LIKE_YEAR_MAX`` and with no year's pay named before them (``Das Jahresgehalt beträgt
42.000 Euro brutto, 14-mal im Jahr ausbezahlt`` stays a year's)."""

YEARLY_PAY_BEFORE = r"(?:jahres|bruttojahres)(?:brutto)?(?:gehalt|lohn|einkommen|verdienst|bezüge|vergütung|gage)[^0-9.;:!?]{0,40}$"
"""Before a figure (lower case): a year's pay named (``Das Jahresgehalt beträgt …``): the figure is
a year's however often it is paid."""

PERIOD_OF_PREVIOUS = (
    r"^\s*(?:brutto\s+|netto\s+)?[^\s,;]*(?:lohn|gehalt|stunde|monat|jahr|std\.?)[^\s,;]*\s*[,;]\s*$"
)
"""The whole gap between a figure and the one before: a period or pay word after that one,
then a comma (``12,50 € Stundenlohn, 1.600 € brutto im Monat``): the word is the figure
before's, not this one's."""

PERIOD_AFTER_STOP = (
    r"^\s*(?:brutto\s*)?(?:[.!]|[–—-])\s*(?:(?:und\s+)?(?:das\s+)?(?:pro|im|je|in\s+der)\s+(monat|jahr|stunde)|(monatlich|jährlich))"
    r"\s*(?:brutto\s*)?[.!]*\s*$"
)
"""After a figure that ends its sentence: a full stop or a dash, then only a period (``. Im
Monat.``, ``– pro Monat!``): the figure's period, said on its own for emphasis."""

MAX_PAY_NAMED_BEFORE = (
    r"(?-u:\b)(?:das|der|die|ein|eine|einem|einer|den)\s+maximale[nrs]?\s+[a-zäöüß-]*"
    r"(?:gehalt|lohn|vergütung|einkommen|verdienst|bezüge)\s+(?:\S+\s+){0,3}?(?:liegt\s+bei|beträgt|von)\s+(?:etwa\s+|rund\s+|ca\.\s*)?$"
)
"""Right before a single figure: a pay named as the maximum, then ``liegt bei``, ``beträgt`` or ``von``
(``das maximale Einstiegsgehalt von``, ``Das maximale Grundgehalt beträgt``): a cap (not ``Das
maximale Gehalt erhielt der Chef mit …``)."""

CAP_BEFORE_APPROX = r"(?-u:\b)(?:weniger\s+als|unter|höchstens|maximal)\s*$"
FLOOR_BEFORE_APPROX = r"(?-u:\b)(?:mehr\s+als|mindestens)\s*$"
"""Right before an approximate figure's word (``weniger als rund 1650 Euro``): a ceiling or a
floor the statement's own word does not say."""

LIST_FLOOR_GAP = (
    r"^[^0-9.;:!?()]{0,40},\s*(?:und\s+|sowie\s+)?[^0-9.;:!?(),]{1,60}$"
    r"|^[^0-9.;:!?(),]{0,40}\s(?:und|sowie)\s+"
    r"(?:(?:im|in\s+der|für\s+das)\s+(?:[0-9]\.|ersten|zweiten|dritten|vierten|fünften|letzten)(?:\s+[a-zäöüß]+)?\s*)?$"
)
"""Between a floor (``mindestens 15,60 Euro``) and the next figure of its sentence: the rest of
its item, a comma, the next item's group (``in der Stunde, ungelernte Arbeitskräfte``), or the
rest of its item, ``und`` and maybe the next item's year (``… im zweiten und 695 Euro im
dritten``, ``… pro Monat und im dritten 876 Euro``; not ``und im besten Fall``): the next figure
is a floor too."""

LIST_FLOOR_BREAK = r"(?-u:\b)(?:während|wohingegen|wobei|obwohl|umgerechnet)(?-u:\b)"
"""(in such a gap, a clause of its own: ``mindestens 2.300 Euro brutto, während es in der Schweiz umgerechnet
4.600 Euro sind`` ends the list)"""

PERIOD_HOUR = (
    r"stündlich|(?-u:\b)(?:pro|je|die|in\s+der|per|für\s+eine)\s+(?:geleistete[nr]?\s+|gearbeitete[nr]?\s+|volle[nr]?\s+)?"
    r"(?:(?:Unterrichts|Arbeits|Einsatz|Vorlesungs|Lehr)?stunde|Stunde|Std\.)|/\s?(?:Stunde|Std\.|h(?-u:\b))"
    r"|Stunden(?:lohn|löhne|satz|sätze|vergütung|basis)"
)
"""Explicit hourly period: ``pro Stunde``, ``je Stunde``, ``pro Unterrichtsstunde``, ``je geleisteter
Arbeitsstunde``, ``Stundenlohn``, ``/h``.
Must not match ``40-Stunden-Woche``."""

SENIORITY_ENTRY = (
    r"einst(?:ieg|eig)|berufsanf|berufseintritt|absolvent|junior|berufsstart|anfangsgehalt|anfangsgrundgehalt|eintrittsgehalt"
    r"|nach\s+(?:abgeschlossener|bestandener)\s+ausbildung"
    r"|startgehalt|neueinst|frisch\s+(?:von|aus)|nach\s+(?:der|dem)\s+(?:ausbildung|studium|abschluss|lehre)"
    r"|angefangen(?-u:\b)|anfangs"
    r"|ersten\s+(?:(?:zwei|drei|vier|fünf|[0-9])\s+)?(?:berufs|_erufs)jahr|ersten\s+(?:zwei|drei|vier|fünf|[0-9])\s+jahren?|neuling"
    r"|zu\s+beginn\s+(?:schon|bereits)|gleich\s+zu\s+beginn"
    r"|zu\s+beginn(?:\s+(?:der|ihrer|seiner|deiner|eurer|meiner)\s+(?:berufs|karriere|laufbahn|tätigkeit))?"
    r"(?:\s*[,.:]|\s+(?:verdien|erhält|erhalten|bekomm|gibt|liegt|liegen|sind|ist|steh|kann|können|zahlt))"
    r"|am\s+anfang|zum\s+start|beim\s+start"
    r"|start\s+ins\s+berufsleben|berufsneuling|young\s+professional"
    r"|unerfahren|anfänge?r|anfängt|neu\s+anf|ohne\s+(?:berufs)?_rfahrung|(?:bis\s+zu\s+einem|(?:weniger\s+als|unter)\s+\S+)\s+jahr(?:e|en)?\s+(?:[a-zäöüß]+-)?(?:berufs|arbeits)?_rfahrung|_rfahrung\s+(?:von\s+)?(?:bis\s+zu\s+einem|(?:weniger\s+als|unter)\s+\S+)\s+jahr|quereinst|(?:ersten|1\.)\s+_rfahrungsstufe|stufe\s+1(?-u:\b)"
    # (a scale's first step, not a raise's: ``in einer ersten Stufe steigen die Löhne``)
    r"|(?-u:\b)(?:der|die|in|ab)\s+(?:ersten|1\.)\s+stufe(?-u:\b)"
    # (verbs of starting: ``fangen … mit 3500 Euro an``, ``starten bei 88.600 Euro``, ``steigen
    # … mit 45.000 Euro ein``, ``beginnen mit 1800 Euro``; a scale's ``Eingangsstufe``)
    r"|(?-u:\b)(?:fangen|fängt|fing|fingen)(?-u:\b)|(?-u:\b)(?:starten|startet|starteten)\s+(?:\S+\s+){0,4}?(?:bei|mit)(?-u:\b)"
    r"|(?-u:\b)(?:beginnen|beginnt|begannen)\s+(?:\S+\s+){0,4}?mit(?-u:\b)"
    r"|(?-u:\b)(?:steigen|steigt|stiegen)\s+(?:\S+\s+){0,6}?(?:mit|bei)\s+(?:\S+\s+){0,4}?ein(?-u:\b)"
    r"|eingangsstufe|ersten\s+gesellenjahr|nachwuchs"
)
"""Cues that a figure is for first jobs: ``Einstiegsgehalt``, ``Berufseinsteiger``,
``Einsteigerinnen``, ``Junior``, ``Absolventen``, ``ohne Berufserfahrung``. Trainees' pay is
no entry pay (``SENIORITY_NEUTRAL``)."""

SENIORITY_NEUTRAL = (
    r"azubi|auszubildend|ausbildungsvergütung|ausbildungsjahr|lehrjahr|ausbildungsgehalt|lehrling"
    r"|in\s+der\s+ausbildung|während\s+(?:der|deiner|ihrer)\s+ausbildung|praktikant|werkstudent|dual\w*\s+stud"
    r"|mindestlohn|mindestlöhne|lohnuntergrenze|mindestentgelt|mindestvergütung|mindeststundenlohn|trainee"
    r"|stufe\s+[2-9](?-u:\b)|volontär|volontariat|referendar|anwärter"
)
"""Cues that a figure is for no level of experience: trainees' pay (``im ersten
Ausbildungsjahr``, ``Azubis``), statutory and sector minimums (``Mindestlohn``). In the
statement's clause, without another cue there, they make the figure ``unspecified``; in the
sentence they compete with the other cues by distance. A middle step of a pay scale
(``Stufe 3``) names no level either."""

LEAD_LINE_TAIL = 120
"""Of a line leading a list, the characters at its end read for a seniority cue."""
ALL_EMPLOYEES = (
    r"fach-\s*und\s+führungskräfte[n]?|angestellte[n]?\s+und\s+führungskräfte[n]?"
    r"|landr[aä]t[a-zäöüß]*|bürgermeister[a-zäöüß]*|minister[a-zäöüß]*|abgeordnete[a-zäöüß]*"
)
"""Employees at every level (a lead line's ``für Fach- und Führungskräfte``) and office-holders
(``für Landräte``: labelled ``unspecified``): no seniority of a list."""
SENIORITY_AVERAGE = r"durchschnitt|im\s+schnitt|(?-u:\b)mittel|median"
"""An average over all levels (``das Durchschnittsgehalt``): ``unspecified`` when the
statement's own clause has no other cue (``Erfahrene verdienen durchschnittlich …`` is
experienced; the neighbours' cues are not consulted)."""

SENIORITY_EXPERIENCED = (
    r"(?:^|[^f])erfahr|berufsjahr|fortgeschritten|(?-u:\b)seniors?(?-u:\b)|(?-u:\b)senior(?:position|rolle|level|ität)|professional"
    r"|nach\s+(?:\w+\s+){0,2}jahren|(?-u:\b)(?:[1-9]|1[0-7])\s+jahren|(?:(?-u:\b)mehr\s+als|über)\s+[0-9]{1,2}\s+jahren|(?-u:\b)seit\s+(?:über\s+|mehr\s+als\s+)?[0-9]{1,2}\s+jahren"
    r"|(?:[0-9]{1,2}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig)\s+jahren?\s+"
    r"(?:betriebszugehörigkeit|dienstzeit|im\s+(?:beruf|betrieb|unternehmen|dienst|job))"
    r"|(?-u:\b)in\s+[0-9]{1,2}\s+jahren\s+als(?-u:\b)|mehrjährig|profis?(?-u:\b)|expert|alte\s+hasen"
    r"|gestandene|routin|berufspraxis|mid-?\s?level|berufserfahren|(?:ein\s+paar|einigen?|mehreren?|etlichen?)\s+(?:berufs)?jahr"
    r"|(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|fünfzehn|zwanzig)\s+(?:berufs)?jahren"
    r"|endgehalt|endgrundgehalt|endstufe|spitzengehalt|höchste[n]?\s+(?:gehalts)?stufe|letzten\s+berufsjahr"
    r"|zunehmender\s+dienstzeit|dienstjahre|dienstalter"
    # (``nach dreijähriger Betriebszugehörigkeit``, ``steigt mit der Betriebszugehörigkeit``,
    # ``nach einiger Zeit``)
    r"|nach\s+(?:\S+\s+)?(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|mehr)jährige[rn]?\s+"
    r"(?:betriebszugehörigkeit|beschäftigung|tätigkeit|berufspraxis|dienstzeit)"
    r"|(?:mit\s+der|entsprechender|längerer|langer)\s+betriebszugehörigkeit|nach\s+einiger\s+zeit"
    r"|(?:fünften|sechsten|siebten|achten|neunten|zehnten|elften|zwölften|fünfzehnten|zwanzigsten)\s+(?:berufs|dienst)?jahr"
    # (the top of a scale: ``was sich in sechs Stufen bis zu 6.035 Euro steigert``)
    r"|(?-u:\b)in\s+(?:\S+\s+)?stufen\s+(?:bis\s+(?:zu|auf)\s*)?$|(?-u:\b)in\s+der\s+letzten\s+stufe"
    # (the end of a career, time in the job: ``am Ende seines Berufslebens``, ``vor seinem
    # Ruhestand``, ``im Laufe der Jahre``, ``länger im Beruf``, ``nach einem Jahr``, ``ab dem 6. Jahr``)
    r"|am\s+ende\s+(?:seines|ihres|des)\s+berufslebens|vor\s+(?:seinem|ihrem|dem)\s+\W?ruhestand"
    r"|im\s+laufe\s+der\s+jahre|länger\s+im\s+beruf|(?-u:\b)nach\s+einem\s+jahr(?-u:\b)"
    r"|(?-u:\b)ab\s+dem\s+[0-9]{1,2}\.\s+(?:berufs|dienst|gesellen)?jahr|höchsten\s+(?:tarif|entgelt|lohn|gehalts)gruppe"
)
"""Cues that a figure is for experienced staff: ``Erfahrung``, ``erfahrene``,
``Berufsjahren``, ``Fortgeschrittene``, ``Senior``, ``nach fünf Jahren``, the top of a pay
scale (``Endgehalt``, ``Endstufe``, ``höchste Gehaltsstufe``); not an age (``unter 25 Jahren``)."""

CAPPED_AFTER = (
    r"^\s*(?:brutto\s+|im\s+monat\s+|monatlich\s+)?(?:(?:komm\w*|geht\s+es|gehts)\s+(?:man|du|sie|ihr|er|es|wir|ich)?\s*"
    r"(?:[a-zäöüß]+\s+){0,3}?(?:kaum|nicht|selten|nie)(?-u:\b)"
    r"|(?:[a-zäöüß]+\s+){0,3}?(?:sind|ist)\s+(?:[a-zäöüß]+\s+){0,4}?(?:kaum|nicht|selten|nie|nur\s+selten)\s+"
    r"(?:drin|möglich|zu\s+holen|realistisch|erreichbar|zu\s+erreichen|zu\s+bekommen)(?-u:\b)"
    r"|(?:[a-zäöüß]+\s+){0,4}?(?:nicht|kaum|selten)\s+rechnen(?-u:\b)"
    # (``kommt über 11 € Stundenlohn (brutto) nicht hinaus``)
    r"|(?:[^\s.!?]+\s+){0,3}?(?:nicht|kaum|selten|nie)\s+hinaus(?-u:\b))"
)
"""After ``über``/``mehr als`` an amount: nobody gets past it (``Über 2.000 € kommt man kaum``,
``mehr als 40 € pro Stunde sind kaum drin``), an upper bound, not a floor."""

AT_THE_TOP_BEFORE = r"(?-u:\b)in\s+der\s+spitze\s+(?:(?:sind|ist|waren|war)\s+es\s+|(?:\S+\s+){0,3}?(?:bei|auf)\s+)?(?:sogar\s+|bis\s+zu\s+)?$"
"""Before a single figure: the top of the pay (``in der Spitze sind es sogar 130’000``), an
upper bound."""

UPPER_LIMIT_BEFORE = (
    r"(?-u:\b)(?:gehalts|lohn|verdienst|einkommens)?obergrenze\s[^0-9]{0,60}?(?:liegt|beträgt)\s+(?:bei\s+)?(?:etwa\s+|rund\s+|ca\.\s*)?$"
    r"|(?-u:\b)(?:die|der)\s+(?:gehalts|lohn|verdienst|einkommens)?obergrenze\s+bei\s+(?:etwa\s+|rund\s+|ca\.\s*)?$"
    r"|(?-u:\b)(?:das|ein)\s+(?:maximal|höchst)gehalt\s+bei\s+(?:etwa\s+|rund\s+|ca\.\s*)?$"
    r"|(?-u:\b)(?:maximal|höchst)gehalt\s[^0-9]{0,40}?(?:liegt|beträgt|pendelt\s+sich|bewegt\s+sich)\s+(?:bei\s+)?(?:etwa\s+|rund\s+|ca\.\s*)?$"
    # (``das maximale Gehalt liegt hier bei 3.393 €``, ``der maximale Verdienst sogar auf 3.862 €``)
    r"|(?-u:\b)(?:das|der|ein)\s+(?:maximale|höchste)\s+(?:gehalt|verdienst|lohn|einkommen)\s+(?:(?:liegt|beträgt|steigt)\s+)?"
    r"(?:\S+\s+){0,2}?(?:bei|auf)\s+(?:etwa\s+|rund\s+|ca\.\s*)?$"
)
"""Before a figure: the top of pay (``Die Gehaltsobergrenze für eine Führungsposition liegt
bei etwa 3800 Euro``), an upper bound."""

MINIMUM_IS_BEFORE = (
    r"(?-u:\b)(?:das|ein|im)\s+minimum\s+(?:ist|liegt\s+bei|beträgt|von)\s+$"
    r"|(?-u:\b)(?:das|ein)\s+minimum\s+(?:in\s+etwa\s+|etwa\s+|ungefähr\s+)?bei\s+$"
)
MAY_EXPECT = (
    r"(?-u:\b)(?:darf|darfst|dürfen|dürft)\s+(?:sie|du|man|ihr)"
    r"(\s+(?:[^\s.,]+\s+){0,3}?mit\s(?:[^.,]|[.,][0-9]){0,120}?(?-u:\b)rechnen(?-u:\b))"
)
"""``dürfen Sie mit … rechnen`` (lower case): pay one may expect, no limit on what one may earn;
its ``dürfen`` is blanked before a sentence's limit words are read (``Im zweiten Jahr dürfen
Sie mit mindestens 700 und maximal 760 Euro rechnen``)."""

MAXIMUM_IS_BEFORE = (
    r"(?-u:\b)(?:das|ein|im)\s+maximum\s+(?:ist|liegt\s+bei|beträgt|von)\s+$"
    r"|(?-u:\b)als\s+(?:maximum|höchstwert)\s+(?:\S+\s+){0,4}$"
    # (``liegt bei etwa 15 Euro, maximal bei 15,40 Euro``)
    r"|(?:^|,\s*|(?-u:\b)und\s+)(?:maximal|höchstens)\s+(?:bei|auf)\s+$"
)
"""Before a single figure: the least (``das Minimum ist 72’000 Euro``, ``das Minimum in etwa
bei``), a lower bound; the most, an upper bound."""

MINIMUM_NAMED_BEFORE = r"(?-u:\b)mindestens\s+(?:ein|eine|einen)\s+[a-zäöüß-]*(?:lohn|gehalt|vergütung|entgelt|verdienst)(?:\s+von)?\s*$"
"""Before ``von`` and a single figure: the floor's word before the pay named (``mindestens eine
Ausbildungsvergütung von 700 Euro``), a lower bound."""
MAXIMUM_NAMED_BEFORE = r"(?-u:\b)(?:maximum|maximale[sn]?\s+(?:\S+-)?(?:gehalt|einkommen|verdienst|lohn|vergütung))(?:\s+von)?\s*$"
"""Before ``von`` and a single figure: the most named (``ein maximales Notfallsanitäter-Gehalt
von 4.300 Euro``, ``einem Maximum von 253.000 Euro``), an upper bound."""

UP_TO_RISE_BEFORE = r"(?-u:\b)bis\s+auf\s*$"
UP_TO_RISE_AFTER = (
    r"^\s*(?:brutto\s+)?(?:(?:im|pro)\s+(?:monat|jahr|stunde)\s+)?(?:\S+\s+){0,2}?"
    r"(?:steigern|steigen|steigt|ansteigen|klettern|klettert|wachsen|wächst|erhöhen|anwachsen)(?-u:\b)"
)
"""``bis auf`` before a figure, a verb of rising after it (``kann sich bis auf 2.900 Euro brutto
steigern``): how far pay can rise, an upper bound."""
RISE_OF_BEFORE = (
    r"(?:anstieg|erhöhung|plus|zuwachs|steigerung|anhebung)(?:\s+(?:um|von))?\s+(?:\S+\s+){0,2}?$"
)
"""Right before a figure (lower case): a rise of it (``ein Anstieg um im Schnitt 610 Euro auf
49.800 Euro``); with a new value ``RISE_TO_RATIO`` times as large after it, the figure is the
rise, not the old value."""
RISE_TO_RATIO = 4.0
"""How many times a rise's figure (``RISE_OF_BEFORE``) the new value after it must be at least: far
more than ``RAISE_OF_RATIO_MIN`` (a raise named before ``um``), as the noun alone may name an old
value too (``ein Anstieg von 2.900 auf 3.100 Euro``)."""
MORE_THAN_BEFORE = r"(?-u:\b)als\s+(?:\S+\s+){0,3}?$"
"""Right before a figure: the level it is more than (``sollen mehr verdienen als ihre derzeitigen
3.100 Euro``): today's pay, no plan."""
CLOSED_AT_AFTER = r"^\s*(?:ist\s+|sei\s+)?schluss(?-u:\b)"
CLOSED_AT_BEFORE = r"(?-u:\b)bei(?:\s+(?:einem|einer|[a-zäöüß]*lohn|[a-zäöüß]*gehalt|von))*\s*$"
"""After ``bei X`` (also ``bei einem Stundenlohn von X``): where pay stops (``bei zwölf Millionen Euro ist
Schluss``), an upper bound."""
PAY_NOUN_OF_WORKED_OUT = (
    r"(?-u:\b)(?:entspricht|entsprach)\s+das\s+[a-zäöüß-]*(?:gehalt|entgelt|einkommen|lohn|vergütung|salär)"
)
"""``entspricht das Grundgehalt …`` (lower case): ``das`` the article of the pay named, no pronoun
of a figure worked out (``WORKED_OUT``); blanked before that is looked for."""
PLANNED_MORE_BEFORE = (
    r"(?-u:\b)(?:soll|sollen)\s+(?:\S+\s+){0,8}?mehr\s+(?:verdienen|bekommen|erhalten)(?-u:\b)[^.;:,]{0,40}$"
)
"""Before a figure in its sentence (lower case): a group that is to earn more (``soll künftig
deutlich mehr verdienen – rund 2.600 Euro``): a planned level, a ``demand_or_proposal``."""
CAPPED_AT = (
    r"^\s*(?:(?:brutto|jährlich|pro\s+jahr|im\s+jahr)\s+)?(?:beschränkt|begrenzt|gedeckelt|limitiert)(?-u:\b)"
)
"""After ``auf X``: the pay is capped at X (``ist auf 2,17 Millionen Euro beschränkt``), an upper
bound."""

NEGATED_AMOUNT_BEFORE = r"(?-u:\b)(?:keine[nr]?|nicht\s+(?:ein)?mal|noch\s+nicht\s+einmal|nicht|nie|niemals)\s+(?:ganze[n]?\s+|einmal\s+|die\s+|den\s+)?$"
"""A negation right before an amount (``Aushilfen bekommen keine 16 Euro``, ``nicht mal
1.500 Euro``): what nobody gets, no record (``negated``)."""

NONE_BELOW_AFTER = (
    r"^[^.,;:]{0,40}?(?-u:\b)(?:gibt\s+es|existier\w*|findet\s+man)\s+(?:\S+\s+){0,4}?(?:kaum|nicht|keine?|selten|nie)(?-u:\b)"
    # (``Weniger als 2.400 Euro sollte man als Berufsanfänger nirgends hinnehmen``; the word's verb the
    # figure's own, ``NOWHERE_JOINED_AFTER``)
    r"|^[^.,;:]{0,60}?(?-u:\b)(?:nirgendwo|nirgends|keinesfalls|auf\s+keinen\s+fall)(?-u:\b)"
)
NOWHERE_JOINED_AFTER = r"^[^.,;:]{0,60}?(?-u:\b)(?:und|aber|doch|sondern|oder)\s[^.,;:]{0,60}?(?-u:\b)(?:nirgendwo|nirgends|keinesfalls|auf\s+keinen\s+fall)(?-u:\b)"
"""The negation of ``NONE_BELOW_AFTER`` in a clause joined after the figure's (``verdient unter
2.000 Euro und findet nirgends eine Wohnung``): another verb's, no floor."""
"""After ``unter``/``weniger als`` a figure: hardly any exist (``Einstiegsgehälter unter 35.000 Euro gibt es
kaum noch``), a floor."""
NEGATED_BEFORE = (
    r"(?:kaum|niemand|kein(?:e[mnr]?)?|selten|nirgends|nicht|(?-u:\b)nie|niemals)(?-u:\b)[^.;:]{0,60}$"
)
"""A negation before ``weniger als``/``unter`` turns the upper bound into a floor: ``kaum
jemand bekommt weniger als 2.900 €`` is at least 2.900 €; not when a clause giving a reason
or a condition stands between (``darf nicht arbeiten, weil er weniger als 2.565 Euro
verdient``: ``REASON_CLAUSE_BEFORE``)."""

REASON_CLAUSE_BEFORE = (
    r",\s*(?:weil|da|denn|obwohl|wenn|falls|dass|sodass)\s[^,]*$"
    # (a verb's ``nicht`` before a relative clause: ``können sich nicht äußern, die mit weniger
    # als 2000 Euro nach Hause gehen``; not ``kaum jemand, der weniger als …``)
    r"|(?-u:\b)nicht(?-u:\b)[^.;:,]{0,60},\s*(?:die|der|das|welche|welcher)\s[^,]*$"
)
"""A clause giving a reason or a condition, between a negation and the figure."""
NEGATED_IN_CLAUSE_BEFORE = r",\s*(?:dass|sodass)\s[^,]*?(?-u:\b)(?:kaum|niemand|kein(?:e[mnr]?)?|nirgends|(?-u:\b)nie|niemals)(?-u:\b)[^.;:,]{0,60}$"
"""The negation inside that clause, after its opener: the clause's own figure is the floor it
states (``regelt, dass kein Koch weniger als 14 Euro verdienen darf``), unless a conjunction
follows the last negation (``CLAUSE_JOINER`` in ``AFTER_LAST_NEGATION``: ``dass sie keine Zulage
bekommt und weniger als 2.500 Euro verdient``, the negation another verb's)."""
AFTER_LAST_NEGATION = r"^.*(?-u:\b)(?:kaum|kein(?:e[mnr]?)?|niemand|nirgends|nie|niemals)(?-u:\b)([^,]*)$"
"""Before a figure: what follows the last negation word (group 1)."""
CLAUSE_JOINER = r"(?-u:\b)(?:und|oder|aber|sowie)(?-u:\b)"
"""A conjunction joining a clause of its own."""

RARELY_BEFORE = (
    r"(?:kaum|niemand|kein(?:e[mnr]?)?|selten|nirgends|(?:nur\s+)?(?:sehr\s+)?wenige)(?-u:\b)[^.;:]{0,60}$"
    r"|(?-u:\b)nicht\s+mit\s*$"
)
"""Before ``mehr als``/``über``/``besser als``: few get more (``Als Einstieg bekommen Fahrer
selten mehr als 1.800 Euro``, ``keine Stelle, die besser als 8 Euro dotiert ist``, ``solltest
Du nicht mit mehr als 2.400 Euro rechnen``): a ceiling. ``nicht`` is too loose here (``Wer nicht in Teilzeit arbeitet, verdient mehr als
…``)."""
NOT_RARELY_BEFORE = r"nicht\s+(?:sehr\s+)?(?:wenige|selten)|mit\s+kaum"
"""``Nicht wenige Ingenieure verdienen mehr als 6.000 Euro``: not rare after all."""


SENIORITY_LEAD = (
    r"leitend|leitungs(?:position|funktion|ebene|verantwortung|aufgabe|rolle|stelle|kr|team)|leitung(?:en)?(?-u:\b)|[a-zäöüß]leiter|team\s?leads?(?-u:\b)|führungs"
    r"|(?:team|personal|budget)verantwortung|head\s+of|director|direktor|geschäftsführ"
    r"|chef(?:in|innen|s)?(?-u:\b)|chef(?:arzt|ärzt)|management-ebene|(?-u:\b)ceos?(?-u:\b)|co-ceo|vorstand|vorständ"
    r"|intendant|bürgermeister|landrat|landrät|topmanager|spitzenmanager|aufsichtsrat"
)
"""Cues that a figure is for leading positions: ``leitenden Positionen``,
``Führungsverantwortung``, ``Teamleitung``, ``Filialleitungen``, compounds such as
``Abteilungsleiter``. Not the plain word ``Führung`` (``die Führung interdisziplinärer
Teams`` describes a task) nor a standalone ``Leiter`` (``IT Leiter`` is an occupation)."""

SENIORITY_ENTRY_WEAK = r"beginnt|startet|starten\s+(?:mit|bei)"
"""Weaker entry cues (``Das Gehalt beginnt bei …``): they count only when no stronger cue
is nearer than ``WEAK_CUE_PENALTY`` characters (``Für Geschäftsführer beginnt die Spanne
bei …`` is lead)."""

WEAK_CUE_PENALTY = 40

SENIORITY_ENTRY_YEAR = r"ersten\s+jahr"
"""``im ersten Jahr``: an entry cue, unless the figure's clause speaks of trainees or a
minimum wage (``SENIORITY_NEUTRAL``: the first year of training is no level of experience);
``im ersten Berufsjahr`` and ``in den ersten zwei Jahren`` are full entry cues."""
YEAR_CUE_PENALTY = 1000
NEUTRAL_CUE_DISTANCE = 500
"""In the figure's own clause a trainee or minimum-wage word counts as if this many bytes
away: nearer cues win (``Azubis, die übernommen werden, erhalten ein Einstiegsgehalt``),
``ersten Jahr`` (``YEAR_CUE_PENALTY``) loses."""

NEW_SUBJECT = r"^\s*(?:(?:und|sowie|oder)\s+)?(?:(?:ein|eine|einer|der|die|das)\s+)?[A-ZÄÖÜ]"
"""A clause after a comma that opens with a capitalised word, or an article before one, has
a subject of its own (``…, Kapitäne später bis zu 250.000 €``, ``…, ein Facharzt 6.400 €``);
one opening in lower case continues the previous statement (``…, im zweiten 1.120 €``,
``…, allerdings mit Teamleitung``)."""

RAISE_NOT_HOURLY_MIN = 50.0
"""A figure of this size or more without a period word, read as an hour's pay for its size,
is taken for the raise when a raise word stands in its sentence (few hourly wages are
this high; raises of a month are)."""

LEVEL_RAISED_BY_PERCENT_AFTER = (
    r"^(?:[^.;]|[0-9]\.){0,40}?(?-u:\b)(?:bedeutet|bedeuten|bedeutete|entspricht|entsprechen|sind|ist|war|waren)\s+(?:eine[nm]?|ein)\s+"
    r"(?:\S+\s+)?(?:steigerung|erhöhung|anhebung|plus|zuwachs|anstieg)\s+(?:von|um)\s+(?:\S+\s+)?[0-9]+(?:[.,][0-9]+)?\s*(?:prozent|%)"
)
"""After a small figure: the raise it means, in per cent (``430 Euro im 1. Lehrjahr bedeutet eine
Steigerung um rund 18 Prozent``): the figure is the new level, no raise."""

RAISE_WORDS = r"tarifplus|plus|erhöh|steiger|steigen|steigt|anhebung|zuwachs|zuwächs|mehr|aufschlag|zulage|zuschlag|prämie|bonus|nachzahlung"
"""Words of a raise or difference: a small figure (below the monthly minimum, no period
word) in a sentence with one of them is the raise, not a salary (``ein Tarifplus von
5,5 Prozent, mindestens aber 340 Euro``)."""

SENIORITY_NEUTRALISE = (
    r"((?i:je\s+nach|ohne|wenig|abhängig\s+von)\s+(?i:[a-zäöüß]+\s+(?:und|oder|sowie)\s+|der\s+)?(?i:berufs)?)[eE](rfahrung)|[eE](rfahrungsstufe)|[sS](tufe\s+1\s*(?:\|\s*[sS]tufe|bis(?-u:\b)))"
    r"|((?i:je\s+(?:nach\s+)?(?:den\s+|dem\s+)?))[bB](erufsjahr)"
    r"|((?i:ersten\s+(?:zwei|drei|vier|fünf|[0-9])\s+))[bB](erufsjahr)"
    r"|((?i:(?:bis\s+zu\s+einem|(?:weniger\s+als|unter)\s+(?:einem|zwei|drei|vier|fünf|[0-9]))\s+jahr(?:e|en)?\s+(?:[a-zäöüß]+-)?(?:berufs|arbeits)?))[eE](rfahrung)"
    r"|((?i:ohne)\s+)[fFpP]((?:ührungs|ersonal)verantwortung)"
    r"|((?i:(?:vor|in\s+den\s+(?:kommenden|nächsten|letzten|vergangenen)|innerhalb\s+von|(?:über\s+)?einen\s+zeitraum\s+von)\s+"
    r"(?:[0-9]{1,2}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|einigen|mehreren|wenigen|vielen)\s+))[jJ](ahren)"
    r"|[sS](tufe\s+(?i:ab|zum|am|per)\s+(?i:dem\s+|den\s+)?(?:[0-9]|(?i:jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez)))"
    r"|((?i:berufs|arbeits)?)[eE](rfahrung\s+(?i:von\s+)?(?i:bis\s+zu\s+einem|(?:weniger\s+als|unter)\s+(?:einem|zwei|drei|[0-9]))\s+(?i:jahr))"
)
SENIORITY_NEUTRALISED = "${1}${5}${7}${9}${11}${13}${16}_${2}${3}${4}${6}${8}${10}${12}${14}${15}${17}"
"""``je nach Erfahrung`` says the figure varies, ``ohne Berufserfahrung`` is the opposite
of experience and an ``Erfahrungsstufe`` is a step of a pay scale: the extractor blanks
their ``E`` (``SENIORITY_NEUTRALISED``: same length, so offsets stay) before looking for
cues (``ohne Berufs_rfahrung`` and ``ersten _rfahrungsstufe`` are entry cues). A table
header ``Stufe 1 | Stufe 2`` names the columns, not the row's level; ``je nach Berufsjahr``
says the figure varies; ``ohne Führungsverantwortung`` is no lead; ``vor zehn Jahren`` is a
time ago and ``in den kommenden zwei Jahren`` a time ahead, no experience; a ``Stufe ab dem 1. Januar`` is a stage of a raise in time, no step
of a scale (``In der letzten Stufe ab dem 1. Januar 2020 …``). ``in den ersten vier Berufsjahren``, ``bis zu einem Jahr
Berufserfahrung`` and ``Berufserfahrung von bis zu einem Jahr`` name the start of a career: their ``B``/``E`` is blanked too (entry cues
read the blanked forms)."""


def ci(pattern: str) -> str:
    """The pattern, matched case-insensitively (the constants above carry no flags)."""
    return f"(?i:{pattern})"


OPENING_CHARS = 600
"""The opening of a text whose occupation words name the document's subject."""

TITLE_MAX_CHARS = 120
"""A first line longer than this is prose, not a title: its places and occupations are the
sentence's, not the document's."""

PLACE_ALIASES = {"NRW": "Nordrhein-Westfalen", "BaWü": "Baden-Württemberg", "MV": "Mecklenburg-Vorpommern"}
"""Abbreviations of Bundesländer as texts write them."""

PLACE_PREPOSITION_PREFIX = (
    r"^(?:[Ii]n|[Aa]us|[Nn]ach|[Bb]ei|[Ii]m\s+Raum|Raum|Region|Großraum|Stadt|Landeshauptstadt)\s+"
)
PLACE_AFTER = (
    r"(?-u:\b)(?:[Ii]n|[Aa]us|[Nn]ach|[Bb]ei|[Ii]m\s+Raum|Raum|Region|Großraum|Stadt|Landeshauptstadt)\s+"
    r"(?:NRW|BaWü|MV|[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*(?:\s(?:am|an\sder|im|in\sder)\s[A-ZÄÖÜ][a-zäöüß]+)?)"
    r"|(?-u:\b)(?:Baden-Württemberg|Bayern|Brandenburg|Hessen|Mecklenburg-Vorpommern|Niedersachsen"
    r"|Nordrhein-Westfalen|Rheinland-Pfalz|Saarland|Sachsen-Anhalt|Sachsen|Schleswig-Holstein|Thüringen|NRW)"
)
"""A capitalised name after a place preposition: ``in Leipzig``, ``aus Frankfurt am Main``,
``im Raum Stuttgart``, ``in Nordrhein-Westfalen``; whether it is a place decides the
gazetteer (``in Teilzeit`` is none). A Bundesland's name needs no preposition (``Sachsen
(2.032 €), Thüringen (2.150 €)``): it names no other thing."""


NATIONAL = r"(?i:in\s+(?:ganz\s+)?Deutschland|bundesweit|deutschlandweit|hierzulande|bundesdeutsch)"
"""A figure for the whole country: the record's place is ``Deutschland``."""

_NOUN = r"[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]+(?:[-/][A-Za-zÄÖÜäöüß]+)*"
_OCC = rf"({_NOUN}(?:\s\(m/w/d\))?)"

TITLE_OCCUPATION = [
    r"(?i:(?:gehalt|verdienst|einkommen|lohn|besoldung|vergütung)\s+(?:als|eines|einer|für|von)\s+)" + _OCC,
    r"(?i:was\s+verdien\w*\s+(?:man\s+als|ein|eine|der|die)\s+)" + _OCC,
    r"(?i:(?:so\s+viel|wie\s+viel)\s+verdien\w*\s+(?:man\s+als\s+|ein\s+|eine\s+)?)" + _OCC,
    r"^\s*" + _OCC + r"(?:\s*[:–-]\s*|\s+)(?i:gehalt|verdienst|einkommen|lohn)",
    r"^\s*(?i:gehalt)\s+" + _OCC + r"\s*(?:[:–-]|$|\s+in\s|\s+[0-9])",
    # a job ad's title: ``Erzieher/in (m/w/d)``, ``Data Engineer (w/m/d)``, ``Koch ( m w d)``
    r"^\s*([A-ZÄÖÜ][\w/-]*(?:\s+[A-ZÄÖÜ][\w/-]*){0,2})\s*\(\s*[mwdfx](?:\s*[/, ]\s*[mwdfx]){1,2}\s*\)",
]
"""An occupation in a title line: ``Gehalt als Pilot``, ``Was verdient eine Hebamme?``,
``Pflegefachkraft: Gehalt und Einkommen``, ``Gehalt Mechatroniker 2025``."""

LOCAL_OCCUPATION = (
    r"^\s*(?:(?:und|sowie|oder|bzw\.)\s+)?(?:ein|eine|einer|der|die|den|dem|für|bei)\s+"
    + _OCC
    + r"(?:\s+(?:etwa|rund|ca\.|knapp|gut|bis\s+zu|sogar|nur|dann|schon|im\s+schnitt))?\s*$"
)
"""The words between two figures that name only the next figure's occupation: ``4.900 €,
ein Facharzt 6.400 €``, ``… und für Elektroniker rund 3.100 €``."""

SENTENCE_OCCUPATION = [
    r"(?-u:\b)[Aa]ls\s+(?:angestellte[rn]?\s+|ausgebildete[rn]?\s+|examinierte[rn]?\s+)?" + _OCC,
    r"(?-u:\b)(?:[Ee]in|[Ee]ine|[Dd]er|[Dd]ie)\s+"
    + _OCC
    + r"\s+(?:verdient|verdienen|bekommt|bekommen|erhält|erhalten)",
    r"^\s*"
    + _OCC
    + r"(?:\s+(?:in|aus|im)\s+\S+)?\s+(?:verdienen|bekommen|erhalten|kommen\s+auf|starten|liegen)",
    # (on one line: ``Wo Azubis am meisten verdienen`` ⏎ ``Neben der Frage …`` names none)
    r"(?:verdienen|bekommen|erhalten|kommen|verdient|bekommt|erhält)[^\S\n]+(?:(?:angestellte|ausgebildete|erfahrene|junge)[^\S\n]+)?"
    + _OCC,
    r"(?i:gehalt|einkommen|verdienst|vergütung|lohn)\w*\s+(?:eines|einer|von|für)\s+(?:(?:angestellten|ausgebildeten)\s+)?"
    + _OCC,
    r"(?-u:\b)(?:[Zz]um|[Zz]ur)\s+" + _OCC,
    r"^\s*" + _OCC + r"\s+(?:ist|sind|sein|werden|haben|arbeiten)(?-u:\b)",
    r"(?-u:\b)[Dd]ie\s+(?:[^\s.!?]+\s+){0,5}?" + _OCC + r"\s+(?:bekommen|erhalten|verdienen)",
    # ``Eine Pflegefachkraft bei der Caritas verdient …``: a few words between
    r"(?-u:\b)(?:[Ee]in|[Ee]ine|[Dd]er|[Dd]ie)\s+(?:[a-zäöüß]+\s+)?"
    + _OCC
    + r"\s+(?:[^\s.!?,;]+\s+){1,5}?(?:verdient|verdienen|bekommt|bekommen|erhält|erhalten)(?-u:\b)",
]
"""An occupation in the record's sentence: ``Als Mechatronikerin verdient man …``, ``Eine
Hebamme verdient …``, ``Piloten verdienen …``, ``… verdienen Architekten meist …``, ``das
Gehalt eines Physiotherapeuten``, ``Ausbildung zum Elektroniker``, ``Architekt ist …``,
``Die bundesweit 600 000 Gebäudereiniger bekommen …``. What is found must look like an occupation
(``OCCUPATION_SUFFIX``) and be no general word (``NOT_OCCUPATION``)."""

OCCUPATION_SUFFIX = (
    r"(?:er|erin|erinnen|eur|eure|eurin|ent|enten|entin|ist|isten|istin|kraft|kräfte|mann|männer|frau|frauen|leute"
    r"|arzt|ärzte|ärztin|ant|anten|antin|at|aten|oge|ogen|ogin|eut|euten|eutin|ar|are|arin|ör|öre|eter|e|en|in|innen"
    r"|chef|chefs|chefin|ceo|ceos|helfer|meister|wirt|wirte|wirtin|(?:\(m/w/d\)))$"
)
"""How occupations end (``Mechatroniker``, ``Pflegefachkraft``, ``Bankkaufmann``,
``Physiotherapeuten``, ``Notar``): a capitalised word after ``als`` that ends otherwise
(``als Beispiel``) is none."""

NOT_OCCUPATION = (
    r"^(?:berufs|einst|anf|absolv|beschäft|arbeitn|mitarbeit|angestellt|fachkr|azubi|auszubild|frauen|männer"
    r"|menschen|person|deutsch|bürger|teilzeit|vollzeit|durchschnitt|gehalt|einkommen|brutto|netto|lohn|man(?-u:\b)"
    r"|sie(?-u:\b)|er(?-u:\b)|es(?-u:\b)|das(?-u:\b)|die(?-u:\b)|der(?-u:\b)|wer(?-u:\b)|junior|senior|erfahren"
    r"|viele|alle|einige|manche|jeder|jede|du(?-u:\b)|ich(?-u:\b)|wir(?-u:\b)|ihr(?-u:\b)|tarif|stunde|monat|jahr"
    r"|mindest|arbeitgeber|unternehmen|firmen|betrieb|studie|umfrage|frau(?-u:\b)|mann(?-u:\b)|kind|eltern|leute|männlich|weiblich|woche"
    r"|beispiel|folge|ergebnis|faustregel|regel|zahl|summe|grund|basis|ausgleich|alternative|arbeit|stelle|job|beruf"
    r"|vollzeitkr|teilzeitkr|minijobber|aushilfe|kolleg|nachwuchs|neue|jüngere|ältere|über|unter|rund|etwa|knapp|ohne|mit"
    # (a level of skill, not a job: ``als Experte auf deinem Gebiet``, ``Profis``)
    r"|experte[n]?$|expertin(?:nen)?$|profis?$"
    r"|januar|februar|märz|april|mai(?-u:\b)|juni|juli|august|september|oktober|november|dezember"
    r"|hälfte|drittel|viertel|mehrheit|minderheit|schlusslicht|spitzenreiter|spitze|quereinst|ungelernt|zuschl|zulage"
    r"|prämie|sonderzahl|weihnacht|urlaub|region(?:en)?$|länder|land(?-u:\b)|städte|osten|westen|süden|norden|anfang|ende"
    r"|mitte|höhe|niveau|schnitt|wert$|prozent|euro|vergleich|verhandl|gewerkschaft(?:en)?$|bundesl|steuern?$|abgabe"
    r"|heute|derzeit|aktuell|zurzeit|damals|bisher|künftig|inzwischen|mittlerweile|seither|leben(?-u:\b)"
    r"|hier(?-u:\b)|dort(?-u:\b)|da(?-u:\b)|dann(?-u:\b)|dagegen|dafür|daher|damit|deshalb|außerdem|zudem|kranken(?-u:\b)|top-verdiener|spitzenverdiener|geringverdiener|kader$|vereine?n?$|mannschaft(?:en)?$|teams?$|klub$|club$"
    r"|münch(?:e)?ner|berliner|hamburger|kölner|frankfurter|stuttgarter|dresdner|leipziger|bremer|düsseldorfer"
    r"|nürnberger|hannoversche[rn]?|dortmunder|essener|bochumer|mainzer|wiesbadener"
    # (determiners and adjectives opening a sentence: ``Diese verdienen …``, ``Gute …``)
    r"|diese[nmrs]?$|dein[e]?[nmrs]?$|mein[e]?[nmrs]?$|sein[e]?[nmrs]?$|ihre[nmrs]?$|unsere?[nmrs]?$|eine[nmrs]?$"
    r"|erste[nmrs]?$|zweite[nmrs]?$|gute[nmrs]?$|große[nmrs]?$|besser|beste[nmrs]?$|geringere?[nmrs]?$|deutliche[nmrs]?$"
    r"|hohe[nmrs]?$|höhere[nmrs]?$|niedrige[nmrs]?$|andere[nmrs]?$|weitere[nmrs]?$|in$|innen$|be$|eur$|demgegenüber"
    # (things, not people)
    r"|frage|chance|grenze|gruppe|freude|gebühr|famil|anzeige|apotheke|garten|gasse|homeoffice|honorar$|information"
    r"|entgelt|empfehl|engagement|formsache|freigabe|argument|analyse|blaupause|barrikade|behälter|fliegen$|dienstwagen"
    r"|altersvorsorge|aufstieg|einsatzprämie|ersatzkasse|führerschein|glücksbringer|inventurhilfe"
    r"|offenbar|meist$|zwar$|teilweise|üblicherweise|zusammen$|weniger$|welche[nmrs]?$|letztere[nmrs]?$|zehntausende|tausende|millionen"
    r"|positiven|missfallen|tragen$|wohnen$|zuhören|verschicken|plantschen|recherchen|untreue|strafe|theke|muster$|novelle"
    r"|menge$|merkliste|mensaessen|schulter|teilnahme|richtwert|prime$|place-to-be|liefe$|lesen$|konzern|gehält"
    # (sources of salary figures: ``laut Stepstone``)
    r"|stepstone|kununu|glassdoor|indeed|destatis|statista|gehalt\.de|absolventa|payscale|xing|linkedin)"
    r"|(?:gastronomie|branche|industrie|wirtschaft|handel|sektor|bereich|gewerbe|ie)$"
    # (institutions, places and things named by their last part: ``Minijob-Grenze``, ``Stadtwerke``)
    r"|(?:grenze|seite|liste|stufe|sätze|firmen|betriebe|werke|kasse|kassen|schule|schulen|haushalten|unternehmen"
    r"|anstalten|kreisen|gruppe|löhne|prämien|pauschalen|spesen|zuwächse|olympiade|theater|orchester|restaurant"
    r"|repertoire|software|medizin|pflege|geburtshilfe)$"
    # (abstract nouns)
    r"|(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ment|nis|nisse|tät|täten|ismus)$"
)
"""Words for people in general, pronouns, pay words, months, shares (``Hälfte``), ranks
(``Schlusslichter``), payments (``Zuschläge``) and sectors (``Systemgastronomie``,
``Metallindustrie``): never an occupation."""


TABLE_ROW_LABEL = r"^\|?\s*([^|\n€]*\p{L}[^|\n€]*?)\s*\|[^\n]*\|"
"""A row of a table written with ``|``: its first cell, holding a letter, is the row's label
(``nach zwei Jahren im Betrieb | 14,60 € | 15,20 € |``): a figure in any of its cells is that
row's, another group than the same figure in a row with another label."""
LIST_LINE_LABEL = (
    r"^(?:[•*·–-]\s*([A-ZÄÖÜ][a-zäöüß][\wäöüßÄÖÜ-]{2,})(?:[^.!?0-9]|ca\.){0,40}"
    r"|([A-ZÄÖÜ][a-zäöüß][\wäöüßÄÖÜ-]{2,}):?\s+"
    r"|\|?\s*((?:[0-9]{1,2}\.\s*)?[A-ZÄÖÜ][a-zäöüß][\wäöüßÄÖÜ/.-]+(?:\s+[\wäöüßÄÖÜ/.()-]+){0,3}?)\s*\|\s*"
    r"|([0-9]{1,2}\.\s*[A-ZÄÖÜ][a-zäöüß][\wäöüßÄÖÜ-]{2,}):\s+(?:ca\.\s*|rund\s+|etwa\s+)?)(?:€\s*)?[0-9]"
)
"""A list's line that opens with its label before the figure (``• Koch im Zugrestaurant 1.700
Euro``, ``Spezialitätenkoch 1.800 Euro``, ``Diätkoch: 1.900 Euro``, ``- Bremen: ca. 2.700 Euro``,
``3. Ausbildungsjahr: ca. 1.400 Euro``, a table's row ``Bremen | 8,84 € |``, ``Halle/Saale |
2.310 Euro |``, ``| 2. Lehrjahr | 815,00 € |``): the label is group 1 (after a bullet), group 2
(one word right before the figure), group 3 (up to four words, or a year's ordinal and a word,
before a bar, a bar before them too) or group 4 (a year of training before a colon)."""
LIST_LINE_NOT_LABEL = (
    r"^(?:Aber|Also|Auch|Dann|Doch|Oder|Denn|Dort|Hier|Rund|Etwa|Knapp|Mehr|Noch|Jetzt|Heute|Seit"
    r"|Nach|Circa|Bislang|Künftig|Zuvor|Damals|Inzwischen|Mittlerweile|Insgesamt|Brutto|Netto"
    r"|Maximal|Mindestens|Höchstens|Durchschnittlich|Ungefähr|Zwischen|Derzeit|Aktuell|Momentan"
    r"|Gerade|Schon|Bereits|Immerhin|Über|Unter|Fast|Stolze|Satte|Sogar|Ganze|Nun|Dabei|Damit"
    r"|Davon|Dafür|Danach|Somit|Zusammen|Monatlich|Jährlich|Stündlich|Ab|Bis|Von|Plus|Minus|Nur"
    r"|Gut|Ca"
    r")$"
)
"""Capitalised words opening a sentence that are no list's label (``Aber 4,50 € Stunde``)."""
EVIDENCE_LEAD = r"^([^:0-9]{3,60}):\s*(?:[0-9]{1,2}\.\s*[A-ZÄÖÜ]|[•*·–-]\s)"
"""A statement's sentence opening with a lead before a colon and a list (``Ausbildung in der
Pflege: 1. Ausbildungsjahr …``, ``… : • …``): group 1, the group its list is about."""
FIGURE_ALONE = r"^\|?\s*(?:ca\.\s*|rund\s+|etwa\s+)?(?:€\s*)?[0-9][0-9.,\s]*(?:€|(?i:euro|eur))?\s*\|?\s*$"
"""A line that is nothing but a figure (``1.307 €``; a table's cell flattened to a line of its
own, ``2.480 Euro |``): its label stands on the line above."""
LIST_LINE_MAX = 60
"""A line up to this many characters can be a list's line (``LIST_LINE_LABEL``)."""

GRID_FIGURE = r"\b(?:[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]{1,2})?|[0-9]{1,4},[0-9]{2})\b"
"""A figure of a pay grid's cell: thousands grouped with a point (``3.481``, ``4.002,50``), or
with cents (``14,71``)."""
GRID_ROW_MIN = 3
"""A line with this many grid figures or more is a row of a pay grid, whose cells repeat one
another's figures (see ``pipeline._grid_row``)."""
GRID_LETTERS_MAX = 0.25
"""A grid's row is mostly figures: letters make at most this share of its characters."""

LABEL_HEAD_WORD = r"\s([\p{L}-]{4,})[^\p{L}]*$"
"""The head word of a list line's label of two words or more, its last word of four letters or
more (``Zweites Lehrjahr`` → ``lehrjahr``)."""
LABEL_FIRST_STEM = r"^(\p{L}{4})"
"""The stem of a list line's label's first word, when it opens with four letters (``Zweites`` →
``zwei``, matching ``zweiten``)."""

SCALE_STEP = r"(?-u:\b)(?:stufe|erfahrungsstufe|entwicklungsstufe|entgeltgruppe|besoldungsgruppe|lohngruppe|tarifgruppe)\s*:?\s*[a-z]{0,2}\s*[0-9]"
"""A pay scale's step or group with its number (``Stufe 2``, ``Entgeltgruppe P 8``): a line naming
one speaks of pay."""

CURRENCY_THEN_ENUMERATOR = r"^(?i:€|euro|eur)\s*1$"
"""A statement of the currency and the number one, a point and a space after it (``in Euro`` ⏎
``1. Facharbeiter``): a list's first number below a currency, not an amount."""

BILL_WOULD_BEFORE = (
    r"(?:gesetzesvorlage|gesetzesentwurf|gesetzentwurf)\s+(?:sollen|soll|würden|würde)(?-u:\b)[^.;]*$"
)
"""Right before a figure (lower case): what a bill would give (``Nach der Gesetzesvorlage sollen
Zusteller … 9,10 Euro bekommen``), a proposal."""

CHARGED_AFTER = (
    r"(?i)^[^,;.!?]{0,80}?(?-u:\b)in\s+rechnung\s+(?:stellt|stellen|stellte|stellten|stelle)(?-u:\b)"
)
"""Right after a figure, in its own clause: a rate charged (``… über 30 Euro pro Stunde für den
Koch in Rechnung stellt``), a price."""

SHARE_BEFORE = r"(?-u:\b)(?:anteil|quote|prozent)(?-u:\b)[^.;]{0,60}$|%[^.;]{0,60}$"
"""Right before a figure (lower case): a share named (``der Anteil der Einkommen``), whose bound
``unterhalb``/``oberhalb`` of a figure is no pay (``SHARE_BOUND``)."""
SHARE_BOUND = r"(?i)^(?:unterhalb|oberhalb)(?-u:\b)|(?i)(?-u:\b)(?:unterhalb|oberhalb)\s*$"
"""A bound of a share: the statement opens with ``unterhalb``/``oberhalb`` (``oberhalb von 5.000
Euro``), or the words before it end with one (``unterhalb`` ⏎ ``von 2.100 Euro``)."""
EXPERIENCE_NEGATED_MID = (
    r"(?i)(?-u:\b)(?:ohne|wenig|keine|kaum|geringe[rn]?)\s+(?:\S+\s+)?(?:berufs)?erfahrung"
)
EXPERIENCE_MID = (
    r"(?i)(?:erfahrung|(?-u:\b)im\s+laufe\s+der|(?-u:\b)mit\s+den\s+jahren|(?-u:\b)mit\s+der\s+zeit"
    r"|(?-u:\b)nach\s+(?:einigen|mehreren|ein\s+paar)\s+jahren|(?-u:\b)später(?-u:\b))"
)
"""Between the bounds of a ``von``/``bei … bis`` span: years of work gained (``ein Einstiegsgehalt
von ca. 3.600 Euro … und mit mehr Arbeitserfahrung sogar bis zu 4.200 Euro``, ``liegt bei 2.931
Euro und kann im Laufe der Jahre auf bis zu 3.979 € steigen``; a start named before the first
bound, ``SENIORITY_ENTRY_NAMED``; not ``ohne Erfahrung``, ``EXPERIENCE_NEGATED_MID``): a start and a
later cap, two figures."""
INCOME_BRACKET_BEFORE = (
    r"(?-u:\b)(?:einkommen|monatseinkommen|bezüge|bezügen|monatsbezüge|gehälter|gehältern|löhne|löhnen|entgelte|entgelten"
    r"|renten|pensionen)\s+(?:von\s+)?$"
)
RAISED_BY_AFTER = (
    r"^\s*(?:brutto\s+)?(?:(?:werden|wird|steigen|steigt|erhöhen\s+sich|erhöht\s+sich)\s+(?:\S+\s+){0,3}?um\s+(?:[0-9]|den|einen|eine)"
    r"|um\s+[0-9][0-9,.]*\s*(?:prozent|%)"
    # (``Bezieher von Gehältern bis 3.400 Euro brutto die vollen 2,33 Prozent bekommen``)
    r"|(?:brutto\s+|netto\s+)?(?:die\s+|den\s+)?(?:vollen\s+)?[0-9][0-9,.]*\s*(?:prozent|%))"
)
"""Incomes up to or above a figure raised by a rate (``Einkommen bis 1.111 Euro um 3,6 Prozent
erhöht``, ``Gehälter von mehr als 5.220 Euro steigen um den Fixbetrag``; the bracket's noun right
before the figure, a bound word opening it, the raise right after it): a bracket's bound, a
``threshold``."""
INTEREST_BASE_BEFORE = r"(?:^|[\n,;])\s*aus\s+$"
INTEREST_BASE_SINCE_AFTER = (
    r"^\s*(?:\([^)]*\)\s*)?(?:brutto\s+|netto\s+)?seit\s+(?:dem\s+)?[0-9]{1,2}\.\s*(?:[0-9]{1,2}\.|[a-zä]+)"
)
"""A line of a court's order of interest: ``aus`` a sum ``seit`` a date, in brackets and ``brutto``
between them or not (``aus 3.819,18 EUR (in Worten: …) brutto seit 01. Februar 2007``; the
sentence after the figure, lower case), with ``INTEREST_SINCE_*``."""
CLAUSE_OPENS_BEFORE = r"(?:^|[:;–])\s*$"
"""Right before a figure (lower case): nothing, or a colon, semicolon or dash: the figure opens
its clause."""
FIGURE_FIRST_COMPARED_AFTER = r"^\s*(?:brutto\s+|netto\s+)?(?:verdienen|verdient|bekommen|bekommt|erhalten|erhält)\s+(?:[^\s,;:–-]+\s+){0,6}?(?:weniger|mehr)\s+als(?-u:\b)"
"""Right after a figure that opens its clause (lower case): what some earn less or more than others
(``1.127 Euro verdienen Bauingenieure im Schnitt monatlich weniger als Elektroingenieure``), a
difference (``raise_or_difference``)."""
FIGURE_FIRST_NOT_COMPARED_AFTER = (
    r"(?-u:\b)(?:damit|somit|also)\s+(?:\S+\s+)?(?:weniger|mehr)\s+als(?-u:\b)"
    r"|(?:weniger|mehr)\s+als\s+(?:die\s+hälfte|ein\s+drittel|ein\s+viertel|ein\s+fünftel|jede[rn]?\s|[0-9])"
)
"""Look-alikes of ``FIGURE_FIRST_COMPARED_AFTER``: a level then compared (``… und damit mehr als im
Bund``), a share of people (``mehr als die Hälfte der Piloten``)."""
AWARDED_BEFORE = r"(?:das|ein)\s+[a-zäöüß]*gericht\s+(?:sprach|spricht)\s+(?:(?:der|dem|den|die|ihm|ihr|ihnen)\s+)?[a-zäöüß-]*\s*$"
AWARDED_AFTER = r"^[^.;:…]*?(?-u:\b)zu\s*(?:[.,;]|$)"
"""A court awarding a sum (``Das Gericht sprach der Frau 14.500 Euro entgangenen Lohn … zu``): the
court and ``sprach`` right before the figure, the verb's ``zu`` closing the clause after it (not
``spricht von``: talk of a figure) (``one_off_payment``)."""
RAISED_WITH_BEFORE = r"(?-u:\b)mit\s+(?:jeweils\s+|je\s+)?$"
RAISED_WITH_AFTER = r"^\s*(?:[^\s.,;:…0-9]+\s+){0,6}?(?:angehoben|erhöht|aufgestockt|gesteigert)\s*(?:[.,;]|$|worden|werden|wurden|hat|haben)"
"""A pay raised with a figure (``haben die Vergütung mit jeweils rund 250 Euro um die höchsten
Beträge angehoben``; the participle closing the clause, not ``erhöht sich``; no conjunction or
separable ``ein`` before it, ``RAISED_WITH_BROKEN_AFTER``: ``steigt mit 3.000 Euro ein und wird …
erhöht``): the raise, no level (``raise_or_difference``)."""
RAISED_WITH_BROKEN_AFTER = r"^\s*(?:[^\s.,;:…0-9]+\s+){0,6}?(?:und|oder|aber|ein)\s"
PERCENT_ASIDE_DIFFERENCE_AFTER = r"^\s*\((?:oder|bzw\.?|rund|etwa|knapp|gut|plus|minus)?\s*[+-]?[0-9][^)]{0,12}(?:prozent|%)\s*\)\s*(?:mehr|weniger|höher|niedriger)(?-u:\b)"
"""Right after a figure (lower case): a percentage in brackets, then ``mehr``/``weniger`` (``um
37.000 Euro (oder 24 Prozent) mehr als 2002``): a difference (``raise_or_difference``)."""
MUST_AMOUNT_AFTER = r"^\s*(?:brutto\s+)?betragen\s+(?:muss|müssen|soll|sollte|sollten|darf|dürfen)(?-u:\b)"
"""Right after a figure (lower case): what a figure must amount to (``ein Stundensatz, der
wenigstens 13,90 Euro betragen muss``): a rule's ``threshold``."""
EXAMPLE_LINE = r"(?i)^\W*(?:ein\s+)?(?:rechen|berechnungs)?beispiel\s*:?\s*$"
"""A sentence before that is nothing but ``Beispiel:``: the figures of the sentence after it are
an example's (``hypothetical``)."""
COSTS_RELATIVE_AFTER = (
    r"^\s*,\s*(?:die|den)\s+(?:[^\s,;]+\s+){0,8}?(?:kostet|kosten|kostete|gekostet|mehr\s+kostet)(?-u:\b)"
)
"""Right after a figure (lower case): a relative clause saying what something costs (``Die 13 Mio.
Euro, die der Gehaltsabschluss mehr kostet``): a cost (``budget_or_turnover``)."""
SIZE_OF_GAP_NEXT = r"(?i)^\W*so\s+(?:groß|hoch|gering|klein|weit)\s+ist\s+(?:der|die|das)\s+[a-zäöüß-]*(?:unterschied|lücke|abstand|differenz|gefälle|gap)"
"""A sentence after that names the figure a gap (``Fast 20.000 Euro. So groß ist der
Gehaltsunterschied …``): a difference (``raise_or_difference``)."""
PRODUCT_BEFORE = r"[0-9]\s*x\s*[0-9][^=]{0,20}=\s*\)?\s*$"
"""Right before a figure: a product worked out (``(11 x 5.430,81 € =) 59.738,91 €``), a sum over
months or heads, no one's pay for a period (``budget_or_turnover``)."""
CHANGE_TO_CAP_MID = r"(?i)(?-u:\b)auf\s*$"
"""Between the bounds of a ``von … bis`` span: ``auf`` (``von 2.400 Euro auf bis zu 3.600 Euro``):
an old level and a new cap, two figures."""

SEVERAL_BEFORE = r"(?-u:\b)mehrere\s*$"
"""Right before a figure (lower case): ``mehrere`` (``Mehrere 100.000 Euro pro Jahr``), a vague
multiple of it, not an amount."""

STEP_HEADER_ROW = r"(?i)(?-u:\b)stufe\s*1(?-u:\b)[^\n]*?(?-u:\b)stufe\s*[5-8](?-u:\b)"
"""A pay grid's header naming its steps on one line, up to the fifth or a later one (``Gruppe |
Stufe 1 | … | Stufe 6``, ``nach 1 Jahr in Stufe 1 … nach 5 Jahren in Stufe 5``): its rows' cells
run from the first step to the top one (``pipeline._with_grid_seniority``); a grid of the first
steps only (``Stufe 1 | Stufe 2 | Stufe 3``) ends on no top step."""

YIELD_OR_HOUSEHOLD_BEFORE = r"(?i)(?:reinertr(?:a|ä)g|(?-u:\b)haushalt\s+(?:\S+\s+){0,4}?einkommen)[^,;:]*$"
"""Before a figure, no comma, semicolon or colon between: a practice's net yield (``Der Reinertrag
eines … liegt laut … bei``) or a household's income (``Jedem Haushalt mit vier Köpfen stehen
Einkommen von``), no pay."""


BETWEEN_FIRST_BOUND = r"^(?s)(.*?[0-9].*?)\s+(?:und|u\.|bis)\s"
"""A ``zwischen`` statement's first bound with its words, up to the first ``und``/``bis`` after a digit."""

BETWEEN_PERIOD_AFTER_FIGURE = r"[0-9](?:[^0-9]*?(?:€|Euro|EUR))?\s*(?:brutto\s+)?([^0-9]{2,25})$"
"""The words after a range's first figure and its currency (``48.000 Euro p.a.``: ``p.a.``)."""

PERIOD_OPENS_AFTER = (
    r"^\s*(?:brutto\s+|netto\s+)?((?:im|pro|je|per)\s+(?:Monat|Jahr|Stunde)|die\s+Stunde|in\s+der\s+Stunde|/\s?(?:Monat|Jahr|Stunde|h)"
    r"|monatlich|jährlich|stündlich|p\.\s?[am]\.)(?:\s*[.,;:!?)]|\s*$|\s+(?:brutto|netto|und|oder)(?-u:\b))"
)
"""The period words right after a figure, closing its clause (``4.500 Euro im Monat``: ``im Monat``; not a
date, ``im Jahr 2023``, ``im Jahr darauf``)."""

BETWEEN_PERIOD_AFTER_MAX = 30
"""Characters read after a ``zwischen`` range for the second bound's period."""


DEDUCTION_MINUS_BEFORE = r"(?:vers\.?|versicherung|steuer|zuschlag|abzug|abzüge|abzüge\s+gesamt|beitrag|beiträge|umlage|vbl|anteil)\s*:\s*[-–−]\s*$"
"""Right before a figure (lower case): a deduction's label, its colon, then a minus (``Arbeitslosenvers.:  -
48,20 €``, ``Abzüge gesamt: -1.240,10 €``): a payslip's deduction, ``tax_or_deduction`` (not a bullet after a
colon: ``Wir bieten: - 3.500 € brutto``)."""

CONTRIBUTION_BASE_BEFORE = (
    r"(?-u:\b)(?:sozialvers\.?|sozialversicherungspflichtige[ns]?|sv|steuerpflicht\.?|steuerpflichtige[ns]?|lohnsteuer)"
    r"[\s-]*brutto\s*:?\s*$"
)
"""Right before a figure (lower case): a payslip's base of contributions or tax (``sozialvers. Brutto:
3.260,40 €``, ``SV-Brutto``): a ``threshold``, not the pay line."""

CONTRIBUTION_BASE_CUT = r"(?-u:\b)(?i:sozialvers|steuerpflicht|sv)\.\s*$"
"""(the sentence before ``Brutto:`` when the label's abbreviation ended it)"""

TOP_UP_AFTER = r"^\s*(?:mehr\s+|extra\s+|noch\s+)?(?:oben)?drauf(?:gelegt|gepackt|legen|packen)?(?-u:\b)"
TOP_UP_VERB_BEFORE = r"(?-u:\b)(?:legt|legen|legte|legten|packt|packen|packte|packten|gibt|gab|zahlt|zahlen|zahlte|kommen|kommt)(?-u:\b)"
"""Right after a figure (lower case): what one adds on top (``legt nur 800 Euro drauf``, with a verb of
giving before it, ``TOP_UP_VERB_BEFORE``; not ``Auf dem Zettel stehen 3.100 Euro drauf``): a
``raise_or_difference``."""

TO_THE_ACCOUNT_SENTENCE = (
    r"(?-u:\b)(?:gehen|geht|landen|landet|kommen|kommt|fließen|fließt|bleiben|bleibt|überwiesen)\s+(?:\S+\s+){0,4}?"
    r"auf\s+(?:ihr|ihrem|sein|seinem|mein|meinem|dein|deinem|das|dem|unser|unserem|euer)\s+(?:giro)?konto(?-u:\b)"
)
TO_THE_ACCOUNT_AFTER = r"^\s*(?:\S+\s+){0,2}?auf\s+(?:ihr|ihrem|sein|seinem|mein|meinem|dein|deinem|das|dem|unser|unserem|euer)\s+(?:giro)?konto(?-u:\b)"
"""In the sentence, and right after the figure (lower case): money arriving in one's account (``Statt
2.100 Euro gehen nun 1.390 Euro auf ihr Konto``): what is paid out, ``net_pay`` (not a gross figure of
another clause: ``Sie verdient 3.000 Euro, davon kommen 2.050 Euro auf ihr Konto``)."""

EXTRAPOLATED_BEFORE = (
    r"(?-u:\b)hochgerechnet\s+(?:auf\s+\S+\s+\S+\s+)?(?:ergibt|ergeben|sind|wären|macht|entspricht)(?-u:\b)"
    r"|(?-u:\b)(?:aufs|auf\s+das|auf\s+ein)\s+jahr\s+(?:gerechnet|umgerechnet|hochgerechnet)(?-u:\b)"
    r"|(?-u:\b)umgerechnet\s+auf\s+(?:das|ein|den|die|eine)\s+(?:jahr|monat|stunde)(?-u:\b)"
)
"""In the clause before a figure (lower case): a figure worked out for a longer time (``Hochgerechnet
ergibt das ein Jahresgehalt von …``): a ``restatement``."""

_GROUP_COUNTED = (
    r"(?:beiden|zwei|drei|vier|fünf|sechs|sieben|acht)\s+(?:[a-zäöüß-]+\s+)?"
    r"(?:geschäftsführer|geschäftsführerinnen|vorstände|vorstandsmitglieder|direktoren|direktorinnen|manager|managerinnen|chefs)n?(?-u:\b)"
)
GROUP_COUNTED_BEFORE = (
    rf"(?-u:\b)(?:bezüge|gesamtbezüge|gehälter|gehalt|vergütung|vergütungen|verdienst|einkommen)\s+(?:der|ihrer|seiner)\s+{_GROUP_COUNTED}"
    rf"|(?-u:\b)(?:den|ihren|seinen)\s+{_GROUP_COUNTED}(?:[^;]*?(?-u:\b)insgesamt(?-u:\b)|\s+zusammen(?-u:\b))"
)
"""Before a figure in its sentence (lower case): a counted group of managers (``die Bezüge der beiden
Geschäftsführer … bei 889.000 Euro``): their sum, ``budget_or_turnover`` (not ``jeweils``, ``je``,
``jeder``, ``pro Kopf``: ``EACH_OF_GROUP``)."""

EACH_OF_GROUP = r"(?-u:\b)(?:jeweils|je|jede[rnms]?|pro\s+kopf|pro\s+person|pro\s+mitglied|im\s+schnitt|im\s+mittel)(?-u:\b)|durchschnitt"
"""A sum per head or an average in the sentence (lower case: ``bekamen im Schnitt``): the figure is one person's."""

PAID_TO_GROUP_AFTER = (
    r"^\s*(?:[^\s,;]+\s+){0,4}?(?:an|für)\s+(?:die|alle)\s+(?:[a-zäöüß-]+\s+)?"
    r"(?:geschäftsführer|geschäftsführungen|geschäftsleitungen|vorstände|vorstandsmitglieder|direktoren|manager)(?:[\s.,;:!?)]|$)"
)
"""Right after a figure (lower case): the group it went to (``1,9 Millionen Euro an Vergütung für die
Geschäftsführer``): their sum, ``budget_or_turnover`` (only a board's size of figure: ``5.800 Euro für alle
Manager`` is a level)."""

FLOATED_AFTER = r"^\s*(?:[^\s,;]+\s+){0,3}?ins\s+(?:spiel|gespräch)\s+gebracht(?-u:\b)"
"""Right after a figure (lower case): a sum floated (``eine Summe von 180.000 Euro ins Spiel gebracht``):
a ``demand_or_proposal``."""

PLANNED_BAND_SENTENCE = (
    r"(?-u:\b)(?:soll|sollen)\s+sich\s+(?:\S+\s+){0,5}?(?:zwischen|um|bei|auf)\s(?:[^.]|[.,][0-9]|(?-u:\b)(?:ca|mio|mrd|tsd|rd)\.){0,60}?"
    r"(?:bewegen|einpendeln)(?-u:\b)"
)
"""In the sentence (lower case): a band pay is meant to fall in (``Sie soll sich irgendwo zwischen 200.000
und 240.000 Euro bewegen``): a plan, ``demand_or_proposal``."""

SUM_TERM_AFTER = r"^\s*(?:€|euro)?\s*\+\s*[0-9]"
"""Right after a figure opening a bracket: a plus and another figure (``(900 + 715 Euro)``): a term of
a sum written out, ``not_an_amount`` (outside brackets the first term is often base pay: ``1.035 Euro +
40 Euro Zulage``)."""


WORKED_FROM_PAY_BEFORE = (
    r"^\W*bei\s+(?:einem|einer)\s+(?:\S+\s+){0,3}?[a-zäöüß]*(?:gehalt|einkommen|lohn|verdienst)\s+(?:in\s+höhe\s+)?von\s+[0-9]"
    r"(?:[^.;]|[.,][0-9]){0,80}?(?:kommen|kommt|erreichen|erreicht|ergibt\s+sich|entspricht|entsprechen)\s+(?:\S+\s+){0,4}?"
    r"(?:stundenlohn|stundensatz|monatslohn|monatsgehalt|monatsbrutto|jahresgehalt|jahresbrutto|nettolohn|nettogehalt|netto)"
)
"""Before a figure in its sentence (lower case): another pay it is worked out from (``Bei einem
Bruttogehalt von 29.156 € pro Jahr erreichen Erzieherinnen einen Stundenlohn von rund 15 €``):
a ``restatement``."""

PER_HOUR_WORKED_BEFORE = r"(?-u:\b)auf\s+(?:den|die|das|einen|eine)\s+(?:stundenlohn|stunde|monat|jahr|monatsgehalt|jahresgehalt|monatslohn)\s+umgerechnet(?-u:\b)"
"""Before a figure in its clause (lower case): a figure converted to another period (``Auf den
Stundenlohn umgerechnet … ergibt das …``): a ``restatement``."""

DIVIDED_AFTER = r"^\s*/\s*[0-9][0-9.,]*\s*[^\s€e0-9.,]"
"""Right after a figure opening a bracket: a division written out (``(805€ / 35 Tiere / 2,5h)``):
``not_an_amount`` (not a list of amounts, ``(850 Euro / 1.200 Euro)``)."""


COMPARED_PLACE_AFTER = r"^\s*(?:über|unter)\s+(?:dem\s+|der\s+|den\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s*(?:[.,;:!?)]|$)"
"""Right after a figure (original case): ``über`` or ``unter`` and a name closing the clause (``mehr als
1.000 Euro über Werra-Meißner``): the figure is a gap to that place or group, ``raise_or_difference``."""

FREELANCE_RATE_SENTENCE = (
    r"(?:freelancer|freiberufler|selbstständige|selbständige|honorarkräfte)[^.]{0,120}?(?:stundensatz|stundensätze|tagessatz|tagessätze)"
    r"|(?:stundensatz|stundensätze|tagessatz|tagessätze)[^.]{0,120}?(?:freelancer|freiberufler|selbstständige|selbständige|honorarkräfte)"
)
"""In the sentence (lower case): a freelancer's rate (``Freelancer kommen im Schnitt auf 74 Euro
Stundensatz``): what a client pays for a service, ``price_or_fee``."""

COUNTED_PREMISE_BEFORE = r"^\W*bei\s+(?:\S+\s+){0,2}?[0-9][^.;]{0,120}?(?:ergibt\s+sich|ergeben\s+sich|sind\s+das|macht\s+das)(?-u:\b)"
"""Before a figure in its sentence (lower case): a count it is worked out from (``Bei etwa 225 Einheiten pro
Monat ergibt sich daraus ein Bruttogehalt von …``): a worked example, ``restatement``."""


WORKED_BRACKET_BEFORE = r"(?:[0-9]\s*(?:€|euro|eur)?|umgerechnet|gerechnet|=)\s*\(\s*$"
"""Right before a figure (lower case): a bracket after a figure or a conversion (``1615 Euro (900 + 715
Euro)``, ``umgerechnet (805€ / 35 …)``): the terms worked out in it (not a pay named before the bracket:
``Der Lohn (12,41 € + 2 € Zuschlag)``)."""


PAY_PARTS_BEFORE = (
    r"(?:das\s+(?:waren|sind|wären)|beziehungsweise|bzw\.)\s+(?:\S+\s+)?(?-u:\b)(?:12|13|14)[\s-]*(?:mal|x)\s+"
    r"(?:rund\s+|etwa\s+|ca\.\s+|knapp\s+|gut\s+)?$"
)
"""Before a figure (lower case): a year's pay split into its payments (``36.015 € …, das waren 14 Mal rund
2.573 €``): a ``restatement``."""

POINTS_VALUE_BEFORE = r"(?-u:\b)[0-9]+\s+(?:index)?punkte[n]?\s*\(?\s*$"
"""Right before a figure (lower case): a number of points (``Da 100 Punkte 2.120 Euro entsprechen``,
``300 Indexpunkten (6.360 Euro)``): the value of points, ``not_an_amount``."""

HOURLY_RIGHT_AFTER = r"^\s*(?:brutto\s+)?(?:pro|je|die|in\s+der|/)\s*(?:stunde|std\.?|h)(?-u:\b)"
"""Right after a figure (lower case): an hour (``13,048 EUR pro Stunde``): with three decimals the figure is
no thousands, a doubtful reading, ``not_an_amount``."""

PENSION_POINT_BEFORE = (
    r"(?:entgeltpunkt|rentenpunkt)[^.]{0,50}?(?:wert|betrag)(?:\s+von)?\s*$"
    r"|rentenwert\s+(?:\S+\s+){0,3}?(?:von|bei|beträgt|auf)?\s*$"
)
"""Before a figure (lower case): a pension point's value (``einem Entgeltpunkt, der … einem Wert von 39,32
Euro entspricht``): a ``benefit_or_stipend`` (not the average pay a point stands for)."""

COURT_WON_BEFORE = (
    r"(?-u:\b)(?:erstritt|erstritten|erstreitet)\s+(?:\S+\s+){0,2}$"
    r"|(?-u:\b)urteil[^.]{0,80}?(?-u:\b)(?:bringt|brachte)\s+(?:\S+\s+){0,6}$"
)
"""Right before a figure (lower case): a sum won in court, the figure the object (``Arbeiterkammer erstritt
1.775 Euro für Kellnerin``, ``Das Urteil … bringt der Kellnerin 38.000 Euro``): a ``one_off_payment`` (not with
a period after it: ``Nach dem Urteil bringt der Job 2.400 Euro im Monat``)."""

RESTATED_OPENER_BEFORE = (
    r"^\W*(?:somit\s+|also\s+)?(?:macht|ergibt)\s+(?:dies|das)\s+(?:\S+\s+){0,3}?$"
    r"|^\W*(?:somit\s+|also\s+)?macht\s+(?:das\s+|dies\s+)?(?:im|pro)\s+(?:monat|jahr|stunde)\s+(?:\S+\s+)?$"
)
"""Before a figure opening its sentence (lower case): a result worked out from the sentence before
(``Somit macht dies eine Jahresentlohnung von rund 4.000 Euro``, ``Macht im Monat 71.428 Euro``): a
``restatement``."""

THAT_IS_OPENER_BEFORE = r"^\W*(?:das|dies)\s+(?:sind|wären|macht|ergibt)\s+(?:\S+\s+){0,2}$"
RAISE_IN_PREVIOUS = r"(?:erhöhung|anhebung|steigerung)(?:en)?\s[^.]{0,60}?[0-9][0-9.,]*\s*(?:millionen\s+|mio\.?\s+|tausend\s+)?(?:euro|€)"
"""A sentence opening with ``Das sind`` after one naming a raise in euros (``… eine Erhöhung der Grundgehälter
von 13,8 Millionen Euro. Das sind rund 1230 Euro im Monat``): the raise per head, ``raise_or_difference`` (not
after a raise in per cent, nor before a pay's word: ``Das sind dann 3.400 Euro brutto``)."""


MONTHS_SUM_BEFORE = (
    r"(?-u:\b)(?:für|über)\s+(?:die\s+|ganze\s+|knapp\s+|gut\s+)?(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf"
    r"|zweieinhalb|dreieinhalb|anderthalb|eineinhalb|[2-9]|1[01])\s+monate[n]?(?-u:\b)"
)
"""Before a figure in its clause (lower case): a sum for several months (``für zweieinhalb Monate
Spargelstechen rund 3.800 Euro erhalten``): no month's or year's pay, ``unclear_period`` (unless the figure
names its own period: ``Für sechs Monate erhält er 1.200 Euro monatlich``)."""

CHILD_SUPPLEMENT_BEFORE = (
    r"(?-u:\b)(?:[0-9]\.\s*(?:und\s+[0-9]\.\s*)?|dem\s+[0-9]\.\s*)kind(?:es)?\s*(?:je\s+)?:?\s*$"
)
"""Right before a figure (lower case): a child's number (``2. Kind: 164,90€``, ``ab dem 3. Kind: 434,77€``): a
family supplement, ``bonus_or_allowance``."""

MATCH_FEE_TOPIC = r"schiedsrichter|unparteiische"
"""In a text's title or opening (lower case): referees, paid per match (``match_fee_text``)."""

MATCH_FEE_PERIOD_SENTENCE = (
    r"grundgehalt|grundvergütung|jahresgehalt|jahreseinkommen|monatsgehalt|im\s+jahr|pro\s+jahr|jährlich|pro\s+saison"
    r"|im\s+monat|pro\s+monat|monatlich|fixum|festgehalt|grundbetrag|pauschale\s+von|stunde|brutto|netto"
)
"""In the sentence (lower case): a period or a fixed pay named; in a referees' text a figure without it, below
``MATCH_FEE_MAX``, is a fee per match, ``per_unit_rate``."""

MATCH_FEE_MAX = 10_000
"""(a referee's figure from here up is a year's pay: ``FIFA-Schiedsrichter werden mit 80.000 Euro entlohnt``)"""


BANKNOTES_SENTENCE = r"banknote|geldschein"
"""In the sentence (lower case): banknotes (a photo's caption: ``Banknoten zu 10, 20 und 50 Euro``): their
values, ``not_an_amount``."""

TIMES_A_YEAR_BEFORE = r"(?-u:\b)(?:12|13|14)\s*(?:mal|x)\s+(?:im\s+jahr\s*)?=\s*(?:eur|€|euro)?\s*$"
"""Right before a figure (lower case): a month's pay times its payments (``(14 mal im Jahr = EUR 99766,57)``):
a ``restatement``."""
