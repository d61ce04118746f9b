"""Hatch build hook: the wheel ships the shipped gazetteer's prepared index, made from ``gazetteer/``.

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
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import warnings
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SHIPPED_AS = "geomap/_gazetteer/prepared.index"  # beside the data (pyproject: gazetteer -> geomap/_gazetteer)


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
            return
        finally:
            sys.path.remove(str(root))
        build_data["force_include"][str(target)] = SHIPPED_AS

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        folder = getattr(self, "_folder", None)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
