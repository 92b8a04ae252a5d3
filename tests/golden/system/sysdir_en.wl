// SysDir: the system folders, XDG folders on Linux (docs/builtins.md, "System folders").
Trace(SysDir(srTemp) = fTempPath())   // expect: 1
Trace(SysDir(srAppData) <> "", SysDir(srLocalAppData) <> SysDir(srAppData))   // expect: 1, 1
Trace(Left(SysDir(srDesktop), Length(SysDir(srUserProfile))) = SysDir(srUserProfile))   // expect: 1
Trace(SysDir(srSystem), ErrorOccurred)   // expect: , 1
