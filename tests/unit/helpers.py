"""Small helpers shared by the unit tests."""

from __future__ import annotations


def flat(text: str) -> str:
    """``text`` with line breaks as spaces (hard-wrapped texts are split with their breaks
    blanked) and a one-dot leader as a point (read as one at the same length: ``2․400€``)."""
    return text.replace("\r", " ").replace("\n", " ").replace("\u2024", ".")
