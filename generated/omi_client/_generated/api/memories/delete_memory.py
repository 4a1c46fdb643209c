import json
from collections.abc import Callable
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import ResponseParseError
from ...models.developer_success_response import DeveloperSuccessResponse
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def build_request_kwargs(
    memory_id: str,
) -> dict[str, Any]:
    """delete_memory: method, url, query params as httpx.request() keywords.

    A public seam for any HTTP stack."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/dev/user/memories/{memory_id}".format(
            memory_id=quote(str(memory_id), safe=""),
        ),
    }

    return _kwargs


def parse(
    status_code: int, content: bytes, loads: Callable[[bytes], Any] = json.loads
) -> DeveloperSuccessResponse:
    """delete_memory: the body of a success (2xx) response, validated against the spec.

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
            data = DeveloperSuccessResponse.from_dict(data)
        except ResponseParseError as exc:
            raise exc.inside_path() from None
    else:
        raise ResponseParseError.wrong_type(
            "a DeveloperSuccessResponse object",
            data,
        )

    return data


def _get_kwargs(
    memory_id: str,
) -> dict[str, Any]:
    return build_request_kwargs(
        memory_id,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeveloperSuccessResponse | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeveloperSuccessResponse.from_dict(response.json())

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
) -> Response[DeveloperSuccessResponse | ErrorResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    memory_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeveloperSuccessResponse | ErrorResponse | HTTPValidationError]:
    """Delete Memory

     Delete a memory by ID.

    - **memory_id**: The ID of the memory to delete

    Args:
        memory_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeveloperSuccessResponse | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        memory_id=memory_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    memory_id: str,
    *,
    client: AuthenticatedClient,
) -> DeveloperSuccessResponse | ErrorResponse | HTTPValidationError | None:
    """Delete Memory

     Delete a memory by ID.

    - **memory_id**: The ID of the memory to delete

    Args:
        memory_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeveloperSuccessResponse | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        memory_id=memory_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    memory_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeveloperSuccessResponse | ErrorResponse | HTTPValidationError]:
    """Delete Memory

     Delete a memory by ID.

    - **memory_id**: The ID of the memory to delete

    Args:
        memory_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeveloperSuccessResponse | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        memory_id=memory_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    memory_id: str,
    *,
    client: AuthenticatedClient,
) -> DeveloperSuccessResponse | ErrorResponse | HTTPValidationError | None:
    """Delete Memory

     Delete a memory by ID.

    - **memory_id**: The ID of the memory to delete

    Args:
        memory_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeveloperSuccessResponse | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            memory_id=memory_id,
            client=client,
        )
    ).parsed
