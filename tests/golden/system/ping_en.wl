// Ping (?3014013): True when the address answers ICMP echo, False otherwise with ErrorInfo;
// a name that does not resolve gives False at once (the .invalid domain never resolves)
ok is boolean = Ping("host.invalid")
Trace(ok, ErrorOccurred, Position(ErrorInfo(), "cannot be resolved") > 0) // expect: 0, 1, 1
Trace(Ping("host.invalid", 200), Ping("host.invalid", "1 s"), ErrorOccurred) // expect: 0, 0, 1
