"""What compiled code runs on: values and conversions (values.py), their operators
(arithmetic.py, comparisons.py), declared types (types.py, type phrases: type_phrases.py),
arrays, structures and associative arrays (containers.py; their keys: assoc_keys.py), the
slow paths that generated code calls (helpers.py gathers them: access.py, date_parts.py,
substrings.py, assignment.py, indirection.py...) and the per-run state handed to
built-ins (state.py).
"""
