// a constant's value that names something that is no constant: WL111 at that name, saying
// what it is (undeclared, a variable), in `wl check` and `wl run` alike; a value that is
// no literal for another reason (a call) keeps the general words
nLimit is int = 3
CONSTANT
    MAX_ROWS = UNKNOWN_C + 1 // error: WL111:16 'UNKNOWN_C' is not declared: a constant's value uses only literals and other constants
    TWICE = nLimit * 2 // error: WL111:13 'nLimit' is a variable: a constant's value uses only literals and other constants
    SIZE = Length("ab") // error: WL111:12 a constant must be a literal value
    OTHER = CBox::NOPE // error: WL111:13 'CBox::NOPE' is not declared: a constant's value uses only literals and other constants
    FINE = 2 * 3
END
CBox is Class
END
Trace(MAX_ROWS, TWICE, SIZE, OTHER, FINE, nLimit)
