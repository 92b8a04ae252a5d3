// `(A + B)..Value` on options of one combination joined by `+` or `|` gives their
// associated values combined, as `c..Value` does on a variable holding them; it gave
// their flags by rank (3 for ReadOnly + Hidden). `..Name` reads the same options.
// (decided: docs/semantics.md "Enumerations and combinations")
FileAttributes is Combination
	ReadOnly = 1
	Hidden = 4
	Archive = 8
END
Trace((ReadOnly + Hidden)..Value)   // expect: 5
Trace((Hidden | Archive)..Value)   // expect: 12
Trace((ReadOnly + FileAttributes.Archive)..Name)   // expect: ReadOnly + Archive
c is FileAttributes = ReadOnly + Hidden
Trace(c..Value = (ReadOnly + Hidden)..Value)   // expect: 1
Trace((ReadOnly + Hidden + Archive)..Value)   // expect: 13
