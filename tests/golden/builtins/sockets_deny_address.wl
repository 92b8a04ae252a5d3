// NetIPAddress, SocketDeny and ThreadMode (stdlib/sockets_more.py; no stored page:
// INFERRED, docs/builtins.md "Sockets: SocketDeny, NetIPAddress"); the denied connection
// itself is tested on 127.0.0.1 in tests/core/test_sockets_more.py
Trace(NetIPAddress("127.0.0.1")) // expect: 127.0.0.1
Trace(NetIPAddress("localhost")) // expect: 127.0.0.1
Trace(NetIPAddress("::1")) // expect: ::1
Trace(Length(NetIPAddress()) >= 7, ErrorOccurred) // expect: 1, 0
Trace("[" + NetIPAddress("no such machine!") + "]", ErrorOccurred) // expect: [], 1
Trace(Position(ErrorInfo(), "not a machine name") > 0) // expect: 1
Trace("[" + NetIPAddress("wl-test.invalid") + "]", ErrorOccurred) // expect: [], 1
Trace(SocketDeny("nobody"), ErrorOccurred) // expect: 0, 1
Trace(SocketCreate("srv", 0)) // expect: 1
Trace(SocketDeny("srv"), ErrorOccurred) // expect: 0, 1
Trace(Position(ErrorInfo(), "no connection is waiting") > 0) // expect: 1
SocketClose("srv")
Trace(ThreadMode() = threadCriticalSection) // expect: 1
Trace(ThreadMode(threadPreemptive) = threadCriticalSection) // expect: 1
Trace(ThreadMode() = threadPreemptive) // expect: 1
ThreadMode(7) // expect error: ThreadMode: 7 is not a thread mode
