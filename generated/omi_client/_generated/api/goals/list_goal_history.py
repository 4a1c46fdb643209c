import json
from collections.abc import Callable
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import ResponseParseError
from ...models.error_response import ErrorResponse
from ...models.goal_history_entry_response import GoalHistoryEntryResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def build_request_kwargs(
    goal_id: str,
    *,
    days: int | Unset = 30,
) -> dict[str, Any]:
    """list_goal_history: method, url, query params as httpx.request() keywords.

    A public seam for any HTTP stack."""

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


def parse(
    status_code: int, content: bytes, loads: Callable[[bytes], Any] = json.loads
) -> list[GoalHistoryEntryResponse]:
    """list_goal_history: the body of a success (2xx) response, validated against the spec.

    A 2xx other than the documented 200 is read as that one. ``loads`` decodes JSON (any
    drop-in for json.loads, e.g. orjson.loads).

    Raises:
        errors.ResponseParseError: the body is not what the spec documents (empty, not JSON, or a
            field missing or of the wrong type); the error names the field.
        errors.UnexpectedStatus: status_code is not a 2xx.
    """
    if not 200 <= status_code <= 299:
        raise errors.UnexpectedStatus(status_code, content)
    if not content:
        raise ResponseParseError(
            f"HTTP {status_code} with an empty body, where the spec documents JSON"
        )
    try:
        data = loads(content)
    except (ValueError, RecursionError) as exc:
        raise ResponseParseError(
            f"the body is not valid JSON ({type(exc).__name__})"
        ) from None
    if data.__class__ is list:
        _data_parse = GoalHistoryEntryResponse.from_dict
        try:
            data = [_data_parse(_item) for _item in data]
        except ResponseParseError as exc:
            raise ResponseParseError.in_list(
                GoalHistoryEntryResponse.from_dict, data, exc
            ).inside_path() from None
    else:
        raise ResponseParseError.wrong_type(
            "an array of GoalHistoryEntryResponse objects",
            data,
        )

    return data


def _get_kwargs(
    goal_id: str,
    *,
    days: int | Unset = 30,
) -> dict[str, Any]:
    return build_request_kwargs(
        goal_id,
        days=days,
    )


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
