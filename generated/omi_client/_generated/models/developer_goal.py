from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goal_metric import GoalMetric


T = TypeVar("T", bound="DeveloperGoal")


@_attrs_define
class DeveloperGoal:
    """
    Attributes:
        created_at (datetime.datetime):
        current_value (float):
        desired_outcome (str):
        goal_id (str):
        goal_type (str):
        id (str):
        is_active (bool):
        max_value (float):
        min_value (float):
        source (str):
        status (str):
        target_value (float):
        title (str):
        updated_at (datetime.datetime):
        focus_rank (int | None | Unset):
        horizon_at (datetime.datetime | None | Unset):
        metric (GoalMetric | None | Unset):
        success_criteria (list[str] | Unset):
        unit (None | str | Unset):
        why_it_matters (None | str | Unset):
    """

    created_at: datetime.datetime
    current_value: float
    desired_outcome: str
    goal_id: str
    goal_type: str
    id: str
    is_active: bool
    max_value: float
    min_value: float
    source: str
    status: str
    target_value: float
    title: str
    updated_at: datetime.datetime
    focus_rank: int | None | Unset = UNSET
    horizon_at: datetime.datetime | None | Unset = UNSET
    metric: GoalMetric | None | Unset = UNSET
    success_criteria: list[str] | Unset = UNSET
    unit: None | str | Unset = UNSET
    why_it_matters: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.goal_metric import GoalMetric

        created_at = self.created_at.isoformat()

        current_value = self.current_value

        desired_outcome = self.desired_outcome

        goal_id = self.goal_id

        goal_type = self.goal_type

        id = self.id

        is_active = self.is_active

        max_value = self.max_value

        min_value = self.min_value

        source = self.source

        status = self.status

        target_value = self.target_value

        title = self.title

        updated_at = self.updated_at.isoformat()

        focus_rank: int | None | Unset
        if isinstance(self.focus_rank, Unset):
            focus_rank = UNSET
        else:
            focus_rank = self.focus_rank

        horizon_at: None | str | Unset
        if isinstance(self.horizon_at, Unset):
            horizon_at = UNSET
        elif isinstance(self.horizon_at, datetime.datetime):
            horizon_at = self.horizon_at.isoformat()
        else:
            horizon_at = self.horizon_at

        metric: dict[str, Any] | None | Unset
        if isinstance(self.metric, Unset):
            metric = UNSET
        elif isinstance(self.metric, GoalMetric):
            metric = self.metric.to_dict()
        else:
            metric = self.metric

        success_criteria: list[str] | Unset = UNSET
        if not isinstance(self.success_criteria, Unset):
            success_criteria = self.success_criteria

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
                "created_at": created_at,
                "current_value": current_value,
                "desired_outcome": desired_outcome,
                "goal_id": goal_id,
                "goal_type": goal_type,
                "id": id,
                "is_active": is_active,
                "max_value": max_value,
                "min_value": min_value,
                "source": source,
                "status": status,
                "target_value": target_value,
                "title": title,
                "updated_at": updated_at,
            }
        )
        if focus_rank is not UNSET:
            field_dict["focus_rank"] = focus_rank
        if horizon_at is not UNSET:
            field_dict["horizon_at"] = horizon_at
        if metric is not UNSET:
            field_dict["metric"] = metric
        if success_criteria is not UNSET:
            field_dict["success_criteria"] = success_criteria
        if unit is not UNSET:
            field_dict["unit"] = unit
        if why_it_matters is not UNSET:
            field_dict["why_it_matters"] = why_it_matters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.goal_metric import GoalMetric

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        current_value = d.pop("current_value")

        desired_outcome = d.pop("desired_outcome")

        goal_id = d.pop("goal_id")

        goal_type = d.pop("goal_type")

        id = d.pop("id")

        is_active = d.pop("is_active")

        max_value = d.pop("max_value")

        min_value = d.pop("min_value")

        source = d.pop("source")

        status = d.pop("status")

        target_value = d.pop("target_value")

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        focus_rank = d.pop("focus_rank", UNSET)

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

        def _parse_metric(data: object) -> GoalMetric | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metric_type_0 = GoalMetric.from_dict(data)

                return metric_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GoalMetric | None | Unset, data)

        metric = _parse_metric(d.pop("metric", UNSET))

        success_criteria = cast(list[str], d.pop("success_criteria", UNSET))

        unit = d.pop("unit", UNSET)

        why_it_matters = d.pop("why_it_matters", UNSET)

        developer_goal = cls(
            created_at=created_at,
            current_value=current_value,
            desired_outcome=desired_outcome,
            goal_id=goal_id,
            goal_type=goal_type,
            id=id,
            is_active=is_active,
            max_value=max_value,
            min_value=min_value,
            source=source,
            status=status,
            target_value=target_value,
            title=title,
            updated_at=updated_at,
            focus_rank=focus_rank,
            horizon_at=horizon_at,
            metric=metric,
            success_criteria=success_criteria,
            unit=unit,
            why_it_matters=why_it_matters,
        )

        developer_goal.additional_properties = d
        return developer_goal

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
