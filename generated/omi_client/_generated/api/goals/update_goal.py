import json
from collections.abc import Callable
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import ResponseParseError
from ...models.developer_goal import DeveloperGoal
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.update_goal_request import UpdateGoalRequest
from ...types import Response


def build_request_kwargs(
    goal_id: str,
    *,
    json_body: dict[str, Any],
) -> dict[str, Any]:
    """update_goal: method, url, query params and JSON body as httpx.request() keywords.

    A public seam for any HTTP stack. ``json_body`` is the body already in JSON form (e.g. a
    request model's ``to_dict()``)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/dev/user/goals/{goal_id}".format(
            goal_id=quote(str(goal_id), safe=""),
        ),
    }

    _kwargs["json"] = json_body
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(
    status_code: int, content: bytes, loads: Callable[[bytes], Any] = json.loads
) -> DeveloperGoal:
    """update_goal: the body of a success (2xx) response, validated against the spec.

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
    if data.__class__ is dict:
        try:
            data = DeveloperGoal.from_dict(data)
        except ResponseParseError as exc:
            raise exc.inside_path() from None
    else:
        raise ResponseParseError.wrong_type(
            "a DeveloperGoal object",
            data,
        )

    return data


def _get_kwargs(
    goal_id: str,
    *,
    body: UpdateGoalRequest,
) -> dict[str, Any]:
    return build_request_kwargs(
        goal_id,
        json_body=body.to_dict(),
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeveloperGoal | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeveloperGoal.from_dict(response.json())

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
) -> Response[DeveloperGoal | ErrorResponse | HTTPValidationError]:
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
    body: UpdateGoalRequest,
) -> Response[DeveloperGoal | ErrorResponse | HTTPValidationError]:
    """Update Goal

     Update a goal.

    - **goal_id**: The ID of the goal to update
    - **title**: New title (optional)
    - **target_value**: New target value (optional)
    - **current_value**: New progress value (optional)
    - **min_value**: New minimum value (optional)
    - **max_value**: New maximum value (optional)
    - **unit**: New unit label (optional)

    Args:
        goal_id (str):
        body (UpdateGoalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeveloperGoal | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        goal_id=goal_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    goal_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateGoalRequest,
) -> DeveloperGoal | ErrorResponse | HTTPValidationError | None:
    """Update Goal

     Update a goal.

    - **goal_id**: The ID of the goal to update
    - **title**: New title (optional)
    - **target_value**: New target value (optional)
    - **current_value**: New progress value (optional)
    - **min_value**: New minimum value (optional)
    - **max_value**: New maximum value (optional)
    - **unit**: New unit label (optional)

    Args:
        goal_id (str):
        body (UpdateGoalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeveloperGoal | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        goal_id=goal_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    goal_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateGoalRequest,
) -> Response[DeveloperGoal | ErrorResponse | HTTPValidationError]:
    """Update Goal

     Update a goal.

    - **goal_id**: The ID of the goal to update
    - **title**: New title (optional)
    - **target_value**: New target value (optional)
    - **current_value**: New progress value (optional)
    - **min_value**: New minimum value (optional)
    - **max_value**: New maximum value (optional)
    - **unit**: New unit label (optional)

    Args:
        goal_id (str):
        body (UpdateGoalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeveloperGoal | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        goal_id=goal_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    goal_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateGoalRequest,
) -> DeveloperGoal | ErrorResponse | HTTPValidationError | None:
    """Update Goal

     Update a goal.

    - **goal_id**: The ID of the goal to update
    - **title**: New title (optional)
    - **target_value**: New target value (optional)
    - **current_value**: New progress value (optional)
    - **min_value**: New minimum value (optional)
    - **max_value**: New maximum value (optional)
    - **unit**: New unit label (optional)

    Args:
        goal_id (str):
        body (UpdateGoalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeveloperGoal | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            goal_id=goal_id,
            client=client,
            body=body,
        )
    ).parsed
