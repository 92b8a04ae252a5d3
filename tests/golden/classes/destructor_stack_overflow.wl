// a destructor that recurses without end is the WLanguage stack overflow, also when it
// runs at the end of a run the main code ended with an error (before: an internal error)
CNode is Class
END
o is CNode
Trace("start") // expect: start
// expect error: Stack overflow: too many nested procedure calls.
Again()
PROCEDURE CNode::Destructor()
Again()
PROCEDURE Again()
Again()
