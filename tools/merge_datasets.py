"""Megatron-LM-compatible entry point: `python tools/merge_datasets.py --input DIR --output-prefix OUT`."""

import sys

from megatron_med.data.preprocess.merge import main

if __name__ == "__main__":
    sys.exit(main())
