"""Conversations: list, get, create (from text or from transcript segments), update, delete, and
ask (a question answered from the user's conversations).

As backend/routers/developer.py@01c6c33c and the processing code it calls read them (see
docs/fidelity.md "Conversations", "from-segments", "Ask and vector search"): a conversation is
dated by its start, a from-segments retry with the same session gets the same conversation (even
while the first is still processing, and even after a delete), and ask searches titles and
overviews, newest first.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from omi_client.limits import PAGE_CAPS, TRANSCRIPT_PAGE_CAP

from .. import _text
from .._errors import HTTPError
from .._store import Doc
from .._validation import parse_datetime
from ._base import Call, Env, Resource, route
from ._rules import blank, categories, paid_plan, refuse, unlocked, window
from ._shared import in_range, iso, shift

if TYPE_CHECKING:
    from . import Semantics

PAGE_CAP = PAGE_CAPS["listConversations"]
MAX_DURATION = timedelta(days=365)
TEXT_DURATION = timedelta(minutes=5)  # a text conversation's default length
_SPEAKER_RE = re.compile(r"SPEAKER_(\d+)$")
SESSION_NAMESPACE = uuid.UUID("fb2f1f36-3c84-47a4-9c62-b3f6fdb3fd13")
SESSION_ALIASES = ("client_session_id", "client_conversation_id", "session_id", "client_id")
NO_MATCH = "I couldn't find any of your conversations relevant to that question."
EMPTY_PATCH = "At least one field (title or discarded) must be provided"


def session_conversation_id(uid: str, session: str) -> str:
    """``uuid5(namespace, f"{uid}\\0{client_session_id}")``: retries land on one conversation."""
    return str(uuid.uuid5(SESSION_NAMESPACE, f"{uid}\0{session}"))


class Conversations(Resource):
    def __init__(self, env: Env, world: Semantics) -> None:
        super().__init__(env, world)
        self._in_flight: set[tuple[str, str]] = set()

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
        discard_short: bool = True,
        extract_action_items: bool = True,
        conversation_id: str | None = None,
        **extra: Any,
    ) -> Doc:
        """Store a processed conversation: structured summary, folder, action items.

        ``created_at`` is the start (``_get_conversation_obj``). A deterministic stand-in decides
        what the real server's models do: a transcript of fewer than 3 words is discarded (when
        ``discard_short``), action items come from "I need to ..." sentences (when
        ``extract_action_items``), the folder from the category.
        """
        now = self.env.clock.now()
        started = (parse_datetime(started_at) if started_at else None) or now
        finished = (parse_datetime(finished_at) if finished_at else None) or shift(
            started, default_duration
        )
        discarded = discard_short and len(_text.words(text)) < 3
        category = _text.conversation_category(text)
        conversation_id = conversation_id or self.store.new_id()
        created = iso_utc(started)
        items = [] if discarded or not extract_action_items else _text.action_items(text)
        structured = {
            "title": "" if discarded else _text.title(text),
            "overview": "" if discarded else _text.overview(text),
            "emoji": _text.EMOJI.get(category, "🧠"),
            "category": category,
            "action_items": [
                {
                    "description": d,
                    "completed": False,
                    "created_at": self.env.now(),
                    "updated_at": self.env.now(),
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
            "language": language or "en",
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
        """A conversation as the API shows it: ``folder_name`` always there; with the transcript,
        speakers named as ``populate_speaker_names`` does."""
        folder = self.store.get("folder", uid, doc["folder_id"]) if doc.get("folder_id") else None
        segments = [_named(s) for s in doc["transcript_segments"]] if include_transcript else None
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
            "transcript_segments": segments,
        }

    @staticmethod
    def _created(doc: Doc) -> Doc:
        return {"id": doc["id"], "status": doc["status"], "discarded": doc["discarded"]}

    @route("GET /v1/dev/user/conversations")
    def list_conversations(self, call: Call) -> list[Doc]:
        q = call.query
        wanted = categories(q.get("categories"), self.env.enum("CategoryEnum"), "CategoryEnum")
        docs = [
            d
            for d in self.store.newest_first("conversation", call.uid)
            if not d["discarded"] and d.get("status") == "completed"
        ]
        if wanted:
            docs = [d for d in docs if d["structured"]["category"] in wanted]
        if q.get("folder_id"):
            docs = [d for d in docs if d.get("folder_id") == q["folder_id"]]
        if q.get("starred") is not None:
            docs = [d for d in docs if d.get("starred", False) is q["starred"]]
        docs = in_range(docs, q.get("start_date"), q.get("end_date"))
        transcript = bool(q.get("include_transcript"))
        cap = TRANSCRIPT_PAGE_CAP if transcript else PAGE_CAP
        page = unlocked(window(docs, q["limit"], q["offset"], cap))
        return [self.view(call.uid, d, transcript) for d in page]

    @route("POST /v1/dev/user/conversations")
    def create_conversation(self, call: Call) -> Doc:
        b = call.body
        if blank(b["text"]):
            raise refuse("text cannot be empty")
        started, finished = _times(b, self.env.clock.now())
        if finished is not None and finished < started:  # equal is fine here
            raise refuse("finished_at must be after started_at")
        text_source = b.get("text_source") or "other_text"
        doc = self.new(
            call.uid,
            b["text"].strip(),
            [],
            started_at=iso(started),
            finished_at=iso(finished) if finished else None,
            default_duration=TEXT_DURATION,
            language=b.get("language"),
            source="external_integration",
            geolocation=b.get("geolocation"),
            discard_short=False,  # no discard model on this path
            extract_action_items=text_source == "audio_transcript",
            text_source=text_source,
            text_source_spec=b.get("text_source_spec"),
        )
        return self._created(doc)

    @route("POST /v1/dev/user/conversations/from-segments")
    async def create_conversation_from_segments(self, call: Call) -> Doc:
        b = call.body
        session = _session(b)
        raw = b["transcript_segments"]
        for index, segment in enumerate(raw):
            _check_segment(index, segment)
        started, finished = _times(b, self.env.clock.now())
        if finished is None:
            finished = shift(started, timedelta(seconds=min(raw[-1]["end"], _max_seconds())))
        if finished <= started:  # equal is refused here
            raise refuse("finished_at must be after started_at")
        if session is None:
            return self._created(await self._process(call.uid, b, started, finished, None, None))
        conversation_id = session_conversation_id(call.uid, session)
        slot = (call.uid, conversation_id)
        with self.store.lock:
            existing = self.store.get("conversation", call.uid, conversation_id)
            if existing is None and slot in self._in_flight:
                # The first request is still processing: the same conversation, "processing".
                return {"id": conversation_id, "status": "processing", "discarded": False}
            if existing is not None:
                return self._created(existing)
            self._in_flight.add(slot)
        try:
            doc = await self._process(call.uid, b, started, finished, session, conversation_id)
        finally:
            self._in_flight.discard(slot)
        return self._created(doc)

    async def _process(
        self,
        uid: str,
        b: Doc,
        started: datetime,
        finished: datetime,
        session: str | None,
        conversation_id: str | None,
    ) -> Doc:
        if self.env.processing_delay > 0:
            await self.env.clock.sleep(self.env.processing_delay)
        segments = [self.segment(s) for s in b["transcript_segments"]]
        return self.new(
            uid,
            " ".join(s["text"] for s in segments if s["text"]),
            segments,
            started_at=iso(started),
            finished_at=iso(finished),
            default_duration=timedelta(0),
            language=b.get("language"),
            source=b.get("source") or "phone",
            geolocation=b.get("geolocation"),
            conversation_id=conversation_id,
            client_session_id=session,
            client_device_id=b.get("client_device_id"),
            client_platform=b.get("client_platform"),
        )

    def segment(self, raw: Doc) -> Doc:
        """A stored transcript segment from a request's segment (text stripped)."""
        speaker = raw.get("speaker") or "SPEAKER_00"
        speaker_id = raw.get("speaker_id")
        if speaker_id is None:
            match = _SPEAKER_RE.match(speaker)
            speaker_id = int(match.group(1)) if match else 0
        return {
            "id": self.store.new_id(),
            "text": raw["text"].strip(),
            "start": raw["start"],
            "end": raw["end"],
            "speaker": speaker,
            "speaker_id": speaker_id,
            "is_user": bool(raw.get("is_user")),
        }

    def _readable(self, call: Call) -> Doc:
        """GET: a locked conversation reads as not found (no 402 on this route)."""
        doc = self.store.get("conversation", call.uid, call.path["conversation_id"])
        if doc is None or doc.get("locked"):
            raise HTTPError(404, "Conversation not found")
        return doc

    def _writable(self, call: Call) -> Doc:
        doc = self.store.get("conversation", call.uid, call.path["conversation_id"])
        if doc is None:
            raise HTTPError(404, "Conversation not found")
        if doc.get("locked"):
            raise paid_plan("conversation")
        return doc

    @route("GET /v1/dev/user/conversations/{conversation_id}")
    def get_conversation(self, call: Call) -> Doc:
        doc = self._readable(call)
        return self.view(call.uid, doc, bool(call.query.get("include_transcript")))

    @route("PATCH /v1/dev/user/conversations/{conversation_id}")
    def update_conversation(self, call: Call) -> Doc:
        doc = self._writable(call)
        title, discarded = call.body.get("title"), call.body.get("discarded")
        if title is None and discarded is None:
            raise refuse(EMPTY_PATCH)
        if title is not None:
            doc["structured"]["title"] = title.strip()  # a blank title is stored as ""
            doc["user_title"] = title.strip()
        if discarded is not None:  # a soft delete: hidden from lists, still readable
            doc["discarded"] = discarded
        self.store.put("conversation", call.uid, doc)
        return self.view(call.uid, doc, include_transcript=True)

    @route("DELETE /v1/dev/user/conversations/{conversation_id}")
    def delete_conversation(self, call: Call) -> Doc:
        self._writable(call)
        self.store.delete("conversation", call.uid, call.path["conversation_id"])
        return {"success": True}

    @route("POST /v1/dev/user/ask")
    def ask(self, call: Call) -> Doc:
        """A keyword search over titles and overviews, newest first, ``limit`` hits; locked hits
        skipped and discarded ones dropped afterwards (so fewer sources than ``limit``)."""
        question = call.body["question"].strip()
        if not question:
            raise HTTPError(400, "question must not be empty")
        words = _text.terms(question)
        hits = [
            d
            for d in self.store.newest_first("conversation", call.uid)
            if d.get("status") == "completed" and _matches(words, d)
        ][: call.body["limit"]]
        found = [d for d in hits if not d.get("locked") and not d["discarded"]]
        if not found:
            return {"answer": NO_MATCH, "sources": []}
        lines = [f"- {d['structured']['title']}: {d['structured']['overview']}" for d in found]
        answer = f"Based on {len(found)} of your conversations:\n" + "\n".join(lines)
        sources = [
            {
                "id": d["id"],
                "title": d["structured"]["title"].strip() or "Untitled",
                "created_at": d["created_at"],
            }
            for d in found
        ]
        return {"answer": answer, "sources": sources}


def iso_utc(value: datetime) -> str:
    """A stored timestamp: UTC with microseconds, so they sort as strings."""
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _max_seconds() -> float:
    return MAX_DURATION.total_seconds()


def _times(body: Doc, now: datetime) -> tuple[datetime, datetime | None]:
    started = (parse_datetime(body["started_at"]) if body.get("started_at") else None) or now
    finished = parse_datetime(body["finished_at"]) if body.get("finished_at") else None
    return started, finished


def _session(body: Doc) -> str | None:
    """The client session id under any of its aliases, stripped; blank is a validation error."""
    for name in SESSION_ALIASES:
        value = body.get(name)
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            msg = "Value error, client_session_id cannot be empty"
            error = {"type": "value_error", "loc": ["body", name], "msg": msg, "input": value}
            raise HTTPError(422, [{**error, "ctx": {"error": {}}}])
        return value.strip()
    return None


def _check_segment(index: int, segment: Doc) -> None:
    """The route's own checks, in its order, each a 422 naming the segment."""
    if segment["end"] <= segment["start"]:
        raise refuse(f"Segment {index}: end time must be after start time")
    if segment["start"] < 0:
        raise refuse(f"Segment {index}: start time cannot be negative")
    if not segment["text"].strip():
        raise refuse(f"Segment {index}: text cannot be empty")


def _named(segment: Doc) -> Doc:
    """``populate_speaker_names``: the user (no profile name here) is "User", others
    "Speaker N"."""
    name = "User" if segment.get("is_user") else f"Speaker {segment.get('speaker_id') or 0}"
    keys = ("id", "text", "start", "end", "speaker_id")
    return {**{k: segment.get(k) for k in keys}, "speaker_name": name}


def _matches(words: Any, doc: Doc) -> bool:
    s = doc["structured"]
    return _text.relevance(words, _text.terms(f"{s['title']} {s['overview']}")) > 0


def _geolocation(raw: Doc | None) -> Doc | None:
    """Stored only when it is a place on Earth (the real server geocodes; nonsense is dropped)."""
    if not raw or not (-90 <= raw["latitude"] <= 90 and -180 <= raw["longitude"] <= 180):
        return None
    keys = ("latitude", "longitude", "address", "google_place_id", "location_type")
    return {k: raw.get(k) for k in keys}
