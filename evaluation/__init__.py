"""Regression evaluation: fixed question sets judged against the index, and SQuAD-format retrieval benchmarks."""
