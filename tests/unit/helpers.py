"""Small helpers shared by the unit tests."""

from __future__ import annotations


def flat(text: str) -> str:
    """``text`` with line breaks as spaces: hard-wrapped texts are split with their breaks blanked."""
    return text.replace("\r", " ").replace("\n", " ")
