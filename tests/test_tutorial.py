"""docs/writing-a-plugin.md works as written: its shell commands run, in order, in a fresh
virtual environment (needs the package index, as any first install does)."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from conftest import ROOT

DOC = ROOT / "docs" / "writing-a-plugin.md"


def shell_blocks(markdown: str) -> list[str]:
    """The ```sh blocks of a document, in order."""
    return re.findall(r"```sh\n(.*?)```", markdown, flags=re.S)


def test_tutorial_commands_run_in_a_fresh_venv(tmp_path: Path) -> None:
    blocks = shell_blocks(DOC.read_text(encoding="utf-8"))
    assert len(blocks) >= 3
    script = "set -euo pipefail\n" + "\n".join(blocks)
    env = {**os.environ, "VENV": str(tmp_path / "venv"), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("VIRTUAL_ENV", None)
    done = subprocess.run(
        ["bash", "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "ods" in done.stdout and "ogi-ods" in done.stdout
    assert "2019 {'prev_items': 153, 'change': -10, 'decisions': 3358}" in done.stdout
    assert re.search(r"\d+ passed", done.stdout)
