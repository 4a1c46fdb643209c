from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..models.goal_type import GoalType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GoalMetric")


@_attrs_define
class GoalMetric:
    """
    Attributes:
        current (float):
        target (float):
        type_ (GoalType):
        max_ (float | None | Unset):
        min_ (float | None | Unset):
        unit (None | str | Unset):
    """

    current: float
    target: float
    type_: GoalType
    max_: float | None | Unset = UNSET
    min_: float | None | Unset = UNSET
    unit: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        current = self.current

        target = self.target

        type_ = self.type_.value

        max_: float | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        min_: float | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "current": current,
                "target": target,
                "type": type_,
            }
        )
        if max_ is not UNSET:
            field_dict["max"] = max_
        if min_ is not UNSET:
            field_dict["min"] = min_
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        current = d.pop("current")

        target = d.pop("target")

        type_ = GoalType(d.pop("type"))

        max_ = d.pop("max", UNSET)

        min_ = d.pop("min", UNSET)

        unit = d.pop("unit", UNSET)

        goal_metric = cls(
            current=current,
            target=target,
            type_=type_,
            max_=max_,
            min_=min_,
            unit=unit,
        )

        return goal_metric

    def __repr__(self) -> str:
        # omi-client template: list only the fields that are set (no Unset noise), extras last.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                (a.name, getattr(self, a.name)) for a in _attrs_fields(type(self))
            )
            if name != "additional_properties" and not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"
