from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.developer_memory_vector_search_response import (
    DeveloperMemoryVectorSearchResponse,
)
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: str,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dev/user/memories/vector/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeveloperMemoryVectorSearchResponse | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeveloperMemoryVectorSearchResponse.from_dict(response.json())

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
) -> Response[
    DeveloperMemoryVectorSearchResponse | ErrorResponse | HTTPValidationError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    query: str,
    limit: int | Unset = 10,
) -> Response[
    DeveloperMemoryVectorSearchResponse | ErrorResponse | HTTPValidationError
]:
    """Search Memories Vector

     Search developer-readable default memory memory through hydrated vector candidates.

    This narrow developer API vector endpoint fails closed unless the authenticated
    Developer API app/key has a verified memories.read scope, a persisted app/key
    default-read grant, and the server-owned rollout state enables developer_api
    memory default-memory reads. Vector hits are hydrated from authoritative
    `users/{uid}/memory_items` before returning results, so stale Short-term and
    Archive remain unavailable by default.

    Args:
        query (str):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeveloperMemoryVectorSearchResponse | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        query=query,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    query: str,
    limit: int | Unset = 10,
) -> DeveloperMemoryVectorSearchResponse | ErrorResponse | HTTPValidationError | None:
    """Search Memories Vector

     Search developer-readable default memory memory through hydrated vector candidates.

    This narrow developer API vector endpoint fails closed unless the authenticated
    Developer API app/key has a verified memories.read scope, a persisted app/key
    default-read grant, and the server-owned rollout state enables developer_api
    memory default-memory reads. Vector hits are hydrated from authoritative
    `users/{uid}/memory_items` before returning results, so stale Short-term and
    Archive remain unavailable by default.

    Args:
        query (str):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeveloperMemoryVectorSearchResponse | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        query=query,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    query: str,
    limit: int | Unset = 10,
) -> Response[
    DeveloperMemoryVectorSearchResponse | ErrorResponse | HTTPValidationError
]:
    """Search Memories Vector

     Search developer-readable default memory memory through hydrated vector candidates.

    This narrow developer API vector endpoint fails closed unless the authenticated
    Developer API app/key has a verified memories.read scope, a persisted app/key
    default-read grant, and the server-owned rollout state enables developer_api
    memory default-memory reads. Vector hits are hydrated from authoritative
    `users/{uid}/memory_items` before returning results, so stale Short-term and
    Archive remain unavailable by default.

    Args:
        query (str):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeveloperMemoryVectorSearchResponse | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        query=query,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    query: str,
    limit: int | Unset = 10,
) -> DeveloperMemoryVectorSearchResponse | ErrorResponse | HTTPValidationError | None:
    """Search Memories Vector

     Search developer-readable default memory memory through hydrated vector candidates.

    This narrow developer API vector endpoint fails closed unless the authenticated
    Developer API app/key has a verified memories.read scope, a persisted app/key
    default-read grant, and the server-owned rollout state enables developer_api
    memory default-memory reads. Vector hits are hydrated from authoritative
    `users/{uid}/memory_items` before returning results, so stale Short-term and
    Archive remain unavailable by default.

    Args:
        query (str):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeveloperMemoryVectorSearchResponse | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            limit=limit,
        )
    ).parsed
