from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeveloperTranscriptSegment")


@_attrs_define
class DeveloperTranscriptSegment:
    """
    Attributes:
        end (float):
        start (float):
        text (str):
        id (None | str | Unset):
        speaker_id (int | None | Unset):
        speaker_name (None | str | Unset):
    """

    end: float
    start: float
    text: str
    id: None | str | Unset = UNSET
    speaker_id: int | None | Unset = UNSET
    speaker_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end = self.end

        start = self.start

        text = self.text

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        speaker_id: int | None | Unset
        if isinstance(self.speaker_id, Unset):
            speaker_id = UNSET
        else:
            speaker_id = self.speaker_id

        speaker_name: None | str | Unset
        if isinstance(self.speaker_name, Unset):
            speaker_name = UNSET
        else:
            speaker_name = self.speaker_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end": end,
                "start": start,
                "text": text,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if speaker_id is not UNSET:
            field_dict["speaker_id"] = speaker_id
        if speaker_name is not UNSET:
            field_dict["speaker_name"] = speaker_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        end = d.pop("end")

        start = d.pop("start")

        text = d.pop("text")

        id = d.pop("id", UNSET)

        speaker_id = d.pop("speaker_id", UNSET)

        speaker_name = d.pop("speaker_name", UNSET)

        developer_transcript_segment = cls(
            end=end,
            start=start,
            text=text,
            id=id,
            speaker_id=speaker_id,
            speaker_name=speaker_name,
        )

        developer_transcript_segment.additional_properties = d
        return developer_transcript_segment

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
