"""``flyte-lite completion SHELL``: a completion script, made from the argument parser."""

from __future__ import annotations

import argparse
import sys
from typing import NamedTuple

from flyte_lite.cli.common import EXIT_OK, PROG

SUMMARY = "print a shell completion script (bash, zsh or fish)"
EPILOG = """\
Load it in the running shell, or install it where your shell looks:
  bash:  source <(flyte-lite completion bash)
  zsh:   source <(flyte-lite completion zsh)
  fish:  flyte-lite completion fish > ~/.config/fish/completions/flyte-lite.fish

examples:
  flyte-lite completion bash > /etc/bash_completion.d/flyte-lite"""

SHELLS = ("bash", "zsh", "fish")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("shell", choices=SHELLS, help="the shell to complete in")


def run(args: argparse.Namespace) -> int:
    from flyte_lite.cli.app import build_parser

    commands = commands_of(build_parser())
    sys.stdout.write(_WRITERS[args.shell](commands))
    return EXIT_OK


class Option(NamedTuple):
    """One option: its spellings, its choices (empty: any value or none), its help."""

    flags: tuple[str, ...]
    choices: tuple[str, ...]
    takes_value: bool
    help: str


class Command(NamedTuple):
    name: str
    help: str
    options: tuple[Option, ...]
    positional_choices: tuple[str, ...]


def commands_of(parser: argparse.ArgumentParser) -> list[Command]:
    """The subcommands of ``parser`` with their options, read from argparse's actions."""
    found = []
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        helps = {a.dest: a.help or "" for a in action._choices_actions}
        for name, sub in action.choices.items():
            options: list[Option] = []
            positional: tuple[str, ...] = ()
            for item in sub._actions:
                choices = tuple(str(c) for c in item.choices or ())
                if item.option_strings:
                    flags = tuple(item.option_strings)
                    options.append(Option(flags, choices, item.nargs != 0, item.help or ""))
                elif choices:
                    positional = choices
            found.append(Command(name, helps.get(name, ""), tuple(options), positional))
    return found


def _bash(commands: list[Command]) -> str:
    function = "_" + PROG.replace("-", "_")
    cases = []
    for command in commands:
        words = " ".join(f for o in command.options for f in o.flags)
        values = [
            f"            {'|'.join(o.flags)}) COMPREPLY=($(compgen -W \"{' '.join(o.choices)}\""
            ' -- "$cur")); return;;'
            for o in command.options
            if o.choices
        ]
        takes = "|".join(f for o in command.options if o.takes_value and not o.choices
                         for f in o.flags)
        if takes:
            values.append(f"            {takes}) COMPREPLY=(); return;;")  # a value to type
        cases.append(
            f"        {command.name})\n"
            f'            case "$prev" in\n' + "\n".join(values) + "\n            esac\n"
            f'            if [[ "$cur" == -* ]]; then\n'
            f'                COMPREPLY=($(compgen -W "{words}" -- "$cur"))\n'
            f"            else\n"
            f'                COMPREPLY=($(compgen {_positional(command)} -- "$cur"))\n'
            f"            fi;;"
        )
    names = " ".join(c.name for c in commands)
    return f"""# bash completion for {PROG}; made by `{PROG} completion bash`
{function}() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}" prev="${{COMP_WORDS[COMP_CWORD-1]}}"
    local command="" word
    for word in "${{COMP_WORDS[@]:1:COMP_CWORD-1}}"; do
        case "$word" in -*) ;; *) command="$word"; break;; esac
    done
    case "$command" in
        "") COMPREPLY=($(compgen -W "{names} --help --version" -- "$cur"));;
{chr(10).join(cases)}
    esac
}}
complete -o filenames -F {function} {PROG}
"""


def _positional(command: Command) -> str:
    """compgen's source of positional words: the choices, else file names."""
    if command.positional_choices:
        return f"-W \"{' '.join(command.positional_choices)}\""
    return "-f"


def _zsh(commands: list[Command]) -> str:
    return (
        f"#compdef {PROG}\n# zsh completion for {PROG}, through bash's: made by "
        f"`{PROG} completion zsh`\nautoload -U +X bashcompinit && bashcompinit\n"
        + _bash(commands).split("\n", 1)[1]
    )


def _fish(commands: list[Command]) -> str:
    lines = [f"# fish completion for {PROG}; made by `{PROG} completion fish`"]
    lines.append(f"complete -c {PROG} -f")
    names = " ".join(c.name for c in commands)
    for command in commands:
        lines.append(
            f"complete -c {PROG} -n 'not __fish_seen_subcommand_from {names}' "
            f"-a {command.name} -d {_fish_quote(command.help)}"
        )
        seen = f"-n '__fish_seen_subcommand_from {command.name}'"
        if command.positional_choices:
            lines.append(f"complete -c {PROG} {seen} -a '{' '.join(command.positional_choices)}'")
        else:
            lines.append(f"complete -c {PROG} {seen} -F")
        for option in command.options:
            spellings = " ".join(
                f"-l {f[2:]}" if f.startswith("--") else f"-s {f[1:]}" for f in option.flags
            )
            values = f" -xa '{' '.join(option.choices)}'" if option.choices else (
                " -r" if option.takes_value else ""
            )
            lines.append(
                f"complete -c {PROG} {seen} {spellings}{values} -d {_fish_quote(option.help)}"
            )
    return "\n".join(lines) + "\n"


def _fish_quote(text: str) -> str:
    short = text.split(";")[0].split(". ")[0][:60]
    return "'" + short.replace("\\", "\\\\").replace("'", "\\'") + "'"


_WRITERS = {"bash": _bash, "zsh": _zsh, "fish": _fish}
