"""``Client`` and ``AsyncClient``: configuration, and one attribute per API class."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType

import httpx

from ._core.http import DEFAULT_TIMEOUT, AsyncHttpClient, ClientConfig, SyncHttpClient
from .apis import (
    AsyncOAuthApi,
    OAuthApi,
)
from .environment import DEFAULT_ENVIRONMENT, Environment

BASE_URL_VARIABLE = "SQUARE_OAUTH_BASE_URL"


def _config(
    *,
    credentials: Mapping[str, str | None],
    global_headers: Mapping[str, str | None],
    environment: Environment | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    headers: Mapping[str, str] | None,
) -> ClientConfig:
    if base_url is None:
        if environment is not None:
            base_url = environment.value
        else:
            base_url = os.environ.get(BASE_URL_VARIABLE) or DEFAULT_ENVIRONMENT.value
    if timeout is None:
        timeout = DEFAULT_TIMEOUT
    elif not isinstance(timeout, httpx.Timeout):
        timeout = httpx.Timeout(timeout)
    sent = {name: value for name, value in global_headers.items() if value is not None}
    return ClientConfig(
        base_url=base_url.rstrip("/"),
        credentials=dict(credentials),
        headers={**sent, **(headers or {})},
        timeout=timeout,
    )


class Client:
    """The synchronous client. Use it as a context manager, or call ``close()``."""

    def __init__(
        self,
        *,
        access_token: str | None = None,
        oauth2_client_secret: str | None = None,
        square_version: str | None = "2025-08-20",
        environment: Environment | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Create a client.

        Args:
            access_token: OAuth 2.0 authorization code flow. Send the resulting access token (or a personal
                access token) as `Authorization: Bearer ACCESS_TOKEN`.
            oauth2_client_secret: Application secret, used by `RevokeToken` and `RenewToken`. The header value must
                be `Client APPLICATION_SECRET`, where `APPLICATION_SECRET` is the application secret
                shown on the **OAuth** page for your application in the Developer Dashboard.
            square_version: The `Square-Version` header sent with every request. Square API version to use for the request, in `YYYY-MM-DD` format. When omitted,
                the version configured for the application in the Developer Dashboard is used.
            environment: One of the spec's servers; default ``Environment.PRODUCTION``.
            base_url: Any other server (a proxy, a mock); wins over ``environment``. When
                neither is given, the ``SQUARE_OAUTH_BASE_URL`` environment variable is
                used if set.
            timeout: Seconds, or an ``httpx.Timeout``; default 60 s (10 s to connect).
            headers: Extra headers sent with every request.
            http_client: Your own ``httpx.Client`` (proxies, certificates, transports); the
                client does not close it.
        """
        self._http = SyncHttpClient(
            _config(
                credentials={
                    "oauth2": access_token,
                    "oauth2ClientSecret": oauth2_client_secret,
                },
                global_headers={
                    "Square-Version": square_version,
                },
                environment=environment,
                base_url=base_url,
                timeout=timeout,
                headers=headers,
            ),
            http_client,
        )

    @cached_property
    def o_auth(self) -> OAuthApi:
        """O Auth operations."""
        return OAuthApi(self._http)

    @property
    def base_url(self) -> str:
        return self._http.config.base_url

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Client(base_url={self.base_url!r})"


class AsyncClient:
    """The asynchronous client; the same API as ``Client``, with ``await``."""

    def __init__(
        self,
        *,
        access_token: str | None = None,
        oauth2_client_secret: str | None = None,
        square_version: str | None = "2025-08-20",
        environment: Environment | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Create an async client.

        Args:
            access_token: OAuth 2.0 authorization code flow. Send the resulting access token (or a personal
                access token) as `Authorization: Bearer ACCESS_TOKEN`.
            oauth2_client_secret: Application secret, used by `RevokeToken` and `RenewToken`. The header value must
                be `Client APPLICATION_SECRET`, where `APPLICATION_SECRET` is the application secret
                shown on the **OAuth** page for your application in the Developer Dashboard.
            square_version: The `Square-Version` header sent with every request. Square API version to use for the request, in `YYYY-MM-DD` format. When omitted,
                the version configured for the application in the Developer Dashboard is used.
            environment: One of the spec's servers; default ``Environment.PRODUCTION``.
            base_url: Any other server (a proxy, a mock); wins over ``environment``. When
                neither is given, the ``SQUARE_OAUTH_BASE_URL`` environment variable is
                used if set.
            timeout: Seconds, or an ``httpx.Timeout``; default 60 s (10 s to connect).
            headers: Extra headers sent with every request.
            http_client: Your own ``httpx.AsyncClient`` (proxies, certificates, transports); the
                client does not close it.
        """
        self._http = AsyncHttpClient(
            _config(
                credentials={
                    "oauth2": access_token,
                    "oauth2ClientSecret": oauth2_client_secret,
                },
                global_headers={
                    "Square-Version": square_version,
                },
                environment=environment,
                base_url=base_url,
                timeout=timeout,
                headers=headers,
            ),
            http_client,
        )

    @cached_property
    def o_auth(self) -> AsyncOAuthApi:
        """O Auth operations."""
        return AsyncOAuthApi(self._http)

    @property
    def base_url(self) -> str:
        return self._http.config.base_url

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        await self._http.close()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"AsyncClient(base_url={self.base_url!r})"
