from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.category_enum import CategoryEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.developer_conversation_action_item import (
        DeveloperConversationActionItem,
    )
    from ..models.developer_conversation_event import DeveloperConversationEvent


T = TypeVar("T", bound="DeveloperConversationStructured")


@_attrs_define
class DeveloperConversationStructured:
    """
    Attributes:
        category (CategoryEnum):
        overview (str):
        title (str):
        action_items (list[DeveloperConversationActionItem] | Unset):
        emoji (str | Unset):  Default: '🧠'.
        events (list[DeveloperConversationEvent] | Unset):
    """

    category: CategoryEnum
    overview: str
    title: str
    action_items: list[DeveloperConversationActionItem] | Unset = UNSET
    emoji: str | Unset = "🧠"
    events: list[DeveloperConversationEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        overview = self.overview

        title = self.title

        action_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.action_items, Unset):
            action_items = []
            for action_items_item_data in self.action_items:
                action_items_item = action_items_item_data.to_dict()
                action_items.append(action_items_item)

        emoji = self.emoji

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "overview": overview,
                "title": title,
            }
        )
        if action_items is not UNSET:
            field_dict["action_items"] = action_items
        if emoji is not UNSET:
            field_dict["emoji"] = emoji
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.developer_conversation_action_item import (
            DeveloperConversationActionItem,
        )
        from ..models.developer_conversation_event import DeveloperConversationEvent

        d = dict(src_dict)
        category = CategoryEnum(d.pop("category"))

        overview = d.pop("overview")

        title = d.pop("title")

        _action_items = d.pop("action_items", UNSET)
        action_items: list[DeveloperConversationActionItem] | Unset = UNSET
        if _action_items is not UNSET:
            action_items = []
            for action_items_item_data in _action_items:
                action_items_item = DeveloperConversationActionItem.from_dict(
                    action_items_item_data
                )

                action_items.append(action_items_item)

        emoji = d.pop("emoji", UNSET)

        _events = d.pop("events", UNSET)
        events: list[DeveloperConversationEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = DeveloperConversationEvent.from_dict(events_item_data)

                events.append(events_item)

        developer_conversation_structured = cls(
            category=category,
            overview=overview,
            title=title,
            action_items=action_items,
            emoji=emoji,
            events=events,
        )

        developer_conversation_structured.additional_properties = d
        return developer_conversation_structured

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
