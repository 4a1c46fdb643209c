from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.developer_memory_vector_item import DeveloperMemoryVectorItem
    from ..models.developer_memory_vector_policy import DeveloperMemoryVectorPolicy


T = TypeVar("T", bound="DeveloperMemoryVectorSearchResponse")


@_attrs_define
class DeveloperMemoryVectorSearchResponse:
    """
    Attributes:
        archive_default_visible (bool):
        policy (DeveloperMemoryVectorPolicy):
        returned_count (int):
        items (list[DeveloperMemoryVectorItem] | Unset):
    """

    archive_default_visible: bool
    policy: DeveloperMemoryVectorPolicy
    returned_count: int
    items: list[DeveloperMemoryVectorItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archive_default_visible = self.archive_default_visible

        policy = self.policy.to_dict()

        returned_count = self.returned_count

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "archive_default_visible": archive_default_visible,
                "policy": policy,
                "returned_count": returned_count,
            }
        )
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.developer_memory_vector_item import DeveloperMemoryVectorItem
        from ..models.developer_memory_vector_policy import DeveloperMemoryVectorPolicy

        d = dict(src_dict)
        archive_default_visible = d.pop("archive_default_visible")

        policy = DeveloperMemoryVectorPolicy.from_dict(d.pop("policy"))

        returned_count = d.pop("returned_count")

        _items = d.pop("items", UNSET)
        items: list[DeveloperMemoryVectorItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = DeveloperMemoryVectorItem.from_dict(items_item_data)

                items.append(items_item)

        developer_memory_vector_search_response = cls(
            archive_default_visible=archive_default_visible,
            policy=policy,
            returned_count=returned_count,
            items=items,
        )

        developer_memory_vector_search_response.additional_properties = d
        return developer_memory_vector_search_response

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
