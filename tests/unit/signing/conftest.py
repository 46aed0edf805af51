"""Shared fixtures: a small multi-page minutes PDF, an organisation with its authority and two
signers, a document signed by both, and an NSS database trusting the authority for ``pdfsig``."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from .helpers import Organisation, build_organisation, make_minutes, sign_by_both


@pytest.fixture(scope="session")
def organisation(tmp_path_factory: pytest.TempPathFactory) -> Organisation:
    return build_organisation(tmp_path_factory.mktemp("organisation"))


@pytest.fixture(scope="session")
def minutes_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_minutes(tmp_path_factory.mktemp("minutes") / "compte-rendu.pdf")


@pytest.fixture(scope="session")
def signed_twice(
    organisation: Organisation, minutes_pdf: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    return sign_by_both(organisation, minutes_pdf, tmp_path_factory.mktemp("signed"))


@pytest.fixture(scope="session")
def nss_db(organisation: Organisation, tmp_path_factory: pytest.TempPathFactory) -> str:
    """``sql:DIR`` of an NSS database trusting the organisation's authority."""
    if shutil.which("certutil") is None or shutil.which("pdfsig") is None:
        pytest.skip("certutil (libnss3-tools) et pdfsig (poppler-utils) sont nécessaires")
    db = tmp_path_factory.mktemp("nss")
    subprocess.run(["certutil", "-N", "-d", f"sql:{db}", "--empty-password"], check=True)
    subprocess.run(
        [
            "certutil",
            "-A",
            "-d",
            f"sql:{db}",
            "-n",
            "gusp",
            "-t",
            "C,C,C",
            "-i",
            str(organisation.ca_pem),
        ],
        check=True,
    )
    return f"sql:{db}"
