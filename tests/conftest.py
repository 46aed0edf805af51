"""Test configuration shared by every layer."""

from __future__ import annotations

import os

# Qt aborts the process without a display unless a platform is chosen before QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the developer's real keyring while testing.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

pytest_plugins = ["tests.fixtures.databases"]
