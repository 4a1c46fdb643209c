"""Name the pip extra to install when one of its modules is missing, instead of a traceback."""

from __future__ import annotations

import importlib

from .exit_codes import CliError, ExitCode

# Top-level modules each extra brings (pyproject's [project.optional-dependencies]).
EXTRA_MODULES = {
    "cli": ("click", "rich"),
    "mock": ("starlette", "uvicorn", "jsonschema", "pydantic"),
}


def install_hint(extra: str) -> str:
    return f"pip install 'omi-client[{extra}]'"


def missing_extra(exc: BaseException) -> str | None:
    """The extra whose module `exc` (an ImportError) failed to find, if it is one of ours."""
    name = getattr(exc, "name", None) or ""
    top = name.split(".")[0]
    for extra, modules in EXTRA_MODULES.items():
        if top in modules:
            return extra
    return None


def require_extra(extra: str, module: str) -> None:
    """Import `module`, or fail with exit 2 and the install command of `extra`."""
    try:
        importlib.import_module(module)
    except ImportError as exc:
        if missing_extra(exc) is None and extra != "mock":
            raise
        raise CliError(
            f"{module} needs the {extra} extra: {install_hint(extra)} ({exc})", ExitCode.USAGE
        ) from exc
