"""omi-client: a typed, retrying, paginating Python client for the Omi Developer API.

    from omi_client import Omi
    with Omi() as omi:                      # key from $OMI_API_KEY
        omi.memories.create("Likes green tea", category="interesting")
        for memory in omi.memories.iterate():
            print(memory.content)

Everything is imported lazily: ``import omi_client`` loads nothing heavy; httpx and the
generated client load with the first name you use from here, generated models with the first call.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from ._batch import BatchFailure as BatchFailure, BatchResult as BatchResult
    from ._client import (
        DEFAULT_BASE_URL as DEFAULT_BASE_URL,
        DEFAULT_TIMEOUT as DEFAULT_TIMEOUT,
        AsyncOmi as AsyncOmi,
        Omi as Omi,
    )
    from ._errors import (
        APIConnectionError as APIConnectionError,
        APIError as APIError,
        APIResponseValidationError as APIResponseValidationError,
        APIStatusError as APIStatusError,
        APITimeoutError as APITimeoutError,
        AuthenticationError as AuthenticationError,
        BadRequestError as BadRequestError,
        ConfigurationError as ConfigurationError,
        ConflictError as ConflictError,
        FieldError as FieldError,
        InternalServerError as InternalServerError,
        LockedError as LockedError,
        NotFoundError as NotFoundError,
        OmiError as OmiError,
        PaymentRequiredError as PaymentRequiredError,
        PermissionDeniedError as PermissionDeniedError,
        RateLimitError as RateLimitError,
        UnprocessableEntityError as UnprocessableEntityError,
        ValidationError as ValidationError,
    )
    from ._prepare import (
        PreparedRequest as PreparedRequest,
        validate_request as validate_request,
    )
    from ._raw import RawResponse as RawResponse
    from ._retry import RetryPolicy as RetryPolicy
    from ._types import NOT_GIVEN as NOT_GIVEN, NotGiven as NotGiven

_WHERE = {
    # Each from its own module: `from omi_client import Omi` (every one-shot CLI command, every
    # sync script) does not import AsyncOmi and the async resources too.
    "Omi": "_sync.client",
    "AsyncOmi": "_async.client",
    "DEFAULT_BASE_URL": "_config",
    "DEFAULT_TIMEOUT": "_config",
    "RetryPolicy": "_retry",
    "RawResponse": "_raw",
    "PreparedRequest": "_prepare",
    "validate_request": "_prepare",
    "BatchResult": "_batch",
    "BatchFailure": "_batch",
    "NOT_GIVEN": "_types",
    "NotGiven": "_types",
    **{
        name: "_errors"
        for name in (
            "APIConnectionError",
            "APIError",
            "APIResponseValidationError",
            "APIStatusError",
            "APITimeoutError",
            "AuthenticationError",
            "BadRequestError",
            "ConfigurationError",
            "ConflictError",
            "FieldError",
            "InternalServerError",
            "LockedError",
            "NotFoundError",
            "OmiError",
            "PaymentRequiredError",
            "PermissionDeniedError",
            "RateLimitError",
            "UnprocessableEntityError",
            "ValidationError",
        )
    },
}

__all__ = sorted([*_WHERE, "__version__"])


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'omi_client' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
