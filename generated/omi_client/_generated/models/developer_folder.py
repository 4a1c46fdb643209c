from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeveloperFolder")


@_attrs_define
class DeveloperFolder:
    """
    Attributes:
        color (str):
        created_at (datetime.datetime):
        icon (str):
        id (str):
        name (str):
        updated_at (datetime.datetime):
        conversation_count (int | Unset):  Default: 0.
        description (None | str | Unset):
        is_default (bool | Unset):  Default: False.
        is_system (bool | Unset):  Default: False.
        order (int | Unset):  Default: 0.
    """

    color: str
    created_at: datetime.datetime
    icon: str
    id: str
    name: str
    updated_at: datetime.datetime
    conversation_count: int | Unset = 0
    description: None | str | Unset = UNSET
    is_default: bool | Unset = False
    is_system: bool | Unset = False
    order: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        color = self.color

        created_at = self.created_at.isoformat()

        icon = self.icon

        id = self.id

        name = self.name

        updated_at = self.updated_at.isoformat()

        conversation_count = self.conversation_count

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
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
            }
        )
        if conversation_count is not UNSET:
            field_dict["conversation_count"] = conversation_count
        if description is not UNSET:
            field_dict["description"] = description
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if is_system is not UNSET:
            field_dict["is_system"] = is_system
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        color = d.pop("color")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        icon = d.pop("icon")

        id = d.pop("id")

        name = d.pop("name")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        conversation_count = d.pop("conversation_count", UNSET)

        description = d.pop("description", UNSET)

        is_default = d.pop("is_default", UNSET)

        is_system = d.pop("is_system", UNSET)

        order = d.pop("order", UNSET)

        developer_folder = cls(
            color=color,
            created_at=created_at,
            icon=icon,
            id=id,
            name=name,
            updated_at=updated_at,
            conversation_count=conversation_count,
            description=description,
            is_default=is_default,
            is_system=is_system,
            order=order,
        )

        developer_folder.additional_properties = d
        return developer_folder

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
