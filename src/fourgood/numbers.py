"""Rounding and writing numbers: one place, so every output rounds the same way.

Figures are exact (integers and fractions) until they are shown. Shown figures round half up
(never to even), so a secretary checking by hand gets the same digit.
"""

from __future__ import annotations

from fractions import Fraction

from fourgood.i18n.lang import Lang


def round_half_up(value: Fraction, places: int) -> Fraction:
    """``value`` rounded half up to ``places`` decimals, exactly."""
    scale = 10**places
    scaled = value * scale
    rounded = (scaled.numerator * 2 + scaled.denominator) // (scaled.denominator * 2)
    return Fraction(rounded, scale)


def round_for_json(value: Fraction) -> float:
    """A figure for JSON: two decimals, rounded half up, so the same data gives the same text."""
    return float(round_half_up(value, 2))


def format_pct(value: Fraction, lang: Lang) -> str:
    """A share as a percentage with one decimal place, rounded half up, e.g. '92.5%'."""
    tenths = value * 1000
    rounded = (tenths.numerator * 2 + tenths.denominator) // (tenths.denominator * 2)
    whole, frac = divmod(rounded, 10)
    text = f"{whole}" if frac == 0 else f"{whole}.{frac}"
    if lang == "vi":
        text = text.replace(".", ",")
    return text + "%"


def format_number(value: int | Fraction | float, lang: Lang) -> str:
    """A number for display: whole numbers as is, others with one decimal (Vietnamese comma)."""
    if isinstance(value, int) or (isinstance(value, Fraction) and value.denominator == 1):
        return str(int(value))
    frac = Fraction(value)
    tenths = frac * 10
    rounded = (tenths.numerator * 2 + tenths.denominator) // (tenths.denominator * 2)
    sign = "-" if rounded < 0 else ""
    whole, part = divmod(abs(rounded), 10)
    text = f"{sign}{whole}.{part}"
    return text.replace(".", ",") if lang == "vi" else text


def format_mean(value: int | Fraction, lang: Lang) -> str:
    """A mean of points: always one decimal, rounded half up ('100.0', '99.5', '99.0'), so the
    means of every table read alike whether or not they come out whole."""
    tenths = (round_half_up(Fraction(value), 1) * 10).numerator
    whole, part = divmod(abs(tenths), 10)
    text = f"{'-' if tenths < 0 else ''}{whole}.{part}"
    return text.replace(".", ",") if lang == "vi" else text


def format_share(part: int, whole: int, lang: Lang) -> str:
    """``part`` of ``whole`` as a percentage ('92.5%'), or a dash when there is no whole."""
    return format_pct(Fraction(part, whole), lang) if whole else "–"


def format_figure(value: int | Fraction, lang: Lang) -> str:
    """A figure in a table of totals: thousands separated ('4,327', '4.327' in Vietnamese)."""
    if isinstance(value, int):
        text = f"{value:,}"
        return text.replace(",", ".") if lang == "vi" else text
    return format_number(value, lang)


def spreadsheet_number(value: int | Fraction) -> int | float:
    """The number a spreadsheet cell holds for a shown figure: the value as ``format_number``
    writes it (whole numbers exact, others to one decimal, rounded half up)."""
    if isinstance(value, int) or value.denominator == 1:
        return int(value)
    return float(round_half_up(value, 1))
