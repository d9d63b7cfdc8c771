"""The unit's own plan: its answers as sentences, grouped as a manager reads them, and a header.

Pure: built from the content (flow, plan sentences, organisation), one answers file and its
assessment, in one language, so every renderer shows the same plan. The sentences come from
``questions/plan.yaml``; without that file each answer is quoted under its question, grouped by the
flow's sections.

Whether the plan is provisional, and which questions are still open, is not worked out here: it is
the verdict's (``somplan.assessment.result.Verdict.unanswered``), so the header, the verdict's
title, its list of unanswered questions and the plan's "not answered yet" lines always agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from somplan.assessment.decision import DecisionStatus, decision_status, has_account_record
from somplan.assessment.paper import ProposalView, proposal_view
from somplan.assessment.profile import Profile, build_profile
from somplan.content.conditions import is_empty, relevant_answers
from somplan.content.display import answer_text
from somplan.content.model import PlanLine, Question
from somplan.text.i18n import Lang, message

if TYPE_CHECKING:
    from somplan.assessment.result import Assessment
    from somplan.content.answers import AnswersFile
    from somplan.content.loader import Content


@dataclass(frozen=True)
class Sentence:
    """One answer as it reads in the plan: a sentence, and for several choices their list."""

    question: str
    text: str
    items: tuple[str, ...] = ()
    answered: bool = True


@dataclass(frozen=True)
class Group:
    id: str
    title: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Header:
    unit: str | None
    municipality: str
    #: When the answers were last changed, in local time (``None`` when the file does not say).
    updated: datetime | None
    flow: tuple[str, int]
    catalogue: tuple[str, int] | None
    rules: tuple[str, int] | None
    #: The answers file says the interview was finished (its review step reached).
    complete: bool
    #: The questions that apply but have no answer yet (their texts): the verdict's list.
    open_questions: tuple[str, ...]
    #: The decision and the account's state, when the plan has a proposal, decision or account.
    decision: DecisionStatus | None = None

    @property
    def provisional(self) -> bool:
        """The verdict may still change: questions that apply are unanswered (as the verdict
        says; an interview left at its review step with every question answered is not)."""
        return bool(self.open_questions)


@dataclass(frozen=True)
class UnitPlan:
    title: str
    header: Header
    groups: tuple[Group, ...]
    #: Question id → ``{"value": as saved, "label": as the user reads it}``, in flow order.
    answers: dict[str, dict[str, Any]]
    #: The unit's proposal (which accounts, who runs them, when), when the file has one.
    proposal: ProposalView | None = None
    #: The plan's file as the report's commands name it (``somplan decide FILE``), when known.
    file: str | None = None
    #: Profile texts and comment rules for the proposed accounts (only with a proposal).
    profile: Profile | None = None


def local_time(stamp: str | None) -> datetime | None:
    """An ISO time stamp from an answers file in the local time zone (``None`` if unreadable)."""
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return moment.astimezone() if moment.tzinfo else moment


def build_plan(
    content: Content, record: AnswersFile, lang: Lang, assessment: Assessment
) -> UnitPlan:
    """The plan of the unit whose answers are ``record`` and whose assessment is ``assessment``,
    in ``lang``."""
    flow = content.flow
    given = relevant_answers(flow, record.answers)
    still_open = {q.id for q in assessment.verdict.unanswered}
    open_questions = tuple(q.text.get(lang) for q in assessment.verdict.unanswered)
    header = Header(
        unit=record.unit or None,
        municipality=content.organisation.name.get(lang),
        updated=local_time(record.updated or record.created),
        flow=(flow.id, flow.version),
        catalogue=(content.catalogue.id, content.catalogue.version) if content.catalogue else None,
        rules=(content.rules.id, content.rules.version) if content.rules else None,
        complete=record.complete,
        open_questions=open_questions,
        decision=decision_status(record) if has_account_record(record) else None,
    )
    groups: list[Group] = []
    named: set[str] = set()
    if content.plan is not None:
        title = content.plan.title.get(lang)
        for group in content.plan.groups:
            sentences = []
            for line in group.lines:
                named.add(line.question)
                question = flow.question(line.question)
                if question is None:
                    continue
                sentence = _sentence(question, line, given, still_open, lang)
                if sentence is not None:
                    sentences.append(sentence)
            if sentences:
                groups.append(Group(group.id, group.title.get(lang), tuple(sentences)))
        rest = [q for q in flow.questions() if q.id not in named]
        quoted = [s for q in rest if (s := _sentence(q, None, given, still_open, lang)) is not None]
        if quoted:
            groups.append(Group("other", message("plan.other", lang), tuple(quoted)))
    else:
        title = message("plan.title", lang)
        for section in flow.sections:
            quoted = [
                s
                for q in section.questions
                if (s := _sentence(q, None, given, still_open, lang)) is not None
            ]
            if quoted:
                groups.append(Group(section.id, section.title.get(lang), tuple(quoted)))
    answers = {
        q.id: {"value": given[q.id], "label": answer_text(q, given[q.id], lang)}
        for q in flow.questions()
        if q.id in given
    }
    proposal = (
        proposal_view(record.proposal, content.catalogue, lang)
        if record.proposal is not None
        else None
    )
    profile = None
    if content.catalogue is not None and record.proposal is not None and proposal_platforms(record):
        profile = build_profile(
            content.catalogue, content.organisation, flow, record, assessment, lang
        )
    return UnitPlan(title, header, tuple(groups), answers, proposal, profile=profile)


def proposal_platforms(record: AnswersFile) -> bool:
    """Whether the proposal names an account on a catalogue platform (the profile's subject)."""
    proposal = record.proposal
    return proposal is not None and any(a.platform != "other" for a in proposal.accounts)


def _sentence(
    question: Question,
    line: PlanLine | None,
    given: dict[str, Any],
    still_open: set[str],
    lang: Lang,
) -> Sentence | None:
    """How ``question``'s answer reads; ``None`` when the question does not apply (neither
    answered among the answers that apply nor open in the verdict)."""
    value = given.get(question.id)
    if question.id in still_open or (question.id in given and is_empty(value)):
        text = message("plan.not-answered", lang, question=question.text.get(lang))
        return Sentence(question.id, text, answered=False)
    if question.id not in given:
        return None
    if question.kind == "multi":
        ids = value if isinstance(value, list) else [value]
        items = []
        for choice_id in ids:
            own = line.values.get(str(choice_id)) if line else None
            choice = question.choice(str(choice_id))
            if own is not None:
                items.append(own.get(lang))
            else:
                items.append(choice.label.get(lang) if choice else str(choice_id))
        lead = line.text.get(lang) if line and line.text else question.text.get(lang)
        return Sentence(question.id, lead, tuple(items))
    key = str(value)
    if question.kind == "yesno":
        key = "yes" if value else "no"
    own = line.values.get(key) if line else None
    if own is not None:
        return Sentence(question.id, own.get(lang))
    label = answer_text(question, value, lang)
    if line is not None and line.text is not None:
        # A plain replacement, never str.format: the answer is user text and may hold braces.
        return Sentence(question.id, line.text.get(lang).replace("{answer}", label))
    return Sentence(question.id, f"{question.text.get(lang)} {label}")
