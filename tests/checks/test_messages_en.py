"""Every flagged case of every rule in English: the catalogue's words are English, the rest is the document's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sbeval.checks import run_checks
from sbeval.checks.cases import RuleCase, case_codes, cases_of
from sbeval.extract import extract
from sbeval.messages import LANGS, msg
from sbeval.messages.catalogue import FINDINGS, TEMPLATES
from sbeval.parsers import read

# Han characters, CJK punctuation (、。「」) and full-width forms (，：（）＝).
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "flagged" in metafunc.fixturenames:
        cases = [c for code in case_codes() for c in cases_of(code) if c.outcome == "flagged"]
        metafunc.parametrize("flagged", cases, ids=[f"{c.code}::{c.name}" for c in cases])


def test_case_in_english(flagged: RuleCase, tmp_path: Path) -> None:
    case = flagged
    path = tmp_path / f"{case.name}.txt"
    path.write_text(case.text, encoding="utf-8")
    findings = [f for f in run_checks(extract(read(path))) if f.code == case.code]
    assert findings
    for finding in findings:
        assert finding.template is not None, f"{case.code} builds its message outside the catalogue"
        english = finding.in_lang("en").message
        assert english and english != finding.message
        assert not CJK.search(finding.template.skeleton("en")), english
        # What Chinese is left is the document's own words (labels, figures, titles as written), in full.
        for words in finding.template.document_words("en"):
            assert words in english


def test_catalogue_english_has_no_chinese() -> None:
    for key, (_, english) in TEMPLATES.items():
        if key.startswith("finding."):
            assert not CJK.search(english), key


def test_both_languages_take_the_same_placeholders() -> None:
    field = re.compile(r"\{(\w+)\}")
    for key, (chinese, english) in FINDINGS.items():
        assert set(field.findall(english)) <= set(field.findall(chinese)), key


def test_unknown_key_fails_at_once() -> None:
    with pytest.raises(KeyError):
        msg("finding.no-such-template")
    assert LANGS == ("zh", "en")
