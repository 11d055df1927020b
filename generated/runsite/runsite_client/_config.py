"""What the OpenAPI document says about the Runsite Public API as a whole."""

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
    title="Runsite Public API",
    env_prefix="RUNSITE",
    base_url="https://api.runsite.app",
    server_variables={},
    user_agent="runsite-client/1.2.1",
    security=(
        SecurityScheme(
            name="bearerAuth",
            kind="bearer",
            credentials=(
                Credential(
                    key="token",
                    argument="api_key",
                    env="RUNSITE_API_KEY",
                    pattern="^ak_live_[A-Za-z0-9]+$",
                    format="ak_live_ followed by the key",
                ),
            ),
            header=None,
            location="header",
            token_url=None,
        ),
        SecurityScheme(
            name="jwtAuth",
            kind="bearer",
            credentials=(
                Credential(
                    key="token",
                    argument="access_token",
                    env="RUNSITE_ACCESS_TOKEN",
                    pattern="^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$",
                    format="a JWT (three base64url parts separated by dots)",
                ),
            ),
            header=None,
            location="header",
            token_url=None,
        ),
    ),
    requirements=[["bearerAuth"], ["jwtAuth"]],
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
        message=("detail",),
        code=("None",),
        request_id_header=None,
    ),
)

PAGING: Dict[str, PagingStyle] = {
    "offset": PagingStyle(
        style="offset",
        items=("deployments",),
        offset_param="offset",
        size_param="limit",
        total=("total",),
    ),
}
