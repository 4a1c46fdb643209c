from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.external_integration_conversation_source import (
    ExternalIntegrationConversationSource,
)
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        from ..models.geolocation_input import GeolocationInput

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
        from ..models.geolocation_input import GeolocationInput

        d = dict(src_dict)
        text = d.pop("text")

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        def _parse_geolocation(data: object) -> GeolocationInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                geolocation_type_0 = GeolocationInput.from_dict(data)

                return geolocation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeolocationInput | None | Unset, data)

        geolocation = _parse_geolocation(d.pop("geolocation", UNSET))

        language = d.pop("language", UNSET)

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        _text_source = d.pop("text_source", UNSET)
        text_source: ExternalIntegrationConversationSource | Unset
        if isinstance(_text_source, Unset):
            text_source = UNSET
        else:
            text_source = ExternalIntegrationConversationSource(_text_source)

        text_source_spec = d.pop("text_source_spec", UNSET)

        create_conversation_request = cls(
            text=text,
            finished_at=finished_at,
            geolocation=geolocation,
            language=language,
            started_at=started_at,
            text_source=text_source,
            text_source_spec=text_source_spec,
        )

        create_conversation_request.additional_properties = d
        return create_conversation_request

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
