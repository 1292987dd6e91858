"""GPU-only checks (CUDA SDPA kernels, bf16 training on NCCL, Transformer Engine and FP8), run in one
process that sees the GPUs; skipped on a machine without one. See `cuda_worker.py`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import GPU_PRESENT, REPO, gpu_environment
from tests.gpu.cuda_worker import CHECKS

pytestmark = [pytest.mark.gpu, pytest.mark.skipif(not GPU_PRESENT, reason="needs a CUDA GPU")]


@pytest.fixture(scope="module")
def report(medical_data, tmp_path_factory) -> dict:
    work = tmp_path_factory.mktemp("cuda")
    proc = subprocess.run([sys.executable, "-m", "tests.gpu.cuda_worker", str(work / "report.json"),
                           medical_data.prefix, str(medical_data.tokenizer), str(work)],
                          cwd=REPO, env=gpu_environment(), capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-4000:]
    return json.loads((work / "report.json").read_text())


@pytest.mark.parametrize("name", list(CHECKS))
def test_cuda_check(report, name):
    result = report[name]
    if result["status"] == "skipped":
        pytest.skip(result["detail"])
    assert result["status"] == "passed", result["detail"]
    print(result["detail"])  # the figures (errors, MFU) in `pytest -rP` output
