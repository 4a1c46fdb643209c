from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..models.memory_category import MemoryCategory
from ..types import MISSING, UNSET, Unset

T = TypeVar("T", bound="CreateMemoryRequest")


@_attrs_define
class CreateMemoryRequest:
    """
    Attributes:
        content (str): The content of the memory
        category (MemoryCategory | None | Unset): Memory category: interesting, system, or manual (auto-categorized if
            not provided)
        tags (list[str] | Unset): Tags associated with the memory
        visibility (str | Unset): Visibility: public or private Default: 'private'.
    """

    content: str
    category: MemoryCategory | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    visibility: str | Unset = "private"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, MemoryCategory):
            category = self.category.value
        else:
            category = self.category

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
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
                raise ResponseParseError.wrong_type("a CreateMemoryRequest object", _d)
            _d = dict(_d)
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            content = _d["content"]
            category = _d["category"]
            tags = _d["tags"]
            visibility = _d["visibility"]
        except KeyError:
            _get = _d.get
            content = _get("content", MISSING)
            category = _get("category", MISSING)
            tags = _get("tags", MISSING)
            visibility = _get("visibility", MISSING)
        if content.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", content, "content")

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

        if tags.__class__ is list:
            for _tags_i in tags:
                if not (_tags_i.__class__ is str):
                    raise ResponseParseError.wrong_type(
                        "str", _tags_i, "tags", tags.index(_tags_i)
                    )
        elif tags is MISSING:
            tags = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("list[str]", tags, "tags")

        if visibility.__class__ is str:
            pass
        elif visibility is MISSING:
            visibility = "private"
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str", visibility, "visibility")

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.content = content
        _model.category = category
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
                    "content",
                    "category",
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
