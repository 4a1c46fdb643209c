from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..models.external_integration_conversation_source import (
    ExternalIntegrationConversationSource,
)
from ..types import MISSING, UNSET, Unset

if TYPE_CHECKING:
    from ..models.geolocation_input import GeolocationInput


T = TypeVar("T", bound="CreateConversationRequest")


@_attrs_define
class CreateConversationRequest:
    """
    Attributes:
        text (str): The conversation text/transcript
        finished_at (datetime.datetime | None | Unset): When the conversation finished (defaults to started_at + 5
            minutes)
        geolocation (GeolocationInput | None | Unset): Geolocation where conversation occurred
        language (None | str | Unset): Language code (ISO 639-1, e.g., 'en', 'es', 'fr') Default: 'en'.
        started_at (datetime.datetime | None | Unset): When the conversation started (defaults to now)
        text_source (ExternalIntegrationConversationSource | Unset):
        text_source_spec (None | str | Unset): Additional source specification (e.g., 'email', 'slack', 'whatsapp')
    """

    text: str
    finished_at: datetime.datetime | None | Unset = UNSET
    geolocation: GeolocationInput | None | Unset = UNSET
    language: None | str | Unset = "en"
    started_at: datetime.datetime | None | Unset = UNSET
    text_source: ExternalIntegrationConversationSource | Unset = UNSET
    text_source_spec: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        geolocation: dict[str, Any] | None | Unset
        if isinstance(self.geolocation, Unset):
            geolocation = UNSET
        elif isinstance(self.geolocation, GeolocationInput):
            geolocation = self.geolocation.to_dict()
        else:
            geolocation = self.geolocation

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        text_source: str | Unset = UNSET
        if not isinstance(self.text_source, Unset):
            text_source = self.text_source.value

        text_source_spec: None | str | Unset
        if isinstance(self.text_source_spec, Unset):
            text_source_spec = UNSET
        else:
            text_source_spec = self.text_source_spec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if geolocation is not UNSET:
            field_dict["geolocation"] = geolocation
        if language is not UNSET:
            field_dict["language"] = language
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if text_source is not UNSET:
            field_dict["text_source"] = text_source
        if text_source_spec is not UNSET:
            field_dict["text_source_spec"] = text_source_spec

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
                    "a CreateConversationRequest object", _d
                )
            _d = dict(_d)
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            text = _d["text"]
            finished_at = _d["finished_at"]
            geolocation = _d["geolocation"]
            language = _d["language"]
            started_at = _d["started_at"]
            text_source = _d["text_source"]
            text_source_spec = _d["text_source_spec"]
        except KeyError:
            _get = _d.get
            text = _get("text", MISSING)
            finished_at = _get("finished_at", MISSING)
            geolocation = _get("geolocation", MISSING)
            language = _get("language", MISSING)
            started_at = _get("started_at", MISSING)
            text_source = _get("text_source", MISSING)
            text_source_spec = _get("text_source_spec", MISSING)
        if text.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", text, "text")

        if finished_at.__class__ is str:
            try:
                finished_at = _fromisoformat(finished_at)
            except ValueError:
                raise ResponseParseError.wrong_type(
                    "an ISO 8601 date-time", finished_at, "finished_at"
                ) from None
        elif finished_at is None:
            pass
        elif finished_at is MISSING:
            finished_at = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "an ISO 8601 date-time or null", finished_at, "finished_at"
            )

        if geolocation.__class__ is dict:
            try:
                geolocation = GeolocationInput.from_dict(geolocation)
            except ResponseParseError as exc:
                raise exc.inside_path("geolocation") from None
        elif geolocation is None:
            pass
        elif geolocation is MISSING:
            geolocation = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "a GeolocationInput object or null", geolocation, "geolocation"
            )

        if language.__class__ is str or language is None:
            pass
        elif language is MISSING:
            language = "en"
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str or null", language, "language")

        if started_at.__class__ is str:
            try:
                started_at = _fromisoformat(started_at)
            except ValueError:
                raise ResponseParseError.wrong_type(
                    "an ISO 8601 date-time", started_at, "started_at"
                ) from None
        elif started_at is None:
            pass
        elif started_at is MISSING:
            started_at = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "an ISO 8601 date-time or null", started_at, "started_at"
            )

        if text_source.__class__ is str:
            text_source = _ExternalIntegrationConversationSource_BY_VALUE.get(
                text_source
            ) or ExternalIntegrationConversationSource(text_source)
        elif text_source is MISSING:
            text_source = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str", text_source, "text_source")

        if text_source_spec.__class__ is str or text_source_spec is None:
            pass
        elif text_source_spec is MISSING:
            text_source_spec = UNSET
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "str or null", text_source_spec, "text_source_spec"
            )

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.text = text
        _model.finished_at = finished_at
        _model.geolocation = geolocation
        _model.language = language
        _model.started_at = started_at
        _model.text_source = text_source
        _model.text_source_spec = text_source_spec
        if len(_d) + _absent == 7:
            _model.additional_properties = {}
        else:
            _model.additional_properties = {
                k: v
                for k, v in _d.items()
                if k
                not in {
                    "text",
                    "finished_at",
                    "geolocation",
                    "language",
                    "started_at",
                    "text_source",
                    "text_source_spec",
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
_ExternalIntegrationConversationSource_BY_VALUE = (
    ExternalIntegrationConversationSource._value2member_map_
)


# omi-client: the nested models, imported once this class exists (they may import this module back),
# so that parsing does not run an import statement per object.
from ..models.geolocation_input import GeolocationInput
