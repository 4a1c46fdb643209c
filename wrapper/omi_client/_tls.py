"""The TLS context of the connection pool a client builds for itself.

httpx builds a new context per client, loading the CA bundle each time (~35 ms: more than a
one-shot command's request, and than most tests). The SDK builds the default context once per
process and shares it; a client whose base URL is plain http to loopback never opens a TLS
connection (every request goes to the base URL, redirects are not followed), so it gets a bare
context with no CA loaded, on which any TLS connection would fail verification, never pass it.
"""

from __future__ import annotations

import ssl
from functools import cache

import httpx

from ._config import _is_loopback


@cache
def _default() -> ssl.SSLContext:
    # Built on first use, honouring SSL_CERT_FILE / SSL_CERT_DIR as httpx does at that moment.
    return httpx.create_ssl_context()


@cache
def _unused() -> ssl.SSLContext:
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def context_for(base_url: str) -> ssl.SSLContext:
    """The context for a pool that only talks to ``base_url``."""
    url = httpx.URL(base_url)
    if url.scheme == "http" and _is_loopback(url.host):
        return _unused()
    return _default()
