"""Code generation: a checked AST (semantics/) becomes Python source, then a code object
with a line map back to the WLanguage positions.

Module map, in the order the compiler uses them:
- `program.py`   the whole program: main code as `__wl_main__`, one `def` per procedure,
                 `compile_program` (which runs the semantic pass first and refuses what
                 it blocks);
- `namespace_values.py` the values its code names globally (declared types, constants,
                 built-ins) and the type phrases read into them;
- `global_symbols.py` its global symbols, collected first (enumerations, constants,
                 structures, classes, procedures, methods; the constants' and enumerations'
                 values in `global_constants.py`);
- `function_defs.py` each function's `def` (main code, procedures, methods: parameters,
                 variables, default result);
- `bodies.py`    one function's layout: parameter prologues, CASE ERROR/EXCEPTION
                 sections, internal procedures, returns with by-reference write-back;
- `functions.py` FunctionCompiler: name resolution and calls of procedures (those of the
                 program's procedures, with their write-back, in `procedure_calls.py`);
- `method_code.py` calls of methods (dispatched, or the syntax the pass chose; the
                 ancestor's; what a method gives back for its parameters);
- `builtin_calls.py` calls of built-ins: H* data names, output parameters stored back,
                 arrays a call grows;
- `stmts.py`     statements: declarations, IF, SWITCH, WHILE, WHEN EXCEPTION...;
- `assigns.py`   assignments (`=`, `+=`, `<-`, `<=`, `(x, y) =`, `x++`), in-place appends;
- `stores.py`    the store an assignment ends with: type conversion, member, element,
                 flag of a combination, part of a date;
- `loops.py`     FOR / FOR EACH (on a data file too) and their `range` fast path;
- `jumps.py`     GOTO and labels: a process with labels as a dispatch loop;
- `spreads.py`   ranges of MyParameters passed on as arguments, and given back;
- `exprs.py`     expressions: literals, names, members, properties, elements;
- `operators.py` their operators: native when the static types allow, inline int
                 guards otherwise; `dated_operators.py` Date, Time and Duration
                 operands of `+`/`-`, `decimal_operators.py` the decimals of a
                 currency or numeric product; `simple_code.py` code safe to use twice;
- `folding.py`   operators on literals computed when compiling (`IF 3 > 0`);
- `ranges.py`    integer bounds of expressions: int stores range-checked only on the
                 side a value can cross, `%` without its sign test when it can;
- `specialize.py` integer versions of procedures (calls passing integers skip guards
                 and entry checks) and the return type of recursive procedures;
- `classes.py`   class constructs (ancestor constructors, LIBÉRER, Class::member,
                 properties, access control);
- `member_inline.py` members of a variable declared of a class or structure, read and
                 written inline (the runtime's call for anything else);
- `emitter.py`   the generated lines and their line map;
- `lazy.py`      Python's compile() of each procedure on its first call (a stub with
                 its signature until then), main code and what CPython could refuse
                 compiled at load.
Symbol tables and static types live in semantics/symbols.py; what generated code calls
at run time lives in runtime/.
"""
