from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..models.goal_type import GoalType
from ..types import MISSING, UNSET, Unset

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
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

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
        """Parse a JSON object, validating it against the spec (unknown fields are kept).

        Raises:
            errors.ResponseParseError: a field is missing or of the wrong type (the error names it).
        """
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseParseError.wrong_type("a CreateGoalRequest object", _d)
            _d = dict(_d)
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            title = _d["title"]
            current_value = _d["current_value"]
            desired_outcome = _d["desired_outcome"]
            goal_type = _d["goal_type"]
            horizon_at = _d["horizon_at"]
            max_value = _d["max_value"]
            min_value = _d["min_value"]
            success_criteria = _d["success_criteria"]
            target_value = _d["target_value"]
            unit = _d["unit"]
            why_it_matters = _d["why_it_matters"]
        except KeyError:
            _get = _d.get
            title = _get("title", MISSING)
            current_value = _get("current_value", MISSING)
            desired_outcome = _get("desired_outcome", MISSING)
            goal_type = _get("goal_type", MISSING)
            horizon_at = _get("horizon_at", MISSING)
            max_value = _get("max_value", MISSING)
            min_value = _get("min_value", MISSING)
            success_criteria = _get("success_criteria", MISSING)
            target_value = _get("target_value", MISSING)
            unit = _get("unit", MISSING)
            why_it_matters = _get("why_it_matters", MISSING)
        if title.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", title, "title")

        if current_value.__class__ is float:
            pass
        elif current_value.__class__ is int:
            try:
                current_value = float(current_value)
            except OverflowError:
                raise ResponseParseError.wrong_type(
                    "a number in float range", current_value, "current_value"
                ) from None
        elif current_value is None:
            pass
        elif current_value is MISSING:
            current_value = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "number or null", current_value, "current_value"
            )

        if desired_outcome.__class__ is str or desired_outcome is None:
            pass
        elif desired_outcome is MISSING:
            desired_outcome = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "str or null", desired_outcome, "desired_outcome"
            )

        if goal_type.__class__ is str:
            goal_type = _GoalType_BY_VALUE.get(goal_type) or GoalType(goal_type)
        elif goal_type is None:
            pass
        elif goal_type is MISSING:
            goal_type = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str or null", goal_type, "goal_type")

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
            horizon_at = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "an ISO 8601 date-time or null", horizon_at, "horizon_at"
            )

        if max_value.__class__ is float:
            pass
        elif max_value.__class__ is int:
            try:
                max_value = float(max_value)
            except OverflowError:
                raise ResponseParseError.wrong_type(
                    "a number in float range", max_value, "max_value"
                ) from None
        elif max_value is None:
            pass
        elif max_value is MISSING:
            max_value = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "number or null", max_value, "max_value"
            )

        if min_value.__class__ is float:
            pass
        elif min_value.__class__ is int:
            try:
                min_value = float(min_value)
            except OverflowError:
                raise ResponseParseError.wrong_type(
                    "a number in float range", min_value, "min_value"
                ) from None
        elif min_value is None:
            pass
        elif min_value is MISSING:
            min_value = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "number or null", min_value, "min_value"
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
            success_criteria = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "list[str]", success_criteria, "success_criteria"
            )

        if target_value.__class__ is float:
            pass
        elif target_value.__class__ is int:
            try:
                target_value = float(target_value)
            except OverflowError:
                raise ResponseParseError.wrong_type(
                    "a number in float range", target_value, "target_value"
                ) from None
        elif target_value is None:
            pass
        elif target_value is MISSING:
            target_value = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "number or null", target_value, "target_value"
            )

        if unit.__class__ is str or unit is None:
            pass
        elif unit is MISSING:
            unit = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str or null", unit, "unit")

        if why_it_matters.__class__ is str or why_it_matters is None:
            pass
        elif why_it_matters is MISSING:
            why_it_matters = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "str or null", why_it_matters, "why_it_matters"
            )

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.title = title
        _model.current_value = current_value
        _model.desired_outcome = desired_outcome
        _model.goal_type = goal_type
        _model.horizon_at = horizon_at
        _model.max_value = max_value
        _model.min_value = min_value
        _model.success_criteria = success_criteria
        _model.target_value = target_value
        _model.unit = unit
        _model.why_it_matters = why_it_matters
        if len(_d) + _absent == 11:
            _model.additional_properties = {}
        else:
            _model.additional_properties = {
                k: v
                for k, v in _d.items()
                if k
                not in {
                    "title",
                    "current_value",
                    "desired_outcome",
                    "goal_type",
                    "horizon_at",
                    "max_value",
                    "min_value",
                    "success_criteria",
                    "target_value",
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
_GoalType_BY_VALUE = GoalType._value2member_map_
