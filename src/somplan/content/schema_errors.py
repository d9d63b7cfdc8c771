"""Turn pydantic's validation errors into problems a communicator can act on, with positions."""

from __future__ import annotations

import difflib
from typing import Any

from pydantic import BaseModel, ValidationError

from somplan.content.problems import Problem
from somplan.content.yamlsource import Document, Loc
from somplan.text.i18n import Msg

_TYPE_CODES = {
    "string_type": "expected-text",
    "int_type": "expected-whole-number",
    "int_from_float": "expected-whole-number",
    "float_type": "expected-number",
    "bool_type": "expected-bool",
    "list_type": "expected-list",
    "dict_type": "expected-mapping",
    "model_type": "expected-mapping",
    "model_attributes_type": "expected-mapping",
}


def _got(value: Any) -> dict[str, Any]:
    """How a wrong value is described in a message (its kind and a short form of it)."""
    if value is None:
        return {"got": Msg("got.null")}
    if isinstance(value, bool):
        return {"got": Msg("got.bool", {"value": "true" if value else "false"})}
    if isinstance(value, int | float):
        return {"got": Msg("got.number", {"value": repr(value)})}
    if isinstance(value, str):
        short = value if len(value) <= 40 else value[:37] + "…"
        return {"got": Msg("got.text", {"value": short})}
    if isinstance(value, list):
        return {"got": Msg("got.list")}
    return {"got": Msg("got.mapping")}


def _model_at(root: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    """The model class whose fields are at ``loc`` (best effort, for 'did you mean')."""
    current: Any = root
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        fields = {f.alias or n: f for n, f in current.model_fields.items()}
        if part not in fields:
            return None
        current = _inner_model(fields[part].annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    metadata_origin = getattr(annotation, "__origin__", None)
    if metadata_origin is not None and metadata_origin is not annotation:
        return _inner_model(metadata_origin)
    return None


def problems_from(doc: Document, error: ValidationError, root: type[BaseModel]) -> list[Problem]:
    """One problem per distinct place; union branches are collapsed to the first error."""
    out: list[Problem] = []
    seen: set[tuple[int, int, str]] = set()
    for err in error.errors(include_url=False):
        problem = _one(doc, err, root)
        if problem is None:
            continue
        mark = (problem.line or 0, problem.column or 0, problem.code)
        if mark in seen:
            continue
        seen.add(mark)
        out.append(problem)
    # A union tried several branches at the same place: keep one problem per position.
    by_place: dict[tuple[int, int], Problem] = {}
    for p in out:
        by_place.setdefault((p.line or 0, p.column or 0), p)
    return list(by_place.values())


def _step(node: Any, part: Any) -> tuple[Any] | None:
    """The child of ``node`` at ``part`` (in a 1-tuple), or ``None`` when there is none."""
    if isinstance(node, dict) and isinstance(part, str) and part in node:
        return (node[part],)
    if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
        return (node[part],)
    return None


def _data_loc(doc: Document, loc: tuple[Any, ...]) -> Loc:
    """Drop the parts pydantic adds for union branches (type names) that the YAML does not have."""
    kept: list[str | int] = []
    node: Any = doc.data
    for part in loc:
        step = _step(node, part)
        if step is not None:
            kept.append(part)
            node = step[0]
        elif isinstance(node, dict) and isinstance(part, str):
            kept.append(part)  # a missing or extra field: keep it for the message
            break
    return tuple(kept)


def _one(doc: Document, err: Any, root: type[BaseModel]) -> Problem | None:
    etype: str = err["type"]
    loc = _data_loc(doc, tuple(err["loc"]))
    value = err.get("input")
    ctx: dict[str, Any] = err.get("ctx") or {}
    if etype == "missing":
        field = str(loc[-1]) if loc else "?"
        return doc.problem(loc[:-1], "missing", field=field)
    if etype == "extra_forbidden":
        field = str(loc[-1]) if loc else "?"
        model = _model_at(root, loc[:-1])
        allowed = _allowed(model)
        close = difflib.get_close_matches(field, allowed, n=1)
        return doc.problem(
            loc,
            "unknown-field",
            key=True,
            field=field,
            allowed=", ".join(allowed),
            hint=Msg("problem.hint-did-you-mean", {"name": close[0]}) if close else "",
        )
    if etype in ("not_a_day", "not_a_month"):
        return doc.problem(loc, etype.replace("_", "-"), value=str(value))
    if etype == "change_shape":
        return doc.problem(loc, "change-shape")
    if etype == "finding_needs_test":
        return doc.problem(loc, "finding-needs-test", tests=ctx.get("tests", ""))
    if etype == "condition_shape":
        return doc.problem(loc, "condition-shape", tests=ctx.get("tests", ""))
    if etype in ("literal_error", "enum"):
        return doc.problem(loc, "one-of", value=str(value), expected=str(ctx.get("expected", "")))
    if etype == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        if pattern.startswith("^[a-z][a-z0-9_]*"):
            return doc.problem(loc, "id-format", value=str(value))
        if pattern.startswith("^sha256:"):
            return doc.problem(loc, "digest-format", value=str(value))
        if pattern.startswith("^https?://"):
            return doc.problem(loc, "url-format", value=str(value))
        return doc.problem(loc, "pattern", value=str(value), pattern=pattern)
    if etype == "string_too_short":
        return doc.problem(loc, "empty-text")
    if etype == "string_too_long":
        return doc.problem(loc, "text-too-long", max=ctx.get("max_length", "?"))
    if etype == "too_short":
        return doc.problem(loc, "too-few", min=ctx.get("min_length", 1))
    if etype in ("greater_than_equal", "greater_than"):
        return doc.problem(loc, "too-small", limit=ctx.get("ge", ctx.get("gt")))
    if etype in ("less_than_equal", "less_than"):
        return doc.problem(loc, "too-large", limit=ctx.get("le", ctx.get("lt")))
    if etype == "finite_number":
        return doc.problem(loc, "not-finite")
    if etype in ("model_type", "dict_type", "model_attributes_type"):
        model = _model_at(root, loc)
        if model is not None and model.__name__ == "Localized":
            return doc.problem(loc, "expected-localized", **_got(value))
    code = _TYPE_CODES.get(etype)
    if code is not None:
        return doc.problem(loc, code, **_got(value))
    return doc.problem(loc, "schema-other", detail=str(err.get("msg", etype)))


def _allowed(model: type[BaseModel] | None) -> list[str]:
    if model is None:
        return []
    return [f.alias or n for n, f in model.model_fields.items()]
