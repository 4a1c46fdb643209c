"""Omi and AsyncOmi. AsyncOmi is written in ``_async/client.py``; Omi in ``_sync/client.py`` is
generated from it (tools/unasync.py). Shared settings and checks live in ``_config``."""

from ._async.client import AsyncOmi
from ._config import DEFAULT_BASE_URL, DEFAULT_TIMEOUT
from ._sync.client import Omi

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "AsyncOmi", "Omi"]
