"""Action items: list (with filters), create (one or a batch), update, delete.

As backend/routers/developer.py@01c6c33c and backend/database/action_items.py read them (see
docs/fidelity.md "Action items"): active items first by due date, blank descriptions refused,
due dates stored in UTC, a PATCH that can never clear a due date.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from omi_client.limits import PAGE_CAPS

from .._errors import HTTPError
from .._store import Doc
from .._validation import parse_datetime
from ._base import Call, Resource, route
from ._rules import blank, paid_plan, refuse, unlocked, window
from ._shared import in_range, pick

PAGE_CAP = PAGE_CAPS["listActionItems"]
UPDATABLE = ("description", "completed", "due_at")
SCAN_CEILING = 2000  # the list reads at most min(offset + limit, 2000) items
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


def utc(value: str | None) -> str | None:
    """A due date as stored: converted to UTC (``astimezone(timezone.utc)``)."""
    parsed = parse_datetime(value) if value else None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).isoformat()


def list_order(doc: Doc) -> tuple[bool, bool, str, float]:
    """``_action_item_list_sort_key``: incomplete first; dated ones by due date, soonest first;
    undated ones newest created first."""
    due = doc.get("due_at")
    created = datetime.fromisoformat(doc["created_at"]).timestamp()
    return (bool(doc["completed"]), due is None, _instant(due) if due else "", -created)


def _instant(value: str) -> str:
    return datetime.fromisoformat(value).astimezone(UTC).isoformat(timespec="microseconds")


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
            "due_at": utc(body.get("due_at")),
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
        docs = sorted(in_range(docs, q.get("start_date"), q.get("end_date")), key=list_order)
        page = window(docs[:SCAN_CEILING], q["limit"], q["offset"], PAGE_CAP)
        return [self.view(d) for d in unlocked(page)]

    @route("POST /v1/dev/user/action-items")
    def create_action_item(self, call: Call) -> Doc:
        if blank(call.body["description"]):
            raise refuse("description cannot be empty")
        return self.view(self.new(call.uid, _stripped(call.body)))

    @route("POST /v1/dev/user/action-items/batch")
    def create_action_items_batch(self, call: Call) -> Doc:
        bodies = call.body["action_items"]
        if any(blank(a["description"]) for a in bodies):  # all or nothing
            raise refuse("All action items must have non-empty descriptions")
        created = [self.view(self.new(call.uid, _stripped(a))) for a in bodies]
        return {"action_items": created, "created_count": len(created)}

    @route("PATCH /v1/dev/user/action-items/{action_item_id}")
    def update_action_item(self, call: Call) -> Doc:
        doc = self._writable(call)
        # `if request.x is not None`: a null changes nothing, so a due date cannot be cleared.
        given = {k: call.body[k] for k in UPDATABLE if call.body.get(k) is not None}
        if not given:
            raise refuse("At least one field must be provided")
        now = self.env.now()
        if "description" in given:
            doc["description"] = given["description"].strip()
        if "due_at" in given:
            doc["due_at"] = utc(given["due_at"])
        if "completed" in given:
            doc["completed"] = given["completed"]
            doc["completed_at"] = now if given["completed"] else None  # reset every time
        doc["updated_at"] = now
        return self.view(self.store.put("action_item", call.uid, doc))

    @route("DELETE /v1/dev/user/action-items/{action_item_id}")
    def delete_action_item(self, call: Call) -> Doc:
        self._writable(call)
        self.store.delete("action_item", call.uid, call.path["action_item_id"])
        return {"success": True}

    def _writable(self, call: Call) -> Doc:
        doc = self.store.get("action_item", call.uid, call.path["action_item_id"])
        if doc is None:
            raise HTTPError(404, "Action item not found")
        if doc.get("locked"):
            raise paid_plan("action item")
        return doc


def _stripped(body: dict[str, Any]) -> dict[str, Any]:
    return {**body, "description": body["description"].strip()}
