"""Throughput of Baichuan-M1 against the Llama-style model of the same width and depth, in one run.

    python benchmarks/model_throughput.py                 # CPU: baichuan-m1-tiny vs llama-tiny-h128
    python benchmarks/model_throughput.py --ablations     # + M1 with each feature switched off
    python benchmarks/model_throughput.py --packed        # documents restart inside samples (both models)
    python benchmarks/model_throughput.py --device gpu    # baichuan-m1-1b vs llama-1b: TFLOP/s and MFU
    python benchmarks/model_throughput.py --device gpu --window-kernels  # + M1's window as an SDPA mask / in Flex

Each model trains with megatron_med's own loop (DDP, Megatron optimizer, mock tokens) on one process;
models are measured in alternating rounds so drifts in machine load hit them alike. The first
`--warmup` steps of each round are dropped; the table shows the median and the best (minimum) step
time, and the ratios use the best step, the estimate least disturbed by other load on a shared
machine (the median ratio is printed too). TFLOP/s and MFU are at the best step. TFLOP/s count
model FLOPs (megatron_med.training.flops): M1's sliding-window layers count fewer attention FLOPs.
Peak GB is the GPU memory each model allocated (on CPU: the process's peak resident size so far).
Without Transformer Engine, `model.local_attention=unfused` (an override) times megatron-core's
unfused attention instead of SDPA.
Goal: M1 features cost at most 10% of throughput (tokens/s) against the baseline.
"""

from __future__ import annotations

import argparse
import gc
import socket
import statistics
import sys
import tempfile

import torch

GOAL = 0.10
SETUPS = {  # device -> (M1 preset, baseline preset, seq_length, micro batch, global batch, vocab)
    "cpu": ("baichuan-m1-tiny", "llama-tiny-h128", 256, 4, 8, 1024),
    "gpu": ("baichuan-m1-1b", "llama-1b", 4096, 2, 4, 32000),
}
WINDOW_KERNELS = {
    "m1 window as SDPA mask": ["model.local_attention=sdpa"],
    "m1 window in FlexAttention": ["model.local_attention=flex"],
}
ABLATIONS = {
    "m1 -short_conv": ["model.family_options.short_conv=false"],
    "m1 -norm_head": ["model.family_options.norm_head=false"],
    "m1 all global": ["model.family_options.layer_pattern=G"],
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _measure(preset: str, extra: list[str], args, setup, workdir: str) -> list[dict]:
    from megatron_med.config import load_config
    from megatron_med.training.loop import train

    _, _, _, micro, global_batch, vocab = setup
    seq = args.seq_length
    config = load_config(None, [
        f"model.preset={preset}", f"model.vocab_size={vocab}", "data.mock=true", f"data.seq_length={seq}",
        f"model.max_position_embeddings={max(seq, 1024)}", f"training.train_steps={args.warmup + args.steps}",
        f"training.micro_batch_size={micro}", f"training.global_batch_size={global_batch}",
        "training.eval_interval=0", "logging.tensorboard=false", f"logging.log_interval={10**6}",
        f"output_dir={workdir}/{preset}", *(["data.reset_position_ids=true", "data.reset_attention_mask=true"]
                                            if args.packed else []), *extra, *args.override,
    ])
    gc.collect()  # the previous model's DDP hooks hold reference cycles: free its memory before the next
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats()
    return list(train(config).history)[args.warmup:]


def _summary(records: list[dict]) -> dict:
    best = min(records, key=lambda r: r["step_time_s"])
    return {"median_s": statistics.median(r["step_time_s"] for r in records), "best_s": best["step_time_s"],
            "tokens_per_s": best["tokens_per_s"], "tflops": best["tflops_per_device"], "mfu": best["mfu"],
            "peak_gb": max(r["peak_mem_gb"] for r in records)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--device", choices=["auto", "cpu", "gpu"], default="auto")
    parser.add_argument("--steps", type=int, default=8, help="measured steps per round")
    parser.add_argument("--warmup", type=int, default=2, help="steps dropped at the start of each round")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds per model")
    parser.add_argument("--seq-length", type=int, help="default: 256 on CPU, 4096 on GPU")
    parser.add_argument("--packed", action="store_true", help="reset positions/attention at EOD tokens")
    parser.add_argument("--ablations", action="store_true", help="also time M1 with each feature off")
    parser.add_argument("--window-kernels", action="store_true",
                        help="also time M1 with its sliding window as an SDPA mask and in FlexAttention "
                             "(model.local_attention=sdpa / flex; GPU without Transformer Engine)")
    parser.add_argument("override", nargs="*", help="extra key=value config overrides for every model")
    args = parser.parse_args(argv)
    device = args.device if args.device != "auto" else ("gpu" if torch.cuda.is_available() else "cpu")
    if device == "gpu" and not torch.cuda.is_available():
        print("error: --device gpu but CUDA is not available", file=sys.stderr)
        return 2
    setup = SETUPS[device]
    args.seq_length = args.seq_length or setup[2]
    m1, baseline = setup[0], setup[1]
    runs = {f"{baseline} (baseline)": (baseline, []), m1: (m1, [])}
    if args.ablations:
        runs.update({name: (m1, extra) for name, extra in ABLATIONS.items()})
    if args.window_kernels:
        runs.update({name: (m1, extra) for name, extra in WINDOW_KERNELS.items()})

    from megatron_med.runtime.distributed import LaunchEnv, init_distributed

    init_distributed(LaunchEnv(0, 1, 0, "127.0.0.1", _free_port(), "single"))
    records: dict[str, list[dict]] = {name: [] for name in runs}
    with tempfile.TemporaryDirectory() as workdir:
        for round_index in range(args.rounds):
            for name, (preset, extra) in runs.items():
                print(f"round {round_index + 1}/{args.rounds}: {name}", file=sys.stderr, flush=True)
                records[name] += _measure(preset, extra, args, setup, workdir)
    torch.distributed.destroy_process_group()

    name = torch.cuda.get_device_name() if device == "gpu" else f"CPU, {torch.get_num_threads()} threads"
    print(f"\nmodel throughput on {name}: seq {args.seq_length}, global batch {setup[4]}, vocab {setup[5]}, "
          f"{'packed documents' if args.packed else 'no document resets'}, {args.rounds} rounds x "
          f"{args.steps} steps")
    base = _summary(records[f"{baseline} (baseline)"])
    print(f"{'model':<28}{'median ms':>10}{'best ms':>10}{'tokens/s':>12}{'TFLOP/s':>10}{'MFU':>8}{'peak GB':>9}"
          f"{'speed vs baseline (best, median)':>34}")
    for run_name in runs:
        s = _summary(records[run_name])
        mfu = f"{s['mfu']:.1%}" if s["mfu"] is not None else "-"
        print(f"{run_name:<28}{s['median_s'] * 1e3:>10.1f}{s['best_s'] * 1e3:>10.1f}{s['tokens_per_s']:>12,.0f}"
              f"{s['tflops']:>10.3f}{mfu:>8}{s['peak_gb']:>9.1f}{base['best_s'] / s['best_s']:>24.3f}x"
              f"{base['median_s'] / s['median_s']:>9.3f}x")
    print()
    for name in [m1, *(WINDOW_KERNELS if args.window_kernels else [])]:
        cost = 1 - base["best_s"] / _summary(records[name])["best_s"]
        verdict = "meets" if cost <= GOAL else "misses"
        print(f"{name}: M1 features cost {cost:+.1%} of throughput (best step) against {baseline}: {verdict} the "
              f"<= {GOAL:.0%} goal")
    return 0


if __name__ == "__main__":
    sys.exit(main())
