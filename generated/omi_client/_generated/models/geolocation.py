from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..types import MISSING, Unset

T = TypeVar("T", bound="Geolocation")


@_attrs_define
class Geolocation:
    """
    Attributes:
        address (None | str):
        google_place_id (None | str):
        latitude (float):
        location_type (None | str):
        longitude (float):
    """

    latitude: float
    longitude: float
    address: None | str = None
    google_place_id: None | str = None
    location_type: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def to_dict(self) -> dict[str, Any]:
        latitude = self.latitude

        longitude = self.longitude

        address: None | str
        address = self.address

        google_place_id: None | str
        google_place_id = self.google_place_id

        location_type: None | str
        location_type = self.location_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "latitude": latitude,
                "longitude": longitude,
                "address": address,
                "google_place_id": google_place_id,
                "location_type": location_type,
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
                raise ResponseParseError.wrong_type("a Geolocation object", _d)
            _d = dict(_d)
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            latitude = _d["latitude"]
            longitude = _d["longitude"]
            address = _d["address"]
            google_place_id = _d["google_place_id"]
            location_type = _d["location_type"]
        except KeyError:
            _get = _d.get
            latitude = _get("latitude", MISSING)
            longitude = _get("longitude", MISSING)
            address = _get("address", MISSING)
            google_place_id = _get("google_place_id", MISSING)
            location_type = _get("location_type", MISSING)
        if latitude.__class__ is float:
            pass
        elif latitude.__class__ is int:
            try:
                latitude = float(latitude)
            except OverflowError:
                raise ResponseParseError.wrong_type(
                    "a number in float range", latitude, "latitude"
                ) from None
        else:
            raise ResponseParseError.wrong_type("number", latitude, "latitude")

        if longitude.__class__ is float:
            pass
        elif longitude.__class__ is int:
            try:
                longitude = float(longitude)
            except OverflowError:
                raise ResponseParseError.wrong_type(
                    "a number in float range", longitude, "longitude"
                ) from None
        else:
            raise ResponseParseError.wrong_type("number", longitude, "longitude")

        if address.__class__ is str or address is None:
            pass
        elif address is MISSING:
            address = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("str or null", address, "address")

        if google_place_id.__class__ is str or google_place_id is None:
            pass
        elif google_place_id is MISSING:
            google_place_id = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "str or null", google_place_id, "google_place_id"
            )

        if location_type.__class__ is str or location_type is None:
            pass
        elif location_type is MISSING:
            location_type = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "str or null", location_type, "location_type"
            )

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.latitude = latitude
        _model.longitude = longitude
        _model.address = address
        _model.google_place_id = google_place_id
        _model.location_type = location_type
        if len(_d) + _absent == 5:
            _model.additional_properties = {}
        else:
            _model.additional_properties = {
                k: v
                for k, v in _d.items()
                if k
                not in {
                    "latitude",
                    "longitude",
                    "address",
                    "google_place_id",
                    "location_type",
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
