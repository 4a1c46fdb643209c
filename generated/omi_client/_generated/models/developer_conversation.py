from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

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
        id (str):
        started_at (datetime.datetime | None):
        structured (DeveloperConversationStructured):
        folder_id (None | str | Unset):
        folder_name (None | str | Unset):
        geolocation (Geolocation | None | Unset):
        language (None | str | Unset):
        source (None | str | Unset):
        transcript_segments (list[DeveloperTranscriptSegment] | None | Unset):
    """

    created_at: datetime.datetime
    finished_at: datetime.datetime | None
    id: str
    started_at: datetime.datetime | None
    structured: DeveloperConversationStructured
    folder_id: None | str | Unset = UNSET
    folder_name: None | str | Unset = UNSET
    geolocation: Geolocation | None | Unset = UNSET
    language: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    transcript_segments: list[DeveloperTranscriptSegment] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.geolocation import Geolocation

        created_at = self.created_at.isoformat()

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        id = self.id

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        structured = self.structured.to_dict()

        folder_id: None | str | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        folder_name: None | str | Unset
        if isinstance(self.folder_name, Unset):
            folder_name = UNSET
        else:
            folder_name = self.folder_name

        geolocation: dict[str, Any] | None | Unset
        if isinstance(self.geolocation, Unset):
            geolocation = UNSET
        elif isinstance(self.geolocation, Geolocation):
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
        else:
            source = self.source

        transcript_segments: list[dict[str, Any]] | None | Unset
        if isinstance(self.transcript_segments, Unset):
            transcript_segments = UNSET
        elif isinstance(self.transcript_segments, list):
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
                "finished_at": finished_at,
                "id": id,
                "started_at": started_at,
                "structured": structured,
            }
        )
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if folder_name is not UNSET:
            field_dict["folder_name"] = folder_name
        if geolocation is not UNSET:
            field_dict["geolocation"] = geolocation
        if language is not UNSET:
            field_dict["language"] = language
        if source is not UNSET:
            field_dict["source"] = source
        if transcript_segments is not UNSET:
            field_dict["transcript_segments"] = transcript_segments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.developer_conversation_structured import (
            DeveloperConversationStructured,
        )
        from ..models.developer_transcript_segment import DeveloperTranscriptSegment
        from ..models.geolocation import Geolocation

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        id = d.pop("id")

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        structured = DeveloperConversationStructured.from_dict(d.pop("structured"))

        folder_id = d.pop("folder_id", UNSET)

        folder_name = d.pop("folder_name", UNSET)

        def _parse_geolocation(data: object) -> Geolocation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                geolocation_type_0 = Geolocation.from_dict(data)

                return geolocation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Geolocation | None | Unset, data)

        geolocation = _parse_geolocation(d.pop("geolocation", UNSET))

        language = d.pop("language", UNSET)

        source = d.pop("source", UNSET)

        def _parse_transcript_segments(
            data: object,
        ) -> list[DeveloperTranscriptSegment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                transcript_segments_type_0 = []
                _transcript_segments_type_0 = data
                for transcript_segments_type_0_item_data in _transcript_segments_type_0:
                    transcript_segments_type_0_item = (
                        DeveloperTranscriptSegment.from_dict(
                            transcript_segments_type_0_item_data
                        )
                    )

                    transcript_segments_type_0.append(transcript_segments_type_0_item)

                return transcript_segments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DeveloperTranscriptSegment] | None | Unset, data)

        transcript_segments = _parse_transcript_segments(
            d.pop("transcript_segments", UNSET)
        )

        developer_conversation = cls(
            created_at=created_at,
            finished_at=finished_at,
            id=id,
            started_at=started_at,
            structured=structured,
            folder_id=folder_id,
            folder_name=folder_name,
            geolocation=geolocation,
            language=language,
            source=source,
            transcript_segments=transcript_segments,
        )

        developer_conversation.additional_properties = d
        return developer_conversation

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
