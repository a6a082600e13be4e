"""Property tests: rounding alone never makes SB101 fire; a total moved past its rounding room always does."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given
from hypothesis import strategies as st

from sbeval.checks import run_checks
from sbeval.schema.document import Location
from sbeval.schema.figures import Figure
from sbeval.schema.relations import SumRelation, Term
from sbeval.schema.report import Report

TRUE_VALUES = st.lists(
    st.decimals(min_value=0, max_value=10**7, places=6, allow_nan=False, allow_infinity=False), min_size=1, max_size=8
)
PLACES = st.integers(min_value=0, max_value=3)


def written(value: Decimal, places: int, label: str) -> Figure:
    rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return Figure(text=f"{rounded}万元", value=rounded, decimals=places, unit="万元", base_unit="元",
                  scale=Decimal(10000), label=label, location=Location(file="p.txt", line=1))


def sb101(total: Figure, parts: list[Figure]) -> list[str]:
    relation = SumRelation(kind="sum", label="基金收入", total=total, parts=[Term(figure=p) for p in parts])
    return [f.code for f in run_checks(Report(path="p.txt", format="txt", sums=[relation]))]


@given(TRUE_VALUES, PLACES)
def test_correctly_rounded_figures_never_fire(values: list[Decimal], places: int) -> None:
    parts = [written(v, places, f"项目{i}") for i, v in enumerate(values)]
    assert sb101(written(sum(values, Decimal(0)), places, "合计"), parts) == []


@given(TRUE_VALUES, PLACES, st.integers(min_value=0, max_value=1000), st.booleans())
def test_total_moved_beyond_rounding_room_always_fires(
    values: list[Decimal], places: int, extra: int, downwards: bool
) -> None:
    parts = [written(v, places, f"项目{i}") for i, v in enumerate(values)]
    ulp = Decimal(1).scaleb(-places)
    # n parts and the total each allow ±ulp/2: more than (n + 1)/2 units apart cannot meet
    units = (len(parts) + 1) // 2 + 1 + extra
    shift = units * ulp * (-1 if downwards else 1)
    total_value = sum((p.value for p in parts), Decimal(0)) + shift
    total = written(total_value, places, "合计").model_copy(update={"text": f"{total_value}万元"})
    assert sb101(total, parts) == ["SB101"]
