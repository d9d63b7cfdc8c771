"""Checks of the proposal's questions (``kind: proposal``) beyond their schema: each question's id
is a field the proposal fills in, ``channels`` is a choice question whose choices come from the
ranking, and only it."""

from __future__ import annotations

from somplan.content.checks import _check_question, _swedish_and_languages, _unique_ids
from somplan.content.model import (
    CHOICE_KINDS,
    PROPOSAL_CHANNELS,
    PROPOSAL_FIELDS,
    PROPOSAL_TEXT_MAX,
    ProposalTexts,
)
from somplan.content.problems import Problem
from somplan.content.yamlsource import Document, Loc

#: Answers that are free text in the proposal, and the one that is a number.
_NUMBER_FIELDS = ("hours_per_week",)


def check_proposal(doc: Document, texts: ProposalTexts) -> list[Problem]:
    problems = _swedish_and_languages(doc, texts, texts.languages)
    problems += _unique_ids(doc, texts.questions, ("questions",))
    for i, question in enumerate(texts.questions):
        loc: Loc = ("questions", i)
        problems += _check_question(doc, question, loc)
        if question.id not in PROPOSAL_FIELDS:
            problems.append(
                doc.problem(
                    (*loc, "id"),
                    "proposal-field",
                    value=question.id,
                    fields=", ".join(PROPOSAL_FIELDS),
                )
            )
            continue
        if question.when is not None:
            problems.append(doc.problem((*loc, "when"), "proposal-no-when", key=True))
        if question.id == PROPOSAL_CHANNELS:
            if question.kind not in CHOICE_KINDS:
                problems.append(doc.problem((*loc, "kind"), "proposal-channels-kind"))
            if question.choices_from != "ranking":
                problems.append(doc.problem(loc, "proposal-channels-ranking"))
        else:
            if question.choices_from is not None:
                problems.append(
                    doc.problem((*loc, "choices_from"), "choices-from-not-here", key=True)
                )
            wanted = "number" if question.id in _NUMBER_FIELDS else "text"
            if question.kind != wanted:
                problems.append(
                    doc.problem((*loc, "kind"), "proposal-field-kind", id=question.id, kind=wanted)
                )
            limit = PROPOSAL_TEXT_MAX.get(question.id)
            asked = question.validation.max
            if limit is not None and (asked is None or asked > limit):
                where = (*loc, "validation", "max") if asked is not None else loc
                problems.append(doc.problem(where, "proposal-field-max", id=question.id, max=limit))
    if texts.question(PROPOSAL_CHANNELS) is None:
        problems.append(doc.problem(("questions",), "proposal-channels-missing"))
    return problems
