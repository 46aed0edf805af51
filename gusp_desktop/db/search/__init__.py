"""Full-text search index: text analysis, documents built from rows, engine structures."""
