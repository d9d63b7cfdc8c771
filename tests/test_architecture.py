"""The tree shows the architecture, and the imports keep to it.

Layers from the bottom: ``text`` < ``content`` < ``assessment`` < ``render`` < ``interview`` <
``web`` < ``commands`` < ``cli``: the pure side (content, its conditions and answers files, the
scoring and the renderers) never imports the prompting side (engine, prompter, wizard). A module
may import its own layer and the layers below, never above; no command imports another command;
nothing below the command line imports typer; only the prompter imports questionary; only the web
app imports Starlette and uvicorn; and there are no import cycles between modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "somplan"
# ``web`` (the browser's front door) sits beside the commands, below the command line: the serve
# command starts it, and it uses the interview, renderers and content as the commands do.
LAYERS = ["text", "content", "assessment", "render", "interview", "web", "commands", "cli"]
# Top-level helpers that every layer may use: the exit codes, the error base, writing files, the
# names of the output formats.
SHARED = {"exitcodes", "errors", "writing", "crash", "formats", "__init__", "__main__"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(path: Path) -> set[str]:
    """Every somplan module (and third-party top-level package) that ``path`` imports, at any depth
    of the file: lazy imports inside functions count the same."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            if node.module.startswith("somplan"):
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
    known = modules()
    return {name for name in found if name in known or not name.startswith("somplan")}


def layer(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) < 2:
        return None
    if parts[1] in LAYERS:
        return parts[1]
    if parts[1] in ("cli_reference", "cli_words"):
        return "cli"
    return None


def test_every_module_sits_in_a_layer_or_is_shared() -> None:
    loose = [
        m
        for m in modules()
        if m != "somplan" and layer(m) is None and m.split(".")[1] not in SHARED
    ]
    assert loose == []


@pytest.mark.parametrize("module", sorted(modules()))
def test_imports_go_down_the_layers_only(module: str) -> None:
    own = layer(module)
    if module == "somplan.__main__":
        own_rank = len(LAYERS)  # the entry point sits on top
    elif own is None:
        own_rank = 0  # the shared helpers may use the words (text) and nothing above them
    else:
        own_rank = LAYERS.index(own)
    for target in imports_of(modules()[module]):
        if not target.startswith("somplan."):
            continue
        target_layer = layer(target)
        if target_layer is None:
            continue  # a shared helper
        assert LAYERS.index(target_layer) <= own_rank, f"{module} imports {target} (a higher layer)"


def test_no_command_imports_another() -> None:
    for module, path in modules().items():
        if layer(module) != "commands" or module == "somplan.commands":
            continue
        others = {t for t in imports_of(path) if t.startswith("somplan.commands.")} - {module}
        assert not others, f"{module} imports {others}"


def test_only_the_command_line_imports_typer_and_only_the_prompter_questionary() -> None:
    typer_users = {
        m for m, p in modules().items() if any(i.split(".")[0] == "typer" for i in imports_of(p))
    }
    assert typer_users <= {"somplan.cli", "somplan.cli_reference", "somplan.cli_words"}
    questionary_users = {
        m
        for m, p in modules().items()
        if any(i.split(".")[0] == "questionary" for i in imports_of(p))
    }
    assert questionary_users == {"somplan.interview.prompts"}


def test_only_the_web_package_imports_the_web_framework() -> None:
    users = {
        m
        for m, p in modules().items()
        if any(i.split(".")[0] in ("starlette", "uvicorn", "httpx") for i in imports_of(p))
    }
    assert users and all(m.startswith("somplan.web.") for m in users), users


def test_no_import_cycles() -> None:
    graph = {
        m: {t for t in imports_of(p) if t in modules() and t != m} for m, p in modules().items()
    }
    # A package's __init__ importing its own modules is how it re-exports; that is not a cycle.
    for m in graph:
        graph[m] = {
            t
            for t in graph[m]
            if not (t.startswith(m + ".") and modules()[m].name == "__init__.py")
        }
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle = [*stack[stack.index(nxt) :], nxt]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)


def test_the_check_finds_a_cycle_and_an_upward_import(tmp_path: Path) -> None:
    """The walker is not vacuous: an import it should see is seen."""
    sample = tmp_path / "m.py"
    sample.write_text("def f():\n    from somplan.commands.report import run_report\n")
    assert "somplan.commands.report" in imports_of(sample)
