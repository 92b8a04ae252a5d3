// The system names of PC SOFT's French list without a stored page (stdlib/system_identity.py,
// url_crc.py, file_regex_temp.py, user_folders.py, dates_calc.py; all decided, English names
// INFERRED: docs/builtins.md "System identity")
Trace(SysVersion() <> "", WINDEVVersion()) // expect: 1, 30
Trace(SysNation() = nationEnglish OR SysNation() = nationFrench) // expect: 1
Trace(SysChangeEnvironment("WL_IDENTITY_TEST", "on"), SysEnvironment("WL_IDENTITY_TEST")) // expect: 1, WL_IDENTITY_TEST=on
SysChangeEnvironment("WL_IDENTITY_TEST", "")
Trace("[" + SysEnvironment("WL_IDENTITY_TEST") + "]") // expect: []
Trace(SysChangeEnvironment("A=B", "x"), ErrorOccurred) // expect: 0, 1
Trace(DateToWeekDay("20261202"), DateToWeekDay("20261206"), DateToDay("20261206")) // expect: 3, 7, 7
// CRC-16/ARC check value ("123456789" -> 0xBB3D)
Trace(sComputeCrc16("123456789"), NumToString(sComputeCrc16("123456789"), "04X")) // expect: 47933, BB3D
Trace(sComputeCrc16(""), sComputeCrc16("A")) // expect: 0, 12480
u is string = "https://example.com:8080/docs/v1/index.html?a=1#top"
Trace(URLExtractPath(u, fDrive)) // expect: https://example.com:8080
Trace(URLExtractPath(u, fDirectory)) // expect: /docs/v1/
Trace(URLExtractPath(u, fFileName + fExtension)) // expect: index.html
Trace(URLExtractPath(u, fDrive + fDirectory + fFileName + fExtension)) // expect: https://example.com:8080/docs/v1/index.html
Trace("[" + URLExtractPath("https://example.com", fFileName + fExtension) + "]") // expect: []
Trace(Right(fGlobalDirUser(), 12), fGlobalDirCommon()) // expect: .local/share, /var/lib
n is int = fOpenTempFile()
Trace(n > 0) // expect: 1
fWriteLine(n, "id=42;name=Ann")
fWriteLine(n, "not a record")
fSeek(n, 0, fpBeginning)
parts is array of strings
Trace(fReadLineRegularExpression(n, "id=([0-9]+);name=(.*)", parts), parts[1], parts[2]) // expect: 1, 42, Ann
Trace(fReadLineRegularExpression(n, "id=([0-9]+);name=(.*)", parts), ArrayCount(parts)) // expect: 0, 0
Trace(fReadLineRegularExpression(n, ".*"), ErrorOccurred) // expect: 0, 0
fClose(n)
Trace(fReadLineRegularExpression(n, ".*"), ErrorOccurred) // expect: 0, 1
RestartProgram() // expect error: RestartProgram: restarting the program is not available
