"""Every command of the README runs, in the order written, in a fresh folder.

The README's fenced code blocks are read top to bottom: shell blocks (no language, ``sh``,
``console``) give one command per line, or, when some lines start with ``$ ``, those lines
are the commands and the lines after each are the output it must print (``...`` on its own
stands for any lines, a line ending in ``...`` for any end of line). ``python`` blocks run
as scripts. A block right after ``<!-- readme-test: skip (why) -->`` is not run (the
install line, the test suite, benchmarks, examples of the reader's own files).

Commands run with ``bash`` in a temporary folder holding a copy of ``examples/`` and an
empty ``output/``, with the installed ``geomap`` first on PATH; each must exit 0 and every
file it names (``-o``, ``--png``, ``--geojson``, ``--export``, ``>``) must exist afterwards.
"""
from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import bundled_env

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SKIP = re.compile(r"<!--\s*readme-test:\s*skip\b")
SHELL_LANGUAGES = {"", "sh", "bash", "console", "shell"}
OUTPUT_OPTIONS = {"-o", "--output", "--png", "--geojson", "--export", ">"}

pytestmark = pytest.mark.slow


@dataclass
class Step:
    """One command of the README, the line it is on, and the output it must print (if shown)."""
    kind: str  # "shell" or "python"
    code: str
    line: int
    expected: list[str] | None = None
    outputs: list[str] = field(default_factory=list)


def _blocks(text: str):
    """(language, first line number, lines, skipped) of each fenced code block."""
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = re.match(r"^```(\w*)\s*$", lines[i])
        if not m:
            i += 1
            continue
        before = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "")
        start = i + 1
        i += 1
        while i < len(lines) and not lines[i].startswith("```"):
            i += 1
        yield m.group(1).lower(), start + 1, lines[start:i], bool(SKIP.search(before))
        i += 1


def _files_named(command: str) -> list[str]:
    try:
        words = shlex.split(command, comments=True)
    except ValueError:
        return []
    return [words[k + 1] for k, w in enumerate(words[:-1]) if w in OUTPUT_OPTIONS]


def readme_steps(text: str) -> list[Step]:
    steps: list[Step] = []
    for language, first, lines, skipped in _blocks(text):
        if skipped:
            continue
        if language == "python":
            steps.append(Step("python", "\n".join(lines), first))
            continue
        if language not in SHELL_LANGUAGES:
            continue
        prompted = any(x.startswith("$ ") for x in lines)
        for k, raw in enumerate(lines):
            if prompted:
                if not raw.startswith("$ "):
                    continue
                command = raw[2:]
                rest = lines[k + 1:]
                end = next((n for n, x in enumerate(rest) if x.startswith("$ ")), len(rest))
                expected = rest[:end]
            else:
                command, expected = raw, None
            if not command.strip() or command.lstrip().startswith("#"):
                continue
            steps.append(Step("shell", command, first + k, expected or None, _files_named(command)))
    return steps


def matches(expected: list[str], actual: list[str]) -> bool:
    """True when ``actual`` lines fit ``expected``: ``...`` alone is any lines, a trailing
    ``...`` any end of line; other lines are equal after trailing spaces."""
    if not expected:
        return not actual
    head, rest = expected[0].rstrip(), expected[1:]
    if head.strip() == "...":
        return any(matches(rest, actual[n:]) for n in range(len(actual) + 1))
    if not actual:
        return False
    line = actual[0].rstrip()
    ok = line.startswith(head[:-3].rstrip()) if head.endswith("...") else line == head
    return ok and matches(rest, actual[1:])


def _geomap_bin() -> Path | None:
    beside = Path(sys.executable).parent / "geomap"
    if beside.is_file():
        return beside.parent
    found = shutil.which("geomap")
    return Path(found).parent if found else None


def test_readme_commands_are_found():
    """The parser sees the README's commands (so the run below cannot pass on nothing)."""
    steps = readme_steps(README.read_text(encoding="utf-8"))
    commands = [s.code for s in steps]
    assert len(steps) >= 12, commands
    for word in ("geomap map ", "geomap extract ", "geomap geocode ", "geomap frontier ", "| geomap "):
        assert any(word in c for c in commands), word
    assert any(s.kind == "python" for s in steps)
    assert not any("pip install" in c or "pytest" in c for c in commands)


def test_output_matching():
    assert matches(["a", "...", "z"], ["a", "b", "c", "z"])
    assert matches(["Thailand (THA): 652 km ...", "..."], ["Thailand (THA): 652 km of frontier", "x"])
    assert not matches(["a", "b"], ["a", "c"])
    assert not matches(["a"], ["a", "extra"])


def test_every_readme_command_runs_in_order(tmp_path):
    bindir = _geomap_bin()
    if bindir is None:
        pytest.skip("no installed `geomap` command (pip install -e .)")
    work = tmp_path / "work"
    shutil.copytree(ROOT / "examples", work / "examples")
    (work / "output").mkdir()
    env = bundled_env()
    env["PATH"] = f"{bindir}:{env.get('PATH', '')}"
    env["GEOMAP_CHROMIUM"] = env.get("GEOMAP_CHROMIUM", "none")  # --png: the static drawing is enough here
    ran = 0
    for step in readme_steps(README.read_text(encoding="utf-8")):
        where = f"README.md line {step.line}: {step.code.splitlines()[0]}"
        if step.kind == "python":
            script = tmp_path / f"readme_{step.line}.py"
            script.write_text(step.code, encoding="utf-8")
            proc = subprocess.run([sys.executable, str(script)], cwd=work, env=env, capture_output=True,
                                  text=True, encoding="utf-8", timeout=600)
        else:
            proc = subprocess.run(["bash", "-o", "pipefail", "-c", step.code], cwd=work, env=env,
                                  capture_output=True, text=True, encoding="utf-8", timeout=600)
        assert proc.returncode == 0, f"{where}\nexit {proc.returncode}\n{proc.stderr[-3000:]}"
        assert "Traceback" not in proc.stderr, f"{where}\n{proc.stderr[-3000:]}"
        for name in step.outputs:
            path = work / name
            assert path.is_file() and path.stat().st_size > 0, f"{where}: {name} was not written"
        if step.expected is not None:
            actual = proc.stdout.splitlines()
            assert matches(step.expected, actual), (f"{where}: the README shows\n" + "\n".join(step.expected)
                                                    + "\nbut it prints\n" + proc.stdout)
        ran += 1
    assert ran >= 12
