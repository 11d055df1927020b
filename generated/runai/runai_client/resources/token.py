"""Operations on token.

``client.token`` of the Run:ai REST API, sync and async.
"""

from __future__ import annotations

import warnings
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Mapping, Optional, Union, cast

from .._base_client import AsyncAPIClient, Call, SyncAPIClient
from .._config import PAGING
from .._pagination import AsyncPager, SyncPager
from .._resource import AsyncResource, SyncResource
from .._types import NOT_GIVEN, FileTypes, NotGiven, RequestOptions, Timeout
from ..models import *  # noqa: F403 - every model name is part of the signatures below

__all__ = ["TokenResource", "AsyncTokenResource"]


class TokenResource(SyncResource):
    """Operations on token."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def grant_token_v2(
        self,
        *,
        grant_type: Literal[
            "authorization_code", "client_credentials", "password", "refresh_token"
        ],
        client_id: Union[str, NotGiven] = NOT_GIVEN,
        client_secret: Union[str, NotGiven] = NOT_GIVEN,
        username: Union[str, NotGiven] = NOT_GIVEN,
        password: Union[str, NotGiven] = NOT_GIVEN,
        refresh_token: Union[str, NotGiven] = NOT_GIVEN,
        code: Union[str, NotGiven] = NOT_GIVEN,
        redirect_uri: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> OAuth2TokenResponse:
        """Create an access token v2

        Use this endpoint to obtain an access token. Compliant with standard OAuth2 protocol and supports the common OAuth2 grant types. For `client_credentials`, obtain the client id and secret using the service accounts or access keys endpoints. The body is `application/x-www-form-urlencoded`. This endpoint takes no bearer token; it is the token URL of the `oauth2` security scheme.

        ``POST /api/v2/token``

        Args:
            grant_type: The OAuth2 grant type that determines how the token will be issued.
            client_id: OAuth2 client identifier
            client_secret: OAuth2 client secret
            username: Resource owner username (for password grant)
            password: The password of the resource owner. Required only when using the password grant type.
            refresh_token: The refresh token used to obtain a new access token. Required only when using the refresh_token grant type.
            code: Authorization code issued by the authorization server. Used in the authorization_code grant to exchange the code for an access token.
            redirect_uri: The redirect URI used during the authorization request. Required for the authorization_code grant to validate the redirect destination.
        """
        return cast(
            OAuth2TokenResponse,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/v2/token",
                    data={
                        "grant_type": grant_type,
                        "client_id": client_id,
                        "client_secret": client_secret,
                        "username": username,
                        "password": password,
                        "refresh_token": refresh_token,
                        "code": code,
                        "redirect_uri": redirect_uri,
                    },
                    content_type="application/x-www-form-urlencoded",
                    cast=OAuth2TokenResponse,
                    authenticated=False,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                        retry_non_idempotent=allow_retry,
                        idempotency_key=idempotency_key,
                    ),
                )
            ),
        )

    def grant_token(
        self,
        *,
        grant_type: Union[TokenRequestGrantTypeEnum, NotGiven] = NOT_GIVEN,
        app_id: Union[str, NotGiven] = NOT_GIVEN,
        app_secret: Union[str, NotGiven] = NOT_GIVEN,
        code: Union[str, NotGiven] = NOT_GIVEN,
        redirect_uri: Union[str, NotGiven] = NOT_GIVEN,
        refresh_token: Union[str, NotGiven] = NOT_GIVEN,
        username: Union[str, NotGiven] = NOT_GIVEN,
        password: Union[str, NotGiven] = NOT_GIVEN,
        client_id: Union[str, NotGiven] = NOT_GIVEN,
        client_secret: Union[str, NotGiven] = NOT_GIVEN,
        external_token: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TokenResponse:
        """Create an access token v1

        Create tokens using the `grantType` field of a JSON body. With `grantType: client_credentials`, send the `clientID` and `clientSecret` (obtain them using the service accounts or access keys endpoints, or from a client application). Other grant types: `refresh_token` (`refreshToken`, `clientID`), `exchange_token` (`code`, `clientID`, `redirectUri`), `external_token_exchange` (`externalToken`: an access token from an external IdP), `password` (`username`, `password`) and the deprecated `app_token` (`appID`, `appSecret`, obtained using the applications or user applications endpoints). The response's `expiresIn` is the token lifetime in seconds. This endpoint takes no bearer token. A client id with a wrong or missing secret is refused with 401 in the `Error` shape (Inferred: the official schema lists only 400, 500 and 503 here; 401 is its status for failed authentication everywhere else, and the OAuth2 endpoint answers `invalid_client` with 401). The documentation's example spells the client id field `clientId`; the official schema spells it `clientID`, which is kept here.

        ``POST /api/v1/token``

        Args:
            app_id: Deprecated by the API; passing it warns.
            app_secret: Deprecated by the API; passing it warns.
        """
        if app_id is not NOT_GIVEN:
            warnings.warn(
                "client.token.grant_token(): the argument app_id is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        if app_secret is not NOT_GIVEN:
            warnings.warn(
                "client.token.grant_token(): the argument app_secret is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        return cast(
            TokenResponse,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/v1/token",
                    json={
                        "grantType": grant_type,
                        "appID": app_id,
                        "appSecret": app_secret,
                        "code": code,
                        "redirectUri": redirect_uri,
                        "refreshToken": refresh_token,
                        "username": username,
                        "password": password,
                        "clientID": client_id,
                        "clientSecret": client_secret,
                        "externalToken": external_token,
                    },
                    content_type="application/json",
                    cast=TokenResponse,
                    authenticated=False,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                        retry_non_idempotent=allow_retry,
                        idempotency_key=idempotency_key,
                    ),
                )
            ),
        )

    def app_token(
        self,
        *,
        id: str,
        name: str,
        secret: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AppTokenResponse:
        """Get an application token (deprecated).

        Retrieve an access token for an application; the application token is retrieved from the authorization server. Deprecated: use `POST /api/v1/token` with `grantType: app_token` and `appID`/`appSecret` instead (providers.md section 5.2; official OpenAPI `app_token`). Like the other token endpoints it takes no bearer token (Inferred: the official document does not override the global bearer requirement here, but a token endpoint cannot need the token it issues).

        .. deprecated:: The API marks this operation as deprecated.

        ``POST /v1/k8s/auth/oauth/apptoken``
        """
        warnings.warn(
            "client.token.app_token() is deprecated by the API: see its documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast(
            AppTokenResponse,
            self._client.request(
                Call(
                    method="POST",
                    path="/v1/k8s/auth/oauth/apptoken",
                    json={"id": id, "name": name, "secret": secret},
                    content_type="application/json",
                    cast=AppTokenResponse,
                    authenticated=False,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                        retry_non_idempotent=allow_retry,
                        idempotency_key=idempotency_key,
                    ),
                )
            ),
        )


class AsyncTokenResource(AsyncResource):
    """Operations on token."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def grant_token_v2(
        self,
        *,
        grant_type: Literal[
            "authorization_code", "client_credentials", "password", "refresh_token"
        ],
        client_id: Union[str, NotGiven] = NOT_GIVEN,
        client_secret: Union[str, NotGiven] = NOT_GIVEN,
        username: Union[str, NotGiven] = NOT_GIVEN,
        password: Union[str, NotGiven] = NOT_GIVEN,
        refresh_token: Union[str, NotGiven] = NOT_GIVEN,
        code: Union[str, NotGiven] = NOT_GIVEN,
        redirect_uri: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> OAuth2TokenResponse:
        """Create an access token v2

        Use this endpoint to obtain an access token. Compliant with standard OAuth2 protocol and supports the common OAuth2 grant types. For `client_credentials`, obtain the client id and secret using the service accounts or access keys endpoints. The body is `application/x-www-form-urlencoded`. This endpoint takes no bearer token; it is the token URL of the `oauth2` security scheme.

        ``POST /api/v2/token``

        Args:
            grant_type: The OAuth2 grant type that determines how the token will be issued.
            client_id: OAuth2 client identifier
            client_secret: OAuth2 client secret
            username: Resource owner username (for password grant)
            password: The password of the resource owner. Required only when using the password grant type.
            refresh_token: The refresh token used to obtain a new access token. Required only when using the refresh_token grant type.
            code: Authorization code issued by the authorization server. Used in the authorization_code grant to exchange the code for an access token.
            redirect_uri: The redirect URI used during the authorization request. Required for the authorization_code grant to validate the redirect destination.
        """
        return cast(
            OAuth2TokenResponse,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/v2/token",
                    data={
                        "grant_type": grant_type,
                        "client_id": client_id,
                        "client_secret": client_secret,
                        "username": username,
                        "password": password,
                        "refresh_token": refresh_token,
                        "code": code,
                        "redirect_uri": redirect_uri,
                    },
                    content_type="application/x-www-form-urlencoded",
                    cast=OAuth2TokenResponse,
                    authenticated=False,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                        retry_non_idempotent=allow_retry,
                        idempotency_key=idempotency_key,
                    ),
                )
            ),
        )

    async def grant_token(
        self,
        *,
        grant_type: Union[TokenRequestGrantTypeEnum, NotGiven] = NOT_GIVEN,
        app_id: Union[str, NotGiven] = NOT_GIVEN,
        app_secret: Union[str, NotGiven] = NOT_GIVEN,
        code: Union[str, NotGiven] = NOT_GIVEN,
        redirect_uri: Union[str, NotGiven] = NOT_GIVEN,
        refresh_token: Union[str, NotGiven] = NOT_GIVEN,
        username: Union[str, NotGiven] = NOT_GIVEN,
        password: Union[str, NotGiven] = NOT_GIVEN,
        client_id: Union[str, NotGiven] = NOT_GIVEN,
        client_secret: Union[str, NotGiven] = NOT_GIVEN,
        external_token: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TokenResponse:
        """Create an access token v1

        Create tokens using the `grantType` field of a JSON body. With `grantType: client_credentials`, send the `clientID` and `clientSecret` (obtain them using the service accounts or access keys endpoints, or from a client application). Other grant types: `refresh_token` (`refreshToken`, `clientID`), `exchange_token` (`code`, `clientID`, `redirectUri`), `external_token_exchange` (`externalToken`: an access token from an external IdP), `password` (`username`, `password`) and the deprecated `app_token` (`appID`, `appSecret`, obtained using the applications or user applications endpoints). The response's `expiresIn` is the token lifetime in seconds. This endpoint takes no bearer token. A client id with a wrong or missing secret is refused with 401 in the `Error` shape (Inferred: the official schema lists only 400, 500 and 503 here; 401 is its status for failed authentication everywhere else, and the OAuth2 endpoint answers `invalid_client` with 401). The documentation's example spells the client id field `clientId`; the official schema spells it `clientID`, which is kept here.

        ``POST /api/v1/token``

        Args:
            app_id: Deprecated by the API; passing it warns.
            app_secret: Deprecated by the API; passing it warns.
        """
        if app_id is not NOT_GIVEN:
            warnings.warn(
                "client.token.grant_token(): the argument app_id is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        if app_secret is not NOT_GIVEN:
            warnings.warn(
                "client.token.grant_token(): the argument app_secret is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        return cast(
            TokenResponse,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/v1/token",
                    json={
                        "grantType": grant_type,
                        "appID": app_id,
                        "appSecret": app_secret,
                        "code": code,
                        "redirectUri": redirect_uri,
                        "refreshToken": refresh_token,
                        "username": username,
                        "password": password,
                        "clientID": client_id,
                        "clientSecret": client_secret,
                        "externalToken": external_token,
                    },
                    content_type="application/json",
                    cast=TokenResponse,
                    authenticated=False,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                        retry_non_idempotent=allow_retry,
                        idempotency_key=idempotency_key,
                    ),
                )
            ),
        )

    async def app_token(
        self,
        *,
        id: str,
        name: str,
        secret: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AppTokenResponse:
        """Get an application token (deprecated).

        Retrieve an access token for an application; the application token is retrieved from the authorization server. Deprecated: use `POST /api/v1/token` with `grantType: app_token` and `appID`/`appSecret` instead (providers.md section 5.2; official OpenAPI `app_token`). Like the other token endpoints it takes no bearer token (Inferred: the official document does not override the global bearer requirement here, but a token endpoint cannot need the token it issues).

        .. deprecated:: The API marks this operation as deprecated.

        ``POST /v1/k8s/auth/oauth/apptoken``
        """
        warnings.warn(
            "client.token.app_token() is deprecated by the API: see its documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast(
            AppTokenResponse,
            await self._client.request(
                Call(
                    method="POST",
                    path="/v1/k8s/auth/oauth/apptoken",
                    json={"id": id, "name": name, "secret": secret},
                    content_type="application/json",
                    cast=AppTokenResponse,
                    authenticated=False,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                        retry_non_idempotent=allow_retry,
                        idempotency_key=idempotency_key,
                    ),
                )
            ),
        )
