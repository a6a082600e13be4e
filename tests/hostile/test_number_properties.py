"""hypothesis on the number grammar and the interval arithmetic: whatever the tokenizer accepts is a finite
interval or no figure, and sums, differences, ratios and percentages of bounded figures never raise and
hold the exact result of any values the figures stand for."""

from __future__ import annotations

from decimal import Decimal, localcontext

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sbeval.checks.base import divide
from sbeval.extract.core.figures import find_figures
from sbeval.numbers import MAX_DIGITS, Interval, within_digits
from sbeval.schema.document import Location

LOOSE = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=150)
HERE = Location(file="p.txt", line=1)
DIGITS = "0123456789"
NUMERALS = "零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟"
UNITS = ["万亿元", "亿元", "万元", "千元", "元", "%", "个百分点", "个月", "万人", "人次", "人", "户", "分", "年", "日"]
WORDS = ["基金收入", "其中", "，", "。", "；", "、", "：", "占", "的", "完成预算", "增长", "减少", "第", "年", "月", "号",
         "（", "）", "百分之", "合计", "-", "+", ".", ",", "，", " ", "\t", "〔", "〕"]
PIECES = st.one_of(st.text(DIGITS, min_size=1, max_size=40), st.text(NUMERALS, min_size=1, max_size=12),
                   st.sampled_from(UNITS), st.sampled_from(WORDS))
TEXTS = st.lists(PIECES, max_size=30).map("".join)


def _finite(interval: Interval) -> bool:
    return interval.bounded and not (interval.low.is_nan() or interval.high.is_nan()) and interval.low <= interval.high


@LOOSE
@given(TEXTS)
def test_whatever_the_tokenizer_accepts_is_a_finite_interval(text: str) -> None:
    for figure in find_figures(text, HERE):  # the default context: a trap here would raise
        assert figure.value.is_finite() and within_digits(figure.value, figure.decimals)
        for interval in (figure.interval(), figure.base_interval()):
            assert _finite(interval)
        assert figure.base_interval().contains(figure.value * figure.scale)


@LOOSE
@given(st.text(DIGITS, min_size=1, max_size=60), st.text(DIGITS, max_size=30), st.sampled_from(UNITS))
def test_a_digit_run_is_a_figure_exactly_when_the_genre_could_write_it(whole: str, places: str, unit: str) -> None:
    written = whole + ("." + places if places else "")
    figures = [f for f in find_figures(f"基金收入{written}{unit}，", HERE) if f.start == 4]
    value = Decimal(written)
    assert len(figures) == within_digits(value, len(places)) or unit in ("年", "日")
    for figure in figures:
        assert figure.value == value and figure.decimals == len(places)
        assert len(whole.lstrip("0")) + len(places) <= MAX_DIGITS


def _figure_interval(digits: int, decimals: int, scale: int, exact: bool) -> Interval:
    value = Decimal(digits).scaleb(-decimals)
    base = Interval.exact(value) if exact else Interval.written(value, decimals)
    return base.scale(scale)


# A bounded figure as the genre writes it: at most MAX_DIGITS digits, a few decimals, a unit's scale.
FIGURES = st.builds(_figure_interval, st.integers(-(10**MAX_DIGITS - 1), 10**MAX_DIGITS - 1),
                    st.integers(0, 6), st.sampled_from([1, 100, 1000, 10_000, 10**8, 10**12]), st.booleans())
SHARES = st.integers(0, 1000).map(lambda n: Decimal(n) / 1000)


def _inside(interval: Interval, share: Decimal) -> Decimal:
    """A value the interval stands for, ``share`` of the way from its low end (computed exactly)."""
    with localcontext() as exact:
        exact.prec = 200
        return interval.low + (interval.high - interval.low) * share


def _exactly(operation: str, a: Decimal, b: Decimal) -> Decimal:
    with localcontext() as exact:
        exact.prec = 200
        if operation in ("sum", "difference"):
            return a + b if operation == "sum" else a - b
        return a / b if operation == "ratio" else a / b * 100


@LOOSE
@given(FIGURES, FIGURES, SHARES, SHARES, st.sampled_from(["sum", "difference", "ratio", "percent"]))
def test_interval_operations_hold_every_exact_result(a: Interval, b: Interval, sa: Decimal, sb: Decimal,
                                                     operation: str) -> None:
    if operation == "sum":
        result: Interval | None = Interval.sum([a, b])
    elif operation == "difference":
        result = a - b
    else:
        result = divide(a, b)
        if result is not None and operation == "percent":
            result = result.scale(100)
    if result is None:  # a denominator that may be zero: "anything", never a finding
        assert b.contains(Decimal(0))
        return
    assert _finite(result)
    x, y = _inside(a, sa), _inside(b, sb)
    assert result.contains(_exactly(operation, x, y)), (operation, a, b, x, y, result)


@LOOSE
@given(st.lists(FIGURES, min_size=1, max_size=12), st.lists(SHARES, min_size=12, max_size=12))
def test_a_long_sum_holds_the_sum_of_any_representatives(items: list[Interval], shares: list[Decimal]) -> None:
    total = Interval.sum(items)
    assert _finite(total)
    with localcontext() as exact:
        exact.prec = 200
        value = sum((_inside(item, share) for item, share in zip(items, shares)), Decimal(0))
    assert total.contains(value)
