// ConsoleWrite: a line on standard output; ConsoleError: a line on standard error
ConsoleWrite("Total: " + 12)
ConsoleError("disk almost full")
ConsoleWrite("a" + CR + "b")
// expect: Total: 12
// expect stderr: disk almost full
// expect: a
// expect: b
