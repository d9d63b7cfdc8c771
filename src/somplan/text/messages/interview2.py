"""Messages of the interview's second pass: exclusive choices that clear the others (sv, en)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "wizard.exclusive-cleared": (
        "”{choice}” kan inte kombineras med andra svar; de andra kryssen togs bort.",
        "'{choice}' can't be combined with other answers; the other ticks were removed.",
    ),
    "wizard.exclusive-dropped": (
        "”{choice}” togs bort; det kan inte kombineras med andra svar.",
        "'{choice}' was unticked; it can't be combined with other answers.",
    ),
    "wizard.tick-with-space": (
        "Markera ett svar med mellanslag och tryck sedan Enter.",
        "Tick an answer with space, then press Enter.",
    ),
}
