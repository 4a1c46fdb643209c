from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..types import MISSING, Unset

T = TypeVar("T", bound="DeveloperMemoryVectorItem")


@_attrs_define
class DeveloperMemoryVectorItem:
    """
    Attributes:
        category (None | str):
        content (str):  Default: ''.
        id (str):
        relevance_score (float | None):
    """

    id: str
    category: None | str = None
    content: str = ""
    relevance_score: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        category: None | str
        category = self.category

        content = self.content

        relevance_score: float | None
        relevance_score = self.relevance_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "category": category,
                "content": content,
                "relevance_score": relevance_score,
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
                    "a DeveloperMemoryVectorItem object", _d
                )
            _d = dict(_d)
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            id = _d["id"]
            category = _d["category"]
            content = _d["content"]
            relevance_score = _d["relevance_score"]
        except KeyError:
            _get = _d.get
            id = _get("id", MISSING)
            category = _get("category", MISSING)
            content = _get("content", MISSING)
            relevance_score = _get("relevance_score", MISSING)
        if id.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", id, "id")

        if category.__class__ is str or category is None:
            pass
        elif category is MISSING:
            category = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str or null", category, "category")

        if content.__class__ is str:
            pass
        elif content is MISSING:
            content = ""
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str", content, "content")

        if relevance_score.__class__ is float:
            pass
        elif relevance_score.__class__ is int:
            try:
                relevance_score = float(relevance_score)
            except OverflowError:
                raise ResponseParseError.wrong_type(
                    "a number in float range", relevance_score, "relevance_score"
                ) from None
        elif relevance_score is None:
            pass
        elif relevance_score is MISSING:
            relevance_score = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "number or null", relevance_score, "relevance_score"
            )

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.id = id
        _model.category = category
        _model.content = content
        _model.relevance_score = relevance_score
        if len(_d) + _absent == 4:
            _model.additional_properties = {}
        else:
            _model.additional_properties = {
                k: v
                for k, v in _d.items()
                if k
                not in {
                    "id",
                    "category",
                    "content",
                    "relevance_score",
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
