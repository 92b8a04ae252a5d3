"""The statistical functions (Stat*): sum, mean, extremes, variance and standard deviation
of a sample and of a population, mean absolute deviation, covariance and correlation of
two arrays, and StatError/StatErreur.

The family is the classic spreadsheet set, one function for each: StatVariance /
StatVarianceP are VAR / VARP, StatStandardDeviation / StatStandardDeviationP are
STDEV / STDEVP, StatAverageDeviation is AVEDEV, StatCovariance is COVAR, StatCorrelation
is CORREL. *Decided* (no stored help page, docs/builtins.md "Statistics"): the functions
without P divide by n - 1 (a sample), those with P by n (the whole population), as the
pairing of the names implies; StatCovariance divides by n (the family has no P variant).

Error convention, as the Fin* functions (help 3050053 "returns no error code"): a value
that cannot be computed (an empty array, arrays of different sizes, one value for a
sample's variance, a constant series for a correlation) returns 0, sets ErrorOccurred,
and StatError gives the error's number (0 after a success). Passing something that is not
an array is a programming error: fatal, as for the Array* functions.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family
from wlinterp.runtime.state import Runtime

from .array_more import _integral, _numbers, _total
from .arrays import array_arg

family = Family("Statistics")

# StatError's numbers (wlinterp's own: no page gives them)
STAT_ERR_EMPTY = 1       # no value to compute on
STAT_ERR_SIZES = 2       # two arrays of different sizes
STAT_ERR_UNDEFINED = 3   # the statistic is undefined for these values (n - 1 = 0, constant)


def _fail(rt: Runtime, number: int, message: str) -> BuiltinFailure:
    rt.state["stat:error"] = number
    return BuiltinFailure(message, value=0)


def _ok(rt: Runtime, value: Any) -> Any:
    rt.state["stat:error"] = 0
    return value


def _values(rt: Runtime, fname: str, arr: object) -> list[Any]:
    """The numbers of one array (or associative array); none is a StatError."""
    if not hasattr(arr, "data"):
        array_arg(arr, fname)
    nums = _numbers(fname, (arr,))
    if not nums:
        raise _fail(rt, STAT_ERR_EMPTY, f"{fname}: the array is empty.")
    return nums


def _floats(rt: Runtime, fname: str, arr: object) -> list[float]:
    return [float(n) for n in _values(rt, fname, arr)]


def _pair(rt: Runtime, fname: str, first: object,
          second: object) -> tuple[list[float], list[float]]:
    """Two series of the same length."""
    xs, ys = _floats(rt, fname, first), _floats(rt, fname, second)
    if len(xs) != len(ys):
        raise _fail(rt, STAT_ERR_SIZES, f"{fname}: the arrays have {len(xs)} and {len(ys)} "
                                        "elements; they must have as many.")
    return xs, ys


def _squares(xs: list[float]) -> float:
    """The sum of the squared differences to the mean."""
    m = sum(xs) / len(xs)
    return sum((x - m) ** 2 for x in xs)


def _sample_variance(rt: Runtime, fname: str, arr: object) -> float:
    xs = _floats(rt, fname, arr)
    if len(xs) < 2:
        raise _fail(rt, STAT_ERR_UNDEFINED, f"{fname}: a sample's variance needs at least "
                                            "two values.")
    return _squares(xs) / (len(xs) - 1)


def _population_variance(rt: Runtime, fname: str, arr: object) -> float:
    xs = _floats(rt, fname, arr)
    return _squares(xs) / len(xs)


@family.function("StatSum", "StatSomme", can_fail=True, container="an array")
def stat_sum(rt: Runtime, arr: object) -> Any:
    """The sum of the array's elements (0 for an empty array, without error)."""
    if not hasattr(arr, "data"):
        array_arg(arr, "StatSum")
    return _ok(rt, _total(_numbers("StatSum", (arr,))))


@family.function("StatAverage", "StatMoyenne", can_fail=True, container="an array")
def stat_average(rt: Runtime, arr: object) -> Any:
    """The arithmetic mean of the array's elements (exact for numeric/currency)."""
    nums = _values(rt, "StatAverage", arr)
    total = _total(nums)
    mean = total / len(nums) if isinstance(total, Decimal) else _integral(total / len(nums))
    return _ok(rt, mean)


@family.function("StatMin", "StatMin", can_fail=True, container="an array")
def stat_min(rt: Runtime, arr: object) -> Any:
    """The smallest element."""
    return _ok(rt, min(_values(rt, "StatMin", arr)))


@family.function("StatMax", "StatMax", can_fail=True, container="an array")
def stat_max(rt: Runtime, arr: object) -> Any:
    """The largest element."""
    return _ok(rt, max(_values(rt, "StatMax", arr)))


@family.function("StatVariance", "StatVariance", can_fail=True, container="an array")
def stat_variance(rt: Runtime, arr: object) -> Any:
    """The variance of a sample: squared differences to the mean divided by n - 1."""
    return _ok(rt, _integral(_sample_variance(rt, "StatVariance", arr)))


@family.function("StatVarianceP", "StatVarianceP", can_fail=True, container="an array")
def stat_variance_p(rt: Runtime, arr: object) -> Any:
    """The variance of a whole population: squared differences divided by n."""
    return _ok(rt, _integral(_population_variance(rt, "StatVarianceP", arr)))


@family.function("StatStandardDeviation", "StatEcartType", can_fail=True, container="an array")
def stat_standard_deviation(rt: Runtime, arr: object) -> Any:
    """The standard deviation of a sample (square root of StatVariance)."""
    return _ok(rt, _integral(_sample_variance(rt, "StatStandardDeviation", arr) ** 0.5))


@family.function("StatStandardDeviationP", "StatEcartTypeP", can_fail=True, container="an array")
def stat_standard_deviation_p(rt: Runtime, arr: object) -> Any:
    """The standard deviation of a population (square root of StatVarianceP)."""
    return _ok(rt, _integral(_population_variance(rt, "StatStandardDeviationP", arr) ** 0.5))


@family.function("StatAverageDeviation", "StatEcartMoyen", can_fail=True, container="an array")
def stat_average_deviation(rt: Runtime, arr: object) -> Any:
    """The mean of the absolute differences to the mean (a spreadsheet's AVEDEV)."""
    xs = _floats(rt, "StatAverageDeviation", arr)
    m = sum(xs) / len(xs)
    return _ok(rt, _integral(sum(abs(x - m) for x in xs) / len(xs)))


@family.function("StatCovariance", "StatCovariance", can_fail=True, container="an array")
def stat_covariance(rt: Runtime, first: object, second: object) -> Any:
    """The covariance of two series of as many values, divided by n (COVAR)."""
    xs, ys = _pair(rt, "StatCovariance", first, second)
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return _ok(rt, _integral(sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / len(xs)))


@family.function("StatCorrelation", "StatCorrelation", can_fail=True, container="an array")
def stat_correlation(rt: Runtime, first: object, second: object) -> Any:
    """Pearson's correlation coefficient of two series, between -1 and 1 (CORREL); a
    constant series has none (StatError)."""
    xs, ys = _pair(rt, "StatCorrelation", first, second)
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sx, sy = _squares(xs), _squares(ys)
    if sx == 0 or sy == 0:
        raise _fail(rt, STAT_ERR_UNDEFINED, "StatCorrelation: a series whose values are all "
                                            "equal has no correlation.")
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    return _ok(rt, _integral(max(-1.0, min(1.0, cov / (sx * sy) ** 0.5))))


@family.function("StatError", "StatErreur")
def stat_error(rt: Runtime) -> int:
    """The number of the last Stat* function's error; 0 when it succeeded."""
    return int(rt.state.get("stat:error", 0))
