"""US federal holidays (5 U.S.C. 6103), as the federal government and USPS observe them.

The eleven holidays: New Year's Day (1 January), Birthday of Martin Luther King, Jr. (third
Monday of January, from 1986), Washington's Birthday (third Monday of February), Memorial Day
(last Monday of May), Juneteenth National Independence Day (19 June, from 2021), Independence
Day (4 July), Labor Day (first Monday of September), Columbus Day (second Monday of October),
Veterans Day (11 November; the fourth Monday of October from 1971 to 1977), Thanksgiving Day
(fourth Thursday of November) and Christmas Day (25 December). The Monday rules date from 1971,
so years before 1971 are refused.

Observed dates differ when a fixed-date holiday falls on a weekend:

* **federal** (OPM, for federal employees): Saturday → the Friday before, Sunday → the Monday
  after. 1 January 2028 is a Saturday, so New Year's Day 2028 is observed on Friday
  31 December 2027.
* **usps** (Post Offices and delivery): Sunday → the Monday after, but a Saturday holiday stays
  on the Saturday; the Friday before is a normal day of business (USPS stayed open on Friday
  24 and Friday 31 December 2021, when Christmas and New Year's Day fell on Saturdays). Some
  USPS employees get that Friday off for pay and leave, but the Post Office and its customer
  service work.

Business-day arithmetic in this package uses ``usps``. One-off closures (a national day of
mourning) and Inauguration Day (a holiday only around Washington, DC) are not included.

>>> [str(day) for day, name in observed_holidays(2027, rule='federal')][-1:]
['2027-12-31']
>>> [str(day) for day, name in observed_holidays(2027)][-1:]
['2027-12-25']
>>> is_holiday(date(2026, 11, 26))
True
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from ..exceptions import InvalidDate, UnsupportedOption

__all__ = ["RULES", "holidays", "observed_holidays", "is_holiday", "nth_weekday", "last_weekday"]

RULES = ("usps", "federal")
MONDAY, THURSDAY, SATURDAY, SUNDAY = 0, 3, 5, 6
FIRST_YEAR = 1971


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The `n`-th `weekday` (Monday = 0) of a month.

    >>> nth_weekday(2026, 11, 3, 4)  # Thanksgiving 2026
    datetime.date(2026, 11, 26)
    """
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def last_weekday(year: int, month: int, weekday: int) -> date:
    """The last `weekday` (Monday = 0) of a month.

    >>> last_weekday(2026, 5, 0)  # Memorial Day 2026
    datetime.date(2026, 5, 25)
    """
    following = date(year + (month == 12), month % 12 + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def holidays(year: int) -> list[tuple[date, str]]:
    """The holidays of `year` on their actual dates (not shifted), in date order.

    >>> [name for day, name in holidays(2021)][4]
    'Juneteenth National Independence Day'
    """
    _check_year(year)
    days = [(date(year, 1, 1), "New Year's Day")]
    if year >= 1986:
        days.append((nth_weekday(year, 1, MONDAY, 3), "Birthday of Martin Luther King, Jr."))
    days += [
        (nth_weekday(year, 2, MONDAY, 3), "Washington's Birthday"),
        (last_weekday(year, 5, MONDAY), "Memorial Day"),
    ]
    if year >= 2021:
        days.append((date(year, 6, 19), "Juneteenth National Independence Day"))
    days += [
        (date(year, 7, 4), "Independence Day"),
        (nth_weekday(year, 9, MONDAY, 1), "Labor Day"),
        (nth_weekday(year, 10, MONDAY, 2), "Columbus Day"),
    ]
    if 1971 <= year <= 1977:
        days.append((nth_weekday(year, 10, MONDAY, 4), "Veterans Day"))
    else:
        days.append((date(year, 11, 11), "Veterans Day"))
    days += [
        (nth_weekday(year, 11, THURSDAY, 4), "Thanksgiving Day"),
        (date(year, 12, 25), "Christmas Day"),
    ]
    return sorted(days)


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= 9999:
        raise InvalidDate("calendar.year", year=str(year))  # a str: a year is never written 1,970


def _check_rule(rule: str) -> None:
    if rule not in RULES:
        raise UnsupportedOption("calendar.rule", rule=rule)


def _observed(day: date, rule: str) -> date:
    if day.weekday() == SUNDAY:
        return day + timedelta(days=1)
    if day.weekday() == SATURDAY and rule == "federal":
        return day - timedelta(days=1)
    return day


@lru_cache(maxsize=256)
def _observed_holidays(year: int, rule: str) -> tuple[tuple[date, str], ...]:
    days = []
    for source_year in (year - 1, year, year + 1):
        if FIRST_YEAR <= source_year <= 9999:
            days += [(_observed(day, rule), name) for day, name in holidays(source_year)]
    return tuple(sorted((day, name) for day, name in days if day.year == year))


def observed_holidays(year: int, *, rule: str = "usps") -> list[tuple[date, str]]:
    """The days of `year` on which a holiday is observed, under `rule` (``usps`` or ``federal``).

    A holiday of the next year can be observed in this one (New Year's Day on 31 December).

    >>> observed_holidays(2022)[0]
    (datetime.date(2022, 1, 1), "New Year's Day")
    >>> observed_holidays(2023)[0]
    (datetime.date(2023, 1, 2), "New Year's Day")
    >>> observed_holidays(1970)
    Traceback (most recent call last):
        ...
    usps_inquiry.exceptions.InvalidDate: The holiday calendar covers the years 1971 to 9999 – 1970 is outside them.
    """
    _check_rule(rule)
    _check_year(year)
    return list(_observed_holidays(year, rule))


def is_holiday(day: date, *, rule: str = "usps") -> bool:
    """Tell whether a holiday is observed on `day` (never, before 1971).

    >>> is_holiday(date(2027, 12, 31)), is_holiday(date(2027, 12, 31), rule='federal')
    (False, True)
    """
    _check_rule(rule)
    if day.year < FIRST_YEAR:
        return False
    return any(observed == day for observed, _ in observed_holidays(day.year, rule=rule))
