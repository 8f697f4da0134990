from pathlib import Path

import pytest

from careline.settings import Settings
from knowledge_base.aliases import AliasTable
from knowledge_base.corpus import ArticleError, load_articles, parse_article
from knowledge_base.encoders import get_encoder
from knowledge_base.gaps import record_gap, top_gaps
from knowledge_base.index import KnowledgeBase, build_index, close_pair, is_stale
from knowledge_base.text import tokenize

# Paraphrases in the words of staff, not the articles' titles.
PARAPHRASES = [
    ("手环打印机一张都打不出来了", "zh", "peripheral-001"),
    ("工号被锁了，密码也忘了，怎么办", "zh", "identity-001"),
    ("病房里按呼叫铃护士站没反应", "zh", "nursing-001"),
    ("The wristband printer on admissions prints nothing", "en", "peripheral-001"),
    ("I forgot my password and now my account is locked", "en", "identity-001"),
    ("X-ray pictures take forever to open in the viewer", "en", "pacs-001"),
]


@pytest.mark.parametrize(("query", "lang", "article_id"), PARAPHRASES)
def test_paraphrase_finds_its_article_first(
    knowledge_base: KnowledgeBase, query: str, lang: str, article_id: str
) -> None:
    hits = knowledge_base.search(query, k=3, lang=lang)
    assert hits[0].id == article_id
    assert hits[0].lang == lang
    assert hits[0].confidence >= max(h.confidence for h in hits[1:])


def test_language_follows_the_question(knowledge_base: KnowledgeBase) -> None:
    assert knowledge_base.search("收費系統登不上了")[0].lang == "zh"
    assert knowledge_base.search("billing window cannot log in")[0].lang == "en"


def test_clinical_and_unrelated_questions_are_not_answered(knowledge_base: KnowledgeBase) -> None:
    for query, lang in [("该给这个病人加多少胰岛素", "zh"), ("who won the football match", "en")]:
        assert not knowledge_base.answer(query, lang, min_score=0.25).sure
    assert knowledge_base.answer("怎么重置忘记的密码", "zh", min_score=0.25).sure


def test_empty_query_is_refused(knowledge_base: KnowledgeBase) -> None:
    with pytest.raises(ValueError, match="empty"):
        knowledge_base.search("   ", lang="zh")


def test_articles_exist_in_both_languages() -> None:
    articles = load_articles()
    ids = {a.id for a in articles}
    assert len(articles) >= 20
    for article_id in ids:
        assert {a.lang for a in articles if a.id == article_id} == {"zh", "en"}


def test_broken_article_names_file_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.zh.md"
    bad.write_text("---\nid: x-1\nlang: zh\nsubsystem: billing\ntitle: t\n---\n1. step\n", "utf-8")
    with pytest.raises(ArticleError, match=r"bad\.zh\.md: field 'applies_to'"):
        parse_article(bad)


def test_index_is_stale_when_an_article_changes(tmp_path: Path) -> None:
    source = next(Path("knowledge_base/articles").rglob("*.zh.md"))
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / source.name).write_bytes(source.read_bytes())
    encoder = get_encoder("use")
    build_index(encoder, tmp_path / "index", articles)
    assert not is_stale(tmp_path / "index", encoder.name, articles)
    assert KnowledgeBase(encoder, tmp_path / "index", articles).search("printer", lang="en") == []
    (articles / source.name).write_text(source.read_text("utf-8") + "\n3. 新步骤\n", "utf-8")
    assert is_stale(tmp_path / "index", encoder.name, articles)
    assert is_stale(tmp_path / "index", "another-model", articles)


def test_sentence_transformers_backend_from_the_packaged_model(tmp_path: Path) -> None:
    encoder = get_encoder("sentence-transformers")
    build_index(encoder, tmp_path)
    kb = KnowledgeBase(encoder, tmp_path)
    assert encoder.encode(["printer"]).shape == (1, 384)
    hits = kb.search("I forgot my password and my account is locked", lang="en", method="dense")
    assert hits[0].id == "identity-001"


def test_nicknames_expand_to_system_names() -> None:
    table = AliasTable.load()
    assert "pacs" in table.expand("看片子的系统很慢").split()
    assert "lis" in table.expand("The lab system shows no results").split()
    assert table.expand("打开很慢") == "打开很慢"


def test_tokens_fold_traditional_characters_and_keep_error_codes() -> None:
    assert set(tokenize("收費系統")) == set(tokenize("收费系统"))
    assert "ora-01653" in tokenize("报错 ORA-01653 表空间")
    assert "print" in tokenize("Printing fails")


def test_gaps_merge_variants_and_hold_no_personal_data(base_settings: Settings) -> None:
    directory = base_settings.var_dir / "gaps-test"
    for question in ("食堂几点开饭？", "食堂幾點開飯", "食堂几点开饭"):
        record_gap(directory, question, "zh", None, 0.1)
    record_gap(directory, "患者:张伟 的床位费怎么退 13812345678", "zh", "his-002", 0.2)
    gaps = top_gaps(directory)
    assert gaps[0].count == 3
    stored = (directory / "gaps.jsonl").read_text(encoding="utf-8")
    assert "张伟" not in stored and "13812345678" not in stored


def test_two_unsure_articles_are_offered_only_when_close_and_likely_together() -> None:
    threshold = 0.6
    assert close_pair(0.4, 0.3, threshold)
    assert not close_pair(0.5, 0.2, threshold)  # the runner-up is far behind
    assert not close_pair(0.3, 0.25, threshold)  # even together less likely than a sure answer
