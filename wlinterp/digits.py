"""What WLanguage counts as a digit: 0-9 only.

Python's `str.isdigit()` is also True for other scripts' digits (Arabic-Indic "١٢",
fullwidth "１２", Devanagari) and for superscripts ("²", which `int()` then refuses), so a
test written with it let "٢٠٢٤٠١٠١" pass for a date and "²" reach an `int()` that failed.
Text a WLanguage program handles (numbers, dates and times read from strings, JSON,
masks) goes through `ascii_digits` instead (docs/semantics.md "Only 0-9 are digits").
"""
from __future__ import annotations

__all__ = ["ascii_digits"]


def ascii_digits(text: str) -> bool:
    """True when `text` is one or more of the characters 0-9 and nothing else."""
    return text.isascii() and text.isdigit()
