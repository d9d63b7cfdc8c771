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


class ReportFileFormat(StrEnum):
    rich = "rich"
    markdown = "markdown"
    json = "json"
    html = "html"
    pdf = "pdf"


class ChannelsFormat(StrEnum):
    rich = "rich"
    markdown = "markdown"
    json = "json"
    html = "html"


class ChannelKindChoice(StrEnum):
    social = "social"
    other = "other"


class SummaryFormat(StrEnum):
    rich = "rich"
    markdown = "markdown"
    json = "json"
    csv = "csv"
    html = "html"


class PlansFormat(StrEnum):
    rich = "rich"
    json = "json"


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


def _user_errors(
    command: Callable[..., Any], lang: Lang, before_command: dict[str, Any]
) -> Callable[..., Any]:
    """``command`` with every :class:`SomplanError` mapped to its lines on stderr and its exit
    code (:func:`somplan.errors.handled`), in the language the command was asked to speak."""

    @functools.wraps(command)
    def mapped(*args: Any, **kwargs: Any) -> Any:
        chosen = kwargs.get("lang_") or before_command.get("lang")
        code = handled(lambda: command(*args, **kwargs), chosen.value if chosen else lang)
        raise typer.Exit(code)

    return mapped


def build_app(lang: Lang, default_lang: Lang | None = None) -> typer.Typer:
    """The typer application with help texts in ``lang``; ``--lang`` defaults to ``default_lang``
    (the language detected from the command line and environment when not given)."""

    def h(key: str) -> str:
        return message(f"help.{key}", lang)

    fallback: Lang = default_lang or lang  # without --lang (and without an answers file's own)
    before_command: dict[str, Any] = {}  # options given before the command name

    def _given(value: LangChoice | None) -> Lang | None:
        """The language asked for on the command line, or None to follow the answers file."""
        chosen = value or before_command.get("lang")
        return "en" if chosen == LangChoice.en else "sv" if chosen == LangChoice.sv else None

    from somplan.cli_words import localized_classes

    group_class, command_class = localized_classes(lang)
    app = typer.Typer(
        name="somplan",
        cls=group_class,
        help=h("app"),
        epilog=h("app-epilog"),
        no_args_is_help=True,
        add_completion=True,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
        rich_markup_mode=None,
    )

    lang_option = typer.Option(
        "--lang", help=h("lang"), case_sensitive=False, show_default=False, metavar="<sv|en>"
    )

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
        lang_: Annotated[LangChoice | None, lang_option] = None,
        no_color: Annotated[bool, no_color_option] = False,
    ) -> None:
        # --lang before the command also sets the help texts' language (detect_lang); here it
        # is noted as given, so that it wins over an answers file's own language.
        before_command["lang"] = lang_

    def format_option(help_key: str, formats: type[StrEnum]) -> Any:
        """``--format``: one of ``formats``, any case; ``md`` is taken as markdown."""
        names = [f.value for f in formats]

        def normalise(value: str) -> str:
            chosen = {"md": "markdown"}.get(value.lower(), value.lower())
            if chosen not in names:
                raise typer.BadParameter(
                    message("cli.not-a-format", lang, value=value, formats=", ".join(names))
                )
            return chosen

        return typer.Option(
            "--format",
            "-f",
            help=h(help_key),
            callback=normalise,
            metavar="<" + "|".join(names) + ">",
        )

    questions_option = typer.Option(
        "--questions",
        "-q",
        help=h("questions"),
        show_default=False,
        file_okay=False,
        envvar="SOMPLAN_QUESTIONS",
    )

    @app.command(cls=command_class, help=h("start"), epilog=h("start-epilog"))
    def start(
        answers: Annotated[
            Path | None,
            typer.Option(
                "--answers", "-a", help=h("start-answers"), show_default=False, dir_okay=False
            ),
        ] = None,
        questions: Annotated[Path | None, questions_option] = None,
        lang_: Annotated[LangChoice | None, lang_option] = None,
        no_color: Annotated[bool, no_color_option] = False,
    ) -> int:
        from somplan.commands.start import run_start

        given = _given(lang_)
        return run_start(questions, answers, given or fallback, lang_given=given is not None)

    @app.command(cls=command_class, help=h("report"), epilog=h("report-epilog"))
    def report(
        file: Annotated[
            Path, typer.Argument(help=h("report-file"), show_default=False, metavar="FILE")
        ],
        fmt: Annotated[str, format_option("report-format", ReportFileFormat)] = "rich",
        output: Annotated[
            Path | None, typer.Option("--output", "-o", help=h("report-output"), show_default=False)
        ] = None,
        questions: Annotated[Path | None, questions_option] = None,
        lang_: Annotated[LangChoice | None, lang_option] = None,
        no_color: Annotated[bool, no_color_option] = False,
    ) -> int:
        from somplan.commands.report import run_report
        from somplan.interview.followup import followed_plan

        given = _given(lang_)
        plan = followed_plan(file)
        if plan is not None:  # a saved follow-up: shown as `followup PLAN -a FILE --report` would
            from somplan.commands.followup import run_followup

            return run_followup(
                plan, file, questions, given or fallback, report=True, fmt=fmt, output=output,
                lang_given=given is not None,
            )
        return run_report(
            file, fmt, given or fallback, output, questions, lang_given=given is not None
        )

    @app.command(cls=command_class, help=h("diff"), epilog=h("diff-epilog"))
    def diff(
        old: Annotated[Path, typer.Argument(help=h("diff-old"), show_default=False, metavar="OLD")],
        new: Annotated[Path, typer.Argument(help=h("diff-new"), show_default=False, metavar="NEW")],
        fmt: Annotated[str, format_option("diff-format", ReportFormat)] = "rich",
        questions: Annotated[Path | None, questions_option] = None,
        lang_: Annotated[LangChoice | None, lang_option] = None,
        no_color: Annotated[bool, no_color_option] = False,
    ) -> int:
        from somplan.commands.diff import run_diff

        given = _given(lang_)
        return run_diff(old, new, fmt, given or fallback, questions, lang_given=given is not None)

    @app.command(cls=command_class, help=h("summary"), epilog=h("summary-epilog"))
    def summary(
        paths: Annotated[
            list[Path] | None,
            typer.Argument(help=h("summary-paths"), show_default=False, metavar="PATH"),
        ] = None,
        fmt: Annotated[str, format_option("summary-format", SummaryFormat)] = "rich",
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
        lang_: Annotated[LangChoice | None, lang_option] = None,
        no_color: Annotated[bool, no_color_option] = False,
    ) -> int:
        from somplan.commands.summary import parse_day, run_summary

        return run_summary(
            list(paths or []),
            fmt,
            sort.value,
            _given(lang_) or fallback,
            questions,
            due,
            parse_day(today),
        )

    @app.command(cls=command_class, help=h("followup"), epilog=h("followup-epilog"))
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
        fmt: Annotated[str, format_option("followup-format", ReportFileFormat)] = "rich",
        output: Annotated[
            Path | None,
            typer.Option("--output", "-o", help=h("followup-output"), show_default=False),
        ] = None,
        questions: Annotated[Path | None, questions_option] = None,
        lang_: Annotated[LangChoice | None, lang_option] = None,
        no_color: Annotated[bool, no_color_option] = False,
    ) -> int:
        from somplan.commands.followup import run_followup

        given = _given(lang_)
        return run_followup(
            plan,
            answers,
            questions,
            given or fallback,
            report=report,
            fmt=fmt,
            output=output,
            lang_given=given is not None,
        )

    @app.command(cls=command_class, help=h("plans"), epilog=h("plans-epilog"))
    def plans(
        fmt: Annotated[str, format_option("plans-format", PlansFormat)] = "rich",
        questions: Annotated[Path | None, questions_option] = None,
        lang_: Annotated[LangChoice | None, lang_option] = None,
        no_color: Annotated[bool, no_color_option] = False,
    ) -> int:
        from somplan.commands.plans import run_plans

        return run_plans(fmt, _given(lang_) or fallback, questions)

    @app.command(cls=command_class, help=h("channels"), epilog=h("channels-epilog"))
    def channels(
        fmt: Annotated[str, format_option("channels-format", ChannelsFormat)] = "rich",
        kind: Annotated[
            ChannelKindChoice | None,
            typer.Option("--kind", "-k", help=h("channels-kind"), case_sensitive=False),
        ] = None,
        output: Annotated[
            Path | None,
            typer.Option("--output", "-o", help=h("channels-output"), show_default=False),
        ] = None,
        questions: Annotated[Path | None, questions_option] = None,
        lang_: Annotated[LangChoice | None, lang_option] = None,
        no_color: Annotated[bool, no_color_option] = False,
    ) -> int:
        from somplan.commands.channels import run_channels

        return run_channels(
            fmt, kind.value if kind else None, _given(lang_) or fallback, output, questions
        )

    @app.command(cls=command_class, help=h("validate"), epilog=h("validate-epilog"))
    def validate(
        paths: Annotated[
            list[Path] | None,
            typer.Argument(help=h("validate-paths"), show_default=False, metavar="PATH"),
        ] = None,
        fmt: Annotated[
            ValidateFormat,
            typer.Option("--format", "-f", help=h("validate-format"), case_sensitive=False),
        ] = ValidateFormat.text,
        lang_: Annotated[LangChoice | None, lang_option] = None,
        no_color: Annotated[bool, no_color_option] = False,
    ) -> int:
        from somplan.commands.validate import run_validate

        return run_validate(list(paths or []), fmt.value, _given(lang_) or fallback)

    @app.command(cls=command_class, help=h("schema"), epilog=h("schema-epilog"))
    def schema(
        output: Annotated[
            Path | None, typer.Option("--output", "-o", help=h("schema-output"), show_default=False)
        ] = None,
        lang_: Annotated[LangChoice | None, lang_option] = None,
    ) -> int:
        from somplan.commands.schema import run_schema

        return run_schema(output, _given(lang_) or fallback)

    for info in app.registered_commands:
        assert info.callback is not None
        info.callback = _user_errors(info.callback, lang, before_command)
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
