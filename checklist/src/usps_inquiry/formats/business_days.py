"""Business days: Monday to Friday, except the federal holidays USPS observes.

>>> add_business_days(date(2026, 11, 25), 1)  # the day before Thanksgiving → Friday
datetime.date(2026, 11, 27)
>>> add_business_days(date(2026, 12, 31), 3)  # New Year's Day 2027 is a Friday
datetime.date(2027, 1, 6)
"""

from __future__ import annotations

from datetime import date, timedelta

from ..exceptions import InvalidDate, UnsupportedOption
from .holidays import is_holiday

__all__ = ["is_business_day", "add_business_days"]


def is_business_day(day: date, *, rule: str = "usps") -> bool:
    """Tell whether `day` is a weekday on which no holiday is observed.

    >>> is_business_day(date(2026, 7, 3)), is_business_day(date(2026, 7, 6))
    (True, True)
    """
    return day.weekday() < 5 and not is_holiday(day, rule=rule)


def add_business_days(start: date, days: int, *, rule: str = "usps") -> date:
    """The date `days` business days after `start` (`start` itself is never counted).

    A message sent on a Saturday has its first business day on Monday (or Tuesday after a
    Monday holiday).

    >>> add_business_days(date(2026, 3, 7), 1)  # a Saturday
    datetime.date(2026, 3, 9)
    >>> add_business_days(date(9999, 12, 30), 3)
    Traceback (most recent call last):
        ...
    usps_inquiry.exceptions.InvalidDate: The date falls after December 31, 9999, the last day the calendar covers.

    :raises UnsupportedOption: if `days` is negative or `rule` is not ``usps`` or ``federal``.
    :raises InvalidDate: if the result would fall after 31 December 9999.
    """
    if days < 0:
        raise UnsupportedOption("calendar.days", days=days)
    day = start
    while days:
        try:
            day += timedelta(days=1)
        except OverflowError:
            raise InvalidDate("calendar.end") from None
        if is_business_day(day, rule=rule):
            days -= 1
    return day
