from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import ResponseParseError
from ..types import MISSING, Unset

T = TypeVar("T", bound="DeveloperConversationActionItem")


@_attrs_define
class DeveloperConversationActionItem:
    """
    Attributes:
        completed (bool):  Default: False.
        completed_at (datetime.datetime | None):
        conversation_id (None | str):
        created_at (datetime.datetime | None):
        description (str):
        due_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
    """

    description: str
    completed: bool = False
    completed_at: datetime.datetime | None = None
    conversation_id: None | str = None
    created_at: datetime.datetime | None = None
    due_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        completed = self.completed

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        conversation_id: None | str
        conversation_id = self.conversation_id

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        due_at: None | str
        if isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "completed": completed,
                "completed_at": completed_at,
                "conversation_id": conversation_id,
                "created_at": created_at,
                "due_at": due_at,
                "updated_at": updated_at,
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
                    "a DeveloperConversationActionItem object", _d
                )
            _d = dict(_d)
        _absent = 0
        # The common case, every field present, reads them with plain subscripts (the fastest
        # lookup); when some are left out, MISSING marks them and the checks fill or refuse them.
        try:
            description = _d["description"]
            completed = _d["completed"]
            completed_at = _d["completed_at"]
            conversation_id = _d["conversation_id"]
            created_at = _d["created_at"]
            due_at = _d["due_at"]
            updated_at = _d["updated_at"]
        except KeyError:
            _get = _d.get
            description = _get("description", MISSING)
            completed = _get("completed", MISSING)
            completed_at = _get("completed_at", MISSING)
            conversation_id = _get("conversation_id", MISSING)
            created_at = _get("created_at", MISSING)
            due_at = _get("due_at", MISSING)
            updated_at = _get("updated_at", MISSING)
        if description.__class__ is str:
            pass
        else:
            raise ResponseParseError.wrong_type("str", description, "description")

        if completed.__class__ is bool:
            pass
        elif completed is MISSING:
            completed = False
            _absent += 1
        else:
            raise ResponseParseError.wrong_type("bool", completed, "completed")

        if completed_at.__class__ is str:
            try:
                completed_at = _fromisoformat(completed_at)
            except ValueError:
                raise ResponseParseError.wrong_type(
                    "an ISO 8601 date-time", completed_at, "completed_at"
                ) from None
        elif completed_at is None:
            pass
        elif completed_at is MISSING:
            completed_at = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "an ISO 8601 date-time or null", completed_at, "completed_at"
            )

        if conversation_id.__class__ is str or conversation_id is None:
            pass
        elif conversation_id is MISSING:
            conversation_id = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "str or null", conversation_id, "conversation_id"
            )

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

        if due_at.__class__ is str:
            try:
                due_at = _fromisoformat(due_at)
            except ValueError:
                raise ResponseParseError.wrong_type(
                    "an ISO 8601 date-time", due_at, "due_at"
                ) from None
        elif due_at is None:
            pass
        elif due_at is MISSING:
            due_at = None
            _absent += 1
        else:
            raise ResponseParseError.wrong_type(
                "an ISO 8601 date-time or null", due_at, "due_at"
            )

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

        # Built without __init__ (the values are checked above): about a fifth of the parse time.
        _model = object.__new__(cls)
        _model.description = description
        _model.completed = completed
        _model.completed_at = completed_at
        _model.conversation_id = conversation_id
        _model.created_at = created_at
        _model.due_at = due_at
        _model.updated_at = updated_at
        if len(_d) + _absent == 7:
            _model.additional_properties = {}
        else:
            _model.additional_properties = {
                k: v
                for k, v in _d.items()
                if k
                not in {
                    "description",
                    "completed",
                    "completed_at",
                    "conversation_id",
                    "created_at",
                    "due_at",
                    "updated_at",
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
