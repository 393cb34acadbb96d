"""The runtime shared by every API class: requests, auth, results. Not public API."""
