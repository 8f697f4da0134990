"""`careline sites versions FILE`, `careline release publish FILE`, `careline release list`:
the versions each site runs, and releases with the upgrade notices they send."""

from __future__ import annotations

import json
from pathlib import Path

from careline.settings import Settings
from cli.inputs import UsageError

PUBLISH_ACTOR = "cli"


def cmd_sites_versions(path: Path, settings: Settings) -> None:
    """Check every row (known site, known product, a version), then upsert."""
    from cli.database import desk_session
    from desk.releases import import_site_versions

    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    with desk_session(settings) as session:
        count = import_site_versions(session, path)
    print(f"site versions {path} recorded in the desk database: {count}")


def cmd_release_publish(path: Path, settings: Settings) -> None:
    """Publish the release file; each affected site not yet notified gets its notice, which is
    then delivered to `notice_webhook_url` if one is configured."""
    from cli.database import desk_session
    from desk.notices import run_delivery
    from desk.releases import publish, read_release_file

    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    spec = read_release_file(path)
    with desk_session(settings) as session:
        published = publish(session, spec, PUBLISH_ACTOR)
        text = str(published)
    print(text)
    delivered = run_delivery(settings)
    if delivered:
        print(f"notices delivered: {len(delivered)}")


def cmd_release_list(as_json: bool, settings: Settings) -> None:
    from cli.database import desk_session
    from desk.releases import release_list

    with desk_session(settings) as session:
        rows = [
            {
                "product": row.release.product,
                "version": row.release.version,
                "affects": row.release.affects,
                "published_at": row.release.published_at.isoformat(),
                "fixes": len(row.release.fixes),
                "sites_notified": row.notified,
                "delivered": row.delivered,
            }
            for row in release_list(session)
        ]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        print("no releases published")
    for row in rows:
        print(
            f"{row['product']} {row['version']}  affects {row['affects']}  "
            f"published {row['published_at'][:16]}  {row['fixes']} fixes  "
            f"{row['sites_notified']} sites notified ({row['delivered']} delivered)"
        )
