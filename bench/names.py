"""Name matching: how long reading a question's name takes, and matching it against a person's mentions.

    .venv/bin/python bench/names.py [--rounds 50]

Questions name people in English or Arabic ("Adel al-Jubeir", "the Saudi foreign minister", "الجبير"); each
answer matches the name read from the question (`NameQuery.parse`) against the mentions of every person quoted
in the retrieved articles (`NameQuery.matches`). Both are timed after a warm-up (the name indexes and caches
load once per process), in the same process as a baseline: the fuzzy match a user would otherwise write,
rapidfuzz's `token_set_ratio` of the asked phrase against each mention. Prints medians and the ratio to it.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from rapidfuzz import fuzz

from rag.names import NameQuery

ASKED = ["Adel al-Jubeir", "the Saudi foreign minister", "MBS", "الجبير", "Lavrov", "وزير الخارجية الإيراني"]
# Unseen phrases for the parse timing: a warm process still reads each new question once.
FRESH = [
    "the Jordanian foreign minister Ayman Safadi",
    "the Egyptian foreign minister",
    "Antonio Guterres",
    "رئيس الوزراء العراقي",
    "the Kremlin spokesman",
    "Erdogan",
]
PEOPLE = [
    ["وزير الخارجية الروسي سيرغي لافروف", "لافروف", "الوزير الروسي"],
    ["وزير الخارجية الإيراني جواد ظريف", "ظريف"],
    ["وزير الخارجية المصري سامح شكري", "شكري"],
    ["الجبير", "الوزير السعودي"],
    ["الأمين العام للأمم المتحدة أنطونيو غوتيريش", "غوتيريش"],
    ["ولي العهد السعودي الأمير محمد بن سلمان", "الأمير محمد بن سلمان"],
    ["الرئيس التركي رجب طيب أردوغان", "أردوغان"],
]


def _per_call(fn: Callable[[], None], calls: int, rounds: int) -> float:
    """The median over rounds of one round's time per call, in microseconds."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) / calls * 1e6)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50)
    rounds = parser.parse_args().rounds

    queries = [NameQuery.parse(p) for p in ASKED]
    pairs = len(queries) * len(PEOPLE)

    def ours() -> None:
        for q in queries:
            for p in PEOPLE:
                q.matches(p)

    def baseline() -> None:
        for a in ASKED:
            for p in PEOPLE:
                max(fuzz.token_set_ratio(a, m) for m in p)

    ours()  # (warm-up: indexes and caches)
    match_us = _per_call(ours, pairs, rounds)
    base_us = _per_call(baseline, pairs, rounds)
    parse_ms = []
    for phrase in FRESH:
        start = time.perf_counter()
        NameQuery.parse(phrase)
        parse_ms.append((time.perf_counter() - start) * 1e3)
    print(f"matches(): median {match_us:.1f} µs per question × person ({pairs} pairs, {rounds} rounds)")
    print(f"baseline token_set_ratio: median {base_us:.1f} µs per pair; ratio ours/baseline {match_us / base_us:.1f}×")
    print(f"parse() of an unseen phrase, warm process: median {statistics.median(parse_ms):.1f} ms (of {len(FRESH)})")


if __name__ == "__main__":
    main()
