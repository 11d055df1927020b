"""Operations on access_rules.

``client.access_rules`` of the Run:ai REST API, sync and async.
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

__all__ = ["AccessRulesResource", "AsyncAccessRulesResource"]


class AccessRulesResource(SyncResource):
    """Operations on access_rules."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AccessRuleList:
        """List the access rules.

        Retrieve a list of access rules. (The official API also takes filter, sort and paging query parameters, left out of this specification.)

        ``GET /api/v1/authorization/access-rules``
        """
        return cast(
            AccessRuleList,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/authorization/access-rules",
                    cast=AccessRuleList,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def create(
        self,
        *,
        subject_id: str,
        subject_type: AccessRuleSubjectType,
        role_id: int,
        scope_id: str,
        scope_type: AccessRuleScopeType,
        cluster_id: Union[ClusterId, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AccessRule:
        """Create an access rule.

        Use to bind a predefined role to a subject (user, group or application) in a scope. This
        is how a user is set to a project (`subjectType: user`, `scopeType: project`, `scopeId` the
        project's id). A role, user (by username), project, department or cluster that does not exist
        is 404 in the `Error` shape (the official schema's 404 for this operation; its message is not
        documented).

        ``POST /api/v1/authorization/access-rules``

        Args:
            subject_id: The unique identifier of the subject (e.g., user, group, or app); a user's is their username (email).
            role_id: The numeric ID of the assigned role.
            scope_id: The unique identifier of the scope (for a project, its id).
        """
        return cast(
            AccessRule,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/v1/authorization/access-rules",
                    json={
                        "subjectId": subject_id,
                        "subjectType": subject_type,
                        "roleId": role_id,
                        "scopeId": scope_id,
                        "scopeType": scope_type,
                        "clusterId": cluster_id,
                    },
                    content_type="application/json",
                    cast=AccessRule,
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

    def get(
        self,
        access_rule_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AccessRule:
        """Get an access rule.

        Use to retrieve the details of an access rule by id.

        ``GET /api/v1/authorization/access-rules/{accessRuleId}``

        Args:
            access_rule_id: The id of the access rule.
        """
        return cast(
            AccessRule,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/authorization/access-rules/{accessRuleId}",
                    path_params={"accessRuleId": access_rule_id},
                    cast=AccessRule,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def delete(
        self,
        access_rule_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete an access rule.

        Use to delete an access rule by id.

        ``DELETE /api/v1/authorization/access-rules/{accessRuleId}``

        Args:
            access_rule_id: The id of the access rule.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/api/v1/authorization/access-rules/{accessRuleId}",
                path_params={"accessRuleId": access_rule_id},
                cast=None,
                response_kind="empty",
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


class AsyncAccessRulesResource(AsyncResource):
    """Operations on access_rules."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def list(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AccessRuleList:
        """List the access rules.

        Retrieve a list of access rules. (The official API also takes filter, sort and paging query parameters, left out of this specification.)

        ``GET /api/v1/authorization/access-rules``
        """
        return cast(
            AccessRuleList,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/authorization/access-rules",
                    cast=AccessRuleList,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def create(
        self,
        *,
        subject_id: str,
        subject_type: AccessRuleSubjectType,
        role_id: int,
        scope_id: str,
        scope_type: AccessRuleScopeType,
        cluster_id: Union[ClusterId, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AccessRule:
        """Create an access rule.

        Use to bind a predefined role to a subject (user, group or application) in a scope. This
        is how a user is set to a project (`subjectType: user`, `scopeType: project`, `scopeId` the
        project's id). A role, user (by username), project, department or cluster that does not exist
        is 404 in the `Error` shape (the official schema's 404 for this operation; its message is not
        documented).

        ``POST /api/v1/authorization/access-rules``

        Args:
            subject_id: The unique identifier of the subject (e.g., user, group, or app); a user's is their username (email).
            role_id: The numeric ID of the assigned role.
            scope_id: The unique identifier of the scope (for a project, its id).
        """
        return cast(
            AccessRule,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/v1/authorization/access-rules",
                    json={
                        "subjectId": subject_id,
                        "subjectType": subject_type,
                        "roleId": role_id,
                        "scopeId": scope_id,
                        "scopeType": scope_type,
                        "clusterId": cluster_id,
                    },
                    content_type="application/json",
                    cast=AccessRule,
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

    async def get(
        self,
        access_rule_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AccessRule:
        """Get an access rule.

        Use to retrieve the details of an access rule by id.

        ``GET /api/v1/authorization/access-rules/{accessRuleId}``

        Args:
            access_rule_id: The id of the access rule.
        """
        return cast(
            AccessRule,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/authorization/access-rules/{accessRuleId}",
                    path_params={"accessRuleId": access_rule_id},
                    cast=AccessRule,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def delete(
        self,
        access_rule_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete an access rule.

        Use to delete an access rule by id.

        ``DELETE /api/v1/authorization/access-rules/{accessRuleId}``

        Args:
            access_rule_id: The id of the access rule.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/api/v1/authorization/access-rules/{accessRuleId}",
                path_params={"accessRuleId": access_rule_id},
                cast=None,
                response_kind="empty",
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )
