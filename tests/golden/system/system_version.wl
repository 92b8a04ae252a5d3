// SysWindowsVersion / SysVersionWindows on Linux: the system's version, never empty
Trace(SysWindowsVersion() <> "", SysVersionWindows() = SysWindowsVersion())   // expect: 1, 1
Trace(SYSVERSIONWINDOWS() = sysversionwindows())   // expect: 1
