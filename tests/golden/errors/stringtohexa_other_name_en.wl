// StringToHexa is no WLanguage function: BufferToHexa writes a text's bytes
Trace(BufferToHexa("AB", NoGrouping, NoLine)) // expect: 4142
Trace(StringToHexa("AB")) // expect error: Unknown procedure or function 'StringToHexa'; no WLanguage function has this name: a text's bytes in hexadecimal are BufferToHexa(s, NoGrouping, NoLine)
