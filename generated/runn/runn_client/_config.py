"""What the OpenAPI document says about the Runn API as a whole."""

from __future__ import annotations

from typing import Dict

from ._types import (
    ClientConfig,
    Credential,
    ErrorConfig,
    PagingStyle,
    RateLimitConfig,
    SecurityScheme,
)

__all__ = ["CONFIG", "PAGING"]

CONFIG = ClientConfig(
    title="Runn API",
    env_prefix="RUNN",
    base_url="https://api.runn.io",
    server_variables={},
    user_agent="runn-client/1.2.0",
    security=(
        SecurityScheme(
            name="bearerAuth",
            kind="bearer",
            credentials=(
                Credential(
                    key="token", argument="token", env="RUNN_API_TOKEN", pattern=None, format=None
                ),
            ),
            header=None,
            location="header",
            token_url=None,
        ),
    ),
    requirements=[["bearerAuth"]],
    constant_headers={
        "Accept-Version": "1.0.0",
    },
    rate_limit=RateLimitConfig(
        requests=120,
        period=60.0,
        limit_header="x-ratelimit-limit",
        remaining_header="x-ratelimit-remaining",
        reset_header="x-ratelimit-reset",
        retry_after_header="retry-after",
        retry_after_unit="milliseconds",
    ),
    errors=ErrorConfig(
        message=("message",),
        code=("error",),
        request_id_header=None,
    ),
)

PAGING: Dict[str, PagingStyle] = {
    "cursor": PagingStyle(
        style="cursor",
        items=("values",),
        cursor_param="cursor",
        size_param="limit",
        next_cursor=("nextCursor",),
    ),
}
