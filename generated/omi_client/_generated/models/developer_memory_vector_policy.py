from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..types import MISSING, Unset

T = TypeVar("T", bound="DeveloperMemoryVectorPolicy")


@_attrs_define
class DeveloperMemoryVectorPolicy:
    """
    Attributes:
        app_has_default_memory_grant (bool):
        archive_capability (bool):
        consumer (str):
        raw_provenance_capability (bool):
    """

    app_has_default_memory_grant: bool
    archive_capability: bool
    consumer: str
    raw_provenance_capability: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def to_dict(self) -> dict[str, Any]:
        app_has_default_memory_grant = self.app_has_default_memory_grant

        archive_capability = self.archive_capability

        consumer = self.consumer

        raw_provenance_capability = self.raw_provenance_capability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_has_default_memory_grant": app_has_default_memory_grant,
                "archive_capability": archive_capability,
                "consumer": consumer,
                "raw_provenance_capability": raw_provenance_capability,
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
                    "a DeveloperMemoryVectorPolicy object", _d
                )
            _d = dict(_d)
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            app_has_default_memory_grant = _d["app_has_default_memory_grant"]
            archive_capability = _d["archive_capability"]
            consumer = _d["consumer"]
            raw_provenance_capability = _d["raw_provenance_capability"]
        except KeyError:
            _get = _d.get
            app_has_default_memory_grant = _get("app_has_default_memory_grant", MISSING)
            archive_capability = _get("archive_capability", MISSING)
            consumer = _get("consumer", MISSING)
            raw_provenance_capability = _get("raw_provenance_capability", MISSING)
        if app_has_default_memory_grant.__class__ is bool:
            pass
        else:
            raise ResponseParseError.wrong_type(
                "bool", app_has_default_memory_grant, "app_has_default_memory_grant"
            )

        if archive_capability.__class__ is bool:
            pass
        else:
            raise ResponseParseError.wrong_type(
                "bool", archive_capability, "archive_capability"
            )

        if consumer.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", consumer, "consumer")

        if raw_provenance_capability.__class__ is bool:
            pass
        else:
            raise ResponseParseError.wrong_type(
                "bool", raw_provenance_capability, "raw_provenance_capability"
            )

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.app_has_default_memory_grant = app_has_default_memory_grant
        _model.archive_capability = archive_capability
        _model.consumer = consumer
        _model.raw_provenance_capability = raw_provenance_capability
        if len(_d) + _absent == 4:
            _model.additional_properties = {}
        else:
            _model.additional_properties = {
                k: v
                for k, v in _d.items()
                if k
                not in {
                    "app_has_default_memory_grant",
                    "archive_capability",
                    "consumer",
                    "raw_provenance_capability",
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
