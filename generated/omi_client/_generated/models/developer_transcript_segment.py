from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..types import MISSING, Unset

T = TypeVar("T", bound="DeveloperTranscriptSegment")


@_attrs_define
class DeveloperTranscriptSegment:
    """
    Attributes:
        end (float):
        id (None | str):
        speaker_id (int | None):
        speaker_name (None | str):
        start (float):
        text (str):
    """

    end: float
    start: float
    text: str
    id: None | str = None
    speaker_id: int | None = None
    speaker_name: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def to_dict(self) -> dict[str, Any]:
        end = self.end

        start = self.start

        text = self.text

        id: None | str
        id = self.id

        speaker_id: int | None
        speaker_id = self.speaker_id

        speaker_name: None | str
        speaker_name = self.speaker_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end": end,
                "start": start,
                "text": text,
                "id": id,
                "speaker_id": speaker_id,
                "speaker_name": speaker_name,
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
                    "a DeveloperTranscriptSegment object", _d
                )
            _d = dict(_d)
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            end = _d["end"]
            start = _d["start"]
            text = _d["text"]
            id = _d["id"]
            speaker_id = _d["speaker_id"]
            speaker_name = _d["speaker_name"]
        except KeyError:
            _get = _d.get
            end = _get("end", MISSING)
            start = _get("start", MISSING)
            text = _get("text", MISSING)
            id = _get("id", MISSING)
            speaker_id = _get("speaker_id", MISSING)
            speaker_name = _get("speaker_name", MISSING)
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

        if id.__class__ is str or id is None:
            pass
        elif id is MISSING:
            id = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str or null", id, "id")

        if speaker_id.__class__ is int:
            pass
        elif speaker_id.__class__ is float and speaker_id.is_integer():
            speaker_id = int(speaker_id)
        elif speaker_id is None:
            pass
        elif speaker_id is MISSING:
            speaker_id = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("int or null", speaker_id, "speaker_id")

        if speaker_name.__class__ is str or speaker_name is None:
            pass
        elif speaker_name is MISSING:
            speaker_name = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "str or null", speaker_name, "speaker_name"
            )

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.end = end
        _model.start = start
        _model.text = text
        _model.id = id
        _model.speaker_id = speaker_id
        _model.speaker_name = speaker_name
        if len(_d) + _absent == 6:
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
                    "id",
                    "speaker_id",
                    "speaker_name",
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
