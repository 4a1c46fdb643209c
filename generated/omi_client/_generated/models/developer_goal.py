from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..types import MISSING, Unset

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
        focus_rank (int | None):
        goal_id (str):
        goal_type (str):
        horizon_at (datetime.datetime | None):
        id (str):
        is_active (bool):
        max_value (float):
        metric (GoalMetric | None):
        min_value (float):
        source (str):
        status (str):
        success_criteria (list[str]):
        target_value (float):
        title (str):
        unit (None | str):
        updated_at (datetime.datetime):
        why_it_matters (None | str):
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
    focus_rank: int | None = None
    horizon_at: datetime.datetime | None = None
    metric: GoalMetric | None = None
    success_criteria: list[str] = _attrs_field(factory=list)
    unit: None | str = None
    why_it_matters: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def to_dict(self) -> dict[str, Any]:
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

        focus_rank: int | None
        focus_rank = self.focus_rank

        horizon_at: None | str
        if isinstance(self.horizon_at, datetime.datetime):
            horizon_at = self.horizon_at.isoformat()
        else:
            horizon_at = self.horizon_at

        metric: dict[str, Any] | None
        if isinstance(self.metric, GoalMetric):
            metric = self.metric.to_dict()
        else:
            metric = self.metric

        success_criteria = self.success_criteria

        unit: None | str
        unit = self.unit

        why_it_matters: None | str
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
                "focus_rank": focus_rank,
                "horizon_at": horizon_at,
                "metric": metric,
                "success_criteria": success_criteria,
                "unit": unit,
                "why_it_matters": why_it_matters,
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
                raise ResponseParseError.wrong_type("a DeveloperGoal object", _d)
            _d = dict(_d)
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            created_at = _d["created_at"]
            current_value = _d["current_value"]
            desired_outcome = _d["desired_outcome"]
            goal_id = _d["goal_id"]
            goal_type = _d["goal_type"]
            id = _d["id"]
            is_active = _d["is_active"]
            max_value = _d["max_value"]
            min_value = _d["min_value"]
            source = _d["source"]
            status = _d["status"]
            target_value = _d["target_value"]
            title = _d["title"]
            updated_at = _d["updated_at"]
            focus_rank = _d["focus_rank"]
            horizon_at = _d["horizon_at"]
            metric = _d["metric"]
            success_criteria = _d["success_criteria"]
            unit = _d["unit"]
            why_it_matters = _d["why_it_matters"]
        except KeyError:
            _get = _d.get
            created_at = _get("created_at", MISSING)
            current_value = _get("current_value", MISSING)
            desired_outcome = _get("desired_outcome", MISSING)
            goal_id = _get("goal_id", MISSING)
            goal_type = _get("goal_type", MISSING)
            id = _get("id", MISSING)
            is_active = _get("is_active", MISSING)
            max_value = _get("max_value", MISSING)
            min_value = _get("min_value", MISSING)
            source = _get("source", MISSING)
            status = _get("status", MISSING)
            target_value = _get("target_value", MISSING)
            title = _get("title", MISSING)
            updated_at = _get("updated_at", MISSING)
            focus_rank = _get("focus_rank", MISSING)
            horizon_at = _get("horizon_at", MISSING)
            metric = _get("metric", MISSING)
            success_criteria = _get("success_criteria", MISSING)
            unit = _get("unit", MISSING)
            why_it_matters = _get("why_it_matters", MISSING)
        if created_at.__class__ is str:
            try:
                created_at = _fromisoformat(created_at)
            except ValueError:
                raise ResponseParseError.wrong_type(
                    "an ISO 8601 date-time", created_at, "created_at"
                ) from None
        else:
            raise ResponseParseError.wrong_type(
                "an ISO 8601 date-time", created_at, "created_at"
            )

        if current_value.__class__ is float:
            pass
        elif current_value.__class__ is int:
            try:
                current_value = float(current_value)
            except OverflowError:
                raise ResponseParseError.wrong_type(
                    "a number in float range", current_value, "current_value"
                ) from None
        else:
            raise ResponseParseError.wrong_type(
                "number", current_value, "current_value"
            )

        if desired_outcome.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type(
                "str", desired_outcome, "desired_outcome"
            )

        if goal_id.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", goal_id, "goal_id")

        if goal_type.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", goal_type, "goal_type")

        if id.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", id, "id")

        if is_active.__class__ is bool:
            pass
        else:
            raise ResponseParseError.wrong_type("bool", is_active, "is_active")

        if max_value.__class__ is float:
            pass
        elif max_value.__class__ is int:
            try:
                max_value = float(max_value)
            except OverflowError:
                raise ResponseParseError.wrong_type(
                    "a number in float range", max_value, "max_value"
                ) from None
        else:
            raise ResponseParseError.wrong_type("number", max_value, "max_value")

        if min_value.__class__ is float:
            pass
        elif min_value.__class__ is int:
            try:
                min_value = float(min_value)
            except OverflowError:
                raise ResponseParseError.wrong_type(
                    "a number in float range", min_value, "min_value"
                ) from None
        else:
            raise ResponseParseError.wrong_type("number", min_value, "min_value")

        if source.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", source, "source")

        if status.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", status, "status")

        if target_value.__class__ is float:
            pass
        elif target_value.__class__ is int:
            try:
                target_value = float(target_value)
            except OverflowError:
                raise ResponseParseError.wrong_type(
                    "a number in float range", target_value, "target_value"
                ) from None
        else:
            raise ResponseParseError.wrong_type("number", target_value, "target_value")

        if title.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", title, "title")

        if updated_at.__class__ is str:
            try:
                updated_at = _fromisoformat(updated_at)
            except ValueError:
                raise ResponseParseError.wrong_type(
                    "an ISO 8601 date-time", updated_at, "updated_at"
                ) from None
        else:
            raise ResponseParseError.wrong_type(
                "an ISO 8601 date-time", updated_at, "updated_at"
            )

        if focus_rank.__class__ is int:
            pass
        elif focus_rank.__class__ is float and focus_rank.is_integer():
            focus_rank = int(focus_rank)
        elif focus_rank is None:
            pass
        elif focus_rank is MISSING:
            focus_rank = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("int or null", focus_rank, "focus_rank")

        if horizon_at.__class__ is str:
            try:
                horizon_at = _fromisoformat(horizon_at)
            except ValueError:
                raise ResponseParseError.wrong_type(
                    "an ISO 8601 date-time", horizon_at, "horizon_at"
                ) from None
        elif horizon_at is None:
            pass
        elif horizon_at is MISSING:
            horizon_at = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "an ISO 8601 date-time or null", horizon_at, "horizon_at"
            )

        if metric.__class__ is dict:
            try:
                metric = GoalMetric.from_dict(metric)
            except ResponseParseError as exc:
                raise exc.inside_path("metric") from None
        elif metric is None:
            pass
        elif metric is MISSING:
            metric = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "a GoalMetric object or null", metric, "metric"
            )

        if success_criteria.__class__ is list:
            for _success_criteria_i in success_criteria:
                if not (_success_criteria_i.__class__ is str):
                    raise ResponseParseError.wrong_type(
                        "str",
                        _success_criteria_i,
                        "success_criteria",
                        success_criteria.index(_success_criteria_i),
                    )
        elif success_criteria is MISSING:
            success_criteria = []
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "list[str]", success_criteria, "success_criteria"
            )

        if unit.__class__ is str or unit is None:
            pass
        elif unit is MISSING:
            unit = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str or null", unit, "unit")

        if why_it_matters.__class__ is str or why_it_matters is None:
            pass
        elif why_it_matters is MISSING:
            why_it_matters = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "str or null", why_it_matters, "why_it_matters"
            )

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.created_at = created_at
        _model.current_value = current_value
        _model.desired_outcome = desired_outcome
        _model.goal_id = goal_id
        _model.goal_type = goal_type
        _model.id = id
        _model.is_active = is_active
        _model.max_value = max_value
        _model.min_value = min_value
        _model.source = source
        _model.status = status
        _model.target_value = target_value
        _model.title = title
        _model.updated_at = updated_at
        _model.focus_rank = focus_rank
        _model.horizon_at = horizon_at
        _model.metric = metric
        _model.success_criteria = success_criteria
        _model.unit = unit
        _model.why_it_matters = why_it_matters
        if len(_d) + _absent == 20:
            _model.additional_properties = {}
        else:
            _model.additional_properties = {
                k: v
                for k, v in _d.items()
                if k
                not in {
                    "created_at",
                    "current_value",
                    "desired_outcome",
                    "goal_id",
                    "goal_type",
                    "id",
                    "is_active",
                    "max_value",
                    "min_value",
                    "source",
                    "status",
                    "target_value",
                    "title",
                    "updated_at",
                    "focus_rank",
                    "horizon_at",
                    "metric",
                    "success_criteria",
                    "unit",
                    "why_it_matters",
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


# omi-client: the nested models, imported once this class exists (they may import this module back),
# so that parsing does not run an import statement per object.
from ..models.goal_metric import GoalMetric
