"""What conformance tests work with: the target server, the run's settings and budget, and the
`Omi` helper (imported as ``suite``; conftest.py wires it into fixtures)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
from fake_powers import FakePowers
from harness import PATHS, Api, Budget, Ledger, Records, Settings
from omi_client.testing import FakeOmiServer

SETTINGS = Settings.from_env()
BUDGET = Budget(boost=SETTINGS.boost)
LEDGER = Ledger()
OBSERVED: list[str] = []


class Target:
    """The server under test: its URL, the key and token to use, and (for the fake) its powers."""

    def __init__(
        self,
        base_url: str,
        api_key: str,
        firebase_token: str | None,
        server: FakeOmiServer | None = None,
        powers: FakePowers | None = None,
    ) -> None:
        self.base_url = base_url
        self.api_key = api_key
        self.firebase_token = firebase_token
        self.server = server
        self.powers = powers

    @property
    def is_fake(self) -> bool:
        return self.powers is not None

    @property
    def label(self) -> str:
        return f"the fake ({self.base_url})" if self.is_fake else self.base_url


class Omi:
    """What a test works with: the API, its records (deleted afterwards) and the run's mark."""

    def __init__(self, api: Api, records: Records, target: Target) -> None:
        self.api = api
        self.records = records
        self.target = target
        self.mark = SETTINGS.mark

    def tag(self, text: str) -> str:
        """`text` with the run's mark appended, so every record is recognisably ours."""
        return f"{text} [{self.mark}]"

    def now(self) -> datetime:
        """The server's idea of now: the fake's clock, or the wall clock for a real server."""
        return self.target.powers.now() if self.target.powers else datetime.now(UTC)

    def create(self, kind: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
        response = self.api.post(path, json=body)
        assert response.status_code == 200, response.text
        created: dict[str, Any] = response.json()
        self.records.add(kind, created["id"])
        return created

    def attempt(self, kind: str, path: str, body: Any) -> httpx.Response:
        """A create the server should refuse; whatever it stores anyway is still cleaned up."""
        response = self.api.post(path, json=body)
        if response.status_code == 200:
            payload = response.json()
            listed = payload.get("memories") or payload.get("action_items") or [payload]
            for record in listed:
                if isinstance(record, dict) and "id" in record:
                    self.records.add(kind, record["id"])
        return response

    def memory(self, content: str, **fields: Any) -> dict[str, Any]:
        return self.create("memory", PATHS["memory"], {"content": self.tag(content), **fields})

    def action_item(self, description: str, **fields: Any) -> dict[str, Any]:
        body = {"description": self.tag(description), **fields}
        return self.create("action_item", PATHS["action_item"], body)

    def conversation(self, text: str, **fields: Any) -> dict[str, Any]:
        return self.create(
            "conversation", PATHS["conversation"], {"text": self.tag(text), **fields}
        )

    def goal(self, title: str, **fields: Any) -> dict[str, Any]:
        return self.create("goal", PATHS["goal"], {"title": self.tag(title), **fields})

    def observe(self, row_id: str, what: str) -> None:
        """Record what the server did where the real rule is unknown (printed in the summary)."""
        OBSERVED.append(f"{row_id}: {what}")

    def deleted(self, kind: str, record_id: str) -> None:
        """The test deleted a record itself."""
        self.records.gone(kind, record_id)
