"""JSONL corpora -> megatron-core indexed datasets (.bin/.idx): streaming, parallel, deterministic."""
