// Trace joins its arguments with ", "; Info writes one line per argument; Error and Warning go to stderr
Trace("a", 1, 2.5) // expect: a, 1, 2.5
Info("first", "second") // expect: first
// expect: second
Error("bad thing", "details") // expect stderr: bad thing
// expect stderr: details
Warning("careful") // expect stderr: careful
TraceBuild("%1 + %2 = %3", 1, 2, 3) // expect: 1 + 2 = 3
InfoBuild("Hello %1", "you") // expect: Hello you
ErrorBuild("code %1", 7) // expect stderr: code 7
Trace(InTestMode()) // expect: 0
