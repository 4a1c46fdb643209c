from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.developer_memory import DeveloperMemory
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.update_memory_request import UpdateMemoryRequest
from ...types import Response


def _get_kwargs(
    memory_id: str,
    *,
    body: UpdateMemoryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/dev/user/memories/{memory_id}".format(
            memory_id=quote(str(memory_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeveloperMemory | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeveloperMemory.from_dict(response.json())

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
) -> Response[DeveloperMemory | ErrorResponse | HTTPValidationError]:
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
    body: UpdateMemoryRequest,
) -> Response[DeveloperMemory | ErrorResponse | HTTPValidationError]:
    """Update Memory

     Update a memory's content, visibility, tags, or category.

    - **memory_id**: The ID of the memory to update
    - **content**: New content for the memory (optional)
    - **visibility**: New visibility: public or private (optional)
    - **tags**: New tags for the memory (optional)
    - **category**: New category for the memory (optional)

    Args:
        memory_id (str):
        body (UpdateMemoryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeveloperMemory | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        memory_id=memory_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    memory_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateMemoryRequest,
) -> DeveloperMemory | ErrorResponse | HTTPValidationError | None:
    """Update Memory

     Update a memory's content, visibility, tags, or category.

    - **memory_id**: The ID of the memory to update
    - **content**: New content for the memory (optional)
    - **visibility**: New visibility: public or private (optional)
    - **tags**: New tags for the memory (optional)
    - **category**: New category for the memory (optional)

    Args:
        memory_id (str):
        body (UpdateMemoryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeveloperMemory | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        memory_id=memory_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    memory_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateMemoryRequest,
) -> Response[DeveloperMemory | ErrorResponse | HTTPValidationError]:
    """Update Memory

     Update a memory's content, visibility, tags, or category.

    - **memory_id**: The ID of the memory to update
    - **content**: New content for the memory (optional)
    - **visibility**: New visibility: public or private (optional)
    - **tags**: New tags for the memory (optional)
    - **category**: New category for the memory (optional)

    Args:
        memory_id (str):
        body (UpdateMemoryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeveloperMemory | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        memory_id=memory_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    memory_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateMemoryRequest,
) -> DeveloperMemory | ErrorResponse | HTTPValidationError | None:
    """Update Memory

     Update a memory's content, visibility, tags, or category.

    - **memory_id**: The ID of the memory to update
    - **content**: New content for the memory (optional)
    - **visibility**: New visibility: public or private (optional)
    - **tags**: New tags for the memory (optional)
    - **category**: New category for the memory (optional)

    Args:
        memory_id (str):
        body (UpdateMemoryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeveloperMemory | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            memory_id=memory_id,
            client=client,
            body=body,
        )
    ).parsed
