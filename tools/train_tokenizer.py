"""Entry point, same flags as `megatron-med train-tokenizer`."""

import sys

from megatron_med.tokenizer.train import main

if __name__ == "__main__":
    sys.exit(main())
