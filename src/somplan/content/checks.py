"""Checks beyond the schema: ids, conditions, defaults, bounds and languages, with positions."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from typing import Any

from somplan.content.answer_rules import answer_error
from somplan.content.model import (
    CHOICE_KINDS,
    Catalogue,
    Channel,
    Condition,
    Flow,
    Localized,
    Organisation,
    PlanTexts,
    Question,
    Rules,
    walk_models,
)
from somplan.content.problems import Problem
from somplan.content.profile_checks import check_profiles
from somplan.content.yamlsource import Document, Loc
from somplan.text.i18n import Msg


def check_flow(doc: Document, flow: Flow) -> list[Problem]:
    problems: list[Problem] = []
    if "sv" not in flow.languages:
        problems.append(doc.problem(("languages",), "swedish-required"))
    problems += check_languages(doc, flow, flow.languages)
    seen: dict[str, Loc] = {}
    questions: dict[str, Question] = {}
    everywhere = {q.id for q in flow.questions()}
    problems += _check_migrations(doc, flow)
    for s, section in enumerate(flow.sections):
        sloc: Loc = ("sections", s)
        problems += _unique(doc, seen, section.id, (*sloc, "id"))
        for i, question in enumerate(section.questions):
            qloc: Loc = (*sloc, "questions", i)
            problems += _unique(doc, seen, question.id, (*qloc, "id"))
            problems += _check_question(doc, question, qloc)
            if question.choices_from is not None:  # nothing fills them in during the interview
                problems.append(
                    doc.problem((*qloc, "choices_from"), "choices-from-not-here", key=True)
                )
            if question.when is not None:
                problems += _check_condition(
                    doc, question.when, (*qloc, "when"), questions, everywhere
                )
            questions.setdefault(question.id, question)
    return problems


def _check_migrations(doc: Document, flow: Flow) -> list[Problem]:
    """Migrations lead up to the flow's version, and what they rename to exists in the flow."""
    problems: list[Problem] = []
    previous = 1
    for m, migration in enumerate(flow.migrations):
        if not previous < migration.version <= flow.version:
            problems.append(
                doc.problem(
                    ("migrations", m, "version"),
                    "migration-version",
                    version=migration.version,
                    previous=previous,
                    current=flow.version,
                )
            )
        previous = max(previous, migration.version)
    renames = [
        (m, c, change.rename_question)
        for m, migration in enumerate(flow.migrations)
        for c, change in enumerate(migration.changes)
        if change.rename_question is not None
    ]

    def final(question_id: str, after: tuple[int, int]) -> str:
        for m, c, rename in renames:
            if (m, c) > after and rename.from_ == question_id:
                question_id = rename.to
        return question_id

    for m, migration in enumerate(flow.migrations):
        for c, change in enumerate(migration.changes):
            loc: Loc = ("migrations", m, "changes", c)
            if change.rename_question is not None:
                target = final(change.rename_question.to, (m, c))
                if flow.question(target) is None:
                    problems.append(
                        doc.problem(
                            (*loc, "rename_question", "to"), "migration-unknown-question", id=target
                        )
                    )
            elif change.rename_choice is not None:
                rc = change.rename_choice
                question = flow.question(final(rc.question, (m, c)))
                if question is None:
                    problems.append(
                        doc.problem(
                            (*loc, "rename_choice", "question"),
                            "migration-unknown-question",
                            id=rc.question,
                        )
                    )
                elif rc.to not in question.choice_ids():
                    problems.append(
                        doc.problem(
                            (*loc, "rename_choice", "to"),
                            "when-unknown-choice",
                            question=question.id,
                            choice=rc.to,
                            choices=", ".join(question.choice_ids()),
                        )
                    )
            elif (
                change.remove_question is not None
                and flow.question(change.remove_question.id) is not None
            ):
                problems.append(
                    doc.problem(
                        (*loc, "remove_question", "id"),
                        "migration-removes-existing",
                        id=change.remove_question.id,
                    )
                )
    return problems


def check_organisation(doc: Document, org: Organisation) -> list[Problem]:
    return check_languages(doc, org, ["sv"])


def check_languages(doc: Document, root: Any, languages: Sequence[str]) -> list[Problem]:
    """Every localized text has each declared language."""
    problems = []
    for loc, model in walk_models(root):
        if isinstance(model, Localized):
            for lang in languages:
                if getattr(model, lang, None) is None:
                    problems.append(doc.problem(loc, "missing-language", lang=lang))
    return problems


def _unique(doc: Document, seen: dict[str, Loc], ident: str, loc: Loc) -> list[Problem]:
    if ident in seen:
        first = doc.locate(seen[ident]).line
        return [doc.problem(loc, "duplicate-id", id=ident, first=first)]
    seen[ident] = loc
    return []


def _check_question(doc: Document, q: Question, loc: Loc) -> list[Problem]:
    problems: list[Problem] = []
    raw: Any = doc.data
    for part in loc:
        raw = raw[part]
    present = set(raw) if isinstance(raw, dict) else set()
    if q.kind in CHOICE_KINDS:
        if len(q.choices) < 2 and q.choices_from is None:
            problems.append(doc.problem((*loc, "choices"), "choices-needed", kind=q.kind))
        first: dict[str, int] = {}
        for c, choice in enumerate(q.choices):
            cloc = (*loc, "choices", c, "id")
            if choice.id in first:
                problems.append(
                    doc.problem(cloc, "duplicate-choice", id=choice.id, first=first[choice.id])
                )
            else:
                first[choice.id] = doc.locate(cloc).line
            if choice.exclusive and q.kind != "multi":
                problems.append(
                    doc.problem(
                        (*loc, "choices", c, "exclusive"),
                        "exclusive-not-multi",
                        key=True,
                        kind=q.kind,
                    )
                )
        if q.kind == "multi" and q.choices and len(q.exclusive_ids()) == len(q.choices):
            problems.append(doc.problem((*loc, "choices"), "exclusive-all", key=True))
    elif "choices" in present:
        problems.append(
            doc.problem((*loc, "choices"), "choices-not-allowed", key=True, kind=q.kind)
        )
    if q.kind == "scale":
        if q.scale is None:
            problems.append(doc.problem(loc, "scale-needed"))
        elif q.scale.min >= q.scale.max:
            problems.append(
                doc.problem(
                    (*loc, "scale", "min"), "bounds-order", low=q.scale.min, high=q.scale.max
                )
            )
    elif "scale" in present:
        problems.append(
            doc.problem((*loc, "scale"), "field-not-for-kind", key=True, field="scale", kind=q.kind)
        )
    if "unit" in present and q.kind != "number":
        problems.append(
            doc.problem((*loc, "unit"), "field-not-for-kind", key=True, field="unit", kind=q.kind)
        )
    rules = q.validation
    if rules.min is not None and rules.max is not None and rules.min > rules.max:
        problems.append(
            doc.problem((*loc, "validation", "min"), "bounds-order", low=rules.min, high=rules.max)
        )
    if rules.pattern is not None:
        if q.kind != "text":
            problems.append(
                doc.problem(
                    (*loc, "validation", "pattern"),
                    "field-not-for-kind",
                    key=True,
                    field="pattern",
                    kind=q.kind,
                )
            )
        else:
            try:
                re.compile(rules.pattern)
            except re.error as exc:
                problems.append(
                    doc.problem((*loc, "validation", "pattern"), "pattern-invalid", detail=str(exc))
                )
                return problems
    if q.default is not None:
        reason = answer_error(q, q.default)
        if reason is not None:
            problems.append(
                doc.problem(
                    (*loc, "default"), "default-invalid", value=repr(q.default), reason=reason
                )
            )
    return problems


def _check_condition(
    doc: Document,
    cond: Condition,
    loc: Loc,
    questions: dict[str, Question],
    everywhere: set[str],
) -> list[Problem]:
    problems: list[Problem] = []
    for key, children in (("all", cond.all_), ("any", cond.any_)):
        for i, child in enumerate(children or []):
            problems += _check_condition(doc, child, (*loc, key, i), questions, everywhere)
    if cond.not_ is not None:
        problems += _check_condition(doc, cond.not_, (*loc, "not"), questions, everywhere)
    if cond.question is None:
        return problems
    qid = cond.question
    target = questions.get(qid)
    if target is None and qid in everywhere:
        return [*problems, doc.problem((*loc, "question"), "when-later-question", id=qid)]
    if target is None:
        close = difflib.get_close_matches(qid, list(questions), n=1)
        hint = Msg("problem.hint-did-you-mean", {"name": close[0]}) if close else ""
        return [
            *problems,
            doc.problem((*loc, "question"), "when-unknown-question", id=qid, hint=hint),
        ]
    kind = target.kind
    wrong = _wrong_test(cond, kind)
    if wrong is not None:
        return [
            *problems,
            doc.problem(
                (*loc, wrong), "when-wrong-test", key=True, test=wrong, question=qid, kind=kind
            ),
        ]
    values: list[tuple[Loc, Any]] = []
    if cond.equals is not None:
        values.append(((*loc, "equals"), cond.equals))
    for i, v in enumerate(cond.in_ or []):
        values.append(((*loc, "in", i), v))
    if cond.includes is not None:
        inc = cond.includes if isinstance(cond.includes, list) else [cond.includes]
        for i, v in enumerate(inc):
            values.append(
                (
                    (*loc, "includes", i)
                    if isinstance(cond.includes, list)
                    else (*loc, "includes"),
                    v,
                )
            )
    for vloc, value in values:
        if kind in CHOICE_KINDS:
            if not isinstance(value, str) or value not in target.choice_ids():
                problems.append(
                    doc.problem(
                        vloc,
                        "when-unknown-choice",
                        question=qid,
                        choice=str(value),
                        choices=", ".join(target.choice_ids()),
                    )
                )
        elif not _value_fits(kind, value):
            problems.append(
                doc.problem(vloc, "when-wrong-value", question=qid, kind=kind, value=repr(value))
            )
    return problems


def _wrong_test(cond: Condition, kind: str) -> str | None:
    """The name of a test that makes no sense for a question of ``kind``, if any."""
    if cond.includes is not None and kind != "multi":
        return "includes"
    if (cond.at_least is not None or cond.at_most is not None) and kind not in ("number", "scale"):
        return "at_least" if cond.at_least is not None else "at_most"
    if kind == "multi" and cond.equals is not None:
        return "equals"
    if kind == "multi" and cond.in_ is not None:
        return "in"
    return None


def _value_fits(kind: str, value: Any) -> bool:
    if kind == "yesno":
        return isinstance(value, bool)
    if kind in ("number", "scale"):
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, str)


# --- the channel catalogue, the scoring rules, and the references between files --------------------


def check_condition(doc: Document, cond: Condition, loc: Loc, flow: Flow) -> list[Problem]:
    """Problems in a condition that may read any question of ``flow`` (as scoring rules do)."""
    questions = {q.id: q for q in flow.questions()}
    return _check_condition(doc, cond, loc, questions, set(questions))


def check_reference(
    doc: Document, loc: Loc, value: str, known: Sequence[str], what: str, *, key: bool = False
) -> list[Problem]:
    """A problem when ``value`` is not one of ``known`` (``what`` names the list: ``ref.*``)."""
    if value in known:
        return []
    close = difflib.get_close_matches(value, list(known), n=1)
    hint = Msg("problem.hint-did-you-mean", {"name": close[0]}) if close else ""
    return [
        doc.problem(
            loc,
            "unknown-reference",
            key=key,
            value=value,
            what=Msg(f"ref.{what}"),
            known=", ".join(known) or "-",
            hint=hint,
        )
    ]


def _unique_ids(doc: Document, items: Sequence[Any], loc: Loc) -> list[Problem]:
    problems: list[Problem] = []
    first: dict[str, int] = {}
    for i, item in enumerate(items):
        iloc = (*loc, i, "id")
        if item.id in first:
            problems.append(doc.problem(iloc, "duplicate-entry", id=item.id, first=first[item.id]))
        else:
            first[item.id] = doc.locate(iloc).line
    return problems


def _swedish_and_languages(doc: Document, root: Any, languages: Sequence[str]) -> list[Problem]:
    problems = []
    if "sv" not in languages:
        problems.append(doc.problem(("languages",), "swedish-required"))
    return problems + check_languages(doc, root, languages)


def check_catalogue(doc: Document, cat: Catalogue) -> list[Problem]:
    problems = _swedish_and_languages(doc, cat, cat.languages)
    for name in ("sources", "age_bands", "traits", "channels"):
        problems += _unique_ids(doc, getattr(cat, name), (name,))
    sources = [s.id for s in cat.sources]
    bands = [b.id for b in cat.age_bands]
    traits = [t.id for t in cat.traits]
    for c, channel in enumerate(cat.channels):
        cloc: Loc = ("channels", c)
        for t, trait in enumerate(channel.traits):
            problems += check_reference(doc, (*cloc, "traits", t), trait, traits, "trait")
        for s, source in enumerate(channel.sources):
            problems += check_reference(doc, (*cloc, "sources", s), source, sources, "source")
        problems += _channel_basis(doc, cloc, channel, sources)
        for r, reach in enumerate(channel.reach):
            rloc: Loc = (*cloc, "reach", r)
            found = check_reference(doc, (*rloc, "source"), reach.source, sources, "source")
            problems += found
            cited = cat.source(reach.source)
            if not found and cited is not None and cited.year is None:
                problems.append(doc.problem((*rloc, "source"), "reach-needs-year", id=cited.id))
            seen: set[str] = set()
            for f, figure in enumerate(reach.figures):
                floc: Loc = (*rloc, "figures", f, "band")
                problems += check_reference(doc, floc, figure.band, bands, "age-band")
                if figure.band in seen:
                    problems.append(doc.problem(floc, "duplicate-figure", band=figure.band))
                seen.add(figure.band)
    return problems + check_profiles(doc, cat)


def _channel_basis(doc: Document, cloc: Loc, channel: Channel, sources: list[str]) -> list[Problem]:
    """Each fact's sources exist; a channel or age limit said to be sourced names a source; every
    social channel states its age limit."""
    problems: list[Problem] = []
    for name, index, fact in channel.facts():
        floc: Loc = (*cloc, name) if index is None else (*cloc, name, index)
        for s, source in enumerate(fact.sources):
            problems += check_reference(doc, (*floc, "sources", s), source, sources, "source")
    if channel.basis == "sourced" and not channel.sources:
        problems.append(doc.problem((*cloc, "basis"), "basis-without-source", id=channel.id))
    limit = channel.age_limit
    if limit is None:
        if channel.kind == "social":
            problems.append(doc.problem(cloc, "age-limit-missing", id=channel.id))
        return problems
    aloc: Loc = (*cloc, "age_limit")
    for s, source in enumerate(limit.sources):
        problems += check_reference(doc, (*aloc, "sources", s), source, sources, "source")
    if limit.basis == "sourced" and not limit.sources:
        problems.append(doc.problem((*aloc, "basis"), "basis-without-source", id=channel.id))
    if limit.years is None and limit.note is None:
        problems.append(doc.problem(aloc, "age-limit-empty", id=channel.id))
    return problems


#: Words that state a duty. A checklist item of ``kind: advice`` is good practice and says "bör".
_DUTY_WORDS = re.compile(r"\b(ska|skall|måste)\b", re.IGNORECASE)


def _checklist_wording(doc: Document, rules: Rules) -> list[Problem]:
    problems = []
    for i, item in enumerate(rules.checklist):
        if item.kind != "advice":
            continue
        found = _DUTY_WORDS.search(item.text.sv) or _DUTY_WORDS.search(item.title.sv)
        if found:
            problems.append(
                doc.problem(("checklist", i, "text"), "advice-states-duty", word=found.group(0))
            )
    return problems


#: The sections of a rules file whose items have ids and may carry a `when` condition.
_RULE_SECTIONS = (
    "rules",
    "blockers",
    "redirects",
    "conditions",
    "complementary",
    "checklist",
    "next_steps",
)


def check_rules(doc: Document, rules: Rules) -> list[Problem]:
    problems = _swedish_and_languages(doc, rules, rules.languages)
    for name in ("dimensions", *_RULE_SECTIONS):
        problems += _unique_ids(doc, getattr(rules, name), (name,))
    dims = [d.id for d in rules.dimensions]
    for d, dim in enumerate(rules.dimensions):
        if dim.ready_at > dim.max:
            problems.append(
                doc.problem(
                    ("dimensions", d, "ready_at"), "bounds-order", low=dim.ready_at, high=dim.max
                )
            )
        if dim.minimum > dim.ready_at:
            problems.append(
                doc.problem(
                    ("dimensions", d, "minimum"), "bounds-order", low=dim.minimum, high=dim.ready_at
                )
            )
    for r, rule in enumerate(rules.rules):
        for dim_id in rule.dimensions:
            problems += check_reference(
                doc, ("rules", r, "dimensions", dim_id), dim_id, dims, "dimension", key=True
            )
        for e, effect in enumerate(rule.channels):
            if not (effect.channels or effect.traits or effect.kinds or effect.moderation):
                problems.append(doc.problem(("rules", r, "channels", e), "effect-no-target"))
    for name in ("blockers", "redirects", "conditions"):
        for f, finding in enumerate(getattr(rules, name)):
            if finding.dimension is not None:
                problems += check_reference(
                    doc, (name, f, "dimension"), finding.dimension, dims, "dimension"
                )
    return problems + _checklist_wording(doc, rules)


def _conditions_in(rules: Rules) -> list[tuple[Loc, Condition]]:
    found: list[tuple[Loc, Condition]] = []
    for name in _RULE_SECTIONS:
        for i, item in enumerate(getattr(rules, name)):
            if item.when is not None:
                found.append(((name, i, "when"), item.when))
    return found


def check_rules_against(
    doc: Document, rules: Rules, flow: Flow, catalogue: Catalogue | None
) -> list[Problem]:
    """References from the rules into the flow (questions, choices) and the catalogue."""
    problems: list[Problem] = []
    for where, cond in _conditions_in(rules):
        problems += check_condition(doc, cond, where, flow)
    question_ids = [q.id for q in flow.questions()]
    for i, item in enumerate(rules.complementary):
        if item.answer is not None:
            problems += check_reference(
                doc, ("complementary", i, "answer"), item.answer, question_ids, "question"
            )
    match = rules.settings.accounts
    if match is not None:
        for field in ("purposes", "audiences"):
            qid = getattr(match, field)
            loc: Loc = ("settings", "accounts", field)
            found = check_reference(doc, loc, qid, question_ids, "question")
            question = flow.question(qid)
            if not found and question is not None and question.kind != "multi":
                found = [doc.problem(loc, "accounts-question-kind", id=qid, kind=question.kind)]
            problems += found
    for i, assumption in enumerate(rules.settings.unanswered):
        aloc: Loc = ("settings", "unanswered", i)
        found = check_reference(
            doc, (*aloc, "question"), assumption.question, question_ids, "question"
        )
        question = flow.question(assumption.question)
        if not found and question is not None:
            reason = answer_error(question, assumption.answer)
            if reason is not None:
                found = [
                    doc.problem(
                        (*aloc, "answer"),
                        "assumption-invalid",
                        value=repr(assumption.answer),
                        reason=reason,
                    )
                ]
        problems += found
    for i, qid in enumerate(rules.settings.changeable):
        problems += check_reference(
            doc, ("settings", "changeable", i), qid, question_ids, "question"
        )
    if catalogue is None:
        return problems
    channels = [c.id for c in catalogue.channels]
    traits = [t.id for t in catalogue.traits]
    for r, rule in enumerate(rules.rules):
        for e, effect in enumerate(rule.channels):
            eloc: Loc = ("rules", r, "channels", e)
            for k, channel_id in enumerate(effect.channels):
                problems += check_reference(
                    doc, (*eloc, "channels", k), channel_id, channels, "channel"
                )
            for k, trait in enumerate(effect.traits):
                problems += check_reference(doc, (*eloc, "traits", k), trait, traits, "trait")
    for i, item in enumerate(rules.complementary):
        if item.channel is not None:
            problems += check_reference(
                doc, ("complementary", i, "channel"), item.channel, channels, "channel"
            )
    return problems


def check_accounts(
    doc: Document,
    org: Organisation,
    catalogue: Catalogue | None,
    flow: Flow | None,
    rules: Rules | None,
) -> list[Problem]:
    """The organisation's accounts name catalogue channels and, where the rules say which
    questions hold them, purposes and audiences that are choices of those questions."""
    problems: list[Problem] = []
    match = rules.settings.accounts if rules is not None else None
    for a, account in enumerate(org.accounts):
        aloc: Loc = ("accounts", a)
        if catalogue is not None:
            problems += check_reference(
                doc,
                (*aloc, "platform"),
                account.platform,
                [c.id for c in catalogue.channels],
                "channel",
            )
        if flow is None or match is None:
            continue
        for field, qid in (("purposes", match.purposes), ("audiences", match.audiences)):
            question = flow.question(qid)
            if question is None:
                continue
            for k, value in enumerate(getattr(account, field)):
                problems += check_reference(
                    doc, (*aloc, field, k), value, question.choice_ids(), "choice"
                )
    return problems


_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def check_plan(doc: Document, plan: PlanTexts) -> list[Problem]:
    """The plan's own shape: languages, unique group ids, only ``{answer}`` as a placeholder."""
    problems = _swedish_and_languages(doc, plan, plan.languages)
    problems += _unique_ids(doc, plan.groups, ("groups",))
    for loc, model in walk_models(plan):
        if isinstance(model, Localized):
            for lang in ("sv", "en"):
                text = getattr(model, lang, None) or ""
                for name in _PLACEHOLDER.findall(text):
                    if name != "answer":
                        problems.append(doc.problem((*loc, lang), "plan-placeholder", name=name))
    return problems


def check_plan_against(doc: Document, plan: PlanTexts, flow: Flow) -> list[Problem]:
    """Every line names a question of the flow, once; ``values`` name its choices (``yes``/``no``
    for a yes/no question); a question with several choices has no ``{answer}`` in its text."""
    problems: list[Problem] = []
    question_ids = [q.id for q in flow.questions()]
    seen: dict[str, Loc] = {}
    for g, group in enumerate(plan.groups):
        for i, line in enumerate(group.lines):
            loc: Loc = ("groups", g, "lines", i)
            found = check_reference(
                doc, (*loc, "question"), line.question, question_ids, "question"
            )
            problems += found
            question = flow.question(line.question)
            if found or question is None:
                continue
            problems += _unique(doc, seen, line.question, (*loc, "question"))
            if question.kind in CHOICE_KINDS:
                known = question.choice_ids()
            elif question.kind == "yesno":
                known = ["yes", "no"]
            else:
                known = []
            for value in line.values:
                problems += check_reference(
                    doc, (*loc, "values", value), value, known, "plan-value", key=True
                )
            if question.kind == "multi" and line.text is not None:
                for lang in ("sv", "en"):
                    if "{answer}" in (getattr(line.text, lang, None) or ""):
                        problems.append(
                            doc.problem((*loc, "text", lang), "plan-multi-answer", id=question.id)
                        )
    return problems
