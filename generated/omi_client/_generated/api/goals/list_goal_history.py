from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.goal_history_entry_response import GoalHistoryEntryResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    goal_id: str,
    *,
    days: int | Unset = 30,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["days"] = days

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dev/user/goals/{goal_id}/history".format(
            goal_id=quote(str(goal_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | list[GoalHistoryEntryResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GoalHistoryEntryResponse.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | HTTPValidationError | list[GoalHistoryEntryResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    goal_id: str,
    *,
    client: AuthenticatedClient,
    days: int | Unset = 30,
) -> Response[ErrorResponse | HTTPValidationError | list[GoalHistoryEntryResponse]]:
    """Get Goal History

     Get progress history for a goal.

    - **goal_id**: The ID of the goal
    - **days**: Number of days of history to return (max 365, default 30)

    Args:
        goal_id (str):
        days (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | list[GoalHistoryEntryResponse]]
    """

    kwargs = _get_kwargs(
        goal_id=goal_id,
        days=days,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    goal_id: str,
    *,
    client: AuthenticatedClient,
    days: int | Unset = 30,
) -> ErrorResponse | HTTPValidationError | list[GoalHistoryEntryResponse] | None:
    """Get Goal History

     Get progress history for a goal.

    - **goal_id**: The ID of the goal
    - **days**: Number of days of history to return (max 365, default 30)

    Args:
        goal_id (str):
        days (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | list[GoalHistoryEntryResponse]
    """

    return sync_detailed(
        goal_id=goal_id,
        client=client,
        days=days,
    ).parsed


async def asyncio_detailed(
    goal_id: str,
    *,
    client: AuthenticatedClient,
    days: int | Unset = 30,
) -> Response[ErrorResponse | HTTPValidationError | list[GoalHistoryEntryResponse]]:
    """Get Goal History

     Get progress history for a goal.

    - **goal_id**: The ID of the goal
    - **days**: Number of days of history to return (max 365, default 30)

    Args:
        goal_id (str):
        days (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | list[GoalHistoryEntryResponse]]
    """

    kwargs = _get_kwargs(
        goal_id=goal_id,
        days=days,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    goal_id: str,
    *,
    client: AuthenticatedClient,
    days: int | Unset = 30,
) -> ErrorResponse | HTTPValidationError | list[GoalHistoryEntryResponse] | None:
    """Get Goal History

     Get progress history for a goal.

    - **goal_id**: The ID of the goal
    - **days**: Number of days of history to return (max 365, default 30)

    Args:
        goal_id (str):
        days (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | list[GoalHistoryEntryResponse]
    """

    return (
        await asyncio_detailed(
            goal_id=goal_id,
            client=client,
            days=days,
        )
    ).parsed
