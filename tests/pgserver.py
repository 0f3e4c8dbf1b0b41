"""A throw-away PostgreSQL cluster for the store's tests (and bench/store.py --backend postgresql).

    cluster = Cluster().start()        # initdb in a temp dir, postgres on a free localhost port
    url = cluster.new_database("t1")   # postgresql+psycopg://accord@127.0.0.1:PORT/t1, empty
    cluster.stop()                     # stops the server and removes the temp dir

The server runs the Debian binaries (/usr/lib/postgresql/N/bin, or $ACCORD_PG_BINDIR, or the
initdb on PATH) as a non-root user, because PostgreSQL refuses to run as root and CI runs as
root: as root, the cluster belongs to the `postgres` user that Debian's package creates (or a
system user `accord-pg` made for it). It listens on 127.0.0.1 (a free port) and on a unix socket
in its temp dir. Local socket logins are trusted; TCP logins need the password (scram-sha-256),
so a test can see a refused login. With `fast` (the tests) the server does not fsync: a crash
loses the throw-away data, nothing else changes. A server that does not start raises
RuntimeError with the end of its log: a test run then fails, it never skips.

What it does not do: install PostgreSQL (`make postgres` does, with apt-get).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

USER = "accord"  # the cluster's superuser
PASSWORD = "accord-test-password"


def bindir() -> Path:
    """Where initdb, pg_ctl and postgres are."""
    if os.environ.get("ACCORD_PG_BINDIR"):
        return Path(os.environ["ACCORD_PG_BINDIR"])
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(os.path.realpath(initdb)).parent
    raise RuntimeError("PostgreSQL is not installed (no initdb): run `make postgres` "
                       "(apt-get install postgresql), or set ACCORD_PG_BINDIR")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _server_user() -> str | None:
    """The user the server runs as when we are root (None: as ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "accord-pg"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "accord-pg"],
                   check=True, capture_output=True)
    return "accord-pg"


class Cluster:
    def __init__(self, fast: bool = True) -> None:
        self.fast = fast
        self.dir: Path | None = None
        self.port = 0
        self.user = _server_user()
        self._bin = bindir()

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        cmd = [str(self._bin / args[0]), *args[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd="/")

    def start(self) -> "Cluster":
        self.dir = Path(tempfile.mkdtemp(prefix="accord-pg-", dir="/tmp"))  # short: socket path <= 107
        self.port = _free_port()
        if self.user:
            shutil.chown(self.dir, self.user, self.user)
        pwfile = self.dir / "pw"
        pwfile.write_text(PASSWORD + "\n", encoding="utf-8")
        if self.user:
            shutil.chown(pwfile, self.user, self.user)
        data = self.dir / "data"
        init = self._run("initdb", "-D", str(data), "-U", USER, f"--pwfile={pwfile}", "--auth-local=trust",
                         "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        if init.returncode != 0:
            self._fail(f"initdb failed: {init.stderr.strip() or init.stdout.strip()}")
        options = [f"-p {self.port}", "-c listen_addresses=127.0.0.1", f"-k {self.dir}",
                   "-c max_connections=100"]
        if self.fast:
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        started = self._run("pg_ctl", "-D", str(data), "-l", str(self.dir / "server.log"), "-w", "-t", "60",
                            "-o", " ".join(options), "start", timeout=90)
        if started.returncode != 0:
            self._fail(f"the server did not start: {started.stderr.strip() or started.stdout.strip()}")
        return self

    def _fail(self, what: str) -> None:
        log = ""
        if self.dir and (self.dir / "server.log").exists():
            log = " | log: " + " ".join((self.dir / "server.log").read_text(errors="replace").splitlines()[-5:])
        self.stop()
        raise RuntimeError(f"test PostgreSQL cluster: {what}{log}")

    def stop(self) -> None:
        if self.dir is None:
            return
        if (self.dir / "data" / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "immediate", "-w", "stop", timeout=60)
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir = None

    # --------------------------------------------------------------- databases
    def url(self, database: str = "postgres", password: bool = False) -> str:
        """A URL over TCP (with the password when `password`)."""
        secret = f":{PASSWORD}" if password else ""
        return f"postgresql+psycopg://{USER}{secret}@127.0.0.1:{self.port}/{database}"

    def socket_url(self, database: str = "postgres") -> str:
        """A URL over the unix socket in the temp dir (trusted: no password)."""
        return f"postgresql://{USER}@/{database}?host={self.dir}&port={self.port}"

    def new_database(self, name: str) -> str:
        """A fresh empty database; its URL (over the socket)."""
        import psycopg

        with psycopg.connect(host=str(self.dir), port=self.port, user=USER, dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return self.socket_url(name)


class External:
    """A server given by its admin URL (ACCORD_TEST_POSTGRES=postgresql://USER:PW@HOST:PORT/postgres):
    databases are created on it and left for its owner to drop."""

    def __init__(self, admin_url: str) -> None:
        import sqlalchemy as sa

        self.admin = sa.make_url(admin_url).set(drivername="postgresql+psycopg")

    def new_database(self, name: str) -> str:
        import psycopg

        u = self.admin
        with psycopg.connect(host=u.host, port=u.port, user=u.username, password=u.password,
                             dbname=u.database or "postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return self.admin.set(database=name).render_as_string(hide_password=False)

    def stop(self) -> None:
        return None

