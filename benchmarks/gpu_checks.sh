#!/usr/bin/env bash
# What only a GPU can show, in one pass on one CUDA GPU (about 5 minutes on an H100):
#   1. the GPU checks of the test suite (tests/gpu: CUDA SDPA kernels against the CPU reference,
#      FlexAttention's window against the masked SDPA path, bf16 training on NCCL with a checkpoint
#      round trip, Transformer Engine and FP8 where installed), beside the model and training-loop tests;
#   2. benchmarks/model_throughput.py --device gpu: baichuan-m1-1b against llama-1b (tokens/s, TFLOP/s,
#      MFU), with each M1 feature switched off and with each sliding-window kernel, then with packed
#      documents (with both window kernels again).
# Logs are written to $LOG_DIR (default: gpu_checks/). Exit status: 0 when every step passed.
set -uo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
LOG_DIR=${LOG_DIR:-gpu_checks}
mkdir -p "$LOG_DIR"
export PYTHONUNBUFFERED=1
nvidia-smi -L
"$PYTHON" -c 'import sys, torch; print("python", sys.version.split()[0], "torch", torch.__version__,
                                          "CUDA", torch.version.cuda, torch.cuda.get_device_name())'
status=0
"$PYTHON" -m pytest -q -rsP tests/gpu tests/models tests/unit 2>&1 | tee "$LOG_DIR/pytest.log" || status=1
"$PYTHON" benchmarks/model_throughput.py --device gpu --ablations --window-kernels --rounds 2 2>&1 \
    | tee "$LOG_DIR/model_throughput.log" || status=1
"$PYTHON" benchmarks/model_throughput.py --device gpu --packed --window-kernels --rounds 2 2>&1 \
    | tee "$LOG_DIR/model_throughput_packed.log" || status=1
exit $status
