from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..types import MISSING, UNSET, Unset

T = TypeVar("T", bound="DeveloperAskRequest")


@_attrs_define
class DeveloperAskRequest:
    """
    Attributes:
        question (str): A natural-language question about the user's life/conversations
        limit (int | Unset): How many of the most relevant conversations to ground the answer on Default: 5.
        timezone (str | Unset): IANA timezone used to resolve relative dates in the answer Default: 'UTC'.
    """

    question: str
    limit: int | Unset = 5
    timezone: str | Unset = "UTC"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def to_dict(self) -> dict[str, Any]:
        question = self.question

        limit = self.limit

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "question": question,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

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
                raise ResponseParseError.wrong_type("a DeveloperAskRequest object", _d)
            _d = dict(_d)
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            question = _d["question"]
            limit = _d["limit"]
            timezone = _d["timezone"]
        except KeyError:
            _get = _d.get
            question = _get("question", MISSING)
            limit = _get("limit", MISSING)
            timezone = _get("timezone", MISSING)
        if question.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", question, "question")

        if limit.__class__ is int:
            pass
        elif limit.__class__ is float and limit.is_integer():
            limit = int(limit)
        elif limit is MISSING:
            limit = 5
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("int", limit, "limit")

        if timezone.__class__ is str:
            pass
        elif timezone is MISSING:
            timezone = "UTC"
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str", timezone, "timezone")

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.question = question
        _model.limit = limit
        _model.timezone = timezone
        if len(_d) + _absent == 3:
            _model.additional_properties = {}
        else:
            _model.additional_properties = {
                k: v
                for k, v in _d.items()
                if k
                not in {
                    "question",
                    "limit",
                    "timezone",
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
