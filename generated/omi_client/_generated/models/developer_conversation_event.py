from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..types import MISSING, Unset

T = TypeVar("T", bound="DeveloperConversationEvent")


@_attrs_define
class DeveloperConversationEvent:
    """
    Attributes:
        created (bool):  Default: False.
        description (str):  Default: ''.
        duration (int):  Default: 30.
        start (datetime.datetime):
        title (str):
    """

    start: datetime.datetime
    title: str
    created: bool = False
    description: str = ""
    duration: int = 30
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def to_dict(self) -> dict[str, Any]:
        start = self.start.isoformat()

        title = self.title

        created = self.created

        description = self.description

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "title": title,
                "created": created,
                "description": description,
                "duration": duration,
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
                    "a DeveloperConversationEvent object", _d
                )
            _d = dict(_d)
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            start = _d["start"]
            title = _d["title"]
            created = _d["created"]
            description = _d["description"]
            duration = _d["duration"]
        except KeyError:
            _get = _d.get
            start = _get("start", MISSING)
            title = _get("title", MISSING)
            created = _get("created", MISSING)
            description = _get("description", MISSING)
            duration = _get("duration", MISSING)
        if start.__class__ is str:
            try:
                start = _fromisoformat(start)
            except ValueError:
                raise ResponseParseError.wrong_type(
                    "an ISO 8601 date-time", start, "start"
                ) from None
        else:
            raise ResponseParseError.wrong_type("an ISO 8601 date-time", start, "start")

        if title.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", title, "title")

        if created.__class__ is bool:
            pass
        elif created is MISSING:
            created = False
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("bool", created, "created")

        if description.__class__ is str:
            pass
        elif description is MISSING:
            description = ""
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str", description, "description")

        if duration.__class__ is int:
            pass
        elif duration.__class__ is float and duration.is_integer():
            duration = int(duration)
        elif duration is MISSING:
            duration = 30
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("int", duration, "duration")

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.start = start
        _model.title = title
        _model.created = created
        _model.description = description
        _model.duration = duration
        if len(_d) + _absent == 5:
            _model.additional_properties = {}
        else:
            _model.additional_properties = {
                k: v
                for k, v in _d.items()
                if k
                not in {
                    "start",
                    "title",
                    "created",
                    "description",
                    "duration",
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
