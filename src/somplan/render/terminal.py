"""Terminal pieces every rich renderer shares: the colour of a verdict level, score bars and
hanging indents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text as RichText

if TYPE_CHECKING:
    pass


BAR_WIDTH = 20


_LEVEL_STYLE = {
    "ready": "green",
    "ready_with_conditions": "yellow",
    "not_ready": "red",
    "not_social_media": "blue",
}


def level_style(level: str) -> str:
    """The colour of a verdict level, the same in the report and the summary."""
    return _LEVEL_STYLE.get(level, "")


def bar(score: int, maximum: int, style: str = "cyan") -> RichText:
    filled = round(BAR_WIDTH * score / maximum) if maximum else 0
    out = RichText("█" * filled, style=style)
    out.append("░" * (BAR_WIDTH - filled), style="dim")
    return out


def hanging(prefix: str, body: RenderableType) -> Table:
    """``prefix`` (a bullet, a number) with ``body`` beside it: wrapped lines of the body start
    under its first letter, not under the bullet."""
    grid = Table.grid()
    grid.add_column(width=len(prefix), no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(RichText(prefix), body)
    return grid
