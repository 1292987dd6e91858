"""Data: real-text corpora, indexed datasets, batches."""
