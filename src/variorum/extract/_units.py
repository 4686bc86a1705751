"""Currencies and units: what follows or precedes a number, normalised to one name.

Currencies normalise to ISO 4217 codes ("USD", "GBP"); percentages to "percent"; physical
and time units to singular British-spelt names ("kilometre", "mile per hour", "year"), the
naming of the quantulum3/CQE unit ontology, so our output can be compared with theirs.
``cqe_unit_name`` maps our codes onto that ontology's currency and percent names.
"""

from __future__ import annotations

import functools
import re

# Written before the number: "$75", "US$7.2bn", "£2bn", "HK$5.2", "$A64", "AUD2.3m".
# "PS" and "Y=" are how "£" and "¥" come out of some news feeds' ASCII transliteration.
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD", "US $": "USD", "$US": "USD", "U.S.$": "USD", "USD": "USD", "$": "USD",
    "A$": "AUD", "AU$": "AUD", "$A": "AUD", "AUD": "AUD",
    "C$": "CAD", "CA$": "CAD", "CAN$": "CAD", "$C": "CAD", "CAD": "CAD",
    "HK$": "HKD", "HK $": "HKD", "HKD": "HKD", "NZ$": "NZD", "NZD": "NZD",
    "S$": "SGD", "SGD": "SGD", "R$": "BRL",
    "£": "GBP", "GBP": "GBP", "PS": "GBP", "€": "EUR", "EUR": "EUR",
    "¥": "JPY", "Y=": "JPY", "JPY": "JPY", "₹": "INR", "Rs": "INR", "Rs.": "INR",
    "INR": "INR", "CHF": "CHF", "RMB": "CNY", "CNY": "CNY", "₩": "KRW", "₽": "RUB",
}  # fmt: skip

# Written after the number (matched case-insensitively unless all capitals).
CURRENCY_WORDS: dict[str, str] = {
    "us dollars": "USD", "u.s. dollars": "USD", "dollars": "USD", "dollar": "USD",
    "canadian dollars": "CAD", "australian dollars": "AUD", "hong kong dollars": "HKD",
    "new zealand dollars": "NZD", "singapore dollars": "SGD",
    "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "sterling": "GBP",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "rupee": "INR",
    "swiss francs": "CHF", "francs": "CHF", "kuna": "HRK", "kn": "HRK", "pesos": "MXN",
    "rand": "ZAR", "roubles": "RUB", "rubles": "RUB", "pence": "GBX", "p": "GBX",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "aud": "AUD",
    "cad": "CAD", "chf": "CHF", "inr": "INR", "hkd": "HKD",
}  # fmt: skip

# Unit names as the quantulum3/CQE ontology spells them.
_CQE_CURRENCY = {
    "USD": "dollar", "AUD": "australian dollar", "CAD": "canadian dollar",
    "HKD": "hong kong dollar", "NZD": "new zealand dollar", "SGD": "singapore dollar",
    "BRL": "brazilian real", "GBP": "pound sterling", "EUR": "euro", "JPY": "japanese yen",
    "INR": "indian rupee", "CHF": "swiss franc", "CNY": "chinese yuan", "KRW": "south korean won",
    "RUB": "russian ruble", "HRK": "croatian kuna", "MXN": "mexican peso",
    "ZAR": "south african rand", "GBX": "penny",
}  # fmt: skip
# The ontology lists the symbol "p" under "point" before "penny": "down 68p" is a point there.
_PENNY_SYMBOL = re.compile(r"\d\s?p\.?$")

# Case-sensitive symbols: "m" is a metre, "M" is not; "PS" is metric horsepower here only
# after a number. Longer keys win (the regex tries them longest first).
SYMBOL_UNITS: dict[str, str] = {
    "%": "percent", "pc": "percent", "pct": "percent", "bps": "basis point", "bp": "basis point",
    "km": "kilometre", "m": "metre", "cm": "centimetre", "mm": "millimetre",
    "μm": "micrometre", "µm": "micrometre", "nm": "nanometre",
    "km2": "square kilometre", "km²": "square kilometre", "m2": "square metre",
    "m²": "square metre", "sqm": "square metre", "sq m": "square metre",
    "sq ft": "square foot", "sq km": "square kilometre", "ft": "foot", "'": "foot",
    "kg": "kilogram", "g": "gram", "mg": "milligram", "lb": "pound-mass", "lbs": "pound-mass",
    "oz": "ounce", "t": "metric ton", "l": "litre", "L": "litre", "ml": "millilitre",
    "mL": "millilitre", "W": "watt", "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt",
    "kWh": "kilowatt hour", "MWh": "megawatt hour", "GWh": "gigawatt hour",
    "TWh": "terawatt hour", "V": "volt", "kV": "kilovolt", "mAh": "milliampere-hour",
    "Hz": "hertz", "HZ": "hertz", "kHz": "kilohertz", "MHz": "megahertz", "GHz": "gigahertz",
    "KB": "kilobyte", "MB": "megabyte", "GB": "gigabyte", "TB": "terabyte",
    "Mbps": "megabit per second", "Gbps": "gigabit per second",
    "hp": "horsepower", "bhp": "horsepower", "PS": "horsepower", "Nm": "newton metre",
    "lb-ft": "foot pound-force", "rpm": "revolutions per minute", "mpg": "mile per gallon",
    "mph": "mile per hour", "km/h": "kilometre per hour", "kph": "kilometre per hour",
    "kmh": "kilometre per hour", "ppm": "part per million", "ppb": "parts-per-billion",
    "°C": "celsius", "°F": "fahrenheit", "°": "degree", "min": "minute", "mins": "minute",
    "hr": "hour", "hrs": "hour", "sec": "second", "secs": "second", "yrs": "year",
    "ppg": "point per game", "rpg": "rebound per game", "apg": "assist per game",
    "WAR": "win above replacement",
    "ksi": "kilopound per square inch", "psi": "pound-force per square inch",
    "A/cm2": "ampere per square centimetre", "kV/cm": "kilovolt per centimetre",
}  # fmt: skip

# Words, matched case-insensitively; plural and singular, US and UK spellings.
WORD_UNITS: dict[str, str] = {
    "percent": "percent", "per cent": "percent", "percentage points": "percentage point",
    "percentage point": "percentage point", "basis points": "basis point",
    "basis point": "basis point", "points": "point", "point": "point", "pts": "point",
    "years old": "year of age", "year old": "year of age", "year-old": "year of age",
    "years-old": "year of age", "-year-old": "year of age", "month-old": "month of age",
    "months old": "month of age", "week-old": "week of age", "day-old": "day of age",
    "square metres": "square metre", "square meters": "square metre",
    "square feet": "square foot", "square foot": "square foot", "square miles": "square mile",
    "square kilometres": "square kilometre", "square kilometers": "square kilometre",
    "miles per hour": "mile per hour", "kilometres per hour": "kilometre per hour",
    "kilometers per hour": "kilometre per hour", "miles per gallon": "mile per gallon",
    "parts per million": "part per million", "parts per billion": "parts-per-billion",
    "degrees celsius": "celsius", "degrees fahrenheit": "fahrenheit", "celsius": "celsius",
    "fahrenheit": "fahrenheit", "degrees": "degree", "degree": "degree",
    "pound-feet": "pound-foot", "kilowatt-hours": "kilowatt hour",
    "kilowatt hours": "kilowatt hour", "megawatt-hours": "megawatt hour",
    "horsepower": "horsepower", "times": "count", "fold": "count", "-fold": "count",
    "knots": "knot", "calories": "calorie", "carats": "carat", "acres": "acre",
    "hectares": "hectare", "barrels": "barrel", "barrel": "barrel",
    "gigatonnes": "gigaton", "gigatons": "gigaton", "megatonnes": "megaton",
    "tonnes": "metric ton", "tonne": "metric ton", "tons": "ton", "ton": "ton",
}  # fmt: skip
# Units whose singular and plural are formed regularly ("mile"/"miles"): name = singular.
_REGULAR = {
    "kilometre": "kilometre", "kilometer": "kilometre", "metre": "metre", "meter": "metre",
    "centimetre": "centimetre", "centimeter": "centimetre", "millimetre": "millimetre",
    "millimeter": "millimetre", "micrometre": "micrometre", "micron": "micrometre",
    "mile": "mile", "yard": "yard", "inch": "inch", "foot": "foot", "feet": "foot",
    "kilogram": "kilogram", "kilo": "kilogram", "gram": "gram", "milligram": "milligram",
    "ounce": "ounce", "litre": "litre", "liter": "litre", "millilitre": "millilitre",
    "milliliter": "millilitre", "gallon": "gallon", "pint": "pint", "quart": "quart",
    "dram": "dram", "watt": "watt", "kilowatt": "kilowatt", "megawatt": "megawatt",
    "gigawatt": "gigawatt", "volt": "volt", "hertz": "hertz", "byte": "byte",
    "kilobyte": "kilobyte", "megabyte": "megabyte", "gigabyte": "gigabyte",
    "terabyte": "terabyte", "second": "second", "minute": "minute", "hour": "hour",
    "day": "day", "week": "week", "month": "month", "year": "year", "decade": "decade",
    "century": "century", "millennium": "millennium", "fortnight": "fortnight",
}  # fmt: skip
TIME_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century",
     "fortnight"}
)  # fmt: skip


def _plural(word: str) -> str:
    if word in {"foot", "feet", "hertz"}:
        return {"foot": "feet", "feet": "feet", "hertz": "hertz"}[word]
    if word.endswith("y") and not word.endswith("ay"):
        return word[:-1] + "ies"
    if word.endswith(("ch", "sh", "s", "x")):
        return word + "es"
    return word + "s"


@functools.cache
def word_unit_table() -> dict[str, str]:
    """Every lower-cased unit word (singular and plural) -> unit name."""
    table = dict(WORD_UNITS)
    for surface, name in _REGULAR.items():
        table.setdefault(surface, name)
        table.setdefault(_plural(surface), name)
    return table


def _alternation(keys: object) -> str:
    return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))  # type: ignore[call-overload]


@functools.cache
def unit_after_re() -> re.Pattern[str]:
    """A unit right after a number (and its multiplier): "5kW", "47 feet", "19 per cent"."""
    words = _alternation(list(word_unit_table()) + list(CURRENCY_WORDS))
    symbols = _alternation(SYMBOL_UNITS)
    codes = _alternation([k for k in CURRENCY_PREFIXES if k.isalpha() and k.isupper()])
    return re.compile(
        rf"(?:\s?|-)(?:(?P<sym>{symbols})(?![A-Za-z0-9])|(?P<code>{codes})(?![A-Za-z])"
        rf"|(?i:(?P<word>{words}))(?![A-Za-z]))"
    )


@functools.cache
def currency_before_re() -> re.Pattern[str]:
    """A currency sign or code right before a number, anchored at the end of the text."""
    return re.compile(rf"(?:^|(?<=[^A-Za-z]))(?P<cur>{_alternation(CURRENCY_PREFIXES)})\s?$")


# A generation of mobile networks ("4G", "5G"), a unit of CQE's ontology (symbol "G"); a
# single digit only, as "10G" or "24G" name other things.
WIRELESS_GENERATION = "generation wireless"
WIRELESS_GENERATION_RE = re.compile(r"[2-6]G(?![A-Za-z0-9])")


# The denominator of a rate: "$12.50 a month", "barrels a day", "$7 per kilo".
PER_RE = re.compile(
    r"(?:\s?(?:per|an?|/|a-|each)\s?|-an?-)(?P<den>year|month|week|day|hour|minute|second|share|"
    r"ounce|gallon|barrel|gram|kilogram|kg|tonne|ton|litre|liter|person|head|game|"
    r"century|decade|square metre|sq m|sq ft|square foot|square feet|night|kilowatt-hour|"
    r"kWh|unit|pound|mile|km)(?![A-Za-z])(?!\s+(?:earlier|ago|later|before|after|on|from)\b)",
    re.IGNORECASE,
)
_DENOMINATORS = {
    "sq m": "square metre", "sq ft": "square foot", "square feet": "square foot",
    "kg": "kilogram", "tonne": "metric ton", "liter": "litre", "kwh": "kilowatt hour",
    "kilowatt-hour": "kilowatt hour", "km": "kilometre", "head": "person",
}  # fmt: skip


def denominator_name(surface: str) -> str:
    low = surface.lower()
    return _DENOMINATORS.get(low, low)


def cqe_unit_name(unit: str | None, surface: str = "") -> str | None:
    """Our unit name in the quantulum3/CQE ontology's spelling ("USD per month" -> "dollar
    per month", "percent" -> "percentage"), for scoring against NewsQuant. ``surface`` is
    the quantity as written, for the symbols that ontology names otherwise than we do
    ("68p" -> "point"). A share is a percentage of what it names: "fraction of condo" ->
    "% condo", "fraction" -> "% -"."""
    if unit is None:
        return None
    if unit == "fraction" or unit.startswith("fraction of "):
        return "% " + (unit[len("fraction of ") :] or "-")
    head, sep, rest = unit.partition(" per ")
    if head == "GBX" and _PENNY_SYMBOL.search(surface):
        return "point" + sep + rest
    head = _CQE_CURRENCY.get(head, "percentage" if head == "percent" else head)
    return head + sep + rest
