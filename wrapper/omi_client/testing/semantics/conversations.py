"""Conversations: list, get, create (from text or from transcript segments), update, delete, and
ask (a question answered from the user's conversations)."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from omi_client.limits import PAGE_CAPS, TRANSCRIPT_PAGE_CAP

from .. import _text
from .._errors import HTTPError
from .._store import Doc
from .._validation import parse_datetime
from ._base import Call, Env, Resource, route
from ._shared import category_filter, changes, in_range, iso, page, shift

if TYPE_CHECKING:
    from . import Semantics

PAGE_CAP = PAGE_CAPS["listConversations"]
MAX_DURATION = timedelta(days=365)
_SPEAKER_RE = re.compile(r"SPEAKER_(\d+)$")


class Conversations(Resource):
    def __init__(self, env: Env, world: Semantics) -> None:
        super().__init__(env, world)
        self._in_flight: set[tuple[str, str]] = set()
        self._sessions: dict[tuple[str, str], str] = {
            (uid, doc["client_session_id"]): doc["id"]
            for uid, doc in self.store.each("conversation")
            if doc.get("client_session_id")
        }

    def in_flight(self) -> int:
        """How many from-segments creates are being processed right now."""
        return len(self._in_flight)

    def new(
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
        """Store a processed conversation: structured summary, folder, action items."""
        now = self.env.clock.now()
        created = self.env.now()
        started = parse_datetime(started_at) if started_at else now
        started = started or now
        finished = parse_datetime(finished_at) if finished_at else None
        finished = finished or shift(started, default_duration)
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
        folder = None if discarded else self.world.folders.folder_for(uid, category)
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
            self.world.action_items.new(
                uid, {"description": description}, conversation_id=conversation_id
            )
        return doc

    def view(self, uid: str, doc: Doc, include_transcript: bool = False) -> Doc:
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

    @route("GET /v1/dev/user/conversations")
    def list_conversations(self, call: Call) -> list[Doc]:
        q = call.query
        wanted = category_filter(q.get("categories"), self.env.enum("CategoryEnum"))
        docs = [d for d in self.store.newest_first("conversation", call.uid) if not d["discarded"]]
        if wanted:
            docs = [d for d in docs if d["structured"]["category"] in wanted]
        if q.get("folder_id") is not None:
            docs = [d for d in docs if d.get("folder_id") == q["folder_id"]]
        if q.get("starred") is not None:
            docs = [d for d in docs if d.get("starred", False) is q["starred"]]
        docs = in_range(docs, q.get("start_date"), q.get("end_date"))
        transcript = bool(q.get("include_transcript"))
        cap = TRANSCRIPT_PAGE_CAP if transcript else PAGE_CAP
        return [
            self.view(call.uid, d, transcript) for d in page(docs, q["limit"], q["offset"], cap)
        ]

    @route("POST /v1/dev/user/conversations")
    def create_conversation(self, call: Call) -> Doc:
        b = call.body
        doc = self.new(
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

    @route("POST /v1/dev/user/conversations/from-segments")
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
            if self.env.processing_delay > 0:
                await self.env.clock.sleep(self.env.processing_delay)
            segments = [self.segment(s) for s in b["transcript_segments"]]
            text = " ".join(s["text"] for s in b["transcript_segments"] if s["text"])
            span = max(s["end"] for s in segments) - min(s["start"] for s in segments)
            duration = timedelta(seconds=min(max(span, 0.0), MAX_DURATION.total_seconds()))
            doc = self.new(
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

    def segment(self, raw: Doc) -> Doc:
        """A stored transcript segment from a request's segment."""
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

    @route("GET /v1/dev/user/conversations/{conversation_id}")
    def get_conversation(self, call: Call) -> Doc:
        doc = self.find("conversation", call, "conversation_id", "Conversation")
        return self.view(call.uid, doc, bool(call.query.get("include_transcript")))

    @route("PATCH /v1/dev/user/conversations/{conversation_id}")
    def update_conversation(self, call: Call) -> Doc:
        found = changes(call, ("title", "discarded"))
        doc = self.find("conversation", call, "conversation_id", "Conversation")
        if "title" in found:
            doc["structured"]["title"] = found["title"]
        if "discarded" in found:  # a soft delete: hidden from lists, still readable
            doc["discarded"] = found["discarded"]
        return self.view(call.uid, self.store.put("conversation", call.uid, doc))

    @route("DELETE /v1/dev/user/conversations/{conversation_id}")
    def delete_conversation(self, call: Call) -> Doc:
        self.find("conversation", call, "conversation_id", "Conversation")
        self.store.delete("conversation", call.uid, call.path["conversation_id"])
        return {"success": True}

    @route("POST /v1/dev/user/ask")
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


def _geolocation(raw: Doc | None) -> Doc | None:
    """Stored only when it is a place on Earth (the real server geocodes; nonsense is dropped)."""
    if not raw or not (-90 <= raw["latitude"] <= 90 and -180 <= raw["longitude"] <= 180):
        return None
    keys = ("latitude", "longitude", "address", "google_place_id", "location_type")
    return {k: raw.get(k) for k in keys}
