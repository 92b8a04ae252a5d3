// Program and Files families (English names)
Trace("[" + CommandLine() + "]") // expect: []
sFile is string = fCurrentDir() + "/wl_golden_program_files.txt"
Trace(fSaveText(sFile, "line 1" + CR + "line 2")) // expect: 1
Trace(fFileExist(sFile), Length(fLoadText(sFile))) // expect: 1, 14
Trace(fDelete(sFile), fFileExist(sFile)) // expect: 1, 0
Multitask(1)
Trace(SysEnvironment("WL_SURELY_NOT_SET_12345") = "") // expect: 1
Trace(Length(fExeDir()) > 0) // expect: 1
EndProgram()
Trace("not reached")
