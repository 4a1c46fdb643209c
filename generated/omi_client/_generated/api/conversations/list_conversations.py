import datetime
import json
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import ResponseParseError
from ...models.developer_conversation import DeveloperConversation
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def build_request_kwargs(
    *,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    categories: None | str | Unset = UNSET,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    include_transcript: bool | Unset = False,
    folder_id: None | str | Unset = UNSET,
    starred: bool | None | Unset = UNSET,
) -> dict[str, Any]:
    """list_conversations: method, url, query params as httpx.request() keywords.

    A public seam for any HTTP stack."""

    params: dict[str, Any] = {}

    json_start_date: None | str | Unset
    if isinstance(start_date, Unset):
        json_start_date = UNSET
    elif isinstance(start_date, datetime.datetime):
        json_start_date = start_date.isoformat()
    else:
        json_start_date = start_date
    params["start_date"] = json_start_date

    json_end_date: None | str | Unset
    if isinstance(end_date, Unset):
        json_end_date = UNSET
    elif isinstance(end_date, datetime.datetime):
        json_end_date = end_date.isoformat()
    else:
        json_end_date = end_date
    params["end_date"] = json_end_date

    json_categories: None | str | Unset
    if isinstance(categories, Unset):
        json_categories = UNSET
    else:
        json_categories = categories
    params["categories"] = json_categories

    params["limit"] = limit

    params["offset"] = offset

    params["include_transcript"] = include_transcript

    json_folder_id: None | str | Unset
    if isinstance(folder_id, Unset):
        json_folder_id = UNSET
    else:
        json_folder_id = folder_id
    params["folder_id"] = json_folder_id

    json_starred: bool | None | Unset
    if isinstance(starred, Unset):
        json_starred = UNSET
    else:
        json_starred = starred
    params["starred"] = json_starred

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dev/user/conversations",
        "params": params,
    }

    return _kwargs


def parse(
    status_code: int, content: bytes, loads: Callable[[bytes], Any] = json.loads
) -> list[DeveloperConversation]:
    """list_conversations: the body of a success (2xx) response, validated against the spec.

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
        _data_parse = DeveloperConversation.from_dict
        try:
            data = [_data_parse(_item) for _item in data]
        except ResponseParseError as exc:
            raise ResponseParseError.in_list(
                DeveloperConversation.from_dict, data, exc
            ).inside_path() from None
    else:
        raise ResponseParseError.wrong_type(
            "an array of DeveloperConversation objects",
            data,
        )

    return data


def _get_kwargs(
    *,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    categories: None | str | Unset = UNSET,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    include_transcript: bool | Unset = False,
    folder_id: None | str | Unset = UNSET,
    starred: bool | None | Unset = UNSET,
) -> dict[str, Any]:
    return build_request_kwargs(
        start_date=start_date,
        end_date=end_date,
        categories=categories,
        limit=limit,
        offset=offset,
        include_transcript=include_transcript,
        folder_id=folder_id,
        starred=starred,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | list[DeveloperConversation] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DeveloperConversation.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | HTTPValidationError | list[DeveloperConversation]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    categories: None | str | Unset = UNSET,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    include_transcript: bool | Unset = False,
    folder_id: None | str | Unset = UNSET,
    starred: bool | None | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | list[DeveloperConversation]]:
    """Get Conversations

     Get conversations with optional transcript inclusion.

    - **include_transcript**: If True, includes full transcript_segments in the response
    - **folder_id**: Filter by folder ID (must be a non-empty string if provided)
    - **starred**: Filter by starred status (true/false)

    Args:
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        categories (None | str | Unset):
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        include_transcript (bool | Unset):  Default: False.
        folder_id (None | str | Unset):
        starred (bool | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | list[DeveloperConversation]]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        categories=categories,
        limit=limit,
        offset=offset,
        include_transcript=include_transcript,
        folder_id=folder_id,
        starred=starred,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    categories: None | str | Unset = UNSET,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    include_transcript: bool | Unset = False,
    folder_id: None | str | Unset = UNSET,
    starred: bool | None | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | list[DeveloperConversation] | None:
    """Get Conversations

     Get conversations with optional transcript inclusion.

    - **include_transcript**: If True, includes full transcript_segments in the response
    - **folder_id**: Filter by folder ID (must be a non-empty string if provided)
    - **starred**: Filter by starred status (true/false)

    Args:
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        categories (None | str | Unset):
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        include_transcript (bool | Unset):  Default: False.
        folder_id (None | str | Unset):
        starred (bool | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | list[DeveloperConversation]
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        categories=categories,
        limit=limit,
        offset=offset,
        include_transcript=include_transcript,
        folder_id=folder_id,
        starred=starred,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    categories: None | str | Unset = UNSET,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    include_transcript: bool | Unset = False,
    folder_id: None | str | Unset = UNSET,
    starred: bool | None | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | list[DeveloperConversation]]:
    """Get Conversations

     Get conversations with optional transcript inclusion.

    - **include_transcript**: If True, includes full transcript_segments in the response
    - **folder_id**: Filter by folder ID (must be a non-empty string if provided)
    - **starred**: Filter by starred status (true/false)

    Args:
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        categories (None | str | Unset):
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        include_transcript (bool | Unset):  Default: False.
        folder_id (None | str | Unset):
        starred (bool | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | list[DeveloperConversation]]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        categories=categories,
        limit=limit,
        offset=offset,
        include_transcript=include_transcript,
        folder_id=folder_id,
        starred=starred,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    categories: None | str | Unset = UNSET,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    include_transcript: bool | Unset = False,
    folder_id: None | str | Unset = UNSET,
    starred: bool | None | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | list[DeveloperConversation] | None:
    """Get Conversations

     Get conversations with optional transcript inclusion.

    - **include_transcript**: If True, includes full transcript_segments in the response
    - **folder_id**: Filter by folder ID (must be a non-empty string if provided)
    - **starred**: Filter by starred status (true/false)

    Args:
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        categories (None | str | Unset):
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        include_transcript (bool | Unset):  Default: False.
        folder_id (None | str | Unset):
        starred (bool | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | list[DeveloperConversation]
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            categories=categories,
            limit=limit,
            offset=offset,
            include_transcript=include_transcript,
            folder_id=folder_id,
            starred=starred,
        )
    ).parsed
