from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..types import MISSING, Unset

T = TypeVar("T", bound="DeveloperAskSource")


@_attrs_define
class DeveloperAskSource:
    """
    Attributes:
        created_at (datetime.datetime | None):
        id (str):
        title (str):
    """

    id: str
    title: str
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "created_at": created_at,
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
                raise ResponseParseError.wrong_type("a DeveloperAskSource object", _d)
            _d = dict(_d)
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            id = _d["id"]
            title = _d["title"]
            created_at = _d["created_at"]
        except KeyError:
            _get = _d.get
            id = _get("id", MISSING)
            title = _get("title", MISSING)
            created_at = _get("created_at", MISSING)
        if id.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", id, "id")

        if title.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", title, "title")

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

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.id = id
        _model.title = title
        _model.created_at = created_at
        if len(_d) + _absent == 3:
            _model.additional_properties = {}
        else:
            _model.additional_properties = {
                k: v
                for k, v in _d.items()
                if k
                not in {
                    "id",
                    "title",
                    "created_at",
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
