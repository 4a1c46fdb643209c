"""Developer API keys (Firebase-authenticated): list, create, revoke.

Rules from backend/routers/api_key_management.py `create_developer_key`/`delete_developer_key`
and backend/database/dev_api_key.py (docs/fidelity.md, KEY-* and SCOPE-*).
"""

from __future__ import annotations

import re

from .._auth import SCOPES
from .._errors import HTTPError
from .._store import Doc
from ._base import Call, Reply, Resource, route
from ._shared import api_datetime

_RAW_KEY = re.compile(r"omi_(mcp|dev)_[0-9a-f]{32}")
INVALID_SCOPES = f"Invalid scopes. Available: {list(SCOPES)}"


def key_view(doc: Doc) -> Doc:
    """The DevApiKey shape (never the secret), timestamps as pydantic writes them."""
    return {
        "id": doc["id"],
        "name": doc["name"],
        "key_prefix": doc["key_prefix"],
        "created_at": api_datetime(doc["created_at"]),
        "last_used_at": api_datetime(doc.get("last_used_at")),
        "scopes": doc.get("scopes"),
    }


class Keys(Resource):
    @route("GET /v1/dev/keys")
    def list_keys(self, call: Call) -> list[Doc]:
        """Newest first; equal times by id."""
        docs = sorted(self.store.all("key", call.uid), key=lambda d: d["id"])
        docs.sort(key=lambda d: d["created_at"], reverse=True)
        return [key_view(doc) for doc in docs]

    @route("POST /v1/dev/keys")
    def create_key(self, call: Call) -> Doc:
        name = call.body["name"].strip()
        if not name:
            raise HTTPError(422, "Key name cannot be empty")
        if _RAW_KEY.search(name):
            raise HTTPError(422, "API key name must not contain a raw API key")
        scopes = call.body.get("scopes")
        if scopes is not None and any(s not in SCOPES for s in scopes):
            raise HTTPError(400, INVALID_SCOPES)
        created = self.env.auth.create_key(call.uid, name, scopes)
        return {**key_view(created), "key": created["key"]}

    @route("DELETE /v1/dev/keys/{key_id}")
    def revoke_key(self, call: Call) -> Reply:
        """204 whatever the id: an unknown, foreign or already revoked key is a silent no-op."""
        self.env.auth.revoke(call.uid, call.path["key_id"])
        return Reply(204)
