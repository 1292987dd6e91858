"""Baichuan-M1 as a megatron-core GPTModel: M1 layers, no shared RoPE table, NormHead output."""

from __future__ import annotations

from megatron.core.models.gpt import GPTModel

from megatron_med.config.schema import RunConfig
from megatron_med.models.baichuan_m1.config import parse_options
from megatron_med.models.baichuan_m1.layer_config import m1_transformer_config
from megatron_med.models.baichuan_m1.layer_spec import local_layer_spec, te_layer_spec
from megatron_med.models.baichuan_m1.norm_head import NormHead
from megatron_med.models.block_spec import decoder_block_spec
from megatron_med.models.transformer_config import use_sdpa, use_transformer_engine


class M1Model(GPTModel):
    """GPTModel whose layers apply RoPE themselves (head_dim differs per layer, positions may restart).

    GPTModel builds one rotary table from the top-level head_dim and ignores position ids; here the
    model is built without position embeddings and the decoder receives the position ids [b, s] in
    the `rotary_pos_emb` slot, which M1SelfAttention turns into its own rotary angles.
    """

    def __init__(self, *args, norm_head: bool = True, **kwargs):
        super().__init__(*args, position_embedding_type="none", **kwargs)
        if norm_head and self.post_process:
            self.output_layer = NormHead.adopt(self.output_layer)

    def _preprocess(self, input_ids, position_ids, *args, **kwargs):
        outputs = super()._preprocess(input_ids, position_ids, *args, **kwargs)
        return (outputs[0], position_ids, *outputs[2:])


def build(config: RunConfig, vocab_size: int, pre_process: bool, post_process: bool,
          vp_stage: int | None = None) -> M1Model:
    """One pipeline chunk of Baichuan-M1 (embedding on the first stage, NormHead on the last)."""
    model, options = config.model, parse_options(config.model)
    use_te = use_transformer_engine(model)
    transformer_config = m1_transformer_config(config)
    if use_te:
        layer_spec = te_layer_spec(options.short_conv)
    else:
        layer_spec = local_layer_spec(options.short_conv, use_sdpa(model))
    return M1Model(
        config=transformer_config,
        transformer_layer_spec=decoder_block_spec(transformer_config, [layer_spec] * model.num_layers, use_te,
                                                  vp_stage),
        vocab_size=vocab_size,
        max_sequence_length=model.max_position_embeddings,
        pre_process=pre_process,
        post_process=post_process,
        share_embeddings_and_output_weights=not model.untie_embeddings_and_output_weights,
        vp_stage=vp_stage,
        norm_head=options.norm_head,
    )
