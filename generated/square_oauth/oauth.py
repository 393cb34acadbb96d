"""OAuth 2 from the spec's oauth2 security scheme: the authorize URL and the callback.

Send the user to ``authorization_url(...).url``, keep its ``state`` and ``code_verifier``,
read the code of the redirect back with ``parse_callback``, and trade it for tokens with
``OAuthSession``, which also refreshes them. See docs/oauth.md.
"""

from __future__ import annotations

from collections.abc import Iterable

from ._core.enums import OpenStrEnum
from ._core.oauth import AuthorizationDeniedError as AuthorizationDeniedError
from ._core.oauth import AuthorizationRequest as AuthorizationRequest
from ._core.oauth import MissingCodeError as MissingCodeError
from ._core.oauth import OAuthError as OAuthError
from ._core.oauth import StateMismatchError as StateMismatchError
from ._core.oauth import build_authorization_url, on_environment
from ._core.oauth import code_challenge as code_challenge
from ._core.oauth import parse_callback as parse_callback
from ._core.oauth_session import OAuthSession as _OAuthSession
from ._core.oauth_session import Token as Token
from ._core.oauth_session import TokenError as TokenError
from .environment import DEFAULT_ENVIRONMENT, Environment

AUTHORIZATION_URL: str | None = "https://connect.squareup.com/oauth2/authorize"
TOKEN_URL: str | None = "https://connect.squareup.com/oauth2/token"
FLOWS: tuple[str, ...] = ("authorizationCode",)
SCOPE_SEPARATOR = " "
# How the token endpoint takes its body: "json" (the spec's operation there takes JSON)
# or "form" (RFC 6749).
TOKEN_ENCODING = "json"


class Scope(OpenStrEnum):
    """The scopes the spec lists; an unknown scope string still works: ``Scope("NEW")``."""

    ADDON_CONFIGURATIONS_READ = "ADDON_CONFIGURATIONS_READ"
    """__HTTP Method__: `GET`

    Grants write access for third-party Add-ons to read configurations of their Add-ons, for example, when calling `RetrieveConfiguration` endpoint."""

    ADDON_CONFIGURATIONS_WRITE = "ADDON_CONFIGURATIONS_WRITE"
    """__HTTP Method__: `POST`, `PUT`, `DELETE`

    Grants write access for third-party Add-ons to store configurations of their Add-ons, for example, when calling `CreateConfiguration` endpoint."""

    APPOINTMENTS_ALL_READ = "APPOINTMENTS_ALL_READ"
    """__HTTP Method__: `GET`, `POST`

    Grants read access to all of a seller's booking information, calendar, and business details.
    This permission must be accompanied by the `APPOINTMENTS_READ` permission."""

    APPOINTMENTS_ALL_WRITE = "APPOINTMENTS_ALL_WRITE"
    """__HTTP Method__: `POST`, `PUT`, `DELETE`

    Grants write access to all booking details, including double-booking a seller.
    This permission must be accompanied by the `APPOINTMENTS_WRITE` permission."""

    APPOINTMENTS_BUSINESS_SETTINGS_READ = "APPOINTMENTS_BUSINESS_SETTINGS_READ"
    """__HTTP Method__: `GET`

    Grants read access to booking business settings. For example, to call the
    ListTeamMemberBookingProfiles endpoint."""

    APPOINTMENTS_READ = "APPOINTMENTS_READ"
    """__HTTP Method__: `GET`, `POST`

    Grants read access to booking information. For example, to call the
    RetrieveBooking endpoint."""

    APPOINTMENTS_WRITE = "APPOINTMENTS_WRITE"
    """__HTTP Method__: `POST`, `PUT`, `DELETE`

    Grants write access to booking information. For example, to call the CreateBooking endpoint."""

    BANK_ACCOUNTS_READ = "BANK_ACCOUNTS_READ"
    """__HTTP Method__: `GET`

    Grants read access to bank account information associated with the targeted
    Square account. For example, to call the Connect v1 ListBankAccounts endpoint."""

    CASH_DRAWER_READ = "CASH_DRAWER_READ"
    """__HTTP Method__: `GET`

    Grants read access to cash drawer shift information. For example, to call the
    ListCashDrawerShifts endpoint."""

    CHANNELS_CREATE = "CHANNELS_CREATE"
    """__HTTP Method__: `POST`

    Grants write access to create channels, for example, when calling the
    `CreateChannel` endpoint."""

    CHANNELS_READ = "CHANNELS_READ"
    """__HTTP Method__: `GET`

    Grants read access to view channels, for example, when calling the
    `RetrieveChannel` endpoint."""

    CHANNELS_UPDATE = "CHANNELS_UPDATE"
    """__HTTP Method__: `PUT`

    Grants write access to update channels, for example, when calling the
    `UpdateChannel` endpoint."""

    CUSTOMERS_READ = "CUSTOMERS_READ"
    """__HTTP Method__: `GET`

    Grants read access to customer information. For example, to call the
    ListCustomers endpoint."""

    CUSTOMERS_WRITE = "CUSTOMERS_WRITE"
    """__HTTP Method__: `POST`, `PUT`, `DELETE`

    Grants write access to customer information. For example, to create and update
    customer profiles."""

    DEVICES_READ = "DEVICES_READ"
    """__HTTP Method__: `GET`

    Grants read access to device information. For example, to
    call the `GetDevice` and `ListDevices` endpoints."""

    DEVICE_CREDENTIAL_MANAGEMENT = "DEVICE_CREDENTIAL_MANAGEMENT"
    """__HTTP Method__: `POST`, `GET`

    Grants read/write access to device credentials information. For example, to
    call the CreateDeviceCode endpoint."""

    DISCOUNT_CODES_READ = "DISCOUNT_CODES_READ"
    """__HTTP Method__: `GET`

    Grants read access to Discount Codes API. For example, to call the `RetrieveDiscountCode` and `RetrieveRedemption` endpoints."""

    DISCOUNT_CODES_WRITE = "DISCOUNT_CODES_WRITE"
    """__HTTP Method__: `POST`

    Grants write access to Discount Codes API."""

    DISPUTES_READ = "DISPUTES_READ"
    """__HTTP Method__: `GET`

    Grants read access to dispute information. For example, to call the RetrieveDispute
    endpoint."""

    DISPUTES_WRITE = "DISPUTES_WRITE"
    """__HTTP Method__: `POST`, `PUT`, `DELETE`

    Grants write access to dispute information. For example, to call the SubmitEvidence
    endpoint."""

    EMPLOYEES_READ = "EMPLOYEES_READ"
    """__HTTP Method__: `GET`

    Grants read access to employee profile information. For example, to call the
    Connect v1 Employees API."""

    EMPLOYEES_WRITE = "EMPLOYEES_WRITE"
    """__HTTP Method__: `POST`, `PUT`, `DELETE`

    Grants write access to employee profile information. For example, to create
    and modify employee profiles."""

    GIFTCARDS_READ = "GIFTCARDS_READ"
    """__HTTP Method__: `GET`, `POST`

    Grants read access to gift card information. For example, to call the RetrieveGiftCard
    endpoint."""

    GIFTCARDS_WRITE = "GIFTCARDS_WRITE"
    """__HTTP Method__: `POST`, `PUT`, `DELETE`

    Grants write access to gift card information. For example, to call the CreateGiftCard
    endpoint."""

    INVENTORY_READ = "INVENTORY_READ"
    """__HTTP Method__: `GET`

    Grants read access to inventory information. For example, to call the
    RetrieveInventoryCount endpoint."""

    INVENTORY_WRITE = "INVENTORY_WRITE"
    """__HTTP Method__: `POST`, `PUT`, `DELETE`

    Grants write access to inventory information. For example, to call the
    BatchChangeInventory endpoint."""

    INVOICES_READ = "INVOICES_READ"
    """__HTTP Method__: `GET`, `POST`

    Grants read access to invoice information. For example, to call the ListInvoices endpoint."""

    INVOICES_WRITE = "INVOICES_WRITE"
    """__HTTP Method__: `POST`, `PUT`, `DELETE`

    Grants write access to invoice information. For example, to call the CreateInvoice endpoint."""

    ITEMS_READ = "ITEMS_READ"
    """__HTTP Method__: `GET`

    Grants read access to product catalog information. For example, to obtain objects in a product catalog."""

    ITEMS_WRITE = "ITEMS_WRITE"
    """__HTTP Method__: `POST`, `PUT`, `DELETE`

    Grants write access to product catalog information. For example, to modify or
    add to a product catalog."""

    LOYALTY_READ = "LOYALTY_READ"
    """__HTTP Method__: `GET`

    Grants read access to loyalty information. For example, to call the
    ListLoyaltyPrograms endpoint."""

    LOYALTY_WRITE = "LOYALTY_WRITE"
    """__HTTP Method__: `POST`, `PUT`, `DELETE`

    Grants write access to loyalty information. For example, to call the
    CreateLoyaltyAccount endpoint."""

    MERCHANT_PROFILE_READ = "MERCHANT_PROFILE_READ"
    """__HTTP Method__: `GET`

    Grants read access to business and location information. For example, to
    obtain a location ID for subsequent activity."""

    MERCHANT_PROFILE_WRITE = "MERCHANT_PROFILE_WRITE"
    """__HTTP Method__: `POST`, `PUT`

    Grants write access to business and location information. For example, to create a new location or
    update the business hours at an existing location."""

    ONLINE_STORE_SITE_READ = "ONLINE_STORE_SITE_READ"
    """__HTTP Method__: `GET`, `POST`

    Read access to ECOM online store site details."""

    ONLINE_STORE_SNIPPETS_READ = "ONLINE_STORE_SNIPPETS_READ"
    """__HTTP Method__: `GET`, `POST`

    Read access to ECOM online store snippets on published websites."""

    ONLINE_STORE_SNIPPETS_WRITE = "ONLINE_STORE_SNIPPETS_WRITE"
    """__HTTP Method__: `POST`, `PUT`, `DELETE`

    Write access to ECOM online store snippets on published websites."""

    ORDERS_READ = "ORDERS_READ"
    """__HTTP Method__: `GET`

    Grants read access to order information. For example, to call the
    BatchRetrieveOrders endpoint."""

    ORDERS_WRITE = "ORDERS_WRITE"
    """__HTTP Method__: `POST`, `PUT`, `DELETE`

    Grants write access to order information. For example, to call the
    CreateCheckout endpoint."""

    PAYMENTS_READ = "PAYMENTS_READ"
    """__HTTP Method__: `GET`

    Grants read access to transaction and refund information. For example, to call
    the RetrieveTransaction endpoint."""

    PAYMENTS_WRITE = "PAYMENTS_WRITE"
    """__HTTP Method__: `POST`, `PUT`, `DELETE`

    Grants write access to transaction and refunds information. For example, to
    process payments with the Payments or Checkout API."""

    PAYMENTS_WRITE_ADDITIONAL_RECIPIENTS = "PAYMENTS_WRITE_ADDITIONAL_RECIPIENTS"
    """__HTTP Method__: `POST`, `PUT`, `DELETE`

    Allow third party applications to deduct a portion of each transaction amount.
    __Required__ to use multiparty transaction functionality with the Payments
    API."""

    PAYMENTS_WRITE_IN_PERSON = "PAYMENTS_WRITE_IN_PERSON"
    """__HTTP Method__: `POST`, `PUT`, `DELETE`

    Grants write access to payments and refunds information. For example, to
    process in-person payments."""

    PAYMENTS_WRITE_SHARED_ONFILE = "PAYMENTS_WRITE_SHARED_ONFILE"
    """__HTTP Method__: `POST`, `PUT`, `DELETE`

    Allows the developer to process payments on behalf of a seller using a shared on file payment method."""

    PAYOUTS_READ = "PAYOUTS_READ"
    """__HTTP Method__: `GET`

    Grants read access to payouts and payout entries information. For example,
    to call the Connect v2 `ListPayouts` endpoint."""

    PERMISSION_SETS_READ = "PERMISSION_SETS_READ"
    """__HTTP Method__: `GET`

    Grants read access to Permission Sets. For example, to
    call the `ListPermissionSets` and `RetrievePermissionSet` endpoints."""

    PERMISSION_SETS_WRITE = "PERMISSION_SETS_WRITE"
    """__HTTP Method__: `PUT`

    Grants write access to Permission Sets."""

    RESERVATIONS_READ = "RESERVATIONS_READ"
    """__HTTP Method__: `GET`

    Grants read access to reservation information, for example, when calling the
    `RetrieveReservation` endpoint."""

    RESERVATIONS_WRITE = "RESERVATIONS_WRITE"
    """__HTTP Method__: `POST`, `PUT`, `DELETE`

    Grants write access to reservation information, for example, when calling the
    `CreateReservation` endpoint."""

    RESTAURANT_CHECKS_READ = "RESTAURANT_CHECKS_READ"
    """__HTTP Method__: `GET`

    Grants read access to check information, for example, when calling the
    `RetrieveCheck` endpoint."""

    SETTLEMENTS_READ = "SETTLEMENTS_READ"
    """__HTTP Method__: `GET`

    Grants read access to settlement (deposit) information. For example, to call
    the Connect v1 ListSettlements endpoint."""

    SUBSCRIPTIONS_READ = "SUBSCRIPTIONS_READ"
    """__HTTP Method__: `GET`, `POST`

    Grants read access to subscription information. For example, to call the RetrieveSubscription
    endpoint."""

    SUBSCRIPTIONS_WRITE = "SUBSCRIPTIONS_WRITE"
    """__HTTP Method__: `POST`, `PUT`, `DELETE`

    Grants write access to subscription information. For example, to call the CreateSubscription
    endpoint."""

    TIMECARDS_READ = "TIMECARDS_READ"
    """__HTTP Method__: `GET`

    Grants read access to employee timecard information. For example, to call the
    Connect v2 SearchShifts endpoint."""

    TIMECARDS_SETTINGS_READ = "TIMECARDS_SETTINGS_READ"
    """__HTTP Method__: `GET`

    Grants read access to employee timecard settings information. For example, to
    call the GetBreakType endpoint."""

    TIMECARDS_SETTINGS_WRITE = "TIMECARDS_SETTINGS_WRITE"
    """__HTTP Method__: `POST`, `PUT`, `DELETE`

    Grants write access to employee timecard settings information. For example, to
    call the UpdateBreakType endpoint."""

    TIMECARDS_WRITE = "TIMECARDS_WRITE"
    """__HTTP Method__: `POST`, `PUT`, `DELETE`

    Grants write access to employee shift information. For example, to create
    and modify employee shifts."""

    VENDOR_READ = "VENDOR_READ"
    """__HTTP Method__: `GET`, `POST`

    Grants read access to vendor information, for example, when calling the
    `RetrieveVendor` endpoint."""

    VENDOR_WRITE = "VENDOR_WRITE"
    """__HTTP Method__: `POST`, `PUT`, `DELETE`

    Grants write access to vendor information, for example, when calling the
    `BulkUpdateVendors` endpoint."""


def authorization_url(
    *,
    client_id: str,
    scopes: Iterable[Scope | str],
    redirect_uri: str | None = None,
    state: str | None = None,
    pkce: bool = True,
    environment: Environment | str | None = None,
    **extra_params: object,
) -> AuthorizationRequest:
    """Where to send the user to grant ``scopes`` to the app ``client_id``.

    Keep the result's ``state`` for ``parse_callback`` and its ``code_verifier`` for the
    code exchange. ``state`` defaults to a fresh random value; ``pkce=False`` leaves the
    S256 challenge out. ``environment`` is the client's (an ``Environment`` or base URL):
    an authorize URL on the production server's host moves to its host. Other keywords
    are sent as they are (``True``/``False`` as ``true``/``false``).
    """
    if AUTHORIZATION_URL is None:
        raise OAuthError("the spec declares no flow with an authorizationUrl")
    target = environment if environment is not None else DEFAULT_ENVIRONMENT
    base_url = target.value if isinstance(target, Environment) else target
    return build_authorization_url(
        on_environment(AUTHORIZATION_URL, DEFAULT_ENVIRONMENT.value, base_url),
        client_id=client_id,
        scopes=scopes,
        redirect_uri=redirect_uri,
        state=state,
        pkce=pkce,
        scope_separator=SCOPE_SEPARATOR,
        extra_params=extra_params,
    )


class OAuthSession(_OAuthSession):
    """Tokens from the spec's token URL: ``exchange_code(code, code_verifier=...)``, then
    ``Client(access_token=session)``; each call gets a token refreshed ``refresh_margin``
    seconds before it expires. ``on_token`` is called with every new ``Token`` (to save
    it); ``environment`` moves a token URL on the production host like
    ``authorization_url`` does."""

    token_url = TOKEN_URL
    token_encoding = TOKEN_ENCODING
    production_url = DEFAULT_ENVIRONMENT.value
