from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..types import MISSING, Unset

T = TypeVar("T", bound="DeveloperFolder")


@_attrs_define
class DeveloperFolder:
    """
    Attributes:
        color (str):
        conversation_count (int):  Default: 0.
        created_at (datetime.datetime):
        description (None | str):
        icon (str):
        id (str):
        is_default (bool):  Default: False.
        is_system (bool):  Default: False.
        name (str):
        order (int):  Default: 0.
        updated_at (datetime.datetime):
    """

    color: str
    created_at: datetime.datetime
    icon: str
    id: str
    name: str
    updated_at: datetime.datetime
    conversation_count: int = 0
    description: None | str = None
    is_default: bool = False
    is_system: bool = False
    order: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def to_dict(self) -> dict[str, Any]:
        color = self.color

        created_at = self.created_at.isoformat()

        icon = self.icon

        id = self.id

        name = self.name

        updated_at = self.updated_at.isoformat()

        conversation_count = self.conversation_count

        description: None | str
        description = self.description

        is_default = self.is_default

        is_system = self.is_system

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "color": color,
                "created_at": created_at,
                "icon": icon,
                "id": id,
                "name": name,
                "updated_at": updated_at,
                "conversation_count": conversation_count,
                "description": description,
                "is_default": is_default,
                "is_system": is_system,
                "order": order,
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
                raise ResponseParseError.wrong_type("a DeveloperFolder object", _d)
            _d = dict(_d)
        _get = _d.get
        _absent = 0
        color = _get("color", MISSING)
        if color.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", color, "color")

        created_at = _get("created_at", MISSING)
        if created_at.__class__ is str:
            try:
                created_at = datetime.datetime.fromisoformat(created_at)
            except ValueError:
                raise ResponseParseError.wrong_type(
                    "an ISO 8601 date-time", created_at, "created_at"
                ) from None
        else:
            raise ResponseParseError.wrong_type(
                "an ISO 8601 date-time", created_at, "created_at"
            )

        icon = _get("icon", MISSING)
        if icon.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", icon, "icon")

        id = _get("id", MISSING)
        if id.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", id, "id")

        name = _get("name", MISSING)
        if name.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", name, "name")

        updated_at = _get("updated_at", MISSING)
        if updated_at.__class__ is str:
            try:
                updated_at = datetime.datetime.fromisoformat(updated_at)
            except ValueError:
                raise ResponseParseError.wrong_type(
                    "an ISO 8601 date-time", updated_at, "updated_at"
                ) from None
        else:
            raise ResponseParseError.wrong_type(
                "an ISO 8601 date-time", updated_at, "updated_at"
            )

        conversation_count = _get("conversation_count", MISSING)
        if conversation_count.__class__ is int:
            pass
        elif conversation_count.__class__ is float and conversation_count.is_integer():
            conversation_count = int(conversation_count)
        elif conversation_count is MISSING:
            conversation_count = 0
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "int", conversation_count, "conversation_count"
            )

        description = _get("description", MISSING)
        if description.__class__ is str or description is None:
            pass
        elif description is MISSING:
            description = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "str or null", description, "description"
            )

        is_default = _get("is_default", MISSING)
        if is_default.__class__ is bool:
            pass
        elif is_default is MISSING:
            is_default = False
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("bool", is_default, "is_default")

        is_system = _get("is_system", MISSING)
        if is_system.__class__ is bool:
            pass
        elif is_system is MISSING:
            is_system = False
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("bool", is_system, "is_system")

        order = _get("order", MISSING)
        if order.__class__ is int:
            pass
        elif order.__class__ is float and order.is_integer():
            order = int(order)
        elif order is MISSING:
            order = 0
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("int", order, "order")

        _model = cls(
            color,
            created_at,
            icon,
            id,
            name,
            updated_at,
            conversation_count,
            description,
            is_default,
            is_system,
            order,
        )
        if len(_d) + _absent != 11:
            _model.additional_properties = {
                k: v
                for k, v in _d.items()
                if k
                not in {
                    "color",
                    "created_at",
                    "icon",
                    "id",
                    "name",
                    "updated_at",
                    "conversation_count",
                    "description",
                    "is_default",
                    "is_system",
                    "order",
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
