"""What each operation does to the store: the real server's semantics, per DEVELOPERS.md.

Routing, auth, rate limits and input validation have already happened; a handler gets typed,
defaulted inputs and returns the success body (or raises HTTPError). Handlers are keyed by
"METHOD path" so a renamed operationId upstream does not unhook them.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from omi_client.limits import PAGE_CAPS, TRANSCRIPT_PAGE_CAP

from . import _text
from ._auth import SCOPES, Auth, Principal, key_view
from ._errors import HTTPError
from ._schema import Operation, parse_datetime
from ._store import Doc, Store

Handler = Callable[["Semantics", "Call"], Any]
HANDLERS: dict[str, Handler] = {}
_SPEAKER_RE = re.compile(r"SPEAKER_(\d+)$")
_CLEARED_BY_NULL = re.compile(r"\*\*(\w+)\*\*:[^\n]*null to (?:remove|clear)")
MAX_DURATION = timedelta(days=365)
MEMORY_PAGE_CAP = PAGE_CAPS["listMemories"]
ACTION_ITEM_PAGE_CAP = PAGE_CAPS["listActionItems"]
CONVERSATION_PAGE_CAP = PAGE_CAPS["listConversations"]
CONVERSATION_TRANSCRIPT_PAGE_CAP = TRANSCRIPT_PAGE_CAP
GOAL_PAGE_CAP = PAGE_CAPS["listGoals"]
DEFAULT_FOLDERS = (
    # name, color, icon, conversation categories filed there
    (
        "Work",
        "#3B82F6",
        "💼",
        ("work", "business", "technology", "entrepreneurship", "finance", "economics"),
    ),
    (
        "Personal",
        "#10B981",
        "🏠",
        ("personal", "family", "romantic", "parenting", "social", "travel"),
    ),
    ("Health", "#EF4444", "❤️", ("health", "sports", "psychology")),
    ("Learning", "#F59E0B", "📚", ("education", "science", "literature", "history", "philosophy")),
)


@dataclass(slots=True)
class Call:
    """One validated request, as a handler sees it."""

    op: Operation
    uid: str
    principal: Principal | None
    path: dict[str, Any]
    query: dict[str, Any]
    body: Any


@dataclass(frozen=True, slots=True)
class Reply:
    """A success with a status other than the spec's first 2xx, or with no body."""

    status: int
    body: Any = None


def handles(route: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[route] = fn
        return fn

    return register


def iso(dt: datetime) -> str:
    return dt.isoformat()


def _shift(dt: datetime, delta: timedelta) -> datetime:
    try:
        return dt + delta
    except OverflowError:
        return (datetime.max if delta > timedelta(0) else datetime.min).replace(
            tzinfo=dt.tzinfo or UTC
        )


def _utc_key(value: datetime) -> str:
    """A datetime as the lexicographically comparable string created_at values are stored as."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    except OverflowError:
        return "0000" if value.year < 2 else "9999-12-31T23:59:59.999999+00:00"


def page(items: list[Doc], limit: int, offset: int, cap: int) -> list[Doc]:
    """Bare-list paging: silently clamped; locked items dropped after slicing (short pages)."""
    limit = max(0, min(limit, cap))
    offset = max(0, offset)
    return [doc for doc in items[offset : offset + limit] if not doc.get("locked")]


def _changes(call: Call, fields: tuple[str, ...]) -> dict[str, Any]:
    """The PATCH fields actually given: non-null ones, plus explicit nulls where the operation's
    description says "set to null to remove". At least one is required."""
    body = call.body
    clearable = set(_CLEARED_BY_NULL.findall(call.op.raw.get("description", "")))
    given = [k for k in fields if k in body]
    changes = {k: body[k] for k in given if body[k] is not None or k in clearable}
    if not changes:
        msg = "Value error, At least one field must be provided"
        raise HTTPError(422, [{"type": "value_error", "loc": ["body"], "msg": msg, "input": body}])
    return changes


def _category_filter(raw: str | None, valid: list[str]) -> set[str] | None:
    if not raw:
        return None
    wanted = [c.strip(" ") for c in raw.split(",") if c.strip(" ")]
    invalid = [c for c in wanted if c not in valid]
    if invalid:
        raise HTTPError(
            400, f"Invalid categories: {', '.join(invalid)}. Valid categories: {', '.join(valid)}"
        )
    return set(wanted) or None


class Semantics:
    """The stateful behaviour behind every operation."""

    def __init__(
        self,
        store: Store,
        auth: Auth,
        spec: dict[str, Any],
        clock: Callable[[], datetime],
        processing_delay: float = 0.0,
    ) -> None:
        self.store = store
        self.auth = auth
        self.clock = clock
        self.processing_delay = processing_delay
        schemas = spec.get("components", {}).get("schemas", {})
        self.memory_categories: list[str] = schemas.get("MemoryCategory", {}).get("enum", [])
        self.conversation_categories: list[str] = schemas.get("CategoryEnum", {}).get("enum", [])
        self._in_flight: set[tuple[str, str]] = set()
        self._sessions: dict[tuple[str, str], str] = {
            (uid, doc["client_session_id"]): doc["id"]
            for uid, doc in store.each("conversation")
            if doc.get("client_session_id")
        }

    def now(self) -> str:
        """Server timestamps: UTC with microseconds, so they sort as strings."""
        return self.clock().astimezone(UTC).isoformat(timespec="microseconds")

    def run(self, route: str, call: Call) -> Any | Awaitable[Any]:
        return HANDLERS[route](self, call)

    def _find(self, kind: str, call: Call, param: str, label: str) -> Doc:
        doc = self.store.get(kind, call.uid, call.path[param])
        if doc is None:
            raise HTTPError(404, f"{label} not found")
        if doc.get("locked"):
            raise HTTPError(402, f"This {label.lower()} is locked. Upgrade your plan to access it.")
        return doc

    # -- memories -------------------------------------------------------------------------------
    def new_memory(self, uid: str, body: dict[str, Any], **extra: Any) -> Doc:
        now = self.now()
        doc: Doc = {
            "id": self.store.new_id(),
            "content": body["content"],
            "category": body.get("category") or _text.memory_category(body["content"]),
            "visibility": body.get("visibility") or "private",
            "tags": list(body.get("tags") or []),
            "created_at": now,
            "updated_at": now,
            "reviewed": False,
            "user_review": None,
            "manually_added": True,
            "edited": False,
            "scoring": None,
            **extra,
        }
        return self.store.put("memory", uid, doc)

    @staticmethod
    def memory_view(doc: Doc) -> Doc:
        fields = (
            "id",
            "content",
            "category",
            "visibility",
            "tags",
            "created_at",
            "updated_at",
            "reviewed",
            "user_review",
            "manually_added",
            "edited",
            "scoring",
        )
        return {k: doc.get(k) for k in fields}

    @handles("GET /v1/dev/user/memories")
    def list_memories(self, call: Call) -> list[Doc]:
        wanted = _category_filter(call.query.get("categories"), self.memory_categories)
        docs = self.store.newest_first("memory", call.uid)
        if wanted:
            docs = [d for d in docs if d["category"] in wanted]
        q = call.query
        return [self.memory_view(d) for d in page(docs, q["limit"], q["offset"], MEMORY_PAGE_CAP)]

    @handles("POST /v1/dev/user/memories")
    def create_memory(self, call: Call) -> Doc:
        return self.memory_view(self.new_memory(call.uid, call.body))

    @handles("POST /v1/dev/user/memories/batch")
    def create_memories(self, call: Call) -> Doc:
        created = [self.memory_view(self.new_memory(call.uid, m)) for m in call.body["memories"]]
        return {"memories": created, "created_count": len(created)}

    @handles("PATCH /v1/dev/user/memories/{memory_id}")
    def update_memory(self, call: Call) -> Doc:
        changes = _changes(call, ("content", "category", "tags", "visibility"))
        doc = self._find("memory", call, "memory_id", "Memory")
        doc.update(changes, edited=True, updated_at=self.now())
        return self.memory_view(self.store.put("memory", call.uid, doc))

    @handles("DELETE /v1/dev/user/memories/{memory_id}")
    def delete_memory(self, call: Call) -> Doc:
        self._find("memory", call, "memory_id", "Memory")
        self.store.delete("memory", call.uid, call.path["memory_id"])
        return {"success": True}

    @handles("GET /v1/dev/user/memories/vector/search")
    def search_memories(self, call: Call) -> Doc:
        query = _text.terms(call.query["query"])
        scored = []
        for doc in self.store.newest_first("memory", call.uid):
            score = _text.relevance(query, _text.terms(doc["content"]))
            if score > 0 and not doc.get("locked"):
                scored.append((score, doc))
        scored.sort(key=lambda pair: pair[0], reverse=True)
        items = [
            {
                "id": d["id"],
                "content": d["content"],
                "category": d["category"],
                "relevance_score": s,
                "created_at": d["created_at"],
                "tags": d["tags"],
            }
            for s, d in scored[: call.query["limit"]]
        ]
        policy = {
            "consumer": "developer_api",
            "app_has_default_memory_grant": True,
            "archive_capability": False,
            "raw_provenance_capability": False,
        }
        return {
            "items": items,
            "returned_count": len(items),
            "archive_default_visible": False,
            "policy": policy,
        }

    # -- action items ---------------------------------------------------------------------------
    def new_action_item(
        self, uid: str, body: dict[str, Any], conversation_id: str | None = None
    ) -> Doc:
        now = self.now()
        completed = bool(body.get("completed"))
        doc: Doc = {
            "id": self.store.new_id(),
            "description": body["description"],
            "completed": completed,
            "created_at": now,
            "updated_at": now,
            "due_at": _normalize(body.get("due_at")),
            "completed_at": now if completed else None,
            "conversation_id": conversation_id,
        }
        return self.store.put("action_item", uid, doc)

    @staticmethod
    def action_item_view(doc: Doc) -> Doc:
        fields = (
            "id",
            "description",
            "completed",
            "created_at",
            "updated_at",
            "due_at",
            "completed_at",
            "conversation_id",
        )
        return {k: doc.get(k) for k in fields}

    @handles("GET /v1/dev/user/action-items")
    def list_action_items(self, call: Call) -> list[Doc]:
        q = call.query
        docs = self.store.newest_first("action_item", call.uid)
        if q.get("conversation_id") is not None:
            docs = [d for d in docs if d["conversation_id"] == q["conversation_id"]]
        if q.get("completed") is not None:
            docs = [d for d in docs if d["completed"] is q["completed"]]
        docs = _in_range(docs, q.get("start_date"), q.get("end_date"))
        return [
            self.action_item_view(d)
            for d in page(docs, q["limit"], q["offset"], ACTION_ITEM_PAGE_CAP)
        ]

    @handles("POST /v1/dev/user/action-items")
    def create_action_item(self, call: Call) -> Doc:
        return self.action_item_view(self.new_action_item(call.uid, call.body))

    @handles("POST /v1/dev/user/action-items/batch")
    def create_action_items(self, call: Call) -> Doc:
        created = [
            self.action_item_view(self.new_action_item(call.uid, a))
            for a in call.body["action_items"]
        ]
        return {"action_items": created, "created_count": len(created)}

    @handles("PATCH /v1/dev/user/action-items/{action_item_id}")
    def update_action_item(self, call: Call) -> Doc:
        changes = _changes(call, ("description", "completed", "due_at"))
        doc = self._find("action_item", call, "action_item_id", "Action item")
        if "due_at" in changes:
            changes["due_at"] = _normalize(changes["due_at"])  # None removes the due date
        now = self.now()
        if changes.get("completed") is True and not doc["completed"]:
            changes["completed_at"] = now
        elif changes.get("completed") is False:
            changes["completed_at"] = None
        doc.update(changes, updated_at=now)
        return self.action_item_view(self.store.put("action_item", call.uid, doc))

    @handles("DELETE /v1/dev/user/action-items/{action_item_id}")
    def delete_action_item(self, call: Call) -> Doc:
        self._find("action_item", call, "action_item_id", "Action item")
        self.store.delete("action_item", call.uid, call.path["action_item_id"])
        return {"success": True}

    # -- folders --------------------------------------------------------------------------------
    def folders(self, uid: str) -> list[Doc]:
        """The user's folders, created on first use as the app does for a new account."""
        with self.store.lock:
            docs = self.store.all("folder", uid)
            if not docs:
                now = self.now()
                for order, (name, color, icon, categories) in enumerate(DEFAULT_FOLDERS):
                    doc = {
                        "id": self.store.new_id(),
                        "name": name,
                        "color": color,
                        "icon": icon,
                        "description": f"{name} conversations",
                        "order": order,
                        "is_default": order == 0,
                        "is_system": True,
                        "created_at": now,
                        "updated_at": now,
                        "categories": list(categories),
                    }
                    docs.append(self.store.put("folder", uid, doc))
            return docs

    def _folder_for(self, uid: str, category: str) -> Doc | None:
        return next((f for f in self.folders(uid) if category in f["categories"]), None)

    @handles("GET /v1/dev/user/folders")
    def list_folders(self, call: Call) -> list[Doc]:
        counts: dict[str, int] = {}
        for doc in self.store.all("conversation", call.uid):
            if doc.get("folder_id") and not doc["discarded"]:
                counts[doc["folder_id"]] = counts.get(doc["folder_id"], 0) + 1
        fields = (
            "id",
            "name",
            "color",
            "icon",
            "description",
            "order",
            "is_default",
            "is_system",
            "created_at",
            "updated_at",
        )
        return [
            {**{k: f[k] for k in fields}, "conversation_count": counts.get(f["id"], 0)}
            for f in sorted(self.folders(call.uid), key=lambda f: f["order"])
        ]

    # -- conversations --------------------------------------------------------------------------
    def new_conversation(
        self,
        uid: str,
        text: str,
        segments: list[Doc],
        *,
        started_at: str | None,
        finished_at: str | None,
        default_duration: timedelta,
        language: str | None,
        source: str,
        geolocation: Doc | None,
        **extra: Any,
    ) -> Doc:
        now = self.clock()
        created = self.now()
        started = parse_datetime(started_at) if started_at else now
        started = started or now
        finished = parse_datetime(finished_at) if finished_at else None
        finished = finished or _shift(started, default_duration)
        discarded = len(_text.words(text)) < 3
        category = _text.conversation_category(text)
        conversation_id = self.store.new_id()
        items = [] if discarded else _text.action_items(text)
        structured = {
            "title": _text.title(text),
            "overview": _text.overview(text),
            "emoji": _text.EMOJI.get(category, "🧠"),
            "category": category,
            "action_items": [
                {
                    "description": d,
                    "completed": False,
                    "created_at": created,
                    "updated_at": created,
                    "due_at": None,
                    "completed_at": None,
                    "conversation_id": conversation_id,
                }
                for d in items
            ],
            "events": [],
        }
        folder = None if discarded else self._folder_for(uid, category)
        doc: Doc = {
            "id": conversation_id,
            "created_at": created,
            "started_at": iso(started),
            "finished_at": iso(finished),
            "language": language,
            "source": source,
            "geolocation": _geolocation(geolocation),
            "structured": structured,
            "transcript_segments": segments,
            "text": text,
            "folder_id": folder["id"] if folder else None,
            "discarded": discarded,
            "starred": False,
            "status": "completed",
            **extra,
        }
        self.store.put("conversation", uid, doc)
        for description in items:
            self.new_action_item(uid, {"description": description}, conversation_id=conversation_id)
        return doc

    def conversation_view(self, uid: str, doc: Doc, include_transcript: bool = False) -> Doc:
        folder = self.store.get("folder", uid, doc["folder_id"]) if doc.get("folder_id") else None
        return {
            "id": doc["id"],
            "created_at": doc["created_at"],
            "started_at": doc["started_at"],
            "finished_at": doc["finished_at"],
            "structured": doc["structured"],
            "language": doc["language"],
            "source": doc["source"],
            "geolocation": doc["geolocation"],
            "folder_id": folder["id"] if folder else None,
            "folder_name": folder["name"] if folder else None,
            "transcript_segments": doc["transcript_segments"] if include_transcript else None,
        }

    @staticmethod
    def _created(doc: Doc) -> Doc:
        return {"id": doc["id"], "status": doc["status"], "discarded": doc["discarded"]}

    @handles("GET /v1/dev/user/conversations")
    def list_conversations(self, call: Call) -> list[Doc]:
        q = call.query
        wanted = _category_filter(q.get("categories"), self.conversation_categories)
        docs = [d for d in self.store.newest_first("conversation", call.uid) if not d["discarded"]]
        if wanted:
            docs = [d for d in docs if d["structured"]["category"] in wanted]
        if q.get("folder_id") is not None:
            docs = [d for d in docs if d.get("folder_id") == q["folder_id"]]
        if q.get("starred") is not None:
            docs = [d for d in docs if d.get("starred", False) is q["starred"]]
        docs = _in_range(docs, q.get("start_date"), q.get("end_date"))
        transcript = bool(q.get("include_transcript"))
        cap = CONVERSATION_TRANSCRIPT_PAGE_CAP if transcript else CONVERSATION_PAGE_CAP
        return [
            self.conversation_view(call.uid, d, transcript)
            for d in page(docs, q["limit"], q["offset"], cap)
        ]

    @handles("POST /v1/dev/user/conversations")
    def create_conversation(self, call: Call) -> Doc:
        b = call.body
        doc = self.new_conversation(
            call.uid,
            b["text"],
            [],
            started_at=b.get("started_at"),
            finished_at=b.get("finished_at"),
            default_duration=timedelta(minutes=5),
            language=b.get("language"),
            source="external_integration",
            geolocation=b.get("geolocation"),
            text_source=b.get("text_source"),
            text_source_spec=b.get("text_source_spec"),
        )
        return self._created(doc)

    @handles("POST /v1/dev/user/conversations/from-segments")
    async def create_conversation_from_segments(self, call: Call) -> Doc:
        b = call.body
        session = b.get("client_session_id")
        slot = (call.uid, session) if session else None
        if slot is not None:
            existing_id = self._sessions.get(slot)
            existing = (
                self.store.get("conversation", call.uid, existing_id) if existing_id else None
            )
            if existing is not None:
                return self._created(existing)
            if slot in self._in_flight:
                raise HTTPError(
                    409, "A conversation with this client_session_id is already being processed"
                )
            self._in_flight.add(slot)
        try:
            if self.processing_delay > 0:
                await asyncio.sleep(self.processing_delay)
            segments = [self._segment(s) for s in b["transcript_segments"]]
            text = " ".join(s["text"] for s in b["transcript_segments"] if s["text"])
            span = max(s["end"] for s in segments) - min(s["start"] for s in segments)
            duration = timedelta(seconds=min(max(span, 0.0), MAX_DURATION.total_seconds()))
            doc = self.new_conversation(
                call.uid,
                text,
                segments,
                started_at=b.get("started_at"),
                finished_at=b.get("finished_at"),
                default_duration=duration,
                language=b.get("language"),
                source=b.get("source") or "phone",
                geolocation=b.get("geolocation"),
                client_session_id=session,
                client_device_id=b.get("client_device_id"),
                client_platform=b.get("client_platform"),
            )
            if slot is not None:
                self._sessions[slot] = doc["id"]
            return self._created(doc)
        finally:
            if slot is not None:
                self._in_flight.discard(slot)

    def _segment(self, raw: Doc) -> Doc:
        speaker = raw.get("speaker") or "SPEAKER_00"
        speaker_id = raw.get("speaker_id")
        if speaker_id is None:
            match = _SPEAKER_RE.match(speaker)
            speaker_id = int(match.group(1)) if match else 0
        return {
            "id": self.store.new_id(),
            "text": raw["text"],
            "start": raw["start"],
            "end": raw["end"],
            "speaker_id": speaker_id,
            "speaker_name": "You" if raw.get("is_user") else speaker,
        }

    @handles("GET /v1/dev/user/conversations/{conversation_id}")
    def get_conversation(self, call: Call) -> Doc:
        doc = self._find("conversation", call, "conversation_id", "Conversation")
        return self.conversation_view(call.uid, doc, bool(call.query.get("include_transcript")))

    @handles("PATCH /v1/dev/user/conversations/{conversation_id}")
    def update_conversation(self, call: Call) -> Doc:
        changes = _changes(call, ("title", "discarded"))
        doc = self._find("conversation", call, "conversation_id", "Conversation")
        if "title" in changes:
            doc["structured"]["title"] = changes["title"]
        if "discarded" in changes:
            doc["discarded"] = changes[
                "discarded"
            ]  # a soft delete: hidden from lists, still readable
        return self.conversation_view(call.uid, self.store.put("conversation", call.uid, doc))

    @handles("DELETE /v1/dev/user/conversations/{conversation_id}")
    def delete_conversation(self, call: Call) -> Doc:
        self._find("conversation", call, "conversation_id", "Conversation")
        self.store.delete("conversation", call.uid, call.path["conversation_id"])
        return {"success": True}

    @handles("POST /v1/dev/user/ask")
    def ask(self, call: Call) -> Doc:
        question = _text.terms(call.body["question"])
        scored = []
        for doc in self.store.newest_first("conversation", call.uid):
            if doc["discarded"] or doc.get("locked"):
                continue
            s = doc["structured"]
            score = _text.relevance(
                question, _text.terms(f"{s['title']} {s['overview']} {doc['text']}")
            )
            if score > 0:
                scored.append((score, doc))
        scored.sort(key=lambda pair: pair[0], reverse=True)
        top = [doc for _, doc in scored[: call.body["limit"]]]
        if not top:
            return {
                "answer": "I couldn't find anything about that in your conversations.",
                "sources": [],
            }
        lines = [f"- {d['structured']['title']}: {d['structured']['overview']}" for d in top]
        answer = f"Based on {len(top)} of your conversations:\n" + "\n".join(lines)
        sources = [
            {"id": d["id"], "title": d["structured"]["title"], "created_at": d["created_at"]}
            for d in top
        ]
        return {"answer": answer, "sources": sources}

    # -- goals ----------------------------------------------------------------------------------
    def goal_view(self, doc: Doc) -> Doc:
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
        fields = (
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
        view = {k: doc.get(k) for k in fields}
        view.update(
            goal_id=doc["id"],
            status="completed" if reached else "active",
            focus_rank=None,
            metric=metric,
        )
        return view

    def _record_progress(self, uid: str, goal: Doc) -> None:
        now = self.clock()
        day = now.date().isoformat()
        entry = {
            "id": f"{goal['id']}:{day}",
            "goal_id": goal["id"],
            "date": day,
            "value": goal["current_value"],
            "recorded_at": iso(now),
        }
        self.store.put("goal_history", uid, entry)

    @handles("GET /v1/dev/user/goals")
    def list_goals(self, call: Call) -> list[Doc]:
        docs = self.store.newest_first("goal", call.uid)
        if not call.query.get("include_inactive"):
            docs = [d for d in docs if d["is_active"]]
        return [self.goal_view(d) for d in page(docs, call.query["limit"], 0, GOAL_PAGE_CAP)]

    @handles("POST /v1/dev/user/goals")
    def create_goal(self, call: Call) -> Doc:
        return self.goal_view(self.new_goal(call.uid, call.body))

    def new_goal(self, uid: str, b: dict[str, Any]) -> Doc:
        goal_type = b.get("goal_type") or "scale"
        low, high, target = {
            "boolean": (0, 1, 1),
            "scale": (0, 10, 10),
            "numeric": (0, 100, 100),
        }.get(goal_type, (0, 10, 10))
        target = b["target_value"] if b.get("target_value") is not None else target
        now = self.now()
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
            "horizon_at": _normalize(b.get("horizon_at")),
            "success_criteria": list(b.get("success_criteria") or []),
            "why_it_matters": b.get("why_it_matters"),
            "is_active": True,
            "created_at": now,
            "updated_at": now,
        }
        doc["current_value"] = (
            b["current_value"] if b.get("current_value") is not None else doc["min_value"]
        )
        self.store.put("goal", uid, doc)
        self._record_progress(uid, doc)
        return doc

    @handles("GET /v1/dev/user/goals/{goal_id}")
    def get_goal(self, call: Call) -> Doc:
        return self.goal_view(self._find("goal", call, "goal_id", "Goal"))

    @handles("PATCH /v1/dev/user/goals/{goal_id}")
    def update_goal(self, call: Call) -> Doc:
        fields = (
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
        changes = _changes(call, fields)
        doc = self._find("goal", call, "goal_id", "Goal")
        if "horizon_at" in changes:
            changes["horizon_at"] = _normalize(changes["horizon_at"])
        doc.update(changes, updated_at=self.now())
        self.store.put("goal", call.uid, doc)
        if "current_value" in changes:
            self._record_progress(call.uid, doc)
        return self.goal_view(doc)

    @handles("PATCH /v1/dev/user/goals/{goal_id}/progress")
    def update_goal_progress(self, call: Call) -> Doc:
        doc = self._find("goal", call, "goal_id", "Goal")
        doc.update(current_value=call.query["current_value"], updated_at=self.now())
        self.store.put("goal", call.uid, doc)
        self._record_progress(call.uid, doc)
        return self.goal_view(doc)

    @handles("GET /v1/dev/user/goals/{goal_id}/history")
    def goal_history(self, call: Call) -> list[Doc]:
        goal = self._find("goal", call, "goal_id", "Goal")
        since = (self.clock() - timedelta(days=call.query["days"] - 1)).date().isoformat()
        entries = [
            e for e in self.store.all("goal_history", call.uid) if e["goal_id"] == goal["id"]
        ]
        return [
            {"date": e["date"], "value": e["value"], "recorded_at": e["recorded_at"]}
            for e in sorted(entries, key=lambda e: e["date"])
            if e["date"] >= since
        ]

    @handles("DELETE /v1/dev/user/goals/{goal_id}")
    def delete_goal(self, call: Call) -> Doc:
        goal = self._find("goal", call, "goal_id", "Goal")
        self.store.delete("goal", call.uid, goal["id"])
        for entry in self.store.all("goal_history", call.uid):
            if entry["goal_id"] == goal["id"]:
                self.store.delete("goal_history", call.uid, entry["id"])
        return {"success": True}

    # -- API keys (Firebase-authenticated) ------------------------------------------------------
    @handles("GET /v1/dev/keys")
    def list_keys(self, call: Call) -> list[Doc]:
        return [key_view(doc) for doc in self.store.all("key", call.uid)]

    @handles("POST /v1/dev/keys")
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
        return self.auth.create_key(call.uid, call.body["name"], scopes)

    @handles("DELETE /v1/dev/keys/{key_id}")
    def revoke_key(self, call: Call) -> Reply:
        if not self.auth.revoke(call.uid, call.path["key_id"]):
            raise HTTPError(404, "API key not found")
        return Reply(204)


def _normalize(value: str | None) -> str | None:
    parsed = parse_datetime(value) if value else None
    return parsed.isoformat() if parsed else None


def _geolocation(raw: Doc | None) -> Doc | None:
    """Stored only when it is a place on Earth (the real server geocodes; nonsense is dropped)."""
    if not raw or not (-90 <= raw["latitude"] <= 90 and -180 <= raw["longitude"] <= 180):
        return None
    keys = ("latitude", "longitude", "address", "google_place_id", "location_type")
    return {k: raw.get(k) for k in keys}


def _in_range(docs: list[Doc], start: str | None, end: str | None) -> list[Doc]:
    if start:
        parsed = parse_datetime(start)
        low = _utc_key(parsed) if parsed else ""
        docs = [d for d in docs if _utc_key(datetime.fromisoformat(d["created_at"])) >= low]
    if end:
        parsed = parse_datetime(end)
        high = _utc_key(parsed) if parsed else "9999"
        docs = [d for d in docs if _utc_key(datetime.fromisoformat(d["created_at"])) <= high]
    return docs
