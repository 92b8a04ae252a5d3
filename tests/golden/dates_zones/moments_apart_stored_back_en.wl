// `dt -= dt2` stores the difference of two moments, a Duration, back into the DateTime:
// the run stops as for `dt = dt - dt2` (a Duration is no moment; `wl check` says it,
// WL110). INFERRED: docs/semantics.md "A Duration stored into a Date or a DateTime".
dtSeen is DateTime = "20250102103000"
dtSent is DateTime = "20250101103000"
duGap is Duration = dtSeen - dtSent
Trace(duGap) // expect: 1 d
dtSeen -= dtSent // expect error: A Duration (1 d) cannot be stored into a DateTime: it is a length of time, not a moment; add it to one (dtStart + du).
