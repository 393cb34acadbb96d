"""ErrorCode: Indicates the specific error that occurred during a request to a"""

from __future__ import annotations

from .._core.enums import OpenStrEnum


class ErrorCode(OpenStrEnum):
    """Indicates the specific error that occurred during a request to a
    Square API.

    Values:
    - `INTERNAL_SERVER_ERROR` (API_ERROR): A general server error occurred.
    - `UNAUTHORIZED` (AUTHENTICATION_ERROR): A general authorization error occurred.
    - `ACCESS_TOKEN_EXPIRED` (AUTHENTICATION_ERROR): The provided access token has expired.
    - `ACCESS_TOKEN_REVOKED` (AUTHENTICATION_ERROR): The provided access token has been revoked.
    - `CLIENT_DISABLED` (AUTHENTICATION_ERROR): The provided client has been disabled.
    - `FORBIDDEN` (AUTHENTICATION_ERROR): A general access error occurred.
    - `INSUFFICIENT_SCOPES` (AUTHENTICATION_ERROR): The provided access token does not have permission to execute the requested action.
    - `APPLICATION_DISABLED` (INVALID_REQUEST_ERROR): The calling application was disabled.
    - `V1_APPLICATION` (INVALID_REQUEST_ERROR): The calling application was created prior to 2016-03-30 and is not compatible with v2 Square API calls.
    - `V1_ACCESS_TOKEN` (INVALID_REQUEST_ERROR): The calling application is using an access token created prior to 2016-03-30 and is not compatible with v2 Square API calls.
    - `CARD_PROCESSING_NOT_ENABLED` (INVALID_REQUEST_ERROR): The location provided in the API call is not enabled for credit card processing.
    - `MERCHANT_SUBSCRIPTION_NOT_FOUND` (MERCHANT_SUBSCRIPTION_ERROR): A required subscription was not found for the merchant
    - `BAD_REQUEST` (INVALID_REQUEST_ERROR): A general error occurred with the request.
    - `MISSING_REQUIRED_PARAMETER` (INVALID_REQUEST_ERROR): The request is missing a required path, query, or body parameter.
    - `INCORRECT_TYPE` (INVALID_REQUEST_ERROR): The value provided in the request is the wrong type. For example, a string instead of an integer.
    - `INVALID_TIME` (INVALID_REQUEST_ERROR): Formatting for the provided time value is incorrect.
    - `INVALID_TIME_RANGE` (INVALID_REQUEST_ERROR): The time range provided in the request is invalid. For example, the end time is before the start time.
    - `INVALID_VALUE` (INVALID_REQUEST_ERROR): The provided value is invalid. For example, including `%` in a phone number.
    - `INVALID_CURSOR` (INVALID_REQUEST_ERROR): The pagination cursor included in the request is invalid.
    - `UNKNOWN_QUERY_PARAMETER` (INVALID_REQUEST_ERROR): The query parameters provided is invalid for the requested endpoint.
    - `CONFLICTING_PARAMETERS` (INVALID_REQUEST_ERROR): One or more of the request parameters conflict with each other.
    - `EXPECTED_JSON_BODY` (INVALID_REQUEST_ERROR): The request body is not a JSON object.
    - `INVALID_SORT_ORDER` (INVALID_REQUEST_ERROR): The provided sort order is not a valid key. Currently, sort order must be `ASC` or `DESC`.
    - `VALUE_REGEX_MISMATCH` (INVALID_REQUEST_ERROR): The provided value does not match an expected regular expression.
    - `VALUE_TOO_SHORT` (INVALID_REQUEST_ERROR): The provided string value is shorter than the minimum length allowed.
    - `VALUE_TOO_LONG` (INVALID_REQUEST_ERROR): The provided string value is longer than the maximum length allowed.
    - `VALUE_TOO_LOW` (INVALID_REQUEST_ERROR): The provided value is less than the supported minimum.
    - `VALUE_TOO_HIGH` (INVALID_REQUEST_ERROR): The provided value is greater than the supported maximum.
    - `VALUE_EMPTY` (INVALID_REQUEST_ERROR): The provided value has a default (empty) value such as a blank string.
    - `ARRAY_LENGTH_TOO_LONG` (INVALID_REQUEST_ERROR): The provided array has too many elements.
    - `ARRAY_LENGTH_TOO_SHORT` (INVALID_REQUEST_ERROR): The provided array has too few elements.
    - `ARRAY_EMPTY` (INVALID_REQUEST_ERROR): The provided array is empty.
    - `EXPECTED_BOOLEAN` (INVALID_REQUEST_ERROR): The endpoint expected the provided value to be a boolean.
    - `EXPECTED_INTEGER` (INVALID_REQUEST_ERROR): The endpoint expected the provided value to be an integer.
    - `EXPECTED_FLOAT` (INVALID_REQUEST_ERROR): The endpoint expected the provided value to be a float.
    - `EXPECTED_STRING` (INVALID_REQUEST_ERROR): The endpoint expected the provided value to be a string.
    - `EXPECTED_OBJECT` (INVALID_REQUEST_ERROR): The endpoint expected the provided value to be a JSON object.
    - `EXPECTED_ARRAY` (INVALID_REQUEST_ERROR): The endpoint expected the provided value to be an array or list.
    - `EXPECTED_MAP` (INVALID_REQUEST_ERROR): The endpoint expected the provided value to be a map or associative array.
    - `EXPECTED_BASE64_ENCODED_BYTE_ARRAY` (INVALID_REQUEST_ERROR): The endpoint expected the provided value to be an array encoded in base64.
    - `INVALID_ARRAY_VALUE` (INVALID_REQUEST_ERROR): One or more objects in the array does not match the array type.
    - `INVALID_ENUM_VALUE` (INVALID_REQUEST_ERROR): The provided static string is not valid for the field.
    - `INVALID_CONTENT_TYPE` (INVALID_REQUEST_ERROR): Invalid content type header.
    - `INVALID_FORM_VALUE` (INVALID_REQUEST_ERROR): Only relevant for applications created prior to 2016-03-30. Indicates there was an error while parsing form values.
    - `CUSTOMER_NOT_FOUND` (INVALID_REQUEST_ERROR): The provided customer id can't be found in the merchant's customers list.
    - `ONE_INSTRUMENT_EXPECTED` (INVALID_REQUEST_ERROR): A general error occurred.
    - `NO_FIELDS_SET` (INVALID_REQUEST_ERROR): A general error occurred.
    - `TOO_MANY_MAP_ENTRIES` (INVALID_REQUEST_ERROR): Too many entries in the map field.
    - `MAP_KEY_LENGTH_TOO_SHORT` (INVALID_REQUEST_ERROR): The length of one of the provided keys in the map is too short.
    - `MAP_KEY_LENGTH_TOO_LONG` (INVALID_REQUEST_ERROR): The length of one of the provided keys in the map is too long.
    - `CUSTOMER_MISSING_NAME` (INVALID_REQUEST_ERROR): The provided customer does not have a recorded name.
    - `CUSTOMER_MISSING_EMAIL` (INVALID_REQUEST_ERROR): The provided customer does not have a recorded email.
    - `INVALID_PAUSE_LENGTH` (INVALID_REQUEST_ERROR): The subscription cannot be paused longer than the duration of the current phase.
    - `INVALID_DATE` (INVALID_REQUEST_ERROR): The subscription cannot be paused/resumed on the given date.
    - `UNSUPPORTED_COUNTRY` (INVALID_REQUEST_ERROR): The API request references an unsupported country.
    - `UNSUPPORTED_CURRENCY` (INVALID_REQUEST_ERROR): The API request references an unsupported currency.
    - `APPLE_TTP_PIN_TOKEN` (PAYMENT_METHOD_ERROR): The payment was declined by the card issuer during an Apple Tap to Pay (TTP) transaction with a request for the card's PIN. This code will be returned alongside `CARD_DECLINED_VERIFICATION_REQUIRED` as a supplemental error, and will include an issuer-provided token in the `details` field that is needed to initiate the PIN collection flow on the iOS device.
    - `CARD_EXPIRED` (PAYMENT_METHOD_ERROR): The card issuer declined the request because the card is expired.
    - `INVALID_EXPIRATION` (PAYMENT_METHOD_ERROR): The expiration date for the payment card is invalid. For example, it indicates a date in the past.
    - `INVALID_EXPIRATION_YEAR` (INVALID_REQUEST_ERROR): The expiration year for the payment card is invalid. For example, it indicates a year in the past or contains invalid characters.
    - `INVALID_EXPIRATION_DATE` (INVALID_REQUEST_ERROR): The expiration date for the payment card is invalid. For example, it contains invalid characters.
    - `UNSUPPORTED_CARD_BRAND` (PAYMENT_METHOD_ERROR): The credit card provided is not from a supported issuer.
    - `UNSUPPORTED_ENTRY_METHOD` (PAYMENT_METHOD_ERROR): The entry method for the credit card (swipe, dip, tap) is not supported.
    - `INVALID_ENCRYPTED_CARD` (PAYMENT_METHOD_ERROR): The encrypted card information is invalid.
    - `INVALID_CARD` (PAYMENT_METHOD_ERROR): The credit card cannot be validated based on the provided details.
    - `PAYMENT_AMOUNT_MISMATCH` (PAYMENT_METHOD_ERROR): The payment was declined because there was a payment amount mismatch. The money amount Square was expecting does not match the amount provided.
    - `GENERIC_DECLINE` (PAYMENT_METHOD_ERROR): Square received a decline without any additional information. If the payment information seems correct, the buyer can contact their issuer to ask for more information.
    - `CVV_FAILURE` (PAYMENT_METHOD_ERROR): The card issuer declined the request because the CVV value is invalid.
    - `ADDRESS_VERIFICATION_FAILURE` (PAYMENT_METHOD_ERROR): The card issuer declined the request because the postal code is invalid.
    - `INVALID_ACCOUNT` (PAYMENT_METHOD_ERROR): The issuer was not able to locate the account on record.
    - `CURRENCY_MISMATCH` (PAYMENT_METHOD_ERROR): The currency associated with the payment is not valid for the provided funding source. For example, a gift card funded in USD cannot be used to process payments in GBP.
    - `INSUFFICIENT_FUNDS` (PAYMENT_METHOD_ERROR): The funding source has insufficient funds to cover the payment.
    - `INSUFFICIENT_PERMISSIONS` (PAYMENT_METHOD_ERROR): The Square account does not have the permissions to accept this payment. For example, Square may limit which merchants are allowed to receive gift card payments.
    - `CARDHOLDER_INSUFFICIENT_PERMISSIONS` (PAYMENT_METHOD_ERROR): The card issuer has declined the transaction due to restrictions on where the card can be used. For example, a gift card is limited to a single merchant.
    - `INVALID_LOCATION` (PAYMENT_METHOD_ERROR): The Square account cannot take payments in the specified region. A Square account can take payments only from the region where the account was created.
    - `TRANSACTION_LIMIT` (PAYMENT_METHOD_ERROR): The card issuer has determined the payment amount is either too high or too low. The API returns the error code mostly for credit cards (for example, the card reached the credit limit). However, sometimes the issuer bank can indicate the error for debit or prepaid cards (for example, card has insufficient funds).
    - `VOICE_FAILURE` (PAYMENT_METHOD_ERROR): The card issuer declined the request because the issuer requires voice authorization from the cardholder. The seller should ask the customer to contact the card issuing bank to authorize the payment.
    - `PAN_FAILURE` (PAYMENT_METHOD_ERROR): The specified card number is invalid. For example, it is of incorrect length or is incorrectly formatted.
    - `EXPIRATION_FAILURE` (PAYMENT_METHOD_ERROR): The card expiration date is either invalid or indicates that the card is expired.
    - `CARD_NOT_SUPPORTED` (PAYMENT_METHOD_ERROR): The card is not supported either in the geographic region or by the [merchant category code](https://developer.squareup.com/docs/locations-api#initialize-a-merchant-category-code) (MCC).
    - `READER_DECLINED` (PAYMENT_METHOD_ERROR): The Square Card Reader declined the payment for an unknown reason.
    - `INVALID_PIN` (PAYMENT_METHOD_ERROR): The card issuer declined the request because the PIN is invalid.
    - `MISSING_PIN` (PAYMENT_METHOD_ERROR): The payment is missing a required PIN.
    - `MISSING_ACCOUNT_TYPE` (PAYMENT_METHOD_ERROR): The payment is missing a required ACCOUNT_TYPE parameter.
    - `INVALID_POSTAL_CODE` (PAYMENT_METHOD_ERROR): The postal code is incorrectly formatted.
    - `INVALID_FEES` (PAYMENT_METHOD_ERROR): The app_fee_money on a payment is too high.
    - `MANUALLY_ENTERED_PAYMENT_NOT_SUPPORTED` (PAYMENT_METHOD_ERROR): The card must be swiped, tapped, or dipped. Payments attempted by manually entering the card number are declined.
    - `PAYMENT_LIMIT_EXCEEDED` (PAYMENT_METHOD_ERROR): Square declined the request because the payment amount exceeded the processing limit for this merchant.
    - `GIFT_CARD_AVAILABLE_AMOUNT` (PAYMENT_METHOD_ERROR): When a Gift Card is a payment source, you can allow taking a partial payment by adding the `accept_partial_authorization` parameter in the request. However, taking such a partial payment does not work if your request also includes `tip_money`, `app_fee_money`, or both. Square declines such payments and returns the `GIFT_CARD_AVAILABLE_AMOUNT` error. For more information, see [CreatePayment errors (additional information)](https://developer.squareup.com/docs/payments-api/error-codes#createpayment-errors-additional-information).
    - `ACCOUNT_UNUSABLE` (PAYMENT_METHOD_ERROR): The account provided cannot carry out transactions.
    - `BUYER_REFUSED_PAYMENT` (PAYMENT_METHOD_ERROR): Bank account rejected or was not authorized for the payment.
    - `DELAYED_TRANSACTION_EXPIRED` (INVALID_REQUEST_ERROR): The application tried to update a delayed-capture payment that has expired.
    - `DELAYED_TRANSACTION_CANCELED` (INVALID_REQUEST_ERROR): The application tried to cancel a delayed-capture payment that was already cancelled.
    - `DELAYED_TRANSACTION_CAPTURED` (INVALID_REQUEST_ERROR): The application tried to capture a delayed-capture payment that was already captured.
    - `DELAYED_TRANSACTION_FAILED` (INVALID_REQUEST_ERROR): The application tried to update a delayed-capture payment that failed.
    - `CARD_TOKEN_EXPIRED` (INVALID_REQUEST_ERROR): The provided card token (nonce) has expired.
    - `CARD_TOKEN_USED` (INVALID_REQUEST_ERROR): The provided card token (nonce) was already used to process the payment or refund.
    - `AMOUNT_TOO_HIGH` (INVALID_REQUEST_ERROR): The requested payment amount is too high for the provided payment source.
    - `UNSUPPORTED_INSTRUMENT_TYPE` (INVALID_REQUEST_ERROR): The API request references an unsupported instrument type.
    - `REFUND_AMOUNT_INVALID` (REFUND_ERROR): The requested refund amount exceeds the amount available to refund.
    - `REFUND_ALREADY_PENDING` (REFUND_ERROR): The payment already has a pending refund.
    - `PAYMENT_NOT_REFUNDABLE` (REFUND_ERROR): The payment is not refundable. For example, the payment is too old to be refunded.
    - `PAYMENT_NOT_REFUNDABLE_DUE_TO_DISPUTE` (REFUND_ERROR): The payment is not refundable because it has been disputed.
    - `REFUND_ERROR_PAYMENT_NEEDS_COMPLETION` (REFUND_ERROR): The payment is not refundable because the payment is approved and needs to be completed first before the refund is issued.
    - `REFUND_DECLINED` (REFUND_ERROR): Request failed - The card issuer declined the refund.
    - `INSUFFICIENT_PERMISSIONS_FOR_REFUND` (REFUND_ERROR): The Square account does not have the permissions to process this refund.
    - `INVALID_CARD_DATA` (INVALID_REQUEST_ERROR): Generic error - the provided card data is invalid.
    - `SOURCE_USED` (INVALID_REQUEST_ERROR): The provided source id was already used to create a card.
    - `SOURCE_EXPIRED` (INVALID_REQUEST_ERROR): The provided source id has expired.
    - `UNSUPPORTED_LOYALTY_REWARD_TIER` (INVALID_REQUEST_ERROR): The referenced loyalty program reward tier is not supported. This could happen if the reward tier created in a first party application is incompatible with the Loyalty API.
    - `LOCATION_MISMATCH` (INVALID_REQUEST_ERROR): Generic error - the given location does not matching what is expected.
    - `ORDER_UNPAID_NOT_RETURNABLE` (INVALID_REQUEST_ERROR): The order attempting to be returned is not yet paid and cannot be returned.
    - `IDEMPOTENCY_KEY_REUSED` (INVALID_REQUEST_ERROR): The provided idempotency key has already been used.
    - `UNEXPECTED_VALUE` (INVALID_REQUEST_ERROR): General error - the value provided was unexpected.
    - `SANDBOX_NOT_SUPPORTED` (INVALID_REQUEST_ERROR): The API request is not supported in sandbox.
    - `INVALID_EMAIL_ADDRESS` (INVALID_REQUEST_ERROR): The provided email address is invalid.
    - `INVALID_PHONE_NUMBER` (INVALID_REQUEST_ERROR): The provided phone number is invalid.
    - `CHECKOUT_EXPIRED` (INVALID_REQUEST_ERROR): The provided checkout URL has expired.
    - `BAD_CERTIFICATE` (INVALID_REQUEST_ERROR): Bad certificate.
    - `INVALID_SQUARE_VERSION_FORMAT` (INVALID_REQUEST_ERROR): The provided Square-Version is incorrectly formatted.
    - `API_VERSION_INCOMPATIBLE` (INVALID_REQUEST_ERROR): The provided Square-Version is incompatible with the requested action.
    - `CARD_PRESENCE_REQUIRED` (INVALID_REQUEST_ERROR): The transaction requires that a card be present.
    - `UNSUPPORTED_SOURCE_TYPE` (INVALID_REQUEST_ERROR): The API request references an unsupported source type.
    - `CARD_MISMATCH` (REFUND_ERROR): The provided card does not match what is expected.
    - `PLAID_ERROR` (EXTERNAL_VENDOR_ERROR): Generic plaid error
    - `PLAID_ERROR_ITEM_LOGIN_REQUIRED` (EXTERNAL_VENDOR_ERROR): Plaid error - ITEM_LOGIN_REQUIRED
    - `PLAID_ERROR_RATE_LIMIT` (EXTERNAL_VENDOR_ERROR): Plaid error - RATE_LIMIT
    - `CARD_DECLINED` (PAYMENT_METHOD_ERROR): The card was declined.
    - `VERIFY_CVV_FAILURE` (PAYMENT_METHOD_ERROR): The CVV could not be verified.
    - `VERIFY_AVS_FAILURE` (PAYMENT_METHOD_ERROR): The AVS could not be verified.
    - `CARD_DECLINED_CALL_ISSUER` (PAYMENT_METHOD_ERROR): The payment card was declined with a request for the card holder to call the issuer.
    - `CARD_DECLINED_VERIFICATION_REQUIRED` (PAYMENT_METHOD_ERROR): The payment card was declined with a request for additional verification.
    - `BAD_EXPIRATION` (PAYMENT_METHOD_ERROR): The card expiration date is either missing or incorrectly formatted.
    - `CHIP_INSERTION_REQUIRED` (PAYMENT_METHOD_ERROR): The card issuer requires that the card be read using a chip reader.
    - `ALLOWABLE_PIN_TRIES_EXCEEDED` (PAYMENT_METHOD_ERROR): The card has exhausted its available pin entry retries set by the card issuer. Resolving the error typically requires the card holder to contact the card issuer.
    - `RESERVATION_DECLINED` (REFUND_ERROR): The card issuer declined the refund.
    - `UNKNOWN_BODY_PARAMETER` (INVALID_REQUEST_ERROR): The body parameter is not recognized by the requested endpoint.
    - `NOT_FOUND` (INVALID_REQUEST_ERROR): Not Found - a general error occurred.
    - `APPLE_PAYMENT_PROCESSING_CERTIFICATE_HASH_NOT_FOUND` (INVALID_REQUEST_ERROR): Square could not find the associated Apple Pay certificate.
    - `METHOD_NOT_ALLOWED` (INVALID_REQUEST_ERROR): Method Not Allowed - a general error occurred.
    - `NOT_ACCEPTABLE` (INVALID_REQUEST_ERROR): Not Acceptable - a general error occurred.
    - `REQUEST_TIMEOUT` (INVALID_REQUEST_ERROR): Request Timeout - a general error occurred.
    - `CONFLICT` (INVALID_REQUEST_ERROR): Conflict - a general error occurred.
    - `GONE` (INVALID_REQUEST_ERROR): The target resource is no longer available and this condition is likely to be permanent.
    - `REQUEST_ENTITY_TOO_LARGE` (INVALID_REQUEST_ERROR): Request Entity Too Large - a general error occurred.
    - `UNSUPPORTED_MEDIA_TYPE` (INVALID_REQUEST_ERROR): Unsupported Media Type - a general error occurred.
    - `UNPROCESSABLE_ENTITY` (INVALID_REQUEST_ERROR): Unprocessable Entity - a general error occurred.
    - `RATE_LIMITED` (RATE_LIMIT_ERROR): Rate Limited - a general error occurred.
    - `NOT_IMPLEMENTED` (API_ERROR): Not Implemented - a general error occurred.
    - `BAD_GATEWAY` (API_ERROR): Bad Gateway - a general error occurred.
    - `SERVICE_UNAVAILABLE` (API_ERROR): Service Unavailable - a general error occurred.
    - `TEMPORARY_ERROR` (PAYMENT_METHOD_ERROR): A temporary internal error occurred. You can safely retry your call using the same idempotency key.
    - `GATEWAY_TIMEOUT` (API_ERROR): Gateway Timeout - a general error occurred.

    Values the spec does not list are accepted and kept, so newer servers do not break
    older clients.
    """

    INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"

    UNAUTHORIZED = "UNAUTHORIZED"

    ACCESS_TOKEN_EXPIRED = "ACCESS_TOKEN_EXPIRED"

    ACCESS_TOKEN_REVOKED = "ACCESS_TOKEN_REVOKED"

    CLIENT_DISABLED = "CLIENT_DISABLED"

    FORBIDDEN = "FORBIDDEN"

    INSUFFICIENT_SCOPES = "INSUFFICIENT_SCOPES"

    APPLICATION_DISABLED = "APPLICATION_DISABLED"

    V1_APPLICATION = "V1_APPLICATION"

    V1_ACCESS_TOKEN = "V1_ACCESS_TOKEN"

    CARD_PROCESSING_NOT_ENABLED = "CARD_PROCESSING_NOT_ENABLED"

    MERCHANT_SUBSCRIPTION_NOT_FOUND = "MERCHANT_SUBSCRIPTION_NOT_FOUND"

    BAD_REQUEST = "BAD_REQUEST"

    MISSING_REQUIRED_PARAMETER = "MISSING_REQUIRED_PARAMETER"

    INCORRECT_TYPE = "INCORRECT_TYPE"

    INVALID_TIME = "INVALID_TIME"

    INVALID_TIME_RANGE = "INVALID_TIME_RANGE"

    INVALID_VALUE = "INVALID_VALUE"

    INVALID_CURSOR = "INVALID_CURSOR"

    UNKNOWN_QUERY_PARAMETER = "UNKNOWN_QUERY_PARAMETER"

    CONFLICTING_PARAMETERS = "CONFLICTING_PARAMETERS"

    EXPECTED_JSON_BODY = "EXPECTED_JSON_BODY"

    INVALID_SORT_ORDER = "INVALID_SORT_ORDER"

    VALUE_REGEX_MISMATCH = "VALUE_REGEX_MISMATCH"

    VALUE_TOO_SHORT = "VALUE_TOO_SHORT"

    VALUE_TOO_LONG = "VALUE_TOO_LONG"

    VALUE_TOO_LOW = "VALUE_TOO_LOW"

    VALUE_TOO_HIGH = "VALUE_TOO_HIGH"

    VALUE_EMPTY = "VALUE_EMPTY"

    ARRAY_LENGTH_TOO_LONG = "ARRAY_LENGTH_TOO_LONG"

    ARRAY_LENGTH_TOO_SHORT = "ARRAY_LENGTH_TOO_SHORT"

    ARRAY_EMPTY = "ARRAY_EMPTY"

    EXPECTED_BOOLEAN = "EXPECTED_BOOLEAN"

    EXPECTED_INTEGER = "EXPECTED_INTEGER"

    EXPECTED_FLOAT = "EXPECTED_FLOAT"

    EXPECTED_STRING = "EXPECTED_STRING"

    EXPECTED_OBJECT = "EXPECTED_OBJECT"

    EXPECTED_ARRAY = "EXPECTED_ARRAY"

    EXPECTED_MAP = "EXPECTED_MAP"

    EXPECTED_BASE64_ENCODED_BYTE_ARRAY = "EXPECTED_BASE64_ENCODED_BYTE_ARRAY"

    INVALID_ARRAY_VALUE = "INVALID_ARRAY_VALUE"

    INVALID_ENUM_VALUE = "INVALID_ENUM_VALUE"

    INVALID_CONTENT_TYPE = "INVALID_CONTENT_TYPE"

    INVALID_FORM_VALUE = "INVALID_FORM_VALUE"

    CUSTOMER_NOT_FOUND = "CUSTOMER_NOT_FOUND"

    ONE_INSTRUMENT_EXPECTED = "ONE_INSTRUMENT_EXPECTED"

    NO_FIELDS_SET = "NO_FIELDS_SET"

    TOO_MANY_MAP_ENTRIES = "TOO_MANY_MAP_ENTRIES"

    MAP_KEY_LENGTH_TOO_SHORT = "MAP_KEY_LENGTH_TOO_SHORT"

    MAP_KEY_LENGTH_TOO_LONG = "MAP_KEY_LENGTH_TOO_LONG"

    CUSTOMER_MISSING_NAME = "CUSTOMER_MISSING_NAME"

    CUSTOMER_MISSING_EMAIL = "CUSTOMER_MISSING_EMAIL"

    INVALID_PAUSE_LENGTH = "INVALID_PAUSE_LENGTH"

    INVALID_DATE = "INVALID_DATE"

    UNSUPPORTED_COUNTRY = "UNSUPPORTED_COUNTRY"

    UNSUPPORTED_CURRENCY = "UNSUPPORTED_CURRENCY"

    APPLE_TTP_PIN_TOKEN = "APPLE_TTP_PIN_TOKEN"

    CARD_EXPIRED = "CARD_EXPIRED"

    INVALID_EXPIRATION = "INVALID_EXPIRATION"

    INVALID_EXPIRATION_YEAR = "INVALID_EXPIRATION_YEAR"

    INVALID_EXPIRATION_DATE = "INVALID_EXPIRATION_DATE"

    UNSUPPORTED_CARD_BRAND = "UNSUPPORTED_CARD_BRAND"

    UNSUPPORTED_ENTRY_METHOD = "UNSUPPORTED_ENTRY_METHOD"

    INVALID_ENCRYPTED_CARD = "INVALID_ENCRYPTED_CARD"

    INVALID_CARD = "INVALID_CARD"

    PAYMENT_AMOUNT_MISMATCH = "PAYMENT_AMOUNT_MISMATCH"

    GENERIC_DECLINE = "GENERIC_DECLINE"

    CVV_FAILURE = "CVV_FAILURE"

    ADDRESS_VERIFICATION_FAILURE = "ADDRESS_VERIFICATION_FAILURE"

    INVALID_ACCOUNT = "INVALID_ACCOUNT"

    CURRENCY_MISMATCH = "CURRENCY_MISMATCH"

    INSUFFICIENT_FUNDS = "INSUFFICIENT_FUNDS"

    INSUFFICIENT_PERMISSIONS = "INSUFFICIENT_PERMISSIONS"

    CARDHOLDER_INSUFFICIENT_PERMISSIONS = "CARDHOLDER_INSUFFICIENT_PERMISSIONS"

    INVALID_LOCATION = "INVALID_LOCATION"

    TRANSACTION_LIMIT = "TRANSACTION_LIMIT"

    VOICE_FAILURE = "VOICE_FAILURE"

    PAN_FAILURE = "PAN_FAILURE"

    EXPIRATION_FAILURE = "EXPIRATION_FAILURE"

    CARD_NOT_SUPPORTED = "CARD_NOT_SUPPORTED"

    READER_DECLINED = "READER_DECLINED"

    INVALID_PIN = "INVALID_PIN"

    MISSING_PIN = "MISSING_PIN"

    MISSING_ACCOUNT_TYPE = "MISSING_ACCOUNT_TYPE"

    INVALID_POSTAL_CODE = "INVALID_POSTAL_CODE"

    INVALID_FEES = "INVALID_FEES"

    MANUALLY_ENTERED_PAYMENT_NOT_SUPPORTED = "MANUALLY_ENTERED_PAYMENT_NOT_SUPPORTED"

    PAYMENT_LIMIT_EXCEEDED = "PAYMENT_LIMIT_EXCEEDED"

    GIFT_CARD_AVAILABLE_AMOUNT = "GIFT_CARD_AVAILABLE_AMOUNT"

    ACCOUNT_UNUSABLE = "ACCOUNT_UNUSABLE"

    BUYER_REFUSED_PAYMENT = "BUYER_REFUSED_PAYMENT"

    DELAYED_TRANSACTION_EXPIRED = "DELAYED_TRANSACTION_EXPIRED"

    DELAYED_TRANSACTION_CANCELED = "DELAYED_TRANSACTION_CANCELED"

    DELAYED_TRANSACTION_CAPTURED = "DELAYED_TRANSACTION_CAPTURED"

    DELAYED_TRANSACTION_FAILED = "DELAYED_TRANSACTION_FAILED"

    CARD_TOKEN_EXPIRED = "CARD_TOKEN_EXPIRED"

    CARD_TOKEN_USED = "CARD_TOKEN_USED"

    AMOUNT_TOO_HIGH = "AMOUNT_TOO_HIGH"

    UNSUPPORTED_INSTRUMENT_TYPE = "UNSUPPORTED_INSTRUMENT_TYPE"

    REFUND_AMOUNT_INVALID = "REFUND_AMOUNT_INVALID"

    REFUND_ALREADY_PENDING = "REFUND_ALREADY_PENDING"

    PAYMENT_NOT_REFUNDABLE = "PAYMENT_NOT_REFUNDABLE"

    PAYMENT_NOT_REFUNDABLE_DUE_TO_DISPUTE = "PAYMENT_NOT_REFUNDABLE_DUE_TO_DISPUTE"

    REFUND_ERROR_PAYMENT_NEEDS_COMPLETION = "REFUND_ERROR_PAYMENT_NEEDS_COMPLETION"

    REFUND_DECLINED = "REFUND_DECLINED"

    INSUFFICIENT_PERMISSIONS_FOR_REFUND = "INSUFFICIENT_PERMISSIONS_FOR_REFUND"

    INVALID_CARD_DATA = "INVALID_CARD_DATA"

    SOURCE_USED = "SOURCE_USED"

    SOURCE_EXPIRED = "SOURCE_EXPIRED"

    UNSUPPORTED_LOYALTY_REWARD_TIER = "UNSUPPORTED_LOYALTY_REWARD_TIER"

    LOCATION_MISMATCH = "LOCATION_MISMATCH"

    ORDER_UNPAID_NOT_RETURNABLE = "ORDER_UNPAID_NOT_RETURNABLE"

    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"

    UNEXPECTED_VALUE = "UNEXPECTED_VALUE"

    SANDBOX_NOT_SUPPORTED = "SANDBOX_NOT_SUPPORTED"

    INVALID_EMAIL_ADDRESS = "INVALID_EMAIL_ADDRESS"

    INVALID_PHONE_NUMBER = "INVALID_PHONE_NUMBER"

    CHECKOUT_EXPIRED = "CHECKOUT_EXPIRED"

    BAD_CERTIFICATE = "BAD_CERTIFICATE"

    INVALID_SQUARE_VERSION_FORMAT = "INVALID_SQUARE_VERSION_FORMAT"

    API_VERSION_INCOMPATIBLE = "API_VERSION_INCOMPATIBLE"

    CARD_PRESENCE_REQUIRED = "CARD_PRESENCE_REQUIRED"

    UNSUPPORTED_SOURCE_TYPE = "UNSUPPORTED_SOURCE_TYPE"

    CARD_MISMATCH = "CARD_MISMATCH"

    PLAID_ERROR = "PLAID_ERROR"

    PLAID_ERROR_ITEM_LOGIN_REQUIRED = "PLAID_ERROR_ITEM_LOGIN_REQUIRED"

    PLAID_ERROR_RATE_LIMIT = "PLAID_ERROR_RATE_LIMIT"

    CARD_DECLINED = "CARD_DECLINED"

    VERIFY_CVV_FAILURE = "VERIFY_CVV_FAILURE"

    VERIFY_AVS_FAILURE = "VERIFY_AVS_FAILURE"

    CARD_DECLINED_CALL_ISSUER = "CARD_DECLINED_CALL_ISSUER"

    CARD_DECLINED_VERIFICATION_REQUIRED = "CARD_DECLINED_VERIFICATION_REQUIRED"

    BAD_EXPIRATION = "BAD_EXPIRATION"

    CHIP_INSERTION_REQUIRED = "CHIP_INSERTION_REQUIRED"

    ALLOWABLE_PIN_TRIES_EXCEEDED = "ALLOWABLE_PIN_TRIES_EXCEEDED"

    RESERVATION_DECLINED = "RESERVATION_DECLINED"

    UNKNOWN_BODY_PARAMETER = "UNKNOWN_BODY_PARAMETER"

    NOT_FOUND = "NOT_FOUND"

    APPLE_PAYMENT_PROCESSING_CERTIFICATE_HASH_NOT_FOUND = (
        "APPLE_PAYMENT_PROCESSING_CERTIFICATE_HASH_NOT_FOUND"
    )

    METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"

    NOT_ACCEPTABLE = "NOT_ACCEPTABLE"

    REQUEST_TIMEOUT = "REQUEST_TIMEOUT"

    CONFLICT = "CONFLICT"

    GONE = "GONE"

    REQUEST_ENTITY_TOO_LARGE = "REQUEST_ENTITY_TOO_LARGE"

    UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE"

    UNPROCESSABLE_ENTITY = "UNPROCESSABLE_ENTITY"

    RATE_LIMITED = "RATE_LIMITED"

    NOT_IMPLEMENTED = "NOT_IMPLEMENTED"

    BAD_GATEWAY = "BAD_GATEWAY"

    SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"

    TEMPORARY_ERROR = "TEMPORARY_ERROR"

    GATEWAY_TIMEOUT = "GATEWAY_TIMEOUT"
