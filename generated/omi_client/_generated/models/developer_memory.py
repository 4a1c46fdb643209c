from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.memory_category import MemoryCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeveloperMemory")


@_attrs_define
class DeveloperMemory:
    """
    Attributes:
        id (str):
        category (MemoryCategory | Unset):
        content (str | Unset):  Default: ''.
        created_at (datetime.datetime | None | Unset):
        edited (bool | Unset):  Default: False.
        manually_added (bool | Unset):  Default: False.
        reviewed (bool | Unset):  Default: False.
        scoring (None | str | Unset):
        tags (list[str] | Unset):
        updated_at (datetime.datetime | None | Unset):
        user_review (bool | None | Unset):
        visibility (None | str | Unset):  Default: 'private'.
    """

    id: str
    category: MemoryCategory | Unset = UNSET
    content: str | Unset = ""
    created_at: datetime.datetime | None | Unset = UNSET
    edited: bool | Unset = False
    manually_added: bool | Unset = False
    reviewed: bool | Unset = False
    scoring: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    user_review: bool | None | Unset = UNSET
    visibility: None | str | Unset = "private"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        content = self.content

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        edited = self.edited

        manually_added = self.manually_added

        reviewed = self.reviewed

        scoring: None | str | Unset
        if isinstance(self.scoring, Unset):
            scoring = UNSET
        else:
            scoring = self.scoring

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        user_review: bool | None | Unset
        if isinstance(self.user_review, Unset):
            user_review = UNSET
        else:
            user_review = self.user_review

        visibility: None | str | Unset
        if isinstance(self.visibility, Unset):
            visibility = UNSET
        else:
            visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if content is not UNSET:
            field_dict["content"] = content
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if edited is not UNSET:
            field_dict["edited"] = edited
        if manually_added is not UNSET:
            field_dict["manually_added"] = manually_added
        if reviewed is not UNSET:
            field_dict["reviewed"] = reviewed
        if scoring is not UNSET:
            field_dict["scoring"] = scoring
        if tags is not UNSET:
            field_dict["tags"] = tags
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_review is not UNSET:
            field_dict["user_review"] = user_review
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        _category = d.pop("category", UNSET)
        category: MemoryCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = MemoryCategory(_category)

        content = d.pop("content", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        edited = d.pop("edited", UNSET)

        manually_added = d.pop("manually_added", UNSET)

        reviewed = d.pop("reviewed", UNSET)

        scoring = d.pop("scoring", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        user_review = d.pop("user_review", UNSET)

        visibility = d.pop("visibility", UNSET)

        developer_memory = cls(
            id=id,
            category=category,
            content=content,
            created_at=created_at,
            edited=edited,
            manually_added=manually_added,
            reviewed=reviewed,
            scoring=scoring,
            tags=tags,
            updated_at=updated_at,
            user_review=user_review,
            visibility=visibility,
        )

        developer_memory.additional_properties = d
        return developer_memory

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
