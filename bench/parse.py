"""Item 5: decoding a 10,000-item memory list into models, items/s.

The SDK parses with the generated attrs models (validated `DeveloperMemory.from_dict`, through
the same `parse_success` every call uses), with each JSON decoder it can use (stdlib json;
orjson with the speedups extra). The reference is pydantic v2 on an equivalent model (same
fields, same enum, datetimes parsed, unknown fields kept), both from bytes (`validate_json`, its
Rust JSON parser) and from decoded JSON (`validate_python`). `json.loads` alone is the floor.
Every contender must give the same values (field by field) before anything is timed.

    .venv/bin/python bench/parse.py
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
from typing import Any

import httpx
from _decoder import available, decoder
from _timing import interleave, median, rounds, table, timed
from pydantic import BaseModel, ConfigDict, TypeAdapter

N = 10_000
CATEGORIES = ["interesting", "system", "manual"]


def memory(i: int) -> dict[str, object]:
    return {
        "id": f"5f0c6d3e-{i:04d}-4b0e-9a6e-{i:012d}",
        "content": f"Memory number {i}: likes green tea in the morning and runs on Sundays",
        "category": CATEGORIES[i % 3],
        "visibility": "private",
        "tags": ["drinks", "morning"],
        "created_at": "2026-11-25T10:00:00.123456+00:00",
        "updated_at": "2026-11-25T10:05:00+00:00",
        "manually_added": bool(i % 2),
        "edited": False,
        "reviewed": False,
        "user_review": None,
        "scoring": None,
    }


class Category(enum.StrEnum):
    """The spec's memory categories (the same 14 values as the generated MemoryCategory)."""

    AUTO = "auto"
    CORE = "core"
    HABITS = "habits"
    HOBBIES = "hobbies"
    INTERESTING = "interesting"
    INTERESTS = "interests"
    LEARNINGS = "learnings"
    LIFESTYLE = "lifestyle"
    MANUAL = "manual"
    OTHER = "other"
    SKILLS = "skills"
    SYSTEM = "system"
    WORK = "work"
    WORKFLOW = "workflow"


class PydMemory(BaseModel):
    """pydantic v2 twin of the generated DeveloperMemory (extra fields kept, like it does)."""

    model_config = ConfigDict(extra="allow")

    id: str
    category: Category = Category.INTERESTING
    content: str = ""
    created_at: dt.datetime | None = None
    edited: bool = False
    manually_added: bool = False
    reviewed: bool = False
    scoring: str | None = None
    tags: list[str] = []
    updated_at: dt.datetime | None = None
    user_review: bool | None = None
    visibility: str | None = "private"


def main() -> None:
    from omi_client._generated.models import DeveloperMemory
    from omi_client._operations import OPERATIONS
    from omi_client._pipeline import parse_success

    body = json.dumps([memory(i) for i in range(N)]).encode()
    op = OPERATIONS["listMemories"]
    adapter = TypeAdapter(list[PydMemory])

    def response() -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    def same(ours: list[Any], theirs: list[PydMemory]) -> None:
        assert len(ours) == len(theirs) == N
        for a, b in zip(ours, theirs, strict=True):
            assert a.category == b.category.value
            fields = ("id", "content", "created_at", "updated_at", "tags", "edited", "scoring")
            assert all(getattr(a, f) == getattr(b, f) for f in fields), (a, b)

    theirs = adapter.validate_json(body)
    for name in available():
        with decoder(name):
            same(parse_success(op, response()), theirs)
    same([DeveloperMemory.from_dict(d) for d in json.loads(body)], theirs)

    def ours(name: str) -> float:
        with decoder(name):
            return timed(lambda: parse_success(op, response()))

    cases = {"json.loads only (floor)": lambda: timed(lambda: json.loads(body))}
    cases |= {
        f"omi_client parse_success, {name}": functools.partial(ours, name) for name in available()
    }
    cases |= {
        "generated from_dict over json.loads": lambda: timed(
            lambda: [DeveloperMemory.from_dict(d) for d in json.loads(body)]
        ),
        "pydantic v2 validate_json": lambda: timed(lambda: adapter.validate_json(body)),
        "pydantic v2 validate_python(json.loads)": lambda: timed(
            lambda: adapter.validate_python(json.loads(body))
        ),
    }
    results = interleave(cases, rounds(25, quick=3))
    table(
        f"Parse a {N:,}-item memory list ({len(body) / 1e6:.1f} MB of JSON) into models",
        results,
        baselines=["pydantic v2 validate_json", "json.loads only (floor)"],
        unit="ms",
        per=float(N),
        per_label="items/s",
    )
    pyd = median(results["pydantic v2 validate_json"])
    for name in available():
        ours_s = median(results[f"omi_client parse_success, {name}"])
        print(
            f"- omi_client ({name}) parses {N / ours_s:,.0f} items/s; pydantic v2 "
            f"{N / pyd:,.0f} items/s ({ours_s / pyd:.2f}x its time)"
        )


if __name__ == "__main__":
    main()
