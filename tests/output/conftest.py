"""One fixed CheckRun that every output format renders for its golden file."""

from __future__ import annotations

import pytest

from sbeval.findings import CheckRun, Expected, FileResult, Finding, FindingLocation, Related, Severity, Stated, Summary


def fixed_run() -> CheckRun:
    excerpt = "基金支出37977万元，其中：待遇支出33628万元，其他支出10万元，转移支出530万元。"
    where = FindingLocation(page=3, block=42, excerpt=excerpt)
    sb101 = Finding(
        code="SB101", rule="total-not-sum-of-parts", kind="sum", severity=Severity.ERROR,
        message="基金支出37977万元，但所列分项之和为34168万元（待遇支出33628万元＋其他支出10万元＋转移支出530万元）",
        stated=Stated(text="37977万元", value="37977", unit="万元"),
        expected=Expected(low="34168", high="34168", text="34168万元"),
        location=where,
        related=[Related(label="待遇支出", text="33628万元", location=where),
                 Related(label="其他支出", text="10万元", location=where),
                 Related(label="转移支出", text="530万元", location=where)],
    )
    sb202 = Finding(
        code="SB202", rule="share-mismatch", kind="percent", severity=Severity.WARNING,
        message="基础养老金支出3.12亿元占全年支出72.92亿元的4.2%，但按所列数字计算为4.28%；所列数字疑为截尾而非四舍五入",
        stated=Stated(text="4.2%", value="4.2", unit="%"),
        expected=Expected(low="4.28", high="4.28", text="4.28%"),
        location=FindingLocation(table=1, row=2, column=4, excerpt="4.2%"),
    )
    sb401 = Finding(
        code="SB401", rule="months-of-payment-mismatch", kind="months", severity=Severity.NOTE,
        message="可支付月数15个月，但滚存结余1,200万元÷月均支出100万元＝12.0个月",
        stated=Stated(text="15个月", value="15", unit="个月"),
        expected=Expected(low="12.0", high="12.0", text="12.0个月"),
        location=FindingLocation(line=17, excerpt="可支付月数15个月"),
    )
    files = [
        FileResult(path="reports/seed001.pdf", status="ok", findings=[sb101, sb202]),
        FileResult(path="reports/seed002.txt", status="ok", findings=[sb401]),
        FileResult(path="reports/missing.docx", status="error", error="reports/missing.docx：文件不存在或不是文件"),
        FileResult(path="reports/clean.txt", status="ok"),
    ]
    return CheckRun(sbeval="0.1.0", files=files,
                    summary=Summary(files=4, error=1, warning=1, note=1, unreadable=1))


@pytest.fixture
def run() -> CheckRun:
    return fixed_run()
