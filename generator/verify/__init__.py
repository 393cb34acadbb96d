"""`verify`: call every operation of a generated client against a mock server."""
