"""Goals: list, get, create, update, progress, history, delete."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from omi_client.limits import PAGE_CAPS

from .._store import Doc
from ._base import Call, Resource, route
from ._shared import changes, iso, normalize, page, pick

PAGE_CAP = PAGE_CAPS["listGoals"]
FIELDS = (
    "id",
    "title",
    "desired_outcome",
    "source",
    "goal_type",
    "target_value",
    "current_value",
    "min_value",
    "max_value",
    "is_active",
    "created_at",
    "updated_at",
    "horizon_at",
    "success_criteria",
    "unit",
    "why_it_matters",
)
UPDATABLE = (
    "title",
    "desired_outcome",
    "target_value",
    "current_value",
    "min_value",
    "max_value",
    "unit",
    "horizon_at",
    "success_criteria",
    "why_it_matters",
)


class Goals(Resource):
    def new(self, uid: str, b: dict[str, Any], **extra: Any) -> Doc:
        """Store a goal from a create body, with its first history entry."""
        goal_type = b.get("goal_type") or "scale"
        low, high, target = {
            "boolean": (0, 1, 1),
            "scale": (0, 10, 10),
            "numeric": (0, 100, 100),
        }.get(goal_type, (0, 10, 10))
        target = b["target_value"] if b.get("target_value") is not None else target
        now = self.env.now()
        doc: Doc = {
            "id": self.store.new_id(),
            "title": b["title"],
            "desired_outcome": b.get("desired_outcome") or "",
            "source": "developer_api",
            "goal_type": goal_type,
            "min_value": b["min_value"] if b.get("min_value") is not None else low,
            "max_value": b["max_value"] if b.get("max_value") is not None else max(high, target),
            "target_value": target,
            "current_value": 0,
            "unit": b.get("unit"),
            "horizon_at": normalize(b.get("horizon_at")),
            "success_criteria": list(b.get("success_criteria") or []),
            "why_it_matters": b.get("why_it_matters"),
            "is_active": True,
            "created_at": now,
            "updated_at": now,
            **extra,
        }
        doc["current_value"] = (
            b["current_value"] if b.get("current_value") is not None else doc["min_value"]
        )
        self.store.put("goal", uid, doc)
        self.record_progress(uid, doc)
        return doc

    def view(self, doc: Doc) -> Doc:
        unit = doc.get("unit")
        metric = {
            "type": doc["goal_type"],
            "current": doc["current_value"],
            "target": doc["target_value"],
            "min": doc["min_value"],
            "max": doc["max_value"],
            "unit": unit[:64] if isinstance(unit, str) else None,
        }
        reached = doc["current_value"] >= doc["target_value"]
        view = pick(doc, FIELDS)
        view.update(
            goal_id=doc["id"],
            status="completed" if reached else "active",
            focus_rank=None,
            metric=metric,
        )
        return view

    def record_progress(self, uid: str, goal: Doc) -> None:
        """Today's history entry for the goal (one per day: a later value replaces it)."""
        self.add_history(uid, goal["id"], goal["current_value"], self.env.clock.now())

    def add_history(self, uid: str, goal_id: str, value: float, at: datetime) -> Doc:
        """Store the goal's history entry for the day of ``at``."""
        day = at.date().isoformat()
        entry = {
            "id": f"{goal_id}:{day}",
            "goal_id": goal_id,
            "date": day,
            "value": value,
            "recorded_at": iso(at),
        }
        return self.store.put("goal_history", uid, entry)

    @route("GET /v1/dev/user/goals")
    def list_goals(self, call: Call) -> list[Doc]:
        docs = self.store.newest_first("goal", call.uid)
        if not call.query.get("include_inactive"):
            docs = [d for d in docs if d["is_active"]]
        return [self.view(d) for d in page(docs, call.query["limit"], 0, PAGE_CAP)]

    @route("POST /v1/dev/user/goals")
    def create_goal(self, call: Call) -> Doc:
        return self.view(self.new(call.uid, call.body))

    @route("GET /v1/dev/user/goals/{goal_id}")
    def get_goal(self, call: Call) -> Doc:
        return self.view(self.find("goal", call, "goal_id", "Goal"))

    @route("PATCH /v1/dev/user/goals/{goal_id}")
    def update_goal(self, call: Call) -> Doc:
        found = changes(call, UPDATABLE)
        doc = self.find("goal", call, "goal_id", "Goal")
        if "horizon_at" in found:
            found["horizon_at"] = normalize(found["horizon_at"])
        doc.update(found, updated_at=self.env.now())
        self.store.put("goal", call.uid, doc)
        if "current_value" in found:
            self.record_progress(call.uid, doc)
        return self.view(doc)

    @route("PATCH /v1/dev/user/goals/{goal_id}/progress")
    def update_goal_progress(self, call: Call) -> Doc:
        doc = self.find("goal", call, "goal_id", "Goal")
        doc.update(current_value=call.query["current_value"], updated_at=self.env.now())
        self.store.put("goal", call.uid, doc)
        self.record_progress(call.uid, doc)
        return self.view(doc)

    @route("GET /v1/dev/user/goals/{goal_id}/history")
    def goal_history(self, call: Call) -> list[Doc]:
        goal = self.find("goal", call, "goal_id", "Goal")
        since = (self.env.clock.now() - timedelta(days=call.query["days"] - 1)).date().isoformat()
        entries = [
            e for e in self.store.all("goal_history", call.uid) if e["goal_id"] == goal["id"]
        ]
        return [
            {"date": e["date"], "value": e["value"], "recorded_at": e["recorded_at"]}
            for e in sorted(entries, key=lambda e: e["date"])
            if e["date"] >= since
        ]

    @route("DELETE /v1/dev/user/goals/{goal_id}")
    def delete_goal(self, call: Call) -> Doc:
        goal = self.find("goal", call, "goal_id", "Goal")
        self.store.delete("goal", call.uid, goal["id"])
        for entry in self.store.all("goal_history", call.uid):
            if entry["goal_id"] == goal["id"]:
                self.store.delete("goal_history", call.uid, entry["id"])
        return {"success": True}
