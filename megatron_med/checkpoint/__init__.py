"""Checkpoints (megatron-core dist_checkpointing)."""
