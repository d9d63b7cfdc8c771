"""YAML files to validated content models: schema, then cross-checks, every problem positioned."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from somplan.content.checks import (
    check_accounts,
    check_catalogue,
    check_flow,
    check_organisation,
    check_plan,
    check_plan_against,
    check_rules,
    check_rules_against,
)
from somplan.content.followup_checks import check_followup_rules
from somplan.content.model import (
    Catalogue,
    Flow,
    FollowupRules,
    Organisation,
    PlanTexts,
    ProposalTexts,
    Rules,
)
from somplan.content.problems import Problem, ProblemError
from somplan.content.proposal_checks import check_proposal
from somplan.content.schema_errors import problems_from
from somplan.content.yamlsource import Document, read_file

Check = Callable[[Document, Any], list[Problem]]

#: Every kind of content file: its model and the checks beyond its schema.
KINDS: dict[str, tuple[type[BaseModel], Check]] = {
    "flow": (Flow, check_flow),
    "organisation": (Organisation, check_organisation),
    "catalogue": (Catalogue, check_catalogue),
    "rules": (Rules, check_rules),
    "plan": (PlanTexts, check_plan),
    "followup_rules": (FollowupRules, check_followup_rules),
    "proposal": (ProposalTexts, check_proposal),
}
#: The kinds a content folder must hold to run the wizard.
REQUIRED_KINDS: tuple[str, ...] = ("flow", "organisation")
#: The kinds the report (scoring) needs as well.
REPORT_KINDS: tuple[str, ...] = (*REQUIRED_KINDS, "catalogue", "rules")


def shipped_folder() -> Path:
    """The default questions folder: inside the installed package, or the checkout's ``questions/``."""
    package = Path(__file__).resolve().parents[1]  # src/somplan, or site-packages/somplan
    packaged = package / "questions"
    if packaged.is_dir():
        return packaged
    return package.parents[1] / "questions"


def model_from(doc: Document, expect: str | None = None) -> BaseModel:
    """Validate a parsed document as the kind it declares (or ``expect``); raise on problems."""
    kind = doc.data.get("kind")
    if expect is not None and kind != expect:
        if kind is None:
            raise ProblemError(doc.problem(("kind",), "missing", field="kind"))
        raise ProblemError(
            doc.problem(("kind",), "one-of", value=str(kind), expected=f"'{expect}'")
        )
    if kind == "answers":  # a saved plan or follow-up, not a content file
        pos = doc.locate(("kind",))
        raise ProblemError(
            Problem(doc.path, pos.line, pos.column, "answers-not-content", {"path": doc.path})
        )
    if not isinstance(kind, str) or kind not in KINDS:
        pos = doc.locate(("kind",)) if "kind" in doc.data else doc.locate(())
        raise ProblemError(
            Problem(doc.path, pos.line, pos.column, "unknown-kind", {"kinds": ", ".join(KINDS)})
        )
    cls, check = KINDS[kind]
    try:
        model = cls.model_validate(doc.data)
    except ValidationError as exc:
        raise ProblemError(*problems_from(doc, exc, cls)) from None
    problems = check(doc, model)
    if problems:
        raise ProblemError(*problems)
    return model


def load_file(path: Path | str, expect: str | None = None) -> BaseModel:
    return model_from(read_file(path), expect)


@dataclass
class Content:
    """Everything the wizard and the scoring need, loaded from one folder."""

    folder: Path
    flow: Flow
    organisation: Organisation
    files: dict[str, Path] = field(default_factory=dict)
    catalogue: Catalogue | None = None
    rules: Rules | None = None
    #: The sentences of the unit's plan (optional: without them the plan quotes each question).
    plan: PlanTexts | None = None
    #: The proposal's questions, asked after the verdict (optional).
    proposal: ProposalTexts | None = None


@dataclass
class FolderResult:
    """What validating a folder found: the models that loaded, and every problem."""

    models: dict[str, BaseModel] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    checked: list[Path] = field(default_factory=list)
    docs: dict[str, Document] = field(default_factory=dict)


def content_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def check_folder(folder: Path) -> FolderResult:
    """Load every content file in ``folder`` and collect all problems (never stops at the first)."""
    result = FolderResult()
    files = content_files(folder)
    if not files:
        result.problems.append(Problem(str(folder), None, None, "no-content"))
        return result
    for path in files:
        result.checked.append(path)
        check_file_into(path, result)
    check_references(result)
    return result


def check_references(result: FolderResult) -> None:
    """Checks between the files of one folder: rules against the flow and the catalogue, the
    organisation's accounts against the catalogue."""
    models = result.models
    found_flow, found_catalogue = models.get("flow"), models.get("catalogue")
    found_rules, org = models.get("rules"), models.get("organisation")
    flow = found_flow if isinstance(found_flow, Flow) else None
    catalogue = found_catalogue if isinstance(found_catalogue, Catalogue) else None
    rules = found_rules if isinstance(found_rules, Rules) else None
    if rules is not None and flow is not None:
        result.problems += check_rules_against(result.docs["rules"], rules, flow, catalogue)
    found_plan = models.get("plan")
    if isinstance(found_plan, PlanTexts) and flow is not None:
        result.problems += check_plan_against(result.docs["plan"], found_plan, flow)
    if isinstance(org, Organisation):
        result.problems += check_accounts(result.docs["organisation"], org, catalogue, flow, rules)


def check_file_into(path: Path, result: FolderResult) -> None:
    try:
        doc = read_file(path)
        model = model_from(doc)
    except ProblemError as exc:
        result.problems.extend(exc.problems)
        return
    kind = str(doc.data["kind"])
    if kind in result.models:
        pos = doc.locate(("kind",))
        result.problems.append(
            Problem(
                str(path),
                pos.line,
                pos.column,
                "duplicate-kind",
                {"kind": kind, "other": str(result.files[kind])},
            )
        )
        return
    result.models[kind] = model
    result.files[kind] = path
    result.docs[kind] = doc


def load_content(folder: Path | None = None, required: tuple[str, ...] = REQUIRED_KINDS) -> Content:
    """Load and check the content folder (the shipped one by default); raise on any problem,
    including a missing file of one of the ``required`` kinds."""
    folder = folder or shipped_folder()
    if not folder.is_dir():
        raise ProblemError(Problem(str(folder), None, None, "file-not-found"))
    from somplan.content import cache as content_cache

    cache_key = (
        content_cache.key(content_files(folder), required) if content_cache.enabled() else None
    )
    if cache_key is not None:
        cached = _from_cache(content_cache.load(cache_key), folder)
        if cached is not None:
            return cached
    content = _load_content_uncached(folder, required)
    if cache_key is not None:
        entry: dict[str, Any] = {
            "files": {kind: path.name for kind, path in content.files.items()},
            "flow": content.flow,
            "organisation": content.organisation,
            "catalogue": content.catalogue,
            "rules": content.rules,
            "plan": content.plan,
            "proposal": content.proposal,
        }
        content_cache.store(cache_key, entry)
    return content


def _from_cache(entry: dict[str, Any] | None, folder: Path) -> Content | None:
    """Content rebuilt from a cache entry, or ``None`` when the entry does not have its shape."""
    if entry is None:
        return None
    flow, organisation = entry.get("flow"), entry.get("organisation")
    catalogue, rules, files = entry.get("catalogue"), entry.get("rules"), entry.get("files")
    plan, proposal = entry.get("plan"), entry.get("proposal")
    if not (
        isinstance(plan, PlanTexts | None)
        and isinstance(proposal, ProposalTexts | None)
        and isinstance(flow, Flow)
        and isinstance(organisation, Organisation)
        and isinstance(catalogue, Catalogue | None)
        and isinstance(rules, Rules | None)
        and isinstance(files, dict)
    ):
        return None
    paths = {kind: folder / str(name) for kind, name in files.items()}
    return Content(folder, flow, organisation, paths, catalogue, rules, plan, proposal)


def _load_content_uncached(folder: Path, required: tuple[str, ...]) -> Content:
    result = check_folder(folder)
    for kind in required:
        if kind not in result.models and not any(
            p.file.startswith(str(folder)) for p in result.problems
        ):
            result.problems.append(Problem(str(folder), None, None, "missing-kind", {"kind": kind}))
    if result.problems:
        raise ProblemError(*sorted(result.problems, key=Problem.sort_key))
    flow = result.models["flow"]
    org = result.models["organisation"]
    assert isinstance(flow, Flow) and isinstance(org, Organisation)
    catalogue, rules = result.models.get("catalogue"), result.models.get("rules")
    plan = result.models.get("plan")
    proposal = result.models.get("proposal")
    return Content(
        folder,
        flow,
        org,
        result.files,
        catalogue if isinstance(catalogue, Catalogue) else None,
        rules if isinstance(rules, Rules) else None,
        plan if isinstance(plan, PlanTexts) else None,
        proposal if isinstance(proposal, ProposalTexts) else None,
    )
