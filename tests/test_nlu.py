"""Rasa training inputs generated from the alias table, and the figures of `careline nlu eval`."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from sklearn.metrics import f1_score

from bot.rasa_model import RASA_MODEL
from bot.training_data import (
    EVAL_DIR,
    LATIN_REGEX,
    NLU_DIR,
    jieba_dictionary_mismatch,
    render_jieba_dictionary,
    render_subsystem_nlu,
    subsystem_names,
    training_data_paths,
    write_subsystem_nlu,
)
from careline.labels import SUBSYSTEMS
from careline.settings import REPO_ROOT, Settings, load_settings
from cli.main import main
from cli.nlu_eval import (
    Entity,
    Example,
    entity_figures,
    intent_figures,
    load_results,
    nlu_examples,
    plain_text,
    split_by_language,
)
from knowledge_base.aliases import load_entries


def _generated() -> dict:
    items = yaml.safe_load(render_subsystem_nlu())["nlu"]
    lookup = next(i for i in items if i.get("lookup") == "subsystem")
    regex = next(i for i in items if i.get("regex") == LATIN_REGEX)
    synonyms = {
        line[2:]: item["synonym"]
        for item in items
        if "synonym" in item
        for line in item["examples"].splitlines()
    }
    return {
        "lookup": [line[2:] for line in lookup["examples"].splitlines()],
        "regex": re.compile(regex["examples"].splitlines()[0][2:]),
        "synonyms": synonyms,
    }


def test_every_alias_and_hint_maps_to_its_subsystem() -> None:
    synonyms = _generated()["synonyms"]
    for entry in load_entries():
        for word in (*entry.aliases, *entry.hints):
            assert synonyms.get(word.lower(), word.lower()) == entry.subsystem, word
    assert synonyms["看片子的系统"] == "pacs"
    assert synonyms["看片子的系統"] == "pacs"  # traditional characters too
    assert synonyms["nurse call"] == "nursing"
    assert synonyms["检验信息系统"] == "lis"  # the label names of careline/labels.py
    assert synonyms["laboratory information system"] == "lis"
    assert set(synonyms.values()) == {s.id for s in SUBSYSTEMS}


def test_lookup_holds_chinese_names_but_not_hints() -> None:
    generated = _generated()
    assert {"看片子的系统", "呼叫器", "输液泵", "医院信息系统", "扫码枪pda"} <= set(
        generated["lookup"]
    )
    assert not {"密码", "断网", "打不出", "账号"} & set(generated["lookup"])
    assert all(re.search(r"[\u3400-\u9fff]", name) for name in generated["lookup"])


def test_latin_names_match_as_words_also_inside_chinese() -> None:
    regex = _generated()["regex"]
    assert regex.search("PACS打不开").group() == "PACS"
    assert regex.search("the Lab System shows nothing").group() == "Lab System"
    assert regex.search("SQL-Server down").group() == "SQL-Server"
    for text in ("this is urgent", "please update", "a crisis", "feedback", "lesson"):
        assert regex.search(text) is None, text


def test_generated_file_is_trained_on_and_fingerprinted(tmp_path: Path) -> None:
    settings = dataclasses.replace(load_settings(), var_dir=tmp_path)
    path = write_subsystem_nlu(settings)
    paths = training_data_paths(settings)
    assert path in paths
    assert not any(p.is_relative_to(EVAL_DIR) for p in paths)  # the held-out set never
    assert all(p.parent == NLU_DIR for p in paths if p.suffix == ".yml" and p != path)
    before = RASA_MODEL.fingerprint(settings)
    path.write_text(path.read_text(encoding="utf-8") + "# changed\n", encoding="utf-8")
    assert RASA_MODEL.fingerprint(settings) != before


def test_plain_text_drops_rasa_markup(tmp_path: Path) -> None:
    assert plain_text('[看片子的系统]{"entity": "subsystem", "value": "pacs"}打不开') == (
        "看片子的系统打不开"
    )
    assert plain_text("工单[CL-000042](ticket_number)怎么样") == "工单CL-000042怎么样"
    path = tmp_path / "zh.yml"
    path.write_text(
        'version: "3.1"\nnlu:\n- intent: greet\n  examples: |\n    - 你好\n    - 在吗 \n'
        "- intent: inform\n  examples: |\n    - 在[5病区](location)\n"
        "- regex: ticket_number\n  examples: |\n    - CL-\\d{6}\n",
        encoding="utf-8",
    )
    assert nlu_examples(path) == [("你好", "greet"), ("在吗", "greet"), ("在5病区", "inform")]


def _example(intent: str, predicted: str, text: str = "", confidence: float = 0.9) -> Example:
    return Example(text or f"{intent}-{predicted}", intent, predicted, confidence)


def test_intent_macro_f1_is_sklearns() -> None:
    pairs = [("a", "a"), ("a", "b"), ("b", "b"), ("c", "a"), ("c", "c"), ("c", "c")]
    examples = [_example(i, p, f"{n}") for n, (i, p) in enumerate(pairs)]
    figures = intent_figures(examples, None)
    expected = f1_score([i for i, _ in pairs], [p for _, p in pairs], average="macro")
    assert figures["macro_f1"] == pytest.approx(expected, abs=1e-4)
    assert figures["accuracy"] == pytest.approx(4 / 6, abs=1e-4)


def test_fallback_share_counts_low_confidence() -> None:
    examples = [
        _example("a", "a", "x", 0.2),
        _example("a", "a", "y", 0.9),
        _example("a", "b", "z", 0.3),
        _example("b", "b", "w", 0.8),
    ]
    figures = intent_figures(examples, 0.35)
    assert figures["below_fallback_threshold"] == 0.5
    point = next(p for p in figures["fallback_curve"] if p["threshold"] == 0.35)
    assert point == {"threshold": 0.35, "below": 0.5, "wrong_caught": 1.0, "right_lost": 0.3333}


def test_entities_count_span_and_value_once_across_extractors() -> None:
    gold = frozenset({Entity("subsystem", 0, 4, "pacs"), Entity("ticket_number", 5, 14, "x")})
    predicted = frozenset({Entity("subsystem", 0, 4, "PACS"), Entity("ticket_number", 5, 14, "x")})
    figures = entity_figures([Example("t", "i", "i", 1.0, gold, predicted)])
    assert figures["ticket_number"]["f1"] == 1.0
    assert figures["subsystem"]["f1"] == 0.0  # the value was not normalised
    assert figures["subsystem"]["span_f1"] == 1.0


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


def test_results_are_read_back_and_split_by_file(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    _write(
        reports / "intent_successes.json",
        [
            {
                "text": "OK",
                "intent": "affirm",
                "intent_prediction": {"name": "affirm", "confidence": 0.9},
            },
            {
                "text": "看片子的系统打不开",
                "intent": "report_problem",
                "intent_prediction": {"name": "report_problem", "confidence": 0.8},
            },
        ],
    )
    _write(
        reports / "intent_errors.json",
        [
            {
                "text": "thanks",
                "intent": "thank",
                "intent_prediction": {"name": "greet", "confidence": 0.4},
            }
        ],
    )
    gold = [{"start": 0, "end": 6, "value": "pacs", "entity": "subsystem"}]
    _write(
        reports / "DIETClassifier_successes.json",
        [
            {
                "text": "看片子的系统打不开",
                "entities": gold,
                "predicted_entities": [
                    {**gold[0], "extractor": "DIETClassifier"},
                    {"entity": "language", "start": 0, "end": 9, "value": "zh"},
                ],
            }
        ],
    )
    zh, en = tmp_path / "zh.yml", tmp_path / "en.yml"
    zh.write_text(
        "nlu:\n- intent: affirm\n  examples: |\n    - OK\n- intent: report_problem\n"
        '  examples: |\n    - [看片子的系统]{"entity": "subsystem", "value": "pacs"}打不开\n',
        encoding="utf-8",
    )
    en.write_text(
        "nlu:\n- intent: affirm\n  examples: |\n    - OK\n"
        "- intent: thank\n  examples: |\n    - thanks\n",
        encoding="utf-8",
    )
    examples = load_results(reports)
    split, unmatched = split_by_language(examples, {"zh": zh, "en": en})
    assert unmatched == 0
    assert sorted(e.text for e in split["zh"]) == ["OK", "看片子的系统打不开"]
    assert sorted(e.text for e in split["en"]) == ["OK", "thanks"]
    figures = entity_figures(split["zh"])
    assert set(figures) == {"subsystem"}  # the language tag is not scored
    assert figures["subsystem"]["f1"] == 1.0


@pytest.fixture
def empty_var(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    monkeypatch.setenv("CARELINE_VAR_DIR", str(tmp_path / "var"))
    yield load_settings()


def test_eval_without_a_model_exits_with_one_line(empty_var: Settings, capsys) -> None:
    assert main(["nlu", "eval", "--no-cv"]) == 2
    error = capsys.readouterr().err.strip()
    assert "no Rasa model" in error and "\n" not in error


def test_eval_without_the_heldout_set_exits_with_one_line(
    empty_var: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys
) -> None:
    model = empty_var.rasa_dir / "models" / "careline.tar.gz"
    model.parent.mkdir(parents=True)
    model.write_bytes(b"")
    monkeypatch.setattr("cli.nlu_commands.EVAL_DIR", tmp_path / "nowhere")
    assert main(["nlu", "eval", "--no-cv"]) == 2
    error = capsys.readouterr().err.strip()
    assert "missing NLU evaluation input" in error and "\n" not in error


def _readme_intents() -> list[str]:
    readme = (NLU_DIR / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Intents", 1)[1].split("##", 1)[0]
    return re.findall(r"^\| `([a-z_]+)` \|", section, flags=re.MULTILINE)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_training_data_holds_every_intent_of_the_readme(lang: str) -> None:
    intents = _readme_intents()
    assert len(intents) >= 16
    counts: dict[str, int] = {}
    for _, intent in nlu_examples(NLU_DIR / f"{lang}.yml"):
        counts[intent] = counts.get(intent, 0) + 1
    assert {i: counts.get(i, 0) for i in intents if counts.get(i, 0) < 60} == {}


def test_jieba_dictionary_keeps_chinese_names_whole(tmp_path: Path) -> None:
    words = render_jieba_dictionary().splitlines()
    assert {"自助机", "收費系統", "ca证书", "CA证书"} <= set(words)
    assert not any(" " in word for word in words)
    config = tmp_path / "config.yml"
    config.write_text(
        "pipeline:\n- name: JiebaTokenizer\n  dictionary_path: var/rasa/generated/jieba\n",
        encoding="utf-8",
    )
    moved = dataclasses.replace(load_settings(), var_dir=tmp_path / "elsewhere")
    assert "dictionary_path" in jieba_dictionary_mismatch(moved, config)


# Runs in the Rasa environment: the component is trained on the generated names (as
# `rasa train` does) and reads messages that DIET has already tagged.
_EXTRACT_SCRIPT = """
import json, sys
from pathlib import Path
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.importers.rasa import RasaFileImporter
from rasa.shared.nlu.training_data.message import Message
from bot.components.subsystem import SubsystemNameExtractor

data = RasaFileImporter(training_data_paths=[sys.argv[1]]).get_nlu_data()
storage = LocalModelStorage(Path(sys.argv[2]))
resource = Resource("subsystem_names")
SubsystemNameExtractor({}, storage, resource).train(data)
extractor = SubsystemNameExtractor.load({}, storage, resource, None)
cases = json.loads(sys.argv[3])
messages = [Message(data={"text": text, "entities": diet}) for text, diet in cases]
extractor.process(messages)
print(json.dumps([m.get("entities") for m in messages], ensure_ascii=False))
"""


def test_alias_names_are_found_longest_first_over_diets_guesses(
    base_settings: Settings, tmp_path: Path
) -> None:
    generated = write_subsystem_nlu(dataclasses.replace(base_settings, var_dir=tmp_path))
    diet_cut = {"entity": "subsystem", "value": "腕带", "start": 0, "end": 2}
    diet_cerner = {"entity": "subsystem", "value": "Cerner", "start": 0, "end": 6}
    unknown = {"entity": "subsystem", "value": "Zorgo", "start": 4, "end": 9}
    in_log = {"entity": "subsystem", "value": "server", "start": 36, "end": 42}
    cases = [
        ["腕带打印机不出纸了", [diet_cut]],
        ["this update broke the Label Printer on ward 5", []],
        ["Cerner is slow, and the wi-fi drops", [diet_cerner]],
        ["the Zorgo box and the PACS are down", [unknown]],
        ["LIS日志：2026-12-01 03:12:44 ERROR PDA server timeout", [in_log]],
    ]
    result = subprocess.run(
        [
            str(base_settings.rasa_venv / "bin" / "python"),
            "-c",
            _EXTRACT_SCRIPT,
            str(generated),
            str(tmp_path),
            json.dumps(cases, ensure_ascii=False),
        ],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    found = json.loads(result.stdout.strip().splitlines()[-1])
    names = subsystem_names().names

    def spans(entities: list[dict], text: str) -> list[tuple[str, str]]:
        return [(text[e["start"] : e["end"]], e["value"]) for e in entities]

    assert spans(found[0], cases[0][0]) == [("腕带打印机", names["腕带打印机"])]
    assert spans(found[1], cases[1][0]) == [("Label Printer", names["label printer"])]
    assert spans(found[2], cases[2][0]) == [("Cerner", names["cerner"]), ("wi-fi", names["wi-fi"])]
    # A name the table does not hold stays as DIET tagged it, beside the table's own.
    assert spans(found[3], cases[3][0]) == [("Zorgo", "Zorgo"), ("PACS", names["pacs"])]
    # Names inside the pasted log line are the log's, not the reporter's.
    assert spans(found[4], cases[4][0]) == [("LIS", names["lis"])]
