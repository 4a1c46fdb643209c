from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..types import MISSING, UNSET, Unset

T = TypeVar("T", bound="DevApiKeyCreate")


@_attrs_define
class DevApiKeyCreate:
    """
    Attributes:
        name (str):
        scopes (list[str] | None | Unset):
    """

    name: str
    scopes: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

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
                raise ResponseParseError.wrong_type("a DevApiKeyCreate object", _d)
            _d = dict(_d)
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            name = _d["name"]
            scopes = _d["scopes"]
        except KeyError:
            _get = _d.get
            name = _get("name", MISSING)
            scopes = _get("scopes", MISSING)
        if name.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", name, "name")

        if scopes.__class__ is list:
            for _scopes_i in scopes:
                if not (_scopes_i.__class__ is str):
                    raise ResponseParseError.wrong_type(
                        "str", _scopes_i, "scopes", scopes.index(_scopes_i)
                    )
        elif scopes is None:
            pass
        elif scopes is MISSING:
            scopes = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("list[str] or null", scopes, "scopes")

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.name = name
        _model.scopes = scopes
        if len(_d) + _absent == 2:
            _model.additional_properties = {}
        else:
            _model.additional_properties = {
                k: v
                for k, v in _d.items()
                if k
                not in {
                    "name",
                    "scopes",
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
