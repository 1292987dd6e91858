"""torchrun worker: train several parallel layouts in one process group, from the same weights.

Usage: torchrun --nproc-per-node N tests/distributed/parity_worker.py SPEC.json
SPEC: {"config": yaml, "base": [overrides], "layouts": {name: [overrides]}, "workdir": dir,
       "save_initial_weights": dir or null, "results": json path}
With save_initial_weights, the base layout first writes freshly initialised weights there;
every layout then loads `checkpoint.load` from the base overrides, so all start equal.
"""

import json
import sys
from pathlib import Path

import torch

from megatron_med.checkpoint.model_weights import save_model_weights
from megatron_med.config import load_config
from megatron_med.runtime.distributed import init_distributed, init_model_parallel, set_seed
from megatron_med.training.data import padded_vocab_size, tokenizer_info
from megatron_med.training.loop import train
from megatron_med.training.setup import build_model


def save_initial_weights(config, directory: str) -> None:
    init_model_parallel(config.parallel)
    set_seed(config.training.seed)
    vocab = padded_vocab_size(tokenizer_info(config).vocab_size, config)
    save_model_weights(build_model(config, vocab), directory)


def main() -> None:
    spec = json.loads(Path(sys.argv[1]).read_text())
    init_distributed()
    if spec.get("save_initial_weights"):
        save_initial_weights(load_config(spec["config"], spec["base"]), spec["save_initial_weights"])
    results = {}
    for name, overrides in spec["layouts"].items():
        extra = [f"output_dir={spec['workdir']}/{name}"]
        state = train(load_config(spec["config"], spec["base"] + overrides + extra))
        results[name] = [{"loss": r["loss"], "grad_norm": r["grad_norm"]} for r in state.history]
    if torch.distributed.get_rank() == 0:
        Path(spec["results"]).write_text(json.dumps(results, indent=1))
    torch.distributed.destroy_process_group()


if __name__ == "__main__":
    main()
