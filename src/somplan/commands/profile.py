"""`somplan profile PLANFILE`: the profile's "about" text for each platform, fitted within the
platform's own limit, and the comment rules, ready to paste."""

from __future__ import annotations

from pathlib import Path

from somplan.assessment.profile import build_profile, social_ids
from somplan.assessment.scoring import assess
from somplan.content import answers
from somplan.content.loader import REPORT_KINDS, load_content
from somplan.errors import UsageError
from somplan.exitcodes import ExitCode
from somplan.render import profile as render_profile
from somplan.text.i18n import Lang, Msg
from somplan.writing import emit, notify


def run_profile(
    path: Path,
    platforms: list[str],
    fmt: str,
    lang: Lang,
    output: Path | None,
    questions: Path | None,
    *,
    lang_given: bool = True,
) -> int:
    """The whole `somplan profile` command; returns the exit code. Without ``lang_given`` the
    texts are in the answers file's own language."""
    content = load_content(questions, required=REPORT_KINDS)
    assert content.catalogue is not None
    known = social_ids(content.catalogue)
    chosen = [p.strip().lower() for p in platforms]
    for value in chosen:
        if value not in known:
            raise UsageError("profile.unknown-platform", value=value, known=", ".join(known))
    notes: list[Msg] = []
    record = answers.load(path, content.flow, notes, content.catalogue)
    if not lang_given:
        lang = record.language
    for note in notes:
        notify(note.text(lang))
    assessment = assess(content, record, what_if=False)
    profile = build_profile(
        content.catalogue, content.organisation, content.flow, record, assessment, lang, chosen
    )
    text = render_profile.render(profile, fmt, lang, output)
    if text is not None:
        emit(text, output, lang, "profile.written")
    return ExitCode.OK
