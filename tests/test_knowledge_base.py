from pathlib import Path

import pytest

from knowledge_base.corpus import ArticleError, load_articles, parse_article
from knowledge_base.encoders import get_encoder
from knowledge_base.index import KnowledgeBase, build_index, is_stale

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
    assert hits[0].score > hits[1].score


def test_empty_query_is_refused(knowledge_base: KnowledgeBase) -> None:
    with pytest.raises(ValueError, match="empty"):
        knowledge_base.search("   ")


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
    source = next(Path("knowledge_base/articles").rglob("*.md"))
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / source.name).write_bytes(source.read_bytes())
    encoder = get_encoder("use")
    build_index(encoder, tmp_path / "index", articles)
    assert not is_stale(tmp_path / "index", encoder.name, articles)
    (articles / source.name).write_text(source.read_text("utf-8") + "\n3. 新步骤\n", "utf-8")
    assert is_stale(tmp_path / "index", encoder.name, articles)
    assert is_stale(tmp_path / "index", "another-model", articles)


def test_sentence_transformers_backend_from_the_packaged_model(tmp_path: Path) -> None:
    encoder = get_encoder("sentence-transformers")
    build_index(encoder, tmp_path)
    kb = KnowledgeBase(encoder, tmp_path)
    vector = encoder.encode(["printer"])
    assert vector.shape == (1, 384)
    assert (
        kb.search("I forgot my password and my account is locked", lang="en")[0].id
        == "identity-001"
    )
