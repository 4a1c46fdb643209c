"""Folders: the user's conversation folders (read-only through the Developer API).

backend/database/folders.py@074305df: an account gets the ten system folders when a conversation
is processed (or the app opens), never by listing them; see docs/fidelity.md "Folders".
"""

from __future__ import annotations

from .._store import Doc
from ._base import Call, Resource, route
from ._shared import pick

# SYSTEM_FOLDERS: name, category_mapping, icon, color, description.
SYSTEM_FOLDERS = (
    (
        "Personal",
        "personal",
        "👤",
        "#3B82F6",
        "Personal life, family matters, self-improvement, and home-related topics",
    ),
    (
        "Work",
        "work",
        "💼",
        "#EF4444",
        "Work meetings, job-related discussions, projects, and professional conversations",
    ),
    (
        "Health",
        "health",
        "🏥",
        "#10B981",
        "Doctor visits, medical discussions, fitness, gym, diet, and mental wellness",
    ),
    (
        "Education",
        "education",
        "📚",
        "#8B5CF6",
        "Learning, courses, studying, school, tutorials, and educational content",
    ),
    (
        "Finance",
        "finance",
        "💰",
        "#F59E0B",
        "Money, budgeting, investments, banking, and financial planning",
    ),
    ("Travel", "travel", "✈️", "#06B6D4", "Trips, vacations, flights, hotels, and travel planning"),
    (
        "Social",
        "social",
        "👥",
        "#EC4899",
        "Friends, social gatherings, parties, and casual hangouts",
    ),
    (
        "Technology",
        "technology",
        "💻",
        "#6366F1",
        "Software, coding, tech discussions, apps, and technical topics",
    ),
    (
        "Entertainment",
        "entertainment",
        "🎬",
        "#F97316",
        "Movies, music, games, shows, and fun activities",
    ),
    ("Other", "other", "📁", "#6B7280", "Anything that doesn't fit into other folders"),
)
# CATEGORY_TO_FOLDER_MAPPING (the migration's table; the real processing step asks an LLM, which
# this stands in for): conversation category -> a system folder's category_mapping.
CATEGORY_TO_FOLDER = {
    **{mapping: mapping for _, mapping, *_ in SYSTEM_FOLDERS},
    "business": "work",
    "entrepreneurship": "work",
    "family": "personal",
    "parenting": "personal",
    "romance": "personal",
    "romantic": "personal",
    "sports": "health",
    "science": "education",
    "philosophy": "education",
    "literature": "education",
    "history": "education",
    "psychology": "education",
    "economics": "finance",
    "legal": "work",
    "politics": "other",
    "news": "other",
    "weather": "other",
    "spiritual": "personal",
    "inspiration": "personal",
    "architecture": "technology",
    "design": "technology",
    "music": "entertainment",
    "real": "other",
    "environment": "other",
}
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
        """The user's folders by ``order`` (none until something initialised them)."""
        return sorted(self.store.all("folder", uid), key=lambda f: f["order"])

    def initialize(self, uid: str) -> list[Doc]:
        """``initialize_system_folders``: the ten system folders, unless the user has folders."""
        with self.store.lock:
            if self.store.all("folder", uid):
                return self.all(uid)
            now = self.env.now()
            for order, (name, mapping, icon, color, description) in enumerate(SYSTEM_FOLDERS):
                doc = {
                    "id": self.store.new_id(),
                    "name": name,
                    "description": description,
                    "color": color,
                    "icon": icon,
                    "created_at": now,
                    "updated_at": now,
                    "order": order,
                    "is_default": mapping == "other",
                    "is_system": True,
                    "category_mapping": mapping,
                }
                self.store.put("folder", uid, doc)
            return self.all(uid)

    def folder_for(self, uid: str, category: str) -> Doc | None:
        """The folder a processed conversation of this category is filed in: the system folder
        its category maps to, else the default ("Other"). Initialises the folders first."""
        folders = self.initialize(uid)
        mapping = CATEGORY_TO_FOLDER.get(category, "other")
        by_mapping = next((f for f in folders if f.get("category_mapping") == mapping), None)
        return by_mapping or next((f for f in folders if f.get("is_default")), None)

    @route("GET /v1/dev/user/folders")
    def list_folders(self, call: Call) -> list[Doc]:
        counts: dict[str, int] = {}
        for doc in self.store.all("conversation", call.uid):
            if doc.get("folder_id") and not doc["discarded"]:
                counts[doc["folder_id"]] = counts.get(doc["folder_id"], 0) + 1
        return [
            {**pick(f, FIELDS), "conversation_count": counts.get(f["id"], 0)}
            for f in self.all(call.uid)
        ]
