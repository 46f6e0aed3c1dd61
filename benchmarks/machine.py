"""The machine a benchmark ran on, named in its output (figures mean little without it).

Imported by the benchmark scripts, which run as ``python benchmarks/NAME.py`` (so this folder
is on ``sys.path``).
"""
from __future__ import annotations

import platform


def cpu_model() -> str:
    """The processor's model name (from /proc/cpuinfo on Linux)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"
