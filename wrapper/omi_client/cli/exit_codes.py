"""Exit codes of the `omi-client` command: documented and stable, so scripts can branch on them.

The SDK's exception classes are looked up by name only when an error actually happens, so neither
`--help` nor building the command tree imports the SDK.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """What each exit status means (also listed in the README)."""

    OK = 0
    UNEXPECTED = 1
    USAGE = 2
    AUTH = 3  # 401 / 403, or no API key configured
    NOT_FOUND = 4  # 404
    RATE_LIMITED = 5  # 429 that outlasted the retries
    SERVER = 6  # 5xx, connection or timeout errors
    INVALID_INPUT = 7  # client-side validation, server 400/422, or a bad import file
    LOCKED = 8  # 402: the item is locked (the user's plan does not cover it)


class CliError(Exception):
    """An error the CLI reports as one line on stderr, exiting with `code`."""

    def __init__(self, message: str, code: ExitCode) -> None:
        super().__init__(message)
        self.code = code


# SDK exception class name -> exit code; the first name found in the exception's MRO wins.
_BY_CLASS_NAME: dict[str, ExitCode] = {
    "AuthenticationError": ExitCode.AUTH,
    "PermissionDeniedError": ExitCode.AUTH,
    "NotFoundError": ExitCode.NOT_FOUND,
    "PaymentRequiredError": ExitCode.LOCKED,
    "RateLimitError": ExitCode.RATE_LIMITED,
    "ValidationError": ExitCode.INVALID_INPUT,
    "UnprocessableEntityError": ExitCode.INVALID_INPUT,
    "BadRequestError": ExitCode.INVALID_INPUT,
    "InternalServerError": ExitCode.SERVER,
    "APITimeoutError": ExitCode.SERVER,
    "APIConnectionError": ExitCode.SERVER,
}


def exit_code_for(exc: BaseException) -> ExitCode:
    """Map an exception raised while running a command to its exit code."""
    if isinstance(exc, CliError):
        return exc.code
    for cls in type(exc).__mro__:
        code = _BY_CLASS_NAME.get(cls.__name__)
        if code is not None and cls.__module__.startswith("omi_client"):
            return code
    status = getattr(exc, "status_code", None)
    if isinstance(status, int):
        return _by_status(status)
    return ExitCode.UNEXPECTED


def _by_status(status: int) -> ExitCode:
    if status in (401, 403):
        return ExitCode.AUTH
    if status == 404:
        return ExitCode.NOT_FOUND
    if status == 402:
        return ExitCode.LOCKED
    if status == 429:
        return ExitCode.RATE_LIMITED
    if status in (400, 422):
        return ExitCode.INVALID_INPUT
    if status >= 500:
        return ExitCode.SERVER
    return ExitCode.UNEXPECTED
