"""The command line: a thin typer layer that parses options and calls the core modules.

Heavy modules (pydantic, rich, questionary) are imported inside the commands so that
``somplan --help`` stays fast.
"""

import functools
import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from somplan import __version__, exitcodes
from somplan.errors import handled
from somplan.text.i18n import DEFAULT_LANG, Lang, message


class LangChoice(StrEnum):
    sv = "sv"
    en = "en"


class ReportFormat(StrEnum):
    rich = "rich"
    markdown = "markdown"
    json = "json"


class SummaryFormat(StrEnum):
    rich = "rich"
    markdown = "markdown"
    json = "json"
    csv = "csv"


class SummarySort(StrEnum):
    file = "file"
    unit = "unit"
    level = "level"
    updated = "updated"


class ValidateFormat(StrEnum):
    text = "text"
    github = "github"
    json = "json"


def detect_lang(argv: list[str]) -> Lang:
    """The language for help texts: ``--lang`` on the command line, then $SOMPLAN_LANG, then sv."""
    for i, arg in enumerate(argv):
        value = None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value in ("sv", "en"):
            return value  # type: ignore[return-value]
    env = os.environ.get("SOMPLAN_LANG", "")
    return "en" if env == "en" else DEFAULT_LANG


def _user_errors(command: Callable[..., Any], lang: Lang) -> Callable[..., Any]:
    """``command`` with every :class:`SomplanError` mapped to its lines on stderr and its exit
    code (:func:`somplan.errors.handled`), in the language the command was asked to speak."""

    @functools.wraps(command)
    def mapped(*args: Any, **kwargs: Any) -> Any:
        chosen = kwargs.get("lang_")
        code = handled(lambda: command(*args, **kwargs), chosen.value if chosen else lang)
        raise typer.Exit(code)

    return mapped


def build_app(lang: Lang, default_lang: Lang | None = None) -> typer.Typer:
    """The typer application with help texts in ``lang``; ``--lang`` defaults to ``default_lang``
    (the language detected from the command line and environment when not given)."""

    def h(key: str) -> str:
        return message(f"help.{key}", lang)

    app = typer.Typer(
        name="somplan",
        help=h("app"),
        epilog=h("app-epilog"),
        no_args_is_help=True,
        add_completion=True,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
        rich_markup_mode=None,
    )

    lang_option = typer.Option("--lang", help=h("lang"), case_sensitive=False)

    def _no_color(value: bool) -> None:
        # rich and prompt_toolkit both follow the NO_COLOR convention (https://no-color.org).
        if value:
            os.environ["NO_COLOR"] = "1"

    no_color_option = typer.Option(
        "--no-color", help=h("no-color"), callback=_no_color, is_eager=True
    )

    def _version(value: bool) -> None:
        if value:
            typer.echo(f"somplan {__version__}")
            raise typer.Exit()

    @app.callback()
    def root(
        version: Annotated[
            bool, typer.Option("--version", help=h("version"), callback=_version, is_eager=True)
        ] = False,
        lang_: Annotated[LangChoice, lang_option] = LangChoice(default_lang or lang),
        no_color: Annotated[bool, no_color_option] = False,
    ) -> None:
        # --lang before the command is read by detect_lang() when the app is built; it only
        # needs to be accepted here.
        pass

    questions_option = typer.Option(
        "--questions",
        "-q",
        help=h("questions"),
        show_default=False,
        file_okay=False,
        envvar="SOMPLAN_QUESTIONS",
    )

    @app.command(help=h("start"), epilog=h("start-epilog"))
    def start(
        answers: Annotated[
            Path | None,
            typer.Option(
                "--answers", "-a", help=h("start-answers"), show_default=False, dir_okay=False
            ),
        ] = None,
        questions: Annotated[Path | None, questions_option] = None,
        lang_: Annotated[LangChoice, lang_option] = LangChoice(default_lang or lang),
        no_color: Annotated[bool, no_color_option] = False,
    ) -> int:
        from somplan.commands.start import run_start

        return run_start(questions, answers, lang_.value)

    @app.command(help=h("report"), epilog=h("report-epilog"))
    def report(
        file: Annotated[
            Path, typer.Argument(help=h("report-file"), show_default=False, metavar="FILE")
        ],
        fmt: Annotated[
            ReportFormat,
            typer.Option("--format", "-f", help=h("report-format"), case_sensitive=False),
        ] = ReportFormat.rich,
        output: Annotated[
            Path | None, typer.Option("--output", "-o", help=h("report-output"), show_default=False)
        ] = None,
        questions: Annotated[Path | None, questions_option] = None,
        lang_: Annotated[LangChoice, lang_option] = LangChoice(default_lang or lang),
        no_color: Annotated[bool, no_color_option] = False,
    ) -> int:
        from somplan.commands.report import run_report

        return run_report(file, fmt.value, lang_.value, output, questions)

    @app.command(help=h("diff"), epilog=h("diff-epilog"))
    def diff(
        old: Annotated[Path, typer.Argument(help=h("diff-old"), show_default=False, metavar="OLD")],
        new: Annotated[Path, typer.Argument(help=h("diff-new"), show_default=False, metavar="NEW")],
        fmt: Annotated[
            ReportFormat,
            typer.Option("--format", "-f", help=h("diff-format"), case_sensitive=False),
        ] = ReportFormat.rich,
        questions: Annotated[Path | None, questions_option] = None,
        lang_: Annotated[LangChoice, lang_option] = LangChoice(default_lang or lang),
        no_color: Annotated[bool, no_color_option] = False,
    ) -> int:
        from somplan.commands.diff import run_diff

        return run_diff(old, new, fmt.value, lang_.value, questions)

    @app.command(help=h("summary"), epilog=h("summary-epilog"))
    def summary(
        paths: Annotated[
            list[Path], typer.Argument(help=h("summary-paths"), show_default=False, metavar="PATH")
        ],
        fmt: Annotated[
            SummaryFormat,
            typer.Option("--format", "-f", help=h("summary-format"), case_sensitive=False),
        ] = SummaryFormat.rich,
        sort: Annotated[
            SummarySort, typer.Option("--sort", "-s", help=h("summary-sort"), case_sensitive=False)
        ] = (SummarySort.file),
        due: Annotated[bool, typer.Option("--due", help=h("summary-due"))] = False,
        today: Annotated[
            str | None,
            typer.Option(
                "--today", help=h("summary-today"), show_default=False, metavar="YYYY-MM-DD"
            ),
        ] = None,
        questions: Annotated[Path | None, questions_option] = None,
        lang_: Annotated[LangChoice, lang_option] = LangChoice(default_lang or lang),
        no_color: Annotated[bool, no_color_option] = False,
    ) -> int:
        from somplan.commands.summary import parse_day, run_summary

        return run_summary(
            paths, fmt.value, sort.value, lang_.value, questions, due, parse_day(today)
        )

    @app.command(help=h("followup"), epilog=h("followup-epilog"))
    def followup(
        plan: Annotated[
            Path, typer.Argument(help=h("followup-plan"), show_default=False, metavar="PLANFILE")
        ],
        answers: Annotated[
            Path | None,
            typer.Option(
                "--answers", "-a", help=h("followup-answers"), show_default=False, dir_okay=False
            ),
        ] = None,
        report: Annotated[bool, typer.Option("--report", help=h("followup-report"))] = False,
        fmt: Annotated[
            ReportFormat,
            typer.Option("--format", "-f", help=h("followup-format"), case_sensitive=False),
        ] = ReportFormat.rich,
        output: Annotated[
            Path | None,
            typer.Option("--output", "-o", help=h("followup-output"), show_default=False),
        ] = None,
        questions: Annotated[Path | None, questions_option] = None,
        lang_: Annotated[LangChoice, lang_option] = LangChoice(default_lang or lang),
        no_color: Annotated[bool, no_color_option] = False,
    ) -> int:
        from somplan.commands.followup import run_followup

        return run_followup(
            plan, answers, questions, lang_.value, report=report, fmt=fmt.value, output=output
        )

    @app.command(help=h("validate"), epilog=h("validate-epilog"))
    def validate(
        paths: Annotated[
            list[Path] | None,
            typer.Argument(help=h("validate-paths"), show_default=False, metavar="PATH"),
        ] = None,
        fmt: Annotated[
            ValidateFormat,
            typer.Option("--format", "-f", help=h("validate-format"), case_sensitive=False),
        ] = ValidateFormat.text,
        lang_: Annotated[LangChoice, lang_option] = LangChoice(default_lang or lang),
        no_color: Annotated[bool, no_color_option] = False,
    ) -> int:
        from somplan.commands.validate import run_validate

        return run_validate(list(paths or []), fmt.value, lang_.value)

    @app.command(help=h("schema"), epilog=h("schema-epilog"))
    def schema(
        output: Annotated[
            Path | None, typer.Option("--output", "-o", help=h("schema-output"), show_default=False)
        ] = None,
        lang_: Annotated[LangChoice, lang_option] = LangChoice(default_lang or lang),
    ) -> int:
        from somplan.commands.schema import run_schema

        return run_schema(output, lang_.value)

    for info in app.registered_commands:
        assert info.callback is not None
        info.callback = _user_errors(info.callback, lang)
    return app


def _from_ctrl_c(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, KeyboardInterrupt):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def main() -> None:
    """Entry point of the ``somplan`` console script."""
    # somplan uses no pydantic plugins; looking for them reads every installed package's metadata
    # (importlib.metadata, ~10 ms) on the first validation.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
    lang = detect_lang(sys.argv[1:])
    app = build_app(lang)
    try:
        app(prog_name="somplan")
    except KeyboardInterrupt:
        typer.echo(message("interrupted", lang), err=True)
        sys.exit(exitcodes.INTERRUPTED)
    except SystemExit as exc:
        # Typer turns Ctrl-C into a silent exit 130; say so in one line (the wizard, which stops
        # on its own and names the saved file, exits 130 without a KeyboardInterrupt behind it).
        if exc.code == exitcodes.INTERRUPTED and _from_ctrl_c(exc):
            typer.echo("\n" + message("interrupted", lang), err=True)
        raise
    except Exception as exc:  # the last line of defence: never a raw traceback on screen
        from somplan.crash import debug_enabled, write_crash_log

        if debug_enabled():
            raise
        log = write_crash_log(exc)
        typer.echo(message("crash", lang, log=str(log) if log else "-"), err=True)
        sys.exit(exitcodes.INTERNAL_ERROR)
