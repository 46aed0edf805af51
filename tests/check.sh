#!/usr/bin/env bash
# The whole test suite: lint, format, types, import contracts, then every test (PostgreSQL included).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
echo "== ruff check"; ruff check .
echo "== ruff format --check"; ruff format --check .
echo "== mypy"; mypy gusp_desktop
echo "== mypy (tests)"; mypy tests
echo "== import contracts"; lint-imports
# One worker per core; a test file stays on one worker (module fixtures are built once).
echo "== pytest"; pytest -p no:cacheprovider -n auto --dist loadfile "$@"
