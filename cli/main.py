"""`careline` command line (SPEC §6): stable names, flags and JSON keys."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from careline.errors import InvalidInput, NotBuilt
from careline.logs import configure_logging
from careline.service_auth import SERVICE_TOKEN_HEADER
from careline.settings import Settings, load_settings
from cli.inputs import CheckFailed, UsageError, read_jsonl, read_text_file


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, default=str))


def cmd_build(args: argparse.Namespace, settings: Settings) -> None:
    from cli.build import build_all

    build_all(settings, force=args.force, rasa=not args.no_rasa)


def cmd_up(args: argparse.Namespace, settings: Settings) -> None:
    from cli.build import build_all
    from cli.supervisor import serve_forever

    build_all(settings)
    serve_forever(settings)


def cmd_kb_build(args: argparse.Namespace, settings: Settings) -> None:
    from knowledge_base.artefact import KB_INDEX

    KB_INDEX.ensure(settings, force=args.force)


def _knowledge_base(settings: Settings):
    from knowledge_base.artefact import KB_INDEX

    return KB_INDEX.load(settings)


def cmd_kb_search(args: argparse.Namespace, settings: Settings) -> None:
    kb = _knowledge_base(settings)
    if args.jsonl:
        for row in read_jsonl(Path(args.jsonl), ("id", "text")):
            hits = kb.search(row["text"], k=args.k)
            _print_json({"id": row["id"], "results": [h.as_dict() for h in hits]})
        return
    if not args.query or not args.query.strip():
        raise UsageError("kb search needs a non-empty QUERY or --jsonl IN")
    hits = kb.search(args.query, k=args.k)
    if args.json:
        _print_json([h.as_dict() for h in hits])
    else:
        for hit in hits:
            print(f"{hit.score:.3f}  {hit.id:<22} {hit.lang}  [{hit.subsystem}] {hit.title}")


def cmd_kb_eval(args: argparse.Namespace, settings: Settings) -> None:
    from cli.kb_commands import cmd_kb_eval as run

    run(settings, Path(args.out), tuple(args.encoders.split(",")))


def cmd_kb_gaps(args: argparse.Namespace, settings: Settings) -> None:
    from cli.kb_commands import cmd_kb_gaps as run

    run(settings, args.limit, args.json)


def cmd_nlu_eval(args: argparse.Namespace, settings: Settings) -> None:
    from cli.nlu_commands import cmd_nlu_eval as run

    run(settings, Path(args.out), cv=not args.no_cv, folds=args.folds, seed=args.seed)


def cmd_nlu_stories(args: argparse.Namespace, settings: Settings) -> None:
    from cli.nlu_commands import cmd_nlu_stories as run

    run(settings)


def cmd_nlu_validate(args: argparse.Namespace, settings: Settings) -> None:
    from cli.nlu_commands import cmd_nlu_validate as run

    run(settings)


def cmd_triage_train(args: argparse.Namespace, settings: Settings) -> None:
    from triage.artefact import TRIAGE_MODEL

    TRIAGE_MODEL.ensure(settings, force=True)


def cmd_triage_eval(args: argparse.Namespace, settings: Settings) -> None:
    from cli.triage_commands import cmd_triage_eval as run

    run(Path(args.out), Path(args.figures))


def cmd_triage_retrain(args: argparse.Namespace, settings: Settings) -> None:
    from cli.triage_commands import cmd_triage_retrain as run

    run(settings)


def cmd_triage_rollback(args: argparse.Namespace, settings: Settings) -> None:
    from cli.triage_commands import cmd_triage_rollback as run

    run(settings)


def cmd_triage_versions(args: argparse.Namespace, settings: Settings) -> None:
    from cli.triage_commands import cmd_triage_versions as run

    run(settings)


def cmd_triage_classify(args: argparse.Namespace, settings: Settings) -> None:
    from triage.artefact import TRIAGE_MODEL

    model = TRIAGE_MODEL.load(settings)
    if args.jsonl:
        for row in read_jsonl(Path(args.jsonl), ("id", "text")):
            _print_json(
                {"id": row["id"], **model.classify(row["text"], row.get("log") or "").as_dict()}
            )
        return
    if not args.desc or not args.desc.strip():
        raise UsageError("triage classify needs a non-empty --desc TEXT or --jsonl IN")
    log = read_text_file(Path(args.log)) if args.log else ""
    prediction = model.classify(args.desc, log)
    if args.json:
        _print_json(prediction.as_dict())
    else:
        print(
            f"subsystem {prediction.subsystem} ({prediction.subsystem_p:.2f}), "
            f"tier {prediction.tier} ({prediction.tier_p:.2f})"
            + (", needs review" if prediction.needs_review else "")
        )
        for item in prediction.evidence:
            print(f"  evidence line {item['line']}: {item['text']}")


def cmd_route(args: argparse.Namespace, settings: Settings) -> None:
    from cli.route_commands import cmd_route as run

    _print_json(run(Path(args.json), settings))


def cmd_roster_import(args: argparse.Namespace, settings: Settings) -> None:
    from cli.route_commands import cmd_roster_import as run

    run(Path(args.file), settings)


def cmd_sites_import(args: argparse.Namespace, settings: Settings) -> None:
    from cli.site_commands import cmd_sites_import as run

    run(Path(args.file), settings)


def cmd_sites_versions(args: argparse.Namespace, settings: Settings) -> None:
    from cli.release_commands import cmd_sites_versions as run

    run(Path(args.file), settings)


def cmd_release_publish(args: argparse.Namespace, settings: Settings) -> None:
    from cli.release_commands import cmd_release_publish as run

    run(Path(args.file), settings)


def cmd_release_list(args: argparse.Namespace, settings: Settings) -> None:
    from cli.release_commands import cmd_release_list as run

    run(args.json, settings)


def cmd_parts_import(args: argparse.Namespace, settings: Settings) -> None:
    from cli.parts_commands import cmd_parts_import as run

    run(Path(args.file), settings)


def cmd_watch(args: argparse.Namespace, settings: Settings) -> None:
    from cli.watch_commands import cmd_watch as run

    run(settings, Path(args.config) if args.config else None)


def cmd_watch_eval(args: argparse.Namespace, settings: Settings) -> None:
    from cli.watch_commands import cmd_watch_eval as run

    run(settings, Path(args.loghub) if args.loghub else None, Path(args.out), args.streams)


def cmd_audit_verify(args: argparse.Namespace, settings: Settings) -> None:
    from cli.audit_commands import cmd_audit_verify as run

    run(settings)


def cmd_audit_seal(args: argparse.Namespace, settings: Settings) -> None:
    from cli.audit_commands import cmd_audit_seal as run

    run(settings, args.reason)


def cmd_user_add(args: argparse.Namespace, settings: Settings) -> None:
    from cli.user_commands import cmd_user_add as run

    run(settings, args.username, args.role, args.name, args.engineer, args.password_file)


def cmd_user_disable(args: argparse.Namespace, settings: Settings) -> None:
    from cli.user_commands import cmd_user_disable as run

    run(settings, args.username)


def cmd_token_create(args: argparse.Namespace, settings: Settings) -> None:
    from cli.user_commands import cmd_token_create as run

    run(settings, args.name, args.scopes.replace(",", " ").split())


def cmd_token_revoke(args: argparse.Namespace, settings: Settings) -> None:
    from cli.user_commands import cmd_token_revoke as run

    run(settings, args.name)


def cmd_backup(args: argparse.Namespace, settings: Settings) -> None:
    from cli.backup import cmd_backup as run

    run(settings, args.folder)


def cmd_restore(args: argparse.Namespace, settings: Settings) -> None:
    from cli.backup import cmd_restore as run

    run(settings, args.folder)


def cmd_report_sla(args: argparse.Namespace, settings: Settings) -> None:
    from cli.report_commands import cmd_report_sla as run

    run(settings, args.hospital, args.first, args.last, args.tier, args.csv, args.breaches_csv)


def cmd_report_quarterly(args: argparse.Namespace, settings: Settings) -> None:
    from cli.report_commands import cmd_report_quarterly as run

    run(settings, args.hospital, args.quarter, args.pdf)


def cmd_plan_inspections(args: argparse.Namespace, settings: Settings) -> None:
    from cli.plan_commands import cmd_plan_inspections as run

    run(settings, args.quarter)


def cmd_plan_holidays(args: argparse.Namespace, settings: Settings) -> None:
    from cli.plan_commands import cmd_plan_holidays as run

    run(settings, args.days, args.first)


def cmd_report_holiday(args: argparse.Namespace, settings: Settings) -> None:
    from cli.plan_commands import cmd_report_holiday as run

    run(settings, args.hospital, args.holiday)


def cmd_ocr(args: argparse.Namespace, settings: Settings) -> None:
    from cli.ocr_commands import cmd_ocr as run

    run(Path(args.file), args.json)


def _print_replies(replies: list[dict]) -> None:
    for reply in replies:
        print(f"careline> {reply.get('text', '')}")
        for button in reply.get("buttons") or []:
            print(f"          [{button['title']}] -> {button['payload']}")


def cmd_chat(args: argparse.Namespace, settings: Settings) -> None:
    """A terminal chat with the running assistant over Rasa's REST channel."""
    import uuid

    import httpx

    sender = args.sender or f"cli-{uuid.uuid4().hex[:8]}"
    url = f"{settings.url('rasa')}/webhooks/rest/webhook"
    messages = args.message or (line.rstrip("\n") for line in sys.stdin)
    for message in messages:
        if not message.strip():
            continue
        if args.message:
            print(f"you> {message}")
        try:
            response = httpx.post(
                url,
                json={"sender": sender, "message": message},
                headers={SERVICE_TOKEN_HEADER: settings.shared_token},
                timeout=60,
            )
            response.raise_for_status()
        except httpx.HTTPError as exc:
            raise UsageError(f"assistant at {url} unavailable: {exc}") from exc
        _print_replies(response.json())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="careline", description="Careline support line")
    sub = parser.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="build the KB index, triage model and Rasa model if stale")
    build.add_argument("--force", action="store_true")
    build.add_argument("--no-rasa", action="store_true", help="skip the Rasa model")
    build.set_defaults(handler=cmd_build)
    sub.add_parser("up", help="build what is stale, then run all services").set_defaults(
        handler=cmd_up
    )

    kb = sub.add_parser("kb", help="knowledge base").add_subparsers(
        dest="kb_command", required=True
    )
    kb_build = kb.add_parser("build", help="embed the articles into the FAISS index")
    kb_build.add_argument("--force", action="store_true")
    kb_build.set_defaults(handler=cmd_kb_build)
    search = kb.add_parser("search", help="ranked articles for a query")
    search.add_argument("query", nargs="?")
    search.add_argument("--k", type=int, default=3)
    search.add_argument("--json", action="store_true")
    search.add_argument("--jsonl", metavar="IN")
    search.set_defaults(handler=cmd_kb_search)
    kb_eval = kb.add_parser("eval", help="recall, MRR and 'not sure' rate on held-out queries")
    kb_eval.add_argument("--encoders", default="use,sentence-transformers")
    kb_eval.add_argument("--out", default="bench/results/kb-eval.json")
    kb_eval.set_defaults(handler=cmd_kb_eval)
    gaps = kb.add_parser("gaps", help="most frequent questions the knowledge base could not answer")
    gaps.add_argument("--limit", type=int, default=20)
    gaps.add_argument("--json", action="store_true")
    gaps.set_defaults(handler=cmd_kb_gaps)

    nlu = sub.add_parser("nlu", help="the Rasa NLU pipeline").add_subparsers(
        dest="nlu_command", required=True
    )
    nlu_eval = nlu.add_parser(
        "eval", help="intent and entity F1 per language: cross-validation and held-out set"
    )
    nlu_eval.add_argument("--no-cv", action="store_true", help="skip the cross-validation")
    nlu_eval.add_argument("--folds", type=int, default=5)
    nlu_eval.add_argument("--seed", type=int, default=0, help="seed of the folds' shuffle")
    nlu_eval.add_argument("--out", default="bench/results/nlu-eval.json")
    nlu_eval.set_defaults(handler=cmd_nlu_eval)
    nlu.add_parser(
        "validate", help="rasa data validate on the domain, rules and NLU data"
    ).set_defaults(handler=cmd_nlu_validate)
    nlu.add_parser(
        "stories", help="the end-to-end test stories (tests/stories) against the built model"
    ).set_defaults(handler=cmd_nlu_stories)

    triage = sub.add_parser("triage", help="severity and subsystem").add_subparsers(
        dest="triage_command", required=True
    )
    triage.add_parser("train", help="train the triage model").set_defaults(handler=cmd_triage_train)
    triage_eval = triage.add_parser(
        "eval", help="model on held-out fault families and the real set, beside a baseline"
    )
    triage_eval.add_argument("--out", default="bench/results/triage-eval.json")
    triage_eval.add_argument("--figures", default="bench/results")
    triage_eval.set_defaults(handler=cmd_triage_eval)
    triage.add_parser(
        "retrain",
        help="refit with the dispatchers' confirmed and corrected tickets; promote if no "
        "headline figure is worse",
    ).set_defaults(handler=cmd_triage_retrain)
    triage.add_parser(
        "rollback", help="return to the triage model promoted before the current one"
    ).set_defaults(handler=cmd_triage_rollback)
    triage.add_parser(
        "versions", help="the triage model versions, their corrections and figures"
    ).set_defaults(handler=cmd_triage_versions)
    classify = triage.add_parser("classify", help="classify a description and optional log")
    classify.add_argument("--desc")
    classify.add_argument("--log", metavar="FILE")
    classify.add_argument("--json", action="store_true")
    classify.add_argument("--jsonl", metavar="IN")
    classify.set_defaults(handler=cmd_triage_classify)

    route = sub.add_parser("route", help="pool and engineer for a ticket")
    route.add_argument("--json", metavar="TICKET.json", required=True)
    route.set_defaults(handler=cmd_route)
    roster = sub.add_parser("roster", help="engineer roster").add_subparsers(
        dest="roster_command", required=True
    )
    roster_import = roster.add_parser("import", help="check a roster file, upsert it into the DB")
    roster_import.add_argument("file", metavar="FILE")
    roster_import.set_defaults(handler=cmd_roster_import)
    sites = sub.add_parser("sites", help="hospital sites and where they are").add_subparsers(
        dest="sites_command", required=True
    )
    sites_import = sites.add_parser("import", help="upsert sites from a CSV or YAML export")
    sites_import.add_argument("file", metavar="FILE")
    sites_import.set_defaults(handler=cmd_sites_import)
    sites_versions = sites.add_parser(
        "versions", help="record the product versions sites run, from a CSV or YAML asset list"
    )
    sites_versions.add_argument("file", metavar="FILE")
    sites_versions.set_defaults(handler=cmd_sites_versions)
    release = sub.add_parser("release", help="releases and upgrade notices").add_subparsers(
        dest="release_command", required=True
    )
    release_publish = release.add_parser(
        "publish", help="publish a release (YAML) and notify every affected site once"
    )
    release_publish.add_argument("file", metavar="FILE")
    release_publish.set_defaults(handler=cmd_release_publish)
    release_list = release.add_parser("list", help="releases and how many sites were notified")
    release_list.add_argument("--json", action="store_true")
    release_list.set_defaults(handler=cmd_release_list)
    parts = sub.add_parser("parts", help="spare parts catalogue and stock").add_subparsers(
        dest="parts_command", required=True
    )
    parts_import = parts.add_parser("import", help="upsert a catalogue or a stock count")
    parts_import.add_argument("file", metavar="FILE")
    parts_import.set_defaults(handler=cmd_parts_import)

    watch_parser = sub.add_parser(
        "watch", help="follow hospital servers' logs; open a ticket when trouble starts"
    )
    watch_parser.add_argument("--config", metavar="FILE", help="instead of the watch_file setting")
    watch_parser.set_defaults(handler=cmd_watch)
    watch_sub = watch_parser.add_subparsers(dest="watch_command", required=False)
    watch_eval = watch_sub.add_parser(
        "eval", help="episode precision, recall, delay and lines/s on labelled logs"
    )
    watch_eval.add_argument("--loghub", metavar="DIR", help="a checkout of the loghub repository")
    watch_eval.add_argument("--streams", type=int, default=6, help="generated streams")
    watch_eval.add_argument("--out", default="bench/results/watch-eval.json")
    watch_eval.set_defaults(handler=cmd_watch_eval)

    ocr = sub.add_parser(
        "ocr", help="the redacted text of a photo or screenshot, as the chat page reads it"
    )
    ocr.add_argument("file", metavar="FILE", help="a PNG, JPEG or WebP image")
    ocr.add_argument("--json", action="store_true", help="text, language and length as JSON")
    ocr.set_defaults(handler=cmd_ocr)

    chat = sub.add_parser("chat", help="chat with the running assistant from a terminal")
    chat.add_argument("--message", action="append", help="send this message (repeatable)")
    chat.add_argument("--sender", help="conversation id (default: a new one)")
    chat.set_defaults(handler=cmd_chat)

    audit = sub.add_parser("audit", help="audit trail").add_subparsers(
        dest="audit_command", required=True
    )
    audit.add_parser("verify", help="check the hash chain").set_defaults(handler=cmd_audit_verify)
    seal = audit.add_parser("seal", help="seal the chain as it stands (recorded, with a reason)")
    seal.add_argument("--reason", required=True)
    seal.set_defaults(handler=cmd_audit_seal)

    user = sub.add_parser("user", help="console accounts").add_subparsers(
        dest="user_command", required=True
    )
    user_add = user.add_parser("add", help="add an account; password from stdin or a file")
    user_add.add_argument("username")
    user_add.add_argument("--role", required=True, help="dispatcher|engineer|manager|admin|staff")
    user_add.add_argument("--name", default="", help="display name")
    user_add.add_argument("--engineer", help="roster engineer id of this person")
    user_add.add_argument("--password-file", metavar="FILE", help="first line is the password")
    user_add.set_defaults(handler=cmd_user_add)
    user_disable = user.add_parser("disable", help="stop an account signing in; ends its logins")
    user_disable.add_argument("username")
    user_disable.set_defaults(handler=cmd_user_disable)

    token = sub.add_parser("token", help="API tokens of integrations").add_subparsers(
        dest="token_command", required=True
    )
    token_create = token.add_parser("create", help="a new token, printed once")
    token_create.add_argument("name")
    token_create.add_argument(
        "--scopes",
        required=True,
        help="comma-separated: tickets:create, tickets:read, queue:read, reports:read",
    )
    token_create.set_defaults(handler=cmd_token_create)
    token_revoke = token.add_parser("revoke", help="the token stops working at once")
    token_revoke.add_argument("name")
    token_revoke.set_defaults(handler=cmd_token_revoke)

    backup = sub.add_parser("backup", help="copy the embedded databases and keys, consistently")
    backup.add_argument("folder", help="a new or empty folder")
    backup.set_defaults(handler=cmd_backup)
    restore = sub.add_parser("restore", help="put a backup back (with the services stopped)")
    restore.add_argument("folder")
    restore.set_defaults(handler=cmd_restore)

    report = sub.add_parser("report", help="SLA compliance and quarterly service reports")
    report_sub = report.add_subparsers(dest="report_command", required=True)
    sla = report_sub.add_parser("sla", help="SLA compliance by hospital, tier and month")
    sla.add_argument("--hospital", help="hospital name or id (default: all)")
    sla.add_argument("--from", dest="first", metavar="YYYY-MM")
    sla.add_argument("--to", dest="last", metavar="YYYY-MM")
    sla.add_argument("--tier", help="P1, P2 or P3 (default: all)")
    sla.add_argument("--csv", metavar="OUT", help="write the compliance table as CSV")
    sla.add_argument("--breaches-csv", metavar="OUT", help="write the breaches as CSV")
    sla.set_defaults(handler=cmd_report_sla)
    quarterly = report_sub.add_parser("quarterly", help="a hospital's quarterly report as PDF")
    quarterly.add_argument("--hospital", required=True, help="hospital name or id")
    quarterly.add_argument("--quarter", required=True, metavar="YYYYQn", help="e.g. 2026Q4")
    quarterly.add_argument("--pdf", required=True, metavar="OUT")
    quarterly.set_defaults(handler=cmd_report_quarterly)
    holiday = report_sub.add_parser(
        "holiday", help="a hospital's tickets during a public holiday, per tier, SLA met"
    )
    holiday.add_argument("--hospital", required=True, help="hospital name or id")
    holiday.add_argument(
        "--holiday", required=True, metavar="YYYY-MM-DD", help="any day of the holiday"
    )
    holiday.set_defaults(handler=cmd_report_holiday)

    plan = sub.add_parser("plan", help="proactive service: inspections, holiday readiness")
    plan_sub = plan.add_subparsers(dest="plan_command", required=True)
    plan_inspections = plan_sub.add_parser(
        "inspections", help="plan the quarter's inspections the service plans owe (idempotent)"
    )
    plan_inspections.add_argument("--quarter", metavar="YYYYQn", help="default: this quarter")
    plan_inspections.set_defaults(handler=cmd_plan_inspections)
    plan_holidays = plan_sub.add_parser(
        "holidays", help="readiness plans for the public holidays ahead (idempotent)"
    )
    plan_holidays.add_argument(
        "--days", type=int, help="how far ahead to look (default: config/inspections.yaml)"
    )
    plan_holidays.add_argument(
        "--from", dest="first", metavar="YYYY-MM-DD", help="start looking here (default: today)"
    )
    plan_holidays.set_defaults(handler=cmd_plan_holidays)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace, Settings], None] = args.handler
    try:
        settings = load_settings()
        configure_logging("cli", settings)
        handler(args, settings)
    except (InvalidInput, CheckFailed, NotBuilt) as exc:
        print(f"careline: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
