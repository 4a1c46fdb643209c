from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..models.category_enum import CategoryEnum
from ..types import MISSING, Unset

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
        action_items (list[DeveloperConversationActionItem]):
        category (CategoryEnum):
        emoji (str):  Default: '🧠'.
        events (list[DeveloperConversationEvent]):
        overview (str):
        title (str):
    """

    category: CategoryEnum
    overview: str
    title: str
    action_items: list[DeveloperConversationActionItem] = _attrs_field(factory=list)
    emoji: str = "🧠"
    events: list[DeveloperConversationEvent] = _attrs_field(factory=list)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        overview = self.overview

        title = self.title

        action_items = []
        for action_items_item_data in self.action_items:
            action_items_item = action_items_item_data.to_dict()
            action_items.append(action_items_item)

        emoji = self.emoji

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
                "action_items": action_items,
                "emoji": emoji,
                "events": events,
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
                raise ResponseParseError.wrong_type(
                    "a DeveloperConversationStructured object", _d
                )
            _d = dict(_d)
        _get = _d.get
        _absent = 0
        category = _get("category", MISSING)
        if category.__class__ is str:
            category = CategoryEnum._value2member_map_.get(category) or CategoryEnum(
                category
            )
        else:
            raise ResponseParseError.wrong_type("str", category, "category")

        overview = _get("overview", MISSING)
        if overview.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", overview, "overview")

        title = _get("title", MISSING)
        if title.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", title, "title")

        action_items = _get("action_items", MISSING)
        if action_items.__class__ is list:
            try:
                action_items = [
                    DeveloperConversationActionItem.from_dict(_item)
                    for _item in action_items
                ]
            except ResponseParseError as exc:
                raise ResponseParseError.in_list(
                    DeveloperConversationActionItem.from_dict, action_items, exc
                ).inside_path("action_items") from None
        elif action_items is MISSING:
            action_items = []
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "an array of DeveloperConversationActionItem objects",
                action_items,
                "action_items",
            )

        emoji = _get("emoji", MISSING)
        if emoji.__class__ is str:
            pass
        elif emoji is MISSING:
            emoji = "🧠"
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str", emoji, "emoji")

        events = _get("events", MISSING)
        if events.__class__ is list:
            try:
                events = [
                    DeveloperConversationEvent.from_dict(_item) for _item in events
                ]
            except ResponseParseError as exc:
                raise ResponseParseError.in_list(
                    DeveloperConversationEvent.from_dict, events, exc
                ).inside_path("events") from None
        elif events is MISSING:
            events = []
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "an array of DeveloperConversationEvent objects", events, "events"
            )

        _model = cls(
            category,
            overview,
            title,
            action_items,
            emoji,
            events,
        )
        if len(_d) + _absent != 6:
            _model.additional_properties = {
                k: v
                for k, v in _d.items()
                if k
                not in {
                    "category",
                    "overview",
                    "title",
                    "action_items",
                    "emoji",
                    "events",
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


# omi-client: the nested models, imported once this class exists (they may import this module back),
# so that parsing does not run an import statement per object.
from ..models.developer_conversation_action_item import DeveloperConversationActionItem
from ..models.developer_conversation_event import DeveloperConversationEvent
