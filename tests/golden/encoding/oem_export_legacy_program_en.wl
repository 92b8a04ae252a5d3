// A legacy DOS program (a bank's transfer tool, an old payroll) reads its import file in
// the OEM code page: the export is built as text, turned into OEM bytes by AnsiToOem and
// saved as a buffer; a file such a program wrote is read back with OemToAnsi. OEM is code
// page 850, ANSI Windows-1252 (INFERRED: no stored page for AnsiToOem / OemToAnsi;
// docs/builtins.md "Encoding and hashing"). The two functions had no golden.
sFile is string = CompleteDir(fTempPath()) + "wl_golden_oem_" + Random(1, 999999999) + ".txt"
sExport is string = "VIR;Société Générale;Frédéric Müller;1250,00" + CR + "VIR;Crédit Agricole;Zoë Çelik;980,50" + CR
bufOem is Buffer = AnsiToOem(sExport)
Trace(Length(bufOem) = Length(sExport)) // expect: 1
Trace(BufferToHexa(AnsiToOem("éÉüçÇëà"), NoGrouping, NoLine)) // expect: 82908187808985
Trace(fSaveBuffer(sFile, bufOem)) // expect: 1
bufRead is Buffer = fLoadBuffer(sFile)
Trace(Position(bufRead, "Soci" + Charact(130) + "t" + Charact(130)) > 0) // expect: 1
Trace(Position(bufRead, "Société") > 0) // expect: 0
sBack is string = OemToAnsi(bufRead)
Trace(sBack = sExport) // expect: 1
FOR EACH STRING sLine OF sBack SEPARATED BY CR
	IF sLine = "" THEN CONTINUE
	Trace(ExtractString(sLine, 3, ";"), Val(Replace(ExtractString(sLine, 4, ";"), ",", ".")))
END
// expect: Frédéric Müller, 1250
// expect: Zoë Çelik, 980.5
// plain ASCII is the same in both code pages
Trace(AnsiToOem("ABC-123") = "ABC-123", OemToAnsi("ABC-123")) // expect: 1, ABC-123
fDelete(sFile)
