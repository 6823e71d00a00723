"""Words the time grammar knows: months, weekdays, seasons, units, number words."""

from __future__ import annotations

from chancery.model import Granularity

MONTHS: dict[str, int] = {}
for _number, _name in enumerate(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    start=1,
):
    MONTHS[_name] = _number
    MONTHS[_name[:3]] = _number
MONTHS["sept"] = 9
MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))
# "May" and "March" are also ordinary words: only their full forms count, and "may"
# alone (the modal verb) never counts as a month.
AMBIGUOUS_MONTHS = {"may", "march", "mar", "jan", "jun", "aug", "dec", "oct", "nov", "sep"}

WEEKDAYS: dict[str, int] = {}
for _number, _name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
):
    WEEKDAYS[_name] = _number
WEEKDAY_PATTERN = "|".join(WEEKDAYS)

# Meteorological seasons of the northern hemisphere: (first month, number of months).
SEASONS: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
SEASON_PATTERN = "|".join(SEASONS)

UNITS: dict[str, Granularity] = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "decade": "decade",
    "decades": "decade",
    "century": "century",
    "centuries": "century",
}
UNIT_PATTERN = "|".join(sorted(UNITS, key=len, reverse=True))

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "a dozen": 12,
}
# Counts that are vague on purpose ("a few years ago"): read as a small range.
VAGUE_COUNTS: dict[str, tuple[int, int]] = {
    "a few": (2, 4),
    "few": (2, 4),
    "several": (3, 7),
    "some": (2, 7),
    "many": (3, 10),
    "a number of": (2, 7),
}
NUMBER_PATTERN = (
    r"\d+(?:\.\d+)?|"
    + "|".join(sorted((k.replace(" ", r"\s+") for k in NUMBER_WORDS), key=len, reverse=True))
    + r"(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?"
)
VAGUE_PATTERN = "|".join(
    sorted((k.replace(" ", r"\s+") for k in VAGUE_COUNTS), key=len, reverse=True)
)

ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty first": 21,
    "twenty-fifth": 25,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "seventy-fifth": 75,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
}
ORDINAL_PATTERN = r"\d+(?:st|nd|rd|th)|" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))


def number_value(text: str) -> int | None:
    """The integer a number word or numeral names ("two", "70", "twenty-five")."""
    words = " ".join(text.lower().replace("-", " ").split())
    if words.replace(".", "", 1).isdigit():
        return int(float(words))
    if words in NUMBER_WORDS:
        return NUMBER_WORDS[words]
    parts = words.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def ordinal_value(text: str) -> int | None:
    words = " ".join(text.lower().replace("-", " ").split())
    if words[:-2].isdigit():
        return int(words[:-2])
    return ORDINAL_WORDS.get(words) or ORDINAL_WORDS.get(words.replace(" ", "-"))
