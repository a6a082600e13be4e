"""The terminal report, the places of findings and the rule catalogue, as (Chinese, English)."""

from __future__ import annotations

UI: dict[str, tuple[str, str]] = {
    "ui.code": ("代码", "Code"),
    "ui.severity": ("级别", "Level"),
    "ui.message": ("说明", "Message"),
    "ui.place": ("位置", "Location"),
    "ui.error_line": ("  错误：{error}", "  Error: {error}"),
    "ui.clean": ("  未发现问题。", "  No problems found."),
    "ui.summary": ("共检查{files}个文件：错误{error}个，警告{warning}个，提示{note}个，无法读取{unreadable}个。",
                   "Checked {files} file(s): {error} error(s), {warning} warning(s), {note} note(s), {unreadable} unreadable."),
    "ui.severity.error": ("错误", "error"),
    "ui.severity.warning": ("警告", "warning"),
    "ui.severity.note": ("提示", "note"),
    "ui.place.sheet": ("工作表“{sheet}”", "sheet “{sheet}”"),
    "ui.place.page": ("第{page}页", "page {page}"),
    "ui.place.table": ("表{table}", "table {table}"),
    "ui.place.row": (" 第{row}行", " row {row}"),
    "ui.place.column": ("第{column}列", " column {column}"),
    "ui.place.line": ("第{line}行", "line {line}"),
    "ui.place.block": ("第{block}段", "paragraph {block}"),
    "ui.at": ("{message}（{place}）", "{message} ({place})"),
    "ui.rule.head": ("级别：{severity}　类别：{kind}　状态：{status}", "Level: {severity}  Kind: {kind}  Status: {status}"),
    "ui.rule.preview": ("[预览] ", "[preview] "),
    "ui.rule.stable": ("稳定", "stable"),
    "ui.rule.status.preview": ("预览", "preview"),
    "ui.rule.example": ("示例（{outcome}）：", "Example ({outcome}):"),
    "ui.rule.flagged": ("会报告", "flagged"),
    "ui.rule.accepted": ("不报告", "accepted"),
    "ui.rule.finding": ("  → {code}：所述值 {stated}{recomputed}{where}", "  → {code}: stated {stated}{recomputed}{where}"),
    "ui.rule.recomputed": ("，重算值 {value}", ", recomputed {value}"),
    "ui.rule.line": ("（第{line}行）", " (line {line})"),
}

KIND_NAMES: dict[str, tuple[str, str]] = {
    "ui.kind.sum": ("合计与分项", "totals and parts"), "ui.kind.balance": ("收支结余", "balances"),
    "ui.kind.percent": ("完成率与占比", "completion rates and shares"), "ui.kind.yoy": ("同比增长", "year-on-year growth"),
    "ui.kind.difference": ("增减额", "changes"), "ui.kind.months": ("可支付月数", "months of payment"),
    "ui.kind.per_capita": ("人均", "per capita"), "ui.kind.target": ("绩效指标", "performance indicators"),
    "ui.kind.score_sum": ("评分合计", "score totals"), "ui.kind.grade": ("评价等级", "grades"),
    "ui.kind.cross_ref": ("前后对照", "cross-references"), "ui.kind.duplicate": ("重复内容", "duplicates"),
    "ui.kind.missing": ("缺失", "missing values"), "ui.kind.unit": ("单位", "units"), "ui.kind.year": ("年份", "years"),
    "ui.kind.other": ("其他", "other"),
}
