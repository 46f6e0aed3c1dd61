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


def machine(*, load: bool = False) -> str:
    """One line naming the machine: cores, CPU model, Python, and (``load``) the load average,
    since other work on a shared machine slows wall-clock figures."""
    import os

    text = (f"nproc {len(os.sched_getaffinity(0))} ({os.cpu_count()} CPUs), {cpu_model()}, "
            f"Python {platform.python_version()}")
    if load:
        text += ", load average " + "/".join(f"{x:.1f}" for x in os.getloadavg())
    return text
