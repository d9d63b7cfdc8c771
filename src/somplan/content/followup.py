"""The follow-up content: a second flow and its verdict rules in the subfolder ``followup/`` of a
content folder, checked against the plan flow beside it.

::

    questions/
      flow.yaml, organisation.yaml, channels.yaml, scoring.yaml   the plan
      followup/flow.yaml                                          the follow-up questions
      followup/rules.yaml                                         kind: followup_rules

A content folder without a ``followup/`` subfolder uses the shipped follow-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from somplan.content.followup_checks import check_flow_placeholders, check_followup_against
from somplan.content.loader import (
    Content,
    FolderResult,
    check_folder,
    load_content,
    shipped_folder,
)
from somplan.content.model import Flow, FollowupRules
from somplan.content.problems import Problem, ProblemError

#: The name of the subfolder that holds the follow-up flow and its rules.
FOLLOWUP_FOLDER = "followup"


@dataclass
class FollowupContent:
    """The plan's content (flow, organisation) and the follow-up flow and rules."""

    plan: Content
    flow: Flow
    rules: FollowupRules
    folder: Path


def followup_folder(content_folder: Path) -> Path | None:
    sub = content_folder / FOLLOWUP_FOLDER
    return sub if sub.is_dir() else None


def check_followup_folder(folder: Path, plan_flow: Flow | None) -> FolderResult:
    """Every file of a follow-up folder, and its references into its own flow and the plan flow."""
    result = check_folder(folder)
    flow, rules = result.models.get("flow"), result.models.get("followup_rules")
    own = flow if isinstance(flow, Flow) else None
    if own is not None:
        result.problems += check_flow_placeholders(result.docs["flow"], own, plan_flow)
    if isinstance(rules, FollowupRules):
        result.problems += check_followup_against(
            result.docs["followup_rules"], rules, own, plan_flow
        )
    if not result.problems:
        for kind in ("flow", "followup_rules"):
            if kind not in result.models:
                result.problems.append(
                    Problem(str(folder), None, None, "missing-kind", {"kind": kind})
                )
    return result


def check_tree(folder: Path) -> FolderResult:
    """A content folder and, when it has one, its follow-up subfolder: every problem of both."""
    result = check_folder(folder)
    sub = followup_folder(folder)
    if sub is None:
        return result
    flow = result.models.get("flow")
    inner = check_followup_folder(sub, flow if isinstance(flow, Flow) else None)
    result.problems += inner.problems
    result.checked += inner.checked
    return result


def load_followup(content_folder: Path | None = None) -> FollowupContent:
    """The plan content of ``content_folder`` (the shipped one by default) and the follow-up in its
    ``followup/`` subfolder (the shipped follow-up when it has none); raise on any problem."""
    return followup_of(load_content(content_folder))


def followup_of(plan: Content) -> FollowupContent:
    """The follow-up that goes with the plan content ``plan`` (already loaded): the one in its
    ``followup/`` subfolder, else the shipped follow-up; raise on any problem."""
    folder = followup_folder(plan.folder) or shipped_folder() / FOLLOWUP_FOLDER
    if not folder.is_dir():
        raise ProblemError(Problem(str(folder), None, None, "file-not-found"))
    result = check_followup_folder(folder, plan.flow)
    if result.problems:
        raise ProblemError(*sorted(result.problems, key=Problem.sort_key))
    flow, rules = result.models["flow"], result.models["followup_rules"]
    assert isinstance(flow, Flow) and isinstance(rules, FollowupRules)
    return FollowupContent(plan, flow, rules, folder)
