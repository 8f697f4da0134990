"""Knowledge base: support articles, their embeddings in FAISS, and search over them."""
