"""Ways in: decoding and reading articles from files, folders, JSON Lines and standard input."""
