"""The command line: a thin typer layer that parses options and calls the commands.

Each command is one function below that declares only its own arguments, with catalogue keys as
help texts; ``COMMANDS`` says which of the shared options (``--format``, ``-o``,
``--questions``; every command has ``--lang`` and ``--no-color``) it takes. ``build_app``
translates the help into one language, adds the shared options, and runs every command through
the one error mapping (``somplan.errors.handled``).

Heavy modules (pydantic, rich, questionary) are imported inside the commands so that
``somplan --help`` stays fast.
"""

import contextlib
import copy
import inspect
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, get_args, get_origin

import typer

from somplan import __version__, formats
from somplan.errors import handled
from somplan.exitcodes import ExitCode
from somplan.text.i18n import DEFAULT_LANG, Lang, message


class LangChoice(StrEnum):
    sv = "sv"
    en = "en"


class ChannelKindChoice(StrEnum):
    social = "social"
    other = "other"


class OutcomeChoice(StrEnum):
    approved = "approved"
    approved_with_conditions = "approved_with_conditions"
    declined = "declined"
    sent_back = "sent_back"


class RegisterStateChoice(StrEnum):
    draft = "draft"
    proposed = "proposed"
    decided = "decided"
    opened = "opened"
    followed_up = "followed_up"
    closing = "closing"
    closed = "closed"


class SummarySort(StrEnum):
    file = "file"
    unit = "unit"
    level = "level"
    updated = "updated"


@dataclass(frozen=True)
class Given:
    """What every command gets besides its own arguments: the shared options, resolved."""

    lang: Lang
    lang_given: bool  # False: follow the answers file's own language
    questions: Path | None = None
    fmt: str = ""
    output: Path | None = None


@dataclass(frozen=True)
class Shared:
    """Which shared options a command takes besides ``--lang`` and ``--no-color``."""

    formats: tuple[str, ...] = ()  # --format with these names; the first is the default
    output: bool = False  # -o FILE; without --format, the file's ending names the format
    questions: bool = True  # --questions FOLDER


# --- the commands -------------------------------------------------------------------------------
# ``help`` in an option or argument is a key of the catalogue (``help.<key>``), translated when
# the app is built.

#: ``--today`` of the commands that reckon follow-ups from a day (summary, register).
Today = Annotated[
    str | None,
    typer.Option("--today", help="summary-today", show_default=False, metavar="YYYY-MM-DD"),
]


def _day(text: str | None) -> date | None:
    """``--today``: a date as YYYY-MM-DD; anything else is a usage error."""
    from somplan.errors import UsageError

    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError("followup.bad-date", value=text) from None


def start(
    answers: Annotated[
        Path | None,
        typer.Option("--answers", "-a", help="start-answers", show_default=False, dir_okay=False),
    ] = None,
    *,
    given: Given,
) -> int:
    from somplan.commands.start import run_start

    return run_start(given.questions, answers, given.lang, lang_given=given.lang_given)


def report(
    file: Annotated[Path, typer.Argument(help="report-file", show_default=False, metavar="FILE")],
    *,
    given: Given,
) -> int:
    from somplan.content.followup_files import followed_plan

    plan = followed_plan(file)
    if plan is not None:  # a saved follow-up: shown as `followup PLAN -a FILE --report` would
        from somplan.commands.followup import run_followup

        return run_followup(
            plan,
            file,
            given.questions,
            given.lang,
            report=True,
            fmt=given.fmt,
            output=given.output,
            lang_given=given.lang_given,
        )
    from somplan.commands.report import run_report

    return run_report(
        file, given.fmt, given.lang, given.output, given.questions, lang_given=given.lang_given
    )


def diff(
    old: Annotated[Path, typer.Argument(help="diff-old", show_default=False, metavar="OLD")],
    new: Annotated[
        Path | None, typer.Argument(help="diff-new", show_default=False, metavar="NEW")
    ] = None,
    since_decision: Annotated[
        bool, typer.Option("--since-decision", help="diff-since-decision")
    ] = False,
    *,
    given: Given,
) -> int:
    from somplan.commands.diff import run_diff

    return run_diff(
        old,
        new,
        given.fmt,
        given.lang,
        given.questions,
        given.output,
        lang_given=given.lang_given,
        since_decision=since_decision,
    )


def summary(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="summary-paths", show_default=False, metavar="PATH"),
    ] = None,
    sort: Annotated[
        SummarySort, typer.Option("--sort", "-s", help="summary-sort", case_sensitive=False)
    ] = SummarySort.file,
    due: Annotated[bool, typer.Option("--due", help="summary-due")] = False,
    today: Today = None,
    *,
    given: Given,
) -> int:
    from somplan.commands.summary import run_summary

    return run_summary(
        list(paths or []),
        given.fmt,
        sort.value,
        given.lang,
        given.questions,
        due,
        _day(today),
        given.output,
    )


def followup(
    plan: Annotated[
        Path, typer.Argument(help="followup-plan", show_default=False, metavar="PLANFILE")
    ],
    answers: Annotated[
        Path | None,
        typer.Option(
            "--answers", "-a", help="followup-answers", show_default=False, dir_okay=False
        ),
    ] = None,
    report: Annotated[bool, typer.Option("--report", help="followup-report")] = False,
    *,
    given: Given,
) -> int:
    from somplan.commands.followup import run_followup

    return run_followup(
        plan,
        answers,
        given.questions,
        given.lang,
        report=report,
        fmt=given.fmt,
        output=given.output,
        lang_given=given.lang_given,
    )


def decide(
    plan: Annotated[
        Path, typer.Argument(help="decide-plan", show_default=False, metavar="PLANFILE")
    ],
    outcome: Annotated[
        OutcomeChoice | None,
        typer.Option("--outcome", help="decide-outcome", case_sensitive=False, show_default=False),
    ] = None,
    by_name: Annotated[
        str | None,
        typer.Option("--by-name", help="decide-by-name", show_default=False, metavar="TEXT"),
    ] = None,
    by_role: Annotated[
        str | None,
        typer.Option("--by-role", help="decide-by-role", show_default=False, metavar="TEXT"),
    ] = None,
    day: Annotated[
        str | None,
        typer.Option("--date", help="decide-date", show_default=False, metavar="YYYY-MM-DD"),
    ] = None,
    reference: Annotated[
        str | None,
        typer.Option("--reference", help="decide-reference", show_default=False, metavar="TEXT"),
    ] = None,
    condition: Annotated[
        list[str] | None,
        typer.Option("--condition", help="decide-condition", show_default=False, metavar="TEXT"),
    ] = None,
    note: Annotated[
        str | None, typer.Option("--note", help="decide-note", show_default=False, metavar="TEXT")
    ] = None,
    allow_incomplete: Annotated[
        bool, typer.Option("--allow-incomplete", help="decide-allow-incomplete")
    ] = False,
    opened: Annotated[
        str | None,
        typer.Option("--opened", help="decide-opened", show_default=False, metavar="URL"),
    ] = None,
    closed: Annotated[
        str | None,
        typer.Option("--closed", help="decide-closed", show_default=False, metavar="YYYY-MM-DD"),
    ] = None,
    *,
    given: Given,
) -> int:
    from somplan.commands.decide import run_decide
    from somplan.interview.decision_entry import Given as Decided

    decided = Decided(
        outcome=outcome.value if outcome else None,
        by_name=by_name,
        by_role=by_role,
        day=day,
        reference=reference,
        conditions=tuple(condition) if condition else None,
        note=note,
        allow_incomplete=allow_incomplete,
    )
    return run_decide(
        plan,
        decided,
        given.lang,
        given.questions,
        opened=opened,
        closed=closed,
        lang_given=given.lang_given,
    )


def profile(
    plan: Annotated[
        Path, typer.Argument(help="profile-plan", show_default=False, metavar="PLANFILE")
    ],
    platform: Annotated[
        list[str] | None,
        typer.Option("--platform", "-p", help="profile-platform", show_default=False, metavar="ID"),
    ] = None,
    *,
    given: Given,
) -> int:
    from somplan.commands.profile import run_profile

    return run_profile(
        plan,
        list(platform or []),
        given.fmt,
        given.lang,
        given.output,
        given.questions,
        lang_given=given.lang_given,
    )


def plans(*, given: Given) -> int:
    from somplan.commands.plans import run_plans

    return run_plans(given.fmt, given.lang, given.questions, given.output)


def register(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="register-paths", show_default=False, metavar="PATH"),
    ] = None,
    state: Annotated[
        list[RegisterStateChoice] | None,
        typer.Option("--state", help="register-state", case_sensitive=False, show_default=False),
    ] = None,
    due: Annotated[bool, typer.Option("--due", help="register-due")] = False,
    public: Annotated[bool, typer.Option("--public", help="register-public")] = False,
    today: Today = None,
    *,
    given: Given,
) -> int:
    from somplan.commands.register import run_register

    return run_register(
        list(paths or []),
        given.fmt,
        given.lang,
        given.questions,
        tuple(s.value for s in state or ()),
        due,
        public,
        _day(today),
        given.output,
    )


def channels(
    kind: Annotated[
        ChannelKindChoice | None,
        typer.Option("--kind", "-k", help="channels-kind", case_sensitive=False),
    ] = None,
    *,
    given: Given,
) -> int:
    from somplan.commands.channels import run_channels

    chosen = kind.value if kind else None
    return run_channels(given.fmt, chosen, given.lang, given.output, given.questions)


def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="validate-paths", show_default=False, metavar="PATH"),
    ] = None,
    *,
    given: Given,
) -> int:
    from somplan.commands.validate import run_validate

    return run_validate(list(paths or []), given.fmt, given.lang)


def serve(
    host: Annotated[
        str | None,
        typer.Option("--host", help="serve-host", show_default=False, metavar="ADDRESS"),
    ] = None,
    port: Annotated[
        int | None, typer.Option("--port", help="serve-port", show_default=False, metavar="PORT")
    ] = None,
    no_browser: Annotated[bool, typer.Option("--no-browser", help="serve-no-browser")] = False,
    user_header: Annotated[
        str | None,
        typer.Option("--user-header", help="serve-user-header", show_default=False, metavar="NAME"),
    ] = None,
    *,
    given: Given,
) -> int:
    from somplan.commands.serve import run_serve

    return run_serve(
        given.questions,
        given.lang,
        host=host,
        port=port,
        user_header=user_header,
        open_browser=not no_browser,
        lang_given=given.lang_given,
    )


def schema(*, given: Given) -> int:
    from somplan.commands.schema import run_schema

    return run_schema(given.output, given.lang)


#: Every command, in the order of the help, with the shared options it takes.
COMMANDS: dict[str, tuple[Callable[..., int], Shared]] = {
    "start": (start, Shared()),
    "report": (report, Shared(formats.REPORT, output=True)),
    "diff": (diff, Shared(formats.DIFF, output=True)),
    "summary": (summary, Shared(formats.SUMMARY, output=True)),
    "followup": (followup, Shared(formats.FOLLOWUP, output=True)),
    "decide": (decide, Shared()),
    "profile": (profile, Shared(formats.PROFILE, output=True)),
    "plans": (plans, Shared(formats.PLANS, output=True)),
    "register": (register, Shared(formats.REGISTER, output=True)),
    "channels": (channels, Shared(formats.CHANNELS, output=True)),
    "serve": (serve, Shared()),
    "validate": (validate, Shared(formats.VALIDATE, questions=False)),
    "schema": (schema, Shared(output=True, questions=False)),
}


# --- building the app in one language -----------------------------------------------------------


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


@contextlib.contextmanager
def _colours_off(off: bool) -> Iterator[None]:
    """NO_COLOR for the command's duration (rich and prompt_toolkit follow https://no-color.org),
    restored afterwards so that the process keeps its own environment."""
    if not off:
        yield
        return
    before = os.environ.get("NO_COLOR")
    os.environ["NO_COLOR"] = "1"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("NO_COLOR", None)
        else:
            os.environ["NO_COLOR"] = before


@dataclass
class _Builder:
    """Options with help in ``lang``, and what was given before the command name."""

    lang: Lang
    fallback: Lang  # the language without --lang (and without an answers file's own)
    before_command: dict[str, Any] = field(default_factory=dict)

    def help(self, key: str) -> str:
        return message(f"help.{key}", self.lang)

    def translated(self, annotation: Any) -> Any:
        """``Annotated[T, info]`` with ``info.help`` (a key) in this language, on a copy."""
        if get_origin(annotation) is not Annotated:
            return annotation
        kind, info = get_args(annotation)
        info = copy.copy(info)
        if info.help:
            info.help = self.help(info.help)
        return Annotated[kind, info]

    def lang_option(self) -> Any:
        return typer.Option(
            "--lang",
            help=self.help("lang"),
            case_sensitive=False,
            show_default=False,
            metavar="<sv|en>",
        )

    def no_color_option(self) -> Any:
        return typer.Option("--no-color", help=self.help("no-color"))

    def format_option(self, name: str, names: tuple[str, ...], output: bool) -> Any:
        def normalise(value: str | None) -> str | None:
            if value is None:
                return None
            chosen = formats.normalised(value)
            if chosen not in names:
                raise typer.BadParameter(
                    message("cli.not-a-format", self.lang, value=value, formats=", ".join(names))
                )
            return chosen

        default = message(
            "help.format-default-output" if output else "help.format-default",
            self.lang,
            default=names[0],
        )
        return typer.Option(
            "--format",
            "-f",
            help=f"{self.help(f'{name}-format')} {default}",
            callback=normalise,
            metavar="<" + "|".join(names) + ">",
            show_default=False,
        )

    def shared_parameters(self, name: str, shared: Shared) -> list[inspect.Parameter]:
        """The shared options of one command, as parameters to add to its signature."""
        keyword = inspect.Parameter.KEYWORD_ONLY
        options: list[tuple[str, Any, Any]] = []
        if shared.formats:
            options.append(
                ("fmt", str | None, self.format_option(name, shared.formats, shared.output))
            )
        if shared.output:
            key = f"{name}-output" if f"help.{name}-output" in _catalogue() else "output"
            option = typer.Option("--output", "-o", help=self.help(key), show_default=False)
            options.append(("output", Path | None, option))
        if shared.questions:
            option = typer.Option(
                "--questions",
                "-q",
                help=self.help("questions"),
                show_default=False,
                file_okay=False,
                envvar="SOMPLAN_QUESTIONS",
            )
            options.append(("questions", Path | None, option))
        options.append(("lang_", LangChoice | None, self.lang_option()))
        params = [
            inspect.Parameter(n, keyword, default=None, annotation=Annotated[kind, option])
            for n, kind, option in options
        ]
        no_color = Annotated[bool, self.no_color_option()]
        return [*params, inspect.Parameter("no_color", keyword, default=False, annotation=no_color)]

    def given(self, values: dict[str, Any], shared: Shared) -> Given:
        """The shared options taken out of ``values`` and resolved."""
        chosen = values.pop("lang_", None) or self.before_command.get("lang")
        output = values.pop("output", None)
        fmt = formats.chosen(values.pop("fmt", None), output, shared.formats or ("",))
        return Given(
            lang=chosen.value if chosen else self.fallback,
            lang_given=chosen is not None,
            questions=values.pop("questions", None),
            fmt=fmt,
            output=output,
        )

    def command(self, name: str, run: Callable[..., int], shared: Shared) -> Callable[..., Any]:
        """``run`` as typer sees it: its own parameters translated and the shared ones added;
        called, it maps every ``SomplanError`` to its lines and exit code."""
        own = [p for p in inspect.signature(run, eval_str=True).parameters.values()]
        own = [
            p.replace(annotation=self.translated(p.annotation)) for p in own if p.name != "given"
        ]
        params = own + self.shared_parameters(name, shared)

        def command(**values: Any) -> None:
            off = values.pop("no_color", False) or self.before_command.get("no_color", False)
            given = self.given(values, shared)
            with _colours_off(off):
                code = handled(lambda: run(**values, given=given), given.lang)
            raise typer.Exit(code)

        command.__name__ = run.__name__
        command.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
        command.__annotations__ = {p.name: p.annotation for p in params}
        return command


def _catalogue() -> dict[str, Any]:
    from somplan.text.messages import MESSAGES

    return MESSAGES


def build_app(lang: Lang, default_lang: Lang | None = None) -> typer.Typer:
    """The typer application with help texts in ``lang``; ``--lang`` defaults to ``default_lang``
    (the language detected from the command line and environment when not given)."""
    from somplan.cli_words import localized_classes

    builder = _Builder(lang, default_lang or lang)
    group_class, command_class = localized_classes(lang)
    app = typer.Typer(
        name="somplan",
        cls=group_class,
        help=builder.help("app"),
        epilog=builder.help("app-epilog"),
        no_args_is_help=True,
        add_completion=True,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
        rich_markup_mode=None,
    )

    def show_version(value: bool) -> None:
        if value:
            typer.echo(f"somplan {__version__}")
            raise typer.Exit()

    version_option = typer.Option(
        "--version", help=builder.help("version"), callback=show_version, is_eager=True
    )

    @app.callback()
    def root(
        version: Annotated[bool, version_option] = False,
        lang_: Annotated[LangChoice | None, builder.lang_option()] = None,
        no_color: Annotated[bool, builder.no_color_option()] = False,
    ) -> None:
        # --lang before the command also sets the help texts' language (detect_lang); here it
        # is noted as given, so that it wins over an answers file's own language.
        builder.before_command.update(lang=lang_, no_color=no_color)

    for name, (run, shared) in COMMANDS.items():
        app.command(
            name,
            cls=command_class,
            help=builder.help(name),
            epilog=builder.help(f"{name}-epilog"),
        )(builder.command(name, run, shared))
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
    lang = detect_lang(sys.argv[1:])
    try:
        app = build_app(lang)
        app(prog_name="somplan")
    except KeyboardInterrupt:
        typer.echo(message("interrupted", lang), err=True)
        sys.exit(ExitCode.INTERRUPTED)
    except SystemExit as exc:
        # Typer turns Ctrl-C into a silent exit 130; say so in one line (the wizard, which stops
        # on its own and names the saved file, exits 130 without a KeyboardInterrupt behind it).
        if exc.code == ExitCode.INTERRUPTED and _from_ctrl_c(exc):
            typer.echo("\n" + message("interrupted", lang), err=True)
        raise
    except Exception as exc:  # the last line of defence: never a raw traceback on screen
        from somplan.crash import debug_enabled, write_crash_log

        if debug_enabled():
            raise
        log = write_crash_log(exc)
        typer.echo(message("crash", lang, log=str(log) if log else "-"), err=True)
        sys.exit(ExitCode.INTERNAL_ERROR)
