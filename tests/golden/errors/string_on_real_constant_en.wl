// A `string on N` whose N is a constant that is no integer names the constant as
// written, with its value (it said "not max_size", in lower case and without it).
CONSTANT
    Max_Size = 2.5
END
Trace("never shown")
sCode is string on Max_Size = "ABC" // expect error: the size of a 'string on N' is a whole number of characters, 1 or more, or an integer constant, not Max_Size (2.5)
