from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..types import MISSING, Unset

if TYPE_CHECKING:
    from ..models.developer_memory_vector_item import DeveloperMemoryVectorItem
    from ..models.developer_memory_vector_policy import DeveloperMemoryVectorPolicy


T = TypeVar("T", bound="DeveloperMemoryVectorSearchResponse")


@_attrs_define
class DeveloperMemoryVectorSearchResponse:
    """
    Attributes:
        archive_default_visible (bool):
        items (list[DeveloperMemoryVectorItem]):
        policy (DeveloperMemoryVectorPolicy):
        returned_count (int):
    """

    archive_default_visible: bool
    policy: DeveloperMemoryVectorPolicy
    returned_count: int
    items: list[DeveloperMemoryVectorItem] = _attrs_field(factory=list)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def to_dict(self) -> dict[str, Any]:
        archive_default_visible = self.archive_default_visible

        policy = self.policy.to_dict()

        returned_count = self.returned_count

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
                "items": items,
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
                    "a DeveloperMemoryVectorSearchResponse object", _d
                )
            _d = dict(_d)
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            archive_default_visible = _d["archive_default_visible"]
            policy = _d["policy"]
            returned_count = _d["returned_count"]
            items = _d["items"]
        except KeyError:
            _get = _d.get
            archive_default_visible = _get("archive_default_visible", MISSING)
            policy = _get("policy", MISSING)
            returned_count = _get("returned_count", MISSING)
            items = _get("items", MISSING)
        if archive_default_visible.__class__ is bool:
            pass
        else:
            raise ResponseParseError.wrong_type(
                "bool", archive_default_visible, "archive_default_visible"
            )

        if policy.__class__ is dict:
            try:
                policy = DeveloperMemoryVectorPolicy.from_dict(policy)
            except ResponseParseError as exc:
                raise exc.inside_path("policy") from None
        else:
            raise ResponseParseError.wrong_type(
                "a DeveloperMemoryVectorPolicy object", policy, "policy"
            )

        if returned_count.__class__ is int:
            pass
        elif returned_count.__class__ is float and returned_count.is_integer():
            returned_count = int(returned_count)
        else:
            raise ResponseParseError.wrong_type("int", returned_count, "returned_count")

        if items.__class__ is list:
            _items_parse = DeveloperMemoryVectorItem.from_dict
            try:
                items = [_items_parse(_item) for _item in items]
            except ResponseParseError as exc:
                raise ResponseParseError.in_list(
                    DeveloperMemoryVectorItem.from_dict, items, exc
                ).inside_path("items") from None
        elif items is MISSING:
            items = []
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "an array of DeveloperMemoryVectorItem objects", items, "items"
            )

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.archive_default_visible = archive_default_visible
        _model.policy = policy
        _model.returned_count = returned_count
        _model.items = items
        if len(_d) + _absent == 4:
            _model.additional_properties = {}
        else:
            _model.additional_properties = {
                k: v
                for k, v in _d.items()
                if k
                not in {
                    "archive_default_visible",
                    "policy",
                    "returned_count",
                    "items",
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
from ..models.developer_memory_vector_item import DeveloperMemoryVectorItem
from ..models.developer_memory_vector_policy import DeveloperMemoryVectorPolicy
