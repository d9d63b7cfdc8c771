"""The channel overview: every channel of the catalogue with its facts, reach and sources.

Pure data for ``somplan channels`` (the list the municipality's guidance points staff to), in the
catalogue's order, social channels first.
"""

from __future__ import annotations

from dataclasses import dataclass

from somplan.assessment.result import ReachShown
from somplan.assessment.scoring import reach_of
from somplan.content.model import Catalogue, Channel, NamedSource

KINDS = ("social", "other")


@dataclass(frozen=True)
class ChannelInfo:
    channel: Channel
    reach: tuple[ReachShown, ...]
    sources: tuple[NamedSource, ...]

    @property
    def id(self) -> str:
        return self.channel.id

    @property
    def kind(self) -> str:
        return self.channel.kind


def overview(catalogue: Catalogue, kind: str | None = None) -> list[ChannelInfo]:
    """Every channel (of ``kind`` if given), social first, each kind in the catalogue's order."""
    kinds = [kind] if kind else list(KINDS)
    out = []
    for k in kinds:
        for channel in catalogue.channels:
            if channel.kind != k:
                continue
            sources = tuple(s for s in map(catalogue.source, channel.cited()) if s is not None)
            out.append(ChannelInfo(channel, reach_of(channel, catalogue), sources))
    return out
