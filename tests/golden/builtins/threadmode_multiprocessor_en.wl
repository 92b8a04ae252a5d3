// ThreadMode with threadMultiProcessor added to a mode, as PC SOFT's own WINDEV Mobile
// project code writes it in French (stdlib/sockets_more.py; docs/builtins.md "ThreadMode"):
// the flag is accepted and remembered, the mode is kept; the flag alone keeps the
// critical-section mode; two modes at once stay a fatal error.
Trace(ThreadMode(threadMultiProcessor + threadCriticalSection) = threadCriticalSection) // expect: 1
Trace(ThreadMode() = threadCriticalSection + threadMultiProcessor) // expect: 1
ThreadMode(threadPreemptive + threadMultiProcessor)
Trace(ThreadMode(threadMultiProcessor) = threadPreemptive + threadMultiProcessor) // expect: 1
Trace(ThreadMode() = threadMultiProcessor + threadCriticalSection) // expect: 1
ThreadMode(threadCriticalSection + threadPreemptive + threadMultiProcessor) // expect error: ThreadMode: 7 is not a thread mode
