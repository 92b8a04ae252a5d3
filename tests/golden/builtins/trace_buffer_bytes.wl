// A value holding bytes no text holds (a HashString result, a Buffer with NUL or
// escape bytes) is shown by Trace and Info with each control character as \xNN, line
// feed and tab included: raw, they reached the terminal and cut the line (decided,
// docs/builtins.md "Console"; the Trace page ?3013050 does not say how bytes show).
// Text without such a byte is written as it is.
Trace(HashString(HA_MD5_128, "abc")) // expect: \x90\x01P\x98<ÒO°Ö\x96?}(á\x7fr
Trace(BufferToHexa(HashString(HA_MD5_128, "abc"), NoGrouping)) // expect: 900150983CD24FB0D6963F7D28E17F72
b is Buffer = HexaToBuffer("41000A1B5B324A")
Trace(b, Length(b)) // expect: A\x00\x0a\x1b[2J, 7
Info("bytes:", b)
// expect: bytes:
// expect: A\x00\x0a\x1b[2J
Trace("line 1" + CR + "line 2", "été") // expect: line 1
// expect: line 2, été
