"""megatron_med: pretrain medical LLMs (Baichuan-M1 style) with megatron-core, on CPU or H100 clusters."""

__version__ = "0.1.0"
