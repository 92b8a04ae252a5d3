"""The names generated code may use, listed: helpers (runtime/helpers.py), value
operations (runtime/values.py, arithmetic.py, comparisons.py) and the few Python
built-ins the code generator emits.

A list rather than `dir()` of a module, so that nothing else (`math`, `Any`, `fold`...)
leaks into every script's namespace, and a helper the generator emits but nobody listed is
caught by a test (tests/core/test_runtime_names.py compiles every golden program and checks
each global name its code reads), not by a user as a strange undeclared variable.
"""
from __future__ import annotations

__all__ = ["HELPERS", "VALUE_OPS", "PY_BUILTINS", "ENGINE_NAMES", "runtime_names"]

from typing import Any

# runtime/helpers.py (and what it gathers from access, date_parts, substrings, assignment,
# indirection, objects, operators, hfsql.hooks...)
HELPERS = (
    "address_of", "addressed", "assign_value", "automation_fail", "call_class_method", "call_method",
    "call_method_back", "call_class_method_back", "member_or_method",
    "call_variant_method", "call_variant_method_back",
    "class_receiver", "class_method_ref", "construct_member", "set_member_array",
    "set_index_array", "set_index_ref",
    "class_static_get", "class_static_set", "co_any", "co_bool", "co_int32", "coerce",
    "construct", "construct_named", "live_object", "class_of", "is_class", "data_name", "declared_definition", "date_add", "date_number", "date_sub", "dated_arith", "dated_sub", "dated_product", "dated_variant", "dated_if_text", "datetime_of_number", "held_with_part", "time_as_datetime", "date_as_time", "time_number", "time_count", "member_kind", "exists", "member_exists", "fail", "file_loop",
    "data_assign", "data_item", "data_item_set", "data_element", "data_element_set",
    "record_element", "record_element_set", "source_named",
    "item_null", "item_dimension", "item_property", "item_type", "set_item_null",
    "for_bound", "for_clock", "for_number_start", "for_step", "free_object", "get_index", "get_member", "get_prop", "get_property",
    "homonymous_copy", "indirect_call", "indirect_get", "indirect_set", "iterate", "literal_to_value",
    "my_parameters", "null_variant", "opt_concat", "opt_prefix", "same_object", "object_or_null", "interface_ref", "sized_array",
    "combination_names", "combination_value", "combination_marked", "set_index", "with_flag", "holds_flags",
    "member_to_change", "value_type", "set_member", "set_member_outside", "set_member_ref",
    "set_colon_member",
    "set_prop",
    "set_own_value", "control_ref",
    "set_property", "split_string", "string_positions", "step_index", "step_member", "step_value",
    "substr_from", "substr_len", "substr_one", "substr_range", "substr_upto", "substr_set", "buffer_set", "buffer_of_bytes",
    "switch_subject", "switch_value", "values_for", "w_band", "w_bnot", "w_bor", "w_bxor", "w_shl", "w_shr",
    "w_slice", "with_part", "WLDuration", "WLStruct", "iterate_keyed", "sorted_rows",
    "iterate_backwards", "iterate_keyed_backwards", "iterate_slots", "write_slot", "part_of",
    "time_add",
    "time_sub", "with_part_of", "item_with_part", "call_ref", "proc_ref", "proc_chained", "use_block",
    "call_compiled", "compiled_procedure", "spread_args",
    "assign_object", "array_reference", "co_currency", "co_real4", "CurrencyLiteral", "NumericLiteral", "LongLiteral", "co_numeric", "numeric_variant", "held_product", "co_product", "co_date", "dated_text", "CURRENCY_STEP", "vivify", "member_place", "index_place", "want_for",
    "variant_member", "variant_index", "variant_prop", "element_place", "set_member_back", "set_index_back",
    "json_form", "buffer_text", "text_buffer", "text_stored", "given_count", "overload_dispatcher", "GotoJump",
    "ErrorModeResult", "error_mode_enter", "error_mode_leave", "exception_mode_run",
    "error_test_enter", "error_test_leave", "note_secret", "note_secret_items", "secret_key",
)
# runtime/values.py, arithmetic.py, comparisons.py: conversions and operators on any
# two WLanguage values
VALUE_OPS = (
    "wrap32", "to_str", "to_bool", "to_num", "to_real", "real_overflow", "w_add", "w_sub", "w_mul", "w_div",
    "w_mod", "w_pow", "w_neg", "w_not", "w_eq", "w_ne", "w_lt", "w_le", "w_gt", "w_ge",
    "w_flex_eq", "w_vflex_eq", "w_starts", "w_contains", "w_ends", "w_in", "to_unicode",
    "is_missing", "buffer_variant", "utf8_stored", "present_value", "null_order", "null_equal",
    "Decimal",  # an exact literal: `0n10.5`, or one a real would round (folding.py)
)
# Python built-ins in emitted code (`type(x) is int`, range loops, `{name}` indirection)
PY_BUILTINS = ("dict", "enumerate", "float", "globals", "int", "len", "locals", "range", "str",
               "type")
# Provided by the engine for each run
ENGINE_NAMES = ("_rt", "_ctx", "_M", "CATCHABLE", "as_wl_exception", "NonFatalError",
                "default_value", "_big_str", "check_growth")


_NAMES: dict[str, Any] = {}  # made once: every run starts from a copy


def runtime_names() -> dict[str, Any]:
    """Name -> object for the helpers and value operations (the engine adds its own): a
    new dict each time (a run's namespace grows from it), gathered once per process
    (looking each of 250 names up in its module cost about 0.3 ms a run, paid again by
    every case of `wl test`)."""
    if not _NAMES:
        from . import arithmetic, comparisons, helpers, values
        names: dict[str, Any] = {name: getattr(helpers, name) for name in HELPERS}
        for name in VALUE_OPS:  # each in the one module that defines it
            home = next(m for m in (values, arithmetic, comparisons) if hasattr(m, name))
            names[name] = getattr(home, name)
        _NAMES.update(names)
    return dict(_NAMES)
