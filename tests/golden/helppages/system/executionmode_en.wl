// Help page ExecutionMode (?3013048): its example as written (a script is never in test
// mode, so PermissiveMode is applied; the page states no output: the Traces are ours),
// then the constants of its syntax, recorded and read back as a combination (values ours,
// docs/builtins.md "Links, disks, run modes"; no effect on how wlinterp runs).
// Test mode?
IF InTestMode() = True THEN
	ExecutionMode(NormalMode)
ELSE
	// Apply the operating mode of WINDEV 5.5
	// to avoid displaying some errors
	ExecutionMode(PermissiveMode)
END
Trace(ExecutionMode() = PermissiveMode)                  // expect: 1
nMode is int = ExecutionMode(DisableOptimizedExecution + ExternalCallsOptimized + ForceDestructorNonDynamicObject)
Trace(BinaryAND(nMode, DisableOptimizedExecution) <> 0)      // expect: 1
Trace(BinaryAND(nMode, ExternalCallsOptimized) <> 0)         // expect: 1
Trace(BinaryAND(nMode, ForceDestructorNonDynamicObject) <> 0)  // expect: 1
Trace(BinaryAND(nMode, PermissiveMode) <> 0)                 // expect: 0
nMode = ExecutionMode(modeFormerOperatingModeDuration + DisableOptimizedAnsiUnicodeConversion)
Trace(nMode = ExecutionMode())                               // expect: 1
Trace(BinaryAND(nMode, modeFormerOperatingModeDuration) <> 0, BinaryAND(nMode, DisableOptimizedAnsiUnicodeConversion) <> 0)  // expect: 1, 1
Trace(ExecutionMode(NormalMode) = NormalMode)                // expect: 1
