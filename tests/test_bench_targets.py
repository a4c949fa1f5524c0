"""``make bench`` reads issue 13's verdicts off its own rows: the reading, not the timing, is tested here."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import report, targets


def _row(benchmark: str, candidate: str, ratio: str) -> dict[str, str]:
    return {"benchmark": benchmark, "candidate": candidate, "value": "", "ratio": ratio, "note": ""}


ROWS = [
    _row("1. decode 1,000 services", "dockercloud_api (ours)", "0.84x json.loads"),
    _row("1. decode 1,000 services", "dockercloud_api (ours), read all", "2.27x json.loads"),
    _row("5. 200 gets, server latency 20 ms", "AsyncClient, asyncio.gather (defaults)", "10.4x Client one by one"),
]


def _verdicts(rows: list[dict[str, str]]) -> dict[str, tuple[str, str]]:
    return {target.ident: target.verdict(rows) for target in targets.TARGETS}


def test_each_target_reads_its_own_row_and_bound() -> None:
    verdicts = _verdicts(ROWS)
    assert verdicts["1a"] == ("0.84x json.loads", "met")  # the exact label wins over the read-all row's prefix
    assert verdicts["1b"] == ("2.27x json.loads", "not met")
    assert verdicts["5a"] == ("10.4x Client one by one", "met")  # an at-least bound, matched by prefix
    assert verdicts["6"] == ("", "not measured")


@pytest.mark.parametrize(("ratio", "verdict"), [("1.00x", "met"), ("1.01x", "not met"), ("n/a", "not measured")])
def test_bound_is_inclusive_and_a_missing_number_is_not_a_pass(ratio: str, verdict: str) -> None:
    rows = [_row("1. decode 1,000 services", "dockercloud_api (ours)", ratio)]
    assert _verdicts(rows)["1a"][1] == verdict


def test_results_keep_exactly_one_previous_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report, "RESULTS", tmp_path / "results.md")
    first = report.render([_row("1. decode 1,000 services", "dockercloud_api (ours)", "0.90x")], "")
    report.RESULTS.write_text(first)
    second = report.render([ROWS[0]], report.previous_run())
    report.RESULTS.write_text(second)
    third = report.render([ROWS[1]], report.previous_run())
    assert third.count("## Previous run") == 1
    assert "### Targets" in third and "2.27x" in third and "0.84x" in third
    assert "0.90x" not in third  # the run before the previous one is dropped
