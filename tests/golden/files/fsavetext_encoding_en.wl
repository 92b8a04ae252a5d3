// fSaveText's third parameter (foAnsi, foUnicode, foUTF8) writes the file in that
// encoding, foUnicode and foUTF8 with their byte-order mark as fCreate writes them, so
// fLoadText reads it back (it was refused: "expects 2 parameter(s)"); INFERRED, no
// stored page (docs/builtins.md, "fSaveText's encoding")
name is string = CompleteDir(fTempPath()) + "wl_golden_fsavetext_" + Random(1, 999999999) + ".txt"
fSaveText(name, "été", foUTF8)
Trace(BufferToHexa(fLoadBuffer(name))) // expect: EF BB BF C3 A9 74 C3 A9
Trace(fLoadText(name)) // expect: été
fSaveText(name, "été", foUnicode)
Trace(BufferToHexa(fLoadBuffer(name))) // expect: FF FE E9 00 74 00 E9 00
Trace(fLoadText(name)) // expect: été
fSaveText(name, "été", foAnsi)
Trace(BufferToHexa(fLoadBuffer(name))) // expect: E9 74 E9
Trace(fLoadText(name, foAnsi)) // expect: été
// without the parameter: UTF-8 without a mark, as before
fSaveText(name, "été")
Trace(BufferToHexa(fLoadBuffer(name))) // expect: C3 A9 74 C3 A9
fDelete(name)
