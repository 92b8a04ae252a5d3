// ExecuteProcess(obj, "Method") on an object variable holding no object (a dynamic
// object never allocated, a Variant never given one) says the object is Null, as a
// method call o.Method() does; it said "ExecuteProcess runs the event of a window or
// a control", which sent the reader to the wrong place.
CGreeter is Class
	m_sName is string
END
pNone is CGreeter dynamic
ExecuteProcess(pNone, "Hello", "Ann") // expect error: ExecuteProcess: the object is Null: no object to call 'Hello' on

PROCEDURE CGreeter.Hello(sWho)
	Trace("hello " + sWho)
