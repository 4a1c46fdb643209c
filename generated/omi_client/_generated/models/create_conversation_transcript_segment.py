from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateConversationTranscriptSegment")


@_attrs_define
class CreateConversationTranscriptSegment:
    """
    Attributes:
        end (float): End time in seconds (e.g., 1.5, 3.0, 65.8)
        start (float): Start time in seconds (e.g., 0.0, 1.5, 60.2)
        text (str): The text spoken in this segment
        is_user (bool | Unset): Whether this segment is from the user Default: False.
        person_id (None | str | Unset): ID of person speaking (if known)
        speaker (None | str | Unset): Speaker identifier (e.g., 'SPEAKER_00', 'SPEAKER_01') Default: 'SPEAKER_00'.
        speaker_id (int | None | Unset): Numeric speaker ID
    """

    end: float
    start: float
    text: str
    is_user: bool | Unset = False
    person_id: None | str | Unset = UNSET
    speaker: None | str | Unset = "SPEAKER_00"
    speaker_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end = self.end

        start = self.start

        text = self.text

        is_user = self.is_user

        person_id: None | str | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        speaker: None | str | Unset
        if isinstance(self.speaker, Unset):
            speaker = UNSET
        else:
            speaker = self.speaker

        speaker_id: int | None | Unset
        if isinstance(self.speaker_id, Unset):
            speaker_id = UNSET
        else:
            speaker_id = self.speaker_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end": end,
                "start": start,
                "text": text,
            }
        )
        if is_user is not UNSET:
            field_dict["is_user"] = is_user
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if speaker is not UNSET:
            field_dict["speaker"] = speaker
        if speaker_id is not UNSET:
            field_dict["speaker_id"] = speaker_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        end = d.pop("end")

        start = d.pop("start")

        text = d.pop("text")

        is_user = d.pop("is_user", UNSET)

        person_id = d.pop("person_id", UNSET)

        speaker = d.pop("speaker", UNSET)

        speaker_id = d.pop("speaker_id", UNSET)

        create_conversation_transcript_segment = cls(
            end=end,
            start=start,
            text=text,
            is_user=is_user,
            person_id=person_id,
            speaker=speaker,
            speaker_id=speaker_id,
        )

        create_conversation_transcript_segment.additional_properties = d
        return create_conversation_transcript_segment

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
