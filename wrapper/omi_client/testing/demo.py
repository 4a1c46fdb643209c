"""Demo data for `omi-client mock --demo`: a small, believable account to explore."""

from __future__ import annotations

from datetime import timedelta

from ._app import FakeOmi

MEMORIES: tuple[tuple[str, str, list[str]], ...] = (
    ("Works as a backend engineer on a payments team", "work", ["career"]),
    ("Goes climbing every Tuesday and Thursday evening", "habits", ["sport"]),
    ("Loves Ethiopian coffee, brewed as pour-over", "interests", []),
    ("Learned that the team's deploys freeze on Fridays", "learnings", ["work"]),
    ("Is fluent in Spanish and learning Portuguese", "skills", ["languages"]),
)
CONVERSATIONS = (
    "Weekly project meeting with the client about the checkout launch. The deadline moved to "
    "the 14th. I need to send the updated rollout plan to Maria. Remember to book the demo room.",
    "Talked with mom about the family trip to Lisbon in June. We need to book the flight and the "
    "hotel before prices go up.",
    "Doctor appointment follow-up: sleep has improved since the new workout routine. I should "
    "keep running three times a week.",
)


def load_demo(app: FakeOmi, uid: str) -> None:
    """Fill an empty account; a no-op when the user already has data (e.g. a reused --data file)."""
    store, sem = app.store, app.semantics
    if store.all("memory", uid) or store.all("conversation", uid):
        return
    for content, category, tags in MEMORIES:
        sem.memories.new(uid, {"content": content, "category": category, "tags": tags})
    sem.memories.new(uid, {"content": "A memory from before the plan changed"}, locked=True)
    for text in CONVERSATIONS:
        sem.conversations.new(
            uid,
            text,
            [],
            started_at=None,
            finished_at=None,
            default_duration=timedelta(minutes=20),
            language="en",
            source="omi",
            geolocation=None,
        )
    starred = store.all("conversation", uid)[0]
    starred["starred"] = True
    store.put("conversation", uid, starred)
    sem.conversations.new(
        uid,
        "An older conversation that needs a paid plan to read.",
        [],
        started_at=None,
        finished_at=None,
        default_duration=timedelta(minutes=5),
        language="en",
        source="omi",
        geolocation=None,
        locked=True,
    )
    goal = sem.goals.new(
        uid,
        {
            "title": "Run 100 km this month",
            "goal_type": "numeric",
            "target_value": 100,
            "unit": "km",
        },
    )
    today = app.clock.now()
    for days_ago, value in ((6, 12), (4, 27), (2, 41), (0, 55)):
        day = (today - timedelta(days=days_ago)).date().isoformat()
        store.put(
            "goal_history",
            uid,
            {
                "id": f"{goal['id']}:{day}",
                "goal_id": goal["id"],
                "date": day,
                "value": value,
                "recorded_at": (today - timedelta(days=days_ago)).isoformat(),
            },
        )
    goal["current_value"] = 55
    store.put("goal", uid, goal)
