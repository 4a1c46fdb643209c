from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..types import MISSING, UNSET, Unset

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
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

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
        """Parse a JSON object, validating it against the spec (unknown fields are kept).

        Raises:
            errors.ResponseParseError: a field is missing or of the wrong type (the error names it).
        """
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseParseError.wrong_type(
                    "a CreateConversationTranscriptSegment object", _d
                )
            _d = dict(_d)
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            end = _d["end"]
            start = _d["start"]
            text = _d["text"]
            is_user = _d["is_user"]
            person_id = _d["person_id"]
            speaker = _d["speaker"]
            speaker_id = _d["speaker_id"]
        except KeyError:
            _get = _d.get
            end = _get("end", MISSING)
            start = _get("start", MISSING)
            text = _get("text", MISSING)
            is_user = _get("is_user", MISSING)
            person_id = _get("person_id", MISSING)
            speaker = _get("speaker", MISSING)
            speaker_id = _get("speaker_id", MISSING)
        if end.__class__ is float:
            pass
        elif end.__class__ is int:
            try:
                end = float(end)
            except OverflowError:
                raise ResponseParseError.wrong_type(
                    "a number in float range", end, "end"
                ) from None
        else:
            raise ResponseParseError.wrong_type("number", end, "end")

        if start.__class__ is float:
            pass
        elif start.__class__ is int:
            try:
                start = float(start)
            except OverflowError:
                raise ResponseParseError.wrong_type(
                    "a number in float range", start, "start"
                ) from None
        else:
            raise ResponseParseError.wrong_type("number", start, "start")

        if text.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", text, "text")

        if is_user.__class__ is bool:
            pass
        elif is_user is MISSING:
            is_user = False
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("bool", is_user, "is_user")

        if person_id.__class__ is str or person_id is None:
            pass
        elif person_id is MISSING:
            person_id = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str or null", person_id, "person_id")

        if speaker.__class__ is str or speaker is None:
            pass
        elif speaker is MISSING:
            speaker = "SPEAKER_00"
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str or null", speaker, "speaker")

        if speaker_id.__class__ is int:
            pass
        elif speaker_id.__class__ is float and speaker_id.is_integer():
            speaker_id = int(speaker_id)
        elif speaker_id is None:
            pass
        elif speaker_id is MISSING:
            speaker_id = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("int or null", speaker_id, "speaker_id")

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.end = end
        _model.start = start
        _model.text = text
        _model.is_user = is_user
        _model.person_id = person_id
        _model.speaker = speaker
        _model.speaker_id = speaker_id
        if len(_d) + _absent == 7:
            _model.additional_properties = {}
        else:
            _model.additional_properties = {
                k: v
                for k, v in _d.items()
                if k
                not in {
                    "end",
                    "start",
                    "text",
                    "is_user",
                    "person_id",
                    "speaker",
                    "speaker_id",
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
