"""Partners' returned tableaux de suivi: the signing key, the review, the import."""
