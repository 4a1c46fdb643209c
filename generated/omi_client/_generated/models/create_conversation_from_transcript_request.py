from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..models.conversation_source import ConversationSource
from ..types import MISSING, UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_conversation_transcript_segment import (
        CreateConversationTranscriptSegment,
    )
    from ..models.geolocation_input import GeolocationInput


T = TypeVar("T", bound="CreateConversationFromTranscriptRequest")


@_attrs_define
class CreateConversationFromTranscriptRequest:
    """
    Attributes:
        transcript_segments (list[CreateConversationTranscriptSegment]): List of transcript segments with speaker and
            timing info
        client_device_id (None | str | Unset): Capture device id ({platform}_{hash})
        client_platform (None | str | Unset): Client platform (ios/android/macos)
        client_session_id (None | str | Unset): Stable client-generated session ID. When provided, retries return the
            same conversation ID.
        finished_at (datetime.datetime | None | Unset): When conversation finished (calculated from segments duration if
            not provided)
        geolocation (GeolocationInput | None | Unset): Geolocation where conversation occurred
        language (None | str | Unset): Language code (ISO 639-1, e.g., 'en', 'es', 'fr') Default: 'en'.
        source (ConversationSource | None | Unset): Source of the conversation (e.g., omi, friend, openglass, phone,
            external_integration) Default: ConversationSource.PHONE.
        started_at (datetime.datetime | None | Unset): When conversation started (defaults to now)
    """

    transcript_segments: list[CreateConversationTranscriptSegment]
    client_device_id: None | str | Unset = UNSET
    client_platform: None | str | Unset = UNSET
    client_session_id: None | str | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    geolocation: GeolocationInput | None | Unset = UNSET
    language: None | str | Unset = "en"
    source: ConversationSource | None | Unset = ConversationSource.PHONE
    started_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def to_dict(self) -> dict[str, Any]:
        transcript_segments = []
        for transcript_segments_item_data in self.transcript_segments:
            transcript_segments_item = transcript_segments_item_data.to_dict()
            transcript_segments.append(transcript_segments_item)

        client_device_id: None | str | Unset
        if isinstance(self.client_device_id, Unset):
            client_device_id = UNSET
        else:
            client_device_id = self.client_device_id

        client_platform: None | str | Unset
        if isinstance(self.client_platform, Unset):
            client_platform = UNSET
        else:
            client_platform = self.client_platform

        client_session_id: None | str | Unset
        if isinstance(self.client_session_id, Unset):
            client_session_id = UNSET
        else:
            client_session_id = self.client_session_id

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        geolocation: dict[str, Any] | None | Unset
        if isinstance(self.geolocation, Unset):
            geolocation = UNSET
        elif isinstance(self.geolocation, GeolocationInput):
            geolocation = self.geolocation.to_dict()
        else:
            geolocation = self.geolocation

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, ConversationSource):
            source = self.source.value
        else:
            source = self.source

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transcript_segments": transcript_segments,
            }
        )
        if client_device_id is not UNSET:
            field_dict["client_device_id"] = client_device_id
        if client_platform is not UNSET:
            field_dict["client_platform"] = client_platform
        if client_session_id is not UNSET:
            field_dict["client_session_id"] = client_session_id
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if geolocation is not UNSET:
            field_dict["geolocation"] = geolocation
        if language is not UNSET:
            field_dict["language"] = language
        if source is not UNSET:
            field_dict["source"] = source
        if started_at is not UNSET:
            field_dict["started_at"] = started_at

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
                    "a CreateConversationFromTranscriptRequest object", _d
                )
            _d = dict(_d)
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            transcript_segments = _d["transcript_segments"]
            client_device_id = _d["client_device_id"]
            client_platform = _d["client_platform"]
            client_session_id = _d["client_session_id"]
            finished_at = _d["finished_at"]
            geolocation = _d["geolocation"]
            language = _d["language"]
            source = _d["source"]
            started_at = _d["started_at"]
        except KeyError:
            _get = _d.get
            transcript_segments = _get("transcript_segments", MISSING)
            client_device_id = _get("client_device_id", MISSING)
            client_platform = _get("client_platform", MISSING)
            client_session_id = _get("client_session_id", MISSING)
            finished_at = _get("finished_at", MISSING)
            geolocation = _get("geolocation", MISSING)
            language = _get("language", MISSING)
            source = _get("source", MISSING)
            started_at = _get("started_at", MISSING)
        if transcript_segments.__class__ is list:
            _transcript_segments_parse = CreateConversationTranscriptSegment.from_dict
            try:
                transcript_segments = [
                    _transcript_segments_parse(_item) for _item in transcript_segments
                ]
            except ResponseParseError as exc:
                raise ResponseParseError.in_list(
                    CreateConversationTranscriptSegment.from_dict,
                    transcript_segments,
                    exc,
                ).inside_path("transcript_segments") from None
        else:
            raise ResponseParseError.wrong_type(
                "an array of CreateConversationTranscriptSegment objects",
                transcript_segments,
                "transcript_segments",
            )

        if client_device_id.__class__ is str or client_device_id is None:
            pass
        elif client_device_id is MISSING:
            client_device_id = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "str or null", client_device_id, "client_device_id"
            )

        if client_platform.__class__ is str or client_platform is None:
            pass
        elif client_platform is MISSING:
            client_platform = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "str or null", client_platform, "client_platform"
            )

        if client_session_id.__class__ is str or client_session_id is None:
            pass
        elif client_session_id is MISSING:
            client_session_id = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "str or null", client_session_id, "client_session_id"
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
            finished_at = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "an ISO 8601 date-time or null", finished_at, "finished_at"
            )

        if geolocation.__class__ is dict:
            try:
                geolocation = GeolocationInput.from_dict(geolocation)
            except ResponseParseError as exc:
                raise exc.inside_path("geolocation") from None
        elif geolocation is None:
            pass
        elif geolocation is MISSING:
            geolocation = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "a GeolocationInput object or null", geolocation, "geolocation"
            )

        if language.__class__ is str or language is None:
            pass
        elif language is MISSING:
            language = "en"
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str or null", language, "language")

        if source.__class__ is str:
            source = _ConversationSource_BY_VALUE.get(source) or ConversationSource(
                source
            )
        elif source is None:
            pass
        elif source is MISSING:
            source = ConversationSource.PHONE
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
            started_at = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "an ISO 8601 date-time or null", started_at, "started_at"
            )

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.transcript_segments = transcript_segments
        _model.client_device_id = client_device_id
        _model.client_platform = client_platform
        _model.client_session_id = client_session_id
        _model.finished_at = finished_at
        _model.geolocation = geolocation
        _model.language = language
        _model.source = source
        _model.started_at = started_at
        if len(_d) + _absent == 9:
            _model.additional_properties = {}
        else:
            _model.additional_properties = {
                k: v
                for k, v in _d.items()
                if k
                not in {
                    "transcript_segments",
                    "client_device_id",
                    "client_platform",
                    "client_session_id",
                    "finished_at",
                    "geolocation",
                    "language",
                    "source",
                    "started_at",
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
_ConversationSource_BY_VALUE = ConversationSource._value2member_map_


# omi-client: the nested models, imported once this class exists (they may import this module back),
# so that parsing does not run an import statement per object.
from ..models.create_conversation_transcript_segment import (
    CreateConversationTranscriptSegment,
)
from ..models.geolocation_input import GeolocationInput
