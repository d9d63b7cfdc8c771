"""Interface messages of the follow-up (``somplan followup``), in Swedish and English."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- checking the follow-up content ----------------------------------------------------------
    "problem.finding-needs-test": (
        "Ett fynd behöver minst ett villkor: {tests}.",
        "A finding needs at least one test: {tests}.",
    ),
    "problem.followup-outcome-missing": (
        "Utfallet '{outcome}' saknar rubrik och sammanfattning under 'outcomes:'. Lägg till det.",
        "The outcome '{outcome}' has no title and summary under 'outcomes:'. Add it.",
    ),
    "problem.followup-placeholder-source": (
        "Frågorna i uppföljningen kan bara visa planens svar, med {{plan:fråga}}; "
        "'{found}:' går inte här.",
        "The follow-up questions can only show the plan's answers, with {{plan:question}}; "
        "'{found}:' cannot be used here.",
    ),
    "problem.followup-wrong-flow": (
        "Reglerna gäller frågeflödet '{found}', men flödet här heter '{expected}'. Rätta id:t.",
        "The rules are for the question flow '{found}', but the flow here is '{expected}'. "
        "Correct the id.",
    ),
    "problem.followup-question-kind": (
        "Frågan '{id}' är av typen {kind}; här behövs en fråga av typen {expected}.",
        "The question '{id}' is of kind {kind}; a question of kind {expected} is needed here.",
    ),
    "ref.plan-question": (
        "en fråga i planens frågeflöde (questions/flow.yaml)",
        "a question in the plan's question flow (questions/flow.yaml)",
    ),
    "ref.followup-question": (
        "en fråga i uppföljningens frågeflöde (followup/flow.yaml)",
        "a question in the follow-up's question flow (followup/flow.yaml)",
    ),
    "ref.followup-choice": (
        "ett alternativ i någon av de två frågor som jämförs",
        "a choice of either of the two questions compared",
    ),
}
