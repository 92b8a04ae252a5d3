// A lambda's list of result types after its parameters, `(x) : (int, string) => ...`,
// as a PROCEDURE header's: each value its RESULT gives is converted to its listed type,
// and another count of values is WL110 (tests/diagnostics/lambda_result_types_count.wl).
// It was "unexpected ':'".
fSplit is procedure = (n is int) : (int, string) => (n + 1, n * 2)
(a, b) is string = fSplit(4)
Trace(a, b, TypeVar(a))                                 // expect: 5, 8, 16
fConv is procedure = (s) : (int, string) => {
	RESULT (s, 34)
}
(n, s) is Variant = fConv("12")
Trace(n + 1, s + "!")                                   // expect: 13, 34!
