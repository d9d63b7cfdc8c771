"""The profile's "about" text and the comment rules, built from one plan, ready to paste.

Pure: from the content (catalogue, organisation, flow), one answers file, its assessment (for the
ranking when the plan has no proposal) and a language. For each platform the "about" text is
fitted within the platform's own limit for the field (``Channel.profile.limit``, sourced in the
catalogue): the whole text when it fits, otherwise a short version plus a post to pin that
carries the whole text, split into parts within the platform's post limit where one is known.
Nothing is ever cut inside a word, and no text is ever longer than its limit.

Lengths are counted strictly (``counted``): each character counts one, except emoji and other
wide characters, which count two, as the strictest platform counts them (X's weighting). A text
within a limit counted this way is within it however a platform counts (code points, UTF-16 units
or graphemes).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from somplan.assessment.result import CARDS
from somplan.content.account import OTHER
from somplan.content.conditions import relevant_answers
from somplan.content.model import Channel, Contact, NamedSource
from somplan.text.i18n import Lang, message
from somplan.text.safetext import plain

if TYPE_CHECKING:
    from somplan.assessment.result import Assessment
    from somplan.content.answers import AnswersFile
    from somplan.content.model import Catalogue, Flow, Organisation

Basis = Literal["proposal", "ranking", "chosen"]

#: The characters that count one (X's weighting); everything else counts two.
_LIGHT = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
#: The ellipsis put after a name shortened at a word boundary.
ELLIPSIS = "…"


def _weight(char: str) -> int:
    code = ord(char)
    return 1 if any(low <= code <= high for low, high in _LIGHT) else 2


def counted(text: str) -> int:
    """The length of ``text`` as the strictest platform counts it (see the module's note)."""
    return sum(_weight(c) for c in text)


def clean(text: str) -> str:
    """Text from a file as it may go into a profile: composed (NFC), unsafe characters made
    visible, on one line."""
    return plain(unicodedata.normalize("NFC", text))


@dataclass(frozen=True)
class ProfileText:
    """The "about" text for one platform, and what goes with it."""

    platform: str  # the channel id
    platform_name: str
    field: str  # the platform's name for the field
    limit: int | None
    about: str
    full: bool  # the whole text fits (no pinned post needed)
    pinned: tuple[str, ...]  # the whole text as a post (in parts) when it does not fit
    post_limit: int | None
    sources: tuple[NamedSource, ...]
    post_sources: tuple[NamedSource, ...]
    limit_note: str | None  # the catalogue's note on the field (why no limit, for instance)
    account_name: str | None = None

    @property
    def length(self) -> int:
        return counted(self.about)


@dataclass(frozen=True)
class CommentRules:
    """The comment rules: an introduction, what is removed, and what follows from it."""

    intro: tuple[str, ...]
    heading: str
    removed: tuple[str, ...]
    after: tuple[str, ...]

    def text(self) -> str:
        """The rules as plain text to paste (a list with dashes)."""
        lines = [" ".join(self.intro), "", f"{self.heading}:"]
        lines += [f"– {item}" for item in self.removed]
        lines += ["", *self.after]
        return "\n".join(lines)


@dataclass(frozen=True)
class Profile:
    """Everything `somplan profile` shows for one plan."""

    unit: str
    basis: Basis
    texts: tuple[ProfileText, ...]
    rules: CommentRules
    #: Why there are no texts (no account proposed, no channel fits), or ``None``.
    empty_reason: str | None
    notes: tuple[str, ...]


# --- building -------------------------------------------------------------------------------------


def social_ids(catalogue: Catalogue) -> list[str]:
    """The platforms `--platform` takes: the catalogue's channels with a profile field."""
    return [c.id for c in catalogue.channels if c.profile is not None]


def build_profile(
    catalogue: Catalogue,
    organisation: Organisation,
    flow: Flow,
    record: AnswersFile,
    assessment: Assessment,
    lang: Lang,
    platforms: Sequence[str] = (),
) -> Profile:
    """The profile texts and comment rules of ``record`` in ``lang``. ``platforms`` (ids that
    ``social_ids`` lists) overrides the choice from the proposal or the ranking."""
    answers = relevant_answers(flow, record.answers)
    unit = clean(record.unit) if record.unit and record.unit.strip() else ""
    unit = unit or message("profile.unit-missing", lang)
    words = _Words(lang, organisation, unit, answers, _audience(flow, answers, lang))
    notes: list[str] = []
    chosen, basis, empty_reason, names = _platforms(catalogue, record, assessment, platforms)
    for other in names.get(OTHER, []):
        notes.append(message("profile.other-skipped", lang, name=other))
    texts = tuple(
        _text(catalogue, channel, words, names.get(cid, [None])[0])
        for cid in chosen
        if (channel := catalogue.channel(cid)) is not None and channel.profile is not None
    )
    if organisation.privacy_page is None:
        notes.append(message("profile.note.privacy-missing", lang))
    if organisation.matters is None:
        notes.append(message("profile.note.matters-missing", lang))
    if words.page is None:
        notes.append(message("profile.note.page-missing", lang))
    policy = answers.get("comment_policy")
    if isinstance(policy, str) and f"profile.note.{policy}" in _catalogue():
        notes.append(message(f"profile.note.{policy}", lang))
    notes.append(message("profile.count-note", lang))
    reason = message(f"profile.none.{empty_reason}", lang) if empty_reason else None
    return Profile(unit, basis, texts, _rules(words), reason, tuple(notes))


def _catalogue() -> Mapping[str, Any]:
    from somplan.text.messages import MESSAGES

    return MESSAGES


def _platforms(
    catalogue: Catalogue, record: AnswersFile, assessment: Assessment, given: Sequence[str]
) -> tuple[list[str], Basis, str | None, dict[str, list[str | None]]]:
    """The platforms to write for, why, the reason when there are none, and the account names
    proposed per platform (``other``: the names of channels outside the catalogue)."""
    known = social_ids(catalogue)
    names: dict[str, list[str | None]] = {}
    if given:
        return list(dict.fromkeys(given)), "chosen", None, names
    proposal = record.proposal
    if proposal is not None:
        chosen: list[str] = []
        for account in proposal.accounts:
            if account.platform in known:
                chosen.append(account.platform)
                names.setdefault(account.platform, []).append(account.name)
            else:
                label = account.other_channel or account.platform
                names.setdefault(OTHER, []).append(clean(label))
        chosen = list(dict.fromkeys(chosen))
        reason = None if chosen or names.get(OTHER) else "no-account"
        return chosen, "proposal", reason, names
    fitting = [
        c.id
        for c in assessment.channels
        if c.kind == "social" and c.score >= assessment.fit_minimum and c.id in known
    ][:CARDS]
    return fitting, "ranking", None if fitting else "no-fit", names


@dataclass(frozen=True)
class _Words:
    """The sentences one plan gives, in one language (each ``None`` where the answers give
    nothing to say)."""

    lang: Lang
    organisation: Organisation
    unit: str
    answers: Mapping[str, Any]
    audience: tuple[str, ...] = ()

    def m(self, key: str, **params: Any) -> str:
        return message(key, self.lang, **params)

    @property
    def municipality(self) -> str:
        return clean(self.organisation.name.get(self.lang))

    @property
    def page(self) -> str | None:
        value = self.answers.get("permanent_page")
        if self.answers.get("has_permanent_page") is False or not isinstance(value, str):
            return None
        return clean(value) or None

    def contact(self, short: bool = False) -> str | None:
        found: Contact | None = self.organisation.matters
        if found is None:
            return None
        ways = [w for w in (found.phone, found.email, found.url) if w]
        if short and ways:
            return clean(ways[0])
        return clean(", ".join([found.name.get(self.lang), *ways]))

    def joined(self, items: Sequence[str]) -> str:
        """``items`` as a list in running text, "a, b och c". An item with an "och" of its own
        goes first ("tips och en inblick i vardagen, nyheter och evenemang"), so the list's
        own "och" never follows it; when the last item has one, commas do ("vuxna, unga vuxna,
        föreningar och organisationer")."""
        word = self.m("profile.and")
        if len(items) == 1:
            return items[0]

        def has_word(item: str) -> bool:
            return f" {word} " in item

        if has_word(items[-1]):
            return ", ".join(items)
        ordered = [i for i in items if has_word(i)] + [i for i in items if not has_word(i)]
        return f"{', '.join(ordered[:-1])} {word} {ordered[-1]}"

    def for_whom(self) -> str | None:
        if not self.audience:
            return None
        return self.m("profile.about.audience", groups=self.joined(self.audience))

    def expect(self) -> str | None:
        things: list[str] = []
        needs = self.answers.get("citizen_needs")
        goals = self.answers.get("goals")
        for choice in [*(needs if isinstance(needs, list) else [])] + [
            g for g in (goals if isinstance(goals, list) else []) if g in _GOAL_THINGS
        ]:
            key = f"profile.expect.{choice}"
            if key in _catalogue() and key not in things:
                things.append(key)
        if not things:
            return None
        return self.m("profile.about.expect", things=self.joined([self.m(k) for k in things[:3]]))

    def watch(self) -> str | None:
        monitoring = self.answers.get("monitoring")
        key = f"profile.about.watch.{monitoring}"
        if not isinstance(monitoring, str) or key not in _catalogue():
            return None
        said = self.m(key)
        answer = f"profile.about.answer.{self.answers.get('response_time')}"
        if monitoring != "nobody" and answer in _catalogue():
            said = f"{said} {self.m(answer)}"
        return f"{said}."

    def off_hours(self) -> str | None:
        key = f"profile.about.offhours.{self.answers.get('off_hours')}"
        return self.m(key) if key in _catalogue() else None

    def full(self) -> list[str]:
        """The whole "about" text, sentence by sentence."""
        contact = self.contact()
        sentences = [
            self.m("profile.about.who", unit=self.unit, municipality=self.municipality),
            self.for_whom(),
            self.expect(),
            self.watch(),
            self.off_hours(),
            self.m("profile.about.records"),
            self.m("profile.about.matters", contact=contact)
            if contact
            else self.m("profile.about.matters-none"),
            self.m("profile.about.page", page=self.page) if self.page else None,
            self.m("profile.about.privacy", url=self.organisation.privacy_page)
            if self.organisation.privacy_page
            else None,
        ]
        return [s for s in sentences if s]

    def short_choices(self) -> list[tuple[int, list[str], int | None]]:
        """The short version's sentences, most important first, each as (place in the text,
        versions longest first, the version to use when the field's limit is unknown: ``None``
        leaves the sentence out then)."""
        who = [
            self.m("profile.about.who", unit=self.unit, municipality=self.municipality),
            self.m("profile.about.who-short", unit=self.unit, municipality=self.municipality),
            self.m("profile.about.who-unit", unit=self.unit),
        ]
        who += [self.m("profile.about.who-unit", unit=s) for s in _shortened(self.unit)]
        who.append(self.m("profile.about.who-municipality", municipality=self.municipality))
        choices: list[tuple[int, list[str], int | None]] = [
            (0, who, 1),
            (2, [self.m("profile.about.records"), self.m("profile.about.records-short")], 1),
        ]
        if self.organisation.privacy_page:
            url = self.organisation.privacy_page
            privacy = [
                self.m("profile.about.privacy", url=url),
                self.m("profile.about.privacy-short", url=url),
            ]
            choices.append((5, privacy, 1))
        if self.page:
            choices.append((4, [self.m("profile.about.page", page=self.page), self.page], 1))
        contact = self.contact(short=True)
        if contact:
            choices.append((3, [self.m("profile.about.matters-short", contact=contact)], 0))
        watch = self.watch()
        if watch:
            choices.append((1, [watch], None))
        return choices


_GOAL_THINGS = ("events", "recruitment", "crisis_info", "information")
#: The question whose choices say whom the account is for, and how many of them are named.
_AUDIENCE = "audience_groups"
_AUDIENCE_MAX = 3


def _audience(flow: Flow, answers: Mapping[str, Any], lang: Lang) -> tuple[str, ...]:
    """The audience groups chosen, as the flow labels them, in running text (lower case first
    letter unless the label starts with an abbreviation), at most ``_AUDIENCE_MAX``."""
    question = flow.question(_AUDIENCE)
    chosen = answers.get(_AUDIENCE)
    if question is None or not isinstance(chosen, list):
        return ()
    labels = []
    for choice_id in chosen[:_AUDIENCE_MAX]:
        choice = question.choice(str(choice_id))
        if choice is None:
            continue
        label = clean(choice.label.get(lang))
        if len(label) > 1 and label[1].islower():
            label = label[0].lower() + label[1:]
        labels.append(label)
    return tuple(labels)


def _shortened(name: str) -> list[str]:
    """``name`` cut at each word boundary from the end, with an ellipsis (never inside a word)."""
    words = name.split(" ")
    return [" ".join(words[:n]).rstrip(",;:.") + ELLIPSIS for n in range(len(words) - 1, 0, -1)]


def _text(
    catalogue: Catalogue, channel: Channel, words: _Words, account_name: str | None
) -> ProfileText:
    assert channel.profile is not None
    field = channel.profile
    full = words.full()
    whole = " ".join(full)
    limit = field.limit
    sources = tuple(s for s in map(catalogue.source, field.sources) if s is not None)
    post_sources = tuple(s for s in map(catalogue.source, field.post_sources) if s is not None)
    pinned: tuple[str, ...] = ()
    if limit is not None and counted(whole) <= limit:
        about, fits = whole, True
    else:
        about = _short(words, limit)
        pinned = tuple(split_post(full, field.post_limit))
        fits = False
    return ProfileText(
        platform=channel.id,
        platform_name=channel.name.get(words.lang),
        field=field.field.get(words.lang),
        limit=limit,
        about=about,
        full=fits,
        pinned=pinned,
        post_limit=field.post_limit,
        sources=sources,
        post_sources=post_sources,
        limit_note=field.note.get(words.lang) if field.note else None,
        account_name=clean(account_name) if account_name else None,
    )


def _short(words: _Words, limit: int | None) -> str:
    """The short version: the most important sentences that fit, in their order in the text,
    ending with the pointer to the pinned post; never longer than ``limit``.

    First each sentence in its shortest useful version, most important first, while they fit;
    then each of those, in the same order, in its longest version that still fits.
    """
    more = words.m("profile.about.more")
    choices = words.short_choices()
    if limit is None:
        picked = [(p, versions[u]) for p, versions, u in choices if u is not None]
    else:
        budget = limit - counted(more) - 1
        taken: list[tuple[int, list[str], int]] = []  # (place, versions, version used)
        used = 0
        for place, versions, _unknown in choices:
            floor = _FLOOR.get(place, 0)
            for index in range(min(floor, len(versions) - 1), len(versions)):
                cost = counted(versions[index]) + (1 if taken else 0)
                if used + cost <= budget:
                    taken.append((place, versions, index))
                    used += cost
                    break
        for n, (place, versions, index) in enumerate(taken):
            for better in range(index):
                extra = counted(versions[better]) - counted(versions[index])
                if used + extra <= budget:
                    taken[n] = (place, versions, better)
                    used += extra
                    break
        picked = [(place, versions[index]) for place, versions, index in taken]
    sentences = [s for _, s in sorted(picked, key=lambda p: p[0])]
    text = " ".join([*sentences, more])
    if limit is not None and counted(text) > limit:  # the pointer itself does not fit
        text = " ".join(sentences) if counted(" ".join(sentences)) <= limit else ""
    return text


#: The version each short sentence starts from (by its place): the unit's name alone, the
#: short public-records sentence; longer versions only when room is left.
_FLOOR = {0: 2, 2: 1, 5: 1, 4: 0}


def split_post(sentences: Sequence[str], limit: int | None) -> list[str]:
    """``sentences`` as one post, or as parts of at most ``limit`` characters each: whole
    sentences where they fit, a long sentence broken between words, and only a single word
    longer than the whole limit broken inside (the one case where nothing else fits)."""
    whole = " ".join(sentences)
    if limit is None or counted(whole) <= limit:
        return [whole] if whole else []
    pieces: list[str] = []
    for sentence in sentences:
        pieces += _within(sentence, limit)
    parts: list[str] = []
    current = ""
    for piece in pieces:
        joined = f"{current} {piece}" if current else piece
        if counted(joined) <= limit:
            current = joined
        else:
            parts.append(current)
            current = piece
    if current:
        parts.append(current)
    return parts


def _within(sentence: str, limit: int) -> list[str]:
    if counted(sentence) <= limit:
        return [sentence]
    pieces: list[str] = []
    for word in sentence.split(" "):
        while counted(word) > limit:  # a single word longer than a whole post
            cut = _fitting_prefix(word, limit)
            pieces.append(word[:cut])
            word = word[cut:]
        pieces.append(word)
    return [p for p in pieces if p]


def _fitting_prefix(word: str, limit: int) -> int:
    total = 0
    for index, char in enumerate(word):
        total += _weight(char)
        if total > limit:
            return max(index, 1)
    return len(word)


def _rules(words: _Words) -> CommentRules:
    answers = words.answers
    comments = answers.get("comments")
    intro_key = f"profile.rules.intro.{comments}"
    intro = [words.m(intro_key if intro_key in _catalogue() else "profile.rules.intro.unsure")]
    watch = f"profile.rules.watch.{answers.get('monitoring')}"
    if watch in _catalogue():
        intro.append(words.m(watch))
    removed = tuple(
        words.m(f"profile.rules.remove.{k}") for k in ("illegal", "harassment", "sensitive", "spam")
    )
    contact = words.contact()
    after = [
        words.m("profile.rules.never"),
        words.m("profile.rules.saved"),
        words.m("profile.rules.records"),
        words.m("profile.rules.block"),
        words.m("profile.rules.matters", contact=contact)
        if contact
        else words.m("profile.rules.matters-none"),
    ]
    pictures = answers.get("minors_in_pictures")
    if isinstance(pictures, str) and pictures.startswith("yes"):
        after.append(words.m("profile.rules.pictures"))
    return CommentRules(tuple(intro), words.m("profile.rules-heading"), removed, tuple(after))
