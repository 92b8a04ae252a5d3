"""Automation (ActiveX/OLE) objects: declared, never usable.

`o is object Automation "Excel.Application"` / `o est un objet Automation ...` declares
a variable without any warning (ported code is full of them), but automation servers
exist only on Windows: reading, writing or calling any member of the variable is the
same clear "ActiveX/OLE is not available" error as `o>>Member`
(wlinterp/runtime/operators.py `automation_fail`).
"""
from __future__ import annotations

from typing import Any

from wlinterp.registry import Family
from wlinterp.runtime.operators import ControlRef, automation_fail

family = Family("Automation")


class AutomationObject:
    """The value of an automation variable: every member use fails with the reason."""

    def wl_get(self, name: str) -> Any:
        return automation_fail(name, ".")

    def wl_set(self, name: str, value: Any, ctx: Any) -> None:
        automation_fail(name, ".")

    def wl_method(self, name: str) -> Any:
        return automation_fail(name + "()", ".")


family.type("AutomationObject", "ObjetAutomation", lambda rt: AutomationObject(),
            "Object Automation", "Objet Automation")


family.type("Control", "Champ", lambda rt: ControlRef())
