"""The words of a toll told without a counted noun ("la cifra de muertos ... se elevó a 20", "redujo ... a cuatro el
número de víctimas mortales"), and of a count that is no strike's own toll: a running total ("Desde 2015, ...") or one
reported before the count now given ("Anteriormente se había informado de ...")."""
from __future__ import annotations

import re

from ... import resources

# "Anteriormente se había informado de la muerte de cinco personas": a count reported before the one now given
TOLD_BEFORE = re.compile(r"\b(?:anteriormente|inicialmente|previamente|en un principio)\b[^.]*\bhabian? (?:informado|"
                         r"reportado|dicho|indicado|comunicado|anunciado)\b|\bcomo se habia (?:informado|reportado|dicho)\b")
# "Desde 2015, la violencia yihadista ha dejado más de 10 mil muertos": since a year or since years ago, a running total
SINCE_LONG_AGO = re.compile(r"\bdesde (?:el ano |)(?:19|20)\d\d\b|\bdesde hace (?:\w+ )?(?:anos|meses|decadas)\b")

# "eleva a 73 las heridas", "elevó a 30 el número de muertos", "redujo el domingo a cuatro el número de víctimas
# mortales", "cifró en 20 el número de civiles muertos": the number before what it counts
TOLL_BEFORE = re.compile(
    r"\b(?:el[eé]v|cifr|reduj|reduc|rebaj)\w*\s+(?:[\w,]+\s+){0,3}?(?:a|en)\s+"
    r"(?:al\s+menos\s+|m[aá]s\s+de\s+|unos\s+|unas\s+)?(?P<n>\d[\d.,]*|[a-záéíóúñ]+(?:\s+y\s+[a-záéíóúñ]+)?)\s+"
    r"(?:(?:el|la)\s+(?:n[uú]mero|cifra|balance|saldo)(?:\s+total)?\s+de\s+)?(?:las?\s+|los\s+)?(?:personas\s+|civiles\s+)?"
    r"(?P<k>muertos|muertas|fallecidos|fallecidas|v[ií]ctimas mortales|v[ií]ctimas|heridos|heridas)\b", re.I)
TOLL = re.compile(
    # (the verb of the toll, never of a relative clause inside its noun phrase: "la cifra de muertos del ataque que
    # alcanzó un edificio residencial ... subió a 40")
    r"(?:cifra|n[uú]mero|balance|saldo)\s+de\s+(?P<k>muertos|fallecidos|v[ií]ctimas mortales|heridos)\b[^.;]{0,160}?"
    r"(?<!\bque\s)"
    r"\b(?:se\s+(?:ha\s+|han\s+|hab[ií]a\s+)?(?:elev(?:[óa]|ado)|increment(?:[óa]|ado))"
    r"|(?:ha\s+|hab[ií]a\s+)?(?:ascendi(?:[óo]|do)|aument(?:[óa]|ado)|subi(?:[óo]|do)|lleg(?:[óa]|ado)|alcanz(?:[óa]|ado))"
    r"|asciende|sube|alcanza|es\s+de|era\s+de)"
    # (a day or "hoy" between the verb and its number: "aumentó hoy a 89", "subió el lunes a 35 personas")
    r"(?:\s+(?:hoy|ayer|ya|(?:el|este|esta)\s+" + resources.pattern("es/words/grammar.tsv", "time_nouns") + r"))?"
    r"\s+(?:a\s+|los\s+|las\s+)?"
    r"(?:al\s+menos\s+|m[aá]s\s+de\s+)?(?P<n>\d[\d.,]*|[a-záéíóúñ]+(?:\s+y\s+[a-záéíóúñ]+)?)\b", re.I)
# "aumentó hoy a 89 y el de heridos a 277": the second toll with its noun phrase left out
TOLL_ELIDED = re.compile(r"\by\s+el\s+de\s+(?P<k>muertos|fallecidos|v[ií]ctimas mortales|heridos)\s+a\s+(?:al\s+menos\s+|m[aá]s\s+de\s+)?"
                         r"(?P<n>\d[\d.,]*)\b", re.I)
