"""Folders: the user's conversation folders, created on first use."""

from __future__ import annotations

from .._store import Doc
from ._base import Call, Resource, route
from ._shared import pick

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
FIELDS = (
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


class Folders(Resource):
    def all(self, uid: str) -> list[Doc]:
        """The user's folders, created on first use as the app does for a new account."""
        with self.store.lock:
            docs = self.store.all("folder", uid)
            if not docs:
                now = self.env.now()
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

    def folder_for(self, uid: str, category: str) -> Doc | None:
        """The folder a conversation of this category is filed in (None: no folder)."""
        return next((f for f in self.all(uid) if category in f["categories"]), None)

    @route("GET /v1/dev/user/folders")
    def list_folders(self, call: Call) -> list[Doc]:
        counts: dict[str, int] = {}
        for doc in self.store.all("conversation", call.uid):
            if doc.get("folder_id") and not doc["discarded"]:
                counts[doc["folder_id"]] = counts.get(doc["folder_id"], 0) + 1
        return [
            {**pick(f, FIELDS), "conversation_count": counts.get(f["id"], 0)}
            for f in sorted(self.all(call.uid), key=lambda f: f["order"])
        ]
