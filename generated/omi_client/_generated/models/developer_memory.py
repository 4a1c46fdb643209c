from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..models.memory_category import MemoryCategory
from ..types import MISSING, Unset

T = TypeVar("T", bound="DeveloperMemory")


@_attrs_define
class DeveloperMemory:
    """
    Attributes:
        category (MemoryCategory):
        content (str):  Default: ''.
        created_at (datetime.datetime | None):
        edited (bool):  Default: False.
        id (str):
        manually_added (bool):  Default: False.
        reviewed (bool):  Default: False.
        scoring (None | str):
        tags (list[str]):
        updated_at (datetime.datetime | None):
        user_review (bool | None):
        visibility (None | str):  Default: 'private'.
    """

    id: str
    category: MemoryCategory = MemoryCategory("interesting")
    content: str = ""
    created_at: datetime.datetime | None = None
    edited: bool = False
    manually_added: bool = False
    reviewed: bool = False
    scoring: None | str = None
    tags: list[str] = _attrs_field(factory=list)
    updated_at: datetime.datetime | None = None
    user_review: bool | None = None
    visibility: None | str = "private"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        category = self.category.value

        content = self.content

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        edited = self.edited

        manually_added = self.manually_added

        reviewed = self.reviewed

        scoring: None | str
        scoring = self.scoring

        tags = self.tags

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        user_review: bool | None
        user_review = self.user_review

        visibility: None | str
        visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "category": category,
                "content": content,
                "created_at": created_at,
                "edited": edited,
                "manually_added": manually_added,
                "reviewed": reviewed,
                "scoring": scoring,
                "tags": tags,
                "updated_at": updated_at,
                "user_review": user_review,
                "visibility": visibility,
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
                raise ResponseParseError.wrong_type("a DeveloperMemory object", _d)
            _d = dict(_d)
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            id = _d["id"]
            category = _d["category"]
            content = _d["content"]
            created_at = _d["created_at"]
            edited = _d["edited"]
            manually_added = _d["manually_added"]
            reviewed = _d["reviewed"]
            scoring = _d["scoring"]
            tags = _d["tags"]
            updated_at = _d["updated_at"]
            user_review = _d["user_review"]
            visibility = _d["visibility"]
        except KeyError:
            _get = _d.get
            id = _get("id", MISSING)
            category = _get("category", MISSING)
            content = _get("content", MISSING)
            created_at = _get("created_at", MISSING)
            edited = _get("edited", MISSING)
            manually_added = _get("manually_added", MISSING)
            reviewed = _get("reviewed", MISSING)
            scoring = _get("scoring", MISSING)
            tags = _get("tags", MISSING)
            updated_at = _get("updated_at", MISSING)
            user_review = _get("user_review", MISSING)
            visibility = _get("visibility", MISSING)
        if id.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", id, "id")

        if category.__class__ is str:
            category = _MemoryCategory_BY_VALUE.get(category) or MemoryCategory(
                category
            )
        elif category is MISSING:
            category = MemoryCategory("interesting")
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str", category, "category")

        if content.__class__ is str:
            pass
        elif content is MISSING:
            content = ""
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str", content, "content")

        if created_at.__class__ is str:
            try:
                created_at = _fromisoformat(created_at)
            except ValueError:
                raise ResponseParseError.wrong_type(
                    "an ISO 8601 date-time", created_at, "created_at"
                ) from None
        elif created_at is None:
            pass
        elif created_at is MISSING:
            created_at = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "an ISO 8601 date-time or null", created_at, "created_at"
            )

        if edited.__class__ is bool:
            pass
        elif edited is MISSING:
            edited = False
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("bool", edited, "edited")

        if manually_added.__class__ is bool:
            pass
        elif manually_added is MISSING:
            manually_added = False
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "bool", manually_added, "manually_added"
            )

        if reviewed.__class__ is bool:
            pass
        elif reviewed is MISSING:
            reviewed = False
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("bool", reviewed, "reviewed")

        if scoring.__class__ is str or scoring is None:
            pass
        elif scoring is MISSING:
            scoring = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str or null", scoring, "scoring")

        if tags.__class__ is list:
            for _tags_i in tags:
                if not (_tags_i.__class__ is str):
                    raise ResponseParseError.wrong_type(
                        "str", _tags_i, "tags", tags.index(_tags_i)
                    )
        elif tags is MISSING:
            tags = []
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("list[str]", tags, "tags")

        if updated_at.__class__ is str:
            try:
                updated_at = _fromisoformat(updated_at)
            except ValueError:
                raise ResponseParseError.wrong_type(
                    "an ISO 8601 date-time", updated_at, "updated_at"
                ) from None
        elif updated_at is None:
            pass
        elif updated_at is MISSING:
            updated_at = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "an ISO 8601 date-time or null", updated_at, "updated_at"
            )

        if user_review.__class__ is bool or user_review is None:
            pass
        elif user_review is MISSING:
            user_review = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "bool or null", user_review, "user_review"
            )

        if visibility.__class__ is str or visibility is None:
            pass
        elif visibility is MISSING:
            visibility = "private"
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str or null", visibility, "visibility")

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.id = id
        _model.category = category
        _model.content = content
        _model.created_at = created_at
        _model.edited = edited
        _model.manually_added = manually_added
        _model.reviewed = reviewed
        _model.scoring = scoring
        _model.tags = tags
        _model.updated_at = updated_at
        _model.user_review = user_review
        _model.visibility = visibility
        if len(_d) + _absent == 12:
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
                    "created_at",
                    "edited",
                    "manually_added",
                    "reviewed",
                    "scoring",
                    "tags",
                    "updated_at",
                    "user_review",
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


_fromisoformat = datetime.datetime.fromisoformat
_MemoryCategory_BY_VALUE = MemoryCategory._value2member_map_
