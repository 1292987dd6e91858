"""Run configuration: dataclasses, YAML loading with overrides, validation."""

from megatron_med.config.load import (
    ConfigError,
    apply_overrides,
    dump_config,
    from_dict,
    load_config,
    to_dict,
)
from megatron_med.config.schema import (
    CheckpointConfig,
    DataConfig,
    LoggingConfig,
    ModelConfig,
    OptimizerConfig,
    ParallelConfig,
    RunConfig,
    ScheduleConfig,
    TrainingConfig,
)

__all__ = [
    "CheckpointConfig", "ConfigError", "DataConfig", "LoggingConfig", "ModelConfig", "OptimizerConfig",
    "ParallelConfig", "RunConfig", "ScheduleConfig", "TrainingConfig", "apply_overrides", "dump_config",
    "from_dict", "load_config", "to_dict",
]
