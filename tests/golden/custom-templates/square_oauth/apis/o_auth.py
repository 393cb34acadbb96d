"""O Auth: OAuthApi and AsyncOAuthApi.

Generated from the operations tagged ``OAuth``; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .._core.http import AsyncHttpClient, SyncHttpClient
from .._core.request import (
    QueryValue,
    RequestOptions,
    RequestSpec,
    encode_path,
    json_body,
    warn_deprecated,
)
from .._core.result import ApiResult
from ..models import (
    ErrorResponse,
    ObtainTokenRequest,
    ObtainTokenResponse,
    RenewTokenRequest,
    RenewTokenResponse,
    RetrieveTokenStatusResponse,
    RevokeTokenRequest,
    RevokeTokenResponse,
)


def _obtain_token_request(
    *,
    body: ObtainTokenRequest | dict[str, Any],
) -> RequestSpec[ObtainTokenResponse]:
    return RequestSpec(
        operation="obtain_token",
        method="POST",
        path=encode_path(
            "/oauth2/token",
            {},
        ),
        response_model=ObtainTokenResponse,
        error_models={"400": ErrorResponse, "401": ErrorResponse, "500": ErrorResponse},
        json=json_body(body),
        has_json=True,
        security=(),
    )


def _revoke_token_request(
    *,
    body: RevokeTokenRequest | dict[str, Any],
    authorization: str | None,
) -> RequestSpec[RevokeTokenResponse]:
    return RequestSpec(
        operation="revoke_token",
        method="POST",
        path=encode_path(
            "/oauth2/revoke",
            {},
        ),
        response_model=RevokeTokenResponse,
        error_models={"400": ErrorResponse, "401": ErrorResponse, "500": ErrorResponse},
        json=json_body(body),
        has_json=True,
        security=(("oauth2ClientSecret",),),
        auth_overrides={"oauth2ClientSecret": authorization},
        idempotent=True,
    )


def _renew_token_request(
    *,
    client_id: str,
    body: RenewTokenRequest | dict[str, Any],
    authorization: str | None,
) -> RequestSpec[RenewTokenResponse]:
    return RequestSpec(
        operation="renew_token",
        method="POST",
        path=encode_path(
            "/oauth2/clients/{client_id}/access-token/renew",
            {"client_id": client_id},
        ),
        response_model=RenewTokenResponse,
        error_models={"400": ErrorResponse, "401": ErrorResponse, "500": ErrorResponse},
        json=json_body(body),
        has_json=True,
        security=(("oauth2ClientSecret",),),
        auth_overrides={"oauth2ClientSecret": authorization},
    )


def _retrieve_token_status_request() -> RequestSpec[RetrieveTokenStatusResponse]:
    return RequestSpec(
        operation="retrieve_token_status",
        method="POST",
        path=encode_path(
            "/oauth2/token/status",
            {},
        ),
        response_model=RetrieveTokenStatusResponse,
        error_models={"400": ErrorResponse, "401": ErrorResponse, "500": ErrorResponse},
        security=(("oauth2",),),
        idempotent=True,
    )


class OAuthApi:
    """Obtain, renew, revoke and inspect OAuth access tokens that let an application
    call Square APIs on behalf of a seller.

    Reach it as ``client.o_auth``.
    """

    def __init__(self, http: SyncHttpClient) -> None:
        self._http = http

    def obtain_token(
        self,
        *,
        body: ObtainTokenRequest | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ApiResult[ObtainTokenResponse]:
        """Obtain an OAuth access token

        HTTP: ``POST /oauth2/token``
        Spec: ObtainToken
        """
        return self._http.send(
            _obtain_token_request(
                body=body,
            ),
            RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def revoke_token(
        self,
        *,
        body: RevokeTokenRequest | dict[str, Any],
        authorization: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ApiResult[RevokeTokenResponse]:
        """Revoke an OAuth access token

        HTTP: ``POST /oauth2/revoke``
        Spec: RevokeToken
        """
        return self._http.send(
            _revoke_token_request(
                body=body,
                authorization=authorization,
            ),
            RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def renew_token(
        self,
        *,
        client_id: str,
        body: RenewTokenRequest | dict[str, Any],
        authorization: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ApiResult[RenewTokenResponse]:
        """Renew an OAuth access token (deprecated)

        HTTP: ``POST /oauth2/clients/{client_id}/access-token/renew``
        Deprecated: renew_token is deprecated.
        Spec: RenewToken
        """
        warn_deprecated("renew_token is deprecated.")
        return self._http.send(
            _renew_token_request(
                client_id=client_id,
                body=body,
                authorization=authorization,
            ),
            RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def retrieve_token_status(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ApiResult[RetrieveTokenStatusResponse]:
        """Retrieve the status of an access token

        HTTP: ``POST /oauth2/token/status``
        Spec: RetrieveTokenStatus
        """
        return self._http.send(
            _retrieve_token_status_request(),
            RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncOAuthApi:
    """Obtain, renew, revoke and inspect OAuth access tokens that let an application
    call Square APIs on behalf of a seller.

    Reach it as ``async_client.o_auth``.
    """

    def __init__(self, http: AsyncHttpClient) -> None:
        self._http = http

    async def obtain_token(
        self,
        *,
        body: ObtainTokenRequest | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ApiResult[ObtainTokenResponse]:
        """Obtain an OAuth access token

        HTTP: ``POST /oauth2/token``
        Spec: ObtainToken
        """
        return await self._http.send(
            _obtain_token_request(
                body=body,
            ),
            RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def revoke_token(
        self,
        *,
        body: RevokeTokenRequest | dict[str, Any],
        authorization: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ApiResult[RevokeTokenResponse]:
        """Revoke an OAuth access token

        HTTP: ``POST /oauth2/revoke``
        Spec: RevokeToken
        """
        return await self._http.send(
            _revoke_token_request(
                body=body,
                authorization=authorization,
            ),
            RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def renew_token(
        self,
        *,
        client_id: str,
        body: RenewTokenRequest | dict[str, Any],
        authorization: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ApiResult[RenewTokenResponse]:
        """Renew an OAuth access token (deprecated)

        HTTP: ``POST /oauth2/clients/{client_id}/access-token/renew``
        Deprecated: renew_token is deprecated.
        Spec: RenewToken
        """
        warn_deprecated("renew_token is deprecated.")
        return await self._http.send(
            _renew_token_request(
                client_id=client_id,
                body=body,
                authorization=authorization,
            ),
            RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def retrieve_token_status(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ApiResult[RetrieveTokenStatusResponse]:
        """Retrieve the status of an access token

        HTTP: ``POST /oauth2/token/status``
        Spec: RetrieveTokenStatus
        """
        return await self._http.send(
            _retrieve_token_status_request(),
            RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
