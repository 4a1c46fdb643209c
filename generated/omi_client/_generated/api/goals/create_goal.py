from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_goal_request import CreateGoalRequest
from ...models.developer_goal import DeveloperGoal
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: CreateGoalRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/dev/user/goals",
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
    *,
    client: AuthenticatedClient,
    body: CreateGoalRequest,
) -> Response[DeveloperGoal | ErrorResponse | HTTPValidationError]:
    """Create Goal

     Create a durable goal. Metrics are optional and other goals are never changed implicitly.

    - **title**: The goal title/description (1-500 characters)
    - **goal_type**: Optional metric type: boolean, scale, or numeric
    - **target_value**: Optional target value
    - **current_value**: Optional current progress
    - **min_value**: Optional minimum scale value
    - **max_value**: Optional maximum scale value
    - **unit**: Optional unit label (e.g., 'users', 'points')

    Omit all metric fields to create a qualitative goal.

    Args:
        body (CreateGoalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeveloperGoal | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateGoalRequest,
) -> DeveloperGoal | ErrorResponse | HTTPValidationError | None:
    """Create Goal

     Create a durable goal. Metrics are optional and other goals are never changed implicitly.

    - **title**: The goal title/description (1-500 characters)
    - **goal_type**: Optional metric type: boolean, scale, or numeric
    - **target_value**: Optional target value
    - **current_value**: Optional current progress
    - **min_value**: Optional minimum scale value
    - **max_value**: Optional maximum scale value
    - **unit**: Optional unit label (e.g., 'users', 'points')

    Omit all metric fields to create a qualitative goal.

    Args:
        body (CreateGoalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeveloperGoal | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateGoalRequest,
) -> Response[DeveloperGoal | ErrorResponse | HTTPValidationError]:
    """Create Goal

     Create a durable goal. Metrics are optional and other goals are never changed implicitly.

    - **title**: The goal title/description (1-500 characters)
    - **goal_type**: Optional metric type: boolean, scale, or numeric
    - **target_value**: Optional target value
    - **current_value**: Optional current progress
    - **min_value**: Optional minimum scale value
    - **max_value**: Optional maximum scale value
    - **unit**: Optional unit label (e.g., 'users', 'points')

    Omit all metric fields to create a qualitative goal.

    Args:
        body (CreateGoalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeveloperGoal | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateGoalRequest,
) -> DeveloperGoal | ErrorResponse | HTTPValidationError | None:
    """Create Goal

     Create a durable goal. Metrics are optional and other goals are never changed implicitly.

    - **title**: The goal title/description (1-500 characters)
    - **goal_type**: Optional metric type: boolean, scale, or numeric
    - **target_value**: Optional target value
    - **current_value**: Optional current progress
    - **min_value**: Optional minimum scale value
    - **max_value**: Optional maximum scale value
    - **unit**: Optional unit label (e.g., 'users', 'points')

    Omit all metric fields to create a qualitative goal.

    Args:
        body (CreateGoalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeveloperGoal | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
