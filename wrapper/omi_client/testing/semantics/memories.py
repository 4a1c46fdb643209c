"""Memories: list, create (one or a batch), update, delete, vector search."""

from __future__ import annotations

from typing import Any

from omi_client.limits import PAGE_CAPS

from .. import _text
from .._store import Doc
from ._base import Call, Resource, route
from ._shared import category_filter, changes, page, pick

PAGE_CAP = PAGE_CAPS["listMemories"]
FIELDS = (
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


class Memories(Resource):
    def new(self, uid: str, body: dict[str, Any], **extra: Any) -> Doc:
        """Store a memory from a create body (``extra``: stored fields, e.g. ``locked``)."""
        now = self.env.now()
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
    def view(doc: Doc) -> Doc:
        return pick(doc, FIELDS)

    @route("GET /v1/dev/user/memories")
    def list_memories(self, call: Call) -> list[Doc]:
        wanted = category_filter(call.query.get("categories"), self.env.enum("MemoryCategory"))
        docs = self.store.newest_first("memory", call.uid)
        if wanted:
            docs = [d for d in docs if d["category"] in wanted]
        q = call.query
        return [self.view(d) for d in page(docs, q["limit"], q["offset"], PAGE_CAP)]

    @route("POST /v1/dev/user/memories")
    def create_memory(self, call: Call) -> Doc:
        return self.view(self.new(call.uid, call.body))

    @route("POST /v1/dev/user/memories/batch")
    def create_memories_batch(self, call: Call) -> Doc:
        created = [self.view(self.new(call.uid, m)) for m in call.body["memories"]]
        return {"memories": created, "created_count": len(created)}

    @route("PATCH /v1/dev/user/memories/{memory_id}")
    def update_memory(self, call: Call) -> Doc:
        found = changes(call, ("content", "category", "tags", "visibility"))
        doc = self.find("memory", call, "memory_id", "Memory")
        doc.update(found, edited=True, updated_at=self.env.now())
        return self.view(self.store.put("memory", call.uid, doc))

    @route("DELETE /v1/dev/user/memories/{memory_id}")
    def delete_memory(self, call: Call) -> Doc:
        self.find("memory", call, "memory_id", "Memory")
        self.store.delete("memory", call.uid, call.path["memory_id"])
        return {"success": True}

    @route("GET /v1/dev/user/memories/vector/search")
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
