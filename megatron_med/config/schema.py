"""Run configuration: one dataclass per concern, one `RunConfig` per run (one YAML file)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ModelConfig:
    """Decoder shape. `preset` fills every field it names; explicit fields override the preset."""

    preset: str | None = None
    family: str = "llama"  # a name registered in megatron_med.models (llama, baichuan-m1, ...)
    num_layers: int = 2
    hidden_size: int = 64
    ffn_hidden_size: int = 176
    num_attention_heads: int = 4
    num_query_groups: int = 2  # KV heads (GQA); == num_attention_heads means plain MHA
    kv_channels: int | None = None  # head dim; None means hidden_size // num_attention_heads
    vocab_size: int | None = None  # None: taken from the tokenizer
    make_vocab_size_divisible_by: int = 128
    max_position_embeddings: int = 4096
    rotary_base: float = 10000.0
    norm_epsilon: float = 1e-6
    init_method_std: float = 0.02
    untie_embeddings_and_output_weights: bool = True
    # Layer implementation: "auto" = Transformer Engine on GPU when importable, local otherwise.
    transformer_impl: str = "auto"
    # Core attention of the local layers: "sdpa" (torch's flash / memory-efficient kernels), "unfused"
    # (megatron-core's DotProductAttention; M1's sliding layers block-banded), "flex" (sdpa, and M1's
    # sliding layers through FlexAttention, packed documents included; CUDA only), "auto" = flex
    # with a CUDA GPU of compute capability 8.0+, sdpa with an older one, unfused on CPU.
    local_attention: str = "auto"
    fp8: str | None = None  # None, "hybrid" or "e4m3" (Transformer Engine on H100 only)
    recompute_granularity: str | None = None  # None, "full" or "selective"
    recompute_num_layers: int = 1
    # Family-specific switches (e.g. Baichuan-M1's short conv, NormHead, attention pattern); the
    # family validates them, so ablations are one line: model.family_options.short_conv=false
    family_options: dict = field(default_factory=dict)


@dataclass
class ParallelConfig:
    """Layout: world size must equal tp * pp * dp."""

    tp: int = 1
    pp: int = 1
    vpp: int | None = None  # virtual pipeline stages per rank (interleaved 1F1B)
    dp: int | None = None  # None: world_size // (tp * pp)
    sequence_parallel: bool = False
    use_distributed_optimizer: bool = False
    overlap_grad_reduce: bool = False
    overlap_param_gather: bool = False
    backend: str = "auto"  # auto: nccl with CUDA, gloo without


@dataclass
class DataConfig:
    """Indexed datasets (prefixes of .bin/.idx pairs) read by megatron-core's GPTDataset."""

    paths: list[str] = field(default_factory=list)  # prefixes; optionally [w1, p1, w2, p2, ...]
    split: str = "98,2,0"  # train, valid, test weights
    tokenizer: str | None = None  # path to a .tiktoken file (see megatron_med.tokenizer)
    seq_length: int = 128
    reset_position_ids: bool = False
    reset_attention_mask: bool = False
    eod_mask_loss: bool = False
    cache_dir: str | None = None  # None: <run dir>/data_cache
    num_workers: int = 0
    mock: bool = False  # synthetic tokens (megatron-core MockGPTDataset), for smoke runs only


@dataclass
class OptimizerConfig:
    lr: float = 3e-4
    min_lr: float = 3e-5
    weight_decay: float = 0.1
    adam_beta1: float = 0.9
    adam_beta2: float = 0.95
    adam_eps: float = 1e-8
    clip_grad: float = 1.0


@dataclass
class ScheduleConfig:
    """Learning-rate schedule: linear warmup, then cosine/linear/constant decay or WSD."""

    warmup_steps: int = 0
    decay_style: str = "cosine"  # cosine, linear, constant, WSD
    decay_steps: int | None = None  # steps over which warmup + decay run; None: training.train_steps
    wsd_decay_steps: int | None = None  # WSD: length of the final decay phase
    wsd_decay_style: str = "linear"  # WSD decay shape: linear, cosine, exponential, minus_sqrt


@dataclass
class TrainingConfig:
    train_steps: int = 20
    global_batch_size: int = 8
    micro_batch_size: int = 2
    seed: int = 1234
    precision: str = "auto"  # auto: bf16 with CUDA, fp32 on CPU; or bf16, fp16, fp32
    eval_interval: int = 0  # 0: no validation
    eval_steps: int = 2


@dataclass
class CheckpointConfig:
    save: str | None = None
    load: str | None = None
    save_interval: int = 0


@dataclass
class LoggingConfig:
    log_interval: int = 1
    tensorboard: bool = True
    device_peak_tflops: float | None = None  # None: looked up from the device name


@dataclass
class RunConfig:
    """Everything a run needs. `output_dir` receives config.yaml, train_log.jsonl, tensorboard/."""

    name: str = "run"
    output_dir: str = "runs/run"
    model: ModelConfig = field(default_factory=ModelConfig)
    parallel: ParallelConfig = field(default_factory=ParallelConfig)
    data: DataConfig = field(default_factory=DataConfig)
    optimizer: OptimizerConfig = field(default_factory=OptimizerConfig)
    schedule: ScheduleConfig = field(default_factory=ScheduleConfig)
    training: TrainingConfig = field(default_factory=TrainingConfig)
    checkpoint: CheckpointConfig = field(default_factory=CheckpointConfig)
    logging: LoggingConfig = field(default_factory=LoggingConfig)
