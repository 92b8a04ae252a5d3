// A `string on N` whose N is an integer constant below 1 names the constant as written,
// with its value (it said "not 0", or the constant in lower case).
CONSTANT
    Max_Size = 0
END
Trace("never shown")
sCode is string on Max_Size = "ABC" // expect error: the size of a 'string on N' is a whole number of characters, 1 or more, or an integer constant, not Max_Size (0)
