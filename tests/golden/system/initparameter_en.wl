// InitParameter (help page ?3025044, VERIFIED syntax and result: the mode and source in
// force before, joined by TAB): with paramIni and a file, LoadParameter/SaveParameter
// keep parameters in that INI file (docs/builtins.md "InitParameter").
store is string = fTempFile("ini")
before is string = InitParameter(paramIni, store)
Trace(ExtractString(before, 1, TAB) = paramIni)              // expect: 1
Trace(Right(ExtractString(before, 2, TAB), 4))               // expect: .ini
Trace(SaveParameter("Theme", "dark"))                        // expect: 1
Trace(INIRead("Parameters", "Theme", "?", store))            // expect: dark
Trace(LoadParameter("Theme", "light"))                       // expect: dark
Trace(InitParameter(paramRegistry, ProjectInfo(piRegistry)) = paramIni + TAB + store) // expect: 1
Trace(Position(ProjectInfo(piRegistry), "HKEY_CURRENT_USER\Software\") = 1)          // expect: 1
// paramRegistry: the default store again (no registry here), which has no Theme
Trace(LoadParameter("Theme", "light"))                       // expect: light
InitParameter(paramIni, store)
Trace(DeleteParameter("Theme"), LoadParameter("Theme", "gone")) // expect: 1, gone
fDelete(store)
InitParameter(7, "Param.xml")                                // expect error: InitParameter: 7 is not a mode
