"""Memories: list, create (one or a batch), update, delete, vector search.

The legacy back end of the real server (backend/routers/developer.py@01c6c33c and
backend/database/memories.py, see docs/fidelity.md "Memories"): a memory's id is a hash of its
content, so creating the same content again overwrites one memory instead of adding a second.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from datetime import datetime
from typing import Any

from omi_client.limits import PAGE_CAPS

from .. import _text
from .._errors import HTTPError
from .._store import Doc
from ._base import Call, Resource, route
from ._rules import blank, categories, paid_plan, refuse, window
from ._shared import pick

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
VISIBILITIES = ("public", "private")
PREVIEW = 70  # a locked memory is shown as its first 70 characters + "..."
# MemoryDB.calculate_score (the snapshot whose enum is the spec's): categories boosted by 1.
BOOSTED = {"interesting", "manual", "workflow", "core", "hobbies", "lifestyle", "interests"}
BOOSTED |= {"work", "skills", "learnings"}
# A stand-in for the real server's LLM categoriser, which answers only system or interesting:
# facts about the user themself are "system", anything else "interesting".
_ABOUT_THE_USER = re.compile(
    r"\b(i|i'm|my|me|mine|likes?|loves?|prefers?|hates?|lives?|works?|born|allergic|"
    r"birthday|name|wife|husband|partner|daughter|son|kids?|owns?|drinks?|eats?)\b",
    re.IGNORECASE,
)
EMPTY_PATCH = "At least one field (content, visibility, tags, or category) must be provided"


def memory_id(content: str) -> str:
    """``document_id_from_seed(content)``: a uuid4-shaped hash of the content."""
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return str(uuid.UUID(bytes=digest[:16], version=4))


def auto_category(content: str) -> str:
    return "system" if _ABOUT_THE_USER.search(content) else "interesting"


def scoring(category: str, created_at: str) -> str:
    """``"{manual:02d}_{999 - boost:02d}_{created:010d}"`` for a manually added memory."""
    seconds = int(datetime.fromisoformat(created_at).timestamp())
    return f"01_{999 - (1 if category in BOOSTED else 0):02d}_{seconds:010d}"


def preview(doc: Doc) -> str:
    content: str = doc["content"]
    if doc.get("locked") and len(content) > PREVIEW:
        return content[:PREVIEW] + "..."
    return content


class Memories(Resource):
    def new(self, uid: str, body: dict[str, Any], **extra: Any) -> Doc:
        """Store a memory from a create body (``extra``: stored fields, e.g. ``locked``). The
        same content is the same document: a second create replaces the first."""
        now = self.env.now()
        category = body.get("category") or auto_category(body["content"])
        doc: Doc = {
            "id": memory_id(body["content"]),
            "content": body["content"],
            "category": category,
            "visibility": body.get("visibility") or "private",
            "tags": list(body.get("tags") or []),
            "created_at": now,
            "updated_at": now,
            "reviewed": True,
            "user_review": True,
            "manually_added": True,
            "edited": False,
            **extra,
        }
        doc["scoring"] = scoring(doc["category"], doc["created_at"])
        self.store.delete("memory", uid, doc["id"])  # a new created_at: listed as new
        return self.store.put("memory", uid, doc)

    @staticmethod
    def view(doc: Doc) -> Doc:
        """A memory as lists and PATCH show it: locked content cut to a preview, an unknown
        visibility shown as private (``DeveloperMemory.coerce_visibility``)."""
        shown = pick(doc, FIELDS)
        shown["content"] = preview(doc)
        if shown["visibility"] not in VISIBILITIES:
            shown["visibility"] = "private"
        return shown

    @classmethod
    def created_view(cls, doc: Doc) -> Doc:
        """The create response, built from the request rather than read back: not yet
        reviewed, no scoring."""
        return {**cls.view(doc), "reviewed": False, "user_review": None, "scoring": None}

    @route("GET /v1/dev/user/memories")
    def list_memories(self, call: Call) -> list[Doc]:
        q = call.query
        enum = self.env.enum("MemoryCategory")
        wanted = categories(q.get("categories"), enum, "MemoryCategory")
        docs = self.store.newest_first("memory", call.uid)
        if wanted:
            docs = [d for d in docs if d["category"] in wanted]
        # Locked memories stay in the page, shown as a preview (never dropped).
        return [self.view(d) for d in window(docs, q["limit"], q["offset"], PAGE_CAP)]

    @route("POST /v1/dev/user/memories")
    def create_memory(self, call: Call) -> Doc:
        if blank(call.body["content"]):
            raise refuse("content cannot be empty")
        return self.created_view(self.new(call.uid, _stripped(call.body)))

    @route("POST /v1/dev/user/memories/batch")
    def create_memories_batch(self, call: Call) -> Doc:
        bodies = call.body["memories"]
        if any(blank(m["content"]) for m in bodies):  # all or nothing: checked before writing
            raise refuse("All memories must have non-empty content")
        created = [self.created_view(self.new(call.uid, _stripped(m))) for m in bodies]
        return {"memories": created, "created_count": len(created)}

    @route("PATCH /v1/dev/user/memories/{memory_id}")
    def update_memory(self, call: Call) -> Doc:
        body = call.body
        fields = ("content", "visibility", "tags", "category")
        if all(body.get(k) is None for k in fields):  # before the lookup
            raise refuse(EMPTY_PATCH)
        doc = self._writable(call)
        if body.get("content") is not None:  # legacy: no blank check, stored stripped
            doc.update(content=body["content"].strip(), edited=True, updated_at=self.env.now())
            self.store.put("memory", call.uid, doc)
        if body.get("visibility") is not None:  # checked after the content was written
            if body["visibility"] not in VISIBILITIES:
                raise refuse("visibility must be 'public' or 'private'")
            doc["visibility"] = body["visibility"]  # updated_at unchanged
        extra = {k: body[k] for k in ("tags", "category") if body.get(k) is not None}
        if extra:
            doc.update(extra, updated_at=self.env.now())
        return self.view(self.store.put("memory", call.uid, doc))

    @route("DELETE /v1/dev/user/memories/{memory_id}")
    def delete_memory(self, call: Call) -> Doc:
        self._writable(call)
        self.store.delete("memory", call.uid, call.path["memory_id"])
        return {"success": True}

    def _writable(self, call: Call) -> Doc:
        doc = self.store.get("memory", call.uid, call.path["memory_id"])
        if doc is None:
            raise HTTPError(404, "Memory not found")
        if doc.get("locked"):
            raise paid_plan("memory")
        return doc

    @route("GET /v1/dev/user/memories/vector/search")
    def search_memories(self, call: Call) -> Doc:
        """Nearest neighbours with no score threshold (Pinecone ``top_k=limit``): an unrelated
        query still returns the closest memories. Lexical similarity stands in for embeddings;
        ties keep the newest first. Legacy items carry no score."""
        query = _text.terms(call.query["query"])
        docs = self.store.newest_first("memory", call.uid)
        ranked = sorted(docs, key=lambda d: -_text.relevance(query, _text.terms(d["content"])))
        items = [
            {
                "id": d["id"],
                "content": preview(d),
                "category": d["category"],
                "relevance_score": None,
            }
            for d in ranked[: call.query["limit"]]
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


def _stripped(body: dict[str, Any]) -> dict[str, Any]:
    return {**body, "content": body["content"].strip()}
