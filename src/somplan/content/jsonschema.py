"""The JSON Schema of somplan's content files, generated from the models (for editors)."""

from __future__ import annotations

import json
from typing import Annotated, Any

from pydantic import Field, TypeAdapter

from somplan.content.loader import KINDS


def schema() -> dict[str, Any]:
    models = tuple(model for model, _check in KINDS.values())
    union: Any = models[0]
    for model in models[1:]:
        union = union | model
    adapter: TypeAdapter[Any] = TypeAdapter(Annotated[union, Field(discriminator="kind")])
    result = adapter.json_schema(by_alias=True)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "somplan content file (flow, organisation profile, channel catalogue, rules, follow-up rules)",
        **result,
    }


def schema_text() -> str:
    return json.dumps(schema(), ensure_ascii=False, indent=2) + "\n"
