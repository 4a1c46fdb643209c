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
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            category = _d["category"]
            overview = _d["overview"]
            title = _d["title"]
            action_items = _d["action_items"]
            emoji = _d["emoji"]
            events = _d["events"]
        except KeyError:
            _get = _d.get
            category = _get("category", MISSING)
            overview = _get("overview", MISSING)
            title = _get("title", MISSING)
            action_items = _get("action_items", MISSING)
            emoji = _get("emoji", MISSING)
            events = _get("events", MISSING)
        if category.__class__ is str:
            category = _CategoryEnum_BY_VALUE.get(category) or CategoryEnum(category)
        else:
            raise ResponseParseError.wrong_type("str", category, "category")

        if overview.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", overview, "overview")

        if title.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", title, "title")

        if action_items.__class__ is list:
            _action_items_parse = DeveloperConversationActionItem.from_dict
            try:
                action_items = [_action_items_parse(_item) for _item in action_items]
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

        if emoji.__class__ is str:
            pass
        elif emoji is MISSING:
            emoji = "🧠"
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str", emoji, "emoji")

        if events.__class__ is list:
            _events_parse = DeveloperConversationEvent.from_dict
            try:
                events = [_events_parse(_item) for _item in events]
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

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.category = category
        _model.overview = overview
        _model.title = title
        _model.action_items = action_items
        _model.emoji = emoji
        _model.events = events
        if len(_d) + _absent == 6:
            _model.additional_properties = {}
        else:
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


_CategoryEnum_BY_VALUE = CategoryEnum._value2member_map_


# omi-client: the nested models, imported once this class exists (they may import this module back),
# so that parsing does not run an import statement per object.
from ..models.developer_conversation_action_item import DeveloperConversationActionItem
from ..models.developer_conversation_event import DeveloperConversationEvent
