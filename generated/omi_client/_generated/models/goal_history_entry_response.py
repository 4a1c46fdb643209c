from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..types import MISSING, Unset

T = TypeVar("T", bound="GoalHistoryEntryResponse")


@_attrs_define
class GoalHistoryEntryResponse:
    """
    Attributes:
        date (str):
        recorded_at (datetime.datetime):
        value (float):
    """

    date: str
    recorded_at: datetime.datetime
    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        recorded_at = self.recorded_at.isoformat()

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "recorded_at": recorded_at,
                "value": value,
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
                    "a GoalHistoryEntryResponse object", _d
                )
            _d = dict(_d)
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            date = _d["date"]
            recorded_at = _d["recorded_at"]
            value = _d["value"]
        except KeyError:
            _get = _d.get
            date = _get("date", MISSING)
            recorded_at = _get("recorded_at", MISSING)
            value = _get("value", MISSING)
        if date.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", date, "date")

        if recorded_at.__class__ is str:
            try:
                recorded_at = _fromisoformat(recorded_at)
            except ValueError:
                raise ResponseParseError.wrong_type(
                    "an ISO 8601 date-time", recorded_at, "recorded_at"
                ) from None
        else:
            raise ResponseParseError.wrong_type(
                "an ISO 8601 date-time", recorded_at, "recorded_at"
            )

        if value.__class__ is float:
            pass
        elif value.__class__ is int:
            try:
                value = float(value)
            except OverflowError:
                raise ResponseParseError.wrong_type(
                    "a number in float range", value, "value"
                ) from None
        else:
            raise ResponseParseError.wrong_type("number", value, "value")

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.date = date
        _model.recorded_at = recorded_at
        _model.value = value
        if len(_d) + _absent == 3:
            _model.additional_properties = {}
        else:
            _model.additional_properties = {
                k: v
                for k, v in _d.items()
                if k
                not in {
                    "date",
                    "recorded_at",
                    "value",
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
