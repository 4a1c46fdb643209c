from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..models.memory_category import MemoryCategory
from ..types import MISSING, UNSET, Unset

T = TypeVar("T", bound="UpdateMemoryRequest")


@_attrs_define
class UpdateMemoryRequest:
    """
    Attributes:
        category (MemoryCategory | None | Unset): New category for the memory
        content (None | str | Unset): New content for the memory
        tags (list[str] | None | Unset): New tags for the memory
        visibility (None | str | Unset): New visibility: public or private
    """

    category: MemoryCategory | None | Unset = UNSET
    content: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    visibility: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def to_dict(self) -> dict[str, Any]:
        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, MemoryCategory):
            category = self.category.value
        else:
            category = self.category

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        visibility: None | str | Unset
        if isinstance(self.visibility, Unset):
            visibility = UNSET
        else:
            visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if content is not UNSET:
            field_dict["content"] = content
        if tags is not UNSET:
            field_dict["tags"] = tags
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

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
                raise ResponseParseError.wrong_type("a UpdateMemoryRequest object", _d)
            _d = dict(_d)
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            category = _d["category"]
            content = _d["content"]
            tags = _d["tags"]
            visibility = _d["visibility"]
        except KeyError:
            _get = _d.get
            category = _get("category", MISSING)
            content = _get("content", MISSING)
            tags = _get("tags", MISSING)
            visibility = _get("visibility", MISSING)
        if category.__class__ is str:
            category = _MemoryCategory_BY_VALUE.get(category) or MemoryCategory(
                category
            )
        elif category is None:
            pass
        elif category is MISSING:
            category = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str or null", category, "category")

        if content.__class__ is str or content is None:
            pass
        elif content is MISSING:
            content = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str or null", content, "content")

        if tags.__class__ is list:
            for _tags_i in tags:
                if not (_tags_i.__class__ is str):
                    raise ResponseParseError.wrong_type(
                        "str", _tags_i, "tags", tags.index(_tags_i)
                    )
        elif tags is None:
            pass
        elif tags is MISSING:
            tags = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("list[str] or null", tags, "tags")

        if visibility.__class__ is str or visibility is None:
            pass
        elif visibility is MISSING:
            visibility = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str or null", visibility, "visibility")

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.category = category
        _model.content = content
        _model.tags = tags
        _model.visibility = visibility
        if len(_d) + _absent == 4:
            _model.additional_properties = {}
        else:
            _model.additional_properties = {
                k: v
                for k, v in _d.items()
                if k
                not in {
                    "category",
                    "content",
                    "tags",
                    "visibility",
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


_MemoryCategory_BY_VALUE = MemoryCategory._value2member_map_
