"""A private PostgreSQL cluster with password authentication, for the wrong-password test.

The machine's server trusts every connection from 127.0.0.1, so a wrong password would be
accepted there. This cluster (initdb + pg_ctl as the ``postgres`` system user)
listens on a free port and requires SCRAM passwords over TCP; it takes about a second to start.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

PG_BIN = Path("/usr/lib/postgresql/15/bin")
USER, PASSWORD, DATABASE = "alice", "bon-mot-de-passe", "equipe"


@dataclass
class PrivateServer:
    """Where the private cluster listens and the account it holds."""

    root: Path
    port: int
    user: str = USER
    password: str = PASSWORD
    database: str = DATABASE

    def stop(self) -> None:
        _as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate",
                     "-w", "stop", check=False)  # fmt: skip
        shutil.rmtree(self.root, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_postgres(*command: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    return subprocess.run([*prefix, *command], capture_output=True, text=True, check=check)


def start_private_server() -> PrivateServer:
    """initdb (local trust, host SCRAM), start, then create the password-protected account."""
    root = Path(tempfile.mkdtemp(prefix="gusp-pg-"))
    root.chmod(0o755)
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    server = PrivateServer(root, _free_port())
    data = str(root / "data")
    _as_postgres(str(PG_BIN / "initdb"), "-D", data, "-U", "postgres", "--auth-local=trust",
                 "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8")  # fmt: skip
    options = f"-p {server.port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
    _as_postgres(str(PG_BIN / "pg_ctl"), "-D", data, "-l", str(root / "log"), "-w",
                 "-o", options, "start")  # fmt: skip
    psql = [str(PG_BIN / "psql"), "-h", str(root), "-p", str(server.port), "-U", "postgres", "-q"]
    _as_postgres(*psql, "-c", f"CREATE ROLE {USER} LOGIN PASSWORD '{PASSWORD}'")
    _as_postgres(*psql, "-c", f"CREATE DATABASE {DATABASE} OWNER {USER}")
    return server
