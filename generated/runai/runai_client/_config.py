"""What the OpenAPI document says about the Run:ai REST API as a whole."""

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
    title="Run:ai REST API",
    env_prefix="RUNAI",
    base_url="https://{company}.run.ai",
    server_variables={
        "company": "app",
    },
    user_agent="runai-client/1.1.1",
    security=(
        SecurityScheme(
            name="oauth2",
            kind="oauth2_client_credentials",
            credentials=(
                Credential(
                    key="client-id",
                    argument="client_id",
                    env="RUNAI_CLIENT_ID",
                    pattern=None,
                    format=None,
                ),
                Credential(
                    key="client-secret",
                    argument="client_secret",
                    env="RUNAI_CLIENT_SECRET",
                    pattern=None,
                    format=None,
                ),
            ),
            header=None,
            location="header",
            token_url="/api/v2/token",
        ),
        SecurityScheme(
            name="bearerAuth",
            kind="bearer",
            credentials=(
                Credential(
                    key="token", argument="token", env="RUNAI_API_TOKEN", pattern=None, format=None
                ),
            ),
            header=None,
            location="header",
            token_url=None,
        ),
    ),
    requirements=[["oauth2"], ["bearerAuth"]],
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
        code=("code",),
        request_id_header=None,
    ),
)

PAGING: Dict[str, PagingStyle] = {
    "projects": PagingStyle(
        style="offset",
        items=("projects",),
        offset_param="offset",
        size_param="limit",
        next_offset=("next",),
    ),
    "departments": PagingStyle(
        style="offset",
        items=("departments",),
        offset_param="offset",
        size_param="limit",
        next_offset=("next",),
    ),
    "users": PagingStyle(
        style="offset",
        items=(),
        offset_param="offset",
        size_param="limit",
    ),
}
