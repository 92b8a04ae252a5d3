// Contains: does the string hold the sub-string (any of an array's strings)? With the
// search options of Position.
Trace(Contains("Specify the action", "action"), Contains("Specify the action", "Action")) // expect: 1, 0
Trace(Contains("Specify the action", "ACTION", IgnoreCase)) // expect: 1
Trace(Contains("été", "ete", ccIgnoreAccent), Contains("abc", "")) // expect: 1, 0
t is array of strings = ["x", "act"]
Trace(Contains("the action", t), "the action".Contains("ion")) // expect: 1, 1
Trace(Contains("caterpillar", "cat", WholeWord), Contains("a cat here", "cat", WholeWord)) // expect: 0, 1
