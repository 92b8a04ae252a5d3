"""A value stored into a variable named like a secret is remembered as one
(secret_values.note_secret), so `wl test`'s report, `wl run`'s errors and a WL_DEBUG=1
traceback star it wherever it goes next: `sPwd = fLoadText(...)`, `sMotDePasse = Saisie`,
`gsPassword = x`. The name rule is the checker's and the error excerpt's
(secret_names.is_secret_name). A value the program's text holds (`sPwd = "hunter2"`) is
found in the source already (secret_values._source_secrets): no code is added for it.
"""
from __future__ import annotations

__all__ = ["SecretStoreMixin"]

from ..secret_names import is_secret_name
from ..semantics.resolved import Ref
from ..syntax import nodes as N
from ..syntax.names import fold
from .base import CompilerBase

_LITERALS = (N.Str, N.Num)


class SecretStoreMixin(CompilerBase):
    """Notes the value a secret-named variable receives (mixed into the statement
    compiler before the assignments, whose s_Assign it wraps)."""

    def s_Assign(self, s: N.Assign) -> None:
        super().s_Assign(s)  # type: ignore[misc]  # (AssignMixin.s: after this in the MRO)
        target = s.target
        if type(target) is N.Name and type(s.value) not in _LITERALS \
                and is_secret_name(target.name) and self.prog.refs.of(target) is Ref.VAR:
            self.note_stored(target)

    def note_secret_decl(self, s: N.Decl) -> None:
        """`sPwd is string = fLoadText(...)`: the last name is the one initialised
        (?1514069), a secret when it is named like one."""
        if s.init is None or type(s.init) in _LITERALS:
            return
        name, line, col = s.names[-1]
        if is_secret_name(name) and self.scope.lookup(fold(name)) is not None:
            self.note_stored(self.var_node(line, col, name))

    def note_stored(self, target: N.Name) -> None:
        """The variable's value, read back after the store (a variable's read has no
        effect of its own), remembered as a secret."""
        self.out.emit(f"note_secret({self.value(target)})")
