"""Goals: list, get, create, update, progress, history, delete.

The canonical goals of backend/database/goals.py@03e851fa behind backend/routers/developer.py
@01c6c33c (see docs/fidelity.md "Goals"): a new goal is "background" with no metric unless one is
asked for, DELETE abandons (the goal and its history stay readable), history is written only by
progress updates (one entry per UTC day) and read newest first.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from omi_client.limits import PAGE_CAPS

from .._errors import HTTPError
from .._store import Doc
from ._base import Call, Resource, route
from ._rules import blank, refuse
from ._shared import iso, normalize

PAGE_CAP = PAGE_CAPS["listGoals"]
INACTIVE = ("achieved", "abandoned")
FIELDS = (
    "id",
    "title",
    "desired_outcome",
    "status",
    "focus_rank",
    "source",
    "is_active",
    "created_at",
    "updated_at",
    "horizon_at",
    "success_criteria",
    "why_it_matters",
)
# The aliases of a goal without a metric (_metric_aliases).
NO_METRIC = {
    "goal_type": "scale",
    "target_value": 0.0,
    "current_value": 0.0,
    "min_value": 0.0,
    "max_value": 10.0,
    "unit": None,
}
# UpdateGoalRequest's validators: fields that may not be null (and text that may not be blank).
REQUIRED_TEXT = ("title", "desired_outcome")
NOT_NULL = {
    "title": "required goal text cannot be null or blank",
    "desired_outcome": "required goal text cannot be null or blank",
    "success_criteria": "success_criteria cannot be null; use an empty list to clear it",
    "target_value": "metric value cannot be null",
    "current_value": "metric value cannot be null",
}


def goal_id(random_uuid: str) -> str:
    """``f"goal_{uuid.uuid4().hex[:12]}"``."""
    return f"goal_{uuid.UUID(random_uuid).hex[:12]}"


def _max(target: float) -> float:
    return max(float(target), 10.0)


class Goals(Resource):
    def new(self, uid: str, b: dict[str, Any], **extra: Any) -> Doc:
        """Store a goal from a create body. A metric only when a type or a target is given;
        missing parts of it are filled in (the real code fails on them: docs/fidelity.md
        GOAL-2b)."""
        now = self.env.now()
        title = b["title"].strip()
        doc: Doc = {
            "id": goal_id(self.store.new_id()),
            "title": title,
            "desired_outcome": (b.get("desired_outcome") or "").strip() or title,
            "status": "background",
            "focus_rank": None,
            "source": "user",
            "is_active": True,
            "created_at": now,
            "updated_at": now,
            "horizon_at": normalize(b.get("horizon_at")),
            "success_criteria": list(b.get("success_criteria") or []),
            "why_it_matters": b.get("why_it_matters"),
            "metric": None,
        }
        if b.get("goal_type") is not None or b.get("target_value") is not None:
            target = float(b.get("target_value") or 0)
            min_value = b.get("min_value")
            max_value = b.get("max_value")
            doc["metric"] = {
                "type": b.get("goal_type") or "scale",
                "current": float(b.get("current_value") or 0),
                "target": target,
                "min": float(min_value) if min_value is not None else 0.0,
                "max": float(max_value) if max_value is not None else _max(target),
                "unit": b.get("unit"),
            }
        doc.update(extra)
        return self.store.put("goal", uid, doc)

    def view(self, doc: Doc) -> Doc:
        shown = {k: doc.get(k) for k in FIELDS}
        metric = doc.get("metric")
        if metric is None:
            aliases: dict[str, Any] = dict(NO_METRIC)
        else:
            aliases = {
                "goal_type": metric["type"],
                "current_value": metric["current"],
                "target_value": metric["target"],
                "min_value": metric["min"] if metric["min"] is not None else 0.0,
                "max_value": metric["max"] if metric["max"] is not None else 0.0,
                "unit": metric["unit"],
            }
        return {**shown, **aliases, "goal_id": doc["id"], "metric": metric}

    def record_progress(self, uid: str, goal: Doc) -> None:
        """Today's history entry for the goal (one per UTC day: a later value replaces it)."""
        value = goal["metric"]["current"] if goal.get("metric") else 0.0
        self.add_history(uid, goal["id"], value, self.env.clock.now())

    def add_history(self, uid: str, goal_id: str, value: float, at: datetime) -> Doc:
        """Store the goal's history entry for the (UTC) day of ``at``."""
        day = at.date().isoformat()
        entry = {
            "id": f"{goal_id}:{day}",
            "goal_id": goal_id,
            "date": day,
            "value": float(value),
            "recorded_at": iso(at),
        }
        return self.store.put("goal_history", uid, entry)

    def _find(self, call: Call) -> Doc:
        """Any goal of the user, abandoned ones included (goals have no lock)."""
        doc = self.store.get("goal", call.uid, call.path["goal_id"])
        if doc is None:
            raise HTTPError(404, "Goal not found")
        return doc

    @route("GET /v1/dev/user/goals")
    def list_goals(self, call: Call) -> list[Doc]:
        goals = self.store.all("goal", call.uid)
        if call.query.get("include_inactive"):
            # get_all_goals: every goal, newest first, and no limit.
            newest = sorted(goals, key=lambda d: d["created_at"], reverse=True)
            return [self.view(d) for d in newest]
        # get_user_goals: `where is_active == True .limit(limit)` with no order_by (document-id
        # order), then achieved/abandoned dropped and the rest sorted oldest first.
        limit = max(1, min(call.query["limit"], PAGE_CAP))
        active = sorted((d for d in goals if d["is_active"]), key=lambda d: d["id"])[:limit]
        kept = [d for d in active if d["status"] not in INACTIVE]
        return [self.view(d) for d in sorted(kept, key=lambda d: d["created_at"])]

    @route("POST /v1/dev/user/goals")
    def create_goal(self, call: Call) -> Doc:
        if blank(call.body["title"]):
            raise refuse("title cannot be empty")
        return self.view(self.new(call.uid, call.body))

    @route("GET /v1/dev/user/goals/{goal_id}")
    def get_goal(self, call: Call) -> Doc:
        return self.view(self._find(call))

    @route("PATCH /v1/dev/user/goals/{goal_id}")
    def update_goal(self, call: Call) -> Doc:
        body = call.body
        errors = [
            {
                "type": "value_error",
                "loc": ["body", field],
                "msg": f"Value error, {message}",
                "input": body[field],
                "ctx": {"error": {}},
            }
            for field, message in NOT_NULL.items()
            if field in body
            and (body[field] is None or (field in REQUIRED_TEXT and blank(body[field])))
        ]
        if errors:  # the request model's validators: before the handler, as a list
            raise HTTPError(422, errors)
        given = {k: body[k] for k in (*NOT_NULL, *_CLEARABLE) if k in body}  # exclude_unset
        if not given:
            raise refuse("At least one field must be provided")
        doc = self._find(call)  # abandoned goals too: there is no status check
        for field in REQUIRED_TEXT:
            if field in given:
                doc[field] = given[field].strip()
        for field in ("success_criteria", "why_it_matters"):
            if field in given:
                doc[field] = given[field]
        if "horizon_at" in given:
            doc["horizon_at"] = normalize(given["horizon_at"])
        metric_fields = {k: given[k] for k in _METRIC_FIELDS if k in given}
        if metric_fields:
            self._update_metric(doc, metric_fields)
        doc["updated_at"] = self.env.now()  # no history entry, even for current_value
        return self.view(self.store.put("goal", call.uid, doc))

    @staticmethod
    def _update_metric(doc: Doc, given: dict[str, Any]) -> None:
        """Metric fields in a PATCH; a null min/max/unit clears it (min falls back to 0, max to
        max(target, 10)). A goal without a metric gets one of type scale."""
        metric = doc.get("metric") or {
            "type": "scale",
            "current": 0.0,
            "target": 0.0,
            "min": 0.0,
            "max": None,
            "unit": None,
        }
        names = {"current_value": "current", "target_value": "target", "min_value": "min"}
        names |= {"max_value": "max", "unit": "unit"}
        for field, key in names.items():
            if field in given:
                value = given[field]
                metric[key] = float(value) if isinstance(value, int | float) else value
        if metric["min"] is None:
            metric["min"] = 0.0
        if metric["max"] is None:
            metric["max"] = _max(metric["target"])
        doc["metric"] = metric

    @route("PATCH /v1/dev/user/goals/{goal_id}/progress")
    def update_goal_progress(self, call: Call) -> Doc:
        doc = self._find(call)
        value = float(call.query["current_value"])  # not clamped
        metric = doc.get("metric") or {
            "type": "numeric",  # a goal without a metric becomes a numeric one
            "current": 0.0,
            "target": 0.0,
            "min": 0.0,
            "max": 10.0,
            "unit": None,
        }
        metric["current"] = value
        doc.update(metric=metric, updated_at=self.env.now())
        self.store.put("goal", call.uid, doc)
        self.record_progress(call.uid, doc)
        return self.view(doc)

    @route("GET /v1/dev/user/goals/{goal_id}/history")
    def goal_history(self, call: Call) -> list[Doc]:
        """Newest first, ``days`` entries at most (not a date window); an unknown goal has an
        empty history rather than a 404."""
        wanted = call.path["goal_id"]
        entries = [e for e in self.store.all("goal_history", call.uid) if e["goal_id"] == wanted]
        newest = sorted(entries, key=lambda e: e["date"], reverse=True)[: call.query["days"]]
        return [
            {"date": e["date"], "value": float(e["value"]), "recorded_at": e["recorded_at"]}
            for e in newest
        ]

    @route("DELETE /v1/dev/user/goals/{goal_id}")
    def delete_goal(self, call: Call) -> Doc:
        """A soft abandon: the goal and its history stay; deleting again is fine."""
        doc = self._find(call)
        now = self.env.now()
        doc.update(status="abandoned", focus_rank=None, is_active=False, updated_at=now)
        doc["ended_at"] = now
        self.store.put("goal", call.uid, doc)
        return {"success": True}


_CLEARABLE = ("why_it_matters", "horizon_at", "unit", "min_value", "max_value")
_METRIC_FIELDS = ("current_value", "target_value", "min_value", "max_value", "unit")
