"""A meeting's rating and the year's meeting quality, by the rubric's meeting rules."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from fourgood.models.meetings import MEETING_RATINGS, Meeting, MeetingRating
from fourgood.models.rubric import MeetingRules


def meeting_rating(meeting: Meeting, rules: MeetingRules) -> MeetingRating | None:
    """A meeting's rating: the recorded one, else the one its score sheet gives (the sheet in
    force on the meeting's day, whose items validate checks)."""
    if meeting.rating is not None:
        return meeting.rating
    if meeting.sheet is None:
        return None
    total = sum(meeting.sheet.values())
    cut = rules.cutoffs
    if total >= cut.good:
        sheet_id = rules.sheet_on(meeting.date)
        sheet = rules.sheets.get(sheet_id) if sheet_id else None
        full = all(
            sheet is not None
            and item in sheet.items
            and meeting.sheet.get(item, 0) >= sheet.items[item].max
            for item in rules.good_requires_full
        )
        return "good" if full else "fair"
    if total >= cut.fair:
        return "fair"
    if total >= cut.average:
        return "average"
    return "poor"


def _at_least(rating: MeetingRating, floor: MeetingRating) -> bool:
    return MEETING_RATINGS.index(rating) <= MEETING_RATINGS.index(floor)


def year_quality(
    ratings: Sequence[MeetingRating], months: int, rules: MeetingRules
) -> MeetingRating:
    """The year's meeting quality by the rubric's year rule (first level whose conditions hold).

    A count condition is written for a full year of 12 months; for a shorter window it is
    scaled to the months counted and rounded up (7 of 12 becomes 4 of 6).
    """
    for level in rules.year_quality:
        if level.all_at_least and not all(_at_least(r, level.all_at_least) for r in ratings):
            continue
        if level.at_least:
            needed = -(-level.at_least.count * months // 12)
            have = sum(1 for r in ratings if _at_least(r, level.at_least.rating))
            if have < needed:
                continue
        if level.share_at_least:
            have = sum(1 for r in ratings if _at_least(r, level.share_at_least.rating))
            if not ratings or Fraction(have, len(ratings)) * 100 < level.share_at_least.percent:
                continue
        return level.level
    return rules.year_otherwise
