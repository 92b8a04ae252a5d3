// ArrayAddLine with several values on a Null Variant stops the run: the Variant gets a
// one-dimensional array, which takes one value (wl check says it too, WL115:
// tests/diagnostics/add_line_null_variant.wl; docs/check.md WL115). One value works.
vOne is Variant
Trace(ArrayAddLine(vOne, 7)) // expect: 1
vRow is Variant
ArrayAddLine(vRow, 1, 2) // expect error: ArrayAddLine: a one-dimensional array takes one value, an element (2 were given)
