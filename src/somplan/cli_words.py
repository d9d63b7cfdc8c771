"""typer's own words (Usage, Options, "Show this message and exit.", usage errors) in the
interface's language.

typer 0.29 vendors click without a translation hook for most of these texts, so the command and
group classes below translate what they produce: help strings of typer's own options before the
help is laid out (so wrapping does not split a phrase), headings and the usage line after, and
usage errors through an exception that shows itself in Swedish. Only typer imports this module's
users (cli.py), keeping the import rule: only the CLI layer knows typer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import typer
from typer.core import TyperCommand, TyperGroup

from somplan.text.i18n import Lang

if TYPE_CHECKING:
    from typer._click.exceptions import ClickException, UsageError
else:
    # click's exceptions as this typer has them: typer from 0.26 on vendors click in a private
    # module, before that it depends on click itself. Both are reached through a class typer
    # exports, ``typer.BadParameter`` (a ``UsageError``, itself a ``ClickException``).
    UsageError = typer.BadParameter.__mro__[1]
    ClickException = UsageError.__mro__[1]

#: The help texts of the options typer and click add on their own.
OPTION_HELP_SV = {
    "Show this message and exit.": "Visa den här hjälpen och avsluta.",
    "Install completion for the current shell.": "Installera kompletteringen för skalet du kör.",
    "Show completion for the current shell, to copy it or customize the installation.": (
        "Visa kompletteringen för skalet du kör, för att kopiera den eller anpassa installationen."
    ),
    "Install completion for the specified shell.": "Installera kompletteringen för det angivna skalet.",
    "Show completion for the specified shell, to copy it or customize the installation.": (
        "Visa kompletteringen för det angivna skalet, för att kopiera den eller anpassa "
        "installationen."
    ),
}

#: Words in laid-out help and usage lines: (pattern, Swedish).
HELP_SV = (
    (r"^Usage: ", "Användning: "),
    (r"\[OPTIONS\]", "[FLAGGOR]"),
    (r"COMMAND \[ARGS\]\.\.\.", "KOMMANDO [ARGUMENT]..."),
    (r"^Arguments:$", "Argument:"),
    (r"^Options:$", "Flaggor:"),
    (r"^Commands:$", "Kommandon:"),
    # The whitespace after the colon may be a line break and an indent: keep it as it is.
    (r"\[default:(\s+)", r"[standard:\1"),
    (r"\[env(?:\s+)var:(\s+)", r"[miljövariabel:\1"),
    (r"\[required\]", "[krävs]"),
)

#: Usage errors: (pattern, Swedish); the message is matched whole, groups are kept.
ERRORS_SV = (
    (r"Invalid value for (.+?): (.*)", r"Ogiltigt värde för \1: \2"),
    (r"Invalid value: (.*)", r"Ogiltigt värde: \1"),
    (r"Missing argument (.*)\.", r"Argumentet \1 saknas."),
    (r"Missing option (.*)\.", r"Flaggan \1 saknas."),
    (r"Missing parameter: (.*)", r"Värdet \1 saknas."),
    (r"Missing command\.", r"Ett kommando saknas."),
    (r"No such command (.*?)\.( Did you mean (.*)\?)?", r"Kommandot \1 finns inte.\2"),
    (r"No such option: (\S+)(.*)", r"Flaggan \1 finns inte.\2"),
    (r"No such option '(\S+)'\.(.*)", r"Flaggan '\1' finns inte.\2"),  # click >= 8.2
    # "argument(s)" in click from 8.2, "argument"/"arguments" before.
    (r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)", r"Oväntade argument: \1"),
    (r"Option (.*) requires an argument\.", r"Flaggan \1 behöver ett värde."),
    (r"Option (.*) requires (\d+) arguments\.", r"Flaggan \1 behöver \2 värden."),
    (r"Option (.*) does not take a value\.", r"Flaggan \1 tar inget värde."),
)
PHRASES_SV = (
    (r" Did you mean (.*)\?", r" Menade du \1?"),
    (r"\(Possible options: (.*)\)", r"(Möjliga flaggor: \1)"),
    (r"(.+) is not one of (.+)\.", r"\1 är inte något av \2."),
)


def tidy_usage(text: str) -> str:
    """``{FILE}`` → ``FILE``: braces around a required argument only puzzle people."""
    return re.sub(r"\{([A-Z][A-Z_]*)\}", r"\1", text)


def help_text(text: str, lang: Lang) -> str:
    text = tidy_usage(text)
    if lang != "sv":
        return text
    for pattern, swedish in HELP_SV:
        text = re.sub(pattern, swedish, text, flags=re.MULTILINE)
    return text


def error_text(text: str, lang: Lang) -> str:
    """A usage error's message: never an internal prefix such as pydantic's "Value error, "."""
    text = re.sub(r"(Value|Type|Assertion) error, ", "", text)
    if lang != "sv":
        return text
    for pattern, swedish in ERRORS_SV:
        match = re.fullmatch(pattern, text, flags=re.DOTALL)
        if match:
            text = match.expand(swedish)
            break
    for pattern, swedish in PHRASES_SV:
        text = re.sub(pattern, swedish, text)
    return text


def localized_classes(lang: Lang) -> tuple[type[TyperGroup], type[TyperCommand]]:
    """A group and a command class that speak ``lang`` in help and usage errors."""

    class HelpInstead(ClickException):
        """``somplan`` alone: the help on stdout, exit 0 (click calls it a usage error)."""

        exit_code = 0

        def __init__(self, original: Any) -> None:
            super().__init__(help_text(original.ctx.get_help(), lang))

        def show(self, file: Any = None) -> None:
            typer.echo(self.format_message())

    class LocalizedUsageError(UsageError):
        def __init__(self, original: UsageError) -> None:
            super().__init__(error_text(original.format_message(), lang), original.ctx)
            self.exit_code = original.exit_code

        def show(self, file: Any = None) -> None:
            lines = []
            if self.ctx is not None:
                lines.append(self.ctx.get_usage())
                option = self.ctx.help_option_names[0] if self.ctx.help_option_names else "-h"
                hint = (
                    f"Skriv '{self.ctx.command_path} {option}' för hjälp."
                    if lang == "sv"
                    else f"Try '{self.ctx.command_path} {option}' for help."
                )
                lines += [hint, ""]
            lines.append(("Fel: " if lang == "sv" else "Error: ") + self.format_message())
            typer.echo("\n".join(lines), err=True)

    def translated(exc: Any) -> Any:
        # No command chosen (``somplan``, ``somplan --lang en``): the help, not an error.
        no_command = type(exc).__name__ == "NoArgsIsHelpError" or (  # the first: click >= 8.2
            isinstance(exc, UsageError) and exc.message == "Missing command." and exc.ctx
        )
        if no_command:
            return HelpInstead(exc)
        if isinstance(exc, UsageError) and not isinstance(exc, LocalizedUsageError):
            return LocalizedUsageError(exc)
        return exc

    def own_help(params: list[Any]) -> list[Any]:
        if lang == "sv":
            for param in params:
                text = getattr(param, "help", None)
                if text in OPTION_HELP_SV:
                    param.help = OPTION_HELP_SV[text]
        return params

    class Localized:
        """What the command and the group have in common: their own words translated, and usage
        errors raised in the interface's language."""

        def get_params(self, ctx: Any) -> list[Any]:
            return own_help(super().get_params(ctx))  # type: ignore[misc]

        def get_usage(self, ctx: Any) -> str:
            return help_text(super().get_usage(ctx), lang)  # type: ignore[misc]

        def get_help(self, ctx: Any) -> str:
            return help_text(super().get_help(ctx), lang)  # type: ignore[misc]

        def make_context(self, *args: Any, **kwargs: Any) -> Any:
            try:
                return super().make_context(*args, **kwargs)  # type: ignore[misc]
            except ClickException as exc:
                raise translated(exc) from None

    class Command(Localized, TyperCommand):
        def invoke(self, ctx: Any) -> Any:
            try:
                return super().invoke(ctx)
            except ClickException as exc:
                raise translated(exc) from None

    class Group(Localized, TyperGroup):
        def invoke(self, ctx: Any) -> Any:
            try:
                return super().invoke(ctx)
            except ClickException as exc:
                raise translated(exc) from None

        def resolve_command(self, ctx: Any, args: list[str]) -> Any:
            try:
                return super().resolve_command(ctx, args)
            except ClickException as exc:
                raise translated(exc) from None

    return Group, Command
