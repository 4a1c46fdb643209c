from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.developer_goal import DeveloperGoal
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.update_goal_request import UpdateGoalRequest
from ...types import Response


def _get_kwargs(
    goal_id: str,
    *,
    body: UpdateGoalRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/dev/user/goals/{goal_id}".format(
            goal_id=quote(str(goal_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


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
