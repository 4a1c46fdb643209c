from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.goal_type import GoalType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateGoalRequest")


@_attrs_define
class CreateGoalRequest:
    """
    Attributes:
        title (str): The goal title/description
        current_value (float | None | Unset): Optional current progress
        desired_outcome (None | str | Unset):
        goal_type (GoalType | None | Unset): Optional metric type
        horizon_at (datetime.datetime | None | Unset):
        max_value (float | None | Unset): Optional maximum scale value
        min_value (float | None | Unset): Optional minimum scale value
        success_criteria (list[str] | Unset):
        target_value (float | None | Unset): Optional target value
        unit (None | str | Unset): Unit label (e.g., 'users', 'points')
        why_it_matters (None | str | Unset):
    """

    title: str
    current_value: float | None | Unset = UNSET
    desired_outcome: None | str | Unset = UNSET
    goal_type: GoalType | None | Unset = UNSET
    horizon_at: datetime.datetime | None | Unset = UNSET
    max_value: float | None | Unset = UNSET
    min_value: float | None | Unset = UNSET
    success_criteria: list[str] | Unset = UNSET
    target_value: float | None | Unset = UNSET
    unit: None | str | Unset = UNSET
    why_it_matters: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        current_value: float | None | Unset
        if isinstance(self.current_value, Unset):
            current_value = UNSET
        else:
            current_value = self.current_value

        desired_outcome: None | str | Unset
        if isinstance(self.desired_outcome, Unset):
            desired_outcome = UNSET
        else:
            desired_outcome = self.desired_outcome

        goal_type: None | str | Unset
        if isinstance(self.goal_type, Unset):
            goal_type = UNSET
        elif isinstance(self.goal_type, GoalType):
            goal_type = self.goal_type.value
        else:
            goal_type = self.goal_type

        horizon_at: None | str | Unset
        if isinstance(self.horizon_at, Unset):
            horizon_at = UNSET
        elif isinstance(self.horizon_at, datetime.datetime):
            horizon_at = self.horizon_at.isoformat()
        else:
            horizon_at = self.horizon_at

        max_value: float | None | Unset
        if isinstance(self.max_value, Unset):
            max_value = UNSET
        else:
            max_value = self.max_value

        min_value: float | None | Unset
        if isinstance(self.min_value, Unset):
            min_value = UNSET
        else:
            min_value = self.min_value

        success_criteria: list[str] | Unset = UNSET
        if not isinstance(self.success_criteria, Unset):
            success_criteria = self.success_criteria

        target_value: float | None | Unset
        if isinstance(self.target_value, Unset):
            target_value = UNSET
        else:
            target_value = self.target_value

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        why_it_matters: None | str | Unset
        if isinstance(self.why_it_matters, Unset):
            why_it_matters = UNSET
        else:
            why_it_matters = self.why_it_matters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if current_value is not UNSET:
            field_dict["current_value"] = current_value
        if desired_outcome is not UNSET:
            field_dict["desired_outcome"] = desired_outcome
        if goal_type is not UNSET:
            field_dict["goal_type"] = goal_type
        if horizon_at is not UNSET:
            field_dict["horizon_at"] = horizon_at
        if max_value is not UNSET:
            field_dict["max_value"] = max_value
        if min_value is not UNSET:
            field_dict["min_value"] = min_value
        if success_criteria is not UNSET:
            field_dict["success_criteria"] = success_criteria
        if target_value is not UNSET:
            field_dict["target_value"] = target_value
        if unit is not UNSET:
            field_dict["unit"] = unit
        if why_it_matters is not UNSET:
            field_dict["why_it_matters"] = why_it_matters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title")

        current_value = d.pop("current_value", UNSET)

        desired_outcome = d.pop("desired_outcome", UNSET)

        def _parse_goal_type(data: object) -> GoalType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                goal_type_type_0 = GoalType(data)

                return goal_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GoalType | None | Unset, data)

        goal_type = _parse_goal_type(d.pop("goal_type", UNSET))

        def _parse_horizon_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                horizon_at_type_0 = datetime.datetime.fromisoformat(data)

                return horizon_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        horizon_at = _parse_horizon_at(d.pop("horizon_at", UNSET))

        max_value = d.pop("max_value", UNSET)

        min_value = d.pop("min_value", UNSET)

        success_criteria = cast(list[str], d.pop("success_criteria", UNSET))

        target_value = d.pop("target_value", UNSET)

        unit = d.pop("unit", UNSET)

        why_it_matters = d.pop("why_it_matters", UNSET)

        create_goal_request = cls(
            title=title,
            current_value=current_value,
            desired_outcome=desired_outcome,
            goal_type=goal_type,
            horizon_at=horizon_at,
            max_value=max_value,
            min_value=min_value,
            success_criteria=success_criteria,
            target_value=target_value,
            unit=unit,
            why_it_matters=why_it_matters,
        )

        create_goal_request.additional_properties = d
        return create_goal_request

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
