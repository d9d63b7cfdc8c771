"""Messages of the follow-up beyond its terminal report: the HTML/PDF document
(``followup-doc.*``), the follow-up columns of `somplan summary` (``summary.followup-*``) and
`somplan diff PLAN FOLLOWUP` (``diff.followup-*``)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the follow-up as a document (HTML, PDF) -----------------------------------------------------
    "followup-doc.header": ("Om uppföljningen", "About the follow-up"),
    "followup-doc.label-unit": ("Verksamhet", "Unit"),
    "followup-doc.label-plan": ("Följer planen", "Follows the plan"),
    "followup-doc.label-date": ("Datum", "Date"),
    "followup-doc.label-flow": ("Frågor", "Questions"),
    "followup-doc.col-answer": ("Svar", "Answer"),
    "followup-doc.based-on": (
        "Bygger på uppföljningsfrågorna {flow} och reglerna i questions/followup/rules.yaml.",
        "Based on the follow-up questions {flow} and the rules in questions/followup/rules.yaml.",
    ),
    # --- somplan summary: the follow-up columns --------------------------------------------------
    "summary.followup-column": ("Uppföljning", "Follow-up"),
    "summary.followup-latest": ("senast: {outcome}", "latest: {outcome}"),
    "summary.followup-in-verdict": ("Uppföljning: {text}", "Follow-up: {text}"),
    "summary.followup-unavailable": (
        "Uppföljningarna kan inte visas (uppföljningsfrågorna går inte att läsa): {error}",
        "Follow-ups cannot be shown (the follow-up questions cannot be read): {error}",
    ),
    # --- somplan diff PLAN FOLLOWUP ----------------------------------------------------------------
    "diff.followup-title": (
        "Planen och i dag: {plan} → {followup}",
        "The plan and today: {plan} → {followup}",
    ),
    "diff.followup-none": (
        "Uppföljningen har inga svar som kan jämföras med planen.",
        "The follow-up has no answers that can be compared with the plan.",
    ),
    "diff.followup-more": (
        "Hela uppföljningen, med skälen och vad ni kan göra: {command}",
        "The whole follow-up, with the reasons and what to do: {command}",
    ),
    "diff.followup-other-plan": (
        "Obs: uppföljningen följer en annan plan ({named}), eller planen har ändrats sedan.",
        "Note: the follow-up follows another plan ({named}), or the plan has changed since.",
    ),
}
