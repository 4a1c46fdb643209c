"""`omi-client mock` / `python -m omi_client.testing`: run the fake Omi server from a shell.

Its flags are built from the one option table (`_options.OPTIONS`) the pytest fixtures read too.
click, like the main CLI (uvicorn needs click anyway, so the `mock` extra is enough). Everything
printed on stdout is shell: comments and `export OMI_...=...` lines, so it can be eval'ed.
"""

from __future__ import annotations

import shlex
import socket
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from ._options import OPTIONS, Option, check

_METAVARS = {
    "text": "HOST",
    "port": "PORT",
    "path": "FILE",
    "key": "KEY",
    "int": "N",
    "seconds": "SECONDS",
    "scale": "S",
    "rate": "0..1",
    "ms": "MS",
    "count": "N",
    "limits": "on|off|POLICY=N",
}
_EXTRA = ("starlette", "uvicorn", "jsonschema")  # what `pip install 'omi-client[mock]'` adds
_ALIASES = "omi_mock_aliases"  # ctx.meta slot where alias flags leave their values


if TYPE_CHECKING:
    _ParamType = click.ParamType[Any]  # generic in click's stubs, not at runtime in older clicks
else:
    _ParamType = click.ParamType


class _MissingExtra(click.ClickException):
    exit_code = 2  # a usage problem, like the main CLI's missing-extra error


class _Checked(_ParamType):
    """A value checked by the option table's own rules (the same ones the fixtures apply)."""

    def __init__(self, option: Option) -> None:
        self.option = option
        self.name = _METAVARS[option.kind]

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return check(self.option, value)
        except ValueError as exc:
            self.fail(str(exc).removeprefix(f"{self.option.name}: "), param, ctx)


def _alias_callback(option: Option) -> Callable[[click.Context, click.Parameter, bool], None]:
    def record(ctx: click.Context, _param: click.Parameter, given: bool) -> None:
        if given and option.alias is not None:
            ctx.meta.setdefault(_ALIASES, {})[option.name] = option.alias[1]

    return record


def _params(option: Option) -> list[click.Option]:
    """The click option(s) for one declared option: its --flag, plus its alias if it has one."""
    help_text = option.help + (" [fault injection]" if option.group == "faults" else "")
    default = option.shell_default
    if option.kind == "flag":
        params = [click.Option([option.flag, option.name], is_flag=True, help=help_text)]
    else:
        params = [
            click.Option(
                [option.flag, option.name],
                type=_Checked(option),
                default=_shell_word(default),
                show_default=default is not None,
                metavar=_METAVARS[option.kind],
                help=help_text,
            )
        ]
    if option.alias is not None:
        flag, value = option.alias
        params.append(
            click.Option(
                [flag],
                is_flag=True,
                expose_value=False,
                callback=_alias_callback(option),
                help=f"Same as {option.flag} {_shell_word(value)}.",
            )
        )
    return params


def _shell_word(value: Any) -> Any:
    """How a default is spelled on the command line (booleans as on/off)."""
    return ("on" if value else "off") if isinstance(value, bool) else value


def _build_command() -> click.Command:
    params: list[click.Parameter] = [param for option in OPTIONS for param in _params(option)]
    return click.Command(
        "mock",
        callback=_serve,
        params=params,
        context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
        help=(
            "Run a fake Omi server: stateful, spec-driven, with the real rate limits and optional "
            "fault injection.\n\nPrints shell lines (`export OMI_BASE_URL=...`, OMI_API_KEY, "
            "OMI_FIREBASE_TOKEN) once it listens, so its output can be eval'ed; Ctrl-C stops it. "
            "The pytest fixture omi_fake takes the same options as keyword arguments."
        ),
    )


def _serve(**values: Any) -> int:
    """Build the fake from the parsed options, bind, print the shell lines, serve until stopped."""
    try:
        import uvicorn

        from ._app import DEFAULT_UID
        from ._options import build_app
        from ._server import uvicorn_config
    except ModuleNotFoundError as exc:
        if exc.name not in _EXTRA:
            raise
        raise _MissingExtra(
            f"the fake server needs the mock extra: pip install 'omi-client[mock]' "
            f"({exc.name} is missing)"
        ) from None

    values.update(click.get_current_context().meta.get(_ALIASES, {}))
    app, key = _app_and_key(values, build_app, DEFAULT_UID)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((values["host"], values["port"]))
    except OSError as exc:
        sock.close()
        app.close()
        where = f"{values['host']}:{values['port']}"
        raise click.ClickException(f"cannot listen on {where}: {exc}") from None
    host, port = sock.getsockname()[:2]
    base_url = f"http://{host}:{port}"
    limits = values["rate_limits"]
    state = values["data"] or "in memory"
    print(f"# Fake Omi listening on {base_url}")
    for name, value in (
        ("OMI_BASE_URL", base_url),
        ("OMI_API_KEY", key),
        ("OMI_FIREBASE_TOKEN", app.firebase_token(DEFAULT_UID)),
    ):
        print(f"export {name}={shlex.quote(value)}")
    rate = "on" if limits is True else "off" if limits is False else f"changed {limits}"
    print(f"# state: {state}; rate limits: {rate}. Ctrl-C stops it.", flush=True)
    try:
        uvicorn.Server(uvicorn_config(app)).run(sockets=[sock])
    finally:
        sock.close()
        app.close()
    return 0


def _app_and_key(values: dict[str, Any], build_app: Any, uid: str) -> tuple[Any, str]:
    """The fake and its ready developer key (kept in the data file when there is one)."""
    app = build_app(values, log_requests=False)  # a long-running server keeps no request log
    key = values["key"] or app.store.meta("cli_dev_key")
    if key is None or app.auth.lookup(key) is None:
        key = app.create_key(uid, name="omi-client mock", key=key)
    app.store.set_meta("cli_dev_key", key)
    if values["demo"]:
        from .demo import load_demo

        load_demo(app, uid)
    return app, str(key)


command = _build_command()


def main(argv: list[str] | None = None) -> int:
    """Run `omi-client mock` with these arguments; returns the exit status (2: bad usage).

    Never raises SystemExit, so it can be called from the main CLI or a test.
    """
    try:
        result = command.main(args=argv, prog_name="omi-client mock", standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except (click.Abort, KeyboardInterrupt):
        return 130
    return result if isinstance(result, int) else 0
