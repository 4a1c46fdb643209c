"""The conformance suite's plumbing: which server, what it may cost, what it created.

Tests talk HTTP with httpx (not the SDK: they test the server, not our client). Every request is
counted against the rate-limit policy it falls under, so a run against a real account stays under
the hourly limits; every record a test creates is tagged with the run's mark and deleted after
the test, pass or fail.
"""

from __future__ import annotations

import os
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from omi_client.limits import RATE_POLICIES, policies_for

USER = "/v1/dev/user"
PATHS = {
    "memory": f"{USER}/memories",
    "action_item": f"{USER}/action-items",
    "conversation": f"{USER}/conversations",
    "goal": f"{USER}/goals",
}


@dataclass(frozen=True)
class Settings:
    """Where the suite runs. Against a real server only when asked twice: `make conformance`
    sets OMI_CONFORMANCE=1, and OMI_BASE_URL names the server (so an OMI_BASE_URL left in a
    shell never sends `make test` to production)."""

    base_url: str | None
    api_key: str | None
    firebase_token: str | None
    exhaust: bool
    boost: float
    run_id: str

    @classmethod
    def from_env(cls) -> Settings:
        remote = os.environ.get("OMI_CONFORMANCE") == "1" and bool(os.environ.get("OMI_BASE_URL"))
        return cls(
            base_url=os.environ["OMI_BASE_URL"].rstrip("/") if remote else None,
            api_key=os.environ.get("OMI_API_KEY") if remote else None,
            firebase_token=(os.environ.get("OMI_FIREBASE_TOKEN") or None) if remote else None,
            exhaust=os.environ.get("OMI_CONFORMANCE_EXHAUST") == "1",
            boost=float(os.environ.get("OMI_CONFORMANCE_BOOST", "1")),
            run_id=os.environ.get("OMI_CONFORMANCE_RUN_ID") or uuid.uuid4().hex[:8],
        )

    @property
    def remote(self) -> bool:
        return self.base_url is not None

    @property
    def mark(self) -> str:
        """Put in every record the suite creates (content, description, title, tags)."""
        return f"omi-conformance-{self.run_id}"


def policy_of(method: str, path: str, params: dict[str, Any] | None = None) -> str | None:
    """The rate-limit bucket a request is counted in (omi_client.limits, one source)."""
    return next(iter(policies_for(method, path, params)), None)


@dataclass
class Budget:
    """Requests sent per policy; a test that would go past a policy's hourly limit is skipped.

    One request per created record is reserved for its delete, and one more is kept spare, so
    cleanup never runs into a 429.
    """

    boost: float = 1.0
    used: Counter[str] = field(default_factory=Counter)
    reserved: Counter[str] = field(default_factory=Counter)

    def limit(self, policy: str) -> int:
        return max(1, int(RATE_POLICIES[policy].limit * self.boost))

    def take(self, policy: str | None, *, cleanup: bool = False) -> None:
        if policy is None or policy not in RATE_POLICIES:
            return
        if cleanup:
            self.reserved[policy] = max(0, self.reserved[policy] - 1)
        elif self.used[policy] + self.reserved[policy] + 2 > self.limit(policy):
            pytest.skip(
                f"rate budget: one more {policy} request would pass its {self.limit(policy)}/h "
                "limit (counting deletes reserved for cleanup); run again after the hour"
            )
        self.used[policy] += 1

    def reserve(self, policy: str | None) -> None:
        if policy is not None and policy in RATE_POLICIES:
            self.reserved[policy] += 1

    def report(self) -> str:
        return ", ".join(f"{p} {n}/{self.limit(p)}" for p, n in sorted(self.used.items()))


class Api:
    """One key's view of the server: httpx with budget accounting.

    A 429 or a missing-scope 403 that the test did not ask for skips the test with the reason
    (an account used earlier this hour, or a key without write scopes) instead of failing it.
    """

    def __init__(self, base_url: str, key: str, budget: Budget, *, timeout: float = 30.0) -> None:
        self.key = key
        self.budget = budget
        self.client = httpx.Client(
            base_url=base_url, headers={"Authorization": f"Bearer {key}"}, timeout=timeout
        )

    def close(self) -> None:
        self.client.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        expect: tuple[int, ...] = (),
        cleanup: bool = False,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        for policy in policies_for(method, path, params):  # a transcript read charges two
            self.budget.take(policy, cleanup=cleanup)
        kwargs: dict[str, Any] = {"params": params, "headers": headers}
        if json is not None:
            kwargs["json"] = json
        response = self.client.request(method, path, **kwargs)
        if cleanup or response.status_code in expect:
            return response
        if response.status_code == 429:
            pytest.skip(
                f"the server rate limited {method} {path} (Retry-After "
                f"{response.headers.get('retry-after')}s): this key was used earlier this hour"
            )
        detail = _detail(response)
        if response.status_code == 403 and str(detail).startswith("Insufficient permissions"):
            pytest.skip(f"the key cannot do this: {detail}")
        return response

    def get(self, path: str, **kw: Any) -> httpx.Response:
        return self.request("GET", path, **kw)

    def post(self, path: str, json: Any = None, **kw: Any) -> httpx.Response:
        return self.request("POST", path, json=json, **kw)

    def patch(self, path: str, json: Any = None, **kw: Any) -> httpx.Response:
        return self.request("PATCH", path, json=json, **kw)

    def delete(self, path: str, **kw: Any) -> httpx.Response:
        return self.request("DELETE", path, **kw)


def _detail(response: httpx.Response) -> Any:
    try:
        return response.json().get("detail")
    except (ValueError, AttributeError):
        return None


@dataclass
class Ledger:
    """Every record the run created and what became of it (for the summary)."""

    created: int = 0
    deleted: int = 0
    left: list[str] = field(default_factory=list)


class Records:
    """The records one test created; deleted when the test ends, whatever its outcome."""

    def __init__(self, api: Api, ledger: Ledger) -> None:
        self.api = api
        self.ledger = ledger
        self.items: list[tuple[str, str]] = []

    def add(self, kind: str, record_id: str) -> None:
        if (kind, record_id) in self.items:
            return  # the same record again (memories: the same content is the same id)
        self.items.append((kind, record_id))
        self.ledger.created += 1
        self.api.budget.reserve(policy_of("DELETE", f"{PATHS[kind]}/{record_id}"))

    def gone(self, kind: str, record_id: str) -> None:
        """The test deleted it itself: release the delete reserved for it."""
        if (kind, record_id) in self.items:
            self.items.remove((kind, record_id))
            self.ledger.deleted += 1
            policy = policy_of("DELETE", f"{PATHS[kind]}/{record_id}")
            if policy is not None and policy in RATE_POLICIES:
                self.api.budget.reserved[policy] = max(0, self.api.budget.reserved[policy] - 1)

    def cleanup(self) -> None:
        while self.items:
            kind, record_id = self.items.pop()
            try:
                response = self.api.delete(f"{PATHS[kind]}/{record_id}", cleanup=True)
            except httpx.HTTPError as exc:
                self.ledger.left.append(f"{kind} {record_id} ({exc.__class__.__name__})")
                continue
            if response.status_code in (200, 204, 404):
                self.ledger.deleted += 1
            else:
                self.ledger.left.append(f"{kind} {record_id} (delete: {response.status_code})")
