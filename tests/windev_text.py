"""Writing small WINDEV text-format files (.wdg procedure sets, .wdc classes) for tests."""
from __future__ import annotations


def _block(code: str, indent: int) -> str:
    pad = " " * indent
    return "".join(pad + line + "\n" for line in code.strip("\n").splitlines())


def procedure_set(name: str, declarations: str, procedures: dict[str, str]) -> str:
    """A .wdg: global declarations, then one element per procedure."""
    out = ["#To edit and compare internal_properties, use WINDEV integrated tools.\n",
           "info :\n", f" name : {name}\n", " type : 7\n", "code_elements :\n",
           " internal_properties : x\n", " p_codes :\n", "  -\n",
           "    code : |1+\n", _block(declarations or "// nothing", 5), "    type : 720896\n",
           "procedures :\n"]
    for proc, code in procedures.items():
        out += [" -\n", f"   name : {proc}\n", "   type_code : 15\n", "   code : |1+\n",
                _block(code, 4), "   type : 458752\n"]
    return "".join(out)


def class_file(name: str, declaration: str, methods: dict[str, str],
               properties: dict[str, list[str]] | None = None) -> str:
    """A .wdc: the class declaration, then one element per method; `properties`: each
    property's getter code, then its setter's if it has one (as the IDE saves them:
    plain method headers, the element's type telling which accessor it is)."""
    out = ["info :\n", f" name : {name}\n", " type : 4\n", "class :\n", " code_elements :\n",
           "  p_codes :\n", "   -\n", "     code : |1+\n", _block(declaration, 6),
           "     type : 131072\n", "  procedures :\n"]
    for method, code in methods.items():
        out += ["   -\n", f"     name : {method}\n", "     type_code : 12\n",
                "     code : |1+\n", _block(code, 6), "     type : 589824\n"]
    if properties:
        out.append("  properties :\n")
    for prop, accessors in (properties or {}).items():
        out += ["   -\n", f"     name : {prop}\n", "     type_code : 103\n",
                "     p_codes :\n"]
        for code, kind in zip(accessors, ("1966080", "2031616")):
            out += ["      -\n", "        code : |1-\n", _block(code, 9),
                    f"        type : {kind}\n"]
    return "".join(out)


def project_file(name: str, initialization: str, closing: str = "") -> str:
    """A .wdp: the project's initialization (its globals), then its closing code."""
    out = ["info :\n", f" name : {name}\n", " type : 4097\n", "project :\n",
           " code_elements :\n", "  type_code : 0\n", "  p_codes :\n", "   -\n",
           "     code : |1-\n", _block(initialization, 6), "     type : 196608\n"]
    if closing:
        out += ["   -\n", "     code : |1+\n", _block(closing, 6), "     type : 196610\n"]
    return "".join(out)
