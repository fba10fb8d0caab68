"""Quotes: who said what — direct, indirect and mixed statements with their speakers.

`find_quotes(text, sentences, entities)` (pure, `marsad.quotes.extract`) finds them on a string;
the ``quotes`` pipeline component (`marsad.quotes.component.QuoteFinder`) writes them to an article.
"""
