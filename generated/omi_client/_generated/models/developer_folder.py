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
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            color = _d["color"]
            created_at = _d["created_at"]
            icon = _d["icon"]
            id = _d["id"]
            name = _d["name"]
            updated_at = _d["updated_at"]
            conversation_count = _d["conversation_count"]
            description = _d["description"]
            is_default = _d["is_default"]
            is_system = _d["is_system"]
            order = _d["order"]
        except KeyError:
            _get = _d.get
            color = _get("color", MISSING)
            created_at = _get("created_at", MISSING)
            icon = _get("icon", MISSING)
            id = _get("id", MISSING)
            name = _get("name", MISSING)
            updated_at = _get("updated_at", MISSING)
            conversation_count = _get("conversation_count", MISSING)
            description = _get("description", MISSING)
            is_default = _get("is_default", MISSING)
            is_system = _get("is_system", MISSING)
            order = _get("order", MISSING)
        if color.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", color, "color")

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

        if icon.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", icon, "icon")

        if id.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", id, "id")

        if name.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", name, "name")

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

        if description.__class__ is str or description is None:
            pass
        elif description is MISSING:
            description = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "str or null", description, "description"
            )

        if is_default.__class__ is bool:
            pass
        elif is_default is MISSING:
            is_default = False
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("bool", is_default, "is_default")

        if is_system.__class__ is bool:
            pass
        elif is_system is MISSING:
            is_system = False
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("bool", is_system, "is_system")

        if order.__class__ is int:
            pass
        elif order.__class__ is float and order.is_integer():
            order = int(order)
        elif order is MISSING:
            order = 0
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("int", order, "order")

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.color = color
        _model.created_at = created_at
        _model.icon = icon
        _model.id = id
        _model.name = name
        _model.updated_at = updated_at
        _model.conversation_count = conversation_count
        _model.description = description
        _model.is_default = is_default
        _model.is_system = is_system
        _model.order = order
        if len(_d) + _absent == 11:
            _model.additional_properties = {}
        else:
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


_fromisoformat = datetime.datetime.fromisoformat
