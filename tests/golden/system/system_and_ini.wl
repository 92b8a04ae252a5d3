// System and environment: INI files, parameters kept between runs, machine and program
ini is string = fTempFile("ini")
Trace(INIWrite("Database", "Server", "localhost", ini)) // expect: 1
INIWrite("Database", "Port", "4900", ini)
INIWrite("UI", "Lang", "en", ini)
INIWrite("database", "PORT", "4901", ini)
Trace(INIRead("DATABASE", "server", "?", ini), INIRead("Database", "Port", "?", ini)) // expect: localhost, 4901
Trace(INIRead("Database", "Missing", "default", ini)) // expect: default
Trace(INIRead("Database", "", "", ini)) // expect: Server
// expect: Port
Trace(INIRead("", "", "", ini)) // expect: Database
// expect: UI
Trace(INIWrite("Bad" + CR + "Section", "k", "v", ini), ErrorOccurred) // expect: 0, 1
store is string = fTempFile("par")
Trace(SaveParameter("LastUser", "Ann", store)) // expect: 1
Trace(LoadParameter("LastUser", "", store), LoadParameter("Other", "none", store)) // expect: Ann, none
Trace(DeleteParameter("LastUser", store), LoadParameter("LastUser", "gone", store)) // expect: 1, gone
fDelete(ini)
fDelete(store)
Trace(Length(NetMachineName()) > 0, Length(ComputerName()) > 0) // expect: 1, 1
Trace(ExeInfo(exeName), ExeInfo(exePID) = ExeGetPID()) // expect: system_and_ini.wl, 1
ThreadPause(1)
Trace(SysEnvironment("WL_SURELY_NOT_SET_12345") = "") // expect: 1
