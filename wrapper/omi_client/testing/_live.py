"""`pytest --omi-live`: the same tests against a real Omi account, leaving nothing behind.

Needs only the SDK (no server extra). Every record the test creates through the account's clients
is entered in a ledger, tagged with the test's id, and deleted after the test, newest first; a
record that could not be deleted fails the test's teardown, naming it. Fake-only helpers skip.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NoReturn

import httpx

from omi_client._operations import OPERATIONS

from ._account import OmiAccount

# Operations that create something, and how to find and delete what they made:
# operationId -> (SDK resource, delete method, list field of a batch response or None).
CREATES: dict[str, tuple[str, str, str | None]] = {
    "createMemory": ("memories", "delete", None),
    "createMemoriesBatch": ("memories", "delete", "memories"),
    "createConversation": ("conversations", "delete", None),
    "createConversationFromSegments": ("conversations", "delete", None),
    "createActionItem": ("action_items", "delete", None),
    "createActionItemsBatch": ("action_items", "delete", "action_items"),
    "createGoal": ("goals", "delete", None),
    "createApiKey": ("keys", "revoke", None),
}
_ROUTES = {("POST", OPERATIONS[op].path): op for op in CREATES}


class LiveSettingsError(Exception):
    """--omi-live without the settings it needs."""


@dataclass(frozen=True, slots=True)
class Record:
    resource: str  # SDK resource attribute: memories, conversations, ...
    id: str
    test: str  # the node id of the test that created it


@dataclass
class Ledger:
    """Records created by one test's clients, in creation order."""

    test: str
    base_path: str
    records: list[Record] = field(default_factory=list)

    def note(self, response: httpx.Response) -> None:
        """Enter what a successful create response made (called by the client's event hook)."""
        if response.status_code >= 300:
            return
        path = response.request.url.path.removeprefix(self.base_path)
        op = _ROUTES.get((response.request.method, path))
        if op is None:
            return
        resource, _, many = CREATES[op]
        body = response.json()
        items = body.get(many, []) if many else [body]
        for item in items:
            if isinstance(item, Mapping) and isinstance(item.get("id"), str):
                self.records.append(Record(resource, item["id"], self.test))


class LiveAccount(OmiAccount):
    """The real account behind $OMI_API_KEY at $OMI_BASE_URL, for one test."""

    live = True

    def __init__(self, test: str, env: Mapping[str, str] | None = None) -> None:
        super().__init__()
        env = os.environ if env is None else env
        key = env.get("OMI_API_KEY", "").strip()
        if not key:
            raise LiveSettingsError("--omi-live needs OMI_API_KEY (a key of the account to test)")
        from omi_client import DEFAULT_BASE_URL

        self.api_key = key
        self.base_url = (env.get("OMI_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        self._token = env.get("OMI_FIREBASE_TOKEN") or None
        self.ledger = Ledger(test, httpx.URL(self.base_url).path.rstrip("/"))

    @property
    def firebase_token(self) -> str | None:
        return self._token

    @property
    def created(self) -> list[Record]:
        """What this test created so far (deleted after it)."""
        return list(self.ledger.records)

    def _hooks(self, is_async: bool) -> dict[str, list[Any]]:
        ledger = self.ledger

        def note(response: httpx.Response) -> None:
            response.read()
            ledger.note(response)

        async def note_async(response: httpx.Response) -> None:
            await response.aread()
            ledger.note(response)

        return {"response": [note_async if is_async else note]}

    def close(self) -> None:
        """Close the clients, then delete what the test created; raise if something stays."""
        super().close()
        left = self.cleanup()
        if left:
            raise AssertionError(
                f"--omi-live: {len(left)} record(s) this test created could not be deleted "
                "from the live account; delete them by hand:\n" + "\n".join(left)
            )

    def cleanup(self) -> list[str]:
        """Delete the ledger's records, newest first. Returns what could not be deleted."""
        from omi_client import NotFoundError, Omi, OmiError

        left: list[str] = []
        with Omi(self.api_key, base_url=self.base_url, firebase_token=self._token) as omi:
            while self.ledger.records:
                record = self.ledger.records.pop()
                delete = getattr(getattr(omi, record.resource), CREATES_DELETE[record.resource])
                try:
                    delete(record.id)
                except NotFoundError:
                    pass  # the test deleted it itself
                except OmiError as exc:
                    left.append(f"  {record.resource} {record.id} (from {record.test}): {exc}")
        return left

    def _require_fake(self, helper: str) -> NoReturn:
        import pytest

        pytest.skip(f"omi_fake.{helper} is fake-only; skipped under --omi-live")


CREATES_DELETE = {resource: delete for resource, delete, _ in CREATES.values()}


def live_skip_reason(options: Mapping[str, Any]) -> str | None:
    """Why a test configured with these fake options cannot run live (None: it can)."""
    from ._options import live_conflicts

    conflicts = live_conflicts(options)
    if not conflicts:
        return None
    return f"needs the fake Omi ({', '.join(conflicts)}); skipped under --omi-live"
