from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateGoalRequest")


@_attrs_define
class UpdateGoalRequest:
    """
    Attributes:
        current_value (float | None | Unset): New progress value
        desired_outcome (None | str | Unset):
        horizon_at (datetime.datetime | None | Unset):
        max_value (float | None | Unset): New maximum value
        min_value (float | None | Unset): New minimum value
        success_criteria (list[str] | None | Unset):
        target_value (float | None | Unset): New target value
        title (None | str | Unset): New title
        unit (None | str | Unset): New unit label
        why_it_matters (None | str | Unset):
    """

    current_value: float | None | Unset = UNSET
    desired_outcome: None | str | Unset = UNSET
    horizon_at: datetime.datetime | None | Unset = UNSET
    max_value: float | None | Unset = UNSET
    min_value: float | None | Unset = UNSET
    success_criteria: list[str] | None | Unset = UNSET
    target_value: float | None | Unset = UNSET
    title: None | str | Unset = UNSET
    unit: None | str | Unset = UNSET
    why_it_matters: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        success_criteria: list[str] | None | Unset
        if isinstance(self.success_criteria, Unset):
            success_criteria = UNSET
        elif isinstance(self.success_criteria, list):
            success_criteria = self.success_criteria

        else:
            success_criteria = self.success_criteria

        target_value: float | None | Unset
        if isinstance(self.target_value, Unset):
            target_value = UNSET
        else:
            target_value = self.target_value

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

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
        field_dict.update({})
        if current_value is not UNSET:
            field_dict["current_value"] = current_value
        if desired_outcome is not UNSET:
            field_dict["desired_outcome"] = desired_outcome
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
        if title is not UNSET:
            field_dict["title"] = title
        if unit is not UNSET:
            field_dict["unit"] = unit
        if why_it_matters is not UNSET:
            field_dict["why_it_matters"] = why_it_matters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        current_value = d.pop("current_value", UNSET)

        desired_outcome = d.pop("desired_outcome", UNSET)

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

        def _parse_success_criteria(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                success_criteria_type_0 = cast(list[str], data)

                return success_criteria_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        success_criteria = _parse_success_criteria(d.pop("success_criteria", UNSET))

        target_value = d.pop("target_value", UNSET)

        title = d.pop("title", UNSET)

        unit = d.pop("unit", UNSET)

        why_it_matters = d.pop("why_it_matters", UNSET)

        update_goal_request = cls(
            current_value=current_value,
            desired_outcome=desired_outcome,
            horizon_at=horizon_at,
            max_value=max_value,
            min_value=min_value,
            success_criteria=success_criteria,
            target_value=target_value,
            title=title,
            unit=unit,
            why_it_matters=why_it_matters,
        )

        update_goal_request.additional_properties = d
        return update_goal_request

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
