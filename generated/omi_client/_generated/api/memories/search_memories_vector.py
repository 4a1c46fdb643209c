import json
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import ResponseParseError
from ...models.developer_memory_vector_search_response import (
    DeveloperMemoryVectorSearchResponse,
)
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def build_request_kwargs(
    *,
    query: str,
    limit: int | Unset = 10,
) -> dict[str, Any]:
    """search_memories_vector: method, url, query params as httpx.request() keywords.

    A public seam for any HTTP stack."""

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


def parse(
    status_code: int, content: bytes, loads: Callable[[bytes], Any] = json.loads
) -> DeveloperMemoryVectorSearchResponse:
    """search_memories_vector: the body of a success (2xx) response, validated against the spec.

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
            data = DeveloperMemoryVectorSearchResponse.from_dict(data)
        except ResponseParseError as exc:
            raise exc.inside_path() from None
    else:
        raise ResponseParseError.wrong_type(
            "a DeveloperMemoryVectorSearchResponse object",
            data,
        )

    return data


def _get_kwargs(
    *,
    query: str,
    limit: int | Unset = 10,
) -> dict[str, Any]:
    return build_request_kwargs(
        query=query,
        limit=limit,
    )


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
