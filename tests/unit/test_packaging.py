"""The container installs exactly the package's requirements (minus torch, which NGC provides)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess

import pytest

from tests.conftest import REPO


def _install_requires() -> set[str]:
    tree = ast.parse((REPO / "setup.py").read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "install_requires":
            return {ast.literal_eval(item) for item in node.value.elts}
    raise AssertionError("setup.py has no install_requires")


def test_dockerfile_requirements_match_setup_py():
    dockerfile = (REPO / "Dockerfile").read_text()
    install = dockerfile.split("RUN pip install", 1)[1].split("&& pip install", 1)[0]
    in_image = set(re.findall(r'"([^"]+)"', install))
    expected = {r for r in _install_requires() if not r.startswith("torch")}
    assert in_image == expected


@pytest.mark.skipif(shutil.which("hadolint") is None and not (REPO / ".venv/bin/hadolint").exists(),
                    reason="hadolint not installed")
def test_dockerfile_lints_clean():
    binary = shutil.which("hadolint") or str(REPO / ".venv/bin/hadolint")
    proc = subprocess.run([binary, str(REPO / "Dockerfile")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
