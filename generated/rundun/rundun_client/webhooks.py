"""Webhooks of the Rundun REST API: the requests it sends to you, parsed into models.

Pass the raw request body (``bytes`` or ``str``) as received; a payload that does not match
the document's schema raises ``pydantic.ValidationError``. Parsing does not check signatures.
"""

from __future__ import annotations

import json
import warnings
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union, cast

from ._json import parse_as
from .models import *  # noqa: F403 - every model name is part of the signatures below

__all__ = [
    "parse_run_event",
]


def parse_run_event(payload: Union[str, bytes]) -> WebhookEvent:
    """Run event delivery

    Rundun POSTs a signed JSON event envelope to the `webhook.url` given when the run was
    dispatched, for each subscribed event. Deliveries carry `Content-Type:
    application/json` and three signature headers (`Content-Digest`, `Signature-Input`,
    `Signature`; RFC 9421 style, Inferred from the names), computed with the `webhook.secret`
    you chose. Return 2xx within 10 seconds; otherwise the delivery is retried after 30 s,
    2 min, 10 min, 1 h and 6 h, and after 5 attempts the event is marked failed.

    The body of the webhook ``runEvent`` (``POST``) request.
    """
    return cast(WebhookEvent, parse_as(WebhookEvent, json.loads(payload)))
