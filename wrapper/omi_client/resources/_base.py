"""Resource base classes: a resource only describes calls; the client runs them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import _batch
from .._errors import OmiError
from .._operations import OPERATIONS
from .._pagination import Cursor, paginate, paginate_async
from .._prepare import Call

if TYPE_CHECKING:
    from .._client import AsyncOmi, Omi

T = TypeVar("T")


def call(operation_id: str, *path: str, query: Mapping[str, Any] | None = None,
         body: Mapping[str, Any] | None = None) -> Call:  # fmt: skip
    return Call(OPERATIONS[operation_id], tuple(path), dict(query or {}),
                None if body is None else dict(body))  # fmt: skip


def cursor(operation_id: str, page_size: int | None, start_offset: int,
           stop_after_empty_pages: int, max_items: int | None,
           max_page_size: int | None = None) -> Cursor:  # fmt: skip
    cap = max_page_size or OPERATIONS[operation_id].max_page_size
    return Cursor(
        page_size=page_size if page_size is not None else (cap or 100),
        start_offset=start_offset,
        stop_after_empty_pages=stop_after_empty_pages,
        max_items=max_items,
        max_page_size=cap,
    )


class SyncResource:
    """Methods return results directly."""

    # method name -> operationId it uses (read by tests/sdk/test_coverage.py)
    operations: ClassVar[dict[str, str]] = {}

    def __init__(self, client: Omi) -> None:
        self._client = client

    def _run(self, c: Call) -> Any:
        return self._client._run(c)

    def _iterate(self, make: Callable[[int, int], Call], cur: Cursor) -> Iterator[Any]:
        return paginate(lambda limit, offset: self._run(make(limit, offset)), cur)

    def _create_batch(self, spec: _batch.BatchSpec, items: Any) -> Any:
        return self._run(_batch.batch_call(spec, items))

    def _create_many(self, spec: _batch.BatchSpec, items: Any) -> _batch.BatchResult[Any]:
        runner: _batch.Runner[Any] = _batch.Runner(spec, items)
        while (chunk := runner.next_chunk()) is not None:
            try:
                response = self._create_batch(spec, runner.items(chunk))
            except OmiError as error:
                runner.failed(chunk, error)
            except Exception as exc:  # never lose the result of the chunks already sent
                runner.failed(chunk, _batch.unexpected(exc))
            else:
                runner.succeeded(chunk, response)
        return runner.finish()


class AsyncResource:
    """Methods are coroutines (iterators are async iterators)."""

    operations: ClassVar[dict[str, str]] = {}

    def __init__(self, client: AsyncOmi) -> None:
        self._client = client

    async def _run(self, c: Call) -> Any:
        return await self._client._run(c)

    def _iterate(self, make: Callable[[int, int], Call], cur: Cursor) -> AsyncIterator[Any]:
        async def fetch(limit: int, offset: int) -> Any:
            return await self._run(make(limit, offset))

        return paginate_async(fetch, cur)

    async def _create_batch(self, spec: _batch.BatchSpec, items: Any) -> Any:
        return await self._run(_batch.batch_call(spec, items))

    async def _create_many(self, spec: _batch.BatchSpec, items: Any) -> _batch.BatchResult[Any]:
        runner: _batch.Runner[Any] = _batch.Runner(spec, items)
        while (chunk := runner.next_chunk()) is not None:
            try:
                response = await self._create_batch(spec, runner.items(chunk))
            except OmiError as error:
                runner.failed(chunk, error)
            except Exception as exc:  # never lose the result of the chunks already sent
                runner.failed(chunk, _batch.unexpected(exc))
            else:
                runner.succeeded(chunk, response)
        return runner.finish()
