"""Goals: list, get, create, update, set_progress, history, delete."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, cast

from .._prepare import call
from .._raw import async_to_raw
from .._types import NOT_GIVEN, DateTimeLike, NotGiven, given
from ._base import AsyncResource

if TYPE_CHECKING:
    from .._generated.models import DeveloperGoal, GoalHistoryEntryResponse

__all__ = ["AsyncGoals", "AsyncGoalsWithRawResponse"]

_OPERATIONS = {
    "list": "listGoals",
    "get": "getGoal",
    "create": "createGoal",
    "update": "updateGoal",
    "set_progress": "updateGoalProgress",
    "history": "listGoalHistory",
    "delete": "deleteGoal",
}

Number = int | float


class AsyncGoals(AsyncResource):
    operations = _OPERATIONS

    @cached_property
    def with_raw_response(self) -> AsyncGoalsWithRawResponse:
        """The same methods, each returning a RawResponse with the status and headers."""
        return AsyncGoalsWithRawResponse(self)

    async def list(
        self, *, limit: int = 10, include_inactive: bool = False
    ) -> builtins.list[DeveloperGoal]:
        c = call("listGoals", query={"limit": limit, "include_inactive": include_inactive})
        return cast("builtins.list[DeveloperGoal]", await self._run(c))

    async def get(self, goal_id: str) -> DeveloperGoal:
        return cast("DeveloperGoal", await self._run(call("getGoal", goal_id)))

    async def create(
        self,
        title: str,
        *,
        goal_type: str | NotGiven | None = NOT_GIVEN,
        target_value: Number | NotGiven | None = NOT_GIVEN,
        current_value: Number | NotGiven | None = NOT_GIVEN,
        min_value: Number | NotGiven | None = NOT_GIVEN,
        max_value: Number | NotGiven | None = NOT_GIVEN,
        unit: str | NotGiven | None = NOT_GIVEN,
        desired_outcome: str | NotGiven | None = NOT_GIVEN,
        why_it_matters: str | NotGiven | None = NOT_GIVEN,
        success_criteria: Sequence[str] | NotGiven = NOT_GIVEN,
        horizon_at: DateTimeLike | NotGiven | None = NOT_GIVEN,
    ) -> DeveloperGoal:
        body = {"title": title, **given(goal_type=goal_type, target_value=target_value,
                current_value=current_value, min_value=min_value, max_value=max_value, unit=unit,
                desired_outcome=desired_outcome, why_it_matters=why_it_matters,
                success_criteria=success_criteria, horizon_at=horizon_at)}  # fmt: skip
        return cast("DeveloperGoal", await self._run(call("createGoal", body=body)))

    async def update(
        self,
        goal_id: str,
        *,
        title: str | NotGiven | None = NOT_GIVEN,
        target_value: Number | NotGiven | None = NOT_GIVEN,
        current_value: Number | NotGiven | None = NOT_GIVEN,
        min_value: Number | NotGiven | None = NOT_GIVEN,
        max_value: Number | NotGiven | None = NOT_GIVEN,
        unit: str | NotGiven | None = NOT_GIVEN,
        desired_outcome: str | NotGiven | None = NOT_GIVEN,
        why_it_matters: str | NotGiven | None = NOT_GIVEN,
        success_criteria: Sequence[str] | NotGiven | None = NOT_GIVEN,
        horizon_at: DateTimeLike | NotGiven | None = NOT_GIVEN,
    ) -> DeveloperGoal:
        """Change the given fields (at least one)."""
        body = given(title=title, target_value=target_value, current_value=current_value,
                     min_value=min_value, max_value=max_value, unit=unit,
                     desired_outcome=desired_outcome, why_it_matters=why_it_matters,
                     success_criteria=success_criteria, horizon_at=horizon_at)  # fmt: skip
        return cast("DeveloperGoal", await self._run(call("updateGoal", goal_id, body=body)))

    async def set_progress(self, goal_id: str, current_value: Number) -> DeveloperGoal:
        c = call("updateGoalProgress", goal_id, query={"current_value": current_value})
        return cast("DeveloperGoal", await self._run(c))

    async def history(
        self, goal_id: str, *, days: int = 30
    ) -> builtins.list[GoalHistoryEntryResponse]:
        c = call("listGoalHistory", goal_id, query={"days": days})
        return cast("builtins.list[GoalHistoryEntryResponse]", await self._run(c))

    async def delete(self, goal_id: str) -> None:
        return cast("None", await self._run(call("deleteGoal", goal_id, returns_nothing=True)))


class AsyncGoalsWithRawResponse:
    """``goals.with_raw_response``: each method makes the same call and returns a
    :class:`~omi_client.RawResponse` (status, headers, ``parse()``)."""

    def __init__(self, goals: AsyncGoals) -> None:
        raw = goals._raw_twin()
        self.list = async_to_raw(raw.list)
        self.get = async_to_raw(raw.get)
        self.create = async_to_raw(raw.create)
        self.update = async_to_raw(raw.update)
        self.set_progress = async_to_raw(raw.set_progress)
        self.history = async_to_raw(raw.history)
        self.delete = async_to_raw(raw.delete)
