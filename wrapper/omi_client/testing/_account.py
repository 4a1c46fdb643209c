"""What the `omi_fake` fixture hands a test: an account, on the fake or (with --omi-live) real.

Both kinds have the same `api_key`, `base_url`, `client()` and `async_client()`, so one test body
runs against either. The fake-only helpers (seeding, the clock, faults, the request log, reading
the store) exist on both; on a live account they skip the test and say why, so a suite needs no
hand-made markers to run live.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from omi_client import AsyncOmi, Omi

    from ._app import FakeOmi
    from ._clock import Clock
    from ._seed import Seed
    from ._server import FakeOmiServer


class OmiAccount:
    """An Omi account for one test. `client()` talks to it; `live` says which kind it is."""

    live: bool = False
    api_key: str
    base_url: str

    def __init__(self) -> None:
        self._clients: list[Omi] = []
        self._http: list[httpx.Client | httpx.AsyncClient] = []

    @property
    def firebase_token(self) -> str | None:
        """A Firebase ID token for /v1/dev/keys (live: $OMI_FIREBASE_TOKEN, if set)."""
        raise NotImplementedError

    def client(self, **options: Any) -> Omi:
        """An `Omi` on this account, closed after the test; options as for `Omi(...)`."""
        from omi_client import Omi

        options.setdefault("firebase_token", self.firebase_token)
        http = httpx.Client(verify=_tls(), follow_redirects=False, event_hooks=self._hooks(False))
        self._http.append(http)
        omi = Omi(self.api_key, base_url=self.base_url, http_client=http, **options)
        self._clients.append(omi)
        return omi

    def async_client(self, **options: Any) -> AsyncOmi:
        """An `AsyncOmi` on this account: `async with omi_fake.async_client() as omi: ...`."""
        from omi_client import AsyncOmi

        options.setdefault("firebase_token", self.firebase_token)
        http = httpx.AsyncClient(verify=_tls(), follow_redirects=False,
                                 event_hooks=self._hooks(True))  # fmt: skip
        self._http.append(http)
        return AsyncOmi(self.api_key, base_url=self.base_url, http_client=http, **options)

    def _hooks(self, is_async: bool) -> dict[str, list[Any]]:
        """httpx event hooks of the clients handed out (a live account keeps its ledger here)."""
        return {}

    def close(self) -> None:
        """End of the test: close the clients handed out (an async one belongs to the test's
        event loop, gone by now; `async with` closes it)."""
        for omi in self._clients:
            omi.close()
        for http in self._http:
            if isinstance(http, httpx.Client):
                http.close()
        self._clients.clear()
        self._http.clear()

    # -- fake-only ------------------------------------------------------------------------------
    def _require_fake(self, helper: str) -> FakeOmi:
        """The FakeOmi behind this account; a live account skips the test instead."""
        raise NotImplementedError

    @property
    def fake(self) -> FakeOmi:
        """The FakeOmi serving this account."""
        return self._require_fake("fake")

    @property
    def seed(self) -> Seed:
        """Put records in the account directly, as the API would have made them: no requests, no
        rate limits (`omi_fake.seed.memory("Likes tea", locked=True, created_at="2025-01-01")`,
        also `.memories`, `.conversation` (with a transcript), `.action_item`, `.goal`)."""
        return self._require_fake("seed").seed.user(self.uid)

    @property
    def clock(self) -> Clock:
        """The fake's clock (rate-limit windows, timestamps): `omi_fake.clock.advance(hours=1)`,
        `.set(datetime)`. It follows real time from wherever it was moved to."""
        return self._require_fake("clock").clock

    @property
    def request_log(self) -> list[tuple[str, str, int]]:
        """(method, path, status) of every request the test sent (status 0: dropped)."""
        return self._require_fake("request_log").request_log

    def inject(self, status: int | None = None, **options: Any) -> None:
        """Script faults for upcoming requests: see `FakeOmi.inject`."""
        self._require_fake("inject").inject(status, **options)

    def issue_key(self, scopes: list[str] | None = None, name: str = "test") -> str:
        """Another key for this account: every scope unless given (scopes=[] allows nothing)."""
        return self._require_fake("issue_key").create_key(self.uid, scopes=scopes, name=name)

    def reset(self, data: bool = True) -> None:
        """Forget faults, rate windows, the request log and (unless data=False) every record."""
        self._require_fake("reset").reset(data)

    def items(self, resource: str) -> list[dict[str, Any]]:
        """What the account stores (memories, action_items, conversations, goals, folders, keys),
        read from the fake's store, not through the API."""
        return self._require_fake("items").items(resource, self.uid)

    def count(self, resource: str) -> int:
        return self._require_fake("count").count(resource, self.uid)

    @property
    def uid(self) -> str:
        """The fake's user id of this account."""
        self._require_fake("uid")
        raise NotImplementedError


@cache
def _tls() -> ssl.SSLContext:
    """One TLS context for every client handed out: httpx builds a new one per client by
    default, loading the CA bundle each time (~35 ms, more than a test's requests take)."""
    return httpx.create_ssl_context()


class FakeAccount(OmiAccount):
    """An empty account on a running fake Omi (`server`), made for one test."""

    live = False

    def __init__(self, server: FakeOmiServer, options: Mapping[str, Any]) -> None:
        super().__init__()
        self.server = server
        self.options = dict(options)
        self.api_key = server.dev_key
        self.base_url = server.base_url
        self._token = server.firebase_token
        self._uid = server.uid

    @property
    def dev_key(self) -> str:
        """The ready full-scope developer key (same as api_key)."""
        return self.api_key

    @property
    def app(self) -> FakeOmi:
        """Same as `fake` (FakeOmiServer's name for it)."""
        return self.server.app

    @property
    def firebase_token(self) -> str:
        return self._token

    @property
    def uid(self) -> str:
        return self._uid

    def _require_fake(self, helper: str) -> FakeOmi:
        return self.server.app
