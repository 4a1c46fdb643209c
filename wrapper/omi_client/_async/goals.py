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
    from ..literals import GoalTypeValue

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
    """The user's goals (``/v1/dev/user/goals``), optionally with a metric and its history.

    Reads and writes have separate hourly budgets per key (120 each). Goals are never locked.
    """

    operations = _OPERATIONS

    @cached_property
    def with_raw_response(self) -> AsyncGoalsWithRawResponse:
        """The same methods, each returning a RawResponse with the status and headers."""
        return AsyncGoalsWithRawResponse(self)

    async def list(
        self, *, limit: int = 10, include_inactive: bool = False
    ) -> builtins.list[DeveloperGoal]:
        """The user's goals (spec: "Get Goals", ``GET /v1/dev/user/goals``); not paged.

        By default the active goals, oldest first (abandoned and achieved ones left out). With
        ``include_inactive`` every goal, deleted (abandoned) ones included, newest first, and
        the server ignores ``limit``.

        Args:
            limit: how many active goals; the server clamps it to 1..1000.
            include_inactive: every goal instead.

        Retried after any transient failure (it is a read).

        Raises:
            ValidationError: a bad argument (nothing was sent).
            AuthenticationError: the key is missing, malformed or unknown.
            PermissionDeniedError: the key lacks ``goals:read``.
            RateLimitError: the hourly read budget is spent (``retry_after`` says when).
            APIError: anything else (connection, server error, unreadable response).
        """
        c = call("listGoals", query={"limit": limit, "include_inactive": include_inactive})
        return cast("builtins.list[DeveloperGoal]", await self._run(c))

    async def get(self, goal_id: str) -> DeveloperGoal:
        """One goal (spec: "Get Goal", ``GET /v1/dev/user/goals/{id}``).

        A deleted goal is still there, with ``status`` "abandoned" (``delete`` abandons).

        Args:
            goal_id: the goal's id.

        Retried after any transient failure (it is a read).

        Raises:
            NotFoundError: no goal has this id.
            ValidationError, AuthenticationError, PermissionDeniedError, RateLimitError,
            APIError: as for ``list``.
        """
        return cast("DeveloperGoal", await self._run(call("getGoal", goal_id)))

    async def create(
        self,
        title: str,
        *,
        goal_type: GoalTypeValue | NotGiven | None = NOT_GIVEN,
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
        """Create a goal (spec: "Create Goal", ``POST /v1/dev/user/goals``).

        The server starts it with ``status`` "background" and ``source`` "user", never changes
        other goals, and writes no history entry. Without ``goal_type`` and ``target_value``
        the goal has no metric. Give a metric whole (``goal_type``, ``target_value`` and
        ``current_value``): the server version read for this SDK fails (500) on a partial one.

        Args:
            title: 1-500 characters, not blank (the server strips it).
            goal_type: ``boolean``, ``scale`` or ``numeric``.
            target_value, current_value, min_value, max_value: the metric (max defaults to
                the larger of target and 10).
            unit: the metric's unit (at most 64 characters).
            desired_outcome: defaults to the title.
            why_it_matters: free text.
            success_criteria: at most 20 criteria.
            horizon_at: when the goal should be reached.

        Not replayed once it may have reached the server (a create is not idempotent): only
        a connect error, 429 or the API's own 503 is retried.

        Raises:
            ValidationError: a bad argument (nothing was sent).
            AuthenticationError, PermissionDeniedError: unknown key, or no ``goals:write``.
            RateLimitError: the hourly write budget is spent.
            APIError: anything else; ``may_have_been_processed`` says whether it may exist.
        """
        body = {"title": title, **given(goal_type=goal_type, target_value=target_value,
                current_value=current_value, min_value=min_value, max_value=max_value, unit=unit,
                desired_outcome=desired_outcome, why_it_matters=why_it_matters,
                success_criteria=success_criteria, horizon_at=horizon_at)}  # fmt: skip
        return cast("DeveloperGoal", await self._run(call("createGoal", body=body)))

    async def update(
        self,
        goal_id: str,
        *,
        title: str | NotGiven = NOT_GIVEN,
        target_value: Number | NotGiven = NOT_GIVEN,
        current_value: Number | NotGiven = NOT_GIVEN,
        min_value: Number | NotGiven | None = NOT_GIVEN,
        max_value: Number | NotGiven | None = NOT_GIVEN,
        unit: str | NotGiven | None = NOT_GIVEN,
        desired_outcome: str | NotGiven = NOT_GIVEN,
        why_it_matters: str | NotGiven | None = NOT_GIVEN,
        success_criteria: Sequence[str] | NotGiven = NOT_GIVEN,
        horizon_at: DateTimeLike | NotGiven | None = NOT_GIVEN,
    ) -> DeveloperGoal:
        """Change a goal (spec: "Update Goal", ``PATCH /v1/dev/user/goals/{id}``).

        Give at least one field. None clears ``min_value``, ``max_value``, ``unit``,
        ``why_it_matters`` and ``horizon_at``; the server refuses None for the others, and so
        does the SDK. A changed ``current_value`` writes no history entry (``set_progress``
        does). Abandoned goals can be updated too.

        Args:
            goal_id: the goal's id.
            title, desired_outcome: new text (1-500 characters).
            target_value, current_value, min_value, max_value, unit: the metric.
            why_it_matters: free text.
            success_criteria: the new criteria (``[]`` clears them).
            horizon_at: when the goal should be reached.

        Retried after any transient failure (setting the same fields twice is harmless).

        Raises:
            ValidationError: a bad argument or no field given (nothing was sent).
            NotFoundError: no goal has this id.
            AuthenticationError, PermissionDeniedError, RateLimitError, APIError: as for create.
        """
        body = given(title=title, target_value=target_value, current_value=current_value,
                     min_value=min_value, max_value=max_value, unit=unit,
                     desired_outcome=desired_outcome, why_it_matters=why_it_matters,
                     success_criteria=success_criteria, horizon_at=horizon_at)  # fmt: skip
        return cast("DeveloperGoal", await self._run(call("updateGoal", goal_id, body=body)))

    async def set_progress(self, goal_id: str, current_value: Number) -> DeveloperGoal:
        """Record progress (spec: "Update Goal Progress", ``PATCH .../goals/{id}/progress``).

        The value is not clamped to the metric's range. The history keeps one entry per UTC
        day: the last value of the day wins. A goal without a metric gets a numeric one.

        Args:
            goal_id: the goal's id.
            current_value: the new progress value.

        Retried after any transient failure (recording the same value twice is harmless).

        Raises:
            NotFoundError: no goal has this id.
            ValidationError, AuthenticationError, PermissionDeniedError, RateLimitError,
            APIError: as for ``update``.
        """
        c = call("updateGoalProgress", goal_id, query={"current_value": current_value})
        return cast("DeveloperGoal", await self._run(c))

    async def history(
        self, goal_id: str, *, days: int = 30
    ) -> builtins.list[GoalHistoryEntryResponse]:
        """A goal's progress history (spec: "Get Goal History", ``GET .../goals/{id}/history``).

        Newest first, one entry per day with progress. An unknown goal has an empty history
        (the server answers ``[]``, not 404).

        Args:
            goal_id: the goal's id.
            days: 1-365; the server returns at most this many entries (not a date window).

        Retried after any transient failure (it is a read).

        Raises:
            ValidationError, AuthenticationError, PermissionDeniedError, RateLimitError,
            APIError: as for ``list``.
        """
        c = call("listGoalHistory", goal_id, query={"days": days})
        return cast("builtins.list[GoalHistoryEntryResponse]", await self._run(c))

    async def delete(self, goal_id: str) -> None:
        """Delete a goal (spec: "Delete Goal", ``DELETE /v1/dev/user/goals/{id}``).

        The server abandons it rather than erasing it: the goal keeps its history and is still
        returned by ``get`` and ``list(include_inactive=True)``, with ``status`` "abandoned".
        Deleting it again succeeds.

        Args:
            goal_id: the goal's id.

        Retried after any transient failure.

        Raises:
            NotFoundError: no goal has this id.
            ValidationError, AuthenticationError, PermissionDeniedError, RateLimitError,
            APIError: as for ``update``.
        """
        c = call("deleteGoal", goal_id, returns_nothing=True)
        return cast("None", await self._run(c))


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
