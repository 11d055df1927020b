"""What the OpenAPI document says about the Rundun REST API as a whole."""

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
    title="Rundun REST API",
    env_prefix="RUNDUN",
    base_url="https://api.rundun.app/v1",
    server_variables={},
    user_agent="rundun-client/1.0.3",
    security=(
        SecurityScheme(
            name="bearerAuth",
            kind="bearer",
            credentials=(
                Credential(
                    key="token",
                    argument="api_key",
                    env="RUNDUN_API_KEY",
                    pattern="^rdk_live_[A-Za-z0-9]{32}$",
                    format="rdk_live_ followed by 32 random characters",
                ),
            ),
            header=None,
            location="header",
            token_url=None,
        ),
    ),
    requirements=[["bearerAuth"]],
    constant_headers={},
    rate_limit=RateLimitConfig(
        requests=None,
        period=None,
        limit_header=None,
        remaining_header=None,
        reset_header=None,
        retry_after_header="Retry-After",
        retry_after_unit="seconds",
    ),
    errors=ErrorConfig(
        message=("message",),
        code=("error",),
        request_id_header=None,
    ),
)

PAGING: Dict[str, PagingStyle] = {
    "pages": PagingStyle(
        style="page-number",
        items=("data",),
        page_param="page",
        size_param="per_page",
        next_page=(
            "pagination",
            "next_page",
        ),
        current_page=(
            "pagination",
            "page",
        ),
        total=(
            "pagination",
            "total",
        ),
    ),
}
