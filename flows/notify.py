"""Run notifications: a JSON POST to a webhook when a run quarantines, rejects or fails."""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from typing import Any

TIMEOUT_SECONDS = 10


def post_json(url: str, payload: dict[str, Any]) -> bool:
    """POST ``payload`` to ``url``; True on a 2xx answer. Never raises: a notification
    that cannot be delivered is logged, it does not fail the run."""
    body = json.dumps(payload, default=str).encode("utf-8")
    request = urllib.request.Request(
        url, data=body, headers={"Content-Type": "application/json"}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            return 200 <= int(response.status) < 300
    except (urllib.error.URLError, OSError, ValueError) as exc:
        logging.getLogger("salary_etl.notify").warning("notification to %s failed: %s", url, exc)
        return False
