"""``Client`` and ``AsyncClient``: configuration, and one attribute per API class."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

from ._core.auth import SCHEMES, AsyncCredential, Credential
from ._core.http import (
    DEFAULT_TIMEOUT,
    AsyncHttpClient,
    ClientConfig,
    SyncHttpClient,
    changed_config,
)
from ._core.redact import redact_userinfo
from ._core.retry import DEFAULT_BACKOFF, DEFAULT_MAX_RETRIES, Backoff
from .environment import DEFAULT_ENVIRONMENT, Environment

if TYPE_CHECKING:
    from .apis import (
        AsyncOAuthApi,
        OAuthApi,
    )

BASE_URL_VARIABLE = "SQUARE_OAUTH_BASE_URL"
# The environment variable each credential left out is read from, by scheme key.
CREDENTIAL_VARIABLES: dict[str, str] = {
    "oauth2": "SQUARE_OAUTH_ACCESS_TOKEN",
    "oauth2ClientSecret": "SQUARE_OAUTH_OAUTH2_CLIENT_SECRET",
}
HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)


def _from_environment(key: str, value: AsyncCredential) -> AsyncCredential:
    """A credential left out is read from its scheme's environment variable, if it has one
    (HTTP basic has none)."""
    variable = CREDENTIAL_VARIABLES.get(key)
    if value is None and variable is not None:
        return os.environ.get(variable)
    return value


def _config(
    *,
    credentials: Mapping[str, AsyncCredential],
    global_headers: Mapping[str, str | None],
    environment: Environment | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    backoff: Backoff | None,
    headers: Mapping[str, str] | None,
    http_client: httpx.Client | httpx.AsyncClient | None,
) -> ClientConfig:
    if base_url is None:
        if environment is not None:
            base_url = environment.value
        else:
            base_url = os.environ.get(BASE_URL_VARIABLE) or DEFAULT_ENVIRONMENT.value
    if max_retries < 0:
        raise ValueError(f"max_retries must be 0 or more, not {max_retries}")
    if timeout is None:
        # A client the caller configured keeps its timeout; httpx's own default (5 s) is
        # too short for a default, so it yields to ours.
        if http_client is not None and http_client.timeout != HTTPX_DEFAULT_TIMEOUT:
            timeout = http_client.timeout
        else:
            timeout = DEFAULT_TIMEOUT
    elif not isinstance(timeout, httpx.Timeout):
        timeout = httpx.Timeout(timeout)
    sent = {name: value for name, value in global_headers.items() if value is not None}
    given = {key: _from_environment(key, value) for key, value in credentials.items()}
    return ClientConfig(
        base_url=base_url.rstrip("/"),
        credentials=given,
        headers={**sent, **(headers or {})},
        timeout=timeout,
        max_retries=max_retries,
        backoff=backoff or DEFAULT_BACKOFF,
    )


def _describe(kind: str, config: ClientConfig) -> str:
    # Names of the credentials that are set, never their values.
    given = sorted(
        SCHEMES[key].setting for key, value in config.credentials.items() if value
    )
    return (
        f"{kind}(base_url={redact_userinfo(config.base_url)!r}, credentials={given!r}, "
        f"timeout={config.timeout!r}, max_retries={config.max_retries})"
    )


class Client:
    """The synchronous client. Use it as a context manager, or call ``close()``."""

    def __init__(
        self,
        *,
        access_token: Credential = None,
        oauth2_client_secret: Credential = None,
        square_version: str | None = "2025-08-20",
        environment: Environment | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        backoff: Backoff | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Create a client.

        Args:
            access_token: OAuth 2.0 authorization code flow. Send the resulting access token (or a personal
                access token) as `Authorization: Bearer ACCESS_TOKEN`.

                Default: the ``SQUARE_OAUTH_ACCESS_TOKEN`` environment variable.
                Also takes a function that returns the value, called for each request.
            oauth2_client_secret: Application secret, used by `RevokeToken` and `RenewToken`. The header value must
                be `Client APPLICATION_SECRET`, where `APPLICATION_SECRET` is the application secret
                shown on the **OAuth** page for your application in the Developer Dashboard.

                Default: the ``SQUARE_OAUTH_OAUTH2_CLIENT_SECRET`` environment variable.
                Also takes a function that returns the value, called for each request.
            square_version: The `Square-Version` header sent with every request. Square API version to use for the request, in `YYYY-MM-DD` format. When omitted,
                the version configured for the application in the Developer Dashboard is used.
            environment: One of the spec's servers; default ``Environment.PRODUCTION``.
            base_url: Any other server (a proxy, a mock); wins over ``environment``. When
                neither is given, the ``SQUARE_OAUTH_BASE_URL`` environment variable is
                used if set.
            timeout: Seconds, or an ``httpx.Timeout``, for each attempt; default
                60.0 s (10.0 s to connect). The whole attempt, however
                slowly the server sends, ends within the longest of its phases.
                ``httpx.Timeout(None)`` waits forever. With ``http_client`` and no
                ``timeout``, that client's own timeout applies unless it is httpx's default.
            max_retries: How many times a failed attempt is retried (connection errors,
                timeouts, 408, 429, 5xx); default 2; ``0`` turns retries off.
            backoff: The waits between attempts; default ``Backoff()``: from
                0.5 s, doubling up to 8.0 s; ``Retry-After`` is honoured up
                to 60.0 s.
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
                global_headers={"Square-Version": square_version},
                environment=environment,
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                backoff=backoff,
                headers=headers,
                http_client=http_client,
            ),
            http_client,
        )

    def with_options(
        self,
        *,
        access_token: Credential = None,
        oauth2_client_secret: Credential = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        backoff: Backoff | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Client:
        """A copy of this client with other settings, on the same connection pool.

        Each argument left out (``None``) keeps this client's setting; ``headers`` are
        added to this client's. The copy shares the connections, so one client per
        tenant or token costs no pool of its own; closing the copy leaves the pool open,
        closing this client closes it for every copy.
        """
        copy = Client.__new__(Client)
        copy._http = self._http.with_config(
            changed_config(
                self._http.config,
                credentials={
                    "oauth2": access_token,
                    "oauth2ClientSecret": oauth2_client_secret,
                },
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                backoff=backoff,
                headers=headers,
            )
        )
        return copy

    @cached_property
    def o_auth(self) -> OAuthApi:
        """O Auth operations."""
        # Imported on first use: a client of a large API starts without loading them all.
        from .apis.o_auth import OAuthApi

        return OAuthApi(self._http)

    @property
    def base_url(self) -> str:
        """Where requests go, without a trailing slash."""
        return self._http.config.base_url

    @property
    def http_client(self) -> httpx.Client:
        """The ``httpx`` client that sends the requests (yours, when you passed one)."""
        return self._http.client

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
        return _describe("Client", self._http.config)


class AsyncClient:
    """The asynchronous client; the same API as ``Client``, with ``await``."""

    def __init__(
        self,
        *,
        access_token: AsyncCredential = None,
        oauth2_client_secret: AsyncCredential = None,
        square_version: str | None = "2025-08-20",
        environment: Environment | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        backoff: Backoff | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Create an async client.

        Args:
            access_token: OAuth 2.0 authorization code flow. Send the resulting access token (or a personal
                access token) as `Authorization: Bearer ACCESS_TOKEN`.

                Default: the ``SQUARE_OAUTH_ACCESS_TOKEN`` environment variable.
                Also takes a function that returns the value, called for each request.
            oauth2_client_secret: Application secret, used by `RevokeToken` and `RenewToken`. The header value must
                be `Client APPLICATION_SECRET`, where `APPLICATION_SECRET` is the application secret
                shown on the **OAuth** page for your application in the Developer Dashboard.

                Default: the ``SQUARE_OAUTH_OAUTH2_CLIENT_SECRET`` environment variable.
                Also takes a function that returns the value, called for each request.
            square_version: The `Square-Version` header sent with every request. Square API version to use for the request, in `YYYY-MM-DD` format. When omitted,
                the version configured for the application in the Developer Dashboard is used.
            environment: One of the spec's servers; default ``Environment.PRODUCTION``.
            base_url: Any other server (a proxy, a mock); wins over ``environment``. When
                neither is given, the ``SQUARE_OAUTH_BASE_URL`` environment variable is
                used if set.
            timeout: Seconds, or an ``httpx.Timeout``, for each attempt; default
                60.0 s (10.0 s to connect). The whole attempt, however
                slowly the server sends, ends within the longest of its phases.
                ``httpx.Timeout(None)`` waits forever. With ``http_client`` and no
                ``timeout``, that client's own timeout applies unless it is httpx's default.
            max_retries: How many times a failed attempt is retried (connection errors,
                timeouts, 408, 429, 5xx); default 2; ``0`` turns retries off.
            backoff: The waits between attempts; default ``Backoff()``: from
                0.5 s, doubling up to 8.0 s; ``Retry-After`` is honoured up
                to 60.0 s.
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
                global_headers={"Square-Version": square_version},
                environment=environment,
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                backoff=backoff,
                headers=headers,
                http_client=http_client,
            ),
            http_client,
        )

    def with_options(
        self,
        *,
        access_token: AsyncCredential = None,
        oauth2_client_secret: AsyncCredential = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        backoff: Backoff | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncClient:
        """A copy of this client with other settings, on the same connection pool.

        Each argument left out (``None``) keeps this client's setting; ``headers`` are
        added to this client's. The copy shares the connections, so one client per
        tenant or token costs no pool of its own; closing the copy leaves the pool open,
        closing this client closes it for every copy.
        """
        copy = AsyncClient.__new__(AsyncClient)
        copy._http = self._http.with_config(
            changed_config(
                self._http.config,
                credentials={
                    "oauth2": access_token,
                    "oauth2ClientSecret": oauth2_client_secret,
                },
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                backoff=backoff,
                headers=headers,
            )
        )
        return copy

    @cached_property
    def o_auth(self) -> AsyncOAuthApi:
        """O Auth operations."""
        from .apis.o_auth import AsyncOAuthApi

        return AsyncOAuthApi(self._http)

    @property
    def base_url(self) -> str:
        """Where requests go, without a trailing slash."""
        return self._http.config.base_url

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The ``httpx`` client that sends the requests (yours, when you passed one)."""
        return self._http.client

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
        return _describe("AsyncClient", self._http.config)
