"""Code generation: a checked AST (semantics/) becomes Python source, then a code object
with a line map back to the WLanguage positions.

Module map, in the order the compiler uses them:
- `program.py`   the whole program: global symbols (structures, classes, constants,
                 procedures, methods), main code as `__wl_main__`, `compile_program`
                 (which runs the semantic pass first and refuses what it blocks);
- `bodies.py`    one function's layout: parameter prologues, CASE ERROR/EXCEPTION
                 sections, internal procedures, returns with by-reference write-back;
- `functions.py` FunctionCompiler: name resolution and calls (procedures, methods,
                 built-ins);
- `stmts.py`     statements (assignments with their type conversions, IF, SWITCH...);
- `loops.py`     FOR / FOR EACH and their `range` fast path;
- `exprs.py`     expressions: native operators when the static types allow, inline int
                 guards otherwise;
- `folding.py`   operators on literals computed when compiling (`IF 3 > 0`);
- `ranges.py`    integer bounds of expressions: int stores range-checked only on the
                 side a value can cross, `%` without its sign test when it can;
- `specialize.py` integer versions of procedures (calls passing integers skip guards
                 and entry checks) and the return type of recursive procedures;
- `classes.py`   class constructs (ancestor constructors, LIBÉRER, Class::member,
                 properties, access control);
- `emitter.py`   the generated lines and their line map.
Symbol tables and static types live in semantics/symbols.py; what generated code calls
at run time lives in runtime/.
"""
