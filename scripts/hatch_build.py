"""Hatch build hook: the wheel ships the gazetteer's prepared index, made from ``gazetteer/``, and the
lexicons' compiled regexes (``geomap.regex_cache``).

Without it, the first geomap command after installing builds the index into
the cache folder (1.4 s: a `gazetteer lookup` that otherwise takes 0.08 s), and
a machine whose home folder cannot be written builds it at every command.
``geomap.gazetteer._open_shipped`` uses the shipped file only when it was made
from exactly the installed data and code (a digest of their contents).

The build needs only the standard library (the build environment has nothing
but hatchling). Best effort: if the index cannot be built here, the wheel is
built without it, with a warning, and geomap builds the index on first use,
as it does from a checkout. Editable installs
read the checkout's ``gazetteer/`` and its cached index: nothing to ship.

The regexes are what a run of this code, on this interpreter (pip builds with the one
it installs for), compiles when it reads the notes in ``tests/data`` and the seeds: a
geomap run in a child process, its cache folder a temporary one. Best effort too:
without them, the first run compiles the lexicons (0.2-0.4 s) and keeps them in the
cache folder.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SHIPPED_AS = "geomap/_gazetteer/prepared.index"  # beside the data (pyproject: gazetteer -> geomap/_gazetteer)
REGEXES_AS = "geomap/_regexes"  # geomap.regex_cache.SHIPPED
WARM_UP_TEXTS = ("tests/data/terse_*.jsonl", "seeds")  # every lexicon's regexes are asked for (the sdist has tests/)


class PreparedIndexHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        self._folder = Path(tempfile.mkdtemp(prefix="geomap-index-"))
        target = self._folder / "prepared.index"
        sys.path.insert(0, str(root))
        try:
            from geomap.gazetteer import write_shipped_index

            write_shipped_index(root / "gazetteer", target)
        except Exception as exc:  # noqa: BLE001 - any failure only costs the first run its speed
            warnings.warn(f"geomap: the gazetteer's prepared index is not in this wheel ({type(exc).__name__}: "
                          f"{exc}); geomap will build it on first use")
            shutil.rmtree(self._folder, ignore_errors=True)
            return
        finally:
            sys.path.remove(str(root))
        build_data["force_include"][str(target)] = SHIPPED_AS
        store = self._compiled_regexes(root)
        if store is not None:
            build_data["force_include"][str(store)] = f"{REGEXES_AS}/{store.name}"

    def _compiled_regexes(self, root: Path) -> Path | None:
        """The regex store a geomap run over the warm-up texts leaves in its (temporary) cache folder."""
        texts = [str(path) for pattern in WARM_UP_TEXTS for path in sorted(root.glob(pattern))]
        cache = self._folder / "cache"
        env = {**os.environ, "GEOMAP_CACHE": str(cache),
               "PYTHONPATH": os.pathsep.join(filter(None, (str(root), os.environ.get("PYTHONPATH"))))}
        try:
            if not texts:
                raise FileNotFoundError(f"none of {', '.join(WARM_UP_TEXTS)} in {root}")
            run = subprocess.run([sys.executable, "-m", "geomap", "extract", *texts, "-q",
                                  "-o", str(self._folder / "warm-up.csv")],
                                 cwd=self._folder, env=env, capture_output=True, text=True, timeout=900)
            stores = list(cache.glob("regexes-*.pickle"))
            if len(stores) != 1:
                raise RuntimeError(f"the warm-up run left no regexes (exit {run.returncode}): "
                                   f"{run.stderr.strip()[-300:]}")
        except Exception as exc:  # noqa: BLE001 - any failure only costs the first run its speed
            warnings.warn(f"geomap: the lexicons' compiled regexes are not in this wheel ({type(exc).__name__}: "
                          f"{exc}); the first run will compile them")
            return None
        return stores[0]

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        folder = getattr(self, "_folder", None)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
