"""The Check base class and the helpers that turn figures and intervals into findings."""

from __future__ import annotations

import inspect
import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import ClassVar, Literal

from sbeval.findings import Expected, Finding, FindingLocation, Kind, Related, Severity, Stated
from sbeval.messages import Message, msg
from sbeval.numbers import Interval, Tolerance
from sbeval.schema.figures import Figure
from sbeval.schema.report import Report

# 个百分点 and % are the same quantity seen as a difference and as a level.
_SAME_BASE = {"个百分点": "%"}


def plain(value: Decimal) -> str:
    """A Decimal as a person writes it: fixed point, no exponent, no "-0"."""
    return format(abs(value) if value == 0 else value, "f")


def quantize(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def places_for(target: Figure, operands: Iterable[Figure | None]) -> int:
    """Decimals that show a face-value result of ``operands`` in the unit of ``target`` without loss."""
    places = target.decimals
    for figure in operands:
        if figure is not None and figure.scale and target.scale:
            places = max(places, figure.decimals + (target.scale / figure.scale).adjusted())
    return max(places, 0)


def computed_text(expected: Expected | None) -> Message | str:
    """The recomputed value as shown in a message: its text, or "undetermined"."""
    return expected.text if expected is not None else msg("finding.undetermined")


def listing(items: Iterable[str]) -> Message:
    """The document's words joined with the list separator of the message's language (、 or ", ")."""
    words = [msg("finding.words", text=item) for item in items]
    if not words:
        return msg("finding.words", text="")
    return words[0].plus(*(part for word in words[1:] for part in (msg("finding.list"), word)))


def expected_of(figure: Figure, base: Interval, decimals: int | None = None) -> Expected:
    """``base`` (in base units) in the stated unit of ``figure``, rounded for reading ("34168万元")."""
    places = figure.decimals if decimals is None else decimals
    stated_unit = base / figure.scale if figure.scale else base
    low, high = quantize(stated_unit.low, places), quantize(stated_unit.high, places)
    unit = figure.unit or ""
    shown = grouped if _GROUPED.search(figure.text) else plain  # as the report writes it: 1,266.80 beside 1,256.80
    text = f"{shown(low)}{unit}" if low == high else f"{shown(low)}～{shown(high)}{unit}"
    return Expected(low=plain(low), high=plain(high), text=text)


_GROUPED = re.compile(r"\d,\d{3}")


def grouped(value: Decimal) -> str:
    """``plain`` with thousands separators."""
    return format(abs(value) if value == 0 else value, ",f")


def divide(numerator: Interval, denominator: Interval) -> Interval | None:
    """``numerator ÷ denominator``, or None ("anything") when the denominator may be zero.

    ``Interval`` cannot yet hold infinite ends (pydantic rejects them), so the unbounded
    quotient is spelled None here: a check never fires on it.
    """
    if denominator.low <= 0 <= denominator.high:
        return None
    return numerator / denominator


def ratio_places(result: Figure) -> int:
    """Decimals to show a recomputed ratio with: percentages to at least 0.01, other ratios one place finer."""
    return max(result.decimals, 2) if result.base_unit == "%" else result.decimals + 1


def face_value(figure: Figure) -> Interval:
    """The figure taken as written, in base units: what a reader with a calculator uses."""
    return Interval.exact(figure.value * figure.scale)


def compatible(figures: Iterable[Figure | None]) -> bool:
    """True when the figures measure the same thing (a bare 万/亿 fits any base)."""
    bases = {_SAME_BASE.get(f.base_unit, f.base_unit) for f in figures if f is not None and f.base_unit}
    return len(bases) <= 1


def stated_of(figure: Figure) -> Stated:
    return Stated(text=figure.text, value=plain(figure.value), unit=figure.unit)


def location_of(figure: Figure) -> FindingLocation:
    return FindingLocation.of(figure.location, figure.excerpt)


def related_of(figures: Iterable[Figure | None]) -> list[Related]:
    return [
        Related(label=f.label, text=f.text, location=location_of(f)) for f in figures if f is not None
    ]


def material(finding: Finding, tolerance: Tolerance) -> bool:
    """True when ``finding``'s stated and recomputed values, both in the stated unit, lie further apart
    than ``tolerance``; a finding with no recomputed value (a missing unit, a copied section) always is."""
    if tolerance.zero or finding.stated is None or finding.expected is None:
        return True
    try:
        value, low, high = (Decimal(v) for v in (finding.stated.value, finding.expected.low, finding.expected.high))
    except ArithmeticError:
        return True
    exponent = value.as_tuple().exponent
    stated = Interval.written(value, -exponent if isinstance(exponent, int) and exponent < 0 else 0)
    return tolerance.exceeded(stated, Interval(low=min(low, high), high=max(low, high)))


Status = Literal["stable", "preview"]


class Check(ABC):
    """A rule: metadata as class attributes, the docstring as its description.

    The docstring opens with a one-line Chinese summary, then says in Chinese what the rule
    reports (报告：) and what it does not (不报告：). Its examples live in its case file
    (``checks/cases/CODE.yaml``), the one source the docs and the tests share.
    A ``preview`` rule ships documented and tested but may still change its findings.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    kind: ClassVar[Kind]
    severity: ClassVar[Severity]
    status: ClassVar[Status] = "stable"

    @classmethod
    def summary(cls) -> str:
        """First docstring line; shown by `sbeval rules`, the docs and SARIF."""
        return (cls.__doc__ or "").strip().splitlines()[0]

    @classmethod
    def description(cls) -> str:
        """The docstring after its summary, dedented: what the rule reports and what it accepts."""
        return inspect.cleandoc(cls.__doc__ or "").partition("\n")[2].strip()

    @classmethod
    def english(cls) -> str:
        """The docstring's "English:" paragraph, on one line: the rule's summary and description in English."""
        _, marker, rest = inspect.cleandoc(cls.__doc__ or "").partition("English:")
        return " ".join(rest.split("\n\n")[0].split()) if marker else ""

    @classmethod
    def documentation(cls) -> str:
        """The description and the documented examples of the rule's case file, as plain text."""
        from sbeval.checks.docs import documentation_text, rule_doc

        return documentation_text(rule_doc(cls))

    @abstractmethod
    def run(self, report: Report) -> Iterator[Finding]: ...

    def finding(
        self,
        message: Message | str,
        stated: Figure,
        expected: Expected | None,
        related: Sequence[Figure | None] = (),
        severity: Severity | None = None,
    ) -> Finding:
        """``message`` a catalogue ``Message`` (a plain string stays Chinese in every language)."""
        return Finding(
            code=self.code, rule=self.name, kind=self.kind, severity=severity or self.severity,
            message=message if isinstance(message, str) else message.text(), stated=stated_of(stated),
            expected=expected, location=location_of(stated), related=related_of(related),
            template=None if isinstance(message, str) else message,
        )


def expression(terms: Iterable[tuple[int, Figure | Message]]) -> Message:
    """Operands as the report names them: "待遇支出33628万元＋其他支出10万元"."""
    parts: list[Message] = []
    for index, (sign, term) in enumerate(terms):
        if sign < 0 or index:
            parts.append(msg("finding.minus" if sign < 0 else "finding.plus"))
        parts.append(term if isinstance(term, Message) else msg("finding.words", text=f"{term.label}{term.text}"))
    return msg("finding.words", text="").plus(*parts)
