"""Input/output shared by the data tools (curation, tokenizer training, preprocessing)."""
