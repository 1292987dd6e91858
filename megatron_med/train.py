"""`torchrun ... -m megatron_med.train CONFIG.yaml [key=value ...]` (or `megatron-med train ...`, or
under `srun` without torchrun): validate the config, join the process group, train."""

from __future__ import annotations

import argparse
import sys

from megatron_med.config import ConfigError, dump_config, load_config
from megatron_med.config.validate import validate
from megatron_med.models import validate_model
from megatron_med.runtime.distributed import init_distributed, read_launch_env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="megatron-med train", description=__doc__)
    parser.add_argument("config", help="run YAML file (see examples/configs/)")
    parser.add_argument("overrides", nargs="*", help="key.sub=value overrides, e.g. parallel.tp=2")
    parser.add_argument("--print-config", action="store_true", help="print the effective config and exit")
    args = parser.parse_args(argv)

    launch = read_launch_env()
    try:
        config = load_config(args.config, args.overrides)
        warnings = validate(config, launch.world_size)  # before any process group exists
        validate_model(config, launch.world_size)
    except (ConfigError, FileNotFoundError) as exc:
        print(f"megatron-med train: {exc}", file=sys.stderr)
        return 2
    if launch.rank == 0:
        for warning in warnings:
            print(f"warning: {warning}", file=sys.stderr)
        print(dump_config(config), flush=True)
    if args.print_config:
        return 0

    import torch

    from megatron_med.training.loop import train

    init_distributed(launch, backend=config.parallel.backend)
    try:
        train(config)
    finally:
        torch.distributed.destroy_process_group()
    return 0


if __name__ == "__main__":  # the guard matters: dist_checkpointing.save spawns a manager process
    sys.exit(main())
