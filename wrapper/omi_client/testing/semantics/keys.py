"""Developer API keys (Firebase-authenticated): list, create, revoke."""

from __future__ import annotations

from .._auth import SCOPES, key_view
from .._errors import HTTPError
from .._store import Doc
from ._base import Call, Reply, Resource, route


class Keys(Resource):
    @route("GET /v1/dev/keys")
    def list_keys(self, call: Call) -> list[Doc]:
        return [key_view(doc) for doc in self.store.all("key", call.uid)]

    @route("POST /v1/dev/keys")
    def create_key(self, call: Call) -> Doc:
        scopes = call.body.get("scopes")
        bad = [s for s in scopes or [] if s not in SCOPES]
        if bad:
            msg = (
                f"Value error, Invalid scopes: {', '.join(bad)}. Valid scopes: {', '.join(SCOPES)}"
            )
            raise HTTPError(
                422,
                [{"type": "value_error", "loc": ["body", "scopes"], "msg": msg, "input": scopes}],
            )
        return self.env.auth.create_key(call.uid, call.body["name"], scopes)

    @route("DELETE /v1/dev/keys/{key_id}")
    def revoke_key(self, call: Call) -> Reply:
        if not self.env.auth.revoke(call.uid, call.path["key_id"]):
            raise HTTPError(404, "API key not found")
        return Reply(204)
