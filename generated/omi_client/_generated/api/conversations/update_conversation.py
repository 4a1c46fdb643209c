from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.developer_conversation import DeveloperConversation
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.update_conversation_request import UpdateConversationRequest
from ...types import Response


def _get_kwargs(
    conversation_id: str,
    *,
    body: UpdateConversationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/dev/user/conversations/{conversation_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeveloperConversation | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeveloperConversation.from_dict(response.json())

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
) -> Response[DeveloperConversation | ErrorResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateConversationRequest,
) -> Response[DeveloperConversation | ErrorResponse | HTTPValidationError]:
    """Update Conversation Endpoint

     Update a conversation's title or discard status.

    - **conversation_id**: The ID of the conversation to update
    - **title**: New title for the conversation (optional)
    - **discarded**: Whether the conversation is discarded (optional)

    Args:
        conversation_id (str):
        body (UpdateConversationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeveloperConversation | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateConversationRequest,
) -> DeveloperConversation | ErrorResponse | HTTPValidationError | None:
    """Update Conversation Endpoint

     Update a conversation's title or discard status.

    - **conversation_id**: The ID of the conversation to update
    - **title**: New title for the conversation (optional)
    - **discarded**: Whether the conversation is discarded (optional)

    Args:
        conversation_id (str):
        body (UpdateConversationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeveloperConversation | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateConversationRequest,
) -> Response[DeveloperConversation | ErrorResponse | HTTPValidationError]:
    """Update Conversation Endpoint

     Update a conversation's title or discard status.

    - **conversation_id**: The ID of the conversation to update
    - **title**: New title for the conversation (optional)
    - **discarded**: Whether the conversation is discarded (optional)

    Args:
        conversation_id (str):
        body (UpdateConversationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeveloperConversation | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateConversationRequest,
) -> DeveloperConversation | ErrorResponse | HTTPValidationError | None:
    """Update Conversation Endpoint

     Update a conversation's title or discard status.

    - **conversation_id**: The ID of the conversation to update
    - **title**: New title for the conversation (optional)
    - **discarded**: Whether the conversation is discarded (optional)

    Args:
        conversation_id (str):
        body (UpdateConversationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeveloperConversation | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed
