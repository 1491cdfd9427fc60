"""Progress of a run, for whoever watches it in this process (the CLI's progress bar).

The flow calls ``report(phase, **counts)`` as it moves on (each chunk read, extracted and
written; the checks across documents; the commit; the report). Listeners are plain
callables; with none registered (deployments, tests) a report costs a loop over nothing.
"""

from __future__ import annotations

from collections.abc import Callable

Listener = Callable[[str, dict[str, int]], None]

_listeners: list[Listener] = []


def listen(listener: Listener) -> None:
    _listeners.append(listener)


def report(phase: str, **counts: int) -> None:
    for listener in _listeners:
        listener(phase, counts)
