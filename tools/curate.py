"""Curate JSONL for pretraining; same flags as `megatron-med curate` (see --help)."""

import sys

from megatron_med.curate.cli import main

if __name__ == "__main__":
    sys.exit(main())
