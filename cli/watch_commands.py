"""`careline watch`: follow the configured logs and open proactive tickets; `careline watch
eval`: how well the watcher finds episodes, on generated streams and loghub's labelled logs."""

from __future__ import annotations

import asyncio
from functools import partial
from pathlib import Path

from loguru import logger
from tqdm import tqdm

from careline.reporting import save_report, shown_path
from careline.settings import Settings
from cli.inputs import UsageError
from desk.business_calendar import BusinessCalendar
from desk.db import session_scope
from desk.monitor.config import WatchConfig
from desk.monitor.sources import watch
from desk.monitor.watcher import Watcher
from desk.tickets import Desk
from triage.watch.evaluation import SetResult, evaluate


def cmd_watch(settings: Settings, config_file: Path | None) -> None:
    """Run until interrupted."""
    config = WatchConfig.load(config_file or settings.watch_file)
    if not config.sources:
        raise UsageError(f"{config_file or settings.watch_file}: no sources to watch")
    desk = Desk.from_settings(settings)
    watcher = Watcher(
        desk,
        partial(session_scope, settings.db_url),
        config,
        BusinessCalendar.from_settings(settings),
    )
    watcher.check_sites()
    resumed = watcher.resume()
    logger.info("watch: {} source(s), {} open episode(s) taken up", len(config.sources), resumed)
    try:
        asyncio.run(watch(config, watcher.feed, watcher.tick))
    except KeyboardInterrupt:
        logger.info("watch: stopped")


def _row(result: SetResult) -> str:
    figures = result.as_dict()

    def shown(key: str, spec: str) -> str:
        value = figures[key]
        return "—" if value is None else format(value, spec)

    return (
        f"{result.name:<24} {result.lines:>8} {result.labelled:>8} {result.found:>6} "
        f"{shown('precision', '.3f'):>9} {shown('recall', '.3f'):>7} "
        f"{shown('median_delay_seconds', '.1f'):>9} {shown('lines_per_second', ',.0f'):>10}"
    )


def cmd_watch_eval(settings: Settings, loghub: Path | None, out: Path, streams: int) -> None:
    if loghub is not None and not loghub.is_dir():
        raise UsageError(f"{loghub}: not a directory (a checkout of the loghub repository)")
    rules = WatchConfig.load(settings.watch_file).rules
    bar = tqdm(total=streams + (loghub is not None), desc="watch eval", unit="set")
    results = evaluate(rules, loghub, streams, progress=lambda _name: bar.update())
    bar.close()
    print(
        f"{'set':<24} {'lines':>8} {'episodes':>8} {'found':>6} "
        f"{'precision':>9} {'recall':>7} {'delay s':>9} {'lines/s':>10}"
    )
    for result in results:
        print(_row(result))
    if loghub is None:
        print("loghub sets not measured: give --loghub DIR (a checkout of the loghub repository)")
    save_report(
        out,
        {
            "rules": rules.model_dump(),
            "config": shown_path(settings.watch_file),
            "loghub": "given" if loghub is not None else "not given",
            "sets": [result.as_dict() for result in results],
        },
    )
    print(f"saved {shown_path(out)}")
