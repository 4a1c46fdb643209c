"""create_many: chunk to the server's batch limit and account for every item.

Each input item ends in exactly one of three lists of :class:`BatchResult`:
``created`` (the server returned it), ``failed`` (certainly not created: rejected, or never
sent because an earlier chunk hit an auth/permission/rate-limit error), or ``uncertain``
(the chunk may have been processed: its error's ``may_have_been_processed`` is not False, e.g. a
read timeout, dropped connection, 5xx, or a 2xx whose body did not parse; batch creates are not
idempotent, so they are never blindly replayed; check with ``list`` before resending).
A 422 that names particular items fails only those; the rest of their chunk is sent again.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from . import _server_rules as server_rules
from ._errors import (
    APIError,
    AuthenticationError,
    OmiError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    ValidationError,
)
from ._operations import OPERATIONS
from ._prepare import Call
from ._validation import jsonable, validate
from .limits import batch_size

__all__ = ["BatchFailure", "BatchResult"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class BatchFailure:
    """One input item that was not (or may not have been) created, and why."""

    index: int
    item: dict[str, Any]
    error: OmiError
    attempted: bool = True  # False: never sent, an earlier chunk stopped the run


@dataclass(slots=True)
class BatchResult(Generic[T]):
    """Outcome of ``create_many``; ``created[i]`` was input item ``created_indices[i]``."""

    total: int = 0
    created: list[T] = field(default_factory=list)
    created_indices: list[int] = field(default_factory=list)
    failed: list[BatchFailure] = field(default_factory=list)
    uncertain: list[BatchFailure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed and not self.uncertain

    def raise_for_failures(self) -> None:
        """Raise the first error if any item failed or is uncertain."""
        problems = sorted(self.failed + self.uncertain, key=lambda f: f.index)
        if problems:
            raise problems[0].error

    def __repr__(self) -> str:
        return (
            f"BatchResult(total={self.total}, created={len(self.created)}, "
            f"failed={len(self.failed)}, uncertain={len(self.uncertain)})"
        )


# Errors after which later chunks would fail the same way: stop sending.
_STOP = (AuthenticationError, PermissionDeniedError, RateLimitError)


@dataclass(frozen=True, slots=True)
class BatchSpec:
    """How one batch endpoint looks: request/response list key, identity field, chunk size."""

    list_key: str  # "memories" / "action_items"
    item_schema: str  # component schema name for one item
    operation_id: str  # the batch operation; its spec maxItems is the chunk size
    match_field: str  # field that identifies an item in the response ("content"/"description")

    @property
    def chunk_size(self) -> int:
        return batch_size(self.operation_id)


def prepare_items(spec: BatchSpec, items: Any) -> list[dict[str, Any]]:
    """Normalise and validate every item up front: nothing is sent if any item is invalid."""
    if isinstance(items, str | bytes | Mapping) or not isinstance(items, Iterable):
        # A str would be sent one character per item; a dict, one item per key.
        raise ValidationError(
            spec.list_key,
            f"expected an iterable of items (dicts or strings), got {type(items).__name__}",
        )
    out: list[dict[str, Any]] = []
    for i, raw in enumerate(items):
        where = f"{spec.list_key}[{i}]"
        item = jsonable({spec.match_field: raw} if isinstance(raw, str) else raw, where)
        if not isinstance(item, dict):
            raise ValidationError(where, "must be a dict or a string")
        validate(item, {"$ref": f"#/components/schemas/{spec.item_schema}"}, where)
        out.append(item)
    server_rules.check(spec.operation_id, {}, {spec.list_key: out})
    return out


def batch_call(spec: BatchSpec, items: Any) -> Call:
    """The one request of a ``create_batch``: every item validated, at most the batch size."""
    prepared = prepare_items(spec, items)
    if len(prepared) > spec.chunk_size:
        raise ValidationError(
            spec.list_key,
            f"at most {spec.chunk_size} items per batch request (got {len(prepared)}); "
            "create_many sends any number",
        )
    return Call(OPERATIONS[spec.operation_id], body={spec.list_key: prepared})


def unexpected(exc: Exception) -> OmiError:
    """An error the SDK did not expect mid-``create_many``, as an OmiError that says so: the
    run stops, and the chunk is reported as uncertain (the SDK cannot tell whether it went out).
    """
    error = APIError(f"unexpected {type(exc).__name__} during create_many: {exc}")
    error.__cause__ = exc
    return error


def chunks(items: list[dict[str, Any]], size: int) -> list[list[tuple[int, dict[str, Any]]]]:
    indexed = list(enumerate(items))
    return [indexed[i : i + size] for i in range(0, len(indexed), size)]


def record_success(
    result: BatchResult[T], spec: BatchSpec, chunk: list[tuple[int, dict[str, Any]]], response: Any
) -> None:
    """Attribute a batch response's items to the inputs (by position, else by identity field)."""
    returned: list[Any] = list(getattr(response, spec.list_key, []) or [])
    if len(returned) == len(chunk):
        for (index, _), created in zip(chunk, returned, strict=True):
            result.created.append(created)
            result.created_indices.append(index)
        return
    unused = list(returned)
    for index, item in chunk:
        match = next(
            (r for r in unused if getattr(r, spec.match_field, None) == item.get(spec.match_field)),
            None,
        )
        if match is not None:
            unused.remove(match)
            result.created.append(match)
            result.created_indices.append(index)
        else:
            error = APIError(
                f"{spec.list_key}[{index}]: the batch response did not include this item",
                may_have_been_processed=True,
            )
            result.uncertain.append(BatchFailure(index, item, error))


def record_error(
    result: BatchResult[T], chunk: list[tuple[int, dict[str, Any]]], error: OmiError
) -> bool:
    """File a failed chunk; returns True when later chunks should not be sent."""
    # None (the SDK cannot tell) counts as "may have been": never report a created item as failed.
    bucket = result.failed if error.may_have_been_processed is False else result.uncertain
    bucket.extend(BatchFailure(index, item, error) for index, item in chunk)
    return isinstance(error, _STOP)


def record_skipped(
    result: BatchResult[T], chunk: list[tuple[int, dict[str, Any]]], error: OmiError
) -> None:
    result.failed.extend(BatchFailure(i, item, error, attempted=False) for i, item in chunk)


def finish(result: BatchResult[T]) -> BatchResult[T]:
    order = sorted(range(len(result.created)), key=lambda k: result.created_indices[k])
    result.created = [result.created[k] for k in order]
    result.created_indices = [result.created_indices[k] for k in order]
    result.failed.sort(key=lambda f: f.index)
    result.uncertain.sort(key=lambda f: f.index)
    return result


Chunk = list[tuple[int, dict[str, Any]]]


class Runner(Generic[T]):
    """The create_many loop without the I/O, shared by the sync and async resources.

    A 422 that names particular items (``loc: ["body", <list>, i, ...]``) fails just those; the
    rest of that chunk was not created either (the request was rejected whole), so it is sent
    again without them. Each resend is smaller, so this ends.
    """

    def __init__(self, spec: BatchSpec, items: Any) -> None:
        self.spec = spec
        prepared = prepare_items(spec, items)
        self.result: BatchResult[T] = BatchResult(total=len(prepared))
        self.queue: deque[Chunk] = deque(chunks(prepared, spec.chunk_size))
        self.stop: OmiError | None = None

    def next_chunk(self) -> Chunk | None:
        if self.stop is not None:
            while self.queue:
                record_skipped(self.result, self.queue.popleft(), self.stop)
        return self.queue.popleft() if self.queue else None

    @staticmethod
    def items(chunk: Chunk) -> list[dict[str, Any]]:
        return [item for _, item in chunk]

    def succeeded(self, chunk: Chunk, response: Any) -> None:
        record_success(self.result, self.spec, chunk, response)

    def failed(self, chunk: Chunk, error: OmiError) -> None:
        bad = self._named_by_422(chunk, error)
        if bad and len(bad) < len(chunk):
            self.result.failed.extend(
                BatchFailure(index, item, error) for pos, (index, item) in enumerate(chunk)
                if pos in bad
            )  # fmt: skip
            self.queue.appendleft([pair for pos, pair in enumerate(chunk) if pos not in bad])
        elif record_error(self.result, chunk, error) or error.may_have_been_processed is None:
            self.stop = error  # later chunks would fail alike, or something unexpected broke

    def _named_by_422(self, chunk: Chunk, error: OmiError) -> set[int]:
        if not isinstance(error, UnprocessableEntityError):
            return set()
        return {
            e.loc[2]
            for e in error.errors
            if len(e.loc) >= 3
            and e.loc[:2] == ("body", self.spec.list_key)
            and isinstance(e.loc[2], int)
            and 0 <= e.loc[2] < len(chunk)
        }

    def finish(self) -> BatchResult[T]:
        return finish(self.result)


MEMORIES = BatchSpec("memories", "CreateMemoryRequest", "createMemoriesBatch", "content")
ACTION_ITEMS = BatchSpec(
    "action_items", "CreateActionItemRequest", "createActionItemsBatch", "description"
)
