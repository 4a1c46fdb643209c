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
    if app.store.all("memory", uid) or app.store.all("conversation", uid):
        return
    seed = app.seed.user(uid)
    for content, category, tags in MEMORIES:
        seed.memory(content, category=category, tags=tags)
    seed.memory("A memory from before the plan changed", locked=True)
    for i, text in enumerate(CONVERSATIONS):
        seed.conversation(text, starred=i == 0)
    seed.conversation("An older conversation that needs a paid plan to read.", locked=True)
    today = app.clock.now()
    history = [(today - timedelta(days=d), value) for d, value in ((6, 12), (4, 27), (2, 41))]
    seed.goal(
        "Run 100 km this month",
        goal_type="numeric",
        target_value=100,
        unit="km",
        current_value=55,
        history=[*history, (today, 55)],
    )
