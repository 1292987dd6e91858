"""Distributed runtime: process groups (torchrun or SLURM), CPU mode, seeds."""

import warnings

# megatron-core warns at import that apex/TE are absent; that is our supported CPU configuration.
warnings.filterwarnings("ignore", message="Transformer Engine and Apex are not installed")
warnings.filterwarnings("ignore", message="Apex is not installed")
warnings.filterwarnings("ignore", message="full scope is deprecated")
