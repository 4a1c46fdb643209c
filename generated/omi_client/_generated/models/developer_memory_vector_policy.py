from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

T = TypeVar("T", bound="DeveloperMemoryVectorPolicy")


@_attrs_define
class DeveloperMemoryVectorPolicy:
    """
    Attributes:
        app_has_default_memory_grant (bool):
        archive_capability (bool):
        consumer (str):
        raw_provenance_capability (bool):
    """

    app_has_default_memory_grant: bool
    archive_capability: bool
    consumer: str
    raw_provenance_capability: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_has_default_memory_grant = self.app_has_default_memory_grant

        archive_capability = self.archive_capability

        consumer = self.consumer

        raw_provenance_capability = self.raw_provenance_capability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_has_default_memory_grant": app_has_default_memory_grant,
                "archive_capability": archive_capability,
                "consumer": consumer,
                "raw_provenance_capability": raw_provenance_capability,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_has_default_memory_grant = d.pop("app_has_default_memory_grant")

        archive_capability = d.pop("archive_capability")

        consumer = d.pop("consumer")

        raw_provenance_capability = d.pop("raw_provenance_capability")

        developer_memory_vector_policy = cls(
            app_has_default_memory_grant=app_has_default_memory_grant,
            archive_capability=archive_capability,
            consumer=consumer,
            raw_provenance_capability=raw_provenance_capability,
        )

        developer_memory_vector_policy.additional_properties = d
        return developer_memory_vector_policy

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
