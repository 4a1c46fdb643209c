from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.conversation_source import ConversationSource
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        from ..models.geolocation_input import GeolocationInput

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
        from ..models.create_conversation_transcript_segment import (
            CreateConversationTranscriptSegment,
        )
        from ..models.geolocation_input import GeolocationInput

        d = dict(src_dict)
        transcript_segments = []
        _transcript_segments = d.pop("transcript_segments")
        for transcript_segments_item_data in _transcript_segments:
            transcript_segments_item = CreateConversationTranscriptSegment.from_dict(
                transcript_segments_item_data
            )

            transcript_segments.append(transcript_segments_item)

        client_device_id = d.pop("client_device_id", UNSET)

        client_platform = d.pop("client_platform", UNSET)

        client_session_id = d.pop("client_session_id", UNSET)

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        def _parse_geolocation(data: object) -> GeolocationInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                geolocation_type_0 = GeolocationInput.from_dict(data)

                return geolocation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeolocationInput | None | Unset, data)

        geolocation = _parse_geolocation(d.pop("geolocation", UNSET))

        language = d.pop("language", UNSET)

        def _parse_source(data: object) -> ConversationSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = ConversationSource(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationSource | None | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        create_conversation_from_transcript_request = cls(
            transcript_segments=transcript_segments,
            client_device_id=client_device_id,
            client_platform=client_platform,
            client_session_id=client_session_id,
            finished_at=finished_at,
            geolocation=geolocation,
            language=language,
            source=source,
            started_at=started_at,
        )

        create_conversation_from_transcript_request.additional_properties = d
        return create_conversation_from_transcript_request

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
