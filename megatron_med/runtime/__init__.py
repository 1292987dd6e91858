"""Distributed runtime: process groups (torchrun or SLURM), CPU mode, seeds."""
