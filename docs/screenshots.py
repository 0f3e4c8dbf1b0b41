"""Screenshots of the seeds' HTML report at phone (390 px) and wide-screen (1440 px) widths.

    /work/main/.venv/bin/python docs/screenshots.py [--html FILE] [--out DIR]

Renders the report of ../shared/seeds (one story, the real pipeline) to HTML, opens it in
headless Chromium and saves docs/report-390.png and docs/report-1440.png (the whole page).
The first summary citation is clicked first, so the shots show a highlighted cited span.
With --html, an existing report page is shot instead of the seeds'.
"""

from __future__ import annotations

import argparse
import base64
import sys
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

DOCS = Path(__file__).resolve().parent
SEEDS = DOCS.parent.parent / "shared" / "seeds"
WIDTHS = (390, 1440)
MAX_HEIGHT = 16000  # px; a longer page is cut (Chromium's own limit is 16384)
CHROMIUM_ARGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--hide-scrollbars")


def browser(profile: str) -> webdriver.Chrome:
    """Headless Chromium with a throw-away profile (also used by the HTML tests)."""
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for arg in CHROMIUM_ARGS:
        opts.add_argument(arg)
    opts.add_argument(f"--user-data-dir={profile}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)


def shoot(driver: webdriver.Chrome, page: Path, width: int, out: Path, click: bool = True) -> None:
    """Save the whole page at `width` CSS pixels (mobile emulation below 600 px) to `out`."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.get(page.resolve().as_uri())
    if click:
        cites = driver.find_elements(By.CSS_SELECTOR, "ul.summary a.cite[data-s]")
        if cites:
            cites[0].click()
            driver.execute_script("window.scrollTo(0, 0)")
    height = min(MAX_HEIGHT, driver.execute_script("return document.documentElement.scrollHeight"))
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
    out.write_bytes(base64.b64decode(shot["data"]))


def seeds_html() -> str:
    import accord

    loaded = accord.load([str(p) for p in sorted(SEEDS.glob("*.txt"))])
    report = accord.analyze(loaded.articles, one_story=True, rejected=loaded.rejected)
    return accord.render(report, "html")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--html", type=Path, help="shoot this page instead of the seeds' report")
    ap.add_argument("--out", type=Path, default=DOCS, help="folder for the PNGs (default: docs/)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        page = args.html
        if page is None:
            page = Path(tmp) / "report.html"
            page.write_text(seeds_html(), encoding="utf-8")
        driver = browser(str(Path(tmp) / "profile"))
        try:
            for w in WIDTHS:
                out = args.out / f"report-{w}.png"
                shoot(driver, page, w, out)
                print(out)
        finally:
            driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
