"""Megatron-LM-compatible entry point: `python tools/preprocess_data.py --input ... --output-prefix ...`."""

import sys

from megatron_med.data.preprocess.cli import main

if __name__ == "__main__":
    sys.exit(main())
