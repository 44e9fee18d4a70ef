"""Scan, decide and submit in a loop until killed; print each step once it is durable.

Run by ``test_kill_loop.py`` as ``python -m tests.core.kill_loop_driver SHARE DROP [--once]``
with ``SHARETIDY_DATA_DIR`` pointing at the test's data folder. A line is printed only
after the step it names has been committed, so everything printed must survive a
SIGKILL at any later moment.
"""

from __future__ import annotations

import random
import sys
import time

from desktop_app.core import locations
from desktop_app.core.config import default_config_path, load_config
from desktop_app.core.manifest import UserInfo
from desktop_app.core.scanner import scan
from desktop_app.core.store import Catalog
from desktop_app.core.submission import submit


def main(argv: list[str]) -> int:
    share, drop = argv[0], argv[1]
    once = "--once" in argv
    config = load_config(default_config_path())
    user = UserInfo("kees", "GEMEENTE", "Kees de Vries", "Burgerzaken")
    rng = random.Random()
    with Catalog(locations.catalog_path()) as catalog:
        while True:
            result = scan(catalog, [share], config, user="kees")
            print("scanned", flush=True)
            (root_id,) = result.root_ids
            decided = catalog.decisions(root_id)
            open_files = [
                (rel, size, mtime)
                for _root, folder, name, size, mtime, *_rest in result.rows()
                if ("file", rel := f"{folder}/{name}" if folder else name) not in decided
            ]
            rng.shuffle(open_files)
            for start in range(0, min(len(open_files), 200), 40):
                time.sleep(0.02)  # people decide at human speed; kills then land everywhere
                batch = open_files[start : start + 40]
                rows = [
                    (root_id, rel, "file", rng.randrange(3), size, mtime)
                    for rel, size, mtime in batch
                ]
                catalog.set_decisions(rows)
                for _root, rel, _kind, decision, _size, _mtime in rows:
                    print(f"decided\t{rel}\t{decision}", flush=True)
            outcome = submit(catalog, config, [root_id], drop=drop, user=user)
            print(f"submitted\t{outcome.manifest_name}\t{outcome.delivered}", flush=True)
            if once:
                return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
