"""YAML files to validated content models: schema, then cross-checks, every problem positioned."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from somplan.checks import check_flow, check_organisation
from somplan.model import Flow, Organisation
from somplan.problems import Problem, ProblemError
from somplan.schema_errors import problems_from
from somplan.yamlsource import Document, read_file

Check = Callable[[Document, Any], list[Problem]]

#: Every kind of content file: its model and the checks beyond its schema.
KINDS: dict[str, tuple[type[BaseModel], Check]] = {
    "flow": (Flow, check_flow),
    "organisation": (Organisation, check_organisation),
}
#: The kinds a content folder must hold to run the wizard and the report.
REQUIRED_KINDS = ("flow", "organisation")


def shipped_folder() -> Path:
    """The default questions folder: inside the installed package, or the checkout's ``questions/``."""
    here = Path(__file__).resolve().parent
    packaged = here / "questions"
    if packaged.is_dir():
        return packaged
    return here.parents[1] / "questions"


def model_from(doc: Document, expect: str | None = None) -> BaseModel:
    """Validate a parsed document as the kind it declares (or ``expect``); raise on problems."""
    kind = doc.data.get("kind")
    if expect is not None and kind != expect:
        if kind is None:
            raise ProblemError(doc.problem(("kind",), "missing", field="kind"))
        raise ProblemError(
            doc.problem(("kind",), "one-of", value=str(kind), expected=f"'{expect}'")
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


@dataclass
class FolderResult:
    """What validating a folder found: the models that loaded, and every problem."""

    models: dict[str, BaseModel] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    checked: list[Path] = field(default_factory=list)


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
    return result


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


def load_content(folder: Path | None = None) -> Content:
    """Load and check the content folder (the shipped one by default); raise on any problem."""
    folder = folder or shipped_folder()
    if not folder.is_dir():
        raise ProblemError(Problem(str(folder), None, None, "file-not-found"))
    result = check_folder(folder)
    for kind in REQUIRED_KINDS:
        if kind not in result.models and not any(
            p.file.startswith(str(folder)) for p in result.problems
        ):
            result.problems.append(Problem(str(folder), None, None, "missing-kind", {"kind": kind}))
    if result.problems:
        raise ProblemError(*sorted(result.problems, key=Problem.sort_key))
    flow = result.models["flow"]
    org = result.models["organisation"]
    assert isinstance(flow, Flow) and isinstance(org, Organisation)
    return Content(folder, flow, org, result.files)
