from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..types import MISSING, Unset

if TYPE_CHECKING:
    from ..models.developer_action_item import DeveloperActionItem


T = TypeVar("T", bound="BatchActionItemsResponse")


@_attrs_define
class BatchActionItemsResponse:
    """
    Attributes:
        action_items (list[DeveloperActionItem]):
        created_count (int):
    """

    action_items: list[DeveloperActionItem]
    created_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def to_dict(self) -> dict[str, Any]:
        action_items = []
        for action_items_item_data in self.action_items:
            action_items_item = action_items_item_data.to_dict()
            action_items.append(action_items_item)

        created_count = self.created_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_items": action_items,
                "created_count": created_count,
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
                    "a BatchActionItemsResponse object", _d
                )
            _d = dict(_d)
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            action_items = _d["action_items"]
            created_count = _d["created_count"]
        except KeyError:
            _get = _d.get
            action_items = _get("action_items", MISSING)
            created_count = _get("created_count", MISSING)
        if action_items.__class__ is list:
            _action_items_parse = DeveloperActionItem.from_dict
            try:
                action_items = [_action_items_parse(_item) for _item in action_items]
            except ResponseParseError as exc:
                raise ResponseParseError.in_list(
                    DeveloperActionItem.from_dict, action_items, exc
                ).inside_path("action_items") from None
        else:
            raise ResponseParseError.wrong_type(
                "an array of DeveloperActionItem objects", action_items, "action_items"
            )

        if created_count.__class__ is int:
            pass
        elif created_count.__class__ is float and created_count.is_integer():
            created_count = int(created_count)
        else:
            raise ResponseParseError.wrong_type("int", created_count, "created_count")

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.action_items = action_items
        _model.created_count = created_count
        if len(_d) + _absent == 2:
            _model.additional_properties = {}
        else:
            _model.additional_properties = {
                k: v
                for k, v in _d.items()
                if k
                not in {
                    "action_items",
                    "created_count",
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
from ..models.developer_action_item import DeveloperActionItem
