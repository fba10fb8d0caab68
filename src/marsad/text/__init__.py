"""Text layer: normalized view, tokens, sentences, clitic segmentation."""
