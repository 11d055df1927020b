"""Operations on invitations.

``client.invitations`` of the Runn API, sync and async.
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

__all__ = ["InvitationsResource", "AsyncInvitationsResource"]


class InvitationsResource(SyncResource):
    """Operations on invitations."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["createdAt", "sentAt", "id"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Invitation]:
        """List invitations

        Get a list of invitations. Does not contain the invitation token for security reasons. Paginated (default 50 per page, maximum 200). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /invitations/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: createdAt or sentAt or id Default "id".
            order: Sort order: asc or desc Default "asc".
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/invitations/",
                query={"cursor": cursor, "limit": limit, "sortBy": sort_by, "order": order},
                cast=InvitationList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Invitation,
            200,
        )

    def create(
        self,
        *,
        email: str,
        user_type: Literal[
            "admin",
            "editor",
            "viewer_all",
            "viewer_basic",
            "timesheet_only",
            "manager",
            "contributor",
        ],
        financial_permission: Literal["all", "no_salaries", "restricted", "none"],
        from_user: str,
        manage_projects_permission: Union[
            Literal["all", "specific", "restricted", "none"], NotGiven
        ] = NOT_GIVEN,
        manage_others_permission: Union[Literal["all", "none"], NotGiven] = NOT_GIVEN,
        edit_projects_permission: Union[
            Literal["all", "specific", "restricted", "none"], NotGiven
        ] = NOT_GIVEN,
        edit_others_permission: Union[Literal["all", "none"], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Invitation:
        """Create an invitation for a user

        Invite someone to become a user of the account (see `GET /users/` for the users). Give either `manageProjectsPermission` and `manageOthersPermission`, or the deprecated `editProjectsPermission` and `editOthersPermission`. 404 when `fromUser` is not a user of the account (Runn's OpenAPI lists 404 here; the reason is Inferred).

        ``POST /invitations/``

        Args:
            email: Email for the invitation.
            user_type: Permission level
            financial_permission: Financial permission level
            from_user: Email address of user the invite should be sent from (must be a Runn user with admin permissions).
            manage_projects_permission: Permissions for managing projects.
            manage_others_permission: Permissions for managing other parts of the account (people, clients, teams etc.)
            edit_projects_permission: Deprecated by the API; passing it warns. Permissions for editing projects. (deprecated: use manageProjectsPermission)
            edit_others_permission: Permissions for editing other parts of the account (people, clients, teams etc.)
        """
        if edit_projects_permission is not NOT_GIVEN:
            warnings.warn(
                "client.invitations.create(): the argument edit_projects_permission is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        return cast(
            Invitation,
            self._client.request(
                Call(
                    method="POST",
                    path="/invitations/",
                    json={
                        "email": email,
                        "userType": user_type,
                        "financialPermission": financial_permission,
                        "fromUser": from_user,
                        "manageProjectsPermission": manage_projects_permission,
                        "manageOthersPermission": manage_others_permission,
                        "editProjectsPermission": edit_projects_permission,
                        "editOthersPermission": edit_others_permission,
                    },
                    content_type="application/json",
                    cast=Invitation,
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

    def delete(
        self,
        invitation_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete an invitation

        Delete (revoke) an invitation (204).

        ``DELETE /invitations/{invitationId}``

        Args:
            invitation_id: The invitation's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/invitations/{invitationId}",
                path_params={"invitationId": invitation_id},
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


class AsyncInvitationsResource(AsyncResource):
    """Operations on invitations."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["createdAt", "sentAt", "id"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Invitation]:
        """List invitations

        Get a list of invitations. Does not contain the invitation token for security reasons. Paginated (default 50 per page, maximum 200). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /invitations/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: createdAt or sentAt or id Default "id".
            order: Sort order: asc or desc Default "asc".
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/invitations/",
                query={"cursor": cursor, "limit": limit, "sortBy": sort_by, "order": order},
                cast=InvitationList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Invitation,
            200,
        )

    async def create(
        self,
        *,
        email: str,
        user_type: Literal[
            "admin",
            "editor",
            "viewer_all",
            "viewer_basic",
            "timesheet_only",
            "manager",
            "contributor",
        ],
        financial_permission: Literal["all", "no_salaries", "restricted", "none"],
        from_user: str,
        manage_projects_permission: Union[
            Literal["all", "specific", "restricted", "none"], NotGiven
        ] = NOT_GIVEN,
        manage_others_permission: Union[Literal["all", "none"], NotGiven] = NOT_GIVEN,
        edit_projects_permission: Union[
            Literal["all", "specific", "restricted", "none"], NotGiven
        ] = NOT_GIVEN,
        edit_others_permission: Union[Literal["all", "none"], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Invitation:
        """Create an invitation for a user

        Invite someone to become a user of the account (see `GET /users/` for the users). Give either `manageProjectsPermission` and `manageOthersPermission`, or the deprecated `editProjectsPermission` and `editOthersPermission`. 404 when `fromUser` is not a user of the account (Runn's OpenAPI lists 404 here; the reason is Inferred).

        ``POST /invitations/``

        Args:
            email: Email for the invitation.
            user_type: Permission level
            financial_permission: Financial permission level
            from_user: Email address of user the invite should be sent from (must be a Runn user with admin permissions).
            manage_projects_permission: Permissions for managing projects.
            manage_others_permission: Permissions for managing other parts of the account (people, clients, teams etc.)
            edit_projects_permission: Deprecated by the API; passing it warns. Permissions for editing projects. (deprecated: use manageProjectsPermission)
            edit_others_permission: Permissions for editing other parts of the account (people, clients, teams etc.)
        """
        if edit_projects_permission is not NOT_GIVEN:
            warnings.warn(
                "client.invitations.create(): the argument edit_projects_permission is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        return cast(
            Invitation,
            await self._client.request(
                Call(
                    method="POST",
                    path="/invitations/",
                    json={
                        "email": email,
                        "userType": user_type,
                        "financialPermission": financial_permission,
                        "fromUser": from_user,
                        "manageProjectsPermission": manage_projects_permission,
                        "manageOthersPermission": manage_others_permission,
                        "editProjectsPermission": edit_projects_permission,
                        "editOthersPermission": edit_others_permission,
                    },
                    content_type="application/json",
                    cast=Invitation,
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

    async def delete(
        self,
        invitation_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete an invitation

        Delete (revoke) an invitation (204).

        ``DELETE /invitations/{invitationId}``

        Args:
            invitation_id: The invitation's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/invitations/{invitationId}",
                path_params={"invitationId": invitation_id},
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
