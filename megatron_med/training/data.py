"""Batches for the training loop: megatron-core GPTDataset splits, sliced per data-parallel rank."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import torch

from megatron_med.config.load import ConfigError
from megatron_med.config.schema import RunConfig


@dataclass(frozen=True)
class TokenizerInfo:
    """The two facts GPTDataset needs from a tokenizer."""

    vocab_size: int
    eod: int

    @property
    def unique_identifiers(self) -> dict:
        """Part of megatron-core's dataset-cache key."""
        return {"class": "TokenizerInfo", "vocab_size": self.vocab_size, "eod": self.eod}


def tokenizer_info(config: RunConfig) -> TokenizerInfo:
    """Vocabulary size and end-of-document id, from `data.tokenizer` or `model.vocab_size`."""
    if config.data.tokenizer:
        from megatron_med.tokenizer import load_tokenizer

        tok = load_tokenizer(config.data.tokenizer)
        return TokenizerInfo(vocab_size=tok.vocab_size, eod=tok.eod)
    if config.model.vocab_size is None:
        raise ConfigError("set data.tokenizer or model.vocab_size")
    return TokenizerInfo(vocab_size=config.model.vocab_size, eod=config.model.vocab_size - 1)


def padded_vocab_size(vocab_size: int, config: RunConfig) -> int:
    """Round the vocabulary up so each TP rank holds an equal, aligned slice (as Megatron-LM does)."""
    multiple = config.model.make_vocab_size_divisible_by * config.parallel.tp
    return -(-vocab_size // multiple) * multiple


def _blend(paths: list) -> tuple[list[str], list[float] | None]:
    if paths and not isinstance(paths[0], str):  # [w1, p1, w2, p2, ...]
        if len(paths) % 2:
            raise ConfigError("data.paths: a weighted blend needs pairs: [w1, prefix1, w2, prefix2, ...]")
        return [str(p) for p in paths[1::2]], [float(w) for w in paths[0::2]]
    for prefix in paths:
        for suffix in (".bin", ".idx"):
            if not Path(prefix + suffix).is_file():
                raise ConfigError(f"data.paths: {prefix + suffix} does not exist (give dataset prefixes, "
                                  "without .bin/.idx)")
    return list(paths), None


def build_datasets(config: RunConfig, tokenizer: TokenizerInfo):
    """Train/valid GPTDatasets sized for the whole run (built on rank 0 first, cached on disk)."""
    from megatron.core import parallel_state
    from megatron.core.datasets.blended_megatron_dataset_builder import BlendedMegatronDatasetBuilder
    from megatron.core.datasets.gpt_dataset import GPTDataset, GPTDatasetConfig, MockGPTDataset

    d, t = config.data, config.training
    evals = (t.train_steps // t.eval_interval + 1) * t.eval_steps if t.eval_interval else 0
    sizes = [t.train_steps * t.global_batch_size, evals * t.global_batch_size, 0]
    cache = d.cache_dir or str(Path(config.output_dir) / "data_cache")
    dataset_config = GPTDatasetConfig(
        random_seed=t.seed,
        sequence_length=d.seq_length,
        blend=None if d.mock else _blend(d.paths),
        split=d.split,
        path_to_cache=None if d.mock else cache,
        tokenizer=tokenizer,
        reset_position_ids=d.reset_position_ids,
        reset_attention_mask=d.reset_attention_mask,
        eod_mask_loss=d.eod_mask_loss,
        # A [s, s] mask is only needed when documents restart inside a sample; causal is implicit.
        create_attention_mask=d.reset_attention_mask,
        mid_level_dataset_surplus=0.005,
    )
    cls = MockGPTDataset if d.mock else GPTDataset
    train, valid, _ = BlendedMegatronDatasetBuilder(
        cls, sizes, lambda: parallel_state.get_tensor_model_parallel_rank() >= 0, dataset_config
    ).build()
    return train, valid


def batch_iterator(dataset, config: RunConfig, dp_rank: int, dp_size: int,
                   consumed_samples: int = 0) -> Iterator[dict[str, torch.Tensor]]:
    """Micro-batches for this DP rank, in global-batch order from `consumed_samples` on.

    Global batch g holds samples [g*G, (g+1)*G); DP rank r takes the r-th contiguous slice, cut into
    micro-batches. The order depends only on the sample count, so a layout change or a resume
    replays exactly the same samples.
    """
    t = config.training
    per_rank = t.global_batch_size // dp_size
    start = consumed_samples
    while start + t.global_batch_size <= len(dataset):
        first = start + dp_rank * per_rank
        for mb in range(per_rank // t.micro_batch_size):
            lo = first + mb * t.micro_batch_size
            samples = [dataset[i] for i in range(lo, lo + t.micro_batch_size)]
            yield {key: torch.stack([s[key] for s in samples]) for key in samples[0]}
        start += t.global_batch_size
