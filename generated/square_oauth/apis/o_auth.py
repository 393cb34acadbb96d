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

        Returns an OAuth access token and refresh token using the `authorization_code`
        or `refresh_token` grant type.

        When `grant_type` is `authorization_code`:
        - With the [code flow](https://developer.squareup.com/docs/oauth-api/overview#code-flow),
        provide `code`, `client_id`, and `client_secret`.
        - With the [PKCE flow](https://developer.squareup.com/docs/oauth-api/overview#pkce-flow),
        provide `code`, `client_id`, and `code_verifier`.

        When `grant_type` is `refresh_token`:
        - With the code flow, provide `refresh_token`, `client_id`, and `client_secret`.
        The response returns the same refresh token provided in the request.
        - With the PKCE flow, provide `refresh_token` and `client_id`. The response returns
        a new refresh token.

        You can use the `scopes` parameter to limit the set of permissions authorized by the
        access token. You can use the `short_lived` parameter to create an access token that
        expires in 24 hours.

        __Important:__ OAuth tokens should be encrypted and stored on a secure server.
        Application clients should never interact directly with OAuth tokens.

        This endpoint does not require authentication.

        Args:
            body: An object containing the fields to POST for the request.

                See the corresponding object definition for field details.
            timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
            max_retries: Retries for this call; ``0`` sends it once.
            extra_headers: More headers for this call; they win over every other header.
            extra_query: More query parameters for this call.
            extra_body: More fields for the JSON body of this call; they win over the body's.

        Returns:
            An ``ApiResult`` whose ``data`` is an ObtainTokenResponse.
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

        Revokes an access token generated with the OAuth flow.

        If an account has more than one OAuth access token for your application, this
        endpoint revokes all of them, regardless of which token you specify.

        __Important:__ The `Authorization` header for this endpoint must have the
        following format:

        ```
        Authorization: Client APPLICATION_SECRET
        ```

        Replace `APPLICATION_SECRET` with the application secret on the **OAuth**
        page for your application in the Developer Dashboard.

        Args:
            body: An object containing the fields to POST for the request.

                See the corresponding object definition for field details.
            authorization: Application secret, used by `RevokeToken` and `RenewToken`. The header value must
                be `Client APPLICATION_SECRET`, where `APPLICATION_SECRET` is the application secret
                shown on the **OAuth** page for your application in the Developer Dashboard.

                Defaults to the client's `oauth2_client_secret` setting.
            timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
            max_retries: Retries for this call; ``0`` sends it once.
            extra_headers: More headers for this call; they win over every other header.
            extra_query: More query parameters for this call.
            extra_body: More fields for the JSON body of this call; they win over the body's.

        Returns:
            An ``ApiResult`` whose ``data`` is a RevokeTokenResponse.
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

        .. deprecated:: renew_token is deprecated.

        `RenewToken` is deprecated. For information about refreshing OAuth access tokens, see
        [Migrate from Renew to Refresh OAuth Tokens](https://developer.squareup.com/docs/oauth-api/migrate-to-refresh-tokens).

        Renews an OAuth access token before it expires.

        OAuth access tokens besides your application's personal access token expire after __30 days__.
        You can also renew expired tokens within __15 days__ of their expiration.
        You cannot renew an access token that has been expired for more than 15 days.
        Instead, the associated user must re-complete the OAuth flow from the beginning.

        __Important:__ The `Authorization` header for this endpoint must have the
        following format:

        ```
        Authorization: Client APPLICATION_SECRET
        ```

        Replace `APPLICATION_SECRET` with the application secret on the Credentials
        page in the [developer dashboard](https://developer.squareup.com/apps).

        Args:
            client_id: Your application ID, available from the OAuth page for your application on the Developer Dashboard.
            body: An object containing the fields to POST for the request.

                See the corresponding object definition for field details.
            authorization: Application secret, used by `RevokeToken` and `RenewToken`. The header value must
                be `Client APPLICATION_SECRET`, where `APPLICATION_SECRET` is the application secret
                shown on the **OAuth** page for your application in the Developer Dashboard.

                Defaults to the client's `oauth2_client_secret` setting.
            timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
            max_retries: Retries for this call; ``0`` sends it once.
            extra_headers: More headers for this call; they win over every other header.
            extra_query: More query parameters for this call.
            extra_body: More fields for the JSON body of this call; they win over the body's.

        Returns:
            An ``ApiResult`` whose ``data`` is a RenewTokenResponse.
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

        Returns information about an [OAuth access token](https://developer.squareup.com/docs/build-basics/access-tokens#get-an-oauth-access-token) or an application’s [personal access token](https://developer.squareup.com/docs/build-basics/access-tokens#get-a-personal-access-token).

        Add the access token to the Authorization header of the request.

        __Important:__ The `Authorization` header you provide to this endpoint must have the following format:

        ```
        Authorization: Bearer ACCESS_TOKEN
        ```

        where `ACCESS_TOKEN` is a
        [valid production authorization credential](https://developer.squareup.com/docs/build-basics/access-tokens).

        If the access token is expired or not a valid access token, the endpoint returns an `UNAUTHORIZED` error.

        Args:
            timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
            max_retries: Retries for this call; ``0`` sends it once.
            extra_headers: More headers for this call; they win over every other header.
            extra_query: More query parameters for this call.
            extra_body: More fields for the JSON body of this call; they win over the body's.

        Returns:
            An ``ApiResult`` whose ``data`` is a RetrieveTokenStatusResponse.
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

        Returns an OAuth access token and refresh token using the `authorization_code`
        or `refresh_token` grant type.

        When `grant_type` is `authorization_code`:
        - With the [code flow](https://developer.squareup.com/docs/oauth-api/overview#code-flow),
        provide `code`, `client_id`, and `client_secret`.
        - With the [PKCE flow](https://developer.squareup.com/docs/oauth-api/overview#pkce-flow),
        provide `code`, `client_id`, and `code_verifier`.

        When `grant_type` is `refresh_token`:
        - With the code flow, provide `refresh_token`, `client_id`, and `client_secret`.
        The response returns the same refresh token provided in the request.
        - With the PKCE flow, provide `refresh_token` and `client_id`. The response returns
        a new refresh token.

        You can use the `scopes` parameter to limit the set of permissions authorized by the
        access token. You can use the `short_lived` parameter to create an access token that
        expires in 24 hours.

        __Important:__ OAuth tokens should be encrypted and stored on a secure server.
        Application clients should never interact directly with OAuth tokens.

        This endpoint does not require authentication.

        Args:
            body: An object containing the fields to POST for the request.

                See the corresponding object definition for field details.
            timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
            max_retries: Retries for this call; ``0`` sends it once.
            extra_headers: More headers for this call; they win over every other header.
            extra_query: More query parameters for this call.
            extra_body: More fields for the JSON body of this call; they win over the body's.

        Returns:
            An ``ApiResult`` whose ``data`` is an ObtainTokenResponse.
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

        Revokes an access token generated with the OAuth flow.

        If an account has more than one OAuth access token for your application, this
        endpoint revokes all of them, regardless of which token you specify.

        __Important:__ The `Authorization` header for this endpoint must have the
        following format:

        ```
        Authorization: Client APPLICATION_SECRET
        ```

        Replace `APPLICATION_SECRET` with the application secret on the **OAuth**
        page for your application in the Developer Dashboard.

        Args:
            body: An object containing the fields to POST for the request.

                See the corresponding object definition for field details.
            authorization: Application secret, used by `RevokeToken` and `RenewToken`. The header value must
                be `Client APPLICATION_SECRET`, where `APPLICATION_SECRET` is the application secret
                shown on the **OAuth** page for your application in the Developer Dashboard.

                Defaults to the client's `oauth2_client_secret` setting.
            timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
            max_retries: Retries for this call; ``0`` sends it once.
            extra_headers: More headers for this call; they win over every other header.
            extra_query: More query parameters for this call.
            extra_body: More fields for the JSON body of this call; they win over the body's.

        Returns:
            An ``ApiResult`` whose ``data`` is a RevokeTokenResponse.
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

        .. deprecated:: renew_token is deprecated.

        `RenewToken` is deprecated. For information about refreshing OAuth access tokens, see
        [Migrate from Renew to Refresh OAuth Tokens](https://developer.squareup.com/docs/oauth-api/migrate-to-refresh-tokens).

        Renews an OAuth access token before it expires.

        OAuth access tokens besides your application's personal access token expire after __30 days__.
        You can also renew expired tokens within __15 days__ of their expiration.
        You cannot renew an access token that has been expired for more than 15 days.
        Instead, the associated user must re-complete the OAuth flow from the beginning.

        __Important:__ The `Authorization` header for this endpoint must have the
        following format:

        ```
        Authorization: Client APPLICATION_SECRET
        ```

        Replace `APPLICATION_SECRET` with the application secret on the Credentials
        page in the [developer dashboard](https://developer.squareup.com/apps).

        Args:
            client_id: Your application ID, available from the OAuth page for your application on the Developer Dashboard.
            body: An object containing the fields to POST for the request.

                See the corresponding object definition for field details.
            authorization: Application secret, used by `RevokeToken` and `RenewToken`. The header value must
                be `Client APPLICATION_SECRET`, where `APPLICATION_SECRET` is the application secret
                shown on the **OAuth** page for your application in the Developer Dashboard.

                Defaults to the client's `oauth2_client_secret` setting.
            timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
            max_retries: Retries for this call; ``0`` sends it once.
            extra_headers: More headers for this call; they win over every other header.
            extra_query: More query parameters for this call.
            extra_body: More fields for the JSON body of this call; they win over the body's.

        Returns:
            An ``ApiResult`` whose ``data`` is a RenewTokenResponse.
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

        Returns information about an [OAuth access token](https://developer.squareup.com/docs/build-basics/access-tokens#get-an-oauth-access-token) or an application’s [personal access token](https://developer.squareup.com/docs/build-basics/access-tokens#get-a-personal-access-token).

        Add the access token to the Authorization header of the request.

        __Important:__ The `Authorization` header you provide to this endpoint must have the following format:

        ```
        Authorization: Bearer ACCESS_TOKEN
        ```

        where `ACCESS_TOKEN` is a
        [valid production authorization credential](https://developer.squareup.com/docs/build-basics/access-tokens).

        If the access token is expired or not a valid access token, the endpoint returns an `UNAUTHORIZED` error.

        Args:
            timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
            max_retries: Retries for this call; ``0`` sends it once.
            extra_headers: More headers for this call; they win over every other header.
            extra_query: More query parameters for this call.
            extra_body: More fields for the JSON body of this call; they win over the body's.

        Returns:
            An ``ApiResult`` whose ``data`` is a RetrieveTokenStatusResponse.
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
