"""Fetching a remote ``$ref`` (only with ``--allow-remote-refs``): bounded in size and time,
redirects only to http(s). A module of its own so that no other run imports urllib.request.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from urllib.parse import urlsplit

from generator.shared.diagnostics import Diagnostic, GeneratorError
from generator.spec.limits import MAX_SPEC_BYTES, REMOTE_TIMEOUT_SECONDS


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s): never to ftp:, file: or anything else."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise urllib.error.URLError(f"redirect to {newurl} refused")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_url(url: str) -> bytes:
    """The body at ``url`` (only with --allow-remote-refs): bounded in size and time."""
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    request = urllib.request.Request(url, headers={"Accept": "application/json, application/yaml"})
    try:
        with opener.open(request, timeout=REMOTE_TIMEOUT_SECONDS) as response:
            return bytes(response.read(MAX_SPEC_BYTES + 1))
    except urllib.error.HTTPError as error:
        raise GeneratorError([Diagnostic(url, f"cannot fetch: HTTP {error.code}")]) from None
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        raise GeneratorError([Diagnostic(url, f"cannot fetch: {reason}")]) from None
