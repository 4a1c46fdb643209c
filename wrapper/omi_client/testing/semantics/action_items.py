"""Action items: list (with filters), create (one or a batch), update, delete."""

from __future__ import annotations

from typing import Any

from omi_client.limits import PAGE_CAPS

from .._store import Doc
from ._base import Call, Resource, route
from ._shared import changes, in_range, normalize, page, pick

PAGE_CAP = PAGE_CAPS["listActionItems"]
FIELDS = (
    "id",
    "description",
    "completed",
    "created_at",
    "updated_at",
    "due_at",
    "completed_at",
    "conversation_id",
)


class ActionItems(Resource):
    def new(
        self, uid: str, body: dict[str, Any], conversation_id: str | None = None, **extra: Any
    ) -> Doc:
        """Store an action item from a create body (``extra``: stored fields, e.g. ``locked``)."""
        now = self.env.now()
        completed = bool(body.get("completed"))
        doc: Doc = {
            "id": self.store.new_id(),
            "description": body["description"],
            "completed": completed,
            "created_at": now,
            "updated_at": now,
            "due_at": normalize(body.get("due_at")),
            "completed_at": now if completed else None,
            "conversation_id": conversation_id,
            **extra,
        }
        return self.store.put("action_item", uid, doc)

    @staticmethod
    def view(doc: Doc) -> Doc:
        return pick(doc, FIELDS)

    @route("GET /v1/dev/user/action-items")
    def list_action_items(self, call: Call) -> list[Doc]:
        q = call.query
        docs = self.store.newest_first("action_item", call.uid)
        if q.get("conversation_id") is not None:
            docs = [d for d in docs if d["conversation_id"] == q["conversation_id"]]
        if q.get("completed") is not None:
            docs = [d for d in docs if d["completed"] is q["completed"]]
        docs = in_range(docs, q.get("start_date"), q.get("end_date"))
        return [self.view(d) for d in page(docs, q["limit"], q["offset"], PAGE_CAP)]

    @route("POST /v1/dev/user/action-items")
    def create_action_item(self, call: Call) -> Doc:
        return self.view(self.new(call.uid, call.body))

    @route("POST /v1/dev/user/action-items/batch")
    def create_action_items_batch(self, call: Call) -> Doc:
        created = [self.view(self.new(call.uid, a)) for a in call.body["action_items"]]
        return {"action_items": created, "created_count": len(created)}

    @route("PATCH /v1/dev/user/action-items/{action_item_id}")
    def update_action_item(self, call: Call) -> Doc:
        found = changes(call, ("description", "completed", "due_at"))
        doc = self.find("action_item", call, "action_item_id", "Action item")
        if "due_at" in found:
            found["due_at"] = normalize(found["due_at"])  # None removes the due date
        now = self.env.now()
        if found.get("completed") is True and not doc["completed"]:
            found["completed_at"] = now
        elif found.get("completed") is False:
            found["completed_at"] = None
        doc.update(found, updated_at=now)
        return self.view(self.store.put("action_item", call.uid, doc))

    @route("DELETE /v1/dev/user/action-items/{action_item_id}")
    def delete_action_item(self, call: Call) -> Doc:
        self.find("action_item", call, "action_item_id", "Action item")
        self.store.delete("action_item", call.uid, call.path["action_item_id"])
        return {"success": True}
