"""Compiling the class constructs of real WINDEV code: `Constructeur Base(args)`,
`LIBÉRER obj`, members read and assigned (`obj.m`, property accessors). `CClass::member`,
`::member` and the other global members: class_statics.py.

Access control (PRIVÉ / PROTÉGÉ members and methods used outside their class) is decided
by the semantic pass (WL112, semantics/analysis.py `inaccessible`), before compiling.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..syntax import nodes as N
from ..runtime.kinds import KindNames as Kind
from ..syntax.names import fold
from ..runtime.objects import CONSTRUCTORS as _CTORS

from .base import RefNames as Ref
from .class_statics import StaticMemberMixin, as_class_member
from .ranges import Bounds
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from ..semantics.creation import not_object_member
else:
    on_first_call(globals(), "..semantics.creation", "not_object_member")

_RECORD_LIKE = frozenset({"record", "enregistrement", "datasource", "sourcededonnees"})
DATA_NAME = "data_name("  # how an undeclared name compiles (compiler/functions.py)
# the verdicts of `obj.M` written without parentheses that the pass found to be a method
# call (semantics/member_checks.py): compiled as `obj.M()`
_CALLED = frozenset({Ref.METHOD, Ref.DYNAMIC, Ref.STATIC_METHOD,  # `CInv.Total`: called
                     Ref.ANCESTOR_METHOD})


class ClassMixin(StaticMemberMixin):
    """Class-related statements and expressions (mixed into the function compiler)."""

    def receiver_class(self, obj: N.Expr) -> str | None:
        """The class (folded) an object expression certainly is, never Null: a variable
        declared of a class (not dynamic), or a member so declared of the current object
        (`m_o`, `:m_o`) or of such an expression (`o.m_p`): the semantic pass reads the
        same declarations (member_checks.py `static_class`)."""
        if isinstance(obj, N.Name):
            var = self.scope.lookup(fold(obj.name))
            if var is not None:
                return var.spec.name if var.spec.kind == Kind.STRUCT \
                    and not var.spec.dynamic else None
            if self.prog.refs.get(obj) is not Ref.MEMBER:
                return None
            holder = fold(self.current_class() or "")
        elif type(obj) is N.Member and self.prog.refs.get(obj) is None:
            found = self.receiver_class(obj.obj)
            if found is None:
                return None
            holder = found
        else:
            return None
        sdef = self.prog.structs.get(holder)
        key = fold(obj.name)
        spec = next((sp for m, _, sp in sdef.members if m == key), None) if sdef else None
        if spec is None or spec.kind != Kind.STRUCT or spec.dynamic:
            return None
        return spec.name if spec.name in self.prog.structs else None

    def s_AncestorCall(self, s: N.AncestorCall) -> None:
        """`Constructeur CBase(args)`: the ancestor's constructor, on the current object;
        the ancestor's constructor is then not run a second time automatically.
        `Constructeur m_x(args)`: the member m_x built with them (a member's name wins
        over a class's, as inside the class)."""
        owner = self.current_class()
        cls = fold(s.cls)
        sdef = self.prog.structs.get(owner) if owner is not None else None
        spec = next((t for m, _, t in sdef.members if m == cls), None) if sdef else None
        if spec is not None:
            if spec.kind != Kind.STRUCT or spec.name not in self.prog.structs:
                self.out.emit(self.prog.fail_code(not_object_member(s.cls) + ".", s))
                return
            args = self.creation_values(s.args, s)
            self.out.emit(f"construct_member(_rt, a__objet, {cls!r}{args})")
            return
        if owner is None or cls not in self.prog.structs:  # an error when it runs
            why = ("'Constructor Base(...)' is only allowed in a constructor of a class."
                   if owner is None else f"Unknown class '{s.cls}'.")
            self.out.emit(self.prog.fail_code(why, s))
            return
        self.prog.structs[owner].explicit_ctor = True
        args = self.creation_values(s.args, s)
        self.out.emit(f"call_class_method(_rt, a__objet, {cls!r}, {_CTORS!r}{args})")

    def s_Free(self, s: N.Free) -> None:
        """`LIBÉRER obj`: destructor now; a variable then holds Null."""
        self.out.emit(f"free_object({self.value(s.target)})")
        if isinstance(s.target, N.Name):
            var = self.scope.lookup(fold(s.target.name))
            if var is not None and var.spec.kind in (Kind.STRUCT, Kind.OBJECT, Kind.VARIANT):
                self.note_write(var)
                self.out.emit(f"{var.pyname} = None")
        elif isinstance(s.target, N.Member):  # libérer :m_obj: the member holds Null too
            self.store_into(s.target, "None")

    def s_InterfaceDecl(self, s: N.InterfaceDecl) -> None:
        self.out.emit("pass  # INTERFACE " + s.name.replace("\n", " "))

    def s_EnumDecl(self, s: N.EnumDecl) -> None:
        self.out.emit("pass  # ENUMERATION " + s.name.replace("\n", " "))

    def member_code(self, e: N.Member) -> str:
        """`obj.m`: a property's `<get>` when some class declares one named m."""
        named = self.prog.refs.stands_for.get(id(e))
        if named is not None and type(named[1]) is N.Member:  # `CTreuil.eRecepteur`
            return self.member_code(named[1])
        if named is not None:  # `CSorter.Compare`: `CSorter::Compare`, a reference
            return self.x_ClassMember(named[1])[0]
        if self.prog.refs.get(e) is Ref.STATIC:  # Logger.niveau
            return self.x_ClassMember(as_class_member(e))[0]
        if self.prog.refs.get(e) is Ref.STATIC_PROPERTY:  # CX.Count: a GLOBAL property
            return self.class_property_get(as_class_member(e))
        key = fold(e.name)
        if self.prog.refs.get(e) is Ref.OBJECT_METHOD_REF:  # `Run(o.Show)`: bound to o
            return f"class_method_ref(_rt, '', {key!r}, {e.name!r}, {self.value(e.obj)})"
        if self.prog.refs.get(e) in _CALLED:  # `inv.Count`: the method, called
            return self.compile_call(N.Call(e.line, e.col, e, []))[0]
        if self.prog.refs.get(e) is Ref.CONSTANT:  # obj.CONST: a constant of obj's class
            return self.prog.constant_code(self.prog.refs.constant_key(e, key))[0]
        if isinstance(e.obj, N.Name) and self.prog.refs.of(e.obj) is Ref.CONSTANT \
                and key in self.prog.enums.get(fold(e.obj.name), ()):
            return self.prog.constant_code(key)[0]  # Colors.Green
        if isinstance(e.obj, N.Name) and fold(e.obj.name) in self.prog.enums \
                and self.scope.lookup(fold(e.obj.name)) is None:  # Colors.Mauve
            what = "an option of the combination" \
                if fold(e.obj.name) in self.prog.combinations else "a value of the enumeration"
            message = f"'{e.name}' is not {what} {e.obj.name}."
            return f"fail({message!r}, {e.line}, {e.col + 1})"
        owner = self.global_member_of(e)
        if owner is not None:  # `c.s_n`: the GLOBAL member of c's class
            return f"class_static_get(_ctx, {owner!r}, {key!r})"
        obj = self.object_value(e.obj, e.name)
        if key in self.prog.properties and (not self.is_self(e.obj) or self.own_property(key)):
            return f"get_property(_rt, {obj}, {key!r}, {e.name!r})"
        if obj.startswith(DATA_NAME):  # maybe `File.Item` (wlinterp/hfsql/hooks.py)
            general = f"data_item{obj[len(DATA_NAME) - 1:-1]}, {key!r})"
            name = fold(e.obj.name) if isinstance(e.obj, N.Name) else ""
            loop = self.file_loops.get(name) if name else None
            if loop is None:
                return general
            # inside `FOR EACH File`: the loop's context, while File still designates it
            # (hfsql/database.py, Contexts), and `Item` is one of its items (its index
            # looked up on the first read: -1 before, -2 when not an item)
            ctx, items = loop
            n = items.get(key) or items.setdefault(key, self.temp())
            return (f"(({ctx}.buffer[{n}] if {ctx}.marks[{n}] is None else {ctx}.value_at({n})) "
                    f"if {ctx}.named_as == {name!r} and "
                    f"({n} >= 0 or ({n} := {ctx}.index.get({key!r}, -2)) >= 0) "
                    f"else {general})")
        shown = f", {e.name!r}" if e.name != key else ""  # the spelling (XML element names)
        if key in self.prog.methods_only:  # a method, if the object's class has it: the
            # class known only when run, or known here but not to the pass (a FOR EACH
            # element, `p.Total` with p of an array of objects): no member has that name
            return f"member_or_method(_rt, {obj}, {key!r}, {e.name!r})"
        return self.member_read(self.declared_struct(e.obj), obj, key, shown)

    def element_call(self, e: N.Index) -> tuple[str, str] | None:
        """(`data_element`, `_rt, 'file', v_file, 'item', i`) for `File.Item[i]` where File
        is an undeclared name (maybe a data file and Item an array item), and
        (`record_element`, `v_r, 'item', i`) where r is a `Record of File` variable
        (hfsql/array_items.py): the helper whose `_set` stores; None for any other
        subscript."""
        head = self.element_holder(e)
        if head is None:
            return None
        key = fold(e.obj.name)  # type: ignore[attr-defined]
        function, obj = head
        return function, f"{obj}, {key!r}, {self.value(e.args[0])}"

    def element_holder(self, e: N.Index) -> tuple[str, str] | None:
        """The helper and the code of File (its `data_name(...)` call's arguments) or of
        the Record variable in `File.Item[i]` / `r.Item[i]`, free of side effects; None
        for any other subscript."""
        member = e.obj
        if type(member) is not N.Member or len(e.args) != 1 or member.colon \
                or type(member.obj) is not N.Name or self.prog.refs.get(member) is not None \
                or fold(member.name) in self.prog.properties:
            return None
        spec = self.static_spec(member.obj)
        if spec is not None and spec.kind == Kind.OBJECT \
                and spec.name in _RECORD_LIKE:  # a Record of File, a Data Source
            return "record_element", self.value(member.obj)
        obj = self.value(member.obj)
        if not obj.startswith(DATA_NAME):
            return None
        return "data_element", obj[len(DATA_NAME):-1]

    def object_value(self, e: N.Expr, member: str) -> str:
        """The code of the object whose `member` is read, written or called. An object
        declared of a class or structure is noted with the statement (`null_place`): if
        it is Null when the code runs, the error names it then (null_objects.py), and
        the member read itself pays nothing for that."""
        code = self.value(e)
        spec = self.static_spec(e)
        if spec is not None and (spec.kind == Kind.STRUCT or spec.dynamic and spec.name
                                 and fold(spec.name) in self.prog.interfaces):
            self.prog.null_place(self.out.pos[0], member, e, spec)  # (or an interface's)
        return code

    def store_member(self, target: N.Member, code: str, by_ref: bool = False,
                     shares: bool = False, known: Bounds | None = None) -> None:
        """`obj.m = x`; `by_ref` (`obj.m <- x`): the member designates x's array,
        structure or object itself (runtime/assignment.py `set_member_ref`); `shares`
        (`obj.m = t`, m declared an array): it designates t's array when of its type."""
        if self.prog.refs.get(target) is Ref.STATIC:  # Logger.niveau = ...
            self.store_class_member(as_class_member(target), code)
            return
        if self.prog.refs.get(target) is Ref.STATIC_PROPERTY:  # CX.Count = v
            self.store_class_property(as_class_member(target), code)
            return
        key = fold(target.name)
        owner = self.global_member_of(target)
        if owner is not None and not by_ref and not shares:  # `c.s_n = 3`
            self.out.emit(f"class_static_set(_ctx, {owner!r}, {key!r}, {code})")
            return
        obj = self.object_value(target.obj, target.name)
        if key in self.prog.properties and (not self.is_self(target.obj)
                                            or self.own_property(key)):
            self.out.emit(f"set_property(_rt, {obj}, {key!r}, {code}, {target.name!r})")
            return
        if obj.startswith(DATA_NAME):
            self.store_data_item(target, obj[len(DATA_NAME) - 1:-1], key, code)
            return
        outside = self.outside_read_only(key)  # the semantic pass could not tell the class
        if by_ref or shares:
            self.out.emit(f"set_member_{'ref' if by_ref else 'array'}({obj}, {key!r}, "
                          f"{code}, _ctx, {target.name!r}"
                          f"{', outside=True' if outside else ''})")
        elif outside:
            self.out.emit(f"set_member_outside({obj}, {key!r}, {code}, _ctx, {target.name!r})")
        elif target.colon:  # node:attribute = v (node:p:name = v: a prefixed attribute)
            prefix = ", True" if isinstance(target.obj, N.Member) and target.obj.colon else ""
            self.out.emit(f"set_colon_member({obj}, {key!r}, {code}, _ctx, {target.name!r}"
                          f"{prefix})")
        elif not self.member_store(target, obj, key, code, known):
            self.out.emit(f"set_member({obj}, {key!r}, {code}, _ctx, {target.name!r})")

    def store_data_item(self, target: N.Member, args: str, key: str, code: str) -> None:
        """`File.Item = v` where File is undeclared (maybe a data file: hfsql/hooks.py).
        The first write goes through `data_item_set`, which returns the file's context
        and the item's index; kept in two locals of the function, they let the next
        writes store into the buffer inline (converted as `data_item_set` does), while
        the context is still what the name designates (`named_as`, hfsql/database.py
        Contexts): no call, no name look-up, for the statements that fill a record
        before HAdd (docs/hfsql.md, "Performance")."""
        name = fold(target.obj.name) if isinstance(target.obj, N.Name) else ""
        general = f"data_item_set{args}, {key!r}, {{v}}, _ctx, {target.name!r})"
        if not name:
            self.out.emit(general.format(v=code))
            return
        slot = self.data_slots.get((name, key))
        if slot is None:
            slot = self.data_slots[(name, key)] = (self.temp(), self.temp())
        ctx, n = slot
        v = code
        if not code.isidentifier():  # evaluated once, before the context is looked at
            v = self.temp()
            self.out.emit(f"{v} = {code}")
        self.out.emit(f"if {ctx} is not None and {ctx}.named_as == {name!r}:")
        self.out.indent()
        self.out.emit(f"{ctx}.buffer[{n}] = {v} if type({v}) is {ctx}.natives[{n}] else "
                      f"{ctx}.coercers[{n}]({v})")
        self.out.dedent()
        self.out.emit("else:")
        self.out.indent()
        self.out.emit(f"{ctx}, {n} = " + general.format(v=v))
        self.out.dedent()

    def member_to_change(self, e: N.Expr, how: str) -> str:
        """The value of `e`, about to be changed in place (`o.m_t[1] = 3`, `Add(o.m_t, 5)`):
        when `e` is a member that may be CONSTANT for this code, the object's class is
        checked when it runs (semantics/read_only.py reports what is certain)."""
        if isinstance(e, N.Member) and not self.is_self(e.obj) \
                and self.outside_read_only(fold(e.name)):
            return (f"member_to_change({self.value(e.obj)}, {fold(e.name)!r}, {e.name!r}, "
                    f"{how!r})")
        return self.value(e)

    def outside_read_only(self, key: str) -> bool:
        """Is `key` a CONSTANT member of a class that this code is not a method of (nor
        of a class derived from it)? Then the write is checked on the object itself."""
        owners = {cls for member, cls in self.prog.read_only if member == key}
        here = self.current_class()
        lineage = self.prog.structs[fold(here)].lineage() if here and fold(here) in \
            self.prog.structs else []
        return bool(owners) and not owners & set(lineage)

    def own_property(self, key: str) -> bool:
        """In a method, is `key` (folded) a property of the current object, no member of
        its class having that name? `Value`, `:Value` or `objet.Value` then calls the
        `<get>` / `<set>`, as outside the class (a member of the same name is the member:
        the accessors themselves read it so)."""
        cls = self.current_class()
        return key in self.prog.properties and cls is not None \
            and self.member_spec(cls, key) is None

    @staticmethod
    def is_self(e: Any) -> bool:
        return isinstance(e, N.Name) and fold(e.name) in ("objet", "object")


def written_path(e: N.Expr) -> str:
    """`o.m_child` for a chain of members from a variable, as written ("" otherwise):
    the name a Null member object's error gives."""
    if type(e) is N.Name:
        return e.name
    if type(e) is N.Member:
        if type(e.obj) is N.Name and e.obj.col == e.col:  # `:m_child` (the parser's
            return ":" + e.name                           # `objet`, at the colon)
        obj = written_path(e.obj)
        return f"{obj}.{e.name}" if obj else ""
    return ""
