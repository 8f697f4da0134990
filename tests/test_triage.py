from pathlib import Path

import joblib
import numpy as np
import pytest
from sklearn.base import clone

from careline.labels import SUBSYSTEM_IDS, TIER_IDS
from careline.redaction import redact
from triage.features import case_text, summarize_log
from triage.model import MODEL_FILE, LabelSetMismatch, TriageModel
from triage.splits import split_by_family


def test_the_data_set_covers_every_subsystem_and_tier(cases: list[dict]) -> None:
    cells = {(c["subsystem"], c["tier"]) for c in cases}
    assert len(cases) >= 300
    assert cells == {(s, t) for s in SUBSYSTEM_IDS for t in TIER_IDS}


def test_two_clearly_different_cases_are_separated(triage_model: TriageModel) -> None:
    er_down = triage_model.classify("急诊挂号系统登不上了，所有窗口都卡住了")
    printer = triage_model.classify(
        "One label printer in the lab prints faded barcodes, the others are fine",
        "2026-11-20 10:02:11 WARN spooler: job 88 printed with low darkness on ZD421-LAB2",
    )
    assert (er_down.subsystem, er_down.tier) == ("his", "P1")
    assert printer.subsystem in {"peripheral", "lis"}
    assert printer.tier == "P3"


def test_evidence_lines_carry_no_personal_data(triage_model: TriageModel) -> None:
    log = (
        "2026-11-20 03:12:44 INFO start\n"
        "2026-11-20 03:12:45 ERROR ORA-01653 unable to extend table 患者:张伟 110101199003071234\n"
        "2026-11-20 03:12:46 ERROR callback 13812345678 failed\n"
    )
    prediction = triage_model.classify("收费保存失败", log)
    text = str(prediction.as_dict())
    assert prediction.evidence and "ORA-01653" in text
    for value in ("张伟", "110101199003071234", "13812345678"):
        assert value not in text


def test_empty_input_is_refused(triage_model: TriageModel) -> None:
    with pytest.raises(ValueError, match="empty"):
        triage_model.classify("  ", "")


def test_model_trained_on_another_label_set_refuses_to_load(
    triage_model: TriageModel, tmp_path: Path
) -> None:
    triage_model.save(tmp_path)
    saved = joblib.load(tmp_path / MODEL_FILE)
    saved["meta"]["subsystems"] = [*saved["meta"]["subsystems"], "billing"]
    joblib.dump(saved, tmp_path / MODEL_FILE)
    with pytest.raises(LabelSetMismatch, match="retrain"):
        TriageModel.load(tmp_path)


def test_family_split_never_shares_a_fault_between_train_and_test(cases: list[dict]) -> None:
    split = split_by_family(cases)
    families = {name: {c["family"] for c in rows} for name, rows in split.items()}
    assert not families["train"] & families["test"]
    assert not families["validation"] & (families["train"] | families["test"])
    cells = {(c["subsystem"], c["tier"]) for c in split["test"]}
    assert cells == {(s, t) for s in SUBSYSTEM_IDS for t in TIER_IDS}


def test_evidence_names_the_description_words_behind_the_subsystem(
    triage_model: TriageModel,
) -> None:
    description = "PACS 影像调阅很慢，放射科所有CT片子都打不开"
    prediction = triage_model.classify(description)
    words = [e for e in prediction.evidence if e["source"] == "description"]
    weights = [e["weight"] for e in words]
    assert prediction.subsystem == "pacs"
    assert words and all(e["text"] in description.lower() for e in words)
    assert weights == sorted(weights, reverse=True) and weights[0] > 0


def test_the_model_is_a_scikit_learn_estimator(triage_model: TriageModel) -> None:
    samples = [
        ("急诊挂号系统登不上了，所有窗口都卡住了", ""),
        ("label printer in ward 5 prints blank labels", ""),
        ("收费保存失败", "2026-11-20 10:00:01 ERROR ORA-12541: TNS:no listener"),
    ]
    batch = triage_model.predict(samples)
    assert [p.as_dict() for p in batch] == [triage_model.classify(*s).as_dict() for s in samples]
    subsystem_p, tier_p = triage_model.predict_proba(samples)
    assert subsystem_p.shape == (3, len(SUBSYSTEM_IDS)) and tier_p.shape == (3, len(TIER_IDS))
    assert np.allclose(subsystem_p.sum(axis=1), 1) and np.allclose(tier_p.sum(axis=1), 1)
    unfitted = clone(triage_model)  # parameters only: what __init__ was given, nothing learnt
    assert unfitted.get_params() == triage_model.get_params()
    assert not hasattr(unfitted, "tier_model_")
    assert triage_model.meta_["n_cases"] > 0 and triage_model.thresholds_.p1 > 0


def test_compiled_prediction_equals_scikit_learns(
    triage_model: TriageModel, cases: list[dict]
) -> None:
    """The arrays-only path (triage/compiled.py) must give scikit-learn's own probabilities,
    on every case including their logs, and on text the vocabulary has never seen."""
    samples = [(c["text"], c["log"]) for c in cases[::7]] + [("zzqx 未知 qwv", ""), ("", "x")]
    descriptions = [text for text, _ in samples]
    texts = [case_text(redact(text), summarize_log(log)) for text, log in samples]
    subsystem_p, tier_p = triage_model.predict_proba(samples)
    expected_subsystem = triage_model.subsystem_model_.predict_proba(
        triage_model.subsystem_features_.transform(texts)
    )
    expected_tier = triage_model.tier_model_.predict_proba(
        triage_model.tier_features_.transform([redact(d) for d in descriptions])
    )
    assert len(samples) > 50
    assert np.allclose(subsystem_p, expected_subsystem, atol=1e-12)
    assert np.allclose(tier_p, expected_tier, atol=1e-12)
