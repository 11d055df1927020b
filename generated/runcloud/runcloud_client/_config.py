"""What the OpenAPI document says about the RunCloud API as a whole."""

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
    title="RunCloud API",
    env_prefix="RUNCLOUD",
    base_url="https://manage.runcloud.io/api/v2",
    server_variables={},
    user_agent="runcloud-client/1.0.3",
    security=(
        SecurityScheme(
            name="basicAuth",
            kind="basic",
            credentials=(
                Credential(
                    key="username",
                    argument="api_key",
                    env="RUNCLOUD_API_KEY",
                    pattern=None,
                    format="the API Key from Settings > API Key",
                ),
                Credential(
                    key="password",
                    argument="api_secret",
                    env="RUNCLOUD_API_SECRET",
                    pattern=None,
                    format="the API Secret from Settings > API Key",
                ),
            ),
            header=None,
            location="header",
            token_url=None,
        ),
        SecurityScheme(
            name="bearerAuth",
            kind="bearer",
            credentials=(
                Credential(
                    key="token",
                    argument="token",
                    env="RUNCLOUD_API_TOKEN",
                    pattern=None,
                    format="a workspace API token from Workspace > Settings > API Keys",
                ),
            ),
            header=None,
            location="header",
            token_url=None,
        ),
    ),
    requirements=[["basicAuth"], ["bearerAuth"]],
    constant_headers={
        "Content-Type": "application/json",
        "Accept": "application/json",
    },
    rate_limit=RateLimitConfig(
        requests=60,
        period=60.0,
        limit_header="X-RateLimit-Limit",
        remaining_header="X-RateLimit-Remaining",
        reset_header=None,
        retry_after_header="Retry-After",
        retry_after_unit="seconds",
    ),
    errors=ErrorConfig(
        message=("message",),
        code=("None",),
        request_id_header=None,
    ),
)

PAGING: Dict[str, PagingStyle] = {
    "page": PagingStyle(
        style="page-number",
        items=("data",),
        page_param="page",
        size_param="perPage",
        current_page=(
            "meta",
            "pagination",
            "current_page",
        ),
        total_pages=(
            "meta",
            "pagination",
            "total_pages",
        ),
        total=(
            "meta",
            "pagination",
            "total",
        ),
    ),
}
