// Deserialize given a JSON text nested past the 1,000 levels JSON is converted to
// (runtime/json_depth.py) fails as any text it cannot read does: ErrorOccurred, the
// depth in ErrorInfo, the variable left as it was. A text of 1,500 levels stopped the
// run (the depth error, fatal; before the bound, "Stack overflow"). FS, 6 Dec 2026.
// French twin deserialise_trop_profond_fr.wl.
v is Variant = "before"
Deserialize(v, Repeat("[", 1500) + Repeat("]", 1500), psdJSON)
Trace(ErrorOccurred, ErrorInfo(errMessage)) // expect: 1, Deserialize: The JSON is nested 1,500 levels deep; JSON and XML are converted to 1,000 levels at most.
Trace(v) // expect: before
Deserialize(v, Repeat("[", 4000) + Repeat("]", 4000), psdJSON)
Trace(ErrorOccurred, ErrorInfo(errMessage)) // expect: 1, Deserialize: The JSON is nested 4,000 levels deep; JSON and XML are converted to 1,000 levels at most.
Deserialize(v, Repeat("[", 1000) + Repeat("]", 1000), psdJSON)
Trace(ErrorOccurred, Length(VariantToJSON(v))) // expect: 0, 2000
