"""Screenshots of `accord serve` pages at phone (390 px) and wide-screen (1440 px) widths.

    /work/main/.venv/bin/python docs/serve_screenshots.py (--db DB | --report FILE) [--out DIR]

Starts `accord serve` on a free loopback port over the given store (or JSON report), opens the
story list, the most disputed story (with its first summary citation clicked, so the cited span
shows highlighted), the disputed page and the first outlet's record in headless Chromium, and
saves docs/serve-<page>-<width>.png (the whole page, cut at 16,000 px).
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

from screenshots import MAX_HEIGHT, WIDTHS, browser
from selenium.webdriver.common.by import By

DOCS = Path(__file__).resolve().parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(args: list[str]) -> tuple[subprocess.Popen, str]:
    """`accord serve ARGS` on a free port; returns the process and its base URL once it answers."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "accord.cli", "serve", *args, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=os.environ.copy())
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(base + "/health", timeout=1).read()
            return proc, base
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(f"accord serve exited: {proc.stderr.read().decode()[-500:]}") from None
            time.sleep(0.1)
    proc.terminate()
    raise RuntimeError("accord serve did not answer in 20 s")


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=30) as r:
        return json.load(r)


def shoot(driver, url: str, width: int, out: Path, click: str | None = None) -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.get(url)
    if click:
        found = driver.find_elements(By.CSS_SELECTOR, click)
        if found:
            found[0].click()
            driver.execute_script("window.scrollTo(0, 0)")
    height = min(MAX_HEIGHT, driver.execute_script("return document.documentElement.scrollHeight"))
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
    out.write_bytes(base64.b64decode(shot["data"]))


def pages(base: str) -> dict[str, tuple[str, str | None]]:
    """name -> (URL, CSS selector of something to click first)."""
    top = get_json(base + "/api/stories?sort=disputed&limit=1")["stories"]
    outlets = get_json(base + "/api/outlets")["outlets"]
    out = {"list": (base + "/", None), "disputed": (base + "/disputed", None)}
    if top:
        out["story"] = (base + "/stories/" + quote(top[0]["id"], safe=""), "ul.summary a.cite[data-s]")
    if any(o.get("outlet") for o in outlets):
        name = max((o for o in outlets if o.get("outlet")), key=lambda o: o.get("articles", 0))["outlet"]
        out["outlet"] = (base + "/outlets/" + quote(name, safe=""), None)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--db", help="the store to serve")
    src.add_argument("--report", help="a JSON report to serve instead of a store")
    ap.add_argument("--out", type=Path, default=DOCS, help="folder for the PNGs (default: docs/)")
    args = ap.parse_args(argv)
    proc, base = start_server(["--db", args.db] if args.db else ["--report", args.report])
    try:
        with tempfile.TemporaryDirectory() as tmp:
            driver = browser(str(Path(tmp) / "profile"))
            try:
                for name, (url, click) in pages(base).items():
                    for w in WIDTHS:
                        out = args.out / f"serve-{name}-{w}.png"
                        shoot(driver, url, w, out, click)
                        print(out)
            finally:
                driver.quit()
    finally:
        proc.terminate()
        proc.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
