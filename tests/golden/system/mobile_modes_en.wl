// issue 8: the other In...Mode functions (English names INFERRED from PC SOFT's French
// list); a command-line script is never a mobile application, an emulator, a simulator
// or Reports and Queries: False (docs/builtins.md, "Links, disks, run modes")
Trace(InAppleWatchMode(), InBackgroundMode(), InDeviceOwnerMode(), InAndroidEmulatorMode()) // expect: 0, 0, 0, 0
Trace(InAppleWatchEmulatorMode(), IniOSEmulatorMode(), InReportsAndQueriesMode(), InFactoryMode(), InKioskMode()) // expect: 0, 0, 0, 0, 0
Trace(InUMCMode(), InMacCatalystMode(), InDelayedProcedureMode(), InPrelaunchedSessionMode()) // expect: 0, 0, 0, 0
Trace(InAndroidSimulatorMode(), InAppleWatchSimulatorMode(), InPHPSimulatorMode(), InPocketSimulatorMode()) // expect: 0, 0, 0, 0
Trace(InUniversalWindowsAppSimulatorMode(), IniOSSimulatorMode(), InVGAMode(), InWidgetMode) // expect: 0, 0, 0, 0
IF InLinuxMode() THEN Trace(InTSEMode()) ELSE Trace(0) // expect: 0
