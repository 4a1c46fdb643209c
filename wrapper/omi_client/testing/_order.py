"""The newest-first order of one user's documents of one kind, kept up to date as they change.

A list request slices this order, so it costs the page it returns at any offset, and no write
makes the next read re-sort the collection (a million memories: ~1 s per re-sort before; see
bench/fake_scale.py). Entries are ids and the ``created_at`` they are placed by; documents are
looked up by id only when read, so a store loaded lazily from its data file stays unloaded.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from operator import le
from typing import Any, overload

Doc = dict[str, Any]
_LATE_MAX = 64  # out-of-order entries merged one by one on the next read; more: one stable sort


class Order:
    """Ids oldest first by ``created_at``; among equal ones, in the order they were placed
    (created, or re-dated by an update). Entries created out of order since the last read wait
    in ``late`` and are merged on the next read."""

    __slots__ = ("ids", "late", "stamps")

    def __init__(self, ids: list[str], stamps: list[str]) -> None:
        self.ids = ids
        self.stamps = stamps
        self.late: list[tuple[str, str]] = []  # (stamp, id) in creation order

    @classmethod
    def sorted(cls, ids: list[str], stamps: list[str]) -> Order:
        """From ids in creation order (a stable sort: equal stamps keep that order)."""
        if all(map(le, stamps, islice(stamps, 1, None))):
            return cls(list(ids), list(stamps))  # created in order, as they usually are
        order = sorted(range(len(ids)), key=stamps.__getitem__)
        return cls([ids[i] for i in order], [stamps[i] for i in order])

    def merged(self) -> Order:
        if len(self.late) > _LATE_MAX:
            self.ids += [doc_id for _, doc_id in self.late]
            self.stamps += [stamp for stamp, _ in self.late]
            sorted_order = Order.sorted(self.ids, self.stamps)
            self.ids, self.stamps = sorted_order.ids, sorted_order.stamps
        else:
            for stamp, doc_id in self.late:
                i = bisect_right(self.stamps, stamp)
                self.stamps.insert(i, stamp)
                self.ids.insert(i, doc_id)
        self.late.clear()
        return self

    def add(self, doc_id: str, stamp: str) -> None:
        if not self.stamps or stamp >= self.stamps[-1]:
            self.stamps.append(stamp)
            self.ids.append(doc_id)
        else:
            self.late.append((stamp, doc_id))

    def _index(self, doc_id: str, stamp: str | None) -> int | None:
        """Where `doc_id` is: by its stamp if given (the usual case), else by a linear scan."""
        if stamp is not None:
            i = bisect_left(self.stamps, stamp)
            while i < len(self.stamps) and self.stamps[i] == stamp:
                if self.ids[i] == doc_id:
                    return i
                i += 1
        else:
            try:
                return self.ids.index(doc_id)
            except ValueError:
                pass
        return None

    def remove(self, doc_id: str, stamp: str | None) -> None:
        """Drop `doc_id` (`stamp`: the one it was placed by, when known)."""
        i = self._index(doc_id, stamp)
        if i is None and stamp is not None:
            i = self._index(doc_id, None)
        if i is not None:
            del self.ids[i]
            del self.stamps[i]
            return
        self.late = [entry for entry in self.late if entry[1] != doc_id]

    def update(self, doc_id: str, old: str | None, new: str) -> None:
        """`doc_id` now has ``created_at`` `new` (`old`: its previous one, when known)."""
        if self._index(doc_id, new) is not None:
            return  # placed by this very stamp already: nothing moved
        if any(entry == (new, doc_id) for entry in self.late):
            return
        self.remove(doc_id, old)
        self.add(doc_id, new)


class NewestFirst(Sequence[Doc]):
    """A user's documents of one kind, newest ``created_at`` first: a read-only view over an
    :class:`Order`, resolving ids to documents as they are read (a slice costs its length)."""

    __slots__ = ("_ids", "_resolve")

    def __init__(self, ids: list[str], resolve: Callable[[list[str]], list[Doc]]) -> None:
        self._ids = ids
        self._resolve = resolve

    def __len__(self) -> int:
        return len(self._ids)

    def __iter__(self) -> Iterator[Doc]:
        ids, chunk = self._ids, 1000
        for end in range(len(ids), 0, -chunk):
            yield from reversed(self._resolve(ids[max(0, end - chunk) : end]))

    def __reversed__(self) -> Iterator[Doc]:
        return reversed(list(self))

    @overload
    def __getitem__(self, index: int) -> Doc: ...

    @overload
    def __getitem__(self, index: slice) -> list[Doc]: ...

    def __getitem__(self, index: int | slice) -> Doc | list[Doc]:
        n = len(self._ids)
        if isinstance(index, slice):
            start, stop, step = index.indices(n)
            if step != 1:
                return self._resolve([self._ids[n - 1 - i] for i in range(start, stop, step)])
            oldest_first = self._ids[n - stop : n - start] if stop > start else []
            return self._resolve(oldest_first)[::-1]
        if not -n <= index < n:
            raise IndexError("NewestFirst index out of range")
        return self._resolve([self._ids[n - 1 - index if index >= 0 else -1 - index]])[0]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"NewestFirst({list(self)!r})"
