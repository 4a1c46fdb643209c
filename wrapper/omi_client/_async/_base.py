"""The base of every resource: a resource describes calls; the client runs them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any, ClassVar, Self

from .. import _batch
from .._errors import OmiError
from .._pagination import Cursor
from .._prepare import Call

if TYPE_CHECKING:
    from .client import AsyncOmi

__all__ = ["AsyncResource"]


class AsyncResource:
    """Methods are coroutines (``iterate`` returns an async iterator)."""

    # method name -> the operationId it calls (read by tests/sdk/test_coverage.py)
    operations: ClassVar[dict[str, str]] = {}

    def __init__(self, client: AsyncOmi, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def _raw_twin(self) -> Self:
        """The same resource in raw mode: each call returns a RawResponse."""
        return type(self)(self._client, raw=True)

    async def _run(self, c: Call) -> Any:
        return await self._client._run(c, raw=self._raw)

    def _iterate(self, make: Callable[[int, int], Call], cur: Cursor) -> AsyncIterator[Any]:
        async def items() -> AsyncIterator[Any]:
            while (step := cur.next_page()) is not None:
                for item in cur.took(await self._run(make(*step))):
                    yield item

        return items()

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
