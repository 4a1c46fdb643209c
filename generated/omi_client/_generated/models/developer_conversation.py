from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..types import MISSING, Unset

if TYPE_CHECKING:
    from ..models.developer_conversation_structured import (
        DeveloperConversationStructured,
    )
    from ..models.developer_transcript_segment import DeveloperTranscriptSegment
    from ..models.geolocation import Geolocation


T = TypeVar("T", bound="DeveloperConversation")


@_attrs_define
class DeveloperConversation:
    """
    Attributes:
        created_at (datetime.datetime):
        finished_at (datetime.datetime | None):
        folder_id (None | str):
        folder_name (None | str):
        geolocation (Geolocation | None):
        id (str):
        language (None | str):
        source (None | str):
        started_at (datetime.datetime | None):
        structured (DeveloperConversationStructured):
        transcript_segments (list[DeveloperTranscriptSegment] | None):
    """

    created_at: datetime.datetime
    id: str
    structured: DeveloperConversationStructured
    finished_at: datetime.datetime | None = None
    folder_id: None | str = None
    folder_name: None | str = None
    geolocation: Geolocation | None = None
    language: None | str = None
    source: None | str = None
    started_at: datetime.datetime | None = None
    transcript_segments: list[DeveloperTranscriptSegment] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        structured = self.structured.to_dict()

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        folder_id: None | str
        folder_id = self.folder_id

        folder_name: None | str
        folder_name = self.folder_name

        geolocation: dict[str, Any] | None
        if isinstance(self.geolocation, Geolocation):
            geolocation = self.geolocation.to_dict()
        else:
            geolocation = self.geolocation

        language: None | str
        language = self.language

        source: None | str
        source = self.source

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        transcript_segments: list[dict[str, Any]] | None
        if isinstance(self.transcript_segments, list):
            transcript_segments = []
            for transcript_segments_type_0_item_data in self.transcript_segments:
                transcript_segments_type_0_item = (
                    transcript_segments_type_0_item_data.to_dict()
                )
                transcript_segments.append(transcript_segments_type_0_item)

        else:
            transcript_segments = self.transcript_segments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "structured": structured,
                "finished_at": finished_at,
                "folder_id": folder_id,
                "folder_name": folder_name,
                "geolocation": geolocation,
                "language": language,
                "source": source,
                "started_at": started_at,
                "transcript_segments": transcript_segments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object, validating it against the spec (unknown fields are kept).

        Raises:
            errors.ResponseParseError: a field is missing or of the wrong type (the error names it).
        """
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseParseError.wrong_type(
                    "a DeveloperConversation object", _d
                )
            _d = dict(_d)
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            created_at = _d["created_at"]
            id = _d["id"]
            structured = _d["structured"]
            finished_at = _d["finished_at"]
            folder_id = _d["folder_id"]
            folder_name = _d["folder_name"]
            geolocation = _d["geolocation"]
            language = _d["language"]
            source = _d["source"]
            started_at = _d["started_at"]
            transcript_segments = _d["transcript_segments"]
        except KeyError:
            _get = _d.get
            created_at = _get("created_at", MISSING)
            id = _get("id", MISSING)
            structured = _get("structured", MISSING)
            finished_at = _get("finished_at", MISSING)
            folder_id = _get("folder_id", MISSING)
            folder_name = _get("folder_name", MISSING)
            geolocation = _get("geolocation", MISSING)
            language = _get("language", MISSING)
            source = _get("source", MISSING)
            started_at = _get("started_at", MISSING)
            transcript_segments = _get("transcript_segments", MISSING)
        if created_at.__class__ is str:
            try:
                created_at = _fromisoformat(created_at)
            except ValueError:
                raise ResponseParseError.wrong_type(
                    "an ISO 8601 date-time", created_at, "created_at"
                ) from None
        else:
            raise ResponseParseError.wrong_type(
                "an ISO 8601 date-time", created_at, "created_at"
            )

        if id.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", id, "id")

        if structured.__class__ is dict:
            try:
                structured = DeveloperConversationStructured.from_dict(structured)
            except ResponseParseError as exc:
                raise exc.inside_path("structured") from None
        else:
            raise ResponseParseError.wrong_type(
                "a DeveloperConversationStructured object", structured, "structured"
            )

        if finished_at.__class__ is str:
            try:
                finished_at = _fromisoformat(finished_at)
            except ValueError:
                raise ResponseParseError.wrong_type(
                    "an ISO 8601 date-time", finished_at, "finished_at"
                ) from None
        elif finished_at is None:
            pass
        elif finished_at is MISSING:
            finished_at = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "an ISO 8601 date-time or null", finished_at, "finished_at"
            )

        if folder_id.__class__ is str or folder_id is None:
            pass
        elif folder_id is MISSING:
            folder_id = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str or null", folder_id, "folder_id")

        if folder_name.__class__ is str or folder_name is None:
            pass
        elif folder_name is MISSING:
            folder_name = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "str or null", folder_name, "folder_name"
            )

        if geolocation.__class__ is dict:
            try:
                geolocation = Geolocation.from_dict(geolocation)
            except ResponseParseError as exc:
                raise exc.inside_path("geolocation") from None
        elif geolocation is None:
            pass
        elif geolocation is MISSING:
            geolocation = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "a Geolocation object or null", geolocation, "geolocation"
            )

        if language.__class__ is str or language is None:
            pass
        elif language is MISSING:
            language = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str or null", language, "language")

        if source.__class__ is str or source is None:
            pass
        elif source is MISSING:
            source = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str or null", source, "source")

        if started_at.__class__ is str:
            try:
                started_at = _fromisoformat(started_at)
            except ValueError:
                raise ResponseParseError.wrong_type(
                    "an ISO 8601 date-time", started_at, "started_at"
                ) from None
        elif started_at is None:
            pass
        elif started_at is MISSING:
            started_at = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "an ISO 8601 date-time or null", started_at, "started_at"
            )

        if transcript_segments.__class__ is list:
            _transcript_segments_parse = DeveloperTranscriptSegment.from_dict
            try:
                transcript_segments = [
                    _transcript_segments_parse(_item) for _item in transcript_segments
                ]
            except ResponseParseError as exc:
                raise ResponseParseError.in_list(
                    DeveloperTranscriptSegment.from_dict, transcript_segments, exc
                ).inside_path("transcript_segments") from None
        elif transcript_segments is None:
            pass
        elif transcript_segments is MISSING:
            transcript_segments = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "an array of DeveloperTranscriptSegment objects or null",
                transcript_segments,
                "transcript_segments",
            )

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.created_at = created_at
        _model.id = id
        _model.structured = structured
        _model.finished_at = finished_at
        _model.folder_id = folder_id
        _model.folder_name = folder_name
        _model.geolocation = geolocation
        _model.language = language
        _model.source = source
        _model.started_at = started_at
        _model.transcript_segments = transcript_segments
        if len(_d) + _absent == 11:
            _model.additional_properties = {}
        else:
            _model.additional_properties = {
                k: v
                for k, v in _d.items()
                if k
                not in {
                    "created_at",
                    "id",
                    "structured",
                    "finished_at",
                    "folder_id",
                    "folder_name",
                    "geolocation",
                    "language",
                    "source",
                    "started_at",
                    "transcript_segments",
                }
            }
        return _model

    def __repr__(self) -> str:
        # omi-client template: list only the fields that are set (no Unset noise), extras last.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                (a.name, getattr(self, a.name)) for a in _attrs_fields(type(self))
            )
            if name != "additional_properties" and not isinstance(value, Unset)
        ]
        shown += [
            f"{key}={value!r}" for key, value in self.additional_properties.items()
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_fromisoformat = datetime.datetime.fromisoformat


# omi-client: the nested models, imported once this class exists (they may import this module back),
# so that parsing does not run an import statement per object.
from ..models.developer_conversation_structured import DeveloperConversationStructured
from ..models.developer_transcript_segment import DeveloperTranscriptSegment
from ..models.geolocation import Geolocation
