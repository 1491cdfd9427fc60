"""Named regular expressions of the extractor (Rust ``regex`` syntax, as Polars runs them).

No look-around and no back-references are available; every pattern is linear-time.
Word boundaries are ASCII (``(?-u:\b)``): a Unicode ``\b`` forces the regex crate off its
fast automata (five times slower here), and every boundary below sits next to an ASCII
letter or digit, where both mean the same. The one keyword starting with an umlaut,
``über``, carries no boundary; the extractor drops it after a letter (``gegenüber``).
Each constant says what it matches and what it must not; ``tests/unit/test_patterns.py``
holds those examples as tests.
"""

from __future__ import annotations

SPACE = r"[ \t\u00a0\u202f\u2009]"
"""One inline space: blank, tab, no-break space, narrow no-break space, thin space."""

OPT_SPACE = SPACE + "?"

GAP = r"[\s\u00a0\u202f\u2009]+"
"""White space between words, line breaks included (hard-wrapped texts)."""

ABBREVIATION = (
    r"(?-u:\b)(?:ca|Ca|Tsd|tsd|bzw|usw|etc|Mio|Mrd|inkl|exkl|zzgl|ggf|vgl|Nr|evtl|mind|max|min"
    r"|rd|Std|St|Dr|Prof|Hr|Fr|bspw|sog|lt|gem|Abs|Jh|[a-zA-Z])\."
)
"""A word that ends in a full stop without ending the sentence.

Matches ``ca.``, ``Tsd.``, ``bzw.``, single letters as in ``z.``/``B.`` of ``z. B.``, ``p.a.``.
Must not match the stop after an ordinary word (``Dortmund.``)."""

SENTENCE = (
    r"(?:"
    + ABBREVIATION
    + r"|[^.!?\r\n]"
    + r"|[.!?]+[^\s.!?\"“”»«„'’)]"
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

CONTINUED_BREAK_LF = r"\n([a-zäöüß0-9€(])"
CONTINUED_BREAK_CRLF = r"\r\n([a-zäöüß0-9€(])"
"""A line break that continues a sentence in any text: before a lower-case word, a digit
or ``€`` (``… verdienen\n3.000 €``). Blanked, like wrapped breaks."""

MONEY_HINT = r"€|Euro|EUR|Eur(?-u:\b)"
"""A line without any of these holds no salary statement (every statement names a currency)."""

CLAUSE_BOUNDARY = r";|\s[–—-]\s"
"""Separates clauses inside a sentence: ``;`` and a spaced dash (``–``, ``—``, ``-``)."""

RIGHT_CLAUSE_BOUNDARY = r"[,;:]|\s[–—-]\s|(?-u:\b)(?:und|oder|aber|sowie|während|doch|zuzüglich|zzgl|plus|inklusive|inkl|dazu)(?-u:\b)"
"""Where the words after a statement stop describing it: ``3.000 € und kann nach fünf
Jahren …`` says nothing more about the 3.000 €."""

NON_PAY_CLAUSE_BOUNDARY = r"[,;:()]|\s[–—-]\s|(?-u:\b)(?:und|oder|aber|sowie|während|doch|zuzüglich|zzgl|plus|inklusive|inkl|dazu)(?-u:\b)"
"""Tighter boundary for the not-pay context words: punctuation, a spaced dash and the
conjunctions ``und``/``oder``/``aber``, ``zuzüglich``/``plus``: in ``4.000 € und das
Jobticket kostet 50 €`` the ticket belongs to the second amount only, in ``55.000 € p.a.
zuzüglich Bonus`` the bonus is not the salary."""


def amount(name: str) -> str:
    """One euro amount with named groups ``<name>_pre``, ``_num``, ``_dec``, ``_suf``.

    Matches ``4.200 €``, ``4.200,00 €``, ``4.200,- €``, ``4200 Euro``, ``EUR 4.200``,
    ``€ 4.200``, ``4 200 €`` (also narrow no-break space), ``4,2 Tsd. €``, ``68 T€``,
    ``68k €``, ``13,90 Euro`` and a bare number (``4.200``; the caller requires a
    currency somewhere in the statement). Must not match ``450-Euro`` as an amount with
    currency, nor run into the next number (``2023 4.200`` is two numbers).
    """
    return (
        rf"(?:(?P<{name}_pre>€|EUR(?-u:\b)|Euro(?-u:\b)){OPT_SPACE})?"
        rf"(?-u:\b)(?P<{name}_num>\d{{1,3}}(?:[.\u00a0\u202f\u2009 ]\d{{3}})+|\d+)"
        rf"(?:,(?P<{name}_dec>\d{{1,2}})(?-u:\b)|,-{{1,2}}|,–)?"
        rf"(?P<{name}_suf>{OPT_SPACE}"
        rf"(?:(?:Tsd\.?|Tausend|tausend|[kK]|Mio\.?|Millionen|Mrd\.?|Milliarden){OPT_SPACE}|T)?"
        rf"(?:€|Euro(?-u:\b)|EUR(?-u:\b)|Eur(?-u:\b)))?"
    )


KEYWORD = (
    r"bis\s+zu|bis\s+hin\s+zu|bis|in\s+Richtung|Richtung|mehr\s+als|weit\s+über|oberhalb\s+von"
    r"|mindestens|mind\.|min\.|ab|von|vom|maximal|max\.|höchstens|nicht\s+unter|nicht\s+weniger\s+als"
    r"|jenseits\s+(?:der|von)"
    r"|unter|weniger\s+als"
    r"|um\s+die|rund|etwa|ca\.|circa|zirka|knapp|gut|annähernd|ungefähr|gegen|fast|beinahe|um"
)
"""The word that shapes a single amount: ``bis zu X``, ``ab X``, ``rund X``, ``Richtung X``.

Longer alternatives come first (``bis zu`` before ``bis``, ``um die`` before ``um``).
Matched case-insensitively; a word boundary must precede it (``Schub 4.000 €`` has no
``ab``)."""

CONNECTOR = r"bis(?:\s+zu)?|–|-|—|‒"
"""Joins two amounts into a range: ``X bis Y``, ``X–Y``, ``X - Y``; ``und`` only after ``zwischen``."""

OPEN_TAIL = (
    r"(?:oder|und)\s+(?:(?:gar|sogar|auch|noch|deutlich|etwas)\s+)?(?:darüber|mehr)(?-u:\b)"
    r"|manchmal\s+(?:auch\s+)?(?:darüber|mehr)(?-u:\b)|nach\s+oben\s+offen|aufwärts"
)
"""Marks a statement open-ended: ``oder gar darüber``, ``manchmal darüber``, ``nach oben offen``."""

BETWEEN_RANGE = rf"(?i:(?-u:\b)zwischen){GAP}{amount('a1')}{GAP}(?i:und){GAP}{amount('b1')}"
"""``zwischen 4.200 € und 5.500 €``, ``zwischen 4.200 und 5.500 €`` (currency once)."""

SPLIT_RANGE = (
    rf"(?i:(?-u:\b)(?:von|ab|bei)){GAP}{amount('a3')}(?P<mid>[^\d€.!?;:,()]{{1,40}}?){GAP}"
    rf"(?i:bis(?:{GAP}(?:zu|auf|hin{GAP}zu))?){GAP}{amount('b3')}"
)
"""A range whose bounds sit in two clauses: ``von 3.200 € im Osten bis 4.100 € im Süden``,
``bei 3.000 € und kann bis auf 4.500 € steigen``. The words between the bounds hold no
number and no punctuation, so two statements (``3.000 €, Führungskräfte bis zu 6.000 €``)
are never joined."""

SHAPED_AMOUNT = (
    rf"(?:(?P<kw>(?i:(?-u:\b)(?:{KEYWORD})|über)){GAP})?{amount('a2')}"
    rf"(?:{OPT_SPACE}(?:{GAP})?(?P<conn>{CONNECTOR}){OPT_SPACE}(?:{GAP})?{amount('b2')})?"
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

HEADER = r"(?m)^[ \t]*Beruf[ \t]+(?P<occupation>[^\r\n]+)[ \t]+in[ \t]+(?P<city>[^\r\n]+?)[ \t]*\r?$"
"""The portal header line ``Beruf IT Manager in Dortmund`` (the last `` in `` splits)."""

TITLE = r"^[\s\ufeff]*(?P<title>[^\r\n]+)"
"""The first non-empty line of a text."""

NON_PAY = (
    r"kaffee|cappuccino|espresso|latte|bier(?-u:\b)|brötchen|mittagessen|pizza|snack"
    r"|ticket|fahrkarte|fahrschein|eintritt|miete|m²|qm(?-u:\b)|quadratmeter"
    r"|gebühr|kosten|kostet|preis|budget|umsatz|investi|förder|spende|bußgeld|strafe"
    r"|rabatt|gutschein|zuschuss|bonus|prämie|weihnachtsgeld|urlaubsgeld|zulage|zuschlag"
    r"|abo(?-u:\b)|beitrag|anschaffung|gewinn|etat|schulden|netto|volumen|zu\s+buche|ausgeben|investier"
    r"|semester|teilnahme|erhöh|steigerung|anhebung|zuwachs|ein\s+plus(?-u:\b)|differenz|unterschied|lücke"
    r"|einmalzahlung|sonderzahlung|inflationsausgleich|grenze"
)
"""Words next to an amount (same clause) that show it is not a gross salary:
prices, fees, budgets, turnover, bonuses, net pay, raises and differences (``eine
Erhöhung um 150 €``). ``Gehalt von 4.000 €`` has none."""

PAY_WORDS = (
    r"gehalt|gehält|verdien|lohn|löhne|einkommen|vergütung|brutto|salär|bezüge|besoldung"
    r"|entgelt|honorar|stundensatz|bekomm|erhalt|zahl"
)
"""Words that make a clause about pay: after a price (``Die Miete liegt bei 900 €``) the
next amount is a salary again only if its clause says so (``…, das Gehalt bei 3.000 €``)."""

NON_PAY_AFTER = r"^(?:-[A-Za-zÄÖÜäöü]|\s*(?:mehr|weniger|netto)(?-u:\b))"
"""Right after an amount: ``-Job`` (``450 Euro-Job``), a difference (``300 Euro mehr``),
``netto``."""

LARGE_SCALE = r"mio|million|mrd|milliard"
"""Scale words of budgets and turnover: such amounts are never salaries."""

THOUSAND_SCALE = r"(?:tsd|tausend|k|t)\.?\s?(?:€|euro|eur)$"
"""Scale words meaning x1000 inside an amount suffix (``Tsd.``, ``Tausend``, ``k``, ``T€``)."""

PERIOD_MONTH = (
    r"monatlich|(?-u:\b)(?:im|pro|je|per|den)\s+Monat(?-u:\b)|/\s?Monat(?-u:\b)|/\s?Mon\.|(?-u:\b)mtl\.|(?-u:\b)p\.\s?m\."
    r"|Monats(?:gehalt|gehälter|brutto|lohn|einkommen|verdienst|vergütung|salär|bezug)"
)
"""Explicit monthly period: ``monatlich``, ``im Monat``, ``/Monat``, ``Monatsbrutto``."""

PERIOD_YEAR = (
    r"jährlich|(?-u:\b)(?:im|pro|je|per|aufs)\s+Jahr(?:\s+(?:[^\d\s]|\d{1,3}[.\u00a0\u202f ]\d{3})|[^\w\s]|\s*$)|/\s?Jahr(?-u:\b)"
    r"|(?-u:\b)p\.\s?a\.|per\s+anno|Jahres(?:gehalt|gehälter|brutto|lohn|einkommen|verdienst"
    r"|vergütung|salär|bezug|bezüge)|Brutto(?:jahres)"
)
"""Explicit yearly period: ``jährlich(e)``, ``im Jahr``, ``p.a.``, ``Jahresgehalt``.
Must not match ``im Jahr 2023`` (a date) nor ``nach fünf Jahren``."""

PERIOD_HOUR = (
    r"stündlich|(?-u:\b)(?:pro|je|die|in\s+der|per)\s+(?:Stunde|Std\.)|/\s?(?:Stunde|Std\.|h(?-u:\b))"
    r"|Stunden(?:lohn|löhne|satz|sätze|vergütung|basis)"
)
"""Explicit hourly period: ``pro Stunde``, ``je Stunde``, ``Stundenlohn``, ``/h``.
Must not match ``40-Stunden-Woche``."""

SENIORITY_ENTRY = (
    r"einst(?:ieg|eig)|berufsanf|absolvent|junior|trainee|berufsstart|anfangsgehalt"
    r"|startgehalt|neueinst|frisch\s+(?:von|aus)|nach\s+(?:der|dem)\s+(?:ausbildung|studium|abschluss|lehre)"
    r"|angefangen|anfangs"
    r"|ersten\s+(?:berufs)?jahr|zu\s+beginn|am\s+anfang|zum\s+start|beim\s+start|neuling"
    r"|start\s+ins\s+berufsleben|berufsneuling|young\s+professional|azubi|auszubildend"
    r"|ausbildungsvergütung|lehrjahr|praktikant|werkstudent|unerfahren|anfänge?r|anfängt|neu\s+anf"
)
"""Cues that a figure is for first jobs: ``Einstiegsgehalt``, ``Berufseinsteiger``,
``Einsteigerinnen``, ``Junior``, ``Absolventen``."""

SENIORITY_EXPERIENCED = (
    r"erfahr|berufsjahr|fortgeschritten|(?-u:\b)seniors?(?-u:\b)|(?-u:\b)senior(?:position|rolle|level|ität)|professional"
    r"|nach\s+(?:\w+\s+){0,2}jahren|\d+\s+jahren|mehrjährig|profis?(?-u:\b)|expert|alte\s+hasen"
    r"|gestandene|routin|berufspraxis|mid-?\s?level|berufserfahren|(?:ein\s+paar|einige|mehrere|etliche)\s+(?:berufs)?jahr"
    r"|(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|fünfzehn|zwanzig)\s+(?:berufs)?jahren"
)
"""Cues that a figure is for experienced staff: ``Erfahrung``, ``erfahrene``,
``Berufsjahren``, ``Fortgeschrittene``, ``Senior``, ``nach fünf Jahren``."""

SENIORITY_LEAD = (
    r"leitend|leitungs|leitung(?:en)?(?-u:\b)|[a-zäöüß]leiter|team\s?leads?(?-u:\b)|führungs"
    r"|(?:team|personal|budget)verantwortung|head\s+of|director|direktor|geschäftsführ"
    r"|chef(?:in|innen|s)?(?-u:\b)|chef(?:arzt|ärzt)|management-ebene"
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

NEW_SUBJECT = r"^\s*[A-ZÄÖÜ]"
"""A clause after a comma that opens with a capitalised word has a subject of its own
(``…, Kapitäne später bis zu 250.000 €``); one opening in lower case continues the
previous statement (``…, im zweiten 1.120 €``, ``…, allerdings mit Teamleitung``)."""

RAISE_WORDS = (
    r"tarifplus|plus|erhöh|steiger|anhebung|zuwachs|mehr|aufschlag|zulage|zuschlag|prämie|bonus|nachzahlung"
)
"""Words of a raise or difference: a small figure (below the monthly minimum, no period
word) in a sentence with one of them is the raise, not a salary (``ein Tarifplus von
5,5 Prozent, mindestens aber 340 Euro``)."""

SENIORITY_NEUTRALISE = r"(je\s+nach\s+(?:berufs)?)[eE](rfahrung)"
"""``je nach Erfahrung`` says the figure varies, not that it is for experienced staff: the
extractor blanks its ``E`` (same length, so offsets stay) before looking for cues."""


def ci(pattern: str) -> str:
    """The pattern, matched case-insensitively (the constants above carry no flags)."""
    return f"(?i:{pattern})"
