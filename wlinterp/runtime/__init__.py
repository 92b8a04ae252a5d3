"""What compiled code runs on: values and conversions (values.py), declared types
(types.py), arrays, structures and associative arrays (containers.py), the slow paths that
generated code calls (helpers.py) and the per-run state handed to built-ins (state.py).
"""
