// An array the program gives to a JSON member or a variant's sub-element (`j.tags = []`,
// `j.names = arrNames`, `v.lines = []`) grows when an element past its end is written,
// as a JSON array read from a text or built by writing does (docs/builtins.md, "The
// JSON type"); it stayed an array of the program, and `j.tags[1] = "a"` was "Index 1 is
// out of range" (REST code builds its answer so).
vAnswer is JSON
vAnswer.status = "ok"
vAnswer.errors = []
Trace(vAnswer)                            // expect: {"status":"ok","errors":[]}
vAnswer.errors[1] = "missing name"
vAnswer.errors[2] = "bad date"
Trace(vAnswer.errors..Occurrence, vAnswer.errors[2]) // expect: 2, bad date
arrSkus is array of strings = ["A1", "B2"]
vAnswer.skus = arrSkus
vAnswer.skus[3] = "C3"
Trace(vAnswer.skus..Occurrence, arrSkus..Occurrence) // expect: 3, 2
Trace(vAnswer)                            // expect: {"status":"ok","errors":["missing name","bad date"],"skus":["A1","B2","C3"]}
vLog is Variant
vLog.lines = []
vLog.lines[1] = "start"
vLog.lines[2] = "end"
Trace(VariantToJSON(vLog))                // expect: {"lines":["start","end"]}
