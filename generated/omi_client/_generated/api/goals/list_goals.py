import json
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import ResponseParseError
from ...models.developer_goal import DeveloperGoal
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def build_request_kwargs(
    *,
    limit: int | Unset = 10,
    include_inactive: bool | Unset = False,
) -> dict[str, Any]:
    """list_goals: method, url, query params as httpx.request() keywords.

    A public seam for any HTTP stack."""

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["include_inactive"] = include_inactive

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dev/user/goals",
        "params": params,
    }

    return _kwargs


def parse(
    status_code: int, content: bytes, loads: Callable[[bytes], Any] = json.loads
) -> list[DeveloperGoal]:
    """list_goals: the body of a success (2xx) response, validated against the spec.

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
        _data_parse = DeveloperGoal.from_dict
        try:
            data = [_data_parse(_item) for _item in data]
        except ResponseParseError as exc:
            raise ResponseParseError.in_list(
                DeveloperGoal.from_dict, data, exc
            ).inside_path() from None
    else:
        raise ResponseParseError.wrong_type(
            "an array of DeveloperGoal objects",
            data,
        )

    return data


def _get_kwargs(
    *,
    limit: int | Unset = 10,
    include_inactive: bool | Unset = False,
) -> dict[str, Any]:
    return build_request_kwargs(
        limit=limit,
        include_inactive=include_inactive,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | list[DeveloperGoal] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DeveloperGoal.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorResponse | HTTPValidationError | list[DeveloperGoal]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    include_inactive: bool | Unset = False,
) -> Response[ErrorResponse | HTTPValidationError | list[DeveloperGoal]]:
    """Get Goals

     Get user goals.

    - **limit**: Maximum number of goals to return
    - **include_inactive**: If True, includes inactive/completed goals

    Args:
        limit (int | Unset):  Default: 10.
        include_inactive (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | list[DeveloperGoal]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        include_inactive=include_inactive,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    include_inactive: bool | Unset = False,
) -> ErrorResponse | HTTPValidationError | list[DeveloperGoal] | None:
    """Get Goals

     Get user goals.

    - **limit**: Maximum number of goals to return
    - **include_inactive**: If True, includes inactive/completed goals

    Args:
        limit (int | Unset):  Default: 10.
        include_inactive (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | list[DeveloperGoal]
    """

    return sync_detailed(
        client=client,
        limit=limit,
        include_inactive=include_inactive,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    include_inactive: bool | Unset = False,
) -> Response[ErrorResponse | HTTPValidationError | list[DeveloperGoal]]:
    """Get Goals

     Get user goals.

    - **limit**: Maximum number of goals to return
    - **include_inactive**: If True, includes inactive/completed goals

    Args:
        limit (int | Unset):  Default: 10.
        include_inactive (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | list[DeveloperGoal]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        include_inactive=include_inactive,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    include_inactive: bool | Unset = False,
) -> ErrorResponse | HTTPValidationError | list[DeveloperGoal] | None:
    """Get Goals

     Get user goals.

    - **limit**: Maximum number of goals to return
    - **include_inactive**: If True, includes inactive/completed goals

    Args:
        limit (int | Unset):  Default: 10.
        include_inactive (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | list[DeveloperGoal]
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            include_inactive=include_inactive,
        )
    ).parsed
