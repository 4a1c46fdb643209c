from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..models.goal_type import GoalType
from ..types import MISSING, Unset

T = TypeVar("T", bound="GoalMetric")


@_attrs_define
class GoalMetric:
    """
    Attributes:
        current (float):
        max_ (float | None):
        min_ (float | None):
        target (float):
        type_ (GoalType):
        unit (None | str):
    """

    current: float
    target: float
    type_: GoalType
    max_: float | None = None
    min_: float | None = None
    unit: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def to_dict(self) -> dict[str, Any]:
        current = self.current

        target = self.target

        type_ = self.type_.value

        max_: float | None
        max_ = self.max_

        min_: float | None
        min_ = self.min_

        unit: None | str
        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current": current,
                "target": target,
                "type": type_,
                "max": max_,
                "min": min_,
                "unit": unit,
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
                raise ResponseParseError.wrong_type("a GoalMetric object", _d)
            _d = dict(_d)
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            current = _d["current"]
            target = _d["target"]
            type_ = _d["type"]
            max_ = _d["max"]
            min_ = _d["min"]
            unit = _d["unit"]
        except KeyError:
            _get = _d.get
            current = _get("current", MISSING)
            target = _get("target", MISSING)
            type_ = _get("type", MISSING)
            max_ = _get("max", MISSING)
            min_ = _get("min", MISSING)
            unit = _get("unit", MISSING)
        if current.__class__ is float:
            pass
        elif current.__class__ is int:
            try:
                current = float(current)
            except OverflowError:
                raise ResponseParseError.wrong_type(
                    "a number in float range", current, "current"
                ) from None
        else:
            raise ResponseParseError.wrong_type("number", current, "current")

        if target.__class__ is float:
            pass
        elif target.__class__ is int:
            try:
                target = float(target)
            except OverflowError:
                raise ResponseParseError.wrong_type(
                    "a number in float range", target, "target"
                ) from None
        else:
            raise ResponseParseError.wrong_type("number", target, "target")

        if type_.__class__ is str:
            type_ = _GoalType_BY_VALUE.get(type_) or GoalType(type_)
        else:
            raise ResponseParseError.wrong_type("str", type_, "type")

        if max_.__class__ is float:
            pass
        elif max_.__class__ is int:
            try:
                max_ = float(max_)
            except OverflowError:
                raise ResponseParseError.wrong_type(
                    "a number in float range", max_, "max"
                ) from None
        elif max_ is None:
            pass
        elif max_ is MISSING:
            max_ = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("number or null", max_, "max")

        if min_.__class__ is float:
            pass
        elif min_.__class__ is int:
            try:
                min_ = float(min_)
            except OverflowError:
                raise ResponseParseError.wrong_type(
                    "a number in float range", min_, "min"
                ) from None
        elif min_ is None:
            pass
        elif min_ is MISSING:
            min_ = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("number or null", min_, "min")

        if unit.__class__ is str or unit is None:
            pass
        elif unit is MISSING:
            unit = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str or null", unit, "unit")

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.current = current
        _model.target = target
        _model.type_ = type_
        _model.max_ = max_
        _model.min_ = min_
        _model.unit = unit
        if len(_d) + _absent == 6:
            _model.additional_properties = {}
        else:
            _model.additional_properties = {
                k: v
                for k, v in _d.items()
                if k
                not in {
                    "current",
                    "target",
                    "type",
                    "max",
                    "min",
                    "unit",
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


_GoalType_BY_VALUE = GoalType._value2member_map_
