"""Checks of the catalogue's profile fields: every social channel says what its "about" field is
called and how long it may be, and a limit rests on sources a reader can check."""

from __future__ import annotations

from somplan.content.model import Catalogue, NamedSource
from somplan.content.problems import Problem
from somplan.content.yamlsource import Document, Loc
from somplan.text.i18n import Msg

#: What a source of a character limit must give, so that a reader can check the figure.
LIMIT_SOURCE_FIELDS: tuple[str, ...] = ("url", "publisher", "year", "checked")
#: What a source of a post limit must give (the catalogue's older platform sources).
POST_SOURCE_FIELDS: tuple[str, ...] = ("url", "year")


def check_profiles(doc: Document, cat: Catalogue) -> list[Problem]:
    """Problems with the channels' ``profile:`` blocks, each at its position."""
    problems: list[Problem] = []
    for c, channel in enumerate(cat.channels):
        cloc: Loc = ("channels", c)
        profile = channel.profile
        if profile is None:
            if channel.kind == "social":
                problems.append(doc.problem(cloc, "profile-missing", id=channel.id))
            continue
        ploc: Loc = (*cloc, "profile")
        if profile.limit is None and profile.note is None:
            problems.append(doc.problem(ploc, "profile-limit-unexplained", id=channel.id))
        for name, limit, sources, needed in (
            ("sources", profile.limit, profile.sources, LIMIT_SOURCE_FIELDS),
            ("post_sources", profile.post_limit, profile.post_sources, POST_SOURCE_FIELDS),
        ):
            if limit is not None and not sources:
                problems.append(
                    doc.problem((*ploc, name), "profile-limit-unsourced", id=channel.id)
                )
            for s, source_id in enumerate(sources):
                problems += _source(doc, (*ploc, name, s), cat, source_id, needed)
    return problems


def _source(
    doc: Document, loc: Loc, cat: Catalogue, source_id: str, needed: tuple[str, ...]
) -> list[Problem]:
    source: NamedSource | None = cat.source(source_id)
    if source is None:
        known = [s.id for s in cat.sources]
        return [
            doc.problem(
                loc,
                "unknown-reference",
                value=source_id,
                what=Msg("ref.source"),
                known=", ".join(known) or "-",
                hint="",
            )
        ]
    lacking = [name for name in needed if getattr(source, name) is None]
    if lacking:
        return [doc.problem(loc, "profile-source-lacks", id=source_id, fields=", ".join(lacking))]
    return []
