// the In...Mode functions a command-line script is never in, and ExecutionMode: the
// modes are recorded and read back (docs/builtins.md, "Links, disks, run modes")
Trace(InPHPMode(), InSimulatorMode(), InStoredProcedureMode(), InUniversalWindowsAppMode(), InWebserviceMode()) // expect: 0, 0, 0, 0, 0
Trace(inandroidmode(), INIOSMODE(), InComponentMode(), InJavaMode()) // expect: 0, 0, 0, 0
Trace(ExecutionMode() = NormalMode) // expect: 1
Trace(ExecutionMode(PermissiveMode + ExternalCallsOptimized), ExecutionMode()) // expect: 3, 3
Trace(ExecutionMode(NormalMode)) // expect: 0
