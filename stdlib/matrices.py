"""Matrices (Mat*): two-dimensional tables of numbers named by a string, created by
MatCreate/MatCrée and shared by the whole run (the financial functions read them too:
FinNetCurrentVal(rate, "Matrix")), with reading and writing, sizes, copy, fill, sum and
product of matrices or with a real, transposition, determinant and inverse.

Pure Python. Elements are numbers, 0 until written; a matrix grows when an element
beyond its size is written (a dynamic matrix, as the help's FinNetCurrentVal example
uses it: MatCreate("Matrix") then MatWrite element by element). Determinant and inverse
are computed with exact fractions (no rounding error on whole or decimal elements), then
given back as integers when whole and as reals otherwise.

Error convention, as the Fin* functions whose page documents it (help 3050053): a
function that fails returns False (or 0 for a number), sets ErrorOccurred/ErrorInfo and
MatError gives the error's number; a success sets MatError to 0. No stored help page:
French names INFERRED (PC SOFT's French list), English names INFERRED from the
MatCreate the FinNetCurrentVal page names; parameters *decided* (docs/builtins.md
"Matrices").
"""
from __future__ import annotations

from fractions import Fraction
from typing import Any, Callable

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family, NumberArg, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.limits import check_array
from wlinterp.runtime.state import Runtime
from .strings import text_arg

family = Family("Matrices")

# MatError's numbers (wlinterp's own)
MAT_ERR_UNKNOWN = 1    # no matrix of that name
MAT_ERR_OUTSIDE = 2    # a row or column outside the matrix
MAT_ERR_SIZES = 3      # sizes that do not fit the operation
MAT_ERR_SQUARE = 4     # the operation needs a square matrix
MAT_ERR_SINGULAR = 5   # the determinant is 0: no inverse

Grid = list[list[Any]]


def _store(rt: Runtime) -> dict[str, Grid]:
    store = rt.state.get("mat:store")
    if store is None:
        store = rt.state["mat:store"] = {}
    return store


def _key(name: object) -> str:
    return V.to_str(name).strip().casefold()


def _fail(rt: Runtime, number: int, message: str, value: object = False) -> BuiltinFailure:
    rt.state["mat:error"] = number
    return BuiltinFailure(message, value=value)


def _ok(rt: Runtime, value: Any = True) -> Any:
    rt.state["mat:error"] = 0
    return value


def matrix(rt: Runtime, name: object, fname: str, value: object = False) -> Grid:
    """The rows of the matrix called `name` (the financial functions use it too)."""
    grid = _store(rt).get(_key(name))
    if grid is None:
        raise _fail(rt, MAT_ERR_UNKNOWN, f"{fname}: there is no matrix named "
                                         f"{V.to_str(name)!r} (MatCreate creates one).", value)
    return grid


def _size(grid: Grid) -> tuple[int, int]:
    return len(grid), (len(grid[0]) if grid else 0)


def _index(rt: Runtime, k: int, limit: int, what: str, fname: str,
           failed: object = False) -> int:
    """A 1-based row or column number (converted before the matrix is looked up, so a
    parameter of the wrong type is reported first) as a 0-based index."""
    if not 1 <= k <= limit:
        raise _fail(rt, MAT_ERR_OUTSIDE, f"{fname}: {what} {k} is outside the matrix "
                                         f"(1 to {limit}).", failed)
    return k - 1


def _number(x: Fraction) -> int | float:
    return int(x) if x.denominator == 1 else float(x)


def _exact(x: Any) -> Fraction:
    return Fraction(str(x)) if not isinstance(x, (int, Fraction)) else Fraction(x)


def _plain(x: Any) -> Any:
    """A whole real prints as an integer, as the other numeric built-ins give it."""
    return int(x) if isinstance(x, float) and x.is_integer() else x


def _put(rt: Runtime, name: object, grid: Grid) -> bool:
    _store(rt)[_key(name)] = grid
    return _ok(rt)


def matrix_put(rt: Runtime, name: object, grid: Grid) -> bool:
    """Create or overwrite the matrix `name` with `grid` (rows of numbers): for the
    families that write a matrix (FinRedemption's amortization table)."""
    return _put(rt, name, [[_plain(x) for x in row] for row in grid])


@family.function("MatCreate", "MatCrée")
def mat_create(rt: Runtime, name: TextArg, rows: NumberArg = 0, columns: NumberArg = 0) -> bool:
    """Create (or empty) the matrix `name`, of `rows` x `columns` zeros (empty by
    default: it grows as elements are written)."""
    r, c = max(0, int(V.to_num(rows))), max(0, int(V.to_num(columns)))
    check_array(r * c, "MatCreate")  # --max-array: its elements, as an array's
    return _put(rt, name, [[0] * c for _ in range(r)] if c else [])


@family.function("MatDelete", "MatSupprime", can_fail=True)
def mat_delete(rt: Runtime, name: TextArg) -> bool:
    """Forget the matrix `name`."""
    matrix(rt, name, "MatDelete")
    del _store(rt)[_key(name)]
    return _ok(rt)


@family.function("MatExist", "MatExiste")
def mat_exist(rt: Runtime, name: TextArg) -> bool:
    """Whether a matrix called `name` exists."""
    return _key(name) in _store(rt)


@family.function("MatWrite", "MatEcrit", can_fail=True)
def mat_write(rt: Runtime, name: TextArg, value: NumberArg, row: NumberArg,
              column: NumberArg) -> bool:
    """Write `value` at (row, column), growing the matrix (with zeros) to reach it."""
    x, r, c = V.to_num(value), int(V.to_num(row)), int(V.to_num(column))
    grid = matrix(rt, name, "MatWrite")
    if r < 1 or c < 1:
        raise _fail(rt, MAT_ERR_OUTSIDE, f"MatWrite: row {r}, column {c}: rows and "
                                         "columns start at 1.")
    rows, cols = _size(grid)
    width = max(cols, c)
    check_array(max(rows, r) * width, "MatWrite")
    for line in grid:
        line.extend([0] * (width - len(line)))
    grid.extend([0] * width for _ in range(r - rows))
    grid[r - 1][c - 1] = x
    return _ok(rt)


@family.function("MatRead", "MatLit", can_fail=True)
def mat_read(rt: Runtime, name: TextArg, row: NumberArg, column: NumberArg) -> Any:
    """The element at (row, column)."""
    k, j = int(V.to_num(row)), int(V.to_num(column))
    grid = matrix(rt, name, "MatRead", 0)
    rows, cols = _size(grid)
    r = _index(rt, k, rows, "row", "MatRead", 0)
    return _ok(rt, grid[r][_index(rt, j, cols, "column", "MatRead", 0)])


def _joined(values: list[Any], separator: str) -> str:
    return separator.join(V.to_str(v) for v in values)


@family.function("MatReadLine", "MatLitLigne", can_fail=True)
def mat_read_line(rt: Runtime, name: TextArg, row: NumberArg, separator: TextArg = "\t") -> str:
    """The elements of a row, separated by a tab (or `separator`)."""
    k, sep = int(V.to_num(row)), text_arg(separator, "MatReadLine")
    grid = matrix(rt, name, "MatReadLine", "")
    r = _index(rt, k, len(grid), "row", "MatReadLine", "")
    return _ok(rt, _joined(grid[r], sep))


@family.function("MatReadColumn", "MatLitColonne", can_fail=True)
def mat_read_column(rt: Runtime, name: TextArg, column: NumberArg,
                    separator: TextArg = "\t") -> str:
    """The elements of a column, separated by a tab (or `separator`)."""
    k, sep = int(V.to_num(column)), text_arg(separator, "MatReadColumn")
    grid = matrix(rt, name, "MatReadColumn", "")
    c = _index(rt, k, _size(grid)[1], "column", "MatReadColumn", "")
    return _ok(rt, _joined([line[c] for line in grid], sep))


@family.function("MatNbLine", "MatNbLigne", can_fail=True)
def mat_nb_line(rt: Runtime, name: TextArg) -> int:
    """The number of rows."""
    return _ok(rt, _size(matrix(rt, name, "MatNbLine", 0))[0])


@family.function("MatNbColumn", "MatNbColonne", can_fail=True)
def mat_nb_column(rt: Runtime, name: TextArg) -> int:
    """The number of columns."""
    return _ok(rt, _size(matrix(rt, name, "MatNbColumn", 0))[1])


@family.function("MatFill", "MatRemplit", can_fail=True)
def mat_fill(rt: Runtime, name: TextArg, value: NumberArg, rows: object = None,
             columns: object = None) -> bool:
    """Set every element to `value`; with a size, the matrix gets that size first."""
    x = V.to_num(value)
    grid = matrix(rt, name, "MatFill")
    r, c = _size(grid)
    if rows is not None:
        r = max(0, int(V.to_num(rows)))
        c = max(0, int(V.to_num(columns))) if columns is not None else c
    check_array(r * c, "MatFill")
    return _put(rt, name, [[x] * c for _ in range(r)] if c else [])


@family.function("MatCopy", "MatCopie", can_fail=True)
def mat_copy(rt: Runtime, source: TextArg, destination: TextArg) -> bool:
    """Copy a matrix into `destination` (created or replaced)."""
    text_arg(destination, "MatCopy")
    grid = matrix(rt, source, "MatCopy")
    return _put(rt, destination, [list(line) for line in grid])


def _result(rt: Runtime, first: object, result: object, grid: Grid) -> bool:
    """Store an operation's result under `result`, else in place of the first matrix."""
    return _put(rt, first if result is None else result, grid)


def _cellwise(rt: Runtime, fname: str, a: Grid, b: Grid, op: Callable[[Any, Any], Any]) -> Grid:
    if _size(a) != _size(b):
        raise _fail(rt, MAT_ERR_SIZES, f"{fname}: a {_size(a)[0]}x{_size(a)[1]} and a "
                                       f"{_size(b)[0]}x{_size(b)[1]} matrix.")
    return [[_plain(op(x, y)) for x, y in zip(la, lb)] for la, lb in zip(a, b)]


@family.function("MatAdd", "MatAdditionne", can_fail=True)
def mat_add(rt: Runtime, first: TextArg, second: TextArg, result: object = None) -> bool:
    """The sum of two matrices of the same size, into `result` (else into the first)."""
    text_arg(second, "MatAdd")
    a, b = matrix(rt, first, "MatAdd"), matrix(rt, second, "MatAdd")
    return _result(rt, first, result, _cellwise(rt, "MatAdd", a, b, lambda x, y: x + y))


@family.function("MatMultiply", "MatMultiplie", can_fail=True)
def mat_multiply(rt: Runtime, first: TextArg, second: TextArg, result: object = None) -> bool:
    """The product first x second (the first's columns must be the second's rows)."""
    text_arg(second, "MatMultiply")
    a, b = matrix(rt, first, "MatMultiply"), matrix(rt, second, "MatMultiply")
    (ra, ca), (rb, cb) = _size(a), _size(b)
    if ca != rb:
        raise _fail(rt, MAT_ERR_SIZES, f"MatMultiply: a {ra}x{ca} matrix times a {rb}x{cb} "
                                       "one: the first's columns must be the second's rows.")
    product = [[_plain(sum(a[i][k] * b[k][j] for k in range(ca))) for j in range(cb)]
               for i in range(ra)]
    return _result(rt, first, result, product)


def _with_real(rt: Runtime, fname: str, name: object, value: object, result: object,
               op: Callable[[Any, Any], Any]) -> bool:
    x = V.to_num(value)
    grid = matrix(rt, name, fname)
    return _result(rt, name, result, [[_plain(op(e, x)) for e in line] for line in grid])


@family.function("MatRealAdd", "MatRéelAdditionne", can_fail=True)
def mat_real_add(rt: Runtime, name: TextArg, value: NumberArg, result: object = None) -> bool:
    """Add a number to every element."""
    return _with_real(rt, "MatRealAdd", name, value, result, lambda e, x: e + x)


@family.function("MatRealMultiply", "MatRéelMultiplie", can_fail=True)
def mat_real_multiply(rt: Runtime, name: TextArg, value: NumberArg,
                      result: object = None) -> bool:
    """Multiply every element by a number."""
    return _with_real(rt, "MatRealMultiply", name, value, result, lambda e, x: e * x)


@family.function("MatTranspose", "MatTranspose", can_fail=True)
def mat_transpose(rt: Runtime, name: TextArg, result: object = None) -> bool:
    """Rows become columns."""
    grid = matrix(rt, name, "MatTranspose")
    return _result(rt, name, result, [list(col) for col in zip(*grid)])


def _square(rt: Runtime, name: object, fname: str, failed: object) -> list[list[Fraction]]:
    grid = matrix(rt, name, fname, failed)
    rows, cols = _size(grid)
    if rows != cols or rows == 0:
        raise _fail(rt, MAT_ERR_SQUARE, f"{fname}: the matrix is {rows}x{cols}; it must be "
                                        "square.", failed)
    return [[_exact(x) for x in line] for line in grid]


def _eliminate(m: list[list[Fraction]], extra: list[list[Fraction]]) -> Fraction:
    """Gauss-Jordan elimination of `m`, applying the same row operations to `extra`;
    returns the determinant (0 when `m` is singular, then left half done)."""
    n, det = len(m), Fraction(1)
    for col in range(n):
        pivot = next((r for r in range(col, n) if m[r][col] != 0), None)
        if pivot is None:
            return Fraction(0)
        if pivot != col:
            m[col], m[pivot], extra[col], extra[pivot] = m[pivot], m[col], extra[pivot], extra[col]
            det = -det
        p = m[col][col]
        det *= p
        m[col] = [x / p for x in m[col]]
        extra[col] = [x / p for x in extra[col]]
        for r in range(n):
            if r != col and m[r][col] != 0:
                f = m[r][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
                extra[r] = [x - f * y for x, y in zip(extra[r], extra[col])]
    return det


@family.function("MatDeterminant", "MatDéterminant", can_fail=True)
def mat_determinant(rt: Runtime, name: TextArg) -> int | float:
    """The determinant of a square matrix."""
    m = _square(rt, name, "MatDeterminant", 0)
    return _ok(rt, _number(_eliminate(m, [[] for _ in m])))


@family.function("MatInverse", "MatInverse", can_fail=True)
def mat_inverse(rt: Runtime, name: TextArg, result: object = None) -> bool:
    """The inverse of a square matrix whose determinant is not 0."""
    m = _square(rt, name, "MatInverse", False)
    n = len(m)
    inverse = [[Fraction(int(i == j)) for j in range(n)] for i in range(n)]
    if _eliminate(m, inverse) == 0:
        raise _fail(rt, MAT_ERR_SINGULAR, "MatInverse: the determinant is 0: the matrix has "
                                          "no inverse.")
    return _result(rt, name, result, [[_number(x) for x in line] for line in inverse])


@family.function("MatError", "MatErreur")
def mat_error(rt: Runtime) -> int:
    """The number of the last Mat* function's error; 0 when it succeeded."""
    return int(rt.state.get("mat:error", 0))
